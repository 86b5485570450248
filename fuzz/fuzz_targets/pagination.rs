#![no_main]
//! See crmctl::fuzzing::pagination.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::pagination(data));
