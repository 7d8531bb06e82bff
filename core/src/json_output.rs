//! The one way every output of this crate is written as JSON: [`ToJson`] appends the
//! value's compact JSON text to a `String`.
//!
//! `#[derive(ToJson)]` (crate `fuling-rules-derive`) writes it from the type's `#[serde]`
//! attributes (the ones the reader and the JSON schema read: `rename`, `rename_all`,
//! `skip_serializing_if`, `tag`, `flatten`, `transparent`, `into`) and also writes the type's
//! `serde::Serialize` as a call of it, so the type has one writer. The generated writer is
//! one call per field with the key written ahead of time (`"name":`), and non-generic
//! helpers for strings, integers and dates; there is no float anywhere in the outputs, so
//! no float formatting is compiled in. The text is byte-identical to what serde's derive and
//! `serde_json::to_string` wrote (`tests/tests/output_bytes.rs` pins it over every scenario):
//! fields in declaration order, absent optional fields left out, strings escaped as
//! serde_json escapes them, dates `YYYY-MM-DD`.
//!
//! `serde::Serialize` of these types writes the JSON text, reads it back as a tree that
//! keeps the key order, and hands that tree to the serializer: `serde_json::to_string`,
//! `to_string_pretty`, `to_writer` and `to_value` give what they gave before. Other serde
//! formats now see the JSON data model: structs as maps (not structs), unit enum values as
//! their names (strings, not variant indexes), integers as `u64`/`i64`. Self-describing
//! formats (YAML, TOML, MessagePack, CBOR) write the same data as the JSON; a format that
//! writes structs positionally (bincode, postcard) writes maps, and cannot read them back
//! anyway (see [`crate::json_input`]).

use crate::prelude::*;
use chrono::{Datelike, NaiveDate};
use serde_json::Value;

use crate::numbers::{write_i64, write_u64};
use crate::text::Names;

// The derive expands to `crate::json_output` paths, so it is for this crate's own types.
pub(crate) use fuling_rules_derive::ToJson;

/// A value that writes itself as compact JSON text (the crate's outputs, and the plain
/// types they are made of).
///
/// # Example
/// ```
/// use fuling_rules::json_output::{to_string, ToJson};
/// use fuling_rules::Period;
/// let p = Period::working_days(5);
/// let mut out = String::new();
/// p.write_json(&mut out);
/// assert_eq!(out, r#"{"unit":"working_days","count":5,"direction":"after","kind":"deadline"}"#);
/// assert_eq!(to_string(&p), serde_json::to_string(&p).unwrap());
/// ```
pub trait ToJson {
    /// Appends the value's compact JSON text to `out`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_output::ToJson;
    /// let mut out = String::from("[");
    /// "say \"hi\"".write_json(&mut out);
    /// assert_eq!(out, r#"["say \"hi\"""#);
    /// ```
    fn write_json(&self, out: &mut String);
}

/// The fields of a struct without its braces, for `#[serde(flatten)]`.
pub(crate) trait ToJsonFields {
    fn write_fields(&self, out: &mut String);
}

impl<T: ToJsonFields + ?Sized> ToJsonFields for Box<T> {
    fn write_fields(&self, out: &mut String) {
        (**self).write_fields(out);
    }
}

impl<T: ToJsonFields> ToJsonFields for Option<T> {
    fn write_fields(&self, out: &mut String) {
        if let Some(v) = self {
            v.write_fields(out);
        }
    }
}

/// The compact JSON text of `value`.
///
/// # Example
/// ```
/// use fuling_rules::json_output::to_string;
/// assert_eq!(to_string(&fuling_rules::ProjectKind::Om), r#""om""#);
/// ```
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.write_json(&mut out);
    out
}

/// The JSON text of `value`, indented like `serde_json::to_string_pretty` (two spaces,
/// `": "`, empty `[]` and `{}` kept).
///
/// # Example
/// ```
/// use fuling_rules::json_output::to_string_pretty;
/// use fuling_rules::Period;
/// let p = Period::working_days(5);
/// assert_eq!(to_string_pretty(&p), serde_json::to_string_pretty(&p).unwrap());
/// ```
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> String {
    pretty(&to_string(value))
}

/// Indents compact JSON text (as [`ToJson`] writes it) exactly like
/// `serde_json::to_string_pretty`.
pub(crate) fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if chars.peek().is_some_and(|&n| n == '}' || n == ']') {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The helpers the generated writers call (one copy each, not per type).

/// Writes `"key":` (`key` a name that needs no escaping, as the derive checks), preceded
/// by a comma unless it is the object's first. The names are kept without their quotes, so
/// that a name the readers also know is stored once in the `.wasm`.
#[inline(never)]
pub(crate) fn key(out: &mut String, key: &'static str) {
    if !out.ends_with('{') {
        out.push(',');
    }
    out.reserve(key.len() + 4);
    out.push('"');
    out.push_str(key);
    out.push('"');
    out.push(':');
}

/// One field: its key, then its value.
#[inline]
pub(crate) fn field<T: ToJson + ?Sized>(out: &mut String, k: &'static str, value: &T) {
    key(out, k);
    value.write_json(out);
}

/// A field skipped when `None` (`skip_serializing_if = "Option::is_none"`): its key and
/// the value inside.
#[inline(never)]
pub(crate) fn field_some<T: ToJson>(out: &mut String, k: &'static str, value: &Option<T>) {
    if let Some(v) = value {
        field(out, k, v);
    }
}

/// A name that needs no escaping, as a JSON string.
#[inline(never)]
pub(crate) fn plain(out: &mut String, name: &str) {
    out.push('"');
    out.push_str(name);
    out.push('"');
}

/// The JSON names of a unit enum's variants, in declaration order: written by
/// `#[derive(ToJson)]`, read by the writer, the reader (`#[derive(FromJson)]`) and the
/// type's `as_str`, so the `.wasm` holds one table of them.
pub(crate) trait UnitNames {
    /// The names, indexed by the variant's position.
    const NAMES: Names;
}

/// The name at `index` of a name table (`""` past the end, which a variant's index never
/// is): a unit enum's `as_str` from its [`UnitNames`].
pub(crate) const fn name_at(names: Names, index: usize) -> &'static str {
    match names.get(index) {
        Some(name) => name,
        None => "",
    }
}

/// Whether two name tables are the same (a compile-time check of the derives).
pub(crate) const fn same_names(a: Names, b: Names) -> bool {
    same_bytes(a.text().as_bytes(), b.text().as_bytes())
}

const fn same_bytes(mut a: &[u8], mut b: &[u8]) -> bool {
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, rest_a @ ..], [y, rest_b @ ..]) if *x == *y => (a, b) = (rest_a, rest_b),
            _ => return false,
        }
    }
}

/// A unit enum's value: its name from the enum's table.
#[inline(never)]
pub(crate) fn name(out: &mut String, names: Names, index: usize) {
    plain(out, names.get(index).unwrap_or_default());
}

/// The opening of an internally tagged variant: `{"tag":"name"`.
#[inline(never)]
pub(crate) fn open_tagged(out: &mut String, tag: &'static str, name: &'static str) {
    out.push('{');
    key(out, tag);
    plain(out, name);
}

/// The opening of an internally tagged variant, its name from the enum's table:
/// `{"tag":"name"`.
#[inline(never)]
pub(crate) fn open_tagged_at(out: &mut String, tag: &'static str, names: Names, index: usize) {
    out.push('{');
    key(out, tag);
    name(out, names, index);
}

/// A JSON string, escaped as serde_json escapes it: `"` and `\`, the short escapes
/// `\b \t \n \f \r`, other control characters as `\u00XX` (lower-case hex); everything
/// else as is (UTF-8, `/` and DEL unescaped).
#[inline(never)]
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x09 => "\\t",
            0x0a => "\\n",
            0x0c => "\\f",
            0x0d => "\\r",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        start = i + 1;
        if short.is_empty() {
            out.push_str("\\u00");
            // b < 0x20: the first hex digit is 0 or 1.
            out.push(char::from(b'0' + (b >> 4)));
            let low = b & 0xf;
            out.push(char::from(if low < 10 { b'0' + low } else { b'a' + low - 10 }));
        } else {
            out.push_str(short);
        }
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// `n` (below 10^width) zero-padded to `width` digits.
fn write_padded(out: &mut String, n: u64, width: u32) {
    for p in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u64.pow(p) % 10) as u8));
    }
}

/// A date as chrono writes it: `"YYYY-MM-DD"`, a year outside 0..=9999 with its sign and at
/// least four digits (`"+10000-01-01"`, `"-0001-01-01"`).
#[inline(never)]
pub(crate) fn write_date(out: &mut String, d: NaiveDate) {
    out.push('"');
    let year = d.year();
    let abs = year.unsigned_abs();
    if !(0..=9999).contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    if abs < 10_000 {
        write_padded(out, u64::from(abs), 4);
    } else {
        write_u64(out, u64::from(abs));
    }
    out.push('-');
    write_padded(out, u64::from(d.month()), 2);
    out.push('-');
    write_padded(out, u64::from(d.day()), 2);
    out.push('"');
}

// ---------------------------------------------------------------------------
// The plain types.

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                write_u64(out, *self as u64);
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64, usize);

macro_rules! signed {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                write_i64(out, *self as i64);
            }
        }
    )*};
}
signed!(i8, i16, i32, i64);

impl ToJson for NaiveDate {
    fn write_json(&self, out: &mut String) {
        write_date(out, *self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    #[inline(always)]
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: ToJson + ?Sized> ToJson for Box<T> {
    #[inline(always)]
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    #[inline(always)]
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    #[inline(always)]
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// An object's members, `{"key":value,…}` in the order given: the one loop of the two JSON
/// values' writers (serde_json's [`Value`] and the crate's own tree).
#[inline(always)]
fn write_object<'a, V: ToJson + 'a>(out: &mut String, members: impl Iterator<Item = (&'a str, &'a V)>) {
    out.push('{');
    for (i, (k, v)) in members.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, k);
        out.push(':');
        v.write_json(out);
    }
    out.push('}');
}

/// A JSON value (as [`crate::checks::run_json`] returns): written as serde_json writes it,
/// keys in the map's order. The crate's outputs hold integers only; a float in a value (from
/// a caller's input, e.g. in an error message) is written without a float formatter: a
/// whole number `5.0`, a short decimal `2.5`, else a nearby float `1.5e+20`.
impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => b.write_json(out),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    write_u64(out, u);
                } else if let Some(i) = n.as_i64() {
                    write_i64(out, i);
                } else {
                    write_float(out, n.as_f64().unwrap_or(f64::NAN));
                }
            }
            Value::String(s) => write_str(out, s),
            Value::Array(a) => a.write_json(out),
            Value::Object(m) => write_object(out, m.iter().map(|(k, v)| (k.as_str(), v))),
        }
    }
}

/// The crate's own JSON tree (what the readers read): written as [`Value`] is.
impl ToJson for crate::json_tree::Json {
    fn write_json(&self, out: &mut String) {
        use crate::json_tree::Json;
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => b.write_json(out),
            Json::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => write_u64(out, u),
                (None, Some(i)) => write_i64(out, i),
                (None, None) => write_float(out, n.as_f64()),
            },
            Json::String(s) => write_str(out, s),
            Json::Array(a) => a.write_json(out),
            Json::Object(m) => write_object(out, m.iter()),
        }
    }
}

/// A float without a float formatter (no output of this crate holds one; this writes the
/// floats of a caller's JSON value, e.g. quoted in an error message). Exactly as serde_json
/// writes it where that is cheap: a whole number below 10^16 as `N.0`, and for
/// 10^-5 ≤ |f| < 10^16 the shortest decimal of at most 15 fraction digits that reads back as
/// `f` (`-2.5`, `0.001`, `3.141592653589793`). Any other finite float (serde_json's exponent
/// range, or 17 significant digits) as `d.ddde±x` (`1e+16`, `1.5e-7`), a float close to `f` but not always equal
/// (still a float, so a reader treats it as one); NaN and infinities, which JSON cannot hold,
/// as `null`, like serde_json.
fn write_float(out: &mut String, f: f64) {
    if !f.is_finite() {
        return out.push_str("null");
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let a = f.abs();
    if a < 1e16 && crate::numbers::is_whole(a) {
        // Exact: a whole number below 10^16 fits a u64.
        write_u64(out, a as u64);
        return out.push_str(".0");
    }
    if (1e-5..1e16).contains(&a) && write_decimal(out, a, true) {
        return;
    }
    // d.ddd × 10^e, the mantissa scaled into [1, 10) (approximately: each step rounds).
    let (mut m, mut e) = (a, 0i64);
    while m >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    while m < 1.0 {
        m *= 10.0;
        e -= 1;
    }
    if !write_decimal(out, m, false) {
        write_u64(out, m as u64);
    }
    out.push_str(if e < 0 { "e-" } else { "e+" });
    write_u64(out, e.unsigned_abs());
}

/// `a` as the shortest `int.frac` with at most 15 fraction digits that reads back as `a`
/// (`whole` keeps a `.0` on a whole number); false, writing nothing, when there is none.
fn write_decimal(out: &mut String, a: f64, whole: bool) -> bool {
    let mut scale = 1.0f64;
    for k in 0..16u32 {
        let m = crate::numbers::round_non_negative(a * scale);
        if m < 9_007_199_254_740_992.0 && m / scale == a {
            // Exact: m is a whole number below 2^53, and 10^k below 10^16.
            let (m, p) = (m as u64, 10u64.pow(k));
            write_u64(out, m / p);
            if k > 0 {
                out.push('.');
                write_padded(out, m % p, k);
            } else if whole {
                out.push_str(".0");
            }
            return true;
        }
        scale *= 10.0;
    }
    false
}

// ---------------------------------------------------------------------------
// serde's `Serialize`, through the writer.

/// `serde::Serialize` of a type that has a [`ToJson`]: its JSON text, read back as a tree
/// that keeps the key order, handed to `serializer`.
pub(crate) fn serialize<T: ToJson + ?Sized, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> core::result::Result<S::Ok, S::Error> {
    use serde::ser::Error as _;
    let text = to_string(value);
    let tree: Tree = serde_json::from_str(&text).map_err(S::Error::custom)?;
    serde::Serialize::serialize(&tree, serializer)
}

/// JSON as written by [`ToJson`]: objects keep their key order.
enum Tree {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    F64(f64),
    Str(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl serde::Serialize for Tree {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Tree::Null => serializer.serialize_none(),
            Tree::Bool(b) => serializer.serialize_bool(*b),
            Tree::U64(n) => serializer.serialize_u64(*n),
            Tree::I64(n) => serializer.serialize_i64(*n),
            Tree::F64(n) => serializer.serialize_f64(*n),
            Tree::Str(s) => serializer.serialize_str(s),
            Tree::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Tree::Object(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (k, v) in entries {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Tree {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> core::result::Result<Tree, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Tree;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E>(self) -> core::result::Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_none<E>(self) -> core::result::Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_bool<E>(self, b: bool) -> core::result::Result<Tree, E> {
                Ok(Tree::Bool(b))
            }
            fn visit_u64<E>(self, n: u64) -> core::result::Result<Tree, E> {
                Ok(Tree::U64(n))
            }
            fn visit_i64<E>(self, n: i64) -> core::result::Result<Tree, E> {
                Ok(Tree::I64(n))
            }
            fn visit_f64<E>(self, n: f64) -> core::result::Result<Tree, E> {
                Ok(Tree::F64(n))
            }
            fn visit_str<E>(self, s: &str) -> core::result::Result<Tree, E> {
                Ok(Tree::Str(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> core::result::Result<Tree, E> {
                Ok(Tree::Str(s))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> core::result::Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Tree::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> core::result::Result<Tree, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Tree::Object(entries))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_like_serde_json() {
        let all: String = (0u8..=0x7f)
            .map(char::from)
            .chain("é涪\u{2028}\u{1F600}".chars())
            .collect();
        assert_eq!(to_string(&all), serde_json::to_string(&all).unwrap());
        assert_eq!(to_string(""), "\"\"");
    }

    #[test]
    fn integers_and_dates_like_serde_json() {
        for n in [0u64, 1, 9, 10, 99, 12345, u64::MAX] {
            assert_eq!(to_string(&n), n.to_string());
        }
        for n in [0i64, -1, -10, i64::MIN, i64::MAX] {
            assert_eq!(to_string(&n), n.to_string());
        }
        for d in [
            NaiveDate::from_ymd_opt(2025, 1, 9),
            NaiveDate::from_ymd_opt(1, 12, 31),
            NaiveDate::from_ymd_opt(-1, 1, 1),
            NaiveDate::from_ymd_opt(10000, 1, 1),
            NaiveDate::from_ymd_opt(-12345, 6, 7),
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(to_string(&d), serde_json::to_string(&d).unwrap());
        }
    }

    #[test]
    fn values_like_serde_json() {
        let v = serde_json::json!({"b": [1, -2, 3.0, -4.0, "x\n", null, true], "a": {}, "c": []});
        assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap());
        assert_eq!(to_string_pretty(&v), serde_json::to_string_pretty(&v).unwrap());
        for f in [
            0.5,
            -2.5,
            5.0,
            -3.0,
            0.1,
            0.001,
            1e-5,
            123.456,
            4_500_000.5,
            1e15,
            0.0,
            9.999_999_999_999_998e15,
            0.3,
            core::f64::consts::PI,
            -0.25,
        ] {
            let v = serde_json::json!(f);
            assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap(), "{f}");
        }
        for f in [1e16, 1.5e20, -1e-7, 1e300, 2.5e-8] {
            let v = serde_json::json!(f);
            assert_eq!(to_string(&v), serde_json::to_string(&v).unwrap(), "{f}");
        }
        // 17 significant digits: a float close by, still a float.
        let v: f64 = to_string(&serde_json::json!(0.1 + 0.2)).parse().unwrap();
        assert!((v - 0.3).abs() < 1e-15);
        let tiny = to_string(&serde_json::json!(5e-324));
        assert!(tiny.ends_with("e-324") && tiny.parse::<f64>().unwrap() > 0.0, "{tiny}");
    }
}
