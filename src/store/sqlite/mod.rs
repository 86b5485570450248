//! The SQLite engine: one file, created 0600, WAL, a busy timeout,
//! numbered migrations embedded in the binary.

pub mod busy;
pub(super) mod inspect;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use crate::error::{Error, Result};

/// Append-only: never edit a migration that has shipped; add a new file.
pub const MIGRATIONS: &[&str] = &[
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

fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// Opens (and upgrades) the store file at `path`, which exists. Nothing
/// is written, and no pragma set, until the file is known to be a crmctl
/// store this build can use.
pub(super) fn open(path: &Path) -> Result<Connection> {
    inspect::check(path, MIGRATIONS)?;
    connect(path)
}

pub(super) fn connect(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    busy::install(&conn, path)?;
    conn.set_prepared_statement_cache_capacity(128);
    // journal_mode returns a row; pragma_update would reject it.
    let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    restrict_permissions(path)?;

    let found = schema_version(&conn)?;
    let known = MIGRATIONS.len() as i64;
    if found > known {
        return Err(Error::StoreTooNew { path: path.to_path_buf(), found, known });
    }
    if found < known {
        migrate(&mut conn)?;
    }
    Ok(conn)
}

pub(super) fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
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
                    return Err(Error::Store(err.into()));
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
/// `init` finishes the new file (store id, default org) before the link.
pub(super) fn create_new(path: &Path, init: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "crmctl.db".into());
    let tmp = path.with_file_name(format!(".{name}.new-{}", uuid::Uuid::new_v4().simple()));
    let made = (|| {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        opts.open(&tmp).map_err(|e| Error::io(&tmp, e))?;
        init(&tmp)?;
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

pub(super) fn create_private_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| Error::io(dir, e))
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// The store and its WAL files hold sealed secrets: owner only.
pub(super) fn restrict_permissions(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let p = PathBuf::from(p);
            if p.exists() {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).map_err(|e| Error::io(&p, e))?;
            }
        }
    }
    let _ = path;
    Ok(())
}

/// Removes a store file and its WAL companions.
pub fn remove_files(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}
