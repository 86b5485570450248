//! What a delete takes with it, counted before a destructive command asks.

use super::Store;
use crate::error::Result;

/// Rows that go with a set of integrations (ON DELETE CASCADE).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Footprint {
    pub integrations: i64,
    pub secrets: i64,
    pub records: i64,
    pub articles: i64,
}

/// Which integrations a delete reaches.
pub enum Scope<'a> {
    Integrations(&'a [String]),
    /// These integrations and those of these assistants.
    Deleted {
        integrations: &'a [String],
        assistants: &'a [String],
    },
    Assistant(&'a str),
    Org(&'a str),
}

impl Store {
    /// Counts the integrations in scope, and their secrets, synced records
    /// and knowledge-base articles.
    pub fn footprint(&self, scope: Scope<'_>) -> Result<Footprint> {
        let (filter, params): (String, Vec<String>) = match scope {
            Scope::Integrations(ids) => {
                if ids.is_empty() {
                    return Ok(Footprint::default());
                }
                (self.db.json_values("?1"), vec![serde_json::to_string(ids).unwrap_or_default()])
            }
            Scope::Deleted { integrations, assistants } => (
                format!(
                    "{} UNION SELECT id FROM integrations WHERE assistant_id IN ({})",
                    self.db.json_values("?1"),
                    self.db.json_values("?2")
                ),
                vec![serde_json::to_string(integrations).unwrap_or_default(), serde_json::to_string(assistants).unwrap_or_default()],
            ),
            Scope::Assistant(id) => ("SELECT id FROM integrations WHERE assistant_id = ?1".into(), vec![id.to_string()]),
            Scope::Org(id) => ("SELECT id FROM integrations WHERE org_id = ?1".into(), vec![id.to_string()]),
        };
        let sql = format!(
            "SELECT (SELECT COUNT(*) FROM integrations WHERE id IN ({filter})),
                    (SELECT COUNT(*) FROM integration_secrets WHERE integration_id IN ({filter})),
                    (SELECT COUNT(*) FROM records WHERE integration_id IN ({filter}) AND deleted_at IS NULL),
                    (SELECT COUNT(*) FROM kb_articles WHERE integration_id IN ({filter}))"
        );
        Ok(self.db.query_row(&sql, &params, |r| {
            Ok(Footprint { integrations: r.get(0)?, secrets: r.get(1)?, records: r.get(2)?, articles: r.get(3)? })
        })?)
    }

    /// What `queue purge` would delete: (dead steps, finished events)
    /// older than `before`, counted the way the purge selects them.
    pub fn purge_counts(&self, org: &super::Org, before: &str, statuses: &[&str]) -> Result<(i64, i64)> {
        let dead = self.db.query_row(
            "SELECT COUNT(*) FROM steps WHERE org_id = ?1 AND status = 'dead' AND updated_at < ?2",
            (&org.id, before),
            |r| r.get(0),
        )?;
        let events = self.db.query_row(
            &format!("SELECT COUNT(*) FROM events WHERE org_id = ?1 AND created_at < ?2 AND status IN ({})", self.db.json_values("?3")),
            (&org.id, before, serde_json::to_string(statuses).unwrap_or_default()),
            |r| r.get(0),
        )?;
        Ok((dead, events))
    }

    /// The newest change the store recorded (for the clock check).
    pub fn newest_timestamp(&self) -> Result<Option<String>> {
        Ok(self.db.query_row(
            "SELECT MAX(t) FROM (SELECT MAX(updated_at) AS t FROM integrations UNION ALL SELECT MAX(created_at) FROM orgs) AS u",
            (),
            |r| r.get(0),
        )?)
    }
}
