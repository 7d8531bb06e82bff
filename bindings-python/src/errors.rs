//! The exception hierarchy and the mapping from the core's `Error`.
//!
//! `RulesError(ValueError)` carries `.code`, `.article`, `.message_zh` and
//! `.message_en`; the subclass is chosen by the code's family.

use fuling_rules::error::ErrorKind;
use fuling_rules::{Error, ErrorCode};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

create_exception! { fuling_rules._native, RulesError, PyValueError, pydoc!("RulesError") }
create_exception! {
    fuling_rules._native, CalendarRangeError, RulesError, pydoc!("CalendarRangeError")
}
create_exception! { fuling_rules._native, AmountError, RulesError, pydoc!("AmountError") }
create_exception! { fuling_rules._native, TransitionError, RulesError, pydoc!("TransitionError") }
create_exception! { fuling_rules._native, InputError, RulesError, pydoc!("InputError") }

/// The Python exception class for a code: one per family of the core's code table.
pub fn class_for(py: Python<'_>, code: ErrorCode) -> Bound<'_, pyo3::types::PyType> {
    match code.kind() {
        ErrorKind::CalendarRange => py.get_type::<CalendarRangeError>(),
        ErrorKind::Amount => py.get_type::<AmountError>(),
        ErrorKind::Process => py.get_type::<TransitionError>(),
        ErrorKind::Input => py.get_type::<InputError>(),
    }
}

/// Converts a core error to the Python exception (never fails: falls back to a plain `RulesError`).
pub fn core_error(py: Python<'_>, err: &Error) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let inst = class_for(py, err.code()).call1((err.to_string(),))?;
        inst.setattr("code", err.code().as_str())?;
        inst.setattr("article", err.article().map(crate::classes::PyCitation))?;
        inst.setattr("message_zh", err.message_zh())?;
        inst.setattr("message_en", err.message_en())?;
        Ok(PyErr::from_value(inst))
    };
    build().unwrap_or_else(|_| RulesError::new_err(err.to_string()))
}

/// A `TypeError` with a message.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyTypeError::new_err(msg.into())
}

/// An error of a binding function: the core's (raised as `RulesError`) or Python's own.
pub enum Fail {
    /// From the core.
    Core(Error),
    /// From Python (a `TypeError`, or an error raised while converting).
    Py(PyErr),
}

/// The result of a binding function; `?` works on core and Python results alike.
pub type R<T> = Result<T, Fail>;

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Core(e)
    }
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Self {
        Fail::Py(e)
    }
}

impl From<Fail> for PyErr {
    fn from(f: Fail) -> PyErr {
        match f {
            Fail::Core(e) => Python::attach(|py| core_error(py, &e)),
            Fail::Py(e) => e,
        }
    }
}
