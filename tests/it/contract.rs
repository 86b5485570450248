//! Contract tests: for Zendesk (Support, and Help Center for `kb import`), Chatwoot, Pipedrive, Jira and Zoho CRM
//! (and `crmctl sync` for Jira and Zoho CRM),
//! crmctl's connection test and every action of the built-in template are
//! sent to Prism (`@stoplight/prism-cli`) mocking the vendor's own OpenAPI
//! file from ../shared/vendor-specs/, and must be accepted: a 2xx and no
//! `sl-violations` header on any exchange (read from the sync log).
//!
//! The spec files stay untouched: tests/contract/prepare-specs.js makes a
//! generated copy in a temporary directory (see the notes there and in
//! ../shared/vendor-specs/SOURCES.md). Prism runs with `--errors`, so a
//! response that breaks the spec is a 500 too; a request that breaks it is a
//! 4xx with or without that flag.
//!
//! Zoho CRM signs in with OAuth 2.0 (refresh-token grant): its token endpoint
//! is tests/contract/oauth-server.js (oauth2-mock-server), reached through the
//! template's optional `accounts_url` field, and the token response's
//! `api_domain` points crmctl at Prism, as Zoho's does at the org's data centre.
//!
//! The npm tools come from `npm ci --prefix tests/contract`. Without them (or
//! without the vendor specs) a test prints "skipped: ..." and passes, except
//! under CI (env `CI` set), where it fails.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};
use tempfile::TempDir;

use crate::common::{assert_no_canary, TestEnv, CANARY};
use crate::oauth::{tools_dir, tools_ready, Lines, OAuthServer};

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/vendor-specs")
}

fn payload() -> String {
    tools_dir().join("payloads/conversation_ended.json").display().to_string()
}

/// `prism mock` serving a generated copy of one vendor's spec on a free
/// loopback port; killed on drop.
struct Prism {
    child: Child,
    url: String,
    log: Lines,
    _copies: TempDir,
}

impl Prism {
    fn start(vendor: &str) -> Prism {
        let copies = tempfile::tempdir().expect("temp dir");
        let prepared = Command::new("node")
            .arg(tools_dir().join("prepare-specs.js"))
            .arg(specs_dir())
            .arg(copies.path())
            .arg(vendor)
            .current_dir(tools_dir())
            .output()
            .expect("node runs prepare-specs.js");
        assert!(prepared.status.success(), "prepare-specs.js {vendor} failed:\n{}", String::from_utf8_lossy(&prepared.stderr));
        let specs: Value = serde_json::from_slice(&prepared.stdout).expect("prepare-specs.js prints JSON");
        let spec = specs[vendor].as_str().expect("the generated spec's path").to_string();

        let mut child = Command::new(tools_dir().join("node_modules/.bin/prism"))
            .args(["mock", &spec, "-p", "0", "-h", "127.0.0.1", "--errors"])
            .current_dir(tools_dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("prism runs");
        let mut log = Lines::new(child.stdout.take().unwrap());
        let mut errors = Lines::new(child.stderr.take().unwrap());
        let re = regex::Regex::new(r"Prism is listening on (http://127\.0\.0\.1:\d+)").unwrap();
        // A large spec on a busy machine takes a while to load.
        let url = log.wait_for(Duration::from_secs(300), |l| re.captures(l).map(|c| c[1].to_string()));
        let Some(url) = url else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("prism did not start for {vendor}:\n{}\n{}", tail(&log.text(), 40), errors.text());
        };
        Prism { child, url, log, _copies: copies }
    }

    /// Prism's own report of what it rejected, for a failure message.
    fn violations(&mut self) -> String {
        let text = self.log.text();
        let lines: Vec<&str> = text.lines().filter(|l| l.contains('✖') || l.contains("Violation") || l.contains("⚠")).collect();
        tail(&lines.join("\n"), 60)
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// One vendor's run: the integration's fields and secrets, and whether the
/// base URL is overridden to point at Prism (Zoho's comes from the token).
struct Case<'a> {
    vendor: &'a str,
    provider: &'a str,
    fields: Vec<String>,
    /// (field, value): each given as `--secret field=env:VAR`.
    secrets: Vec<(&'a str, String)>,
    base_url_flag: bool,
}

/// Adds the integration, runs `crmctl test` and every action of the
/// template against Prism, then checks every recorded exchange. Returns
/// the env (for more checks) after asserting there were no problems.
fn run(case: Case<'_>, prism: &mut Prism) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let mut args: Vec<String> = ["integration", "add", case.provider, "--name", "x"].map(String::from).to_vec();
    if case.base_url_flag {
        args.extend(["--base-url".into(), prism.url.clone()]);
    }
    for f in &case.fields {
        args.extend(["--field".into(), f.clone()]);
    }
    for (i, (field, value)) in case.secrets.iter().enumerate() {
        let var = format!("CONTRACT_SECRET_{i}");
        env.set(&var, value);
        args.extend(["--secret".into(), format!("{field}=env:{var}")]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.ok(&args);

    let mut problems = Vec::new();
    let out = env.run(&["test", "x", "-o", "json"]);
    let verdict: Value = serde_json::from_slice::<Value>(&out.stdout).map(|v| v[0].clone()).unwrap_or(Value::Null);
    if !out.status.success() || verdict["ok"] != true {
        problems.push(format!("crmctl test x: exit {:?}: {verdict:#}\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr)));
    }
    assert_no_canary(&env, &out, "crmctl test");

    let template = env.json(&["template", "show", case.provider]);
    let actions: Vec<String> = template["actions"].as_object().expect("actions").keys().cloned().collect();
    assert!(!actions.is_empty(), "{} has actions", case.provider);
    let payload = payload();
    let mut sent = 0;
    for action in &actions {
        let out = env.run(&["send", "x", action, "--payload", &payload, "-o", "json"]);
        assert_no_canary(&env, &out, &format!("crmctl send x {action}"));
        let outcome: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        if !outcome.is_null() {
            sent += 1;
        }
        if !out.status.success() || outcome["ok"] != true {
            problems.push(format!(
                "crmctl send x {action}: exit {:?}\n{}{}",
                out.status.code(),
                if outcome.is_null() { String::new() } else { format!("{outcome:#}\n") },
                String::from_utf8_lossy(&out.stderr).trim_end()
            ));
        }
    }

    // Every exchange crmctl recorded: sent to Prism, 2xx, no violations.
    let db = crate::common::store_db(&env);
    
    let rows: Vec<(String, Value)> = db.query_map("SELECT kind, detail FROM sync_logs ORDER BY started_at, id", (), |r| Ok((r.get::<String>(0)?, serde_json::from_str(&r.get::<String>(1)?).unwrap_or(Value::Null)))).unwrap();
    let tests = rows.iter().filter(|(k, _)| k == "test").count();
    let sends = rows.iter().filter(|(k, _)| k == "action").count();
    assert_eq!((tests, sends), (1, sent), "one sync-log row per test and per action sent");
    for (kind, detail) in &rows {
        problems.extend(exchange_problems(kind, detail, &prism.url));
    }
    assert!(
        problems.is_empty(),
        "{} ({}) broke the contract of {}'s spec:\n\n{}\n\nPrism said:\n{}",
        case.provider,
        actions.join(", "),
        case.vendor,
        problems.join("\n\n"),
        prism.violations()
    );
    env
}

/// What is wrong with one sync-log row's recorded exchanges: none, one not
/// sent to Prism, not 2xx, or with an `sl-violations` header.
fn exchange_problems(kind: &str, detail: &Value, prism_url: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let exchanges = detail["exchanges"].as_array().cloned().unwrap_or_default();
    if exchanges.is_empty() {
        problems.push(format!("a {kind} recorded no exchange: {detail:#}"));
    }
    for ex in exchanges {
        let req = &ex["request"];
        let what = format!("{} {}", req["method"].as_str().unwrap_or("?"), req["url"].as_str().unwrap_or("?"));
        if !req["url"].as_str().is_some_and(|u| u.starts_with(&format!("{prism_url}/"))) {
            problems.push(format!("{what}: not sent to Prism at {prism_url}"));
        }
        let resp = &ex["response"];
        let status = resp["status"].as_u64();
        if !status.is_some_and(|s| (200..300).contains(&s)) {
            problems.push(format!("{what}: answered {status:?}: {}", resp["body"]));
        }
        let headers = resp["headers"].as_object().cloned().unwrap_or_default();
        if let Some((_, v)) = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("sl-violations")) {
            problems.push(format!("{what}: sl-violations: {v}"));
        }
    }
    problems
}

/// `crmctl sync` (every stream of the template) against Prism: each list
/// request it recorded was accepted by the vendor's spec.
fn sync_against(env: &TestEnv, prism: &mut Prism, streams: &[&str]) {
    let out = env.run(&["sync", "x", "-o", "json"]);
    assert_no_canary(env, &out, "crmctl sync");
    let db = crate::common::store_db(&env);
    
    let details: Vec<Value> =
        db.query_map("SELECT detail FROM sync_logs WHERE kind = 'record_sync' ORDER BY started_at, id", (), |r| Ok(serde_json::from_str(&r.get::<String>(0)?).unwrap_or(Value::Null))).unwrap();
    let synced: Vec<&str> = details.iter().filter_map(|d| d["stream"].as_str()).collect();
    assert_eq!(synced, streams, "one record_sync row per stream: {}", String::from_utf8_lossy(&out.stdout));
    let problems: Vec<String> = details.iter().flat_map(|d| exchange_problems("record_sync", d, &prism.url)).collect();
    assert!(problems.is_empty(), "crmctl sync broke the spec:\n\n{}\n\nPrism said:\n{}", problems.join("\n\n"), prism.violations());
}

fn ready(test: &str, spec: &str) -> bool {
    tools_ready(test, &[specs_dir().join(spec)])
}

/// Prism serving the vendor's spec, and `run` against it.
fn check(test: &str, spec: &str, case: Case<'_>) {
    if !ready(test, spec) {
        return;
    }
    let mut prism = Prism::start(case.vendor);
    run(case, &mut prism);
}

#[test]
fn zendesk() {
    check("contract::zendesk", "zendesk/support-oas.yaml", Case {
        vendor: "zendesk",
        provider: "zendesk",
        fields: vec!["subdomain=acme".into(), "email=support-bot@acme.com".into()],
        secrets: vec![("api_token", CANARY.into())],
        base_url_flag: true,
    });
}

/// Zendesk Help Center (Guide): `crmctl kb import` against Prism serving
/// help-center-oas.yaml (List Articles). The spec's example page has no
/// `links.next`, so each import reads one page; `--since` sends
/// `start_time` (an integer in the spec), `--full` reads everything.
#[test]
fn zendesk_help_center_kb_import() {
    if !ready("contract::zendesk_help_center_kb_import", "zendesk/help-center-oas.yaml") {
        return;
    }
    let mut prism = Prism::start("zendesk-help-center");
    let mut env = TestEnv::with_env_key();
    env.set("CONTRACT_SECRET_0", CANARY);
    env.ok(&[
        "integration", "add", "zendesk", "--name", "x", "--base-url", &prism.url,
        "--field", "subdomain=acme", "--field", "email=support-bot@acme.com", "--secret", "api_token=env:CONTRACT_SECRET_0",
    ]);

    let mut problems = Vec::new();
    let runs: [&[&str]; 3] = [&[], &["--since", "7d"], &["--full"]];
    for extra in runs {
        let mut args = vec!["kb", "import", "x", "--locale", "en-us", "-o", "json"];
        args.extend_from_slice(extra);
        let out = env.run(&args);
        assert_no_canary(&env, &out, &format!("crmctl {}", args.join(" ")));
        let report: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        if !out.status.success() || report["status"] != "success" {
            problems.push(format!(
                "crmctl {}: exit {:?}: {report:#}\n{}",
                args.join(" "),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).trim_end()
            ));
        }
    }

    // The spec's example article was stored.
    let list = env.json(&["kb", "list", "--integration", "x"]);
    let ids: Vec<&str> = list.as_array().map(|a| a.iter().filter_map(|x| x["external_id"].as_str()).collect()).unwrap_or_default();
    if ids != ["35467"] {
        problems.push(format!("kb list: expected the spec's example article 35467, got {list:#}"));
    }

    // Every exchange of every import: List Articles on Prism, 2xx, no violations.
    let db = crate::common::store_db(&env);
    
    let details: Vec<Value> = db.query_map("SELECT detail FROM sync_logs WHERE kind = 'kb_import' ORDER BY started_at, id", (), |r| Ok(serde_json::from_str(&r.get::<String>(0)?).unwrap_or(Value::Null))).unwrap();
    assert_eq!(details.len(), runs.len(), "one kb_import sync-log row per import");
    let mut with_start_time = 0;
    for detail in &details {
        let exchanges = detail["exchanges"].as_array().cloned().unwrap_or_default();
        if exchanges.is_empty() {
            problems.push(format!("a kb_import recorded no exchange: {detail:#}"));
        }
        for ex in exchanges {
            let req = &ex["request"];
            let url = req["url"].as_str().unwrap_or("?");
            let what = format!("{} {url}", req["method"].as_str().unwrap_or("?"));
            if !url.starts_with(&format!("{}/api/v2/help_center/en-us/articles?", prism.url)) {
                problems.push(format!("{what}: not List Articles on Prism at {}", prism.url));
            }
            if url.contains("start_time=") {
                with_start_time += 1;
            }
            let resp = &ex["response"];
            let status = resp["status"].as_u64();
            if !status.is_some_and(|s| (200..300).contains(&s)) {
                problems.push(format!("{what}: answered {status:?}: {}", resp["body"]));
            }
            let headers = resp["headers"].as_object().cloned().unwrap_or_default();
            if let Some((_, v)) = headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("sl-violations")) {
                problems.push(format!("{what}: sl-violations: {v}"));
            }
        }
    }
    if with_start_time == 0 {
        problems.push("no request carried start_time (the --since import)".into());
    }
    assert!(
        problems.is_empty(),
        "zendesk kb import broke the contract of help-center-oas.yaml:\n\n{}\n\nPrism said:\n{}",
        problems.join("\n\n"),
        prism.violations()
    );
}

#[test]
fn chatwoot() {
    check("contract::chatwoot", "chatwoot/application_swagger.json", Case {
        vendor: "chatwoot",
        provider: "chatwoot",
        fields: vec!["instance_url=https://chat.acme.com".into(), "account_id=1".into(), "inbox_id=3".into()],
        secrets: vec![("api_access_token", CANARY.into())],
        base_url_flag: true,
    });
}

/// Chatwoot's contacts and conversations as `crmctl sync` pages them,
/// through Prism serving application_swagger.json.
#[test]
fn chatwoot_streams() {
    if !ready("contract::chatwoot_streams", "chatwoot/application_swagger.json") {
        return;
    }
    let mut prism = Prism::start("chatwoot");
    let env = run(
        Case {
            vendor: "chatwoot",
            provider: "chatwoot",
            fields: vec!["instance_url=https://chat.acme.com".into(), "account_id=1".into(), "inbox_id=3".into()],
            secrets: vec![("api_access_token", CANARY.into())],
            base_url_flag: true,
        },
        &mut prism,
    );
    sync_against(&env, &mut prism, &["contacts", "tickets"]);
}

/// The helpdesk administration commands (seed 002: agents, inboxes and
/// their members, agent bots) through Prism serving application_swagger.json:
/// each request must be one the spec accepts (Prism answers 4xx otherwise,
/// and the command exits non-zero).
#[test]
fn chatwoot_administration() {
    if !ready("contract::chatwoot_administration", "chatwoot/application_swagger.json") {
        return;
    }
    let mut prism = Prism::start("chatwoot");
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    env.ok(&[
        "integration", "add", "chatwoot", "--name", "cw", "--base-url", &prism.url, "--field", "instance_url=https://chat.acme.com",
        "--field", "account_id=1", "--field", "inbox_id=3", "--secret", "api_access_token=env:CW_TOKEN",
    ]);
    let id = |v: &Value| match &v["id"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let agents = env.json(&["chatwoot", "agents", "list"]);
    let agent = agents.as_array().and_then(|a| a.first()).map(id).expect("the spec's example lists an agent");
    let inboxes = env.json(&["chatwoot", "inboxes", "list"]);
    let inbox = inboxes.as_array().and_then(|a| a.first()).map(id).expect("the spec's example lists an inbox");
    let bots = env.json(&["chatwoot", "bots", "list"]);
    let bot = bots.as_array().and_then(|a| a.first()).map(id).expect("the spec's example lists a bot");
    let steps: Vec<Vec<&str>> = vec![
        vec!["chatwoot", "inboxes", "create", "--name", "Contract website", "--website-url", "https://acme.com", "--greeting", "Hello"],
        vec!["chatwoot", "inboxes", "create", "--name", "Contract api", "--channel", "api", "--webhook-url", "https://hooks.acme.com/cw"],
        vec!["chatwoot", "inboxes", "members", "list", &inbox],
        vec!["chatwoot", "inboxes", "members", "add", &inbox, &agent],
        vec!["chatwoot", "inboxes", "members", "remove", &inbox, &agent],
        vec!["chatwoot", "bots", "create", "--name", "Contract bot", "--outgoing-url", "https://bots.acme.com/cw"],
        vec!["chatwoot", "bots", "attach", &bot, &inbox],
    ];
    for args in steps {
        let out = env.run(&args);
        assert!(out.status.success(), "crmctl {args:?} broke the contract of Chatwoot's spec:\n{}\nPrism said:\n{}", crate::common::transcript(&out), prism.violations());
        assert_no_canary(&env, &out, "chatwoot administration through Prism");
    }
}

#[test]
fn pipedrive() {
    check("contract::pipedrive", "pipedrive/openapi-v2.yaml", Case {
        vendor: "pipedrive",
        provider: "pipedrive",
        fields: vec!["line_number=+61299999999".into()],
        // The field's pattern wants 40 hex digits, so no canary text here.
        secrets: vec![("api_token", "3f9a1c0e7b5d2a8c4e6f1b3d5a7c9e0f2b4d6a8c".into())],
        base_url_flag: true,
    });
}

#[test]
fn jira() {
    if !ready("contract::jira", "jira/swagger-v3.v3.json") {
        return;
    }
    let mut prism = Prism::start("jira");
    let env = run(
        Case {
            vendor: "jira",
            provider: "jira",
            fields: vec!["site_url=https://acme.atlassian.net".into(), "email=support-bot@acme.com".into(), "project_key=SUP".into()],
            secrets: vec![("api_token", CANARY.into())],
            base_url_flag: true,
        },
        &mut prism,
    );
    sync_against(&env, &mut prism, &["tickets"]);
}

#[test]
fn zoho_crm() {
    if !ready("contract::zoho_crm", "zoho/v8.0/record.json") {
        return;
    }
    let mut prism = Prism::start("zoho");
    const CLIENT_ID: &str = "1000.K7QX2ZT9B4M1R8W3N6P0YJ5HC2LD8F";
    const REFRESH: &str = "1000.6f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    // Zoho's accounts server: the refresh-token grant, client id and secret in
    // the form body; refresh tokens do not rotate; `api_domain` names the API host.
    let accounts = OAuthServer::start(json!({
        "token_path": "/oauth/v2/token",
        "client_id": CLIENT_ID,
        "client_secret": CANARY,
        "refresh_tokens": [REFRESH],
        "rotate": false,
        "extra": {"api_domain": prism.url},
    }));
    let env = run(
        Case {
            vendor: "zoho",
            provider: "zoho_crm",
            fields: vec![format!("accounts_url={}", accounts.url), format!("client_id={CLIENT_ID}"), "accounts_domain=accounts.zoho.eu".into()],
            secrets: vec![("client_secret", CANARY.into()), ("refresh_token", REFRESH.into())],
            base_url_flag: false,
        },
        &mut prism,
    );
    let requests = accounts.token_requests();
    assert!(!requests.is_empty(), "crmctl asked Zoho's accounts server for a token");
    for r in &requests {
        assert_eq!(r["grant_type"], "refresh_token", "{r:#}");
        assert_eq!(r["refresh_token"], REFRESH, "{r:#}");
        assert_eq!(r["client_auth"], "post", "Zoho takes the client id and secret as form parameters: {r:#}");
        assert_eq!(r["status"], 200, "{r:#}");
    }
    // The access token is cached: one grant for the test and all actions.
    assert_eq!(requests.len(), 1, "{requests:#?}");
    let status = env.json(&["auth", "status", "x"]);
    assert_eq!(status["signed_in"], true, "{status:#}");
    assert_eq!(status["extra"]["api_domain"], prism.url.as_str(), "{status:#}");
    sync_against(&env, &mut prism, &["contacts", "deals"]);
}

/// The specs are served from generated copies; the files themselves still
/// hash to what ../shared/vendor-specs/SOURCES.md records.
#[test]
fn vendor_specs_are_untouched() {
    use sha2::Digest;
    let dir = specs_dir();
    let sources = dir.join("SOURCES.md");
    if !sources.exists() {
        if std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false")) {
            panic!("missing {}; CI is set, so this fails instead of skipping", sources.display());
        }
        eprintln!("skipped: missing {} [contract::vendor_specs_are_untouched]", sources.display());
        return;
    }
    let text = std::fs::read_to_string(&sources).unwrap();
    let hash_re = regex::Regex::new(r"\b[0-9a-f]{16}\b").unwrap();
    let mut checked = 0;
    for row in text.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| dir/file") && !l.starts_with("|---")) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        // | dir/file | from | size | OpenAPI | sha256 | licence |
        let (Some(file), Some(hash)) = (cells.get(1), cells.get(5).and_then(|c| hash_re.find(c))) else { continue };
        let file = file.split_whitespace().next().unwrap();
        let bytes = if let Some(pattern) = file.strip_suffix("*.json") {
            // "(concat)": the files in name order, one after another.
            let mut names: Vec<PathBuf> = std::fs::read_dir(dir.join(pattern))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            names.sort();
            names.iter().flat_map(|p| std::fs::read(p).unwrap()).collect::<Vec<u8>>()
        } else {
            std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
        };
        let digest = hex::encode(sha2::Sha256::digest(&bytes));
        assert_eq!(&digest[..16], hash.as_str(), "{file} changed; the contract tests must only change generated copies");
        checked += 1;
    }
    assert!(checked >= 7, "SOURCES.md lists the spec files and their hashes ({checked} found)");
}
