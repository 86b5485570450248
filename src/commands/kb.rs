//! `crmctl kb`: import, list, show, search and export knowledge-base articles.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use comfy_table::Cell;

use super::progress::Progress;
use super::targets::{runtime, stored, token_source};
use super::Ctx;
use crate::cli::{KbCommand, KbExportArgs, KbExportFormat, KbImportArgs, KbListArgs, KbSearchArgs, KbShowArgs, OutputFormat};
use crate::engine::kb::{self, ImportOptions, ImportReport};
use crate::error::{Error, Exit};
use crate::output::table;
use crate::store::{KbArticle, KbFilter, Org, Store};

pub fn run(ctx: &Ctx, c: KbCommand) -> Result<Exit> {
    match c {
        KbCommand::Import(a) => import(ctx, a),
        KbCommand::List(a) => list(ctx, a),
        KbCommand::Show(a) => show(ctx, a),
        KbCommand::Search(a) => search(ctx, a),
        KbCommand::Export(a) => export(ctx, a),
    }
}

fn import(ctx: &Ctx, a: KbImportArgs) -> Result<Exit> {
    let since = a
        .since
        .as_deref()
        .map(|s| super::logs::since(s).map(|t| t.parse::<jiff::Timestamp>().expect("the store's own time format parses")))
        .transpose()?;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    let catalog = ctx.catalog()?;
    let key = ctx.unlock(&store)?.key;
    let target = stored(&store, &catalog, &org, &key, integration)?;
    if target.template.knowledge_base.is_none() {
        let why = target.template.unsupported.iter().find(|u| u.capability == "knowledge_base").map(|u| u.reason.clone());
        return Err(Error::usage_hint(
            format!("{} ({}) has no knowledge base to import", target.name, target.template.id),
            why.unwrap_or_else(|| format!("the {} template defines no knowledge_base section", target.template.id)),
        )
        .into());
    }
    let tokens = token_source(ctx, key);
    let http = a.http.client();
    let opts = ImportOptions { full: a.full, since, locale: a.locale.clone(), dry_run: a.dry_run, wait: a.wait };
    let progress = Progress::new(&ctx.printer, &format!("importing {}", target.name));
    let report = runtime()?.block_on(kb::import(&target, &store, &http, &tokens, &opts, &progress));
    print_report(ctx, &report)
}

fn print_report(ctx: &Ctx, r: &ImportReport) -> Result<Exit> {
    if ctx.printer.format != OutputFormat::Table {
        ctx.printer.data(r, || table(&[]))?;
    }
    for w in &r.warnings {
        ctx.printer.warn(w);
    }
    let what = if r.dry_run { "dry run (nothing written)" } else { "imported" };
    let summary = format!(
        "{}: {what}: {} article(s) in {} page(s): {} created, {} updated, {} unchanged, {} failed, {} archived{}{} in {:.1}s",
        r.integration,
        r.processed,
        r.pages,
        r.created,
        r.updated,
        r.unchanged,
        r.failed,
        r.archived,
        r.since.as_deref().map(|s| format!(", changed since {s}")).unwrap_or_default(),
        if r.resumed { ", resumed" } else { "" },
        r.duration_ms as f64 / 1000.0
    );
    if ctx.printer.format == OutputFormat::Table {
        ctx.printer.raw(&format!("{summary}\n"))?;
    } else {
        ctx.printer.status(&summary);
    }
    match &r.failure {
        None => Ok(Exit::Ok),
        Some(f) => {
            ctx.printer.status(format!("{}: import failed: {}", r.integration, f));
            if !f.hint.is_empty() {
                ctx.printer.status(format!("{}: hint: {}", r.integration, f.hint));
            }
            Ok(if f.class == crate::engine::FailureClass::Busy { Exit::Usage } else { Exit::Failed })
        }
    }
}

fn integration_id(store: &Store, org: &Org, name: Option<&str>) -> crate::error::Result<Option<String>> {
    name.map(|n| store.integration(org, n).map(|i| i.id)).transpose()
}

fn list(ctx: &Ctx, a: KbListArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = integration_id(&store, &org, a.integration.as_deref())?;
    let filter = KbFilter { integration_id: iid.as_deref(), locale: a.locale.as_deref(), include_archived: a.archived, limit: a.page.sql_limit(), offset: a.page.offset };
    let rows = store.kb_articles(&org, &filter)?;
    let matched = store.kb_articles_count(&org, &filter)?;
    ctx.printer.data(&rows, || {
        let mut t = table(&["ID", "INTEGRATION", "EXTERNAL ID", "TITLE", "LOCALE", "SECTION", "STATUS", "UPDATED"]);
        for r in &rows {
            t.add_row(vec![
                Cell::new(&r.id),
                Cell::new(&r.integration),
                Cell::new(&r.external_id),
                Cell::new(&r.title),
                Cell::new(r.locale.as_deref().unwrap_or("-")),
                Cell::new(r.section.as_deref().unwrap_or("-")),
                Cell::new(&r.status),
                Cell::new(r.source_updated_at.as_deref().unwrap_or(&r.updated_at)),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "articles", &a.page, rows.len(), matched);
    if rows.is_empty() && ctx.printer.format == OutputFormat::Table {
        let all = store.kb_articles_count(&org, &KbFilter { include_archived: true, ..Default::default() })?;
        if all == 0 {
            ctx.printer.status(format!("No articles in org {}; import some with `crmctl kb import NAME`.", org.name));
        } else {
            let mut searched = Vec::new();
            if let Some(i) = &a.integration {
                searched.push(format!("from integration {i}"));
            }
            if let Some(l) = &a.locale {
                searched.push(format!("in locale {l}"));
            }
            super::empty_notice(ctx, "articles", &org.name, &searched, matched, all, a.page.offset);
        }
    }
    Ok(Exit::Ok)
}

fn show(ctx: &Ctx, a: KbShowArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = integration_id(&store, &org, a.integration.as_deref())?;
    let art = store.kb_article(&org, &a.id, iid.as_deref())?;
    if ctx.printer.format == OutputFormat::Table {
        ctx.printer.raw(&markdown(&art))?;
    } else {
        ctx.printer.data(&art, || table(&[]))?;
    }
    Ok(Exit::Ok)
}

fn search(ctx: &Ctx, a: KbSearchArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = integration_id(&store, &org, a.integration.as_deref())?;
    let q = a.query.join(" ");
    let hits = store.kb_search(&org, &q, iid.as_deref(), a.archived, a.limit.max(0))?;
    ctx.printer.data(&hits, || {
        let mut t = table(&["ID", "INTEGRATION", "TITLE", "SNIPPET"]);
        for h in &hits {
            t.add_row(vec![
                Cell::new(&h.article.id),
                Cell::new(&h.article.integration),
                Cell::new(&h.article.title),
                Cell::new(h.snippet.replace('\n', " ")),
            ]);
        }
        t
    })?;
    if hits.is_empty() && ctx.printer.format == OutputFormat::Table {
        ctx.printer.status(format!("No articles match '{q}'."));
    }
    Ok(Exit::Ok)
}

fn export(ctx: &Ctx, a: KbExportArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let iid = integration_id(&store, &org, a.integration.as_deref())?;
    let rows = store.kb_articles(&org, &KbFilter { integration_id: iid.as_deref(), locale: None, include_archived: a.archived, limit: -1, offset: 0 })?;
    let n = rows.len();
    match (a.format, &a.out) {
        (KbExportFormat::Jsonl, None) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
            out.flush()?;
        }
        (KbExportFormat::Markdown, None) => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for (i, r) in rows.iter().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(markdown(r).as_bytes())?;
            }
            out.flush()?;
        }
        (KbExportFormat::Jsonl, Some(dir)) => {
            create_dir(dir)?;
            let path = dir.join("articles.jsonl");
            let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
            let mut out = std::io::BufWriter::new(file);
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
            out.flush().map_err(|e| Error::io(&path, e))?;
            ctx.printer.status(format!("wrote {n} article(s) to {}", path.display()));
        }
        (KbExportFormat::Markdown, Some(dir)) => {
            for r in &rows {
                let sub = dir.join(safe_name(&r.integration));
                create_dir(&sub)?;
                let path = sub.join(format!("{}-{}.md", safe_name(&r.external_id), slug(&r.title)));
                std::fs::write(&path, markdown(r)).map_err(|e| Error::io(&path, e))?;
            }
            ctx.printer.status(format!("wrote {n} article(s) under {}", dir.display()));
        }
    }
    Ok(Exit::Ok)
}

fn create_dir(dir: &Path) -> crate::error::Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))
}

/// An article as Markdown with a YAML front-matter header.
fn markdown(r: &KbArticle) -> String {
    let mut s = String::from("---\n");
    let q = |v: &str| serde_json::to_string(v).expect("a string serializes");
    s.push_str(&format!("id: {}\nintegration: {}\nexternal_id: {}\ntitle: {}\n", q(&r.id), q(&r.integration), q(&r.external_id), q(&r.title)));
    for (k, v) in [("url", &r.url), ("locale", &r.locale), ("section", &r.section), ("source_updated_at", &r.source_updated_at)] {
        if let Some(v) = v {
            s.push_str(&format!("{k}: {}\n", q(v)));
        }
    }
    s.push_str(&format!("status: {}\n---\n\n", r.status));
    if !r.body.trim_start().starts_with("# ") {
        s.push_str(&format!("# {}\n\n", r.title));
    }
    s.push_str(r.body.trim_end());
    s.push('\n');
    s
}

fn safe_name(s: &str) -> String {
    let out: String = s.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if out.is_empty() { "_".into() } else { out }
}

fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
        if s.len() >= 60 {
            break;
        }
    }
    s.trim_end_matches('-').to_string()
}
