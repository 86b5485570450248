//! `crmctl serve`: the webhook ingest endpoint, `POST /webhooks/{integration}`,
//! until SIGINT or SIGTERM (requests in hand are finished first).

use std::sync::{Arc, Mutex};

use anyhow::Result;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::json;

use super::targets::runtime;
use super::Ctx;
use crate::cli::ServeArgs;
use crate::engine::webhook::{self, Authenticated, KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};
use crate::engine::{sync, Target};
use crate::error::{Error, Exit};
use crate::secrets::{KeyWatch, SealContext};
use crate::store::{Org, Store, WEBHOOK_KEY_FIELD};
use crate::templates::Catalog;

struct App {
    org: Org,
    /// The master key, followed across `key rotate` in other processes.
    keys: KeyWatch,
    catalog: Catalog,
    /// One connection, used by one request at a time (off the async threads).
    store: Mutex<Store>,
}

pub fn run(ctx: &Ctx, a: ServeArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let keys = ctx.key_watch(&store)?;
    let catalog = ctx.catalog()?;
    let app = Arc::new(App { org, keys, catalog, store: Mutex::new(store) });
    let router = Router::new()
        .route("/webhooks/{integration}", post(receive))
        .fallback(|| async { reply(StatusCode::NOT_FOUND, "not_found", "POST /webhooks/INTEGRATION is the only endpoint") })
        .layer(DefaultBodyLimit::max(a.max_body))
        .with_state(app.clone());
    let rt = runtime()?;
    rt.block_on(async {
        let listener = tokio::net::TcpListener::bind(a.listen)
            .await
            .map_err(|e| Error::usage_hint(format!("cannot listen on {}: {e}", a.listen), "choose another --listen address or port (port 0 picks a free one)"))?;
        let addr = listener.local_addr().map_err(|e| Error::Failed { message: format!("the listening address: {e}") })?;
        let p = &ctx.printer;
        p.status(format!("Webhook ingest for org {} listening on http://{addr}/webhooks/INTEGRATION (SIGINT or SIGTERM stops it)", app.org.name));
        p.status(format!("  store: {}; largest body: {} bytes", ctx.settings.db_shown(), a.max_body));
        if !addr.ip().is_loopback() {
            p.warn("listening beyond loopback over plain HTTP: put a TLS proxy in front of it");
        }
        p.status(format!(
            "  limits: {} connections at once, {}s for a request's headers, {}s idle",
            a.max_connections,
            a.header_timeout.as_secs_f64(),
            a.idle_timeout.as_secs_f64()
        ));
        let line = json!({"url": format!("http://{addr}"), "port": addr.port()});
        let _ = p.raw(&format!("{line}\n"));
        accept_loop(listener, router, &a).await;
        Ok::<_, Error>(())
    })?;
    ctx.printer.status("Webhook ingest stopped");
    Ok(Exit::Ok)
}

/// Serves connections until SIGINT or SIGTERM, then finishes the requests
/// in hand. Each connection has a header-read deadline and an idle
/// timeout; past `--max-connections` open at once a new one is answered 503
/// and closed, so neither slow clients nor a flood hold the server.
async fn accept_loop(listener: tokio::net::TcpListener, router: Router, a: &ServeArgs) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let slots = Arc::new(tokio::sync::Semaphore::new(a.max_connections as usize));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http1 = hyper::server::conn::http1::Builder::new();
    http1.timer(TokioTimer::new()).header_read_timeout(a.header_timeout).keep_alive(true);
    let signal = super::sandbox::wait_for_signal();
    tokio::pin!(signal);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (sock, peer) = match accepted {
                    Ok(x) => x,
                    Err(e) => {
                        // Out of file descriptors and the like: wait, then go on.
                        note(&format!("accepting a connection failed: {e}"));
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let Ok(slot) = slots.clone().try_acquire_owned() else {
                    note(&format!("refused a connection from {peer}: {} connections are open (--max-connections)", a.max_connections));
                    tokio::spawn(busy(sock));
                    continue;
                };
                let io = TokioIo::new(Idle::new(sock, a.idle_timeout));
                let service = hyper_util::service::TowerToHyperService::new(router.clone());
                let conn = graceful.watch(http1.serve_connection(io, service));
                tokio::spawn(async move {
                    let _ = conn.await;
                    drop(slot);
                });
            }
            signal = &mut signal => {
                note(&format!("{signal}: finishing the requests in hand"));
                break;
            }
        }
    }
    drop(listener);
    graceful.shutdown().await;
}

/// The answer to a connection over the bound.
async fn busy(mut sock: tokio::net::TcpStream) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    // Read what the client has already sent (briefly), so closing does not
    // reset the connection before it reads the answer.
    let mut buf = [0u8; 8192];
    let _ = tokio::time::timeout(std::time::Duration::from_millis(100), sock.read(&mut buf)).await;
    let body = r#"{"success":false,"error":"busy","message":"too many connections; retry shortly"}"#;
    let msg = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), async {
        let _ = sock.write_all(msg.as_bytes()).await;
        let _ = sock.shutdown().await;
    })
    .await;
}

/// A connection that fails once no byte has moved either way for the idle
/// timeout.
struct Idle {
    inner: tokio::net::TcpStream,
    idle: std::time::Duration,
    deadline: std::pin::Pin<Box<tokio::time::Sleep>>,
}

impl Idle {
    fn new(inner: tokio::net::TcpStream, idle: std::time::Duration) -> Self {
        Idle { inner, idle, deadline: Box::pin(tokio::time::sleep(idle)) }
    }

    fn progress(&mut self) {
        let at = tokio::time::Instant::now() + self.idle;
        self.deadline.as_mut().reset(at);
    }

    fn expired(&mut self, cx: &mut std::task::Context<'_>) -> bool {
        self.deadline.as_mut().poll(cx).is_ready()
    }
}

fn idle_error() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::TimedOut, "the connection was idle too long")
}

impl tokio::io::AsyncRead for Idle {
    fn poll_read(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &mut tokio::io::ReadBuf<'_>) -> std::task::Poll<std::io::Result<()>> {
        use std::task::Poll;
        let before = buf.filled().len();
        match std::pin::Pin::new(&mut self.inner).poll_read(cx, buf) {
            Poll::Ready(r) => {
                if buf.filled().len() > before {
                    self.progress();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl tokio::io::AsyncWrite for Idle {
    fn poll_write(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, data: &[u8]) -> std::task::Poll<std::io::Result<usize>> {
        use std::task::Poll;
        match std::pin::Pin::new(&mut self.inner).poll_write(cx, data) {
            Poll::Ready(r) => {
                if matches!(r, Ok(n) if n > 0) {
                    self.progress();
                }
                Poll::Ready(r)
            }
            Poll::Pending if self.expired(cx) => Poll::Ready(Err(idle_error())),
            Poll::Pending => Poll::Pending,
        }
    }

    fn poll_flush(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A line in the server's log (stderr), outside text escaped.
#[allow(clippy::print_stderr)]
fn note(line: &str) {
    eprintln!("{}", crate::output::escape_control(line));
}

fn reply(status: StatusCode, error: &str, message: &str) -> Response {
    (status, Json(json!({"success": false, "error": error, "message": message}))).into_response()
}

/// 401 says nothing about why: the reason goes to the server's stderr.
fn unauthorized() -> Response {
    (StatusCode::UNAUTHORIZED, Json(json!({"error": "unauthorized"}))).into_response()
}

/// One request's line in the server's log. The path and the note may hold
/// anything a caller or a payload sent, so both are escaped: no one forges
/// a log line or a terminal escape without authenticating.
fn log(integration: &str, status: u16, note: &str) {
    self::note(&format!("POST /webhooks/{integration} {status} {note}"));
}

async fn receive(State(app): State<Arc<App>>, Path(integration): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
    let name = integration.clone();
    match tokio::task::spawn_blocking(move || handle(&app, &integration, &headers, &body)).await {
        Ok(r) => r,
        Err(_) => {
            log(&name, 500, "the request's task failed");
            reply(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the request could not be handled")
        }
    }
}

fn handle(app: &App, name: &str, headers: &HeaderMap, body: &[u8]) -> Response {
    let store = match app.store.lock() {
        Ok(s) => s,
        Err(p) => p.into_inner(),
    };
    let internal = |what: &str, e: &dyn std::fmt::Display| {
        log(name, 500, &format!("{what}: {e}"));
        reply(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the request could not be handled; see the server's log")
    };
    let integration = match store.integration(&app.org, name) {
        Ok(i) => i,
        Err(Error::NotFound { .. }) => {
            log(name, 404, "no such integration");
            return reply(StatusCode::NOT_FOUND, "not_found", &format!("no integration '{name}'"));
        }
        Err(e) => return internal("the store", &e),
    };
    let sealed = match store.webhook_key(&app.org, &integration.id) {
        Ok(Some(s)) => s,
        Ok(None) => {
            log(name, 401, &format!("no webhook key is set: run `crmctl webhook key {}`", integration.name));
            return unauthorized();
        }
        Err(e) => return internal("the store", &e),
    };
    let master = match app.keys.current(&store) {
        Ok((k, changed)) => {
            if changed {
                note(&format!("the store's master key changed to {}; reloaded it from its source", k.id()));
            }
            k
        }
        // A rotation this process cannot follow: the log says what to restart.
        Err(e) => return internal("the master key", &e),
    };
    let key = match crate::secrets::open(&master, &SealContext { org_id: &app.org.id, record: &integration.id, field: WEBHOOK_KEY_FIELD }, &sealed.sealed) {
        Ok(k) => k,
        Err(e) => return internal("opening the webhook key", &e),
    };
    let header = |h: &str| headers.get(h).and_then(|v| v.to_str().ok());
    let in_body = if header(KEY_HEADER).is_none() && header(SIGNATURE_HEADER).is_none() { webhook::body_api_key(body) } else { None };
    let api_key = header(KEY_HEADER).or(in_body.as_deref());
    let auth = webhook::authenticate(key.expose_secret(), api_key, header(SIGNATURE_HEADER), header(TIMESTAMP_HEADER), body, jiff::Timestamp::now());
    match auth {
        Err(why) => {
            log(name, 401, &format!("refused: {why:?}"));
            return unauthorized();
        }
        Ok(Authenticated::Signature(s)) => match store.remember_signature(&app.org, &integration.id, &s.signature, &crate::store::ts(s.expires_at)) {
            Ok(true) => {}
            Ok(false) => {
                log(name, 401, "refused: a replayed signature");
                return unauthorized();
            }
            Err(e) => return internal("the store", &e),
        },
        Ok(Authenticated::ApiKey) => {}
    }
    if !integration.enabled {
        log(name, 409, "refused: the integration is disabled");
        return reply(
            StatusCode::CONFLICT,
            "integration_disabled",
            &format!("integration '{}' is disabled and takes no pushes; `crmctl integration enable {}` turns it back on", integration.name, integration.name),
        );
    }
    let push = match webhook::parse(body, &integration.id, &integration.name) {
        Ok(x) => x,
        Err(b) => {
            log(name, b.status, &b.message);
            let status = StatusCode::from_u16(b.status).unwrap_or(StatusCode::BAD_REQUEST);
            return reply(status, b.error, &b.message);
        }
    };
    let target = match Target::load(&store, &app.catalog, &app.org, &master, integration) {
        Ok(t) => t,
        Err(e) => return internal("opening the integration", &e),
    };
    // A test hook: hold a request in flight (to check a SIGTERM waits for it).
    crate::debug::hold("webhook:ingest");
    match sync::ingest(&store, &target, push.stream, &push.records, push.sync_log_id.as_deref()) {
        Ok(r) => {
            let from = push.source_type.map(|s| format!(" from {s}")).unwrap_or_default();
            log(name, 200, &format!("{}{from}: {} processed, {} created, {} updated, {} unchanged, {} failed", r.data_type, r.processed, r.created, r.updated, r.unchanged, r.failed));
            (StatusCode::OK, Json(webhook::answer(&r))).into_response()
        }
        Err(Error::Usage { message, .. }) => {
            log(name, 422, &message);
            reply(StatusCode::UNPROCESSABLE_ENTITY, "invalid_payload", &message)
        }
        Err(e) => internal("storing the records", &e),
    }
}
