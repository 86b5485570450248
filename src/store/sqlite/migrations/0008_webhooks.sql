-- Webhook ingest (issue 5): HMAC signatures already accepted, kept until
-- their timestamp falls outside the accepted window, so a replayed request
-- is refused even after a restart. The per-integration webhook key is an
-- ordinary sealed secret (integration_secrets, field `_webhook_key`), so
-- `key rotate` re-seals it with the others. Portable SQL.

CREATE TABLE webhook_signatures (
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    signature      TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    PRIMARY KEY (integration_id, signature)
);
CREATE INDEX webhook_signatures_expiry ON webhook_signatures (expires_at);
