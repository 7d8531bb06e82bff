//! The one way every typed JSON input is read: text → [`serde_json::Value`] → the
//! type, with a small path-tracking reader naming the JSON Pointer of a field of the wrong
//! shape.
//!
//! Reading every type one way (never straight from text as well as from a value)
//! keeps one compiled `Deserialize` per type, which matters for the size of the
//! WebAssembly build; it also gives every shape error its JSON Pointer.

use crate::error::{Error, ErrorCode, Result};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Parses JSON text into a value.
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
pub fn parse_value(json: &str) -> Result<Value> {
    serde_json::from_str(json).map_err(|e| Error::from_json(&e))
}

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
        &self.pointer
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
        &self.reason
    }

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
        let ShapeError { pointer, reason } = self;
        Error::new(
            code,
            format!("{what_zh}不符合要求,位置 \"{pointer}\":{reason}"),
            format!("{what_en} has the wrong shape at \"{pointer}\": {reason}"),
        )
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

/// Reads a `T` from a JSON value.
///
/// A struct must be a JSON object (serde_json would also take an array of the
/// fields in order; this reader does not).
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
pub fn from_value<T: DeserializeOwned>(value: &Value) -> std::result::Result<T, ShapeError> {
    T::deserialize(de::ValueDe(value)).map_err(shape_error)
}

#[inline(never)]
fn shape_error(err: de::DeError) -> ShapeError {
    let de::DeError { reason, mut path } = err;
    path.reverse();
    let mut pointer = String::new();
    let mut push = |key: &str| {
        pointer.push('/');
        pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
    };
    for key in &path {
        push(key);
    }
    // serde reports a missing field at its parent object: name the field itself.
    if let Some(field) = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.split('`').next())
    {
        push(field);
    }
    ShapeError { pointer, reason }
}

/// A small serde `Deserializer` over a borrowed [`Value`] that records the path of an
/// error as it propagates out. It calls only the visitor methods JSON needs (no
/// struct-from-array, no identifier-from-bytes), so less code is compiled per type.
mod de {
    use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
    use serde::forward_to_deserialize_any;
    use serde_json::{Map, Value};
    use std::fmt;

    /// A shape error and its path, innermost key first.
    #[derive(Debug)]
    pub(super) struct DeError {
        pub(super) reason: String,
        pub(super) path: Vec<String>,
    }

    impl DeError {
        fn at(mut self, key: String) -> Self {
            self.path.push(key);
            self
        }
    }

    impl fmt::Display for DeError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.reason)
        }
    }

    impl std::error::Error for DeError {}

    /// serde_json's wording of an unexpected value (`null`, not `unit value`), without
    /// printing floats (that would link the float formatter).
    struct Shown<'a>(Unexpected<'a>);

    impl fmt::Display for Shown<'_> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.0 {
                Unexpected::Bool(b) => write!(f, "boolean `{b}`"),
                Unexpected::Unsigned(i) => write!(f, "integer `{i}`"),
                Unexpected::Signed(i) => write!(f, "integer `{i}`"),
                Unexpected::Char(c) => write!(f, "character `{c}`"),
                Unexpected::Str(s) => write!(f, "string {s:?}"),
                other => f.write_str(match other {
                    Unexpected::Float(_) => "a number with a fraction or exponent",
                    Unexpected::Unit => "null",
                    Unexpected::Seq => "sequence",
                    Unexpected::Map => "map",
                    Unexpected::Other(s) => s,
                    _ => "value",
                }),
            }
        }
    }

    impl de::Error for DeError {
        #[inline(never)]
        fn custom<T: fmt::Display>(msg: T) -> Self {
            DeError {
                reason: msg.to_string(),
                path: Vec::new(),
            }
        }

        fn invalid_type(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
            Self::custom(format_args!("invalid type: {}, expected {}", Shown(unexp), exp))
        }

        fn invalid_value(unexp: Unexpected<'_>, exp: &dyn Expected) -> Self {
            Self::custom(format_args!("invalid value: {}, expected {}", Shown(unexp), exp))
        }
    }

    type Result<T> = std::result::Result<T, DeError>;

    fn unexpected(v: &Value) -> Unexpected<'_> {
        match v {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Unexpected::Unsigned(u),
                (None, Some(i)) => Unexpected::Signed(i),
                _ => Unexpected::Float(n.as_f64().unwrap_or(0.0)),
            },
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }

    #[inline(never)]
    fn wrong_type(v: &Value, exp: &dyn Expected) -> DeError {
        de::Error::invalid_type(unexpected(v), exp)
    }

    /// The deserializer of one value.
    pub(super) struct ValueDe<'a>(pub(super) &'a Value);

    impl<'de> de::Deserializer<'de> for ValueDe<'de> {
        type Error = DeError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::Null => visitor.visit_unit(),
                Value::Bool(b) => visitor.visit_bool(*b),
                Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                    (Some(u), _) => visitor.visit_u64(u),
                    (None, Some(i)) => visitor.visit_i64(i),
                    _ => visitor.visit_f64(n.as_f64().unwrap_or(0.0)),
                },
                Value::String(s) => visitor.visit_borrowed_str(s),
                Value::Array(a) => visit_array(a, visitor),
                Value::Object(o) => visit_object(o, visitor),
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::Null => visitor.visit_none(),
                _ => visitor.visit_some(self),
            }
        }

        fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::Null => visitor.visit_unit(),
                v => Err(wrong_type(v, &visitor)),
            }
        }

        fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            self.deserialize_unit(visitor)
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            visitor.visit_newtype_struct(self)
        }

        fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::String(s) => visitor.visit_borrowed_str(s),
                v => Err(wrong_type(v, &visitor)),
            }
        }

        fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_str(visitor)
        }

        fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            self.deserialize_str(visitor)
        }

        fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::Array(a) => visit_array(a, visitor),
                v => Err(wrong_type(v, &visitor)),
            }
        }

        fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        fn deserialize_tuple_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _len: usize,
            visitor: V,
        ) -> Result<V::Value> {
            self.deserialize_seq(visitor)
        }

        fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            match self.0 {
                Value::Object(o) => visit_object(o, visitor),
                v => Err(wrong_type(v, &visitor)),
            }
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _fields: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            self.deserialize_map(visitor)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            match self.0 {
                Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
                Value::Object(o) if o.len() == 1 => match o.iter().next() {
                    Some((k, v)) => visitor.visit_enum(EnumDe(k, v)).map_err(|e| e.at(k.clone())),
                    None => Err(wrong_type(self.0, &"string or map")),
                },
                Value::Object(_) => Err(de::Error::invalid_value(Unexpected::Map, &"map with a single key")),
                v => Err(wrong_type(v, &"string or map")),
            }
        }

        fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.visit_unit()
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf
        }
    }

    fn visit_array<'de, V: Visitor<'de>>(a: &'de [Value], visitor: V) -> Result<V::Value> {
        let mut seq = SeqDe {
            iter: a.iter(),
            index: 0,
        };
        let out = visitor.visit_seq(&mut seq)?;
        if seq.iter.len() == 0 {
            Ok(out)
        } else {
            Err(de::Error::invalid_length(a.len(), &"fewer elements in array"))
        }
    }

    fn visit_object<'de, V: Visitor<'de>>(o: &'de Map<String, Value>, visitor: V) -> Result<V::Value> {
        let mut map = MapDe {
            iter: o.iter(),
            value: None,
        };
        let out = visitor.visit_map(&mut map)?;
        if map.iter.len() == 0 {
            Ok(out)
        } else {
            Err(de::Error::invalid_length(o.len(), &"fewer elements in map"))
        }
    }

    struct SeqDe<'a> {
        iter: std::slice::Iter<'a, Value>,
        index: usize,
    }

    impl<'de> de::SeqAccess<'de> for SeqDe<'de> {
        type Error = DeError;

        fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
            match self.iter.next() {
                Some(v) => {
                    let i = self.index;
                    self.index += 1;
                    seed.deserialize(ValueDe(v)).map(Some).map_err(|e| e.at(i.to_string()))
                }
                None => Ok(None),
            }
        }

        fn size_hint(&self) -> Option<usize> {
            Some(self.iter.len())
        }
    }

    struct MapDe<'a> {
        iter: serde_json::map::Iter<'a>,
        value: Option<(&'a String, &'a Value)>,
    }

    impl<'de> de::MapAccess<'de> for MapDe<'de> {
        type Error = DeError;

        fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
            match self.iter.next() {
                Some((k, v)) => {
                    self.value = Some((k, v));
                    seed.deserialize(KeyDe(k)).map(Some).map_err(|e| e.at(k.clone()))
                }
                None => Ok(None),
            }
        }

        fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value> {
            match self.value.take() {
                Some((k, v)) => seed.deserialize(ValueDe(v)).map_err(|e| e.at(k.clone())),
                None => Err(de::Error::custom("value is missing")),
            }
        }

        fn size_hint(&self) -> Option<usize> {
            Some(self.iter.len())
        }
    }

    /// An object key: a string (also read as a unit enum variant or a number).
    struct KeyDe<'a>(&'a str);

    impl<'de> de::Deserializer<'de> for KeyDe<'de> {
        type Error = DeError;

        fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            visitor.visit_borrowed_str(self.0)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _variants: &'static [&'static str],
            visitor: V,
        ) -> Result<V::Value> {
            visitor.visit_enum(self.0.into_deserializer())
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
            visitor.visit_newtype_struct(self)
        }

        forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct seq tuple
            tuple_struct map struct identifier ignored_any
        }
    }

    /// `{"variant": value}`: an externally tagged enum variant with data.
    struct EnumDe<'a>(&'a String, &'a Value);

    impl<'de> de::EnumAccess<'de> for EnumDe<'de> {
        type Error = DeError;
        type Variant = ValueDe<'de>;

        fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, ValueDe<'de>)> {
            Ok((seed.deserialize(KeyDe(self.0))?, ValueDe(self.1)))
        }
    }

    impl<'de> de::VariantAccess<'de> for ValueDe<'de> {
        type Error = DeError;

        fn unit_variant(self) -> Result<()> {
            de::Deserialize::deserialize(self)
        }

        fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
            seed.deserialize(self)
        }

        fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
            de::Deserializer::deserialize_seq(self, visitor)
        }

        fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
            de::Deserializer::deserialize_map(self, visitor)
        }
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
pub fn from_str<T: DeserializeOwned>(json: &str) -> Result<T> {
    from_value(&parse_value(json)?).map_err(ShapeError::into_input_error)
}
