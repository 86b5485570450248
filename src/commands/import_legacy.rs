//! `crmctl import legacy`: integrations from the seed systems' stores,
//! each secret re-sealed under the store's key, all rows in one transaction.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;

use super::integration::input;
use super::integration::seal_all;
use super::Ctx;
use crate::cli::{ImportCommand, ImportLegacyArgs, LegacyFormat};
use crate::engine::legacy::{self, Format, LegacyKey};
use crate::error::{Error, Exit};
use crate::output::table;
use crate::secrets::Secret;
use crate::store::NewIntegration;
use crate::templates::schema::Template;
use crate::templates::validate_value;

pub fn run(ctx: &Ctx, command: ImportCommand) -> Result<Exit> {
    match command {
        ImportCommand::Legacy(a) => legacy_import(ctx, a),
    }
}

#[derive(Serialize)]
struct RowReport {
    row_id: String,
    name: String,
    provider: String,
    /// The crmctl template the row maps to.
    template: Option<String>,
    /// The integration's name in crmctl.
    imported_as: Option<String>,
    status: &'static str,
    reason: Option<String>,
    /// Legacy configuration keys that were not imported.
    ignored: Vec<String>,
}

#[derive(Serialize)]
struct Report {
    format: &'static str,
    org: String,
    dry_run: bool,
    imported: usize,
    skipped: usize,
    failed: usize,
    rows: Vec<RowReport>,
}

fn format_of(f: LegacyFormat) -> (Format, &'static str) {
    match f {
        LegacyFormat::Voxe => (Format::Voxe, "voxe"),
        LegacyFormat::SupabaseIntegrations => (Format::SupabaseIntegrations, "supabase-integrations"),
    }
}

/// Reads the legacy key from its SOURCE; a plain value is refused.
fn read_key(source: &str) -> Result<LegacyKey> {
    if !(source.starts_with("env:") || source.starts_with("file:") || source == "-") {
        return Err(Error::usage_hint(
            "--legacy-key takes a SOURCE, not the key itself",
            "use --legacy-key env:INTEGRATION_ENCRYPTION_KEY, file:PATH or - (stdin); \
             a key on the command line would sit in shell history and the process list",
        )
        .into());
    }
    let mut stdin_taken = false;
    let text = input::read_secret("--legacy-key", source, &mut stdin_taken, None)?;
    LegacyKey::parse(text.expose_secret())
        .map_err(|e| Error::usage(format!("--legacy-key: not a legacy INTEGRATION_ENCRYPTION_KEY: {e}")).into())
}

/// `TEMPLATE.KEY=VALUE` values for plain fields a legacy row lacks.
fn default_fields(args: &[String], catalog: &crate::templates::Catalog) -> Result<BTreeMap<String, BTreeMap<String, String>>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for arg in args {
        let (k, v) = input::parse_kv(arg, "--default-field")?;
        let (tmpl, field) = k.split_once('.').ok_or_else(|| {
            Error::usage_hint(
                format!("--default-field {k}: expected TEMPLATE.KEY=VALUE"),
                "for example: --default-field chatwoot.inbox_id=3",
            )
        })?;
        let template = &catalog.get(tmpl)?.template;
        input::plain_field(template, field)?;
        out.entry(tmpl.to_string()).or_default().insert(field.to_string(), v.to_string());
    }
    Ok(out)
}

/// Defaults, required fields and each value, as `integration add` checks
/// them, without prompting. The reason never repeats a secret.
fn validate(template: &Template, fields: &mut BTreeMap<String, String>, secrets: &BTreeMap<String, Secret>) -> Result<(), String> {
    for f in &template.fields {
        if !f.secret && !fields.contains_key(&f.key)
            && let Some(d) = &f.default {
                fields.insert(f.key.clone(), d.clone());
            }
    }
    let missing: Vec<String> = template
        .fields
        .iter()
        .filter(|f| template.needs(f, &fields) && if f.secret { !secrets.contains_key(&f.key) } else { !fields.contains_key(&f.key) })
        .map(|f| {
            if f.secret {
                format!("{} (secret)", f.key)
            } else {
                format!("{} (give --default-field {}.{}=VALUE)", f.key, template.id, f.key)
            }
        })
        .collect();
    if !missing.is_empty() {
        return Err(format!("missing required field(s) of {}: {}", template.id, missing.join(", ")));
    }
    let mut problems = Vec::new();
    for (k, v) in fields.iter() {
        if let Some(f) = template.fields.iter().find(|f| &f.key == k)
            && let Err(e) = validate_value(f, v) {
                problems.push(format!("{k}='{}': {e}", crate::templates::shown_value(v)));
            }
    }
    for (k, v) in secrets {
        if let Some(f) = template.fields.iter().find(|f| &f.key == k)
            && let Err(e) = validate_value(f, v.expose_secret()) {
                problems.push(format!("secret {k}: {e}"));
            }
    }
    if problems.is_empty() { Ok(()) } else { Err(format!("invalid values for {}: {}", template.id, problems.join("; "))) }
}

fn unique_name(base: &str, taken: &mut BTreeSet<String>) -> String {
    let mut name = base.to_string();
    let mut n = 2;
    while taken.contains(&name) {
        let suffix = format!("-{n}");
        let stem: String = base.chars().take(64 - suffix.len()).collect();
        name = format!("{stem}{suffix}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

fn legacy_import(ctx: &Ctx, args: ImportLegacyArgs) -> Result<Exit> {
    let (format, format_name) = format_of(args.format);
    let text = crate::textfile::read(&args.file)?;
    let mut rows = legacy::parse(format, &text)
        .map_err(|e| Error::usage(format!("{}: not a {format_name} export: {e}", args.file.display())))?;

    // The key first: a wrong key stops everything before anything is written.
    let sealed_rows = rows.iter().filter(|r| r.problem.is_none() && r.has_sealed()).count();
    match &args.legacy_key {
        Some(source) => {
            let key = read_key(source)?;
            let (sealed, opened) = legacy::open_rows(&mut rows, &key);
            if sealed > 0 && opened == 0 {
                return Err(Error::usage_hint(
                    format!(
                        "wrong legacy key: none of the {sealed} row(s) with sealed values opens with it; nothing was imported"
                    ),
                    "give the INTEGRATION_ENCRYPTION_KEY the export was sealed with (64 hex characters)",
                )
                .into());
            }
        }
        None if sealed_rows > 0 => {
            return Err(Error::usage_hint(
                format!("{sealed_rows} row(s) hold sealed values and no --legacy-key was given; nothing was imported"),
                "add --legacy-key env:INTEGRATION_ENCRYPTION_KEY (or file:PATH, or - for stdin)",
            )
            .into());
        }
        None => {}
    }

    let catalog = ctx.catalog()?;
    let defaults = default_fields(&args.default_fields, &catalog)?;
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let mut taken: BTreeSet<String> = store.integrations(&org)?.into_iter().map(|i| i.name).collect();

    let mut report = Vec::new();
    let mut importable: Vec<(NewIntegration, BTreeMap<String, Secret>)> = Vec::new();
    for row in &rows {
        let mut r = RowReport {
            row_id: row.row_id.clone(),
            name: row.name.clone(),
            provider: row.provider.clone(),
            template: legacy::template_for(format, &row.provider).map(str::to_string),
            imported_as: None,
            status: "skipped",
            reason: None,
            ignored: Vec::new(),
        };
        if let Some(p) = &row.problem {
            r.status = if row.has_sealed() { "failed" } else { "skipped" };
            r.reason = Some(p.clone());
            report.push(r);
            continue;
        }
        let template = match r.template.as_deref().map(|t| catalog.get(t)) {
            Some(Ok(e)) => e.template.clone(),
            Some(Err(e)) => {
                r.reason = Some(e.to_string());
                report.push(r);
                continue;
            }
            None => {
                r.reason = Some(legacy::map_row(format, row, &[]).err().unwrap_or_default());
                report.push(r);
                continue;
            }
        };
        let keys: Vec<(String, bool)> = template.fields.iter().map(|f| (f.key.clone(), f.secret)).collect();
        let mapped = match legacy::map_row(format, row, &keys) {
            Ok(m) => m,
            Err(e) => {
                r.reason = Some(e);
                report.push(r);
                continue;
            }
        };
        r.ignored = mapped.ignored;
        let mut fields = mapped.fields;
        for (k, v) in defaults.get(&template.id).into_iter().flatten() {
            fields.entry(k.clone()).or_insert_with(|| v.clone());
        }
        let secrets = mapped.secrets;
        let checked = validate(&template, &mut fields, &secrets)
            .and_then(|()| input::validate_events(&template, &row.events).map_err(|e| e.to_string()))
            .and_then(|()| input::effective_base_url(&template, None, &fields).map(|_| ()).map_err(|e| e.to_string()));
        if let Err(e) = checked {
            r.reason = Some(e);
            report.push(r);
            continue;
        }
        let base = legacy::clean_name(&row.name, &template.id);
        let name = unique_name(&base, &mut taken);
        crate::store::validate_integration_name(&name)?;
        let mut events = row.events.clone();
        events.sort();
        events.dedup();
        r.imported_as = Some(name.clone());
        r.status = "imported";
        report.push(r);
        importable.push((
            NewIntegration {
                id: uuid::Uuid::now_v7().to_string(),
                name,
                provider: template.id.clone(),
                assistant_id: None,
                base_url: None,
                enabled: row.enabled,
                priority: row.priority.unwrap_or(100),
                events,
                conditions: None,
                on_failure: "continue".into(),
                fields,
            },
            secrets,
        ));
    }

    crate::plans::check(&org, crate::plans::Resource::Integrations, store.integrations(&org)?.len() as u64, importable.len() as u64)?;
    if !args.dry_run && !importable.is_empty() {
        let key = ctx.unlock(&store)?.key;
        let sealed: Vec<(NewIntegration, Vec<crate::store::SealedField>)> = importable
            .into_iter()
            .map(|(new, secrets)| {
                let s = seal_all(&key, &org, &new.id, &secrets);
                (new, s)
            })
            .collect();
        store.insert_integrations(&org, &sealed)?;
    }

    let count = |s: &str| report.iter().filter(|r| r.status == s).count();
    let out = Report {
        format: format_name,
        org: org.name.clone(),
        dry_run: args.dry_run,
        imported: count("imported"),
        skipped: count("skipped"),
        failed: count("failed"),
        rows: report,
    };
    ctx.printer.data(&out, || {
        let mut t = table(&["ROW", "NAME", "PROVIDER", "STATUS", "IMPORTED AS / REASON"]);
        for r in &out.rows {
            let detail = match (&r.imported_as, &r.reason) {
                (Some(n), _) if r.ignored.is_empty() => format!("{n} ({})", r.template.as_deref().unwrap_or("")),
                (Some(n), _) => format!(
                    "{n} ({}); not imported: {}",
                    r.template.as_deref().unwrap_or(""),
                    r.ignored.join(", ")
                ),
                (None, Some(reason)) => reason.clone(),
                (None, None) => String::new(),
            };
            t.add_row(vec![
                Cell::new(&r.row_id),
                Cell::new(&r.name),
                Cell::new(&r.provider),
                Cell::new(if out.dry_run && r.status == "imported" { "would import" } else { r.status }),
                Cell::new(detail),
            ]);
        }
        t
    })?;
    let verb = if out.dry_run { "Would import" } else { "Imported" };
    ctx.printer.status(format!(
        "{verb} {} of {} row(s) into org {}; {} skipped, {} failed{}",
        out.imported,
        out.rows.len(),
        org.name,
        out.skipped,
        out.failed,
        if out.dry_run { " (dry run: nothing was written)" } else { "" }
    ));
    Ok(if out.skipped + out.failed > 0 { Exit::Failed } else { Exit::Ok })
}
