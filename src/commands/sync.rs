//! `crmctl sync`: contacts, tickets and deals from a provider into the store.

use anyhow::Result;

use super::progress::Progress;
use super::targets::{runtime, stored, token_source};
use super::Ctx;
use crate::cli::{OutputFormat, SyncArgs};
use crate::engine::mapping::Stream;
use crate::engine::sync::{self, SyncOptions, SyncReport};
use crate::error::{Error, Exit};
use crate::output::table;

pub fn run(ctx: &Ctx, a: SyncArgs) -> Result<Exit> {
    let since = a
        .since
        .as_deref()
        .map(|s| super::logs::since(s).map(|t| t.parse::<jiff::Timestamp>().expect("the store's own time format parses")))
        .transpose()?;
    let only = a.stream.as_deref().map(Stream::parse).transpose().map_err(Error::usage)?;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    let catalog = ctx.catalog()?;
    let key = ctx.unlock(&store)?.key;
    let target = stored(&store, &catalog, &org, &key, integration)?;
    let streams = &target.template.streams;
    match only {
        Some(s) if streams.get(s.as_str()).is_none() => {
            let why = target.template.unsupported.iter().find(|u| u.capability == s.as_str()).map(|u| u.reason.clone());
            return Err(Error::usage_hint(
                format!("{} ({}) has no {s} stream to sync", target.name, target.template.id),
                why.unwrap_or_else(|| {
                    let have: Vec<&str> = streams.defined().iter().map(|(n, _)| *n).collect();
                    if have.is_empty() { format!("the {} template defines no streams", target.template.id) } else { format!("it has: {}", have.join(", ")) }
                }),
            )
            .into());
        }
        None if streams.is_empty() => {
            let why: Vec<String> = target
                .template
                .unsupported
                .iter()
                .filter(|u| u.capability == "record_sync" || Stream::parse(&u.capability).is_ok())
                .map(|u| format!("{}: {}", u.capability, u.reason))
                .collect();
            return Err(Error::usage_hint(
                format!("{} ({}) has no record streams to sync", target.name, target.template.id),
                if why.is_empty() { format!("the {} template defines no streams section", target.template.id) } else { why.join("; ") },
            )
            .into());
        }
        _ => {}
    }
    let tokens = token_source(ctx, key);
    let http = a.http.client();
    let opts = SyncOptions { streams: only.into_iter().collect(), full: a.full, since, dry_run: a.dry_run, wait: a.wait };
    let progress = Progress::records(&ctx.printer, &format!("syncing {}", target.name));
    let report = runtime()?.block_on(sync::sync(&target, &store, &http, &tokens, &opts, &progress));
    print_report(ctx, &report)
}

fn print_report(ctx: &Ctx, r: &SyncReport) -> Result<Exit> {
    if ctx.printer.format != OutputFormat::Table {
        ctx.printer.data(r, || table(&[]))?;
    }
    let mut lines = Vec::new();
    if let Some(f) = &r.failure {
        ctx.printer.status(format!("{}: sync failed: {f}", r.integration));
        if !f.hint.is_empty() {
            ctx.printer.status(format!("{}: hint: {}", r.integration, f.hint));
        }
        return Ok(Exit::Failed);
    }
    let what = if r.dry_run { "dry run (nothing written)" } else { "synced" };
    for s in &r.streams {
        for w in &s.warnings {
            ctx.printer.warn(format!("{} {}: {w}", r.integration, s.stream));
        }
        for f in &s.failures {
            ctx.printer.warn(format!("{} {}: record {} failed: {}", r.integration, s.stream, f.id.as_deref().unwrap_or("(no id)"), f.reason));
        }
        if (s.failed as usize) > s.failures.len() {
            ctx.printer.warn(format!("{} {}: {} more failed record(s); see `crmctl logs tail --kind record_sync`", r.integration, s.stream, s.failed as usize - s.failures.len()));
        }
        lines.push(format!(
            "{} {}: {what}: {} record(s) in {} page(s): {} created, {} updated, {} unchanged, {} failed, {} deleted{}{} in {:.1}s",
            r.integration,
            s.stream,
            s.processed,
            s.pages,
            s.created,
            s.updated,
            s.unchanged,
            s.failed,
            s.deleted,
            s.since.as_deref().map(|t| format!(", changed since {t}")).unwrap_or_default(),
            if s.resumed { ", resumed" } else { "" },
            s.duration_ms as f64 / 1000.0
        ));
        if let Some(f) = &s.failure {
            lines.push(format!("{} {}: sync failed: {f}", r.integration, s.stream));
            if !f.hint.is_empty() {
                lines.push(format!("{} {}: hint: {}", r.integration, s.stream, f.hint));
            }
        }
    }
    for l in &lines {
        if ctx.printer.format == OutputFormat::Table {
            ctx.printer.raw(&format!("{l}\n"))?;
        } else {
            ctx.printer.status(l);
        }
    }
    // Refused because the stream is being synced elsewhere: exit 2, unless
    // another stream really failed.
    let failures: Vec<_> = r.streams.iter().filter_map(|s| s.failure.as_ref()).collect();
    Ok(if failures.is_empty() {
        Exit::Ok
    } else if failures.iter().all(|f| f.class == crate::engine::FailureClass::Busy) {
        Exit::Usage
    } else {
        Exit::Failed
    })
}
