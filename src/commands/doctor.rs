//! `crmctl doctor` (is this setup healthy?) and `crmctl version`.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::error::{Error, Exit};
use crate::output::table;
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

#[derive(Serialize)]
struct Check {
    check: String,
    status: Level,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
}

#[derive(Serialize)]
struct Report {
    ok: bool,
    checks: Vec<Check>,
}

#[derive(Default)]
struct Checks(Vec<Check>);

impl Checks {
    fn add(&mut self, check: impl Into<String>, status: Level, detail: impl Into<String>, hint: Option<String>) {
        self.0.push(Check { check: check.into(), status, detail: detail.into(), hint });
    }
}

/// A test older than this is a warning.
const STALE_TEST_DAYS: i64 = 7;
/// A pending step due this long ago means no worker is running.
const LATE_STEP_MINUTES: i64 = 10;

pub fn run(ctx: &Ctx) -> Result<Exit> {
    let mut c = Checks::default();
    let store = check_store(ctx, &mut c);
    if let Some(store) = &store {
        check_key(ctx, store, &mut c);
    }
    check_templates(ctx, &mut c);
    check_clock(store.as_ref(), &mut c);
    if let Some(store) = &store {
        if let Ok(org) = ctx.org(store) {
            check_integrations(store, &org, &mut c);
            check_queue(store, &org, &mut c);
        } else {
            c.add("org", Level::Fail, format!("org '{}' does not exist", ctx.settings.org), Some("see `crmctl org list`, or pass --org".into()));
        }
    }
    let ok = c.0.iter().all(|x| x.status != Level::Fail);
    let report = Report { ok, checks: c.0 };
    ctx.printer.data(&report, || {
        let mut t = table(&["CHECK", "STATUS", "DETAIL"]);
        for x in &report.checks {
            let detail = match &x.hint {
                Some(h) => format!("{}\nhint: {h}", x.detail),
                None => x.detail.clone(),
            };
            t.add_row(vec![x.check.clone(), format!("{:?}", x.status).to_lowercase(), detail]);
        }
        t
    })?;
    if ok {
        Ok(Exit::Ok)
    } else {
        let failed: Vec<&str> = report.checks.iter().filter(|x| x.status == Level::Fail).map(|x| x.check.as_str()).collect();
        Err(Error::Failed { message: format!("doctor found problems: {}", failed.join(", ")) }.into())
    }
}

fn check_store(ctx: &Ctx, c: &mut Checks) -> Option<Store> {
    let path = ctx.settings.db_shown();
    match ctx.store() {
        Ok(store) => {
            let found = store.schema_version().unwrap_or(-1);
            let known = store.known_schema();
            c.add("store", Level::Ok, format!("{path} opens ({}); schema version {found} (this build supports {known})", store.backend().name()), None);
            Some(store)
        }
        Err(crate::error::Error::NoStore { .. }) => {
            let what = if crate::store::postgres_url(&ctx.settings.db).is_some() { "holds no crmctl store" } else { "does not exist" };
            c.add("store", Level::Fail, format!("{path} {what}"), Some("create it with `crmctl key init`, or point --db / CRMCTL_DB at yours".into()));
            None
        }
        Err(e) => {
            c.add("store", Level::Fail, format!("{path}: {e}"), Some("check the path and its permissions; a newer crmctl may have written it".into()));
            None
        }
    }
}

fn check_key(ctx: &Ctx, store: &Store, c: &mut Checks) {
    let record = match store.require_key() {
        Ok(r) => r,
        Err(e) => {
            c.add("key", Level::Fail, e.to_string(), Some("run `crmctl key init`".into()));
            return;
        }
    };
    let keyring = ctx.keyring();
    let in_keyring = record.source == crate::secrets::sources::SourceKind::Keyring;
    match keyring.get(store.store_id(), &record.key_id) {
        Ok(Some(_)) => c.add("keyring", Level::Ok, format!("{} reachable; holds key {}", keyring.backend().describe(), record.key_id), None),
        Ok(None) => c.add(
            "keyring",
            if in_keyring { Level::Warn } else { Level::Ok },
            format!("{} reachable; it does not hold key {}", keyring.backend().describe(), record.key_id),
            in_keyring.then(|| "import the key with `crmctl key import FILE`, or give it in CRMCTL_MASTER_KEY".into()),
        ),
        Err(e) => c.add(
            "keyring",
            if in_keyring { Level::Warn } else { Level::Ok },
            format!("{} not reachable: {e}", keyring.backend().describe()),
            in_keyring.then(|| "start a Secret Service (gnome-keyring, KeePassXC) or give the key in CRMCTL_MASTER_KEY".into()),
        ),
    }
    match ctx.unlock(store) {
        Ok(r) => c.add("key", Level::Ok, format!("key {} found in {} and opens the store", record.key_id, r.source.as_str()), None),
        Err(e) => {
            c.add("key", Level::Fail, e.to_string(), e.hint().or_else(|| Some("see `crmctl key status`".into())));
        }
    }
}

fn check_templates(ctx: &Ctx, c: &mut Checks) {
    match ctx.catalog() {
        Ok(catalog) => {
            let ids = catalog.ids();
            let bad: Vec<String> = ids.iter().filter_map(|id| catalog.get(id).err().map(|e| format!("{id}: {e}"))).collect();
            if bad.is_empty() {
                c.add("templates", Level::Ok, format!("{} templates valid", ids.len()), None);
            } else {
                c.add("templates", Level::Fail, bad.join("\n"), Some("see `crmctl template validate FILE`".into()));
            }
        }
        Err(e) => c.add("templates", Level::Fail, e.to_string(), Some("fix or move the file; see `crmctl template validate FILE`".into())),
    }
}

/// Signed webhooks allow five minutes of skew; a clock behind the store's
/// own newest timestamps, or before this build, is wrong.
fn check_clock(store: Option<&Store>, c: &mut Checks) {
    let now = jiff::Timestamp::now();
    let newest = store.and_then(|s| s.newest_timestamp().ok().flatten()).and_then(|t| t.parse::<jiff::Timestamp>().ok());
    match newest {
        Some(t) if t.duration_since(now) > jiff::SignedDuration::from_mins(5) => c.add(
            "clock",
            Level::Fail,
            format!("the system clock ({now}) is behind the store's newest change ({t})"),
            Some("sync the clock (NTP); signed webhooks allow five minutes of skew".into()),
        ),
        _ if now < "2025-01-01T00:00:00Z".parse::<jiff::Timestamp>().expect("a valid timestamp") => {
            c.add("clock", Level::Fail, format!("the system clock says {now}"), Some("sync the clock (NTP)".into()))
        }
        _ => c.add("clock", Level::Ok, format!("{now} (UTC)"), None),
    }
}

fn age(since: &str) -> Option<jiff::SignedDuration> {
    since.parse::<jiff::Timestamp>().ok().map(|t| jiff::Timestamp::now().duration_since(t))
}

fn human(d: jiff::SignedDuration) -> String {
    let s = d.as_secs().max(0);
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m", s / 60),
        3600..86400 => format!("{}h", s / 3600),
        _ => format!("{}d", s / 86400),
    }
}

fn check_integrations(store: &Store, org: &crate::store::Org, c: &mut Checks) {
    let Ok(list) = store.integrations(org) else { return };
    if list.is_empty() {
        c.add("integrations", Level::Warn, format!("no integrations in org {}", org.name), Some("add one with `crmctl integration add PROVIDER --name NAME`".into()));
    }
    for i in list {
        let name = format!("integration {}", i.name);
        let tested = i.last_test_at.as_deref().and_then(age);
        match (i.last_test_status.as_deref(), tested) {
            (_, _) if !i.enabled => c.add(name, Level::Ok, "disabled", None),
            (None, _) | (_, None) => c.add(name, Level::Warn, "never tested", Some(format!("run `crmctl test {}`", i.name))),
            (Some("ok"), Some(a)) if a.as_hours() > STALE_TEST_DAYS * 24 => {
                c.add(name, Level::Warn, format!("last test ok, {} ago", human(a)), Some(format!("run `crmctl test {}`", i.name)))
            }
            (Some("ok"), Some(a)) => c.add(name, Level::Ok, format!("last test ok, {} ago", human(a)), None),
            (Some(s), Some(a)) => c.add(name, Level::Fail, format!("last test {s}, {} ago", human(a)), Some(format!("see `crmctl test {}` for the cause and a hint", i.name))),
        }
    }
}

fn check_queue(store: &Store, org: &crate::store::Org, c: &mut Checks) {
    let Ok((counts, next)) = store.queue_counts(org) else { return };
    let dead = counts.iter().find(|(s, _)| s == "dead").map(|(_, n)| *n).unwrap_or(0);
    if dead > 0 {
        c.add("dead letters", Level::Warn, super::count(dead, "dead-lettered step"), Some("see `crmctl queue list --dead`, then `crmctl queue retry` or `crmctl queue purge --dead`".into()));
    } else {
        c.add("dead letters", Level::Ok, "none", None);
    }
    let pending = counts.iter().find(|(s, _)| s == "pending").map(|(_, n)| *n).unwrap_or(0);
    match next.as_deref().and_then(age) {
        Some(a) if pending > 0 && a.as_mins() > LATE_STEP_MINUTES => c.add(
            "queue",
            Level::Warn,
            format!("{} pending; the oldest has been due for {}", super::count(pending, "step"), human(a)),
            Some("is a worker running? start one with `crmctl worker`, or run `crmctl queue process`".into()),
        ),
        _ => c.add("queue", Level::Ok, format!("{} pending", super::count(pending, "step")), None),
    }
}

#[derive(Serialize)]
pub struct Version {
    pub version: &'static str,
    pub commit: &'static str,
    pub features: Vec<&'static str>,
    pub store_schema: i64,
}

pub fn version() -> Version {
    let mut features = Vec::new();
    if cfg!(feature = "keyutils") {
        features.push("keyutils");
    }
    Version { version: env!("CARGO_PKG_VERSION"), commit: env!("CRMCTL_COMMIT"), features, store_schema: Store::supported_schema() }
}

/// The long `--version -v` text, also `crmctl version`.
pub fn version_text() -> String {
    let v = version();
    let features = if v.features.is_empty() { "none".to_string() } else { v.features.join(", ") };
    format!("crmctl {}\ncommit: {}\nfeatures: {features}\nstore schema: {}\n", v.version, v.commit, v.store_schema)
}

pub fn run_version(ctx: &Ctx) -> Result<Exit> {
    let v = version();
    match ctx.settings.output {
        crate::cli::OutputFormat::Table => ctx.printer.raw(&version_text())?,
        _ => ctx.printer.data(&v, || table(&[]))?,
    }
    Ok(Exit::Ok)
}
