//! The canary secret: whatever crmctl is asked to do with it, successfully
//! or not, it never appears in stdout, stderr or the store's bytes, and it
//! is really stored (sealed) so it can be used.

use std::process::Output;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::{engine::general_purpose::STANDARD, Engine as _};

use crate::bad_input::{db, integration_id, sealed, set_sealed, tamper};
use crate::common::*;

/// A store keyed by a CRMCTL_MASTER_KEY the test knows, with a Zendesk
/// integration `zd` whose api_token is the canary. Returns the key.
fn env_with_canary() -> (TestEnv, String) {
    let mut env = TestEnv::new();
    let key = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &key);
    env.ok(&["key", "init"]);
    env.set("ZD_TOKEN", CANARY);
    let out = env.run(&[
        "integration", "add", "zendesk", "--name", "zd",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration add (env:)");
    assert_masked(&out, "****leak", "integration add");
    (env, key)
}

/// The canary-like replacement value used by edits; it contains the canary,
/// so the leak checks cover it too.
fn canary2() -> String {
    format!("{CANARY}-v2")
}

fn assert_masked(out: &Output, masked: &str, what: &str) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(masked), "{what}: expected the masked form {masked} in:\n{stdout}");
}

fn assert_fails(out: &Output, what: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: expected exit 2\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Opens a sealed value the way crmctl documents it:
/// `crmctl:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>`, AES-256-GCM with
/// associated data binding format, key id, org, integration and field.
fn open_sealed(master_b64: &str, sealed: &str, org_id: &str, record: &str, field: &str) -> String {
    let parts: Vec<&str> = sealed.splitn(4, ':').collect();
    assert_eq!(parts.len(), 4, "sealed form: {sealed}");
    assert_eq!(&parts[..2], ["crmctl", "v1"]);
    let key_id = parts[2];
    let key: [u8; 32] = STANDARD.decode(master_b64).unwrap().try_into().unwrap();
    let blob = STANDARD.decode(parts[3]).unwrap();
    let (nonce, ct) = blob.split_at(12);
    let nonce: [u8; 12] = nonce.try_into().unwrap();
    let ad = format!("crmctl/v1\0{key_id}\0{org_id}\0{record}\0{field}");
    let cipher = Aes256Gcm::new((&key).into());
    let plain = cipher
        .decrypt(&Nonce::from(nonce), Payload { msg: ct, aad: ad.as_bytes() })
        .expect("the sealed value opens with the master key");
    String::from_utf8(plain).unwrap()
}

/// The plaintext of `name`'s secret `field`, opened with `key`.
fn stored_secret(env: &TestEnv, key: &str, name: &str, field: &str) -> String {
    let id = integration_id(env, name);
    let org_id: String = db(env)
        .query_row(
            "SELECT org_id FROM integration_secrets WHERE integration_id = ?1 AND field = ?2",
            (&id, field),
            |r| r.get(0),
        )
        .unwrap();
    open_sealed(key, &sealed(env, &id, field), &org_id, &id, field)
}

#[test]
fn add_show_and_list_never_reveal_the_canary() {
    let (env, _key) = env_with_canary();
    for format in ["table", "json", "yaml"] {
        let out = env.run(&["integration", "show", "zd", "-o", format]);
        assert!(out.status.success());
        assert_no_canary(&env, &out, &format!("integration show -o {format}"));
        assert_masked(&out, "****leak", &format!("show -o {format}"));
    }
    for format in ["table", "json", "yaml"] {
        let out = env.run(&["integration", "list", "-o", format]);
        assert!(out.status.success());
        assert_no_canary(&env, &out, &format!("integration list -o {format}"));
    }
    let out = env.run(&["integration", "show", "zd", "-vv"]);
    assert!(out.status.success());
    assert_no_canary(&env, &out, "integration show -vv");
    let out = env.run(&["key", "status", "-o", "json"]);
    assert!(out.status.success());
    assert_no_canary(&env, &out, "key status");
    let out = env.run(&["integration", "disable", "zd"]);
    assert!(out.status.success());
    assert_no_canary(&env, &out, "integration disable");
}

#[test]
fn the_canary_is_really_stored_sealed() {
    let (env, key) = env_with_canary();
    let shown = env.json(&["integration", "show", "zd"]);
    assert_eq!(shown["secrets"]["api_token"], "****leak");
    assert_eq!(shown["secret_fields"], serde_json::json!(["api_token"]));
    let id = integration_id(&env, "zd");
    let s = sealed(&env, &id, "api_token");
    let key_id = env.json(&["key", "status"])["key_id"].as_str().unwrap().to_string();
    assert!(s.starts_with(&format!("crmctl:v1:{key_id}:")), "{s}");
    assert_eq!(stored_secret(&env, &key, "zd", "api_token"), CANARY);
    assert_store_clean(&env, "reading the sealed value");
}

#[test]
fn canary_from_stdin_and_from_a_file_is_stored_and_never_shown() {
    let (env, key) = env_with_canary();
    let out = env
        .cmd()
        .args([
            "integration", "add", "zendesk", "--name", "zd-stdin",
            "--field", "subdomain=acme", "--field", "email=ops@acme.com",
            "--secret", "api_token=-",
        ])
        .write_stdin(format!("{CANARY}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration add (stdin)");
    assert_masked(&out, "****leak", "add from stdin");
    assert_eq!(stored_secret(&env, &key, "zd-stdin", "api_token"), CANARY, "the newline is trimmed");

    let file = env.write("work/token.txt", &format!("{CANARY}\n"));
    let source = format!("api_token=file:{}", file.display());
    let out = env.run(&[
        "integration", "add", "zendesk", "--name", "zd-file",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", &source,
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration add (file:)");
    assert_eq!(stored_secret(&env, &key, "zd-file", "api_token"), CANARY);

    // And from an integration file that refers to it.
    env.write(
        "work/zd.yaml",
        "provider: zendesk\nname: zd-yaml\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets:\n  api_token: file:token.txt\n",
    );
    let out = env.run(&["integration", "add", "--from-file", "zd.yaml"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration add --from-file");
    assert_eq!(stored_secret(&env, &key, "zd-yaml", "api_token"), CANARY);
}

#[test]
fn edit_replacing_the_secret_and_editing_a_plain_field_never_reveal_either_value() {
    let (mut env, key) = env_with_canary();
    env.set("ZD_TOKEN_2", &canary2());
    let out = env.run(&["integration", "edit", "zd", "--secret", "api_token=env:ZD_TOKEN_2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration edit --secret");
    assert_masked(&out, "****k-v2", "edit --secret");
    assert_eq!(stored_secret(&env, &key, "zd", "api_token"), canary2());

    let out = env.run(&["integration", "edit", "zd", "--priority", "5", "--field", "subdomain=acme2"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "integration edit of plain fields");
    assert_masked(&out, "****k-v2", "edit of plain fields");
    assert_eq!(stored_secret(&env, &key, "zd", "api_token"), canary2(), "a plain edit keeps the secret");

    let out = env.run(&["integration", "edit", "zd", "--rename", "zd-renamed", "-o", "json"]);
    assert!(out.status.success());
    assert_no_canary(&env, &out, "integration edit --rename");
    assert_eq!(stored_secret(&env, &key, "zd-renamed", "api_token"), canary2());
}

#[test]
fn key_rotate_to_env_reseals_the_canary_without_revealing_it() {
    let (mut env, old_key) = env_with_canary();
    let new_key = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new_key);
    let out = env.run(&["key", "rotate", "--to", "env", "--yes"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "key rotate --to env");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains(&new_key) && !stderr.contains(&new_key), "the new key is not printed");
    assert!(!stdout.contains(&old_key) && !stderr.contains(&old_key), "the old key is not printed");

    // The old key no longer opens it, and saying so does not leak.
    let out = env.run(&["integration", "show", "zd"]);
    assert_fails(&out, "show with the retired key");
    assert_no_canary(&env, &out, "show with the retired key");

    env.set("CRMCTL_MASTER_KEY", &new_key);
    env.unset("CRMCTL_NEW_MASTER_KEY");
    let out = env.run(&["integration", "show", "zd"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "show after rotation");
    assert_masked(&out, "****leak", "show after rotation");
    assert_eq!(stored_secret(&env, &new_key, "zd", "api_token"), CANARY);
}

#[test]
fn key_export_writes_neither_the_canary_nor_the_master_key() {
    let (mut env, key) = env_with_canary();
    env.set("CRMCTL_KEY_FILE_PASSPHRASE", "correct horse battery staple");
    let path = env.path("work/crmctl-key.json");
    let out = env.run(&["key", "export", "--out", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "key export");
    for stream in [&out.stdout, &out.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains(&key), "key export printed the master key");
    }

    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains(CANARY), "the key file holds the canary");
    assert!(!text.contains(&key), "the key file holds the base64 master key");
    let raw = STANDARD.decode(&key).unwrap();
    assert!(!bytes.windows(raw.len()).any(|w| w == raw.as_slice()), "the key file holds the raw master key");
    let file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let key_id = env.json(&["key", "status"])["key_id"].clone();
    assert_eq!(file["key_id"], key_id);
    assert!(file["sealed_key"].as_str().is_some_and(|s| !s.is_empty()));

    // Exporting over an existing file is refused, and says nothing secret.
    let out = env.run(&["key", "export", "--out", path.to_str().unwrap()]);
    assert_fails(&out, "export over an existing file");
    assert_no_canary(&env, &out, "key export over an existing file");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the key file was not overwritten");
}

#[test]
fn tampered_and_copied_values_fail_without_revealing_the_canary() {
    let (mut env, _key) = env_with_canary();
    env.set("ZD_TOKEN", CANARY);
    env.add_zendesk("zd-other", CANARY);
    let id = integration_id(&env, "zd");
    let other = integration_id(&env, "zd-other");

    set_sealed(&env, &id, "api_token", &tamper(&sealed(&env, &id, "api_token")));
    let out = env.run(&["integration", "show", "zd"]);
    assert_fails(&out, "show of a tampered value");
    assert_no_canary(&env, &out, "show of a tampered value");

    let out = env.run(&["integration", "show", "zd", "-o", "json"]);
    assert_fails(&out, "show -o json of a tampered value");
    assert_no_canary(&env, &out, "show -o json of a tampered value");

    // A rotation over a tampered value fails as a whole, and quietly.
    let new_key = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new_key);
    let out = env.run(&["key", "rotate", "--to", "env", "--yes"]);
    assert_fails(&out, "rotate over a tampered value");
    assert_no_canary(&env, &out, "key rotate over a tampered value");
    env.unset("CRMCTL_NEW_MASTER_KEY");

    // The other integration's (good) sealed canary copied onto this row.
    set_sealed(&env, &id, "api_token", &sealed(&env, &other, "api_token"));
    let out = env.run(&["integration", "show", "zd"]);
    assert_fails(&out, "show of a copied value");
    assert_no_canary(&env, &out, "show of a copied value");

    let out = env.run(&["integration", "edit", "zd", "--priority", "3"]);
    assert_no_canary(&env, &out, "edit over a copied value");
}

#[test]
fn wrong_key_errors_do_not_reveal_the_canary() {
    let (mut env, _key) = env_with_canary();
    let other = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &other);

    let out = env.run(&["integration", "show", "zd"]);
    assert_fails(&out, "show with a wrong key");
    assert_no_canary(&env, &out, "show with a wrong key");

    let out = env.run(&[
        "integration", "add", "zendesk", "--name", "zd-2",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]);
    assert_fails(&out, "add with a wrong key");
    assert_no_canary(&env, &out, "add of the canary with a wrong key");

    let out = env.run(&["integration", "edit", "zd", "--secret", "api_token=env:ZD_TOKEN"]);
    assert_fails(&out, "edit --secret with a wrong key");
    assert_no_canary(&env, &out, "edit --secret with a wrong key");

    let out = env.run(&["integration", "edit", "zd", "--priority", "9"]);
    assert_no_canary(&env, &out, "edit --priority with a wrong key");
}

#[test]
fn refused_secret_inputs_do_not_echo_the_canary() {
    let (mut env, _key) = env_with_canary();
    let field = format!("api_token={CANARY}");
    let base = [
        "integration", "add", "zendesk", "--name", "zd-new",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
    ];

    // The canary given with --field for a secret field.
    let mut args = base.to_vec();
    args.extend(["--field", &field]);
    let out = env.run(&args);
    assert_fails(&out, "--field with a secret");
    assert_no_canary(&env, &out, "add --field api_token=<canary>");
    let out = env.run(&["integration", "edit", "zd", "--field", &field]);
    assert_fails(&out, "edit --field with a secret");
    assert_no_canary(&env, &out, "edit --field api_token=<canary>");

    // The canary as a plain --secret value.
    let mut args = base.to_vec();
    args.extend(["--secret", &field]);
    let out = env.run(&args);
    assert_fails(&out, "plain --secret");
    assert_no_canary(&env, &out, "add --secret api_token=<canary>");
    let out = env.run(&["integration", "edit", "zd", "--secret", &field]);
    assert_fails(&out, "plain --secret on edit");
    assert_no_canary(&env, &out, "edit --secret api_token=<canary>");

    // A secret field with a pattern (HubSpot tokens start with pat-).
    env.set("HS_TOKEN", CANARY);
    let out = env.run(&["integration", "add", "hubspot", "--name", "hs", "--secret", "access_token=env:HS_TOKEN"]);
    assert_fails(&out, "pattern failure on a secret");
    assert!(String::from_utf8_lossy(&out.stderr).contains("secret access_token"), "names the field");
    assert_no_canary(&env, &out, "hubspot access_token failing its pattern");

    // A bad plain field alongside the canary secret: only the plain value is named.
    let out = env.run(&[
        "integration", "add", "zendesk", "--name", "zd-new",
        "--field", "subdomain=Not Valid", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]);
    assert_fails(&out, "bad plain field with the canary secret");
    assert_no_canary(&env, &out, "a bad plain field next to the canary");

    // A duplicate name, with the canary read and sealed-to-be.
    let out = env.run(&[
        "integration", "add", "zendesk", "--name", "zd",
        "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]);
    assert_fails(&out, "duplicate");
    assert_no_canary(&env, &out, "a duplicate add with the canary");

    // Integration files that put the canary where it does not belong.
    env.write(
        "work/plain.yaml",
        &format!("provider: zendesk\nname: zd-f1\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets:\n  api_token: {CANARY}\n"),
    );
    let out = env.run(&["integration", "add", "--from-file", "plain.yaml"]);
    assert_fails(&out, "plain secret in a file");
    assert_no_canary(&env, &out, "--from-file with a plain secret");

    env.write(
        "work/field.yaml",
        &format!("provider: zendesk\nname: zd-f2\nfields: {{subdomain: acme, email: ops@acme.com, api_token: {CANARY}}}\n"),
    );
    let out = env.run(&["integration", "add", "--from-file", "field.yaml"]);
    assert_fails(&out, "secret as a field in a file");
    assert_no_canary(&env, &out, "--from-file with the secret under fields");

    env.write(
        "work/broken.yaml",
        &format!("provider: zendesk\nname: zd-f3\nsecrets:\n  api_token: [{CANARY}\n  x: y: z\n"),
    );
    let out = env.run(&["integration", "add", "--from-file", "broken.yaml"]);
    assert_fails(&out, "broken file around the canary");
    assert_no_canary(&env, &out, "--from-file with a syntax error next to the canary");
}
