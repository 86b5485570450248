//! The `knowledge_base` section of a provider template: how to page through
//! the provider's help-centre articles and where each article's fields are.
//!
//! Rendered strings (the list request's path and query, and the nested
//! levels' paths) see the integration's fields plus `kb.locale` (the
//! `--locale` given, or empty), `kb.since` (the incremental start time in
//! the incremental filter's format, or empty) and, under nested listings,
//! `parent` (the current parent object, e.g. `{{ parent.id }}`) and
//! `parents` (every level's object, outermost first). A query parameter
//! whose rendered value is empty is left out. The per-article `detail`
//! request also sees `article` (the list's object for it), and the
//! `fields` paths are rendered against the integration's fields alone (so
//! a template can read an org's own body field, `{{ kb_body_field }}`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::schema::RequestSpec;

/// Knowledge-base import.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// What is imported, in a sentence (the vendor's name for it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Parent listings walked before the articles, outermost first
    /// (Freshdesk: categories, then each category's folders). Each level is
    /// read whole (unpaginated); the article list is then requested once
    /// per innermost parent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<NestedLevel>,
    /// The request that lists articles (GET; path and query rendered).
    pub list: RequestSpec,
    /// How the list is paged.
    pub pagination: Pagination,
    /// One GET per article for what the list leaves out (Zoho Desk's
    /// `answer`): its object's keys are laid over the list's before the
    /// fields are read. On an incremental import an article whose list
    /// `updated_at` is not after the start is neither read nor rewritten.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
    /// Only the listed articles whose value at a path is one of these are
    /// imported (published, not drafts); one without the value is kept.
    /// Applied before `detail`, so a skipped article costs no request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only: Option<Only>,
    /// Dot path to the array of articles in a list response (`articles`,
    /// `records`, `value`, `data`); empty when the body is the array.
    #[serde(default)]
    pub items: String,
    /// Dot path to the total number of matching articles, when the provider
    /// reports it (for a progress bar with an ETA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<String>,
    /// Where each article's values are.
    pub fields: KbFields,
    /// Incremental import: the query parameter that limits the list to
    /// articles changed since a time. Without it every import reads
    /// everything (unchanged articles are still not rewritten).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incremental: Option<Incremental>,
    /// Query parameter that limits the list to one locale (`--locale`),
    /// where the locale is not already part of the rendered path or query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_param: Option<String>,
}

/// Which listed articles are imported.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Only {
    /// Dot path in the listed article (`state`, `status`).
    pub path: String,
    /// The value, or a list of values, an imported article has there
    /// (`published`; Freshdesk's `2`). Strings compare without case, and a
    /// number matches its digits.
    pub equals: serde_json::Value,
}

impl Only {
    /// Whether an article is imported: its value is one of `equals`, or it
    /// has none.
    pub fn keeps(&self, item: &serde_json::Value) -> bool {
        let Some(v) = item.get(&self.path).or_else(|| crate::engine::jsonpath::get(item, &self.path)) else {
            return true;
        };
        if v.is_null() {
            return true;
        }
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.trim().to_lowercase(),
            other => other.to_string(),
        };
        let have = text(v);
        match &self.equals {
            serde_json::Value::Array(vs) => vs.iter().any(|e| text(e) == have),
            e => text(e) == have,
        }
    }
}

/// The per-article request.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Detail {
    /// The request (GET; rendered, with `article` = the list's object).
    #[serde(flatten)]
    pub request: RequestSpec,
    /// Dot path to the article object in the response; empty when the
    /// body is the article.
    #[serde(default)]
    pub item: String,
}

/// One parent level of a nested listing.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NestedLevel {
    /// Name of the level (`category`, `folder`), for messages.
    pub name: String,
    /// The request listing this level (rendered; sees `parent` = the
    /// enclosing level's object).
    #[serde(flatten)]
    pub request: RequestSpec,
    /// Dot path to the array in the response; empty when the body is the array.
    #[serde(default)]
    pub items: String,
    /// Dot path to a title used as the article's section where the article
    /// has none (e.g. the folder's `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// Dot paths into one article object.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KbFields {
    /// The provider's id (the upsert key).
    pub id: String,
    pub title: String,
    /// The body.
    pub body: String,
    /// Whether the body is HTML (converted to Markdown) or plain text.
    #[serde(default)]
    pub body_format: BodyFormat,
    /// A public or agent-facing link to the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// When the article last changed at the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// The section, category or folder (an id or a name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyFormat {
    #[default]
    Html,
    Text,
    /// HTML when the body has a tag, else plain text (a body field that a
    /// template lets the integration choose: a rich-text one or a summary).
    Auto,
}

/// How a list is paged. Every style stops on an empty page, on a page
/// without a next cursor or URL, and on a cursor or URL it has already
/// followed (a provider bug that would otherwise loop forever).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "style", rename_all = "snake_case", deny_unknown_fields)]
pub enum Pagination {
    /// One request returns everything.
    None,
    /// An opaque cursor from the body, sent back as a query parameter
    /// (Intercom `pages.next.starting_after`, HubSpot `paging.next.after`).
    Cursor {
        /// Query parameter that carries the cursor; with `in: body`, the
        /// dot path in the list request's JSON body that is set to it
        /// (GraphQL `variables.after`, Intercom `pagination.starting_after`).
        param: String,
        /// Where the cursor goes: `query` (the default) or `body`.
        #[serde(default, rename = "in", skip_serializing_if = "ParamIn::is_query")]
        place: ParamIn,
        /// Dot path to the next cursor in the body.
        next: String,
        /// Dot path to a boolean that says whether more pages follow.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        has_more: Option<String>,
        /// Dot path to a boolean that says the listing is complete (Zendesk
        /// incremental exports' `end_of_stream`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        done: Option<String>,
    },
    /// RFC 8288 `Link: <...>; rel="next"` headers (GitHub-style, Freshdesk).
    LinkHeader,
    /// Page numbers: `param=1, 2, ...` with a page size; the last page is
    /// the first short one.
    Page {
        /// Page-number parameter.
        param: String,
        /// Page-size parameter.
        per_page_param: String,
        /// Page size asked for.
        size: u32,
        /// The first page's number.
        #[serde(default = "one")]
        first: u64,
    },
    /// Offsets: `param=0, size, 2*size, ...`; the last page is the first short one.
    Offset {
        /// Offset parameter.
        param: String,
        /// Limit parameter.
        limit_param: String,
        /// Page size asked for.
        size: u32,
    },
    /// A next-page URL in the body, absolute or relative to the base URL
    /// (Salesforce `nextRecordsUrl`, OData `@odata.nextLink`, Zendesk
    /// `next_page` or `links.next`).
    NextUrl {
        /// Dot path to the URL. A key that itself contains dots, such as
        /// `@odata.nextLink`, is looked up whole first.
        path: String,
        /// Dot path to a boolean that says whether more pages follow.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        has_more: Option<String>,
        /// Dot path to a boolean that says the listing is complete
        /// (Salesforce `done`, Zendesk incremental exports' `end_of_stream`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        done: Option<String>,
    },
}

/// Where a pagination parameter is sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ParamIn {
    #[default]
    Query,
    /// Set at a dot path in the request's JSON body (a POST search or a
    /// GraphQL query's variables).
    Body,
}

impl ParamIn {
    pub fn is_query(&self) -> bool {
        *self == ParamIn::Query
    }
}

fn one() -> u64 {
    1
}

/// The incremental filter.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incremental {
    /// Query parameter given the start time. Leave it out when the list
    /// request uses `{{ kb.since }}` itself (in a SOQL or OData filter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    /// How the time is written.
    #[serde(default)]
    pub format: TimeFormat,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TimeFormat {
    /// `2026-01-31T09:00:00Z`.
    #[default]
    Rfc3339,
    /// Seconds since 1970.
    Unix,
    /// Milliseconds since 1970.
    UnixMs,
    /// `2026-01-31`.
    Date,
    /// A JQL date-time, `2026/01/30 09:00`: JQL reads it in the user's own
    /// time zone and to the minute, so it is written a day early (any time
    /// zone is within 14 hours of UTC); the records read again are
    /// unchanged and not rewritten.
    Jql,
}

impl TimeFormat {
    pub fn format(self, t: jiff::Timestamp) -> String {
        match self {
            TimeFormat::Rfc3339 => t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            TimeFormat::Unix => t.as_second().to_string(),
            TimeFormat::UnixMs => t.as_millisecond().to_string(),
            TimeFormat::Date => t.strftime("%Y-%m-%d").to_string(),
            TimeFormat::Jql => (t - jiff::SignedDuration::from_hours(24)).strftime("%Y/%m/%d %H:%M").to_string(),
        }
    }
}

/// Field names the KB rendering context adds to the template's own.
pub const KB_ROOTS: &[&str] = &["kb", "parent", "parents", "article"];

/// What serde cannot check: GET requests, non-empty paths and parameters,
/// sizes, and no parameter named twice.
pub(super) fn check(kb: &KnowledgeBase, problems: &mut Vec<String>) {
    use super::schema::Method;
    if kb.list.method != Method::Get {
        problems.push("knowledge_base.list: the article list must be a GET".into());
    }
    for (i, n) in kb.nested.iter().enumerate() {
        if n.request.method != Method::Get {
            problems.push(format!("knowledge_base.nested[{i}] ({}): a listing must be a GET", n.name));
        }
    }
    if let Some(o) = &kb.only {
        if o.path.trim().is_empty() {
            problems.push("knowledge_base.only.path: a dot path is required".into());
        }
        let scalar = |v: &serde_json::Value| v.is_string() || v.is_number() || v.is_boolean();
        let ok = match &o.equals {
            serde_json::Value::Array(vs) => !vs.is_empty() && vs.iter().all(scalar),
            v => scalar(v),
        };
        if !ok {
            problems.push("knowledge_base.only.equals: a string, number or boolean, or a list of them".into());
        }
    }
    if let Some(d) = &kb.detail {
        if d.request.method != Method::Get {
            problems.push("knowledge_base.detail: the per-article request must be a GET".into());
        }
        if d.request.body.is_some() {
            problems.push("knowledge_base.detail.body: a GET sends no body".into());
        }
    }
    let f = &kb.fields;
    for (what, path) in [("id", &f.id), ("title", &f.title), ("body", &f.body)] {
        if path.trim().is_empty() {
            problems.push(format!("knowledge_base.fields.{what}: a dot path is required"));
        }
    }
    let mut params: Vec<(&str, &str)> = Vec::new();
    match &kb.pagination {
        Pagination::None | Pagination::LinkHeader => {}
        Pagination::Cursor { place: ParamIn::Body, .. } => {
            problems.push("knowledge_base.pagination.in: the article list is a GET; its cursor goes in the query".into());
        }
        Pagination::Cursor { param, next, .. } => {
            params.push(("pagination.param", param));
            if next.trim().is_empty() {
                problems.push("knowledge_base.pagination.next: a dot path is required".into());
            }
        }
        Pagination::Page { param, per_page_param, size, .. } => {
            params.push(("pagination.param", param));
            params.push(("pagination.per_page_param", per_page_param));
            if *size == 0 {
                problems.push("knowledge_base.pagination.size: must be at least 1".into());
            }
        }
        Pagination::Offset { param, limit_param, size } => {
            params.push(("pagination.param", param));
            params.push(("pagination.limit_param", limit_param));
            if *size == 0 {
                problems.push("knowledge_base.pagination.size: must be at least 1".into());
            }
        }
        Pagination::NextUrl { path, .. } => {
            if path.trim().is_empty() {
                problems.push("knowledge_base.pagination.path: a dot path is required".into());
            }
        }
    }
    if let Some(p) = kb.incremental.as_ref().and_then(|i| i.param.as_deref()) {
        params.push(("incremental.param", p));
    }
    if let Some(p) = &kb.locale_param {
        params.push(("locale_param", p));
    }
    for (i, (what, p)) in params.iter().enumerate() {
        if p.trim().is_empty() {
            problems.push(format!("knowledge_base.{what}: must not be empty"));
        } else if kb.list.query.contains_key(*p) {
            problems.push(format!("knowledge_base.{what}: '{p}' is also in list.query; crmctl sets it"));
        } else if params[..i].iter().any(|(_, q)| q == p) {
            problems.push(format!("knowledge_base.{what}: '{p}' is used twice"));
        }
    }
}
