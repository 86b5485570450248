//! The master key of a long-running process (`worker`, `serve`), followed
//! across `crmctl key rotate` in another process: each use compares the key
//! in hand with the store's active key id (one small query) and, when the
//! store has moved on, finds the new key from its source again.

use std::sync::{Arc, Mutex};

use super::MasterKey;
use crate::error::{Error, Result};
use crate::store::Store;

/// Finds the store's current key from its source (keyring, passphrase
/// variable, `CRMCTL_MASTER_KEY`), without prompting.
pub type Resolver = Box<dyn Fn(&Store) -> Result<MasterKey> + Send + Sync>;

pub struct KeyWatch {
    current: Mutex<Arc<MasterKey>>,
    resolve: Resolver,
}

impl KeyWatch {
    pub fn new(key: Arc<MasterKey>, resolve: Resolver) -> Self {
        KeyWatch { current: Mutex::new(key), resolve }
    }

    /// The key in hand, without looking at the store.
    pub fn key(&self) -> Arc<MasterKey> {
        self.current.lock().expect("key lock").clone()
    }

    /// The store's active key, and whether it just changed. When the store's
    /// key id is not the one in hand, the key is found again from its
    /// source; a source that still gives the old key (an environment
    /// variable set when the process started) is an error that says what to
    /// restart.
    pub fn current(&self, store: &Store) -> Result<(Arc<MasterKey>, bool)> {
        let record = store.require_key()?;
        let held = self.key();
        if held.id() == record.key_id {
            return Ok((held, false));
        }
        match (self.resolve)(store) {
            Ok(key) => {
                let key = Arc::new(key);
                *self.current.lock().expect("key lock") = key.clone();
                Ok((key, true))
            }
            Err(e) => Err(Error::Failed {
                message: format!(
                    "the store's master key was rotated to {} but this process holds {} and cannot load the new one ({e}); \
                     restart it with the new key (e.g. a new CRMCTL_MASTER_KEY)",
                    record.key_id,
                    held.id()
                ),
            }),
        }
    }
}
