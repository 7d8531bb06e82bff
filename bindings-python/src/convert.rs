//! Conversions between Python objects and the core's types: `datetime.date`,
//! counts, and JSON values (dicts in, dicts out). No rule lives here.

use crate::errors::{input_error, type_error};
use chrono::{Datelike, NaiveDate};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use pyo3::{intern, IntoPyObjectExt};
use serde_json::{Map, Number, Value};

/// Deepest nesting accepted when converting a Python object to JSON.
pub const MAX_DEPTH: usize = 64;

struct DateApi {
    date: Py<PyType>,
    datetime: Py<PyType>,
}

static DATE_API: PyOnceLock<DateApi> = PyOnceLock::new();

/// `datetime.date` objects for every day the official calendar covers, shared
/// (dates are immutable), so results cost no allocation.
struct DateCache {
    first_ordinal: i32,
    dates: Vec<Py<PyAny>>,
}

static DATE_CACHE: PyOnceLock<DateCache> = PyOnceLock::new();

fn date_api(py: Python<'_>) -> PyResult<&DateApi> {
    DATE_API.get_or_try_init(py, || {
        let m = py.import("datetime")?;
        Ok(DateApi {
            date: m.getattr("date")?.cast_into::<PyType>()?.unbind(),
            datetime: m.getattr("datetime")?.cast_into::<PyType>()?.unbind(),
        })
    })
}

fn date_cache(py: Python<'_>) -> PyResult<&DateCache> {
    DATE_CACHE.get_or_try_init(py, || {
        let cov = crate::calendar::official().coverage();
        let first = cov.first.num_days_from_ce();
        let last = cov.last.num_days_from_ce();
        let ty = date_api(py)?.date.bind(py);
        let fromordinal = ty.getattr("fromordinal")?;
        let mut dates = Vec::with_capacity(usize::try_from(last - first + 1).unwrap_or(0));
        for ord in first..=last {
            dates.push(fromordinal.call1((ord,))?.unbind());
        }
        Ok(DateCache {
            first_ordinal: first,
            dates,
        })
    })
}

/// Converts a `datetime.date` (not a `datetime.datetime`) to a `NaiveDate`.
///
/// `datetime.datetime` is a subclass of `date`; it is rejected with `TypeError`
/// because its date depends on a time zone the library cannot know.
pub fn to_date(obj: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    let py = obj.py();
    let api = date_api(py)?;
    if !obj.get_type().is(api.date.bind(py)) {
        if obj.is_instance(api.datetime.bind(py))? {
            return Err(type_error(
                "expected datetime.date, got datetime.datetime: pass value.date() \
                 (a datetime's calendar day depends on its time zone, so it is not converted implicitly)",
            ));
        }
        if !obj.is_instance(api.date.bind(py))? {
            return Err(type_error(format!(
                "expected datetime.date, got {}",
                obj.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_else(|_| "?".into())
            )));
        }
    }
    let ord: i64 = obj.call_method0(intern!(py, "toordinal"))?.extract()?;
    i32::try_from(ord)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .ok_or_else(|| input_error("invalid_date", &format!("date ordinal {ord} out of range")))
}

/// Converts a `NaiveDate` to a `datetime.date`.
pub fn from_date(py: Python<'_>, d: NaiveDate) -> PyResult<Bound<'_, PyAny>> {
    let ord = d.num_days_from_ce();
    let cache = date_cache(py)?;
    if let Some(obj) = usize::try_from(ord - cache.first_ordinal)
        .ok()
        .and_then(|i| cache.dates.get(i))
    {
        return Ok(obj.bind(py).clone());
    }
    if !(1..=3_652_059).contains(&ord) {
        // Outside what Python's datetime.date can represent (years 1..=9999).
        return Err(input_error(
            "invalid_date",
            &format!("{d} cannot be represented as datetime.date"),
        ));
    }
    date_api(py)?
        .date
        .bind(py)
        .call_method1(intern!(py, "fromordinal"), (ord,))
}

/// A non-negative count (`n` working days) as `u32`.
///
/// Negative or too-large values are `RulesError` (`invalid_input`), never `OverflowError`.
pub fn to_count(obj: &Bound<'_, PyAny>) -> PyResult<u32> {
    if let Ok(n) = obj.extract::<u32>() {
        return Ok(n);
    }
    let Ok(int) = obj.cast::<PyInt>() else {
        return Err(type_error(format!(
            "expected int, got {}",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into())
        )));
    };
    let negative = int.lt(0i32).unwrap_or(false);
    Err(if negative {
        crate::errors::core_error(
            obj.py(),
            &fuling_rules::Error::new(
                fuling_rules::ErrorCode::InvalidInput,
                format!("天数不能为负数:{int}(向前计算请用 sub_working_days)"),
                format!("n must not be negative, got {int} (use sub_working_days to count backward)"),
            ),
        )
    } else {
        crate::errors::core_error(
            obj.py(),
            &fuling_rules::Error::new(
                fuling_rules::ErrorCode::InvalidInput,
                format!("天数过大:{int}(上限 {})", u32::MAX),
                format!("n is too large: {int} (at most {})", u32::MAX),
            ),
        )
    })
}

/// A Python object (dict, list, str, int, float, bool, None, date, Decimal,
/// Amount, Citation, Period) to a JSON value.
pub fn to_value(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    to_value_at(obj, 0)
}

fn to_value_at(obj: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    let py = obj.py();
    if depth > MAX_DEPTH {
        return Err(input_error(
            "input_too_large",
            &format!("input nests deeper than {MAX_DEPTH} levels"),
        ));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(str_of(s)?));
    }
    if let Ok(i) = obj.cast::<PyInt>() {
        if let Ok(v) = i.extract::<i64>() {
            return Ok(Value::Number(v.into()));
        }
        if let Ok(v) = i.extract::<u64>() {
            return Ok(Value::Number(v.into()));
        }
        return Err(input_error("invalid_input", &format!("integer {i} is too large")));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| input_error("invalid_input", &format!("{v} is not a finite number")));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let Ok(key) = k.cast::<PyString>() else {
                return Err(type_error(format!(
                    "dict keys must be str, got {}",
                    k.get_type().name()?
                )));
            };
            map.insert(str_of(key)?, to_value_at(&v, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if let Ok(l) = obj.cast::<PyList>() {
        return l
            .iter()
            .map(|v| to_value_at(&v, depth + 1))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array);
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        return t
            .iter()
            .map(|v| to_value_at(&v, depth + 1))
            .collect::<PyResult<Vec<_>>>()
            .map(Value::Array);
    }
    let api = date_api(py)?;
    if obj.is_instance(api.date.bind(py))? {
        return Ok(Value::String(to_date(obj)?.to_string()));
    }
    if let Ok(a) = obj.cast::<crate::money::PyAmount>() {
        return Ok(Value::String(a.get().0.to_yuan_string()));
    }
    if let Ok(c) = obj.cast::<crate::citation::PyCitation>() {
        return serde_json::to_value(c.get().0).map_err(|e| input_error("invalid_input", &e.to_string()));
    }
    if let Ok(p) = obj.cast::<crate::calendar::PyPeriod>() {
        return serde_json::to_value(p.get().0).map_err(|e| input_error("invalid_input", &e.to_string()));
    }
    if crate::money::is_decimal(obj)? {
        return Ok(Value::String(crate::money::decimal_text(obj)?));
    }
    Err(type_error(format!(
        "cannot convert {} to JSON (expected dict, list, tuple, str, int, float, bool, None, datetime.date, Decimal, Amount, Citation or Period)",
        obj.get_type().name()?
    )))
}

/// A JSON value to plain Python objects (dict, list, str, int, float, bool, None).
pub fn from_value<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_bound_py_any(py)?,
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_bound_py_any(py)?
            } else if let Some(u) = n.as_u64() {
                u.into_bound_py_any(py)?
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_bound_py_any(py)?
            }
        }
        Value::String(s) => s.into_bound_py_any(py)?,
        Value::Array(a) => {
            let list = PyList::empty(py);
            for x in a {
                list.append(from_value(py, x)?)?;
            }
            list.into_any()
        }
        Value::Object(m) => {
            let dict = PyDict::new(py);
            for (k, x) in m {
                dict.set_item(k, from_value(py, x)?)?;
            }
            dict.into_any()
        }
    })
}

/// JSON input given as a `str` (JSON text) or as Python objects (a dict).
pub fn json_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return str_of(s);
    }
    let v = to_value(obj)?;
    serde_json::to_string(&v).map_err(|e| input_error("invalid_input", &e.to_string()))
}

/// JSON input given as a `str` (parsed) or as Python objects, as a value.
pub fn json_value(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if let Ok(s) = obj.cast::<PyString>() {
        return serde_json::from_str(&str_of(s)?).map_err(|e| crate::errors::core_error(obj.py(), &json_error(&e)));
    }
    to_value(obj)
}

/// The core's mapping of a serde_json error (syntax → `invalid_json`, shape → `invalid_input`).
pub fn json_error(err: &serde_json::Error) -> fuling_rules::Error {
    use serde_json::error::Category;
    match err.classify() {
        Category::Data => fuling_rules::Error::new(
            fuling_rules::ErrorCode::InvalidInput,
            format!("输入内容不符合要求:{err}"),
            format!("input has the wrong shape: {err}"),
        ),
        _ => fuling_rules::Error::new(
            fuling_rules::ErrorCode::InvalidJson,
            format!("JSON 格式错误:{err}"),
            format!("malformed JSON: {err}"),
        ),
    }
}

/// Reads a core type from a JSON value with the core's one reader (`FromJson`), errors
/// naming the JSON Pointer like the core's.
pub fn from_json_value<T: fuling_rules::json_input::FromJson>(py: Python<'_>, v: Value) -> PyResult<T> {
    fuling_rules::json_input::from_value(&v).map_err(|e| crate::errors::core_error(py, &e.into_input_error()))
}

/// Serialises a core value to plain Python objects.
pub fn to_py<'py, T: serde::Serialize>(py: Python<'py>, t: &T) -> PyResult<Bound<'py, PyAny>> {
    let v = serde_json::to_value(t).map_err(|e| input_error("invalid_input", &e.to_string()))?;
    from_value(py, &v)
}

/// Wraps a core value into the typed, immutable Python record `name` (from
/// `fuling_rules._records`), built from the core's serde output.
pub fn record<'py, T: serde::Serialize>(py: Python<'py>, name: &str, t: &T) -> PyResult<Bound<'py, PyAny>> {
    static RECORDS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    let m = RECORDS.get_or_try_init(py, || py.import("fuling_rules._records").map(Bound::unbind))?;
    let data = to_py(py, t)?;
    m.bind(py).getattr(name)?.call1((data,))
}

/// A Python `str` as Rust text: `TypeError` for other types, `RulesError`
/// (`invalid_input`) for a str that is not valid Unicode (lone surrogates).
pub fn text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(type_error(format!(
            "{what} must be str, got {}",
            obj.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".into())
        )));
    };
    str_of(s)
}

/// The UTF-8 text of a `str`; lone surrogates are a `RulesError` (`invalid_input`).
pub fn str_of(s: &Bound<'_, PyString>) -> PyResult<String> {
    s.to_str().map(str::to_owned).map_err(|_| {
        input_error(
            "invalid_input",
            "text contains a lone surrogate and is not valid Unicode",
        )
    })
}
