//! The one HTTP client: timeouts, a user agent, transport errors sorted into
//! classes a person can act on, and redaction for everything that is logged
//! or shown.

pub mod policy;
mod redact;
pub mod trace;

use std::time::{Duration, Instant};

use serde::Serialize;

pub use redact::Redactor;

/// A request, fully rendered.
#[derive(Debug, Clone, Serialize)]
pub struct HttpRequest {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<serde_json::Value>,
}

#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    /// Lower-case names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub elapsed: Duration,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    /// Retry-After in seconds (the delta form, or an HTTP date).
    pub fn retry_after(&self) -> Option<u64> {
        let v = self.header("retry-after")?.trim();
        if let Ok(secs) = v.parse::<u64>() {
            return Some(secs);
        }
        let when = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
        let secs = when.duration_since(jiff::Timestamp::now()).as_secs();
        Some(secs.max(0) as u64)
    }
}

/// Why a request got no HTTP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    Dns(String),
    Connect(String),
    Tls(String),
    Timeout,
    Other(String),
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransportError::Dns(m) => write!(f, "DNS lookup failed: {m}"),
            TransportError::Connect(m) => write!(f, "could not connect: {m}"),
            TransportError::Tls(m) => write!(f, "TLS handshake failed: {m}"),
            TransportError::Timeout => write!(f, "timed out"),
            TransportError::Other(m) => write!(f, "request failed: {m}"),
        }
    }
}

impl std::error::Error for TransportError {}

#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    timeout: Duration,
    /// The caps: the most of one response body that is read, and of pages
    /// and items in one listing run.
    limits: policy::Limits,
}

impl Http {
    /// A client with the default caps, changed by their environment variables.
    pub fn new(timeout: Duration) -> Self {
        Http::with_limits(timeout, policy::Limits::from_env())
    }

    pub fn with_limits(timeout: Duration, limits: policy::Limits) -> Self {
        let client = reqwest::Client::builder()
            .user_agent(concat!("crmctl/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout)
            .redirect(policy::redirect_policy())
            .build()
            .expect("the HTTP client builds with static settings");
        Http { client, timeout, limits }
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    pub fn max_response(&self) -> u64 {
        self.limits.max_response
    }

    pub fn limits(&self) -> policy::Limits {
        self.limits
    }

    pub fn client(&self) -> &reqwest::Client {
        &self.client
    }

    pub async fn execute(&self, req: &HttpRequest) -> Result<HttpResponse, TransportError> {
        let method = reqwest::Method::from_bytes(req.method.as_bytes())
            .map_err(|_| TransportError::Other(format!("bad method {}", req.method)))?;
        let mut builder = self.client.request(method, &req.url);
        for (k, v) in &req.headers {
            builder = builder.header(k, v);
        }
        if let Some(body) = &req.body {
            builder = builder.json(body);
        }
        let started = Instant::now();
        let result = send(builder, started, self.limits.max_response).await;
        trace::report(req, result.as_ref(), started.elapsed());
        result
    }
}

async fn send(builder: reqwest::RequestBuilder, started: Instant, cap: u64) -> Result<HttpResponse, TransportError> {
    let resp = builder.send().await.map_err(|e| classify(&e))?;
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_ascii_lowercase(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let body = read_capped(resp, cap).await?;
    Ok(HttpResponse { status, headers, body, elapsed: started.elapsed() })
}

/// Reads a body chunk by chunk and stops at `cap` bytes, so memory is
/// bounded by the cap, not by what the provider sends.
pub async fn read_capped(mut resp: reqwest::Response, cap: u64) -> Result<Vec<u8>, TransportError> {
    if resp.content_length().is_some_and(|n| n > cap) {
        return Err(TransportError::Other(policy::too_large(cap)));
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| classify(&e))? {
        if body.len() as u64 + chunk.len() as u64 > cap {
            return Err(TransportError::Other(policy::too_large(cap)));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Sorts a reqwest error by its cause chain.
pub fn classify(e: &reqwest::Error) -> TransportError {
    if e.is_timeout() {
        return TransportError::Timeout;
    }
    let mut chain = Vec::new();
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        chain.push(s.to_string());
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && io.kind() == std::io::ErrorKind::TimedOut {
                return TransportError::Timeout;
            }
        source = s.source();
    }
    let text = chain.join(": ").to_ascii_lowercase();
    let detail = chain.last().cloned().unwrap_or_default();
    if text.contains("dns error") || text.contains("failed to lookup address") || text.contains("name or service not known") {
        TransportError::Dns(detail)
    } else if text.contains("tls") || text.contains("certificate") || text.contains("handshake") || text.contains("invalidcontenttype") || text.contains("corrupt message") {
        TransportError::Tls(detail)
    } else if e.is_connect() || text.contains("connection refused") {
        TransportError::Connect(detail)
    } else if text.contains("timed out") {
        TransportError::Timeout
    } else {
        TransportError::Other(detail)
    }
}
