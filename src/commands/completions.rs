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

/// The sections every man page ends with (roff).
const MAN_COMMON: &str = r#".SH ENVIRONMENT
.TP
\fBCRMCTL_DB\fR, \fBCRMCTL_ORG\fR, \fBCRMCTL_OUTPUT\fR, \fBCRMCTL_TEMPLATE_DIR\fR, \fBCRMCTL_NO_INPUT\fR
Defaults for \fB\-\-db\fR, \fB\-\-org\fR, \fB\-o\fR, \fB\-\-template\-dir\fR and \fB\-\-no\-input\fR.
.TP
\fBCRMCTL_YES\fR
Set to 1 to confirm destructive commands without a terminal, as \fB\-\-yes\fR does.
.TP
\fBCRMCTL_MASTER_KEY\fR
The master key (base64), for CI; tried before the passphrase and the keyring.
.TP
\fBCRMCTL_PASSPHRASE\fR, \fBCRMCTL_NEW_MASTER_KEY\fR, \fBCRMCTL_NEW_PASSPHRASE\fR, \fBCRMCTL_KEY_FILE_PASSPHRASE\fR, \fBCRMCTL_BUNDLE_PASSPHRASE\fR
Passphrases and keys read instead of prompting.
.TP
\fBCRMCTL_KEYRING_BACKEND\fR
The keyring backend to use.
.TP
\fBCRMCTL_TIMEOUT\fR, \fBCRMCTL_BUSY_TIMEOUT_MS\fR
HTTP request timeout; how long to wait for a locked store.
.TP
\fBNO_COLOR\fR
Turns off colour.
.SH EXIT STATUS
.TP
0
Success.
.TP
1
The operation failed (a connection test, a step, a sync, a doctor check).
.TP
2
Usage or input error: bad flags or files, unknown names, a wrong key, a destructive command without \fB\-\-yes\fR and no terminal.
.TP
3
Environment error: no key source, the keyring or the store unusable.
.TP
4
\fBapply \-\-detailed\-exitcode\fR: something changed (or would, with \fB\-\-dry\-run\fR).
.TP
130
Interrupted.
.SH FILES
.TP
\fI$XDG_DATA_HOME/crmctl/crmctl.db\fR
The store (SQLite): orgs, integrations, sealed secrets, records, the queue and the sync log.
.TP
\fI$XDG_CONFIG_HOME/crmctl/templates/\fR
User provider templates (YAML), next to the built-in ones.
"#;

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
    let mut page = String::from_utf8(buf).expect("man pages are UTF-8");
    page.push_str(MAN_COMMON);
    pages.push((format!("{name}.1"), page));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        collect_pages(sub, &format!("{name}-{}", sub.get_name()), pages);
    }
}

pub fn run(ctx: &Ctx, args: CompletionsArgs) -> Result<Exit> {
    if args.install {
        return install(ctx, args.shell);
    }
    let shell = args.shell.ok_or_else(|| crate::error::Error::usage("name a shell: bash, zsh, fish, powershell or elvish"))?;
    ctx.printer.raw(&script(shell))?;
    Ok(Exit::Ok)
}

/// `completions --install`: a loader for the dynamic completions in the
/// user's completion directory, and the man pages in the user's manual.
fn install(ctx: &Ctx, shell: Option<clap_complete::Shell>) -> Result<Exit> {
    use clap_complete::Shell;
    use crate::error::Error;
    let shell = match shell {
        Some(s) => s,
        None => std::env::var("SHELL").ok().as_deref().and_then(Shell::from_shell_path).ok_or_else(|| {
            Error::usage_hint("cannot tell your shell from $SHELL", "name it: crmctl completions --install bash")
        })?,
    };
    let var = super::complete::VAR;
    let (path, text) = match shell {
        Shell::Bash => (crate::settings::data_home().join("bash-completion/completions/crmctl"), format!("# crmctl's completions, names included (crmctl completions --install)\nsource <({var}=bash crmctl)\n")),
        Shell::Fish => (crate::settings::config_home().join("fish/completions/crmctl.fish"), format!("# crmctl's completions, names included (crmctl completions --install)\n{var}=fish crmctl | source\n")),
        Shell::Zsh => return Err(Error::usage_hint("zsh completions are loaded from ~/.zshrc", format!("add this line to ~/.zshrc: source <({var}=zsh crmctl)")).into()),
        Shell::PowerShell => return Err(Error::usage_hint("PowerShell completions are loaded from $PROFILE", format!("add this line to $PROFILE: $env:{var} = \"powershell\"; crmctl | Out-String | Invoke-Expression; Remove-Item Env:\\{var}")).into()),
        other => return Err(Error::usage_hint(format!("--install does not know where {other} keeps completions"), format!("load them from your shell's start-up file with {var}={other} crmctl")).into()),
    };
    write(&path, &text)?;
    ctx.printer.status(format!("Wrote {} (open a new shell to use it)", path.display()));
    let man = crate::settings::data_home().join("man/man1");
    let pages = man_pages();
    for (name, page) in &pages {
        write(&man.join(name), page)?;
    }
    ctx.printer.status(format!("Wrote {} man pages to {} (`man crmctl`)", pages.len(), man.display()));
    Ok(Exit::Ok)
}

fn write(path: &std::path::Path, text: &str) -> crate::error::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::io(dir, e))?;
    }
    std::fs::write(path, text).map_err(|e| crate::error::Error::io(path, e))
}
