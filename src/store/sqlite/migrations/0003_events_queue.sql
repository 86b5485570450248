-- Events and the durable step queue. An event fired into an org becomes one
-- step per subscribed integration, written in the same transaction. A step
-- runs only after every earlier step of its chain has finished; a running
-- step holds a lease, and an expired lease (a killed worker) makes it
-- runnable again.

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
    position         INTEGER NOT NULL,
    integration_id   TEXT,
    integration_name TEXT NOT NULL,
    provider         TEXT NOT NULL,
    action           TEXT NOT NULL,
    priority         INTEGER NOT NULL,
    on_failure       TEXT NOT NULL CHECK (on_failure IN ('continue', 'stop')),
    status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'dead', 'skipped')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    max_attempts     INTEGER NOT NULL,
    run_after        TEXT NOT NULL,
    lease_owner      TEXT,
    lease_until      TEXT,
    last_error       TEXT,
    last_error_class TEXT,
    http_status      INTEGER,
    outputs          TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    finished_at      TEXT,
    UNIQUE (event_id, position)
);
CREATE INDEX steps_runnable ON steps (status, run_after);
CREATE INDEX steps_leases ON steps (status, lease_until);
CREATE INDEX steps_event ON steps (event_id, position);

-- Insertion order for `logs tail --follow`: a sequence number given by the
-- inserting statement (writes are serialized), so a follower never misses a
-- row another process wrote.
ALTER TABLE sync_logs ADD COLUMN seq INTEGER;
UPDATE sync_logs SET seq = rowid;
CREATE UNIQUE INDEX sync_logs_seq ON sync_logs (seq);
