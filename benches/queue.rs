//! Events through the durable queue to a loopback sink, next to the
//! loopback HTTP limit of the same sink measured in the same run; with a
//! large queue (CRMCTL_BENCH_EVENTS, default 100,000) the drain is sampled
//! every tenth for throughput and resident memory.
//!
//! `cargo bench --bench queue`; figures in the README.

use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crmctl::engine::pipeline::{self, Mode, StepReporter, StepRun, WorkerConfig};
use crmctl::http::Http;
use crmctl::secrets::{seal, MasterKey, SealContext};
use crmctl::secrets::sources::SourceKind;
use crmctl::store::{NewEvent, NewIntegration, NewStep, SealedField, Store};
use crmctl::templates::Catalog;

#[path = "support/mod.rs"]
mod support;
use support::{rss_kib, start_sink};

const CONCURRENCY: usize = 16;

/// CPU time this process has used (user and system, every thread), in
/// seconds: the drain's CPU per delivery is steadier than its rate on a
/// shared machine.
fn cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<u64> = rest.split_whitespace().skip(11).take(2).filter_map(|v| v.parse().ok()).collect();
    f.iter().sum::<u64>() as f64 / 100.0
}

/// The sink's own limit: the same POSTs from one process at the same
/// concurrency, no queue.
async fn loopback_limit(url: &str, n: usize) -> f64 {
    let client = reqwest::Client::new();
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let tasks = (0..CONCURRENCY).map(|_| {
        let client = client.clone();
        let next = next.clone();
        let url = format!("{url}/api/v1/calls");
        async move {
            while next.fetch_add(1, Ordering::Relaxed) < n as u64 {
                let r = client.post(&url).header("X-Api-Key", "k").json(&serde_json::json!({"conversation_id": "c", "summary": "s"})).send().await.unwrap();
                assert!(r.status().is_success());
                r.bytes().await.unwrap();
            }
        }
    });
    futures_util::future::join_all(tasks).await;
    n as f64 / started.elapsed().as_secs_f64()
}

/// `crmctl event fire --file` of `n` events from one JSON-lines file, the
/// whole process timed, into a store with one subscribed integration.
fn fire_from_file(sink: &str, n: u64) -> (u64, f64) {
    let bin = env!("CARGO_BIN_EXE_crmctl");
    let dir = tempfile::tempdir().unwrap();
    let key = MasterKey::generate();
    let crmctl = |args: &[&str]| {
        let out = std::process::Command::new(bin)
            .args(args)
            .env("CRMCTL_DB", dir.path().join("fire.db"))
            .env("CRMCTL_MASTER_KEY", key.to_base64().as_str())
            .env("SINK_KEY", "sink-key-0123456789")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    crmctl(&["key", "init"]);
    let base = format!("base_url={sink}");
    crmctl(&["integration", "add", "sandbox", "--name", "sink", "--field", &base, "--secret", "api_key=env:SINK_KEY", "--on", "conversation_ended", "-q"]);
    let file = dir.path().join("events.jsonl");
    let lines: String = (0..n)
        .map(|i| serde_json::json!({"type": "conversation_ended", "payload": {"conversation_id": format!("c-{i}"), "summary": "Bench call"}}).to_string() + "\n")
        .collect();
    std::fs::write(&file, lines).unwrap();
    let started = Instant::now();
    crmctl(&["event", "fire", "--file", file.to_str().unwrap(), "-q"]);
    (n, n as f64 / started.elapsed().as_secs_f64())
}

/// Samples throughput and memory every `every` deliveries.
struct Sampler {
    done: AtomicU64,
    every: u64,
    last: Mutex<(Instant, u64)>,
    rows: Mutex<Vec<(u64, f64, u64)>>,
}

impl StepReporter for Sampler {
    fn step(&self, run: &StepRun) {
        assert_eq!(run.status, "succeeded", "{:?}", run.outcome.failure);
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if n % self.every == 0 {
            let mut last = self.last.lock().unwrap();
            let rate = (n - last.1) as f64 / last.0.elapsed().as_secs_f64();
            *last = (Instant::now(), n);
            self.rows.lock().unwrap().push((n, rate, rss_kib("VmRSS:")));
        }
    }
}

fn main() {
    if std::env::args().all(|a| a != "--bench") {
        return; // `cargo test --all-targets` builds benches; nothing to run there
    }
    let events: u64 = std::env::var("CRMCTL_BENCH_EVENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let hits = Arc::new(AtomicU64::new(0));
    let url = rt.block_on(start_sink(hits.clone()));
    let cpu = cpu_s();
    let limit = rt.block_on(loopback_limit(&url, 20_000));
    let limit_cpu_us = (cpu_s() - cpu) * 1e6 / 20_000.0;
    let (fired, fire_rate) = fire_from_file(&url, events.min(100_000));

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("queue.db");
    let mut store = Store::open_or_create(&db).unwrap();
    let key = MasterKey::generate();
    store.init_key(&key, SourceKind::Env, None).unwrap();
    let org = store.org("default").unwrap();
    let id = uuid::Uuid::now_v7().to_string();
    let ctx = SealContext { org_id: &org.id, record: &id, field: "api_key" };
    let sealed = vec![SealedField { field: "api_key".into(), sealed: seal(&key, &ctx, b"sink-key-0123456789"), key_id: key.id().into() }];
    store
        .insert_integration(
            &org,
            &NewIntegration {
                id: id.clone(),
                name: "sink".into(),
                provider: "sandbox".into(),
                assistant_id: None,
                base_url: None,
                enabled: true,
                priority: 10,
                events: vec!["conversation_ended".into()],
                conditions: None,
                on_failure: "continue".into(),
                fields: BTreeMap::from([("base_url".into(), url.clone())]),
            },
            &sealed,
        )
        .unwrap();

    // Enqueued as `event fire --file` does: 1,000 events per transaction.
    let started = Instant::now();
    let step = [NewStep {
        integration_id: id.clone(),
        integration_name: "sink".into(),
        provider: "sandbox".into(),
        action: "log_call".into(),
        priority: 10,
        on_failure: "continue".into(),
        max_attempts: 5,
    }];
    let mut n = 0;
    while n < events {
        let payloads: Vec<serde_json::Value> = (n..(n + 1000).min(events))
            .map(|n| serde_json::json!({"conversation_id": format!("c-{n}"), "summary": "Bench call", "caller": {"phone": "+61400000000"}}))
            .collect();
        let batch: Vec<NewEvent<'_>> = payloads.iter().map(|p| NewEvent { assistant: None, kind: "conversation_ended", payload: p, idempotency_key: None, steps: &step }).collect();
        store.enqueue_events(&org, &batch).unwrap();
        n += payloads.len() as u64;
    }
    let enqueue_rate = events as f64 / started.elapsed().as_secs_f64();
    let rss_queued = rss_kib("VmRSS:");

    let (_stop_tx, stop) = tokio::sync::watch::channel(false);
    let cfg = Arc::new(WorkerConfig {
        db: db.clone(),
        org: org.clone(),
        key: Arc::new(key),
        catalog: Arc::new(Catalog::load(&[]).unwrap()),
        http: Http::new(Duration::from_secs(30)),
        concurrency: CONCURRENCY,
        lease: Duration::from_secs(30),
        poll: Duration::from_millis(200),
        retry_base: Duration::from_secs(1),
        event_id: None,
        mode: Mode::Once,
        stop,
        in_flight: Arc::new(Mutex::new(HashSet::new())),
        heartbeat: Duration::from_secs(3600),
        stall: Duration::from_secs(60),
        keys: None,
    });
    let sampler = Arc::new(Sampler { done: AtomicU64::new(0), every: (events / 10).max(1), last: Mutex::new((Instant::now(), 0)), rows: Mutex::new(Vec::new()) });
    let started = Instant::now();
    let cpu = cpu_s();
    let summary = rt.block_on(pipeline::run(cfg, sampler.clone())).unwrap();
    let wall = started.elapsed();
    let drain_cpu_us = (cpu_s() - cpu) * 1e6 / events as f64;
    assert_eq!(summary.succeeded, events);
    assert_eq!(hits.load(Ordering::Relaxed), events + 20_000, "every event delivered exactly once");

    println!("`crmctl event fire --file` of {fired} JSON lines (whole process): {fire_rate:.0} events/s");
    println!("events queued: {events}, enqueue rate {enqueue_rate:.0}/s (1,000 per transaction), RSS after queueing {} MiB", rss_queued / 1024);
    println!("loopback HTTP limit (same sink, {CONCURRENCY} concurrent, no queue): {limit:.0} req/s");
    println!("through the queue ({CONCURRENCY} workers): {:.0} deliveries/s over {:.1} s ({:.0}% of the loopback limit)", events as f64 / wall.as_secs_f64(), wall.as_secs_f64(), 100.0 * events as f64 / wall.as_secs_f64() / limit);
    println!("process CPU per request (sink included): {limit_cpu_us:.0} µs at the loopback limit, {drain_cpu_us:.0} µs through the queue");
    println!("{:>12} {:>16} {:>10}", "delivered", "deliveries/s", "RSS MiB");
    for (n, rate, rss) in sampler.rows.lock().unwrap().iter() {
        println!("{n:>12} {rate:>16.0} {:>10}", rss / 1024);
    }
    println!("peak RSS: {} MiB", rss_kib("VmHWM:") / 1024);
}
