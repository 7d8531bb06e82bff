//! Reading the process's arguments as every binding reads them: values of a JSON shape,
//! names of enums, a new application record and a project loaded with its application.

use crate::error::Result;
use crate::json_input::{from_tree, FromJson, ShapeError};
use crate::json_read::Value;
use crate::model::Application;
use crate::records::ApplicationRecord;
use crate::{Calendar, Project, Ruleset};

/// A `T` from its JSON form (a dict or object the binding converted to the crate's own tree,
/// [`Json`](crate::json_input::Json)).
///
/// # Errors
/// [`crate::ErrorCode::InvalidInput`] naming the JSON Pointer of the offending field.
///
/// # Example
/// ```
/// use fuling_rules::json_input::{parse, Json};
/// use fuling_rules::{call::read, Citation, ErrorCode};
/// let c: Citation = read(&parse(r#"{"article": 19, "item": 2}"#)?)?;
/// assert_eq!(c, Citation::new(19).item(2));
/// assert_eq!(read::<Citation>(&Json::from(&serde_json::json!({}))).unwrap_err().code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn read<T: FromJson>(value: &Value) -> Result<T> {
    from_tree(value).map_err(ShapeError::into_input_error)
}

/// A unit enum from its snake_case name (a project kind, a role, …).
///
/// # Errors
/// [`crate::ErrorCode::InvalidInput`] for a name the enum lacks (the message lists them).
///
/// # Example
/// ```
/// use fuling_rules::{call::named, ErrorCode, ProjectKind};
/// assert_eq!(named::<ProjectKind>("om")?, ProjectKind::Om);
/// assert_eq!(named::<ProjectKind>("other").unwrap_err().code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn named<T: FromJson>(name: &str) -> Result<T> {
    read(&Value::String(name.to_owned()))
}

/// A new application record for `application` (its metadata, `{"id", "name", ...}`),
/// validated as [`ApplicationRecord::from_json_str`] validates a stored one.
///
/// # Errors
/// [`crate::ErrorCode::InvalidInput`] for metadata of the wrong shape or an empty id.
///
/// # Example
/// ```
/// use fuling_rules::json_input::parse;
/// use fuling_rules::{call::application_record, ErrorCode};
/// let r = application_record(&parse(r#"{"id": "APP-1", "name": "涪陵区智慧河长"}"#)?)?;
/// assert_eq!(r.application().id, "APP-1");
/// let err = application_record(&parse(r#"{"name": "无编号"}"#)?).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn application_record(application: &Value) -> Result<ApplicationRecord> {
    let record = ApplicationRecord::new(read::<Application>(application)?);
    ApplicationRecord::from_json_str(&record.to_json())
}

/// The application a project is loaded with ([`load_project`]).
///
/// # Example
/// ```
/// use fuling_rules::call::ProjectApplication;
/// let meta = fuling_rules::json_input::parse(r#"{"id": "APP-1"}"#)?;
/// let _app = ProjectApplication::Metadata(&meta);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub enum ProjectApplication<'a> {
    /// The application's record: its metadata and its catalog (第七条, 第三十七条).
    Record(&'a ApplicationRecord),
    /// The application's metadata alone, as JSON (the crate's own tree).
    Metadata(&'a Value),
    /// Either as JSON, told apart by `schema`: a record's JSON when it has one (read as
    /// [`ApplicationRecord::from_json_str`] reads it), else the metadata alone (the WASM
    /// package's `options.application`).
    Json(&'a Value),
}

/// Loads a project record (JSON text), replaying its events with `rules` and `calendar`;
/// with an application, the guards read its secrecy and labels, and with its record also
/// its catalog, 第七条 and 第三十七条 ([`Project::from_json_str_for`],
/// [`Project::from_json_str_in`]).
///
/// # Errors
/// As those functions and [`Project::from_json_str_with`]; [`crate::ErrorCode::InvalidInput`]
/// for an application of the wrong shape.
///
/// # Example
/// ```
/// use fuling_rules::call::{load_project, ProjectApplication};
/// use fuling_rules::json_input::Json;
/// use fuling_rules::{Calendar, Ruleset};
/// let text = r#"{"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1", "events": []}"#;
/// let (rules, cal) = (Ruleset::default(), Calendar::official());
/// let meta = serde_json::json!({"id": "APP-1", "secret": true});
/// let record = Json::from(&serde_json::json!({"schema": 2, "application": meta.clone()}));
/// let meta = Json::from(&meta);
/// let p = load_project(text, Some(ProjectApplication::Metadata(&meta)), &rules, &cal)?;
/// assert_eq!(p.id(), "FL-1");
/// assert!(p.application().secret);
/// assert!(load_project(text, Some(ProjectApplication::Json(&record)), &rules, &cal)?.application().secret);
/// assert!(load_project(text, Some(ProjectApplication::Json(&meta)), &rules, &cal)?.application().secret);
/// assert!(!load_project(text, None, &rules, &cal)?.application().secret);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[inline]
pub fn load_project(
    text: &str,
    application: Option<ProjectApplication<'_>>,
    rules: &Ruleset,
    calendar: &Calendar,
) -> Result<Project> {
    match application {
        None => Project::from_json_str_with(text, rules, calendar),
        Some(ProjectApplication::Record(r)) => Project::from_json_str_for(text, r, rules, calendar),
        Some(ProjectApplication::Json(v)) if v.get("schema").is_some() => {
            let record = ApplicationRecord::from_json_str(&crate::json_output::to_string(v))?;
            Project::from_json_str_for(text, &record, rules, calendar)
        }
        Some(ProjectApplication::Metadata(v) | ProjectApplication::Json(v)) => {
            Project::from_json_str_in(text, &read::<Application>(v)?, rules, calendar)
        }
    }
}
