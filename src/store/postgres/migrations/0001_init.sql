-- The PostgreSQL schema, equal to the SQLite store's schema version 10
-- (migrations 0001-0010 there), with BIGINT for SQLite's INTEGER and a
-- tsvector column for full-text search. Append-only like SQLite's: a
-- change is a new numbered file.

-- from 0001_init.sql
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

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
    integrations_enabled BIGINT NOT NULL DEFAULT 1,
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
    enabled          BIGINT NOT NULL DEFAULT 1,
    priority         BIGINT NOT NULL DEFAULT 100,
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

CREATE TABLE integration_secrets (
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    field          TEXT NOT NULL,
    sealed         TEXT NOT NULL,
    key_id         TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (integration_id, field)
);

-- from 0002_sync_logs_tokens.sql
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
    duration_ms      BIGINT NOT NULL,
    processed        BIGINT NOT NULL DEFAULT 0,
    created          BIGINT NOT NULL DEFAULT 0,
    updated          BIGINT NOT NULL DEFAULT 0,
    failed           BIGINT NOT NULL DEFAULT 0,
    http_status      BIGINT,
    detail           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sync_logs_org_started ON sync_logs (org_id, started_at);
CREATE INDEX sync_logs_integration ON sync_logs (integration_id, started_at);

ALTER TABLE integrations ADD COLUMN last_test_detail TEXT;

CREATE TABLE oauth_tokens (
    integration_id TEXT PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    access_token   TEXT,
    refresh_token  TEXT,
    key_id         TEXT,
    expires_at     TEXT,
    extra          TEXT NOT NULL DEFAULT '{}',
    generation     BIGINT NOT NULL DEFAULT 0,
    lease_owner    TEXT,
    lease_until    TEXT,
    updated_at     TEXT NOT NULL
);

-- from 0003_events_queue.sql
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    org_id          TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    assistant_id    TEXT,
    assistant_name  TEXT,
    type            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    idempotency_key TEXT,
    status          TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'partial', 'skipped')),
    created_at      TEXT NOT NULL,
    finished_at     TEXT,
    UNIQUE (org_id, idempotency_key)
);
CREATE INDEX events_org_created ON events (org_id, created_at);

CREATE TABLE steps (
    id               TEXT PRIMARY KEY,
    org_id           TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    event_id         TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position         BIGINT NOT NULL,
    integration_id   TEXT,
    integration_name TEXT NOT NULL,
    provider         TEXT NOT NULL,
    action           TEXT NOT NULL,
    priority         BIGINT NOT NULL,
    on_failure       TEXT NOT NULL CHECK (on_failure IN ('continue', 'stop')),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'dead', 'skipped')),
    attempts         BIGINT NOT NULL DEFAULT 0,
    max_attempts     BIGINT NOT NULL,
    run_after        TEXT NOT NULL,
    lease_owner      TEXT,
    lease_until      TEXT,
    last_error       TEXT,
    last_error_class TEXT,
    http_status      BIGINT,
    outputs          TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    finished_at      TEXT,
    UNIQUE (event_id, position)
);
CREATE INDEX steps_runnable ON steps (status, run_after);
CREATE INDEX steps_leases ON steps (status, lease_until);
CREATE INDEX steps_event ON steps (event_id, position);

ALTER TABLE sync_logs ADD COLUMN seq BIGINT;
CREATE UNIQUE INDEX sync_logs_seq ON sync_logs (seq);

-- from 0004_knowledge_base.sql
CREATE TABLE kb_articles (
    id                TEXT PRIMARY KEY,
    org_id            TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id    TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    external_id       TEXT NOT NULL,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    url               TEXT,
    locale            TEXT,
    section           TEXT,
    source_updated_at TEXT,
    content_hash      TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('active', 'archived')),
    seen_run          TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    archived_at       TEXT,
    UNIQUE (org_id, integration_id, external_id)
);
CREATE INDEX kb_articles_org ON kb_articles (org_id, status, title);

CREATE TABLE kb_import_state (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    high_water     TEXT,
    last_run_at    TEXT,
    run_id         TEXT,
    run_params     TEXT,
    run_position   TEXT,
    run_high_water TEXT,
    run_counts     TEXT,
    PRIMARY KEY (org_id, integration_id)
);

-- Full-text search: a generated tsvector (titles weigh more than bodies)
-- with a GIN index, in place of SQLite's FTS5 table.
ALTER TABLE kb_articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title), 'A') || setweight(to_tsvector('simple'::regconfig, body), 'B')
) STORED;
CREATE INDEX kb_articles_search ON kb_articles USING gin (search);

-- from 0005_field_mappings.sql
CREATE TABLE field_mappings (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    stream         TEXT NOT NULL CHECK (stream IN ('contacts', 'tickets', 'deals')),
    target         TEXT NOT NULL,
    definition     TEXT NOT NULL,
    position       BIGINT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (integration_id, stream, target)
);
CREATE INDEX field_mappings_org ON field_mappings (org_id, integration_id, stream, position);

-- from 0006_records.sql
CREATE TABLE accounts (
    id         TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    domain     TEXT NOT NULL,
    name       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, domain)
);

CREATE TABLE records (
    id                TEXT PRIMARY KEY,
    org_id            TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id    TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    stream            TEXT NOT NULL CHECK (stream IN ('contacts', 'tickets', 'deals')),
    external_id       TEXT NOT NULL,
    fields            TEXT NOT NULL,
    name              TEXT,
    email             TEXT,
    phone             TEXT,
    company           TEXT,
    status            TEXT,
    amount            DOUBLE PRECISION,
    currency          TEXT,
    search            TEXT NOT NULL,
    account_id        TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    content_hash      TEXT NOT NULL,
    source_updated_at TEXT,
    state             TEXT NOT NULL DEFAULT 'active',
    seen_run          TEXT,
    origin            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    UNIQUE (org_id, integration_id, stream, external_id)
);
CREATE INDEX records_list ON records (org_id, stream, state, name);
CREATE INDEX records_account ON records (account_id);

CREATE TABLE record_sync_state (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    stream         TEXT NOT NULL,
    high_water     TEXT,
    last_run_at    TEXT,
    run_id         TEXT,
    run_params     TEXT,
    run_position   TEXT,
    run_high_water TEXT,
    run_counts     TEXT,
    PRIMARY KEY (integration_id, stream)
);

-- from 0007_schedules.sql
CREATE TABLE schedules (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    job            TEXT NOT NULL CHECK (job IN ('kb', 'contacts', 'tickets', 'deals')),
    every_s        BIGINT,
    cron           TEXT,
    next_run_at    TEXT NOT NULL,
    last_run_at    TEXT,
    last_status    TEXT,
    last_error     TEXT,
    claimed_by     TEXT,
    claimed_until  TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK ((every_s IS NULL AND cron IS NOT NULL) OR (every_s IS NOT NULL AND cron IS NULL)),
    UNIQUE (integration_id, job)
);
CREATE INDEX schedules_due ON schedules (org_id, next_run_at);

-- from 0008_webhooks.sql
CREATE TABLE webhook_signatures (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    signature      TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    PRIMARY KEY (integration_id, signature)
);
CREATE INDEX webhook_signatures_expiry ON webhook_signatures (expires_at);

-- from 0009_run_leases.sql
CREATE TABLE run_leases (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    job            TEXT NOT NULL,
    lease_id       TEXT NOT NULL,
    holder         TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    lease_until    TEXT NOT NULL,
    PRIMARY KEY (integration_id, job)
);

-- from 0010_audit_log.sql
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    fields TEXT NOT NULL DEFAULT '[]',
    os_user TEXT NOT NULL,
    host TEXT NOT NULL
);
CREATE INDEX audit_log_org_seq ON audit_log (org_id, seq);
