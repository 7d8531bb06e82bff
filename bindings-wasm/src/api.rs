//! The wasm-bindgen exports: convert → call the core → map the error.

use fuling_rules as fr;
use fuling_rules::call::{self, Whole};
use fuling_rules::json_output::ToJson;
use js_sys::Reflect;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

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
    /// `{ provisionalUntil? }`.
    #[wasm_bindgen(typescript_type = "OfficialOptions")]
    pub type OfficialArg;
}

// ---------------------------------------------------------------------------
// Errors

/// What an export throws: the core's error (as a `RulesError`) or a JS error (a `TypeError`).
pub enum Throw {
    /// From the core.
    Core(fr::Error),
    /// Already a JS value.
    Js(JsValue),
}

type JsResult<T> = Result<T, Throw>;

impl From<fr::Error> for Throw {
    fn from(e: fr::Error) -> Self {
        Throw::Core(e)
    }
}

impl From<JsValue> for Throw {
    fn from(e: JsValue) -> Self {
        Throw::Js(e)
    }
}

/// A thrown `RulesError`: a JS `Error` with `code`, `article`, `message_zh`, `message_en`.
impl From<Throw> for JsValue {
    fn from(t: Throw) -> JsValue {
        let e = match t {
            Throw::Core(e) => e,
            Throw::Js(v) => return v,
        };
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
}

fn type_error(msg: &str) -> Throw {
    Throw::Js(js_sys::TypeError::new(msg).into())
}

fn type_name(v: &JsValue) -> String {
    v.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
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

/// A string argument (at most `call::MAX_TEXT_BYTES`); anything else is a `TypeError`.
fn string_arg(v: &JsValue, what: &str) -> JsResult<String> {
    let s = v
        .as_string()
        .ok_or_else(|| type_error(&format!("{what} must be a string, got {}", type_name(v))))?;
    call::check_text(&s)?;
    Ok(s)
}

/// An ISO `YYYY-MM-DD` date argument.
fn date_arg(v: &JsValue, what: &str) -> JsResult<chrono::NaiveDate> {
    let s = v.as_string().ok_or_else(|| {
        type_error(&format!(
            "{what} must be an ISO date string (YYYY-MM-DD), got {}",
            type_name(v)
        ))
    })?;
    Ok(fr::calendar::parse_date(&s)?)
}

/// A day count: a JS number, read by the core's `call::day_count`.
fn count_arg(v: &JsValue) -> JsResult<u32> {
    let n = v
        .as_f64()
        .ok_or_else(|| type_error(&format!("n must be a number, got {}", type_name(v))))?;
    Ok(call::day_count(Whole::Number(n))?)
}

/// JSON text of an argument given either as a JSON string or as a JS value
/// (serialised with `JSON.stringify`, so `toJSON` methods such as `Amount`'s apply).
fn json_arg(v: &JsValue, what: &str) -> JsResult<String> {
    if v.is_string() {
        return string_arg(v, what);
    }
    if v.is_undefined() || v.is_function() || v.is_symbol() {
        return Err(type_error(&format!(
            "{what} must be an object or a JSON string, got {}",
            type_name(v)
        )));
    }
    match js_sys::JSON::stringify(v) {
        Ok(js) => string_arg(&js.into(), what),
        // A cycle or a BigInt is a TypeError already; a stack overflow (too deep) is a RangeError.
        Err(e) if e.is_instance_of::<js_sys::TypeError>() => Err(Throw::Js(e)),
        Err(_) => Err(Throw::Core(fr::Error::new(
            fr::ErrorCode::InputTooLarge,
            format!("{what} 嵌套过深或过大,无法处理"),
            format!("{what} is nested too deeply or too large"),
        ))),
    }
}

/// A JSON argument parsed by the core (`invalid_json` when malformed).
fn json_value_arg(v: &JsValue, what: &str) -> JsResult<serde_json::Value> {
    Ok(fr::json_input::parse_value(&json_arg(v, what)?)?)
}

/// A period: a `Period` object, or text — its JSON form or the regulation's wording
/// ("5个工作日内"), read by the core's `call::period_text` (other types are a `TypeError`, as in Python).
fn period_arg(v: &JsValue) -> JsResult<fr::Period> {
    if v.is_string() {
        return Ok(call::period_text(&string_arg(v, "period")?)?);
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(type_error(&format!(
            "period must be a Period object or text such as \"5个工作日内\", got {}",
            type_name(v)
        )));
    }
    Ok(call::period(&json_value_arg(v, "period")?)?)
}

/// A year: a JS number, read by the core's `call::year`.
fn year_arg(v: &JsValue, what: &str) -> JsResult<i32> {
    let n = v
        .as_f64()
        .ok_or_else(|| type_error(&format!("{what} must be a number (a year), got {}", type_name(v))))?;
    Ok(call::year(Whole::Number(n))?)
}

// ---------------------------------------------------------------------------
// Calendar

thread_local! {
    /// Live calendars by handle, so a `Calendar` can be passed inside an options object.
    /// A list, not a `BTreeMap`: a B-tree's removal code costs the `.wasm` ~3 KB per map type
    /// (benches/README.md, WASM), and a page holds a handful of calendars.
    static CALENDARS: RefCell<Vec<(u32, fr::Calendar)>> = const { RefCell::new(Vec::new()) };
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
            if let Ok(mut list) = c.try_borrow_mut() {
                if let Some(i) = list.iter().position(|(h, _)| *h == self.handle) {
                    list.swap_remove(i);
                }
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
            if let Ok(mut list) = c.try_borrow_mut() {
                match list.iter_mut().find(|(h, _)| *h == handle) {
                    Some((_, cal)) => *cal = inner.clone(),
                    None => list.push((handle, inner.clone())),
                }
            }
        });
        Calendar { inner, handle }
    }
}

/// Resolves an optional calendar argument: undefined/null → the official calendar.
fn calendar_arg(v: &JsValue) -> JsResult<fr::Calendar> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Calendar::official());
    }
    let not_calendar = || type_error("calendar must be a Calendar (Calendar.official() or Calendar.fromJson(...))");
    let handle = match v.is_object() {
        true => Reflect::get(v, &"__fulingCalendarHandle".into()).map_err(|_| not_calendar())?,
        false => return Err(not_calendar()),
    };
    let handle = handle.as_f64().ok_or_else(not_calendar)?;
    CALENDARS
        .with(|c| {
            let handle = handle as u32;
            c.try_borrow()
                .ok()
                .and_then(|list| list.iter().find(|(h, _)| *h == handle).map(|(_, cal)| cal.clone()))
        })
        .ok_or_else(not_calendar)
}

#[wasm_bindgen]
impl Calendar {
    /// The official calendar (State Council notices, 调休 included). With
    /// `{ provisionalUntil: 2035 }`, the years after the last loaded notice through that year
    /// are provisional (全国年节及纪念日放假办法, no 调休), labelled in `DayInfo.provisional`
    /// and `Explanation.provisional_from`.
    pub fn official(options: Option<OfficialArg>) -> JsResult<Calendar> {
        let until = match &options {
            Some(o) if o.is_object() => Reflect::get(o, &"provisionalUntil".into())
                .map_err(|_| type_error("cannot read option provisionalUntil"))?,
            Some(o) if !o.is_undefined() && !o.is_null() => {
                return Err(type_error(&format!("options must be an object, got {}", type_name(o))))
            }
            _ => JsValue::UNDEFINED,
        };
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
    pub fn provisional_from(&self) -> Option<String> {
        self.inner.provisional_from().map(|d| d.to_string())
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
    pub fn version(&self) -> String {
        self.inner.version().to_owned()
    }

    #[doc(hidden)]
    #[wasm_bindgen(getter = __fulingCalendarHandle, skip_typescript)]
    pub fn handle(&self) -> u32 {
        self.handle
    }
}

/// Each operation once: a `Calendar` method and a module function that takes an
/// optional calendar last (the official one when absent).
macro_rules! calendar_api {
    ($( $(#[$($m:tt)*])* fn $name:ident($($arg:ident: $ts:literal),*) -> $ret:ty = |$cal:ident| $body:expr; )*) => {
        #[wasm_bindgen]
        impl Calendar {
            $(
                $(#[$($m)*])*
                pub fn $name(&self, $(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: JsValue),*) -> JsResult<$ret> {
                    let $cal = &self.inner;
                    Ok($body)
                }
            )*
        }
        /// The calendar API as module functions.
        mod calendar_functions {
            use super::*;
            $(
                $(#[$($m)*])*
                pub fn $name($(#[wasm_bindgen(unchecked_param_type = $ts)] $arg: JsValue,)* calendar: Option<CalendarArg>) -> JsResult<$ret> {
                    let c = match calendar {
                        Some(c) => calendar_arg(&c)?,
                        None => fr::Calendar::official(),
                    };
                    let $cal = &c;
                    Ok($body)
                }
            )*
        }
    };
}

calendar_api! {
    /// Whether `date` is a working day.
    #[wasm_bindgen(js_name = isWorkingDay)]
    fn is_working_day(date: "string") -> bool = |cal| cal.is_working_day(date_arg(&date, "date")?)?;

    /// The `n`-th working day after `date`; `date` itself is never counted ("N个工作日内").
    #[wasm_bindgen(js_name = addWorkingDays)]
    fn add_working_days(date: "string", n: "number") -> String =
        |cal| cal.add_working_days(date_arg(&date, "date")?, count_arg(&n)?)?.to_string();

    /// The `n`-th working day before `date` ("申报前N个工作日").
    #[wasm_bindgen(js_name = subWorkingDays)]
    fn sub_working_days(date: "string", n: "number") -> String =
        |cal| cal.sub_working_days(date_arg(&date, "date")?, count_arg(&n)?)?.to_string();

    /// The number of working days after `start` up to and including `end`.
    #[wasm_bindgen(js_name = workingDaysBetween)]
    fn working_days_between(start: "string", end: "string") -> u32 =
        |cal| cal.working_days_between(date_arg(&start, "start")?, date_arg(&end, "end")?)?;

    /// The first working day on or after `date`.
    #[wasm_bindgen(js_name = nextWorkingDay)]
    fn next_working_day(date: "string") -> String = |cal| cal.next_working_day(date_arg(&date, "date")?)?.to_string();

    /// The last working day on or before `date`.
    #[wasm_bindgen(js_name = previousWorkingDay)]
    fn previous_working_day(date: "string") -> String =
        |cal| cal.previous_working_day(date_arg(&date, "date")?)?.to_string();

    /// What the calendar says about `date`.
    #[wasm_bindgen(js_name = dayInfo, unchecked_return_type = "DayInfo")]
    fn day_info(date: "string") -> JsValue = |cal| to_js(&cal.day_info(date_arg(&date, "date")?)?)?;

    /// The due date of `period` from `start` (民法典 第二百零一条至第二百零三条 for day and month periods).
    #[wasm_bindgen(js_name = dueDate)]
    fn due_date(start: "string", period: "Period | string") -> String =
        |cal| fr::due_date(date_arg(&start, "start")?, period_arg(&period)?, cal)?.to_string();

    /// The due date of `period` from `start`, explained (with `sentence_zh` and `sentence_en`).
    #[wasm_bindgen(js_name = explainDueDate, unchecked_return_type = "Explanation")]
    fn explain_due_date(start: "string", period: "Period | string") -> JsValue =
        |cal| to_js(&fr::explain_due_date(date_arg(&start, "start")?, period_arg(&period)?, cal)?)?;
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
        pub fn loaded_notices(&self) -> JsResult<JsValue> {
            to_js(
                &self
                    .inner
                    .loaded_notices()
                    .iter()
                    .map(|n| n.id.as_str())
                    .collect::<Vec<_>>(),
            )
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
#[derive(Clone)]
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
        Ok(Amount(fr::Amount::parse(&string_arg(&text, "text")?)?))
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

fn ruleset_arg(v: &JsValue) -> JsResult<fr::Ruleset> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Ruleset::default());
    }
    Ok(fr::Ruleset::from_json_str(&json_arg(v, "ruleset")?)?)
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
    to_js(&fr::ErrorCode::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>())
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
    let c: fr::Citation = fr::json_input::from_value(&value).map_err(|e| e.into_input_error())?;
    Ok(c.text().map(str::to_owned))
}

// ---------------------------------------------------------------------------
// Process

#[cfg(feature = "process")]
mod process {
    use super::*;

    fn option(options: &Option<OptionsArg>, key: &str) -> JsResult<JsValue> {
        match options {
            Some(o) if o.is_object() => {
                Reflect::get(o, &key.into()).map_err(|_| type_error(&format!("cannot read option {key}")))
            }
            _ => Ok(JsValue::UNDEFINED),
        }
    }

    fn options_pair(options: &Option<OptionsArg>) -> JsResult<(fr::Calendar, fr::Ruleset)> {
        Ok((
            calendar_arg(&option(options, "calendar")?)?,
            ruleset_arg(&option(options, "ruleset")?)?,
        ))
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
            let kind = serde_json::Value::String(string_arg(&kind, "kind")?);
            let kind = fr::json_input::from_value(&kind).map_err(|e| e.into_input_error())?;
            Ok(Project {
                inner: fr::Project::new(&id, kind),
            })
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
            options: Option<OptionsArg>,
        ) -> JsResult<Project> {
            let text = json_arg(&json, "project")?;
            let (cal, rules) = options_pair(&options)?;
            let app = option(&options, "application")?;
            if !(app.is_undefined() || app.is_null()) {
                let app = json_value_arg(&app, "application")?;
                // An application record (`{"schema": 2, "application", "events"}`, e.g.
                // `appRecord.toJSON()`): its catalog too (第七条, 第三十七条); else its metadata.
                let inner = if app.get("schema").is_some() {
                    let record = fr::records::ApplicationRecord::from_json_str(&fr::json_output::to_string(&app))?;
                    fr::Project::from_json_str_for(&text, &record, &rules, &cal)?
                } else {
                    let app: fr::Application = fr::json_input::from_value(&app).map_err(|e| e.into_input_error())?;
                    fr::Project::from_json_str_in(&text, &app, &rules, &cal)?
                };
                return Ok(Project { inner });
            }
            Ok(Project {
                inner: fr::Project::from_json_str_with(&text, &rules, &cal)?,
            })
        }

        /// Appends one event, or a correction or void; a refused one throws a `RulesError` and
        /// leaves the project unchanged.
        pub fn apply(
            &mut self,
            #[wasm_bindgen(unchecked_param_type = "ProjectEntry | string")] event: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<()> {
            let entry: fr::records::Entry<fr::Event> = fr::json_input::from_str(&json_arg(&event, "event")?)?;
            let (cal, rules) = options_pair(&options)?;
            Ok(self.inner.record_with(entry, &rules, &cal)?)
        }

        /// The id of the ruleset the project is kept under, if recorded.
        #[wasm_bindgen(getter, js_name = rulesetId)]
        pub fn ruleset_id(&self) -> Option<String> {
            self.inner.ruleset_id().map(str::to_owned)
        }

        /// The status on `asOf` under the ruleset of `rulesets` in force on that date (第四十五条),
        /// with warnings where the record was kept under another.
        #[cfg(feature = "records")]
        #[wasm_bindgen(js_name = statusIn, unchecked_return_type = "Status")]
        pub fn status_in(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            #[wasm_bindgen(unchecked_param_type = "(Ruleset | string)[]")] rulesets: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let cal = calendar_arg(&option(&options, "calendar")?)?;
            let list = js_sys::Array::try_from(rulesets).map_err(|_| type_error("rulesets must be an array"))?;
            let sets: Vec<fr::Ruleset> = list.iter().map(|r| ruleset_arg(&r)).collect::<JsResult<_>>()?;
            let sets = fr::records::Rulesets::new(sets)?;
            to_js(&self.inner.status_in(as_of, &cal, &sets)?)
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
            options: Option<OptionsArg>,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            to_js(&self.inner.status_with(&application.inner, as_of, &cal, &rules)?)
        }

        /// The current state (snake_case).
        #[wasm_bindgen(getter, unchecked_return_type = "State")]
        pub fn state(&self) -> String {
            self.inner.state().as_str().to_owned()
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
            to_js(&self.inner.status(as_of, &cal, &rules)?)
        }

        /// The project record as JSON text (what `Project.fromJson` reads back).
        #[wasm_bindgen(js_name = toJson)]
        pub fn to_json_text(&self) -> String {
            self.inner.to_json()
        }

        /// The project record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ProjectRecord")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.inner)
        }

        /// The project's timeline as a Mermaid `gantt` diagram.
        #[wasm_bindgen(js_name = timelineMermaid)]
        pub fn timeline_mermaid(&self, options: Option<OptionsArg>) -> JsResult<String> {
            let (cal, rules) = options_pair(&options)?;
            Ok(self.inner.timeline_mermaid(&cal, &rules)?)
        }
    }

    /// The whole approval and lifecycle process as a Mermaid `stateDiagram-v2`.
    #[wasm_bindgen(js_name = processMermaid)]
    pub fn process_mermaid() -> String {
        fr::Process::mermaid()
    }

    /// An application record (应用档案, schema 2): the application's metadata and its own events
    /// (release channel, 第三十八条 labels, 第三十九条 evaluation and 整改, 第四十条至第四十二条
    /// deregistration), state and status.
    #[cfg(feature = "records")]
    #[wasm_bindgen]
    pub struct ApplicationRecord {
        inner: fr::records::ApplicationRecord,
    }

    #[cfg(feature = "records")]
    #[wasm_bindgen]
    impl ApplicationRecord {
        /// A new record for `application` (`{"id", "name", ...}`; `id` is required).
        #[wasm_bindgen(constructor)]
        pub fn new(
            #[wasm_bindgen(unchecked_param_type = "Application | string")] application: JsValue,
        ) -> JsResult<ApplicationRecord> {
            let app: fr::Application = fr::json_input::from_str(&json_arg(&application, "application")?)?;
            let record = fr::records::ApplicationRecord::new(app);
            Ok(ApplicationRecord {
                inner: fr::records::ApplicationRecord::from_json_str(&record.to_json())?,
            })
        }

        /// A record from its JSON (`{"schema": 2, "application", "events"}`).
        #[wasm_bindgen(js_name = fromJson)]
        pub fn from_json(
            #[wasm_bindgen(unchecked_param_type = "ApplicationRecordJson | string")] json: JsValue,
        ) -> JsResult<ApplicationRecord> {
            Ok(ApplicationRecord {
                inner: fr::records::ApplicationRecord::from_json_str(&json_arg(&json, "application record")?)?,
            })
        }

        /// Appends one event, or a correction or void; a refused one throws and changes nothing.
        pub fn apply(
            &mut self,
            #[wasm_bindgen(unchecked_param_type = "ApplicationEntry | string")] event: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<()> {
            let entry: fr::records::Entry<fr::records::ApplicationEvent> =
                fr::json_input::from_str(&json_arg(&event, "event")?)?;
            let (_, rules) = options_pair(&options)?;
            Ok(self.inner.record_with(entry, &rules)?)
        }

        /// The application's id.
        #[wasm_bindgen(getter)]
        pub fn id(&self) -> String {
            self.inner.application().id.clone()
        }

        /// The status on `asOf`: state, release channel, labels, obligations (第四十二条).
        #[wasm_bindgen(unchecked_return_type = "ApplicationStatus")]
        pub fn status(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            options: Option<OptionsArg>,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            to_js(&self.inner.status(as_of, &cal, &rules)?)
        }

        /// The record as JSON text (what `ApplicationRecord.fromJson` reads back).
        #[wasm_bindgen(js_name = toJson)]
        pub fn to_json_text(&self) -> String {
            self.inner.to_json()
        }

        /// The record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ApplicationRecordJson")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.inner)
        }
    }

    /// Migrates stored project files (schema 1 or 2) to schema 2: `projects` (with `notes`),
    /// `applications`, `conflicts` and `refused` (see `docs/records.md`).
    #[cfg(feature = "records")]
    #[wasm_bindgen(unchecked_return_type = "MigrationReport")]
    pub fn migrate(
        #[wasm_bindgen(unchecked_param_type = "(ProjectRecord | string)[]")] records: JsValue,
    ) -> JsResult<JsValue> {
        let list = js_sys::Array::try_from(records).map_err(|_| type_error("records must be an array"))?;
        let texts: Vec<String> = list.iter().map(|r| json_arg(&r, "record")).collect::<JsResult<_>>()?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        to_js(&fr::records::migrate(&refs))
    }
}

// ---------------------------------------------------------------------------
// Checks (generated from the core's table, `fuling_rules::for_each_check!`)

#[cfg(feature = "checks")]
mod checks {
    use super::*;
    use fuling_rules::call::Check;

    fn run(check: Check, input: &JsValue) -> JsResult<JsValue> {
        to_js(&fr::checks::run_json(check.name(), &json_value_arg(input, "input")?)?)
    }

    /// Runs the check `name` (see `checkNames()`) on a JSON input.
    #[wasm_bindgen(js_name = runCheck, unchecked_return_type = "CheckReport | LabelReport | PriorityResult")]
    pub fn run_check(
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "object | string")] input: JsValue,
    ) -> JsResult<JsValue> {
        run(Check::from_name(&string_arg(&name, "name")?)?, &input)
    }

    /// The names `runCheck` accepts.
    #[wasm_bindgen(js_name = checkNames, unchecked_return_type = "string[]")]
    pub fn check_names() -> JsResult<JsValue> {
        to_js(Check::NAMES)
    }

    macro_rules! check_functions {
        ($( $v:ident = $name:literal, $f:ident($arg:ident), $js:tt, $in:ident $ts:tt => $out:tt, [$($art:literal),*], $doc:tt; )*) => {
            $(
                #[doc = $doc]
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $out)]
                pub fn $f(#[wasm_bindgen(unchecked_param_type = $ts)] input: JsValue) -> JsResult<JsValue> {
                    run(Check::$v, &input)
                }
            )*
        };
    }

    fuling_rules::for_each_check!(check_functions);
}
