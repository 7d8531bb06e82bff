//! A project (项目): its application, kind and ordered list of dated events; its
//! state is the replay of the events (event sourcing).

use super::derived::Derived;
use super::event::Event;
use super::state::State;
use super::table::Process;
use crate::calendar::Calendar;
use crate::citation::Art;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::process as m;
use crate::model::{Application, ProjectKind, ProjectOrigin};
use crate::money::Amount;
use crate::prelude::*;
use crate::records::{held, resolve, AmendmentRecord, Entry};
use crate::ruleset::Ruleset;
use serde::Serialize;

/// The project JSON's schema version (2; schema-1 records load through
/// [`crate::records::migrate`]).
///
/// # Example
/// ```
/// use fuling_rules::{process::PROJECT_SCHEMA, ErrorCode, Project, ProjectKind};
/// assert_eq!(Project::new("FL-2025-001", ProjectKind::Om).to_record().schema, PROJECT_SCHEMA);
/// assert_eq!(PROJECT_SCHEMA, 2);
/// let err = Project::from_json_str(r#"{"schema": 3, "id": "FL-2025-001", "kind": "om"}"#).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::UnsupportedSchema);
/// ```
pub const PROJECT_SCHEMA: u32 = crate::records::RECORD_SCHEMA;
/// The most events a project may hold (`input_too_large` beyond).
///
/// # Example
/// ```
/// use fuling_rules::{process::MAX_EVENTS, Calendar, ErrorCode, Event, Project, ProjectKind, Ruleset};
/// let mut record = Project::new("FL-2025-001", ProjectKind::Om).to_record();
/// let event = Event::from_json_str(r#"{"type": "catalog_updated", "date": "2025-10-09"}"#)?;
/// record.events = vec![event.into(); MAX_EVENTS + 1];
/// let err = Project::from_record_with(record, &Ruleset::default(), &Calendar::official()).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const MAX_EVENTS: usize = 10_000;
/// The longest free-text field of an event, in characters (`input_too_large` beyond).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{process::MAX_TEXT_CHARS, ErrorCode, Event, Project, ProjectKind};
/// let mut p = Project::new("FL-OM-2025-002", ProjectKind::Om);
/// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-10-09"}"#)?;
/// let opinion = "同意".repeat(MAX_TEXT_CHARS / 2 + 1);
/// let date = NaiveDate::from_ymd_opt(2025, 10, 10).unwrap();
/// let err = p.apply(Event::LeadDepartmentReviewed { date, meta: Default::default(), opinion: Some(opinion) }).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The longest list field of an event (`input_too_large` beyond).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{model::RejectionGround, process::MAX_LIST_LEN, ErrorCode, Event, Project, ProjectKind};
/// let mut p = Project::new("FL-OM-2025-002", ProjectKind::Om);
/// let date = NaiveDate::from_ymd_opt(2025, 10, 10).unwrap();
/// let grounds = vec![RejectionGround::NotOnPlatform; MAX_LIST_LEN + 1];
/// // The size is checked before anything else.
/// let err = p.apply(Event::Rejected { date, meta: Default::default(), grounds, review: None }).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_LIST_LEN: usize = 64;
/// The largest project JSON accepted, in bytes (`input_too_large` beyond).
///
/// # Example
/// ```
/// use fuling_rules::{process::MAX_JSON_BYTES, ErrorCode, Project, ProjectKind};
/// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
/// let huge = format!(r#"{{"type": "ledgered", "date": "2025-10-09", "leading_group_consent": "{}"}}"#, "x".repeat(MAX_JSON_BYTES));
/// assert_eq!(p.apply_json(&huge).unwrap_err().code(), ErrorCode::InputTooLarge);
/// ```
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

/// The JSON shape of a project (the persistence format, schema 2):
/// `{"schema": 2, "id": "...", "kind": "development" | "om", "follows": "...", "application_id": "...",
/// "ruleset_id": "...", "events": [...]}`. The application's own facts live in its
/// [`crate::records::ApplicationRecord`]; `events` may hold corrections and voids
/// ([`crate::records::Entry`]). See `docs/records.md`.
///
/// # Example
/// ```
/// use fuling_rules::{process::ProjectRecord, Calendar, Project, ProjectKind, Ruleset, State};
/// let record: ProjectRecord = serde_json::from_str(
///     r#"{"schema": 2, "id": "FL-OM-2025-006", "kind": "om", "application_id": "APP-PARKING",
///         "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}"#,
/// ).unwrap();
/// assert_eq!(record.kind, ProjectKind::Om);
/// let p = Project::from_record_with(record, &Ruleset::default(), &Calendar::official())?;
/// assert_eq!(p.state(), State::OmPlanSubmitted);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectRecord {
    /// Schema version: 2; 1 only for a record read from a schema-1 file that still holds its
    /// application's facts as project events (`docs/records.md`).
    pub schema: u32,
    /// The project's identifier.
    pub id: String,
    /// Development or O&M.
    pub kind: ProjectKind,
    /// The project this one follows (a resubmission after `rejected`, 第十九条(四), 第二十三条), by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    /// The id of the application the project is for (its [`crate::records::ApplicationRecord`]);
    /// empty when not named yet.
    #[serde(default)]
    pub application_id: String,
    /// The id of the ruleset the project is evaluated under, once recorded; evaluating it under
    /// another gives a warning in the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset_id: Option<String>,
    /// The events in date order, with corrections and voids appended.
    #[serde(default)]
    pub events: Vec<Entry<Event>>,
}

/// [`ProjectRecord`] borrowed from a [`Project`], for writing it (same fields, same order).
#[derive(ToJson)]
struct RecordRef<'a> {
    schema: u32,
    id: &'a str,
    kind: ProjectKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    follows: Option<&'a str>,
    /// Schema 1 only: the embedded application (see [`Project::stored_schema`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    application: Option<&'a Application>,
    application_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    ruleset_id: Option<&'a str>,
    events: &'a [Entry<Event>],
}

/// A development or O&M project: an application, a kind, and its ordered list of
/// dated events. The state is the replay of the events.
///
/// # Properties
/// - [`Project::apply`] checks an event against the transition table and its guards;
///   a refused event leaves the project exactly as it was.
/// - Events must be in date order (same-day events are allowed, in list order).
/// - Guards that need a number (第二十条's 500万元, 第三十三条's 90 days, the deadlines an
///   adjustment presupposes) use [`Ruleset::default`] and [`Calendar::official`]; use
///   [`Project::apply_with`] / [`Project::from_json_str_with`] for others.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset, State};
/// let mut p = Project::new("P-1", ProjectKind::Development);
/// p.apply_json(r#"{"type":"ledgered","date":"2025-09-01"}"#)?;
/// p.apply_json(r#"{"type":"funding_plan_submitted","date":"2025-09-30","amount":"520万元"}"#)?;
/// assert_eq!(p.state(), State::FundingPlanSubmitted);
/// let as_of = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
/// let status = p.status(as_of, &Calendar::official(), &Ruleset::default())?;
/// let o = &status.obligations[0];
/// assert_eq!(o.id.as_str(), "lead_department_opinion");
/// assert_eq!(o.due, NaiveDate::from_ymd_opt(2025, 10, 14)); // across National Day
/// assert!(o.overdue);
/// let back = Project::from_json_str(&p.to_json())?;
/// assert_eq!(back, p);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
///
/// Two projects are equal when their records ([`Project::to_record`], what is stored) are: the
/// application's metadata attached for the guards (secrecy, labels) belongs to the
/// application record, and only its id to the project.
#[derive(Debug, Clone)]
pub struct Project {
    id: String,
    kind: ProjectKind,
    follows: Option<String>,
    application: Application,
    ruleset_id: Option<String>,
    /// Loaded from a schema-1 record: the application's facts (第七条, 第三十八条, 第四十条至第四十二条)
    /// may still be events of the project (see `docs/records.md`).
    legacy: bool,
    /// 第七条, 第三十七条: the application's catalog events, when loaded with its application
    /// record (none: loaded alone, the catalog is unknown).
    catalog: Option<CatalogHistory>,
    /// The stored list: events, corrections and voids.
    entries: Vec<Entry<Event>>,
    /// The history replayed: the events after every correction and void.
    events: Vec<Event>,
    trail: Vec<AmendmentRecord>,
    derived: Derived,
}

/// The dates of an application's catalog events (第七条, 第三十七条), in date order: what a
/// project loaded or evaluated with its application record reads (its `catalog_completion`
/// and the guard of its `major_iteration_started`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct CatalogHistory {
    /// `catalog_completed` dates.
    pub completed: Vec<chrono::NaiveDate>,
    /// `catalog_updated` dates.
    pub updated: Vec<chrono::NaiveDate>,
}

impl Project {
    /// A new project with no events, in state `proposed`, for an anonymous application.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind, State};
    /// let p = Project::new("FL-2025-001", ProjectKind::Development);
    /// assert_eq!((p.id(), p.state()), ("FL-2025-001", State::Proposed));
    /// assert!(p.events().is_empty());
    /// ```
    pub fn new(id: &str, kind: ProjectKind) -> Project {
        Project {
            id: id.to_owned(),
            kind,
            follows: None,
            application: Application::default(),
            ruleset_id: None,
            legacy: false,
            catalog: None,
            entries: Vec::new(),
            events: Vec::new(),
            trail: Vec::new(),
            derived: Derived::default(),
        }
    }

    /// The id of the ruleset the project is recorded under, if recorded.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let p = Project::new("FL-2025-001", ProjectKind::Om).with_ruleset_id("fuling-final");
    /// assert_eq!(p.ruleset_id(), Some("fuling-final"));
    /// ```
    pub fn ruleset_id(&self) -> Option<&str> {
        self.ruleset_id.as_deref()
    }

    /// The same project, recorded under the ruleset `id` (builder style).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ruleset::DEFAULT_RULESET_ID, Project, ProjectKind};
    /// let p = Project::new("FL-2025-001", ProjectKind::Om).with_ruleset_id(DEFAULT_RULESET_ID);
    /// assert_eq!(p.to_record().ruleset_id.as_deref(), Some(DEFAULT_RULESET_ID));
    /// ```
    #[must_use]
    pub fn with_ruleset_id(mut self, id: &str) -> Project {
        self.ruleset_id = Some(id.to_owned());
        self
    }

    /// The stored list: the events as recorded, with corrections and voids appended.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "void", "date": "2025-09-02", "voids": 0, "reason": "误录"}"#)?;
    /// assert_eq!((p.entries().len(), p.events().len()), (2, 0));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn entries(&self) -> &[Entry<Event>] {
        &self.entries
    }

    /// The audit trail: every correction and void recorded.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "void", "date": "2025-09-02", "voids": 0, "reason": "误录"}"#)?;
    /// assert_eq!(p.amendments()[0].reason, "误录");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn amendments(&self) -> &[AmendmentRecord] {
        &self.trail
    }

    /// The same project for `application` (builder style).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, Project, ProjectKind};
    /// let app = Application { name: "涪陵区智慧河长".into(), secret: false, ..Default::default() };
    /// let p = Project::new("FL-2025-001", ProjectKind::Development).with_application(app);
    /// assert_eq!(p.application().name, "涪陵区智慧河长");
    /// ```
    #[must_use]
    pub fn with_application(mut self, application: Application) -> Project {
        self.application = application;
        self
    }

    /// Replaces the application's metadata.
    ///
    /// # Errors
    /// `transition_not_allowed` when events are recorded and the change would alter the
    /// secrecy (第二条) the guards relied on; replay the project instead.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, Art, ErrorCode, Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.set_application(Application { name: "涪陵区智慧河长".into(), ..Default::default() })?;
    /// // 第二条: the guards relied on the secrecy; it cannot change under recorded events.
    /// let err = p.set_application(Application { secret: true, ..Default::default() }).unwrap_err();
    /// assert_eq!((err.code(), err.article()), (ErrorCode::TransitionNotAllowed, Some(Art::new(2))));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn set_application(&mut self, application: Application) -> Result<()> {
        if !self.entries.is_empty() && application.secret != self.application.secret {
            return Err(
                Error::msg(ErrorCode::TransitionNotAllowed, m::SECRECY_CHANGE_WITH_EVENTS, &[])
                    .with_article(Art::new(2)),
            );
        }
        self.application = application;
        Ok(())
    }

    /// The same project, resubmitted after the project `previous` was not passed by the joint
    /// review (builder style).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let p = Project::new("FL-2026-007", ProjectKind::Development).following("FL-2025-031");
    /// assert_eq!(p.follows(), Some("FL-2025-031"));
    /// assert!(p.to_json().contains(r#""follows": "FL-2025-031""#));
    /// ```
    #[must_use]
    pub fn following(mut self, previous: &str) -> Project {
        self.follows = Some(previous.to_owned());
        self
    }

    /// The project this one follows (a resubmission), when the record names one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// assert_eq!(Project::new("FL-2025-001", ProjectKind::Om).follows(), None);
    /// ```
    pub fn follows(&self) -> Option<&str> {
        self.follows.as_deref()
    }

    /// The project's identifier.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// assert_eq!(Project::new("FL-2025-001", ProjectKind::Om).id(), "FL-2025-001");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Development or O&M.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// assert_eq!(Project::new("FL-2025-001", ProjectKind::Om).kind(), ProjectKind::Om);
    /// ```
    pub fn kind(&self) -> ProjectKind {
        self.kind
    }

    /// The application.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let p = Project::new("FL-2025-001", ProjectKind::Om);
    /// assert!(!p.application().secret); // an anonymous, non-secret application
    /// ```
    pub fn application(&self) -> &Application {
        &self.application
    }

    /// The events replayed, in the order applied: after every correction and void.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{EventType, Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// assert_eq!(p.events()[0].event_type(), EventType::Ledgered);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The current state.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind, State};
    /// let mut p = Project::new("FL-OM-2025-002", ProjectKind::Om);
    /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-10-09"}"#)?;
    /// assert_eq!(p.state(), State::OmPlanSubmitted);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn state(&self) -> State {
        self.derived.state
    }

    /// How the need entered the ledger, once known.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::ProjectOrigin, Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-040", ProjectKind::Development);
    /// assert_eq!(p.origin(), None);
    /// p.apply_json(r#"{"type": "declaration_planned", "date": "2025-09-15", "declaration_date": "2025-10-17", "reason": "matching_funds"}"#)?;
    /// assert_eq!(p.origin(), Some(ProjectOrigin::MatchingFunds)); // 第二十四条
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn origin(&self) -> Option<ProjectOrigin> {
        self.derived.origin
    }

    /// The development funding plan amount (第二十条), the latest recorded.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, Project, ProjectKind};
    /// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "伍佰贰拾万元整"}"#)?;
    /// assert_eq!(p.amount(), Some(Amount::from_yuan(5_200_000)?));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn amount(&self) -> Option<Amount> {
        self.derived.amount
    }

    /// The approved amount (批复金额), when `approved` (or a re-planning) recorded one.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, Project, ProjectKind};
    /// let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om);
    /// for t in ["om_plan_submitted", "lead_department_reviewed", "joint_review_organised"] {
    ///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-05-06"}}"#))?;
    /// }
    /// p.apply_json(r#"{"type": "approved", "date": "2025-05-20", "amount": "36万元"}"#)?;
    /// assert_eq!(p.approved_amount(), Some(Amount::from_yuan(360_000)?));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn approved_amount(&self) -> Option<Amount> {
        self.derived.approved_amount
    }

    /// Loaded from a schema-1 record, which embeds its application's metadata.
    pub(crate) fn is_legacy(&self) -> bool {
        self.legacy
    }

    pub(crate) fn derived(&self) -> &Derived {
        &self.derived
    }

    /// Applies one event with the default ruleset and the official calendar.
    ///
    /// # Errors
    /// Checked in this order, the first failing check wins:
    /// `input_too_large` (more than [`MAX_EVENTS`] events, a text over [`MAX_TEXT_CHARS`]
    /// characters or a list over [`MAX_LIST_LEN`]); `event_out_of_order` (dated before the
    /// previous event); `wrong_project_kind`; `transition_not_allowed` (no row of the table
    /// for the current state); then the row's guards: `municipal_filing_required` (第二十条),
    /// `exception_basis_required` (第十四条, 第三十三条), `conditions_not_met` (第三十一条,
    /// 第三十四条, 第四十一条), `catalog_update_required` (第三十七条), `invalid_input`
    /// (a rejection without grounds), `transition_not_allowed` (an adjustment before the
    /// deadline passed, a report with none pending), `calendar_out_of_range`.
    /// On error the project is unchanged.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{ErrorCode, Event, Project, ProjectKind, State};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let mut p = Project::new("FL-2025-001", ProjectKind::Development);
    /// p.apply(Event::Ledgered { date: d("2025-10-09"), meta: Default::default(), leading_group_consent: None })?;
    /// // Dated before the previous event: refused, and the project is unchanged.
    /// let before = p.clone();
    /// let err = p.apply(Event::CatalogCompleted { date: d("2025-09-30"), meta: Default::default() }).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::EventOutOfOrder);
    /// assert_eq!((p == before, p.state()), (true, State::Ledgered));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn apply(&mut self, event: Event) -> Result<()> {
        self.apply_with(event, &Ruleset::default(), &Calendar::official())
    }

    /// Applies one event, with the guards' numbers from `rules` and dates from `calendar`.
    ///
    /// # Errors
    /// As [`Project::apply`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Amount, Calendar, ErrorCode, Event, Project, ProjectKind, Ruleset};
    /// let mut p = Project::new("FL-2025-012", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "320万元"}"#)?;
    /// for t in ["lead_department_reviewed", "preliminary_funding_plan_set"] {
    ///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-02"}}"#))?;
    /// }
    /// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2025-09-02", "amount": "320万元"}"#)?;
    /// p.apply_json(r#"{"type": "preliminary_review_passed", "date": "2025-09-02"}"#)?;
    /// let review = Event::from_json_str(r#"{"type": "joint_review_organised", "date": "2025-09-03"}"#)?;
    /// // A revised text lowering 第二十条's threshold to 300万元 would require the filing first.
    /// let mut lowered = Ruleset::default();
    /// lowered.municipal_filing.threshold = Amount::parse("300万元")?;
    /// let err = p.clone().apply_with(review.clone(), &lowered, &Calendar::official()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::MunicipalFilingRequired);
    /// p.apply_with(review, &Ruleset::default(), &Calendar::official())?; // 320万元 < 500万元
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn apply_with(&mut self, event: Event, rules: &Ruleset, calendar: &Calendar) -> Result<()> {
        let next = self.step(&event, rules, calendar)?;
        self.entries.push(Entry::Event(event.clone()));
        self.events.push(event);
        self.derived = next;
        Ok(())
    }

    /// Appends an entry — an event, a correction or a void — with the guards' numbers from
    /// `rules`. A correction or void re-validates the whole corrected history.
    ///
    /// # Errors
    /// As [`Project::apply`] for an event. For a correction or void: `invalid_input` when it
    /// names itself, a later entry or a void, or states no reason; otherwise the error of the
    /// first event the corrected history refuses (its message names the index). A refused
    /// entry leaves the project byte-identical.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::Entry, Calendar, ErrorCode, Event, Project, ProjectKind, Ruleset, State};
    /// let (rules, cal) = (Ruleset::default(), Calendar::official());
    /// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
    /// // Voiding the ledgering would leave the funding plan without a ledger: refused, unchanged.
    /// let before = p.to_json();
    /// let void: Entry<Event> = serde_json::from_str(r#"{"type": "void", "date": "2025-10-09", "voids": 0, "reason": "x"}"#).unwrap();
    /// assert_eq!(p.record_with(void, &rules, &cal).unwrap_err().code(), ErrorCode::TransitionNotAllowed);
    /// assert_eq!(p.to_json(), before);
    /// // Voiding the funding plan is allowed: the project is back in the ledger.
    /// let void: Entry<Event> = serde_json::from_str(r#"{"type": "void", "date": "2025-10-09", "voids": 1, "reason": "重复申报"}"#).unwrap();
    /// p.record_with(void, &rules, &cal)?;
    /// assert_eq!(p.state(), State::Ledgered);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn record_with(&mut self, entry: Entry<Event>, rules: &Ruleset, calendar: &Calendar) -> Result<()> {
        let (reason, recorded_by, document, corrected) = match entry {
            Entry::Event(event) => return self.apply_with(event, rules, calendar),
            Entry::Correction(ref c) => (&c.reason, &c.recorded_by, &c.document, Some(&c.event)),
            Entry::Void(ref v) => (&v.reason, &v.recorded_by, &v.document, None),
        };
        let chars = |t: Option<&String>| t.map_or(0, |t| t.chars().count());
        let longest = chars(Some(reason))
            .max(chars(recorded_by.as_ref()))
            .max(chars(document.as_ref()))
            .max(corrected.map_or(0, Event::max_text_len));
        if longest > MAX_TEXT_CHARS {
            return Err(too_large(m::CORRECTION_TEXT_TOO_LONG, &[&MAX_TEXT_CHARS]));
        }
        if corrected.is_some_and(|e| e.max_list_len() > MAX_LIST_LEN) {
            return Err(too_large(m::EVENT_LIST_TOO_LONG, &[&MAX_LIST_LEN]));
        }
        self.entries.push(entry);
        let mut fresh = Project::new(&self.id, self.kind).with_application(self.application.clone());
        fresh.legacy = self.legacy;
        fresh.catalog.clone_from(&self.catalog);
        match Project::replay(fresh, &self.entries, rules, calendar) {
            Ok(p) => {
                (self.events, self.trail, self.derived) = (p.events, p.trail, p.derived);
                Ok(())
            }
            Err(e) => {
                self.entries.pop();
                Err(e)
            }
        }
    }

    /// Replays `entries` onto the empty project `p`: its replayed history, audit trail and
    /// derived state (its `entries` stay empty; nothing is half-loaded).
    fn replay(mut p: Project, entries: &[Entry<Event>], rules: &Ruleset, calendar: &Calendar) -> Result<Project> {
        if entries.len() > MAX_EVENTS {
            return Err(too_large(m::TOO_MANY_EVENTS, &[&entries.len(), &MAX_EVENTS]));
        }
        let resolved = resolve(entries)?;
        for (i, holder) in resolved.events {
            if let Some(event) = held(entries, holder) {
                p.derived = p.step(event, rules, calendar).map_err(|e| at_index(e, i))?;
                p.events.push(event.clone());
            }
        }
        p.trail = resolved.trail;
        Ok(p)
    }

    /// Parses one event from JSON and applies it.
    ///
    /// # Errors
    /// `invalid_json`, `invalid_input`, then as [`Project::apply`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Art, ErrorCode, Project, ProjectKind, State};
    /// let mut p = Project::new("FL-2025-052", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "5,000,000.00"}"#)?;
    /// for t in ["lead_department_reviewed", "preliminary_funding_plan_set"] {
    ///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-02"}}"#))?;
    /// }
    /// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2025-09-02", "amount": "5,000,000.00"}"#)?;
    /// p.apply_json(r#"{"type": "preliminary_review_passed", "date": "2025-09-02"}"#)?;
    /// // 第二十条: 500万元 (含) — the municipal filing comes before the joint review.
    /// let review = r#"{"type": "joint_review_organised", "date": "2025-09-03"}"#;
    /// let err = p.apply_json(review).unwrap_err();
    /// assert_eq!((err.code(), err.article()), (ErrorCode::MunicipalFilingRequired, Some(Art::new(20))));
    /// p.apply_json(r#"{"type": "municipal_filing_submitted", "date": "2025-09-03"}"#)?;
    /// p.apply_json(review)?;
    /// assert_eq!(p.state(), State::JointReviewOrganised);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn apply_json(&mut self, json: &str) -> Result<()> {
        if json.len() > MAX_JSON_BYTES {
            return Err(too_large(m::EVENT_JSON_TOO_LARGE, &[]));
        }
        let entry: Entry<Event> = crate::json_input::from_str(json)?;
        self.record_with(entry, &Ruleset::default(), &Calendar::official())
    }

    // Reading a project from its stored JSON text (`from_json_str`, `from_json_str_with`,
    // `from_json_str_in`, `from_json_str_for`, `Deserialize`) goes through the migration: those
    // are defined in `records/migrate.rs`; `from_record_for`, which reads a whole application
    // record, in `records/application.rs`.

    /// Builds a project from its record for the application `application`, replaying the events.
    ///
    /// # Errors
    /// As [`Project::from_json_str_in`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, Calendar, ErrorCode, Project, ProjectKind, Ruleset};
    /// let record = Project::new("FL-2025-001", ProjectKind::Om).to_record();
    /// let app = Application { id: "APP-1".into(), ..Default::default() };
    /// let p = Project::from_record_in(record.clone(), &app, &Ruleset::default(), &Calendar::official())?;
    /// assert_eq!(p.application().id, "APP-1");
    /// let mut other = record;
    /// other.application_id = "APP-2".into();
    /// let err = Project::from_record_in(other, &app, &Ruleset::default(), &Calendar::official()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_record_in(
        record: ProjectRecord,
        application: &Application,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        Project::from_record_catalog(record, application, None, rules, calendar)
    }

    /// As [`Project::from_record_in`], with the application's catalog events when known.
    pub(crate) fn from_record_catalog(
        record: ProjectRecord,
        application: &Application,
        catalog: Option<CatalogHistory>,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        if !record.application_id.is_empty() && record.application_id != application.id {
            return Err(Error::msg(ErrorCode::InvalidInput, m::APPLICATION_ID_MISMATCH, &[]));
        }
        let mut application = application.clone();
        if application.id.is_empty() {
            application.id.clone_from(&record.application_id);
        }
        let mut record = record;
        record.application_id.clone_from(&application.id);
        Project::from_record_with_application(record, application, catalog, rules, calendar)
    }

    /// The application's catalog events the project was loaded with (none: loaded without its
    /// application record).
    pub(crate) fn catalog(&self) -> Option<&CatalogHistory> {
        self.catalog.as_ref()
    }

    /// Builds a project from its record, replaying the events.
    ///
    /// # Errors
    /// As [`Project::from_json_str`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Calendar, Event, Project, ProjectKind, Ruleset, State};
    /// let mut record = Project::new("FL-OM-2025-006", ProjectKind::Om).to_record();
    /// record.events.push(Event::from_json_str(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?.into());
    /// record.events.push(Event::from_json_str(r#"{"type": "lead_department_reviewed", "date": "2025-05-08"}"#)?.into());
    /// let p = Project::from_record_with(record, &Ruleset::default(), &Calendar::official())?;
    /// assert_eq!(p.state(), State::LeadDepartmentReviewed); // 第二十一条(二)
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_record_with(record: ProjectRecord, rules: &Ruleset, calendar: &Calendar) -> Result<Project> {
        let application = Application {
            id: record.application_id.clone(),
            ..Application::default()
        };
        Project::from_record_with_application(record, application, None, rules, calendar)
    }

    fn from_record_with_application(
        record: ProjectRecord,
        application: Application,
        catalog: Option<CatalogHistory>,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        // Schema 1: a record read from a schema-1 file (after the migration steps), whose
        // application facts may still be events of the project.
        if record.schema != PROJECT_SCHEMA && record.schema != 1 {
            return Err(Error::msg(
                ErrorCode::UnsupportedSchema,
                m::UNSUPPORTED_PROJECT_SCHEMA,
                &[&record.schema, &PROJECT_SCHEMA],
            ));
        }
        let mut p = Project::new(&record.id, record.kind).with_application(application);
        p.follows = record.follows;
        p.legacy = record.schema == 1;
        p.catalog = catalog;
        let mut p = Project::replay(p, &record.events, rules, calendar)?;
        p.entries = record.events;
        p.ruleset_id = record.ruleset_id;
        Ok(p)
    }

    /// The schema the project is stored in: 2, except for a project loaded from a schema-1
    /// record that holds events of its application's facts (第三十八条, 第四十条至第四十二条),
    /// which a schema-2 project cannot hold: it stays schema 1, with its application embedded,
    /// until it is migrated ([`crate::records::migrate`]).
    fn stored_schema(&self) -> u32 {
        let holds_application_facts = || {
            self.entries.iter().any(|e| match e {
                Entry::Event(ev) | Entry::Correction(crate::records::Correction { event: ev, .. }) => {
                    ev.event_type().is_application_fact()
                }
                Entry::Void(_) => false,
            })
        };
        if self.legacy && holds_application_facts() {
            1
        } else {
            PROJECT_SCHEMA
        }
    }

    /// The project's record (its JSON shape).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om);
    /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?;
    /// let record = p.to_record();
    /// assert_eq!((record.schema, record.id.as_str(), record.events.len()), (2, "FL-OM-2025-006", 1));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_record(&self) -> ProjectRecord {
        ProjectRecord {
            schema: self.stored_schema(),
            id: self.id.clone(),
            kind: self.kind,
            follows: self.follows.clone(),
            application_id: self.application.id.clone(),
            ruleset_id: self.ruleset_id.clone(),
            events: self.entries.clone(),
        }
    }

    /// The project as pretty-printed JSON; [`Project::from_json_str`] reads it back unchanged.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om);
    /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?;
    /// let json = p.to_json();
    /// assert!(json.contains(r#""kind": "om""#));
    /// assert_eq!(Project::from_json_str(&json)?, p);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Compact, then indented: the same text as `serde_json::to_string_pretty`.
        crate::json_output::to_string_pretty(self)
    }

    /// Computes the next derived state, or the error; `self` is not touched.
    fn step(&self, event: &Event, rules: &Ruleset, calendar: &Calendar) -> Result<Derived> {
        let ty = event.event_type();
        let date = event.date();
        if self.entries.len() >= MAX_EVENTS {
            return Err(too_large(m::PROJECT_EVENTS_FULL, &[&MAX_EVENTS]));
        }
        if event.max_text_len() > MAX_TEXT_CHARS {
            return Err(too_large(m::EVENT_TEXT_TOO_LONG, &[&MAX_TEXT_CHARS]));
        }
        if event.max_list_len() > MAX_LIST_LEN {
            return Err(too_large(m::EVENT_LIST_TOO_LONG, &[&MAX_LIST_LEN]));
        }
        if let Some(last) = self.derived.last_date {
            if date < last {
                return Err(Error::msg(
                    ErrorCode::EventOutOfOrder,
                    m::EVENT_BEFORE_PREVIOUS,
                    &[&ty.as_str(), &date, &last],
                ));
            }
        }
        if ty.is_application_fact() && !self.legacy {
            return Err(with_article(
                Error::msg(
                    ErrorCode::ApplicationEventOnProject,
                    m::APPLICATION_EVENT_ON_PROJECT,
                    &[&ty.as_str()],
                ),
                ty.article(),
            ));
        }
        if !ty.kinds().contains(&self.kind) {
            return Err(with_article(
                Error::msg(
                    ErrorCode::WrongProjectKind,
                    m::EVENT_WRONG_PROJECT_KIND,
                    &[&ty.as_str(), &self.kind.zh(), &self.kind.en()],
                ),
                ty.article(),
            ));
        }
        let state = self.derived.state;
        let Some(row) = Process::find(state, ty, self.kind) else {
            let allowed: Vec<&str> = Process::allowed_events(state, self.kind)
                .iter()
                .map(|e| e.as_str())
                .collect();
            // The article of the step for this kind (第二十一条 for an O&M project).
            let mut rows = Process::transitions()
                .iter()
                .filter(|t| t.event == ty && t.kinds.contains(&self.kind));
            let article = if rows.clone().any(|t| t.article == ty.article()) {
                ty.article()
            } else {
                rows.next().map_or(ty.article(), |t| t.article)
            };
            let (not_allowed, allowed) = if allowed.is_empty() {
                (m::EVENT_NOT_ALLOWED_NONE, String::new())
            } else {
                (m::EVENT_NOT_ALLOWED, crate::text::join(&allowed, ", "))
            };
            return Err(with_article(
                Error::msg(
                    ErrorCode::TransitionNotAllowed,
                    not_allowed,
                    &[&state.as_str(), &state.zh(), &ty.as_str(), &allowed],
                ),
                article,
            ));
        };
        for guard in row.guards {
            self.check_guard(*guard, row, event, rules, calendar)?;
        }
        Ok(self
            .derived()
            .next(self.kind(), self.application(), row, event, rules, calendar))
    }
}

fn with_article(e: Error, article: Option<crate::citation::Citation>) -> Error {
    match article {
        Some(a) => e.with_article(a),
        None => e,
    }
}

fn too_large(message: crate::message::Msg, args: &[&dyn core::fmt::Display]) -> Error {
    Error::msg(ErrorCode::InputTooLarge, message, args)
}

/// The same error, its messages prefixed with the index of the event that caused it.
fn at_index(e: Error, index: usize) -> Error {
    let mut out = Error::msg(e.code(), m::EVENT_AT_INDEX, &[&index, &e.message_zh(), &e.message_en()]);
    if let Some(a) = e.article() {
        out = out.with_article(a);
    }
    out
}

impl PartialEq for Project {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.kind == other.kind
            && self.follows == other.follows
            && self.application.id == other.application.id
            && self.ruleset_id == other.ruleset_id
            && self.entries == other.entries
    }
}

impl Eq for Project {}

/// Written as its record ([`ProjectRecord`]'s shape, compact).
///
/// # Example
/// ```
/// use fuling_rules::{json_output::to_string, Project, ProjectKind};
/// let p = Project::new("FL-1", ProjectKind::Om);
/// assert!(to_string(&p).starts_with(r#"{"schema":2,"id":"FL-1","kind":"om""#));
/// ```
impl ToJson for Project {
    fn write_json(&self, out: &mut String) {
        // The record's shape, borrowed (no copy of the events).
        let schema = self.stored_schema();
        RecordRef {
            schema,
            id: &self.id,
            kind: self.kind,
            follows: self.follows.as_deref(),
            application: (schema == 1).then_some(&self.application),
            application_id: &self.application.id,
            ruleset_id: self.ruleset_id.as_deref(),
            events: &self.entries,
        }
        .write_json(out)
    }
}

impl Serialize for Project {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        crate::json_output::serialize(self, serializer)
    }
}

impl schemars::JsonSchema for Project {
    fn schema_name() -> alloc::borrow::Cow<'static, str> {
        "Project".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ProjectRecord::json_schema(generator)
    }
}
