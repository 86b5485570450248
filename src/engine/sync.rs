//! Record sync: pages through a provider's contacts, tickets and deals with
//! its own pagination, maps each record through the integration's field
//! mappings, and upserts it by external id with a content hash, one
//! transaction per page together with the position of the next page (so a
//! killed sync resumes where it stopped). Contacts are matched to accounts
//! by email domain. The webhook ingest runs pushed records through the same
//! mapping and upsert path ([`ingest`]). Never prints; progress goes to the
//! [`Reporter`].

use std::collections::{BTreeMap, HashSet};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::kb::parse_time;
use super::mapping::{self, Mapping, Stream};
use super::pager::{is_empty_page, next_page, PageReq, Pager};
use super::{jsonpath, Failure, FailureClass, Reporter, Target, TokenSource};
use crate::http::Http;
use crate::store::{Org, PageCommit, RecordUpsert, Store, SyncLog, Upserted};
use crate::templates::streams::{Sources, StreamSpec};

/// What to sync.
#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The streams to sync; empty for every stream the template defines.
    pub streams: Vec<Stream>,
    /// Read everything and mark records gone from the source as deleted.
    pub full: bool,
    /// Start here instead of the stored high-water mark.
    pub since: Option<jiff::Timestamp>,
    /// Read, map and compare, write nothing.
    pub dry_run: bool,
    /// How long to wait for a sync of the same stream elsewhere (zero:
    /// refuse at once).
    pub wait: std::time::Duration,
}

/// A sync's outcome. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    pub integration: String,
    pub provider: String,
    /// `success`, `partial` (some records or a stream failed) or `failure`.
    pub status: String,
    pub dry_run: bool,
    pub full: bool,
    /// The connection check's failure, when it failed (nothing was synced).
    pub failure: Option<Failure>,
    pub streams: Vec<StreamReport>,
    pub duration_ms: u64,
}

/// One stream's outcome. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct StreamReport {
    pub stream: String,
    /// `success`, `partial` or `failure`.
    pub status: String,
    /// The start time of an incremental sync (null: everything).
    pub since: Option<String>,
    /// An unfinished sync was picked up where it stopped.
    pub resumed: bool,
    /// The platform's default mappings were used (none configured).
    pub default_mappings: bool,
    pub pages: u64,
    pub processed: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    /// Marked deleted because the source no longer has them (`--full`).
    pub deleted: u64,
    /// The first few failed records: `{id, reason}`.
    pub failures: Vec<RecordFailure>,
    pub warnings: Vec<String>,
    pub failure: Option<Failure>,
    pub duration_ms: u64,
    /// The sync-log row written (null for --dry-run).
    pub sync_log_id: Option<String>,
}

/// A record that could not be stored, and why (never a secret: the reason
/// names the field, its source path and the offending value, truncated).
#[derive(Debug, Clone, Serialize)]
pub struct RecordFailure {
    /// The provider's id, where the record had one.
    pub id: Option<String>,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Position {
    req: PageReq,
}

#[derive(Default, Clone, Copy, Serialize, Deserialize)]
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

const KEEP_FAILURES: usize = 20;

fn store_err(e: crate::error::Error) -> Failure {
    Failure::store(e)
}

/// Syncs the selected streams of a saved integration. A connection check
/// runs first: when it fails (rejected credentials, say) nothing is
/// synced and the report fails. Each stream writes a `record_sync`
/// sync-log row (not for a dry run).
pub async fn sync(target: &Target, store: &Store, http: &Http, tokens: &TokenSource, opts: &SyncOptions, reporter: &dyn Reporter) -> SyncReport {
    let started = Instant::now();
    let mut report = SyncReport {
        integration: target.name.clone(),
        provider: target.template.id.clone(),
        status: "failure".into(),
        dry_run: opts.dry_run,
        full: opts.full,
        failure: None,
        streams: Vec::new(),
        duration_ms: 0,
    };
    let streams: Vec<Stream> = if opts.streams.is_empty() {
        target.template.streams.defined().iter().filter_map(|(n, _)| Stream::parse(n).ok()).collect()
    } else {
        opts.streams.clone()
    };
    let Some(integration) = target.integration.clone() else {
        report.failure = Some(Failure::config("only a saved integration can be synced"));
        return report;
    };
    if streams.is_empty() {
        report.failure = Some(Failure::config(format!("the {} template defines no record streams", target.template.id)));
        return report;
    }

    // The connection check: an auth failure must fail the sync, not look
    // like an empty success.
    if target.template.test.is_some() {
        let checked_at = crate::store::now();
        let t0 = Instant::now();
        let run = super::conntest::run(target, http, tokens).await;
        if !run.verdict.ok {
            let v = &run.verdict;
            let mut f = Failure::new(
                v.class.unwrap_or(FailureClass::Config),
                format!("the connection check failed, nothing was synced: {}", v.message),
                v.hint.clone().unwrap_or_default(),
            );
            f.http_status = v.http_status;
            f.retry_after_s = v.retry_after_s;
            if !opts.dry_run {
                for s in &streams {
                    let log = SyncLog {
                        error_class: Some(f.class.as_str().to_string()),
                        http_status: f.http_status.map(i64::from),
                        ..SyncLog::run(
                            "record_sync",
                            &integration,
                            "failure",
                            checked_at.clone(),
                            t0.elapsed().as_millis() as u64,
                            [0; 4],
                            json!({"stream": s.as_str(), "connection": run.detail, "failure": &f}),
                        )
                    };
                    let _ = store.insert_sync_log(&target.org, &log);
                }
            }
            report.failure = Some(f);
            report.duration_ms = started.elapsed().as_millis() as u64;
            return report;
        }
    }

    for s in streams {
        let r = sync_stream(target, &integration, store, http, tokens, opts, s, reporter).await;
        report.streams.push(r);
    }
    reporter.finish();
    let failed = report.streams.iter().filter(|s| s.status == "failure").count();
    let partial = report.streams.iter().filter(|s| s.status == "partial").count();
    report.status = if failed == report.streams.len() {
        "failure".into()
    } else if failed + partial > 0 {
        "partial".into()
    } else {
        "success".into()
    };
    report.duration_ms = started.elapsed().as_millis() as u64;
    report
}

#[allow(clippy::too_many_arguments)]
async fn sync_stream(
    target: &Target,
    integration: &crate::store::Integration,
    store: &Store,
    http: &Http,
    tokens: &TokenSource,
    opts: &SyncOptions,
    stream: Stream,
    reporter: &dyn Reporter,
) -> StreamReport {
    let started = Instant::now();
    let started_at = crate::store::now();
    let mut report = StreamReport {
        stream: stream.as_str().into(),
        status: "failure".into(),
        since: None,
        resumed: false,
        default_mappings: false,
        pages: 0,
        processed: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        deleted: 0,
        failures: Vec::new(),
        warnings: Vec::new(),
        failure: None,
        duration_ms: 0,
        sync_log_id: None,
    };
    let mut pager = None;
    let lease = if opts.dry_run {
        None
    } else {
        let job = crate::store::sync_job(stream.as_str());
        let what = format!("{} sync", stream.as_str());
        match super::lease::acquire(store, &target.org, &target.name, &integration.id, &job, &what, opts.wait, reporter).await {
            Ok(l) => Some(l),
            Err(f) => {
                // Nothing ran: no sync-log row, the other run writes its own.
                report.failure = Some(f);
                report.duration_ms = started.elapsed().as_millis() as u64;
                return report;
            }
        }
    };
    let result = super::lease::hold(lease.as_ref(), store, stream_inner(target, integration, store, http, tokens, opts, stream, reporter, &mut report, &mut pager, lease.as_ref().map(|l| l.as_ref()))).await;
    report.duration_ms = started.elapsed().as_millis() as u64;
    let (exchanges, redactor) = match pager {
        Some(mut p) => (p.take_exchanges(), p.redactor),
        None => (Vec::new(), target.redactor()),
    };
    for f in &mut report.failures {
        f.reason = redactor.str(&f.reason);
    }
    match result {
        Ok(()) => report.status = if report.failed > 0 { "partial".into() } else { "success".into() },
        Err(mut f) => {
            f.message = redactor.str(&f.message);
            f.hint = redactor.str(&f.hint);
            report.status = if report.created + report.updated > 0 { "partial".into() } else { "failure".into() };
            report.failure = Some(f);
        }
    }
    if !opts.dry_run {
        let id = uuid::Uuid::now_v7().to_string();
        let detail = redactor.value(&json!({
            "stream": report.stream,
            "exchanges": exchanges,
            "since": report.since,
            "full": opts.full,
            "resumed": report.resumed,
            "default_mappings": report.default_mappings,
            "pages": report.pages,
            "unchanged": report.unchanged,
            "deleted": report.deleted,
            "warnings": report.warnings,
            "record_failures": report.failures,
            "failure": report.failure,
        }));
        let log = SyncLog {
            id: id.clone(),
            error_class: report.failure.as_ref().map(|f| f.class.as_str().to_string()),
            http_status: report.failure.as_ref().and_then(|f| f.http_status).map(i64::from),
            ..SyncLog::run(
                "record_sync",
                integration,
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
async fn stream_inner<'a>(
    target: &'a Target,
    integration: &crate::store::Integration,
    store: &Store,
    http: &'a Http,
    tokens: &'a TokenSource,
    opts: &SyncOptions,
    stream: Stream,
    reporter: &dyn Reporter,
    report: &mut StreamReport,
    pager_slot: &mut Option<Pager<'a>>,
    lease: Option<crate::store::LeaseRef<'_>>,
) -> Result<(), Failure> {
    let name = stream.as_str();
    let Some(spec) = target.template.streams.get(name) else {
        let why = target
            .template
            .unsupported
            .iter()
            .find(|u| u.capability == name)
            .map(|u| format!(": {}", u.reason))
            .unwrap_or_default();
        return Err(Failure::config(format!("the {} template has no {name} stream{why}", target.template.id)));
    };
    let org: &Org = &target.org;
    let (mappings, defaults) = mapping::effective(store, org, &integration.id, stream).map_err(store_err)?;
    let mappings = if defaults { with_template_sources(mappings, &spec.fields) } else { mappings };
    report.default_mappings = defaults;

    let state = store.sync_state(org, &integration.id, name).map_err(store_err)?;
    let since = match (&opts.since, opts.full) {
        (Some(t), _) => Some(*t),
        (None, true) => None,
        (None, false) => state.high_water.as_deref().and_then(|s| s.parse::<jiff::Timestamp>().ok()),
    };
    report.since = since.map(crate::store::ts);
    let params = json!({"full": opts.full, "since": report.since}).to_string();
    let mut counts = Counts::default();
    let mut high_water: Option<String> = None;
    let mut req = PageReq::First;
    let run_id = match state.run.filter(|r| !opts.dry_run && r.params == params) {
        Some(r) => {
            if let Some(p) = r.position.and_then(|p| serde_json::from_value::<Position>(p).ok()) {
                req = p.req;
                counts = serde_json::from_value(r.counts).unwrap_or_default();
                high_water = r.high_water;
                report.resumed = true;
            }
            r.id
        }
        None => uuid::Uuid::now_v7().to_string(),
    };
    if !opts.dry_run && !report.resumed {
        store.sync_begin_run(org, &integration.id, name, &run_id, &params).map_err(store_err)?;
    }

    let mut ctx = target.context();
    let format = spec.incremental.as_ref().map(|i| i.format).unwrap_or_default();
    let since_text = since.map(|t| format.format(t));
    // `stream.until` closes a range filter that needs both ends (Zoho Desk's
    // modifiedTimeRange): the run's start, so a change made while it runs is
    // read by the next one.
    let until_text = format.format(jiff::Timestamp::now());
    ctx["stream"] = json!({"name": name, "since": since_text.clone().unwrap_or_default(), "until": until_text});
    let (list, pagination, incremental_param) = super::graphql::listing(spec, since_text.is_some());
    let pager = pager_slot.insert(Pager::new(target, http, tokens, name, list, pagination, incremental_param, None));
    let sync_counts = |report: &mut StreamReport, c: &Counts| {
        report.pages = c.pages;
        report.processed = c.processed;
        report.created = c.created;
        report.updated = c.updated;
        report.unchanged = c.unchanged;
        report.failed = c.failed;
    };
    sync_counts(report, &counts);
    let mut total: Option<u64> = None;
    reporter.progress(counts.processed, total, &format!("{name}: {} page(s)", counts.pages));
    let mut followed: HashSet<String> = HashSet::new();
    let mut previous_ids: Option<Vec<String>> = None;
    // The page read and mapped but not yet committed.
    let mut pending: Option<Page> = None;
    let flush = |pending: &mut Option<Page>, counts: &mut Counts| -> Result<bool, Failure> {
        match pending.take() {
            Some(p) => commit(store, org, &integration.id, name, &run_id, opts, lease, counts, p).map(|_| true),
            None => Ok(false),
        }
    };
    loop {
        let http_req = pager.page_request(&ctx, &req, since_text.as_deref(), None).await?;
        let page_key = super::graphql::page_key(&http_req);
        if !followed.insert(page_key.clone()) {
            report.warnings.push(format!(
                "stopped paging: the provider sent a next page already read ({}); the listing may be incomplete",
                pager.redactor.str(&page_key)
            ));
            break;
        }
        let (resp, body) = match pager.send(http_req).await {
            Ok(r) => r,
            Err(f) => {
                // What was read before the failure is kept.
                flush(&mut pending, &mut counts)?;
                return Err(f);
            }
        };
        if let Some(f) = super::graphql::body_errors(&body, spec.errors.as_deref(), resp.status, name) {
            flush(&mut pending, &mut counts)?;
            return Err(f);
        }
        let found = if spec.items.is_empty() { Some(&body) } else { jsonpath::get(&body, &spec.items) };
        let items: &[Value] = match found {
            Some(Value::Array(a)) => a,
            None | Some(Value::Null) if is_empty_page(&body) => &[],
            _ => {
                flush(&mut pending, &mut counts)?;
                let mut f = Failure::new(
                    FailureClass::UnexpectedResponse,
                    format!("the {name} list response has no array at `{}`", if spec.items.is_empty() { "." } else { &spec.items }),
                    format!("the template's streams.{name}.items path does not match the provider's response; check the API version"),
                );
                f.http_status = Some(resp.status);
                return Err(f);
            }
        };
        if total.is_none() {
            total = spec.total.as_deref().and_then(|p| jsonpath::get(&body, p)).and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()));
        }
        // Two stages: this page's records are mapped and hashed on a second
        // thread while the page before is committed on this one.
        let (prepared, committed) = std::thread::scope(|scope| {
            let mapping = scope.spawn(|| items.iter().map(|item| prepare(stream, &mappings, item, &spec.id, spec.updated_at.as_deref())).collect::<Vec<_>>());
            let committed = flush(&mut pending, &mut counts);
            (mapping.join().expect("record mapping does not panic"), committed)
        });
        if committed? {
            sync_counts(report, &counts);
            reporter.progress(counts.processed, total, &format!("{name}: {} page(s)", counts.pages));
        }
        let mut rows = Vec::with_capacity(items.len());
        let mut failed_here = 0;
        for p in prepared {
            match p {
                Ok(r) => {
                    if let Some(u) = &r.source_updated_at
                        && high_water.as_ref().is_none_or(|h| u > h)
                    {
                        high_water = Some(u.clone());
                    }
                    rows.push(r)
                }
                Err(f) => {
                    failed_here += 1;
                    if report.failures.len() < KEEP_FAILURES {
                        report.failures.push(f);
                    }
                }
            }
        }
        let page_ids: Vec<String> = rows.iter().map(|a| a.external_id.clone()).collect();
        if !page_ids.is_empty() && previous_ids.as_ref() == Some(&page_ids) {
            report.warnings.push("stopped paging: the provider sent the same records as the page before (does it ignore the page parameter?); the listing may be incomplete".into());
            break;
        }
        previous_ids = Some(page_ids);
        let next = match pager.guard(next_page(pagination, &req, &resp, &body, items.len(), &pager.base()), items) {
            Ok(n) => n,
            Err(f) => {
                flush(&mut pending, &mut counts)?;
                return Err(f);
            }
        };
        pending = Some(Page {
            rows,
            position: next.as_ref().map(|r| serde_json::to_value(Position { req: r.clone() }).expect("a position serializes")),
            high_water: high_water.clone(),
            items: items.len() as u64,
            failed: failed_here,
        });
        match next {
            Some(r) => req = r,
            None => break,
        }
    }
    if flush(&mut pending, &mut counts)? {
        sync_counts(report, &counts);
        reporter.progress(counts.processed, total, &format!("{name}: {} page(s)", counts.pages));
    }
    if !opts.dry_run {
        report.deleted = store.sync_finish_run(org, &integration.id, name, &run_id, opts.full, high_water.as_deref(), lease).map_err(store_err)?;
    }
    Ok(())
}

/// A page's records, ready to commit with where the next page starts.
struct Page {
    rows: Vec<RecordUpsert>,
    position: Option<Value>,
    high_water: Option<String>,
    items: u64,
    failed: u64,
}

/// Commits one page (or, for a dry run, compares it) and adds its outcomes
/// to the counts, which are committed with it.
#[allow(clippy::too_many_arguments)]
fn commit(
    store: &Store,
    org: &crate::store::Org,
    integration_id: &str,
    stream: &str,
    run_id: &str,
    opts: &SyncOptions,
    lease: Option<crate::store::LeaseRef<'_>>,
    counts: &mut Counts,
    p: Page,
) -> Result<Vec<Upserted>, Failure> {
    counts.pages += 1;
    counts.processed += p.items;
    counts.failed += p.failed;
    let outcomes = if opts.dry_run {
        p.rows.iter().map(|r| store.records_would_upsert(org, integration_id, stream, r)).collect::<crate::error::Result<Vec<_>>>().map_err(store_err)?
    } else {
        let before = *counts;
        let counts_after = |out: &[Upserted]| {
            let mut c = before;
            tally(&mut c, out);
            serde_json::to_value(c).expect("counts serialize")
        };
        let out = store
            .records_commit(
                org,
                integration_id,
                stream,
                "sync",
                &p.rows,
                Some(&PageCommit { run_id, mark_seen: opts.full, position: p.position.as_ref(), high_water: p.high_water.as_deref(), counts: &counts_after, lease }),
            )
            .map_err(store_err)?;
        crate::debug::hold("sync:page-committed");
        out
    };
    tally(counts, &outcomes);
    Ok(outcomes)
}

/// The platform's default mappings with the template's source paths: a
/// field the template names reads from there, and a default that reads a
/// named field (`full_name` from `first_name` and `last_name`, `domain`
/// from `email`) follows it.
pub fn with_template_sources(defaults: Vec<Mapping>, fields: &BTreeMap<String, Sources>) -> Vec<Mapping> {
    if fields.is_empty() {
        return defaults;
    }
    let mut out: Vec<Mapping> = defaults
        .into_iter()
        .map(|mut m| {
            if let Some(s) = fields.get(&m.target) {
                m.source = s.paths();
            } else {
                m.source = m.source.iter().flat_map(|s| fields.get(s).map(Sources::paths).unwrap_or_else(|| vec![s.clone()])).collect();
            }
            m
        })
        .collect();
    let stream = out.first().map(|m| m.stream);
    if let Some(stream) = stream {
        for (target, s) in fields {
            if !out.iter().any(|m| &m.target == target) {
                out.push(Mapping { stream, target: target.clone(), source: s.paths(), transforms: Vec::new() });
            }
        }
    }
    out
}

/// Webmail domains: contacts at these share no account.
const PERSONAL_DOMAINS: &[&str] = &[
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
    "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.net", "mail.com",
    "yandex.com", "yandex.ru", "qq.com", "163.com", "bigpond.com", "bigpond.net.au", "optusnet.com.au", "fastmail.com",
];

/// The account domain of an email address, unless it is a webmail domain.
pub fn account_domain(email: &str) -> Option<String> {
    let (_, domain) = email.trim().rsplit_once('@')?;
    let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    if d.is_empty() || !d.contains('.') || d.contains(char::is_whitespace) || PERSONAL_DOMAINS.contains(&d.as_str()) {
        return None;
    }
    Some(d)
}

fn text(fields: &Map<String, Value>, key: &str) -> Option<String> {
    let v = fields.get(key)?;
    if v.is_null() {
        return None;
    }
    let t = jsonpath::text(v);
    (!t.trim().is_empty()).then(|| t.trim().to_string())
}

/// One source record to a row: its id, change time and mapped fields, or
/// why it cannot be stored.
pub fn prepare(stream: Stream, mappings: &[Mapping], item: &Value, id_path: &str, updated_path: Option<&str>) -> Result<RecordUpsert, RecordFailure> {
    let at = |p: &str| item.get(p).or_else(|| jsonpath::get(item, p));
    let id = at(id_path).filter(|v| !v.is_null()).map(jsonpath::text).filter(|s| !s.trim().is_empty()).map(|s| s.trim().to_string());
    let Some(id) = id else {
        return Err(RecordFailure { id: None, reason: format!("no id at `{id_path}`") });
    };
    let source_updated_at = match updated_path.and_then(at) {
        None | Some(Value::Null) => None,
        Some(v) => Some(parse_time(v).ok_or_else(|| RecordFailure {
            id: Some(id.clone()),
            reason: format!("`{}` is not a time: {}", updated_path.unwrap_or_default(), shorten(&v.to_string())),
        })?),
    };
    let fields = mapping::apply(mappings, item).map_err(|e| RecordFailure { id: Some(id.clone()), reason: e.to_string() })?;
    Ok(to_row(stream, id, fields, source_updated_at))
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Mapped fields to a row, with the listing columns and the account.
pub fn to_row(stream: Stream, external_id: String, fields: Map<String, Value>, source_updated_at: Option<String>) -> RecordUpsert {
    let fields_json = serde_json::to_string(&fields).expect("JSON fields serialize");
    let mut h = Sha256::new();
    h.update(fields_json.as_bytes());
    let content_hash = hex::encode(h.finalize());
    let mut r = RecordUpsert { external_id, content_hash, source_updated_at, ..Default::default() };
    match stream {
        Stream::Contacts => {
            let full = text(&fields, "full_name").or_else(|| {
                let n = [text(&fields, "first_name"), text(&fields, "last_name")].into_iter().flatten().collect::<Vec<_>>().join(" ");
                (!n.is_empty()).then_some(n)
            });
            r.email = text(&fields, "email");
            r.name = full.or_else(|| r.email.clone());
            r.phone = text(&fields, "phone").or_else(|| text(&fields, "mobile"));
            r.company = text(&fields, "company");
            r.account_domain = text(&fields, "domain")
                .map(|d| d.to_ascii_lowercase())
                .filter(|d| !PERSONAL_DOMAINS.contains(&d.as_str()))
                .or_else(|| r.email.as_deref().and_then(account_domain));
            r.account_name = r.company.clone();
        }
        Stream::Tickets => {
            r.name = text(&fields, "subject");
            r.email = text(&fields, "requester_email");
            r.status = text(&fields, "status");
            r.account_domain = r.email.as_deref().and_then(account_domain);
        }
        Stream::Deals => {
            r.name = text(&fields, "name");
            r.status = text(&fields, "stage");
            r.amount = fields.get("amount").and_then(Value::as_f64);
            r.currency = text(&fields, "currency");
            r.company = text(&fields, "company");
        }
    }
    let mut search = String::new();
    for part in [&r.name, &r.email, &r.phone, &r.company, &r.status].into_iter().flatten() {
        search.push_str(&part.to_lowercase());
        search.push('\n');
    }
    search.push_str(&r.external_id.to_lowercase());
    r.search = search;
    r.fields = fields_json;
    r
}

/// Pushed records' outcome. Stable JSON.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IngestReport {
    pub integration: String,
    pub data_type: String,
    pub processed: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub failed: u64,
    pub failures: Vec<RecordFailure>,
    pub sync_log_id: Option<String>,
}

/// Runs pushed records (the webhook) through the integration's mappings
/// and the same upsert as a sync, in one transaction, and writes a
/// `webhook` sync-log row. A record's id is read where the template's
/// stream says, else from `external_id` or `id`.
///
/// A push that names a `sync_log_id` (a sync that triggered the workflow
/// that pushes) adds to that row instead; a record whose mapping yields no
/// fields is failed, never stored empty.
pub fn ingest(store: &Store, target: &Target, stream: Stream, records: &[Value], sync_log_id: Option<&str>) -> crate::error::Result<IngestReport> {
    let started = Instant::now();
    let started_at = crate::store::now();
    let integration = target.integration.as_ref().ok_or_else(|| crate::error::Error::usage("only a saved integration takes pushed records"))?;
    let org = &target.org;
    let spec: Option<&StreamSpec> = target.template.streams.get(stream.as_str());
    let (mappings, defaults) = mapping::effective(store, org, &integration.id, stream)?;
    let mappings = match spec {
        Some(s) if defaults => with_template_sources(mappings, &s.fields),
        _ => mappings,
    };
    if let Some(existing) = sync_log_id
        && store.sync_log(org, existing).ok().and_then(|l| l.integration_id) != Some(integration.id.clone()) {
            return Err(crate::error::Error::usage(format!("sync_log_id {existing} names no sync-log row of {}", integration.name)));
        }
    let mut report = IngestReport { integration: integration.name.clone(), data_type: stream.as_str().into(), ..Default::default() };
    let mut rows = Vec::with_capacity(records.len());
    for item in records {
        report.processed += 1;
        let id_path = match spec {
            Some(s) if jsonpath::get(item, &s.id).is_some() => s.id.as_str(),
            _ if item.get("external_id").is_some() => "external_id",
            _ => "id",
        };
        match prepare(stream, &mappings, item, id_path, spec.and_then(|s| s.updated_at.as_deref())) {
            Ok(r) if r.fields == "{}" => {
                report.failed += 1;
                if report.failures.len() < KEEP_FAILURES {
                    report.failures.push(RecordFailure {
                        id: Some(r.external_id),
                        reason: format!("the {} mapping yields no fields from this record (see `crmctl mapping show {}`)", stream.as_str(), integration.name),
                    });
                }
            }
            Ok(r) => rows.push(r),
            Err(f) => {
                report.failed += 1;
                if report.failures.len() < KEEP_FAILURES {
                    report.failures.push(f);
                }
            }
        }
    }
    // The same id twice in one push: the last one wins.
    let mut seen = HashSet::new();
    let mut deduped: Vec<RecordUpsert> = rows.into_iter().rev().filter(|r| seen.insert(r.external_id.clone())).collect();
    deduped.reverse();
    let out = store.records_commit(org, &integration.id, stream.as_str(), "webhook", &deduped, None)?;
    report.unchanged += (report.processed - report.failed).saturating_sub(out.len() as u64);
    for o in out {
        match o {
            Upserted::Created => report.created += 1,
            Upserted::Updated => report.updated += 1,
            Upserted::Unchanged => report.unchanged += 1,
        }
    }
    let redactor = target.redactor();
    for f in &mut report.failures {
        f.reason = redactor.str(&f.reason);
    }
    let id = uuid::Uuid::now_v7().to_string();
    let status = match (report.failed, report.processed) {
        (0, _) => "success",
        (f, p) if f == p => "failure",
        _ => "partial",
    };
    let log = SyncLog {
        id: id.clone(),
        error_class: (status == "failure").then(|| "invalid_record".to_string()),
        ..SyncLog::run(
            "webhook",
            integration,
            status,
            started_at,
            started.elapsed().as_millis() as u64,
            [report.processed, report.created, report.updated, report.failed],
            redactor.value(&json!({"stream": stream.as_str(), "unchanged": report.unchanged, "record_failures": report.failures, "default_mappings": defaults})),
        )
    };
    match sync_log_id {
        Some(existing) => {
            if !store.add_to_sync_log(org, existing, &log)? {
                return Err(crate::error::Error::usage(format!("sync_log_id {existing} names no sync-log row of {}", integration.name)));
            }
            report.sync_log_id = Some(existing.to_string());
        }
        None => {
            store.insert_sync_log(org, &log)?;
            report.sync_log_id = Some(id);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_domains_skip_webmail() {
        assert_eq!(account_domain("Ann@Acme.COM").as_deref(), Some("acme.com"));
        assert_eq!(account_domain("bob@gmail.com"), None);
        assert_eq!(account_domain("not-an-email"), None);
        assert_eq!(account_domain("x@localhost"), None);
    }

    #[test]
    fn template_sources_replace_default_paths() {
        let fields: BTreeMap<String, Sources> = [
            ("email".to_string(), Sources::One("properties.email".into())),
            ("first_name".to_string(), Sources::One("properties.firstname".into())),
            ("last_name".to_string(), Sources::One("properties.lastname".into())),
        ]
        .into();
        let m = with_template_sources(mapping::default_mappings(Stream::Contacts), &fields);
        let rec = json!({"id": "1", "properties": {"email": " Ann@Acme.com ", "firstname": "Ann", "lastname": "Lee"}});
        let out = mapping::apply(&m, &rec).unwrap();
        assert_eq!(out["email"], "ann@acme.com");
        assert_eq!(out["full_name"], "Ann Lee");
        assert_eq!(out["domain"], "acme.com");
    }

    #[test]
    fn same_fields_same_hash() {
        let m = mapping::default_mappings(Stream::Contacts);
        let a = prepare(Stream::Contacts, &m, &json!({"id": 1, "email": "a@b.co", "updated_at": "2025-01-01T00:00:00Z"}), "id", Some("updated_at")).unwrap();
        let b = prepare(Stream::Contacts, &m, &json!({"id": 1, "email": "a@b.co", "updated_at": "2025-02-01T00:00:00Z"}), "id", Some("updated_at")).unwrap();
        assert_eq!(a.content_hash, b.content_hash);
        assert_eq!(a.account_domain.as_deref(), Some("b.co"));
        let e = prepare(Stream::Contacts, &m, &json!({"email": "a@b.co"}), "id", None).unwrap_err();
        assert!(e.reason.contains("no id"), "{}", e.reason);
    }
}

#[cfg(test)]
mod template_tests {
    use super::*;
    use crate::templates::render::{environment, render_str};

    fn spec(provider: &str, stream: &str) -> StreamSpec {
        let catalog = crate::templates::Catalog::load(&[]).unwrap();
        catalog.get(provider).unwrap().template.streams.get(stream).unwrap().clone()
    }

    #[test]
    fn salesforce_soql_takes_the_high_water_mark() {
        let s = spec("salesforce", "tickets");
        let q = &s.list.query["q"];
        let full = render_str(environment(), q, &json!({"api_version": "v62.0", "stream": {"name": "tickets", "since": ""}})).unwrap();
        assert!(full.contains("FROM Case ORDER BY LastModifiedDate ASC"), "{full}");
        let inc = render_str(environment(), q, &json!({"api_version": "v62.0", "stream": {"name": "tickets", "since": "2025-02-01T10:00:00Z"}})).unwrap();
        assert!(inc.contains("FROM Case WHERE LastModifiedDate > 2025-02-01T10:00:00Z ORDER BY"), "{inc}");
    }

    /// A Case as the REST API returns it (times with `+0000`, a null
    /// ClosedDate, the owner as a relationship) maps without failing.
    #[test]
    fn salesforce_records_map_through_the_template_sources() {
        let s = spec("salesforce", "tickets");
        let m = with_template_sources(mapping::default_mappings(Stream::Tickets), &s.fields);
        let case = json!({"attributes": {"type": "Case"}, "Id": "500x", "CaseNumber": "00001001", "Subject": " Refund ", "Status": "New",
            "Priority": "High", "Type": null, "ContactEmail": "Ann@Acme.com", "Owner": {"Name": "Sam"},
            "CreatedDate": "2025-02-01T10:00:00.000+0000", "ClosedDate": null, "LastModifiedDate": "2025-02-02T10:00:00.000+0000"});
        let r = prepare(Stream::Tickets, &m, &case, &s.id, s.updated_at.as_deref()).unwrap_or_else(|f| panic!("{}", f.reason));
        let f: Value = serde_json::from_str(&r.fields).unwrap();
        assert_eq!((f["subject"].as_str(), f["status"].as_str(), f["requester_email"].as_str(), f["assignee"].as_str()), (Some("Refund"), Some("new"), Some("ann@acme.com"), Some("Sam")));
        assert_eq!(f["custom.case_number"], "00001001");
        assert!(f["opened_at"].as_str().unwrap().starts_with("2025-02-01T10:00:00"), "{f}");
        assert_eq!(r.account_domain.as_deref(), Some("acme.com"));
        let s = spec("salesforce", "deals");
        let m = with_template_sources(mapping::default_mappings(Stream::Deals), &s.fields);
        let opp = json!({"Id": "006x", "Name": "Renewal", "Amount": 1200.5, "StageName": "Prospecting", "Probability": 10, "CloseDate": "2025-06-30", "Account": {"Name": "Acme"}, "LastModifiedDate": "2025-02-02T10:00:00.000+0000"});
        let r = prepare(Stream::Deals, &m, &opp, &s.id, s.updated_at.as_deref()).unwrap_or_else(|f| panic!("{}", f.reason));
        assert_eq!((r.name.as_deref(), r.amount, r.company.as_deref()), (Some("Renewal"), Some(1200.5), Some("Acme")));
    }
}
