//! `crmctl stats`: the success rate, items and bytes, each integration's
//! last sync and failures, and a per-day series over the window, counted
//! from real syncs, imports and a failing sync; `--integration` and
//! `--since` narrow them; the table draws the days.

use std::time::Duration;

use serde_json::Value;

use crate::common::*;

fn by_name<'a>(stats: &'a Value, name: &str) -> &'a Value {
    stats["per_integration"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["integration"] == name)
        .unwrap_or_else(|| panic!("no {name}: {stats:#}"))
}

#[test]
fn stats_count_runs_success_rate_stored_bytes_and_days() {
    let sb = Sb::start(120, Duration::ZERO);
    let env = env_with_sandbox(&sb);
    env.add_unreachable_sandbox("down");
    env.ok(&["sync", "sbx"]);
    let kb = env.json(&["kb", "import", "sbx"]);
    let articles = kb["created"].as_i64().unwrap();
    assert!(articles > 0, "{kb:#}");
    let failed = env.run(&["sync", "down", "--stream", "contacts"]);
    assert_eq!(failed.status.code(), Some(1), "{}", transcript(&failed));

    let stats = env.json(&["stats"]);
    let (sbx, down) = (by_name(&stats, "sbx"), by_name(&stats, "down"));
    // Three streams and an import for sbx, one failed stream for down.
    assert_eq!(
        (
            sbx["syncs"].as_i64(),
            sbx["succeeded"].as_i64(),
            sbx["failed"].as_i64()
        ),
        (Some(4), Some(4), Some(0)),
        "{sbx:#}"
    );
    assert_eq!(sbx["last_sync_status"], "success");
    assert_eq!(sbx["records"], 360, "contacts, tickets and deals");
    assert_eq!(sbx["articles"], articles);
    let stored: i64 = store_db(&env)
        .query_row(
            "SELECT (SELECT SUM(octet_length(fields)) FROM records) + (SELECT SUM(octet_length(body)) FROM kb_articles)",
            (),
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sbx["bytes"], stored);
    assert_eq!(
        (
            down["syncs"].as_i64(),
            down["failed"].as_i64(),
            down["failures_last_7d"].as_i64()
        ),
        (Some(1), Some(1), Some(1)),
        "{down:#}"
    );
    assert_eq!(down["last_sync_status"], "failure");
    assert_eq!(down["records"], 0);
    assert!(down["last_sync_at"].as_str().unwrap() >= sbx["last_sync_at"].as_str().unwrap());
    // The whole org.
    assert_eq!(stats["syncs"], 5);
    assert!(
        (stats["success_rate"].as_f64().unwrap() - 0.8).abs() < 1e-9,
        "{stats:#}"
    );
    assert_eq!(stats["records_stored"], 360);
    assert_eq!(stats["bytes_stored"], stored);
    assert_eq!(stats["processed"].as_i64().unwrap(), 360 + articles);
    // Eight days for the default 7-day window, today's holding every run.
    let days = stats["per_day"].as_array().unwrap();
    assert_eq!(days.len(), 8, "{days:#?}");
    let today = jiff::Timestamp::now().strftime("%Y-%m-%d").to_string();
    assert_eq!(days.last().unwrap()["day"], today.as_str());
    assert_eq!(days.last().unwrap()["syncs"], 5);
    assert_eq!(days.last().unwrap()["failures"], 1);
    assert!(days[..7].iter().all(|d| d["syncs"] == 0));

    // One integration, and a window with nothing in it yet.
    let one = env.json(&["stats", "--integration", "down"]);
    assert_eq!(one["per_integration"].as_array().unwrap().len(), 1);
    assert_eq!(
        (one["syncs"].as_i64(), one["failures_last_7d"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(one["success_rate"].as_f64(), Some(0.0));
    assert_eq!(one["integrations"]["total"], 1);
    let future = env.json(&["stats", "--since", "2999-01-01T00:00:00Z"]);
    assert_eq!(future["syncs"], 0);
    assert!(
        future["success_rate"].is_null(),
        "no runs, no rate: {future:#}"
    );
    assert_eq!(
        by_name(&future, "sbx")["last_sync_status"],
        "success",
        "the last sync is the last, whatever the window"
    );

    // A terminal sees the figures in words and the days drawn.
    let text = env.ok(&["stats"]);
    assert!(
        text.contains("success rate:") && text.contains("80.0%"),
        "{text}"
    );
    assert!(
        text.contains("runs per day:") && text.contains('█'),
        "{text}"
    );
    assert!(
        text.contains("INTEGRATION") && text.contains("FAILED 7D") && text.contains("down"),
        "{text}"
    );

    let unknown = env.run(&["stats", "--integration", "nope"]);
    assert_eq!(unknown.status.code(), Some(2), "{}", transcript(&unknown));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("nope"));
    let bad = env.run(&["stats", "--since", "yesterday-ish"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--since"));
}
