//! `crmctl test --all` over 200 integrations against a loopback fake that
//! answers after 100 ms, at several concurrencies, next to a sequential
//! curl loop making the same 200 requests.
//!
//! `cargo bench --bench test_all`; figures in the README.

use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

const INTEGRATIONS: usize = 200;
const LATENCY: Duration = Duration::from_millis(100);

/// A fake API: every request waits 100 ms, then answers 200 with JSON.
fn start_fake(rt: &tokio::runtime::Runtime) -> SocketAddr {
    use axum::routing::get;
    rt.block_on(async {
        let app = axum::Router::new().route(
            "/health",
            get(|| async {
                tokio::time::sleep(LATENCY).await;
                axum::Json(serde_json::json!({"status": "ok"}))
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        addr
    })
}

fn main() {
    // `cargo test --all-targets` runs benches once as tests; keep that quick.
    if std::env::args().any(|a| a == "--test") || std::env::args().all(|a| a != "--bench") {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let addr = start_fake(&rt);
    let base = format!("http://{addr}");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bench.db");
    let key = crmctl::secrets::MasterKey::generate();
    let bin = env!("CARGO_BIN_EXE_crmctl");
    let crmctl = |args: &[&str]| {
        let out = Command::new(bin)
            .args(args)
            .env("CRMCTL_DB", &db)
            .env("CRMCTL_MASTER_KEY", key.to_base64().as_str())
            .env("TOKEN", "bench-token-0123456789")
            .output()
            .unwrap();
        assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
        out
    };
    crmctl(&["key", "init"]);
    for i in 0..INTEGRATIONS {
        crmctl(&["integration", "add", "custom_rest", "--name", &format!("api-{i:03}"), "--field", &format!("base_url={base}"), "--secret", "api_token=env:TOKEN", "-q"]);
    }

    println!("test --all over {INTEGRATIONS} integrations, fake latency {} ms", LATENCY.as_millis());
    println!("{:<28} {:>10} {:>12}", "run", "wall (s)", "tests/s");
    let mut walls = Vec::new();
    // `None`: no --concurrency flag, the default a user gets.
    for concurrency in [Some(1usize), Some(8), None, Some(64), Some(128)] {
        let flag = concurrency.map(|c| c.to_string());
        let mut args = vec!["test", "--all", "-o", "json"];
        if let Some(c) = &flag {
            args.extend(["--concurrency", c.as_str()]);
        }
        let started = Instant::now();
        let out = crmctl(&args);
        let wall = started.elapsed();
        let verdicts: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let ok = verdicts
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v["ok"] == true)
            .count();
        assert_eq!(ok, INTEGRATIONS, "every test passes");
        walls.push((concurrency, wall));
        println!(
            "{:<28} {:>10.2} {:>12.1}",
            flag.map_or("crmctl (default settings)".to_string(), |c| format!("crmctl --concurrency {c}")),
            wall.as_secs_f64(),
            INTEGRATIONS as f64 / wall.as_secs_f64()
        );
    }

    let started = Instant::now();
    for _ in 0..INTEGRATIONS {
        let status = Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-H", "Authorization: Bearer bench-token-0123456789", &format!("{base}/health")])
            .status()
            .expect("curl is installed");
        assert!(status.success());
    }
    let wall = started.elapsed();
    println!("{:<28} {:>10.2} {:>12.1}", "sequential curl loop", wall.as_secs_f64(), INTEGRATIONS as f64 / wall.as_secs_f64());
    let default = walls.iter().find(|(c, _)| c.is_none()).map(|(_, w)| *w).unwrap();
    println!(
        "default settings vs the curl loop: {:.1}x",
        wall.as_secs_f64() / default.as_secs_f64()
    );
}
