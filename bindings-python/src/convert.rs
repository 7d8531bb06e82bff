//! Conversions between Python objects and the core's types: `datetime.date`,
//! counts, amounts, text and JSON values (dicts in, dicts out). No rule lives here.

use crate::classes::{official, PyAmount, PyCitation, PyPeriod};
use crate::errors::{type_error, Fail, R};
use chrono::{Datelike, NaiveDate};
use fuling_rules::call::{amount_from_whole, day_count, year, MoneyUnit, Whole};
use fuling_rules::json_output::{to_string, ToJson};
use fuling_rules::{Error, ErrorCode, Period};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyType};
use pyo3::{intern, Borrowed};
use serde_json::{Map, Number, Value};

/// Deepest nesting accepted when converting a Python object to JSON.
pub const MAX_DEPTH: usize = 64;

fn input_error(code: ErrorCode, detail: &str) -> Fail {
    Fail::Core(Error::new(
        code,
        format!("输入无效:{detail}"),
        format!("invalid input: {detail}"),
    ))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `datetime.date` objects for every day the official calendar covers, shared
/// (dates are immutable), so results cost no allocation.
static DATE_CACHE: PyOnceLock<(i32, Vec<Py<PyAny>>)> = PyOnceLock::new();

/// A `datetime.date` argument (not a `datetime.datetime`: its calendar day depends on
/// a time zone the library cannot know, so it is a `TypeError`).
pub struct Date(pub NaiveDate);

impl<'a, 'py> FromPyObject<'a, 'py> for Date {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        let py = obj.py();
        let date = DATE.import(py, "datetime", "date")?;
        if !obj.get_type().is(date) {
            if obj.is_instance(DATETIME.import(py, "datetime", "datetime")?)? {
                return Err(type_error(
                    "expected datetime.date, got datetime.datetime: pass value.date() \
                     (a datetime's calendar day depends on its time zone, so it is not converted implicitly)",
                )
                .into());
            }
            if !obj.is_instance(date)? {
                return Err(type_error(format!("expected datetime.date, got {}", type_name(&obj))).into());
            }
        }
        let ord: i64 = obj.call_method0(intern!(py, "toordinal"))?.extract()?;
        i32::try_from(ord)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .map(Date)
            .ok_or_else(|| input_error(ErrorCode::InvalidDate, &format!("date ordinal {ord} out of range")))
    }
}

impl<'py> IntoPyObject<'py> for Date {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let (first, dates) = DATE_CACHE.get_or_try_init(py, || -> PyResult<_> {
            let cov = official().coverage();
            let from = DATE.import(py, "datetime", "date")?.getattr("fromordinal")?;
            let (a, b) = (cov.first.num_days_from_ce(), cov.last.num_days_from_ce());
            Ok((
                a,
                (a..=b)
                    .map(|o| from.call1((o,)).map(Bound::unbind))
                    .collect::<PyResult<_>>()?,
            ))
        })?;
        let ord = self.0.num_days_from_ce();
        match usize::try_from(ord - first).ok().and_then(|i| dates.get(i)) {
            Some(d) => Ok(d.bind(py).clone()),
            None if (1..=3_652_059).contains(&ord) => DATE
                .import(py, "datetime", "date")?
                .call_method1(intern!(py, "fromordinal"), (ord,)),
            // Outside what datetime.date holds (years 1..=9999).
            None => Err(input_error(ErrorCode::InvalidDate, &format!("{} is not a datetime.date", self.0)).into()),
        }
    }
}

/// A whole-number argument as the core's `call::Whole` reads it: an `int` (with `floats`, also
/// a `float`, which the core then refuses as `1.5` or `5.0` are not whole numbers); other
/// types, `bool` included, are a `TypeError`.
fn whole(obj: &Bound<'_, PyAny>, what: &str, floats: bool) -> PyResult<String> {
    let number = obj.cast::<PyInt>().is_ok() || (floats && obj.cast::<PyFloat>().is_ok());
    if obj.cast::<PyBool>().is_ok() || !number {
        return Err(type_error(format!("{what} must be an int, got {}", type_name(obj))));
    }
    Ok(match obj.extract::<i128>() {
        Ok(i) => i.to_string(),
        // Beyond i128 (or a float): its text; beyond str()'s digit limit, just its sign.
        Err(_) => match obj.str() {
            Ok(s) => s.to_string(),
            Err(_) => if obj.lt(0)? { "-1e" } else { "1e" }.to_owned(),
        },
    })
}

/// A day count: a non-negative 32-bit `int` (read by the core's `call::day_count`).
pub struct Count(pub u32);

impl<'a, 'py> FromPyObject<'a, 'py> for Count {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        Ok(Count(day_count(Whole::Text(&whole(&obj, "n", true)?))?))
    }
}

/// A year: a positive `int` (read by the core's `call::year`).
pub struct Year(pub i32);

impl<'a, 'py> FromPyObject<'a, 'py> for Year {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        Ok(Year(year(Whole::Text(&whole(&obj, "the year", true)?))?))
    }
}

/// An amount argument: an `Amount`, an `int` of yuan, a `str` (as `Amount.parse`) or a
/// `decimal.Decimal` of yuan; a `float` or a `bool` is a `TypeError`.
pub struct AmountArg(pub fuling_rules::Amount);

impl<'a, 'py> FromPyObject<'a, 'py> for AmountArg {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        let obj = &*obj;
        if let Ok(a) = obj.cast::<PyAmount>() {
            return Ok(AmountArg(a.get().0));
        }
        if obj.cast::<PyFloat>().is_ok() {
            return Err(type_error(
                "float is not accepted for money (binary floating point cannot hold 0.1 exactly): \
                 pass a str such as \"5000000.50\", a decimal.Decimal or an int of yuan",
            )
            .into());
        }
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(AmountArg(fuling_rules::Amount::parse(&str_of(s)?)?));
        }
        if obj.is_instance(DECIMAL.import(obj.py(), "decimal", "Decimal")?)? {
            return Ok(AmountArg(fuling_rules::Amount::parse(&decimal_text(obj)?)?));
        }
        match whole(obj, "amount", false) {
            Ok(yuan) => Ok(AmountArg(amount_from_whole(Whole::Text(&yuan), MoneyUnit::Yuan)?)),
            Err(_) => Err(type_error(format!(
                "expected Amount, int (yuan), str or Decimal, got {}",
                type_name(obj)
            ))
            .into()),
        }
    }
}

/// An amount of fen given as an `int` (`Amount.from_fen`).
pub fn fen(obj: &Bound<'_, PyAny>) -> R<fuling_rules::Amount> {
    Ok(amount_from_whole(
        Whole::Text(&whole(obj, "fen", false)?),
        MoneyUnit::Fen,
    )?)
}

/// `decimal.Decimal(text)`.
pub fn decimal<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    DECIMAL.import(py, "decimal", "Decimal")?.call1((text,))
}

/// A Decimal in positional notation (`format(d, "f")`), parsed as yuan text.
fn decimal_text(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    obj.call_method1("__format__", ("f",))?.extract()
}

/// A `str` argument; other types are a `TypeError`, lone surrogates `invalid_input`.
pub struct Text(pub String);

impl<'a, 'py> FromPyObject<'a, 'py> for Text {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        match obj.cast::<PyString>() {
            Ok(s) => Ok(Text(str_of(&s)?)),
            Err(_) => Err(type_error(format!("expected str, got {}", type_name(&obj))).into()),
        }
    }
}

/// The UTF-8 text of a `str`; lone surrogates are a `RulesError` (`invalid_input`).
/// Longer than `call::MAX_TEXT_BYTES` is `input_too_large`, as on every target.
pub fn str_of(s: &Bound<'_, PyString>) -> R<String> {
    let text = s.to_str().map_err(|_| {
        input_error(
            ErrorCode::InvalidInput,
            "text contains a lone surrogate and is not valid Unicode",
        )
    })?;
    Ok(fuling_rules::call::check_text(text)?.to_owned())
}

/// A `Period`, its JSON form as a dict, or text: JSON text or the regulation's wording
/// ("5个工作日内", "不低于90天"), read by the core's `call::period_text`.
pub struct PeriodArg(pub Period);

impl<'a, 'py> FromPyObject<'a, 'py> for PeriodArg {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        if let Ok(p) = obj.cast::<PyPeriod>() {
            return Ok(PeriodArg(p.get().0));
        }
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(PeriodArg(fuling_rules::call::period_text(&str_of(&s)?)?));
        }
        if obj.cast::<PyDict>().is_err() {
            return Err(type_error(format!("expected Period, dict or str, got {}", type_name(&obj))).into());
        }
        Ok(PeriodArg(fuling_rules::call::period(&obj.extract::<Json>()?.0)?))
    }
}

/// The items of a sequence argument (not a `str`); `what` is the `TypeError`'s message.
pub fn items<'py>(v: &Bound<'py, PyAny>, what: &str) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if v.cast::<PyString>().is_ok() {
        return Err(type_error(format!("{what}, got str")));
    }
    v.try_iter().map_err(|_| type_error(what.to_owned()))?.collect()
}

/// JSON input given as a `str` (JSON text, parsed by the core) or as Python objects
/// (converted to serde_json's value, then to the core's own tree).
pub struct Json(pub fuling_rules::json_input::Json);

impl<'a, 'py> FromPyObject<'a, 'py> for Json {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        match obj.cast::<PyString>() {
            Ok(s) => Ok(Json(fuling_rules::json_input::parse(&str_of(&s)?)?)),
            Err(_) => {
                let v = to_value(&obj, 0)?;
                fuling_rules::call::check_text(&v.to_string())?;
                Ok(Json(v.into()))
            }
        }
    }
}

/// JSON input as text: a `str` as it is, Python objects serialised.
pub struct JsonText(pub String);

impl<'a, 'py> FromPyObject<'a, 'py> for JsonText {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        match obj.cast::<PyString>() {
            Ok(s) => Ok(JsonText(str_of(&s)?)),
            Err(_) => Ok(JsonText(
                fuling_rules::call::check_text(&to_value(&obj, 0)?.to_string())?.to_owned(),
            )),
        }
    }
}

/// A Python object (dict, list, tuple, str, int, float, bool, None, date, Decimal,
/// Amount, Citation, Period) to a JSON value.
fn to_value(obj: &Bound<'_, PyAny>, depth: usize) -> R<Value> {
    if depth > MAX_DEPTH {
        return Err(input_error(
            ErrorCode::InputTooLarge,
            &format!("input nests deeper than {MAX_DEPTH} levels"),
        ));
    }
    let items = |it: &mut dyn Iterator<Item = Bound<'_, PyAny>>| -> R<Value> {
        it.map(|v| to_value(&v, depth + 1))
            .collect::<R<Vec<_>>>()
            .map(Value::Array)
    };
    Ok(if obj.is_none() {
        Value::Null
    } else if let Ok(b) = obj.cast::<PyBool>() {
        Value::Bool(b.is_true())
    } else if let Ok(s) = obj.cast::<PyString>() {
        Value::String(str_of(s)?)
    } else if let Ok(i) = obj.cast::<PyInt>() {
        match (i.extract::<i64>(), i.extract::<u64>()) {
            (Ok(v), _) => v.into(),
            (_, Ok(v)) => v.into(),
            _ => {
                return Err(input_error(
                    ErrorCode::InvalidInput,
                    &format!("integer {i} is too large"),
                ))
            }
        }
    } else if let Ok(f) = obj.cast::<PyFloat>() {
        Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| input_error(ErrorCode::InvalidInput, &format!("{f} is not a finite number")))?
    } else if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let Ok(key) = k.cast::<PyString>() else {
                return Err(type_error(format!("dict keys must be str, got {}", type_name(&k))).into());
            };
            map.insert(str_of(key)?, to_value(&v, depth + 1)?);
        }
        Value::Object(map)
    } else if let Ok(l) = obj.cast::<PyList>() {
        items(&mut l.iter())?
    } else if let Ok(t) = obj.cast::<PyTuple>() {
        items(&mut t.iter())?
    } else if obj.is_instance(DATE.import(obj.py(), "datetime", "date")?)? {
        Value::String(obj.extract::<Date>()?.0.to_string())
    } else if let Ok(a) = obj.cast::<PyAmount>() {
        Value::String(a.get().0.to_yuan_string())
    } else if let Ok(c) = obj.cast::<PyCitation>() {
        fuling_rules::json_input::parse_value(&to_string(&c.get().0))?
    } else if let Ok(p) = obj.cast::<PyPeriod>() {
        fuling_rules::json_input::parse_value(&to_string(&p.get().0))?
    } else if obj.is_instance(DECIMAL.import(obj.py(), "decimal", "Decimal")?)? {
        Value::String(decimal_text(obj)?)
    } else {
        return Err(type_error(format!(
            "cannot convert {} to JSON (expected dict, list, tuple, str, int, float, bool, None, datetime.date, Decimal, Amount, Citation or Period)",
            type_name(obj)
        ))
        .into());
    })
}

/// A core value returned as plain Python objects: the core's JSON text (its one writer,
/// `json_output::to_string`: keys in declaration order, as on every target), read by
/// Python's own JSON reader.
pub struct Plain<T>(pub T);

impl<'py, T: ToJson> IntoPyObject<'py> for Plain<T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let loads = LOADS.get_or_try_init(py, || py.import("json")?.getattr("loads").map(Bound::unbind))?;
        loads.bind(py).call1((to_string(&self.0),))
    }
}

/// A core value returned as the typed, immutable Python record `.0` (from
/// `fuling_rules._records`), built from its JSON form.
pub struct Record<T>(pub &'static str, pub T);

impl<'py, T: ToJson> IntoPyObject<'py> for Record<T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        static RECORDS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
        let m = RECORDS.get_or_try_init(py, || py.import("fuling_rules._records").map(Bound::unbind))?;
        m.bind(py).getattr(self.0)?.call1((Plain(self.1),))
    }
}
