//! Dynamic completions: names from the store in the environment, completed
//! by a real bash through the registration script `COMPLETE=bash crmctl`
//! prints.

use crate::common::*;

/// What bash offers at the last word of `line`, through the registered
/// completion function.
fn bash_complete(env: &TestEnv, line: &str) -> Vec<String> {
    let bin = assert_cmd::cargo::cargo_bin!("crmctl");
    let words: Vec<&str> = line.split(' ').collect();
    let script = format!(
        "source <(COMPLETE=bash '{bin}')\nCOMP_WORDS=({words})\nCOMP_CWORD={cword}\nCOMP_LINE='{line}'\nCOMP_POINT=${{#COMP_LINE}}\n_clap_complete_crmctl crmctl '{cur}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        bin = bin.display(),
        words = words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        cword = words.len() - 1,
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let mut cmd = env.std_cmd();
    cmd.env_remove("COMPLETE");
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .current_dir(env.path("work"))
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "bash: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn bash_completes_names_from_the_store() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_0123456789abcdef");
    for name in ["sbx-prod", "sbx-staging", "other"] {
        env.add_unreachable_sandbox(name);
    }
    env.ok(&["org", "add", "acme"]);
    env.ok(&["assistant", "add", "council-bot"]);

    assert_eq!(
        bash_complete(&env, "crmctl integration show sbx"),
        ["sbx-prod", "sbx-staging"]
    );
    assert_eq!(bash_complete(&env, "crmctl sync o"), ["other"]);
    assert_eq!(
        bash_complete(&env, "crmctl contacts list --integration sbx-p"),
        ["sbx-prod"]
    );
    assert_eq!(bash_complete(&env, "crmctl --org ac"), ["acme"]);
    assert_eq!(
        bash_complete(&env, "crmctl integration add --assistant coun"),
        ["council-bot"]
    );
    assert_eq!(
        bash_complete(&env, "crmctl integration add zen"),
        ["zendesk"]
    );
    assert_eq!(
        bash_complete(&env, "crmctl sync sbx-prod --stream t"),
        ["tickets"]
    );
    assert_eq!(bash_complete(&env, "crmctl event fire low"), ["low_score"]);
    // A new name is not completed from the store.
    assert_eq!(
        bash_complete(&env, "crmctl org add ac"),
        Vec::<String>::new()
    );

    // Another org's store view: CRMCTL_ORG is the environment's org.
    env.set("CRMCTL_ORG", "acme");
    assert_eq!(
        bash_complete(&env, "crmctl integration show sbx"),
        Vec::<String>::new()
    );

    // No store: nothing from it, nothing created, no error.
    let empty = TestEnv::new();
    assert_eq!(
        bash_complete(&empty, "crmctl integration show s"),
        Vec::<String>::new()
    );
    assert!(!empty.db.exists(), "completing created a store");
    assert_eq!(
        bash_complete(&empty, "crmctl event fire esc"),
        ["escalation"]
    );
}

#[test]
fn completions_install_writes_a_loader_and_the_man_pages() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_0123456789abcdef");
    env.add_unreachable_sandbox("installed-one");
    env.set("SHELL", "/bin/bash");
    let out = env.run(&["completions", "--install"]);
    assert!(out.status.success(), "{}", transcript(&out));
    let loader = env.path("data/bash-completion/completions/crmctl");
    assert!(
        std::fs::read_to_string(&loader)
            .unwrap()
            .contains("source <(COMPLETE=bash crmctl)")
    );
    assert!(
        env.path("data/man/man1/crmctl.1").exists()
            && env.path("data/man/man1/crmctl-integration-add.1").exists()
    );

    // The installed loader completes names, with crmctl found on PATH.
    let bin_dir = assert_cmd::cargo::cargo_bin!("crmctl")
        .parent()
        .unwrap()
        .to_path_buf();
    let script = format!(
        "source '{}'\nCOMP_WORDS=(crmctl sync inst)\nCOMP_CWORD=2\nCOMP_LINE='crmctl sync inst'\nCOMP_POINT=${{#COMP_LINE}}\n_clap_complete_crmctl crmctl inst sync\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        loader.display()
    );
    let cmd = env.std_cmd();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(&script)
        .env_clear()
        .envs(
            cmd.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "installed-one",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Shells whose completions live in a start-up file get the line to add.
    let out = env.run(&["completions", "--install", "zsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("source <(COMPLETE=zsh crmctl)"),
        "{}",
        transcript(&out)
    );
    // Without --install a shell is required.
    assert_eq!(env.run(&["completions"]).status.code(), Some(2));
}
