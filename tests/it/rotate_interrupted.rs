//! `key rotate` killed between its steps leaves every secret readable with
//! one of the two keys: before the commit, the old key; after, the new one.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;

/// Starts a rotation that holds at `step`, waits until it gets there, and
/// kills it with SIGKILL.
fn kill_rotation_at(env: &TestEnv, step: &str) {
    let mut cmd = env.std_cmd();
    let mut child = cmd
        .args(["key", "rotate", "--to", "env", "--yes"])
        .env("CRMCTL_DEBUG_HOLD", step)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        assert!(reader.read_line(&mut line).unwrap() > 0, "rotation ended before reaching {step}");
        if line.contains(&format!("holding at {step}")) {
            break;
        }
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

fn setup() -> (TestEnv, String, String) {
    let mut env = TestEnv::new();
    let old = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &old);
    env.ok(&["key", "init"]);
    env.add_zendesk("zd-1", "first-token-00001111");
    env.add_zendesk("zd-2", "second-token-22223333");
    let new = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new);
    (env, old, new)
}

fn readable_with(env: &mut TestEnv, key: &str) -> bool {
    env.set("CRMCTL_MASTER_KEY", key);
    let a = env.run(&["integration", "show", "zd-1", "-o", "json"]);
    let b = env.run(&["integration", "show", "zd-2", "-o", "json"]);
    if !(a.status.success() && b.status.success()) {
        return false;
    }
    let a: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&b.stdout).unwrap();
    a["secrets"]["api_token"] == "****1111" && b["secrets"]["api_token"] == "****3333"
}

#[test]
fn killed_after_the_new_key_is_saved_the_old_key_still_opens_everything() {
    let (mut env, old, new) = setup();
    kill_rotation_at(&env, "rotate:new-key-saved");
    assert!(readable_with(&mut env, &old), "every secret opens with the old key");
    assert!(!readable_with(&mut env, &new));
    // And the rotation can simply be run again.
    env.set("CRMCTL_MASTER_KEY", &old);
    env.ok(&["key", "rotate", "--to", "env", "--yes"]);
    assert!(readable_with(&mut env, &new));
}

#[test]
fn killed_after_the_commit_the_new_key_opens_everything() {
    let (mut env, old, new) = setup();
    kill_rotation_at(&env, "rotate:committed");
    assert!(readable_with(&mut env, &new), "every secret opens with the new key");
    assert!(!readable_with(&mut env, &old));
    env.set("CRMCTL_MASTER_KEY", &new);
    let status = env.json(&["key", "status"]);
    assert_eq!(status["opens_store"], true);
}
