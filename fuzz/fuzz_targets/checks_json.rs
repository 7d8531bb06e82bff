//! Every check on arbitrary JSON: findings or a typed error, never a panic.
#![no_main]
use fuling_rules::checks::{run_json_str, CHECK_NAMES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = CHECK_NAMES[usize::from(selector) % CHECK_NAMES.len()];
    let _ = run_json_str(name, text);
});
