//! The one interface the store's queries are written against, over two
//! engines: a SQLite file ([`super::sqlite`]) or a PostgreSQL server
//! ([`super::postgres`]).
//!
//! The SQL is shared where the two dialects agree (most of it: text
//! timestamps, 64-bit integers, `ON CONFLICT`, `RETURNING`), written with
//! SQLite's `?N` placeholders, which the PostgreSQL side renumbers as `$N`.
//! Where they differ (full-text search, JSON table functions, claiming
//! queue rows) the query asks [`Db::backend`] and says so.

use std::ops::Deref;

use super::postgres;

/// Which engine holds the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// One value crossing the interface, as both engines can hold it.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// A PostgreSQL error, its text already free of the connection's password.
    #[error("{message}")]
    Postgres { message: String, code: Option<String> },
    #[error("the query returned no rows")]
    NoRows,
    #[error("column {index}: {message}")]
    Column { index: usize, message: String },
}

impl DbError {
    /// A write that another writer's lock made wait past the bound.
    pub fn is_busy(&self) -> bool {
        match self {
            DbError::Sqlite(e) => {
                matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
            }
            // lock_not_available, serialization_failure, deadlock_detected
            DbError::Postgres { code, .. } => matches!(code.as_deref(), Some("55P03" | "40001" | "40P01")),
            _ => false,
        }
    }
}

pub type DbResult<T> = std::result::Result<T, DbError>;

/// `query_row(...).optional()`: no row is `None`, not an error.
pub trait OptionalExt<T> {
    fn optional(self) -> DbResult<Option<T>>;
}

impl<T> OptionalExt<T> for DbResult<T> {
    fn optional(self) -> DbResult<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(DbError::NoRows) | Err(DbError::Sqlite(rusqlite::Error::QueryReturnedNoRows)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A value that can be bound to a placeholder on either engine.
pub trait Arg: rusqlite::ToSql {
    fn to_val(&self) -> Val;
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl Arg for $t {
            fn to_val(&self) -> Val {
                Val::Int(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i64, i32, i16, u8, u16, u32);

impl Arg for bool {
    fn to_val(&self) -> Val {
        Val::Int(i64::from(*self))
    }
}
impl Arg for f64 {
    fn to_val(&self) -> Val {
        Val::Real(*self)
    }
}
impl Arg for str {
    fn to_val(&self) -> Val {
        Val::Text(self.to_owned())
    }
}
impl Arg for String {
    fn to_val(&self) -> Val {
        Val::Text(self.clone())
    }
}
impl Arg for [u8] {
    fn to_val(&self) -> Val {
        Val::Blob(self.to_vec())
    }
}
impl Arg for Vec<u8> {
    fn to_val(&self) -> Val {
        Val::Blob(self.clone())
    }
}
impl<T: Arg> Arg for Option<T> {
    fn to_val(&self) -> Val {
        self.as_ref().map_or(Val::Null, Arg::to_val)
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn to_val(&self) -> Val {
        (**self).to_val()
    }
}
impl<T: Arg + ?Sized> Arg for Box<T> {
    fn to_val(&self) -> Val {
        (**self).to_val()
    }
}
impl Arg for Val {
    fn to_val(&self) -> Val {
        self.clone()
    }
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Val::Null => ValueRef::Null,
            Val::Int(i) => ValueRef::Integer(*i),
            Val::Real(f) => ValueRef::Real(*f),
            Val::Text(s) => ValueRef::Text(s.as_bytes()),
            Val::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

/// A query's parameters: a tuple of [`Arg`]s, an array or slice of them,
/// or `()` for none.
pub trait Params {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R;

    fn vals(&self) -> Vec<Val> {
        self.with_args(|a| a.iter().map(|v| v.to_val()).collect())
    }
}

impl Params for () {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
        f(&[])
    }
}

macro_rules! tuple_params {
    ($($name:ident),+) => {
        impl<$($name: Arg),+> Params for ($($name,)+) {
            #[allow(non_snake_case)]
            fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
                let ($($name,)+) = self;
                f(&[$($name as &dyn Arg),+])
            }
        }
    };
}
tuple_params!(A);
tuple_params!(A, B);
tuple_params!(A, B, C);
tuple_params!(A, B, C, D);
tuple_params!(A, B, C, D, E);
tuple_params!(A, B, C, D, E, F);
tuple_params!(A, B, C, D, E, F, G);
tuple_params!(A, B, C, D, E, F, G, H);
tuple_params!(A, B, C, D, E, F, G, H, I);
tuple_params!(A, B, C, D, E, F, G, H, I, J);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S, T);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S, T, U);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S, T, U, V);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S, T, U, V, W);
tuple_params!(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R2, S, T, U, V, W, X);

impl<T: Arg, const N: usize> Params for [T; N] {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
        let args: Vec<&dyn Arg> = self.iter().map(|a| a as &dyn Arg).collect();
        f(&args)
    }
}

impl<T: Arg> Params for [T] {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
        let args: Vec<&dyn Arg> = self.iter().map(|a| a as &dyn Arg).collect();
        f(&args)
    }
}

impl<T: Arg> Params for Vec<T> {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
        self.as_slice().with_args(f)
    }
}

impl<P: Params + ?Sized> Params for &P {
    fn with_args<R>(&self, f: impl FnOnce(&[&dyn Arg]) -> R) -> R {
        (**self).with_args(f)
    }
}

/// A type a column can be read as, from either engine.
pub trait Column: rusqlite::types::FromSql + Sized {
    fn from_val(v: &Val) -> Option<Self>;
}

impl Column for i64 {
    fn from_val(v: &Val) -> Option<Self> {
        match v {
            Val::Int(i) => Some(*i),
            Val::Real(f) if f.fract() == 0.0 => Some(*f as i64),
            _ => None,
        }
    }
}
impl Column for i32 {
    fn from_val(v: &Val) -> Option<Self> {
        i64::from_val(v).and_then(|i| i32::try_from(i).ok())
    }
}
impl Column for u32 {
    fn from_val(v: &Val) -> Option<Self> {
        i64::from_val(v).and_then(|i| u32::try_from(i).ok())
    }
}
impl Column for bool {
    fn from_val(v: &Val) -> Option<Self> {
        i64::from_val(v).map(|i| i != 0)
    }
}
impl Column for f64 {
    fn from_val(v: &Val) -> Option<Self> {
        match v {
            Val::Real(f) => Some(*f),
            Val::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
}
impl Column for String {
    fn from_val(v: &Val) -> Option<Self> {
        match v {
            Val::Text(s) => Some(s.clone()),
            Val::Int(i) => Some(i.to_string()),
            Val::Real(f) => Some(f.to_string()),
            _ => None,
        }
    }
}
impl Column for Vec<u8> {
    fn from_val(v: &Val) -> Option<Self> {
        match v {
            Val::Blob(b) => Some(b.clone()),
            Val::Text(s) => Some(s.as_bytes().to_vec()),
            _ => None,
        }
    }
}
impl<T: Column> Column for Option<T> {
    fn from_val(v: &Val) -> Option<Self> {
        match v {
            Val::Null => Some(None),
            v => T::from_val(v).map(Some),
        }
    }
}
impl Column for Val {
    fn from_val(v: &Val) -> Option<Self> {
        Some(v.clone())
    }
}

impl rusqlite::types::FromSql for Val {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        use rusqlite::types::ValueRef;
        Ok(match v {
            ValueRef::Null => Val::Null,
            ValueRef::Integer(i) => Val::Int(i),
            ValueRef::Real(f) => Val::Real(f),
            ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Val::Blob(b.to_vec()),
        })
    }
}

/// One row of a result, from either engine.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a [Val]),
}

impl Row<'_> {
    pub fn get<T: Column>(&self, index: usize) -> DbResult<T> {
        match self {
            Row::Sqlite(r) => Ok(r.get(index)?),
            Row::Postgres(vals) => {
                let v = vals.get(index).ok_or_else(|| DbError::Column { index, message: "no such column".into() })?;
                T::from_val(v).ok_or_else(|| DbError::Column {
                    index,
                    message: format!("cannot be read as {}: {}", std::any::type_name::<T>(), kind(v)),
                })
            }
        }
    }

    /// How many columns the row has.
    pub fn len(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Postgres(vals) => vals.len(),
        }
    }
}

fn kind(v: &Val) -> &'static str {
    match v {
        Val::Null => "null",
        Val::Int(_) => "an integer",
        Val::Real(_) => "a real",
        Val::Text(_) => "text",
        Val::Blob(_) => "a blob",
    }
}

/// A connection to the store's engine.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(postgres::Conn),
}

impl Db {
    /// A plain connection to what `--db` names, with no check, migration
    /// or setup: for tools that inspect a store from outside (tests).
    pub fn open_raw(path: &std::path::Path) -> crate::error::Result<Db> {
        match super::postgres_url(path) {
            Some(url) => Ok(Db::Postgres(postgres::Conn::connect(&postgres::PgTarget::parse(url)?)?)),
            None => {
                let c = rusqlite::Connection::open(path)?;
                c.busy_timeout(std::time::Duration::from_secs(10))?;
                Ok(Db::Sqlite(c))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }

    /// Runs one statement; returns how many rows it changed.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> DbResult<usize> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                Ok(params.with_args(|a| stmt.execute(rusqlite::params_from_iter(a.iter())))?)
            }
            Db::Postgres(c) => c.execute(sql, params.vals()).map(|n| n as usize),
        }
    }

    /// Runs statements with no parameters, separated by semicolons.
    pub fn execute_batch(&self, sql: &str) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(c) => c.batch(sql),
        }
    }

    /// The first row, read by `f`; no row is [`DbError::NoRows`] (see
    /// [`OptionalExt::optional`]).
    pub fn query_row<T, P: Params>(&self, sql: &str, params: P, f: impl FnOnce(&Row<'_>) -> DbResult<T>) -> DbResult<T> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = params.with_args(|a| stmt.query(rusqlite::params_from_iter(a.iter())))?;
                match rows.next()? {
                    Some(r) => f(&Row::Sqlite(r)),
                    None => Err(DbError::NoRows),
                }
            }
            Db::Postgres(c) => {
                let rows = c.query(sql, params.vals())?;
                match rows.first() {
                    Some(r) => f(&Row::Postgres(r)),
                    None => Err(DbError::NoRows),
                }
            }
        }
    }

    /// Every row, each read by `f`.
    pub fn query_map<T, P: Params>(&self, sql: &str, params: P, mut f: impl FnMut(&Row<'_>) -> DbResult<T>) -> DbResult<Vec<T>> {
        let mut out = Vec::new();
        self.query_each(sql, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f` on every row in turn.
    pub fn query_each<P: Params>(&self, sql: &str, params: P, mut f: impl FnMut(&Row<'_>) -> DbResult<()>) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = params.with_args(|a| stmt.query(rusqlite::params_from_iter(a.iter())))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Db::Postgres(c) => {
                for r in c.query(sql, params.vals())? {
                    f(&Row::Postgres(&r))?;
                }
                Ok(())
            }
        }
    }

    /// A write transaction that holds the store's write lock from its
    /// start: `BEGIN IMMEDIATE` on SQLite (the busy handler waits for
    /// another process's lock); on PostgreSQL a transaction-scoped advisory
    /// lock, so that writes serialise exactly as they do on SQLite. Queue
    /// claims on PostgreSQL do not take it (they lock rows with
    /// `FOR UPDATE SKIP LOCKED`; see [`Db::claim_tx`]).
    pub fn write_tx(&self) -> DbResult<Tx<'_>> {
        match self {
            Db::Sqlite(c) => c.execute_batch("BEGIN IMMEDIATE")?,
            Db::Postgres(c) => c.begin_write()?,
        }
        Ok(Tx { db: self, done: false })
    }

    /// A transaction for claiming queue rows: on SQLite the same write lock
    /// as [`Db::write_tx`]; on PostgreSQL a plain transaction whose row
    /// locks (`FOR UPDATE SKIP LOCKED`) let many workers claim at once.
    pub fn claim_tx(&self) -> DbResult<Tx<'_>> {
        match self {
            Db::Sqlite(_) => self.write_tx(),
            Db::Postgres(c) => {
                c.begin()?;
                Ok(Tx { db: self, done: false })
            }
        }
    }

    fn end_tx(&self, sql: &'static str) -> DbResult<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(c) => c.end(sql),
        }
    }

    /// One statement that needs the store's write lock (it numbers rows
    /// from `MAX(seq)`): on SQLite every write statement takes it; on
    /// PostgreSQL it is taken for the statement unless a write transaction
    /// already holds it.
    pub fn execute_locked<P: Params>(&self, sql: &str, params: P) -> DbResult<usize> {
        match self {
            Db::Sqlite(_) => self.execute(sql, params),
            Db::Postgres(c) => c.execute_locked(sql, params.vals()).map(|n| n as usize),
        }
    }

    /// The SQL for "the values of the JSON array in parameter `param`" as a
    /// one-column table named `value`.
    pub fn json_values(&self, param: &str) -> String {
        match self {
            Db::Sqlite(_) => format!("SELECT value FROM json_each({param})"),
            Db::Postgres(_) => format!("SELECT value FROM json_array_elements_text(CAST({param} AS json))"),
        }
    }
}

/// An open transaction; rolled back when dropped without [`Tx::commit`].
pub struct Tx<'a> {
    db: &'a Db,
    done: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> DbResult<()> {
        self.done = true;
        self.db.end_tx("COMMIT")
    }
}

impl Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.db.end_tx("ROLLBACK");
        }
    }
}

/// A LIMIT of "no limit": SQLite reads a negative LIMIT so, PostgreSQL
/// refuses one; both read `i64::MAX` as no limit.
pub fn no_limit(n: i64) -> i64 {
    if n < 0 { i64::MAX } else { n }
}

/// SQLite's `?N` and `?` placeholders as PostgreSQL's `$N`, outside string
/// literals, quoted identifiers and comments.
pub fn numbered_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut chars = sql.chars().peekable();
    let mut next = 1usize;
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == c {
                        break;
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                out.push(c);
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '\n' {
                        break;
                    }
                }
            }
            '?' => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = if digits.is_empty() { next } else { digits.parse().unwrap_or(next) };
                next = next.max(n + 1);
                out.push('$');
                out.push_str(&n.to_string());
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_renumbered_outside_literals() {
        assert_eq!(
            numbered_placeholders("SELECT a FROM t WHERE a = ?1 AND b = ?2 OR c = ?1"),
            "SELECT a FROM t WHERE a = $1 AND b = $2 OR c = $1"
        );
        assert_eq!(numbered_placeholders("VALUES (?, ?, ?)"), "VALUES ($1, $2, $3)");
        assert_eq!(numbered_placeholders("VALUES (?2, ?)"), "VALUES ($2, $3)");
        assert_eq!(
            numbered_placeholders("WHERE a = '?1' AND b = ?1 -- ?2\n AND \"c?\" = ?3"),
            "WHERE a = '?1' AND b = $1 -- ?2\n AND \"c?\" = $3"
        );
        assert_eq!(numbered_placeholders("x LIKE ?12 ESCAPE '\\'"), "x LIKE $12 ESCAPE '\\'");
    }

    #[test]
    fn columns_read_across_engines() {
        assert_eq!(i64::from_val(&Val::Int(7)), Some(7));
        assert_eq!(Option::<String>::from_val(&Val::Null), Some(None));
        assert_eq!(bool::from_val(&Val::Int(1)), Some(true));
        assert_eq!(String::from_val(&Val::Blob(vec![1])), None);
        assert_eq!(f64::from_val(&Val::Int(2)), Some(2.0));
    }

    #[test]
    fn no_rows_is_none() {
        let r: DbResult<i64> = Err(DbError::NoRows);
        assert_eq!(r.optional().unwrap(), None);
    }
}
