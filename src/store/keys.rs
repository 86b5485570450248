use super::db::{Db, DbResult, OptionalExt};
use super::{Store, now};
use crate::error::{Error, Result};
use crate::secrets::sources::{KeyRecord, SourceKind};
use crate::secrets::{KdfParams, MasterKey, SealContext};

/// A row of `master_keys`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeyRow {
    pub key_id: String,
    pub source: String,
    pub state: String,
    pub created_at: String,
    pub retired_at: Option<String>,
}

/// One sealed secret, as rotation sees it.
struct SealedRow {
    integration_id: String,
    org_id: String,
    field: String,
    sealed: String,
}

/// Every sealed value in the store: integration secrets and OAuth tokens.
fn all_sealed(conn: &Db) -> DbResult<Vec<SealedRow>> {
    let mut rows = Vec::new();

    for r in conn.query_map("SELECT integration_id, org_id, field, sealed FROM integration_secrets", (), |r| {
        Ok(SealedRow { integration_id: r.get(0)?, org_id: r.get(1)?, field: r.get(2)?, sealed: r.get(3)? })
    })? {
        rows.push(r);
    }

    for r in conn.query_map("SELECT integration_id, org_id, access_token, refresh_token FROM oauth_tokens", (), |r| {
        Ok((r.get::<String>(0)?, r.get::<String>(1)?, r.get::<Option<String>>(2)?, r.get::<Option<String>>(3)?))
    })? {
        let (integration_id, org_id, access, refresh) = r;
        for (field, sealed) in [(super::ACCESS_FIELD, access), (super::REFRESH_FIELD, refresh)] {
            if let Some(sealed) = sealed {
                rows.push(SealedRow { integration_id: integration_id.clone(), org_id: org_id.clone(), field: field.into(), sealed });
            }
        }
    }
    Ok(rows)
}

fn write_sealed(tx: &Db, row: &SealedRow, sealed: &str, key_id: &str, ts: &str) -> DbResult<()> {
    let column = match row.field.as_str() {
        super::ACCESS_FIELD => Some("access_token"),
        super::REFRESH_FIELD => Some("refresh_token"),
        _ => None,
    };
    match column {
        Some(col) => tx.execute(
            &format!("UPDATE oauth_tokens SET {col} = ?1, key_id = ?2, updated_at = ?3 WHERE integration_id = ?4"),
            (sealed, key_id, ts, &row.integration_id),
        )?,
        None => tx.execute(
            "UPDATE integration_secrets SET sealed = ?1, key_id = ?2, updated_at = ?3
             WHERE integration_id = ?4 AND field = ?5",
            (sealed, key_id, ts, &row.integration_id, &row.field),
        )?,
    };
    Ok(())
}

impl Store {
    pub fn active_key(&self) -> Result<Option<KeyRecord>> {
        self.db
            .query_row("SELECT key_id, source, kdf, check_value FROM master_keys WHERE state = 'active'", (), |r| {
                Ok((r.get::<String>(0)?, r.get::<String>(1)?, r.get::<Option<String>>(2)?, r.get::<String>(3)?))
            })
            .optional()?
            .map(|(key_id, source, kdf, check)| {
                let source = SourceKind::parse(&source)
                    .ok_or_else(|| Error::Failed { message: format!("unknown key source '{source}' in the store") })?;
                let kdf = kdf
                    .map(|k| serde_json::from_str::<KdfParams>(&k))
                    .transpose()
                    .map_err(|e| Error::Failed { message: format!("stored KDF params: {e}") })?;
                Ok(KeyRecord { key_id, source, kdf, check })
            })
            .transpose()
    }

    /// The active key record, or an error saying the store has none.
    pub fn require_key(&self) -> Result<KeyRecord> {
        self.active_key()?.ok_or_else(|| Error::NoStoreKey { path: self.path.clone() })
    }

    pub fn key_rows(&self) -> Result<Vec<KeyRow>> {
        let rows = self.db.query_map(
            "SELECT key_id, source, state, created_at, retired_at FROM master_keys
             ORDER BY created_at",
            (),
            |r| Ok(KeyRow { key_id: r.get(0)?, source: r.get(1)?, state: r.get(2)?, created_at: r.get(3)?, retired_at: r.get(4)? }),
        )?;
        Ok(rows)
    }

    /// Records the store's first key. Fails if it already has one.
    pub fn init_key(&mut self, key: &MasterKey, source: SourceKind, kdf: Option<&KdfParams>) -> Result<()> {
        let tx = self.write_tx()?;
        let exists: i64 = tx.query_row("SELECT COUNT(*) FROM master_keys", (), |r| r.get(0))?;
        if exists > 0 {
            return Err(Error::usage_hint(
                format!("the store at {} already has a master key", self.path.display()),
                "use `crmctl key rotate` to replace it, or `crmctl key status` to see it",
            ));
        }
        insert_key(&tx, key, source, kdf)?;
        tx.commit()?;
        Ok(())
    }

    /// Sealed values in the store: secrets and OAuth tokens.
    pub fn secret_count(&self) -> Result<i64> {
        Ok(all_sealed(&self.db)?.len() as i64)
    }

    /// Re-seals every secret in the store (all orgs) under `new`, records
    /// `new` as the active key and retires `old`, in one transaction. Either
    /// all of it happens or none.
    pub fn rotate_key(&mut self, old: &MasterKey, new: &MasterKey, source: SourceKind, kdf: Option<&KdfParams>) -> Result<usize> {
        let tx = self.write_tx()?;
        let rows = all_sealed(&tx)?;
        let ts = now();
        for row in &rows {
            let ctx = SealContext { org_id: &row.org_id, record: &row.integration_id, field: &row.field };
            let plain = crate::secrets::open(old, &ctx, &row.sealed)?;
            let resealed = crate::secrets::seal(new, &ctx, plain.expose_secret().as_bytes());
            write_sealed(&tx, row, &resealed, new.id(), &ts)?;
        }
        tx.execute("UPDATE master_keys SET state = 'retired', retired_at = ?1 WHERE key_id = ?2", (&ts, old.id()))?;
        tx.execute("DELETE FROM master_keys WHERE key_id = ?1", [new.id()])?;
        insert_key(&tx, new, source, kdf)?;
        tx.commit()?;
        Ok(rows.len())
    }

    /// Opens every secret with `key`; the verification step of rotation.
    pub fn verify_all_secrets(&self, key: &MasterKey) -> Result<usize> {
        let rows = all_sealed(&self.db)?;
        for row in &rows {
            let ctx = SealContext { org_id: &row.org_id, record: &row.integration_id, field: &row.field };
            crate::secrets::open(key, &ctx, &row.sealed)?;
        }
        Ok(rows.len())
    }
}

fn insert_key(tx: &Db, key: &MasterKey, source: SourceKind, kdf: Option<&KdfParams>) -> Result<()> {
    let kdf = kdf.map(|k| serde_json::to_string(k).expect("KDF params serialize"));
    tx.execute(
        "INSERT INTO master_keys (key_id, source, kdf, check_value, state, created_at)
         VALUES (?1, ?2, ?3, ?4, 'active', ?5)",
        (key.id(), source.as_str(), kdf, crate::secrets::seal_check(key), now()),
    )?;
    Ok(())
}
