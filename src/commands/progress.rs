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
    /// The style in use for paged progress: 0 none yet, 1 a bar, 2 a spinner.
    mode: std::sync::atomic::AtomicU8,
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
        Progress { bar, what: what.to_string(), unit: "articles", quiet: printer.is_quiet(), mode: Default::default() }
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
            use std::sync::atomic::Ordering;
            match total {
                Some(t) => {
                    if self.mode.swap(1, Ordering::Relaxed) != 1 || b.length() != Some(t) {
                        b.set_style(
                            ProgressStyle::with_template(&format!("{{spinner}} {{msg}} [{{bar:30}}] {{pos}}/{{len}} {} ({{per_sec}}, eta {{eta}})", self.unit))
                                .expect("a valid template")
                                .progress_chars("=> "),
                        );
                        b.set_length(t);
                    }
                }
                // No total: a spinner with the count and the rate, never a bar
                // with a made-up length.
                None => {
                    if self.mode.swap(2, Ordering::Relaxed) != 2 {
                        b.set_style(ProgressStyle::with_template(&format!("{{spinner}} {{msg}} {{human_pos}} {} ({{per_sec}}, {{elapsed}})", self.unit)).expect("a valid template"));
                        b.unset_length();
                        b.enable_steady_tick(std::time::Duration::from_millis(120));
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
