use anyhow::Result;
use serde::Serialize;

use crate::commands::Ctx;
use crate::error::Exit;
use crate::output::kv_table;
use crate::secrets::sources::SourceKind;
use crate::store::KeyRow;

#[derive(Serialize)]
struct Status {
    store: String,
    store_id: String,
    schema_version: i64,
    key_id: String,
    recorded_source: SourceKind,
    source_in_use: Option<SourceKind>,
    opens_store: bool,
    secrets: i64,
    tried: Vec<String>,
    keys: Vec<KeyRow>,
}

pub fn run(ctx: &Ctx) -> Result<Exit> {
    let store = ctx.store()?;
    let record = store.require_key()?;
    let unlocked = ctx.unlock(&store);
    let (source_in_use, mut tried) = match &unlocked {
        Ok(r) => (Some(r.source), r.tried.clone()),
        Err(crate::Error::NoKey { tried }) => (None, tried.clone()),
        Err(e) => (None, vec![e.to_string()]),
    };
    if let Some(s) = source_in_use {
        tried.push(format!("{}: opens the store", s.as_str()));
    }
    let status = Status {
        store: store.path().display().to_string(),
        store_id: store.store_id().into(),
        schema_version: store.schema_version()?,
        key_id: record.key_id.clone(),
        recorded_source: record.source,
        source_in_use,
        opens_store: unlocked.is_ok(),
        secrets: store.secret_count()?,
        tried: tried.clone(),
        keys: store.key_rows()?,
    };
    ctx.printer.data(&status, || {
        kv_table(&[
            ("store", status.store.clone()),
            ("store id", status.store_id.clone()),
            ("key id", status.key_id.clone()),
            ("recorded source", status.recorded_source.as_str().into()),
            ("source in use", status.source_in_use.map(|s| s.as_str()).unwrap_or("none").into()),
            ("opens store", if status.opens_store { "yes".into() } else { "no".into() }),
            ("sealed secrets", status.secrets.to_string()),
            ("sources tried", tried.join("\n")),
        ])
    })?;
    match unlocked {
        Ok(_) => Ok(Exit::Ok),
        Err(e) => Err(e.into()),
    }
}
