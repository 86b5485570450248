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
    fit(&mut t);
    let mut s: String = t.lines().map(|l| l.trim_end().to_string() + "\n").collect();
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
