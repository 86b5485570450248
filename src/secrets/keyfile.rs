//! `key export` / `key import`: the master key sealed under a passphrase
//! (Argon2id + AES-256-GCM), to move it to another machine.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::envelope::{decrypt, encrypt};
use super::{derive_key, KdfParams, MasterKey};
use crate::error::{Error, Result};

const FORMAT: &str = "crmctl-key-export";

#[derive(Serialize, Deserialize)]
pub struct KeyFile {
    pub format: String,
    pub version: u32,
    pub key_id: String,
    pub store_id: String,
    pub created_at: String,
    pub kdf: KdfParams,
    /// base64(nonce ‖ ciphertext ‖ tag) of the 32 key bytes.
    pub sealed_key: String,
}

fn ad(key_id: &str, store_id: &str) -> Vec<u8> {
    format!("{FORMAT}/1\0{key_id}\0{store_id}").into_bytes()
}

pub fn export(key: &MasterKey, store_id: &str, passphrase: &str) -> Result<KeyFile> {
    let kdf = KdfParams::new_random();
    let wrapping = derive_key(passphrase, &kdf)?;
    let blob = encrypt(wrapping.bytes(), &ad(key.id(), store_id), key.bytes());
    Ok(KeyFile {
        format: FORMAT.into(),
        version: 1,
        key_id: key.id().into(),
        store_id: store_id.into(),
        created_at: jiff::Timestamp::now().to_string(),
        kdf,
        sealed_key: STANDARD.encode(blob),
    })
}

pub fn parse(text: &str, path: &std::path::Path) -> Result<KeyFile> {
    let file: KeyFile = serde_json::from_str(text).map_err(|e| crate::textfile::json_error(&e, path, "not a crmctl key file: "))?;
    if file.format != FORMAT || file.version != 1 {
        return Err(Error::usage(format!(
            "{} is not a crmctl key file this version understands (format {} version {})",
            path.display(),
            file.format,
            file.version
        )));
    }
    Ok(file)
}

pub fn open(file: &KeyFile, passphrase: &str) -> Result<MasterKey> {
    let wrapping = derive_key(passphrase, &file.kdf)?;
    let blob = STANDARD
        .decode(&file.sealed_key)
        .map_err(|_| Error::Tampered { what: "the key file".into() })?;
    let plain = Zeroizing::new(
        decrypt(wrapping.bytes(), &ad(&file.key_id, &file.store_id), &blob).ok_or_else(|| {
            Error::usage_hint(
                "wrong passphrase for the key file (or the file was modified)",
                "use the passphrase given to `crmctl key export`",
            )
        })?,
    );
    let bytes: [u8; 32] = plain
        .as_slice()
        .try_into()
        .map_err(|_| Error::Tampered { what: "the key file".into() })?;
    let key = MasterKey::from_bytes(bytes);
    if key.id() != file.key_id {
        return Err(Error::Tampered { what: "the key file".into() });
    }
    Ok(key)
}
