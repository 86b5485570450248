//! `crmctl apply`, `crmctl export` and sealed bundles: plans, idempotence,
//! prune scoping, bad input stopping everything, round trips between
//! stores, and canaries in every output.

use std::path::Path;
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::common::{assert_no_canary, assert_store_clean, FakeProvider, Sb, TestEnv, CANARY};

const BASE: &str = "\
kind: org
name: council
settings: {agent_limit: 5}
---
kind: assistant
org: council
name: rates-line
---
kind: integration
org: council
name: zendesk
provider: zendesk
priority: 20
events: [escalation]
fields: {subdomain: acme, email: ops@acme.com}
secrets: {api_token: \"${env:ZD_TOKEN}\"}
---
kind: integration
org: council
name: slack
provider: slack
assistant: rates-line
priority: 30
events: [\"low_score:post_message\"]
when: event.score < 3
on_failure: stop
fields: {channel: C0123456789}
secrets: {bot_token: \"${file:slack.token}\"}
";

fn env() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", CANARY);
    env.write("work/slack.token", "xoxb-1111-2222-slacktoken\n");
    env
}

fn apply(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let mut a = vec!["apply"];
    a.extend(args);
    env.run(&a)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn plan_json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("JSON plan ({e}): {}\n{}", stdout(out), stderr(out)))
}

/// (action, kind, org/name) of every change.
fn actions(plan: &Value) -> Vec<(String, String, String)> {
    plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap().to_string(),
                c["kind"].as_str().unwrap().to_string(),
                format!("{}/{}", c["org"].as_str().unwrap(), c["name"].as_str().unwrap()),
            )
        })
        .collect()
}

fn change<'a>(plan: &'a Value, name: &str) -> &'a Value {
    plan["changes"].as_array().unwrap().iter().find(|c| c["name"] == name).unwrap_or_else(|| panic!("no change for {name}: {plan:#}"))
}

/// Everything the store holds, as the export sees it (secrets as references).
fn snapshot_of(env: &TestEnv) -> String {
    env.ok(&["export", "--all-orgs"])
}

#[test]
fn apply_twice_changes_nothing_the_second_time() {
    let env = env();
    env.write("work/council.yaml", BASE);
    let out = apply(&env, &["-f", "council.yaml", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(out.status.code(), Some(4), "changes were made: {}", stderr(&out));
    let plan = plan_json(&out);
    assert_eq!(plan["applied"], true);
    assert_eq!(
        actions(&plan),
        [
            ("create", "org", "council/council"),
            ("create", "assistant", "council/rates-line"),
            ("create", "integration", "council/zendesk"),
            ("create", "integration", "council/slack"),
        ]
        .map(|(a, k, n)| (a.to_string(), k.to_string(), n.to_string()))
    );
    assert_eq!(change(&plan, "zendesk")["secrets"], json!({"api_token": "added"}));
    assert_no_canary(&env, &out, "apply");

    // What was written is what the files say.
    let zd = env.json(&["--org", "council", "integration", "show", "zendesk"]);
    assert_eq!((zd["priority"].as_i64(), zd["events"].clone()), (Some(20), json!(["escalation"])));
    let slack = env.json(&["--org", "council", "integration", "show", "slack"]);
    assert_eq!(slack["assistant"], "rates-line");
    assert_eq!(slack["on_failure"], "stop");
    assert_eq!(slack["conditions"], json!({"when": "event.score < 3"}));
    assert_eq!(env.json(&["org", "list"]).as_array().unwrap().iter().find(|o| o["name"] == "council").unwrap()["settings"], json!({"agent_limit": 5}));

    let before = env.store_bytes();
    let out = apply(&env, &["-f", "council.yaml", "--detailed-exitcode"]);
    assert_eq!(out.status.code(), Some(0), "nothing changed: {}", stderr(&out));
    assert!(stderr(&out).contains("No changes: 4 unchanged."), "{}", stderr(&out));
    assert!(stdout(&out).contains("Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 4 unchanged."), "{}", stdout(&out));
    let after = env.store_bytes();
    assert_eq!(before.len(), after.len(), "a no-op apply writes nothing");
    assert_no_canary(&env, &out, "second apply");
}

#[test]
fn an_edited_file_yields_exactly_the_expected_plan() {
    let mut env = env();
    env.write("work/council.yaml", BASE);
    env.ok(&["apply", "-f", "council.yaml"]);

    let edited = BASE
        .replace("priority: 20", "priority: 25")
        .replace("subdomain: acme,", "subdomain: acme-gov,")
        .replace("events: [escalation]", "events: [escalation, \"contact_request:create_ticket\"]")
        .replace("settings: {agent_limit: 5}", "settings: {agent_limit: 8}");
    env.write("work/council.yaml", &edited);
    env.set("ZD_TOKEN", &format!("{CANARY}-rotated"));
    let out = apply(&env, &["-f", "council.yaml", "--dry-run", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(out.status.code(), Some(4), "changes are pending: {}", stderr(&out));
    let plan = plan_json(&out);
    assert_eq!(plan["applied"], false);
    assert_eq!(plan["dry_run"], true);
    assert_eq!(
        actions(&plan),
        [
            ("update", "org", "council/council"),
            ("unchanged", "assistant", "council/rates-line"),
            ("update", "integration", "council/zendesk"),
            ("unchanged", "integration", "council/slack"),
        ]
        .map(|(a, k, n)| (a.to_string(), k.to_string(), n.to_string()))
    );
    assert_eq!(change(&plan, "council")["diff"], json!([{"path": "settings.agent_limit", "from": 5, "to": 8}]));
    let zd = change(&plan, "zendesk");
    assert_eq!(
        zd["diff"],
        json!([
            {"path": "priority", "from": 20, "to": 25},
            {"path": "events", "from": ["escalation"], "to": ["contact_request:create_ticket", "escalation"]},
            {"path": "fields.subdomain", "from": "acme", "to": "acme-gov"},
        ])
    );
    assert_eq!(zd["secrets"], json!({"api_token": "changed"}));
    assert_no_canary(&env, &out, "a plan with a changed secret");

    // The same plan as text, then applied; a dry run wrote nothing.
    let text = apply(&env, &["-f", "council.yaml", "--dry-run"]);
    let shown = stdout(&text);
    for line in [
        "  ~ org council",
        "      settings.agent_limit: 5 → 8",
        "  ~ integration council/zendesk (zendesk)",
        "      priority: 20 → 25",
        "      fields.subdomain: \"acme\" → \"acme-gov\"",
        "      secret api_token: changed",
        "  = integration council/slack (slack)",
        "Plan: 0 to create, 2 to update, 0 to replace, 0 to delete, 2 unchanged.",
    ] {
        assert!(shown.lines().any(|l| l == line), "missing line {line:?} in:\n{shown}");
    }
    assert_eq!(env.json(&["--org", "council", "integration", "show", "zendesk"])["priority"], 20);
    env.ok(&["apply", "-f", "council.yaml"]);
    assert_eq!(env.json(&["--org", "council", "integration", "show", "zendesk"])["priority"], 25);
    let again = apply(&env, &["-f", "council.yaml", "--detailed-exitcode"]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
}

#[test]
fn prune_deletes_only_inside_the_orgs_the_files_name() {
    let env = env();
    env.write("work/council.yaml", BASE);
    env.ok(&["apply", "-f", "council.yaml"]);
    // Things the files do not declare: in the named org and in another.
    env.ok(&["--org", "council", "assistant", "add", "old-bot"]);
    env.ok(&["--org", "council", "integration", "add", "zendesk", "--name", "old-zendesk", "--field", "subdomain=old", "--field", "email=a@b.co", "--secret", "api_token=env:ZD_TOKEN"]);
    env.ok(&["org", "add", "other"]);
    env.ok(&["--org", "other", "assistant", "add", "kept-bot"]);
    env.ok(&["--org", "other", "integration", "add", "zendesk", "--name", "kept", "--field", "subdomain=kept", "--field", "email=a@b.co", "--secret", "api_token=env:ZD_TOKEN"]);

    // Without --prune, nothing is deleted.
    let plan = plan_json(&apply(&env, &["-f", "council.yaml", "--dry-run", "-o", "json"]));
    assert!(plan["changes"].as_array().unwrap().iter().all(|c| c["action"] == "unchanged"), "{plan:#}");

    // --prune without a terminal and without --yes deletes nothing and exits 2, naming what would go.
    let council = || env.json(&["--org", "council", "integration", "list"]);
    let before = (council(), env.json(&["--org", "council", "assistant", "list"]));
    let refused = apply(&env, &["-f", "council.yaml", "--prune", "-o", "json"]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("1 assistant") && stderr(&refused).contains("pass --yes"), "{}", stderr(&refused));
    assert!(stdout(&refused).is_empty(), "{}", stdout(&refused));
    assert_eq!((council(), env.json(&["--org", "council", "assistant", "list"])), before, "nothing deleted");

    let out = apply(&env, &["-f", "council.yaml", "--prune", "--yes", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plan = plan_json(&out);
    let deleted: Vec<_> = actions(&plan).into_iter().filter(|(a, _, _)| a == "delete").collect();
    assert_eq!(
        deleted,
        [("delete", "assistant", "council/old-bot"), ("delete", "integration", "council/old-zendesk")]
            .map(|(a, k, n)| (a.to_string(), k.to_string(), n.to_string()))
    );
    assert_eq!(change(&plan, "old-zendesk")["reason"], "not declared in the files (--prune)");
    let names: Vec<String> = env.json(&["--org", "council", "integration", "list"]).as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap().to_string()).collect();
    assert_eq!(names, ["zendesk", "slack"]);
    // The other org is untouched.
    assert_eq!(env.json(&["--org", "other", "integration", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["--org", "other", "assistant", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn missing_secret_references_stop_everything_and_are_all_named() {
    let mut env = env();
    env.unset("ZD_TOKEN");
    // A valid file first, then one with two missing references.
    env.write("work/conf/a-org.yaml", "kind: org\nname: council\n");
    env.write(
        "work/conf/b-integrations.yaml",
        &BASE.replace("${file:slack.token}", "${file:missing.token}").replace("kind: org\nname: council\nsettings: {agent_limit: 5}\n---\n", ""),
    );
    let before = snapshot_of(&env);
    let out = apply(&env, &["-f", "conf"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("the apply files have 2 problems; nothing was written"), "{err}");
    assert!(err.contains("b-integrations.yaml:12:22: integration 'zendesk': secret api_token: environment variable ZD_TOKEN is not set"), "{err}");
    assert!(err.contains("integration 'slack': secret bot_token: cannot read") && err.contains("missing.token"), "{err}");
    assert_eq!(snapshot_of(&env), before, "nothing was written");
    assert!(env.run(&["org", "list", "-o", "json"]).stdout.windows(7).all(|w| w != b"council"));
}

#[test]
fn malformed_files_name_file_line_and_column_and_write_nothing() {
    let env = env();
    env.write("work/conf/a.yaml", BASE);
    let before = snapshot_of(&env);
    for (body, want) in [
        ("kind: org\nname: x\n---\nkind: integration\nname: y\nprovider: zendesk\npriority: high\n", "b.yaml:7:11: invalid i64"),
        ("kind: org\nname: x\n---\nkind: integration\nname: [y\n", "b.yaml:5:7"),
        ("kind: org\nname: x\nprovider_typo: 1\n", "b.yaml:3:1: unknown field `provider_typo`"),
        ("kind: intgration\nname: x\n", "b.yaml:1:7: unknown variant `intgration`"),
    ] {
        env.write("work/conf/b.yaml", body);
        let out = apply(&env, &["-f", "conf"]);
        assert_eq!(out.status.code(), Some(2), "{body}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{body}: expected {want:?} in\n{}", stderr(&out));
        assert_eq!(snapshot_of(&env), before, "{body}: nothing was written, not even a.yaml's documents");
    }
}

#[test]
fn unknown_providers_invalid_fields_and_bad_references_stop_before_writing() {
    let env = env();
    let before = snapshot_of(&env);
    let bad = format!(
        "kind: integration\nname: a\nprovider: zendeskk\n---\n\
         kind: integration\nname: b\nprovider: zendesk\nfields: {{subdomain: 'not a subdomain!', email: ops@acme.com, colour: red}}\nsecrets: {{api_token: '${{env:ZD_TOKEN}}'}}\n---\n\
         kind: integration\nname: c\nprovider: zendesk\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: {CANARY}}}\n---\n\
         kind: integration\nname: d\nprovider: zendesk\nassistant: nobody\nfields: {{subdomain: acme, email: ops@acme.com}}\n---\n\
         kind: assistant\nname: e\nprovider: zendesk\n---\n\
         kind: integration\nname: f\nprovider: genesys_cloud\nevents: [conversation_ended]\nfields: {{client_id: x, queue_id: y}}\nsecrets: {{client_secret: '${{env:ZD_TOKEN}}'}}\n"
    );
    env.write("work/bad.yaml", &bad);
    let out = apply(&env, &["-f", "bad.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    for want in [
        "bad.yaml:3:11: integration 'a': provider template 'zendeskk' not found",
        "integration 'b': field subdomain='not a subdomain!'",
        "integration 'b': 'colour' is not a field of zendesk",
        "integration 'c': secret api_token must be a reference, ${env:VAR} or ${file:PATH}",
        "integration 'd': missing required secrets.api_token for zendesk",
        "assistant 'e': provider not allowed on a assistant document",
        "integration 'f': genesys_cloud has no default action for conversation_ended",
    ] {
        assert!(err.contains(want), "expected {want:?} in\n{err}");
    }
    assert!(!err.contains(CANARY), "a plain secret value is refused without being repeated");
    assert_no_canary(&env, &out, "a refused apply");
    assert_eq!(snapshot_of(&env), before);

    // An assistant neither declared nor existing is found by the plan.
    env.write("work/d.yaml", "kind: integration\nname: d\nprovider: zendesk\nassistant: nobody\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets: {api_token: '${env:ZD_TOKEN}'}\n");
    let out = apply(&env, &["-f", "d.yaml"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("d.yaml:2:7: integration 'd': assistant 'nobody' does not exist in org 'default' and is not declared"), "{}", stderr(&out));
    assert_eq!(snapshot_of(&env), before);
}

#[test]
fn export_then_sealed_apply_reproduces_every_integration_with_its_secrets() {
    let mut env = env();
    env.write("work/council.yaml", BASE);
    env.ok(&["apply", "-f", "council.yaml"]);
    env.write(
        "work/maps.yaml",
        "- {stream: contacts, target: email, source: Email, transforms: [trim, lower]}\n- {stream: tickets, target: status, source: Status, transforms: [{enum: {New: open, \"*\": pending}}]}\n",
    );
    env.ok(&["--org", "council", "mapping", "set", "zendesk", "--from-file", "maps.yaml"]);
    env.ok(&["--org", "council", "integration", "disable", "slack"]);
    env.ok(&["integration", "add", "zendesk", "--name", "default-zd", "--field", "subdomain=dflt", "--field", "email=x@y.co", "--secret", "api_token=env:ZD_TOKEN", "--base-url", "http://127.0.0.1:9/zd"]);

    // The reference export names variables and holds no secret.
    let out = env.run(&["export", "--all-orgs"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let yaml = stdout(&out);
    assert!(yaml.contains("api_token: ${env:COUNCIL_ZENDESK_API_TOKEN}"), "{yaml}");
    assert!(yaml.contains("api_token: ${env:DEFAULT_ZD_API_TOKEN}"), "{yaml}");
    assert!(stderr(&out).contains("COUNCIL_SLACK_BOT_TOKEN"), "{}", stderr(&out));
    assert_no_canary(&env, &out, "export");
    env.write("work/exported.yaml", &yaml);

    env.set("CRMCTL_BUNDLE_PASSPHRASE", "correct horse battery staple");
    let out = env.run(&["export", "--all-orgs", "--sealed", "setup.bundle"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_canary(&env, &out, "export --sealed");
    let bundle = std::fs::read(env.path("work/setup.bundle")).unwrap();
    assert!(!bundle.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()), "the bundle is sealed");
    assert!(!bundle.windows(9).any(|w| w == b"slacktoke"));
    // Never overwritten.
    assert_eq!(env.run(&["export", "--sealed", "setup.bundle"]).status.code(), Some(2));

    // A fresh store under another master key.
    let mut fresh = TestEnv::with_env_key();
    std::fs::copy(env.path("work/setup.bundle"), fresh.path("work/setup.bundle")).unwrap();
    fresh.set("CRMCTL_BUNDLE_PASSPHRASE", "wrong");
    let out = fresh.run(&["apply", "--sealed", "setup.bundle"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("wrong passphrase"), "{}", stderr(&out));
    fresh.set("CRMCTL_BUNDLE_PASSPHRASE", "correct horse battery staple");
    let out = fresh.run(&["apply", "--sealed", "setup.bundle", "--detailed-exitcode"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert_no_canary(&fresh, &out, "apply --sealed");
    assert_store_clean(&fresh, "apply --sealed");

    // Field by field, every integration of every org is the same.
    let strip = |mut v: Value| {
        for i in v.as_array_mut().unwrap() {
            let o = i.as_object_mut().unwrap();
            for k in ["id", "created_at", "updated_at", "last_test_status", "last_test_at"] {
                o.remove(k);
            }
        }
        v
    };
    for org in ["default", "council"] {
        let a = strip(env.json(&["--org", org, "integration", "list"]));
        let b = strip(fresh.json(&["--org", org, "integration", "list"]));
        assert_eq!(a, b, "org {org}");
        assert!(!a.as_array().unwrap().is_empty());
        for i in a.as_array().unwrap() {
            let name = i["name"].as_str().unwrap();
            let mappings = |e: &TestEnv| {
                let mut v = e.json(&["--org", org, "mapping", "list", name]);
                for m in v.as_array_mut().unwrap() {
                    m.as_object_mut().unwrap().remove("updated_at");
                }
                v
            };
            assert_eq!(mappings(&env), mappings(&fresh), "mappings of {org}/{name}");
        }
    }
    assert_eq!(env.json(&["--org", "council", "assistant", "list"]).as_array().unwrap().len(), fresh.json(&["--org", "council", "assistant", "list"]).as_array().unwrap().len());

    // The secrets are the same values: the reference export applied with
    // the original values plans every secret as unchanged.
    std::fs::copy(env.path("work/exported.yaml"), fresh.path("work/exported.yaml")).unwrap();
    fresh.set("COUNCIL_ZENDESK_API_TOKEN", CANARY);
    fresh.set("DEFAULT_ZD_API_TOKEN", CANARY);
    fresh.set("COUNCIL_SLACK_BOT_TOKEN", "xoxb-1111-2222-slacktoken");
    let out = fresh.run(&["apply", "-f", "exported.yaml", "--dry-run", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}\n{}", stdout(&out), stderr(&out));
    let plan = plan_json(&out);
    for name in ["zendesk", "slack", "default-zd"] {
        let c = change(&plan, name);
        assert_eq!(c["action"], "unchanged", "{c:#}");
        assert!(c["secrets"].as_object().unwrap().values().all(|s| s == "unchanged"), "{c:#}");
    }
    // And a different value would show as changed.
    fresh.set("DEFAULT_ZD_API_TOKEN", "something-else");
    let plan = plan_json(&fresh.run(&["apply", "-f", "exported.yaml", "--dry-run", "-o", "json"]));
    assert_eq!(change(&plan, "default-zd")["secrets"], json!({"api_token": "changed"}));
}

fn zendesk_fake(token: &str) -> FakeProvider {
    let fake = FakeProvider::start();
    let auth = format!(
        "Basic {}",
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, format!("ops@acme.com/token:{token}"))
    );
    fake.mount(
        Mock::given(method("GET"))
            .and(path("/api/v2/users/me"))
            .and(header("authorization", auth.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"user": {"id": 1, "name": "Ops", "email": "ops@acme.com", "role": "admin"}}))),
    );
    fake.mount(Mock::given(method("GET")).respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "Couldn't authenticate you"}))));
    fake
}

#[test]
fn apply_test_writes_nothing_when_a_connection_test_fails() {
    let fake = zendesk_fake(CANARY);
    let mut env = env();
    let file = format!(
        "kind: integration\nname: zd\nprovider: zendesk\nbase_url: {}\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: '${{env:ZD_TOKEN}}'}}\n",
        fake.url()
    );
    env.write("work/zd.yaml", &file);
    env.set("ZD_TOKEN", "a-wrong-token");
    let before = snapshot_of(&env);
    let out = apply(&env, &["-f", "zd.yaml", "--test"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 of 1 connection tests failed (zd); nothing was written"), "{}", stderr(&out));
    assert!(stdout(&out).contains("test zd: FAILED"), "{}", stdout(&out));
    assert_eq!(snapshot_of(&env), before);

    env.set("ZD_TOKEN", CANARY);
    let out = apply(&env, &["-f", "zd.yaml", "--test", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plan = plan_json(&out);
    assert_eq!(plan["tests"][0]["ok"], true, "{plan:#}");
    assert_eq!(env.json(&["integration", "show", "zd"])["last_test_status"], "ok");
    assert_no_canary(&env, &out, "apply --test");
    // Nothing changed: nothing to test.
    let out = apply(&env, &["-f", "zd.yaml", "--test", "-o", "json"]);
    assert!(plan_json(&out).get("tests").is_none(), "{}", stdout(&out));
}

#[test]
fn the_council_sample_declares_the_chain_in_priority_order() {
    let mut env = TestEnv::with_env_key();
    for v in ["GENESYS_CLIENT_SECRET", "TECHONE_CLIENT_SECRET", "SALESFORCE_CLIENT_SECRET", "SALESFORCE_REFRESH_TOKEN"] {
        env.set(v, &format!("{v}-value"));
    }
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-configs/apply/council.yaml");
    let out = env.run(&["apply", "-f", sample.to_str().unwrap(), "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = env.json(&["--org", "council", "integration", "list"]);
    let chain: Vec<(String, i64)> = list.as_array().unwrap().iter().map(|i| (i["provider"].as_str().unwrap().to_string(), i["priority"].as_i64().unwrap())).collect();
    assert_eq!(chain, [("genesys_cloud".to_string(), 10), ("technologyone".to_string(), 20), ("salesforce".to_string(), 30)]);

    let payload = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-configs/events/conversation_ended.json");
    let fired = env.json(&["--org", "council", "event", "fire", "conversation_ended", "--payload", payload.to_str().unwrap(), "--dry-run"]);
    let steps: Vec<(&str, &str)> = fired["steps"].as_array().unwrap().iter().map(|s| (s["integration"].as_str().unwrap(), s["action"].as_str().unwrap())).collect();
    assert_eq!(steps, [("genesys", "log_call"), ("techone", "create_job"), ("salesforce", "post_summary")], "{fired:#}");
}

#[test]
fn the_ci_example_seeds_tests_and_fires_an_event_against_the_sandbox() {
    let sandbox = Sb::start(25, std::time::Duration::ZERO);
    let sb = sandbox.sb();
    let mut env = TestEnv::new();
    let key = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &key);
    let db = env.db.to_str().unwrap().to_string();
    env.set("CRMCTL_DB", &db);
    env.set("SANDBOX_URL", &sb.url());
    env.set("SANDBOX_API_KEY", sb.state().api_key());
    let bin = Path::new(assert_cmd::cargo::cargo_bin!("crmctl")).parent().unwrap().to_str().unwrap().to_string();
    env.set("PATH", &format!("{bin}:{}", std::env::var("PATH").unwrap_or_default()));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-configs/ci/seed.sh");

    let run = || {
        let mut c = std::process::Command::new("sh");
        c.arg(&script).env_clear().current_dir(env.path("work"));
        for (k, v) in env.std_cmd().get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.output().unwrap()
    };
    let out = run();
    assert!(out.status.success(), "seed.sh failed:\n{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("seed: changes applied"), "{}", stdout(&out));
    let calls = sb.state().requests().into_iter().filter(|r| r.method == "POST" && r.path.contains("calls")).count();
    assert_eq!(calls, 1, "the test event logged one call: {:?}", sb.state().requests().iter().map(|r| (&r.method, &r.path)).collect::<Vec<_>>());
    assert!(sb.state().requests().iter().any(|r| r.method == "GET"), "the connection was tested");

    // Run again: nothing changes, and the event fires again.
    let out = run();
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains("seed: nothing changed"), "{}", stdout(&out));
}

#[test]
fn documents_can_come_from_stdin() {
    let env = env();
    let out = env.cmd().args(["apply", "-f", "-", "-o", "json"]).write_stdin(BASE).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(plan_json(&out)["summary"]["create"], 4);
    let bad = env.cmd().args(["apply", "-f", "-"]).write_stdin("kind: org\nname: [x\n").output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("<stdin>:2:7"), "{}", stderr(&bad));
}

#[test]
fn a_file_with_more_documents_than_a_config_parser_expects_still_applies() {
    let env = env();
    let mut text = String::from("kind: org\nname: big\n");
    for i in 0..1_100 {
        text.push_str(&format!("---\nkind: assistant\norg: big\nname: bot-{i:04}\n"));
    }
    env.write("work/big.yaml", &text);
    let out = apply(&env, &["-f", "big.yaml", "--dry-run", "-o", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(plan_json(&out)["summary"]["create"], 1_101);
}

#[test]
fn schedules_are_declared_diffed_pruned_and_exported() {
    let mut env = env();
    let with = |schedules: &str| {
        format!(
            "kind: integration\nname: zd\nprovider: zendesk\nfields: {{subdomain: acme, email: ops@acme.com}}\n\
             secrets: {{api_token: '${{env:ZD_TOKEN}}'}}\nschedules:\n{schedules}"
        )
    };
    env.write("work/zd.yaml", &with("  - {kb: true, every: 6h}\n  - {stream: tickets, cron: '0 2 * * *'}\n"));
    env.ok(&["apply", "-f", "zd.yaml"]);
    let jobs = |env: &TestEnv| -> Vec<(String, Value, Value)> {
        env.json(&["schedule", "list"]).as_array().unwrap().iter().map(|s| (s["job"].as_str().unwrap().to_string(), s["every_s"].clone(), s["cron"].clone())).collect()
    };
    assert_eq!(jobs(&env), [("kb".to_string(), json!(21600), Value::Null), ("tickets".to_string(), Value::Null, json!("0 2 * * *"))]);
    assert_eq!(apply(&env, &["-f", "zd.yaml", "--detailed-exitcode"]).status.code(), Some(0), "re-apply is a no-op");

    env.write("work/zd.yaml", &with("  - {kb: true, every: 12h}\n  - {stream: contacts, every: 1d}\n"));
    let plan = plan_json(&apply(&env, &["-f", "zd.yaml", "-o", "json"]));
    assert_eq!(
        change(&plan, "zd")["diff"],
        json!([
            {"path": "schedules.contacts", "from": null, "to": "every 1d"},
            {"path": "schedules.kb", "from": "every 6h", "to": "every 12h"},
            {"path": "schedules.tickets", "from": "cron 0 2 * * *", "to": null},
        ])
    );
    assert_eq!(jobs(&env), [("contacts".to_string(), json!(86400), Value::Null), ("kb".to_string(), json!(43200), Value::Null)]);

    // Exported, and applied on a fresh store, the schedules are the same.
    let exported = env.ok(&["export"]);
    assert!(exported.contains("schedules:") && exported.contains("every: 12h") && exported.contains("stream: contacts"), "{exported}");
    let mut fresh = TestEnv::with_env_key();
    fresh.write("work/exported.yaml", &exported);
    fresh.set("ZD_API_TOKEN", "x-token");
    fresh.ok(&["apply", "-f", "exported.yaml"]);
    assert_eq!(jobs(&fresh), jobs(&env));

    // Bad schedules are named, and nothing is written.
    env.set("ZD_TOKEN", CANARY);
    for (bad, want) in [
        ("  - {stream: deals, every: 1h}\n", "zendesk has no deals stream to sync"),
        ("  - {kb: true}\n", "kb: give one of `every: DURATION` or `cron: EXPR`"),
        ("  - {kb: true, cron: '61 * * * *'}\n", "is not a cron expression"),
        ("  - {kb: true, every: 1h}\n  - {kb: true, every: 2h}\n", "kb is scheduled twice"),
        ("  - {every: 1h}\n", "each schedule needs `kb: true` or `stream: contacts|tickets|deals`"),
    ] {
        env.write("work/zd.yaml", &with(bad));
        let out = apply(&env, &["-f", "zd.yaml"]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains(want), "{bad}: expected {want:?} in {}", stderr(&out));
    }
    assert_eq!(jobs(&env).len(), 2);
}

#[test]
fn the_webhook_key_is_kept_declared_and_carried_by_bundles() {
    let mut env = env();
    let file = "kind: integration\nname: zd\nprovider: zendesk\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets: {api_token: '${env:ZD_TOKEN}'}\n";
    env.write("work/zd.yaml", file);
    env.ok(&["apply", "-f", "zd.yaml"]);
    env.set("HOOK_KEY", &format!("{CANARY}-webhook"));
    env.ok(&["webhook", "key", "zd", "--from", "env:HOOK_KEY"]);
    // A file that does not mention the webhook key leaves it alone.
    let out = apply(&env, &["-f", "zd.yaml", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(change(&plan_json(&out), "zd")["secrets"].get("_webhook_key").is_none());

    // Exported as a reference, in a bundle as its value.
    let exported = env.ok(&["export"]);
    assert!(exported.contains("webhook_key: ${env:ZD_WEBHOOK_KEY}"), "{exported}");
    assert!(!exported.contains("_webhook_key"), "{exported}");
    env.set("CRMCTL_BUNDLE_PASSPHRASE", "pass phrase");
    env.ok(&["export", "--sealed", "b.bundle"]);
    let mut fresh = TestEnv::with_env_key();
    std::fs::copy(env.path("work/b.bundle"), fresh.path("work/b.bundle")).unwrap();
    fresh.set("CRMCTL_BUNDLE_PASSPHRASE", "pass phrase");
    let plan = plan_json(&fresh.run(&["apply", "--sealed", "b.bundle", "-o", "json"]));
    assert_eq!(change(&plan, "zd")["secrets"], json!({"api_token": "added", "webhook_key": "added"}));
    // The same key: the reference export with its value plans it unchanged.
    fresh.write("work/exported.yaml", &exported);
    fresh.set("ZD_API_TOKEN", CANARY);
    fresh.set("ZD_WEBHOOK_KEY", &format!("{CANARY}-webhook"));
    let out = fresh.run(&["apply", "-f", "exported.yaml", "--detailed-exitcode", "-o", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(change(&plan_json(&out), "zd")["secrets"]["webhook_key"], "unchanged");
    assert_no_canary(&fresh, &out, "apply with a webhook key");

    // Declared with a new value: changed; too short: refused.
    fresh.set("ZD_WEBHOOK_KEY", "another-webhook-key-0123456789");
    let plan = plan_json(&fresh.run(&["apply", "-f", "exported.yaml", "-o", "json"]));
    assert_eq!(change(&plan, "zd")["secrets"]["webhook_key"], "changed");
    fresh.set("ZD_WEBHOOK_KEY", "short");
    let out = fresh.run(&["apply", "-f", "exported.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("webhook_key must be at least 16 characters"), "{}", stderr(&out));
}

#[test]
fn a_large_export_counts_its_variables_instead_of_listing_them() {
    let env = env();
    let mut text = String::new();
    for i in 0..15 {
        text.push_str(&format!(
            "---\nkind: integration\nname: zd-{i:02}\nprovider: zendesk\nfields: {{subdomain: t{i}, email: ops@acme.com}}\nsecrets: {{api_token: '${{env:ZD_TOKEN}}'}}\n"
        ));
    }
    env.write("work/many.yaml", &text);
    env.ok(&["apply", "-f", "many.yaml"]);
    let out = env.run(&["export"]);
    let yaml = stdout(&out);
    assert!(yaml.lines().nth(1).unwrap().contains("15 environment variables (each named under its integration's secrets:), from ZD_00_API_TOKEN to ZD_14_API_TOKEN"), "{yaml}");
    assert!(yaml.contains("api_token: ${env:ZD_07_API_TOKEN}"), "{yaml}");
    assert!(stderr(&out).contains("15 environment variables"), "{}", stderr(&out));
    assert_no_canary(&env, &out, "a large export");
}
