//! Master keys, their sources, and the AES-256-GCM envelope every secret is
//! sealed in.

mod envelope;
mod kdf;
pub mod keyfile;
pub mod keyring;
mod master;
mod secret;
pub mod sources;
mod watch;

pub use envelope::{open, open_check, seal, seal_check, SealContext, FORMAT_VERSION};
pub(crate) use envelope::{decrypt, encrypt};
pub use kdf::{derive_key, KdfParams};
pub use master::MasterKey;
pub use secret::Secret;
pub use watch::{KeyWatch, Resolver};
