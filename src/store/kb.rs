//! Knowledge-base articles, their full-text index, and per-integration
//! import state. Every query is org-scoped.

use serde::Serialize;

use super::db::{DbResult, OptionalExt, Row};
use super::{Org, Store, now};
use crate::error::{Error, Result};

/// A stored article. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct KbArticle {
    pub id: String,
    pub integration_id: String,
    pub integration: String,
    pub external_id: String,
    pub title: String,
    /// Markdown (converted from HTML) or plain text.
    pub body: String,
    pub url: Option<String>,
    pub locale: Option<String>,
    pub section: Option<String>,
    pub source_updated_at: Option<String>,
    pub content_hash: String,
    /// `active` or `archived` (gone from the source at a `--full` import).
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
    pub archived_at: Option<String>,
}

/// One article as read from a provider, ready to upsert.
#[derive(Debug, Clone)]
pub struct KbUpsert {
    pub external_id: String,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
    pub locale: Option<String>,
    pub section: Option<String>,
    pub source_updated_at: Option<String>,
    pub content_hash: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Created,
    Updated,
    Unchanged,
}

/// An import in progress, as last committed.
#[derive(Debug, Clone)]
pub struct KbRun {
    pub id: String,
    pub params: String,
    pub position: Option<serde_json::Value>,
    pub high_water: Option<String>,
    pub counts: serde_json::Value,
}

/// An integration's import state.
#[derive(Debug, Clone, Default)]
pub struct KbState {
    pub high_water: Option<String>,
    pub last_run_at: Option<String>,
    pub run: Option<KbRun>,
}

/// What a page commit writes besides the articles.
pub struct PageCommit<'a> {
    pub run_id: &'a str,
    /// Mark every article of the page as seen by this run (`--full`).
    pub mark_seen: bool,
    /// Where the next page starts; None when the listing is done.
    pub position: Option<&'a serde_json::Value>,
    pub high_water: Option<&'a str>,
    /// The run's counts once this page's outcomes are added.
    pub counts: &'a dyn Fn(&[Upserted]) -> serde_json::Value,
    /// The run lease the page is written under (none for a dry run).
    pub lease: Option<super::LeaseRef<'a>>,
}

/// The run-lease job of a KB import.
pub const KB_JOB: &str = "kb";

/// The run-lease job of a record sync of one stream.
pub fn sync_job(stream: &str) -> String {
    format!("sync:{stream}")
}

/// Filters for `kb list`.
#[derive(Default)]
pub struct KbFilter<'a> {
    pub integration_id: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub include_archived: bool,
    /// At most this many; -1 is no limit.
    pub limit: i64,
    /// Skip this many first.
    pub offset: i64,
}

/// A search hit.
#[derive(Debug, Clone, Serialize)]
pub struct KbHit {
    #[serde(flatten)]
    pub article: KbArticle,
    /// Matched text with the terms in `[` `]`.
    pub snippet: String,
    /// bm25 score; lower is a better match.
    pub score: f64,
}

const COLUMNS: &str = "a.id, a.integration_id, i.name, a.external_id, a.title, a.body, a.url, a.locale, a.section,
    a.source_updated_at, a.content_hash, a.status, a.created_at, a.updated_at, a.archived_at";

fn article(r: &Row<'_>) -> DbResult<KbArticle> {
    Ok(KbArticle {
        id: r.get(0)?,
        integration_id: r.get(1)?,
        integration: r.get(2)?,
        external_id: r.get(3)?,
        title: r.get(4)?,
        body: r.get(5)?,
        url: r.get(6)?,
        locale: r.get(7)?,
        section: r.get(8)?,
        source_updated_at: r.get(9)?,
        content_hash: r.get(10)?,
        status: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        archived_at: r.get(14)?,
    })
}

/// The columns every run-state table has, in [`run_state`]'s order.
pub(super) const RUN_STATE_COLUMNS: &str = "high_water, last_run_at, run_id, run_params, run_position, run_high_water, run_counts";

/// What clears a run from a run-state row (the run finished or was abandoned).
pub(super) const CLEAR_RUN: &str = "run_id = NULL, run_params = NULL, run_position = NULL, run_high_water = NULL, run_counts = NULL";

/// A run-state row (KB import or record sync) selected as [`RUN_STATE_COLUMNS`].
pub(super) fn run_state(r: &Row<'_>) -> DbResult<KbState> {
    let run = match r.get::<Option<String>>(2)? {
        Some(id) => Some(KbRun {
            id,
            params: r.get::<Option<String>>(3)?.unwrap_or_default(),
            position: r.get::<Option<String>>(4)?.and_then(|s| serde_json::from_str(&s).ok()),
            high_water: r.get(5)?,
            counts: r.get::<Option<String>>(6)?.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default(),
        }),
        None => None,
    };
    Ok(KbState { high_water: r.get(0)?, last_run_at: r.get(1)?, run })
}

impl Store {
    pub fn kb_state(&self, org: &Org, integration_id: &str) -> Result<KbState> {
        let row = self
            .db
            .query_row(
                &format!("SELECT {RUN_STATE_COLUMNS} FROM kb_import_state WHERE org_id = ?1 AND integration_id = ?2"),
                (&org.id, integration_id),
                run_state,
            )
            .optional()?;
        Ok(row.unwrap_or_default())
    }

    /// Records the start of an import (replacing any unfinished one).
    pub fn kb_begin_run(&self, org: &Org, integration_id: &str, run_id: &str, params: &str) -> Result<()> {
        self.db.execute(
            "INSERT INTO kb_import_state (org_id, integration_id, run_id, run_params, run_position, run_high_water, run_counts)
             VALUES (?1, ?2, ?3, ?4, NULL, NULL, '{}')
             ON CONFLICT (org_id, integration_id) DO UPDATE SET
                 run_id = excluded.run_id, run_params = excluded.run_params,
                 run_position = NULL, run_high_water = NULL, run_counts = '{}'",
            (&org.id, integration_id, run_id, params),
        )?;
        Ok(())
    }

    /// Upserts one page of articles and records where the import is, in one
    /// transaction: a process killed between pages loses nothing and
    /// repeats nothing.
    pub fn kb_commit_page(&self, org: &Org, integration_id: &str, articles: &[KbUpsert], page: &PageCommit<'_>) -> Result<Vec<Upserted>> {
        let tx = self.write_tx()?;
        super::leases::check(&tx, integration_id, KB_JOB, page.lease.as_ref())?;
        let at = now();
        let mut out = Vec::with_capacity(articles.len());
        {
            let seen_run = page.mark_seen.then_some(page.run_id);
            // A first import is all inserts, a re-import mostly lookups: try
            // the insert first while the last article was new, else look up
            // first (a conflicting insert costs a lookup, too).
            let mut expect_new = true;
            for a in articles {
                let try_insert = || -> Result<bool> {
                    Ok(tx.execute(
                        "INSERT INTO kb_articles (id, org_id, integration_id, external_id, title, body, url, locale, section,
                     source_updated_at, content_hash, status, seen_run, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'active', ?12, ?13, ?13)
                 ON CONFLICT (org_id, integration_id, external_id) DO NOTHING",
                        (
                            &uuid::Uuid::now_v7().to_string(),
                            &org.id,
                            &integration_id,
                            &a.external_id,
                            &a.title,
                            &a.body,
                            &a.url,
                            &a.locale,
                            &a.section,
                            &a.source_updated_at,
                            &a.content_hash,
                            &seen_run,
                            &at,
                        ),
                    )? == 1)
                };
                if expect_new && try_insert()? {
                    out.push(Upserted::Created);
                    continue;
                }
                let found: Option<(String, String, String)> = tx
                    .query_row(
                        "SELECT id, content_hash, status FROM kb_articles WHERE org_id = ?1 AND integration_id = ?2 AND external_id = ?3",
                        (&org.id, integration_id, &a.external_id),
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                expect_new = found.is_none();
                match found {
                    None => {
                        // Only reached after a lookup: the insert has not been tried.
                        try_insert()?;
                        out.push(Upserted::Created);
                    }
                    Some((id, hash, status)) if hash == a.content_hash && status == "active" => {
                        if let Some(run) = seen_run {
                            tx.execute("UPDATE kb_articles SET seen_run = ?1 WHERE id = ?2 AND org_id = ?3", (run, &id, &org.id))?;
                        }
                        out.push(Upserted::Unchanged);
                    }
                    Some((id, _, _)) => {
                        tx.execute(
                            "UPDATE kb_articles SET title = ?1, body = ?2, url = ?3, locale = ?4, section = ?5, source_updated_at = ?6,
                     content_hash = ?7, status = 'active', archived_at = NULL, seen_run = COALESCE(?8, seen_run), updated_at = ?9
                 WHERE id = ?10 AND org_id = ?11",
                            (
                                &a.title,
                                &a.body,
                                &a.url,
                                &a.locale,
                                &a.section,
                                &a.source_updated_at,
                                &a.content_hash,
                                &seen_run,
                                &at,
                                &id,
                                &org.id,
                            ),
                        )?;
                        out.push(Upserted::Updated);
                    }
                }
            }
        }
        tx.execute(
            "UPDATE kb_import_state SET run_position = ?1, run_high_water = ?2, run_counts = ?3
             WHERE org_id = ?4 AND integration_id = ?5 AND run_id = ?6",
            (
                &page.position.map(|p| p.to_string()),
                &page.high_water,
                &(page.counts)(&out).to_string(),
                &org.id,
                &integration_id,
                &page.run_id,
            ),
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// What an upsert would do, without writing (`--dry-run`).
    pub fn kb_would_upsert(&self, org: &Org, integration_id: &str, a: &KbUpsert) -> Result<Upserted> {
        let found: Option<(String, String)> = self
            .db
            .query_row(
                "SELECT content_hash, status FROM kb_articles WHERE org_id = ?1 AND integration_id = ?2 AND external_id = ?3",
                (&org.id, integration_id, &a.external_id),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(match found {
            None => Upserted::Created,
            Some((h, st)) if h == a.content_hash && st == "active" => Upserted::Unchanged,
            Some(_) => Upserted::Updated,
        })
    }

    /// Ends an import: with `archive`, archives the articles this run did
    /// not see; moves the high-water mark; clears the run. Returns how many
    /// were archived.
    pub fn kb_finish_run(
        &self,
        org: &Org,
        integration_id: &str,
        run_id: &str,
        archive: bool,
        high_water: Option<&str>,
        lease: Option<super::LeaseRef<'_>>,
    ) -> Result<u64> {
        let tx = self.write_tx()?;
        super::leases::check(&tx, integration_id, KB_JOB, lease.as_ref())?;
        let at = now();
        let archived = if archive {
            tx.execute(
                "UPDATE kb_articles SET status = 'archived', archived_at = ?1, updated_at = ?1
                 WHERE org_id = ?2 AND integration_id = ?3 AND status = 'active' AND (seen_run IS NULL OR seen_run <> ?4)",
                (&at, &org.id, integration_id, run_id),
            )? as u64
        } else {
            0
        };
        tx.execute(
            &format!(
                "UPDATE kb_import_state SET high_water = COALESCE(?1, high_water), last_run_at = ?2, {CLEAR_RUN}
                 WHERE org_id = ?3 AND integration_id = ?4"
            ),
            (high_water, &at, &org.id, integration_id),
        )?;
        tx.commit()?;
        Ok(archived)
    }

    /// Forgets an unfinished import (after a failure that should not be resumed).
    pub fn kb_abandon_run(&self, org: &Org, integration_id: &str) -> Result<()> {
        self.db.execute(
            &format!("UPDATE kb_import_state SET {CLEAR_RUN} WHERE org_id = ?1 AND integration_id = ?2"),
            (&org.id, integration_id),
        )?;
        Ok(())
    }

    pub fn kb_articles(&self, org: &Org, f: &KbFilter<'_>) -> Result<Vec<KbArticle>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM kb_articles a JOIN integrations i ON i.id = a.integration_id
             WHERE a.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR a.integration_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR a.locale = ?3)
               AND (?4 OR a.status = 'active')
             ORDER BY i.name, a.title, a.external_id LIMIT ?5 OFFSET ?6"
        );

        let rows = self.db.query_map(
            &sql,
            (&org.id, &f.integration_id, &f.locale, &f.include_archived, super::db::no_limit(f.limit), &f.offset),
            article,
        )?;
        Ok(rows)
    }

    /// How many articles the filter matches, whatever its limit and offset.
    pub fn kb_articles_count(&self, org: &Org, f: &KbFilter<'_>) -> Result<i64> {
        Ok(self.db.query_row(
            "SELECT COUNT(*) FROM kb_articles a
             WHERE a.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR a.integration_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR a.locale = ?3)
               AND (?4 OR a.status = 'active')",
            (&org.id, &f.integration_id, &f.locale, &f.include_archived),
            |r| r.get(0),
        )?)
    }

    /// Counts of an integration's articles: (active, archived).
    pub fn kb_counts(&self, org: &Org, integration_id: &str) -> Result<(i64, i64)> {
        Ok(self.db.query_row(
            "SELECT COALESCE(SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'archived' THEN 1 ELSE 0 END), 0)
             FROM kb_articles WHERE org_id = ?1 AND integration_id = ?2",
            (&org.id, integration_id),
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// One article by its id, or by its external id (within an integration
    /// when one is given).
    pub fn kb_article(&self, org: &Org, id: &str, integration_id: Option<&str>) -> Result<KbArticle> {
        let sql = format!(
            "SELECT {COLUMNS} FROM kb_articles a JOIN integrations i ON i.id = a.integration_id
             WHERE a.org_id = ?1 AND (a.id = ?2 OR a.external_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR a.integration_id = ?3)
             ORDER BY a.id = ?2 DESC LIMIT 2"
        );

        let rows = self.db.query_map(&sql, (&org.id, id, integration_id), article)?;
        match rows.as_slice() {
            [one] => Ok(one.clone()),
            [first, _] if first.id == id => Ok(first.clone()),
            [] => Err(Error::NotFound {
                kind: "article",
                name: id.into(),
                scope: format!(" in org '{}'", org.name),
                hint: Some("see `crmctl kb list` or `crmctl kb search QUERY`".into()),
            }),
            _ => Err(Error::usage_hint(
                format!("external id '{id}' matches articles of more than one integration"),
                "add --integration NAME, or use the article's own id",
            )),
        }
    }

    /// Full-text search, best match first. `query` is plain words; each
    /// must appear (prefixes of the last word match too).
    pub fn kb_search(
        &self,
        org: &Org,
        query: &str,
        integration_id: Option<&str>,
        include_archived: bool,
        limit: i64,
    ) -> Result<Vec<KbHit>> {
        let limit = super::db::no_limit(limit);
        if self.db.is_postgres() {
            return self.kb_search_postgres(org, query, integration_id, include_archived, limit);
        }
        let Some(fts) = fts_query(query) else {
            return Err(Error::usage("the search query has no words"));
        };
        let sql = format!(
            "SELECT {COLUMNS}, snippet(kb_articles_fts, 1, '[', ']', '…', 16), bm25(kb_articles_fts, 10.0, 1.0) AS score
             FROM kb_articles_fts JOIN kb_articles a ON a.rowid = kb_articles_fts.rowid
                  JOIN integrations i ON i.id = a.integration_id
             WHERE kb_articles_fts MATCH ?1 AND a.org_id = ?2 AND (CAST(?3 AS TEXT) IS NULL OR a.integration_id = ?3)
               AND (?4 OR a.status = 'active')
             ORDER BY score, a.title LIMIT ?5"
        );

        let rows = self.db.query_map(&sql, (&fts, &org.id, &integration_id, &include_archived, &limit), |r| {
            Ok(KbHit { article: article(r)?, snippet: r.get(15)?, score: r.get(16)? })
        })?;
        Ok(rows)
    }
}

/// Plain words to an FTS5 query: each word quoted (so FTS5 syntax in the
/// input is just text), all required, the last one also as a prefix.
impl Store {
    /// The same search on PostgreSQL: the generated `search` vector (titles
    /// weighted above bodies) through its GIN index, ranked by `ts_rank`.
    fn kb_search_postgres(
        &self,
        org: &Org,
        query: &str,
        integration_id: Option<&str>,
        include_archived: bool,
        limit: i64,
    ) -> Result<Vec<KbHit>> {
        let Some(tsq) = tsquery(query) else {
            return Err(Error::usage("the search query has no words"));
        };
        let sql = format!(
            "SELECT {COLUMNS},
                    ts_headline('simple', a.body, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=6, FragmentDelimiter=…'),
                    CAST(-ts_rank(a.search, q) AS DOUBLE PRECISION) AS score
             FROM kb_articles a JOIN integrations i ON i.id = a.integration_id,
                  to_tsquery('simple', ?1) AS q
             WHERE a.search @@ q AND a.org_id = ?2 AND (CAST(?3 AS TEXT) IS NULL OR a.integration_id = ?3)
               AND (?4 OR a.status = 'active')
             ORDER BY score, a.title LIMIT ?5"
        );
        Ok(self.db.query_map(&sql, (&tsq, &org.id, &integration_id, &include_archived, &limit), |r| {
            Ok(KbHit { article: article(r)?, snippet: r.get(15)?, score: r.get(16)? })
        })?)
    }
}

/// Plain words as a tsquery: every word must match, the last as a prefix.
fn tsquery(q: &str) -> Option<String> {
    let words: Vec<String> =
        q.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("'{}'", w.to_lowercase())).collect();
    if words.is_empty() {
        return None;
    }
    Some(words.join(" & ") + ":*")
}

fn fts_query(q: &str) -> Option<String> {
    let words: Vec<String> = q
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-' && c != '_')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    if words.is_empty() {
        return None;
    }
    let mut s = words.join(" ");
    s.push('*');
    Some(s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fts_queries_are_quoted() {
        assert_eq!(super::fts_query("reset password").unwrap(), "\"reset\" \"password\"*");
        assert_eq!(super::fts_query("NEAR(\"x\" OR y)").unwrap(), "\"NEAR\" \"x\" \"OR\" \"y\"*");
        assert!(super::fts_query(" ?! ").is_none());
        assert_eq!(super::tsquery("Reset pass-word").unwrap(), "'reset' & 'pass' & 'word':*");
        assert_eq!(super::tsquery("x' | !y").unwrap(), "'x' & 'y':*");
        assert!(super::tsquery(" ?! ").is_none());
    }
}
