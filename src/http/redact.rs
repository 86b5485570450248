//! Redaction: what is logged or shown never holds a secret. Known secret
//! values are replaced wherever they appear, and credential-bearing headers
//! are masked whatever they hold.

use serde_json::Value;

use super::{HttpRequest, HttpResponse};

const SENSITIVE_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
    "x-api-token",
    "api_access_token",
    "x-auth-token",
    "x-csrf-token",
];

/// Longest response body kept in a log detail.
const BODY_LIMIT: usize = 4096;

#[derive(Default, Clone)]
pub struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    pub fn new() -> Self {
        Redactor::default()
    }

    /// Adds a value to hide. Very short values are ignored: masking "1"
    /// everywhere would hide nothing useful and garble everything.
    pub fn add(&mut self, secret: &str) {
        if secret.len() >= 4 && !self.secrets.iter().any(|s| s == secret) {
            self.secrets.push(secret.to_string());
            // Longest first, so a secret that contains another is masked whole.
            self.secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    pub fn str(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.secrets {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "****");
            }
            // Also the forms a secret takes in a URL or a basic-auth header.
            let encoded = url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
            if encoded != *s && out.contains(&encoded) {
                out = out.replace(&encoded, "****");
            }
        }
        out
    }

    pub fn value(&self, v: &Value) -> Value {
        match v {
            Value::String(s) => Value::String(self.str(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.value(x)).collect()),
            Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), self.value(x))).collect()),
            other => other.clone(),
        }
    }

    pub fn header(&self, name: &str, value: &str) -> String {
        if SENSITIVE_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
            match value.split_once(' ') {
                Some((scheme, _)) if matches!(scheme, "Bearer" | "Basic" | "Token" | "Zoho-oauthtoken") => {
                    format!("{scheme} ****")
                }
                _ => "****".into(),
            }
        } else {
            self.str(value)
        }
    }

    pub fn request(&self, req: &HttpRequest) -> Value {
        serde_json::json!({
            "method": req.method,
            "url": self.str(&req.url),
            "headers": req.headers.iter().map(|(k, v)| (k.clone(), Value::String(self.header(k, v)))).collect::<serde_json::Map<_, _>>(),
            "body": req.body.as_ref().map(|b| self.value(b)),
        })
    }

    pub fn response(&self, resp: &HttpResponse) -> Value {
        let body = match resp.json() {
            Some(v) => {
                let v = self.value(&v);
                let text = v.to_string();
                if text.len() > BODY_LIMIT {
                    Value::String(format!("{}… ({} bytes)", truncate(&text, BODY_LIMIT), text.len()))
                } else {
                    v
                }
            }
            None => {
                let text = String::from_utf8_lossy(&resp.body);
                Value::String(self.str(&truncate(&text, BODY_LIMIT)))
            }
        };
        serde_json::json!({
            "status": resp.status,
            "headers": resp.headers.iter().map(|(k, v)| (k.clone(), Value::String(self.header(k, v)))).collect::<serde_json::Map<_, _>>(),
            "body": body,
            "elapsed_ms": resp.elapsed.as_millis() as u64,
        })
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_and_auth_headers_are_masked() {
        let mut r = Redactor::new();
        r.add("s3cr3t-token");
        assert_eq!(r.str("token=s3cr3t-token&x=1"), "token=****&x=1");
        assert_eq!(r.header("Authorization", "Bearer abc.def"), "Bearer ****");
        assert_eq!(r.header("X-Api-Key", "whatever"), "****");
        assert_eq!(r.header("X-Other", "has s3cr3t-token inside"), "has **** inside");
        let v = r.value(&serde_json::json!({"a": ["s3cr3t-token"], "b": {"c": "ok"}}));
        assert_eq!(v, serde_json::json!({"a": ["****"], "b": {"c": "ok"}}));
    }

    #[test]
    fn url_encoded_forms_are_masked() {
        let mut r = Redactor::new();
        r.add("a+b/c=d");
        assert_eq!(r.str("https://x/?key=a%2Bb%2Fc%3Dd"), "https://x/?key=****");
    }
}
