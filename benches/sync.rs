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

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crmctl::engine::mapping::Stream;
use crmctl::engine::sync::{self, SyncOptions};
use crmctl::engine::{Reporter, Target, TokenSource};
use crmctl::http::Http;
use crmctl::sandbox::{self, SandboxConfig};
use crmctl::secrets::sources::SourceKind;
use crmctl::secrets::MasterKey;
use crmctl::store::{NewIntegration, PageCommit, RecordUpsert, Store};
use crmctl::templates::Catalog;

fn rss_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Samples resident memory every tenth of the sync.
struct Sampler {
    total: u64,
    next: Mutex<u64>,
    rows: Mutex<Vec<(u64, u64)>>,
    max_rss: Mutex<u64>,
}

impl Reporter for Sampler {
    fn progress(&self, done: u64, _total: Option<u64>, _note: &str) {
        let rss = rss_kib("VmRSS:");
        let mut m = self.max_rss.lock().unwrap();
        *m = (*m).max(rss);
        let mut next = self.next.lock().unwrap();
        if done >= *next {
            self.rows.lock().unwrap().push((done, rss));
            *next += (self.total / 10).max(1);
        }
    }
}

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
            .records_commit(&org, &id, "contacts", "sync", batch, Some(&PageCommit { run_id: "run", mark_seen: false, position: None, high_water: None, counts: &counts }))
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

fn new_store(db: &std::path::Path, base_url: &str) -> (Store, crmctl::store::Org, String) {
    let mut store = Store::open_or_create(db).unwrap();
    let key = MasterKey::generate();
    store.init_key(&key, SourceKind::Env, None).unwrap();
    let org = store.org("default").unwrap();
    let id = uuid::Uuid::now_v7().to_string();
    store
        .insert_integration(
            &org,
            &NewIntegration {
                id: id.clone(),
                name: "sbx".into(),
                provider: "sandbox".into(),
                assistant_id: None,
                base_url: None,
                enabled: true,
                priority: 10,
                events: vec![],
                conditions: None,
                on_failure: "continue".into(),
                fields: BTreeMap::from([("base_url".into(), base_url.to_string())]),
            },
            &[],
        )
        .unwrap();
    (store, org, id)
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
    let integration = store.integration(&org, "sbx").unwrap();
    let catalog = Catalog::load(&[]).unwrap();
    let template = catalog.get("sandbox").unwrap().template.clone();
    let mut secrets = BTreeMap::new();
    secrets.insert("api_key".to_string(), crmctl::secrets::Secret::new(api_key.clone()));
    let target = Target {
        org: org.clone(),
        name: integration.name.clone(),
        fields: integration.fields.clone(),
        integration: Some(integration),
        template,
        secrets,
        base_url: base.clone(),
    };
    let http = Http::new(Duration::from_secs(60));
    let rss_before = rss_kib("VmRSS:");
    let sampler = Sampler { total: n, next: Mutex::new(0), rows: Mutex::new(Vec::new()), max_rss: Mutex::new(rss_before) };
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

    println!("\n== {n} contacts (sandbox seeded in {seed_s:.1}s) ==");
    println!("sync --full           {rate:>10.0} records/s  ({secs:.1}s, {} pages, {accounts} accounts)", contacts.pages);
    println!("loopback page limit   {limit:>10.0} records/s  (same pages, fetched and parsed, nothing stored)");
    println!("sqlite upsert limit   {sqlite:>10.0} records/s  (same rows, same store code, 100 a transaction)");
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
