//! Moving a whole store between engines (`crmctl store copy`), and the
//! row counts `crmctl store info` shows.
//!
//! A copy is all-or-nothing: every row is written in one write transaction
//! on the target, the counts of every table are compared with the source's
//! inside it, and only then is it committed. Sealed values are copied as
//! they are: the ids they are bound to (org, integration, field) and the
//! store id that names the keyring entry come across unchanged, so the same
//! master key opens them.

use serde::Serialize;

use super::Store;
use super::db::{Db, Val};
use crate::error::{Error, Result};

/// Every table of the store, parents before the tables that refer to them.
pub const TABLES: &[&str] = &[
    "meta",
    "master_keys",
    "orgs",
    "assistants",
    "integrations",
    "integration_secrets",
    "sync_logs",
    "oauth_tokens",
    "events",
    "steps",
    "kb_articles",
    "kb_import_state",
    "field_mappings",
    "accounts",
    "records",
    "record_sync_state",
    "schedules",
    "webhook_signatures",
    "run_leases",
    "audit_log",
];

/// Tables whose rows make a store not empty (a new store has its meta rows
/// and the default org, nothing else).
const CONTENT: &[&str] = &["master_keys", "integrations", "assistants", "events", "kb_articles", "records", "sync_logs", "audit_log"];

#[derive(Debug, Clone, Serialize)]
pub struct TableCount {
    pub table: String,
    pub rows: i64,
}

/// The columns of a table that hold data (not PostgreSQL's generated
/// search vector), in the table's order.
fn columns(db: &Db, table: &str) -> Result<Vec<String>> {
    let cols = match db {
        Db::Sqlite(_) => db.query_map("SELECT name FROM pragma_table_info(?1) ORDER BY cid", (table,), |r| r.get(0))?,
        Db::Postgres(_) => db.query_map(
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = ?1 AND is_generated = 'NEVER'
             ORDER BY ordinal_position",
            (table,),
            |r| r.get(0),
        )?,
    };
    Ok(cols)
}

impl Store {
    /// Rows per table.
    pub fn table_counts(&self) -> Result<Vec<TableCount>> {
        TABLES
            .iter()
            .map(|t| {
                let rows = self.db.query_row(&format!("SELECT COUNT(*) FROM {t}"), (), |r| r.get(0))?;
                Ok(TableCount { table: (*t).to_string(), rows })
            })
            .collect()
    }

    /// Whether the store holds anything beyond what a new store has.
    pub fn is_empty(&self) -> Result<bool> {
        for t in CONTENT {
            let n: i64 = self.db.query_row(&format!("SELECT COUNT(*) FROM {t}"), (), |r| r.get(0))?;
            if n > 0 {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Copies every row of this store into `target`, replacing what the
    /// target has; see the module docs. Returns the rows per table.
    pub fn copy_into(&self, target: &Store, mut progress: impl FnMut(&str, i64)) -> Result<Vec<TableCount>> {
        let source_schema = self.schema_version()?;
        let target_schema = target.schema_version()?;
        if source_schema != self.known_schema() || target_schema != target.known_schema() {
            return Err(Error::Failed {
                message: format!(
                    "both stores must be at this build's schema (source {source_schema} of {}, target {target_schema} of {})",
                    self.known_schema(),
                    target.known_schema()
                ),
            });
        }
        let counts = self.table_counts()?;
        let tx = target.db.write_tx()?;
        for t in TABLES.iter().rev() {
            tx.execute(&format!("DELETE FROM {t}"), ())?;
        }
        for t in TABLES {
            let source_cols = columns(&self.db, t)?;
            let target_cols = columns(&tx, t)?;
            if source_cols != target_cols {
                return Err(Error::Failed {
                    message: format!(
                        "table {t} has columns ({}) in the source but ({}) in the target",
                        source_cols.join(", "),
                        target_cols.join(", ")
                    ),
                });
            }
            let list = source_cols.join(", ");
            let marks: Vec<String> = (1..=source_cols.len()).map(|i| format!("?{i}")).collect();
            let insert = format!("INSERT INTO {t} ({list}) VALUES ({})", marks.join(", "));
            let mut n = 0i64;
            self.db.query_each(&format!("SELECT {list} FROM {t}"), (), |r| {
                let row: Vec<Val> = (0..source_cols.len()).map(|i| r.get::<Val>(i)).collect::<std::result::Result<_, _>>()?;
                tx.execute(&insert, &row)?;
                n += 1;
                if n % 10_000 == 0 {
                    progress(t, n);
                }
                Ok(())
            })?;
        }
        for c in &counts {
            let written: i64 = tx.query_row(&format!("SELECT COUNT(*) FROM {}", c.table), (), |r| r.get(0))?;
            if written != c.rows {
                return Err(Error::Failed {
                    message: format!(
                        "table {} has {} rows in the source but {written} were written; nothing was committed",
                        c.table, c.rows
                    ),
                });
            }
        }
        tx.commit()?;
        Ok(counts)
    }
}
