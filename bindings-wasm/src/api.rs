//! The wasm-bindgen exports: convert → call the core → map the error.

use fuling_rules as fr;
use fuling_rules::call::host::{self, Expected, Handles};
use fuling_rules::call::{self, Whole};
use fuling_rules::json_output::ToJson;
use js_sys::{JsString, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

// ---------------------------------------------------------------------------
// Errors

/// What an export throws: a `RulesError` made from the core's error, or a JS error (a `TypeError`).
pub struct Throw(JsValue);

type JsResult<T> = Result<T, Throw>;

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

fn type_error(msg: &str) -> Throw {
    Throw(js_sys::TypeError::new(msg).into())
}

/// The `TypeError` for `v` given as `what` where the core's `expected` was due.
fn wrong(v: &JsValue, what: &str, expected: Expected) -> Throw {
    let got = v.js_typeof().as_string().unwrap_or_else(|| "unknown".into());
    type_error(&expected.message(what, &got))
}

// ---------------------------------------------------------------------------
// Conversions

/// A core result as plain JS data: the core's JSON text (its one writer, `ToJson`), then
/// `JSON.parse`, so JS sees exactly the JSON the Rust and Python APIs produce (snake_case
/// fields, absent optional fields left out).
fn to_js<T: ToJson + ?Sized>(value: &T) -> JsResult<JsValue> {
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
fn strings<'a>(items: impl Iterator<Item = &'a str>) -> JsValue {
    items.map(JsValue::from).collect::<js_sys::Array>().into()
}

/// A string argument (at most `call::MAX_TEXT_BYTES`); anything else is a `TypeError`.
fn string_arg(v: &JsValue, what: &str) -> JsResult<String> {
    let s = v.as_string().ok_or_else(|| wrong(v, what, Expected::Text))?;
    call::check_text(&s)?;
    Ok(s)
}

/// An ISO `YYYY-MM-DD` date argument.
fn date_arg(v: &JsValue, what: &str) -> JsResult<chrono::NaiveDate> {
    let s = v.as_string().ok_or_else(|| wrong(v, what, Expected::Date))?;
    Ok(fr::calendar::parse_date(&s)?)
}

/// A day count: a JS number, read by the core's `call::day_count`.
fn count_arg(v: &JsValue, what: &str) -> JsResult<u32> {
    let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Number))?;
    Ok(call::day_count(Whole::Number(n))?)
}

/// An array argument (`Array.isArray`); anything else, an array-like object included, is a
/// `TypeError` (as Python's for a non-sequence).
#[cfg(feature = "records")]
fn array_arg(v: &JsValue, what: &str) -> JsResult<js_sys::Array> {
    match js_sys::Array::is_array(v) {
        true => Ok(v.clone().unchecked_into()),
        false => Err(wrong(v, what, Expected::Array)),
    }
}

/// JSON text of an argument given either as a JSON string or as a JS value
/// (serialised with `JSON.stringify`, so `toJSON` methods such as `Amount`'s apply).
fn json_arg(v: &JsValue, what: &str) -> JsResult<String> {
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

/// A JSON argument parsed by the core (`invalid_json` when malformed).
fn json_value_arg(v: &JsValue, what: &str) -> JsResult<serde_json::Value> {
    Ok(fr::json_input::parse_value(&json_arg(v, what)?)?)
}

/// A period: a `Period` object, or text — its JSON form or the regulation's wording
/// ("5个工作日内"), read by the core's `call::period_text` (other types are a `TypeError`, as in Python).
fn period_arg(v: &JsValue, what: &str) -> JsResult<fr::Period> {
    if v.is_string() {
        return Ok(call::period_text(&string_arg(v, what)?)?);
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(wrong(v, what, Expected::Period));
    }
    Ok(call::period(&json_value_arg(v, what)?)?)
}

/// The option `key` of an options object (undefined when there is no object).
fn option(options: &JsValue, key: &str) -> JsResult<JsValue> {
    match options.is_object() {
        true => Reflect::get(options, &key.into()).map_err(|_| type_error(&format!("cannot read option {key}"))),
        false => Ok(JsValue::UNDEFINED),
    }
}

/// An options argument: an object, or undefined/null for none.
fn options_object(options: &JsValue) -> JsResult<()> {
    match options.is_object() || options.is_undefined() || options.is_null() {
        true => Ok(()),
        false => Err(wrong(options, "options", Expected::Object)),
    }
}

/// An optional argument: undefined/null → `None`, anything else read by `read`.
#[cfg(feature = "process")]
fn optional<T>(v: &JsValue, read: fn(&JsValue, &str) -> JsResult<T>, what: &str) -> JsResult<Option<T>> {
    match v.is_undefined() || v.is_null() {
        true => Ok(None),
        false => read(v, what).map(Some),
    }
}

/// A year: a JS number, read by the core's `call::year`.
fn year_arg(v: &JsValue, what: &str) -> JsResult<i32> {
    let n = v.as_f64().ok_or_else(|| wrong(v, what, Expected::Year))?;
    Ok(call::year(Whole::Number(n))?)
}

// ---------------------------------------------------------------------------
// Calendar

thread_local! {
    /// Live calendars by handle, so a `Calendar` can be passed inside an options object.
    static CALENDARS: RefCell<Handles<fr::Calendar>> = const { RefCell::new(Handles::new()) };
}

/// A working-day calendar: the official one or a custom one built from JSON.
#[wasm_bindgen]
pub struct Calendar {
    inner: fr::Calendar,
    handle: u32,
}

impl Drop for Calendar {
    fn drop(&mut self) {
        CALENDARS.with(|c| c.try_borrow_mut().map(|mut list| list.remove(self.handle)).ok());
    }
}

impl Calendar {
    fn wrap(inner: fr::Calendar) -> Calendar {
        let handle = CALENDARS.with(|c| {
            c.try_borrow_mut()
                .map(|mut list| list.insert(inner.clone()))
                .unwrap_or(0)
        });
        Calendar { inner, handle }
    }
}

/// Resolves an optional calendar argument: undefined/null → the official calendar.
#[cfg(feature = "process")]
fn calendar_arg(v: &JsValue, what: &str) -> JsResult<fr::Calendar> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Calendar::official());
    }
    let not_calendar = || wrong(v, what, Expected::Calendar);
    let handle = match v.is_object() {
        true => Reflect::get(v, &"__fulingCalendarHandle".into()).map_err(|_| not_calendar())?,
        false => return Err(not_calendar()),
    };
    let handle = handle.as_f64().ok_or_else(not_calendar)? as u32;
    CALENDARS
        .with(|c| c.try_borrow().ok().and_then(|list| list.get(handle).cloned()))
        .ok_or_else(not_calendar)
}

#[wasm_bindgen]
impl Calendar {
    /// The official calendar (State Council notices, 调休 included). With
    /// `{ provisionalUntil: 2035 }`, the years after the last loaded notice through that year
    /// are provisional (全国年节及纪念日放假办法, no 调休), labelled in `DayInfo.provisional`
    /// and `Explanation.provisional_from`.
    pub fn official(
        #[wasm_bindgen(unchecked_optional_param_type = "OfficialOptions | null")] options: JsValue,
    ) -> JsResult<Calendar> {
        options_object(&options)?;
        let until = option(&options, "provisionalUntil")?;
        Ok(Calendar::wrap(match until.is_undefined() || until.is_null() {
            true => fr::Calendar::official(),
            false => fr::Calendar::official_provisional_until(year_arg(&until, "provisionalUntil")?)?,
        }))
    }

    /// This calendar with provisional years after its data, through the end of `year`.
    #[wasm_bindgen(js_name = withProvisionalUntil)]
    pub fn with_provisional_until(
        &self,
        #[wasm_bindgen(unchecked_param_type = "number")] year: JsValue,
    ) -> JsResult<Calendar> {
        Ok(Calendar::wrap(
            self.inner.with_provisional_until(year_arg(&year, "year")?)?,
        ))
    }

    /// The first provisional day (ISO), or `null` when the calendar has no provisional years.
    #[wasm_bindgen(getter, js_name = provisionalFrom)]
    pub fn provisional_from(&self) -> Option<JsString> {
        self.inner.provisional_from().map(|d| d.to_string().into())
    }

    /// A custom calendar from calendar JSON (a string or an object; see `CalendarData`).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "CalendarData | string")] json: JsValue,
    ) -> JsResult<Calendar> {
        let text = json_arg(&json, "calendar JSON")?;
        Ok(Calendar::wrap(fr::Calendar::from_json_str(&text)?))
    }

    /// The first and last covered dates.
    #[wasm_bindgen(getter, unchecked_return_type = "Coverage")]
    pub fn coverage(&self) -> JsResult<JsValue> {
        to_js(&self.inner.coverage())
    }

    /// The calendar data's version.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> JsString {
        self.inner.version().into()
    }

    #[doc(hidden)]
    #[wasm_bindgen(getter = __fulingCalendarHandle, skip_typescript)]
    pub fn handle(&self) -> u32 {
        self.handle
    }
}

/// The `Calendar` methods, one per row of the core's table (`fuling_rules::for_each_calendar_fn!`):
/// each argument read as its kind says, named as the table names it; the module functions that
/// take an optional calendar last are generated JavaScript (`bindings-wasm/js/glue-tail.js`).
macro_rules! calendar_methods {
    ($( $v:ident = $f:ident, $js:literal, $form:ident ($($arg:ident: $kind:ident $ts:literal),*) -> $ret:literal, $doc:literal; )*) => {
        #[wasm_bindgen]
        impl Calendar {
            $(
                #[doc = $doc]
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $ret)]
                pub fn $f(&self, $(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: JsValue),*) -> JsResult<JsValue> {
                    self.inner.$f($(read::$kind(&$arg, stringify!($arg))?),*)?.answer()
                }
            )*
        }
    };
}

fr::for_each_calendar_fn!(calendar_methods);

/// The methods of a class, one per row of the core's table (`fuling_rules::for_each_method!`):
/// each argument read by its kind's reader (`read`), the options from one options object, the
/// answer written by its kind's writer (`write`).
macro_rules! js_methods {
    ([] $class:ident { $(
        $form:ident $f:ident $js:literal [$($feat:literal)?] ($($arg:ident $what:literal: $kind:ident $ts:literal),*)
        $($opts:ident $ots:literal { $($opt:ident),* })? -> $ans:ident $ret:literal
        = |$this:pat_param| $call:expr, $($doc:literal)+;
    )* }) => {
        $( js_form! { $form $ans $class $js $ret => [$($feat)?] $f ($($arg $what $kind $ts),*) [$($ots $($opt)*)?] $ans |$this| $call, [$($doc)+] } )*
    };
}

/// A row's form: its `wasm_bindgen` attribute, receiver, core object, return type and answer
/// writer (`get` and `pure` cannot fail, so they throw nothing; a method answering nothing has no
/// return type: TypeScript's `void` cannot be written as one).
macro_rules! js_form {
    (new $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [constructor] [] [()] $class [JsResult<$class>] js_answer $($row)* }
    };
    (from $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js] [] [()] $class [JsResult<$class>] js_answer $($row)* }
    };
    (get $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [getter, js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] $class [JsValue] js_pure $($row)* }
    };
    (pure $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] $class [JsValue] js_pure $($row)* }
    };
    (call $_a:ident $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js, unchecked_return_type = $ret] [&self,] [&self.0] $class [JsResult<JsValue>] js_answer $($row)* }
    };
    (call_mut unit $class:ident $js:literal $ret:literal => $($row:tt)*) => {
        js_fn! { [js_name = $js] [&mut self,] [&mut self.0] $class [JsResult<()>] js_answer $($row)* }
    };
}

/// One exported method: read the arguments, make the core call, write the answer.
macro_rules! js_fn {
    ([$($attr:tt)*] [$($recv:tt)*] [$($me:tt)*] $class:ident [$($out:tt)*] $answer:ident [$($feat:literal)?] $f:ident
        ($($arg:ident $what:literal $kind:ident $ts:literal),*) [$($ots:literal $($opt:ident)*)?]
        $ans:ident |$this:pat_param| $call:expr, [$($doc:literal)+]) => {
        $(#[cfg(feature = $feat)])?
        #[wasm_bindgen]
        impl $class {
            $(#[doc = $doc])+
            #[wasm_bindgen($($attr)*)]
            pub fn $f(
                $($recv)*
                $(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: JsValue,)*
                $(#[wasm_bindgen(unchecked_optional_param_type = $ots)] options: JsValue)?
            ) -> $($out)* {
                $(let $arg = read::$kind(&$arg, $what)?;)*
                $($(let $opt = &read::options::$opt(&options)?;)*)?
                let $this = $($me)*;
                $answer!($ans, $call)
            }
        }
    };
}

/// The answer of a row that can fail: a new object of the class, or JS data by the answer's kind.
macro_rules! js_answer {
    (this, $v:expr) => {
        Ok(Self($v))
    };
    (record, $v:expr) => {
        write::record($v)
    };
    (plain, $v:expr) => {
        write::record($v)
    };
    ($ans:ident, $v:expr) => {
        Ok(write::$ans($v))
    };
}

/// The answer of a row that cannot fail.
macro_rules! js_pure {
    ($ans:ident, $v:expr) => {
        write::$ans($v)
    };
}

/// The readers of the argument kinds of the core's tables (calendar functions, class methods).
mod read {
    pub(super) use super::{count_arg as count, date_arg as date, json_value_arg as json};
    pub(super) use super::{period_arg as period, string_arg as text};

    /// A list of rulesets (each an object or its JSON text).
    #[cfg(feature = "records")]
    pub(super) fn rulesets(v: &super::JsValue, what: &str) -> super::JsResult<Vec<super::fr::Ruleset>> {
        let list = super::array_arg(v, what)?;
        list.iter().map(|r| super::ruleset_arg(&r, "ruleset")).collect()
    }

    /// The options of an options object (undefined/null: none given).
    #[cfg(feature = "process")]
    pub(super) mod options {
        use super::super::{calendar_arg, fr, option, ruleset_arg, JsResult, JsValue};

        /// `calendar`: a `Calendar`, or the official one.
        pub(in super::super) fn calendar(options: &JsValue) -> JsResult<fr::Calendar> {
            calendar_arg(&option(options, "calendar")?, "calendar")
        }

        /// `ruleset`: a ruleset (an object or its JSON text), or the default one.
        pub(in super::super) fn ruleset(options: &JsValue) -> JsResult<fr::Ruleset> {
            ruleset_arg(&option(options, "ruleset")?, "ruleset")
        }
    }
}

/// The writers of the answer kinds of the core's table of class methods.
mod write {
    use super::{to_js, JsResult, JsValue, ToJson};

    pub(super) fn unit(_: ()) {}

    pub(super) fn text(s: impl Into<JsValue>) -> JsValue {
        s.into()
    }

    pub(super) fn opt_text(s: Option<&str>) -> JsValue {
        s.map_or(JsValue::UNDEFINED, JsValue::from)
    }

    pub(super) fn int(n: u64) -> JsValue {
        n.into()
    }

    pub(super) fn record(v: impl ToJson) -> JsResult<JsValue> {
        to_js(&v)
    }
}

/// A calendar answer as JS data: a boolean, a number, an ISO date string or an object.
trait Answer {
    fn answer(self) -> JsResult<JsValue>;
}

macro_rules! answers {
    ($($t:ty => |$x:ident| $js:expr;)*) => {
        $(impl Answer for $t {
            fn answer(self) -> JsResult<JsValue> {
                let $x = self;
                Ok($js)
            }
        })*
    };
}

answers! {
    bool => |b| b.into();
    u32 => |n| n.into();
    chrono::NaiveDate => |d| d.to_string().into();
    fr::DayInfo => |info| to_js(&info)?;
    fr::Explanation => |e| to_js(&e)?;
}

/// Reading notice texts (feature `notice-text`).
#[cfg(feature = "notice-text")]
mod notice_text {
    use super::*;

    /// Reads the text of a State Council holiday notice (or a supplementary notice): its record
    /// and the days it sets. Unreadable text throws `notice_unreadable`, naming the sentence.
    #[wasm_bindgen(js_name = parseNotice, unchecked_return_type = "ParsedNotice")]
    pub fn parse_notice(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsResult<JsValue> {
        to_js(&fr::calendar::parse_notice(&string_arg(&text, "text")?)?)
    }

    #[wasm_bindgen]
    impl Calendar {
        /// This calendar with a State Council notice's text added (pasted the day it appears): its
        /// days replace earlier entries, the coverage grows to the end of its year, and the version
        /// (hence every receipt) gains `+notice-<id>`. Unreadable text throws `notice_unreadable`.
        #[wasm_bindgen(js_name = withNotice)]
        pub fn with_notice(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        ) -> JsResult<Calendar> {
            Ok(Calendar::wrap(self.inner.with_notice(&string_arg(&text, "text")?)?))
        }

        /// The ids of the notices loaded from their text beyond the data the calendar started from.
        #[wasm_bindgen(getter, js_name = loadedNotices, unchecked_return_type = "string[]")]
        pub fn loaded_notices(&self) -> JsValue {
            strings(self.inner.loaded_notices().iter().map(|n| n.id.as_str()))
        }
    }
}

/// Reads a period in the regulation's words: "5个工作日内", "不低于90天", "申报前10个工作日".
/// Other text throws `invalid_input` naming the wordings expected.
#[wasm_bindgen(js_name = parsePeriod, unchecked_return_type = "Period")]
pub fn parse_period(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsResult<JsValue> {
    to_js(&fr::Period::parse(&string_arg(&text, "text")?)?)
}

// ---------------------------------------------------------------------------
// Money

/// An amount of money in integer fen (分); never a float.
#[wasm_bindgen]
pub struct Amount(fr::Amount);

/// A BigInt of fen, read by the core's `call::amount_from_whole`.
fn bigint_fen(v: &JsValue) -> JsResult<fr::Amount> {
    let text = js_sys::BigInt::unchecked_from_js_ref(v)
        .to_string(10)
        .map(String::from)
        .unwrap_or_default();
    Ok(call::amount_from_whole(Whole::Text(&text), call::MoneyUnit::Fen)?)
}

/// An `Amount`, a `{ fen: bigint }` object or a text such as `"500万元"`; numbers are a TypeError.
fn amount_arg(v: &JsValue) -> JsResult<fr::Amount> {
    if v.is_string() {
        return Ok(fr::Amount::parse(&string_arg(v, "amount")?)?);
    }
    if v.is_object() {
        let fen = Reflect::get(v, &"fen".into()).map_err(|_| type_error("amount has no readable fen"))?;
        if fen.is_bigint() {
            return bigint_fen(&fen);
        }
    }
    Err(wrong(v, "amount", Expected::Amount))
}

#[wasm_bindgen]
impl Amount {
    /// An amount of `fen` 分, given as a BigInt.
    #[wasm_bindgen(js_name = fromFen)]
    pub fn from_fen(#[wasm_bindgen(unchecked_param_type = "bigint")] fen: JsValue) -> JsResult<Amount> {
        if !fen.is_bigint() {
            return Err(wrong(&fen, "fen", Expected::BigInt));
        }
        bigint_fen(&fen).map(Amount)
    }

    /// The JSON form (`JSON.stringify` uses it): the canonical yuan string.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsString {
        self.0.to_yuan_string().into()
    }

    /// The display form, e.g. `"5,000,000.00 元"`.
    #[wasm_bindgen(js_name = toString)]
    #[allow(clippy::inherent_to_string)]
    pub fn to_string_js(&self) -> JsString {
        self.0.to_string().into()
    }
}

fr::for_each_method!(Amount, js_methods);

/// 第二十条: whether a development funding plan of `amount` must be filed with the
/// municipal Big Data Bureau: `amount` ≥ 500万元 (含), or the given ruleset's threshold.
#[wasm_bindgen(js_name = requiresMunicipalFiling)]
pub fn requires_municipal_filing(
    #[wasm_bindgen(unchecked_param_type = "Amount | string")] amount: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Ruleset | string | null")] ruleset: JsValue,
) -> JsResult<bool> {
    let a = amount_arg(&amount)?;
    Ok(ruleset_arg(&ruleset, "ruleset")?.requires_municipal_filing(a))
}

// ---------------------------------------------------------------------------
// Ruleset, errors, version

/// A ruleset (an object or its JSON text); undefined/null → the default ruleset.
fn ruleset_arg(v: &JsValue, what: &str) -> JsResult<fr::Ruleset> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Ruleset::default());
    }
    Ok(fr::Ruleset::from_json_str(&json_arg(v, what)?)?)
}

/// The draft for comment's ruleset: every number the regulation sets, with its article.
#[wasm_bindgen(js_name = defaultRuleset, unchecked_return_type = "Ruleset")]
pub fn default_ruleset() -> JsResult<JsValue> {
    to_js(&fr::Ruleset::default())
}

/// Validates a ruleset (an object or JSON text) and returns it in canonical form.
#[wasm_bindgen(js_name = parseRuleset, unchecked_return_type = "Ruleset")]
pub fn parse_ruleset(#[wasm_bindgen(unchecked_param_type = "Ruleset | string")] json: JsValue) -> JsResult<JsValue> {
    to_js(&ruleset_arg(&json, "ruleset")?)
}

/// Every stable error code, in the core's order.
#[wasm_bindgen(js_name = errorCodes, unchecked_return_type = "ErrorCode[]")]
pub fn error_codes() -> JsValue {
    strings(fr::ErrorCode::ALL.iter().map(|c| c.as_str()))
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> JsString {
    fr::VERSION.into()
}

/// The text of a cited article or item of the regulation, or `null` if it has none.
/// (Only with feature `regulation-text`; the package's `articleText` is the JavaScript
/// module `pkg/regulation.mjs`, generated from the same text by build.sh.)
#[cfg(feature = "regulation-text")]
#[wasm_bindgen(js_name = articleText)]
pub fn article_text(#[wasm_bindgen(unchecked_param_type = "Citation")] citation: JsValue) -> JsResult<Option<String>> {
    let c: fr::Citation = call::read(&json_value_arg(&citation, "citation")?)?;
    Ok(c.text().map(str::to_owned))
}

// ---------------------------------------------------------------------------
// Process

#[cfg(feature = "process")]
mod process {
    use super::*;

    /// A project (开发项目 or 运维项目) and its events: the approval and lifecycle state machine.
    #[wasm_bindgen]
    pub struct Project(pub(super) fr::Project);

    fr::for_each_method!(Project, js_methods);

    #[wasm_bindgen]
    impl Project {
        /// A new project with no events (state `proposed`); `kind` is `"development"` or `"om"`.
        #[wasm_bindgen(constructor)]
        pub fn new(
            #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
            #[wasm_bindgen(unchecked_param_type = "ProjectKind")] kind: JsValue,
        ) -> JsResult<Project> {
            let id = string_arg(&id, "id")?;
            let kind: fr::ProjectKind = call::named(&string_arg(&kind, "kind")?)?;
            Ok(Project(fr::Project::new(&id, kind)))
        }

        /// A project from its JSON record (`{"schema": 2, "id", "kind", "application_id", "events"}`;
        /// a schema-1 record loads through the migration), replaying every event under the given
        /// calendar and ruleset; `options.application` (the application record's JSON, e.g.
        /// `appRecord.toJSON()`, or its metadata alone, e.g. `appRecord.toJSON().application`)
        /// gives what the guards and the status read (secrecy, labels; the record's catalog,
        /// 第七条 and 第三十七条).
        #[wasm_bindgen(js_name = fromJson)]
        pub fn from_json(
            #[wasm_bindgen(unchecked_param_type = "ProjectRecord | string")] json: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<Project> {
            let text = json_arg(&json, "project")?;
            let cal = read::options::calendar(&options)?;
            let rules = read::options::ruleset(&options)?;
            let app = optional(&option(&options, "application")?, json_value_arg, "application")?;
            let app = app.as_ref().map(call::ProjectApplication::Json);
            Ok(Project(call::load_project(&text, app, &rules, &cal)?))
        }

        /// The status on `asOf` evaluated with the project's `application` record: once the
        /// application is deregistered (第四十二条), the project's open obligations are closed,
        /// not met (`closed`).
        #[cfg(feature = "records")]
        #[wasm_bindgen(js_name = statusWith, unchecked_return_type = "Status")]
        pub fn status_with(
            &self,
            application: &ApplicationRecord,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let cal = read::options::calendar(&options)?;
            let rules = read::options::ruleset(&options)?;
            to_js(&self.0.status_with(&application.0, as_of, &cal, &rules)?)
        }

        /// The project record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ProjectRecord")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.0)
        }
    }

    /// The whole approval and lifecycle process as a Mermaid `stateDiagram-v2`.
    #[wasm_bindgen(js_name = processMermaid)]
    pub fn process_mermaid() -> JsString {
        fr::Process::mermaid().into()
    }

    /// An application record (应用档案, schema 2): the application's metadata and its own events
    /// (release channel, 第三十八条 labels, 第三十九条 evaluation and 整改, 第四十条至第四十二条
    /// deregistration), state and status.
    #[cfg(feature = "records")]
    #[wasm_bindgen]
    pub struct ApplicationRecord(pub(super) fr::records::ApplicationRecord);

    #[cfg(feature = "records")]
    fr::for_each_method!(ApplicationRecord, js_methods);

    #[cfg(feature = "records")]
    #[wasm_bindgen]
    impl ApplicationRecord {
        /// A record from its JSON (`{"schema": 2, "application", "events"}`).
        #[wasm_bindgen(js_name = fromJson)]
        pub fn from_json(
            #[wasm_bindgen(unchecked_param_type = "ApplicationRecordJson | string")] json: JsValue,
        ) -> JsResult<ApplicationRecord> {
            let text = json_arg(&json, "application record")?;
            Ok(ApplicationRecord(fr::records::ApplicationRecord::from_json_str(&text)?))
        }

        /// The record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ApplicationRecordJson")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.0)
        }
    }

    /// Migrates stored project files (schema 1 or 2) to schema 2: `projects` (with `notes`),
    /// `applications`, `conflicts` and `refused` (see `docs/records.md`).
    #[cfg(feature = "records")]
    #[wasm_bindgen(unchecked_return_type = "MigrationReport")]
    pub fn migrate(
        #[wasm_bindgen(unchecked_param_type = "(ProjectRecord | string)[]")] records: JsValue,
    ) -> JsResult<JsValue> {
        let list = array_arg(&records, "records")?;
        let texts: Vec<String> = list.iter().map(|r| json_arg(&r, "record")).collect::<JsResult<_>>()?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        to_js(&fr::records::migrate(&refs))
    }
}

// ---------------------------------------------------------------------------
// Checks (`checkPlanningDossier` etc. are generated JavaScript calling `runCheck`:
// bindings-wasm/js/glue-tail.js, from the core's table `fuling_rules::for_each_check!`)

#[cfg(feature = "checks")]
mod checks {
    use super::*;
    use fuling_rules::call::Check;

    /// Runs the check `name` (see `checkNames()`) on a JSON input.
    #[wasm_bindgen(js_name = runCheck, unchecked_return_type = "CheckReport | LabelReport | PriorityResult")]
    pub fn run_check(
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "object | string")] input: JsValue,
    ) -> JsResult<JsValue> {
        let check = Check::from_name(&string_arg(&name, "name")?)?;
        to_js(&fr::checks::run_json(check.name(), &json_value_arg(&input, "input")?)?)
    }

    /// The names `runCheck` accepts.
    #[wasm_bindgen(js_name = checkNames, unchecked_return_type = "string[]")]
    pub fn check_names() -> JsValue {
        strings(Check::NAMES.iter().copied())
    }
}

// ---------------------------------------------------------------------------
// Portfolio (feature `portfolio`, off by default): its own file, a child of this module.
#[cfg(feature = "portfolio")]
#[path = "portfolio.rs"]
mod portfolio;
