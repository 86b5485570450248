-- Changes of configuration: when, which command, on what, which fields by
-- name (never their values), and who (OS user and host).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    fields TEXT NOT NULL DEFAULT '[]',
    os_user TEXT NOT NULL,
    host TEXT NOT NULL
);
CREATE INDEX audit_log_org_seq ON audit_log (org_id, seq);
