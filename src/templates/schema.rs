//! The provider template format.
//!
//! A template describes what a provider needs (typed fields, which are
//! secret, validation), how to authenticate, how to test a connection, which
//! outbound actions it offers, and which rate-limit headers it sends. Strings
//! marked "rendered" are MiniJinja templates evaluated against the
//! integration's fields (`{{ subdomain }}`); actions also see the event
//! payload (`{{ event.* }}`) and earlier steps' outputs (`{{ steps.* }}`).
//!
//! `crmctl template schema` prints the JSON Schema generated from these types.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A provider template.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Stable identifier used on the command line (`crmctl integration add ID`).
    /// Lowercase letters, digits, `-` and `_`.
    pub id: String,
    /// Human-readable provider name.
    pub name: String,
    /// What kind of system this is.
    pub category: Category,
    /// One or two sentences on what the integration does.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Link to the vendor's API reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs_url: Option<String>,
    /// The values an integration of this provider is configured with.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// Base URL of the API (rendered). An integration may override it with
    /// `--base-url`; where this is absent the integration must give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Further origins (`https://uploads.example.com`, rendered) the
    /// integration's credentials may be sent to besides its base URL's: a
    /// request the template builds for any other origin is refused, so a
    /// path, next-page URL or field cannot carry a key elsewhere. Each is
    /// https (http only on loopback), scheme, host and port only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub origins: Vec<String>,
    /// Headers sent with every request (rendered values), e.g. an API
    /// version header or an org id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// How requests authenticate (the default auth mode).
    pub auth: Auth,
    /// Other ways to authenticate, by name (a HubSpot private-app token or
    /// the customer's own OAuth app). The integration's `auth_mode` field
    /// (an enum of these names and the default's) picks one; without it, or
    /// with a name not listed here, `auth` applies.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub auth_modes: BTreeMap<String, AuthMode>,
    /// The request that proves a configuration works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub test: Option<TestSpec>,
    /// Headers the provider sends to report its rate limits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<RateLimit>,
    /// Outbound actions, by name (`log_call`, `create_ticket`, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub actions: BTreeMap<String, Action>,
    /// The action an event runs when the integration's subscription names
    /// none (`--on escalation` rather than `--on escalation:create_ticket`):
    /// event type -> action.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub default_actions: BTreeMap<String, String>,
    /// Knowledge-base import: how to page through the provider's articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knowledge_base: Option<super::kb::KnowledgeBase>,
    /// Record streams (contacts, tickets, deals) for `crmctl sync`: how to
    /// page through each and where each record's id and change time are.
    #[serde(default, skip_serializing_if = "super::streams::Streams::is_empty")]
    pub streams: super::streams::Streams,
    /// Things the provider's API cannot do, stated plainly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsupported: Vec<Unsupported>,
    /// A CSRF token every write needs (SAP's `x-csrf-token`), fetched first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csrf: Option<Csrf>,
}

/// A CSRF token fetched before writes: `fetch` is sent with `HEADER: Fetch`,
/// and the token the response names in `HEADER` (with its session cookies)
/// goes with every POST, PUT, PATCH and DELETE. The token is reused while
/// the process runs and fetched again once when a write answers 403.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Csrf {
    /// The request that fetches the token (a GET, e.g. the service root).
    pub fetch: RequestSpec,
    /// The header that carries the token both ways.
    #[serde(default = "csrf_header")]
    pub header: String,
}

fn csrf_header() -> String {
    "x-csrf-token".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Crm,
    Helpdesk,
    CallCentre,
    Messaging,
    Custom,
    /// Records pushed by a workflow tool (an n8n workflow) rather than
    /// fetched; seed 002's plans put these from PRO_PLUS up.
    Webhook,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Crm => "crm",
            Category::Helpdesk => "helpdesk",
            Category::CallCentre => "call_centre",
            Category::Messaging => "messaging",
            Category::Custom => "custom",
            Category::Webhook => "webhook",
        }
    }
}

/// One configurable value of an integration.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Name used in `--field KEY=VALUE`, `--secret KEY=SOURCE` and in rendered strings.
    pub key: String,
    /// Label shown in prompts and tables.
    pub label: String,
    /// Value type; checked before anything is saved.
    #[serde(default, rename = "type")]
    pub kind: FieldType,
    /// Help text shown in prompts and `template show`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// Whether the integration cannot be saved without it.
    #[serde(default)]
    pub required: bool,
    /// Auth modes (values of the `auth_mode` field) for which the field is
    /// required, for fields that only one way of authenticating needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_for: Vec<String>,
    /// Secret values are sealed with the master key and never displayed.
    #[serde(default)]
    pub secret: bool,
    /// A regular expression the whole value must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The allowed values (for `type: enum`).
    #[serde(default, rename = "enum", skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Value used when none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// An example value, shown in help and error hints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    #[default]
    String,
    Url,
    Email,
    Integer,
    Boolean,
    Enum,
}

impl FieldType {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::String => "string",
            FieldType::Url => "url",
            FieldType::Email => "email",
            FieldType::Integer => "integer",
            FieldType::Boolean => "boolean",
            FieldType::Enum => "enum",
        }
    }
}

/// How requests authenticate. Every string is rendered against the fields.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Auth {
    /// No authentication.
    None,
    /// A static key sent in a header or a query parameter.
    ApiKey {
        /// Where the key goes.
        #[serde(rename = "in")]
        location: KeyLocation,
        /// Header or query parameter name.
        name: String,
        /// The value (rendered), e.g. `"{{ api_key }}"` or `"Token token={{ api_key }}"`.
        value: String,
    },
    /// `Authorization: Bearer <token>`.
    Bearer {
        /// The token (rendered).
        token: String,
    },
    /// HTTP basic authentication.
    Basic {
        /// User name (rendered), e.g. `"{{ email }}/token"`.
        username: String,
        /// Password (rendered).
        password: String,
    },
    /// OAuth 2.0; the access token is sent as a bearer token.
    Oauth2(OAuth2),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KeyLocation {
    Header,
    Query,
}

/// One of a template's other ways to authenticate.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthMode {
    /// What this mode is and when to choose it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// How requests authenticate in this mode.
    pub auth: Auth,
}

/// The field whose value picks one of a template's `auth_modes`.
pub const AUTH_MODE_FIELD: &str = "auth_mode";

impl Template {
    /// The auth mode the fields choose: the name given in `auth_mode` when
    /// the template lists it in `auth_modes`, else `None` (the default `auth`).
    pub fn auth_mode<'a>(&'a self, fields: &BTreeMap<String, String>) -> Option<&'a str> {
        let chosen = fields.get(AUTH_MODE_FIELD)?;
        self.auth_modes.get_key_value(chosen.as_str()).map(|(k, _)| k.as_str())
    }

    /// Whether `field` must be given, with these (defaults-filled) fields:
    /// it is `required`, or `required_for` the chosen `auth_mode`.
    pub fn needs(&self, field: &Field, fields: &BTreeMap<String, String>) -> bool {
        field.required || fields.get(AUTH_MODE_FIELD).is_some_and(|m| field.required_for.iter().any(|r| r == m))
    }

    /// The template with `auth` replaced by the auth mode the fields choose.
    pub fn with_auth_mode(mut self, fields: &BTreeMap<String, String>) -> Template {
        if let Some(mode) = self.auth_mode(fields).map(str::to_string)
            && let Some(m) = self.auth_modes.get(&mode) {
                self.auth = m.auth.clone();
            }
        self
    }
}

/// OAuth 2.0 settings.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OAuth2 {
    /// The grant used to obtain tokens.
    pub grant: OAuthGrant,
    /// Token endpoint (rendered).
    pub token_url: String,
    /// Authorization endpoint (rendered), for `authorization_code`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_url: Option<String>,
    /// Client id (rendered); the org's own OAuth app.
    pub client_id: String,
    /// Client secret (rendered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Scopes to request (rendered).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
    /// How the client authenticates to the token endpoint.
    #[serde(default)]
    pub client_auth: ClientAuth,
    /// A fixed redirect URI registered with the provider (rendered), for
    /// `authorization_code`; by default a loopback URI on a free port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// Refresh token (rendered), for `refresh_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Extra form parameters sent to the token endpoint (rendered values).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub token_params: BTreeMap<String, String>,
    /// A token-response property that replaces the base URL
    /// (Salesforce's `instance_url`, Zoho's `api_domain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url_from_token: Option<String>,
    /// Extra query parameters of the authorization URL (rendered values),
    /// e.g. Zoho's `access_type: offline` and `prompt: consent`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub authorize_params: BTreeMap<String, String>,
    /// Whether `auth login` sends a PKCE challenge (S256). On by default;
    /// off for providers that do not support PKCE.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub pkce: bool,
    /// How `auth logout` revokes the tokens at the provider, where it offers
    /// revocation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke: Option<Revoke>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A token-revocation request. Strings are rendered against the fields and
/// `token` (the token being revoked).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revoke {
    pub method: Method,
    /// Absolute URL (rendered), e.g. `"{{ login_url }}/services/oauth2/revoke"`.
    pub url: String,
    /// Which token to revoke; revoking the refresh token ends the grant.
    #[serde(default)]
    pub token: RevokeToken,
    /// Query parameters (rendered values).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub query: BTreeMap<String, String>,
    /// Form parameters of the body (rendered values).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub form: BTreeMap<String, String>,
    /// Whether the client authenticates (as `client_auth` says: basic
    /// authentication, or `client_id`/`client_secret` in the form).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub client_auth: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RevokeToken {
    #[default]
    Refresh,
    Access,
}

/// Where the client id and secret go in token requests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClientAuth {
    /// In the form body (`client_id`, `client_secret`).
    #[default]
    Post,
    /// HTTP basic authentication (RFC 6749 section 2.3.1).
    Basic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OAuthGrant {
    ClientCredentials,
    RefreshToken,
    AuthorizationCode,
}

/// An HTTP request (paths and bodies are rendered).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestSpec {
    #[serde(default)]
    pub method: Method,
    /// Path appended to the base URL (rendered), or an absolute URL.
    pub path: String,
    /// Query parameters (rendered values).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub query: BTreeMap<String, String>,
    /// Extra headers (rendered values).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// JSON body; every string inside is rendered. A string that is exactly
    /// one `{{ expression }}` keeps the expression's JSON type (a number, an
    /// object), so `contact_id: "{{ steps.crm.contact_id }}"` sends a number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
    /// Drop body keys whose rendered value is null or an empty string, for
    /// optional event values the vendor rejects when empty.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub omit_empty: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    #[default]
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// A connection test.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TestSpec {
    #[serde(flatten)]
    pub request: RequestSpec,
    /// What a good response looks like.
    #[serde(default)]
    pub expect: Expect,
    /// Account details to show on success: label -> JSON path into the body
    /// (dot-separated, numeric segments index arrays: `data.0.name`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub account: BTreeMap<String, String>,
}

/// Rules a test response must satisfy.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// Accepted status codes (default: any 2xx).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<u16>,
    /// Rules on the JSON body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<BodyRule>,
}

/// One rule on a JSON response body.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BodyRule {
    /// Dot-separated JSON path.
    pub path: String,
    /// The path must be present (and not null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exists: Option<bool>,
    /// The value at the path must equal this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equals: Option<serde_json::Value>,
    /// What the failure means, shown in the verdict (e.g. "Slack said ok: false").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Response headers that carry rate-limit state.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RateLimit {
    /// Header with the request quota.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Header with the requests left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining: Option<String>,
    /// Header with the requests used (some vendors send this instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used: Option<String>,
    /// Header saying when the window resets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reset: Option<String>,
    /// What the reset header holds.
    #[serde(default)]
    pub reset_format: ResetFormat,
    /// Whether the provider sends `Retry-After` on 429.
    #[serde(default)]
    pub retry_after: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResetFormat {
    /// Seconds until the reset.
    #[default]
    Seconds,
    /// A Unix timestamp.
    Unix,
    /// An RFC 3339 / ISO 8601 timestamp.
    Iso8601,
}

/// An outbound action.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// What it does.
    pub description: String,
    #[serde(flatten)]
    pub request: RequestSpec,
    /// What a successful response looks like (default: any 2xx). Slack,
    /// for one, answers 200 with `ok: false` on errors.
    #[serde(default)]
    pub expect: Expect,
    /// Values taken from the response for later steps: name -> JSON path.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outputs: BTreeMap<String, String>,
    /// Header the provider reads an idempotency key from, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_header: Option<String>,
}

/// A capability the provider's API does not offer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unsupported {
    /// The capability, e.g. `knowledge_base`, `deals`.
    pub capability: String,
    /// Why, in a sentence.
    pub reason: String,
}
