use std::sync::Arc;

use anyhow::Result;

use super::queue::{config, Lines};
use super::Ctx;
use crate::cli::WorkerArgs;
use crate::engine::pipeline::{self, Mode};
use crate::engine::schedule::{self, ScheduleReporter, ScheduledRun};
use crate::error::Exit;

pub fn run(ctx: &Ctx, args: WorkerArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let mut cfg = config(ctx, &store, &org, &args.run, None, Mode::Forever, stop_rx)?;
    cfg.poll = args.poll;
    cfg.heartbeat = args.heartbeat.max(std::time::Duration::from_millis(100));
    cfg.stall = args.stall;
    let cfg = Arc::new(cfg);
    let rt = super::targets::runtime()?;
    ctx.printer.status(format!("Worker for org {} running {} steps at a time; SIGINT or SIGTERM stops it", org.name, cfg.concurrency));
    let in_flight = cfg.in_flight.clone();
    let db = ctx.settings.db.clone();
    let runs = rt.block_on(async {
        let signals = async {
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
            let mut count = 0;
            loop {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
                count += 1;
                if count == 1 {
                    let _ = stop_tx.send(true);
                    #[allow(clippy::print_stderr)]
                    {
                        eprintln!("stopping: finishing the steps in hand (signal again to release them and exit)");
                    }
                } else {
                    // Hard stop: give the leased steps back, uncounted.
                    if let Ok(store) = crate::store::Store::open(&db) {
                        for (step, owner) in in_flight.lock().expect("in-flight lock").iter() {
                            let _ = store.release_step(step, owner);
                        }
                    }
                    std::process::exit(Exit::Interrupted as i32);
                }
            }
        };
        // Due schedules (imports and syncs) run beside the queue's steps.
        // A failing queue ends the worker at once (never a live process
        // with dead workers); the schedules' result is awaited as before.
        let work = async {
            let steps = pipeline::run(cfg.clone(), Arc::new(Lines::new(&ctx.printer).verbose(ctx.settings.verbose > 0)));
            let scheduled = schedule::run(cfg.clone(), Arc::new(ScheduleLines { quiet: ctx.printer.is_quiet() }));
            tokio::pin!(steps, scheduled);
            tokio::select! {
                r = &mut steps => {
                    let summary = r?;
                    scheduled.await?;
                    Ok::<_, crate::error::Error>(summary)
                }
                r = &mut scheduled => {
                    let summary = steps.await;
                    r?;
                    summary
                }
            }
        };
        tokio::select! {
            r = work => r,
            _ = signals => unreachable!("the signal loop exits the process or runs until the workers stop"),
        }
    })?;
    ctx.printer.status(format!("Worker stopped after {} step runs ({} succeeded, {} to retry, {} failed, {} dead)", runs.runs, runs.succeeded, runs.retried, runs.failed, runs.dead));
    Ok(Exit::Ok)
}

/// One stderr line per scheduled run.
struct ScheduleLines {
    quiet: bool,
}

#[allow(clippy::print_stderr)]
impl ScheduleReporter for ScheduleLines {
    fn ran(&self, r: &ScheduledRun) {
        if self.quiet {
            return;
        }
        let what = if r.job == "kb" { "kb import".to_string() } else { format!("{} sync", r.job) };
        let error = r.error.as_deref().map(|e| format!(": {e}")).unwrap_or_default();
        eprintln!(
            "schedule {} {what}: {}, {} processed, {} created, {} updated, {} failed{error}; next run {}",
            r.integration, r.status, r.processed, r.created, r.updated, r.failed, r.next_run_at
        );
    }
}
