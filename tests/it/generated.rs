//! completions/ and man/ are generated from the clap definition and
//! committed; these tests fail when they drift. `CRMCTL_BLESS=1 cargo test
//! --test it generated` rewrites them.

use std::path::Path;

use crmctl::commands::completions::{man_pages, script, script_file, SHELLS};

fn check(dir: &str, files: Vec<(String, String)>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let bless = std::env::var_os("CRMCTL_BLESS").is_some();
    if bless {
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
    }
    let mut stale = Vec::new();
    for (name, text) in &files {
        let path = root.join(name);
        if bless {
            std::fs::write(&path, text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let expected: std::collections::BTreeSet<_> = files.iter().map(|(n, _)| n.clone()).collect();
    let extra: Vec<_> = std::fs::read_dir(&root)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_else(|_| Vec::new())
        .into_iter()
        .filter(|n: &String| !expected.contains(n))
        .collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "{dir}/ is out of date with the clap definition (stale: {stale:?}, not generated: {extra:?}); \
         run `CRMCTL_BLESS=1 cargo test --test it generated` and commit the result"
    );
}

#[test]
fn completions_match_the_cli_definition() {
    check("completions", SHELLS.iter().map(|s| (script_file(*s), script(*s))).collect());
}

#[test]
fn man_pages_match_the_cli_definition() {
    let pages = man_pages();
    assert!(pages.iter().any(|(n, _)| n == "crmctl-integration-add.1"));
    check("man", pages);
}

#[test]
fn completions_command_prints_the_committed_script() {
    let env = crate::common::TestEnv::new();
    let out = env.ok(&["completions", "bash"]);
    assert_eq!(out, script(clap_complete::Shell::Bash));
    assert!(out.contains("integration"), "the script completes subcommands");
}

#[test]
fn committed_json_schemas_match_the_types() {
    let pretty = |v: serde_json::Value| serde_json::to_string_pretty(&v).unwrap() + "\n";
    check(
        "sample-configs/schema",
        vec![
            ("apply.json".into(), pretty(crmctl::apply::json_schema())),
            ("template.json".into(), pretty(crmctl::templates::json_schema())),
        ],
    );
}

#[test]
fn schema_command_prints_the_committed_schemas() {
    let env = crate::common::TestEnv::new();
    for (kind, file) in [("apply", "apply.json"), ("template", "template.json")] {
        let out = env.ok(&["schema", kind]);
        let committed = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-configs/schema").join(file)).unwrap();
        assert_eq!(out, committed, "crmctl schema {kind}");
    }
    let apply: serde_json::Value = serde_json::from_str(&env.ok(&["schema", "apply"])).unwrap();
    assert_eq!(apply["properties"]["kind"]["$ref"], "#/$defs/Kind", "{apply:#}");
    assert_eq!(apply["$defs"]["Kind"]["enum"], serde_json::json!(["org", "assistant", "integration"]));
    assert_eq!(apply["additionalProperties"], false, "unknown keys are flagged by editors too");
}
