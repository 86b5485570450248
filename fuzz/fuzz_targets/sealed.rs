#![no_main]
//! See crmctl::fuzzing::sealed.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::sealed(data));
