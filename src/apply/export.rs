//! `crmctl export`: the store written back as apply documents. Secrets
//! become references (`${env:VAR}`) — or, for a sealed bundle, their
//! values, which only ever leave the process inside the bundle's
//! encryption. Never prints.

use std::collections::BTreeMap;

use serde::Serialize;
use zeroize::Zeroizing;

use super::Kind;
use crate::engine::mapping::{self, Mapping};
use crate::error::{Error, Result};
use crate::secrets::MasterKey;
use crate::store::{Org, Store, DEFAULT_ORG, WEBHOOK_KEY_FIELD};

/// One exported document, in the apply format.
#[derive(Serialize)]
pub struct OutDoc {
    pub kind: Kind,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub integrations_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assistant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_failure: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secrets: Option<BTreeMap<String, String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webhook_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mappings: Option<Vec<Mapping>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<super::ScheduleDoc>>,
}

impl OutDoc {
    fn new(kind: Kind, name: &str) -> OutDoc {
        OutDoc {
            kind,
            name: name.into(),
            org: None,
            settings: None,
            integrations_enabled: None,
            provider: None,
            assistant: None,
            base_url: None,
            enabled: None,
            priority: None,
            events: None,
            when: None,
            on_failure: None,
            fields: None,
            secrets: None,
            webhook_key: None,
            mappings: None,
            schedules: None,
        }
    }
}

/// How secrets are written.
pub enum Secrets<'a> {
    /// `${env:VAR}` references, with the variable names listed.
    References,
    /// The values, opened with the key (for a sealed bundle only).
    Values(&'a MasterKey),
}

/// The environment variable an exported secret reference names:
/// `INTEGRATION_FIELD`, prefixed with the org outside the default org.
pub fn env_var(org: &str, integration: &str, field: &str) -> String {
    let raw = if org == DEFAULT_ORG { format!("{integration}_{field}") } else { format!("{org}_{integration}_{field}") };
    raw.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// The documents for the given orgs (all when empty), and the
/// environment variables the references name.
pub fn documents(store: &Store, orgs: &[Org], secrets: Secrets<'_>) -> Result<(Vec<OutDoc>, Vec<String>)> {
    let mut docs = Vec::new();
    let mut vars = Vec::new();
    for org in orgs {
        let mut d = OutDoc::new(Kind::Org, &org.name);
        if let Some(s) = org.settings.as_object().filter(|s| !s.is_empty()) {
            d.settings = Some(s.clone());
        }
        docs.push(d);
        for a in store.assistants(org)? {
            let mut d = OutDoc::new(Kind::Assistant, &a.name);
            d.org = Some(org.name.clone());
            d.integrations_enabled = Some(a.integrations_enabled);
            docs.push(d);
        }
        for i in store.integrations(org)? {
            let mut d = OutDoc::new(Kind::Integration, &i.name);
            d.org = Some(org.name.clone());
            d.provider = Some(i.provider.clone());
            d.assistant = i.assistant.clone();
            d.base_url = i.base_url.clone();
            d.enabled = (!i.enabled).then_some(false);
            d.priority = Some(i.priority);
            d.events = (!i.events.is_empty()).then(|| i.events.clone());
            d.when = i.conditions.as_ref().and_then(|c| c.get("when")).and_then(|w| w.as_str()).map(str::to_string);
            d.on_failure = Some(i.on_failure.clone());
            d.fields = (!i.fields.is_empty()).then(|| i.fields.clone());
            let mut s: BTreeMap<String, String> = match &secrets {
                Secrets::References => i
                    .secret_fields
                    .iter()
                    .map(|f| {
                        let var = env_var(&org.name, &i.name, f.trim_start_matches('_'));
                        vars.push(var.clone());
                        (f.clone(), format!("${{env:{var}}}"))
                    })
                    .collect(),
                Secrets::Values(key) => store
                    .open_secrets(org, &i.id, key)?
                    .into_iter()
                    .map(|(k, v)| (k, v.expose_secret().to_string()))
                    .collect(),
            };
            d.webhook_key = s.remove(WEBHOOK_KEY_FIELD);
            d.secrets = (!s.is_empty()).then_some(s);
            let rows = store.field_mappings(org, &i.id, None)?;
            if !rows.is_empty() {
                let ms = rows
                    .iter()
                    .map(|r| {
                        mapping::from_definition(&r.definition).map_err(|e| Error::Failed {
                            message: format!("stored mapping {} {} of {} does not parse: {e}", r.stream, r.target, i.name),
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                d.mappings = Some(ms);
            }
            let schedules = store.schedules(org, Some(&i.id))?;
            if !schedules.is_empty() {
                d.schedules = Some(
                    schedules
                        .into_iter()
                        .map(|s| super::ScheduleSpec { job: s.job, every_s: s.every_s, cron: s.cron }.to_doc())
                        .collect(),
                );
            }
            docs.push(d);
        }
    }
    Ok((docs, vars))
}

/// The documents as one multi-document YAML text.
pub fn to_yaml(docs: &[OutDoc], header: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::from(header));
    for (n, d) in docs.iter().enumerate() {
        if n > 0 {
            out.push_str("---\n");
        }
        out.push_str(&serde_saphyr::to_string(d).expect("documents serialize to YAML"));
    }
    out
}
