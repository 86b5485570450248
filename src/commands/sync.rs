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
    // Seed 003's "Sync Now": records of a workflow integration are pushed,
    // not fetched, so a sync triggers the workflow.
    if target.template.category == crate::templates::schema::Category::Webhook {
        return trigger(ctx, &store, &target, &a, since, only, token_source(ctx, key));
    }
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

/// The detail state of a triggered sync's row until the push lands.
const AWAITING_PUSH: &str = "awaiting_push";

#[derive(serde::Serialize)]
struct Triggered {
    integration: String,
    sync_log_id: String,
    data_type: String,
    dry_run: bool,
    /// The row as it stands when the trigger answered: `awaiting_push` until
    /// the workflow's push lands (an n8n Webhook node set to answer when the
    /// workflow finishes has pushed by then), then the push's status.
    status: Option<String>,
    processed: i64,
    created: i64,
    updated: i64,
    failed: i64,
}

/// POSTs the workflow's trigger with a fresh sync-log row's id. The row is
/// written first, so a push that arrives before the trigger answers finds
/// it; a trigger that fails marks it failed. The sync log's statuses are
/// success, partial and failure only, so a row awaiting its push is a
/// `success` of 0 records whose detail says `state: awaiting_push`; the
/// push replaces that detail and sets the status from its counts.
fn trigger(
    ctx: &Ctx,
    store: &crate::store::Store,
    target: &crate::engine::Target,
    a: &SyncArgs,
    since: Option<jiff::Timestamp>,
    only: Option<Stream>,
    tokens: crate::engine::TokenSource,
) -> Result<Exit> {
    use crate::store::SyncLog;
    use serde_json::json;
    let integration = target.integration.clone().ok_or_else(|| Error::usage("only a saved integration can be synced"))?;
    let data_type = only.map(|s| s.as_str().to_string()).or_else(|| target.fields.get("data_type").cloned()).unwrap_or_else(|| "contacts".into());
    let path = target.fields.get("webhook_path").cloned().ok_or_else(|| {
        Error::usage_hint(format!("{} has no webhook_path", target.name), format!("set it: crmctl integration edit {} --field webhook_path=/webhook/NAME", target.name))
    })?;
    if !integration.enabled {
        return Err(Error::usage_hint(
            format!("integration {} is disabled: `crmctl serve` would refuse the workflow's push", target.name),
            format!("turn it on first: crmctl integration enable {}", target.name),
        )
        .into());
    }
    let id = uuid::Uuid::now_v7().to_string();
    let body = json!({
        "integration_id": integration.id,
        "integration": integration.name,
        "sync_log_id": id,
        "data_type": data_type,
        "source_type": target.fields.get("source_type"),
        "full": a.full,
        "since": since.map(|t| t.to_string()),
    });
    let url = format!("{}/{}", target.base_url.trim_end_matches('/'), path.trim_start_matches('/'));
    if a.dry_run {
        ctx.printer.status(format!("Dry run: would POST {url} {body} to trigger the workflow; nothing was written or sent"));
        let out = Triggered { integration: integration.name, sync_log_id: id, data_type, dry_run: true, status: None, processed: 0, created: 0, updated: 0, failed: 0 };
        if ctx.printer.format != OutputFormat::Table {
            ctx.printer.data(&out, || table(&[]))?;
        }
        return Ok(Exit::Ok);
    }
    let started = std::time::Instant::now();
    let row = SyncLog {
        id: id.clone(),
        ..SyncLog::run("record_sync", &integration, "success", crate::store::now(), 0, [0; 4], json!({"trigger": "n8n", "data_type": data_type, "state": AWAITING_PUSH}))
    };
    store.insert_sync_log(&target.org, &row)?;
    let headers: Vec<(String, String)> = match target.secrets.get("auth_value") {
        Some(v) => vec![(target.fields.get("auth_header").cloned().unwrap_or_else(|| "Authorization".into()), v.expose_secret().to_string())],
        None => Vec::new(),
    };
    let http = a.http.client();
    let sent = runtime()?.block_on(crate::engine::api::call(target, &http, &tokens, crate::templates::schema::Method::Post, &path, Some(body), &headers));
    if let Err(f) = sent {
        let failed = SyncLog {
            id: id.clone(),
            error_class: Some("trigger_failed".into()),
            ..SyncLog::run(
                "record_sync",
                &integration,
                "failure",
                row.started_at.clone(),
                started.elapsed().as_millis() as u64,
                [1, 0, 0, 1],
                target.redactor().value(&json!({"trigger": "n8n", "data_type": data_type, "error": f.message, "http_status": f.http_status})),
            )
        };
        store.add_to_sync_log(&target.org, &id, &failed)?;
        return Err(Error::Failed { message: format!("{}: the workflow's trigger failed: {} (hint: {}); sync-log row {id} says so", target.name, f.message, f.hint) }.into());
    }
    let now = store.sync_log(&target.org, &id)?;
    let awaiting = now.detail["state"] == AWAITING_PUSH;
    let out = Triggered {
        integration: integration.name.clone(),
        sync_log_id: id.clone(),
        data_type,
        dry_run: false,
        status: Some(if awaiting { AWAITING_PUSH.to_string() } else { now.status.clone() }),
        processed: now.processed,
        created: now.created,
        updated: now.updated,
        failed: now.failed,
    };
    if ctx.printer.format != OutputFormat::Table {
        ctx.printer.data(&out, || table(&[]))?;
    }
    let line = if awaiting {
        format!("{}: triggered the workflow; its push to `crmctl serve` with sync_log_id {id} lands in that sync-log row (`crmctl logs tail --integration {}`)", integration.name, integration.name)
    } else {
        format!(
            "{}: triggered the workflow, which has pushed: {} processed, {} created, {} updated, {} failed ({}; sync-log row {id})",
            integration.name, now.processed, now.created, now.updated, now.failed, now.status
        )
    };
    if ctx.printer.format == OutputFormat::Table {
        ctx.printer.raw(&format!("{line}\n"))?;
    } else {
        ctx.printer.status(line);
    }
    Ok(Exit::Ok)
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
