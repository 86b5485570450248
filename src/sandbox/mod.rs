//! The sandbox: a fake CRM/helpdesk API on loopback, so a new user can try
//! every command without a vendor account and tests and benchmarks have a
//! fast, deterministic target.
//!
//! It serves an OAuth 2.0 token endpoint (client credentials, rotating
//! refresh tokens, authorization code with PKCE), contacts, tickets, deals,
//! notes, calls and knowledge-base articles with four pagination styles, and
//! switches for latency, 429s, 5xx, hangs and malformed bodies. Everything
//! is in memory and seeded deterministically. Its templates are the
//! built-in `sandbox` (API key) and `sandbox_oauth` (OAuth 2.0).
//!
//! Use it in-process:
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use crmctl::sandbox::{self, SandboxConfig};
//! let sb = sandbox::start("127.0.0.1:0".parse().unwrap(), SandboxConfig::default()).await?;
//! let url = sb.url(); // http://127.0.0.1:PORT
//! // ... requests with `X-Api-Key: sb.state().api_key()` ...
//! let log = sb.state().requests();
//! sb.stop().await
//! # }
//! ```
//!
//! `/_sandbox/*` (no auth, not subject to the switches) reads and changes
//! the switches, reads and clears the request log, and reads counters.

mod api;
mod control;
mod oauth;
mod seed;

use std::collections::{HashMap, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use axum::routing::{get, post};
use axum::Router;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use seed::{Article, Contact, Deal, Ticket};

/// How many request-log entries are kept (oldest dropped first), so a long
/// benchmark does not grow the log without bound.
pub const REQUEST_LOG_CAP: usize = 10_000;

/// The OAuth client id the sandbox knows unless configured otherwise.
pub const DEFAULT_CLIENT_ID: &str = "crmctl-sandbox";

/// Scopes the sandbox knows. A token request without `scope` gets them all.
pub const SCOPES: &[&str] = &[
    "account.read",
    "contacts.read",
    "contacts.write",
    "tickets.read",
    "tickets.write",
    "deals.read",
    "calls.write",
    "notes.write",
    "kb.read",
];

/// What the sandbox starts with. The switches can be changed while it runs
/// (`POST /_sandbox/config`, or [`SandboxState::set_switches`]).
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Added to every response (not to `/_sandbox/*`).
    pub latency: Duration,
    /// Every Nth request is answered 429 with `Retry-After: 1` (0: never).
    pub rate_limit_every: u64,
    /// Every Nth request is answered 503 (0: never).
    pub error_every: u64,
    /// Every Nth request is never answered, until the client gives up or
    /// the sandbox stops (0: never).
    pub hang_every: u64,
    /// Every Nth successful response has its JSON body cut short (0: never).
    pub malformed_every: u64,
    /// How many contacts, tickets, deals and articles are seeded, each.
    pub records: u64,
    /// Lifetime of the access tokens the token endpoint issues.
    pub token_ttl: Duration,
    /// The key accepted in `X-Api-Key`.
    pub api_key: String,
    /// The one OAuth client the token endpoint knows.
    pub client_id: String,
    pub client_secret: String,
}

impl Default for SandboxConfig {
    /// No switches, 25 records each, one-hour tokens, a random API key and
    /// client secret.
    fn default() -> Self {
        SandboxConfig {
            latency: Duration::ZERO,
            rate_limit_every: 0,
            error_every: 0,
            hang_every: 0,
            malformed_every: 0,
            records: 25,
            token_ttl: Duration::from_secs(3600),
            api_key: random_token("sbx_key_"),
            client_id: DEFAULT_CLIENT_ID.to_string(),
            client_secret: random_token("sbx_secret_"),
        }
    }
}

/// A random credential: the prefix and 32 hex digits (128 bits).
pub fn random_token(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::new_v4().simple())
}

/// The switches, as `GET/POST /_sandbox/config` shows and takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Switches {
    pub latency_ms: u64,
    pub rate_limit_every: u64,
    pub error_every: u64,
    pub hang_every: u64,
    pub malformed_every: u64,
    pub token_ttl_s: u64,
}

impl Switches {
    fn from_config(c: &SandboxConfig) -> Self {
        Switches {
            latency_ms: c.latency.as_millis().min(u128::from(u64::MAX)) as u64,
            rate_limit_every: c.rate_limit_every,
            error_every: c.error_every,
            hang_every: c.hang_every,
            malformed_every: c.malformed_every,
            token_ttl_s: c.token_ttl.as_secs().max(1),
        }
    }
}

/// One request the sandbox received (not counting `/_sandbox/*`), with
/// credentials masked.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RequestRecord {
    /// 1, 2, 3... for the life of the sandbox (clearing the log does not
    /// reset it).
    pub seq: u64,
    pub at: String,
    pub method: String,
    pub path: String,
    /// Decoded query parameters (the last value of a repeated name).
    pub query: serde_json::Map<String, serde_json::Value>,
    pub idempotency_key: Option<String>,
    /// Lower-case names; `authorization`, `x-api-key` and `cookie` masked
    /// (`Bearer ****abcd`).
    pub headers: serde_json::Map<String, serde_json::Value>,
    /// The JSON body; a form body as an object (secret parameters masked);
    /// other text as a string; null when empty.
    pub body: serde_json::Value,
    /// The status sent; null while in flight, and for a hung request.
    pub status: Option<u16>,
    /// The switch that decided the answer: `rate_limited`, `server_error`,
    /// `hang` or `malformed`; null for a normal answer.
    #[serde(rename = "switch")]
    pub switched: Option<String>,
    /// The answer was replayed from an earlier request with the same
    /// Idempotency-Key.
    pub replayed: bool,
}

/// Counters since start. `GET /_sandbox/stats`.
#[derive(Debug, Default)]
pub struct Counters {
    pub requests: AtomicU64,
    pub rate_limited: AtomicU64,
    pub server_errors: AtomicU64,
    pub hangs: AtomicU64,
    pub malformed: AtomicU64,
    pub tokens_issued: AtomicU64,
    pub idempotent_replays: AtomicU64,
    pub created: AtomicU64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountersSnapshot {
    pub requests: u64,
    pub rate_limited: u64,
    pub server_errors: u64,
    pub hangs: u64,
    pub malformed: u64,
    pub tokens_issued: u64,
    pub idempotent_replays: u64,
    pub created: u64,
}

impl Counters {
    pub fn snapshot(&self) -> CountersSnapshot {
        let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
        CountersSnapshot {
            requests: g(&self.requests),
            rate_limited: g(&self.rate_limited),
            server_errors: g(&self.server_errors),
            hangs: g(&self.hangs),
            malformed: g(&self.malformed),
            tokens_issued: g(&self.tokens_issued),
            idempotent_replays: g(&self.idempotent_replays),
            created: g(&self.created),
        }
    }
}

/// The shared state of a running sandbox.
pub struct SandboxState {
    config: SandboxConfig,
    switches: Mutex<Switches>,
    /// Counts requests for the every-Nth switches; reset when the switches
    /// change, so "every 3rd" counts from the change.
    switch_seq: AtomicU64,
    log: Mutex<VecDeque<RequestRecord>>,
    log_seq: AtomicU64,
    pub counters: Counters,
    db: Mutex<Db>,
    /// `http://127.0.0.1:PORT`, set once bound.
    base_url: OnceLock<String>,
    window: Mutex<(Instant, u64)>,
    shutdown: watch::Sender<bool>,
}

/// A stored answer to replay for an Idempotency-Key.
#[derive(Clone)]
struct Stored {
    status: u16,
    body: serde_json::Value,
}

/// An access token the token endpoint issued.
#[derive(Clone)]
struct AccessGrant {
    client_id: String,
    scopes: Vec<String>,
    expires_at: Instant,
}

#[derive(Clone)]
struct RefreshGrant {
    client_id: String,
    scopes: Vec<String>,
}

#[derive(Clone)]
struct CodeGrant {
    client_id: String,
    redirect_uri: String,
    /// (method, challenge)
    challenge: Option<(String, String)>,
    scopes: Vec<String>,
    expires_at: Instant,
}

/// Everything that changes, behind one lock (no await is held across it).
struct Db {
    contacts: Vec<Contact>,
    tickets: Vec<Ticket>,
    deals: Vec<Deal>,
    articles: Vec<Article>,
    calls: Vec<serde_json::Value>,
    notes: Vec<serde_json::Value>,
    next_contact: u64,
    next_ticket: u64,
    next_call: u64,
    next_note: u64,
    idempotency: HashMap<(String, String), Stored>,
    access: HashMap<String, AccessGrant>,
    refresh: HashMap<String, RefreshGrant>,
    codes: HashMap<String, CodeGrant>,
}

impl SandboxState {
    fn new(config: SandboxConfig) -> Self {
        let seeded = seed::seed(config.records);
        let db = Db {
            next_contact: seeded.contacts.last().map(|c| c.id + 1).unwrap_or(1),
            next_ticket: seeded.tickets.last().map(|t| t.id + 1).unwrap_or(1),
            next_call: 1,
            next_note: 1,
            contacts: seeded.contacts,
            tickets: seeded.tickets,
            deals: seeded.deals,
            articles: seeded.articles,
            calls: Vec::new(),
            notes: Vec::new(),
            idempotency: HashMap::new(),
            access: HashMap::new(),
            refresh: HashMap::new(),
            codes: HashMap::new(),
        };
        let (shutdown, _) = watch::channel(false);
        SandboxState {
            switches: Mutex::new(Switches::from_config(&config)),
            config,
            switch_seq: AtomicU64::new(0),
            log: Mutex::new(VecDeque::new()),
            log_seq: AtomicU64::new(0),
            counters: Counters::default(),
            db: Mutex::new(db),
            base_url: OnceLock::new(),
            window: Mutex::new((Instant::now(), 0)),
            shutdown,
        }
    }

    pub fn api_key(&self) -> &str {
        &self.config.api_key
    }

    pub fn client_id(&self) -> &str {
        &self.config.client_id
    }

    pub fn client_secret(&self) -> &str {
        &self.config.client_secret
    }

    pub fn records(&self) -> u64 {
        self.config.records
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> &str {
        self.base_url.get().map(String::as_str).unwrap_or("http://127.0.0.1")
    }

    pub fn switches(&self) -> Switches {
        *lock(&self.switches)
    }

    /// Replaces the switches and restarts the every-Nth count.
    pub fn set_switches(&self, s: Switches) {
        *lock(&self.switches) = Switches { token_ttl_s: s.token_ttl_s.max(1), ..s };
        self.switch_seq.store(0, Ordering::SeqCst);
    }

    /// The request log, oldest first.
    pub fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.log).iter().cloned().collect()
    }

    pub fn clear_requests(&self) {
        lock(&self.log).clear();
    }

    /// Revokes every access token (refresh tokens stay valid), as if they
    /// had all expired. Returns how many there were.
    pub fn revoke_access_tokens(&self) -> usize {
        let mut db = lock(&self.db);
        let n = db.access.len();
        db.access.clear();
        n
    }

    fn db(&self) -> MutexGuard<'_, Db> {
        lock(&self.db)
    }

    fn shutdown_signal(&self) -> watch::Receiver<bool> {
        self.shutdown.subscribe()
    }
}

/// A lock that survives a panicked holder: the sandbox's data stays
/// usable for the other requests.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// A running sandbox. Stop it with [`Sandbox::stop`]; dropping it also
/// signals the server to stop, without waiting.
pub struct Sandbox {
    addr: SocketAddr,
    state: Arc<SandboxState>,
    task: Option<JoinHandle<io::Result<()>>>,
}

impl Sandbox {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn url(&self) -> String {
        self.state.base_url().to_string()
    }

    pub fn state(&self) -> &Arc<SandboxState> {
        &self.state
    }

    /// Stops accepting, answers hung requests with 503, lets in-flight
    /// requests finish (up to 5 s), and returns.
    pub async fn stop(mut self) -> io::Result<()> {
        let _ = self.state.shutdown.send(true);
        let Some(mut task) = self.task.take() else { return Ok(()) };
        match tokio::time::timeout(Duration::from_secs(5), &mut task).await {
            Ok(Ok(r)) => r,
            Ok(Err(e)) => Err(io::Error::other(format!("the sandbox server task failed: {e}"))),
            Err(_) => {
                task.abort();
                Ok(())
            }
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.state.shutdown.send(true);
    }
}

/// Binds `addr` (a loopback address; port 0 picks a free port) and serves
/// the sandbox on the current tokio runtime.
pub async fn start(addr: SocketAddr, config: SandboxConfig) -> io::Result<Sandbox> {
    if !addr.ip().is_loopback() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("the sandbox listens on loopback only, not {}", addr.ip())));
    }
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let state = Arc::new(SandboxState::new(config));
    let _ = state.base_url.set(format!("http://{addr}"));
    let app = router(state.clone());
    let mut stop = state.shutdown_signal();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stop.wait_for(|s| *s).await;
            })
            .await
    });
    Ok(Sandbox { addr, state, task: Some(task) })
}

fn router(state: Arc<SandboxState>) -> Router {
    use axum::middleware::from_fn_with_state;
    let api = Router::new()
        .route("/api/v1/me", get(api::me))
        .route("/api/v1/contacts", get(api::list_contacts).post(api::upsert_contact))
        .route("/api/v1/contacts/{id}", get(api::get_contact))
        .route("/api/v1/tickets", get(api::list_tickets).post(api::create_ticket))
        .route("/api/v1/tickets/{id}", get(api::get_ticket))
        .route("/api/v1/deals", get(api::list_deals))
        .route("/api/v1/calls", post(api::log_call))
        .route("/api/v1/notes", post(api::post_note))
        .route("/api/v1/kb/articles", get(api::list_articles))
        .route("/api/v1/kb/articles/{id}", get(api::get_article))
        .route_layer(from_fn_with_state(state.clone(), api::authenticate));
    let switched = api
        .route("/oauth/token", post(oauth::token))
        .route("/oauth/authorize", get(oauth::authorize))
        .fallback(control::not_found)
        .layer(from_fn_with_state(state.clone(), control::front));
    let admin = Router::new()
        .route("/_sandbox/config", get(control::get_config).post(control::set_config))
        .route("/_sandbox/requests", get(control::get_requests).delete(control::clear_requests))
        .route("/_sandbox/stats", get(control::stats))
        .route("/_sandbox/tokens", axum::routing::delete(control::revoke_tokens));
    admin.merge(switched).with_state(state)
}
