use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{AssistantAddArgs, AssistantCommand, RemoveArgs};
use crate::error::Exit;
use crate::output::table;
use crate::store::Assistant;

pub fn run(ctx: &Ctx, command: AssistantCommand) -> Result<Exit> {
    match command {
        AssistantCommand::Add(a) => add(ctx, a),
        AssistantCommand::List(page) => list(ctx, &page),
        AssistantCommand::Remove(a) => remove(ctx, a),
    }
}

fn print(ctx: &Ctx, rows: &[Assistant]) -> Result<()> {
    ctx.printer.data(&rows, || {
        let mut t = table(&["NAME", "ORG", "INTEGRATIONS", "ID", "CREATED"]);
        for a in rows {
            t.add_row(vec![
                Cell::new(&a.name),
                Cell::new(&a.org),
                Cell::new(if a.integrations_enabled { "enabled" } else { "disabled" }),
                Cell::new(&a.id),
                Cell::new(&a.created_at),
            ]);
        }
        t
    })?;
    Ok(())
}

fn add(ctx: &Ctx, args: AssistantAddArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let a = store.add_assistant(&org, &args.name, !args.integrations_disabled)?;
    ctx.printer.status(format!("Added assistant {} to org {}", a.name, org.name));
    print(ctx, &[a])?;
    Ok(Exit::Ok)
}

fn list(ctx: &Ctx, page: &crate::cli::PageArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let (rows, total) = super::page_of(store.assistants(&org)?, page);
    print(ctx, &rows)?;
    super::paging_notice(ctx, "assistants", page, rows.len(), total);
    Ok(Exit::Ok)
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let a = store.assistant(&org, &args.name)?;
    let mut losses = vec![format!("assistant {}", args.name)];
    losses.extend(super::losses(&store.footprint(crate::store::Scope::Assistant(&a.id))?));
    if !ctx.confirm_or_dry_run(&format!("Remove assistant '{}' and its assistant-specific integrations?", args.name), &losses, args.yes, args.dry_run)? {
        return Ok(Exit::Ok);
    }
    let n = store.remove_assistant(&org, &args.name)?;
    ctx.printer.status(format!("Removed assistant {} ({n} integrations)", args.name));
    Ok(Exit::Ok)
}
