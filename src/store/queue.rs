//! The durable queue: events, their steps, leases, retries, dead letters.
//! Portable SQL: one conditional UPDATE claims a step (PostgreSQL would add
//! FOR UPDATE SKIP LOCKED to the subquery).

use serde::Serialize;

use super::db::{Db, DbResult, OptionalExt, Row};
use super::{Assistant, Org, Store, now};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: String,
    pub org: String,
    pub assistant: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub payload: serde_json::Value,
    pub idempotency_key: Option<String>,
    /// queued, running, succeeded, failed, partial, skipped (no steps).
    pub status: String,
    pub created_at: String,
    pub finished_at: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub id: String,
    pub event_id: String,
    pub event_type: String,
    pub position: i64,
    pub integration_id: Option<String>,
    pub integration: String,
    pub provider: String,
    pub action: String,
    pub priority: i64,
    pub on_failure: String,
    /// pending, running, succeeded, failed, dead, skipped.
    pub status: String,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_after: String,
    pub lease_until: Option<String>,
    pub last_error: Option<String>,
    pub last_error_class: Option<String>,
    pub http_status: Option<i64>,
    pub outputs: serde_json::Value,
    pub created_at: String,
    pub updated_at: String,
    pub finished_at: Option<String>,
}

/// A step to enqueue with its event.
pub struct NewStep {
    pub integration_id: String,
    pub integration_name: String,
    pub provider: String,
    pub action: String,
    pub priority: i64,
    pub on_failure: String,
    pub max_attempts: i64,
}

/// How a run of a step ended.
#[derive(Clone)]
pub enum StepResult {
    Succeeded {
        outputs: serde_json::Value,
        http_status: Option<u16>,
    },
    /// Run again at `run_after` (a transient failure with attempts left).
    Retry {
        run_after: String,
        error: String,
        class: String,
        http_status: Option<u16>,
    },
    /// No more attempts: `dead` after exhausting retries, else failed.
    Failed {
        error: String,
        class: String,
        http_status: Option<u16>,
        dead: bool,
    },
}

const STEP_COLUMNS: &str = "s.id, s.event_id, e.type, s.position, s.integration_id, s.integration_name, s.provider,
    s.action, s.priority, s.on_failure, s.status, s.attempts, s.max_attempts, s.run_after, s.lease_until,
    s.last_error, s.last_error_class, s.http_status, s.outputs, s.created_at, s.updated_at, s.finished_at";

fn step_from_row(r: &Row<'_>) -> DbResult<Step> {
    let outputs: String = r.get(18)?;
    Ok(Step {
        id: r.get(0)?,
        event_id: r.get(1)?,
        event_type: r.get(2)?,
        position: r.get(3)?,
        integration_id: r.get(4)?,
        integration: r.get(5)?,
        provider: r.get(6)?,
        action: r.get(7)?,
        priority: r.get(8)?,
        on_failure: r.get(9)?,
        status: r.get(10)?,
        attempts: r.get(11)?,
        max_attempts: r.get(12)?,
        run_after: r.get(13)?,
        lease_until: r.get(14)?,
        last_error: r.get(15)?,
        last_error_class: r.get(16)?,
        http_status: r.get(17)?,
        outputs: serde_json::from_str(&outputs).unwrap_or_default(),
        created_at: r.get(19)?,
        updated_at: r.get(20)?,
        finished_at: r.get(21)?,
    })
}

fn event_from_row(org: &str, r: &Row<'_>) -> DbResult<Event> {
    let payload: String = r.get(3)?;
    Ok(Event {
        id: r.get(0)?,
        org: org.to_string(),
        assistant: r.get(1)?,
        kind: r.get(2)?,
        payload: serde_json::from_str(&payload).unwrap_or_default(),
        idempotency_key: r.get(4)?,
        status: r.get(5)?,
        created_at: r.get(6)?,
        finished_at: r.get(7)?,
        steps: Vec::new(),
    })
}

/// A leased step with what running it needs from the store.
pub struct Claimed {
    pub step: Step,
    pub payload: serde_json::Value,
    /// (integration, provider, outputs) of the chain's succeeded steps.
    pub earlier: Vec<crate::engine::chain::Done>,
}

/// A finished run of a step, to record.
#[derive(Clone)]
pub struct Finished {
    pub step_id: String,
    pub result: StepResult,
    pub log: Option<super::SyncLog>,
}

/// One event for [`Store::enqueue_events`].
pub struct NewEvent<'a> {
    pub assistant: Option<&'a Assistant>,
    pub kind: &'a str,
    pub payload: &'a serde_json::Value,
    pub idempotency_key: Option<&'a str>,
    pub steps: &'a [NewStep],
}

/// Filters for listing steps.
#[derive(Default)]
pub struct StepFilter<'a> {
    pub statuses: &'a [&'a str],
    pub event_id: Option<&'a str>,
    /// At most this many; 0 is the default of 100, -1 no limit.
    pub limit: i64,
    /// Skip this many first.
    pub offset: i64,
}

impl Store {
    /// Writes the event and all its steps in one transaction. With an
    /// idempotency key already used in the org, writes nothing and returns
    /// the existing event (and `false`).
    pub fn enqueue_event(
        &mut self,
        org: &Org,
        assistant: Option<&Assistant>,
        kind: &str,
        payload: &serde_json::Value,
        idempotency_key: Option<&str>,
        steps: &[NewStep],
    ) -> Result<(Event, bool)> {
        let tx = self.db.write_tx()?;
        let ev = NewEvent { assistant, kind, payload, idempotency_key, steps };
        let (id, inserted) = insert_event(&tx, org, &ev)?;
        notify_queue(&tx)?;
        tx.commit()?;
        Ok((self.event(org, &id)?, inserted))
    }

    /// Writes many events and their steps in one IMMEDIATE transaction.
    /// Returns how many were new; an event whose idempotency key was
    /// already used in the org (or earlier in the batch) is left out.
    pub fn enqueue_events(&mut self, org: &Org, events: &[NewEvent<'_>]) -> Result<usize> {
        let tx = self.db.write_tx()?;
        let mut n = 0;
        for ev in events {
            if insert_event(&tx, org, ev)?.1 {
                n += 1;
            }
        }
        notify_queue(&tx)?;
        tx.commit()?;
        Ok(n)
    }

    pub fn event(&self, org: &Org, id: &str) -> Result<Event> {
        let mut e = self
            .db
            .query_row(
                "SELECT id, assistant_name, type, payload, idempotency_key, status, created_at, finished_at
                 FROM events WHERE org_id = ?1 AND id = ?2",
                (&org.id, id),
                |r| event_from_row(&org.name, r),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "event",
                name: id.into(),
                scope: format!(" in org '{}'", org.name),
                hint: Some("see `crmctl queue list`".into()),
            })?;
        e.steps = self.steps(org, &StepFilter { event_id: Some(id), limit: 10_000, ..Default::default() })?;
        Ok(e)
    }

    pub fn steps(&self, org: &Org, f: &StepFilter<'_>) -> Result<Vec<Step>> {
        let mut sql = format!("SELECT {STEP_COLUMNS} FROM steps s JOIN events e ON e.id = s.event_id WHERE s.org_id = ?1");
        sql.push_str(&step_conditions(f));
        if f.event_id.is_some() {
            sql.push_str(" ORDER BY s.position");
        } else {
            sql.push_str(" ORDER BY s.created_at DESC, s.position DESC");
        }
        sql.push_str(" LIMIT ?3 OFFSET ?4");
        let limit = match f.limit {
            0 => 100,
            n if n < 0 => i64::MAX,
            n => n,
        };

        let rows = self.db.query_map(&sql, (&org.id, f.event_id, limit, f.offset.max(0)), step_from_row)?;
        Ok(rows)
    }

    /// How many steps the filter matches, whatever its limit and offset.
    pub fn steps_count(&self, org: &Org, f: &StepFilter<'_>) -> Result<i64> {
        let sql = format!("SELECT COUNT(*) FROM steps s WHERE s.org_id = ?1{}", step_conditions(f));
        Ok(self.db.query_row(&sql, (&org.id, f.event_id), |r| r.get(0))?)
    }

    pub fn step(&self, org: &Org, id: &str) -> Result<Step> {
        self.db
            .query_row(
                &format!("SELECT {STEP_COLUMNS} FROM steps s JOIN events e ON e.id = s.event_id WHERE s.org_id = ?1 AND s.id = ?2"),
                (&org.id, id),
                step_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "step",
                name: id.into(),
                scope: format!(" in org '{}'", org.name),
                hint: Some("see `crmctl queue list`".into()),
            })
    }

    /// Leases up to `limit` runnable steps of the org (optionally of one
    /// event) in one IMMEDIATE transaction: steps whose lease has expired (a
    /// killed worker's) first, then pending steps that are due, each only
    /// when every earlier step of its chain has finished. Each comes with its
    /// event's payload and the outputs of the chain's earlier steps.
    pub fn claim_steps(
        &mut self,
        org: &Org,
        owner: &str,
        lease: std::time::Duration,
        event_id: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Claimed>> {
        let ts = now();
        let until = super::after(lease);
        // An idle worker does not take the write lock: a read first says
        // whether anything may be due.
        let due: bool = self.db.query_row(
            "SELECT EXISTS (SELECT 1 FROM steps WHERE status = 'pending' AND run_after <= ?1)
                 OR EXISTS (SELECT 1 FROM steps WHERE status = 'running' AND lease_until < ?1)",
            [&ts],
            |r| r.get(0),
        )?;
        if !due {
            return Ok(Vec::new());
        }
        // On PostgreSQL claims lock only the rows they take (`FOR UPDATE
        // SKIP LOCKED`), so workers on many hosts claim side by side; on
        // SQLite the write lock serialises them.
        let tx = self.db.claim_tx()?;
        let skip_locked = if self.db.is_postgres() { " FOR UPDATE OF s SKIP LOCKED" } else { "" };
        let mut ids: Vec<String> = Vec::new();
        // Two lookups, each on the (status, time) index; one query with an
        // OR across statuses would scan the queue.
        for (status, time_column, cmp) in [("running", "lease_until", "<"), ("pending", "run_after", "<=")] {
            let left = limit.saturating_sub(ids.len());
            if left == 0 {
                break;
            }
            // The picked rows are materialised once (on PostgreSQL, locked
            // as they are picked), and the update checks each row's state
            // again: a row another worker took in the meantime is left alone.
            let sql = format!(
                "WITH picked AS MATERIALIZED (
                     SELECT s.id FROM steps s
                     WHERE s.status = '{status}' AND s.{time_column} {cmp} ?3
                       AND s.org_id = ?4 AND (CAST(?5 AS TEXT) IS NULL OR s.event_id = ?5)
                       AND NOT EXISTS (
                           SELECT 1 FROM steps p
                           WHERE p.event_id = s.event_id AND p.position < s.position AND p.status IN ('pending', 'running'))
                     ORDER BY s.{time_column}
                     LIMIT ?6{skip_locked})
                 UPDATE steps SET status = 'running', lease_owner = ?1, lease_until = ?2, attempts = attempts + 1, updated_at = ?3
                 WHERE id IN (SELECT id FROM picked) AND status = '{status}' AND {time_column} {cmp} ?3
                 RETURNING id"
            );

            let found = tx.query_map(&sql, (&owner, &until, &ts, &org.id, &event_id, left as i64), |r| r.get::<String>(0))?;
            for id in found {
                ids.push(id);
            }
        }
        let mut claimed = Vec::with_capacity(ids.len());
        {
            for id in &ids {
                let (step, payload) = tx.query_row(
                    &format!(
                        "SELECT {STEP_COLUMNS}, e.payload FROM steps s JOIN events e ON e.id = s.event_id WHERE s.org_id = ?1 AND s.id = ?2"
                    ),
                    (&org.id, id),
                    |r| {
                        let payload: String = r.get(22)?;
                        Ok((step_from_row(r)?, payload))
                    },
                )?;
                tx.execute("UPDATE events SET status = 'running' WHERE id = ?1 AND status = 'queued'", [&step.event_id])?;
                let earlier = if step.position > 0 { outputs_of(&tx, &step.event_id)? } else { Vec::new() };
                claimed.push(Claimed { payload: serde_json::from_str(&payload).unwrap_or_default(), earlier, step });
            }
        }
        tx.commit()?;
        Ok(claimed)
    }

    /// Records how steps ran, in one IMMEDIATE transaction (a group commit),
    /// each only if this worker still holds its lease; stops a chain after a
    /// failure where the step says so; updates the events. Returns, for each,
    /// false when the lease was lost (another worker took over). Each log row
    /// is written in the same transaction, lease lost or not.
    pub fn finish_steps(&mut self, org: &Org, owner: &str, finished: &[Finished]) -> Result<Vec<bool>> {
        let tx = self.db.write_tx()?;
        let mut kept = Vec::with_capacity(finished.len());
        for f in finished {
            kept.push(finish_in(&tx, org, owner, &f.step_id, &f.result)?);
            if let Some(log) = &f.log {
                super::sync_logs::insert(&tx, org, log)?;
            }
        }
        tx.commit()?;
        Ok(kept)
    }

    /// Records how one step ran (see [`Store::finish_steps`]).
    pub fn finish_step(&mut self, org: &Org, step_id: &str, owner: &str, result: StepResult, log: Option<&super::SyncLog>) -> Result<bool> {
        let kept = self.finish_steps(org, owner, &[Finished { step_id: step_id.to_string(), result, log: log.cloned() }])?;
        Ok(kept.first().copied().unwrap_or(false))
    }

    /// Extends the leases of every step this worker is running (its
    /// heartbeat). Returns how many it still holds.
    pub fn extend_leases(&self, owner: &str, lease: std::time::Duration) -> Result<usize> {
        let n = self
            .db
            .execute("UPDATE steps SET lease_until = ?1 WHERE lease_owner = ?2 AND status = 'running'", (super::after(lease), owner))?;
        Ok(n)
    }

    /// Gives a leased step back without counting the attempt (a worker
    /// shutting down before it ran).
    pub fn release_step(&self, step_id: &str, owner: &str) -> Result<()> {
        self.db.execute(
            "UPDATE steps SET status = 'pending', attempts = attempts - 1, lease_owner = NULL, lease_until = NULL, updated_at = ?1
             WHERE id = ?2 AND lease_owner = ?3 AND status = 'running'",
            (now(), step_id, owner),
        )?;
        Ok(())
    }

    /// The succeeded steps of an event, in order, for the chain's `steps`.
    pub fn chain_outputs(&self, event_id: &str) -> Result<Vec<crate::engine::chain::Done>> {
        outputs_of(&self.db, event_id)
    }

    /// Puts failed, dead or skipped steps back in the queue to run now.
    pub fn retry_steps(&mut self, org: &Org, ids: &[String]) -> Result<usize> {
        let tx = self.db.write_tx()?;
        let ts = now();
        let mut n = 0;
        for id in ids {
            let event_id: Option<String> = tx
                .query_row(
                    "UPDATE steps SET status = 'pending', attempts = 0, run_after = ?1, lease_owner = NULL, lease_until = NULL,
                         updated_at = ?1, finished_at = NULL
                     WHERE org_id = ?2 AND id = ?3 AND status IN ('failed', 'dead', 'skipped') RETURNING event_id",
                    (&ts, &org.id, id),
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(e) = event_id {
                n += 1;
                tx.execute("UPDATE events SET status = 'queued', finished_at = NULL WHERE id = ?1", [&e])?;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    /// Deletes the org's finished events (and their steps) whose steps are
    /// all in `statuses`... more precisely: events in the given event
    /// statuses created before `before`.
    pub fn purge_events(&self, org: &Org, statuses: &[&str], before: &str) -> Result<usize> {
        let list: Vec<String> = statuses.iter().map(|s| format!("'{}'", s.replace('\'', ""))).collect();
        let n = self.db.execute(
            &format!("DELETE FROM events WHERE org_id = ?1 AND created_at < ?2 AND status IN ({})", list.join(", ")),
            (&org.id, before),
        )?;
        Ok(n)
    }

    /// Deletes dead-lettered steps (and events left with no steps).
    pub fn purge_dead(&mut self, org: &Org, before: &str) -> Result<usize> {
        let tx = self.db.write_tx()?;
        let n = tx.execute("DELETE FROM steps WHERE org_id = ?1 AND status = 'dead' AND updated_at < ?2", (&org.id, before))?;
        tx.execute("DELETE FROM events WHERE org_id = ?1 AND NOT EXISTS (SELECT 1 FROM steps s WHERE s.event_id = events.id) AND status <> 'skipped'", [&org.id])?;
        tx.commit()?;
        Ok(n)
    }

    /// Step counts by status, and the earliest time a pending step may run.
    pub fn queue_counts(&self, org: &Org) -> Result<(Vec<(String, i64)>, Option<String>)> {
        let counts =
            self.db.query_map("SELECT status, COUNT(*) FROM steps WHERE org_id = ?1 GROUP BY status ORDER BY status", [&org.id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let next: Option<String> = self.db.query_row(
            "SELECT MIN(CASE WHEN status = 'pending' THEN run_after ELSE lease_until END) FROM steps
             WHERE org_id = ?1 AND status IN ('pending', 'running')",
            [&org.id],
            |r| r.get(0),
        )?;
        Ok((counts, next))
    }

    /// A page of the org's events, newest first (`limit` -1: no limit).
    pub fn events(&self, org: &Org, limit: i64, offset: i64) -> Result<Vec<Event>> {
        let rows = self.db.query_map(
            "SELECT id, assistant_name, type, payload, idempotency_key, status, created_at, finished_at
             FROM events WHERE org_id = ?1 ORDER BY created_at DESC LIMIT ?2 OFFSET ?3",
            (&org.id, super::db::no_limit(limit), offset),
            |r| event_from_row(&org.name, r),
        )?;
        Ok(rows)
    }

    pub fn events_count(&self, org: &Org) -> Result<i64> {
        Ok(self.db.query_row("SELECT COUNT(*) FROM events WHERE org_id = ?1", [&org.id], |r| r.get(0))?)
    }

    pub fn event_counts(&self, org: &Org) -> Result<Vec<(String, i64)>> {
        let rows =
            self.db.query_map("SELECT status, COUNT(*) FROM events WHERE org_id = ?1 GROUP BY status ORDER BY status", [&org.id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok(rows)
    }
}

/// The WHERE conditions of a step filter after the org's (?2 is the event id).
/// Wakes idle workers on PostgreSQL (`LISTEN crmctl_queue`) when the
/// transaction commits; SQLite's workers poll.
fn notify_queue(tx: &Db) -> Result<()> {
    if tx.is_postgres() {
        tx.execute(&format!("SELECT pg_notify('{}', '')", super::postgres::QUEUE_CHANNEL), ())?;
    }
    Ok(())
}

fn step_conditions(f: &StepFilter<'_>) -> String {
    let statuses: Vec<String> = f.statuses.iter().map(|s| format!("'{}'", s.replace('\'', ""))).collect();
    let mut sql = String::new();
    if !statuses.is_empty() {
        sql.push_str(&format!(" AND s.status IN ({})", statuses.join(", ")));
    }
    if f.event_id.is_some() {
        sql.push_str(" AND s.event_id = ?2");
    } else {
        sql.push_str(" AND CAST(?2 AS TEXT) IS NULL");
    }
    sql
}

/// Inserts one event and its steps; with an idempotency key already used
/// in the org, inserts nothing and returns the existing event's id and false.
fn insert_event(tx: &Db, org: &Org, ev: &NewEvent<'_>) -> Result<(String, bool)> {
    if let Some(key) = ev.idempotency_key {
        let existing: Option<String> =
            tx.query_row("SELECT id FROM events WHERE org_id = ?1 AND idempotency_key = ?2", (&org.id, key), |r| r.get(0)).optional()?;
        if let Some(id) = existing {
            return Ok((id, false));
        }
    }
    let id = uuid::Uuid::now_v7().to_string();
    let ts = now();
    let status = if ev.steps.is_empty() { "skipped" } else { "queued" };
    tx.execute(
        "INSERT INTO events (id, org_id, assistant_id, assistant_name, type, payload, idempotency_key, status, created_at, finished_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        (
            &id,
            &org.id,
            &ev.assistant.map(|a| &a.id),
            &ev.assistant.map(|a| &a.name),
            &ev.kind,
            &ev.payload.to_string(),
            &ev.idempotency_key,
            &status,
            &ts,
            &ev.steps.is_empty().then(|| ts.clone()),
        ),
    )?;

    for (position, s) in ev.steps.iter().enumerate() {
        tx.execute(
            "INSERT INTO steps (id, org_id, event_id, position, integration_id, integration_name, provider, action,
             priority, on_failure, status, attempts, max_attempts, run_after, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'pending', 0, ?11, ?12, ?12, ?12)",
            (
                &uuid::Uuid::now_v7().to_string(),
                &org.id,
                &id,
                position as i64,
                &s.integration_id,
                &s.integration_name,
                &s.provider,
                &s.action,
                &s.priority,
                &s.on_failure,
                &s.max_attempts,
                &ts,
            ),
        )?;
    }
    Ok((id, true))
}

fn outputs_of(conn: &Db, event_id: &str) -> Result<Vec<crate::engine::chain::Done>> {
    let rows = conn.query_map(
        "SELECT integration_name, provider, action, outputs FROM steps WHERE event_id = ?1 AND status = 'succeeded' ORDER BY position",
        [event_id],
        |r| {
            let o: String = r.get(3)?;
            Ok(crate::engine::chain::Done {
                integration: r.get(0)?,
                provider: r.get(1)?,
                action: r.get(2)?,
                outputs: serde_json::from_str(&o).unwrap_or_default(),
            })
        },
    )?;
    Ok(rows)
}

/// Records one step's outcome inside the caller's transaction; false when
/// the lease was lost.
fn finish_in(tx: &Db, org: &Org, owner: &str, step_id: &str, result: &StepResult) -> Result<bool> {
    let ts = now();
    let (event_id, position, on_failure): (String, i64, String) =
        tx.query_row("SELECT event_id, position, on_failure FROM steps WHERE org_id = ?1 AND id = ?2", (&org.id, step_id), |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let n = match result {
        StepResult::Succeeded { outputs, http_status } => tx.execute(
            "UPDATE steps SET status = 'succeeded', outputs = ?1, http_status = ?2, last_error = NULL, last_error_class = NULL,
                 lease_owner = NULL, lease_until = NULL, updated_at = ?3, finished_at = ?3
             WHERE id = ?4 AND lease_owner = ?5 AND status = 'running'",
            (&outputs.to_string(), &http_status, &ts, &step_id, &owner),
        )?,
        StepResult::Retry { run_after, error, class, http_status } => tx.execute(
            "UPDATE steps SET status = 'pending', run_after = ?1, last_error = ?2, last_error_class = ?3, http_status = ?4,
                 lease_owner = NULL, lease_until = NULL, updated_at = ?5
             WHERE id = ?6 AND lease_owner = ?7 AND status = 'running'",
            (&run_after, &error, &class, &http_status, &ts, &step_id, &owner),
        )?,
        StepResult::Failed { error, class, http_status, dead } => tx.execute(
            "UPDATE steps SET status = ?1, last_error = ?2, last_error_class = ?3, http_status = ?4,
                 lease_owner = NULL, lease_until = NULL, updated_at = ?5, finished_at = ?5
             WHERE id = ?6 AND lease_owner = ?7 AND status = 'running'",
            (&if *dead { "dead" } else { "failed" }, &error, &class, &http_status, &ts, &step_id, &owner),
        )?,
    };
    if n == 0 {
        return Ok(false);
    }
    if matches!(result, StepResult::Failed { .. }) && on_failure == "stop" {
        tx.execute("UPDATE steps SET status = 'skipped', last_error = 'an earlier step failed and stops the chain', updated_at = ?1, finished_at = ?1
             WHERE event_id = ?2 AND position > ?3 AND status = 'pending'", (&ts, &event_id, position))?;
    }
    update_event_status(tx, &event_id, &ts)?;
    Ok(true)
}

fn update_event_status(tx: &Db, event_id: &str, ts: &str) -> Result<()> {
    let counts: Vec<(String, i64)> =
        tx.query_map("SELECT status, COUNT(*) FROM steps WHERE event_id = ?1 GROUP BY status", [event_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let get = |s: &str| counts.iter().find(|(k, _)| k == s).map(|(_, n)| *n).unwrap_or(0);
    let total: i64 = counts.iter().map(|(_, n)| n).sum();
    let (status, finished) = if get("pending") + get("running") > 0 {
        ("running", None)
    } else if get("succeeded") == total {
        ("succeeded", Some(ts))
    } else if get("succeeded") == 0 {
        ("failed", Some(ts))
    } else {
        ("partial", Some(ts))
    };
    tx.execute("UPDATE events SET status = ?1, finished_at = ?2 WHERE id = ?3", (status, finished, event_id))?;
    Ok(())
}
