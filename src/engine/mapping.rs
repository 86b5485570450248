//! Field mappings: how a source record (a provider's contact, ticket or
//! deal, as JSON) becomes the platform's fields. Each [`Mapping`] names a
//! platform field (`target`), one or more dot paths into the source record
//! (`source`) and the [`Transform`]s applied in order. Never prints.
//!
//! In files (YAML or JSON) a mapping reads:
//!
//! ```yaml
//! - stream: tickets
//!   target: status
//!   source: fields.status.name
//!   transforms: [trim, lower, {enum: {open: open, "in progress": pending, done: solved, "*": open}}]
//! - stream: deals
//!   target: close_date
//!   source: properties.closedate
//!   transforms: [{date: {from: ["%d/%m/%Y"], to: "%Y-%m-%d"}}]
//! ```
//!
//! Semantics: with several sources and no `concat`, the first present one
//! is used (a fallback list); `concat` must come first and joins every
//! present source. A missing value (absent or null) passes through the
//! transforms untouched, except `default` (fills it) and `required` (fails);
//! a field still missing at the end is left out of the result. One bad
//! field fails the whole record with a [`MappingError`] naming it.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Number, Value};

use super::jsonpath;

/// The platform's record streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Contacts,
    Tickets,
    Deals,
}

impl Stream {
    pub const ALL: [Stream; 3] = [Stream::Contacts, Stream::Tickets, Stream::Deals];

    pub fn as_str(self) -> &'static str {
        match self {
            Stream::Contacts => "contacts",
            Stream::Tickets => "tickets",
            Stream::Deals => "deals",
        }
    }

    pub fn parse(s: &str) -> Result<Stream, String> {
        match s {
            "contacts" | "contact" => Ok(Stream::Contacts),
            "tickets" | "ticket" => Ok(Stream::Tickets),
            "deals" | "deal" => Ok(Stream::Deals),
            other => Err(format!("unknown stream '{other}': expected contacts, tickets or deals")),
        }
    }

    /// The platform's fields for this stream. Any `custom.NAME` is also a
    /// valid target (kept in the record's custom properties).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Stream::Contacts => &[
                "email", "first_name", "last_name", "full_name", "phone", "mobile", "company", "domain", "title",
            ],
            Stream::Tickets => &[
                "subject", "description", "status", "priority", "type", "requester_email", "assignee", "opened_at",
                "closed_at",
            ],
            Stream::Deals => &[
                "name", "amount", "currency", "stage", "probability", "close_date", "owner", "company",
            ],
        }
    }

    /// Whether `target` is one of this stream's fields or `custom.NAME`.
    pub fn check_target(self, target: &str) -> Result<(), String> {
        if self.fields().contains(&target) {
            return Ok(());
        }
        if let Some(name) = target.strip_prefix("custom.")
            && !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                return Ok(());
            }
        Err(format!(
            "unknown {} field '{target}': expected one of {}, or custom.NAME",
            self.as_str().trim_end_matches('s'),
            self.fields().join(", ")
        ))
    }
}

impl fmt::Display for Stream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One platform field, where its value comes from and how it is changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub stream: Stream,
    pub target: String,
    #[serde(deserialize_with = "one_or_many")]
    pub source: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transforms: Vec<Transform>,
}

/// A date transform: the accepted input formats, tried in order
/// (`rfc3339`, `unix`, `unix_ms` or a strftime format such as `%d/%m/%Y`),
/// and the output format (`rfc3339`, `unix`, `unix_ms` or strftime).
/// Inputs without an offset are taken as UTC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateSpec {
    #[serde(default = "rfc3339_list", deserialize_with = "one_or_many")]
    pub from: Vec<String>,
    #[serde(default = "rfc3339")]
    pub to: String,
}

fn rfc3339() -> String {
    "rfc3339".into()
}
fn rfc3339_list() -> Vec<String> {
    vec![rfc3339()]
}

/// One step applied to a field's value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transform {
    Lower,
    Upper,
    Trim,
    /// `ann@Example.COM` → `example.com`.
    EmailDomain,
    /// The value when the field is missing or empty.
    Default(Value),
    /// Joins every present source with this separator; must come first.
    Concat(String),
    /// Maps values (exact match first, then case-insensitive); the key `*`
    /// is the value for anything unmapped, and without it an unmapped
    /// value fails the record.
    #[serde(rename = "enum")]
    EnumMap(BTreeMap<String, String>),
    Date(DateSpec),
    Number,
    Integer,
    Boolean,
    /// Fails the record when the field is missing or empty.
    Required,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

/// Why a record could not be mapped: the field, where its value came
/// from, the value (truncated) and the reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MappingError {
    pub target: String,
    pub source: String,
    /// The offending value as text, truncated; `None` when it was missing.
    pub value: Option<String>,
    pub reason: String,
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` (from {}): ", self.target, self.source)?;
        match &self.value {
            Some(v) => write!(f, "'{v}' {}", self.reason),
            None => f.write_str(&self.reason),
        }
    }
}

impl std::error::Error for MappingError {}

const MAX_SHOWN: usize = 60;

fn shown(v: &Value) -> String {
    let s = jsonpath::text(v);
    if s.chars().count() <= MAX_SHOWN {
        s
    } else {
        let mut t: String = s.chars().take(MAX_SHOWN).collect();
        t.push('…');
        t
    }
}

/// A transform's failure before the field and source are attached.
struct Bad {
    value: Option<String>,
    reason: String,
}

fn bad(v: &Value, reason: impl Into<String>) -> Bad {
    Bad { value: Some(shown(v)), reason: reason.into() }
}

fn is_empty(v: &Option<Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        _ => false,
    }
}

impl Transform {
    /// The compact command-line form: `lower`, `trim`, `email_domain`,
    /// `default=VALUE`, `concat=SEP`, `enum=open:open,in progress:pending,*:open`,
    /// `date=%d/%m/%Y|%Y-%m-%d->%Y-%m-%d`, `number`, `integer`, `boolean`,
    /// `required`. In `enum`, `\,` and `\:` escape the separators.
    pub fn parse_compact(s: &str) -> Result<Transform, String> {
        let (name, arg) = match s.split_once('=') {
            Some((n, a)) => (n.trim(), Some(a)),
            None => (s.trim(), None),
        };
        let no_arg = |t: Transform| match arg {
            None => Ok(t),
            Some(_) => Err(format!("transform '{name}' takes no value")),
        };
        let t = match name {
            "lower" => no_arg(Transform::Lower)?,
            "upper" => no_arg(Transform::Upper)?,
            "trim" => no_arg(Transform::Trim)?,
            "email_domain" => no_arg(Transform::EmailDomain)?,
            "number" => no_arg(Transform::Number)?,
            "integer" => no_arg(Transform::Integer)?,
            "boolean" => no_arg(Transform::Boolean)?,
            "required" => no_arg(Transform::Required)?,
            "default" => Transform::Default(Value::String(arg.ok_or("default needs a value: default=VALUE")?.into())),
            "concat" => Transform::Concat(arg.ok_or("concat needs a separator: concat=SEP (e.g. 'concat= ')")?.into()),
            "enum" => {
                let arg = arg.ok_or("enum needs pairs: enum=FROM:TO,FROM:TO,*:DEFAULT")?;
                Transform::EnumMap(parse_pairs(arg)?)
            }
            "date" => {
                let arg = arg.ok_or("date needs formats: date=FROM->TO (FROM may list several with |)")?;
                let (from, to) = match arg.split_once("->") {
                    Some((f, t)) => (f, t.to_string()),
                    None => (arg, rfc3339()),
                };
                let from = if from.is_empty() {
                    rfc3339_list()
                } else {
                    from.split('|').map(str::to_string).collect()
                };
                Transform::Date(DateSpec { from, to: if to.is_empty() { rfc3339() } else { to } })
            }
            other => {
                return Err(format!(
                    "unknown transform '{other}': expected lower, upper, trim, email_domain, default=VALUE, \
                     concat=SEP, enum=FROM:TO,..., date=FROM->TO, number, integer, boolean or required"
                ))
            }
        };
        t.validate()?;
        Ok(t)
    }

    /// The compact form, for tables.
    pub fn compact(&self) -> String {
        match self {
            Transform::Lower => "lower".into(),
            Transform::Upper => "upper".into(),
            Transform::Trim => "trim".into(),
            Transform::EmailDomain => "email_domain".into(),
            Transform::Number => "number".into(),
            Transform::Integer => "integer".into(),
            Transform::Boolean => "boolean".into(),
            Transform::Required => "required".into(),
            Transform::Default(v) => format!("default={}", jsonpath::text(v)),
            Transform::Concat(sep) => format!("concat={sep}"),
            Transform::EnumMap(m) => {
                let esc = |s: &str| s.replace('\\', "\\\\").replace(',', "\\,").replace(':', "\\:");
                let mut pairs: Vec<String> =
                    m.iter().filter(|(k, _)| *k != "*").map(|(k, v)| format!("{}:{}", esc(k), esc(v))).collect();
                if let Some(d) = m.get("*") {
                    pairs.push(format!("*:{}", esc(d)));
                }
                format!("enum={}", pairs.join(","))
            }
            Transform::Date(d) => format!("date={}->{}", d.from.join("|"), d.to),
        }
    }

    /// Checks the transform's own parameters.
    pub fn validate(&self) -> Result<(), String> {
        match self {
            Transform::EnumMap(m) if m.is_empty() => Err("enum needs at least one FROM:TO pair".into()),
            Transform::Default(v) if v.is_null() => Err("default needs a value".into()),
            Transform::Date(d) => {
                if d.from.is_empty() {
                    return Err("date needs at least one input format".into());
                }
                let probe = jiff::Timestamp::from_second(1_700_000_000).expect("valid timestamp");
                format_date(probe, &d.to).map_err(|e| format!("date output format '{}' is not valid: {e}", d.to))?;
                for f in &d.from {
                    if f.trim().is_empty() {
                        return Err("date has an empty input format".into());
                    }
                    if matches!(f.as_str(), "rfc3339" | "unix" | "unix_ms") {
                        continue;
                    }
                    // An input format is checked by writing a date with it
                    // and reading that back: a bad directive, or a format
                    // that holds no whole date, is refused now rather than
                    // failing every record later.
                    let text = format_date(probe, f).map_err(|e| format!("date input format '{f}' is not valid: {e}"))?;
                    if parse_date_one(&text, f).is_none() {
                        return Err(format!(
                            "date input format '{f}' cannot be read as a date: it needs at least a year, month and day (%Y-%m-%d), or %s"
                        ));
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Applies the transform to a value (`None`: missing).
    fn apply(&self, v: Option<Value>) -> Result<Option<Value>, Bad> {
        match self {
            Transform::Default(d) => Ok(if is_empty(&v) { Some(d.clone()) } else { v }),
            Transform::Required => {
                if is_empty(&v) {
                    Err(Bad { value: None, reason: "is required, but the value is missing or empty".into() })
                } else {
                    Ok(v)
                }
            }
            // Joining happens in `map_one`; here it is a no-op.
            Transform::Concat(_) => Ok(v),
            _ => match v {
                None | Some(Value::Null) => Ok(None),
                Some(v) => self.apply_present(v).map(Some),
            },
        }
    }

    fn apply_present(&self, v: Value) -> Result<Value, Bad> {
        match self {
            Transform::Lower => Ok(Value::String(text_of(&v, "lower")?.to_lowercase())),
            Transform::Upper => Ok(Value::String(text_of(&v, "upper")?.to_uppercase())),
            Transform::Trim => Ok(Value::String(text_of(&v, "trim")?.trim().to_string())),
            Transform::EmailDomain => {
                let s = text_of(&v, "email_domain")?;
                email_domain(s.trim()).map(Value::String).ok_or_else(|| bad(&v, "is not an email address"))
            }
            Transform::EnumMap(m) => {
                let s = text_of(&v, "enum")?;
                let hit = m
                    .get(&s)
                    .or_else(|| m.iter().find(|(k, _)| *k != "*" && k.to_lowercase() == s.to_lowercase()).map(|(_, v)| v))
                    .or_else(|| m.get("*"));
                match hit {
                    Some(to) => Ok(Value::String(to.clone())),
                    None => {
                        let keys: Vec<&str> = m.keys().map(String::as_str).collect();
                        Err(bad(&v, format!("is not one of: {}", keys.join(", "))))
                    }
                }
            }
            Transform::Date(d) => {
                let ts = parse_date(&v, &d.from)
                    .ok_or_else(|| bad(&v, format!("is not a date in any of: {}", d.from.join(", "))))?;
                format_date(ts, &d.to).map_err(|e| bad(&v, format!("cannot be written as '{}': {e}", d.to)))
            }
            Transform::Number => match &v {
                Value::Number(_) => Ok(v),
                Value::String(s) => parse_number(s.trim()).ok_or_else(|| bad(&v, "is not a number")),
                _ => Err(bad(&v, "is not a number")),
            },
            Transform::Integer => {
                let n = match &v {
                    Value::Number(n) => Some(n.clone()),
                    Value::String(s) => match parse_number(s.trim()) {
                        Some(Value::Number(n)) => Some(n),
                        _ => None,
                    },
                    _ => None,
                }
                .ok_or_else(|| bad(&v, "is not an integer"))?;
                if let Some(i) = n.as_i64() {
                    return Ok(Value::from(i));
                }
                match n.as_f64() {
                    Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Value::from(f as i64)),
                    _ => Err(bad(&v, "is not an integer")),
                }
            }
            Transform::Boolean => {
                let b = match &v {
                    Value::Bool(b) => Some(*b),
                    Value::Number(n) => match n.as_f64() {
                        Some(f) if f == 1.0 => Some(true),
                        Some(f) if f == 0.0 => Some(false),
                        _ => None,
                    },
                    Value::String(s) => match s.trim().to_lowercase().as_str() {
                        "true" | "yes" | "y" | "1" | "on" | "t" => Some(true),
                        "false" | "no" | "n" | "0" | "off" | "f" => Some(false),
                        _ => None,
                    },
                    _ => None,
                };
                b.map(Value::Bool).ok_or_else(|| bad(&v, "is not a boolean (true/false, yes/no, 1/0, on/off)"))
            }
            Transform::Default(_) | Transform::Required | Transform::Concat(_) => Ok(v),
        }
    }
}

/// Text of a scalar; objects and arrays are not text.
fn text_of(v: &Value, what: &str) -> Result<String, Bad> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(_) | Value::Bool(_) => Ok(v.to_string()),
        _ => Err(bad(v, format!("is not text, so {what} cannot apply"))),
    }
}

fn parse_number(s: &str) -> Option<Value> {
    if s.is_empty() {
        return None;
    }
    if let Ok(i) = s.parse::<i64>() {
        return Some(Value::from(i));
    }
    let f: f64 = s.parse().ok()?;
    // "inf", "NaN" parse as f64; they are not numbers a CRM means.
    Number::from_f64(f).filter(|_| f.is_finite()).map(Value::Number)
}

fn email_domain(s: &str) -> Option<String> {
    let (local, domain) = s.rsplit_once('@')?;
    let domain = domain.trim().trim_end_matches('>').to_lowercase();
    // "Ann <ann@acme.com>": the address is inside the angle brackets.
    let local = local.rsplit('<').next().unwrap_or(local);
    let ok_local = !local.is_empty() && !local.contains(char::is_whitespace);
    let ok_domain = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    (ok_local && ok_domain).then_some(domain)
}

fn parse_date(v: &Value, formats: &[String]) -> Option<jiff::Timestamp> {
    formats.iter().find_map(|f| parse_date_one(v, f))
}

fn parse_date_one(v: &Value, format: &str) -> Option<jiff::Timestamp> {
    use jiff::{civil, tz::TimeZone, Timestamp};
    let as_int = |v: &Value| match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse::<i64>().ok(),
        _ => None,
    };
    match format {
        "unix" => Timestamp::from_second(as_int(v)?).ok(),
        "unix_ms" => Timestamp::from_millisecond(as_int(v)?).ok(),
        "rfc3339" => {
            let s = v.as_str()?.trim();
            if let Ok(ts) = s.parse::<Timestamp>() {
                return Some(ts);
            }
            // A date or a local date-time without an offset: UTC.
            if let Ok(dt) = s.parse::<civil::DateTime>() {
                return dt.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp());
            }
            None
        }
        fmt => {
            let s = v.as_str()?.trim();
            let tm = jiff::fmt::strtime::parse(fmt, s).ok()?;
            if let Ok(ts) = tm.to_timestamp() {
                return Some(ts);
            }
            let dt = match tm.to_datetime() {
                Ok(dt) => dt,
                Err(_) => tm.to_date().ok()?.to_datetime(civil::Time::midnight()),
            };
            dt.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp())
        }
    }
}

fn format_date(ts: jiff::Timestamp, format: &str) -> Result<Value, String> {
    match format {
        "rfc3339" => Ok(Value::String(ts.to_string())),
        "unix" => Ok(Value::from(ts.as_second())),
        "unix_ms" => Ok(Value::from(ts.as_millisecond())),
        fmt => {
            let z = ts.to_zoned(jiff::tz::TimeZone::UTC);
            jiff::fmt::strtime::format(fmt, &z).map(Value::String).map_err(|e| e.to_string())
        }
    }
}

/// Parses `FROM:TO,FROM:TO`, where `\,`, `\:` and `\\` escape.
fn parse_pairs(s: &str) -> Result<BTreeMap<String, String>, String> {
    let mut map = BTreeMap::new();
    let (mut key, mut val, mut in_val) = (String::new(), String::new(), false);
    let mut finish = |key: &mut String, val: &mut String, in_val: &mut bool| -> Result<(), String> {
        if !*in_val {
            if !key.trim().is_empty() {
                return Err(format!("enum pair '{key}' is not FROM:TO"));
            }
        } else {
            map.insert(key.trim().to_string(), val.trim().to_string());
        }
        key.clear();
        val.clear();
        *in_val = false;
        Ok(())
    };
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        let (c, escaped) = if c == '\\' { (chars.next().unwrap_or('\\'), true) } else { (c, false) };
        match c {
            ',' if !escaped => finish(&mut key, &mut val, &mut in_val)?,
            ':' if !escaped && !in_val => in_val = true,
            _ if in_val => val.push(c),
            _ => key.push(c),
        }
    }
    finish(&mut key, &mut val, &mut in_val)?;
    Ok(map)
}

impl Mapping {
    /// Checks the stream's field, the source paths and the transforms.
    pub fn validate(&self) -> Result<(), String> {
        self.stream.check_target(&self.target)?;
        if self.source.is_empty() {
            return Err(format!("`{}`: needs at least one source path", self.target));
        }
        for p in &self.source {
            if p.trim().is_empty() || p.split('.').any(str::is_empty) {
                return Err(format!("`{}`: source path '{p}' is empty or has an empty segment", self.target));
            }
        }
        for (i, t) in self.transforms.iter().enumerate() {
            t.validate().map_err(|e| format!("`{}`: {e}", self.target))?;
            if matches!(t, Transform::Concat(_)) && i != 0 {
                return Err(format!("`{}`: concat must be the first transform", self.target));
            }
        }
        Ok(())
    }

    fn sources_text(&self) -> String {
        self.source.join(" + ")
    }

    /// This field's value from one record; `Ok(None)` when it is missing.
    pub fn map_one(&self, record: &Value) -> Result<Option<Value>, MappingError> {
        let fail = |b: Bad| MappingError {
            target: self.target.clone(),
            source: self.sources_text(),
            value: b.value,
            reason: b.reason,
        };
        let present = |p: &String| jsonpath::get(record, p).filter(|v| !v.is_null());
        let mut value = match self.transforms.first() {
            Some(Transform::Concat(sep)) => {
                let mut parts = Vec::new();
                for p in &self.source {
                    if let Some(v) = present(p) {
                        let t = text_of(v, "concat").map_err(fail)?;
                        if !t.trim().is_empty() {
                            parts.push(t.trim().to_string());
                        }
                    }
                }
                (!parts.is_empty()).then(|| Value::String(parts.join(sep)))
            }
            _ => self.source.iter().find_map(present).cloned(),
        };
        for t in &self.transforms {
            value = t.apply(value).map_err(fail)?;
        }
        Ok(value.filter(|v| !v.is_null()))
    }
}

/// Maps one record: every mapping's target with its value (missing values
/// are left out). The first bad field fails the record.
pub fn apply(mappings: &[Mapping], record: &Value) -> Result<Map<String, Value>, MappingError> {
    let mut out = Map::new();
    for m in mappings {
        if let Some(v) = m.map_one(record)? {
            out.insert(m.target.clone(), v);
        }
    }
    Ok(out)
}

/// One failed record of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct RecordFailure {
    /// Its position in the batch (from 0).
    pub index: usize,
    pub error: MappingError,
    /// The error as one line, for logs.
    pub reason: String,
}

/// One mapped record of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct MappedRecord {
    /// Its position in the batch (from 0).
    pub index: usize,
    pub fields: Map<String, Value>,
}

/// The outcome of mapping a batch: failed records are counted with their
/// reason and the rest go on.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BatchOutcome {
    pub processed: usize,
    pub mapped: usize,
    pub failed: usize,
    pub records: Vec<MappedRecord>,
    pub failures: Vec<RecordFailure>,
}

/// Maps every record; a bad record is counted as failed and the batch goes on.
pub fn apply_all<'a>(mappings: &[Mapping], records: impl IntoIterator<Item = &'a Value>) -> BatchOutcome {
    let mut out = BatchOutcome::default();
    for (index, r) in records.into_iter().enumerate() {
        out.processed += 1;
        match apply(mappings, r) {
            Ok(fields) => {
                out.mapped += 1;
                out.records.push(MappedRecord { index, fields });
            }
            Err(error) => {
                out.failed += 1;
                out.failures.push(RecordFailure { index, reason: error.to_string(), error });
            }
        }
    }
    out
}

/// Checks a set of mappings: each valid, no target twice in a stream.
pub fn validate_all(mappings: &[Mapping]) -> Result<(), String> {
    let mut seen = std::collections::BTreeSet::new();
    for (i, m) in mappings.iter().enumerate() {
        m.validate().map_err(|e| format!("mapping {} ({} {}): {e}", i + 1, m.stream, m.target))?;
        if !seen.insert((m.stream, m.target.as_str())) {
            return Err(format!("mapping {} ({} {}): the target is mapped twice", i + 1, m.stream, m.target));
        }
    }
    Ok(())
}

fn m(stream: Stream, target: &str, source: &[&str], transforms: Vec<Transform>) -> Mapping {
    Mapping { stream, target: target.into(), source: source.iter().map(|s| s.to_string()).collect(), transforms }
}

/// The platform's mappings for a stream when an integration has none
/// configured: each common field from the same-named top-level source
/// field, with light clean-up (trimmed lower-case emails, the domain from
/// the email, numbers and dates normalised).
pub fn default_mappings(stream: Stream) -> Vec<Mapping> {
    use Transform::*;
    let date = |to: &str| Date(DateSpec { from: vec!["rfc3339".into(), "unix".into()], to: to.into() });
    match stream {
        Stream::Contacts => vec![
            m(stream, "email", &["email"], vec![Trim, Lower]),
            m(stream, "first_name", &["first_name"], vec![Trim]),
            m(stream, "last_name", &["last_name"], vec![Trim]),
            m(stream, "full_name", &["first_name", "last_name"], vec![Concat(" ".into())]),
            m(stream, "phone", &["phone"], vec![Trim]),
            m(stream, "mobile", &["mobile"], vec![Trim]),
            m(stream, "company", &["company"], vec![Trim]),
            m(stream, "domain", &["email"], vec![EmailDomain]),
            m(stream, "title", &["title"], vec![Trim]),
        ],
        Stream::Tickets => vec![
            m(stream, "subject", &["subject"], vec![Trim]),
            m(stream, "description", &["description"], vec![]),
            m(stream, "status", &["status"], vec![Trim, Lower]),
            m(stream, "priority", &["priority"], vec![Trim, Lower]),
            m(stream, "type", &["type"], vec![Trim, Lower]),
            m(stream, "requester_email", &["requester_email"], vec![Trim, Lower]),
            m(stream, "assignee", &["assignee"], vec![]),
            m(stream, "opened_at", &["opened_at", "created_at"], vec![date("rfc3339")]),
            m(stream, "closed_at", &["closed_at"], vec![date("rfc3339")]),
        ],
        Stream::Deals => vec![
            m(stream, "name", &["name"], vec![Trim]),
            m(stream, "amount", &["amount"], vec![Number]),
            m(stream, "currency", &["currency"], vec![Trim, Upper]),
            m(stream, "stage", &["stage"], vec![Trim]),
            m(stream, "probability", &["probability"], vec![Number]),
            m(stream, "close_date", &["close_date"], vec![Date(DateSpec {
                from: vec!["rfc3339".into(), "%Y-%m-%d".into(), "unix".into()],
                to: "%Y-%m-%d".into(),
            })]),
            m(stream, "owner", &["owner"], vec![]),
            m(stream, "company", &["company"], vec![Trim]),
        ],
    }
}

/// The mappings an integration's stream runs with: the configured ones,
/// or the platform's defaults when none are configured. The bool says
/// whether they are the defaults.
pub fn effective(
    store: &crate::store::Store,
    org: &crate::store::Org,
    integration_id: &str,
    stream: Stream,
) -> crate::error::Result<(Vec<Mapping>, bool)> {
    let rows = store.field_mappings(org, integration_id, Some(stream.as_str()))?;
    if rows.is_empty() {
        return Ok((default_mappings(stream), true));
    }
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(from_definition(&r.definition).map_err(|e| crate::error::Error::Failed {
            message: format!("stored mapping {} {} does not parse: {e}", r.stream, r.target),
        })?);
    }
    Ok((out, false))
}

/// A mapping from its stored JSON definition.
pub fn from_definition(definition: &str) -> Result<Mapping, String> {
    serde_json::from_str(definition).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(target: &str, source: &[&str], transforms: Vec<Transform>) -> Mapping {
        let stream = if Stream::Deals.fields().contains(&target) && !Stream::Contacts.fields().contains(&target) {
            Stream::Deals
        } else if Stream::Tickets.fields().contains(&target) {
            Stream::Tickets
        } else {
            Stream::Contacts
        };
        m(stream, target, source, transforms)
    }

    fn run(t: Vec<Transform>, v: Value) -> Result<Option<Value>, MappingError> {
        one("custom.x", &["v"], t).map_one(&json!({ "v": v }))
    }

    fn c(s: &str) -> Transform {
        Transform::parse_compact(s).unwrap()
    }

    #[test]
    fn lower_upper_trim() {
        assert_eq!(run(vec![c("lower")], json!("AnN")).unwrap(), Some(json!("ann")));
        assert_eq!(run(vec![c("upper")], json!("aud")).unwrap(), Some(json!("AUD")));
        assert_eq!(run(vec![c("trim")], json!("  x ")).unwrap(), Some(json!("x")));
        assert_eq!(run(vec![c("lower")], json!(12)).unwrap(), Some(json!("12")));
        for t in ["lower", "upper", "trim"] {
            let e = run(vec![c(t)], json!({"a": 1})).unwrap_err();
            assert!(e.reason.contains("is not text"), "{e}");
        }
    }

    #[test]
    fn email_domain_good_and_bad() {
        assert_eq!(run(vec![c("email_domain")], json!(" Ann@Example.COM ")).unwrap(), Some(json!("example.com")));
        assert_eq!(run(vec![c("email_domain")], json!("Ann <ann@acme.co.uk>")).unwrap(), Some(json!("acme.co.uk")));
        for bad in ["not-an-email", "ann@localhost", "@acme.com", "ann@acme..com", "ann@ac me.com"] {
            let e = run(vec![c("email_domain")], json!(bad)).unwrap_err();
            assert_eq!(e.reason, "is not an email address", "{bad}");
            assert_eq!(e.value.as_deref(), Some(bad));
        }
    }

    #[test]
    fn default_fills_missing_and_empty() {
        let t = vec![c("default=unknown")];
        assert_eq!(one("custom.x", &["v"], t.clone()).map_one(&json!({})).unwrap(), Some(json!("unknown")));
        assert_eq!(run(t.clone(), json!("")).unwrap(), Some(json!("unknown")));
        assert_eq!(run(t.clone(), json!(null)).unwrap(), Some(json!("unknown")));
        assert_eq!(run(t, json!("given")).unwrap(), Some(json!("given")));
        assert!(Transform::parse_compact("default").is_err());
        // A default that a later transform rejects fails the record.
        let e = run(vec![c("default=n/a"), c("number")], json!(null)).unwrap_err();
        assert_eq!(e.reason, "is not a number");
    }

    #[test]
    fn concat_joins_present_sources() {
        let mp = one("full_name", &["first", "last"], vec![c("concat= ")]);
        assert_eq!(mp.map_one(&json!({"first": "Ann", "last": "Lee"})).unwrap(), Some(json!("Ann Lee")));
        assert_eq!(mp.map_one(&json!({"first": "Ann", "last": null})).unwrap(), Some(json!("Ann")));
        assert_eq!(mp.map_one(&json!({})).unwrap(), None);
        let e = mp.map_one(&json!({"first": "Ann", "last": ["x"]})).unwrap_err();
        assert!(e.reason.contains("is not text"), "{e}");
        assert_eq!(e.source, "first + last");
        // concat anywhere but first is refused.
        assert!(one("full_name", &["a", "b"], vec![c("trim"), c("concat=-")]).validate().is_err());
    }

    #[test]
    fn several_sources_without_concat_fall_back() {
        let mp = one("phone", &["mobile", "phone"], vec![]);
        assert_eq!(mp.map_one(&json!({"phone": "1"})).unwrap(), Some(json!("1")));
        assert_eq!(mp.map_one(&json!({"mobile": "2", "phone": "1"})).unwrap(), Some(json!("2")));
    }

    #[test]
    fn enum_map_good_bad_and_default() {
        let t = c("enum=open:open,in progress:pending,done:solved");
        assert_eq!(run(vec![t.clone()], json!("in progress")).unwrap(), Some(json!("pending")));
        assert_eq!(run(vec![t.clone()], json!("DONE")).unwrap(), Some(json!("solved")));
        let e = run(vec![t], json!("weird")).unwrap_err();
        assert_eq!(e.reason, "is not one of: done, in progress, open");
        assert_eq!(e.to_string(), "`custom.x` (from v): 'weird' is not one of: done, in progress, open");
        let with_default = c("enum=open:open,*:open");
        assert_eq!(run(vec![with_default], json!("weird")).unwrap(), Some(json!("open")));
        assert!(Transform::parse_compact("enum=").is_err());
        assert!(Transform::parse_compact("enum=a").is_err());
        // Escapes.
        match c(r"enum=a\:b:c\,d") {
            Transform::EnumMap(m) => assert_eq!(m.get("a:b").map(String::as_str), Some("c,d")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn dates_parse_and_format() {
        let t = c("date=%d/%m/%Y->%Y-%m-%d");
        assert_eq!(run(vec![t.clone()], json!("31/12/2024")).unwrap(), Some(json!("2024-12-31")));
        let e = run(vec![t], json!("31/13/2024")).unwrap_err();
        assert_eq!(e.reason, "is not a date in any of: %d/%m/%Y");
        assert_eq!(e.to_string(), "`custom.x` (from v): '31/13/2024' is not a date in any of: %d/%m/%Y");

        let any = c("date=rfc3339|unix|unix_ms|%Y-%m-%d %H:%M");
        assert_eq!(run(vec![any.clone()], json!("2024-05-01T10:00:00+02:00")).unwrap(), Some(json!("2024-05-01T08:00:00Z")));
        assert_eq!(run(vec![any.clone()], json!(1_700_000_000)).unwrap(), Some(json!("2023-11-14T22:13:20Z")));
        assert_eq!(run(vec![any.clone()], json!("2024-05-01 09:30")).unwrap(), Some(json!("2024-05-01T09:30:00Z")));
        assert_eq!(run(vec![any.clone()], json!("2024-05-01")).unwrap(), Some(json!("2024-05-01T00:00:00Z")));
        assert!(run(vec![any], json!("yesterday")).is_err());
        let ms = c("date=unix_ms->unix");
        assert_eq!(run(vec![ms.clone()], json!("1700000000123")).unwrap(), Some(json!(1_700_000_000)));
        assert!(run(vec![ms], json!("soon")).is_err());
        assert!(Transform::parse_compact("date=%Y->%Y%").is_err(), "a bad output format is refused");
    }

    #[test]
    fn number_integer_boolean() {
        assert_eq!(run(vec![c("number")], json!(" 12.5 ")).unwrap(), Some(json!(12.5)));
        assert_eq!(run(vec![c("number")], json!("7")).unwrap(), Some(json!(7)));
        for bad in [json!("12abc"), json!("NaN"), json!(true), json!("")] {
            assert_eq!(run(vec![c("number")], bad).unwrap_err().reason, "is not a number");
        }
        assert_eq!(run(vec![c("integer")], json!("42")).unwrap(), Some(json!(42)));
        assert_eq!(run(vec![c("integer")], json!(3.0)).unwrap(), Some(json!(3)));
        assert_eq!(run(vec![c("integer")], json!("4.5")).unwrap_err().reason, "is not an integer");
        assert_eq!(run(vec![c("boolean")], json!("Yes")).unwrap(), Some(json!(true)));
        assert_eq!(run(vec![c("boolean")], json!(0)).unwrap(), Some(json!(false)));
        assert!(run(vec![c("boolean")], json!("maybe")).unwrap_err().reason.starts_with("is not a boolean"));
    }

    #[test]
    fn required_fails_missing() {
        let mp = one("email", &["properties.email"], vec![c("trim"), c("required")]);
        assert_eq!(mp.map_one(&json!({"properties": {"email": " a@b.co "}})).unwrap(), Some(json!("a@b.co")));
        let e = mp.map_one(&json!({"properties": {"email": "  "}})).unwrap_err();
        assert_eq!(e.to_string(), "`email` (from properties.email): is required, but the value is missing or empty");
        assert!(mp.map_one(&json!({})).is_err());
    }

    #[test]
    fn long_values_are_truncated() {
        let long = "x".repeat(500);
        let e = run(vec![c("number")], json!(long)).unwrap_err();
        assert_eq!(e.value.as_ref().unwrap().chars().count(), MAX_SHOWN + 1);
    }

    #[test]
    fn batch_counts_failed_records_and_goes_on() {
        let maps = vec![
            one("email", &["email"], vec![c("required"), c("lower")]),
            one("domain", &["email"], vec![c("email_domain")]),
        ];
        let records = [json!({"email": "A@X.io"}), json!({"email": "nope"}), json!({}), json!({"email": "b@y.io"})];
        let out = apply_all(&maps, &records);
        assert_eq!((out.processed, out.mapped, out.failed), (4, 2, 2));
        assert_eq!(out.failures[0].index, 1);
        assert_eq!(out.failures[0].reason, "`domain` (from email): 'nope' is not an email address");
        assert_eq!(out.failures[1].index, 2);
        assert!(out.failures[1].reason.contains("required"));
        assert_eq!(out.records[1].index, 3);
        assert_eq!(out.records[0].fields, json!({"email": "a@x.io", "domain": "x.io"}).as_object().unwrap().clone());
    }

    #[test]
    fn yaml_form_reads_well_and_round_trips() {
        let text = r#"
- stream: tickets
  target: status
  source: [fields.status.name]
  transforms: [trim, lower, {enum: {open: open, "in progress": pending, done: solved, "*": open}}]
- stream: deals
  target: close_date
  source: properties.closedate
  transforms:
    - date: {from: ["%d/%m/%Y", rfc3339], to: "%Y-%m-%d"}
    - required
- stream: contacts
  target: full_name
  source: [properties.firstname, properties.lastname]
  transforms: [{concat: " "}, {default: Unknown}]
"#;
        let maps: Vec<Mapping> = serde_saphyr::from_str(text).unwrap();
        validate_all(&maps).unwrap();
        assert_eq!(maps[0].transforms.len(), 3);
        assert_eq!(maps[1].source, vec!["properties.closedate"]);
        let rec = json!({"fields": {"status": {"name": " In Progress "}}});
        assert_eq!(apply(&maps[..1], &rec).unwrap().get("status"), Some(&json!("pending")));
        let json = serde_json::to_string(&maps).unwrap();
        let back: Vec<Mapping> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, maps);
        assert!(json.contains(r#""transforms":["trim","lower",{"enum""#), "{json}");
    }

    #[test]
    fn unknown_targets_and_streams_are_refused() {
        assert!(Stream::parse("leads").is_err());
        assert!(one("custom.tier", &["a"], vec![]).validate().is_ok());
        let bad = Mapping { stream: Stream::Contacts, target: "amount".into(), source: vec!["a".into()], transforms: vec![] };
        assert!(bad.validate().unwrap_err().contains("unknown contact field 'amount'"));
        let bad = Mapping { stream: Stream::Deals, target: "name".into(), source: vec!["a..b".into()], transforms: vec![] };
        assert!(bad.validate().is_err());
        assert!(Transform::parse_compact("shout").is_err());
        assert!(Transform::parse_compact("lower=1").is_err());
    }

    #[test]
    fn compact_round_trips() {
        for s in ["lower", "default=n/a", "concat=, ", "enum=a:b,c\\:d:e,*:z", "date=%d/%m/%Y|unix->%Y-%m-%d", "number"] {
            let t = c(s);
            assert_eq!(c(&t.compact()), t, "{s}");
        }
    }

    #[test]
    fn defaults_are_valid_and_map_common_names() {
        for s in Stream::ALL {
            validate_all(&default_mappings(s)).unwrap();
        }
        let rec = json!({"email": " Ann@Acme.com", "first_name": "Ann", "last_name": "Lee"});
        let out = apply(&default_mappings(Stream::Contacts), &rec).unwrap();
        assert_eq!(out.get("email"), Some(&json!("ann@acme.com")));
        assert_eq!(out.get("domain"), Some(&json!("acme.com")));
        assert_eq!(out.get("full_name"), Some(&json!("Ann Lee")));
        assert!(!out.contains_key("phone"));
        let deal = apply(&default_mappings(Stream::Deals), &json!({"amount": "1200.50", "close_date": "2025-03-01T12:00:00Z"})).unwrap();
        assert_eq!(deal.get("amount"), Some(&json!(1200.5)));
        assert_eq!(deal.get("close_date"), Some(&json!("2025-03-01")));
    }
}
