-- Sync logs: one row per operation (test, action, kb import, record sync,
-- webhook), with a redacted detail.
CREATE TABLE sync_logs (
    id               TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id   TEXT,
    integration_name TEXT,
    kind             TEXT NOT NULL,
    event_id         TEXT,
    event_type       TEXT,
    status           TEXT NOT NULL CHECK (status IN ('success', 'failure', 'partial')),
    error_class      TEXT,
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL,
    duration_ms      INTEGER NOT NULL,
    processed        INTEGER NOT NULL DEFAULT 0,
    created          INTEGER NOT NULL DEFAULT 0,
    updated          INTEGER NOT NULL DEFAULT 0,
    failed           INTEGER NOT NULL DEFAULT 0,
    http_status      INTEGER,
    detail           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sync_logs_org_started ON sync_logs (org_id, started_at);
CREATE INDEX sync_logs_integration ON sync_logs (integration_id, started_at);

ALTER TABLE integrations ADD COLUMN last_test_detail TEXT;

-- OAuth 2.0 tokens, sealed like any secret (fields 'oauth.access_token' and
-- 'oauth.refresh_token'). `generation` goes up on every refresh, so a process
-- that waited for another's refresh can see it happened. A refresh is done
-- by whoever holds the lease (`lease_owner` until `lease_until`), so two
-- processes never spend the same refresh token.
CREATE TABLE oauth_tokens (
    integration_id TEXT PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    access_token   TEXT,
    refresh_token  TEXT,
    key_id         TEXT,
    expires_at     TEXT,
    extra          TEXT NOT NULL DEFAULT '{}',
    generation     INTEGER NOT NULL DEFAULT 0,
    lease_owner    TEXT,
    lease_until    TEXT,
    updated_at     TEXT NOT NULL
);
