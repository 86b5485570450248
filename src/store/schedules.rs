//! Schedules: when the worker runs an integration's knowledge-base import
//! or a stream's sync. Every query is org-scoped; a due schedule is claimed
//! with a conditional UPDATE so that two workers never run the same one.

use serde::Serialize;

use super::db::{DbResult, OptionalExt, Row};
use super::{Org, Store, now};
use crate::error::Result;

/// A schedule. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Schedule {
    pub id: String,
    pub integration_id: String,
    pub integration: String,
    /// `kb`, or the stream synced: `contacts`, `tickets`, `deals`.
    pub job: String,
    pub every_s: Option<i64>,
    pub cron: Option<String>,
    pub next_run_at: String,
    pub last_run_at: Option<String>,
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    /// A worker is running it now (until its lease ends).
    pub running: bool,
    pub created_at: String,
    pub updated_at: String,
}

const COLUMNS: &str = "s.id, s.integration_id, i.name, s.job, s.every_s, s.cron, s.next_run_at, s.last_run_at, s.last_status,
    s.last_error, s.claimed_until, s.created_at, s.updated_at";

fn schedule(r: &Row<'_>) -> DbResult<Schedule> {
    let claimed_until: Option<String> = r.get(10)?;
    Ok(Schedule {
        id: r.get(0)?,
        integration_id: r.get(1)?,
        integration: r.get(2)?,
        job: r.get(3)?,
        every_s: r.get(4)?,
        cron: r.get(5)?,
        next_run_at: r.get(6)?,
        last_run_at: r.get(7)?,
        last_status: r.get(8)?,
        last_error: r.get(9)?,
        running: claimed_until.is_some_and(|u| u > now()),
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
    })
}

impl Store {
    /// Creates or replaces the schedule of (integration, job). Returns
    /// true when it is new.
    pub fn set_schedule(
        &self,
        org: &Org,
        integration_id: &str,
        job: &str,
        every_s: Option<i64>,
        cron: Option<&str>,
        next_run_at: &str,
    ) -> Result<bool> {
        let at = now();
        let existed: bool = self
            .db
            .query_row(
                "SELECT 1 FROM schedules WHERE org_id = ?1 AND integration_id = ?2 AND job = ?3",
                (&org.id, integration_id, job),
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        self.db.execute(
            "INSERT INTO schedules (id, org_id, integration_id, job, every_s, cron, next_run_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
             ON CONFLICT (integration_id, job) DO UPDATE SET
                 every_s = excluded.every_s, cron = excluded.cron, next_run_at = excluded.next_run_at, updated_at = excluded.updated_at",
            (&uuid::Uuid::now_v7().to_string(), &org.id, &integration_id, &job, &every_s, &cron, &next_run_at, &at),
        )?;
        Ok(!existed)
    }

    pub fn remove_schedule(&self, org: &Org, integration_id: &str, job: &str) -> Result<bool> {
        Ok(self
            .db
            .execute("DELETE FROM schedules WHERE org_id = ?1 AND integration_id = ?2 AND job = ?3", (&org.id, integration_id, job))?
            > 0)
    }

    pub fn schedules(&self, org: &Org, integration_id: Option<&str>) -> Result<Vec<Schedule>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM schedules s JOIN integrations i ON i.id = s.integration_id
             WHERE s.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR s.integration_id = ?2) ORDER BY i.name, s.job"
        );

        let rows = self.db.query_map(&sql, (&org.id, integration_id), schedule)?;
        Ok(rows)
    }

    /// Claims one due schedule for `owner` until `lease_until`, moving its
    /// next run to `next(schedule)`. The UPDATE only succeeds while the row
    /// is still due and unclaimed, so of two workers racing for it, one
    /// gets it. None when nothing is due.
    pub fn claim_schedule(
        &self,
        org: &Org,
        owner: &str,
        lease_until: &str,
        next: &dyn Fn(&Schedule) -> String,
    ) -> Result<Option<Schedule>> {
        let at = now();
        loop {
            let sql = format!(
                "SELECT {COLUMNS} FROM schedules s JOIN integrations i ON i.id = s.integration_id
                 WHERE s.org_id = ?1 AND s.next_run_at <= ?2 AND (s.claimed_until IS NULL OR s.claimed_until < ?2)
                 ORDER BY s.next_run_at LIMIT 1"
            );
            let Some(s) = self.db.query_row(&sql, (&org.id, &at), schedule).optional()? else {
                return Ok(None);
            };
            let next_run = next(&s);
            let changed = self.db.execute(
                "UPDATE schedules SET claimed_by = ?1, claimed_until = ?2, next_run_at = ?3
                 WHERE id = ?4 AND org_id = ?5 AND next_run_at = ?6 AND (claimed_until IS NULL OR claimed_until < ?7)",
                (&owner, &lease_until, &next_run, &s.id, &org.id, &s.next_run_at, &at),
            )?;
            if changed == 1 {
                return Ok(Some(Schedule { next_run_at: next_run, running: true, ..s }));
            }
        }
    }

    /// Records a claimed run's outcome and lets the schedule go.
    pub fn finish_schedule(&self, org: &Org, id: &str, owner: &str, status: &str, error: Option<&str>) -> Result<()> {
        let at = now();
        self.db.execute(
            "UPDATE schedules SET last_run_at = ?1, last_status = ?2, last_error = ?3, claimed_by = NULL, claimed_until = NULL, updated_at = ?1
             WHERE id = ?4 AND org_id = ?5 AND claimed_by = ?6",
            (&at, &status, &error, &id, &org.id, &owner,),
        )?;
        Ok(())
    }
}
