//! The sandbox (`crmctl sandbox serve`, `crmctl::sandbox`): crmctl's own
//! commands against it, each switch's failure class, OAuth (client
//! credentials with a cached token, authorization code with PKCE through
//! `crmctl auth login`, rotating refresh tokens), idempotent actions,
//! pagination, and the served process's life cycle.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crmctl::sandbox::{self, RequestRecord, Sandbox, SandboxConfig, Switches};
use serde_json::{json, Value};

use crate::common::TestEnv;

/// A sandbox running in this process, on its own runtime (one worker
/// thread, so it answers while the test blocks on a crmctl process).
struct Fake {
    rt: tokio::runtime::Runtime,
    sb: Option<Sandbox>,
    http: reqwest::Client,
}

impl Fake {
    fn start(config: SandboxConfig) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let sb = rt.block_on(sandbox::start("127.0.0.1:0".parse().unwrap(), config)).expect("the sandbox starts");
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Fake { rt, sb: Some(sb), http }
    }

    fn new() -> Self {
        Self::start(SandboxConfig::default())
    }

    fn sb(&self) -> &Sandbox {
        self.sb.as_ref().unwrap()
    }

    fn url(&self) -> String {
        self.sb().url()
    }

    fn key(&self) -> String {
        self.sb().state().api_key().to_string()
    }

    fn secret(&self) -> String {
        self.sb().state().client_secret().to_string()
    }

    fn switches(&self, change: impl FnOnce(&mut Switches)) {
        let st = self.sb().state();
        let mut s = st.switches();
        change(&mut s);
        st.set_switches(s);
    }

    /// The request log, optionally only one path.
    fn log(&self, path: Option<&str>) -> Vec<RequestRecord> {
        self.sb().state().requests().into_iter().filter(|r| path.is_none_or(|p| r.path == p)).collect()
    }

    /// Sends a request; returns status, headers and the body as JSON (or
    /// as a string when it is not JSON).
    fn send(&self, req: reqwest::RequestBuilder) -> (u16, reqwest::header::HeaderMap, Value) {
        self.rt.block_on(async move {
            let resp = req.send().await.expect("the sandbox answers");
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let text = resp.text().await.unwrap();
            let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
            (status, headers, body)
        })
    }

    /// GET with the API key; the path may be an absolute URL.
    fn get(&self, path: &str) -> (u16, reqwest::header::HeaderMap, Value) {
        let url = if path.starts_with("http") { path.to_string() } else { format!("{}{path}", self.url()) };
        self.send(self.http.get(url).header("X-Api-Key", self.key()))
    }

    fn token(&self, form: &[(&str, &str)]) -> (u16, Value) {
        let req = self.http.post(format!("{}/oauth/token", self.url())).basic_auth(sandbox::DEFAULT_CLIENT_ID, Some(self.secret())).form(form);
        let (s, _, b) = self.send(req);
        (s, b)
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        if let Some(sb) = self.sb.take() {
            let _ = self.rt.block_on(sb.stop());
        }
    }
}

/// A store with the `sandbox` integration `sbx` pointing at `fake`.
fn env_with_sandbox(fake: &Fake) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", &fake.key());
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", &format!("base_url={}", fake.url()), "--secret", "api_key=env:SBX_KEY"]);
    env
}

/// `crmctl test NAME -o json ARGS...`: exit code and the one verdict.
fn verdict(env: &TestEnv, name: &str, args: &[&str]) -> (i32, Value) {
    let mut a = vec!["test", name, "-o", "json"];
    a.extend(args);
    let out = env.run(&a);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let v: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("test -o json printed no JSON ({e}):\n{stdout}\nstderr:\n{}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), v[0].clone())
}

// ---------------------------------------------------------------------------
// crmctl test
// ---------------------------------------------------------------------------

#[test]
fn test_against_the_sandbox_succeeds_with_account_details() {
    let fake = Fake::new();
    let env = env_with_sandbox(&fake);
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["http_status"], 200);
    assert_eq!(v["account"]["account"], "Sandbox Trading Co", "{v}");
    assert_eq!(v["account"]["plan"], "developer");
    assert_eq!(v["account"]["user"], "admin@sandbox.example");
    assert_eq!(v["rate_limit"]["limit"], "600", "{v}");
    assert!(v["rate_limit"]["reset"].as_str().is_some_and(|r| r.ends_with('Z')), "reset is a time: {v}");

    // The sandbox saw the key, and logs it masked.
    let log = fake.log(Some("/api/v1/me"));
    assert_eq!(log.len(), 1);
    let sent = log[0].headers["x-api-key"].as_str().unwrap();
    assert!(sent.starts_with("****") && !sent.contains(&fake.key()), "{sent}");
    assert_eq!(log[0].status, Some(200));

    // And the table form shows the account.
    let text = env.ok(&["test", "sbx"]);
    assert!(text.contains("ok") && text.contains("Sandbox Trading Co"), "{text}");
}

#[test]
fn a_wrong_api_key_is_an_auth_failure() {
    let fake = Fake::new();
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_not-the-right-one");
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", &format!("base_url={}", fake.url()), "--secret", "api_key=env:SBX_KEY"]);
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!(code, 1);
    assert_eq!(v["class"], "auth", "{v}");
    assert_eq!(v["http_status"], 401);
}

#[test]
fn each_switch_gives_its_failure_class() {
    let fake = Fake::new();
    let env = env_with_sandbox(&fake);

    fake.switches(|s| s.rate_limit_every = 1);
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!(code, 1, "{v}");
    assert_eq!(v["class"], "rate_limited", "{v}");
    assert_eq!(v["http_status"], 429);
    assert_eq!(v["retry_after_s"], 1, "{v}");
    assert_eq!(v["rate_limit"]["remaining"], "0", "{v}");

    fake.switches(|s| {
        s.rate_limit_every = 0;
        s.error_every = 1;
    });
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!((code, v["class"].clone(), v["http_status"].clone()), (1, json!("server"), json!(503)), "{v}");

    fake.switches(|s| {
        s.error_every = 0;
        s.hang_every = 1;
    });
    let started = Instant::now();
    let (code, v) = verdict(&env, "sbx", &["--timeout", "1s"]);
    assert_eq!((code, v["class"].clone()), (1, json!("timeout")), "{v}");
    assert!(started.elapsed() < Duration::from_secs(10), "gave up after the timeout");
    let hung = fake.log(Some("/api/v1/me")).last().cloned().unwrap();
    assert_eq!(hung.switched.as_deref(), Some("hang"));
    assert_eq!(hung.status, None);

    // Switches also change over HTTP, and a hung request blocks nothing.
    let (s, _, cfg) = fake.send(fake.http.post(format!("{}/_sandbox/config", fake.url())).json(&json!({"hang_every": 0, "malformed_every": 1})));
    assert_eq!(s, 200, "{cfg}");
    assert_eq!((cfg["hang_every"].clone(), cfg["malformed_every"].clone()), (json!(0), json!(1)));
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!((code, v["class"].clone(), v["http_status"].clone()), (1, json!("unexpected_response"), json!(200)), "{v}");
    assert!(v["message"].as_str().unwrap().contains("not JSON"), "{v}");

    // Latency is added; everything off again is a pass.
    let (s, _, _) = fake.send(fake.http.post(format!("{}/_sandbox/config", fake.url())).json(&json!({"malformed_every": 0, "latency_ms": 300})));
    assert_eq!(s, 200);
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!(code, 0, "{v}");
    assert!(v["latency_ms"].as_u64().unwrap() >= 300, "{v}");

    let (_, _, stats) = fake.send(fake.http.get(format!("{}/_sandbox/stats", fake.url())));
    let c = &stats["counters"];
    assert_eq!((c["rate_limited"].clone(), c["server_errors"].clone(), c["hangs"].clone(), c["malformed"].clone()), (json!(1), json!(1), json!(1), json!(1)), "{stats}");
}

#[test]
fn every_nth_request_counts_from_the_last_change() {
    let fake = Fake::new();
    let (s, _, _) = fake.send(fake.http.post(format!("{}/_sandbox/config", fake.url())).json(&json!({"rate_limit_every": 3})));
    assert_eq!(s, 200);
    let statuses: Vec<u16> = (0..6).map(|_| fake.get("/api/v1/me").0).collect();
    assert_eq!(statuses, [200, 200, 429, 200, 200, 429]);
    let (_, h, body) = {
        fake.switches(|s| s.rate_limit_every = 1);
        fake.get("/api/v1/me")
    };
    assert_eq!(h["retry-after"], "1");
    assert_eq!(body["error"], "rate_limited");
    // /_sandbox/* is not switched.
    let (s, _, _) = fake.send(fake.http.get(format!("{}/_sandbox/config", fake.url())));
    assert_eq!(s, 200);
    let (s, _, e) = fake.send(fake.http.post(format!("{}/_sandbox/config", fake.url())).json(&json!({"every": 1})));
    assert_eq!(s, 400, "unknown switches are refused: {e}");
}

#[test]
fn stopping_answers_a_hung_request_and_returns_promptly() {
    let mut fake = Fake::new();
    fake.switches(|s| s.hang_every = 1);
    let (url, key) = (format!("{}/api/v1/me", fake.url()), fake.key());
    let pending = fake.rt.spawn(async move { reqwest::Client::new().get(url).header("X-Api-Key", key).send().await.map(|r| r.status().as_u16()) });
    let started = Instant::now();
    while fake.log(Some("/api/v1/me")).is_empty() {
        assert!(started.elapsed() < Duration::from_secs(5), "the request reached the sandbox");
        std::thread::sleep(Duration::from_millis(10));
    }
    // Other requests are not held up by the hung one.
    fake.switches(|s| s.hang_every = 0);
    assert_eq!(fake.get("/api/v1/me").0, 200);
    let sb = fake.sb.take().unwrap();
    let started = Instant::now();
    fake.rt.block_on(sb.stop()).unwrap();
    assert!(started.elapsed() < Duration::from_secs(3), "stopped in {:?}", started.elapsed());
    let status = fake.rt.block_on(pending).unwrap().expect("the hung request got an answer");
    assert_eq!(status, 503);
}

// ---------------------------------------------------------------------------
// OAuth through crmctl
// ---------------------------------------------------------------------------

fn env_with_oauth(fake: &Fake) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_SECRET", &fake.secret());
    env.ok(&[
        "integration", "add", "sandbox_oauth", "--name", "sbx-oauth",
        "--field", &format!("base_url={}", fake.url()),
        "--field", &format!("client_id={}", sandbox::DEFAULT_CLIENT_ID),
        "--secret", "client_secret=env:SBX_SECRET",
    ]);
    env
}

#[test]
fn sandbox_oauth_tests_ok_with_a_cached_client_credentials_token() {
    let fake = Fake::new();
    let env = env_with_oauth(&fake);
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["account"]["client"], sandbox::DEFAULT_CLIENT_ID, "{v}");

    let tokens = fake.log(Some("/oauth/token"));
    assert_eq!(tokens.len(), 1, "one token request");
    assert_eq!(tokens[0].body["grant_type"], "client_credentials");
    assert!(tokens[0].body["scope"].as_str().unwrap().contains("account.read"));
    let me = fake.log(Some("/api/v1/me"));
    assert!(me[0].headers["authorization"].as_str().unwrap().starts_with("Bearer ****"), "{:?}", me[0].headers);

    // The second test uses the cached token: no new token request.
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(fake.log(Some("/oauth/token")).len(), 1, "the token was cached");
    assert_eq!(fake.log(Some("/api/v1/me")).len(), 2);

    // A revoked token is answered 401; crmctl gets a new one and retries.
    let (_, _, r) = fake.send(fake.http.delete(format!("{}/_sandbox/tokens", fake.url())));
    assert_eq!(r["revoked"], 1);
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(fake.log(Some("/oauth/token")).len(), 2, "one new token after the 401");
    let statuses: Vec<Option<u16>> = fake.log(Some("/api/v1/me")).iter().map(|r| r.status).collect();
    assert_eq!(statuses, [Some(200), Some(200), Some(401), Some(200)]);
}

#[test]
fn a_wrong_client_secret_is_an_auth_failure() {
    let fake = Fake::new();
    let mut env = TestEnv::with_env_key();
    env.set("SBX_SECRET", "not-the-secret");
    env.ok(&[
        "integration", "add", "sandbox_oauth", "--name", "sbx-oauth",
        "--field", &format!("base_url={}", fake.url()),
        "--secret", "client_secret=env:SBX_SECRET",
    ]);
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!((code, v["class"].clone()), (1, json!("auth")), "{v}");
    assert!(v["message"].as_str().unwrap().contains("invalid_client"), "{v}");
}

#[test]
fn auth_login_runs_the_authorization_code_flow_with_pkce() {
    let fake = Fake::new();
    let env = env_with_oauth(&fake);
    let mut child = env
        .std_cmd()
        .args(["auth", "login", "sbx-oauth", "--no-browser", "--wait", "30s"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The sign-in URL is on stderr; the sandbox approves at once and
    // redirects to crmctl's loopback listener.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut url = None;
    let mut seen = String::new();
    for _ in 0..20 {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap() == 0 {
            break;
        }
        seen.push_str(&line);
        if let Some(u) = line.split_whitespace().find(|w| w.contains("/oauth/authorize?")) {
            url = Some(u.to_string());
            break;
        }
    }
    let url = url.unwrap_or_else(|| panic!("no sign-in URL in:\n{seen}"));
    assert!(url.contains("code_challenge_method=S256") && url.contains("state="), "{url}");
    let (status, headers, _) = fake.send(fake.http.get(&url));
    assert_eq!(status, 302);
    let callback = headers["location"].to_str().unwrap().to_string();
    assert!(callback.contains("code=sbx_code_") && callback.contains("state="), "{callback}");
    let (status, _, _) = fake.send(fake.http.get(&callback));
    assert_eq!(status, 200, "crmctl's listener took the redirect");
    // `auth login --no-browser` also reads a pasted URL from stdin, with
    // tokio's stdin, whose blocking read holds up the runtime's shutdown
    // until stdin closes: close it (a terminal user would press Enter).
    drop(child.stdin.take());
    let out = wait_with_timeout(&mut child, Duration::from_secs(30));
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert_eq!(out, Some(0), "auth login failed:\n{seen}{rest}");

    let tokens = fake.log(Some("/oauth/token"));
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].body["grant_type"], "authorization_code");
    assert!(tokens[0].body["code_verifier"].as_str().unwrap().starts_with("****"), "the verifier is logged masked");

    // The signed-in tokens serve `crmctl test`; a revoked access token is
    // refreshed with the (rotating) refresh token.
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(fake.log(Some("/oauth/token")).len(), 1, "the signed-in token was used");
    fake.sb().state().revoke_access_tokens();
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    let tokens = fake.log(Some("/oauth/token"));
    assert_eq!(tokens.len(), 2);
    assert_eq!(tokens[1].body["grant_type"], "refresh_token");
    // And the rotated refresh token works for the next refresh too.
    fake.sb().state().revoke_access_tokens();
    let (code, v) = verdict(&env, "sbx-oauth", &[]);
    assert_eq!(code, 0, "{v}");
    let tokens = fake.log(Some("/oauth/token"));
    assert_eq!((tokens.len(), tokens[2].status), (3, Some(200)));
}

// ---------------------------------------------------------------------------
// OAuth endpoints directly
// ---------------------------------------------------------------------------

/// Authorizes with PKCE (S256); returns the code from the redirect.
fn authorize(fake: &Fake, redirect: &str, challenge: &str) -> String {
    let url = format!(
        "{}/oauth/authorize?response_type=code&client_id={}&redirect_uri={redirect}&state=s1&code_challenge={challenge}&code_challenge_method=S256",
        fake.url(),
        sandbox::DEFAULT_CLIENT_ID
    );
    let (status, headers, _) = fake.send(fake.http.get(url));
    assert_eq!(status, 302);
    let loc = url::Url::parse(headers["location"].to_str().unwrap()).unwrap();
    assert!(loc.as_str().starts_with(redirect));
    assert_eq!(loc.query_pairs().find(|(k, _)| k == "state").unwrap().1, "s1");
    loc.query_pairs().find(|(k, _)| k == "code").map(|(_, v)| v.into_owned()).expect("a code")
}

#[test]
fn authorization_code_checks_pkce_and_redirect_uri_and_refresh_tokens_rotate() {
    let fake = Fake::new();
    // RFC 7636 appendix B.
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    let challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    let redirect = "http://127.0.0.1:9/callback";

    let code = authorize(&fake, redirect, challenge);
    let (s, e) = fake.token(&[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", redirect), ("code_verifier", &format!("{verifier}x"))]);
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_grant")), "a wrong verifier: {e}");

    let code = authorize(&fake, redirect, challenge);
    let (s, e) = fake.token(&[("grant_type", "authorization_code"), ("code", &code), ("redirect_uri", "http://127.0.0.1:9/other"), ("code_verifier", verifier)]);
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_grant")), "another redirect_uri: {e}");

    let code = authorize(&fake, redirect, challenge);
    let form = [("grant_type", "authorization_code"), ("code", code.as_str()), ("redirect_uri", redirect), ("code_verifier", verifier)];
    let (s, t) = fake.token(&form);
    assert_eq!(s, 200, "{t}");
    assert_eq!(t["token_type"], "Bearer");
    assert_eq!(t["expires_in"], 3600);
    let (s, e) = fake.token(&form);
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_grant")), "a code works once: {e}");

    // The access token works.
    let at = t["access_token"].as_str().unwrap();
    let (s, _, me) = fake.send(fake.http.get(format!("{}/api/v1/me", fake.url())).bearer_auth(at));
    assert_eq!(s, 200);
    assert_eq!(me["auth"]["type"], "oauth2");

    // Rotation: each refresh gives a new refresh token and spends the old.
    let rt1 = t["refresh_token"].as_str().unwrap().to_string();
    let (s, t2) = fake.token(&[("grant_type", "refresh_token"), ("refresh_token", &rt1)]);
    assert_eq!(s, 200, "{t2}");
    let rt2 = t2["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(rt1, rt2);
    assert_ne!(t2["access_token"], t["access_token"]);
    let (s, e) = fake.token(&[("grant_type", "refresh_token"), ("refresh_token", &rt1)]);
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_grant")), "a reused refresh token: {e}");
    let (s, t3) = fake.token(&[("grant_type", "refresh_token"), ("refresh_token", &rt2)]);
    assert_eq!(s, 200, "the newest refresh token still works: {t3}");

    // Client authentication in the form body works too; a wrong secret does not.
    let (s, _, t) = fake.send(fake.http.post(format!("{}/oauth/token", fake.url())).form(&[
        ("grant_type", "client_credentials"),
        ("client_id", sandbox::DEFAULT_CLIENT_ID),
        ("client_secret", &fake.secret()),
    ]));
    assert_eq!(s, 200, "{t}");
    assert!(t.get("refresh_token").is_none(), "client credentials get no refresh token");
    let (s, _, e) = fake.send(fake.http.post(format!("{}/oauth/token", fake.url())).basic_auth(sandbox::DEFAULT_CLIENT_ID, Some("wrong")).form(&[("grant_type", "client_credentials")]));
    assert_eq!((s, e["error"].clone()), (401, json!("invalid_client")));
    let (s, e) = fake.token(&[("grant_type", "password")]);
    assert_eq!((s, e["error"].clone()), (400, json!("unsupported_grant_type")));
}

#[test]
fn a_token_without_the_scope_an_endpoint_needs_gets_403() {
    let fake = Fake::new();
    let (s, t) = fake.token(&[("grant_type", "client_credentials"), ("scope", "kb.read")]);
    assert_eq!((s, t["scope"].clone()), (200, json!("kb.read")));
    let at = t["access_token"].as_str().unwrap();
    let (s, _, _) = fake.send(fake.http.get(format!("{}/api/v1/kb/articles", fake.url())).bearer_auth(at));
    assert_eq!(s, 200);
    let (s, h, e) = fake.send(fake.http.get(format!("{}/api/v1/me", fake.url())).bearer_auth(at));
    assert_eq!((s, e["error"].clone()), (403, json!("insufficient_scope")), "{e}");
    assert!(h["www-authenticate"].to_str().unwrap().contains("account.read"));
    let (s, e) = fake.token(&[("grant_type", "client_credentials"), ("scope", "admin")]);
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_scope")));
    let (s, _, e) = fake.send(fake.http.get(format!("{}/api/v1/me", fake.url())).bearer_auth("sbx_at_made-up"));
    assert_eq!((s, e["error"].clone()), (401, json!("invalid_token")));
}

#[test]
fn access_tokens_expire_after_the_configured_ttl() {
    let fake = Fake::start(SandboxConfig { token_ttl: Duration::from_secs(1), ..SandboxConfig::default() });
    let (_, t) = fake.token(&[("grant_type", "client_credentials")]);
    assert_eq!(t["expires_in"], 1);
    let at = t["access_token"].as_str().unwrap();
    let (s, _, _) = fake.send(fake.http.get(format!("{}/api/v1/me", fake.url())).bearer_auth(at));
    assert_eq!(s, 200);
    std::thread::sleep(Duration::from_millis(1100));
    let (s, h, e) = fake.send(fake.http.get(format!("{}/api/v1/me", fake.url())).bearer_auth(at));
    assert_eq!((s, e["error"].clone()), (401, json!("invalid_token")), "{e}");
    assert!(h["www-authenticate"].to_str().unwrap().contains("expired"));
}

// ---------------------------------------------------------------------------
// actions and idempotency
// ---------------------------------------------------------------------------

#[test]
fn send_log_call_returns_the_interaction_id_and_sends_an_idempotency_key() {
    let fake = Fake::new();
    let env = env_with_sandbox(&fake);
    let payload = env.write(
        "event.json",
        &json!({
            "conversation_id": "conv-42",
            "assistant": "Council bot",
            "summary": "Asked about a missed bin collection.",
            "duration_seconds": 95,
            "caller": {"name": "Olivia Smith", "phone": "+61400000042", "email": "olivia@example.com"},
        })
        .to_string(),
    );
    let out = env.json(&["send", "sbx", "log_call", "--payload", payload.to_str().unwrap()]);
    assert_eq!(out["ok"], true, "{out}");
    let interaction = out["outputs"]["interaction_id"].as_str().expect("an interaction id");
    assert_eq!(interaction.len(), 36, "a UUID: {interaction}");
    assert!(out["outputs"]["call_id"].is_u64(), "{out}");

    let calls = fake.log(Some("/api/v1/calls"));
    assert_eq!(calls.len(), 1);
    let key = calls[0].idempotency_key.clone().expect("crmctl sent an Idempotency-Key");
    assert!(!key.is_empty());
    assert_eq!(calls[0].body["conversation_id"], "conv-42");
    assert_eq!(calls[0].body["phone"], "+61400000042");
    assert_eq!(calls[0].body["duration_seconds"], 95, "a sole expression keeps its JSON type");
    assert!(calls[0].body.get("transcript").is_none(), "empty optional values are omitted: {}", calls[0].body);

    // The same key again: the first answer, nothing created twice.
    let req = fake
        .http
        .post(format!("{}/api/v1/calls", fake.url()))
        .header("X-Api-Key", fake.key())
        .header("Idempotency-Key", &key)
        .json(&calls[0].body);
    let (s, h, again) = fake.send(req);
    assert_eq!(s, 201);
    assert_eq!(again["interaction_id"], interaction);
    assert_eq!(h["idempotent-replayed"], "true");
    let (_, _, stats) = fake.send(fake.http.get(format!("{}/_sandbox/stats", fake.url())));
    assert_eq!(stats["records"]["calls"], 1, "{stats}");
    assert_eq!(stats["counters"]["idempotent_replays"], 1);
    let replay = fake.log(Some("/api/v1/calls")).pop().unwrap();
    assert!(replay.replayed && replay.idempotency_key.as_deref() == Some(key.as_str()));
}

#[test]
fn every_sandbox_action_works_through_send() {
    let fake = Fake::new();
    let env = env_with_sandbox(&fake);
    let contact = env.json(&[
        "send", "sbx", "upsert_contact", "--set", "caller.email=ada@example.com", "--set", "caller.name=Ada King Lovelace",
        "--set", "caller.phone=+61400000007",
    ]);
    assert_eq!(contact["ok"], true, "{contact}");
    assert_eq!(contact["outputs"]["created"], true);
    let contact_id = contact["outputs"]["contact_id"].as_u64().unwrap();
    let (_, _, c) = fake.get(&format!("/api/v1/contacts/{contact_id}"));
    assert_eq!((c["contact"]["first_name"].clone(), c["contact"]["last_name"].clone()), (json!("Ada King"), json!("Lovelace")), "{c}");
    // An upsert by the same email updates.
    let again = env.json(&["send", "sbx", "upsert_contact", "--set", "caller.email=ADA@example.com", "--set", "caller.company=Analytical Engines"]);
    assert_eq!((again["outputs"]["created"].clone(), again["outputs"]["contact_id"].clone()), (json!(false), json!(contact_id)), "{again}");

    let ticket = env.json(&["send", "sbx", "create_ticket", "--set", "summary=Wants a callback", "--set", "caller.email=ada@example.com"]);
    assert_eq!(ticket["ok"], true, "{ticket}");
    assert_eq!(ticket["outputs"]["status"], "open");
    let ticket_id = ticket["outputs"]["ticket_id"].as_u64().unwrap();
    let (_, _, t) = fake.get(&format!("/api/v1/tickets/{ticket_id}"));
    assert_eq!(t["ticket"]["subject"], "Follow-up: caller", "{t}");

    let note = env.json(&["send", "sbx", "post_note", "--set", "summary=Called back; resolved.", "--set", &format!("ticket_id={ticket_id}")]);
    assert_eq!(note["ok"], true, "{note}");
    assert!(note["outputs"]["note_id"].is_u64());
    let body = &fake.log(Some("/api/v1/notes"))[0].body;
    assert_eq!(body["ticket_id"], ticket_id, "{body}");

    // A note on a ticket that does not exist is a 422, an unexpected response.
    let out = env.run(&["send", "sbx", "post_note", "--set", "summary=x", "--set", "ticket_id=999999", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["http_status"], 422, "{v}");
}

// ---------------------------------------------------------------------------
// pagination
// ---------------------------------------------------------------------------

const RECORDS: u64 = 37;

fn all_ids() -> BTreeSet<u64> {
    (1..=RECORDS).collect()
}

/// Pushes each id, failing on a repeat.
fn take(seen: &mut Vec<u64>, items: &Value) -> usize {
    let items = items.as_array().expect("an array of records");
    for i in items {
        seen.push(i["id"].as_u64().unwrap());
    }
    items.len()
}

fn once(seen: Vec<u64>, what: &str) {
    let set: BTreeSet<u64> = seen.iter().copied().collect();
    assert_eq!(set.len(), seen.len(), "{what}: a record came twice: {seen:?}");
    assert_eq!(set, all_ids(), "{what}: every record");
}

#[test]
fn every_list_endpoint_pages_through_all_records_exactly_once() {
    let fake = Fake::start(SandboxConfig { records: RECORDS, ..SandboxConfig::default() });

    // Contacts: opaque cursor + limit, next_cursor null on the last page.
    let (mut seen, mut pages, mut cursor) = (Vec::new(), 0, None::<String>);
    loop {
        let path = match &cursor {
            None => "/api/v1/contacts?limit=10".to_string(),
            Some(c) => format!("/api/v1/contacts?limit=10&cursor={c}"),
        };
        let (s, _, body) = fake.get(&path);
        assert_eq!(s, 200, "{body}");
        take(&mut seen, &body["data"]);
        pages += 1;
        match body["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => {
                assert!(body["next_cursor"].is_null());
                break;
            }
        }
    }
    assert_eq!(pages, 4);
    once(seen, "contacts");

    // Tickets: page + per_page, Link rel="next".
    let (mut seen, mut next) = (Vec::new(), Some(format!("{}/api/v1/tickets?per_page=10", fake.url())));
    while let Some(url) = next.take() {
        let (s, h, body) = fake.get(&url);
        assert_eq!(s, 200);
        take(&mut seen, &body["tickets"]);
        next = h.get("link").and_then(|l| {
            l.to_str().unwrap().split(',').find(|p| p.contains("rel=\"next\"")).map(|p| p.split(['<', '>']).nth(1).unwrap().to_string())
        });
    }
    once(seen, "tickets");

    // Deals: offset + limit, has_more.
    let (mut seen, mut offset) = (Vec::new(), 0);
    loop {
        let (_, _, body) = fake.get(&format!("/api/v1/deals?offset={offset}&limit=10"));
        offset += take(&mut seen, &body["deals"]);
        if body["has_more"] != true {
            break;
        }
    }
    once(seen, "deals");

    // Articles: page, next_page URL.
    let (mut seen, mut next) = (Vec::new(), Some(format!("{}/api/v1/kb/articles?per_page=10", fake.url())));
    while let Some(url) = next.take() {
        let (_, _, body) = fake.get(&url);
        take(&mut seen, &body["articles"]);
        assert!(body["articles"][0]["body_html"].as_str().unwrap().contains("<h2>"));
        next = body["next_page"].as_str().map(str::to_string);
    }
    once(seen, "articles");
}

#[test]
fn updated_since_filters_every_list() {
    let fake = Fake::start(SandboxConfig { records: RECORDS, ..SandboxConfig::default() });
    for (path, key) in [("/api/v1/contacts?limit=100", "data"), ("/api/v1/tickets?per_page=100", "tickets"), ("/api/v1/deals?limit=100", "deals"), ("/api/v1/kb/articles?per_page=100", "articles")] {
        let (_, _, all) = fake.get(path);
        let mut times: Vec<String> = all[key].as_array().unwrap().iter().map(|r| r["updated_at"].as_str().unwrap().to_string()).collect();
        assert_eq!(times.len() as u64, RECORDS, "{path}");
        times.sort();
        let since = times[times.len() / 2].clone();
        let want = times.iter().filter(|t| **t >= since).count();
        let (s, _, some) = fake.get(&format!("{path}&updated_since={since}"));
        assert_eq!(s, 200, "{some}");
        let got = some[key].as_array().unwrap();
        assert_eq!(got.len(), want, "{path} since {since}");
        assert!(got.iter().all(|r| r["updated_at"].as_str().unwrap() >= since.as_str()));
        let (s, _, e) = fake.get(&format!("{path}&updated_since=yesterday"));
        assert_eq!((s, e["error"].clone()), (400, json!("invalid_parameter")), "{path}");
    }
    let (s, _, e) = fake.get("/api/v1/contacts?cursor=bm9wZQ");
    assert_eq!((s, e["error"].clone()), (400, json!("invalid_cursor")));
}

// ---------------------------------------------------------------------------
// crmctl sandbox serve
// ---------------------------------------------------------------------------

fn wait_with_timeout(child: &mut Child, limit: Duration) -> Option<i32> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(unix)]
#[test]
fn serve_prints_its_port_serves_crmctl_and_stops_on_sigterm() {
    let mut env = TestEnv::with_env_key();
    env.set("CRMCTL_SANDBOX_API_KEY", "sbx_key_fixed-for-this-test");
    let mut child = env
        .std_cmd()
        .args(["sandbox", "serve", "--port", "0", "--records", "5"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let ready: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line:?}"));
    let port = ready["port"].as_u64().unwrap();
    let url = ready["url"].as_str().unwrap().to_string();
    assert!(port > 0);
    assert_eq!(url, format!("http://127.0.0.1:{port}"));

    // crmctl against the served sandbox, with the key the env fixed.
    env.set("SBX_KEY", "sbx_key_fixed-for-this-test");
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", &format!("base_url={url}"), "--secret", "api_key=env:SBX_KEY"]);
    let (code, v) = verdict(&env, "sbx", &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["account"]["plan"], "developer");

    let pid = child.id().to_string();
    let killed = std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let code = wait_with_timeout(&mut child, Duration::from_secs(10));
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    assert_eq!(code, Some(0), "serve exits 0 on SIGTERM; stderr:\n{err}");
    assert!(err.contains(&format!("listening on {url}")), "{err}");
    assert!(err.contains("sbx_key_fixed-for-this-test"), "the API key is shown: {err}");
    assert!(err.contains("crmctl integration add sandbox --name sandbox") && err.contains("api_key=env:CRMCTL_SANDBOX_API_KEY"), "{err}");
    assert!(err.contains("terminated: stopping"), "{err}");
    // Nothing listens any more.
    assert!(std::net::TcpStream::connect(("127.0.0.1", port as u16)).is_err());
}

#[test]
fn serve_refuses_a_port_in_use() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let env = TestEnv::new();
    let out = env.run(&["sandbox", "serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot listen") && err.contains("--port 0"), "{err}");
}

#[test]
fn the_sandbox_binds_loopback_only() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let err = rt.block_on(sandbox::start("0.0.0.0:0".parse().unwrap(), SandboxConfig::default())).err().expect("refused");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
}
