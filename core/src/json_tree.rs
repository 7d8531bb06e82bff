//! The crate's own JSON input tree (JSON 输入树): what the JSON text reader
//! ([`crate::json_text`]) builds and every [`FromJson`](crate::json_input::FromJson) reader
//! reads, in place of `serde_json::Value`, whose map is a B-tree (issue 17: its generic code
//! was most of the `.wasm`'s B-tree functions).
//!
//! It behaves exactly as `serde_json::Value` (without serde_json's `preserve_order`) for
//! everything the readers and their messages see:
//! - an object's keys are unique and iterated in sorted (byte) order; with a repeated key the
//!   last value wins, as `serde_json::Map::insert` does;
//! - a number is an unsigned integer (`u64`), a negative integer (`i64`) or a finite float,
//!   with serde_json's `as_u64`, `as_i64`, `as_f64` and equality.
//!
//! `From<&serde_json::Value>` and `From<&Json> for serde_json::Value` convert both ways,
//! value for value.

/// A JSON value: the crate's own input tree (see the module docs).
///
/// # Example
/// ```
/// use fuling_rules::json_input::{parse, Json};
/// let v = parse(r#"{"b": [1, -2, 2.5], "a": null, "b": "last"}"#)?;
/// assert_eq!(v.get("b").and_then(Json::as_str), Some("last")); // the last one wins
/// let keys: Vec<&str> = v.as_object().map(|o| o.keys().collect()).unwrap_or_default();
/// assert_eq!(keys, ["a", "b"]); // sorted
/// assert_eq!(Json::from(&serde_json::json!({"a": null, "b": "last"})), v);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Json {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(JsonNumber),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object.
    Object(JsonMap),
}

/// A JSON number as serde_json keeps it: an unsigned integer, a negative integer or a finite
/// float.
///
/// # Example
/// ```
/// use fuling_rules::json_input::{parse, Json};
/// let Json::Array(items) = parse("[5, -5, 5.0]")? else { unreachable!() };
/// let n: Vec<_> = items.iter().map(|v| v.as_number().map(|n| (n.as_u64(), n.as_i64()))).collect();
/// assert_eq!(n, [Some((Some(5), Some(5))), Some((None, Some(-5))), Some((None, None))]);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JsonNumber(N);

#[derive(Debug, Clone, Copy, PartialEq)]
enum N {
    /// Always ≥ 0.
    PosInt(u64),
    /// Always < 0.
    NegInt(i64),
    /// Always finite.
    Float(f64),
}

// Floats are finite, so equality is an equivalence (as serde_json's `Eq` for its numbers).
impl Eq for JsonNumber {}

impl JsonNumber {
    /// The number as a `u64`, if it is a non-negative integer.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::JsonNumber;
    /// assert_eq!(JsonNumber::from(7u64).as_u64(), Some(7));
    /// assert_eq!(JsonNumber::from(-7i64).as_u64(), None);
    /// ```
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            N::PosInt(n) => Some(n),
            N::NegInt(_) | N::Float(_) => None,
        }
    }

    /// The number as an `i64`, if it is an integer that fits.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::JsonNumber;
    /// assert_eq!(JsonNumber::from(-7i64).as_i64(), Some(-7));
    /// assert_eq!(JsonNumber::from(u64::MAX).as_i64(), None);
    /// ```
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            N::PosInt(n) => i64::try_from(n).ok(),
            N::NegInt(n) => Some(n),
            N::Float(_) => None,
        }
    }

    /// The number as an `f64` (an integer converted, as serde_json does).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::JsonNumber;
    /// assert_eq!(JsonNumber::from_f64(2.5).map(|n| n.as_f64()), Some(2.5));
    /// assert_eq!(JsonNumber::from(3u64).as_f64(), 3.0);
    /// ```
    pub fn as_f64(&self) -> f64 {
        match self.0 {
            N::PosInt(n) => n as f64,
            N::NegInt(n) => n as f64,
            N::Float(f) => f,
        }
    }

    /// Whether the number is an integer (it fits a `u64` or an `i64`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::JsonNumber;
    /// assert!(JsonNumber::from(-1i64).is_integer());
    /// assert!(!JsonNumber::from_f64(1.0).is_some_and(|n| n.is_integer()));
    /// ```
    pub fn is_integer(&self) -> bool {
        match self.0 {
            N::PosInt(_) | N::NegInt(_) => true,
            N::Float(_) => false,
        }
    }

    /// A float as a number; `None` for NaN and the infinities, which JSON cannot hold.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::JsonNumber;
    /// assert!(JsonNumber::from_f64(0.1).is_some());
    /// assert!(JsonNumber::from_f64(f64::NAN).is_none());
    /// ```
    pub fn from_f64(f: f64) -> Option<JsonNumber> {
        f.is_finite().then_some(JsonNumber(N::Float(f)))
    }
}

impl From<u64> for JsonNumber {
    fn from(n: u64) -> Self {
        JsonNumber(N::PosInt(n))
    }
}

impl From<i64> for JsonNumber {
    fn from(n: i64) -> Self {
        match u64::try_from(n) {
            Ok(u) => JsonNumber(N::PosInt(u)),
            Err(_) => JsonNumber(N::NegInt(n)),
        }
    }
}

/// A JSON object: its keys unique and kept in sorted order (a sorted `Vec`, found by binary
/// search), as `serde_json::Map` (a B-tree) keeps them.
///
/// # Example
/// ```
/// use fuling_rules::json_input::{Json, JsonMap};
/// let mut m = JsonMap::new();
/// m.insert("b".into(), Json::from(1u64));
/// m.insert("a".into(), Json::from("x"));
/// assert_eq!(m.insert("b".into(), Json::from(2u64)), Some(Json::from(1u64)));
/// assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
/// assert_eq!(m.get("b"), Some(&Json::from(2u64)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonMap {
    entries: Vec<(String, Json)>,
}

impl JsonMap {
    /// An empty object.
    ///
    /// # Example
    /// ```
    /// assert!(fuling_rules::json_input::JsonMap::new().is_empty());
    /// ```
    pub fn new() -> Self {
        JsonMap { entries: Vec::new() }
    }

    /// The object of `entries` in any order: sorted by key (stably), and of a repeated key the
    /// last value kept, as inserting them one by one with [`JsonMap::insert`] would.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let m = JsonMap::from_entries(vec![("b".into(), Json::Null), ("a".into(), Json::from(1u64)), ("b".into(), Json::from(true))]);
    /// assert_eq!(m.iter().collect::<Vec<_>>(), [("a", &Json::from(1u64)), ("b", &Json::Bool(true))]);
    /// ```
    pub fn from_entries(mut entries: Vec<(String, Json)>) -> Self {
        let sorted = entries.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0));
        if !sorted {
            if entries.len() <= 32 {
                // Insertion sort (stable: an item moves left past greater keys only), with no
                // allocation for the small objects most inputs hold.
                for i in 1..entries.len() {
                    let mut j = i;
                    while j > 0 && matches!((entries.get(j - 1), entries.get(j)), (Some(a), Some(b)) if a.0 > b.0) {
                        entries.swap(j - 1, j);
                        j -= 1;
                    }
                }
            } else {
                crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
            }
            // Of equal keys, now side by side in input order, the first place keeps the last value.
            entries.dedup_by(|later, earlier| {
                let same = later.0 == earlier.0;
                if same {
                    core::mem::swap(&mut later.1, &mut earlier.1);
                }
                same
            });
        }
        JsonMap { entries }
    }

    fn find(&self, key: &str) -> core::result::Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The value under `key`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// let v = parse(r#"{"a": 1}"#)?;
    /// assert_eq!(v.as_object().and_then(|o| o.get("a")), Some(&Json::from(1u64)));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.find(key).ok().and_then(|i| self.entries.get(i)).map(|(_, v)| v)
    }

    /// The value under `key`, to change.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let mut m = JsonMap::new();
    /// m.insert("a".into(), Json::Null);
    /// if let Some(v) = m.get_mut("a") { *v = Json::Bool(true) }
    /// assert_eq!(m.get("a"), Some(&Json::Bool(true)));
    /// ```
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        let i = self.find(key).ok()?;
        self.entries.get_mut(i).map(|(_, v)| v)
    }

    /// The value under `key`, inserted from `f` first when there is none (`None` never
    /// happens: the index found or inserted at is in range).
    pub(crate) fn get_or_insert_with(&mut self, key: &str, f: impl FnOnce() -> Json) -> Option<&mut Json> {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key.to_owned(), f()));
                i
            }
        };
        self.entries.get_mut(i).map(|(_, v)| v)
    }

    /// Sets `key` to `value`; the value it had, if any (as `serde_json::Map::insert`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let mut m = JsonMap::new();
    /// assert_eq!(m.insert("a".into(), Json::Null), None);
    /// assert_eq!(m.insert("a".into(), Json::Bool(false)), Some(Json::Null));
    /// ```
    pub fn insert(&mut self, key: String, value: Json) -> Option<Json> {
        match self.find(&key) {
            Ok(i) => self.entries.get_mut(i).map(|(_, v)| core::mem::replace(v, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// Whether `key` is present.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let m = JsonMap::from_entries(vec![("a".into(), Json::Null)]);
    /// assert!(m.contains_key("a") && !m.contains_key("b"));
    /// ```
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// The number of keys.
    ///
    /// # Example
    /// ```
    /// assert_eq!(fuling_rules::json_input::JsonMap::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no keys.
    ///
    /// # Example
    /// ```
    /// assert!(fuling_rules::json_input::JsonMap::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys and values, in key order.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let m = JsonMap::from_entries(vec![("b".into(), Json::Null), ("a".into(), Json::Null)]);
    /// assert_eq!(m.iter().map(|(k, _)| k).collect::<String>(), "ab");
    /// ```
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, &Json)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The keys, in order.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let m = JsonMap::from_entries(vec![("b".into(), Json::Null), ("a".into(), Json::Null)]);
    /// assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k.as_str())
    }

    /// The values, in key order.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{Json, JsonMap};
    /// let m = JsonMap::from_entries(vec![("b".into(), Json::Null), ("a".into(), Json::Bool(true))]);
    /// assert_eq!(m.values().next(), Some(&Json::Bool(true)));
    /// ```
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Json> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl IntoIterator for JsonMap {
    type Item = (String, Json);
    type IntoIter = <Vec<(String, Json)> as IntoIterator>::IntoIter;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl Json {
    /// The value under `key` of an object (`None` for anything else), as
    /// `serde_json::Value::get` with a string.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// assert_eq!(parse(r#"{"a": true}"#)?.get("a"), Some(&Json::Bool(true)));
    /// assert_eq!(parse("[1]")?.get("a"), None);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object().and_then(|o| o.get(key))
    }

    /// The string, if it is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::Json;
    /// assert_eq!(Json::from("x").as_str(), Some("x"));
    /// ```
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if it is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::Json;
    /// assert_eq!(Json::Bool(true).as_bool(), Some(true));
    /// ```
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The number, if it is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::Json;
    /// assert_eq!(Json::from(3u64).as_number().and_then(|n| n.as_u64()), Some(3));
    /// ```
    pub fn as_number(&self) -> Option<&JsonNumber> {
        match self {
            Json::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The number as a `u64`, if it is a non-negative integer.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::Json;
    /// assert_eq!(Json::from(3u64).as_u64(), Some(3));
    /// ```
    pub fn as_u64(&self) -> Option<u64> {
        self.as_number().and_then(JsonNumber::as_u64)
    }

    /// The items, if it is an array.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// assert_eq!(parse("[null]")?.as_array(), Some(&vec![Json::Null]));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The items, to change, if it is an array.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// let mut v = parse("[null]")?;
    /// v.as_array_mut().map(|a| a.push(Json::Bool(true)));
    /// assert_eq!(v, parse("[null, true]")?);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Json>> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The object, if it is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::parse;
    /// assert_eq!(parse(r#"{"a": 1}"#)?.as_object().map(|o| o.len()), Some(1));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn as_object(&self) -> Option<&JsonMap> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The object, to change, if it is one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// let mut v = parse("{}")?;
    /// v.as_object_mut().map(|o| o.insert("a".into(), Json::Null));
    /// assert_eq!(v, parse(r#"{"a": null}"#)?);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn as_object_mut(&mut self) -> Option<&mut JsonMap> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// Whether it is an object.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::json_input::{parse, Json};
    /// assert!(parse("{}")?.is_object() && !Json::Null.is_object());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// Whether it is `null`.
    ///
    /// # Example
    /// ```
    /// assert!(fuling_rules::json_input::Json::Null.is_null());
    /// ```
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Self {
        Json::String(s.to_owned())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Self {
        Json::String(s)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Self {
        Json::Bool(b)
    }
}

impl From<u64> for Json {
    fn from(n: u64) -> Self {
        Json::Number(n.into())
    }
}

impl From<i64> for Json {
    fn from(n: i64) -> Self {
        Json::Number(n.into())
    }
}

impl From<usize> for Json {
    fn from(n: usize) -> Self {
        Json::Number(JsonNumber(N::PosInt(n as u64)))
    }
}

/// serde_json's value, value for value: its map's keys are sorted and unique already.
impl From<&serde_json::Value> for Json {
    fn from(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => JsonNumber(N::PosInt(u)),
                (None, Some(i)) => JsonNumber(N::NegInt(i)),
                // A float of serde_json's is finite.
                (None, None) => JsonNumber(N::Float(n.as_f64().unwrap_or(0.0))),
            }),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(a) => Json::Array(a.iter().map(Json::from).collect()),
            Value::Object(o) => Json::Object(JsonMap::from_entries(
                o.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect(),
            )),
        }
    }
}

/// serde_json's value, value for value, its strings moved rather than copied.
impl From<serde_json::Value> for Json {
    fn from(value: serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::String(s) => Json::String(s),
            Value::Array(a) => Json::Array(a.into_iter().map(Json::from).collect()),
            Value::Object(o) => Json::Object(JsonMap::from_entries(
                o.into_iter().map(|(k, v)| (k, Json::from(v))).collect(),
            )),
            other => Json::from(&other),
        }
    }
}

/// The same value as serde_json's.
impl From<&Json> for serde_json::Value {
    fn from(value: &Json) -> Self {
        use serde_json::Value;
        match value {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => match n.0 {
                N::PosInt(u) => Value::from(u),
                N::NegInt(i) => Value::from(i),
                N::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
            },
            Json::String(s) => Value::String(s.clone()),
            Json::Array(a) => Value::Array(a.iter().map(Value::from).collect()),
            Json::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect()),
        }
    }
}

/// Reads any self-describing format's value, as `serde_json::Value` reads it.
impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> core::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        Ok(Json::from(value))
    }
}

#[cfg(test)]
mod tests;
