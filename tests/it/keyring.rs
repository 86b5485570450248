//! The real OS keyring: GNOME Keyring's Secret Service under
//! dbus-run-session (see scripts/test). These run when CRMCTL_KEYRING_TESTS
//! is set, which scripts/test and CI do; elsewhere they say they skipped.

use std::process::Command as StdCommand;

use crate::common::*;
use crate::snapshot;

pub(crate) fn keyring_env() -> Option<TestEnv> {
    if std::env::var_os("CRMCTL_KEYRING_TESTS").is_none() {
        eprintln!("skipped: set CRMCTL_KEYRING_TESTS=1 and run under scripts/test for the real Secret Service");
        return None;
    }
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS")
        .expect("CRMCTL_KEYRING_TESTS is set but there is no D-Bus session; run scripts/test");
    let mut env = TestEnv::new();
    env.set("DBUS_SESSION_BUS_ADDRESS", &bus);
    Some(env)
}

/// Looks an entry up with libsecret's secret-tool, independently of crmctl.
fn entry_exists(store_id: &str, key_id: &str) -> bool {
    StdCommand::new("secret-tool")
        .args(["lookup", "service", "crmctl", "username", &format!("{store_id}/{key_id}")])
        .output()
        .map(|o| o.status.success() && !o.stdout.is_empty())
        .expect("secret-tool (libsecret-tools) is installed")
}

#[test]
fn init_status_rotate_with_the_secret_service() {
    let Some(mut env) = keyring_env() else { return };
    env.ok(&["key", "init"]);
    let status = env.json(&["key", "status"]);
    assert_eq!(status["recorded_source"], "keyring");
    assert_eq!(status["source_in_use"], "keyring");
    assert_eq!(status["opens_store"], true);
    let store_id = status["store_id"].as_str().unwrap().to_string();
    let old = status["key_id"].as_str().unwrap().to_string();
    assert!(entry_exists(&store_id, &old));

    env.add_zendesk("zd", CANARY);
    let rotated = env.json(&["key", "rotate", "--yes"]);
    assert_eq!(rotated["secrets_resealed"], 1);
    let new = rotated["new_key_id"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert!(entry_exists(&store_id, &new), "the new key is in the keyring");
    assert!(!entry_exists(&store_id, &old), "the old key is removed once the new one is verified");

    let shown = env.run(&["integration", "show", "zd", "-o", "json"]);
    assert!(shown.status.success());
    assert_no_canary(&env, &shown, "show after keyring rotation");
    let v: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(v["secrets"]["api_token"], format!("****{}", &CANARY[CANARY.len() - 4..]));
}

#[test]
fn rotation_killed_before_commit_keeps_the_old_keyring_key() {
    let Some(mut env) = keyring_env() else { return };
    env.ok(&["key", "init"]);
    env.add_zendesk("zd", "zd-token-0123456789");
    let old = env.json(&["key", "status"])["key_id"].clone();

    let mut cmd = env.std_cmd();
    let mut child = cmd
        .args(["key", "rotate", "--yes"])
        .env("CRMCTL_DEBUG_HOLD", "rotate:new-key-saved")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while std::io::BufRead::read_line(&mut reader, &mut line).unwrap() > 0 && !line.contains("holding at") {}
    child.kill().unwrap();
    child.wait().unwrap();

    let status = env.json(&["key", "status"]);
    assert_eq!(status["key_id"], old);
    assert_eq!(status["opens_store"], true);
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****6789");
    env.ok(&["key", "rotate", "--yes"]);
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****6789");
}

#[test]
fn export_and_import_restore_a_lost_keyring_entry() {
    let Some(mut env) = keyring_env() else { return };
    env.ok(&["key", "init"]);
    env.add_zendesk("zd", "zd-token-0123456789");
    let status = env.json(&["key", "status"]);
    let (store_id, key_id) = (status["store_id"].as_str().unwrap().to_string(), status["key_id"].as_str().unwrap().to_string());
    env.set("CRMCTL_KEY_FILE_PASSPHRASE", "move me");
    let file = env.path("key.json");
    env.ok(&["key", "export", "--out", file.to_str().unwrap()]);

    // The machine loses the entry (a new laptop, a wiped keyring).
    let cleared = StdCommand::new("secret-tool")
        .args(["clear", "service", "crmctl", "username", &format!("{store_id}/{key_id}")])
        .status()
        .unwrap();
    assert!(cleared.success());
    let out = env.run(&["integration", "show", "zd"]);
    assert_eq!(out.status.code(), Some(3), "no key source works");

    env.ok(&["key", "import", file.to_str().unwrap()]);
    assert!(entry_exists(&store_id, &key_id));
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****6789");
}

#[test]
fn without_a_session_bus_the_error_lists_every_source_tried() {
    let mut env = TestEnv::new();
    env.set("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let out = snapshot!(env, "keyring_unavailable_init", env.run(&["key", "init"]));
    assert_eq!(out.status.code(), Some(3));
    assert!(!env.db.exists(), "a failed init leaves no store behind");
}
