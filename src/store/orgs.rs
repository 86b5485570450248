use serde::Serialize;

use super::db::{DbResult, OptionalExt, Row};
use super::{DEFAULT_ORG, Store, now};
use crate::error::{Error, Result};

/// A tenant. Every other row belongs to exactly one.
#[derive(Debug, Clone, Serialize)]
pub struct Org {
    pub id: String,
    pub name: String,
    pub settings: serde_json::Value,
    pub created_at: String,
}

/// A voice or chat agent inside an org.
#[derive(Debug, Clone, Serialize)]
pub struct Assistant {
    pub id: String,
    pub org: String,
    pub name: String,
    pub integrations_enabled: bool,
    pub created_at: String,
}

fn org_from_row(r: &Row<'_>) -> DbResult<Org> {
    let settings: String = r.get(2)?;
    Ok(Org { id: r.get(0)?, name: r.get(1)?, settings: serde_json::from_str(&settings).unwrap_or_default(), created_at: r.get(3)? })
}

pub(crate) fn validate_name(kind: &str, name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if ok {
        Ok(())
    } else {
        Err(Error::usage_hint(
            format!("invalid {kind} name '{name}'"),
            "use 1-64 letters, digits, '-', '_' or '.', starting with a letter or digit",
        ))
    }
}

impl Store {
    pub fn org(&self, name: &str) -> Result<Org> {
        self.db
            .query_row("SELECT id, name, settings, created_at FROM orgs WHERE name = ?1 OR id = ?1", [name], org_from_row)
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "org",
                name: name.to_string(),
                scope: String::new(),
                hint: Some(if uuid::Uuid::parse_str(name).is_ok() {
                    "see `crmctl org list` for the orgs and their ids".into()
                } else {
                    format!("create it with `crmctl org add {name}`, or see `crmctl org list`")
                }),
            })
    }

    pub fn orgs(&self) -> Result<Vec<Org>> {
        let rows = self.db.query_map("SELECT id, name, settings, created_at FROM orgs ORDER BY name", (), org_from_row)?;
        Ok(rows)
    }

    pub fn add_org(&self, name: &str) -> Result<Org> {
        validate_name("org", name)?;
        let id = uuid::Uuid::now_v7().to_string();
        let n = self.db.execute(
            "INSERT INTO orgs (id, name, settings, created_at) VALUES (?1, ?2, '{}', ?3)
             ON CONFLICT (name) DO NOTHING",
            (&id, name, now()),
        )?;
        if n == 0 {
            return Err(Error::Duplicate { kind: "org", name: name.into(), scope: String::new() });
        }
        self.org(name)
    }

    /// Removes an org and everything it owns. The default org stays.
    pub fn remove_org(&self, name: &str) -> Result<usize> {
        let org = self.org(name)?;
        if org.name == DEFAULT_ORG {
            return Err(Error::usage("the default org cannot be removed"));
        }
        let owned: i64 = self.db.query_row("SELECT COUNT(*) FROM integrations WHERE org_id = ?1", [&org.id], |r| r.get(0))?;
        self.db.execute("DELETE FROM orgs WHERE id = ?1", [&org.id])?;
        Ok(owned as usize)
    }

    pub fn set_org_setting(&self, org: &Org, key: &str, value: serde_json::Value) -> Result<Org> {
        let mut settings = org.settings.as_object().cloned().unwrap_or_default();
        if value.is_null() {
            settings.remove(key);
        } else {
            settings.insert(key.to_string(), value);
        }
        self.db.execute("UPDATE orgs SET settings = ?1 WHERE id = ?2", (serde_json::Value::Object(settings).to_string(), &org.id))?;
        self.org(&org.name)
    }

    pub fn assistants(&self, org: &Org) -> Result<Vec<Assistant>> {
        let rows = self.db.query_map(
            "SELECT id, name, integrations_enabled, created_at FROM assistants
             WHERE org_id = ?1 ORDER BY name",
            [&org.id],
            |r| {
                Ok(Assistant {
                    id: r.get(0)?,
                    org: org.name.clone(),
                    name: r.get(1)?,
                    integrations_enabled: r.get(2)?,
                    created_at: r.get(3)?,
                })
            },
        )?;
        Ok(rows)
    }

    pub fn assistant(&self, org: &Org, name: &str) -> Result<Assistant> {
        self.assistants(org)?.into_iter().find(|a| a.name == name || a.id == name).ok_or_else(|| Error::NotFound {
            kind: "assistant",
            name: name.into(),
            scope: format!(" in org '{}'", org.name),
            hint: Some(format!("create it with `crmctl assistant add {name} --org {}`", org.name)),
        })
    }

    pub fn add_assistant(&self, org: &Org, name: &str, integrations_enabled: bool) -> Result<Assistant> {
        validate_name("assistant", name)?;
        let n = self.db.execute(
            "INSERT INTO assistants (id, org_id, name, integrations_enabled, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (org_id, name) DO NOTHING",
            (uuid::Uuid::now_v7().to_string(), &org.id, name, integrations_enabled, now()),
        )?;
        if n == 0 {
            return Err(Error::Duplicate { kind: "assistant", name: name.into(), scope: format!(" in org '{}'", org.name) });
        }
        self.assistant(org, name)
    }

    /// Removes an assistant and its assistant-specific integrations.
    pub fn remove_assistant(&self, org: &Org, name: &str) -> Result<usize> {
        let a = self.assistant(org, name)?;
        let owned: i64 =
            self.db
                .query_row("SELECT COUNT(*) FROM integrations WHERE org_id = ?1 AND assistant_id = ?2", (&org.id, &a.id), |r| r.get(0))?;
        self.db.execute("DELETE FROM assistants WHERE org_id = ?1 AND id = ?2", (&org.id, &a.id))?;
        Ok(owned as usize)
    }
}
