//! The reader against serde_json (`serde_json::from_str::<Value>`, the reader it replaces):
//! generated values, generated texts, a table of malformed texts, and every text of the fuzz
//! corpora, the junk inputs and the scenarios.

use super::*;
use proptest::prelude::*;
// serde_json's value, which the reader's tree is compared with (converted: `From<&Json>`).
use serde_json::{Number, Value};

/// serde_json's answer for `text`, as `parse_value` gave it before this reader.
fn serde(text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| Error::from_serde_json(&e))
}

/// Equal values, floats equal to the bit (`-0.0` is not `0.0`) and of the same kind.
fn same_value(a: &Value, b: &Value) -> bool {
    a == b && serde_json::to_string(a).ok() == serde_json::to_string(b).ok() && {
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
                (Some(p), Some(q)) => p.to_bits() == q.to_bits(),
                _ => true,
            },
            (Value::Array(x), Value::Array(y)) => x.iter().zip(y).all(|(p, q)| same_value(p, q)),
            (Value::Object(x), Value::Object(y)) => x.iter().zip(y).all(|((k, p), (l, q))| k == l && same_value(p, q)),
            _ => true,
        }
    }
}

/// The reader's answer for `text` is serde_json's: the same value, or the same code and
/// message (reason, line and column).
fn agrees(text: &str) -> std::result::Result<(), String> {
    match (parse(text), serde(text)) {
        (Ok(a), Ok(b)) if same_value(&Value::from(&a), &b) && a == crate::json_tree::Json::from(&b) => Ok(()),
        (Err(a), Err(b))
            if a.code() == b.code()
                && (cfg!(not(feature = "message-text"))
                    || (a.message_zh() == b.message_zh() && a.message_en() == b.message_en())) =>
        {
            Ok(())
        }
        (a, b) => Err(format!("{text:?}: reader {a:?}, serde_json {b:?}")),
    }
}

#[test]
fn powers_of_ten_are_the_literals() {
    for (k, p) in powers_of_ten().iter().enumerate() {
        let literal: f64 = format!("1e{k}").parse().unwrap();
        assert_eq!(p.to_bits(), literal.to_bits(), "10^{k}");
    }
    assert_eq!(powers_of_ten().len(), 309);
}

/// Malformed texts, the message each gets (worked out from serde_json's rules: `error` points
/// at the byte just read, `peek_error` one past the byte looked at; columns count bytes).
#[test]
fn malformed_texts() {
    #[rustfmt::skip]
    let cases: &[(&str, &str)] = &[
        ("", "EOF while parsing a value at line 1 column 0"),
        ("   ", "EOF while parsing a value at line 1 column 3"),
        ("[", "EOF while parsing a list at line 1 column 1"),
        ("[1", "EOF while parsing a list at line 1 column 2"),
        ("[1,", "EOF while parsing a value at line 1 column 3"),
        ("[1,]", "trailing comma at line 1 column 4"),
        ("[,1]", "expected value at line 1 column 2"),
        ("[1 2]", "expected `,` or `]` at line 1 column 4"),
        ("{", "EOF while parsing an object at line 1 column 1"),
        ("{\"a\"", "EOF while parsing an object at line 1 column 4"),
        ("{\"a\" 1}", "expected `:` at line 1 column 6"),
        ("{\"a\":", "EOF while parsing a value at line 1 column 5"),
        ("{\"a\":1,}", "trailing comma at line 1 column 8"),
        ("{\"a\":1,", "EOF while parsing a value at line 1 column 7"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}` at line 1 column 8"),
        ("{1:2}", "key must be a string at line 1 column 2"),
        ("{\"a\":1,2:3}", "key must be a string at line 1 column 8"),
        ("\"abc", "EOF while parsing a string at line 1 column 4"),
        ("\"a\\", "EOF while parsing a string at line 1 column 3"),
        ("\"\\x\"", "invalid escape at line 1 column 3"),
        ("\"\\u12\"", "EOF while parsing a string at line 1 column 6"),
        ("\"\\u12G4\"", "invalid escape at line 1 column 7"),
        ("\"\\uDC00\"", "lone leading surrogate in hex escape at line 1 column 7"),
        ("\"\\uD800\"", "unexpected end of hex escape at line 1 column 8"),
        ("\"\\uD800\\n\"", "unexpected end of hex escape at line 1 column 9"),
        ("\"\\uD800\\u0041\"", "lone leading surrogate in hex escape at line 1 column 13"),
        ("\"\\uD800", "EOF while parsing a string at line 1 column 7"),
        ("\"a\tb\"", "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"),
        ("\"a\nb\"", "control character (\\u0000-\\u001F) found while parsing a string at line 2 column 0"),
        ("01", "invalid number at line 1 column 2"),
        ("-01", "invalid number at line 1 column 3"),
        ("1.", "EOF while parsing a value at line 1 column 2"),
        ("1.]", "invalid number at line 1 column 3"),
        ("1.e5", "invalid number at line 1 column 3"),
        ("-", "EOF while parsing a value at line 1 column 1"),
        ("-a", "invalid number at line 1 column 2"),
        ("1e", "EOF while parsing a value at line 1 column 2"),
        ("1e+", "EOF while parsing a value at line 1 column 3"),
        ("1ex", "invalid number at line 1 column 3"),
        (".5", "expected value at line 1 column 1"),
        ("+1", "expected value at line 1 column 1"),
        ("1e309", "number out of range at line 1 column 5"),
        ("-1e400", "number out of range at line 1 column 6"),
        ("1e99999999999", "number out of range at line 1 column 12"),
        ("nul", "EOF while parsing a value at line 1 column 3"),
        ("nulL", "expected ident at line 1 column 4"),
        ("tru", "EOF while parsing a value at line 1 column 3"),
        ("fals3", "expected ident at line 1 column 5"),
        ("NaN", "expected value at line 1 column 1"),
        ("1 2", "trailing characters at line 1 column 3"),
        ("{}x", "trailing characters at line 1 column 3"),
        ("[1]\n\n ]", "trailing characters at line 3 column 2"),
        ("\u{feff}{}", "expected value at line 1 column 1"),
        ("'a'", "expected value at line 1 column 1"),
        ("// c\n1", "expected value at line 1 column 1"),
    ];
    for (text, reason) in cases {
        let e = parse(text).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidJson, "{text:?}");
        if cfg!(feature = "message-text") {
            assert_eq!(e.message_en(), format!("malformed JSON: {reason}"), "{text:?}");
            assert_eq!(e.message_zh(), format!("JSON 格式错误:{reason}"), "{text:?}");
        }
        agrees(text).unwrap();
    }
}

/// serde_json's recursion limit: 127 levels are read, the 128th fails at its bracket.
#[test]
fn nesting_limit() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let nest = |n: usize| format!("{}1{}", open.repeat(n), close.repeat(n));
        assert!(parse(&nest(127)).is_ok());
        let e = parse(&nest(128)).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidJson);
        for n in [126, 127, 128, 129, 1000] {
            agrees(&nest(n)).unwrap();
            agrees(&open.repeat(n)).unwrap();
        }
    }
    if cfg!(feature = "message-text") {
        assert_eq!(
            parse(&"[".repeat(200)).unwrap_err().message_en(),
            "malformed JSON: recursion limit exceeded at line 1 column 128"
        );
    }
    // Mixed, and nesting that returns to the top between two deep parts.
    agrees(&format!("[{}1{}]", "{\"k\":[".repeat(63), "]}".repeat(63))).unwrap();
    agrees(&format!("[{}1{}]", "{\"k\":[".repeat(64), "]}".repeat(64))).unwrap();
    let half = format!("{}{}", "[".repeat(100), "]".repeat(100));
    agrees(&format!("[{half},{half}]")).unwrap();
}

#[test]
fn values() {
    for text in [
        "null",
        " true ",
        "false",
        "0",
        "-0",
        "-0.0",
        "1",
        "-1",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "1.5",
        "-2.5e-3",
        "1E2",
        "1e+2",
        "0.1",
        "3.141592653589793",
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "5e-324",
        "4.9e-324",
        "1e-400",
        "-1e-400",
        "0e99999999999",
        "0.0000000000000000000000001e5",
        "123456789012345678901234567890",
        "1234567890123456789012345.678901234567890e-10",
        "18446744073709551615.5",
        "184467440737095516150.5",
        "1e-99999999999",
        "\"\"",
        "\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0041\\u00e9\\u4e2d\\uD83D\\uDE00\"",
        "\"中文🙂\"",
        "\"\\u0000\"",
        "\"\u{7f}\"",
        "[]",
        "[ ]",
        "{}",
        "{ }",
        "[1,[2,[3]],{\"a\":{}}]",
        "{\"b\":1,\"a\":2,\"b\":3}",
        "{\"\":null}",
        " \t\r\n[\n1\r\n]\t ",
    ] {
        agrees(text).unwrap();
    }
    // The last of a repeated key wins.
    assert_eq!(Value::from(&parse(r#"{"a":1,"a":2}"#).unwrap())["a"], 2);
}

/// A JSON value: integers of every size, floats, strings with any character, nesting.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        (-1000i32..1000, 0u32..6).prop_map(|(n, k)| Value::from(f64::from(n) / f64::from(10u32.pow(k)))),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A value serde_json writes reads back as serde_json reads it (compact and pretty).
    #[test]
    fn serialised_values(v in any_value()) {
        for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
            prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
        }
    }

    /// Number texts of every shape, valid or not: the same float, to the bit, or error.
    #[test]
    fn number_texts(t in "-?(0|[1-9][0-9]{0,24}|0[0-9]{1,3})(\\.[0-9]{0,24})?([eE][+-]?[0-9]{0,5})?[ \\]x]?") {
        prop_assert!(agrees(&t).is_ok(), "{}", agrees(&t).unwrap_err());
        let wrapped = format!("[{t}]");
        prop_assert!(agrees(&wrapped).is_ok(), "{}", agrees(&wrapped).unwrap_err());
    }

    /// Texts from JSON's own characters, mostly malformed: the same answer.
    #[test]
    fn jumbled_texts(t in "[\\[\\]{}\",:0-9eE.+\\-tfnrulasx\\\\ \n\t\u{1}é中]{0,40}") {
        prop_assert!(agrees(&t).is_ok(), "{}", agrees(&t).unwrap_err());
    }

    /// A valid text cut short or with a byte changed: the same answer.
    #[test]
    fn damaged_texts(v in any_value(), cut in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), c in "[\\[\\]{}\",:0\\\\ a\u{0}]") {
        let text = serde_json::to_string(&v).unwrap();
        let cuts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let short = &text[..cuts[cut.index(cuts.len())]];
        prop_assert!(agrees(short).is_ok(), "{}", agrees(short).unwrap_err());
        let i = cuts[at.index(cuts.len())];
        let changed = format!("{}{c}{}", &text[..i], &text[i..]);
        prop_assert!(agrees(&changed).is_ok(), "{}", agrees(&changed).unwrap_err());
    }
}

/// Every text of the fuzz corpora, the junk inputs (`tests/junk/cases.json`, its strings) and
/// the scenarios: the same answer.
#[test]
fn corpora_agree() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut texts = Vec::new();
    for dir in ["fuzz/corpus", "fuzz/regressions"] {
        let Ok(targets) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for target in targets {
            for file in std::fs::read_dir(target.unwrap().path()).unwrap() {
                if let Ok(text) = String::from_utf8(std::fs::read(file.unwrap().path()).unwrap()) {
                    texts.push(text);
                }
            }
        }
    }
    assert!(texts.len() > 1000, "the fuzz corpora are missing");
    for dir in ["tests/scenarios", "tests/junk", "tests/golden"] {
        for file in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let mut strings = Vec::new();
                collect_strings(&serde_json::from_str(&text).unwrap(), &mut strings);
                texts.push(text);
                texts.extend(strings);
            }
        }
    }
    let failures: Vec<String> = texts.iter().filter_map(|t| agrees(t).err()).take(5).collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_strings(x, out)),
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}
