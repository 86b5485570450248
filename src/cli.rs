//! Every clap type. The `///` comment on a field is its help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const ABOUT: &str = "Administer the integrations between a conversational-AI platform and \
the CRMs, helpdesks and call centres its customers run";

const LONG_ABOUT: &str = "\
crmctl keeps integration credentials sealed with AES-256-GCM in a local SQLite
store under a master key held in the OS keyring (or derived from a passphrase,
or given in CRMCTL_MASTER_KEY for CI), and configures integrations from YAML
provider templates.";

const AFTER_HELP: &str = "\
Examples:
  crmctl key init
  crmctl integration add zendesk --name zendesk-prod \\
      --field subdomain=acme --field email=ops@acme.com --secret api_token=env:ZENDESK_TOKEN
  crmctl integration list -o json

Exit codes: 0 ok, 1 operation failed, 2 usage or input error (including a
wrong key), 3 environment error (no key source, keyring or store unusable),
130 interrupted.";

#[derive(Debug, Parser)]
#[command(name = "crmctl", version, about = ABOUT, long_about = LONG_ABOUT, after_long_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Path of the store [default: $XDG_DATA_HOME/crmctl/crmctl.db]
    #[arg(long, global = true, env = "CRMCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// The org (tenant) every command works in
    #[arg(long, global = true, env = "CRMCTL_ORG", value_name = "ORG", default_value = "default")]
    pub org: String,

    /// Format of the data printed to stdout
    #[arg(short = 'o', long, global = true, env = "CRMCTL_OUTPUT", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Never prompt; fail with a message naming the missing flag instead
    #[arg(long, global = true, env = "CRMCTL_NO_INPUT")]
    pub no_input: bool,

    /// Print only data and errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more detail to stderr (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Extra directory of provider templates (repeatable; later ones win)
    #[arg(long, global = true, env = "CRMCTL_TEMPLATE_DIR", value_name = "DIR", value_delimiter = ':')]
    pub template_dir: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Human-readable tables
    Table,
    /// Stable JSON (documented in the README)
    Json,
    /// YAML
    Yaml,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, inspect, rotate and move the master key
    #[command(subcommand)]
    Key(KeyCommand),
    /// List, show and validate provider templates
    #[command(subcommand)]
    Template(TemplateCommand),
    /// Manage orgs (tenants)
    #[command(subcommand)]
    Org(OrgCommand),
    /// Manage assistants (voice or chat agents) in an org
    #[command(subcommand)]
    Assistant(AssistantCommand),
    /// Configure integrations
    #[command(subcommand, visible_alias = "int")]
    Integration(IntegrationCommand),
    /// Print a shell completion script
    #[command(after_long_help = "Examples:\n  crmctl completions bash > ~/.local/share/bash-completion/completions/crmctl\n  crmctl completions zsh > \"${fpath[1]}/_crmctl\"")]
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Print a new random 256-bit key, base64, for a CI secret store
    #[command(after_long_help = "Example:\n  export CRMCTL_MASTER_KEY=$(crmctl key generate)\n  crmctl key init")]
    Generate,
    /// Create the store's master key and record its id and check value
    #[command(after_long_help = "\
The key goes to the OS keyring unless CRMCTL_MASTER_KEY is set (then that key is
recorded and nothing is saved elsewhere) or --passphrase is given.

Examples:
  crmctl key init
  CRMCTL_PASSPHRASE=... crmctl key init --passphrase
  CRMCTL_MASTER_KEY=$(crmctl key generate) crmctl key init")]
    Init(KeyInitArgs),
    /// Say which key source is in use, the key id, and whether it opens the store
    Status,
    /// Re-seal every secret under a new key, in one transaction
    #[command(after_long_help = "\
The new key goes where the current one is (keyring, passphrase or env) unless
--to says otherwise. For env, give the new key in CRMCTL_NEW_MASTER_KEY; for a
passphrase, in CRMCTL_NEW_PASSPHRASE or at the prompt. The old key is kept until
every secret has been verified under the new one.

Examples:
  crmctl key rotate
  CRMCTL_NEW_MASTER_KEY=$(crmctl key generate) crmctl key rotate --to env")]
    Rotate(KeyRotateArgs),
    /// Write the master key to a passphrase-sealed file (Argon2id + AES-256-GCM)
    #[command(after_long_help = "Example:\n  CRMCTL_KEY_FILE_PASSPHRASE=... crmctl key export --out crmctl-key.json")]
    Export(KeyExportArgs),
    /// Read a key file from `key export` and save the key in the OS keyring
    #[command(after_long_help = "Example:\n  CRMCTL_KEY_FILE_PASSPHRASE=... crmctl key import crmctl-key.json")]
    Import(KeyImportArgs),
}

#[derive(Debug, Args)]
pub struct KeyInitArgs {
    /// Derive the key from a passphrase (CRMCTL_PASSPHRASE or a prompt) with Argon2id
    #[arg(long)]
    pub passphrase: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyDestination {
    /// The OS keyring
    Keyring,
    /// A passphrase (CRMCTL_NEW_PASSPHRASE or a prompt)
    Passphrase,
    /// A key you keep yourself, given in CRMCTL_NEW_MASTER_KEY
    Env,
}

#[derive(Debug, Args)]
pub struct KeyRotateArgs {
    /// Where the new key lives [default: where the current one is]
    #[arg(long, value_enum)]
    pub to: Option<KeyDestination>,
}

#[derive(Debug, Args)]
pub struct KeyExportArgs {
    /// File to write (created 0600; must not exist)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct KeyImportArgs {
    /// Key file written by `crmctl key export`
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// List the provider templates (built-in and your own)
    List,
    /// Show one template: fields, auth, test, actions, what it cannot do
    Show(TemplateShowArgs),
    /// Check template files; errors name file, line and column
    #[command(after_long_help = "Example:\n  crmctl template validate sample-configs/templates/acme-crm.yaml")]
    Validate(TemplateValidateArgs),
    /// Print the JSON Schema of the template format, for editors
    Schema,
}

#[derive(Debug, Args)]
pub struct TemplateShowArgs {
    /// Template id, e.g. zendesk
    pub id: String,
}

#[derive(Debug, Args)]
pub struct TemplateValidateArgs {
    /// Template files
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an org
    Add(NameArgs),
    /// List orgs
    List,
    /// Remove an org and everything in it
    Remove(RemoveArgs),
    /// Set (or with an empty value, clear) an org setting, e.g. agent_limit=3
    #[command(after_long_help = "Example:\n  crmctl org set acme agent_limit=3")]
    Set(OrgSetArgs),
}

#[derive(Debug, Args)]
pub struct NameArgs {
    /// Name: letters, digits, '-', '_' or '.'
    pub name: String,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Name (or id)
    pub name: String,
    /// Do not ask for confirmation (required without a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct OrgSetArgs {
    /// Org name
    pub name: String,
    /// KEY=VALUE; an empty value removes the setting
    #[arg(value_name = "KEY=VALUE")]
    pub setting: String,
}

#[derive(Debug, Subcommand)]
pub enum AssistantCommand {
    /// Create an assistant in the org (--org)
    Add(AssistantAddArgs),
    /// List the org's assistants
    List,
    /// Remove an assistant and its assistant-specific integrations
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct AssistantAddArgs {
    /// Name: letters, digits, '-', '_' or '.'
    pub name: String,
    /// Create it with integrations switched off
    #[arg(long)]
    pub integrations_disabled: bool,
}

#[derive(Debug, Subcommand)]
pub enum IntegrationCommand {
    /// Add an integration from a provider template
    #[command(after_long_help = "\
Secrets are never taken as plain values on the command line (they would sit in
shell history and the process list). A SOURCE is env:VAR, file:PATH, or - for
standard input.

On a terminal, missing required fields are prompted for; with --no-input or
without a terminal the error names every missing field and its flag.

Examples:
  crmctl integration add zendesk --name zendesk-prod \\
      --field subdomain=acme --field email=ops@acme.com \\
      --secret api_token=env:ZENDESK_TOKEN --on escalation --priority 20
  crmctl integration add hubspot --name hubspot --secret access_token=- < token.txt
  crmctl integration add custom_rest --from-file sample-configs/integrations/custom-rest.yaml")]
    Add(IntegrationAddArgs),
    /// List the org's integrations
    List,
    /// Show one integration; secrets are masked
    Show(IntegrationRef),
    /// Change an integration's fields, secrets or settings
    #[command(after_long_help = "Examples:\n  crmctl integration edit zendesk-prod --priority 5 --on conversation_ended\n  crmctl integration edit zendesk-prod --secret api_token=file:/run/secrets/zendesk")]
    Edit(IntegrationEditArgs),
    /// Remove an integration and its secrets
    Remove(RemoveArgs),
    /// Enable an integration
    Enable(IntegrationRef),
    /// Disable an integration (kept, but no event runs it)
    Disable(IntegrationRef),
}

#[derive(Debug, Args)]
pub struct IntegrationRef {
    /// Integration name or id
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnFailure {
    /// Later steps of the chain still run
    Continue,
    /// The chain stops here
    Stop,
}

impl OnFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            OnFailure::Continue => "continue",
            OnFailure::Stop => "stop",
        }
    }
}

#[derive(Debug, Args)]
pub struct IntegrationAddArgs {
    /// Provider template id (see `crmctl template list`); may come from --from-file
    pub provider: Option<String>,
    /// Name of the integration, unique in the org
    #[arg(long)]
    pub name: Option<String>,
    /// Make it specific to this assistant (default: an org default)
    #[arg(long, value_name = "ASSISTANT")]
    pub assistant: Option<String>,
    /// A non-secret field value (repeatable)
    #[arg(long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// A secret field and where to read it: env:VAR, file:PATH or - (repeatable)
    #[arg(long = "secret", value_name = "KEY=SOURCE")]
    pub secrets: Vec<String>,
    /// Run order in a chain; lower runs first [default: 100]
    #[arg(long)]
    pub priority: Option<i64>,
    /// An event that fires it (repeatable): conversation_ended, contact_request,
    /// escalation, kb_sync, low_score, or a custom name
    #[arg(long = "on", value_name = "EVENT")]
    pub events: Vec<String>,
    /// What a failure does to the rest of the chain [default: continue]
    #[arg(long, value_enum)]
    pub on_failure: Option<OnFailure>,
    /// Override the template's base URL (https, or http on loopback)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Add it disabled
    #[arg(long)]
    pub disabled: bool,
    /// Read the integration from a YAML file; flags override its values
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct IntegrationEditArgs {
    /// Integration name or id
    pub name: String,
    /// New name
    #[arg(long, value_name = "NAME")]
    pub rename: Option<String>,
    /// Make it specific to this assistant
    #[arg(long, value_name = "ASSISTANT", conflicts_with = "org_default")]
    pub assistant: Option<String>,
    /// Make it an org default (not assistant-specific)
    #[arg(long)]
    pub org_default: bool,
    /// Set a non-secret field (repeatable); KEY= clears an optional field
    #[arg(long = "field", value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// Replace a secret: env:VAR, file:PATH or - (repeatable)
    #[arg(long = "secret", value_name = "KEY=SOURCE")]
    pub secrets: Vec<String>,
    /// Run order in a chain; lower runs first
    #[arg(long)]
    pub priority: Option<i64>,
    /// Replace the events that fire it (repeatable)
    #[arg(long = "on", value_name = "EVENT")]
    pub events: Vec<String>,
    /// Remove every event subscription
    #[arg(long, conflicts_with = "events")]
    pub no_events: bool,
    /// What a failure does to the rest of the chain
    #[arg(long, value_enum)]
    pub on_failure: Option<OnFailure>,
    /// Override the base URL (https, or http on loopback)
    #[arg(long, value_name = "URL", conflicts_with = "template_base_url")]
    pub base_url: Option<String>,
    /// Go back to the template's base URL
    #[arg(long)]
    pub template_base_url: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
