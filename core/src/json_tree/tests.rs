//! The tree against serde_json's `Value`: repeated keys, key order, numbers.

use super::*;
use crate::json_input::parse;
use proptest::prelude::*;

fn keys(v: &Json) -> Vec<&str> {
    v.as_object().map(|o| o.keys().collect()).unwrap_or_default()
}

#[test]
fn a_repeated_key_keeps_the_last_value_at_its_sorted_place() {
    let v = parse(r#"{"b": 1, "a": 2, "b": 3, "c": {"x": 1, "x": [2]}, "b": 4}"#).unwrap();
    assert_eq!(keys(&v), ["a", "b", "c"]);
    assert_eq!(v.get("b"), Some(&Json::from(4u64)));
    assert_eq!(
        v.get("c").and_then(|c| c.get("x")),
        Some(&Json::Array(vec![Json::from(2u64)]))
    );
    let s: serde_json::Value =
        serde_json::from_str(r#"{"b": 1, "a": 2, "b": 3, "c": {"x": 1, "x": [2]}, "b": 4}"#).unwrap();
    assert_eq!(Json::from(&s), v);
    // Inserted one by one: the same.
    let mut m = JsonMap::new();
    for (k, n) in [("b", 1u64), ("a", 2), ("b", 3)] {
        m.insert(k.into(), Json::from(n));
    }
    assert_eq!(
        m.iter().collect::<Vec<_>>(),
        [("a", &Json::from(2u64)), ("b", &Json::from(3u64))]
    );
}

#[test]
fn keys_are_in_byte_order_as_in_serde_json() {
    let text = r#"{"中": 1, "b": 2, "B": 3, "": 4, "a b": 5, "ab": 6, "é": 7, "a": 8}"#;
    let v = parse(text).unwrap();
    let s: serde_json::Value = serde_json::from_str(text).unwrap();
    let serde_keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys(&v), serde_keys);
    assert_eq!(keys(&v), ["", "B", "a", "a b", "ab", "b", "é", "中"]);
}

#[test]
fn numbers_as_serde_json_keeps_them() {
    for (text, u, i, f) in [
        ("0", Some(0), Some(0), 0.0),
        ("18446744073709551615", Some(u64::MAX), None, 18446744073709551615.0),
        ("-1", None, Some(-1), -1.0),
        ("-9223372036854775808", None, Some(i64::MIN), -9223372036854775808.0),
        ("-0", None, None, -0.0),
        ("1.0", None, None, 1.0),
        ("1e2", None, None, 100.0),
        ("18446744073709551616", None, None, 18446744073709551616.0),
    ] {
        let v = parse(text).unwrap();
        let n = v.as_number().unwrap();
        assert_eq!(
            (n.as_u64(), n.as_i64(), n.as_f64().to_bits()),
            (u, i, f64::to_bits(f)),
            "{text}"
        );
        let s: serde_json::Value = serde_json::from_str(text).unwrap();
        let sn = s.as_number().unwrap();
        assert_eq!(
            (sn.as_u64(), sn.as_i64(), sn.as_f64().map(f64::to_bits)),
            (u, i, Some(f.to_bits())),
            "{text}"
        );
        assert_eq!(Json::from(&s), v, "{text}");
        assert_eq!(serde_json::Value::from(&v), s, "{text}");
    }
    // serde_json's equality: an integer is not the float of the same value.
    assert_ne!(parse("1").unwrap(), parse("1.0").unwrap());
    assert_eq!(JsonNumber::from(5i64), JsonNumber::from(5u64));
    assert!(JsonNumber::from_f64(f64::INFINITY).is_none());
}

#[test]
fn from_entries_sorts_stably_and_keeps_the_last() {
    let e = |k: &str, n: u64| (k.to_owned(), Json::from(n));
    let m = JsonMap::from_entries(vec![e("c", 1), e("a", 2), e("c", 3), e("b", 4), e("a", 5), e("c", 6)]);
    assert_eq!(
        m.iter().collect::<Vec<_>>(),
        [
            ("a", &Json::from(5u64)),
            ("b", &Json::from(4u64)),
            ("c", &Json::from(6u64))
        ]
    );
    assert!(JsonMap::from_entries(Vec::new()).is_empty());
    assert_eq!(m.get("b"), Some(&Json::from(4u64)));
    assert_eq!(m.get("d"), None);
}

/// A value with objects of few, often repeated keys.
fn any_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-c]{0,2}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-d]{0,2}", inner), 0..8).prop_map(|kv| {
                // As JSON text with the keys in this order, repeated ones included.
                let body: Vec<String> = kv
                    .iter()
                    .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).unwrap(), v))
                    .collect();
                Value::String(format!("{{{}}}", body.join(",")))
            }),
        ]
    })
}

proptest! {
    /// Texts with objects whose keys come in any order and repeat: the tree is serde_json's
    /// value, both ways.
    #[test]
    fn texts_read_as_serde_json_reads_them(v in any_value()) {
        // The strings that hold an object's text are the texts tried.
        let mut texts = vec![v.to_string()];
        fn objects(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) if s.starts_with('{') => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|x| objects(x, out)),
                _ => {}
            }
        }
        objects(&v, &mut texts);
        for text in texts {
            let ours = parse(&text).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&Json::from(&theirs), &ours);
            prop_assert_eq!(&Json::from(theirs.clone()), &ours);
            prop_assert_eq!(&serde_json::Value::from(&ours), &theirs);
            prop_assert_eq!(crate::json_output::to_string(&ours), crate::json_output::to_string(&theirs));
        }
    }
}
