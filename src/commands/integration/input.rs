//! Turning flags, files, prompts and secret sources into validated field
//! values. Errors name the field and the flag that provides it, and never
//! repeat a secret value.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::super::{prompt, Ctx};
use crate::error::{Error, Result};
use crate::secrets::Secret;
use crate::templates::schema::{Field, Template};
use crate::templates::validate_value;
pub use crate::templates::{condition, scalar, validate_events};


/// An integration described in a YAML file (`integration add --from-file`).
/// Secrets are references (`env:VAR`, `file:PATH`), never values.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationFile {
    pub name: Option<String>,
    pub provider: Option<String>,
    pub assistant: Option<String>,
    pub base_url: Option<String>,
    pub priority: Option<i64>,
    #[serde(default)]
    pub events: Vec<String>,
    pub on_failure: Option<String>,
    pub enabled: Option<bool>,
    /// A condition on the event, e.g. `event.score < 3`.
    pub when: Option<String>,
    #[serde(default)]
    pub fields: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    pub secrets: BTreeMap<String, String>,
}

impl IntegrationFile {
    pub fn load(path: &Path) -> Result<(IntegrationFile, PathBuf)> {
        let text = crate::textfile::read(path)?;
        let file: IntegrationFile = serde_saphyr::from_str(&text)
            .map_err(|e| crate::templates::yaml_error(&e, path))?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok((file, dir))
    }
}

/// Splits `KEY=VALUE`.
pub fn parse_kv<'a>(arg: &'a str, flag: &str) -> Result<(&'a str, &'a str)> {
    arg.split_once('=').filter(|(k, _)| !k.is_empty()).ok_or_else(|| {
        Error::usage_hint(format!("{flag} takes KEY=VALUE"), format!("for example: {flag} subdomain=acme"))
    })
}

/// Reads a secret from `env:VAR`, `file:PATH` or `-` (stdin). Anything else
/// is refused: a plain value on the command line sits in shell history and
/// the process list. `base` resolves relative `file:` paths (from a file).
pub fn read_secret(key: &str, source: &str, stdin_taken: &mut bool, base: Option<&Path>) -> Result<Secret> {
    // `${env:VAR}` and `${file:PATH}`, the apply files' syntax, mean the same here.
    let source = source.strip_prefix("${").and_then(|s| s.strip_suffix('}')).unwrap_or(source);
    let value = if let Some(var) = source.strip_prefix("env:") {
        std::env::var(var).ok().filter(|v| !v.is_empty()).ok_or_else(|| {
            Error::usage_hint(
                format!("secret {key}: environment variable {var} is not set"),
                format!("export {var}=... before running crmctl, or use file:PATH"),
            )
        })?
    } else if let Some(path) = source.strip_prefix("file:") {
        let path = match base {
            Some(b) if Path::new(path).is_relative() => b.join(path),
            _ => PathBuf::from(path),
        };
        let mut text = std::fs::read_to_string(&path).map_err(|e| {
            Error::usage(format!("secret {key}: cannot read {}: {e}", path.display()))
        })?;
        trim_newline(&mut text);
        text
    } else if source == "-" {
        if *stdin_taken {
            return Err(Error::usage(format!("secret {key}: only one secret can be read from stdin")));
        }
        *stdin_taken = true;
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::usage(format!("secret {key}: reading stdin: {e}")))?;
        trim_newline(&mut text);
        text
    } else {
        return Err(Error::usage_hint(
            format!("secret {key}: a secret cannot be given as a plain value"),
            format!(
                "use --secret {key}=env:VAR, --secret {key}=file:PATH or --secret {key}=- (stdin); \
                 a value on the command line would sit in shell history and the process list"
            ),
        ));
    };
    if value.is_empty() {
        return Err(Error::usage(format!("secret {key}: the value from {} is empty", source_label(source))));
    }
    Ok(Secret::new(value))
}

fn source_label(source: &str) -> &str {
    if source == "-" { "stdin" } else { source }
}

fn trim_newline(s: &mut String) {
    while s.ends_with('\n') || s.ends_with('\r') {
        s.pop();
    }
}



fn field<'a>(template: &'a Template, key: &str) -> Result<&'a Field> {
    template.fields.iter().find(|f| f.key == key).ok_or_else(|| {
        Error::usage_hint(
            format!("'{key}' is not a field of {}", template.id),
            format!(
                "{} fields: {}",
                template.id,
                template.fields.iter().map(|f| f.key.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )
    })
}

/// Sorts `--field` values into the template's plain fields, refusing
/// secret fields (which would put the value in the process list).
pub fn plain_field(template: &Template, key: &str) -> Result<()> {
    let f = field(template, key)?;
    if f.secret {
        return Err(Error::usage_hint(
            format!("{key} is a secret field of {}; it cannot be given with --field", template.id),
            format!("use --secret {key}=env:VAR, file:PATH or - (stdin)"),
        ));
    }
    Ok(())
}

pub fn secret_field(template: &Template, key: &str) -> Result<()> {
    let f = field(template, key)?;
    if !f.secret {
        return Err(Error::usage_hint(
            format!("{key} is not a secret field of {}", template.id),
            format!("use --field {key}=VALUE"),
        ));
    }
    Ok(())
}

/// Whether a field has a value already: given by flag or file, or (for
/// edit) a secret the integration holds.
fn given(f: &Field, fields: &BTreeMap<String, String>, secrets: &BTreeMap<String, Secret>, existing_secrets: &[String]) -> bool {
    if f.secret { secrets.contains_key(&f.key) || existing_secrets.contains(&f.key) } else { fields.contains_key(&f.key) }
}

/// On a terminal, asks for every required field not given (its default
/// preselected, an enum as a menu, the template's help and example shown);
/// fills the other defaults; then reports every missing field and every
/// invalid value at once, in words with the example. `existing_secrets` are
/// secret fields already set (for edit), which count as present.
pub fn complete(
    ctx: &Ctx,
    template: &Template,
    fields: &mut BTreeMap<String, String>,
    secrets: &mut BTreeMap<String, Secret>,
    existing_secrets: &[String],
) -> Result<()> {
    if ctx.settings.interactive {
        let ask: Vec<&Field> = template.fields.iter().filter(|f| template.needs(f, fields) && !given(f, fields, secrets, existing_secrets)).collect();
        for f in ask {
            prompt_for(f, fields, secrets)?;
        }
    }
    for f in &template.fields {
        if !f.secret && !fields.contains_key(&f.key)
            && let Some(d) = &f.default {
                fields.insert(f.key.clone(), d.clone());
            }
    }
    let missing: Vec<String> = template
        .fields
        .iter()
        .filter(|f| template.needs(f, fields) && !given(f, fields, secrets, existing_secrets))
        .map(|f| {
            let flag = if f.secret {
                format!("--secret {}=env:VAR", f.key)
            } else if !f.choices.is_empty() {
                format!("--field {}={}", f.key, f.choices.join("|"))
            } else {
                format!("--field {}={}", f.key, f.example.as_deref().unwrap_or("VALUE"))
            };
            format!("  - {}: {flag}", describe(f))
        })
        .collect();

    let mut problems = Vec::new();
    for (k, v) in fields.iter() {
        let f = field(template, k)?;
        if let Err(e) = validate_value(f, v) {
            problems.push(format!("  - {k}='{}': {e}", crate::templates::shown_value(v)));
        }
    }
    for (k, v) in secrets.iter() {
        let f = field(template, k)?;
        if let Err(e) = validate_value(f, v.expose_secret()) {
            problems.push(format!("  - secret {k}: {e}"));
        }
    }
    let mut sections = Vec::new();
    if !missing.is_empty() {
        sections.push(format!("missing required fields for {}:\n{}", template.id, missing.join("\n")));
    }
    if !problems.is_empty() {
        sections.push(format!("invalid field values for {}:\n{}", template.id, problems.join("\n")));
    }
    if sections.is_empty() {
        return Ok(());
    }
    let hint = if missing.is_empty() {
        format!("`crmctl template show {}` describes each field", template.id)
    } else {
        "give them as flags, or run on a terminal without --no-input to be prompted".to_string()
    };
    Err(Error::usage_hint(sections.join("\n"), hint))
}

/// "subdomain (Subdomain: the part before .zendesk.com in your Zendesk
/// address)", for the list of missing fields.
fn describe(f: &Field) -> String {
    let help = f.help.trim().trim_end_matches('.');
    if help.is_empty() { format!("{} ({})", f.key, f.label) } else { format!("{} ({}: {help})", f.key, f.label) }
}

/// A prompt's text: the label, the template's help and its example.
fn prompt_label(f: &Field) -> String {
    let help = f.help.trim().trim_end_matches('.');
    let example = f.example.as_deref().filter(|e| !e.is_empty() && !f.secret && f.choices.is_empty());
    match (help.is_empty(), example) {
        (true, None) => f.label.clone(),
        (true, Some(e)) => format!("{} (e.g. {e})", f.label),
        (false, None) => format!("{} ({help})", f.label),
        (false, Some(e)) => format!("{} ({help}; e.g. {e})", f.label),
    }
}

fn prompt_for(f: &Field, fields: &mut BTreeMap<String, String>, secrets: &mut BTreeMap<String, Secret>) -> Result<()> {
    let label = prompt_label(f);
    if f.secret {
        let s = prompt::hidden_validated(&label, |v| validate_value(f, v))?;
        secrets.insert(f.key.clone(), s);
    } else if !f.choices.is_empty() {
        fields.insert(f.key.clone(), prompt::select(&label, &f.choices, f.default.as_deref())?);
    } else {
        let v = prompt::text_validated(&label, f.default.as_deref(), |v| validate_value(f, v))?;
        fields.insert(f.key.clone(), v);
    }
    Ok(())
}

/// The integration's name: the one given, else (on a terminal) asked for
/// with the provider's id as the default.
pub fn name(ctx: &Ctx, given: Option<String>, provider: &str) -> Result<String> {
    if let Some(n) = given {
        return Ok(n);
    }
    if !ctx.settings.interactive {
        return Err(Error::usage_hint("no integration name given", "add --name NAME (unique in the org)"));
    }
    prompt::text_validated("Integration name (unique in the org; letters, digits, '-', '_' or '.')", Some(provider), |v| {
        crate::store::validate_integration_name(v).map_err(|e| e.to_string())
    })
}

pub use crate::templates::effective_base_url;

