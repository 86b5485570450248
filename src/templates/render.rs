//! Rendering template strings with MiniJinja.
//!
//! Undefined variables are errors (strict mode), so a template that names a
//! field the integration does not have fails loudly instead of sending an
//! empty string to a vendor.

use std::collections::BTreeSet;

use minijinja::{Environment, UndefinedBehavior};

pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env
}

/// Renders one string against a JSON context.
pub fn render_str(env: &Environment<'_>, source: &str, ctx: &serde_json::Value) -> Result<String, String> {
    if !source.contains("{{") && !source.contains("{%") {
        return Ok(source.to_string());
    }
    env.render_str(source, minijinja::Value::from(minijinja::value::Serde(ctx))).map_err(|e| describe(&e))
}

/// Renders every string inside a JSON value.
pub fn render_value(
    env: &Environment<'_>,
    value: &serde_json::Value,
    ctx: &serde_json::Value,
) -> Result<serde_json::Value, String> {
    Ok(match value {
        serde_json::Value::String(s) => serde_json::Value::String(render_str(env, s, ctx)?),
        serde_json::Value::Array(items) => serde_json::Value::Array(
            items.iter().map(|v| render_value(env, v, ctx)).collect::<Result<_, _>>()?,
        ),
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), render_value(env, v, ctx)?)))
                .collect::<Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// The top-level variables a template string uses, or its syntax error.
pub fn variables(env: &Environment<'_>, source: &str) -> Result<BTreeSet<String>, String> {
    let tmpl = env.template_from_str(source).map_err(|e| describe(&e))?;
    Ok(tmpl.undeclared_variables(false).into_iter().collect())
}

fn describe(e: &minijinja::Error) -> String {
    match e.detail() {
        Some(d) => format!("{}: {d}", e.kind()),
        None => e.kind().to_string(),
    }
}
