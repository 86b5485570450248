//! `crmctl test`: every failure class produced by a fake provider (real
//! HTTP over loopback), with its hint; verdicts stored and logged; canary
//! secrets absent from every verdict and log row.

use std::time::Duration;

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;
use crate::common::FakeProvider as Fake;


fn me_ok() -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("X-Rate-Limit", "700")
        .insert_header("X-Rate-Limit-Remaining", "699")
        .set_body_json(json!({"user": {"id": 42, "name": "Ops Bot", "email": "ops@acme.com", "role": "admin"}}))
}

/// A store with a Zendesk integration `zd` pointed at `base`, whose token
/// is the canary.
fn env_with_zendesk(base: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    env.ok(&[
        "integration", "add", "zendesk", "--name", "zd", "--base-url", base,
        "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", "api_token=env:ZD_TOKEN",
    ]);
    env
}

fn verdict(env: &TestEnv, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["test", "zd", "-o", "json"];
    args.extend(extra);
    let out = env.run(&args);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (v[0].clone(), out)
}

fn assert_class(v: &Value, out: &std::process::Output, class: &str, hint_part: &str) {
    assert_eq!(out.status.code(), Some(1), "a failed test exits 1: {v}");
    assert_eq!(v["ok"], false);
    assert_eq!(v["class"], class, "{v}");
    let hint = v["hint"].as_str().unwrap_or_default();
    assert!(hint.contains(hint_part), "hint for {class} should mention '{hint_part}': {hint}");
}

#[test]
fn ok_shows_account_details_latency_and_rate_limits() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/users/me")).respond_with(me_ok()));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert!(out.status.success(), "{v}");
    assert_eq!(v["ok"], true);
    assert_eq!(v["class"], Value::Null);
    assert_eq!(v["http_status"], 200);
    assert_eq!(v["account"]["email"], "ops@acme.com");
    assert_eq!(v["account"]["name"], "Ops Bot");
    assert_eq!(v["rate_limit"]["remaining"], "699");
    assert!(v["latency_ms"].is_u64());
    // Basic auth with "{email}/token" as the user name, as Zendesk documents.
    let req = &fake.requests()[0];
    let auth = req.headers.get("authorization").unwrap().to_str().unwrap();
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD.decode(auth.trim_start_matches("Basic ")).unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), format!("ops@acme.com/token:{CANARY}"));
    assert_no_canary(&env, &out, "a passing test");
}

#[test]
fn verdict_is_stored_and_logged() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "Couldn't authenticate you"}))));
    let env = env_with_zendesk(&fake.url());
    let (_, out) = verdict(&env, &[]);
    assert_eq!(out.status.code(), Some(1));
    let list = env.json(&["integration", "list"]);
    assert_eq!(list[0]["last_test_status"], "failed: auth");
    assert!(list[0]["last_test_at"].is_string());
    let conn = store_db(&env);
    let (kind, status, class, http, detail): (String, String, String, i64, String) = conn
        .query_row("SELECT kind, status, error_class, http_status, detail FROM sync_logs", (), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap();
    assert_eq!((kind.as_str(), status.as_str(), class.as_str(), http), ("test", "failure", "auth", 401));
    let detail: Value = serde_json::from_str(&detail).unwrap();
    let auth = &detail["exchanges"][0]["request"]["headers"]["Authorization"];
    assert_eq!(auth, "Basic ****", "auth headers are redacted in the log");
    assert!(!detail.to_string().contains(CANARY));
    assert_no_canary(&env, &out, "a failing test");
}

#[test]
fn auth_401() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(401)));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "auth", "API token");
    assert_eq!(v["http_status"], 401);
}

#[test]
fn permission_403() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(403).set_body_json(json!({"error": "Forbidden"}))));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "permission", "scope");
}

#[test]
fn not_found_404_names_the_base_url_fields() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(404)));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "not_found", "subdomain 'acme'");
}

#[test]
fn rate_limited_429_reports_retry_after() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "37")));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "rate_limited", "37s");
    assert_eq!(v["retry_after_s"], 37);
}

#[test]
fn server_5xx() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(503)));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "server", "provider");
    assert_eq!(v["http_status"], 503);
}

#[test]
fn timeout_is_its_own_class() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(me_ok().set_delay(Duration::from_secs(5))));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &["--timeout", "500ms"]);
    assert_class(&v, &out, "timeout", "--timeout");
}

#[test]
fn unexpected_response_when_a_body_rule_fails() {
    // Zendesk answers 200 with an anonymous user (no id, no email) when the
    // credentials are wrong on some paths: a 200 alone proves nothing.
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": {"id": null, "name": "Anonymous user"}}))));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_eq!(v["class"], "unexpected_response", "{v}");
    assert!(v["message"].as_str().unwrap().contains("user.id"), "{v}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unexpected_response_when_the_body_is_not_json() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_string("<html>Sign in</html>")));
    let env = env_with_zendesk(&fake.url());
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "unexpected_response", "base URL");
}

#[test]
fn connect_refused() {
    let env = env_with_zendesk("http://127.0.0.1:9");
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "connect", "127.0.0.1");
}

#[test]
fn dns_failure() {
    let env = env_with_zendesk("https://acme-does-not-exist.invalid");
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "dns", "does not resolve");
}

#[test]
fn tls_failure_against_a_plain_http_port() {
    let fake = Fake::start();
    let https = fake.url().replace("http://", "https://");
    let env = env_with_zendesk(&https);
    let (v, out) = verdict(&env, &[]);
    assert_class(&v, &out, "tls", "TLS");
}

#[test]
fn config_failure_when_the_template_cannot_render() {
    let mut env = TestEnv::with_env_key();
    let dir = env.path("templates");
    env.write(
        "templates/broken.yaml",
        "id: broken\nname: Broken\ncategory: custom\nfields:\n  - {key: token, label: Token, secret: true}\n  - {key: base, label: Base, type: url, required: true}\nbase_url: \"{{ base }}\"\nauth: {type: bearer, token: \"{{ token }}\"}\ntest: {method: GET, path: /me}\n",
    );
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    // The optional secret is not set, so the auth header cannot render.
    env.ok(&["integration", "add", "broken", "--name", "b", "--field", "base=http://127.0.0.1:9"]);
    let out = env.run(&["test", "b", "-o", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["class"], "config", "{v}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn all_runs_concurrently_and_reports_each() {
    let good = Fake::start();
    good.mount(Mock::given(method("GET")).respond_with(me_ok().set_delay(Duration::from_millis(300))));
    let env = env_with_zendesk(&good.url());
    for i in 0..5 {
        env.ok(&[
            "integration", "add", "zendesk", "--name", &format!("zd-{i}"), "--base-url", &good.url(),
            "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", "api_token=env:ZD_TOKEN",
        ]);
    }
    env.ok(&["integration", "disable", "zd-4"]);
    let started = std::time::Instant::now();
    let out = env.run(&["test", "--all", "--concurrency", "8", "-o", "json"]);
    let elapsed = started.elapsed();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 5, "disabled integrations are skipped: {v}");
    assert!(v.as_array().unwrap().iter().all(|x| x["ok"] == true));
    // Five 300 ms requests at once, not one after another.
    assert!(elapsed < Duration::from_millis(1400), "took {elapsed:?}");
    let with_disabled = env.json(&["test", "--all", "--include-disabled"]);
    assert_eq!(with_disabled.as_array().unwrap().len(), 6);
}

#[test]
fn add_with_test_refuses_a_failing_configuration_unless_forced() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(401)));
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    let args = [
        "integration", "add", "zendesk", "--name", "zd", "--base-url", &fake.url(),
        "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", "api_token=env:ZD_TOKEN", "--test",
    ];
    let out = env.run(&args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("was not saved"));
    assert_eq!(env.json(&["integration", "list"]).as_array().unwrap().len(), 0);
    assert_no_canary(&env, &out, "add --test refused");

    let mut forced = args.to_vec();
    forced.push("--force");
    let out = env.run(&forced);
    assert!(out.status.success());
    let list = env.json(&["integration", "list"]);
    assert_eq!(list[0]["last_test_status"], "failed: auth");
}

#[test]
fn add_with_test_saves_a_working_configuration_with_its_verdict() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(header("accept", "application/json")).respond_with(me_ok()));
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    env.ok(&[
        "integration", "add", "zendesk", "--name", "zd", "--base-url", &fake.url(),
        "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", "api_token=env:ZD_TOKEN", "--test",
    ]);
    assert_eq!(env.json(&["integration", "list"])[0]["last_test_status"], "ok");
}

#[test]
fn provider_flag_tests_without_saving() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(me_ok()));
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    let out = env.run(&[
        "test", "--provider", "zendesk", "--base-url", &fake.url(), "--field", "subdomain=acme",
        "--field", "email=ops@acme.com", "--secret", "api_token=env:ZD_TOKEN", "-o", "json",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["ok"], true);
    assert_eq!(env.json(&["integration", "list"]).as_array().unwrap().len(), 0, "nothing saved");
    assert_no_canary(&env, &out, "test --provider");
}

#[test]
fn table_output_prints_hints_on_stderr() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(404)));
    let env = env_with_zendesk(&fake.url());
    let out = env.run(&["test", "zd"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("failed (not_found)"), "{stdout}");
    assert!(stderr.contains("zd: hint: nothing there"), "{stderr}");
}
