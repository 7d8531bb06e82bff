//! One JSON reader per type: `serde_json::from_str::<T>` (the `Deserialize` that
//! `#[derive(FromJson)]` writes, or the hand-written one of `Amount`, `Event`, `Error`)
//! reads through `FromJson`, so it answers as `json_input::from_str`/`from_value` do — the
//! reader of the Python binding and the WebAssembly build. Checked here on the three rules
//! in which serde's own derive used to be more lenient (a struct from an array, an enum
//! from `{"name": null}`, dates other than exactly `YYYY-MM-DD`), and on the error
//! message, which carries the JSON Pointer.

use fuling_rules::json_input::{self, FromJson};
use fuling_rules::{Amount, Citation, ErrorCode, Event, Period, PeriodUnit, ProjectRecord};
use serde::de::DeserializeOwned;
use std::fmt::Debug;

/// Both readers accept `json` with equal values, or both refuse it; a refusal's serde
/// message names the pointer and reason of `FromJson`'s error. Returns whether accepted.
fn agree<T: FromJson + DeserializeOwned + PartialEq + Debug>(json: &str) -> bool {
    let serde = serde_json::from_str::<T>(json);
    let ours = json_input::from_str::<T>(json);
    match (serde, ours) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{json}");
            true
        }
        (Err(s), Err(o)) => {
            assert_eq!(o.code(), ErrorCode::InvalidInput, "{json}: {o}");
            let value: serde_json::Value = serde_json::from_str(json).unwrap();
            let shape = json_input::from_value::<T>(&value).unwrap_err();
            let expected = format!("wrong shape at \"{}\": {}", shape.pointer(), shape.reason());
            assert!(
                s.to_string().starts_with(&expected),
                "{json}: serde says {s}, expected {expected}"
            );
            false
        }
        (s, o) => panic!("{json}: the readers disagree: serde_json {s:?}, json_input {o:?}"),
    }
}

#[test]
fn a_struct_is_read_from_an_object_only() {
    assert!(agree::<Period>(r#"{"unit": "months", "count": 1}"#));
    // serde's derive also filled a struct from an array of its fields in order.
    assert!(!agree::<Period>(r#"["months", 1]"#));
    assert!(!agree::<Period>(r#"["months", 1, "forward", "deadline"]"#));
    assert!(!agree::<Citation>("[19, 2]"));
    assert!(!agree::<ProjectRecord>(r#"[1, "FL-1", "development", [], {}]"#));
}

#[test]
fn an_enum_is_read_from_its_name_only() {
    assert!(agree::<PeriodUnit>(r#""working_days""#));
    // serde_json's derive also took a unit variant written as a one-key map.
    assert!(!agree::<PeriodUnit>(r#"{"working_days": null}"#));
    assert!(!agree::<Period>(r#"{"unit": {"months": null}, "count": 1}"#));
    assert!(!agree::<Event>(r#"{"type": {"ledgered": null}, "date": "2025-09-01"}"#));
}

#[test]
fn a_date_is_exactly_yyyy_mm_dd() {
    assert!(agree::<Event>(r#"{"type": "ledgered", "date": "2025-09-01"}"#));
    // chrono's own reader also took these spellings.
    for date in ["2025-9-1", "+2025-09-01", "2025-09-01 ", "20250901"] {
        assert!(
            !agree::<Event>(&format!(r#"{{"type": "ledgered", "date": "{date}"}}"#)),
            "{date}"
        );
    }
    assert!(!agree::<Event>(r#"{"type": "ledgered", "date": "2025-02-30"}"#));
}

#[test]
fn the_serde_error_carries_the_pointer() {
    let e = serde_json::from_str::<Period>(r#"{"unit": "months", "count": "五"}"#).unwrap_err();
    assert!(e.is_data(), "{e}");
    assert!(
        e.to_string()
            .starts_with(r#"wrong shape at "/count": invalid type: string "五", expected u32"#),
        "{e}"
    );
    let e = serde_json::from_str::<ProjectRecord>(
        r#"{"schema": 1, "id": "FL-1", "kind": "development",
            "events": [{"type": "ledgered", "date": "2025-09-01"}, {"type": "ledgered", "date": "2025-9-1"}]}"#,
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with(r#"wrong shape at "/events/1/date": invalid date "2025-9-1""#),
        "{e}"
    );
    // Amount's hand-written reader: the same reason through both.
    assert!(agree::<Amount>(r#""500万元""#));
    assert!(!agree::<Amount>("5000000.5"));
    assert!(!agree::<Amount>("-1"));

    // Embedded in a Rust user's own serde type, the pointer is relative to the crate's type.
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Mine {
        deadline: Period,
    }
    let e = serde_json::from_str::<Mine>(r#"{"deadline": {"unit": "weeks", "count": 1}}"#).unwrap_err();
    assert!(
        e.to_string()
            .starts_with(r#"wrong shape at "/unit": unknown variant `weeks`"#),
        "{e}"
    );
}
