//! What the end-to-end benchmarks share: resident memory readings, a
//! reporter that samples them, a store with a sandbox integration, and the
//! target that reads the sandbox.

// Each benchmark uses part of this.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::Mutex;

use crmctl::engine::{Reporter, Target};
use crmctl::secrets::sources::SourceKind;
use crmctl::secrets::MasterKey;
use crmctl::store::{NewIntegration, Org, Store};
use crmctl::templates::Catalog;

/// A `/proc/self/status` field in KiB (`VmRSS:`, `VmHWM:`).
pub fn rss_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// Samples resident memory every tenth of a run.
pub struct Sampler {
    pub total: u64,
    pub next: Mutex<u64>,
    pub rows: Mutex<Vec<(u64, u64)>>,
    pub max_rss: Mutex<u64>,
}

impl Sampler {
    pub fn new(total: u64) -> Self {
        Sampler { total, next: Mutex::new(0), rows: Mutex::new(Vec::new()), max_rss: Mutex::new(rss_kib("VmRSS:")) }
    }
}

impl Reporter for Sampler {
    fn progress(&self, done: u64, _total: Option<u64>, _note: &str) {
        let rss = rss_kib("VmRSS:");
        let mut m = self.max_rss.lock().unwrap();
        *m = (*m).max(rss);
        let mut next = self.next.lock().unwrap();
        if done >= *next {
            self.rows.lock().unwrap().push((done, rss));
            *next += (self.total / 10).max(1);
        }
    }
}

/// A new store at `db` with a sandbox integration `sbx` at `base_url`.
pub fn new_store(db: &std::path::Path, base_url: &str) -> (Store, Org, String) {
    let mut store = Store::open_or_create(db).unwrap();
    let key = MasterKey::generate();
    store.init_key(&key, SourceKind::Env, None).unwrap();
    let org = store.org("default").unwrap();
    let id = uuid::Uuid::now_v7().to_string();
    store
        .insert_integration(
            &org,
            &NewIntegration {
                id: id.clone(),
                name: "sbx".into(),
                provider: "sandbox".into(),
                assistant_id: None,
                base_url: None,
                enabled: true,
                priority: 10,
                events: vec![],
                conditions: None,
                on_failure: "continue".into(),
                fields: BTreeMap::from([("base_url".into(), base_url.to_string())]),
            },
            &[],
        )
        .unwrap();
    (store, org, id)
}

/// The target that reads the sandbox through the store's `sbx`.
pub fn sandbox_target(store: &Store, org: &Org, base: &str, api_key: &str) -> Target {
    let integration = store.integration(org, "sbx").unwrap();
    let catalog = Catalog::load(&[]).unwrap();
    let template = catalog.get("sandbox").unwrap().template.clone();
    let mut secrets = BTreeMap::new();
    secrets.insert("api_key".to_string(), crmctl::secrets::Secret::new(api_key.to_string()));
    Target {
        org: org.clone(),
        name: integration.name.clone(),
        fields: integration.fields.clone(),
        integration: Some(integration),
        template,
        secrets,
        base_url: base.to_string(),
    }
}

/// A sink that answers every call at once, like the sandbox's log_call.
pub async fn start_sink(hits: std::sync::Arc<std::sync::atomic::AtomicU64>) -> String {
    use axum::routing::post;
    let app = axum::Router::new().route(
        "/api/v1/calls",
        post(move || {
            let hits = hits.clone();
            async move {
                let n = hits.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                (axum::http::StatusCode::CREATED, axum::Json(serde_json::json!({"id": n, "interaction_id": format!("ix-{n}")})))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}
