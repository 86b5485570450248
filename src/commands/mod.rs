//! One module per subcommand (a folder per group). Each resolves what it
//! needs from [`Ctx`], calls the core, and hands the result to the printer.

mod apply;
mod audit;
mod assistant;
mod auth;
mod chatwoot;
pub mod complete;
pub mod completions;
pub mod doctor;
mod event;
mod export;
mod import_legacy;
mod integration;
mod kb;
mod key;
mod logs;
mod mapping;
mod org;
mod progress;
mod prompt;
mod queue;
mod records;
mod sandbox;
mod schedule;
mod schema;
mod serve;
pub(crate) mod send;
mod stats;
mod store;
mod sync;
pub(crate) mod targets;
mod template;
mod webhook;
mod worker;
pub(crate) mod test;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::error::{classify, Error, Exit};
use crate::output::Printer;
use crate::secrets::keyring::Keyring;
use crate::secrets::sources::{self, KeyInputs, Resolved};
use crate::settings::Settings;
use crate::store::{Org, Store};
use crate::templates::Catalog;

pub use prompt::EnvOrPrompt;

/// What every command gets: the resolved settings and the printer.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
    /// Set by a command that ended without changing anything (a dry run,
    /// an apply with nothing to do): no audit row is written for it.
    unchanged: std::sync::atomic::AtomicBool,
}

impl Ctx {
    pub fn nothing_changed(&self) {
        self.unchanged.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn changed_nothing(&self) -> bool {
        self.unchanged.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Opens the existing store.
    pub fn store(&self) -> crate::error::Result<Store> {
        Store::open(&self.settings.db)
    }

    pub fn keyring(&self) -> Keyring {
        Keyring::new(self.settings.keyring_backend)
    }

    /// Finds the store's master key from the sources, in order.
    pub fn unlock(&self, store: &Store) -> crate::error::Result<Resolved> {
        let record = store.require_key()?;
        let keyring = self.keyring();
        let passphrase = EnvOrPrompt::new("CRMCTL_PASSPHRASE", self.settings.interactive, false);
        sources::resolve(
            &record,
            &KeyInputs {
                env_key: self.settings.env_key.as_deref().map(|s| s.as_str()),
                passphrase: &passphrase,
                keyring: &keyring,
                store_id: store.store_id(),
            },
        )
    }

    /// The store's master key for a long-running process, followed across
    /// `key rotate` in other processes (found again from its source, never
    /// by prompting).
    pub fn key_watch(&self, store: &Store) -> crate::error::Result<crate::secrets::KeyWatch> {
        let key = std::sync::Arc::new(self.unlock(store)?.key);
        let (backend, env_key) = (self.settings.keyring_backend, self.settings.env_key.clone());
        Ok(crate::secrets::KeyWatch::new(
            key,
            Box::new(move |store: &Store| {
                let keyring = Keyring::new(backend);
                let passphrase = EnvOrPrompt::new("CRMCTL_PASSPHRASE", false, false);
                let record = store.require_key()?;
                let inputs = KeyInputs { env_key: env_key.as_deref().map(|s| s.as_str()), passphrase: &passphrase, keyring: &keyring, store_id: store.store_id() };
                Ok(sources::resolve(&record, &inputs)?.key)
            }),
        ))
    }

    pub fn catalog(&self) -> crate::error::Result<Catalog> {
        Catalog::load(&self.settings.template_dirs)
    }

    pub fn org(&self, store: &Store) -> crate::error::Result<Org> {
        store.org(&self.settings.org)
    }

    /// Asks before a destructive step; without a terminal, `--yes` is required.
    pub fn confirm(&self, question: &str, yes: bool) -> crate::error::Result<()> {
        self.confirm_loss(question, &[], yes)
    }

    /// The one confirmation for destructive or replacing commands: names
    /// what will go (one line each, on stderr), then asks on a terminal.
    /// `--yes` (or CRMCTL_YES=1) confirms; without a terminal and without
    /// it, the command is refused (exit 2) and nothing is changed.
    pub fn confirm_loss(&self, question: &str, losses: &[String], yes: bool) -> crate::error::Result<()> {
        if yes || env_yes() {
            return Ok(());
        }
        if !self.settings.interactive {
            let what = if losses.is_empty() { String::new() } else { format!(" ({})", losses.join("; ")) };
            return Err(Error::usage_hint(
                format!("{} needs confirmation{what}; nothing was changed", question.trim_end_matches('?')),
                "pass --yes (or set CRMCTL_YES=1) to confirm without a terminal, or --dry-run where offered to see the effect",
            ));
        }
        if !losses.is_empty() {
            self.printer.status("This will delete:");
            for l in losses {
                self.printer.status(format!("  - {l}"));
            }
        }
        if prompt::confirm(question)? {
            Ok(())
        } else {
            Err(Error::Failed { message: "cancelled; nothing was changed".into() })
        }
    }
}

impl Ctx {
    /// [`Ctx::confirm_loss`] for a command with `--dry-run`: on a dry run,
    /// names what would go on stderr and returns `false` (the caller stops
    /// there, having changed nothing); otherwise confirms and returns `true`.
    pub fn confirm_or_dry_run(&self, question: &str, losses: &[String], yes: bool, dry_run: bool) -> crate::error::Result<bool> {
        if dry_run {
            let what = if losses.is_empty() { "nothing".to_string() } else { losses.join("; ") };
            self.printer.status(format!("Dry run: would remove {what}; nothing was changed"));
            return Ok(false);
        }
        self.confirm_loss(question, losses, yes)?;
        Ok(true)
    }
}

/// CRMCTL_YES set to anything but empty, 0, false, no or off.
fn env_yes() -> bool {
    std::env::var("CRMCTL_YES")
        .is_ok_and(|v| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "0" | "false" | "no" | "off"))
}

/// What a footprint's delete takes, as lines for [`Ctx::confirm_loss`];
/// zero counts are left out.
pub fn losses(fp: &crate::store::Footprint) -> Vec<String> {
    [(fp.integrations, "integration"), (fp.secrets, "sealed secret"), (fp.records, "synced record"), (fp.articles, "knowledge-base article")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| count(n, w))
        .collect()
}

/// When a table shows fewer rows than matched, says so on stderr, with the
/// flags that show the rest: "showing 100 of 35,290 deals (--all, --limit,
/// --offset 100 for the next page)". JSON and YAML are left alone (the page
/// asked for is the page printed; --all prints everything).
pub fn paging_notice(ctx: &Ctx, what: &str, page: &crate::cli::PageArgs, shown: usize, matched: i64) {
    let shown = shown as i64;
    if ctx.printer.format != crate::cli::OutputFormat::Table || shown == 0 || shown >= matched {
        return;
    }
    let from = if page.offset > 0 { format!(" from offset {}", page.offset) } else { String::new() };
    let next = page.offset + shown;
    let more = if next < matched { format!(", --offset {next} for the next page") } else { String::new() };
    ctx.printer.status(format!("showing {shown} of {}{from} (--all, --limit N{more})", count(matched, what.trim_end_matches('s'))));
}

/// When a list came back empty, says what was searched on stderr: "No
/// steps with status dead in org default (12 steps in all)", or that the
/// offset is past the last match.
pub fn empty_notice(ctx: &Ctx, what: &str, org: &str, searched: &[String], matched: i64, all: i64, offset: i64) {
    let singular = what.trim_end_matches('s');
    if matched > 0 && offset >= matched {
        ctx.printer.status(format!("No {what} from offset {offset}: {} matched (--offset 0 for the first page).", count(matched, singular)));
        return;
    }
    let filters = if searched.is_empty() { String::new() } else { format!(" {}", searched.join(", ")) };
    let total = if searched.is_empty() { String::new() } else { format!(" ({} in all)", count(all, singular)) };
    ctx.printer.status(format!("No {what}{filters} in org {org}{total}."));
}

/// A page of a list held in memory: the rows --offset, --limit and --all
/// select, and how many there were in all.
pub fn page_of<T>(rows: Vec<T>, page: &crate::cli::PageArgs) -> (Vec<T>, i64) {
    let total = rows.len() as i64;
    let rest = rows.into_iter().skip(page.offset.max(0) as usize);
    let rows = if page.all { rest.collect() } else { rest.take(page.limit.max(0) as usize).collect() };
    (rows, total)
}

/// "1 record", "35,290 records".
pub fn count(n: i64, what: &str) -> String {
    let digits = n.abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if n < 0 { "-" } else { "" };
    let plural = if n == 1 { what.to_string() } else if what.ends_with('y') { format!("{}ies", &what[..what.len() - 1]) } else { format!("{what}s") };
    format!("{sign}{grouped} {plural}")
}

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> Exit {
    let printer = Printer::new(cli.global.output, cli.global.quiet);
    let settings = match Settings::resolve(&cli.global) {
        Ok(s) => s,
        Err(e) => return report(&printer, e.into()),
    };
    if !cli.global.quiet {
        crate::store::busy::set_notice(store_wait_notice);
        crate::http::trace::install(cli.global.verbose, crate::output::trace_line);
    }
    if let Some(e) = output_refusal(&cli.command, cli.global.output) {
        return report(&printer, e.into());
    }
    let ctx = Ctx { settings, printer, unchanged: Default::default() };
    let argv: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    match dispatch(&ctx, cli.command) {
        Ok(exit) => {
            if matches!(exit, Exit::Ok | Exit::Changed) {
                audit::record(&ctx, &argv);
            }
            exit
        }
        Err(e) => report(&ctx.printer, e),
    }
}

/// The commands whose output has one fixed form refuse an `-o` they cannot
/// honour (exit 2) rather than ignore it: every other command prints its
/// data as a table, JSON or YAML.
pub fn output_refusal(command: &Command, format: crate::cli::OutputFormat) -> Option<Error> {
    use crate::cli::{ChatwootCommand, KbCommand, KeyCommand, LogsCommand, OutputFormat, QueueCommand, SandboxCommand, SchemaCommand, TemplateCommand, WebhookCommand};
    let (what, prints, hint) = match command {
        Command::Key(KeyCommand::Generate) => ("key generate", "the key as base64", "leave out -o"),
        Command::Completions(_) => ("completions", "a shell script", "leave out -o"),
        Command::Template(TemplateCommand::Schema) | Command::Schema(SchemaCommand::Apply | SchemaCommand::Template) => {
            if format == OutputFormat::Json {
                return None;
            }
            ("schema", "a JSON Schema", "leave out -o, or use -o json")
        }
        Command::Export(_) => {
            if format == OutputFormat::Yaml {
                return None;
            }
            ("export", "YAML apply files", "leave out -o (or use -o yaml); for JSON, use `crmctl integration list -o json`")
        }
        Command::Kb(KbCommand::Export(_)) => ("kb export", "JSON lines or Markdown (--format)", "leave out -o and choose with --format jsonl|markdown"),
        Command::Chatwoot(ChatwootCommand::WidgetScript(_)) => ("chatwoot widget-script", "an HTML snippet", "leave out -o"),
        Command::Webhook(WebhookCommand::Key(_)) => ("webhook key", "the new key as plain text", "leave out -o"),
        Command::Serve(_) | Command::Sandbox(SandboxCommand::Serve(_)) => ("serve", "its address and one line per request", "leave out -o"),
        Command::Worker(_) | Command::Queue(QueueCommand::Process(_)) | Command::Logs(LogsCommand::Tail(crate::cli::LogsTailArgs { follow: true, .. })) => {
            if format != OutputFormat::Yaml {
                return None;
            }
            let what = match command {
                Command::Worker(_) => "worker",
                Command::Queue(_) => "queue process",
                _ => "logs tail --follow",
            };
            (what, "lines as they happen (JSON lines with -o json)", "use -o json, or leave out -o")
        }
        _ => return None,
    };
    if format == OutputFormat::Table {
        return None;
    }
    let name = match format {
        OutputFormat::Json => "json",
        OutputFormat::Yaml => "yaml",
        OutputFormat::Table => "table",
    };
    Some(Error::usage_hint(format!("{what} prints {prints}; -o {name} is not supported"), hint))
}

#[allow(clippy::print_stderr)]
fn store_wait_notice(message: &str) {
    eprintln!("{message}");
}

fn report(printer: &Printer, err: anyhow::Error) -> Exit {
    // A closed pipe (`crmctl ... | head`) is not an error.
    if err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }) {
        return Exit::Ok;
    }
    let (exit, hint) = classify(&err);
    printer.error(&err, hint.as_deref());
    exit
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<Exit> {
    match command {
        Command::Key(c) => key::run(ctx, c),
        Command::Template(c) => template::run(ctx, c),
        Command::Org(c) => org::run(ctx, c),
        Command::Assistant(c) => assistant::run(ctx, c),
        Command::Integration(c) => integration::run(ctx, c),
        Command::Test(a) => test::run(ctx, a),
        Command::Auth(c) => auth::run(ctx, c),
        Command::Send(a) => send::run(ctx, a),
        Command::Event(c) => event::run(ctx, c),
        Command::Queue(c) => queue::run(ctx, c),
        Command::Worker(a) => worker::run(ctx, a),
        Command::Logs(c) => logs::run(ctx, c),
        Command::Kb(c) => kb::run(ctx, c),
        Command::Mapping(c) => mapping::run(ctx, c),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Contacts(c) => records::run(ctx, "contacts", c),
        Command::Tickets(c) => records::run(ctx, "tickets", c),
        Command::Deals(c) => records::run(ctx, "deals", c),
        Command::Accounts(c) => records::accounts(ctx, c),
        Command::Schedule(c) => schedule::run(ctx, c),
        Command::Serve(a) => serve::run(ctx, a),
        Command::Webhook(c) => webhook::run(ctx, c),
        Command::Stats(a) => stats::run(ctx, &a),
        Command::Chatwoot(c) => chatwoot::run(ctx, c),
        Command::Sandbox(c) => sandbox::run(ctx, c),
        Command::Import(c) => import_legacy::run(ctx, c),
        Command::Apply(a) => apply::run(ctx, a),
        Command::Export(a) => export::run(ctx, a),
        Command::Schema(c) => schema::run(ctx, c),
        Command::Completions(a) => completions::run(ctx, a),
        Command::Store(c) => store::run(ctx, c),
        Command::Doctor => doctor::run(ctx),
        Command::Version => doctor::run_version(ctx),
    }
}
