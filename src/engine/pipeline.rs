//! Running the queue: workers lease steps, run their actions with the event
//! payload and earlier steps' outputs, and record the outcome; transient
//! failures are retried with exponential backoff and jitter (or after the
//! provider's Retry-After), up to the step's attempts, then dead-lettered.
//!
//! One store thread owns the worker's connection: it claims due steps in
//! batches (one IMMEDIATE transaction leases up to a batch), renews the
//! leases of every step in hand with one statement, and records finished
//! steps and their sync-log rows in group commits (one transaction for all
//! that finished since the last). The steps' HTTP requests run as tasks on
//! the multi-thread runtime, so SQLite work and HTTP use both cores.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::action::{self, ActionOutcome};
use super::{Failure, FailureClass, Target, TokenSource};
use crate::error::{Error, Result};
use crate::http::Http;
use crate::secrets::MasterKey;
use crate::store::{Claimed, Finished, Org, Step, StepResult, Store, SyncLog};
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
    /// How often the reporter hears the worker's counts.
    pub heartbeat: Duration,
    /// How long the store may refuse work (busy, failing) before the
    /// workers give up with an error.
    pub stall: Duration,
    /// Where a rotated master key is found again; without it a rotation
    /// makes the steps of re-sealed integrations fail.
    pub keys: Option<Arc<crate::secrets::KeyWatch>>,
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

/// The workers' counts, for a heartbeat line.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Heartbeat {
    pub summary: Summary,
    /// Steps leased and not yet recorded.
    pub in_hand: usize,
    /// Step runs recorded since the last heartbeat.
    pub recent: u64,
    pub since: Duration,
}

/// Reports each step run as it finishes.
pub trait StepReporter: Send + Sync {
    fn step(&self, run: &StepRun);
    /// The workers' counts, every `WorkerConfig::heartbeat`.
    fn heartbeat(&self, _beat: &Heartbeat) {}
    /// Something an operator should know while the workers carry on (the
    /// store is busy, the key changed).
    fn notice(&self, _message: &str) {}
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

/// How long a group commit waits for more steps to finish once one has.
const GATHER: Duration = Duration::from_millis(2);

/// A claimed step on its way to a task: what it runs against.
struct Job {
    claimed: Claimed,
    target: std::result::Result<Opened, super::Failure>,
}

/// An integration opened for steps, with its redactor built once.
#[derive(Clone)]
struct Opened {
    target: Arc<Target>,
    redactor: Arc<crate::http::Redactor>,
}

/// A finished run on its way back to the store thread.
struct Done {
    finished: Finished,
    run: StepRun,
}

/// Runs the queue until the mode says stop: a store thread claims and
/// records, tasks on the runtime run up to `concurrency` steps at once. A
/// store error that is not transient (or a busy store past `stall`) ends
/// the run at once with that error; the steps still in hand keep their
/// leases, which expire, so another worker runs them.
pub async fn run(cfg: Arc<WorkerConfig>, reporter: Arc<dyn StepReporter>) -> Result<Summary> {
    let (jobs_tx, mut jobs_rx) = tokio::sync::mpsc::unbounded_channel::<Job>();
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let failed = Arc::new(AtomicBool::new(false));
    let (result_tx, result_rx) = tokio::sync::oneshot::channel::<Result<Summary>>();
    {
        let cfg = cfg.clone();
        let failed = failed.clone();
        std::thread::Builder::new()
            .name("crmctl-queue-store".into())
            .spawn(move || {
                let r = StoreThread::new(cfg, reporter, jobs_tx, done_rx).and_then(|mut t| t.run());
                if r.is_err() {
                    failed.store(true, Ordering::SeqCst);
                }
                let _ = result_tx.send(r);
            })
            .map_err(|e| Error::Failed { message: format!("starting the queue's store thread: {e}") })?;
    }
    // The steps run as tasks on the runtime's worker threads (rendering,
    // HTTP and redaction spread over the cores), while the store thread
    // claims and records.
    let tokens = TokenSource { db: Some(cfg.db.clone()), key: Some(cfg.key.clone()) };
    let limit = cfg.concurrency.max(1);
    let mut running = tokio::task::JoinSet::new();
    let mut open = true;
    loop {
        tokio::select! {
            job = jobs_rx.recv(), if open && running.len() < limit => match job {
                Some(job) => {
                    let (cfg, tokens) = (cfg.clone(), tokens.clone());
                    running.spawn(async move { execute(&cfg, &tokens, job).await });
                }
                None => open = false,
            },
            Some(done) = running.join_next() => match done {
                Ok(done) => {
                    let _ = done_tx.send(done);
                }
                // A step task that panicked: its step keeps its lease, which
                // expires, so it runs again; the run ends with the error.
                Err(e) => {
                    drop(running);
                    drop(done_tx);
                    drop(jobs_rx);
                    let _ = result_rx.await;
                    return Err(Error::Failed { message: format!("a queue step task ended abnormally: {e}") });
                }
            },
            else => break,
        }
        if failed.load(Ordering::SeqCst) {
            // The store thread gave up: what is in hand cannot be recorded;
            // its leases expire and another worker runs it.
            break;
        }
    }
    drop(running);
    drop(done_tx);
    result_rx.await.map_err(|_| Error::Failed { message: "the queue's store thread ended without a result".into() })?
}

fn stopping(cfg: &WorkerConfig) -> bool {
    *cfg.stop.borrow()
}

/// True for errors another process causes by holding the store: worth
/// waiting out.
fn transient(e: &Error) -> bool {
    matches!(e, Error::Store(s) if s.is_busy())
}

/// A store (or its directory) that can no longer be written: workers cannot
/// record anything, so they stop instead of running steps they cannot record.
fn unwritable(db: &Path) -> Option<Error> {
    // A PostgreSQL store: the server reports a read-only database on write.
    if crate::store::postgres_url(db).is_some() {
        return None;
    }
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    for (p, what) in [(db, "the store file"), (dir, "the store's directory")] {
        match std::fs::metadata(p) {
            Ok(m) if m.permissions().readonly() => {
                return Some(Error::io(p, std::io::Error::new(std::io::ErrorKind::PermissionDenied, format!("{what} is read-only: the worker cannot record its steps"))));
            }
            Ok(_) => {}
            Err(e) => return Some(Error::io(p, e)),
        }
    }
    None
}

struct StoreThread {
    cfg: Arc<WorkerConfig>,
    reporter: Arc<dyn StepReporter>,
    jobs: tokio::sync::mpsc::UnboundedSender<Job>,
    done: mpsc::Receiver<Done>,
    store: Store,
    owner: String,
    targets: HashMap<String, (String, Opened)>,
    in_hand: usize,
    summary: Summary,
    /// Recorded runs at the last heartbeat, and when it was.
    beat: (u64, Instant),
    renewed: Instant,
    checked: Instant,
}

impl StoreThread {
    fn new(cfg: Arc<WorkerConfig>, reporter: Arc<dyn StepReporter>, jobs: tokio::sync::mpsc::UnboundedSender<Job>, done: mpsc::Receiver<Done>) -> Result<Self> {
        let store = Store::open(&cfg.db)?;
        let now = Instant::now();
        Ok(StoreThread {
            owner: uuid::Uuid::new_v4().to_string(),
            cfg,
            reporter,
            jobs,
            done,
            store,
            targets: HashMap::new(),
            in_hand: 0,
            summary: Summary::default(),
            beat: (0, now),
            renewed: now,
            checked: now,
        })
    }

    /// Steps leased at once: enough queued behind the running ones that a
    /// group commit and the next claim overlap the requests.
    fn window(&self) -> usize {
        (self.cfg.concurrency.max(1) * 2).max(8)
    }

    /// Runs `f`, waiting out a busy store with bounded backoff up to the
    /// stall limit, then failing with its error.
    fn retrying<T>(&mut self, what: &str, mut f: impl FnMut(&mut Store) -> Result<T>) -> Result<T> {
        let started = Instant::now();
        let mut delay = Duration::from_millis(20);
        let mut told = false;
        loop {
            match f(&mut self.store) {
                Ok(v) => return Ok(v),
                Err(e) if transient(&e) && started.elapsed() < self.cfg.stall => {
                    if !told && started.elapsed() >= Duration::from_secs(1) {
                        self.reporter.notice(&format!("waiting for the store ({what}): another process holds it; retrying for up to {} s", self.cfg.stall.as_secs()));
                        told = true;
                    }
                    std::thread::sleep(delay);
                    delay = (delay * 2).min(Duration::from_secs(1));
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn run(&mut self) -> Result<Summary> {
        let mut finished: Vec<Done> = Vec::new();
        loop {
            while let Ok(d) = self.done.try_recv() {
                finished.push(d);
            }
            if !finished.is_empty() {
                self.record(std::mem::take(&mut finished))?;
            }
            self.housekeeping()?;
            let stop = stopping(&self.cfg);
            let mut claimed = 0;
            // Refilled by half a window at a time, so a claim leases many
            // steps in one transaction instead of one per finished step.
            if !stop && self.in_hand <= self.window() / 2 {
                claimed = self.claim()?;
            }
            let wait = if self.in_hand == 0 && claimed == 0 {
                if stop {
                    break;
                }
                match self.cfg.mode {
                    Mode::Once => break,
                    Mode::Forever => self.cfg.poll,
                    Mode::UntilEmpty => match self.next_due()? {
                        None => break,
                        Some(d) => d.min(self.cfg.poll).max(Duration::from_millis(5)),
                    },
                }
            } else if claimed > 0 && self.in_hand <= self.window() / 2 {
                Duration::ZERO
            } else {
                (self.cfg.lease / 3).min(Duration::from_millis(200))
            };
            // Idle on PostgreSQL: woken by NOTIFY as soon as events are
            // queued, by any process on any host.
            if wait > Duration::ZERO && self.in_hand == 0 && self.store.wait_for_queue(wait.min(self.cfg.heartbeat)).is_some() {
                continue;
            }
            if wait > Duration::ZERO {
                match self.done.recv_timeout(wait.min(self.cfg.heartbeat)) {
                    Ok(d) => {
                        finished.push(d);
                        // Gather what finishes in the next moment into the
                        // same group commit.
                        let until = Instant::now() + GATHER;
                        while finished.len() < self.in_hand {
                            match self.done.recv_timeout(until.saturating_duration_since(Instant::now())) {
                                Ok(d) => finished.push(d),
                                Err(_) => break,
                            }
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => {
                        return Err(Error::Failed { message: "the queue's worker tasks ended unexpectedly".into() });
                    }
                }
            }
        }
        self.heartbeat();
        Ok(self.summary)
    }

    /// Lease renewal, the writability check and the heartbeat, each when due.
    fn housekeeping(&mut self) -> Result<()> {
        if self.in_hand > 0 && self.renewed.elapsed() >= self.cfg.lease / 3 {
            let (owner, lease) = (self.owner.clone(), self.cfg.lease);
            self.retrying("renewing leases", |s| s.extend_leases(&owner, lease))?;
            self.renewed = Instant::now();
        }
        if self.checked.elapsed() >= Duration::from_secs(1) {
            self.checked = Instant::now();
            if let Some(e) = unwritable(&self.cfg.db) {
                return Err(e);
            }
        }
        if self.beat.1.elapsed() >= self.cfg.heartbeat {
            self.heartbeat();
        }
        Ok(())
    }

    fn heartbeat(&mut self) {
        let beat = Heartbeat { summary: self.summary, in_hand: self.in_hand, recent: self.summary.runs - self.beat.0, since: self.beat.1.elapsed() };
        self.reporter.heartbeat(&beat);
        self.beat = (self.summary.runs, Instant::now());
    }

    /// One group commit for every run that finished, then their reports.
    fn record(&mut self, done: Vec<Done>) -> Result<()> {
        let (org, owner) = (self.cfg.org.clone(), self.owner.clone());
        let mut runs = Vec::with_capacity(done.len());
        let mut finished = Vec::with_capacity(done.len());
        for d in done {
            runs.push(d.run);
            finished.push(d.finished);
        }
        self.retrying("recording finished steps", |s| s.finish_steps(&org, &owner, &finished))?;
        {
            let mut in_flight = self.cfg.in_flight.lock().expect("in-flight lock");
            for r in &runs {
                in_flight.remove(&(r.step_id.clone(), owner.clone()));
            }
        }
        self.in_hand -= runs.len();
        for r in &runs {
            self.summary.count(&r.status);
            self.reporter.step(r);
        }
        Ok(())
    }

    /// Leases the next batch of due steps and hands them to the tasks.
    fn claim(&mut self) -> Result<usize> {
        let (org, owner, lease, event_id, limit) = (self.cfg.org.clone(), self.owner.clone(), self.cfg.lease, self.cfg.event_id.clone(), self.window() - self.in_hand);
        let claimed = self.retrying("claiming steps", |s| s.claim_steps(&org, &owner, lease, event_id.as_deref(), limit))?;
        let n = claimed.len();
        if n > 0 {
            self.renewed = Instant::now();
        }
        let mut checked: HashSet<String> = HashSet::new();
        for c in claimed {
            let target = self.target(&c.step, &mut checked);
            self.cfg.in_flight.lock().expect("in-flight lock").insert((c.step.id.clone(), owner.clone()));
            self.in_hand += 1;
            if self.jobs.send(Job { claimed: c, target }).is_err() {
                return Err(Error::Failed { message: "the queue's worker tasks ended unexpectedly".into() });
            }
        }
        Ok(n)
    }

    /// How long until a pending step (of the event, if one) may run; `None`
    /// when none is pending or running.
    fn next_due(&self) -> Result<Option<Duration>> {
        let cfg = &self.cfg;
        let steps = match &cfg.event_id {
            Some(e) => self.store.steps(&cfg.org, &crate::store::StepFilter { event_id: Some(e), statuses: &["pending", "running"], limit: 10_000, offset: 0 })?,
            None => self.store.steps(&cfg.org, &crate::store::StepFilter { statuses: &["pending", "running"], limit: 1, ..Default::default() })?,
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

    /// The step's integration, opened; reused while unchanged (same
    /// `updated_at`, checked once per claimed batch) and while the store's
    /// key is the one it was opened with.
    fn target(&mut self, step: &Step, checked: &mut HashSet<String>) -> std::result::Result<Opened, super::Failure> {
        let id = step.integration_id.as_deref().unwrap_or_default().to_string();
        if checked.contains(&id)
            && let Some((_, t)) = self.targets.get(&id) {
                return Ok(t.clone());
            }
        let cfg = self.cfg.clone();
        let i = self
            .store
            .integration(&cfg.org, &id)
            .map_err(|_| super::Failure::config(format!("integration {} was removed after the event was fired", step.integration)))?;
        let key = match &cfg.keys {
            Some(w) => match w.current(&self.store) {
                Ok((key, changed)) => {
                    if changed {
                        self.targets.clear();
                        self.reporter.notice(&format!("the store's master key changed to {}; reloaded it from its source", key.id()));
                    }
                    key
                }
                Err(e) => {
                    self.reporter.notice(&e.to_string());
                    return Err(key_failure(e.to_string()));
                }
            },
            None => cfg.key.clone(),
        };
        checked.insert(id.clone());
        if let Some((updated_at, t)) = self.targets.get(&id)
            && *updated_at == i.updated_at {
                return Ok(t.clone());
            }
        let updated_at = i.updated_at.clone();
        let t = Target::load(&self.store, &cfg.catalog, &cfg.org, &key, i).map_err(|e| match e {
            Error::WrongKey { .. } | Error::Tampered { .. } => key_failure(e.to_string()),
            e => super::Failure::config(e.to_string()),
        })?;
        let t = Opened { redactor: Arc::new(t.redactor()), target: Arc::new(t) };
        self.targets.insert(id, (updated_at, t.clone()));
        Ok(t)
    }
}

/// The key in hand does not open the store's secrets (a rotation this
/// process could not follow): transient, so the step is retried once the
/// process is restarted with the new key, not dead-lettered at once.
fn key_failure(message: String) -> super::Failure {
    super::Failure::new(FailureClass::Server, message, "restart this process with the store's current master key (see `crmctl key status`)")
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

/// A `kb_sync` step: the integration's KB import (`full`, `since` and
/// `locale` from the event), on its own thread and store connection so the
/// page commits stay off the thread driving the other steps' requests. Its
/// outputs are the import's counts and sync-log id.
async fn kb_step(
    cfg: &WorkerConfig,
    tokens: &TokenSource,
    target: Arc<Target>,
    integration: &str,
    payload: &serde_json::Value,
) -> (ActionOutcome, serde_json::Value) {
    let started = std::time::Instant::now();
    let opts = super::kb::ImportOptions {
        full: payload.get("full").and_then(|v| v.as_bool()).unwrap_or(false),
        since: payload.get("since").and_then(|v| v.as_str()).and_then(|s| s.parse().ok()),
        locale: payload.get("locale").and_then(|v| v.as_str()).map(str::to_string),
        dry_run: false,
        wait: cfg.lease,
    };
    let (db, http, tokens) = (cfg.db.clone(), cfg.http.clone(), tokens.clone());
    let joined = tokio::task::spawn_blocking(move || -> std::result::Result<super::kb::ImportReport, String> {
        let store = crate::store::Store::open(&db).map_err(|e| e.to_string())?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        Ok(rt.block_on(super::kb::import(&target, &store, &http, &tokens, &opts, &super::Silent)))
    })
    .await;
    let report = joined.unwrap_or_else(|e| Err(format!("the KB import task ended: {e}")));
    let (ok, outputs, failure, detail) = match report {
        Ok(r) => {
            let outputs: BTreeMap<String, serde_json::Value> = [
                ("status", serde_json::json!(r.status)),
                ("processed", r.processed.into()),
                ("created", r.created.into()),
                ("updated", r.updated.into()),
                ("archived", r.archived.into()),
                ("sync_log_id", serde_json::json!(r.sync_log_id)),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            let detail = serde_json::json!({ "kb_import": outputs });
            let failure = match (r.status.as_str(), r.failure) {
                ("failure", Some(f)) => Some(f),
                ("failure", None) => Some(Failure::new(FailureClass::UnexpectedResponse, "the KB import failed", "see its sync-log row")),
                _ => None,
            };
            (failure.is_none(), outputs, failure, detail)
        }
        Err(message) => {
            let f = Failure::new(FailureClass::Config, message, "check the store file and the KB import with `crmctl kb import`");
            (false, BTreeMap::new(), Some(f), serde_json::json!({}))
        }
    };
    let outcome = ActionOutcome {
        integration: integration.to_string(),
        action: super::kb::KB_IMPORT.to_string(),
        ok,
        http_status: None,
        latency_ms: started.elapsed().as_millis() as u64,
        outputs,
        failure,
    };
    (outcome, detail)
}

async fn execute(cfg: &WorkerConfig, tokens: &TokenSource, job: Job) -> Done {
    let Job { claimed: Claimed { step, payload, earlier }, target } = job;
    let started = crate::store::now();
    let (outcome, detail) = match target {
        Ok(Opened { target, redactor }) => {
            let ctx = action::context(&target, &payload, &super::chain::steps_context(&earlier), &step.id);
            if step.action == super::kb::KB_IMPORT && !target.template.actions.contains_key(&step.action) {
                kb_step(cfg, tokens, target, &step.integration, &payload).await
            } else {
                action::run_with(&target, (*redactor).clone(), &step.action, &ctx, &step.id, &cfg.http, tokens).await
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
        detail: action::object([
            ("step_id", step.id.clone().into()),
            ("action", step.action.clone().into()),
            ("attempt", step.attempts.into()),
            ("result", status.into()),
            ("exchange", detail),
        ]),
        ..SyncLog::one("step", step.integration_id.clone(), &step.integration, outcome.ok, started, outcome.latency_ms)
    };
    let run = StepRun {
        step_id: step.id.clone(),
        event_id: step.event_id.clone(),
        event_type: step.event_type.clone(),
        integration: step.integration.clone(),
        action: step.action.clone(),
        attempt: step.attempts,
        status: status.into(),
        run_after,
        outcome,
    };
    Done { finished: Finished { step_id: step.id, result, log: Some(log) }, run }
}
