//! The OS keyring, through keyring-core.
//!
//! The Secret Service store (GNOME Keyring, KWallet) is the default on Linux.
//! The kernel keyutils store is opt-in (`CRMCTL_KEYRING_BACKEND=keyutils`,
//! built with the `keyutils` feature): its keys expire after three days unused
//! and do not survive a reboot.

use std::sync::OnceLock;

use keyring_core::Entry;

use super::MasterKey;
use crate::error::{Error, Result};

const SERVICE: &str = "crmctl";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    SecretService,
    Keyutils,
}

impl Backend {
    pub fn parse(name: &str) -> Result<Self> {
        match name {
            "secret-service" => Ok(Backend::SecretService),
            "keyutils" => Ok(Backend::Keyutils),
            other => Err(Error::usage_hint(
                format!("unknown keyring backend '{other}'"),
                "CRMCTL_KEYRING_BACKEND is one of: secret-service, keyutils",
            )),
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Backend::SecretService => "OS keyring (Secret Service)",
            Backend::Keyutils => "OS keyring (kernel keyutils)",
        }
    }
}

/// The keyring, opened on first use.
pub struct Keyring {
    backend: Backend,
}

static INIT: OnceLock<std::result::Result<(), String>> = OnceLock::new();

impl Keyring {
    pub fn new(backend: Backend) -> Self {
        Keyring { backend }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    fn ensure_store(&self) -> Result<()> {
        let backend = self.backend;
        INIT.get_or_init(|| open_store(backend)).clone().map_err(Error::Keyring)
    }

    fn entry(&self, store_id: &str, key_id: &str) -> Result<Entry> {
        self.ensure_store()?;
        Entry::new(SERVICE, &format!("{store_id}/{key_id}"))
            .map_err(|e| Error::Keyring(e.to_string()))
    }

    /// The key saved for this store and key id, if there is one.
    pub fn get(&self, store_id: &str, key_id: &str) -> Result<Option<MasterKey>> {
        let entry = self.entry(store_id, key_id)?;
        match entry.get_password() {
            Ok(b64) => {
                let b64 = zeroize::Zeroizing::new(b64);
                MasterKey::from_base64(&b64, "the keyring entry").map(Some)
            }
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(Error::Keyring(e.to_string())),
        }
    }

    pub fn set(&self, store_id: &str, key: &MasterKey) -> Result<()> {
        let entry = self.entry(store_id, key.id())?;
        entry.set_password(&key.to_base64()).map_err(|e| Error::Keyring(e.to_string()))
    }

    pub fn delete(&self, store_id: &str, key_id: &str) -> Result<()> {
        let entry = self.entry(store_id, key_id)?;
        match entry.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(Error::Keyring(e.to_string())),
        }
    }
}

#[cfg(target_os = "linux")]
fn open_store(backend: Backend) -> std::result::Result<(), String> {
    match backend {
        Backend::SecretService => {
            let store = zbus_secret_service_keyring_store::Store::new().map_err(|e| {
                format!("cannot reach a Secret Service over D-Bus ({e})")
            })?;
            keyring_core::set_default_store(store);
            Ok(())
        }
        #[cfg(feature = "keyutils")]
        Backend::Keyutils => {
            let store = linux_keyutils_keyring_store::Store::new()
                .map_err(|e| format!("cannot open the kernel keyring ({e})"))?;
            keyring_core::set_default_store(store);
            Ok(())
        }
        #[cfg(not(feature = "keyutils"))]
        Backend::Keyutils => Err("this crmctl was built without the `keyutils` feature".into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn open_store(_backend: Backend) -> std::result::Result<(), String> {
    Err("no keyring store is built in for this platform".into())
}
