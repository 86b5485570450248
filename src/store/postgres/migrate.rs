//! Numbered, append-only migrations for the PostgreSQL store, applied
//! under a session advisory lock so that two processes upgrading one store
//! at once take turns: the second finds the work done.

use super::{Conn, MIGRATE_LOCK, error};
use crate::store::db::{DbError, DbResult};

/// Append-only: never edit a migration that has shipped; add a new file.
pub const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_init.sql")];

const VERSIONS: &str = "crmctl_schema_migrations";

/// What [`migrate`] found before it did anything.
pub enum Found {
    /// A database with no crmctl tables (made a store now).
    Empty,
    /// A crmctl store at this schema version (upgraded when older).
    Store(i64),
    /// A crmctl store newer than this build: left untouched.
    TooNew(i64),
    /// Another application's tables where the store's would go: untouched.
    Foreign(Vec<String>),
}

/// The schema version of the store, 0 when it has none yet.
pub fn schema_version(conn: &Conn) -> DbResult<i64> {
    conn.with_client(|c| version(c))
}

fn version(c: &mut postgres::Client) -> DbResult<i64> {
    let exists: bool = c.query_one("SELECT to_regclass($1) IS NOT NULL", &[&VERSIONS]).map_err(error)?.get(0);
    if !exists {
        return Ok(0);
    }
    let v: Option<i64> = c.query_one(&format!("SELECT MAX(version) FROM {VERSIONS}"), &[]).map_err(error)?.get(0);
    Ok(v.unwrap_or(0))
}

/// Brings the store to this build's schema; see [`Found`].
pub fn migrate(conn: &Conn) -> DbResult<Found> {
    conn.with_client(|c| {
        c.execute("SELECT pg_advisory_lock($1)", &[&MIGRATE_LOCK]).map_err(error)?;
        let result = migrate_locked(c);
        let _ = c.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATE_LOCK]);
        result
    })
}

fn migrate_locked(c: &mut postgres::Client) -> DbResult<Found> {
    let found = version(c)?;
    let known = MIGRATIONS.len() as i64;
    if found > known {
        return Ok(Found::TooNew(found));
    }
    if found == 0 {
        // The store's own tables where none of its bookkeeping is: some
        // other application's; crmctl makes no table beside them.
        let clash: Vec<String> = c
            .query(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_name IN ('meta', 'integrations', 'orgs', 'events', 'steps')
                 ORDER BY 1",
                &[],
            )
            .map_err(error)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        if !clash.is_empty() {
            return Ok(Found::Foreign(clash));
        }
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let n = i as i64 + 1;
        let mut tx = c.transaction().map_err(error)?;
        tx.batch_execute(&format!("CREATE TABLE IF NOT EXISTS {VERSIONS} (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)"))
            .map_err(error)?;
        tx.batch_execute(sql).map_err(|e| match error(e) {
            DbError::Postgres { message, code } => DbError::Postgres { message: format!("migration {n}: {message}"), code },
            other => other,
        })?;
        tx.execute(&format!("INSERT INTO {VERSIONS} (version, applied_at) VALUES ($1, $2)"), &[&n, &crate::store::now()]).map_err(error)?;
        tx.commit().map_err(error)?;
    }
    Ok(if found == 0 { Found::Empty } else { Found::Store(found) })
}
