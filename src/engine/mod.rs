//! The work: connection tests, actions, OAuth. Never prints; returns data
//! and reports progress through [`Reporter`].

pub mod action;
pub mod api;
pub mod auth;
pub mod chain;
pub mod conntest;
pub mod csrf;
pub mod events;
pub mod pipeline;
pub mod jsonpath;
pub mod kb;
pub mod lease;
pub mod mapping;
pub mod legacy;
pub mod oauth;
mod graphql;
mod pager;
pub(crate) use pager::fuzz_next_pages;
pub mod schedule;
pub mod sync;
pub mod webhook;
pub(crate) mod request;
mod target;

use serde::Serialize;

pub use auth::{Credentials, TokenSource};
pub use request::build_request;
pub use target::Target;

/// Progress of a long operation, for the CLI to draw.
pub trait Reporter: Send + Sync {
    fn start(&self, _total: u64) {}
    fn advance(&self, _label: &str) {}
    /// Items done so far, the total when known, and a note (`12 pages`),
    /// for operations that page through a source (a knowledge-base import).
    fn progress(&self, _done: u64, _total: Option<u64>, _note: &str) {}
    fn finish(&self) {}
    /// A line about the run that is not progress (waiting for another run).
    fn note(&self, _message: &str) {}
}

/// Reports nothing.
pub struct Silent;
impl Reporter for Silent {}

/// What kind of failure, so a person knows where to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureClass {
    /// The host name does not resolve.
    Dns,
    /// Nothing accepted the connection.
    Connect,
    /// The TLS handshake failed.
    Tls,
    /// No answer in time.
    Timeout,
    /// 401: the credentials were rejected.
    Auth,
    /// 403: authenticated, but not allowed.
    Permission,
    /// 404: wrong subdomain, instance or base URL.
    NotFound,
    /// 429.
    RateLimited,
    /// 5xx.
    Server,
    /// A response that breaks the template's rules.
    UnexpectedResponse,
    /// The configuration cannot make a request (a template or field problem).
    Config,
    /// Another run of the same job holds its lease (exit 2).
    Busy,
}

impl FailureClass {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureClass::Busy => "busy",
            FailureClass::Dns => "dns",
            FailureClass::Connect => "connect",
            FailureClass::Tls => "tls",
            FailureClass::Timeout => "timeout",
            FailureClass::Auth => "auth",
            FailureClass::Permission => "permission",
            FailureClass::NotFound => "not_found",
            FailureClass::RateLimited => "rate_limited",
            FailureClass::Server => "server",
            FailureClass::UnexpectedResponse => "unexpected_response",
            FailureClass::Config => "config",
        }
    }

    /// Worth retrying later without a configuration change.
    pub fn is_transient(self) -> bool {
        matches!(self, FailureClass::Timeout | FailureClass::RateLimited | FailureClass::Server | FailureClass::Connect)
    }
}

/// A failed operation: its class, what happened, and what to do.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub class: FailureClass,
    pub message: String,
    pub hint: String,
    pub http_status: Option<u16>,
    pub retry_after_s: Option<u64>,
}

impl Failure {
    pub fn new(class: FailureClass, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Failure { class, message: message.into(), hint: hint.into(), http_status: None, retry_after_s: None }
    }

    /// A store error met during a run, with the error's own hint (a busy
    /// store names the lock timeout, not the disk).
    pub fn store(e: crate::error::Error) -> Self {
        let hint = e.hint().unwrap_or_else(|| "check the store file and disk space".into());
        Failure::new(FailureClass::Config, format!("the store: {e}"), hint)
    }

    pub fn config(message: impl Into<String>) -> Self {
        Failure::new(
            FailureClass::Config,
            message,
            "check the integration's fields (`crmctl integration show NAME`) and its template (`crmctl template show PROVIDER`)",
        )
    }

    /// A transport error, with a hint that names the URL.
    pub fn transport(e: &crate::http::TransportError, url: &str, timeout: std::time::Duration) -> Self {
        use crate::http::TransportError as T;
        let host = url::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
        match e {
            T::Dns(_) => Failure::new(
                FailureClass::Dns,
                e.to_string(),
                format!("'{host}' does not resolve: check the subdomain, region or instance in the base URL ({url})"),
            ),
            T::Connect(_) => Failure::new(
                FailureClass::Connect,
                e.to_string(),
                format!("nothing accepted a connection to '{host}': check the host and port, a firewall or proxy, and that the service is up"),
            ),
            T::Tls(_) => Failure::new(
                FailureClass::Tls,
                e.to_string(),
                format!("the TLS handshake with '{host}' failed: the URL may point at a plain-HTTP port, or the certificate is not trusted (a proxy intercepting TLS?)"),
            ),
            T::Timeout => Failure::new(
                FailureClass::Timeout,
                format!("no answer from '{host}' within {}s", timeout.as_secs_f64()),
                "the service is slow or unreachable; retry, or raise --timeout",
            ),
            T::Other(_) => Failure::new(FailureClass::Connect, e.to_string(), format!("the request to '{host}' failed before a response")),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class.as_str(), self.message)
    }
}
