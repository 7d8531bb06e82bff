//! The one way every typed JSON input is read: text → the crate's own tree ([`Json`]) → the
//! type, by [`FromJson`], naming the JSON Pointer of a field of the wrong shape. A
//! [`serde_json::Value`] is read by converting it to that tree ([`from_value`],
//! [`FromJson::from_json`]).
//!
//! Each type has one reader. `#[derive(FromJson)]` (crate `fuling-rules-derive`) writes
//! it from the type's `#[serde]` attributes (the ones `Serialize` and the JSON schema
//! read) and also writes the type's `serde::Deserialize`, which collects a [`Json`] (as a
//! [`serde_json::Value`] would be collected) and calls `FromJson`; the types with a hand-written reader
//! ([`Amount`](crate::Amount), [`Event`](crate::Event), [`Error`]) do the same by hand,
//! and [`Project`](crate::Project) reads its [`ProjectRecord`](crate::ProjectRecord). So
//! `serde_json::from_str::<T>`, [`from_str`], the Python binding and the WebAssembly
//! build accept the same input and report the same reason. A struct's reader is a table
//! of its fields driven by one shared loop, where serde's derive generates visitors per
//! type (which was about half of the `.wasm`). Its rules, where serde's derive would have
//! been more lenient:
//! - a struct must be a JSON object (not an array of its fields in order);
//! - an enum value must be its name as a string (not `{"name": null}`);
//! - a date in these types must be a string exactly `YYYY-MM-DD` (not `2025-9-1` or
//!   `+2025-09-01`; a bare `chrono::NaiveDate` read by serde is chrono's own reader).
//!
//! A `Deserialize` error reads `wrong shape at "/pointer": reason`, the pointer relative to
//! the value read (inside a Rust user's own serde type, serde_json appends the line and
//! column where that value ends).
//!
//! Other serde formats: `Deserialize` asks the format for a [`serde_json::Value`]
//! (`deserialize_any`), so only self-describing formats can read these types. YAML, TOML,
//! JSON5 or MessagePack are read by first collecting that value, and then follow the JSON
//! rules above: dates are strings `YYYY-MM-DD` (a TOML date literal is not one), amounts
//! strings or integers, structs maps (so MessagePack that writes structs as arrays, like
//! `rmp_serde::to_vec`, does not read back). A format that is not self-describing, such as
//! bincode or postcard, cannot read these types (it fails with its "deserialize_any not
//! supported" error); write JSON instead.

use crate::error::{Error, ErrorCode, Result};
pub use crate::json_read::{from_tree, from_value, FromJson, ShapeError};
pub use crate::json_tree::{Json, JsonMap, JsonNumber};
use crate::message::input as m;
// The machinery this crate's own readers name (the derive names `crate::json_read`).
pub(crate) use crate::json_read::deserialize;

/// Parses JSON text into a [`serde_json::Value`] ([`parse`], converted).
///
/// # Errors
/// [`ErrorCode::InvalidJson`] for malformed JSON (or nesting deeper than 128).
///
/// # Example
/// ```
/// use fuling_rules::json_input::parse_value;
/// assert_eq!(parse_value("[1]")?[0], 1);
/// assert_eq!(parse_value("[1").unwrap_err().code(), fuling_rules::ErrorCode::InvalidJson);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn parse_value(json: &str) -> Result<serde_json::Value> {
    parse(json).map(|v| serde_json::Value::from(&v))
}

/// Parses JSON text into the crate's own tree ([`Json`]): the value `serde_json::from_str`
/// gives, with serde_json's error messages.
///
/// # Errors
/// [`ErrorCode::InvalidJson`] for malformed JSON (or nesting deeper than 128).
///
/// # Example
/// ```
/// use fuling_rules::json_input::{parse, Json};
/// assert_eq!(parse("[1]")?, Json::Array(vec![Json::from(1u64)]));
/// assert_eq!(parse("[1").unwrap_err().code(), fuling_rules::ErrorCode::InvalidJson);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn parse(json: &str) -> Result<Json> {
    crate::json_text::parse(json)
}

impl ShapeError {
    /// The error with `code`; `what_zh`/`what_en` name the input (`输入内容`/`input`).
    /// The message reads `input has the wrong shape at "/path": reason`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::from_value;
    /// use fuling_rules::{ErrorCode, Period};
    /// let e = from_value::<Period>(&serde_json::json!({"unit": "weeks", "count": 1})).unwrap_err();
    /// let err = e.into_error(ErrorCode::InvalidPeriod, "期限", "period");
    /// assert_eq!(err.code(), ErrorCode::InvalidPeriod);
    /// assert!(err.message_en().starts_with("period has the wrong shape at \"/unit\": "));
    /// ```
    #[inline(never)]
    pub fn into_error(self, code: ErrorCode, what_zh: &str, what_en: &str) -> Error {
        let (pointer, reason) = (self.pointer(), self.reason());
        Error::msg(code, m::WRONG_SHAPE_AT, &[&what_zh, &pointer, &reason, &what_en])
    }

    /// [`ShapeError::into_error`] with [`ErrorCode::InvalidInput`] and the words "input".
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::from_value;
    /// use fuling_rules::{ErrorCode, Period};
    /// let e = from_value::<Period>(&serde_json::json!({"unit": "months"})).unwrap_err();
    /// let err = e.into_input_error();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// assert_eq!(err.message_en(), "input has the wrong shape at \"/count\": missing field `count`");
    /// ```
    pub fn into_input_error(self) -> Error {
        self.into_error(ErrorCode::InvalidInput, "输入内容", "input")
    }
}

/// Parses JSON text and reads a `T` from it (see [`parse_value`] and [`from_value`]).
///
/// # Errors
/// [`ErrorCode::InvalidJson`] for malformed JSON, [`ErrorCode::InvalidInput`] for a
/// wrong shape (the message names the JSON Pointer).
///
/// # Example
/// ```
/// use fuling_rules::json_input::from_str;
/// use fuling_rules::{ErrorCode, Period};
/// let trial_report: Period = from_str(r#"{"unit": "months", "count": 1}"#)?; // 第三十三条: 1个月内
/// assert_eq!(trial_report, Period::months(1));
/// assert_eq!(from_str::<Period>("{").unwrap_err().code(), ErrorCode::InvalidJson);
/// assert_eq!(from_str::<Period>(r#"{"unit": "months"}"#).unwrap_err().code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn from_str<T: FromJson>(json: &str) -> Result<T> {
    from_tree(&parse(json)?).map_err(ShapeError::into_input_error)
}
