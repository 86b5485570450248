//! The audit log: each kind of configuration change writes a row naming
//! the command, what it changed and the fields by name, with the OS user
//! and host; read-only commands and dry runs write none; canary secrets
//! appear nowhere in it.

use serde_json::Value;

use crate::common::*;

fn audit(env: &TestEnv) -> Vec<Value> {
    env.json(&["logs", "tail", "--kind", "audit", "--limit", "100"]).as_array().unwrap().clone()
}

#[test]
fn each_kind_of_change_writes_a_row_without_secret_values() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", CANARY);
    env.set("USER", "ops-ann");
    env.ok(&["integration", "add", "sandbox", "--name", "crm", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    env.ok(&["integration", "edit", "crm", "--priority", "5", "--secret", "api_key=env:SBX_KEY"]);
    env.ok(&["integration", "disable", "crm"]);
    env.ok(&["integration", "enable", "crm"]);
    env.set("HOOK_KEY", CANARY);
    env.ok(&["webhook", "key", "crm", "--from", "env:HOOK_KEY"]);
    env.ok(&["org", "add", "other"]);
    env.ok(&["assistant", "add", "bot"]);
    env.ok(&["schedule", "set", "crm", "--kb", "--every", "6h"]);
    let new_key = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new_key);
    env.ok(&["key", "rotate", "--yes"]);
    env.set("CRMCTL_MASTER_KEY", &new_key);
    // Reads and dry runs are not changes.
    env.ok(&["integration", "list"]);
    env.ok(&["integration", "show", "crm"]);
    env.write(
        "doc.yaml",
        "kind: integration\nname: crm2\nprovider: sandbox\nfields: {base_url: 'http://127.0.0.1:9'}\nsecrets: {api_key: '${env:SBX_KEY}'}\n",
    );
    let doc = env.path("doc.yaml");
    env.ok(&["apply", "-f", doc.to_str().unwrap(), "--dry-run"]);
    env.ok(&["apply", "-f", doc.to_str().unwrap()]);
    env.ok(&["integration", "remove", "crm2", "--yes"]);

    let rows = audit(&env);
    let actions: Vec<&str> = rows.iter().map(|r| r["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "key init", "integration add", "integration edit", "integration disable", "integration enable", "webhook key", "org add", "assistant add",
            "schedule set", "key rotate", "apply", "integration remove"
        ]
    );
    assert_eq!(rows[1]["subject"], "crm");
    assert_eq!(rows[1]["fields"], serde_json::json!(["field.base_url", "name", "secret.api_key"]));
    assert_eq!(rows[2]["fields"], serde_json::json!(["priority", "secret.api_key"]));
    assert_eq!(rows[6]["subject"], "other");
    assert!(rows[0]["os_user"].as_str().is_some_and(|u| !u.is_empty() && u != "unknown"), "without $USER, the uid's name");
    for r in &rows[1..] {
        assert_eq!(r["os_user"], "ops-ann");
    }
    for r in &rows {
        assert!(r["host"].as_str().is_some_and(|h| !h.is_empty()));
        assert!(r["at"].as_str().unwrap().ends_with('Z'));
    }
    let out = env.run(&["logs", "tail", "--kind", "audit"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("integration disable"));
    assert_no_canary(&env, &out, "the audit log");
    let db = store_db(&env);
    let dump: String = db
        .query_map("SELECT action || COALESCE(subject, '') || fields || os_user || host FROM audit_log", (), |r| r.get::<String>(0))
        .unwrap()
        .join("|");
    assert!(!dump.contains(CANARY) && !dump.contains("env:SBX_KEY"), "{dump}");
}

#[test]
fn a_failed_change_writes_no_row() {
    let env = TestEnv::with_env_key();
    let out = env.run(&["integration", "add", "sandbox", "--name", "crm", "--secret", "api_key=env:MISSING_VAR"]);
    assert!(!out.status.success());
    let rows = audit(&env);
    assert_eq!(rows.len(), 1, "only the key init: {rows:?}");
    assert_eq!(rows[0]["action"], "key init");
    assert_eq!(env.run(&["logs", "tail", "--kind", "audit", "--follow"]).status.code(), Some(2));
}
