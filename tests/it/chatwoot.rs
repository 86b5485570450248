//! Chatwoot administration (seed 002) against a fake Chatwoot over
//! loopback: agents, inboxes, membership, the password policy, the org's
//! agent limit and the widget snippet.

use serde_json::{json, Value};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::*;
use crate::common::FakeProvider as Fake;

fn agents() -> Value {
    json!([
        {"id": 1, "name": "Ann Lee", "email": "ann@acme.com", "role": "administrator", "availability_status": "online", "confirmed": true},
        {"id": 2, "name": "Bo Chen", "email": "bo@acme.com", "role": "agent", "availability_status": "offline", "confirmed": false}
    ])
}

fn setup() -> (TestEnv, Fake) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    let fake = Fake { rt, server };
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/agents")).and(header("api_access_token", CANARY)).respond_with(ResponseTemplate::new(200).set_body_json(agents())));
    fake.mount(
        Mock::given(method("GET")).and(path("/api/v1/accounts/7/inboxes")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [
            {"id": 3, "name": "Website", "channel_type": "Channel::WebWidget", "website_url": "https://acme.com", "website_token": "wtok-123"},
            {"id": 4, "name": "Bot API", "channel_type": "Channel::Api"}
        ]}))),
    );
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    env.ok(&[
        "integration", "add", "chatwoot", "--name", "cw", "--field", &format!("instance_url={}", fake.server.uri()),
        "--field", "account_id=7", "--field", "inbox_id=4", "--secret", "api_access_token=env:CW_TOKEN",
    ]);
    (env, fake)
}

#[test]
fn agents_list() {
    let (env, _fake) = setup();
    let v = env.json(&["chatwoot", "agents", "list"]);
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["email"], "ann@acme.com");
    assert_eq!(v[1]["confirmed"], false);
    let out = env.run(&["chatwoot", "agents", "list"]);
    assert_no_canary(&env, &out, "agents list");
    assert!(String::from_utf8_lossy(&out.stdout).contains("bo@acme.com"));
}

#[test]
fn agent_create_by_invitation() {
    let (env, fake) = setup();
    fake.mount(
        Mock::given(method("POST"))
            .and(path("/api/v1/accounts/7/agents"))
            .and(body_json(json!({"name": "Cy Diaz", "email": "cy@acme.com", "role": "agent"})))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 9, "name": "Cy Diaz", "email": "cy@acme.com", "role": "agent", "confirmed": false}))),
    );
    let v = env.json(&["chatwoot", "agents", "create", "--name", "Cy Diaz", "--email", "cy@acme.com"]);
    assert_eq!(v[0]["id"], 9);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/agents").len(), 1);
}

#[test]
fn agent_create_with_a_password_uses_the_platform_api() {
    let (mut env, fake) = setup();
    env.set("CW_PLATFORM", "platform-token-0123456789");
    env.ok(&["integration", "edit", "cw", "--secret", "platform_token=env:CW_PLATFORM"]);
    fake.mount(
        Mock::given(method("POST")).and(path("/platform/api/v1/users")).and(header("api_access_token", "platform-token-0123456789")).respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": 31, "name": "Cy Diaz", "email": "cy@acme.com", "confirmed": true})),
        ),
    );
    fake.mount(Mock::given(method("POST")).and(path("/platform/api/v1/accounts/7/account_users")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"account_id": 7, "user_id": 31, "role": "agent"}))));
    env.set("AGENT_PW", "Sup3r-secret!");
    let out = env.run(&["chatwoot", "agents", "create", "--name", "Cy Diaz", "--email", "cy@acme.com", "--password-from", "env:AGENT_PW", "-o", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let users = fake.bodies_at("POST", "/platform/api/v1/users");
    assert_eq!(users, vec![json!({"name": "Cy Diaz", "email": "cy@acme.com", "password": "Sup3r-secret!"})]);
    assert_eq!(fake.bodies_at("POST", "/platform/api/v1/accounts/7/account_users"), vec![json!({"user_id": 31, "role": "agent"})]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Sup3r-secret!"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Sup3r-secret!"));
}

#[test]
fn weak_passwords_are_refused_naming_every_rule_and_nothing_is_sent() {
    let (mut env, fake) = setup();
    env.set("AGENT_PW", "weakpass");
    let out = env.run(&["chatwoot", "agents", "create", "--name", "X", "--email", "x@acme.com", "--password-from", "env:AGENT_PW"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a number") && err.contains("a special character") && err.contains("an upper-case letter"), "{err}");
    assert!(!err.contains("weakpass"), "the password is not repeated");
    assert!(fake.rt.block_on(fake.server.received_requests()).unwrap().is_empty());
}

#[test]
fn a_password_needs_the_platform_token() {
    let (mut env, _fake) = setup();
    env.set("AGENT_PW", "Sup3r-secret!");
    let out = env.run(&["chatwoot", "agents", "create", "--name", "X", "--email", "x@acme.com", "--password-from", "env:AGENT_PW"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("platform_token"));
}

#[test]
fn the_org_agent_limit_is_enforced_without_counting_the_administrator() {
    let (env, fake) = setup();
    // Ann is the administrator: only Bo counts, so a limit of 1 is full and 2 has room.
    env.ok(&["org", "set", "default", "agent_limit=1"]);
    let out = env.run(&["chatwoot", "agents", "create", "--name", "Cy", "--email", "cy@acme.com"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("allows 1 Chatwoot agent (its agent_limit setting) and has 1 (administrators are not counted)") && err.contains("agent_limit=2"), "{err}");
    assert!(fake.bodies_at("POST", "/api/v1/accounts/7/agents").is_empty());
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/agents")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 9}))));
    env.ok(&["org", "set", "default", "agent_limit=2"]);
    env.ok(&["chatwoot", "agents", "create", "--name", "Cy", "--email", "cy@acme.com"]);
    env.ok(&["org", "set", "default", "agent_limit=-1"]);
    env.ok(&["chatwoot", "agents", "create", "--name", "Cy", "--email", "cy@acme.com"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/agents").len(), 2);
}

#[test]
fn assign_and_unassign_by_email_and_inbox_name() {
    let (env, fake) = setup();
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/inbox_members")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": []}))));
    fake.mount(Mock::given(method("DELETE")).and(path("/api/v1/accounts/7/inbox_members")).respond_with(ResponseTemplate::new(200)));
    env.ok(&["chatwoot", "assign", "bo@acme.com", "Website"]);
    env.ok(&["chatwoot", "unassign", "2", "3"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inbox_members"), vec![json!({"inbox_id": 3, "user_ids": [2]})]);
    assert_eq!(fake.bodies_at("DELETE", "/api/v1/accounts/7/inbox_members"), vec![json!({"inbox_id": "3", "user_ids": [2]})]);
    let out = env.run(&["chatwoot", "assign", "nobody@acme.com", "Website"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn remove_needs_confirmation() {
    let (env, fake) = setup();
    fake.mount(Mock::given(method("DELETE")).and(path("/api/v1/accounts/7/agents/2")).respond_with(ResponseTemplate::new(200)));
    let out = env.run(&["chatwoot", "agents", "remove", "bo@acme.com"]);
    assert_eq!(out.status.code(), Some(2), "no --yes without a terminal");
    let out = env.run(&["chatwoot", "agents", "remove", "bo@acme.com", "--dry-run"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stderr).contains("Dry run: would remove Chatwoot agent"), "{}", transcript(&out));
    assert!(fake.bodies_at("DELETE", "/api/v1/accounts/7/agents/2").is_empty(), "the dry run deletes nothing");
    env.ok(&["chatwoot", "agents", "remove", "bo@acme.com", "--yes"]);
    assert_eq!(fake.bodies_at("DELETE", "/api/v1/accounts/7/agents/2").len(), 1);
}

#[test]
fn inboxes_list_and_widget_script() {
    let (env, _fake) = setup();
    let v = env.json(&["chatwoot", "inboxes", "list"]);
    assert_eq!(v[0]["name"], "Website");
    let script = env.ok(&["chatwoot", "widget-script", "--inbox", "Website", "--position", "left", "--type", "expanded_bubble"]);
    assert!(script.contains(r#""position":"left""#) && script.contains(r#""type":"expanded_bubble""#));
    assert!(script.contains(r#"websiteToken: "wtok-123""#));
    let out = env.run(&["chatwoot", "widget-script", "--inbox", "Bot API"]);
    assert_eq!(out.status.code(), Some(2), "an API inbox has no widget");
}

#[test]
fn a_rejected_token_is_reported_as_such() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    rt.block_on(Mock::given(method("GET")).respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "Invalid Access Token"}))).mount(&server));
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    env.ok(&["integration", "add", "chatwoot", "--name", "cw", "--field", &format!("instance_url={}", server.uri()), "--field", "account_id=7", "--field", "inbox_id=4", "--secret", "api_access_token=env:CW_TOKEN"]);
    let out = env.run(&["chatwoot", "agents", "list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("401") && err.contains("Invalid Access Token"), "{err}");
    assert_no_canary(&env, &out, "a rejected chatwoot token");
}

#[test]
fn inboxes_create_sends_the_channel_chatwoot_documents() {
    let (env, fake) = setup();
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/inboxes")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 5, "name": "Shop", "channel_type": "Channel::WebWidget", "website_url": "https://shop.acme.com"}))));
    let v = env.json(&["chatwoot", "inboxes", "create", "--name", "Shop", "--website-url", "https://shop.acme.com", "--greeting", "Hi there"]);
    assert_eq!(v[0]["id"], 5);
    env.ok(&["chatwoot", "inboxes", "create", "--name", "Voice", "--channel", "api", "--webhook-url", "https://hooks.acme.com/cw"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inboxes"), vec![
        json!({"name": "Shop", "channel": {"type": "web_widget", "website_url": "https://shop.acme.com", "welcome_tagline": "Hi there"}}),
        json!({"name": "Voice", "channel": {"type": "api", "webhook_url": "https://hooks.acme.com/cw"}}),
    ]);
    // Bad input is refused before Chatwoot is asked.
    for (args, says) in [
        (&["--name", "X"][..], "needs --website-url"),
        (&["--name", "X", "--website-url", "ftp://acme.com"][..], "not an http(s) URL"),
        (&["--name", "X", "--channel", "api", "--website-url", "https://acme.com"][..], "are for web_widget inboxes"),
        (&["--name", "Website", "--website-url", "https://acme.com"][..], "already exists"),
    ] {
        let mut a = vec!["chatwoot", "inboxes", "create"];
        a.extend(args);
        let out = env.run(&a);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", transcript(&out));
        assert!(String::from_utf8_lossy(&out.stderr).contains(says), "{args:?}: {}", transcript(&out));
    }
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inboxes").len(), 2);
    let out = env.run(&["chatwoot", "inboxes", "create", "--name", "Dry", "--channel", "api", "--dry-run"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stderr).contains("Dry run: would POST"), "{}", transcript(&out));
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inboxes").len(), 2, "a dry run creates nothing");
}

#[test]
fn inbox_members_list_add_and_remove() {
    let (env, fake) = setup();
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/inbox_members/3")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [agents()[1].clone()]}))));
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/inbox_members")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": []}))));
    fake.mount(Mock::given(method("DELETE")).and(path("/api/v1/accounts/7/inbox_members")).respond_with(ResponseTemplate::new(200)));
    let v = env.json(&["chatwoot", "inboxes", "members", "list", "Website"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["email"], "bo@acme.com");
    env.ok(&["chatwoot", "inboxes", "members", "add", "Website", "bo@acme.com", "1"]);
    env.ok(&["chatwoot", "inboxes", "members", "remove", "3", "2"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inbox_members"), vec![json!({"inbox_id": 3, "user_ids": [2, 1]})]);
    assert_eq!(fake.bodies_at("DELETE", "/api/v1/accounts/7/inbox_members"), vec![json!({"inbox_id": "3", "user_ids": [2]})]);
    // One unknown agent: nothing is sent.
    let out = env.run(&["chatwoot", "inboxes", "members", "add", "Website", "bo@acme.com", "nobody@acme.com"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inbox_members").len(), 1);
}

#[test]
fn agent_bots_list_create_and_attach_without_showing_their_tokens() {
    let (env, fake) = setup();
    let bot = json!({"id": 8, "name": "Triage", "outgoing_url": "https://bots.acme.com/cw", "bot_type": "webhook", "account_id": 7, "access_token": CANARY});
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/agent_bots")).respond_with(ResponseTemplate::new(200).set_body_json(json!([bot]))));
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/agent_bots")).respond_with(ResponseTemplate::new(200).set_body_json(bot.clone())));
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/inboxes/3/set_agent_bot")).respond_with(ResponseTemplate::new(204)));
    let out = env.run(&["chatwoot", "bots", "create", "--name", "Triage", "--outgoing-url", "https://bots.acme.com/cw", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_no_canary(&env, &out, "bots create");
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/agent_bots"), vec![json!({"name": "Triage", "outgoing_url": "https://bots.acme.com/cw"})]);
    let out = env.run(&["chatwoot", "bots", "list"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Triage"));
    assert_no_canary(&env, &out, "bots list");
    env.ok(&["chatwoot", "bots", "attach", "Triage", "Website"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inboxes/3/set_agent_bot"), vec![json!({"agent_bot": 8})]);
    let out = env.run(&["chatwoot", "bots", "attach", "Nobody", "Website"]);
    assert_eq!(out.status.code(), Some(2));
    let out = env.run(&["chatwoot", "bots", "create", "--name", "X", "--outgoing-url", "not a url"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/agent_bots").len(), 1);
}
