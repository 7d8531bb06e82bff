//! JSON Schemas (draft 2020-12) of every input and result, generated from the Rust
//! types with `schemars`, so front ends can build forms from them.
//!
//! The generated schemas are shipped as `schemas/<name>.json` in the repository, written
//! by `cargo xtask codegen` from [`all_schema_files`] (`cargo xtask codegen --check`, run by
//! `scripts/test`, fails when a file differs).

use crate::error::{Error, ErrorCode, Result};
use crate::message::input as m;
use crate::prelude::*;
use serde_json::Value;

/// The names [`json_schema`] knows, in a stable order.
///
/// Inputs: `planning_dossier`, `joint_review`, `acceptance`, `catalog`, `deregistration`,
/// `label_actions`, `priority_categories` (the check inputs, same names as
/// [`crate::checks::run_json`]), `project_events` (a project with its events, the
/// process's [`crate::process::ProjectRecord`]), `calendar` (a calendar file), `ruleset`,
/// `period`, `application_record` (an application with its events,
/// [`crate::records::ApplicationRecord`]). Results: `check_report`, `label_report`,
/// `priority_result`, `migration_report` ([`crate::records::MigrationReport`]), `agenda`,
/// `agenda_item`, `fund_view` and `portfolio_problem` ([`crate::portfolio`]).
///
/// # Example
/// ```
/// use fuling_rules::schema::{json_schema, SCHEMA_NAMES};
/// assert!(SCHEMA_NAMES.contains(&"project_events"));
/// for name in SCHEMA_NAMES {
///     assert!(json_schema(name)?.is_object());
/// }
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const SCHEMA_NAMES: &[&str] = &[
    "planning_dossier",
    "joint_review",
    "acceptance",
    "catalog",
    "deregistration",
    "project_events",
    "label_actions",
    "priority_categories",
    "calendar",
    "ruleset",
    "period",
    "check_report",
    "label_report",
    "priority_result",
    "application_record",
    "migration_report",
    "agenda",
    "agenda_item",
    "fund_view",
    "portfolio_problem",
];

/// The JSON Schema named `name` (see [`SCHEMA_NAMES`]).
///
/// # Errors
/// [`ErrorCode::UnknownName`] for a name not in [`SCHEMA_NAMES`].
///
/// # Example
/// ```
/// let s = fuling_rules::schema::json_schema("planning_dossier")?;
/// assert_eq!(s["title"], "PlanningDossier");
/// assert!(s["properties"]["requirements"].is_object());
/// assert!(fuling_rules::schema::json_schema("nope").is_err());
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn json_schema(name: &str) -> Result<Value> {
    use crate::checks::{CheckReport, LabelReport, PriorityResult};
    use crate::model::{AcceptanceDossier, CatalogDossier, DeregistrationDossier, LabelInput};
    use crate::model::{JointReview, PlanningDossier, PriorityInput};
    use schemars::schema_for;
    let schema = match name {
        "planning_dossier" => schema_for!(PlanningDossier),
        "joint_review" => schema_for!(JointReview),
        "acceptance" => schema_for!(AcceptanceDossier),
        "catalog" => schema_for!(CatalogDossier),
        "deregistration" => schema_for!(DeregistrationDossier),
        "project_events" => schema_for!(crate::process::ProjectRecord),
        "label_actions" => schema_for!(LabelInput),
        "priority_categories" => schema_for!(PriorityInput),
        "calendar" => {
            let mut value = crate::calendar::calendar_json_schema();
            trim_descriptions(&mut value);
            return Ok(value);
        }
        "ruleset" => schema_for!(crate::ruleset::Ruleset),
        "period" => schema_for!(crate::calendar::Period),
        "check_report" => schema_for!(CheckReport),
        "label_report" => schema_for!(LabelReport),
        "priority_result" => schema_for!(PriorityResult),
        "application_record" => schema_for!(crate::records::ApplicationRecord),
        "migration_report" => schema_for!(crate::records::MigrationReport),
        "agenda" => schema_for!(crate::portfolio::Agenda),
        "agenda_item" => schema_for!(crate::portfolio::AgendaItem),
        "fund_view" => schema_for!(crate::portfolio::FundView),
        "portfolio_problem" => schema_for!(crate::portfolio::Problem),
        _ => {
            return Err(Error::msg(
                ErrorCode::UnknownName,
                m::UNKNOWN_SCHEMA_NAME,
                &[&name, &SCHEMA_NAMES.join("、"), &SCHEMA_NAMES.join(", ")],
            ))
        }
    };
    let mut value = serde_json::to_value(&schema).map_err(|e| Error::from_serde_json(&e))?;
    trim_descriptions(&mut value);
    Ok(value)
}

/// Keeps only the summary of each `description` (schemars copies whole doc comments): the text
/// before the first `# Properties` / `# Errors` / `# Example` heading, so a form shows prose,
/// not Rust code.
fn trim_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(d)) = map.get_mut("description") {
                let cut = d.find("\n# ").or_else(|| d.starts_with("# ").then_some(0));
                if let Some(cut) = cut {
                    d.truncate(cut);
                    let trimmed = d.trim_end().len();
                    d.truncate(trimmed);
                }
            }
            map.values_mut().for_each(trim_descriptions);
        }
        Value::Array(items) => items.iter_mut().for_each(trim_descriptions),
        _ => {}
    }
}

/// Every schema in [`SCHEMA_NAMES`] as `(name, pretty JSON text with a final newline)`,
/// the exact content of `schemas/<name>.json`.
///
/// # Errors
/// Never in practice; propagates [`json_schema`]'s error.
///
/// # Example
/// ```
/// use fuling_rules::schema::{all_schema_files, SCHEMA_NAMES};
/// let files = all_schema_files()?;
/// assert_eq!(files.len(), SCHEMA_NAMES.len());
/// let (name, text) = &files[10];
/// assert_eq!(*name, "period");
/// assert!(text.contains("\"working_days\"") && text.ends_with('\n'));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn all_schema_files() -> Result<Vec<(&'static str, String)>> {
    SCHEMA_NAMES
        .iter()
        .map(|&n| {
            let v = json_schema(n)?;
            let text = serde_json::to_string_pretty(&v).map_err(|e| Error::from_serde_json(&e))?;
            Ok((n, text + "\n"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_gives_an_object_schema() {
        for n in SCHEMA_NAMES {
            let s = json_schema(n).unwrap();
            assert!(s.is_object(), "{n}");
            assert!(s.get("$schema").is_some() || s.get("type").is_some(), "{n}");
        }
        assert_eq!(json_schema("project_event").unwrap_err().code(), ErrorCode::UnknownName);
        assert!(json_schema("project_events").unwrap()["properties"]["events"].is_object());
        for n in crate::checks::CHECK_NAMES {
            assert!(SCHEMA_NAMES.contains(n), "{n}");
        }
    }
}
