//! The portfolio (应用与项目总览): a district's application records and projects loaded
//! together, the agenda of every open obligation across them ([`Portfolio::agenda`]) and the
//! fund view by year and lead department ([`Portfolio::fund_view`]). See `docs/portfolio.md`.
//!
//! Loading never stops at a bad record: a record that does not load (bad JSON, a wrong shape,
//! a refused event, a project whose application record is missing, a duplicate id) is listed
//! in [`Portfolio::problems`] with where it was, its id when known, its error code and article,
//! and the rest still load. Nothing is dropped silently.
//!
//! # Telling records apart
//! A record (a JSON object) with a `kind` field is a project record (schema 1 or 2, as
//! `docs/events.md`); one without `kind` but with an `application` field is an application
//! record (`docs/records.md`); anything else is a problem (`unrecognised`).

mod agenda;
mod funds;

pub use agenda::{Agenda, AgendaItem, AgendaOptions};
pub use funds::{FundEvent, FundEventKind, FundRow, FundView, LargePlan};

use crate::calendar::Calendar;
use crate::citation::Citation;
use crate::error::{Error, ErrorCode};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::json_read::Value;
use crate::message::process as m;
use crate::model::Application;
use crate::process::{Project, MAX_JSON_BYTES};
use crate::records::ApplicationRecord;
use crate::ruleset::Ruleset;
use std::collections::{HashMap, HashSet};

/// Why a record is listed in [`Portfolio::problems`] (a stable snake_case string).
///
/// # Example
/// ```
/// use fuling_rules::portfolio::ProblemKind;
/// assert_eq!(serde_json::to_string(&ProblemKind::ApplicationMissing).unwrap(), r#""application_missing""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Not JSON, or too large to read.
    Unreadable,
    /// A JSON value that is neither a project record (`kind`) nor an application record
    /// (`application`).
    Unrecognised,
    /// The record does not load: a wrong shape, an unsupported schema, a refused event.
    Refused,
    /// A project names an application (`application_id`) with no application record in the
    /// portfolio (a schema-1 project, which embeds its application, and a project naming none
    /// are not missing theirs).
    ApplicationMissing,
    /// A second record with the id of one already loaded (project ids and application ids are
    /// each unique); the first one stays.
    DuplicateId,
    /// The record loaded, but its status could not be computed for the agenda (e.g. `as_of`
    /// before its last event); only in [`Agenda::problems`].
    Status,
}

/// A record that did not load, or whose status the agenda could not compute.
///
/// # Example
/// ```
/// use fuling_rules::{portfolio::{Portfolio, ProblemKind}, ErrorCode};
/// let p = Portfolio::from_jsonl("{\"schema\": 2, \"id\": \"FL-1\", \"kind\": \"om\"}\nnot json\n");
/// assert_eq!(p.projects().len(), 1);
/// let problem = &p.problems()[0];
/// assert_eq!((problem.line, problem.kind, problem.code), (Some(2), ProblemKind::Unreadable, ErrorCode::InvalidJson));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct Problem {
    /// The file it came from ([`Portfolio::from_dir`]), when read from one.
    pub file: Option<String>,
    /// The line (from 1) of a JSON-lines text or file.
    pub line: Option<u64>,
    /// The position (from 0) in the list of records given ([`Portfolio::from_inputs`]).
    pub index: Option<u64>,
    /// The project's or application's id, when it could be read.
    pub record_id: Option<String>,
    /// Why.
    pub kind: ProblemKind,
    /// The stable error code (as [`ErrorCode`]).
    #[schemars(with = "String")]
    pub code: ErrorCode,
    /// The article the error cites, when it cites one.
    pub article: Option<Citation>,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

/// Where a record came from.
#[derive(Debug, Clone, Default)]
struct Location {
    file: Option<String>,
    line: Option<u64>,
    index: Option<u64>,
}

impl Location {
    fn problem(&self, record_id: Option<&str>, kind: ProblemKind, error: &Error) -> Problem {
        Problem {
            file: self.file.clone(),
            line: self.line,
            index: self.index,
            record_id: record_id.filter(|id| !id.is_empty()).map(str::to_owned),
            kind,
            code: error.code(),
            article: error.article(),
            message_zh: error.message_zh().to_owned(),
            message_en: error.message_en().to_owned(),
        }
    }
}

/// One record given to [`Portfolio::from_inputs`].
///
/// # Example
/// ```
/// use fuling_rules::{portfolio::{Portfolio, RecordInput}, Project, ProjectKind};
/// let p = Portfolio::from_inputs(vec![
///     RecordInput::Project(Box::new(Project::new("FL-1", ProjectKind::Om))),
///     RecordInput::Json(r#"{"schema": 2, "application": {"id": "APP-1"}}"#.into()),
/// ]);
/// assert_eq!((p.projects().len(), p.applications().len()), (1, 1));
/// ```
#[derive(Debug, Clone)]
pub enum RecordInput {
    /// A project or application record as JSON text.
    Json(String),
    /// A project or application record as a parsed JSON value (serde_json's).
    Value(serde_json::Value),
    /// A project or application record as a parsed JSON value (the crate's own tree).
    Tree(Value),
    /// A project already loaded.
    Project(Box<Project>),
    /// An application record already loaded.
    Application(Box<ApplicationRecord>),
}

/// Application records and projects loaded together, with what did not load.
///
/// # Properties
/// - Application records load first, then projects, whatever the order given: a project is
///   replayed with its application record's metadata (secrecy, labels), as
///   [`Project::from_json_str_in`].
/// - Records are replayed with [`Ruleset::default`] and [`Calendar::official`] for the guards,
///   as [`Project::from_json_str`].
/// - Projects and applications keep the order given.
///
/// # Example
/// ```
/// use fuling_rules::portfolio::{Portfolio, ProblemKind};
/// let text = r#"{"schema": 2, "application": {"id": "APP-1", "lead_department": "区水利局"}}
/// {"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1", "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}
/// {"schema": 2, "id": "FL-2", "kind": "om", "application_id": "APP-9"}
/// "#;
/// let p = Portfolio::from_jsonl(text);
/// assert_eq!(p.projects()[0].application().lead_department, "区水利局");
/// assert_eq!((p.problems()[0].line, p.problems()[0].kind), (Some(3), ProblemKind::ApplicationMissing));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Portfolio {
    applications: Vec<ApplicationRecord>,
    projects: Vec<Project>,
    problems: Vec<Problem>,
    /// Application id → index in `applications`.
    by_id: HashMap<String, usize>,
}

/// A record read, before it is loaded.
enum Raw {
    Project(Value, Location),
    ProjectObject(Box<Project>, Location),
    Application(Box<ApplicationRecord>, Location),
}

fn id_of(value: &Value) -> Option<String> {
    value
        .get("id")
        .and_then(Value::as_str)
        .or_else(|| value.get("application")?.get("id")?.as_str())
        .map(str::to_owned)
}

fn unrecognised() -> Error {
    Error::msg(ErrorCode::InvalidInput, m::NOT_A_RECORD, &[])
}

impl Portfolio {
    /// An empty portfolio.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// assert!(Portfolio::new().projects().is_empty());
    /// ```
    pub fn new() -> Portfolio {
        Portfolio::default()
    }

    /// The application records, in the order given.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "application": {"id": "APP-1"}}"#);
    /// assert_eq!(p.applications()[0].application().id, "APP-1");
    /// ```
    pub fn applications(&self) -> &[ApplicationRecord] {
        &self.applications
    }

    /// The projects, in the order given.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "development"}"#);
    /// assert_eq!(p.projects()[0].id(), "FL-1");
    /// ```
    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    /// The records that did not load, in the order of the input (file, line, index).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{portfolio::{Portfolio, ProblemKind}, ErrorCode};
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "om", "events": [{"type": "approved", "date": "2025-05-06"}]}"#);
    /// let x = &p.problems()[0];
    /// assert_eq!((x.kind, x.code, x.record_id.as_deref()), (ProblemKind::Refused, ErrorCode::TransitionNotAllowed, Some("FL-1")));
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The application record of `id`, if the portfolio holds it.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "application": {"id": "APP-1"}}"#);
    /// assert!(p.application("APP-1").is_some() && p.application("APP-2").is_none());
    /// ```
    pub fn application(&self, id: &str) -> Option<&ApplicationRecord> {
        self.by_id.get(id).and_then(|&i| self.applications.get(i))
    }

    /// A portfolio of projects and application records already loaded. A project whose
    /// application record is given is attached to it (its metadata replaces the project's).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{portfolio::{Portfolio, ProblemKind}, Project, ProjectKind};
    /// let p = Portfolio::from_records(vec![Project::new("FL-1", ProjectKind::Om), Project::new("FL-1", ProjectKind::Om)], vec![]);
    /// assert_eq!((p.projects().len(), p.problems()[0].kind), (1, ProblemKind::DuplicateId));
    /// ```
    pub fn from_records(projects: Vec<Project>, applications: Vec<ApplicationRecord>) -> Portfolio {
        let inputs = projects
            .into_iter()
            .map(|p| RecordInput::Project(Box::new(p)))
            .chain(applications.into_iter().map(|a| RecordInput::Application(Box::new(a))))
            .collect();
        Portfolio::from_inputs(inputs)
    }

    /// A portfolio of records given one by one (JSON text, JSON values, or loaded objects),
    /// told apart by their fields (see the module documentation). A problem names the
    /// record's position in `inputs` (`index`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{portfolio::{Portfolio, RecordInput}, ErrorCode};
    /// let p = Portfolio::from_inputs(vec![RecordInput::Json("{".into()), RecordInput::Value(serde_json::json!({"x": 1}))]);
    /// let codes: Vec<_> = p.problems().iter().map(|x| (x.index, x.code)).collect();
    /// assert_eq!(codes, [(Some(0), ErrorCode::InvalidJson), (Some(1), ErrorCode::InvalidInput)]);
    /// ```
    pub fn from_inputs(inputs: Vec<RecordInput>) -> Portfolio {
        let mut p = Portfolio::new();
        let mut raws = Vec::new();
        for (i, input) in inputs.into_iter().enumerate() {
            let loc = Location {
                index: u64::try_from(i).ok(),
                ..Location::default()
            };
            p.read(input, loc, &mut raws);
        }
        p.load(raws);
        p
    }

    /// A portfolio from JSON lines: one project or application record per line, told apart
    /// by their fields (see the module documentation). Blank lines are skipped; a problem
    /// names its line (from 1).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// let p = Portfolio::from_jsonl("\n{\"schema\": 2, \"id\": \"FL-1\", \"kind\": \"om\"}\n\n");
    /// assert_eq!((p.projects().len(), p.problems().len()), (1, 0));
    /// ```
    pub fn from_jsonl(text: &str) -> Portfolio {
        let mut p = Portfolio::new();
        let mut raws = Vec::new();
        p.read_lines(text, None, &mut raws);
        p.load(raws);
        p
    }

    /// A portfolio from a folder of record files, in file-name order: each `*.json` file holds
    /// one record (or a JSON array of records), each `*.jsonl` file one record per line; other
    /// files and sub-folders are ignored. A file that cannot be read is a problem naming it.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{portfolio::{Portfolio, ProblemKind}, ErrorCode};
    /// let p = Portfolio::from_dir(std::path::Path::new("/nonexistent-folder"));
    /// assert_eq!((p.problems()[0].kind, p.problems()[0].code), (ProblemKind::Unreadable, ErrorCode::InvalidInput));
    /// ```
    pub fn from_dir(path: &std::path::Path) -> Portfolio {
        let mut p = Portfolio::new();
        let mut raws = Vec::new();
        let unreadable = |p: &mut Portfolio, file: String, e: std::io::Error| {
            let error = Error::msg(ErrorCode::InvalidInput, m::RECORD_UNREADABLE, &[&e]);
            let loc = Location {
                file: Some(file),
                ..Location::default()
            };
            p.problems.push(loc.problem(None, ProblemKind::Unreadable, &error));
        };
        let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "json" || x == "jsonl"))
                .collect(),
            Err(e) => {
                unreadable(&mut p, path.display().to_string(), e);
                return p;
            }
        };
        files.sort();
        for file in files {
            let name = file.display().to_string();
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    unreadable(&mut p, name, e);
                    continue;
                }
            };
            if file.extension().is_some_and(|x| x == "jsonl") {
                p.read_lines(&text, Some(&name), &mut raws);
                continue;
            }
            let loc = Location {
                file: Some(name),
                ..Location::default()
            };
            match crate::json_input::parse(&text) {
                Ok(Value::Array(items)) => {
                    for (i, v) in items.into_iter().enumerate() {
                        let loc = Location {
                            index: u64::try_from(i).ok(),
                            ..loc.clone()
                        };
                        p.read(RecordInput::Tree(v), loc, &mut raws);
                    }
                }
                Ok(v) => p.read(RecordInput::Tree(v), loc, &mut raws),
                Err(e) => p.problems.push(loc.problem(None, ProblemKind::Unreadable, &e)),
            }
        }
        p.load(raws);
        p
    }

    fn read_lines(&mut self, text: &str, file: Option<&str>, raws: &mut Vec<Raw>) {
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let loc = Location {
                file: file.map(str::to_owned),
                line: u64::try_from(n + 1).ok(),
                index: None,
            };
            self.read(RecordInput::Json(line.to_owned()), loc, raws);
        }
    }

    /// Classifies one input; what cannot be read becomes a problem.
    fn read(&mut self, input: RecordInput, loc: Location, raws: &mut Vec<Raw>) {
        let value = match input {
            RecordInput::Project(p) => return raws.push(Raw::ProjectObject(p, loc)),
            RecordInput::Application(a) => return raws.push(Raw::Application(a, loc)),
            RecordInput::Value(v) => Value::from(v),
            RecordInput::Tree(v) => v,
            RecordInput::Json(text) => {
                if text.len() > MAX_JSON_BYTES {
                    let e = Error::msg(ErrorCode::InputTooLarge, m::RECORD_JSON_TOO_LARGE, &[&MAX_JSON_BYTES]);
                    return self.problems.push(loc.problem(None, ProblemKind::Unreadable, &e));
                }
                match crate::json_input::parse(&text) {
                    Ok(v) => v,
                    Err(e) => return self.problems.push(loc.problem(None, ProblemKind::Unreadable, &e)),
                }
            }
        };
        let id = id_of(&value);
        if value.get("kind").is_some() {
            raws.push(Raw::Project(value, loc));
        } else if value.get("application").is_some() {
            match ApplicationRecord::from_json_str(&crate::json_output::to_string(&value)) {
                Ok(a) => raws.push(Raw::Application(Box::new(a), loc)),
                Err(e) => self.problems.push(loc.problem(id.as_deref(), ProblemKind::Refused, &e)),
            }
        } else {
            self.problems
                .push(loc.problem(id.as_deref(), ProblemKind::Unrecognised, &unrecognised()));
        }
    }

    /// Loads the records read: applications first, then projects; the problems end up in the
    /// order of the input (file, line, index).
    fn load(&mut self, raws: Vec<Raw>) {
        self.load_all(raws);
        self.problems
            .sort_by(|a, b| (&a.file, a.line, a.index).cmp(&(&b.file, b.line, b.index)));
    }

    fn load_all(&mut self, raws: Vec<Raw>) {
        let (rules, calendar) = (Ruleset::default(), Calendar::official());
        let mut projects = Vec::new();
        for raw in raws {
            match raw {
                Raw::Application(a, loc) => {
                    let id = a.application().id.clone();
                    if self.by_id.contains_key(&id) {
                        let e = duplicate(m::DUPLICATE_APPLICATION_ID, &id);
                        self.problems.push(loc.problem(Some(&id), ProblemKind::DuplicateId, &e));
                    } else {
                        self.by_id.insert(id, self.applications.len());
                        self.applications.push(*a);
                    }
                }
                other => projects.push(other),
            }
        }
        let mut seen: HashSet<String> = HashSet::new();
        for raw in projects {
            let (loaded, loc) = match raw {
                Raw::Project(value, loc) => (self.load_project(value, &rules, &calendar), loc),
                Raw::ProjectObject(p, loc) => (self.attach(*p, &rules, &calendar), loc),
                Raw::Application(..) => continue,
            };
            match loaded {
                Ok(p) if seen.contains(p.id()) => {
                    let e = duplicate(m::DUPLICATE_PROJECT_ID, p.id());
                    self.problems
                        .push(loc.problem(Some(p.id()), ProblemKind::DuplicateId, &e));
                }
                Ok(p) => {
                    seen.insert(p.id().to_owned());
                    self.projects.push(p);
                }
                Err((id, kind, e)) => self.problems.push(loc.problem(id.as_deref(), kind, &e)),
            }
        }
    }

    /// The application record a project names, or the problem when it names one not held.
    fn application_for(
        &self,
        project_id: &str,
        application_id: &str,
        embedded: bool,
    ) -> LoadResult<Option<&ApplicationRecord>> {
        match self.application(application_id) {
            Some(a) => Ok(Some(a)),
            None if application_id.is_empty() || embedded => Ok(None),
            None => Err((
                Some(project_id.to_owned()),
                ProblemKind::ApplicationMissing,
                Error::msg(
                    ErrorCode::InvalidInput,
                    m::APPLICATION_NOT_IN_PORTFOLIO,
                    &[&project_id, &application_id],
                ),
            )),
        }
    }

    fn load_project(&self, value: Value, rules: &Ruleset, calendar: &Calendar) -> LoadResult<Project> {
        let id = id_of(&value);
        let refused = |e: Error| (id.clone(), ProblemKind::Refused, e);
        let (record, embedded) = crate::records::migrate::read_project(value).map_err(refused)?;
        let schema_1 = record.schema == 1;
        match self.application_for(&record.id, &record.application_id, schema_1)? {
            // 第七条, 第三十七条: with the record, its catalog events too.
            Some(app) => Project::from_record_for(record, app, rules, calendar).map_err(refused),
            None => Project::from_record_in(record, &embedded, rules, calendar).map_err(refused),
        }
    }

    fn attach(&self, p: Project, rules: &Ruleset, calendar: &Calendar) -> LoadResult<Project> {
        let id = p.id().to_owned();
        let app_id = p.application().id.clone();
        let Some(app) = self.application_for(&id, &app_id, p.is_legacy())? else {
            return Ok(p);
        };
        // Replayed with the record: its metadata (第二条's secrecy) and its catalog events
        // (第七条, 第三十七条) may differ from what the object was loaded with.
        Project::from_record_for(p.to_record(), app, rules, calendar).map_err(|e| (Some(id), ProblemKind::Refused, e))
    }
}

type LoadResult<T> = std::result::Result<T, (Option<String>, ProblemKind, Error)>;

fn duplicate(message: crate::message::Msg, id: &str) -> Error {
    Error::msg(ErrorCode::InvalidInput, message, &[&id])
}

impl Portfolio {
    /// The department in `role` for the application `app`, when named.
    pub(crate) fn department(app: &Application, role: crate::model::Role) -> Option<String> {
        use crate::model::Role;
        let name = match role {
            Role::ResponsibleDepartment => &app.responsible_department,
            Role::LeadDepartment => &app.lead_department,
            Role::BigDataBureau
            | Role::CyberspaceOffice
            | Role::ConfidentialBureau
            | Role::FinanceBureau
            | Role::EGovernmentCentre
            | Role::MunicipalBigDataBureau
            | Role::LeadingGroup => return None,
        };
        (!name.trim().is_empty()).then(|| name.clone())
    }

    /// The application metadata a project is read with: its record's when held, else its own.
    pub(crate) fn metadata_of<'a>(&'a self, project: &'a Project) -> &'a Application {
        self.application(&project.application().id)
            .map_or(project.application(), ApplicationRecord::application)
    }
}

#[cfg(test)]
mod tests;
