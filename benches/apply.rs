//! `crmctl apply` at scale: N integrations (Zendesk, a secret reference
//! each, one mapping each) across 10 orgs, as one directory of files.
//! Times the first apply (everything created), a re-apply (plan only:
//! every secret opened and compared, nothing written), an apply after 10%
//! of the files changed, `export --all-orgs`, and a sealed export + apply
//! into a fresh store.
//!
//! `cargo bench --bench apply`; figures in the README.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn write_files(dir: &Path, n: usize, edited: bool) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for org in 0..10 {
        let mut text = format!("kind: org\nname: org-{org:02}\nsettings: {{agent_limit: 5}}\n");
        for i in (org..n).step_by(10) {
            let priority = if edited && i % 10 == 0 { 50 } else { 20 };
            text.push_str(&format!(
                "---\nkind: integration\norg: org-{org:02}\nname: zd-{i:05}\nprovider: zendesk\npriority: {priority}\n\
                 events: [escalation]\nfields: {{subdomain: tenant{i}, email: ops@tenant{i}.example}}\n\
                 secrets: {{api_token: \"${{env:ZD_TOKEN}}\"}}\n\
                 mappings:\n  - {{stream: contacts, target: email, source: Email, transforms: [trim, lower]}}\n"
            ));
        }
        std::fs::write(dir.join(format!("org-{org:02}.yaml")), text).unwrap();
    }
}

fn main() {
    if std::env::args().any(|a| a == "--test") || std::env::args().all(|a| a != "--bench") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_crmctl");
    for n in [1_000usize, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("conf");
        let run = |db: &Path, key: &str, args: &[&str]| -> Duration {
            let started = Instant::now();
            let out = Command::new(bin)
                .args(args)
                .env("CRMCTL_DB", db)
                .env("CRMCTL_MASTER_KEY", key)
                .env("CRMCTL_BUNDLE_PASSPHRASE", "bench passphrase")
                .env("ZD_TOKEN", "zd-bench-token-0123456789")
                .env("NO_COLOR", "1")
                .output()
                .unwrap();
            assert!(out.status.code().is_some_and(|c| c == 0 || c == 4), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            started.elapsed()
        };
        let key = crmctl::secrets::MasterKey::generate().to_base64().to_string();
        let db = dir.path().join("a.db");
        run(&db, &key, &["key", "init"]);
        write_files(&files, n, false);
        let f = files.to_str().unwrap();
        let plan_empty = run(&db, &key, &["apply", "-f", f, "--dry-run", "-o", "json"]);
        let create = run(&db, &key, &["apply", "-f", f, "-o", "json"]);
        let noop = run(&db, &key, &["apply", "-f", f, "-o", "json"]);
        write_files(&files, n, true);
        let update = run(&db, &key, &["apply", "-f", f, "-o", "json"]);
        let export = run(&db, &key, &["export", "--all-orgs", "--out", dir.path().join("export.yaml").to_str().unwrap()]);
        let bundle = dir.path().join("setup.bundle");
        let sealed = run(&db, &key, &["export", "--all-orgs", "--sealed", bundle.to_str().unwrap()]);
        let key2 = crmctl::secrets::MasterKey::generate().to_base64().to_string();
        let db2 = dir.path().join("b.db");
        run(&db2, &key2, &["key", "init"]);
        let restore = run(&db2, &key2, &["apply", "--sealed", bundle.to_str().unwrap(), "-o", "json"]);
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!("{n} integrations in 10 orgs:");
        println!("  plan on an empty store (dry run)   {:>9.0} ms", ms(plan_empty));
        println!("  first apply (all created)          {:>9.0} ms  ({:.0} integrations/s)", ms(create), n as f64 / create.as_secs_f64());
        println!("  re-apply, nothing changed          {:>9.0} ms", ms(noop));
        println!("  apply with 10% changed             {:>9.0} ms", ms(update));
        println!("  export --all-orgs                  {:>9.0} ms", ms(export));
        println!("  export --sealed (Argon2id incl.)   {:>9.0} ms", ms(sealed));
        println!("  apply --sealed into a fresh store  {:>9.0} ms", ms(restore));
    }
}
