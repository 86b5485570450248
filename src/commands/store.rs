//! `crmctl store`: what the store is, and moving it between engines.

use anyhow::Result;
use serde::Serialize;

use super::Ctx;
use crate::cli::{StoreCommand, StoreCopyArgs};
use crate::error::{Error, Exit};
use crate::output::{kv_table, table};
use crate::store::{Store, TableCount};

pub fn run(ctx: &Ctx, c: StoreCommand) -> Result<Exit> {
    match c {
        StoreCommand::Info => info(ctx),
        StoreCommand::Copy(a) => copy(ctx, a),
    }
}

#[derive(Serialize)]
struct Info {
    backend: &'static str,
    location: String,
    schema_version: i64,
    supported_schema: i64,
    store_id: String,
    key_id: Option<String>,
    tables: Vec<TableCount>,
}

fn info(ctx: &Ctx) -> Result<Exit> {
    let store = ctx.store()?;
    let info = Info {
        backend: store.backend().name(),
        location: store.path().display().to_string(),
        schema_version: store.schema_version()?,
        supported_schema: store.known_schema(),
        store_id: store.store_id().to_string(),
        key_id: store.active_key()?.map(|k| k.key_id),
        tables: store.table_counts()?,
    };
    ctx.printer.data(&info, || {
        let mut t = kv_table(&[
            ("backend", info.backend.to_string()),
            ("location", info.location.clone()),
            ("schema", format!("{} (this build supports {})", info.schema_version, info.supported_schema)),
            ("store id", info.store_id.clone()),
            ("key id", info.key_id.clone().unwrap_or_else(|| "none (run `crmctl key init`)".into())),
        ]);
        for c in info.tables.iter().filter(|c| c.rows > 0) {
            t.add_row(vec![format!("rows: {}", c.table), c.rows.to_string()]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct Copied {
    from: String,
    to: String,
    tables: Vec<TableCount>,
}

fn copy(ctx: &Ctx, a: StoreCopyArgs) -> Result<Exit> {
    crate::store::refuse_password_in_argument("--to", &a.to)?;
    if let Some(from) = &a.from {
        crate::store::refuse_password_in_argument("--from", from)?;
    }
    let from = a.from.clone().unwrap_or_else(|| ctx.settings.db.clone());
    let source = Store::open(&from)?;
    let target_existed = crate::store::postgres_url(&a.to).is_some() || a.to.exists();
    let target = Store::open_or_create(&a.to)?;
    if source.store_id() == target.store_id() && source.path() == target.path() {
        return Err(Error::usage(format!("--from and --to name the same store ({})", source.path().display())).into());
    }
    if !a.overwrite && !target.is_empty()? {
        return Err(Error::usage_hint(
            format!("{} already holds a store's contents (store id {})", target.path().display(), target.store_id()),
            "copy to an empty database or a new file, or pass --overwrite to replace what it holds",
        )
        .into());
    }
    let printer = &ctx.printer;
    let result = source.copy_into(&target, |t, n| {
        printer.status(format!("  {t}: {n} rows so far"));
    });
    let tables = match result {
        Ok(t) => t,
        Err(e) => {
            if !target_existed {
                drop(target);
                crate::store::remove_files(&a.to);
            }
            return Err(e.into());
        }
    };
    let total: i64 = tables.iter().map(|c| c.rows).sum();
    let done = Copied { from: source.path().display().to_string(), to: target.path().display().to_string(), tables };
    ctx.printer.status(format!("Copied {total} rows in {} tables from {} to {} (every table's count checked)", done.tables.len(), done.from, done.to));
    ctx.printer.data(&done, || {
        let mut t = table(&["TABLE", "ROWS"]);
        for c in &done.tables {
            t.add_row(vec![c.table.clone(), c.rows.to_string()]);
        }
        t
    })?;
    Ok(Exit::Ok)
}
