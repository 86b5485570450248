//! `crmctl contacts|tickets|deals list|show` and `crmctl accounts list`:
//! the unified view of synced records across integrations.

use anyhow::Result;
use comfy_table::Cell;

use super::Ctx;
use crate::cli::{AccountsCommand, OutputFormat, RecordListArgs, RecordShowArgs, RecordsCommand};
use crate::error::Exit;
use crate::output::table;
use crate::store::{RecordFilter, RecordRow};

pub fn run(ctx: &Ctx, stream: &'static str, c: RecordsCommand) -> Result<Exit> {
    match c {
        RecordsCommand::List(a) => list(ctx, stream, a),
        RecordsCommand::Show(a) => show(ctx, stream, a),
    }
}

fn list(ctx: &Ctx, stream: &'static str, a: RecordListArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = a.integration.as_deref().map(|n| store.integration(&org, n).map(|i| i.id)).transpose()?;
    let account = a.account.as_deref().map(|n| store.account_id(&org, n)).transpose()?;
    let search: Vec<String> = a.search.as_deref().unwrap_or("").split_whitespace().map(str::to_lowercase).collect();
    let filter = RecordFilter {
        stream,
        integration_id: iid.as_deref(),
        account_id: account.as_deref(),
        search,
        include_deleted: a.deleted,
        limit: a.page.sql_limit(),
        offset: a.page.offset,
    };
    let rows = store.records(&org, &filter)?;
    let matched = if a.page.all && a.page.offset == 0 { rows.len() as i64 } else { store.records_count(&org, &filter)? };
    ctx.printer.data(&rows, || {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let mut t = match stream {
            "contacts" => table(&["ID", "NAME", "EMAIL", "PHONE", "COMPANY", "ACCOUNT", "INTEGRATION", "EXTERNAL ID"]),
            "tickets" => table(&["ID", "SUBJECT", "STATUS", "REQUESTER", "ACCOUNT", "INTEGRATION", "EXTERNAL ID"]),
            _ => table(&["ID", "NAME", "STAGE", "AMOUNT", "COMPANY", "INTEGRATION", "EXTERNAL ID"]),
        };
        for r in &rows {
            let mut cells = vec![Cell::new(&r.id), Cell::new(dash(&r.name))];
            match stream {
                "contacts" => cells.extend([Cell::new(dash(&r.email)), Cell::new(dash(&r.phone)), Cell::new(dash(&r.company)), Cell::new(dash(&r.account))]),
                "tickets" => cells.extend([Cell::new(dash(&r.status)), Cell::new(dash(&r.email)), Cell::new(dash(&r.account))]),
                _ => cells.extend([Cell::new(dash(&r.status)), Cell::new(amount(r)), Cell::new(dash(&r.company))]),
            }
            let deleted = if r.state == "deleted" { " (deleted)" } else { "" };
            cells.extend([Cell::new(&r.integration), Cell::new(format!("{}{deleted}", r.external_id))]);
            t.add_row(cells);
        }
        t
    })?;
    super::paging_notice(ctx, stream, &a.page, rows.len(), matched);
    if rows.is_empty() && ctx.printer.format == OutputFormat::Table {
        let narrowed = a.search.is_some() || a.integration.is_some() || a.account.is_some();
        let all = if narrowed {
            store.records_count(&org, &RecordFilter { stream, integration_id: None, account_id: None, search: Vec::new(), include_deleted: a.deleted, limit: -1, offset: 0 })?
        } else {
            matched
        };
        let mut searched = Vec::new();
        if let Some(s) = &a.search {
            searched.push(format!("matching '{s}'"));
        }
        if let Some(i) = &a.integration {
            searched.push(format!("from integration {i}"));
        }
        if let Some(x) = &a.account {
            searched.push(format!("in account {x}"));
        }
        let msg = if all == 0 {
            format!("No {stream} in org {}; sync some with `crmctl sync NAME`.", org.name)
        } else if matched > 0 {
            format!("No {stream} past offset {} ({} matched).", a.page.offset, super::count(matched, stream.trim_end_matches('s')))
        } else {
            format!("No {stream} {} in org {} ({} in all).", searched.join(", "), org.name, super::count(all, stream.trim_end_matches('s')))
        };
        ctx.printer.status(msg);
    }
    Ok(Exit::Ok)
}

fn amount(r: &RecordRow) -> String {
    match (r.amount, &r.currency) {
        (Some(a), Some(c)) => format!("{a:.2} {c}"),
        (Some(a), None) => format!("{a:.2}"),
        _ => "-".into(),
    }
}

fn show(ctx: &Ctx, stream: &'static str, a: RecordShowArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = a.integration.as_deref().map(|n| store.integration(&org, n).map(|i| i.id)).transpose()?;
    let r = store.record(&org, stream, &a.id, iid.as_deref())?;
    ctx.printer.data(&r, || {
        let mut t = table(&["FIELD", "VALUE"]);
        let mut row = |k: &str, v: String| {
            t.add_row(vec![Cell::new(k), Cell::new(v)]);
        };
        row("id", r.id.clone());
        row("integration", format!("{} ({})", r.integration, r.provider));
        row("external id", r.external_id.clone());
        row("account", r.account.clone().unwrap_or_else(|| "-".into()));
        row("state", r.state.clone());
        row("origin", r.origin.clone());
        row("source updated", r.source_updated_at.clone().unwrap_or_else(|| "-".into()));
        row("synced", r.updated_at.clone());
        if let Some(m) = r.fields.as_object() {
            for (k, v) in m {
                row(k, crate::engine::jsonpath::text(v));
            }
        }
        t
    })?;
    Ok(Exit::Ok)
}

pub fn accounts(ctx: &Ctx, c: AccountsCommand) -> Result<Exit> {
    let AccountsCommand::List(a) = c;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let rows = store.accounts(&org, a.search.as_deref(), a.page.sql_limit(), a.page.offset)?;
    let matched = store.accounts_count(&org, a.search.as_deref())?;
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "DOMAIN", "NAME", "CONTACTS", "TICKETS", "DEALS"]);
        for r in &rows {
            t.add_row(vec![
                Cell::new(&r.id),
                Cell::new(&r.domain),
                Cell::new(r.name.as_deref().unwrap_or("-")),
                Cell::new(r.contacts),
                Cell::new(r.tickets),
                Cell::new(r.deals),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "accounts", &a.page, rows.len(), matched);
    if rows.is_empty() && ctx.printer.format == OutputFormat::Table {
        let all = if a.search.is_some() { store.accounts_count(&org, None)? } else { matched };
        if all == 0 {
            ctx.printer.status(format!("No accounts in org {}; contacts synced with a company email domain make them.", org.name));
        } else {
            let searched: Vec<String> = a.search.iter().map(|s| format!("matching '{s}'")).collect();
            super::empty_notice(ctx, "accounts", &org.name, &searched, matched, all, a.page.offset);
        }
    }
    Ok(Exit::Ok)
}
