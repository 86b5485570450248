#![no_main]
//! See crmctl::fuzzing::html.

libfuzzer_sys::fuzz_target!(|data: &[u8]| crmctl::fuzzing::html(data));
