//! The README's exit-code table, per command family: 2 for usage errors in
//! every family, 4 for `apply --detailed-exitcode` with changes, 1 for an
//! operation that ran and failed, 3 with no key source, 130 for an
//! interrupted prompt.

use clap::CommandFactory;

use crate::common::*;

fn code(out: &std::process::Output) -> Option<i32> {
    out.status.code()
}

#[test]
fn every_family_exits_2_on_a_usage_error() {
    let env = TestEnv::with_env_key();
    let families: Vec<String> = crmctl::cli::Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    assert!(families.len() > 25, "{families:?}");
    for f in &families {
        let out = env.run(&[f, "--no-such-flag"]);
        assert_eq!(code(&out), Some(2), "{f}: {}", transcript(&out));
        // Help is not an error.
        assert_eq!(code(&env.run(&[f, "--help"])), Some(0), "{f} --help");
    }
}

#[test]
fn apply_detailed_exitcode_is_4_with_changes_and_0_without() {
    let env = TestEnv::with_env_key();
    env.write("work/org.yaml", "kind: org\nname: acme\n");
    assert_eq!(
        code(&env.run(&[
            "apply",
            "-f",
            "org.yaml",
            "--dry-run",
            "--detailed-exitcode"
        ])),
        Some(4)
    );
    assert_eq!(
        code(&env.run(&["apply", "-f", "org.yaml", "--detailed-exitcode"])),
        Some(4)
    );
    assert_eq!(
        code(&env.run(&["apply", "-f", "org.yaml", "--detailed-exitcode"])),
        Some(0),
        "nothing left to change"
    );
    assert_eq!(code(&env.run(&["apply", "-f", "org.yaml"])), Some(0));
}

#[test]
fn failed_operations_exit_1_and_a_missing_key_source_exits_3() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_0123456789abcdef");
    env.add_unreachable_sandbox("down");
    for args in [
        vec!["test", "down"],
        vec!["sync", "down", "--stream", "contacts"],
        vec!["kb", "import", "down"],
    ] {
        let out = env.run(&args);
        assert_eq!(code(&out), Some(1), "{args:?}: {}", transcript(&out));
    }
    env.unset("CRMCTL_MASTER_KEY");
    for args in [
        vec!["test", "down"],
        vec!["sync", "down"],
        vec!["integration", "show", "down"],
        vec!["export", "--sealed", "x.bundle"],
    ] {
        let out = env.run(&args);
        assert_eq!(code(&out), Some(3), "{args:?}: {}", transcript(&out));
    }
}

#[test]
fn an_interrupted_prompt_exits_130_and_saves_nothing() {
    let env = TestEnv::with_env_key();
    let mut cmd = env.std_cmd();
    cmd.args(["integration", "add", "zendesk"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Integration name").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    // Killed by the SIGINT itself (the shell reports 128 + 2 = 130, and a
    // calling script stops too), or exit 130 where crmctl caught it.
    assert!(
        matches!(
            status,
            rexpect::process::WaitStatus::Exited(_, 130)
                | rexpect::process::WaitStatus::Signaled(_, rexpect::process::Signal::SIGINT, _)
        ),
        "{status:?}"
    );
    assert_eq!(env.json(&["integration", "list"]), serde_json::json!([]));
}
