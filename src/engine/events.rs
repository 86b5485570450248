//! Event types, their payload schemas, and which integrations an event runs.

use serde::Serialize;
use serde_json::{json, Value};

use crate::store::{Assistant, Integration};
use crate::templates::render::environment;
use crate::templates::Template;

/// A built-in event type.
#[derive(Debug, Clone, Serialize)]
pub struct EventType {
    pub name: &'static str,
    pub description: &'static str,
    /// JSON Schema of the payload.
    pub schema: Value,
}

fn caller() -> Value {
    json!({"type": "object", "properties": {
        "name": {"type": "string"}, "phone": {"type": "string"}, "email": {"type": "string"}}})
}

pub fn builtin() -> Vec<EventType> {
    let common = |required: &[&str], extra: Value| {
        let mut props = json!({
            "conversation_id": {"type": "string", "description": "The platform's id for the call or chat"},
            "assistant": {"type": "string"},
            "started_at": {"type": "string", "format": "date-time"},
            "ended_at": {"type": "string", "format": "date-time"},
            "duration_seconds": {"type": "number", "minimum": 0},
            "summary": {"type": "string"},
            "transcript": {"type": "string"},
            "caller": caller(),
        });
        for (k, v) in extra.as_object().expect("an object") {
            props[k] = v.clone();
        }
        json!({"type": "object", "required": required, "properties": props})
    };
    vec![
        EventType {
            name: "conversation_ended",
            description: "A call or chat completed",
            schema: common(&["conversation_id"], json!({"score": {"type": "number"}, "outcome": {"type": "string"}})),
        },
        EventType {
            name: "contact_request",
            description: "The caller asked to be called back or contacted",
            schema: common(&["conversation_id", "caller"], json!({"reason": {"type": "string"}, "preferred_time": {"type": "string"}})),
        },
        EventType {
            name: "escalation",
            description: "The conversation was escalated to a human",
            schema: common(&["conversation_id", "reason"], json!({"reason": {"type": "string"}, "priority": {"type": "string", "enum": ["low", "normal", "high", "urgent"]}})),
        },
        EventType {
            name: "kb_sync",
            description: "A scheduled knowledge-base sync",
            schema: json!({"type": "object", "properties": {"full": {"type": "boolean"}, "since": {"type": "string", "format": "date-time"}}}),
        },
        EventType {
            name: "low_score",
            description: "A conversation scored below the threshold",
            schema: common(&["conversation_id", "score"], json!({"score": {"type": "number"}, "threshold": {"type": "number"}})),
        },
    ]
}

pub fn find(name: &str) -> Option<EventType> {
    builtin().into_iter().find(|e| e.name == name)
}

/// Checks a payload against a schema: types, required properties, enums,
/// minimums. Returns every problem, each naming its path.
pub fn validate(schema: &Value, payload: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    check(schema, payload, "", &mut problems);
    problems
}

fn check(schema: &Value, v: &Value, at: &str, problems: &mut Vec<String>) {
    let here = if at.is_empty() { "the payload".to_string() } else { format!("`{at}`") };
    if let Some(t) = schema.get("type").and_then(|t| t.as_str()) {
        let ok = match t {
            "object" => v.is_object(),
            "string" => v.is_string(),
            "number" => v.is_number(),
            "integer" => v.is_i64() || v.is_u64(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            _ => true,
        };
        if !ok {
            problems.push(format!("{here} must be {} {t}", if t == "object" || t == "integer" || t == "array" { "an" } else { "a" }));
            return;
        }
    }
    if let (Some(choices), Some(s)) = (schema.get("enum").and_then(|e| e.as_array()), v.as_str())
        && !choices.iter().any(|c| c.as_str() == Some(s)) {
            problems.push(format!("{here} must be one of {}", choices.iter().filter_map(|c| c.as_str()).collect::<Vec<_>>().join(", ")));
        }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(|m| m.as_f64()), v.as_f64())
        && n < min {
            problems.push(format!("{here} must be at least {min}"));
        }
    if let Some(obj) = v.as_object() {
        for r in schema.get("required").and_then(|r| r.as_array()).into_iter().flatten().filter_map(|r| r.as_str()) {
            if obj.get(r).is_none_or(Value::is_null) {
                problems.push(format!("`{}` is required", join(at, r)));
            }
        }
        if let Some(props) = schema.get("properties").and_then(|p| p.as_object()) {
            for (k, sub) in props {
                if let Some(x) = obj.get(k).filter(|x| !x.is_null()) {
                    check(sub, x, &join(at, k), problems);
                }
            }
        }
    }
}

fn join(at: &str, k: &str) -> String {
    if at.is_empty() { k.to_string() } else { format!("{at}.{k}") }
}

/// One step an event will run, in order.
#[derive(Debug, Clone, Serialize)]
pub struct Planned {
    /// `integration.action`, unique in the plan.
    pub step: String,
    pub integration: String,
    pub integration_id: String,
    pub provider: String,
    pub action: String,
    pub priority: i64,
    pub on_failure: String,
}

/// An integration considered for an event but not run, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub integration: String,
    pub reason: String,
}

/// The subscription of an integration to an event type: the actions it
/// names in order (`conversation_ended:create_contact,send_message`, or
/// several `--on` of the same event), or an empty list for the default
/// action; `None` when it does not subscribe.
pub fn subscription<'a>(i: &'a Integration, kind: &str) -> Option<Vec<&'a str>> {
    let mut found = None;
    for e in &i.events {
        match e.split_once(':') {
            Some((k, a)) if k == kind => found.get_or_insert_with(Vec::new).extend(actions_of(a)),
            None if e == kind => {
                found.get_or_insert_with(Vec::new);
            }
            _ => {}
        }
    }
    found
}

/// The actions of one `EVENT:A,B,C` subscription.
pub fn actions_of(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|a| !a.is_empty())
}

/// The action a subscription runs: the one it names, else the template's
/// default for the event, else the template's only action.
pub fn action_for(template: &Template, named: Option<&str>, kind: &str) -> Result<String, String> {
    // `kb_sync` runs the integration's KB import, as does a subscription
    // that names `kb_import` (unless the template has an action so named).
    let kb_step = match named {
        None => kind == "kb_sync",
        Some(a) => a == super::kb::KB_IMPORT && !template.actions.contains_key(a),
    };
    if kb_step {
        return if template.knowledge_base.is_some() {
            Ok(super::kb::KB_IMPORT.to_string())
        } else {
            Err(format!(
                "{} has no knowledge_base section; {kind} runs a KB import",
                template.id
            ))
        };
    }
    if let Some(a) = named {
        return if template.actions.contains_key(a) {
            Ok(a.to_string())
        } else {
            Err(format!("{} has no action '{a}'", template.id))
        };
    }
    if let Some(a) = template.default_actions.get(kind) {
        return Ok(a.clone());
    }
    if template.actions.len() == 1 {
        return Ok(template.actions.keys().next().expect("one action").clone());
    }
    Err(format!(
        "{} has no default action for {kind}; subscribe with --on {kind}:ACTION (one of {})",
        template.id,
        template.actions.keys().cloned().collect::<Vec<_>>().join(", ")
    ))
}

/// Evaluates an integration's condition (a MiniJinja expression over
/// `event`, e.g. `event.score < 3`).
pub fn condition_holds(condition: &str, payload: &Value) -> Result<bool, String> {
    let env = environment();
    let expr = env.compile_expression_owned(condition.to_string()).map_err(|e| e.to_string())?;
    let v = expr.eval(minijinja::Value::from(minijinja::value::Serde(json!({"event": payload})))).map_err(|e| e.to_string())?;
    Ok(v.is_true())
}

/// Checks a condition when it is written (`--when`, integration and apply
/// files), not only when an event runs it: it must parse, name no variable
/// but `event`, and use only filters and tests that exist (looked for by a
/// probe run over an empty event, where undefined values are not errors).
pub fn check_condition(condition: &str) -> Result<(), String> {
    let env = environment();
    let expr = env.compile_expression_owned(condition.to_string()).map_err(|e| e.to_string())?;
    let mut names: Vec<String> = expr.undeclared_variables(false).into_iter().filter(|v| v != "event").collect();
    if !names.is_empty() {
        names.sort();
        return Err(format!(
            "it names {}, but a condition sees only `event` (write event.NAME)",
            names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
        ));
    }
    static PROBE: std::sync::LazyLock<minijinja::Environment<'static>> = std::sync::LazyLock::new(|| {
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        env
    });
    let probe = PROBE.compile_expression_owned(condition.to_string()).map_err(|e| e.to_string())?;
    if let Err(e) = probe.eval(minijinja::context! { event => minijinja::Value::from(std::collections::BTreeMap::<String, minijinja::Value>::new()) }) {
        use minijinja::ErrorKind as K;
        if matches!(e.kind(), K::UnknownFilter | K::UnknownTest | K::UnknownFunction | K::UnknownMethod) {
            return Err(e.to_string());
        }
    }
    Ok(())
}

pub fn condition_of(i: &Integration) -> Option<String> {
    i.conditions.as_ref().and_then(|c| c.get("when")).and_then(|w| w.as_str()).map(str::to_string)
}

/// Which integrations an event runs, in priority order: the assistant's own
/// subscribed integrations where it has any, else the org defaults; enabled
/// ones whose condition holds.
pub fn plan(
    integrations: &[Integration],
    templates: &dyn Fn(&str) -> Option<Template>,
    assistant: Option<&Assistant>,
    kind: &str,
    payload: &Value,
) -> (Vec<Planned>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    if let Some(a) = assistant
        && !a.integrations_enabled {
            skipped.push(Skipped { integration: "*".into(), reason: format!("assistant {} has integrations disabled", a.name) });
            return (Vec::new(), skipped);
        }
    let subscribed: Vec<&Integration> = integrations.iter().filter(|i| subscription(i, kind).is_some()).collect();
    let own: Vec<&Integration> = match assistant {
        Some(a) => subscribed.iter().copied().filter(|i| i.assistant_id.as_deref() == Some(a.id.as_str())).collect(),
        None => Vec::new(),
    };
    let chosen: Vec<&Integration> = if own.is_empty() {
        subscribed.iter().copied().filter(|i| i.assistant_id.is_none()).collect()
    } else {
        for i in subscribed.iter().filter(|i| i.assistant_id.is_none()) {
            skipped.push(Skipped { integration: i.name.clone(), reason: "an org default; the assistant has its own integrations for this event".into() });
        }
        own
    };
    let mut planned = Vec::new();
    for i in chosen {
        if !i.enabled {
            skipped.push(Skipped { integration: i.name.clone(), reason: "disabled".into() });
            continue;
        }
        if let Some(cond) = condition_of(i) {
            match condition_holds(&cond, payload) {
                Ok(true) => {}
                Ok(false) => {
                    skipped.push(Skipped { integration: i.name.clone(), reason: format!("condition `{cond}` does not hold") });
                    continue;
                }
                Err(e) => {
                    skipped.push(Skipped { integration: i.name.clone(), reason: format!("condition `{cond}` failed: {e}") });
                    continue;
                }
            }
        }
        let Some(template) = templates(&i.provider) else {
            skipped.push(Skipped { integration: i.name.clone(), reason: format!("template {} is not available", i.provider) });
            continue;
        };
        let named = subscription(i, kind).unwrap_or_default();
        let actions: Vec<Option<&str>> = if named.is_empty() { vec![None] } else { named.into_iter().map(Some).collect() };
        let mut seen = std::collections::HashSet::new();
        for a in actions {
            match action_for(&template, a, kind) {
                Ok(action) if !seen.insert(action.clone()) => skipped.push(Skipped {
                    integration: format!("{}.{action}", i.name),
                    reason: "named twice for this event; it runs once".into(),
                }),
                Ok(action) => planned.push(Planned {
                    step: format!("{}.{action}", i.name),
                    integration: i.name.clone(),
                    integration_id: i.id.clone(),
                    provider: i.provider.clone(),
                    action,
                    priority: i.priority,
                    on_failure: i.on_failure.clone(),
                }),
                Err(e) => skipped.push(Skipped { integration: a.map(|a| format!("{}.{a}", i.name)).unwrap_or_else(|| i.name.clone()), reason: e }),
            }
        }
    }
    // A stable sort: an integration's own steps keep the order it states.
    planned.sort_by(|a, b| a.priority.cmp(&b.priority).then_with(|| a.integration.cmp(&b.integration)));
    (planned, skipped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_are_checked_for_names_filters_and_tests() {
        for ok in [
            "event.score < 3",
            "event.caller.phone is startingwith('+61')",
            "event.summary is defined and event.summary | length > 0",
            "event.tags | select('eq', 'vip') | list | length > 0",
        ] {
            assert!(check_condition(ok).is_ok(), "{ok}: {:?}", check_condition(ok));
        }
        for (bad, says) in [
            ("score < 3", "'score'"),
            ("event.a | nope", "unknown filter"),
            ("event.a is nope", "unknown test"),
            ("nope(event.a)", "'nope'"),
            ("event.a <", "unexpected"),
        ] {
            let e = check_condition(bad).unwrap_err();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }

    #[test]
    fn payload_validation_names_every_problem() {
        let schema = find("low_score").unwrap().schema;
        assert!(validate(&schema, &json!({"conversation_id": "c1", "score": 2})).is_empty());
        let problems = validate(&schema, &json!({"score": "two", "caller": {"phone": 5}}));
        assert!(problems.contains(&"`conversation_id` is required".to_string()), "{problems:?}");
        assert!(problems.contains(&"`score` must be a number".to_string()), "{problems:?}");
        assert!(problems.contains(&"`caller.phone` must be a string".to_string()), "{problems:?}");
        assert_eq!(validate(&schema, &json!([1])), vec!["the payload must be an object"]);
    }

    #[test]
    fn conditions_evaluate_against_the_event() {
        assert!(condition_holds("event.score < 3", &json!({"score": 2})).unwrap());
        assert!(!condition_holds("event.score < 3", &json!({"score": 4})).unwrap());
        assert!(condition_holds("event.caller.phone is startingwith('+61')", &json!({"caller": {"phone": "+61400"}})).unwrap());
        assert!(check_condition("event.score <").is_err());
    }
}
