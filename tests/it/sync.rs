//! `crmctl sync` and the unified view: every stream against the in-process
//! sandbox and against wiremock fakes (each pagination style), incremental
//! and `--full` syncs, mapping failures counted with their reasons,
//! accounts by email domain, an auth failure that fails loudly, a sync
//! killed with SIGKILL and resumed, and the canary secret nowhere.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

/// A user template `syncfake` (bearer token, `GET /me` as its connection
/// test) with this streams section, and an integration `crm` of it
/// pointed at the fake, whose token is the canary.
fn env_with(streams_yaml: &str, fake: &Fake) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    let mut tpl = String::from(
        "id: syncfake\nname: Sync fake\ncategory: crm\nfields:\n  - key: token\n    label: Token\n    secret: true\n    required: true\n\
         base_url: https://crm.example.com\nauth:\n  type: bearer\n  token: \"{{ token }}\"\ntest:\n  method: GET\n  path: /me\nstreams:\n",
    );
    for line in streams_yaml.trim_matches('\n').lines() {
        tpl.push_str("  ");
        tpl.push_str(line);
        tpl.push('\n');
    }
    env.write("config/crmctl/templates/syncfake.yaml", &tpl);
    env.set("CRM_TOKEN", CANARY);
    env.ok(&["integration", "add", "syncfake", "--name", "crm", "--base-url", &fake.url(), "--secret", "token=env:CRM_TOKEN"]);
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true}))));
    env
}

fn sync(env: &TestEnv, name: &str, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["sync", name, "-o", "json"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_no_canary(env, &out, "sync");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (v, out)
}

fn sync_ok(env: &TestEnv, name: &str, extra: &[&str]) -> Value {
    let (v, out) = sync(env, name, extra);
    assert!(out.status.success(), "sync failed: {v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    v
}

fn stream<'a>(r: &'a Value, s: &str) -> &'a Value {
    r["streams"].as_array().unwrap().iter().find(|x| x["stream"] == s).unwrap_or_else(|| panic!("no {s} in {r:#}"))
}

fn counts(s: &Value) -> (u64, u64, u64, u64, u64) {
    let n = |k: &str| s[k].as_u64().unwrap();
    (n("processed"), n("created"), n("updated"), n("unchanged"), n("failed"))
}

fn list(env: &TestEnv, what: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec![what, "list", "--limit", "100000"];
    args.extend_from_slice(extra);
    env.json(&args).as_array().unwrap().clone()
}

fn external_ids(env: &TestEnv, what: &str, extra: &[&str]) -> Vec<String> {
    let mut ids: Vec<String> = list(env, what, extra).iter().map(|r| r["external_id"].as_str().unwrap().to_string()).collect();
    ids.sort_by_key(|s| s.parse::<u64>().unwrap_or(u64::MAX));
    ids
}

fn sync_logs(env: &TestEnv) -> Vec<Value> {
    env.json(&["logs", "tail", "--kind", "record_sync", "--limit", "1000"]).as_array().cloned().unwrap_or_default()
}

fn contact(id: u64, email: &str, updated: &str) -> Value {
    json!({"id": id, "email": email, "first_name": format!("First{id}"), "last_name": "Last", "company": "Acme", "updated_at": updated})
}

// ---------------------------------------------------------------------------
// the sandbox
// ---------------------------------------------------------------------------


#[test]
fn sandbox_syncs_every_stream_with_its_own_pagination_then_incrementally() {
    let sb = Sb::start(250, Duration::ZERO);
    let env = env_with_sandbox(&sb);
    let r = sync_ok(&env, "sbx", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    for s in ["contacts", "tickets", "deals"] {
        let st = stream(&r, s);
        assert_eq!(counts(st), (250, 250, 0, 0, 0), "{s}: {st:#}");
        assert_eq!(st["pages"], 3, "{s}: {st:#}");
        assert_eq!(list(&env, s, &[]).len(), 250, "{s}");
    }
    // The connection check ran first.
    assert_eq!(sb.sb().state().requests()[0].path, "/api/v1/me");
    // Mapped through the defaults: names joined, emails lowered, amounts numbers.
    let c = env.json(&["contacts", "show", "1"]);
    assert_eq!(c["name"].as_str().unwrap(), format!("{} {}", c["fields"]["first_name"].as_str().unwrap(), c["fields"]["last_name"].as_str().unwrap()));
    assert!(c["fields"]["domain"].is_string(), "{c:#}");
    let d = env.json(&["deals", "show", "1"]);
    assert!(d["amount"].is_number(), "{d:#}");
    assert!(d["fields"]["close_date"].as_str().unwrap().len() == 10, "{d:#}");
    let t = env.json(&["tickets", "show", "1"]);
    assert!(["open", "pending", "solved"].contains(&t["status"].as_str().unwrap()), "{t:#}");
    // Search across the view.
    let email = c["email"].as_str().unwrap().to_string();
    let found = list(&env, "contacts", &["--search", &email.to_uppercase()]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["external_id"], "1");
    // One record_sync row per stream, counted by `stats`.
    let logs = sync_logs(&env);
    assert_eq!(logs.len(), 3);
    let stats = env.json(&["stats"]);
    for s in ["contacts", "tickets", "deals"] {
        assert_eq!(stats["records_synced_by_type"][s], 250, "{stats:#}");
    }

    // Again: only what changed since the newest record is asked for.
    let r = sync_ok(&env, "sbx", &[]);
    for s in ["contacts", "tickets", "deals"] {
        let st = stream(&r, s);
        let (processed, created, updated, _, _) = counts(st);
        assert_eq!((created, updated), (0, 0), "{s}: {st:#}");
        assert!(processed < 5, "{s}: {st:#}");
    }
    let last = sb.requests("/api/v1/contacts").pop().unwrap();
    assert!(last.query.contains_key("updated_since"), "{:?}", last.query);
    // A change at the source comes through as an update.
    let v: Value = sb.rt.block_on(async {
        reqwest::Client::new()
            .post(format!("{}/api/v1/contacts", sb.sb().url()))
            .header("X-Api-Key", sb.sb().state().api_key())
            .json(&json!({"email": email, "first_name": "Renamed"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(v["created"], false);
    let r = sync_ok(&env, "sbx", &["--stream", "contacts"]);
    assert_eq!(r["streams"].as_array().unwrap().len(), 1);
    assert_eq!(stream(&r, "contacts")["updated"], 1, "{r:#}");
    assert!(env.json(&["contacts", "show", "1"])["name"].as_str().unwrap().starts_with("Renamed "));
}

#[test]
fn contacts_share_an_account_by_email_domain() {
    let fake = Fake::start();
    let people = vec![
        contact(1, "ann@acme.com", "2025-01-01T00:00:00Z"),
        contact(2, "Bob@ACME.com", "2025-01-02T00:00:00Z"),
        json!({"id": 3, "email": "cy@globex.io", "company": "Globex", "updated_at": "2025-01-03T00:00:00Z"}),
        json!({"id": 4, "email": "dee@gmail.com", "updated_at": "2025-01-04T00:00:00Z"}),
    ];
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": people}))));
    let env = env_with("contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: none\n  items: results\n  id: id\n  updated_at: updated_at\n", &fake);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(counts(stream(&r, "contacts")), (4, 4, 0, 0, 0));
    let accounts = env.json(&["accounts", "list"]);
    let domains: Vec<&str> = accounts.as_array().unwrap().iter().map(|a| a["domain"].as_str().unwrap()).collect();
    assert_eq!(domains, ["acme.com", "globex.io"], "webmail makes no account: {accounts:#}");
    assert_eq!(accounts[0]["contacts"], 2);
    assert_eq!(accounts[0]["name"], "Acme");
    assert_eq!(accounts[1]["name"], "Globex");
    assert_eq!(external_ids(&env, "contacts", &["--account", "acme.com"]), ["1", "2"]);
    let dee = env.json(&["contacts", "show", "4"]);
    assert!(dee["account_id"].is_null(), "{dee:#}");
}

// ---------------------------------------------------------------------------
// pagination styles against fakes
// ---------------------------------------------------------------------------

#[test]
fn every_pagination_style_against_fakes() {
    let fake = Fake::start();
    // contacts: cursor, ending on a page without a cursor
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param("after", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [contact(3, "c@x.io", "2025-01-03T00:00:00Z")]}))));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param_is_missing("after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [contact(1, "a@x.io", "2025-01-01T00:00:00Z"), contact(2, "b@x.io", "2025-01-02T00:00:00Z")], "paging": {"next": {"after": "c2"}}}))));
    // tickets: page numbers, ending on an empty page
    let ticket = |i: u64| json!({"id": i, "subject": format!("Ticket {i}"), "status": "open", "updated_at": 1_735_689_600 + i});
    for (p, body) in [("1", vec![ticket(1), ticket(2)]), ("2", vec![ticket(3), ticket(4)]), ("3", vec![])] {
        fake.mount(Mock::given(method("GET")).and(path("/tickets")).and(query_param("page", p)).and(query_param("per_page", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"tickets": body}))));
    }
    // deals: a Salesforce-style relative nextRecordsUrl
    let deal = |i: u64| json!({"Id": format!("006{i}"), "Name": format!("Deal {i}"), "Amount": 1000 * i, "StageName": "Prospecting", "LastModifiedDate": "2025-02-01T10:00:00.000+0000"});
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query/01g-2000"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"done": true, "records": [deal(3)]}))));
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"done": false, "totalSize": 3, "nextRecordsUrl": "/services/data/v60.0/query/01g-2000", "records": [deal(1), deal(2)]}))));
    let env = env_with(
        "contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: cursor\n    param: after\n    next: paging.next.after\n  items: results\n  id: id\n  updated_at: updated_at\n\
         tickets:\n  list:\n    path: /tickets\n  pagination:\n    style: page\n    param: page\n    per_page_param: per_page\n    size: 2\n  items: tickets\n  id: id\n  updated_at: updated_at\n\
         deals:\n  list:\n    path: /services/data/v60.0/query\n    query:\n      q: \"SELECT Id, Name FROM Opportunity{% if stream.since %} WHERE LastModifiedDate > {{ stream.since }}{% endif %}\"\n  \
         pagination:\n    style: next_url\n    path: nextRecordsUrl\n  items: records\n  total: totalSize\n  id: Id\n  updated_at: LastModifiedDate\n  \
         incremental:\n    format: rfc3339\n  fields:\n    name: Name\n    amount: Amount\n    stage: StageName\n",
        &fake,
    );
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!((stream(&r, "contacts")["pages"].as_u64(), stream(&r, "contacts")["created"].as_u64()), (Some(2), Some(3)));
    assert_eq!((stream(&r, "tickets")["pages"].as_u64(), stream(&r, "tickets")["created"].as_u64()), (Some(3), Some(4)));
    assert_eq!((stream(&r, "deals")["pages"].as_u64(), stream(&r, "deals")["created"].as_u64()), (Some(2), Some(3)));
    assert_eq!(external_ids(&env, "contacts", &[]), ["1", "2", "3"]);
    assert_eq!(external_ids(&env, "tickets", &[]), ["1", "2", "3", "4"]);
    let d = env.json(&["deals", "show", "0062"]);
    assert_eq!((d["name"].as_str(), d["amount"].as_f64(), d["status"].as_str()), (Some("Deal 2"), Some(2000.0), Some("Prospecting")), "{d:#}");
    // The bearer token reached the provider on every request.
    assert!(fake.requests().iter().all(|r| r.headers.get("authorization").unwrap().to_str().unwrap() == format!("Bearer {CANARY}")));
    // The SOQL filter carries the high-water mark on the next sync.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))));
    fake.mount(Mock::given(method("GET")).and(path("/services/data/v60.0/query"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"done": true, "records": []}))));
    let r = sync_ok(&env, "crm", &["--stream", "deals"]);
    assert_eq!(stream(&r, "deals")["processed"], 0);
    let q = fake.requests().iter().filter(|r| r.url.path() == "/services/data/v60.0/query").map(|r| r.url.query_pairs().find(|(k, _)| k == "q").unwrap().1.to_string()).next().unwrap();
    assert!(q.ends_with("WHERE LastModifiedDate > 2025-02-01T10:00:00Z"), "{q}");
}

#[test]
fn link_header_and_offset_pagination_and_a_repeated_cursor() {
    let fake = Fake::start();
    let next = format!("<{}/contacts?page=2>; rel=\"next\"", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([contact(3, "c@x.io", "2025-01-03T00:00:00Z")]))));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).insert_header("Link", next.as_str()).set_body_json(json!([contact(1, "a@x.io", "2025-01-01T00:00:00Z"), contact(2, "b@x.io", "2025-01-02T00:00:00Z")]))));
    let deal = |i: u64| json!({"id": i, "name": format!("Deal {i}"), "amount": "12.5"});
    for (o, body) in [("0", vec![deal(1), deal(2)]), ("2", vec![deal(3)])] {
        fake.mount(Mock::given(method("GET")).and(path("/deals")).and(query_param("start", o)).and(query_param("limit", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": body}))));
    }
    // tickets: a cursor that repeats forever
    fake.mount(Mock::given(method("GET")).and(path("/tickets"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"tickets": [{"id": 1, "subject": "Loop"}], "next": "same"}))));
    let env = env_with(
        "contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: link_header\n  id: id\n\
         tickets:\n  list:\n    path: /tickets\n  pagination:\n    style: cursor\n    param: cursor\n    next: next\n  items: tickets\n  id: id\n\
         deals:\n  list:\n    path: /deals\n  pagination:\n    style: offset\n    param: start\n    limit_param: limit\n    size: 2\n  items: data\n  id: id\n",
        &fake,
    );
    let started = Instant::now();
    let r = sync_ok(&env, "crm", &[]);
    assert!(started.elapsed() < Duration::from_secs(30));
    assert_eq!(stream(&r, "contacts")["created"], 3, "{r:#}");
    assert_eq!(stream(&r, "deals")["created"], 3, "{r:#}");
    assert_eq!(list(&env, "deals", &[])[0]["amount"], 12.5);
    let t = stream(&r, "tickets");
    assert_eq!(t["created"], 1, "{t:#}");
    assert!(t["warnings"][0].as_str().unwrap().contains("already read") || t["warnings"][0].as_str().unwrap().contains("same records"), "{t:#}");
}

#[test]
fn incremental_picks_only_changed_and_full_marks_vanished_deleted() {
    let fake = Fake::start();
    let page = |items: Vec<Value>| ResponseTemplate::new(200).set_body_json(json!({"results": items}));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(page(vec![
        contact(1, "a@acme.com", "2025-01-01T00:00:00Z"),
        contact(2, "b@acme.com", "2025-01-02T00:00:00Z"),
        contact(3, "c@acme.com", "2025-01-03T00:00:00Z"),
    ])));
    let env = env_with(
        "contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: none\n  items: results\n  id: id\n  updated_at: updated_at\n  incremental:\n    param: modified_since\n",
        &fake,
    );
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(counts(stream(&r, "contacts")), (3, 3, 0, 0, 0));
    let list_req = |f: &Fake| f.requests().into_iter().find(|r| r.url.path() == "/contacts").unwrap();
    assert!(list_req(&fake).url.query_pairs().all(|(k, _)| k != "modified_since"), "the first sync reads everything");
    let before = env.json(&["contacts", "show", "1"]);

    // Incremental: 3 unchanged (an inclusive filter), 2 changed.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))));
    let changed = json!({"id": 2, "email": "b@acme.com", "first_name": "Bea", "last_name": "Last", "company": "Acme", "updated_at": "2025-01-05T00:00:00Z"});
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(page(vec![contact(3, "c@acme.com", "2025-01-03T00:00:00Z"), changed.clone()])));
    let r = sync_ok(&env, "crm", &[]);
    let since = list_req(&fake).url.query_pairs().find(|(k, _)| k == "modified_since").map(|(_, v)| v.to_string());
    assert_eq!(since.as_deref(), Some("2025-01-03T00:00:00Z"));
    assert_eq!(counts(stream(&r, "contacts")), (2, 0, 1, 1, 0));
    assert_eq!(env.json(&["contacts", "show", "2"])["name"], "Bea Last");
    assert_eq!(env.json(&["contacts", "show", "1"])["updated_at"], before["updated_at"], "an untouched record is not rewritten");

    // --full reads everything and marks what is gone (3) deleted.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(page(vec![contact(1, "a@acme.com", "2025-01-01T00:00:00Z"), changed.clone()])));
    let r = sync_ok(&env, "crm", &["--full"]);
    assert!(list_req(&fake).url.query_pairs().all(|(k, _)| k != "modified_since"));
    let st = stream(&r, "contacts");
    assert_eq!((st["unchanged"].as_u64(), st["deleted"].as_u64()), (Some(2), Some(1)), "{st:#}");
    assert_eq!(external_ids(&env, "contacts", &[]), ["1", "2"]);
    assert_eq!(env.json(&["contacts", "show", "3"])["state"], "deleted");
    assert_eq!(external_ids(&env, "contacts", &["--deleted"]), ["1", "2", "3"]);
    // A dry run writes nothing.
    let logs = sync_logs(&env).len();
    let r = sync_ok(&env, "crm", &["--full", "--dry-run"]);
    assert_eq!((r["dry_run"].as_bool(), stream(&r, "contacts")["unchanged"].as_u64()), (Some(true), Some(2)));
    assert_eq!(sync_logs(&env).len(), logs);
}

// ---------------------------------------------------------------------------
// mappings
// ---------------------------------------------------------------------------

#[test]
fn each_bad_value_fails_its_record_with_the_reason_and_the_batch_goes_on() {
    let fake = Fake::start();
    let good = json!({"id": "ok", "props": {"email": "Ann@Acme.com", "stage": "won", "closed": "31/01/2025", "amount": "1200.50"}});
    let bad_enum = json!({"id": "enum", "props": {"email": "b@acme.com", "stage": "mystery", "closed": "31/01/2025", "amount": "1"}});
    let bad_date = json!({"id": "date", "props": {"email": "c@acme.com", "stage": "won", "closed": "31/13/2025", "amount": "1"}});
    let bad_number = json!({"id": "number", "props": {"email": "d@acme.com", "stage": "won", "closed": "31/01/2025", "amount": "lots"}});
    let missing = json!({"id": "required", "props": {"stage": "won", "closed": "31/01/2025", "amount": "1"}});
    let bad_email = json!({"id": "domain", "props": {"email": "not-an-email", "stage": "won", "closed": "31/01/2025", "amount": "1"}});
    let secret_value = json!({"id": "canary", "props": {"email": "e@acme.com", "stage": CANARY, "closed": "31/01/2025", "amount": "1"}});
    let no_id = json!({"props": {"email": "f@acme.com"}});
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(ResponseTemplate::new(200).set_body_json(
        json!({"results": [good, bad_enum, bad_date, bad_number, missing, bad_email, secret_value, no_id]}),
    )));
    let env = env_with("contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: none\n  items: results\n  id: id\n", &fake);
    env.write(
        "work/map.yaml",
        "- {stream: contacts, target: email, source: props.email, transforms: [trim, lower, required]}\n\
         - {stream: contacts, target: domain, source: props.email, transforms: [email_domain]}\n\
         - {stream: contacts, target: custom.stage, source: props.stage, transforms: [{enum: {won: customer, lost: churned}}]}\n\
         - {stream: contacts, target: custom.closed, source: props.closed, transforms: [{date: {from: \"%d/%m/%Y\", to: \"%Y-%m-%d\"}}]}\n\
         - {stream: contacts, target: custom.amount, source: props.amount, transforms: [number]}\n",
    );
    env.ok(&["mapping", "set", "crm", "--from-file", "map.yaml"]);
    let (r, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(0), "{r:#}");
    let st = stream(&r, "contacts");
    assert_eq!(st["status"], "partial");
    assert_eq!(counts(st), (8, 1, 0, 0, 7), "{st:#}");
    let reason = |id: Option<&str>| -> String {
        st["failures"].as_array().unwrap().iter().find(|f| f["id"].as_str() == id).unwrap_or_else(|| panic!("no failure for {id:?}: {st:#}"))["reason"].as_str().unwrap().to_string()
    };
    assert!(reason(Some("enum")).contains("custom.stage") && reason(Some("enum")).contains("'mystery'"), "{}", reason(Some("enum")));
    assert!(reason(Some("date")).contains("custom.closed") && reason(Some("date")).contains("31/13/2025"), "{}", reason(Some("date")));
    assert!(reason(Some("number")).contains("custom.amount") && reason(Some("number")).contains("'lots'"), "{}", reason(Some("number")));
    assert!(reason(Some("required")).contains("`email`"), "{}", reason(Some("required")));
    assert!(reason(Some("domain")).contains("`domain`") && reason(Some("domain")).contains("not-an-email"), "{}", reason(Some("domain")));
    assert!(reason(None).contains("no id"), "{}", reason(None));
    // A secret value in a record is masked in the reason (and nowhere else).
    assert!(!reason(Some("canary")).contains(CANARY));
    let ok = env.json(&["contacts", "show", "ok"]);
    assert_eq!((ok["email"].as_str(), ok["fields"]["custom.stage"].as_str(), ok["fields"]["custom.closed"].as_str(), ok["fields"]["custom.amount"].as_f64()),
        (Some("ann@acme.com"), Some("customer"), Some("2025-01-31"), Some(1200.5)));
    assert_eq!(list(&env, "contacts", &[]).len(), 1);
    // The reasons are in the sync log, counted there too.
    let logs = sync_logs(&env);
    assert_eq!((logs[0]["status"].as_str(), logs[0]["failed"].as_i64(), logs[0]["created"].as_i64()), (Some("partial"), Some(7), Some(1)));
    let shown = env.ok(&["logs", "show", logs[0]["id"].as_str().unwrap(), "-o", "json"]);
    assert!(shown.contains("'mystery'"), "{shown}");
    assert!(!shown.contains(CANARY));
    assert_store_clean(&env, "a sync with a secret in a record");
}

// ---------------------------------------------------------------------------
// failures
// ---------------------------------------------------------------------------

#[test]
fn an_auth_failure_fails_the_sync_loudly_and_writes_nothing() {
    let fake = Fake::start();
    let mut env = TestEnv::with_env_key();
    env.write(
        "config/crmctl/templates/syncfake.yaml",
        "id: syncfake\nname: Sync fake\ncategory: crm\nfields:\n  - key: token\n    label: Token\n    secret: true\n    required: true\n\
         base_url: https://crm.example.com\nauth:\n  type: bearer\n  token: \"{{ token }}\"\ntest:\n  method: GET\n  path: /me\n\
         streams:\n  contacts:\n    list:\n      path: /contacts\n    pagination:\n      style: none\n    id: id\n",
    );
    env.set("CRM_TOKEN", CANARY);
    env.ok(&["integration", "add", "syncfake", "--name", "crm", "--base-url", &fake.url(), "--secret", "token=env:CRM_TOKEN"]);
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "invalid token"}))));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(ResponseTemplate::new(200).set_body_json(json!([]))));
    let (r, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(1), "{r:#}");
    assert_eq!(r["status"], "failure");
    assert_eq!(r["failure"]["class"], "auth");
    assert!(String::from_utf8_lossy(&out.stderr).contains("sync failed"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(fake.requests().iter().all(|r| r.url.path() == "/me"), "nothing is listed after a failed check");
    let logs = sync_logs(&env);
    assert_eq!((logs[0]["status"].as_str(), logs[0]["error_class"].as_str()), (Some("failure"), Some("auth")));
    assert!(list(&env, "contacts", &[]).is_empty());
    // A table run says so on stderr, with exit 1 too.
    let out = env.run(&["sync", "crm"]);
    assert_eq!(out.status.code(), Some(1));
    assert_no_canary(&env, &out, "sync (table)");
}

#[test]
fn a_failing_list_fails_its_stream_and_unknown_streams_are_usage_errors() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).respond_with(ResponseTemplate::new(403).set_body_json(json!({"error": "forbidden"}))));
    let env = env_with("contacts:\n  list:\n    path: /contacts\n  pagination:\n    style: none\n  id: id\n", &fake);
    let (r, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(1), "{r:#}");
    assert_eq!(stream(&r, "contacts")["failure"]["class"], "permission");
    let out = env.run(&["sync", "crm", "--stream", "deals"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no deals stream"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = env.run(&["sync", "crm", "--stream", "leads"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown stream"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn providers_without_streams_say_so() {
    let mut env = TestEnv::with_env_key();
    env.set("T1_SECRET", "t1-secret-0000");
    env.ok(&[
        "integration", "add", "technologyone", "--name", "alerts", "--secret", "client_secret=env:T1_SECRET",
        "--field", "tenant_url=https://acme.t1cloud.com/T1Default/CiAnywhere/Web/ACME", "--field", "client_id=crm",
        "--field", "test_report=CRM_REQUEST_TYPES", "--field", "job_service=CRM_CREATE_REQUEST", "--field", "request_type=GENENQ",
    ]);
    let out = env.run(&["sync", "alerts"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no record streams"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Kills a sync with SIGKILL part-way, then runs it again: every record
/// once, the store intact, and the second run starts where the first stopped.
#[test]
fn a_sync_killed_with_sigkill_resumes_without_duplicates() {
    let sb = Sb::start(3000, Duration::from_millis(60));
    let env = env_with_sandbox(&sb);
    let mut child = env
        .std_cmd()
        .args(["sync", "sbx", "--stream", "contacts", "--full"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let n = crmctl::store::Db::open_raw(&env.db)
            .map_err(|e| e.to_string())
            .and_then(|c| c.query_row("SELECT COUNT(*) FROM records", (), |r| r.get::<i64>(0)).map_err(|e| e.to_string()))
            .unwrap_or(0);
        if n >= 500 {
            break;
        }
        assert!(Instant::now() < deadline, "the sync made no progress");
        assert!(child.try_wait().unwrap().is_none(), "the sync finished before it could be killed; slow the sandbox down");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let pages_before = sb.requests("/api/v1/contacts").len();
    let r = sync_ok(&env, "sbx", &["--stream", "contacts", "--full"]);
    let st = stream(&r, "contacts");
    assert_eq!(st["resumed"], true, "{r:#}");
    assert_eq!(st["status"], "success", "{r:#}");
    let second: Vec<_> = sb.requests("/api/v1/contacts").into_iter().skip(pages_before).collect();
    assert!(second[0].query.get("cursor").is_some_and(|c| c.as_str().is_some_and(|c| !c.is_empty())), "the second run starts at the stored cursor: {:?}", second[0].query);
    assert!(second.len() < 30, "the second run did not read everything again ({} pages)", second.len());
    let db = store_db(&env);
    if !on_postgres() {
        // A SQLite file a killed process wrote to is still sound.
        let ok: String = db.query_row("PRAGMA integrity_check", (), |r| r.get(0)).unwrap();
        assert_eq!(ok, "ok");
    }
    let (n, distinct): (i64, i64) = db.query_row("SELECT COUNT(*), COUNT(DISTINCT external_id) FROM records WHERE stream = 'contacts'", (), |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!((n, distinct), (3000, 3000));
    let deleted: i64 = db.query_row("SELECT COUNT(*) FROM records WHERE state = 'deleted'", (), |r| r.get(0)).unwrap();
    assert_eq!(deleted, 0, "a resumed --full run does not delete what the killed run saw");
    assert_eq!(st["created"].as_u64().unwrap() + st["unchanged"].as_u64().unwrap() + st["updated"].as_u64().unwrap(), 3000, "{r:#}");
    let accounts: i64 = db.query_row("SELECT COUNT(*) FROM accounts", (), |r| r.get(0)).unwrap();
    let distinct_domains: i64 = db.query_row("SELECT COUNT(DISTINCT account_id) FROM records WHERE account_id IS NOT NULL", (), |r| r.get(0)).unwrap();
    assert_eq!(accounts, distinct_domains, "one account per domain, no strays");
}

// ---------------------------------------------------------------------------
// built-in templates against fakes of the vendors' list endpoints
// ---------------------------------------------------------------------------

/// An integration `crm` of a built-in template pointed at the fake, its
/// secret `value` (the canary, or one that holds it where the template's
/// pattern allows).
fn env_builtin(provider: &str, fields: &[&str], secret: &str, value: &str, fake: &Fake) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("CRM_SECRET", value);
    let s = format!("{secret}=env:CRM_SECRET");
    let url = fake.url();
    let mut args = vec!["integration", "add", provider, "--name", "crm", "--base-url", &url, "--secret", &s];
    for f in fields {
        args.extend(["--field", f]);
    }
    env.ok(&args);
    env
}

fn query_of(r: &wiremock::Request, k: &str) -> Option<String> {
    r.url.query_pairs().find(|(n, _)| n == k).map(|(_, v)| v.to_string())
}

fn requests_at(fake: &Fake, p: &str) -> Vec<wiremock::Request> {
    fake.requests().into_iter().filter(|r| r.url.path() == p).collect()
}

#[test]
fn hubspot_contacts_tickets_and_deals_from_the_crm_objects_api() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/account-info/v3/details")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"portalId": 1}))));
    let hc = |i: u64, email: &str| json!({"id": i.to_string(), "properties": {"email": email, "firstname": format!("Ann{i}"), "lastname": "Lee", "company": "Acme"}, "updatedAt": "2025-03-01T00:00:00.000Z", "archived": false});
    fake.mount(Mock::given(method("GET")).and(path("/crm/v3/objects/contacts")).and(query_param("after", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [hc(3, "c@acme.com")]}))));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v3/objects/contacts")).and(query_param_is_missing("after"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [hc(1, "A@Acme.com"), hc(2, "b@acme.com")], "paging": {"next": {"after": "2", "link": "ignored"}}}))));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v3/objects/deals")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [
        {"id": "9", "properties": {"dealname": "Acme renewal", "amount": "1200.50", "dealstage": "closedwon", "closedate": "2025-06-30T00:00:00Z", "deal_currency_code": "aud"}, "updatedAt": "2025-03-02T00:00:00Z"}
    ]}))));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v3/objects/tickets")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": [
        {"id": "5", "properties": {"subject": "Login broken", "content": "Cannot log in", "hs_pipeline_stage": "1", "hs_ticket_priority": "HIGH", "createdate": "2025-03-01T10:00:00Z"}, "updatedAt": "2025-03-02T00:00:00Z"}
    ]}))));
    let env = env_builtin("hubspot", &[], "access_token", &format!("pat-na1-{CANARY}"), &fake);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!(stream(&r, "contacts")["created"], 3);
    let first = &requests_at(&fake, "/crm/v3/objects/contacts")[0];
    assert_eq!(query_of(first, "limit").as_deref(), Some("100"));
    assert!(query_of(first, "properties").unwrap().contains("email"));
    let a = env.json(&["contacts", "show", "1"]);
    assert_eq!((a["email"].as_str(), a["name"].as_str(), a["account"].as_str()), (Some("a@acme.com"), Some("Ann1 Lee"), Some("Acme")), "{a:#}");
    let d = env.json(&["deals", "show", "9"]);
    assert_eq!((d["name"].as_str(), d["amount"].as_f64(), d["currency"].as_str(), d["fields"]["close_date"].as_str()), (Some("Acme renewal"), Some(1200.5), Some("AUD"), Some("2025-06-30")), "{d:#}");
    let t = env.json(&["tickets", "show", "5"]);
    assert_eq!((t["name"].as_str(), t["fields"]["priority"].as_str()), (Some("Login broken"), Some("high")), "{t:#}");
}

#[test]
fn zendesk_users_and_tickets_from_the_incremental_exports() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/users/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": {"id": 1, "email": "ops@acme.com"}}))));
    let after = format!("{}/api/v2/incremental/tickets/cursor.json?cursor=MTU3", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/incremental/tickets/cursor.json")).and(query_param("cursor", "MTU3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"tickets": [{"id": 3, "subject": "Third", "status": "solved", "updated_at": "2025-01-03T00:00:00Z"}], "after_url": format!("{}/api/v2/incremental/tickets/cursor.json?cursor=MTU4", fake.url()), "end_of_stream": true}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/incremental/tickets/cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"tickets": [
            {"id": 1, "subject": " First ", "status": "Open", "priority": "high", "updated_at": "2025-01-01T00:00:00Z", "created_at": "2024-12-31T00:00:00Z"},
            {"id": 2, "subject": "Second", "status": "pending", "updated_at": "2025-01-02T00:00:00Z"}
        ], "after_url": after, "end_of_stream": false}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/incremental/users/cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"users": [{"id": 7, "name": "Ann Lee", "email": "ann@acme.com", "role": "end-user", "updated_at": "2025-01-05T00:00:00Z"}], "after_url": null, "end_of_stream": true}))));
    let env = env_builtin("zendesk", &["subdomain=acme", "email=ops@acme.com"], "api_token", CANARY, &fake);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!(stream(&r, "tickets")["created"], 3, "{r:#}");
    assert_eq!(stream(&r, "tickets")["pages"], 2, "end_of_stream stops the export: {r:#}");
    let first = &requests_at(&fake, "/api/v2/incremental/tickets/cursor")[0];
    assert_eq!(query_of(first, "start_time").as_deref(), Some("0"), "a first sync exports from the start");
    let t = env.json(&["tickets", "show", "1"]);
    assert_eq!((t["name"].as_str(), t["status"].as_str(), t["fields"]["opened_at"].as_str()), (Some("First"), Some("open"), Some("2024-12-31T00:00:00Z")), "{t:#}");
    assert_eq!(env.json(&["contacts", "show", "7"])["name"], "Ann Lee");
    // Incremental: start_time is the newest change seen, in Unix seconds.
    let r = sync_ok(&env, "crm", &["--stream", "tickets"]);
    assert_eq!(stream(&r, "tickets")["created"], 0);
    let last = requests_at(&fake, "/api/v2/incremental/tickets/cursor").pop().unwrap();
    assert_eq!(query_of(&last, "start_time").as_deref(), Some("1735862400"));
    let out = env.run(&["sync", "crm", "--stream", "deals"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Zendesk Sell"), "the unsupported reason is given: {}", String::from_utf8_lossy(&out.stderr));
}

/// Pipedrive tokens are 40 hex digits: no room for the canary.
const PD_TOKEN: &str = "0123456789abcdef0123456789abcdef01234567";

#[test]
fn pipedrive_persons_and_deals_from_api_v2() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/v1/users/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true, "data": {"id": 1, "name": "Ops"}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/persons")).and(query_param("cursor", "eyJ"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true, "data": [{"id": 2, "name": "Bo Chen", "emails": [{"value": "bo@globex.io", "primary": true}], "update_time": "2025-01-02T00:00:00Z"}], "additional_data": {"next_cursor": null}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/persons")).and(query_param_is_missing("cursor"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true, "data": [{"id": 1, "name": "Ann Lee", "emails": [{"value": "ann@acme.com", "primary": true}], "phones": [{"value": "+61400000001"}], "update_time": "2025-01-01T00:00:00Z"}], "additional_data": {"next_cursor": "eyJ"}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/deals"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"success": true, "data": [{"id": 4, "title": "Big one", "value": 5000, "currency": "USD", "stage_id": 2, "expected_close_date": "2025-09-01", "update_time": "2025-01-03T00:00:00Z"}], "additional_data": {"next_cursor": null}}))));
    let env = env_builtin("pipedrive", &["line_number=+61299999999"], "api_token", PD_TOKEN, &fake);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!(external_ids(&env, "contacts", &[]), ["1", "2"]);
    let ann = env.json(&["contacts", "show", "1"]);
    assert_eq!((ann["email"].as_str(), ann["phone"].as_str()), (Some("ann@acme.com"), Some("+61400000001")));
    let d = env.json(&["deals", "show", "4"]);
    assert_eq!((d["name"].as_str(), d["amount"].as_f64(), d["status"].as_str()), (Some("Big one"), Some(5000.0), Some("2")));
    assert!(fake.requests().iter().all(|r| r.headers.get("x-api-token").is_some_and(|v| v.to_str().unwrap() == PD_TOKEN)));
    let r = sync_ok(&env, "crm", &["--stream", "contacts"]);
    assert_eq!(stream(&r, "contacts")["created"], 0);
    let last = requests_at(&fake, "/api/v2/persons").pop().unwrap();
    assert_eq!(query_of(&last, "updated_since").as_deref(), Some("2025-01-02T00:00:00Z"));
}

#[test]
fn freshdesk_contacts_and_tickets_by_link_header() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/agents/me")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1, "contact": {"email": "ops@acme.com"}}))));
    let next = format!("<{}/api/v2/tickets?per_page=100&page=2&updated_since=2000-01-01T00:00:00Z>; rel=\"next\"", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/tickets")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 3, "subject": "Three", "status": 4, "priority": 1, "updated_at": "2025-01-03T00:00:00Z"}]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/tickets")).and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).insert_header("Link", next.as_str()).set_body_json(json!([
            {"id": 1, "subject": "One", "status": 2, "priority": 3, "updated_at": "2025-01-01T00:00:00Z"},
            {"id": 2, "subject": "Two", "status": 3, "priority": 2, "updated_at": "2025-01-02T00:00:00Z"}
        ]))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v2/contacts"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": 8, "name": "Cy Dee", "email": "cy@initech.com", "job_title": "CTO", "updated_at": "2025-01-04T00:00:00Z"}]))));
    let env = env_builtin("freshdesk", &["subdomain=acme"], "api_key", CANARY, &fake);
    env.ok(&["mapping", "set", "crm", "--stream", "tickets", "--target", "status", "--source", "status", "--transform", "enum=2:open,3:pending,4:solved,5:closed"]);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!(stream(&r, "tickets")["created"], 3);
    let first = &requests_at(&fake, "/api/v2/tickets")[0];
    assert_eq!(query_of(first, "updated_since").as_deref(), Some("2000-01-01T00:00:00Z"), "older tickets than 30 days too");
    let mut statuses: Vec<(String, String)> =
        list(&env, "tickets", &[]).iter().map(|t| (t["external_id"].as_str().unwrap().to_string(), t["status"].as_str().unwrap().to_string())).collect();
    statuses.sort();
    assert_eq!(statuses, [("1".into(), "open".into()), ("2".into(), "pending".into()), ("3".into(), "solved".to_string())]);
    let c = env.json(&["contacts", "show", "8"]);
    assert_eq!((c["name"].as_str(), c["fields"]["title"].as_str(), c["account"].as_str()), (Some("Cy Dee"), Some("CTO"), Some("initech.com")));
}
