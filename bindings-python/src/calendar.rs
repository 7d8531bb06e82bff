//! Working-day calendar, periods and due dates. The calendar API is written once
//! (`calendar_api!`): each operation is a `Calendar` method and a module function on
//! the official calendar.

use crate::arrays::{query, Dates, Ns};
use crate::convert::{str_of, Count, Date, Json, JsonText, Plain, Record, Text, Year};
use crate::errors::{type_error, R};
use fuling_rules::call::{CalendarDates, CalendarOp as Op};
use fuling_rules::{Calendar, Period};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use std::sync::OnceLock;

/// The official calendar, built once per process.
pub fn official() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::official)
}

/// A period (期限): a count of working days, days or months, forward or
/// backward, deadline or minimum duration. Immutable and hashable; its JSON
/// form is `{"unit", "count", "direction", "kind"}`.
///
/// >>> from fuling_rules import Period
/// >>> p = Period.working_days(10).before()
/// >>> p
/// Period(unit='working_days', count=10, direction='before', kind='deadline')
/// >>> str(p), p.zh()
/// ('10 working days before', '前10个工作日')
/// >>> Period.from_dict({"unit": "days", "count": 90, "kind": "minimum"}) == Period.days(90).minimum()
/// True
#[pyclass(name = "Period", module = "fuling_rules._native", frozen, eq, hash)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PyPeriod(pub Period);

/// A `Period`, its JSON form as a dict, or text: JSON text or the regulation's wording
/// ("5个工作日内", "不低于90天"), read by the core's `call::period_text`.
pub struct PeriodArg(pub Period);

impl<'a, 'py> FromPyObject<'a, 'py> for PeriodArg {
    type Error = crate::errors::Fail;
    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> R<Self> {
        if let Ok(p) = obj.cast::<PyPeriod>() {
            return Ok(PeriodArg(p.get().0));
        }
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(PeriodArg(fuling_rules::call::period_text(&str_of(&s)?)?));
        }
        if obj.cast::<PyDict>().is_err() {
            return Err(type_error(format!("expected Period, dict or str, got {}", obj.get_type().name()?)).into());
        }
        Ok(PeriodArg(fuling_rules::call::period(&obj.extract::<Json>()?.0)?))
    }
}

/// The snake_case name of a unit enum (its JSON form).
fn name<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

methods! { PyPeriod {
    /// `Period(unit, count, direction="after", kind="deadline")`; unit is
    /// `"working_days"`, `"days"` or `"months"`.
    #[new]
    #[pyo3(signature = (unit, count, direction = None, kind = None))]
    fn new(unit: Text, count: Count, direction: Option<Text>, kind: Option<Text>) -> R<Self> = {
        let (d, k) = (direction.map_or("after".into(), |t| t.0), kind.map_or("deadline".into(), |t| t.0));
        let v = serde_json::json!({"unit": unit.0, "count": count.0, "direction": d, "kind": k});
        Ok(PyPeriod(fuling_rules::call::period(&v)?))
    };
    /// From the JSON form (a dict or JSON text; the regulation's wording is read too).
    #[staticmethod]
    fn from_dict(data: PeriodArg) -> Self = PyPeriod(data.0);
    /// From the regulation's wording: "5个工作日内", "60个工作日", "五个工作日", "1个月内",
    /// "90天", "不低于90天" (a minimum), "申报前10个工作日" (counted before). Other text is
    /// `invalid_input` naming the wordings expected.
    ///
    /// >>> from fuling_rules import Period
    /// >>> Period.parse("申报前10个工作日") == Period.working_days(10).before()
    /// True
    /// >>> Period.parse("不低于90天")
    /// Period(unit='days', count=90, direction='after', kind='minimum')
    #[staticmethod]
    fn parse(text: Text) -> R<Self> = Ok(PyPeriod(Period::parse(&text.0)?));
    /// N working days after (N个工作日内).
    #[staticmethod]
    fn working_days(count: Count) -> Self = PyPeriod(Period::working_days(count.0));
    /// N calendar days after (N天内).
    #[staticmethod]
    fn days(count: Count) -> Self = PyPeriod(Period::days(count.0));
    /// N months after (N个月内).
    #[staticmethod]
    fn months(count: Count) -> Self = PyPeriod(Period::months(count.0));
    /// The same period counted backward.
    fn before(&self) -> Self = PyPeriod(self.0.before());
    /// The same period as a minimum duration (never rolls).
    fn minimum(&self) -> Self = PyPeriod(self.0.minimum());
    /// `"working_days"`, `"days"` or `"months"`.
    #[getter]
    fn unit(&self) -> String = name(&self.0.unit);
    /// The count.
    #[getter]
    fn count(&self) -> u32 = self.0.count;
    /// `"after"` or `"before"`.
    #[getter]
    fn direction(&self) -> String = name(&self.0.direction);
    /// `"deadline"` or `"minimum"`.
    #[getter]
    fn kind(&self) -> String = name(&self.0.kind);
    /// Chinese wording, e.g. `5个工作日`.
    fn zh(&self) -> String = self.0.zh();
    /// The JSON form as a dict.
    fn to_dict(&self) -> Plain<Period> = Plain(self.0);
    fn __str__(&self) -> String = self.0.to_string();
    fn __repr__(&self) -> String =
        format!("Period(unit='{}', count={}, direction='{}', kind='{}')", self.unit(), self.0.count, self.direction(), self.kind());
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (String, u32, String, String)) =
        (slf.get_type().into_any(), (slf.get().unit(), slf.get().0.count, slf.get().direction(), slf.get().kind()));
}}

/// A working-day calendar: the official data (State Council notices, 调休
/// included) plus any local changes. Immutable.
///
/// >>> import datetime as dt
/// >>> from fuling_rules import Calendar
/// >>> cal = Calendar.official()
/// >>> cal.add_working_days(dt.date(2025, 9, 30), 5)
/// datetime.date(2025, 10, 14)
/// >>> local = Calendar.from_dates(holidays={dt.date(2025, 6, 3): "区级停工日"}, version="local-1")
/// >>> local.is_working_day(dt.date(2025, 6, 3)), local.version().endswith("+local-1")
/// (False, True)
#[pyclass(name = "Calendar", module = "fuling_rules._native", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyCalendar(pub Calendar);

/// The calendar argument of functions: `None` means the official one.
pub fn calendar_of<'a>(cal: &'a Option<PyRef<'_, PyCalendar>>) -> &'a Calendar {
    cal.as_ref().map_or(official(), |c| &c.0)
}

/// Dates (an iterable of `date`, or a mapping `date -> name`) for the builder.
fn named_dates(obj: Option<&Bound<'_, PyAny>>) -> R<Vec<(chrono::NaiveDate, Option<String>)>> {
    let Some(obj) = obj else { return Ok(Vec::new()) };
    if let Ok(d) = obj.cast::<PyDict>() {
        let name = |v: Bound<'_, PyAny>| {
            v.extract::<String>()
                .map_err(|_| type_error("calendar day names must be str"))
        };
        return d
            .iter()
            .map(|(k, v)| Ok((k.extract::<Date>()?.0, Some(name(v)?))))
            .collect();
    }
    if obj.cast::<PyString>().is_ok() {
        return Err(type_error("expected an iterable of datetime.date or a dict, got str").into());
    }
    let items = obj
        .try_iter()
        .map_err(|_| type_error("expected an iterable of datetime.date or a dict"))?;
    items.map(|i| Ok((i?.extract::<Date>()?.0, None))).collect()
}

/// `add_working_days` over sequences: `ns` is one int or a sequence as long as `dates`.
/// On error the exception has an `.index` attribute naming the failing position.
fn add_many(cal: &Calendar, dates: &Bound<'_, PyAny>, ns: &Bound<'_, PyAny>) -> PyResult<Vec<Date>> {
    fn seq<'py>(v: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let msg = format!(
            "{what} must be a sequence of {}",
            if what == "ns" { "int" } else { "datetime.date" }
        );
        if v.cast::<PyString>().is_ok() {
            return Err(type_error(format!("{msg}, got str")));
        }
        v.try_iter().map_err(|_| type_error(msg))?.collect()
    }
    let py = dates.py();
    let dates = seq(dates, "dates")?;
    let ns = match ns.is_instance_of::<pyo3::types::PyInt>() {
        true => vec![ns.clone(); dates.len()],
        false => seq(ns, "ns")?,
    };
    if ns.len() != dates.len() {
        let en = format!("dates and ns differ in length ({} and {})", dates.len(), ns.len());
        let e = fuling_rules::Error::new(fuling_rules::ErrorCode::InvalidInput, "dates 与 ns 长度不同", en);
        return Err(crate::errors::core_error(py, &e));
    }
    let one = |d: &Bound<'_, PyAny>, n: &Bound<'_, PyAny>| -> R<Date> {
        Ok(Date(
            cal.add_working_days(d.extract::<Date>()?.0, n.extract::<Count>()?.0)?,
        ))
    };
    let at = |i: usize, e: PyErr| {
        let _ = e.value(py).setattr("index", i);
        e
    };
    dates
        .iter()
        .zip(&ns)
        .enumerate()
        .map(|(i, (d, n))| one(d, n).map_err(|f| at(i, f.into())))
        .collect()
}

/// Each operation once: a `Calendar` method and a module function on the official calendar;
/// the class's other methods are rows as in `methods!`.
macro_rules! calendar_api {
    ({ $( $(#[$mm:meta])* fn $m:ident $(<$mlt:lifetime>)? ($($marg:tt)*) -> $mret:ty = $mbody:expr; )* }
     $( $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = |$cal:ident| $body:expr; )*) => {
        #[pymethods]
        impl PyCalendar {
            $( $(#[$mm])* fn $m $(<$mlt>)? ($($marg)*) -> $mret { $mbody } )*
            // `'py` names the lifetime of array arguments; unused by the scalar-only operations.
            $( $(#[$doc])* #[allow(clippy::extra_unused_lifetimes)] fn $name<'py>(&self, $($arg: $ty),*) -> R<$ret> { let $cal = &self.0; Ok($body) } )*
        }
        $( #[pyfunction] $(#[$doc])* #[allow(clippy::extra_unused_lifetimes)] pub fn $name<'py>($($arg: $ty),*) -> R<$ret> { let $cal = official(); Ok($body) } )*
    };
}

calendar_api! {
    {
        /// `Calendar()` is the official calendar.
        #[new]
        fn new() -> Self = PyCalendar(official().clone());
        /// The official calendar embedded in the library. With `provisional_until=Y`
        /// (2027–2035), the years after the last loaded notice through `Y` are provisional:
        /// computed from 全国年节及纪念日放假办法 (no 调休), labelled in `DayInfo.provisional`
        /// and `Explanation.provisional_from`.
        ///
        /// >>> import datetime as dt, fuling_rules as fr
        /// >>> cal = fr.Calendar.official(provisional_until=2035)
        /// >>> cal.day_info(dt.date(2027, 2, 5)).provisional  # 除夕 2027 (2024 revision)
        /// True
        #[staticmethod]
        #[pyo3(signature = (*, provisional_until = None))]
        fn official(provisional_until: Option<Year>) -> R<Self> = Ok(PyCalendar(match provisional_until {
            Some(year) => Calendar::official_provisional_until(year.0)?,
            None => official().clone(),
        }));
        /// This calendar with a State Council notice's text added (pasted the day it
        /// appears): its days replace earlier entries, the coverage grows to the end of its
        /// year and the version (hence every receipt) gains `+notice-<id>`. Unreadable text
        /// is `notice_unreadable`, naming the sentence and its position.
        fn with_notice(&self, text: Text) -> R<Self> = Ok(PyCalendar(self.0.with_notice(&text.0)?));
        /// This calendar with provisional years after its data, through the end of `year`.
        fn with_provisional_until(&self, year: Year) -> R<Self> = Ok(PyCalendar(self.0.with_provisional_until(year.0)?));
        /// The first provisional day, or `None` when the calendar has no provisional years.
        fn provisional_from(&self) -> Option<Date> = self.0.provisional_from().map(Date);
        /// The ids of the notices loaded from their text beyond the data the calendar
        /// started from (`with_notice`), in the order loaded.
        fn loaded_notices(&self) -> Vec<String> = self.0.loaded_notices().into_iter().map(|n| n.id.clone()).collect();
        /// A custom calendar from the calendar JSON format (a dict or JSON text):
        /// `{"format": 1, "base": "official" | "none", "version", "first", "last", "notices", "days": [{"date", "type": "holiday" | "workday" | "regular", "name"}]}`.
        #[staticmethod]
        fn from_json(data: JsonText) -> R<Self> = Ok(PyCalendar(Calendar::from_json_str(&data.0)?));
        /// A custom calendar from lists of dates: `holidays` (rest days) and
        /// `workdays` (Saturdays/Sundays worked) as iterables of `date` or dicts
        /// `date -> name`; `regular` dates return to the Monday–Friday default.
        /// `base="official"` starts from the official data, `base="none"` from nothing
        /// (then give `first` and `last`).
        #[staticmethod]
        #[pyo3(signature = (*, holidays = None, workdays = None, regular = None, first = None, last = None, version = None, base = None))]
        #[allow(clippy::too_many_arguments)]
        fn from_dates(holidays: Option<&Bound<'_, PyAny>>, workdays: Option<&Bound<'_, PyAny>>, regular: Option<&Bound<'_, PyAny>>,
            first: Option<Date>, last: Option<Date>, version: Option<Text>, base: Option<Text>) -> R<Self> = Ok(PyCalendar(CalendarDates {
            base: base.as_ref().map(|b| b.0.as_str()),
            first: first.map(|d| d.0),
            last: last.map(|d| d.0),
            holidays: named_dates(holidays)?,
            workdays: named_dates(workdays)?,
            regular: named_dates(regular)?.into_iter().map(|(d, _)| d).collect(),
            version: version.as_ref().map(|v| v.0.as_str()),
        }.build()?));
        /// The first and last covered date (`Coverage`).
        fn coverage(&self) -> Record<fuling_rules::Coverage> = Record("Coverage", self.0.coverage());
        /// The data version, reported in results.
        fn version(&self) -> &str = self.0.version();
        /// The due date of `period` (a `Period` or its dict) triggered on `start`.
        fn due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg) -> R<Date> = due_date(start, period, Some(slf));
        /// The due date with its reasons (`Explanation`).
        fn explain_due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg) -> R<Record<fuling_rules::Explanation>> =
            explain_due_date(start, period, Some(slf));
        fn __repr__(&self) -> String =
            format!("Calendar(version='{}', first={}, last={})", self.0.version(), self.0.coverage().first, self.0.coverage().last);
    }

    /// Whether `d` (a `datetime.date`) is a working day. Array input (numpy
    /// `datetime64[D]`) gives a `bool` array; with `errors="nat"` a masked array,
    /// masked where a date is NaT or outside the calendar.
    ///
    /// >>> import datetime as dt, fuling_rules as fr
    /// >>> fr.is_working_day(dt.date(2025, 9, 28))  # a Sunday worked (调休)
    /// True
    #[pyo3(signature = (d, *, errors = None))]
    fn is_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::IsWorkingDay, d.0, None, errors)?;

    /// The n-th working day strictly after `d`; the start day is never counted ("在N个工作日内").
    /// Array input (numpy `datetime64[D]` dates, `n` an int or an int array, broadcast)
    /// gives a `datetime64[D]` array; see the guide's "numpy arrays" section.
    ///
    /// >>> import datetime as dt, fuling_rules as fr
    /// >>> fr.add_working_days(dt.date(2025, 9, 30), 5)  # over National Day 2025
    /// datetime.date(2025, 10, 14)
    #[pyo3(signature = (d, n, *, errors = None))]
    fn add_working_days(py: Python<'py>, d: Dates<'py>, n: Ns<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::AddWorkingDays, d.0, Some(n.0), errors)?;

    /// `add_working_days` over sequences: `ns` is one int or a sequence as long as
    /// `dates`. Returns a list of dates. On error the exception has an `.index`
    /// attribute naming the failing position.
    ///
    /// >>> import datetime as dt, fuling_rules as fr
    /// >>> fr.add_working_days_many([dt.date(2025, 9, 30), dt.date(2025, 1, 2)], [5, 1])
    /// [datetime.date(2025, 10, 14), datetime.date(2025, 1, 3)]
    fn add_working_days_many(dates: &Bound<'py, PyAny>, ns: &Bound<'py, PyAny>) -> Vec<Date> = |cal| add_many(cal, dates, ns)?;

    /// The n-th working day strictly before `d` (e.g. Art. 24's "申报前10个工作日").
    /// Array input as `add_working_days`.
    #[pyo3(signature = (d, n, *, errors = None))]
    fn sub_working_days(py: Python<'py>, d: Dates<'py>, n: Ns<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::SubWorkingDays, d.0, Some(n.0), errors)?;

    /// The number of working days `x` with `start < x <= end`. Array input (either side,
    /// broadcast) gives an `int64` array; with `errors="nat"` a masked array.
    #[pyo3(signature = (start, end, *, errors = None))]
    fn working_days_between(py: Python<'py>, start: Dates<'py>, end: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::WorkingDaysBetween, start.0, Some(end.0), errors)?;

    /// The first working day on or after `d`. Array input as `add_working_days`.
    #[pyo3(signature = (d, *, errors = None))]
    fn next_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::NextWorkingDay, d.0, None, errors)?;

    /// The last working day on or before `d`. Array input as `add_working_days`.
    #[pyo3(signature = (d, *, errors = None))]
    fn previous_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::PreviousWorkingDay, d.0, None, errors)?;

    /// What the calendar says about `d` (`DayInfo`).
    fn day_info(d: Date) -> Record<fuling_rules::DayInfo> = |cal| Record("DayInfo", cal.day_info(d.0)?);
}

functions! {
    /// The due date of `period` (a `Period` or its dict) triggered on `start`, on
    /// the official calendar (or `calendar`), under 民法典 第二百零一条至第二百零三条.
    ///
    /// >>> import datetime as dt, fuling_rules as fr
    /// >>> fr.due_date(dt.date(2025, 9, 18), fr.Period.months(1))  # Sat 10-18 rolls to Mon
    /// datetime.date(2025, 10, 20)
    /// >>> fr.due_date(dt.date(2025, 9, 30), {"unit": "working_days", "count": 5})
    /// datetime.date(2025, 10, 14)
    #[pyo3(signature = (start, period, calendar = None))]
    fn due_date(start: Date, period: PeriodArg, calendar: Option<PyRef<'_, PyCalendar>>) -> R<Date> =
        Ok(Date(fuling_rules::due_date(start.0, period.0, calendar_of(&calendar))?));
    /// The due date with its reasons (`Explanation`, with `sentence_zh` and `sentence_en`),
    /// on the official calendar (or `calendar`).
    ///
    /// >>> import datetime as dt, fuling_rules as fr
    /// >>> e = fr.explain_due_date(dt.date(2025, 9, 30), fr.Period.working_days(5))
    /// >>> e.due, [d.date.isoformat() for d in e.worked]
    /// (datetime.date(2025, 10, 14), ['2025-10-11'])
    #[pyo3(signature = (start, period, calendar = None))]
    fn explain_due_date(start: Date, period: PeriodArg, calendar: Option<PyRef<'_, PyCalendar>>) -> R<Record<fuling_rules::Explanation>> =
        Ok(Record("Explanation", fuling_rules::explain_due_date(start.0, period.0, calendar_of(&calendar))?));
    /// Reads the text of a State Council holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知,
    /// or a supplementary notice) into a `Notice`: `id`, `year`, `title`, `number`,
    /// `published`, and the `holidays`, `workdays` and `regular` days it sets. A numbered item
    /// or dated sentence that cannot be read is `notice_unreadable`, naming it and its position.
    ///
    /// >>> import fuling_rules as fr
    /// >>> n = fr.parse_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")
    /// >>> n.id, [d.date.isoformat() for d in n.holidays]
    /// ('2027', ['2027-01-01', '2027-01-02', '2027-01-03'])
    fn parse_notice(text: Text) -> R<Record<fuling_rules::calendar::ParsedNotice>> =
        Ok(Record("Notice", fuling_rules::calendar::parse_notice(&text.0)?));
}
