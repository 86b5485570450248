//! Everything at once on one store file, as an operator runs it: two
//! `worker`s, `serve` taking pushes, a `logs tail --follow`, and beside them
//! a full KB import, a full sync, an `apply`, a `test --all` and more
//! `event fire`s — every process finishes as documented with the right
//! rows. And `key rotate` (keyring) while `serve` takes pushes and a
//! `worker` runs: no push answered 500, no step failed.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::process::{Child, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;
use crate::keyring::keyring_env;
use crate::webhook::Server;
use crate::workers::{TEMPLATE, env_with_sink, stop, worker};

const HOOK_KEY: &str = "hook-key-6c1f0e9a7b2d4c58";

/// A sandbox integration `crm` whose contacts arrive by push to `serve`,
/// with HOOK_KEY as its webhook key (SBX_KEY must be set).
fn add_pushed(env: &mut TestEnv, base_url: &str) {
    env.ok(&["integration", "add", "sandbox", "--name", "crm", "--field", base_url, "--secret", "api_key=env:SBX_KEY"]);
    env.set("HOOK_KEY", HOOK_KEY);
    env.ok(&["webhook", "key", "crm", "--from", "env:HOOK_KEY"]);
}

fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    env.std_cmd()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for a child within a bound, killing it past that.
fn finish(mut child: Child, bound: Duration) -> Output {
    let deadline = Instant::now() + bound;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!(
                "a crmctl process ran past {bound:?}: {}",
                transcript(&child.wait_with_output().unwrap())
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env)
        .query_row(sql, (), |r| r.get(0))
        .unwrap()
}

fn events(env: &TestEnv, name: &str, from: usize, n: usize) -> String {
    let lines: Vec<String> = (from..from + n)
        .map(|i| {
            json!({"type": "conversation_ended", "payload": {"conversation_id": format!("c-{i}")}})
                .to_string()
        })
        .collect();
    env.write(name, &(lines.join("\n") + "\n"))
        .display()
        .to_string()
}

fn push_body(n: usize) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "integration_id": "crm",
        "data_type": "contacts",
        "records": [{"id": format!("p-{n}"), "email": format!("p{n}@acme.example"), "first_name": "Pat", "last_name": format!("No{n}")}]
    }))
    .unwrap()
}

/// Pushes one contact at a time to `serve` until told to stop; returns
/// every status it was answered with.
fn pusher(
    server: Arc<Server>,
    stop: Arc<AtomicBool>,
    limit: usize,
) -> std::thread::JoinHandle<Vec<(u16, Value)>> {
    std::thread::spawn(move || {
        let mut answers = Vec::new();
        let mut n = 0;
        while !stop.load(Ordering::Relaxed) && n < limit {
            answers.push(server.post("crm", &[("x-api-key", HOOK_KEY.to_string())], push_body(n)));
            n += 1;
            std::thread::sleep(Duration::from_millis(10));
        }
        answers
    })
}

/// Every POST the sink got, by idempotency key: each key once, or repeated
/// with the same body only.
fn deliveries(fake: &Fake) -> HashMap<String, HashSet<Vec<u8>>> {
    let mut by_key: HashMap<String, HashSet<Vec<u8>>> = HashMap::new();
    for r in fake
        .requests()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST")
    {
        let key = r
            .headers
            .get("idempotency-key")
            .expect("an idempotency key")
            .to_str()
            .unwrap()
            .to_string();
        by_key.entry(key).or_default().insert(r.body.clone());
    }
    by_key
}

fn wait_drained(env: &TestEnv, total: usize, bound: Duration) {
    let deadline = Instant::now() + bound;
    loop {
        let list = env.json(&["event", "list", "--limit", "5000"]);
        let list = list.as_array().unwrap();
        if list.len() == total && list.iter().all(|e| e["status"] == "succeeded") {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the queue did not drain: {:?}",
            list.iter()
                .map(|e| e["status"].clone())
                .collect::<HashSet<_>>()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn workers_serve_and_a_follower_run_beside_imports_syncs_apply_and_tests() {
    let sb = Sb::start(400, Duration::from_millis(2));
    let (mut env, fake) = env_with_sink();
    fake.mount(
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true}))),
    );
    env.set("SBX_KEY", sb.sb().state().api_key());
    let sb_url = format!("base_url={}", sb.sb().url());
    env.ok(&[
        "integration",
        "add",
        "sandbox",
        "--name",
        "sbx",
        "--field",
        &sb_url,
        "--secret",
        "api_key=env:SBX_KEY",
    ]);
    add_pushed(&mut env, &sb_url);
    let apply: String = (0..20)
        .map(|i| format!("kind: integration\norg: default\nname: applied-{i}\nprovider: sandbox\nfields: {{base_url: \"{}\"}}\nsecrets: {{api_key: \"${{env:SBX_KEY}}\"}}\n---\n", sb.sb().url()))
        .collect();
    let apply = env.write("fleet.yaml", &apply).display().to_string();
    let first = events(&env, "first.jsonl", 0, 300);
    env.ok(&["event", "fire", "--file", &first]);

    let mut follower = env
        .std_cmd()
        .args(["logs", "tail", "--follow", "--poll", "100ms", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read as it prints, so a full pipe never holds it back.
    let mut follower_out = follower.stdout.take().unwrap();
    let followed = std::thread::spawn(move || {
        let mut text = String::new();
        follower_out.read_to_string(&mut text).unwrap();
        text
    });
    let workers: Vec<Child> = (0..2)
        .map(|_| worker(&env, &["--concurrency", "4"]))
        .collect();
    let server = Arc::new(Server::start(&env, &[]));
    let stop_pushing = Arc::new(AtomicBool::new(false));
    let pushes = pusher(server.clone(), stop_pushing.clone(), 60);

    let second = events(&env, "second.jsonl", 300, 100);
    let runs = [
        vec!["kb", "import", "sbx", "--full", "-o", "json"],
        vec![
            "sync", "sbx", "--stream", "contacts", "--full", "-o", "json",
        ],
        vec!["apply", "-f", apply.as_str(), "-o", "json"],
        vec!["test", "--all", "-o", "json"],
        vec!["event", "fire", "--file", second.as_str(), "-o", "json"],
    ];
    let children: Vec<(String, Child)> =
        runs.iter().map(|a| (a.join(" "), spawn(&env, a))).collect();
    let outputs: Vec<(String, Output)> = children
        .into_iter()
        .map(|(what, c)| (what, finish(c, Duration::from_secs(120))))
        .collect();
    for (what, out) in &outputs {
        assert!(out.status.success(), "{what}: {}", transcript(out));
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("locked"),
            "{what}: {}",
            transcript(out)
        );
        serde_json::from_slice::<Value>(&out.stdout)
            .unwrap_or_else(|e| panic!("{what} printed no JSON ({e}): {}", transcript(out)));
    }
    let tested: Value = serde_json::from_slice(&outputs[3].1.stdout).unwrap();
    let tested = tested
        .as_array()
        .cloned()
        .unwrap_or_else(|| tested["results"].as_array().cloned().unwrap_or_default());
    assert!(
        tested.len() >= 3,
        "test --all tested what existed when it started: {tested:?}"
    );

    wait_drained(&env, 400, Duration::from_secs(90));
    stop_pushing.store(true, Ordering::Relaxed);
    let answers = pushes.join().unwrap();
    let (code, err) = Arc::try_unwrap(server)
        .ok()
        .expect("the pusher let go of the server")
        .stop();
    assert_eq!(code, Some(0), "serve: {err}");
    for w in workers {
        let (code, err) = stop(w);
        assert_eq!(code, Some(0), "a worker failed:\n{err}");
        assert!(!err.contains("locked"), "{err}");
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        follower.try_wait().unwrap().is_none(),
        "logs tail --follow is still following"
    );
    follower.kill().unwrap();
    follower.wait().unwrap();
    let followed = followed.join().unwrap();

    // Every push accepted and stored; nothing else in that stream.
    assert!(!answers.is_empty());
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body:#}");
    }
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM records r JOIN integrations i ON i.id = r.integration_id WHERE i.name = 'crm' AND r.state = 'active'"
        ),
        answers.len() as i64
    );
    // The imports and the sync got everything the source has.
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM kb_articles WHERE status = 'active'"
        ),
        400
    );
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM kb_articles WHERE status = 'archived'"
        ),
        0
    );
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM records r JOIN integrations i ON i.id = r.integration_id WHERE i.name = 'sbx' AND r.stream = 'contacts' AND r.state = 'active'"
        ),
        400
    );
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM integrations WHERE name LIKE 'applied-%'"
        ),
        20
    );
    // Every event's step ran once at the sink.
    let by_key = deliveries(&fake);
    assert_eq!(by_key.len(), 400, "one idempotency key per step");
    assert!(
        by_key.values().all(|b| b.len() == 1),
        "a repeat only with the same body"
    );
    // The follower saw the runs as they were written, in order, each once.
    let rows: Vec<Value> = followed
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l:?}: {e}")))
        .collect();
    let kinds: HashSet<&str> = rows.iter().filter_map(|r| r["kind"].as_str()).collect();
    for kind in ["kb_import", "record_sync", "webhook", "step", "test"] {
        assert!(
            kinds.contains(kind),
            "logs tail --follow printed no {kind} row: {kinds:?}"
        );
    }
    let ids: Vec<&str> = rows.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(
        ids.len(),
        ids.iter().collect::<HashSet<_>>().len(),
        "no row printed twice"
    );
    assert_eq!(
        count(&env, "SELECT COUNT(*) FROM run_leases"),
        0,
        "every run gave its lease back"
    );
}

/// `key rotate` on a keyring key while `serve` takes pushes and a `worker`
/// drains events: both follow the new key from the keyring; no push is
/// answered 500 and no step fails, before, during or after the rotation.
#[test]
fn key_rotate_while_serve_takes_pushes_and_a_worker_runs() {
    let Some(mut env) = keyring_env() else { return };
    env.ok(&["key", "init"]);
    let dir = env
        .write("templates/sinkfake.yaml", TEMPLATE)
        .parent()
        .unwrap()
        .to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.set("FAKE_KEY", CANARY);
    let fake = Fake::start();
    fake.mount(
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true}))),
    );
    let url = format!("base_url={}", fake.server.uri());
    env.ok(&[
        "integration",
        "add",
        "sinkfake",
        "--name",
        "sink",
        "--field",
        &url,
        "--secret",
        "api_key=env:FAKE_KEY",
        "--on",
        "conversation_ended",
    ]);
    env.set("SBX_KEY", "sbx_key_0");
    add_pushed(&mut env, "base_url=http://127.0.0.1:9");
    let before = env.json(&["key", "status"])["key_id"].clone();

    let w = worker(&env, &["--concurrency", "4"]);
    let server = Arc::new(Server::start(&env, &[]));
    let stop_pushing = Arc::new(AtomicBool::new(false));
    let pushes = pusher(server.clone(), stop_pushing.clone(), 10_000);
    let mut fired = 0;
    for round in 0..6 {
        let file = events(&env, &format!("round-{round}.jsonl"), fired, 50);
        env.ok(&["event", "fire", "--file", &file]);
        fired += 50;
        if round == 2 {
            let rotated = env.json(&["key", "rotate", "--yes"]);
            assert_ne!(rotated["new_key_id"], before);
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    wait_drained(&env, fired, Duration::from_secs(60));
    stop_pushing.store(true, Ordering::Relaxed);
    let answers = pushes.join().unwrap();
    let (code, err) = Arc::try_unwrap(server)
        .ok()
        .expect("the pusher let go of the server")
        .stop();
    assert_eq!(code, Some(0), "serve: {err}");
    let (code, err) = stop(w);
    assert_eq!(code, Some(0), "the worker: {err}");

    assert!(
        answers.len() > 20,
        "pushes ran across the rotation: {}",
        answers.len()
    );
    let refused: Vec<_> = answers.iter().filter(|(s, _)| *s != 200).collect();
    assert!(
        refused.is_empty(),
        "{} of {} pushes refused: {:?}",
        refused.len(),
        answers.len(),
        refused.first()
    );
    assert_eq!(
        count(
            &env,
            "SELECT COUNT(*) FROM steps WHERE status <> 'succeeded'"
        ),
        0,
        "no step failed"
    );
    let by_key = deliveries(&fake);
    assert_eq!(by_key.len(), fired, "every event delivered once");
    assert!(by_key.values().all(|b| b.len() == 1));
    assert_ne!(env.json(&["key", "status"])["key_id"], before);
    for out in [
        env.run(&["logs", "tail", "--limit", "1000"]),
        env.run(&["integration", "show", "sink"]),
    ] {
        assert!(out.status.success(), "{}", transcript(&out));
        assert_no_canary(&env, &out, "after a rotation under load");
    }
    assert_store_clean(&env, "a rotation under load");
}
