//! Seed 002's plans (tiers): the limits on Chatwoot agents, inboxes and
//! integrations, and the kinds of integration each plan allows. A refusal
//! exits 2 and writes nothing: not in the store, not at the helpdesk (a
//! fake Chatwoot records every request it gets).

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::FakeProvider as Fake;
use crate::common::*;

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env).query_row(sql, (), |r| r.get(0)).unwrap()
}

fn err(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn refused(out: &std::process::Output, what: &str) -> String {
    assert_eq!(out.status.code(), Some(2), "{what}: expected exit 2\n{}", transcript(out));
    err(out)
}

/// A fake Chatwoot whose account has one administrator and `agents`
/// agents, and `inboxes` inboxes; every write answers 200.
fn chatwoot(agents: usize, inboxes: usize) -> (TestEnv, Fake) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    let fake = Fake { rt, server };
    let mut list = vec![json!({"id": 1, "name": "Owner", "email": "owner@acme.com", "role": "administrator", "confirmed": true})];
    for n in 0..agents {
        list.push(json!({"id": 10 + n, "name": format!("Agent {n}"), "email": format!("a{n}@acme.com"), "role": "agent", "confirmed": true}));
    }
    let boxes: Vec<Value> = (0..inboxes).map(|n| json!({"id": 100 + n, "name": format!("Inbox {n}"), "channel_type": "Channel::Api"})).collect();
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/agents")).respond_with(ResponseTemplate::new(200).set_body_json(Value::Array(list))));
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/inboxes")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": boxes}))));
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/agents")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 50, "name": "New", "email": "new@acme.com", "role": "agent"}))));
    fake.mount(Mock::given(method("POST")).and(path("/api/v1/accounts/7/inboxes")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 200, "name": "Support", "channel_type": "Channel::Api"}))));
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    env.ok(&[
        "integration", "add", "chatwoot", "--name", "cw", "--field", &format!("instance_url={}", fake.server.uri()),
        "--field", "account_id=7", "--field", "inbox_id=4", "--secret", "api_access_token=env:CW_TOKEN",
    ]);
    (env, fake)
}

fn writes(fake: &Fake) -> Vec<String> {
    fake.requests().iter().filter(|r| r.method.as_str() != "GET").map(|r| format!("{} {}", r.method, r.url.path())).collect()
}

#[test]
fn plan_list_has_the_seeds_plans_agent_numbers_and_kinds() {
    let env = TestEnv::with_env_key();
    let v = env.json(&["org", "plan", "list"]);
    let plans: Vec<&str> = v.as_array().unwrap().iter().map(|p| p["plan"].as_str().unwrap()).collect();
    assert_eq!(plans, ["FREE", "STARTER", "PRO_PLUS", "TEAM", "BUSINESS", "ENTERPRISE"]);
    let agents = |p: &str| v.as_array().unwrap().iter().find(|r| r["plan"] == p).unwrap()["agents"].clone();
    assert_eq!([agents("FREE"), agents("STARTER"), agents("TEAM"), agents("BUSINESS"), agents("ENTERPRISE")], [json!(1), json!(2), json!(3), json!(5), Value::Null]);
    assert_eq!(v[0]["features"], json!(["crm", "helpdesk"]));
    assert_eq!(v[1]["features"], json!(["crm", "helpdesk", "chat_widget"]));
    assert_eq!(v[2]["features"], json!(["crm", "helpdesk", "chat_widget", "webhook"]));
    let table = env.ok(&["org", "plan", "list"]);
    assert!(table.contains("ENTERPRISE") && table.contains("unlimited"), "{table}");
}

#[test]
fn plan_set_and_show() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    let v = env.json(&["org", "show", "acme"]);
    assert_eq!(v["plan"], Value::Null);
    assert_eq!(v["limits"][2]["limit"], Value::Null, "no plan: no limits");
    env.ok(&["org", "plan", "set", "acme", "starter"]);
    let v = env.json(&["org", "show", "acme"]);
    assert_eq!(v["plan"], "STARTER");
    assert_eq!(v["settings"]["plan"], "STARTER", "kept in the org's settings");
    assert_eq!(v["limits"], json!([
        {"resource": "agents", "limit": 2, "source": "plan STARTER", "used": null},
        {"resource": "inboxes", "limit": 2, "source": "plan STARTER", "used": null},
        {"resource": "integrations", "limit": 5, "source": "plan STARTER", "used": 0},
    ]));
    // An org's own setting overrides its plan's number.
    env.ok(&["org", "set", "acme", "agent_limit=4"]);
    let v = env.json(&["org", "show", "acme"]);
    assert_eq!(v["limits"][0], json!({"resource": "agents", "limit": 4, "source": "setting agent_limit", "used": null}));
    let table = env.ok(&["org", "show", "acme"]);
    assert!(table.contains("STARTER") && table.contains("0 of 5"), "{table}");

    let out = env.run(&["org", "plan", "set", "acme", "GOLD"]);
    let e = refused(&out, "an unknown plan");
    assert!(e.contains("unknown plan 'GOLD'") && e.contains("PRO_PLUS"), "{e}");
    let out = env.run(&["org", "set", "acme", "plan=GOLD"]);
    refused(&out, "an unknown plan via org set");
    env.ok(&["org", "plan", "set", "acme", "none"]);
    assert_eq!(env.json(&["org", "show", "acme"])["plan"], Value::Null);
    // The change is in the audit log, by name.
    let audit = env.json(&["logs", "tail", "--kind", "audit"]);
    assert!(audit.to_string().contains("org plan set"), "{audit}");
}

#[test]
fn free_allows_two_integrations_and_refuses_a_third_writing_nothing() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    env.add_zendesk("zd", "zendesk-token-0123456789");
    env.set("SBX_KEY", "sandbox-key-0123456789");
    env.add_unreachable_sandbox("sbx");
    let before = env.store_bytes().len();
    let out = env.run(&["integration", "add", "sandbox", "--name", "third", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    let e = refused(&out, "a third integration on FREE");
    assert!(e.contains("org default allows 2 integrations (its FREE plan) and has 2"), "{e}");
    assert!(e.contains("crmctl org plan set default STARTER (5 integrations)"), "{e}");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 2);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets WHERE integration_id NOT IN (SELECT id FROM integrations)"), 0);
    assert!(env.store_bytes().len() >= before);
    // A larger plan, or the org's own limit, lets it in.
    env.ok(&["org", "set", "default", "integration_limit=3"]);
    env.ok(&["integration", "add", "sandbox", "--name", "third", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 3);
    // Moving down a plan removes nothing, says so, and refuses the next one.
    env.ok(&["org", "set", "default", "integration_limit="]);
    let out = env.run(&["org", "plan", "set", "default", "FREE"]);
    assert!(out.status.success());
    assert!(err(&out).contains("has 3 integrations and its plan allows 2"), "{}", err(&out));
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 3);
}

#[test]
fn apply_counts_the_orgs_integrations_as_the_apply_leaves_them() {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    let doc = |n: usize| {
        let mut s = String::from("kind: org\nname: council\nsettings: {plan: free}\n");
        for i in 0..n {
            s.push_str(&format!("---\nkind: integration\norg: council\nname: zd{i}\nprovider: zendesk\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: \"${{env:ZD_TOKEN}}\"}}\n"));
        }
        s
    };
    env.write("work/three.yaml", &doc(3));
    for args in [&["apply", "-f", "three.yaml", "--dry-run"][..], &["apply", "-f", "three.yaml", "--yes"][..]] {
        let out = env.run(args);
        let e = refused(&out, "three integrations in a FREE org");
        assert!(e.contains("org council allows 2 integrations (its FREE plan) and has 0; adding 3 more"), "{e}");
        assert_no_canary(&env, &out, "a refused apply");
    }
    assert_eq!(count(&env, "SELECT COUNT(*) FROM orgs WHERE name = 'council'"), 0, "not even the org is written");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 0);
    env.write("work/two.yaml", &doc(2));
    env.ok(&["apply", "-f", "two.yaml", "--yes"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 2);
    assert_eq!(env.json(&["org", "show", "council"])["plan"], "FREE", "the plan is stored in its canonical spelling");
}

#[test]
fn kinds_of_integration_follow_the_plan() {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("zd", "zendesk-token-0123456789");
    env.ok(&["org", "plan", "set", "default", "STARTER"]);
    // A first webhook key (pushes to `crmctl serve`) needs PRO_PLUS.
    let out = env.run(&["webhook", "key", "zd"]);
    let e = refused(&out, "a webhook key on STARTER");
    assert!(e.contains("STARTER plan does not include database/API/webhook integrations") && e.contains("PRO_PLUS"), "{e}");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets WHERE field = '_webhook_key'"), 0);
    env.ok(&["org", "plan", "set", "default", "PRO_PLUS"]);
    env.ok(&["webhook", "key", "zd"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets WHERE field = '_webhook_key'"), 1);
    // Rotating the key that exists is allowed on any plan.
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    env.ok(&["webhook", "key", "zd", "--yes"]);
}

#[test]
fn the_agent_limit_counts_agents_not_the_administrator() {
    // FREE allows one agent; the account has only its administrator.
    let (env, fake) = chatwoot(0, 0);
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    env.ok(&["chatwoot", "agents", "create", "--name", "First", "--email", "first@acme.com"]);
    assert_eq!(writes(&fake), ["POST /api/v1/accounts/7/agents"]);

    // With one agent besides the administrator, FREE is full.
    let (env, fake) = chatwoot(1, 0);
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    let out = env.run(&["chatwoot", "agents", "create", "--name", "Second", "--email", "second@acme.com"]);
    let e = refused(&out, "a second agent on FREE");
    assert!(e.contains("allows 1 Chatwoot agent (its FREE plan) and has 1 (administrators are not counted)"), "{e}");
    assert!(e.contains("crmctl org plan set default STARTER (2 Chatwoot agents)"), "{e}");
    assert!(writes(&fake).is_empty(), "nothing was sent to Chatwoot: {:?}", writes(&fake));
    assert_no_canary(&env, &out, "a refused agent");
    env.ok(&["org", "plan", "set", "default", "STARTER"]);
    env.ok(&["chatwoot", "agents", "create", "--name", "Second", "--email", "second@acme.com"]);
    assert_eq!(writes(&fake), ["POST /api/v1/accounts/7/agents"]);

    // TEAM: three agents, so a fourth is refused; ENTERPRISE has no limit.
    let (env, fake) = chatwoot(3, 0);
    env.ok(&["org", "plan", "set", "default", "TEAM"]);
    let e = refused(&env.run(&["chatwoot", "agents", "create", "--name", "X", "--email", "x@acme.com"]), "a fourth agent on TEAM");
    assert!(e.contains("BUSINESS (5 Chatwoot agents)"), "{e}");
    assert!(writes(&fake).is_empty());
    env.ok(&["org", "plan", "set", "default", "ENTERPRISE"]);
    env.ok(&["chatwoot", "agents", "create", "--name", "X", "--email", "x@acme.com"]);
}

#[test]
fn the_inbox_limit_is_checked_before_chatwoot_is_asked() {
    let (env, fake) = chatwoot(0, 1);
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    let out = env.run(&["chatwoot", "inboxes", "create", "--name", "Support", "--channel", "api"]);
    let e = refused(&out, "a second inbox on FREE");
    assert!(e.contains("allows 1 Chatwoot inbox (its FREE plan) and has 1"), "{e}");
    let out = env.run(&["chatwoot", "inboxes", "create", "--name", "Support", "--channel", "api", "--dry-run"]);
    refused(&out, "the dry run says the same");
    assert!(writes(&fake).is_empty());
    env.ok(&["org", "plan", "set", "default", "STARTER"]);
    env.ok(&["chatwoot", "inboxes", "create", "--name", "Support", "--channel", "api"]);
    assert_eq!(fake.bodies_at("POST", "/api/v1/accounts/7/inboxes"), vec![json!({"name": "Support", "channel": {"type": "api"}})]);
}

#[test]
fn the_widget_snippet_needs_starter() {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let server = rt.block_on(MockServer::start());
    let fake = Fake { rt, server };
    fake.mount(Mock::given(method("GET")).and(path("/api/v1/accounts/7/inboxes")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"payload": [
        {"id": 3, "name": "Website", "channel_type": "Channel::WebWidget", "website_token": "wtok-123"}
    ]}))));
    let mut env = TestEnv::with_env_key();
    env.set("CW_TOKEN", CANARY);
    env.ok(&["integration", "add", "chatwoot", "--name", "cw", "--field", &format!("instance_url={}", fake.server.uri()), "--field", "account_id=7", "--field", "inbox_id=3", "--secret", "api_access_token=env:CW_TOKEN"]);
    env.ok(&["org", "plan", "set", "default", "FREE"]);
    let e = refused(&env.run(&["chatwoot", "widget-script", "--inbox", "Website"]), "the widget on FREE");
    assert!(e.contains("does not include chat widget integrations") && e.contains("STARTER"), "{e}");
    env.ok(&["org", "plan", "set", "default", "STARTER"]);
    assert!(env.ok(&["chatwoot", "widget-script", "--inbox", "Website"]).contains("wtok-123"));
}

#[test]
fn a_webhook_key_in_an_apply_file_needs_pro_plus() {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    env.set("HOOK_KEY", "whk_apply_key_0123456789abcdef");
    let doc = |plan: &str| {
        format!(
            "kind: org\nname: council\nsettings: {{plan: {plan}}}\n---\nkind: integration\norg: council\nname: zd\nprovider: zendesk\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: \"${{env:ZD_TOKEN}}\"}}\nwebhook_key: \"${{env:HOOK_KEY}}\"\n"
        )
    };
    env.write("work/starter.yaml", &doc("STARTER"));
    let e = refused(&env.run(&["apply", "-f", "starter.yaml", "--yes"]), "a webhook key on STARTER");
    assert!(e.contains("STARTER plan does not include database/API/webhook integrations (a webhook key"), "{e}");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 0);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM orgs WHERE name = 'council'"), 0);
    env.write("work/pro.yaml", &doc("PRO_PLUS"));
    env.ok(&["apply", "-f", "pro.yaml", "--yes"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets WHERE field = '_webhook_key'"), 1);
}
