//! `Portfolio`: application records and projects loaded together, the agenda and the fund
//! view (`fuling_rules::portfolio`). Convert, call, map errors: the logic is the core's.

use crate::classes::{calendar_of, ruleset_of, PyApplicationRecord, PyCalendar, PyPortfolio, PyProject, PyRuleset};
use crate::convert::{Date, Json, Record, Text, Year};
use crate::errors::R;
use crate::table::py_methods;
use fuling_rules::model::Role;
use fuling_rules::portfolio::{Agenda, AgendaOptions, FundView, Portfolio, Problem, RecordInput};
use fuling_rules::records::Rulesets;
use fuling_rules::Ruleset;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyString;

fn input(item: &Bound<'_, PyAny>) -> R<RecordInput> {
    if let Ok(p) = item.extract::<PyRef<'_, PyProject>>() {
        return Ok(RecordInput::Project(Box::new(p.0.clone())));
    }
    if let Ok(a) = item.extract::<PyRef<'_, PyApplicationRecord>>() {
        return Ok(RecordInput::Application(Box::new(a.0.clone())));
    }
    if let Ok(s) = item.cast::<PyString>() {
        return Ok(RecordInput::Json(crate::convert::str_of(s)?));
    }
    let Json(v) = item.extract::<Json>()?;
    Ok(RecordInput::Tree(v))
}

/// `projects` and `applications` are sequences: one text is refused (it would be read
/// character by character).
fn not_text(obj: &Bound<'_, PyAny>, what: &str) -> R<()> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(format!(
            "{what} is a sequence of records, not one text: use Portfolio.from_jsonl for JSON lines"
        ))
        .into());
    }
    Ok(())
}

fuling_rules::for_each_method!(Portfolio, py_methods, PyPortfolio = "Portfolio" {
    #[new]
    #[pyo3(signature = (projects = None, applications = None))]
    fn __new__(projects: Option<&Bound<'_, PyAny>>, applications: Option<&Bound<'_, PyAny>>) -> R<Self> = {
        let mut inputs = Vec::new();
        for (obj, what) in [(projects, "projects"), (applications, "applications")] {
            let Some(obj) = obj else { continue };
            not_text(obj, what)?;
            for item in obj.try_iter()? {
                inputs.push(input(&item?)?);
            }
        }
        Ok(PyPortfolio(Portfolio::from_inputs(inputs)))
    };
    #[staticmethod]
    fn from_dir(path: std::path::PathBuf) -> Self = PyPortfolio(Portfolio::from_dir(&path));
    #[getter]
    fn problems(&self) -> Vec<Record<&Problem>> = self.0.problems().iter().map(|p| Record("PortfolioProblem", p)).collect();
    #[getter]
    fn projects(&self) -> Vec<PyProject> = self.0.projects().iter().cloned().map(PyProject).collect();
    #[getter]
    fn applications(&self) -> Vec<PyApplicationRecord> = self.0.applications().iter().cloned().map(PyApplicationRecord).collect();
    #[pyo3(signature = (as_of, within_working_days = None, *, responsible = None, department = None, calendar = None, ruleset = None))]
    fn agenda(&self, as_of: Date, within_working_days: Option<i64>, responsible: Option<Text>, department: Option<Text>,
        calendar: Option<PyRef<'_, PyCalendar>>, ruleset: Option<&Bound<'_, PyAny>>) -> R<Record<Agenda>> = {
        let responsible: Option<Role> = responsible.map(|r| fuling_rules::call::named(&r.0)).transpose()?;
        let (one, sets) = rules_of(ruleset)?;
        let options = AgendaOptions {
            within_working_days,
            responsible,
            department: department.as_ref().map(|d| d.0.as_str()),
            calendar: Some(calendar_of(&calendar)),
            ruleset: one.as_ref(),
            rulesets: sets.as_ref(),
        };
        Ok(Record("Agenda", self.0.agenda(as_of.0, &options)?))
    };
    #[pyo3(signature = (year = None, *, ruleset = None))]
    fn fund_view(&self, year: Option<Year>, ruleset: Option<PyRef<'_, PyRuleset>>) -> Record<FundView> =
        Record("FundView", self.0.fund_view_with(year.map(|y| y.0), &ruleset_of(&ruleset)));
} plain {
    fn __len__(&self) -> usize = self.0.projects().len();
    fn __repr__(&self) -> String = format!(
        "Portfolio(projects={}, applications={}, problems={})",
        self.0.projects().len(), self.0.applications().len(), self.0.problems().len()
    );
});

/// `ruleset`: one `Ruleset`, or a list of them (rules in force by date, 第四十五条).
fn rules_of(ruleset: Option<&Bound<'_, PyAny>>) -> R<(Option<Ruleset>, Option<Rulesets>)> {
    let Some(r) = ruleset else { return Ok((None, None)) };
    if let Ok(one) = r.extract::<PyRef<'_, PyRuleset>>() {
        return Ok((Some(one.0.clone()), None));
    }
    let list: Vec<PyRef<'_, PyRuleset>> = r
        .extract()
        .map_err(|_| PyTypeError::new_err("ruleset: a Ruleset or a list of Ruleset"))?;
    Ok((None, Some(Rulesets::new(list.iter().map(|r| r.0.clone()).collect())?)))
}
