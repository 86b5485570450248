//! Knowledge-base import from the in-process sandbox at 100,000 and
//! 1,000,000 articles (CRMCTL_BENCH_KB_ITEMS, comma-separated), next to the
//! two limits measured in the same run: the loopback page rate of the same
//! sandbox (the same pages fetched and parsed, nothing stored) and SQLite's
//! own rate for the same rows (committed 100 a transaction through the same
//! store code, no HTTP). Resident memory is sampled through the import: the
//! sandbox's seeded data is allocated before the import starts, so the
//! growth during the import is the importer's, and it must stay flat.
//!
//! `cargo bench --bench kb`; figures in the README.

use std::time::{Duration, Instant};

use crmctl::engine::kb::{self, ImportOptions};
use crmctl::engine::TokenSource;
use crmctl::http::Http;
use crmctl::sandbox::{self, SandboxConfig};
use crmctl::store::{KbUpsert, PageCommit};

#[path = "support/mod.rs"]
mod support;
use support::{new_store, sandbox_target, Sampler};

/// The sandbox's page rate: every page fetched and its JSON parsed, in
/// sequence, as the importer does.
async fn loopback_limit(base: &str, key: &str) -> (f64, u64) {
    let client = reqwest::Client::new();
    let started = Instant::now();
    let mut url = Some(format!("{base}/api/v1/kb/articles?per_page=100"));
    let mut items = 0u64;
    while let Some(u) = url.take() {
        let body: serde_json::Value = client.get(&u).header("X-Api-Key", key).send().await.unwrap().json().await.unwrap();
        items += body["articles"].as_array().map(|a| a.len()).unwrap_or(0) as u64;
        url = body["next_page"].as_str().map(str::to_string);
    }
    (items as f64 / started.elapsed().as_secs_f64(), items)
}

/// SQLite's rate for the same rows: read back from the import's store and
/// committed again, 100 a transaction, into a fresh one.
fn sqlite_limit(from: &std::path::Path, dir: &std::path::Path) -> f64 {
    let (store, org, id) = new_store(&dir.join("sqlite-only.db"), "http://127.0.0.1:1");
    store.kb_begin_run(&org, &id, "run", "{}").unwrap();
    let src = rusqlite::Connection::open(from).unwrap();
    let mut stmt = src.prepare("SELECT external_id, title, body, url, locale, section, source_updated_at, content_hash FROM kb_articles").unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut batch = Vec::with_capacity(100);
    let counts = |_: &[crmctl::store::Upserted]| serde_json::json!({});
    let mut elapsed = Duration::ZERO;
    let mut n = 0u64;
    let flush = |batch: &mut Vec<KbUpsert>, elapsed: &mut Duration| {
        let t = Instant::now();
        store
            .kb_commit_page(&org, &id, batch, &PageCommit { run_id: "run", mark_seen: false, position: None, high_water: None, counts: &counts, lease: None })
            .unwrap();
        *elapsed += t.elapsed();
        batch.clear();
    };
    while let Some(r) = rows.next().unwrap() {
        batch.push(KbUpsert {
            external_id: r.get(0).unwrap(),
            title: r.get(1).unwrap(),
            body: r.get(2).unwrap(),
            url: r.get(3).unwrap(),
            locale: r.get(4).unwrap(),
            section: r.get(5).unwrap(),
            source_updated_at: r.get(6).unwrap(),
            content_hash: r.get(7).unwrap(),
        });
        n += 1;
        if batch.len() == 100 {
            flush(&mut batch, &mut elapsed);
        }
    }
    if !batch.is_empty() {
        flush(&mut batch, &mut elapsed);
    }
    n as f64 / elapsed.as_secs_f64()
}

/// Raw SQLite's rate for the same rows: one prepared INSERT in one
/// transaction (WAL, synchronous=NORMAL, the same table, indexes and FTS5
/// triggers, since the schema is the store's), rows read into memory first,
/// ids made beforehand: the ceiling no importer can pass.
fn raw_sqlite_limit(from: &std::path::Path, dir: &std::path::Path) -> f64 {
    let (store, org, id) = new_store(&dir.join("raw.db"), "http://127.0.0.1:1");
    let path = store.path().to_path_buf();
    drop(store);
    let src = rusqlite::Connection::open(from).unwrap();
    let mut stmt = src.prepare("SELECT external_id, title, body, url, locale, section, source_updated_at, content_hash FROM kb_articles").unwrap();
    type Row = (String, String, String, Option<String>, Option<String>, Option<String>, Option<String>, String);
    let rows: Vec<(String, Row)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)))
        .unwrap()
        .map(|r| (uuid::Uuid::now_v7().to_string(), r.unwrap()))
        .collect();
    let mut db = rusqlite::Connection::open(&path).unwrap();
    db.pragma_update(None, "synchronous", "NORMAL").unwrap();
    let at = crmctl::store::now();
    let started = Instant::now();
    let tx = db.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO kb_articles (id, org_id, integration_id, external_id, title, body, url, locale, section,
                     source_updated_at, content_hash, status, seen_run, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'active', NULL, ?12, ?12)",
            )
            .unwrap();
        for (rid, r) in &rows {
            insert.execute(rusqlite::params![rid, org.id, id, r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, at]).unwrap();
        }
    }
    tx.commit().unwrap();
    rows.len() as f64 / started.elapsed().as_secs_f64()
}

fn run(n: u64) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let seeding = Instant::now();
    let sb = rt.block_on(sandbox::start("127.0.0.1:0".parse().unwrap(), SandboxConfig { records: n, ..SandboxConfig::default() })).unwrap();
    let seed_s = seeding.elapsed().as_secs_f64();
    let base = sb.url();
    let api_key = sb.state().api_key().to_string();

    let (limit, fetched) = rt.block_on(loopback_limit(&base, &api_key));
    assert_eq!(fetched, n);

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let (store, org, _) = new_store(&db, &base);
    let target = sandbox_target(&store, &org, &base, &api_key);
    let http = Http::new(Duration::from_secs(60));
    let sampler = Sampler::new(n);
    let rss_before = *sampler.max_rss.lock().unwrap();
    let started = Instant::now();
    let report = rt.block_on(kb::import(&target, &store, &http, &TokenSource::none(), &ImportOptions { full: true, ..Default::default() }, &sampler));
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(report.status, "success", "{report:?}");
    assert_eq!(report.created, n);
    let rate = n as f64 / secs;
    drop(store);
    let sqlite = sqlite_limit(&db, dir.path());
    let raw = raw_sqlite_limit(&db, dir.path());

    println!("\n== {n} articles (sandbox seeded in {seed_s:.1}s) ==");
    println!("kb import            {rate:>10.0} articles/s  ({secs:.1}s, {} pages)", report.pages);
    println!("loopback page limit  {limit:>10.0} articles/s  (same pages, fetched and parsed, nothing stored)");
    println!("raw sqlite limit     {raw:>10.0} articles/s  (same rows, one prepared INSERT, one transaction, same indexes and FTS5)");
    println!("store code alone     {sqlite:>10.0} articles/s  (same rows, crmctl's page commit, 100 a transaction, no HTTP)");
    println!("import / raw sqlite  {:>10.1} %", 100.0 * rate / raw);
    println!("RSS before import {} MiB; during the import:", rss_before / 1024);
    println!("{:>12} {:>10}", "articles", "RSS MiB");
    for (done, rss) in sampler.rows.lock().unwrap().iter() {
        println!("{done:>12} {:>10}", rss / 1024);
    }
    let max = *sampler.max_rss.lock().unwrap();
    println!("peak growth during the import: {} MiB", max.saturating_sub(rss_before) / 1024);
    rt.block_on(sb.stop()).unwrap();
}

fn main() {
    if std::env::args().all(|a| a != "--bench") {
        return; // `cargo test --all-targets` builds benches; nothing to run there
    }
    let sizes: Vec<u64> = std::env::var("CRMCTL_BENCH_KB_ITEMS")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().replace('_', "").parse().ok())
        .collect();
    for n in sizes {
        run(n);
    }
}
