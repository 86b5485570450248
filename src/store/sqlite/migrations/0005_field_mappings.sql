-- Field mappings: how an integration's source records (contacts, tickets,
-- deals) map to the platform's fields. One row per (integration, stream,
-- target field); `definition` is the mapping as JSON (source paths and
-- transforms), `position` the order mappings run in. Portable SQL.

CREATE TABLE field_mappings (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    stream         TEXT NOT NULL CHECK (stream IN ('contacts', 'tickets', 'deals')),
    target         TEXT NOT NULL,
    definition     TEXT NOT NULL,
    position       INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (integration_id, stream, target)
);
CREATE INDEX field_mappings_org ON field_mappings (org_id, integration_id, stream, position);
