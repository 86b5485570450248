//! The audit log: one row per change of configuration, naming the fields
//! changed (never their values) and the OS user and host that made it.

use serde::Serialize;

use super::{Org, Store};
use crate::error::Result;

/// A change to record.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    /// The command, e.g. `integration edit`.
    pub action: String,
    /// What it changed (an integration, org, assistant... by name).
    pub subject: Option<String>,
    /// The fields and options given, by name only.
    pub fields: Vec<String>,
    pub os_user: String,
    pub host: String,
}

/// A recorded change. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub id: String,
    pub at: String,
    pub action: String,
    pub subject: Option<String>,
    pub fields: Vec<String>,
    pub os_user: String,
    pub host: String,
}

impl Store {
    pub fn insert_audit(&mut self, org: &Org, e: &AuditEntry) -> Result<()> {
        let tx = self.db.write_tx()?;
        tx.execute(
            "INSERT INTO audit_log (id, seq, org_id, at, action, subject, fields, os_user, host)
             VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log), ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            (
                &uuid::Uuid::now_v7().to_string(),
                &org.id,
                &super::now(),
                &e.action,
                &e.subject,
                &serde_json::to_string(&e.fields).expect("names serialize"),
                &e.os_user,
                &e.host,
            ),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The newest `limit` rows since a time, oldest first.
    pub fn audit_rows(&self, org: &Org, since: Option<&str>, limit: i64) -> Result<Vec<AuditRow>> {
        let mut rows: Vec<AuditRow> = self.db.query_map(
            "SELECT id, at, action, subject, fields, os_user, host FROM audit_log
             WHERE org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR at >= ?2) ORDER BY seq DESC LIMIT ?3",
            (&org.id, &since, super::db::no_limit(limit)),
            |r| {
                let fields: String = r.get(4)?;
                Ok(AuditRow {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    action: r.get(2)?,
                    subject: r.get(3)?,
                    fields: serde_json::from_str(&fields).unwrap_or_default(),
                    os_user: r.get(5)?,
                    host: r.get(6)?,
                })
            },
        )?;
        rows.reverse();
        Ok(rows)
    }
}
