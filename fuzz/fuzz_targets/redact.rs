#![no_main]
//! See crmctl::fuzzing::redact.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::redact(data));
