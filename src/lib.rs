//! crmctl: administer the integrations between a conversational-AI platform
//! and its customers' CRMs, helpdesks and call centres.
//!
//! The core (`secrets`, `store`, `templates`) never prints and never exits;
//! `commands` resolves settings, calls it, and hands results to `output`.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod commands;
pub mod debug;
pub mod apply;
pub mod engine;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod http;
#[allow(clippy::print_stdout, clippy::print_stderr)]
pub mod output;
pub mod plans;
pub mod sandbox;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod templates;
pub mod textfile;

pub use error::{Error, Exit};
