//! Rendering template strings with MiniJinja.
//!
//! Undefined variables are errors (strict mode), so a template that names a
//! field the integration does not have fails loudly instead of sending an
//! empty string to a vendor.

use std::collections::BTreeSet;

use minijinja::{Environment, UndefinedBehavior};

/// The shared environment: strict undefined behaviour, built once.
pub fn environment() -> &'static Environment<'static> {
    static ENV: std::sync::LazyLock<Environment<'static>> = std::sync::LazyLock::new(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env
    });
    &ENV
}

/// Renders one string against a JSON context.
pub fn render_str(env: &Environment<'_>, source: &str, ctx: &serde_json::Value) -> Result<String, String> {
    if !has_markup(source) {
        return Ok(source.to_string());
    }
    render_str_in(env, source, &context_value(ctx))
}

/// A JSON context as MiniJinja sees it: converted once, then shared by
/// every string of a request (converting it costs more than most of the
/// expressions evaluated against it).
pub fn context_value(ctx: &serde_json::Value) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(ctx))
}

fn has_markup(source: &str) -> bool {
    source.contains("{{") || source.contains("{%")
}

/// Renders one string against a context from [`context_value`]. A string
/// that is exactly one `{{ expression }}` (nothing around it) is evaluated
/// with the cached compiled expression and printed as the template would
/// print it; anything else, or an expression that fails or is undefined,
/// is rendered as a template (so errors read the same either way).
pub fn render_str_in(env: &Environment<'_>, source: &str, ctx: &minijinja::Value) -> Result<String, String> {
    if !has_markup(source) {
        return Ok(source.to_string());
    }
    if is_shared(env)
        && source.starts_with("{{")
        && source.ends_with("}}")
        && let Some(expr) = sole_expression(source)
        && let Ok(compiled) = compiled_expression(expr)
        && let Ok(v) = compiled.eval(ctx.clone())
        && !v.is_undefined()
    {
        // The shared environment prints with no auto-escaping, which is
        // the value's Display.
        return Ok(v.to_string());
    }
    env.render_str(source, ctx.clone()).map_err(|e| describe(&e))
}

/// The expression of a string that is exactly one `{{ expression }}`.
fn sole_expression(s: &str) -> Option<&str> {
    let inner = s.trim().strip_prefix("{{")?.strip_suffix("}}")?;
    (!inner.contains("{{") && !inner.contains("}}")).then(|| inner.trim())
}

/// Compiled `{{ expression }}`s of the shared environment, by source: a
/// queue or a sync renders the same few expressions for every item, and
/// compiling one costs more than evaluating it. Bounded: emptied when full.
type Compiled = minijinja::Expression<'static, 'static>;
static EXPRESSIONS: std::sync::LazyLock<std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<Compiled>>>> =
    std::sync::LazyLock::new(Default::default);
const MAX_CACHED_EXPRESSIONS: usize = 4096;

/// The shared environment's compiled expression for `expr`.
fn compiled_expression(expr: &str) -> Result<std::sync::Arc<Compiled>, String> {
    if let Some(c) = EXPRESSIONS.lock().unwrap_or_else(|e| e.into_inner()).get(expr) {
        return Ok(c.clone());
    }
    let compiled = std::sync::Arc::new(environment().compile_expression_owned(expr.to_string()).map_err(|e| describe(&e))?);
    let mut cache = EXPRESSIONS.lock().unwrap_or_else(|e| e.into_inner());
    if cache.len() >= MAX_CACHED_EXPRESSIONS {
        cache.clear();
    }
    cache.insert(expr.to_string(), compiled.clone());
    Ok(compiled)
}

fn is_shared(env: &Environment<'_>) -> bool {
    std::ptr::eq(env as *const Environment<'_> as *const u8, environment() as *const Environment<'static> as *const u8)
}

/// Renders every string inside a JSON value. A string that is exactly one
/// `{{ expression }}` keeps the expression's type; anything else renders to
/// a string.
pub fn render_value(
    env: &Environment<'_>,
    value: &serde_json::Value,
    ctx: &serde_json::Value,
) -> Result<serde_json::Value, String> {
    render_value_in(env, value, &context_value(ctx))
}

/// [`render_value`] against a context from [`context_value`].
pub fn render_value_in(
    env: &Environment<'_>,
    value: &serde_json::Value,
    ctx: &minijinja::Value,
) -> Result<serde_json::Value, String> {
    Ok(match value {
        serde_json::Value::String(s) => match sole_expression(s) {
            Some(expr) => {
                let v = if is_shared(env) {
                    compiled_expression(expr)?.eval(ctx.clone())
                } else {
                    env.compile_expression_owned(expr.to_string()).map_err(|e| describe(&e))?.eval(ctx.clone())
                }
                .map_err(|e| describe(&e))?;
                if v.is_undefined() {
                    return Err(format!("undefined value: {expr}"));
                }
                serde_json::to_value(&v).map_err(|e| e.to_string())?
            }
            None => serde_json::Value::String(render_str_in(env, s, ctx)?),
        },
        serde_json::Value::Array(items) => serde_json::Value::Array(
            items.iter().map(|v| render_value_in(env, v, ctx)).collect::<Result<_, _>>()?,
        ),
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.iter()
                .map(|(k, v)| Ok((k.clone(), render_value_in(env, v, ctx)?)))
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

/// Removes object keys whose value is null or an empty string, recursively.
pub fn omit_empty(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| !(v.is_null() || v.as_str().is_some_and(str::is_empty)));
            map.values_mut().for_each(omit_empty);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(omit_empty),
        _ => {}
    }
}

fn describe(e: &minijinja::Error) -> String {
    match e.detail() {
        Some(d) => format!("{}: {d}", e.kind()),
        None => e.kind().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_sole_expression_keeps_its_type() {
        let env = environment();
        let ctx = json!({"steps": {"crm": {"contact_id": 42}}, "event": {"caller": {"name": "Ann"}}});
        let body = json!({"id": "{{ steps.crm.contact_id }}", "text": "Hi {{ event.caller.name }}", "who": "{{ event.caller }}"});
        let out = render_value(&env, &body, &ctx).unwrap();
        assert_eq!(out, json!({"id": 42, "text": "Hi Ann", "who": {"name": "Ann"}}));
    }

    #[test]
    fn a_sole_expression_prints_as_the_template_would() {
        let env = environment();
        let ctx = json!({"n": 42, "f": 1.5, "s": "x", "none": null, "b": true, "list": [1, "a"], "m": {"k": "v"}});
        let mctx = context_value(&ctx);
        for src in ["{{ n }}", "{{ f }}", "{{ s }}", "{{ none }}", "{{ b }}", "{{ list }}", "{{ m }}", "{{ s ~ n }}", "{{ nope | default('d') }}", " {{ s }} ", "{{- s -}}", "a{{ s }}"] {
            let templated = env.render_str(src, mctx.clone()).unwrap();
            assert_eq!(render_str(env, src, &ctx).unwrap(), templated, "{src}");
        }
        // A failure reads as the template's own.
        for src in ["{{ nope }}", "{{ m.k.x.y }}", "{{ n | nofilter }}"] {
            let templated = describe(&env.render_str(src, mctx.clone()).unwrap_err());
            assert_eq!(render_str(env, src, &ctx).unwrap_err(), templated, "{src}");
        }
    }

    #[test]
    fn undefined_values_are_errors() {
        let env = environment();
        let err = render_value(&env, &json!({"x": "{{ event.missing }}"}), &json!({"event": {}})).unwrap_err();
        assert!(err.contains("undefined"), "{err}");
        assert!(render_str(&env, "a {{ nope }}", &json!({})).is_err());
    }

    #[test]
    fn omit_empty_drops_null_and_empty_strings() {
        let mut v = json!({"a": "", "b": null, "c": "x", "d": {"e": ""}});
        omit_empty(&mut v);
        assert_eq!(v, json!({"c": "x", "d": {}}));
    }
}
