//! The one printer: data to stdout (table, JSON or YAML); status, warnings
//! and progress to stderr.

use std::io::{IsTerminal, Write};

use comfy_table::{presets, Cell, ContentArrangement, Table};
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
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A warning on stderr, always.
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.color {
            eprintln!("\x1b[33mwarning:\x1b[0m {}", msg.as_ref());
        } else {
            eprintln!("warning: {}", msg.as_ref());
        }
    }

    /// An error with its cause chain and hint, on stderr.
    pub fn error(&self, err: &anyhow::Error, hint: Option<&str>) {
        let (e, h) = if self.color { ("\x1b[31merror:\x1b[0m", "\x1b[36mhint:\x1b[0m") } else { ("error:", "hint:") };
        let mut lines = vec![format!("{e} {err}")];
        let mut shown = err.to_string();
        for cause in err.chain().skip(1) {
            // A cause its parent's message already spells out is not repeated.
            let text = cause.to_string();
            if !shown.contains(&text) {
                lines.push(format!("  caused by: {text}"));
            }
            shown = text;
        }
        if let Some(hint) = hint {
            lines.push(format!("{h} {hint}"));
        }
        eprintln!("{}", lines.join("\n"));
    }
}

/// One `-v` trace line, on stderr.
pub fn trace_line(line: &str) {
    eprintln!("{line}");
}

/// A table as text, kubectl-style: columns two spaces apart, no edges, no
/// trailing blanks.
pub fn render(mut t: Table) -> String {
    t.column_iter_mut().for_each(|c| {
        c.set_padding((0, 2));
    });
    let mut s: String = t.lines().map(|l| l.trim_end().to_string() + "\n").collect();
    if s.is_empty() {
        s.push('\n');
    }
    s
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
