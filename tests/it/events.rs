//! Events through the durable queue: chains with outputs passed between
//! steps, assistant override and org fallback, conditions, priority order,
//! stop versus continue, retries and dead letters, a killed worker, and the
//! sync log read while another process writes it.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;
use crate::common::FakeProvider as Fake;

const TEMPLATE: &str = r#"
id: chainfake
name: Chain fake
category: custom
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
  - {key: api_key, label: API key, secret: true, required: true}
base_url: "{{ base_url }}"
auth: {type: bearer, token: "{{ api_key }}"}
test: {method: GET, path: /me}
default_actions:
  conversation_ended: log_call
  low_score: log_call
actions:
  log_call:
    description: Log the call (Genesys-like); returns an interaction id.
    method: POST
    path: /calls
    idempotency_header: Idempotency-Key
    body: {conversation: "{{ event.conversation_id }}", summary: "{{ event.summary }}"}
    outputs: {interaction_id: interaction.id}
  create_job:
    description: Open a job (TechnologyOne-like) that references the interaction.
    method: POST
    path: /jobs
    idempotency_header: Idempotency-Key
    body: {interaction: "{{ steps.genesys.interaction_id }}", title: "Call {{ event.conversation_id }}"}
    outputs: {job_id: job.id}
  post_summary:
    description: Send the summary (Salesforce-like) with the job number.
    method: POST
    path: /summaries
    idempotency_header: Idempotency-Key
    body: {job: "{{ steps.techone.job_id }}", interaction: "{{ steps.genesys.interaction_id }}", text: "{{ event.summary }}"}
"#;


fn ok(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

fn env() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let dir = env.write("templates/chainfake.yaml", TEMPLATE).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.set("FAKE_KEY", CANARY);
    env.set("CRMCTL_RETRY_BASE", "50ms");
    env
}

fn add(env: &TestEnv, name: &str, fake: &Fake, extra: &[&str]) {
    let url = format!("base_url={}", fake.server.uri());
    let mut args = vec!["integration", "add", "chainfake", "--name", name, "--field", url.as_str(), "--secret", "api_key=env:FAKE_KEY"];
    args.extend(extra);
    env.ok(&args);
}

/// Seed 000's council chain: Genesys (10) -> TechnologyOne (20) -> Salesforce (30).
fn council_chain(env: &TestEnv) -> (Fake, Fake, Fake) {
    let (g, t, s) = (Fake::start(), Fake::start(), Fake::start());
    g.mount(Mock::given(method("POST")).and(path("/calls")).respond_with(ok(json!({"interaction": {"id": "gx-991"}}))));
    t.mount(Mock::given(method("POST")).and(path("/jobs")).respond_with(ok(json!({"job": {"id": 4711}}))));
    s.mount(Mock::given(method("POST")).and(path("/summaries")).respond_with(ok(json!({"ok": true}))));
    // Added out of order: priority decides.
    add(env, "salesforce", &s, &["--priority", "30", "--on", "conversation_ended:post_summary"]);
    add(env, "genesys", &g, &["--priority", "10", "--on", "conversation_ended"]);
    add(env, "techone", &t, &["--priority", "20", "--on", "conversation_ended:create_job"]);
    (g, t, s)
}

fn fire(env: &TestEnv, kind: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["event", "fire", kind, "--set", "conversation_id=conv-42", "--set", "summary=Missed bin collection"];
    args.extend(extra);
    env.run(&args)
}

#[test]
fn three_step_chain_passes_outputs_between_steps() {
    let env = env();
    let (g, t, s) = council_chain(&env);
    let out = fire(&env, "conversation_ended", &["--wait", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(g.bodies(), vec![json!({"conversation": "conv-42", "summary": "Missed bin collection"})]);
    assert_eq!(t.bodies(), vec![json!({"interaction": "gx-991", "title": "Call conv-42"})]);
    // A sole expression keeps its type: the job id stays a number.
    assert_eq!(s.bodies(), vec![json!({"job": 4711, "interaction": "gx-991", "text": "Missed bin collection"})]);
    // Bearer auth with the sealed key; an idempotency key per step.
    let req = &g.requests()[0];
    assert_eq!(req.headers.get("authorization").unwrap().to_str().unwrap(), format!("Bearer {CANARY}"));
    let keys: Vec<String> = [&g, &t, &s].iter().map(|f| f.requests()[0].headers.get("idempotency-key").unwrap().to_str().unwrap().to_string()).collect();
    assert_eq!(keys.iter().collect::<std::collections::HashSet<_>>().len(), 3);

    let events = env.json(&["event", "list"]);
    let event = env.json(&["event", "show", events[0]["id"].as_str().unwrap()]);
    assert_eq!(event["status"], "succeeded");
    let order: Vec<&str> = event["steps"].as_array().unwrap().iter().map(|s| s["integration"].as_str().unwrap()).collect();
    assert_eq!(order, ["genesys", "techone", "salesforce"]);
    assert_eq!(event["steps"][1]["outputs"]["job_id"], 4711);
    // Steps ran in order: each request after the previous one's.
    assert_no_canary(&env, &out, "a chain");
}

#[test]
fn dry_run_prints_the_plan_with_masked_requests_and_sends_nothing() {
    let env = env();
    let (g, t, s) = council_chain(&env);
    let out = fire(&env, "conversation_ended", &["--dry-run", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = plan["steps"].as_array().unwrap().iter().map(|s| s["integration"].as_str().unwrap()).collect();
    assert_eq!(names, ["genesys", "techone", "salesforce"]);
    assert_eq!(plan["steps"][0]["request"]["headers"]["Authorization"], "Bearer ****");
    assert_eq!(plan["steps"][1]["request"]["body"]["interaction"], "<genesys.log_call.interaction_id>");
    assert!(g.requests().is_empty() && t.requests().is_empty() && s.requests().is_empty());
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 0, "nothing queued");
    assert_no_canary(&env, &out, "a dry run");
}

#[test]
fn the_assistants_own_integrations_override_the_org_defaults() {
    let env = env();
    let (org_default, own) = (Fake::start(), Fake::start());
    for f in [&org_default, &own] {
        f.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "x"}}))));
    }
    env.ok(&["assistant", "add", "council-bot"]);
    env.ok(&["assistant", "add", "sales-bot"]);
    add(&env, "org-crm", &org_default, &["--on", "conversation_ended"]);
    add(&env, "bot-crm", &own, &["--on", "conversation_ended", "--assistant", "council-bot"]);

    assert!(fire(&env, "conversation_ended", &["--assistant", "council-bot", "--wait"]).status.success());
    assert_eq!((org_default.requests().len(), own.requests().len()), (0, 1), "the assistant's own integration, not the default");
    assert!(fire(&env, "conversation_ended", &["--assistant", "sales-bot", "--wait"]).status.success());
    assert_eq!((org_default.requests().len(), own.requests().len()), (1, 1), "no own integrations: the org default");
    assert!(fire(&env, "conversation_ended", &["--wait"]).status.success());
    assert_eq!(org_default.requests().len(), 2);

    env.ok(&["assistant", "add", "quiet-bot", "--integrations-disabled"]);
    let out = fire(&env, "conversation_ended", &["--assistant", "quiet-bot", "-o", "json"]);
    let fired: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fired["steps"], 0);
    assert_eq!(fired["status"], "skipped");
}

#[test]
fn conditions_decide_whether_an_integration_runs() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "x"}}))));
    add(&env, "alerts", &fake, &["--on", "low_score", "--when", "event.score < 3"]);
    assert!(fire(&env, "low_score", &["--set", "score=4", "--wait"]).status.success());
    assert_eq!(fake.requests().len(), 0, "score 4: condition does not hold");
    assert!(fire(&env, "low_score", &["--set", "score=2", "--wait"]).status.success());
    assert_eq!(fake.requests().len(), 1);
    let bad = env.run(&["integration", "edit", "alerts", "--when", "event.score <"]);
    assert_eq!(bad.status.code(), Some(2), "a condition that does not parse is refused");
}

#[test]
fn a_failed_step_stops_the_chain_or_lets_it_continue() {
    for (on_failure, expect_third) in [("stop", 0), ("continue", 1)] {
        let env = env();
        let (a, b, c) = (Fake::start(), Fake::start(), Fake::start());
        a.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
        b.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": "bad"}))));
        c.mount(Mock::given(method("POST")).respond_with(ok(json!({}))));
        add(&env, "first", &a, &["--priority", "1", "--on", "conversation_ended"]);
        add(&env, "second", &b, &["--priority", "2", "--on", "conversation_ended", "--on-failure", on_failure]);
        add(&env, "third", &c, &["--priority", "3", "--on", "conversation_ended"]);
        let out = fire(&env, "conversation_ended", &["--wait", "-o", "json"]);
        assert_eq!(out.status.code(), Some(1), "a failed step fails the event");
        assert_eq!(c.requests().len(), expect_third, "on_failure {on_failure}");
        let events = env.json(&["event", "list"]);
        let e = env.json(&["event", "show", events[0]["id"].as_str().unwrap()]);
        assert_eq!(e["status"], "partial");
        assert_eq!(e["steps"][1]["status"], "failed");
        assert_eq!(e["steps"][1]["attempts"], 1, "a 400 is not retried");
        assert_eq!(e["steps"][2]["status"], if on_failure == "stop" { "skipped" } else { "succeeded" });
    }
}

#[test]
fn idempotency_key_stores_an_event_once() {
    let env = env();
    let fake = Fake::start();
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let first: Value = serde_json::from_slice(&fire(&env, "conversation_ended", &["--idempotency-key", "call-1", "-o", "json"]).stdout).unwrap();
    let again: Value = serde_json::from_slice(&fire(&env, "conversation_ended", &["--idempotency-key", "call-1", "-o", "json"]).stdout).unwrap();
    assert_eq!(first["event_id"], again["event_id"]);
    assert_eq!(again["duplicate"], true);
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["queue", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn retry_after_on_429_is_honoured_then_the_step_succeeds() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1")).up_to_n_times(1));
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let started = Instant::now();
    assert!(fire(&env, "conversation_ended", &["--wait"]).status.success());
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert!(started.elapsed() >= Duration::from_millis(900), "waited the Retry-After");
    assert_eq!(reqs[0].headers.get("idempotency-key"), reqs[1].headers.get("idempotency-key"), "a retry sends the same idempotency key");
}

#[test]
fn server_errors_and_timeouts_are_retried_with_backoff() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).up_to_n_times(1));
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({})).set_delay(Duration::from_secs(3))).up_to_n_times(1));
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let out = fire(&env, "conversation_ended", &["--wait", "--timeout", "1s", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["steps"][0]["attempts"], 3);
    assert_eq!(e["steps"][0]["status"], "succeeded");
}

#[test]
fn malformed_json_is_reported_not_retried_and_never_panics() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(200).set_body_raw(b"{\"interaction\": {\"id\": ", "application/json")));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let out = fire(&env, "conversation_ended", &["--wait", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["steps"][0]["status"], "failed");
    assert_eq!(e["steps"][0]["last_error_class"], "unexpected_response");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn connection_resets_are_retried() {
    // A listener that accepts and drops the first connection, then serves.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        let mut served = 0;
        for stream in listener.incoming() {
            let mut s = stream.unwrap();
            served += 1;
            if served == 1 {
                drop(s); // reset: no response at all
                continue;
            }
            let mut buf = [0u8; 4096];
            let _ = std::io::Read::read(&mut s, &mut buf);
            let body = r#"{"interaction": {"id": "after-reset"}}"#;
            let _ = std::io::Write::write_all(&mut s, format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len()).as_bytes());
            return served;
        }
        served
    });
    let env = env();
    let url = format!("base_url=http://127.0.0.1:{port}");
    env.ok(&["integration", "add", "chainfake", "--name", "crm", "--field", &url, "--secret", "api_key=env:FAKE_KEY", "--on", "conversation_ended"]);
    let out = fire(&env, "conversation_ended", &["--wait", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["steps"][0]["outputs"]["interaction_id"], "after-reset");
    assert_eq!(server.join().unwrap(), 2);
}

#[test]
fn dead_lettered_after_the_maximum_attempts_then_retried_by_hand() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).up_to_n_times(3));
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let out = fire(&env, "conversation_ended", &["--wait", "--max-attempts", "3"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fake.requests().len(), 3);
    let dead = env.json(&["queue", "list", "--dead"]);
    assert_eq!(dead.as_array().unwrap().len(), 1);
    assert_eq!(dead[0]["last_error_class"], "server");
    env.ok(&["queue", "retry", "--all-dead"]);
    env.ok(&["queue", "process", "--until-empty"]);
    assert_eq!(env.json(&["queue", "list", "--dead"]).as_array().unwrap().len(), 0);
    assert_eq!(env.json(&["event", "list"])[0]["status"], "succeeded");
    env.ok(&["queue", "purge", "--finished", "--yes"]);
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn a_worker_killed_mid_chain_loses_nothing_and_delivers_nothing_twice() {
    let env = env();
    let (g, t, s) = (Fake::start(), Fake::start(), Fake::start());
    g.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "gx"}}))));
    // The second step is slow: the worker is killed while it runs.
    t.mount(Mock::given(method("POST")).respond_with(ok(json!({"job": {"id": 7}})).set_delay(Duration::from_millis(1500))));
    s.mount(Mock::given(method("POST")).respond_with(ok(json!({}))));
    add(&env, "genesys", &g, &["--priority", "10", "--on", "conversation_ended"]);
    add(&env, "techone", &t, &["--priority", "20", "--on", "conversation_ended:create_job"]);
    add(&env, "salesforce", &s, &["--priority", "30", "--on", "conversation_ended:post_summary"]);
    for n in 0..3 {
        assert!(fire(&env, "conversation_ended", &["--set", &format!("conversation_id=c{n}")]).status.success());
    }
    let mut worker = env.std_cmd().args(["worker", "--lease", "1s", "--concurrency", "2"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // Wait until the slow step is in flight, then SIGKILL.
    let deadline = Instant::now() + Duration::from_secs(20);
    while t.requests().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!t.requests().is_empty(), "the worker reached the second step");
    worker.kill().unwrap();
    worker.wait().unwrap();
    // A worker records finished steps in group commits: a step whose request
    // went out but whose outcome was not yet committed when the process died
    // is sent again (with the same idempotency key); one recorded as
    // succeeded never is.
    let recorded = |name: &str| -> usize {
        store_db(&env)
            .query_row("SELECT COUNT(*) FROM steps WHERE integration_name = ?1 AND status = 'succeeded'", [name], |r| r.get::<i64>(0))
            .unwrap() as usize
    };
    let (g_sent, g_recorded) = (g.requests().len(), recorded("genesys"));
    let (s_sent, s_recorded) = (s.requests().len(), recorded("salesforce"));
    let running = env.json(&["queue", "list", "--status", "running"]);
    assert!(!running.as_array().unwrap().is_empty(), "the killed worker left a leased step");

    // A new worker picks up everything, including the expired lease.
    let out = env.run(&["queue", "process", "--until-empty", "--lease", "1s"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for e in env.json(&["event", "list"]).as_array().unwrap() {
        assert_eq!(e["status"], "succeeded", "{e}");
    }
    // Every step delivered; where a step was sent again after the kill, the
    // fake sees the same idempotency key, so it can tell.
    for (fake, name) in [(&g, "genesys"), (&t, "techone"), (&s, "salesforce")] {
        let keys: std::collections::HashSet<String> =
            fake.requests().iter().map(|r| r.headers.get("idempotency-key").unwrap().to_str().unwrap().to_string()).collect();
        assert_eq!(keys.len(), 3, "{name}: one distinct delivery per event");
    }
    assert_eq!(g.requests().len(), 3 + g_sent - g_recorded, "steps recorded before the kill are not sent again");
    assert_eq!(s.requests().len(), 3 + s_sent - s_recorded, "steps recorded before the kill are not sent again");
}

#[test]
fn worker_stops_cleanly_on_sigterm() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let mut worker = env.std_cmd().args(["worker", "--poll", "50ms"]).stderr(Stdio::piped()).stdout(Stdio::null()).spawn().unwrap();
    assert!(fire(&env, "conversation_ended", &[]).status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    while fake.requests().is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(fake.requests().len(), 1, "the worker ran the queued step");
    let status = std::process::Command::new("kill").args(["-TERM", &worker.id().to_string()]).status().unwrap();
    assert!(status.success());
    let code = worker.wait().unwrap();
    assert!(code.success(), "exits 0 after SIGTERM: {code:?}");
}

#[test]
fn logs_tail_follow_sees_rows_written_by_another_process() {
    let env = env();
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    add(&env, "crm", &fake, &["--on", "conversation_ended"]);
    let mut follower = env.std_cmd().args(["logs", "tail", "--follow", "--poll", "50ms", "-o", "json"]).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let stdout = follower.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    assert!(fire(&env, "conversation_ended", &["--wait"]).status.success());
    let line = rx.recv_timeout(Duration::from_secs(10)).expect("the follower printed the new row");
    follower.kill().unwrap();
    let _ = follower.wait();
    let row: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(row["kind"], "step");
    assert_eq!(row["event_type"], "conversation_ended");
    assert_eq!(row["integration"], "crm");
    assert!(!line.contains(CANARY));
}

#[test]
fn logs_filters_and_show() {
    let env = env();
    let (ok_fake, bad_fake) = (Fake::start(), Fake::start());
    ok_fake.mount(Mock::given(method("POST")).respond_with(ok(json!({"interaction": {"id": "i"}}))));
    bad_fake.mount(Mock::given(method("POST")).respond_with(ResponseTemplate::new(401)));
    add(&env, "good", &ok_fake, &["--on", "conversation_ended"]);
    add(&env, "bad", &bad_fake, &["--on", "conversation_ended"]);
    let _ = fire(&env, "conversation_ended", &["--wait"]);
    let failures = env.json(&["logs", "tail", "--status", "failure"]);
    assert_eq!(failures.as_array().unwrap().len(), 1);
    assert_eq!(failures[0]["integration"], "bad");
    assert_eq!(failures[0]["error_class"], "auth");
    let only_good = env.json(&["logs", "tail", "--integration", "good", "--since", "1h"]);
    assert_eq!(only_good.as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["logs", "tail", "--since", "2099-01-01T00:00:00Z"]).as_array().unwrap().len(), 0);
    let id = failures[0]["id"].as_str().unwrap();
    let shown = env.run(&["logs", "show", id, "-o", "json"]);
    let v: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(v["detail"]["exchange"]["exchanges"][0]["request"]["headers"]["Authorization"], "Bearer ****");
    assert_no_canary(&env, &shown, "logs show");
    let all = env.run(&["logs", "tail", "-o", "json", "--limit", "100"]);
    assert_no_canary(&env, &all, "logs tail");
    let stats = env.json(&["stats"]);
    assert_eq!(stats["integrations"]["total"], 2);
    assert_eq!(stats["events_by_status"]["partial"], 1);
    assert_eq!(stats["syncs_last_24h"], 2);
    assert_eq!(stats["failures_last_7d"], 1);
}

#[test]
fn invalid_events_are_refused_listing_what_is_valid() {
    let env = env();
    let out = env.run(&["event", "fire", "call_ended"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("conversation_ended, contact_request, escalation, kb_sync, low_score"), "{err}");
    let out = env.run(&["event", "fire", "escalation", "--set", "conversation_id=c"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`reason` is required"));
    assert_eq!(env.json(&["event", "list"]).as_array().unwrap().len(), 0, "nothing queued");
    // A custom type is valid once an integration subscribes to it.
    let fake = Fake::start();
    add(&env, "crm", &fake, &["--on", "payment_failed:log_call"]);
    assert!(env.json(&["event", "types"]).as_array().unwrap().iter().any(|t| t["name"] == "payment_failed"));
    assert!(env.run(&["event", "fire", "payment_failed", "--set", "conversation_id=c", "--set", "summary=s"]).status.success());
}
