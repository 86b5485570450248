//! Field mappings per integration and stream. The definition is stored as
//! JSON and parsed by `engine::mapping`; every query is scoped to the org.

use serde::Serialize;

use super::db::{Db, DbResult, Row};
use super::{Org, Store, now};
use crate::error::Result;

/// One stored mapping row.
#[derive(Debug, Clone, Serialize)]
pub struct MappingRow {
    pub id: String,
    pub integration_id: String,
    pub stream: String,
    pub target: String,
    /// The mapping as JSON text.
    pub definition: String,
    pub position: i64,
    pub created_at: String,
    pub updated_at: String,
}

/// A mapping to write: its stream, target and JSON definition.
pub struct MappingUpsert<'a> {
    pub stream: &'a str,
    pub target: &'a str,
    pub definition: &'a str,
}

fn from_row(r: &Row<'_>) -> DbResult<MappingRow> {
    Ok(MappingRow {
        id: r.get(0)?,
        integration_id: r.get(1)?,
        stream: r.get(2)?,
        target: r.get(3)?,
        definition: r.get(4)?,
        position: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

pub(super) fn upsert(conn: &Db, org: &Org, integration_id: &str, m: &MappingUpsert<'_>, at: &str) -> Result<bool> {
    let existed: i64 = conn.query_row(
        "SELECT COUNT(*) FROM field_mappings
         WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND target = ?4",
        (&org.id, integration_id, m.stream, m.target),
        |r| r.get(0),
    )?;
    // A new mapping goes last in its stream; an existing one keeps its place.
    conn.execute(
        "INSERT INTO field_mappings
             (id, org_id, integration_id, stream, target, definition, position, created_at, updated_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6,
                COALESCE((SELECT MAX(position) FROM field_mappings
                          WHERE org_id = ?2 AND integration_id = ?3 AND stream = ?4), 0) + 1,
                ?7, ?7
         WHERE EXISTS (SELECT 1 FROM integrations WHERE id = ?3 AND org_id = ?2)
         ON CONFLICT (integration_id, stream, target)
         DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at",
        (uuid::Uuid::now_v7().to_string(), &org.id, integration_id, m.stream, m.target, m.definition, at),
    )?;
    Ok(existed == 0)
}

impl Store {
    /// An integration's mappings (one stream or all), in stream and run order.
    pub fn field_mappings(&self, org: &Org, integration_id: &str, stream: Option<&str>) -> Result<Vec<MappingRow>> {
        let rows = self.db.query_map(
            "SELECT id, integration_id, stream, target, definition, position, created_at, updated_at
             FROM field_mappings
             WHERE org_id = ?1 AND integration_id = ?2 AND (CAST(?3 AS TEXT) IS NULL OR stream = ?3)
             ORDER BY stream, position, target",
            (&org.id, integration_id, stream),
            from_row,
        )?;
        Ok(rows)
    }

    /// Creates or replaces one mapping; true when it was created.
    pub fn set_field_mapping(&self, org: &Org, integration_id: &str, m: &MappingUpsert<'_>) -> Result<bool> {
        upsert(&self.db, org, integration_id, m, &now())
    }

    /// Writes several mappings in one transaction; with `replace`, the
    /// other mappings of the streams written are removed. Returns
    /// (created, updated, removed).
    pub fn set_field_mappings(
        &self,
        org: &Org,
        integration_id: &str,
        mappings: &[MappingUpsert<'_>],
        replace: bool,
    ) -> Result<(usize, usize, usize)> {
        let tx = self.write_tx()?;
        let at = now();
        let mut removed = 0;
        if replace {
            let mut streams: Vec<&str> = mappings.iter().map(|m| m.stream).collect();
            streams.sort_unstable();
            streams.dedup();
            for s in streams {
                let keep: Vec<&str> = mappings.iter().filter(|m| m.stream == s).map(|m| m.target).collect();
                let existing: Vec<String> = {
                    tx.query_map(
                        "SELECT target FROM field_mappings WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3",
                        (&org.id, integration_id, s),
                        |r| r.get(0),
                    )?
                };
                for t in existing.iter().filter(|t| !keep.contains(&t.as_str())) {
                    removed += tx.execute(
                        "DELETE FROM field_mappings
                         WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND target = ?4",
                        (&org.id, integration_id, s, t),
                    )?;
                }
            }
        }
        let (mut created, mut updated) = (0, 0);
        for m in mappings {
            if upsert(&tx, org, integration_id, m, &at)? {
                created += 1;
            } else {
                updated += 1;
            }
        }
        tx.commit()?;
        Ok((created, updated, removed))
    }

    /// Removes one mapping; false when there was none.
    pub fn remove_field_mapping(&self, org: &Org, integration_id: &str, stream: &str, target: &str) -> Result<bool> {
        let n = self.db.execute(
            "DELETE FROM field_mappings WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND target = ?4",
            (&org.id, integration_id, stream, target),
        )?;
        Ok(n > 0)
    }
}
