//! Checks shared by every way an integration is configured (flags, files,
//! apply documents, legacy imports): the events it subscribes to, its
//! condition, and plain field values given as YAML or JSON scalars.

use super::schema::Template;
use crate::error::{Error, Result};

/// The built-in event types (custom ones are any valid name).
pub const KNOWN_EVENTS: &[&str] = &["conversation_ended", "contact_request", "escalation", "kb_sync", "low_score"];

/// Checks each `--on EVENT[:ACTION]`: a valid event name, and an action the
/// template has.
pub fn validate_events(template: &Template, events: &[String]) -> Result<()> {
    let re = regex::Regex::new(r"^[a-z][a-z0-9_.-]{0,63}$").expect("static regex");
    for e in events {
        let (name, action) = match e.split_once(':') {
            Some((n, a)) => (n, Some(a)),
            None => (e.as_str(), None),
        };
        if !re.is_match(name) {
            return Err(Error::usage_hint(
                format!("invalid event name '{name}'"),
                format!("use one of {} or a custom name of lowercase letters, digits, '_', '.' or '-'", KNOWN_EVENTS.join(", ")),
            ));
        }
        for a in action.into_iter().flat_map(crate::engine::events::actions_of) {
            if !template.actions.contains_key(a) {
                return Err(Error::usage_hint(
                    format!("--on {e}: {} has no action '{a}'", template.id),
                    format!("actions of {}: {}", template.id, template.actions.keys().cloned().collect::<Vec<_>>().join(", ")),
                ));
            }
        }
        if action.is_some_and(|a| crate::engine::events::actions_of(a).next().is_none()) {
            return Err(Error::usage(format!("--on {e}: name at least one action after ':'")));
        }
    }
    Ok(())
}

/// The stored form of a `--when` condition, checked to parse.
pub fn condition(expr: &str) -> Result<serde_json::Value> {
    crate::engine::events::check_condition(expr).map_err(|e| {
        Error::usage_hint(format!("--when '{expr}' is not a valid condition: {e}"), "conditions are expressions over the event, e.g. 'event.score < 3'")
    })?;
    Ok(serde_json::json!({ "when": expr }))
}

/// A file's scalar field values as strings.
pub fn scalar(key: &str, v: &serde_json::Value) -> Result<String> {
    match v {
        serde_json::Value::String(s) => Ok(s.clone()),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        _ => Err(Error::usage(format!("field {key}: expected a string, number or boolean"))),
    }
}
