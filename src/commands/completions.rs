use anyhow::Result;
use clap::CommandFactory;

use super::Ctx;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::Exit;

/// The completion script for a shell, as committed under `completions/`.
pub fn script(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crmctl", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

pub fn run(ctx: &Ctx, args: CompletionsArgs) -> Result<Exit> {
    ctx.printer.raw(&script(args.shell))?;
    Ok(Exit::Ok)
}
