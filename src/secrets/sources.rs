//! Finding the master key: `CRMCTL_MASTER_KEY`, then a passphrase, then the
//! OS keyring. Never a silent fallback: when nothing works, the error lists
//! every source that was tried and why it did not give the key.

use super::keyring::Keyring;
use super::{derive_key, open_check, KdfParams, MasterKey, Secret};
use crate::error::{Error, Result};

/// Where a store's key lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Env,
    Passphrase,
    Keyring,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Env => "env",
            SourceKind::Passphrase => "passphrase",
            SourceKind::Keyring => "keyring",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "env" => Some(SourceKind::Env),
            "passphrase" => Some(SourceKind::Passphrase),
            "keyring" => Some(SourceKind::Keyring),
            _ => None,
        }
    }
}

/// The store's record of its active key.
pub struct KeyRecord {
    pub key_id: String,
    pub source: SourceKind,
    pub kdf: Option<KdfParams>,
    pub check: String,
}

/// Supplies a passphrase: from `CRMCTL_PASSPHRASE` or a prompt. The core
/// never prompts itself; the CLI passes this in.
pub trait PassphraseSource {
    /// `Ok(None)` when none is available (no variable, no terminal).
    fn passphrase(&self, purpose: &str) -> Result<Option<Secret>>;
}

pub struct KeyInputs<'a> {
    /// The value of `CRMCTL_MASTER_KEY`, if set.
    pub env_key: Option<&'a str>,
    pub passphrase: &'a dyn PassphraseSource,
    pub keyring: &'a Keyring,
    pub store_id: &'a str,
}

pub struct Resolved {
    pub key: MasterKey,
    pub source: SourceKind,
    /// Sources tried before this one, and why each gave nothing.
    pub tried: Vec<String>,
}

pub fn resolve(record: &KeyRecord, inputs: &KeyInputs<'_>) -> Result<Resolved> {
    let mut tried = Vec::new();
    let wrong = |source_name: &str, key: &MasterKey| Error::WrongKey {
        source_name: source_name.into(),
        found: key.id().into(),
        expected: record.key_id.clone(),
    };

    match inputs.env_key {
        Some(b64) => {
            let key = MasterKey::from_base64(b64, "CRMCTL_MASTER_KEY")?;
            if key.id() != record.key_id || !open_check(&key, &record.check) {
                return Err(wrong("CRMCTL_MASTER_KEY", &key));
            }
            return Ok(Resolved { key, source: SourceKind::Env, tried });
        }
        None => tried.push("CRMCTL_MASTER_KEY: not set".to_string()),
    }

    match &record.kdf {
        Some(kdf) => match inputs.passphrase.passphrase("Passphrase for the crmctl store")? {
            Some(pass) => {
                let key = derive_key(pass.expose_secret(), kdf)?;
                if key.id() != record.key_id || !open_check(&key, &record.check) {
                    return Err(wrong("the passphrase", &key));
                }
                return Ok(Resolved { key, source: SourceKind::Passphrase, tried });
            }
            None => tried.push(
                "passphrase: CRMCTL_PASSPHRASE is not set and there is no terminal to prompt on"
                    .to_string(),
            ),
        },
        None => tried.push("passphrase: this store's key is not passphrase-derived".to_string()),
    }

    let label = inputs.keyring.backend().describe();
    match inputs.keyring.get(inputs.store_id, &record.key_id) {
        Ok(Some(key)) => {
            if !open_check(&key, &record.check) {
                return Err(wrong(label, &key));
            }
            Ok(Resolved { key, source: SourceKind::Keyring, tried })
        }
        Ok(None) => {
            tried.push(format!("{label}: no entry for key {} of this store", record.key_id));
            Err(Error::NoKey { tried })
        }
        Err(e) => {
            tried.push(format!("{label}: {}", e.to_string().trim_start_matches("OS keyring: ")));
            Err(Error::NoKey { tried })
        }
    }
}
