//! Running the queue: workers lease steps, run their actions with the event
//! payload and earlier steps' outputs, and record the outcome; transient
//! failures are retried with exponential backoff and jitter (or after the
//! provider's Retry-After), up to the step's attempts, then dead-lettered.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use super::action::{self, ActionOutcome};
use super::{FailureClass, Target, TokenSource};
use crate::error::Result;
use crate::http::Http;
use crate::secrets::MasterKey;
use crate::store::{Org, Step, StepResult, Store, SyncLog};
use crate::templates::Catalog;

/// When the workers stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// When nothing is runnable now (delayed retries stay queued).
    Once,
    /// When nothing is pending or running (waits out delayed retries).
    UntilEmpty,
    /// When told to stop.
    Forever,
}

pub struct WorkerConfig {
    pub db: PathBuf,
    pub org: Org,
    pub key: Arc<MasterKey>,
    pub catalog: Arc<Catalog>,
    pub http: Http,
    pub concurrency: usize,
    pub lease: Duration,
    pub poll: Duration,
    pub retry_base: Duration,
    pub event_id: Option<String>,
    pub mode: Mode,
    /// Set to stop taking work.
    pub stop: tokio::sync::watch::Receiver<bool>,
    /// Steps being run now, by (step id, lease owner), for a hard stop.
    pub in_flight: Arc<Mutex<HashSet<(String, String)>>>,
}

/// One run of one step.
#[derive(Debug, Clone, Serialize)]
pub struct StepRun {
    pub step_id: String,
    pub event_id: String,
    pub event_type: String,
    pub integration: String,
    pub action: String,
    pub attempt: i64,
    /// succeeded, retry, failed, dead.
    pub status: String,
    pub run_after: Option<String>,
    pub outcome: ActionOutcome,
}

/// Reports each step run as it finishes.
pub trait StepReporter: Send + Sync {
    fn step(&self, run: &StepRun);
}

/// What the workers did: counts only, so a worker that runs for weeks
/// holds no history in memory (each run goes to the reporter and the log).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Summary {
    pub runs: u64,
    pub succeeded: u64,
    pub retried: u64,
    pub failed: u64,
    pub dead: u64,
}

impl Summary {
    fn add(&mut self, other: &Summary) {
        self.runs += other.runs;
        self.succeeded += other.succeeded;
        self.retried += other.retried;
        self.failed += other.failed;
        self.dead += other.dead;
    }

    fn count(&mut self, status: &str) {
        self.runs += 1;
        match status {
            "succeeded" => self.succeeded += 1,
            "retry" => self.retried += 1,
            "dead" => self.dead += 1,
            _ => self.failed += 1,
        }
    }
}

/// Runs the queue with `concurrency` workers until the mode says stop.
pub async fn run(cfg: Arc<WorkerConfig>, reporter: Arc<dyn StepReporter>) -> Result<Summary> {
    // The workers are I/O-bound; running them as futures on one task keeps
    // them off the `Send` bounds that spawning would need.
    let workers = (0..cfg.concurrency.max(1)).map(|n| worker(cfg.clone(), n, reporter.clone()));
    let mut total = Summary::default();
    for r in futures_util::future::join_all(workers).await {
        total.add(&r?);
    }
    Ok(total)
}

fn stopping(cfg: &WorkerConfig) -> bool {
    *cfg.stop.borrow()
}

async fn worker(cfg: Arc<WorkerConfig>, n: usize, reporter: Arc<dyn StepReporter>) -> Result<Summary> {
    let mut store = Store::open(&cfg.db)?;
    // A second connection for the lease heartbeat, which runs while the
    // main one is borrowed by the step.
    let heartbeat = Store::open(&cfg.db)?;
    let mut targets = TargetCache::default();
    let owner = format!("{}-{n}", uuid::Uuid::new_v4());
    let tokens = TokenSource { db: Some(cfg.db.clone()), key: Some(cfg.key.clone()) };
    let mut stop = cfg.stop.clone();
    let mut summary = Summary::default();
    loop {
        if stopping(&cfg) {
            break;
        }
        match store.claim_step(&cfg.org, &owner, cfg.lease, cfg.event_id.as_deref())? {
            Some(step) => {
                cfg.in_flight.lock().expect("in-flight lock").insert((step.id.clone(), owner.clone()));
                let run = execute(&cfg, &mut store, &heartbeat, &mut targets, &tokens, &owner, step).await;
                cfg.in_flight.lock().expect("in-flight lock").retain(|(_, o)| o != &owner);
                let run = run?;
                reporter.step(&run);
                summary.count(&run.status);
            }
            None => {
                let wait = match cfg.mode {
                    Mode::Once => break,
                    Mode::Forever => cfg.poll,
                    Mode::UntilEmpty => match next_due(&store, &cfg)? {
                        None => break,
                        Some(d) => d.min(cfg.poll).max(Duration::from_millis(5)),
                    },
                };
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }
    Ok(summary)
}

/// How long until a pending step (of the event, if one) may run; `None`
/// when none is pending or running.
fn next_due(store: &Store, cfg: &WorkerConfig) -> Result<Option<Duration>> {
    let steps = match &cfg.event_id {
        Some(e) => store.steps(&cfg.org, &crate::store::StepFilter { event_id: Some(e), statuses: &["pending", "running"], limit: 10_000 })?,
        None => store.steps(&cfg.org, &crate::store::StepFilter { statuses: &["pending", "running"], limit: 1, ..Default::default() })?,
    };
    if steps.is_empty() {
        return Ok(None);
    }
    let now = jiff::Timestamp::now();
    let soonest = steps
        .iter()
        .filter_map(|s| if s.status == "pending" { Some(s.run_after.as_str()) } else { s.lease_until.as_deref() })
        .filter_map(|t| t.parse::<jiff::Timestamp>().ok())
        .min();
    Ok(Some(match soonest {
        Some(t) if t > now => Duration::try_from(t.duration_since(now)).unwrap_or(Duration::ZERO),
        _ => Duration::from_millis(50),
    }))
}

/// Exponential backoff with ±20% jitter: base, 2×base, 4×base... capped at
/// five minutes.
pub fn backoff(base: Duration, attempt: i64) -> Duration {
    let exp = base.saturating_mul(1u32 << (attempt - 1).clamp(0, 16) as u32).min(Duration::from_secs(300));
    let mut r = [0u8; 2];
    getrandom::fill(&mut r).expect("the OS random number generator failed");
    let jitter = 0.8 + 0.4 * (u16::from_le_bytes(r) as f64 / u16::MAX as f64);
    exp.mul_f64(jitter)
}

/// Opened integrations, reused while unchanged (same `updated_at`), so a
/// worker does not decrypt the same secrets for every step.
#[derive(Default)]
struct TargetCache {
    by_id: std::collections::HashMap<String, (String, std::rc::Rc<Target>)>,
}

#[allow(clippy::too_many_arguments)]
async fn execute(
    cfg: &WorkerConfig,
    store: &mut Store,
    heartbeat_store: &Store,
    targets: &mut TargetCache,
    tokens: &TokenSource,
    owner: &str,
    step: Step,
) -> Result<StepRun> {
    let started = crate::store::now();
    let event = store.event(&cfg.org, &step.event_id)?;
    let (outcome, detail) = match load_target(cfg, store, targets, &step) {
        Ok(target) => {
            let earlier = store.chain_outputs(&step.event_id)?;
            let ctx = action::context(&target, &event.payload, &super::chain::steps_context(&earlier), &step.id);
            // Heartbeat: renew the lease while the step runs, so a short lease
            // finds a dead worker quickly without cutting off a slow request.
            let heartbeat = async {
                loop {
                    tokio::time::sleep(cfg.lease / 3).await;
                    let _ = heartbeat_store.extend_lease(&step.id, owner, cfg.lease);
                }
            };
            tokio::select! {
                r = action::run(&target, &step.action, &ctx, &step.id, &cfg.http, tokens) => r,
                _ = heartbeat => unreachable!("the heartbeat never ends"),
            }
        }
        Err(f) => {
            let outcome = ActionOutcome {
                integration: step.integration.clone(),
                action: step.action.clone(),
                ok: false,
                http_status: None,
                latency_ms: 0,
                outputs: Default::default(),
                failure: Some(f),
            };
            let detail = serde_json::json!({"outcome": outcome});
            (outcome, detail)
        }
    };

    let (result, status, run_after) = match &outcome.failure {
        None => (
            StepResult::Succeeded { outputs: serde_json::to_value(&outcome.outputs).unwrap_or_default(), http_status: outcome.http_status },
            "succeeded",
            None,
        ),
        Some(f) => {
            let error = format!("{} (hint: {})", f.message, f.hint);
            let class = f.class.as_str().to_string();
            if f.class.is_transient() && step.attempts < step.max_attempts {
                // Retry-After on 429 and 503 wins over our own schedule.
                let delay = match (f.class, f.retry_after_s) {
                    (FailureClass::RateLimited | FailureClass::Server, Some(s)) => Duration::from_secs(s.min(3600)),
                    _ => backoff(cfg.retry_base, step.attempts),
                };
                let at = crate::store::after(delay);
                (StepResult::Retry { run_after: at.clone(), error, class, http_status: outcome.http_status }, "retry", Some(at))
            } else {
                let dead = f.class.is_transient();
                (StepResult::Failed { error, class, http_status: outcome.http_status, dead }, if dead { "dead" } else { "failed" }, None)
            }
        }
    };
    let log = SyncLog {
        event_id: Some(step.event_id.clone()),
        event_type: Some(step.event_type.clone()),
        error_class: outcome.failure.as_ref().map(|f| f.class.as_str().to_string()),
        created: i64::from(outcome.ok),
        http_status: outcome.http_status.map(i64::from),
        detail: serde_json::json!({"step_id": step.id, "action": step.action, "attempt": step.attempts, "result": status, "exchange": detail}),
        ..SyncLog::one("step", step.integration_id.clone(), &step.integration, outcome.ok, started, outcome.latency_ms)
    };
    store.finish_step(&cfg.org, &step.id, owner, result, Some(&log))?;
    Ok(StepRun {
        step_id: step.id.clone(),
        event_id: step.event_id.clone(),
        event_type: step.event_type.clone(),
        integration: step.integration.clone(),
        action: step.action.clone(),
        attempt: step.attempts,
        status: status.into(),
        run_after,
        outcome,
    })
}

fn load_target(cfg: &WorkerConfig, store: &Store, cache: &mut TargetCache, step: &Step) -> std::result::Result<std::rc::Rc<Target>, super::Failure> {
    let id = step.integration_id.as_deref().unwrap_or_default();
    let i = store
        .integration(&cfg.org, id)
        .map_err(|_| super::Failure::config(format!("integration {} was removed after the event was fired", step.integration)))?;
    if let Some((updated_at, t)) = cache.by_id.get(id)
        && *updated_at == i.updated_at {
            return Ok(t.clone());
        }
    let updated_at = i.updated_at.clone();
    let t = std::rc::Rc::new(Target::load(store, &cfg.catalog, &cfg.org, &cfg.key, i).map_err(|e| super::Failure::config(e.to_string()))?);
    cache.by_id.insert(id.to_string(), (updated_at, t.clone()));
    Ok(t)
}
