//! The wasm-bindgen exports: convert → call the core → map the error.

use crate::input::{check_len, day_count};
use fuling_rules as fr;
use fuling_rules::calendar::parse_date;
use js_sys::Reflect;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

type JsResult<T> = Result<T, JsValue>;

#[wasm_bindgen]
extern "C" {
    /// An optional `Calendar` argument (undefined or null means the official calendar).
    #[wasm_bindgen(typescript_type = "Calendar")]
    pub type CalendarArg;
    /// An optional `Ruleset` argument (undefined or null means the default ruleset).
    #[wasm_bindgen(typescript_type = "Ruleset | string")]
    pub type RulesetArg;
    /// `{ calendar?, ruleset? }`.
    #[wasm_bindgen(typescript_type = "StatusOptions")]
    pub type OptionsArg;
}

// ---------------------------------------------------------------------------
// Errors

/// A thrown `RulesError`: a JS `Error` with `code`, `article`, `message_zh`, `message_en`.
pub(crate) fn rules_error(e: &fr::Error) -> JsValue {
    let err = js_sys::Error::new(&format!("[{}] {}", e.code().as_str(), e.message_en()));
    err.set_name("RulesError");
    let article = e.article().and_then(|c| to_js(&c).ok()).unwrap_or(JsValue::NULL);
    let obj: &JsValue = err.as_ref();
    // Reflect.set on a fresh, extensible Error cannot fail.
    let _ = Reflect::set(obj, &"code".into(), &e.code().as_str().into());
    let _ = Reflect::set(obj, &"article".into(), &article);
    let _ = Reflect::set(obj, &"message_zh".into(), &e.message_zh().into());
    let _ = Reflect::set(obj, &"message_en".into(), &e.message_en().into());
    err.into()
}

fn err<T>(e: fr::Error) -> JsResult<T> {
    Err(rules_error(&e))
}

fn type_error(msg: &str) -> JsValue {
    js_sys::TypeError::new(msg).into()
}

fn input_error(zh: String, en: String) -> JsValue {
    rules_error(&fr::Error::new(fr::ErrorCode::InvalidInput, zh, en))
}

trait OrThrow<T> {
    fn or_throw(self) -> JsResult<T>;
}

impl<T> OrThrow<T> for Result<T, fr::Error> {
    fn or_throw(self) -> JsResult<T> {
        self.map_err(|e| rules_error(&e))
    }
}

// ---------------------------------------------------------------------------
// Conversions

/// Serialises a core result as plain JS data: `serde_json` text, then `JSON.parse`,
/// so JS sees exactly the JSON the Rust and Python APIs produce (plain objects,
/// snake_case fields, absent optional fields left out).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> JsResult<JsValue> {
    let text = serde_json::to_string(value)
        .map_err(|e| input_error(format!("结果无法转换:{e}"), format!("result cannot be converted: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| input_error("结果无法转换".into(), "result cannot be converted".into()))
}

fn type_name(v: &JsValue) -> String {
    v.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
}

/// A string argument; anything else is a `TypeError`.
pub(crate) fn string_arg(v: &JsValue, what: &str) -> JsResult<String> {
    match v.as_string() {
        Some(s) => {
            check_len(&s).or_throw()?;
            Ok(s)
        }
        None => Err(type_error(&format!("{what} must be a string, got {}", type_name(v)))),
    }
}

/// An ISO `YYYY-MM-DD` date argument.
pub(crate) fn date_arg(v: &JsValue, what: &str) -> JsResult<chrono::NaiveDate> {
    let s = v.as_string().ok_or_else(|| {
        type_error(&format!(
            "{what} must be an ISO date string (YYYY-MM-DD), got {}",
            type_name(v)
        ))
    })?;
    parse_date(&s).or_throw()
}

fn count_arg(v: &JsValue) -> JsResult<u32> {
    let n = v
        .as_f64()
        .ok_or_else(|| type_error(&format!("n must be a number, got {}", type_name(v))))?;
    day_count(n).or_throw()
}

/// JSON text of an argument given either as a JSON string or as a JS value
/// (serialised with `JSON.stringify`, so `toJSON` methods such as `Amount`'s apply).
pub(crate) fn json_arg(v: &JsValue, what: &str) -> JsResult<String> {
    if let Some(s) = v.as_string() {
        check_len(&s).or_throw()?;
        return Ok(s);
    }
    if v.is_undefined() || v.is_function() || v.is_symbol() {
        return Err(type_error(&format!(
            "{what} must be an object or a JSON string, got {}",
            type_name(v)
        )));
    }
    match js_sys::JSON::stringify(v) {
        Ok(js) => {
            let s = JsValue::from(js)
                .as_string()
                .ok_or_else(|| type_error(&format!("{what} cannot be serialised as JSON")))?;
            check_len(&s).or_throw()?;
            Ok(s)
        }
        // A cycle or a BigInt is a TypeError already; a stack overflow (too deep) is a RangeError.
        Err(e) if e.is_instance_of::<js_sys::TypeError>() => Err(e),
        Err(_) => err(fr::Error::new(
            fr::ErrorCode::InputTooLarge,
            format!("{what} 嵌套过深或过大,无法处理"),
            format!("{what} is nested too deeply or too large"),
        )),
    }
}

/// Parses a JSON argument with serde_json (recursion limit 128: never overflows the stack).
pub(crate) fn json_value_arg(v: &JsValue, what: &str) -> JsResult<serde_json::Value> {
    let text = json_arg(v, what)?;
    serde_json::from_str(&text).map_err(|e| {
        let code = if e.is_data() {
            fr::ErrorCode::InvalidInput
        } else {
            fr::ErrorCode::InvalidJson
        };
        rules_error(&fr::Error::new(
            code,
            format!("{what} 不是有效的 JSON:{e}"),
            format!("{what} is not valid JSON: {e}"),
        ))
    })
}

fn period_arg(v: &JsValue) -> JsResult<fr::Period> {
    let value = json_value_arg(v, "period")?;
    let period: fr::Period = fr::json_input::from_value(&value)
        .map_err(|e| rules_error(&e.into_error(fr::ErrorCode::InvalidPeriod, "期限", "period")))?;
    period.validate().or_throw()?;
    Ok(period)
}

fn get(obj: &JsValue, key: &str) -> JsResult<JsValue> {
    if !obj.is_object() {
        return Ok(JsValue::UNDEFINED);
    }
    Reflect::get(obj, &key.into()).map_err(|_| type_error(&format!("cannot read option {key}")))
}

// ---------------------------------------------------------------------------
// Calendar

thread_local! {
    /// Live calendars by handle, so a `Calendar` can be passed inside an options object.
    static CALENDARS: RefCell<BTreeMap<u32, fr::Calendar>> = const { RefCell::new(BTreeMap::new()) };
    static NEXT_HANDLE: Cell<u32> = const { Cell::new(1) };
}

/// A working-day calendar: the official one or a custom one built from JSON.
#[wasm_bindgen]
pub struct Calendar {
    inner: fr::Calendar,
    handle: u32,
}

impl Drop for Calendar {
    fn drop(&mut self) {
        CALENDARS.with(|c| {
            if let Ok(mut map) = c.try_borrow_mut() {
                map.remove(&self.handle);
            }
        });
    }
}

impl Calendar {
    fn wrap(inner: fr::Calendar) -> Calendar {
        let handle = NEXT_HANDLE.with(|n| {
            let h = n.get();
            n.set(h.wrapping_add(1).max(1));
            h
        });
        CALENDARS.with(|c| {
            if let Ok(mut map) = c.try_borrow_mut() {
                map.insert(handle, inner.clone());
            }
        });
        Calendar { inner, handle }
    }
}

/// Resolves an optional calendar argument: undefined/null → the official calendar.
pub(crate) fn calendar_arg(v: &JsValue) -> JsResult<fr::Calendar> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Calendar::official());
    }
    let not_calendar = || type_error("calendar must be a Calendar (Calendar.official() or Calendar.fromJson(...))");
    if !v.is_object() {
        return Err(not_calendar());
    }
    let handle = Reflect::get(v, &"__fulingCalendarHandle".into()).map_err(|_| not_calendar())?;
    let handle = handle.as_f64().ok_or_else(not_calendar)?;
    CALENDARS
        .with(|c| c.try_borrow().ok().and_then(|map| map.get(&(handle as u32)).cloned()))
        .ok_or_else(not_calendar)
}

fn fmt_date(d: chrono::NaiveDate) -> String {
    d.to_string()
}

fn explanation_js(e: &fr::Explanation) -> JsResult<JsValue> {
    let mut value = serde_json::to_value(e).map_err(|e| input_error(e.to_string(), e.to_string()))?;
    if let Some(map) = value.as_object_mut() {
        map.insert("sentence_zh".into(), e.sentence_zh().into());
        map.insert("sentence_en".into(), e.sentence_en().into());
    }
    to_js(&value)
}

mod cal_ops {
    use super::*;

    pub fn is_working_day(cal: &fr::Calendar, date: &JsValue) -> JsResult<bool> {
        cal.is_working_day(date_arg(date, "date")?).or_throw()
    }
    pub fn add(cal: &fr::Calendar, date: &JsValue, n: &JsValue) -> JsResult<String> {
        let d = date_arg(date, "date")?;
        cal.add_working_days(d, count_arg(n)?).map(fmt_date).or_throw()
    }
    pub fn sub(cal: &fr::Calendar, date: &JsValue, n: &JsValue) -> JsResult<String> {
        let d = date_arg(date, "date")?;
        cal.sub_working_days(d, count_arg(n)?).map(fmt_date).or_throw()
    }
    pub fn between(cal: &fr::Calendar, start: &JsValue, end: &JsValue) -> JsResult<u32> {
        let (s, e) = (date_arg(start, "start")?, date_arg(end, "end")?);
        cal.working_days_between(s, e).or_throw()
    }
    pub fn next(cal: &fr::Calendar, date: &JsValue) -> JsResult<String> {
        cal.next_working_day(date_arg(date, "date")?).map(fmt_date).or_throw()
    }
    pub fn previous(cal: &fr::Calendar, date: &JsValue) -> JsResult<String> {
        cal.previous_working_day(date_arg(date, "date")?)
            .map(fmt_date)
            .or_throw()
    }
    pub fn due(cal: &fr::Calendar, start: &JsValue, period: &JsValue) -> JsResult<String> {
        let s = date_arg(start, "start")?;
        fr::due_date(s, period_arg(period)?, cal).map(fmt_date).or_throw()
    }
    pub fn explain(cal: &fr::Calendar, start: &JsValue, period: &JsValue) -> JsResult<JsValue> {
        let s = date_arg(start, "start")?;
        let e = fr::explain_due_date(s, period_arg(period)?, cal).or_throw()?;
        explanation_js(&e)
    }
}

#[wasm_bindgen]
impl Calendar {
    /// The official calendar (State Council notices, 调休 included).
    pub fn official() -> Calendar {
        Calendar::wrap(fr::Calendar::official())
    }

    /// A custom calendar from calendar JSON (a string or an object; see `CalendarData`).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "CalendarData | string")] json: JsValue,
    ) -> JsResult<Calendar> {
        let text = json_arg(&json, "calendar JSON")?;
        fr::Calendar::from_json_str(&text).map(Calendar::wrap).or_throw()
    }

    /// The first and last covered dates.
    #[wasm_bindgen(getter, unchecked_return_type = "Coverage")]
    pub fn coverage(&self) -> JsResult<JsValue> {
        to_js(&self.inner.coverage())
    }

    /// The calendar data's version.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        self.inner.version().to_owned()
    }

    #[doc(hidden)]
    #[wasm_bindgen(getter = __fulingCalendarHandle, skip_typescript)]
    pub fn handle(&self) -> u32 {
        self.handle
    }

    /// Whether `date` is a working day.
    #[wasm_bindgen(js_name = isWorkingDay)]
    pub fn is_working_day(&self, #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue) -> JsResult<bool> {
        cal_ops::is_working_day(&self.inner, &date)
    }

    /// The `n`-th working day after `date` (`date` itself not counted).
    #[wasm_bindgen(js_name = addWorkingDays)]
    pub fn add_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> JsResult<String> {
        cal_ops::add(&self.inner, &date, &n)
    }

    /// The `n`-th working day before `date`.
    #[wasm_bindgen(js_name = subWorkingDays)]
    pub fn sub_working_days(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> JsResult<String> {
        cal_ops::sub(&self.inner, &date, &n)
    }

    /// Working days after `start` up to and including `end`.
    #[wasm_bindgen(js_name = workingDaysBetween)]
    pub fn working_days_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] end: JsValue,
    ) -> JsResult<u32> {
        cal_ops::between(&self.inner, &start, &end)
    }

    /// The first working day on or after `date`.
    #[wasm_bindgen(js_name = nextWorkingDay)]
    pub fn next_working_day(&self, #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue) -> JsResult<String> {
        cal_ops::next(&self.inner, &date)
    }

    /// The last working day on or before `date`.
    #[wasm_bindgen(js_name = previousWorkingDay)]
    pub fn previous_working_day(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    ) -> JsResult<String> {
        cal_ops::previous(&self.inner, &date)
    }

    /// What the calendar says about `date`.
    #[wasm_bindgen(js_name = dayInfo, unchecked_return_type = "DayInfo")]
    pub fn day_info(&self, #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue) -> JsResult<JsValue> {
        let info = self.inner.day_info(date_arg(&date, "date")?).or_throw()?;
        to_js(&info)
    }

    /// The due date of `period` counted from `start`.
    #[wasm_bindgen(js_name = dueDate)]
    pub fn due_date(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] period: JsValue,
    ) -> JsResult<String> {
        cal_ops::due(&self.inner, &start, &period)
    }

    /// The due date with the days skipped and worked, and sentences in Chinese and English.
    #[wasm_bindgen(js_name = explainDueDate, unchecked_return_type = "Explanation")]
    pub fn explain_due_date(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Period | string")] period: JsValue,
    ) -> JsResult<JsValue> {
        cal_ops::explain(&self.inner, &start, &period)
    }
}

fn cal_of(calendar: Option<CalendarArg>) -> JsResult<fr::Calendar> {
    match calendar {
        Some(c) => calendar_arg(&c),
        None => Ok(fr::Calendar::official()),
    }
}

/// Whether `date` is a working day (official calendar unless one is given).
#[wasm_bindgen(js_name = isWorkingDay)]
pub fn is_working_day(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<bool> {
    cal_ops::is_working_day(&cal_of(calendar)?, &date)
}

/// The `n`-th working day after `date`; `date` itself is never counted ("N个工作日内").
#[wasm_bindgen(js_name = addWorkingDays)]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<String> {
    cal_ops::add(&cal_of(calendar)?, &date, &n)
}

/// The `n`-th working day before `date` ("申报前N个工作日").
#[wasm_bindgen(js_name = subWorkingDays)]
pub fn sub_working_days(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<String> {
    cal_ops::sub(&cal_of(calendar)?, &date, &n)
}

/// The number of working days after `start` up to and including `end`.
#[wasm_bindgen(js_name = workingDaysBetween)]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] end: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<u32> {
    cal_ops::between(&cal_of(calendar)?, &start, &end)
}

/// The first working day on or after `date`.
#[wasm_bindgen(js_name = nextWorkingDay)]
pub fn next_working_day(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<String> {
    cal_ops::next(&cal_of(calendar)?, &date)
}

/// The due date of `period` from `start` (民法典 第二百零一条至第二百零三条 for day and month periods).
#[wasm_bindgen(js_name = dueDate)]
pub fn due_date(
    #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Period | string")] period: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<String> {
    cal_ops::due(&cal_of(calendar)?, &start, &period)
}

/// The due date of `period` from `start`, explained.
#[wasm_bindgen(js_name = explainDueDate, unchecked_return_type = "Explanation")]
pub fn explain_due_date(
    #[wasm_bindgen(unchecked_param_type = "string")] start: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Period | string")] period: JsValue,
    calendar: Option<CalendarArg>,
) -> JsResult<JsValue> {
    cal_ops::explain(&cal_of(calendar)?, &start, &period)
}

// ---------------------------------------------------------------------------
// Money

/// An amount of money in integer fen (分); never a float.
#[wasm_bindgen]
#[derive(Clone)]
pub struct Amount(fr::Amount);

fn bigint_fen(v: &JsValue) -> JsResult<fr::Amount> {
    let text = js_sys::BigInt::unchecked_from_js_ref(v)
        .to_string(10)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    if text.starts_with('-') {
        return err(fr::Error::new(
            fr::ErrorCode::AmountNegative,
            format!("金额 {text} 分为负数"),
            format!("amount {text} fen is negative"),
        ));
    }
    match text.parse::<u64>() {
        Ok(fen) => fr::Amount::from_fen(fen).or_throw(),
        Err(_) => err(fr::Error::new(
            fr::ErrorCode::AmountOverflow,
            format!("金额 {text} 分超出支持范围"),
            format!("amount {text} fen is out of range"),
        )),
    }
}

/// An `Amount`, a `{ fen: bigint }` object or a text such as `"500万元"`; numbers are a TypeError.
fn amount_arg(v: &JsValue) -> JsResult<fr::Amount> {
    if let Some(s) = v.as_string() {
        check_len(&s).or_throw()?;
        return fr::Amount::parse(&s).or_throw();
    }
    if v.is_object() {
        let fen = Reflect::get(v, &"fen".into()).map_err(|_| type_error("amount has no readable fen"))?;
        if fen.is_bigint() {
            return bigint_fen(&fen);
        }
    }
    Err(type_error(&format!(
        "amount must be an Amount or a string such as \"5,000,000.00\" or \"500万元\", got {} \
         (a JS number cannot hold every amount in fen exactly)",
        type_name(v)
    )))
}

#[wasm_bindgen]
impl Amount {
    /// Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.
    pub fn parse(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsResult<Amount> {
        let s = string_arg(&text, "text")?;
        fr::Amount::parse(&s).map(Amount).or_throw()
    }

    /// An amount of `fen` 分, given as a BigInt.
    #[wasm_bindgen(js_name = fromFen)]
    pub fn from_fen(#[wasm_bindgen(unchecked_param_type = "bigint")] fen: JsValue) -> JsResult<Amount> {
        if !fen.is_bigint() {
            return Err(type_error(&format!(
                "fen must be a BigInt (e.g. 500000000n), got {}",
                type_name(&fen)
            )));
        }
        bigint_fen(&fen).map(Amount)
    }

    /// The amount in fen, as a BigInt.
    #[wasm_bindgen(getter)]
    pub fn fen(&self) -> u64 {
        self.0.fen()
    }

    /// The canonical yuan string, e.g. `"5000000.00"` (the JSON form).
    #[wasm_bindgen(js_name = toYuanString)]
    pub fn to_yuan_string(&self) -> String {
        self.0.to_yuan_string()
    }

    /// The JSON form (`JSON.stringify` uses it): the canonical yuan string.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.0.to_yuan_string()
    }

    /// The display form, e.g. `"5,000,000.00 元"`.
    #[wasm_bindgen(js_name = toString)]
    #[allow(clippy::inherent_to_string)]
    pub fn to_string_js(&self) -> String {
        self.0.to_string()
    }

    /// The uppercase Chinese form used on finance forms, e.g. `人民币伍佰万元整`.
    #[wasm_bindgen(js_name = toChineseUppercase)]
    pub fn to_chinese_uppercase(&self) -> String {
        self.0.to_chinese_uppercase()
    }
}

/// 第二十条: whether a development funding plan of `amount` must be filed with the
/// municipal Big Data Bureau: `amount` ≥ 500万元 (含), or the given ruleset's threshold.
#[wasm_bindgen(js_name = requiresMunicipalFiling)]
pub fn requires_municipal_filing(
    #[wasm_bindgen(unchecked_param_type = "Amount | string")] amount: JsValue,
    ruleset: Option<RulesetArg>,
) -> JsResult<bool> {
    let a = amount_arg(&amount)?;
    match ruleset {
        Some(r) => Ok(ruleset_arg(&r)?.requires_municipal_filing(a)),
        None => Ok(fr::requires_municipal_filing(a)),
    }
}

// ---------------------------------------------------------------------------
// Ruleset, errors, version

pub(crate) fn ruleset_arg(v: &JsValue) -> JsResult<fr::Ruleset> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Ruleset::default());
    }
    let text = json_arg(v, "ruleset")?;
    fr::Ruleset::from_json_str(&text).or_throw()
}

/// The draft for comment's ruleset: every number the regulation sets, with its article.
#[wasm_bindgen(js_name = defaultRuleset, unchecked_return_type = "Ruleset")]
pub fn default_ruleset() -> JsResult<JsValue> {
    to_js(&fr::Ruleset::default())
}

/// Validates a ruleset (an object or JSON text) and returns it in canonical form.
#[wasm_bindgen(js_name = parseRuleset, unchecked_return_type = "Ruleset")]
pub fn parse_ruleset(#[wasm_bindgen(unchecked_param_type = "Ruleset | string")] json: JsValue) -> JsResult<JsValue> {
    to_js(&ruleset_arg(&json)?)
}

/// Every stable error code, in the core's order.
#[wasm_bindgen(js_name = errorCodes, unchecked_return_type = "ErrorCode[]")]
pub fn error_codes() -> JsResult<JsValue> {
    let codes: Vec<&str> = fr::ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    to_js(&codes)
}

/// The library's version.
#[wasm_bindgen]
pub fn version() -> String {
    fr::VERSION.to_owned()
}

/// The text of a cited article or item of the regulation, or `null` if it has none.
/// (Only with feature `regulation-text`; the package's `articleText` is the JavaScript
/// module `pkg/regulation.mjs`, generated from the same text by build.sh.)
#[cfg(feature = "regulation-text")]
#[wasm_bindgen(js_name = articleText)]
pub fn article_text(#[wasm_bindgen(unchecked_param_type = "Citation")] citation: JsValue) -> JsResult<Option<String>> {
    let value = json_value_arg(&citation, "citation")?;
    let c: fr::Citation = fr::json_input::from_value(&value)
        .map_err(|e| rules_error(&e.into_error(fr::ErrorCode::InvalidInput, "引用", "citation")))?;
    Ok(c.text().map(str::to_owned))
}

#[allow(dead_code)]
fn options_get(options: &Option<OptionsArg>, key: &str) -> JsResult<JsValue> {
    match options {
        Some(o) => get(o, key),
        None => Ok(JsValue::UNDEFINED),
    }
}

// ---------------------------------------------------------------------------
// Process

#[cfg(feature = "process")]
mod process {
    use super::*;

    fn options_pair(options: &Option<OptionsArg>) -> JsResult<(fr::Calendar, fr::Ruleset)> {
        Ok((
            calendar_arg(&options_get(options, "calendar")?)?,
            ruleset_arg(&options_get(options, "ruleset")?)?,
        ))
    }

    fn event_arg(v: &JsValue) -> JsResult<fr::Event> {
        let text = json_arg(v, "event")?;
        fr::Event::from_json_str(&text).or_throw()
    }

    /// A project (开发项目 or 运维项目) and its events: the approval and lifecycle state machine.
    #[wasm_bindgen]
    pub struct Project {
        inner: fr::Project,
    }

    #[wasm_bindgen]
    impl Project {
        /// A new project with no events (state `proposed`); `kind` is `"development"` or `"om"`.
        #[wasm_bindgen(constructor)]
        pub fn new(
            #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
            #[wasm_bindgen(unchecked_param_type = "ProjectKind")] kind: JsValue,
        ) -> JsResult<Project> {
            let id = string_arg(&id, "id")?;
            let kind_text = string_arg(&kind, "kind")?;
            let kind: fr::model::ProjectKind =
                fr::json_input::from_value(&serde_json::Value::String(kind_text.clone())).map_err(|_| {
                    input_error(
                        format!("项目类型“{kind_text}”无效,应为 development 或 om"),
                        format!("project kind {kind_text:?} is invalid: expected \"development\" or \"om\""),
                    )
                })?;
            Ok(Project {
                inner: fr::Project::new(&id, kind),
            })
        }

        /// A project from its JSON record (`{"schema": 1, "id", "kind", "application", "events"}`),
        /// replaying every event under the given calendar and ruleset.
        #[wasm_bindgen(js_name = fromJson)]
        pub fn from_json(
            #[wasm_bindgen(unchecked_param_type = "ProjectRecord | string")] json: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<Project> {
            let text = json_arg(&json, "project")?;
            let (cal, rules) = options_pair(&options)?;
            fr::Project::from_json_str_with(&text, &rules, &cal)
                .map(|inner| Project { inner })
                .or_throw()
        }

        /// Applies one event; a refused event throws a `RulesError` and leaves the project unchanged.
        pub fn apply(
            &mut self,
            #[wasm_bindgen(unchecked_param_type = "ProjectEvent | string")] event: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<()> {
            let ev = event_arg(&event)?;
            let (cal, rules) = options_pair(&options)?;
            self.inner.apply_with(ev, &rules, &cal).or_throw()
        }

        /// The current state (snake_case).
        #[wasm_bindgen(getter, unchecked_return_type = "State")]
        pub fn state(&self) -> JsResult<JsValue> {
            to_js(&self.inner.state())
        }

        /// The project's id.
        #[wasm_bindgen(getter)]
        pub fn id(&self) -> String {
            self.inner.id().to_owned()
        }

        /// The status on `asOf`: state, open obligations with due dates and explanations, overdue ones.
        #[wasm_bindgen(unchecked_return_type = "Status")]
        pub fn status(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            let status = self.inner.status(as_of, &cal, &rules).or_throw()?;
            // Like `explainDueDate`, every explanation carries its rendered sentences.
            let mut value = serde_json::to_value(&status).map_err(|e| input_error(e.to_string(), e.to_string()))?;
            if let Some(items) = value.get_mut("obligations").and_then(serde_json::Value::as_array_mut) {
                for (item, obligation) in items.iter_mut().zip(&status.obligations) {
                    if let (Some(map), Some(e)) = (
                        item.get_mut("explanation").and_then(serde_json::Value::as_object_mut),
                        obligation.explanation.as_ref(),
                    ) {
                        map.insert("sentence_zh".into(), e.sentence_zh().into());
                        map.insert("sentence_en".into(), e.sentence_en().into());
                    }
                }
            }
            to_js(&value)
        }

        /// The project record as JSON text (what `Project.fromJson` reads back).
        #[wasm_bindgen(js_name = toJson)]
        pub fn to_json_text(&self) -> String {
            self.inner.to_json()
        }

        /// The project record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ProjectRecord")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.inner.to_record())
        }

        /// The project's timeline as a Mermaid `gantt` diagram.
        #[wasm_bindgen(js_name = timelineMermaid)]
        pub fn timeline_mermaid(&self, options: Option<OptionsArg>) -> JsResult<String> {
            let (cal, rules) = options_pair(&options)?;
            self.inner.timeline_mermaid(&cal, &rules).or_throw()
        }
    }

    /// The whole approval and lifecycle process as a Mermaid `stateDiagram-v2`.
    #[wasm_bindgen(js_name = processMermaid)]
    pub fn process_mermaid() -> String {
        fr::Process::mermaid()
    }
}

// ---------------------------------------------------------------------------
// Checks

#[cfg(feature = "checks")]
mod checks {
    use super::*;

    fn run_check(name: &str, input: &JsValue) -> JsResult<JsValue> {
        let value = json_value_arg(input, "input")?;
        let out = fr::checks::run_json(name, &value).or_throw()?;
        to_js(&out)
    }

    /// Runs the check `name` (see `checkNames()`) on a JSON input.
    #[wasm_bindgen(js_name = runCheck, unchecked_return_type = "CheckReport | LabelReport | PriorityResult")]
    pub fn run_check_js(
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "object | string")] input: JsValue,
    ) -> JsResult<JsValue> {
        let name = string_arg(&name, "name")?;
        run_check(&name, &input)
    }

    /// The names `runCheck` accepts.
    #[wasm_bindgen(js_name = checkNames, unchecked_return_type = "string[]")]
    pub fn check_names() -> JsResult<JsValue> {
        to_js(fr::checks::CHECK_NAMES)
    }

    macro_rules! check_fn {
        ($rust:ident, $js:literal, $name:literal, $input:literal, $output:literal, $doc:literal) => {
            #[doc = $doc]
            #[wasm_bindgen(js_name = $js, unchecked_return_type = $output)]
            pub fn $rust(#[wasm_bindgen(unchecked_param_type = $input)] input: JsValue) -> JsResult<JsValue> {
                run_check($name, &input)
            }
        };
    }

    check_fn!(
        check_planning_dossier,
        "checkPlanningDossier",
        "planning_dossier",
        "PlanningDossier | string",
        "CheckReport",
        "第十六条: the development plan's required elements (应用开发方案)."
    );
    check_fn!(
        check_joint_review,
        "checkJointReview",
        "joint_review",
        "JointReview | string",
        "CheckReport",
        "第二十二条、第二十三条: the joint review (联合评审)."
    );
    check_fn!(
        check_acceptance,
        "checkAcceptance",
        "acceptance",
        "AcceptanceDossier | string",
        "CheckReport",
        "第三十四条: the acceptance conditions (验收)."
    );
    check_fn!(
        check_catalog,
        "checkCatalog",
        "catalog",
        "CatalogDossier | string",
        "CheckReport",
        "第七条: the application catalog (应用编目)."
    );
    check_fn!(
        check_deregistration,
        "checkDeregistration",
        "deregistration",
        "DeregistrationDossier | string",
        "CheckReport",
        "第四十条、第四十一条: deregistration (注销)."
    );
    check_fn!(
        label_actions,
        "labelActions",
        "label_actions",
        "LabelInput | string",
        "LabelReport",
        "第三十八条: the actions each label (标签) calls for."
    );
    check_fn!(
        priority_categories,
        "priorityCategories",
        "priority_categories",
        "PriorityInput | string",
        "PriorityResult",
        "第十八条: the priority categories (优先支持) a project matches."
    );
}
