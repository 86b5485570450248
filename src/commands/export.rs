//! `crmctl export`: orgs, assistants and integrations as apply files
//! (secrets as references), or a passphrase-sealed bundle with values.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use super::{Ctx, EnvOrPrompt};
use crate::apply::{bundle, export};
use crate::cli::ExportArgs;
use crate::error::{Error, Exit};

pub fn run(ctx: &Ctx, args: ExportArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let orgs = if args.all_orgs { store.orgs()? } else { vec![ctx.org(&store)?] };
    let names = orgs.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join(", ");

    if let Some(path) = &args.sealed {
        refuse_existing(path)?;
        let key = ctx.unlock(&store)?.key;
        let (docs, _) = export::documents(&store, &orgs, export::Secrets::Values(&key))?;
        let yaml = export::to_yaml(&docs, "");
        let pass = EnvOrPrompt::new("CRMCTL_BUNDLE_PASSPHRASE", ctx.settings.interactive, true)
            .require("Passphrase for the bundle")?;
        let b = bundle::seal(&yaml, docs.len(), pass.expose_secret())?;
        write_new(path, &(serde_json::to_string_pretty(&b)? + "\n"))?;
        ctx.printer.status(format!(
            "Wrote {} documents (org {names}) with their secrets to {}, sealed with your passphrase (Argon2id + AES-256-GCM)",
            docs.len(),
            path.display()
        ));
        return Ok(Exit::Ok);
    }

    let (docs, vars) = export::documents(&store, &orgs, export::Secrets::References)?;
    let listed = listing(&vars);
    let header = format!("# crmctl apply file: org {names}.\n# Secrets are references; set {listed} before `crmctl apply -f`.\n");
    let yaml = export::to_yaml(&docs, &header);
    match &args.out {
        Some(path) => {
            refuse_existing(path)?;
            write_new(path, &yaml)?;
            ctx.printer.status(format!("Wrote {} documents (org {names}) to {}", docs.len(), path.display()));
        }
        None => ctx.printer.raw(&yaml)?,
    }
    if !vars.is_empty() {
        ctx.printer.status(format!("Secret references to set before applying: {listed}"));
    }
    Ok(Exit::Ok)
}

/// The variables by name, or their number when there are many (each is
/// also next to its secret in the documents).
fn listing(vars: &[String]) -> String {
    match vars.len() {
        0 => "nothing".into(),
        1..=12 => vars.join(", "),
        n => format!("{n} environment variables (each named under its integration's secrets:), from {} to {}", vars[0], vars[n - 1]),
    }
}

fn refuse_existing(path: &Path) -> crate::error::Result<()> {
    if path.exists() {
        return Err(Error::usage_hint(
            format!("{} already exists", path.display()),
            "choose a new file name; exports are never overwritten",
        ));
    }
    Ok(())
}

/// Creates the file (0600, never over an existing one) and syncs it.
fn write_new(path: &Path, text: &str) -> crate::error::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(path).map_err(|e| Error::io(path, e))?;
    f.write_all(text.as_bytes()).and_then(|_| f.sync_all()).map_err(|e| Error::io(path, e))
}
