//! Redaction: what is logged or shown never holds a secret. Known secret
//! values are replaced wherever they appear, and credential-bearing headers
//! are masked whatever they hold.

use base64::Engine;
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
    /// Every wire form of every secret, longest first (see [`forms`]).
    forms: Vec<String>,
    /// Every run of [`WINDOW`] bytes of those forms, as a little-endian u64.
    windows: rustc_hash::FxHashSet<u64>,
}

/// The [`WINDOW`] bytes at the start of `w` as one number.
fn window_key(w: &[u8]) -> u64 {
    u64::from_le_bytes(w[..WINDOW].try_into().expect("a window is WINDOW bytes"))
}

impl Redactor {
    pub fn new() -> Self {
        Redactor::default()
    }

    /// Adds a value to hide. Very short values are ignored: masking "1"
    /// everywhere would hide nothing useful and garble everything. The
    /// secret's forms and windows are worked out here, once, so masking a
    /// text costs one pass over it.
    pub fn add(&mut self, secret: &str) {
        if secret.len() >= 4 && !self.secrets.iter().any(|s| s == secret) {
            self.secrets.push(secret.to_string());
            for form in forms(secret) {
                self.windows.extend(form.as_bytes().windows(WINDOW).map(window_key));
                if !self.forms.contains(&form) {
                    self.forms.push(form);
                }
            }
            // Longest first, so a secret that contains another is masked whole.
            self.forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        }
    }

    pub fn str(&self, text: &str) -> String {
        self.mask(text).unwrap_or_else(|| text.to_string())
    }

    /// The text with every secret masked, or None when it holds none (so
    /// a caller with the text in hand keeps it instead of copying it).
    fn mask(&self, text: &str) -> Option<String> {
        if self.secrets.is_empty() {
            return None;
        }
        let mut out: Option<String> = None;
        for form in &self.forms {
            let current = out.as_deref().unwrap_or(text);
            if current.contains(form.as_str()) {
                out = Some(current.replace(form.as_str(), "****"));
            }
        }
        let current = out.as_deref().unwrap_or(text);
        match self.windows(current) {
            Some(masked) => Some(masked),
            None => out,
        }
    }

    /// Masks every run of at least [`WINDOW`] bytes that matches part of a
    /// secret or of one of its encoded forms: raw in the text, or once the
    /// text is percent- or JSON-decoded (partial encodings included). None
    /// when nothing matched.
    fn windows(&self, text: &str) -> Option<String> {
        let bytes = text.as_bytes();
        if bytes.len() < WINDOW {
            return None;
        }
        let mut mask: Vec<bool> = Vec::new();
        let hit = |mask: &mut Vec<bool>, from: usize, to: usize| {
            if mask.is_empty() {
                mask.resize(bytes.len(), false);
            }
            mask[from..to].fill(true);
        };
        // The text as it is; then decoded, only where it holds something
        // to decode (most texts hold no escape at all).
        for (i, w) in bytes.windows(WINDOW).enumerate() {
            if self.windows.contains(&window_key(w)) {
                hit(&mut mask, i, i + WINDOW);
            }
        }
        let escapes = memchr::memchr2(b'%', b'\\', bytes).is_some();
        let pluses = memchr::memchr(b'+', bytes).is_some();
        for (plus_space, needed) in [(false, escapes), (true, pluses)] {
            if !needed {
                continue;
            }
            let (decoded, spans) = decode(bytes, plus_space);
            for (i, w) in decoded.windows(WINDOW).enumerate() {
                if self.windows.contains(&window_key(w)) {
                    hit(&mut mask, spans[i].0, spans[i + WINDOW - 1].1);
                }
            }
        }
        if mask.is_empty() {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        while i < bytes.len() {
            if mask[i] {
                while i < bytes.len() && mask[i] {
                    i += 1;
                }
                out.push_str("****");
            } else {
                let start = i;
                while i < bytes.len() && !mask[i] {
                    i += 1;
                }
                // Masked runs may end inside a multi-byte character.
                out.push_str(&String::from_utf8_lossy(&bytes[start..i]));
            }
        }
        Some(out)
    }

    pub fn value(&self, v: &Value) -> Value {
        match v {
            Value::String(s) => Value::String(self.str(s)),
            Value::Array(a) => Value::Array(a.iter().map(|x| self.value(x)).collect()),
            Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (self.str(k), self.value(x))).collect()),
            other => other.clone(),
        }
    }

    /// [`Redactor::value`] in place: the same masking, keys included, with
    /// only the strings that held a secret replaced.
    pub fn value_in_place(&self, v: &mut Value) {
        if self.secrets.is_empty() {
            return;
        }
        match v {
            Value::String(s) => {
                if let Some(masked) = self.mask(s) {
                    *s = masked;
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| self.value_in_place(x)),
            Value::Object(m) => {
                if m.keys().any(|k| self.mask(k).is_some()) {
                    *m = std::mem::take(m)
                        .into_iter()
                        .map(|(k, mut x)| {
                            self.value_in_place(&mut x);
                            (self.str(&k), x)
                        })
                        .collect();
                } else {
                    m.values_mut().for_each(|x| self.value_in_place(x));
                }
            }
            _ => {}
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
            "headers": req.headers.iter().map(|(k, v)| (self.str(k), Value::String(self.header(k, v)))).collect::<serde_json::Map<_, _>>(),
            "body": req.body.as_ref().map(|b| self.value(b)),
        })
    }

    pub fn response(&self, resp: &HttpResponse) -> Value {
        let body = match resp.json() {
            Some(mut v) => {
                self.value_in_place(&mut v);
                let text = v.to_string();
                if text.len() > BODY_LIMIT {
                    Value::String(format!("{}… ({} bytes)", truncate(&text, BODY_LIMIT), text.len()))
                } else {
                    v
                }
            }
            None => {
                let text = String::from_utf8_lossy(&resp.body);
                Value::String(truncate(&self.str(&text), BODY_LIMIT))
            }
        };
        serde_json::json!({
            "status": resp.status,
            "headers": resp.headers.iter().map(|(k, v)| (self.str(k), Value::String(self.header(k, v)))).collect::<serde_json::Map<_, _>>(),
            "body": body,
            "elapsed_ms": resp.elapsed.as_millis() as u64,
        })
    }
}

/// The shortest run of a secret that is masked on its own.
const WINDOW: usize = 8;

/// A secret and the forms it takes on the wire: percent-encodings (upper
/// and lower hex, `+` for space, every byte encoded), JSON-escaped, and
/// base64 and base64url (with and without padding) of the secret and of
/// `user:secret`, in each of the three alignments inside a longer string.
pub(crate) fn forms(s: &str) -> Vec<String> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let b = s.as_bytes();
    let mut out = vec![s.to_string()];
    let form = url::form_urlencoded::byte_serialize(b).collect::<String>();
    out.push(form.clone());
    out.push(form.replace('+', "%20"));
    let upper: String = b.iter().map(|c| format!("%{c:02X}")).collect();
    out.push(upper.clone());
    out.push(upper.to_ascii_lowercase());
    let lower_form = percent_lower(&form);
    out.push(lower_form);
    let json = serde_json::to_string(s).unwrap_or_default();
    out.push(json.trim_matches('"').to_string());
    out.push(json.trim_matches('"').replace('/', "\\/"));
    for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
        out.push(engine.encode(b));
        // The part of the encoding fixed by the secret alone, wherever it
        // sits in a longer string (as in `user:secret` basic auth).
        for k in 1..3usize {
            let mut padded = vec![0u8; k];
            padded.extend_from_slice(b);
            let enc = STANDARD_NO_PAD.encode(&padded);
            let full_end = (k + b.len()) / 3 * 4;
            if full_end > 4 && full_end <= enc.len() {
                let core = &enc[4..full_end];
                let core = if std::ptr::eq(engine, &URL_SAFE) || std::ptr::eq(engine, &URL_SAFE_NO_PAD) {
                    core.replace('+', "-").replace('/', "_")
                } else {
                    core.to_string()
                };
                out.push(core);
            }
        }
    }
    out.retain(|f| f.len() >= 4);
    out.sort_by_key(|f| std::cmp::Reverse(f.len()));
    out.dedup();
    out
}

/// `%2F` as `%2f`.
fn percent_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest.get(i..i + 3).unwrap_or(&rest[i..]);
        out.push_str(&code.to_ascii_lowercase());
        rest = &rest[i + code.len()..];
    }
    out.push_str(rest);
    out
}

/// The text with percent-escapes, JSON escapes and (optionally) `+` as
/// space decoded, and for each decoded byte the source span it came from.
fn decode(b: &[u8], plus_space: bool) -> (Vec<u8>, Vec<(usize, usize)>) {
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len());
    let mut spans = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (byte, len) = match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => (h * 16 + l, 3),
                _ => (b'%', 1),
            },
            b'+' if plus_space => (b' ', 1),
            b'\\' if i + 1 < b.len() => match b[i + 1] {
                b'/' | b'"' | b'\\' => (b[i + 1], 2),
                b'u' if i + 5 < b.len() => {
                    match std::str::from_utf8(&b[i + 2..i + 6]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        Some(c) if c < 0x80 => (c, 6),
                        _ => (b'\\', 1),
                    }
                }
                _ => (b'\\', 1),
            },
            c => (c, 1),
        };
        out.push(byte);
        spans.push((i, i + len));
        i += len;
    }
    (out, spans)
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
    fn masking_in_place_is_masking_a_copy() {
        let v = serde_json::json!({
            "a": ["s3cr3t-token-0123", "ok", 7],
            "s3cr3t-token-0123": {"c": "pre s3cr3t-token-0123 post", "n": null},
            "u": "x=s3cr3t%2Dtoken-0123&part=token-012",
        });
        let mut r = Redactor::new();
        let mut same = v.clone();
        r.value_in_place(&mut same);
        assert_eq!(same, v, "nothing to mask, nothing changed");
        r.add("s3cr3t-token-0123");
        let mut masked = v.clone();
        r.value_in_place(&mut masked);
        assert_eq!(masked, r.value(&v));
        assert!(leaks("s3cr3t-token-0123", &masked.to_string()).is_none(), "{masked}");
    }

    #[test]
    fn url_encoded_forms_are_masked() {
        let mut r = Redactor::new();
        r.add("a+b/c=d");
        assert_eq!(r.str("https://x/?key=a%2Bb%2Fc%3Dd"), "https://x/?key=****");
    }

    /// Every run of 8 bytes of `secret` that is in `out`.
    fn leaks(secret: &str, out: &str) -> Option<String> {
        secret.as_bytes().windows(WINDOW).map(|w| String::from_utf8_lossy(w).into_owned()).find(|w| out.contains(w.as_str()))
    }

    fn echoes(secret: &str) -> Vec<String> {
        use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
        let mut v = forms(secret);
        v.push(STANDARD.encode(format!("user:{secret}")));
        v.push(STANDARD.encode(format!("ab:{secret}:cd")));
        v.push(URL_SAFE_NO_PAD.encode(format!("x{secret}")));
        v.push(secret[..secret.len() / 2 + 4].to_string());
        v.push(format!("{}%{:02x}{}", &secret[..3], secret.as_bytes()[3], &secret[4..]));
        v
    }

    #[test]
    fn hostile_echoes_leave_nothing_of_the_secret() {
        use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
        // A small xorshift: deterministic, no extra dependency.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=:-_.~ !$&'()*,;@";
        for _ in 0..25 {
            let len = 12 + (next() % 40) as usize;
            let secret: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize] as char).collect();
            let mut r = Redactor::new();
            r.add(&secret);
            for echo in echoes(&secret) {
                let body = serde_json::json!({ echo.clone(): {"v": format!("pre{echo}post"), "n": [echo.clone()]}, "pad": "x".repeat((next() % 5000) as usize) });
                let resp = HttpResponse { status: 200, headers: vec![("x-echo".into(), echo.clone())], body: body.to_string().into_bytes(), elapsed: Default::default() };
                let stored = r.response(&resp).to_string();
                let raw = HttpResponse { body: format!("{}{echo}", "y".repeat(4090)).into_bytes(), ..resp };
                let stored_raw = r.response(&raw).to_string();
                for out in [&stored, &stored_raw] {
                    assert_eq!(leaks(&secret, out), None, "secret {secret:?} echoed as {echo:?}");
                    for f in [STANDARD.encode(&secret), URL_SAFE_NO_PAD.encode(&secret)] {
                        assert!(!out.contains(&f), "base64 of {secret:?} survived");
                    }
                    assert!(!out.contains(&STANDARD.encode(format!("user:{secret}"))));
                }
            }
        }
    }

    #[test]
    fn object_keys_and_cut_bodies_are_masked() {
        let mut r = Redactor::new();
        r.add("key-0123456789abcdef");
        let v = r.value(&serde_json::json!({"key-0123456789abcdef": 1}));
        assert_eq!(v, serde_json::json!({"****": 1}));
        // The secret straddles the truncation point.
        let text = format!("{}key-0123456789abcdef", "z".repeat(BODY_LIMIT - 6));
        let resp = HttpResponse { status: 500, headers: vec![], body: text.into_bytes(), elapsed: Default::default() };
        assert!(!r.response(&resp).to_string().contains("key-01"));
    }

    /// Property-based: generated secrets, echoed back in generated hostile
    /// ways (every encoding, as keys, cut at the length limit, inside
    /// padding), leave no run of 8 bytes of the secret in the stored row,
    /// read raw, JSON-decoded, percent-decoded or base64-decoded.
    mod prop {
        use super::super::*;
        use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
        use base64::engine::DecodePaddingMode;
        use proptest::prelude::*;

        /// Every 8-byte run of `secret` found in `hay`.
        fn found(secret: &[u8], hay: &[u8]) -> Option<String> {
            secret.windows(WINDOW).find(|w| hay.windows(WINDOW).any(|h| h == *w)).map(|w| String::from_utf8_lossy(w).into_owned())
        }

        fn lenient(url_safe: bool) -> GeneralPurpose {
            let cfg = GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true).with_decode_padding_mode(DecodePaddingMode::Indifferent);
            GeneralPurpose::new(if url_safe { &base64::alphabet::URL_SAFE } else { &base64::alphabet::STANDARD }, cfg)
        }

        /// The text and what it decodes to: percent-decoded (with and
        /// without `+` as space), and every base64 run decoded at each
        /// alignment.
        fn readings(text: &str) -> Vec<Vec<u8>> {
            let mut out = vec![text.as_bytes().to_vec()];
            out.push(decode(text.as_bytes(), false).0);
            out.push(decode(text.as_bytes(), true).0);
            for url_safe in [false, true] {
                let is_b64 = |c: char| c.is_ascii_alphanumeric() || if url_safe { c == '-' || c == '_' } else { c == '+' || c == '/' };
                for run in text.split(|c: char| !is_b64(c)).filter(|r| r.len() >= 8) {
                    for k in 0..4 {
                        let mut part = &run[k.min(run.len())..];
                        part = &part[..part.len() / 4 * 4 + if part.len() % 4 >= 2 { part.len() % 4 } else { 0 }];
                        if let Ok(b) = lenient(url_safe).decode(part) {
                            out.push(b);
                        }
                    }
                }
            }
            out
        }

        /// Every string in the stored row (keys and values), and the row's text.
        fn strings(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::String(s) => out.push(s.clone()),
                Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                Value::Object(m) => m.iter().for_each(|(k, x)| {
                    out.push(k.clone());
                    strings(x, out)
                }),
                _ => {}
            }
        }

        /// One hostile echo of the secret.
        fn echo(secret: &str, how: u8, mask: u64, user: &str) -> String {
            let b = secret.as_bytes();
            let pct = |upper: bool, every: bool| -> String {
                b.iter()
                    .enumerate()
                    .map(|(i, c)| {
                        let enc = every || (mask >> (i % 64)) & 1 == 1 || !c.is_ascii_alphanumeric();
                        match (enc, upper) {
                            (false, _) => (*c as char).to_string(),
                            (true, true) => format!("%{c:02X}"),
                            (true, false) => format!("%{c:02x}"),
                        }
                    })
                    .collect()
            };
            match how % 16 {
                0 => secret.to_string(),
                1 => url::form_urlencoded::byte_serialize(b).collect(),
                2 => pct(true, true),
                3 => pct(false, true),
                4 => pct(true, false),
                5 => pct(false, false),
                6 => STANDARD.encode(b),
                7 => STANDARD_NO_PAD.encode(b),
                8 => URL_SAFE.encode(b),
                9 => URL_SAFE_NO_PAD.encode(b),
                10 => STANDARD.encode(format!("{user}:{secret}")),
                11 => URL_SAFE_NO_PAD.encode(format!("{user}:{secret}")),
                12 => STANDARD_NO_PAD.encode(format!("{user}{secret}{user}")),
                13 => secret.chars().map(|c| format!("\\u{:04x}", c as u32)).collect(),
                14 => format!("Basic {}", STANDARD.encode(format!("{user}:{secret}"))),
                _ => url::form_urlencoded::byte_serialize(STANDARD.encode(format!("{user}:{secret}")).as_bytes()).collect(),
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]
            #[test]
            fn no_run_of_a_secret_survives(
                secret in "[A-Za-z0-9+/=:_.~!$&'(),;@ -]{8,40}",
                user in "[a-z0-9.@]{1,12}",
                how in any::<u8>(),
                place in 0u8..5,
                pad in 0usize..6000,
                mask in any::<u64>(),
            ) {
                let mut r = Redactor::new();
                r.add(&secret);
                let e = echo(&secret, how, mask, &user);
                let filler = "x".repeat(pad);
                let body = match place {
                    // As an object key, and inside a value.
                    0 => serde_json::json!({ e.clone(): {"v": format!("pre{e}post"), "pad": filler} }).to_string(),
                    1 => serde_json::json!({ "pad": filler, "list": [e.clone(), {e.clone(): e.clone()}] }).to_string(),
                    // Not JSON: cut at the limit, the echo straddling it.
                    2 => format!("{}{e}{filler}", "y".repeat(BODY_LIMIT.saturating_sub(e.len() / 2))),
                    3 => format!("{filler}<p>{e}</p>"),
                    // A JSON body longer than the limit, echo near the end.
                    _ => serde_json::json!({ "a": "z".repeat(BODY_LIMIT), "b": e.clone() }).to_string(),
                };
                let resp = HttpResponse { status: 200, headers: vec![("x-echo".into(), e.clone()), (e.to_ascii_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).take(20).collect::<String>() + "-h", "1".into())], body: body.into_bytes(), elapsed: Default::default() };
                let req = HttpRequest { method: "GET".into(), url: format!("https://x.example/a?e={}", url::form_urlencoded::byte_serialize(e.as_bytes()).collect::<String>()), headers: vec![("x-custom".into(), e.clone())], body: Some(serde_json::json!({ e.clone(): e.clone() })) };
                let row = serde_json::json!({"request": r.request(&req), "response": r.response(&resp)});
                let mut all = vec![row.to_string()];
                strings(&row, &mut all);
                for text in &all {
                    for reading in readings(text) {
                        prop_assert!(found(secret.as_bytes(), &reading).is_none(), "secret {:?} echoed as {:?} (place {}) survived: {:?}", secret, e, place, found(secret.as_bytes(), &reading));
                    }
                }
            }
        }
    }
}
