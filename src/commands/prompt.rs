//! Terminal prompts (dialoguer). Used only when `Settings::interactive`.

use crate::error::{Error, Result};
use crate::secrets::sources::PassphraseSource;
use crate::secrets::Secret;

fn map_err(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => Error::Interrupted,
        dialoguer::Error::IO(io) => Error::io("the terminal", io),
    }
}

pub fn confirm(question: &str) -> Result<bool> {
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(map_err)
}

pub fn hidden(prompt: &str, confirm_twice: bool) -> Result<Secret> {
    let mut p = dialoguer::Password::new().with_prompt(prompt);
    if confirm_twice {
        p = p.with_confirmation("Repeat to confirm", "the two entries differ");
    }
    p.interact().map(Secret::new).map_err(map_err)
}

pub fn hidden_validated(
    prompt: &str,
    check: impl Fn(&str) -> std::result::Result<(), String>,
) -> Result<Secret> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .validate_with(|v: &String| check(v))
        .interact()
        .map(Secret::new)
        .map_err(map_err)
}

pub fn text_validated(
    prompt: &str,
    default: Option<&str>,
    check: impl Fn(&str) -> std::result::Result<(), String>,
) -> Result<String> {
    let mut input = dialoguer::Input::<String>::new().with_prompt(prompt);
    if let Some(d) = default {
        input = input.default(d.to_string());
    }
    input.validate_with(|v: &String| check(v)).interact_text().map_err(map_err)
}

pub fn select(prompt: &str, choices: &[String], default: Option<&str>) -> Result<String> {
    let idx = default.and_then(|d| choices.iter().position(|c| c == d)).unwrap_or(0);
    let i = dialoguer::Select::new()
        .with_prompt(prompt)
        .items(choices)
        .default(idx)
        .interact()
        .map_err(map_err)?;
    Ok(choices[i].clone())
}

/// A passphrase from an environment variable, else a hidden prompt when
/// allowed, else nothing.
pub struct EnvOrPrompt {
    var: &'static str,
    interactive: bool,
    confirm: bool,
}

impl EnvOrPrompt {
    pub fn new(var: &'static str, interactive: bool, confirm: bool) -> Self {
        EnvOrPrompt { var, interactive, confirm }
    }

    pub fn var(&self) -> &'static str {
        self.var
    }

    /// Like [`PassphraseSource::passphrase`], but a missing passphrase is an
    /// error naming the variable.
    pub fn require(&self, purpose: &str) -> Result<Secret> {
        self.passphrase(purpose)?.ok_or_else(|| {
            Error::usage_hint(
                format!("{purpose}: no passphrase given"),
                format!("set {} (there is no terminal to prompt on)", self.var),
            )
        })
    }
}

impl PassphraseSource for EnvOrPrompt {
    fn passphrase(&self, purpose: &str) -> Result<Option<Secret>> {
        if let Ok(v) = std::env::var(self.var)
            && !v.is_empty() {
                return Ok(Some(Secret::new(v)));
            }
        if !self.interactive {
            return Ok(None);
        }
        let s = hidden(purpose, self.confirm)?;
        if s.is_empty() {
            return Err(Error::usage("the passphrase cannot be empty"));
        }
        Ok(Some(s))
    }
}
