//! `crmctl schedule set|list|remove`: when the worker imports and syncs.

use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{OutputFormat, ScheduleCommand, ScheduleJobArgs, ScheduleListArgs, ScheduleRemoveArgs, ScheduleSetArgs};
use crate::engine::mapping::Stream;
use crate::engine::schedule::{self, When};
use crate::error::{Error, Exit};
use crate::output::table;
use crate::store::{Integration, Org, Store};

pub fn run(ctx: &Ctx, c: ScheduleCommand) -> Result<Exit> {
    match c {
        ScheduleCommand::Set(a) => set(ctx, a),
        ScheduleCommand::List(a) => list(ctx, a),
        ScheduleCommand::Remove(a) => remove(ctx, a),
    }
}

/// The job's name (`kb` or the stream), checked against the template.
fn job(ctx: &Ctx, store: &Store, org: &Org, a: &ScheduleJobArgs) -> Result<(Integration, String)> {
    let integration = store.integration(org, &a.name)?;
    let catalog = ctx.catalog()?;
    let template = &catalog.get(&integration.provider)?.template;
    let job = match &a.stream {
        Some(s) => {
            let stream = Stream::parse(s).map_err(Error::usage)?;
            if template.streams.get(stream.as_str()).is_none() {
                return Err(Error::usage_hint(
                    format!("{} ({}) has no {stream} stream to sync", integration.name, integration.provider),
                    "see `crmctl template show PROVIDER` for the streams it has",
                )
                .into());
            }
            stream.as_str().to_string()
        }
        None => {
            if template.knowledge_base.is_none() {
                return Err(Error::usage_hint(
                    format!("{} ({}) has no knowledge base to import", integration.name, integration.provider),
                    "schedule a record sync with --stream instead",
                )
                .into());
            }
            "kb".to_string()
        }
    };
    Ok((integration, job))
}

fn set(ctx: &Ctx, a: ScheduleSetArgs) -> Result<Exit> {
    // The schedule is checked whole before anything is opened or written.
    let when = match (&a.every, &a.cron) {
        (Some(e), None) => schedule::every(crate::cli::parse_duration(e).map_err(|m| Error::usage_hint(format!("--every: {m}"), "e.g. 30s, 15m, 6h or 1d"))?)?,
        (None, Some(c)) => schedule::cron(c)?,
        _ => return Err(Error::usage("give one of --every or --cron").into()),
    };
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let (integration, job) = job(ctx, &store, &org, &a.job)?;
    let (every_s, cron) = match &when {
        When::Every(d) => (Some(d.as_secs() as i64), None),
        When::Cron(_) => (None, a.cron.as_deref().map(str::trim)),
    };
    let next = crate::store::ts(when.first());
    let created = store.set_schedule(&org, &integration.id, &job, every_s, cron, &next)?;
    let row = store.schedules(&org, Some(&integration.id))?.into_iter().find(|s| s.job == job).expect("the schedule just written");
    if ctx.printer.format != OutputFormat::Table {
        ctx.printer.data(&row, || table(&[]))?;
    }
    ctx.printer.status(format!(
        "{} schedule {} {}: {}; next run {next} (when a `crmctl worker` is running)",
        if created { "Created" } else { "Replaced" },
        integration.name,
        job,
        describe(&row)
    ));
    Ok(Exit::Ok)
}

fn describe(s: &crate::store::Schedule) -> String {
    match (&s.cron, s.every_s) {
        (Some(c), _) => format!("cron '{c}' (UTC)"),
        (None, Some(n)) => format!("every {}", human(n)),
        _ => "-".into(),
    }
}

fn human(secs: i64) -> String {
    for (unit, n) in [("d", 86_400), ("h", 3600), ("m", 60)] {
        if secs >= n && secs % n == 0 {
            return format!("{}{unit}", secs / n);
        }
    }
    format!("{secs}s")
}

fn list(ctx: &Ctx, a: ScheduleListArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = a.integration.as_deref().map(|n| store.integration(&org, n).map(|i| i.id)).transpose()?;
    let (rows, total) = super::page_of(store.schedules(&org, iid.as_deref())?, &a.page);
    ctx.printer.data(&rows, || {
        let mut t = table(&["INTEGRATION", "JOB", "WHEN", "NEXT RUN", "LAST RUN", "LAST STATUS"]);
        for r in &rows {
            t.add_row(vec![
                Cell::new(&r.integration),
                Cell::new(&r.job),
                Cell::new(describe(r)),
                Cell::new(if r.running { format!("{} (running)", r.next_run_at) } else { r.next_run_at.clone() }),
                Cell::new(r.last_run_at.as_deref().unwrap_or("-")),
                Cell::new(r.last_status.as_deref().unwrap_or("-")),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "schedules", &a.page, rows.len(), total);
    if rows.is_empty() && total > 0 && ctx.printer.format == OutputFormat::Table {
        super::empty_notice(ctx, "schedules", &org.name, &[], total, total, a.page.offset);
    } else if rows.is_empty() && a.integration.is_some() && ctx.printer.format == OutputFormat::Table {
        ctx.printer.status(format!("No schedules of integration {} in org {}.", a.integration.as_deref().unwrap_or_default(), org.name));
    } else if rows.is_empty() && ctx.printer.format == OutputFormat::Table {
        ctx.printer.status(format!("No schedules in org {}; add one with `crmctl schedule set NAME --kb|--stream S --every 1h`.", org.name));
    }
    Ok(Exit::Ok)
}

fn remove(ctx: &Ctx, r: ScheduleRemoveArgs) -> Result<Exit> {
    let a = &r.job;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    let job = match &a.stream {
        Some(s) => Stream::parse(s).map_err(Error::usage)?.as_str().to_string(),
        None => "kb".to_string(),
    };
    if !ctx.confirm_or_dry_run(&format!("Remove the {job} schedule of {}?", integration.name), &[format!("schedule {} {job}", integration.name)], r.yes, r.dry_run)? {
        return Ok(Exit::Ok);
    }
    if !store.remove_schedule(&org, &integration.id, &job)? {
        return Err(Error::NotFound { kind: "schedule", name: format!("{} {job}", integration.name), scope: format!(" in org '{}'", org.name), hint: Some("see `crmctl schedule list`".into()) }.into());
    }
    ctx.printer.status(format!("Removed schedule {} {job}", integration.name));
    Ok(Exit::Ok)
}
