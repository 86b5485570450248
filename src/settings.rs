//! Flags and environment, resolved once into [`Settings`] before any work.

use std::io::IsTerminal;
use std::path::PathBuf;

use zeroize::Zeroizing;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::error::Result;
use crate::secrets::keyring::Backend;

pub struct Settings {
    pub db: PathBuf,
    pub org: String,
    pub output: OutputFormat,
    /// Prompts are allowed: a terminal on stdin and stderr, no --no-input.
    pub interactive: bool,
    pub quiet: bool,
    pub verbose: u8,
    pub template_dirs: Vec<PathBuf>,
    pub keyring_backend: Backend,
    /// CRMCTL_MASTER_KEY.
    pub env_key: Option<Zeroizing<String>>,
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

/// `$XDG_DATA_HOME`, else `~/.local/share`.
pub fn data_home() -> PathBuf {
    non_empty_env("XDG_DATA_HOME").map(PathBuf::from).unwrap_or_else(|| home().join(".local/share"))
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
pub fn config_home() -> PathBuf {
    non_empty_env("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home().join(".config"))
}

impl Settings {
    /// The store as messages may name it: the SQLite path, or the
    /// PostgreSQL URL with its password masked.
    pub fn db_shown(&self) -> String {
        match crate::store::postgres_url(&self.db) {
            Some(url) => crate::store::postgres::PgTarget::parse(url)
                .map(|t| t.masked())
                .unwrap_or_else(|_| crate::store::postgres::config::mask_url(url)),
            None => self.db.display().to_string(),
        }
    }

    pub fn resolve(g: &GlobalArgs) -> Result<Settings> {
        let db = g.db.clone().unwrap_or_else(|| data_home().join("crmctl/crmctl.db"));
        // A password in CRMCTL_DB (the environment) is not on the command line.
        if std::env::var_os("CRMCTL_DB").is_none_or(|v| v != db.as_os_str()) {
            crate::store::refuse_password_in_argument("--db", &db)?;
        }
        let mut template_dirs = vec![config_home().join("crmctl/templates")];
        template_dirs.extend(g.template_dir.iter().cloned());
        let keyring_backend = match non_empty_env("CRMCTL_KEYRING_BACKEND") {
            Some(name) => Backend::parse(&name)?,
            None => Backend::SecretService,
        };
        let interactive =
            !g.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Ok(Settings {
            db,
            org: g.org.clone(),
            output: g.output,
            interactive,
            quiet: g.quiet,
            verbose: g.verbose,
            template_dirs,
            keyring_backend,
            env_key: non_empty_env("CRMCTL_MASTER_KEY").map(Zeroizing::new),
        })
    }
}
