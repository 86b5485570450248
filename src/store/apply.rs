//! Writes a declarative plan (`crmctl apply`) in ONE transaction: every
//! change or none. The plan is computed and checked beforehand; here the
//! operations are only executed, in the order given.

use super::integrations::{insert_one, upsert_secrets};
use super::mappings::{MappingUpsert, upsert};
use super::{NewIntegration, Org, SealedField, Store, now};
use crate::error::Result;

/// One write of a plan.
pub enum Op {
    CreateOrg {
        org: Org,
    },
    SetOrgSettings {
        org_id: String,
        settings: serde_json::Value,
    },
    CreateAssistant {
        org_id: String,
        id: String,
        name: String,
        integrations_enabled: bool,
    },
    SetAssistant {
        org_id: String,
        id: String,
        integrations_enabled: bool,
    },
    DeleteAssistant {
        org_id: String,
        id: String,
    },
    DeleteIntegration {
        org_id: String,
        id: String,
    },
    CreateIntegration {
        org: Org,
        new: NewIntegration,
        secrets: Vec<SealedField>,
    },
    /// Every column from `values` (whose id is the existing one); the
    /// secrets given replace those fields, `remove_secrets` are deleted.
    UpdateIntegration {
        org: Org,
        values: NewIntegration,
        secrets: Vec<SealedField>,
        remove_secrets: Vec<String>,
    },
    /// The integration's mappings become exactly these, in this order:
    /// (stream, target, JSON definition).
    ReplaceMappings {
        org: Org,
        integration_id: String,
        rows: Vec<(String, String, String)>,
    },
    /// The integration's schedules become exactly these: (job, every_s,
    /// cron, next_run_at). A schedule whose job and timing are unchanged
    /// keeps its next run and history.
    ReplaceSchedules {
        org: Org,
        integration_id: String,
        rows: Vec<(String, Option<i64>, Option<String>, String)>,
    },
}

impl Store {
    /// Executes the operations in one transaction.
    pub fn apply_ops(&mut self, ops: &[Op]) -> Result<()> {
        let tx = self.write_tx()?;
        let ts = now();
        for op in ops {
            match op {
                Op::CreateOrg { org } => {
                    tx.execute(
                        "INSERT INTO orgs (id, name, settings, created_at) VALUES (?1, ?2, ?3, ?4)",
                        (&org.id, &org.name, org.settings.to_string(), &ts),
                    )?;
                }
                Op::SetOrgSettings { org_id, settings } => {
                    tx.execute("UPDATE orgs SET settings = ?1 WHERE id = ?2", (settings.to_string(), org_id))?;
                }
                Op::CreateAssistant { org_id, id, name, integrations_enabled } => {
                    tx.execute(
                        "INSERT INTO assistants (id, org_id, name, integrations_enabled, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        (id, org_id, name, integrations_enabled, &ts),
                    )?;
                }
                Op::SetAssistant { org_id, id, integrations_enabled } => {
                    tx.execute(
                        "UPDATE assistants SET integrations_enabled = ?1 WHERE org_id = ?2 AND id = ?3",
                        (integrations_enabled, org_id, id),
                    )?;
                }
                Op::DeleteAssistant { org_id, id } => {
                    tx.execute("DELETE FROM assistants WHERE org_id = ?1 AND id = ?2", (org_id, id))?;
                }
                Op::DeleteIntegration { org_id, id } => {
                    tx.execute("DELETE FROM integrations WHERE org_id = ?1 AND id = ?2", (org_id, id))?;
                }
                Op::CreateIntegration { org, new, secrets } => insert_one(&tx, org, new, secrets, &ts)?,
                Op::UpdateIntegration { org, values: v, secrets, remove_secrets } => {
                    tx.execute(
                        "UPDATE integrations SET assistant_id = ?1, base_url = ?2, enabled = ?3, priority = ?4,
                             events = ?5, conditions = ?6, on_failure = ?7, fields = ?8, updated_at = ?9
                         WHERE org_id = ?10 AND id = ?11",
                        (
                            &v.assistant_id,
                            &v.base_url,
                            &v.enabled,
                            &v.priority,
                            &serde_json::to_string(&v.events).expect("events serialize"),
                            &v.conditions.as_ref().map(|c| c.to_string()),
                            &v.on_failure,
                            &serde_json::to_string(&v.fields).expect("fields serialize"),
                            &ts,
                            &org.id,
                            &v.id,
                        ),
                    )?;
                    upsert_secrets(&tx, &org.id, &v.id, secrets, &ts)?;
                    for f in remove_secrets {
                        tx.execute(
                            "DELETE FROM integration_secrets WHERE org_id = ?1 AND integration_id = ?2 AND field = ?3",
                            (&org.id, &v.id, f),
                        )?;
                    }
                }
                Op::ReplaceMappings { org, integration_id, rows } => {
                    tx.execute("DELETE FROM field_mappings WHERE org_id = ?1 AND integration_id = ?2", (&org.id, integration_id))?;
                    for (stream, target, definition) in rows {
                        upsert(&tx, org, integration_id, &MappingUpsert { stream, target, definition }, &ts)?;
                    }
                }
                Op::ReplaceSchedules { org, integration_id, rows } => {
                    let existing: Vec<(String, Option<i64>, Option<String>)> = {
                        tx.query_map(
                            "SELECT job, every_s, cron FROM schedules WHERE org_id = ?1 AND integration_id = ?2",
                            (&org.id, integration_id),
                            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                        )?
                    };
                    for (job, _, _) in existing.iter().filter(|(j, _, _)| !rows.iter().any(|r| &r.0 == j)) {
                        tx.execute(
                            "DELETE FROM schedules WHERE org_id = ?1 AND integration_id = ?2 AND job = ?3",
                            (&org.id, integration_id, job),
                        )?;
                    }
                    for (job, every_s, cron, next) in rows {
                        if existing.iter().any(|(j, e, c)| j == job && e == every_s && c == cron) {
                            continue;
                        }
                        tx.execute(
                            "INSERT INTO schedules (id, org_id, integration_id, job, every_s, cron, next_run_at, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                             ON CONFLICT (integration_id, job) DO UPDATE SET
                                 every_s = excluded.every_s, cron = excluded.cron, next_run_at = excluded.next_run_at,
                                 updated_at = excluded.updated_at",
                            (&uuid::Uuid::now_v7().to_string(), &org.id, &integration_id, &job, &every_s, &cron, &next, &ts),
                        )?;
                    }
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}
