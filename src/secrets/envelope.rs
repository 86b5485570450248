//! The sealed form of a secret.
//!
//! `crmctl:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>`: AES-256-GCM with a
//! fresh 96-bit nonce per seal. The associated data binds the value to its
//! format version, key id, org, integration and field, so a sealed value
//! copied to another row (or another org) fails to open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::{engine::general_purpose::STANDARD, Engine as _};

use super::{MasterKey, Secret};
use crate::error::{Error, Result};

pub const FORMAT_VERSION: &str = "v1";
const PREFIX: &str = "crmctl";
const NONCE_LEN: usize = 12;
const CHECK_PLAINTEXT: &[u8] = b"crmctl key check value v1";

/// Where a sealed value belongs; bound into the associated data.
pub struct SealContext<'a> {
    pub org_id: &'a str,
    pub record: &'a str,
    pub field: &'a str,
}

impl SealContext<'_> {
    fn associated_data(&self, key_id: &str) -> Vec<u8> {
        format!(
            "{PREFIX}/{FORMAT_VERSION}\0{key_id}\0{}\0{}\0{}",
            self.org_id, self.record, self.field
        )
        .into_bytes()
    }

    fn describe(&self) -> String {
        format!("{}.{}", self.record, self.field)
    }
}

pub fn seal(key: &MasterKey, ctx: &SealContext<'_>, plaintext: &[u8]) -> String {
    seal_raw(key, &ctx.associated_data(key.id()), plaintext)
}

pub fn open(key: &MasterKey, ctx: &SealContext<'_>, sealed: &str) -> Result<Secret> {
    let (key_id, blob) = parse(sealed, &ctx.describe())?;
    if key_id != key.id() {
        return Err(Error::WrongKey {
            source_name: "the loaded key".into(),
            found: key.id().into(),
            expected: key_id.into(),
        });
    }
    let plain = open_raw(key, &ctx.associated_data(key_id), &blob)
        .ok_or_else(|| Error::Tampered { what: ctx.describe() })?;
    String::from_utf8(plain)
        .map(Secret::new)
        .map_err(|_| Error::Tampered { what: ctx.describe() })
}

/// The check value kept in the store for a key id: a seal of a known
/// plaintext. Opening it proves a key is the store's key.
pub fn seal_check(key: &MasterKey) -> String {
    seal_raw(key, &check_ad(key.id()), CHECK_PLAINTEXT)
}

pub fn open_check(key: &MasterKey, sealed: &str) -> bool {
    match parse(sealed, "check value") {
        Ok((id, blob)) if id == key.id() => {
            open_raw(key, &check_ad(id), &blob).is_some_and(|p| p == CHECK_PLAINTEXT)
        }
        _ => false,
    }
}

fn check_ad(key_id: &str) -> Vec<u8> {
    format!("{PREFIX}/{FORMAT_VERSION}/check\0{key_id}").into_bytes()
}

pub(crate) fn seal_raw(key: &MasterKey, ad: &[u8], plaintext: &[u8]) -> String {
    let blob = encrypt(key.bytes(), ad, plaintext);
    format!("{PREFIX}:{FORMAT_VERSION}:{}:{}", key.id(), STANDARD.encode(blob))
}

fn open_raw(key: &MasterKey, ad: &[u8], blob: &[u8]) -> Option<Vec<u8>> {
    decrypt(key.bytes(), ad, blob)
}

/// nonce ‖ ciphertext ‖ tag.
pub(crate) fn encrypt(key: &[u8; 32], ad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).expect("the OS random number generator failed");
    let ct = cipher
        .encrypt(&Nonce::from(nonce), Payload { msg: plaintext, aad: ad })
        .expect("AES-GCM encryption of an in-memory buffer cannot fail");
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

pub(crate) fn decrypt(key: &[u8; 32], ad: &[u8], blob: &[u8]) -> Option<Vec<u8>> {
    if blob.len() < NONCE_LEN + 16 {
        return None;
    }
    let (nonce, ct) = blob.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
    let cipher = Aes256Gcm::new(key.into());
    cipher.decrypt(&Nonce::from(nonce), Payload { msg: ct, aad: ad }).ok()
}

fn parse<'a>(sealed: &'a str, what: &str) -> Result<(&'a str, Vec<u8>)> {
    let mut parts = sealed.splitn(4, ':');
    let (Some(PREFIX), Some(version), Some(key_id), Some(b64)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Error::Tampered { what: what.to_string() });
    };
    if version != FORMAT_VERSION {
        return Err(Error::usage_hint(
            format!("sealed value for {what} uses format {version}, which this crmctl does not know"),
            "upgrade crmctl",
        ));
    }
    let blob = STANDARD.decode(b64).map_err(|_| Error::Tampered { what: what.to_string() })?;
    Ok((key_id, blob))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(org: &'a str, rec: &'a str, field: &'a str) -> SealContext<'a> {
        SealContext { org_id: org, record: rec, field }
    }

    #[test]
    fn round_trip_with_fresh_nonces() {
        let key = MasterKey::generate();
        let a = seal(&key, &ctx("o", "i", "token"), b"s3cret");
        let b = seal(&key, &ctx("o", "i", "token"), b"s3cret");
        assert_ne!(a, b, "each seal uses a fresh nonce");
        assert!(a.starts_with(&format!("crmctl:v1:{}:", key.id())));
        assert_eq!(open(&key, &ctx("o", "i", "token"), &a).unwrap().expose_secret(), "s3cret");
    }

    #[test]
    fn copied_to_another_row_fails() {
        let key = MasterKey::generate();
        let s = seal(&key, &ctx("org-a", "int-1", "token"), b"s3cret");
        for other in [ctx("org-b", "int-1", "token"), ctx("org-a", "int-2", "token"), ctx("org-a", "int-1", "password")] {
            assert!(matches!(open(&key, &other, &s), Err(Error::Tampered { .. })));
        }
    }

    #[test]
    fn flipped_bit_fails() {
        let key = MasterKey::generate();
        let s = seal(&key, &ctx("o", "i", "f"), b"s3cret");
        let (head, b64) = s.rsplit_once(':').unwrap();
        let mut blob = STANDARD.decode(b64).unwrap();
        let last = blob.len() - 1;
        blob[last] ^= 1;
        let tampered = format!("{head}:{}", STANDARD.encode(blob));
        assert!(matches!(open(&key, &ctx("o", "i", "f"), &tampered), Err(Error::Tampered { .. })));
    }

    #[test]
    fn wrong_key_is_named() {
        let key = MasterKey::generate();
        let other = MasterKey::generate();
        let s = seal(&key, &ctx("o", "i", "f"), b"x");
        assert!(matches!(open(&other, &ctx("o", "i", "f"), &s), Err(Error::WrongKey { .. })));
        assert!(open_check(&key, &seal_check(&key)));
        assert!(!open_check(&other, &seal_check(&key)));
    }
}
