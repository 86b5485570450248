//! Integration happy paths: add (flags, file, stdin), list, show, edit,
//! enable/disable, remove; assistant-specific integrations; the JSON shape;
//! user template directories.

use std::collections::BTreeSet;
use std::process::Output;

use serde_json::json;

use crate::common::*;
use crate::snapshot;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_ok(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({:?})\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        stderr(out)
    );
}

fn keys(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_object().expect("a JSON object").keys().cloned().collect()
}

fn names(env: &TestEnv) -> Vec<String> {
    env.json(&["integration", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect()
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env).query_row(sql, (), |r| r.get(0)).unwrap()
}

const ZD_FLAGS: &[&str] = &[
    "integration", "add", "zendesk", "--name", "zendesk-prod",
    "--field", "subdomain=acme", "--field", "email=ops@acme.com",
    "--secret", "api_token=env:ZENDESK_TOKEN",
];

fn env_with_zendesk() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    env.ok(ZD_FLAGS);
    env
}

// ---------------------------------------------------------------------------
// add
// ---------------------------------------------------------------------------

#[test]
fn add_with_flags_stores_and_shows_the_integration() {
    let mut env = TestEnv::with_env_key();
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    let mut args = ZD_FLAGS.to_vec();
    args.extend(["--on", "escalation", "--on", "conversation_ended", "--priority", "20"]);
    let out = snapshot!(env, "integrations_add_flags", env.run(&args));
    assert_ok(&out, "add");
    assert!(stderr(&out).contains("Added integration zendesk-prod (zendesk) to org default"), "{}", stderr(&out));

    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["provider"], "zendesk");
    assert_eq!(shown["org"], "default");
    assert_eq!(shown["assistant"], serde_json::Value::Null);
    assert_eq!(shown["enabled"], true);
    assert_eq!(shown["priority"], 20);
    assert_eq!(shown["events"], json!(["conversation_ended", "escalation"]), "sorted");
    assert_eq!(shown["on_failure"], "continue");
    assert_eq!(shown["fields"], json!({"subdomain": "acme", "email": "ops@acme.com"}));
    assert_eq!(shown["secret_fields"], json!(["api_token"]));
    assert_eq!(shown["secrets"], json!({"api_token": "****abcd"}));
    assert_eq!(shown["base_url"], serde_json::Value::Null);
    assert_eq!(shown["effective_base_url"], "https://acme.zendesk.com");
    assert_eq!(shown["last_test_status"], serde_json::Value::Null);
}

#[test]
fn add_defaults_priority_events_and_on_failure() {
    let env = env_with_zendesk();
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["priority"], 100);
    assert_eq!(shown["events"], json!([]));
    assert_eq!(shown["on_failure"], "continue");
    assert_eq!(shown["enabled"], true);
}

#[test]
fn add_disabled_with_on_failure_stop_and_duplicate_events_once() {
    let mut env = TestEnv::with_env_key();
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    let mut args = ZD_FLAGS.to_vec();
    args.extend(["--disabled", "--on-failure", "stop", "--on", "kb_sync", "--on", "kb_sync", "--on", "acme.custom-event-1"]);
    env.ok(&args);
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["enabled"], false);
    assert_eq!(shown["on_failure"], "stop");
    assert_eq!(shown["events"], json!(["acme.custom-event-1", "kb_sync"]), "deduplicated; custom names allowed");
}

#[test]
fn add_from_file_reads_env_and_file_secret_references() {
    let mut env = TestEnv::with_env_key();
    env.set("SF_CLIENT_SECRET", "sf-client-secret-0000wxyz");
    env.write("work/cfg/refresh.txt", "sf-refresh-token-00001234\n");
    let file = env.write(
        "work/cfg/salesforce.yaml",
        "\
provider: salesforce
name: salesforce-prod
priority: 10
events: [escalation, conversation_ended]
on_failure: stop
enabled: false
fields:
  client_id: 3MVG9abcdef
  api_version: v61.0
secrets:
  client_secret: env:SF_CLIENT_SECRET
  refresh_token: file:refresh.txt
",
    );
    // Run from elsewhere: file: paths are relative to the YAML file.
    let out = snapshot!(
        env,
        "integrations_add_from_file",
        env.run(&["integration", "add", "--from-file", file.to_str().unwrap()])
    );
    assert_ok(&out, "add --from-file");
    let shown = env.json(&["integration", "show", "salesforce-prod"]);
    assert_eq!(shown["provider"], "salesforce");
    assert_eq!(shown["priority"], 10);
    assert_eq!(shown["events"], json!(["conversation_ended", "escalation"]));
    assert_eq!(shown["on_failure"], "stop");
    assert_eq!(shown["enabled"], false);
    assert_eq!(shown["fields"]["client_id"], "3MVG9abcdef");
    assert_eq!(shown["fields"]["api_version"], "v61.0");
    assert_eq!(shown["fields"]["login_url"], "https://login.salesforce.com", "defaults filled");
    assert_eq!(shown["secrets"], json!({"client_secret": "****wxyz", "refresh_token": "****1234"}));
}

#[test]
fn add_flags_override_the_file() {
    let mut env = TestEnv::with_env_key();
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    env.set("OTHER_TOKEN", "other-token-000000zzzz");
    let file = env.write(
        "work/zd.yaml",
        "provider: zendesk\nname: from-file\npriority: 10\nevents: [escalation]\nfields:\n  subdomain: acme\n  email: ops@acme.com\nsecrets:\n  api_token: env:ZENDESK_TOKEN\n",
    );
    env.ok(&[
        "integration", "add", "--from-file", file.to_str().unwrap(),
        "--name", "from-flags", "--priority", "30", "--on", "low_score",
        "--field", "subdomain=other", "--secret", "api_token=env:OTHER_TOKEN",
    ]);
    assert_eq!(names(&env), ["from-flags"]);
    let shown = env.json(&["integration", "show", "from-flags"]);
    assert_eq!(shown["priority"], 30);
    assert_eq!(shown["events"], json!(["low_score"]));
    assert_eq!(shown["fields"]["subdomain"], "other");
    assert_eq!(shown["fields"]["email"], "ops@acme.com", "the file's other fields stay");
    assert_eq!(shown["secrets"]["api_token"], "****zzzz");
}

#[test]
fn add_reads_a_secret_from_stdin() {
    let env = TestEnv::with_env_key();
    let out = env
        .cmd()
        .args([
            "integration", "add", "hubspot", "--name", "hubspot",
            "--secret", "access_token=-",
        ])
        .write_stdin("pat-na1-11111111-2222-3333-4444-55555555beef\n")
        .output()
        .unwrap();
    assert_ok(&out, "add with a stdin secret");
    let shown = env.json(&["integration", "show", "hubspot"]);
    assert_eq!(shown["secrets"]["access_token"], "****beef", "the trailing newline is not part of it");
    assert_eq!(shown["fields"], json!({"auth_mode": "private_app", "ticket_pipeline": "0", "ticket_stage": "1"}), "defaults filled");
    assert_eq!(shown["effective_base_url"], "https://api.hubapi.com");
}

#[test]
fn add_reads_a_secret_from_a_file() {
    let env = TestEnv::with_env_key();
    let token = env.write("work/token", "zd-token-from-file-9876\n");
    let source = format!("api_token=file:{}", token.display());
    env.ok(&[
        "integration", "add", "zendesk", "--name", "zd",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", &source,
    ]);
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****9876");
}

#[test]
fn add_an_assistant_specific_integration() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["assistant", "add", "voice-bot"]);
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    let mut args = ZD_FLAGS.to_vec();
    args.extend(["--assistant", "voice-bot"]);
    let out = env.run(&args);
    assert_ok(&out, "assistant-specific add");
    assert!(stderr(&out).contains("for assistant voice-bot"), "{}", stderr(&out));
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["assistant"], "voice-bot");
    let table = env.ok(&["integration", "show", "zendesk-prod"]);
    assert!(table.contains("assistant voice-bot"), "{table}");
}

// ---------------------------------------------------------------------------
// list and show
// ---------------------------------------------------------------------------

/// An org default, an assistant-specific one with events, and a disabled one.
fn env_with_three() -> TestEnv {
    let mut env = env_with_zendesk();
    env.ok(&["assistant", "add", "voice-bot"]);
    env.set("HUBSPOT_TOKEN", "pat-na1-11111111-2222-3333-4444-55555555beef");
    env.ok(&[
        "integration", "add", "hubspot", "--name", "hubspot-bot", "--assistant", "voice-bot",
        "--secret", "access_token=env:HUBSPOT_TOKEN", "--priority", "10",
        "--on", "conversation_ended", "--on", "contact_request",
    ]);
    env.set("API_TOKEN", "custom-token-00000000");
    env.ok(&[
        "integration", "add", "custom_rest", "--name", "in-house",
        "--field", "base_url=https://api.acme.example/v1", "--secret", "api_token=env:API_TOKEN",
        "--disabled", "--priority", "200", "--on", "escalation",
    ]);
    env
}

#[test]
fn list_table_shows_provider_scope_enabled_priority_events_and_last_test() {
    let env = env_with_three();
    let out = snapshot!(env, "integrations_list_table", env.run(&["integration", "list"]));
    assert_ok(&out, "list");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three rows:\n{text}");
    for col in ["NAME", "PROVIDER", "SCOPE", "ENABLED", "PRIORITY", "EVENTS", "LAST TEST"] {
        assert!(lines[0].contains(col), "{col} column:\n{text}");
    }
    // Priority order.
    assert!(lines[1].contains("hubspot-bot") && lines[1].contains("voice-bot") && lines[1].contains("contact_request, conversation_ended"), "{text}");
    assert!(lines[2].contains("zendesk-prod") && lines[2].contains("org default") && lines[2].contains("yes"), "{text}");
    assert!(lines[3].contains("in-house") && lines[3].contains("custom_rest") && lines[3].contains(" no "), "{text}");
    assert!(lines[1..].iter().all(|l| l.trim_end().ends_with("never")), "no test has run:\n{text}");
}

#[test]
fn list_json_has_one_object_per_integration_in_priority_order() {
    let env = env_with_three();
    let list = env.json(&["integration", "list"]);
    let rows = list.as_array().unwrap();
    let got: Vec<_> = rows
        .iter()
        .map(|r| (r["name"].clone(), r["provider"].clone(), r["assistant"].clone(), r["enabled"].clone(), r["priority"].clone(), r["events"].clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (json!("hubspot-bot"), json!("hubspot"), json!("voice-bot"), json!(true), json!(10), json!(["contact_request", "conversation_ended"])),
            (json!("zendesk-prod"), json!("zendesk"), json!(null), json!(true), json!(100), json!([])),
            (json!("in-house"), json!("custom_rest"), json!(null), json!(false), json!(200), json!(["escalation"])),
        ]
    );
    for r in rows {
        assert_eq!(r["last_test_status"], serde_json::Value::Null);
        assert_eq!(r["last_test_at"], serde_json::Value::Null);
        assert!(r.get("secrets").is_none(), "list carries no secret values, masked or not");
    }
}

#[test]
fn list_of_an_empty_org_says_how_to_add_one() {
    let env = TestEnv::with_env_key();
    let out = snapshot!(env, "integrations_list_empty", env.run(&["integration", "list"]));
    assert_ok(&out, "empty list");
    assert!(out.stdout.is_empty(), "no data");
    assert_eq!(env.json(&["integration", "list"]), json!([]));
}

#[test]
fn show_masks_secrets_in_every_format() {
    let env = env_with_zendesk();
    let out = snapshot!(env, "integrations_show_table", env.run(&["integration", "show", "zendesk-prod"]));
    assert_ok(&out, "show");
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("api_token = ****abcd (secret)"), "{table}");
    assert!(!table.contains("zd-token-0123456789abcd"));

    let yaml = env.ok(&["integration", "show", "zendesk-prod", "-o", "yaml"]);
    assert!(yaml.contains("api_token: \"****abcd\"") || yaml.contains("api_token: '****abcd'") || yaml.contains("api_token: ****abcd"), "{yaml}");
    assert!(!yaml.contains("zd-token-0123456789abcd"));

    // By id, too.
    let id = env.json(&["integration", "show", "zendesk-prod"])["id"].as_str().unwrap().to_string();
    let by_id = env.json(&["integration", "show", &id]);
    assert_eq!(by_id["name"], "zendesk-prod");
    assert_eq!(by_id["secrets"]["api_token"], "****abcd");
}

#[test]
fn short_secrets_are_masked_completely() {
    let mut env = TestEnv::with_env_key();
    env.set("ZENDESK_TOKEN", "short-tok");
    env.ok(ZD_FLAGS);
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["secrets"]["api_token"], "****");
}

#[test]
fn json_output_shape_is_stable() {
    let env = env_with_zendesk();
    let item: BTreeSet<String> = [
        "id", "org", "name", "provider", "assistant", "base_url", "enabled", "priority", "events",
        "conditions", "on_failure", "fields", "secret_fields", "last_test_status", "last_test_at",
        "created_at", "updated_at",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let list = env.json(&["integration", "list"]);
    assert_eq!(keys(&list[0]), item, "integration list item keys");

    let mut shown_keys = item.clone();
    shown_keys.extend(["effective_base_url".to_string(), "secrets".to_string()]);
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(keys(&shown), shown_keys, "integration show keys");

    // The add and edit commands print the same shape as show.
    let mut env = env;
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    let mut args = ZD_FLAGS.to_vec();
    args[4] = "second";
    args.extend(["-o", "json"]);
    let added: serde_json::Value = serde_json::from_str(&env.ok(&args)).unwrap();
    assert_eq!(keys(&added), shown_keys, "integration add keys");
    let edited = env.json(&["integration", "edit", "second", "--priority", "1"]);
    assert_eq!(keys(&edited), shown_keys, "integration edit keys");

    // Types.
    assert!(shown["id"].is_string() && shown["created_at"].is_string() && shown["updated_at"].is_string());
    assert!(shown["enabled"].is_boolean() && shown["priority"].is_i64());
    assert!(shown["events"].is_array() && shown["secret_fields"].is_array());
    assert!(shown["fields"].is_object() && shown["secrets"].is_object());
}

// ---------------------------------------------------------------------------
// edit
// ---------------------------------------------------------------------------

#[test]
fn edit_priority_events_field_and_on_failure() {
    let env = env_with_zendesk();
    let before = env.json(&["integration", "show", "zendesk-prod"]);
    let out = snapshot!(
        env,
        "integrations_edit",
        env.run(&[
            "integration", "edit", "zendesk-prod", "--priority", "5",
            "--on", "escalation", "--on", "conversation_ended",
            "--field", "subdomain=acme-eu", "--on-failure", "stop",
        ])
    );
    assert_ok(&out, "edit");
    assert!(stderr(&out).contains("Updated integration zendesk-prod"), "{}", stderr(&out));
    let after = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(after["priority"], 5);
    assert_eq!(after["events"], json!(["conversation_ended", "escalation"]));
    assert_eq!(after["on_failure"], "stop");
    assert_eq!(after["fields"], json!({"subdomain": "acme-eu", "email": "ops@acme.com"}));
    assert_eq!(after["effective_base_url"], "https://acme-eu.zendesk.com");
    assert_eq!(after["secrets"], before["secrets"], "the secret is untouched");
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["created_at"], before["created_at"]);

    // --on replaces the events; --no-events clears them.
    env.ok(&["integration", "edit", "zendesk-prod", "--on", "low_score"]);
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["events"], json!(["low_score"]));
    env.ok(&["integration", "edit", "zendesk-prod", "--no-events"]);
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["events"], json!([]));
}

#[test]
fn edit_replaces_a_secret() {
    let mut env = env_with_zendesk();
    env.set("NEW_TOKEN", "zd-token-replaced-00009999");
    let out = env.run(&["integration", "edit", "zendesk-prod", "--secret", "api_token=env:NEW_TOKEN"]);
    assert_ok(&out, "edit --secret");
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["secrets"]["api_token"], "****9999");
    assert_eq!(shown["secret_fields"], json!(["api_token"]));
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets"), 1, "replaced, not added");

    // From stdin as well.
    let out = env
        .cmd()
        .args(["integration", "edit", "zendesk-prod", "--secret", "api_token=-"])
        .write_stdin("zd-token-from-stdin-7777\n")
        .output()
        .unwrap();
    assert_ok(&out, "edit --secret from stdin");
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["secrets"]["api_token"], "****7777");
}

#[test]
fn edit_rename_keeps_the_id_and_the_secret() {
    let env = env_with_zendesk();
    let before = env.json(&["integration", "show", "zendesk-prod"]);
    env.ok(&["integration", "edit", "zendesk-prod", "--rename", "zendesk-eu"]);
    assert_eq!(names(&env), ["zendesk-eu"]);
    let after = env.json(&["integration", "show", "zendesk-eu"]);
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["secrets"], before["secrets"], "the secret still opens under the new name");
    let out = env.run(&["integration", "show", "zendesk-prod"]);
    assert_eq!(out.status.code(), Some(2), "the old name is gone");
}

#[test]
fn edit_moves_between_assistant_and_org_default() {
    let env = env_with_zendesk();
    env.ok(&["assistant", "add", "voice-bot"]);
    env.ok(&["integration", "edit", "zendesk-prod", "--assistant", "voice-bot"]);
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["assistant"], "voice-bot");
    assert!(env.ok(&["integration", "list"]).contains("voice-bot"));
    env.ok(&["integration", "edit", "zendesk-prod", "--org-default"]);
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["assistant"], serde_json::Value::Null);
    assert!(env.ok(&["integration", "list"]).contains("org default"));
}

#[test]
fn edit_base_url_override_and_back_to_the_template() {
    let env = env_with_zendesk();
    env.ok(&["integration", "edit", "zendesk-prod", "--base-url", "https://zendesk.proxy.acme.example"]);
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["base_url"], "https://zendesk.proxy.acme.example");
    assert_eq!(shown["effective_base_url"], "https://zendesk.proxy.acme.example");
    env.ok(&["integration", "edit", "zendesk-prod", "--template-base-url"]);
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["base_url"], serde_json::Value::Null);
    assert_eq!(shown["effective_base_url"], "https://acme.zendesk.com");
}

#[test]
fn edit_with_nothing_to_change_is_refused() {
    let env = env_with_zendesk();
    let before = env.json(&["integration", "show", "zendesk-prod"]);
    let out = snapshot!(env, "integrations_edit_nothing", env.run(&["integration", "edit", "zendesk-prod"]));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"]), before);
}

#[test]
fn edit_clearing_a_required_field_is_refused() {
    let env = env_with_zendesk();
    let before = env.json(&["integration", "show", "zendesk-prod"]);
    let out = env.run(&["integration", "edit", "zendesk-prod", "--field", "subdomain="]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing required fields"), "{}", stderr(&out));
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"]), before);
}

// ---------------------------------------------------------------------------
// enable, disable, remove
// ---------------------------------------------------------------------------

#[test]
fn disable_and_enable() {
    let env = env_with_zendesk();
    let out = snapshot!(env, "integrations_disable", env.run(&["integration", "disable", "zendesk-prod"]));
    assert_ok(&out, "disable");
    assert_eq!(env.json(&["integration", "show", "zendesk-prod"])["enabled"], false);
    let out = env.run(&["integration", "enable", "zendesk-prod"]);
    assert_ok(&out, "enable");
    assert!(stderr(&out).contains("Enabled integration zendesk-prod"), "{}", stderr(&out));
    let shown = env.json(&["integration", "show", "zendesk-prod"]);
    assert_eq!(shown["enabled"], true);
    assert_eq!(shown["secrets"]["api_token"], "****abcd");
}

#[test]
fn remove_needs_yes_and_removes_the_secrets_too() {
    let env = env_with_zendesk();
    let out = env.run(&["integration", "remove", "zendesk-prod"]);
    assert_eq!(out.status.code(), Some(2), "without --yes and no terminal");
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    assert_eq!(names(&env), ["zendesk-prod"]);

    let out = snapshot!(env, "integrations_remove", env.run(&["integration", "remove", "zendesk-prod", "--yes"]));
    assert_ok(&out, "remove --yes");
    assert_eq!(names(&env), Vec::<String>::new());
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets"), 0, "its sealed secrets are gone");

    let out = env.run(&["integration", "remove", "zendesk-prod", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "removing twice is not found");
}

#[test]
fn remove_by_id() {
    let env = env_with_zendesk();
    let id = env.json(&["integration", "show", "zendesk-prod"])["id"].as_str().unwrap().to_string();
    env.ok(&["integration", "remove", &id, "--yes"]);
    assert!(names(&env).is_empty());
}

// ---------------------------------------------------------------------------
// User template directories
// ---------------------------------------------------------------------------

const NEW_PROVIDER: &str = "\
id: acme_crm
name: Acme CRM
category: crm
description: In-house CRM.
fields:
  - key: account
    label: Account
    required: true
    pattern: \"[a-z][a-z0-9-]*\"
    example: acme
  - key: api_key
    label: API key
    required: true
    secret: true
base_url: \"https://{{ account }}.crm.acme.example\"
auth:
  type: api_key
  in: header
  name: X-Api-Key
  value: \"{{ api_key }}\"
test:
  method: GET
  path: /v1/me
";

/// A copy of the built-in Zendesk template that talks to a proxy instead.
fn zendesk_override() -> String {
    "\
id: zendesk
name: Zendesk (via proxy)
category: helpdesk
fields:
  - key: subdomain
    label: Subdomain
    required: true
    pattern: \"[a-z0-9][a-z0-9-]*\"
  - key: email
    label: Agent email
    type: email
    required: true
  - key: api_token
    label: API token
    required: true
    secret: true
base_url: \"https://zendesk-proxy.acme.example/{{ subdomain }}\"
auth:
  type: basic
  username: \"{{ email }}/token\"
  password: \"{{ api_token }}\"
test:
  method: GET
  path: /api/v2/users/me
"
    .to_string()
}

#[test]
fn template_dir_overrides_a_builtin_and_adds_a_provider() {
    let mut env = TestEnv::with_env_key();
    let dir = env.path("work/templates");
    let override_path = env.write("work/templates/zendesk.yaml", &zendesk_override());
    let new_path = env.write("work/templates/acme-crm.yaml", NEW_PROVIDER);
    let dir = dir.to_str().unwrap().to_string();

    let list = env.json(&["--template-dir", &dir, "template", "list"]);
    let row = |id: &str| list.as_array().unwrap().iter().find(|t| t["id"] == id).cloned().unwrap_or_else(|| panic!("{id} listed"));
    assert_eq!(row("zendesk")["source"], override_path.display().to_string());
    assert_eq!(row("zendesk")["name"], "Zendesk (via proxy)");
    assert_eq!(row("acme_crm")["source"], new_path.display().to_string());
    assert_eq!(row("acme_crm")["auth"], "api_key");
    assert_eq!(row("hubspot")["source"], "built-in");
    let table = env.ok(&["--template-dir", &dir, "template", "list"]);
    let zd_line = table.lines().find(|l| l.trim_start().starts_with("zendesk ")).unwrap();
    assert!(zd_line.contains(&override_path.display().to_string()), "the table shows the source:\n{table}");

    // Without the directory, the built-in is back.
    let builtin = env.json(&["template", "list"]);
    let zd = builtin.as_array().unwrap().iter().find(|t| t["id"] == "zendesk").unwrap().clone();
    assert_eq!(zd["source"], "built-in");
    assert!(!builtin.as_array().unwrap().iter().any(|t| t["id"] == "acme_crm"));

    // The override is what integrations use.
    env.set("ZENDESK_TOKEN", "zd-token-0123456789abcd");
    let mut args = vec!["--template-dir", dir.as_str()];
    args.extend(ZD_FLAGS);
    env.ok(&args);
    let shown = env.json(&["--template-dir", &dir, "integration", "show", "zendesk-prod"]);
    assert_eq!(shown["effective_base_url"], "https://zendesk-proxy.acme.example/acme");

    // And the new provider.
    env.set("ACME_KEY", "acme-key-0000000042");
    let out = snapshot!(
        env,
        "integrations_add_user_provider",
        env.run(&[
            "--template-dir", &dir, "integration", "add", "acme_crm", "--name", "acme",
            "--field", "account=acme", "--secret", "api_key=env:ACME_KEY",
        ])
    );
    assert_ok(&out, "add from a user template");
    let shown = env.json(&["--template-dir", &dir, "integration", "show", "acme"]);
    assert_eq!(shown["provider"], "acme_crm");
    assert_eq!(shown["effective_base_url"], "https://acme.crm.acme.example");
    assert_eq!(shown["secrets"]["api_key"], "****0042");
}

#[test]
fn xdg_config_templates_and_crmctl_template_dir_are_read_too() {
    let mut env = TestEnv::with_env_key();
    let cfg = env.write("config/crmctl/templates/acme-crm.yaml", NEW_PROVIDER);
    let list = env.json(&["template", "list"]);
    let acme = list.as_array().unwrap().iter().find(|t| t["id"] == "acme_crm").expect("acme_crm from XDG_CONFIG_HOME");
    assert_eq!(acme["source"], cfg.display().to_string());

    // A later directory wins over an earlier one.
    let later = env.write("work/later/acme.yaml", &NEW_PROVIDER.replace("name: Acme CRM", "name: Acme CRM (later)"));
    env.set("CRMCTL_TEMPLATE_DIR", env.path("work/later").to_str().unwrap());
    let list = env.json(&["template", "list"]);
    let acme = list.as_array().unwrap().iter().find(|t| t["id"] == "acme_crm").unwrap();
    assert_eq!(acme["name"], "Acme CRM (later)");
    assert_eq!(acme["source"], later.display().to_string());
}
