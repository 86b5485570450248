use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::error::Exit;
use crate::output::kv_table;
use crate::store::LogFilter;

#[derive(Serialize)]
struct Stats {
    org: String,
    integrations: IntegrationCounts,
    events_by_status: BTreeMap<String, i64>,
    steps_by_status: BTreeMap<String, i64>,
    syncs_last_24h: i64,
    failures_last_7d: i64,
    records_synced_by_type: BTreeMap<String, i64>,
}

#[derive(Serialize)]
struct IntegrationCounts {
    total: usize,
    active: usize,
    inactive: usize,
    in_error: usize,
}

pub fn run(ctx: &Ctx) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integrations = store.integrations(&org)?;
    let now = jiff::Timestamp::now();
    let day = crate::store::ts(now - jiff::SignedDuration::from_hours(24));
    let week = crate::store::ts(now - jiff::SignedDuration::from_hours(24 * 7));
    let (syncs, failures) = store.sync_log_counts(&org, &day, &week)?;
    let mut records = BTreeMap::new();
    // Records pulled by `crmctl sync` and pushed to `crmctl serve` alike.
    for kind in ["record_sync", "webhook"] {
        for l in store.sync_logs(&org, &LogFilter { kind: Some(kind), limit: i64::MAX, ..Default::default() })? {
            let stream = l.detail.get("stream").and_then(|s| s.as_str()).unwrap_or("records").to_string();
            *records.entry(stream).or_insert(0) += l.created + l.updated;
        }
    }
    let stats = Stats {
        org: org.name.clone(),
        integrations: IntegrationCounts {
            total: integrations.len(),
            active: integrations.iter().filter(|i| i.enabled).count(),
            inactive: integrations.iter().filter(|i| !i.enabled).count(),
            in_error: integrations.iter().filter(|i| i.last_test_status.as_deref().is_some_and(|s| s.starts_with("failed"))).count(),
        },
        events_by_status: store.event_counts(&org)?.into_iter().collect(),
        steps_by_status: store.queue_counts(&org)?.0.into_iter().collect(),
        syncs_last_24h: syncs,
        failures_last_7d: failures,
        records_synced_by_type: records,
    };
    let fmt = |m: &BTreeMap<String, i64>| if m.is_empty() { "none".to_string() } else { m.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ") };
    ctx.printer.data(&stats, || {
        kv_table(&[
            ("org", stats.org.clone()),
            (
                "integrations",
                format!("{} total: {} active, {} inactive, {} in error", stats.integrations.total, stats.integrations.active, stats.integrations.inactive, stats.integrations.in_error),
            ),
            ("events", fmt(&stats.events_by_status)),
            ("queue steps", fmt(&stats.steps_by_status)),
            ("syncs, last 24h", stats.syncs_last_24h.to_string()),
            ("failures, last 7 days", stats.failures_last_7d.to_string()),
            ("records synced", fmt(&stats.records_synced_by_type)),
        ])
    })?;
    Ok(Exit::Ok)
}
