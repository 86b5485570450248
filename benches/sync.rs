//! Record sync (contacts) from the in-process sandbox at 100,000 and
//! 1,000,000 records (CRMCTL_BENCH_SYNC_ITEMS, comma-separated), next to
//! the two limits measured in the same run: the loopback page rate of the
//! same sandbox (the same pages fetched and parsed, nothing stored) and
//! SQLite's own rate for the same rows (committed 100 a transaction through
//! the same store code, no HTTP, no mapping). Resident memory is sampled
//! through the sync: the sandbox's seeded data is allocated before the sync
//! starts, so the growth during the sync is the syncer's, and it must stay
//! flat.
//!
//! `cargo bench --bench sync`; figures in the README.

use std::time::{Duration, Instant};

use crmctl::engine::mapping::Stream;
use crmctl::engine::sync::{self, SyncOptions};
use crmctl::engine::TokenSource;
use crmctl::http::Http;
use crmctl::sandbox::{self, SandboxConfig};
use crmctl::store::{PageCommit, RecordUpsert};

#[path = "support/mod.rs"]
mod support;
use support::{new_store, sandbox_target, Sampler};

/// The sandbox's contact page rate: every page fetched and its JSON
/// parsed, in sequence, as the syncer does.
async fn loopback_limit(base: &str, key: &str) -> (f64, u64) {
    let client = reqwest::Client::new();
    let started = Instant::now();
    let mut cursor: Option<String> = None;
    let mut items = 0u64;
    loop {
        let mut u = format!("{base}/api/v1/contacts?limit=100");
        if let Some(c) = &cursor {
            u.push_str(&format!("&cursor={c}"));
        }
        let body: serde_json::Value = client.get(&u).header("X-Api-Key", key).send().await.unwrap().json().await.unwrap();
        items += body["data"].as_array().map(|a| a.len()).unwrap_or(0) as u64;
        match body["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    (items as f64 / started.elapsed().as_secs_f64(), items)
}

/// SQLite's rate for the same rows: read back from the sync's store and
/// committed again, 100 a transaction, into a fresh one.
fn sqlite_limit(from: &std::path::Path, dir: &std::path::Path) -> f64 {
    let (store, org, id) = new_store(&dir.join("sqlite-only.db"), "http://127.0.0.1:1");
    store.sync_begin_run(&org, &id, "contacts", "run", "{}").unwrap();
    let src = rusqlite::Connection::open(from).unwrap();
    let mut stmt = src
        .prepare("SELECT r.external_id, r.fields, r.name, r.email, r.phone, r.company, r.search, a.domain, a.name, r.content_hash, r.source_updated_at FROM records r LEFT JOIN accounts a ON a.id = r.account_id")
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut batch = Vec::with_capacity(100);
    let counts = |_: &[crmctl::store::Upserted]| serde_json::json!({});
    let mut elapsed = Duration::ZERO;
    let mut n = 0u64;
    let flush = |batch: &mut Vec<RecordUpsert>, elapsed: &mut Duration| {
        let t = Instant::now();
        store
            .records_commit(&org, &id, "contacts", "sync", batch, Some(&PageCommit { run_id: "run", mark_seen: false, position: None, high_water: None, counts: &counts, lease: None }))
            .unwrap();
        *elapsed += t.elapsed();
        batch.clear();
    };
    while let Some(r) = rows.next().unwrap() {
        batch.push(RecordUpsert {
            external_id: r.get(0).unwrap(),
            fields: r.get(1).unwrap(),
            name: r.get(2).unwrap(),
            email: r.get(3).unwrap(),
            phone: r.get(4).unwrap(),
            company: r.get(5).unwrap(),
            search: r.get(6).unwrap(),
            account_domain: r.get(7).unwrap(),
            account_name: r.get(8).unwrap(),
            content_hash: r.get(9).unwrap(),
            source_updated_at: r.get(10).unwrap(),
            ..Default::default()
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

/// Raw SQLite's rate for the same rows: one prepared UPSERT in one
/// transaction (WAL, synchronous=NORMAL, the store's table and indexes),
/// rows and account ids read into memory first: the ceiling.
fn raw_sqlite_limit(from: &std::path::Path, dir: &std::path::Path) -> f64 {
    let (store, org, id) = new_store(&dir.join("raw.db"), "http://127.0.0.1:1");
    let path = store.path().to_path_buf();
    drop(store);
    let src = rusqlite::Connection::open(from).unwrap();
    let mut db = rusqlite::Connection::open(&path).unwrap();
    db.pragma_update(None, "synchronous", "NORMAL").unwrap();
    // The accounts are there already (a sync makes them as it goes; the
    // ceiling is for the records themselves).
    let accounts: Vec<(String, String, Option<String>)> = src
        .prepare("SELECT id, domain, name FROM accounts").unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(Result::unwrap).collect();
    let at = crmctl::store::now();
    for (aid, domain, name) in &accounts {
        db.execute("INSERT INTO accounts (id, org_id, domain, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)", (aid, &org.id, domain, name, &at)).unwrap();
    }
    type Row = (String, String, Option<String>, Option<String>, Option<String>, Option<String>, String, Option<String>, String, Option<String>);
    let mut stmt = src.prepare("SELECT external_id, fields, name, email, phone, company, search, account_id, content_hash, source_updated_at FROM records").unwrap();
    let rows: Vec<(String, Row)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?)))
        .unwrap()
        .map(|r| (uuid::Uuid::now_v7().to_string(), r.unwrap()))
        .collect();
    let started = Instant::now();
    let tx = db.transaction().unwrap();
    {
        let mut upsert = tx
            .prepare(
                "INSERT INTO records (id, org_id, integration_id, stream, external_id, fields, name, email, phone, company, status,
                     amount, currency, search, account_id, content_hash, source_updated_at, state, seen_run, origin, created_at, updated_at)
                 VALUES (?1, ?2, ?3, 'contacts', ?4, ?5, ?6, ?7, ?8, ?9, NULL, NULL, NULL, ?10, ?11, ?12, ?13, 'active', NULL, 'sync', ?14, ?14)
                 ON CONFLICT (org_id, integration_id, stream, external_id) DO UPDATE SET
                     fields = excluded.fields, name = excluded.name, email = excluded.email, phone = excluded.phone,
                     company = excluded.company, search = excluded.search, account_id = excluded.account_id,
                     content_hash = excluded.content_hash, source_updated_at = excluded.source_updated_at, updated_at = excluded.updated_at",
            )
            .unwrap();
        for (rid, r) in &rows {
            upsert.execute(rusqlite::params![rid, org.id, id, r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8, r.9, at]).unwrap();
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
    let db = dir.path().join("sync.db");
    let (store, org, _) = new_store(&db, &base);
    let target = sandbox_target(&store, &org, &base, &api_key);
    let http = Http::new(Duration::from_secs(60));
    let sampler = Sampler::new(n);
    let rss_before = *sampler.max_rss.lock().unwrap();
    let started = Instant::now();
    let opts = SyncOptions { streams: vec![Stream::Contacts], full: true, ..Default::default() };
    let report = rt.block_on(sync::sync(&target, &store, &http, &TokenSource::none(), &opts, &sampler));
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(report.status, "success", "{report:?}");
    let contacts = &report.streams[0];
    assert_eq!(contacts.created, n);
    let rate = n as f64 / secs;
    let accounts: i64 = rusqlite::Connection::open(&db).unwrap().query_row("SELECT COUNT(*) FROM accounts", [], |r| r.get(0)).unwrap();
    drop(store);
    let sqlite = sqlite_limit(&db, dir.path());
    let raw = raw_sqlite_limit(&db, dir.path());

    println!("\n== {n} contacts (sandbox seeded in {seed_s:.1}s) ==");
    println!("sync --full           {rate:>10.0} records/s  ({secs:.1}s, {} pages, {accounts} accounts)", contacts.pages);
    println!("loopback page limit   {limit:>10.0} records/s  (same pages, fetched and parsed, nothing stored)");
    println!("raw sqlite limit      {raw:>10.0} records/s  (same rows, one prepared UPSERT, one transaction, same indexes)");
    println!("store code alone      {sqlite:>10.0} records/s  (same rows, crmctl's page commit, 100 a transaction, no HTTP, no mapping)");
    println!("sync / raw sqlite     {:>10.1} %", 100.0 * rate / raw);
    println!("RSS before sync {} MiB; during the sync:", rss_before / 1024);
    println!("{:>12} {:>10}", "records", "RSS MiB");
    for (done, rss) in sampler.rows.lock().unwrap().iter() {
        println!("{done:>12} {:>10}", rss / 1024);
    }
    let max = *sampler.max_rss.lock().unwrap();
    println!("peak growth during the sync: {} MiB", max.saturating_sub(rss_before) / 1024);
    rt.block_on(sb.stop()).unwrap();
}

fn main() {
    if std::env::args().all(|a| a != "--bench") {
        return; // `cargo test --all-targets` builds benches; nothing to run there
    }
    let sizes: Vec<u64> = std::env::var("CRMCTL_BENCH_SYNC_ITEMS")
        .unwrap_or_else(|_| "100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().replace('_', "").parse().ok())
        .collect();
    for n in sizes {
        run(n);
    }
}
