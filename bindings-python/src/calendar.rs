//! Working-day calendar, periods and due dates. The calendar API is written once
//! (`calendar_api!`): each operation is a `Calendar` method and a module function on
//! the official calendar.

use crate::arrays::{query, Dates, Ns};
use crate::classes::{calendar_of, official, Cal, PyCalendar, PyPeriod};
use crate::convert::{items, Count, Date, JsonText, PeriodArg, Plain, Record, Text, Year};
use crate::errors::{type_error, R};
use fuling_rules::calendar::ParsedNotice;
use fuling_rules::call::{CalendarDates, CalendarOp as Op};
use fuling_rules::json_output::{to_string, ToJson};
use fuling_rules::{Calendar, Coverage, DayInfo, Error, ErrorCode, Explanation, Period};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt};

/// The snake_case name of a unit enum: its JSON text without the quotes.
fn name<T: ToJson>(t: &T) -> String {
    to_string(t).trim_matches('"').to_owned()
}

methods! { PyPeriod = "Period" {
    #[new]
    #[pyo3(signature = (unit, count, direction = None, kind = None))]
    fn __new__(unit: Text, count: Count, direction: Option<Text>, kind: Option<Text>) -> R<Self> = {
        // The period's JSON form, read by the core (`invalid_period` as for a dict).
        let (d, k) = (direction.map(|t| t.0), kind.map(|t| t.0));
        let (d, k) = (d.as_deref().unwrap_or("after"), k.as_deref().unwrap_or("deadline"));
        let v = serde_json::json!({"unit": unit.0, "count": count.0, "direction": d, "kind": k});
        Ok(PyPeriod(fuling_rules::call::period(&v.into())?))
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
    fn __repr__(&self) -> String = format!(
        "Period(unit='{}', count={}, direction='{}', kind='{}')",
        self.unit(), self.0.count, self.direction(), self.kind()
    );
    fn __reduce__<'py>(slf: &Bound<'py, Self>)
        -> (Bound<'py, PyAny>, (String, u32, String, String)) = {
        let p = slf.get();
        (slf.get_type().into_any(), (p.unit(), p.0.count, p.direction(), p.kind()))
    };
}}

/// Dates (an iterable of `date`, or a mapping `date -> name`) for the builder.
fn named_dates(obj: DayList<'_, '_>) -> R<Vec<(chrono::NaiveDate, Option<String>)>> {
    let Some(obj) = obj else { return Ok(Vec::new()) };
    let Ok(d) = obj.cast::<PyDict>() else {
        let dates = items(obj, "expected an iterable of datetime.date or a dict")?;
        return dates.iter().map(|i| Ok((i.extract::<Date>()?.0, None))).collect();
    };
    let name = |v: Bound<'_, PyAny>| v.extract().map_err(|_| type_error("calendar day names must be str"));
    d.iter()
        .map(|(k, v)| Ok((k.extract::<Date>()?.0, Some(name(v)?))))
        .collect()
}

/// `add_working_days` over sequences: `ns` is one int or a sequence as long as `dates`.
/// On error the exception has an `.index` attribute naming the failing position.
fn add_many(cal: &Calendar, dates: &Bound<'_, PyAny>, ns: &Bound<'_, PyAny>) -> R<Vec<Date>> {
    let py = dates.py();
    let dates = items(dates, "dates must be a sequence of datetime.date")?;
    let ns = match ns.is_instance_of::<PyInt>() {
        true => vec![ns.clone(); dates.len()],
        false => items(ns, "ns must be a sequence of int")?,
    };
    if ns.len() != dates.len() {
        let en = format!("dates and ns differ in length ({} and {})", dates.len(), ns.len());
        return Err(Error::new(ErrorCode::InvalidInput, "dates 与 ns 长度不同", en).into());
    }
    let one = |d: &Bound<'_, PyAny>, n: &Bound<'_, PyAny>| -> R<_> {
        Ok(cal.add_working_days(d.extract::<Date>()?.0, n.extract::<Count>()?.0)?)
    };
    let at = |i: usize, e: PyErr| {
        let _ = e.value(py).setattr("index", i);
        e
    };
    let each = dates.iter().zip(&ns).enumerate();
    Ok(each
        .map(|(i, (d, n))| one(d, n).map(Date).map_err(|f| at(i, f.into())))
        .collect::<PyResult<_>>()?)
}

/// Each calendar function once: a `Calendar` method and a module function on the official
/// calendar (docstring `name`), added to the module by the generated `add_all`. A function
/// with an array form is a row `fn name(first, second: Kind) = Op;` that `query` answers; the
/// others are rows `fn name(args) -> T = |cal| body;`. The class's other methods are rows as
/// in `methods!`.
macro_rules! calendar_api {
    ({ $($methods:tt)* }
     arrays { $( fn $q:ident($a:ident $(, $b:ident: $bk:ident)?) = $op:ident; )* }
     $( $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty
        = |$cal:ident| $body:expr; )*) => {
        calendar_api! { { $($methods)* } $(
            #[pyo3(signature = ($a, $($b,)? *, errors = None))]
            fn $q(py: Python<'py>, $a: Dates<'_, 'py>, $($b: $bk<'_, 'py>,)? errors: Option<Text>)
                -> Bound<'py, PyAny> =
                |cal| query(py, cal, Op::$op, $a.0, None $(.or(Some($b.0)))?, errors)?;
        )* $( $(#[$m])* fn $name($($arg: $ty),*) -> $ret = |$cal| $body; )* }
    };
    ({ $($methods:tt)* }
     $( $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty
        = |$cal:ident| $body:expr; )*) => {
        methods! { PyCalendar = "Calendar" {
            $($methods)*
        } plain {
            // `'py` names the lifetime of array arguments; unused by the scalar-only operations.
            $(
                #[doc = include_str!(concat!("doc/", stringify!($name), ".txt"))]
                $(#[$m])*
                #[allow(clippy::extra_unused_lifetimes)]
                fn $name<'py>(&self, $($arg: $ty),*) -> R<$ret> = { let $cal = &self.0; Ok($body) };
            )*
            fn __repr__(&self) -> String = {
                let cov = self.0.coverage();
                let version = self.0.version();
                format!("Calendar(version='{version}', first={}, last={})", cov.first, cov.last)
            };
        }}
        $(
            #[pyfunction]
            #[doc = include_str!(concat!("doc/", stringify!($name), ".txt"))]
            $(#[$m])*
            #[allow(clippy::extra_unused_lifetimes)]
            pub fn $name<'py>($($arg: $ty),*) -> R<$ret> { let $cal = official(); Ok($body) }
        )*

        /// Adds the module functions of the rows to the module.
        pub fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_function(wrap_pyfunction!($name, m)?)?; )*
            Ok(())
        }
    };
}

/// A `from_dates` argument: an iterable of dates or a dict `date -> name` (`named_dates`).
type DayList<'a, 'py> = Option<&'a Bound<'py, PyAny>>;

calendar_api! {
    {
        #[new]
        fn __new__() -> Self = PyCalendar(official().clone());
        #[staticmethod]
        #[pyo3(signature = (*, provisional_until = None))]
        fn official(provisional_until: Option<Year>) -> R<Self> = match provisional_until {
            Some(year) => Ok(PyCalendar(Calendar::official_provisional_until(year.0)?)),
            None => Ok(PyCalendar(official().clone())),
        };
        fn with_notice(&self, text: Text) -> R<Self> = Ok(PyCalendar(self.0.with_notice(&text.0)?));
        fn with_provisional_until(&self, year: Year) -> R<Self> =
            Ok(PyCalendar(self.0.with_provisional_until(year.0)?));
        fn provisional_from(&self) -> Option<Date> = self.0.provisional_from().map(Date);
        fn loaded_notices(&self) -> Vec<String> =
            self.0.loaded_notices().into_iter().map(|n| n.id.clone()).collect();
        #[staticmethod]
        fn from_json(data: JsonText) -> R<Self> = Ok(PyCalendar(Calendar::from_json_str(&data.0)?));
        #[staticmethod]
        #[pyo3(signature = (*, holidays = None, workdays = None, regular = None, first = None,
            last = None, version = None, base = None))]
        #[allow(clippy::too_many_arguments)]
        fn from_dates(
            holidays: DayList<'_, '_>, workdays: DayList<'_, '_>, regular: DayList<'_, '_>,
            first: Option<Date>, last: Option<Date>, version: Option<Text>, base: Option<Text>,
        ) -> R<Self> = Ok(PyCalendar(CalendarDates {
            base: base.as_ref().map(|b| b.0.as_str()),
            first: first.map(|d| d.0),
            last: last.map(|d| d.0),
            holidays: named_dates(holidays)?,
            workdays: named_dates(workdays)?,
            regular: named_dates(regular)?.into_iter().map(|(d, _)| d).collect(),
            version: version.as_ref().map(|v| v.0.as_str()),
        }.build()?));
        fn coverage(&self) -> Record<Coverage> = Record("Coverage", self.0.coverage());
        fn version(&self) -> &str = self.0.version();
        fn due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg) -> R<Date> =
            due_date(start, period, Some(slf));
        fn explain_due_date(slf: PyRef<'_, Self>, start: Date, period: PeriodArg)
            -> R<Record<Explanation>> = explain_due_date(start, period, Some(slf));
    }
    arrays {
        fn is_working_day(d) = IsWorkingDay;
        fn add_working_days(d, n: Ns) = AddWorkingDays;
        fn sub_working_days(d, n: Ns) = SubWorkingDays;
        fn working_days_between(start, end: Dates) = WorkingDaysBetween;
        fn next_working_day(d) = NextWorkingDay;
        fn previous_working_day(d) = PreviousWorkingDay;
    }
    fn add_working_days_many(dates: &Bound<'py, PyAny>, ns: &Bound<'py, PyAny>) -> Vec<Date> =
        |cal| add_many(cal, dates, ns)?;
    fn day_info(d: Date) -> Record<DayInfo> = |cal| Record("DayInfo", cal.day_info(d.0)?);
}

functions! {
    #[pyo3(signature = (start, period, calendar = None))]
    fn due_date(start: Date, period: PeriodArg, calendar: Cal<'_>) -> R<Date> =
        Ok(Date(fuling_rules::due_date(start.0, period.0, calendar_of(&calendar))?));
    #[pyo3(signature = (start, period, calendar = None))]
    fn explain_due_date(start: Date, period: PeriodArg, calendar: Cal<'_>)
        -> R<Record<Explanation>> = {
        let e = fuling_rules::explain_due_date(start.0, period.0, calendar_of(&calendar))?;
        Ok(Record("Explanation", e))
    };
    fn parse_notice(text: Text) -> R<Record<ParsedNotice>> =
        Ok(Record("Notice", fuling_rules::calendar::parse_notice(&text.0)?));
}
