//! CSRF tokens for providers whose writes need one (SAP's `x-csrf-token`):
//! a GET with `x-csrf-token: Fetch` returns the token and session cookies,
//! which every POST, PUT, PATCH and DELETE then carries. The session is kept
//! per integration while the process runs, so a worker's writes share one
//! fetch; a write that answers 403 drops it and the next write fetches anew.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use super::auth::Credentials;
use super::{Failure, FailureClass, Target, build_request};
use crate::http::{Http, Redactor};
use crate::templates::schema::Csrf;

/// A fetched token and the cookies of its session (`name=value; ...`).
#[derive(Clone)]
pub struct Session {
    pub token: String,
    pub cookies: String,
}

static SESSIONS: LazyLock<Mutex<HashMap<String, Session>>> = LazyLock::new(Default::default);

fn key(target: &Target) -> String {
    format!(
        "{}|{}|{}",
        target.org.id,
        target.integration_id().unwrap_or(&target.name),
        target.base_url
    )
}

/// Forgets the integration's session (after a 403).
pub fn forget(target: &Target) {
    SESSIONS.lock().expect("csrf sessions").remove(&key(target));
}

/// The integration's CSRF session: the cached one, or a new fetch.
pub async fn session(
    target: &Target,
    c: &Csrf,
    creds: &Credentials,
    http: &Http,
    redactor: &mut Redactor,
    exchanges: &mut Vec<serde_json::Value>,
) -> Result<Session, Failure> {
    if let Some(s) = SESSIONS
        .lock()
        .expect("csrf sessions")
        .get(&key(target))
        .cloned()
    {
        redactor.add(&s.token);
        return Ok(s);
    }
    let mut req = build_request(target, &c.fetch, &target.context(), creds)
        .map_err(|e| Failure::config(format!("rendering the CSRF token fetch: {e}")))?;
    req.headers.push((c.header.clone(), "Fetch".into()));
    let resp = match http.execute(&req).await {
        Ok(r) => r,
        Err(e) => {
            exchanges.push(serde_json::json!({"request": redactor.request(&req), "error": redactor.str(&e.to_string())}));
            return Err(Failure::transport(
                &e,
                &redactor.str(&req.url),
                http.timeout(),
            ));
        }
    };
    let token = resp
        .header(&c.header)
        .map(str::to_string)
        .filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("required"));
    let cookies: Vec<String> = resp
        .headers
        .iter()
        .filter(|(k, _)| k == "set-cookie")
        .filter_map(|(_, v)| v.split(';').next().map(|p| p.trim().to_string()))
        .filter(|p| p.contains('='))
        .collect();
    if let Some(t) = &token {
        redactor.add(t);
    }
    for c in &cookies {
        if let Some((_, v)) = c.split_once('=') {
            redactor.add(v);
        }
    }
    exchanges.push(serde_json::json!({"request": redactor.request(&req), "response": redactor.response(&resp)}));
    let url = redactor.str(&req.url);
    if !(200..300).contains(&resp.status) {
        let mut f = match resp.status {
            401 => Failure::new(
                FailureClass::Auth,
                format!("the CSRF token fetch at {url} answered 401"),
                "check the integration's credentials",
            ),
            403 => Failure::new(
                FailureClass::Permission,
                format!("the CSRF token fetch at {url} answered 403"),
                "the user may not read the service; check its authorisations",
            ),
            s => Failure::new(
                FailureClass::UnexpectedResponse,
                format!("the CSRF token fetch at {url} answered {s}"),
                "check the base URL and the tenant",
            ),
        };
        f.http_status = Some(resp.status);
        return Err(f);
    }
    let Some(token) = token else {
        let mut f = Failure::new(
            FailureClass::UnexpectedResponse,
            format!(
                "the CSRF token fetch at {url} answered {} without a {} header",
                resp.status, c.header
            ),
            "the writes need that token; check that the base URL is the OData service itself (not a login page or proxy)",
        );
        f.http_status = Some(resp.status);
        return Err(f);
    };
    let s = Session {
        token,
        cookies: cookies.join("; "),
    };
    SESSIONS
        .lock()
        .expect("csrf sessions")
        .insert(key(target), s.clone());
    Ok(s)
}
