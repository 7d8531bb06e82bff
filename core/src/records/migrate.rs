//! The migration of stored records from schema 1 to schema 2 (see `docs/records.md`).
//!
//! One entry point, [`migrate`], over stored project files; each schema-1 project goes
//! through the [`STEPS`] in order — functions over the project's JSON object that note what
//! they change — and is then split into a schema-2 project and its application record. A
//! record that cannot migrate is refused with its reason, never half-converted; two projects
//! that embed different versions of one application id are reported, not merged.

use super::amend::Entry;
use super::application::{ApplicationEvent, ApplicationRecord};
use super::RECORD_SCHEMA;
use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::{FromJson, ShapeError};
use crate::json_output::ToJson;
use crate::json_read::{Map, Value};
use crate::message::records as m;
use crate::message::Msg;
use crate::model::Application;
use crate::process::{Project, ProjectRecord, MAX_JSON_BYTES};
use crate::ruleset::{Ruleset, DEFAULT_RULESET_ID};
use serde::Deserialize;

/// One change a migration step made to a record.
///
/// # Example
/// ```
/// use fuling_rules::records::migrate;
/// let report = migrate(&[r#"{"schema": 1, "id": "FL-1", "kind": "om", "events": []}"#]);
/// let note = &report.projects[0].notes[1]; // after "ruleset_assumed"
/// assert_eq!((note.code.as_str(), note.pointer.as_str()), ("application_id_from_project", "/application/id"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct MigrationNote {
    /// A stable code (listed in `docs/records.md`).
    pub code: String,
    /// The JSON Pointer, in the schema-1 record, of what changed.
    pub pointer: String,
    /// What changed, in Chinese.
    pub message_zh: String,
    /// What changed, in English.
    pub message_en: String,
}

impl MigrationNote {
    /// A note.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::records::MigrationNote;
    /// let n = MigrationNote::new("ruleset_assumed", "/ruleset_id", "中", "en");
    /// assert_eq!(n.code, "ruleset_assumed");
    /// ```
    pub fn new(code: &str, pointer: &str, message_zh: impl Into<String>, message_en: impl Into<String>) -> Self {
        MigrationNote {
            code: code.to_owned(),
            pointer: pointer.to_owned(),
            message_zh: message_zh.into(),
            message_en: message_en.into(),
        }
    }
}

/// A migration step over a schema-1 project's JSON object.
pub(crate) type Step = fn(&mut Map, &mut Vec<MigrationNote>) -> Result<()>;

/// The steps from schema 1 to schema 2, in order: what a schema-1 project means in schema 2.
pub(crate) const STEPS: &[Step] = &[
    crate::process::migrate_v1::trial_passed_when_accepted,
    crate::process::migrate_v1::plan_amount_from_latest,
    ruleset_id,
    application_id,
];

/// The steps that split a schema-1 project's application facts off to its application record
/// (run by [`migrate`] after [`STEPS`]; loading a schema-1 file as a project keeps its events).
const SPLIT_STEPS: &[Step] = &[release_on_application, events_to_application];

/// Keys the steps leave for the split (never in a schema-2 record).
const APPLICATION_EVENTS: &str = "application_events";
const MOVED: &str = "moved_to_application";

fn shape(pointer: &str, m: Msg) -> Error {
    Error::msg(ErrorCode::InvalidInput, m, &[&pointer])
}

fn events_of(project: &Map) -> Result<&[Value]> {
    match project.get("events") {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(shape("/events", m::V1_NOT_AN_ARRAY)),
    }
}

fn push_application_event(project: &mut Map, event: Value) {
    let list = project.get_or_insert_with(APPLICATION_EVENTS, || Value::Array(Vec::new()));
    if let Some(Value::Array(items)) = list {
        items.push(event);
    }
}

/// Schema-1 records were kept under the draft, the only ruleset before schema 2.
fn ruleset_id(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    if !project.contains_key("ruleset_id") {
        project.insert("ruleset_id".into(), Value::from(DEFAULT_RULESET_ID));
        let (zh, en) = m::NOTE_RULESET_ASSUMED.pair(&[&DEFAULT_RULESET_ID]);
        notes.push(MigrationNote::new("ruleset_assumed", "/ruleset_id", zh, en));
    }
    Ok(())
}

/// The embedded application becomes the application record; the project names it by id
/// (the project's own id when the application had none).
fn application_id(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    let project_id = project.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
    // A schema-1 record this library wrote (a project still holding its application's facts,
    // `ProjectRecord` with `"schema": 1`) may name its application by `application_id` only.
    let named = project
        .get("application_id")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let app = project.get_or_insert_with("application", || Value::Object(Map::new()));
    let Some(Value::Object(app)) = app else {
        return Err(shape("/application", m::V1_NOT_AN_OBJECT));
    };
    let id = match app.get("id") {
        None => String::new(),
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(_) => return Err(shape("/application/id", m::V1_NOT_A_STRING)),
    };
    let id = if let (true, Some(named)) = (id.is_empty(), named) {
        app.insert("id".into(), Value::from(named.clone()));
        named
    } else if id.is_empty() {
        if project_id.trim().is_empty() {
            return Err(shape("/id", m::V1_PROJECT_ID_MISSING));
        }
        app.insert("id".into(), Value::from(project_id.clone()));
        let (zh, en) = m::NOTE_APPLICATION_ID_FROM_PROJECT.pair(&[&project_id]);
        notes.push(MigrationNote::new(
            "application_id_from_project",
            "/application/id",
            zh,
            en,
        ));
        project_id
    } else {
        id
    };
    project.insert("application_id".into(), Value::from(id));
    Ok(())
}

/// 第三十一条: a release is also the application's fact (its channel).
fn release_on_application(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    let project_id = project.get("id").cloned().unwrap_or(Value::Null);
    let mut facts = Vec::new();
    for (i, e) in events_of(project)?.iter().enumerate() {
        if e.get("type").and_then(Value::as_str) == Some("released") {
            let mut fact = Map::new();
            fact.insert("type".into(), Value::from("released"));
            fact.insert("date".into(), e.get("date").cloned().unwrap_or(Value::Null));
            if let Some(c) = e.get("channel") {
                fact.insert("channel".into(), c.clone());
            }
            fact.insert("project_id".into(), project_id.clone());
            facts.push((i, Value::Object(fact)));
        }
    }
    for (i, fact) in facts {
        push_application_event(project, fact);
        let (zh, en) = m::NOTE_RELEASE_RECORDED_ON_APPLICATION.pair(&[]);
        notes.push(MigrationNote::new(
            "release_recorded_on_application",
            &format!("/events/{i}"),
            zh,
            en,
        ));
    }
    Ok(())
}

/// 第七条, 第三十七条, 第三十八条, 第三十九条, 第四十条至第四十二条: the catalog, labels, evaluation and
/// deregistration ([`crate::process::EventType::APPLICATION_FACTS`]) move to the application record.
fn events_to_application(project: &mut Map, notes: &mut Vec<MigrationNote>) -> Result<()> {
    let mut moved = Vec::new();
    for (i, e) in events_of(project)?.iter().enumerate() {
        let ty = e.get("type").and_then(Value::as_str).unwrap_or_default();
        if crate::process::EventType::APPLICATION_FACTS
            .iter()
            .any(|t| t.as_str() == ty)
        {
            moved.push((i, ty.to_owned(), e.clone()));
        }
    }
    let mut indices = Vec::new();
    for (i, ty, e) in moved {
        push_application_event(project, e);
        indices.push(Value::from(i));
        let (zh, en) = m::NOTE_EVENT_MOVED_TO_APPLICATION.pair(&[&ty]);
        notes.push(MigrationNote::new(
            "event_moved_to_application",
            &format!("/events/{i}"),
            zh,
            en,
        ));
    }
    project.insert(MOVED.into(), Value::Array(indices));
    Ok(())
}

/// A schema-1 record after the steps, split.
pub(crate) struct Upgraded {
    pub project: ProjectRecord,
    pub application: Application,
    /// The application's events, read by `migrate_one` only (loading a project needs none).
    pub application_events: Value,
    pub notes: Vec<MigrationNote>,
}

/// `m` names the part read (its arguments: the pointer and the reason).
fn into_input(e: ShapeError, m: Msg) -> Error {
    Error::msg(ErrorCode::InvalidInput, m, &[&e.pointer(), &e.reason()])
}

/// Runs the steps on a schema-1 project value; with `SPLIT`, also the split steps, and the
/// events that belong to the application move to `application_events` (without it they stay
/// on the project: loading a schema-1 file as a project loses none of its events).
pub(crate) fn upgrade<const SPLIT: bool>(value: Value) -> Result<Upgraded> {
    let Value::Object(mut project) = value else {
        return Err(shape("", m::V1_RECORD_NOT_AN_OBJECT));
    };
    let mut notes = Vec::new();
    for step in STEPS {
        step(&mut project, &mut notes)?;
    }
    let (mut application_events, mut moved) = (Value::Null, Vec::new());
    if SPLIT {
        for step in SPLIT_STEPS {
            step(&mut project, &mut notes)?;
        }
        // One pass that moves the two keys out, rather than `Map::remove` (a B-tree removal:
        // its rebalancing code is ~3 KB of the `.wasm` for this one map type; benches/README.md).
        let mut rest = Map::new();
        for (key, value) in project {
            match key.as_str() {
                APPLICATION_EVENTS => application_events = value,
                MOVED => {
                    if let Value::Array(items) = value {
                        for item in &items {
                            moved.extend(item.as_u64());
                        }
                    }
                }
                _ => {
                    rest.insert(key, value);
                }
            }
        }
        project = rest;
    }
    let stage: Stage =
        crate::json_input::from_tree(&Value::Object(project)).map_err(|e| into_input(e, m::V1_PROJECT_WRONG_SHAPE))?;
    let mut events = Vec::with_capacity(stage.events.len());
    for (i, e) in stage.events.into_iter().enumerate() {
        if !moved.iter().any(|m| u64::try_from(i).is_ok_and(|i| i == *m)) {
            events.push(e);
        }
    }
    Ok(Upgraded {
        project: ProjectRecord {
            schema: RECORD_SCHEMA,
            id: stage.id,
            kind: stage.kind,
            follows: stage.follows,
            application_id: stage.application_id,
            ruleset_id: stage.ruleset_id,
            events,
        },
        application: stage.application,
        application_events,
        notes,
    })
}

/// A schema-1 record after the steps (read once, typed).
#[derive(FromJson)]
#[serde(deny_unknown_fields)]
struct Stage {
    #[allow(dead_code)]
    schema: serde::de::IgnoredAny,
    id: String,
    kind: crate::model::ProjectKind,
    #[serde(default)]
    follows: Option<String>,
    #[serde(default)]
    application: Application,
    #[serde(default)]
    application_id: String,
    #[serde(default)]
    ruleset_id: Option<String>,
    #[serde(default)]
    events: Vec<Entry<crate::process::Event>>,
}

fn schema_of(value: &Value) -> Result<u64> {
    match value.get("schema") {
        Some(Value::Number(n)) if n.as_u64() == Some(1) || n.as_u64() == Some(u64::from(RECORD_SCHEMA)) => {
            Ok(n.as_u64().unwrap_or(0))
        }
        Some(other) => {
            let other = crate::json_output::to_string(other);
            Err(Error::msg(
                ErrorCode::UnsupportedSchema,
                m::PROJECT_SCHEMA_UNSUPPORTED,
                &[&other, &RECORD_SCHEMA],
            ))
        }
        None => Err(Error::msg(ErrorCode::InvalidInput, m::PROJECT_SCHEMA_MISSING, &[])),
    }
}

/// Reads a stored project (schema 1 or 2) for loading: a schema-1 record goes through the
/// steps and keeps all its events and its embedded application's metadata.
pub(crate) fn read_project(value: Value) -> Result<(ProjectRecord, Application)> {
    if schema_of(&value)? == 1 {
        let mut up = upgrade::<false>(value)?;
        // Marks the record as read from schema 1: its application facts stay on the project.
        up.project.schema = 1;
        return Ok((up.project, up.application));
    }
    let record: ProjectRecord =
        crate::json_input::from_tree(&value).map_err(crate::json_input::ShapeError::into_input_error)?;
    let application = Application {
        id: record.application_id.clone(),
        ..Application::default()
    };
    Ok((record, application))
}

/// One project migrated: its index in the input, the schema-2 record and what changed.
///
/// # Example
/// ```
/// use fuling_rules::records::migrate;
/// let report = migrate(&[r#"{"schema": 1, "id": "FL-1", "kind": "om", "application": {"id": "APP-1"}}"#]);
/// let m = &report.projects[0];
/// assert_eq!((m.index, m.project.application_id.as_str(), m.project.schema), (0, "APP-1", 2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct MigratedProject {
    /// The index of the stored file in the input.
    pub index: u32,
    /// The schema-2 project.
    pub project: ProjectRecord,
    /// What changed (empty for a record already at schema 2).
    pub notes: Vec<MigrationNote>,
}

/// A stored file that cannot migrate, with its reason; nothing of it is converted.
///
/// # Example
/// ```
/// use fuling_rules::records::migrate;
/// let report = migrate(&[r#"{"schema": 1, "id": "FL-1", "kind": "om", "events": [{"type": "nope", "date": "2025-01-01"}]}"#]);
/// assert!(report.projects.is_empty());
/// assert_eq!((report.refused[0].index, report.refused[0].code.as_str()), (0, "invalid_input"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Refusal {
    /// The index of the stored file in the input.
    pub index: u32,
    /// The error code.
    pub code: String,
    /// The reason, in Chinese.
    pub message_zh: String,
    /// The reason, in English.
    pub message_en: String,
}

/// Projects that embed different versions of one application id: reported, not merged (no
/// application record is written for that id; decide which version is right and migrate again).
///
/// # Example
/// ```
/// use fuling_rules::records::migrate;
/// let a = r#"{"schema": 1, "id": "FL-1", "kind": "development", "application": {"id": "APP-1", "name": "智慧河长"}}"#;
/// let b = r#"{"schema": 1, "id": "FL-OM-1", "kind": "om", "application": {"id": "APP-1", "name": "智慧河长应用"}}"#;
/// let report = migrate(&[a, b]);
/// assert_eq!(report.conflicts[0].application_id, "APP-1");
/// assert_eq!(report.conflicts[0].project_ids, ["FL-1", "FL-OM-1"]);
/// assert!(report.applications.is_empty());
/// assert_eq!(report.projects.len(), 2); // the projects migrate; they name APP-1
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct ApplicationConflict {
    /// The application id.
    pub application_id: String,
    /// The projects that name it, in input order.
    pub project_ids: Vec<String>,
    /// The distinct versions embedded (or, when they agree but their events cannot be
    /// replayed together, the one version).
    pub versions: Vec<Application>,
    /// Why, in Chinese.
    pub message_zh: String,
    /// Why, in English.
    pub message_en: String,
}

/// What [`migrate`] did: the schema-2 projects and application records, the notes, the
/// conflicts and the refusals.
///
/// # Example
/// ```
/// use fuling_rules::records::migrate;
/// let report = migrate(&[r#"{"schema": 1, "id": "FL-1", "kind": "om", "application": {"id": "APP-1"}}"#]);
/// assert_eq!((report.projects.len(), report.applications.len()), (1, 1));
/// assert!(report.conflicts.is_empty() && report.refused.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct MigrationReport {
    /// The projects migrated.
    pub projects: Vec<MigratedProject>,
    /// One application record per application id without conflict.
    pub applications: Vec<ApplicationRecord>,
    /// Application ids whose projects disagree.
    pub conflicts: Vec<ApplicationConflict>,
    /// Files that cannot migrate.
    pub refused: Vec<Refusal>,
}

fn refusal(index: usize, e: &Error) -> Refusal {
    Refusal {
        index: u32::try_from(index).unwrap_or(u32::MAX),
        code: e.code().as_str().to_owned(),
        message_zh: e.message_zh().to_owned(),
        message_en: e.message_en().to_owned(),
    }
}

// Reading a project from stored JSON text goes through the migration, so it is defined here.
impl Project {
    /// Loads a project from JSON, replaying its events with the default ruleset and
    /// the official calendar.
    ///
    /// # Errors
    /// `input_too_large`, `invalid_json`, `unsupported_schema` (a `schema` other than 1 or 2),
    /// `invalid_input`; then the first refused event's error (its message names its index).
    /// Nothing is half-loaded.
    ///
    /// A schema-1 record goes through the migration ([`crate::records::migrate`]), keeping
    /// its embedded application's metadata and every event on the project; a schema-2 record
    /// knows its application by id only (use [`Project::from_json_str_in`] for its facts).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Project, State};
    /// let json = r#"{"schema": 1, "id": "FL-2025-030", "kind": "development",
    ///     "events": [{"type": "ledgered", "date": "2025-09-01"},
    ///                {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}]}"#;
    /// let p = Project::from_json_str(json)?;
    /// assert_eq!(p.state(), State::FundingPlanSubmitted);
    /// // A refused event refuses the whole project: nothing is half-loaded.
    /// let bad = json.replace("2025-09-30", "2025-08-30");
    /// assert_eq!(Project::from_json_str(&bad).unwrap_err().code(), ErrorCode::EventOutOfOrder);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<Project> {
        Project::from_json_str_with(json, &Ruleset::default(), &Calendar::official())
    }

    /// As [`Project::from_json_str`], with a ruleset and a calendar for the guards.
    ///
    /// # Errors
    /// As [`Project::from_json_str`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, Calendar, ErrorCode, Project, Ruleset};
    /// let json = r#"{"schema": 1, "id": "FL-2025-012", "kind": "development", "events": [
    ///     {"type": "ledgered", "date": "2025-09-01"},
    ///     {"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "320万元"},
    ///     {"type": "lead_department_reviewed", "date": "2025-09-02"},
    ///     {"type": "preliminary_funding_plan_set", "date": "2025-09-02"},
    ///     {"type": "development_plan_submitted", "date": "2025-09-02"},
    ///     {"type": "preliminary_review_passed", "date": "2025-09-02"},
    ///     {"type": "joint_review_organised", "date": "2025-09-03"}]}"#;
    /// assert!(Project::from_json_str(json).is_ok()); // 320万元 is under 第二十条's 500万元
    /// let mut lowered = Ruleset::default();
    /// lowered.municipal_filing.threshold = Amount::parse("300万元")?;
    /// let err = Project::from_json_str_with(json, &lowered, &Calendar::official()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::MunicipalFilingRequired);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str_with(json: &str, rules: &Ruleset, calendar: &Calendar) -> Result<Project> {
        let (record, application) = read_json(json)?;
        Project::from_record_in(record, &application, rules, calendar)
    }

    /// As [`Project::from_json_str_with`], for the application `application` (its metadata —
    /// secrecy, labels — is what the guards read). The record must name that application
    /// (or none).
    ///
    /// # Errors
    /// As [`Project::from_json_str`]; `invalid_input` when the record names another application.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::ApplicationRecord, Calendar, Project, Ruleset, State};
    /// let app = ApplicationRecord::from_json_str(
    ///     r#"{"schema": 2, "application": {"id": "APP-7", "name": "涪陵区保密办公系统", "secret": true}}"#)?;
    /// let project = r#"{"schema": 2, "id": "FL-2025-007", "kind": "development", "application_id": "APP-7", "events": []}"#;
    /// let p = Project::from_json_str_in(project, app.application(), &Ruleset::default(), &Calendar::official())?;
    /// assert!(p.application().secret); // 第二条: read from the application record
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str_in(
        json: &str,
        application: &Application,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        let (record, _) = read_json(json)?;
        Project::from_record_in(record, application, rules, calendar)
    }

    /// As [`Project::from_json_str_in`], with the application's whole record: besides its
    /// metadata, the guards and the status read its catalog (第七条, 第三十七条): the project's
    /// `catalog_completion` is met by the application's first `catalog_completed` or
    /// `catalog_updated` dated on or after the approval, and a `major_iteration_started` needs
    /// an application `catalog_updated` dated on or before the iteration and on or after the
    /// acceptance, or after the day of the previous iteration. A project loaded without it knows no
    /// catalog: its `catalog_completion` stays open and its major iterations are refused.
    ///
    /// # Errors
    /// As [`Project::from_json_str_in`]; the application record's first refused event's error.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{records::ApplicationRecord, Calendar, Project, Ruleset};
    /// let app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-9"},
    ///     "events": [{"type": "catalog_completed", "date": "2025-05-09"}]}"#)?;
    /// let project = r#"{"schema": 2, "id": "FL-OM-9", "kind": "om", "application_id": "APP-9", "events": [
    ///     {"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-06"},
    ///     {"type": "joint_review_organised", "date": "2025-05-06"}, {"type": "approved", "date": "2025-05-06"}]}"#;
    /// let (rules, cal) = (Ruleset::default(), Calendar::official());
    /// let as_of = NaiveDate::from_ymd_opt(2025, 5, 20).unwrap();
    /// // 第七条: completed on 05-09, within the 7 working days of the approval of 05-06.
    /// let p = Project::from_json_str_for(project, &app, &rules, &cal)?;
    /// assert!(p.status(as_of, &cal, &rules)?.obligations.is_empty());
    /// // Loaded alone, the catalog is unknown: due 05-15 (7 working days), overdue on 05-20.
    /// let alone = Project::from_json_str(project)?.status(as_of, &cal, &rules)?;
    /// assert_eq!(alone.overdue.len(), 1);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str_for(
        json: &str,
        application: &ApplicationRecord,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        let (record, _) = read_json(json)?;
        Project::from_record_for(record, application, rules, calendar)
    }
}

/// A stored project's JSON text (schema 1 or 2) read as a record and its embedded application's
/// metadata (`input_too_large` beyond [`MAX_JSON_BYTES`]).
fn read_json(json: &str) -> Result<(ProjectRecord, Application)> {
    check_json_size(json)?;
    read_project(crate::json_input::parse(json)?)
}

/// `input_too_large` for a project's JSON beyond [`MAX_JSON_BYTES`].
fn check_json_size(json: &str) -> Result<()> {
    if json.len() > MAX_JSON_BYTES {
        return Err(Error::msg(
            ErrorCode::InputTooLarge,
            m::PROJECT_JSON_TOO_LARGE,
            &[&MAX_JSON_BYTES],
        ));
    }
    Ok(())
}

impl<'de> Deserialize<'de> for Project {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let value = crate::json_read::Value::deserialize(deserializer)?;
        read_project(value)
            .and_then(|(record, application)| {
                Project::from_record_in(record, &application, &Ruleset::default(), &Calendar::official())
            })
            .map_err(|e| serde::de::Error::custom(format!("[{}] {}", e.code(), e.message_en())))
    }
}

/// A file migrated: the project, its application (schema 1 only) and the notes.
type Migrated = (
    ProjectRecord,
    Option<(Application, Vec<Entry<ApplicationEvent>>)>,
    Vec<MigrationNote>,
);

/// One stored file, migrated and checked by replaying it.
fn migrate_one(json: &str) -> Result<Migrated> {
    check_json_size(json)?;
    let value = crate::json_input::parse(json)?;
    if schema_of(&value)? != 1 {
        let record: ProjectRecord =
            crate::json_input::from_tree(&value).map_err(crate::json_input::ShapeError::into_input_error)?;
        // Its shape only: replaying it needs its application record, which is not among the inputs.
        return Ok((record, None, Vec::new()));
    }
    let up = upgrade::<true>(value)?;
    let app_events = match up.application_events {
        Value::Null => Value::Array(Vec::new()),
        other => other,
    };
    let events: Vec<Entry<ApplicationEvent>> =
        crate::json_input::from_tree(&app_events).map_err(|e| into_input(e, m::V1_APPLICATION_EVENTS_WRONG_SHAPE))?;
    // Replayed as stored, with the catalog events it moved to the application (第三十七条's
    // guard reads them): refused here rather than written out broken.
    let catalog = crate::process::CatalogHistory::of(events.iter().filter_map(|e| match e {
        Entry::Event(ev) => Some(ev),
        Entry::Correction(_) | Entry::Void(_) => None,
    }));
    Project::from_record_catalog(
        up.project.clone(),
        &up.application,
        Some(catalog),
        &Ruleset::default(),
        &Calendar::official(),
    )?;
    Ok((up.project, Some((up.application, events)), up.notes))
}

/// Migrates stored project files (schema 1, or already schema 2) to schema 2: the projects,
/// one application record per application id, the notes of every change, the conflicts and
/// the refusals. Each file is converted whole or refused whole; the input is not changed.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::{migrate, ApplicationState}, Calendar, Project, Ruleset, State};
/// let stored = r#"{"schema": 1, "id": "FL-OM-2025-006", "kind": "om", "application": {"id": "APP-PARKING"},
///   "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-08"},
///              {"type": "joint_review_organised", "date": "2025-05-09"}, {"type": "approved", "date": "2025-05-09"},
///              {"type": "om_started", "date": "2025-05-12", "mode": "procurement"},
///              {"type": "deregistration_applied", "date": "2025-09-10", "reason": "stagnant", "disposal":
///                {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}}]}"#;
/// let report = migrate(&[stored]);
/// let (project, app) = (&report.projects[0].project, &report.applications[0]);
/// assert_eq!((project.schema, project.events.len(), app.events.len()), (2, 5, 1)); // 第四十二条: the application's
/// let codes: Vec<&str> = report.projects[0].notes.iter().map(|n| n.code.as_str()).collect();
/// assert_eq!(codes, ["ruleset_assumed", "event_moved_to_application"]);
/// let as_of = NaiveDate::from_ymd_opt(2025, 9, 10).unwrap();
/// let s = app.status(as_of, &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.state, ApplicationState::DeregistrationApplied);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub fn migrate(stored: &[&str]) -> MigrationReport {
    let mut report = MigrationReport {
        projects: Vec::new(),
        applications: Vec::new(),
        conflicts: Vec::new(),
        refused: Vec::new(),
    };
    // Per application id: (versions, project ids, events).
    type Group = (Vec<Application>, Vec<String>, Vec<Entry<ApplicationEvent>>);
    let mut groups: Vec<(String, Group)> = Vec::new();
    for (index, json) in stored.iter().enumerate() {
        match migrate_one(json) {
            Err(e) => report.refused.push(refusal(index, &e)),
            Ok((project, app, notes)) => {
                if let Some((application, events)) = app {
                    let pos = match groups.iter().position(|(id, _)| *id == application.id) {
                        Some(p) => p,
                        None => {
                            groups.push((application.id.clone(), (Vec::new(), Vec::new(), Vec::new())));
                            groups.len() - 1
                        }
                    };
                    if let Some((_, (versions, ids, all))) = groups.get_mut(pos) {
                        if !versions.contains(&application) {
                            versions.push(application);
                        }
                        ids.push(project.id.clone());
                        all.extend(events);
                    }
                }
                report.projects.push(MigratedProject {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                    project,
                    notes,
                });
            }
        }
    }
    for (id, (versions, project_ids, mut events)) in groups {
        if versions.len() > 1 {
            let (message_zh, message_en) = m::APPLICATION_VERSIONS_DIFFER.pair(&[]);
            report.conflicts.push(ApplicationConflict {
                application_id: id,
                project_ids,
                versions,
                message_zh,
                message_en,
            });
            continue;
        }
        let Some(application) = versions.into_iter().next() else {
            continue;
        };
        // Stable: same-date events keep their input order.
        crate::sort::sort_by_key(&mut events, |e| match e {
            Entry::Event(ev) => Some(ev.date()),
            Entry::Correction(_) | Entry::Void(_) => None,
        });
        let record = ApplicationRecord {
            schema: RECORD_SCHEMA,
            application,
            ruleset_id: Some(DEFAULT_RULESET_ID.to_owned()),
            events,
        };
        match ApplicationRecord::from_json_str(&record.to_json()) {
            Ok(_) => report.applications.push(record),
            Err(e) => {
                let (message_zh, message_en) =
                    m::APPLICATION_EVENTS_NOT_REPLAYABLE.pair(&[&e.message_zh(), &e.message_en()]);
                report.conflicts.push(ApplicationConflict {
                    application_id: id,
                    project_ids,
                    versions: vec![record.application],
                    message_zh,
                    message_en,
                });
            }
        }
    }
    report
}
