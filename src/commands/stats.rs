//! `crmctl stats`: the seeds' dashboard cards (integrations, synced records
//! by type, runs in the last 24 hours, failures in the last 7 days) and, for
//! a window (`--since`, default 7 days), the success rate, items and bytes,
//! each integration's last sync, and a per-day picture of runs and failures.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::cli::StatsArgs;
use crate::error::Exit;
use crate::output::{kv_table, render, table};
use crate::store::{Day, IntegrationStats, LogFilter};

#[derive(Serialize)]
struct Stats {
    org: String,
    integration: Option<String>,
    /// Start of the window the run figures cover.
    since: String,
    integrations: IntegrationCounts,
    events_by_status: BTreeMap<String, i64>,
    steps_by_status: BTreeMap<String, i64>,
    syncs_last_24h: i64,
    failures_last_7d: i64,
    records_synced_by_type: BTreeMap<String, i64>,
    /// Runs that move data (record syncs, KB imports, pushes) in the window.
    syncs: i64,
    succeeded: i64,
    partial: i64,
    failed: i64,
    /// Successful runs over all runs in the window; null with no runs.
    success_rate: Option<f64>,
    /// Items the runs read, and how many they created or updated.
    processed: i64,
    written: i64,
    /// What the store holds now: active records, articles, their bytes.
    records_stored: i64,
    articles_stored: i64,
    bytes_stored: i64,
    per_integration: Vec<IntegrationStats>,
    /// Every UTC day of the window, days without runs included.
    per_day: Vec<Day>,
}

#[derive(Serialize)]
struct IntegrationCounts {
    total: usize,
    active: usize,
    inactive: usize,
    in_error: usize,
}

pub fn run(ctx: &Ctx, a: &StatsArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let since = super::logs::since(&a.since)?;
    if let Some(name) = &a.integration {
        store.integration(&org, name)?;
    }
    let integrations: Vec<_> = store
        .integrations(&org)?
        .into_iter()
        .filter(|i| a.integration.as_ref().is_none_or(|n| &i.name == n))
        .collect();
    let now = jiff::Timestamp::now();
    let day = crate::store::ts(now - jiff::SignedDuration::from_hours(24));
    let week = crate::store::ts(now - jiff::SignedDuration::from_hours(24 * 7));
    let per_integration = store.integration_stats(&org, &since, &week, a.integration.as_deref())?;
    // With --integration, the 24-hour and 7-day cards are its own.
    let (syncs_24h, failures_7d) = match &a.integration {
        None => store.sync_log_counts(&org, &day, &week)?,
        Some(n) => (
            store.sync_days(&org, &day, Some(n))?.iter().map(|d| d.syncs).sum(),
            per_integration.iter().map(|s| s.failures_last_7d).sum(),
        ),
    };
    let mut records = BTreeMap::new();
    // Records pulled by `crmctl sync` and pushed to `crmctl serve` alike.
    for kind in ["record_sync", "webhook"] {
        for l in store.sync_logs(&org, &LogFilter { kind: Some(kind), integration: a.integration.as_deref(), limit: i64::MAX, ..Default::default() })? {
            let stream = l.detail.get("stream").and_then(|s| s.as_str()).unwrap_or("records").to_string();
            *records.entry(stream).or_insert(0) += l.created + l.updated;
        }
    }
    let sum = |f: fn(&IntegrationStats) -> i64| per_integration.iter().map(f).sum::<i64>();
    let (syncs, succeeded) = (sum(|s| s.syncs), sum(|s| s.succeeded));
    let stats = Stats {
        org: org.name.clone(),
        integration: a.integration.clone(),
        since: since.clone(),
        integrations: IntegrationCounts {
            total: integrations.len(),
            active: integrations.iter().filter(|i| i.enabled).count(),
            inactive: integrations.iter().filter(|i| !i.enabled).count(),
            in_error: integrations.iter().filter(|i| i.last_test_status.as_deref().is_some_and(|s| s.starts_with("failed"))).count(),
        },
        events_by_status: store.event_counts(&org)?.into_iter().collect(),
        steps_by_status: store.queue_counts(&org)?.0.into_iter().collect(),
        syncs_last_24h: syncs_24h,
        failures_last_7d: failures_7d,
        records_synced_by_type: records,
        syncs,
        succeeded,
        partial: sum(|s| s.partial),
        failed: sum(|s| s.failed),
        success_rate: (syncs > 0).then(|| succeeded as f64 / syncs as f64),
        processed: sum(|s| s.processed),
        written: sum(|s| s.written),
        records_stored: sum(|s| s.records),
        articles_stored: sum(|s| s.articles),
        bytes_stored: sum(|s| s.bytes),
        per_day: every_day(
            &since,
            now,
            store.sync_days(&org, &since, a.integration.as_deref())?,
        ),
        per_integration,
    };
    if ctx.printer.format != crate::cli::OutputFormat::Table {
        ctx.printer.data(&stats, || table(&[]))?;
        return Ok(Exit::Ok);
    }
    let fmt = |m: &BTreeMap<String, i64>| {
        if m.is_empty() {
            "none".to_string()
        } else {
            m.iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let window = format!(
        "since {}",
        &stats.since[..16.min(stats.since.len())].replace('T', " ")
    );
    let mut rows = vec![("org", stats.org.clone())];
    if let Some(i) = &stats.integration {
        rows.push(("integration", i.clone()));
    }
    rows.extend([
        (
            "integrations",
            format!(
                "{} total: {} active, {} inactive, {} in error",
                stats.integrations.total,
                stats.integrations.active,
                stats.integrations.inactive,
                stats.integrations.in_error
            ),
        ),
        ("events", fmt(&stats.events_by_status)),
        ("queue steps", fmt(&stats.steps_by_status)),
        ("syncs, last 24h", stats.syncs_last_24h.to_string()),
        ("failures, last 7 days", stats.failures_last_7d.to_string()),
        ("records synced", fmt(&stats.records_synced_by_type)),
        (
            "runs",
            format!(
                "{} {window}: {} succeeded, {} partial, {} failed",
                stats.syncs, stats.succeeded, stats.partial, stats.failed
            ),
        ),
        (
            "success rate",
            stats
                .success_rate
                .map_or("no runs".into(), |r| format!("{:.1}%", r * 100.0)),
        ),
        (
            "items",
            format!(
                "{} read, {} created or updated",
                group(stats.processed),
                group(stats.written)
            ),
        ),
        (
            "stored",
            format!(
                "{} records, {} articles, {}",
                group(stats.records_stored),
                group(stats.articles_stored),
                bytes(stats.bytes_stored)
            ),
        ),
        (
            "runs per day",
            format!(
                "{}  (max {})",
                spark(stats.per_day.iter().map(|d| d.syncs)),
                stats.per_day.iter().map(|d| d.syncs).max().unwrap_or(0)
            ),
        ),
        (
            "failures per day",
            format!(
                "{}  (max {})",
                spark(stats.per_day.iter().map(|d| d.failures)),
                stats.per_day.iter().map(|d| d.failures).max().unwrap_or(0)
            ),
        ),
    ]);
    let mut text = render(kv_table(&rows));
    if !stats.per_integration.is_empty() {
        let mut t = table(&[
            "INTEGRATION",
            "PROVIDER",
            "LAST SYNC",
            "STATUS",
            "RUNS",
            "OK",
            "FAILED 7D",
            "RECORDS",
            "ARTICLES",
            "BYTES",
        ]);
        for s in &stats.per_integration {
            t.add_row(vec![
                s.integration.clone(),
                s.provider.clone(),
                s.last_sync_at
                    .as_deref()
                    .map_or("never".into(), |t| t[..16.min(t.len())].replace('T', " ")),
                s.last_sync_status.clone().unwrap_or_else(|| "-".into()),
                s.syncs.to_string(),
                s.succeeded.to_string(),
                s.failures_last_7d.to_string(),
                group(s.records),
                group(s.articles),
                bytes(s.bytes),
            ]);
        }
        text.push('\n');
        text.push_str(&render(t));
    }
    ctx.printer.raw(&text)?;
    Ok(Exit::Ok)
}

/// The days from `since` to `now` (UTC), with the runs found on each.
fn every_day(since: &str, now: jiff::Timestamp, found: Vec<Day>) -> Vec<Day> {
    let tz = jiff::tz::TimeZone::UTC;
    let first = since
        .parse::<jiff::Timestamp>()
        .map(|t| t.to_zoned(tz.clone()).date())
        .unwrap_or_else(|_| now.to_zoned(tz.clone()).date());
    let last = now.to_zoned(tz).date();
    let by_day: BTreeMap<String, Day> = found.into_iter().map(|d| (d.day.clone(), d)).collect();
    let mut days = Vec::new();
    let mut d = first;
    // A window of years is drawn day by day all the same; stop at 10 years.
    while d <= last && days.len() < 3660 {
        let key = d.strftime("%Y-%m-%d").to_string();
        days.push(by_day.get(&key).cloned().unwrap_or(Day {
            day: key,
            syncs: 0,
            failures: 0,
        }));
        match d.tomorrow() {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }
    days
}

/// One block per value, scaled to the largest; a zero is the lowest block
/// only when it is not zero, so empty days read as blanks.
fn spark(values: impl Iterator<Item = i64> + Clone) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = values.clone().max().unwrap_or(0);
    values
        .map(|v| {
            if v <= 0 || max == 0 {
                ' '
            } else {
                BLOCKS[if max == 1 { 7 } else { ((v - 1) * 7 / (max - 1)).clamp(0, 7) as usize }]
            }
        })
        .map(|c| if c == ' ' { '·' } else { c })
        .collect()
}

/// 35290 → "35,290".
fn group(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// Bytes in binary units: 512 B, 1.5 KiB, 3.2 MiB.
fn bytes(n: i64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < units.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", units[u])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_scale_to_the_largest_and_show_empty_days() {
        assert_eq!(spark([0, 1, 4, 8].into_iter()), "·▁▄█");
        assert_eq!(spark([0, 0].into_iter()), "··");
        assert_eq!(spark([3].into_iter()), "█");
    }

    #[test]
    fn figures_read_as_people_write_them() {
        assert_eq!(group(35290), "35,290");
        assert_eq!(group(999), "999");
        assert_eq!(group(1_000_000), "1,000,000");
        assert_eq!(bytes(512), "512 B");
        assert_eq!(bytes(1536), "1.5 KiB");
        assert_eq!(bytes(3 * 1024 * 1024 + 200 * 1024), "3.2 MiB");
    }

    #[test]
    fn every_day_of_the_window_is_there() {
        let now: jiff::Timestamp = "2026-12-03T10:00:00Z".parse().unwrap();
        let days = every_day(
            "2026-11-30T10:00:00.000000Z",
            now,
            vec![Day {
                day: "2026-12-01".into(),
                syncs: 3,
                failures: 1,
            }],
        );
        let got: Vec<(String, i64)> = days.iter().map(|d| (d.day.clone(), d.syncs)).collect();
        assert_eq!(
            got,
            [
                ("2026-11-30".into(), 0),
                ("2026-12-01".into(), 3),
                ("2026-12-02".into(), 0),
                ("2026-12-03".into(), 0)
            ]
        );
    }
}
