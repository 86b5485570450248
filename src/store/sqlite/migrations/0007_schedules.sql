-- Schedules (issue 5): when `crmctl worker` runs an integration's
-- knowledge-base import or a record stream's sync. One row per
-- (integration, job); `job` is `kb` or a stream name. Either `every_s`
-- (seconds between runs) or `cron` (a cron expression, UTC) is set.
-- A worker claims a due row with a conditional UPDATE (claimed_until is a
-- lease), so two workers never run the same one. Portable SQL.

CREATE TABLE schedules (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    integration_id TEXT NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    job            TEXT NOT NULL CHECK (job IN ('kb', 'contacts', 'tickets', 'deals')),
    every_s        INTEGER,
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
