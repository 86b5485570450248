use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::input::effective_base_url;
use crate::cli::IntegrationRef;
use crate::commands::Ctx;
use crate::error::Exit;
use crate::output::kv_table;
use crate::secrets::Secret;
use crate::store::Integration;
use crate::templates::Template;

#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    integration: &'a Integration,
    effective_base_url: Option<String>,
    /// Secret fields, masked.
    secrets: BTreeMap<String, String>,
}

pub fn run(ctx: &Ctx, args: IntegrationRef) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let i = store.integration(&org, &args.name)?;
    let catalog = ctx.catalog()?;
    let template = &catalog.get(&i.provider)?.template;
    let key = ctx.unlock(&store)?.key;
    let secrets = store.open_secrets(&org, &i.id, &key)?;
    print(ctx, template, &i, &secrets)?;
    Ok(Exit::Ok)
}

pub fn print(ctx: &Ctx, template: &Template, i: &Integration, secrets: &BTreeMap<String, Secret>) -> Result<()> {
    let masked: BTreeMap<String, String> = secrets.iter().map(|(k, v)| (k.clone(), v.masked())).collect();
    let shown = Shown {
        integration: i,
        effective_base_url: effective_base_url(template, i.base_url.as_deref(), &i.fields).ok(),
        secrets: masked,
    };
    ctx.printer.data(&shown, || {
        let mut fields: Vec<String> = i.fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
        fields.extend(shown.secrets.iter().map(|(k, v)| format!("{k} = {v} (secret)")));
        kv_table(&[
            ("name", i.name.clone()),
            ("id", i.id.clone()),
            ("org", i.org.clone()),
            ("provider", format!("{} ({})", i.provider, template.name)),
            ("scope", i.assistant.as_ref().map(|a| format!("assistant {a}")).unwrap_or_else(|| "org default".into())),
            ("enabled", if i.enabled { "yes".into() } else { "no".into() }),
            ("priority", i.priority.to_string()),
            ("events", if i.events.is_empty() { "-".into() } else { i.events.join(", ") }),
            ("on failure", i.on_failure.clone()),
            ("base url", shown.effective_base_url.clone().unwrap_or_else(|| "(invalid)".into())),
            ("fields", fields.join("\n")),
            ("last test", match (&i.last_test_status, &i.last_test_at) {
                (Some(s), Some(at)) => format!("{s} at {at}"),
                _ => "never".into(),
            }),
            ("created", i.created_at.clone()),
            ("updated", i.updated_at.clone()),
        ])
    })?;
    Ok(())
}
