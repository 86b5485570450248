//! `crmctl auth login` with the customer's own OAuth app, per vendor
//! template: HubSpot (OAuth beside the private-app token), Zoho CRM and
//! Zoho Desk (per data centre, `api_domain`), Salesforce (production and
//! sandbox login hosts, `instance_url`), Dynamics 365 (tenant-specific
//! Microsoft identity platform, delegated), Intercom and Pipedrive.
//!
//! Each runs against tests/contract/oauth-server.js (oauth2-mock-server) with
//! the vendor's endpoint paths and token-response shape, and the API calls
//! against a wiremock fake that accepts only the access token the server
//! issued. Logout is checked at the server's revocation endpoint, shaped as
//! the vendor documents it.

use std::process::{Child, ChildStdin, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use wiremock::matchers::{header_regex, method, path, query_param};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{CANARY, FakeProvider, TestEnv, assert_no_canary};
use crate::oauth::{Lines, OAuthServer, http, tools_ready};

const CLIENT_ID: &str = "crmctl-vendor-client";
const ACCESS_CANARY: &str = "at-vendor-canary-51c0e8";

fn server(config: Value) -> OAuthServer {
    let mut c = json!({ "client_id": CLIENT_ID, "client_secret": CANARY, "access_token_prefix": ACCESS_CANARY });
    c.as_object_mut()
        .unwrap()
        .extend(config.as_object().cloned().unwrap_or_default());
    OAuthServer::start(c)
}

/// A fake API that answers `GET api_path` only with a bearer token the
/// OAuth server issued.
fn api(api_path: &str, body: Value) -> FakeProvider {
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path(api_path))
            .and(header_regex(
                "authorization",
                &format!("^Bearer {ACCESS_CANARY}\\."),
            ))
            .respond_with(ResponseTemplate::new(200).set_body_json(body)),
    );
    fake
}

fn add(env: &mut TestEnv, provider: &str, name: &str, args: &[&str]) {
    env.set("VENDOR_CLIENT_SECRET", CANARY);
    let mut a = vec![
        "integration",
        "add",
        provider,
        "--name",
        name,
        "--secret",
        "client_secret=env:VENDOR_CLIENT_SECRET",
    ];
    a.extend_from_slice(args);
    env.ok(&a);
}

struct Login {
    child: Child,
    _stdin: Option<ChildStdin>,
    stdout: Lines,
    stderr: Lines,
    url: String,
}

/// Starts `crmctl auth login NAME --no-browser` and waits for the sign-in
/// URL that starts with `prefix`.
fn start_login(env: &TestEnv, name: &str, prefix: &str) -> Login {
    let mut child = env
        .std_cmd()
        .args([
            "auth",
            "login",
            name,
            "--no-browser",
            "--port",
            "0",
            "--wait",
            "60s",
            "-o",
            "json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("crmctl runs");
    let stdin = child.stdin.take();
    let stdout = Lines::new(child.stdout.take().unwrap());
    let mut stderr = Lines::new(child.stderr.take().unwrap());
    let url = stderr.wait_for(Duration::from_secs(30), |l| {
        l.trim().starts_with(prefix).then(|| l.trim().to_string())
    });
    let Some(url) = url else {
        let _ = child.kill();
        panic!(
            "no sign-in URL starting {prefix} on crmctl's stderr:\n{}",
            stderr.text()
        );
    };
    Login {
        child,
        _stdin: stdin,
        stdout,
        stderr,
        url,
    }
}

impl Login {
    fn query(&self) -> Vec<(String, String)> {
        url::Url::parse(&self.url)
            .unwrap()
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn param(&self, k: &str) -> Option<String> {
        self.query()
            .into_iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v)
    }

    /// The provider approves: its redirect goes to crmctl's listener. Returns
    /// (exit code, stdout, stderr) once crmctl exits.
    fn approve(mut self) -> (Option<i32>, String, String) {
        let (status, headers, body) = http("GET", &self.url, None);
        assert_eq!(status, 302, "the authorize endpoint redirects: {body}");
        let callback = headers
            .get("location")
            .expect("a Location header")
            .to_str()
            .unwrap()
            .to_string();
        let _ = http("GET", &callback, None);
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("crmctl auth login did not exit:\n{}", self.stderr.text());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        std::thread::sleep(Duration::from_millis(100));
        (status.code(), self.stdout.text(), self.stderr.text())
    }
}

impl Drop for Login {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Signs in and asserts it worked; returns the login's JSON.
fn sign_in(login: Login) -> Value {
    let (code, stdout, stderr) = login.approve();
    assert_eq!(code, Some(0), "crmctl auth login failed:\n{stderr}");
    for (what, text) in [("stdout", &stdout), ("stderr", &stderr)] {
        assert!(
            !text.contains(CANARY) && !text.contains(ACCESS_CANARY),
            "a secret leaked to the login's {what}:\n{text}"
        );
    }
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

fn test_ok(env: &TestEnv, name: &str) {
    let out = env.run(&["test", name, "-o", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert!(
        out.status.success() && v[0]["ok"] == true,
        "crmctl test {name} failed: {v:#}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_canary(env, &out, "the test after signing in");
    let store = env.store_bytes();
    assert!(
        !store
            .windows(ACCESS_CANARY.len())
            .any(|w| w == ACCESS_CANARY.as_bytes()),
        "an access token is in clear in the store"
    );
}

fn logout(env: &TestEnv, name: &str) -> Value {
    env.json(&["auth", "logout", name, "--yes"])
}

fn log(server: &OAuthServer, what: &str) -> Vec<Value> {
    server.log()[what].as_array().cloned().unwrap_or_default()
}

#[test]
fn hubspot_oauth_mode_beside_the_private_app_token() {
    if !tools_ready(
        "oauth_vendors::hubspot_oauth_mode_beside_the_private_app_token",
        &[],
    ) {
        return;
    }
    let server = server(json!({
        "authorize_path": "/oauth/authorize",
        "token_path": "/oauth/2026-03/token",
        "revoke_path": "/oauth/v1/refresh-tokens/",
        "expires_in": 1800,
        "extra": { "hub_id": 4242, "user_id": 77, "token_use": "access_token" },
    }));
    let fake = api(
        "/account-info/v3/details",
        json!({ "portalId": 4242, "accountType": "STANDARD", "timeZone": "UTC" }),
    );
    let mut env = TestEnv::with_env_key();

    // The OAuth mode needs the app's client id, not the private-app token.
    let oauth_server = format!("oauth_server_url={}", server.url);
    let id = format!("client_id={CLIENT_ID}");
    let base = fake.url();
    add(
        &mut env,
        "hubspot",
        "hubspot-oauth",
        &[
            "--field",
            "auth_mode=oauth",
            "--field",
            &id,
            "--field",
            &oauth_server,
            "--base-url",
            &base,
        ],
    );
    // The private-app mode still needs its token.
    let out = env.run(&[
        "integration",
        "add",
        "hubspot",
        "--name",
        "hs-pat",
        "--no-input",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("access_token"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.set("HS_TOKEN", "pat-na1-00000000-0000-0000-0000-000000000000");
    env.ok(&[
        "integration",
        "add",
        "hubspot",
        "--name",
        "hs-pat",
        "--secret",
        "access_token=env:HS_TOKEN",
    ]);
    let out = env.run(&["auth", "login", "hs-pat", "--no-browser"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("auth_mode=oauth"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let login = start_login(
        &env,
        "hubspot-oauth",
        &format!("{}/oauth/authorize?", server.url),
    );
    assert_eq!(login.param("client_id").as_deref(), Some(CLIENT_ID));
    let scope = login.param("scope").unwrap_or_default();
    for s in [
        "oauth",
        "crm.objects.contacts.write",
        "crm.objects.deals.read",
        "tickets",
    ] {
        assert!(scope.split(' ').any(|x| x == s), "scope {s} in {scope}");
    }
    assert_eq!(
        login.param("code_challenge_method").as_deref(),
        Some("S256"),
        "HubSpot takes a PKCE code_verifier"
    );
    assert!(login.param("state").is_some_and(|s| s.len() >= 16));
    let done = sign_in(login);
    assert_eq!(done["refresh_token"], true);

    let token = &log(&server, "token_requests")[0];
    assert_eq!(token["grant_type"], "authorization_code");
    assert_eq!(
        token["client_auth"], "post",
        "HubSpot takes the client id and secret in the form"
    );
    assert_eq!(token["code_verifier"], true);
    let status = env.json(&["auth", "status", "hubspot-oauth"]);
    assert_eq!(status["signed_in"], true);
    assert_eq!(status["auth_mode"], "oauth");
    assert_eq!(status["extra"]["hub_id"], 4242, "{status:#}");

    test_ok(&env, "hubspot-oauth");

    // Logout deletes the refresh token at HubSpot: DELETE /oauth/v1/refresh-tokens/{token}.
    let issued = token["issued_refresh_token"].as_str().unwrap().to_string();
    let out = logout(&env, "hubspot-oauth");
    assert_eq!(out["revoked"], "yes", "{out:#}");
    let r = log(&server, "revocations");
    assert_eq!(r.len(), 1, "{r:#?}");
    assert_eq!(r[0]["method"], "DELETE");
    assert_eq!(r[0]["path"], format!("/oauth/v1/refresh-tokens/{issued}"));
    assert_eq!(
        r[0]["known"], true,
        "the refresh token revoked is the one issued"
    );
    assert_eq!(
        env.json(&["auth", "status", "hubspot-oauth"])["signed_in"],
        false
    );
}

/// The sign-in URL each data centre's integration prints (crmctl is stopped
/// once it has printed it).
fn sign_in_url(env: &TestEnv, name: &str, prefix: &str) -> String {
    let login = start_login(env, name, prefix);
    login.url.clone()
}

#[test]
fn zoho_sign_in_goes_to_the_data_centres_accounts_server() {
    if !tools_ready(
        "oauth_vendors::zoho_sign_in_goes_to_the_data_centres_accounts_server",
        &[],
    ) {
        return;
    }
    let mut env = TestEnv::with_env_key();
    env.set("VENDOR_CLIENT_SECRET", CANARY);
    for (dc, accounts) in [
        ("com", "accounts.zoho.com"),
        ("eu", "accounts.zoho.eu"),
        ("in", "accounts.zoho.in"),
        ("au", "accounts.zoho.com.au"),
        ("jp", "accounts.zoho.jp"),
        ("ca", "accounts.zohocloud.ca"),
    ] {
        for provider in ["zoho_crm", "zoho_desk"] {
            let name = format!("{provider}-{dc}").replace('_', "-");
            let domain = format!("accounts_domain={accounts}");
            let mut args = vec![
                "integration",
                "add",
                provider,
                "--name",
                name.as_str(),
                "--field",
                domain.as_str(),
                "--field",
                "client_id=1000.ABCDEF0123456789",
                "--secret",
                "client_secret=env:VENDOR_CLIENT_SECRET",
            ];
            if provider == "zoho_desk" {
                args.extend([
                    "--field",
                    "org_id=649000000",
                    "--field",
                    "department_id=1892000000006907",
                ]);
            }
            env.ok(&args);
            let url = sign_in_url(&env, &name, &format!("https://{accounts}/oauth/v2/auth?"));
            let q: Vec<(String, String)> = url::Url::parse(&url)
                .unwrap()
                .query_pairs()
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
            assert_eq!(get("access_type").as_deref(), Some("offline"), "{url}");
            assert_eq!(get("prompt").as_deref(), Some("consent"), "{url}");
            assert_eq!(get("response_type").as_deref(), Some("code"), "{url}");
            assert!(get("state").is_some(), "{url}");
            let scope = get("scope").unwrap_or_default();
            assert!(
                scope.contains(if provider == "zoho_crm" {
                    "ZohoCRM.modules.ALL"
                } else {
                    "Desk.tickets.ALL"
                }),
                "{url}"
            );
            assert!(
                !scope.contains(' '),
                "Zoho scopes are comma-separated: {scope}"
            );
        }
    }
}

const ZOHO_CLIENT: &str = "1000.ABCDEF0123456789";

fn zoho_server(api_domain: &str) -> OAuthServer {
    server(json!({
        "authorize_path": "/oauth/v2/auth",
        "token_path": "/oauth/v2/token",
        "revoke_path": "/oauth/v2/token/revoke",
        "require_pkce": false,
        "client_id": ZOHO_CLIENT,
        "extra": { "api_domain": api_domain, "token_type": "Bearer" },
    }))
}

#[test]
fn zoho_crm_login_follows_api_domain_and_logout_revokes() {
    if !tools_ready(
        "oauth_vendors::zoho_crm_login_follows_api_domain_and_logout_revokes",
        &[],
    ) {
        return;
    }
    let fake = api(
        "/crm/v8/users",
        json!({ "users": [{ "id": "1", "full_name": "Pat", "email": "pat@example.com", "role": { "name": "CEO" }, "profile": { "name": "Administrator" } }] }),
    );
    let server = zoho_server(&fake.url());
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", server.url);
    add(
        &mut env,
        "zoho_crm",
        "zoho-eu",
        &[
            "--field",
            "accounts_domain=accounts.zoho.eu",
            "--field",
            &accounts,
            "--field",
            "client_id=1000.ABCDEF0123456789",
        ],
    );

    // Before signing in, a request says how to sign in.
    let out = env.run(&["test", "zoho-eu", "-o", "json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert_eq!(v[0]["ok"], false);
    assert!(
        v[0]["hint"]
            .as_str()
            .unwrap_or_default()
            .contains("crmctl auth login zoho-eu"),
        "{v:#}"
    );

    let login = start_login(&env, "zoho-eu", &format!("{}/oauth/v2/auth?", server.url));
    assert_eq!(
        login.param("code_challenge"),
        None,
        "no PKCE for Zoho's server-based clients"
    );
    sign_in(login);
    let status = env.json(&["auth", "status", "zoho-eu"]);
    assert_eq!(
        status["extra"]["api_domain"],
        fake.url().as_str(),
        "{status:#}"
    );
    // The API calls go to the token response's api_domain.
    test_ok(&env, "zoho-eu");
    assert!(
        fake.requests()
            .iter()
            .any(|r| r.url.path() == "/crm/v8/users")
    );

    let issued = log(&server, "token_requests")[0]["issued_refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    let out = logout(&env, "zoho-eu");
    assert_eq!(out["revoked"], "yes", "{out:#}");
    let r = log(&server, "revocations");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["method"], "POST");
    assert_eq!(
        r[0]["query"]["token"],
        issued.as_str(),
        "Zoho revokes with ?token=: {r:#?}"
    );
}

#[test]
fn a_token_response_naming_an_http_api_domain_fails_the_sign_in() {
    if !tools_ready(
        "oauth_vendors::a_token_response_naming_an_http_api_domain_fails_the_sign_in",
        &[],
    ) {
        return;
    }
    let server = zoho_server("http://zohoapis.example.com");
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", server.url);
    add(
        &mut env,
        "zoho_crm",
        "zoho",
        &[
            "--field",
            &accounts,
            "--field",
            "client_id=1000.ABCDEF0123456789",
        ],
    );
    let login = start_login(&env, "zoho", &format!("{}/oauth/v2/auth?", server.url));
    let (code, _, stderr) = login.approve();
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("api_domain") && stderr.contains("nothing was saved"),
        "{stderr}"
    );
    assert!(!stderr.contains(ACCESS_CANARY));
    assert_eq!(env.json(&["auth", "status", "zoho"])["signed_in"], false);
}

#[test]
fn salesforce_prod_signs_in_as_the_readme_shows() {
    if !tools_ready(
        "oauth_vendors::salesforce_prod_signs_in_as_the_readme_shows",
        &[],
    ) {
        return;
    }
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/services/data/v62.0/query"))
            .and(query_param("q", "SELECT Id, Name, OrganizationType, IsSandbox FROM Organization"))
            .and(header_regex("authorization", &format!("^Bearer {ACCESS_CANARY}\\.")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "totalSize": 1, "done": true,
                "records": [{ "Id": "00D000000000001", "Name": "Acme", "OrganizationType": "Enterprise Edition", "IsSandbox": false }]
            }))),
    );
    let server = server(json!({
        "authorize_path": "/services/oauth2/authorize",
        "token_path": "/services/oauth2/token",
        "revoke_path": "/services/oauth2/revoke",
        "no_expires_in": true,
        "extra": {
            "instance_url": fake.url(),
            "id": "https://login.salesforce.com/id/00D000000000001/005000000000001",
            "issued_at": "1764720000000",
            "signature": "c2lnbmF0dXJl",
            "scope": "api refresh_token",
        },
    }));
    let mut env = TestEnv::with_env_key();
    let id = format!("client_id={CLIENT_ID}");
    // The sandbox login host is the other choice.
    add(
        &mut env,
        "salesforce",
        "salesforce-sandbox",
        &[
            "--field",
            &id,
            "--field",
            "login_url=https://test.salesforce.com",
        ],
    );
    let url = sign_in_url(
        &env,
        "salesforce-sandbox",
        "https://test.salesforce.com/services/oauth2/authorize?",
    );
    assert!(url.contains("code_challenge_method=S256"), "{url}");

    let oauth_server = format!("oauth_server_url={}", server.url);
    add(
        &mut env,
        "salesforce",
        "salesforce-prod",
        &["--field", &id, "--field", &oauth_server],
    );
    let login = start_login(
        &env,
        "salesforce-prod",
        &format!("{}/services/oauth2/authorize?", server.url),
    );
    assert_eq!(login.param("scope").as_deref(), Some("api refresh_token"));
    assert_eq!(
        login.param("code_challenge_method").as_deref(),
        Some("S256")
    );
    sign_in(login);
    let status = env.json(&["auth", "status", "salesforce-prod"]);
    assert_eq!(status["extra"]["instance_url"], fake.url().as_str());
    assert!(
        status["extra"].get("signature").is_none(),
        "the signature is not kept in clear: {status:#}"
    );
    test_ok(&env, "salesforce-prod");

    let issued = log(&server, "token_requests")[0]["issued_refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    let out = logout(&env, "salesforce-prod");
    assert_eq!(out["revoked"], "yes", "{out:#}");
    let r = log(&server, "revocations");
    assert_eq!(r[0]["method"], "POST");
    assert_eq!(r[0]["form"]["token"], issued.as_str(), "{r:#?}");
    assert_eq!(r[0]["content_type"], "application/x-www-form-urlencoded");
}

#[test]
fn dynamics_delegated_sign_in_is_tenant_specific_and_refreshes() {
    if !tools_ready(
        "oauth_vendors::dynamics_delegated_sign_in_is_tenant_specific_and_refreshes",
        &[],
    ) {
        return;
    }
    const TENANT: &str = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    let server = server(json!({
        "authorize_path": format!("/{TENANT}/oauth2/v2.0/authorize"),
        "token_path": format!("/{TENANT}/oauth2/v2.0/token"),
        // Shorter than crmctl's refresh margin: every request refreshes first.
        "expires_in": 30,
        "extra": { "ext_expires_in": 30, "token_type": "Bearer" },
    }));
    let fake = api(
        "/api/data/v9.2/WhoAmI",
        json!({ "UserId": "u-1", "BusinessUnitId": "b-1", "OrganizationId": "o-1" }),
    );
    let mut env = TestEnv::with_env_key();
    let oauth_server = format!("oauth_server_url={}", server.url);
    let tenant = format!("tenant_id={TENANT}");
    let base = fake.url();
    add(
        &mut env,
        "dynamics365",
        "dynamics",
        &[
            "--field",
            "auth_mode=delegated",
            "--field",
            "org_url=https://acme.crm6.dynamics.com",
            "--field",
            &tenant,
            "--field",
            "client_id=11111111-2222-3333-4444-555555555555",
            "--field",
            &oauth_server,
            "--base-url",
            &base,
        ],
    );
    server.configure(json!({ "client_id": "11111111-2222-3333-4444-555555555555" }));
    let login = start_login(
        &env,
        "dynamics",
        &format!("{}/{TENANT}/oauth2/v2.0/authorize?", server.url),
    );
    assert_eq!(
        login.param("scope").as_deref(),
        Some("https://acme.crm6.dynamics.com/user_impersonation offline_access")
    );
    assert_eq!(
        login.param("code_challenge_method").as_deref(),
        Some("S256")
    );
    sign_in(login);
    test_ok(&env, "dynamics");
    let grants: Vec<String> = log(&server, "token_requests")
        .iter()
        .map(|r| r["grant_type"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        grants,
        ["authorization_code", "refresh_token"],
        "the 30 s token was refreshed before use"
    );

    let out = logout(&env, "dynamics");
    assert_eq!(out["revoked"], "not offered", "{out:#}");
    assert_eq!(
        env.json(&["auth", "status", "dynamics"])["signed_in"],
        false
    );
}

#[test]
fn intercom_oauth_has_no_pkce_scopes_or_refresh_token() {
    if !tools_ready(
        "oauth_vendors::intercom_oauth_has_no_pkce_scopes_or_refresh_token",
        &[],
    ) {
        return;
    }
    let server = server(json!({
        "authorize_path": "/oauth",
        "token_path": "/auth/eagle/token",
        "require_pkce": false,
        "no_refresh_token": true,
        "no_expires_in": true,
    }));
    let fake = api(
        "/me",
        json!({ "type": "admin", "id": "1", "email": "pat@example.com", "app": { "id_code": "abc", "name": "Acme" } }),
    );
    let mut env = TestEnv::with_env_key();
    let id = format!("client_id={CLIENT_ID}");
    let oauth_server = format!("oauth_server_url={}", server.url);
    let base = fake.url();
    add(
        &mut env,
        "intercom",
        "intercom",
        &[
            "--field",
            "auth_mode=oauth",
            "--field",
            &id,
            "--field",
            &oauth_server,
            "--base-url",
            &base,
        ],
    );
    let login = start_login(&env, "intercom", &format!("{}/oauth?", server.url));
    assert_eq!(login.param("code_challenge"), None);
    assert_eq!(
        login.param("scope"),
        None,
        "Intercom's permissions are the app's"
    );
    let done = sign_in(login);
    assert_eq!(done["refresh_token"], false);
    test_ok(&env, "intercom");
    assert_eq!(logout(&env, "intercom")["revoked"], "not offered");
}

/// Pipedrive's token response names the company's own API host
/// (`api_domain`, e.g. https://acme.pipedrive.com, where API v1 is under
/// /api/v1): after the sign-in every request goes there, and nowhere else.
#[test]
fn pipedrive_oauth_uses_basic_client_auth_the_api_domain_and_revokes() {
    if !tools_ready(
        "oauth_vendors::pipedrive_oauth_uses_basic_client_auth_the_api_domain_and_revokes",
        &[],
    ) {
        return;
    }
    let fake = api(
        "/api/v1/users/me",
        json!({ "success": true, "data": { "id": 1, "name": "Pat", "email": "pat@example.com", "company_name": "Acme", "company_domain": "acme" } }),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/persons"))
            .and(query_param("sort_by", "update_time"))
            .and(header_regex("authorization", &format!("^Bearer {ACCESS_CANARY}\\.")))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "success": true,
                "data": [{ "id": 7, "name": "Ann Lee", "emails": [{ "value": "ann@acme.com", "primary": true }], "phones": [], "update_time": "2025-01-01T10:00:00Z" }],
                "additional_data": { "next_cursor": null }
            }))),
    );
    let server = server(json!({
        "authorize_path": "/oauth/authorize",
        "token_path": "/oauth/token",
        "revoke_path": "/oauth/revoke",
        "require_pkce": false,
        "extra": { "api_domain": fake.url(), "scope": "base,deals:full,contacts:full" },
    }));
    // No --base-url: until the sign-in names api_domain, the base is api.pipedrive.com.
    let env = pipedrive_oauth_env(&server);
    let login = start_login(
        &env,
        "pipedrive",
        &format!("{}/oauth/authorize?", server.url),
    );
    assert_eq!(login.param("code_challenge"), None);
    sign_in(login);
    let token = &log(&server, "token_requests")[0];
    assert_eq!(
        token["client_auth"], "basic",
        "Pipedrive wants the client in HTTP basic auth: {token:#}"
    );
    assert_eq!(
        env.json(&["auth", "status", "pipedrive"])["extra"]["api_domain"],
        fake.url().as_str()
    );
    test_ok(&env, "pipedrive");
    let out = env.run(&["sync", "pipedrive", "--stream", "contacts", "-o", "json"]);
    assert_no_canary(&env, &out, "sync after the sign-in");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert!(out.status.success(), "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(env.json(&["contacts", "show", "7"])["email"], "ann@acme.com");
    let mut paths: Vec<String> = fake.requests().iter().map(|r| r.url.path().to_string()).collect();
    paths.dedup();
    // `test`, then `sync` (its connection check, then the list).
    assert_eq!(paths, ["/api/v1/users/me", "/api/v2/persons"], "API v1 under /api/v1 on the api_domain host");

    let issued = token["issued_refresh_token"].as_str().unwrap().to_string();
    assert_eq!(logout(&env, "pipedrive")["revoked"], "yes");
    let r = log(&server, "revocations");
    assert_eq!(r[0]["form"]["token"], issued.as_str());
    assert_eq!(r[0]["form"]["token_type_hint"], "refresh_token");
    assert_eq!(r[0]["client_auth"], "basic", "{r:#?}");
}

/// A Pipedrive integration in OAuth mode whose OAuth server is `server`.
fn pipedrive_oauth_env(server: &OAuthServer) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let id = format!("client_id={CLIENT_ID}");
    let oauth_server = format!("oauth_server_url={}", server.url);
    add(&mut env, "pipedrive", "pipedrive", &["--field", "auth_mode=oauth", "--field", &id, "--field", &oauth_server, "--field", "line_number=+61299999999"]);
    env
}

/// An api_domain over plain http (off loopback) fails the Pipedrive
/// sign-in: nothing is saved, so no token is ever sent there.
#[test]
fn a_pipedrive_token_response_naming_an_http_api_domain_fails_the_sign_in() {
    if !tools_ready(
        "oauth_vendors::a_pipedrive_token_response_naming_an_http_api_domain_fails_the_sign_in",
        &[],
    ) {
        return;
    }
    let server = server(json!({
        "authorize_path": "/oauth/authorize",
        "token_path": "/oauth/token",
        "revoke_path": "/oauth/revoke",
        "require_pkce": false,
        "extra": { "api_domain": "http://acme.pipedrive.example", "scope": "base" },
    }));
    let env = pipedrive_oauth_env(&server);
    let login = start_login(&env, "pipedrive", &format!("{}/oauth/authorize?", server.url));
    let (code, _, stderr) = login.approve();
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("api_domain") && stderr.contains("nothing was saved"),
        "{stderr}"
    );
    assert!(!stderr.contains(ACCESS_CANARY) && !stderr.contains(CANARY));
    assert_eq!(env.json(&["auth", "status", "pipedrive"])["signed_in"], false);
}

#[test]
fn sap_c4c_oauth_sign_in_then_a_write_with_the_csrf_token() {
    if !tools_ready(
        "oauth_vendors::sap_c4c_oauth_sign_in_then_a_write_with_the_csrf_token",
        &[],
    ) {
        return;
    }
    const ROOT: &str = "/sap/c4c/odata/v1/c4codataapi";
    let server = server(json!({
        "authorize_path": "/sap/bc/sec/oauth2/authorize",
        "token_path": "/sap/bc/sec/oauth2/token",
        "require_pkce": false,
        "extra": { "scope": "UIWC:CC_HOME" },
    }));
    let fake = FakeProvider::start();
    let bearer = format!("^Bearer {ACCESS_CANARY}\\.");
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(wiremock::matchers::header("x-csrf-token", "Fetch"))
            .and(header_regex("authorization", &bearer))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("x-csrf-token", "tok-9")
                    .append_header("set-cookie", "SAP_SESSIONID_C4C_100=s9; path=/"),
            ),
    );
    fake.mount(
        Mock::given(method("POST"))
            .and(path(format!("{ROOT}/ContactCollection")))
            .and(header_regex("authorization", &bearer))
            .and(wiremock::matchers::header("x-csrf-token", "tok-9"))
            .and(header_regex("cookie", "SAP_SESSIONID_C4C_100=s9"))
            .respond_with(ResponseTemplate::new(201).set_body_json(
                json!({"d": {"results": {"ContactID": "1000777", "ObjectID": "00163E0C"}}}),
            )),
    );
    let mut env = TestEnv::with_env_key();
    let id = format!("client_id={CLIENT_ID}");
    let oauth_server = format!("oauth_server_url={}", server.url);
    let base = format!("{}{ROOT}", fake.url());
    add(
        &mut env,
        "sap_c4c",
        "sap",
        &[
            "--field",
            "auth_mode=oauth",
            "--field",
            "host=my123456.crm.ondemand.com",
            "--field",
            &id,
            "--field",
            &oauth_server,
            "--base-url",
            &base,
        ],
    );
    let login = start_login(
        &env,
        "sap",
        &format!("{}/sap/bc/sec/oauth2/authorize?", server.url),
    );
    assert_eq!(login.param("scope").as_deref(), Some("UIWC:CC_HOME"));
    sign_in(login);
    assert_eq!(log(&server, "token_requests")[0]["client_auth"], "basic");
    let out = env.run(&[
        "send",
        "sap",
        "create_contact",
        "--set",
        "caller.name=Ann Lee",
        "--set",
        "caller.phone=+61400111222",
        "-o",
        "json",
    ]);
    assert!(out.status.success(), "{}", crate::common::transcript(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["outputs"]["contact_id"], "1000777");
    assert_no_canary(&env, &out, "the SAP write");
}

#[test]
fn logout_forgets_the_tokens_when_the_vendor_refuses_the_revocation_and_says_so() {
    if !tools_ready(
        "oauth_vendors::logout_forgets_the_tokens_when_the_vendor_refuses_the_revocation_and_says_so",
        &[],
    ) {
        return;
    }
    let fake = api("/crm/v8/users", json!({ "users": [] }));
    let server = zoho_server(&fake.url());
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", server.url);
    add(
        &mut env,
        "zoho_crm",
        "zoho",
        &[
            "--field",
            &accounts,
            "--field",
            "client_id=1000.ABCDEF0123456789",
        ],
    );
    sign_in(start_login(
        &env,
        "zoho",
        &format!("{}/oauth/v2/auth?", server.url),
    ));
    let issued = log(&server, "token_requests")[0]["issued_refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    server.configure(json!({ "revoke_status": 400 }));
    let out = env.run(&["auth", "logout", "zoho", "--yes", "-o", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        crate::common::transcript(&out)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["revoked"], "failed", "{v:#}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("did not confirm the revocation") && stderr.contains("400"),
        "{stderr}"
    );
    for text in [
        String::from_utf8_lossy(&out.stdout).to_string(),
        stderr.to_string(),
    ] {
        assert!(
            !text.contains(&issued) && !text.contains(CANARY),
            "a token leaked: {text}"
        );
    }
    assert_eq!(
        env.json(&["auth", "status", "zoho"])["signed_in"],
        false,
        "forgotten here all the same"
    );

    // --local-only forgets without asking the vendor.
    server.configure(json!({ "revoke_status": 0 }));
    sign_in(start_login(
        &env,
        "zoho",
        &format!("{}/oauth/v2/auth?", server.url),
    ));
    let before = log(&server, "revocations").len();
    let v = env.json(&["auth", "logout", "zoho", "--yes", "--local-only"]);
    assert_eq!(v["revoked"], "skipped");
    assert_eq!(
        log(&server, "revocations").len(),
        before,
        "no revocation request"
    );
}
