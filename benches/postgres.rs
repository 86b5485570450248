//! The PostgreSQL store, each figure next to its limit measured in the same
//! run:
//!
//! - KB import of N articles (CRMCTL_BENCH_PG_ITEMS, default 20,000) from
//!   the in-process sandbox into a PostgreSQL store, next to the server's
//!   own rate for the same rows: `COPY ... FROM STDIN` into the same table
//!   (same indexes, the generated search vector and its GIN index) in one
//!   transaction, and one prepared INSERT per row in one transaction;
//! - `sync --full` of N contacts, next to the same two raw rates for the
//!   records table;
//! - the queue: N events (CRMCTL_BENCH_PG_EVENTS, default 5,000) drained by
//!   1, 2 and 4 `crmctl queue process` processes on one PostgreSQL store,
//!   next to the loopback limit of the same sink from one process.
//!
//! Needs a server that lets the role create databases (CRMCTL_BENCH_PG,
//! default postgres://postgres@127.0.0.1:5432). `cargo bench --bench postgres`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crmctl::engine::kb::{self, ImportOptions};
use crmctl::engine::TokenSource;
use crmctl::http::Http;
use crmctl::sandbox::{self, SandboxConfig};

#[path = "support/mod.rs"]
mod support;
use support::{new_store, sandbox_target, start_sink, Sampler};

fn server() -> String {
    std::env::var("CRMCTL_BENCH_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

/// A new empty database; its URL.
fn database(name: &str) -> String {
    let admin = format!("{}/postgres", server());
    let db = name.to_string();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
        let name = db;
        c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    })
    .join()
    .unwrap();
    format!("{}/{name}", server())
}

const KB_COLUMNS: &str = "id, org_id, integration_id, external_id, title, body, url, locale, section, source_updated_at, content_hash, status, created_at, updated_at";
const RECORD_COLUMNS: &str =
    "id, org_id, integration_id, stream, external_id, fields, name, email, phone, company, search, account_id, content_hash, source_updated_at, state, origin, created_at, updated_at";

/// A run's rows of `table`, read back from its store, as text.
fn rows(url: &str, table: &'static str, columns: &'static str) -> Vec<Vec<Option<String>>> {
    let url = url.to_string();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        c.query(&format!("SELECT {columns} FROM {table}"), &[])
            .unwrap()
            .iter()
            .map(|r| (0..r.len()).map(|i| r.get::<_, Option<String>>(i)).collect())
            .collect()
    })
    .join()
    .unwrap()
}

/// The server's rates for the same rows into the same table (emptied
/// first, so the same org and integration rows are there): COPY, then one
/// prepared INSERT per row, each in one transaction.
fn raw_limits(url: &str, table: &'static str, columns: &'static str, rows: Vec<Vec<Option<String>>>) -> (f64, f64) {
    let url = url.to_string();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        let mut rate = |copy: bool| {
            c.batch_execute(&format!("DELETE FROM {table}")).unwrap();
            let started = Instant::now();
            let mut tx = c.transaction().unwrap();
            if copy {
                use std::io::Write;
                let mut w = tx.copy_in(&format!("COPY {table} ({columns}) FROM STDIN (FORMAT csv)")).unwrap();
                for r in &rows {
                    let line: Vec<String> =
                        r.iter().map(|v| v.as_ref().map(|s| format!("\"{}\"", s.replace('"', "\"\""))).unwrap_or_default()).collect();
                    w.write_all(line.join(",").as_bytes()).unwrap();
                    w.write_all(b"\n").unwrap();
                }
                w.finish().unwrap();
            } else {
                let marks: Vec<String> = (1..=columns.split(',').count()).map(|i| format!("${i}")).collect();
                let insert = tx.prepare(&format!("INSERT INTO {table} ({columns}) VALUES ({})", marks.join(", "))).unwrap();
                for r in &rows {
                    let params: Vec<&(dyn postgres::types::ToSql + Sync)> = r.iter().map(|v| v as _).collect();
                    tx.execute(&insert, &params).unwrap();
                }
            }
            tx.commit().unwrap();
            rows.len() as f64 / started.elapsed().as_secs_f64()
        };
        (rate(true), rate(false))
    })
    .join()
    .unwrap()
}

fn kb(n: u64) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let sb = rt.block_on(sandbox::start("127.0.0.1:0".parse().unwrap(), SandboxConfig { records: n, ..SandboxConfig::default() })).unwrap();
    let (base, api_key) = (sb.url(), sb.state().api_key().to_string());
    let url = database("crmctl_bench_kb");
    let (store, org, _) = new_store(std::path::Path::new(&url), &base);
    let target = sandbox_target(&store, &org, &base, &api_key);
    let http = Http::new(Duration::from_secs(60));
    let sampler = Sampler::new(n);
    let started = Instant::now();
    let report = rt.block_on(kb::import(&target, &store, &http, &TokenSource::none(), &ImportOptions { full: true, ..Default::default() }, &sampler));
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(report.status, "success", "{report:?}");
    assert_eq!(report.created, n);
    drop(store);
    let rate = n as f64 / secs;
    let (copy, insert) = raw_limits(&url, "kb_articles", KB_COLUMNS, rows(&url, "kb_articles", KB_COLUMNS));
    println!("\n== KB import of {n} articles into PostgreSQL ==");
    println!("kb import               {rate:>10.0} articles/s  ({secs:.1}s, {} pages)", report.pages);
    println!("raw COPY limit          {copy:>10.0} articles/s  (same rows, same table and indexes, one transaction)");
    println!("raw INSERT limit        {insert:>10.0} articles/s  (same rows, one prepared INSERT each, one transaction)");
    println!("import / raw INSERT     {:>10.1} %", 100.0 * rate / insert);
    println!("import / raw COPY       {:>10.1} %", 100.0 * rate / copy);
    rt.block_on(sb.stop()).unwrap();
}

fn sync(n: u64) {
    use crmctl::engine::mapping::Stream;
    use crmctl::engine::sync::{self, SyncOptions};
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let sb = rt.block_on(sandbox::start("127.0.0.1:0".parse().unwrap(), SandboxConfig { records: n, ..SandboxConfig::default() })).unwrap();
    let (base, api_key) = (sb.url(), sb.state().api_key().to_string());
    let url = database("crmctl_bench_sync");
    let (store, org, _) = new_store(std::path::Path::new(&url), &base);
    let target = sandbox_target(&store, &org, &base, &api_key);
    let http = Http::new(Duration::from_secs(60));
    let sampler = Sampler::new(n);
    let started = Instant::now();
    let opts = SyncOptions { streams: vec![Stream::Contacts], full: true, ..Default::default() };
    let report = rt.block_on(sync::sync(&target, &store, &http, &TokenSource::none(), &opts, &sampler));
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(report.status, "success", "{report:?}");
    assert_eq!(report.streams[0].created, n);
    drop(store);
    let rate = n as f64 / secs;
    let (copy, insert) = raw_limits(&url, "records", RECORD_COLUMNS, rows(&url, "records", RECORD_COLUMNS));
    println!("\n== sync --full of {n} contacts into PostgreSQL ==");
    println!("sync                    {rate:>10.0} records/s  ({secs:.1}s, {} pages)", report.streams[0].pages);
    println!("raw COPY limit          {copy:>10.0} records/s  (same rows, same table and indexes, one transaction)");
    println!("raw INSERT limit        {insert:>10.0} records/s  (same rows, one prepared INSERT each, one transaction)");
    println!("sync / raw INSERT       {:>10.1} %", 100.0 * rate / insert);
    println!("sync / raw COPY         {:>10.1} %", 100.0 * rate / copy);
    rt.block_on(sb.stop()).unwrap();
}

/// The sink's own limit: `n` POSTs from this process, 16 at a time.
async fn loopback(url: &str, n: u64) -> f64 {
    let client = reqwest::Client::new();
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let (client, next, url) = (client.clone(), next.clone(), format!("{url}/api/v1/calls"));
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < n {
                    client.post(&url).header("X-Api-Key", "k").json(&serde_json::json!({"conversation_id": "c", "summary": "s"})).send().await.unwrap();
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    n as f64 / started.elapsed().as_secs_f64()
}

fn queue(n: u64) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let hits = Arc::new(AtomicU64::new(0));
    let sink = rt.block_on(start_sink(hits.clone()));
    let limit = rt.block_on(loopback(&sink, n));
    let bin = env!("CARGO_BIN_EXE_crmctl");
    let dir = tempfile::tempdir().unwrap();
    let key = String::from_utf8(std::process::Command::new(bin).args(["key", "generate"]).output().unwrap().stdout).unwrap();
    let lines: Vec<String> =
        (0..n).map(|i| serde_json::json!({"type": "conversation_ended", "payload": {"conversation_id": format!("c-{i}"), "summary": "Bench call", "caller": {"phone": "+61400000000"}}}).to_string()).collect();
    let events = dir.path().join("events.jsonl");
    std::fs::write(&events, lines.join("\n") + "\n").unwrap();
    println!("\n== the queue on PostgreSQL: {n} events to a loopback sink ==");
    println!("sink loopback limit     {limit:>10.0} req/s  (the same POSTs from one process, 16 at a time)");
    for workers in [1usize, 2, 4] {
        let url = database("crmctl_bench_queue");
        let crmctl = |args: &[&str]| {
            let mut c = std::process::Command::new(bin);
            c.env("CRMCTL_DB", &url).env("CRMCTL_MASTER_KEY", key.trim()).env("SBX_KEY", "k").args(args);
            c
        };
        let run = |args: &[&str]| assert!(crmctl(args).output().unwrap().status.success(), "{args:?}");
        run(&["key", "init"]);
        let base = format!("base_url={sink}");
        run(&["integration", "add", "sandbox", "--name", "sbx", "--field", &base, "--secret", "api_key=env:SBX_KEY", "--on", "conversation_ended"]);
        run(&["event", "fire", "--file", events.to_str().unwrap()]);
        let before = hits.load(Ordering::Relaxed);
        let started = Instant::now();
        let children: Vec<_> = (0..workers)
            .map(|_| {
                crmctl(&["queue", "process", "--until-empty", "--concurrency", "16"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        // Each child's stderr read on a thread of its own, so none blocks on
        // a full pipe while another is waited for.
        let waits: Vec<_> = children.into_iter().map(|c| std::thread::spawn(move || c.wait_with_output().unwrap())).collect();
        for w in waits {
            let out = w.join().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "queue process failed: {}", err.lines().filter(|l| !l.starts_with("succeeded")).collect::<Vec<_>>().join("\n"));
        }
        let secs = started.elapsed().as_secs_f64();
        let delivered = hits.load(Ordering::Relaxed) - before;
        // Every event at least once; a repeat is a lease taken over from a
        // worker that had not recorded its run in time (same idempotency key).
        assert!(delivered >= n, "every event delivered ({workers} workers): {delivered} of {n}");
        let rate = n as f64 / secs;
        println!(
            "{workers} worker process{}     {rate:>10.0} events/s  ({secs:.1}s; {:.1} % of the loopback limit; {} re-delivered after a lease expired)",
            if workers == 1 { "  " } else { "es" },
            100.0 * rate / limit,
            delivered - n
        );
    }
}

fn main() {
    if std::env::args().all(|a| a != "--bench") {
        return; // `cargo test --all-targets` builds benches; nothing to run there
    }
    let items = std::env::var("CRMCTL_BENCH_PG_ITEMS").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
    let events = std::env::var("CRMCTL_BENCH_PG_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(5_000);
    kb(items);
    sync(items);
    queue(events);
}
