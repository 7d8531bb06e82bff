//! `Project`: the approval and lifecycle process (event-sourced), its status and diagrams.

use crate::calendar::{calendar_of, PyCalendar};
use crate::convert::{Date, Json, JsonText, Plain, Record, Text};
use crate::errors::R;
use crate::ruleset::{ruleset_of, PyRuleset};
use fuling_rules::model::ProjectKind;
use fuling_rules::{Event, Process, Project};
use pyo3::prelude::*;

type Cal<'a> = Option<PyRef<'a, PyCalendar>>;
type Rules<'a> = Option<PyRef<'a, PyRuleset>>;

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

#[pymethods]
impl PyProject {
    /// A new project with no events, in state `proposed`.
    #[new]
    #[pyo3(signature = (id, kind = None))]
    fn new(id: Text, kind: Option<Text>) -> R<Self> {
        let kind = match kind {
            Some(k) => fuling_rules::json_input::from_value(&serde_json::Value::String(k.0))
                .map_err(|e| e.into_input_error())?,
            None => ProjectKind::Development,
        };
        Ok(PyProject(Project::new(&id.0, kind)))
    }

    /// Loads a project (JSON text or a dict: `{"schema": 1, "id", "kind", "application", "events"}`),
    /// replaying its events with `ruleset` and `calendar` (default and official when omitted).
    #[staticmethod]
    #[pyo3(signature = (data, *, calendar = None, ruleset = None))]
    fn from_json(data: JsonText, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Self> {
        Ok(PyProject(Project::from_json_str_with(
            &data.0,
            &ruleset_of(&ruleset),
            calendar_of(&calendar),
        )?))
    }

    /// Applies one event (a dict or JSON text, see `docs/events.md`).
    #[pyo3(signature = (event, *, calendar = None, ruleset = None))]
    fn apply(&mut self, event: Json, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<()> {
        let ev: Event = fuling_rules::json_input::from_value(&event.0).map_err(|e| e.into_input_error())?;
        Ok(self.0.apply_with(ev, &ruleset_of(&ruleset), calendar_of(&calendar))?)
    }

    /// Applies one event given as JSON text (as Rust's `apply_json`).
    fn apply_json(&mut self, json: Text) -> R<()> {
        Ok(self.0.apply_json(&json.0)?)
    }

    /// The project's identifier.
    #[getter]
    fn id(&self) -> &str {
        self.0.id()
    }

    /// `"development"` or `"om"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind().as_str()
    }

    /// The current state, e.g. `"proposed"`.
    #[getter]
    fn state(&self) -> &'static str {
        self.0.state().as_str()
    }

    /// The events applied, as dicts (their JSON form).
    #[getter]
    fn events(&self) -> Plain<&[Event]> {
        Plain(self.0.events())
    }

    /// The application's metadata, as a dict.
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> {
        Plain(self.0.application())
    }

    /// The development funding plan amount (第二十条), the latest recorded.
    #[getter]
    fn amount(&self) -> Option<crate::money::PyAmount> {
        self.0.amount().map(crate::money::PyAmount)
    }

    /// How the need entered the ledger, once known.
    #[getter]
    fn origin(&self) -> Plain<Option<fuling_rules::model::application::ProjectOrigin>> {
        Plain(self.0.origin())
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
    fn status(&self, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<fuling_rules::Status>> {
        Ok(Record(
            "Status",
            self.0.status(as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?,
        ))
    }

    /// The timeline as a Mermaid `gantt` chart.
    #[pyo3(signature = (calendar = None, ruleset = None))]
    fn timeline_mermaid(&self, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<String> {
        Ok(self.0.timeline_mermaid(calendar_of(&calendar), &ruleset_of(&ruleset))?)
    }

    /// The project as JSON text; `Project.from_json` reads it back unchanged.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The project's JSON form as a dict.
    fn to_dict(&self) -> Plain<fuling_rules::ProjectRecord> {
        Plain(self.0.to_record())
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
