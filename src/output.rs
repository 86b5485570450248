//! The one printer: data to stdout (table, JSON or YAML); status, warnings
//! and progress to stderr.

use std::io::{IsTerminal, Write};

use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use serde::Serialize;

use crate::cli::OutputFormat;

pub struct Printer {
    pub format: OutputFormat,
    quiet: bool,
    color: bool,
}

impl Printer {
    pub fn new(format: OutputFormat, quiet: bool) -> Self {
        let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Printer { format, quiet, color }
    }

    /// Prints data: the table built by `table` for table output, otherwise
    /// the value serialized.
    pub fn data<T: Serialize>(&self, value: &T, table: impl FnOnce() -> Table) -> std::io::Result<()> {
        let text = match self.format {
            OutputFormat::Table => {
                let t = table();
                if t.row_count() == 0 && t.header().is_some() {
                    String::new()
                } else {
                    render(t)
                }
            }
            OutputFormat::Json => {
                let mut s = serde_json::to_string_pretty(value).expect("output serializes to JSON");
                s.push('\n');
                s
            }
            OutputFormat::Yaml => serde_saphyr::to_string(value).expect("output serializes to YAML"),
        };
        self.raw(&text)
    }

    /// Writes text to stdout as it is.
    pub fn raw(&self, text: &str) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// A status line on stderr, unless --quiet.
    pub fn status(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", escape_control_keep_lines(msg.as_ref()));
        }
    }

    /// A warning on stderr, always.
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.color {
            eprintln!("\x1b[33mwarning:\x1b[0m {}", escape_control_keep_lines(msg.as_ref()));
        } else {
            eprintln!("warning: {}", escape_control_keep_lines(msg.as_ref()));
        }
    }

    /// An error with its cause chain and hint, on stderr.
    pub fn error(&self, err: &anyhow::Error, hint: Option<&str>) {
        let (e, h) = if self.color { ("\x1b[31merror:\x1b[0m", "\x1b[36mhint:\x1b[0m") } else { ("error:", "hint:") };
        let mut lines = vec![format!("{e} {}", escape_control_keep_lines(&err.to_string()))];
        let mut shown = err.to_string();
        for cause in err.chain().skip(1) {
            // A cause its parent's message already spells out is not repeated.
            let text = cause.to_string();
            if !shown.contains(&text) {
                lines.push(format!("  caused by: {}", escape_control_keep_lines(&text)));
            }
            shown = text;
        }
        if let Some(hint) = hint {
            lines.push(format!("{h} {}", escape_control_keep_lines(hint)));
        }
        eprintln!("{}", lines.join("\n"));
    }
}

/// One `-v` trace line, on stderr.
pub fn trace_line(line: &str) {
    eprintln!("{}", escape_control(line));
}

/// Text from outside (a request path, a provider's message or record) made
/// safe to print: every control character (C0, DEL, C1, and the
/// bidirectional overrides that reorder what a terminal shows) is written
/// as a visible escape (`\n`, `\u{1b}`), so no one can forge a log line,
/// move the cursor or recolour the terminal. The one helper for it.
pub fn escape_control(text: &str) -> std::borrow::Cow<'_, str> {
    escape_with(text, false)
}

/// As [`escape_control`], but line breaks are kept: for messages that are
/// several lines on purpose.
pub fn escape_control_keep_lines(text: &str) -> std::borrow::Cow<'_, str> {
    escape_with(text, true)
}

fn escape_with(text: &str, keep_lines: bool) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && !(keep_lines && c == '\n')) || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            match c {
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A table as text, kubectl-style: columns two spaces apart, no edges, no
/// trailing blanks.
pub fn render(mut t: Table) -> String {
    t.column_iter_mut().for_each(|c| {
        c.set_padding((0, 2));
    });
    fit(&mut t);
    let mut s: String = t.lines().map(|l| escape_control(l.trim_end()).into_owned() + "\n").collect();
    if s.is_empty() {
        s.push('\n');
    }
    s
}

/// The width tables are fitted to: COLUMNS when set, else the terminal's
/// (a terminal that reports 0 columns counts as none); none: no fitting
/// (a pipe gets whole lines).
fn target_width(t: &Table) -> Option<u16> {
    let columns = std::env::var("COLUMNS").ok().and_then(|v| v.trim().parse::<u16>().ok()).filter(|c| *c >= 20);
    columns.or_else(|| t.width().filter(|w| *w > 0))
}

/// Fits a dynamic table to the width without breaking a word: each column
/// gets at least its longest word, and the room left is shared in
/// proportion to how much more each column's longest line needs. When even
/// the longest words do not fit side by side, the table is wider than the
/// width rather than cut inside a word.
fn fit(t: &mut Table) {
    if !matches!(t.content_arrangement(), ContentArrangement::Dynamic) {
        return;
    }
    let target = target_width(t);
    t.set_content_arrangement(ContentArrangement::Disabled);
    let Some(width) = target.map(usize::from) else { return };
    let n = t.column_count();
    let (mut min, mut max) = (vec![0usize; n], vec![0usize; n]);
    for i in 0..n {
        let header = t.header().and_then(|h| h.cell_iter().nth(i)).map(|c| c.content());
        let cells = t.column_cells_iter(i).flatten().map(|c| c.content());
        for text in header.into_iter().chain(cells) {
            for line in text.lines() {
                max[i] = max[i].max(line.chars().count());
                min[i] = min[i].max(line.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0));
            }
        }
    }
    const PAD: usize = 2;
    let room = width.saturating_sub(PAD * n);
    if max.iter().sum::<usize>() <= room {
        return;
    }
    let floor: usize = min.iter().sum();
    let widths: Vec<usize> = if floor >= room {
        min.clone()
    } else {
        let spare = room - floor;
        let wanted: usize = max.iter().zip(&min).map(|(a, b)| a - b).sum();
        max.iter().zip(&min).map(|(a, b)| b + (a - b) * spare / wanted.max(1)).collect()
    };
    for (i, w) in widths.into_iter().enumerate() {
        if let Some(c) = t.column_mut(i) {
            // An absolute width includes the padding.
            c.set_constraint(ColumnConstraint::Absolute(Width::Fixed((w.max(1) + PAD) as u16)));
        }
    }
}

/// A table with the house style and these headers.
pub fn table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.iter().map(Cell::new));
    if std::env::var_os("NO_COLOR").is_some() || !std::io::stdout().is_terminal() {
        t.force_no_tty();
    }
    t
}

/// Two columns of key and value, for `show` commands.
pub fn kv_table(rows: &[(&str, String)]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING).set_content_arrangement(ContentArrangement::Dynamic);
    for (k, v) in rows {
        t.add_row(vec![Cell::new(format!("{k}:")), Cell::new(v)]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_control("plain text, é ✓"), "plain text, é ✓");
        assert_eq!(escape_control("a\nPOST /forged 200\r\x1b[31mred\x07\u{9b}"), "a\\nPOST /forged 200\\r\\u{1b}[31mred\\u{7}\\u{9b}");
        assert_eq!(escape_control("x\u{202e}y\u{2066}"), "x\\u{202e}y\\u{2066}");
        assert_eq!(escape_control_keep_lines("one\ntwo\x1b]0;t\x07"), "one\ntwo\\u{1b}]0;t\\u{7}");
        assert!(matches!(escape_control("ok"), std::borrow::Cow::Borrowed(_)));
    }
}
