//! `crmctl import legacy`: fixtures sealed the way seed 002 describes
//! (AES-256-GCM, 16-byte IV, `iv:tag:ciphertext` hex) with a known key.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::aes::Aes256;
use aes_gcm::AesGcm;
use serde_json::{json, Value};

use crate::common::{assert_no_canary, TestEnv, CANARY};

type Voxe = AesGcm<Aes256, aes_gcm::aead::consts::U16>;

const KEY: [u8; 32] = [0x11; 32];

/// Seals like voxe's `encrypt()`: random IV, `iv:tag:ciphertext` in hex.
fn seal(key: &[u8; 32], plain: &str) -> String {
    let mut iv = [0u8; 16];
    getrandom::fill(&mut iv).unwrap();
    let c = Voxe::new_from_slice(key).unwrap();
    let nonce = aes_gcm::aead::Nonce::<Voxe>::try_from(&iv[..]).unwrap();
    let mut out = c.encrypt(&nonce, plain.as_bytes()).unwrap();
    let tag = out.split_off(out.len() - 16);
    format!("{}:{}:{}", hex::encode(iv), hex::encode(tag), hex::encode(out))
}

fn tamper(sealed: &str) -> String {
    let mut s = sealed.to_string();
    let last = s.pop().unwrap();
    s.push(if last == '0' { '1' } else { '0' });
    s
}

fn voxe_export() -> String {
    let rows = json!([
        { "id": "cw1", "userId": "u1", "name": "Support Chatwoot", "type": "CRM", "isActive": true,
          "configuration": { "provider": "CHATWOOT", "baseUrl": "https://app.chatwoot.com", "accountId": "1",
            "inboxId": "7", "apiKey": seal(&KEY, CANARY),
            "features": { "autoCreateInboxes": true, "syncContacts": true } } },
        { "id": "hs1", "userId": "u1", "name": "Support Chatwoot", "type": "CRM", "isActive": false,
          "configuration": { "provider": "HUBSPOT", "accessToken": seal(&KEY, "pat-na1-abcdef-1234") } },
        // The custom CRM's credentials are a JSON string, sealed whole.
        { "id": "cu1", "userId": "u1", "name": "My Custom CRM", "type": "CRM",
          "configuration": { "provider": "CUSTOM", "name": "My Custom CRM", "apiEndpoint": "https://api.example.com",
            "authType": "BEARER", "credentials": seal(&KEY, r#"{"token":"custom-token-1234567890"}"#) } },
        { "id": "pd1", "userId": "u1", "name": "Pipedrive", "type": "CRM",
          "configuration": { "provider": "PIPEDRIVE",
            "apiToken": tamper(&seal(&KEY, "0123456789abcdef0123456789abcdef01234567")) } },
        { "id": "mo1", "userId": "u1", "name": "Monday", "type": "CRM",
          "configuration": { "provider": "MONDAY", "apiKey": seal(&KEY, "monday-token-123") } },
    ]);
    serde_json::to_string_pretty(&rows).unwrap()
}

fn setup() -> (TestEnv, String) {
    let mut env = TestEnv::with_env_key();
    let file = env.write("voxe.json", &voxe_export()).display().to_string();
    env.set("INTEGRATION_ENCRYPTION_KEY", &hex::encode(KEY));
    (env, file)
}

fn rows_by_id(report: &Value) -> std::collections::BTreeMap<String, Value> {
    report["rows"].as_array().unwrap().iter().map(|r| (r["row_id"].as_str().unwrap().to_string(), r.clone())).collect()
}

#[test]
fn voxe_import_reseals_reports_and_skips_tampered_and_unmappable_rows() {
    let (env, file) = setup();
    let args = ["import", "legacy", "--format", "voxe", "--file", &file, "--legacy-key", "env:INTEGRATION_ENCRYPTION_KEY", "-o", "json"];
    let out = env.run(&args);
    assert_eq!(out.status.code(), Some(1), "some rows were not imported: {}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "import legacy");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["dry_run"], false);
    assert_eq!((report["imported"].as_u64(), report["skipped"].as_u64(), report["failed"].as_u64()), (Some(3), Some(1), Some(1)));
    let rows = rows_by_id(&report);
    assert_eq!(rows["cw1"]["status"], "imported");
    assert_eq!(rows["cw1"]["template"], "chatwoot");
    assert_eq!(rows["cw1"]["imported_as"], "Support-Chatwoot");
    assert_eq!(rows["cw1"]["ignored"], json!(["features"]));
    assert_eq!(rows["hs1"]["imported_as"], "Support-Chatwoot-2", "names are made unique");
    assert_eq!(rows["cu1"]["template"], "custom_rest");
    assert_eq!(rows["pd1"]["status"], "failed");
    assert!(rows["pd1"]["reason"].as_str().unwrap().contains("does not open"), "{}", rows["pd1"]);
    assert_eq!(rows["mo1"]["status"], "skipped");
    assert!(rows["mo1"]["reason"].as_str().unwrap().contains("MONDAY"));

    let list = env.json(&["integration", "list"]);
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    let cw = env.json(&["integration", "show", "Support-Chatwoot"]);
    assert_eq!(cw["provider"], "chatwoot");
    let show = env.run(&["integration", "show", "Support-Chatwoot"]);
    assert!(show.status.success());
    assert!(String::from_utf8_lossy(&show.stdout).contains("****leak"), "{}", String::from_utf8_lossy(&show.stdout));
    assert_no_canary(&env, &show, "integration show");
    let hs = env.json(&["integration", "show", "Support-Chatwoot-2"]);
    assert_eq!(hs["enabled"], false);
}

#[test]
fn wrong_legacy_key_imports_nothing() {
    let (mut env, file) = setup();
    env.set("INTEGRATION_ENCRYPTION_KEY", &hex::encode([0x22u8; 32]));
    let out = env.run(&["import", "legacy", "--format", "voxe", "--file", &file, "--legacy-key", "env:INTEGRATION_ENCRYPTION_KEY"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("wrong legacy key") && err.contains("nothing was imported"), "{err}");
    assert_no_canary(&env, &out, "import legacy with a wrong key");
    assert_eq!(env.json(&["integration", "list"]), json!([]));
}

#[test]
fn legacy_key_is_a_source_never_a_value() {
    let (env, file) = setup();
    let hex_key = hex::encode(KEY);
    let out = env.run(&["import", "legacy", "--format", "voxe", "--file", &file, "--legacy-key", &hex_key]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("SOURCE") && !err.contains(&hex_key), "{err}");
    let bad = env.write("short.key", "abcd");
    let out = env.run(&["import", "legacy", "--format", "voxe", "--file", &file, "--legacy-key", &format!("file:{}", bad.display())]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("64 hex characters"));
    assert_eq!(env.json(&["integration", "list"]), json!([]));
}

#[test]
fn dry_run_writes_nothing() {
    let (env, file) = setup();
    let out = env.run(&["import", "legacy", "--format", "voxe", "--file", &file, "--legacy-key", "env:INTEGRATION_ENCRYPTION_KEY", "--dry-run", "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_no_canary(&env, &out, "import legacy --dry-run");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["imported"], 3);
    assert_eq!(env.json(&["integration", "list"]), json!([]));
}

#[test]
fn supabase_integrations_import_plaintext_auth_config() {
    let env = TestEnv::with_env_key();
    let rows = json!([
        { "id": "11111111-0000-0000-0000-000000000001", "org_id": "o1", "name": "Zendesk prod", "provider": "zendesk",
          "auth_config": { "subdomain": "acme", "email": "ops@acme.com", "api_token": CANARY },
          "is_active": true, "priority": 20, "trigger_events": ["escalation", "conversation_ended"] },
        { "id": "11111111-0000-0000-0000-000000000002", "org_id": "o1", "name": "Genesys", "provider": "genesys",
          "auth_config": { "client_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "client_secret": "genesys-secret-123456" },
          "config": { "region": "mypurecloud.com", "queue_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7" },
          "priority": 10, "trigger_events": ["conversation_ended"] },
        { "id": "11111111-0000-0000-0000-000000000003", "org_id": "o1", "name": "ServiceNow", "provider": "servicenow",
          "auth_config": { "password": "x" } },
        { "id": "11111111-0000-0000-0000-000000000004", "org_id": "o1", "name": "SAP", "provider": "sap",
          "auth_config": { "username": "svc" } },
    ]);
    let file = env.write("supabase.json", &rows.to_string()).display().to_string();
    let out = env.run(&["import", "legacy", "--format", "supabase-integrations", "--file", &file, "-o", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert_no_canary(&env, &out, "import legacy supabase");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows_by_id(&report);
    assert_eq!(rows["11111111-0000-0000-0000-000000000001"]["status"], "imported");
    assert_eq!(rows["11111111-0000-0000-0000-000000000002"]["template"], "genesys_cloud");
    assert_eq!(rows["11111111-0000-0000-0000-000000000002"]["status"], "imported");
    assert!(rows["11111111-0000-0000-0000-000000000003"]["reason"].as_str().unwrap().contains("servicenow"));
    let sap = rows["11111111-0000-0000-0000-000000000004"]["reason"].as_str().unwrap();
    assert!(sap.contains("missing required") && sap.contains("host"), "{sap}");

    let zd = env.json(&["integration", "show", "Zendesk-prod"]);
    assert_eq!(zd["provider"], "zendesk");
    assert_eq!(zd["priority"], 20);
    assert_eq!(zd["events"], json!(["conversation_ended", "escalation"]));
    let show = env.run(&["integration", "show", "Zendesk-prod"]);
    assert!(String::from_utf8_lossy(&show.stdout).contains("****leak"));
    assert_no_canary(&env, &show, "integration show");
    let g = env.json(&["integration", "show", "Genesys"]);
    assert_eq!(g["fields"]["region"], "mypurecloud.com");
}
