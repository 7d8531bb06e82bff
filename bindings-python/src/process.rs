//! `Project`: the approval and lifecycle process (event-sourced), its status and diagrams.

use crate::calendar::{calendar_arg, official};
use crate::convert::{from_json_value, json_text, json_value, record, text, to_date, to_py};
use crate::errors::IntoPy;
use crate::ruleset::ruleset_arg;
use fuling_rules::model::ProjectKind;
use fuling_rules::{Event, Process, Project};
use pyo3::prelude::*;

/// A project (项目): its id, kind (`"development"` or `"om"`), application and
/// ordered dated events; its state is the replay of the events. Events are
/// dicts (or JSON text) in the shape of `docs/events.md`. A refused event
/// raises (`TransitionError`, `InputError`, …) and leaves the project unchanged.
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> p = fr.Project("FL-2025-001", "development")
/// >>> p.state
/// 'proposed'
/// >>> p == fr.Project.from_json(p.to_json())
/// True
#[pyclass(name = "Project", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyProject(pub Project);

fn kind_of(py: Python<'_>, kind: &Bound<'_, PyAny>) -> PyResult<ProjectKind> {
    let k = text(kind, "kind")?;
    from_json_value(py, serde_json::Value::String(k))
}

#[pymethods]
impl PyProject {
    /// A new project with no events, in state `proposed`.
    #[new]
    #[pyo3(signature = (id, kind = None))]
    fn new(py: Python<'_>, id: &Bound<'_, PyAny>, kind: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let id = text(id, "id")?;
        let kind = match kind {
            Some(k) => kind_of(py, k)?,
            None => ProjectKind::Development,
        };
        Ok(PyProject(Project::new(&id, kind)))
    }

    /// Loads a project (JSON text or a dict: `{"schema": 1, "id", "kind", "application", "events"}`),
    /// replaying its events with `ruleset` and `calendar` (default and official when omitted).
    #[staticmethod]
    #[pyo3(signature = (data, *, calendar = None, ruleset = None))]
    fn from_json(
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        calendar: Option<&Bound<'_, PyAny>>,
        ruleset: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let cal = calendar_arg(calendar)?;
        let rules = ruleset_arg(ruleset)?;
        Project::from_json_str_with(&json_text(data)?, &rules, cal.as_ref().unwrap_or(official()))
            .py_err(py)
            .map(PyProject)
    }

    /// Applies one event (a dict or JSON text, see `docs/events.md`).
    #[pyo3(signature = (event, *, calendar = None, ruleset = None))]
    fn apply(
        &mut self,
        py: Python<'_>,
        event: &Bound<'_, PyAny>,
        calendar: Option<&Bound<'_, PyAny>>,
        ruleset: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let cal = calendar_arg(calendar)?;
        let rules = ruleset_arg(ruleset)?;
        let ev: Event = from_json_value(py, json_value(event)?)?;
        self.0
            .apply_with(ev, &rules, cal.as_ref().unwrap_or(official()))
            .py_err(py)
    }

    /// Applies one event given as JSON text (as Rust's `apply_json`).
    fn apply_json(&mut self, py: Python<'_>, json: &Bound<'_, PyAny>) -> PyResult<()> {
        let json = text(json, "json")?;
        self.0.apply_json(&json).py_err(py)
    }

    /// The project's identifier.
    #[getter]
    fn id(&self) -> &str {
        self.0.id()
    }

    /// `"development"` or `"om"`.
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.kind())
    }

    /// The current state, e.g. `"proposed"`.
    #[getter]
    fn state(&self) -> &'static str {
        self.0.state().as_str()
    }

    /// The events applied, as dicts (their JSON form).
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.events())
    }

    /// The application's metadata, as a dict.
    #[getter]
    fn application<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, self.0.application())
    }

    /// The development funding plan amount (第二十条), the latest recorded.
    #[getter]
    fn amount(&self) -> Option<crate::money::PyAmount> {
        self.0.amount().map(crate::money::PyAmount)
    }

    /// How the need entered the ledger, once known.
    #[getter]
    fn origin<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.origin())
    }

    /// The event types allowed in the current state (guards not evaluated).
    fn allowed_events(&self) -> Vec<&'static str> {
        Process::allowed_events(self.0.state(), self.0.kind())
            .into_iter()
            .map(|e| e.as_str())
            .collect()
    }

    /// The status as of `as_of` (a `datetime.date`): open obligations with due
    /// dates, articles and explanations, what is overdue and what was met late.
    #[pyo3(signature = (as_of, calendar = None, ruleset = None))]
    fn status<'py>(
        &self,
        py: Python<'py>,
        as_of: &Bound<'py, PyAny>,
        calendar: Option<&Bound<'py, PyAny>>,
        ruleset: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let cal = calendar_arg(calendar)?;
        let rules = ruleset_arg(ruleset)?;
        let s = self
            .0
            .status(to_date(as_of)?, cal.as_ref().unwrap_or(official()), &rules)
            .py_err(py)?;
        record(py, "Status", &s)
    }

    /// The timeline as a Mermaid `gantt` chart.
    #[pyo3(signature = (calendar = None, ruleset = None))]
    fn timeline_mermaid(
        &self,
        py: Python<'_>,
        calendar: Option<&Bound<'_, PyAny>>,
        ruleset: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let cal = calendar_arg(calendar)?;
        let rules = ruleset_arg(ruleset)?;
        self.0
            .timeline_mermaid(cal.as_ref().unwrap_or(official()), &rules)
            .py_err(py)
    }

    /// The project as JSON text; `Project.from_json` reads it back unchanged.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The project's JSON form as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.0.to_record())
    }

    fn __repr__(&self) -> String {
        format!(
            "Project(id={:?}, kind='{}', state='{}', events={})",
            self.0.id(),
            self.0.kind().as_str(),
            self.0.state().as_str(),
            self.0.events().len()
        )
    }
}

/// The process diagram (Mermaid `stateDiagram-v2`), generated from the transition table.
#[pyfunction]
pub fn process_mermaid() -> String {
    Process::mermaid()
}

/// The transition table as Markdown, generated from the same data as the diagram.
#[pyfunction]
pub fn process_markdown_table() -> String {
    Process::markdown_table()
}
