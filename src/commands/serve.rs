//! `crmctl serve`: the webhook ingest endpoint, `POST /webhooks/{integration}`,
//! until SIGINT or SIGTERM (requests in hand are finished first).

use std::path::PathBuf;
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
    db: PathBuf,
}

pub fn run(ctx: &Ctx, a: ServeArgs) -> Result<Exit> {
    let store = ctx.store()?;
    let org = ctx.org(&store)?;
    let keys = ctx.key_watch(&store)?;
    let catalog = ctx.catalog()?;
    let app = Arc::new(App { org, keys, catalog, store: Mutex::new(store), db: ctx.settings.db.clone() });
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
        p.status(format!("  store: {}; largest body: {} bytes", app.db.display(), a.max_body));
        if !addr.ip().is_loopback() {
            p.warn("listening beyond loopback over plain HTTP: put a TLS proxy in front of it");
        }
        let line = json!({"url": format!("http://{addr}"), "port": addr.port()});
        let _ = p.raw(&format!("{line}\n"));
        axum::serve(listener, router)
            .with_graceful_shutdown(async {
                let signal = super::sandbox::wait_for_signal().await;
                #[allow(clippy::print_stderr)]
                {
                    eprintln!("{signal}: finishing the requests in hand");
                }
            })
            .await
            .map_err(|e| Error::Failed { message: format!("serving: {e}") })?;
        Ok::<_, Error>(())
    })?;
    ctx.printer.status("Webhook ingest stopped");
    Ok(Exit::Ok)
}

fn reply(status: StatusCode, error: &str, message: &str) -> Response {
    (status, Json(json!({"success": false, "error": error, "message": message}))).into_response()
}

/// 401 says nothing about why: the reason goes to the server's stderr.
fn unauthorized() -> Response {
    (StatusCode::UNAUTHORIZED, Json(json!({"error": "unauthorized"}))).into_response()
}

#[allow(clippy::print_stderr)]
fn log(integration: &str, status: u16, note: &str) {
    eprintln!("POST /webhooks/{integration} {status} {note}");
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
            #[allow(clippy::print_stderr)]
            if changed {
                eprintln!("the store's master key changed to {}; reloaded it from its source", k.id());
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
