//! `Amount::parse` on arbitrary strings: never panics, and every valid amount
//! round-trips through its display, canonical and 大写 forms.
#![no_main]
use fuling_rules::Amount;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(a) = Amount::parse(text) {
        assert_eq!(Amount::parse(&a.to_string()).ok(), Some(a));
        assert_eq!(Amount::parse(&a.to_yuan_string()).ok(), Some(a));
        assert_eq!(Amount::parse(&a.to_chinese_uppercase()).ok(), Some(a));
    }
});
