//! The command line's surface: doctor, version, paging notices, -v, the
//! confirmation of destructive commands, and the exit codes per family.

use crate::common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// (check, status) pairs of `doctor -o json`, for a snapshot that does not
/// move with times and paths.
fn doctor_lines(out: &std::process::Output) -> String {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("doctor -o json prints JSON");
    let mut s = format!("exit: {}\nok: {}\n", out.status.code().unwrap_or(-1), v["ok"]);
    for c in v["checks"].as_array().unwrap() {
        s.push_str(&format!("{}: {}{}\n", c["check"].as_str().unwrap(), c["status"].as_str().unwrap(), c["hint"].as_str().map(|h| format!(" (hint: {h})")).unwrap_or_default()));
    }
    s
}

#[test]
fn doctor_on_a_healthy_setup() {
    let sb = Sb::start(3, std::time::Duration::ZERO);
    let env = env_with_sandbox(&sb);
    env.ok(&["test", "sbx"]);
    let out = env.run(&["doctor", "-o", "json"]);
    insta::assert_snapshot!("doctor_healthy", doctor_lines(&out));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = env.ok(&["doctor"]);
    assert!(table.contains("CHECK") && table.contains("integration sbx") && table.contains("ok"), "{table}");
}

#[test]
fn doctor_on_a_broken_setup() {
    // No store at all: one fail with the way out, exit 1.
    let env = TestEnv::new();
    let out = env.run(&["doctor", "-o", "json"]);
    insta::assert_snapshot!("doctor_no_store", doctor_lines(&out));
    assert_eq!(out.status.code(), Some(1));

    // A store whose key is not given, and a failed connection test.
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_wrong_key_0123");
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    assert_eq!(env.run(&["test", "sbx"]).status.code(), Some(1));
    env.set("CRMCTL_MASTER_KEY", &env.generate_key());
    let out = env.run(&["doctor", "-o", "json"]);
    insta::assert_snapshot!("doctor_wrong_key_failed_test", doctor_lines(&out));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("doctor found problems: key, integration sbx"), "{}", stderr(&out));
}

#[test]
fn version_names_the_commit_features_and_schema() {
    let env = TestEnv::new();
    let v = env.json(&["version"]);
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert!(!v["commit"].as_str().unwrap().is_empty());
    assert!(v["store_schema"].as_i64().unwrap() >= 1);
    let long = env.ok(&["--version", "-v"]);
    assert!(long.starts_with("crmctl ") && long.contains("\ncommit: ") && long.contains("\nstore schema: "), "{long}");
    assert_eq!(env.ok(&["version"]), long);
}

#[test]
fn a_cut_list_says_so_and_pages_on() {
    let sb = Sb::start(25, std::time::Duration::ZERO);
    let env = env_with_sandbox(&sb);
    env.ok(&["sync", "sbx", "--stream", "contacts"]);
    let out = env.run(&["contacts", "list", "--limit", "10"]);
    assert!(out.status.success());
    insta::assert_snapshot!("paging_notice_first_page", stderr(&out));
    let out = env.run(&["contacts", "list", "--limit", "10", "--offset", "20"]);
    insta::assert_snapshot!("paging_notice_last_page", stderr(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1 + 5, "a header and the last 5");
    // --all shows everything and says nothing; JSON pages are arrays.
    let out = env.run(&["contacts", "list", "--all"]);
    assert_eq!(stderr(&out), "");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 26);
    assert_eq!(env.json(&["contacts", "list", "--all"]).as_array().unwrap().len(), 25);
    assert_eq!(env.json(&["contacts", "list", "--limit", "7"]).as_array().unwrap().len(), 7);
    // An empty search names what was searched, not "sync some".
    let out = env.run(&["contacts", "list", "--search", "no-such-person-anywhere"]);
    insta::assert_snapshot!("paging_empty_search", stderr(&out));
    // --limit 0 is refused: --all means everything.
    let out = env.run(&["contacts", "list", "--limit", "0"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn verbose_prints_each_request_with_secrets_masked() {
    let sb = Sb::start(3, std::time::Duration::ZERO);
    let env = env_with_sandbox(&sb);
    let key = sb.sb().state().api_key().to_string();
    let out = env.run(&["-v", "test", "sbx"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let line = err.lines().find(|l| l.starts_with("http: GET http://127.0.0.1:")).unwrap_or_else(|| panic!("no request line: {err}"));
    assert!(line.contains(" → 200 (") && line.ends_with(" ms)"), "{line}");
    assert!(!err.contains("http:   >"), "-v has no headers: {err}");
    let out = env.run(&["-vv", "test", "sbx"]);
    let err = stderr(&out);
    assert!(err.contains("http:   > ") && err.contains("http:   < "), "-vv adds headers and bodies: {err}");
    assert!(!err.contains(&key), "the API key never shows: {err}");
    let quiet = env.run(&["test", "sbx"]);
    assert!(!stderr(&quiet).contains("http: "), "{}", stderr(&quiet));
}

#[test]
fn destructive_commands_refuse_without_a_terminal_and_yes() {
    let sb = Sb::start(5, std::time::Duration::ZERO);
    let mut env = env_with_sandbox(&sb);
    env.ok(&["sync", "sbx", "--stream", "contacts"]);
    let out = env.run(&["integration", "remove", "sbx"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("5 synced records") && err.contains("1 sealed secret") && err.contains("nothing was changed"), "{err}");
    assert_eq!(env.json(&["integration", "list"]).as_array().unwrap().len(), 1);
    for args in [
        vec!["schedule", "remove", "sbx", "--kb"],
        vec!["auth", "logout", "sbx"],
        vec!["key", "rotate"],
        vec!["queue", "purge", "--dead"],
        vec!["org", "remove", "default"],
        vec!["mapping", "remove", "sbx", "--stream", "contacts", "--target", "email"],
    ] {
        let out = env.run(&args);
        if args[0] == "queue" {
            // Nothing to purge: nothing to confirm.
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
            continue;
        }
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("pass --yes"), "{args:?}: {}", stderr(&out));
    }
    let dry = env.run(&["queue", "purge", "--dead", "--finished", "--dry-run"]);
    assert!(dry.status.success() && stderr(&dry).contains("Dry run: would delete"), "{}", stderr(&dry));
    // CRMCTL_YES confirms as --yes does.
    env.set("CRMCTL_YES", "1");
    env.ok(&["integration", "remove", "sbx"]);
    assert_eq!(env.json(&["integration", "list"]), serde_json::json!([]));
}

#[test]
fn exit_codes_per_command_family() {
    let empty = TestEnv::new();
    let env = TestEnv::with_env_key();
    // 2: usage and input, in every family.
    for args in [
        vec!["integration", "add", "zendesk", "--bogus"],
        vec!["integration", "show", "no-such"],
        vec!["test", "no-such"],
        vec!["sync", "no-such"],
        vec!["kb", "import", "no-such"],
        vec!["mapping", "list", "no-such"],
        vec!["schedule", "remove", "no-such", "--kb", "--yes"],
        vec!["event", "fire", "no_such_event", "--payload", "missing.json"],
        vec!["apply", "-f", "missing.yaml"],
        vec!["contacts", "list", "--limit", "0"],
        vec!["template", "show", "no-such"],
        vec!["org", "remove", "no-such", "--yes"],
        vec!["export", "-o", "json"],
        vec!["integration", "add", "--from-file", "missing.yaml"],
    ] {
        assert_eq!(env.run(&args).status.code(), Some(2), "{args:?}: {}", stderr(&env.run(&args)));
    }
    // No store yet is an input error too: the hint says `crmctl key init`.
    assert_eq!(empty.run(&["integration", "list"]).status.code(), Some(2));
    // 3: environment (no key source).
    let mut nokey = TestEnv::with_env_key();
    nokey.unset("CRMCTL_MASTER_KEY");
    for (e, args) in [(&nokey, vec!["key", "rotate", "--yes"]), (&nokey, vec!["key", "status"])] {
        assert_eq!(e.run(&args).status.code(), Some(3), "{args:?}: {}", stderr(&e.run(&args)));
    }
    // 1: an operation that ran and failed; 0: ok.
    assert_eq!(empty.run(&["doctor"]).status.code(), Some(1));
    assert_eq!(env.run(&["version"]).status.code(), Some(0));
}

#[test]
fn secrets_take_the_apply_files_reference_syntax_too() {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", "zd-token-0123456789");
    env.ok(&["integration", "add", "zendesk", "--name", "zd", "--field", "subdomain=acme", "--field", "email=ops@acme.com", "--secret", "api_token=${env:ZD_TOKEN}"]);
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****6789");
}

#[test]
fn help_examples_name_sample_files_that_exist() {
    use clap::CommandFactory;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut missing = Vec::new();
    fn walk(cmd: &clap::Command, out: &mut Vec<String>) {
        for h in [cmd.get_after_long_help(), cmd.get_after_help()].into_iter().flatten() {
            out.push(h.to_string());
        }
        for s in cmd.get_subcommands() {
            walk(s, out);
        }
    }
    let mut helps = Vec::new();
    walk(&crmctl::cli::Cli::command(), &mut helps);
    for h in &helps {
        for word in h.split_whitespace() {
            if let Some(i) = word.find("sample-configs/") {
                let path = word[i..].trim_end_matches(['"', '\'', ')', ',', '.']);
                if !root.join(path).exists() {
                    missing.push(path.to_string());
                }
            }
        }
    }
    assert!(missing.is_empty(), "help examples name sample files that do not exist: {missing:?}");
}

#[test]
fn a_missing_input_file_is_named_once_and_exits_2() {
    let env = TestEnv::with_env_key();
    let out = env.run(&["integration", "add", "--from-file", "nope.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
}
