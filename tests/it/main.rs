//! End-to-end tests: the real binary, a real SQLite file, a sealed
//! environment (temporary HOME and XDG dirs, cleared env). One test binary
//! keeps link time down; one module per area.

mod common;

mod apply;
mod audit;
mod bad_input;
mod canary;
mod cli_surface;
mod chains;
mod chatwoot;
mod conntest;
mod contract;
mod events;
mod generated;
mod integrations;
mod kb;
mod kb_sections;
mod kb_erp;
mod kb_vendors;
mod mapping;
mod legacy;
mod keyring;
mod keys;
mod oauth;
mod orgs;
mod prompts;
mod runs;
mod rotate_interrupted;
mod sandbox;
mod schedule;
mod send;
mod streams_vendors;
mod streams_zoho_desk;
mod sync;
mod templates;
mod webhook;
mod workers;
mod mixed;
mod stats;
mod hostile;
mod oauth_vendors;
mod sap_csrf;
mod safe_defaults;
mod paging;
mod output_flag;
mod examples;
mod complete;
mod tables;
mod exit_codes;
mod store_file;
mod input_files;
mod input_checks;
mod fuzz_regressions;
