//! Python binding of `fuling-rules`: the extension module `fuling_rules._native`.
//!
//! Thin by design: every function converts its arguments, calls the core and
//! maps the core's `Error` to `RulesError`. Results are built from the core's
//! serde output, so the Python objects equal the Rust results field for field.
//! The public Python package is `fuling_rules` (see `python/fuling_rules`).

// Python method names (`to_dict`, `__reduce__`) follow Python, not Rust conventions.
#![allow(clippy::wrong_self_convention, clippy::type_complexity)]

mod calendar;
mod checks;
mod citation;
mod convert;
mod errors;
mod money;
mod process;
mod ruleset;

use pyo3::prelude::*;

/// Every error code of the core, in declaration order (`ErrorCode::ALL`).
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    fuling_rules::ErrorCode::ALL.iter().map(|c| c.as_str()).collect()
}

/// The Python exception class name the binding raises for each error code.
#[pyfunction]
fn _error_classes(py: Python<'_>) -> PyResult<Vec<(&'static str, String)>> {
    fuling_rules::ErrorCode::ALL
        .iter()
        .map(|c| Ok((c.as_str(), errors::class_for(py, *c).name()?.to_string())))
        .collect()
}

/// Raises the exception for `code` (testing aid: checks the mapping of every code).
#[pyfunction]
fn _raise(py: Python<'_>, code: &str) -> PyResult<()> {
    match fuling_rules::ErrorCode::ALL.iter().find(|c| c.as_str() == code) {
        Some(c) => Err(errors::core_error(
            py,
            &fuling_rules::Error::new(*c, format!("测试:{code}"), format!("test: {code}"))
                .with_article(fuling_rules::Art::new(20)),
        )),
        None => Err(errors::input_error("unknown_name", &format!("no error code {code:?}"))),
    }
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
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(_error_classes, m)?)?;
    m.add_function(wrap_pyfunction!(_raise, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::is_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::add_working_days, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::add_working_days_many, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::sub_working_days, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::working_days_between, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::next_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::previous_working_day, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::day_info, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::due_date, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::explain_due_date, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::_explanation_sentence, m)?)?;
    m.add_function(wrap_pyfunction!(ruleset::requires_municipal_filing, m)?)?;
    m.add_class::<process::PyProject>()?;
    m.add_function(wrap_pyfunction!(process::process_mermaid, m)?)?;
    m.add_function(wrap_pyfunction!(process::process_markdown_table, m)?)?;
    m.add_function(wrap_pyfunction!(checks::run_check, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_planning_dossier, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_joint_review, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_acceptance, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_catalog, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_deregistration, m)?)?;
    m.add_function(wrap_pyfunction!(checks::label_actions, m)?)?;
    m.add_function(wrap_pyfunction!(checks::priority_categories, m)?)?;
    m.add_function(wrap_pyfunction!(checks::json_schema, m)?)?;
    m.add_function(wrap_pyfunction!(checks::check_names, m)?)?;
    m.add_function(wrap_pyfunction!(checks::schema_names, m)?)?;
    Ok(())
}
