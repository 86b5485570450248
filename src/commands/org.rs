use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{NameArgs, OrgCommand, OrgSetArgs, RemoveArgs};
use crate::error::{Error, Exit};
use crate::output::table;
use crate::store::Org;

pub fn run(ctx: &Ctx, command: OrgCommand) -> Result<Exit> {
    match command {
        OrgCommand::Add(a) => add(ctx, a),
        OrgCommand::List(page) => list(ctx, &page),
        OrgCommand::Remove(a) => remove(ctx, a),
        OrgCommand::Set(a) => set(ctx, a),
    }
}

fn print_orgs(ctx: &Ctx, orgs: &[Org]) -> Result<()> {
    ctx.printer.data(&orgs, || {
        let mut t = table(&["NAME", "ID", "SETTINGS", "CREATED"]);
        for o in orgs {
            let settings = o
                .settings
                .as_object()
                .map(|m| m.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            t.add_row(vec![Cell::new(&o.name), Cell::new(&o.id), Cell::new(settings), Cell::new(&o.created_at)]);
        }
        t
    })?;
    Ok(())
}

fn add(ctx: &Ctx, args: NameArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.add_org(&args.name)?;
    ctx.printer.status(format!("Added org {}", org.name));
    print_orgs(ctx, &[org])?;
    Ok(Exit::Ok)
}

fn list(ctx: &Ctx, page: &crate::cli::PageArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let (rows, total) = super::page_of(store.orgs()?, page);
    print_orgs(ctx, &rows)?;
    super::paging_notice(ctx, "orgs", page, rows.len(), total);
    Ok(Exit::Ok)
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&args.name)?;
    let mut losses = vec![format!("org {} and its assistants", args.name)];
    losses.extend(super::losses(&store.footprint(crate::store::Scope::Org(&org.id))?));
    if !ctx.confirm_or_dry_run(&format!("Remove org '{}' and all its assistants and integrations?", args.name), &losses, args.yes, args.dry_run)? {
        return Ok(Exit::Ok);
    }
    let n = store.remove_org(&args.name)?;
    ctx.printer.status(format!("Removed org {} ({n} integrations)", args.name));
    Ok(Exit::Ok)
}

/// Settings an org understands, with their types.
const KNOWN_SETTINGS: &[(&str, &str)] = &[("agent_limit", "integer, -1 for unlimited")];

fn set(ctx: &Ctx, args: OrgSetArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = store.org(&args.name)?;
    let (key, value) = args.setting.split_once('=').ok_or_else(|| {
        Error::usage_hint(format!("'{}' is not KEY=VALUE", args.setting), "for example: crmctl org set acme agent_limit=3")
    })?;
    let known = KNOWN_SETTINGS.iter().find(|(k, _)| *k == key).ok_or_else(|| {
        Error::usage_hint(
            format!("unknown org setting '{key}'"),
            format!("known settings: {}", KNOWN_SETTINGS.iter().map(|(k, t)| format!("{k} ({t})")).collect::<Vec<_>>().join(", ")),
        )
    })?;
    let json = if value.is_empty() {
        serde_json::Value::Null
    } else {
        match value.parse::<i64>() {
            Ok(n) if n >= -1 => serde_json::Value::from(n),
            _ => return Err(Error::usage(format!("{key} must be {}", known.1)).into()),
        }
    };
    let org = store.set_org_setting(&org, key, json)?;
    ctx.printer.status(format!("Set {key} for org {}", org.name));
    print_orgs(ctx, &[org])?;
    Ok(Exit::Ok)
}
