//! Python binding of `fuling-rules`: the extension module `fuling_rules._native`.
//!
//! Thin by design: every function converts its arguments (`convert`), calls the core
//! and maps the core's `Error` to `RulesError` (`errors`). Results are the core's JSON
//! text read by `json.loads`, so the Python objects equal the Rust results field for field.
//! A method or function is one row of `methods!`/`functions!`; its docstring is written once,
//! in the stubs (`pydoc!`). The public Python package is `fuling_rules` (see `python/fuling_rules`).

// Python method names (`to_dict`, `__reduce__`) follow Python, not Rust conventions.
#![allow(clippy::wrong_self_convention)]
// The docstrings compiled in from the stubs (`pydoc!`) are Python's (doctests: `>>>`), not Markdown.
#![allow(clippy::doc_lazy_continuation)]

/// The Python docstring of `key` (`name` or `Class.name`): written once, in the stubs
/// (`python/fuling_rules/_native.pyi`), and copied to `src/doc/` by `cargo xtask codegen`.
macro_rules! pydoc {
    ($key:literal) => {
        include_str!(concat!("doc/", $key, ".txt"))
    };
}

/// One `#[pymethods]` block of rows `fn name(args) -> T = body;`: a method is a row that
/// converts, calls the core and maps the error, not a wrapper of its own. Each row of the
/// first group gets the docstring `Class.name` (`pydoc!`); rows of the `plain` group
/// carry their own (or none).
macro_rules! methods {
    ($ty:ty = $class:literal {
        $( $(#[$m:meta])* fn $name:ident $(<$lt:lifetime>)? ($($arg:tt)*) -> $ret:ty
            = $body:expr; )*
    } $(plain {
        $( $(#[$um:meta])* fn $uname:ident $(<$ult:lifetime>)? ($($uarg:tt)*) -> $uret:ty
            = $ubody:expr; )*
    })?) => {
        #[pymethods]
        impl $ty {
            $(
                #[doc = include_str!(concat!("doc/", $class, ".", stringify!($name), ".txt"))]
                $(#[$m])* fn $name $(<$lt>)? ($($arg)*) -> $ret { $body }
            )*
            $($( $(#[$um])* fn $uname $(<$ult>)? ($($uarg)*) -> $uret { $ubody } )*)?
        }
    };
}

/// Module functions as rows, like `methods!`; each gets the docstring `name` (`pydoc!`).
macro_rules! functions {
    ($( $(#[$m:meta])* fn $name:ident $(<$lt:lifetime>)? ($($arg:tt)*) -> $ret:ty
        = $body:expr; )*) => {
        $(
            #[pyfunction]
            #[doc = include_str!(concat!("doc/", stringify!($name), ".txt"))]
            $(#[$m])* pub fn $name $(<$lt>)? ($($arg)*) -> $ret { $body }
        )*
    };
}

// The layers, bottom up; a module uses only the layers below its own: `classes` (the
// `#[pyclass]` structs), `errors` (the exceptions, the core-error mapping), `convert` and
// `arrays` (the conversions), `table` (`py_methods!`), then the method tables and module
// functions (`calendar`, `checks`, `citation`, `codes`, `money`, `portfolio`, `process`, `ruleset`).
mod arrays;
mod calendar;
mod checks;
mod citation;
mod classes;
mod codes;
mod convert;
mod errors;
mod money;
mod portfolio;
mod process;
mod ruleset;
mod table;

use pyo3::prelude::*;

#[pymodule]
mod _native {
    // The order of the exports is the order of `__all__` (blank lines keep rustfmt from sorting).
    #[pymodule_export]
    use crate::arrays::_calendar_batch;
    #[pymodule_export]
    use crate::calendar::{due_date, explain_due_date, parse_notice};
    #[pymodule_export]
    use crate::classes::{PyCalendar, PyPeriod};

    #[pymodule_export]
    use crate::checks::{check_names, json_schema, run_check, schema_names};
    #[pymodule_export]
    use crate::codes::{_error_classes, _raise, error_codes};
    #[pymodule_export]
    use crate::errors::{AmountError, CalendarRangeError, InputError, RulesError, TransitionError};
    #[pymodule_export]
    use crate::process::{migrate, process_markdown_table, process_mermaid};

    #[pymodule_export]
    use crate::classes::{PyApplicationRecord, PyProject};
    #[pymodule_export]
    use crate::ruleset::requires_municipal_filing;

    #[pymodule_export]
    use crate::classes::PyRuleset;

    #[pymodule_export]
    use crate::classes::PyCitation;

    #[pymodule_export]
    use crate::classes::{PyAmount, PyPortfolio};
    #[pymodule_export]
    const VERSION: &str = fuling_rules::VERSION;
    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = fuling_rules::VERSION;

    /// The calendar functions, one per row of `calendar_api!`, and the check functions, one per
    /// row of the core's table of checks.
    #[pymodule_init]
    fn init(m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        crate::calendar::add_all(m)?;
        crate::checks::add_all(m)
    }
}
