//! Entry points for the fuzz targets in `fuzz/` and for the regression
//! tests that replay what they found (`tests/it/fuzz_regressions.rs`). Each
//! takes arbitrary bytes, runs one parser the way crmctl runs it on hostile
//! input, and panics only when an invariant breaks (a secret survives
//! redaction, a tampered value opens); errors are fine, panics and hangs
//! are not.

use std::path::Path;

use serde_json::Value;

/// Bytes as text the way crmctl reads a file: invalid UTF-8 is an error.
fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The template parser and validator (a user template file).
pub fn template(data: &[u8]) {
    if let Some(t) = text(data) {
        let _ = crate::templates::parse_template(t, Path::new("fuzz.yaml"));
    }
}

/// The sealed-value decoder: arbitrary text never opens (a forgery would
/// need the key), and a value sealed with the key opens only in its own
/// context.
pub fn sealed(data: &[u8]) {
    let key = crate::secrets::MasterKey::from_bytes([7u8; 32]);
    let ctx = crate::secrets::SealContext { org_id: "org", record: "rec", field: "api_token" };
    if let Some(t) = text(data) {
        assert!(crate::secrets::open(&key, &ctx, t).is_err() || t.starts_with("crmctl:v1:"), "opened a value without the prefix");
        let _ = crate::secrets::open_check(&key, t);
    }
    // Round trip of the input as a plaintext, and a flipped byte refused.
    let sealed = crate::secrets::seal(&key, &ctx, data);
    match crate::secrets::open(&key, &ctx, &sealed) {
        Ok(s) => assert_eq!(s.expose_secret().as_bytes(), data),
        Err(_) => assert!(std::str::from_utf8(data).is_err(), "a UTF-8 plaintext did not open"),
    }
    let other = crate::secrets::SealContext { org_id: "org", record: "rec", field: "other" };
    assert!(crate::secrets::open(&key, &other, &sealed).is_err(), "opened in another context");
    if !data.is_empty() {
        let mut b = sealed.into_bytes();
        let i = data[0] as usize % b.len();
        b[i] = if b[i] == b'A' { b'B' } else { b'A' };
        if let Ok(t) = String::from_utf8(b) {
            let _ = crate::secrets::open(&key, &ctx, &t);
        }
    }
}

/// The mapping evaluator: a mappings file (YAML, as `mapping set
/// --from-file` reads it), a line `---record---`, then a JSON record.
pub fn mapping(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let (defs, record) = t.split_once("\n---record---\n").unwrap_or((t, "{}"));
    let Ok(mappings) = serde_saphyr::from_str::<Vec<crate::engine::mapping::Mapping>>(defs) else {
        // The compact forms of `--transform`, one a line.
        for line in defs.lines() {
            if let Ok(tr) = crate::engine::mapping::Transform::parse_compact(line) {
                let _ = tr.validate();
                let _ = crate::engine::mapping::Transform::parse_compact(&tr.compact());
            }
        }
        return;
    };
    if crate::engine::mapping::validate_all(&mappings).is_err() {
        return;
    }
    let record: Value = serde_json::from_str(record).unwrap_or(Value::Null);
    let _ = crate::engine::mapping::apply(&mappings, &record);
    let _ = crate::engine::mapping::apply_all(&mappings, [&record, &Value::Null]);
}

/// The Link-header parser and every pagination style's next-page reader:
/// the first line is a Link header, the rest a JSON body. A next-page URL
/// that comes out is then put through the outbound policy's checks.
pub fn pagination(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let (link, body) = t.split_once('\n').unwrap_or((t, ""));
        let body_v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    crate::engine::fuzz_next_pages(link, body.as_bytes(), &body_v);
}

/// The sync-log redactor: the first line is a secret, the rest an echo of
/// it. A secret of 8 or more bytes never survives in a redacted string or
/// JSON value.
pub fn redact(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let (secret, echo) = t.split_once('\n').unwrap_or((t, ""));
    let mut r = crate::http::Redactor::new();
    r.add(secret);
    let out = r.str(echo);
    let with = r.str(&format!("{echo}{secret}{echo}"));
    if secret.len() >= 8 && !secret.trim().is_empty() {
        assert!(!with.contains(secret), "the secret survived redaction");
        let _ = out;
    }
    if let Ok(v) = serde_json::from_str::<Value>(echo) {
        let red = r.value(&v).to_string();
        if secret.len() >= 8 && !secret.trim().is_empty() {
            let raw = serde_json::to_string(secret).unwrap_or_default();
            assert!(!red.contains(raw.trim_matches('"')) || raw.trim_matches('"').is_empty(), "the secret survived in JSON");
        }
    }
}

/// The knowledge-base import's HTML to Markdown conversion.
pub fn html(data: &[u8]) {
    let t = String::from_utf8_lossy(data);
    let _ = crate::engine::kb::html_to_markdown(&t);
}
