//! numpy array input of the calendar functions, in one abi3 wheel without the numpy C API.
//!
//! A calendar function given a `datetime.date` (and an `int`) answers on the scalar path.
//! Given anything with a `dtype` (a numpy array or scalar, a pandas Series or Index), it
//! hands the call to `fuling_rules._arrays.apply` (Python: it imports numpy through
//! `fuling_rules._optional.require`, checks dtypes, broadcasts and turns the dates into
//! `int64` day numbers as bytes, in chunks); that calls back `_calendar_batch` here, which runs the
//! core's batch query (`Calendar::*_batch`) over the day numbers and returns a `bytearray`
//! that numpy views without a copy. No Python code runs per element.

use crate::calendar::{calendar_of, PyCalendar};
use crate::convert::{Count, Date, Text};
use crate::errors::{core_error, Fail, R};
use fuling_rules::calendar::{BatchError, Counts, DateQuery, OnError};
use fuling_rules::{Calendar, Error, ErrorCode};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyInt};
use pyo3::IntoPyObjectExt;
use std::borrow::Cow;
use zerocopy::FromBytes;

/// Whether `obj` is array input: it has a `dtype` (numpy arrays and scalars, pandas).
fn is_array(obj: &Bound<'_, PyAny>) -> bool {
    obj.hasattr(intern!(obj.py(), "dtype")).unwrap_or(false)
}

/// A date argument: a `datetime.date`, or array input.
pub enum Dates<'py> {
    /// A `datetime.date`.
    One(chrono::NaiveDate),
    /// Anything with a `dtype`, handed to `fuling_rules._arrays`.
    Array(Bound<'py, PyAny>),
}

impl<'a, 'py> FromPyObject<'a, 'py> for Dates<'py> {
    type Error = crate::errors::Fail;
    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> R<Self> {
        match obj.extract::<Date>() {
            Ok(d) => Ok(Dates::One(d.0)),
            Err(_) if is_array(&obj) => Ok(Dates::Array(obj.to_owned())),
            Err(e) => Err(e),
        }
    }
}

/// A count argument: an `int`, or array input.
pub enum Ns<'py> {
    /// A non-negative 32-bit `int`.
    One(u32),
    /// Anything with a `dtype`.
    Array(Bound<'py, PyAny>),
}

impl<'a, 'py> FromPyObject<'a, 'py> for Ns<'py> {
    type Error = crate::errors::Fail;
    fn extract(obj: pyo3::Borrowed<'a, 'py, PyAny>) -> R<Self> {
        if obj.cast::<PyInt>().is_err() && is_array(&obj) {
            return Ok(Ns::Array(obj.to_owned()));
        }
        Ok(Ns::One(obj.extract::<Count>()?.0))
    }
}

/// A scalar answer, or the array `fuling_rules._arrays` built.
pub enum Answer<'py, T> {
    /// The scalar path's answer.
    One(T),
    /// A numpy array (or numpy scalar).
    Array(Bound<'py, PyAny>),
}

impl<'py, T: IntoPyObject<'py>> IntoPyObject<'py> for Answer<'py, T> {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;
    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Answer::One(t) => t.into_bound_py_any(py),
            Answer::Array(a) => Ok(a),
        }
    }
}

/// `errors=`: `"raise"` (the default) or `"nat"`.
pub fn on_error(errors: Option<&Text>) -> R<OnError> {
    match errors.map(|t| t.0.as_str()) {
        None | Some("raise") => Ok(OnError::Raise),
        Some("nat") => Ok(OnError::Missing),
        Some(other) => Err(Error::new(
            ErrorCode::InvalidInput,
            format!("errors 应为 \"raise\" 或 \"nat\",而不是 {other:?}"),
            format!("errors must be \"raise\" or \"nat\", not {other:?}"),
        )
        .into()),
    }
}

static APPLY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Hands an array call to `fuling_rules._arrays.apply(op, calendar, a, b, errors)`.
pub fn apply<'py>(
    cal: &Calendar,
    op: &str,
    a: Bound<'py, PyAny>,
    b: Option<Bound<'py, PyAny>>,
    errors: OnError,
) -> R<Bound<'py, PyAny>> {
    let py = a.py();
    let f = APPLY.get_or_try_init(py, || -> PyResult<_> {
        Ok(py.import("fuling_rules._arrays")?.getattr("apply")?.unbind())
    })?;
    let cal = Bound::new(py, PyCalendar(cal.clone()))?;
    Ok(f.bind(py).call1((op, cal, a, b, errors == OnError::Missing))?)
}

/// Array input on either side: the array path (a `date` or an `int` on the other side
/// is broadcast by numpy).
pub fn apply_dates_ns<'py>(
    cal: &Calendar,
    op: &str,
    d: Dates<'py>,
    n: Ns<'py>,
    errors: OnError,
) -> R<Bound<'py, PyAny>> {
    match (d, n) {
        (Dates::Array(a), Ns::Array(b)) => apply(cal, op, a, Some(b), errors),
        (Dates::Array(a), Ns::One(n)) => {
            let py = a.py();
            apply(cal, op, a, Some(n.into_bound_py_any(py)?), errors)
        }
        (Dates::One(d), Ns::Array(b)) => {
            let py = b.py();
            apply(cal, op, Date(d).into_bound_py_any(py)?, Some(b), errors)
        }
        (Dates::One(_), Ns::One(_)) => {
            Err(Error::new(ErrorCode::InvalidInput, "内部错误", "internal: scalar input").into())
        }
    }
}

/// `int64` values from native-endian bytes: a view when aligned, else a copy.
fn int64s(bytes: &[u8]) -> R<Cow<'_, [i64]>> {
    if bytes.len() % 8 != 0 {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "日序数据长度应为 8 的倍数",
            "day numbers must be int64 bytes (a length divisible by 8)",
        )
        .into());
    }
    Ok(match <[i64]>::ref_from_bytes(bytes) {
        Ok(view) => Cow::Borrowed(view),
        Err(_) => Cow::Owned(
            bytes
                .chunks_exact(8)
                .map(|c| i64::from_ne_bytes(c.try_into().unwrap_or_default()))
                .collect(),
        ),
    })
}

/// A `bytearray` of `len` native-endian `int64` values written by `fill` (straight into
/// the bytearray's buffer when it is aligned, as it is from the allocator).
fn int64_bytearray<'py>(
    py: Python<'py>,
    len: usize,
    offset: usize,
    fill: impl FnOnce(&mut [i64]) -> Result<(), BatchError>,
) -> PyResult<Bound<'py, PyByteArray>> {
    PyByteArray::new_with(py, len * 8, |buf| {
        let done = match <[i64]>::mut_from_bytes(buf) {
            Ok(out) => fill(out),
            Err(_) => {
                let mut out = vec![0i64; len];
                let r = fill(&mut out);
                for (chunk, v) in buf.chunks_exact_mut(8).zip(out) {
                    chunk.copy_from_slice(&v.to_ne_bytes());
                }
                r
            }
        };
        done.map_err(|e| batch_error(py, e, offset))
    })
}

/// The error of a batch whose elements start at `offset` of the caller's array, as the
/// Python exception with `.index` set to the position in that array.
fn batch_error(py: Python<'_>, e: BatchError, offset: usize) -> PyErr {
    let position = e.position + offset;
    let err = core_error(py, &BatchError { position, ..e }.into_error());
    let _ = err.value(py).setattr("index", position);
    err
}

/// Runs one of the core's batch queries over `int64` day numbers (`a`, and `b`: `None`,
/// an `int` count, `int64` counts or, for `working_days_between`, end days, as bytes).
/// Returns a `bytearray`: `int64` day numbers (NaT = `i64::MIN`) for dates, `int64`
/// counts (-1 = missing) for `working_days_between`, `uint8` 0/1 (2 = missing) for
/// `is_working_day`. `offset`: the position of the first element in the caller's array
/// (`fuling_rules._arrays` sends large arrays in chunks), added to error positions.
/// Internal: called by `fuling_rules._arrays`.
#[pyfunction]
#[pyo3(signature = (calendar, op, a, b, nat, offset = 0))]
pub fn _calendar_batch<'py>(
    py: Python<'py>,
    calendar: Option<PyRef<'_, PyCalendar>>,
    op: &str,
    a: &Bound<'py, PyBytes>,
    b: Option<&Bound<'py, PyAny>>,
    nat: bool,
    offset: usize,
) -> R<Bound<'py, PyByteArray>> {
    let cal = calendar_of(&calendar);
    let on = if nat { OnError::Missing } else { OnError::Raise };
    let days = int64s(a.as_bytes())?;
    let (bytes, count) = match b {
        None => (None, 0),
        Some(b) => match b.cast::<PyBytes>() {
            Ok(bytes) => (Some(bytes), 0),
            Err(_) => (None, i64::from(b.extract::<Count>()?.0)),
        },
    };
    let other = match bytes {
        Some(b) => Some(int64s(b.as_bytes())?),
        None => None,
    };
    let counts = match &other {
        Some(v) => Counts::Each(v),
        None => Counts::One(count),
    };
    let dates = |q: DateQuery| {
        int64_bytearray(py, days.len(), offset, |out| {
            cal.dates_batch_into(q, &days, counts, on, out)
        })
        .map_err(Fail::Py)
    };
    match op {
        "add_working_days" => dates(DateQuery::AddWorkingDays),
        "sub_working_days" => dates(DateQuery::SubWorkingDays),
        "next_working_day" => dates(DateQuery::NextWorkingDay),
        "previous_working_day" => dates(DateQuery::PreviousWorkingDay),
        "is_working_day" => match cal.is_working_day_batch(&days, on) {
            Ok(v) => Ok(PyByteArray::new_with(py, v.len(), |buf| {
                for (slot, w) in buf.iter_mut().zip(&v) {
                    *slot = w.map_or(2, u8::from);
                }
                Ok(())
            })?),
            Err(e) => Err(batch_error(py, e, offset).into()),
        },
        "working_days_between" => {
            let ends = other.as_deref().unwrap_or(&[]);
            match cal.working_days_between_batch(&days, ends, on) {
                Ok(v) => Ok(int64_bytearray(py, v.len(), offset, |out| {
                    for (o, c) in out.iter_mut().zip(&v) {
                        *o = c.map_or(-1, i64::from);
                    }
                    Ok(())
                })?),
                Err(e) => Err(batch_error(py, e, offset).into()),
            }
        }
        other => Err(Error::new(
            ErrorCode::UnknownName,
            format!("未知的批量操作 {other:?}"),
            format!("unknown batch operation {other:?}"),
        )
        .into()),
    }
}

/// `working_days_between` with array input on either side.
pub fn apply_pair<'py>(
    cal: &Calendar,
    op: &str,
    a: Dates<'py>,
    b: Dates<'py>,
    errors: OnError,
) -> R<Bound<'py, PyAny>> {
    let (a, b) = match (a, b) {
        (Dates::Array(a), Dates::Array(b)) => (a, b),
        (Dates::Array(a), Dates::One(d)) => {
            let b = Date(d).into_bound_py_any(a.py())?;
            (a, b)
        }
        (Dates::One(d), Dates::Array(b)) => (Date(d).into_bound_py_any(b.py())?, b),
        (Dates::One(_), Dates::One(_)) => {
            return Err(Error::new(ErrorCode::InvalidInput, "内部错误", "internal: scalar input").into())
        }
    };
    apply(cal, op, a, Some(b), errors)
}
