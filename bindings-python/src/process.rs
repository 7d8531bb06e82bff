//! `Project`: the approval and lifecycle process (event-sourced), its status and diagrams.

use crate::calendar::{calendar_of, PyCalendar};
use crate::convert::{Date, Json, JsonText, Plain, Record, Text};
use crate::errors::R;
use crate::ruleset::{ruleset_of, PyRuleset};
use fuling_rules::call::{self, ProjectApplication};
use fuling_rules::model::ProjectKind;
use fuling_rules::records::{ApplicationEvent, ApplicationRecord, ApplicationStatus, Entry, MigrationReport, Rulesets};
use fuling_rules::{Event, Process, Project, Status};
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

methods! { PyProject {
    /// A new project with no events, in state `proposed`.
    #[new]
    #[pyo3(signature = (id, kind = None))]
    fn new(id: Text, kind: Option<Text>) -> R<Self> = {
        let kind = kind.map_or(Ok(ProjectKind::Development), |k| call::named(&k.0))?;
        Ok(PyProject(Project::new(&id.0, kind)))
    };
    /// Loads a project (JSON text or a dict: `{"schema": 2, "id", "kind", "application_id",
    /// "events"}`; a schema-1 record loads through the migration), replaying its events with
    /// `ruleset` and `calendar` (default and official when omitted). With `application` (an
    /// `ApplicationRecord`, or the application's metadata as a dict, e.g. `project.application`),
    /// the guards read that application's secrecy and labels, and a record's catalog (第七条,
    /// 第三十七条: the project's catalog entry and major iterations; see `docs/records.md`).
    #[staticmethod]
    #[pyo3(signature = (data, *, application = None, calendar = None, ruleset = None))]
    fn from_json(data: JsonText, application: Option<&Bound<'_, PyAny>>, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Self> = {
        let record = application.and_then(|a| a.extract::<PyRef<'_, PyApplicationRecord>>().ok());
        let meta = match (&record, application) {
            (None, Some(a)) => Some(a.extract::<Json>()?.0),
            _ => None,
        };
        let app = match (&record, &meta) {
            (Some(r), _) => Some(ProjectApplication::Record(&r.0)),
            (None, m) => m.as_ref().map(ProjectApplication::Metadata),
        };
        Ok(PyProject(call::load_project(&data.0, app, &ruleset_of(&ruleset), calendar_of(&calendar))?))
    };
    /// Appends one event, or a correction or void (a dict or JSON text, see `docs/events.md`
    /// and `docs/records.md`).
    #[pyo3(signature = (event, *, calendar = None, ruleset = None))]
    fn apply(&mut self, event: Json, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<()> =
        Ok(self.0.record_with(call::read::<Entry<Event>>(&event.0)?, &ruleset_of(&ruleset), calendar_of(&calendar))?);
    /// The id of the ruleset the project is kept under, if recorded.
    #[getter]
    fn ruleset_id(&self) -> Option<&str> = self.0.ruleset_id();
    /// The status as of `as_of` under the ruleset of `rulesets` (a list of `Ruleset`) in force
    /// on that date (第四十五条), with warnings where the record was kept under another.
    #[pyo3(signature = (as_of, rulesets, calendar = None))]
    fn status_in(&self, as_of: Date, rulesets: Vec<PyRef<'_, PyRuleset>>, calendar: Cal<'_>) -> R<Record<Status>> = {
        let sets = Rulesets::new(rulesets.iter().map(|r| r.0.clone()).collect())?;
        Ok(Record("Status", self.0.status_in(as_of.0, calendar_of(&calendar), &sets)?))
    };
    /// The status as of `as_of` evaluated with the project's `application` record (an
    /// `ApplicationRecord`): once the application is deregistered (第四十二条), the project's
    /// open obligations are closed, not met (`Status.closed`).
    #[pyo3(signature = (application, as_of, calendar = None, ruleset = None))]
    fn status_with(&self, application: PyRef<'_, PyApplicationRecord>, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status_with(&application.0, as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    /// Applies one event given as JSON text (as Rust's `apply_json`).
    fn apply_json(&mut self, json: Text) -> R<()> = Ok(self.0.apply_json(&json.0)?);
    /// The project's identifier.
    #[getter]
    fn id(&self) -> &str = self.0.id();
    /// `"development"` or `"om"`.
    #[getter]
    fn kind(&self) -> &'static str = self.0.kind().as_str();
    /// The current state, e.g. `"proposed"`.
    #[getter]
    fn state(&self) -> &'static str = self.0.state().as_str();
    /// The events applied, as dicts (their JSON form).
    #[getter]
    fn events(&self) -> Plain<&[Event]> = Plain(self.0.events());
    /// The application's metadata, as a dict.
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    /// The development funding plan amount (第二十条), the latest recorded.
    #[getter]
    fn amount(&self) -> Option<crate::money::PyAmount> = self.0.amount().map(crate::money::PyAmount);
    /// How the need entered the ledger, once known.
    #[getter]
    fn origin(&self) -> Plain<Option<fuling_rules::model::application::ProjectOrigin>> = Plain(self.0.origin());
    /// The event types allowed in the current state (guards not evaluated).
    fn allowed_events(&self) -> Vec<&'static str> =
        Process::allowed_events(self.0.state(), self.0.kind()).into_iter().map(|e| e.as_str()).collect();
    /// The status as of `as_of` (a `datetime.date`): open obligations with due
    /// dates, articles and explanations, what is overdue and what was met late.
    #[pyo3(signature = (as_of, calendar = None, ruleset = None))]
    fn status(&self, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status(as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    /// The timeline as a Mermaid `gantt` chart.
    #[pyo3(signature = (calendar = None, ruleset = None))]
    fn timeline_mermaid(&self, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<String> =
        Ok(self.0.timeline_mermaid(calendar_of(&calendar), &ruleset_of(&ruleset))?);
    /// The project as JSON text; `Project.from_json` reads it back unchanged.
    fn to_json(&self) -> String = self.0.to_json();
    /// The project's JSON form as a dict.
    fn to_dict(&self) -> Plain<fuling_rules::ProjectRecord> = Plain(self.0.to_record());
    fn __repr__(&self) -> String = format!(
        "Project(id={:?}, kind='{}', state='{}', events={})",
        self.0.id(), self.0.kind().as_str(), self.0.state().as_str(), self.0.events().len()
    );
}}

/// An application record (应用档案, schema 2): the application's metadata and its own events
/// (release channel, 第三十八条 labels, 第四十条至第四十二条 deregistration), state and status.
/// A refused event raises and leaves the record unchanged. See `docs/records.md`.
///
/// >>> import datetime as dt, fuling_rules as fr
/// >>> a = fr.ApplicationRecord({"id": "APP-1", "name": "涪陵区智慧河长"})
/// >>> a.apply({"type": "label_marked", "date": "2025-11-03", "label": "high_risk"})
/// >>> a.status(dt.date(2025, 11, 3))["labels"]
/// ['high_risk']
/// >>> fr.ApplicationRecord.from_json(a.to_json()) == a
/// True
#[pyclass(name = "ApplicationRecord", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyApplicationRecord(pub ApplicationRecord);

methods! { PyApplicationRecord {
    /// A new record for `application` (a dict: `{"id", "name", ...}`; `id` is required).
    #[new]
    fn new(application: Json) -> R<Self> = Ok(PyApplicationRecord(call::application_record(&application.0)?));
    /// Loads a record (JSON text or a dict `{"schema": 2, "application", "events"}`).
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyApplicationRecord(ApplicationRecord::from_json_str(&data.0)?));
    /// Appends one event, or a correction or void (a dict or JSON text).
    #[pyo3(signature = (event, *, ruleset = None))]
    fn apply(&mut self, event: Json, ruleset: Rules<'_>) -> R<()> =
        Ok(self.0.record_with(call::read::<Entry<ApplicationEvent>>(&event.0)?, &ruleset_of(&ruleset))?);
    /// The application's id.
    #[getter]
    fn id(&self) -> &str = &self.0.application().id;
    /// The application's metadata, as a dict.
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    /// The status as of `as_of` (a dict: state, release channel, labels, obligations, ...).
    #[pyo3(signature = (as_of, calendar = None, ruleset = None))]
    fn status(&self, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Plain<ApplicationStatus>> =
        Ok(Plain(self.0.status(as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    /// The record as JSON text.
    fn to_json(&self) -> String = self.0.to_json();
    /// The record as a dict.
    fn to_dict(&self) -> Plain<&ApplicationRecord> = Plain(&self.0);
    fn __repr__(&self) -> String =
        format!("ApplicationRecord(id={:?}, events={})", self.0.application().id, self.0.events.len());
}}

functions! {
    /// Migrates stored project files (a list of JSON texts or dicts, schema 1 or 2) to schema 2:
    /// a dict with `projects` (each with its `notes`), `applications`, `conflicts` and `refused`
    /// (see `docs/records.md`). The input is not changed.
    fn migrate(records: Vec<JsonText>) -> Plain<MigrationReport> =
        Plain(fuling_rules::records::migrate(&records.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()));
    /// The process diagram (Mermaid `stateDiagram-v2`), generated from the transition table.
    fn process_mermaid() -> String = Process::mermaid();
    /// The transition table as Markdown, generated from the same data as the diagram.
    fn process_markdown_table() -> String = Process::markdown_table();
}
