//! Run leases: one KB import or record sync per integration and job at a
//! time, across processes (and, on a shared store, hosts). Portable SQL: a
//! conditional upsert takes a free or expired lease.

use super::db::{Db, OptionalExt};
use super::{Org, Store, after, now};
use crate::error::{Error, Result};

/// The run that holds a lease another run wanted.
#[derive(Debug, Clone)]
pub struct LeaseHolder {
    pub holder: String,
    pub started_at: String,
    pub lease_until: String,
}

impl Store {
    /// Takes the lease of `job` on the integration when it is free or
    /// expired. `Err(holder)` names the run that has it.
    pub fn take_run_lease(
        &self,
        org: &Org,
        integration_id: &str,
        job: &str,
        lease_id: &str,
        holder: &str,
        ttl: std::time::Duration,
    ) -> Result<std::result::Result<(), LeaseHolder>> {
        let tx = self.write_tx()?;
        let at = now();
        let n = tx.execute(
            "INSERT INTO run_leases (org_id, integration_id, job, lease_id, holder, started_at, lease_until)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (integration_id, job) DO UPDATE SET
                 lease_id = excluded.lease_id, holder = excluded.holder, started_at = excluded.started_at,
                 lease_until = excluded.lease_until
             WHERE run_leases.lease_until < ?6 OR run_leases.lease_id = excluded.lease_id",
            (&org.id, integration_id, job, lease_id, holder, &at, after(ttl)),
        )?;
        let out = if n == 1 {
            Ok(())
        } else {
            let h = tx
                .query_row(
                    "SELECT holder, started_at, lease_until FROM run_leases WHERE integration_id = ?1 AND job = ?2",
                    (integration_id, job),
                    |r| Ok(LeaseHolder { holder: r.get(0)?, started_at: r.get(1)?, lease_until: r.get(2)? }),
                )
                .optional()?;
            Err(h.unwrap_or(LeaseHolder { holder: "another run".into(), started_at: at.clone(), lease_until: at }))
        };
        tx.commit()?;
        Ok(out)
    }

    /// Extends a lease this run holds; false when it is no longer its own.
    pub fn renew_run_lease(&self, integration_id: &str, job: &str, lease_id: &str, ttl: std::time::Duration) -> Result<bool> {
        Ok(renew(&self.db, integration_id, job, lease_id, ttl)? == 1)
    }

    /// Gives the lease up (the run ended).
    pub fn release_run_lease(&self, integration_id: &str, job: &str, lease_id: &str) -> Result<()> {
        self.db
            .execute("DELETE FROM run_leases WHERE integration_id = ?1 AND job = ?2 AND lease_id = ?3", (integration_id, job, lease_id))?;
        Ok(())
    }
}

/// Renews the lease inside the caller's transaction.
fn renew(conn: &Db, integration_id: &str, job: &str, lease_id: &str, ttl: std::time::Duration) -> Result<usize> {
    Ok(conn.execute(
        "UPDATE run_leases SET lease_until = ?1 WHERE integration_id = ?2 AND job = ?3 AND lease_id = ?4",
        (after(ttl), integration_id, job, lease_id),
    )?)
}

/// A page or the end of a run is written only while its run still holds
/// the lease: checked (and renewed) in the same transaction.
pub(super) fn check(tx: &Db, integration_id: &str, job: &str, lease: Option<&super::LeaseRef<'_>>) -> Result<()> {
    let Some(l) = lease else { return Ok(()) };
    if renew(tx, integration_id, job, l.id, l.ttl)? == 1 { Ok(()) } else { Err(Error::LeaseLost { job: job.to_string() }) }
}
