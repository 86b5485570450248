//! indicatif progress bars, only when stderr is a terminal and not --quiet.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::engine::Reporter;
use crate::output::Printer;

pub struct Progress {
    bar: Option<ProgressBar>,
    what: String,
    /// What is counted (`articles`, `records`).
    unit: &'static str,
    quiet: bool,
}

impl Progress {
    /// Counts records rather than articles.
    pub fn records(printer: &Printer, what: &str) -> Self {
        Progress { unit: "records", ..Self::new(printer, what) }
    }

    pub fn new(printer: &Printer, what: &str) -> Self {
        let bar = (std::io::stderr().is_terminal() && !printer.is_quiet()).then(|| {
            let b = ProgressBar::hidden();
            b.set_style(
                ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} ({per_sec}, eta {eta})")
                    .expect("static template")
                    .progress_chars("=> "),
            );
            b.set_message(what.to_string());
            b
        });
        Progress { bar, what: what.to_string(), unit: "articles", quiet: printer.is_quiet() }
    }
}

impl Reporter for Progress {
    #[allow(clippy::print_stderr)]
    fn note(&self, message: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{message}")),
            None if !self.quiet => eprintln!("{message}"),
            None => {}
        }
    }

    fn start(&self, total: u64) {
        if let Some(b) = &self.bar {
            b.set_length(total);
            b.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    fn advance(&self, _label: &str) {
        if let Some(b) = &self.bar {
            b.inc(1);
        }
    }

    /// Paged imports: articles done against the total where the provider
    /// reports one (a bar with rate and ETA), else a spinner with the count
    /// and rate; the note (pages read) in the message.
    fn progress(&self, done: u64, total: Option<u64>, note: &str) {
        if let Some(b) = &self.bar {
            if b.is_hidden() {
                b.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
            match total {
                Some(t) => {
                    if b.length() != Some(t) {
                        b.set_style(
                            ProgressStyle::with_template(&format!("{{spinner}} {{msg}} [{{bar:30}}] {{pos}}/{{len}} {} ({{per_sec}}, eta {{eta}})", self.unit))
                                .expect("a valid template")
                                .progress_chars("=> "),
                        );
                        b.set_length(t);
                    }
                }
                None => {
                    if b.length().is_some() {
                        b.set_style(ProgressStyle::with_template(&format!("{{spinner}} {{msg}} {{pos}} {} ({{per_sec}}, {{elapsed}})", self.unit)).expect("a valid template"));
                        b.unset_length();
                    }
                }
            }
            b.set_position(done);
            b.set_message(format!("{}: {note}", self.what));
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
