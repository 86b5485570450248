//! Credentials for a request: static keys rendered from the fields, or an
//! OAuth 2.0 access token from the sealed cache (refreshed when needed).

use std::path::PathBuf;
use std::sync::Arc;

use base64::Engine as _;

use super::{oauth, Failure, Target};
use crate::http::Http;
use crate::secrets::MasterKey;
use crate::templates::render::{environment, render_str};
use crate::templates::schema::{Auth, KeyLocation};

/// What a request carries to authenticate, and the values to redact.
#[derive(Default, Clone)]
pub struct Credentials {
    pub headers: Vec<(String, String)>,
    pub query: Vec<(String, String)>,
    /// A base URL from the token response (Salesforce `instance_url`).
    pub base_url: Option<String>,
    /// Token values, for redaction.
    pub tokens: Vec<String>,
    /// The cache generation of the access token used, to tell a stale
    /// token from one another process has refreshed since.
    pub generation: Option<i64>,
}

/// Where OAuth tokens are cached: the store, opened per operation so
/// concurrent tasks and processes coordinate through it.
#[derive(Clone)]
pub struct TokenSource {
    pub db: Option<PathBuf>,
    pub key: Option<Arc<MasterKey>>,
}

impl TokenSource {
    /// No cache: tokens are fetched for this process only.
    pub fn none() -> Self {
        TokenSource { db: None, key: None }
    }
}

fn render(target: &Target, what: &str, s: &str) -> Result<String, Failure> {
    let env = environment();
    render_str(env, s, &target.context()).map_err(|e| Failure::config(format!("auth {what}: {e}")))
}

/// Credentials for the next request. `stale` is the generation of an
/// access token the provider just rejected: it forces a refresh unless
/// another process has refreshed since.
pub async fn credentials(target: &Target, http: &Http, tokens: &TokenSource, stale: Option<i64>) -> Result<Credentials, Failure> {
    let mut c = Credentials::default();
    match &target.template.auth {
        Auth::None => {}
        Auth::ApiKey { location, name, value } => {
            let v = render(target, "value", value)?;
            match location {
                KeyLocation::Header => c.headers.push((name.clone(), v)),
                KeyLocation::Query => c.query.push((name.clone(), v)),
            }
        }
        Auth::Bearer { token } => {
            let t = render(target, "token", token)?;
            c.headers.push(("Authorization".into(), format!("Bearer {t}")));
        }
        Auth::Basic { username, password } => {
            let u = render(target, "username", username)?;
            let p = render(target, "password", password)?;
            let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
            c.tokens.push(encoded.clone());
            c.headers.push(("Authorization".into(), format!("Basic {encoded}")));
        }
        Auth::Oauth2(o) => {
            let token = oauth::access_token(target, o, http, tokens, stale).await?;
            c.headers.push(("Authorization".into(), format!("Bearer {}", token.access_token.expose_secret())));
            c.tokens.push(token.access_token.expose_secret().to_string());
            c.base_url = token.base_url;
            c.generation = token.generation;
        }
    }
    Ok(c)
}

/// Whether a rejected request is worth one retry with a refreshed token.
pub fn refreshable(target: &Target) -> bool {
    matches!(target.template.auth, Auth::Oauth2(_))
}
