//! Fuzz target; its body is `fuling_rules_tests::fuzz::due_date_target`, shared with the corpus
//! replay in `tests/tests/fuzz_regressions.rs`.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| fuling_rules_tests::fuzz::due_date_target(data));
