//! Waiting for another process's write lock. Every write transaction starts
//! `BEGIN IMMEDIATE` (see [`Store::write_tx`]), so SQLite calls this handler
//! while another connection holds the lock instead of failing at the first
//! upgrade from a read. The wait is bounded (`CRMCTL_BUSY_TIMEOUT_MS`), and a
//! wait longer than a second is announced once, naming the holder when the
//! operating system can tell (the POSIX lock on the WAL index's write byte).

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The default bound on one wait for the write lock: long enough for
/// another process's page commit, checkpoint or key rotation.
pub const DEFAULT_TIMEOUT_MS: u64 = 60_000;

static TIMEOUT_MS: AtomicU64 = AtomicU64::new(DEFAULT_TIMEOUT_MS);
static NOTICE: OnceLock<fn(&str)> = OnceLock::new();
static DB: Mutex<Option<PathBuf>> = Mutex::new(None);
const ANNOUNCE_AFTER: Duration = Duration::from_secs(1);

thread_local! {
    static WAIT: Cell<Option<(Instant, bool)>> = const { Cell::new(None) };
}

/// Where a long wait is announced (the CLI's stderr). The core never prints.
pub fn set_notice(f: fn(&str)) {
    let _ = NOTICE.set(f);
}

/// The bound on one wait, from `CRMCTL_BUSY_TIMEOUT_MS`.
pub fn timeout() -> Duration {
    Duration::from_millis(TIMEOUT_MS.load(Ordering::Relaxed))
}

pub(super) fn install(conn: &rusqlite::Connection, path: &Path) -> rusqlite::Result<()> {
    let ms = std::env::var("CRMCTL_BUSY_TIMEOUT_MS").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(DEFAULT_TIMEOUT_MS);
    TIMEOUT_MS.store(ms, Ordering::Relaxed);
    *DB.lock().unwrap_or_else(|e| e.into_inner()) = Some(path.to_path_buf());
    conn.busy_handler(Some(handler))
}

/// SQLite calls this with `count` = how many times it already has for this
/// lock attempt; true means try again.
fn handler(count: i32) -> bool {
    let now = Instant::now();
    let (start, announced) = match WAIT.get() {
        Some(w) if count > 0 => w,
        _ => (now, false),
    };
    let waited = now.duration_since(start);
    if waited >= timeout() {
        WAIT.set(None);
        return false;
    }
    let mut announced = announced;
    if !announced && waited >= ANNOUNCE_AFTER {
        announced = true;
        if let Some(notice) = NOTICE.get() {
            let holder =
                DB.lock().unwrap_or_else(|e| e.into_inner()).as_deref().and_then(holder).unwrap_or_else(|| "another connection".into());
            notice(&format!("waiting for the store: held by {holder} (up to {} s, CRMCTL_BUSY_TIMEOUT_MS)", timeout().as_secs()));
        }
    }
    WAIT.set(Some((start, announced)));
    // 1, 2, 4 ... ms, then every 25 ms: short waits stay short.
    std::thread::sleep(Duration::from_millis((1u64 << count.clamp(0, 5) as u32).min(25)));
    true
}

/// Who holds the WAL write lock: SQLite's unix VFS takes it as a POSIX
/// record lock on byte 120 of the `-shm` file, which F_GETLK reports with
/// the holder's pid (only for another process; a lock of our own shows as
/// free).
#[cfg(unix)]
fn holder(db: &Path) -> Option<String> {
    use std::os::fd::AsRawFd;
    let mut shm = db.as_os_str().to_owned();
    shm.push("-shm");
    let file = std::fs::OpenOptions::new().read(true).write(true).open(PathBuf::from(shm)).ok()?;
    // SAFETY: a zeroed flock is a valid argument; F_GETLK only writes to it.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as _;
    lock.l_whence = libc::SEEK_SET as _;
    lock.l_start = 120;
    lock.l_len = 1;
    // SAFETY: the fd is open for the call's duration and `lock` is valid.
    let r = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    if r != 0 || i32::from(lock.l_type) == libc::F_UNLCK {
        return None;
    }
    let pid = lock.l_pid;
    Some(match command_of(pid) {
        Some(cmd) => format!("pid {pid} ({cmd})"),
        None => format!("pid {pid}"),
    })
}

#[cfg(not(unix))]
fn holder(_db: &Path) -> Option<String> {
    None
}

/// The program and its subcommand words (no flags or values: nothing that
/// could be a credential), from /proc.
fn command_of(pid: i32) -> Option<String> {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
    let mut parts = raw.split(|b| *b == 0).filter(|p| !p.is_empty()).map(|p| String::from_utf8_lossy(p).into_owned());
    let program = parts.next()?;
    let program = Path::new(&program).file_name()?.to_string_lossy().into_owned();
    let words: Vec<String> = parts
        .take_while(|w| !w.starts_with('-'))
        .take(2)
        .filter(|w| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .collect();
    Some(std::iter::once(program).chain(words).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_of_self_names_the_test_binary() {
        let me = command_of(std::process::id() as i32).expect("own cmdline");
        assert!(!me.is_empty());
    }

    #[test]
    fn a_wait_is_bounded() {
        TIMEOUT_MS.store(30, Ordering::Relaxed);
        let start = Instant::now();
        let mut count = 0;
        while handler(count) {
            count += 1;
        }
        let waited = start.elapsed();
        TIMEOUT_MS.store(DEFAULT_TIMEOUT_MS, Ordering::Relaxed);
        assert!(waited >= Duration::from_millis(30) && waited < Duration::from_secs(2), "{waited:?}");
    }
}
