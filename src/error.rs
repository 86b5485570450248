//! Error kinds, the exit code each maps to, and the hint shown with it.
//!
//! The core returns [`Error`]; commands add context with `anyhow`. `main`
//! finds the first [`Error`] in the cause chain to choose the exit code and
//! the `hint:` line, so the mapping lives here and nowhere else.

use std::path::PathBuf;

/// Exit codes (documented in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything worked.
    Ok = 0,
    /// An operation ran and failed (a connection test, a step).
    Failed = 1,
    /// Usage or input error: bad flags, bad files, wrong key, unknown names.
    Usage = 2,
    /// The environment is not usable: no key source, keyring unavailable,
    /// store unreadable or locked.
    Environment = 3,
    /// `apply --detailed-exitcode`: it worked and something changed (or,
    /// with --dry-run, would change).
    Changed = 4,
    /// Interrupted by SIGINT.
    Interrupted = 130,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the user: a flag, a value, a file.
    #[error("{message}")]
    Usage { message: String, hint: Option<String> },

    /// A named thing (org, assistant, integration, template) does not exist
    /// in the scope that was asked about.
    #[error("{kind} '{name}' not found{scope}")]
    NotFound { kind: &'static str, name: String, scope: String, hint: Option<String> },

    /// A named thing already exists.
    #[error("{kind} '{name}' already exists{scope}")]
    Duplicate { kind: &'static str, name: String, scope: String },

    /// A template or apply file that does not parse.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax { path: PathBuf, line: u64, column: u64, message: String },

    /// The key that was found is not the store's key.
    #[error("wrong key: {source_name} gives key {found}, but the store is sealed with key {expected}")]
    WrongKey { source_name: String, found: String, expected: String },

    /// A sealed value that does not open under the right key.
    #[error("sealed value for {what} failed to open: it was modified or copied from another record")]
    Tampered { what: String },

    /// No key source produced a key.
    #[error("no master key available; tried:\n{}", tried.iter().map(|t| format!("  - {t}")).collect::<Vec<_>>().join("\n"))]
    NoKey { tried: Vec<String> },

    /// The store has no key yet.
    #[error("the store at {} has no master key", path.display())]
    NoStoreKey { path: PathBuf },

    /// No store file where one was expected.
    #[error("no store at {}", path.display())]
    NoStore { path: PathBuf },

    /// The OS keyring could not be used.
    #[error("OS keyring: {0}")]
    Keyring(String),

    /// The file named as the store is not a crmctl store (empty, not
    /// SQLite, another application's database); it was left untouched.
    #[error("{} is not a crmctl store: it is {what}", path.display())]
    NotAStore { path: PathBuf, what: String },

    /// The store was written by a newer crmctl.
    #[error("the store at {} was written by a newer crmctl (schema version {found}; this build knows up to {known})", path.display())]
    StoreTooNew { path: PathBuf, found: i64, known: i64 },

    #[error("store: {0}")]
    Store(#[from] crate::store::DbError),

    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },

    /// An input file the user named (integration, apply, template, mapping,
    /// event file) that cannot be read.
    #[error("{}: {source}", path.display())]
    Input { path: PathBuf, source: std::io::Error },

    /// An operation ran and failed.
    #[error("{message}")]
    Failed { message: String },

    /// A KB import or sync lost its run lease (its process stalled past
    /// the lease, and another run took over): it writes nothing more.
    #[error("this run's lease on `{job}` expired and another run took it over; nothing more was written")]
    LeaseLost { job: String },

    /// SIGINT or a closed prompt.
    #[error("interrupted")]
    Interrupted,
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage { message: message.into(), hint: None }
    }

    pub fn usage_hint(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage { message: message.into(), hint: Some(hint.into()) }
    }

    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }

    pub fn exit(&self) -> Exit {
        match self {
            Error::Usage { .. }
            | Error::NotFound { .. }
            | Error::Duplicate { .. }
            | Error::Syntax { .. }
            | Error::WrongKey { .. }
            | Error::Tampered { .. }
            | Error::NoStoreKey { .. }
            | Error::NoStore { .. }
            | Error::Input { .. } => Exit::Usage,
            // A store file that cannot be used as it is: store problems are 3.
            Error::NotAStore { .. } | Error::StoreTooNew { .. } => Exit::Environment,
            // A file the user named that is not there is an input error.
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => Exit::Usage,
            Error::NoKey { .. } | Error::Keyring(_) | Error::Store(_) | Error::Io { .. } => {
                Exit::Environment
            }
            Error::Failed { .. } | Error::LeaseLost { .. } => Exit::Failed,
            Error::Interrupted => Exit::Interrupted,
        }
    }

    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Usage { hint, .. } | Error::NotFound { hint, .. } => hint.clone(),
            Error::Duplicate { kind: "integration", name, .. } => Some(format!(
                "choose another name, or change the existing one with `crmctl integration edit {name}`"
            )),
            Error::Duplicate { kind, .. } => Some(format!("choose another name; `crmctl {kind} list` shows the existing ones")),
            Error::WrongKey { .. } => Some(
                "use the key this store was initialised with (see `crmctl key status`); \
                 nothing was written"
                    .into(),
            ),
            Error::Tampered { .. } => Some(
                "re-enter the secret with `crmctl integration edit NAME --secret FIELD=SOURCE`"
                    .into(),
            ),
            Error::NoKey { .. } => Some(
                "set CRMCTL_MASTER_KEY (base64, from `crmctl key generate`), set \
                 CRMCTL_PASSPHRASE for a passphrase store, or run inside a desktop session \
                 with a Secret Service (GNOME Keyring, KWallet)"
                    .into(),
            ),
            Error::NoStoreKey { .. } | Error::NoStore { .. } => {
                Some("run `crmctl key init` to create the store and its key".into())
            }
            Error::Keyring(_) => Some(
                "no usable Secret Service: use CRMCTL_MASTER_KEY or `key init --passphrase` \
                 instead"
                    .into(),
            ),
            Error::NotAStore { .. } => Some(
                "the file was left untouched; point --db (or CRMCTL_DB) at a crmctl store, or at a path \
                 where no file exists to create one with `crmctl key init`"
                    .into(),
            ),
            Error::StoreTooNew { .. } => {
                Some("upgrade crmctl; this store was left untouched".into())
            }
            Error::Store(e) if e.is_busy() => Some(
                "another process held the store's write lock for longer than CRMCTL_BUSY_TIMEOUT_MS \
                 (default 60000): retry, or raise it"
                    .into(),
            ),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Store(e.into())
    }
}

/// Finds the core error in an anyhow chain, for the exit code and hint.
pub fn classify(err: &anyhow::Error) -> (Exit, Option<String>) {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return (e.exit(), e.hint());
        }
        if let Some(e) = cause.downcast_ref::<clap::Error>() {
            let _ = e;
            return (Exit::Usage, None);
        }
    }
    (Exit::Failed, None)
}
