//! Webhook ingest state: the sealed per-integration webhook key (an
//! integration secret named [`WEBHOOK_KEY_FIELD`]) and the signatures
//! already accepted (replay protection). Org-scoped.

use super::db::OptionalExt;
use super::{Org, SealedField, Store, now};
use crate::error::Result;

/// The integration secret that holds the webhook key.
pub const WEBHOOK_KEY_FIELD: &str = "_webhook_key";

impl Store {
    /// Stores (or replaces) an integration's sealed webhook key.
    pub fn set_webhook_key(&self, org: &Org, integration_id: &str, sealed: &SealedField) -> Result<()> {
        self.db.execute(
            "INSERT INTO integration_secrets (integration_id, org_id, field, sealed, key_id, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (integration_id, field) DO UPDATE
               SET sealed = excluded.sealed, key_id = excluded.key_id, updated_at = excluded.updated_at",
            (integration_id, &org.id, WEBHOOK_KEY_FIELD, &sealed.sealed, &sealed.key_id, now()),
        )?;
        Ok(())
    }

    /// The sealed webhook key, when one is set.
    pub fn webhook_key(&self, org: &Org, integration_id: &str) -> Result<Option<SealedField>> {
        Ok(self
            .db
            .query_row(
                "SELECT field, sealed, key_id FROM integration_secrets WHERE org_id = ?1 AND integration_id = ?2 AND field = ?3",
                (&org.id, integration_id, WEBHOOK_KEY_FIELD),
                |r| Ok(SealedField { field: r.get(0)?, sealed: r.get(1)?, key_id: r.get(2)? }),
            )
            .optional()?)
    }

    /// Remembers an accepted signature until `expires_at`. False when it
    /// was already there (a replay). Expired signatures are dropped first.
    pub fn remember_signature(&self, org: &Org, integration_id: &str, signature: &str, expires_at: &str) -> Result<bool> {
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM webhook_signatures WHERE expires_at < ?1", [now()])?;
        let n = tx.execute(
            "INSERT INTO webhook_signatures (org_id, integration_id, signature, expires_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (integration_id, signature) DO NOTHING",
            (&org.id, integration_id, signature, expires_at),
        )?;
        tx.commit()?;
        Ok(n == 1)
    }
}
