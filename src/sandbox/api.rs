//! `/api/v1/*`: authentication, rate-limit headers, and the resources.
//!
//! Each list endpoint pages the way a different vendor does, so whatever
//! pages through them meets every common style:
//! contacts by opaque `cursor` + `limit` (`next_cursor`), tickets by `page`
//! + `per_page` (a `Link` header), deals by `offset` + `limit` (`has_more`),
//! articles by `page` + `per_page` (a `next_page` URL). Every list takes
//! `updated_since` (RFC 3339).

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::Engine as _;
use jiff::Timestamp;
use serde_json::{json, Map, Value};

use super::control::error;
use super::{lock, Contact, Db, SandboxState, Stored, Ticket};

/// The quota the rate-limit headers report, per one-minute window. It is
/// reported, not enforced: 429s come from the `rate_limit_every` switch.
pub(super) const RATE_LIMIT: u64 = 600;
const WINDOW: Duration = Duration::from_secs(60);

const DEFAULT_PAGE: u64 = 10;
const MAX_PAGE: u64 = 100;

type Reply = Result<Response, Response>;

/// Who a request authenticated as.
#[derive(Clone, Debug)]
pub(super) enum Identity {
    ApiKey,
    Token { client_id: String, scopes: Vec<String>, expires_in: u64 },
}

impl SandboxState {
    /// (limit, remaining, seconds until the window resets); `count` counts
    /// this request.
    pub(super) fn window_state(&self, count: bool) -> (u64, u64, u64) {
        let mut w = lock(&self.window);
        let now = Instant::now();
        if now.duration_since(w.0) >= WINDOW {
            *w = (now, 0);
        }
        if count {
            w.1 += 1;
        }
        let left = WINDOW.saturating_sub(now.duration_since(w.0));
        (RATE_LIMIT, RATE_LIMIT.saturating_sub(w.1), left.as_secs_f64().ceil() as u64)
    }
}

/// The scope an endpoint needs from an OAuth token.
fn required_scope(method: &Method, path: &str) -> &'static str {
    let write = *method != Method::GET && *method != Method::HEAD;
    let rest = path.trim_start_matches("/api/v1/");
    match rest.split('/').next().unwrap_or("") {
        "me" => "account.read",
        "contacts" if write => "contacts.write",
        "contacts" => "contacts.read",
        "tickets" if write => "tickets.write",
        "tickets" => "tickets.read",
        "deals" => "deals.read",
        "calls" => "calls.write",
        "notes" => "notes.write",
        "kb" => "kb.read",
        _ => "account.read",
    }
}

fn unauthorized(code: &str, message: &str, challenge: String) -> Response {
    let mut r = error(StatusCode::UNAUTHORIZED, code, message);
    if let Ok(v) = HeaderValue::from_str(&challenge) {
        r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    r
}

fn identify(st: &SandboxState, headers: &HeaderMap, needed: &str) -> Result<Identity, Response> {
    if let Some(key) = headers.get("x-api-key") {
        return if key.as_bytes() == st.api_key().as_bytes() {
            Ok(Identity::ApiKey)
        } else {
            Err(unauthorized("invalid_api_key", "the X-Api-Key is not this sandbox's API key", "Bearer realm=\"sandbox\"".into()))
        };
    }
    let auth = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    let Some(token) = auth.strip_prefix("Bearer ").or_else(|| auth.strip_prefix("bearer ")).map(str::trim) else {
        return Err(unauthorized(
            "unauthorized",
            "no credentials: send X-Api-Key: <key> or Authorization: Bearer <token from /oauth/token>",
            "Bearer realm=\"sandbox\"".into(),
        ));
    };
    let grant = st.db().access.get(token).cloned();
    let Some(grant) = grant else {
        return Err(unauthorized(
            "invalid_token",
            "the access token is unknown or revoked",
            "Bearer realm=\"sandbox\", error=\"invalid_token\", error_description=\"unknown or revoked token\"".into(),
        ));
    };
    let now = Instant::now();
    if grant.expires_at <= now {
        return Err(unauthorized(
            "invalid_token",
            "the access token expired",
            "Bearer realm=\"sandbox\", error=\"invalid_token\", error_description=\"the access token expired\"".into(),
        ));
    }
    if !grant.scopes.iter().any(|s| s == needed) {
        let mut r = error(StatusCode::FORBIDDEN, "insufficient_scope", format!("this endpoint needs the scope {needed}; the token has: {}", grant.scopes.join(" ")));
        if let Ok(v) = HeaderValue::from_str(&format!("Bearer realm=\"sandbox\", error=\"insufficient_scope\", scope=\"{needed}\"")) {
            r.headers_mut().insert(header::WWW_AUTHENTICATE, v);
        }
        return Err(r);
    }
    Ok(Identity::Token { client_id: grant.client_id, scopes: grant.scopes, expires_in: grant.expires_at.duration_since(now).as_secs() })
}

/// Checks `X-Api-Key` or a bearer token and its scope, and adds the
/// rate-limit headers to every answer.
pub(super) async fn authenticate(State(st): State<Arc<SandboxState>>, mut req: Request, next: Next) -> Response {
    let needed = required_scope(req.method(), req.uri().path());
    let mut resp = match identify(&st, req.headers(), needed) {
        Ok(id) => {
            req.extensions_mut().insert(id);
            next.run(req).await
        }
        Err(r) => r,
    };
    let (limit, remaining, reset) = st.window_state(true);
    let h = resp.headers_mut();
    h.insert("x-ratelimit-limit", limit.into());
    h.insert("x-ratelimit-remaining", remaining.into());
    h.insert("x-ratelimit-reset", reset.into());
    resp
}

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

fn bad_request(code: &str, message: impl Into<String>) -> Response {
    error(StatusCode::BAD_REQUEST, code, message)
}

fn invalid(field: &str, message: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({
            "error": "validation_failed",
            "message": format!("{field} {message}"),
            "errors": [{"field": field, "message": message}],
        })),
    )
        .into_response()
}

fn number(q: &HashMap<String, String>, name: &str, default: u64, min: u64, max: u64) -> Result<u64, Response> {
    match q.get(name).map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => match s.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(bad_request("invalid_parameter", format!("{name} must be an integer from {min} to {max}, not '{s}'"))),
        },
    }
}

fn since(q: &HashMap<String, String>) -> Result<Option<Timestamp>, Response> {
    match q.get("updated_since").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s
            .parse::<Timestamp>()
            .map(Some)
            .map_err(|_| bad_request("invalid_parameter", format!("updated_since must be an RFC 3339 time such as 2025-01-31T00:00:00Z, not '{s}'"))),
    }
}

fn newer(updated: Timestamp, since: Option<Timestamp>) -> bool {
    since.is_none_or(|s| updated >= s)
}

/// One page of the items `keep` selects, and how many it selects in all.
/// Without a filter the page is a slice (a million-item listing stays
/// linear overall, as a real API's does); with one, a single pass that
/// keeps only the page.
fn window<T>(all: &[T], filtered: bool, keep: impl Fn(&T) -> bool, start: u64, len: u64) -> (Vec<&T>, u64) {
    if !filtered {
        let from = (start as usize).min(all.len());
        let to = (start.saturating_add(len) as usize).min(all.len());
        return (all[from..to].iter().collect(), all.len() as u64);
    }
    let mut total = 0u64;
    let mut page = Vec::with_capacity(len as usize);
    for item in all.iter().filter(|i| keep(i)) {
        if total >= start && total < start.saturating_add(len) {
            page.push(item);
        }
        total += 1;
    }
    (page, total)
}

/// An absolute URL on this sandbox with these query parameters.
fn url(st: &SandboxState, path: &str, params: &[(&str, String)]) -> String {
    let mut u = url::Url::parse(&format!("{}{path}", st.base_url())).expect("the sandbox's own URL parses");
    {
        let mut pairs = u.query_pairs_mut();
        for (k, v) in params {
            pairs.append_pair(k, v);
        }
    }
    u.to_string()
}

fn encode_cursor(after: u64) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("contacts:after:{after}"))
}

fn decode_cursor(c: &str) -> Option<u64> {
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(c.trim()).ok()?;
    String::from_utf8(raw).ok()?.strip_prefix("contacts:after:")?.parse().ok()
}

fn parse_id(s: &str) -> Option<u64> {
    s.trim().parse().ok()
}

fn body_object(bytes: &Bytes) -> Result<Map<String, Value>, Response> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err(error(StatusCode::UNPROCESSABLE_ENTITY, "validation_failed", "the body must be a JSON object")),
        Err(e) => Err(bad_request("invalid_json", format!("the body is not JSON: {e}"))),
    }
}

/// An optional string: a string (trimmed; empty counts as absent), a
/// number or a boolean as text, or null.
fn opt_str(m: &Map<String, Value>, key: &str) -> Result<Option<String>, Response> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(Value::Bool(b)) => Ok(Some(b.to_string())),
        Some(_) => Err(invalid(key, "must be a string")),
    }
}

/// An optional id: a number, or a string of digits; empty counts as absent.
fn opt_id(m: &Map<String, Value>, key: &str) -> Result<Option<u64>, Response> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => n.as_u64().map(Some).ok_or_else(|| invalid(key, "must be a positive integer")),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => parse_id(s).map(Some).ok_or_else(|| invalid(key, "must be a positive integer")),
        Some(_) => Err(invalid(key, "must be a positive integer")),
    }
}

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !s.contains(char::is_whitespace) && !domain.contains('@')
}

/// Runs a creating request once per Idempotency-Key: a repeated key gets
/// the first 2xx answer again (with `Idempotent-Replayed: true`) and
/// creates nothing. The check and the creation happen under one lock, so
/// concurrent retries cannot both create.
fn idempotent(st: &SandboxState, headers: &HeaderMap, route: &str, create: impl FnOnce(&mut Db) -> Result<(StatusCode, Value), Response>) -> Response {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let mut db = st.db();
    if let Some(k) = &key
        && let Some(s) = db.idempotency.get(&(route.to_string(), k.clone())) {
            st.counters.idempotent_replays.fetch_add(1, Ordering::Relaxed);
            let status = StatusCode::from_u16(s.status).unwrap_or(StatusCode::OK);
            return (status, [("idempotent-replayed", "true")], Json(s.body.clone())).into_response();
        }
    match create(&mut db) {
        Ok((status, body)) => {
            if let Some(k) = key {
                db.idempotency.insert((route.to_string(), k), Stored { status: status.as_u16(), body: body.clone() });
            }
            if status == StatusCode::CREATED {
                st.counters.created.fetch_add(1, Ordering::Relaxed);
            }
            (status, Json(body)).into_response()
        }
        Err(r) => r,
    }
}

// ---------------------------------------------------------------------------
// account
// ---------------------------------------------------------------------------

/// The connection-test target.
pub(super) async fn me(Extension(id): Extension<Identity>) -> Response {
    let auth = match id {
        Identity::ApiKey => json!({"type": "api_key"}),
        Identity::Token { client_id, scopes, expires_in } => json!({"type": "oauth2", "client_id": client_id, "scopes": scopes, "expires_in": expires_in}),
    };
    Json(json!({
        "account": {
            "id": "acct_sandbox_0001",
            "name": "Sandbox Trading Co",
            "plan": "developer",
            "region": "local",
            "created_at": "2025-01-06T09:00:00Z",
            "user": {"id": 1, "name": "Sandbox Admin", "email": "admin@sandbox.example", "role": "admin"},
        },
        "auth": auth,
    }))
    .into_response()
}

// ---------------------------------------------------------------------------
// contacts: cursor pagination
// ---------------------------------------------------------------------------

pub(super) async fn list_contacts(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Reply {
    let since = since(&q)?;
    let limit = number(&q, "limit", DEFAULT_PAGE, 1, MAX_PAGE)?;
    let after = match q.get("cursor").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        None => 0,
        Some(c) => decode_cursor(c).ok_or_else(|| bad_request("invalid_cursor", "the cursor is not one this API returned"))?,
    };
    let email = q.get("email").map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty());
    let db = st.db();
    // Contacts are kept in id order (new ones get the next id), so the page
    // after a cursor starts at a binary search rather than a scan from the
    // first contact: a million-contact listing stays linear overall.
    let start = db.contacts.partition_point(|c| c.id <= after);
    let mut page: Vec<&Contact> = db.contacts[start..]
        .iter()
        .filter(|c| newer(c.updated_at, since) && email.as_ref().is_none_or(|e| c.email.to_lowercase() == *e))
        .take(limit as usize + 1)
        .collect();
    let more = page.len() > limit as usize;
    page.truncate(limit as usize);
    let next = if more { page.last().map(|c| encode_cursor(c.id)) } else { None };
    Ok(Json(json!({"data": page, "next_cursor": next, "limit": limit})).into_response())
}

pub(super) async fn get_contact(State(st): State<Arc<SandboxState>>, Path(id): Path<String>) -> Reply {
    let db = st.db();
    let c = parse_id(&id).and_then(|id| db.contacts.iter().find(|c| c.id == id));
    match c {
        Some(c) => Ok(Json(json!({"contact": c})).into_response()),
        None => Err(error(StatusCode::NOT_FOUND, "not_found", format!("no contact with id {id}"))),
    }
}

/// Upserts by email (case-insensitive): 201 and `created: true` for a new
/// contact, 200 and `created: false` for an update of the given fields.
pub(super) async fn upsert_contact(State(st): State<Arc<SandboxState>>, headers: HeaderMap, body: Bytes) -> Reply {
    let m = body_object(&body)?;
    let email = opt_str(&m, "email")?.ok_or_else(|| invalid("email", "is required"))?;
    if !valid_email(&email) {
        return Err(invalid("email", "is not an email address"));
    }
    let first = opt_str(&m, "first_name")?;
    let last = opt_str(&m, "last_name")?;
    let phone = opt_str(&m, "phone")?;
    let company = opt_str(&m, "company")?;
    Ok(idempotent(&st, &headers, "POST /api/v1/contacts", move |db| {
        let now = Timestamp::now();
        if let Some(c) = db.contacts.iter_mut().find(|c| c.email.eq_ignore_ascii_case(&email)) {
            if let Some(v) = first {
                c.first_name = v;
            }
            if let Some(v) = last {
                c.last_name = v;
            }
            if phone.is_some() {
                c.phone = phone;
            }
            if company.is_some() {
                c.company = company;
            }
            c.updated_at = now;
            return Ok((StatusCode::OK, json!({"id": c.id, "contact": c, "created": false})));
        }
        let c = Contact {
            id: db.next_contact,
            first_name: first.unwrap_or_default(),
            last_name: last.unwrap_or_default(),
            email,
            phone,
            company,
            created_at: now,
            updated_at: now,
        };
        db.next_contact += 1;
        let body = json!({"id": c.id, "contact": &c, "created": true});
        db.contacts.push(c);
        Ok((StatusCode::CREATED, body))
    }))
}

// ---------------------------------------------------------------------------
// tickets: page + per_page, Link header
// ---------------------------------------------------------------------------

const TICKET_STATUSES: &[&str] = &["open", "pending", "solved"];
const TICKET_PRIORITIES: &[&str] = &["low", "normal", "high", "urgent"];

pub(super) async fn list_tickets(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Reply {
    let since_v = since(&q)?;
    let page = number(&q, "page", 1, 1, u32::MAX as u64)?;
    let per_page = number(&q, "per_page", DEFAULT_PAGE, 1, MAX_PAGE)?;
    let status = q.get("status").map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    if let Some(s) = &status
        && !TICKET_STATUSES.contains(&s.as_str()) {
            return Err(bad_request("invalid_parameter", format!("status must be one of {}", TICKET_STATUSES.join(", "))));
        }
    let db = st.db();
    let start = (page - 1).saturating_mul(per_page);
    let filtered = since_v.is_some() || status.is_some();
    let (items, total): (Vec<&Ticket>, u64) =
        window(&db.tickets, filtered, |t| newer(t.updated_at, since_v) && status.as_ref().is_none_or(|s| t.status == *s), start, per_page);
    let link_to = |p: u64| {
        let mut params = vec![("page", p.to_string()), ("per_page", per_page.to_string())];
        if let Some(s) = q.get("updated_since").filter(|s| !s.trim().is_empty()) {
            params.push(("updated_since", s.clone()));
        }
        if let Some(s) = &status {
            params.push(("status", s.clone()));
        }
        url(&st, "/api/v1/tickets", &params)
    };
    let mut links = Vec::new();
    if start + per_page < total {
        links.push(format!("<{}>; rel=\"next\"", link_to(page + 1)));
    }
    if page > 1 {
        links.push(format!("<{}>; rel=\"prev\"", link_to(page - 1)));
    }
    let mut resp = Json(json!({"tickets": items, "page": page, "per_page": per_page, "total": total})).into_response();
    if !links.is_empty()
        && let Ok(v) = HeaderValue::from_str(&links.join(", ")) {
            resp.headers_mut().insert(header::LINK, v);
        }
    resp.headers_mut().insert("x-total-count", total.into());
    Ok(resp)
}

pub(super) async fn get_ticket(State(st): State<Arc<SandboxState>>, Path(id): Path<String>) -> Reply {
    let db = st.db();
    match parse_id(&id).and_then(|id| db.tickets.iter().find(|t| t.id == id)) {
        Some(t) => Ok(Json(json!({"ticket": t})).into_response()),
        None => Err(error(StatusCode::NOT_FOUND, "not_found", format!("no ticket with id {id}"))),
    }
}

pub(super) async fn create_ticket(State(st): State<Arc<SandboxState>>, headers: HeaderMap, body: Bytes) -> Reply {
    let m = body_object(&body)?;
    let subject = opt_str(&m, "subject")?.ok_or_else(|| invalid("subject", "is required"))?;
    let description = opt_str(&m, "description")?.unwrap_or_default();
    let status = opt_str(&m, "status")?.unwrap_or_else(|| "open".into());
    if !TICKET_STATUSES.contains(&status.as_str()) {
        return Err(invalid("status", "must be open, pending or solved"));
    }
    let priority = opt_str(&m, "priority")?.unwrap_or_else(|| "normal".into());
    if !TICKET_PRIORITIES.contains(&priority.as_str()) {
        return Err(invalid("priority", "must be low, normal, high or urgent"));
    }
    let requester = opt_str(&m, "requester_email")?;
    if requester.as_deref().is_some_and(|e| !valid_email(e)) {
        return Err(invalid("requester_email", "is not an email address"));
    }
    Ok(idempotent(&st, &headers, "POST /api/v1/tickets", move |db| {
        let now = Timestamp::now();
        let t = Ticket { id: db.next_ticket, subject, description, status, priority, requester_email: requester, created_at: now, updated_at: now };
        db.next_ticket += 1;
        let body = json!({"id": t.id, "ticket": &t});
        db.tickets.push(t);
        Ok((StatusCode::CREATED, body))
    }))
}

// ---------------------------------------------------------------------------
// deals: offset + limit, has_more
// ---------------------------------------------------------------------------

pub(super) async fn list_deals(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Reply {
    let since = since(&q)?;
    let offset = number(&q, "offset", 0, 0, u32::MAX as u64)?;
    let limit = number(&q, "limit", DEFAULT_PAGE, 1, MAX_PAGE)?;
    let db = st.db();
    let (items, total) = window(&db.deals, since.is_some(), |d| newer(d.updated_at, since), offset, limit);
    let has_more = offset + (items.len() as u64) < total;
    let next_offset = has_more.then_some(offset + items.len() as u64);
    Ok(Json(json!({"deals": items, "offset": offset, "limit": limit, "total": total, "has_more": has_more, "next_offset": next_offset})).into_response())
}

// ---------------------------------------------------------------------------
// calls and notes
// ---------------------------------------------------------------------------

/// Logs a call. Needs a `conversation_id` or a `phone`; links the contact
/// given by `contact_id`, or the one whose phone or email matches.
pub(super) async fn log_call(State(st): State<Arc<SandboxState>>, headers: HeaderMap, body: Bytes) -> Reply {
    let mut m = body_object(&body)?;
    let conversation = opt_str(&m, "conversation_id")?;
    let phone = opt_str(&m, "phone")?;
    let email = opt_str(&m, "email")?;
    if conversation.is_none() && phone.is_none() {
        return Err(invalid("conversation_id", "or phone is required"));
    }
    if let Some(d) = opt_str(&m, "direction")?
        && d != "inbound" && d != "outbound" {
            return Err(invalid("direction", "must be inbound or outbound"));
        }
    if let Some(d) = opt_str(&m, "duration_seconds")?
        && d.parse::<f64>().map(|x| x < 0.0).unwrap_or(true) {
            return Err(invalid("duration_seconds", "must be a number of seconds"));
        }
    let contact_id = opt_id(&m, "contact_id")?;
    Ok(idempotent(&st, &headers, "POST /api/v1/calls", move |db| {
        let contact = match contact_id {
            Some(id) => {
                if !db.contacts.iter().any(|c| c.id == id) {
                    return Err(invalid("contact_id", "is not a contact"));
                }
                Some(id)
            }
            None => {
                let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
                db.contacts
                    .iter()
                    .find(|c| {
                        phone.as_deref().is_some_and(|p| !digits(p).is_empty() && c.phone.as_deref().is_some_and(|cp| digits(cp) == digits(p)))
                            || email.as_deref().is_some_and(|e| c.email.eq_ignore_ascii_case(e))
                    })
                    .map(|c| c.id)
            }
        };
        let id = db.next_call;
        db.next_call += 1;
        let interaction = uuid::Uuid::new_v4().to_string();
        let now = Timestamp::now().to_string();
        let reply = json!({
            "id": id,
            "interaction_id": interaction,
            "contact_id": contact,
            "conversation_id": conversation,
            "status": "logged",
            "created_at": now,
        });
        m.insert("id".into(), json!(id));
        m.insert("interaction_id".into(), json!(interaction));
        m.insert("contact_id".into(), json!(contact));
        m.insert("created_at".into(), json!(now));
        db.calls.push(Value::Object(m));
        Ok((StatusCode::CREATED, reply))
    }))
}

/// Posts a note (a summary or message), optionally on a contact, ticket or
/// call, which must exist.
pub(super) async fn post_note(State(st): State<Arc<SandboxState>>, headers: HeaderMap, body: Bytes) -> Reply {
    let m = body_object(&body)?;
    let text = opt_str(&m, "body")?.ok_or_else(|| invalid("body", "is required"))?;
    let subject = opt_str(&m, "subject")?;
    let contact_id = opt_id(&m, "contact_id")?;
    let ticket_id = opt_id(&m, "ticket_id")?;
    let call_id = opt_id(&m, "call_id")?;
    let conversation = opt_str(&m, "conversation_id")?;
    Ok(idempotent(&st, &headers, "POST /api/v1/notes", move |db| {
        if contact_id.is_some_and(|id| !db.contacts.iter().any(|c| c.id == id)) {
            return Err(invalid("contact_id", "is not a contact"));
        }
        if ticket_id.is_some_and(|id| !db.tickets.iter().any(|t| t.id == id)) {
            return Err(invalid("ticket_id", "is not a ticket"));
        }
        if call_id.is_some_and(|id| !db.calls.iter().any(|c| c["id"] == json!(id))) {
            return Err(invalid("call_id", "is not a call"));
        }
        let id = db.next_note;
        db.next_note += 1;
        let note = json!({
            "id": id,
            "subject": subject,
            "body": text,
            "contact_id": contact_id,
            "ticket_id": ticket_id,
            "call_id": call_id,
            "conversation_id": conversation,
            "created_at": Timestamp::now().to_string(),
        });
        db.notes.push(note.clone());
        Ok((StatusCode::CREATED, note))
    }))
}

// ---------------------------------------------------------------------------
// knowledge base: page + per_page, next_page URL
// ---------------------------------------------------------------------------

pub(super) async fn list_articles(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Reply {
    let since_v = since(&q)?;
    let page = number(&q, "page", 1, 1, u32::MAX as u64)?;
    let per_page = number(&q, "per_page", DEFAULT_PAGE, 1, MAX_PAGE)?;
    let locale = q.get("locale").map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty());
    let db = st.db();
    let start = (page - 1).saturating_mul(per_page);
    let filtered = since_v.is_some() || locale.is_some();
    let (items, count) = window(&db.articles, filtered, |a| newer(a.updated_at, since_v) && locale.as_ref().is_none_or(|l| a.locale == *l), start, per_page);
    let link_to = |p: u64| {
        let mut params = vec![("page", p.to_string()), ("per_page", per_page.to_string())];
        if let Some(s) = q.get("updated_since").filter(|s| !s.trim().is_empty()) {
            params.push(("updated_since", s.clone()));
        }
        if let Some(l) = &locale {
            params.push(("locale", l.clone()));
        }
        url(&st, "/api/v1/kb/articles", &params)
    };
    let next_page = (start + per_page < count).then(|| link_to(page + 1));
    let previous_page = (page > 1).then(|| link_to(page - 1));
    Ok(Json(json!({
        "articles": items,
        "page": page,
        "per_page": per_page,
        "page_count": count.div_ceil(per_page),
        "count": count,
        "next_page": next_page,
        "previous_page": previous_page,
    }))
    .into_response())
}

pub(super) async fn get_article(State(st): State<Arc<SandboxState>>, Path(id): Path<String>) -> Reply {
    let db = st.db();
    match parse_id(&id).and_then(|id| db.articles.iter().find(|a| a.id == id)) {
        Some(a) => Ok(Json(json!({"article": a})).into_response()),
        None => Err(error(StatusCode::NOT_FOUND, "not_found", format!("no article with id {id}"))),
    }
}
