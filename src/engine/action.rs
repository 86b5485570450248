//! Running one outbound action of an integration.

use std::collections::BTreeMap;
use std::time::Instant;

use serde::Serialize;

use super::auth::{credentials, refreshable};
use super::conntest::judge;
use super::{build_request, jsonpath, Failure, Target, TokenSource};
use crate::http::{Http, HttpRequest};

/// What an action did. Stable JSON.
#[derive(Debug, Clone, Serialize)]
pub struct ActionOutcome {
    pub integration: String,
    pub action: String,
    pub ok: bool,
    pub http_status: Option<u16>,
    pub latency_ms: u64,
    /// Values the template takes from the response for later steps.
    pub outputs: BTreeMap<String, serde_json::Value>,
    pub failure: Option<Failure>,
}

/// The rendering context of an action: the fields, the event payload,
/// earlier steps' outputs, the integration, and an idempotency key.
pub fn context(target: &Target, event: &serde_json::Value, steps: &serde_json::Value, idempotency_key: &str) -> serde_json::Value {
    let mut ctx = target.context();
    let m = ctx.as_object_mut().expect("the context is an object");
    m.insert("event".into(), event.clone());
    m.insert("steps".into(), steps.clone());
    m.insert("integration".into(), serde_json::json!({"name": target.name, "id": target.integration_id()}));
    m.insert("idempotency_key".into(), serde_json::Value::String(idempotency_key.to_string()));
    ctx
}

/// Renders the action's request without credentials, for `--dry-run`.
pub fn render(target: &Target, action: &str, ctx: &serde_json::Value, idempotency_key: &str) -> Result<HttpRequest, Failure> {
    let spec = target.template.actions.get(action).ok_or_else(|| unknown_action(target, action))?;
    let mut req = build_request(target, &spec.request, ctx, &Default::default())
        .map_err(|e| Failure::config(format!("rendering {action}: {e}")))?;
    if let Some(h) = &spec.idempotency_header {
        req.headers.push((h.clone(), idempotency_key.to_string()));
    }
    Ok(req)
}

pub fn unknown_action(target: &Target, action: &str) -> Failure {
    Failure::config(format!(
        "{} has no action '{action}'; it has: {}",
        target.template.id,
        target.template.actions.keys().cloned().collect::<Vec<_>>().join(", ")
    ))
}

/// Sends the action. Returns the outcome and a redacted record of the
/// exchange for the sync log.
pub async fn run(target: &Target, action: &str, ctx: &serde_json::Value, idempotency_key: &str, http: &Http, tokens: &TokenSource) -> (ActionOutcome, serde_json::Value) {
    run_with(target, target.redactor(), action, ctx, idempotency_key, http, tokens).await
}

/// [`run`] with the target's redactor already built ([`Target::redactor`]),
/// for callers that run many actions of one target (the queue): working out
/// a secret's wire forms costs more than a step's own redaction.
pub async fn run_with(
    target: &Target,
    mut redactor: crate::http::Redactor,
    action: &str,
    ctx: &serde_json::Value,
    idempotency_key: &str,
    http: &Http,
    tokens: &TokenSource,
) -> (ActionOutcome, serde_json::Value) {
    let started = Instant::now();
    let mut exchanges = Vec::new();
    let mut outcome = ActionOutcome {
        integration: target.name.clone(),
        action: action.to_string(),
        ok: false,
        http_status: None,
        latency_ms: 0,
        outputs: BTreeMap::new(),
        failure: None,
    };
    let result: Result<(), Failure> = async {
        let spec = target.template.actions.get(action).ok_or_else(|| unknown_action(target, action))?;
        let mut stale = None;
        let mut refreshed = false;
        let mut csrf_refetched = false;
        let csrf = target.template.csrf.as_ref().filter(|_| spec.request.method != crate::templates::schema::Method::Get);
        loop {
            let creds = credentials(target, http, tokens, stale).await?;
            for t in &creds.tokens {
                redactor.add(t);
            }
            let mut req = build_request(target, &spec.request, ctx, &creds).map_err(|e| Failure::config(format!("rendering {action}: {e}")))?;
            if let Some(h) = &spec.idempotency_header {
                req.headers.push((h.clone(), idempotency_key.to_string()));
            }
            if let Some(c) = csrf {
                let session = super::csrf::session(target, c, &creds, http, &mut redactor, &mut exchanges).await?;
                req.headers.push((c.header.clone(), session.token.clone()));
                if !session.cookies.is_empty() {
                    req.headers.push(("Cookie".into(), session.cookies.clone()));
                }
            }
            let resp = match http.execute(&req).await {
                Ok(r) => r,
                Err(e) => {
                    exchanges.push(object([("request", redactor.request(&req)), ("error", redactor.str(&e.to_string()).into())]));
                    return Err(Failure::transport(&e, &redactor.str(&req.url), http.timeout()));
                }
            };
            exchanges.push(object([("request", redactor.request(&req)), ("response", redactor.response(&resp))]));
            outcome.http_status = Some(resp.status);
            if resp.status == 401 && !refreshed && refreshable(target) && creds.generation.is_some() {
                refreshed = true;
                stale = creds.generation;
                continue;
            }
            // A CSRF token the provider no longer accepts (its session ended):
            // one fresh fetch and one retry.
            if resp.status == 403 && !csrf_refetched && csrf.is_some() {
                csrf_refetched = true;
                super::csrf::forget(target);
                continue;
            }
            let body = resp.json();
            let status = resp.status;
            judge(target, &spec.expect, &BTreeMap::new(), resp, &redactor.str(&req.url)).map_err(|(f, _)| f)?;
            // Outputs feed later steps: a body they cannot be read from fails here.
            let Some(body) = body.or_else(|| spec.outputs.is_empty().then(serde_json::Value::default)) else {
                let mut f = Failure::new(
                    super::FailureClass::UnexpectedResponse,
                    format!("{status} from {}, but the body is not JSON, so {} cannot be read", redactor.str(&req.url), spec.outputs.keys().cloned().collect::<Vec<_>>().join(", ")),
                    "the provider answered with something other than its API's JSON; check the base URL and the action's path",
                );
                f.http_status = Some(status);
                return Err(f);
            };
            for (name, path) in &spec.outputs {
                if let Some(v) = jsonpath::get(&body, path) {
                    outcome.outputs.insert(name.clone(), v.clone());
                }
            }
            return Ok(());
        }
    }
    .await;
    outcome.latency_ms = started.elapsed().as_millis() as u64;
    match result {
        Ok(()) => outcome.ok = true,
        Err(mut f) => {
            f.message = redactor.str(&f.message);
            f.hint = redactor.str(&f.hint);
            outcome.http_status = f.http_status.or(outcome.http_status);
            outcome.failure = Some(f);
        }
    }
    // Everything once more, with every token the run met.
    let mut detail = object([("exchanges", serde_json::Value::Array(exchanges)), ("outcome", serde_json::to_value(&outcome).unwrap_or_default())]);
    redactor.value_in_place(&mut detail);
    outcome.outputs.values_mut().for_each(|v| redactor.value_in_place(v));
    (outcome, detail)
}

/// A JSON object of values already built, moved in (`json!` would copy
/// each one).
pub(crate) fn object<const N: usize>(fields: [(&str, serde_json::Value); N]) -> serde_json::Value {
    serde_json::Value::Object(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}
