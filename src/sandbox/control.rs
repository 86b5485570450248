//! The front of every switched request (logging, latency, the switches)
//! and the `/_sandbox/*` control endpoints.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{lock, RequestRecord, SandboxState, Switches, REQUEST_LOG_CAP};

/// Request bodies larger than this are refused with 413.
const MAX_BODY: usize = 1024 * 1024;

/// A JSON error body: `{"error": code, "message": message}`.
pub(super) fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Response {
    (status, Json(json!({"error": code, "message": message.into()}))).into_response()
}

pub(super) async fn not_found(req: Request) -> Response {
    error(StatusCode::NOT_FOUND, "not_found", format!("no route for {} {}", req.method(), req.uri().path()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Switch {
    RateLimited,
    ServerError,
    Hang,
    Malformed,
}

impl Switch {
    fn as_str(self) -> &'static str {
        match self {
            Switch::RateLimited => "rate_limited",
            Switch::ServerError => "server_error",
            Switch::Hang => "hang",
            Switch::Malformed => "malformed",
        }
    }
}

fn every(n: u64, seq: u64) -> bool {
    n > 0 && seq.is_multiple_of(n)
}

/// Logs the request, waits the latency, and applies the switches in this
/// order: 429, 503, hang, malformed (which corrupts a 2xx body after the
/// handler ran, so the request still took effect).
pub(super) async fn front(State(st): State<Arc<SandboxState>>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = match to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => return error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large", format!("request bodies are limited to {MAX_BODY} bytes")),
    };
    st.counters.requests.fetch_add(1, Ordering::Relaxed);
    let seq = record(&st, &parts, &bytes);
    let n = st.switch_seq.fetch_add(1, Ordering::SeqCst) + 1;
    let sw = st.switches();
    let mut stop = st.shutdown_signal();

    if sw.latency_ms > 0 {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(sw.latency_ms)) => {}
            _ = stop.wait_for(|s| *s) => {}
        }
    }
    let switch = if every(sw.rate_limit_every, n) {
        Some(Switch::RateLimited)
    } else if every(sw.error_every, n) {
        Some(Switch::ServerError)
    } else if every(sw.hang_every, n) {
        Some(Switch::Hang)
    } else if every(sw.malformed_every, n) {
        Some(Switch::Malformed)
    } else {
        None
    };
    let mut resp = match switch {
        Some(Switch::RateLimited) => {
            st.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
            let mut r = error(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests; retry after 1 second");
            let h = r.headers_mut();
            h.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
            let (limit, _, reset) = st.window_state(false);
            h.insert("x-ratelimit-limit", limit.into());
            h.insert("x-ratelimit-remaining", 0u64.into());
            h.insert("x-ratelimit-reset", reset.into());
            r
        }
        Some(Switch::ServerError) => {
            st.counters.server_errors.fetch_add(1, Ordering::Relaxed);
            error(StatusCode::SERVICE_UNAVAILABLE, "unavailable", "the sandbox is pretending to be down (error_every)")
        }
        Some(Switch::Hang) => {
            st.counters.hangs.fetch_add(1, Ordering::Relaxed);
            finish(&st, seq, None, Some(Switch::Hang), false);
            // Never answer while running; the client gives up and drops the
            // connection, which drops this future. On shutdown, answer so the
            // server can stop.
            let _ = stop.wait_for(|s| *s).await;
            return error(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", "the sandbox is stopping");
        }
        Some(Switch::Malformed) | None => next.run(Request::from_parts(parts, Body::from(bytes))).await,
    };
    let mut applied = switch;
    if switch == Some(Switch::Malformed) {
        if resp.status().is_success() {
            st.counters.malformed.fetch_add(1, Ordering::Relaxed);
            resp = corrupt(resp).await;
        } else {
            applied = None;
        }
    }
    let replayed = resp.headers().contains_key("idempotent-replayed");
    finish(&st, seq, Some(resp.status().as_u16()), applied, replayed);
    resp
}

/// The same response with its body cut in half: valid JSON never survives
/// that for an object or array.
async fn corrupt(resp: Response) -> Response {
    let (mut parts, body) = resp.into_parts();
    let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
    let mut cut = bytes[..bytes.len() / 2].to_vec();
    if cut.is_empty() || serde_json::from_slice::<Value>(&cut).is_ok() {
        cut = b"{\"data\": [{\"id\": 1, \"na".to_vec();
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.status = StatusCode::OK;
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Response::from_parts(parts, Body::from(cut))
}

/// Masks a credential, keeping its scheme and last four characters of a
/// long one: `Bearer ****abcd`.
pub(super) fn mask(value: &str) -> String {
    let (scheme, secret) = match value.split_once(' ') {
        Some((s, rest)) => (format!("{s} "), rest.trim()),
        None => (String::new(), value.trim()),
    };
    let n = secret.chars().count();
    let tail: String = if n >= 12 { secret.chars().skip(n - 4).collect() } else { String::new() };
    format!("{scheme}****{tail}")
}

const SECRET_PARAMS: &[&str] = &["client_secret", "refresh_token", "code", "code_verifier", "password", "access_token", "api_key"];

fn body_value(headers: &HeaderMap, bytes: &Bytes) -> Value {
    if bytes.is_empty() {
        return Value::Null;
    }
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if ctype.starts_with("application/x-www-form-urlencoded") {
        let mut m = serde_json::Map::new();
        for (k, v) in url::form_urlencoded::parse(bytes) {
            let v = if SECRET_PARAMS.contains(&k.as_ref()) { mask(&v) } else { v.into_owned() };
            m.insert(k.into_owned(), Value::String(v));
        }
        return Value::Object(m);
    }
    serde_json::from_slice(bytes).unwrap_or_else(|_| {
        let text = String::from_utf8_lossy(bytes);
        Value::String(text.chars().take(64 * 1024).collect())
    })
}

fn record(st: &SandboxState, parts: &axum::http::request::Parts, bytes: &Bytes) -> u64 {
    let seq = st.log_seq.fetch_add(1, Ordering::SeqCst) + 1;
    let mut headers = serde_json::Map::new();
    for (k, v) in &parts.headers {
        let name = k.as_str().to_ascii_lowercase();
        let v = String::from_utf8_lossy(v.as_bytes()).into_owned();
        let v = if matches!(name.as_str(), "authorization" | "x-api-key" | "cookie") { mask(&v) } else { v };
        headers.insert(name, Value::String(v));
    }
    let query = parts
        .uri
        .query()
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).map(|(k, v)| (k.into_owned(), Value::String(v.into_owned()))).collect())
        .unwrap_or_default();
    let idempotency_key = parts.headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_string);
    let rec = RequestRecord {
        seq,
        at: jiff::Timestamp::now().to_string(),
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query,
        idempotency_key,
        headers,
        body: body_value(&parts.headers, bytes),
        status: None,
        switched: None,
        replayed: false,
    };
    let mut log = lock(&st.log);
    if log.len() >= REQUEST_LOG_CAP {
        log.pop_front();
    }
    log.push_back(rec);
    seq
}

fn finish(st: &SandboxState, seq: u64, status: Option<u16>, switch: Option<Switch>, replayed: bool) {
    let mut log = lock(&st.log);
    if let Some(r) = log.iter_mut().rev().find(|r| r.seq == seq) {
        r.status = status;
        r.switched = switch.map(|s| s.as_str().to_string());
        r.replayed = replayed;
    }
}

fn config_json(st: &SandboxState) -> Value {
    let s = st.switches();
    json!({
        "url": st.base_url(),
        "latency_ms": s.latency_ms,
        "rate_limit_every": s.rate_limit_every,
        "error_every": s.error_every,
        "hang_every": s.hang_every,
        "malformed_every": s.malformed_every,
        "token_ttl_s": s.token_ttl_s,
        "records": st.records(),
        "client_id": st.client_id(),
        "scopes": super::SCOPES,
    })
}

pub(super) async fn get_config(State(st): State<Arc<SandboxState>>) -> Response {
    Json(config_json(&st)).into_response()
}

/// A partial update: only the switches named change.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SwitchUpdate {
    latency_ms: Option<u64>,
    rate_limit_every: Option<u64>,
    error_every: Option<u64>,
    hang_every: Option<u64>,
    malformed_every: Option<u64>,
    token_ttl_s: Option<u64>,
}

pub(super) async fn set_config(State(st): State<Arc<SandboxState>>, body: Bytes) -> Response {
    let update: SwitchUpdate = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                "invalid_config",
                format!("{e}; send a JSON object with any of latency_ms, rate_limit_every, error_every, hang_every, malformed_every, token_ttl_s"),
            )
        }
    };
    let old = st.switches();
    st.set_switches(Switches {
        latency_ms: update.latency_ms.unwrap_or(old.latency_ms),
        rate_limit_every: update.rate_limit_every.unwrap_or(old.rate_limit_every),
        error_every: update.error_every.unwrap_or(old.error_every),
        hang_every: update.hang_every.unwrap_or(old.hang_every),
        malformed_every: update.malformed_every.unwrap_or(old.malformed_every),
        token_ttl_s: update.token_ttl_s.unwrap_or(old.token_ttl_s),
    });
    Json(config_json(&st)).into_response()
}

/// `GET /_sandbox/requests[?method=POST][&path=/oauth/token]`: the log,
/// oldest first.
pub(super) async fn get_requests(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let method = q.get("method").map(|m| m.to_ascii_uppercase());
    let path = q.get("path");
    let rows: Vec<RequestRecord> = st
        .requests()
        .into_iter()
        .filter(|r| method.as_ref().is_none_or(|m| *m == r.method) && path.is_none_or(|p| *p == r.path))
        .collect();
    Json(rows).into_response()
}

pub(super) async fn clear_requests(State(st): State<Arc<SandboxState>>) -> Response {
    st.clear_requests();
    StatusCode::NO_CONTENT.into_response()
}

pub(super) async fn stats(State(st): State<Arc<SandboxState>>) -> Response {
    let db = st.db();
    let c = st.counters.snapshot();
    Json(json!({
        "counters": c,
        "records": {
            "contacts": db.contacts.len(),
            "tickets": db.tickets.len(),
            "deals": db.deals.len(),
            "articles": db.articles.len(),
            "calls": db.calls.len(),
            "notes": db.notes.len(),
        },
        "tokens": {"access": db.access.len(), "refresh": db.refresh.len()},
    }))
    .into_response()
}

pub(super) async fn revoke_tokens(State(st): State<Arc<SandboxState>>) -> Response {
    let n = st.revoke_access_tokens();
    Json(json!({"revoked": n})).into_response()
}
