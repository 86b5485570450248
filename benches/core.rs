//! Core costs: sealing, key derivation, the store, the template catalog, and
//! a whole CLI invocation. `cargo bench --bench core`; figures in the README.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use crmctl::secrets::{derive_key, open, seal, KdfParams, MasterKey, SealContext};
use crmctl::store::{NewIntegration, SealedField, Store};
use crmctl::templates::Catalog;

fn secrets(c: &mut Criterion) {
    let key = MasterKey::generate();
    let ctx = SealContext { org_id: "org", record: "integration", field: "api_token" };
    let secret = vec![b'x'; 200];
    let sealed = seal(&key, &ctx, &secret);
    let mut g = c.benchmark_group("secrets");
    g.bench_function("seal_200_bytes", |b| b.iter(|| seal(&key, &ctx, black_box(&secret))));
    g.bench_function("open_200_bytes", |b| b.iter(|| open(&key, &ctx, black_box(&sealed)).unwrap()));
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    let params = KdfParams { algorithm: "argon2id".into(), m_cost: 64 * 1024, t_cost: 3, p_cost: 1, salt: "c2FsdHNhbHRzYWx0c2FsdA==".into() };
    g.bench_function("argon2id_64MiB_t3", |b| b.iter(|| derive_key(black_box("passphrase"), &params).unwrap()));
    g.finish();
}

fn new_integration(i: usize) -> NewIntegration {
    NewIntegration {
        id: uuid::Uuid::now_v7().to_string(),
        name: format!("zendesk-{i}"),
        provider: "zendesk".into(),
        assistant_id: None,
        base_url: None,
        enabled: true,
        priority: (i % 50) as i64,
        events: vec!["escalation".into()],
        conditions: None,
        on_failure: "continue".into(),
        fields: BTreeMap::from([("subdomain".into(), "acme".into()), ("email".into(), "ops@acme.com".into())]),
    }
}

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("bench.db")).unwrap();
    let org = store.org("default").unwrap();
    let key = MasterKey::generate();
    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Elements(1));
    let mut n = 0usize;
    g.bench_function("insert_integration_with_sealed_secret", |b| {
        b.iter_batched(
            || {
                n += 1;
                new_integration(n)
            },
            |new| {
                let ctx = SealContext { org_id: &org.id, record: &new.id, field: "api_token" };
                let sealed = vec![SealedField { field: "api_token".into(), sealed: seal(&key, &ctx, b"token-0123456789"), key_id: key.id().into() }];
                store.insert_integration(&org, &new, &sealed).unwrap()
            },
            BatchSize::SmallInput,
        )
    });
    drop(g);

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("list.db")).unwrap();
    let org = store.org("default").unwrap();
    for i in 0..1000 {
        store.insert_integration(&org, &new_integration(i), &[]).unwrap();
    }
    let mut g = c.benchmark_group("store");
    g.throughput(Throughput::Elements(1000));
    g.bench_function("list_1000_integrations", |b| b.iter(|| store.integrations(&org).unwrap()));
    g.finish();
}

fn catalog(c: &mut Criterion) {
    c.bench_function("catalog/one_template", |b| {
        b.iter(|| Catalog::load(&[]).unwrap().get("zendesk").map(|e| e.template.fields.len()).unwrap())
    });
    c.bench_function("catalog/all_16_templates", |b| b.iter(|| Catalog::load(&[]).unwrap().all().unwrap().len()));
}

fn cli(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let key = MasterKey::generate();
    let bin = env!("CARGO_BIN_EXE_crmctl");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(bin)
            .args(args)
            .env("CRMCTL_DB", &db)
            .env("CRMCTL_MASTER_KEY", key.to_base64().as_str())
            .env("ZD", "token-0123456789")
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["key", "init"]);
    for i in 0..20 {
        run(&["integration", "add", "zendesk", "--name", &format!("zd-{i}"), "--field", "subdomain=acme", "--field", "email=a@b.co", "--secret", "api_token=env:ZD"]);
    }
    let mut g = c.benchmark_group("cli");
    g.sample_size(30);
    g.bench_function("integration_list_20_json", |b| b.iter(|| run(&["integration", "list", "-o", "json"])));
    g.bench_function("integration_show_decrypts", |b| b.iter(|| run(&["integration", "show", "zd-7"])));
    g.finish();
}

criterion_group!(benches, secrets, store, catalog, cli);
criterion_main!(benches);
