use serde::Serialize;

use super::{Org, Store};
use crate::error::Result;

/// One operation's record: what ran, how it went, with a redacted detail.
#[derive(Debug, Clone, Serialize)]
pub struct SyncLog {
    pub id: String,
    pub integration_id: Option<String>,
    pub integration: Option<String>,
    /// `test`, `action`, `kb_import`, `record_sync`, `webhook`.
    pub kind: String,
    pub event_id: Option<String>,
    pub event_type: Option<String>,
    /// `success`, `failure` or `partial`.
    pub status: String,
    pub error_class: Option<String>,
    pub started_at: String,
    pub finished_at: String,
    pub duration_ms: i64,
    pub processed: i64,
    pub created: i64,
    pub updated: i64,
    pub failed: i64,
    pub http_status: Option<i64>,
    /// Request and response with secrets and auth headers removed.
    pub detail: serde_json::Value,
}

impl Store {
    pub fn insert_sync_log(&self, org: &Org, log: &SyncLog) -> Result<()> {
        self.conn.execute(
            "INSERT INTO sync_logs (id, org_id, integration_id, integration_name, kind, event_id,
                 event_type, status, error_class, started_at, finished_at, duration_ms, processed,
                 created, updated, failed, http_status, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            rusqlite::params![
                log.id,
                org.id,
                log.integration_id,
                log.integration,
                log.kind,
                log.event_id,
                log.event_type,
                log.status,
                log.error_class,
                log.started_at,
                log.finished_at,
                log.duration_ms,
                log.processed,
                log.created,
                log.updated,
                log.failed,
                log.http_status,
                log.detail.to_string(),
            ],
        )?;
        Ok(())
    }

    /// The org's most recent sync-log rows, newest first.
    pub fn recent_sync_logs(&self, org: &Org, limit: i64) -> Result<Vec<SyncLog>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, integration_id, integration_name, kind, event_id, event_type, status,
                    error_class, started_at, finished_at, duration_ms, processed, created, updated,
                    failed, http_status, detail
             FROM sync_logs WHERE org_id = ?1 ORDER BY started_at DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt
            .query_map((&org.id, limit), |r| {
                let detail: String = r.get(16)?;
                Ok(SyncLog {
                    id: r.get(0)?,
                    integration_id: r.get(1)?,
                    integration: r.get(2)?,
                    kind: r.get(3)?,
                    event_id: r.get(4)?,
                    event_type: r.get(5)?,
                    status: r.get(6)?,
                    error_class: r.get(7)?,
                    started_at: r.get(8)?,
                    finished_at: r.get(9)?,
                    duration_ms: r.get(10)?,
                    processed: r.get(11)?,
                    created: r.get(12)?,
                    updated: r.get(13)?,
                    failed: r.get(14)?,
                    http_status: r.get(15)?,
                    detail: serde_json::from_str(&detail).unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// Records a connection test's verdict on the integration.
    pub fn set_last_test(&self, org: &Org, integration_id: &str, status: &str, at: &str, detail: &serde_json::Value) -> Result<()> {
        self.conn.execute(
            "UPDATE integrations SET last_test_status = ?1, last_test_at = ?2, last_test_detail = ?3
             WHERE org_id = ?4 AND id = ?5",
            (status, at, detail.to_string(), &org.id, integration_id),
        )?;
        Ok(())
    }
}
