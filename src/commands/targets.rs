//! Turning stored integrations (or flags) into engine targets, and the
//! async runtime for commands that call providers.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::integration::input;
use super::Ctx;
use crate::engine::{Target, TokenSource};
use crate::error::{Error, Result};
use crate::secrets::MasterKey;
use crate::store::{Integration, Org, Store};
use crate::templates::{effective_base_url, Catalog};

/// A runtime for the commands that do network work. Two workers: the
/// reference machine has two cores, and the work is I/O.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Failed { message: format!("starting the async runtime: {e}") })
}

/// A stored integration with its secrets opened.
pub fn stored(store: &Store, catalog: &Catalog, org: &Org, key: &MasterKey, i: Integration) -> Result<Target> {
    Target::load(store, catalog, org, key, i)
}

/// A configuration from flags, not saved: `test --provider ...`.
pub fn unsaved(ctx: &Ctx, catalog: &Catalog, org: Org, provider: &str, fields: &[String], secrets: &[String], base_url: Option<&str>) -> Result<Target> {
    let template = catalog.get(provider)?.template.clone();
    let mut f = BTreeMap::new();
    for arg in fields {
        let (k, v) = input::parse_kv(arg, "--field")?;
        input::plain_field(&template, k)?;
        f.insert(k.to_string(), v.to_string());
    }
    let mut s = BTreeMap::new();
    let mut stdin_taken = false;
    for arg in secrets {
        let (k, source) = input::parse_kv(arg, "--secret")?;
        input::secret_field(&template, k)?;
        s.insert(k.to_string(), input::read_secret(k, source, &mut stdin_taken, None)?);
    }
    input::complete(ctx, &template, &mut f, &mut s, &[])?;
    let base_url = effective_base_url(&template, base_url, &f)?;
    let template = template.with_auth_mode(&f);
    Ok(Target { org, integration: None, name: format!("{provider} (unsaved)"), template, fields: f, secrets: s, base_url })
}

pub fn token_source(ctx: &Ctx, key: MasterKey) -> TokenSource {
    TokenSource { db: Some(ctx.settings.db.clone()), key: Some(Arc::new(key)) }
}
