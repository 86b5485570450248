//! `crmctl schedule`: set, list, replace and remove; invalid cron
//! expressions and durations refused by name with nothing written; and
//! workers that run a due sync once between them.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;

fn env_with_sandbox_at(url: &str, key: &str) -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", key);
    env.ok(&["integration", "add", "sandbox", "--name", "sbx", "--field", &format!("base_url={url}"), "--secret", "api_key=env:SBX_KEY"]);
    env
}

fn schedules(env: &TestEnv) -> Vec<Value> {
    env.json(&["schedule", "list"]).as_array().unwrap().clone()
}

#[test]
fn set_list_replace_and_remove() {
    let env = env_with_sandbox_at("http://127.0.0.1:9", "sbx_key_0");
    env.ok(&["schedule", "set", "sbx", "--kb", "--every", "6h"]);
    env.ok(&["schedule", "set", "sbx", "--stream", "contacts", "--cron", "0 * * * *"]);
    let rows = schedules(&env);
    assert_eq!(rows.len(), 2, "{rows:#?}");
    let contacts = rows.iter().find(|r| r["job"] == "contacts").unwrap();
    assert_eq!((contacts["cron"].as_str(), contacts["every_s"].as_i64()), (Some("0 * * * *"), None));
    assert!(contacts["next_run_at"].as_str().unwrap().contains(":00:00.000000Z"), "the next full hour: {contacts:#}");
    let kb = rows.iter().find(|r| r["job"] == "kb").unwrap();
    assert_eq!(kb["every_s"], 21600);
    // Setting again replaces.
    let out = env.run(&["schedule", "set", "sbx", "--stream", "contacts", "--every", "15m"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Replaced"), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = schedules(&env);
    assert_eq!(rows.len(), 2);
    let contacts = rows.iter().find(|r| r["job"] == "contacts").unwrap();
    assert_eq!((contacts["cron"].as_str(), contacts["every_s"].as_i64()), (None, Some(900)));
    let table = env.ok(&["schedule", "list"]);
    assert!(table.contains("every 15m") && table.contains("every 6h"), "{table}");
    env.ok(&["schedule", "remove", "sbx", "--kb", "--yes"]);
    assert_eq!(schedules(&env).len(), 1);
    let out = env.run(&["schedule", "remove", "sbx", "--kb", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    // Removing the integration removes its schedules.
    env.ok(&["integration", "remove", "sbx", "--yes"]);
    assert!(schedules(&env).is_empty());
}

#[test]
fn invalid_schedules_are_refused_by_name_and_write_nothing() {
    let mut env = env_with_sandbox_at("http://127.0.0.1:9", "sbx_key_0");
    let cases: &[(&[&str], &str)] = &[
        (&["--stream", "contacts", "--cron", "61 * * * *"], "'61 * * * *' is not a cron expression"),
        (&["--stream", "contacts", "--cron", "every hour"], "'every hour' is not a cron expression"),
        (&["--stream", "contacts", "--cron", "0 0 31 2 *"], "never matches"),
        (&["--stream", "contacts", "--every", "soon"], "--every"),
        (&["--stream", "contacts", "--every", "0s"], "out of range"),
        (&["--stream", "leads", "--every", "1h"], "unknown stream 'leads'"),
        (&["--kb", "--stream", "contacts", "--every", "1h"], "cannot be used with"),
        (&["--kb", "--every", "1h", "--cron", "0 * * * *"], "cannot be used with"),
        (&["--kb"], "required"),
    ];
    for (args, message) in cases {
        let mut a = vec!["schedule", "set", "sbx"];
        a.extend_from_slice(args);
        let out = env.run(&a);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{a:?}: {err}");
        assert!(err.contains(message), "{a:?}: expected '{message}' in: {err}");
    }
    env.set("PD", &"0".repeat(40));
    env.ok(&["integration", "add", "pipedrive", "--name", "pd", "--field", "line_number=+61299999999", "--secret", "api_token=env:PD"]);
    let out = env.run(&["schedule", "set", "pd", "--kb", "--every", "1h"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no knowledge base"));
    let out = env.run(&["schedule", "set", "pd", "--stream", "tickets", "--every", "1h"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no tickets stream"));
    assert!(schedules(&env).is_empty());
}

fn record_sync_rows(env: &TestEnv) -> Vec<Value> {
    env.json(&["logs", "tail", "--kind", "record_sync"]).as_array().cloned().unwrap_or_default()
}

/// Two workers see the same due schedule: one of them runs it, once; both
/// stop on SIGTERM with exit 0.
#[test]
fn workers_run_a_due_sync_once_between_them() {
    let sb = Sb::start(120, Duration::ZERO);
    let env = env_with_sandbox(&sb);
    env.ok(&["schedule", "set", "sbx", "--stream", "contacts", "--every", "1h"]);
    let spawn = || env.std_cmd().args(["worker", "--poll", "100ms"]).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let mut workers = vec![spawn(), spawn()];
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let done = schedules(&env).first().is_some_and(|r| r["last_status"] == "success");
        if done {
            break;
        }
        assert!(Instant::now() < deadline, "no worker ran the due schedule");
        std::thread::sleep(Duration::from_millis(100));
    }
    // Give the other worker time to (wrongly) run it too.
    std::thread::sleep(Duration::from_millis(800));
    let mut stderr = String::new();
    for w in &mut workers {
        let killed = std::process::Command::new("kill").args(["-TERM", &w.id().to_string()]).status().unwrap();
        assert!(killed.success());
    }
    for w in workers {
        let out = w.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(0), "a worker exits 0 after SIGTERM: {err}");
        stderr.push_str(&err);
    }
    assert_eq!(stderr.matches("schedule sbx contacts sync: success").count(), 1, "{stderr}");
    let rows = record_sync_rows(&env);
    assert_eq!(rows.len(), 1, "one run between the two workers: {rows:#?}");
    assert_eq!((rows[0]["status"].as_str(), rows[0]["created"].as_i64()), (Some("success"), Some(120)));
    assert_eq!(env.json(&["contacts", "list", "--limit", "1000"]).as_array().unwrap().len(), 120);
    let sched = &schedules(&env)[0];
    let next: jiff::Timestamp = sched["next_run_at"].as_str().unwrap().parse().unwrap();
    let last: jiff::Timestamp = sched["last_run_at"].as_str().unwrap().parse().unwrap();
    let gap = next.duration_since(last).as_secs();
    assert!((3500..=3601).contains(&gap), "the next run is an hour on: {sched:#}");
    assert_eq!(sched["running"], false);
}
