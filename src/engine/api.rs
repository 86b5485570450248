//! Ad hoc authenticated calls to an integration's API, for admin commands
//! (Chatwoot agents and inboxes) that are not template actions.

use std::collections::BTreeMap;

use super::auth::{credentials, refreshable};
use super::conntest::judge;
use super::{build_request, Failure, Target, TokenSource};
use crate::http::Http;
use crate::templates::schema::{Expect, Method, RequestSpec};

/// Sends `method path` with an optional JSON body and the integration's
/// credentials (`extra_headers` replace the template's auth, for APIs that
/// take another token). Returns the JSON body of a 2xx answer.
pub async fn call(
    target: &Target,
    http: &Http,
    tokens: &TokenSource,
    method: Method,
    path: &str,
    body: Option<serde_json::Value>,
    extra_headers: &[(String, String)],
) -> Result<serde_json::Value, Failure> {
    let spec = RequestSpec { method, path: path.to_string(), query: BTreeMap::new(), headers: BTreeMap::new(), body: None, omit_empty: false };
    let redactor = target.redactor();
    let mut stale = None;
    for round in 0..2 {
        let mut creds = if extra_headers.is_empty() { credentials(target, http, tokens, stale).await? } else { Default::default() };
        creds.headers.extend(extra_headers.iter().cloned());
        let mut req = build_request(target, &spec, &target.context(), &creds).map_err(Failure::config)?;
        req.body = body.clone();
        let resp = http.execute(&req).await.map_err(|e| Failure::transport(&e, &redactor.str(&req.url), http.timeout()))?;
        if resp.status == 401 && round == 0 && extra_headers.is_empty() && refreshable(target) && creds.generation.is_some() {
            stale = creds.generation;
            continue;
        }
        let json = resp.json().unwrap_or(serde_json::Value::Null);
        return match judge(target, &Expect::default(), &BTreeMap::new(), resp, &redactor.str(&req.url)) {
            Ok(_) => Ok(json),
            Err((mut f, _)) => {
                // The provider's own message helps here (a duplicate email, say).
                if let Some(m) = json.get("message").or_else(|| json.get("error")).and_then(|m| m.as_str()) {
                    f.message = format!("{}: {}", f.message, redactor.str(m));
                }
                Err(f)
            }
        };
    }
    unreachable!("the loop returns on its second round")
}
