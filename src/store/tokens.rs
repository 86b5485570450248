//! The OAuth token cache. Tokens are sealed like any secret.

use super::db::OptionalExt;
use super::{Org, Store, now};
use crate::error::Result;

pub const ACCESS_FIELD: &str = "oauth.access_token";
pub const REFRESH_FIELD: &str = "oauth.refresh_token";

/// A cached token set, still sealed.
#[derive(Debug, Clone)]
pub struct TokenRow {
    pub access_token: Option<String>,
    pub refresh_token: Option<String>,
    pub expires_at: Option<String>,
    /// Non-secret token-response properties (`instance_url`, `api_domain`).
    pub extra: serde_json::Value,
    pub generation: i64,
}

/// What to write after a token response.
pub struct NewTokens<'a> {
    pub access_sealed: &'a str,
    /// `None` keeps the stored refresh token (providers that do not rotate).
    pub refresh_sealed: Option<&'a str>,
    pub key_id: &'a str,
    pub expires_at: Option<String>,
    pub extra: &'a serde_json::Value,
}

impl Store {
    pub fn token(&self, org: &Org, integration_id: &str) -> Result<Option<TokenRow>> {
        Ok(self
            .db
            .query_row(
                "SELECT access_token, refresh_token, expires_at, extra, generation FROM oauth_tokens
                 WHERE org_id = ?1 AND integration_id = ?2",
                (&org.id, integration_id),
                |r| {
                    let extra: String = r.get(3)?;
                    Ok(TokenRow {
                        access_token: r.get(0)?,
                        refresh_token: r.get(1)?,
                        expires_at: r.get(2)?,
                        extra: serde_json::from_str(&extra).unwrap_or_default(),
                        generation: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn save_token(&self, org: &Org, integration_id: &str, t: &NewTokens<'_>) -> Result<()> {
        self.db.execute(
            "INSERT INTO oauth_tokens (integration_id, org_id, access_token, refresh_token, key_id,
                 expires_at, extra, generation, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8)
             ON CONFLICT (integration_id) DO UPDATE SET
                 access_token = excluded.access_token,
                 refresh_token = COALESCE(excluded.refresh_token, oauth_tokens.refresh_token),
                 key_id = excluded.key_id,
                 expires_at = excluded.expires_at,
                 extra = excluded.extra,
                 generation = oauth_tokens.generation + 1,
                 lease_owner = NULL,
                 lease_until = NULL,
                 updated_at = excluded.updated_at",
            (&integration_id, &org.id, &t.access_sealed, &t.refresh_sealed, &t.key_id, &t.expires_at, &t.extra.to_string(), &now()),
        )?;
        Ok(())
    }

    pub fn clear_token(&self, org: &Org, integration_id: &str) -> Result<()> {
        self.db.execute("DELETE FROM oauth_tokens WHERE org_id = ?1 AND integration_id = ?2", (&org.id, integration_id))?;
        Ok(())
    }
}

impl Store {
    /// Takes the refresh lease on an integration's tokens for `ttl`, unless
    /// another owner holds an unexpired one. Portable: one conditional UPDATE.
    pub fn take_token_lease(&self, org: &Org, integration_id: &str, owner: &str, ttl: std::time::Duration) -> Result<bool> {
        let now_ts = now();
        let until = super::after(ttl);
        self.db.execute(
            "INSERT INTO oauth_tokens (integration_id, org_id, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (integration_id) DO NOTHING",
            (integration_id, &org.id, now()),
        )?;
        let n = self.db.execute(
            "UPDATE oauth_tokens SET lease_owner = ?1, lease_until = ?2
             WHERE org_id = ?3 AND integration_id = ?4
               AND (lease_until IS NULL OR lease_until < ?5 OR lease_owner = ?1)",
            (owner, &until, &org.id, integration_id, now_ts),
        )?;
        Ok(n == 1)
    }

    pub fn release_token_lease(&self, org: &Org, integration_id: &str, owner: &str) -> Result<()> {
        self.db.execute(
            "UPDATE oauth_tokens SET lease_owner = NULL, lease_until = NULL
             WHERE org_id = ?1 AND integration_id = ?2 AND lease_owner = ?3",
            (&org.id, integration_id, owner),
        )?;
        Ok(())
    }
}
