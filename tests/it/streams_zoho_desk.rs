//! `crmctl sync` on Zoho Desk, against a wiremock fake that answers only
//! the requests Zoho Desk documents: the orgId header on every call, the
//! ticket and contact lists paged by `from` and `limit` (1-100) for a full
//! sync, the Search API's `modifiedTimeRange` (yyyy-MM-ddThh:mm:ss.SSSZ,
//! both ends) sorted by modifiedTime for an incremental one, 204 for a
//! search with no match, a 429 retried, and `--full` marking what is gone
//! as deleted.

use serde_json::{json, Value};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, Request, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;
use crate::streams_vendors::{ok_json, query_of, requests_at, stream};

const CLIENT: &str = "1000.K7QX2ZT9B4M1R8W3N6P0YJ5HC2LD8F";
const REFRESH: &str = "1000.6f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const ORG: &str = "649000000";

fn sync_ok(env: &TestEnv, extra: &[&str]) -> Value {
    crate::streams_vendors::sync_ok(env, "desk", extra)
}

fn ticket(n: u64, modified: &str) -> Value {
    json!({"id": format!("1892000000{n:06}"), "ticketNumber": n.to_string(), "subject": format!(" Ticket {n} "), "status": "Open",
        "priority": "High", "channel": "Phone", "email": format!("Caller{n}@Acme.com"), "assigneeId": "1892000000042001",
        "departmentId": "1892000000006907", "contactId": "1892000000042032", "createdTime": "2025-01-01T09:00:00.000Z",
        "closedTime": null, "modifiedTime": modified})
}

fn closed(mut t: Value) -> Value {
    t["status"] = json!("Closed");
    t["closedTime"] = json!("2025-01-03T09:00:00.000Z");
    t
}

fn contact(id: &str, email: &str, modified: &str) -> Value {
    json!({"id": id, "firstName": "Ann", "lastName": "Lee", "email": email, "phone": "+61 2 9999 0000", "mobile": null,
        "title": "Buyer", "accountId": "1892000000091433", "account": {"accountName": "Acme", "id": "1892000000091433"},
        "createdTime": "2025-01-01T09:00:00.000Z", "modifiedTime": modified})
}

#[test]
fn zoho_desk_tickets_and_contacts_by_from_and_limit_then_the_search_api_by_modified_time() {
    let fake = Fake::start();
    fake.mount(Mock::given(method("POST")).and(path("/oauth/v2/token")).respond_with(ok_json(
        json!({"access_token": "1000.deskaccess", "api_domain": "https://www.zohoapis.com.au", "token_type": "Bearer", "expires_in": 3600}),
    )));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/myinfo")).and(header("orgId", ORG))
        .respond_with(ok_json(json!({"id": "1892000000042001", "emailId": "agent@acme.com", "firstName": "Sam", "lastName": "Ray"}))));
    // A full page of 100, then a short one (after one 429, retried).
    let page1: Vec<Value> = (1..=100).map(|n| ticket(n, "2025-01-01T10:00:00.000Z")).collect();
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/tickets")).and(header("orgId", ORG)).and(query_param("from", "0"))
        .and(query_param("limit", "100")).and(query_param("sortBy", "createdTime"))
        .respond_with(ok_json(json!({"data": page1}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/tickets")).and(query_param("from", "100"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0").set_body_json(json!({"errorCode": "TOO_MANY_REQUESTS"})))
        .up_to_n_times(1).with_priority(1));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/tickets")).and(header("orgId", ORG)).and(query_param("from", "100"))
        .respond_with(ok_json(json!({"data": [ticket(101, "2025-01-02T08:30:00.000Z")]}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/contacts")).and(header("orgId", ORG)).and(query_param("include", "accounts"))
        .and(query_param("from", "0")).and(query_param("limit", "100")).and(query_param("sortBy", "createdTime"))
        .respond_with(ok_json(json!({"data": [contact("1892000000772003", "ann@acme.com", "2025-01-01T10:00:00.000Z"),
            contact("1892000000772004", "bo@acme.com", "2025-01-01T11:00:00.000Z")]}))));
    // The Search API: only with both ends of modifiedTimeRange.
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/tickets/search")).and(header("orgId", ORG)).and(query_param("sortBy", "modifiedTime"))
        .and(query_param("from", "0")).and(query_param("limit", "100"))
        .respond_with(ok_json(json!({"data": [closed(ticket(7, "2025-01-03T09:00:00.000Z"))], "count": 1}))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/contacts/search")).and(header("orgId", ORG)).and(query_param("sortBy", "modifiedTime"))
        .respond_with(ResponseTemplate::new(204)));
    let mut env = TestEnv::with_env_key();
    env.set("DESK_SECRET", CANARY);
    env.set("DESK_REFRESH", REFRESH);
    let accounts = format!("accounts_url={}", fake.url());
    let client = format!("client_id={CLIENT}");
    let org = format!("org_id={ORG}");
    env.ok(&["integration", "add", "zoho_desk", "--name", "desk", "--base-url", &fake.url(), "--field", &accounts, "--field", &client,
        "--field", "accounts_domain=accounts.zoho.com.au", "--field", &org, "--field", "department_id=1892000000006907",
        "--secret", "client_secret=env:DESK_SECRET", "--secret", "refresh_token=env:DESK_REFRESH"]);

    let r = sync_ok(&env, &[]);
    let t = stream(&r, "tickets");
    assert_eq!((t["pages"].as_u64(), t["created"].as_u64()), (Some(2), Some(101)), "{r:#}");
    assert_eq!(stream(&r, "contacts")["created"], 2, "{r:#}");
    assert!(requests_at(&fake, "/api/v1/tickets/search").is_empty(), "a first sync lists everything");
    let api: Vec<Request> = fake.requests().into_iter().filter(|r| r.url.path().starts_with("/api/v1/")).collect();
    assert!(api.iter().all(|r| r.headers.get("authorization").is_some_and(|v| v.to_str().unwrap().ends_with("1000.deskaccess"))), "{api:#?}");
    assert!(api.iter().all(|r| query_of(r, "orgId").is_none()), "orgId is a header, not a parameter");
    assert_eq!(requests_at(&fake, "/api/v1/tickets").len(), 3, "page 2 was retried once after the 429");
    let one = env.json(&["tickets", "show", "1892000000000001"]);
    assert_eq!((one["name"].as_str(), one["status"].as_str(), one["email"].as_str()), (Some("Ticket 1"), Some("open"), Some("caller1@acme.com")), "{one:#}");
    assert_eq!((one["fields"]["priority"].as_str(), one["fields"]["custom.ticket_number"].as_str()), (Some("high"), Some("1")), "{one:#}");
    let c = env.json(&["contacts", "show", "1892000000772003"]);
    assert_eq!((c["name"].as_str(), c["email"].as_str(), c["account"].as_str()), (Some("Ann Lee"), Some("ann@acme.com"), Some("Acme")), "{c:#}");

    // Incremental: the Search API from the newest modifiedTime to the run's start.
    let before = jiff::Timestamp::now();
    let r = sync_ok(&env, &[]);
    assert_eq!((stream(&r, "tickets")["processed"].as_u64(), stream(&r, "tickets")["updated"].as_u64()), (Some(1), Some(1)), "{r:#}");
    assert_eq!(stream(&r, "contacts")["processed"], 0, "204 is no change: {r:#}");
    let search = requests_at(&fake, "/api/v1/tickets/search");
    assert_eq!(search.len(), 1);
    assert!(query_of(&search[0], "limit").is_some() && query_of(&search[0], "departmentId").is_none());
    let range = query_of(&search[0], "modifiedTimeRange").expect("modifiedTimeRange");
    let (from, to) = range.split_once(',').expect("FROM,TO");
    assert_eq!(from, "2025-01-02T08:30:00.000Z");
    assert!(to.ends_with(".000Z"), "{to}");
    let to: jiff::Timestamp = to.parse().unwrap();
    assert!(to >= before - jiff::SignedDuration::from_secs(1), "the range ends at the run's start: {to}");
    let csearch = requests_at(&fake, "/api/v1/contacts/search");
    assert_eq!(query_of(&csearch[0], "modifiedTimeRange").unwrap().split(',').next(), Some("2025-01-01T11:00:00.000Z"));
    assert_eq!(env.json(&["tickets", "show", "1892000000000007"])["status"], "closed");

    // --full: the lists again, without ticket 101: it is marked deleted.
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/tickets")).and(query_param("from", "100"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": []}))).with_priority(1));
    let r = sync_ok(&env, &["--full"]);
    assert_eq!(stream(&r, "tickets")["deleted"], 1, "{r:#}");
    assert!(requests_at(&fake, "/api/v1/tickets").iter().all(|r| query_of(r, "modifiedTimeRange").is_none()));
}
