//! `-v` / `-vv`: every request the one client makes, reported to a sink the
//! command layer installs (the core does not print). `-v` is one line per
//! request (method, URL with secrets masked, status, time); `-vv` adds the
//! headers and bodies, redacted.

use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

use super::{HttpRequest, HttpResponse, Redactor, TransportError};

type Sink = Box<dyn Fn(&str) + Send + Sync>;

static SINK: OnceLock<(u8, Sink)> = OnceLock::new();

/// Installs the sink once per process; level 0 installs nothing.
pub fn install(level: u8, sink: impl Fn(&str) + Send + Sync + 'static) {
    if level > 0 {
        let _ = SINK.set((level, Box::new(sink)));
    }
}

fn level() -> u8 {
    SINK.get().map(|(l, _)| *l).unwrap_or(0)
}

/// Secret values met while building requests, masked in every trace line
/// (a secret can travel in a custom header or body the trace cannot tell
/// from any other).
static KNOWN: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Makes the trace mask `secret` wherever it appears. Nothing is kept
/// unless tracing is on.
pub fn know(secret: &str) {
    if level() == 0 {
        return;
    }
    let mut known = KNOWN.lock().unwrap_or_else(|p| p.into_inner());
    if !known.iter().any(|k| k == secret) {
        known.push(secret.to_string());
    }
}

/// Query parameters and JSON keys whose values are credentials.
fn secret_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    ["token", "key", "secret", "password", "passwd", "signature", "sig", "auth", "code", "credential", "session"]
        .iter()
        .any(|w| n.contains(w))
}

/// The URL with its password and credential-like query values masked, and
/// any value the request's credential headers hold.
pub fn mask_url(url: &str, redactor: &Redactor) -> String {
    let Ok(mut u) = url::Url::parse(url) else { return redactor.str(url) };
    if u.password().is_some() {
        let _ = u.set_password(Some("****"));
    }
    if u.query().is_some() {
        let pairs: Vec<(String, String)> = u
            .query_pairs()
            .map(|(k, v)| {
                let v = if secret_name(&k) { "****".to_string() } else { v.into_owned() };
                (k.into_owned(), v)
            })
            .collect();
        u.query_pairs_mut().clear().extend_pairs(pairs);
    }
    redactor.str(u.as_str()).replace("%2A%2A%2A%2A", "****")
}

fn mask_value(v: &Value, redactor: &Redactor) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, x)| {
                    let x = if secret_name(k) && !x.is_object() && !x.is_array() { Value::String("****".into()) } else { mask_value(x, redactor) };
                    // A key can be a secret too (an echo that uses it as one).
                    (redactor.str(k), x)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(|x| mask_value(x, redactor)).collect()),
        other => redactor.value(other),
    }
}

const BODY_LIMIT: usize = 2048;

fn body_text(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > BODY_LIMIT {
        let mut end = BODY_LIMIT;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}… ({} bytes)", &s[..end], s.len())
    } else {
        s
    }
}

/// Reports one finished request (or its transport error).
pub(super) fn report(req: &HttpRequest, outcome: Result<&HttpResponse, &TransportError>, elapsed: Duration) {
    let level = level();
    let Some((_, sink)) = SINK.get().filter(|_| level > 0) else { return };
    // What the credential headers hold is masked wherever else it appears.
    let mut redactor = Redactor::new();
    for s in KNOWN.lock().unwrap_or_else(|p| p.into_inner()).iter() {
        redactor.add(s);
    }
    for (k, v) in &req.headers {
        if redactor.header(k, v) != *v {
            redactor.add(v);
            if let Some((_, token)) = v.split_once(' ') {
                redactor.add(token);
            }
        }
    }
    let url = mask_url(&req.url, &redactor);
    let result = match outcome {
        Ok(r) => r.status.to_string(),
        Err(e) => format!("failed: {}", redactor.str(&e.to_string())),
    };
    sink(&format!("http: {} {url} → {result} ({} ms)", req.method, elapsed.as_millis()));
    if level < 2 {
        return;
    }
    for (k, v) in &req.headers {
        sink(&format!("http:   > {}: {}", redactor.str(k), redactor.header(k, v)));
    }
    if let Some(b) = &req.body {
        sink(&format!("http:   > {}", body_text(&mask_value(b, &redactor))));
    }
    if let Ok(r) = outcome {
        for (k, v) in &r.headers {
            sink(&format!("http:   < {}: {}", redactor.str(k), redactor.header(k, v)));
        }
        if !r.body.is_empty() {
            let body = match r.json() {
                Some(v) => body_text(&mask_value(&v, &redactor)),
                None => body_text(&Value::String(redactor.str(&String::from_utf8_lossy(&r.body)))),
            };
            sink(&format!("http:   < {body}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_credentials() {
        let mut r = Redactor::new();
        r.add("tok_1234567");
        assert_eq!(
            mask_url("https://u:pw@x.test/a/tok_1234567?api_key=abc&page=2&access_token=zz", &r),
            "https://u:****@x.test/a/****?api_key=****&page=2&access_token=****"
        );
    }

    #[test]
    fn bodies_lose_credential_fields() {
        let v = serde_json::json!({"client_secret": "s3cr3t", "name": "x", "nested": {"api_token": 5}});
        assert_eq!(mask_value(&v, &Redactor::new()), serde_json::json!({"client_secret": "****", "name": "x", "nested": {"api_token": "****"}}));
    }
}
