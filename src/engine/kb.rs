//! Knowledge-base import: pages through a provider's articles with its own
//! pagination, converts HTML bodies to Markdown, and upserts them by
//! external id with a content hash, one transaction per page together with
//! the position of the next page (so a killed import resumes where it
//! stopped). Never prints; progress goes to the [`Reporter`].

use std::collections::HashSet;
use std::time::Instant;

use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::pager::{is_empty_page, next_page, PageReq, Pager};
use super::{jsonpath, Failure, FailureClass, Reporter, Target, TokenSource};
use crate::http::Http;
use crate::store::{KbUpsert, Org, PageCommit, Store, SyncLog, Upserted};
use crate::templates::kb::{BodyFormat, KbFields, KnowledgeBase};

/// The step a `kb_sync` event queues for each subscribed integration: its
/// KB import, run by the worker like any other step.
pub const KB_IMPORT: &str = "kb_import";

/// What the KB list request renders with as `kb`: the locale and the
/// since-time asked for, empty when not.
pub fn list_context(locale: Option<&str>, since: Option<&str>) -> Value {
    json!({"locale": locale.unwrap_or_default(), "since": since.unwrap_or_default()})
}

/// What to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Read everything and archive what the source no longer has.
    pub full: bool,
    /// Start here instead of the stored high-water mark.
    pub since: Option<jiff::Timestamp>,
    pub locale: Option<String>,
    /// Read and compare, write nothing.
    pub dry_run: bool,
    /// How long to wait for a run of the same import elsewhere (zero:
    /// refuse at once).
    pub wait: std::time::Duration,
}

/// An import's outcome. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub integration: String,
    pub provider: String,
    /// `success`, `partial` (some articles or pages failed) or `failure`.
    pub status: String,
    pub dry_run: bool,
    pub full: bool,
    /// The start time of an incremental import (null: everything).
    pub since: Option<String>,
    pub locale: Option<String>,
    /// An unfinished import was picked up where it stopped.
    pub resumed: bool,
    pub pages: u64,
    pub processed: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    pub archived: u64,
    /// Why paging stopped early, when it did (a repeated cursor, say).
    pub warnings: Vec<String>,
    pub failure: Option<Failure>,
    pub duration_ms: u64,
    /// The sync-log row written (null for --dry-run).
    pub sync_log_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, serde::Deserialize)]
struct Position {
    /// Index into the innermost parents (0 without nesting).
    leaf: usize,
    req: PageReq,
}

#[derive(Default, Clone, Copy, Serialize, serde::Deserialize)]
struct Counts {
    pages: u64,
    processed: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    failed: u64,
}

fn tally(c: &mut Counts, out: &[Upserted]) {
    for o in out {
        match o {
            Upserted::Created => c.created += 1,
            Upserted::Updated => c.updated += 1,
            Upserted::Unchanged => c.unchanged += 1,
        }
    }
}

/// The parent objects one article listing runs under.
struct Leaf {
    parent: Value,
    parents: Vec<Value>,
    section: Option<String>,
}

struct Run<'a> {
    kb: &'a KnowledgeBase,
    pager: Pager<'a>,
}

const KEEP_ITEM_FAILURES: usize = 20;

/// Imports the integration's knowledge base into the store and writes a
/// `kb_import` sync-log row (not for a dry run).
pub async fn import(target: &Target, store: &Store, http: &Http, tokens: &TokenSource, opts: &ImportOptions, reporter: &dyn Reporter) -> ImportReport {
    let started = Instant::now();
    let started_at = crate::store::now();
    let mut report = ImportReport {
        integration: target.name.clone(),
        provider: target.template.id.clone(),
        status: "failure".into(),
        dry_run: opts.dry_run,
        full: opts.full,
        since: None,
        locale: opts.locale.clone(),
        resumed: false,
        pages: 0,
        processed: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        archived: 0,
        warnings: Vec::new(),
        failure: None,
        duration_ms: 0,
        sync_log_id: None,
    };
    let mut item_failures: Vec<Value> = Vec::new();
    let mut run = None;
    let lease = match (&target.integration, opts.dry_run) {
        (Some(i), false) => {
            match super::lease::acquire(store, &target.org, &target.name, &i.id, crate::store::KB_JOB, "kb import", opts.wait, reporter).await {
                Ok(l) => Some(l),
                Err(f) => {
                    // Nothing ran: no sync-log row, the other run writes its own.
                    report.failure = Some(f);
                    report.duration_ms = started.elapsed().as_millis() as u64;
                    return report;
                }
            }
        }
        _ => None,
    };
    let result = super::lease::hold(lease.as_ref(), store, import_inner(target, store, http, tokens, opts, reporter, &mut report, &mut item_failures, &mut run, lease.as_ref().map(|l| l.as_ref()))).await;
    reporter.finish();
    report.duration_ms = started.elapsed().as_millis() as u64;
    let (exchanges, redactor) = match run {
        Some(mut r) => (r.pager.take_exchanges(), r.pager.redactor),
        None => (Vec::new(), target.redactor()),
    };
    match result {
        Ok(()) => report.status = if report.failed > 0 { "partial".into() } else { "success".into() },
        Err(mut f) => {
            f.message = redactor.str(&f.message);
            f.hint = redactor.str(&f.hint);
            report.status = if report.created + report.updated > 0 { "partial".into() } else { "failure".into() };
            report.failure = Some(f);
        }
    }
    if !opts.dry_run
        && let Some(i) = &target.integration {
            let id = uuid::Uuid::now_v7().to_string();
            let detail = redactor.value(&json!({
                "exchanges": exchanges,
                "since": report.since,
                "full": report.full,
                "locale": report.locale,
                "resumed": report.resumed,
                "pages": report.pages,
                "unchanged": report.unchanged,
                "archived": report.archived,
                "warnings": report.warnings,
                "item_failures": item_failures,
                "failure": report.failure,
            }));
            let log = SyncLog {
                id: id.clone(),
                error_class: report.failure.as_ref().map(|f| f.class.as_str().to_string()),
                http_status: report.failure.as_ref().and_then(|f| f.http_status).map(i64::from),
                ..SyncLog::run(
                    "kb_import",
                    i,
                    &report.status,
                    started_at,
                    report.duration_ms,
                    [report.processed, report.created, report.updated, report.failed],
                    detail,
                )
            };
            match store.insert_sync_log(&target.org, &log) {
                Ok(()) => report.sync_log_id = Some(id),
                Err(e) => report.warnings.push(format!("the sync log could not be written: {e}")),
            }
        }
    report
}

#[allow(clippy::too_many_arguments)]
async fn import_inner<'a>(
    target: &'a Target,
    store: &Store,
    http: &'a Http,
    tokens: &'a TokenSource,
    opts: &ImportOptions,
    reporter: &dyn Reporter,
    report: &mut ImportReport,
    item_failures: &mut Vec<Value>,
    run_slot: &mut Option<Run<'a>>,
    lease: Option<crate::store::LeaseRef<'_>>,
) -> Result<(), Failure> {
    let Some(kb) = &target.template.knowledge_base else {
        let why = target
            .template
            .unsupported
            .iter()
            .find(|u| u.capability == "knowledge_base")
            .map(|u| format!(": {}", u.reason))
            .unwrap_or_default();
        return Err(Failure::config(format!("the {} template has no knowledge base to import{why}", target.template.id)));
    };
    let Some(integration) = &target.integration else {
        return Err(Failure::config("only a saved integration can import a knowledge base"));
    };
    let org: &Org = &target.org;
    let store_err = Failure::store;

    // Where to start: an explicit --since, else the stored high-water mark
    // (unless --full), and an unfinished run with the same parameters resumes.
    let state = store.kb_state(org, &integration.id).map_err(store_err)?;
    let since = match (&opts.since, opts.full) {
        (Some(t), _) => Some(*t),
        (None, true) => None,
        (None, false) => state.high_water.as_deref().and_then(|s| s.parse::<jiff::Timestamp>().ok()),
    };
    report.since = since.map(crate::store::ts);
    let params = json!({"full": opts.full, "since": report.since, "locale": opts.locale}).to_string();
    let mut counts = Counts::default();
    let mut high_water: Option<String> = None;
    let mut position = Position { leaf: 0, req: PageReq::First };
    let run_id = match state.run.filter(|r| !opts.dry_run && r.params == params) {
        Some(r) => {
            if let Some(p) = r.position.and_then(|p| serde_json::from_value::<Position>(p).ok()) {
                position = p;
                counts = serde_json::from_value(r.counts).unwrap_or_default();
                high_water = r.high_water;
                report.resumed = true;
            }
            r.id
        }
        None => uuid::Uuid::now_v7().to_string(),
    };
    if !opts.dry_run && !report.resumed {
        store.kb_begin_run(org, &integration.id, &run_id, &params).map_err(store_err)?;
    }

    let mut ctx = target.context();
    let since_text = since.map(|t| kb.incremental.as_ref().map(|i| i.format).unwrap_or_default().format(t));
    let fields = render_fields(&kb.fields, &ctx)?;
    ctx["kb"] = list_context(opts.locale.as_deref(), since_text.as_deref());
    let pager = Pager::new(
        target,
        http,
        tokens,
        "knowledge-base",
        &kb.list,
        &kb.pagination,
        kb.incremental.as_ref().and_then(|i| i.param.as_deref()),
        kb.locale_param.as_deref(),
    );
    let run = run_slot.insert(Run { kb, pager });

    let leaves = run.leaves(&ctx).await?;
    if position.leaf >= leaves.len() && !leaves.is_empty() {
        position = Position { leaf: 0, req: PageReq::First };
    }
    let mut total: Option<u64> = None;
    let sync = |report: &mut ImportReport, c: &Counts| {
        report.pages = c.pages;
        report.processed = c.processed;
        report.created = c.created;
        report.updated = c.updated;
        report.unchanged = c.unchanged;
        report.failed = c.failed;
    };
    sync(report, &counts);
    reporter.progress(counts.processed, total, &format!("{} page(s)", counts.pages));

    let mut leaf_i = position.leaf;
    let mut req = position.req;
    // The page read and converted but not yet committed.
    let mut pending: Option<Page> = None;
    let flush = |pending: &mut Option<Page>, counts: &mut Counts| -> Result<bool, Failure> {
        match pending.take() {
            Some(p) => commit(store, org, &integration.id, &run_id, opts, lease, counts, p).map(|_| true),
            None => Ok(false),
        }
    };
    while leaf_i < leaves.len() {
        let leaf = &leaves[leaf_i];
        let mut lctx = ctx.clone();
        lctx["parent"] = leaf.parent.clone();
        lctx["parents"] = Value::Array(leaf.parents.clone());
        let mut followed: HashSet<String> = HashSet::new();
        let mut previous_ids: Option<Vec<String>> = None;
        loop {
            let http_req = run.pager.page_request(&lctx, &req, since_text.as_deref(), opts.locale.as_deref()).await?;
            let page_key = http_req.url.clone();
            if !followed.insert(page_key.clone()) {
                report.warnings.push(format!(
                    "stopped paging: the provider sent a next page already read ({}); the listing may be incomplete",
                    run.pager.redactor.str(&page_key)
                ));
                break;
            }
            let (resp, body) = match run.pager.send(http_req).await {
                Ok(r) => r,
                Err(f) => {
                    // What was read before the failure is kept.
                    flush(&mut pending, &mut counts)?;
                    return Err(f);
                }
            };
            let found = if kb.items.is_empty() { Some(&body) } else { jsonpath::get(&body, &kb.items) };
            let items: &[Value] = match found {
                Some(Value::Array(a)) => a,
                None | Some(Value::Null) if is_empty_page(&body) => &[],
                _ => {
                    flush(&mut pending, &mut counts)?;
                    let mut f = Failure::new(
                        FailureClass::UnexpectedResponse,
                        format!("the list response has no array at `{}`", if kb.items.is_empty() { "." } else { &kb.items }),
                        "the template's knowledge_base.items path does not match the provider's response; check the API version",
                    );
                    f.http_status = Some(resp.status);
                    return Err(f);
                }
            };
            if total.is_none() {
                total = kb.total.as_deref().and_then(|p| jsonpath::get(&body, p)).and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()));
            }
            let listed_items = items;
            let listed = items.len() as u64;
            // Drafts and the like (`only`) are not imported, nor counted.
            let kept;
            let items: &[Value] = match &kb.only {
                None => items,
                Some(o) => {
                    kept = items.iter().filter(|i| o.keeps(i)).cloned().collect::<Vec<_>>();
                    &kept
                }
            };
            let considered = items.len() as u64;
            let detailed;
            let mut skipped = 0;
            let items: &[Value] = match &kb.detail {
                None => items,
                // A --full import reads (and so keeps) every article.
                Some(_) => match run.details(&lctx, items, &fields, since.filter(|_| !opts.full)).await {
                    Ok((d, s)) => {
                        skipped = s;
                        detailed = d;
                        &detailed
                    }
                    Err(f) => {
                        flush(&mut pending, &mut counts)?;
                        return Err(f);
                    }
                },
            };
            // Two stages: this page's articles are converted (HTML to
            // Markdown, hashed) on a second thread while the page before
            // is committed on this one, so both cores work.
            let section = leaf.section.as_deref();
            let (converted, committed) = std::thread::scope(|scope| {
                let conversion = scope.spawn(|| convert(&fields, items, section));
                let committed = flush(&mut pending, &mut counts);
                (conversion.join().expect("article conversion does not panic"), committed)
            });
            if committed? {
                sync(report, &counts);
                reporter.progress(counts.processed, total, &format!("{} page(s)", counts.pages));
            }
            let (rows, failures) = converted;
            let failed_here = failures.len() as u64;
            for f in failures {
                if item_failures.len() < KEEP_ITEM_FAILURES {
                    item_failures.push(f);
                }
            }
            for a in &rows {
                if let Some(u) = &a.source_updated_at
                    && high_water.as_ref().is_none_or(|h| u > h) {
                        high_water = Some(u.clone());
                    }
            }
            // A server that ignores the page parameter sends the same page
            // again and again; repeated cursors and URLs are caught above,
            // a repeated page of the same articles here.
            let page_ids: Vec<String> = rows.iter().map(|a| a.external_id.clone()).collect();
            if !page_ids.is_empty() && previous_ids.as_ref() == Some(&page_ids) {
                report.warnings.push("stopped paging: the provider sent the same articles as the page before (does it ignore the page parameter?); the listing may be incomplete".into());
                break;
            }
            previous_ids = Some(page_ids);
            let next = match run.pager.guard(next_page(&kb.pagination, &req, &resp, &body, listed as usize, &run.pager.base()), listed_items) {
                Ok(n) => n,
                Err(f) => {
                    flush(&mut pending, &mut counts)?;
                    return Err(f);
                }
            };
            let position = match &next {
                Some(r) => Some(Position { leaf: leaf_i, req: r.clone() }),
                None if leaf_i + 1 < leaves.len() => Some(Position { leaf: leaf_i + 1, req: PageReq::First }),
                None => None,
            };
            pending = Some(Page {
                rows,
                position: position.map(|p| serde_json::to_value(p).expect("a position serializes")),
                high_water: high_water.clone(),
                items: considered,
                failed: failed_here,
                skipped,
            });
            match next {
                Some(r) => req = r,
                None => break,
            }
        }
        leaf_i += 1;
        req = PageReq::First;
    }
    if flush(&mut pending, &mut counts)? {
        sync(report, &counts);
        reporter.progress(counts.processed, total, &format!("{} page(s)", counts.pages));
    }
    if !opts.dry_run {
        report.archived = store.kb_finish_run(org, &integration.id, &run_id, opts.full, high_water.as_deref(), lease).map_err(store_err)?;
    }
    Ok(())
}

/// A page's articles, ready to commit with where the next page starts.
struct Page {
    rows: Vec<KbUpsert>,
    position: Option<Value>,
    high_water: Option<String>,
    items: u64,
    failed: u64,
    /// Listed but not read again (a `detail` template's articles unchanged
    /// since an incremental import's start): counted as unchanged.
    skipped: u64,
}

/// Converts a page's items; the failures as `{id, reason}`.
fn convert(fields: &KbFields, items: &[Value], section: Option<&str>) -> (Vec<KbUpsert>, Vec<Value>) {
    let mut rows = Vec::with_capacity(items.len());
    let mut failures = Vec::new();
    for item in items {
        match to_upsert(fields, item, section) {
            Ok(a) => rows.push(a),
            Err(why) => failures.push(json!({"id": kb_id(fields, item), "reason": why})),
        }
    }
    (rows, failures)
}

/// The field paths rendered against the integration's fields (a template
/// may name an org's own body field); plain paths are kept as they are.
fn render_fields(f: &KbFields, ctx: &Value) -> Result<KbFields, Failure> {
    let env = crate::templates::render::environment();
    let one = |what: &str, p: &str| {
        crate::templates::render::render_str(env, p, ctx).map(|s| s.trim().to_string()).map_err(|e| Failure::config(format!("knowledge_base.fields.{what}: {e}")))
    };
    let opt = |what: &str, p: &Option<String>| -> Result<Option<String>, Failure> {
        Ok(match p {
            Some(p) => Some(one(what, p)?).filter(|s| !s.is_empty()),
            None => None,
        })
    };
    let out = KbFields {
        id: one("id", &f.id)?,
        title: one("title", &f.title)?,
        body: one("body", &f.body)?,
        body_format: f.body_format,
        url: opt("url", &f.url)?,
        locale: opt("locale", &f.locale)?,
        updated_at: opt("updated_at", &f.updated_at)?,
        section: opt("section", &f.section)?,
    };
    for (what, p) in [("id", &out.id), ("title", &out.title), ("body", &out.body)] {
        if p.is_empty() {
            return Err(Failure::config(format!("knowledge_base.fields.{what} renders empty; check the integration's fields")));
        }
    }
    Ok(out)
}

/// Commits one page (or, for a dry run, compares it) and adds its outcomes
/// to the counts, which are committed with it.
#[allow(clippy::too_many_arguments)]
fn commit(
    store: &Store,
    org: &Org,
    integration_id: &str,
    run_id: &str,
    opts: &ImportOptions,
    lease: Option<crate::store::LeaseRef<'_>>,
    counts: &mut Counts,
    p: Page,
) -> Result<Vec<Upserted>, Failure> {
    counts.pages += 1;
    counts.processed += p.items;
    counts.failed += p.failed;
    counts.unchanged += p.skipped;
    let outcomes = if opts.dry_run {
        p.rows.iter().map(|a| store.kb_would_upsert(org, integration_id, a)).collect::<crate::error::Result<Vec<_>>>().map_err(Failure::store)?
    } else {
        let before = *counts;
        let counts_after = |out: &[Upserted]| {
            let mut c = before;
            tally(&mut c, out);
            serde_json::to_value(c).expect("counts serialize")
        };
        store
            .kb_commit_page(
                org,
                integration_id,
                &p.rows,
                &PageCommit { run_id, mark_seen: opts.full, position: p.position.as_ref(), high_water: p.high_water.as_deref(), counts: &counts_after, lease },
            )
            .map_err(Failure::store)?
    };
    tally(counts, &outcomes);
    Ok(outcomes)
}

impl Run<'_> {
    /// Each listed article with its `detail` response laid over it, in the
    /// list's order; with a start time, the articles whose list
    /// `updated_at` is not after it are left out (the number is returned):
    /// they are held already, and reading them again would cost a request
    /// each for nothing.
    async fn details(&mut self, ctx: &Value, items: &[Value], fields: &KbFields, since: Option<jiff::Timestamp>) -> Result<(Vec<Value>, u64), Failure> {
        let Some(detail) = &self.kb.detail else {
            return Ok((items.to_vec(), 0));
        };
        let since = since.map(crate::store::ts);
        let mut out = Vec::with_capacity(items.len());
        let mut skipped = 0;
        for item in items {
            let listed_at = fields.updated_at.as_deref().and_then(|p| item.get(p).or_else(|| jsonpath::get(item, p))).and_then(parse_time);
            if let (Some(s), Some(u)) = (&since, &listed_at)
                && u <= s
            {
                skipped += 1;
                continue;
            }
            let mut c = ctx.clone();
            c["article"] = item.clone();
            let req = self.pager.build(&detail.request, &c, &[]).await?;
            let (resp, body) = self.pager.send(req).await?;
            let found = if detail.item.is_empty() { Some(&body) } else { jsonpath::get(&body, &detail.item) };
            let Some(Value::Object(more)) = found else {
                let mut f = Failure::new(
                    FailureClass::UnexpectedResponse,
                    format!("the article request for {} answered no object at `{}`", jsonpath::text(&kb_id(fields, item)), if detail.item.is_empty() { "." } else { &detail.item }),
                    "the template's knowledge_base.detail does not match the provider's response; check the API version",
                );
                f.http_status = Some(resp.status);
                return Err(f);
            };
            let mut merged = item.clone();
            match merged.as_object_mut() {
                Some(m) => m.extend(more.iter().map(|(k, v)| (k.clone(), v.clone()))),
                None => merged = Value::Object(more.clone()),
            }
            out.push(merged);
        }
        Ok((out, skipped))
    }

    /// Lists every nesting level (unpaginated) to the innermost parents.
    async fn leaves(&mut self, ctx: &Value) -> Result<Vec<Leaf>, Failure> {
        let mut leaves = vec![Leaf { parent: Value::Null, parents: Vec::new(), section: None }];
        for level in &self.kb.nested {
            let mut next = Vec::new();
            for leaf in &leaves {
                let mut c = ctx.clone();
                c["parent"] = leaf.parent.clone();
                c["parents"] = Value::Array(leaf.parents.clone());
                let req = self.pager.build(&level.request, &c, &[]).await?;
                let (_, body) = self.pager.send(req).await?;
                let items = if level.items.is_empty() { Some(&body) } else { jsonpath::get(&body, &level.items) };
                let Some(Value::Array(items)) = items else {
                    return Err(Failure::new(
                        FailureClass::UnexpectedResponse,
                        format!("the {} listing has no array at `{}`", level.name, level.items),
                        "check the template's knowledge_base.nested items path",
                    ));
                };
                for item in items {
                    let mut parents = leaf.parents.clone();
                    parents.push(item.clone());
                    let section = level.title.as_deref().and_then(|p| jsonpath::get(item, p)).map(jsonpath::text).or(leaf.section.clone());
                    next.push(Leaf { parent: item.clone(), parents, section });
                }
            }
            leaves = next;
        }
        Ok(leaves)
    }
}

fn kb_id(fields: &KbFields, item: &Value) -> Value {
    jsonpath::get(item, &fields.id).cloned().unwrap_or(Value::Null)
}

fn text_at(item: &Value, path: Option<&str>) -> Option<String> {
    let p = path?;
    let v = item.get(p).or_else(|| jsonpath::get(item, p))?;
    let t = jsonpath::text(v);
    (!t.trim().is_empty()).then(|| t.trim().to_string())
}

/// One provider article to a row, or why it cannot be one.
fn to_upsert(f: &KbFields, item: &Value, leaf_section: Option<&str>) -> Result<KbUpsert, String> {
    let id = text_at(item, Some(&f.id)).ok_or_else(|| format!("no id at `{}`", f.id))?;
    let title = text_at(item, Some(&f.title)).ok_or_else(|| format!("article {id}: no title at `{}`", f.title))?;
    let raw = text_at(item, Some(&f.body)).unwrap_or_default();
    let body = match f.body_format {
        BodyFormat::Html => html_to_markdown(&raw),
        BodyFormat::Text => tidy(&raw),
        BodyFormat::Auto if looks_like_html(&raw) => html_to_markdown(&raw),
        BodyFormat::Auto => tidy(&raw),
    };
    let url = text_at(item, f.url.as_deref());
    let locale = text_at(item, f.locale.as_deref()).map(|l| l.to_lowercase());
    let section = text_at(item, f.section.as_deref()).or_else(|| leaf_section.map(str::to_string));
    let source_updated_at = match f.updated_at.as_deref().and_then(|p| item.get(p).or_else(|| jsonpath::get(item, p))) {
        None | Some(Value::Null) => None,
        Some(v) => Some(parse_time(v).ok_or_else(|| format!("article {id}: `{}` is not a time: {v}", f.updated_at.as_deref().unwrap_or("")))?),
    };
    let mut h = Sha256::new();
    for part in [Some(&title), Some(&body), url.as_ref(), locale.as_ref(), section.as_ref()] {
        h.update(part.map(String::as_str).unwrap_or("").as_bytes());
        h.update([0u8]);
    }
    Ok(KbUpsert { external_id: id, title, body, url, locale, section, source_updated_at, content_hash: hex::encode(h.finalize()) })
}

/// RFC 3339 (or `YYYY-MM-DDTHH:MM:SS` without a zone, read as UTC, or
/// `+0000` offsets as Salesforce writes them), Unix seconds/milliseconds,
/// or OData v2's JSON `/Date(MILLISECONDS)/` (SAP C4C, with an optional
/// `+MMMM` offset that does not move the instant), in the store's format.
pub(crate) fn parse_time(v: &Value) -> Option<String> {
    if let Some(n) = v.as_i64() {
        let t = if n > 100_000_000_000 { jiff::Timestamp::from_millisecond(n).ok()? } else { jiff::Timestamp::from_second(n).ok()? };
        return Some(crate::store::ts(t));
    }
    let s = v.as_str()?.trim();
    if let Some(inner) = s.strip_prefix("/Date(").and_then(|r| r.strip_suffix(")/")) {
        let ms = match inner.char_indices().skip(1).find(|(_, c)| *c == '+' || *c == '-') {
            Some((i, _)) => &inner[..i],
            None => inner,
        };
        return jiff::Timestamp::from_millisecond(ms.parse().ok()?).ok().map(crate::store::ts);
    }
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Some(crate::store::ts(t));
    }
    if let Ok(t) = jiff::fmt::strtime::parse("%Y-%m-%dT%H:%M:%S%.f%z", s).and_then(|p| p.to_timestamp()) {
        return Some(crate::store::ts(t));
    }
    if let Ok(dt) = s.parse::<jiff::civil::DateTime>() {
        return dt.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| crate::store::ts(z.timestamp()));
    }
    None
}

thread_local! {
    static CONVERTER: htmd::HtmlToMarkdown = htmd::HtmlToMarkdown::builder()
        .skip_tags(vec!["script", "style", "head", "iframe", "noscript"])
        .build();
}

/// Bounds on what the HTML converter is given. htmd (over html5ever) says
/// it is not hardened against hostile input, and its tree walk and the
/// DOM's drop recurse once per level of nesting: a page larger than this,
/// or nested deeper than [`MAX_HTML_DEPTH`], is turned into plain text by a
/// linear scan instead (its words kept, its formatting dropped).
pub const MAX_HTML_BYTES: usize = 2 << 20;
/// See [`MAX_HTML_BYTES`].
pub const MAX_HTML_DEPTH: usize = 200;

/// Whether a body has an HTML tag (`<p>`, `<br/>`, `</div>`): for
/// `body_format: auto`.
fn looks_like_html(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
}

/// HTML to clean Markdown for the assistant (htmd, an html5ever-based
/// converter): headings, lists, links and tables kept; scripts and styles
/// dropped; runs of blank lines collapsed. Bounded: see [`MAX_HTML_BYTES`].
pub fn html_to_markdown(html: &str) -> String {
    if html.len() > MAX_HTML_BYTES || nesting_depth(html) > MAX_HTML_DEPTH {
        return tidy(&plain_text(html));
    }
    let md = CONVERTER.with(|c| c.convert(html)).unwrap_or_else(|_| plain_text(html));
    tidy(&md)
}

/// Elements that never hold others, or whose end tag may be left out (the
/// parser closes them itself): not counted as nesting.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "dt",
    "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head",
    "body",
];

/// The deepest nesting of open elements, estimated from the tags alone (an
/// over-estimate only for unbalanced markup); linear, no allocation per tag.
fn nesting_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr_lt(&b[i..]) {
        i += off + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                    i += 1;
                }
                let name = html[start..i].to_ascii_lowercase();
                let end = b[i..].iter().position(|c| *c == b'>').map_or(b.len(), |p| i + p);
                let self_closing = end > 0 && end <= b.len() && b.get(end.wrapping_sub(1)) == Some(&b'/');
                if !self_closing && !NOT_NESTING.contains(&name.as_str()) {
                    depth += 1;
                    max = max.max(depth);
                }
                i = end.min(b.len());
            }
            _ => {}
        }
    }
    max
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|c| *c == b'<')
}

/// HTML to plain text by one linear scan: tags dropped (block-level ones
/// end a line), script and style content dropped, the common entities
/// decoded.
fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len().min(MAX_HTML_BYTES));
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let after = &rest[lt + 1..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..end.min(after.len())];
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        rest = &after[end.min(after.len())..];
        if !tag.starts_with('/') && (name == "script" || name == "style") {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&close).map_or("", |p| &rest[p..]);
            continue;
        }
        if matches!(name.as_str(), "p" | "div" | "br" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section" | "article" | "table" | "ul" | "ol" | "pre" | "blockquote") {
            out.push('\n');
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return s.into();
    }
    s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").into()
}

fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pager::{absolute, link_next};

    #[test]
    fn link_headers() {
        let h = r#"<https://x.test/a?page=2>; rel="next", <https://x.test/a?page=9>; rel="last""#;
        assert_eq!(link_next(h).as_deref(), Some("https://x.test/a?page=2"));
        assert_eq!(link_next(r#"<https://x.test/a?page=1>; rel="prev""#), None);
    }

    #[test]
    fn hostile_html_is_bounded() {
        // Nesting deep enough to overflow the converter's recursion becomes
        // plain text, in linear time; its words survive.
        let deep = format!("{}deep words{}", "<div><span>".repeat(50_000), "</span></div>".repeat(50_000));
        assert!(nesting_depth(&deep) > MAX_HTML_DEPTH);
        assert_eq!(html_to_markdown(&deep), "deep words");
        // Over the size cap: plain text too, scripts dropped.
        let big = format!("<p>a &amp; b</p><script>var x = '<b>';</script>{}", "<p>word</p>".repeat(MAX_HTML_BYTES / 11 + 1));
        let md = html_to_markdown(&big);
        assert!(md.starts_with("a & b\n\nword"), "{}", &md[..40]);
        assert!(!md.contains("var x"));
        // Ordinary pages, unclosed <p> and <li> included, still convert.
        assert_eq!(nesting_depth("<ul><li>a<li>b</ul><p>x<p>y<br><img src=x>"), 1);
        assert!(html_to_markdown(&"<p>para".repeat(1000)).contains("para"));
        assert!(html_to_markdown("<h1>Title</h1>").starts_with("# Title") || html_to_markdown("<h1>Title</h1>").contains("Title"));
    }

    #[test]
    fn html_becomes_markdown() {
        let md = html_to_markdown("<h1>Reset</h1><script>x()</script><p>Go to <a href=\"https://a.test\">settings</a>.</p><ol><li>One</li><li>Two</li></ol>");
        assert!(md.starts_with("# Reset"), "{md}");
        assert!(md.contains("[settings](https://a.test)"), "{md}");
        assert!(md.contains("1.  One") || md.contains("1. One"), "{md}");
        assert!(!md.contains("x()"), "{md}");
    }

    #[test]
    fn auto_bodies_are_html_only_with_a_tag() {
        assert!(looks_like_html("<p>Hi</p>") && looks_like_html("a<br/>b") && looks_like_html("</div>"));
        assert!(!looks_like_html("1 < 2 and 3 > 2") && !looks_like_html("x <3"));
        let f = KbFields {
            id: "id".into(), title: "t".into(), body: "b".into(), body_format: BodyFormat::Auto, url: None, locale: None, updated_at: None, section: None,
        };
        assert_eq!(to_upsert(&f, &json!({"id": 1, "t": "T", "b": "<p>Call <b>now</b></p>"}), None).unwrap().body, "Call **now**");
        let plain = to_upsert(&f, &json!({"id": 1, "t": "T", "b": "if a < b\nthen *c*"}), None).unwrap().body;
        assert!(plain.contains("a < b") && plain.contains("*c*"), "plain text is kept as text: {plain}");
    }

    #[test]
    fn field_paths_render_against_the_integration_fields() {
        let f = KbFields {
            id: "Id".into(), title: "Title".into(), body: "{{ body_field | default('Summary') }}".into(), body_format: BodyFormat::Auto,
            url: Some("{{ url_field | default('') }}".into()), locale: None, updated_at: None, section: None,
        };
        let r = render_fields(&f, &json!({"body_field": "Answer__c"})).unwrap();
        assert_eq!((r.body.as_str(), r.url.as_deref()), ("Answer__c", None));
        assert_eq!(render_fields(&f, &json!({})).unwrap().body, "Summary");
        let bad = KbFields { body: "{{ nope }}".into(), ..f };
        assert!(render_fields(&bad, &json!({})).unwrap_err().message.contains("knowledge_base.fields.body"));
    }

    #[test]
    fn odata_v2_dates() {
        assert_eq!(parse_time(&json!("/Date(1735725600000)/")).as_deref(), parse_time(&json!("2025-01-01T10:00:00Z")).as_deref());
        assert_eq!(parse_time(&json!("/Date(1735725600000+0600)/")).as_deref(), parse_time(&json!("2025-01-01T10:00:00Z")).as_deref());
        assert!(parse_time(&json!("/Date(-62135596800000)/")).is_some());
        assert_eq!(parse_time(&json!("/Date(soon)/")), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time(&json!("2024-05-01T10:00:00.000+0000")).as_deref(), Some("2024-05-01T10:00:00.000000Z"));
        assert_eq!(parse_time(&json!("2024-05-01T10:00:00Z")).as_deref(), Some("2024-05-01T10:00:00.000000Z"));
        assert_eq!(parse_time(&json!(1714557600)).as_deref(), Some("2024-05-01T10:00:00.000000Z"));
        assert_eq!(parse_time(&json!("2024-05-01T10:00:00")).as_deref(), Some("2024-05-01T10:00:00.000000Z"));
        assert_eq!(parse_time(&json!("yesterday")), None);
    }

    #[test]
    fn relative_next_urls() {
        assert_eq!(absolute("https://na1.sf.test", "/services/data/v60.0/query/01g-2000"), "https://na1.sf.test/services/data/v60.0/query/01g-2000");
        assert_eq!(absolute("https://a.test/api", "https://b.test/x"), "https://b.test/x");
    }
}
