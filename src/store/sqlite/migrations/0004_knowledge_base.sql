-- Knowledge-base import. Articles are upserted by (org, integration,
-- external id) with a content hash, so an unchanged article is not
-- rewritten; `seen_run` marks the articles a full import saw, and the rest
-- are archived at its end. One state row per integration holds the
-- incremental high-water mark and, while an import runs, where it is (the
-- next page), written in the same transaction as each page's articles, so
-- a killed import resumes without duplicates.
--
-- Portable SQL except the FTS5 index at the end (SQLite only; a PostgreSQL
-- backend would use a tsvector column and a GIN index instead).

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
    -- The newest source updated_at of the last completed import.
    high_water     TEXT,
    last_run_at    TEXT,
    -- The import in progress: its id, its parameters and where it is (JSON).
    run_id         TEXT,
    run_params     TEXT,
    run_position   TEXT,
    run_high_water TEXT,
    run_counts     TEXT,
    PRIMARY KEY (org_id, integration_id)
);

-- SQLite only: full-text search over titles and bodies, kept in step with
-- kb_articles by triggers (an external-content FTS5 table).
CREATE VIRTUAL TABLE kb_articles_fts USING fts5 (
    title, body, content = 'kb_articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER kb_articles_ai AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER kb_articles_ad AFTER DELETE ON kb_articles BEGIN
    INSERT INTO kb_articles_fts (kb_articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER kb_articles_au AFTER UPDATE OF title, body ON kb_articles BEGIN
    INSERT INTO kb_articles_fts (kb_articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    INSERT INTO kb_articles_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
