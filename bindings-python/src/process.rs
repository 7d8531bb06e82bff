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

#[doc = pydoc!("Project")]
#[pyclass(name = "Project", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyProject(pub Project);

methods! { PyProject = "Project" {
    #[new]
    #[pyo3(signature = (id, kind = None))]
    fn __new__(id: Text, kind: Option<Text>) -> R<Self> = {
        let kind = kind.map_or(Ok(ProjectKind::Development), |k| call::named(&k.0))?;
        Ok(PyProject(Project::new(&id.0, kind)))
    };
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
    #[pyo3(signature = (event, *, calendar = None, ruleset = None))]
    fn apply(&mut self, event: Json, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<()> =
        Ok(self.0.record_with(call::read::<Entry<Event>>(&event.0)?, &ruleset_of(&ruleset), calendar_of(&calendar))?);
    #[getter]
    fn ruleset_id(&self) -> Option<&str> = self.0.ruleset_id();
    #[pyo3(signature = (as_of, rulesets, calendar = None))]
    fn status_in(&self, as_of: Date, rulesets: Vec<PyRef<'_, PyRuleset>>, calendar: Cal<'_>) -> R<Record<Status>> = {
        let sets = Rulesets::new(rulesets.iter().map(|r| r.0.clone()).collect())?;
        Ok(Record("Status", self.0.status_in(as_of.0, calendar_of(&calendar), &sets)?))
    };
    #[pyo3(signature = (application, as_of, calendar = None, ruleset = None))]
    fn status_with(&self, application: PyRef<'_, PyApplicationRecord>, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status_with(&application.0, as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    fn apply_json(&mut self, json: Text) -> R<()> = Ok(self.0.apply_json(&json.0)?);
    #[getter]
    fn id(&self) -> &str = self.0.id();
    #[getter]
    fn kind(&self) -> &'static str = self.0.kind().as_str();
    #[getter]
    fn state(&self) -> &'static str = self.0.state().as_str();
    #[getter]
    fn events(&self) -> Plain<&[Event]> = Plain(self.0.events());
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    #[getter]
    fn amount(&self) -> Option<crate::money::PyAmount> = self.0.amount().map(crate::money::PyAmount);
    #[getter]
    fn origin(&self) -> Plain<Option<fuling_rules::model::application::ProjectOrigin>> = Plain(self.0.origin());
    fn allowed_events(&self) -> Vec<&'static str> =
        Process::allowed_events(self.0.state(), self.0.kind()).into_iter().map(|e| e.as_str()).collect();
    #[pyo3(signature = (as_of, calendar = None, ruleset = None))]
    fn status(&self, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status(as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    #[pyo3(signature = (calendar = None, ruleset = None))]
    fn timeline_mermaid(&self, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<String> =
        Ok(self.0.timeline_mermaid(calendar_of(&calendar), &ruleset_of(&ruleset))?);
    fn to_json(&self) -> String = self.0.to_json();
    fn to_dict(&self) -> Plain<fuling_rules::ProjectRecord> = Plain(self.0.to_record());
} plain {
    fn __repr__(&self) -> String = format!(
        "Project(id={:?}, kind='{}', state='{}', events={})",
        self.0.id(), self.0.kind().as_str(), self.0.state().as_str(), self.0.events().len()
    );
}}

#[doc = pydoc!("ApplicationRecord")]
#[pyclass(name = "ApplicationRecord", module = "fuling_rules._native", eq)]
#[derive(Clone, PartialEq)]
pub struct PyApplicationRecord(pub ApplicationRecord);

methods! { PyApplicationRecord = "ApplicationRecord" {
    #[new]
    fn __new__(application: Json) -> R<Self> = Ok(PyApplicationRecord(call::application_record(&application.0)?));
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyApplicationRecord(ApplicationRecord::from_json_str(&data.0)?));
    #[pyo3(signature = (event, *, ruleset = None))]
    fn apply(&mut self, event: Json, ruleset: Rules<'_>) -> R<()> =
        Ok(self.0.record_with(call::read::<Entry<ApplicationEvent>>(&event.0)?, &ruleset_of(&ruleset))?);
    #[getter]
    fn id(&self) -> &str = &self.0.application().id;
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    #[pyo3(signature = (as_of, calendar = None, ruleset = None))]
    fn status(&self, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Plain<ApplicationStatus>> =
        Ok(Plain(self.0.status(as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    fn to_json(&self) -> String = self.0.to_json();
    fn to_dict(&self) -> Plain<&ApplicationRecord> = Plain(&self.0);
} plain {
    fn __repr__(&self) -> String =
        format!("ApplicationRecord(id={:?}, events={})", self.0.application().id, self.0.events.len());
}}

functions! {
    fn migrate(records: Vec<JsonText>) -> Plain<MigrationReport> =
        Plain(fuling_rules::records::migrate(&records.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()));
    fn process_mermaid() -> String = Process::mermaid();
    fn process_markdown_table() -> String = Process::markdown_table();
}
