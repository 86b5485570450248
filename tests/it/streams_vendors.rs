//! `crmctl sync` on the built-in templates whose streams follow the
//! vendor's own list or search API, against wiremock fakes that answer only
//! the requests the vendor documents (method, path, query, headers, body):
//! Jira's enhanced JQL search, Zoho CRM's Records API (page tokens,
//! If-Modified-Since, 304 and 204), Slack's users.list (`ok: false` fails),
//! Intercom's list then search API (cursor in the POST body) and Dynamics
//! 365's OData `$filter` and `@odata.nextLink`; and a custom GraphQL
//! template (cursor in the variables, `errors` in a 200 fail the sync).

use serde_json::{json, Value};
use wiremock::matchers::{body_partial_json, header, header_exists, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

fn sync(env: &TestEnv, name: &str, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["sync", name, "-o", "json"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    assert_no_canary(env, &out, "sync");
    (serde_json::from_slice(&out.stdout).unwrap_or(Value::Null), out)
}

pub(crate) fn sync_ok(env: &TestEnv, name: &str, extra: &[&str]) -> Value {
    let (v, out) = sync(env, name, extra);
    assert!(out.status.success(), "sync failed: {v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(v["status"], "success", "{v:#}");
    v
}

pub(crate) fn stream<'a>(r: &'a Value, s: &str) -> &'a Value {
    r["streams"].as_array().unwrap().iter().find(|x| x["stream"] == s).unwrap_or_else(|| panic!("no {s} in {r:#}"))
}

pub(crate) fn query_of(r: &Request, k: &str) -> Option<String> {
    r.url.query_pairs().find(|(n, _)| n == k).map(|(_, v)| v.to_string())
}

pub(crate) fn requests_at(fake: &Fake, p: &str) -> Vec<Request> {
    fake.requests().into_iter().filter(|r| r.url.path() == p).collect()
}

pub(crate) fn ok_json(v: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(v)
}

fn add(env: &mut TestEnv, provider: &str, fields: &[&str], secrets: &[(&str, &str)], base_url: Option<&str>) {
    let mut args: Vec<String> = ["integration", "add", provider, "--name", "crm"].map(String::from).to_vec();
    if let Some(u) = base_url {
        args.extend(["--base-url".into(), u.into()]);
    }
    for f in fields {
        args.extend(["--field".into(), (*f).into()]);
    }
    for (i, (k, v)) in secrets.iter().enumerate() {
        let var = format!("VENDOR_SECRET_{i}");
        env.set(&var, v);
        args.extend(["--secret".into(), format!("{k}=env:{var}")]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    env.ok(&args);
}

#[test]
fn jira_issues_by_jql_with_next_page_tokens_then_updated_since() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/rest/api/3/myself")).respond_with(ok_json(json!({"accountId": "a1", "active": true}))));
    let issue = |id: u64, summary: &str, status: &str, updated: &str| {
        json!({"id": id.to_string(), "key": format!("SUP-{id}"), "fields": {"summary": summary, "status": {"name": status}, "priority": {"name": "High"},
            "issuetype": {"name": "Task"}, "reporter": {"emailAddress": "Ann@Acme.com"}, "assignee": {"displayName": "Sam"},
            "created": "2025-01-01T09:00:00.000+0000", "updated": updated, "resolutiondate": null}})
    };
    fake.mount(Mock::given(method("GET")).and(path("/rest/api/3/search/jql")).and(query_param("nextPageToken", "CAEaAggD"))
        .respond_with(ok_json(json!({"issues": [issue(3, "Third", "Done", "2025-01-02T10:00:00.000+0000")], "isLast": true}))));
    fake.mount(Mock::given(method("GET")).and(path("/rest/api/3/search/jql")).and(query_param_is_missing("nextPageToken"))
        .respond_with(ok_json(json!({"issues": [issue(1, " First ", "To Do", "2025-01-01T10:00:00.000+0000"), issue(2, "Second", "In Progress", "2025-01-01T11:00:00.000+0000")],
            "nextPageToken": "CAEaAggD", "isLast": false}))));
    let mut env = TestEnv::with_env_key();
    add(&mut env, "jira", &["site_url=https://acme.atlassian.net", "email=bot@acme.com", "project_key=SUP"], &[("api_token", CANARY)], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &[]);
    let t = stream(&r, "tickets");
    assert_eq!((t["pages"].as_u64(), t["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    let reqs = requests_at(&fake, "/rest/api/3/search/jql");
    assert_eq!(query_of(&reqs[0], "jql").as_deref(), Some("project = \"SUP\" ORDER BY updated ASC"));
    assert_eq!(query_of(&reqs[0], "maxResults").as_deref(), Some("100"));
    assert!(query_of(&reqs[0], "fields").unwrap().split(',').any(|f| f == "updated"));
    assert!(reqs.iter().all(|r| r.headers.get("authorization").is_some_and(|v| v.to_str().unwrap().starts_with("Basic "))));
    let one = env.json(&["tickets", "show", "1"]);
    assert_eq!((one["name"].as_str(), one["status"].as_str(), one["email"].as_str()), (Some("First"), Some("to do"), Some("ann@acme.com")), "{one:#}");
    assert_eq!(one["fields"]["custom.key"], "SUP-1");
    // Incremental: a day before the newest change, to the minute (JQL reads the user's zone).
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(stream(&r, "tickets")["created"], 0);
    let last = requests_at(&fake, "/rest/api/3/search/jql").into_iter().find(|r| query_of(r, "jql").unwrap().contains("updated >=")).expect("an incremental JQL");
    assert_eq!(query_of(&last, "jql").as_deref(), Some("project = \"SUP\" AND updated >= \"2025/01/01 10:00\" ORDER BY updated ASC"));
}

const ZOHO_CLIENT: &str = "1000.K7QX2ZT9B4M1R8W3N6P0YJ5HC2LD8F";
const ZOHO_REFRESH: &str = "1000.6f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9";

#[test]
fn zoho_crm_contacts_and_deals_by_page_token_and_if_modified_since() {
    let fake = Fake::start();
    // The accounts server: the refresh-token grant; api_domain names the API host.
    fake.mount(Mock::given(method("POST")).and(path("/oauth/v2/token")).respond_with(ok_json(
        json!({"access_token": "1000.zohoaccess", "api_domain": fake.url(), "token_type": "Bearer", "expires_in": 3600}),
    )));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v8/users")).respond_with(ok_json(json!({"users": [{"id": "1"}]}))));
    let contact = |id: &str, email: &str, modified: &str| {
        json!({"id": id, "First_Name": "Ann", "Last_Name": format!("Lee{id}"), "Full_Name": format!("Ann Lee{id}"), "Email": email, "Phone": "+61 2 9999 0000",
            "Account_Name": {"name": "Acme", "id": "9"}, "Modified_Time": modified})
    };
    fake.mount(Mock::given(method("GET")).and(path("/crm/v8/Contacts")).and(header_exists("if-modified-since"))
        .respond_with(ResponseTemplate::new(304)));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v8/Contacts")).and(query_param("page_token", "PT2"))
        .respond_with(ok_json(json!({"data": [contact("3", "c@acme.com", "2025-01-02T10:00:00+05:30")], "info": {"per_page": 200, "count": 1, "more_records": false, "next_page_token": null}}))));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v8/Contacts")).and(query_param_is_missing("page_token"))
        .respond_with(ok_json(json!({"data": [contact("1", "a@acme.com", "2025-01-01T10:00:00+05:30"), contact("2", "b@acme.com", "2025-01-01T11:00:00+05:30")],
            "info": {"per_page": 200, "count": 2, "more_records": true, "next_page_token": "PT2"}}))));
    fake.mount(Mock::given(method("GET")).and(path("/crm/v8/Deals")).respond_with(ResponseTemplate::new(204)));
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", fake.url());
    let client = format!("client_id={ZOHO_CLIENT}");
    add(&mut env, "zoho_crm", &[&accounts, &client, "accounts_domain=accounts.zoho.com.au"], &[("client_secret", CANARY), ("refresh_token", ZOHO_REFRESH)], None);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(stream(&r, "contacts")["created"], 3, "{r:#}");
    assert_eq!((stream(&r, "deals")["processed"].as_u64(), stream(&r, "deals")["status"].as_str()), (Some(0), Some("success")), "204 is an empty listing: {r:#}");
    let reqs = requests_at(&fake, "/crm/v8/Contacts");
    assert_eq!(query_of(&reqs[0], "per_page").as_deref(), Some("200"));
    assert!(query_of(&reqs[0], "fields").unwrap().contains("Modified_Time"));
    assert!(reqs[0].headers.get("if-modified-since").is_none(), "a first sync reads everything");
    assert!(reqs.iter().all(|r| r.headers.get("authorization").is_some_and(|v| v.to_str().unwrap() == "Bearer 1000.zohoaccess")));
    let c = env.json(&["contacts", "show", "1"]);
    assert_eq!((c["name"].as_str(), c["email"].as_str(), c["account"].as_str()), (Some("Ann Lee1"), Some("a@acme.com"), Some("Acme")), "{c:#}");
    // Incremental: If-Modified-Since is the newest Modified_Time; 304 is "nothing changed".
    let r = sync_ok(&env, "crm", &["--stream", "contacts"]);
    assert_eq!(stream(&r, "contacts")["processed"], 0, "{r:#}");
    let last = requests_at(&fake, "/crm/v8/Contacts").pop().unwrap();
    assert_eq!(last.headers.get("if-modified-since").unwrap().to_str().unwrap(), "2025-01-02T04:30:00+00:00");
}

#[test]
fn slack_members_as_contacts_and_ok_false_fails_the_sync() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/auth.test")).respond_with(ok_json(json!({"ok": true, "user_id": "U0BOT", "team": "Acme"}))));
    let member = |id: &str, name: &str, email: &str| json!({"id": id, "name": name.to_lowercase(), "deleted": false, "is_bot": false, "updated": 1735725600,
        "profile": {"real_name": name, "email": email, "title": "Support", "phone": ""}});
    fake.mount(Mock::given(method("GET")).and(path("/users.list")).and(query_param("cursor", "dXNlcjpVMEc5V0ZYTlo="))
        .respond_with(ok_json(json!({"ok": true, "members": [member("U2", "Bo Chen", "bo@globex.io")], "response_metadata": {"next_cursor": ""}}))));
    fake.mount(Mock::given(method("GET")).and(path("/users.list")).and(query_param_is_missing("cursor")).and(query_param("limit", "200"))
        .respond_with(ok_json(json!({"ok": true, "members": [member("U1", "Ann Lee", "ann@acme.com")], "response_metadata": {"next_cursor": "dXNlcjpVMEc5V0ZYTlo="}}))));
    let mut env = TestEnv::with_env_key();
    add(&mut env, "slack", &["channel=#support"], &[("bot_token", &format!("xoxb-{CANARY}"))], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!((stream(&r, "contacts")["pages"].as_u64(), stream(&r, "contacts")["created"].as_u64()), (Some(2), Some(2)), "{r:#}");
    let c = env.json(&["contacts", "show", "U1"]);
    assert_eq!((c["name"].as_str(), c["email"].as_str(), c["fields"]["title"].as_str()), (Some("Ann Lee"), Some("ann@acme.com"), Some("Support")), "{c:#}");
    // Slack reports errors as 200 with ok: false.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/auth.test")).respond_with(ok_json(json!({"ok": true, "user_id": "U0BOT"}))));
    fake.mount(Mock::given(method("GET")).and(path("/users.list")).respond_with(ok_json(json!({"ok": false, "error": "missing_scope", "needed": "users:read"}))));
    let (v, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    let f = &stream(&v, "contacts")["failure"];
    assert!(f["message"].as_str().unwrap().contains("missing_scope"), "{f:#}");
}

#[test]
fn intercom_lists_in_full_then_searches_by_updated_at_with_the_cursor_in_the_body() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/me")).respond_with(ok_json(json!({"type": "admin", "id": "1", "app": {"name": "Acme"}}))));
    let contact = |id: &str, email: &str, updated: i64| json!({"type": "contact", "id": id, "role": "user", "email": email, "name": "Ann Lee", "updated_at": updated});
    let conv = |id: &str, updated: i64| json!({"type": "conversation", "id": id, "title": null, "state": "open", "priority": "priority", "created_at": 1735700000, "updated_at": updated,
        "source": {"subject": "Refund please", "body": "<p>Hi</p>", "author": {"email": "Ann@Acme.com"}}});
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param("starting_after", "WzE3MzU3"))
        .respond_with(ok_json(json!({"type": "list", "data": [contact("c2", "b@acme.com", 1735725700)], "total_count": 2, "pages": {"type": "pages", "page": 2, "per_page": 150, "total_pages": 2}}))));
    fake.mount(Mock::given(method("GET")).and(path("/contacts")).and(query_param_is_missing("starting_after")).and(query_param("per_page", "150"))
        .respond_with(ok_json(json!({"type": "list", "data": [contact("c1", "a@acme.com", 1735725600)], "total_count": 2, "pages": {"next": {"page": 2, "starting_after": "WzE3MzU3"}}}))));
    fake.mount(Mock::given(method("GET")).and(path("/conversations"))
        .respond_with(ok_json(json!({"type": "conversation.list", "conversations": [conv("77", 1735725800)], "total_count": 1, "pages": {"page": 1}}))));
    // The search API: page 2 carries the cursor in the body.
    fake.mount(Mock::given(method("POST")).and(path("/contacts/search")).and(body_partial_json(json!({"pagination": {"starting_after": "c2VhcmNo"}})))
        .respond_with(ok_json(json!({"type": "list", "data": [contact("c3", "c@acme.com", 1735726000)], "pages": {}}))));
    fake.mount(Mock::given(method("POST")).and(path("/contacts/search")).and(body_partial_json(json!({"query": {"field": "updated_at", "operator": ">", "value": 1735725699}})))
        .respond_with(ok_json(json!({"type": "list", "data": [contact("c2", "b2@acme.com", 1735725900)], "pages": {"next": {"starting_after": "c2VhcmNo"}}}))));
    let mut env = TestEnv::with_env_key();
    add(&mut env, "intercom", &[], &[("access_token", CANARY)], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!(stream(&r, "contacts")["created"], 2, "{r:#}");
    assert!(fake.requests().iter().all(|r| r.headers.get("intercom-version").is_some_and(|v| v.to_str().unwrap() == "2.14")));
    let t = env.json(&["tickets", "show", "77"]);
    assert_eq!((t["name"].as_str(), t["status"].as_str(), t["email"].as_str()), (Some("Refund please"), Some("open"), Some("ann@acme.com")), "{t:#}");
    let r = sync_ok(&env, "crm", &["--stream", "contacts"]);
    let c = stream(&r, "contacts");
    assert_eq!((c["pages"].as_u64(), c["created"].as_u64(), c["updated"].as_u64()), (Some(2), Some(1), Some(1)), "{r:#}");
    let bodies = fake.bodies_at("POST", "/contacts/search");
    assert_eq!(bodies.len(), 2, "{bodies:#?}");
    assert_eq!(bodies[0], json!({"query": {"field": "updated_at", "operator": ">", "value": 1735725699}, "pagination": {"per_page": 150}}));
    assert_eq!(env.json(&["contacts", "show", "c2"])["email"], "b2@acme.com");
}

#[test]
fn dynamics_contacts_incidents_and_opportunities_by_odata_filter_and_next_link() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/WhoAmI")).respond_with(ok_json(json!({"UserId": "u1"}))));
    let next = format!("{}/api/data/v9.2/contacts?$select=contactid&$skiptoken=%3Ccookie%20pagenumber=%222%22/%3E", fake.url());
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/contacts")).and(query_param_is_missing("$skiptoken")).and(header("prefer", "odata.maxpagesize=500"))
        .respond_with(ok_json(json!({"value": [{"contactid": "c-1", "firstname": "Ann", "lastname": "Lee", "emailaddress1": "ann@acme.com", "modifiedon": "2025-01-01T10:00:00Z"}], "@odata.nextLink": next}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/contacts")).and(query_param_is_missing("$filter")).and(query_param_is_missing("$orderby"))
        .respond_with(ok_json(json!({"value": [{"contactid": "c-2", "fullname": "Bo Chen", "emailaddress1": "bo@globex.io", "modifiedon": "2025-01-02T10:00:00Z"}]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/incidents"))
        .respond_with(ok_json(json!({"value": [{"incidentid": "i-1", "title": "Leak", "ticketnumber": "CAS-01001", "statecode": 0, "prioritycode": 1, "createdon": "2025-01-01T00:00:00Z", "modifiedon": "2025-01-03T00:00:00Z"}]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/data/v9.2/opportunities"))
        .respond_with(ok_json(json!({"value": [{"opportunityid": "o-1", "name": "Renewal", "estimatedvalue": 1000.0, "actualvalue": null, "stepname": "2-Develop", "estimatedclosedate": "2025-06-30", "modifiedon": "2025-01-03T00:00:00Z"}]}))));
    let mut env = TestEnv::with_env_key();
    let id = crate::kb_sections::with_bearer(&mut env, "dynamics365");
    add(&mut env, &id, &["org_url=https://council.crm6.dynamics.com", "tenant_id=0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "client_id=11111111-2222-3333-4444-555555555555"],
        &[("client_secret", "d-secret"), ("access_token", CANARY)], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!((stream(&r, "contacts")["pages"].as_u64(), stream(&r, "contacts")["created"].as_u64()), (Some(2), Some(2)), "{r:#}");
    let first = &requests_at(&fake, "/api/data/v9.2/contacts")[0];
    assert_eq!(query_of(first, "$filter"), None, "a first sync has no filter");
    assert_eq!(query_of(first, "$orderby").as_deref(), Some("modifiedon asc"));
    assert_eq!(env.json(&["contacts", "show", "c-1"])["name"], "Ann Lee");
    let t = env.json(&["tickets", "show", "i-1"]);
    assert_eq!((t["name"].as_str(), t["fields"]["custom.ticket_number"].as_str()), (Some("Leak"), Some("CAS-01001")), "{t:#}");
    let d = env.json(&["deals", "show", "o-1"]);
    assert_eq!((d["name"].as_str(), d["amount"].as_f64(), d["status"].as_str()), (Some("Renewal"), Some(1000.0), Some("2-Develop")), "{d:#}");
    sync_ok(&env, "crm", &["--stream", "contacts"]);
    let last = requests_at(&fake, "/api/data/v9.2/contacts").into_iter().rev().find(|r| query_of(r, "$filter").is_some()).expect("an incremental filter");
    assert_eq!(query_of(&last, "$filter").as_deref(), Some("modifiedon gt 2025-01-02T10:00:00Z"));
}

/// A custom GraphQL template: the list is a POST whose body is the query,
/// the cursor goes in `variables.after`, and `errors` fail the sync.
const GRAPHQL_TEMPLATE: &str = r#"
id: gqlcrm
name: GraphQL CRM
category: custom
fields:
  - {key: token, label: Token, secret: true, required: true}
base_url: https://crm.example.com
auth: {type: bearer, token: "{{ token }}"}
test: {method: GET, path: /health}
streams:
  contacts:
    list:
      method: POST
      path: /graphql
      body:
        query: "query($first: Int!, $after: String, $since: DateTime) { contacts(first: $first, after: $after, updatedSince: $since) { nodes { id email name updatedAt } pageInfo { endCursor hasNextPage } } }"
        variables:
          first: 2
          since: "{{ stream.since or none }}"
    pagination:
      style: cursor
      in: body
      param: variables.after
      next: data.contacts.pageInfo.endCursor
      has_more: data.contacts.pageInfo.hasNextPage
    items: data.contacts.nodes
    errors: errors
    id: id
    updated_at: updatedAt
    fields: {email: email, full_name: name}
"#;

#[test]
fn custom_graphql_streams_page_by_end_cursor_and_fail_on_errors() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/health")).respond_with(ok_json(json!({}))));
    let node = |id: &str, email: &str| json!({"id": id, "email": email, "name": "N", "updatedAt": "2025-01-01T00:00:00Z"});
    fake.mount(Mock::given(method("POST")).and(path("/graphql")).and(body_partial_json(json!({"variables": {"after": "Y3Vyc29yMg=="}})))
        .respond_with(ok_json(json!({"data": {"contacts": {"nodes": [node("3", "c@acme.com")], "pageInfo": {"endCursor": "Y3Vyc29yMw==", "hasNextPage": false}}}}))));
    fake.mount(Mock::given(method("POST")).and(path("/graphql"))
        .respond_with(ok_json(json!({"data": {"contacts": {"nodes": [node("1", "a@acme.com"), node("2", "b@acme.com")], "pageInfo": {"endCursor": "Y3Vyc29yMg==", "hasNextPage": true}}}}))));
    let mut env = TestEnv::with_env_key();
    let p = env.write("tpl/gqlcrm.yaml", GRAPHQL_TEMPLATE);
    env.ok(&["template", "validate", p.to_str().unwrap()]);
    env.set("CRMCTL_TEMPLATE_DIR", p.parent().unwrap().to_str().unwrap());
    add(&mut env, "gqlcrm", &[], &[("token", CANARY)], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!((stream(&r, "contacts")["pages"].as_u64(), stream(&r, "contacts")["created"].as_u64()), (Some(2), Some(3)), "{r:#}");
    let bodies = fake.bodies_at("POST", "/graphql");
    assert_eq!(bodies[0]["variables"], json!({"first": 2, "since": null}), "a first sync: no cursor, no start time");
    assert_eq!(bodies[1]["variables"]["after"], "Y3Vyc29yMg==");
    assert!(bodies[0]["query"].as_str().unwrap().contains("pageInfo { endCursor hasNextPage }"));
    // An incremental sync passes the start time; errors in a 200 fail it.
    fake.reset();
    fake.mount(Mock::given(method("GET")).and(path("/health")).respond_with(ok_json(json!({}))));
    fake.mount(Mock::given(method("POST")).and(path("/graphql"))
        .respond_with(ok_json(json!({"data": null, "errors": [{"message": "Cannot query field \"updatedSince\"", "path": ["contacts"]}]}))));
    let (v, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    assert!(stream(&v, "contacts")["failure"]["message"].as_str().unwrap().contains("Cannot query field"), "{v:#}");
    assert_eq!(fake.bodies_at("POST", "/graphql")[0]["variables"]["since"], "2025-01-01T00:00:00Z");
    assert_eq!(env.json(&["contacts", "list"]).as_array().unwrap().len(), 3, "nothing was lost");
}

#[test]
fn list_requests_are_get_or_post_and_a_body_cursor_needs_a_post_body() {
    let env = TestEnv::new();
    let p = env.write("bad2/gqlcrm.yaml", &GRAPHQL_TEMPLATE.replace("      method: POST\n", "      method: GET\n"));
    let out = env.run(&["template", "validate", p.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("streams.contacts.list.body: a GET list sends no body"), "{err}");
    assert!(err.contains("streams.contacts.pagination.in: a cursor in the body needs a POST"), "{err}");
    let p = env.write("bad3/gqlcrm.yaml", &GRAPHQL_TEMPLATE.replace("      method: POST\n", "      method: DELETE\n"));
    let err = String::from_utf8_lossy(&env.run(&["template", "validate", p.to_str().unwrap()]).stderr).into_owned();
    assert!(err.contains("a record list is a GET or a POST, not DELETE"), "{err}");
}

#[test]
fn hubspot_incremental_syncs_use_the_search_api_by_last_modified_date() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("GET")).and(path("/account-info/v3/details")).respond_with(ok_json(json!({"portalId": 1}))));
    let deal = |id: &str, name: &str, updated: &str| json!({"id": id, "properties": {"dealname": name, "amount": "100", "dealstage": "appointmentscheduled"}, "updatedAt": updated});
    fake.mount(Mock::given(method("GET")).and(path("/crm/v3/objects/deals"))
        .respond_with(ok_json(json!({"results": [deal("1", "One", "2025-03-01T00:00:00.000Z")]}))));
    fake.mount(Mock::given(method("POST")).and(path("/crm/v3/objects/deals/search")).and(body_partial_json(json!({"after": "2"})))
        .respond_with(ok_json(json!({"total": 2, "results": [deal("3", "Three", "2025-03-03T00:00:00.000Z")]}))));
    fake.mount(Mock::given(method("POST")).and(path("/crm/v3/objects/deals/search"))
        .respond_with(ok_json(json!({"total": 2, "results": [deal("1", "One renamed", "2025-03-02T00:00:00.000Z")], "paging": {"next": {"after": "2"}}}))));
    let mut env = TestEnv::with_env_key();
    add(&mut env, "hubspot", &[], &[("access_token", &format!("pat-na1-{CANARY}"))], Some(&fake.url()));
    let r = sync_ok(&env, "crm", &["--stream", "deals"]);
    assert_eq!(stream(&r, "deals")["created"], 1, "{r:#}");
    assert!(fake.bodies_at("POST", "/crm/v3/objects/deals/search").is_empty(), "a first sync lists");
    let r = sync_ok(&env, "crm", &["--stream", "deals"]);
    let d = stream(&r, "deals");
    assert_eq!((d["pages"].as_u64(), d["created"].as_u64(), d["updated"].as_u64()), (Some(2), Some(1), Some(1)), "{r:#}");
    let bodies = fake.bodies_at("POST", "/crm/v3/objects/deals/search");
    assert_eq!(bodies[0]["filterGroups"], json!([{"filters": [{"propertyName": "hs_lastmodifieddate", "operator": "GTE", "value": "1740787200000"}]}]), "{bodies:#?}");
    assert_eq!(bodies[0]["sorts"], json!([{"propertyName": "hs_lastmodifieddate", "direction": "ASCENDING"}]));
    assert_eq!((bodies[0]["limit"].as_u64(), bodies[0].get("after")), (Some(100), None));
    assert!(bodies[0]["properties"].as_array().unwrap().contains(&json!("dealname")));
    assert_eq!(bodies[1]["after"], "2");
    assert_eq!(env.json(&["deals", "show", "1"])["name"], "One renamed");
}

fn send(env: &TestEnv, action: &str, payload: &Value) -> (Value, std::process::Output) {
    let p = env.write(&format!("payload-{action}.json"), &payload.to_string());
    let out = env.run(&["send", "crm", action, "--payload", p.to_str().unwrap(), "-o", "json"]);
    assert_no_canary(env, &out, action);
    (serde_json::from_slice(&out.stdout).unwrap_or(Value::Null), out)
}

#[test]
fn contacts_both_ways_update_and_delete_by_id_in_hubspot_and_zoho_crm() {
    let event = json!({"type": "contact_request", "conversation_id": "c-1", "contact_id": 5125,
        "caller": {"name": "Ann Marie Lee", "phone": "+61412345678", "email": "ann@acme.com"}});
    let fake = Fake::start();
    fake.mount(Mock::given(method("PATCH")).and(path("/crm/v3/objects/contacts/5125"))
        .and(body_partial_json(json!({"properties": {"firstname": "Ann", "lastname": "Marie Lee", "phone": "+61412345678", "email": "ann@acme.com"}})))
        .respond_with(ok_json(json!({"id": "5125", "properties": {}}))));
    fake.mount(Mock::given(method("DELETE")).and(path("/crm/v3/objects/contacts/5125")).respond_with(ResponseTemplate::new(204)));
    let mut env = TestEnv::with_env_key();
    add(&mut env, "hubspot", &[], &[("access_token", &format!("pat-na1-{CANARY}"))], Some(&fake.url()));
    let (v, out) = send(&env, "update_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    let (v, out) = send(&env, "delete_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}");
    let (v, out) = send(&env, "delete_contact", &json!({"type": "contact_request", "conversation_id": "c-2", "contact_id": 404}));
    assert_eq!(out.status.code(), Some(1), "no such contact fails: {v:#}");

    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/oauth/v2/token")).respond_with(ok_json(
        json!({"access_token": "1000.zohoaccess", "api_domain": fake.url(), "token_type": "Bearer", "expires_in": 3600}),
    )));
    let zoho_ok = json!({"data": [{"code": "SUCCESS", "status": "success", "message": "record updated", "details": {"id": "5125"}}]});
    fake.mount(Mock::given(method("PUT")).and(path("/crm/v8/Contacts/5125"))
        .and(body_partial_json(json!({"data": [{"First_Name": "Ann Marie", "Last_Name": "Lee", "Email": "ann@acme.com", "Phone": "+61412345678"}]})))
        .respond_with(ok_json(zoho_ok.clone())));
    fake.mount(Mock::given(method("DELETE")).and(path("/crm/v8/Contacts/5125")).respond_with(ok_json(zoho_ok)));
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", fake.url());
    let client = format!("client_id={ZOHO_CLIENT}");
    add(&mut env, "zoho_crm", &[&accounts, &client, "accounts_domain=accounts.zoho.eu"], &[("client_secret", CANARY), ("refresh_token", ZOHO_REFRESH)], None);
    let (v, out) = send(&env, "update_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    let (v, out) = send(&env, "delete_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}");
    assert_eq!(fake.requests().iter().filter(|r| r.url.path() == "/crm/v8/Contacts/5125").count(), 2);
}

/// A token response's api_domain is where the access token goes: one that
/// is plain http off loopback is refused, and nothing is sent there.
#[test]
fn a_token_response_naming_an_http_api_host_is_refused() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/oauth/v2/token")).respond_with(ok_json(
        json!({"access_token": "1000.zohoaccess", "api_domain": "http://www.zohoapis.example", "token_type": "Bearer", "expires_in": 3600}),
    )));
    let mut env = TestEnv::with_env_key();
    let accounts = format!("accounts_url={}", fake.url());
    let client = format!("client_id={ZOHO_CLIENT}");
    add(&mut env, "zoho_crm", &[&accounts, &client, "accounts_domain=accounts.zoho.in"], &[("client_secret", CANARY), ("refresh_token", ZOHO_REFRESH)], None);
    let (v, out) = sync(&env, "crm", &[]);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    let text = format!("{v}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("api_domain is not a URL crmctl sends a token to"), "{text}");
    assert!(fake.requests().iter().all(|r| r.url.path() == "/oauth/v2/token"), "only the token endpoint was called");
}

/// A Salesforce token response's instance_url is where the bearer token
/// goes: plain http off loopback is refused before any API call.
#[test]
fn a_token_response_naming_an_http_instance_url_is_refused() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/services/oauth2/token")).respond_with(ok_json(
        json!({"access_token": format!("00D!{CANARY}"), "instance_url": "http://acme.my.salesforce.example", "token_type": "Bearer", "id": "https://login.salesforce.com/id/00D/005", "issued_at": "1764720000000", "signature": "c2ln"}),
    )));
    let mut env = TestEnv::with_env_key();
    let server = format!("oauth_server_url={}", fake.url());
    add(&mut env, "salesforce", &[&server, "client_id=3MVG9sfconsumer"], &[("client_secret", CANARY), ("refresh_token", "5Aep861refresh")], None);
    let event = json!({"type": "contact_request", "conversation_id": "c-1", "contact_id": "003AA000004TzZkYAK", "caller": {"name": "Ann Lee"}});
    let (v, out) = send(&env, "update_contact", &event);
    assert_eq!(out.status.code(), Some(1), "{v:#}");
    assert_eq!(v["ok"], false, "{v:#}");
    let text = format!("{v}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("instance_url"), "the error names the refused URL's field: {text}");
    assert!(!text.contains(CANARY), "no secret in the output");
    assert!(fake.requests().iter().all(|r| r.url.path() == "/services/oauth2/token"), "only the token endpoint was called");
}

#[test]
fn contacts_both_ways_update_and_delete_by_id_in_salesforce_and_dynamics() {
    let event = json!({"type": "contact_request", "conversation_id": "c-1", "contact_id": "003AA000004TzZkYAK",
        "caller": {"name": "Ann Marie Lee", "phone": "+61412345678", "email": "ann@acme.com"}});
    // Salesforce: PATCH and DELETE /sobjects/Contact/{Id}, both 204.
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/services/oauth2/token")).respond_with(ok_json(
        json!({"access_token": format!("00D!{CANARY}"), "instance_url": fake.url(), "token_type": "Bearer", "id": "https://login.salesforce.com/id/00D/005", "issued_at": "1764720000000", "signature": "c2ln"}),
    )));
    fake.mount(Mock::given(method("PATCH")).and(path("/services/data/v62.0/sobjects/Contact/003AA000004TzZkYAK"))
        .and(header("authorization", format!("Bearer 00D!{CANARY}").as_str()))
        .and(body_partial_json(json!({"FirstName": "Ann Marie", "LastName": "Lee", "Phone": "+61412345678", "Email": "ann@acme.com"})))
        .respond_with(ResponseTemplate::new(204)));
    fake.mount(Mock::given(method("DELETE")).and(path("/services/data/v62.0/sobjects/Contact/003AA000004TzZkYAK")).respond_with(ResponseTemplate::new(204)));
    fake.mount(Mock::given(method("DELETE")).and(path("/services/data/v62.0/sobjects/Contact/003000000000404")).respond_with(
        ResponseTemplate::new(404).set_body_json(json!([{"errorCode": "NOT_FOUND", "message": "The requested resource does not exist"}])),
    ));
    let mut env = TestEnv::with_env_key();
    let server = format!("oauth_server_url={}", fake.url());
    add(&mut env, "salesforce", &[&server, "client_id=3MVG9sfconsumer"], &[("client_secret", CANARY), ("refresh_token", "5Aep861refresh")], None);
    let (v, out) = send(&env, "update_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    let (v, out) = send(&env, "delete_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}");
    let (v, out) = send(&env, "delete_contact", &json!({"type": "contact_request", "conversation_id": "c-2", "contact_id": "003000000000404"}));
    assert_eq!(out.status.code(), Some(1), "no such contact fails: {v:#}");
    // A name-only update leaves the phone and email as they are.
    let (v, _) = send(&env, "update_contact", &json!({"type": "contact_request", "conversation_id": "c-3", "contact_id": "003AA000004TzZkYAK", "caller": {"name": "Ann"}}));
    assert_eq!(v["ok"], false, "the fake wants every field, so a partial body misses it: {v:#}");
    let last = fake.bodies_at("PATCH", "/services/data/v62.0/sobjects/Contact/003AA000004TzZkYAK").pop().unwrap();
    assert_eq!(last, json!({"LastName": "Ann"}), "empty values are left out");

    // Dynamics 365: PATCH contacts(id) with If-Match: * (update only) and DELETE, both 204.
    const TENANT: &str = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    const ID: &str = "7d5e0c2a-1b3f-4e6d-8a9b-0c1d2e3f4a5b";
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path(format!("/{TENANT}/oauth2/v2.0/token"))).respond_with(ok_json(
        json!({"access_token": format!("eyJ0.{CANARY}"), "token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599}),
    )));
    fake.mount(Mock::given(method("PATCH")).and(path(format!("/api/data/v9.2/contacts({ID})")))
        .and(header("if-match", "*"))
        .and(body_partial_json(json!({"firstname": "Ann Marie", "lastname": "Lee", "telephone1": "+61412345678", "emailaddress1": "ann@acme.com"})))
        .respond_with(ResponseTemplate::new(204)));
    fake.mount(Mock::given(method("DELETE")).and(path(format!("/api/data/v9.2/contacts({ID})"))).respond_with(ResponseTemplate::new(204)));
    let mut env = TestEnv::with_env_key();
    let server = format!("oauth_server_url={}", fake.url());
    let tenant = format!("tenant_id={TENANT}");
    add(
        &mut env,
        "dynamics365",
        &[&server, &tenant, "org_url=https://acme.crm6.dynamics.com", "client_id=11111111-2222-3333-4444-555555555555"],
        &[("client_secret", CANARY)],
        Some(&fake.url()),
    );
    let event = json!({"type": "contact_request", "conversation_id": "c-1", "contact_id": ID,
        "caller": {"name": "Ann Marie Lee", "phone": "+61412345678", "email": "ann@acme.com"}});
    let (v, out) = send(&env, "update_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}\n{}", String::from_utf8_lossy(&out.stderr));
    let (v, out) = send(&env, "delete_contact", &event);
    assert!(out.status.success() && v["ok"] == true, "{v:#}");
}

#[test]
fn chatwoot_contacts_and_conversations_by_page_with_deletions() {
    let fake = Fake::start();
    let contact = |id: u64| json!({"id": id, "name": format!("Caller {id}"), "email": format!("c{id}@acme.com"), "phone_number": format!("+614000000{id:02}"), "last_activity_at": 1735725600 + id});
    let page1: Vec<Value> = (1..=15).map(contact).collect();
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/contacts")).and(query_param("page", "1")).and(query_param("sort", "name"))
        .and(header("api_access_token", CANARY)).respond_with(ok_json(json!({"meta": {"count": 17, "current_page": 1}, "payload": page1}))).up_to_n_times(1));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/contacts")).and(query_param("page", "2"))
        .respond_with(ok_json(json!({"meta": {"count": 17, "current_page": 2}, "payload": [contact(16), contact(17)]}))));
    let conv = json!({"id": 301, "status": "open", "priority": "high", "created_at": 1735725000, "last_activity_at": 1735725900,
        "meta": {"sender": {"email": "C1@acme.com", "name": "Caller 1"}, "assignee": {"name": "Sam"}}});
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/conversations")).and(query_param("status", "all")).and(query_param("page", "1"))
        .respond_with(ok_json(json!({"data": {"meta": {"all_count": 1}, "payload": [conv]}}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7")).respond_with(ok_json(json!({"id": 7, "name": "Acme"}))));
    let mut env = TestEnv::with_env_key();
    let url = format!("instance_url={}", fake.url());
    add(&mut env, "chatwoot", &[&url, "account_id=7", "inbox_id=4"], &[("api_access_token", CANARY)], None);
    let r = sync_ok(&env, "crm", &[]);
    assert_eq!((stream(&r, "contacts")["pages"].as_u64(), stream(&r, "contacts")["created"].as_u64()), (Some(2), Some(17)), "{r:#}");
    assert_eq!(stream(&r, "tickets")["created"], 1, "{r:#}");
    let c = env.json(&["contacts", "show", "16"]);
    assert_eq!((c["email"].as_str(), c["phone"].as_str()), (Some("c16@acme.com"), Some("+61400000016")), "{c:#}");
    let t = env.json(&["tickets", "show", "301"]);
    assert_eq!((t["fields"]["status"].as_str(), t["email"].as_str(), t["fields"]["assignee"].as_str()), (Some("open"), Some("c1@acme.com"), Some("Sam")), "{t:#}");

    // Page 1 again without contact 1: `sync --full` marks it deleted.
    let page1: Vec<Value> = (2..=16).map(contact).collect();
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/contacts")).and(query_param("page", "1"))
        .respond_with(ok_json(json!({"meta": {"count": 16}, "payload": page1}))).with_priority(1));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/contacts")).and(query_param("page", "2"))
        .respond_with(ok_json(json!({"meta": {"count": 16}, "payload": [contact(17)]}))).with_priority(1));
    let r = sync_ok(&env, "crm", &["--full"]);
    assert_eq!(stream(&r, "contacts")["deleted"], 1, "{r:#}");
}
