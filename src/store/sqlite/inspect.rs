//! What a file named as the store is, found without changing it: its first
//! bytes are read directly, and an SQLite file is looked at through a
//! read-only connection (`immutable` when no WAL or journal sits beside it,
//! so not even a `-shm` file is made). Only a crmctl store of a schema this
//! build knows passes; anything else is refused before a byte, a mode or a
//! pragma changes.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};

const MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// The keys of the meta table that mark a crmctl store.
const MARKERS: [&str; 2] = ["store_id", "created_by"];

/// Refuses a file that is not a crmctl store of a known schema.
pub fn check(path: &Path, migrations: &[&str]) -> Result<()> {
    let not = |what: String| Error::NotAStore { path: path.to_path_buf(), what };
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(not("a directory".into()));
    }
    if !meta.is_file() {
        return Err(not("not a regular file".into()));
    }
    let mut head = Vec::with_capacity(100);
    std::fs::File::open(path).and_then(|f| f.take(100).read_to_end(&mut head)).map_err(|e| Error::io(path, e))?;
    if head.is_empty() {
        return Err(not("an empty file (0 bytes)".into()));
    }
    if !head.starts_with(MAGIC) {
        return Err(not(describe_other(&head)));
    }
    if head.len() < 100 {
        return Err(not(format!("a truncated SQLite file ({} bytes, shorter than its header)", head.len())));
    }

    let found = look(path).map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => not(format!("a damaged SQLite file ({e})")),
        _ => Error::Store(e.into()),
    })?;

    let known = migrations.len() as i64;
    if !found.is_crmctl(&known_tables(migrations), known) {
        if found.tables.is_empty() {
            return Err(not("an SQLite database with no tables (crmctl creates its store itself, at a path where no file exists)".into()));
        }
        let mut names: Vec<String> = found.tables.iter().take(6).cloned().collect();
        if found.tables.len() > 6 {
            names.push(format!("and {} more", found.tables.len() - 6));
        }
        return Err(not(format!("another application's SQLite database (tables: {}; schema version {})", names.join(", "), found.version)));
    }
    if found.version > known {
        return Err(Error::StoreTooNew { path: path.to_path_buf(), found: found.version, known });
    }
    Ok(())
}

struct Found {
    version: i64,
    tables: Vec<String>,
    /// The meta table holds a store id or crmctl's `created_by`.
    marked: bool,
}

impl Found {
    fn is_crmctl(&self, known_tables: &[String], known: i64) -> bool {
        if self.marked {
            return true;
        }
        // A store whose migrations ran but whose first open was cut short
        // before its id was written: crmctl's tables and no others.
        (1..=known).contains(&self.version)
            && self.tables.iter().any(|t| t == "meta")
            && self.tables.iter().all(|t| known_tables.contains(t))
    }
}

fn look(path: &Path) -> rusqlite::Result<Found> {
    let side = |suffix: &str| {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        PathBuf::from(p).exists()
    };
    // With a WAL or a journal beside it the file may be in use (or need
    // recovery): read it as an ordinary reader. Alone, it is read as an
    // immutable file: no lock, no -shm, nothing created.
    let mode = if side("-wal") || side("-journal") { "mode=ro" } else { "immutable=1" };
    let uri = format!("file:{}?{mode}", uri_path(path));
    let conn =
        Connection::open_with_flags(uri, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let _ = conn.busy_timeout(crate::store::busy::timeout());
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let mut stmt =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")?;
    let tables = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    let marked = tables.iter().any(|t| t == "meta")
        && conn
            .query_row(
                "SELECT 1 FROM meta WHERE key = ?1 OR (key = ?2 AND CAST(value AS TEXT) LIKE 'crmctl%') LIMIT 1",
                MARKERS,
                |_| Ok(()),
            )
            .optional()
            .unwrap_or(None)
            .is_some();
    Ok(Found { version, tables, marked })
}

/// The tables crmctl's migrations create.
fn known_tables(migrations: &[&str]) -> Vec<String> {
    static RE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)").unwrap());
    migrations.iter().flat_map(|sql| RE.captures_iter(sql).map(|c| c[1].to_string())).collect()
}

/// A path as the path part of an SQLite URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// What a file that is not SQLite seems to be, from its first bytes (never
/// quoting them: the file may hold anything).
fn describe_other(head: &[u8]) -> String {
    let kind = if head.starts_with(b"\x1f\x8b") {
        "a gzip file"
    } else if head.starts_with(b"PK\x03\x04") {
        "a zip archive"
    } else if head.starts_with(b"%PDF") {
        "a PDF document"
    } else if head.starts_with(b"\x7fELF") {
        "an executable"
    } else if !head.contains(&0) && std::str::from_utf8(head).map_or_else(|e| e.error_len().is_none(), |_| true) {
        let t = String::from_utf8_lossy(head);
        let t = t.trim_start();
        if t.starts_with('{') || t.starts_with('[') { "a JSON or text file" } else { "a text file" }
    } else {
        "a binary file"
    };
    format!("{kind}, not an SQLite database")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_its_tables() {
        let t = known_tables(&["CREATE TABLE meta (x); create table if not exists orgs(y);"]);
        assert_eq!(t, ["meta", "orgs"]);
    }

    #[test]
    fn escapes_uri_paths() {
        assert_eq!(uri_path(Path::new("/a/b%?#c.db")), "/a/b%25%3f%23c.db");
    }

    #[test]
    fn describes_without_quoting() {
        assert_eq!(describe_other(b"hello: world\n"), "a text file, not an SQLite database");
        assert_eq!(describe_other(b"{\"a\": 1}"), "a JSON or text file, not an SQLite database");
        assert_eq!(describe_other(b"\x00\xff\xfe\x01"), "a binary file, not an SQLite database");
    }
}
