//! `crmctl webhook key`: an integration's key for `crmctl serve`.

use anyhow::Result;

use super::Ctx;
use crate::cli::{WebhookCommand, WebhookKeyArgs};
use crate::error::Exit;
use crate::secrets::{seal, SealContext};
use crate::store::{SealedField, WEBHOOK_KEY_FIELD};

pub fn run(ctx: &Ctx, c: WebhookCommand) -> Result<Exit> {
    match c {
        WebhookCommand::Key(a) => key(ctx, a),
    }
}

fn key(ctx: &Ctx, a: WebhookKeyArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    // A first key needs a plan with webhook integrations; rotating one that
    // exists is always allowed.
    if store.webhook_key(&org, &integration.id)?.is_none() {
        crate::plans::check_feature(&org, crate::plans::Feature::Webhook, "a webhook key for pushes to `crmctl serve`")?;
    }
    let (value, made) = match &a.from {
        Some(source) => {
            let s = super::integration::input::read_secret("webhook key", source, &mut false, None)?;
            if s.expose_secret().len() < 16 {
                return Err(crate::error::Error::usage_hint("the webhook key is shorter than 16 characters", "use a long random value, or leave out --from to have one made").into());
            }
            (s, false)
        }
        None => {
            let mut raw = [0u8; 32];
            getrandom::fill(&mut raw).map_err(|e| crate::error::Error::Failed { message: format!("the OS random number generator failed: {e}") })?;
            (crate::secrets::Secret::new(format!("whk_{}", hex::encode(raw))), true)
        }
    };
    if a.dry_run {
        let has = store.webhook_key(&org, &integration.id)?.is_some();
        ctx.printer.status(format!(
            "Dry run: would {} the webhook key of {}; nothing was changed",
            if has { "replace" } else { "set" },
            integration.name
        ));
        return Ok(Exit::Ok);
    }
    if store.webhook_key(&org, &integration.id)?.is_some() {
        ctx.confirm_loss(
            &format!("Replace the webhook key of {}? Senders using the old key are refused at once", integration.name),
            &[format!("the current webhook key of {}", integration.name)],
            a.yes,
        )?;
    }
    let master = ctx.unlock(&store)?.key;
    let sealed = seal(&master, &SealContext { org_id: &org.id, record: &integration.id, field: WEBHOOK_KEY_FIELD }, value.expose_secret().as_bytes());
    let replaced = store.webhook_key(&org, &integration.id)?.is_some();
    store.set_webhook_key(&org, &integration.id, &SealedField { field: WEBHOOK_KEY_FIELD.into(), sealed, key_id: master.id().into() })?;
    ctx.printer.status(format!(
        "{} the webhook key of {}{}",
        if replaced { "Rotated" } else { "Set" },
        integration.name,
        if made { "; it is printed once, below: keep it in the sender's secret store" } else { "" }
    ));
    if made {
        ctx.printer.raw(&format!("{}\n", value.expose_secret()))?;
    }
    Ok(Exit::Ok)
}
