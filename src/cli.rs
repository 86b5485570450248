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
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The store: a SQLite file, or a postgres:// URL (password from PGPASSWORD or ~/.pgpass) [default: $XDG_DATA_HOME/crmctl/crmctl.db]
    #[arg(long, global = true, env = "CRMCTL_DB", value_name = "PATH_OR_URL")]
    pub db: Option<PathBuf>,

    /// The org (tenant) every command works in
    #[arg(long, global = true, env = "CRMCTL_ORG", value_name = "ORG", default_value = "default")]
    pub org: String,

    /// Format of the data printed to stdout
    #[arg(short = 'o', long, global = true, env = "CRMCTL_OUTPUT", value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,

    /// Never prompt; fail with a message naming the missing flag instead
    #[arg(long, global = true, env = "CRMCTL_NO_INPUT", value_parser = clap::builder::FalseyValueParser::new())]
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
    /// Test integrations' connections and say precisely what is wrong
    #[command(after_long_help = "\
For each integration: ok or failed, latency, HTTP status, account details, and
for a failure its class (dns, connect, tls, timeout, auth, permission,
not_found, rate_limited, server, unexpected_response, config) with a hint.
The verdict is stored (see `integration list`) and written to the sync log.
Exit code 1 when any test failed.

Examples:
  crmctl test zendesk-prod
  crmctl test --all --concurrency 16 -o json
  crmctl test --provider zendesk --field subdomain=acme --field email=ops@acme.com \\
      --secret api_token=env:ZENDESK_TOKEN")]
    Test(TestArgs),
    /// OAuth 2.0 sign-in for integrations that use the authorization-code flow
    #[command(subcommand)]
    Auth(AuthCommand),
    /// Run one action of one integration now (or show it with --dry-run)
    #[command(after_long_help = "\
The action's request is rendered from the template with the payload (and
--set overrides) as `event`. --dry-run prints the request with secrets masked
and sends nothing.

Examples:
  crmctl send zendesk-prod create_ticket --payload sample-configs/events/escalation.json --dry-run
  crmctl send slack post_message --set summary='Test from crmctl'")]
    Send(SendArgs),
    /// Fire events that run chained integrations through the queue
    #[command(subcommand)]
    Event(EventCommand),
    /// Inspect and manage the durable step queue, including dead letters
    #[command(subcommand)]
    Queue(QueueCommand),
    /// Run the queue until SIGINT/SIGTERM
    #[command(after_long_help = "\
Workers lease runnable steps, run each step's action with the event payload
and earlier steps' outputs, and record the outcome. Transient failures
(timeouts, connection errors, 429, 5xx) are retried with exponential backoff
and jitter, or after the provider's Retry-After, up to the step's attempts,
then dead-lettered. On SIGINT or SIGTERM the worker stops taking work and
finishes what it holds; a second signal releases it and exits.

Examples:
  crmctl worker --concurrency 8
  crmctl worker --org acme --poll 2s")]
    Worker(WorkerArgs),
    /// Read the sync log: tests, steps, imports, syncs, webhooks
    #[command(subcommand)]
    Logs(LogsCommand),
    /// Import, search and export the assistant's knowledge base from a helpdesk
    #[command(subcommand)]
    Kb(KbCommand),
    /// Map source records' fields to the platform's contacts, tickets and deals
    #[command(subcommand)]
    Mapping(MappingCommand),
    /// Sync contacts, tickets and deals from a CRM or helpdesk (incremental by default)
    #[command(after_long_help = "\
Checks the connection first: rejected credentials fail the sync (exit 1)
rather than reporting an empty success. Then pages through each stream the
provider's template defines (or only --stream) with the provider's own
pagination, maps every record through the integration's field mappings (or
the defaults), and upserts it by the provider's id with a content hash: an
unchanged record is not rewritten. A record that cannot be mapped is counted
as failed, with its reason in the report and the sync log, and the sync goes
on. Contacts are matched to accounts by email domain. Each page is committed
with the position of the next one, so an interrupted sync run again resumes
where it stopped.

Without --full or --since, only records changed since the last sync are asked
for (where the provider can filter by time). --full reads everything and
marks the records the source no longer has as deleted. Each stream writes a
record_sync row to the sync log. Exit code 1 when the connection check or a
stream failed.

Examples:
  crmctl sync hubspot-prod
  crmctl sync zendesk-prod --stream tickets --full
  crmctl sync sandbox --since 7d --dry-run -o json")]
    Sync(SyncArgs),
    /// The unified contacts view across every connected CRM
    #[command(subcommand)]
    Contacts(RecordsCommand),
    /// The unified tickets view across every connected helpdesk
    #[command(subcommand)]
    Tickets(RecordsCommand),
    /// The unified deals view across every connected CRM
    #[command(subcommand)]
    Deals(RecordsCommand),
    /// Accounts: synced contacts grouped by their email domain
    #[command(subcommand)]
    Accounts(AccountsCommand),
    /// Run knowledge-base imports and record syncs on a schedule (`crmctl worker` runs them)
    #[command(subcommand)]
    Schedule(ScheduleCommand),
    /// Receive pushed contacts, tickets and deals (n8n-style webhooks) until SIGINT/SIGTERM
    #[command(after_long_help = "\
POST /webhooks/INTEGRATION takes {\"integration_id\", \"data_type\":
\"contacts|tickets|deals\", \"records\": [...]}, runs each record through the
integration's field mappings and the same upsert as `crmctl sync`, and answers
{processed, created, updated, unchanged, failed, failures}. A request carries
the integration's webhook key (`crmctl webhook key NAME`) either as an X-Api-Key
header, or as an HMAC-SHA256 signature: X-Crmctl-Timestamp: <unix seconds> and
X-Crmctl-Signature: sha256=<hex of HMAC(key, \"<timestamp>.<body>\")>. Signed
requests more than five minutes off, or seen before, are refused. Bad
credentials get 401 with no detail; an unknown integration 404; a body that is
not JSON 400, the wrong shape 422; a body over --max-body 413. Nothing is
written for a refused request. On SIGINT or SIGTERM the server finishes the
requests in hand and exits 0. It speaks plain HTTP: put it behind a TLS proxy
when it listens beyond loopback.

Examples:
  crmctl serve --listen 127.0.0.1:8787
  crmctl serve --listen 0.0.0.0:8787 --max-body 10MiB")]
    Serve(ServeArgs),
    /// Webhook keys for `crmctl serve`
    #[command(subcommand)]
    Webhook(WebhookCommand),
    /// Dashboard figures: success rate, records and bytes synced, per-integration last sync, failures
    #[command(after_long_help = "Examples:
  crmctl stats
  crmctl stats --since 30d
  crmctl stats --integration zendesk-prod -o json")]
    Stats(StatsArgs),
    /// Administer a Chatwoot helpdesk: agents, inboxes, the chat widget
    #[command(subcommand)]
    Chatwoot(ChatwootCommand),
    /// A local fake CRM/helpdesk API to try crmctl without a vendor account
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Import integrations from other systems' stores
    #[command(subcommand)]
    Import(ImportCommand),
    /// Create, update and (with --prune) delete orgs, assistants and integrations from YAML files
    #[command(after_long_help = "\
Each YAML document declares one thing by its kind: org, assistant or
integration (see `crmctl schema apply`, and sample-configs/apply/). Secrets are
references, ${env:VAR} or ${file:PATH} (relative to the file), never values.

crmctl reads every file and every secret reference first; any problem (a
missing variable, an unknown provider, an invalid field, a file that does not
parse) is reported, all of them at once, and nothing is written. It then
prints the plan (+ create, ~ update with each changed field, -/+ replace, -
delete, = unchanged; secrets only as added/changed/unchanged/removed) and
applies it in one transaction.

--prune deletes the assistants and integrations that the files no longer
declare, but only inside the orgs the files name. --test tests the connection
of every integration the plan creates or changes before anything is written,
and writes nothing when one fails.

Exit codes: 0 success (with --detailed-exitcode: success and nothing to
change), 1 a connection test failed, 2 bad files or references, 3 store or key
unavailable, 4 with --detailed-exitcode: success and changes were made (or,
with --dry-run, are pending).

Examples:
  crmctl apply -f sample-configs/apply/council.yaml --dry-run
  crmctl apply -f config/ --prune --test
  crmctl apply -f config/ --detailed-exitcode -o json
  crmctl apply --sealed setup.bundle")]
    Apply(ApplyArgs),
    /// Write orgs, assistants and integrations as apply files (secrets as references), or a sealed bundle
    #[command(after_long_help = "\
Without --sealed, the output is the apply format with every secret as an
${env:VAR} reference (VAR is INTEGRATION_FIELD, prefixed with ORG_ outside the
default org); the variables are listed on stderr. No secret value is written.

With --sealed FILE, the secrets' values are included, and the whole export is
encrypted under a passphrase (Argon2id + AES-256-GCM; CRMCTL_BUNDLE_PASSPHRASE
or a prompt). `crmctl apply --sealed FILE` on another machine, under another
master key, reproduces the same setup.

Exports the org given by --org (default: the default org), or every org with
--all-orgs.

Examples:
  crmctl export --org council > council.yaml
  crmctl export --all-orgs --out everything.yaml
  CRMCTL_BUNDLE_PASSPHRASE=... crmctl export --sealed setup.bundle")]
    Export(ExportArgs),
    /// JSON Schemas for apply files and provider templates, for editors
    #[command(subcommand)]
    Schema(SchemaCommand),
    /// Print a shell completion script
    #[command(after_long_help = "\
Without --install, prints the static script (commands and flags). --install
writes a loader for the dynamic completions, which also complete names from
the store (bash: $XDG_DATA_HOME/bash-completion/completions/crmctl; fish:
$XDG_CONFIG_HOME/fish/completions/crmctl.fish), and the man pages to
$XDG_DATA_HOME/man/man1. For zsh and PowerShell it prints the line to add to
the start-up file.

Examples:
  crmctl completions --install
  crmctl completions bash > ~/.local/share/bash-completion/completions/crmctl
  crmctl completions zsh > \"${fpath[1]}/_crmctl\"")]
    Completions(CompletionsArgs),
    /// The store itself: what it is, and moving it between SQLite and PostgreSQL
    #[command(subcommand)]
    Store(StoreCommand),
    /// Check the keyring, key, store, templates, clock, integrations and queue
    #[command(after_long_help = "\
Each line is ok, warn or fail, with a hint for what is not ok. Exit code 1
when any check failed (warnings do not fail). -o json prints
{\"ok\": bool, \"checks\": [{\"check\", \"status\", \"detail\", \"hint\"}]}.

Examples:
  crmctl doctor
  crmctl doctor --org acme -o json")]
    Doctor,
    /// Print the version, the commit it was built from, its features and the store schema it supports
    Version,
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Show the store's engine, location (password masked), schema version, id and row counts
    #[command(after_long_help = "\
Examples:
  crmctl store info
  crmctl --db postgres://crmctl@db.internal/crmctl store info -o json")]
    Info,
    /// Copy a whole store to another engine or place (SQLite <-> PostgreSQL)
    #[command(after_long_help = "\
Copies every table in one transaction on the target: either all of it is
there, with every table's row count checked against the source, or nothing
is. Sealed values are copied as they are, so the same master key opens them
(and the keyring entry, named by the store id, is shared). A target that
already holds integrations, keys, events or records is refused unless
--overwrite is given, which replaces its contents.

--from and --to each take a SQLite path or a postgres:// URL (the password from
PGPASSWORD or a password file, never on the command line). --from defaults to
--db / CRMCTL_DB.

Examples:
  crmctl store copy --to postgres://crmctl@db.internal/crmctl
  crmctl store copy --from postgres://crmctl@db.internal/crmctl --to backup.db")]
    Copy(StoreCopyArgs),
}

#[derive(Debug, Args)]
pub struct StoreCopyArgs {
    /// The store to copy (default: --db / CRMCTL_DB)
    #[arg(long, value_name = "PATH_OR_URL")]
    pub from: Option<PathBuf>,
    /// Where to copy it: a SQLite path (created when absent) or a postgres:// URL
    #[arg(long, value_name = "PATH_OR_URL")]
    pub to: PathBuf,
    /// Replace what the target holds
    #[arg(long)]
    pub overwrite: bool,
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
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Say what would be re-sealed and retired; change nothing
    #[arg(long)]
    pub dry_run: bool,
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
    List(PageArgs),
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
    List(PageArgs),
    /// Remove an org and everything in it
    Remove(RemoveArgs),
    /// Set (or with an empty value, clear) an org setting, e.g. agent_limit=3
    #[command(after_long_help = "Example:\n  crmctl org set acme agent_limit=3")]
    Set(OrgSetArgs),
    /// Show an org: its plan, its limits and what counts against them
    Show(NameArgs),
    /// The org's plan (tier): FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE
    #[command(subcommand)]
    Plan(OrgPlanCommand),
}

#[derive(Debug, Subcommand)]
pub enum OrgPlanCommand {
    /// Put an org on a plan (or `none` for no plan and no limits)
    #[command(after_long_help = "\
The plan's limits (agents, inboxes, integrations) and the kinds of integration
it allows are checked before anything is created; moving to a smaller plan
removes nothing, but refuses new things past its limits.

Example:
  crmctl org plan set acme STARTER")]
    Set(OrgPlanSetArgs),
    /// List the plans, their limits and the kinds of integration each allows
    List,
}

#[derive(Debug, Args)]
pub struct OrgPlanSetArgs {
    /// Org name (or id)
    pub name: String,
    /// FREE, STARTER, PRO_PLUS, TEAM, BUSINESS, ENTERPRISE, or none
    #[arg(value_parser = parse_plan, value_name = "PLAN")]
    pub plan: PlanChoice,
}

/// A plan, or none.
#[derive(Debug, Clone, Copy)]
pub struct PlanChoice(pub Option<crate::plans::Plan>);

fn parse_plan(s: &str) -> Result<PlanChoice, String> {
    if s.eq_ignore_ascii_case("none") {
        return Ok(PlanChoice(None));
    }
    crate::plans::Plan::parse(s).map(|p| PlanChoice(Some(p))).ok_or_else(|| {
        format!("unknown plan '{s}'; plans: {}, or none", crate::plans::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "))
    })
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
    /// Show what would be removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
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
    List(PageArgs),
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
  crmctl integration add --from-file sample-configs/integrations/zendesk-prod.yaml")]
    Add(IntegrationAddArgs),
    /// List the org's integrations
    List(PageArgs),
    /// Show one integration; secrets are masked
    Show(IntegrationRef),
    /// Change an integration's fields, secrets or settings
    #[command(after_long_help = "Examples:\n  crmctl integration edit zendesk-prod --priority 5 --on conversation_ended\n  crmctl integration edit zendesk-prod --secret api_token=file:/run/secrets/zendesk")]
    Edit(IntegrationEditArgs),
    /// Remove an integration, its secrets and what was synced through it
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
    /// escalation, kb_sync, low_score, or a custom name; EVENT:ACTION names
    /// the action to run (default: the template's action for the event)
    #[arg(long = "on", value_name = "EVENT[:ACTION]")]
    pub events: Vec<String>,
    /// What a failure does to the rest of the chain [default: continue]
    #[arg(long, value_enum)]
    pub on_failure: Option<OnFailure>,
    /// Override the template's base URL (https, or http on loopback)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Run only when this condition on the event holds, e.g. 'event.score < 3'
    #[arg(long, value_name = "EXPR")]
    pub when: Option<String>,
    /// Add it disabled
    #[arg(long)]
    pub disabled: bool,
    /// Read the integration from a YAML file; flags override its values
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// Test the connection first; a failing configuration is not saved
    #[arg(long)]
    pub test: bool,
    /// With --test: save even when the test fails
    #[arg(long, requires = "test")]
    pub force: bool,
    #[command(flatten)]
    pub http: HttpArgs,
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
    /// Run only when this condition on the event holds, e.g. 'event.score < 3'
    #[arg(long, value_name = "EXPR", conflicts_with = "no_when")]
    pub when: Option<String>,
    /// Remove the condition
    #[arg(long)]
    pub no_when: bool,
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
pub struct TestArgs {
    /// Integrations to test (names or ids)
    #[arg(conflicts_with_all = ["all", "provider"])]
    pub names: Vec<String>,
    /// Test every enabled integration of the org
    #[arg(long, conflicts_with = "provider")]
    pub all: bool,
    /// Include disabled integrations with --all
    #[arg(long, requires = "all")]
    pub include_disabled: bool,
    /// How many tests run at once with --all (32: measured against a 100 ms provider, see the README's performance section)
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Test a configuration without saving it: the provider template id
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// With --provider: a non-secret field (repeatable)
    #[arg(long = "field", value_name = "KEY=VALUE", requires = "provider")]
    pub fields: Vec<String>,
    /// With --provider: a secret and where to read it, env:VAR, file:PATH or -
    #[arg(long = "secret", value_name = "KEY=SOURCE", requires = "provider")]
    pub secrets: Vec<String>,
    /// With --provider: override the base URL
    #[arg(long, value_name = "URL", requires = "provider")]
    pub base_url: Option<String>,
    #[command(flatten)]
    pub http: HttpArgs,
}

/// Network settings for commands that call providers.
#[derive(Debug, Clone, Args)]
pub struct HttpArgs {
    /// Give up on a request after this long (e.g. 10s, 500ms)
    #[arg(long, env = "CRMCTL_TIMEOUT", default_value = "30s", value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: std::time::Duration,
    /// Largest response body read from a provider (bytes, or with K/M/G); a larger one fails the request
    #[arg(long, env = "CRMCTL_MAX_RESPONSE", default_value = "64MiB", value_name = "SIZE", value_parser = parse_response_size)]
    pub max_response: u64,
    /// Most pages one listing run (KB import, sync) follows
    #[arg(long, env = "CRMCTL_MAX_PAGES", default_value_t = 10_000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_pages: u64,
    /// Most items (articles, records) one listing run takes
    #[arg(long, env = "CRMCTL_MAX_ITEMS", default_value_t = 10_000_000, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_items: u64,
}

impl HttpArgs {
    /// The one HTTP client, with these settings.
    pub fn client(&self) -> crate::http::Http {
        let limits = crate::http::policy::Limits { max_response: self.max_response, max_pages: self.max_pages, max_items: self.max_items };
        crate::http::Http::with_limits(self.timeout, limits)
    }
}

fn parse_response_size(s: &str) -> Result<u64, String> {
    crate::http::policy::parse_size(s).ok_or_else(|| format!("'{s}' is not a size like 64MiB, 256M or 1G"))
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Only this integration's figures
    #[arg(long, value_name = "NAME")]
    pub integration: Option<String>,
    /// The window for runs, success rate and the per-day picture: a duration ago (24h, 7d, 30d) or a time (RFC 3339)
    #[arg(long, default_value = "7d", value_name = "DURATION")]
    pub since: String,
}

/// Parses `500ms`, `10s`, `2m`, `1h`.
pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("'{s}' is not a duration like 500ms, 10s, 2m or 1h"))?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "" | "s" => n,
        "m" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return Err(format!("'{s}' has an unknown unit; use ms, s, m, h or d")),
    };
    if !(0.0..=1e9).contains(&secs) {
        return Err(format!("'{s}' is out of range"));
    }
    Ok(std::time::Duration::from_secs_f64(secs))
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Sign in with OAuth 2.0 (authorization code with PKCE) and seal the tokens
    #[command(after_long_help = "\
Opens the provider's sign-in page in a browser and listens on a loopback port
for the redirect; `state` is checked and the code exchanged with a PKCE
verifier. With --no-browser the URL is printed, and the redirect URL can be
pasted back if the browser runs on another machine.

Examples:
  crmctl auth login salesforce-prod
  crmctl auth login hubspot --no-browser --port 8765")]
    Login(AuthLoginArgs),
    /// Show whether an integration holds tokens and when they expire
    Status(IntegrationRef),
    /// Forget an integration's cached tokens
    Logout(AuthLogoutArgs),
}

#[derive(Debug, Args)]
pub struct AuthLogoutArgs {
    /// The integration (name or id)
    pub name: String,
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Only forget the tokens here; do not revoke them at the provider
    #[arg(long)]
    pub local_only: bool,
    #[command(flatten)]
    pub http: HttpArgs,
    /// Show what would be forgotten; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct AuthLoginArgs {
    /// Integration name or id
    pub name: String,
    /// Print the sign-in URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Loopback port for the redirect (default: a free port, unless the
    /// template fixes the redirect URI)
    #[arg(long)]
    pub port: Option<u16>,
    /// Give up waiting for the sign-in after this long
    #[arg(long, default_value = "5m", value_parser = parse_duration)]
    pub wait: std::time::Duration,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// Integration name or id
    pub name: String,
    /// Action name (see `crmctl template show PROVIDER`)
    pub action: String,
    /// JSON payload file, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub payload: Option<String>,
    /// Override a payload value: path=value, e.g. caller.phone=+61400000000 (repeatable)
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub sets: Vec<String>,
    /// Print the rendered request with secrets masked; send nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Fire an event: each subscribed integration becomes a step in the queue
    #[command(after_long_help = "\
The integrations that run are the assistant's own integrations subscribed to
the event type (or, where it has none, the org defaults), enabled, whose
conditions hold, in priority order (lower first). Without --wait the steps
are queued for `crmctl worker` or `crmctl queue process`.

Examples:
  crmctl event fire conversation_ended --payload sample-configs/events/conversation_ended.json --wait
  crmctl event fire low_score --assistant council-bot --set conversation_id=c-1 --set score=2 --dry-run
  crmctl event fire escalation --payload - --idempotency-key call-1234 < escalation.json")]
    Fire(EventFireArgs),
    /// List the event types and their payload schemas
    Types,
    /// List recent events
    List(EventListArgs),
    /// Show one event with its steps
    Show(IdArgs),
}

#[derive(Debug, Args)]
pub struct EventFireArgs {
    /// Event type: conversation_ended, contact_request, escalation, kb_sync,
    /// low_score, or a custom type an integration subscribes to
    #[arg(value_name = "TYPE", required_unless_present = "file")]
    pub kind: Option<String>,
    /// Many events from a JSON-lines file (or - for stdin), one object a
    /// line: {"type": ..., "payload": {...}, "assistant": ..., "idempotency_key": ...};
    /// every line is checked before anything is queued
    #[arg(long, value_name = "PATH", conflicts_with_all = ["kind", "payload", "sets", "wait", "dry_run", "idempotency_key", "assistant"])]
    pub file: Option<String>,
    /// The assistant the event comes from (its integrations, else the org defaults)
    #[arg(long)]
    pub assistant: Option<String>,
    /// JSON payload file, or - for stdin
    #[arg(long, value_name = "FILE")]
    pub payload: Option<String>,
    /// Override a payload value: path=value (repeatable)
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub sets: Vec<String>,
    /// Fire at most once per key: the same key again returns the first event
    #[arg(long, value_name = "KEY")]
    pub idempotency_key: Option<String>,
    /// Run the steps now and print each outcome
    #[arg(long, conflicts_with = "dry_run")]
    pub wait: bool,
    /// Print the plan and each rendered request (secrets masked); send nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Attempts per step before it is dead-lettered
    #[arg(long, default_value_t = 5, env = "CRMCTL_MAX_ATTEMPTS", value_parser = clap::value_parser!(i64).range(1..=100))]
    pub max_attempts: i64,
    #[command(flatten)]
    pub run: RunArgs,
}

/// How steps run (for --wait, queue process and worker).
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Steps run at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// How long a step's lease lasts; a running step renews it every third
    /// of that, so a killed worker's step runs again this soon
    #[arg(long, default_value = "30s", env = "CRMCTL_LEASE", value_parser = parse_duration)]
    pub lease: std::time::Duration,
    /// First retry delay; it doubles each attempt (with jitter), up to 5 minutes
    #[arg(long, default_value = "1s", env = "CRMCTL_RETRY_BASE", value_parser = parse_duration)]
    pub retry_base: std::time::Duration,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Args)]
pub struct EventListArgs {
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// Id
    pub id: String,
}

#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Run the steps that are due now, then stop
    Process(QueueProcessArgs),
    /// List steps (newest first)
    List(QueueListArgs),
    /// Show one step, or an event with its steps
    Show(IdArgs),
    /// Queue failed, dead or skipped steps again
    Retry(QueueRetryArgs),
    /// Delete finished events, or dead letters
    Purge(QueuePurgeArgs),
}

#[derive(Debug, Args)]
pub struct QueueProcessArgs {
    /// Keep going until nothing is pending, waiting out delayed retries
    #[arg(long)]
    pub until_empty: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Args)]
pub struct QueueListArgs {
    /// Only steps in this status: pending, running, succeeded, failed, dead, skipped (repeatable)
    #[arg(long, value_parser = ["pending", "running", "succeeded", "failed", "dead", "skipped"])]
    pub status: Vec<String>,
    /// Only dead letters (same as --status dead)
    #[arg(long)]
    pub dead: bool,
    /// Only this event's steps
    #[arg(long, value_name = "EVENT_ID")]
    pub event: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct QueueRetryArgs {
    /// Step ids
    #[arg(required_unless_present = "all_dead")]
    pub ids: Vec<String>,
    /// Every dead letter of the org
    #[arg(long)]
    pub all_dead: bool,
}

#[derive(Debug, Args)]
pub struct QueuePurgeArgs {
    /// Delete dead letters
    #[arg(long, required_unless_present = "finished")]
    pub dead: bool,
    /// Delete finished events (succeeded, failed, partial, skipped) and their steps
    #[arg(long)]
    pub finished: bool,
    /// Only what is older than this (e.g. 7d)
    #[arg(long, default_value = "0s", value_parser = parse_duration)]
    pub older_than: std::time::Duration,
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Count what would be deleted; delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// How often to look for due steps when idle
    #[arg(long, default_value = "500ms", value_parser = parse_duration)]
    pub poll: std::time::Duration,
    /// How often `-v` prints a heartbeat line with the worker's counts
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub heartbeat: std::time::Duration,
    /// How long the store may stay busy or unwritable before the worker
    /// exits 3 (it never idles silently)
    #[arg(long, default_value = "60s", env = "CRMCTL_STALL_TIMEOUT", value_parser = parse_duration)]
    pub stall: std::time::Duration,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Show sync-log rows, and with --follow new ones as they are written
    #[command(after_long_help = "\
Examples:
  crmctl logs tail --since 1h --status failure
  crmctl logs tail --follow --integration zendesk-prod -o json   # JSON lines")]
    Tail(LogsTailArgs),
    /// Show one row whole, with its redacted request and response
    Show(IdArgs),
}

#[derive(Debug, Args)]
pub struct LogsTailArgs {
    /// Keep printing new rows until interrupted
    #[arg(short, long)]
    pub follow: bool,
    /// Only rows since a duration ago (30m, 24h, 7d) or a time (RFC 3339)
    #[arg(long, value_name = "DURATION|TIME")]
    pub since: Option<String>,
    /// Only this integration (name)
    #[arg(long)]
    pub integration: Option<String>,
    /// Only this kind: test, action, step, kb_import, record_sync, webhook;
    /// `audit` prints the audit log (changes of configuration) instead
    #[arg(long)]
    pub kind: Option<String>,
    /// Only this status: success, failure, partial
    #[arg(long, value_parser = ["success", "failure", "partial"])]
    pub status: Option<String>,
    /// Only rows of events of this type
    #[arg(long)]
    pub event_type: Option<String>,
    /// How many rows of history (the newest)
    #[arg(long, default_value_t = 20)]
    pub limit: i64,
    /// How often to look for new rows with --follow
    #[arg(long, default_value = "500ms", value_parser = parse_duration)]
    pub poll: std::time::Duration,
}

#[derive(Debug, Subcommand)]
pub enum ChatwootCommand {
    /// Agents of the Chatwoot account
    #[command(subcommand)]
    Agents(ChatwootAgentsCommand),
    /// Inboxes of the Chatwoot account
    #[command(subcommand)]
    Inboxes(ChatwootInboxesCommand),
    /// Agent bots of the Chatwoot account, and which inbox each answers
    #[command(subcommand)]
    Bots(ChatwootBotsCommand),
    /// Add an agent to an inbox
    Assign(ChatwootAssignArgs),
    /// Remove an agent from an inbox
    Unassign(ChatwootAssignArgs),
    /// Print the website widget embed snippet for an inbox
    #[command(after_long_help = "Example:\n  crmctl chatwoot widget-script --inbox 12 --position left --type expanded_bubble")]
    WidgetScript(ChatwootWidgetArgs),
}

/// Which Chatwoot integration to use.
#[derive(Debug, Clone, Args)]
pub struct ChatwootTarget {
    /// The Chatwoot integration (default: the org's only one)
    #[arg(long, value_name = "NAME", env = "CRMCTL_CHATWOOT")]
    pub integration: Option<String>,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Subcommand)]
pub enum ChatwootAgentsCommand {
    /// List agents
    List(ChatwootTarget),
    /// Create an agent (checked against the org's agent limit)
    #[command(after_long_help = "\
The password (at least 8 characters, a number and a special character) is read
from --password-from: env:VAR, file:PATH or -.

Example:
  crmctl chatwoot agents create --name 'Ann Lee' --email ann@acme.com --password-from env:AGENT_PW")]
    Create(ChatwootAgentCreateArgs),
    /// Remove an agent
    Remove(ChatwootAgentRemoveArgs),
}

#[derive(Debug, Args)]
pub struct ChatwootAgentCreateArgs {
    /// Display name
    #[arg(long)]
    pub name: String,
    /// Email address
    #[arg(long)]
    pub email: String,
    /// agent or administrator
    #[arg(long, default_value = "agent", value_parser = ["agent", "administrator"])]
    pub role: String,
    /// Where to read the password: env:VAR, file:PATH or - (stdin)
    #[arg(long, value_name = "SOURCE")]
    pub password_from: Option<String>,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Args)]
pub struct ChatwootAgentRemoveArgs {
    /// Agent id or email
    pub agent: String,
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Show which agent would be removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Subcommand)]
pub enum ChatwootInboxesCommand {
    /// List inboxes
    List(ChatwootTarget),
    /// Create an inbox (checked against the org's inbox limit)
    #[command(after_long_help = "\
Examples:
  crmctl chatwoot inboxes create --name Website --channel web_widget --website-url https://acme.com
  crmctl chatwoot inboxes create --name 'Voice bot' --channel api --webhook-url https://hooks.acme.com/chatwoot")]
    Create(ChatwootInboxCreateArgs),
    /// The agents of an inbox: list, add, remove
    #[command(subcommand)]
    Members(ChatwootMembersCommand),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InboxChannel {
    /// A website live-chat widget
    #[value(name = "web_widget")]
    WebWidget,
    /// An API channel (messages come and go through Chatwoot's API)
    Api,
}

#[derive(Debug, Args)]
pub struct ChatwootInboxCreateArgs {
    /// Inbox name
    #[arg(long)]
    pub name: String,
    /// The channel
    #[arg(long, value_enum, default_value_t = InboxChannel::WebWidget)]
    pub channel: InboxChannel,
    /// The website the widget runs on (web_widget)
    #[arg(long, value_name = "URL")]
    pub website_url: Option<String>,
    /// Where Chatwoot posts the inbox's messages (api)
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<String>,
    /// Greeting shown in the widget (web_widget)
    #[arg(long)]
    pub greeting: Option<String>,
    /// Show the request; create nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Subcommand)]
pub enum ChatwootMembersCommand {
    /// List the agents of an inbox
    List(ChatwootInboxArg),
    /// Add agents to an inbox
    #[command(after_long_help = "Example:\n  crmctl chatwoot inboxes members add Website ann@acme.com bo@acme.com")]
    Add(ChatwootMembersArgs),
    /// Remove agents from an inbox
    Remove(ChatwootMembersArgs),
}

#[derive(Debug, Args)]
pub struct ChatwootInboxArg {
    /// Inbox id or name
    pub inbox: String,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Args)]
pub struct ChatwootMembersArgs {
    /// Inbox id or name
    pub inbox: String,
    /// Agent ids or emails
    #[arg(required = true, num_args = 1..)]
    pub agents: Vec<String>,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Subcommand)]
pub enum ChatwootBotsCommand {
    /// List agent bots
    List(ChatwootTarget),
    /// Create an agent bot that Chatwoot calls at its outgoing URL
    #[command(after_long_help = "Example:\n  crmctl chatwoot bots create --name Triage --outgoing-url https://bots.acme.com/chatwoot")]
    Create(ChatwootBotCreateArgs),
    /// Attach an agent bot to an inbox (it answers the inbox's conversations)
    #[command(after_long_help = "Example:\n  crmctl chatwoot bots attach Triage Website")]
    Attach(ChatwootBotAttachArgs),
}

#[derive(Debug, Args)]
pub struct ChatwootBotCreateArgs {
    /// Bot name
    #[arg(long)]
    pub name: String,
    /// Where Chatwoot posts the events the bot answers (https)
    #[arg(long, value_name = "URL")]
    pub outgoing_url: String,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Args)]
pub struct ChatwootBotAttachArgs {
    /// Bot id or name
    pub bot: String,
    /// Inbox id or name
    pub inbox: String,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Args)]
pub struct ChatwootAssignArgs {
    /// Agent id or email
    pub agent: String,
    /// Inbox id or name
    pub inbox: String,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WidgetPosition {
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WidgetType {
    Standard,
    #[value(name = "expanded_bubble")]
    ExpandedBubble,
}

#[derive(Debug, Args)]
pub struct ChatwootWidgetArgs {
    /// Inbox id or name (a website inbox)
    #[arg(long)]
    pub inbox: String,
    /// Bubble position
    #[arg(long, value_enum, default_value_t = WidgetPosition::Right)]
    pub position: WidgetPosition,
    /// Bubble type
    #[arg(long = "type", value_enum, default_value_t = WidgetType::Standard)]
    pub kind: WidgetType,
    #[command(flatten)]
    pub target: ChatwootTarget,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox API on loopback until interrupted
    #[command(after_long_help = "\
The sandbox is a fake CRM/helpdesk with an OAuth token endpoint, contacts,
tickets, deals and knowledge-base articles, and switches for latency, 429s,
5xx, timeouts and malformed bodies. Its template is the built-in `sandbox`.

Examples:
  crmctl sandbox serve --port 8899
  crmctl integration add sandbox --name demo --field base_url=http://127.0.0.1:8899 \\
      --secret api_key=env:SANDBOX_KEY")]
    Serve(SandboxServeArgs),
}

#[derive(Debug, Args)]
pub struct SandboxServeArgs {
    /// Port on 127.0.0.1 (0 picks a free one and prints it)
    #[arg(long, default_value_t = 8899, env = "CRMCTL_SANDBOX_PORT")]
    pub port: u16,
    /// Added to every response
    #[arg(long, default_value = "0ms", value_parser = parse_duration)]
    pub latency: std::time::Duration,
    /// Answer every Nth request with 429 and Retry-After (0: never)
    #[arg(long, default_value_t = 0)]
    pub rate_limit_every: u64,
    /// Answer every Nth request with 503 (0: never)
    #[arg(long, default_value_t = 0)]
    pub error_every: u64,
    /// Never answer every Nth request (0: never)
    #[arg(long, default_value_t = 0)]
    pub hang_every: u64,
    /// Send a malformed JSON body on every Nth request (0: never)
    #[arg(long, default_value_t = 0)]
    pub malformed_every: u64,
    /// Seed this many contacts, tickets, deals and articles each
    #[arg(long, default_value_t = 25)]
    pub records: u64,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate for (with --install: default from $SHELL)
    #[arg(value_enum, required_unless_present = "install")]
    pub shell: Option<clap_complete::Shell>,
    /// Install name-completing completions for your user (bash or fish) and the man pages, instead of printing a script
    #[arg(long)]
    pub install: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Import an integration's knowledge-base articles (incremental by default)
    #[command(after_long_help = "\
Pages through the provider's articles with its own pagination (cursor, Link
header, page or offset numbers, next-page URLs), converts HTML bodies to
Markdown, and upserts them by the provider's id with a content hash: an
unchanged article is not rewritten. Each page is committed with the position
of the next one, so an interrupted import run again resumes where it stopped.

Without --full or --since, only articles changed since the last import are
asked for (where the provider can filter by time). --full reads everything
and archives the articles the source no longer has. Each import writes a
kb_import row to the sync log. A terminal shows a progress bar; otherwise a
summary line goes to stderr. Exit code 1 when the import failed.

Examples:
  crmctl kb import zendesk-prod
  crmctl kb import zendesk-prod --full
  crmctl kb import zendesk-prod --since 7d --locale en-us --dry-run -o json")]
    Import(KbImportArgs),
    /// List imported articles
    #[command(after_long_help = "Examples:\n  crmctl kb list\n  crmctl kb list --integration zendesk-prod --locale en-us -o json")]
    List(KbListArgs),
    /// Show one article whole, by its id or the provider's id
    #[command(after_long_help = "Examples:\n  crmctl kb show 360012345678\n  crmctl kb show 360012345678 --integration zendesk-prod -o json")]
    Show(KbShowArgs),
    /// Full-text search over titles and bodies, best match first, with snippets
    #[command(after_long_help = "\
Every word must appear (the last also as a prefix); titles weigh more than
bodies. Matches are shown in [brackets] in the snippet.

Examples:
  crmctl kb search reset password
  crmctl kb search refund --integration zendesk-prod --limit 5 -o json")]
    Search(KbSearchArgs),
    /// Export articles as JSON lines or Markdown files
    #[command(after_long_help = "\
jsonl: one article per line, to stdout or DIR/articles.jsonl. markdown: one
file per article under DIR/INTEGRATION/ (with a front-matter header), or all
of them to stdout without --out.

Examples:
  crmctl kb export --format jsonl > kb.jsonl
  crmctl kb export --format markdown --out ./kb")]
    Export(KbExportArgs),
}

#[derive(Debug, Args)]
pub struct KbImportArgs {
    /// The integration (name or id)
    pub name: String,
    /// Read every article and archive those gone from the source
    #[arg(long, conflicts_with = "since")]
    pub full: bool,
    /// Only articles changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)
    #[arg(long, value_name = "DURATION|TIME")]
    pub since: Option<String>,
    /// Only this locale (e.g. en-us), where the provider can filter by one
    #[arg(long, value_name = "LOCALE")]
    pub locale: Option<String>,
    /// Read and compare, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// When a KB import of the same integration is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)
    #[arg(long, env = "CRMCTL_RUN_WAIT", default_value = "10m", value_name = "DURATION", value_parser = parse_duration)]
    pub wait: std::time::Duration,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Args)]
pub struct KbListArgs {
    /// Only this integration's articles (name or id)
    #[arg(long)]
    pub integration: Option<String>,
    /// Only this locale
    #[arg(long)]
    pub locale: Option<String>,
    /// Include archived articles
    #[arg(long)]
    pub archived: bool,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct KbShowArgs {
    /// The article's id, or the provider's id for it
    pub id: String,
    /// The integration, where a provider id is not unique (name or id)
    #[arg(long)]
    pub integration: Option<String>,
}

#[derive(Debug, Args)]
pub struct KbSearchArgs {
    /// Words to find
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Only this integration's articles (name or id)
    #[arg(long)]
    pub integration: Option<String>,
    /// Include archived articles
    #[arg(long)]
    pub archived: bool,
    /// At most this many results
    #[arg(long, default_value_t = 10)]
    pub limit: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KbExportFormat {
    /// One JSON object per line
    Jsonl,
    /// Markdown with a front-matter header
    Markdown,
}

#[derive(Debug, Args)]
pub struct KbExportArgs {
    /// Output format
    #[arg(long, value_enum)]
    pub format: KbExportFormat,
    /// Directory to write to (created if absent) [default: stdout]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Only this integration's articles (name or id)
    #[arg(long)]
    pub integration: Option<String>,
    /// Include archived articles
    #[arg(long)]
    pub archived: bool,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import integrations from the seed systems' stores, re-sealing every secret
    #[command(after_long_help = "\
Reads a JSON export of a legacy integrations table (an array of rows, an object
holding one array, or one row per line) and imports each row whose provider
and fields map onto a crmctl template into --org. Every secret is re-sealed
under this store's key; all imported rows are written in one transaction.

Formats:
  voxe                    Prisma `Integration` rows (id, name, type,
                          configuration, isActive); sensitive values sealed as
                          iv:tag:ciphertext hex (AES-256-GCM, 16-byte IV)
                          under the old INTEGRATION_ENCRYPTION_KEY.
                          Providers: CHATWOOT, SALESFORCE, HUBSPOT, ZOHO,
                          PIPEDRIVE, CUSTOM (bearer only).
  supabase-integrations   Supabase `integrations` rows (id, name, provider,
                          auth_config JSONB, config, base_url, is_active,
                          priority, trigger_events). Providers: techone,
                          sap, genesys, salesforce, dynamics, zendesk,
                          freshdesk, custom.

--legacy-key is a SOURCE (env:VAR, file:PATH or -), never the key itself; the
key is 32 bytes as 64 hex characters or base64. When no sealed row opens
with it, it is reported as a wrong key (exit 2) and nothing is imported. A row
that does not open while others do (tampered), or whose provider or required
fields do not map, is reported and skipped; nothing is guessed.

Exit codes: 0 every row imported, 1 some rows skipped or failed (the others
are imported), 2 usage error or wrong legacy key.

Examples:
  crmctl import legacy --format voxe --file integrations.json \\
      --legacy-key env:INTEGRATION_ENCRYPTION_KEY --dry-run
  crmctl import legacy --format voxe --file integrations.json \\
      --legacy-key file:/run/secrets/voxe-key --default-field chatwoot.inbox_id=3 -o json
  crmctl import legacy --format supabase-integrations --file integrations.json --org council")]
    Legacy(ImportLegacyArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LegacyFormat {
    /// Voxe's Prisma Integration table (configuration JSON, sealed values)
    Voxe,
    /// The Supabase integrations table (auth_config JSONB)
    SupabaseIntegrations,
}

#[derive(Debug, Args)]
pub struct ImportLegacyArgs {
    /// Layout of the export
    #[arg(long, value_enum)]
    pub format: LegacyFormat,
    /// The JSON export of the legacy table
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,
    /// Where to read the legacy INTEGRATION_ENCRYPTION_KEY: env:VAR, file:PATH or - (stdin)
    #[arg(long, value_name = "SOURCE")]
    pub legacy_key: Option<String>,
    /// A plain field value for rows that lack it, e.g. chatwoot.inbox_id=3 (repeatable)
    #[arg(long = "default-field", value_name = "TEMPLATE.KEY=VALUE")]
    pub default_fields: Vec<String>,
    /// Report what would be imported; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum MappingCommand {
    /// List an integration's field mappings (or the platform's defaults)
    #[command(after_long_help = "\
Without configured mappings for a stream, sync uses the platform's defaults:
each common field from the same-named top-level source field. --defaults
shows them.

Examples:
  crmctl mapping list hubspot-prod
  crmctl mapping list hubspot-prod --stream contacts -o yaml
  crmctl mapping list --defaults --stream deals")]
    List(MappingListArgs),
    /// Create or replace a field mapping, or load mappings from a YAML file
    #[command(after_long_help = "\
Streams and their fields:
  contacts  email, first_name, last_name, full_name, phone, mobile, company,
            domain, title
  tickets   subject, description, status, priority, type, requester_email,
            assignee, opened_at, closed_at
  deals     name, amount, currency, stage, probability, close_date, owner,
            company
  any       custom.NAME

--source is a dot path into the source record (properties.email,
fields.status.name, data.0.id); several --source are a fallback list, or
joined with concat. Transforms run in order:
  lower, upper, trim          text clean-up
  email_domain                ann@Acme.com -> acme.com
  default=VALUE               when missing or empty
  concat=SEP                  join every --source with SEP (must come first)
  enum=FROM:TO,...,*:DEFAULT  map values (case-insensitive fallback; without
                              *, an unmapped value fails the record)
  date=FROM|FROM->TO          parse with strftime formats or rfc3339, unix,
                              unix_ms; write as TO (default rfc3339)
  number, integer, boolean    convert
  required                    fail the record when missing or empty
A value a transform rejects fails that record (counted as failed with its
reason); the rest of a sync goes on.

--from-file reads a YAML list of {stream, target, source, transforms}, checks
every entry, and writes them in one transaction (--replace also removes the
other mappings of the streams in the file).

Examples:
  crmctl mapping set hubspot-prod --stream contacts --target email \\
      --source properties.email --transform trim --transform lower --transform required
  crmctl mapping set jira --stream tickets --target status --source fields.status.name \\
      --transform 'enum=open:open,in progress:pending,done:solved,*:open'
  crmctl mapping set hubspot-prod --stream deals --target close_date \\
      --source properties.closedate --transform 'date=%d/%m/%Y->%Y-%m-%d'
  crmctl mapping set hubspot-prod --stream contacts --target full_name \\
      --source properties.firstname --source properties.lastname --transform 'concat= '
  crmctl mapping set hubspot-prod --from-file sample-configs/mappings/hubspot.yaml")]
    Set(MappingSetArgs),
    /// Remove a field mapping
    #[command(after_long_help = "Example:\n  crmctl mapping remove hubspot-prod --stream contacts --target title")]
    Remove(MappingRemoveArgs),
    /// Apply an integration's mappings to sample records and show the result
    #[command(after_long_help = "\
--record is a JSON file (or - for stdin) holding one source record or an array
of them. Each record is mapped as a sync would map it; a record with a bad
value is reported as failed with the field, the source path, the value and
the reason, and the others go on. Exit code 1 when any record failed.

Examples:
  crmctl mapping test hubspot-prod --stream contacts --record contact.json
  curl -s ... | crmctl mapping test jira --stream tickets --record - -o json")]
    Test(MappingTestArgs),
}

#[derive(Debug, Args)]
pub struct MappingListArgs {
    /// The integration (name or id)
    #[arg(required_unless_present = "defaults")]
    pub name: Option<String>,
    /// Only this stream: contacts, tickets or deals
    #[arg(long, value_name = "STREAM")]
    pub stream: Option<String>,
    /// Show the platform's default mappings instead
    #[arg(long)]
    pub defaults: bool,
}

#[derive(Debug, Args)]
pub struct MappingSetArgs {
    /// The integration (name or id)
    pub name: String,
    /// contacts, tickets or deals
    #[arg(long, value_name = "STREAM", required_unless_present = "from_file", conflicts_with = "from_file")]
    pub stream: Option<String>,
    /// The platform field to fill (see below)
    #[arg(long, value_name = "FIELD", required_unless_present = "from_file", conflicts_with = "from_file")]
    pub target: Option<String>,
    /// A dot path into the source record (repeatable)
    #[arg(long, value_name = "PATH", required_unless_present = "from_file", conflicts_with = "from_file")]
    pub source: Vec<String>,
    /// A transform, applied in order (repeatable; see below)
    #[arg(long, value_name = "T", conflicts_with = "from_file")]
    pub transform: Vec<String>,
    /// A YAML list of mappings
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,
    /// With --from-file: remove the other mappings of the streams in the file
    #[arg(long, requires = "from_file")]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct MappingRemoveArgs {
    /// The integration (name or id)
    pub name: String,
    /// contacts, tickets or deals
    #[arg(long, value_name = "STREAM")]
    pub stream: String,
    /// The platform field
    #[arg(long, value_name = "FIELD")]
    pub target: String,
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Show what would be removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct MappingTestArgs {
    /// The integration (name or id)
    pub name: String,
    /// contacts, tickets or deals
    #[arg(long, value_name = "STREAM")]
    pub stream: String,
    /// A JSON file with one source record or an array of them; - for stdin
    #[arg(long, value_name = "FILE")]
    pub record: String,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// A YAML file (one or more documents), a directory of them (repeatable), or - for stdin
    #[arg(short = 'f', long = "file", value_name = "PATH", required_unless_present = "sealed")]
    pub files: Vec<std::path::PathBuf>,
    /// Apply a bundle written by `crmctl export --sealed` (passphrase from CRMCTL_BUNDLE_PASSPHRASE or a prompt)
    #[arg(long, value_name = "FILE", conflicts_with = "files")]
    pub sealed: Option<std::path::PathBuf>,
    /// Print the plan; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Delete assistants and integrations the files do not declare, within the orgs they name
    #[arg(long)]
    pub prune: bool,
    /// With --prune: delete without asking (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Test the connection of every integration created or changed; write nothing if one fails
    #[arg(long)]
    pub test: bool,
    /// Exit 0 when nothing changed and 4 when something changed (or would, with --dry-run)
    #[arg(long)]
    pub detailed_exitcode: bool,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The integration (name or id)
    pub name: String,
    /// Only this stream: contacts, tickets or deals
    #[arg(long, value_name = "STREAM")]
    pub stream: Option<String>,
    /// Read every record and mark those gone from the source as deleted
    #[arg(long, conflicts_with = "since")]
    pub full: bool,
    /// Only records changed since a duration ago (30m, 24h, 7d) or a time (RFC 3339)
    #[arg(long, value_name = "DURATION|TIME")]
    pub since: Option<String>,
    /// Read, map and compare, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// When a sync of the same integration and stream is already running (here or in another process): how long to wait for it before refusing with exit 2 (0s: refuse at once)
    #[arg(long, env = "CRMCTL_RUN_WAIT", default_value = "10m", value_name = "DURATION", value_parser = parse_duration)]
    pub wait: std::time::Duration,
    #[command(flatten)]
    pub http: HttpArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Every org, not only --org
    #[arg(long)]
    pub all_orgs: bool,
    /// Write to this file instead of stdout (never overwritten)
    #[arg(long, value_name = "FILE", conflicts_with = "sealed")]
    pub out: Option<std::path::PathBuf>,
    /// Write a passphrase-sealed bundle including secrets' values to FILE (never overwritten)
    #[arg(long, value_name = "FILE")]
    pub sealed: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// The JSON Schema of one apply document (YAML language servers read it)
    Apply,
    /// The JSON Schema of a provider template
    Template,
}

#[derive(Debug, Subcommand)]
pub enum RecordsCommand {
    /// List synced records across integrations
    #[command(after_long_help = "\
Every word of --search must appear in the name, email, phone, company,
status or the provider's id (case-insensitive).

Examples:
  crmctl contacts list --search acme
  crmctl tickets list --integration zendesk-prod -o json
  crmctl deals list --account acme.com")]
    List(RecordListArgs),
    /// Show one record with every mapped field, by its id or the provider's id
    Show(RecordShowArgs),
}

#[derive(Debug, Args)]
pub struct RecordListArgs {
    /// Words that must all appear
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    /// Only this integration's records (name or id)
    #[arg(long)]
    pub integration: Option<String>,
    /// Only this account's records (id or email domain)
    #[arg(long)]
    pub account: Option<String>,
    /// Include records marked deleted (gone from the source)
    #[arg(long)]
    pub deleted: bool,
    #[command(flatten)]
    pub page: PageArgs,
}

/// Paging for lists: a page of --limit rows from --offset, or --all.
#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// At most this many rows (1 or more; use --all for every row)
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(i64).range(1..), conflicts_with = "all")]
    pub limit: i64,
    /// Skip this many rows (the next page starts at offset + limit)
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(i64).range(0..), value_name = "N")]
    pub offset: i64,
    /// Every row, however many (with -o json, one JSON array)
    #[arg(long)]
    pub all: bool,
}

impl PageArgs {
    /// The SQL LIMIT: -1 is no limit.
    pub fn sql_limit(&self) -> i64 {
        if self.all { -1 } else { self.limit }
    }
}

#[derive(Debug, Args)]
pub struct RecordShowArgs {
    /// The record's id, or the provider's id for it
    pub id: String,
    /// The integration, where a provider id is not unique (name or id)
    #[arg(long)]
    pub integration: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AccountsCommand {
    /// List accounts with their contacts, tickets and deals
    #[command(after_long_help = "Examples:\n  crmctl accounts list\n  crmctl accounts list --search acme -o json")]
    List(AccountListArgs),
}

#[derive(Debug, Args)]
pub struct AccountListArgs {
    /// Only accounts whose domain or name contains this
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Subcommand)]
pub enum ScheduleCommand {
    /// Create or replace the schedule of an integration's KB import or of one stream's sync
    #[command(after_long_help = "\
`crmctl worker` runs due schedules next to the event queue: an --every
schedule first runs as soon as a worker sees it, then every DURATION; a
--cron schedule runs at the expression's times, in UTC (five fields: minute
hour day-of-month month day-of-week, or six with seconds first). Each run is
an incremental import or sync, written to the sync log as usual. Setting a
schedule that exists replaces it.

Examples:
  crmctl schedule set zendesk-prod --kb --every 6h
  crmctl schedule set hubspot-prod --stream contacts --every 15m
  crmctl schedule set salesforce --stream deals --cron '30 2 * * 1-5'")]
    Set(ScheduleSetArgs),
    /// List schedules with their next and last runs
    List(ScheduleListArgs),
    /// Remove a schedule
    #[command(after_long_help = "Examples:\n  crmctl schedule remove zendesk-prod --kb\n  crmctl schedule remove hubspot-prod --stream contacts")]
    Remove(ScheduleRemoveArgs),
}

#[derive(Debug, Args)]
pub struct ScheduleRemoveArgs {
    #[command(flatten)]
    pub job: ScheduleJobArgs,
    /// Do not ask for confirmation (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Show what would be removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ScheduleJobArgs {
    /// The integration (name or id)
    pub name: String,
    /// The knowledge-base import
    #[arg(long, conflicts_with = "stream", required_unless_present = "stream")]
    pub kb: bool,
    /// One stream's sync: contacts, tickets or deals
    #[arg(long, value_name = "STREAM")]
    pub stream: Option<String>,
}

#[derive(Debug, Args)]
pub struct ScheduleSetArgs {
    #[command(flatten)]
    pub job: ScheduleJobArgs,
    /// Run every DURATION (30s, 15m, 6h, 1d)
    #[arg(long, value_name = "DURATION", conflicts_with = "cron", required_unless_present = "cron")]
    pub every: Option<String>,
    /// Run at a cron expression's times, UTC ('0 * * * *' is hourly)
    #[arg(long, value_name = "EXPR")]
    pub cron: Option<String>,
}

#[derive(Debug, Args)]
pub struct ScheduleListArgs {
    /// Only this integration's schedules (name or id)
    #[arg(long)]
    pub integration: Option<String>,
    #[command(flatten)]
    pub page: PageArgs,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free one and prints it)
    #[arg(long, default_value = "127.0.0.1:8787", env = "CRMCTL_LISTEN", value_name = "ADDR")]
    pub listen: std::net::SocketAddr,
    /// Largest request body accepted (bytes, or with KiB/MiB)
    #[arg(long, default_value = "5MiB", env = "CRMCTL_WEBHOOK_MAX_BODY", value_name = "SIZE", value_parser = parse_size)]
    pub max_body: usize,
    /// Time a client has to send a request's headers, counted from when the connection is ready for them (a slow or silent client is dropped)
    #[arg(long, default_value = "10s", env = "CRMCTL_SERVE_HEADER_TIMEOUT", value_name = "DURATION", value_parser = parse_duration)]
    pub header_timeout: std::time::Duration,
    /// Longest a connection may go with no byte moving either way (a stalled body, an idle keep-alive)
    #[arg(long, default_value = "60s", env = "CRMCTL_SERVE_IDLE_TIMEOUT", value_name = "DURATION", value_parser = parse_duration)]
    pub idle_timeout: std::time::Duration,
    /// Most connections open at once; one more is answered 503 and closed
    #[arg(long, default_value_t = 256, env = "CRMCTL_SERVE_MAX_CONNECTIONS", value_name = "N", value_parser = clap::value_parser!(u32).range(1..=65536))]
    pub max_connections: u32,
}

/// Parses `5242880`, `512KiB`, `5MiB` (also KB/MB, as powers of 1024).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: usize = num.parse().map_err(|_| format!("'{s}' is not a size like 512KiB or 5MiB"))?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1024,
        "m" | "mb" | "mib" => 1024 * 1024,
        _ => return Err(format!("'{s}' is not a size like 512KiB or 5MiB")),
    };
    match n.checked_mul(mult) {
        Some(v) if v > 0 => Ok(v),
        _ => Err(format!("'{s}' is out of range")),
    }
}

#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Create or rotate an integration's webhook key (printed once), or set one from a source
    #[command(after_long_help = "\
Without --from, a new random key is made, sealed in the store like every other
secret, and printed once on stdout; the previous key stops working at once.
With --from, the key is read from env:VAR, file:PATH or - (stdin) and nothing
is printed.

Examples:
  crmctl webhook key hubspot-prod
  crmctl webhook key hubspot-prod --from env:N8N_WEBHOOK_API_KEY")]
    Key(WebhookKeyArgs),
}

#[derive(Debug, Args)]
pub struct WebhookKeyArgs {
    /// The integration (name or id)
    pub name: String,
    /// Read the key from env:VAR, file:PATH or - (stdin) instead of making one
    #[arg(long, value_name = "SOURCE")]
    pub from: Option<String>,
    /// Do not ask before replacing an existing key (required without a terminal; or CRMCTL_YES=1)
    #[arg(short, long)]
    pub yes: bool,
    /// Say whether a key would be set or replaced; change nothing
    #[arg(long)]
    pub dry_run: bool,
}
