//! `-o` is honoured or refused with an error on every command: each leaf of
//! clap's command tree is listed here, and run with `-o json` (and the
//! fixed-form ones with `-o yaml`) against a real store and the sandbox.

use std::collections::BTreeSet;

use crate::common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every leaf command of the CLI, as "key rotate", "sync", ...
fn leaves() -> BTreeSet<String> {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, out: &mut BTreeSet<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.insert(path.trim().to_string());
        }
        for s in subs {
            walk(s, &format!("{path} {}", s.get_name()), out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&crmctl::cli::Cli::command(), "", &mut out);
    out
}

enum Expect {
    /// Runs and succeeds; stdout is empty, one JSON document, or JSON lines.
    Json,
    /// Refused: exit 2, the error says the format is not supported, nothing on stdout.
    Refused,
    /// Honours -o (through the same printer as the others) but is not run
    /// here, for the reason given.
    NotRun(&'static str),
}

fn is_json(stdout: &str) -> bool {
    stdout.trim().is_empty()
        || serde_json::from_str::<serde_json::Value>(stdout).is_ok()
        || stdout
            .lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
}

fn first_id(env: &TestEnv, args: &[&str]) -> String {
    let v = env.json(args);
    let first = if v.is_array() { v[0].clone() } else { v };
    first["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{args:?} has no id: {first}"))
        .to_string()
}

#[test]
fn every_leaf_command_honours_or_refuses_output() {
    use Expect::*;
    let sb = Sb::start(3, std::time::Duration::ZERO);
    let mut env = env_with_sandbox(&sb);
    env.set(
        "CRMCTL_KEY_FILE_PASSPHRASE",
        "a passphrase for the key file",
    );
    let base_url = format!("base_url={}", sb.sb().url());
    env.ok(&["test", "sbx"]);
    env.ok(&["sync", "sbx"]);
    env.ok(&["kb", "import", "sbx"]);
    env.ok(&[
        "integration",
        "edit",
        "sbx",
        "--on",
        "conversation_ended:log_call",
    ]);
    env.ok(&[
        "event",
        "fire",
        "conversation_ended",
        "--set",
        "conversation_id=c-1",
        "--set",
        "caller.phone=+61400000001",
    ]);
    env.ok(&["assistant", "add", "bot"]);
    env.ok(&["org", "add", "other"]);
    env.ok(&[
        "mapping", "set", "sbx", "--stream", "contacts", "--target", "email", "--source", "email",
    ]);
    env.ok(&["schedule", "set", "sbx", "--kb", "--every", "6h"]);
    env.write("work/one.yaml", "kind: org\nname: default\n");
    env.write("work/legacy.json", "[]\n");
    env.write(
        "work/record.json",
        "{\"id\": \"1\", \"email\": \"ann@acme.com\"}\n",
    );
    let template = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-configs/templates/acme-crm.yaml");
    let other_db = env.path("other.db");
    let copy_db = env.path("copy.db");

    let contact = first_id(&env, &["contacts", "list"]);
    let ticket = first_id(&env, &["tickets", "list"]);
    let deal = first_id(&env, &["deals", "list"]);
    let article = first_id(&env, &["kb", "list"]);
    let event = first_id(&env, &["event", "list"]);
    let step = first_id(&env, &["queue", "list"]);
    let log = first_id(&env, &["logs", "tail"]);

    let cases: Vec<(&str, Vec<&str>, Expect)> = vec![
        ("accounts list", vec![], Json),
        ("apply", vec!["-f", "one.yaml", "--dry-run"], Json),
        ("assistant add", vec!["bot2"], Json),
        ("assistant list", vec![], Json),
        ("assistant remove", vec!["bot2", "--yes"], Json),
        ("auth login", vec![], NotRun("waits for a browser sign-in")),
        ("auth logout", vec!["sbx", "--dry-run"], Json),
        ("auth status", vec!["sbx"], Json),
        (
            "chatwoot agents create",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        (
            "chatwoot agents list",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        (
            "chatwoot agents remove",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        (
            "chatwoot assign",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        (
            "chatwoot inboxes list",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        (
            "chatwoot unassign",
            vec![],
            NotRun("needs a Chatwoot account"),
        ),
        ("chatwoot bots attach", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot bots create", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot bots list", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot inboxes create", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot inboxes members add", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot inboxes members list", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot inboxes members remove", vec![], NotRun("needs a Chatwoot account")),
        ("chatwoot widget-script", vec!["--inbox", "1"], Refused),
        ("completions", vec!["bash"], Refused),
        ("contacts list", vec![], Json),
        ("contacts show", vec![&contact], Json),
        ("deals list", vec![], Json),
        ("deals show", vec![&deal], Json),
        ("doctor", vec![], Json),
        (
            "event fire",
            vec![
                "conversation_ended",
                "--set",
                "conversation_id=c-2",
                "--set",
                "caller.phone=+61400000002",
                "--dry-run",
            ],
            Json,
        ),
        ("event list", vec![], Json),
        ("event show", vec![&event], Json),
        ("event types", vec![], Json),
        ("export", vec![], Refused),
        (
            "import legacy",
            vec![
                "--format",
                "supabase-integrations",
                "--file",
                "legacy.json",
                "--dry-run",
            ],
            Json,
        ),
        (
            "integration add",
            vec![
                "sandbox",
                "--name",
                "sbx2",
                "--field",
                &base_url,
                "--secret",
                "api_key=env:SBX_KEY",
            ],
            Json,
        ),
        ("integration disable", vec!["sbx2"], Json),
        ("integration edit", vec!["sbx2", "--priority", "5"], Json),
        ("integration enable", vec!["sbx2"], Json),
        ("integration list", vec![], Json),
        ("integration remove", vec!["sbx2", "--yes"], Json),
        ("integration show", vec!["sbx"], Json),
        ("kb export", vec!["--format", "jsonl"], Refused),
        ("kb import", vec!["sbx"], Json),
        ("kb list", vec![], Json),
        ("kb search", vec!["a"], Json),
        ("kb show", vec![&article], Json),
        ("key export", vec!["--out", "key.json"], Json),
        ("key generate", vec![], Refused),
        ("key import", vec![], NotRun("writes to the OS keyring")),
        ("key init", vec![], NotRun("run below on a second store")),
        ("key rotate", vec!["--dry-run"], Json),
        ("key status", vec![], Json),
        ("logs show", vec![&log], Json),
        ("logs tail", vec![], Json),
        ("mapping list", vec!["sbx"], Json),
        (
            "mapping remove",
            vec![
                "sbx",
                "--stream",
                "contacts",
                "--target",
                "email",
                "--dry-run",
            ],
            Json,
        ),
        (
            "mapping set",
            vec![
                "sbx", "--stream", "contacts", "--target", "phone", "--source", "phone",
            ],
            Json,
        ),
        (
            "mapping test",
            vec!["sbx", "--stream", "contacts", "--record", "record.json"],
            Json,
        ),
        ("org add", vec!["third"], Json),
        ("org list", vec![], Json),
        ("org remove", vec!["third", "--yes"], Json),
        ("org set", vec!["other", "agent_limit=3"], Json),
        ("org plan list", vec![], Json),
        ("org plan set", vec!["other", "TEAM"], Json),
        ("org show", vec!["other"], Json),
        ("queue list", vec![], Json),
        ("queue process", vec![], Json),
        ("queue purge", vec!["--dead", "--dry-run"], Json),
        ("queue retry", vec!["--all-dead"], Json),
        ("queue show", vec![&step], Json),
        ("sandbox serve", vec![], Refused),
        ("schedule list", vec![], Json),
        ("schedule remove", vec!["sbx", "--kb", "--dry-run"], Json),
        (
            "schedule set",
            vec!["sbx", "--stream", "contacts", "--every", "1h"],
            Json,
        ),
        ("schema apply", vec![], Json),
        ("schema template", vec![], Json),
        (
            "send",
            vec![
                "sbx",
                "log_call",
                "--set",
                "conversation_id=c-3",
                "--set",
                "caller.phone=+61400000003",
                "--dry-run",
            ],
            Json,
        ),
        ("serve", vec![], Refused),
        ("stats", vec![], Json),
        ("store copy", vec!["--to", copy_db.to_str().unwrap()], Json),
        ("store info", vec![], Json),
        ("sync", vec!["sbx", "--stream", "contacts"], Json),
        ("template list", vec![], Json),
        ("template schema", vec![], Json),
        ("template show", vec!["sandbox"], Json),
        ("template validate", vec![template.to_str().unwrap()], Json),
        ("test", vec!["sbx"], Json),
        ("tickets list", vec![], Json),
        ("tickets show", vec![&ticket], Json),
        ("version", vec![], Json),
        ("webhook key", vec!["sbx"], Refused),
        (
            "worker",
            vec![],
            NotRun("runs until a signal; prints what queue process prints"),
        ),
    ];

    let listed: BTreeSet<String> = cases.iter().map(|(p, _, _)| p.to_string()).collect();
    assert_eq!(listed.len(), cases.len(), "a command is listed twice");
    assert_eq!(
        leaves(),
        listed,
        "every leaf command must be listed here with what -o does"
    );

    for (path, args, expect) in &cases {
        let mut a: Vec<&str> = path.split(' ').collect();
        a.extend(args.iter().copied());
        a.extend(["-o", "json"]);
        match expect {
            NotRun(why) => assert!(!why.is_empty(), "{a:?}: say why it is not run"),
            Json => {
                let out = env.run(&a);
                let stdout = String::from_utf8_lossy(&out.stdout);
                assert!(out.status.success(), "{a:?}: {}{stdout}", stderr(&out));
                assert!(is_json(&stdout), "{a:?} ignored -o json:\n{stdout}");
            }
            Refused => {
                let out = env.run(&a);
                assert_eq!(out.status.code(), Some(2), "{a:?}: {}", stderr(&out));
                assert!(
                    stderr(&out).contains("-o json is not supported"),
                    "{a:?}: {}",
                    stderr(&out)
                );
                assert!(out.stdout.is_empty(), "{a:?}");
            }
        }
    }
    // key init on a second store.
    let out = env.run(&[
        "--db",
        other_db.to_str().unwrap(),
        "key",
        "init",
        "-o",
        "json",
    ]);
    assert!(
        out.status.success() && is_json(&String::from_utf8_lossy(&out.stdout)),
        "{}",
        stderr(&out)
    );

    // The fixed-form and streaming commands refuse -o yaml.
    for a in [
        vec!["schema", "apply"],
        vec!["template", "schema"],
        vec!["queue", "process"],
        vec!["worker"],
        vec!["logs", "tail", "--follow"],
        vec!["completions", "bash"],
    ] {
        let mut a = a.clone();
        a.extend(["-o", "yaml"]);
        let out = env.run(&a);
        assert_eq!(out.status.code(), Some(2), "{a:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("-o yaml is not supported"),
            "{a:?}: {}",
            stderr(&out)
        );
    }
    // export honours yaml, which is what it writes.
    assert!(env.run(&["export", "-o", "yaml"]).status.success());
}
