//! `crmctl kb`: every pagination style against wiremock fakes (including
//! an empty page, a last page without a cursor and a repeated cursor),
//! incremental and `--full` imports, FTS search, export, a failed
//! connection, an import killed with SIGKILL and resumed, and the
//! in-process sandbox.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, ResponseTemplate};

use crate::common::*;
use crate::common::FakeProvider as Fake;

/// A user template `kbfake` with this knowledge_base section, and an
/// integration `kb` of it pointed at the fake.
fn env_with(kb_yaml: &str, base: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let mut tpl = String::from(
        "id: kbfake\nname: KB fake\ncategory: custom\nfields:\n  - key: token\n    label: Token\n    secret: true\n    required: true\n\
         base_url: https://kb.example.com\nauth:\n  type: bearer\n  token: \"{{ token }}\"\nknowledge_base:\n",
    );
    for line in kb_yaml.trim_matches('\n').lines() {
        tpl.push_str("  ");
        tpl.push_str(line);
        tpl.push('\n');
    }
    env.write("config/crmctl/templates/kbfake.yaml", &tpl);
    env.set("KB_TOKEN", CANARY);
    env.ok(&["integration", "add", "kbfake", "--name", "kb", "--base-url", base, "--secret", "token=env:KB_TOKEN"]);
    env
}

const FIELDS: &str = "fields:\n  id: id\n  title: title\n  body: body\n  updated_at: updated_at\n  url: url\n";

fn art(id: u64, title: &str, body: &str, updated: &str) -> Value {
    json!({"id": id, "title": title, "body": body, "updated_at": updated, "url": format!("https://help.test/a/{id}")})
}

fn arts(ids: std::ops::RangeInclusive<u64>) -> Vec<Value> {
    ids.map(|i| art(i, &format!("Article {i}"), &format!("<p>Body of article <b>{i}</b></p>"), &format!("2025-01-{:02}T00:00:00Z", i))).collect()
}

fn import(env: &TestEnv, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["kb", "import", "kb", "-o", "json"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_no_canary(env, &out, "kb import");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (v, out)
}

fn import_ok(env: &TestEnv, extra: &[&str]) -> Value {
    let (v, out) = import(env, extra);
    assert!(out.status.success(), "kb import failed: {v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(v["status"], "success", "{v:#}");
    v
}

fn external_ids(env: &TestEnv) -> Vec<String> {
    let list = env.json(&["kb", "list", "--archived", "--limit", "100000"]);
    let mut ids: Vec<String> = list.as_array().unwrap().iter().map(|a| a["external_id"].as_str().unwrap().to_string()).collect();
    ids.sort_by_key(|s| s.parse::<u64>().unwrap_or(u64::MAX));
    ids
}

fn ids(r: std::ops::RangeInclusive<u64>) -> Vec<String> {
    r.map(|i| i.to_string()).collect()
}

fn kb_log_rows(env: &TestEnv) -> Vec<Value> {
    let v = env.json(&["logs", "tail", "--kind", "kb_import"]);
    v.as_array().cloned().unwrap_or_default()
}

#[test]
fn cursor_pagination_ends_on_a_page_without_a_cursor() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("cursor", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": arts(3..=4), "next": "c3"}))));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("cursor", "c3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": arts(5..=5)}))));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param_is_missing("cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": arts(1..=2), "next": "c2"}))));
    let env = env_with(&format!("list:\n  path: /articles\n  query:\n    limit: \"2\"\npagination:\n  style: cursor\n  param: cursor\n  next: next\nitems: data\n{FIELDS}"), &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(3), Some(5)), "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=5));
    assert_eq!(fake.requests().len(), 3);
    // The bearer token reached the provider, and HTML became Markdown.
    assert!(fake.requests().iter().all(|r| r.headers.get("authorization").unwrap().to_str().unwrap() == format!("Bearer {CANARY}")));
    let a = env.json(&["kb", "show", "3"]);
    assert_eq!(a["body"], "Body of article **3**");
    let logs = kb_log_rows(&env);
    assert_eq!(logs.len(), 1);
    assert_eq!((logs[0]["status"].as_str(), logs[0]["processed"].as_i64(), logs[0]["created"].as_i64()), (Some("success"), Some(5), Some(5)));
}

#[test]
fn a_repeated_cursor_stops_instead_of_looping() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("cursor", "same"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": arts(3..=4), "next": "same"}))));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param_is_missing("cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": arts(1..=2), "next": "same"}))));
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: cursor\n  param: cursor\n  next: next\nitems: data\n{FIELDS}"), &fake.url());
    let started = Instant::now();
    let r = import_ok(&env, &[]);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(r["created"], 4, "{r:#}");
    assert_eq!(fake.requests().len(), 2, "the repeated cursor is not requested again");
    assert!(r["warnings"][0].as_str().unwrap().contains("already read"), "{r:#}");
}

#[test]
fn link_header_pagination() {
    let fake = Fake::start();
    let next = format!("<{}/articles?page=2&per_page=2>; rel=\"next\", <{}/articles?page=2>; rel=\"last\"", fake.url(), fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).insert_header("Link", format!("<{}/articles?page=1>; rel=\"prev\"", fake.url()).as_str()).set_body_json(arts(3..=3))));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).insert_header("Link", next.as_str()).set_body_json(arts(1..=2))));
    let env = env_with(&format!("list:\n  path: /articles\n  query:\n    per_page: \"2\"\npagination:\n  style: link_header\n{FIELDS}"), &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=3));
}

#[test]
fn a_server_that_ignores_the_page_parameter_does_not_loop() {
    // Every page number gets the same full page back.
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": arts(1..=2)}))));
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: page\n  param: page\n  per_page_param: per_page\n  size: 2\nitems: articles\n{FIELDS}"), &fake.url());
    let started = Instant::now();
    let r = import_ok(&env, &[]);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(r["created"], 2, "{r:#}");
    assert_eq!(fake.requests().len(), 2, "the repeat is seen on the second page");
    assert!(r["warnings"][0].as_str().unwrap().contains("same articles"), "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=2));
}

#[test]
fn page_number_pagination_stops_on_an_empty_page() {
    let fake = Fake::start();
    for (p, body) in [("1", arts(1..=2)), ("2", arts(3..=4)), ("3", vec![])] {
        fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", p)).and(query_param("per_page", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": body}))));
    }
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: page\n  param: page\n  per_page_param: per_page\n  size: 2\nitems: articles\n{FIELDS}"), &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(3), Some(4)), "{r:#}");
    assert_eq!(fake.requests().len(), 3);
}

#[test]
fn offset_pagination_stops_on_a_short_page() {
    let fake = Fake::start();
    for (o, body) in [("0", arts(1..=2)), ("2", arts(3..=4)), ("4", arts(5..=5))] {
        fake.mount(Mock::given(method("GET")).and(path("/kb")).and(query_param("offset", o)).and(query_param("limit", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"items": body}))));
    }
    let env = env_with(&format!("list:\n  path: /kb\npagination:\n  style: offset\n  param: offset\n  limit_param: limit\n  size: 2\nitems: items\n{FIELDS}"), &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(3), Some(5)), "{r:#}");
    assert_eq!(fake.requests().len(), 3);
}

#[test]
fn salesforce_next_records_url_is_relative_to_the_instance() {
    let fake = Fake::start();
    let rec = |i: u64| json!({"Id": format!("ka0{i}"), "Title": format!("Knowledge {i}"), "Answer__c": format!("<p>Answer {i}</p>"), "LastModifiedDate": "2025-02-01T10:00:00.000+0000"});
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 3, "done": false, "records": [rec(1), rec(2)], "nextRecordsUrl": "/services/data/v60.0/query/01gX-2000"}))));
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query/01gX-2000"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 3, "done": true, "records": [rec(3)]}))));
    let env = env_with(
        "list:\n  path: /services/data/v60.0/query\n  query:\n    q: \"SELECT Id, Title, Answer__c, LastModifiedDate FROM Knowledge__kav{{ (' WHERE LastModifiedDate >= ' ~ kb.since) if kb.since else '' }}\"\n\
         pagination:\n  style: next_url\n  path: nextRecordsUrl\nitems: records\ntotal: totalSize\n\
         fields:\n  id: Id\n  title: Title\n  body: Answer__c\n  updated_at: LastModifiedDate\nincremental:\n  format: rfc3339\n",
        &fake.url(),
    );
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    let q = fake.requests()[0].url.query_pairs().find(|(k, _)| k == "q").unwrap().1.to_string();
    assert!(!q.contains("WHERE"), "the first import reads everything: {q}");
    // The next import filters on the high-water mark inside the SOQL.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"totalSize": 0, "done": true, "records": []}))));
    import_ok(&env, &[]);
    let q = fake.requests()[0].url.query_pairs().find(|(k, _)| k == "q").unwrap().1.to_string();
    assert!(q.ends_with("WHERE LastModifiedDate >= 2025-02-01T10:00:00Z"), "{q}");
}

#[test]
fn odata_next_link() {
    let fake = Fake::start();
    let rec = |i: u64| json!({"knowledgearticleid": format!("guid-{i}"), "title": format!("KA {i}"), "content": format!("<div>Content {i}</div>"), "modifiedon": "2025-03-01T00:00:00Z"});
    let next = format!("{}/api/data/v9.2/knowledgearticles?$skiptoken=abc", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/knowledgearticles")).and(query_param("$skiptoken", "abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [rec(3)]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/knowledgearticles")).and(query_param_is_missing("$skiptoken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"value": [rec(1), rec(2)], "@odata.nextLink": next}))));
    let env = env_with(
        "list:\n  path: /api/data/v9.2/knowledgearticles\npagination:\n  style: next_url\n  path: \"@odata.nextLink\"\nitems: value\n\
         fields:\n  id: knowledgearticleid\n  title: title\n  body: content\n  updated_at: modifiedon\n",
        &fake.url(),
    );
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
}

#[test]
fn an_empty_first_page_is_an_empty_success() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/articles"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": [], "next_page": null, "count": 0}))));
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: next_url\n  path: next_page\nitems: articles\n{FIELDS}"), &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["processed"].as_u64()), (Some(1), Some(0)), "{r:#}");
}

#[test]
fn a_rejected_token_fails_the_import_loudly() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "invalid token"}))));
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: next_url\n  path: next_page\nitems: articles\n{FIELDS}"), &fake.url());
    let (r, out) = import(&env, &[]);
    assert_eq!(out.status.code(), Some(1), "{r:#}");
    assert_eq!(r["status"], "failure");
    assert_eq!(r["failure"]["class"], "auth");
    assert!(String::from_utf8_lossy(&out.stderr).contains("import failed"), "{}", String::from_utf8_lossy(&out.stderr));
    let logs = kb_log_rows(&env);
    assert_eq!((logs[0]["status"].as_str(), logs[0]["error_class"].as_str(), logs[0]["http_status"].as_i64()), (Some("failure"), Some("auth"), Some(401)));
    assert!(external_ids(&env).is_empty());
}

#[test]
fn incremental_imports_pick_up_only_changes_and_full_archives_deleted() {
    let fake = Fake::start();
    let page = |items: Vec<Value>| ResponseTemplate::new(200).set_body_json(json!({"articles": items}));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(page(arts(1..=3))));
    let kb = format!("list:\n  path: /articles\npagination:\n  style: next_url\n  path: next_page\nitems: articles\nincremental:\n  param: updated_since\n  format: rfc3339\n{FIELDS}");
    let env = env_with(&kb, &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!(r["created"], 3);
    assert!(fake.requests()[0].url.query_pairs().all(|(k, _)| k != "updated_since"), "the first import reads everything");
    let before = env.json(&["kb", "show", "1"]);

    // Incremental: the filter carries the newest time seen; article 3 is
    // returned again unchanged (an inclusive filter), 2 changed.
    fake.reset();
    let changed = art(2, "Article 2", "<p>New body</p>", "2025-01-05T00:00:00Z");
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(page(vec![arts(3..=3).remove(0), changed.clone()])));
    let r = import_ok(&env, &[]);
    let since = fake.requests()[0].url.query_pairs().find(|(k, _)| k == "updated_since").map(|(_, v)| v.to_string());
    assert_eq!(since.as_deref(), Some("2025-01-03T00:00:00Z"));
    assert_eq!((r["created"].as_u64(), r["updated"].as_u64(), r["unchanged"].as_u64()), (Some(0), Some(1), Some(1)), "{r:#}");
    assert_eq!(env.json(&["kb", "show", "2"])["body"], "New body");
    assert_eq!(env.json(&["kb", "show", "1"])["updated_at"], before["updated_at"], "an untouched article is not rewritten");

    // --full reads everything and archives what is gone (article 3).
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(page(vec![arts(1..=1).remove(0), changed.clone()])));
    let r = import_ok(&env, &["--full"]);
    assert!(fake.requests()[0].url.query_pairs().all(|(k, _)| k != "updated_since"));
    assert_eq!((r["unchanged"].as_u64(), r["archived"].as_u64()), (Some(2), Some(1)), "{r:#}");
    assert_eq!(env.json(&["kb", "show", "3"])["status"], "archived");
    let active: Vec<String> = env.json(&["kb", "list"]).as_array().unwrap().iter().map(|a| a["external_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(active, ["1", "2"]);
    // Back at the source: restored.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(page(arts(3..=3))));
    let r = import_ok(&env, &["--since", "2020-01-01T00:00:00Z"]);
    assert_eq!(r["updated"], 1);
    assert_eq!(env.json(&["kb", "show", "3"])["status"], "active");
    // A dry run writes nothing.
    let logs = kb_log_rows(&env).len();
    let r = import_ok(&env, &["--full", "--dry-run"]);
    assert_eq!((r["dry_run"].as_bool(), r["unchanged"].as_u64()), (Some(true), Some(1)));
    assert_eq!(kb_log_rows(&env).len(), logs);
    assert_eq!(env.json(&["kb", "show", "1"])["status"], "active");
}

#[test]
fn search_finds_and_ranks_with_snippets_and_export_writes_files() {
    let fake = Fake::start();
    let items = vec![
        art(1, "Shipping times", "<p>Parcels arrive in three days.</p>", "2025-01-01T00:00:00Z"),
        art(2, "Billing questions", "<p>Your invoice lists each charge. If you forgot your password, see the reset article.</p>", "2025-01-01T00:00:00Z"),
        art(3, "Reset your password", "<p>Open <b>Settings</b>, choose <i>Password</i>, and follow the password reset link.</p>", "2025-01-01T00:00:00Z"),
    ];
    fake.mount(Mock::given(method("GET")).and(path("/articles")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": items}))));
    let env = env_with(&format!("list:\n  path: /articles\npagination:\n  style: none\nitems: articles\n{FIELDS}"), &fake.url());
    import_ok(&env, &[]);
    let hits = env.json(&["kb", "search", "password"]);
    let titles: Vec<&str> = hits.as_array().unwrap().iter().map(|h| h["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Reset your password", "Billing questions"], "{hits:#}");
    assert!(hits[0]["snippet"].as_str().unwrap().contains("[password]") || hits[0]["snippet"].as_str().unwrap().contains("[Password]"), "{hits:#}");
    assert!(env.json(&["kb", "search", "parcel"]).as_array().unwrap().len() == 1, "the last word matches as a prefix");
    // FTS syntax in a query is just text.
    assert!(env.json(&["kb", "search", "NEAR(\"x\"", "OR"]).as_array().unwrap().is_empty());
    let table = env.ok(&["kb", "search", "reset", "password"]);
    assert!(table.contains("Reset your password"), "{table}");

    let jsonl = env.ok(&["kb", "export", "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 3);
    assert!(jsonl.lines().all(|l| serde_json::from_str::<Value>(l).is_ok()));
    let dir = env.path("export");
    env.ok(&["kb", "export", "--format", "markdown", "--out", dir.to_str().unwrap()]);
    let md = std::fs::read_to_string(dir.join("kb/3-reset-your-password.md")).unwrap();
    assert!(md.starts_with("---\nid: "), "{md}");
    assert!(md.contains("Open **Settings**, choose _Password_") || md.contains("Open **Settings**, choose *Password*"), "{md}");
}

// ---------------------------------------------------------------------------
// the sandbox
// ---------------------------------------------------------------------------


#[test]
fn sandbox_import_is_incremental_and_filters_by_locale() {
    let sb = Sb::start(250, Duration::ZERO);
    let env = env_with_sandbox(&sb);
    let r = env.json(&["kb", "import", "sbx"]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64(), r["status"].as_str()), (Some(3), Some(250), Some("success")), "{r:#}");
    let list = env.json(&["kb", "list", "--limit", "1000"]);
    assert_eq!(list.as_array().unwrap().len(), 250);
    let first = &list[0];
    assert!(!first["body"].as_str().unwrap().contains('<'), "HTML became Markdown: {}", first["body"]);
    // Again: only what changed since the newest article is asked for.
    let r = env.json(&["kb", "import", "sbx"]);
    assert_eq!((r["created"].as_u64(), r["updated"].as_u64()), (Some(0), Some(0)), "{r:#}");
    assert!(r["processed"].as_u64().unwrap() < 5, "{r:#}");
    let last = sb.requests("/api/v1/kb/articles").pop().unwrap();
    assert!(last.query.contains_key("updated_since"), "{:?}", last.query);
    // A locale filter goes to the provider.
    let locale = first["locale"].as_str().unwrap().to_string();
    let r = env.json(&["kb", "import", "sbx", "--full", "--locale", &locale, "--dry-run"]);
    assert!(r["processed"].as_u64().unwrap() < 250, "{r:#}");
    assert_eq!(sb.requests("/api/v1/kb/articles").pop().unwrap().query["locale"], json!(locale));
}

/// Kills an import with SIGKILL part-way, then runs it again: every article
/// once, the store intact, and the second run starts where the first stopped.
#[test]
fn an_import_killed_with_sigkill_resumes_without_duplicates() {
    let sb = Sb::start(3000, Duration::from_millis(60));
    let env = env_with_sandbox(&sb);
    let mut child = env.std_cmd().args(["kb", "import", "sbx", "--full"]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let n = crmctl::store::Db::open_raw(&env.db)
            .map_err(|e| e.to_string())
            .and_then(|c| c.query_row("SELECT COUNT(*) FROM kb_articles", (), |r| r.get::<i64>(0)).map_err(|e| e.to_string()))
            .unwrap_or(0);
        if n >= 500 {
            break;
        }
        assert!(Instant::now() < deadline, "the import made no progress");
        assert!(child.try_wait().unwrap().is_none(), "the import finished before it could be killed; slow the sandbox down");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let pages_before = sb.requests("/api/v1/kb/articles").len();
    let r = env.json(&["kb", "import", "sbx", "--full"]);
    assert_eq!(r["resumed"], true, "{r:#}");
    assert_eq!(r["status"], "success", "{r:#}");
    let second: Vec<_> = sb.requests("/api/v1/kb/articles").into_iter().skip(pages_before).collect();
    let first_page: u64 = second[0].query["page"].as_str().unwrap().parse().unwrap();
    assert!(first_page > 1, "the second run starts at the page after the last committed one, not at 1");
    assert!(second.len() < 30, "the second run did not read everything again ({} pages)", second.len());
    let db = store_db(&env);
    if !on_postgres() {
        // A SQLite file a killed process wrote to is still sound.
        let ok: String = db.query_row("PRAGMA integrity_check", (), |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
    }
    let (n, distinct): (i64, i64) = db.query_row("SELECT COUNT(*), COUNT(DISTINCT external_id) FROM kb_articles", (), |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((n, distinct), (3000, 3000));
    let archived: i64 = db.query_row("SELECT COUNT(*) FROM kb_articles WHERE status = 'archived'", (), |r| r.get(0)).unwrap();
    assert_eq!(archived, 0, "a resumed --full run does not archive what the killed run saw");
    let index = if on_postgres() { "SELECT COUNT(*) FROM kb_articles WHERE search IS NOT NULL" } else { "SELECT COUNT(*) FROM kb_articles_fts" };
    let fts: i64 = db.query_row(index, (), |r| r.get(0)).unwrap();
    assert_eq!(fts, 3000, "the search index matches the articles");
    assert_eq!(r["created"].as_u64().unwrap() + r["unchanged"].as_u64().unwrap() + r["updated"].as_u64().unwrap(), 3000, "{r:#}");
}

#[test]
fn providers_without_a_knowledge_base_say_so() {
    let mut env = TestEnv::with_env_key();
    env.set("PD", &"0".repeat(40));
    env.ok(&["integration", "add", "pipedrive", "--name", "pd", "--field", "line_number=+61299999999", "--secret", "api_token=env:PD"]);
    let out = env.run(&["kb", "import", "pd"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no knowledge base"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Freshdesk-style nesting: categories, then each category's folders, then
/// each folder's articles (paged), with the folder's name as the section.
#[test]
fn nested_listing_walks_categories_folders_articles() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/solutions/categories"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1, "name": "General"}, {"id": 2, "name": "Billing"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/solutions/categories/1/folders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 10, "name": "Getting started"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/solutions/categories/2/folders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 20, "name": "Invoices"}, {"id": 21, "name": "Refunds"}]))));
    for (folder, p, items) in [("10", "1", arts(1..=2)), ("10", "2", arts(3..=3)), ("20", "1", arts(4..=4)), ("21", "1", vec![])] {
        fake.mount(Mock::given(method("GET")).and(path(format!("/solutions/folders/{folder}/articles"))).and(query_param("page", p))
            .respond_with(ResponseTemplate::new(200).set_body_json(items)));
    }
    let env = env_with(
        "nested:\n  - name: category\n    path: /solutions/categories\n  - name: folder\n    path: \"/solutions/categories/{{ parent.id }}/folders\"\n    title: name\n\
         list:\n  path: \"/solutions/folders/{{ parent.id }}/articles\"\npagination:\n  style: page\n  param: page\n  per_page_param: per_page\n  size: 2\n\
         fields:\n  id: id\n  title: title\n  body: body\n",
        &fake.url(),
    );
    let r = import_ok(&env, &[]);
    assert_eq!(r["created"], 4, "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=4));
    assert_eq!(env.json(&["kb", "show", "4"])["section"], "Invoices");
    assert_eq!(env.json(&["kb", "show", "1"])["section"], "Getting started");
}

// ---------------------------------------------------------------------------
// the built-in templates' knowledge_base sections, against fakes shaped like
// each vendor's responses

/// An integration `kb` of a built-in template, pointed at the fake.
fn env_builtin(provider: &str, fields: &[&str], secret: &str, base: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("KB_SECRET", CANARY);
    let mut args = vec!["integration", "add", provider, "--name", "kb", "--base-url", base, "--secret"];
    let s = format!("{secret}=env:KB_SECRET");
    args.push(&s);
    for f in fields {
        args.extend(["--field", f]);
    }
    env.ok(&args);
    env
}

fn query_of(r: &wiremock::Request, k: &str) -> Option<String> {
    r.url.query_pairs().find(|(n, _)| n == k).map(|(_, v)| v.to_string())
}

#[test]
fn freshdesk_solutions_categories_folders_articles_with_link_header() {
    let fake = Fake::start();
    let fd = |i: u64| json!({"id": i, "title": format!("Solution {i}"), "description": format!("<p>Fix <b>{i}</b></p>"), "description_text": "x", "status": 2, "folder_id": 10, "updated_at": "2025-04-01T00:00:00Z"});
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1, "name": "General"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories/1/folders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 10, "name": "Getting started"}, {"id": 11, "name": "Billing"}]))));
    let next = format!("<{}/api/v2/solutions/folders/10/articles?per_page=100&page=2>; rel=\"next\"", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/folders/10/articles")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([fd(3)]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/folders/10/articles")).and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).insert_header("Link", next.as_str()).set_body_json(json!([fd(1), fd(2)]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/folders/11/articles"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([fd(4)]))));
    let env = env_builtin("freshdesk", &["subdomain=acme"], "api_key", &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!(r["created"], 4, "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=4));
    assert_eq!(env.json(&["kb", "show", "4"])["section"], "Billing");
    assert_eq!(env.json(&["kb", "show", "1"])["body"], "Fix **1**");
    let reqs = fake.requests();
    let first = reqs.iter().find(|r| r.url.path() == "/api/v2/solutions/folders/11/articles").unwrap();
    assert_eq!(query_of(first, "per_page").as_deref(), Some("100"));
    assert_eq!(reqs.len(), 5, "categories, folders, folder 10 (2 pages), folder 11");
    // A --locale reads the translation: .../articles/fr.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 1, "name": "General"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/categories/1/folders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 10, "name": "Premiers pas"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/solutions/folders/10/articles/fr"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([fd(1)]))));
    let r = import_ok(&env, &["--locale", "fr"]);
    assert_eq!(r["processed"], 1, "{r:#}");
}

#[test]
fn intercom_articles_page_by_page() {
    let fake = Fake::start();
    let ic = |i: u64| json!({"type": "article", "id": i.to_string(), "title": format!("Help {i}"), "body": format!("<p>Body {i}</p>"), "url": format!("https://help.acme.com/en/articles/{i}"), "updated_at": 1735689600 + i, "parent_id": 77, "state": "published"});
    let page = |items: Vec<Value>, n: u64| json!({"type": "list", "pages": {"type": "pages", "page": n, "per_page": 250, "total_pages": 2}, "total_count": 251, "data": items});
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", "1")).and(query_param("per_page", "250"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page((1..=250).map(ic).collect(), 1))));
    fake.mount(Mock::given(method("GET")).and(path("/articles")).and(query_param("page", "2")).and(query_param("per_page", "250"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(vec![ic(251)], 2))));
    let env = env_builtin("intercom", &["region=api.intercom.io"], "access_token", &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(251)), "{r:#}");
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 2);
    assert!(reqs.iter().all(|r| r.headers.get("intercom-version").is_some()), "the Intercom-Version header is sent");
    let a = env.json(&["kb", "show", "251"]);
    assert_eq!((a["body"].as_str(), a["section"].as_str()), (Some("Body 251"), Some("77")), "{a:#}");
}

#[test]
fn chatwoot_portals_articles_page_by_page() {
    let fake = Fake::start();
    let cw = |i: u64| json!({"id": i, "title": format!("Guide {i}"), "content": format!("# Guide {i}\n\nSteps."), "status": "published", "locale": "en", "updated_at": 1735689600 + i});
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/1/portals"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [{"id": 4, "slug": "handbook", "name": "Handbook"}, {"id": 5, "slug": "faq", "name": "FAQ"}]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/1/portals/handbook/articles")).and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": (1..=25).map(cw).collect::<Vec<_>>(), "meta": {"current_page": 1}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/1/portals/handbook/articles")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [cw(26)], "meta": {"current_page": 2}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/1/portals/faq/articles")).and(query_param("page", "1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [cw(27)], "meta": {"current_page": 1}}))));
    let env = env_builtin("chatwoot", &["instance_url=https://chat.acme.com", "account_id=1", "inbox_id=3"], "api_access_token", &fake.url());
    let r = import_ok(&env, &["--locale", "en"]);
    assert_eq!(r["created"], 27, "{r:#}");
    assert_eq!(external_ids(&env), ids(1..=27));
    assert_eq!(env.json(&["kb", "show", "27"])["section"], "FAQ");
    let reqs = fake.requests();
    assert_eq!(reqs.len(), 4, "portals, handbook pages 1-2, faq page 1");
    assert!(reqs.iter().filter(|r| r.url.path().ends_with("/articles")).all(|r| query_of(r, "locale").as_deref() == Some("en")));
    assert!(reqs.iter().all(|r| r.headers.get("api_access_token").is_some()));
}

#[test]
fn custom_rest_follows_next_urls() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/kb/articles")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": arts(3..=3)}))));
    fake.mount(Mock::given(method("GET")).and(path("/kb/articles")).and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"articles": arts(1..=2), "next": "/kb/articles?page=2"}))));
    let env = env_builtin("custom_rest", &[&format!("base_url={}", fake.url())], "api_token", &fake.url());
    let r = import_ok(&env, &[]);
    assert_eq!((r["pages"].as_u64(), r["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    // The second import is incremental: updated_since is the newest updated_at seen.
    let r = import_ok(&env, &[]);
    assert_eq!(r["unchanged"], 3, "{r:#}");
    let last = fake.requests().into_iter().rev().find(|r| query_of(r, "page").is_none()).unwrap();
    assert_eq!(query_of(&last, "updated_since").as_deref(), Some("2025-01-03T00:00:00Z"));
}

/// A `kb_sync` event runs the KB import of each integration subscribed to
/// it, through the queue like any step: the dry run shows the first page
/// the import asks for, the worker imports (`full` from the event), and the
/// step's outputs carry the import's counts and its sync-log row. A
/// template without a knowledge base is skipped with the reason.
#[test]
fn a_kb_sync_event_runs_the_import_through_the_queue() {
    let sb = Sb::start(150, Duration::ZERO);
    let mut env = env_with_sandbox(&sb);
    env.ok(&["integration", "edit", "sbx", "--on", "kb_sync"]);
    env.set("SLACK_TOKEN", "xoxb-0123456789-abcdefghij");
    env.ok(&[
        "integration",
        "add",
        "slack",
        "--name",
        "chat",
        "--field",
        "channel=C0123456789",
        "--secret",
        "bot_token=env:SLACK_TOKEN",
        "--on",
        "kb_sync",
    ]);

    let plan = env.json(&[
        "event",
        "fire",
        "kb_sync",
        "--set",
        "full=true",
        "--dry-run",
    ]);
    let steps = plan["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{plan:#}");
    assert_eq!(
        (steps[0]["step"].as_str(), steps[0]["error"].as_str()),
        (Some("sbx.kb_import"), None)
    );
    let url = steps[0]["request"]["url"].as_str().unwrap();
    assert!(
        url.starts_with(&format!("{}/api/v1/kb/articles", sb.sb().url())) && !url.contains("None"),
        "{url}"
    );
    assert_eq!(steps[0]["request"]["headers"]["X-Api-Key"], "****");
    assert_eq!(plan["skipped"][0]["integration"], "chat");
    assert!(
        plan["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("no knowledge_base"),
        "{plan:#}"
    );
    assert_eq!(count_articles(&env), 0, "a dry run imports nothing");

    let event = env.json(&["event", "fire", "kb_sync", "--set", "full=true", "--wait"]);
    assert_eq!(event["status"], "succeeded", "{event:#}");
    let step = &event["steps"][0];
    assert_eq!(
        (step["action"].as_str(), step["status"].as_str()),
        (Some("kb_import"), Some("succeeded"))
    );
    assert_eq!(
        (
            step["outputs"]["processed"].as_i64(),
            step["outputs"]["created"].as_i64()
        ),
        (Some(150), Some(150)),
        "{step:#}"
    );
    assert_eq!(count_articles(&env), 150);
    let row = step["outputs"]["sync_log_id"].as_str().unwrap();
    let log = env.json(&["logs", "show", row]);
    assert_eq!(
        (
            log["kind"].as_str(),
            log["status"].as_str(),
            log["processed"].as_i64()
        ),
        (Some("kb_import"), Some("success"), Some(150))
    );
    // A second event finds nothing new; its step still succeeds.
    let again = env.json(&["event", "fire", "kb_sync", "--wait"]);
    assert_eq!(again["steps"][0]["outputs"]["created"], 0, "{again:#}");
    assert_eq!(again["status"], "succeeded");
}

fn count_articles(env: &TestEnv) -> i64 {
    store_db(env)
        .query_row(
            "SELECT COUNT(*) FROM kb_articles WHERE status = 'active'",
            (),
            |r| r.get(0),
        )
        .unwrap()
}
