//! Declarative configuration: apply files (`crmctl apply -f`), the plan
//! that compares them with the store, `crmctl export`, and sealed bundles.
//!
//! An apply file holds one or more YAML documents, each declaring one
//! thing by its `kind`:
//!
//! ```yaml
//! kind: org
//! name: council
//! settings: {agent_limit: 5}
//! ---
//! kind: assistant
//! org: council
//! name: rates-line
//! integrations_enabled: true
//! ---
//! kind: integration
//! org: council
//! name: genesys
//! provider: genesys_cloud
//! priority: 10
//! events: [escalation]
//! fields: {region: mypurecloud.com.au, client_id: 6f1c...}
//! secrets: {client_secret: "${env:GENESYS_CLIENT_SECRET}"}
//! ```
//!
//! Loading parses every file (syntax errors carry file, line and column),
//! then [`resolve`] checks every document against the catalog and reads
//! every secret reference, collecting *all* problems before reporting, so
//! one run names every missing environment variable at once. Never prints.

pub mod bundle;
pub mod export;
pub mod plan;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::engine::mapping::{self, Mapping};
use crate::error::{Error, Result};
use crate::secrets::Secret;
use crate::templates::schema::Template;
use crate::templates::{validate_value, Catalog};

/// What a document declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Org,
    Assistant,
    Integration,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Org => "org",
            Kind::Assistant => "assistant",
            Kind::Integration => "integration",
        }
    }
}

/// `stop` ends an event's chain at a failed step; `continue` goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnFailure {
    Continue,
    Stop,
}

/// One document of an apply file, as written. Which keys a document may
/// have depends on its kind (checked by [`resolve`]).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "crmctl apply document", transform = kind_rules)]
pub struct Document {
    /// What this document declares.
    #[schemars(with = "Kind")]
    pub kind: Spanned<Kind>,
    /// The name (unique per kind within the org; orgs are unique).
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// The org an assistant or integration belongs to (default: `--org`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub org: Option<Spanned<String>>,
    /// Org settings (`agent_limit`). Declared keys are set; others removed.
    #[serde(default)]
    pub settings: Option<BTreeMap<String, serde_json::Value>>,
    /// Assistant: whether integrations run for it (default true).
    #[serde(default)]
    pub integrations_enabled: Option<bool>,
    /// Integration: the template id (`crmctl template list`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub provider: Option<Spanned<String>>,
    /// Integration: make it specific to one assistant of the org.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub assistant: Option<Spanned<String>>,
    /// Integration: override the template's base URL (https, or http on loopback).
    #[serde(default)]
    pub base_url: Option<String>,
    /// Integration: default true.
    #[serde(default)]
    pub enabled: Option<bool>,
    /// Integration: chain order, lowest first (default 100).
    #[serde(default)]
    pub priority: Option<i64>,
    /// Integration: the events it runs on, `EVENT` or `EVENT:ACTION`.
    #[serde(default)]
    pub events: Option<Vec<String>>,
    /// Integration: a condition on the event, e.g. `event.score < 3`.
    #[serde(default)]
    pub when: Option<String>,
    /// Integration: what a failed step does to the rest of the chain (default continue).
    #[serde(default)]
    pub on_failure: Option<OnFailure>,
    /// Integration: the template's plain fields. A value `${env:VAR}` is
    /// read from the environment (for per-environment values).
    #[serde(default)]
    pub fields: Option<BTreeMap<String, serde_json::Value>>,
    /// Integration: secret fields as references, `${env:VAR}` or
    /// `${file:PATH}` (relative to the file), never values.
    #[serde(default)]
    #[schemars(with = "Option<BTreeMap<String, String>>")]
    pub secrets: Option<BTreeMap<String, Spanned<String>>>,
    /// Integration: field mappings for record sync (as in `mapping set
    /// --from-file`). When present, exactly these are kept.
    #[serde(default)]
    #[schemars(with = "Option<Vec<serde_json::Value>>")]
    pub mappings: Option<Vec<Mapping>>,
    /// Integration: the key `crmctl serve` takes pushed records with
    /// (`X-Api-Key` or the HMAC key), as a reference like a secret; at
    /// least 16 characters. Absent: the stored key is left as it is.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub webhook_key: Option<Spanned<String>>,
    /// Integration: when a `crmctl worker` imports its knowledge base
    /// (`kb: true`) or syncs a stream. When present, exactly these are kept.
    #[serde(default)]
    pub schedules: Option<Vec<ScheduleDoc>>,
}

/// One schedule: what runs (`kb: true` or `stream: contacts|tickets|deals`)
/// and when (`every: 6h` or `cron: "0 2 * * *"`, UTC).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kb: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cron: Option<String>,
}

/// A schedule as the plan compares it: the job (`kb` or a stream) and
/// either a period in seconds or a cron expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleSpec {
    pub job: String,
    pub every_s: Option<i64>,
    pub cron: Option<String>,
}

impl ScheduleSpec {
    /// `every 6h` or `cron 0 2 * * *`.
    pub fn describe(&self) -> String {
        match (&self.cron, self.every_s) {
            (Some(c), _) => format!("cron {c}"),
            (None, Some(n)) => format!("every {}", duration_text(n)),
            (None, None) => "never".into(),
        }
    }

    pub fn to_doc(&self) -> ScheduleDoc {
        let (kb, stream) = if self.job == "kb" { (Some(true), None) } else { (None, Some(self.job.clone())) };
        ScheduleDoc { kb, stream, every: self.every_s.map(duration_text), cron: self.cron.clone() }
    }
}

/// Seconds as the largest whole unit: `6h`, `90m`, `45s`, `2d`.
pub fn duration_text(secs: i64) -> String {
    for (unit, n) in [("d", 86_400), ("h", 3_600), ("m", 60)] {
        if secs >= n && secs % n == 0 {
            return format!("{}{unit}", secs / n);
        }
    }
    format!("{secs}s")
}

/// The JSON Schema of one apply document.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Document)).expect("schema serializes")
}

/// The JSON Schema's per-kind rules: an integration needs a provider.
fn kind_rules(schema: &mut schemars::Schema) {
    let rules = serde_json::json!([{
        "if": { "properties": { "kind": { "const": "integration" } } },
        "then": { "required": ["provider"] }
    }]);
    schema.insert("allOf".into(), rules);
}

/// The keys each kind may have (besides kind and name).
fn allowed(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Org => &["settings"],
        Kind::Assistant => &["org", "integrations_enabled"],
        Kind::Integration => &[
            "org", "provider", "assistant", "base_url", "enabled", "priority", "events", "when", "on_failure", "fields",
            "secrets", "webhook_key", "mappings", "schedules",
        ],
    }
}

impl Document {
    /// The keys present besides kind and name.
    fn present(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut add = |cond: bool, k: &'static str| {
            if cond {
                out.push(k)
            }
        };
        add(self.org.is_some(), "org");
        add(self.settings.is_some(), "settings");
        add(self.integrations_enabled.is_some(), "integrations_enabled");
        add(self.provider.is_some(), "provider");
        add(self.assistant.is_some(), "assistant");
        add(self.base_url.is_some(), "base_url");
        add(self.enabled.is_some(), "enabled");
        add(self.priority.is_some(), "priority");
        add(self.events.is_some(), "events");
        add(self.when.is_some(), "when");
        add(self.on_failure.is_some(), "on_failure");
        add(self.fields.is_some(), "fields");
        add(self.secrets.is_some(), "secrets");
        add(self.mappings.is_some(), "mappings");
        add(self.schedules.is_some(), "schedules");
        add(self.webhook_key.is_some(), "webhook_key");
        out
    }
}

/// A parsed document and where it came from.
#[derive(Debug)]
pub struct Located {
    pub path: PathBuf,
    pub doc: Document,
}

impl Located {
    /// `FILE:LINE:COL` of a span in this document's file.
    fn at<T>(&self, s: &Spanned<T>) -> String {
        format!("{}:{}:{}", self.path.display(), s.referenced.line(), s.referenced.column())
    }
}

/// Where secret values come from: references in files on disk, or values
/// in a sealed bundle (which holds them inside its encryption).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretMode {
    References,
    Values,
}

/// The files to read: each path is a file, or a directory whose `*.yaml`
/// and `*.yml` files are read in name order (not recursively). `-` alone
/// reads the documents from stdin (see [`load`]).
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| Error::io(p, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && matches!(f.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")))
                .collect();
            found.sort();
            if found.is_empty() {
                return Err(Error::usage(format!("{}: no .yaml or .yml files in the directory", p.display())));
            }
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Parses every document of every file. The first file that does not
/// parse stops the load with its line and column.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Located>> {
    let mut out = Vec::new();
    if paths.iter().any(|p| p.as_os_str() == "-") {
        if paths.len() > 1 {
            return Err(Error::usage("-f - (stdin) cannot be combined with other files"));
        }
        let text = crate::textfile::read_stdin("<stdin>")?;
        // `${file:...}` references are relative to the working directory.
        return parse(&text, Path::new("<stdin>"));
    }
    for path in files(paths)? {
        let text = crate::textfile::read(&path)?;
        out.extend(parse(&text, &path)?);
    }
    Ok(out)
}

/// Parses the documents of one file's text.
pub fn parse(text: &str, path: &Path) -> Result<Vec<Located>> {
    // The parser's default budget (1,024 documents, 250,000 nodes) suits
    // one config file, not a tenant's whole setup or a bundle of it; these
    // still bound a hostile file (aliases and depth keep their defaults).
    let mut options = serde_saphyr::Options::default();
    options.budget = serde_saphyr::budget! {
        max_documents: 1_000_000,
        max_nodes: 100_000_000,
        max_events: 200_000_000,
        max_total_scalar_bytes: 1 << 30,
    };
    let docs: Vec<Document> =
        serde_saphyr::from_multiple_with_options(text, options).map_err(|e| crate::templates::yaml_error(&e, path))?;
    Ok(docs.into_iter().map(|doc| Located { path: path.to_path_buf(), doc }).collect())
}

/// An org the files declare or name.
#[derive(Debug, Clone)]
pub struct OrgSpec {
    pub name: String,
    /// Declared by a `kind: org` document (else only named by others).
    pub declared: bool,
    /// Declared settings (None: not managed).
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
    pub at: String,
}

#[derive(Debug, Clone)]
pub struct AssistantSpec {
    pub org: String,
    pub name: String,
    pub integrations_enabled: bool,
    pub at: String,
}

/// An integration as the files declare it, validated against its
/// template, with its secrets read.
pub struct IntegrationSpec {
    pub org: String,
    pub name: String,
    pub provider: String,
    pub assistant: Option<String>,
    pub base_url: Option<String>,
    pub enabled: bool,
    pub priority: i64,
    pub events: Vec<String>,
    pub conditions: Option<serde_json::Value>,
    pub on_failure: String,
    /// Plain fields, with the template's defaults filled in.
    pub fields: BTreeMap<String, String>,
    pub secrets: BTreeMap<String, Secret>,
    /// None: the webhook key is not managed by the files.
    pub webhook_key: Option<Secret>,
    /// None: mappings are not managed by the files.
    pub mappings: Option<Vec<Mapping>>,
    /// None: schedules are not managed by the files.
    pub schedules: Option<Vec<ScheduleSpec>>,
    pub at: String,
}

/// Everything the files declare.
#[derive(Default)]
pub struct Desired {
    /// Every org declared or named, by name.
    pub orgs: BTreeMap<String, OrgSpec>,
    pub assistants: Vec<AssistantSpec>,
    pub integrations: Vec<IntegrationSpec>,
}

/// Checks every document and reads every secret, collecting all problems;
/// returns them together (one per line) or the desired state.
/// `default_org` is used where a document names none.
pub fn resolve(docs: &[Located], catalog: &Catalog, default_org: &str, mode: SecretMode) -> Result<Desired> {
    let mut problems: Vec<String> = Vec::new();
    let mut desired = Desired::default();
    let mut seen: BTreeSet<(Kind, String, String)> = BTreeSet::new();

    for l in docs {
        let d = &l.doc;
        let kind = d.kind.value;
        let at = l.at(&d.name);
        let name = d.name.value.clone();
        let label = format!("{} '{name}'", kind.as_str());
        if let Err(e) = crate::store::validate_object_name(kind.as_str(), &name) {
            problems.push(format!("{at}: {e}"));
            continue;
        }
        let bad: Vec<&str> = d.present().into_iter().filter(|k| !allowed(kind).contains(k)).collect();
        if !bad.is_empty() {
            problems.push(format!(
                "{}: {label}: {} not allowed on a {} document (allowed: kind, name, {})",
                l.at(&d.kind),
                bad.join(", "),
                kind.as_str(),
                allowed(kind).join(", ")
            ));
            continue;
        }
        let org = match kind {
            Kind::Org => name.clone(),
            _ => d.org.as_ref().map(|o| o.value.clone()).unwrap_or_else(|| default_org.to_string()),
        };
        if !seen.insert((kind, org.clone(), name.clone())) {
            problems.push(format!("{at}: {label} in org '{org}' is declared twice"));
            continue;
        }
        let named_at = d.org.as_ref().map(|o| l.at(o)).unwrap_or_else(|| at.clone());
        let entry = desired.orgs.entry(org.clone()).or_insert_with(|| OrgSpec {
            name: org.clone(),
            declared: false,
            settings: None,
            at: named_at,
        });
        match kind {
            Kind::Org => {
                entry.declared = true;
                entry.at = at.clone();
                if let Some(s) = &d.settings {
                    match org_settings(s) {
                        Ok(s) => entry.settings = Some(s),
                        Err(e) => problems.push(format!("{at}: {label}: {e}")),
                    }
                }
            }
            Kind::Assistant => desired.assistants.push(AssistantSpec {
                org,
                name,
                integrations_enabled: d.integrations_enabled.unwrap_or(true),
                at,
            }),
            Kind::Integration => {
                match integration(l, &org, catalog, mode) {
                    Ok(spec) => desired.integrations.push(spec),
                    Err(mut p) => problems.append(&mut p),
                }
            }
        }
    }

    // Assistants named by integrations are checked by the plan, which
    // knows the store.
    if problems.is_empty() {
        return Ok(desired);
    }
    Err(problems_error(problems, "fix every problem listed and run again; `crmctl schema apply` gives the files' JSON Schema"))
}

/// Every problem found, one per line, as one usage error (exit 2).
fn problems_error(problems: Vec<String>, hint: &str) -> Error {
    let n = problems.len();
    Error::usage_hint(
        format!(
            "the apply files have {n} problem{}; nothing was written:\n{}",
            if n == 1 { "" } else { "s" },
            problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n")
        ),
        hint,
    )
}

/// Known org settings and their checks.
fn org_settings(s: &BTreeMap<String, serde_json::Value>) -> std::result::Result<serde_json::Map<String, serde_json::Value>, String> {
    let mut out = serde_json::Map::new();
    for (k, v) in s {
        match k.as_str() {
            "agent_limit" | "inbox_limit" | "integration_limit" => match v.as_i64() {
                Some(n) if n >= -1 => {
                    out.insert(k.clone(), v.clone());
                }
                _ => return Err(format!("settings.{k} must be an integer, -1 for unlimited (got {v})")),
            },
            // Seed 002's plans (see src/plans.rs), stored in the canonical spelling.
            "plan" => match v.as_str().and_then(crate::plans::Plan::parse) {
                Some(p) => {
                    out.insert(k.clone(), serde_json::Value::from(p.as_str()));
                }
                None => {
                    let known: Vec<&str> = crate::plans::ALL.iter().map(|p| p.as_str()).collect();
                    return Err(format!("settings.plan must be one of {} (got {v})", known.join(", ")));
                }
            },
            other => return Err(format!("unknown setting '{other}' (known: agent_limit, inbox_limit, integration_limit, plan)")),
        }
    }
    Ok(out)
}

/// One integration document: every problem it has, or its spec.
fn integration(l: &Located, org: &str, catalog: &Catalog, mode: SecretMode) -> std::result::Result<IntegrationSpec, Vec<String>> {
    let d = &l.doc;
    let name = d.name.value.clone();
    let label = format!("integration '{name}'");
    let at = l.at(&d.name);
    let mut problems = Vec::new();
    let Some(provider) = &d.provider else {
        return Err(vec![format!("{at}: {label}: no provider (see `crmctl template list`)")]);
    };
    let template = match catalog.get(&provider.value) {
        Ok(t) => &t.template,
        Err(e) => {
            let hint = e.hint().map(|h| format!(" ({h})")).unwrap_or_default();
            return Err(vec![format!("{}: {label}: {e}{hint}", l.at(provider))]);
        }
    };

    // Plain fields: known, not secret, scalar; then defaults and checks.
    let mut fields = BTreeMap::new();
    for (k, v) in d.fields.iter().flatten() {
        match template.fields.iter().find(|f| &f.key == k) {
            None => problems.push(format!("{at}: {label}: '{k}' is not a field of {} ({})", template.id, field_list(template))),
            Some(f) if f.secret => problems.push(format!(
                "{at}: {label}: '{k}' is a secret field of {}; declare it under secrets: as ${{env:VAR}} or ${{file:PATH}}",
                template.id
            )),
            Some(f) => match field_value(k, v) {
                Ok(s) if s.is_empty() => {}
                Ok(s) => {
                    if let Err(e) = validate_value(f, &s) {
                        problems.push(format!("{at}: {label}: field {k}='{}': {e}", crate::templates::shown_value(&s)));
                    }
                    fields.insert(k.clone(), s);
                }
                Err(e) => problems.push(format!("{at}: {label}: {e}")),
            },
        }
    }
    for f in &template.fields {
        if !f.secret && !fields.contains_key(&f.key)
            && let Some(def) = &f.default
        {
            fields.insert(f.key.clone(), def.clone());
        }
    }

    // Secrets: references read now; every missing one is reported.
    let mut secrets = BTreeMap::new();
    let base = l.path.parent().map(Path::to_path_buf).unwrap_or_default();
    for (k, r) in d.secrets.iter().flatten() {
        let where_ = l.at(r);
        match template.fields.iter().find(|f| &f.key == k) {
            None => {
                problems.push(format!("{where_}: {label}: '{k}' is not a field of {} ({})", template.id, field_list(template)));
                continue;
            }
            Some(f) if !f.secret => {
                problems.push(format!("{where_}: {label}: '{k}' is not a secret field of {}; put it under fields:", template.id));
                continue;
            }
            Some(f) => match read_ref(k, &r.value, &base, mode) {
                Ok(s) => {
                    if let Err(e) = validate_value(f, s.expose_secret()) {
                        problems.push(format!("{where_}: {label}: secret {k}: {e}"));
                    }
                    secrets.insert(k.clone(), s);
                }
                Err(e) => problems.push(format!("{where_}: {label}: {e}")),
            },
        }
    }

    let webhook_key = match &d.webhook_key {
        None => None,
        Some(r) => match read_ref("webhook_key", &r.value, &base, mode) {
            Ok(k) if k.expose_secret().len() < 16 => {
                problems.push(format!("{}: {label}: webhook_key must be at least 16 characters", l.at(r)));
                None
            }
            Ok(k) => Some(k),
            Err(e) => {
                problems.push(format!("{}: {label}: {e}", l.at(r)));
                None
            }
        },
    };

    // Required fields.
    let missing: Vec<String> = template
        .fields
        .iter()
        .filter(|f| template.needs(f, &fields))
        .filter(|f| if f.secret { !d.secrets.iter().flatten().any(|(k, _)| k == &f.key) } else { !fields.contains_key(&f.key) })
        .map(|f| if f.secret { format!("secrets.{}", f.key) } else { format!("fields.{}", f.key) })
        .collect();
    if !missing.is_empty() {
        problems.push(format!("{at}: {label}: missing required {} for {}", missing.join(", "), template.id));
    }

    let mut events = d.events.clone().unwrap_or_default();
    events.sort();
    events.dedup();
    if let Err(e) = crate::templates::validate_events(template, &events) {
        problems.push(format!("{at}: {label}: {e}"));
    }
    for e in events.iter().filter(|e| !e.contains(':') && !template.default_actions.contains_key(*e)) {
        problems.push(format!(
            "{at}: {label}: {} has no default action for {e}; name one, {e}:ACTION (actions: {})",
            template.id,
            template.actions.keys().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    let conditions = match d.when.as_deref().map(crate::templates::condition).transpose() {
        Ok(c) => c,
        Err(e) => {
            problems.push(format!("{at}: {label}: {e}"));
            None
        }
    };
    if problems.is_empty()
        && let Err(e) = crate::templates::effective_base_url(template, d.base_url.as_deref(), &fields)
    {
        problems.push(format!("{at}: {label}: {e}"));
    }
    if let Some(ms) = &d.mappings
        && let Err(e) = mapping::validate_all(ms)
    {
        problems.push(format!("{at}: {label}: mappings: {e}"));
    }
    let schedules = d.schedules.as_ref().map(|list| {
        let mut out: Vec<ScheduleSpec> = Vec::new();
        for sd in list {
            match schedule_spec(sd, template) {
                Ok(spec) if out.iter().any(|o| o.job == spec.job) => {
                    problems.push(format!("{at}: {label}: schedules: {} is scheduled twice", spec.job))
                }
                Ok(spec) => out.push(spec),
                Err(e) => problems.push(format!("{at}: {label}: schedules: {e}")),
            }
        }
        out
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(IntegrationSpec {
        org: org.to_string(),
        name,
        provider: template.id.clone(),
        assistant: d.assistant.as_ref().map(|a| a.value.clone()),
        base_url: d.base_url.clone().filter(|b| !b.is_empty()),
        enabled: d.enabled.unwrap_or(true),
        priority: d.priority.unwrap_or(100),
        events,
        conditions,
        on_failure: match d.on_failure.unwrap_or(OnFailure::Continue) {
            OnFailure::Continue => "continue".into(),
            OnFailure::Stop => "stop".into(),
        },
        fields,
        secrets,
        webhook_key,
        mappings: d.mappings.clone(),
        schedules,
        at,
    })
}

/// One schedule checked against the template: a job it has, and one
/// valid period or cron expression.
fn schedule_spec(sd: &ScheduleDoc, template: &Template) -> std::result::Result<ScheduleSpec, String> {
    let job = match (sd.kb, &sd.stream) {
        (Some(true), None) => {
            if template.knowledge_base.is_none() {
                return Err(format!("{} has no knowledge base to import", template.id));
            }
            "kb".to_string()
        }
        (None | Some(false), Some(s)) => {
            let stream = mapping::Stream::parse(s)?;
            if template.streams.get(stream.as_str()).is_none() {
                return Err(format!("{} has no {stream} stream to sync", template.id));
            }
            stream.as_str().to_string()
        }
        _ => return Err("each schedule needs `kb: true` or `stream: contacts|tickets|deals` (one of them)".into()),
    };
    let (every_s, cron) = match (&sd.every, &sd.cron) {
        (Some(e), None) => {
            let d = crate::cli::parse_duration(e).map_err(|m| format!("{job}: every: {m}"))?;
            crate::engine::schedule::every(d).map_err(|e| format!("{job}: {e}"))?;
            (Some(d.as_secs() as i64), None)
        }
        (None, Some(c)) => {
            crate::engine::schedule::cron(c).map_err(|e| format!("{job}: {e}"))?;
            (None, Some(c.trim().to_string()))
        }
        _ => return Err(format!("{job}: give one of `every: DURATION` or `cron: EXPR`")),
    };
    Ok(ScheduleSpec { job, every_s, cron })
}

/// A plain field's value: a scalar, or `${env:VAR}` read from the
/// environment (per-environment values such as a subdomain or a URL).
fn field_value(key: &str, v: &serde_json::Value) -> std::result::Result<String, String> {
    if let Some(s) = v.as_str()
        && s.starts_with("${")
    {
        return match SecretRef::parse(s) {
            Some(SecretRef::Env(var)) => match std::env::var(&var) {
                Ok(v) if !v.is_empty() => Ok(v),
                _ => Err(format!("field {key}: environment variable {var} is not set")),
            },
            _ => Err(format!("field {key}: '{s}' is not a reference a field can use (only ${{env:VAR}})")),
        };
    }
    crate::templates::scalar(key, v).map_err(|e| e.to_string())
}

fn field_list(t: &Template) -> String {
    format!("fields: {}", t.fields.iter().map(|f| f.key.as_str()).collect::<Vec<_>>().join(", "))
}

/// A secret reference: `${env:VAR}` or `${file:PATH}` (the bare forms
/// `env:VAR` and `file:PATH` of integration files are accepted too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretRef {
    Env(String),
    File(String),
}

impl SecretRef {
    pub fn parse(s: &str) -> Option<SecretRef> {
        let inner = s.strip_prefix("${").and_then(|r| r.strip_suffix('}')).unwrap_or(s);
        if let Some(v) = inner.strip_prefix("env:") {
            let ok = !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            return ok.then(|| SecretRef::Env(v.to_string()));
        }
        inner.strip_prefix("file:").filter(|p| !p.is_empty()).map(|p| SecretRef::File(p.to_string()))
    }
}

impl std::fmt::Display for SecretRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SecretRef::Env(v) => write!(f, "${{env:{v}}}"),
            SecretRef::File(p) => write!(f, "${{file:{p}}}"),
        }
    }
}

/// Reads one secret. The error never contains the value (a value where a
/// reference belongs is refused without being repeated).
fn read_ref(key: &str, raw: &str, base: &Path, mode: SecretMode) -> std::result::Result<Secret, String> {
    if mode == SecretMode::Values {
        if raw.is_empty() {
            return Err(format!("secret {key}: empty in the bundle"));
        }
        return Ok(Secret::new(raw.to_string()));
    }
    let value = match SecretRef::parse(raw) {
        Some(SecretRef::Env(var)) => match std::env::var(&var) {
            Ok(v) if !v.is_empty() => v,
            Ok(_) => return Err(format!("secret {key}: environment variable {var} is empty")),
            Err(_) => return Err(format!("secret {key}: environment variable {var} is not set")),
        },
        Some(SecretRef::File(p)) => {
            let path = if Path::new(&p).is_relative() { base.join(&p) } else { PathBuf::from(&p) };
            let mut text = std::fs::read_to_string(&path)
                .map_err(|e| format!("secret {key}: cannot read {}: {e}", path.display()))?;
            while text.ends_with('\n') || text.ends_with('\r') {
                text.pop();
            }
            if text.is_empty() {
                return Err(format!("secret {key}: {} is empty", path.display()));
            }
            text
        }
        None => {
            return Err(format!(
                "secret {key} must be a reference, ${{env:VAR}} or ${{file:PATH}}; \
                 a value in a file would put the secret in git (the value is not shown)"
            ))
        }
    };
    Ok(Secret::new(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_references_parse_and_print() {
        assert_eq!(SecretRef::parse("${env:ZD_TOKEN}"), Some(SecretRef::Env("ZD_TOKEN".into())));
        assert_eq!(SecretRef::parse("env:ZD_TOKEN"), Some(SecretRef::Env("ZD_TOKEN".into())));
        assert_eq!(SecretRef::parse("${file:secrets/zd}"), Some(SecretRef::File("secrets/zd".into())));
        assert_eq!(SecretRef::parse("${env:}"), None);
        assert_eq!(SecretRef::parse("${env:A B}"), None);
        assert_eq!(SecretRef::parse("hunter2"), None);
        assert_eq!(SecretRef::Env("X".into()).to_string(), "${env:X}");
    }

    #[test]
    fn a_plain_value_is_refused_without_repeating_it() {
        let Err(e) = read_ref("api_token", "s3cr3t-value", Path::new("."), SecretMode::References) else { panic!("a plain value was accepted") };
        assert!(e.contains("must be a reference"), "{e}");
        assert!(!e.contains("s3cr3t-value"), "{e}");
    }

    #[test]
    fn syntax_errors_carry_file_line_and_column() {
        let e = parse("kind: org\nname: a\n---\nkind: integration\nname: b\npriority: high\n", Path::new("x.yaml"))
            .unwrap_err();
        match e {
            Error::Syntax { line, column, .. } => assert_eq!((line, column), (6, 11)),
            other => panic!("expected a syntax error, got {other}"),
        }
    }

    #[test]
    fn documents_keep_their_line_numbers_across_separators() {
        let docs = parse("kind: org\nname: a\n---\nkind: assistant\nname: b\n", Path::new("x.yaml")).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].at(&docs[1].doc.name), "x.yaml:5:7");
    }
}
