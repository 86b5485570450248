//! A file named as the store that is not a usable crmctl store (empty, not
//! SQLite, another application's database, a newer crmctl's store) is
//! refused with exit 3 and left exactly as it was: the same bytes, the same
//! mode, the same journal mode, no -wal, -shm or -journal beside it.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::common::TestEnv;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn side(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

struct Snapshot {
    bytes: Vec<u8>,
    mode: u32,
    dir: Vec<String>,
}

fn snapshot(db: &Path) -> Snapshot {
    let mut dir: Vec<String> = std::fs::read_dir(db.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    dir.sort();
    Snapshot {
        bytes: std::fs::read(db).unwrap(),
        mode: std::fs::metadata(db).unwrap().permissions().mode() & 0o7777,
        dir,
    }
}

fn place(env: &TestEnv, bytes: &[u8], mode: u32) {
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::fs::write(&env.db, bytes).unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(mode)).unwrap();
}

const COMMANDS: &[&[&str]] = &[
    &["integration", "list"],
    &["org", "add", "acme"],
    &["key", "status"],
    &["key", "init"],
    &["doctor"],
];

/// Runs every command against the file and asserts the refusal and that
/// nothing about the file changed.
fn assert_refused_untouched(env: &TestEnv, says: &[&str], code: i32) {
    let before = snapshot(&env.db);
    for args in COMMANDS {
        let out = env.run(args);
        let err = stderr_of(&out);
        if args[0] != "doctor" {
            assert_eq!(out.status.code(), Some(code), "{args:?}: expected exit {code}\n{err}");
            assert!(err.starts_with("error: "), "{args:?}:\n{err}");
        } else {
            assert_eq!(out.status.code(), Some(1), "doctor reports a failed check\n{err}\n{}", String::from_utf8_lossy(&out.stdout));
        }
        let all = format!("{err}{}", String::from_utf8_lossy(&out.stdout));
        for s in if args[0] == "doctor" { &says[..1] } else { says } {
            assert!(all.contains(s), "{args:?}: output should say {s:?}:\n{all}");
        }
        let after = snapshot(&env.db);
        assert!(after.bytes == before.bytes, "{args:?} changed the file's bytes");
        assert_eq!(after.mode, before.mode, "{args:?} changed the file's mode");
        assert_eq!(after.dir, before.dir, "{args:?} left files beside the store");
        for s in ["-wal", "-shm", "-journal"] {
            assert!(!side(&env.db, s).exists(), "{args:?} left {s}");
        }
    }
}

fn new_env() -> TestEnv {
    let mut env = TestEnv::sqlite();
    env.set("CRMCTL_MASTER_KEY", &env.generate_key());
    env
}

#[test]
fn an_empty_file_is_refused_untouched() {
    let env = new_env();
    place(&env, b"", 0o644);
    assert_refused_untouched(&env, &["is not a crmctl store: it is an empty file (0 bytes)", "left untouched"], 3);
    assert_eq!(std::fs::metadata(&env.db).unwrap().len(), 0);
}

#[test]
fn a_text_file_is_refused_untouched() {
    let env = new_env();
    place(&env, b"integrations:\n  - name: zd\n    token: hunter2-hunter2\n", 0o640);
    assert_refused_untouched(&env, &["is not a crmctl store: it is a text file, not an SQLite database"], 3);
    let out = env.run(&["integration", "list"]);
    assert!(!stderr_of(&out).contains("hunter2"), "the file's content is not quoted");
}

#[test]
fn a_binary_file_and_a_truncated_sqlite_header_are_refused_untouched() {
    let env = new_env();
    place(&env, &[0u8, 159, 146, 150, 255, 1, 2, 3], 0o600);
    assert_refused_untouched(&env, &["a binary file, not an SQLite database"], 3);
    place(&env, b"SQLite format 3\0\x10\x00", 0o600);
    assert_refused_untouched(&env, &["a truncated SQLite file"], 3);
}

fn foreign_db(path: &Path, wal: bool) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let c = rusqlite::Connection::open(path).unwrap();
    if wal {
        let _: String = c.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).unwrap();
    }
    c.execute_batch(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
         CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
         INSERT INTO notes (body) VALUES ('buy milk');
         INSERT INTO meta VALUES ('app', 'notes 1.0');
         PRAGMA user_version = 7;",
    )
    .unwrap();
}

#[test]
fn another_applications_database_is_refused_untouched() {
    let env = new_env();
    foreign_db(&env.db, false);
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_refused_untouched(
        &env,
        &["is not a crmctl store: it is another application's SQLite database (tables: meta, notes; schema version 7)"],
        3,
    );
    // Still the other application's: rollback journal, its rows, no crmctl tables.
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete");
    let n: i64 = c.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'orgs'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 0, "no crmctl schema was added");
}

#[test]
fn another_applications_wal_database_is_refused_without_a_shm_file() {
    let env = new_env();
    foreign_db(&env.db, true);
    assert!(!side(&env.db, "-wal").exists(), "closed cleanly");
    assert_refused_untouched(&env, &["another application's SQLite database"], 3);
}

#[test]
fn an_sqlite_file_with_no_tables_is_refused_untouched() {
    let env = new_env();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    rusqlite::Connection::open(&env.db).unwrap().execute_batch("PRAGMA user_version = 0; VACUUM;").unwrap();
    assert!(std::fs::metadata(&env.db).unwrap().len() >= 100);
    assert_refused_untouched(&env, &["an SQLite database with no tables"], 3);
}

#[test]
fn a_newer_store_is_refused_byte_for_byte_untouched() {
    let env = TestEnv::sqlite_with_env_key();
    {
        let c = rusqlite::Connection::open(&env.db).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        let _: String = c.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0)).unwrap();
    }
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_refused_untouched(&env, &["written by a newer crmctl (schema version 99", "left untouched"], 3);
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "the journal mode was not changed");
}

#[test]
fn a_new_store_is_created_private_with_nothing_left_beside_it() {
    let env = TestEnv::sqlite_with_env_key();
    let s = snapshot(&env.db);
    assert_eq!(s.mode, 0o600);
    assert_eq!(s.dir, ["crmctl.db"], "no temporary file is left");
    // And it is a store that opens.
    env.ok(&["org", "add", "acme"]);
    assert!(env.ok(&["org", "list"]).contains("acme"));
}
