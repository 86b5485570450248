//! One KB import or record sync per integration and job at a time: the run
//! takes a lease in the store before it reads anything, keeps it alive with
//! a heartbeat while it runs (and with every page it commits), and gives it
//! back at the end. A second run waits for the first, up to its `wait`, or
//! is refused (exit 2) naming the run that holds it. A run whose process
//! dies leaves a lease that expires after `CRMCTL_RUN_LEASE` seconds.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{Failure, FailureClass, Reporter};
use crate::store::{LeaseRef, Org, Store};

/// The default lease: renewed every quarter of it, so a run survives a
/// slow page; a dead run's lease is free again after this long.
pub const DEFAULT_TTL: Duration = Duration::from_secs(60);

pub fn ttl() -> Duration {
    std::env::var("CRMCTL_RUN_LEASE")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_TTL)
}

/// A held lease.
pub struct RunLease {
    db: PathBuf,
    integration_id: String,
    pub job: String,
    pub id: String,
    pub ttl: Duration,
}

impl RunLease {
    pub fn as_ref(&self) -> LeaseRef<'_> {
        LeaseRef { id: &self.id, ttl: self.ttl }
    }

    /// Renews the lease until it is lost or the store fails; never returns
    /// otherwise (run it beside the work and drop it when the work ends).
    pub async fn keep_alive(&self) -> Failure {
        let store = match Store::open(&self.db) {
            Ok(s) => s,
            Err(e) => return Failure::store(e),
        };
        loop {
            tokio::time::sleep(self.ttl / 4).await;
            match store.renew_run_lease(&self.integration_id, &self.job, &self.id, self.ttl) {
                Ok(true) => {}
                Ok(false) => return Failure::store(crate::error::Error::LeaseLost { job: self.job.clone() }),
                // A busy store past the timeout: try again at the next beat;
                // the lease has three more beats before it expires.
                Err(crate::error::Error::Store(e)) if e.is_busy() => {}
                Err(e) => return Failure::store(e),
            }
        }
    }

    pub fn release(&self, store: &Store) {
        let _ = store.release_run_lease(&self.integration_id, &self.job, &self.id);
    }
}

/// Runs `work` while the lease (if any) is kept alive; a lost lease ends it
/// with a failure. The lease is given back afterwards.
pub async fn hold<T>(lease: Option<&RunLease>, store: &Store, work: impl std::future::Future<Output = Result<T, Failure>>) -> Result<T, Failure> {
    let result = match lease {
        Some(l) => tokio::select! {
            r = work => r,
            lost = l.keep_alive() => Err(lost),
        },
        None => work.await,
    };
    if let Some(l) = lease {
        l.release(store);
    }
    result
}

/// Takes the lease of `job` on the integration, waiting up to `wait` for a
/// run that holds it (zero: refuse at once).
pub async fn acquire(
    store: &Store,
    org: &Org,
    integration: &str,
    integration_id: &str,
    job: &str,
    what: &str,
    wait: Duration,
    reporter: &dyn Reporter,
) -> Result<RunLease, Failure> {
    let lease = RunLease {
        db: store.location().to_path_buf(),
        integration_id: integration_id.to_string(),
        job: job.to_string(),
        id: uuid::Uuid::now_v7().to_string(),
        ttl: ttl(),
    };
    let holder = format!("pid {} on {} (crmctl {what})", std::process::id(), hostname());
    let started = Instant::now();
    let mut told = false;
    loop {
        match store.take_run_lease(org, integration_id, job, &lease.id, &holder, lease.ttl).map_err(Failure::store)? {
            Ok(()) => return Ok(lease),
            Err(h) => {
                let running = format!("a {what} of {integration} is already running: {}, since {}", h.holder, h.started_at);
                if started.elapsed() >= wait {
                    let waited = if wait.is_zero() { String::new() } else { format!(" (waited {} s)", wait.as_secs()) };
                    return Err(Failure::new(
                        FailureClass::Busy,
                        format!("{running}{waited}"),
                        format!(
                            "let it finish (`crmctl logs tail --integration {integration}`), or pass --wait DURATION to wait for it; \
                             a run whose process died frees its lease by {}",
                            h.lease_until
                        ),
                    ));
                }
                if !told {
                    reporter.note(&format!("waiting: {running} (up to {} s)", wait.as_secs()));
                    told = true;
                }
                tokio::time::sleep(Duration::from_millis(250).min(lease.ttl / 4)).await;
            }
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "this host".into())
}
