//! Key sources that need no keyring: CRMCTL_MASTER_KEY and passphrases.

use base64::Engine as _;

use crate::common::*;
use crate::snapshot;

#[test]
fn generate_prints_a_fresh_base64_256_bit_key() {
    let env = TestEnv::new();
    let a = env.generate_key();
    let b = env.generate_key();
    assert_ne!(a, b);
    let bytes = base64::engine::general_purpose::STANDARD.decode(&a).unwrap();
    assert_eq!(bytes.len(), 32);
    assert!(!env.db.exists(), "generate does not create a store");
}

#[test]
fn init_with_env_key_records_it_and_status_reports_it() {
    let env = TestEnv::with_env_key();
    let status = env.json(&["key", "status"]);
    assert_eq!(status["recorded_source"], "env");
    assert_eq!(status["source_in_use"], "env");
    assert_eq!(status["opens_store"], true);
    assert_eq!(status["key_id"].as_str().unwrap().len(), 16);
    snapshot!(env, "key_status_env", env.run(&["key", "status"]));
}

#[test]
fn store_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::sqlite_with_env_key();
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir_mode = std::fs::metadata(env.db.parent().unwrap()).unwrap().permissions().mode() & 0o777;
    assert_eq!(dir_mode, 0o700);
}

#[test]
fn init_twice_is_refused_and_changes_nothing() {
    let env = TestEnv::with_env_key();
    let before = env.json(&["key", "status"]);
    let out = snapshot!(env, "key_init_twice", env.run(&["key", "init"]));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.json(&["key", "status"])["key_id"], before["key_id"]);
}

#[test]
fn commands_without_a_store_say_how_to_make_one() {
    let env = TestEnv::new();
    let out = snapshot!(env, "no_store", env.run(&["integration", "list"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(!env.db.exists(), "a read command does not create a store");
}

#[test]
fn passphrase_store_opens_with_the_passphrase_only() {
    let mut env = TestEnv::new();
    env.set("CRMCTL_PASSPHRASE", "correct horse battery staple");
    env.ok(&["key", "init", "--passphrase"]);
    env.add_zendesk("zd", "zd-token-0123456789");
    let status = env.json(&["key", "status"]);
    assert_eq!(status["source_in_use"], "passphrase");

    env.set("CRMCTL_PASSPHRASE", "wrong horse battery staple");
    let out = snapshot!(env, "passphrase_wrong", env.run(&["integration", "show", "zd"]));
    assert_eq!(out.status.code(), Some(2));

    env.unset("CRMCTL_PASSPHRASE");
    let out = snapshot!(env, "passphrase_missing", env.run(&["integration", "show", "zd"]));
    assert_eq!(out.status.code(), Some(3), "no key source is an environment error");
}

#[test]
fn passphrase_init_without_a_passphrase_names_the_variable_and_writes_nothing() {
    let env = TestEnv::new();
    let out = snapshot!(env, "passphrase_init_missing", env.run(&["key", "init", "--passphrase"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(!env.db.exists(), "a failed init leaves no store behind");
}

#[test]
fn rotate_passphrase_to_a_new_passphrase() {
    let mut env = TestEnv::new();
    env.set("CRMCTL_PASSPHRASE", "old passphrase");
    env.ok(&["key", "init", "--passphrase"]);
    env.add_zendesk("zd", "zd-token-0123456789");
    let before = env.json(&["key", "status"])["key_id"].clone();
    env.set("CRMCTL_NEW_PASSPHRASE", "new passphrase");
    let rotated = env.json(&["key", "rotate", "--yes"]);
    assert_eq!(rotated["secrets_resealed"], 1);
    assert_eq!(rotated["old_key_id"], before);
    assert_ne!(rotated["new_key_id"], before);

    let out = env.run(&["integration", "show", "zd"]);
    assert_eq!(out.status.code(), Some(2), "the old passphrase no longer opens the store");
    env.set("CRMCTL_PASSPHRASE", "new passphrase");
    let shown = env.json(&["integration", "show", "zd"]);
    assert_eq!(shown["secrets"]["api_token"], "****6789");
}

#[test]
fn rotate_env_key_reseals_every_secret_across_orgs() {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("zd", "zd-token-0123456789");
    env.ok(&["org", "add", "acme"]);
    env.set("CRMCTL_ORG", "acme");
    env.add_zendesk("zd-acme", "acme-token-9876543210");
    env.unset("CRMCTL_ORG");

    let old = env.json(&["key", "status"])["key_id"].clone();
    let new_key = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new_key);
    let rotated = env.json(&["key", "rotate", "--to", "env", "--yes"]);
    assert_eq!(rotated["secrets_resealed"], 2);

    let out = env.run(&["integration", "show", "zd"]);
    assert_eq!(out.status.code(), Some(2), "the old key is now the wrong key");
    env.set("CRMCTL_MASTER_KEY", &new_key);
    assert_eq!(env.json(&["integration", "show", "zd"])["secrets"]["api_token"], "****6789");
    assert_eq!(env.json(&["--org", "acme", "integration", "show", "zd-acme"])["secrets"]["api_token"], "****3210");
    let keys = env.json(&["key", "status"])["keys"].clone();
    let states: Vec<_> = keys.as_array().unwrap().iter().map(|k| (k["key_id"].clone(), k["state"].clone())).collect();
    assert!(states.contains(&(old.clone(), "retired".into())), "{states:?}");
}

#[test]
fn rotate_env_without_the_new_key_says_which_variable() {
    let env = TestEnv::with_env_key();
    let out = snapshot!(env, "rotate_env_missing_new_key", env.run(&["key", "rotate", "--yes"]));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_then_import_with_a_wrong_passphrase_is_refused() {
    let mut env = TestEnv::with_env_key();
    env.set("CRMCTL_KEY_FILE_PASSPHRASE", "export pass");
    let file = env.path("key.json");
    env.ok(&["key", "export", "--out", file.to_str().unwrap()]);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&file).unwrap();
    let key = std::env::var("NONE").unwrap_or_default();
    let _ = key;
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "crmctl-key-export");
    assert_eq!(json["kdf"]["algorithm"], "argon2id");

    // Refuses to overwrite.
    let out = env.run(&["key", "export", "--out", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));

    env.set("CRMCTL_KEY_FILE_PASSPHRASE", "not the export pass");
    let mut other = TestEnv::new();
    other.set("CRMCTL_KEY_FILE_PASSPHRASE", "not the export pass");
    let out = snapshot!(other, "import_wrong_passphrase", other.run(&["key", "import", file.to_str().unwrap()]));
    assert_eq!(out.status.code(), Some(2));
    assert!(!other.db.exists(), "nothing written");
}

#[test]
fn export_file_does_not_contain_the_key_in_clear() {
    let mut env = TestEnv::new();
    let key = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &key);
    env.ok(&["key", "init"]);
    env.set("CRMCTL_KEY_FILE_PASSPHRASE", "export pass");
    let file = env.path("key.json");
    env.ok(&["key", "export", "--out", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains(&key), "the key file holds the key sealed, not in clear");
    let raw = base64::engine::general_purpose::STANDARD.decode(&key).unwrap();
    assert!(!std::fs::read(&file).unwrap().windows(32).any(|w| w == raw.as_slice()));
}
