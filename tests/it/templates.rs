//! `template list`, `show`, `validate` and `schema`.

use std::process::Output;

use serde_json::{json, Value};

use crate::common::*;
use crate::snapshot;

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_exit_2(out: &Output, what: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: expected exit 2\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        stderr(out)
    );
}

/// The built-in templates this build must ship (the catalog may hold more).
const BUILT_INS: &[&str] = &[
    "chatwoot", "custom_rest", "dynamics365", "freshdesk", "hubspot", "jira", "pipedrive",
    "salesforce", "zendesk", "zoho_crm", "zoho_desk",
];

const GOOD: &str = "\
id: acme_crm
name: Acme CRM
category: crm
description: In-house CRM.
fields:
  - key: account
    label: Account
    required: true
    pattern: \"[a-z][a-z0-9-]*\"
  - key: region
    label: Region
    type: enum
    enum: [eu, us]
    default: eu
  - key: api_key
    label: API key
    required: true
    secret: true
base_url: \"https://{{ account }}.{{ region }}.acme.example\"
auth:
  type: bearer
  token: \"{{ api_key }}\"
test:
  method: GET
  path: /v1/me
  expect:
    status: [200]
actions:
  log_call:
    description: Log the call.
    method: POST
    path: /v1/calls
    body:
      summary: \"{{ event.summary }}\"
      account: \"{{ account }}\"
unsupported:
  - capability: deals
    reason: Acme has no deals.
";

// ---------------------------------------------------------------------------
// list
// ---------------------------------------------------------------------------

#[test]
fn list_json_has_every_builtin_with_its_summary() {
    let env = TestEnv::new();
    let list = env.json(&["template", "list"]);
    let rows = list.as_array().unwrap();
    let ids: Vec<&str> = rows.iter().map(|t| t["id"].as_str().unwrap()).collect();
    for id in BUILT_INS {
        assert!(ids.contains(id), "built-in {id} is listed: {ids:?}");
    }
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "listed by id");
    for t in rows {
        let keys: Vec<&str> = t.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6, "{t}");
        for k in ["id", "name", "category", "auth", "actions", "source"] {
            assert!(t.get(k).is_some(), "{k} in {t}");
        }
        assert_eq!(t["source"], "built-in");
        assert!(t["actions"].is_array());
    }
    let zd = rows.iter().find(|t| t["id"] == "zendesk").unwrap();
    assert_eq!(zd["name"], "Zendesk Support");
    assert_eq!(zd["category"], "helpdesk");
    assert_eq!(zd["auth"], "basic");
    assert_eq!(zd["actions"], json!(["add_comment", "create_ticket", "upsert_user"]));
    let hs = rows.iter().find(|t| t["id"] == "hubspot").unwrap();
    assert_eq!(hs["auth"], "bearer");
    assert_eq!(hs["category"], "crm");
    assert!(!env.db.exists(), "template commands need no store");
}

#[test]
fn list_table_has_a_row_per_template() {
    let env = TestEnv::new();
    let out = env.run(&["template", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let header = text.lines().next().unwrap();
    for col in ["ID", "NAME", "CATEGORY", "AUTH", "ACTIONS", "SOURCE"] {
        assert!(header.contains(col), "{header}");
    }
    let count = env.json(&["template", "list"]).as_array().unwrap().len();
    assert_eq!(text.lines().count(), count + 1, "{text}");
    let zd = text.lines().find(|l| l.trim_start().starts_with("zendesk ")).expect("a zendesk row");
    assert!(zd.contains("Zendesk Support") && zd.contains("basic") && zd.contains("built-in"), "{zd}");
}

// ---------------------------------------------------------------------------
// show
// ---------------------------------------------------------------------------

#[test]
fn show_zendesk_describes_fields_auth_test_actions_and_what_it_cannot_do() {
    let env = TestEnv::new();
    let out = snapshot!(env, "templates_show_zendesk", env.run(&["template", "show", "zendesk"]));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for want in [
        "subdomain (string, required)",
        "email (email, required)",
        "api_token (string, required, secret)",
        "auth:",
        "basic",
        "GET /api/v2/users/me",
        "create_ticket: POST /api/v2/tickets",
        "cannot:",
        "deals:",
    ] {
        assert!(text.contains(want), "{want:?} in:\n{text}");
    }

    let t = env.json(&["template", "show", "zendesk"]);
    assert_eq!(t["id"], "zendesk");
    assert_eq!(t["source"], "built-in");
    let fields: Vec<_> = t["fields"].as_array().unwrap().iter().map(|f| f["key"].clone()).collect();
    assert_eq!(fields, ["subdomain", "email", "api_token"]);
    let token = &t["fields"][2];
    assert_eq!(token["secret"], true);
    assert_eq!(token["required"], true);
    assert_eq!(t["fields"][0]["pattern"], "^[a-z0-9][a-z0-9-]*$");
    assert_eq!(t["fields"][1]["type"], "email");
    assert_eq!(t["auth"], json!({"type": "basic", "username": "{{ email }}/token", "password": "{{ api_token }}"}));
    assert_eq!(t["test"]["method"], "GET");
    assert_eq!(t["test"]["path"], "/api/v2/users/me");
    assert_eq!(t["test"]["expect"]["status"], json!([200]));
    let actions: Vec<&String> = t["actions"].as_object().unwrap().keys().collect();
    assert_eq!(actions, ["add_comment", "create_ticket", "upsert_user"]);
    assert_eq!(t["actions"]["create_ticket"]["method"], "POST");
    assert_eq!(t["unsupported"][0]["capability"], "deals");
    assert!(t["unsupported"][0]["reason"].as_str().is_some_and(|r| !r.is_empty()));
}

#[test]
fn show_lists_unsupported_capabilities_only_where_there_are_some() {
    let env = TestEnv::new();
    let chatwoot = env.json(&["template", "show", "chatwoot"]);
    assert!(!chatwoot["unsupported"].as_array().unwrap().is_empty());
    let text = env.ok(&["template", "show", "chatwoot"]);
    assert!(text.contains("cannot:"), "{text}");
    let cap = chatwoot["unsupported"][0]["capability"].as_str().unwrap();
    assert!(text.contains(&format!("{cap}:")), "{text}");

    let custom = env.json(&["template", "show", "custom_rest"]);
    assert!(custom.get("unsupported").is_none(), "custom_rest states no limits: {custom}");
    let text = env.ok(&["template", "show", "custom_rest"]);
    assert!(!text.contains("cannot:"), "{text}");
    assert!(text.contains("health_path (string, default /health)"), "{text}");
}

#[test]
fn show_an_unknown_template_is_not_found() {
    let env = TestEnv::new();
    let out = env.run(&["template", "show", "zendexk"]);
    assert_exit_2(&out, "unknown template");
    assert!(stderr(&out).contains("provider template 'zendexk' not found"), "{}", stderr(&out));
    assert!(stderr(&out).contains("zendesk"), "the hint lists what exists: {}", stderr(&out));
}

#[test]
fn show_a_user_template_names_its_file() {
    let env = TestEnv::new();
    let path = env.write("config/crmctl/templates/acme.yaml", GOOD);
    let t = env.json(&["template", "show", "acme_crm"]);
    assert_eq!(t["source"], path.display().to_string());
    assert_eq!(t["fields"][1]["enum"], json!(["eu", "us"]));
    assert_eq!(t["fields"][1]["default"], "eu");
}

// ---------------------------------------------------------------------------
// validate
// ---------------------------------------------------------------------------

#[test]
fn validate_accepts_a_good_template() {
    let env = TestEnv::new();
    env.write("work/acme.yaml", GOOD);
    let out = snapshot!(env, "templates_validate_good", env.run(&["template", "validate", "acme.yaml"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("acme.yaml: ok (acme_crm)"), "{}", stderr(&out));
    let json = env.json(&["template", "validate", "acme.yaml"]);
    assert_eq!(json, json!([{"file": "acme.yaml", "id": "acme_crm", "ok": true}]));
}

#[test]
fn validate_accepts_every_builtin_template_as_shown() {
    // What `template show -o yaml` prints (minus `source`) is a valid template.
    let env = TestEnv::new();
    for id in BUILT_INS {
        let mut t = env.json(&["template", "show", id]);
        t.as_object_mut().unwrap().remove("source");
        let file = env.write(&format!("work/{id}.json.yaml"), &serde_json::to_string_pretty(&t).unwrap());
        let out = env.run(&["template", "validate", file.to_str().unwrap()]);
        assert!(out.status.success(), "{id}: {}", stderr(&out));
    }
}

fn bad(env: &TestEnv, name: &str, text: &str) -> Output {
    let file = format!("{name}.yaml");
    env.write(&format!("work/{file}"), text);
    env.run(&["template", "validate", &file])
}

#[test]
fn validate_refuses_an_unknown_key_with_its_location() {
    let env = TestEnv::new();
    let text = GOOD.replace("category: crm\n", "category: crm\ncolour: blue\n");
    let out = bad(&env, "unknown-key", &text);
    let out = snapshot!(env, "templates_validate_unknown_key", out);
    assert_exit_2(&out, "unknown key");
    let err = stderr(&out);
    assert!(err.contains("unknown-key.yaml:4:"), "file and line 4: {err}");
    assert!(err.contains("unknown field `colour`"), "{err}");
}

#[test]
fn validate_refuses_an_unknown_key_inside_a_field() {
    let env = TestEnv::new();
    let text = GOOD.replace("    label: Account\n", "    label: Account\n    secrett: true\n");
    let out = bad(&env, "unknown-field-key", &text);
    assert_exit_2(&out, "unknown key in a field");
    assert!(stderr(&out).contains("unknown field `secrett`"), "{}", stderr(&out));
    assert!(stderr(&out).contains("unknown-field-key.yaml:8:5:"), "{}", stderr(&out));
}

#[test]
fn validate_refuses_an_invalid_regex_pattern() {
    let env = TestEnv::new();
    let text = GOOD.replace("pattern: \"[a-z][a-z0-9-]*\"", "pattern: \"[a-z\"");
    let out = snapshot!(env, "templates_validate_bad_regex", bad(&env, "bad-regex", &text));
    assert_exit_2(&out, "bad regex");
    let err = stderr(&out);
    assert!(err.contains("template bad-regex.yaml is invalid"), "{err}");
    assert!(err.contains("fields[0] (account): pattern does not compile"), "{err}");
}

#[test]
fn validate_refuses_a_rendered_string_naming_an_unknown_field() {
    let env = TestEnv::new();
    let text = GOOD.replace("path: /v1/me", "path: \"/v1/users/{{ user_id }}\"");
    let out = snapshot!(env, "templates_validate_unknown_variable", bad(&env, "unknown-var", &text));
    assert_exit_2(&out, "unknown variable");
    let err = stderr(&out);
    assert!(err.contains("test.path"), "names where: {err}");
    assert!(err.contains("'{{ user_id }}' is not a field of this template"), "{err}");

    // In an action, event.* is allowed but an unknown top-level name is not.
    let text = GOOD.replace("account: \"{{ account }}\"", "account: \"{{ acount }}\"");
    let out = bad(&env, "unknown-var-action", &text);
    assert_exit_2(&out, "unknown variable in an action");
    assert!(stderr(&out).contains("actions.log_call.body: '{{ acount }}' is not a field"), "{}", stderr(&out));

    // A string that does not parse as a template.
    let text = GOOD.replace("path: /v1/me", "path: \"/v1/{{ account \"");
    let out = bad(&env, "unparsable", &text);
    assert_exit_2(&out, "unparsable rendered string");
    assert!(stderr(&out).contains("test.path"), "{}", stderr(&out));
}

#[test]
fn validate_refuses_a_secret_field_in_the_base_url() {
    let env = TestEnv::new();
    let text = GOOD.replace(
        "base_url: \"https://{{ account }}.{{ region }}.acme.example\"",
        "base_url: \"https://{{ account }}.acme.example/{{ api_key }}\"",
    );
    let out = snapshot!(env, "templates_validate_secret_in_url", bad(&env, "secret-url", &text));
    assert_exit_2(&out, "secret in base_url");
    assert!(stderr(&out).contains("base_url: a secret field cannot appear in a URL"), "{}", stderr(&out));

    // Nor in a test path.
    let text = GOOD.replace("path: /v1/me", "path: \"/v1/me?key={{ api_key }}\"");
    let out = bad(&env, "secret-path", &text);
    assert_exit_2(&out, "secret in test.path");
    assert!(stderr(&out).contains("test.path: a secret field cannot appear in a URL"), "{}", stderr(&out));
}

#[test]
fn validate_refuses_other_schema_problems_together() {
    let env = TestEnv::new();
    let text = GOOD
        .replace("id: acme_crm", "id: Acme CRM")
        .replace("    secret: true\n", "    secret: true\n    default: not-allowed\n")
        .replace("    default: eu\n", "    default: au\n")
        .replace("status: [200]", "status: [200, 999]");
    let out = bad(&env, "many", &text);
    assert_exit_2(&out, "several problems");
    let err = stderr(&out);
    for want in [
        "id 'Acme CRM'",
        "a secret field cannot have a default",
        "default 'au' is invalid",
        "999 is not an HTTP status",
    ] {
        assert!(err.contains(want), "{want:?} in:\n{err}");
    }
}

#[test]
fn validate_several_files_reports_each() {
    let env = TestEnv::new();
    env.write("work/good.yaml", GOOD);
    env.write("work/bad-regex.yaml", &GOOD.replace("pattern: \"[a-z][a-z0-9-]*\"", "pattern: \"(\""));
    env.write("work/secret-url.yaml", &GOOD.replace("{{ region }}", "{{ api_key }}"));
    let out = env.run(&["template", "validate", "good.yaml", "bad-regex.yaml", "secret-url.yaml", "-o", "json"]);
    assert_exit_2(&out, "a mix of good and bad files");
    let results: Value = serde_json::from_slice(&out.stdout).expect("JSON results on stdout");
    assert_eq!(
        results,
        json!([
            {"file": "good.yaml", "id": "acme_crm", "ok": true},
            {"file": "bad-regex.yaml", "id": "", "ok": false},
            {"file": "secret-url.yaml", "id": "", "ok": false},
        ])
    );
    let err = stderr(&out);
    assert!(err.contains("bad-regex.yaml"), "{err}");
    assert!(err.contains("secret-url.yaml"), "{err}");
}

#[test]
fn validate_a_missing_file_fails() {
    let env = TestEnv::new();
    let out = env.run(&["template", "validate", "does-not-exist.yaml"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("does-not-exist.yaml"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------
// schema
// ---------------------------------------------------------------------------

/// Every `$ref` in the schema points at a definition that exists.
fn check_refs(v: &Value, root: &Value, at: &str) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                let ptr = r.strip_prefix('#').unwrap_or_else(|| panic!("{at}: non-local $ref {r}"));
                assert!(root.pointer(ptr).is_some(), "{at}: $ref {r} does not resolve");
            }
            for (k, x) in m {
                check_refs(x, root, &format!("{at}/{k}"));
            }
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| check_refs(x, root, &format!("{at}/{i}"))),
        _ => {}
    }
}

#[test]
fn schema_is_a_json_schema_describing_templates() {
    let env = TestEnv::new();
    let out = env.run(&["template", "schema"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let schema: Value = serde_json::from_slice(&out.stdout).expect("the schema is JSON");
    assert!(schema["$schema"].as_str().is_some_and(|s| s.starts_with("https://json-schema.org/")), "{}", schema["$schema"]);
    assert_eq!(schema["type"], "object");
    let props = schema["properties"].as_object().expect("properties");
    for k in ["id", "name", "category", "fields", "base_url", "auth", "test", "actions", "unsupported"] {
        assert!(props.contains_key(k), "properties.{k}");
    }
    assert_eq!(schema["properties"]["fields"]["type"], "array");
    let required: Vec<&str> = schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for k in ["id", "name", "category", "auth"] {
        assert!(required.contains(&k), "{k} is required");
    }
    assert_eq!(schema["additionalProperties"], false, "unknown keys are errors, as in validate");
    check_refs(&schema, &schema, "#");

    // The field definition uses the YAML names.
    let item_ref = schema["properties"]["fields"]["items"]["$ref"].as_str().expect("fields items $ref");
    let field = schema.pointer(item_ref.trim_start_matches('#')).unwrap();
    let field_props = field["properties"].as_object().unwrap();
    for k in ["key", "label", "type", "required", "secret", "pattern", "enum", "default"] {
        assert!(field_props.contains_key(k), "Field.properties.{k}");
    }
    assert!(field["description"].is_string() || field_props["key"]["description"].is_string(), "documented");
}

/// With several bad files, errors come in the order the files were given.
#[test]
fn validate_reports_errors_in_file_order() {
    let env = TestEnv::new();
    env.write("work/first.yaml", &GOOD.replace("pattern: \"[a-z][a-z0-9-]*\"", "pattern: \"(\""));
    env.write("work/second.yaml", &GOOD.replace("{{ region }}", "{{ api_key }}"));
    let out = env.run(&["template", "validate", "first.yaml", "second.yaml"]);
    assert_exit_2(&out, "two bad files");
    let err = stderr(&out);
    let first = err.find("first.yaml").expect("first.yaml is reported");
    let second = err.find("second.yaml").expect("second.yaml is reported");
    assert!(first < second, "first.yaml's error comes before second.yaml's:\n{err}");
}
