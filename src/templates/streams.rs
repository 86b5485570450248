//! The `streams` section of a provider template: how `crmctl sync` pages
//! through the provider's contacts, tickets and deals, where each record's
//! id and change time are, and where the platform's default field mappings
//! read from.
//!
//! ```yaml
//! streams:
//!   contacts:
//!     list: {path: /crm/v3/objects/contacts, query: {limit: "100", properties: "email,firstname"}}
//!     pagination: {style: cursor, param: after, next: paging.next.after}
//!     items: results
//!     id: id
//!     updated_at: updatedAt
//!     fields: {email: properties.email, first_name: properties.firstname}
//! ```
//!
//! Rendered strings (the list request's path, query and body) see the
//! integration's fields plus `stream.name` and `stream.since` (the
//! incremental start time in the incremental format, or empty), so a SOQL
//! or OData filter can use it, and `stream.until` (when the run started, in
//! the same format) for a range filter that needs both ends. A query parameter whose rendered value is
//! empty is left out. The pagination styles and the incremental filter are
//! the knowledge base's ([`super::kb::Pagination`]).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::kb::{Incremental, Pagination, ParamIn};
use super::schema::Method;
use super::schema::RequestSpec;

/// The record streams a provider offers. A stream it cannot list is left
/// out (and stated in `unsupported`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Streams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<StreamSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets: Option<StreamSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deals: Option<StreamSpec>,
}

impl Streams {
    pub fn is_empty(&self) -> bool {
        self.contacts.is_none() && self.tickets.is_none() && self.deals.is_none()
    }

    /// The spec for a stream name (`contacts`, `tickets`, `deals`).
    pub fn get(&self, stream: &str) -> Option<&StreamSpec> {
        match stream {
            "contacts" => self.contacts.as_ref(),
            "tickets" => self.tickets.as_ref(),
            "deals" => self.deals.as_ref(),
            _ => None,
        }
    }

    /// The streams defined, in the order contacts, tickets, deals.
    pub fn defined(&self) -> Vec<(&'static str, &StreamSpec)> {
        [("contacts", &self.contacts), ("tickets", &self.tickets), ("deals", &self.deals)]
            .into_iter()
            .filter_map(|(n, s)| s.as_ref().map(|s| (n, s)))
            .collect()
    }
}

/// One stream's listing.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StreamSpec {
    /// What is listed, in a sentence (the vendor's name for it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The request that lists records: a GET, or a POST with a rendered
    /// JSON body (a search endpoint, a GraphQL query).
    pub list: RequestSpec,
    /// How the list is paged.
    pub pagination: Pagination,
    /// An incremental sync's listing, where the vendor filters by change
    /// time only on another endpoint (HubSpot's and Intercom's POST search
    /// APIs): used instead of `list` when there is a start time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<SearchSpec>,
    /// Dot path to errors a provider reports in a 2xx body (GraphQL
    /// `errors`, Slack `error`): anything there fails the listing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<String>,
    /// Dot path to the array of records in a list response; empty when the
    /// body is the array.
    #[serde(default)]
    pub items: String,
    /// Dot path to the total number of matching records, where reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<String>,
    /// Dot path to the record's id at the provider (the upsert key).
    pub id: String,
    /// Dot path to when the record last changed at the source (RFC 3339 or
    /// Unix seconds/milliseconds); the incremental high-water mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Incremental sync: the query parameter (or `{{ stream.since }}` in
    /// the request) that limits the list to records changed since a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incremental: Option<Incremental>,
    /// Where the platform's default mappings read each field when the
    /// integration has no mappings of its own: platform field -> dot path
    /// (or a list of paths). Fields not named read the same-named
    /// top-level source field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, Sources>,
}

/// The listing of records changed since a time, with its own paging.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchSpec {
    /// The request (rendered like `list`; `{{ stream.since }}` is set).
    pub request: RequestSpec,
    /// How it is paged.
    pub pagination: Pagination,
}

/// One dot path or several.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Sources {
    One(String),
    Many(Vec<String>),
}

impl Sources {
    pub fn paths(&self) -> Vec<String> {
        match self {
            Sources::One(s) => vec![s.clone()],
            Sources::Many(v) => v.clone(),
        }
    }
}

/// Field names the stream rendering context adds to the template's own.
pub const STREAM_ROOTS: &[&str] = &["stream"];

/// What serde cannot check: GET or POST requests (a body only on a POST,
/// and a POST for a cursor in the body), non-empty paths and parameters,
/// sizes, no parameter named twice, and known platform fields.
pub(super) fn check(streams: &Streams, problems: &mut Vec<String>) {
    for (name, s) in streams.defined() {
        let at = format!("streams.{name}");
        check_listing(&format!("{at}.list"), &format!("{at}.pagination"), &s.list, &s.pagination, problems);
        if let Some(q) = &s.search {
            check_listing(&format!("{at}.search.request"), &format!("{at}.search.pagination"), &q.request, &q.pagination, problems);
        }
        if s.id.trim().is_empty() {
            problems.push(format!("{at}.id: a dot path is required"));
        }
        let stream = crate::engine::mapping::Stream::parse(name).expect("a defined stream name");
        for target in s.fields.keys() {
            if let Err(e) = stream.check_target(target) {
                problems.push(format!("{at}.fields: {e}"));
            }
        }
        let mut params: Vec<(&str, &str)> = Vec::new();
        match &s.pagination {
            Pagination::None | Pagination::LinkHeader => {}
            Pagination::Cursor { param, place: ParamIn::Body, next, .. } => {
                if param.trim().is_empty() {
                    problems.push(format!("{at}.pagination.param: a dot path in the body is required"));
                }
                if next.trim().is_empty() {
                    problems.push(format!("{at}.pagination.next: a dot path is required"));
                }
            }
            Pagination::Cursor { param, next, .. } => {
                params.push(("pagination.param", param));
                if next.trim().is_empty() {
                    problems.push(format!("{at}.pagination.next: a dot path is required"));
                }
            }
            Pagination::Page { param, per_page_param, size, .. } => {
                params.push(("pagination.param", param));
                params.push(("pagination.per_page_param", per_page_param));
                if *size == 0 {
                    problems.push(format!("{at}.pagination.size: must be at least 1"));
                }
            }
            Pagination::Offset { param, limit_param, size } => {
                params.push(("pagination.param", param));
                params.push(("pagination.limit_param", limit_param));
                if *size == 0 {
                    problems.push(format!("{at}.pagination.size: must be at least 1"));
                }
            }
            Pagination::NextUrl { path, .. } => {
                if path.trim().is_empty() {
                    problems.push(format!("{at}.pagination.path: a dot path is required"));
                }
            }
        }
        if let Some(p) = s.incremental.as_ref().and_then(|i| i.param.as_deref()) {
            params.push(("incremental.param", p));
        }
        for (i, (what, p)) in params.iter().enumerate() {
            if p.trim().is_empty() {
                problems.push(format!("{at}.{what}: must not be empty"));
            } else if s.list.query.contains_key(*p) {
                problems.push(format!("{at}.{what}: '{p}' is also in list.query; crmctl sets it"));
            } else if params[..i].iter().any(|(_, q)| q == p) {
                problems.push(format!("{at}.{what}: '{p}' is used twice"));
            }
        }
    }
}

/// A listing request's method and body: a GET without a body, or a POST;
/// a cursor sent in the body needs a POST with a JSON object body.
fn check_listing(at: &str, pat: &str, list: &RequestSpec, pagination: &Pagination, problems: &mut Vec<String>) {
    match list.method {
        Method::Get if list.body.is_some() => problems.push(format!("{at}.body: a GET list sends no body; use method: POST")),
        Method::Get | Method::Post => {}
        m => problems.push(format!("{at}.method: a record list is a GET or a POST, not {}", m.as_str())),
    }
    if let Pagination::Cursor { place: ParamIn::Body, .. } = pagination {
        if list.method != Method::Post || !list.body.as_ref().is_some_and(serde_json::Value::is_object) {
            problems.push(format!("{pat}.in: a cursor in the body needs a POST list with a JSON object body"));
        }
    }
}
