use anyhow::Result;
use comfy_table::Cell;
use serde::Serialize;
use serde_json::Value;

use super::queue::{drain, print_steps, Lines};
use super::send::{masked_auth, payload};
use super::Ctx;
use crate::cli::{EventCommand, EventFireArgs, EventListArgs};
use crate::engine::events::{self, Planned, Skipped};
use crate::engine::chain;
use crate::engine::pipeline::Mode;
use crate::engine::{Failure, FailureClass, Target};
use crate::error::{Error, Exit};
use crate::output::{kv_table, table};
use crate::store::{Event, NewEvent, NewStep};

pub fn run(ctx: &Ctx, command: EventCommand) -> Result<Exit> {
    match command {
        EventCommand::Fire(a) => fire(ctx, a),
        EventCommand::Types => types(ctx),
        EventCommand::List(a) => list(ctx, a),
        EventCommand::Show(a) => {
            let store = ctx.store()?;
            let org = ctx.org(&store)?;
            print_event(ctx, &store.event(&org, &a.id)?)?;
            Ok(Exit::Ok)
        }
    }
}

#[derive(Serialize)]
struct TypeInfo {
    name: String,
    description: String,
    builtin: bool,
    schema: Value,
}

/// Built-in types, plus custom types the org's integrations subscribe to.
fn all_types(ctx: &Ctx) -> crate::error::Result<Vec<TypeInfo>> {
    let mut out: Vec<TypeInfo> = events::builtin()
        .into_iter()
        .map(|e| TypeInfo { name: e.name.into(), description: e.description.into(), builtin: true, schema: e.schema })
        .collect();
    if let Ok(store) = ctx.store() {
        let org = ctx.org(&store)?;
        let mut custom: Vec<String> = store
            .integrations(&org)?
            .iter()
            .flat_map(|i| i.events.iter().map(|e| e.split(':').next().unwrap_or_default().to_string()))
            .filter(|e| events::find(e).is_none())
            .collect();
        custom.sort();
        custom.dedup();
        out.extend(custom.into_iter().map(|name| TypeInfo {
            name,
            description: "custom (an integration subscribes to it)".into(),
            builtin: false,
            schema: serde_json::json!({"type": "object"}),
        }));
    }
    Ok(out)
}

fn types(ctx: &Ctx) -> Result<Exit> {
    let all = all_types(ctx)?;
    ctx.printer.data(&all, || {
        let mut t = table(&["TYPE", "DESCRIPTION", "REQUIRED", "FIELDS"]);
        for e in &all {
            let required = e.schema["required"].as_array().map(|r| r.iter().filter_map(|x| x.as_str()).collect::<Vec<_>>().join(", ")).unwrap_or_default();
            let fields = e.schema["properties"].as_object().map(|p| p.keys().cloned().collect::<Vec<_>>().join(", ")).unwrap_or_else(|| "any".into());
            t.add_row(vec![Cell::new(&e.name), Cell::new(&e.description), Cell::new(required), Cell::new(fields)]);
        }
        t
    })?;
    Ok(Exit::Ok)
}

#[derive(Serialize)]
struct PlannedStep {
    #[serde(flatten)]
    planned: Planned,
    /// The rendered request, secrets masked; `null` when it cannot render
    /// or would not run.
    request: Option<Value>,
    error: Option<String>,
    /// Why the worker would not run this step (an earlier step that cannot
    /// render fails, and its on_failure is stop).
    #[serde(skip_serializing_if = "Option::is_none")]
    not_run: Option<String>,
}

#[derive(Serialize)]
struct Plan {
    event_type: String,
    assistant: Option<String>,
    steps: Vec<PlannedStep>,
    skipped: Vec<Skipped>,
}

#[derive(Serialize)]
struct Fired {
    event_id: String,
    status: String,
    steps: usize,
    duplicate: bool,
}

fn fire(ctx: &Ctx, a: EventFireArgs) -> Result<Exit> {
    if let Some(file) = a.file.as_deref() {
        return fire_file(ctx, file, a.max_attempts);
    }
    let kind_name = a.kind.clone().unwrap_or_default();
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let assistant = a.assistant.as_deref().map(|n| store.assistant(&org, n)).transpose()?;
    let body = payload(a.payload.as_deref(), &a.sets)?;

    let all = all_types(ctx)?;
    let Some(kind) = all.iter().find(|t| t.name == kind_name) else {
        return Err(Error::usage_hint(
            format!("unknown event type '{kind_name}'"),
            format!("valid types: {}; a custom type is one an integration subscribes to (--on TYPE)", all.iter().map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ")),
        )
        .into());
    };
    let problems = events::validate(&kind.schema, &body);
    if !problems.is_empty() {
        return Err(Error::usage_hint(
            format!("the {} payload is invalid:\n{}", kind.name, problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")),
            "`crmctl event types -o json` shows the schema; sample payloads are in sample-configs/events/".to_string(),
        )
        .into());
    }

    let catalog = ctx.catalog()?;
    let integrations = store.integrations(&org)?;
    let (planned, skipped) = events::plan(&integrations, &|id| catalog.get(id).ok().map(|e| e.template.clone()), assistant.as_ref(), &kind_name, &body);

    // Short forms two earlier steps could answer are refused before anything runs.
    let templates: Vec<_> = planned.iter().map(|p| catalog.get(&p.provider).ok().map(|e| e.template.clone())).collect();
    let refs: Vec<chain::PlannedRef> = planned
        .iter()
        .zip(&templates)
        .filter_map(|(p, t)| t.as_ref().map(|t| chain::PlannedRef { integration: &p.integration, provider: &p.provider, action: &p.action, template: t }))
        .collect();
    let ambiguous = chain::ambiguities(&refs);

    if a.dry_run {
        let key = ctx.unlock(&store)?.key;
        let mut steps = Vec::new();
        let mut earlier: Vec<chain::Done> = Vec::new();
        let mut unrenderable = 0;
        // The worker's view of the chain: a step that cannot render fails,
        // gives later steps no outputs, and with on_failure stop skips them.
        let mut stopped_by: Option<String> = None;
        for p in planned {
            if let Some(by) = &stopped_by {
                let why = format!("an earlier step ({by}) cannot render, fails, and stops the chain (on_failure: stop)");
                steps.push(PlannedStep { planned: p, request: None, error: None, not_run: Some(why) });
                continue;
            }
            let i = store.integration(&org, &p.integration_id)?;
            let target = Target::load(&store, &catalog, &org, &key, i)?;
            let (request, error) = match (ambiguous.iter().find(|m| m.starts_with(&format!("{}: ", p.step))), dry_render(&target, &p.action, &body, &earlier)) {
                (Some(m), _) => {
                    unrenderable += 1;
                    (None, Some(m.clone()))
                }
                (None, Ok(mut req)) => {
                    let (headers, _) = masked_auth(&target);
                    req.headers.extend(headers);
                    (Some(target.redactor().request(&req)), None)
                }
                (None, Err(f)) => {
                    unrenderable += 1;
                    (None, Some(target.redactor().str(&f.message)))
                }
            };
            // Later steps see a step's outputs as placeholders, and nothing
            // of a step that fails: the worker passes on only the outputs
            // of steps that succeeded.
            if error.is_none() {
                earlier.push(chain::Done {
                    integration: p.integration.clone(),
                    provider: p.provider.clone(),
                    action: p.action.clone(),
                    outputs: chain::placeholder_outputs(&target.template, &p.integration, &p.action),
                });
            } else if p.on_failure == "stop" {
                stopped_by = Some(p.step.clone());
            }
            steps.push(PlannedStep { planned: p, request, error, not_run: None });
        }
        let plan = Plan { event_type: kind_name.clone(), assistant: assistant.as_ref().map(|x| x.name.clone()), steps, skipped };
        ctx.printer.data(&plan, || {
            let mut rows = vec![("event", plan.event_type.clone()), ("assistant", plan.assistant.clone().unwrap_or_else(|| "(none: org defaults)".into()))];
            let mut lines = Vec::new();
            for (n, s) in plan.steps.iter().enumerate() {
                lines.push(format!("{}. {} ({}) [priority {}, on failure {}]", n + 1, s.planned.step, s.planned.provider, s.planned.priority, s.planned.on_failure));
                match (&s.request, &s.error) {
                    (Some(r), _) => {
                        lines.push(format!("   {} {}", r["method"].as_str().unwrap_or_default(), r["url"].as_str().unwrap_or_default()));
                        if let Some(h) = r["headers"].as_object() {
                            for (k, v) in h {
                                lines.push(format!("   {k}: {}", v.as_str().unwrap_or_default()));
                            }
                        }
                        if !r["body"].is_null() {
                            lines.push(format!("   {}", r["body"]));
                        }
                    }
                    (None, Some(e)) => lines.push(format!("   cannot render: {e}")),
                    _ => {}
                }
                if let Some(why) = &s.not_run {
                    lines.push(format!("   not run: {why}"));
                }
            }
            rows.push(("steps", if lines.is_empty() { "none".into() } else { lines.join("\n") }));
            if !plan.skipped.is_empty() {
                rows.push(("not run", plan.skipped.iter().map(|s| format!("{}: {}", s.integration, s.reason)).collect::<Vec<_>>().join("\n")));
            }
            kv_table(&rows)
        })?;
        ctx.printer.status("Dry run: nothing was queued or sent.");
        return Ok(if unrenderable > 0 { Exit::Usage } else { Exit::Ok });
    }

    if !ambiguous.is_empty() {
        return Err(Error::usage_hint(
            format!("the chain for {} cannot run:\n{}", kind_name, ambiguous.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")),
            "address an earlier step's output in full, as steps.INTEGRATION.ACTION.OUTPUT",
        )
        .into());
    }
    for s in &skipped {
        ctx.printer.status(format!("not run: {}: {}", s.integration, s.reason));
    }
    let new_steps: Vec<NewStep> = planned.iter().map(|p| new_step(p, a.max_attempts)).collect();
    let (event, inserted) = store.enqueue_event(&org, assistant.as_ref(), &kind_name, &body, a.idempotency_key.as_deref(), &new_steps)?;
    if !inserted {
        ctx.printer.status(format!(
            "An event with idempotency key '{}' was already fired: {} ({}); nothing new was queued",
            a.idempotency_key.as_deref().unwrap_or_default(),
            event.id,
            event.status
        ));
    } else {
        ctx.printer.status(format!("Fired {} event {} with {} steps", event.kind, event.id, event.steps.len()));
    }
    if a.wait && inserted && !event.steps.is_empty() {
        drop(store);
        drain(ctx, &a.run, Some(event.id.clone()), Mode::UntilEmpty, Lines::status_only(&ctx.printer))?;
        let store = ctx.store()?;
        let done = store.event(&org, &event.id)?;
        print_event(ctx, &done)?;
        return Ok(if matches!(done.status.as_str(), "succeeded" | "skipped") { Exit::Ok } else { Exit::Failed });
    }
    let fired = Fired { event_id: event.id.clone(), status: event.status.clone(), steps: event.steps.len(), duplicate: !inserted };
    ctx.printer.data(&fired, || kv_table(&[("event", fired.event_id.clone()), ("status", fired.status.clone()), ("steps", fired.steps.to_string())]))?;
    Ok(Exit::Ok)
}

/// Events per transaction for `event fire --file`.
const FIRE_BATCH: usize = 1000;

/// One line of an `event fire --file` file.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    payload: Option<Value>,
    #[serde(default)]
    assistant: Option<String>,
    #[serde(default)]
    idempotency_key: Option<String>,
}

#[derive(Serialize)]
struct FiredFile {
    events: usize,
    queued: usize,
    duplicates: usize,
    steps: usize,
    transactions: usize,
}

/// `event fire --file`: every line is parsed, validated and planned first
/// (errors name their line; nothing is queued from a bad file), then the
/// events are written `FIRE_BATCH` to a transaction.
fn fire_file(ctx: &Ctx, file: &str, max_attempts: i64) -> Result<Exit> {
    let text = if file == "-" {
        crate::textfile::read_stdin("<stdin>")?
    } else {
        crate::textfile::read(std::path::Path::new(file))?
    };
    let mut store = ctx.store()?;
    let org = ctx.org(&store)?;
    let all = all_types(ctx)?;
    let catalog = ctx.catalog()?;
    let integrations = store.integrations(&org)?;
    let mut assistants = std::collections::HashMap::new();
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let n = n + 1;
        if raw.trim().is_empty() {
            continue;
        }
        if problems.len() >= 20 {
            problems.push("  ... (further lines not checked)".to_string());
            break;
        }
        let line: Line = match serde_json::from_str(raw) {
            Ok(l) => l,
            Err(e) => {
                // serde_json's message ends with its own "at line 1 column C".
                let msg = e.to_string();
                let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
                problems.push(format!("  {file}:{n}:{}: {msg}", e.column().max(1)));
                continue;
            }
        };
        let Some(kind) = all.iter().find(|t| t.name == line.kind) else {
            problems.push(format!("  {file}:{n}: unknown event type '{}'", line.kind));
            continue;
        };
        let payload = line.payload.unwrap_or_else(|| serde_json::json!({}));
        let bad = events::validate(&kind.schema, &payload);
        if !bad.is_empty() {
            problems.push(format!("  {file}:{n}: the {} payload is invalid: {}", kind.name, bad.join("; ")));
            continue;
        }
        if let Some(name) = &line.assistant
            && !assistants.contains_key(name) {
                match store.assistant(&org, name) {
                    Ok(x) => {
                        assistants.insert(name.clone(), x);
                    }
                    Err(e) => {
                        problems.push(format!("  {file}:{n}: {e}"));
                        continue;
                    }
                }
            }
        parsed.push((line.kind, payload, line.assistant, line.idempotency_key));
    }
    if !problems.is_empty() {
        return Err(Error::usage_hint(
            format!("{file} has lines that cannot be fired; nothing was queued:\n{}", problems.join("\n")),
            "each line is one JSON object: {\"type\": \"conversation_ended\", \"payload\": {...}}, optional \"assistant\" and \"idempotency_key\"",
        )
        .into());
    }
    let templates = |id: &str| catalog.get(id).ok().map(|e| e.template.clone());
    let planned: Vec<Vec<NewStep>> = parsed
        .iter()
        .map(|(kind, payload, assistant, _)| {
            let (planned, _) = events::plan(&integrations, &templates, assistant.as_ref().and_then(|n| assistants.get(n)), kind, payload);
            planned.iter().map(|p| new_step(p, max_attempts)).collect()
        })
        .collect();
    let mut summary = FiredFile { events: parsed.len(), queued: 0, duplicates: 0, steps: 0, transactions: 0 };
    for (lines, steps) in parsed.chunks(FIRE_BATCH).zip(planned.chunks(FIRE_BATCH)) {
        let batch: Vec<NewEvent<'_>> = lines
            .iter()
            .zip(steps)
            .map(|((kind, payload, assistant, key), steps)| NewEvent {
                assistant: assistant.as_ref().and_then(|n| assistants.get(n)),
                kind,
                payload,
                idempotency_key: key.as_deref(),
                steps,
            })
            .collect();
        let queued = store.enqueue_events(&org, &batch)?;
        summary.queued += queued;
        summary.duplicates += batch.len() - queued;
        summary.steps += steps.iter().map(Vec::len).sum::<usize>();
        summary.transactions += 1;
    }
    ctx.printer.status(format!(
        "Fired {} events from {file} ({} queued, {} already fired by idempotency key) in {} transactions; run a worker or `crmctl queue process` to deliver them",
        summary.events, summary.queued, summary.duplicates, summary.transactions
    ));
    ctx.printer.data(&summary, || {
        kv_table(&[
            ("events", summary.events.to_string()),
            ("queued", summary.queued.to_string()),
            ("duplicates", summary.duplicates.to_string()),
            ("steps", summary.steps.to_string()),
        ])
    })?;
    Ok(Exit::Ok)
}

fn new_step(p: &Planned, max_attempts: i64) -> NewStep {
    NewStep {
        integration_id: p.integration_id.clone(),
        integration_name: p.integration.clone(),
        provider: p.provider.clone(),
        action: p.action.clone(),
        priority: p.priority,
        on_failure: p.on_failure.clone(),
        max_attempts,
    }
}

pub fn print_event(ctx: &Ctx, e: &Event) -> Result<()> {
    if ctx.printer.format != crate::cli::OutputFormat::Table {
        ctx.printer.data(e, || table(&[]))?;
        return Ok(());
    }
    ctx.printer.raw(&crate::output::render(kv_table(&[
        ("event", e.id.clone()),
        ("type", e.kind.clone()),
        ("assistant", e.assistant.clone().unwrap_or_else(|| "-".into())),
        ("status", e.status.clone()),
        ("created", e.created_at.clone()),
    ])))?;
    if !e.steps.is_empty() {
        print_steps(ctx, &e.steps)?;
    }
    Ok(())
}

fn list(ctx: &Ctx, a: EventListArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let events = store.events(&org, a.page.sql_limit(), a.page.offset)?;
    let matched = store.events_count(&org)?;
    ctx.printer.data(&events, || {
        let mut t = table(&["EVENT", "TYPE", "ASSISTANT", "STATUS", "CREATED", "FINISHED"]);
        for e in &events {
            t.add_row(vec![
                Cell::new(&e.id),
                Cell::new(&e.kind),
                Cell::new(e.assistant.as_deref().unwrap_or("-")),
                Cell::new(&e.status),
                Cell::new(&e.created_at),
                Cell::new(e.finished_at.as_deref().unwrap_or("-")),
            ]);
        }
        t
    })?;
    super::paging_notice(ctx, "events", &a.page, events.len(), matched);
    if events.is_empty() && ctx.printer.format == crate::cli::OutputFormat::Table {
        super::empty_notice(ctx, "events", &org.name, &[], matched, matched, a.page.offset);
    }
    Ok(Exit::Ok)
}

/// The dry-run's render: with each earlier output as a `<placeholder>`
/// string, else (for a template that needs a number there, `| int`) as a
/// number, as the worker will have it.
fn dry_render(target: &Target, action: &str, event: &Value, earlier: &[chain::Done]) -> std::result::Result<crate::http::HttpRequest, Failure> {
    // A KB import step: the first page it asks for.
    if action == crate::engine::kb::KB_IMPORT && !target.template.actions.contains_key(action) {
        let kb = target.template.knowledge_base.as_ref().ok_or_else(|| {
            Failure::new(FailureClass::Config, format!("{} has no knowledge_base section", target.template.id), "subscribe an integration whose template imports a knowledge base")
        })?;
        let mut ctx = target.context();
        ctx["kb"] = crate::engine::kb::list_context(event.get("locale").and_then(Value::as_str), event.get("since").and_then(Value::as_str));
        return crate::engine::request::build_request(target, &kb.list, &ctx, &Default::default())
            .map_err(|e| Failure::new(FailureClass::Config, format!("the KB list request cannot be rendered: {e}"), "check the template's knowledge_base.list"));
    }
    match chain::render(target, action, event, earlier, "<idempotency-key>") {
        Ok(r) => Ok(r),
        Err(f) => {
            let numeric: Vec<chain::Done> = earlier
                .iter()
                .map(|d| chain::Done {
                    outputs: Value::Object(d.outputs.as_object().into_iter().flatten().map(|(k, _)| (k.clone(), Value::from(1))).collect()),
                    ..d.clone()
                })
                .collect();
            chain::render(target, action, event, &numeric, "<idempotency-key>").map_err(|_| f)
        }
    }
}
