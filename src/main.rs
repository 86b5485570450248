use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crmctl::cli::Cli::parse();
    ExitCode::from(crmctl::commands::run(cli) as u8)
}
