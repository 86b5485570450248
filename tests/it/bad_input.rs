//! Bad input: every case gets a clear message naming the problem, exit code
//! 2, and leaves the store exactly as it was (or, with no store yet, creates
//! none).

use std::process::Output;

use crate::common::*;
use crate::snapshot;

// ---------------------------------------------------------------------------
// Helpers (also used by canary.rs)
// ---------------------------------------------------------------------------

/// A direct connection to the test's store, for checks and tampering.
pub(crate) fn db(env: &TestEnv) -> crmctl::store::Db {
    store_db(env)
}

/// Every row of every table, as text, sorted: equal before and after means
/// nothing was written.
pub(crate) fn dump(env: &TestEnv) -> String {
    let c = db(env);
    let mut out = String::new();
    for table in ["meta", "master_keys", "orgs", "assistants", "integrations", "integration_secrets"] {
        let mut rows: Vec<String> = c
            .query_map(&format!("SELECT * FROM {table}"), (), |r| {
                (0..r.len()).map(|i| r.get::<crmctl::store::db::Val>(i)).collect::<Result<Vec<_>, _>>()
            })
            .unwrap()
            .into_iter()
            .map(|r| format!("{r:?}"))
            .collect();
        rows.sort();
        out.push_str(&format!("{table}:\n  {}\n", rows.join("\n  ")));
    }
    out
}

/// The id of an integration of the default org, by name.
pub(crate) fn integration_id(env: &TestEnv, name: &str) -> String {
    env.json(&["integration", "show", name])["id"].as_str().unwrap().to_string()
}

/// The sealed value of one secret field of one integration.
pub(crate) fn sealed(env: &TestEnv, integration_id: &str, field: &str) -> String {
    db(env)
        .query_row(
            "SELECT sealed FROM integration_secrets WHERE integration_id = ?1 AND field = ?2",
            (integration_id, field),
            |r| r.get(0),
        )
        .expect("sealed value exists")
}

pub(crate) fn set_sealed(env: &TestEnv, integration_id: &str, field: &str, value: &str) {
    let n = db(env)
        .execute(
            "UPDATE integration_secrets SET sealed = ?1 WHERE integration_id = ?2 AND field = ?3",
            (value, integration_id, field),
        )
        .unwrap();
    assert_eq!(n, 1, "exactly one sealed value was replaced");
}

/// The sealed value with one character of its base64 part changed (to
/// another valid base64 character, so it still decodes).
pub(crate) fn tamper(sealed: &str) -> String {
    let (head, b64) = sealed.rsplit_once(':').expect("crmctl:v1:<key id>:<base64>");
    let mut chars: Vec<char> = b64.chars().collect();
    let i = 20.min(chars.len() - 3);
    chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
    let tampered = format!("{head}:{}", chars.into_iter().collect::<String>());
    assert_ne!(tampered, sealed);
    tampered
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What "nothing was written" is checked against.
struct Before {
    list: serde_json::Value,
    dump: String,
}

/// An initialised store with one integration in it, so "unchanged" is
/// about something.
fn store_with_one() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("existing", "existing-token-0123456789");
    env
}

fn before(env: &TestEnv) -> Before {
    Before { list: env.json(&["integration", "list"]), dump: dump(env) }
}

fn assert_unchanged(env: &TestEnv, before: &Before, what: &str) {
    assert_eq!(env.json(&["integration", "list"]), before.list, "integration list changed after {what}");
    assert_eq!(dump(env), before.dump, "the store's rows changed after {what}");
}

fn assert_usage_error(out: &Output, what: &str) {
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: expected exit 2\nstdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
    assert!(stdout(out).is_empty(), "{what}: nothing on stdout for an error, got:\n{}", stdout(out));
    assert!(stderr(out).starts_with("error: "), "{what}: stderr starts with the error:\n{}", stderr(out));
}

const ZD: &[&str] = &[
    "integration", "add", "zendesk", "--name", "zd-new",
    "--field", "subdomain=acme", "--field", "email=ops@acme.com",
];

/// `integration add zendesk --name zd-new` with the fields above plus `extra`.
fn zd_add(extra: &[&str]) -> Vec<String> {
    ZD.iter().chain(extra).map(|s| s.to_string()).collect()
}

fn run_owned(env: &TestEnv, args: &[String]) -> Output {
    env.cmd().args(args).output().unwrap()
}

// ---------------------------------------------------------------------------
// Malformed YAML
// ---------------------------------------------------------------------------

const MALFORMED_INTEGRATION: &str = "\
provider: zendesk
name: zd-file
fields:
  subdomain: acme
  email: \"ops@acme.com
secrets:
  api_token: env:ZD_TOKEN
";

#[test]
fn malformed_integration_file_names_file_line_and_column() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let file = env.write("work/zd.yaml", MALFORMED_INTEGRATION);
    let b = before(&env);
    let out = snapshot!(
        env,
        "bad_input_malformed_integration_file",
        env.run(&["integration", "add", "--from-file", file.to_str().unwrap()])
    );
    assert_usage_error(&out, "malformed --from-file");
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:5:", file.display())), "names the file and line 5:\n{err}");
    let col: u32 = err
        .split(&format!("{}:5:", file.display()))
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|c| c.parse().ok())
        .expect("a column after the line");
    assert!(col > 0, "a real column: {err}");
    assert_unchanged(&env, &b, "a malformed --from-file");
}

const MALFORMED_TEMPLATE: &str = "\
id: broken
name: Broken
category: crm
auth:
  type: none
fields:
  - key: account
    label: \"Account
";

#[test]
fn malformed_user_template_names_file_line_and_column() {
    let mut env = store_with_one();
    let path = env.write("config/crmctl/templates/broken.yaml", MALFORMED_TEMPLATE);
    let b = before(&env);
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN"]);
    let out = snapshot!(env, "bad_input_malformed_user_template", run_owned(&env, &args));
    assert_usage_error(&out, "a broken user template");
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:8:", path.display())), "names the template file and line 8:\n{err}");
    assert_unchanged(&env, &b, "add with a broken user template");

    // Listing templates names the same file.
    let out = env.run(&["template", "list"]);
    assert_usage_error(&out, "template list with a broken user template");
    assert!(stderr(&out).contains(&format!("{}:8:", path.display())), "{}", stderr(&out));
}

#[test]
fn template_validate_names_file_line_and_column_of_a_syntax_error() {
    let env = TestEnv::new();
    env.write("work/broken.yaml", MALFORMED_TEMPLATE);
    let out = snapshot!(env, "bad_input_template_validate_syntax", env.run(&["template", "validate", "broken.yaml"]));
    assert_usage_error(&out, "template validate of a malformed file");
    assert!(stderr(&out).contains("broken.yaml:8:"), "{}", stderr(&out));
    assert!(!env.db.exists(), "template validate creates no store");
}

/// A syntax error reads `error: FILE:LINE:COLUMN: message`: the location
/// once, and one `error:` prefix, whichever YAML file it is in.
#[test]
fn yaml_syntax_errors_state_the_location_once() {
    let env = TestEnv::new();
    let file = env.write("work/zd.yaml", MALFORMED_INTEGRATION);
    env.write("work/broken.yaml", MALFORMED_TEMPLATE);
    for args in [
        vec!["integration", "add", "--from-file", file.to_str().unwrap()],
        vec!["template", "validate", "broken.yaml"],
    ] {
        let out = env.run(&args);
        assert_usage_error(&out, &format!("{args:?}"));
        let err = stderr(&out);
        assert_eq!(err.matches("error:").count(), 1, "{args:?}: one error prefix:\n{err}");
        assert!(!err.contains(" column "), "{args:?}: the location is given once, as FILE:LINE:COLUMN:\n{err}");
    }
}

// ---------------------------------------------------------------------------
// Providers and fields
// ---------------------------------------------------------------------------

#[test]
fn unknown_provider_lists_the_available_templates() {
    let env = store_with_one();
    let b = before(&env);
    let out = env.run(&["integration", "add", "zendeks", "--name", "x"]);
    // The list of templates grows; keep the snapshot about the message.
    let mut settings = filters(&env);
    settings.add_filter(r"available: [a-z0-9_, -]+;", "available: [TEMPLATES];");
    settings.bind(|| insta::assert_snapshot!("bad_input_unknown_provider", transcript(&out)));
    assert_usage_error(&out, "unknown provider");
    let err = stderr(&out);
    assert!(err.contains("provider template 'zendeks' not found"), "{err}");
    let hint = err.lines().find(|l| l.starts_with("hint: ")).expect("a hint line");
    for id in ["zendesk", "hubspot", "chatwoot", "custom_rest"] {
        assert!(hint.contains(id), "the hint lists {id}: {hint}");
    }
    assert_unchanged(&env, &b, "an unknown provider");
}

#[test]
fn missing_required_fields_without_a_tty_names_each_field_and_its_flag() {
    let env = store_with_one();
    let b = before(&env);
    let out = snapshot!(
        env,
        "bad_input_missing_required_fields",
        env.run(&["integration", "add", "zendesk", "--name", "zd-new"])
    );
    assert_usage_error(&out, "missing fields");
    let err = stderr(&out);
    for (field, flag) in [
        ("subdomain", "--field subdomain="),
        ("email", "--field email="),
        ("api_token", "--secret api_token=env:VAR"),
    ] {
        let line = err
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("- {field} ")))
            .unwrap_or_else(|| panic!("{field} is named:\n{err}"));
        assert!(line.contains(flag), "the line for {field} gives {flag}: {line}");
    }
    assert_unchanged(&env, &b, "missing required fields");
}

#[test]
fn missing_only_some_fields_names_just_those() {
    let env = store_with_one();
    let out = env.run(&["integration", "add", "zendesk", "--name", "zd-new", "--field", "subdomain=acme"]);
    assert_usage_error(&out, "some fields missing");
    let err = stderr(&out);
    assert!(err.contains("- email "), "{err}");
    assert!(err.contains("- api_token "), "{err}");
    assert!(!err.contains("- subdomain "), "subdomain was given:\n{err}");
}

#[test]
fn field_failing_its_pattern_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args: Vec<String> = [
        "integration", "add", "zendesk", "--name", "zd-new",
        "--field", "subdomain=acme.zendesk.com", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let out = snapshot!(env, "bad_input_pattern_mismatch", run_owned(&env, &args));
    assert_usage_error(&out, "pattern mismatch");
    let err = stderr(&out);
    assert!(err.contains("subdomain"), "{err}");
    // In words, with the template's help and example, not the raw pattern.
    assert!(err.contains("is not a valid subdomain") && err.contains("e.g. acme"), "{err}");
    assert!(!err.contains("^[a-z0-9]"), "{err}");
    assert!(err.contains("template show zendesk"), "the hint points at the template:\n{err}");
    assert_unchanged(&env, &b, "a value failing its pattern");
}

#[test]
fn field_with_the_wrong_type_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args = [
        "integration", "add", "zendesk", "--name", "zd-new",
        "--field", "subdomain=acme", "--field", "email=not-an-email",
        "--secret", "api_token=env:ZD_TOKEN",
    ];
    let out = env.run(&args);
    assert_usage_error(&out, "bad email");
    assert!(stderr(&out).contains("email='not-an-email': not an email address"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a bad email");
}

#[test]
fn unknown_field_is_refused_with_the_template_fields() {
    let env = store_with_one();
    let b = before(&env);
    let out = env.run(&["integration", "add", "zendesk", "--name", "zd-new", "--field", "colour=blue"]);
    assert_usage_error(&out, "unknown field");
    let err = stderr(&out);
    assert!(err.contains("'colour' is not a field of zendesk"), "{err}");
    assert!(err.contains("subdomain, email, api_token"), "{err}");
    assert_unchanged(&env, &b, "an unknown --field");
}

// ---------------------------------------------------------------------------
// Secrets on the command line
// ---------------------------------------------------------------------------

#[test]
fn plain_secret_on_argv_is_refused_without_echoing_it() {
    let env = store_with_one();
    let b = before(&env);
    let args = zd_add(&["--secret", "api_token=hunter2-plain"]);
    let out = snapshot!(env, "bad_input_plain_secret", run_owned(&env, &args));
    assert_usage_error(&out, "plain secret");
    let err = stderr(&out);
    assert!(err.contains("cannot be given as a plain value"), "{err}");
    assert!(err.contains("hint: use --secret api_token=env:VAR"), "the hint gives the sources:\n{err}");
    assert!(!err.contains("hunter2"), "the plain value is not echoed:\n{err}");
    assert!(!stdout(&out).contains("hunter2"));
    assert_unchanged(&env, &b, "a plain secret");
}

#[test]
fn plain_secret_is_refused_by_edit_too() {
    let env = store_with_one();
    let b = before(&env);
    let out = env.run(&["integration", "edit", "existing", "--secret", "api_token=hunter2-plain"]);
    assert_usage_error(&out, "plain secret on edit");
    assert!(!stderr(&out).contains("hunter2"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a plain secret on edit");
}

#[test]
fn secret_field_given_with_field_is_refused_without_echoing_it() {
    let env = store_with_one();
    let b = before(&env);
    let args = zd_add(&["--field", "api_token=hunter2-plain"]);
    let out = snapshot!(env, "bad_input_secret_as_field", run_owned(&env, &args));
    assert_usage_error(&out, "secret via --field");
    let err = stderr(&out);
    assert!(err.contains("api_token is a secret field"), "{err}");
    assert!(err.contains("--secret api_token=env:VAR"), "{err}");
    assert!(!err.contains("hunter2"), "the value is not echoed:\n{err}");
    assert_unchanged(&env, &b, "a secret given with --field");

    let out = env.run(&["integration", "edit", "existing", "--field", "api_token=hunter2-plain"]);
    assert_usage_error(&out, "secret via --field on edit");
    assert!(!stderr(&out).contains("hunter2"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a secret given with --field to edit");
}

#[test]
fn secret_from_an_unset_variable_is_refused() {
    let env = store_with_one();
    let b = before(&env);
    let args = zd_add(&["--secret", "api_token=env:NOT_SET_ANYWHERE"]);
    let out = env.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_usage_error(&out, "unset env var");
    assert!(stderr(&out).contains("environment variable NOT_SET_ANYWHERE is not set"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "an unset secret variable");
}

// ---------------------------------------------------------------------------
// Keys and sealed values
// ---------------------------------------------------------------------------

#[test]
fn wrong_key_fails_add_and_show() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let other = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &other);

    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN"]);
    let out = snapshot!(env, "bad_input_wrong_key_add", run_owned(&env, &args));
    assert_usage_error(&out, "add with a wrong key");
    assert!(stderr(&out).contains("wrong key"), "{}", stderr(&out));

    let out = snapshot!(env, "bad_input_wrong_key_show", env.run(&["integration", "show", "existing"]));
    assert_usage_error(&out, "show with a wrong key");
    assert!(stderr(&out).contains("wrong key"), "{}", stderr(&out));

    assert_unchanged(&env, &b, "commands with a wrong key");
}

#[test]
fn wrong_key_fails_an_edit_that_replaces_a_secret() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "another-token-0123456789");
    let b = before(&env);
    let other = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &other);
    let out = env.run(&["integration", "edit", "existing", "--secret", "api_token=env:ZD_TOKEN"]);
    assert_usage_error(&out, "edit --secret with a wrong key");
    assert!(stderr(&out).contains("wrong key"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "edit --secret with a wrong key");
}

/// The wrong-key error says "nothing was written"; an edit of a plain field
/// must then indeed write nothing.
#[test]
fn wrong_key_fails_an_edit_of_a_plain_field_without_writing() {
    let mut env = store_with_one();
    let b = before(&env);
    let other = env.generate_key();
    env.set("CRMCTL_MASTER_KEY", &other);
    let out = env.run(&["integration", "edit", "existing", "--priority", "5"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("wrong key"), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was written"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "edit --priority with a wrong key (which says nothing was written)");
    assert!(!stderr(&out).contains("Updated integration"), "a failed edit must not report an update:\n{}", stderr(&out));
    assert_usage_error(&out, "edit --priority with a wrong key");
}

#[test]
fn malformed_master_key_is_refused() {
    let mut env = store_with_one();
    let b = before(&env);
    env.set("CRMCTL_MASTER_KEY", "not base64!");
    let out = env.run(&["integration", "show", "existing"]);
    assert_usage_error(&out, "malformed CRMCTL_MASTER_KEY");
    assert!(stderr(&out).contains("CRMCTL_MASTER_KEY is not valid base64"), "{}", stderr(&out));
    env.set("CRMCTL_MASTER_KEY", "AAAA");
    let out = env.run(&["integration", "show", "existing"]);
    assert_usage_error(&out, "short CRMCTL_MASTER_KEY");
    assert!(stderr(&out).contains("32 bytes"), "{}", stderr(&out));
    assert_eq!(dump(&env), b.dump);
}

#[test]
fn tampered_sealed_value_fails_to_open() {
    let env = store_with_one();
    let id = integration_id(&env, "existing");
    let original = sealed(&env, &id, "api_token");
    set_sealed(&env, &id, "api_token", &tamper(&original));
    let b = before(&env);

    let out = snapshot!(env, "bad_input_tampered_show", env.run(&["integration", "show", "existing"]));
    assert_usage_error(&out, "show of a tampered value");
    let err = stderr(&out);
    assert!(err.contains("failed to open"), "{err}");
    assert!(err.contains(&format!("{id}.api_token")), "names the record and field:\n{err}");
    assert!(err.contains("integration edit NAME --secret"), "says how to repair it:\n{err}");
    assert_unchanged(&env, &b, "show of a tampered value");

    // The unmodified value opens again: the failure was the tampering.
    set_sealed(&env, &id, "api_token", &original);
    env.ok(&["integration", "show", "existing"]);
}

#[test]
fn sealed_value_copied_from_another_integration_fails_to_open() {
    let mut env = store_with_one();
    env.add_zendesk("second", "second-token-0123456789");
    let first = integration_id(&env, "existing");
    let second = integration_id(&env, "second");
    let copied = sealed(&env, &second, "api_token");
    set_sealed(&env, &first, "api_token", &copied);
    let b = before(&env);

    let out = env.run(&["integration", "show", "existing"]);
    assert_usage_error(&out, "show of a copied value");
    assert!(stderr(&out).contains("failed to open"), "{}", stderr(&out));
    assert!(stderr(&out).contains("copied from another record"), "{}", stderr(&out));
    // The row it was copied from still opens.
    env.ok(&["integration", "show", "second"]);
    assert_unchanged(&env, &b, "show of a copied value");
}

#[test]
fn a_failed_edit_over_a_tampered_value_writes_nothing() {
    let env = store_with_one();
    let id = integration_id(&env, "existing");
    set_sealed(&env, &id, "api_token", &tamper(&sealed(&env, &id, "api_token")));
    let b = before(&env);
    let out = env.run(&["integration", "edit", "existing", "--priority", "7"]);
    // Either the edit of a plain field succeeds, or it fails and writes nothing;
    // failing after writing leaves the user unsure what happened.
    if !out.status.success() {
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_unchanged(&env, &b, "a failed edit over a tampered value");
    }
}

#[test]
fn tampered_value_can_be_repaired_with_edit_secret() {
    let mut env = store_with_one();
    let id = integration_id(&env, "existing");
    set_sealed(&env, &id, "api_token", &tamper(&sealed(&env, &id, "api_token")));
    env.set("ZD_TOKEN", "replacement-token-9876");
    env.ok(&["integration", "edit", "existing", "--secret", "api_token=env:ZD_TOKEN"]);
    let shown = env.json(&["integration", "show", "existing"]);
    assert_eq!(shown["secrets"]["api_token"], "****9876");
}

// ---------------------------------------------------------------------------
// Base URLs
// ---------------------------------------------------------------------------

#[test]
fn non_https_remote_base_url_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--base-url", "http://example.com"]);
    let out = snapshot!(env, "bad_input_http_base_url", run_owned(&env, &args));
    assert_usage_error(&out, "http base url");
    assert!(stderr(&out).contains("'http://example.com' is not https"), "{}", stderr(&out));
    assert!(stderr(&out).contains("loopback"), "the hint says where http is allowed:\n{}", stderr(&out));
    assert_unchanged(&env, &b, "an http base URL");

    let out = env.run(&["integration", "edit", "existing", "--base-url", "http://example.com"]);
    assert_usage_error(&out, "http base url on edit");
    assert_unchanged(&env, &b, "an http base URL on edit");

    for bad in ["ftp://example.com", "not a url"] {
        let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--base-url", bad]);
        let out = run_owned(&env, &args);
        assert_usage_error(&out, bad);
    }
    assert_unchanged(&env, &b, "bad base URLs");
}

#[test]
fn loopback_http_base_url_is_accepted() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--base-url", "http://127.0.0.1:9/"]);
    let out = run_owned(&env, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = env.json(&["integration", "show", "zd-new"]);
    assert_eq!(shown["base_url"], "http://127.0.0.1:9/");
    assert_eq!(shown["effective_base_url"], "http://127.0.0.1:9");
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

#[test]
fn duplicate_integration_name_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args: Vec<String> = [
        "integration", "add", "zendesk", "--name", "existing",
        "--field", "subdomain=other", "--field", "email=ops@other.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let out = snapshot!(env, "bad_input_duplicate_name", run_owned(&env, &args));
    assert_usage_error(&out, "duplicate name");
    assert!(stderr(&out).contains("integration 'existing' already exists in org 'default'"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a duplicate name");
}

#[test]
fn rename_onto_an_existing_name_is_refused() {
    let mut env = store_with_one();
    env.add_zendesk("second", "second-token-0123456789");
    let b = before(&env);
    let out = env.run(&["integration", "edit", "second", "--rename", "existing"]);
    assert_usage_error(&out, "rename onto a taken name");
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a rename onto a taken name");
}

#[test]
fn invalid_integration_name_is_refused() {
    let env = store_with_one();
    let b = before(&env);
    let out = env.run(&["integration", "add", "zendesk", "--name", "has space"]);
    assert_usage_error(&out, "invalid name");
    assert!(stderr(&out).contains("invalid integration name 'has space'"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "an invalid name");
}

#[test]
fn unknown_org_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let mut args = zd_add(&["--secret", "api_token=env:ZD_TOKEN"]);
    args.extend(["--org".to_string(), "nope".to_string()]);
    let out = snapshot!(env, "bad_input_unknown_org", run_owned(&env, &args));
    assert_usage_error(&out, "unknown org");
    assert!(stderr(&out).contains("org 'nope' not found"), "{}", stderr(&out));
    assert!(stderr(&out).contains("org add nope"), "{}", stderr(&out));
    for cmd in [&["integration", "list"][..], &["assistant", "list"], &["integration", "show", "existing"]] {
        let mut a = cmd.to_vec();
        a.extend(["--org", "nope"]);
        let out = env.run(&a);
        assert_usage_error(&out, &format!("{cmd:?} in an unknown org"));
        assert!(stderr(&out).contains("org 'nope' not found"), "{}", stderr(&out));
    }
    assert_unchanged(&env, &b, "an unknown org");
}

#[test]
fn unknown_assistant_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--assistant", "nobody"]);
    let out = snapshot!(env, "bad_input_unknown_assistant", run_owned(&env, &args));
    assert_usage_error(&out, "unknown assistant");
    assert!(stderr(&out).contains("assistant 'nobody' not found in org 'default'"), "{}", stderr(&out));
    let out = env.run(&["integration", "edit", "existing", "--assistant", "nobody"]);
    assert_usage_error(&out, "unknown assistant on edit");
    assert_unchanged(&env, &b, "an unknown assistant");
}

// ---------------------------------------------------------------------------
// Store from a newer crmctl
// ---------------------------------------------------------------------------

#[test]
fn store_from_a_newer_version_is_refused_and_left_untouched() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    if on_postgres() {
        db(&env).execute("INSERT INTO crmctl_schema_migrations (version, applied_at) VALUES (99, 'later')", ()).unwrap();
    } else {
        db(&env).execute_batch("PRAGMA user_version = 99").unwrap();
    }
    // On PostgreSQL, every row of the store's tables and its migrations.
    let snapshot_store = |env: &TestEnv| -> (Vec<u8>, Vec<u8>) {
        if on_postgres() {
            let versions: Vec<i64> = db(env).query_map("SELECT version FROM crmctl_schema_migrations ORDER BY 1", (), |r| r.get(0)).unwrap();
            (dump(env).into_bytes(), format!("{versions:?}").into_bytes())
        } else {
            (std::fs::read(&env.db).unwrap(), env.store_bytes())
        }
    };
    let (main_before, all_before) = snapshot_store(&env);

    let add = zd_add(&["--secret", "api_token=env:ZD_TOKEN"]);
    let add: Vec<&str> = add.iter().map(String::as_str).collect();
    let commands: Vec<Vec<&str>> = vec![
        vec!["integration", "list"],
        vec!["integration", "show", "existing"],
        add,
        vec!["integration", "edit", "existing", "--priority", "1"],
        vec!["integration", "remove", "existing", "--yes"],
        vec!["org", "list"],
        vec!["org", "add", "acme"],
        vec!["assistant", "add", "bot"],
        vec!["key", "status"],
        vec!["key", "init"],
    ];
    for (i, args) in commands.iter().enumerate() {
        let out = if i == 0 {
            snapshot!(env, "bad_input_store_too_new", env.run(args))
        } else {
            env.run(args)
        };
        // A store problem: exit 3, as the README's exit table has it.
        assert_eq!(out.status.code(), Some(3), "{args:?} on a newer store:\n{}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?}: nothing on stdout");
        let err = stderr(&out);
        assert!(err.contains("written by a newer crmctl"), "{args:?}:\n{err}");
        assert!(err.contains("schema version 99"), "{args:?}:\n{err}");
        let (main, all) = snapshot_store(&env);
        assert_eq!(main, main_before, "{args:?} changed the store file");
        assert_eq!(all, all_before, "{args:?} changed the store or its WAL");
    }
}

// ---------------------------------------------------------------------------
// Events and --from-file keys
// ---------------------------------------------------------------------------

#[test]
fn invalid_event_name_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let b = before(&env);
    let args = zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--on", "Conversation Ended"]);
    let out = snapshot!(env, "bad_input_invalid_event", run_owned(&env, &args));
    assert_usage_error(&out, "invalid event");
    let err = stderr(&out);
    assert!(err.contains("invalid event name 'Conversation Ended'"), "{err}");
    assert!(err.contains("conversation_ended"), "the hint lists the known events:\n{err}");
    let out = env.run(&["integration", "edit", "existing", "--on", "UPPER"]);
    assert_usage_error(&out, "invalid event on edit");
    assert_unchanged(&env, &b, "an invalid event");
}

#[test]
fn unknown_key_in_an_integration_file_is_refused() {
    let mut env = store_with_one();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    let file = env.write(
        "work/zd.yaml",
        "provider: zendesk\nname: zd-file\nfeilds:\n  subdomain: acme\nsecrets:\n  api_token: env:ZD_TOKEN\n",
    );
    let b = before(&env);
    let out = snapshot!(
        env,
        "bad_input_from_file_unknown_key",
        env.run(&["integration", "add", "--from-file", file.to_str().unwrap()])
    );
    assert_usage_error(&out, "unknown key in --from-file");
    let err = stderr(&out);
    assert!(err.contains("unknown field `feilds`"), "{err}");
    assert!(err.contains(&format!("{}:3:", file.display())), "names file and line 3:\n{err}");
    assert_unchanged(&env, &b, "an unknown key in --from-file");
}

#[test]
fn integration_file_cannot_read_a_secret_from_stdin() {
    let env = store_with_one();
    let file = env.write(
        "work/zd.yaml",
        "provider: zendesk\nname: zd-file\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets:\n  api_token: \"-\"\n",
    );
    let b = before(&env);
    let out = env.cmd().args(["integration", "add", "--from-file", file.to_str().unwrap()]).write_stdin("tok-stdin-123456").output().unwrap();
    assert_usage_error(&out, "stdin secret in a file");
    assert!(stderr(&out).contains("a file cannot read stdin"), "{}", stderr(&out));
    assert_unchanged(&env, &b, "a stdin secret in a file");
}

// ---------------------------------------------------------------------------
// Before any store exists: bad input creates no store file
// ---------------------------------------------------------------------------

#[test]
fn bad_input_without_a_store_creates_no_store_file() {
    let mut env = TestEnv::new();
    env.set("ZD_TOKEN", "token-from-env-0123456789");
    env.write("work/bad.yaml", MALFORMED_INTEGRATION);
    env.write("work/unknown-key.yaml", "provider: zendesk\nname: x\nfeilds: {}\n");
    let cases: Vec<Vec<String>> = vec![
        vec!["integration".into(), "add".into(), "--from-file".into(), "bad.yaml".into()],
        vec!["integration".into(), "add".into(), "--from-file".into(), "unknown-key.yaml".into()],
        vec!["integration".into(), "add".into(), "nope".into(), "--name".into(), "x".into()],
        vec!["integration".into(), "add".into(), "zendesk".into(), "--name".into(), "x".into()],
        zd_add(&["--secret", "api_token=hunter2-plain"]),
        zd_add(&["--field", "api_token=hunter2-plain"]),
        zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--base-url", "http://example.com"]),
        zd_add(&["--secret", "api_token=env:ZD_TOKEN", "--on", "Bad Event"]),
        {
            let mut a = zd_add(&["--secret", "api_token=env:ZD_TOKEN"]);
            a[6] = "subdomain=acme.zendesk.com".into();
            a
        },
    ];
    for args in &cases {
        let out = run_owned(&env, args);
        assert_usage_error(&out, &format!("{args:?}"));
        assert!(!stderr(&out).contains("hunter2"), "{args:?} echoed a plain secret");
        assert!(!env.db.exists(), "{args:?} created a store file");
        assert!(!env.path("data/crmctl").exists(), "{args:?} created the store directory");
    }
}
