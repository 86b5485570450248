use anyhow::Result;
use serde::Serialize;

use crate::cli::KeyInitArgs;
use crate::commands::{Ctx, EnvOrPrompt};
use crate::error::{Error, Exit};
use crate::output::kv_table;
use crate::secrets::sources::SourceKind;
use crate::secrets::{derive_key, KdfParams, MasterKey};
use crate::store::Store;

#[derive(Serialize)]
struct Initialised {
    store: String,
    store_id: String,
    key_id: String,
    source: SourceKind,
}

pub fn run(ctx: &Ctx, args: KeyInitArgs) -> Result<Exit> {
    let path = &ctx.settings.db;
    let existed = path.exists();
    let result = init(ctx, &args);
    if result.is_err() && !existed {
        // Nothing half-written: a store created by a failed init goes away.
        crate::store::remove_files(path);
    }
    let done = result?;
    ctx.printer.status(format!(
        "Initialised {} with key {} ({})",
        done.store,
        done.key_id,
        match done.source {
            SourceKind::Env => "from CRMCTL_MASTER_KEY; keep that value: it is the only copy",
            SourceKind::Passphrase => "derived from your passphrase with Argon2id",
            SourceKind::Keyring => "saved in the OS keyring",
        }
    ));
    ctx.printer.data(&done, || {
        kv_table(&[
            ("store", done.store.clone()),
            ("store id", done.store_id.clone()),
            ("key id", done.key_id.clone()),
            ("source", done.source.as_str().into()),
        ])
    })?;
    Ok(Exit::Ok)
}

fn init(ctx: &Ctx, args: &KeyInitArgs) -> crate::error::Result<Initialised> {
    let mut store = Store::open_or_create(&ctx.settings.db)?;
    if store.active_key()?.is_some() {
        return Err(Error::usage_hint(
            format!("the store at {} already has a master key", store.path().display()),
            "use `crmctl key rotate` to replace it, or `crmctl key status` to see it",
        ));
    }
    let (key, source, kdf) = if let Some(b64) = &ctx.settings.env_key {
        if args.passphrase {
            return Err(Error::usage_hint(
                "CRMCTL_MASTER_KEY is set and --passphrase was given",
                "unset CRMCTL_MASTER_KEY to use a passphrase",
            ));
        }
        (MasterKey::from_base64(b64, "CRMCTL_MASTER_KEY")?, SourceKind::Env, None)
    } else if args.passphrase {
        let pass = EnvOrPrompt::new("CRMCTL_PASSPHRASE", ctx.settings.interactive, true)
            .require("New passphrase for the crmctl store")?;
        let kdf = KdfParams::new_random();
        (derive_key(pass.expose_secret(), &kdf)?, SourceKind::Passphrase, Some(kdf))
    } else {
        (MasterKey::generate(), SourceKind::Keyring, None)
    };

    let keyring = ctx.keyring();
    if source == SourceKind::Keyring {
        keyring.set(store.store_id(), &key)?;
    }
    if let Err(e) = store.init_key(&key, source, kdf.as_ref()) {
        if source == SourceKind::Keyring {
            let _ = keyring.delete(store.store_id(), key.id());
        }
        return Err(e);
    }
    Ok(Initialised {
        store: store.path().display().to_string(),
        store_id: store.store_id().into(),
        key_id: key.id().into(),
        source,
    })
}
