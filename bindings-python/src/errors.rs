//! The exception hierarchy and the mapping from the core's `Error`.
//!
//! `RulesError(ValueError)` carries `.code`, `.article`, `.message_zh` and
//! `.message_en`; the subclass is chosen by the code's family.

use fuling_rules::{Error, ErrorCode};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    fuling_rules._native,
    RulesError,
    PyValueError,
    "An error from fuling-rules: `.code` (stable snake_case), `.article` (Citation or None), `.message_zh`, `.message_en`."
);
create_exception!(
    fuling_rules._native,
    CalendarRangeError,
    RulesError,
    "A date or result outside the calendar data's coverage (code `calendar_out_of_range`)."
);
create_exception!(
    fuling_rules._native,
    AmountError,
    RulesError,
    "An amount that cannot be read (codes `amount_*`)."
);
create_exception!(
    fuling_rules._native,
    TransitionError,
    RulesError,
    "An event the process does not allow now (e.g. `transition_not_allowed`, `event_out_of_order`, `municipal_filing_required`)."
);
create_exception!(
    fuling_rules._native,
    InputError,
    RulesError,
    "Input of the wrong shape or value (e.g. `invalid_input`, `invalid_json`, `invalid_date`, `invalid_period`)."
);

/// The Python exception class for a code.
pub fn class_for(py: Python<'_>, code: ErrorCode) -> Bound<'_, pyo3::types::PyType> {
    use ErrorCode as C;
    match code {
        C::CalendarOutOfRange => py.get_type::<CalendarRangeError>(),
        C::AmountEmpty | C::AmountNegative | C::AmountTooPrecise | C::AmountOverflow | C::AmountMalformed => {
            py.get_type::<AmountError>()
        }
        C::EventOutOfOrder
        | C::TransitionNotAllowed
        | C::MunicipalFilingRequired
        | C::WrongProjectKind
        | C::ExceptionBasisRequired
        | C::CatalogUpdateRequired
        | C::ConditionsNotMet => py.get_type::<TransitionError>(),
        _ => py.get_type::<InputError>(),
    }
}

/// Converts a core error to the Python exception (never fails: falls back to a plain `RulesError`).
pub fn core_error(py: Python<'_>, err: &Error) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let inst = class_for(py, err.code()).call1((err.to_string(),))?;
        inst.setattr("code", err.code().as_str())?;
        let article = match err.article() {
            Some(c) => Bound::new(py, crate::citation::PyCitation(c))?.into_any(),
            None => py.None().into_bound(py),
        };
        inst.setattr("article", article)?;
        inst.setattr("message_zh", err.message_zh())?;
        inst.setattr("message_en", err.message_en())?;
        Ok(PyErr::from_value(inst))
    };
    build().unwrap_or_else(|_| RulesError::new_err(err.to_string()))
}

/// A `RulesError` for a binding-level input problem, with a code from `ErrorCode::ALL`.
pub fn input_error(code: &str, detail: &str) -> PyErr {
    let code = ErrorCode::ALL
        .iter()
        .copied()
        .find(|c| c.as_str() == code)
        .unwrap_or(ErrorCode::InvalidInput);
    let err = Error::new(code, format!("输入无效:{detail}"), format!("invalid input: {detail}"));
    Python::attach(|py| core_error(py, &err))
}

/// A `TypeError` with a message.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyTypeError::new_err(msg.into())
}

/// `Result` mapping for core calls.
pub trait IntoPy<T> {
    /// Maps the core error to the Python exception.
    fn py_err(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> IntoPy<T> for Result<T, Error> {
    fn py_err(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| core_error(py, &e))
    }
}
