//! Sealed bundles (`export --sealed FILE`, `apply --sealed FILE`): an
//! export with its secrets' values, encrypted under a passphrase with
//! Argon2id + AES-256-GCM, so a whole setup moves between machines (and
//! between stores with different master keys). The file is JSON; the
//! plaintext inside is the apply format with values where references
//! would be.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine as _};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::secrets::{decrypt, derive_key, encrypt, KdfParams};

const FORMAT: &str = "crmctl-bundle";
const AD: &[u8] = b"crmctl-bundle/1";

#[derive(Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    pub created_at: String,
    /// How many documents are inside (shown before the passphrase is asked).
    pub documents: usize,
    pub kdf: KdfParams,
    /// base64(nonce ‖ ciphertext ‖ tag) of the YAML documents.
    pub sealed: String,
}

pub fn seal(yaml: &str, documents: usize, passphrase: &str) -> Result<Bundle> {
    let kdf = KdfParams::new_random();
    let key = derive_key(passphrase, &kdf)?;
    Ok(Bundle {
        format: FORMAT.into(),
        version: 1,
        created_at: jiff::Timestamp::now().to_string(),
        documents,
        kdf,
        sealed: STANDARD.encode(encrypt(key.bytes(), AD, yaml.as_bytes())),
    })
}

pub fn parse(text: &str, path: &Path) -> Result<Bundle> {
    let b: Bundle = serde_json::from_str(text).map_err(|e| crate::textfile::json_error(&e, path, "not a crmctl sealed bundle: "))?;
    if b.format != FORMAT || b.version != 1 {
        return Err(Error::usage(format!(
            "{} is not a sealed bundle this version understands (format {} version {})",
            path.display(),
            b.format,
            b.version
        )));
    }
    Ok(b)
}

/// The YAML inside. A wrong passphrase and a modified file are the same
/// failure to AES-GCM; the message says so.
pub fn open(b: &Bundle, passphrase: &str, path: &Path) -> Result<Zeroizing<String>> {
    let key = derive_key(passphrase, &b.kdf)?;
    let blob = STANDARD.decode(&b.sealed).map_err(|_| Error::Tampered { what: format!("the bundle {}", path.display()) })?;
    let plain = Zeroizing::new(decrypt(key.bytes(), AD, &blob).ok_or_else(|| {
        Error::usage_hint(
            format!("wrong passphrase for {} (or the file was modified); nothing was written", path.display()),
            "use the passphrase given to `crmctl export --sealed`",
        )
    })?);
    let text = String::from_utf8(plain.to_vec()).map_err(|_| Error::Tampered { what: format!("the bundle {}", path.display()) })?;
    Ok(Zeroizing::new(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_opens_with_its_passphrase_only() {
        let b = seal("kind: org\nname: a\n", 1, "correct horse").unwrap();
        assert!(!b.sealed.contains("kind"));
        let p = Path::new("b.json");
        assert_eq!(open(&b, "correct horse", p).unwrap().as_str(), "kind: org\nname: a\n");
        let e = open(&b, "wrong", p).unwrap_err().to_string();
        assert!(e.contains("wrong passphrase"), "{e}");
    }
}
