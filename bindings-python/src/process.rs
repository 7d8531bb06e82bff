//! `Project`: the approval and lifecycle process (event-sourced), its status and diagrams.

use crate::classes::{calendar_of, ruleset_of, Cal, PyAmount, PyApplicationRecord, PyProject, Rules};
use crate::convert::{Date, Json, JsonText, Plain, Record, Text};
use crate::errors::R;
use crate::table::py_methods;
use fuling_rules::call::{self, ProjectApplication};
use fuling_rules::model::ProjectKind;
use fuling_rules::records::{ApplicationRecord, MigrationReport};
use fuling_rules::{Event, Process, Project, Status};
use pyo3::prelude::*;

fuling_rules::for_each_method!(Project, py_methods, PyProject = "Project" {
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
    #[pyo3(signature = (application, as_of, calendar = None, ruleset = None))]
    fn status_with(&self, application: PyRef<'_, PyApplicationRecord>, as_of: Date, calendar: Cal<'_>, ruleset: Rules<'_>) -> R<Record<Status>> =
        Ok(Record("Status", self.0.status_with(&application.0, as_of.0, calendar_of(&calendar), &ruleset_of(&ruleset))?));
    fn apply_json(&mut self, json: Text) -> R<()> = Ok(self.0.apply_json(&json.0)?);
    #[getter]
    fn kind(&self) -> &'static str = self.0.kind().as_str();
    #[getter]
    fn events(&self) -> Plain<&[Event]> = Plain(self.0.events());
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    #[getter]
    fn amount(&self) -> Option<PyAmount> = self.0.amount().map(PyAmount);
    #[getter]
    fn origin(&self) -> Plain<Option<fuling_rules::model::application::ProjectOrigin>> = Plain(self.0.origin());
    fn allowed_events(&self) -> Vec<&'static str> =
        Process::allowed_events(self.0.state(), self.0.kind()).into_iter().map(|e| e.as_str()).collect();
    fn to_dict(&self) -> Plain<fuling_rules::ProjectRecord> = Plain(self.0.to_record());
} plain {
    fn __repr__(&self) -> String = format!(
        "Project(id={:?}, kind='{}', state='{}', events={})",
        self.0.id(), self.0.kind().as_str(), self.0.state().as_str(), self.0.events().len()
    );
});

fuling_rules::for_each_method!(ApplicationRecord, py_methods, PyApplicationRecord = "ApplicationRecord" {
    #[staticmethod]
    fn from_json(data: JsonText) -> R<Self> = Ok(PyApplicationRecord(ApplicationRecord::from_json_str(&data.0)?));
    #[getter]
    fn application(&self) -> Plain<&fuling_rules::Application> = Plain(self.0.application());
    fn to_dict(&self) -> Plain<&ApplicationRecord> = Plain(&self.0);
} plain {
    fn __repr__(&self) -> String =
        format!("ApplicationRecord(id={:?}, events={})", self.0.application().id, self.0.events.len());
});

functions! {
    fn migrate(records: Vec<JsonText>) -> Plain<MigrationReport> =
        Plain(fuling_rules::records::migrate(&records.iter().map(|r| r.0.as_str()).collect::<Vec<_>>()));
    fn process_mermaid() -> String = Process::mermaid();
    fn process_markdown_table() -> String = Process::markdown_table();
}
