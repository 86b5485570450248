use std::collections::BTreeMap;

use serde::Serialize;

use super::db::{Db, DbResult, OptionalExt, Row};
use super::{Org, Store, now};
use crate::error::{Error, Result};

/// A configured instance of a template in an org. Secret values are not
/// here: only the names of the secret fields that are set.
#[derive(Debug, Clone, Serialize)]
pub struct Integration {
    pub id: String,
    pub org: String,
    #[serde(skip)]
    pub org_id: String,
    pub name: String,
    pub provider: String,
    pub assistant: Option<String>,
    #[serde(skip)]
    pub assistant_id: Option<String>,
    pub base_url: Option<String>,
    pub enabled: bool,
    pub priority: i64,
    pub events: Vec<String>,
    pub conditions: Option<serde_json::Value>,
    pub on_failure: String,
    pub fields: BTreeMap<String, String>,
    pub secret_fields: Vec<String>,
    pub last_test_status: Option<String>,
    pub last_test_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A new integration, validated by the caller.
pub struct NewIntegration {
    pub id: String,
    pub name: String,
    pub provider: String,
    pub assistant_id: Option<String>,
    pub base_url: Option<String>,
    pub enabled: bool,
    pub priority: i64,
    pub events: Vec<String>,
    pub conditions: Option<serde_json::Value>,
    pub on_failure: String,
    pub fields: BTreeMap<String, String>,
}

/// Changes to an existing integration; `None` leaves a column as it is.
#[derive(Default)]
pub struct IntegrationPatch {
    pub name: Option<String>,
    pub assistant_id: Option<Option<String>>,
    pub base_url: Option<Option<String>>,
    pub enabled: Option<bool>,
    pub priority: Option<i64>,
    pub events: Option<Vec<String>>,
    pub conditions: Option<Option<serde_json::Value>>,
    pub on_failure: Option<String>,
    pub fields: Option<BTreeMap<String, String>>,
}

/// A sealed secret value for one field.
pub struct SealedField {
    pub field: String,
    pub sealed: String,
    pub key_id: String,
}

const SELECT: &str = "SELECT i.id, i.org_id, o.name, i.name, i.provider, i.assistant_id, a.name,
        i.base_url, i.enabled, i.priority, i.events, i.conditions, i.on_failure, i.fields,
        i.last_test_status, i.last_test_at, i.created_at, i.updated_at
     FROM integrations i
     JOIN orgs o ON o.id = i.org_id
     LEFT JOIN assistants a ON a.id = i.assistant_id AND a.org_id = i.org_id";

fn from_row(r: &Row<'_>) -> DbResult<Integration> {
    let events: String = r.get(10)?;
    let conditions: Option<String> = r.get(11)?;
    let fields: String = r.get(13)?;
    Ok(Integration {
        id: r.get(0)?,
        org_id: r.get(1)?,
        org: r.get(2)?,
        name: r.get(3)?,
        provider: r.get(4)?,
        assistant_id: r.get(5)?,
        assistant: r.get(6)?,
        base_url: r.get(7)?,
        enabled: r.get(8)?,
        priority: r.get(9)?,
        events: serde_json::from_str(&events).unwrap_or_default(),
        conditions: conditions.and_then(|c| serde_json::from_str(&c).ok()),
        on_failure: r.get(12)?,
        fields: serde_json::from_str(&fields).unwrap_or_default(),
        secret_fields: Vec::new(),
        last_test_status: r.get(14)?,
        last_test_at: r.get(15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
    })
}

impl Store {
    /// The org's integrations, in priority order.
    pub fn integrations(&self, org: &Org) -> Result<Vec<Integration>> {
        let mut rows = self.db.query_map(&format!("{SELECT} WHERE i.org_id = ?1 ORDER BY i.priority, i.name"), (&org.id,), from_row)?;
        self.fill_secret_fields(org, &mut rows)?;
        Ok(rows)
    }

    /// Sets `secret_fields` from one query over the org's secrets (portable:
    /// no string aggregation).
    fn fill_secret_fields(&self, org: &Org, rows: &mut [Integration]) -> Result<()> {
        let mut by_id: BTreeMap<String, Vec<String>> = BTreeMap::new();
        self.db.query_each(
            "SELECT integration_id, field FROM integration_secrets WHERE org_id = ?1
             ORDER BY integration_id, field",
            (&org.id,),
            |r| {
                by_id.entry(r.get(0)?).or_default().push(r.get(1)?);
                Ok(())
            },
        )?;
        for row in rows {
            row.secret_fields = by_id.remove(&row.id).unwrap_or_default();
        }
        Ok(())
    }

    /// One integration of the org, by name or id. Another org's
    /// integration is "not found", whichever is given.
    pub fn integration(&self, org: &Org, name_or_id: &str) -> Result<Integration> {
        let found = self
            .db
            .query_row(&format!("{SELECT} WHERE i.org_id = ?1 AND (i.name = ?2 OR i.id = ?2)"), (&org.id, name_or_id), from_row)
            .optional()?;
        let mut row = found.ok_or_else(|| Error::NotFound {
            kind: "integration",
            name: name_or_id.into(),
            scope: format!(" in org '{}'", org.name),
            hint: Some(format!("see `crmctl integration list --org {}`", org.name)),
        })?;
        row.secret_fields = self.sealed_secrets(org, &row.id)?.into_iter().map(|s| s.field).collect();
        Ok(row)
    }

    /// Inserts an integration and its sealed secrets in one transaction.
    pub fn insert_integration(&mut self, org: &Org, new: &NewIntegration, secrets: &[SealedField]) -> Result<Integration> {
        let tx = self.write_tx()?;
        insert_one(&tx, org, new, secrets, &now())?;
        tx.commit()?;
        self.integration(org, &new.id)
    }

    /// Inserts several integrations and their sealed secrets in ONE
    /// transaction: all of them, or (on any error, a duplicate name
    /// included) none.
    pub fn insert_integrations(&mut self, org: &Org, rows: &[(NewIntegration, Vec<SealedField>)]) -> Result<Vec<Integration>> {
        let tx = self.write_tx()?;
        let ts = now();
        for (new, secrets) in rows {
            insert_one(&tx, org, new, secrets, &ts)?;
        }
        tx.commit()?;
        rows.iter().map(|(new, _)| self.integration(org, &new.id)).collect()
    }

    /// Applies a patch and replaces the given secrets, in one transaction.
    pub fn update_integration(&mut self, org: &Org, id: &str, patch: &IntegrationPatch, secrets: &[SealedField]) -> Result<Integration> {
        let current = self.integration(org, id)?;
        let tx = self.write_tx()?;
        let ts = now();
        let name = patch.name.clone().unwrap_or(current.name.clone());
        if name != current.name {
            let taken: i64 =
                tx.query_row("SELECT COUNT(*) FROM integrations WHERE org_id = ?1 AND name = ?2", (&org.id, &name), |r| r.get(0))?;
            if taken > 0 {
                return Err(Error::Duplicate { kind: "integration", name, scope: format!(" in org '{}'", org.name) });
            }
        }
        tx.execute(
            "UPDATE integrations SET name = ?1, assistant_id = ?2, base_url = ?3, enabled = ?4,
                 priority = ?5, events = ?6, conditions = ?7, on_failure = ?8, fields = ?9,
                 updated_at = ?10
             WHERE org_id = ?11 AND id = ?12",
            (
                &name,
                &patch.assistant_id.clone().unwrap_or(current.assistant_id.clone()),
                &patch.base_url.clone().unwrap_or(current.base_url.clone()),
                &patch.enabled.unwrap_or(current.enabled),
                &patch.priority.unwrap_or(current.priority),
                &serde_json::to_string(patch.events.as_ref().unwrap_or(&current.events)).expect("events serialize"),
                &patch.conditions.clone().unwrap_or(current.conditions.clone()).map(|c| c.to_string()),
                &patch.on_failure.clone().unwrap_or(current.on_failure.clone()),
                &serde_json::to_string(patch.fields.as_ref().unwrap_or(&current.fields)).expect("fields serialize"),
                &ts,
                &org.id,
                &current.id,
            ),
        )?;
        upsert_secrets(&tx, &org.id, &current.id, secrets, &ts)?;
        tx.commit()?;
        self.integration(org, &current.id)
    }

    pub fn remove_integration(&self, org: &Org, name_or_id: &str) -> Result<Integration> {
        let current = self.integration(org, name_or_id)?;
        self.db.execute("DELETE FROM integrations WHERE org_id = ?1 AND id = ?2", (&org.id, &current.id))?;
        Ok(current)
    }

    /// The sealed secrets of one integration of the org.
    pub fn sealed_secrets(&self, org: &Org, integration_id: &str) -> Result<Vec<SealedField>> {
        Ok(self.db.query_map(
            "SELECT field, sealed, key_id FROM integration_secrets
             WHERE org_id = ?1 AND integration_id = ?2 ORDER BY field",
            (&org.id, integration_id),
            |r| Ok(SealedField { field: r.get(0)?, sealed: r.get(1)?, key_id: r.get(2)? }),
        )?)
    }
}

/// One integration and its secrets, inside the caller's transaction.
pub(super) fn insert_one(tx: &Db, org: &Org, new: &NewIntegration, secrets: &[SealedField], ts: &str) -> Result<()> {
    let n = tx.execute(
        "INSERT INTO integrations (id, org_id, assistant_id, name, provider, base_url, enabled,
             priority, events, conditions, on_failure, fields, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)
         ON CONFLICT (org_id, name) DO NOTHING",
        (
            &new.id,
            &org.id,
            &new.assistant_id,
            &new.name,
            &new.provider,
            &new.base_url,
            &new.enabled,
            &new.priority,
            &serde_json::to_string(&new.events).expect("events serialize"),
            &new.conditions.as_ref().map(|c| c.to_string()),
            &new.on_failure,
            &serde_json::to_string(&new.fields).expect("fields serialize"),
            &ts,
        ),
    )?;
    if n == 0 {
        return Err(Error::Duplicate { kind: "integration", name: new.name.clone(), scope: format!(" in org '{}'", org.name) });
    }
    upsert_secrets(tx, &org.id, &new.id, secrets, ts)
}

pub(super) fn upsert_secrets(tx: &Db, org_id: &str, integration_id: &str, secrets: &[SealedField], ts: &str) -> Result<()> {
    for s in secrets {
        tx.execute(
            "INSERT INTO integration_secrets (integration_id, org_id, field, sealed, key_id, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (integration_id, field) DO UPDATE
               SET sealed = excluded.sealed, key_id = excluded.key_id, updated_at = excluded.updated_at",
            (integration_id, org_id, &s.field, &s.sealed, &s.key_id, ts),
        )?;
    }
    Ok(())
}

impl Store {
    /// Opens every secret of one integration of the org.
    pub fn open_secrets(
        &self,
        org: &Org,
        integration_id: &str,
        key: &crate::secrets::MasterKey,
    ) -> Result<BTreeMap<String, crate::secrets::Secret>> {
        let mut out = BTreeMap::new();
        for s in self.sealed_secrets(org, integration_id)? {
            let ctx = crate::secrets::SealContext { org_id: &org.id, record: integration_id, field: &s.field };
            out.insert(s.field.clone(), crate::secrets::open(key, &ctx, &s.sealed)?);
        }
        Ok(out)
    }
}
