//! OAuth 2.0 (RFC 6749, PKCE per RFC 7636): `POST /oauth/token` for the
//! client-credentials, refresh-token and authorization-code grants, and
//! `GET /oauth/authorize`, which approves at once and redirects (there is
//! no one to sign in).
//!
//! Refresh tokens rotate: each refresh returns a new one and the old one
//! is spent, so a reused refresh token gets `invalid_grant`, as with
//! providers that rotate (Zoho, Xero, Salesforce with rotation on).

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine as _;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{random_token, AccessGrant, CodeGrant, Db, RefreshGrant, SandboxState, SCOPES};

/// Authorization codes are good for this long, and once.
const CODE_TTL: Duration = Duration::from_secs(600);

/// Issued access tokens are pruned of expired ones past this many.
const PRUNE_AT: usize = 10_000;

fn oauth_error(status: StatusCode, code: &str, description: impl Into<String>) -> Response {
    let mut r = (status, Json(json!({"error": code, "error_description": description.into()}))).into_response();
    no_store(r.headers_mut());
    r
}

fn no_store(h: &mut HeaderMap) {
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
}

fn bad(code: &str, description: impl Into<String>) -> Response {
    oauth_error(StatusCode::BAD_REQUEST, code, description)
}

/// Space-separated scopes; none asked for means all of them.
fn parse_scopes(raw: Option<&str>) -> Result<Vec<String>, String> {
    let asked: Vec<String> = raw.unwrap_or("").split_whitespace().map(str::to_string).collect();
    if asked.is_empty() {
        return Ok(SCOPES.iter().map(|s| s.to_string()).collect());
    }
    let unknown: Vec<&str> = asked.iter().filter(|s| !SCOPES.contains(&s.as_str())).map(String::as_str).collect();
    if !unknown.is_empty() {
        return Err(format!("unknown scope {}; this sandbox knows: {}", unknown.join(", "), SCOPES.join(" ")));
    }
    let mut out: Vec<String> = Vec::new();
    for s in asked {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    Ok(out)
}

/// The client credentials from HTTP basic auth (form-encoded, RFC 6749
/// section 2.3.1) or the form body. Using both is an error.
fn client_credentials(headers: &HeaderMap, form: &HashMap<String, String>) -> Result<(String, Option<String>, bool), Response> {
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic ").or_else(|| v.strip_prefix("basic ")))
        .map(|b64| {
            let raw = base64::engine::general_purpose::STANDARD.decode(b64.trim()).ok().and_then(|b| String::from_utf8(b).ok());
            let (id, secret) = raw.as_deref().and_then(|s| s.split_once(':')).ok_or(())?;
            let dec = |s: &str| url::form_urlencoded::parse(format!("x={s}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default();
            Ok::<_, ()>((dec(id), dec(secret)))
        });
    match basic {
        Some(Err(())) => Err(oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "the Authorization header is not valid HTTP basic authentication")),
        Some(Ok((id, secret))) => {
            if form.contains_key("client_secret") {
                return Err(bad("invalid_request", "the client authenticated twice (HTTP basic and client_secret in the body); use one"));
            }
            if form.get("client_id").is_some_and(|b| *b != id) {
                return Err(bad("invalid_request", "client_id in the body differs from the one in HTTP basic authentication"));
            }
            Ok((id, Some(secret), true))
        }
        None => match form.get("client_id") {
            Some(id) => Ok((id.clone(), form.get("client_secret").cloned(), false)),
            None => Err(oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "no client authentication: send client_id and client_secret, or HTTP basic")),
        },
    }
}

fn pkce_ok(method: &str, challenge: &str, verifier: &str) -> bool {
    match method {
        "S256" => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) == challenge,
        "plain" => verifier == challenge,
        _ => false,
    }
}

/// RFC 7636 section 4.1: 43 to 128 unreserved characters.
fn pkce_shaped(s: &str) -> bool {
    (43..=128).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

fn issue(st: &SandboxState, db: &mut Db, client_id: &str, scopes: Vec<String>, with_refresh: bool) -> Response {
    let ttl = st.switches().token_ttl_s.max(1);
    if db.access.len() >= PRUNE_AT {
        let now = Instant::now();
        db.access.retain(|_, g| g.expires_at > now);
    }
    let access = random_token("sbx_at_");
    db.access.insert(
        access.clone(),
        AccessGrant { client_id: client_id.to_string(), scopes: scopes.clone(), expires_at: Instant::now() + Duration::from_secs(ttl) },
    );
    let mut body = json!({
        "access_token": access,
        "token_type": "Bearer",
        "expires_in": ttl,
        "scope": scopes.join(" "),
    });
    if with_refresh {
        let refresh = random_token("sbx_rt_");
        db.refresh.insert(refresh.clone(), RefreshGrant { client_id: client_id.to_string(), scopes });
        body["refresh_token"] = json!(refresh);
    }
    st.counters.tokens_issued.fetch_add(1, Ordering::Relaxed);
    let mut r = Json(body).into_response();
    no_store(r.headers_mut());
    r
}

/// `POST /oauth/token`, form-encoded.
pub(super) async fn token(State(st): State<Arc<SandboxState>>, headers: HeaderMap, body: Bytes) -> Response {
    let ctype = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !ctype.starts_with("application/x-www-form-urlencoded") {
        return bad("invalid_request", "the token request must be application/x-www-form-urlencoded");
    }
    let mut form = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(&body) {
        if form.insert(k.to_string(), v.into_owned()).is_some() {
            return bad("invalid_request", format!("parameter {k} is repeated"));
        }
    }
    let (client_id, secret, basic) = match client_credentials(&headers, &form) {
        Ok(c) => c,
        Err(r) => return r,
    };
    if client_id != st.client_id() || secret.as_deref() != Some(st.client_secret()) {
        let mut r = oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "unknown client or wrong client secret");
        if basic {
            r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"sandbox\""));
        }
        return r;
    }
    let get = |k: &str| form.get(k).map(String::as_str).filter(|s| !s.is_empty());
    let mut db = st.db();
    match get("grant_type") {
        None => bad("invalid_request", "grant_type is required"),
        Some("client_credentials") => match parse_scopes(get("scope")) {
            Ok(scopes) => issue(&st, &mut db, &client_id, scopes, false),
            Err(e) => bad("invalid_scope", e),
        },
        Some("refresh_token") => {
            let Some(rt) = get("refresh_token") else {
                return bad("invalid_request", "refresh_token is required");
            };
            // Spent on first use: rotation.
            let Some(grant) = db.refresh.remove(rt) else {
                return bad("invalid_grant", "the refresh token is unknown or already used (refresh tokens rotate: use the one from the last response)");
            };
            if grant.client_id != client_id {
                return bad("invalid_grant", "the refresh token was issued to another client");
            }
            let scopes = match get("scope") {
                None => grant.scopes,
                Some(s) => match parse_scopes(Some(s)) {
                    Ok(asked) if asked.iter().all(|a| grant.scopes.contains(a)) => asked,
                    Ok(_) => return bad("invalid_scope", "a refresh cannot add scopes the original grant did not have"),
                    Err(e) => return bad("invalid_scope", e),
                },
            };
            issue(&st, &mut db, &client_id, scopes, true)
        }
        Some("authorization_code") => {
            let Some(code) = get("code") else {
                return bad("invalid_request", "code is required");
            };
            // Spent on first use, whatever happens next.
            let Some(grant) = db.codes.remove(code) else {
                return bad("invalid_grant", "the authorization code is unknown or already used");
            };
            if grant.expires_at <= Instant::now() {
                return bad("invalid_grant", "the authorization code expired");
            }
            if grant.client_id != client_id {
                return bad("invalid_grant", "the authorization code was issued to another client");
            }
            if get("redirect_uri") != Some(grant.redirect_uri.as_str()) {
                return bad("invalid_grant", "redirect_uri does not match the one given to /oauth/authorize");
            }
            match (&grant.challenge, get("code_verifier")) {
                (Some((method, challenge)), Some(verifier)) => {
                    if !pkce_shaped(verifier) || !pkce_ok(method, challenge, verifier) {
                        return bad("invalid_grant", format!("code_verifier does not match the code_challenge ({method})"));
                    }
                }
                (Some(_), None) => return bad("invalid_grant", "code_verifier is required: the authorization request had a code_challenge"),
                (None, Some(_)) => return bad("invalid_grant", "code_verifier given, but the authorization request had no code_challenge"),
                (None, None) => {}
            }
            issue(&st, &mut db, &client_id, grant.scopes, true)
        }
        Some(other) => bad("unsupported_grant_type", format!("grant_type {other} is not supported; use client_credentials, refresh_token or authorization_code")),
    }
}

/// `GET /oauth/authorize`: approves at once and redirects to
/// `redirect_uri` with `code` and `state`. Errors about the client or the
/// redirect URI are answered here (400), never redirected (RFC 6749
/// section 4.1.2.1); the rest go back to the redirect URI.
pub(super) async fn authorize(State(st): State<Arc<SandboxState>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).map(String::as_str).filter(|s| !s.is_empty());
    match get("client_id") {
        None => return bad("invalid_request", "client_id is required"),
        Some(id) if id != st.client_id() => return bad("invalid_client", format!("unknown client_id {id}")),
        Some(_) => {}
    }
    let Some(redirect) = get("redirect_uri") else {
        return bad("invalid_request", "redirect_uri is required");
    };
    let Ok(mut target) = url::Url::parse(redirect) else {
        return bad("invalid_request", "redirect_uri is not an absolute URL");
    };
    if !matches!(target.scheme(), "http" | "https") || target.fragment().is_some() {
        return bad("invalid_request", "redirect_uri must be an http(s) URL without a fragment");
    }
    let state = get("state").map(str::to_string);
    let back = |mut target: url::Url, params: &[(&str, &str)]| {
        {
            let mut pairs = target.query_pairs_mut();
            for (k, v) in params {
                pairs.append_pair(k, v);
            }
            if let Some(s) = &state {
                pairs.append_pair("state", s);
            }
        }
        let mut r = StatusCode::FOUND.into_response();
        if let Ok(v) = HeaderValue::from_str(target.as_str()) {
            r.headers_mut().insert(header::LOCATION, v);
        }
        r
    };
    let fail = |code: &str, description: &str| back(target.clone(), &[("error", code), ("error_description", description)]);
    if get("response_type") != Some("code") {
        return fail("unsupported_response_type", "response_type must be code");
    }
    let challenge = match (get("code_challenge"), get("code_challenge_method")) {
        (None, None) => None,
        (None, Some(_)) => return fail("invalid_request", "code_challenge_method without code_challenge"),
        (Some(c), method) => {
            let method = method.unwrap_or("plain");
            if method != "S256" && method != "plain" {
                return fail("invalid_request", "code_challenge_method must be S256 or plain");
            }
            if !pkce_shaped(c) {
                return fail("invalid_request", "code_challenge must be 43 to 128 characters of [A-Za-z0-9-._~]");
            }
            Some((method.to_string(), c.to_string()))
        }
    };
    let scopes = match parse_scopes(get("scope")) {
        Ok(s) => s,
        Err(e) => return fail("invalid_scope", &e),
    };
    let code = random_token("sbx_code_");
    st.db().codes.insert(
        code.clone(),
        CodeGrant { client_id: st.client_id().to_string(), redirect_uri: redirect.to_string(), challenge, scopes, expires_at: Instant::now() + CODE_TTL },
    );
    target.set_fragment(None);
    back(target, &[("code", &code)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkce_s256_matches_rfc_7636_appendix_b() {
        let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        assert!(pkce_ok("S256", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", verifier));
        assert!(!pkce_ok("S256", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cX", verifier));
        assert!(pkce_shaped(verifier));
        assert!(!pkce_shaped("short"));
    }

    #[test]
    fn scopes_default_to_all_and_unknown_ones_are_refused() {
        assert_eq!(parse_scopes(None).unwrap().len(), SCOPES.len());
        assert_eq!(parse_scopes(Some("kb.read kb.read")).unwrap(), vec!["kb.read".to_string()]);
        assert!(parse_scopes(Some("admin")).is_err());
    }
}
