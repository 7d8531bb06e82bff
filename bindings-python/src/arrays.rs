//! numpy array input of the calendar functions, in one abi3 wheel without the numpy C API.
//!
//! A calendar function given a `datetime.date` (and an `int`) answers on the scalar path.
//! Given anything with a `dtype` (a numpy array or scalar, a pandas Series or Index), it
//! hands the call to `fuling_rules._arrays.apply` (Python: it imports numpy through
//! `fuling_rules._optional.require`, checks dtypes, broadcasts and turns the dates into
//! `int64` day numbers as bytes, in chunks); that calls back `_calendar_batch` here, which runs the
//! core's batch query (`Calendar::*_batch`) over the day numbers and returns a `bytearray`
//! that numpy views without a copy. No Python code runs per element.

use crate::classes::{calendar_of, Cal, PyCalendar};
use crate::convert::{Count, Date, Record, Text};
use crate::errors::{core_error, Fail, R};
use fuling_rules::calendar::{BatchError, Counts, OnError};
use fuling_rules::call::{self, BatchOut, CalendarOp, OpAnswer, Operand};
use fuling_rules::{Calendar, Error, ErrorCode};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyFloat, PyInt};
use pyo3::{Borrowed, IntoPyObjectExt};
use std::borrow::Cow;
use zerocopy::FromBytes;

/// Whether `obj` is array input: it has a `dtype` (numpy arrays and scalars, pandas).
fn is_array(obj: &Bound<'_, PyAny>) -> bool {
    obj.hasattr(intern!(obj.py(), "dtype")).unwrap_or(false)
}

/// An argument of a calendar query: its value (`None` for array input) and the Python object.
pub struct Arg<'a, 'py>(Option<Operand>, Borrowed<'a, 'py, PyAny>);

/// A date argument: a `datetime.date`, or array input.
pub struct Dates<'a, 'py>(pub Arg<'a, 'py>);

impl<'a, 'py> FromPyObject<'a, 'py> for Dates<'a, 'py> {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        let value = match obj.extract::<Date>() {
            Ok(d) => Some(Operand::Date(d.0)),
            Err(_) if is_array(&obj) => None,
            Err(e) => return Err(e),
        };
        Ok(Dates(Arg(value, obj)))
    }
}

/// A count argument: an `int`, or array input.
pub struct Ns<'a, 'py>(pub Arg<'a, 'py>);

impl<'a, 'py> FromPyObject<'a, 'py> for Ns<'a, 'py> {
    type Error = Fail;
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> R<Self> {
        let value = match obj.cast::<PyInt>().is_err() && is_array(&obj) {
            true => None,
            false => Some(Operand::Count(obj.extract::<Count>()?.0)),
        };
        Ok(Ns(Arg(value, obj)))
    }
}

/// Every calendar function with an array form (`CalendarOp`): the core answers scalar arguments; array input on
/// either side goes to `fuling_rules._arrays.apply` (a scalar on the other side is broadcast).
pub fn query<'py>(
    py: Python<'py>,
    cal: &Calendar,
    op: CalendarOp,
    a: Arg<'_, 'py>,
    b: Option<Arg<'_, 'py>>,
    errors: Option<Text>,
) -> R<Bound<'py, PyAny>> {
    let on = call::on_error(errors.as_ref().map(|t| t.0.as_str()))?;
    let other = b.as_ref().map_or(Some(Operand::None), |b| b.0);
    if let (Some(Operand::Date(d)), Some(other)) = (a.0, other) {
        return Ok(match op.eval(cal, d, other)? {
            OpAnswer::Bool(x) => x.into_bound_py_any(py)?,
            OpAnswer::Date(x) => Date(x).into_bound_py_any(py)?,
            OpAnswer::Count(x) => x.into_bound_py_any(py)?,
            OpAnswer::DayInfo(x) => Record("DayInfo", x).into_bound_py_any(py)?,
            OpAnswer::Explanation(x) => Record("Explanation", *x).into_bound_py_any(py)?,
        });
    }
    static APPLY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let f = APPLY.get_or_try_init(py, || -> PyResult<_> {
        Ok(py.import("fuling_rules._arrays")?.getattr("apply")?.unbind())
    })?;
    let cal = Bound::new(py, PyCalendar(cal.clone()))?;
    Ok(f.bind(py)
        .call1((op.name(), cal, a.1, b.map(|b| b.1), on == OnError::Missing))?)
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

/// The error of a batch whose elements start at `offset` of the caller's array, as the
/// Python exception with `.index` set to the position in that array.
fn batch_error(py: Python<'_>, e: BatchError, offset: usize) -> PyErr {
    let position = e.position + offset;
    let err = core_error(py, &BatchError { position, ..e }.into_error());
    let _ = err.value(py).setattr("index", position);
    err
}

#[doc = pydoc!("_calendar_batch")]
#[pyfunction]
#[pyo3(signature = (calendar, op, a, b, nat, offset = 0))]
pub fn _calendar_batch<'py>(
    py: Python<'py>,
    calendar: Cal<'_>,
    op: &str,
    a: &Bound<'py, PyBytes>,
    b: Option<&Bound<'py, PyAny>>,
    nat: bool,
    offset: usize,
) -> R<Bound<'py, PyByteArray>> {
    let (cal, op) = (calendar_of(&calendar), CalendarOp::batch_from_name(op)?);
    let on = if nat { OnError::Missing } else { OnError::Raise };
    let days = int64s(a.as_bytes())?;
    let other = match b.map(|b| b.cast::<PyBytes>()) {
        Some(Ok(bytes)) => Some(int64s(bytes.as_bytes())?),
        _ => None,
    };
    let counts = match (&other, b) {
        (Some(v), _) => Counts::Each(v),
        (None, Some(n)) => match n.extract::<Count>() {
            Ok(n) => Counts::One(i64::from(n.0)),
            // A float is the first count of this chunk of a float array (`fuling_rules._arrays`
            // sends it): the core's day-count check refuses it, as `1.5` or `5.0` on the scalar
            // path, so it is bad input at this position (whatever `nat` says, as a negative count).
            Err(Fail::Core(error)) if n.cast::<PyFloat>().is_ok() && !days.is_empty() => {
                return Err(batch_error(py, BatchError { position: 0, error }, offset).into());
            }
            Err(e) => return Err(e),
        },
        (None, None) => Counts::One(0),
    };
    let (len, width) = (days.len(), op.batch_width());
    let run = |out: BatchOut<'_>| op.batch_into(cal, &days, counts, on, out);
    Ok(PyByteArray::new_with(py, len * width, |buf| {
        if width == 1 {
            return run(BatchOut::Flags(buf)).map_err(|e| batch_error(py, e, offset));
        }
        let done = match <[i64]>::mut_from_bytes(buf) {
            Ok(out) => run(BatchOut::Numbers(out)),
            Err(_) => {
                let mut out = vec![0i64; len];
                let r = run(BatchOut::Numbers(&mut out));
                for (chunk, v) in buf.chunks_exact_mut(8).zip(out) {
                    chunk.copy_from_slice(&v.to_ne_bytes());
                }
                r
            }
        };
        done.map_err(|e| batch_error(py, e, offset))
    })?)
}
