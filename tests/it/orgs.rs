//! Orgs (tenants), their settings and assistants, and the isolation between
//! orgs: one org can never read, change or remove another's integrations.

use std::process::Output;

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

fn org_names(env: &TestEnv) -> Vec<String> {
    env.json(&["org", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_string())
        .collect()
}

fn org(env: &TestEnv, name: &str) -> serde_json::Value {
    env.json(&["org", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("org {name} is listed"))
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env).query_row(sql, (), |r| r.get(0)).unwrap()
}

/// Adds a Zendesk integration in `org`.
fn add_in(env: &mut TestEnv, org: &str, name: &str, token: &str, extra: &[&str]) {
    env.set("ZD_TOKEN", token);
    let mut args = vec![
        "--org", org, "integration", "add", "zendesk", "--name", name,
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ];
    args.extend(extra);
    env.ok(&args);
}

// ---------------------------------------------------------------------------
// Orgs
// ---------------------------------------------------------------------------

#[test]
fn a_new_store_has_only_the_default_org() {
    let env = TestEnv::with_env_key();
    assert_eq!(org_names(&env), ["default"]);
}

#[test]
fn org_add_list_and_remove() {
    let env = TestEnv::with_env_key();
    let out = snapshot!(env, "orgs_add", env.run(&["org", "add", "acme"]));
    assert!(out.status.success());
    assert_eq!(org_names(&env), ["acme", "default"]);
    let acme = org(&env, "acme");
    assert_eq!(acme["settings"], serde_json::json!({}));
    assert!(acme["id"].as_str().is_some_and(|id| id.len() == 36));
    assert!(acme["created_at"].is_string());

    let out = snapshot!(env, "orgs_remove_needs_yes", env.run(&["org", "remove", "acme"]));
    assert_exit_2(&out, "org remove without --yes");
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    assert_eq!(org_names(&env), ["acme", "default"], "nothing removed without --yes");

    let out = env.run(&["org", "remove", "acme", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("Removed org acme"), "{}", stderr(&out));
    assert_eq!(org_names(&env), ["default"]);

    let out = env.run(&["org", "remove", "acme", "--yes"]);
    assert_exit_2(&out, "removing a removed org");
    assert!(stderr(&out).contains("org 'acme' not found"), "{}", stderr(&out));
}

#[test]
fn org_list_table() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    env.ok(&["org", "set", "acme", "agent_limit=3"]);
    snapshot!(env, "orgs_list", env.run(&["org", "list"]));
}

#[test]
fn default_org_cannot_be_removed() {
    let env = TestEnv::with_env_key();
    let out = snapshot!(env, "orgs_remove_default", env.run(&["org", "remove", "default", "--yes"]));
    assert_exit_2(&out, "removing the default org");
    assert!(stderr(&out).contains("the default org cannot be removed"), "{}", stderr(&out));
    assert_eq!(org_names(&env), ["default"]);
}

#[test]
fn org_add_refuses_duplicates_and_invalid_names() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    let out = env.run(&["org", "add", "acme"]);
    assert_exit_2(&out, "duplicate org");
    assert!(stderr(&out).contains("org 'acme' already exists"), "{}", stderr(&out));
    for bad in ["has space", "_leading-underscore", ".leading-dot", "", &"x".repeat(65)] {
        let out = env.run(&["org", "add", bad]);
        assert_exit_2(&out, &format!("org name {bad:?}"));
        assert!(stderr(&out).contains("invalid org name"), "{bad:?}: {}", stderr(&out));
    }
    assert_eq!(org_names(&env), ["acme", "default"]);
}

/// The duplicate hint must point at a command that exists: there is no
/// `org edit` (nor `assistant edit`).
#[test]
fn duplicate_org_and_assistant_hints_name_commands_that_exist() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    env.ok(&["assistant", "add", "bot"]);
    for (args, kind) in [(&["org", "add", "acme"][..], "org"), (&["assistant", "add", "bot"], "assistant")] {
        let out = env.run(args);
        assert_exit_2(&out, &format!("duplicate {kind}"));
        let err = stderr(&out);
        assert!(err.contains("already exists"), "{err}");
        let help = env.run(&[kind, "edit", "--help"]);
        let edit_exists = help.status.success();
        assert!(
            edit_exists || !err.contains("`edit` command"),
            "the hint for a duplicate {kind} points at `{kind} edit`, which does not exist:\n{err}"
        );
    }
}

/// `org remove --help` documents NAME as "Name (or id)".
#[test]
fn org_remove_accepts_the_org_id() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    let help = env.ok(&["org", "remove", "--help"]);
    assert!(help.contains("Name (or id)"), "{help}");
    let id = org(&env, "acme")["id"].as_str().unwrap().to_string();
    let out = env.run(&["org", "remove", &id, "--yes"]);
    assert!(out.status.success(), "org remove <id> failed: {}", stderr(&out));
    assert_eq!(org_names(&env), ["default"]);
}

#[test]
fn removing_an_org_removes_its_assistants_integrations_and_secrets_only() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    env.ok(&["org", "add", "other"]);
    env.ok(&["--org", "acme", "assistant", "add", "bot"]);
    add_in(&mut env, "acme", "zd", "acme-token-0123456789", &[]);
    add_in(&mut env, "acme", "zd-bot", "acme-token-0123456789", &["--assistant", "bot"]);
    add_in(&mut env, "other", "zd", "other-token-0123456789", &[]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets"), 3);

    env.ok(&["org", "remove", "acme", "--yes"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integrations"), 1);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets"), 1);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM assistants"), 0);
    let shown = env.json(&["--org", "other", "integration", "show", "zd"]);
    assert_eq!(shown["secrets"]["api_token"], "****6789", "the other org's secret still opens");

    // A new org of the same name starts empty.
    env.ok(&["org", "add", "acme"]);
    assert_eq!(env.json(&["--org", "acme", "integration", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["--org", "acme", "assistant", "list"]), serde_json::json!([]));
}

// ---------------------------------------------------------------------------
// Org settings
// ---------------------------------------------------------------------------

#[test]
fn org_set_agent_limit_sets_and_clears_it() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    let out = snapshot!(env, "orgs_set_agent_limit", env.run(&["org", "set", "acme", "agent_limit=3"]));
    assert!(out.status.success());
    assert_eq!(org(&env, "acme")["settings"], serde_json::json!({"agent_limit": 3}));
    assert_eq!(org(&env, "default")["settings"], serde_json::json!({}), "only acme changed");

    let shown = env.json(&["org", "set", "acme", "agent_limit=-1"]);
    assert_eq!(shown[0]["settings"]["agent_limit"], -1, "-1 means unlimited");
    env.ok(&["org", "set", "acme", "agent_limit=0"]);
    assert_eq!(org(&env, "acme")["settings"]["agent_limit"], 0);

    env.ok(&["org", "set", "acme", "agent_limit="]);
    assert_eq!(org(&env, "acme")["settings"], serde_json::json!({}), "an empty value clears it");
}

#[test]
fn org_set_refuses_invalid_values_and_keys() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    env.ok(&["org", "set", "acme", "agent_limit=3"]);
    let out = snapshot!(env, "orgs_set_invalid_value", env.run(&["org", "set", "acme", "agent_limit=abc"]));
    assert_exit_2(&out, "agent_limit=abc");
    assert!(stderr(&out).contains("agent_limit must be integer"), "{}", stderr(&out));
    for bad in ["agent_limit=-2", "agent_limit=3.5", "agent_limit= 3", "agent_limit=99999999999999999999"] {
        let out = env.run(&["org", "set", "acme", bad]);
        assert_exit_2(&out, bad);
        assert!(stderr(&out).contains("agent_limit must be"), "{bad}: {}", stderr(&out));
    }
    let out = snapshot!(env, "orgs_set_unknown_key", env.run(&["org", "set", "acme", "colour=blue"]));
    assert_exit_2(&out, "unknown setting");
    assert!(stderr(&out).contains("unknown org setting 'colour'"), "{}", stderr(&out));
    assert!(stderr(&out).contains("agent_limit"), "the hint lists known settings: {}", stderr(&out));
    let out = env.run(&["org", "set", "acme", "agent_limit"]);
    assert_exit_2(&out, "no =");
    assert!(stderr(&out).contains("is not KEY=VALUE"), "{}", stderr(&out));
    let out = env.run(&["org", "set", "nope", "agent_limit=3"]);
    assert_exit_2(&out, "unknown org");
    assert!(stderr(&out).contains("org 'nope' not found"), "{}", stderr(&out));

    assert_eq!(org(&env, "acme")["settings"], serde_json::json!({"agent_limit": 3}), "unchanged by refused sets");
}

// ---------------------------------------------------------------------------
// Assistants
// ---------------------------------------------------------------------------

#[test]
fn assistant_add_list_and_remove_in_an_org() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    let out = snapshot!(env, "orgs_assistant_add", env.run(&["--org", "acme", "assistant", "add", "voice-bot"]));
    assert!(out.status.success());
    env.ok(&["--org", "acme", "assistant", "add", "chat-bot", "--integrations-disabled"]);

    let list = env.json(&["--org", "acme", "assistant", "list"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["name"], "chat-bot");
    assert_eq!(rows[0]["integrations_enabled"], false);
    assert_eq!(rows[1]["name"], "voice-bot");
    assert_eq!(rows[1]["integrations_enabled"], true);
    assert!(rows.iter().all(|a| a["org"] == "acme"));
    assert_eq!(env.json(&["assistant", "list"]), serde_json::json!([]), "not in the default org");

    let out = env.run(&["--org", "acme", "assistant", "remove", "voice-bot"]);
    assert_exit_2(&out, "assistant remove without --yes");
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    assert_eq!(env.json(&["--org", "acme", "assistant", "list"]).as_array().unwrap().len(), 2);

    env.ok(&["--org", "acme", "assistant", "remove", "voice-bot", "--yes"]);
    let names: Vec<_> = env.json(&["--org", "acme", "assistant", "list"]).as_array().unwrap().iter().map(|a| a["name"].clone()).collect();
    assert_eq!(names, ["chat-bot"]);

    // By id, too.
    let id = env.json(&["--org", "acme", "assistant", "list"])[0]["id"].as_str().unwrap().to_string();
    env.ok(&["--org", "acme", "assistant", "remove", &id, "--yes"]);
    assert_eq!(env.json(&["--org", "acme", "assistant", "list"]), serde_json::json!([]));
}

#[test]
fn assistant_add_refuses_duplicates_and_bad_names_but_allows_the_same_name_in_another_org() {
    let env = TestEnv::with_env_key();
    env.ok(&["org", "add", "acme"]);
    env.ok(&["assistant", "add", "bot"]);
    let out = env.run(&["assistant", "add", "bot"]);
    assert_exit_2(&out, "duplicate assistant");
    assert!(stderr(&out).contains("assistant 'bot' already exists in org 'default'"), "{}", stderr(&out));
    let out = env.run(&["assistant", "add", "bad name"]);
    assert_exit_2(&out, "bad assistant name");
    assert!(stderr(&out).contains("invalid assistant name"), "{}", stderr(&out));
    env.ok(&["--org", "acme", "assistant", "add", "bot"]);
    let out = env.run(&["--org", "nope", "assistant", "add", "bot"]);
    assert_exit_2(&out, "assistant in an unknown org");
}

#[test]
fn removing_an_assistant_removes_only_its_own_integrations() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["assistant", "add", "bot"]);
    add_in(&mut env, "default", "org-wide", "org-wide-token-0123", &[]);
    add_in(&mut env, "default", "bot-only", "bot-only-token-0123", &["--assistant", "bot"]);
    let out = env.run(&["assistant", "remove", "bot", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(1 integrations)"), "reports how many went: {}", stderr(&out));
    let names: Vec<_> = env.json(&["integration", "list"]).as_array().unwrap().iter().map(|i| i["name"].clone()).collect();
    assert_eq!(names, ["org-wide"]);
    assert_eq!(count(&env, "SELECT COUNT(*) FROM integration_secrets"), 1, "its secrets went too");
}

#[test]
fn another_orgs_assistant_cannot_be_used() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "add", "a"]);
    env.ok(&["org", "add", "b"]);
    env.ok(&["--org", "b", "assistant", "add", "b-bot"]);
    let b_bot = env.json(&["--org", "b", "assistant", "list"])[0]["id"].as_str().unwrap().to_string();
    env.set("ZD_TOKEN", "a-token-0123456789");
    for who in ["b-bot", b_bot.as_str()] {
        let out = env.run(&[
            "--org", "a", "integration", "add", "zendesk", "--name", "zd",
            "--field", "subdomain=acme", "--field", "email=ops@acme.com",
            "--secret", "api_token=env:ZD_TOKEN", "--assistant", who,
        ]);
        assert_exit_2(&out, &format!("org a using org b's assistant {who}"));
        assert!(stderr(&out).contains("not found in org 'a'"), "{}", stderr(&out));
        let out = env.run(&["--org", "a", "assistant", "remove", who, "--yes"]);
        assert_exit_2(&out, &format!("org a removing org b's assistant {who}"));
    }
    assert_eq!(env.json(&["--org", "a", "integration", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["--org", "b", "assistant", "list"]).as_array().unwrap().len(), 1);
}

// ---------------------------------------------------------------------------
// Isolation between orgs
// ---------------------------------------------------------------------------

/// Orgs a and b; b has `b-zd` (disabled, priority 50, assistant-specific)
/// and a has `a-zd`. Returns b's integration id.
fn two_orgs() -> (TestEnv, String) {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "add", "a"]);
    env.ok(&["org", "add", "b"]);
    env.ok(&["--org", "b", "assistant", "add", "b-bot"]);
    add_in(&mut env, "a", "a-zd", "a-token-0123456789", &[]);
    add_in(&mut env, "b", "b-zd", "b-token-0123456789", &["--priority", "50", "--assistant", "b-bot", "--disabled"]);
    let id = env.json(&["--org", "b", "integration", "show", "b-zd"])["id"].as_str().unwrap().to_string();
    (env, id)
}

#[test]
fn org_a_cannot_reach_org_bs_integration_by_name_or_id() {
    let (mut env, b_id) = two_orgs();
    env.set("ZD_TOKEN", "a-replacement-token-0000");
    let b_before = env.json(&["--org", "b", "integration", "show", "b-zd"]);
    let list_before = env.json(&["--org", "b", "integration", "list"]);

    for target in ["b-zd", b_id.as_str()] {
        let attempts: Vec<Vec<&str>> = vec![
            vec!["integration", "show", target],
            vec!["integration", "show", target, "-o", "json"],
            vec!["integration", "edit", target, "--priority", "1"],
            vec!["integration", "edit", target, "--secret", "api_token=env:ZD_TOKEN"],
            vec!["integration", "edit", target, "--rename", "stolen"],
            vec!["integration", "remove", target, "--yes"],
            vec!["integration", "enable", target],
            vec!["integration", "disable", target],
        ];
        for attempt in attempts {
            let mut args = vec!["--org", "a"];
            args.extend(&attempt);
            let out = env.run(&args);
            assert_exit_2(&out, &format!("{args:?}"));
            let err = stderr(&out);
            assert!(
                err.contains(&format!("integration '{target}' not found in org 'a'")),
                "{args:?} says not found in org a:\n{err}"
            );
            assert!(out.stdout.is_empty(), "{args:?} printed data: {}", String::from_utf8_lossy(&out.stdout));
            assert!(!err.contains("b-token"), "{args:?} leaked org b's secret");
        }
    }
    let out = snapshot!(env, "orgs_isolation_show", env.run(&["--org", "a", "integration", "show", "b-zd"]));
    assert_exit_2(&out, "show of org b's integration from org a");

    assert_eq!(env.json(&["--org", "b", "integration", "show", "b-zd"]), b_before, "org b's integration changed");
    assert_eq!(env.json(&["--org", "b", "integration", "list"]), list_before);
    let a_names: Vec<_> = env.json(&["--org", "a", "integration", "list"]).as_array().unwrap().iter().map(|i| i["name"].clone()).collect();
    assert_eq!(a_names, ["a-zd"], "org a lists only its own");
}

#[test]
fn the_same_name_in_two_orgs_names_two_separate_integrations() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "add", "a"]);
    env.ok(&["org", "add", "b"]);
    add_in(&mut env, "a", "shared", "a-token-aaaa", &[]);
    add_in(&mut env, "b", "shared", "b-token-bbbb", &[]);
    let a = env.json(&["--org", "a", "integration", "show", "shared"]);
    let b = env.json(&["--org", "b", "integration", "show", "shared"]);
    assert_ne!(a["id"], b["id"]);
    assert_eq!(a["secrets"]["api_token"], "****aaaa");
    assert_eq!(b["secrets"]["api_token"], "****bbbb");

    env.ok(&["--org", "a", "integration", "edit", "shared", "--priority", "1"]);
    env.ok(&["--org", "a", "integration", "disable", "shared"]);
    assert_eq!(env.json(&["--org", "b", "integration", "show", "shared"]), b, "editing a's left b's alone");

    env.ok(&["--org", "a", "integration", "remove", "shared", "--yes"]);
    assert_eq!(env.json(&["--org", "a", "integration", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["--org", "b", "integration", "show", "shared"]), b, "removing a's left b's alone");
}

#[test]
fn a_sealed_value_moved_to_another_org_does_not_open() {
    let mut env = TestEnv::with_env_key();
    env.ok(&["org", "add", "a"]);
    env.ok(&["org", "add", "b"]);
    add_in(&mut env, "a", "zd", "a-token-aaaa-0123", &[]);
    add_in(&mut env, "b", "zd", "b-token-bbbb-0123", &[]);
    let a_id = env.json(&["--org", "a", "integration", "show", "zd"])["id"].as_str().unwrap().to_string();
    let b_id = env.json(&["--org", "b", "integration", "show", "zd"])["id"].as_str().unwrap().to_string();
    let c = store_db(&env);
    let b_sealed: String = c
        .query_row("SELECT sealed FROM integration_secrets WHERE integration_id = ?1", [&b_id], |r| r.get(0))
        .unwrap();
    c.execute("UPDATE integration_secrets SET sealed = ?1 WHERE integration_id = ?2", (&b_sealed, &a_id)).unwrap();
    drop(c);
    let out = env.run(&["--org", "a", "integration", "show", "zd"]);
    assert_exit_2(&out, "org b's sealed value in org a's row");
    assert!(stderr(&out).contains("failed to open"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("b-token"), "{}", stderr(&out));
}
