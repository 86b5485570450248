//! The PostgreSQL store against the machine's real server (127.0.0.1:5432,
//! `CRMCTL_PG_ADMIN` to name another): whatever engine the rest of the
//! suite runs on, these run on PostgreSQL. The URL's password, a canary, is
//! never shown; stores move between engines with every row and secret; new
//! databases are migrated once however many processes open them; a store
//! newer than the binary is refused untouched; several workers drain one
//! queue; TLS is negotiated and verified as `sslmode` asks.

use std::process::Stdio;

use serde_json::Value;

use crate::common::*;

/// The test database's URL with a password in it (the server trusts
/// loopback, so any password is accepted; what matters is that it never
/// appears anywhere).
fn with_password(env: &TestEnv) -> String {
    let url = env.db.to_str().unwrap().to_string();
    url.replacen("postgres://postgres@", &format!("postgres://postgres:{CANARY}@"), 1)
}

fn assert_no_canary(out: &std::process::Output, what: &str) {
    let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(!all.contains(CANARY), "{what} showed the password:\n{all}");
}

#[test]
fn store_info_names_the_engine_and_never_shows_the_password() {
    let mut env = TestEnv::postgres_with_env_key();
    env.set("CRMCTL_DB", &with_password(&env));
    env.set("SBX_KEY", "sbx-secret-value-1234");
    env.add_unreachable_sandbox("sb");
    let out = env.run(&["store", "info", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_no_canary(&out, "store info");
    let info: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["backend"], "postgres");
    assert!(info["location"].as_str().unwrap().starts_with("postgres://postgres:***@127.0.0.1:5432/crmctl_t_"), "{info}");
    assert_eq!(info["schema_version"], info["supported_schema"]);
    let count = |t: &str| info["tables"].as_array().unwrap().iter().find(|c| c["table"] == t).unwrap()["rows"].as_i64().unwrap();
    assert_eq!((count("integrations"), count("integration_secrets"), count("master_keys")), (1, 1, 1));

    for args in [vec!["store", "info"], vec!["doctor"], vec!["key", "status"], vec!["integration", "show", "sb"], vec!["test", "sb"]] {
        let out = env.run(&args);
        assert_no_canary(&out, &args.join(" "));
    }
    assert!(String::from_utf8_lossy(&env.run(&["store", "info"]).stdout).contains("postgres://postgres:***@"));
}

#[test]
fn a_password_on_the_command_line_is_refused_without_echoing_it() {
    let env = TestEnv::postgres_with_env_key();
    let url = with_password(&env);
    for args in [vec!["--db", url.as_str(), "integration", "list"], vec!["store", "copy", "--to", url.as_str()]] {
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
        assert_no_canary(&out, "a refused --db");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("process list") && err.contains("PGPASSWORD"), "{err}");
    }
}

#[test]
fn an_unreachable_server_is_an_environment_error_naming_the_masked_url() {
    let mut env = TestEnv::new();
    env.set("CRMCTL_DB", &format!("postgres://ops:{CANARY}@127.0.0.1:1/crm?connect_timeout=2"));
    let out = env.run(&["integration", "list"]);
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    assert_no_canary(&out, "a failed connection");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("postgres://ops:***@127.0.0.1:1/crm"), "{err}");
}

#[test]
fn the_password_comes_from_pgpassword_or_a_password_file() {
    // A role that must log in with a password over TCP: trust is for the
    // postgres role only when pg_hba says so; here the server trusts all,
    // so the check is that crmctl reads the file and never shows it.
    let mut env = TestEnv::postgres_with_env_key();
    let pgpass = env.write("home/.pgpass", &format!("127.0.0.1:5432:*:postgres:{CANARY}\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = env.run(&["store", "info"]);
    assert!(out.status.success(), "{}", transcript(&out));
    // A password was found (the masked URL says so) and not shown.
    assert!(String::from_utf8_lossy(&out.stdout).contains("postgres://postgres:***@"), "{}", transcript(&out));
    assert_no_canary(&out, "store info with a .pgpass");
    env.unset("CRMCTL_DB");
    env.set("PGHOST", "127.0.0.1");
    env.set("PGUSER", "postgres");
    env.set("PGPASSWORD", CANARY);
    let db = env.db.to_str().unwrap().rsplit('/').next().unwrap().to_string();
    env.set("PGDATABASE", &db);
    let out = env.run(&["--db", "postgres://", "store", "info", "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_no_canary(&out, "store info from PG* variables");
    let info: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(info["location"], format!("postgres://postgres:***@127.0.0.1:5432/{db}"));
}

/// A SQLite store with a key, two integrations (one secret is the canary),
/// a mapping, an event and a schedule.
fn sqlite_store() -> TestEnv {
    let mut env = TestEnv::sqlite_with_env_key();
    env.set("SBX_KEY", CANARY);
    env.add_unreachable_sandbox("sb");
    env.add_zendesk("zd", "zendesk-token-0123456789");
    env.ok(&["event", "fire", "conversation_ended", "--set", "conversation_id=c-1"]);
    env.ok(&["schedule", "set", "sb", "--stream", "contacts", "--every", "1h"]);
    env
}

fn counts(env: &TestEnv, db: &str) -> Vec<(String, i64)> {
    let info = env.json(&["--db", db, "store", "info"]);
    info["tables"].as_array().unwrap().iter().map(|c| (c["table"].as_str().unwrap().to_string(), c["rows"].as_i64().unwrap())).collect()
}

#[test]
fn a_store_copied_to_postgres_and_back_keeps_every_row_and_opens_every_secret() {
    let mut env = sqlite_store();
    let sqlite = env.db.to_str().unwrap().to_string();
    let target = pg_create_database(&format!("crmctl_t_{}", uuid::Uuid::new_v4().simple()));
    let before = counts(&env, &sqlite);
    assert!(before.iter().any(|(t, n)| t == "integration_secrets" && *n == 2));

    let out = env.run(&["store", "copy", "--to", &target, "-o", "json"]);
    assert!(out.status.success(), "{}", transcript(&out));
    assert_no_canary(&out, "store copy");
    let copied: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(copied["tables"].as_array().unwrap().len(), before.len());
    assert_eq!(counts(&env, &target), before, "every table's rows on PostgreSQL");
    let on_pg = env.store_bytes_of(&target);
    assert!(!on_pg.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()), "the secret is sealed on PostgreSQL too");

    // The same key opens every sealed value there: a sealed export reads them all.
    env.set("CRMCTL_BUNDLE_PASSPHRASE", "bundle-passphrase-for-the-test");
    let bundle = env.path("work/pg.bundle");
    let out = env.run(&["--db", &target, "export", "--sealed", bundle.to_str().unwrap()]);
    assert!(out.status.success(), "the copied secrets open under the same key: {}", transcript(&out));
    assert_eq!(env.json(&["--db", &target, "key", "status"])["store_id"], env.json(&["key", "status"])["store_id"]);

    // A second copy onto the filled database is refused and changes nothing ...
    let out = env.run(&["store", "copy", "--to", &target]);
    assert_eq!(out.status.code(), Some(2), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--overwrite"));
    assert_eq!(counts(&env, &target), before);
    // ... unless asked.
    env.ok(&["store", "copy", "--to", &target, "--overwrite"]);
    assert_eq!(counts(&env, &target), before);

    // And back to a new SQLite file.
    let back = env.path("work/back.db");
    let back = back.to_str().unwrap();
    env.ok(&["store", "copy", "--from", &target, "--to", back]);
    assert_eq!(counts(&env, back), before, "every table's rows back on SQLite");
    let out = env.run(&["--db", back, "export", "--sealed", env.path("work/back.bundle").to_str().unwrap()]);
    assert!(out.status.success(), "{}", transcript(&out));
    pg_admin(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", target.rsplit('/').next().unwrap()));
}

#[test]
fn processes_opening_a_new_database_at_once_migrate_it_once() {
    let env = TestEnv::postgres();
    let key = env.generate_key();
    let children: Vec<_> = (0..4)
        .map(|_| {
            let mut c = env.std_cmd();
            c.env("CRMCTL_MASTER_KEY", &key).args(["key", "init"]).stdout(Stdio::null()).stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let mut inits = 0;
    for c in children {
        let out = c.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        match out.status.code() {
            Some(0) => inits += 1,
            Some(2) => assert!(err.contains("already has a master key"), "{err}"),
            other => panic!("key init exited {other:?}: {err}"),
        }
    }
    assert_eq!(inits, 1, "one process made the key; the others found it");
    let versions: Vec<i64> = store_db(&env).query_map("SELECT version FROM crmctl_schema_migrations ORDER BY 1", (), |r| r.get(0)).unwrap();
    assert_eq!(versions, vec![1], "each migration applied once");
    let ids: i64 = store_db(&env).query_row("SELECT COUNT(*) FROM meta WHERE key = 'store_id'", (), |r| r.get(0)).unwrap();
    assert_eq!(ids, 1);
}

#[test]
fn a_store_newer_than_the_binary_or_another_applications_database_is_refused_untouched() {
    let env = TestEnv::postgres_with_env_key();
    store_db(&env).execute("INSERT INTO crmctl_schema_migrations (version, applied_at) VALUES (99, 'later')", ()).unwrap();
    let out = env.run(&["integration", "list"]);
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("schema version 99"), "{}", transcript(&out));
    let versions: Vec<i64> = store_db(&env).query_map("SELECT version FROM crmctl_schema_migrations ORDER BY 1", (), |r| r.get(0)).unwrap();
    assert_eq!(versions, vec![1, 99]);

    let mut other = TestEnv::postgres();
    store_db(&other).execute_batch("CREATE TABLE integrations (id TEXT); CREATE TABLE orgs (id TEXT)").unwrap();
    other.set("CRMCTL_MASTER_KEY", &other.generate_key());
    let out = other.run(&["key", "init"]);
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another application's tables"), "{}", transcript(&out));
    let tables: i64 = store_db(&other)
        .query_row("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()", (), |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 2, "nothing was created beside them");
}

#[test]
fn three_workers_on_postgres_run_every_step_once() {
    let (env, fake) = crate::workers::env_with_sink_on(TestEnv::postgres_with_env_key());
    crate::workers::drain(&env, &fake, 3);
    // No lease expired here, so a step run twice would be two workers
    // claiming one row: every step once, every request once.
    let most: i64 = store_db(&env).query_row("SELECT MAX(attempts) FROM steps", (), |r| r.get(0)).unwrap();
    assert_eq!(most, 1, "a step was claimed twice");
    assert_eq!(fake.requests().len(), 300, "one request per step");
}

#[test]
fn an_idle_worker_is_woken_by_notify_not_by_its_poll() {
    let (env, fake) = crate::workers::env_with_sink_on(TestEnv::postgres_with_env_key());
    // A poll of a minute: only a notification can make it deliver sooner.
    let w = env.std_cmd().args(["worker", "--poll", "60s"]).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    std::thread::sleep(std::time::Duration::from_secs(2));
    env.ok(&["event", "fire", "conversation_ended", "--set", "conversation_id=c-notify"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while fake.requests().is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let (code, err) = crate::workers::stop(w);
    assert!(!fake.requests().is_empty(), "the idle worker was not woken: {err}");
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn two_serve_replicas_take_pushes_into_one_store() {
    let env = crate::webhook::env_with_key_on(TestEnv::postgres_with_env_key());
    let replicas = [crate::webhook::Server::start(&env, &[]), crate::webhook::Server::start(&env, &[])];
    std::thread::scope(|s| {
        for (r, server) in replicas.iter().enumerate() {
            s.spawn(move || {
                for i in 0..15 {
                    let body = serde_json::to_vec(&serde_json::json!({
                        "integration_id": "crm", "data_type": "contacts",
                        "records": [{"id": format!("r{r}-{i}"), "email": format!("p{r}x{i}@acme.com"), "first_name": "P"}]
                    }))
                    .unwrap();
                    let (status, reply) = server.post("crm", &[("x-api-key", CANARY.to_string())], body);
                    assert_eq!(status, 200, "replica {r}: {reply}");
                }
            });
        }
    });
    let db = store_db(&env);
    let n = |sql: &str| db.query_row(sql, (), |r| r.get::<i64>(0)).unwrap();
    assert_eq!(n("SELECT COUNT(*) FROM records"), 30, "every push of both replicas stored");
    assert_eq!(n("SELECT COUNT(DISTINCT seq) FROM sync_logs WHERE kind = 'webhook'"), 30, "one sync-log row each, numbered once");
    for server in replicas {
        let (code, err) = server.stop();
        assert_eq!(code, Some(0), "{err}");
    }
}

#[test]
fn tls_is_negotiated_and_verified_as_sslmode_asks() {
    let env = TestEnv::postgres_with_env_key();
    let ssl: String = store_db(&env).query_row("SHOW ssl", (), |r| r.get(0)).unwrap();
    if ssl != "on" {
        eprintln!("the test server has ssl = {ssl}: only the refusal paths are checked");
    }
    let url = env.db.to_str().unwrap().to_string();
    let with = |q: &str| format!("{url}?{q}");
    let run = |u: &str| env.run(&["--db", u, "store", "info"]);

    assert!(run(&with("sslmode=disable")).status.success());
    let out = run(&with("sslmode=bogus"));
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sslmode"), "{}", transcript(&out));
    let out = run(&with("sslmode=verify-full&sslrootcert=/nonexistent/root.crt"));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/root.crt"), "{}", transcript(&out));
    if ssl != "on" {
        return;
    }
    // The server's own (self-signed) certificate as the trusted root.
    let cert: String = store_db(&env).query_row("SHOW ssl_cert_file", (), |r| r.get(0)).unwrap();
    assert!(run(&with("sslmode=require")).status.success(), "{}", transcript(&run(&with("sslmode=require"))));
    let out = run(&with(&format!("sslmode=verify-ca&sslrootcert={cert}")));
    assert!(out.status.success(), "verify-ca with the server's certificate as root: {}", transcript(&out));
    // A root that did not sign the server's certificate is refused.
    let other = env.write("work/other-root.pem", OTHER_ROOT);
    let out = run(&with(&format!("sslmode=verify-ca&sslrootcert={}", other.display())));
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    assert!(String::from_utf8_lossy(&out.stderr).to_lowercase().contains("certificate"), "{}", transcript(&out));
}

/// A CA certificate that signed nothing on this machine.
const OTHER_ROOT: &str = include_str!("other-root.pem");
