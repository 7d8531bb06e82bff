//! Python binding of `fuling-rules`: the extension module `fuling_rules._native`.
//!
//! Thin by design: every function converts its arguments (`convert`), calls the core
//! and maps the core's `Error` to `RulesError` (`errors`). Results are built from the
//! core's serde output, so the Python objects equal the Rust results field for field.
//! The public Python package is `fuling_rules` (see `python/fuling_rules`).

// Python method names (`to_dict`, `__reduce__`) follow Python, not Rust conventions.
#![allow(clippy::wrong_self_convention)]

/// One `#[pymethods]` block of rows `fn name(args) -> T = body;`: a method is a row that
/// converts, calls the core and maps the error, not a wrapper of its own.
macro_rules! methods {
    ($ty:ty { $( $(#[$m:meta])* fn $name:ident $(<$lt:lifetime>)? ($($arg:tt)*) -> $ret:ty = $body:expr; )* }) => {
        #[pymethods]
        impl $ty {
            $( $(#[$m])* fn $name $(<$lt>)? ($($arg)*) -> $ret { $body } )*
        }
    };
}

/// Module functions as rows, like `methods!`.
macro_rules! functions {
    ($( $(#[$m:meta])* fn $name:ident $(<$lt:lifetime>)? ($($arg:tt)*) -> $ret:ty = $body:expr; )*) => {
        $( #[pyfunction] $(#[$m])* pub fn $name $(<$lt>)? ($($arg)*) -> $ret { $body } )*
    };
}

mod arrays;
mod calendar;
mod checks;
mod citation;
mod convert;
mod errors;
mod money;
mod portfolio;
mod process;
mod ruleset;

use fuling_rules::ErrorCode;
use pyo3::prelude::*;

/// Every error code of the core, in declaration order (`ErrorCode::ALL`).
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    ErrorCode::ALL.iter().map(|c| c.as_str()).collect()
}

/// The Python exception class name the binding raises for each error code.
#[pyfunction]
fn _error_classes(py: Python<'_>) -> PyResult<Vec<(&'static str, String)>> {
    ErrorCode::ALL
        .iter()
        .map(|c| Ok((c.as_str(), errors::class_for(py, *c).name()?.to_string())))
        .collect()
}

/// Raises the exception for `code` (testing aid: checks the mapping of every code).
#[pyfunction]
fn _raise(code: convert::Text) -> errors::R<()> {
    let (zh, en) = (format!("测试:{}", code.0), format!("test: {}", code.0));
    let Some(c) = ErrorCode::ALL.iter().find(|c| c.as_str() == code.0) else {
        return Err(fuling_rules::Error::new(ErrorCode::UnknownName, zh, format!("no error code {:?}", code.0)).into());
    };
    Err(fuling_rules::Error::new(*c, zh, en)
        .with_article(fuling_rules::Art::new(20))
        .into())
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", fuling_rules::VERSION)?;
    m.add("VERSION", fuling_rules::VERSION)?;
    m.add("RulesError", py.get_type::<errors::RulesError>())?;
    m.add("CalendarRangeError", py.get_type::<errors::CalendarRangeError>())?;
    m.add("AmountError", py.get_type::<errors::AmountError>())?;
    m.add("TransitionError", py.get_type::<errors::TransitionError>())?;
    m.add("InputError", py.get_type::<errors::InputError>())?;
    m.add_class::<citation::PyCitation>()?;
    m.add_class::<money::PyAmount>()?;
    m.add_class::<calendar::PyPeriod>()?;
    m.add_class::<calendar::PyCalendar>()?;
    m.add_class::<ruleset::PyRuleset>()?;
    m.add_class::<process::PyProject>()?;
    m.add_class::<process::PyApplicationRecord>()?;
    m.add_class::<portfolio::PyPortfolio>()?;
    use calendar as c;
    for f in [
        wrap_pyfunction!(error_codes, m)?,
        wrap_pyfunction!(_error_classes, m)?,
        wrap_pyfunction!(_raise, m)?,
        wrap_pyfunction!(c::is_working_day, m)?,
        wrap_pyfunction!(c::add_working_days, m)?,
        wrap_pyfunction!(c::add_working_days_many, m)?,
        wrap_pyfunction!(c::sub_working_days, m)?,
        wrap_pyfunction!(c::working_days_between, m)?,
        wrap_pyfunction!(c::next_working_day, m)?,
        wrap_pyfunction!(c::previous_working_day, m)?,
        wrap_pyfunction!(c::day_info, m)?,
        wrap_pyfunction!(arrays::_calendar_batch, m)?,
        wrap_pyfunction!(c::due_date, m)?,
        wrap_pyfunction!(c::explain_due_date, m)?,
        wrap_pyfunction!(c::parse_notice, m)?,
        wrap_pyfunction!(ruleset::requires_municipal_filing, m)?,
        wrap_pyfunction!(process::process_mermaid, m)?,
        wrap_pyfunction!(process::migrate, m)?,
        wrap_pyfunction!(process::process_markdown_table, m)?,
        wrap_pyfunction!(checks::run_check, m)?,
        wrap_pyfunction!(checks::json_schema, m)?,
        wrap_pyfunction!(checks::check_names, m)?,
        wrap_pyfunction!(checks::schema_names, m)?,
    ] {
        m.add_function(f)?;
    }
    checks::add_all(m)
}
