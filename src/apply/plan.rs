//! The plan: what applying the files would change in the store, and the
//! store operations that make it so. Secrets are compared opened, and
//! reported only as added, changed, unchanged or removed. Never prints.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{json, Value};

use super::{problems_error, Desired, IntegrationSpec, Kind, ScheduleSpec};

const HINT: &str = "declare what is missing in the files, or create it first";
use crate::engine::mapping::{self, Mapping};
use crate::error::Result;
use crate::secrets::{seal, MasterKey, SealContext};
use crate::store::{Integration, NewIntegration, Op, Org, SealedField, Store, WEBHOOK_KEY_FIELD};

/// What happens to one thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    /// Deleted and created again (its provider changed).
    Replace,
    Delete,
    Unchanged,
}

impl Action {
    pub fn symbol(self) -> &'static str {
        match self {
            Action::Create => "+",
            Action::Update => "~",
            Action::Replace => "-/+",
            Action::Delete => "-",
            Action::Unchanged => "=",
        }
    }
}

/// A secret field's fate; its value never appears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretChange {
    Added,
    Changed,
    Unchanged,
    Removed,
}

/// One changed value: `path` is `priority`, `fields.subdomain`,
/// `mappings.contacts.email`...; `from`/`to` are null when absent.
#[derive(Debug, Clone, Serialize)]
pub struct FieldDiff {
    pub path: String,
    pub from: Value,
    pub to: Value,
}

#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub action: Action,
    pub kind: Kind,
    pub org: String,
    pub name: String,
    /// The provider, for integrations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<FieldDiff>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub secrets: BTreeMap<String, SecretChange>,
    /// Why a delete or replace happens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Counts by action.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Summary {
    pub create: usize,
    pub update: usize,
    pub replace: usize,
    pub delete: usize,
    pub unchanged: usize,
}

impl Summary {
    pub fn changes(&self) -> usize {
        self.create + self.update + self.replace + self.delete
    }
}

pub struct Plan {
    pub changes: Vec<Change>,
    pub ops: Vec<Op>,
}

impl Plan {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for c in &self.changes {
            match c.action {
                Action::Create => s.create += 1,
                Action::Update => s.update += 1,
                Action::Replace => s.replace += 1,
                Action::Delete => s.delete += 1,
                Action::Unchanged => s.unchanged += 1,
            }
        }
        s
    }

    /// Integrations that are created, updated or replaced: (org, name).
    pub fn changed_integrations(&self) -> Vec<(String, String)> {
        self.changes
            .iter()
            .filter(|c| c.kind == Kind::Integration && matches!(c.action, Action::Create | Action::Update | Action::Replace))
            .map(|c| (c.org.clone(), c.name.clone()))
            .collect()
    }
}

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Compares the desired state with the store. `prune` deletes, within the
/// orgs the files name, the assistants and integrations they do not
/// declare. Problems (an org neither declared nor existing, an unknown
/// assistant) are collected and returned together.
pub fn plan(store: &Store, key: &MasterKey, desired: &Desired, prune: bool) -> Result<Plan> {
    let mut changes = Vec::new();
    let mut problems = Vec::new();
    let mut orgs_ops = Vec::new();
    let mut assistant_ops = Vec::new();
    let mut delete_ops = Vec::new();
    let mut integration_ops = Vec::new();
    let mut assistant_delete_ops = Vec::new();

    // Orgs: the org row to use for each name (existing, or to be created).
    let mut orgs: BTreeMap<String, (Org, bool)> = BTreeMap::new();
    for spec in desired.orgs.values() {
        let existing = store.org(&spec.name).ok();
        let base = Change {
            action: Action::Unchanged,
            kind: Kind::Org,
            org: spec.name.clone(),
            name: spec.name.clone(),
            provider: None,
            diff: vec![],
            secrets: BTreeMap::new(),
            reason: None,
        };
        match existing {
            Some(org) => {
                if spec.declared {
                    let mut c = base;
                    if let Some(want) = &spec.settings {
                        let have = org.settings.as_object().cloned().unwrap_or_default();
                        let keys: BTreeSet<&String> = have.keys().chain(want.keys()).collect();
                        for k in keys {
                            if have.get(k) != want.get(k) {
                                c.diff.push(FieldDiff {
                                    path: format!("settings.{k}"),
                                    from: have.get(k).cloned().unwrap_or(Value::Null),
                                    to: want.get(k).cloned().unwrap_or(Value::Null),
                                });
                            }
                        }
                        if !c.diff.is_empty() {
                            c.action = Action::Update;
                            orgs_ops.push(Op::SetOrgSettings { org_id: org.id.clone(), settings: Value::Object(want.clone()) });
                        }
                    }
                    changes.push(c);
                }
                orgs.insert(spec.name.clone(), (org, true));
            }
            None if spec.declared => {
                let settings = Value::Object(spec.settings.clone().unwrap_or_default());
                let org = Org { id: new_id(), name: spec.name.clone(), settings: settings.clone(), created_at: String::new() };
                let mut c = base;
                c.action = Action::Create;
                if let Some(s) = &spec.settings {
                    c.diff = s
                        .iter()
                        .map(|(k, v)| FieldDiff { path: format!("settings.{k}"), from: Value::Null, to: v.clone() })
                        .collect();
                }
                changes.push(c);
                orgs_ops.push(Op::CreateOrg { org: org.clone() });
                orgs.insert(spec.name.clone(), (org, false));
            }
            None => problems.push(format!(
                "{}: org '{}' does not exist and no `kind: org` document declares it",
                spec.at, spec.name
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems_error(problems, HINT));
    }

    // Assistants: name -> id per org, for integrations to refer to.
    let mut assistant_ids: BTreeMap<(String, String), String> = BTreeMap::new();
    let mut pruned_assistants: BTreeSet<(String, String)> = BTreeSet::new();
    for (org_name, (org, exists)) in &orgs {
        let have = if *exists { store.assistants(org)? } else { Vec::new() };
        let want: Vec<&super::AssistantSpec> = desired.assistants.iter().filter(|a| &a.org == org_name).collect();
        for a in &want {
            let mut c = Change {
                action: Action::Unchanged,
                kind: Kind::Assistant,
                org: org_name.clone(),
                name: a.name.clone(),
                provider: None,
                diff: vec![],
                secrets: BTreeMap::new(),
                reason: None,
            };
            match have.iter().find(|h| h.name == a.name) {
                Some(h) => {
                    if h.integrations_enabled != a.integrations_enabled {
                        c.action = Action::Update;
                        c.diff.push(FieldDiff {
                            path: "integrations_enabled".into(),
                            from: json!(h.integrations_enabled),
                            to: json!(a.integrations_enabled),
                        });
                        assistant_ops.push(Op::SetAssistant {
                            org_id: org.id.clone(),
                            id: h.id.clone(),
                            integrations_enabled: a.integrations_enabled,
                        });
                    }
                    assistant_ids.insert((org_name.clone(), a.name.clone()), h.id.clone());
                }
                None => {
                    let id = new_id();
                    c.action = Action::Create;
                    c.diff.push(FieldDiff { path: "integrations_enabled".into(), from: Value::Null, to: json!(a.integrations_enabled) });
                    assistant_ops.push(Op::CreateAssistant {
                        org_id: org.id.clone(),
                        id: id.clone(),
                        name: a.name.clone(),
                        integrations_enabled: a.integrations_enabled,
                    });
                    assistant_ids.insert((org_name.clone(), a.name.clone()), id);
                }
            }
            changes.push(c);
        }
        for h in &have {
            if want.iter().any(|a| a.name == h.name) {
                continue;
            }
            if prune {
                pruned_assistants.insert((org_name.clone(), h.name.clone()));
                changes.push(Change {
                    action: Action::Delete,
                    kind: Kind::Assistant,
                    org: org_name.clone(),
                    name: h.name.clone(),
                    provider: None,
                    diff: vec![],
                    secrets: BTreeMap::new(),
                    reason: Some("not declared in the files (--prune)".into()),
                });
                assistant_delete_ops.push(Op::DeleteAssistant { org_id: org.id.clone(), id: h.id.clone() });
            } else {
                assistant_ids.insert((org_name.clone(), h.name.clone()), h.id.clone());
            }
        }
    }

    // Integrations.
    for (org_name, (org, exists)) in &orgs {
        let have = if *exists { store.integrations(org)? } else { Vec::new() };
        let want: Vec<&IntegrationSpec> = desired.integrations.iter().filter(|i| &i.org == org_name).collect();
        for spec in &want {
            let assistant_id = match &spec.assistant {
                None => None,
                Some(a) => match assistant_ids.get(&(org_name.clone(), a.clone())) {
                    Some(id) => Some(id.clone()),
                    None if pruned_assistants.contains(&(org_name.clone(), a.clone())) => {
                        problems.push(format!(
                            "{}: integration '{}': assistant '{a}' is not declared in the files, and --prune would delete it",
                            spec.at, spec.name
                        ));
                        continue;
                    }
                    None => {
                        problems.push(format!(
                            "{}: integration '{}': assistant '{a}' does not exist in org '{org_name}' and is not declared",
                            spec.at, spec.name
                        ));
                        continue;
                    }
                },
            };
            let existing = have.iter().find(|h| h.name == spec.name);
            match existing {
                Some(h) if h.provider == spec.provider => {
                    let c = update(store, key, org, h, spec, assistant_id, &mut integration_ops)?;
                    changes.push(c);
                }
                Some(h) => {
                    delete_ops.push(Op::DeleteIntegration { org_id: org.id.clone(), id: h.id.clone() });
                    let mut c = create(key, org, spec, assistant_id, &mut integration_ops);
                    c.action = Action::Replace;
                    c.reason = Some(format!("provider changes from {} to {}", h.provider, spec.provider));
                    changes.push(c);
                }
                None => changes.push(create(key, org, spec, assistant_id, &mut integration_ops)),
            }
        }
        if prune {
            for h in have.iter().filter(|h| !want.iter().any(|w| w.name == h.name)) {
                changes.push(Change {
                    action: Action::Delete,
                    kind: Kind::Integration,
                    org: org_name.clone(),
                    name: h.name.clone(),
                    provider: Some(h.provider.clone()),
                    diff: vec![],
                    secrets: BTreeMap::new(),
                    reason: Some("not declared in the files (--prune)".into()),
                });
                delete_ops.push(Op::DeleteIntegration { org_id: org.id.clone(), id: h.id.clone() });
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems_error(problems, HINT));
    }

    let mut ops = orgs_ops;
    ops.extend(assistant_ops);
    ops.extend(delete_ops);
    ops.extend(integration_ops);
    ops.extend(assistant_delete_ops);
    Ok(Plan { changes, ops })
}

fn seal_all(key: &MasterKey, org: &Org, id: &str, secrets: &BTreeMap<String, crate::secrets::Secret>, only: Option<&BTreeSet<String>>) -> Vec<SealedField> {
    secrets
        .iter()
        .filter(|(k, _)| only.is_none_or(|o| o.contains(*k)))
        .map(|(k, v)| SealedField {
            field: k.clone(),
            sealed: seal(key, &SealContext { org_id: &org.id, record: id, field: k }, v.expose_secret().as_bytes()),
            key_id: key.id().to_string(),
        })
        .collect()
}

/// A stored secret against the declared one, compared opened.
fn compare(stored: Option<&crate::secrets::Secret>, want: &crate::secrets::Secret) -> SecretChange {
    match stored {
        None => SecretChange::Added,
        Some(c) if c.expose_secret() == want.expose_secret() => SecretChange::Unchanged,
        Some(_) => SecretChange::Changed,
    }
}

fn seal_webhook_key(key: &MasterKey, org: &Org, id: &str, value: &crate::secrets::Secret) -> SealedField {
    SealedField {
        field: WEBHOOK_KEY_FIELD.into(),
        sealed: seal(key, &SealContext { org_id: &org.id, record: id, field: WEBHOOK_KEY_FIELD }, value.expose_secret().as_bytes()),
        key_id: key.id().to_string(),
    }
}

fn values(spec: &IntegrationSpec, id: String, assistant_id: Option<String>) -> NewIntegration {
    NewIntegration {
        id,
        name: spec.name.clone(),
        provider: spec.provider.clone(),
        assistant_id,
        base_url: spec.base_url.clone(),
        enabled: spec.enabled,
        priority: spec.priority,
        events: spec.events.clone(),
        conditions: spec.conditions.clone(),
        on_failure: spec.on_failure.clone(),
        fields: spec.fields.clone(),
    }
}

fn schedule_rows(ss: &[ScheduleSpec]) -> Vec<(String, Option<i64>, Option<String>, String)> {
    ss.iter()
        .map(|s| {
            let when = match (&s.cron, s.every_s) {
                (Some(c), _) => crate::engine::schedule::cron(c).ok(),
                (None, Some(n)) => crate::engine::schedule::every(std::time::Duration::from_secs(n as u64)).ok(),
                _ => None,
            };
            let next = when.map(|w| crate::store::ts(w.first())).unwrap_or_else(crate::store::now);
            (s.job.clone(), s.every_s, s.cron.clone(), next)
        })
        .collect()
}

fn mapping_rows(ms: &[Mapping]) -> Vec<(String, String, String)> {
    ms.iter()
        .map(|m| (m.stream.as_str().to_string(), m.target.clone(), serde_json::to_string(m).expect("mapping serializes")))
        .collect()
}

/// The scalar attributes compared and shown, as JSON.
fn attributes(
    assistant: Option<&str>,
    base_url: Option<&str>,
    enabled: bool,
    priority: i64,
    events: &[String],
    conditions: Option<&Value>,
    on_failure: &str,
) -> Vec<(&'static str, Value)> {
    let when = conditions.and_then(|c| c.get("when")).cloned().unwrap_or(Value::Null);
    vec![
        ("assistant", json!(assistant)),
        ("base_url", json!(base_url)),
        ("enabled", json!(enabled)),
        ("priority", json!(priority)),
        ("events", json!(events)),
        ("when", when),
        ("on_failure", json!(on_failure)),
    ]
}

fn spec_attributes(spec: &IntegrationSpec) -> Vec<(&'static str, Value)> {
    attributes(
        spec.assistant.as_deref(),
        spec.base_url.as_deref(),
        spec.enabled,
        spec.priority,
        &spec.events,
        spec.conditions.as_ref(),
        &spec.on_failure,
    )
}

fn create(key: &MasterKey, org: &Org, spec: &IntegrationSpec, assistant_id: Option<String>, ops: &mut Vec<Op>) -> Change {
    let id = new_id();
    let mut diff: Vec<FieldDiff> = spec_attributes(spec)
        .into_iter()
        .filter(|(_, v)| !v.is_null() && v != &json!([]))
        .map(|(k, v)| FieldDiff { path: k.into(), from: Value::Null, to: v })
        .collect();
    diff.extend(spec.fields.iter().map(|(k, v)| FieldDiff { path: format!("fields.{k}"), from: Value::Null, to: json!(v) }));
    if let Some(ms) = &spec.mappings {
        diff.extend(ms.iter().map(|m| FieldDiff {
            path: format!("mappings.{}.{}", m.stream.as_str(), m.target),
            from: Value::Null,
            to: json!(m.source),
        }));
    }
    if let Some(ss) = &spec.schedules {
        diff.extend(ss.iter().map(|s| FieldDiff { path: format!("schedules.{}", s.job), from: Value::Null, to: json!(s.describe()) }));
    }
    let mut sealed = seal_all(key, org, &id, &spec.secrets, None);
    let mut secrets: BTreeMap<String, SecretChange> = spec.secrets.keys().map(|k| (k.clone(), SecretChange::Added)).collect();
    if let Some(w) = &spec.webhook_key {
        sealed.push(seal_webhook_key(key, org, &id, w));
        secrets.insert("webhook_key".into(), SecretChange::Added);
    }
    ops.push(Op::CreateIntegration { org: org.clone(), new: values(spec, id.clone(), assistant_id), secrets: sealed });
    if let Some(ms) = &spec.mappings
        && !ms.is_empty()
    {
        ops.push(Op::ReplaceMappings { org: org.clone(), integration_id: id.clone(), rows: mapping_rows(ms) });
    }
    if let Some(ss) = &spec.schedules
        && !ss.is_empty()
    {
        ops.push(Op::ReplaceSchedules { org: org.clone(), integration_id: id, rows: schedule_rows(ss) });
    }
    Change {
        action: Action::Create,
        kind: Kind::Integration,
        org: org.name.clone(),
        name: spec.name.clone(),
        provider: Some(spec.provider.clone()),
        diff,
        secrets,
        reason: None,
    }
}

fn update(
    store: &Store,
    key: &MasterKey,
    org: &Org,
    have: &Integration,
    spec: &IntegrationSpec,
    assistant_id: Option<String>,
    ops: &mut Vec<Op>,
) -> Result<Change> {
    let mut diff = Vec::new();
    let before = attributes(
        have.assistant.as_deref(),
        have.base_url.as_deref(),
        have.enabled,
        have.priority,
        &have.events,
        have.conditions.as_ref(),
        &have.on_failure,
    );
    for ((k, from), (_, to)) in before.into_iter().zip(spec_attributes(spec)) {
        if from != to {
            diff.push(FieldDiff { path: k.into(), from, to });
        }
    }
    let keys: BTreeSet<&String> = have.fields.keys().chain(spec.fields.keys()).collect();
    for k in keys {
        let (from, to) = (have.fields.get(k), spec.fields.get(k));
        if from != to {
            diff.push(FieldDiff { path: format!("fields.{k}"), from: json!(from), to: json!(to) });
        }
    }

    // Secrets, compared opened.
    let current = store.open_secrets(org, &have.id, key)?;
    let mut secrets = BTreeMap::new();
    let mut reseal = BTreeSet::new();
    for (k, v) in &spec.secrets {
        let change = compare(current.get(k), v);
        if change != SecretChange::Unchanged {
            reseal.insert(k.clone());
        }
        secrets.insert(k.clone(), change);
    }
    // Fields starting with `_` are crmctl's own (the webhook key), not the template's.
    let removed: Vec<String> =
        current.keys().filter(|k| !k.starts_with('_') && !spec.secrets.contains_key(*k)).cloned().collect();
    for k in &removed {
        secrets.insert(k.clone(), SecretChange::Removed);
    }
    let mut webhook_sealed = None;
    if let Some(w) = &spec.webhook_key {
        let change = compare(current.get(WEBHOOK_KEY_FIELD), w);
        if change != SecretChange::Unchanged {
            webhook_sealed = Some(seal_webhook_key(key, org, &have.id, w));
        }
        secrets.insert("webhook_key".into(), change);
    }

    // Mappings, when the files manage them.
    let mut mappings_changed = false;
    if let Some(want) = &spec.mappings {
        let stored = store.field_mappings(org, &have.id, None)?;
        let have_ms: Vec<Mapping> = stored.iter().filter_map(|r| mapping::from_definition(&r.definition).ok()).collect();
        let mut want_sorted: Vec<&Mapping> = want.iter().collect();
        want_sorted.sort_by_key(|m| m.stream.as_str());
        let have_refs: Vec<&Mapping> = have_ms.iter().collect();
        if have_refs != want_sorted || have_ms.len() != stored.len() {
            mappings_changed = true;
            let key_of = |m: &Mapping| format!("mappings.{}.{}", m.stream.as_str(), m.target);
            for w in want {
                match have_ms.iter().find(|h| h.stream == w.stream && h.target == w.target) {
                    None => diff.push(FieldDiff { path: key_of(w), from: Value::Null, to: json!(w) }),
                    Some(h) if h != w => diff.push(FieldDiff { path: key_of(w), from: json!(h), to: json!(w) }),
                    Some(_) => {}
                }
            }
            for h in have_ms.iter().filter(|h| !want.iter().any(|w| w.stream == h.stream && w.target == h.target)) {
                diff.push(FieldDiff { path: key_of(h), from: json!(h), to: Value::Null });
            }
            if !diff.iter().any(|d| d.path.starts_with("mappings.")) {
                diff.push(FieldDiff { path: "mappings".into(), from: json!("order"), to: json!("order as in the files") });
            }
        }
    }

    // Schedules, when the files manage them.
    let mut schedules_changed = false;
    if let Some(want) = &spec.schedules {
        let have_s: Vec<ScheduleSpec> = store
            .schedules(org, Some(&have.id))?
            .into_iter()
            .map(|s| ScheduleSpec { job: s.job, every_s: s.every_s, cron: s.cron })
            .collect();
        let jobs: BTreeSet<&String> = have_s.iter().map(|s| &s.job).chain(want.iter().map(|s| &s.job)).collect();
        for job in jobs {
            let (h, w) = (have_s.iter().find(|s| &s.job == job), want.iter().find(|s| &s.job == job));
            if h != w {
                schedules_changed = true;
                diff.push(FieldDiff {
                    path: format!("schedules.{job}"),
                    from: h.map(|s| json!(s.describe())).unwrap_or(Value::Null),
                    to: w.map(|s| json!(s.describe())).unwrap_or(Value::Null),
                });
            }
        }
    }

    let changed = !diff.is_empty()
        || !reseal.is_empty()
        || !removed.is_empty()
        || webhook_sealed.is_some()
        || mappings_changed
        || schedules_changed;
    if changed {
        let mut sealed = seal_all(key, org, &have.id, &spec.secrets, Some(&reseal));
        sealed.extend(webhook_sealed);
        ops.push(Op::UpdateIntegration {
            org: org.clone(),
            values: values(spec, have.id.clone(), assistant_id),
            secrets: sealed,
            remove_secrets: removed,
        });
        if mappings_changed {
            ops.push(Op::ReplaceMappings {
                org: org.clone(),
                integration_id: have.id.clone(),
                rows: mapping_rows(spec.mappings.as_deref().unwrap_or_default()),
            });
        }
        if schedules_changed {
            ops.push(Op::ReplaceSchedules {
                org: org.clone(),
                integration_id: have.id.clone(),
                rows: schedule_rows(spec.schedules.as_deref().unwrap_or_default()),
            });
        }
    }
    Ok(Change {
        action: if changed { Action::Update } else { Action::Unchanged },
        kind: Kind::Integration,
        org: org.name.clone(),
        name: spec.name.clone(),
        provider: Some(spec.provider.clone()),
        diff,
        secrets,
        reason: None,
    })
}
