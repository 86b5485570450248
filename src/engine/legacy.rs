//! Reading integrations exported from the seed systems' stores, for
//! `crmctl import legacy`. Never prints: parses rows, opens their sealed
//! values with the legacy key, and maps them onto crmctl templates.
//!
//! - `voxe`: the Prisma `Integration` table as JSON (`id`, `userId`, `name`,
//!   `type`, `configuration`, `isActive`). Sensitive configuration values are
//!   AES-256-GCM sealed as `iv:tag:ciphertext` (hex, 16-byte IV, 16-byte tag)
//!   under the old `INTEGRATION_ENCRYPTION_KEY`.
//! - `supabase-integrations`: the Supabase `integrations` table as JSON
//!   (`id`, `name`, `provider`, `auth_config` JSONB, optional `config`,
//!   `base_url`, `is_active`/`enabled`, `priority`, `trigger_events`/`events`).
//!   Its `auth_config` is plaintext; a value sealed like voxe's is opened
//!   with the legacy key too.

use std::collections::{BTreeMap, BTreeSet};

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::Aes256;
use aes_gcm::AesGcm;
use base64::Engine as _;
use serde_json::Value;
use zeroize::Zeroizing;

use crate::secrets::Secret;

/// AES-256-GCM with Node's 16-byte IV, as the seed seals.
type LegacyCipher = AesGcm<Aes256, aes_gcm::aead::consts::U16>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Voxe,
    SupabaseIntegrations,
}

/// The old `INTEGRATION_ENCRYPTION_KEY`: 32 bytes.
pub struct LegacyKey(Zeroizing<[u8; 32]>);

impl LegacyKey {
    /// 64 hex characters (`crypto.randomBytes(32).toString('hex')`) or
    /// base64 of 32 bytes. The error never repeats the value.
    pub fn parse(text: &str) -> Result<LegacyKey, String> {
        let t = text.trim();
        let bytes: Zeroizing<Vec<u8>> = if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
            Zeroizing::new(hex::decode(t).map_err(|_| "not valid hex".to_string())?)
        } else if let Ok(b) = base64::engine::general_purpose::STANDARD.decode(t) {
            Zeroizing::new(b)
        } else {
            return Err(format!(
                "expected 32 bytes as 64 hex characters (as `crypto.randomBytes(32).toString('hex')` makes them) \
                 or as base64; got {} characters that are neither",
                t.chars().count()
            ));
        };
        if bytes.len() != 32 {
            return Err(format!(
                "expected 32 bytes as 64 hex characters (as `crypto.randomBytes(32).toString('hex')` makes them) \
                 or as base64; this decodes to {} bytes",
                bytes.len()
            ));
        }
        let mut k = Zeroizing::new([0u8; 32]);
        k.copy_from_slice(&bytes);
        Ok(LegacyKey(k))
    }

    /// Opens an `iv:tag:ciphertext` value; `None` when it does not open.
    pub fn open(&self, sealed: &str) -> Option<Secret> {
        let (iv, tag, ct) = split_sealed(sealed)?;
        let cipher = LegacyCipher::new_from_slice(&self.0[..]).ok()?;
        let mut msg = ct;
        msg.extend_from_slice(&tag);
        let nonce = aes_gcm::aead::Nonce::<LegacyCipher>::try_from(&iv[..]).ok()?;
        let plain = cipher.decrypt(&nonce, Payload { msg: &msg, aad: b"" }).ok()?;
        String::from_utf8(plain).ok().map(Secret::new)
    }
}

/// `iv:tag:ciphertext`, each hex; IV and tag 16 bytes.
fn split_sealed(s: &str) -> Option<([u8; 16], [u8; 16], Vec<u8>)> {
    let mut parts = s.split(':');
    let (iv, tag, ct) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || iv.len() != 32 || tag.len() != 32 {
        return None;
    }
    let iv: [u8; 16] = hex::decode(iv).ok()?.try_into().ok()?;
    let tag: [u8; 16] = hex::decode(tag).ok()?.try_into().ok()?;
    let ct = hex::decode(ct).ok()?;
    Some((iv, tag, ct))
}

/// Whether a value is in the seed's sealed form.
pub fn is_sealed(s: &str) -> bool {
    split_sealed(s).is_some()
}

/// One value of a legacy row's configuration.
pub enum LegacyValue {
    Plain(String),
    /// Sealed in the export; opened (`Some`) once a key is applied.
    Sealed { sealed: String, opened: Option<Secret> },
}

/// A row as read from the export, before mapping.
pub struct LegacyRow {
    pub row_id: String,
    pub name: String,
    /// The provider as the seed names it (`CHATWOOT`, `techone`).
    pub provider: String,
    /// voxe's `type` column (`CRM`, `CALENDAR`, ...).
    pub kind: Option<String>,
    /// Configuration values by their legacy key (nested `credentials`
    /// flattened in); objects and arrays are listed in `ignored`.
    pub values: BTreeMap<String, LegacyValue>,
    pub ignored: Vec<String>,
    pub enabled: bool,
    pub priority: Option<i64>,
    pub events: Vec<String>,
    /// Why the row cannot be read at all.
    pub problem: Option<String>,
}

impl LegacyRow {
    pub fn has_sealed(&self) -> bool {
        self.values.values().any(|v| matches!(v, LegacyValue::Sealed { .. }))
    }
}

/// Parses an export: a JSON array of rows, an object holding one array of
/// rows (`{"Integration": [...]}`), or one JSON object per line.
pub fn parse(format: Format, text: &str) -> Result<Vec<LegacyRow>, String> {
    let rows: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(a)) => a,
        Ok(Value::Object(o)) => {
            let arrays: Vec<&Vec<Value>> = o.values().filter_map(Value::as_array).collect();
            match arrays.as_slice() {
                [one] => (*one).clone(),
                _ if o.contains_key("id") => vec![Value::Object(o)],
                _ => return Err("expected a JSON array of rows, or an object holding one array of rows".into()),
            }
        }
        Ok(_) => return Err("expected a JSON array of rows".into()),
        Err(whole) => {
            let mut rows = Vec::new();
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                rows.push(serde_json::from_str(line).map_err(|e| {
                    if n == 0 { format!("not JSON: {whole}") } else { format!("line {}: {e}", n + 1) }
                })?);
            }
            rows
        }
    };
    Ok(rows.iter().enumerate().map(|(i, r)| read_row(format, i, r)).collect())
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A JSON column that may be an object or a string holding JSON.
fn object_of(v: Option<&Value>) -> Option<serde_json::Map<String, Value>> {
    match v? {
        Value::Object(o) => Some(o.clone()),
        Value::String(s) => match serde_json::from_str(s) {
            Ok(Value::Object(o)) => Some(o),
            _ => None,
        },
        _ => None,
    }
}

fn read_row(format: Format, index: usize, row: &Value) -> LegacyRow {
    let mut out = LegacyRow {
        row_id: str_of(row.get("id")).unwrap_or_else(|| format!("#{}", index + 1)),
        name: str_of(row.get("name")).unwrap_or_default(),
        provider: String::new(),
        kind: None,
        values: BTreeMap::new(),
        ignored: Vec::new(),
        enabled: true,
        priority: None,
        events: Vec::new(),
        problem: None,
    };
    if !row.is_object() {
        out.problem = Some("the row is not a JSON object".into());
        return out;
    }
    let enabled = |k: &str| row.get(k).and_then(Value::as_bool);
    match format {
        Format::Voxe => {
            out.kind = str_of(row.get("type"));
            out.enabled = enabled("isActive").unwrap_or(true);
            let Some(config) = object_of(row.get("configuration")) else {
                out.problem = Some("no configuration object".into());
                return out;
            };
            out.provider = str_of(config.get("provider")).unwrap_or_default();
            add_values(&mut out, &config, &["provider", "connectionStatus"]);
        }
        Format::SupabaseIntegrations => {
            out.provider = str_of(row.get("provider")).unwrap_or_default();
            out.enabled = enabled("is_active").or(enabled("enabled")).unwrap_or(true);
            out.priority = row.get("priority").and_then(Value::as_i64);
            out.events = row
                .get("trigger_events")
                .or(row.get("events"))
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|e| e.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            if let Some(config) = object_of(row.get("config")) {
                add_values(&mut out, &config, &[]);
            }
            if let Some(url) = str_of(row.get("base_url")) {
                out.values.insert("base_url".into(), LegacyValue::Plain(url));
            }
            let Some(auth) = object_of(row.get("auth_config")) else {
                out.problem = Some("no auth_config object".into());
                return out;
            };
            add_values(&mut out, &auth, &["type", "auth_type"]);
        }
    }
    out
}

fn add_values(out: &mut LegacyRow, obj: &serde_json::Map<String, Value>, skip: &[&str]) {
    for (k, v) in obj {
        if skip.contains(&k.as_str()) {
            continue;
        }
        match v {
            Value::String(s) if is_sealed(s) => {
                out.values.insert(k.clone(), LegacyValue::Sealed { sealed: s.clone(), opened: None });
            }
            Value::String(s) if s.is_empty() => {}
            Value::String(_) | Value::Number(_) | Value::Bool(_) => {
                out.values.insert(k.clone(), LegacyValue::Plain(str_of(Some(v)).unwrap_or_else(|| v.to_string())));
            }
            Value::Object(inner) if k == "credentials" => add_values(out, inner, &[]),
            Value::Null => {}
            _ => out.ignored.push(k.clone()),
        }
    }
}

/// Opens every sealed value of every row. Returns (rows with sealed
/// values, rows whose sealed values all opened).
pub fn open_rows(rows: &mut [LegacyRow], key: &LegacyKey) -> (usize, usize) {
    let (mut sealed_rows, mut opened_rows) = (0, 0);
    for row in rows.iter_mut().filter(|r| r.problem.is_none() && r.has_sealed()) {
        sealed_rows += 1;
        let mut all = true;
        let mut inner: Vec<(String, Value)> = Vec::new();
        for (k, v) in row.values.iter_mut() {
            if let LegacyValue::Sealed { sealed, opened } = v {
                *opened = key.open(sealed);
                match opened {
                    None => all = false,
                    // voxe's custom `credentials` is a JSON string, sealed whole.
                    Some(s) if k == "credentials" => {
                        if let Ok(Value::Object(o)) = serde_json::from_str::<Value>(s.expose_secret()) {
                            inner.extend(o);
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        for (k, v) in inner {
            if let Some(s) = str_of(Some(&v)) {
                row.values.insert(k, LegacyValue::Sealed { sealed: String::new(), opened: Some(Secret::new(s)) });
            }
        }
        if all {
            opened_rows += 1;
        } else {
            let failed: Vec<String> = row
                .values
                .iter()
                .filter(|(_, v)| matches!(v, LegacyValue::Sealed { opened: None, .. }))
                .map(|(k, _)| k.clone())
                .collect();
            row.problem = Some(format!(
                "sealed value {} does not open with the legacy key: it was modified, or sealed with another key",
                failed.join(", ")
            ));
        }
    }
    (sealed_rows, opened_rows)
}

/// A row mapped onto a crmctl template, not yet validated against it.
pub struct Mapped {
    pub template: &'static str,
    pub fields: BTreeMap<String, String>,
    pub secrets: BTreeMap<String, Secret>,
    /// Legacy keys that were not imported.
    pub ignored: Vec<String>,
}

/// The crmctl template for a seed provider name.
pub fn template_for(format: Format, provider: &str) -> Option<&'static str> {
    let p = provider.trim().to_ascii_lowercase();
    match format {
        Format::Voxe => Some(match p.as_str() {
            "chatwoot" => "chatwoot",
            "salesforce" => "salesforce",
            "hubspot" => "hubspot",
            "zoho" => "zoho_crm",
            "pipedrive" => "pipedrive",
            "custom" => "custom_rest",
            _ => return None,
        }),
        Format::SupabaseIntegrations => Some(match p.as_str() {
            "techone" | "technologyone" | "technology_one" => "technologyone",
            "sap" | "sap_c4c" => "sap_c4c",
            "genesys" | "genesys_cloud" => "genesys_cloud",
            "salesforce" => "salesforce",
            "dynamics" | "dynamics365" | "dynamics_365" => "dynamics365",
            "zendesk" => "zendesk",
            "freshdesk" => "freshdesk",
            "custom" | "custom_api" | "custom_rest" => "custom_rest",
            _ => return None,
        }),
    }
}

/// Legacy keys (compared lowercase, without `_` and `-`) for each crmctl
/// field. A field's own key always matches.
fn aliases(template: &str, field: &str) -> &'static [&'static str] {
    match (template, field) {
        ("chatwoot", "instance_url") => &["baseurl", "url", "instanceurl"],
        ("chatwoot", "account_id") => &["accountid"],
        ("chatwoot", "inbox_id") => &["inboxid"],
        ("chatwoot", "api_access_token") => &["apikey", "apiaccesstoken", "accesstoken", "token"],
        ("chatwoot", "platform_token") => &["platformtoken", "platformapikey"],
        (_, "client_id") => &["clientid", "consumerkey"],
        (_, "client_secret") => &["clientsecret", "consumersecret"],
        (_, "refresh_token") => &["refreshtoken"],
        ("salesforce", "login_url") => &["loginurl"],
        ("salesforce", "api_version") => &["apiversion"],
        ("hubspot", "access_token") => &["accesstoken", "apikey", "privateapptoken", "token"],
        ("zoho_crm", "accounts_domain") => &["accountsdomain"],
        ("pipedrive", "api_token") => &["apitoken", "apikey", "token"],
        ("pipedrive", "line_number") => &["linenumber", "phonenumber"],
        ("custom_rest", "base_url") => &["apiendpoint", "baseurl", "endpoint", "url"],
        ("custom_rest", "api_token") => &["token", "apikey", "apitoken", "accesstoken", "bearertoken"],
        ("technologyone", "tenant_url") => &["tenanturl", "baseurl", "url"],
        ("sap_c4c", "host") => &["host", "hostname"],
        ("sap_c4c", "user") => &["user", "username"],
        ("genesys_cloud", "region") => &["region", "environment"],
        ("genesys_cloud", "queue_id") => &["queueid"],
        ("dynamics365", "org_url") => &["orgurl", "baseurl", "url", "instanceurl"],
        ("dynamics365", "tenant_id") => &["tenantid"],
        ("zendesk", "api_token") => &["apitoken", "token", "apikey"],
        ("freshdesk", "subdomain") => &["subdomain", "domain"],
        ("freshdesk", "api_key") => &["apikey"],
        _ => &[],
    }
}

fn normal(k: &str) -> String {
    k.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect()
}

/// Maps a readable row onto its template's fields. `fields` is the
/// template's (key, secret?) list. Errors say why the row is not mapped;
/// nothing is guessed.
pub fn map_row(format: Format, row: &LegacyRow, fields: &[(String, bool)]) -> Result<Mapped, String> {
    let template = template_for(format, &row.provider).ok_or_else(|| {
        if row.provider.is_empty() {
            "the row names no provider".to_string()
        } else {
            format!("provider '{}' has no crmctl template", row.provider)
        }
    })?;
    if format == Format::Voxe
        && let Some(kind) = row.kind.as_deref().filter(|k| !k.eq_ignore_ascii_case("crm")) {
            return Err(format!("integration type '{kind}' is not a CRM integration"));
        }
    if template == "custom_rest" {
        let auth = row.values.iter().find(|(k, _)| normal(k) == "authtype").and_then(|(_, v)| match v {
            LegacyValue::Plain(s) => Some(s.to_ascii_uppercase()),
            _ => None,
        });
        if let Some(a) = auth.filter(|a| a != "BEARER") {
            return Err(format!("custom auth type {a}: crmctl's custom_rest template sends a bearer token only"));
        }
    }
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut out = Mapped { template, fields: BTreeMap::new(), secrets: BTreeMap::new(), ignored: Vec::new() };
    for (key, secret) in fields {
        let own = normal(key);
        let hit = row.values.iter().find(|(k, _)| {
            let n = normal(k);
            n == own || aliases(template, key).contains(&n.as_str())
        });
        let Some((legacy_key, value)) = hit else { continue };
        used.insert(legacy_key.as_str());
        match (value, secret) {
            (LegacyValue::Plain(v), false) => {
                out.fields.insert(key.clone(), v.clone());
            }
            (LegacyValue::Plain(v), true) => {
                out.secrets.insert(key.clone(), Secret::new(v.clone()));
            }
            (LegacyValue::Sealed { opened: Some(s), .. }, true) => {
                out.secrets.insert(key.clone(), Secret::new(s.expose_secret().to_string()));
            }
            (LegacyValue::Sealed { opened: Some(_), .. }, false) => {
                return Err(format!(
                    "{legacy_key} is sealed but maps to {key}, which {template} does not keep secret; not imported in plaintext"
                ));
            }
            (LegacyValue::Sealed { opened: None, .. }, _) => {
                return Err(format!("{legacy_key} is sealed; give --legacy-key to open it"));
            }
        }
    }
    let skip_meta = ["authtype", "name", "crmname", "credentials"];
    out.ignored = row
        .values
        .keys()
        .filter(|k| !used.contains(k.as_str()) && !skip_meta.contains(&normal(k).as_str()))
        .cloned()
        .chain(row.ignored.iter().cloned())
        .collect();
    Ok(out)
}

/// Makes a legacy name valid for crmctl (1-64 of letters, digits, `-`, `_`,
/// `.`, starting with a letter or digit).
pub fn clean_name(name: &str, fallback: &str) -> String {
    let mut s: String = name
        .trim()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    let s: String = s.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()).chars().take(60).collect();
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() { fallback.to_string() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seal(key: &[u8; 32], iv: [u8; 16], plain: &str) -> String {
        let c = LegacyCipher::new_from_slice(key).unwrap();
        let nonce = aes_gcm::aead::Nonce::<LegacyCipher>::try_from(&iv[..]).unwrap();
        let mut out = c.encrypt(&nonce, plain.as_bytes()).unwrap();
        let tag = out.split_off(out.len() - 16);
        format!("{}:{}:{}", hex::encode(iv), hex::encode(tag), hex::encode(out))
    }

    #[test]
    fn opens_seed_format_and_rejects_wrong_key() {
        let k = [7u8; 32];
        let sealed = seal(&k, [1u8; 16], "tok-123");
        let Ok(key) = LegacyKey::parse(&hex::encode(k)) else { panic!("hex key") };
        assert_eq!(key.open(&sealed).unwrap().expose_secret(), "tok-123");
        let Ok(other) = LegacyKey::parse(&base64::engine::general_purpose::STANDARD.encode([8u8; 32])) else { panic!("base64 key") };
        assert!(other.open(&sealed).is_none());
        assert!(LegacyKey::parse("abc").err().unwrap().contains("64 hex"));
    }

    #[test]
    fn cleans_names() {
        assert_eq!(clean_name("My Chatwoot (prod)", "x"), "My-Chatwoot-prod");
        assert_eq!(clean_name("  !!", "chatwoot"), "chatwoot");
    }
}
