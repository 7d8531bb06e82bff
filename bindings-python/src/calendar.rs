//! Working-day calendar, periods and due dates.

use crate::convert::{from_date, from_json_value, json_text, json_value, record, text, to_count, to_date, to_py};
use crate::errors::{type_error, IntoPy};
use fuling_rules::{Calendar, CalendarBuilder, Period};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString};
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

/// A `Period`, or its JSON form as a dict or JSON text.
pub fn to_period(obj: &Bound<'_, PyAny>) -> PyResult<Period> {
    let py = obj.py();
    let p = if let Ok(p) = obj.cast::<PyPeriod>() {
        p.get().0
    } else if obj.cast::<PyDict>().is_ok() || obj.cast::<PyString>().is_ok() {
        from_json_value::<Period>(py, json_value(obj)?)?
    } else {
        return Err(type_error(format!(
            "expected Period or dict, got {}",
            obj.get_type().name()?
        )));
    };
    p.validate().py_err(py)?;
    Ok(p)
}

fn enum_str<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[pymethods]
impl PyPeriod {
    /// `Period(unit, count, direction="after", kind="deadline")`; unit is
    /// `"working_days"`, `"days"` or `"months"`.
    #[new]
    #[pyo3(signature = (unit, count, direction = None, kind = None))]
    fn new(
        py: Python<'_>,
        unit: &Bound<'_, PyAny>,
        count: &Bound<'_, PyAny>,
        direction: Option<&Bound<'_, PyAny>>,
        kind: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let unit = text(unit, "unit")?;
        let direction = direction
            .map(|d| text(d, "direction"))
            .transpose()?
            .unwrap_or_else(|| "after".into());
        let kind = kind
            .map(|k| text(k, "kind"))
            .transpose()?
            .unwrap_or_else(|| "deadline".into());
        let count = to_count(count)?;
        let v = serde_json::json!({"unit": unit, "count": count, "direction": direction, "kind": kind});
        let p: Period = from_json_value(py, v)?;
        p.validate().py_err(py)?;
        Ok(PyPeriod(p))
    }

    /// From the JSON form (a dict or JSON text).
    #[staticmethod]
    fn from_dict(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        to_period(data).map(PyPeriod)
    }

    /// N working days after (N个工作日内).
    #[staticmethod]
    fn working_days(count: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyPeriod(Period::working_days(to_count(count)?)))
    }

    /// N calendar days after (N天内).
    #[staticmethod]
    fn days(count: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyPeriod(Period::days(to_count(count)?)))
    }

    /// N months after (N个月内).
    #[staticmethod]
    fn months(count: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyPeriod(Period::months(to_count(count)?)))
    }

    /// The same period counted backward.
    fn before(&self) -> Self {
        PyPeriod(self.0.before())
    }

    /// The same period as a minimum duration (never rolls).
    fn minimum(&self) -> Self {
        PyPeriod(self.0.minimum())
    }

    /// `"working_days"`, `"days"` or `"months"`.
    #[getter]
    fn unit(&self) -> String {
        enum_str(&self.0.unit)
    }

    /// The count.
    #[getter]
    fn count(&self) -> u32 {
        self.0.count
    }

    /// `"after"` or `"before"`.
    #[getter]
    fn direction(&self) -> String {
        enum_str(&self.0.direction)
    }

    /// `"deadline"` or `"minimum"`.
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.0.kind)
    }

    /// Chinese wording, e.g. `5个工作日`.
    fn zh(&self) -> String {
        self.0.zh()
    }

    /// The JSON form as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Period(unit='{}', count={}, direction='{}', kind='{}')",
            self.unit(),
            self.0.count,
            self.direction(),
            self.kind()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String, u32, String, String))> {
        let p = slf.get();
        Ok((
            slf.get_type().into_any(),
            (p.unit(), p.0.count, p.direction(), p.kind()),
        ))
    }
}

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

/// Dates (an iterable of `date`, or a mapping `date -> name`) for the builder.
fn named_dates(obj: Option<&Bound<'_, PyAny>>, default_name: &str) -> PyResult<Vec<(chrono::NaiveDate, String)>> {
    let Some(obj) = obj else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    if let Ok(d) = obj.cast::<PyDict>() {
        for (k, v) in d.iter() {
            let name: String = v.extract().map_err(|_| type_error("calendar day names must be str"))?;
            out.push((to_date(&k)?, name));
        }
    } else {
        if obj.cast::<PyString>().is_ok() {
            return Err(type_error("expected an iterable of datetime.date or a dict, got str"));
        }
        for item in obj
            .try_iter()
            .map_err(|_| type_error("expected an iterable of datetime.date or a dict"))?
        {
            out.push((to_date(&item?)?, default_name.to_owned()));
        }
    }
    Ok(out)
}

/// Shared implementation of `add_working_days_many` for any calendar.
pub fn add_many<'py>(
    py: Python<'py>,
    cal: &Calendar,
    dates: &Bound<'py, PyAny>,
    ns: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    if dates.cast::<PyString>().is_ok() {
        return Err(type_error("dates must be a sequence of datetime.date, got str"));
    }
    let dates: Vec<Bound<'py, PyAny>> = dates
        .try_iter()
        .map_err(|_| type_error("dates must be a sequence of datetime.date"))?
        .collect::<PyResult<_>>()?;
    let out = PyList::empty(py);
    let with_index = |i: usize, e: PyErr| {
        let _ = e.value(py).setattr("index", i);
        e
    };
    if ns.cast::<PyInt>().is_ok() {
        let n = to_count(ns)?;
        for (i, d) in dates.iter().enumerate() {
            let d = to_date(d).map_err(|e| with_index(i, e))?;
            let r = cal.add_working_days(d, n).py_err(py).map_err(|e| with_index(i, e))?;
            out.append(from_date(py, r)?)?;
        }
        return Ok(out);
    }
    if ns.cast::<PyString>().is_ok() {
        return Err(type_error("ns must be an int or a sequence of int, got str"));
    }
    let ns: Vec<Bound<'py, PyAny>> = ns
        .try_iter()
        .map_err(|_| type_error("ns must be an int or a sequence of int"))?
        .collect::<PyResult<_>>()?;
    if ns.len() != dates.len() {
        return Err(crate::errors::input_error(
            "invalid_input",
            &format!("dates and ns differ in length ({} and {})", dates.len(), ns.len()),
        ));
    }
    for (i, (d, n)) in dates.iter().zip(ns.iter()).enumerate() {
        let d = to_date(d).map_err(|e| with_index(i, e))?;
        let n = to_count(n).map_err(|e| with_index(i, e))?;
        let r = cal.add_working_days(d, n).py_err(py).map_err(|e| with_index(i, e))?;
        out.append(from_date(py, r)?)?;
    }
    Ok(out)
}

#[pymethods]
impl PyCalendar {
    /// `Calendar()` is the official calendar.
    #[new]
    fn new() -> Self {
        PyCalendar(official().clone())
    }

    /// The official calendar embedded in the library.
    #[staticmethod]
    fn official() -> Self {
        PyCalendar(official().clone())
    }

    /// A custom calendar from the calendar JSON format (a dict or JSON text):
    /// `{"format": 1, "base": "official" | "none", "version", "first", "last", "notices", "days": [{"date", "type": "holiday" | "workday" | "regular", "name"}]}`.
    #[staticmethod]
    fn from_json(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Calendar::from_json_str(&json_text(data)?).py_err(py).map(PyCalendar)
    }

    /// A custom calendar from lists of dates: `holidays` (rest days) and
    /// `workdays` (Saturdays/Sundays worked) as iterables of `date` or dicts
    /// `date -> name`; `regular` dates return to the Monday–Friday default.
    /// `base="official"` starts from the official data, `base="none"` from nothing
    /// (then give `first` and `last`).
    #[staticmethod]
    #[pyo3(signature = (*, holidays = None, workdays = None, regular = None, first = None, last = None, version = None, base = None))]
    #[allow(clippy::too_many_arguments)]
    fn from_dates(
        py: Python<'_>,
        holidays: Option<&Bound<'_, PyAny>>,
        workdays: Option<&Bound<'_, PyAny>>,
        regular: Option<&Bound<'_, PyAny>>,
        first: Option<&Bound<'_, PyAny>>,
        last: Option<&Bound<'_, PyAny>>,
        version: Option<&Bound<'_, PyAny>>,
        base: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let base = base
            .map(|b| text(b, "base"))
            .transpose()?
            .unwrap_or_else(|| "official".into());
        let version = version
            .filter(|v| !v.is_none())
            .map(|v| text(v, "version"))
            .transpose()?;
        let mut b = match base.as_str() {
            "official" => CalendarBuilder::official(),
            "none" => CalendarBuilder::empty(),
            other => {
                return Err(crate::errors::input_error(
                    "invalid_calendar_data",
                    &format!("unknown base calendar {other:?} (expected \"official\" or \"none\")"),
                ))
            }
        };
        if let Some(f) = first {
            b = b.first(to_date(f)?);
        }
        if let Some(l) = last {
            b = b.last(to_date(l)?);
        }
        for (d, name) in named_dates(holidays, "自定义休息日")? {
            b = b.holiday(d, &name);
        }
        for (d, name) in named_dates(workdays, "自定义调休上班日")? {
            b = b.workday(d, &name);
        }
        for (d, _) in named_dates(regular, "")? {
            b = b.regular(d);
        }
        if let Some(v) = version {
            b = b.version(&v);
        }
        b.build().py_err(py).map(PyCalendar)
    }

    /// The first and last covered date (`Coverage`).
    fn coverage<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let c = self.0.coverage();
        record(py, "Coverage", &serde_json::json!({"first": c.first, "last": c.last}))
    }

    /// The data version, reported in results.
    fn version(&self) -> &str {
        self.0.version()
    }

    /// Whether `d` is a working day.
    fn is_working_day(&self, py: Python<'_>, d: &Bound<'_, PyAny>) -> PyResult<bool> {
        self.0.is_working_day(to_date(d)?).py_err(py)
    }

    /// The n-th working day strictly after `d` (the start is never counted).
    fn add_working_days<'py>(
        &self,
        py: Python<'py>,
        d: &Bound<'py, PyAny>,
        n: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let r = self.0.add_working_days(to_date(d)?, to_count(n)?).py_err(py)?;
        from_date(py, r)
    }

    /// `add_working_days` over sequences: `ns` is one int or a sequence as long as `dates`.
    fn add_working_days_many<'py>(
        &self,
        py: Python<'py>,
        dates: &Bound<'py, PyAny>,
        ns: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        add_many(py, &self.0, dates, ns)
    }

    /// The n-th working day strictly before `d`.
    fn sub_working_days<'py>(
        &self,
        py: Python<'py>,
        d: &Bound<'py, PyAny>,
        n: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let r = self.0.sub_working_days(to_date(d)?, to_count(n)?).py_err(py)?;
        from_date(py, r)
    }

    /// The number of working days `x` with `start < x <= end`.
    fn working_days_between(&self, py: Python<'_>, start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>) -> PyResult<u32> {
        self.0.working_days_between(to_date(start)?, to_date(end)?).py_err(py)
    }

    /// The first working day on or after `d`.
    fn next_working_day<'py>(&self, py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let r = self.0.next_working_day(to_date(d)?).py_err(py)?;
        from_date(py, r)
    }

    /// The last working day on or before `d`.
    fn previous_working_day<'py>(&self, py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let r = self.0.previous_working_day(to_date(d)?).py_err(py)?;
        from_date(py, r)
    }

    /// What the calendar says about one day (`DayInfo`).
    fn day_info<'py>(&self, py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let info = self.0.day_info(to_date(d)?).py_err(py)?;
        record(py, "DayInfo", &info)
    }

    /// The due date of `period` (a `Period` or its dict) triggered on `start`.
    fn due_date<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'py, PyAny>,
        period: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let r = fuling_rules::due_date(to_date(start)?, to_period(period)?, &self.0).py_err(py)?;
        from_date(py, r)
    }

    /// The due date with its reasons (`Explanation`).
    fn explain_due_date<'py>(
        &self,
        py: Python<'py>,
        start: &Bound<'py, PyAny>,
        period: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let e = fuling_rules::explain_due_date(to_date(start)?, to_period(period)?, &self.0).py_err(py)?;
        record(py, "Explanation", &e)
    }

    fn __repr__(&self) -> String {
        let c = self.0.coverage();
        format!(
            "Calendar(version='{}', first={}, last={})",
            self.0.version(),
            c.first,
            c.last
        )
    }
}

/// The calendar argument of module functions: `None` means the official one.
pub fn calendar_arg(cal: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Calendar>> {
    match cal {
        None => Ok(None),
        Some(c) if c.is_none() => Ok(None),
        Some(c) => match c.cast::<PyCalendar>() {
            Ok(c) => Ok(Some(c.get().0.clone())),
            Err(_) => Err(type_error(format!(
                "expected Calendar or None, got {}",
                c.get_type().name()?
            ))),
        },
    }
}

// ---- module-level functions on the official calendar (the fast path) ----

/// Whether `d` (a `datetime.date`) is a working day on the official calendar.
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> fr.is_working_day(dt.date(2025, 9, 28))  # a Sunday worked (调休)
/// True
#[pyfunction]
pub fn is_working_day(py: Python<'_>, d: &Bound<'_, PyAny>) -> PyResult<bool> {
    official().is_working_day(to_date(d)?).py_err(py)
}

/// The n-th working day strictly after `d` on the official calendar; the start
/// day is never counted ("在N个工作日内").
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> fr.add_working_days(dt.date(2025, 9, 30), 5)  # over National Day 2025
/// datetime.date(2025, 10, 14)
#[pyfunction]
pub fn add_working_days<'py>(
    py: Python<'py>,
    d: &Bound<'py, PyAny>,
    n: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = official().add_working_days(to_date(d)?, to_count(n)?).py_err(py)?;
    from_date(py, r)
}

/// `add_working_days` over sequences (official calendar): `ns` is one int or a
/// sequence as long as `dates`. Returns a list of dates. On error the exception
/// has an `.index` attribute naming the failing position.
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> fr.add_working_days_many([dt.date(2025, 9, 30), dt.date(2025, 1, 2)], [5, 1])
/// [datetime.date(2025, 10, 14), datetime.date(2025, 1, 3)]
#[pyfunction]
pub fn add_working_days_many<'py>(
    py: Python<'py>,
    dates: &Bound<'py, PyAny>,
    ns: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    add_many(py, official(), dates, ns)
}

/// The n-th working day strictly before `d` (e.g. Art. 24's "申报前10个工作日").
#[pyfunction]
pub fn sub_working_days<'py>(
    py: Python<'py>,
    d: &Bound<'py, PyAny>,
    n: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let r = official().sub_working_days(to_date(d)?, to_count(n)?).py_err(py)?;
    from_date(py, r)
}

/// The number of working days `x` with `start < x <= end` (official calendar).
#[pyfunction]
pub fn working_days_between(py: Python<'_>, start: &Bound<'_, PyAny>, end: &Bound<'_, PyAny>) -> PyResult<u32> {
    official()
        .working_days_between(to_date(start)?, to_date(end)?)
        .py_err(py)
}

/// The first working day on or after `d` (official calendar).
#[pyfunction]
pub fn next_working_day<'py>(py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let r = official().next_working_day(to_date(d)?).py_err(py)?;
    from_date(py, r)
}

/// The last working day on or before `d` (official calendar).
#[pyfunction]
pub fn previous_working_day<'py>(py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let r = official().previous_working_day(to_date(d)?).py_err(py)?;
    from_date(py, r)
}

/// What the official calendar says about `d` (`DayInfo`).
#[pyfunction]
pub fn day_info<'py>(py: Python<'py>, d: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let info = official().day_info(to_date(d)?).py_err(py)?;
    record(py, "DayInfo", &info)
}

/// The due date of `period` (a `Period` or its dict) triggered on `start`, on
/// the official calendar (or `calendar`), under 民法典 第二百零一条至第二百零三条.
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> fr.due_date(dt.date(2025, 9, 18), fr.Period.months(1))  # Sat 10-18 rolls to Mon
/// datetime.date(2025, 10, 20)
/// >>> fr.due_date(dt.date(2025, 9, 30), {"unit": "working_days", "count": 5})
/// datetime.date(2025, 10, 14)
#[pyfunction]
#[pyo3(signature = (start, period, calendar = None))]
pub fn due_date<'py>(
    py: Python<'py>,
    start: &Bound<'py, PyAny>,
    period: &Bound<'py, PyAny>,
    calendar: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let cal = calendar_arg(calendar)?;
    let r =
        fuling_rules::due_date(to_date(start)?, to_period(period)?, cal.as_ref().unwrap_or(official())).py_err(py)?;
    from_date(py, r)
}

/// The due date with its reasons (`Explanation`), on the official calendar (or `calendar`).
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> e = fr.explain_due_date(dt.date(2025, 9, 30), fr.Period.working_days(5))
/// >>> e.due, [d.date.isoformat() for d in e.worked]
/// (datetime.date(2025, 10, 14), ['2025-10-11'])
#[pyfunction]
#[pyo3(signature = (start, period, calendar = None))]
pub fn explain_due_date<'py>(
    py: Python<'py>,
    start: &Bound<'py, PyAny>,
    period: &Bound<'py, PyAny>,
    calendar: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let cal = calendar_arg(calendar)?;
    let e = fuling_rules::explain_due_date(to_date(start)?, to_period(period)?, cal.as_ref().unwrap_or(official()))
        .py_err(py)?;
    record(py, "Explanation", &e)
}

/// The sentence of an explanation given as its dict (`lang` is `"zh"` or `"en"`).
#[pyfunction]
pub fn _explanation_sentence(py: Python<'_>, data: &Bound<'_, PyAny>, lang: &Bound<'_, PyAny>) -> PyResult<String> {
    let lang = text(lang, "lang")?;
    let e: fuling_rules::Explanation = from_json_value(py, json_value(data)?)?;
    Ok(if lang == "zh" { e.sentence_zh() } else { e.sentence_en() })
}
