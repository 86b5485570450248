//! Seed 003's "Sync Now": `crmctl sync NAME` on an n8n integration POSTs
//! the workflow's Webhook trigger with a fresh sync-log id, and the push the
//! workflow then sends to a running `crmctl serve` with that id lands in the
//! same sync-log row. The fake n8n (wiremock) pushes to the real `serve`
//! when it is triggered, as the workflow would.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;
use crate::webhook::Server;

const HOOK_KEY: &str = "whk_n8n_push_key_0123456789abcdef";

/// When the fake workflow pushes: before its trigger answers (an n8n Webhook
/// node set to respond when the last node finishes), or after.
#[derive(Clone, Copy)]
enum Mode {
    PushThenAnswer,
    AnswerThenPush,
}

/// The fake workflow: reads the trigger, pushes seed 003's body to `serve`
/// with the trigger's sync_log_id, and keeps what it got and what serve said.
struct Workflow {
    serve: String,
    mode: Mode,
    seen: Arc<Mutex<Vec<(Value, u16, Value)>>>,
}

fn push(serve: &str, trigger: &Value) -> (u16, Value) {
    let body = json!({
        "integration_id": trigger["integration_id"],
        "sync_log_id": trigger["sync_log_id"],
        "data_type": trigger["data_type"],
        "source_type": "zoho_crm",
        "api_key": HOOK_KEY,
        "records": [
            {"id": "z1", "email": "ann@acme.com", "first_name": "Ann", "last_name": "Lee"},
            {"id": "z2", "email": "bo@acme.com", "first_name": "Bo", "last_name": "Chen"},
            {"id": "z3", "nothing": "maps"}
        ],
    });
    let url = format!("{serve}/webhooks/{}", trigger["integration"].as_str().unwrap_or_default());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let resp = reqwest::Client::new().post(url).json(&body).send().await.unwrap();
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    })
}

impl Respond for Workflow {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let trigger: Value = serde_json::from_slice(&req.body).unwrap_or(Value::Null);
        let (serve, seen, mode) = (self.serve.clone(), self.seen.clone(), self.mode);
        let work = std::thread::spawn(move || {
            if let Mode::AnswerThenPush = mode {
                std::thread::sleep(Duration::from_millis(300));
            }
            let (status, answer) = push(&serve, &trigger);
            seen.lock().unwrap().push((trigger, status, answer));
        });
        if let Mode::PushThenAnswer = self.mode {
            work.join().unwrap();
        }
        ResponseTemplate::new(200).set_body_json(json!({"message": "Workflow was started"}))
    }
}

fn fake_n8n() -> Fake {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    Fake { rt, server }
}

/// An n8n integration `name` whose trigger is /webhook/zoho on `fake`, with
/// the canary as its Header Auth value and a webhook key for `serve`.
fn add(env: &mut TestEnv, fake: &Fake, name: &str) {
    env.set("N8N_AUTH", CANARY);
    env.ok(&[
        "integration", "add", "n8n", "--name", name, "--field", &format!("n8n_url={}", fake.server.uri()),
        "--field", "webhook_path=/webhook/zoho", "--field", "source_type=zoho_crm", "--field", "auth_header=X-N8N-Auth",
        "--secret", "auth_value=env:N8N_AUTH",
    ]);
    env.set("HOOK_KEY", HOOK_KEY);
    env.ok(&["webhook", "key", name, "--from", "env:HOOK_KEY"]);
}

fn row(env: &TestEnv, id: &str) -> (String, i64, i64, i64, i64, Option<String>) {
    let db = store_db(&env);
    db.query_row("SELECT status, processed, created, updated, failed, error_class FROM sync_logs WHERE id = ?1", [id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
    })
    .unwrap()
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env).query_row(sql, (), |r| r.get(0)).unwrap()
}

#[test]
fn sync_now_triggers_the_workflow_and_its_push_lands_in_the_same_row() {
    let fake = fake_n8n();
    let mut env = TestEnv::with_env_key();
    add(&mut env, &fake, "zoho");
    let serve = Server::start(&env, &[]);
    let seen = Arc::new(Mutex::new(Vec::new()));
    fake.mount(
        Mock::given(method("POST"))
            .and(path("/webhook/zoho"))
            .and(header("X-N8N-Auth", CANARY))
            .respond_with(Workflow { serve: serve.url().to_string(), mode: Mode::PushThenAnswer, seen: seen.clone() }),
    );
    let out = env.run(&["sync", "zoho", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_no_canary(&env, &out, "sync of an n8n integration");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = v["sync_log_id"].as_str().unwrap().to_string();

    // The trigger: seed 003's fields, with the id of the row crmctl wrote.
    let bodies = fake.bodies_at("POST", "/webhook/zoho");
    assert_eq!(bodies.len(), 1);
    let integration_id = count(&env, "SELECT COUNT(*) FROM integrations WHERE name = 'zoho'");
    assert_eq!(integration_id, 1);
    assert_eq!(bodies[0]["sync_log_id"], id);
    assert_eq!(bodies[0]["integration"], "zoho");
    assert_eq!(bodies[0]["data_type"], "contacts");
    assert_eq!(bodies[0]["source_type"], "zoho_crm");
    assert_eq!(bodies[0]["full"], false);

    // The push, answered in the seed's shape, updated that row.
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    let (_, status, answer) = &seen[0];
    assert_eq!(*status, 200, "{answer}");
    assert_eq!(answer["success"], true);
    assert_eq!(answer["stats"], json!({"processed": 3, "created": 2, "updated": 0, "failed": 1}));
    assert_eq!(answer["sync_log_id"], id);
    assert_eq!(row(&env, &id), ("partial".into(), 3, 2, 0, 1, None));
    assert_eq!((v["status"].as_str(), v["processed"].as_i64()), (Some("partial"), Some(3)), "sync reports what the push did: {v}");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM sync_logs WHERE integration_name = 'zoho'"), 1, "one row, not one per push");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM records"), 2);
    let logs = env.json(&["logs", "tail", "--integration", "zoho"]);
    assert_eq!(logs.as_array().unwrap().len(), 1);
    drop(serve);
}

#[test]
fn a_push_after_the_trigger_answered_still_lands_in_the_row() {
    let fake = fake_n8n();
    let mut env = TestEnv::with_env_key();
    add(&mut env, &fake, "later");
    let serve = Server::start(&env, &[]);
    let seen = Arc::new(Mutex::new(Vec::new()));
    fake.mount(Mock::given(method("POST")).and(path("/webhook/zoho")).respond_with(Workflow { serve: serve.url().to_string(), mode: Mode::AnswerThenPush, seen: seen.clone() }));
    let v = env.json(&["sync", "later"]);
    let id = v["sync_log_id"].as_str().unwrap().to_string();
    assert_eq!(v["status"], "awaiting_push", "the workflow has not pushed yet: {v}");
    assert_eq!(row(&env, &id).1, 0);
    let deadline = Instant::now() + Duration::from_secs(20);
    while row(&env, &id).1 == 0 {
        assert!(Instant::now() < deadline, "the push never landed in row {id}");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(row(&env, &id), ("partial".into(), 3, 2, 0, 1, None));
    assert_eq!(count(&env, "SELECT COUNT(*) FROM sync_logs"), 1);
}

#[test]
fn a_failed_trigger_marks_the_row_failed_and_a_dry_run_sends_nothing() {
    let fake = fake_n8n();
    let mut env = TestEnv::with_env_key();
    add(&mut env, &fake, "zoho");
    fake.mount(Mock::given(method("POST")).and(path("/webhook/zoho")).respond_with(ResponseTemplate::new(404).set_body_json(json!({"code": 404, "message": "The requested webhook \"zoho\" is not registered."}))));

    let out = env.run(&["sync", "zoho", "--dry-run"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Dry run: would POST"), "{}", transcript(&out));
    assert!(fake.requests().is_empty(), "a dry run sends nothing");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM sync_logs"), 0, "and writes nothing");

    let out = env.run(&["sync", "zoho"]);
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the workflow's trigger failed") && err.contains("404"), "{err}");
    assert_no_canary(&env, &out, "a failed trigger");
    let id: String = store_db(&env).query_row("SELECT id FROM sync_logs", (), |r| r.get(0)).unwrap();
    assert_eq!(row(&env, &id), ("failure".into(), 1, 0, 0, 1, Some("trigger_failed".into())));

    // A disabled integration is not triggered: serve would refuse its push.
    env.ok(&["integration", "disable", "zoho"]);
    let out = env.run(&["sync", "zoho"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert_eq!(fake.requests().len(), 1);
}

#[test]
fn n8n_integrations_need_a_plan_with_webhooks() {
    let fake = fake_n8n();
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "plan", "set", "default", "STARTER"]);
    env.set("N8N_AUTH", CANARY);
    let out = env.run(&["integration", "add", "n8n", "--name", "zoho", "--field", &format!("n8n_url={}", fake.server.uri()), "--field", "webhook_path=/webhook/zoho"]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not include database/API/webhook integrations (n8n is webhook)"), "{}", transcript(&out));
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 0);
    env.ok(&["org", "plan", "set", "default", "PRO_PLUS"]);
    add(&mut env, &fake, "zoho");
}
