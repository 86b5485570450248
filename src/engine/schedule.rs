//! Schedules: a knowledge-base import or a stream's sync every so often
//! (`every`) or at the times of a cron expression (UTC, parsed by croner),
//! run by `crmctl worker`. Never prints; each run goes to a
//! [`ScheduleReporter`].

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::pipeline::WorkerConfig;
use super::{kb, sync, Silent, Target, TokenSource};
use crate::error::{Error, Result};
use crate::store::{Schedule, Store};

/// How often a schedule runs.
#[derive(Debug, Clone)]
pub enum When {
    Every(Duration),
    Cron(Box<croner::Cron>),
}

/// A run every this long: at least a second, at most a year.
pub fn every(d: Duration) -> Result<When> {
    if d < Duration::from_secs(1) || d > Duration::from_secs(366 * 86_400) {
        return Err(Error::usage_hint(
            format!("--every {}s is out of range", d.as_secs_f64()),
            "give a duration from 1s to 366d, e.g. 15m, 1h or 1d",
        ));
    }
    Ok(When::Every(d))
}

/// A cron expression: five fields (minute hour day-of-month month
/// day-of-week) or six with seconds first, in UTC.
pub fn cron(expr: &str) -> Result<When> {
    let parsed = croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Optional)
        .build()
        .parse(expr.trim())
        .map_err(|e| Error::usage_hint(format!("--cron '{expr}' is not a cron expression: {e}"), "use five fields, minute hour day-of-month month day-of-week, e.g. '0 * * * *' (hourly) or '30 2 * * 1-5' (02:30 UTC on weekdays)"))?;
    // An expression that never matches (31 February) is refused here, not
    // discovered by a worker.
    next_cron(&parsed, jiff::Timestamp::now())
        .ok_or_else(|| Error::usage_hint(format!("--cron '{expr}' never matches a time"), "check the day and month fields"))?;
    Ok(When::Cron(Box::new(parsed)))
}

fn next_cron(c: &croner::Cron, after: jiff::Timestamp) -> Option<jiff::Timestamp> {
    let z = after.to_zoned(jiff::tz::TimeZone::UTC);
    c.find_next_occurrence(&z, false).ok().map(|z| z.timestamp())
}

impl When {
    /// The first run: now for `every`, the next matching time for `cron`.
    pub fn first(&self) -> jiff::Timestamp {
        let now = jiff::Timestamp::now();
        match self {
            When::Every(_) => now,
            When::Cron(c) => next_cron(c, now).unwrap_or(now),
        }
    }

    /// The run after one that starts at `from`.
    pub fn after(&self, from: jiff::Timestamp) -> jiff::Timestamp {
        match self {
            When::Every(d) => from + jiff::SignedDuration::try_from(*d).unwrap_or(jiff::SignedDuration::from_hours(24)),
            // A cron that stops matching (it cannot, once parsed) waits a day.
            When::Cron(c) => next_cron(c, from).unwrap_or(from + jiff::SignedDuration::from_hours(24)),
        }
    }

    pub fn of(s: &Schedule) -> Result<When> {
        match (&s.cron, s.every_s) {
            (Some(c), _) => cron(c),
            (None, Some(n)) => every(Duration::from_secs(n.max(1) as u64)),
            (None, None) => Err(Error::usage("a schedule without --every or --cron")),
        }
    }
}

/// One scheduled run's outcome, for the worker's log lines.
#[derive(Debug, Clone, Serialize)]
pub struct ScheduledRun {
    pub integration: String,
    pub job: String,
    /// `success`, `partial`, `failure`, or `skipped` (the integration is disabled).
    pub status: String,
    pub processed: u64,
    pub created: u64,
    pub updated: u64,
    pub failed: u64,
    pub error: Option<String>,
    pub next_run_at: String,
}

pub trait ScheduleReporter: Send + Sync {
    fn ran(&self, run: &ScheduledRun);
}

/// How long a claimed schedule stays with its worker (a killed worker's
/// schedule is free again after this).
const LEASE: Duration = Duration::from_secs(3600);

/// Runs due schedules one at a time until the worker is told to stop.
pub async fn run(cfg: Arc<WorkerConfig>, reporter: Arc<dyn ScheduleReporter>) -> Result<u64> {
    let store = Store::open(&cfg.db)?;
    let owner = format!("schedules-{}", uuid::Uuid::new_v4());
    let tokens = TokenSource { db: Some(cfg.db.clone()), key: Some(cfg.key.clone()) };
    let mut stop = cfg.stop.clone();
    let mut runs = 0u64;
    loop {
        if *cfg.stop.borrow() {
            break;
        }
        let next = |s: &Schedule| crate::store::ts(When::of(s).map(|w| w.after(jiff::Timestamp::now())).unwrap_or_else(|_| jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24)));
        match store.claim_schedule(&cfg.org, &owner, &crate::store::after(LEASE), &next)? {
            Some(s) => {
                let r = run_one(&cfg, &store, &tokens, &s).await;
                store.finish_schedule(&cfg.org, &s.id, &owner, &r.status, r.error.as_deref())?;
                reporter.ran(&r);
                runs += 1;
            }
            None => {
                tokio::select! {
                    _ = tokio::time::sleep(cfg.poll.max(Duration::from_millis(200))) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }
    Ok(runs)
}

async fn run_one(cfg: &WorkerConfig, store: &Store, tokens: &TokenSource, s: &Schedule) -> ScheduledRun {
    let mut out = ScheduledRun {
        integration: s.integration.clone(),
        job: s.job.clone(),
        status: "failure".into(),
        processed: 0,
        created: 0,
        updated: 0,
        failed: 0,
        error: None,
        next_run_at: s.next_run_at.clone(),
    };
    let integration = match store.integration(&cfg.org, &s.integration_id) {
        Ok(i) => i,
        Err(e) => {
            out.error = Some(e.to_string());
            return out;
        }
    };
    if !integration.enabled {
        out.status = "skipped".into();
        out.error = Some(format!("{} is disabled", integration.name));
        return out;
    }
    let target = match Target::load(store, &cfg.catalog, &cfg.org, &cfg.key, integration) {
        Ok(t) => t,
        Err(e) => {
            out.error = Some(e.to_string());
            return out;
        }
    };
    if s.job == "kb" {
        // A run already going elsewhere (by hand, or another worker's): this
        // due time is skipped, not waited for, so the worker keeps draining.
        let r = kb::import(&target, store, &cfg.http, tokens, &kb::ImportOptions::default(), &Silent).await;
        out.status = if busy(r.failure.as_ref()) { "skipped".into() } else { r.status };
        (out.processed, out.created, out.updated, out.failed) = (r.processed, r.created, r.updated, r.failed);
        out.error = r.failure.map(|f| f.to_string());
    } else {
        let stream = match super::mapping::Stream::parse(&s.job) {
            Ok(st) => st,
            Err(e) => {
                out.error = Some(e);
                return out;
            }
        };
        let opts = sync::SyncOptions { streams: vec![stream], ..Default::default() };
        let r = sync::sync(&target, store, &cfg.http, tokens, &opts, &Silent).await;
        out.status = if r.streams.iter().any(|st| busy(st.failure.as_ref())) { "skipped".into() } else { r.status };
        out.error = r.failure.as_ref().map(|f| f.to_string());
        for st in &r.streams {
            out.processed += st.processed;
            out.created += st.created;
            out.updated += st.updated;
            out.failed += st.failed;
            if out.error.is_none() {
                out.error = st.failure.as_ref().map(|f| f.to_string());
            }
        }
    }
    out
}

fn busy(f: Option<&super::Failure>) -> bool {
    f.is_some_and(|f| f.class == super::FailureClass::Busy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cron_and_every() {
        let at: jiff::Timestamp = "2026-01-01T10:17:00Z".parse().unwrap();
        let w = cron("0 * * * *").unwrap();
        assert_eq!(w.after(at).to_string(), "2026-01-01T11:00:00Z");
        let w = cron("30 2 * * 1-5").unwrap();
        assert_eq!(w.after(at).to_string(), "2026-01-02T02:30:00Z");
        assert!(cron("61 * * * *").is_err());
        assert!(cron("0 0 31 2 *").is_err());
        assert!(cron("every hour").is_err());
        let w = every(Duration::from_secs(900)).unwrap();
        assert_eq!(w.after(at).to_string(), "2026-01-01T10:32:00Z");
        assert!(every(Duration::ZERO).is_err());
    }
}
