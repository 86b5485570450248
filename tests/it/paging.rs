//! Complete lists: kb, queue, event and account lists page with --limit,
//! --offset and --all, say on stderr when a table is cut, and say what was
//! searched when they come back empty.

use crate::common::*;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn rows(out: &std::process::Output) -> usize {
    String::from_utf8_lossy(&out.stdout).lines().count()
}

/// 25 articles, 25 synced contacts (and their accounts), 12 queued events
/// with one step each.
fn listed() -> (Sb, TestEnv) {
    let sb = Sb::start(25, std::time::Duration::ZERO);
    let env = env_with_sandbox(&sb);
    env.ok(&["kb", "import", "sbx"]);
    env.ok(&["sync", "sbx", "--stream", "contacts"]);
    env.ok(&[
        "integration",
        "edit",
        "sbx",
        "--on",
        "conversation_ended:log_call",
    ]);
    let lines: Vec<String> = (0..12).map(|i| format!("{{\"type\": \"conversation_ended\", \"payload\": {{\"conversation_id\": \"c-{i}\"}}}}")).collect();
    let file = env.write("events.jsonl", &(lines.join("\n") + "\n"));
    env.ok(&["event", "fire", "--file", file.to_str().unwrap()]);
    (sb, env)
}

#[test]
fn every_list_pages_and_says_when_it_is_cut() {
    let (_sb, env) = listed();
    let mut notices = String::new();
    for (args, total) in [
        (vec!["kb", "list"], 25),
        (vec!["event", "list"], 12),
        (vec!["queue", "list"], 12),
    ] {
        let mut a = args.clone();
        a.extend(["--limit", "10"]);
        let out = env.run(&a);
        assert!(out.status.success(), "{a:?}: {}", stderr(&out));
        assert_eq!(rows(&out), 1 + 10, "{a:?}: a header and 10 rows");
        notices.push_str(&format!("$ crmctl {}\n{}", a.join(" "), stderr(&out)));
        a.extend(["--offset", "10"]);
        let out = env.run(&a);
        assert_eq!(rows(&out), 1 + (total - 10).min(10), "{a:?}");
        notices.push_str(&format!("$ crmctl {}\n{}", a.join(" "), stderr(&out)));

        // --all: everything, and nothing on stderr; JSON pages are arrays.
        let mut all = args.clone();
        all.push("--all");
        let out = env.run(&all);
        assert_eq!(
            (rows(&out), stderr(&out)),
            (1 + total, String::new()),
            "{all:?}"
        );
        assert_eq!(env.json(&all).as_array().unwrap().len(), total, "{all:?}");
        let mut page = args.clone();
        page.extend(["--limit", "3", "--offset", "1"]);
        assert_eq!(env.json(&page).as_array().unwrap().len(), 3, "{page:?}");
        // --limit 0 is refused: --all means everything.
        let mut zero = args.clone();
        zero.extend(["--limit", "0"]);
        assert_eq!(env.run(&zero).status.code(), Some(2), "{zero:?}");
    }
    // Pages do not overlap and together are the whole list.
    let ids = |a: &[&str]| -> Vec<String> {
        env.json(a)
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    };
    let mut paged = ids(&["kb", "list", "--limit", "10"]);
    paged.extend(ids(&["kb", "list", "--limit", "10", "--offset", "10"]));
    paged.extend(ids(&["kb", "list", "--limit", "10", "--offset", "20"]));
    assert_eq!(paged, ids(&["kb", "list", "--all"]));

    let accounts = env
        .json(&["accounts", "list", "--all"])
        .as_array()
        .unwrap()
        .len();
    assert!(accounts >= 2, "the sandbox's contacts make accounts");
    let out = env.run(&["accounts", "list", "--limit", "1"]);
    assert_eq!(rows(&out), 2);
    assert!(
        stderr(&out).starts_with(&format!(
            "showing 1 of {accounts} accounts (--all, --limit N, --offset 1 for the next page)"
        )),
        "{}",
        stderr(&out)
    );

    let filters = filters(&env);
    filters.bind(|| insta::assert_snapshot!("paging_notices_of_every_list", notices));
}

#[test]
fn empty_lists_say_what_was_searched() {
    let (_sb, env) = listed();
    let mut text = String::new();
    for args in [
        vec!["kb", "list", "--locale", "xx-none"],
        vec!["kb", "list", "--offset", "100"],
        vec!["queue", "list", "--dead"],
        vec![
            "queue",
            "list",
            "--status",
            "succeeded",
            "--status",
            "failed",
        ],
        vec!["accounts", "list", "--search", "no-such-domain"],
        vec!["contacts", "list", "--search", "no-such-person"],
    ] {
        let out = env.run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(rows(&out), 0, "{args:?}: no table at all");
        text.push_str(&format!("$ crmctl {}\n{}", args.join(" "), stderr(&out)));
    }
    let filters = filters(&env);
    filters.bind(|| insta::assert_snapshot!("paging_empty_lists", text));
}

#[test]
fn the_short_lists_page_too() {
    let mut env = TestEnv::with_env_key();
    env.set("SBX_KEY", "sbx_key_0123456789abcdef");
    for name in ["a-one", "b-two", "c-three"] {
        env.add_unreachable_sandbox(name);
        env.ok(&["assistant", "add", name]);
        env.ok(&["org", "add", name]);
        env.ok(&["schedule", "set", name, "--kb", "--every", "1h"]);
    }
    let templates = env
        .json(&["template", "list", "--all"])
        .as_array()
        .unwrap()
        .len();
    for (args, total, what) in [
        (vec!["integration", "list"], 3, "integrations"),
        (vec!["assistant", "list"], 3, "assistants"),
        (vec!["org", "list"], 4, "orgs"),
        (vec!["schedule", "list"], 3, "schedules"),
        (vec!["template", "list"], templates, "templates"),
    ] {
        let mut a = args.clone();
        a.extend(["--limit", "2"]);
        let out = env.run(&a);
        assert_eq!(rows(&out), 1 + 2, "{a:?}");
        assert!(
            stderr(&out).starts_with(&format!(
                "showing 2 of {total} {what} (--all, --limit N, --offset 2 for the next page)"
            )),
            "{a:?}: {}",
            stderr(&out)
        );
        a.extend(["--offset", "2"]);
        assert_eq!(
            env.json(&a).as_array().unwrap().len(),
            (total - 2).min(2),
            "{a:?}"
        );
        let mut all = args.clone();
        all.push("--all");
        assert_eq!(env.json(&all).as_array().unwrap().len(), total, "{all:?}");
    }
    let names: Vec<String> = env
        .json(&["integration", "list", "--limit", "1", "--offset", "1"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["b-two"]);
}
