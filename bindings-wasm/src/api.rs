//! The wasm-bindgen exports: convert → call the core → map the error.

use crate::js::*;
use fuling_rules as fr;
use fuling_rules::call::host::{Expected, Handles};
use fuling_rules::call::{self, Whole};
use js_sys::{JsString, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

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
fn calendar_arg(v: &JsValue) -> JsResult<fr::Calendar> {
    if v.is_undefined() || v.is_null() {
        return Ok(fr::Calendar::official());
    }
    let not_calendar = || wrong(v, "calendar", Expected::Calendar);
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
        if !options.is_object() && !options.is_undefined() && !options.is_null() {
            return Err(wrong(&options, "options", Expected::Object));
        }
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
                    self.inner.$f($(kind::$kind(&$arg, stringify!($arg))?),*)?.answer()
                }
            )*
        }
    };
}

/// The readers of the argument kinds of the core's calendar table.
mod kind {
    pub(super) use super::{count_arg as count, date_arg as date, period_arg as period};
}

fr::for_each_calendar_fn!(calendar_methods);

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

/// Notices: the main module applies notice DATA (a `ParsedNotice`); the reader of notice texts
/// is the optional module `fuling-rules/notice` (crate `bindings-wasm/notice`), so a page that
/// never reads a notice does not load it.
#[wasm_bindgen]
impl Calendar {
    /// This calendar with a State Council notice added: `notice` is what `parseNotice` of the
    /// optional module `fuling-rules/notice` returns (a `ParsedNotice` object or its JSON text).
    /// Its days replace earlier entries, the coverage grows to the end of its year, and the
    /// version (hence every receipt) gains `+notice-<id>`. Notice text throws `invalid_input`
    /// naming that module; wrong notice data throws `invalid_calendar_data`.
    #[wasm_bindgen(js_name = withNotice)]
    pub fn with_notice(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ParsedNotice | string")] notice: JsValue,
    ) -> JsResult<Calendar> {
        let text = notice_arg(&notice, "notice")?;
        if !is_notice_data(&text) {
            return Err(fr::Error::new(
                fr::ErrorCode::InvalidInput,
                "withNotice 接受通知数据(ParsedNotice);通知文本请先用可选模块 fuling-rules/notice 的 parseNotice 读取",
                "withNotice takes notice data (a ParsedNotice); read a notice's text with parseNotice of the optional module fuling-rules/notice first",
            )
            .into());
        }
        let parsed = fr::calendar::ParsedNotice::from_json_str(&text)?;
        Ok(Calendar::wrap(self.inner.with_parsed_notice(&parsed)?))
    }

    /// The ids of the notices loaded beyond the data the calendar started from.
    #[wasm_bindgen(getter, js_name = loadedNotices, unchecked_return_type = "string[]")]
    pub fn loaded_notices(&self) -> JsValue {
        strings(self.inner.loaded_notices().iter().map(|n| n.id.as_str()))
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
    /// Parses `5000000`, `5,000,000.00`, `500万元`, `¥5,000,000` or 大写 `人民币伍佰万元整`.
    pub fn parse(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> JsResult<Amount> {
        Ok(Amount(fr::Amount::parse(&string_arg(&text, "text")?)?))
    }

    /// An amount of `fen` 分, given as a BigInt.
    #[wasm_bindgen(js_name = fromFen)]
    pub fn from_fen(#[wasm_bindgen(unchecked_param_type = "bigint")] fen: JsValue) -> JsResult<Amount> {
        if !fen.is_bigint() {
            return Err(wrong(&fen, "fen", Expected::BigInt));
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
    pub fn to_yuan_string(&self) -> JsString {
        self.0.to_yuan_string().into()
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

    /// The uppercase Chinese form used on finance forms, e.g. `人民币伍佰万元整`.
    #[wasm_bindgen(js_name = toChineseUppercase)]
    pub fn to_chinese_uppercase(&self) -> JsString {
        self.0.to_chinese_uppercase().into()
    }
}

/// 第二十条: whether a development funding plan of `amount` must be filed with the
/// municipal Big Data Bureau: `amount` ≥ 500万元 (含), or the given ruleset's threshold.
#[wasm_bindgen(js_name = requiresMunicipalFiling)]
pub fn requires_municipal_filing(
    #[wasm_bindgen(unchecked_param_type = "Amount | string")] amount: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Ruleset | string | null")] ruleset: JsValue,
) -> JsResult<bool> {
    let a = amount_arg(&amount)?;
    Ok(ruleset_arg(&ruleset)?.requires_municipal_filing(a))
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

    fn options_pair(options: &JsValue) -> JsResult<(fr::Calendar, fr::Ruleset)> {
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
            let kind: fr::ProjectKind = call::named(&string_arg(&kind, "kind")?)?;
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
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<Project> {
            let text = json_arg(&json, "project")?;
            let (cal, rules) = options_pair(&options)?;
            let app = option(&options, "application")?;
            let app = match app.is_undefined() || app.is_null() {
                true => None,
                false => Some(json_value_arg(&app, "application")?),
            };
            let app = app.as_ref().map(call::ProjectApplication::Json);
            Ok(Project {
                inner: call::load_project(&text, app, &rules, &cal)?,
            })
        }

        /// Appends one event, or a correction or void; a refused one throws a `RulesError` and
        /// leaves the project unchanged.
        pub fn apply(
            &mut self,
            #[wasm_bindgen(unchecked_param_type = "ProjectEntry | string")] event: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<()> {
            let entry: fr::records::Entry<fr::Event> = fr::json_input::from_str(&json_arg(&event, "event")?)?;
            let (cal, rules) = options_pair(&options)?;
            Ok(self.inner.record_with(entry, &rules, &cal)?)
        }

        /// The id of the ruleset the project is kept under, if recorded.
        #[wasm_bindgen(getter, js_name = rulesetId)]
        pub fn ruleset_id(&self) -> Option<JsString> {
            self.inner.ruleset_id().map(JsString::from)
        }

        /// The status on `asOf` under the ruleset of `rulesets` in force on that date (第四十五条),
        /// with warnings where the record was kept under another.
        #[cfg(feature = "records")]
        #[wasm_bindgen(js_name = statusIn, unchecked_return_type = "Status")]
        pub fn status_in(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            #[wasm_bindgen(unchecked_param_type = "(Ruleset | string)[]")] rulesets: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let cal = calendar_arg(&option(&options, "calendar")?)?;
            let list = array_arg(&rulesets, "rulesets")?;
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
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            to_js(&self.inner.status_with(&application.inner, as_of, &cal, &rules)?)
        }

        /// The current state (snake_case).
        #[wasm_bindgen(getter, unchecked_return_type = "State")]
        pub fn state(&self) -> JsString {
            self.inner.state().as_str().into()
        }

        /// The project's id.
        #[wasm_bindgen(getter)]
        pub fn id(&self) -> JsString {
            self.inner.id().into()
        }

        /// The status on `asOf`: state, open obligations with due dates and explanations, overdue ones.
        #[wasm_bindgen(unchecked_return_type = "Status")]
        pub fn status(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            to_js(&self.inner.status(as_of, &cal, &rules)?)
        }

        /// The project record as JSON text (what `Project.fromJson` reads back).
        #[wasm_bindgen(js_name = toJson)]
        pub fn to_json_text(&self) -> JsString {
            self.inner.to_json().into()
        }

        /// The project record as a plain object (`JSON.stringify` uses it).
        #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ProjectRecord")]
        pub fn to_json_value(&self) -> JsResult<JsValue> {
            to_js(&self.inner)
        }

        /// The project's timeline as a Mermaid `gantt` diagram.
        #[wasm_bindgen(js_name = timelineMermaid)]
        pub fn timeline_mermaid(
            &self,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsString> {
            let (cal, rules) = options_pair(&options)?;
            Ok(self.inner.timeline_mermaid(&cal, &rules)?.into())
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
            Ok(ApplicationRecord {
                inner: call::application_record(&json_value_arg(&application, "application")?)?,
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
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<()> {
            let entry: fr::records::Entry<fr::records::ApplicationEvent> =
                fr::json_input::from_str(&json_arg(&event, "event")?)?;
            let (_, rules) = options_pair(&options)?;
            Ok(self.inner.record_with(entry, &rules)?)
        }

        /// The application's id.
        #[wasm_bindgen(getter)]
        pub fn id(&self) -> JsString {
            self.inner.application().id.as_str().into()
        }

        /// The status on `asOf`: state, release channel, labels, obligations (第四十二条).
        #[wasm_bindgen(unchecked_return_type = "ApplicationStatus")]
        pub fn status(
            &self,
            #[wasm_bindgen(unchecked_param_type = "string")] as_of: JsValue,
            #[wasm_bindgen(unchecked_optional_param_type = "StatusOptions | null")] options: JsValue,
        ) -> JsResult<JsValue> {
            let as_of = date_arg(&as_of, "asOf")?;
            let (cal, rules) = options_pair(&options)?;
            to_js(&self.inner.status(as_of, &cal, &rules)?)
        }

        /// The record as JSON text (what `ApplicationRecord.fromJson` reads back).
        #[wasm_bindgen(js_name = toJson)]
        pub fn to_json_text(&self) -> JsString {
            self.inner.to_json().into()
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
