//! The PostgreSQL engine: a team's shared store.
//!
//! The client is the `postgres` crate (the synchronous face of
//! `tokio-postgres`). It runs its own small runtime, which must not be
//! started on a thread that is driving crmctl's tokio runtime, so each
//! connection lives on a thread of its own and the store's calls are sent
//! to it; the calling thread waits for the answer exactly as it waits for
//! SQLite. Statements are prepared once per connection and cached.

pub mod config;
pub mod migrate;
mod values;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use super::db::{DbError, DbResult, Val, numbered_placeholders};

pub use config::PgTarget;
pub use migrate::{MIGRATIONS, migrate, schema_version};

/// The key of the advisory lock every write transaction takes; the queue's
/// claims and the migrator use their own.
pub const WRITE_LOCK: i64 = 0x6372_6d63_746c_0001; // "crmctl" 1
pub const MIGRATE_LOCK: i64 = 0x6372_6d63_746c_0002;

/// The channel `NOTIFY` names when events are queued.
pub const QUEUE_CHANNEL: &str = "crmctl_queue";

type Job = Box<dyn FnOnce(&mut Session) + Send>;

struct Session {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl Session {
    fn statement(&mut self, sql: &str) -> DbResult<postgres::Statement> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&numbered_placeholders(sql)).map_err(error)?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }
}

/// One connection, served by its own thread.
pub struct Conn {
    jobs: mpsc::Sender<Job>,
    target: PgTarget,
    /// Whether a transaction is open on the connection.
    in_tx: AtomicBool,
}

impl Conn {
    pub fn connect(target: &PgTarget) -> DbResult<Conn> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (ready_tx, ready) = mpsc::sync_channel::<DbResult<()>>(1);
        let t = target.clone();
        std::thread::Builder::new()
            .name("crmctl-postgres".into())
            .spawn(move || {
                let client = match t.connect() {
                    Ok(c) => c,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let _ = ready_tx.send(Ok(()));
                let mut session = Session { client, statements: HashMap::new() };
                // A write waits for another's lock as long as on SQLite
                // (CRMCTL_BUSY_TIMEOUT_MS), then fails as busy (55P03).
                let ms = std::env::var("CRMCTL_BUSY_TIMEOUT_MS")
                    .ok()
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .unwrap_or(super::sqlite::busy::DEFAULT_TIMEOUT_MS);
                let _ = session.client.batch_execute(&format!("SET lock_timeout = {ms}"));
                while let Ok(job) = inbox.recv() {
                    job(&mut session);
                }
            })
            .map_err(|e| DbError::Postgres { message: format!("starting the PostgreSQL connection: {e}"), code: None })?;
        ready.recv().map_err(|_| closed())??;
        Ok(Conn { jobs, target: target.clone(), in_tx: AtomicBool::new(false) })
    }

    pub fn target(&self) -> &PgTarget {
        &self.target
    }

    fn call<R: Send + 'static>(&self, f: impl FnOnce(&mut Session) -> DbResult<R> + Send + 'static) -> DbResult<R> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.jobs
            .send(Box::new(move |s| {
                let _ = tx.send(f(s));
            }))
            .map_err(|_| closed())?;
        rx.recv().map_err(|_| closed())?
    }

    pub fn execute(&self, sql: &str, params: Vec<Val>) -> DbResult<u64> {
        let sql = sql.to_owned();
        self.call(move |s| {
            let stmt = s.statement(&sql)?;
            let refs = as_params(&params);
            s.client.execute(&stmt, &refs).map_err(error)
        })
    }

    pub fn query(&self, sql: &str, params: Vec<Val>) -> DbResult<Vec<Vec<Val>>> {
        let sql = sql.to_owned();
        self.call(move |s| {
            let stmt = s.statement(&sql)?;
            let refs = as_params(&params);
            let rows = s.client.query(&stmt, &refs).map_err(error)?;
            rows.iter()
                .map(|r| {
                    (0..r.len()).map(|i| r.try_get::<_, Val>(i).map_err(|e| DbError::Column { index: i, message: e.to_string() })).collect()
                })
                .collect()
        })
    }

    pub fn batch(&self, sql: &str) -> DbResult<()> {
        let sql = sql.to_owned();
        self.call(move |s| s.client.batch_execute(&sql).map_err(error))
    }

    /// Starts a transaction holding the store's write lock (see
    /// [`super::db::Db::write_tx`]).
    pub fn begin_write(&self) -> DbResult<()> {
        self.in_tx.store(true, Ordering::Relaxed);
        self.call(|s| {
            s.client.batch_execute("BEGIN").map_err(error)?;
            if let Err(e) = s.client.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK]) {
                let _ = s.client.batch_execute("ROLLBACK");
                return Err(error(e));
            }
            Ok(())
        })
    }

    pub fn begin(&self) -> DbResult<()> {
        self.in_tx.store(true, Ordering::Relaxed);
        self.batch("BEGIN")
    }

    /// Ends the open transaction (`COMMIT` or `ROLLBACK`).
    pub fn end(&self, sql: &'static str) -> DbResult<()> {
        self.in_tx.store(false, Ordering::Relaxed);
        self.batch(sql)
    }

    /// One statement under the store's write lock: inside the open
    /// transaction (which holds it), or in a transaction of its own.
    pub fn execute_locked(&self, sql: &str, params: Vec<Val>) -> DbResult<u64> {
        if self.in_tx.load(Ordering::Relaxed) {
            return self.execute(sql, params);
        }
        let sql = sql.to_owned();
        self.call(move |s| {
            let stmt = s.statement(&sql)?;
            let mut tx = s.client.transaction().map_err(error)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK]).map_err(error)?;
            let refs = as_params(&params);
            let n = tx.execute(&stmt, &refs).map_err(error)?;
            tx.commit().map_err(error)?;
            Ok(n)
        })
    }

    /// Runs `f` on the connection's own client (migrations, COPY).
    pub fn with_client<R: Send + 'static>(&self, f: impl FnOnce(&mut postgres::Client) -> DbResult<R> + Send + 'static) -> DbResult<R> {
        self.call(move |s| f(&mut s.client))
    }
}

/// The values as the client's parameter slice.
fn as_params(vals: &[Val]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    vals.iter().map(|v| v as _).collect()
}

fn closed() -> DbError {
    DbError::Postgres { message: "the PostgreSQL connection closed".into(), code: None }
}

/// A client error as the store reports it: the server's message, detail
/// and SQLSTATE (the server never echoes the password).
pub(crate) fn error(e: postgres::Error) -> DbError {
    match e.as_db_error() {
        Some(db) => {
            let mut message = format!("PostgreSQL: {}", db.message());
            if let Some(d) = db.detail() {
                message.push_str(&format!(" ({d})"));
            }
            DbError::Postgres { message, code: Some(db.code().code().to_owned()) }
        }
        None => {
            let mut message = format!("PostgreSQL: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                message.push_str(&format!(": {s}"));
                source = s.source();
            }
            DbError::Postgres { message, code: e.code().map(|c| c.code().to_owned()) }
        }
    }
}

/// A connection that `LISTEN`s on [`QUEUE_CHANNEL`], on a thread of its
/// own: [`Listener::wait`] returns early when events are queued anywhere.
pub struct Listener {
    wake: mpsc::Receiver<()>,
    stop: std::sync::Arc<AtomicBool>,
}

impl Listener {
    pub fn start(target: &PgTarget) -> DbResult<Listener> {
        let (wake_tx, wake) = mpsc::sync_channel::<()>(1);
        let (ready_tx, ready) = mpsc::sync_channel::<DbResult<()>>(1);
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let (t, stopped) = (target.clone(), stop.clone());
        std::thread::Builder::new()
            .name("crmctl-listen".into())
            .spawn(move || {
                let mut client =
                    match t.connect().and_then(|mut c| c.batch_execute(&format!("LISTEN {QUEUE_CHANNEL}")).map(|_| c).map_err(error)) {
                        Ok(c) => c,
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                            return;
                        }
                    };
                let _ = ready_tx.send(Ok(()));
                while !stopped.load(Ordering::Relaxed) {
                    let mut n = client.notifications();
                    match postgres::fallible_iterator::FallibleIterator::next(&mut n.timeout_iter(std::time::Duration::from_millis(500))) {
                        Ok(Some(_)) => {
                            // One pending wake is enough: the worker claims all.
                            let _ = wake_tx.try_send(());
                        }
                        Ok(None) => {}
                        Err(_) => return,
                    }
                }
            })
            .map_err(|e| DbError::Postgres { message: format!("starting the PostgreSQL listener: {e}"), code: None })?;
        ready.recv().map_err(|_| closed())??;
        Ok(Listener { wake, stop })
    }

    /// Waits up to `timeout` for a notification; true when one came.
    pub fn wait(&self, timeout: std::time::Duration) -> bool {
        self.wake.recv_timeout(timeout).is_ok()
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
