use anyhow::Result;

use crate::cli::KeyImportArgs;
use crate::commands::{Ctx, EnvOrPrompt};
use crate::error::{Error, Exit};
use crate::secrets::keyfile;
use crate::secrets::sources::SourceKind;
use crate::store::Store;

pub fn run(ctx: &Ctx, args: KeyImportArgs) -> Result<Exit> {
    let text = crate::textfile::read(&args.file)?;
    let file = keyfile::parse(&text, &args.file)?;
    let pass = EnvOrPrompt::new("CRMCTL_KEY_FILE_PASSPHRASE", ctx.settings.interactive, false)
        .require("Passphrase of the key file")?;
    let key = keyfile::open(&file, pass.expose_secret())?;

    let existed = crate::store::postgres_url(&ctx.settings.db).is_some() || ctx.settings.db.exists();
    let mut store = Store::open_or_create(&ctx.settings.db)?;
    let keyring = ctx.keyring();
    match store.active_key()? {
        Some(record) if record.key_id != key.id() => {
            return Err(Error::usage_hint(
                format!("the key file holds key {}, but the store at {} uses key {}", key.id(), store.path().display(), record.key_id),
                "import the key file exported from this store",
            )
            .into());
        }
        Some(_) => keyring.set(store.store_id(), &key)?,
        None => {
            let saved = keyring.set(store.store_id(), &key).and_then(|_| store.init_key(&key, SourceKind::Keyring, None));
            if let Err(e) = saved {
                if !existed {
                    drop(store);
                    crate::store::remove_files(&ctx.settings.db);
                }
                return Err(e.into());
            }
        }
    }
    ctx.printer.status(format!("Imported key {} into the OS keyring for {}", key.id(), store.path().display()));
    Ok(Exit::Ok)
}
