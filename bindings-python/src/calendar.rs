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

#[doc = pydoc!("Period")]
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

methods! { PyPeriod = "Period" {
    #[new]
    #[pyo3(signature = (unit, count, direction = None, kind = None))]
    fn __new__(unit: Text, count: Count, direction: Option<Text>, kind: Option<Text>) -> R<Self> = {
        let (d, k) = (direction.map_or("after".into(), |t| t.0), kind.map_or("deadline".into(), |t| t.0));
        let v = serde_json::json!({"unit": unit.0, "count": count.0, "direction": d, "kind": k});
        Ok(PyPeriod(fuling_rules::call::period(&v)?))
    };
    #[staticmethod]
    fn from_dict(data: PeriodArg) -> Self = PyPeriod(data.0);
    #[staticmethod]
    fn parse(text: Text) -> R<Self> = Ok(PyPeriod(Period::parse(&text.0)?));
    #[staticmethod]
    fn working_days(count: Count) -> Self = PyPeriod(Period::working_days(count.0));
    #[staticmethod]
    fn days(count: Count) -> Self = PyPeriod(Period::days(count.0));
    #[staticmethod]
    fn months(count: Count) -> Self = PyPeriod(Period::months(count.0));
    fn before(&self) -> Self = PyPeriod(self.0.before());
    fn minimum(&self) -> Self = PyPeriod(self.0.minimum());
    #[getter]
    fn unit(&self) -> String = name(&self.0.unit);
    #[getter]
    fn count(&self) -> u32 = self.0.count;
    #[getter]
    fn direction(&self) -> String = name(&self.0.direction);
    #[getter]
    fn kind(&self) -> String = name(&self.0.kind);
    fn zh(&self) -> String = self.0.zh();
    fn to_dict(&self) -> Plain<Period> = Plain(self.0);
} plain {
    fn __str__(&self) -> String = self.0.to_string();
    fn __repr__(&self) -> String =
        format!("Period(unit='{}', count={}, direction='{}', kind='{}')", self.unit(), self.0.count, self.direction(), self.kind());
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> (Bound<'py, PyAny>, (String, u32, String, String)) =
        (slf.get_type().into_any(), (slf.get().unit(), slf.get().0.count, slf.get().direction(), slf.get().kind()));
}}

#[doc = pydoc!("Calendar")]
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

/// Each operation once: a `Calendar` method and a module function on the official calendar
/// (docstring `name`); the class's other methods are rows as in `methods!`.
macro_rules! calendar_api {
    ({ $($methods:tt)* }
     $( $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty = |$cal:ident| $body:expr; )*) => {
        methods! { PyCalendar = "Calendar" {
            $($methods)*
        } plain {
            // `'py` names the lifetime of array arguments; unused by the scalar-only operations.
            $(
                #[doc = include_str!(concat!("doc/", stringify!($name), ".txt"))]
                $(#[$m])* #[allow(clippy::extra_unused_lifetimes)] fn $name<'py>(&self, $($arg: $ty),*) -> R<$ret> = { let $cal = &self.0; Ok($body) };
            )*
            fn __repr__(&self) -> String =
                format!("Calendar(version='{}', first={}, last={})", self.0.version(), self.0.coverage().first, self.0.coverage().last);
        }}
        $(
            #[pyfunction]
            #[doc = include_str!(concat!("doc/", stringify!($name), ".txt"))]
            $(#[$m])* #[allow(clippy::extra_unused_lifetimes)] pub fn $name<'py>($($arg: $ty),*) -> R<$ret> { let $cal = official(); Ok($body) }
        )*
    };
}

calendar_api! {
    {
        #[new]
        fn __new__() -> Self = PyCalendar(official().clone());
        #[staticmethod]
        #[pyo3(signature = (*, provisional_until = None))]
        fn official(provisional_until: Option<Year>) -> R<Self> = Ok(PyCalendar(match provisional_until {
            Some(year) => Calendar::official_provisional_until(year.0)?,
            None => official().clone(),
        }));
        fn with_notice(&self, text: Text) -> R<Self> = Ok(PyCalendar(self.0.with_notice(&text.0)?));
        fn with_provisional_until(&self, year: Year) -> R<Self> = Ok(PyCalendar(self.0.with_provisional_until(year.0)?));
        fn provisional_from(&self) -> Option<Date> = self.0.provisional_from().map(Date);
        fn loaded_notices(&self) -> Vec<String> = self.0.loaded_notices().into_iter().map(|n| n.id.clone()).collect();
        #[staticmethod]
        fn from_json(data: JsonText) -> R<Self> = Ok(PyCalendar(Calendar::from_json_str(&data.0)?));
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
        fn coverage(&self) -> Record<fuling_rules::Coverage> = Record("Coverage", self.0.coverage());
        fn version(&self) -> &str = self.0.version();
        fn due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg) -> R<Date> = due_date(start, period, Some(slf));
        fn explain_due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg) -> R<Record<fuling_rules::Explanation>> =
            explain_due_date(start, period, Some(slf));
    }

    #[pyo3(signature = (d, *, errors = None))]
    fn is_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::IsWorkingDay, d.0, None, errors)?;

    #[pyo3(signature = (d, n, *, errors = None))]
    fn add_working_days(py: Python<'py>, d: Dates<'py>, n: Ns<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::AddWorkingDays, d.0, Some(n.0), errors)?;

    fn add_working_days_many(dates: &Bound<'py, PyAny>, ns: &Bound<'py, PyAny>) -> Vec<Date> = |cal| add_many(cal, dates, ns)?;

    #[pyo3(signature = (d, n, *, errors = None))]
    fn sub_working_days(py: Python<'py>, d: Dates<'py>, n: Ns<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::SubWorkingDays, d.0, Some(n.0), errors)?;

    #[pyo3(signature = (start, end, *, errors = None))]
    fn working_days_between(py: Python<'py>, start: Dates<'py>, end: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::WorkingDaysBetween, start.0, Some(end.0), errors)?;

    #[pyo3(signature = (d, *, errors = None))]
    fn next_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::NextWorkingDay, d.0, None, errors)?;

    #[pyo3(signature = (d, *, errors = None))]
    fn previous_working_day(py: Python<'py>, d: Dates<'py>, errors: Option<Text>) -> Bound<'py, PyAny> = |cal| query(py, cal, Op::PreviousWorkingDay, d.0, None, errors)?;

    fn day_info(d: Date) -> Record<fuling_rules::DayInfo> = |cal| Record("DayInfo", cal.day_info(d.0)?);
}

functions! {
    #[pyo3(signature = (start, period, calendar = None))]
    fn due_date(start: Date, period: PeriodArg, calendar: Option<PyRef<'_, PyCalendar>>) -> R<Date> =
        Ok(Date(fuling_rules::due_date(start.0, period.0, calendar_of(&calendar))?));
    #[pyo3(signature = (start, period, calendar = None))]
    fn explain_due_date(start: Date, period: PeriodArg, calendar: Option<PyRef<'_, PyCalendar>>) -> R<Record<fuling_rules::Explanation>> =
        Ok(Record("Explanation", fuling_rules::explain_due_date(start.0, period.0, calendar_of(&calendar))?));
    fn parse_notice(text: Text) -> R<Record<fuling_rules::calendar::ParsedNotice>> =
        Ok(Record("Notice", fuling_rules::calendar::parse_notice(&text.0)?));
}
