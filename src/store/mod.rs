//! The SQLite store: one file, created 0600, WAL, a busy timeout, numbered
//! migrations embedded in the binary. Every query about org-owned rows takes
//! an [`Org`] and filters on its id.

mod apply;
pub mod busy;
mod inspect;
mod footprint;
mod audit;
mod integrations;
mod kb;
mod keys;
mod leases;
mod mappings;
mod orgs;
mod queue;
mod records;
mod schedules;
mod stats;
mod sync_logs;
mod tokens;
mod webhooks;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

pub use apply::Op;
pub use footprint::{Footprint, Scope};
pub use audit::{AuditEntry, AuditRow};
pub use integrations::{Integration, IntegrationPatch, NewIntegration, SealedField};
pub use keys::KeyRow;
pub use leases::LeaseHolder;
pub use mappings::{MappingRow, MappingUpsert};
pub use kb::{sync_job, KB_JOB, KbArticle, KbFilter, KbHit, KbRun, KbState, KbUpsert, PageCommit, Upserted};
pub use orgs::{Assistant, Org};
pub use records::{AccountRow, RecordFilter, RecordRow, RecordUpsert};
pub use schedules::Schedule;
pub use stats::{Day, IntegrationStats};
pub use webhooks::WEBHOOK_KEY_FIELD;
pub use queue::{Claimed, Event, Finished, NewEvent, NewStep, Step, StepFilter, StepResult};
pub use sync_logs::{LogFilter, SyncLog};
pub use tokens::{NewTokens, TokenRow, ACCESS_FIELD, REFRESH_FIELD};

use crate::error::{Error, Result};

/// Append-only: never edit a migration that has shipped; add a new file.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_sync_logs_tokens.sql"),
    include_str!("migrations/0003_events_queue.sql"),
    include_str!("migrations/0004_knowledge_base.sql"),
    include_str!("migrations/0005_field_mappings.sql"),
    include_str!("migrations/0006_records.sql"),
    include_str!("migrations/0007_schedules.sql"),
    include_str!("migrations/0008_webhooks.sql"),
    include_str!("migrations/0009_run_leases.sql"),
    include_str!("migrations/0010_audit_log.sql"),
];

/// The run lease a page commit checks: its id and how far to renew it.
#[derive(Debug, Clone, Copy)]
pub struct LeaseRef<'a> {
    pub id: &'a str,
    pub ttl: Duration,
}

pub const DEFAULT_ORG: &str = "default";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    store_id: String,
}

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The store's timestamp format: RFC 3339, UTC, always six fractional
/// digits, so that text order is time order (SQL compares them as text,
/// here and in PostgreSQL).
pub fn ts(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub fn now() -> String {
    ts(jiff::Timestamp::now())
}

/// Now plus a duration, in the store's format.
pub fn after(d: std::time::Duration) -> String {
    ts(jiff::Timestamp::now() + jiff::SignedDuration::try_from(d).unwrap_or(jiff::SignedDuration::MAX))
}

impl Store {
    /// Opens an existing store; an absent file is an error that says how to
    /// create one.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoStore { path: path.to_path_buf() });
        }
        Self::open_inner(path)
    }

    /// Opens the store, creating the file (0600) and its directory (0700)
    /// when absent. A new store is built under a temporary name and linked
    /// into place, so the path never names an empty or half-made file.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if !path.exists() {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                create_private_dir(dir)?;
            }
            create_new(path)?;
        }
        Self::open_inner(path)
    }

    fn open_inner(path: &Path) -> Result<Store> {
        // Nothing is written, and no pragma set, until the file is known
        // to be a crmctl store this build can use.
        inspect::check(path, MIGRATIONS)?;
        Self::connect(path)
    }

    fn connect(path: &Path) -> Result<Store> {
        let mut conn = Connection::open(path)?;
        busy::install(&conn, path)?;
        // journal_mode returns a row; pragma_update would reject it.
        let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        restrict_permissions(path)?;

        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if found > known {
            return Err(Error::StoreTooNew { path: path.to_path_buf(), found, known });
        }
        if found < known {
            migrate(&mut conn)?;
        }

        let tx = rusqlite::Transaction::new_unchecked(&conn, rusqlite::TransactionBehavior::Immediate)?;
        let existing: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| r.get(0))
            .optional()?;
        let store_id = match existing {
            Some(id) => id,
            None => {
                let id = uuid::Uuid::new_v4().to_string();
                tx.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?1)", [&id])?;
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('created_by', ?1)",
                    [concat!("crmctl ", env!("CARGO_PKG_VERSION"))],
                )?;
                tx.execute(
                    "INSERT INTO orgs (id, name, settings, created_at) VALUES (?1, ?2, '{}', ?3)
                     ON CONFLICT (name) DO NOTHING",
                    (uuid::Uuid::now_v7().to_string(), DEFAULT_ORG, now()),
                )?;
                id
            }
        };
        tx.commit()?;
        restrict_permissions(path)?;
        Ok(Store { conn, path: path.to_path_buf(), store_id })
    }

    /// Starts a write transaction that takes the write lock up front
    /// (`BEGIN IMMEDIATE`), so a busy store is waited for (see [`busy`])
    /// rather than failing when a read upgrades to a write.
    pub(crate) fn write_tx(&self) -> Result<rusqlite::Transaction<'_>> {
        Ok(rusqlite::Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Immediate)?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A random id fixed at creation; names this store's keyring entries.
    pub fn store_id(&self) -> &str {
        &self.store_id
    }

    /// The newest schema this build knows (the number of migrations).
    pub fn supported_schema() -> i64 {
        MIGRATIONS.len() as i64
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// Applies the pending migrations. Two processes opening an old store at
/// once both get here: the migrator's own transaction starts deferred, so
/// the loser of the race gets SQLITE_BUSY at once, whatever the timeout;
/// it waits and tries again (finding the work done) within the bound.
fn migrate(conn: &mut Connection) -> Result<()> {
    let started = std::time::Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match migrations().to_latest(conn) {
            Ok(()) => return Ok(()),
            Err(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                let busy = matches!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked));
                if !busy || started.elapsed() >= busy::timeout() {
                    return Err(Error::Store(err));
                }
            }
            Err(other) => return Err(Error::Failed { message: format!("migrating the store: {other}") }),
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(200));
    }
}

/// Builds a new store next to `path` and links it into place; when another
/// process got there first, its store is kept and this one discarded.
fn create_new(path: &Path) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "crmctl.db".into());
    let tmp = path.with_file_name(format!(".{name}.new-{}", uuid::Uuid::new_v4().simple()));
    let made = (|| {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        opts.open(&tmp).map_err(|e| Error::io(&tmp, e))?;
        drop(Store::connect(&tmp)?);
        match std::fs::hard_link(&tmp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            // A file system without hard links: a plain rename.
            Err(_) if !path.exists() => std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e)),
            Err(e) => Err(Error::io(path, e)),
        }
    })();
    remove_files(&tmp);
    made
}

fn create_private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::io(dir, e))
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// The store and its WAL files hold sealed secrets: owner only.
fn restrict_permissions(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let p = PathBuf::from(p);
            if p.exists() {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| Error::io(&p, e))?;
            }
        }
    }
    let _ = path;
    Ok(())
}

/// Removes a store file and its WAL companions: used to take back a store
/// that a failed `key init` or `key import` created.
pub fn remove_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}

pub fn validate_integration_name(name: &str) -> Result<()> {
    orgs::validate_name("integration", name)
}

/// Checks an org, assistant or integration name (`kind` names it in the error).
pub fn validate_object_name(kind: &str, name: &str) -> Result<()> {
    orgs::validate_name(kind, name)
}
