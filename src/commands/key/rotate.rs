use anyhow::Result;
use serde::Serialize;

use super::hold;
use crate::cli::{KeyDestination, KeyRotateArgs};
use crate::commands::{Ctx, EnvOrPrompt};
use crate::error::{Error, Exit};
use crate::output::kv_table;
use crate::secrets::sources::SourceKind;
use crate::secrets::{derive_key, open_check, KdfParams, MasterKey};

#[derive(Serialize)]
struct Rotated {
    old_key_id: String,
    new_key_id: String,
    source: SourceKind,
    secrets_resealed: usize,
}

/// Order matters: the new key is saved before the store changes, the store
/// changes in one transaction, every secret is verified under the new key,
/// and only then is the old key removed. A kill at any point leaves every
/// secret readable with the old key or the new one.
pub fn run(ctx: &Ctx, args: KeyRotateArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let old = ctx.unlock(&store)?;
    let old_record = store.require_key()?;
    let dest = match args.to {
        Some(KeyDestination::Env) => SourceKind::Env,
        Some(KeyDestination::Passphrase) => SourceKind::Passphrase,
        Some(KeyDestination::Keyring) => SourceKind::Keyring,
        None => old_record.source,
    };
    let n = store.secret_count()?;
    if args.dry_run {
        ctx.printer.status(format!(
            "Dry run: would re-seal {} under a new master key ({dest:?}) and retire key {}; nothing was changed",
            crate::commands::count(n, "secret"),
            old.key.id()
        ));
        return Ok(Exit::Ok);
    }
    ctx.confirm_loss(
        &format!("Re-seal {} under a new master key ({dest:?}) and retire key {}?", crate::commands::count(n, "secret"), old.key.id()),
        &[format!("master key {} (after every secret is verified under the new one)", old.key.id())],
        args.yes,
    )?;
    let (new, kdf) = match dest {
        SourceKind::Env => {
            let b64 = std::env::var("CRMCTL_NEW_MASTER_KEY").ok().filter(|v| !v.is_empty()).ok_or_else(|| {
                Error::usage_hint(
                    "rotating an env key needs the new key in CRMCTL_NEW_MASTER_KEY",
                    "export CRMCTL_NEW_MASTER_KEY=$(crmctl key generate)",
                )
            })?;
            (MasterKey::from_base64(&b64, "CRMCTL_NEW_MASTER_KEY")?, None)
        }
        SourceKind::Passphrase => {
            let pass = EnvOrPrompt::new("CRMCTL_NEW_PASSPHRASE", ctx.settings.interactive, true)
                .require("New passphrase for the crmctl store")?;
            let kdf = KdfParams::new_random();
            (derive_key(pass.expose_secret(), &kdf)?, Some(kdf))
        }
        SourceKind::Keyring => (MasterKey::generate(), None),
    };
    if new.id() == old.key.id() {
        return Err(Error::usage("the new key is the same as the current key").into());
    }

    let keyring = ctx.keyring();
    if dest == SourceKind::Keyring {
        keyring.set(store.store_id(), &new)?;
    }
    hold("rotate:new-key-saved");

    let resealed = match store.rotate_key(&old.key, &new, dest, kdf.as_ref()) {
        Ok(n) => n,
        Err(e) => {
            if dest == SourceKind::Keyring {
                let _ = keyring.delete(store.store_id(), new.id());
            }
            return Err(e.into());
        }
    };
    hold("rotate:committed");

    let record = store.require_key()?;
    if record.key_id != new.id() || !open_check(&new, &record.check) {
        return Err(Error::Failed { message: "the new key does not open the store after rotation; the old key was kept".into() }.into());
    }
    store.verify_all_secrets(&new)?;

    if old_record.source == SourceKind::Keyring
        && let Err(e) = keyring.delete(store.store_id(), old.key.id()) {
            ctx.printer.warn(format!("could not remove the old key {} from the keyring: {e}", old.key.id()));
        }

    let done = Rotated {
        old_key_id: old.key.id().into(),
        new_key_id: new.id().into(),
        source: dest,
        secrets_resealed: resealed,
    };
    ctx.printer.status(format!(
        "Rotated key {} -> {}: {} secrets re-sealed and verified",
        done.old_key_id, done.new_key_id, done.secrets_resealed
    ));
    if dest == SourceKind::Env {
        ctx.printer.warn("from now on set CRMCTL_MASTER_KEY to the value of CRMCTL_NEW_MASTER_KEY; the old key no longer opens this store");
    }
    ctx.printer.data(&done, || {
        kv_table(&[
            ("old key id", done.old_key_id.clone()),
            ("new key id", done.new_key_id.clone()),
            ("source", done.source.as_str().into()),
            ("secrets re-sealed", done.secrets_resealed.to_string()),
        ])
    })?;
    Ok(Exit::Ok)
}
