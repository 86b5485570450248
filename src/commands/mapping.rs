//! `crmctl mapping`: list, set, remove and test an integration's field
//! mappings (contacts, tickets, deals).

use std::path::Path;

use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;

use super::Ctx;
use crate::cli::{MappingCommand, MappingListArgs, MappingRemoveArgs, MappingSetArgs, MappingTestArgs, OutputFormat};
use crate::engine::mapping::{self, Mapping, Stream, Transform};
use crate::error::{Error, Exit};
use crate::output::{kv_table, table};
use crate::store::MappingUpsert;

pub fn run(ctx: &Ctx, c: MappingCommand) -> Result<Exit> {
    match c {
        MappingCommand::List(a) => list(ctx, a),
        MappingCommand::Set(a) => set(ctx, a),
        MappingCommand::Remove(a) => remove(ctx, a),
        MappingCommand::Test(a) => test(ctx, a),
    }
}

fn stream(s: &str) -> crate::error::Result<Stream> {
    Stream::parse(s).map_err(Error::usage)
}

/// A mapping as printed: the definition with its place.
#[derive(Serialize)]
struct Row {
    #[serde(flatten)]
    mapping: Mapping,
    position: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    updated_at: Option<String>,
}

fn print_rows(ctx: &Ctx, rows: &[Row]) -> Result<()> {
    ctx.printer.data(&rows, || {
        let mut t = table(&["STREAM", "TARGET", "SOURCE", "TRANSFORMS"]);
        for r in rows {
            let m = &r.mapping;
            t.add_row(vec![
                Cell::new(m.stream.as_str()),
                Cell::new(&m.target),
                Cell::new(m.source.join(", ")),
                Cell::new(if m.transforms.is_empty() {
                    "-".to_string()
                } else {
                    m.transforms.iter().map(Transform::compact).collect::<Vec<_>>().join(" | ")
                }),
            ]);
        }
        t
    })?;
    Ok(())
}

fn list(ctx: &Ctx, a: MappingListArgs) -> Result<Exit> {
    let only = a.stream.as_deref().map(stream).transpose()?;
    let streams: Vec<Stream> = match only {
        Some(s) => vec![s],
        None => Stream::ALL.to_vec(),
    };
    if a.defaults {
        let rows: Vec<Row> = streams
            .iter()
            .flat_map(|s| mapping::default_mappings(*s))
            .enumerate()
            .map(|(i, m)| Row { mapping: m, position: i as i64 + 1, updated_at: None })
            .collect();
        print_rows(ctx, &rows)?;
        return Ok(Exit::Ok);
    }
    let name = a.name.as_deref().expect("clap requires NAME without --defaults");
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, name)?;
    let stored = store.field_mappings(&org, &integration.id, only.map(Stream::as_str))?;
    let mut rows = Vec::with_capacity(stored.len());
    for r in stored {
        let m = mapping::from_definition(&r.definition).map_err(|e| Error::Failed {
            message: format!("stored mapping {} {} does not parse: {e}", r.stream, r.target),
        })?;
        rows.push(Row { mapping: m, position: r.position, updated_at: Some(r.updated_at) });
    }
    print_rows(ctx, &rows)?;
    let unmapped: Vec<&str> =
        streams.iter().filter(|s| !rows.iter().any(|r| r.mapping.stream == **s)).map(|s| s.as_str()).collect();
    if !unmapped.is_empty() && ctx.printer.format == OutputFormat::Table {
        ctx.printer.status(format!(
            "{}: no mappings for {}; the platform's defaults apply (`crmctl mapping list --defaults`)",
            integration.name,
            unmapped.join(", ")
        ));
    }
    Ok(Exit::Ok)
}

/// Reads, parses and checks a mappings file.
pub fn load_file(path: &Path) -> crate::error::Result<Vec<Mapping>> {
    let text = crate::textfile::read(path)?;
    let mappings: Vec<Mapping> =
        serde_saphyr::from_str(&text).map_err(|e| crate::templates::yaml_error(&e, path))?;
    if mappings.is_empty() {
        return Err(Error::usage(format!("{}: no mappings in the file", path.display())));
    }
    mapping::validate_all(&mappings).map_err(|e| Error::usage(format!("{}: {e}", path.display())))?;
    Ok(mappings)
}

fn set(ctx: &Ctx, a: MappingSetArgs) -> Result<Exit> {
    let mappings = match &a.from_file {
        Some(path) => load_file(path)?,
        None => {
            let s = stream(a.stream.as_deref().expect("clap requires --stream"))?;
            let target = a.target.clone().expect("clap requires --target");
            let mut transforms = Vec::with_capacity(a.transform.len());
            for t in &a.transform {
                transforms.push(Transform::parse_compact(t).map_err(|e| {
                    Error::usage_hint(format!("--transform '{t}': {e}"), "see `crmctl mapping set --help`")
                })?);
            }
            let m = Mapping { stream: s, target, source: a.source.clone(), transforms };
            m.validate().map_err(|e| Error::usage_hint(e, "see `crmctl mapping set --help`"))?;
            vec![m]
        }
    };
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    let defs: Vec<String> =
        mappings.iter().map(|m| serde_json::to_string(m).expect("a mapping serializes")).collect();
    let upserts: Vec<MappingUpsert<'_>> = mappings
        .iter()
        .zip(&defs)
        .map(|(m, d)| MappingUpsert { stream: m.stream.as_str(), target: &m.target, definition: d })
        .collect();
    let (created, updated, removed) = store.set_field_mappings(&org, &integration.id, &upserts, a.replace)?;
    let summary = Summary { integration: integration.name.clone(), created, updated, removed };
    if ctx.printer.format == OutputFormat::Table {
        if mappings.len() == 1 && a.from_file.is_none() {
            let m = &mappings[0];
            let what = if created == 1 { "created" } else { "updated" };
            ctx.printer.status(format!("{}: mapping {}.{} {what}", integration.name, m.stream, m.target));
        } else {
            ctx.printer.status(format!(
                "{}: {created} mapping(s) created, {updated} updated, {removed} removed",
                integration.name
            ));
        }
    } else {
        ctx.printer.data(&summary, || table(&[]))?;
    }
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct Summary {
    integration: String,
    created: usize,
    updated: usize,
    removed: usize,
}

fn remove(ctx: &Ctx, a: MappingRemoveArgs) -> Result<Exit> {
    let s = stream(&a.stream)?;
    s.check_target(&a.target).map_err(Error::usage)?;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    if !ctx.confirm_or_dry_run(&format!("Remove mapping {s}.{} of {}?", a.target, integration.name), &[format!("mapping {s}.{} (syncs fall back to the default)", a.target)], a.yes, a.dry_run)? {
        return Ok(Exit::Ok);
    }
    if !store.remove_field_mapping(&org, &integration.id, s.as_str(), &a.target)? {
        return Err(Error::NotFound {
            kind: "mapping",
            name: format!("{s}.{}", a.target),
            scope: format!(" for integration '{}'", integration.name),
            hint: Some(format!("see `crmctl mapping list {}`", integration.name)),
        }
        .into());
    }
    ctx.printer.status(format!("{}: mapping {s}.{} removed", integration.name, a.target));
    Ok(Exit::Ok)
}

fn read_records(arg: &str) -> crate::error::Result<Vec<serde_json::Value>> {
    let (text, what) = if arg == "-" {
        (crate::textfile::read_stdin("<stdin>")?, "<stdin>".to_string())
    } else {
        (crate::textfile::read(Path::new(arg))?, arg.to_string())
    };
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| crate::textfile::json_error(&e, Path::new(&what), ""))?;
    match v {
        serde_json::Value::Array(a) => Ok(a),
        o @ serde_json::Value::Object(_) => Ok(vec![o]),
        _ => Err(Error::usage(format!("{what}: expected a JSON object (one record) or an array of records"))),
    }
}

#[derive(Serialize)]
struct TestReport {
    integration: String,
    stream: Stream,
    /// True when no mappings are configured and the platform's defaults ran.
    defaults: bool,
    #[serde(flatten)]
    outcome: mapping::BatchOutcome,
}

fn test(ctx: &Ctx, a: MappingTestArgs) -> Result<Exit> {
    let s = stream(&a.stream)?;
    let records = read_records(&a.record)?;
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &a.name)?;
    let (mappings, defaults) = mapping::effective(&store, &org, &integration.id, s)?;
    let outcome = mapping::apply_all(&mappings, &records);
    let failed = outcome.failed;
    let report = TestReport { integration: integration.name.clone(), stream: s, defaults, outcome };
    if ctx.printer.format == OutputFormat::Table {
        if defaults {
            ctx.printer.status(format!("{}: no {s} mappings configured; using the platform's defaults", report.integration));
        }
        let single = records.len() == 1;
        for r in &report.outcome.records {
            if !single {
                ctx.printer.raw(&format!("record {}\n", r.index + 1))?;
            }
            let rows: Vec<(&str, String)> =
                r.fields.iter().map(|(k, v)| (k.as_str(), crate::engine::jsonpath::text(v))).collect();
            ctx.printer.data(&r.fields, || kv_table(&rows))?;
        }
        for f in &report.outcome.failures {
            ctx.printer.warn(format!("record {} failed: {}", f.index + 1, f.reason));
        }
        ctx.printer.status(format!(
            "{}: {} record(s): {} mapped, {} failed",
            report.integration, report.outcome.processed, report.outcome.mapped, failed
        ));
    } else {
        ctx.printer.data(&report, || table(&[]))?;
    }
    Ok(if failed > 0 { Exit::Failed } else { Exit::Ok })
}
