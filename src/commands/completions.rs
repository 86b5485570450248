use anyhow::Result;
use clap::CommandFactory;

use super::Ctx;
use crate::cli::{Cli, CompletionsArgs};
use crate::error::Exit;

/// The shells `completions/` holds a script for.
pub const SHELLS: &[clap_complete::Shell] = &[
    clap_complete::Shell::Bash,
    clap_complete::Shell::Zsh,
    clap_complete::Shell::Fish,
    clap_complete::Shell::PowerShell,
    clap_complete::Shell::Elvish,
];

/// The completion script for a shell, as committed under `completions/`.
pub fn script(shell: clap_complete::Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "crmctl", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

/// The file name of a shell's script under `completions/`.
pub fn script_file(shell: clap_complete::Shell) -> String {
    match shell {
        clap_complete::Shell::Bash => "crmctl.bash".into(),
        clap_complete::Shell::Zsh => "_crmctl".into(),
        clap_complete::Shell::Fish => "crmctl.fish".into(),
        clap_complete::Shell::PowerShell => "_crmctl.ps1".into(),
        clap_complete::Shell::Elvish => "crmctl.elv".into(),
        other => format!("crmctl.{other}"),
    }
}

/// Every man page (`crmctl.1`, `crmctl-key.1`, `crmctl-key-init.1`, ...),
/// as committed under `man/`.
pub fn man_pages() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, "crmctl", &mut pages);
    pages
}

fn collect_pages(cmd: &clap::Command, name: &str, pages: &mut Vec<(String, String)>) {
    let page_cmd = cmd.clone().name(name.to_string()).bin_name(name.replace('-', " "));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page_cmd).render(&mut buf).expect("rendering to memory cannot fail");
    pages.push((format!("{name}.1"), String::from_utf8(buf).expect("man pages are UTF-8")));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

pub fn run(ctx: &Ctx, args: CompletionsArgs) -> Result<Exit> {
    ctx.printer.raw(&script(args.shell))?;
    Ok(Exit::Ok)
}
