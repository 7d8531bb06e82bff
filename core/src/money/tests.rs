use super::*;
use proptest::prelude::*;

fn fen(text: &str) -> u64 {
    match Amount::parse(text) {
        Ok(a) => a.fen(),
        Err(e) => panic!("{text:?} should parse: {e}"),
    }
}

fn code(text: &str) -> ErrorCode {
    match Amount::parse(text) {
        Ok(a) => panic!("{text:?} should fail, got {a:?}"),
        Err(e) => e.code(),
    }
}

#[test]
fn arabic_forms() {
    assert_eq!(fen("5000000"), 500_000_000);
    assert_eq!(fen("5,000,000.00"), 500_000_000);
    assert_eq!(fen("5000000.5"), 500_000_050);
    assert_eq!(fen("500万"), 500_000_000);
    assert_eq!(fen("500万元"), 500_000_000);
    assert_eq!(fen("500.5万元"), 500_500_000);
    assert_eq!(fen("0.01万元"), 10_000);
    assert_eq!(fen("0.000001万"), 1);
    assert_eq!(fen("5000000元"), 500_000_000);
    assert_eq!(fen("¥5,000,000"), 500_000_000);
    assert_eq!(fen("￥5,000,000"), 500_000_000);
    assert_eq!(fen("人民币5000000元"), 500_000_000);
    assert_eq!(fen("人民币 ¥5,000,000.00"), 500_000_000);
    assert_eq!(fen("5000000元整"), 500_000_000);
    assert_eq!(fen("5000000整"), 500_000_000);
    assert_eq!(fen("5000000圆"), 500_000_000);
    assert_eq!(fen("5,000,000.00 元"), 500_000_000);
    assert_eq!(fen("  5,000,000.00 元\u{3000}"), 500_000_000);
    assert_eq!(fen("\u{3000}500万元"), 500_000_000);
    assert_eq!(fen("500 万元"), 500_000_000);
    assert_eq!(fen("1.5亿元"), 15_000_000_000);
    assert_eq!(fen("0"), 0);
    assert_eq!(fen("0.00"), 0);
    assert_eq!(fen("0.01"), 1);
    assert_eq!(fen("0.1"), 10);
    assert_eq!(fen("007"), 700);
    assert_eq!(fen("5.000"), 500);
    assert_eq!(fen("999"), 99_900);
    assert_eq!(fen("1,000"), 100_000);
    assert_eq!(fen("12,345,678.98"), 1_234_567_898);
    assert_eq!(fen("99,999,999,999,999.99"), 9_999_999_999_999_999);
    assert_eq!(fen("9999999999.999999万"), 9_999_999_999_999_999);
    assert_eq!(fen("0.0000000001亿"), 1);
}

#[test]
fn boundary_around_five_million() {
    assert_eq!(fen("4,999,999.99"), 499_999_999);
    assert_eq!(fen("5,000,000.00"), 500_000_000);
    assert_eq!(fen("5,000,000.01"), 500_000_001);
    assert!(Amount::parse("4,999,999.99").unwrap() < Amount::FIVE_MILLION_YUAN);
    assert!(Amount::parse("5,000,000.00").unwrap() >= Amount::FIVE_MILLION_YUAN);
    assert!(Amount::parse("5,000,000.01").unwrap() > Amount::FIVE_MILLION_YUAN);
    assert_eq!(fen("499.9999万"), 499_999_900);
    assert_eq!(fen("499.999999万元"), 499_999_999);
    assert_eq!(fen("肆佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"), 499_999_999);
    assert_eq!(fen("伍佰万元零壹分"), 500_000_001);
}

#[test]
fn daxie_forms() {
    assert_eq!(fen("人民币伍佰万元整"), 500_000_000);
    assert_eq!(fen("伍佰万元整"), 500_000_000);
    assert_eq!(fen("伍佰万圆整"), 500_000_000);
    assert_eq!(fen("伍佰万元正"), 500_000_000);
    assert_eq!(fen("伍佰万元"), 500_000_000);
    assert_eq!(fen("伍佰万"), 500_000_000);
    assert_eq!(fen("¥伍佰万元整"), 500_000_000);
    assert_eq!(fen("壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分"), 1_234_567_898);
    assert_eq!(fen("壹万零伍元"), 1_000_500);
    assert_eq!(fen("贰拾元零伍分"), 2_005);
    assert_eq!(fen("壹亿元整"), 10_000_000_000);
    assert_eq!(fen("壹亿贰仟万元"), 12_000_000_000);
    assert_eq!(fen("拾元"), 1_000);
    assert_eq!(fen("拾伍元"), 1_500);
    assert_eq!(fen("拾万元"), 10_000_000);
    assert_eq!(fen("壹拾元整"), 1_000);
    assert_eq!(fen("壹拾万元整"), 10_000_000);
    assert_eq!(fen("壹仟零伍元整"), 100_500);
    assert_eq!(fen("伍元零伍分"), 505);
    assert_eq!(fen("伍元伍分"), 505);
    assert_eq!(fen("伍角"), 50);
    assert_eq!(fen("伍角整"), 50);
    assert_eq!(fen("人民币伍角"), 50);
    assert_eq!(fen("伍分"), 5);
    assert_eq!(fen("伍角伍分"), 55);
    assert_eq!(fen("伍元伍角伍分整"), 555);
    assert_eq!(fen("零元整"), 0);
    assert_eq!(fen("人民币零元整"), 0);
    assert_eq!(fen("零元"), 0);
    assert_eq!(fen("零"), 0);
    assert_eq!(fen("零元伍角整"), 50);
    assert_eq!(fen("壹拾元零伍角整"), 1_050);
    assert_eq!(fen("壹拾元伍角"), 1_050);
    assert_eq!(fen("壹仟陆佰捌拾元零叁角贰分"), 168_032);
    assert_eq!(fen("壹仟陆佰捌拾元叁角贰分"), 168_032);
    assert_eq!(fen("壹拾万柒仟元零伍角叁分"), 10_700_053);
    assert_eq!(fen("壹拾万零柒仟元伍角叁分"), 10_700_053);
    assert_eq!(fen("壹亿零伍万元整"), 10_005_000_000);
    assert_eq!(fen("壹万亿元整"), 100_000_000_000_000);
    assert_eq!(fen("壹万零壹亿元整"), 100_010_000_000_000);
    assert_eq!(fen("壹仟万零壹仟元整"), 1_000_100_000);
    assert_eq!(
        fen("玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        9_999_999_999_999_999
    );
    assert_eq!(fen("壹仟伍拾元"), 105_000);
    assert_eq!(fen("伍"), 500);
    // Lowercase numerals.
    assert_eq!(fen("五百万元"), 500_000_000);
    assert_eq!(fen("一千零五元"), 100_500);
    assert_eq!(fen("一千〇五元"), 100_500);
    assert_eq!(fen("十元"), 1_000);
    assert_eq!(fen("三元五角"), 350);
}

#[test]
fn rejections() {
    use ErrorCode::*;
    let cases: &[(&str, ErrorCode)] = &[
        ("", AmountEmpty),
        ("   ", AmountEmpty),
        ("\u{3000}\t\n", AmountEmpty),
        ("-5", AmountNegative),
        ("-5万元", AmountNegative),
        ("负伍元", AmountNegative),
        ("人民币负伍元", AmountNegative),
        ("¥-5", AmountNegative),
        ("－5", AmountNegative),
        ("−0.01", AmountNegative),
        ("-0", AmountNegative),
        ("-5000000.001", AmountNegative),
        ("-", AmountMalformed),
        ("负", AmountMalformed),
        ("-abc", AmountMalformed),
        ("--5", AmountMalformed),
        ("5000000.001", AmountTooPrecise),
        ("0.001", AmountTooPrecise),
        ("0.0000001万", AmountTooPrecise),
        ("0.00000000001亿", AmountTooPrecise),
        ("100000000000000", AmountOverflow),
        ("99999999999999.991", AmountTooPrecise),
        ("1亿亿", AmountMalformed),
        ("10000000000万", AmountOverflow),
        ("999999999999999999999999999999999999999999", AmountOverflow),
        ("壹佰万亿元", AmountOverflow),
        ("1e6", AmountMalformed),
        ("5.000.000", AmountMalformed),
        ("abc", AmountMalformed),
        ("5 000 000", AmountMalformed),
        ("5,00,000", AmountMalformed),
        ("50,00", AmountMalformed),
        (",500", AmountMalformed),
        ("0,500", AmountMalformed),
        ("5,000,000.000,0", AmountMalformed),
        ("5，000", AmountMalformed),
        ("5.", AmountMalformed),
        (".5", AmountMalformed),
        ("+5", AmountMalformed),
        ("5元万", AmountMalformed),
        ("5元5角", AmountMalformed),
        ("5百", AmountMalformed),
        ("5 元 整", AmountMalformed),
        ("5元整整", AmountMalformed),
        ("人民币", AmountMalformed),
        ("¥", AmountMalformed),
        ("元", AmountMalformed),
        ("元整", AmountMalformed),
        ("整", AmountMalformed),
        ("伍佰佰万", AmountMalformed),
        ("佰伍", AmountMalformed),
        ("伍佰伍仟", AmountMalformed),
        ("伍角伍角", AmountMalformed),
        ("伍分伍角", AmountMalformed),
        ("伍元伍元", AmountMalformed),
        ("壹仟伍元", AmountMalformed),
        ("壹佰伍", AmountMalformed),
        ("壹万伍", AmountMalformed),
        ("壹亿伍万", AmountMalformed),
        ("壹仟零壹佰元", AmountMalformed),
        ("伍元零伍角", AmountMalformed),
        ("伍角零伍分", AmountMalformed),
        ("壹仟零零伍元", AmountMalformed),
        ("零伍元", AmountMalformed),
        ("伍拾零万元", AmountMalformed),
        ("壹拾零元", AmountMalformed),
        ("零元零伍分", AmountMalformed),
        ("零角", AmountMalformed),
        ("伍伍元", AmountMalformed),
        ("万元", AmountMalformed),
        ("壹亿万元", AmountMalformed),
        ("壹万万元", AmountMalformed),
        ("壹亿壹亿元", AmountMalformed),
        ("壹万拾伍元", AmountMalformed),
        ("伍拾角", AmountMalformed),
        ("伍角伍", AmountMalformed),
        ("伍佰伍角", AmountMalformed),
        ("伍角伍元", AmountMalformed),
        ("伍元整伍角", AmountMalformed),
        ("伍佰万 元整", AmountMalformed),
        ("伍百万元", AmountMalformed),
        ("壹仟伍佰元abc", AmountMalformed),
        ("五元五", AmountMalformed),
    ];
    for &(text, expected) in cases {
        assert_eq!(code(text), expected, "{text:?}");
    }
    assert_eq!(code("100,000,000,000,000.00"), AmountOverflow);
    assert_eq!(code("99,999,999,999,999.991"), AmountTooPrecise);
    assert_eq!(code("100000000000000.00"), AmountOverflow);
}

#[test]
fn messages_name_the_input_truncated() {
    let err = Amount::parse("abc").unwrap_err();
    assert!(
        err.message_zh().contains("abc") && err.message_en().contains("abc"),
        "{err}"
    );
    let long = "伍".repeat(100);
    let err = Amount::parse(&long).unwrap_err();
    let shown = format!("{}…", "伍".repeat(40));
    assert!(err.message_zh().contains(&shown), "{err}");
    assert!(err.message_en().contains(&shown), "{err}");
    assert!(!err.message_en().contains(&"伍".repeat(41)));
}

#[test]
fn constructors() {
    assert_eq!(Amount::from_fen(0).unwrap(), Amount::ZERO);
    assert_eq!(Amount::from_fen(MAX_FEN).unwrap(), Amount::MAX);
    assert_eq!(
        Amount::parse(&"5".repeat(MAX_AMOUNT_TEXT_BYTES + 1))
            .unwrap_err()
            .code(),
        ErrorCode::InputTooLarge
    );
    assert_eq!(
        Amount::from_fen(MAX_FEN + 1).unwrap_err().code(),
        ErrorCode::AmountOverflow
    );
    assert_eq!(
        Amount::from_yuan(99_999_999_999_999).unwrap().fen(),
        9_999_999_999_999_900
    );
    assert_eq!(
        Amount::from_yuan(100_000_000_000_000).unwrap_err().code(),
        ErrorCode::AmountOverflow
    );
    assert_eq!(
        Amount::from_yuan(u64::MAX).unwrap_err().code(),
        ErrorCode::AmountOverflow
    );
    assert_eq!(Amount::default(), Amount::ZERO);
    assert_eq!(Amount::FIVE_MILLION_YUAN.fen(), 500_000_000);
    assert_eq!(Amount::MAX.checked_add(Amount::ZERO), Some(Amount::MAX));
    assert_eq!(Amount::MAX.checked_add(Amount(1)), None);
    assert_eq!(Amount(1).checked_add(Amount(2)), Some(Amount(3)));
    assert_eq!("500万元".parse::<Amount>().unwrap(), Amount::FIVE_MILLION_YUAN);
}

#[test]
fn outputs() {
    let a = |f: u64| Amount::from_fen(f).unwrap();
    assert_eq!(a(500_000_000).to_yuan_string(), "5000000.00");
    assert_eq!(a(0).to_yuan_string(), "0.00");
    assert_eq!(a(5).to_yuan_string(), "0.05");
    assert_eq!(a(MAX_FEN).to_yuan_string(), "99999999999999.99");
    assert_eq!(a(500_000_000).to_string(), "5,000,000.00 元");
    assert_eq!(a(0).to_string(), "0.00 元");
    assert_eq!(a(99_999).to_string(), "999.99 元");
    assert_eq!(a(100_000).to_string(), "1,000.00 元");
    assert_eq!(a(MAX_FEN).to_string(), "99,999,999,999,999.99 元");
    // Fen below ten get their leading zero (as `{:02}` wrote them).
    assert_eq!(a(5).to_string(), "0.05 元");
    assert_eq!(a(12_345_610).to_string(), "123,456.10 元");
    assert_eq!(a(100_009).to_string(), "1,000.09 元");

    let cases: &[(u64, &str)] = &[
        (0, "人民币零元整"),
        (50, "人民币伍角整"),
        (5, "人民币伍分"),
        (55, "人民币伍角伍分"),
        (505, "人民币伍元零伍分"),
        (550, "人民币伍元伍角整"),
        (555, "人民币伍元伍角伍分"),
        (1_000, "人民币壹拾元整"),
        (1_050, "人民币壹拾元零伍角整"),
        (1_005, "人民币壹拾元零伍分"),
        (1_500, "人民币壹拾伍元整"),
        (100_500, "人民币壹仟零伍元整"),
        (105_000, "人民币壹仟零伍拾元整"),
        (1_000_500, "人民币壹万零伍元整"),
        (2_005, "人民币贰拾元零伍分"),
        (10_000_000, "人民币壹拾万元整"),
        (10_700_053, "人民币壹拾万零柒仟元零伍角叁分"),
        (168_032, "人民币壹仟陆佰捌拾元零叁角贰分"),
        (500_000_000, "人民币伍佰万元整"),
        (1_234_567_898, "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角捌分"),
        (1_000_100_000, "人民币壹仟万零壹仟元整"),
        (10_000_000_000, "人民币壹亿元整"),
        (12_000_000_000, "人民币壹亿贰仟万元整"),
        (10_005_000_000, "人民币壹亿零伍万元整"),
        (10_000_000_500, "人民币壹亿零伍元整"),
        (100_000_000_000_000, "人民币壹万亿元整"),
        (100_010_000_000_000, "人民币壹万零壹亿元整"),
        (100_000_000_000_500, "人民币壹万亿零伍元整"),
        (
            MAX_FEN,
            "人民币玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ];
    for &(f, text) in cases {
        assert_eq!(a(f).to_chinese_uppercase(), text, "{f}");
        assert_eq!(fen(text), f, "{text}");
    }
}

#[test]
#[cfg_attr(
    not(feature = "message-text"),
    ignore = "asserts message texts, which are tokens without message-text"
)]
fn serde_forms() {
    let a = Amount::FIVE_MILLION_YUAN;
    assert_eq!(serde_json::to_string(&a).unwrap(), "\"5000000.00\"");
    let back: Amount = serde_json::from_str("\"5000000.00\"").unwrap();
    assert_eq!(back, a);
    let from_int: Amount = serde_json::from_str("5000000").unwrap();
    assert_eq!(from_int, a);
    let from_daxie: Amount = serde_json::from_str("\"伍佰万元整\"").unwrap();
    assert_eq!(from_daxie, a);
    let zero: Amount = serde_json::from_str("0").unwrap();
    assert_eq!(zero, Amount::ZERO);

    let err = |json: &str| serde_json::from_str::<Amount>(json).unwrap_err().to_string();
    assert!(err("5000000.5").contains("string"), "{}", err("5000000.5"));
    assert!(err("5e6").contains("floating-point"));
    assert!(err("-5").contains("negative"));
    assert!(err("\"-5\"").contains("amount_negative"));
    assert!(err("\"abc\"").contains("amount_malformed"));
    assert!(err("100000000000000").contains("amount_overflow"));
    assert!(err("true").contains("amount in yuan"));
    assert!(err("null").contains("amount in yuan"));
}

fn daxie_string() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        proptest::sample::select(
            "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正〇一二三四五六七八九十百千人民币¥-负 "
                .chars()
                .collect::<Vec<_>>(),
        ),
        0..24,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn round_trips(f in 0..=MAX_FEN) {
        let a = Amount::from_fen(f).unwrap();
        prop_assert_eq!(Amount::parse(&a.to_string()).unwrap(), a);
        prop_assert_eq!(Amount::parse(&a.to_yuan_string()).unwrap(), a);
        prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Amount>(&json).unwrap(), a);
    }

    #[test]
    fn round_trips_small(f in 0u64..2_000_000) {
        let a = Amount::from_fen(f).unwrap();
        prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
        prop_assert_eq!(Amount::parse(&a.to_string()).unwrap(), a);
    }

    #[test]
    fn round_trips_sparse(digits in proptest::collection::vec(prop_oneof![3 => Just(0u64), 1 => 1u64..10], 16)) {
        let f = digits.iter().fold(0u64, |acc, d| acc * 10 + d) % (MAX_FEN + 1);
        let a = Amount::from_fen(f).unwrap();
        prop_assert_eq!(Amount::parse(&a.to_chinese_uppercase()).unwrap(), a);
    }

    #[test]
    fn never_panics(text in ".*") {
        let _ = Amount::parse(&text);
    }

    #[test]
    fn never_panics_on_daxie_alphabet(text in daxie_string()) {
        if let Ok(a) = Amount::parse(&text) {
            prop_assert!(a <= Amount::MAX);
        }
    }

    #[test]
    fn never_panics_on_arabic_alphabet(text in "[0-9,.万亿元整¥ -]{0,30}") {
        if let Ok(a) = Amount::parse(&text) {
            prop_assert!(a <= Amount::MAX);
        }
    }
}

#[test]
fn pow10_as_checked_pow() {
    for n in 0..45 {
        assert_eq!(super::pow10(n), 10u64.checked_pow(n), "{n}");
    }
}

#[test]
#[cfg_attr(
    not(feature = "message-text"),
    ignore = "asserts message texts, which are tokens without message-text"
)]
fn an_error_shown_is_its_display() {
    // `Error::shown` (the reason an amount reader gives inside another message) writes what
    // `Display` writes: "[code] English / 中文".
    let e = crate::Amount::parse("abc").unwrap_err();
    assert_eq!(e.shown(), e.to_string());
}
