//! `crmctl send`: one action of one integration, rendered from the template
//! with a payload; dry runs mask secrets and send nothing.

use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;
use crate::common::FakeProvider as Fake;

const TEMPLATE: &str = r#"
id: fakecrm
name: Fake CRM
category: crm
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
  - {key: api_key, label: API key, secret: true, required: true}
base_url: "{{ base_url }}"
headers:
  X-Client: crmctl-tests
auth: {type: api_key, in: header, name: X-Api-Key, value: "{{ api_key }}"}
test: {method: GET, path: /me}
actions:
  log_call:
    description: Log a call.
    method: POST
    path: /calls
    idempotency_header: Idempotency-Key
    omit_empty: true
    body:
      phone: "{{ event.caller.phone }}"
      email: "{{ event.caller.email | default('', true) }}"
      minutes: "{{ event.duration_seconds // 60 }}"
      note: "Call {{ event.conversation_id }}: {{ event.summary }}"
    outputs:
      interaction_id: data.interaction.id
  ping:
    description: Post a message; the provider says ok false on errors.
    method: POST
    path: /ping
    expect:
      status: [200]
      body:
        - {path: ok, equals: true, message: "the provider answered ok false"}
"#;


fn setup() -> (TestEnv, Fake) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    let mut env = TestEnv::with_env_key();
    let dir = env.write("templates/fakecrm.yaml", TEMPLATE).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.set("FAKE_KEY", CANARY);
    env.ok(&["integration", "add", "fakecrm", "--name", "crm", "--field", &format!("base_url={}", server.uri()), "--secret", "api_key=env:FAKE_KEY"]);
    env.write(
        "payload.json",
        &json!({"conversation_id": "conv-1", "summary": "Bin not collected", "duration_seconds": 185,
                "caller": {"name": "Ann", "phone": "+61400000000", "email": null}}).to_string(),
    );
    (env, Fake { rt, server })
}

#[test]
fn dry_run_prints_the_rendered_request_with_secrets_masked_and_sends_nothing() {
    let (env, fake) = setup();
    let payload = env.path("payload.json");
    let out = env.run(&["send", "crm", "log_call", "--payload", payload.to_str().unwrap(), "--set", "caller.phone=+61411111111", "--dry-run", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["method"], "POST");
    assert!(v["url"].as_str().unwrap().ends_with("/calls"));
    let headers: Vec<(String, String)> = serde_json::from_value(v["headers"].clone()).unwrap();
    assert!(headers.contains(&("X-Api-Key".into(), "****".into())), "{headers:?}");
    assert!(headers.contains(&("X-Client".into(), "crmctl-tests".into())));
    assert!(headers.iter().any(|(k, _)| k == "Idempotency-Key"));
    // --set overrides the payload; a sole expression keeps its type; empty values are omitted.
    assert_eq!(v["body"], json!({"phone": "+61411111111", "minutes": 3, "note": "Call conv-1: Bin not collected"}));
    assert!(fake.rt.block_on(fake.server.received_requests()).unwrap().is_empty(), "a dry run sends nothing");
    assert_no_canary(&env, &out, "send --dry-run");
}

#[test]
fn send_delivers_reads_outputs_and_logs() {
    let (env, fake) = setup();
    fake.rt.block_on(
        Mock::given(method("POST"))
            .and(path("/calls"))
            .and(header("x-api-key", CANARY))
            .and(header_exists("idempotency-key"))
            .and(body_partial_json(json!({"phone": "+61400000000", "minutes": 3})))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({"data": {"interaction": {"id": "ix-77"}}})))
            .expect(1)
            .mount(&fake.server),
    );
    let payload = env.path("payload.json");
    let out = env.run(&["send", "crm", "log_call", "--payload", payload.to_str().unwrap(), "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(v["http_status"], 201);
    assert_eq!(v["outputs"]["interaction_id"], "ix-77");
    fake.rt.block_on(fake.server.verify());
    let conn = store_db(&env);
    let (kind, status, detail): (String, String, String) =
        conn.query_row("SELECT kind, status, detail FROM sync_logs", (), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    assert_eq!((kind.as_str(), status.as_str()), ("action", "success"));
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["exchanges"][0]["request"]["headers"]["X-Api-Key"], "****");
    assert_no_canary(&env, &out, "send");
}

#[test]
fn payload_from_stdin() {
    let (env, fake) = setup();
    fake.rt.block_on(
        Mock::given(method("POST"))
            .and(path("/calls"))
            .and(body_partial_json(json!({"phone": "+1555"})))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
            .expect(1)
            .mount(&fake.server),
    );
    let out = env
        .cmd()
        .args(["send", "crm", "log_call", "--payload", "-"])
        .write_stdin(json!({"conversation_id": "c", "summary": "s", "duration_seconds": 60, "caller": {"phone": "+1555"}}).to_string())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    fake.rt.block_on(fake.server.verify());
}

#[test]
fn a_body_rule_failure_is_a_failed_send() {
    let (env, fake) = setup();
    fake.rt.block_on(
        Mock::given(method("POST")).and(path("/ping")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": false, "error": "channel_not_found"}))).mount(&fake.server),
    );
    let out = env.run(&["send", "crm", "ping", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["failure"]["class"], "unexpected_response");
    assert_eq!(v["failure"]["hint"], "the provider answered ok false");
    let conn = store_db(&env);
    let status: String = conn.query_row("SELECT status FROM sync_logs", (), |r| r.get(0)).unwrap();
    assert_eq!(status, "failure");
}

#[test]
fn a_missing_payload_value_is_a_clear_error_before_anything_is_sent() {
    let (env, fake) = setup();
    let out = env.run(&["send", "crm", "log_call", "--set", "summary=x"]);
    assert_eq!(out.status.code(), Some(2), "a payload that does not fit is an input error");
    let err = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("undefined") || err.contains("caller"), "{err}");
    assert!(fake.rt.block_on(fake.server.received_requests()).unwrap().is_empty());
}

#[test]
fn unknown_action_lists_the_actions() {
    let (env, _fake) = setup();
    let out = env.run(&["send", "crm", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("log_call, ping"), "{err}");
}

#[test]
fn malformed_payload_names_line_and_column() {
    let (env, _fake) = setup();
    let bad = env.write("bad.json", "{\n  \"summary\": oops\n}");
    let out = env.run(&["send", "crm", "log_call", "--payload", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.json:2:"), "{err}");
}
