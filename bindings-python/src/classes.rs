//! The Python classes' structs (`#[pyclass]`), each a wrapper of a core value, and the
//! defaults of their optional arguments. Their methods are the tables of the modules above
//! (`citation`, `money`, `calendar`, `ruleset`, `process`, `portfolio`); this module uses
//! no other of the binding's modules.

use fuling_rules::portfolio::Portfolio;
use fuling_rules::records::ApplicationRecord;
use fuling_rules::{Amount, Calendar, Citation, Period, Project, Ruleset};
use pyo3::prelude::*;
use std::sync::OnceLock;

#[doc = pydoc!("Citation")]
#[pyclass(name = "Citation", module = "fuling_rules._native", frozen, eq, hash, ord)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyCitation(pub Citation);

#[doc = pydoc!("Amount")]
#[pyclass(name = "Amount", module = "fuling_rules._native", frozen, eq, ord, hash)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PyAmount(pub Amount);

#[doc = pydoc!("Period")]
#[pyclass(name = "Period", module = "fuling_rules._native", frozen, eq, hash)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PyPeriod(pub Period);

#[doc = pydoc!("Calendar")]
#[pyclass(name = "Calendar", module = "fuling_rules._native", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyCalendar(pub Calendar);

/// The official calendar, built once per process.
pub fn official() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::official)
}

/// An optional calendar argument.
pub type Cal<'py> = Option<PyRef<'py, PyCalendar>>;

/// The calendar argument of functions: `None` means the official one.
pub fn calendar_of<'a>(cal: &'a Cal<'_>) -> &'a Calendar {
    cal.as_ref().map_or(official(), |c| &c.0)
}

#[doc = pydoc!("Ruleset")]
#[pyclass(name = "Ruleset", module = "fuling_rules._native", frozen, eq)]
#[derive(Clone, PartialEq, Default)]
pub struct PyRuleset(pub Ruleset);

/// An optional ruleset argument.
pub type Rules<'py> = Option<PyRef<'py, PyRuleset>>;

/// The ruleset argument of functions: `None` means the default.
pub fn ruleset_of(r: &Rules<'_>) -> Ruleset {
    r.as_ref().map(|r| r.0.clone()).unwrap_or_default()
}

#[doc = pydoc!("Project")]
#[pyclass(name = "Project", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyProject(pub Project);

#[doc = pydoc!("ApplicationRecord")]
#[pyclass(name = "ApplicationRecord", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyApplicationRecord(pub ApplicationRecord);

#[doc = pydoc!("Portfolio")]
#[pyclass(name = "Portfolio", module = "fuling_rules._native")]
pub struct PyPortfolio(pub Portfolio);
