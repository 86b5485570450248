//! A hostile provider: it redirects across origins, hands out next-page
//! URLs on another origin or over plain http, echoes the secrets back in
//! every encoding and as object keys, streams a 100 MB body and pages
//! forever with fresh cursors. A second fake plays "the other origin" and
//! records what reaches it: no credential ever does, and no form of a
//! secret reaches the store file or any output. And a hostile client of
//! `crmctl serve`: a log-forging path, a slow-loris, a flood of connections.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, Request, Respond, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

/// The custom-header secret (the API key is [`CANARY`]).
const HEADER_SECRET: &str = "hdr-4b9d2f71c3e8-SECRET-never-elsewhere";

/// Credentials of every kind: an `X-Api-Key` auth header, a custom header,
/// Chatwoot's `api_access_token` header and a query key.
const TEMPLATE: &str = r#"
id: hostile
name: Hostile provider
category: custom
fields:
  - {key: base_url, label: Base URL, type: url, required: true}
  - {key: api_key, label: API key, secret: true, required: true}
  - {key: header_secret, label: Header secret, secret: true, required: true}
base_url: "{{ base_url }}"
headers:
  X-Custom-Auth: "{{ header_secret }}"
  api_access_token: "{{ header_secret }}"
auth: {type: api_key, in: header, name: X-Api-Key, value: "{{ api_key }}"}
test:
  method: GET
  path: /me
  query: {key: "{{ api_key }}"}
  expect: {status: [200]}
knowledge_base:
  list: {path: /kb}
  pagination: {style: next_url, path: next}
  items: articles
  fields: {id: id, title: title, body: body, body_format: html, url: url, updated_at: updated_at}
streams:
  contacts:
    list: {path: /contacts}
    pagination: {style: cursor, param: cursor, next: next_cursor}
    items: data
    id: id
    updated_at: updated_at
    fields: {email: email, full_name: name}
"#;

fn env_for(base: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let p = env.write("tpl/hostile.yaml", TEMPLATE);
    env.ok(&["template", "validate", p.to_str().unwrap()]);
    env.set("CRMCTL_TEMPLATE_DIR", p.parent().unwrap().to_str().unwrap());
    env.set("H_KEY", CANARY);
    env.set("H_HDR", HEADER_SECRET);
    let field = format!("base_url={base}");
    env.ok(&[
        "integration",
        "add",
        "hostile",
        "--name",
        "h",
        "--field",
        &field,
        "--secret",
        "api_key=env:H_KEY",
        "--secret",
        "header_secret=env:H_HDR",
    ]);
    env
}

/// Every form a secret takes on the wire that must appear nowhere.
fn forms(secret: &str) -> Vec<String> {
    let b = secret.as_bytes();
    let mut v = vec![secret.to_string()];
    v.push(url::form_urlencoded::byte_serialize(b).collect());
    v.push(b.iter().map(|c| format!("%{c:02X}")).collect());
    v.push(b.iter().map(|c| format!("%{c:02x}")).collect());
    for e in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
        v.push(e.encode(b));
        v.push(e.encode(format!("user:{secret}")));
    }
    v
}

/// Every 12-byte run of any form of either secret, in `hay`.
fn leak(hay: &[u8]) -> Option<String> {
    for s in [CANARY, HEADER_SECRET] {
        for f in forms(s) {
            // The encoded forms of `user:` share a prefix with anything
            // base64; the part from the secret is what must not be there.
            let f = f.as_bytes();
            for w in f.windows(12).skip(if f.len() > 16 { 4 } else { 0 }) {
                if hay.windows(12).any(|h| h == w) {
                    return Some(String::from_utf8_lossy(w).into_owned());
                }
            }
        }
    }
    None
}

fn assert_no_leak(env: &TestEnv, out: &std::process::Output, what: &str) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert_eq!(
            leak(bytes),
            None,
            "a form of a secret leaked to {stream} of {what}:\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
    assert_eq!(
        leak(&env.store_bytes()),
        None,
        "a form of a secret is in the store after {what}"
    );
}

/// No request that reached `other` carried a credential of any kind.
fn assert_nothing_reached(other: &Fake) {
    for r in other.requests() {
        let text = format!(
            "{} {:?} {}",
            r.url,
            r.headers,
            String::from_utf8_lossy(&r.body)
        );
        assert_eq!(
            leak(text.as_bytes()),
            None,
            "a credential reached the other origin: {text}"
        );
        for h in [
            "x-api-key",
            "x-custom-auth",
            "api_access_token",
            "authorization",
            "cookie",
        ] {
            assert!(
                !r.headers.contains_key(h),
                "{h} reached the other origin: {text}"
            );
        }
    }
}

fn log_rows(env: &TestEnv) -> Vec<(String, String, String)> {
    let db = store_db(&env);
    db.query_map("SELECT kind, status, detail FROM sync_logs ORDER BY started_at", (), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
}

fn ok_json(v: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(v)
}

fn art(id: u64) -> Value {
    json!({"id": id, "title": format!("Article {id}"), "body": "<p>x</p>", "url": format!("https://help.example/{id}"), "updated_at": "2025-01-01T00:00:00Z"})
}

#[test]
fn cross_origin_redirects_are_refused_with_every_credential() {
    let fake = Fake::start();
    let other = Fake::start();
    other.mount(Mock::given(wiremock::matchers::any()).respond_with(ok_json(json!({"ok": true}))));
    for (status, p) in [(302, "/me"), (307, "/kb")] {
        fake.mount(
            Mock::given(path(p)).respond_with(
                ResponseTemplate::new(status)
                    .insert_header("location", format!("{}/collect{p}", other.url()).as_str()),
            ),
        );
    }
    let env = env_for(&fake.url());
    let out = env.run(&["test", "h", "-o", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the test does not report ok: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v.to_string();
    assert!(
        text.contains("refused a redirect") && text.contains("another origin"),
        "{text}"
    );
    assert_no_leak(&env, &out, "test");
    let out = env.run(&["kb", "import", "h", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("refused a redirect"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_no_leak(&env, &out, "kb import");
    assert_nothing_reached(&other);
    assert!(
        other.requests().is_empty(),
        "the redirect was not followed at all"
    );
    // Both refusals are in the sync log.
    let rows = log_rows(&env);
    assert!(
        rows.iter()
            .filter(|(_, s, d)| s == "failure" && d.contains("refused a redirect"))
            .count()
            >= 2,
        "{rows:?}"
    );
}

/// Hands out one next-page URL, then a last page.
fn paging_fake(next: &str) -> Fake {
    let fake = Fake::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/kb"))
            .and(query_param("page", "2"))
            .respond_with(ok_json(json!({"articles": [art(3)]}))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/kb"))
            .respond_with(ok_json(json!({"articles": [art(1), art(2)], "next": next}))),
    );
    fake
}

#[test]
fn foreign_and_http_next_page_urls_are_refused_and_never_kept() {
    let other = Fake::start();
    other.mount(
        Mock::given(wiremock::matchers::any()).respond_with(ok_json(json!({"articles": [art(9)]}))),
    );
    let other_host = other.url().trim_start_matches("http://").to_string();
    let cases = [
        format!("{}/kb?page=2", other.url()),
        // Protocol-relative: another origin too.
        format!("//{other_host}/kb?page=2"),
        "http://help.example.com/kb?page=2".to_string(),
        "https://user:pw@help.example.com/kb?page=2".to_string(),
        "https://help.example.com:8443/kb?page=2".to_string(),
    ];
    for next in cases {
        let fake = paging_fake(&next);
        let env = env_for(&fake.url());
        let out = env.run(&["kb", "import", "h", "-o", "json"]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{next}: {text}");
        assert!(text.contains("next-page URL was refused"), "{next}: {text}");
        assert_no_leak(&env, &out, "kb import");
        // The refusal has its sync-log row.
        let rows = log_rows(&env);
        assert!(
            rows.iter()
                .any(|(_, s, d)| s == "failure" && d.contains("next-page URL was refused")),
            "{next}: {rows:?}"
        );
        // The refused URL was not kept as the resume point: the next run
        // starts again at the list's first page on the provider.
        fake.reset();
        fake.mount(
            Mock::given(method("GET"))
                .and(path("/kb"))
                .and(query_param_is_missing("page"))
                .respond_with(ok_json(json!({"articles": [art(1)]}))),
        );
        let out = env.run(&["kb", "import", "h", "-o", "json"]);
        assert!(
            out.status.success(),
            "{next}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let reqs = fake.requests();
        assert_eq!(
            reqs.len(),
            1,
            "{next}: one request for the first page: {:?}",
            reqs.iter().map(|r| r.url.to_string()).collect::<Vec<_>>()
        );
        assert_no_leak(&env, &out, "kb import (again)");
        let db = store_db(&env);
        let kept: Option<String> = db
            .query_map("SELECT run_position FROM kb_import_state WHERE run_position IS NOT NULL", (), |r| r.get::<String>(0))
            .map(|v| Some(v.join(",")).filter(|s| !s.is_empty()))
            .unwrap_or(None);
        assert!(
            kept.is_none_or(|k| !k.contains(&other_host) && !k.contains("help.example.com")),
            "{next}: the refused URL is no resume point"
        );
    }
    assert!(
        other.requests().is_empty(),
        "nothing reached the other origin"
    );
}

/// A same-origin next-page URL is followed with its credentials.
#[test]
fn same_origin_next_page_urls_are_followed() {
    let fake = Fake::start();
    let next = format!("{}/kb?page=2", fake.url());
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/kb"))
            .and(query_param("page", "2"))
            .respond_with(ok_json(json!({"articles": [art(3)]}))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/kb"))
            .respond_with(ok_json(json!({"articles": [art(1), art(2)], "next": next}))),
    );
    let env = env_for(&fake.url());
    let out = env.run(&["kb", "import", "h", "-o", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert!(
        reqs.iter()
            .all(|r| r.headers.get("x-api-key").map(|v| v.to_str().unwrap()) == Some(CANARY))
    );
}

/// A template's request for a URL off the integration's origins (here an
/// absolute path from a field) is refused before anything is sent;
/// `origins:` names the extra hosts that may have the credentials.
#[test]
fn a_request_off_the_integrations_origins_is_refused_unless_the_template_lists_it() {
    let fake = Fake::start();
    let other = Fake::start();
    other.mount(Mock::given(wiremock::matchers::any()).respond_with(ok_json(json!({"ok": true}))));
    let tpl = TEMPLATE
        .replace("  path: /me\n", "  path: \"{{ probe_url }}\"\n")
        .replace(
            "  - {key: header_secret",
            "  - {key: probe_url, label: Probe URL, required: true}\n  - {key: header_secret",
        );
    let mut env = TestEnv::with_env_key();
    let p = env.write("tpl/hostile.yaml", &tpl);
    env.set("CRMCTL_TEMPLATE_DIR", p.parent().unwrap().to_str().unwrap());
    env.set("H_KEY", CANARY);
    env.set("H_HDR", HEADER_SECRET);
    let base = format!("base_url={}", fake.url());
    let probe = format!("probe_url={}/me", other.url());
    env.ok(&[
        "integration",
        "add",
        "hostile",
        "--name",
        "h",
        "--field",
        &base,
        "--field",
        &probe,
        "--secret",
        "api_key=env:H_KEY",
        "--secret",
        "header_secret=env:H_HDR",
    ]);
    let out = env.run(&["test", "h", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains("not one of the integration's origins"),
        "{text}"
    );
    assert_no_leak(&env, &out, "test");
    assert!(other.requests().is_empty());
    // Listed, the other origin is allowed.
    let listed = tpl.replace(
        "headers:\n",
        &format!("origins: [\"{}\"]\nheaders:\n", other.url()),
    );
    env.write("tpl/hostile.yaml", &listed);
    let out = env.run(&["test", "h", "-o", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(
        other.requests().len(),
        1,
        "a listed origin gets the request"
    );
    // An origin that is not https (off loopback), or not an origin, fails validation.
    for bad in [
        "http://uploads.example.com",
        "https://uploads.example.com/files",
        "https://u:p@uploads.example.com",
    ] {
        let p = env.write(
            "bad/hostile.yaml",
            &tpl.replace("headers:\n", &format!("origins: [\"{bad}\"]\nheaders:\n")),
        );
        let out = env.run(&["template", "validate", p.to_str().unwrap()]);
        assert!(!out.status.success(), "{bad} was accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("origins[0]"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Echoes every credential it was sent, in every encoding, as values and
/// as object keys, in its headers and in a body longer than the log keeps.
struct Echo;

impl Respond for Echo {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut body = serde_json::Map::new();
        let mut list = Vec::new();
        for s in [CANARY, HEADER_SECRET] {
            for f in forms(s) {
                body.insert(
                    f.clone(),
                    json!({"echo": f, "nested": {f.clone(): [f.clone()]}}),
                );
                list.push(Value::String(format!("prefix-{f}-suffix")));
            }
        }
        body.insert("headers".into(), json!(format!("{:?}", req.headers)));
        body.insert("url".into(), json!(req.url.to_string()));
        body.insert("list".into(), Value::Array(list));
        // The secret straddles any cut of the logged body.
        body.insert("pad".into(), json!(format!("{}{CANARY}", "z".repeat(4090))));
        ResponseTemplate::new(401)
            .set_body_json(Value::Object(body))
            .insert_header("x-echo", CANARY)
            .insert_header(
                "x-echo-b64",
                STANDARD.encode(format!("user:{CANARY}")).as_str(),
            )
            .insert_header("set-cookie", format!("session={HEADER_SECRET}").as_str())
    }
}

#[test]
fn secrets_echoed_in_every_encoding_reach_neither_the_store_nor_any_output() {
    let fake = Fake::start();
    fake.mount(Mock::given(wiremock::matchers::any()).respond_with(Echo));
    let env = env_for(&fake.url());
    for args in [
        vec!["test", "h", "-o", "json"],
        vec!["-vv", "test", "h"],
        vec!["kb", "import", "h", "-o", "json"],
        vec!["sync", "h", "-o", "json"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_no_leak(&env, &out, &args.join(" "));
    }
    // The stored rows hold the echo, redacted; showing them leaks nothing.
    let rows = log_rows(&env);
    assert!(rows.len() >= 3, "{rows:?}");
    assert!(
        rows.iter().any(|(_, _, d)| d.contains("****")),
        "the echoes were logged, masked"
    );
    for (_, _, d) in &rows {
        assert_eq!(leak(d.as_bytes()), None, "{d}");
    }
    let out = env.run(&["logs", "tail", "-o", "json"]);
    assert!(out.status.success());
    assert_no_leak(&env, &out, "logs tail");
    let ids: Vec<String> = {
        let db = store_db(&env);
        db.query_map("SELECT id FROM sync_logs", (), |r| r.get(0)).unwrap()
    };
    for id in ids {
        for o in ["json", "table"] {
            let out = env.run(&["logs", "show", &id, "-o", o]);
            assert!(out.status.success());
            assert_no_leak(&env, &out, "logs show");
        }
    }
}

/// A server that answers any request with `size` bytes of JSON-looking
/// body, streamed without a length, never holding it in memory.
fn streaming_server(size: usize) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for sock in listener.incoming() {
            let Ok(mut sock) = sock else { continue };
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf);
                let _ = sock.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n[");
                let chunk = vec![b' '; 1 << 20];
                let mut sent = 0;
                while sent < size {
                    if sock.write_all(&chunk).is_err() {
                        return;
                    }
                    sent += chunk.len();
                }
                let _ = sock.write_all(b"]");
            });
        }
    });
    url
}

/// Runs crmctl and returns its output and peak memory (KiB): the high-water
/// mark of its own address space (`VmHWM`), sampled until it exits. (The
/// child's `ru_maxrss` would not do: Linux folds into it the memory of the
/// address space it was spawned from, here the whole test process.)
fn run_measured(env: &TestEnv, args: &[&str]) -> (std::process::Output, i64) {
    use std::os::unix::process::ExitStatusExt;
    let child = env
        .std_cmd()
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let (mut so, mut se) = (child.stdout.unwrap(), child.stderr.unwrap());
    let hwm = std::thread::spawn(move || {
        let status = format!("/proc/{pid}/status");
        let mut peak = 0i64;
        // Until the process is gone or a zombie (no VmHWM line any more).
        while let Some(kib) = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse::<i64>().ok())
        }) {
            peak = peak.max(kib);
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        peak
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        se.read_to_end(&mut v).unwrap();
        v
    });
    let mut stdout = Vec::new();
    so.read_to_end(&mut stdout).unwrap();
    let stderr = err.join().unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with valid out-pointers.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid);
    let peak = hwm.join().unwrap();
    assert!(peak > 0, "the child's memory was never sampled");
    (
        std::process::Output {
            status: std::process::ExitStatus::from_raw(status),
            stdout,
            stderr,
        },
        peak,
    )
}

#[test]
fn a_100_mb_body_is_cut_off_at_the_cap_with_memory_bounded_by_it() {
    let url = streaming_server(100 << 20);
    let env = env_for(&url);
    let (out, rss_kib) = run_measured(&env, &["test", "h", "-o", "json", "--max-response", "4MiB"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.contains("larger than the limit of 4194304 bytes") && text.contains("--max-response"),
        "{text}"
    );
    assert!(
        rss_kib < 80 * 1024,
        "peak memory {rss_kib} KiB for a 4 MiB cap and a 100 MB body"
    );
    assert_no_leak(&env, &out, "test");
    // The default cap refuses it too, and the env var raises it.
    let out = env.run(&["test", "h", "-o", "json"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("larger than the limit of 67108864 bytes"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let small = streaming_server(3 << 20);
    let env = env_for(&small);
    let mut env = env;
    env.set("CRMCTL_MAX_RESPONSE", "2M");
    assert!(
        String::from_utf8_lossy(&env.run(&["test", "h", "-o", "json"]).stdout)
            .contains("limit of 2097152 bytes")
    );
    env.set("CRMCTL_MAX_RESPONSE", "8M");
    let out = env.run(&["test", "h", "-o", "json"]);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("larger than the limit"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Every page the same contacts under a fresh cursor.
struct FreshCursors(std::sync::atomic::AtomicU64);

impl Respond for FreshCursors {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        // Two pages of content, alternating.
        let id = n % 2;
        ok_json(
            json!({"data": [{"id": format!("c{id}"), "email": format!("c{id}@acme.com"), "name": "C", "updated_at": "2025-01-01T00:00:00Z"}], "next_cursor": format!("fresh-{n}")}),
        )
    }
}

/// Every page new contacts under a fresh cursor: it never ends.
struct Endless(std::sync::atomic::AtomicU64);

impl Respond for Endless {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let rows: Vec<Value> = (0..3).map(|i| json!({"id": format!("e{n}-{i}"), "email": format!("e{n}-{i}@acme.com"), "name": "E", "updated_at": "2025-01-01T00:00:00Z"})).collect();
        ok_json(json!({"data": rows, "next_cursor": format!("more-{n}")}))
    }
}

fn contacts_sync(env: &TestEnv, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["sync", "h", "--stream", "contacts", "-o", "json"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_no_leak(env, &out, "sync");
    (
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        out,
    )
}

#[test]
fn alternating_fresh_cursors_and_endless_paging_stop_with_a_log_row() {
    let fake = Fake::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/me"))
            .respond_with(ok_json(json!({}))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/contacts"))
            .respond_with(FreshCursors(0.into())),
    );
    let env = env_for(&fake.url());
    let (v, out) = contacts_sync(&env, &[]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    assert!(
        v.to_string()
            .contains("a page it had sent before under a new cursor"),
        "{v:#}"
    );
    let pages = fake
        .requests()
        .iter()
        .filter(|r| r.url.path() == "/contacts")
        .count();
    assert!(pages <= 3, "stopped at once: {pages} pages");
    let rows = log_rows(&env);
    assert!(
        rows.iter()
            .any(|(_, s, d)| s != "success" && d.contains("under a new cursor")),
        "{rows:?}"
    );

    let fake = Fake::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/me"))
            .respond_with(ok_json(json!({}))),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/contacts"))
            .respond_with(Endless(0.into())),
    );
    let env = env_for(&fake.url());
    let (v, out) = contacts_sync(&env, &["--max-pages", "5"]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    assert!(
        v.to_string().contains("after 5 pages") && v.to_string().contains("--max-pages"),
        "{v:#}"
    );
    assert_eq!(
        fake.requests()
            .iter()
            .filter(|r| r.url.path() == "/contacts")
            .count(),
        5
    );
    let (v, out) = contacts_sync(&env, &["--max-items", "7"]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    assert!(
        v.to_string().contains("after 9 items in 3 pages") && v.to_string().contains("--max-items"),
        "{v:#}"
    );
    let rows = log_rows(&env);
    let stops = rows
        .iter()
        .filter(|(_, s, d)| {
            s != "success" && (d.contains("--max-pages") || d.contains("--max-items"))
        })
        .count();
    assert_eq!(stops, 2, "each stop has its sync-log row: {rows:?}");
}

mod serve {
    use super::*;
    use crate::webhook::Server;

    fn env_with_hook() -> TestEnv {
        let mut env = TestEnv::with_env_key();
        env.set("SBX_KEY", "sbx_key_0");
        env.ok(&[
            "integration",
            "add",
            "sandbox",
            "--name",
            "crm",
            "--field",
            "base_url=http://127.0.0.1:9",
            "--secret",
            "api_key=env:SBX_KEY",
        ]);
        env.set("HOOK_KEY", CANARY);
        env.ok(&["webhook", "key", "crm", "--from", "env:HOOK_KEY"]);
        env
    }

    fn addr(server: &Server) -> String {
        server.url().trim_start_matches("http://").to_string()
    }

    #[test]
    fn request_paths_cannot_forge_log_lines_or_terminal_escapes() {
        let env = env_with_hook();
        let server = Server::start(&env, &[]);
        let forged = "crm%0APOST%20%2Fwebhooks%2Fcrm%20200%20contacts%3A%209%20processed%1B%5B2J%1B%5D0%3Bowned%07%E2%80%AE";
        let (status, _) = server.post(forged, &[("x-api-key", "wrong".into())], b"{}".to_vec());
        assert_eq!(status, 404);
        let (status, _) = server.post("crm", &[("x-api-key", CANARY.into())], b"{\"data_type\": \"contacts\", \"records\": [], \"source_type\": \"n8n\\u001b[31m\\nPOST /webhooks/crm 200 forged\"}".to_vec());
        assert!(status == 200 || status == 400 || status == 422, "{status}");
        let (code, stderr) = server.stop();
        assert_eq!(code, Some(0), "{stderr}");
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{7}') && !stderr.contains('\u{202e}'),
            "raw escapes in the log:\n{stderr:?}"
        );
        assert!(
            !stderr
                .lines()
                .any(|l| l.starts_with("POST /webhooks/crm 200 contacts: 9")
                    || l.starts_with("POST /webhooks/crm 200 forged")),
            "a forged line:\n{stderr}"
        );
        assert!(
            stderr.contains(
                "POST /webhooks/crm\\nPOST /webhooks/crm 200 contacts: 9 processed\\u{1b}[2J"
            ),
            "the path is shown, escaped:\n{stderr}"
        );
        assert!(!stderr.contains(CANARY));
    }

    /// Sends the start of a request, then one header line every 200 ms;
    /// returns how long until the server closed the connection.
    fn slow_loris(addr: &str, give_up: Duration) -> Option<Duration> {
        let mut sock = TcpStream::connect(addr).unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let started = Instant::now();
        let _ = sock.write_all(b"POST /webhooks/crm HTTP/1.1\r\nhost: x\r\n");
        let mut buf = [0u8; 512];
        while started.elapsed() < give_up {
            match sock.read(&mut buf) {
                Ok(_) => return Some(started.elapsed()),
                Err(e)
                    if e.kind() == std::io::ErrorKind::WouldBlock
                        || e.kind() == std::io::ErrorKind::TimedOut => {}
                Err(_) => return Some(started.elapsed()),
            }
            if sock.write_all(b"x-slow: 1\r\n").is_err() {
                return Some(started.elapsed());
            }
        }
        None
    }

    #[test]
    fn slow_and_idle_connections_are_dropped() {
        let env = env_with_hook();
        let server = Server::start(&env, &["--header-timeout", "1s", "--idle-timeout", "1s"]);
        let a = addr(&server);
        let t = slow_loris(&a, Duration::from_secs(8)).expect("a slow-loris client is dropped");
        assert!(t < Duration::from_secs(4), "dropped after {t:?}");
        // Headers sent, then the body stalls: the idle timeout drops it.
        let mut sock = TcpStream::connect(&a).unwrap();
        sock.write_all(b"POST /webhooks/crm HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{").unwrap();
        sock.set_read_timeout(Some(Duration::from_secs(6))).unwrap();
        let started = Instant::now();
        let mut buf = Vec::new();
        let _ = sock.read_to_end(&mut buf);
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "a stalled body was held for {:?}",
            started.elapsed()
        );
        // A well-behaved client is still served.
        let (status, _) = server.post(
            "crm",
            &[("x-api-key", CANARY.into())],
            serde_json::to_vec(&json!({"data_type": "contacts", "records": []})).unwrap(),
        );
        assert_ne!(status, 0);
        assert_eq!(server.stop().0, Some(0));
    }

    #[test]
    fn connections_past_the_bound_are_answered_503() {
        let env = env_with_hook();
        let server = Server::start(&env, &["--max-connections", "2"]);
        let a = addr(&server);
        let held: Vec<TcpStream> = (0..2).map(|_| TcpStream::connect(&a).unwrap()).collect();
        std::thread::sleep(Duration::from_millis(300));
        let mut third = TcpStream::connect(&a).unwrap();
        third
            .write_all(b"POST /webhooks/crm HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{}")
            .unwrap();
        third
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut text = String::new();
        let _ = third.read_to_string(&mut text);
        assert!(text.starts_with("HTTP/1.1 503"), "{text:?}");
        assert!(text.contains("too many connections"), "{text}");
        drop(held);
        std::thread::sleep(Duration::from_millis(300));
        let (status, _) = server.post("crm", &[("x-api-key", "wrong".into())], b"{}".to_vec());
        assert_eq!(status, 401, "served again once the held connections closed");
        let (code, stderr) = server.stop();
        assert_eq!(code, Some(0));
        assert!(stderr.contains("--max-connections"), "{stderr}");
    }
}
