//! Fuzz target; its body is `fuling_rules_tests::fuzz::checks_json`, shared with the corpus replay in
//! `tests/tests/fuzz_regressions.rs`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| fuling_rules_tests::fuzz::checks_json(data));
