use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// A secret that must never appear in any output or in the store's bytes.
pub const CANARY: &str = "canary-7f3a9c1e5b-SECRET-do-not-leak";

/// A sealed environment: its own HOME and XDG dirs, a store path inside
/// them, and nothing from the caller's environment but PATH.
pub struct TestEnv {
    pub dir: TempDir,
    /// The store: a SQLite file, or with `CRMCTL_TEST_POSTGRES` set, the
    /// URL of a database made for this test alone (dropped with it).
    pub db: PathBuf,
    envs: Vec<(String, String)>,
    pg_database: Option<String>,
}

/// The PostgreSQL server the whole suite runs against instead of SQLite
/// files when set (`postgres://postgres@127.0.0.1:5432`, no database).
pub fn test_postgres() -> Option<String> {
    std::env::var("CRMCTL_TEST_POSTGRES").ok().filter(|v| !v.is_empty()).map(|v| v.trim_end_matches('/').to_string())
}

/// Whether this run's stores are PostgreSQL databases: tests of the SQLite
/// file itself (its bytes, modes, WAL, locks) return early then.
pub fn on_postgres() -> bool {
    test_postgres().is_some()
}

/// The test server, without a database: the suite's, else
/// `CRMCTL_PG_ADMIN`, else the machine's own.
fn pg_server() -> String {
    test_postgres().or_else(|| std::env::var("CRMCTL_PG_ADMIN").ok()).unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432".into())
}

/// Runs one statement on the test server's `postgres` database, on a
/// thread of its own (the synchronous client must not run inside a test's
/// tokio runtime).
pub fn pg_admin(sql: String) {
    let base = pg_server();
    std::thread::spawn(move || {
        let mut c = postgres::Client::connect(&format!("{base}/postgres"), postgres::NoTls).expect("test PostgreSQL server");
        // One statement at a time: DROP/CREATE DATABASE refuse a transaction.
        for stmt in sql.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            c.batch_execute(stmt).expect("admin statement");
        }
    })
    .join()
    .expect("admin thread");
}

/// A new empty database on the test server; returns its URL.
pub fn pg_create_database(name: &str) -> String {
    let base = pg_server();
    pg_admin(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}"));
    format!("{base}/{name}")
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if let Some(name) = self.pg_database.take() {
            pg_admin(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

impl TestEnv {
    pub fn new() -> Self {
        Self::build(on_postgres())
    }

    /// An environment whose store is a new PostgreSQL database, whatever
    /// the suite's engine.
    pub fn postgres() -> Self {
        Self::build(true)
    }

    /// [`TestEnv::with_env_key`] on a new PostgreSQL database.
    pub fn postgres_with_env_key() -> Self {
        Self::postgres().with_key_initialised()
    }

    /// An environment whose store is a SQLite file, whatever the suite's
    /// engine: for tests of the file itself (its mode, bytes, WAL, locks).
    pub fn sqlite() -> Self {
        Self::build(false)
    }

    /// [`TestEnv::with_env_key`] on a SQLite file, whatever the suite's engine.
    pub fn sqlite_with_env_key() -> Self {
        Self::build(false).with_key_initialised()
    }

    fn build(postgres: bool) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for d in ["home", "data", "config", "cache", "work"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        let db = root.join("data/crmctl/crmctl.db");
        let envs = vec![
            ("HOME".into(), root.join("home").display().to_string()),
            ("XDG_DATA_HOME".into(), root.join("data").display().to_string()),
            ("XDG_CONFIG_HOME".into(), root.join("config").display().to_string()),
            ("XDG_CACHE_HOME".into(), root.join("cache").display().to_string()),
            ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
            // Argon2id at test strength; the parameters are stored, so
            // stores made this way open like any other.
            ("CRMCTL_KDF_FAST".into(), "1".into()),
            ("NO_COLOR".into(), "1".into()),
            // No Secret Service unless a test asks for the real one.
            ("DBUS_SESSION_BUS_ADDRESS".into(), format!("unix:path={}/no-bus", root.display())),
        ];
        let mut env = TestEnv { dir, db, envs, pg_database: None };
        if postgres {
            let name = format!("crmctl_t_{}", uuid::Uuid::new_v4().simple());
            let url = pg_create_database(&name);
            env.set("CRMCTL_DB", &url);
            env.db = PathBuf::from(url);
            env.pg_database = Some(name);
        }
        env
    }

    /// A store with a CRMCTL_MASTER_KEY key, the usual CI setup.
    pub fn with_env_key() -> Self {
        Self::new().with_key_initialised()
    }

    /// Sets CRMCTL_MASTER_KEY to a new key and runs `key init` with it.
    fn with_key_initialised(mut self) -> Self {
        let key = self.generate_key();
        self.set("CRMCTL_MASTER_KEY", &key);
        self.ok(&["key", "init"]);
        self
    }

    pub fn generate_key(&self) -> String {
        let out = self.run(&["key", "generate"]);
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    pub fn set(&mut self, k: &str, v: &str) {
        self.envs.retain(|(n, _)| n != k);
        self.envs.push((k.into(), v.into()));
    }

    pub fn unset(&mut self, k: &str) {
        self.envs.retain(|(n, _)| n != k);
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same command as a plain `std::process::Command`, for tests that
    /// spawn and kill it.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin!("crmctl"));
        c.env_clear();
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c.current_dir(self.dir.path().join("work"));
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("crmctl runs")
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "crmctl {args:?} failed ({:?})\nstdout:\n{}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        serde_json::from_str(&self.ok(&a)).expect("JSON output")
    }

    /// The store's bytes, including its WAL; on PostgreSQL, every value of
    /// every table as text (what a canary must not be found in).
    pub fn store_bytes(&self) -> Vec<u8> {
        self.store_bytes_of(self.db.to_str().unwrap_or_default())
    }

    /// [`TestEnv::store_bytes`] of another store (a path or URL).
    pub fn store_bytes_of(&self, db: &str) -> Vec<u8> {
        let db_path = PathBuf::from(db);
        if crmctl::store::postgres_url(&db_path).is_some() {
            let db = crmctl::store::Db::open_raw(&db_path).expect("the store opens");
            let mut out = Vec::new();
            for t in crmctl::store::TABLES {
                // Each row as JSON text: every column, the search vector too.
                let rows: Vec<String> = db.query_map(&format!("SELECT CAST(to_jsonb(t) AS TEXT) FROM {t} t"), (), |r| r.get(0)).expect("table reads");
                for row in rows {
                    out.extend(row.into_bytes());
                    out.push(b'\n');
                }
            }
            return out;
        }
        let mut bytes = std::fs::read(&db_path).unwrap_or_default();
        bytes.extend(std::fs::read(wal(&db_path)).unwrap_or_default());
        bytes
    }

    /// Adds a Zendesk integration whose api_token is `secret`, via env.
    pub fn add_zendesk(&mut self, name: &str, secret: &str) {
        self.set("ZD_TOKEN", secret);
        self.ok(&[
            "integration", "add", "zendesk", "--name", name,
            "--field", "subdomain=acme", "--field", "email=ops@acme.com",
            "--secret", "api_token=env:ZD_TOKEN",
        ]);
    }

    /// Adds a sandbox integration on a port nothing listens on (its tests
    /// fail fast), its api_key from `SBX_KEY`, which the caller sets.
    pub fn add_unreachable_sandbox(&self, name: &str) {
        self.ok(&[
            "integration", "add", "sandbox", "--name", name,
            "--field", "base_url=http://127.0.0.1:9", "--secret", "api_key=env:SBX_KEY",
        ]);
    }
}

pub fn wal(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// Exit code, stdout and stderr in one string, for snapshots.
pub fn transcript(out: &Output) -> String {
    format!(
        "exit: {}\n----- stdout -----\n{}----- stderr -----\n{}",
        out.status.code().map(|c| c.to_string()).unwrap_or_else(|| "signal".into()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Snapshot settings that hide what changes between runs: temp paths,
/// ids, timestamps, key ids.
pub fn filters(env: &TestEnv) -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(&regex::escape(&env.dir.path().display().to_string()), "[TMP]");
    // A PostgreSQL store reads as the default SQLite one, so the same
    // snapshot holds on either engine; so does the schema this build knows.
    if let Some(url) = env.db.to_str().filter(|u| u.starts_with("postgres")) {
        s.add_filter(&regex::escape(url), "[TMP]/data/crmctl/crmctl.db");
    }
    s.add_filter(r"(this build (?:knows up to|supports) )\d+", "${1}[KNOWN]");
    s.add_filter(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "[UUID]");
    s.add_filter(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "[TIME]");
    s.add_filter(r"\b[0-9a-f]{16}\b", "[KEYID]");
    s.add_filter(r" +\n", "\n");
    s.set_prepend_module_to_snapshot(false);
    s
}

/// Asserts a command's transcript against a named snapshot.
#[macro_export]
macro_rules! snapshot {
    ($env:expr, $name:expr, $out:expr) => {{
        let out = $out;
        $crate::common::filters(&$env).bind(|| {
            insta::assert_snapshot!($name, $crate::common::transcript(&out));
        });
        out
    }};
}

/// Asserts the canary is nowhere in this output or in the store.
pub fn assert_no_canary(env: &TestEnv, out: &Output, what: &str) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !String::from_utf8_lossy(bytes).contains(CANARY),
            "the canary secret leaked to {stream} of {what}"
        );
    }
    assert_store_clean(env, what);
}

pub fn assert_store_clean(env: &TestEnv, what: &str) {
    let bytes = env.store_bytes();
    assert!(
        !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
        "the canary secret is in the store's bytes after {what}"
    );
}

/// A fake provider (wiremock) on its own loopback port and runtime, so it
/// keeps answering while the test blocks on a crmctl process.
pub struct FakeProvider {
    pub rt: tokio::runtime::Runtime,
    pub server: wiremock::MockServer,
}

impl FakeProvider {
    pub fn start() -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let server = rt.block_on(wiremock::MockServer::start());
        FakeProvider { rt, server }
    }

    pub fn url(&self) -> String {
        self.server.uri()
    }

    pub fn mount(&self, mock: wiremock::Mock) {
        self.rt.block_on(mock.mount(&self.server));
    }

    pub fn reset(&self) {
        self.rt.block_on(self.server.reset());
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<wiremock::Request> {
        self.rt.block_on(self.server.received_requests()).unwrap_or_default()
    }

    /// The JSON bodies received (null where a body is not JSON).
    pub fn bodies(&self) -> Vec<serde_json::Value> {
        self.requests().iter().map(|r| serde_json::from_slice(&r.body).unwrap_or(serde_json::Value::Null)).collect()
    }

    /// The JSON bodies of the requests with this method and path.
    pub fn bodies_at(&self, method: &str, path: &str) -> Vec<serde_json::Value> {
        self.requests()
            .into_iter()
            .filter(|r| r.method.as_str() == method && r.url.path() == path)
            .map(|r| serde_json::from_slice(&r.body).unwrap_or(serde_json::Value::Null))
            .collect()
    }
}

/// The sandbox (`crmctl::sandbox`) on its own loopback port and runtime;
/// stopped when dropped.
pub struct Sb {
    pub rt: tokio::runtime::Runtime,
    sb: Option<crmctl::sandbox::Sandbox>,
}

impl Sb {
    pub fn start(records: u64, latency: std::time::Duration) -> Self {
        Self::with(crmctl::sandbox::SandboxConfig { records, latency, ..Default::default() })
    }

    pub fn with(config: crmctl::sandbox::SandboxConfig) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
        let sb = rt.block_on(crmctl::sandbox::start("127.0.0.1:0".parse().unwrap(), config)).unwrap();
        Sb { rt, sb: Some(sb) }
    }

    pub fn sb(&self) -> &crmctl::sandbox::Sandbox {
        self.sb.as_ref().unwrap()
    }

    /// The requests received at this path, in order.
    pub fn requests(&self, path: &str) -> Vec<crmctl::sandbox::RequestRecord> {
        self.sb().state().requests().into_iter().filter(|r| r.path == path).collect()
    }
}

impl Drop for Sb {
    fn drop(&mut self) {
        if let Some(sb) = self.sb.take() {
            let _ = self.rt.block_on(sb.stop());
        }
    }
}

/// A store with a sandbox integration `sbx` (API key) on `sb`.
pub fn env_with_sandbox(sb: &Sb) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", sb.sb().state().api_key());
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", &format!("base_url={}", sb.sb().url()), "--secret", "api_key=env:SBX_KEY"]);
    env
}

/// A direct connection to the test's store (SQLite file or PostgreSQL
/// database), through the store's own two-engine interface: for checks and
/// for tampering behind crmctl's back.
pub fn store_db(env: &TestEnv) -> crmctl::store::Db {
    crmctl::store::Db::open_raw(&env.db).expect("the store opens")
}
