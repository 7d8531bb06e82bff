//! The JSON reader's machinery, below the crate's [`Error`](crate::Error): the
//! [`FromJson`] trait, [`ShapeError`] (where and why a value has the wrong shape), the
//! readers of the standard types and the shared loop that `#[derive(FromJson)]` (crate
//! `fuling-rules-derive`) calls; [`crate::json_input`] is its public face and turns a
//! shape error into an [`Error`](crate::Error).

use crate::message::input as m;
use crate::message::{Msg, Quoted};
use crate::prelude::*;
// The crate's own tree (issue 17: not serde_json's, whose map is a B-tree), named `Value`
// inside the crate.
pub(crate) use crate::json_tree::{Json as Value, JsonMap as Map};
use core::fmt;

// The derive expands to `crate::json_read` paths, so it is for this crate's own types.
pub(crate) use fuling_rules_derive::FromJson;

/// A JSON value of the wrong shape for the type read from it: where and why.
///
/// # Example
/// ```
/// use fuling_rules::json_input::from_value;
/// use fuling_rules::Period;
/// let e = from_value::<Period>(&serde_json::json!({"unit": "working_days", "count": "五"})).unwrap_err();
/// assert_eq!(e.pointer(), "/count");
/// assert!(e.reason().starts_with("invalid type"));
/// ```
#[derive(Debug)]
pub struct ShapeError {
    // Boxed: every field read returns a `Result<_, ShapeError>`, and a one-word error keeps
    // the generated readers small (each `?` moves one pointer, not two strings).
    inner: Box<ShapeInner>,
}

#[derive(Debug)]
struct ShapeInner {
    pointer: String,
    reason: String,
}

impl ShapeError {
    /// The JSON Pointer (RFC 6901) of the offending field, e.g. `/requirements/0/problems`;
    /// `""` is the whole input. For a missing field it names the missing field.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::from_value;
    /// use fuling_rules::Period;
    /// let e = from_value::<Period>(&serde_json::json!({"unit": "months"})).unwrap_err();
    /// assert_eq!(e.pointer(), "/count"); // the missing field itself
    /// ```
    pub fn pointer(&self) -> &str {
        &self.inner.pointer
    }

    /// Why, in serde's words (e.g. ``invalid type: string "x", expected a boolean``).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::from_value;
    /// use fuling_rules::Period;
    /// let e = from_value::<Period>(&serde_json::json!({"unit": "months"})).unwrap_err();
    /// assert_eq!(e.reason(), "missing field `count`");
    /// ```
    pub fn reason(&self) -> &str {
        &self.inner.reason
    }
}

/// A type read from a JSON value by this crate's one reader (see the module docs).
///
/// Derived with `#[derive(FromJson)]` from the type's `#[serde]` attributes; implemented
/// by hand for [`Amount`](crate::Amount), [`Event`](crate::Event) and
/// [`Error`](crate::Error). Each of this crate's types that implements it also implements
/// `serde::Deserialize` by calling it, so both give the same answer.
///
/// # Example
/// ```
/// use fuling_rules::json_input::FromJson;
/// use fuling_rules::{model::ReleaseChannel, Period};
/// let p = Period::from_json(&serde_json::json!({"unit": "months", "count": 1})).unwrap();
/// assert_eq!(p, Period::months(1));
/// let e = ReleaseChannel::from_json(&serde_json::json!("fax")).unwrap_err();
/// assert!(e.reason().starts_with("unknown variant `fax`, expected one of"));
/// ```
pub trait FromJson: Sized {
    /// Reads the value from serde_json's value (converted to the crate's own tree, then read
    /// by [`FromJson::from_tree`]).
    ///
    /// # Errors
    /// A [`ShapeError`] naming the first part of the wrong shape.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::FromJson;
    /// assert_eq!(u32::from_json(&serde_json::json!(5)).unwrap(), 5);
    /// assert_eq!(u32::from_json(&serde_json::json!(-1)).unwrap_err().reason(), "invalid value: integer `-1`, expected u32");
    /// ```
    fn from_json(value: &serde_json::Value) -> core::result::Result<Self, ShapeError> {
        Self::from_tree(&Value::from(value))
    }

    /// Reads the value from the crate's own tree ([`Json`](crate::json_input::Json), what
    /// [`parse`](crate::json_input::parse) gives): the reader every other entry point calls.
    ///
    /// # Errors
    /// A [`ShapeError`] naming the first part of the wrong shape.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, FromJson};
    /// use fuling_rules::Period;
    /// let p = Period::from_tree(&parse(r#"{"unit": "months", "count": 1}"#)?).unwrap();
    /// assert_eq!(p, Period::months(1));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError>;

    /// The value of a struct field that is absent (and has no `#[serde(default)]`):
    /// a "missing field" error, except `None` for an `Option`, as serde does.
    ///
    /// # Errors
    /// `missing field` naming the field.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::FromJson;
    /// assert_eq!(Option::<u32>::when_missing("count").unwrap(), None);
    /// assert_eq!(u32::when_missing("count").unwrap_err().pointer(), "/count");
    /// ```
    fn when_missing(field: &'static str) -> core::result::Result<Self, ShapeError> {
        Err(ShapeError::missing(field))
    }

    /// Whether a struct field of this type (without `#[serde(default)]`) must be present:
    /// `false` exactly when [`FromJson::when_missing`] gives a value (an `Option`'s `None`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::FromJson;
    /// assert!(u32::REQUIRED);
    /// assert!(!Option::<u32>::REQUIRED);
    /// ```
    const REQUIRED: bool = true;
}

impl ShapeError {
    /// A shape error at the whole value (pointer `""`).
    fn new(reason: String) -> Self {
        ShapeError {
            inner: Box::new(ShapeInner {
                pointer: String::new(),
                reason,
            }),
        }
    }

    /// The same error one level down: under object key or array index `key`.
    #[inline(never)]
    #[must_use]
    pub(crate) fn at(mut self, key: &str) -> Self {
        let mut p = String::with_capacity(key.len() + 1 + self.inner.pointer.len());
        p.push('/');
        crate::text::push_pointer_token(&mut p, key);
        p.push_str(&self.inner.pointer);
        self.inner.pointer = p;
        self
    }

    /// The same error one level down, under array index `i`.
    #[inline(never)]
    #[must_use]
    fn at_index(self, i: usize) -> Self {
        self.at(&i.to_string())
    }

    /// A reason that is a row of the message catalogue. The reasons are serde's English
    /// words in both languages (each row's two templates are the same), so the reason is the
    /// row's English rendering (its token without `message-text`).
    #[inline(never)]
    pub(crate) fn msg(msg: Msg, args: &[&dyn fmt::Display]) -> Self {
        ShapeError::new(msg.en(args))
    }

    /// `missing field `name``, pointing at the missing field itself.
    #[inline(never)]
    pub(crate) fn missing(field: &str) -> Self {
        ShapeError::msg(m::SHAPE_MISSING_FIELD, &[&field]).at(field)
    }

    /// `invalid type: <what value is>, expected <expected>`.
    #[inline(never)]
    pub(crate) fn wrong_type(value: &Value, expected: &str) -> Self {
        ShapeError::msg(m::SHAPE_WRONG_TYPE, &[&Shown(value), &expected])
    }

    /// `invalid value: <what value is>, expected <expected>`.
    #[inline(never)]
    pub(crate) fn wrong_value(value: &Value, expected: &str) -> Self {
        ShapeError::msg(m::SHAPE_WRONG_VALUE, &[&Shown(value), &expected])
    }

    /// A reason of the reader's own (e.g. a date that does not parse), at the whole value.
    #[inline(never)]
    pub(crate) fn custom(reason: impl Into<String>) -> Self {
        ShapeError::new(reason.into())
    }

    /// `unknown field `x`, expected one of `a`, `b``, at the unknown key. Used by the
    /// derived reader of a `deny_unknown_fields` struct.
    #[inline(never)]
    pub(crate) fn unknown_field(key: &str, fields: crate::text::Names) -> Self {
        ShapeError::msg(m::SHAPE_UNKNOWN_FIELD, &[&key, &one_of(fields, "fields")]).at(key)
    }
}

/// serde's wording of the allowed names: "expected `a`", "expected one of `a`, `b`".
fn one_of(names: crate::text::Names, what: &str) -> String {
    match (names.get(0), names.get(1)) {
        (None, _) => m::SHAPE_NO_NAMES.en(&[&what]),
        (Some(one), None) => m::SHAPE_EXPECTED_ONE.en(&[&one]),
        _ => m::SHAPE_EXPECTED_ONE_OF.en(&[&names.join("`, `")]),
    }
}

/// serde_json's wording of an unexpected value (`null`, `string "x"`), without printing
/// floats (that would link the float formatter into the WebAssembly build).
pub(crate) struct Shown<'a>(pub(crate) &'a Value);

impl core::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.0 {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "boolean `{b}`"),
            // The integers by the JSON writer's, not the integer types' `Display`.
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => f.write_str(&integer(|out| crate::numbers::write_u64(out, u))),
                (None, Some(i)) => f.write_str(&integer(|out| crate::numbers::write_i64(out, i))),
                _ => f.write_str("a number with a fraction or exponent"),
            },
            Value::String(s) => write!(f, "string {s:?}"),
            Value::Array(_) => f.write_str("sequence"),
            Value::Object(_) => f.write_str("map"),
        }
    }
}

/// "integer `N`", `N` written by `write`.
fn integer(write: impl FnOnce(&mut String)) -> String {
    let mut out = String::from("integer `");
    write(&mut out);
    out.push('`');
    out
}

/// The object a struct is read from. Used by the derived readers.
///
/// # Errors
/// `invalid type: …, expected struct Name` for anything but an object.
#[inline(never)]
pub(crate) fn object<'a>(value: &'a Value, expecting: &str) -> core::result::Result<&'a Map, ShapeError> {
    value
        .as_object()
        .ok_or_else(|| ShapeError::wrong_type(value, expecting))
}

/// What the shared struct reader [`read_struct`] needs to know of one struct: written by
/// `#[derive(FromJson)]` as a `const` per struct.
pub(crate) struct StructTable {
    /// `struct Name`, for the error on a value that is not an object.
    pub(crate) expecting: &'static str,
    /// The JSON names of the fields, in sorted order (the order they are read in).
    pub(crate) names: crate::text::Names,
    /// Per field (bit `i` for field `i`): whether its absence is a `missing field` error.
    pub(crate) required: u32,
    /// `#[serde(deny_unknown_fields)]`.
    pub(crate) deny_unknown: bool,
}

/// What stores field `i` of a struct being read: the per-struct closure of a derived reader.
/// A trait of its own rather than `dyn FnMut`, whose vtable also holds a `call_once` shim
/// per closure type, never called (76 of them in the `.wasm`).
pub(crate) trait ReadField {
    /// Stores field `i` from `value`.
    fn read_field(&mut self, i: usize, value: &Value) -> core::result::Result<(), ShapeError>;
}

impl<F: FnMut(usize, &Value) -> core::result::Result<(), ShapeError>> ReadField for F {
    fn read_field(&mut self, i: usize, value: &Value) -> core::result::Result<(), ShapeError> {
        self(i, value)
    }
}

/// The one loop of every derived struct reader (not generic, so written once): checks
/// the value is an object, refuses unknown keys (with `deny_unknown`, the first in key
/// order), then for each field in the table's order calls `read(i, value)` for a present
/// field (its error placed under the field's name) or fails with `missing field` for an
/// absent required one. The per-struct code is only `read`, which stores field `i`.
///
/// # Errors
/// The first of these in that order.
#[inline(never)]
pub(crate) fn read_struct(
    value: &Value,
    table: &StructTable,
    read: &mut dyn ReadField,
) -> core::result::Result<(), ShapeError> {
    let object = object(value, table.expecting)?;
    if table.deny_unknown {
        if let Some(key) = object.keys().find(|k| table.names.position(k).is_none()) {
            return Err(ShapeError::unknown_field(key, table.names));
        }
    }
    let mut required = table.required;
    for (i, name) in table.names.iter().enumerate() {
        match object.get(name) {
            Some(v) => read.read_field(i, v).map_err(|e| e.at(name))?,
            None if required & 1 == 1 => return Err(ShapeError::missing(name)),
            None => {}
        }
        required >>= 1;
    }
    Ok(())
}

/// Reads a field into its place. Used by the derived readers (one copy per field type,
/// shared by every struct with a field of that type).
///
/// # Errors
/// The value's shape error.
#[inline(never)]
pub(crate) fn read_into<T: FromJson>(out: &mut T, value: &Value) -> core::result::Result<(), ShapeError> {
    *out = T::from_tree(value)?;
    Ok(())
}

/// Reads a field without a default into its slot. Used by the derived readers.
///
/// # Errors
/// The value's shape error.
#[inline(never)]
pub(crate) fn read_some<T: FromJson>(out: &mut Option<T>, value: &Value) -> core::result::Result<(), ShapeError> {
    *out = Some(T::from_tree(value)?);
    Ok(())
}

/// The value of a slot after [`read_struct`] succeeded (read, absent `Option`, or its
/// default), left empty. Used by the derived readers of tagged enums.
///
/// # Errors
/// [`unread`] for an empty slot, which [`read_struct`] rules out.
pub(crate) fn some<T>(slot: &mut Option<T>) -> core::result::Result<T, ShapeError> {
    slot.take().ok_or_else(unread)
}

/// The slot of a field without a default before it is read: `Some(None)` for an
/// `Option` (absent is `None`), `None` otherwise (absent is an error). Used by the
/// derived readers.
pub(crate) fn absent<T: FromJson>() -> Option<T> {
    if T::REQUIRED {
        None
    } else {
        T::when_missing("").ok()
    }
}

/// The error for a required field whose slot is empty after [`read_struct`] succeeded,
/// which [`read_struct`] rules out; a reason rather than a panic.
#[inline(never)]
pub(crate) fn unread() -> ShapeError {
    ShapeError::msg(m::SHAPE_FIELD_NOT_READ, &[])
}

/// Reads a struct field found in `slot`, or its value when absent
/// ([`FromJson::when_missing`]). Used by the hand-written readers.
///
/// # Errors
/// The field's shape error under `key`, or `missing field`.
pub(crate) fn take<T: FromJson>(slot: Option<&Value>, key: &'static str) -> core::result::Result<T, ShapeError> {
    match slot {
        Some(value) => T::from_tree(value).map_err(|e| e.at(key)),
        None => T::when_missing(key),
    }
}

/// Reads a unit enum variant from its name. Used by the derived readers.
///
/// # Errors
/// `invalid type` for a non-string, `unknown variant` for an unknown name.
pub(crate) fn unit_variant<E: Clone>(
    value: &Value,
    names: crate::text::Names,
    values: &[E],
) -> core::result::Result<E, ShapeError> {
    let i = variant_index(value, names)?;
    values
        .get(i)
        .cloned()
        .ok_or_else(|| ShapeError::msg(m::SHAPE_VARIANT_OUT_OF_RANGE, &[]))
}

#[inline(never)]
fn variant_index(value: &Value, names: crate::text::Names) -> core::result::Result<usize, ShapeError> {
    let Value::String(s) = value else {
        return Err(ShapeError::wrong_type(value, "variant identifier"));
    };
    names
        .position(s)
        .ok_or_else(|| ShapeError::msg(m::SHAPE_UNKNOWN_VARIANT, &[s, &one_of(names, "variants")]))
}

impl FromJson for String {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(ShapeError::wrong_type(other, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        value
            .as_bool()
            .ok_or_else(|| ShapeError::wrong_type(value, "a boolean"))
    }
}

/// An unsigned integer of at most `max`, named `expected` (`u32`) in errors.
#[inline(never)]
fn unsigned(value: &Value, max: u64, expected: &str) -> core::result::Result<u64, ShapeError> {
    match value {
        Value::Number(n) if n.is_integer() => match n.as_u64() {
            Some(u) if u <= max => Ok(u),
            _ => Err(ShapeError::wrong_value(value, expected)),
        },
        other => Err(ShapeError::wrong_type(other, expected)),
    }
}

macro_rules! unsigned_from_json {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
                let n = unsigned(value, <$t>::MAX as u64, stringify!($t))?;
                <$t>::try_from(n).map_err(|_| ShapeError::wrong_value(value, stringify!($t)))
            }
        }
    )*};
}
unsigned_from_json!(u8, u16, u32, u64);

impl<T: FromJson> FromJson for Option<T> {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        match value {
            Value::Null => Ok(None),
            other => T::from_tree(other).map(Some),
        }
    }

    fn when_missing(_field: &'static str) -> core::result::Result<Self, ShapeError> {
        Ok(None)
    }

    const REQUIRED: bool = false;
}

/// The items of an array (one copy for every `Vec<T>` reader).
///
/// # Errors
/// `invalid type: …, expected a sequence` for anything but an array.
#[inline(never)]
fn array(value: &Value) -> core::result::Result<&[Value], ShapeError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(ShapeError::wrong_type(other, "a sequence")),
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        let items = array(value)?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match T::from_tree(item) {
                Ok(x) => out.push(x),
                Err(e) => return Err(e.at_index(i)),
            }
        }
        Ok(out)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        T::from_tree(value).map(Box::new)
    }
}

impl FromJson for Value {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        Ok(value.clone())
    }
}

impl FromJson for serde::de::IgnoredAny {
    fn from_tree(_value: &Value) -> core::result::Result<Self, ShapeError> {
        Ok(serde::de::IgnoredAny)
    }
}

/// Strictly `YYYY-MM-DD` (see [`calendar::parse_date`](crate::calendar::parse_date)); this is
/// stricter than chrono's own `Deserialize`, which also takes e.g. `2025-1-8`.
impl FromJson for chrono::NaiveDate {
    fn from_tree(value: &Value) -> core::result::Result<Self, ShapeError> {
        match value {
            Value::String(s) => crate::text::iso_date(s).ok_or_else(|| {
                let shown: String = s.chars().take(40).collect();
                ShapeError::msg(m::SHAPE_DATE_INVALID, &[&Quoted(&shown)])
            }),
            other => Err(ShapeError::wrong_type(other, "a date string YYYY-MM-DD")),
        }
    }
}

/// Reads a `T` from a JSON value.
///
/// A struct must be a JSON object, an enum value its name, a date `YYYY-MM-DD` (see the
/// module docs); `serde_json::from_value::<T>` gives the same answer.
///
/// # Errors
/// A [`ShapeError`] naming the first field of the wrong shape.
///
/// # Example
/// ```
/// use fuling_rules::json_input::from_value;
/// use fuling_rules::Period;
/// let p: Period = from_value(&serde_json::json!({"unit": "working_days", "count": 5})).unwrap();
/// assert_eq!(p, Period::working_days(5));
/// let e = from_value::<Period>(&serde_json::json!({"unit": "weeks", "count": 5})).unwrap_err();
/// assert_eq!(e.pointer(), "/unit");
/// ```
pub fn from_value<T: FromJson>(value: &serde_json::Value) -> core::result::Result<T, ShapeError> {
    T::from_json(value)
}

/// Reads a `T` from the crate's own tree ([`Json`](crate::json_input::Json)), as
/// [`from_value`] reads it from serde_json's.
///
/// # Errors
/// A [`ShapeError`] naming the first field of the wrong shape.
///
/// # Example
/// ```
/// use fuling_rules::json_input::{from_tree, parse};
/// use fuling_rules::Period;
/// let p: Period = from_tree(&parse(r#"{"unit": "working_days", "count": 5}"#)?).unwrap();
/// assert_eq!(p, Period::working_days(5));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn from_tree<T: FromJson>(value: &Value) -> core::result::Result<T, ShapeError> {
    T::from_tree(value)
}

/// `Deserialize` through [`FromJson`], for every type of this crate with a JSON reader:
/// collects the crate's own tree from the deserializer (as `serde_json::Value` collects it)
/// and reads it. Called by the
/// `Deserialize` impls that `#[derive(FromJson)]` writes and by the hand-written ones.
///
/// # Errors
/// The deserializer's own error, or a custom one reading
/// `wrong shape at "/pointer": reason`.
pub(crate) fn deserialize<'de, T: FromJson, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> core::result::Result<T, D::Error> {
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    T::from_tree(&value).map_err(|e| serde::de::Error::custom(e.deserialize_message()))
}

impl ShapeError {
    /// The message of a `Deserialize` error: `wrong shape at "/pointer": reason`.
    #[inline(never)]
    fn deserialize_message(&self) -> String {
        format!("wrong shape at \"{}\": {}", self.inner.pointer, self.inner.reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's `json!`, as the crate's own tree.
    macro_rules! json {
        ($($t:tt)*) => {
            Value::from(&serde_json::json!($($t)*))
        };
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn unknown_field_names_the_key_and_the_fields() {
        let e = ShapeError::unknown_field("nmae", crate::text::Names::new("name amount "));
        assert_eq!(
            (e.pointer(), e.reason()),
            ("/nmae", "unknown field `nmae`, expected one of `name`, `amount`")
        );
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn object_refuses_an_array() {
        assert!(object(&json!({}), "struct Period").is_ok());
        assert_eq!(
            object(&json!([]), "struct Period").unwrap_err().reason(),
            "invalid type: sequence, expected struct Period"
        );
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn read_struct_reads_in_name_order_and_denies_unknown_keys() {
        const TABLE: StructTable = StructTable {
            expecting: "struct Period",
            names: crate::text::Names::new("count unit "),
            required: 0b11,
            deny_unknown: true,
        };
        let mut seen = Vec::new();
        let v = json!({"unit": "months", "count": 5});
        read_struct(&v, &TABLE, &mut |i: usize, v: &Value| {
            seen.push((i, v.clone()));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, [(0, json!(5)), (1, json!("months"))]);
        let e = read_struct(&json!({"unit": "x", "z": 1}), &TABLE, &mut |_: usize, _: &Value| Ok(())).unwrap_err();
        assert_eq!(
            (e.pointer(), e.reason()),
            ("/z", "unknown field `z`, expected one of `count`, `unit`")
        );
        let e = read_struct(&json!({"unit": "x"}), &TABLE, &mut |_: usize, _: &Value| Ok(())).unwrap_err();
        assert_eq!((e.pointer(), e.reason()), ("/count", "missing field `count`"));
        let e = read_struct(&json!({"count": 1}), &TABLE, &mut |i: usize, v: &Value| {
            u32::from_tree(v).map(|_| assert_eq!(i, 0))
        })
        .unwrap_err();
        assert_eq!(e.pointer(), "/unit");
        let e = read_struct(&json!({"count": "1"}), &TABLE, &mut |_: usize, v: &Value| {
            u32::from_tree(v).map(drop)
        })
        .unwrap_err();
        assert_eq!(e.pointer(), "/count");
        assert_eq!(
            read_struct(&json!([]), &TABLE, &mut |_: usize, _: &Value| Ok(()))
                .unwrap_err()
                .reason(),
            "invalid type: sequence, expected struct Period"
        );
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn field_readers() {
        assert_eq!(take::<u32>(Some(&json!("5")), "count").unwrap_err().pointer(), "/count");
        assert_eq!(take::<Option<u32>>(None, "count").unwrap(), None);
        assert_eq!(
            take::<u32>(None, "count").unwrap_err().reason(),
            "missing field `count`"
        );
        assert_eq!(absent::<u32>(), None);
        assert_eq!(absent::<Option<u32>>(), Some(None));
        let mut slot = None;
        read_some::<u32>(&mut slot, &json!(5)).unwrap();
        assert_eq!(slot, Some(5));
        let mut n = 0u32;
        assert!(read_into(&mut n, &json!(-1)).is_err());
        read_into(&mut n, &json!(7)).unwrap();
        assert_eq!(n, 7);
    }

    #[test]
    #[cfg_attr(
        not(feature = "message-text"),
        ignore = "asserts message texts, which are tokens without message-text"
    )]
    fn unit_variant_by_name_only() {
        let (names, values) = (crate::text::Names::new("yes no "), [true, false]);
        assert!(!unit_variant(&json!("no"), names, &values).unwrap());
        assert_eq!(
            unit_variant(&json!("ja"), names, &values).unwrap_err().reason(),
            "unknown variant `ja`, expected one of `yes`, `no`"
        );
        assert_eq!(
            unit_variant(&json!({"no": null}), names, &values).unwrap_err().reason(),
            "invalid type: map, expected variant identifier"
        );
    }
}
