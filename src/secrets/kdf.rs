//! Argon2id, for passphrase keys and key export files.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};

use super::MasterKey;
use crate::error::{Error, Result};

/// Argon2id parameters, stored beside the salt so they can be raised later
/// without breaking existing stores.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct KdfParams {
    pub algorithm: String,
    /// Memory in KiB.
    pub m_cost: u32,
    pub t_cost: u32,
    pub p_cost: u32,
    /// Base64 salt.
    pub salt: String,
}

impl KdfParams {
    /// 64 MiB, 3 passes: about 140 ms on the reference machine.
    pub fn new_random() -> Self {
        use base64::{engine::general_purpose::STANDARD, Engine as _};
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).expect("the OS random number generator failed");
        // CRMCTL_KDF_FAST exists for test suites that derive many keys; it is
        // recorded in the params, so a store made with it still opens.
        let (m_cost, t_cost) = if std::env::var_os("CRMCTL_KDF_FAST").is_some() {
            (8 * 1024, 1)
        } else {
            (64 * 1024, 3)
        };
        KdfParams { algorithm: "argon2id".into(), m_cost, t_cost, p_cost: 1, salt: STANDARD.encode(salt) }
    }
}

pub fn derive_key(passphrase: &str, params: &KdfParams) -> Result<MasterKey> {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    if params.algorithm != "argon2id" {
        return Err(Error::usage(format!("unknown key derivation '{}'", params.algorithm)));
    }
    let salt = STANDARD
        .decode(&params.salt)
        .map_err(|_| Error::usage("the stored key-derivation salt is not valid base64"))?;
    let p = Params::new(params.m_cost, params.t_cost, params.p_cost, Some(32))
        .map_err(|e| Error::usage(format!("invalid Argon2id parameters: {e}")))?;
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(passphrase.as_bytes(), &salt, &mut out)
        .map_err(|e| Error::usage(format!("key derivation failed: {e}")))?;
    let key = MasterKey::from_bytes(out);
    out.iter_mut().for_each(|b| *b = 0);
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_passphrase_and_salt_give_same_key() {
        let params = KdfParams { algorithm: "argon2id".into(), m_cost: 1024, t_cost: 1, p_cost: 1, salt: "c2FsdHNhbHRzYWx0c2FsdA==".into() };
        let a = derive_key("correct horse", &params).unwrap();
        let b = derive_key("correct horse", &params).unwrap();
        let c = derive_key("wrong horse", &params).unwrap();
        assert_eq!(a.id(), b.id());
        assert_ne!(a.id(), c.id());
    }
}
