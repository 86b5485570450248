use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `COMPLETE=bash crmctl -- WORDS` (from the shell's registration script) completes and exits.
    crmctl::commands::complete::maybe_complete();
    // `--version -v` is the long form, as `crmctl version` prints it.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--version" || a == "-V") && args.iter().any(|a| a == "-v" || a == "--verbose") {
        print!("{}", crmctl::commands::doctor::version_text());
        return ExitCode::SUCCESS;
    }
    let cli = crmctl::cli::Cli::parse();
    ExitCode::from(crmctl::commands::run(cli) as u8)
}
