//! Checked at the door: a URL with a user name or password, or a control
//! character, is refused wherever it enters (flags, integration files, apply
//! files, templates, URL fields) without being stored or echoed; mapping
//! date formats and `--when` conditions are checked when they are written.

use std::process::Output;

use crate::common::TestEnv;

const PASSWORD: &str = "pw-in-url-5b7e1c9d";

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn env() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.set("ZD_TOKEN", "zd-token-0123456789");
    env
}

fn zd_add(extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = [
        "integration", "add", "zendesk", "--name", "zd", "--field", "subdomain=acme", "--field", "email=ops@acme.com",
        "--secret", "api_token=env:ZD_TOKEN",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

fn run(env: &TestEnv, args: &[String]) -> Output {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    env.run(&a)
}

/// Exit 2, the message, nothing stored, the password nowhere.
fn assert_refused(env: &TestEnv, out: &Output, what: &str, says: &str, before: &[u8]) {
    let e = err(out);
    assert_eq!(out.status.code(), Some(2), "{what}: expected exit 2:\n{e}");
    assert!(e.contains(says), "{what}: expected {says:?} in:\n{e}");
    assert!(!e.contains(PASSWORD) && !String::from_utf8_lossy(&out.stdout).contains(PASSWORD), "{what}: the password was echoed:\n{e}");
    assert!(env.store_bytes() == before, "{what}: the store changed");
}

const USERINFO: &str = "secret fields";

#[test]
fn userinfo_in_a_base_url_is_refused_from_flags_files_and_apply() {
    let env = env();
    let before = env.store_bytes();
    let url = format!("https://ops:{PASSWORD}@acme.zendesk.com");
    let out = run(&env, &zd_add(&["--base-url", &url]));
    assert_refused(&env, &out, "add --base-url", USERINFO, &before);
    let user_only = run(&env, &zd_add(&["--base-url", "https://ops@acme.zendesk.com"]));
    assert_refused(&env, &user_only, "add --base-url with a user name", USERINFO, &before);

    let file = env.write(
        "work/zd.yaml",
        &format!("provider: zendesk\nname: zd\nbase_url: {url}\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: env:ZD_TOKEN}}\n"),
    );
    let out = env.run(&["integration", "add", "--from-file", file.to_str().unwrap()]);
    assert_refused(&env, &out, "integration file", USERINFO, &before);

    let apply = env.write(
        "work/apply.yaml",
        &format!("kind: integration\nname: zd\nprovider: zendesk\nbase_url: {url}\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: \"${{env:ZD_TOKEN}}\"}}\n"),
    );
    let out = env.run(&["apply", "-f", apply.to_str().unwrap()]);
    assert_refused(&env, &out, "apply", USERINFO, &before);

    // On edit, too.
    env.ok(&zd_add(&[]).iter().map(String::as_str).collect::<Vec<_>>());
    let before = env.store_bytes();
    let out = env.run(&["integration", "edit", "zd", "--base-url", &url]);
    assert_refused(&env, &out, "edit --base-url", USERINFO, &before);
}

#[test]
fn userinfo_in_a_url_field_is_refused() {
    let env = env();
    let before = env.store_bytes();
    let url = format!("http://admin:{PASSWORD}@127.0.0.1:9");
    let out = env.run(&["integration", "add", "custom_rest", "--name", "api", "--field", &format!("base_url={url}"), "--secret", "api_token=env:ZD_TOKEN"]);
    let e = err(&out);
    assert_eq!(out.status.code(), Some(2), "{e}");
    assert!(e.contains(USERINFO), "{e}");
    assert!(!e.contains(PASSWORD), "{e}");
    assert!(e.contains("base_url='http://****@127.0.0.1:9'"), "the value is shown masked:\n{e}");
    assert!(env.store_bytes() == before);
}

#[test]
fn control_characters_in_a_url_are_refused() {
    let env = env();
    let before = env.store_bytes();
    let out = run(&env, &zd_add(&["--base-url", "https://acme.zendesk.com/\nx-injected: 1"]));
    assert_refused(&env, &out, "newline in --base-url", "control character", &before);
    let apply = env.write(
        "work/apply.yaml",
        "kind: integration\nname: zd\nprovider: zendesk\nbase_url: \"https://acme.zendesk.com\\t/api\"\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets: {api_token: \"${env:ZD_TOKEN}\"}\n",
    );
    let out = env.run(&["apply", "-f", apply.to_str().unwrap()]);
    assert_refused(&env, &out, "tab in an apply base_url", "control character", &before);
}

const TEMPLATE: &str = r#"id: mine
name: Mine
category: crm
fields:
  - {key: host, label: Host}
  - {key: user, label: User}
  - {key: token, label: Token, secret: true}
base_url: "BASE"
auth:
  type: bearer
  token: "{{ token }}"
test:
  method: GET
  path: "PATH"
"#;

fn template(base: &str, path: &str) -> String {
    TEMPLATE.replace("BASE", base).replace("PATH", path)
}

#[test]
fn userinfo_and_control_characters_in_template_urls_are_refused() {
    let env = env();
    let ok = env.write("work/ok.yaml", &template("https://{{ host }}", "/me"));
    env.ok(&["template", "validate", ok.to_str().unwrap()]);
    for (base, path, says) in [
        (format!("https://ops:{PASSWORD}@{{{{ host }}}}"), "/me".to_string(), "base_url: the URL holds a user name or password"),
        ("https://{{ user }}@{{ host }}".into(), "/me".into(), "base_url: the URL holds a user name or password"),
        ("https://{{ host }}".into(), format!("https://x:{PASSWORD}@evil.example/me"), "test.path: the URL holds a user name or password"),
        ("https://{{ host }}".into(), "/me\\r\\nX: y".into(), "test.path: the URL has a control character"),
    ] {
        let f = env.write("work/bad.yaml", &template(&base, &path));
        let out = env.run(&["template", "validate", f.to_str().unwrap()]);
        let e = format!("{}{}", err(&out), String::from_utf8_lossy(&out.stdout));
        assert_ne!(out.status.code(), Some(0), "{base} {path}: accepted\n{e}");
        assert!(e.contains(says), "{base} {path}: expected {says:?} in:\n{e}");
        assert!(!e.contains(PASSWORD), "the password was echoed:\n{e}");
        // And as a template directory, every command refuses it with exit 2.
        let dir = env.path("work/tdir");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("mine.yaml"), template(&base, &path)).unwrap();
        let out = env.run(&["--template-dir", dir.to_str().unwrap(), "template", "list"]);
        assert_eq!(out.status.code(), Some(2), "{}", err(&out));
        assert!(err(&out).contains(says), "{}", err(&out));
    }
}

#[test]
fn when_conditions_are_checked_when_written() {
    let env = env();
    let before = env.store_bytes();
    for (when, says) in [
        ("score < 3", "it names 'score', but a condition sees only `event`"),
        ("event.score < 3 and threshold", "'threshold'"),
        ("event.summary | no_such_filter", "unknown filter"),
        ("event.summary is no_such_test", "unknown test"),
        ("event.score <", "not a valid condition"),
    ] {
        let out = run(&env, &zd_add(&["--when", when]));
        assert_refused(&env, &out, when, says, &before);
        let apply = env.write(
            "work/apply.yaml",
            &format!("kind: integration\nname: zd\nprovider: zendesk\nwhen: {when:?}\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: \"${{env:ZD_TOKEN}}\"}}\n"),
        );
        let out = env.run(&["apply", "-f", apply.to_str().unwrap()]);
        assert_refused(&env, &out, &format!("apply when: {when}"), says, &before);
        let file = env.write(
            "work/zd.yaml",
            &format!("provider: zendesk\nname: zd\nwhen: {when:?}\nfields: {{subdomain: acme, email: ops@acme.com}}\nsecrets: {{api_token: env:ZD_TOKEN}}\n"),
        );
        let out = env.run(&["integration", "add", "--from-file", file.to_str().unwrap()]);
        assert_refused(&env, &out, &format!("integration file when: {when}"), says, &before);
    }
    // Good ones are stored, and edit checks too.
    env.ok(&zd_add(&["--when", "event.score < 3 and event.summary is defined and event.summary | length > 0"]).iter().map(String::as_str).collect::<Vec<_>>());
    let before = env.store_bytes();
    let out = env.run(&["integration", "edit", "zd", "--when", "score < 3"]);
    assert_refused(&env, &out, "edit --when", "sees only `event`", &before);
}

#[test]
fn mapping_date_formats_are_checked_when_written() {
    let env = env();
    env.ok(&zd_add(&[]).iter().map(String::as_str).collect::<Vec<_>>());
    let before = env.store_bytes();
    for (t, says) in [
        ("date=%Q->rfc3339", "date input format '%Q'"),
        ("date=%H:%M->rfc3339", "date input format '%H:%M' cannot be read as a date"),
        ("date=rfc3339|%d/%m->%Y", "'%d/%m' cannot be read as a date"),
        ("date=rfc3339->%Y-%m-%", "date output format"),
    ] {
        let out = env.run(&["mapping", "set", "zd", "--stream", "deals", "--target", "close_date", "--source", "closedate", "--transform", t]);
        assert_refused(&env, &out, t, says, &before);
    }
    let file = env.write(
        "work/m.yaml",
        "- stream: deals\n  target: close_date\n  source: closedate\n  transforms:\n    - date: {from: [\"%m-%d\"], to: \"%Y-%m-%d\"}\n",
    );
    let out = env.run(&["mapping", "set", "zd", "--from-file", file.to_str().unwrap()]);
    assert_refused(&env, &out, "mapping file", "'%m-%d' cannot be read as a date", &before);
    let apply = env.write(
        "work/apply.yaml",
        "kind: integration\nname: zd\nprovider: zendesk\nfields: {subdomain: acme, email: ops@acme.com}\nsecrets: {api_token: \"${env:ZD_TOKEN}\"}\nmappings:\n  - stream: deals\n    target: close_date\n    source: closedate\n    transforms:\n      - date: {from: [\"%Y %q\"], to: rfc3339}\n",
    );
    let out = env.run(&["apply", "-f", apply.to_str().unwrap()]);
    assert_refused(&env, &out, "apply mappings", "date input format '%Y %q'", &before);
    // Formats that hold a date are taken.
    env.ok(&["mapping", "set", "zd", "--stream", "deals", "--target", "close_date", "--source", "closedate", "--transform", "date=rfc3339|unix|%d/%m/%Y|%s->%Y-%m-%d"]);
}
