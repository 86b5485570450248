//! The figures behind `crmctl stats`, over the sync-log kinds that move
//! data (`record_sync`, `kb_import`, `webhook`): per-integration history (runs,
//! successes, failures, last run), what is stored (records, articles and
//! their bytes), and a per-day series of runs and failures.

use serde::Serialize;

use super::{Org, Store};
use crate::error::Result;

/// One integration's sync history within a window, and what it has stored.
#[derive(Debug, Clone, Serialize)]
pub struct IntegrationStats {
    pub integration: String,
    pub provider: String,
    pub enabled: bool,
    /// Runs in the window (pulls and pushes).
    pub syncs: i64,
    pub succeeded: i64,
    pub partial: i64,
    pub failed: i64,
    /// Failed runs in the last 7 days, whatever the window.
    pub failures_last_7d: i64,
    /// Items read by the runs in the window, and how many were written.
    pub processed: i64,
    pub written: i64,
    pub last_sync_at: Option<String>,
    pub last_sync_status: Option<String>,
    /// What the store holds for it now: active records and articles, and
    /// their size in bytes (fields as stored, article bodies).
    pub records: i64,
    pub articles: i64,
    pub bytes: i64,
}

/// One day (UTC) of the window.
#[derive(Debug, Clone, Serialize)]
pub struct Day {
    pub day: String,
    pub syncs: i64,
    pub failures: i64,
}

impl Store {
    /// Per-integration figures for the runs started at or after `since`,
    /// every integration of the org (or only `integration`), ordered by name.
    pub fn integration_stats(&self, org: &Org, since: &str, week: &str, integration: Option<&str>) -> Result<Vec<IntegrationStats>> {
        let rows = self.db.query_map(
            "SELECT i.name, i.provider, i.enabled,
                    COUNT(l.id),
                    COALESCE(SUM(CASE WHEN l.status = 'success' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN l.status = 'partial' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN l.status = 'failure' THEN 1 ELSE 0 END), 0),
                    (SELECT COUNT(*) FROM sync_logs w
                      WHERE w.integration_id = i.id AND w.kind IN ('record_sync', 'kb_import', 'webhook')
                        AND w.started_at >= ?3 AND w.status = 'failure'),
                    COALESCE(SUM(l.processed), 0),
                    COALESCE(SUM(l.created + l.updated), 0),
                    last.started_at, last.status,
                    (SELECT COUNT(*) FROM records WHERE integration_id = i.id AND state = 'active'),
                    (SELECT COUNT(*) FROM kb_articles WHERE integration_id = i.id AND status = 'active'),
                    (SELECT COALESCE(SUM(octet_length(fields)), 0) FROM records WHERE integration_id = i.id AND state = 'active')
                      + (SELECT COALESCE(SUM(octet_length(body)), 0) FROM kb_articles WHERE integration_id = i.id AND status = 'active')
             FROM integrations i
             LEFT JOIN sync_logs l
               ON l.integration_id = i.id AND l.kind IN ('record_sync', 'kb_import', 'webhook') AND l.started_at >= ?2
             LEFT JOIN sync_logs last
               ON last.id = (SELECT id FROM sync_logs
                              WHERE integration_id = i.id AND kind IN ('record_sync', 'kb_import', 'webhook')
                              ORDER BY started_at DESC LIMIT 1)
             WHERE i.org_id = ?1 AND (CAST(?4 AS TEXT) IS NULL OR i.name = ?4)
             GROUP BY i.id, last.started_at, last.status
             ORDER BY i.name",
            (&org.id, &since, &week, &integration),
            |r| {
                Ok(IntegrationStats {
                    integration: r.get(0)?,
                    provider: r.get(1)?,
                    enabled: r.get(2)?,
                    syncs: r.get(3)?,
                    succeeded: r.get(4)?,
                    partial: r.get(5)?,
                    failed: r.get(6)?,
                    failures_last_7d: r.get(7)?,
                    processed: r.get(8)?,
                    written: r.get(9)?,
                    last_sync_at: r.get(10)?,
                    last_sync_status: r.get(11)?,
                    records: r.get(12)?,
                    articles: r.get(13)?,
                    bytes: r.get(14)?,
                })
            },
        )?;
        Ok(rows)
    }

    /// Runs and failed runs per UTC day from `since` on (days with none
    /// are left out; the caller fills the gaps).
    pub fn sync_days(&self, org: &Org, since: &str, integration: Option<&str>) -> Result<Vec<Day>> {
        let rows = self.db.query_map(
            "SELECT substr(started_at, 1, 10) AS day, COUNT(*), SUM(CASE WHEN status = 'failure' THEN 1 ELSE 0 END)
             FROM sync_logs
             WHERE org_id = ?1 AND kind IN ('record_sync', 'kb_import', 'webhook') AND started_at >= ?2
               AND (CAST(?3 AS TEXT) IS NULL OR integration_name = ?3)
             GROUP BY day ORDER BY day",
            (&org.id, &since, &integration),
            |r| Ok(Day { day: r.get(0)?, syncs: r.get(1)?, failures: r.get(2)? }),
        )?;
        Ok(rows)
    }
}
