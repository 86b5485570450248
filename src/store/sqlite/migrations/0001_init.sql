-- crmctl store, schema 1.
-- Portable SQL: TEXT ids and RFC 3339 timestamps, INTEGER booleans, JSON as
-- TEXT, no AUTOINCREMENT, upserts with ON CONFLICT, so the same statements
-- run on PostgreSQL.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Master keys by id. Exactly one is 'active'; rotation keeps the previous
-- one as 'retired'. The check value is a seal of a known plaintext.
CREATE TABLE master_keys (
    key_id      TEXT PRIMARY KEY,
    source      TEXT NOT NULL CHECK (source IN ('env', 'passphrase', 'keyring')),
    kdf         TEXT,
    check_value TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('active', 'retired')),
    created_at  TEXT NOT NULL,
    retired_at  TEXT
);

CREATE TABLE orgs (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    settings   TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);

CREATE TABLE assistants (
    id                   TEXT PRIMARY KEY,
    org_id               TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name                 TEXT NOT NULL,
    integrations_enabled INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE integrations (
    id               TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    assistant_id     TEXT REFERENCES assistants (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    provider         TEXT NOT NULL,
    base_url         TEXT,
    enabled          INTEGER NOT NULL DEFAULT 1,
    priority         INTEGER NOT NULL DEFAULT 100,
    events           TEXT NOT NULL DEFAULT '[]',
    conditions       TEXT,
    on_failure       TEXT NOT NULL DEFAULT 'continue' CHECK (on_failure IN ('continue', 'stop')),
    fields           TEXT NOT NULL DEFAULT '{}',
    last_test_status TEXT,
    last_test_at     TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (org_id, name)
);
CREATE INDEX integrations_org_priority ON integrations (org_id, priority);

-- One row per secret field, sealed with AES-256-GCM; org_id is repeated so
-- every query can be scoped without a join.
CREATE TABLE integration_secrets (
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    field          TEXT NOT NULL,
    sealed         TEXT NOT NULL,
    key_id         TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (integration_id, field)
);
