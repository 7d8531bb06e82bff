//! The regulation's checklists and JSON Schemas: dicts in, typed reports out,
//! through the core's JSON dispatcher (`checks::run_json`).

use crate::convert::{from_value, json_value, record, text};
use crate::errors::IntoPy;
use fuling_rules::checks::run_json;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

/// The record type a check's result is wrapped in.
fn record_name(name: &str) -> &'static str {
    match name.strip_prefix("check_").unwrap_or(name) {
        "label_actions" => "LabelReport",
        "priority_categories" => "PriorityResult",
        _ => "CheckReport",
    }
}

fn run<'py>(py: Python<'py>, name: &str, input: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let value = json_value(input)?;
    let out = run_json(name, &value).py_err(py)?;
    record(py, record_name(name), &out)
}

/// Runs the check `name` (`planning_dossier`, `joint_review`, `acceptance`,
/// `catalog`, `deregistration`, `label_actions`, `priority_categories`, each
/// also with a `check_` prefix) on a dict or JSON text.
#[pyfunction]
pub fn run_check<'py>(
    py: Python<'py>,
    name: &Bound<'py, PyAny>,
    input: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let name = text(name, "name")?;
    run(py, &name, input)
}

/// 第十六条等: checks a planning dossier (规划材料); returns a `CheckReport`
/// (iterable over its `Finding`s; `.passed` when none is blocking).
#[pyfunction]
pub fn check_planning_dossier<'py>(py: Python<'py>, dossier: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "planning_dossier", dossier)
}

/// 第二十二条、第二十三条: checks a joint review (联合评审); returns a `CheckReport`
/// with `rejection_grounds`.
#[pyfunction]
pub fn check_joint_review<'py>(py: Python<'py>, review: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "joint_review", review)
}

/// 第三十四条: checks an acceptance dossier (验收); returns a `CheckReport` with `unmet_conditions`.
#[pyfunction]
pub fn check_acceptance<'py>(py: Python<'py>, dossier: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "acceptance", dossier)
}

/// 第七条: checks the application catalog (应用编目) entry; returns a `CheckReport`.
///
/// >>> import fuling_rules as fr
/// >>> report = fr.check_catalog({"development_completed": False})
/// >>> len(report), report.passed, report[0].code
/// (5, False, 'art7_basic_info_missing')
#[pyfunction]
pub fn check_catalog<'py>(py: Python<'py>, dossier: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "catalog", dossier)
}

/// 第四十条、第四十一条: checks a deregistration (注销) dossier; returns a `CheckReport`.
#[pyfunction]
pub fn check_deregistration<'py>(py: Python<'py>, dossier: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "deregistration", dossier)
}

/// 第三十八条: the actions labels call for; `labels` is a list of label names or
/// `{"labels": [...]}`. Returns a `LabelReport` (iterable over its `LabelAction`s).
#[pyfunction]
pub fn label_actions<'py>(py: Python<'py>, labels: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if labels.cast::<PyList>().is_ok() || labels.cast::<PyTuple>().is_ok() {
        let input = pyo3::types::PyDict::new(py);
        input.set_item("labels", labels)?;
        return run(py, "label_actions", input.as_any());
    }
    run(py, "label_actions", labels)
}

/// 第二十二条: which priority categories (优先实施) an application falls in; returns a `PriorityResult`.
#[pyfunction]
pub fn priority_categories<'py>(py: Python<'py>, input: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    run(py, "priority_categories", input)
}

/// The JSON Schema (a dict) of an input or output shape: `planning_dossier`,
/// `joint_review`, `acceptance`, `catalog`, `deregistration`, `project_events`,
/// `label_actions`, `priority_categories`, `calendar`, `ruleset`, `period`,
/// `check_report`, `label_report`, `priority_result`.
#[pyfunction]
pub fn json_schema<'py>(py: Python<'py>, name: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let name = text(name, "name")?;
    let v = fuling_rules::schema::json_schema(&name).py_err(py)?;
    from_value(py, &v)
}

/// The check names `run_check` accepts.
#[pyfunction]
pub fn check_names() -> Vec<&'static str> {
    fuling_rules::checks::CHECK_NAMES.to_vec()
}

/// The names `json_schema` accepts.
#[pyfunction]
pub fn schema_names() -> Vec<&'static str> {
    fuling_rules::schema::SCHEMA_NAMES.to_vec()
}
