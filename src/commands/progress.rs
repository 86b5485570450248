//! indicatif progress bars, only when stderr is a terminal and not --quiet.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::engine::Reporter;
use crate::output::Printer;

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
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
        Progress { bar }
    }
}

impl Reporter for Progress {
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

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
