//! A project (项目): its application, kind and ordered list of dated events; its
//! state is the replay of the events (event sourcing).

use super::event::{AdjustmentReason, DeregistrationReason, Event, HistoryData, StepStatus, TestingDocument};
use super::state::State;
use super::status::{ExceptionKind, ExceptionRecord, ObligationId};
use super::table::{Guard, Process, Transition};
use crate::calendar::{due_date, Calendar};
use crate::citation::{Art, Citation};
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::model::{AcceptanceCondition, Application, Label, ProjectKind, ProjectOrigin, ReleaseChannel};
use crate::money::Amount;
use crate::ruleset::Ruleset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The project JSON's schema version.
///
/// # Example
/// ```
/// use fuling_rules::{process::PROJECT_SCHEMA, ErrorCode, Project, ProjectKind};
/// assert_eq!(Project::new("FL-2025-001", ProjectKind::Om).to_record().schema, PROJECT_SCHEMA);
/// let err = Project::from_json(r#"{"schema": 2, "id": "FL-2025-001", "kind": "om"}"#).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::UnsupportedSchema);
/// ```
pub const PROJECT_SCHEMA: u32 = 1;
/// The most events a project may hold (`input_too_large` beyond).
///
/// # Example
/// ```
/// use fuling_rules::{process::MAX_EVENTS, Calendar, ErrorCode, Event, Project, ProjectKind, Ruleset};
/// let mut record = Project::new("FL-2025-001", ProjectKind::Om).to_record();
/// let event = Event::from_json(r#"{"type": "catalog_updated", "date": "2025-10-09"}"#)?;
/// record.events = vec![event; MAX_EVENTS + 1];
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
/// let err = p.apply(Event::LeadDepartmentReviewed { date, opinion: Some(opinion) }).unwrap_err();
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
/// assert_eq!(p.apply(Event::Rejected { date, grounds }).unwrap_err().code(), ErrorCode::InputTooLarge);
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

/// The JSON shape of a project (the persistence format):
/// `{"schema": 1, "id": "...", "kind": "development" | "om", "application": {...}, "events": [...]}`.
///
/// # Example
/// ```
/// use fuling_rules::{process::ProjectRecord, Calendar, Project, ProjectKind, Ruleset, State};
/// let record: ProjectRecord = serde_json::from_str(
///     r#"{"schema": 1, "id": "FL-OM-2025-006", "kind": "om", "application": {"name": "涪陵区智慧停车"},
///         "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}"#,
/// ).unwrap();
/// assert_eq!(record.kind, ProjectKind::Om);
/// let p = Project::from_record_with(record, &Ruleset::default(), &Calendar::official())?;
/// assert_eq!(p.state(), State::OmPlanSubmitted);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectRecord {
    /// Schema version; must be 1.
    pub schema: u32,
    /// The project's identifier.
    pub id: String,
    /// Development or O&M.
    pub kind: ProjectKind,
    /// The application the project is for.
    #[serde(default)]
    pub application: Application,
    /// The events, in date order.
    #[serde(default)]
    pub events: Vec<Event>,
}

/// One obligation as recorded by the replay (its due date is computed by `status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ObligationRecord {
    pub id: ObligationId,
    /// The trigger date (for `preliminary_review_application`: the declaration date).
    pub trigger: NaiveDate,
    pub met_on: Option<NaiveDate>,
    /// Closed without being met (the project reached a terminal state).
    pub closed_on: Option<NaiveDate>,
}

impl ObligationRecord {
    fn open(&self) -> bool {
        self.met_on.is_none() && self.closed_on.is_none()
    }
}

/// What the replay of the events knows besides the state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Derived {
    pub state: State,
    pub origin: Option<ProjectOrigin>,
    /// The development funding plan (第二十条), the latest amount recorded.
    pub amount: Option<Amount>,
    pub municipal_filed: bool,
    pub plan_submitted_on: Option<NaiveDate>,
    pub approved_on: Option<NaiveDate>,
    pub in_special_fund_plan: bool,
    pub trial_started_on: Option<NaiveDate>,
    pub released_channel: Option<ReleaseChannel>,
    pub catalog_fresh: bool,
    pub labels: Vec<Label>,
    pub exceptions: Vec<ExceptionRecord>,
    pub obligations: Vec<ObligationRecord>,
    pub last_date: Option<NaiveDate>,
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
///   [`Project::apply_with`] / [`Project::from_json_with`] for others.
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
/// let back = Project::from_json(&p.to_json())?;
/// assert_eq!(back, p);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    id: String,
    kind: ProjectKind,
    application: Application,
    events: Vec<Event>,
    derived: Derived,
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
            application: Application::default(),
            events: Vec::new(),
            derived: Derived::default(),
        }
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
        if !self.events.is_empty() && application.secret != self.application.secret {
            return Err(Error::new(
                ErrorCode::TransitionNotAllowed,
                "已有事件的项目不能更改涉密属性,请重新载入",
                "the secrecy of a project with events cannot change; reload it instead",
            )
            .with_article(Art::new(2)));
        }
        self.application = application;
        Ok(())
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

    /// The events, in the order applied.
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
    /// p.apply(Event::Ledgered { date: d("2025-10-09"), leading_group_consent: None })?;
    /// // Dated before the previous event: refused, and the project is unchanged.
    /// let before = p.clone();
    /// let err = p.apply(Event::CatalogCompleted { date: d("2025-09-30") }).unwrap_err();
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
    /// for t in ["lead_department_reviewed", "preliminary_funding_plan_set", "development_plan_submitted", "preliminary_review_passed"] {
    ///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-02"}}"#))?;
    /// }
    /// let review = Event::from_json(r#"{"type": "joint_review_organised", "date": "2025-09-03"}"#)?;
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
        self.events.push(event);
        self.derived = next;
        Ok(())
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
    /// for t in ["lead_department_reviewed", "preliminary_funding_plan_set", "development_plan_submitted", "preliminary_review_passed"] {
    ///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-02"}}"#))?;
    /// }
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
            return Err(too_large("事件 JSON 过大", "event JSON is too large"));
        }
        let event = Event::from_json(json)?;
        self.apply(event)
    }

    /// Loads a project from JSON, replaying its events with the default ruleset and
    /// the official calendar.
    ///
    /// # Errors
    /// `input_too_large`, `invalid_json`, `unsupported_schema` (a `schema` other than 1),
    /// `invalid_input`; then the first refused event's error (its message names its index).
    /// Nothing is half-loaded.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{ErrorCode, Project, State};
    /// let json = r#"{"schema": 1, "id": "FL-2025-030", "kind": "development",
    ///     "events": [{"type": "ledgered", "date": "2025-09-01"},
    ///                {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}]}"#;
    /// let p = Project::from_json(json)?;
    /// assert_eq!(p.state(), State::FundingPlanSubmitted);
    /// // A refused event refuses the whole project: nothing is half-loaded.
    /// let bad = json.replace("2025-09-30", "2025-08-30");
    /// assert_eq!(Project::from_json(&bad).unwrap_err().code(), ErrorCode::EventOutOfOrder);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Project> {
        Project::from_json_with(json, &Ruleset::default(), &Calendar::official())
    }

    /// As [`Project::from_json`], with a ruleset and a calendar for the guards.
    ///
    /// # Errors
    /// As [`Project::from_json`].
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
    /// assert!(Project::from_json(json).is_ok()); // 320万元 is under 第二十条's 500万元
    /// let mut lowered = Ruleset::default();
    /// lowered.municipal_filing.threshold = Amount::parse("300万元")?;
    /// let err = Project::from_json_with(json, &lowered, &Calendar::official()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::MunicipalFilingRequired);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_with(json: &str, rules: &Ruleset, calendar: &Calendar) -> Result<Project> {
        if json.len() > MAX_JSON_BYTES {
            return Err(too_large(
                format!("项目 JSON 超过 {MAX_JSON_BYTES} 字节"),
                format!("project JSON exceeds {MAX_JSON_BYTES} bytes"),
            ));
        }
        let value = crate::json_input::parse_value(json)?;
        match value.get("schema") {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(PROJECT_SCHEMA)) => {}
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::UnsupportedSchema,
                    format!("不支持的项目数据版本 {other}(支持 {PROJECT_SCHEMA})"),
                    format!("unsupported project schema {other} (supported: {PROJECT_SCHEMA})"),
                ))
            }
            None => {
                return Err(Error::new(
                    ErrorCode::InvalidInput,
                    "项目 JSON 缺少 schema 字段",
                    "project JSON lacks the \"schema\" field",
                ))
            }
        }
        let record: ProjectRecord =
            crate::json_input::from_value(&value).map_err(crate::json_input::ShapeError::into_input_error)?;
        Project::from_record_with(record, rules, calendar)
    }

    /// Builds a project from its record, replaying the events.
    ///
    /// # Errors
    /// As [`Project::from_json`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Calendar, Event, Project, ProjectKind, Ruleset, State};
    /// let mut record = Project::new("FL-OM-2025-006", ProjectKind::Om).to_record();
    /// record.events.push(Event::from_json(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?);
    /// record.events.push(Event::from_json(r#"{"type": "lead_department_reviewed", "date": "2025-05-08"}"#)?);
    /// let p = Project::from_record_with(record, &Ruleset::default(), &Calendar::official())?;
    /// assert_eq!(p.state(), State::LeadDepartmentReviewed); // 第二十一条(二)
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_record_with(record: ProjectRecord, rules: &Ruleset, calendar: &Calendar) -> Result<Project> {
        if record.schema != PROJECT_SCHEMA {
            return Err(Error::new(
                ErrorCode::UnsupportedSchema,
                format!("不支持的项目数据版本 {}", record.schema),
                format!("unsupported project schema {}", record.schema),
            ));
        }
        if record.events.len() > MAX_EVENTS {
            return Err(too_large(
                format!("事件数 {} 超过上限 {MAX_EVENTS}", record.events.len()),
                format!("{} events exceed the limit of {MAX_EVENTS}", record.events.len()),
            ));
        }
        let mut p = Project::new(&record.id, record.kind).with_application(record.application);
        for (i, event) in record.events.into_iter().enumerate() {
            p.apply_with(event, rules, calendar).map_err(|e| at_index(e, i))?;
        }
        Ok(p)
    }

    /// The project's record (its JSON shape).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om);
    /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?;
    /// let record = p.to_record();
    /// assert_eq!((record.schema, record.id.as_str(), record.events.len()), (1, "FL-OM-2025-006", 1));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_record(&self) -> ProjectRecord {
        ProjectRecord {
            schema: PROJECT_SCHEMA,
            id: self.id.clone(),
            kind: self.kind,
            application: self.application.clone(),
            events: self.events.clone(),
        }
    }

    /// The project as pretty-printed JSON; [`Project::from_json`] reads it back unchanged.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Project, ProjectKind};
    /// let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om);
    /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2025-05-06"}"#)?;
    /// let json = p.to_json();
    /// assert!(json.contains(r#""kind": "om""#));
    /// assert_eq!(Project::from_json(&json)?, p);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        // Compact, then indented: the same text as `serde_json::to_string_pretty`, with one
        // compiled serializer per type (the compact one the bindings use) instead of two.
        pretty(&serde_json::to_string(&self.to_record()).unwrap_or_default())
    }

    /// Computes the next derived state, or the error; `self` is not touched.
    fn step(&self, event: &Event, rules: &Ruleset, calendar: &Calendar) -> Result<Derived> {
        let ty = event.event_type();
        let date = event.date();
        if self.events.len() >= MAX_EVENTS {
            return Err(too_large(
                format!("项目事件数已达上限 {MAX_EVENTS}"),
                format!("the project already holds the maximum of {MAX_EVENTS} events"),
            ));
        }
        if event.max_text_len() > MAX_TEXT_CHARS {
            return Err(too_large(
                format!("事件文本超过 {MAX_TEXT_CHARS} 个字符"),
                format!("an event text exceeds {MAX_TEXT_CHARS} characters"),
            ));
        }
        if event.max_list_len() > MAX_LIST_LEN {
            return Err(too_large(
                format!("事件列表超过 {MAX_LIST_LEN} 项"),
                format!("an event list exceeds {MAX_LIST_LEN} entries"),
            ));
        }
        if let Some(last) = self.derived.last_date {
            if date < last {
                return Err(Error::new(
                    ErrorCode::EventOutOfOrder,
                    format!("事件 {} 的日期 {date} 早于上一事件的日期 {last}", ty.as_str()),
                    format!(
                        "event {} dated {date} is before the previous event's date {last}",
                        ty.as_str()
                    ),
                ));
            }
        }
        if !ty.kinds().contains(&self.kind) {
            return Err(Error::new(
                ErrorCode::WrongProjectKind,
                format!("事件 {} 不适用于{}", ty.as_str(), self.kind.zh()),
                format!("event {} does not apply to a {}", ty.as_str(), self.kind.en()),
            )
            .with_article(ty.article()));
        }
        let state = self.derived.state;
        let Some(row) = Process::find(state, ty, self.kind) else {
            let allowed: Vec<&str> = Process::allowed_events(state, self.kind)
                .iter()
                .map(|e| e.as_str())
                .collect();
            return Err(Error::new(
                ErrorCode::TransitionNotAllowed,
                format!(
                    "状态 {}({})下不能发生事件 {};允许的事件:{}",
                    state.as_str(),
                    state.zh(),
                    ty.as_str(),
                    allowed.join(", ")
                ),
                format!(
                    "event {} is not allowed in state {}; allowed: {}",
                    ty.as_str(),
                    state.as_str(),
                    if allowed.is_empty() {
                        "none".to_owned()
                    } else {
                        allowed.join(", ")
                    }
                ),
            )
            .with_article(ty.article()));
        };
        for guard in row.guards {
            self.check_guard(*guard, row, event, rules, calendar)?;
        }
        Ok(self.next(row, event, rules, calendar))
    }

    fn open_obligation(&self, id: ObligationId) -> Option<&ObligationRecord> {
        self.derived.obligations.iter().find(|o| o.id == id && o.open())
    }

    fn check_guard(
        &self,
        guard: Guard,
        row: &Transition,
        event: &Event,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<()> {
        let d = &self.derived;
        match (guard, event) {
            (Guard::MunicipalFiling, _) => {
                if let Some(amount) = d.amount {
                    if rules.requires_municipal_filing(amount) && !d.municipal_filed {
                        return Err(Error::new(
                            ErrorCode::MunicipalFilingRequired,
                            format!(
                                "应用开发资金计划 {} 元在{}元(含)以上,组织评审前区大数据发展局应当将应用开发方案报市大数据发展局备案",
                                amount.to_yuan_string(),
                                rules.municipal_filing.threshold.to_yuan_string()
                            ),
                            format!(
                                "the development funding plan of {} yuan is at or above {} yuan: the Bureau must file the development plan with the municipal Big Data Bureau before the joint review is organised",
                                amount.to_yuan_string(),
                                rules.municipal_filing.threshold.to_yuan_string()
                            ),
                        )
                        .with_article(rules.municipal_filing.article));
                    }
                }
                Ok(())
            }
            (Guard::ExceptionBasis, Event::LedgerExceptionRequested { basis, .. }) => non_empty(
                basis,
                Art::new(14),
                "特别纳入一本账的申请须写明依据",
                "the exception request must name its basis",
            ),
            (
                Guard::LeadingGroupConsent,
                Event::Ledgered {
                    leading_group_consent, ..
                },
            ) => non_empty(
                leading_group_consent.as_deref().unwrap_or(""),
                Art::new(14),
                "不满足三张清单规定的应用需求须报请领导小组同意后纳入一本账,请写明领导小组同意的文件",
                "a need outside the 三张清单 rules is ledgered only with the leading group's consent: name it",
            ),
            (Guard::RejectionGrounds, Event::Rejected { grounds, .. }) => {
                if grounds.is_empty() {
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        "不予通过联合评审须列明第二十三条所列情形",
                        "a rejection must name at least one Art. 23 ground",
                    )
                    .with_article(Art::new(23)));
                }
                Ok(())
            }
            (
                Guard::DeadlineMissed,
                Event::ProjectAdjusted {
                    reason,
                    leading_group_consent,
                    date,
                },
            ) => {
                let (expected, id, rule) = match d.state {
                    State::PreliminaryFundingSet => (
                        AdjustmentReason::DevelopmentPlanOverdue,
                        ObligationId::DevelopmentPlanSubmission,
                        &rules.development_plan_submission,
                    ),
                    _ => (
                        AdjustmentReason::DevelopmentStartOverdue,
                        ObligationId::DevelopmentStart,
                        &rules.development_start,
                    ),
                };
                if *reason != expected {
                    return Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        format!("当前状态 {} 下的调整理由应为 {expected:?}", d.state.as_str()),
                        format!(
                            "in state {} the adjustment reason must be {expected:?}",
                            d.state.as_str()
                        ),
                    )
                    .with_article(row.article));
                }
                non_empty(
                    leading_group_consent,
                    row.article,
                    "调整项目须报领导小组同意,请写明同意文件",
                    "an adjustment needs the leading group's consent: name it",
                )?;
                let Some(ob) = self.open_obligation(id) else {
                    return Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        "没有逾期的期限,不能调整项目",
                        "no deadline is open, so the project cannot be adjusted",
                    )
                    .with_article(row.article));
                };
                let due = due_date(ob.trigger, rule.period, calendar)?;
                if *date <= due {
                    return Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        format!("期限至 {due} 尚未届满,{date} 不能以逾期为由调整项目"),
                        format!("the deadline {due} has not passed on {date}: no adjustment for lateness yet"),
                    )
                    .with_article(rule.article));
                }
                Ok(())
            }
            (Guard::TestingDocuments, Event::TestingCompleted { documents, .. }) => {
                let missing: Vec<&str> = TestingDocument::ALL
                    .iter()
                    .filter(|doc| !documents.contains(doc))
                    .map(|doc| doc.zh())
                    .collect();
                if missing.is_empty() {
                    Ok(())
                } else {
                    Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        format!("测试、联调须形成测试用例、测试计划、测试报告、联调记录;缺少:{}", missing.join("、")),
                        format!(
                            "testing must produce test cases, test plan, test report and joint-debugging record; missing: {}",
                            missing.join(", ")
                        ),
                    )
                    .with_article(Art::new(31)))
                }
            }
            (Guard::ReleaseChannel, Event::Released { channel, .. }) => {
                if channel.is_none() && !self.application.secret {
                    return Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        "非涉密应用须通过“渝快办”或者“渝快政”集成发布,请选择发布渠道",
                        "a non-secret application is released through 渝快办 or 渝快政: name the channel",
                    )
                    .with_article(Art::new(31)));
                }
                Ok(())
            }
            (
                Guard::TrialMinimum,
                Event::TrialRunEnded { exception, date } | Event::Accepted { exception, date, .. },
            ) => {
                let Some(start) = d.trial_started_on else {
                    return Ok(());
                };
                let earliest = due_date(start, rules.trial_run_minimum.period, calendar)?;
                if *date >= earliest {
                    return Ok(());
                }
                let days = (*date - start).num_days();
                match exception {
                    Some(x) if !x.basis.trim().is_empty() => Ok(()),
                    _ => Err(Error::new(
                        ErrorCode::ExceptionBasisRequired,
                        format!(
                            "试运行自 {start} 起仅 {days} 天,原则上不低于{}(最早 {earliest} 结束);提前结束须记录经批准的例外及其依据",
                            rules.trial_run_minimum.period.zh()
                        ),
                        format!(
                            "the trial run started {start} has lasted only {days} days; in principle it lasts until at least {earliest} ({}): ending it earlier needs the approved exception and its basis",
                            rules.trial_run_minimum.period.zh()
                        ),
                    )
                    .with_article(rules.trial_run_minimum.article)),
                }
            }
            (Guard::AcceptanceConditions, Event::Accepted { conditions, .. }) => {
                let missing: Vec<AcceptanceCondition> = AcceptanceCondition::ALL
                    .iter()
                    .copied()
                    .filter(|c| {
                        let waived = self.application.secret && c.platform_only();
                        !waived && !conditions.contains(c)
                    })
                    .collect();
                match missing.first() {
                    None => Ok(()),
                    Some(first) => {
                        let names: Vec<String> = missing.iter().map(|c| c.article().en()).collect();
                        Err(Error::new(
                            ErrorCode::ConditionsNotMet,
                            format!("验收须同时满足第三十四条各项条件;未满足:{}", names.join("、")),
                            format!(
                                "acceptance needs every Art. 34 condition; not met: {}",
                                names.join(", ")
                            ),
                        )
                        .with_article(first.article()))
                    }
                }
            }
            (Guard::ReportPending, _) => {
                if self.open_obligation(ObligationId::TrialRunReport).is_some() {
                    Ok(())
                } else {
                    Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        "没有待编制的试运行报告",
                        "no trial-run report is pending",
                    )
                    .with_article(Art::new(33)))
                }
            }
            (Guard::FaultPending, _) => {
                if self.open_obligation(ObligationId::FaultReport).is_some() {
                    Ok(())
                } else {
                    Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        "没有待形成的故障情况报告",
                        "no fault report is pending",
                    )
                    .with_article(Art::new(33)))
                }
            }
            (Guard::CatalogUpdated, _) => {
                if d.catalog_fresh {
                    Ok(())
                } else {
                    Err(Error::new(
                        ErrorCode::CatalogUpdateRequired,
                        "应用的重大功能实施迭代前,应当在IRS系统中动态更新应用编目信息",
                        "before a major-function iteration the catalog information must be updated in IRS",
                    )
                    .with_article(Art::new(37)))
                }
            }
            (Guard::DisposalSteps, Event::DeregistrationApplied { reason, disposal, .. }) => {
                let missing = |item: u8, zh: &str, en: &str| {
                    Error::new(
                        ErrorCode::ConditionsNotMet,
                        format!("应用注销前应当完成数字资源处置:{zh}"),
                        format!("before deregistration the digital resources must be disposed of: {en}"),
                    )
                    .with_article(Art::new(41).item(item))
                };
                if disposal.shared_data.is_none() {
                    return Err(missing(
                        1,
                        "共享、开放数据的处理未说明",
                        "shared or opened data not settled",
                    ));
                }
                match disposal.history_data {
                    None => return Err(missing(2, "历史数据的处理未说明", "historical data not dealt with")),
                    Some(HistoryData::Handled) if *reason == DeregistrationReason::Superseded => {
                        return Err(missing(
                            2,
                            "因归并、整合而注销的应用,应当将历史数据归属迁移至新的应用",
                            "an application deregistered for a merger must migrate its historical data to the new application",
                        ))
                    }
                    Some(_) => {}
                }
                if disposal.components.is_none() {
                    return Err(missing(3, "组件下架未说明", "components not taken down in IRS"));
                }
                match (disposal.channels, d.released_channel) {
                    (None, _) => Err(missing(
                        4,
                        "发布渠道下架未说明",
                        "removal from the release channels not stated",
                    )),
                    (Some(StepStatus::NotApplicable), Some(ch)) => Err(missing(
                        4,
                        &format!("应用已在“{}”发布,应当在其中下架", ch.zh()),
                        &format!(
                            "the application was released on {}: it must be taken down there",
                            ch.zh()
                        ),
                    )),
                    _ => Ok(()),
                }
            }
            // A guard paired with an event it does not concern: the table never does this.
            _ => Ok(()),
        }
    }

    /// The derived state after `event` (guards already checked).
    fn next(&self, row: &Transition, event: &Event, rules: &Ruleset, calendar: &Calendar) -> Derived {
        let mut d = self.derived.clone();
        let date = event.date();
        d.last_date = Some(date);
        d.state = row.to;
        let meet = |d: &mut Derived, id: ObligationId| {
            if let Some(o) = d.obligations.iter_mut().find(|o| o.id == id && o.open()) {
                o.met_on = Some(date);
            }
        };
        let open = |d: &mut Derived, id: ObligationId, trigger: NaiveDate| {
            d.obligations.push(ObligationRecord {
                id,
                trigger,
                met_on: None,
                closed_on: None,
            });
        };
        match event {
            Event::DeclarationPlanned {
                declaration_date,
                reason,
                ..
            } => {
                d.origin = Some(reason.origin());
                open(&mut d, ObligationId::PreliminaryReviewApplication, *declaration_date);
            }
            Event::PreliminaryReviewApplied {
                declaration_date,
                reason,
                ..
            } => {
                d.origin = Some(reason.origin());
                match d
                    .obligations
                    .iter_mut()
                    .find(|o| o.id == ObligationId::PreliminaryReviewApplication && o.open())
                {
                    Some(o) => {
                        o.trigger = *declaration_date;
                        o.met_on = Some(date);
                    }
                    None => d.obligations.push(ObligationRecord {
                        id: ObligationId::PreliminaryReviewApplication,
                        trigger: *declaration_date,
                        met_on: Some(date),
                        closed_on: None,
                    }),
                }
            }
            Event::LedgerExceptionRequested { basis, .. } => {
                d.exceptions.push(ExceptionRecord {
                    kind: ExceptionKind::LeadingGroupLedger,
                    date,
                    basis: basis.clone(),
                    approved_by: None,
                    article: Art::new(14),
                });
            }
            Event::Ledgered {
                leading_group_consent, ..
            } => {
                if self.derived.state == State::ExceptionRequested {
                    d.origin = Some(ProjectOrigin::LeadingGroupException);
                    if let Some(x) = d
                        .exceptions
                        .iter_mut()
                        .rev()
                        .find(|x| x.kind == ExceptionKind::LeadingGroupLedger)
                    {
                        x.approved_by.clone_from(leading_group_consent);
                    }
                } else if d.origin.is_none() {
                    d.origin = Some(ProjectOrigin::Ledger);
                }
            }
            Event::FundingPlanSubmitted { amount, .. } => {
                d.amount = Some(*amount);
                open(&mut d, ObligationId::LeadDepartmentOpinion, date);
            }
            Event::OmPlanSubmitted { amount, .. } => {
                if let Some(a) = amount {
                    d.amount = Some(*a);
                }
                open(&mut d, ObligationId::LeadDepartmentOpinion, date);
            }
            Event::LeadDepartmentReviewed { .. } => meet(&mut d, ObligationId::LeadDepartmentOpinion),
            Event::PreliminaryFundingPlanSet { amount, .. } => {
                if let Some(a) = amount {
                    d.amount = Some(*a);
                }
                open(&mut d, ObligationId::DevelopmentPlanSubmission, date);
            }
            Event::DevelopmentPlanSubmitted { amount, .. } => {
                if let Some(a) = amount {
                    d.amount = Some(*a);
                }
                d.plan_submitted_on = Some(date);
                meet(&mut d, ObligationId::DevelopmentPlanSubmission);
            }
            Event::MunicipalFilingSubmitted { .. } => d.municipal_filed = true,
            Event::PreliminaryReviewPassed { .. } => open(&mut d, ObligationId::JointReviewOrganisation, date),
            Event::JointReviewOrganised { .. } => meet(&mut d, ObligationId::JointReviewOrganisation),
            Event::Approved {
                in_special_fund_plan, ..
            } => {
                d.approved_on = Some(date);
                d.in_special_fund_plan = *in_special_fund_plan;
                open(&mut d, ObligationId::CatalogCompletion, date);
                if self.kind == ProjectKind::Development && *in_special_fund_plan {
                    open(&mut d, ObligationId::DevelopmentStart, date);
                }
            }
            Event::OutsideBudgetFundingArranged { basis, .. } => d.exceptions.push(ExceptionRecord {
                kind: ExceptionKind::OutsideAnnualBudget,
                date,
                basis: basis.clone(),
                approved_by: None,
                article: Art::new(25),
            }),
            Event::CatalogCompleted { .. } => {
                meet(&mut d, ObligationId::CatalogCompletion);
            }
            Event::CatalogUpdated { .. } => {
                meet(&mut d, ObligationId::CatalogCompletion);
                d.catalog_fresh = true;
            }
            Event::DevelopmentStarted { .. } => meet(&mut d, ObligationId::DevelopmentStart),
            Event::Released { channel, .. } => d.released_channel = *channel,
            Event::TrialRunStarted { .. } => d.trial_started_on = Some(date),
            Event::TrialRunEnded { exception, .. } | Event::Accepted { exception, .. } => {
                if self.derived.state == State::TrialRun {
                    open(&mut d, ObligationId::TrialRunReport, date);
                    // The exception is recorded only when the guard needed it.
                    if let (Some(x), Some(start)) = (exception, self.derived.trial_started_on) {
                        if trial_needed_exception(start, date, rules, calendar) {
                            d.exceptions.push(ExceptionRecord {
                                kind: ExceptionKind::TrialRunShortened,
                                date,
                                basis: x.basis.clone(),
                                approved_by: if x.approved_by.is_empty() {
                                    None
                                } else {
                                    Some(x.approved_by.clone())
                                },
                                article: Art::new(33),
                            });
                        }
                    }
                }
                if matches!(event, Event::Accepted { .. }) {
                    d.catalog_fresh = false;
                }
            }
            Event::TrialRunReportSubmitted { .. } => meet(&mut d, ObligationId::TrialRunReport),
            Event::MajorFaultOccurred { .. } => open(&mut d, ObligationId::FaultReport, date),
            Event::FaultReportSubmitted { .. } => meet(&mut d, ObligationId::FaultReport),
            Event::MajorIterationStarted { .. } => d.catalog_fresh = false,
            Event::LabelMarked { label, .. } => {
                if !d.labels.contains(label) && !self.application.labels.contains(label) {
                    d.labels.push(*label);
                }
            }
            Event::DeregistrationApproved { .. } => open(&mut d, ObligationId::DeregistrationCompletion, date),
            Event::Deregistered { .. } => meet(&mut d, ObligationId::DeregistrationCompletion),
            Event::HigherApprovalFiled { .. }
            | Event::Rejected { .. }
            | Event::ProjectAdjusted { .. }
            | Event::OmStarted { .. }
            | Event::TestingCompleted { .. }
            | Event::DeregistrationApplied { .. } => {}
        }
        if row.to.is_terminal() {
            for o in d.obligations.iter_mut().filter(|o| o.open()) {
                o.closed_on = Some(date);
            }
        }
        d
    }
}

/// Whether ending the trial on `end` fell short of the minimum (decides whether an
/// exception given with the event is recorded).
fn trial_needed_exception(start: NaiveDate, end: NaiveDate, rules: &Ruleset, calendar: &Calendar) -> bool {
    match due_date(start, rules.trial_run_minimum.period, calendar) {
        Ok(earliest) => end < earliest,
        Err(_) => true,
    }
}

fn non_empty(text: &str, article: Citation, zh: &str, en: &str) -> Result<()> {
    if text.trim().is_empty() {
        Err(Error::new(ErrorCode::ExceptionBasisRequired, zh, en).with_article(article))
    } else {
        Ok(())
    }
}

fn too_large(zh: impl Into<String>, en: impl Into<String>) -> Error {
    Error::new(ErrorCode::InputTooLarge, zh, en)
}

/// The same error, its messages prefixed with the index of the event that caused it.
fn at_index(e: Error, index: usize) -> Error {
    let mut out = Error::new(
        e.code(),
        format!("第 {index} 个事件(从 0 起):{}", e.message_zh()),
        format!("event {index}: {}", e.message_en()),
    );
    if let Some(a) = e.article() {
        out = out.with_article(a);
    }
    out
}

/// Indents compact JSON text (as `serde_json` writes it) exactly like
/// `serde_json::to_string_pretty`: two spaces, `": "`, empty `[]` and `{}` kept.
fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if chars.peek().is_some_and(|&n| n == '}' || n == ']') {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

impl Serialize for Project {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.to_record().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Project {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        let record = ProjectRecord::deserialize(deserializer)?;
        Project::from_record_with(record, &Ruleset::default(), &Calendar::official())
            .map_err(|e| serde::de::Error::custom(format!("[{}] {}", e.code(), e.message_en())))
    }
}

impl schemars::JsonSchema for Project {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Project".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ProjectRecord::json_schema(generator)
    }
}
