use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::schema::Template;
use super::validate::validate_template;
use crate::error::{Error, Result};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    User(PathBuf),
}

impl Origin {
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => "built-in".into(),
            Origin::User(p) => p.display().to_string(),
        }
    }
}

pub struct TemplateEntry {
    pub template: Template,
    pub origin: Origin,
    /// The built-in this one replaces, if it does.
    pub overrides_builtin: bool,
}

/// The built-in templates plus those in the user's directories; a user
/// template with a built-in's id replaces it. Built-ins are parsed on first
/// use, so a command that needs one template pays for one.
pub struct Catalog {
    /// Built-in file stem (which is its id) -> text, parsed on demand.
    builtin: BTreeMap<&'static str, (&'static str, OnceLock<Result<TemplateEntry, String>>)>,
    user: BTreeMap<String, TemplateEntry>,
}

/// Parses and validates one template. Syntax errors name file, line and
/// column; schema problems are listed together.
pub fn parse_template(text: &str, path: &Path) -> Result<Template> {
    let template: Template = serde_saphyr::from_str(text).map_err(|e| yaml_error(&e, path))?;
    validate_template(&template, path)?;
    Ok(template)
}

/// A YAML error as `file:line:column: message`.
pub fn yaml_error(e: &serde_saphyr::Error, path: &Path) -> Error {
    let (line, column) = e.location().map(|l| (l.line(), l.column())).unwrap_or((0, 0));
    let full = e.to_string();
    let first = full.lines().next().unwrap_or("invalid YAML");
    // The parser's own first line repeats "error:" and the location.
    let message = strip_location(first.trim_start_matches("error:").trim()).to_string();
    Error::Syntax { path: path.to_path_buf(), line, column, message }
}

/// Drops a leading "line N column M:" that the YAML parser puts in its
/// message; the location is reported separately.
fn strip_location(message: &str) -> &str {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| regex::Regex::new(r"^line \d+,? column \d+:?\s*").expect("static regex"));
    match re.find(message) {
        Some(m) => &message[m.end()..],
        None => message,
    }
}

impl Catalog {
    /// Loads the user directories in order (later ones win). A directory
    /// that does not exist is skipped; a file in one that does not parse is
    /// an error naming it.
    pub fn load(dirs: &[PathBuf]) -> Result<Catalog> {
        let builtin = embedded::BUILTIN
            .iter()
            .map(|(name, text)| (name.trim_end_matches(".yaml"), (*text, OnceLock::new())))
            .collect();
        let mut user: BTreeMap<String, TemplateEntry> = BTreeMap::new();
        for dir in dirs {
            let read = match std::fs::read_dir(dir) {
                Ok(r) => r,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::io(dir, e)),
            };
            let mut files: Vec<PathBuf> = read
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            files.sort();
            for path in files {
                let text = crate::textfile::read(&path)?;
                let template = parse_template(&text, &path)?;
                user.insert(
                    template.id.clone(),
                    TemplateEntry { template, origin: Origin::User(path), overrides_builtin: false },
                );
            }
        }
        let mut catalog = Catalog { builtin, user };
        let ids: Vec<String> = catalog.user.keys().cloned().collect();
        for id in ids {
            let overrides = catalog.builtin.contains_key(id.as_str());
            if let Some(e) = catalog.user.get_mut(&id) {
                e.overrides_builtin = overrides;
            }
        }
        Ok(catalog)
    }

    fn builtin_entry(&self, id: &str) -> Option<Result<&TemplateEntry>> {
        let (text, cell) = self.builtin.get(id)?;
        let parsed = cell.get_or_init(|| {
            let path = PathBuf::from(format!("<built-in>/{id}.yaml"));
            parse_template(text, &path)
                .map(|template| TemplateEntry { template, origin: Origin::BuiltIn, overrides_builtin: false })
                .map_err(|e| e.to_string())
        });
        Some(parsed.as_ref().map_err(|e| Error::Failed { message: format!("built-in template {id}: {e}") }))
    }

    pub fn get(&self, id: &str) -> Result<&TemplateEntry> {
        if let Some(e) = self.user.get(id) {
            return Ok(e);
        }
        match self.builtin_entry(id) {
            Some(r) => r,
            None => Err(Error::NotFound {
                kind: "provider template",
                name: id.into(),
                scope: String::new(),
                hint: Some(format!(
                    "available: {}; or add your own under $XDG_CONFIG_HOME/crmctl/templates/",
                    self.ids().join(", ")
                )),
            }),
        }
    }

    /// Every template id, built-in and user, sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.builtin.keys().map(|s| s.to_string()).collect();
        ids.extend(self.user.keys().cloned());
        ids.sort();
        ids.dedup();
        ids
    }

    /// Every template, parsing all built-ins.
    pub fn all(&self) -> Result<Vec<&TemplateEntry>> {
        self.ids().iter().map(|id| self.get(id)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_parses_and_validates() {
        let catalog = Catalog::load(&[]).expect("built-in catalog loads");
        for id in ["zendesk", "hubspot", "chatwoot", "custom_rest"] {
            assert!(catalog.get(id).is_ok(), "built-in template {id} is missing");
        }
        // Every file parses, validates, and is named after its id (lookup
        // relies on that).
        for (name, _) in embedded::BUILTIN {
            let stem = name.trim_end_matches(".yaml");
            let entry = catalog.get(stem).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(entry.template.id, stem, "{name} must hold the template with id {stem}");
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = parse_template("id: x\nname: [unclosed\n", Path::new("bad.yaml")).err().unwrap();
        match err {
            Error::Syntax { line, column, .. } => assert!(line >= 2 && column > 0, "{line}:{column}"),
            other => panic!("expected a syntax error, got {other}"),
        }
    }
}
