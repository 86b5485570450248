use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{OutputFormat, QueueCommand, QueueListArgs, QueuePurgeArgs, QueueRetryArgs, RunArgs};
use crate::engine::pipeline::{self, Heartbeat, Mode, StepReporter, StepRun, Summary, WorkerConfig};
use crate::error::{Error, Exit};
use crate::output::{table, Printer};
use crate::store::{Org, Step, StepFilter, Store};

pub fn run(ctx: &Ctx, command: QueueCommand) -> Result<Exit> {
    match command {
        QueueCommand::Process(a) => process(ctx, &a.run, if a.until_empty { Mode::UntilEmpty } else { Mode::Once }),
        QueueCommand::List(a) => list(ctx, a),
        QueueCommand::Show(a) => show(ctx, &a.id),
        QueueCommand::Retry(a) => retry(ctx, a),
        QueueCommand::Purge(a) => purge(ctx, a),
    }
}

/// Builds the workers' configuration for the org.
pub fn config(ctx: &Ctx, store: &Store, org: &Org, run: &RunArgs, event_id: Option<String>, mode: Mode, stop: tokio::sync::watch::Receiver<bool>) -> crate::error::Result<WorkerConfig> {
    let keys = Arc::new(ctx.key_watch(store)?);
    Ok(WorkerConfig {
        db: ctx.settings.db.clone(),
        org: org.clone(),
        key: keys.key(),
        keys: Some(keys),
        heartbeat: std::time::Duration::from_secs(10),
        stall: std::time::Duration::from_secs(60),
        catalog: Arc::new(ctx.catalog()?),
        http: run.http.client(),
        concurrency: run.concurrency as usize,
        // Renewed every third of its length while a step runs.
        lease: run.lease.max(std::time::Duration::from_millis(300)),
        poll: std::time::Duration::from_millis(200),
        retry_base: run.retry_base,
        event_id,
        mode,
        stop,
        in_flight: Arc::new(Mutex::new(HashSet::new())),
    })
}

/// Prints each step run: a line on stderr, or a JSON line on stdout.
pub struct Lines {
    json: bool,
    quiet: bool,
    /// Heartbeat lines on stderr (`-v`).
    verbose: bool,
}

impl Lines {
    pub fn new(printer: &Printer) -> Self {
        Lines { json: printer.format == OutputFormat::Json, quiet: printer.is_quiet(), verbose: false }
    }

    pub fn verbose(self, verbose: bool) -> Self {
        Lines { verbose, ..self }
    }

    /// Status lines on stderr only: the caller prints its own data.
    pub fn status_only(printer: &Printer) -> Self {
        Lines { json: false, quiet: printer.is_quiet() || printer.format != OutputFormat::Table, verbose: false }
    }
}

#[allow(clippy::print_stdout, clippy::print_stderr)]
impl StepReporter for Lines {
    fn step(&self, r: &StepRun) {
        if self.json {
            println!("{}", serde_json::to_string(r).expect("a step run serializes"));
            return;
        }
        if self.quiet {
            return;
        }
        let what = match (&r.outcome.failure, r.run_after.as_deref()) {
            (None, _) => format!("{} in {} ms", r.outcome.http_status.map(|s| s.to_string()).unwrap_or_default(), r.outcome.latency_ms),
            (Some(f), Some(at)) => format!("{}: {}; retry at {at}", f.class.as_str(), f.message),
            (Some(f), None) => format!("{}: {}", f.class.as_str(), f.message),
        };
        eprintln!("{:<9} {} {} (event {} {}, attempt {}) {what}", r.status, r.integration, r.action, r.event_type, short(&r.event_id), r.attempt);
    }

    fn heartbeat(&self, b: &Heartbeat) {
        if !self.verbose {
            return;
        }
        let s = &b.summary;
        eprintln!(
            "heartbeat: {} step runs ({} succeeded, {} to retry, {} failed, {} dead), {} in hand, {:.0}/s over the last {:.0} s",
            s.runs,
            s.succeeded,
            s.retried,
            s.failed,
            s.dead,
            b.in_hand,
            b.recent as f64 / b.since.as_secs_f64().max(0.001),
            b.since.as_secs_f64()
        );
    }

    fn notice(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }
}

fn short(id: &str) -> &str {
    id.get(id.len().saturating_sub(12)..).unwrap_or(id)
}

/// Runs the queue in this process until the mode says stop.
pub fn drain(ctx: &Ctx, run: &RunArgs, event_id: Option<String>, mode: Mode, reporter: Lines) -> crate::error::Result<Summary> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let (_stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let cfg = Arc::new(config(ctx, &store, &org, run, event_id, mode, stop_rx)?);
    let rt = super::targets::runtime()?;
    rt.block_on(pipeline::run(cfg, Arc::new(reporter)))
}

fn process(ctx: &Ctx, run: &RunArgs, mode: Mode) -> Result<Exit> {
    let summary = drain(ctx, run, None, mode, Lines::new(&ctx.printer))?;
    let failed = summary.failed + summary.dead;
    if ctx.printer.format != OutputFormat::Json {
        let store = ctx.store()?;
        let org = ctx.org(&store)?;
        let (counts, _) = store.queue_counts(&org)?;
        ctx.printer.status(format!(
            "Ran {} steps ({} failed, {} to retry). Queue: {}",
            summary.runs,
            failed,
            summary.retried,
            if counts.is_empty() { "empty".to_string() } else { counts.iter().map(|(s, n)| format!("{n} {s}")).collect::<Vec<_>>().join(", ") }
        ));
    }
    Ok(if failed > 0 { Exit::Failed } else { Exit::Ok })
}

pub fn print_steps(ctx: &Ctx, steps: &[Step]) -> Result<()> {
    ctx.printer.data(&steps, || {
        let mut t = table(&["STEP", "EVENT", "TYPE", "#", "INTEGRATION", "ACTION", "STATUS", "ATTEMPTS", "HTTP", "RUN AFTER", "LAST ERROR"]);
        for s in steps {
            t.add_row(vec![
                Cell::new(&s.id),
                Cell::new(short(&s.event_id)),
                Cell::new(&s.event_type),
                Cell::new(s.position),
                Cell::new(&s.integration),
                Cell::new(&s.action),
                Cell::new(&s.status),
                Cell::new(format!("{}/{}", s.attempts, s.max_attempts)),
                Cell::new(s.http_status.map(|h| h.to_string()).unwrap_or_else(|| "-".into())),
                Cell::new(if s.status == "pending" { s.run_after.as_str() } else { "-" }),
                Cell::new(s.last_error.as_deref().map(|e| e.chars().take(80).collect::<String>()).unwrap_or_default()),
            ]);
        }
        t
    })?;
    Ok(())
}

fn list(ctx: &Ctx, a: QueueListArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let mut statuses: Vec<&str> = a.status.iter().map(String::as_str).collect();
    if a.dead {
        statuses.push("dead");
    }
    let filter = StepFilter { statuses: &statuses, event_id: a.event.as_deref(), limit: a.page.sql_limit(), offset: a.page.offset };
    let steps = store.steps(&org, &filter)?;
    let matched = store.steps_count(&org, &filter)?;
    print_steps(ctx, &steps)?;
    super::paging_notice(ctx, "steps", &a.page, steps.len(), matched);
    if steps.is_empty() && ctx.printer.format == OutputFormat::Table {
        let mut searched = Vec::new();
        if !statuses.is_empty() {
            searched.push(format!("with status {}", statuses.join(" or ")));
        }
        if let Some(e) = &a.event {
            searched.push(format!("of event {e}"));
        }
        let all = store.steps_count(&org, &StepFilter::default())?;
        super::empty_notice(ctx, "steps", &org.name, &searched, matched, all, a.page.offset);
    }
    Ok(Exit::Ok)
}

fn show(ctx: &Ctx, id: &str) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    if let Ok(step) = store.step(&org, id) {
        ctx.printer.data(&step, || {
            crate::output::kv_table(&[
                ("step", step.id.clone()),
                ("event", format!("{} ({})", step.event_id, step.event_type)),
                ("position", step.position.to_string()),
                ("integration", format!("{} ({})", step.integration, step.provider)),
                ("action", step.action.clone()),
                ("status", step.status.clone()),
                ("attempts", format!("{}/{}", step.attempts, step.max_attempts)),
                ("run after", step.run_after.clone()),
                ("on failure", step.on_failure.clone()),
                ("last error", step.last_error.clone().unwrap_or_else(|| "-".into())),
                ("outputs", step.outputs.to_string()),
            ])
        })?;
        return Ok(Exit::Ok);
    }
    let event = store.event(&org, id)?;
    super::event::print_event(ctx, &event)?;
    Ok(Exit::Ok)
}

fn retry(ctx: &Ctx, a: QueueRetryArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let ids: Vec<String> = if a.all_dead {
        store.steps(&org, &StepFilter { statuses: &["dead"], limit: i64::MAX, ..Default::default() })?.into_iter().map(|s| s.id).collect()
    } else {
        for id in &a.ids {
            store.step(&org, id)?;
        }
        a.ids.clone()
    };
    let n = store.retry_steps(&org, &ids)?;
    if n < ids.len() {
        ctx.printer.warn(format!("{} of the steps were not failed, dead or skipped and were left as they are", ids.len() - n));
    }
    ctx.printer.status(format!("Queued {n} steps again; run `crmctl queue process` or a worker"));
    Ok(Exit::Ok)
}

fn purge(ctx: &Ctx, a: QueuePurgeArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let before = crate::store::ts(jiff::Timestamp::now() - jiff::SignedDuration::try_from(a.older_than).map_err(|e| Error::usage(e.to_string()))?);
    let what = match (a.dead, a.finished) {
        (true, true) => "dead letters and finished events",
        (true, false) => "dead letters",
        _ => "finished events",
    };
    const FINISHED: &[&str] = &["succeeded", "failed", "partial", "skipped"];
    let (dead, events) = store.purge_counts(&org, &before, FINISHED)?;
    let mut losses = Vec::new();
    if a.dead && dead > 0 {
        losses.push(super::count(dead, "dead-lettered step"));
    }
    if a.finished && events > 0 {
        losses.push(super::count(events, "finished event"));
    }
    if a.dry_run {
        let text = if losses.is_empty() { "nothing".to_string() } else { losses.join(", ") };
        ctx.printer.status(format!("Dry run: would delete {text} from org {} (older than {before}); nothing was written.", org.name));
        return Ok(Exit::Ok);
    }
    if losses.is_empty() {
        ctx.printer.status(format!("Nothing to delete: no {what} in org {} older than {before}", org.name));
        return Ok(Exit::Ok);
    }
    ctx.confirm_loss(&format!("Delete the {what} of org {} older than {}?", org.name, before), &losses, a.yes)?;
    let mut n = 0;
    if a.dead {
        n += store.purge_dead(&org, &before)?;
    }
    if a.finished {
        n += store.purge_events(&org, FINISHED, &before)?;
    }
    ctx.printer.status(format!("Deleted {n} {what}"));
    Ok(Exit::Ok)
}
