//! Tables fit the terminal's width (COLUMNS, or the terminal's own size)
//! without breaking a word; a pipe without COLUMNS gets whole lines.

use std::collections::HashSet;

use crate::common::*;

/// Every whitespace-separated word of the given JSON fields, in all rows.
fn words_of(v: &serde_json::Value, keys: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for r in v.as_array().unwrap() {
        for k in keys {
            let text = match &r[*k] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.extend(text.split_whitespace().map(String::from));
        }
    }
    out
}

fn assert_words_whole(text: &str, words: &[String]) {
    let tokens: HashSet<&str> = text.split_whitespace().collect();
    for w in words {
        assert!(
            tokens.contains(w.as_str()),
            "the word {w:?} was broken:\n{text}"
        );
    }
}

fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "a line is wider than {width}:\n{line}\n\n{text}"
        );
    }
}

#[test]
fn tables_fit_80_columns_without_breaking_words() {
    let mut env = TestEnv::new();
    let types = env.json(&["event", "types"]);
    let words: Vec<String> = words_of(&types, &["name", "description"]);
    let wide = env.ok(&["event", "types"]);
    assert!(
        wide.lines().any(|l| l.chars().count() > 80),
        "the unfitted table must be wider than 80 for this test to prove anything:\n{wide}"
    );

    env.set("COLUMNS", "80");
    let fitted = env.ok(&["event", "types"]);
    assert_fits(&fitted, 80);
    assert_words_whole(&fitted, &words);
    assert!(
        fitted.lines().count() > wide.lines().count(),
        "long cells wrap onto more lines"
    );

    // On a real terminal, too.
    let mut cmd = env.std_cmd();
    cmd.args(["event", "types"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let out = p.exp_eof().unwrap().replace('\r', "");
    assert!(out.contains("DESCRIPTION"), "{out}");
    assert_fits(&out, 80);
    assert_words_whole(&out, &words);
}

#[test]
fn a_table_whose_words_cannot_fit_is_wider_rather_than_cut() {
    // Ids and timestamps side by side need more than 80 columns: no word
    // is cut to make them fit.
    let sb = Sb::start(6, std::time::Duration::ZERO);
    let mut env = env_with_sandbox(&sb);
    env.ok(&["kb", "import", "sbx"]);
    let words = words_of(
        &env.json(&["kb", "list"]),
        &["id", "title", "section", "source_updated_at"],
    );
    env.set("COLUMNS", "80");
    assert_words_whole(&env.ok(&["kb", "list"]), &words);
}

#[test]
fn a_terminal_that_reports_no_width_gets_whole_lines() {
    // A pseudo-terminal with no size set reports 0 columns: the table is
    // not squeezed into one-character columns.
    let sb = Sb::start(2, std::time::Duration::ZERO);
    let env = env_with_sandbox(&sb);
    let mut cmd = env.std_cmd();
    cmd.args(["integration", "list"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let out = p.exp_eof().unwrap();
    let header = out.lines().next().unwrap_or_default();
    assert!(
        header.contains("NAME") && header.contains("PROVIDER"),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("sbx") && l.contains("sandbox")),
        "{out}"
    );
}
