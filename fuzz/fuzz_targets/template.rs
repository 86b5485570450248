#![no_main]
//! See crmctl::fuzzing::template.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::template(data));
