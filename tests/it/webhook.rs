//! `crmctl serve` (webhook ingest) and `crmctl webhook key`: bad key, bad
//! signature, replayed signature, stale timestamp, oversized body,
//! malformed JSON, wrong shape and unknown integration each refused with
//! nothing written; a good push upserts and a repeated one is unchanged;
//! SIGTERM exits 0; the key never shows up in the store's bytes.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use crmctl::engine::webhook::sign;
use serde_json::{json, Value};

use crate::common::*;

pub(crate) struct Server {
    child: Option<Child>,
    url: String,
    rt: tokio::runtime::Runtime,
    client: reqwest::Client,
}

impl Server {
    pub(crate) fn start(env: &TestEnv, extra: &[&str]) -> Self {
        let mut args = vec!["serve", "--listen", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        let mut child = env.std_cmd().args(&args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let v: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("serve printed {line:?}: {e}"));
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        Server { child: Some(child), url: v["url"].as_str().unwrap().to_string(), rt, client: reqwest::Client::new() }
    }

    pub(crate) fn url(&self) -> &str {
        &self.url
    }

    pub(crate) fn post(&self, integration: &str, headers: &[(&str, String)], body: Vec<u8>) -> (u16, Value) {
        self.rt.block_on(async {
            let mut req = self.client.post(format!("{}/webhooks/{integration}", self.url)).header("content-type", "application/json").body(body);
            for (k, v) in headers {
                req = req.header(*k, v);
            }
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap();
            (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
        })
    }

    /// SIGTERM; returns the exit code and stderr.
    pub(crate) fn stop(mut self) -> (Option<i32>, String) {
        let child = self.child.take().unwrap();
        let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// An integration `crm` (the sandbox template; nothing is called) whose
/// webhook key is the canary.
fn env_with_key() -> TestEnv {
    env_with_key_on(TestEnv::with_env_key())
}

/// [`env_with_key`] on an initialised environment.
pub(crate) fn env_with_key_on(mut env: TestEnv) -> TestEnv {
    env.set("SBX_KEY", "sbx_key_0");
    env.ok(&["integration", "add", "sandbox", "--name", "crm", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    env.set("HOOK_KEY", CANARY);
    let out = env.run(&["webhook", "key", "crm", "--from", "env:HOOK_KEY"]);
    assert!(out.status.success());
    assert_no_canary(&env, &out, "webhook key --from");
    env
}

fn rows(env: &TestEnv) -> (i64, i64, i64) {
    let db = store_db(&env);
    let n = |sql: &str| db.query_row(sql, (), |r| r.get::<i64>(0)).unwrap();
    (n("SELECT COUNT(*) FROM records"), n("SELECT COUNT(*) FROM sync_logs"), n("SELECT COUNT(*) FROM accounts"))
}

fn payload(records: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({"integration_id": "crm", "data_type": "contacts", "records": records})).unwrap()
}

fn people() -> Value {
    json!([
        {"id": "c1", "email": "Ann@Acme.com", "first_name": "Ann", "last_name": "Lee", "company": "Acme"},
        {"id": "c2", "email": "bo@acme.com", "first_name": "Bo", "last_name": "Chen"}
    ])
}

fn signed(body: &[u8], ts: i64) -> Vec<(&'static str, String)> {
    vec![("x-crmctl-timestamp", ts.to_string()), ("x-crmctl-signature", sign(CANARY, ts, body))]
}

#[test]
fn refused_requests_write_nothing() {
    let env = env_with_key();
    let server = Server::start(&env, &["--max-body", "2KiB"]);
    let body = payload(people());
    let now = jiff::Timestamp::now().as_second();
    let before = rows(&env);
    let unauthorized = json!({"error": "unauthorized"});
    // (what, integration, headers, body, expected status)
    type Case<'a> = (&'a str, &'a str, Vec<(&'a str, String)>, Vec<u8>, u16);
    let cases: Vec<Case> = vec![
        ("no credentials", "crm", vec![], body.clone(), 401),
        ("a wrong API key", "crm", vec![("x-api-key", "not-the-key-at-all".into())], body.clone(), 401),
        ("a signature by another key", "crm", vec![("x-crmctl-timestamp", now.to_string()), ("x-crmctl-signature", sign("another-key-entirely", now, &body))], body.clone(), 401),
        ("a signature over another body", "crm", signed(b"{}", now), body.clone(), 401),
        ("a garbled signature", "crm", vec![("x-crmctl-timestamp", now.to_string()), ("x-crmctl-signature", "sha256=zz".into())], body.clone(), 401),
        ("a stale timestamp", "crm", signed(&body, now - 360), body.clone(), 401),
        ("a future timestamp", "crm", signed(&body, now + 360), body.clone(), 401),
        ("no timestamp", "crm", vec![("x-crmctl-signature", sign(CANARY, now, &body))], body.clone(), 401),
        ("an oversized body", "crm", vec![("x-api-key", CANARY.into())], payload(json!([{"id": "x", "notes": "a".repeat(4096)}])), 413),
        ("malformed JSON", "crm", vec![("x-api-key", CANARY.into())], b"{\"data_type\": \"contacts\", \"records\": [".to_vec(), 400),
        ("an unknown data_type", "crm", vec![("x-api-key", CANARY.into())], br#"{"data_type": "leads", "records": []}"#.to_vec(), 422),
        ("records not an array", "crm", vec![("x-api-key", CANARY.into())], br#"{"data_type": "contacts", "records": {"id": 1}}"#.to_vec(), 422),
        ("another integration's id", "crm", vec![("x-api-key", CANARY.into())], br#"{"integration_id": "other", "data_type": "contacts", "records": []}"#.to_vec(), 422),
        ("an unknown integration", "nope", vec![("x-api-key", CANARY.into())], body.clone(), 404),
    ];
    for (what, integration, headers, b, status) in cases {
        let (got, reply) = server.post(integration, &headers, b);
        assert_eq!(got, status, "{what}: {reply}");
        if status == 401 {
            assert_eq!(reply, unauthorized, "{what}: a 401 says nothing more");
        }
        if status == 400 || status == 422 {
            assert!(reply["message"].as_str().is_some_and(|m| !m.is_empty()), "{what}: a clear message: {reply}");
        }
        assert_eq!(rows(&env), before, "{what}: nothing written");
    }
    // A replayed signature: the first is taken, the same request again is not.
    let headers = signed(&body, now);
    let (status, reply) = server.post("crm", &headers, body.clone());
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["created"], 2, "{reply}");
    let after_first = rows(&env);
    let (status, reply) = server.post("crm", &headers, body.clone());
    assert_eq!((status, reply), (401, unauthorized.clone()), "a replay is refused");
    assert_eq!(rows(&env), after_first, "a replay writes nothing");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "SIGTERM exits 0: {stderr}");
    assert!(stderr.contains("replayed"), "the reason is in the server's log: {stderr}");
    assert!(!stderr.contains(CANARY));
    assert_store_clean(&env, "webhook requests");
}

#[test]
fn a_good_push_upserts_and_a_repeat_is_unchanged() {
    let env = env_with_key();
    let server = Server::start(&env, &[]);
    let key = vec![("x-api-key", CANARY.to_string())];
    let (status, r) = server.post("crm", &key, payload(people()));
    assert_eq!(status, 200, "{r}");
    assert_eq!((r["processed"].as_u64(), r["created"].as_u64(), r["failed"].as_u64()), (Some(2), Some(2), Some(0)), "{r}");
    let (status, r) = server.post("crm", &key, payload(people()));
    assert_eq!(status, 200);
    assert_eq!((r["created"].as_u64(), r["updated"].as_u64(), r["unchanged"].as_u64()), (Some(0), Some(0), Some(2)), "{r}");
    // A change, and a record that fails its mapping (with the reason).
    env.ok(&["mapping", "set", "crm", "--stream", "contacts", "--target", "email", "--source", "email", "--transform", "trim", "--transform", "lower", "--transform", "required"]);
    env.ok(&["mapping", "set", "crm", "--stream", "contacts", "--target", "full_name", "--source", "first_name", "--source", "last_name", "--transform", "concat= "]);
    let (status, r) = server.post("crm", &key, payload(json!([
        {"id": "c1", "email": "ann@acme.com", "first_name": "Annie", "last_name": "Lee"},
        {"id": "c3", "first_name": "No", "last_name": "Email"}
    ])));
    assert_eq!(status, 200);
    assert_eq!((r["processed"].as_u64(), r["updated"].as_u64(), r["failed"].as_u64()), (Some(2), Some(1), Some(1)), "{r}");
    assert!(r["failures"][0]["reason"].as_str().unwrap().contains("`email`"), "{r}");
    assert_eq!(r["failures"][0]["id"], "c3");
    // Deals and tickets by the same path.
    let (status, r) = server.post("crm", &key, serde_json::to_vec(&json!({"data_type": "deals", "records": [{"external_id": "d1", "name": "Renewal", "amount": "99.5"}]})).unwrap());
    assert_eq!((status, r["created"].as_u64()), (200, Some(1)), "{r}");
    let (code, _) = server.stop();
    assert_eq!(code, Some(0));

    let c = env.json(&["contacts", "show", "c1"]);
    assert_eq!((c["name"].as_str(), c["origin"].as_str(), c["account"].as_str()), (Some("Annie Lee"), Some("webhook"), Some("Acme")), "{c:#}");
    let accounts = env.json(&["accounts", "list"]);
    assert_eq!((accounts[0]["domain"].as_str(), accounts[0]["contacts"].as_i64()), (Some("acme.com"), Some(2)), "{accounts:#}");
    assert_eq!(env.json(&["deals", "show", "d1"])["amount"], 99.5);
    let logs = env.json(&["logs", "tail", "--kind", "webhook"]);
    assert_eq!(logs.as_array().unwrap().len(), 4);
    // Pushed records count as synced records: 2 created, then 1 updated; 1 deal.
    let stats = env.json(&["stats"]);
    assert_eq!((stats["records_synced_by_type"]["contacts"].as_i64(), stats["records_synced_by_type"]["deals"].as_i64()), (Some(3), Some(1)), "{stats:#}");
    assert_store_clean(&env, "webhook pushes");
}

#[test]
fn webhook_keys_are_printed_once_and_rotate() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_0");
    env.ok(&["integration", "add", "sandbox", "--name", "crm", "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY"]);
    let first = env.ok(&["webhook", "key", "crm"]).trim().to_string();
    assert!(first.starts_with("whk_") && first.len() == 68, "{first}");
    let refused = env.run(&["webhook", "key", "crm"]);
    assert_eq!(refused.status.code(), Some(2), "replacing a key without --yes and no terminal");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("pass --yes"), "{}", String::from_utf8_lossy(&refused.stderr));
    let out = env.run(&["webhook", "key", "crm", "--yes"]);
    let second = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(String::from_utf8_lossy(&out.stderr).contains("Rotated"));
    assert_ne!(first, second);
    let bytes = env.store_bytes();
    for k in [&first, &second] {
        assert!(!bytes.windows(k.len()).any(|w| w == k.as_bytes()), "the key is sealed in the store");
    }
    let shown = env.ok(&["integration", "show", "crm"]);
    assert!(!shown.contains(&second) && shown.contains("_webhook_key"), "{shown}");
    let server = Server::start(&env, &[]);
    let (status, _) = server.post("crm", &[("x-api-key", first.clone())], payload(json!([])));
    assert_eq!(status, 401, "the old key stops working");
    let (status, r) = server.post("crm", &[("x-api-key", second.clone())], payload(json!([])));
    assert_eq!((status, r["processed"].as_u64()), (200, Some(0)), "{r}");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
    // Too short a key from a source is refused.
    env.set("SHORT", "abc");
    let out = env.run(&["webhook", "key", "crm", "--from", "env:SHORT"]);
    assert_eq!(out.status.code(), Some(2));
}

/// The webhook key is an ordinary sealed secret: `key rotate` re-seals it,
/// and the same key still authenticates under the new master key.
#[test]
fn key_rotate_reseals_the_webhook_key() {
    let mut env = env_with_key();
    let new_key = env.generate_key();
    env.set("CRMCTL_NEW_MASTER_KEY", &new_key);
    let rotated = env.json(&["key", "rotate", "--to", "env", "--yes"]);
    assert_eq!(rotated["secrets_resealed"], 2, "the sandbox api_key and the webhook key: {rotated:#}");
    env.set("CRMCTL_MASTER_KEY", &new_key);
    env.unset("CRMCTL_NEW_MASTER_KEY");
    let server = Server::start(&env, &[]);
    let (status, r) = server.post("crm", &[("x-api-key", CANARY.to_string())], payload(people()));
    assert_eq!((status, r["created"].as_u64()), (200, Some(2)), "{r}");
    let (code, _) = server.stop();
    assert_eq!(code, Some(0));
    assert_store_clean(&env, "a rotation with a webhook key");
}

/// SIGTERM while a push is in flight: the push is finished and answered,
/// then the server exits 0.
#[test]
fn sigterm_finishes_the_request_in_flight() {
    let mut env = env_with_key();
    let release = env.path("release");
    env.set("CRMCTL_DEBUG_HOLD", "webhook:ingest");
    env.set("CRMCTL_DEBUG_RELEASE", &release.display().to_string());
    let mut server = Server::start(&env, &[]);
    let mut child = server.child.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let (held_tx, held_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut seen = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("holding at webhook:ingest") {
                let _ = held_tx.send(());
            }
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    });
    let url = format!("{}/webhooks/crm", server.url);
    let push = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(async {
            let resp = reqwest::Client::new().post(url).header("x-api-key", CANARY).body(payload(people())).send().await.unwrap();
            (resp.status().as_u16(), resp.json::<Value>().await.unwrap())
        })
    });
    held_rx.recv_timeout(std::time::Duration::from_secs(30)).expect("the push reached the hold");
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the server waits for the request in flight");
    std::fs::write(&release, "").unwrap();
    let (status, r) = push.join().unwrap();
    assert_eq!((status, r["created"].as_u64()), (200, Some(2)), "{r}");
    let code = child.wait().unwrap().code();
    let log = reader.join().unwrap();
    assert_eq!(code, Some(0), "{log}");
    assert!(log.contains("finishing the requests in hand"), "{log}");
    assert_eq!(rows(&env).0, 2);
}

/// Seed 003's body as the seed shows it: the key in the body, the ids,
/// the source; answered in the seed's shape with crmctl's fields alongside.
#[test]
fn a_seed_003_body_with_its_api_key_is_answered_in_the_seeds_shape() {
    let env = env_with_key();
    let server = Server::start(&env, &[]);
    let body = serde_json::to_vec(&json!({
        "integration_id": "crm", "data_type": "contacts", "records": people(), "source_type": "zoho_crm", "api_key": CANARY,
    }))
    .unwrap();
    let (status, reply) = server.post("crm", &[], body);
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["success"], true);
    assert_eq!(reply["stats"], json!({"processed": 2, "created": 2, "updated": 0, "failed": 0}));
    assert_eq!(reply["integration"], "crm");
    assert!(reply["sync_log_id"].is_string());
    // A wrong key in the body is refused like a wrong header.
    let bad = serde_json::to_vec(&json!({"data_type": "contacts", "records": people(), "api_key": "not-the-key"})).unwrap();
    assert_eq!(server.post("crm", &[], bad).0, 401);
    let (_, stderr) = server.stop();
    assert!(!stderr.contains(CANARY), "{stderr}");
}

/// The README's flat contact pushed to HubSpot, whose default mapping
/// reads `properties.*`: failed with the reason, nothing stored empty.
#[test]
fn a_record_whose_mapping_yields_no_fields_is_failed_not_stored_empty() {
    let mut env = TestEnv::with_env_key();
    env.set("HS_TOKEN", "pat-na1-00000000");
    env.ok(&["integration", "add", "hubspot", "--name", "hs", "--secret", "access_token=env:HS_TOKEN"]);
    env.set("HOOK_KEY", CANARY);
    env.ok(&["webhook", "key", "hs", "--from", "env:HOOK_KEY"]);
    let server = Server::start(&env, &[]);
    let body = serde_json::to_vec(&json!({"data_type": "contacts", "records": [{"id": "c1", "email": "ann@acme.com", "first_name": "Ann"}]})).unwrap();
    let (status, reply) = server.post("hs", &[("x-api-key", CANARY.into())], body);
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["stats"], json!({"processed": 1, "created": 0, "updated": 0, "failed": 1}), "{reply}");
    assert!(reply["failures"][0]["reason"].as_str().unwrap().contains("yields no fields"), "{reply}");
    assert_eq!(rows(&env).0, 0, "nothing stored");
}

#[test]
fn a_disabled_integration_refuses_pushes() {
    let env = env_with_key();
    env.ok(&["integration", "disable", "crm"]);
    let server = Server::start(&env, &[]);
    let before = rows(&env);
    let (status, reply) = server.post("crm", &[("x-api-key", CANARY.into())], payload(people()));
    assert_eq!(status, 409, "{reply}");
    assert_eq!(reply["success"], false);
    assert!(reply["message"].as_str().unwrap().contains("disabled"), "{reply}");
    assert_eq!(rows(&env), before, "nothing written");
    // Without the key it stays a bare 401: a disabled integration is not revealed.
    assert_eq!(server.post("crm", &[], payload(people())).0, 401);
}

#[test]
fn a_push_naming_a_sync_log_id_adds_to_that_row() {
    let env = env_with_key();
    let server = Server::start(&env, &[]);
    let (_, first) = server.post("crm", &[("x-api-key", CANARY.into())], payload(people()));
    let id = first["sync_log_id"].as_str().unwrap().to_string();
    let more = serde_json::to_vec(&json!({"sync_log_id": id, "data_type": "contacts", "records": [{"id": "c3", "email": "cy@acme.com"}]})).unwrap();
    let (status, reply) = server.post("crm", &[("x-api-key", CANARY.into())], more);
    assert_eq!(status, 200, "{reply}");
    assert_eq!(reply["sync_log_id"], id.as_str());
    let db = store_db(&env);
    let (n, processed, created): (i64, i64, i64) =
        db.query_row("SELECT COUNT(*), SUM(processed), SUM(created) FROM sync_logs WHERE kind = 'webhook'", (), |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    assert_eq!((n, processed, created), (1, 3, 3), "one row with both pushes");
    // An id that names no row of the integration: refused, nothing written.
    let before = rows(&env);
    let stray = serde_json::to_vec(&json!({"sync_log_id": "no-such-row", "data_type": "contacts", "records": [{"id": "c4", "email": "d@acme.com"}]})).unwrap();
    let (status, reply) = server.post("crm", &[("x-api-key", CANARY.into())], stray);
    assert_eq!(status, 422, "{reply}");
    assert_eq!(rows(&env), before);
}
