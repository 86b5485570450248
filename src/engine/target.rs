use std::collections::BTreeMap;

use crate::http::Redactor;
use crate::secrets::Secret;
use crate::store::{Integration, Org};
use crate::templates::Template;

/// An integration ready for requests: its template, field values, opened
/// secrets and base URL. `integration` is `None` for a configuration being
/// tested before it is saved.
pub struct Target {
    pub org: Org,
    pub integration: Option<Integration>,
    pub name: String,
    pub template: Template,
    pub fields: BTreeMap<String, String>,
    pub secrets: BTreeMap<String, Secret>,
    pub base_url: String,
}

impl Target {
    /// The rendering context: every field by key, secrets included.
    pub fn context(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for (k, v) in &self.fields {
            m.insert(k.clone(), serde_json::Value::String(v.clone()));
        }
        for (k, v) in &self.secrets {
            m.insert(k.clone(), serde_json::Value::String(v.expose_secret().to_string()));
        }
        serde_json::Value::Object(m)
    }

    /// A redactor that knows every secret value of this integration.
    pub fn redactor(&self) -> Redactor {
        let mut r = Redactor::new();
        for v in self.secrets.values() {
            r.add(v.expose_secret());
        }
        r
    }

    /// Where this integration's credentials may go: its base URL's origin,
    /// that of the API host its token response named, and the template's
    /// `origins:` (rendered against the fields).
    pub fn origins(&self, token_base: Option<&str>) -> Result<crate::http::policy::Origins, String> {
        let mut o = crate::http::policy::Origins::new();
        o.allow(&self.base_url).map_err(|e| format!("the base URL: {e}"))?;
        if let Some(b) = token_base {
            o.allow(b).map_err(|e| format!("the token response's API host: {e}"))?;
        }
        if !self.template.origins.is_empty() {
            let env = crate::templates::render::environment();
            let ctx = self.context();
            for (i, raw) in self.template.origins.iter().enumerate() {
                let v = crate::templates::render::render_str(env, raw, &ctx).map_err(|e| format!("origins[{i}]: {e}"))?;
                crate::http::policy::check_origin_entry(&v).map_err(|e| format!("origins[{i}]: {e}"))?;
                o.allow(&v).map_err(|e| format!("origins[{i}]: {e}"))?;
            }
        }
        Ok(o)
    }

    pub fn integration_id(&self) -> Option<&str> {
        self.integration.as_ref().map(|i| i.id.as_str())
    }

    /// The fields that make up the base URL, as `label 'value'`, for hints
    /// about a wrong subdomain, region or instance.
    pub fn base_url_fields(&self) -> Vec<String> {
        let Some(tpl) = &self.template.base_url else { return Vec::new() };
        let env = crate::templates::render::environment();
        let vars = crate::templates::render::variables(env, tpl).unwrap_or_default();
        self.template
            .fields
            .iter()
            .filter(|f| vars.contains(&f.key))
            .map(|f| format!("{} '{}'", f.label.to_lowercase(), self.fields.get(&f.key).cloned().unwrap_or_default()))
            .collect()
    }

    /// Labels of the secret fields, for hints about rejected credentials.
    pub fn secret_labels(&self) -> Vec<String> {
        self.template.fields.iter().filter(|f| f.secret).map(|f| f.label.clone()).collect()
    }
}

impl Target {
    /// A stored integration with its secrets opened.
    pub fn load(
        store: &crate::store::Store,
        catalog: &crate::templates::Catalog,
        org: &Org,
        key: &crate::secrets::MasterKey,
        i: Integration,
    ) -> crate::error::Result<Target> {
        let template = catalog.get(&i.provider)?.template.clone().with_auth_mode(&i.fields);
        let secrets = store.open_secrets(org, &i.id, key)?;
        let base_url = crate::templates::effective_base_url(&template, i.base_url.as_deref(), &i.fields)?;
        Ok(Target { org: org.clone(), name: i.name.clone(), fields: i.fields.clone(), integration: Some(i), template, secrets, base_url })
    }
}
