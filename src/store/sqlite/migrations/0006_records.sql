-- Record sync (issue 5): the platform's view of the contacts, tickets and
-- deals synced from every connected CRM/helpdesk (or pushed to the webhook),
-- the accounts contacts are matched to by email domain, and the sync state
-- per integration and stream. Portable SQL: TEXT timestamps from
-- store::now(), JSON as TEXT, no SQLite-only column types.

CREATE TABLE accounts (
    id         TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- Lowercase email domain; contacts with the same domain share an account.
    domain     TEXT NOT NULL,
    -- The company name a synced contact gave, where one did.
    name       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, domain)
);

-- One row per synced record. `fields` holds the mapped platform fields as
-- JSON; the columns beside it are copies for listing and search:
-- contacts: name (full name), email, phone, company;
-- tickets:  name (subject), email (requester), status (status), company;
-- deals:    name, status (stage), amount, currency, company.
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
    -- Lowercase text the `--search` filter matches.
    search            TEXT NOT NULL,
    account_id        TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    content_hash      TEXT NOT NULL,
    source_updated_at TEXT,
    -- `active`, or `deleted` (gone from the source at a --full sync).
    state             TEXT NOT NULL DEFAULT 'active',
    -- The --full run that last saw the record.
    seen_run          TEXT,
    -- `sync` or `webhook`: how the record last arrived.
    origin            TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    UNIQUE (org_id, integration_id, stream, external_id)
);
CREATE INDEX records_list ON records (org_id, stream, state, name);
CREATE INDEX records_account ON records (account_id);

-- Per (integration, stream): the high-water mark of the last completed
-- sync, and the run in progress (parameters, next-page position, counts),
-- committed with each page so a killed sync resumes.
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
