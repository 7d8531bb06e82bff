//! The JSON entry point the Python and WASM bindings call: JSON in, JSON out,
//! no rule logic in the bindings.

use super::table::Check;
use crate::error::{Error, ErrorCode, Result};
use crate::json_read::Value;
use crate::message::checks as m;
use crate::message::Msg;

/// The names [`run_json`] accepts (each also with a `check_` prefix, e.g. `check_catalog`):
/// [`Check::NAMES`], from the table of checks. The input schema of each is
/// [`crate::schema::json_schema`] of the same name.
///
/// # Example
/// ```
/// use fuling_rules::checks::{run_json, CHECK_NAMES};
/// assert!(CHECK_NAMES.contains(&"joint_review"));
/// for name in CHECK_NAMES {
///     assert!(run_json(name, &serde_json::json!({})).is_ok()); // `{}` is a valid (incomplete) input
/// }
/// ```
pub const CHECK_NAMES: &[&str] = Check::NAMES;

/// The deepest nesting of arrays and objects [`run_json`] accepts.
///
/// # Example
/// ```
/// use fuling_rules::checks::{run_json, MAX_JSON_DEPTH};
/// use fuling_rules::ErrorCode;
/// let mut deep = serde_json::json!("河长巡河");
/// for _ in 0..MAX_JSON_DEPTH {
///     deep = serde_json::json!([deep]);
/// }
/// let err = run_json("planning_dossier", &serde_json::json!({"requirements": deep})).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_JSON_DEPTH: usize = 64;
/// The most JSON values (nodes, keys not counted) [`run_json`] accepts.
///
/// # Example
/// ```
/// use fuling_rules::checks::{run_json, MAX_JSON_NODES};
/// use fuling_rules::ErrorCode;
/// let names = vec!["涪陵区智慧城管"; MAX_JSON_NODES];
/// let err = run_json("joint_review", &serde_json::json!({"design": {"overlaps": names}})).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_JSON_NODES: usize = 100_000;
/// The longest string (or object key), in characters, [`run_json`] accepts.
///
/// # Example
/// ```
/// use fuling_rules::checks::{run_json, MAX_STRING_CHARS};
/// use fuling_rules::ErrorCode;
/// let name = "河".repeat(MAX_STRING_CHARS + 1);
/// let err = run_json("catalog", &serde_json::json!({ "name": name })).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_STRING_CHARS: usize = 100_000;

/// Runs the check `name` on a JSON input and returns its JSON result.
///
/// | name | input | output |
/// |---|---|---|
/// | `planning_dossier`, `joint_review`, `acceptance`, `catalog`, `deregistration` | the dossier | [`super::CheckReport`]: `{"passed", "findings": [...]}` |
/// | `label_actions` | `{"labels": [...]}` | [`super::LabelReport`]: `{"actions": [...]}` |
/// | `priority_categories` | [`crate::model::PriorityInput`] | [`super::PriorityResult`]: `{"priority", "categories", "matches"}` |
///
/// # Errors
/// - [`ErrorCode::UnknownName`]: `name` is not one of [`CHECK_NAMES`].
/// - [`ErrorCode::InputTooLarge`]: deeper than [`MAX_JSON_DEPTH`], more than
///   [`MAX_JSON_NODES`] values, or a string longer than [`MAX_STRING_CHARS`].
/// - [`ErrorCode::InvalidInput`]: wrong shape (a wrong type, an unknown field or enum
///   value); the message names the JSON Pointer of the offending field, e.g.
///   `at "/requirements/0/problems"`. A dossier that is merely incomplete is not an
///   error: it gives findings.
///
/// # Example
/// ```
/// use fuling_rules::checks::run_json;
/// use fuling_rules::ErrorCode;
/// use serde_json::json;
/// let out = run_json("catalog", &json!({"development_completed": false}))?;
/// assert_eq!(out["findings"].as_array().map(Vec::len), Some(5));
/// let err = run_json("catalog", &json!({"development_completed": "yes"})).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// assert!(err.message_en().contains("\"/development_completed\""));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn run_json(name: &str, input: &serde_json::Value) -> Result<serde_json::Value> {
    super::table::serde_answer(&answer_text(name, &Value::from(input))?)
}

/// [`run_json`] on the crate's own JSON tree ([`Json`](crate::json_input::Json), what
/// [`parse`](crate::json_input::parse) gives): what the bindings call.
///
/// # Errors
/// As [`run_json`].
///
/// # Example
/// ```
/// use fuling_rules::checks::run_tree;
/// use fuling_rules::json_input::parse;
/// let out = run_tree("catalog", &parse(r#"{"development_completed": false}"#)?)?;
/// assert_eq!(out.get("findings").and_then(|f| f.as_array()).map(Vec::len), Some(5));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn run_tree(name: &str, input: &Value) -> Result<Value> {
    crate::json_input::parse(&answer_text(name, input)?)
}

/// The answer of the check `name` as JSON text, after the size limits.
fn answer_text(name: &str, input: &Value) -> Result<String> {
    let check = Check::from_name(name)?;
    check_limits(input)?;
    check.answer_text(input)
}

/// [`run_json`] over JSON text: parses `input`, runs, and returns the result as JSON text.
///
/// # Errors
/// As [`run_json`], and [`ErrorCode::InvalidJson`] when `input` is not well-formed JSON.
///
/// # Example
/// ```
/// use fuling_rules::checks::run_json_str;
/// use fuling_rules::ErrorCode;
/// let out = run_json_str("check_joint_review", r#"{"in_ledger": false}"#)?;
/// let v: serde_json::Value = serde_json::from_str(&out).unwrap();
/// assert_eq!(v["passed"], false);
/// assert_eq!(v["rejection_grounds"][0], "not_in_ledger"); // 第二十三条(一)
/// assert_eq!(run_json_str("catalog", "{").unwrap_err().code(), ErrorCode::InvalidJson);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn run_json_str(name: &str, input: &str) -> Result<String> {
    let value = crate::json_input::parse(input)?;
    let out = run_tree(name, &value)?;
    // Written from the tree (keys sorted, as serde_json's map gave them), not the answer's text.
    Ok(crate::json_output::to_string(&out))
}

/// Checks the size limits without recursion.
fn check_limits(input: &Value) -> Result<()> {
    let too_large = |m: Msg, limit: usize| Err(Error::msg(ErrorCode::InputTooLarge, m, &[&limit]));
    let mut stack: Vec<(&Value, usize)> = vec![(input, 1)];
    let mut nodes = 0usize;
    while let Some((v, depth)) = stack.pop() {
        nodes += 1;
        if nodes > MAX_JSON_NODES {
            return too_large(m::INPUT_TOO_MANY_VALUES, MAX_JSON_NODES);
        }
        if depth > MAX_JSON_DEPTH {
            return too_large(m::INPUT_TOO_DEEP, MAX_JSON_DEPTH);
        }
        let long = |s: &str| s.chars().count() > MAX_STRING_CHARS;
        match v {
            Value::String(s) if long(s) => return too_large(m::INPUT_STRING_TOO_LONG, MAX_STRING_CHARS),
            Value::Array(a) => {
                for x in a {
                    stack.push((x, depth + 1));
                }
            }
            Value::Object(o) => {
                if o.keys().any(long) {
                    return too_large(m::INPUT_KEY_TOO_LONG, MAX_STRING_CHARS);
                }
                for x in o.values() {
                    stack.push((x, depth + 1));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    // `run_json` takes and gives serde_json's value.
    use serde_json::{json, Value};

    fn err_path(name: &str, v: Value) -> String {
        let e = run_json(name, &v).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidInput, "{e}");
        let m = e.message_en();
        let start = m.find("at \"").map(|i| i + 4).unwrap_or(0);
        let end = m[start..].find('"').map(|i| i + start).unwrap_or(start);
        m[start..end].to_owned()
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn error_messages_name_the_pointer() {
        assert_eq!(
            err_path("planning_dossier", json!({"requirements": [{"problems": "x"}]})),
            "/requirements/0/problems"
        );
        assert_eq!(err_path("planning_dossier", json!({"requirments": []})), "/requirments");
        assert_eq!(
            err_path("planning_dossier", json!({"release_channel": "wechat"})),
            "/release_channel"
        );
        assert_eq!(
            err_path(
                "planning_dossier",
                json!({"platform": {"resources": [{"kind": "gpu"}]}})
            ),
            "/platform/resources/0/kind"
        );
        assert_eq!(
            err_path(
                "joint_review",
                json!({"development_plan": {"interfaces": [{"direction": 1}]}})
            ),
            "/development_plan/interfaces/0/direction"
        );
        assert_eq!(
            err_path("catalog", json!({"catalog": {"digital_resources": [{}]}})),
            "/catalog/digital_resources/0/kind"
        );
        assert_eq!(err_path("label_actions", json!({"labels": ["nice"]})), "/labels/0");
        assert_eq!(err_path("acceptance", json!(3)), "");
    }

    #[test]
    fn names_and_limits() {
        assert_eq!(run_json("nope", &json!({})).unwrap_err().code(), ErrorCode::UnknownName);
        assert!(run_json("check_catalog", &json!({})).is_ok());
        let mut deep = json!(1);
        for _ in 0..100 {
            deep = json!([deep]);
        }
        assert_eq!(run_json("catalog", &deep).unwrap_err().code(), ErrorCode::InputTooLarge);
        let long = "x".repeat(MAX_STRING_CHARS + 1);
        assert_eq!(
            run_json("catalog", &json!({ "name": long })).unwrap_err().code(),
            ErrorCode::InputTooLarge
        );
        assert_eq!(run_json_str("catalog", "{").unwrap_err().code(), ErrorCode::InvalidJson);
        for n in CHECK_NAMES {
            let out = run_json(n, &json!({})).unwrap();
            assert!(out.is_object());
        }
    }
}
