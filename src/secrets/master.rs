use base64::{engine::general_purpose::STANDARD, Engine as _};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// A 256-bit master key and its id.
///
/// The id is the first 16 hex digits of SHA-256 over a fixed label and the
/// key, so the same key always has the same id and a wrong key is named as
/// such without the key itself being revealed.
pub struct MasterKey {
    bytes: Zeroizing<[u8; 32]>,
    id: String,
}

impl MasterKey {
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        let bytes = Zeroizing::new(bytes);
        let mut hasher = Sha256::new();
        hasher.update(b"crmctl/key-id/v1\0");
        hasher.update(bytes.as_slice());
        let id = hex::encode(&hasher.finalize()[..8]);
        MasterKey { bytes, id }
    }

    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the OS random number generator failed");
        let key = Self::from_bytes(bytes);
        bytes.iter_mut().for_each(|b| *b = 0);
        key
    }

    /// Parses the base64 form (`CRMCTL_MASTER_KEY`, `key generate`).
    /// `origin` names where it came from, for the error.
    pub fn from_base64(text: &str, origin: &str) -> Result<Self> {
        let decoded = Zeroizing::new(STANDARD.decode(text.trim()).map_err(|_| {
            Error::usage_hint(
                format!("{origin} is not valid base64"),
                "generate a key with `crmctl key generate`",
            )
        })?);
        let bytes: [u8; 32] = decoded.as_slice().try_into().map_err(|_| {
            Error::usage_hint(
                format!("{origin} must decode to 32 bytes, not {}", decoded.len()),
                "generate a key with `crmctl key generate`",
            )
        })?;
        Ok(Self::from_bytes(bytes))
    }

    pub fn to_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(STANDARD.encode(self.bytes.as_slice()))
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_stable_and_distinct() {
        let a = MasterKey::from_bytes([1; 32]);
        let b = MasterKey::from_bytes([1; 32]);
        let c = MasterKey::from_bytes([2; 32]);
        assert_eq!(a.id(), b.id());
        assert_ne!(a.id(), c.id());
        assert_eq!(a.id().len(), 16);
    }

    #[test]
    fn base64_round_trip_and_length_check() {
        let k = MasterKey::generate();
        let back = MasterKey::from_base64(&k.to_base64(), "test").unwrap();
        assert_eq!(k.id(), back.id());
        let err = MasterKey::from_base64("AAAA", "CRMCTL_MASTER_KEY").err().unwrap();
        assert!(err.to_string().contains("32 bytes"), "{err}");
        let err = MasterKey::from_base64("not base64!", "CRMCTL_MASTER_KEY").err().unwrap();
        assert!(err.to_string().contains("not valid base64"), "{err}");
    }
}
