//! Provider templates: the schema, the catalog (built-in plus the user's
//! own directories), validation, and rendering.

mod catalog;
pub mod render;
pub mod schema;
mod validate;

pub use catalog::{parse_template, yaml_error, Catalog, Origin, TemplateEntry};
pub use schema::Template;
pub use validate::{check_base_url, validate_value};

/// The JSON Schema of the template format, for editors.
pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Template)).expect("schema serializes")
}
