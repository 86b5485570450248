use std::io::Write;

use anyhow::Result;

use crate::cli::KeyExportArgs;
use crate::commands::{Ctx, EnvOrPrompt};
use crate::error::{Error, Exit};
use crate::secrets::keyfile;

pub fn run(ctx: &Ctx, args: KeyExportArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let unlocked = ctx.unlock(&store)?;
    if args.out.exists() {
        return Err(Error::usage_hint(
            format!("{} already exists", args.out.display()),
            "choose a new file name; key files are never overwritten",
        )
        .into());
    }
    let pass = EnvOrPrompt::new("CRMCTL_KEY_FILE_PASSPHRASE", ctx.settings.interactive, true)
        .require("Passphrase for the key file")?;
    let file = keyfile::export(&unlocked.key, store.store_id(), pass.expose_secret())?;
    let text = serde_json::to_string_pretty(&file)? + "\n";

    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(&args.out).map_err(|e| Error::io(&args.out, e))?;
    f.write_all(text.as_bytes()).and_then(|_| f.sync_all()).map_err(|e| Error::io(&args.out, e))?;
    ctx.printer.status(format!(
        "Wrote key {} to {}, sealed with your passphrase (Argon2id + AES-256-GCM)",
        file.key_id,
        args.out.display()
    ));
    Ok(Exit::Ok)
}
