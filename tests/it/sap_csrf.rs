//! SAP C4C writes and the CSRF token: a fake OData service that refuses
//! every POST without the `x-csrf-token` and session cookie from a GET sent
//! with `x-csrf-token: Fetch` (403 `x-csrf-token: Required`, as SAP does),
//! and crmctl fetching it before the first write, reusing it for the next,
//! and fetching again once when a write answers 403. The OAuth 2.0 mode signs
//! in against oauth2-mock-server on the tenant's /sap/bc/sec/oauth2 paths.

use serde_json::{Value, json};
use wiremock::matchers::{header, header_regex, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{CANARY, FakeProvider, TestEnv, transcript};

const ROOT: &str = "/sap/c4c/odata/v1/c4codataapi";

fn fetch_answer(token: &str, session: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("x-csrf-token", token)
        .append_header(
            "set-cookie",
            format!("SAP_SESSIONID_C4C_100={session}; path=/; secure; HttpOnly").as_str(),
        )
        .append_header("set-cookie", "sap-usercontext=sap-client=100; path=/")
        .set_body_json(
            json!({"d": {"EntitySets": ["ServiceRequestCollection", "ContactCollection"]}}),
        )
}

/// POSTs to `collection` succeed only with `token` and its session cookie;
/// any other POST gets SAP's 403.
fn accept_writes(fake: &FakeProvider, token: &str, session: &str) {
    for (collection, body) in [
        (
            "ContactCollection",
            json!({"d": {"results": {"ContactID": "1000123", "ObjectID": "00163E0A"}}}),
        ),
        (
            "ServiceRequestCollection",
            json!({"d": {"results": {"ID": "4711", "ObjectID": "00163E0B"}}}),
        ),
    ] {
        fake.mount(
            Mock::given(method("POST"))
                .and(path(format!("{ROOT}/{collection}")))
                .and(header("x-csrf-token", token))
                .and(header_regex(
                    "cookie",
                    &format!("SAP_SESSIONID_C4C_100={session}"),
                ))
                .respond_with(ResponseTemplate::new(201).set_body_json(body)),
        );
    }
}

fn refuse_other_writes(fake: &FakeProvider) {
    fake.mount(
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(403)
                    .insert_header("x-csrf-token", "Required")
                    .set_body_string("CSRF token validation failed"),
            )
            .with_priority(10),
    );
}

fn sap_env(fake: &FakeProvider, on: &[&str]) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("SAP_PASSWORD", CANARY);
    let base = format!("{}{ROOT}", fake.url());
    let mut args = vec![
        "integration",
        "add",
        "sap_c4c",
        "--name",
        "sap",
        "--field",
        "host=my123456.crm.ondemand.com",
        "--field",
        "user=INTEGRATION",
        "--secret",
        "password=env:SAP_PASSWORD",
        "--base-url",
        base.as_str(),
    ];
    for o in on {
        args.extend(["--on", o]);
    }
    env.ok(&args);
    env
}

fn fetches(fake: &FakeProvider) -> Vec<wiremock::Request> {
    fake.requests()
        .into_iter()
        .filter(|r| {
            r.method.as_str() == "GET"
                && r.headers.get("x-csrf-token").is_some_and(|v| v == "Fetch")
        })
        .collect()
}

fn writes(fake: &FakeProvider) -> Vec<wiremock::Request> {
    fake.requests()
        .into_iter()
        .filter(|r| r.method.as_str() == "POST")
        .collect()
}

fn send(env: &TestEnv, action: &str) -> std::process::Output {
    env.run(&[
        "send",
        "sap",
        action,
        "--set",
        "caller.name=Ann Lee",
        "--set",
        "caller.phone=+61400111222",
        "--set",
        "conversation_id=c-1",
        "-o",
        "json",
    ])
}

#[test]
fn a_write_fetches_the_csrf_token_first_and_sends_it_with_the_session() {
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(header("x-csrf-token", "Fetch"))
            .respond_with(fetch_answer("tok-1", "s1")),
    );
    accept_writes(&fake, "tok-1", "s1");
    refuse_other_writes(&fake);
    let env = sap_env(&fake, &[]);
    let out = send(&env, "create_service_request");
    assert!(out.status.success(), "{}", transcript(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["outputs"]["ticket_id"], "4711", "{v:#}");
    let f = fetches(&fake);
    assert_eq!(f.len(), 1);
    assert!(
        f[0].headers.get("authorization").is_some(),
        "the fetch is authenticated"
    );
    assert_eq!(writes(&fake).len(), 1, "no write went without the token");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(!text.contains(CANARY));
}

#[test]
fn the_token_is_reused_across_a_chains_writes() {
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(header("x-csrf-token", "Fetch"))
            .respond_with(fetch_answer("tok-1", "s1")),
    );
    accept_writes(&fake, "tok-1", "s1");
    refuse_other_writes(&fake);
    let env = sap_env(
        &fake,
        &["conversation_ended:create_contact,create_service_request"],
    );
    let out = env.run(&[
        "event",
        "fire",
        "conversation_ended",
        "--set",
        "conversation_id=conv-9",
        "--set",
        "summary=Asked about rates",
        "--set",
        "caller.name=Ann Lee",
        "--set",
        "caller.phone=+61400111222",
        "--wait",
        "-o",
        "json",
    ]);
    assert!(out.status.success(), "{}", transcript(&out));
    let w = writes(&fake);
    assert_eq!(w.len(), 2, "both steps wrote");
    assert_eq!(fetches(&fake).len(), 1, "one fetch served both writes");
    // The service request names the contact the first step created.
    let body: Value = serde_json::from_slice(&w[1].body).unwrap();
    assert_eq!(body["BuyerMainContactPartyID"], "1000123", "{body:#}");
}

#[test]
fn a_403_fetches_a_new_token_once_and_retries() {
    let fake = FakeProvider::start();
    // The first session has expired at the server by the time it is used.
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(header("x-csrf-token", "Fetch"))
            .respond_with(fetch_answer("tok-old", "s-old"))
            .up_to_n_times(1)
            .with_priority(1),
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(header("x-csrf-token", "Fetch"))
            .respond_with(fetch_answer("tok-new", "s-new")),
    );
    accept_writes(&fake, "tok-new", "s-new");
    refuse_other_writes(&fake);
    let env = sap_env(&fake, &[]);
    let out = send(&env, "create_contact");
    assert!(out.status.success(), "{}", transcript(&out));
    assert_eq!(fetches(&fake).len(), 2);
    let w = writes(&fake);
    assert_eq!(w.len(), 2);
    assert_eq!(w[0].headers.get("x-csrf-token").unwrap(), "tok-old");
    assert_eq!(w[1].headers.get("x-csrf-token").unwrap(), "tok-new");
}

#[test]
fn a_write_refused_after_the_refetch_fails_without_looping() {
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .and(header("x-csrf-token", "Fetch"))
            .respond_with(fetch_answer("tok-1", "s1")),
    );
    // No POST is ever accepted (the user lacks the authorisation).
    refuse_other_writes(&fake);
    let env = sap_env(&fake, &[]);
    let out = send(&env, "create_contact");
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert_eq!(fetches(&fake).len(), 2, "one refetch");
    assert_eq!(writes(&fake).len(), 2, "one retry, then the failure");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["failure"]["class"], "permission", "{v:#}");
}

#[test]
fn a_fetch_without_a_token_fails_before_any_write() {
    let fake = FakeProvider::start();
    fake.mount(
        Mock::given(method("GET"))
            .and(path(format!("{ROOT}/")))
            .respond_with(ResponseTemplate::new(200).set_body_string("<html>login</html>")),
    );
    refuse_other_writes(&fake);
    let env = sap_env(&fake, &[]);
    let out = send(&env, "create_contact");
    assert_eq!(out.status.code(), Some(1), "{}", transcript(&out));
    assert_eq!(writes(&fake).len(), 0);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("without a x-csrf-token header"),
        "{}",
        transcript(&out)
    );
}
