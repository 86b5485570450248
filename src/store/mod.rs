//! The store: one interface ([`db`]) over two engines, a SQLite file
//! ([`sqlite`], the default) or a PostgreSQL database ([`postgres`], a
//! team's shared store), chosen by `--db`. Every query about org-owned rows
//! takes an [`Org`] and filters on its id.

mod apply;
mod audit;
mod copy;
pub mod db;
mod footprint;
mod integrations;
mod kb;
mod keys;
mod leases;
mod mappings;
mod orgs;
pub mod postgres;
mod queue;
mod records;
mod schedules;
pub mod sqlite;
mod stats;
mod sync_logs;
mod tokens;
mod webhooks;

use std::path::{Path, PathBuf};
use std::time::Duration;

use db::OptionalExt;
pub use db::{Backend, Db, DbError};
pub use sqlite::busy;

pub use apply::Op;
pub use audit::{AuditEntry, AuditRow};
pub use copy::{TABLES, TableCount};
pub use footprint::{Footprint, Scope};
pub use integrations::{Integration, IntegrationPatch, NewIntegration, SealedField};
pub use kb::{KB_JOB, KbArticle, KbFilter, KbHit, KbRun, KbState, KbUpsert, PageCommit, Upserted, sync_job};
pub use keys::KeyRow;
pub use leases::LeaseHolder;
pub use mappings::{MappingRow, MappingUpsert};
pub use orgs::{Assistant, Org};
pub use queue::{Claimed, Event, Finished, NewEvent, NewStep, Step, StepFilter, StepResult};
pub use records::{AccountRow, RecordFilter, RecordRow, RecordUpsert};
pub use schedules::Schedule;
pub use stats::{Day, IntegrationStats};
pub use sync_logs::{LogFilter, SyncLog};
pub use tokens::{ACCESS_FIELD, NewTokens, REFRESH_FIELD, TokenRow};
pub use webhooks::WEBHOOK_KEY_FIELD;

use crate::error::{Error, Result};

/// The run lease a page commit checks: its id and how far to renew it.
#[derive(Debug, Clone, Copy)]
pub struct LeaseRef<'a> {
    pub id: &'a str,
    pub ttl: Duration,
}

pub const DEFAULT_ORG: &str = "default";

pub struct Store {
    db: Db,
    /// The SQLite file, or the PostgreSQL URL with its password masked.
    path: PathBuf,
    /// What `--db` named (with a PostgreSQL password, if it had one): for
    /// opening the same store again on another thread.
    location: PathBuf,
    store_id: String,
    /// PostgreSQL: the queue's `LISTEN` connection, started on first wait
    /// (`None` inside when it could not be, and polling takes over).
    listener: Option<Option<postgres::Listener>>,
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
    /// create one. `path` is a SQLite file or a `postgres://` URL.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(url) = postgres_url(path) {
            return Self::open_postgres(url, false);
        }
        if !path.exists() {
            return Err(Error::NoStore { path: path.to_path_buf() });
        }
        Self::from_sqlite(sqlite::open(path)?, path)
    }

    /// Opens the store, creating it when absent: a SQLite file (0600, in a
    /// 0700 directory) is built under a temporary name and linked into
    /// place, so the path never names an empty or half-made file; a
    /// PostgreSQL database gets the store's tables.
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if let Some(url) = postgres_url(path) {
            return Self::open_postgres(url, true);
        }
        if !path.exists() {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                sqlite::create_private_dir(dir)?;
            }
            sqlite::create_new(path, |tmp| {
                let conn = sqlite::connect(tmp)?;
                drop(Self::from_sqlite(conn, tmp)?);
                Ok(())
            })?;
        }
        Self::open(path)
    }

    fn from_sqlite(conn: rusqlite::Connection, path: &Path) -> Result<Store> {
        let db = Db::Sqlite(conn);
        let store_id = init_meta(&db)?;
        sqlite::restrict_permissions(path)?;
        Ok(Store { db, path: path.to_path_buf(), location: path.to_path_buf(), store_id, listener: None })
    }

    fn open_postgres(url: &str, create: bool) -> Result<Store> {
        let target = postgres::PgTarget::parse(url)?;
        let shown = PathBuf::from(target.masked());
        let conn = postgres::Conn::connect(&target)?;
        if !create && postgres::schema_version(&conn)? == 0 {
            return Err(Error::NoStore { path: shown });
        }
        match postgres::migrate(&conn)? {
            postgres::migrate::Found::TooNew(found) => {
                return Err(Error::StoreTooNew { path: shown, found, known: postgres::MIGRATIONS.len() as i64 });
            }
            postgres::migrate::Found::Foreign(tables) => {
                return Err(Error::NotAStore {
                    path: shown,
                    what: format!("a database holding another application's tables ({}) and no crmctl schema", tables.join(", ")),
                });
            }
            _ => {}
        }
        let db = Db::Postgres(conn);
        let store_id = init_meta(&db)?;
        Ok(Store { db, path: shown, location: PathBuf::from(url), store_id, listener: None })
    }

    /// Starts a write transaction that takes the write lock up front (see
    /// [`Db::write_tx`]), so a busy store is waited for rather than failing
    /// when a read upgrades to a write.
    pub(crate) fn write_tx(&self) -> Result<db::Tx<'_>> {
        Ok(self.db.write_tx()?)
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// The SQLite file, or the PostgreSQL URL with the password masked:
    /// what messages may show.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Waits up to `timeout` for events to be queued: on PostgreSQL, by
    /// `LISTEN/NOTIFY` (returns `Some(woken)`); on SQLite, or when the
    /// listener cannot connect, returns `None` at once and the caller polls.
    pub fn wait_for_queue(&mut self, timeout: Duration) -> Option<bool> {
        let Db::Postgres(conn) = &self.db else { return None };
        let listener = self.listener.get_or_insert_with(|| postgres::Listener::start(conn.target()).ok());
        listener.as_ref().map(|l| l.wait(timeout))
    }

    /// What opens this store again ([`Store::open`]); never for messages.
    pub fn location(&self) -> &Path {
        &self.location
    }

    /// A random id fixed at creation; names this store's keyring entries.
    pub fn store_id(&self) -> &str {
        &self.store_id
    }

    /// The newest schema of a SQLite store this build knows.
    pub fn supported_schema() -> i64 {
        sqlite::MIGRATIONS.len() as i64
    }

    /// The newest schema this build knows for the store's engine.
    pub fn known_schema(&self) -> i64 {
        match self.db {
            Db::Sqlite(_) => sqlite::MIGRATIONS.len() as i64,
            Db::Postgres(_) => postgres::MIGRATIONS.len() as i64,
        }
    }

    pub fn schema_version(&self) -> Result<i64> {
        match &self.db {
            Db::Sqlite(c) => sqlite::schema_version(c),
            Db::Postgres(c) => Ok(postgres::schema_version(c)?),
        }
    }
}

/// `--db` as a PostgreSQL URL, when it is one.
pub fn postgres_url(path: &Path) -> Option<&str> {
    path.to_str().filter(|s| postgres::config::is_postgres_url(s))
}

/// Refuses a `postgres://` URL with a password in it given as the value of a
/// command-line flag, where the process list shows it to every user of the
/// machine.
pub fn refuse_password_in_argument(flag: &str, path: &Path) -> Result<()> {
    let Some(url) = postgres_url(path) else { return Ok(()) };
    if url::Url::parse(url).ok().is_some_and(|u| u.password().is_some()) {
        return Err(Error::usage_hint(
            format!("{flag} {} has a password in it, which the process list would show", postgres::config::mask_url(url)),
            "leave it out of the URL and set PGPASSWORD, or put it in ~/.pgpass (or the file PGPASSFILE names); \
             for --db, the whole URL may also go in CRMCTL_DB",
        ));
    }
    Ok(())
}

/// Reads the store id, creating it and the default org on a new store.
fn init_meta(db: &Db) -> Result<String> {
    let tx = db.write_tx()?;
    let existing: Option<String> = tx.query_row("SELECT value FROM meta WHERE key = 'store_id'", &(), |r| r.get(0)).optional()?;
    let store_id = match existing {
        Some(id) => id,
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?1)", &(&id,))?;
            tx.execute("INSERT INTO meta (key, value) VALUES ('created_by', ?1)", &(concat!("crmctl ", env!("CARGO_PKG_VERSION")),))?;
            tx.execute(
                "INSERT INTO orgs (id, name, settings, created_at) VALUES (?1, ?2, '{}', ?3)
                 ON CONFLICT (name) DO NOTHING",
                &(uuid::Uuid::now_v7().to_string(), DEFAULT_ORG, now()),
            )?;
            id
        }
    };
    tx.commit()?;
    Ok(store_id)
}

/// Removes a store file and its WAL companions: used to take back a store
/// that a failed `key init` or `key import` created. (A PostgreSQL store
/// is not removed.)
pub fn remove_files(path: &Path) {
    if postgres_url(path).is_none() {
        sqlite::remove_files(path);
    }
}

pub fn validate_integration_name(name: &str) -> Result<()> {
    orgs::validate_name("integration", name)
}

/// Checks an org, assistant or integration name (`kind` names it in the error).
pub fn validate_object_name(kind: &str, name: &str) -> Result<()> {
    orgs::validate_name(kind, name)
}
