//! Webhook ingest: checks a pushed request's credentials (an API key
//! header, or an HMAC-SHA256 signature over `timestamp.body` with a
//! timestamp no more than five minutes off, or seed 003's `api_key` in the
//! body) and reads seed 003's payload, `{integration_id, sync_log_id,
//! data_type, records, source_type}`. Constant-time comparisons
//! throughout. Never prints.

use hmac::{KeyInit, Mac};
use serde_json::Value;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::mapping::Stream;

/// The header that carries the API key.
pub const KEY_HEADER: &str = "x-api-key";
/// The header that carries `sha256=<hex HMAC-SHA256(key, "<timestamp>.<body>")>`.
pub const SIGNATURE_HEADER: &str = "x-crmctl-signature";
/// The header that carries the signing time, in Unix seconds.
pub const TIMESTAMP_HEADER: &str = "x-crmctl-timestamp";
/// How far a signed request's timestamp may be from now.
pub const MAX_SKEW_S: i64 = 300;

type HmacSha256 = hmac::Hmac<Sha256>;

/// Why a request's credentials were refused (for the server's log; the
/// caller only ever sees a bare 401).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    NoCredentials,
    BadKey,
    BadSignature,
    /// The timestamp is missing, not a number, or more than five minutes off.
    Stale,
    NoKeySet,
}

/// A verified signature: what to remember against replays, and until when.
#[derive(Debug, Clone)]
pub struct Signed {
    pub signature: String,
    pub expires_at: jiff::Timestamp,
}

/// How the request authenticated.
#[derive(Debug, Clone)]
pub enum Authenticated {
    ApiKey,
    Signature(Signed),
}

/// Equal in constant time (both sides hashed first, so their lengths do
/// not show either).
pub fn same_key(expected: &str, given: &str) -> bool {
    let a = Sha256::digest(expected.as_bytes());
    let b = Sha256::digest(given.as_bytes());
    a.ct_eq(&b).into()
}

/// The signature header's value for a body, as a sender computes it.
pub fn sign(key: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(key.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Checks the credentials of one request against the integration's key.
pub fn authenticate(key: &str, api_key: Option<&str>, signature: Option<&str>, timestamp: Option<&str>, body: &[u8], now: jiff::Timestamp) -> Result<Authenticated, Refused> {
    if let Some(given) = api_key {
        return if same_key(key, given) { Ok(Authenticated::ApiKey) } else { Err(Refused::BadKey) };
    }
    let Some(sig) = signature else {
        return Err(Refused::NoCredentials);
    };
    let ts: i64 = timestamp.and_then(|t| t.trim().parse().ok()).ok_or(Refused::Stale)?;
    if (now.as_second() - ts).abs() > MAX_SKEW_S {
        return Err(Refused::Stale);
    }
    let hex_sig = sig.trim().strip_prefix("sha256=").unwrap_or(sig.trim());
    let raw = hex::decode(hex_sig).map_err(|_| Refused::BadSignature)?;
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(key.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(ts.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&raw).map_err(|_| Refused::BadSignature)?;
    let expires_at = jiff::Timestamp::from_second(ts + MAX_SKEW_S + 1).unwrap_or(now);
    Ok(Authenticated::Signature(Signed { signature: hex::encode(raw), expires_at }))
}

/// A payload that cannot be ingested: the HTTP status (400 for a body that
/// is not JSON, 422 for JSON of the wrong shape) and a message.
#[derive(Debug, Clone)]
pub struct BadPayload {
    pub status: u16,
    pub error: &'static str,
    pub message: String,
}

fn unprocessable(message: impl Into<String>) -> BadPayload {
    BadPayload { status: 422, error: "invalid_payload", message: message.into() }
}

/// A parsed push.
#[derive(Debug, Clone)]
pub struct Push {
    pub stream: Stream,
    pub records: Vec<Value>,
    /// The sync-log row the push answers (a sync that triggered it).
    pub sync_log_id: Option<String>,
    /// Where the records came from (`n8n`, ...), kept in the log.
    pub source_type: Option<String>,
}

/// The `api_key` of a body that carries one (seed 003's alternative to the
/// header; the header keeps the key out of bodies that get logged).
pub fn body_api_key(body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Key {
        api_key: Option<String>,
    }
    serde_json::from_slice::<Key>(body).ok().and_then(|k| k.api_key)
}

/// The answer to a handled push: crmctl's report with seed 003's
/// `success` (the push was taken; failed records are counted in `stats`)
/// and `stats` {processed, created, updated, failed} alongside.
pub fn answer(report: &super::sync::IngestReport) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or_default();
    v["success"] = Value::Bool(true);
    v["stats"] = serde_json::json!({
        "processed": report.processed, "created": report.created, "updated": report.updated, "failed": report.failed,
    });
    v
}

/// Seed 003's n8n payload: `{"integration_id": ..., "sync_log_id": ...,
/// "data_type": "contacts|tickets|deals", "records": [...], "source_type":
/// ..., "api_key": ...}`. `integration_id`, when given, must name this
/// integration (its id or its name).
pub fn parse(body: &[u8], integration_id: &str, integration_name: &str) -> Result<Push, BadPayload> {
    let v: Value = serde_json::from_slice(body).map_err(|e| BadPayload { status: 400, error: "malformed_json", message: format!("the body is not JSON: {e}") })?;
    let Value::Object(mut m) = v else {
        return Err(unprocessable("the body must be a JSON object with data_type and records"));
    };
    match m.get("integration_id") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s == integration_id || s == integration_name => {}
        Some(_) => return Err(unprocessable("integration_id does not name the integration in the URL")),
    }
    let stream = match m.get("data_type") {
        Some(Value::String(s)) => Stream::parse(s).map_err(unprocessable)?,
        None | Some(Value::Null) => return Err(unprocessable("data_type is required: contacts, tickets or deals")),
        Some(_) => return Err(unprocessable("data_type must be a string: contacts, tickets or deals")),
    };
    let records = match m.remove("records") {
        Some(Value::Array(a)) => a,
        None | Some(Value::Null) => return Err(unprocessable("records is required: an array of objects")),
        Some(_) => return Err(unprocessable("records must be an array of objects")),
    };
    if let Some(i) = records.iter().position(|r| !r.is_object()) {
        return Err(unprocessable(format!("records[{i}] is not an object")));
    }
    let text = |k: &str| match m.get(k) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
        Some(_) => Err(unprocessable(format!("{k} must be a non-empty string"))),
    };
    Ok(Push { stream, records, sync_log_id: text("sync_log_id")?, source_type: text("source_type")? })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_verify_and_refuse() {
        let now = jiff::Timestamp::from_second(1_800_000_000).unwrap();
        let body = br#"{"data_type":"contacts","records":[]}"#;
        let sig = sign("k3y", now.as_second(), body);
        let ts = now.as_second().to_string();
        assert!(matches!(authenticate("k3y", None, Some(&sig), Some(&ts), body, now), Ok(Authenticated::Signature(_))));
        assert_eq!(authenticate("k3y", None, Some(&sig), Some(&ts), b"{}", now).unwrap_err(), Refused::BadSignature);
        assert_eq!(authenticate("other", None, Some(&sig), Some(&ts), body, now).unwrap_err(), Refused::BadSignature);
        let late = now + jiff::SignedDuration::from_secs(301);
        assert_eq!(authenticate("k3y", None, Some(&sig), Some(&ts), body, late).unwrap_err(), Refused::Stale);
        assert_eq!(authenticate("k3y", None, Some(&sig), None, body, now).unwrap_err(), Refused::Stale);
        assert_eq!(authenticate("k3y", None, Some("sha256=zz"), Some(&ts), body, now).unwrap_err(), Refused::BadSignature);
        assert!(matches!(authenticate("k3y", Some("k3y"), None, None, body, now), Ok(Authenticated::ApiKey)));
        assert_eq!(authenticate("k3y", Some("k3"), None, None, body, now).unwrap_err(), Refused::BadKey);
        assert_eq!(authenticate("k3y", None, None, None, body, now).unwrap_err(), Refused::NoCredentials);
    }

    #[test]
    fn payload_shapes() {
        assert_eq!(parse(b"{", "i", "n").unwrap_err().status, 400);
        assert_eq!(parse(b"[]", "i", "n").unwrap_err().status, 422);
        assert_eq!(parse(br#"{"data_type":"leads","records":[]}"#, "i", "n").unwrap_err().status, 422);
        assert_eq!(parse(br#"{"data_type":"contacts"}"#, "i", "n").unwrap_err().status, 422);
        assert_eq!(parse(br#"{"data_type":"contacts","records":[1]}"#, "i", "n").unwrap_err().status, 422);
        assert_eq!(parse(br#"{"integration_id":"x","data_type":"contacts","records":[]}"#, "i", "n").unwrap_err().status, 422);
        let p = parse(br#"{"integration_id":"n","data_type":"deals","records":[{"id":1}]}"#, "i", "n").unwrap();
        assert_eq!((p.stream, p.records.len()), (Stream::Deals, 1));
        let p = parse(br#"{"integration_id":"i","sync_log_id":"l1","source_type":"n8n","api_key":"k","data_type":"contacts","records":[]}"#, "i", "n").unwrap();
        assert_eq!((p.sync_log_id.as_deref(), p.source_type.as_deref()), (Some("l1"), Some("n8n")));
        assert_eq!(body_api_key(br#"{"api_key":"k","records":[]}"#).as_deref(), Some("k"));
        assert_eq!(parse(br#"{"sync_log_id":5,"data_type":"contacts","records":[]}"#, "i", "n").unwrap_err().status, 422);
    }
}
