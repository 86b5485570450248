use std::collections::BTreeSet;
use std::net::IpAddr;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::render;
use super::schema::{Auth, Field, FieldType, RequestSpec, Template};
use crate::error::{Error, Result};

static ID_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z][a-z0-9_-]*$").expect("static regex"));
static KEY_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[a-z][a-z0-9_]*$").expect("static regex"));
static EMAIL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^@\s]+@[^@\s]+\.[^@\s]+$").expect("static regex"));

fn id_re() -> &'static Regex {
    &ID_RE
}

fn key_re() -> &'static Regex {
    &KEY_RE
}

/// Checks what serde cannot: identifiers, regexes, defaults, and that every
/// rendered string parses and names only fields the template declares.
pub fn validate_template(t: &Template, path: &Path) -> Result<()> {
    let mut problems = Vec::new();
    if !id_re().is_match(&t.id) {
        problems.push(format!("id '{}': use lowercase letters, digits, '-' and '_'", t.id));
    }
    let mut keys = BTreeSet::new();
    let mut secret_keys = BTreeSet::new();
    for (i, f) in t.fields.iter().enumerate() {
        let at = format!("fields[{i}] ({})", f.key);
        if !key_re().is_match(&f.key) {
            problems.push(format!("{at}: key must be lowercase letters, digits and '_'"));
        }
        if !keys.insert(f.key.clone()) {
            problems.push(format!("{at}: duplicate key"));
        }
        if f.secret {
            secret_keys.insert(f.key.clone());
            if f.default.is_some() {
                problems.push(format!("{at}: a secret field cannot have a default"));
            }
        }
        if let Some(p) = &f.pattern
            && let Err(e) = Regex::new(p) {
                problems.push(format!("{at}: pattern does not compile: {e}"));
            }
        match (f.kind, f.choices.is_empty()) {
            (FieldType::Enum, true) => problems.push(format!("{at}: type enum needs an `enum` list")),
            (k, false) if k != FieldType::Enum => {
                problems.push(format!("{at}: `enum` values need `type: enum`"))
            }
            _ => {}
        }
        if let Some(d) = &f.default
            && let Err(e) = validate_value(f, d) {
                problems.push(format!("{at}: default '{d}' is invalid: {e}"));
            }
    }

    // (what, source, extra allowed roots, secrets forbidden)
    let mut strings: Vec<(String, String, &[&str], bool)> = Vec::new();
    const ACTION_ROOTS: &[&str] = &["event", "steps", "integration", "idempotency_key"];
    if let Some(b) = &t.base_url {
        strings.push(("base_url".into(), b.clone(), &[], true));
    }
    let modes = std::iter::once(("auth".to_string(), &t.auth)).chain(t.auth_modes.iter().map(|(k, m)| (format!("auth_modes.{k}.auth"), &m.auth)));
    for (at, auth) in modes {
        match auth {
            Auth::None => {}
            Auth::ApiKey { value, .. } => strings.push((format!("{at}.value"), value.clone(), &[], false)),
            Auth::Bearer { token } => strings.push((format!("{at}.token"), token.clone(), &[], false)),
            Auth::Basic { username, password } => {
                strings.push((format!("{at}.username"), username.clone(), &[], false));
                strings.push((format!("{at}.password"), password.clone(), &[], false));
            }
            Auth::Oauth2(o) => {
                strings.push((format!("{at}.token_url"), o.token_url.clone(), &[], true));
                if let Some(u) = &o.authorize_url {
                    strings.push((format!("{at}.authorize_url"), u.clone(), &[], true));
                }
                strings.push((format!("{at}.client_id"), o.client_id.clone(), &[], false));
                for (what, v) in [("client_secret", &o.client_secret), ("refresh_token", &o.refresh_token)] {
                    if let Some(v) = v {
                        strings.push((format!("{at}.{what}"), v.clone(), &[], false));
                    }
                }
                for (i, v) in o.scopes.iter().enumerate() {
                    strings.push((format!("{at}.scopes[{i}]"), v.clone(), &[], false));
                }
                if let Some(u) = &o.redirect_uri {
                    strings.push((format!("{at}.redirect_uri"), u.clone(), &[], true));
                }
                for (k, v) in o.token_params.iter() {
                    strings.push((format!("{at}.token_params.{k}"), v.clone(), &[], false));
                }
                for (k, v) in o.authorize_params.iter() {
                    strings.push((format!("{at}.authorize_params.{k}"), v.clone(), &[], false));
                }
                if let Some(r) = &o.revoke {
                    const TOKEN: &[&str] = &["token"];
                    strings.push((format!("{at}.revoke.url"), r.url.clone(), TOKEN, false));
                    for (k, v) in r.query.iter().chain(r.form.iter()) {
                        strings.push((format!("{at}.revoke.{k}"), v.clone(), TOKEN, false));
                    }
                }
            }
        }
    }
    if !t.auth_modes.is_empty() {
        match t.fields.iter().find(|f| f.key == super::schema::AUTH_MODE_FIELD) {
            None => problems.push("auth_modes: the template needs an `auth_mode` field (type enum) to choose one".to_string()),
            Some(f) => {
                for m in t.auth_modes.keys() {
                    if !f.choices.contains(m) {
                        problems.push(format!("auth_modes.{m}: not one of the auth_mode field's enum values"));
                    }
                }
            }
        }
    }
    for f in &t.fields {
        for m in &f.required_for {
            let known = t.fields.iter().any(|g| g.key == super::schema::AUTH_MODE_FIELD && g.choices.contains(m));
            if !known {
                problems.push(format!("fields ({}): required_for '{m}' is not a value of the auth_mode field", f.key));
            }
        }
    }
    for (i, o) in t.origins.iter().enumerate() {
        strings.push((format!("origins[{i}]"), o.clone(), &[], true));
        // A rendered entry is checked once rendered, when a request is built.
        if !o.contains("{{") && !o.contains("{%")
            && let Err(e) = crate::http::policy::check_origin_entry(o)
        {
            problems.push(format!("origins[{i}]: {e}"));
        }
    }
    for (k, v) in &t.headers {
        strings.push((format!("headers.{k}"), v.clone(), &[], false));
    }
    let mut request = |what: &str, r: &RequestSpec, extra: &'static [&'static str]| {
        strings.push((format!("{what}.path"), r.path.clone(), extra, true));
        for (k, v) in r.query.iter().chain(r.headers.iter()) {
            strings.push((format!("{what}.{k}"), v.clone(), extra, false));
        }
        if let Some(body) = &r.body {
            let mut found = Vec::new();
            collect_strings(body, &mut found);
            for s in found {
                strings.push((format!("{what}.body"), s, extra, false));
            }
        }
    };
    if let Some(test) = &t.test {
        request("test", &test.request, &[]);
    }
    if let Some(c) = &t.csrf {
        request("csrf.fetch", &c.fetch, &[]);
    }
    for (name, action) in &t.actions {
        request(&format!("actions.{name}"), &action.request, ACTION_ROOTS);
    }
    if let Some(kb) = &t.knowledge_base {
        for (i, level) in kb.nested.iter().enumerate() {
            request(&format!("knowledge_base.nested[{i}]"), &level.request, super::kb::KB_ROOTS);
        }
        request("knowledge_base.list", &kb.list, super::kb::KB_ROOTS);
        if let Some(d) = &kb.detail {
            request("knowledge_base.detail", &d.request, super::kb::KB_ROOTS);
        }
    }
    for (name, s) in t.streams.defined() {
        request(&format!("streams.{name}.list"), &s.list, super::streams::STREAM_ROOTS);
        if let Some(q) = &s.search {
            request(&format!("streams.{name}.search.request"), &q.request, super::streams::STREAM_ROOTS);
        }
    }
    if let Some(kb) = &t.knowledge_base {
        let f = &kb.fields;
        for (what, path) in [("id", Some(&f.id)), ("title", Some(&f.title)), ("body", Some(&f.body)), ("url", f.url.as_ref()),
            ("locale", f.locale.as_ref()), ("updated_at", f.updated_at.as_ref()), ("section", f.section.as_ref())] {
            if let Some(p) = path {
                // Rendered against the integration's fields only; a secret is no path.
                strings.push((format!("knowledge_base.fields.{what}"), p.clone(), &[], true));
            }
        }
    }

    let env = render::environment();
    for (what, source, _, url) in &strings {
        if *url && let Some(p) = url_text_problem(source) {
            problems.push(format!("{what}: {p}"));
        }
    }
    if let Some(d) = &t.docs_url
        && let Some(p) = url_text_problem(d) {
            problems.push(format!("docs_url: {p}"));
        }
    for (what, source, extra, no_secrets) in strings {
        match render::variables(env, &source) {
            Err(e) => problems.push(format!("{what}: {e}")),
            Ok(vars) => {
                for v in vars {
                    if extra.contains(&v.as_str()) {
                        continue;
                    }
                    if !keys.contains(&v) {
                        problems.push(format!("{what}: '{{{{ {v} }}}}' is not a field of this template"));
                    } else if no_secrets && secret_keys.contains(&v) {
                        problems.push(format!("{what}: a secret field cannot appear in a URL"));
                    }
                }
            }
        }
    }
    if let Some(test) = &t.test {
        for s in &test.expect.status {
            if !(100..=599).contains(s) {
                problems.push(format!("test.expect.status: {s} is not an HTTP status"));
            }
        }
    }
    for (event, action) in &t.default_actions {
        if !t.actions.contains_key(action) {
            problems.push(format!("default_actions.{event}: '{action}' is not an action of this template"));
        }
    }
    if let Some(kb) = &t.knowledge_base {
        super::kb::check(kb, &mut problems);
    }
    super::streams::check(&t.streams, &mut problems);
    for name in t.actions.keys() {
        if !key_re().is_match(name) {
            problems.push(format!("actions.{name}: name must be lowercase letters, digits and '_'"));
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::usage_hint(
            format!(
                "template {} is invalid:\n{}",
                path.display(),
                problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")
            ),
            "`crmctl template schema` prints the format's JSON Schema",
        ))
    }
}

/// What is wrong with a template's URL text before it is rendered: a
/// control character, or a user name or password in its authority (literal
/// or made of `{{ }}` fields).
fn url_text_problem(source: &str) -> Option<String> {
    static USERINFO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@").expect("static regex"));
    if let Err(e) = crate::http::policy::check_url_text(source) {
        return Some(e);
    }
    USERINFO.is_match(source).then(|| {
        "the URL holds a user name or password; credentials belong in the integration's secret fields (crmctl keeps them sealed), never in a URL".to_string()
    })
}

fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}

/// Checks one value against its field's type, enum and pattern. The error
/// never repeats the value of a secret field.
pub fn validate_value(field: &Field, value: &str) -> std::result::Result<(), String> {
    check_value(field, value).map_err(|e| in_words(field, e))
}

/// A validation error with the field's help and example: "is not a valid
/// subdomain (the part before .zendesk.com in your Zendesk address); e.g.
/// acme".
fn in_words(field: &Field, mut e: String) -> String {
    let help = field.help.trim().trim_end_matches('.');
    if !help.is_empty() && !e.contains(help) {
        e.push_str(&format!(" ({help})"));
    }
    if let Some(ex) = field.example.as_deref().filter(|x| !x.is_empty() && !field.secret) {
        e.push_str(&format!("; e.g. {ex}"));
    }
    e
}

fn check_value(field: &Field, value: &str) -> std::result::Result<(), String> {
    match field.kind {
        FieldType::String => {}
        FieldType::Url => {
            crate::http::policy::check_url_text(value)?;
            let u = url::Url::parse(value).map_err(|e| format!("not a URL ({e})"))?;
            if !matches!(u.scheme(), "http" | "https") {
                return Err("must be an http(s) URL".into());
            }
        }
        FieldType::Email => {
            if !EMAIL_RE.is_match(value) {
                return Err("not an email address".into());
            }
        }
        FieldType::Integer => {
            value.parse::<i64>().map_err(|_| "not an integer".to_string())?;
        }
        FieldType::Boolean => {
            if !matches!(value, "true" | "false") {
                return Err("must be true or false".into());
            }
        }
        FieldType::Enum => {
            if !field.choices.iter().any(|c| c == value) {
                return Err(format!("must be one of: {}", field.choices.join(", ")));
            }
        }
    }
    if let Some(p) = &field.pattern {
        let re = Regex::new(&format!("^(?:{p})$")).map_err(|e| format!("bad pattern: {e}"))?;
        if !re.is_match(value) {
            return Err(format!("is not a valid {}", field.label.to_lowercase()));
        }
    }
    Ok(())
}

/// A plain field value as an error message may quote it: control
/// characters escaped, and the user name and password of a URL masked (the
/// value is being refused for holding them).
pub fn shown_value(value: &str) -> String {
    static USERINFO: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\s*[A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@").expect("static regex"));
    let masked = USERINFO.replace(value, "${1}****@");
    masked.chars().flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}

/// A base URL must be https, except on loopback hosts (127.0.0.0/8, ::1,
/// localhost), where http is allowed for local fakes and mock servers.
pub fn check_base_url(value: &str) -> Result<url::Url> {
    crate::http::policy::check_url_text(value).map_err(|e| Error::usage(format!("base URL: {e}")))?;
    let u = url::Url::parse(value).map_err(|e| {
        Error::usage_hint(format!("base URL '{value}' is not a URL ({e})"), "give a full URL such as https://example.zendesk.com")
    })?;
    let loopback = match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    };
    match u.scheme() {
        "https" if u.host().is_some() => Ok(u),
        "http" if loopback => Ok(u),
        "http" => Err(Error::usage_hint(
            format!("base URL '{value}' is not https"),
            "remote APIs must use https; plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost)",
        )),
        _ => Err(Error::usage_hint(
            format!("base URL '{value}' must be an https URL"),
            "give a full URL such as https://example.zendesk.com",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_rules() {
        assert!(check_base_url("https://acme.zendesk.com").is_ok());
        assert!(check_base_url("http://127.0.0.1:8080").is_ok());
        assert!(check_base_url("http://127.8.9.10").is_ok());
        assert!(check_base_url("http://[::1]:9000").is_ok());
        assert!(check_base_url("http://localhost:3000/api").is_ok());
        assert!(check_base_url("http://acme.zendesk.com").is_err());
        assert!(check_base_url("http://10.0.0.1").is_err());
        assert!(check_base_url("http://localhost.evil.com").is_err());
        assert!(check_base_url("ftp://example.com").is_err());
        assert!(check_base_url("not a url").is_err());
        assert!(check_base_url("https://user:password@acme.zendesk.com").unwrap_err().to_string().contains("secret fields"));
        assert!(check_base_url("https://acme.zendesk.com/\nx").is_err());
    }

    fn field(kind: FieldType) -> Field {
        Field { key: "k".into(), label: "K".into(), kind, help: String::new(), required: true, required_for: vec![], secret: false, pattern: None, choices: vec![], default: None, example: None }
    }

    #[test]
    fn value_rules() {
        assert!(validate_value(&field(FieldType::Integer), "42").is_ok());
        assert!(validate_value(&field(FieldType::Integer), "4x").is_err());
        assert!(validate_value(&field(FieldType::Email), "a@b.co").is_ok());
        assert!(validate_value(&field(FieldType::Email), "nope").is_err());
        let mut f = field(FieldType::String);
        f.pattern = Some("[a-z]+".into());
        assert!(validate_value(&f, "acme").is_ok());
        assert!(validate_value(&f, "acme.zendesk.com").is_err(), "pattern is anchored");
        let mut e = field(FieldType::Enum);
        e.choices = vec!["eu".into(), "us".into()];
        assert!(validate_value(&e, "eu").is_ok());
        assert!(validate_value(&e, "au").unwrap_err().contains("eu, us"));
    }
}
