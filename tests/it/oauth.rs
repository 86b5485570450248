//! OAuth 2.0 against a real OAuth server: `oauth2-mock-server` from the npm
//! registry, run by tests/contract/oauth-server.js (which records every token
//! request, rotates refresh tokens, wants PKCE, and serves a protected
//! `GET /api/me`). Client credentials, the refresh-token grant, a 401 that
//! forces one refresh, authorization code with PKCE and `state`, and two
//! processes racing to refresh one token.
//!
//! The npm tools come from `npm ci --prefix tests/contract` (`.ci/run` does
//! it). Without them a test prints "skipped: ..." and passes, except under
//! CI (env `CI` set), where it fails.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::common::{assert_no_canary, TestEnv, CANARY};

// ---------------------------------------------------------------------------
// Shared with contract.rs: the npm tools, the OAuth server, a tiny HTTP client.

/// tests/contract: package.json, the lock file, helper scripts, node_modules.
pub fn tools_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/contract")
}

/// Checks that node and the npm packages are installed, and that `inputs`
/// (vendor specs) exist. Returns false after printing "skipped: ..." when
/// something is missing, or panics when env `CI` is set: CI must run these
/// tests, not skip them.
pub fn tools_ready(test: &str, inputs: &[PathBuf]) -> bool {
    let dir = tools_dir();
    let mut tools = Vec::new();
    if !Command::new("node").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success()) {
        tools.push("`node` on PATH".to_string());
    }
    for p in [dir.join("node_modules/.bin/prism"), dir.join("node_modules/oauth2-mock-server/package.json")] {
        if !p.exists() {
            tools.push(p.display().to_string());
        }
    }
    let files: Vec<String> = inputs.iter().filter(|p| !p.exists()).map(|p| p.display().to_string()).collect();
    if tools.is_empty() && files.is_empty() {
        return true;
    }
    let mut why = Vec::new();
    if !tools.is_empty() {
        why.push(format!("run npm ci --prefix tests/contract (missing {})", tools.join(", ")));
    }
    if !files.is_empty() {
        why.push(format!("missing {} (the vendor specs beside the repository)", files.join(", ")));
    }
    let why = why.join("; ");
    let ci = std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"));
    if ci {
        panic!("{test}: {why}. CI is set, so this fails instead of skipping.");
    }
    eprintln!("skipped: {why} [{test}]");
    false
}

/// Lines of a child's stream, read on a thread so the pipe never fills.
pub struct Lines {
    rx: mpsc::Receiver<String>,
    pub seen: Vec<String>,
}

impl Lines {
    pub fn new(stream: impl std::io::Read + Send + 'static) -> Self {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Lines { rx, seen: Vec::new() }
    }

    /// Waits for a line that `pick` accepts; None at the deadline or the
    /// end of the stream.
    pub fn wait_for<T>(&mut self, timeout: Duration, mut pick: impl FnMut(&str) -> Option<T>) -> Option<T> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            match self.rx.recv_timeout(left) {
                Ok(line) => {
                    let found = pick(&line);
                    self.seen.push(line);
                    if found.is_some() {
                        return found;
                    }
                }
                Err(_) => return None,
            }
        }
    }

    /// Everything read so far (and whatever is ready now).
    pub fn text(&mut self) -> String {
        while let Ok(line) = self.rx.try_recv() {
            self.seen.push(line);
        }
        self.seen.join("\n")
    }
}

/// A small blocking HTTP client for loopback servers (no redirects followed).
pub fn http(method: &str, url: &str, body: Option<&Value>) -> (u16, reqwest::header::HeaderMap, String) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    rt.block_on(async {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client");
        let mut req = client.request(method.parse().expect("method"), url);
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b.to_string());
        }
        let resp = req.send().await.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        (status, headers, resp.text().await.unwrap_or_default())
    })
}

/// tests/contract/oauth-server.js: oauth2-mock-server with recording,
/// refresh-token rotation, PKCE required and a protected `GET /api/me`.
pub struct OAuthServer {
    child: Child,
    _stdin: ChildStdin,
    pub url: String,
    stderr: Lines,
}

impl OAuthServer {
    pub fn start(config: Value) -> Self {
        let mut child = Command::new("node")
            .arg(tools_dir().join("oauth-server.js"))
            .arg(config.to_string())
            .current_dir(tools_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("node runs oauth-server.js");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = Lines::new(child.stdout.take().unwrap());
        let mut stderr = Lines::new(child.stderr.take().unwrap());
        let started = stdout.wait_for(Duration::from_secs(60), |l| serde_json::from_str::<Value>(l).ok());
        let Some(started) = started else {
            let _ = child.kill();
            panic!("oauth-server.js did not start:\n{}\n{}", stdout.text(), stderr.text());
        };
        let url = started["url"].as_str().expect("url").to_string();
        OAuthServer { child, _stdin: stdin, url, stderr }
    }

    pub fn log(&self) -> Value {
        let (status, _, body) = http("GET", &format!("{}/__log", self.url), None);
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).expect("log JSON")
    }

    /// Every token request so far, oldest first.
    pub fn token_requests(&self) -> Vec<Value> {
        self.log()["token_requests"].as_array().cloned().unwrap_or_default()
    }

    /// Every request to `GET /api/me` so far (status and token).
    pub fn resource_requests(&self) -> Vec<Value> {
        self.log()["resource_requests"].as_array().cloned().unwrap_or_default()
    }

    pub fn configure(&self, config: Value) {
        let (status, _, body) = http("POST", &format!("{}/__config", self.url), Some(&config));
        assert_eq!(status, 200, "{body}");
    }

    /// Makes every access token issued so far invalid at `/api/me`.
    pub fn revoke_access_tokens(&self) {
        let (status, _, body) = http("POST", &format!("{}/__revoke", self.url), Some(&json!({})));
        assert_eq!(status, 200, "{body}");
    }

    pub fn stderr(&mut self) -> String {
        self.stderr.text()
    }
}

impl Drop for OAuthServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------

const CLIENT_ID: &str = "crmctl-test-client";
/// Every access token the server issues starts with this, so a leak of any
/// of them (the first, a refreshed one, a raced one) is found by one search.
const ACCESS_CANARY: &str = "at-canary-4e1d8b27c6";
/// The refresh token the integration is configured with.
const REFRESH_CANARY: &str = "rt-canary-9a0f3c51d7";

/// Writes a user template for `grant` into the env's template dir.
fn template(env: &mut TestEnv, grant: &str) {
    let (extra_auth, extra_fields) = match grant {
        "refresh_token" => (
            "  refresh_token: \"{{ refresh_token }}\"\n",
            "  - key: refresh_token\n    label: Refresh token\n    required: true\n    secret: true\n",
        ),
        "authorization_code" => ("  authorize_url: \"{{ base_url }}/authorize\"\n", ""),
        _ => ("", ""),
    };
    let id = format!("mock_oauth_{grant}");
    let yaml = format!(
        r#"# A provider served by tests/contract/oauth-server.js (oauth2-mock-server).
id: {id}
name: Mock OAuth ({grant})
category: crm
description: oauth2-mock-server with a protected /api/me.
fields:
  - key: base_url
    label: Server URL
    type: url
    required: true
  - key: client_id
    label: Client id
    required: true
  - key: client_secret
    label: Client secret
    required: true
    secret: true
{extra_fields}base_url: "{{{{ base_url }}}}"
auth:
  type: oauth2
  grant: {grant}
  token_url: "{{{{ base_url }}}}/token"
  client_id: "{{{{ client_id }}}}"
  client_secret: "{{{{ client_secret }}}}"
  scopes: [crm.read, offline_access]
{extra_auth}test:
  method: GET
  path: /api/me
  expect:
    status: [200]
    body:
      - path: id
        exists: true
  account:
    user: name
    email: email
"#,
    );
    env.write(&format!("templates/{id}.yaml"), &yaml);
    let dir = env.path("templates").display().to_string();
    env.set("CRMCTL_TEMPLATE_DIR", &dir);
}

/// A store with an integration `mock` of the `grant` template on `server`.
fn setup(server: &OAuthServer, grant: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    template(&mut env, grant);
    env.set("MOCK_CLIENT_SECRET", CANARY);
    env.set("MOCK_REFRESH_TOKEN", REFRESH_CANARY);
    let provider = format!("mock_oauth_{grant}");
    let base = format!("base_url={}", server.url);
    let id = format!("client_id={CLIENT_ID}");
    let mut args = vec![
        "integration", "add", provider.as_str(), "--name", "mock",
        "--field", base.as_str(), "--field", id.as_str(),
        "--secret", "client_secret=env:MOCK_CLIENT_SECRET",
    ];
    if grant == "refresh_token" {
        args.extend(["--secret", "refresh_token=env:MOCK_REFRESH_TOKEN"]);
    }
    env.ok(&args);
    env
}

fn server(extra: Value) -> OAuthServer {
    let mut config = json!({
        "client_id": CLIENT_ID,
        "client_secret": CANARY,
        "access_token_prefix": ACCESS_CANARY,
        "refresh_tokens": [REFRESH_CANARY],
    });
    config.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    OAuthServer::start(config)
}

/// `crmctl test mock -o json`: the output and its one verdict.
fn run_test(env: &TestEnv) -> (Output, Value) {
    let out = env.run(&["test", "mock", "-o", "json"]);
    let verdicts: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("crmctl test printed no JSON ({e}):\nstdout:\n{}\nstderr:\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    (out, verdicts[0].clone())
}

fn test_ok(env: &TestEnv, what: &str) -> Output {
    let (out, verdict) = run_test(env);
    assert!(
        out.status.success() && verdict["ok"] == true,
        "{what}: crmctl test failed ({:?}): {verdict:#}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    no_leaks(env, &out, what);
    out
}

/// Neither the client secret, any access token nor the configured refresh
/// token is in the output or the store's bytes.
fn no_leaks(env: &TestEnv, out: &Output, what: &str) {
    assert_no_canary(env, out, what);
    let store = env.store_bytes();
    for secret in [ACCESS_CANARY, REFRESH_CANARY] {
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr), ("the store", &store)] {
            assert!(!contains(bytes, secret), "{secret}... leaked to {stream} after {what}");
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn auth_status(env: &TestEnv) -> Value {
    env.json(&["auth", "status", "mock"])
}

fn grants(requests: &[Value], grant: &str) -> Vec<Value> {
    requests.iter().filter(|r| r["grant_type"] == grant).cloned().collect()
}

#[test]
fn client_credentials_token_is_cached_sealed() {
    if !tools_ready("oauth::client_credentials_token_is_cached_sealed", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "client_credentials");

    assert_eq!(auth_status(&env)["signed_in"], false);
    test_ok(&env, "the first test");
    let requests = server.token_requests();
    assert_eq!(requests.len(), 1, "one token request: {requests:#?}");
    let r = &requests[0];
    assert_eq!(r["grant_type"], "client_credentials");
    assert_eq!(r["status"], 200);
    assert_eq!(r["client_id"], CLIENT_ID);
    assert_eq!(r["scope"], "crm.read offline_access");

    // The second test uses the cached token: no new token request.
    test_ok(&env, "the second test");
    assert_eq!(server.token_requests().len(), 1, "the cached token was not reused: {:#?}", server.token_requests());
    let me = server.resource_requests();
    assert_eq!(me.len(), 2);
    assert_eq!(me[0]["token"], me[1]["token"], "both tests used the same access token");
    assert!(me.iter().all(|m| m["status"] == 200), "{me:#?}");

    let status = auth_status(&env);
    assert_eq!(status["signed_in"], true, "{status:#}");
    assert_eq!(status["refresh_token"], false, "client credentials issue no refresh token: {status:#}");
    assert!(status["expires_at"].is_string(), "{status:#}");
    // Sealed: the token the server issued is not in the store as text.
    let issued = r["issued_access_token"].as_str().unwrap();
    assert!(!contains(&env.store_bytes(), issued));
}

#[test]
fn refresh_grant_uses_the_refresh_token_field_then_the_rotated_one() {
    if !tools_ready("oauth::refresh_grant_uses_the_refresh_token_field_then_the_rotated_one", &[]) {
        return;
    }
    // Tokens that expire inside crmctl's refresh-ahead window: every run refreshes.
    let server = server(json!({"expires_in": 30}));
    let env = setup(&server, "refresh_token");

    test_ok(&env, "the first test");
    let requests = server.token_requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    assert_eq!(requests[0]["grant_type"], "refresh_token");
    assert_eq!(requests[0]["refresh_token"], REFRESH_CANARY, "the first refresh uses the integration's refresh-token field");
    assert_eq!(requests[0]["status"], 200);
    let rotated = requests[0]["issued_refresh_token"].as_str().expect("a rotated refresh token").to_string();
    let status = auth_status(&env);
    assert_eq!(status["signed_in"], true, "{status:#}");
    assert_eq!(status["refresh_token"], true, "{status:#}");

    // The field's token is spent now; the next refresh must use the rotated one.
    test_ok(&env, "the second test");
    let requests = server.token_requests();
    assert_eq!(requests.len(), 2, "{requests:#?}");
    assert_eq!(requests[1]["refresh_token"], rotated.as_str(), "the rotated refresh token was saved and used");
    assert_eq!(requests[1]["status"], 200, "{requests:#?}");
    assert!(!contains(&env.store_bytes(), &rotated), "the refresh token is sealed in the store");
}

#[test]
fn a_401_from_the_resource_triggers_exactly_one_refresh_and_retry() {
    if !tools_ready("oauth::a_401_from_the_resource_triggers_exactly_one_refresh_and_retry", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "refresh_token");
    test_ok(&env, "the first test");
    assert_eq!(server.token_requests().len(), 1);
    let generation = auth_status(&env)["generation"].as_i64().unwrap();

    // The provider revokes the cached (still unexpired) access token.
    server.revoke_access_tokens();
    test_ok(&env, "the test after the revocation");
    let requests = server.token_requests();
    assert_eq!(requests.len(), 2, "exactly one refresh: {requests:#?}");
    assert_eq!(requests[1]["grant_type"], "refresh_token");
    assert_eq!(requests[1]["refresh_token"], requests[0]["issued_refresh_token"]);
    let me: Vec<u64> = server.resource_requests().iter().map(|m| m["status"].as_u64().unwrap()).collect();
    assert_eq!(me, vec![200, 401, 200], "one rejected request, then one retry with the new token");
    assert_eq!(auth_status(&env)["generation"].as_i64().unwrap(), generation + 1);

    // A token that is still refused after the refresh: one refresh, then a clear failure.
    server.configure(json!({"reject_all": true}));
    let (out, verdict) = run_test(&env);
    assert_eq!(out.status.code(), Some(1), "{verdict:#}");
    assert_eq!(verdict["class"], "auth", "{verdict:#}");
    assert_eq!(verdict["http_status"], 401, "{verdict:#}");
    assert!(verdict["hint"].as_str().unwrap().contains("even after a refresh"), "{verdict:#}");
    assert_eq!(server.token_requests().len(), 3, "exactly one more refresh: {:#?}", server.token_requests());
    assert_eq!(server.resource_requests().len(), 5, "one request and one retry");
    no_leaks(&env, &out, "the refused test");
}

/// `crmctl auth login mock --no-browser --port 0`, running, with the sign-in
/// URL it printed.
struct Login {
    child: Child,
    // Open while crmctl waits: with --no-browser it also reads a pasted
    // redirect URL from stdin.
    _stdin: Option<ChildStdin>,
    stderr: Lines,
    stdout: Lines,
    url: String,
}

fn start_login(env: &TestEnv, server: &OAuthServer) -> Login {
    start_login_with(env, server, Stdio::piped())
}

fn start_login_with(env: &TestEnv, server: &OAuthServer, stdin: Stdio) -> Login {
    let mut child = env
        .std_cmd()
        .args(["auth", "login", "mock", "--no-browser", "--port", "0", "--wait", "60s", "-o", "json"])
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("crmctl runs");
    let stdin = child.stdin.take();
    let stdout = Lines::new(child.stdout.take().unwrap());
    let mut stderr = Lines::new(child.stderr.take().unwrap());
    let prefix = format!("{}/authorize?", server.url);
    let url = stderr.wait_for(Duration::from_secs(30), |l| l.trim().starts_with(&prefix).then(|| l.trim().to_string()));
    let Some(url) = url else {
        let _ = child.kill();
        panic!("no sign-in URL on crmctl's stderr:\n{}", stderr.text());
    };
    Login { child, _stdin: stdin, stderr, stdout, url }
}

impl Login {
    /// Waits (up to a minute) for crmctl to exit, its stdin still open as
    /// in a terminal; returns (exit code, stdout, stderr).
    fn finish(mut self) -> (Option<i32>, String, String) {
        self.wait(Duration::from_secs(60)).unwrap_or_else(|| {
            let _ = self.child.kill();
            panic!("crmctl auth login did not exit:\n{}", self.stderr.text());
        })
    }

    /// Waits up to `timeout` for crmctl to exit; None (still running) after.
    fn wait(&mut self, timeout: Duration) -> Option<(Option<i32>, String, String)> {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        // The reader threads end with the process.
        std::thread::sleep(Duration::from_millis(100));
        Some((status.code(), self.stdout.text(), self.stderr.text()))
    }
}

impl Drop for Login {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn query(url: &str) -> Vec<(String, String)> {
    url::Url::parse(url).unwrap().query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn param<'a>(q: &'a [(String, String)], k: &str) -> Option<&'a str> {
    q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}

/// The provider's side of a sign-in: GET the authorize URL, which answers
/// with a redirect to crmctl's loopback listener. Returns that redirect.
fn authorize(login: &Login) -> String {
    let (status, headers, body) = http("GET", &login.url, None);
    assert_eq!(status, 302, "the authorize endpoint redirects: {body}");
    headers.get("location").expect("a Location header").to_str().unwrap().to_string()
}

#[test]
fn authorization_code_with_pkce_and_state() {
    if !tools_ready("oauth::authorization_code_with_pkce_and_state", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "authorization_code");
    let login = start_login(&env, &server);

    let q = query(&login.url);
    assert_eq!(param(&q, "response_type"), Some("code"));
    assert_eq!(param(&q, "client_id"), Some(CLIENT_ID));
    assert_eq!(param(&q, "code_challenge_method"), Some("S256"), "PKCE with S256: {}", login.url);
    assert!(param(&q, "code_challenge").is_some_and(|c| c.len() >= 43));
    let state = param(&q, "state").expect("a state").to_string();
    assert!(state.len() >= 16, "a random state");
    let redirect_uri = param(&q, "redirect_uri").expect("a redirect_uri").to_string();
    assert!(redirect_uri.starts_with("http://127.0.0.1:") && redirect_uri.ends_with("/callback"), "{redirect_uri}");
    assert!(!login.url.contains(CANARY), "the client secret is not in the sign-in URL");

    // The browser follows the redirect to crmctl's loopback listener.
    let callback = authorize(&login);
    assert!(callback.starts_with(&redirect_uri), "{callback}");
    assert_eq!(param(&query(&callback), "state"), Some(state.as_str()));
    let (status, _, page) = http("GET", &callback, None);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Signed in"), "{page}");

    let (code, stdout, stderr) = login.finish();
    assert_eq!(code, Some(0), "crmctl auth login failed:\n{stderr}");
    let done: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(done["integration"], "mock");
    assert_eq!(done["refresh_token"], true, "{done:#}");
    for (what, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        assert!(!text.contains(CANARY) && !text.contains(ACCESS_CANARY), "a secret leaked to the login's {what}");
    }

    // An id_token is a bearer credential: never kept in clear or shown.
    let status = auth_status(&env);
    for key in status["extra"].as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default() {
        assert!(!key.contains("token"), "token-like property {key} kept in clear: {status:#}");
    }

    let requests = server.token_requests();
    assert_eq!(requests.len(), 1, "{requests:#?}");
    let r = &requests[0];
    assert_eq!(r["grant_type"], "authorization_code");
    assert_eq!(r["code_verifier"], true, "the code was exchanged with a PKCE verifier");
    assert_eq!(r["redirect_uri"], redirect_uri.as_str());
    assert_eq!(r["status"], 200, "the server checked the verifier against the challenge: {r:#}");

    let status = auth_status(&env);
    assert_eq!(status["signed_in"], true, "{status:#}");
    assert_eq!(status["refresh_token"], true, "{status:#}");

    // The tokens work, from the cache.
    test_ok(&env, "a test after the sign-in");
    assert_eq!(server.token_requests().len(), 1);
}

#[test]
fn login_rejects_a_wrong_state() {
    if !tools_ready("oauth::login_rejects_a_wrong_state", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "authorization_code");
    let login = start_login(&env, &server);

    // A real code from the provider, delivered with a state from elsewhere.
    let callback = authorize(&login);
    let mut url = url::Url::parse(&callback).unwrap();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| if k == "state" { (k.into_owned(), format!("{v}-tampered")) } else { (k.into_owned(), v.into_owned()) })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
    let (status, _, page) = http("GET", url.as_str(), None);
    assert_eq!(status, 400, "the browser is told the sign-in failed: {page}");
    assert!(page.contains("Sign-in failed") && !page.contains("Signed in."), "{page}");

    let (code, stdout, stderr) = login.finish();
    assert_eq!(code, Some(1), "a wrong state must fail the sign-in:\nstdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stderr.contains("state does not match"), "a clear message: {stderr}");
    assert!(stderr.contains("nothing was saved"), "{stderr}");
    assert!(server.token_requests().is_empty(), "the code must not be exchanged: {:#?}", server.token_requests());
    let status = auth_status(&env);
    assert_eq!(status["signed_in"], false, "{status:#}");
    assert_eq!(status["refresh_token"], false, "{status:#}");
    assert!(!contains(&env.store_bytes(), CANARY));
}

/// With --no-browser, `auth login` also reads a pasted redirect URL from
/// stdin; once the browser's redirect has signed it in, it exits without
/// waiting for that read (it used to hang until Enter: a blocking
/// `tokio::io::stdin()` read held up the runtime's shutdown).
#[test]
fn login_exits_after_the_redirect_while_stdin_stays_open() {
    if !tools_ready("oauth::login_exits_after_the_redirect_while_stdin_stays_open", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "authorization_code");
    let mut login = start_login(&env, &server);
    let callback = authorize(&login);
    let (status, _, page) = http("GET", &callback, None);
    assert_eq!(status, 200, "{page}");
    let done = login.wait(Duration::from_secs(15));
    let signed_in = auth_status(&env)["signed_in"] == true;
    let Some((code, _, stderr)) = done else {
        panic!(
            "crmctl auth login --no-browser did not exit within 15 s of the redirect (tokens saved: {signed_in}); \
             it waits for its stdin read to finish:\n{}",
            login.stderr.text()
        );
    };
    assert_eq!(code, Some(0), "{stderr}");
    assert!(signed_in);
}

/// With --no-browser and no input (stdin at EOF, as in a script or CI job),
/// `auth login` still waits for the loopback redirect (it used to give up at
/// once as "interrupted", exit 130).
#[test]
fn login_with_no_input_still_takes_the_redirect() {
    if !tools_ready("oauth::login_with_no_input_still_takes_the_redirect", &[]) {
        return;
    }
    let server = server(json!({}));
    let env = setup(&server, "authorization_code");
    let mut login = start_login_with(&env, &server, Stdio::null());
    if let Some((code, _, stderr)) = login.wait(Duration::from_millis(1500)) {
        panic!("crmctl auth login --no-browser < /dev/null exited ({code:?}) before the redirect came:\n{stderr}");
    }
    let callback = authorize(&login);
    let (status, _, page) = http("GET", &callback, None);
    assert_eq!(status, 200, "{page}");
    let (code, _, stderr) = login.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(auth_status(&env)["signed_in"], true);
}

#[test]
fn refresh_race_across_two_processes_spends_the_refresh_token_once() {
    if !tools_ready("oauth::refresh_race_across_two_processes_spends_the_refresh_token_once", &[]) {
        return;
    }
    // The first token expires inside the refresh-ahead window, so the next
    // runs must refresh it.
    let mut server = server(json!({"expires_in": 30}));
    let env = setup(&server, "refresh_token");
    test_ok(&env, "the first test");
    assert_eq!(server.token_requests().len(), 1);
    // The refreshed token will be good for an hour.
    server.configure(json!({"expires_in": 3600}));

    let release = env.path("release-refresh");
    let mut a = env
        .std_cmd()
        .args(["test", "mock", "-o", "json"])
        .env("CRMCTL_DEBUG_HOLD", "oauth:refresh")
        .env("CRMCTL_DEBUG_RELEASE", &release)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("crmctl runs");
    let a_out = a.stdout.take().unwrap();
    let mut a_err = Lines::new(a.stderr.take().unwrap());
    if a_err.wait_for(Duration::from_secs(60), |l| l.contains("holding at oauth:refresh").then_some(())).is_none() {
        let _ = a.kill();
        panic!("process A never held at oauth:refresh:\n{}", a_err.text());
    }
    // A holds the refresh lease. B finds the token stale and must wait for A.
    let b = env.std_cmd().args(["test", "mock", "-o", "json"]).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("crmctl runs");
    std::thread::sleep(Duration::from_millis(1500));
    let mut b = b;
    assert!(b.try_wait().unwrap().is_none(), "process B finished while A held the refresh lease");
    assert_eq!(server.token_requests().len(), 1, "no refresh while A holds: {:#?}", server.token_requests());
    std::fs::write(&release, "go").unwrap();

    let a = wait_output(a, Some(a_out), Some(a_err), "A");
    let b = wait_output(b, None, None, "B");
    for (name, out) in [("A", &a), ("B", &b)] {
        assert!(out.status.success(), "process {name} failed ({:?}):\nstdout:\n{}\nstderr:\n{}", out.status.code(), String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        no_leaks(&env, out, &format!("process {name}"));
    }
    let requests = server.token_requests();
    let refreshes = grants(&requests, "refresh_token");
    assert_eq!(refreshes.len(), 2, "exactly ONE refresh in the race (after the first run's): {requests:#?}");
    assert!(refreshes.iter().all(|r| r["status"] == 200), "no refresh token was spent twice: {requests:#?}");
    let raced = &refreshes[1];
    assert_eq!(raced["refresh_token"], refreshes[0]["issued_refresh_token"]);

    // A third run still works: the refresh token rotated in the race was
    // saved. Revoke the access token to make it refresh again.
    server.revoke_access_tokens();
    test_ok(&env, "the third run");
    let requests = server.token_requests();
    assert_eq!(requests.len(), 3, "{requests:#?}");
    assert_eq!(requests[2]["refresh_token"], raced["issued_refresh_token"], "the third run used the token rotated in the race");
    assert_eq!(requests[2]["status"], 200, "{requests:#?}\n{}", server.stderr());
}

/// Waits (up to a minute) for a child whose pipes may already be taken.
fn wait_output(mut child: Child, stdout: Option<std::process::ChildStdout>, stderr: Option<Lines>, name: &str) -> Output {
    use std::io::Read;
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("process {name} did not finish");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut out = Vec::new();
    if let Some(mut s) = stdout.or_else(|| child.stdout.take()) {
        s.read_to_end(&mut out).unwrap();
    }
    let err = match stderr {
        Some(mut lines) => {
            std::thread::sleep(Duration::from_millis(100));
            lines.text().into_bytes()
        }
        None => {
            let mut e = Vec::new();
            if let Some(mut s) = child.stderr.take() {
                s.read_to_end(&mut e).unwrap();
            }
            e
        }
    };
    Output { status: child.wait().unwrap(), stdout: out, stderr: err }
}

/// An authorization URL the https rule refuses (http, not loopback): `auth
/// login` stops before it prints or opens anything, names the field, and
/// stores nothing.
#[test]
fn an_http_authorize_url_is_refused_before_the_login_starts() {
    let mut env = TestEnv::with_env_key();
    let yaml = r#"id: plain_http_oauth
name: Plain-http OAuth
category: crm
fields:
  - {key: base_url, label: API URL, type: url, required: true}
  - {key: client_id, label: Client id, required: true}
  - {key: client_secret, label: Client secret, required: true, secret: true}
base_url: "{{ base_url }}"
auth:
  type: oauth2
  grant: authorization_code
  authorize_url: "http://login.example.com/authorize"
  token_url: "https://login.example.com/token"
  client_id: "{{ client_id }}"
  client_secret: "{{ client_secret }}"
test: {method: GET, path: /me}
"#;
    let dir = env.write("templates/plain_http_oauth.yaml", yaml).parent().unwrap().to_path_buf();
    env.set("CRMCTL_TEMPLATE_DIR", dir.to_str().unwrap());
    env.set("CLIENT_SECRET", CANARY);
    env.ok(&["integration", "add", "plain_http_oauth", "--name", "plain", "--field", "base_url=https://api.example.com", "--field", "client_id=abc", "--secret", "client_secret=env:CLIENT_SECRET"]);
    let out = env.run(&["auth", "login", "plain", "--no-browser", "--port", "0", "--wait", "5s"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "a template problem is a usage error: {err}");
    assert!(err.contains("authorize_url") && err.contains("is not https"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("login.example.com"), "no URL to open was printed");
    assert_no_canary(&env, &out, "a refused login");
    let status = env.json(&["auth", "status", "plain"]);
    assert_eq!((status["signed_in"].as_bool(), status["refresh_token"].as_bool()), (Some(false), Some(false)), "{status}");
}
