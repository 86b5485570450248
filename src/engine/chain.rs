//! Chains: how a step addresses the outputs of the steps before it in the
//! same event, and the one render check the dry-run and the worker share.
//!
//! Every earlier step is at `steps.<integration>.<action>.<output>`. The
//! short forms `steps.<integration>.<output>` and `steps.<provider>.<output>`
//! are kept where exactly one earlier step under that name has the output;
//! a template that uses a short form two earlier steps could answer is
//! refused when the event is planned.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::action;
use super::Target;
use crate::http::HttpRequest;
use crate::templates::Template;

/// One earlier step of a chain and what it produced.
#[derive(Debug, Clone)]
pub struct Done {
    pub integration: String,
    pub provider: String,
    pub action: String,
    pub outputs: Value,
}

/// The `steps` value a later step renders with.
pub fn steps_context(earlier: &[Done]) -> Value {
    let mut full: Map<String, Value> = Map::new();
    for d in earlier {
        let by_action = full.entry(d.integration.clone()).or_insert_with(|| Value::Object(Map::new()));
        if let Some(m) = by_action.as_object_mut() {
            m.insert(d.action.clone(), d.outputs.clone());
        }
    }
    let mut steps = full.clone();
    // Short forms, by integration then by provider (an integration's own
    // name wins over a provider of the same name).
    for short in [ShortBy::Integration, ShortBy::Provider] {
        let mut names: Vec<&str> = earlier.iter().map(|d| short.name(d)).collect();
        names.dedup();
        for name in names {
            if short == ShortBy::Provider && full.contains_key(name) {
                continue;
            }
            let entry = steps.entry(name.to_string()).or_insert_with(|| Value::Object(Map::new()));
            let Some(m) = entry.as_object_mut() else { continue };
            let under: Vec<&Done> = earlier.iter().filter(|d| short.name(d) == name).collect();
            if short == ShortBy::Provider {
                for d in &under {
                    if under.iter().filter(|o| o.action == d.action).count() == 1 {
                        m.insert(d.action.clone(), d.outputs.clone());
                    }
                }
            }
            for (output, value) in unambiguous(under.into_iter()) {
                m.entry(output).or_insert(value);
            }
        }
    }
    Value::Object(steps)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ShortBy {
    Integration,
    Provider,
}

impl ShortBy {
    fn name<'a>(&self, d: &'a Done) -> &'a str {
        match self {
            ShortBy::Integration => &d.integration,
            ShortBy::Provider => &d.provider,
        }
    }
}

/// The outputs exactly one of these steps produced.
fn unambiguous<'a>(steps: impl Iterator<Item = &'a Done>) -> Vec<(String, Value)> {
    let mut seen: BTreeMap<String, (usize, Value)> = BTreeMap::new();
    for d in steps {
        for (k, v) in d.outputs.as_object().into_iter().flatten() {
            let e = seen.entry(k.clone()).or_insert((0, v.clone()));
            e.0 += 1;
        }
    }
    seen.into_iter().filter(|(_, (n, _))| *n == 1).map(|(k, (_, v))| (k, v)).collect()
}

/// What the dry-run puts in place of an output not produced yet.
pub fn placeholder_outputs(template: &Template, integration: &str, action: &str) -> Value {
    let outputs = template.actions.get(action).map(|a| a.outputs.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    Value::Object(outputs.into_iter().map(|o| {
        let v = Value::String(format!("<{integration}.{action}.{o}>"));
        (o, v)
    }).collect())
}

/// Renders a step's request (without credentials) in its chain: the one
/// check the dry-run shows and the worker makes before it sends.
pub fn render(target: &Target, action_name: &str, event: &Value, earlier: &[Done], idempotency_key: &str) -> Result<HttpRequest, super::Failure> {
    let ctx = action::context(target, event, &steps_context(earlier), idempotency_key);
    action::render(target, action_name, &ctx, idempotency_key)
}

/// A planned step as the ambiguity check sees it.
pub struct PlannedRef<'a> {
    pub integration: &'a str,
    pub provider: &'a str,
    pub action: &'a str,
    pub template: &'a Template,
}

/// Short forms (`steps.NAME.OUTPUT`) that two earlier steps of the plan
/// could answer, one problem per step and reference.
pub fn ambiguities(plan: &[PlannedRef<'_>]) -> Vec<String> {
    let re = regex::Regex::new(r"steps\.([A-Za-z0-9_]+)(?:\s*\|\s*default\(\{\}\)\s*\))?\.([A-Za-z0-9_]+)").expect("static regex");
    let mut problems = Vec::new();
    for (n, step) in plan.iter().enumerate() {
        let Some(spec) = step.template.actions.get(step.action) else { continue };
        let text = serde_json::to_string(&spec.request).unwrap_or_default();
        let mut reported = std::collections::BTreeSet::new();
        for c in re.captures_iter(&text) {
            let (name, output) = (&c[1], &c[2]);
            let earlier = &plan[..n];
            let under_integration: Vec<&PlannedRef> = earlier.iter().filter(|p| p.integration == name).collect();
            let under = if under_integration.is_empty() { earlier.iter().filter(|p| p.provider == name).collect() } else { under_integration };
            if under.iter().any(|p| p.action == output) {
                continue;
            }
            let producers: Vec<String> = under
                .iter()
                .filter(|p| p.template.actions.get(p.action).is_some_and(|a| a.outputs.contains_key(output)))
                .map(|p| format!("steps.{}.{}.{output}", p.integration, p.action))
                .collect();
            if producers.len() > 1 && reported.insert((name.to_string(), output.to_string())) {
                problems.push(format!(
                    "{}.{}: `steps.{name}.{output}` is ambiguous (two earlier steps have it); name one: {}",
                    step.integration,
                    step.action,
                    producers.join(" or ")
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn done(i: &str, p: &str, a: &str, o: Value) -> Done {
        Done { integration: i.into(), provider: p.into(), action: a.into(), outputs: o }
    }

    #[test]
    fn full_and_short_forms() {
        let earlier = [
            done("helpdesk", "chatwoot", "create_contact", json!({"contact_id": 7, "source_id": "s"})),
            done("helpdesk", "chatwoot", "create_conversation", json!({"conversation_id": 9})),
        ];
        let s = steps_context(&earlier);
        assert_eq!(s["helpdesk"]["create_contact"]["contact_id"], 7);
        assert_eq!(s["helpdesk"]["conversation_id"], 9, "{s}");
        assert_eq!(s["chatwoot"]["contact_id"], 7);
        assert_eq!(s["chatwoot"]["create_conversation"]["conversation_id"], 9);
    }

    #[test]
    fn an_output_two_steps_have_has_no_short_form() {
        let earlier = [done("a", "chatwoot", "x", json!({"id": 1})), done("b", "chatwoot", "y", json!({"id": 2}))];
        let s = steps_context(&earlier);
        assert!(s["chatwoot"].get("id").is_none(), "{s}");
        assert_eq!(s["a"]["id"], 1);
        assert_eq!(s["b"]["y"]["id"], 2);
    }
}
