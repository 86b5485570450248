//! Several `crmctl worker` processes on one store file: every step runs
//! once, no process fails or idles; a store that cannot be written ends a
//! worker promptly; `event fire --file` queues many events at once.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

pub(crate) const TEMPLATE: &str = r#"
id: sinkfake
name: Sink fake
category: custom
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
  - {key: api_key, label: API key, secret: true, required: true}
base_url: "{{ base_url }}"
auth: {type: bearer, token: "{{ api_key }}"}
test: {method: GET, path: /me}
default_actions:
  conversation_ended: log_call
actions:
  log_call:
    description: Log the call.
    method: POST
    path: /calls
    idempotency_header: Idempotency-Key
    body: {conversation: "{{ event.conversation_id }}"}
"#;

pub(crate) fn env_with_sink() -> (TestEnv, Fake) {
    env_with_sink_on(TestEnv::with_env_key())
}

/// The sink integration on an initialised environment.
pub(crate) fn env_with_sink_on(mut env: TestEnv) -> (TestEnv, Fake) {
    let dir = env.write("templates/sinkfake.yaml", TEMPLATE).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.set("FAKE_KEY", CANARY);
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true}))));
    let url = format!("base_url={}", fake.server.uri());
    env.ok(&["integration", "add", "sinkfake", "--name", "sink", "--field", url.as_str(), "--secret", "api_key=env:FAKE_KEY", "--on", "conversation_ended"]);
    (env, fake)
}

pub(crate) fn events_file(env: &TestEnv, n: usize) -> String {
    let lines: Vec<String> = (0..n).map(|i| json!({"type": "conversation_ended", "payload": {"conversation_id": format!("c-{i}")}}).to_string()).collect();
    env.write("events.jsonl", &(lines.join("\n") + "\n")).display().to_string()
}

pub(crate) fn worker(env: &TestEnv, extra: &[&str]) -> Child {
    env.std_cmd().args(["worker", "--poll", "50ms"]).args(extra).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
}

pub(crate) fn stop(mut w: Child) -> (Option<i32>, String) {
    let _ = std::process::Command::new("kill").args(["-TERM", &w.id().to_string()]).status();
    let mut err = String::new();
    w.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    (w.wait().unwrap().code(), err)
}

fn drained_by(workers: usize) {
    let (env, fake) = env_with_sink();
    drain(&env, &fake, workers);
}

/// 300 events fired at once, drained by `workers` processes: every step
/// once, no process failing.
pub(crate) fn drain(env: &TestEnv, fake: &Fake, workers: usize) {
    let file = events_file(env, 300);
    let out = env.run(&["event", "fire", "--file", &file, "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let ws: Vec<Child> = (0..workers).map(|_| worker(env, &["--concurrency", "4"])).collect();
    let deadline = Instant::now() + Duration::from_secs(90);
    while Instant::now() < deadline {
        let counts = env.json(&["event", "list", "--limit", "1000"]);
        if counts.as_array().unwrap().iter().all(|e| e["status"] == "succeeded") {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let results: Vec<(Option<i32>, String)> = ws.into_iter().map(stop).collect();
    for (code, err) in &results {
        assert_eq!(*code, Some(0), "a worker failed:\n{err}");
        assert!(!err.contains("locked"), "{err}");
    }
    let events = env.json(&["event", "list", "--limit", "1000"]);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 300);
    assert!(events.iter().all(|e| e["status"] == "succeeded"), "every event delivered");
    // Every step once: one idempotency key per step, and a repeat (a lease
    // taken over) only ever with the same key and the same body.
    let mut by_key: HashMap<String, HashSet<Vec<u8>>> = HashMap::new();
    for r in fake.requests() {
        let key = r.headers.get("idempotency-key").expect("an idempotency key").to_str().unwrap().to_string();
        by_key.entry(key).or_default().insert(r.body.clone());
    }
    assert_eq!(by_key.len(), 300, "one idempotency key per step");
    assert!(by_key.values().all(|b| b.len() == 1));
    let conversations: HashSet<Value> = fake.bodies().into_iter().map(|b| b["conversation"].clone()).collect();
    assert_eq!(conversations.len(), 300);
}

#[test]
fn two_workers_drain_one_queue_running_every_step_once() {
    drained_by(2);
}

#[test]
fn four_workers_drain_one_queue_running_every_step_once() {
    drained_by(4);
}

#[test]
fn a_worker_whose_store_becomes_read_only_exits_3_promptly() {
    use std::os::unix::fs::PermissionsExt;
    // A read-only SQLite file (a PostgreSQL server reports it on write).
    let (env, _fake) = env_with_sink_on(TestEnv::sqlite_with_env_key());
    let mut w = worker(&env, &["-v", "--heartbeat", "200ms"]);
    std::thread::sleep(Duration::from_millis(800));
    assert!(w.try_wait().unwrap().is_none(), "the worker runs");
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o400)).unwrap();
    let started = Instant::now();
    let code = loop {
        if let Some(s) = w.try_wait().unwrap() {
            break s.code();
        }
        assert!(started.elapsed() < Duration::from_secs(15), "the worker kept running on a read-only store");
        std::thread::sleep(Duration::from_millis(50));
    };
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut err = String::new();
    w.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("read-only"), "{err}");
    assert!(err.contains("heartbeat: 0 step runs"), "a heartbeat at -v: {err}");
}

#[test]
fn event_fire_file_queues_every_line_or_nothing() {
    let (env, fake) = env_with_sink();
    let bad = env.write(
        "bad.jsonl",
        "{\"type\": \"conversation_ended\", \"payload\": {\"conversation_id\": \"a\"}}\n{not json\n{\"type\": \"no_such_type\"}\n{\"type\": \"conversation_ended\", \"payload\": {}}\n",
    );
    let out = env.run(&["event", "fire", "--file", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    // Each bad line as file:line[:column].
    let f = bad.display().to_string();
    assert!(err.contains(&format!("{f}:2:2: ")) && err.contains(&format!("{f}:3: ")) && err.contains(&format!("{f}:4: ")), "{err}");
    assert!(!err.contains(&format!("{f}:1:")), "{err}");
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 0, "nothing queued from a bad file");

    let good = env.write(
        "good.jsonl",
        "{\"type\": \"conversation_ended\", \"payload\": {\"conversation_id\": \"a\"}, \"idempotency_key\": \"k1\"}\n\n{\"type\": \"conversation_ended\", \"payload\": {\"conversation_id\": \"b\"}}\n{\"type\": \"conversation_ended\", \"payload\": {\"conversation_id\": \"a\"}, \"idempotency_key\": \"k1\"}\n",
    );
    let out = env.run(&["event", "fire", "--file", good.to_str().unwrap(), "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((summary["events"].as_u64(), summary["queued"].as_u64(), summary["duplicates"].as_u64()), (Some(3), Some(2), Some(1)));
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 2);
    // From stdin too; then one drain delivers all three.
    let mut c = env.std_cmd();
    c.args(["event", "fire", "--file", "-"]).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"{\"type\": \"conversation_ended\", \"payload\": {\"conversation_id\": \"c\"}}\n").unwrap();
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    env.ok(&["queue", "process", "--until-empty"]);
    assert_eq!(fake.requests().len(), 3);
}
