#![no_main]
//! See crmctl::fuzzing::mapping.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::mapping(data));
