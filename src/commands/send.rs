
use anyhow::Result;
use serde::Serialize;

use super::targets::{runtime, stored, token_source};
use super::Ctx;
use crate::cli::SendArgs;
use crate::engine::action::{self, ActionOutcome};
use crate::engine::{jsonpath, Target};
use crate::error::{Error, Exit};
use crate::output::kv_table;
use crate::store::SyncLog;
use crate::templates::schema::{Auth, KeyLocation};

/// Reads `--payload FILE|-` (JSON) and applies `--set path=value`.
pub fn payload(source: Option<&str>, sets: &[String]) -> crate::error::Result<serde_json::Value> {
    let mut value = match source {
        None => serde_json::json!({}),
        Some("-") => {
            let text = crate::textfile::read_stdin("<stdin>")?;
            parse_json(&text, std::path::Path::new("<stdin>"))?
        }
        Some(path) => {
            let p = std::path::Path::new(path);
            let text = crate::textfile::read(p)?;
            parse_json(&text, p)?
        }
    };
    if !value.is_object() {
        return Err(Error::usage("the payload must be a JSON object"));
    }
    for s in sets {
        let (path, raw) = s.split_once('=').ok_or_else(|| Error::usage_hint(format!("--set {s}: expected path=value"), "for example: --set caller.phone=+61400000000"))?;
        // JSON where it parses (numbers, booleans, objects), else a string.
        let v = serde_json::from_str(raw).unwrap_or_else(|_| serde_json::Value::String(raw.to_string()));
        jsonpath::set(&mut value, path, v).map_err(|e| Error::usage(format!("--set {s}: {e}")))?;
    }
    Ok(value)
}

fn parse_json(text: &str, path: &std::path::Path) -> crate::error::Result<serde_json::Value> {
    serde_json::from_str(text).map_err(|e| crate::textfile::json_error(&e, path, ""))
}

#[derive(Serialize)]
struct DryRun {
    integration: String,
    action: String,
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<serde_json::Value>,
}

/// What the request will carry to authenticate, masked, without fetching
/// anything (a dry run sends nothing, not even to a token endpoint).
pub fn masked_auth(target: &Target) -> (Vec<(String, String)>, Vec<(String, String)>) {
    match &target.template.auth {
        Auth::None => (vec![], vec![]),
        Auth::ApiKey { location: KeyLocation::Header, name, .. } => (vec![(name.clone(), "****".into())], vec![]),
        Auth::ApiKey { location: KeyLocation::Query, name, .. } => (vec![], vec![(name.clone(), "****".into())]),
        Auth::Bearer { .. } | Auth::Oauth2(_) => (vec![("Authorization".into(), "Bearer ****".into())], vec![]),
        Auth::Basic { .. } => (vec![("Authorization".into(), "Basic ****".into())], vec![]),
    }
}

pub fn run(ctx: &Ctx, args: SendArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let integration = store.integration(&org, &args.name)?;
    let event = payload(args.payload.as_deref(), &args.sets)?;
    let catalog = ctx.catalog()?;
    let key = ctx.unlock(&store)?.key;
    let target = stored(&store, &catalog, &org, &key, integration)?;
    if !target.template.actions.contains_key(&args.action) {
        return Err(Error::usage(action::unknown_action(&target, &args.action).message).into());
    }
    let idempotency_key = uuid::Uuid::new_v4().to_string();
    let ctx_value = action::context(&target, &event, &serde_json::json!({}), &idempotency_key);

    // Render first: a payload that does not fit the template is an input
    // error, found before anything is sent.
    let rendered = action::render(&target, &args.action, &ctx_value, &idempotency_key).map_err(|f| {
        Error::usage_hint(target.redactor().str(&f.message), format!("the payload needs the values `crmctl template show {}` names for {}", target.template.id, args.action))
    })?;
    if args.dry_run {
        let mut req = rendered;
        let (headers, query) = masked_auth(&target);
        req.headers.extend(headers);
        let mut url = url::Url::parse(&req.url).map_err(|e| Error::usage(e.to_string()))?;
        for (k, v) in query {
            url.query_pairs_mut().append_pair(&k, &v);
        }
        let redactor = target.redactor();
        let shown = DryRun {
            integration: target.name.clone(),
            action: args.action.clone(),
            method: req.method.clone(),
            url: redactor.str(url.as_str()).replace("%2A%2A%2A%2A", "****"),
            headers: req.headers.iter().map(|(k, v)| (k.clone(), redactor.header(k, v))).collect(),
            body: req.body.as_ref().map(|b| redactor.value(b)),
        };
        ctx.printer.data(&shown, || {
            let mut rows = vec![
                ("request", format!("{} {}", shown.method, shown.url)),
                ("headers", shown.headers.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("\n")),
            ];
            if let Some(b) = &shown.body {
                rows.push(("body", serde_json::to_string_pretty(b).unwrap_or_default()));
            }
            kv_table(&rows)
        })?;
        ctx.printer.status("Dry run: nothing was sent.");
        return Ok(Exit::Ok);
    }

    let http = args.http.client();
    let tokens = token_source(ctx, key);
    let started = crate::store::now();
    let (outcome, detail) = runtime()?.block_on(action::run(&target, &args.action, &ctx_value, &idempotency_key, &http, &tokens));
    let i = target.integration.as_ref().expect("a stored integration");
    store.insert_sync_log(
        &org,
        &SyncLog {
            created: i64::from(outcome.ok),
            error_class: outcome.failure.as_ref().map(|f| f.class.as_str().to_string()),
            http_status: outcome.http_status.map(i64::from),
            detail,
            ..SyncLog::one("action", Some(i.id.clone()), &i.name, outcome.ok, started, outcome.latency_ms)
        },
    )?;
    print(ctx, &outcome)?;
    Ok(if outcome.ok { Exit::Ok } else { Exit::Failed })
}

pub fn print(ctx: &Ctx, o: &ActionOutcome) -> Result<()> {
    ctx.printer.data(o, || {
        let mut rows = vec![
            ("integration", o.integration.clone()),
            ("action", o.action.clone()),
            ("result", if o.ok { "ok".into() } else { format!("failed ({})", o.failure.as_ref().map(|f| f.class.as_str()).unwrap_or("error")) }),
            ("http", o.http_status.map(|s| s.to_string()).unwrap_or_else(|| "-".into())),
            ("latency", format!("{} ms", o.latency_ms)),
        ];
        if !o.outputs.is_empty() {
            rows.push(("outputs", o.outputs.iter().map(|(k, v)| format!("{k} = {}", jsonpath::text(v))).collect::<Vec<_>>().join("\n")));
        }
        if let Some(f) = &o.failure {
            rows.push(("error", f.message.clone()));
            rows.push(("hint", f.hint.clone()));
        }
        kv_table(&rows)
    })?;
    Ok(())
}
