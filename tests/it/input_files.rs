//! Input files (integration, apply, template, mapping, record, event,
//! payload, key, legacy and bundle files): one that is not UTF-8, cannot be
//! read, or does not parse exits 2 (never 3, which is for the store and its
//! key) with `file:line:column` and, for a bad byte, its offset; nothing is
//! written.

use std::path::Path;
use std::process::Output;

use crate::common::TestEnv;

fn err(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn env() -> TestEnv {
    let mut env = TestEnv::with_env_key();
    env.add_zendesk("zd", "zd-token-0123456789");
    env
}

/// Every command that reads a file, with `{F}` where the file goes.
const READERS: &[&[&str]] = &[
    &["integration", "add", "--from-file", "{F}"],
    &["apply", "-f", "{F}"],
    &["apply", "--dry-run", "-f", "{F}"],
    &["template", "validate", "{F}"],
    &["mapping", "set", "zd", "--from-file", "{F}"],
    &["mapping", "test", "zd", "--stream", "contacts", "--record", "{F}"],
    &["event", "fire", "--file", "{F}"],
    &["send", "zd", "create_ticket", "--payload", "{F}", "--dry-run"],
    &["key", "import", "{F}"],
    &["import", "legacy", "--format", "voxe", "--file", "{F}"],
    &["apply", "--sealed", "{F}"],
];

fn run_with(env: &TestEnv, args: &[&str], file: &Path) -> Output {
    let f = file.display().to_string();
    let args: Vec<&str> = args.iter().map(|a| if *a == "{F}" { f.as_str() } else { a }).collect();
    env.run(&args)
}

fn assert_input_error(out: &Output, args: &[&str], needles: &[String]) {
    let e = err(out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: expected exit 2:\n{e}");
    assert!(e.starts_with("error: "), "{args:?}:\n{e}");
    for n in needles {
        assert!(e.contains(n.as_str()), "{args:?}: expected {n:?} in:\n{e}");
    }
}

#[test]
fn a_non_utf8_file_exits_2_with_line_column_and_byte_offset() {
    let env = env();
    // Line 2, after "name: caf" (9 characters): column 10, byte offset 19.
    let file = env.path("work/latin1.yaml");
    std::fs::write(&file, b"kind: org\nname: caf\xe9\n").unwrap();
    let before = env.store_bytes();
    for args in READERS {
        let out = run_with(&env, args, &file);
        assert_input_error(
            &out,
            args,
            &[format!("{}:2:10: ", file.display()), "is not UTF-8".into(), "byte 0xe9 at byte offset 19".into()],
        );
        assert!(env.store_bytes() == before, "{args:?} wrote to the store");
    }
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let env = env();
    let file = env.path("work/utf16.yaml");
    let mut bytes = vec![0xff, 0xfe];
    for u in "kind: org\n".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    std::fs::write(&file, bytes).unwrap();
    let out = run_with(&env, &["apply", "-f", "{F}"], &file);
    assert_input_error(&out, &["apply"], &[format!("{}:1:1: ", file.display()), "byte offset 0".into(), "looks like UTF-16".into()]);
}

#[test]
fn a_directory_or_unreadable_file_exits_2() {
    let env = env();
    let dir = env.path("work/adir.yaml");
    std::fs::create_dir_all(&dir).unwrap();
    let locked = env.path("work/locked.yaml");
    std::fs::write(&locked, "kind: org\nname: x\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read(&locked).is_ok(); // running as root
    for args in READERS {
        // apply -f DIR reads the directory's files: an empty one is fine there.
        if args[0] != "apply" || args[1] == "--sealed" {
            let out = run_with(&env, args, &dir);
            assert_input_error(&out, args, &[dir.display().to_string()]);
        }
        if !readable {
            let out = run_with(&env, args, &locked);
            assert_input_error(&out, args, &[locked.display().to_string(), "ermission denied".into()]);
        }
    }
}

#[test]
fn a_file_that_does_not_parse_names_file_line_and_column() {
    let env = env();
    let yaml = env.write("work/broken.yaml", "kind: org\nname: [unclosed\n");
    for args in [
        &["integration", "add", "--from-file", "{F}"][..],
        &["apply", "-f", "{F}"],
        &["template", "validate", "{F}"],
        &["mapping", "set", "zd", "--from-file", "{F}"],
    ] {
        let out = run_with(&env, args, &yaml);
        assert_input_error(&out, args, &[format!("{}:", yaml.display())]);
        let e = err(&out);
        let at = e.find(&format!("{}:", yaml.display())).unwrap() + yaml.display().to_string().len() + 1;
        let loc: Vec<&str> = e[at..].splitn(3, ':').take(2).collect();
        assert!(loc.iter().all(|n| n.parse::<u64>().is_ok_and(|n| n > 0)), "{args:?}: line and column in:\n{e}");
    }
    let json = env.write("work/broken.json", "{\n  \"a\": 1,,\n}\n");
    for args in [
        &["mapping", "test", "zd", "--stream", "contacts", "--record", "{F}"][..],
        &["send", "zd", "create_ticket", "--payload", "{F}", "--dry-run"],
    ] {
        let out = run_with(&env, args, &json);
        assert_input_error(&out, args, &[format!("{}:2:", json.display())]);
    }
}

#[test]
fn a_bad_template_in_the_template_dir_exits_2_with_its_location() {
    let env = env();
    let dir = env.path("work/templates");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("mine.yaml");
    std::fs::write(&file, b"id: mine\nname: \xff\n").unwrap();
    let out = env.run(&["--template-dir", dir.to_str().unwrap(), "template", "list"]);
    assert_input_error(&out, &["template list"], &[format!("{}:2:7: ", file.display()), "byte offset 15".into()]);
}

#[test]
fn a_non_utf8_event_file_from_stdin_names_stdin() {
    let env = env();
    let mut c = env.std_cmd();
    c.args(["event", "fire", "--file", "-"]).stdin(std::process::Stdio::piped()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"{\"type\": \"x\"}\n\x80\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_input_error(&out, &["event fire -"], &["<stdin>:2:1: ".into(), "byte offset 14".into()]);
}
