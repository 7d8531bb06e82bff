//! The conversions between JS values and the core's types, and the thrown `RulesError`:
//! shared by the package's wasm modules, the main one (`src/api.rs`) and the optional ones, the
//! notice reader (`notice/src/lib.rs`) and the back-office operations (`office/src/lib.rs`),
//! which include this file, so all throw the same errors for the same input. The two optional
//! modules read a calendar's description (`CalendarSpec`) with one reader, `calendar_spec`.

use fuling_rules as fr;
use fuling_rules::call;
use fuling_rules::call::host::{self, Expected};
use fuling_rules::json_output::ToJson;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// ---------------------------------------------------------------------------
// Errors

/// What an export throws: a `RulesError` made from the core's error, or a JS error (a `TypeError`).
pub struct Throw(pub(crate) JsValue);

pub(crate) type JsResult<T> = Result<T, Throw>;

impl From<JsValue> for Throw {
    fn from(e: JsValue) -> Self {
        Throw(e)
    }
}

impl From<Throw> for JsValue {
    fn from(t: Throw) -> JsValue {
        t.0
    }
}

/// The core's error as a thrown `RulesError`: a JS `Error` with `code`, `article`, `message_zh`,
/// `message_en`.
impl From<fr::Error> for Throw {
    fn from(e: fr::Error) -> Self {
        let err = js_sys::Error::new(&format!("[{}] {}", e.code().as_str(), e.message_en()));
        err.set_name("RulesError");
        let article = e.article().and_then(|c| to_js(&c).ok()).unwrap_or(JsValue::NULL);
        let fields = [
            ("code", e.code().as_str().into()),
            ("article", article),
            ("message_zh", e.message_zh().into()),
            ("message_en", e.message_en().into()),
        ];
        for (key, value) in fields {
            // Reflect.set on a fresh, extensible Error cannot fail.
            let _ = Reflect::set(err.as_ref(), &key.into(), &value);
        }
        Throw(err.into())
    }
}

pub(crate) fn type_error(msg: &str) -> Throw {
    Throw(js_sys::TypeError::new(msg).into())
}

/// The `TypeError` for `v` given as `what` where the core's `expected` was due.
pub(crate) fn wrong(v: &JsValue, what: &str, expected: Expected) -> Throw {
    let got = v.js_typeof().as_string().unwrap_or_else(|| "unknown".into());
    type_error(&expected.message(what, &got))
}

// ---------------------------------------------------------------------------
// Conversions

/// A core result as plain JS data: the core's JSON text (its one writer, `ToJson`), then
/// `JSON.parse`, so JS sees exactly the JSON the Rust and Python APIs produce (snake_case
/// fields, absent optional fields left out).
pub(crate) fn to_js<T: ToJson + ?Sized>(value: &T) -> JsResult<JsValue> {
    let text = fr::json_output::to_string(value);
    Ok(js_sys::JSON::parse(&text).map_err(|_| {
        fr::Error::new(
            fr::ErrorCode::InvalidInput,
            "结果无法转换",
            "result cannot be converted",
        )
    })?)
}

/// A JS array of strings.
pub(crate) fn strings<'a>(items: impl Iterator<Item = &'a str>) -> JsValue {
    items.map(JsValue::from).collect::<js_sys::Array>().into()
}

/// A string argument (at most `call::MAX_TEXT_BYTES`); anything else is a `TypeError`.
pub(crate) fn string_arg(v: &JsValue, what: &str) -> JsResult<String> {
    let s = v.as_string().ok_or_else(|| wrong(v, what, Expected::Text))?;
    call::check_text(&s)?;
    Ok(s)
}

/// An array argument (`Array.isArray`); anything else, an array-like object included, is a
/// `TypeError` (as Python's for a non-sequence).
// Used by the records API and by the notice module (not by every build of each).
#[allow(dead_code)]
pub(crate) fn array_arg(v: &JsValue, what: &str) -> JsResult<js_sys::Array> {
    match js_sys::Array::is_array(v) {
        true => Ok(v.clone().unchecked_into()),
        false => Err(wrong(v, what, Expected::Array)),
    }
}

/// JSON text of an argument given either as a JSON string or as a JS value
/// (serialised with `JSON.stringify`, so `toJSON` methods such as `Amount`'s apply).
pub(crate) fn json_arg(v: &JsValue, what: &str) -> JsResult<String> {
    if v.is_string() {
        return string_arg(v, what);
    }
    if v.is_undefined() || v.is_function() || v.is_symbol() {
        return Err(wrong(v, what, Expected::Json));
    }
    match js_sys::JSON::stringify(v) {
        Ok(js) => string_arg(&js.into(), what),
        // A cycle or a BigInt is a TypeError already; a stack overflow (too deep) is a RangeError.
        Err(e) if e.is_instance_of::<js_sys::TypeError>() => Err(Throw(e)),
        Err(_) => Err(host::too_deep(what).into()),
    }
}

/// A notice argument as text: notice data (a `ParsedNotice` object or its JSON text) or, where a
/// notice's text is accepted, that text; anything else (a number, an array) is a `TypeError`.
/// [`is_notice_data`] tells the two texts apart.
pub(crate) fn notice_arg(v: &JsValue, what: &str) -> JsResult<String> {
    match v.is_string() || (v.is_object() && !js_sys::Array::is_array(v)) {
        true => json_arg(v, what),
        false => Err(wrong(v, what, Expected::Json)),
    }
}

/// Whether the text of a notice argument is notice data (a JSON object) rather than a notice's
/// text (which never starts with `{`).
pub(crate) fn is_notice_data(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// A notice argument read as notice data (`Ok`, a `ParsedNotice` checked by the core:
/// `invalid_calendar_data` when wrong), or the notice's text (`Err`) for the caller to read or
/// refuse ([`notice_text_refused`]).
pub(crate) fn notice_data_arg(v: &JsValue, what: &str) -> JsResult<Result<fr::calendar::ParsedNotice, String>> {
    let text = notice_arg(v, what)?;
    match is_notice_data(&text) {
        true => Ok(Ok(fr::calendar::ParsedNotice::from_json_str(&text)?)),
        false => Ok(Err(text)),
    }
}

/// `invalid_input` for a notice's text given to `where_zh`/`where_en`, which takes notice data:
/// the text is read by `parseNotice` of the optional module `fuling-rules/notice`.
pub(crate) fn notice_text_refused(where_zh: &str, where_en: &str) -> fr::Error {
    fr::Error::new(
        fr::ErrorCode::InvalidInput,
        format!("{where_zh} 接受通知数据(ParsedNotice);通知文本请先用可选模块 fuling-rules/notice 的 parseNotice 读取"),
        format!("{where_en} takes notice data (a ParsedNotice); read a notice's text with parseNotice of the optional module fuling-rules/notice first"),
    )
}

/// A year: a JS number, read by the core's `call::year`.
pub(crate) fn year_arg(v: &JsValue, what: &str) -> JsResult<i32> {
    let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Year))?;
    Ok(call::year(call::Whole::Number(n))?)
}

/// A JSON argument parsed by the core (`invalid_json` when malformed).
pub(crate) fn json_value_arg(v: &JsValue, what: &str) -> JsResult<serde_json::Value> {
    Ok(fr::json_input::parse_value(&json_arg(v, what)?)?)
}

/// The option `key` of an options object (undefined when there is no object).
pub(crate) fn option(options: &JsValue, key: &str) -> JsResult<JsValue> {
    match options.is_object() {
        true => Reflect::get(options, &key.into()).map_err(|_| type_error(&format!("cannot read option {key}"))),
        false => Ok(JsValue::UNDEFINED),
    }
}

// ---------------------------------------------------------------------------
// A calendar across modules

/// How a module reads a notice's text among `CalendarSpec.notices`: the notice module with its
/// reader (`Calendar::with_notice`), the office module, which does not carry it, with an error.
#[allow(dead_code)] // the optional modules' (the main module has Calendar objects)
pub(crate) type NoticeText = fn(&fr::Calendar, &str) -> fr::Result<fr::Calendar>;

/// A calendar described as data, for a module that cannot take a `Calendar` object of the main
/// module (another wasm instance): the one reader of both optional modules (`parseNotice`'s
/// `base`, the office module's `calendar` option).
/// - undefined/null: the official calendar;
/// - calendar data (what `Calendar.fromJson` reads): its JSON text, or an object with `format`;
/// - a `CalendarSpec` (an object without `format`): `{ calendar?, notices?, provisionalUntil? }`
///   built as the main module builds it: `calendar` (calendar data; the official calendar when
///   absent), then each of `notices` added in order (`Calendar::with_parsed_notice` for notice
///   data, a `ParsedNotice` or its JSON text; `notice_text` for a notice's text), then
///   `Calendar::with_provisional_until(provisionalUntil)`.
///
/// A `Calendar` object of the main module, an array or another type is a `TypeError`.
#[allow(dead_code)] // the optional modules' (the main module has Calendar objects)
pub(crate) fn calendar_spec(v: &JsValue, what: &str, notice_text: NoticeText) -> JsResult<fr::Calendar> {
    let absent = |v: &JsValue| v.is_undefined() || v.is_null();
    if absent(v) {
        return Ok(fr::Calendar::official());
    }
    if v.is_string() {
        return Ok(fr::Calendar::from_json_str(&string_arg(v, what)?)?);
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(wrong(v, what, Expected::Object));
    }
    if Reflect::has(v, &"__fulingCalendarHandle".into()).unwrap_or(false) {
        return Err(type_error(&format!(
            "{what}: a Calendar object of the main module cannot be passed to an optional module \
             (another wasm instance); pass its description, a CalendarSpec {{ calendar, notices, \
             provisionalUntil }}, or calendar data (CalendarData or its JSON text), or leave it out \
             for the official calendar"
        )));
    }
    if Reflect::has(v, &"format".into()).unwrap_or(false) {
        return Ok(fr::Calendar::from_json_str(&json_arg(v, what)?)?);
    }
    let calendar = option(v, "calendar")?;
    let mut cal = match absent(&calendar) {
        true => fr::Calendar::official(),
        false => fr::Calendar::from_json_str(&json_arg(&calendar, &format!("{what}.calendar"))?)?,
    };
    let notices = option(v, "notices")?;
    if !absent(&notices) {
        for n in array_arg(&notices, &format!("{what}.notices"))?.iter() {
            cal = match notice_data_arg(&n, "notice")? {
                Ok(parsed) => cal.with_parsed_notice(&parsed)?,
                Err(text) => notice_text(&cal, &text)?,
            };
        }
    }
    let until = option(v, "provisionalUntil")?;
    if !absent(&until) {
        cal = cal.with_provisional_until(year_arg(&until, "provisionalUntil")?)?;
    }
    Ok(cal)
}
