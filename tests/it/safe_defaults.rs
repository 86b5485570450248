//! Safe by default: every destructive or replacing command names what goes
//! (synced records and articles by count), refuses without a terminal and
//! without --yes (exit 2, nothing changed), and has a --dry-run that changes
//! nothing.

use crate::common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A store with something of every kind a destructive command removes:
/// an integration with synced contacts and imported articles, a mapping, a
/// schedule, a webhook key, an assistant, a second org.
fn populated(sb: &Sb) -> TestEnv {
    let env = env_with_sandbox(sb);
    env.ok(&["sync", "sbx", "--stream", "contacts"]);
    env.ok(&["kb", "import", "sbx"]);
    env.ok(&[
        "mapping", "set", "sbx", "--stream", "contacts", "--target", "email", "--source", "email",
    ]);
    env.ok(&["schedule", "set", "sbx", "--kb", "--every", "6h"]);
    env.ok(&["webhook", "key", "sbx"]);
    env.ok(&["assistant", "add", "bot"]);
    env.ok(&["org", "add", "other"]);
    env
}

/// Everything a destructive command could take, as JSON, to compare
/// before and after.
fn state(env: &TestEnv) -> serde_json::Value {
    serde_json::json!({
        "orgs": env.json(&["org", "list"]),
        "assistants": env.json(&["assistant", "list"]),
        "integrations": env.json(&["integration", "list"]),
        "contacts": env.json(&["contacts", "list", "--all"]).as_array().unwrap().len(),
        "articles": env.json(&["kb", "list"]).as_array().unwrap().len(),
        "mappings": env.json(&["mapping", "list", "sbx"]),
        "schedules": env.json(&["schedule", "list"]).as_array().unwrap().len(),
        "key": env.json(&["key", "status"])["key_id"],
    })
}

const DESTRUCTIVE: &[&[&str]] = &[
    &["integration", "remove", "sbx"],
    &["assistant", "remove", "bot"],
    &["org", "remove", "default"],
    &[
        "mapping", "remove", "sbx", "--stream", "contacts", "--target", "email",
    ],
    &["schedule", "remove", "sbx", "--kb"],
    &["auth", "logout", "sbx"],
    &["webhook", "key", "sbx"],
    &["key", "rotate"],
];

#[test]
fn destructive_commands_refuse_without_a_terminal_and_change_nothing() {
    let sb = Sb::start(5, std::time::Duration::ZERO);
    let env = populated(&sb);
    let before = state(&env);
    assert_eq!(before["contacts"], 5);
    assert_eq!(before["articles"], 5);
    for args in DESTRUCTIVE {
        let out = env.run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("needs confirmation")
                && err.contains("nothing was changed")
                && err.contains("pass --yes"),
            "{args:?}: {err}"
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?} printed data: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(state(&env), before, "{args:?} changed the store");
    }
    // The ones that take synced data say how much, by count.
    for args in [
        &["integration", "remove", "sbx"][..],
        &["org", "remove", "default"],
    ] {
        let err = stderr(&env.run(args));
        assert!(
            err.contains("5 synced records")
                && err.contains("5 knowledge-base articles")
                && err.contains("2 sealed secrets"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn every_destructive_command_has_a_dry_run_that_changes_nothing() {
    let sb = Sb::start(5, std::time::Duration::ZERO);
    let env = populated(&sb);
    let before = state(&env);
    for args in DESTRUCTIVE {
        let mut a = args.to_vec();
        a.push("--dry-run");
        let out = env.run(&a);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(0), "{a:?}: {err}");
        assert!(
            err.contains("Dry run: would ") && err.contains("nothing was changed"),
            "{a:?}: {err}"
        );
        assert_eq!(state(&env), before, "{a:?} changed the store");
    }
    let err = stderr(&env.run(&["integration", "remove", "sbx", "--dry-run"]));
    assert!(err.contains("integration sbx (sandbox); 2 sealed secrets; 5 synced records; 5 knowledge-base articles"), "{err}");
    let err = stderr(&env.run(&["webhook", "key", "sbx", "--dry-run"]));
    assert!(
        err.contains("would replace the webhook key of sbx"),
        "{err}"
    );
}

#[test]
fn apply_prune_without_a_terminal_and_without_yes_deletes_nothing_and_exits_2() {
    let sb = Sb::start(5, std::time::Duration::ZERO);
    let env = populated(&sb);
    // A file that declares the default org and nothing in it: --prune
    // would delete the assistant and the integration with its data.
    env.write("work/one-org.yaml", "kind: org\nname: default\n");
    let before = state(&env);
    let out = env.run(&["apply", "-f", "one-org.yaml", "--prune"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for what in [
        "1 assistant",
        "1 integration",
        "5 synced records",
        "5 knowledge-base articles",
        "nothing was changed",
        "pass --yes",
    ] {
        assert!(err.contains(what), "missing {what:?}: {err}");
    }
    assert_eq!(state(&env), before, "apply --prune deleted something");

    // The dry run names the same losses and writes nothing.
    let out = env.run(&["apply", "-f", "one-org.yaml", "--prune", "--dry-run"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("The deletes would take: 1 assistant; 1 integration; 2 sealed secrets; 5 synced records; 5 knowledge-base articles."), "{err}");
    assert_eq!(state(&env), before);

    // --yes goes ahead.
    env.ok(&["apply", "-f", "one-org.yaml", "--prune", "--yes"]);
    assert_eq!(env.json(&["integration", "list"]), serde_json::json!([]));
    assert_eq!(env.json(&["assistant", "list"]), serde_json::json!([]));
}

#[test]
fn yes_and_crmctl_yes_confirm_without_a_terminal() {
    let sb = Sb::start(2, std::time::Duration::ZERO);
    let mut env = populated(&sb);
    env.ok(&["schedule", "remove", "sbx", "--kb", "--yes"]);
    assert_eq!(env.json(&["schedule", "list"]), serde_json::json!([]));
    env.ok(&[
        "mapping", "remove", "sbx", "--stream", "contacts", "--target", "email", "-y",
    ]);
    env.set("CRMCTL_YES", "1");
    env.ok(&["assistant", "remove", "bot"]);
    env.ok(&["integration", "remove", "sbx"]);
    assert_eq!(env.json(&["integration", "list"]), serde_json::json!([]));
    assert_eq!(
        env.json(&["contacts", "list", "--all"]),
        serde_json::json!([])
    );
    // CRMCTL_YES=0 does not confirm.
    env.set("CRMCTL_YES", "0");
    assert_eq!(env.run(&["org", "remove", "other"]).status.code(), Some(2));
}
