use serde::Serialize;

use super::db::Db;
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
    /// Insertion order (set by the store).
    #[serde(skip)]
    pub seq: Option<i64>,
}

impl SyncLog {
    /// A row for one operation on one item (a test, an action, a step),
    /// finishing now: status and counts from `ok`. Callers add the class,
    /// HTTP status, event and detail with struct-update syntax.
    /// A row for one run over an integration (an import, a sync, a webhook
    /// push): `counts` are processed, created, updated and failed. The
    /// caller sets `error_class` and `http_status` where a failure has them.
    pub fn run(
        kind: &str,
        integration: &super::Integration,
        status: &str,
        started_at: String,
        duration_ms: u64,
        counts: [u64; 4],
        detail: serde_json::Value,
    ) -> SyncLog {
        let [processed, created, updated, failed] = counts.map(|n| n as i64);
        SyncLog {
            id: uuid::Uuid::now_v7().to_string(),
            integration_id: Some(integration.id.clone()),
            integration: Some(integration.name.clone()),
            kind: kind.to_string(),
            event_id: None,
            event_type: None,
            status: status.to_string(),
            error_class: None,
            started_at,
            finished_at: super::now(),
            duration_ms: duration_ms as i64,
            processed,
            created,
            updated,
            failed,
            http_status: None,
            detail,
            seq: None,
        }
    }

    pub fn one(kind: &str, integration_id: Option<String>, integration: &str, ok: bool, started_at: String, duration_ms: u64) -> SyncLog {
        SyncLog {
            id: uuid::Uuid::now_v7().to_string(),
            integration_id,
            integration: Some(integration.to_string()),
            kind: kind.to_string(),
            event_id: None,
            event_type: None,
            status: if ok { "success" } else { "failure" }.to_string(),
            error_class: None,
            started_at,
            finished_at: super::now(),
            duration_ms: duration_ms as i64,
            processed: 1,
            created: 0,
            updated: 0,
            failed: i64::from(!ok),
            http_status: None,
            detail: serde_json::Value::Null,
            seq: None,
        }
    }
}

/// Filters for reading the sync log.
#[derive(Default)]
pub struct LogFilter<'a> {
    pub since: Option<&'a str>,
    pub integration: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub status: Option<&'a str>,
    pub event_type: Option<&'a str>,
    pub after_seq: Option<i64>,
    pub limit: i64,
}

impl Store {
    pub fn insert_sync_log(&self, org: &Org, log: &SyncLog) -> Result<()> {
        insert(&self.db, org, log)
    }

    /// Adds a push's counts to an existing row of the same integration (a
    /// sync the push answers, named by its `sync_log_id`), and sets its
    /// status from the totals. False when no such row exists.
    pub fn add_to_sync_log(&self, org: &Org, id: &str, log: &SyncLog) -> Result<bool> {
        let n = self.db.execute(
            "UPDATE sync_logs SET processed = processed + ?4, created = created + ?5, updated = updated + ?6, failed = failed + ?7,
                 finished_at = ?8, duration_ms = duration_ms + ?9, error_class = COALESCE(?10, error_class), detail = ?11,
                 status = CASE WHEN failed + ?7 = 0 THEN 'success' WHEN failed + ?7 >= processed + ?4 THEN 'failure' ELSE 'partial' END
             WHERE org_id = ?1 AND id = ?2 AND integration_id = ?3",
            (
                &org.id,
                &id,
                &log.integration_id,
                &log.processed,
                &log.created,
                &log.updated,
                &log.failed,
                &log.finished_at,
                &log.duration_ms,
                &log.error_class,
                &log.detail.to_string(),
            ),
        )?;
        Ok(n == 1)
    }

    /// Sync-log rows of the org matching the filter: with `after_seq`, the
    /// rows written after it, oldest first; else the newest `limit` rows,
    /// returned oldest first.
    pub fn sync_logs(&self, org: &Org, f: &LogFilter<'_>) -> Result<Vec<SyncLog>> {
        let mut sql = String::from(
            "SELECT id, integration_id, integration_name, kind, event_id, event_type, status,
                    error_class, started_at, finished_at, duration_ms, processed, created, updated,
                    failed, http_status, detail, seq
             FROM sync_logs WHERE org_id = ?1
               AND (CAST(?2 AS TEXT) IS NULL OR started_at >= ?2)
               AND (CAST(?3 AS TEXT) IS NULL OR integration_name = ?3)
               AND (CAST(?4 AS TEXT) IS NULL OR kind = ?4)
               AND (CAST(?5 AS TEXT) IS NULL OR status = ?5)
               AND (CAST(?6 AS TEXT) IS NULL OR event_type = ?6)
               AND (CAST(?7 AS BIGINT) IS NULL OR seq > ?7)",
        );
        sql.push_str(if f.after_seq.is_some() { " ORDER BY seq ASC LIMIT ?8" } else { " ORDER BY seq DESC LIMIT ?8" });

        let mut rows = self.db.query_map(
            &sql,
            (&org.id, &f.since, &f.integration, &f.kind, &f.status, &f.event_type, &f.after_seq, super::db::no_limit(f.limit)),
            |r| {
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
                    seq: r.get(17)?,
                })
            },
        )?;
        if f.after_seq.is_none() {
            rows.reverse();
        }
        Ok(rows)
    }

    pub fn sync_log(&self, org: &Org, id: &str) -> Result<SyncLog> {
        let all = self.sync_logs(org, &LogFilter { limit: i64::MAX, ..Default::default() })?;
        all.into_iter().find(|l| l.id == id).ok_or_else(|| crate::error::Error::NotFound {
            kind: "sync-log row",
            name: id.into(),
            scope: format!(" in org '{}'", org.name),
            hint: Some("see `crmctl logs tail`".into()),
        })
    }

    /// Counts for `stats`: rows since a time, and failures since another.
    pub fn sync_log_counts(&self, org: &Org, since_day: &str, since_week: &str) -> Result<(i64, i64)> {
        Ok(self.db.query_row(
            "SELECT COALESCE(SUM(CASE WHEN started_at >= ?2 THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN started_at >= ?3 AND status = 'failure' THEN 1 ELSE 0 END), 0)
             FROM sync_logs WHERE org_id = ?1",
            (&org.id, since_day, since_week),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Records a connection test's verdict on the integration.
    pub fn set_last_test(&self, org: &Org, integration_id: &str, status: &str, at: &str, detail: &serde_json::Value) -> Result<()> {
        self.db.execute(
            "UPDATE integrations SET last_test_status = ?1, last_test_at = ?2, last_test_detail = ?3
             WHERE org_id = ?4 AND id = ?5",
            (status, at, detail.to_string(), &org.id, integration_id),
        )?;
        Ok(())
    }
}

/// Inserts a row on any connection or transaction.
pub(crate) fn insert(conn: &Db, org: &Org, log: &SyncLog) -> Result<()> {
    conn.execute_locked(
        "INSERT INTO sync_logs (id, org_id, integration_id, integration_name, kind, event_id,
                 event_type, status, error_class, started_at, finished_at, duration_ms, processed,
                 created, updated, failed, http_status, detail, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                     (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_logs))",
        (
            &log.id,
            &org.id,
            &log.integration_id,
            &log.integration,
            &log.kind,
            &log.event_id,
            &log.event_type,
            &log.status,
            &log.error_class,
            &log.started_at,
            &log.finished_at,
            &log.duration_ms,
            &log.processed,
            &log.created,
            &log.updated,
            &log.failed,
            &log.http_status,
            &log.detail.to_string(),
        ),
    )?;
    Ok(())
}
