mod add;
mod edit;
pub(crate) mod input;
mod show;

use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{IntegrationCommand, IntegrationRef, RemoveArgs};
use crate::error::Exit;
use crate::output::table;
use crate::secrets::{seal, MasterKey, SealContext, Secret};
use crate::store::{Integration, Org, SealedField};

pub fn run(ctx: &Ctx, command: IntegrationCommand) -> Result<Exit> {
    match command {
        IntegrationCommand::Add(a) => add::run(ctx, a),
        IntegrationCommand::List(page) => list(ctx, &page),
        IntegrationCommand::Show(a) => show::run(ctx, a),
        IntegrationCommand::Edit(a) => edit::run(ctx, a),
        IntegrationCommand::Remove(a) => remove(ctx, a),
        IntegrationCommand::Enable(a) => set_enabled(ctx, a, true),
        IntegrationCommand::Disable(a) => set_enabled(ctx, a, false),
    }
}

/// Seals each secret for its org, integration and field.
pub(crate) fn seal_all(
    key: &MasterKey,
    org: &Org,
    integration_id: &str,
    secrets: &std::collections::BTreeMap<String, Secret>,
) -> Vec<SealedField> {
    secrets
        .iter()
        .map(|(field, value)| SealedField {
            field: field.clone(),
            sealed: seal(
                key,
                &SealContext { org_id: &org.id, record: integration_id, field },
                value.expose_secret().as_bytes(),
            ),
            key_id: key.id().into(),
        })
        .collect()
}

fn scope(i: &Integration) -> String {
    i.assistant.clone().unwrap_or_else(|| "org default".into())
}

fn list(ctx: &Ctx, page: &crate::cli::PageArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let (rows, total) = super::page_of(store.integrations(&org)?, page);
    ctx.printer.data(&rows, || {
        let mut t = table(&["NAME", "PROVIDER", "SCOPE", "ENABLED", "PRIORITY", "EVENTS", "LAST TEST"]);
        for i in &rows {
            t.add_row(vec![
                Cell::new(&i.name),
                Cell::new(&i.provider),
                Cell::new(scope(i)),
                Cell::new(if i.enabled { "yes" } else { "no" }),
                Cell::new(i.priority),
                Cell::new(if i.events.is_empty() { "-".to_string() } else { i.events.join(", ") }),
                Cell::new(i.last_test_status.as_deref().unwrap_or("never")),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "integrations", page, rows.len(), total);
    if rows.is_empty() && total > 0 && ctx.printer.format == crate::cli::OutputFormat::Table {
        super::empty_notice(ctx, "integrations", &org.name, &[], total, total, page.offset);
    } else if rows.is_empty() && ctx.printer.format == crate::cli::OutputFormat::Table {
        ctx.printer.status(format!("No integrations in org {}. Add one with `crmctl integration add PROVIDER --name NAME`.", org.name));
    }
    Ok(Exit::Ok)
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let i = store.integration(&org, &args.name)?;
    let fp = store.footprint(crate::store::Scope::Integrations(std::slice::from_ref(&i.id)))?;
    let mut losses = vec![format!("integration {} ({})", i.name, i.provider)];
    losses.extend(super::losses(&fp).into_iter().filter(|l| !l.ends_with(" integration")));
    if !ctx.confirm_or_dry_run(&format!("Remove integration '{}' ({}) and everything synced through it?", i.name, i.provider), &losses, args.yes, args.dry_run)? {
        return Ok(Exit::Ok);
    }
    store.remove_integration(&org, &i.id)?;
    ctx.printer.status(format!("Removed integration {} from org {}", i.name, org.name));
    Ok(Exit::Ok)
}

fn set_enabled(ctx: &Ctx, args: IntegrationRef, enabled: bool) -> Result<Exit> {
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let i = store.integration(&org, &args.name)?;
    let patch = crate::store::IntegrationPatch { enabled: Some(enabled), ..Default::default() };
    let i = store.update_integration(&org, &i.id, &patch, &[])?;
    ctx.printer.status(format!("{} integration {}", if enabled { "Enabled" } else { "Disabled" }, i.name));
    Ok(Exit::Ok)
}
