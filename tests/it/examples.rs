//! Every example command line in `--help` and in the README's shell blocks
//! parses: the subcommands, flags and values it uses exist (clap parses it
//! exactly as the binary would). Examples that need a network or a vendor
//! account cannot all be run here; parsing them catches renamed and removed
//! flags.

use clap::{CommandFactory, Parser};

/// Splits a shell line into words: single and double quotes, backslash
/// escapes; stops at a comment, a pipe, a redirect or `&&`.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                has = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    cur.push(c);
                }
            }
            '"' => {
                has = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => cur.extend(chars.next()),
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                has = true;
                cur.extend(chars.next());
            }
            c if c.is_whitespace() => {
                if has {
                    out.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            '#' if !has => break,
            '|' | '>' | '<' | ';' if !has => break,
            '&' if !has => break,
            c => {
                has = true;
                cur.push(c);
            }
        }
    }
    if has {
        out.push(cur);
    }
    out
}

/// The crmctl command lines in a text: lines (joined across trailing
/// backslashes) whose first word after any VAR=value assignments is crmctl.
fn command_lines(text: &str, indented_only: bool) -> Vec<String> {
    let mut joined = Vec::new();
    let mut acc = String::new();
    for line in text.lines() {
        let l = line.trim();
        if acc.is_empty() && indented_only && !line.starts_with(' ') {
            continue;
        }
        if let Some(head) = l.strip_suffix('\\') {
            acc.push_str(head);
            acc.push(' ');
            continue;
        }
        acc.push_str(l);
        joined.push(std::mem::take(&mut acc));
    }
    joined
        .into_iter()
        .map(|l| l.trim_start_matches("$ ").to_string())
        .filter(|l| {
            let w: Vec<&str> = l
                .split_whitespace()
                .skip_while(|w| w.contains('=') && !w.starts_with('-'))
                .collect();
            w.first() == Some(&"crmctl") && w.len() > 1 && !l.contains("$(crmctl")
        })
        .collect()
}

fn parse(line: &str) -> Result<(), String> {
    let w = words(line);
    let start = w.iter().position(|x| x == "crmctl").unwrap();
    // `...` stands for arguments left out on purpose.
    let args: Vec<&String> = w[start..]
        .iter()
        .take_while(|a| a.as_str() != "...")
        .collect();
    match crmctl::cli::Cli::try_parse_from(args) {
        Ok(_) => Ok(()),
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(format!(
            "{line}\n  {}",
            e.to_string().lines().next().unwrap_or_default()
        )),
    }
}

#[test]
fn every_help_example_parses() {
    fn walk(cmd: &clap::Command, out: &mut Vec<String>) {
        for h in [
            cmd.get_after_long_help(),
            cmd.get_after_help(),
            cmd.get_long_about(),
        ]
        .into_iter()
        .flatten()
        {
            out.extend(command_lines(&h.to_string(), true));
        }
        for s in cmd.get_subcommands() {
            walk(s, out);
        }
    }
    let mut lines = Vec::new();
    walk(&crmctl::cli::Cli::command(), &mut lines);
    assert!(lines.len() > 60, "found only {} examples", lines.len());
    let bad: Vec<String> = lines.iter().filter_map(|l| parse(l).err()).collect();
    assert!(
        bad.is_empty(),
        "help examples that do not parse:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_readme_example_parses() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut lines = Vec::new();
    let mut in_sh = false;
    let mut block = String::new();
    for l in readme.lines() {
        if let Some(tag) = l.strip_prefix("```") {
            if in_sh {
                lines.extend(command_lines(&block, false));
                block.clear();
            }
            in_sh = !in_sh && matches!(tag.trim(), "sh" | "bash" | "console" | "");
            continue;
        }
        if in_sh {
            block.push_str(l);
            block.push('\n');
        }
    }
    assert!(lines.len() >= 40, "found only {} examples", lines.len());
    let bad: Vec<String> = lines.iter().filter_map(|l| parse(l).err()).collect();
    assert!(
        bad.is_empty(),
        "README examples that do not parse:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_example_finder_sees_through_quotes_and_continuations() {
    let text = "  CRMCTL_X=1 crmctl mapping set h --transform 'enum=a:b,*:c' \\\n      --source \"p.q\" > out.txt  # note\n  echo crmctl\n";
    let lines = command_lines(text, true);
    assert_eq!(lines.len(), 1);
    assert_eq!(
        words(&lines[0]),
        [
            "CRMCTL_X=1",
            "crmctl",
            "mapping",
            "set",
            "h",
            "--transform",
            "enum=a:b,*:c",
            "--source",
            "p.q"
        ]
    );
    assert!(parse("crmctl integration list --no-such-flag").is_err());
}
