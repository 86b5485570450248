use std::collections::BTreeMap;

use anyhow::Result;

use super::input;
use super::{seal_all, show};
use crate::cli::IntegrationEditArgs;
use crate::commands::Ctx;
use crate::error::{Error, Exit};
use crate::store::IntegrationPatch;

pub fn run(ctx: &Ctx, args: IntegrationEditArgs) -> Result<Exit> {
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let current = store.integration(&org, &args.name)?;
    let catalog = ctx.catalog()?;
    let template = &catalog.get(&current.provider)?.template;

    let mut fields = current.fields.clone();
    let mut changed_fields = false;
    for arg in &args.fields {
        let (k, v) = input::parse_kv(arg, "--field")?;
        input::plain_field(template, k)?;
        if v.is_empty() {
            fields.remove(k);
        } else {
            fields.insert(k.to_string(), v.to_string());
        }
        changed_fields = true;
    }
    let mut secrets = BTreeMap::new();
    let mut stdin_taken = false;
    for arg in &args.secrets {
        let (k, source) = input::parse_kv(arg, "--secret")?;
        input::secret_field(template, k)?;
        secrets.insert(k.to_string(), input::read_secret(k, source, &mut stdin_taken, None)?);
    }
    input::complete(ctx, template, &mut fields, &mut secrets, &current.secret_fields)?;

    if let Some(n) = &args.rename {
        crate::store::validate_integration_name(n)?;
    }
    let base_url = if args.template_base_url {
        Some(None)
    } else {
        args.base_url.clone().map(Some)
    };
    let effective_override = match &base_url {
        Some(v) => v.clone(),
        None => current.base_url.clone(),
    };
    input::effective_base_url(template, effective_override.as_deref(), &fields)?;
    let events = if args.no_events {
        Some(Vec::new())
    } else if args.events.is_empty() {
        None
    } else {
        let mut e = args.events.clone();
        e.sort();
        e.dedup();
        input::validate_events(template, &e)?;
        Some(e)
    };
    let assistant_id = if args.org_default {
        Some(None)
    } else if let Some(a) = &args.assistant {
        Some(Some(store.assistant(&org, a)?.id))
    } else {
        None
    };

    let conditions = if args.no_when {
        Some(None)
    } else {
        args.when.as_deref().map(input::condition).transpose()?.map(Some)
    };
    let patch = IntegrationPatch {
        name: args.rename.clone(),
        assistant_id,
        base_url,
        enabled: None,
        priority: args.priority,
        events,
        conditions,
        on_failure: args.on_failure.map(|o| o.as_str().to_string()),
        fields: changed_fields.then_some(fields),
    };
    let nothing = patch.name.is_none()
        && patch.assistant_id.is_none()
        && patch.base_url.is_none()
        && patch.priority.is_none()
        && patch.events.is_none()
        && patch.on_failure.is_none()
        && patch.conditions.is_none()
        && patch.fields.is_none()
        && secrets.is_empty();
    if nothing {
        return Err(Error::usage_hint(
            format!("nothing to change for integration {}", current.name),
            "give at least one of --field, --secret, --priority, --on, --rename, --base-url, ...",
        )
        .into());
    }
    // The key is checked, and the stored secrets opened, before anything is
    // written: a wrong key or a tampered value changes nothing.
    let key = ctx.unlock(&store)?.key;
    for kept in store.sealed_secrets(&org, &current.id)?.iter().filter(|s| !secrets.contains_key(&s.field)) {
        let at = crate::secrets::SealContext { org_id: &org.id, record: &current.id, field: &kept.field };
        crate::secrets::open(&key, &at, &kept.sealed)?;
    }
    let sealed = seal_all(&key, &org, &current.id, &secrets);
    let updated = store.update_integration(&org, &current.id, &patch, &sealed)?;
    ctx.printer.status(format!("Updated integration {}", updated.name));
    let all = store.open_secrets(&org, &updated.id, &key)?;
    show::print(ctx, template, &updated, &all)?;
    Ok(Exit::Ok)
}
