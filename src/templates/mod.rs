//! Provider templates: the schema, the catalog (built-in plus the user's
//! own directories), validation, and rendering.

mod catalog;
pub mod kb;
pub mod render;
pub mod schema;
pub mod streams;
mod subscriptions;
mod validate;

pub use catalog::{parse_template, yaml_error, Catalog, Origin, TemplateEntry};
pub use kb::KnowledgeBase;
pub use schema::Template;
pub use subscriptions::{condition, scalar, validate_events, KNOWN_EVENTS};
pub use validate::{check_base_url, shown_value, validate_value};

/// The JSON Schema of the template format, for editors.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Template)).expect("schema serializes")
}

/// The base URL an integration uses: its override, or the template's
/// rendered with the plain fields. Checked: https, or http on loopback.
pub fn effective_base_url(
    template: &Template,
    override_url: Option<&str>,
    fields: &std::collections::BTreeMap<String, String>,
) -> crate::error::Result<String> {
    use crate::error::Error;
    let raw = match (override_url, &template.base_url) {
        (Some(u), _) => u.to_string(),
        (None, Some(t)) => {
            let env = render::environment();
            let ctx = serde_json::to_value(fields).expect("fields serialize");
            render::render_str(env, t, &ctx)
                .map_err(|e| Error::usage(format!("rendering the base URL of {}: {e}", template.id)))?
        }
        (None, None) => {
            return Err(Error::usage_hint(
                format!("{} has no base URL of its own", template.id),
                "give one with --base-url https://...",
            ))
        }
    };
    check_base_url(&raw)?;
    Ok(raw.trim_end_matches('/').to_string())
}
