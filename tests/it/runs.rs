//! Many crmctl processes on one store: KB imports and syncs of the same
//! integration started together (one run at a time, nothing live archived
//! or deleted), a run refused with --wait 0s naming the run that holds the
//! lease, a killed run's lease expiring, and a write lock held elsewhere
//! waited for and announced.

use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    env.std_cmd().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
}

/// Waits for a child within a bound, killing it past that.
fn finish(mut child: Child, bound: Duration) -> Output {
    let deadline = Instant::now() + bound;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("a crmctl process ran past {bound:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    store_db(&env).query_row(sql, (), |r| r.get(0)).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Two `kb import --full` of one integration, started together, five times
/// over: the second waits for the first; both succeed; no article the
/// source still has is ever archived; no "locked" anywhere.
#[test]
fn two_full_kb_imports_at_once_archive_nothing_the_source_has() {
    let sb = Sb::start(400, Duration::from_millis(3));
    let env = env_with_sandbox(&sb);
    for round in 0..5 {
        let a = spawn(&env, &["kb", "import", "sbx", "--full", "-o", "json"]);
        let b = spawn(&env, &["kb", "import", "sbx", "--full", "-o", "json"]);
        let (a, b) = (finish(a, Duration::from_secs(120)), finish(b, Duration::from_secs(120)));
        for o in [&a, &b] {
            assert!(o.status.success(), "round {round}: {}", transcript(o));
            assert!(!stderr(o).contains("locked"), "round {round}: {}", transcript(o));
            let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(r["archived"], 0, "round {round}: {r:#}");
            assert_eq!(r["status"], "success", "round {round}: {r:#}");
        }
        let waited = [&a, &b].iter().filter(|o| stderr(o).contains("waiting: a kb import of sbx is already running")).count();
        assert!(waited <= 1, "round {round}: at most one run waits for the other");
        assert_eq!(count(&env, "SELECT COUNT(*) FROM kb_articles WHERE status = 'archived'"), 0, "round {round}");
        assert_eq!(count(&env, "SELECT COUNT(*) FROM kb_articles WHERE status = 'active'"), 400, "round {round}");
    }
    assert_eq!(count(&env, "SELECT COUNT(*) FROM run_leases"), 0, "every run gave its lease back");
}

/// The same for `sync --full` of one stream: no live contact is marked
/// deleted, and each run's counts add up to the source.
#[test]
fn two_full_syncs_at_once_delete_nothing_the_source_has() {
    let sb = Sb::start(400, Duration::from_millis(3));
    let env = env_with_sandbox(&sb);
    for round in 0..5 {
        let a = spawn(&env, &["sync", "sbx", "--stream", "contacts", "--full", "-o", "json"]);
        let b = spawn(&env, &["sync", "sbx", "--stream", "contacts", "--full", "-o", "json"]);
        let (a, b) = (finish(a, Duration::from_secs(120)), finish(b, Duration::from_secs(120)));
        for o in [&a, &b] {
            assert!(o.status.success(), "round {round}: {}", transcript(o));
            assert!(!stderr(o).contains("locked"), "round {round}: {}", transcript(o));
            let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(r["streams"][0]["deleted"], 0, "round {round}: {r:#}");
            assert_eq!(r["streams"][0]["processed"], 400, "round {round}: {r:#}");
        }
        assert_eq!(count(&env, "SELECT COUNT(*) FROM records WHERE state = 'deleted'"), 0, "round {round}");
        assert_eq!(count(&env, "SELECT COUNT(*) FROM records WHERE stream = 'contacts' AND state = 'active'"), 400, "round {round}");
    }
}

/// With --wait 0s a second run is refused at once with exit 2, naming the
/// run and the process that holds the lease; the first is unharmed.
#[test]
fn a_second_run_with_no_wait_is_refused_naming_the_holder() {
    let sb = Sb::start(1500, Duration::from_millis(40));
    let env = env_with_sandbox(&sb);
    let first = spawn(&env, &["kb", "import", "sbx", "--full"]);
    let pid = first.id();
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(&env, "SELECT COUNT(*) FROM run_leases") == 0 {
        assert!(Instant::now() < deadline, "the first import never took its lease");
        std::thread::sleep(Duration::from_millis(10));
    }
    let second = env.run(&["kb", "import", "sbx", "--full", "--wait", "0s"]);
    assert_eq!(second.status.code(), Some(2), "{}", transcript(&second));
    let err = stderr(&second);
    assert!(err.contains("a kb import of sbx is already running"), "{err}");
    assert!(err.contains(&format!("pid {pid} on ")), "the refusal names the holder's process: {err}");
    // A different job of the same integration is not held up by it.
    let other = env.run(&["sync", "sbx", "--stream", "deals", "--wait", "0s"]);
    assert!(other.status.success(), "{}", transcript(&other));
    let first = finish(first, Duration::from_secs(180));
    assert!(first.status.success(), "{}", transcript(&first));
    assert_eq!(count(&env, "SELECT COUNT(*) FROM kb_articles WHERE status = 'active'"), 1500);
}

/// A run killed with SIGKILL leaves a lease that expires: refused while it
/// is fresh, taken over once it has expired, and the next run resumes.
#[test]
fn a_killed_runs_lease_expires_and_the_next_run_resumes() {
    let sb = Sb::start(3000, Duration::from_millis(40));
    let mut env = env_with_sandbox(&sb);
    env.set("CRMCTL_RUN_LEASE", "2");
    let mut child = env.std_cmd().args(["kb", "import", "sbx", "--full"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while count(&env, "SELECT COUNT(*) FROM kb_articles") < 300 {
        assert!(Instant::now() < deadline, "the import made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let refused = env.run(&["kb", "import", "sbx", "--full", "--wait", "0s"]);
    assert_eq!(refused.status.code(), Some(2), "the dead run's lease is still fresh: {}", transcript(&refused));
    std::thread::sleep(Duration::from_millis(2500));
    let r = env.json(&["kb", "import", "sbx", "--full", "--wait", "0s"]);
    assert_eq!(r["resumed"], true, "{r:#}");
    assert_eq!(r["status"], "success", "{r:#}");
    assert_eq!(r["archived"], 0, "{r:#}");
    assert_eq!(count(&env, "SELECT COUNT(*) FROM kb_articles WHERE status = 'active'"), 3000);
}

/// Another process holding the write lock for longer than a second: the
/// command waits, says so on stderr naming the holder, and then succeeds.
#[test]
fn a_held_write_lock_is_waited_for_and_announced() {
    // The holder is named from the SQLite file's POSIX lock.
    let env = TestEnv::sqlite_with_env_key();
    let holder = store_db(&env);
    holder.execute_batch("BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE key = 'store_id';").unwrap();
    let child = spawn(&env, &["org", "add", "acme"]);
    std::thread::sleep(Duration::from_millis(1800));
    holder.execute_batch("COMMIT").unwrap();
    let out = finish(child, Duration::from_secs(30));
    assert!(out.status.success(), "{}", transcript(&out));
    let err = stderr(&out);
    assert!(err.contains(&format!("waiting for the store: held by pid {}", std::process::id())), "{err}");
    assert!(env.ok(&["org", "list"]).contains("acme"));
}

/// Past CRMCTL_BUSY_TIMEOUT_MS the command fails with exit 3 and a hint
/// that names the timeout, not the disk; nothing is written.
#[test]
fn a_lock_held_past_the_timeout_fails_with_a_hint_that_names_it() {
    let mut env = TestEnv::with_env_key();
    env.set("CRMCTL_BUSY_TIMEOUT_MS", "300");
    // The store's own write lock: BEGIN IMMEDIATE on SQLite, the advisory
    // lock on PostgreSQL.
    let holder = store_db(&env);
    let tx = holder.write_tx().unwrap();
    let out = env.run(&["org", "add", "acme"]);
    tx.commit().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", transcript(&out));
    let err = stderr(&out);
    assert!(err.contains("CRMCTL_BUSY_TIMEOUT_MS"), "{err}");
    assert!(!err.contains("disk space"), "{err}");
    assert!(!env.ok(&["org", "list"]).contains("acme"));
}
