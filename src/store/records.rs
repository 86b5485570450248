//! Synced records (contacts, tickets, deals), the accounts contacts are
//! matched to by email domain, and the per-stream sync state. Every query
//! is org-scoped.

use serde::Serialize;

use super::db::{Arg, DbResult, OptionalExt, Row, Val};
use super::kb::{CLEAR_RUN, RUN_STATE_COLUMNS, run_state};
use super::{KbState, Org, PageCommit, Store, Upserted, now};
use crate::error::{Error, Result};

/// One mapped record, ready to upsert.
#[derive(Debug, Clone, Default)]
pub struct RecordUpsert {
    pub external_id: String,
    /// The mapped platform fields, as JSON text.
    pub fields: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub status: Option<String>,
    pub amount: Option<f64>,
    pub currency: Option<String>,
    pub search: String,
    /// The email domain that names the record's account, if any.
    pub account_domain: Option<String>,
    /// The company name for a new account.
    pub account_name: Option<String>,
    pub content_hash: String,
    pub source_updated_at: Option<String>,
}

/// A stored record. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct RecordRow {
    pub id: String,
    pub stream: String,
    pub integration_id: String,
    pub integration: String,
    pub provider: String,
    pub external_id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    /// Ticket status or deal stage.
    pub status: Option<String>,
    pub amount: Option<f64>,
    pub currency: Option<String>,
    pub account_id: Option<String>,
    pub account: Option<String>,
    /// Every mapped field.
    pub fields: serde_json::Value,
    /// `active` or `deleted` (gone from the source at a `--full` sync).
    pub state: String,
    /// `sync` or `webhook`.
    pub origin: String,
    pub source_updated_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// An account with its record counts. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct AccountRow {
    pub id: String,
    pub domain: String,
    pub name: Option<String>,
    pub contacts: i64,
    pub tickets: i64,
    pub deals: i64,
    pub created_at: String,
}

/// Filters for `contacts|tickets|deals list`.
#[derive(Default)]
pub struct RecordFilter<'a> {
    pub stream: &'a str,
    pub integration_id: Option<&'a str>,
    pub account_id: Option<&'a str>,
    /// Lowercased words, each of which must appear.
    pub search: Vec<String>,
    pub include_deleted: bool,
    /// -1 for no limit.
    pub limit: i64,
    pub offset: i64,
}

const COLUMNS: &str = "r.id, r.stream, r.integration_id, i.name, i.provider, r.external_id, r.name, r.email, r.phone, r.company,
    r.status, r.amount, r.currency, r.account_id, a.name, a.domain, r.fields, r.state, r.origin, r.source_updated_at,
    r.created_at, r.updated_at";

fn record(r: &Row<'_>) -> DbResult<RecordRow> {
    let account_name: Option<String> = r.get(14)?;
    let account_domain: Option<String> = r.get(15)?;
    let fields: String = r.get(16)?;
    Ok(RecordRow {
        id: r.get(0)?,
        stream: r.get(1)?,
        integration_id: r.get(2)?,
        integration: r.get(3)?,
        provider: r.get(4)?,
        external_id: r.get(5)?,
        name: r.get(6)?,
        email: r.get(7)?,
        phone: r.get(8)?,
        company: r.get(9)?,
        status: r.get(10)?,
        amount: r.get(11)?,
        currency: r.get(12)?,
        account_id: r.get(13)?,
        account: account_name.or(account_domain),
        fields: serde_json::from_str(&fields).unwrap_or(serde_json::Value::Null),
        state: r.get(17)?,
        origin: r.get(18)?,
        source_updated_at: r.get(19)?,
        created_at: r.get(20)?,
        updated_at: r.get(21)?,
    })
}

impl Store {
    pub fn sync_state(&self, org: &Org, integration_id: &str, stream: &str) -> Result<KbState> {
        let row = self
            .db
            .query_row(
                &format!("SELECT {RUN_STATE_COLUMNS} FROM record_sync_state WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3"),
                (&org.id, integration_id, stream),
                run_state,
            )
            .optional()?;
        Ok(row.unwrap_or_default())
    }

    /// Records the start of a sync of one stream (replacing any unfinished one).
    pub fn sync_begin_run(&self, org: &Org, integration_id: &str, stream: &str, run_id: &str, params: &str) -> Result<()> {
        self.db.execute(
            "INSERT INTO record_sync_state (org_id, integration_id, stream, run_id, run_params, run_position, run_high_water, run_counts)
             VALUES (?1, ?2, ?3, ?4, ?5, NULL, NULL, '{}')
             ON CONFLICT (integration_id, stream) DO UPDATE SET
                 run_id = excluded.run_id, run_params = excluded.run_params,
                 run_position = NULL, run_high_water = NULL, run_counts = '{}'",
            (&org.id, integration_id, stream, run_id, params),
        )?;
        Ok(())
    }

    /// Upserts records by external id (a record whose content hash is
    /// unchanged is not rewritten), matching accounts by email domain, and,
    /// for a sync, records where the run is — all in one transaction.
    pub fn records_commit(
        &self,
        org: &Org,
        integration_id: &str,
        stream: &str,
        origin: &str,
        rows: &[RecordUpsert],
        page: Option<&PageCommit<'_>>,
    ) -> Result<Vec<Upserted>> {
        let tx = self.write_tx()?;
        if let Some(p) = page {
            super::leases::check(&tx, integration_id, &super::kb::sync_job(stream), p.lease.as_ref())?;
        }
        let at = now();
        let mut out = Vec::with_capacity(rows.len());
        {
            let seen_run = page.filter(|p| p.mark_seen).map(|p| p.run_id);
            // A first sync is all inserts, a re-sync mostly lookups: while the
            // last record was new, skip the lookup and let the insert say
            // (ON CONFLICT DO NOTHING: zero rows means it exists).
            let mut expect_new = true;
            let mut accounts: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
            for r in rows {
                let found: Option<(String, String, String)> = if expect_new {
                    None
                } else {
                    let f = tx.query_row("SELECT id, content_hash, state FROM records WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND external_id = ?4", (&org.id, integration_id, stream, &r.external_id), |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?))).optional()?;
                    expect_new = f.is_none();
                    f
                };
                if let Some((id, hash, state)) = &found
                    && *hash == r.content_hash
                    && state == "active"
                {
                    if let Some(run) = seen_run {
                        tx.execute("UPDATE records SET seen_run = ?1 WHERE id = ?2 AND org_id = ?3", (run, id, &org.id))?;
                    }
                    out.push(Upserted::Unchanged);
                    continue;
                }
                let account_id = match &r.account_domain {
                    None => None,
                    Some(domain) if accounts.contains_key(domain.as_str()) && r.account_name.is_none() => {
                        accounts.get(domain.as_str()).cloned()
                    }
                    Some(domain) => {
                        let existing: Option<(String, Option<String>)> = tx
                            .query_row("SELECT id, name FROM accounts WHERE org_id = ?1 AND domain = ?2", (&org.id, domain), |x| {
                                Ok((x.get(0)?, x.get(1)?))
                            })
                            .optional()?;
                        match existing {
                            Some((id, name)) => {
                                if name.is_none() && r.account_name.is_some() {
                                    tx.execute(
                                        "UPDATE accounts SET name = ?1, updated_at = ?2 WHERE id = ?3 AND org_id = ?4 AND name IS NULL",
                                        (&r.account_name, &at, &id, &org.id),
                                    )?;
                                }
                                Some(id)
                            }
                            None => {
                                tx.execute("INSERT INTO accounts (id, org_id, domain, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                 ON CONFLICT (org_id, domain) DO NOTHING", (uuid::Uuid::now_v7().to_string(), &org.id, domain, &r.account_name, &at))?;
                                Some(tx.query_row(
                                    "SELECT id, name FROM accounts WHERE org_id = ?1 AND domain = ?2",
                                    (&org.id, domain),
                                    |x| x.get::<String>(0),
                                )?)
                            }
                        }
                    }
                };
                let update = |id: &str| {
                    tx.execute(
                        UPDATE_RECORD,
                        (
                            &r.fields,
                            &r.name,
                            &r.email,
                            &r.phone,
                            &r.company,
                            &r.status,
                            &r.amount,
                            &r.currency,
                            &r.search,
                            &account_id,
                            &r.content_hash,
                            &r.source_updated_at,
                            &seen_run,
                            &origin,
                            &at,
                            id,
                            &org.id,
                        ),
                    )
                };
                if let (Some(domain), Some(id)) = (&r.account_domain, &account_id) {
                    accounts.entry(domain.as_str()).or_insert_with(|| id.clone());
                }
                match found {
                    None => {
                        let inserted = tx.execute("INSERT INTO records (id, org_id, integration_id, stream, external_id, fields, name, email, phone, company, status,
                     amount, currency, search, account_id, content_hash, source_updated_at, state, seen_run, origin, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 'active', ?18, ?19, ?20, ?20)
                 ON CONFLICT (org_id, integration_id, stream, external_id) DO NOTHING", (&uuid::Uuid::now_v7().to_string(), &org.id, &integration_id, &stream, &r.external_id, &r.fields, &r.name, &r.email, &r.phone, &r.company, &r.status, &r.amount, &r.currency, &r.search, &account_id, &r.content_hash, &r.source_updated_at, &seen_run, &origin, &at,))?;
                        if inserted == 1 {
                            out.push(Upserted::Created);
                            continue;
                        }
                        // It exists after all: look it up and update it.
                        expect_new = false;
                        let (id, hash, state): (String, String, String) =
                            tx.query_row("SELECT id, content_hash, state FROM records WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND external_id = ?4", (&org.id, integration_id, stream, &r.external_id), |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?)))?;
                        if hash == r.content_hash && state == "active" {
                            if let Some(run) = seen_run {
                                tx.execute("UPDATE records SET seen_run = ?1 WHERE id = ?2 AND org_id = ?3", (run, &id, &org.id))?;
                            }
                            out.push(Upserted::Unchanged);
                            continue;
                        }
                        update(&id)?;
                        out.push(Upserted::Updated);
                    }
                    Some((id, _, _)) => {
                        update(&id)?;
                        out.push(Upserted::Updated);
                    }
                }
            }
        }
        if let Some(page) = page {
            tx.execute(
                "UPDATE record_sync_state SET run_position = ?1, run_high_water = ?2, run_counts = ?3
                 WHERE org_id = ?4 AND integration_id = ?5 AND stream = ?6 AND run_id = ?7",
                (
                    &page.position.map(|p| p.to_string()),
                    &page.high_water,
                    &(page.counts)(&out).to_string(),
                    &org.id,
                    &integration_id,
                    &stream,
                    &page.run_id,
                ),
            )?;
        }
        tx.commit()?;
        Ok(out)
    }

    /// What an upsert would do, without writing (`--dry-run`).
    pub fn records_would_upsert(&self, org: &Org, integration_id: &str, stream: &str, r: &RecordUpsert) -> Result<Upserted> {
        let found: Option<(String, String)> = self
            .db
            .query_row(
                "SELECT content_hash, state FROM records WHERE org_id = ?1 AND integration_id = ?2 AND stream = ?3 AND external_id = ?4",
                (&org.id, integration_id, stream, &r.external_id),
                |x| Ok((x.get(0)?, x.get(1)?)),
            )
            .optional()?;
        Ok(match found {
            None => Upserted::Created,
            Some((h, st)) if h == r.content_hash && st == "active" => Upserted::Unchanged,
            Some(_) => Upserted::Updated,
        })
    }

    /// Ends a sync of one stream: with `mark_deleted`, marks the records
    /// this run did not see as deleted; moves the high-water mark; clears
    /// the run. Returns how many were marked.
    #[allow(clippy::too_many_arguments)]
    pub fn sync_finish_run(
        &self,
        org: &Org,
        integration_id: &str,
        stream: &str,
        run_id: &str,
        mark_deleted: bool,
        high_water: Option<&str>,
        lease: Option<super::LeaseRef<'_>>,
    ) -> Result<u64> {
        let tx = self.write_tx()?;
        super::leases::check(&tx, integration_id, &super::kb::sync_job(stream), lease.as_ref())?;
        let at = now();
        let deleted = if mark_deleted {
            tx.execute(
                "UPDATE records SET state = 'deleted', deleted_at = ?1, updated_at = ?1
                 WHERE org_id = ?2 AND integration_id = ?3 AND stream = ?4 AND state = 'active'
                   AND origin = 'sync' AND (seen_run IS NULL OR seen_run <> ?5)",
                (&at, &org.id, integration_id, stream, run_id),
            )? as u64
        } else {
            0
        };
        tx.execute(
            &format!(
                "UPDATE record_sync_state SET high_water = COALESCE(?1, high_water), last_run_at = ?2, {CLEAR_RUN}
                 WHERE org_id = ?3 AND integration_id = ?4 AND stream = ?5"
            ),
            (high_water, &at, &org.id, integration_id, stream),
        )?;
        tx.commit()?;
        Ok(deleted)
    }

    pub fn records(&self, org: &Org, f: &RecordFilter<'_>) -> Result<Vec<RecordRow>> {
        let (mut sql, mut params) = records_query(org, f, COLUMNS);
        params.push(Val::Int(super::db::no_limit(f.limit)));
        params.push(Val::Int(f.offset));
        sql.push_str(&format!(" ORDER BY r.name, i.name, r.external_id LIMIT ?{} OFFSET ?{}", params.len() - 1, params.len()));

        let rows = self.db.query_map(&sql, &params, record)?;
        Ok(rows)
    }

    /// How many records the filter matches, whatever its limit and offset.
    pub fn records_count(&self, org: &Org, f: &RecordFilter<'_>) -> Result<i64> {
        let (sql, params) = records_query(org, f, "COUNT(*)");
        Ok(self.db.query_row(&sql, &params, |r| r.get(0))?)
    }
}

type Params = Vec<Val>;

/// A changed record, by its row id.
const UPDATE_RECORD: &str = "UPDATE records SET fields = ?1, name = ?2, email = ?3, phone = ?4, company = ?5, status = ?6, amount = ?7,
                     currency = ?8, search = ?9, account_id = ?10, content_hash = ?11, source_updated_at = ?12, state = 'active',
                     deleted_at = NULL, seen_run = COALESCE(?13, seen_run), origin = ?14, updated_at = ?15
                 WHERE id = ?16 AND org_id = ?17";

/// The SELECT of `what` with the filter's WHERE (no order, no limit).
fn records_query(org: &Org, f: &RecordFilter<'_>, what: &str) -> (String, Params) {
    let mut sql = format!(
        "SELECT {what} FROM records r JOIN integrations i ON i.id = r.integration_id
         LEFT JOIN accounts a ON a.id = r.account_id
         WHERE r.org_id = ?1 AND r.stream = ?2 AND (CAST(?3 AS TEXT) IS NULL OR r.integration_id = ?3)
           AND (CAST(?4 AS TEXT) IS NULL OR r.account_id = ?4) AND (?5 OR r.state = 'active')"
    );
    let mut params: Params =
        vec![org.id.to_val(), f.stream.to_val(), f.integration_id.to_val(), f.account_id.to_val(), f.include_deleted.to_val()];
    for w in &f.search {
        params.push(Val::Text(format!("%{}%", like_escape(w))));
        sql.push_str(&format!(" AND r.search LIKE ?{} ESCAPE '\\'", params.len()));
    }
    (sql, params)
}

impl Store {
    /// One record by its id, or by the provider's id (within a stream).
    pub fn record(&self, org: &Org, stream: &str, id: &str, integration_id: Option<&str>) -> Result<RecordRow> {
        let sql = format!(
            "SELECT {COLUMNS} FROM records r JOIN integrations i ON i.id = r.integration_id
             LEFT JOIN accounts a ON a.id = r.account_id
             WHERE r.org_id = ?1 AND r.stream = ?2 AND (r.id = ?3 OR r.external_id = ?3) AND (CAST(?4 AS TEXT) IS NULL OR r.integration_id = ?4)
             ORDER BY r.id LIMIT 2"
        );

        let rows = self.db.query_map(&sql, (&org.id, stream, id, integration_id), record)?;
        let kind = match stream {
            "contacts" => "contact",
            "tickets" => "ticket",
            _ => "deal",
        };
        match rows.as_slice() {
            [one] => Ok(one.clone()),
            [first, _] if first.id == id => Ok(first.clone()),
            [] => Err(Error::NotFound {
                kind,
                name: id.into(),
                scope: format!(" in org '{}'", org.name),
                hint: Some(format!("see `crmctl {stream} list`")),
            }),
            _ => Err(Error::usage_hint(
                format!("external id '{id}' matches {stream} of more than one integration"),
                "add --integration NAME, or use the record's own id",
            )),
        }
    }

    /// Accounts with their record counts, optionally matching a word.
    pub fn accounts(&self, org: &Org, search: Option<&str>, limit: i64, offset: i64) -> Result<Vec<AccountRow>> {
        let pattern = search.map(|s| format!("%{}%", like_escape(&s.to_lowercase())));

        let rows = self.db.query_map(
            "SELECT a.id, a.domain, a.name,
                    COALESCE(SUM(CASE WHEN r.stream = 'contacts' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN r.stream = 'tickets' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN r.stream = 'deals' THEN 1 ELSE 0 END), 0),
                    a.created_at
             FROM accounts a LEFT JOIN records r ON r.account_id = a.id AND r.state = 'active'
             WHERE a.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR lower(a.domain) LIKE ?2 ESCAPE '\\' OR lower(COALESCE(a.name, '')) LIKE ?2 ESCAPE '\\')
             GROUP BY a.id, a.domain, a.name, a.created_at
             ORDER BY a.domain LIMIT ?3 OFFSET ?4",
            (&org.id, pattern, super::db::no_limit(limit), offset),
            |r| {
                Ok(AccountRow {
                    id: r.get(0)?,
                    domain: r.get(1)?,
                    name: r.get(2)?,
                    contacts: r.get(3)?,
                    tickets: r.get(4)?,
                    deals: r.get(5)?,
                    created_at: r.get(6)?,
                })
            },
        )?;
        Ok(rows)
    }

    /// How many accounts match the word (all of them without one).
    pub fn accounts_count(&self, org: &Org, search: Option<&str>) -> Result<i64> {
        let pattern = search.map(|s| format!("%{}%", like_escape(&s.to_lowercase())));
        Ok(self.db.query_row(
            "SELECT COUNT(*) FROM accounts a
             WHERE a.org_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR lower(a.domain) LIKE ?2 ESCAPE '\\' OR lower(COALESCE(a.name, '')) LIKE ?2 ESCAPE '\\')",
            (&org.id, pattern),
            |r| r.get(0),
        )?)
    }

    /// An account by id or domain.
    pub fn account_id(&self, org: &Org, id_or_domain: &str) -> Result<String> {
        self.db
            .query_row(
                "SELECT id FROM accounts WHERE org_id = ?1 AND (id = ?2 OR domain = ?3)",
                (&org.id, id_or_domain, id_or_domain.to_lowercase()),
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NotFound {
                kind: "account",
                name: id_or_domain.into(),
                scope: format!(" in org '{}'", org.name),
                hint: Some("see `crmctl accounts list`".into()),
            })
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}
