//! The application record (应用档案): an application outlives its projects (第三条(一):
//! one development project, yearly O&M projects under 第二十一条, iteration projects under
//! 第三十七条). Facts that belong to the application — its release channel, its labels
//! (第三十八条), its catalog (编目, 第七条, 第三十七条), its evaluation and 整改 (第三十九条), its
//! deregistration (第四十条至第四十二条) — are recorded once, here, with
//! their own events, state and obligations; a project names its application by id.

use super::amend::{resolve, AmendmentRecord, Entry};
use super::in_force::{warnings, Warning};
use super::RECORD_SCHEMA;
use crate::calendar::Calendar;
use crate::citation::{Art, Citation};
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::process as pm;
use crate::message::records as m;
use crate::model::{Application, Label, ReleaseChannel};
use crate::prelude::*;
use crate::process::status::{check_as_of, due_of};
use crate::process::CatalogHistory;
use crate::process::{
    DeregistrationReason, Disposal, EventMeta, MetLate, Obligation, ObligationError, ObligationId, OtherLabel, Project,
    ProjectRecord, Receipt, MAX_EVENTS, MAX_JSON_BYTES, MAX_TEXT_CHARS,
};
use crate::ruleset::Ruleset;
use chrono::NaiveDate;

macro_rules! application_events {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $name:literal, $article:expr, {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ),* $(,)?) => {
        /// One dated event of an application record.
        ///
        /// JSON: `{"type": "<snake_case>", "date": "YYYY-MM-DD", ...fields}`; every event may
        /// carry `recorded_by` and `document`. See `docs/records.md`.
        ///
        /// # Example
        /// ```
        /// use fuling_rules::records::ApplicationEvent;
        /// let e = ApplicationEvent::from_json_str(r#"{"type": "label_marked", "date": "2025-11-03", "label": "high_risk"}"#)?;
        /// assert_eq!((e.name(), e.article().zh()), ("label_marked", "第三十八条".to_owned()));
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
        #[serde(tag = "type", deny_unknown_fields)]
        pub enum ApplicationEvent {
            $(
                $(#[$meta])*
                #[serde(rename = $name)]
                $variant {
                    /// The date of the event.
                    date: NaiveDate,
                    /// Who entered the event and the document it rests on (the same
                    /// [`EventMeta`] as a project event's).
                    #[serde(flatten)]
                    #[from_json(flatten = "document recorded_by")]
                    meta: Option<Box<EventMeta>>,
                    $( $(#[$fmeta])* $field: $ty, )*
                },
            )*
        }

        const APPLICATION_EVENT_NAMES: crate::text::Names = {
            let names = crate::text::Names::new(concat!($($name, " "),*));
            assert!(names.len() == [$($name),*].len(), "an application event name has a space");
            names
        };

        impl ApplicationEvent {
            /// The `"type"` tag's variant (its index in declaration order) and the fields
            /// every event may carry, read once for every type; `#[derive(FromJson)]` then
            /// reads the variant's own fields.
            #[inline(never)]
            fn read_tag(
                value: &crate::json_read::Value,
            ) -> core::result::Result<(usize, Option<Box<EventMeta>>), crate::json_input::ShapeError> {
                use crate::json_input::ShapeError;
                let Some(tag) = value.get("type") else {
                    return Err(ShapeError::missing("type"));
                };
                match tag.as_str().and_then(|tag| APPLICATION_EVENT_NAMES.position(tag)) {
                    Some(i) => {
                        let (recorded_by, document) = crate::process::event::common(value)?;
                        Ok((i, EventMeta::boxed(recorded_by, document)))
                    }
                    None => Err(ShapeError::msg(
                        crate::message::records::UNKNOWN_APPLICATION_EVENT_TYPE,
                        &[
                            &crate::json_output::to_string(tag),
                            &APPLICATION_EVENT_NAMES.join(", "),
                        ],
                    )
                    .at("type")),
                }
            }
        }

        impl ApplicationEvent {
            /// The snake_case name (the JSON `"type"`).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::records::ApplicationEvent;
            /// let e = ApplicationEvent::from_json_str(r#"{"type": "deregistered", "date": "2025-10-09"}"#)?;
            /// assert_eq!(e.name(), "deregistered");
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn name(&self) -> &'static str {
                match self { $(ApplicationEvent::$variant { .. } => $name),* }
            }

            /// The article the event records.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{records::ApplicationEvent, Art};
            /// let e = ApplicationEvent::from_json_str(r#"{"type": "deregistration_approved", "date": "2025-10-09"}"#)?;
            /// assert_eq!(e.article(), Art::new(42));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn article(&self) -> Citation {
                match self { $(ApplicationEvent::$variant { .. } => $article),* }
            }

            /// The event's date.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::records::ApplicationEvent;
            /// let e = ApplicationEvent::from_json_str(r#"{"type": "deregistered", "date": "2025-10-09"}"#)?;
            /// assert_eq!(e.date().to_string(), "2025-10-09");
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn date(&self) -> NaiveDate {
                match self { $(ApplicationEvent::$variant { date, .. } => *date),* }
            }

            /// Who entered the event and the document it rests on (as [`crate::Event::meta`]).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::records::ApplicationEvent;
            /// let e = ApplicationEvent::from_json_str(r#"{"type": "deregistration_approved", "date": "2025-09-26",
            ///     "recorded_by": "张三", "document": "渝大数据函〔2025〕8号"}"#)?;
            /// assert_eq!((e.meta().recorded_by.as_deref(), e.meta().document.as_deref()), (Some("张三"), Some("渝大数据函〔2025〕8号")));
            /// # Ok::<(), fuling_rules::Error>(())
            /// ```
            pub fn meta(&self) -> &EventMeta {
                let meta = match self { $(ApplicationEvent::$variant { meta, .. } => meta),* };
                meta.as_deref().unwrap_or(&crate::process::event::NO_META)
            }

            fn texts(&self) -> usize {
                let chars = |t: &Option<String>| t.as_ref().map_or(0, |t| t.chars().count());
                let own = match self {
                    ApplicationEvent::DeregistrationApplied { other_reason, .. } => chars(other_reason),
                    ApplicationEvent::DeregistrationRefused { opinion, .. } => chars(opinion),
                    ApplicationEvent::Released { project_id, .. } => chars(project_id),
                    ApplicationEvent::LabelMarked { other, .. } => other.as_ref().map_or(0, |o| o.name.chars().count()),
                    ApplicationEvent::Evaluated { result, .. } => chars(result),
                    ApplicationEvent::RectificationRequired { opinion, .. } => opinion.chars().count(),
                    ApplicationEvent::DeregistrationApproved { .. }
                    | ApplicationEvent::CatalogCompleted { .. }
                    | ApplicationEvent::CatalogUpdated { .. }
                    | ApplicationEvent::Rectified { .. }
                    | ApplicationEvent::Deregistered { .. } => 0,
                };
                own.max(self.meta().text_len())
            }
        }
    };
}

application_events! {
    /// 第三十一条, 第三条(八): the application is released through a channel (渝快办/渝快政), or
    /// without one (a secret application). The latest release names the channel.
    Released = "released", Art::new(31), {
        /// The channel; none for a secret application.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<ReleaseChannel>,
        /// The project whose step released it (optional).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        project_id: Option<String>,
    },
    /// 第七条: the responsible department completes the application's catalog information
    /// (编目信息) in IRS — within 7 working days of a project's approval document; it meets that
    /// project's `catalog_completion` (see `docs/readings.md`).
    CatalogCompleted = "catalog_completed", Art::new(7), {},
    /// 第七条, 第三十七条: the catalog information is updated in IRS (dynamic maintenance over the
    /// whole lifecycle); a project's major iteration needs one since its acceptance or last
    /// iteration.
    CatalogUpdated = "catalog_updated", Art::new(37), {},
    /// 第三十八条: the Bureau marks a label in IRS.
    LabelMarked = "label_marked", Art::new(38), {
        /// The label.
        label: Label,
        /// For `label: "other"`: its name and the item of 第三十八条 it falls under.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other: Option<OtherLabel>,
    },
    /// 第三十九条: the joint evaluation (应用评价) of the application, without outstanding problems.
    Evaluated = "evaluated", Art::new(39), {
        /// The result, free text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        result: Option<String>,
    },
    /// 第三十九条: the evaluation found outstanding problems; the Bureau issues its rectification
    /// opinion (整改意见): the application is `rectifying` and owes the rectification.
    RectificationRequired = "rectification_required", Art::new(39), {
        /// The rectification opinion (required, non-empty).
        opinion: String,
    },
    /// 第三十九条: the rectification is done.
    Rectified = "rectified", Art::new(39), {},
    /// 第四十条, 第四十二条: the deregistration application is made in IRS, with its reason and
    /// the disposal steps (第四十一条) done so far (as a project's `deregistration_applied`).
    DeregistrationApplied = "deregistration_applied", Art::new(42), {
        /// 第四十条: the reason (one of its items, or `other` described in `other_reason`).
        reason: DeregistrationReason,
        /// For `reason: "other"`: the reason, described (required, non-empty).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_reason: Option<String>,
        /// 第四十一条: the disposal steps done so far (all are needed by `deregistered`).
        #[serde(default)]
        disposal: Disposal,
    },
    /// 第四十二条: the municipal Big Data Bureau approves the deregistration (审核通过).
    DeregistrationApproved = "deregistration_approved", Art::new(42), {},
    /// 第四十二条: the municipal Big Data Bureau does not approve; the application stays registered.
    DeregistrationRefused = "deregistration_refused", Art::new(42), {
        /// The opinion, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        opinion: Option<String>,
    },
    /// 第四十一条, 第四十二条: the deregistration is completed; every 第四十一条 step must be done
    /// by now (stated here or on `deregistration_applied`).
    Deregistered = "deregistered", Art::new(42), {
        /// 第四十一条: the disposal steps done since the application.
        #[serde(default)]
        disposal: Disposal,
    },
}

impl ApplicationEvent {
    /// Parses one application event from JSON.
    ///
    /// # Errors
    /// `invalid_json`, `invalid_input`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::ApplicationEvent, ErrorCode};
    /// let err = ApplicationEvent::from_json_str(r#"{"type": "ledgered", "date": "2025-10-09"}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput); // a project event, not an application's
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<ApplicationEvent> {
        crate::json_input::from_str(json)
    }
}

/// The state of an application record.
///
/// # Example
/// ```
/// use fuling_rules::records::ApplicationState;
/// assert_eq!(ApplicationState::default(), ApplicationState::Registered);
/// assert_eq!(serde_json::to_string(&ApplicationState::Deregistered).unwrap(), r#""deregistered""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    /// 第七条: catalogued and managed in IRS (the state of every application not being deregistered).
    #[default]
    Registered,
    /// 第三十九条: the evaluation found outstanding problems; the rectification is under way.
    Rectifying,
    /// 第四十二条: the deregistration application is in IRS.
    DeregistrationApplied,
    /// 第四十二条: the municipal Bureau has approved the deregistration.
    DeregistrationApproved,
    /// 第四十二条: deregistered (terminal).
    Deregistered,
}

impl ApplicationState {
    /// The snake_case name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::records::ApplicationState;
    /// assert_eq!(ApplicationState::DeregistrationApplied.as_str(), "deregistration_applied");
    /// ```
    pub const fn as_str(self) -> &'static str {
        // The derived writer's table (`json_output::UnitNames`): the names are stored once.
        crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
    }
}

/// The JSON shape of an application record (schema 2):
/// `{"schema": 2, "application": {"id": ..., ...}, "ruleset_id": ..., "events": [...]}`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::{ApplicationRecord, ApplicationState}, Calendar, Ruleset};
/// let mut app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-RIVER", "name": "涪陵区智慧河长"},
///     "events": [{"type": "released", "date": "2025-03-05", "channel": "yu_kuai_zheng"}]}"#)?;
/// app.apply_json(r#"{"type": "deregistration_applied", "date": "2025-09-19", "reason": "no_longer_needed",
///     "disposal": {"shared_data": "not_applicable", "history_data": "handled", "components": "done", "channels": "done"}}"#)?;
/// app.apply_json(r#"{"type": "deregistration_approved", "date": "2025-09-26"}"#)?;
/// // 第四十二条: 5 working days from Friday 09-26: 09-28 (Sunday, worked) 1, 09-29 2, 09-30 3,
/// // 10-01..10-08 off, 10-09 4, 10-10 5 → due Friday 2025-10-10.
/// let s = app.status(NaiveDate::from_ymd_opt(2025, 10, 11).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.state, ApplicationState::DeregistrationApproved);
/// assert_eq!((s.obligations[0].due, s.obligations[0].overdue), (NaiveDate::from_ymd_opt(2025, 10, 10), true));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationRecord {
    /// Schema version; must be 2.
    pub schema: u32,
    /// The application's metadata; its `id` names the record (required, non-empty).
    pub application: Application,
    /// The id of the ruleset the record is evaluated under, once recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset_id: Option<String>,
    /// The events in date order, with corrections and voids appended.
    #[serde(default)]
    pub events: Vec<Entry<ApplicationEvent>>,
}

/// An application's status as of a date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{model::Label, records::ApplicationRecord, Calendar, Ruleset};
/// let app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-1", "labels": ["island"]},
///     "events": [{"type": "label_marked", "date": "2025-11-03", "label": "high_risk"}]}"#)?;
/// let s = app.status(NaiveDate::from_ymd_opt(2025, 11, 3).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.labels, [Label::Island, Label::HighRisk]); // 第三十八条
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct ApplicationStatus {
    /// What produced the result.
    pub receipt: Receipt,
    /// The application's id.
    pub application_id: String,
    /// The state.
    pub state: ApplicationState,
    /// The release channel (the latest release's).
    pub release_channel: Option<ReleaseChannel>,
    /// Labels (第三十八条): the record's initial ones and those marked since.
    pub labels: Vec<Label>,
    /// The catalog (编目, 第七条, 第三十七条): its latest completion and latest update.
    pub catalog: ApplicationCatalog,
    /// The date the status is for.
    pub as_of: NaiveDate,
    /// The open obligations (第四十二条's deadline).
    pub obligations: Vec<Obligation>,
    /// The ids of the open obligations that are overdue.
    pub overdue: Vec<ObligationId>,
    /// Obligations met after their due date.
    pub met_late: Vec<MetLate>,
    /// Corrections and voids recorded (the audit trail); omitted when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<AmendmentRecord>,
    /// Warnings about the rules in force (stable codes); omitted when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// An application's catalog (编目信息 in IRS, 第七条, 第三十七条) as of a status: the date of its
/// latest `catalog_completed` and of its latest `catalog_updated` (none before the first).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::ApplicationRecord, Calendar, Ruleset};
/// let app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-1"},
///     "events": [{"type": "catalog_completed", "date": "2025-05-08"},
///                {"type": "catalog_updated", "date": "2025-09-01"}]}"#)?;
/// let s = app.status(NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.catalog.completed, NaiveDate::from_ymd_opt(2025, 5, 8));
/// assert_eq!(s.catalog.last_updated, NaiveDate::from_ymd_opt(2025, 9, 1));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
pub struct ApplicationCatalog {
    /// 第七条: the date of the latest completion (完善编目信息); none before the first.
    pub completed: Option<NaiveDate>,
    /// 第七条, 第三十七条: the date of the latest update (动态更新); none before the first.
    pub last_updated: Option<NaiveDate>,
}

// Defined in `process`, which reads it; made here from the application's events.
impl CatalogHistory {
    /// The history of a list of application events (corrections already applied).
    pub(crate) fn of<'a>(events: impl IntoIterator<Item = &'a ApplicationEvent>) -> CatalogHistory {
        let mut h = CatalogHistory::default();
        for e in events {
            match e {
                ApplicationEvent::CatalogCompleted { date, .. } => h.completed.push(*date),
                ApplicationEvent::CatalogUpdated { date, .. } => h.updated.push(*date),
                ApplicationEvent::Released { .. }
                | ApplicationEvent::LabelMarked { .. }
                | ApplicationEvent::Evaluated { .. }
                | ApplicationEvent::RectificationRequired { .. }
                | ApplicationEvent::Rectified { .. }
                | ApplicationEvent::DeregistrationApplied { .. }
                | ApplicationEvent::DeregistrationApproved { .. }
                | ApplicationEvent::DeregistrationRefused { .. }
                | ApplicationEvent::Deregistered { .. } => {}
            }
        }
        h
    }

    /// `earlier`'s dates and this history's.
    fn joined(self, mut earlier: CatalogHistory) -> CatalogHistory {
        earlier.completed.extend(self.completed);
        earlier.updated.extend(self.updated);
        earlier
    }

    /// 第七条: the first catalog completion or update dated on or after `trigger` (a project's
    /// approval) and on or before `until`: the date it meets that project's `catalog_completion`
    /// (an update completes the information as well, as on a schema-1 project).
    pub(crate) fn meets(&self, trigger: NaiveDate, until: NaiveDate) -> Option<NaiveDate> {
        let mut first: Option<NaiveDate> = None;
        for list in [&self.completed, &self.updated] {
            for d in list.iter().filter(|d| **d >= trigger && **d <= until) {
                first = Some(first.map_or(*d, |f| f.min(*d)));
            }
        }
        first
    }

    /// 第三十七条: whether an update is dated on or after `since` (the project's acceptance, or
    /// the day after its last major iteration; none: any) and on or before `on` (the
    /// iteration's date).
    pub(crate) fn updated_between(&self, since: Option<NaiveDate>, on: NaiveDate) -> bool {
        self.updated.iter().any(|d| since.is_none_or(|s| *d >= s) && *d <= on)
    }
}

/// What the replay of an application's events knows.
#[derive(Debug, Clone, Default)]
struct AppDerived {
    state: ApplicationState,
    channel: Option<ReleaseChannel>,
    released: bool,
    labels: Vec<Label>,
    /// 第四十条, 第四十一条: the reason and the disposal steps stated so far.
    reason: Option<DeregistrationReason>,
    disposal: Disposal,
    /// 第四十二条: the approval date while the deregistration is not complete.
    approved_on: Option<NaiveDate>,
    deregistered_on: Option<NaiveDate>,
    /// 第三十九条: the date of the rectification opinion while the rectification is open.
    rectification_from: Option<NaiveDate>,
    /// 第七条, 第三十七条: the catalog events.
    catalog: CatalogHistory,
    last_date: Option<NaiveDate>,
    trail: Vec<AmendmentRecord>,
    dates: Vec<NaiveDate>,
}

fn not_allowed(event: &ApplicationEvent, state: ApplicationState) -> Error {
    Error::msg(
        ErrorCode::TransitionNotAllowed,
        m::APPLICATION_EVENT_NOT_ALLOWED,
        &[&state.as_str(), &event.name()],
    )
    .with_article(event.article())
}

impl ApplicationRecord {
    /// A new record for `application` (its id must be non-empty), with no events.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, records::ApplicationRecord};
    /// let app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// assert_eq!((app.schema, app.events.len()), (2, 0));
    /// ```
    pub fn new(application: Application) -> ApplicationRecord {
        ApplicationRecord {
            schema: RECORD_SCHEMA,
            application,
            ruleset_id: None,
            events: Vec::new(),
        }
    }

    /// The application's metadata.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, records::ApplicationRecord};
    /// let app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// assert_eq!(app.application().id, "APP-1");
    /// ```
    pub fn application(&self) -> &Application {
        &self.application
    }

    /// Reads and validates a record (replaying its events with the default ruleset).
    ///
    /// # Errors
    /// `input_too_large`, `invalid_json`, `unsupported_schema`, `invalid_input` (an empty
    /// application id, a bad shape), then the first refused event's error.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::ApplicationRecord, ErrorCode};
    /// let err = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {}}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput); // an application record names its id
    /// let err = ApplicationRecord::from_json_str(r#"{"schema": 1, "application": {"id": "A"}}"#).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::UnsupportedSchema);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_json_str(json: &str) -> Result<ApplicationRecord> {
        if json.len() > MAX_JSON_BYTES {
            return Err(Error::msg(
                ErrorCode::InputTooLarge,
                m::APPLICATION_RECORD_TOO_LARGE,
                &[],
            ));
        }
        let value = crate::json_input::parse(json)?;
        if value.get("schema").and_then(crate::json_read::Value::as_u64) != Some(u64::from(RECORD_SCHEMA)) {
            return Err(Error::msg(
                ErrorCode::UnsupportedSchema,
                m::APPLICATION_RECORD_SCHEMA_REQUIRED,
                &[&RECORD_SCHEMA],
            ));
        }
        let record: ApplicationRecord =
            crate::json_input::from_tree(&value).map_err(crate::json_input::ShapeError::into_input_error)?;
        record.replay(&Ruleset::default())?;
        Ok(record)
    }

    /// The record as pretty-printed JSON.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, records::ApplicationRecord};
    /// let app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// assert_eq!(ApplicationRecord::from_json_str(&app.to_json())?, app);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        crate::json_output::to_string_pretty(self)
    }

    /// Appends an entry (an event, a correction or a void) given as JSON; the whole history
    /// is re-validated and a refused entry leaves the record byte-identical.
    ///
    /// # Errors
    /// `invalid_json`, `invalid_input`, `event_out_of_order`, `transition_not_allowed`,
    /// `conditions_not_met` (第四十一条's disposal steps).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, records::ApplicationRecord, Art, ErrorCode};
    /// let mut app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// app.apply_json(r#"{"type": "released", "date": "2025-03-05", "channel": "yu_kuai_ban"}"#)?;
    /// app.apply_json(r#"{"type": "deregistration_applied", "date": "2025-09-19", "reason": "stagnant",
    ///     "disposal": {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}}"#)?;
    /// app.apply_json(r#"{"type": "deregistration_approved", "date": "2025-09-26"}"#)?;
    /// let before = app.to_json();
    /// // 第四十一条(四): released on 渝快办, it must be taken down there before completion.
    /// let err = app.apply_json(r#"{"type": "deregistered", "date": "2025-09-29"}"#).unwrap_err();
    /// assert_eq!((err.code(), err.article()), (ErrorCode::ConditionsNotMet, Some(Art::new(41).item(4))));
    /// assert_eq!(app.to_json(), before);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn apply_json(&mut self, json: &str) -> Result<()> {
        let entry: Entry<ApplicationEvent> = crate::json_input::from_str(json)?;
        self.record_with(entry, &Ruleset::default())
    }

    /// Appends an entry with the guards' numbers from `rules`.
    ///
    /// # Errors
    /// As [`ApplicationRecord::apply_json`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Application, records::{ApplicationEvent, ApplicationRecord}, ErrorCode, Ruleset};
    /// let mut app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// let e = ApplicationEvent::from_json_str(r#"{"type": "deregistered", "date": "2025-10-09"}"#)?;
    /// let err = app.record_with(e.into(), &Ruleset::default()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::TransitionNotAllowed); // not approved yet
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn record_with(&mut self, entry: Entry<ApplicationEvent>, rules: &Ruleset) -> Result<()> {
        // Appended, replayed, and taken back if refused (no copy of the record).
        self.events.push(entry);
        if let Err(e) = self.replay(rules) {
            self.events.pop();
            return Err(e);
        }
        Ok(())
    }

    /// The status as of `as_of`, with due dates from `rules` on `calendar`.
    ///
    /// # Errors
    /// The first refused event's error (a record built by hand may be invalid);
    /// `invalid_input` when `as_of` is before the last event.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{model::Application, records::ApplicationRecord, Calendar, ErrorCode, Ruleset};
    /// let mut app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// app.apply_json(r#"{"type": "label_marked", "date": "2025-11-03", "label": "excellent"}"#)?;
    /// let err = app.status(NaiveDate::from_ymd_opt(2025, 11, 2).unwrap(), &Calendar::official(), &Ruleset::default()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn status(&self, as_of: NaiveDate, calendar: &Calendar, rules: &Ruleset) -> Result<ApplicationStatus> {
        let d = self.replay(rules)?;
        check_as_of(as_of, d.last_date)?;
        let mut obligations = Vec::new();
        let mut met_late = Vec::new();
        if let Some(trigger) = d.approved_on {
            let id = ObligationId::DeregistrationCompletion;
            let rule = rules.deregistration_completion;
            let open = d.deregistered_on.is_none();
            let (explanation, error, estimate) = due_of(
                trigger,
                rule.period,
                rule.article,
                "deregistration_completion",
                calendar,
                open,
            );
            let due = explanation.as_ref().map(|e| e.due);
            if let Some(met_on) = d.deregistered_on {
                if let Some(due) = due.filter(|due| met_on > *due) {
                    met_late.push(MetLate {
                        id,
                        due,
                        met_on,
                        article: rule.article,
                    });
                }
            } else {
                let error = error.as_ref().map(ObligationError::from);
                obligations.push(Obligation::open(
                    id,
                    trigger,
                    rule.article,
                    as_of,
                    explanation,
                    error,
                    estimate,
                ));
            }
        }
        if let Some(trigger) = d.rectification_from {
            // 第三十九条: the text sets no period (due: null).
            let id = ObligationId::Rectification;
            obligations.push(Obligation::open(id, trigger, id.article(), as_of, None, None, None));
        }
        let overdue = crate::process::status::overdue_ids(&obligations);
        let mut receipt = Receipt::new(rules, calendar);
        for o in &obligations {
            receipt.note(o.explanation.as_ref(), o.estimate.as_ref());
        }
        let mut labels = self.application.labels.clone();
        labels.extend(d.labels.iter().copied());
        Ok(ApplicationStatus {
            receipt,
            application_id: self.application.id.clone(),
            state: d.state,
            release_channel: d.channel,
            labels,
            catalog: ApplicationCatalog {
                // The replay keeps date order: the last is the latest.
                completed: d.catalog.completed.last().copied(),
                last_updated: d.catalog.updated.last().copied(),
            },
            as_of,
            obligations,
            overdue,
            met_late,
            corrections: d.trail,
            warnings: warnings(self.ruleset_id.as_deref(), &d.dates, rules),
        })
    }

    /// The dates of the catalog events (第七条, 第三十七条), corrections applied.
    pub(crate) fn catalog_history(&self, rules: &Ruleset) -> Result<CatalogHistory> {
        Ok(self.replay(rules)?.catalog)
    }

    /// Replays the events; the first refused one is the error.
    fn replay(&self, _rules: &Ruleset) -> Result<AppDerived> {
        if self.schema != RECORD_SCHEMA {
            return Err(Error::msg(
                ErrorCode::UnsupportedSchema,
                m::APPLICATION_RECORD_SCHEMA_UNSUPPORTED,
                &[&self.schema],
            ));
        }
        if self.application.id.trim().is_empty() {
            return Err(Error::msg(ErrorCode::InvalidInput, m::APPLICATION_ID_MISSING, &[]));
        }
        if self.events.len() > MAX_EVENTS {
            return Err(Error::msg(
                ErrorCode::InputTooLarge,
                m::APPLICATION_TOO_MANY_EVENTS,
                &[&MAX_EVENTS],
            ));
        }
        let resolved = resolve(&self.events)?;
        let mut d = AppDerived::default();
        for (i, holder) in &resolved.events {
            let Some(event) = super::amend::held(&self.events, *holder) else {
                continue;
            };
            self.step(&mut d, event).map_err(|e| {
                let mut out = Error::msg(e.code(), pm::EVENT_AT_INDEX, &[i, &e.message_zh(), &e.message_en()]);
                if let Some(a) = e.article() {
                    out = out.with_article(a);
                }
                out
            })?;
        }
        d.trail = resolved.trail;
        Ok(d)
    }

    fn step(&self, d: &mut AppDerived, event: &ApplicationEvent) -> Result<()> {
        let date = event.date();
        if event.texts() > MAX_TEXT_CHARS {
            return Err(Error::msg(
                ErrorCode::InputTooLarge,
                pm::EVENT_TEXT_TOO_LONG,
                &[&MAX_TEXT_CHARS],
            ));
        }
        if let Some(last) = d.last_date {
            if date < last {
                return Err(Error::msg(
                    ErrorCode::EventOutOfOrder,
                    pm::EVENT_BEFORE_PREVIOUS,
                    &[&event.name(), &date, &last],
                ));
            }
        }
        let state = d.state;
        match event {
            ApplicationEvent::CatalogCompleted { .. } | ApplicationEvent::CatalogUpdated { .. } => {
                // 第七条: maintained over the whole lifecycle, until the application is deregistered.
                if state == ApplicationState::Deregistered {
                    return Err(not_allowed(event, state));
                }
                d.catalog = CatalogHistory::of([event]).joined(core::mem::take(&mut d.catalog));
            }
            ApplicationEvent::Released { channel, .. } => {
                if state != ApplicationState::Registered {
                    return Err(not_allowed(event, state));
                }
                if channel.is_none() && !self.application.secret {
                    return Err(
                        Error::msg(ErrorCode::ConditionsNotMet, pm::RELEASE_CHANNEL_MISSING, &[])
                            .with_article(Art::new(31)),
                    );
                }
                d.channel = *channel;
                d.released = true;
            }
            ApplicationEvent::LabelMarked { label, other, .. } => {
                if !matches!(state, ApplicationState::Registered | ApplicationState::Rectifying) {
                    return Err(not_allowed(event, state));
                }
                // 第三十八条's lists end in 等: an other label names itself and its item.
                let named = other
                    .as_ref()
                    .is_some_and(|o| !o.name.trim().is_empty() && o.article().is_some());
                if (*label == Label::Other) != named {
                    return Err(
                        Error::msg(ErrorCode::InvalidInput, m::OTHER_LABEL_UNNAMED, &[]).with_article(Art::new(38))
                    );
                }
                if !d.labels.contains(label) && !self.application.labels.contains(label) {
                    d.labels.push(*label);
                }
            }
            ApplicationEvent::Evaluated { .. } => {
                if state != ApplicationState::Registered {
                    return Err(not_allowed(event, state));
                }
            }
            ApplicationEvent::RectificationRequired { opinion, .. } => {
                if state != ApplicationState::Registered {
                    return Err(not_allowed(event, state));
                }
                if opinion.trim().is_empty() {
                    return Err(
                        Error::msg(ErrorCode::InvalidInput, pm::RECTIFICATION_OPINION_MISSING, &[])
                            .with_article(Art::new(39)),
                    );
                }
                d.state = ApplicationState::Rectifying;
                d.rectification_from = Some(date);
            }
            ApplicationEvent::Rectified { .. } => {
                if state != ApplicationState::Rectifying {
                    return Err(not_allowed(event, state));
                }
                d.state = ApplicationState::Registered;
                d.rectification_from = None;
            }
            ApplicationEvent::DeregistrationApplied {
                reason,
                other_reason,
                disposal,
                ..
            } => {
                // 第三十九条, 第四十条: also while rectifying (the rectification stays open).
                if !matches!(state, ApplicationState::Registered | ApplicationState::Rectifying) {
                    return Err(not_allowed(event, state));
                }
                // 第四十条: the same rule as a project's (an item, or another reason described).
                if *reason == DeregistrationReason::Other && other_reason.as_deref().is_none_or(|r| r.trim().is_empty())
                {
                    return Err(Error::msg(ErrorCode::ConditionsNotMet, pm::OTHER_REASON_MISSING, &[])
                        .with_article(Art::new(40)));
                }
                d.reason = Some(*reason);
                d.disposal = *disposal;
                d.state = ApplicationState::DeregistrationApplied;
            }
            ApplicationEvent::DeregistrationRefused { .. } => {
                if state != ApplicationState::DeregistrationApplied {
                    return Err(not_allowed(event, state));
                }
                // 第四十二条: not approved; back to where it was (rectifying while 第三十九条's
                // rectification is open).
                d.state = if d.rectification_from.is_some() {
                    ApplicationState::Rectifying
                } else {
                    ApplicationState::Registered
                };
                d.reason = None;
            }
            ApplicationEvent::DeregistrationApproved { .. } => {
                if state != ApplicationState::DeregistrationApplied {
                    return Err(not_allowed(event, state));
                }
                d.state = ApplicationState::DeregistrationApproved;
                d.approved_on = Some(date);
            }
            ApplicationEvent::Deregistered { disposal, .. } => {
                if state != ApplicationState::DeregistrationApproved {
                    return Err(not_allowed(event, state));
                }
                // 第四十一条 "应用注销前": every step done by completion (as for a project).
                let reason = d.reason.unwrap_or(DeregistrationReason::Other);
                crate::process::check_disposal(reason, &d.disposal.merged(*disposal), d.channel)?;
                d.state = ApplicationState::Deregistered;
                d.deregistered_on = Some(date);
                d.rectification_from = None; // closed, not met: the application is gone
            }
        }
        d.last_date = Some(date);
        d.dates.push(date);
        Ok(())
    }
}

impl crate::Project {
    /// As [`Project::from_record_in`], with the application's whole record (its catalog, as
    /// [`Project::from_json_str_for`]).
    ///
    /// # Errors
    /// As [`Project::from_json_str_for`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{records::ApplicationRecord, Calendar, ErrorCode, Project, ProjectKind, Ruleset};
    /// let app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-9"}}"#)?;
    /// let record = Project::new("FL-9", ProjectKind::Om).to_record(); // names no application
    /// let p = Project::from_record_for(record, &app, &Ruleset::default(), &Calendar::official())?;
    /// assert_eq!(p.application().id, "APP-9");
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn from_record_for(
        record: ProjectRecord,
        application: &ApplicationRecord,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<Project> {
        let catalog = application.catalog_history(rules)?;
        Project::from_record_catalog(record, application.application(), Some(catalog), rules, calendar)
    }
}

impl crate::Project {
    /// The project's status evaluated with its application record: the project's
    /// `catalog_completion` (第七条) is met by the application's first `catalog_completed` or
    /// `catalog_updated` dated on or after the approval (late when after its due date); once
    /// the application is deregistered (第四十二条), the project's obligations still open are
    /// closed, not met
    /// ([`crate::process::Status::closed`], each with its due date and whether it was overdue);
    /// the project's state is unchanged. Before that, as [`crate::Project::status`].
    ///
    /// # Errors
    /// `invalid_input` when the project names another application, or `as_of` is before the
    /// last event of either record; the first refused event's error of the application record.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{model::Application, records::ApplicationRecord, Calendar, ErrorCode, Project, ProjectKind, Ruleset};
    /// let app = ApplicationRecord::new(Application { id: "APP-1".into(), ..Default::default() });
    /// let p = Project::new("FL-1", ProjectKind::Om); // an anonymous application
    /// let as_of = NaiveDate::from_ymd_opt(2025, 10, 13).unwrap();
    /// let err = p.status_with(&app, as_of, &Calendar::official(), &Ruleset::default()).unwrap_err();
    /// assert_eq!(err.code(), ErrorCode::InvalidInput);
    /// ```
    pub fn status_with(
        &self,
        application: &ApplicationRecord,
        as_of: NaiveDate,
        calendar: &Calendar,
        rules: &Ruleset,
    ) -> Result<crate::process::Status> {
        if self.application().id != application.application.id {
            return Err(Error::msg(
                ErrorCode::InvalidInput,
                m::PROJECT_NAMES_OTHER_APPLICATION,
                &[&self.id(), &self.application().id, &application.application.id],
            ));
        }
        // As the application's own status: the record is valid and as_of after its last event.
        application.status(as_of, calendar, rules)?;
        let derived = application.replay(rules)?;
        // 第七条: the project's catalog entry is met by the application's catalog.
        let mut status = self.status_for_catalog(as_of, calendar, rules, Some(&derived.catalog))?;
        if let Some(on) = derived.deregistered_on {
            status.closed = close_by_deregistration(&mut status.obligations, on);
            status.overdue = crate::process::status::overdue_ids(&status.obligations);
        }
        Ok(status)
    }
}

impl ApplicationRecord {
    /// The date the application was deregistered (第四十二条), if it was.
    pub(crate) fn deregistered_on(&self, rules: &Ruleset) -> Result<Option<NaiveDate>> {
        Ok(self.replay(rules)?.deregistered_on)
    }
}

/// Closes, not meets, the project's obligations that arose by `on`, the date its application
/// was deregistered (第四十二条): they leave `obligations` and are returned. One computation for
/// [`crate::Project::status_with`] and the portfolio's agenda.
pub(crate) fn close_by_deregistration(
    obligations: &mut Vec<Obligation>,
    on: NaiveDate,
) -> Vec<crate::process::ClosedObligation> {
    let mut closed = Vec::new();
    let mut open = Vec::new();
    for o in core::mem::take(obligations) {
        if o.trigger_date <= on {
            closed.push(crate::process::ClosedObligation {
                id: o.id,
                article: o.article,
                trigger_date: o.trigger_date,
                due: o.due,
                overdue: o.due.is_some_and(|due| on > due),
                closed_on: on,
                by: Art::new(42),
            });
        } else {
            open.push(o);
        }
    }
    *obligations = open;
    closed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> ApplicationRecord {
        ApplicationRecord::new(Application {
            id: "APP-1".into(),
            ..Default::default()
        })
    }

    #[test]
    fn deregistration_met_and_corrected() {
        let mut a = app();
        a.apply_json(r#"{"type": "deregistration_applied", "date": "2025-09-19", "reason": "no_longer_needed", "disposal": {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}}"#).unwrap();
        a.apply_json(r#"{"type": "deregistration_approved", "date": "2025-09-26"}"#)
            .unwrap();
        // A void of the approval that a later event relies on is refused.
        a.apply_json(r#"{"type": "deregistered", "date": "2025-10-09"}"#)
            .unwrap();
        let before = a.to_json();
        let err = a
            .apply_json(r#"{"type": "void", "date": "2025-10-10", "voids": 1, "reason": "x"}"#)
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::TransitionNotAllowed);
        assert_eq!(a.to_json(), before);
        // Correcting the completion date is allowed and shows in the audit trail.
        a.apply_json(r#"{"type": "correction", "date": "2025-10-10", "replaces": 2, "reason": "日期录错", "recorded_by": "张三", "event": {"type": "deregistered", "date": "2025-10-08"}}"#).unwrap();
        let s = a
            .status(
                NaiveDate::from_ymd_opt(2025, 10, 10).unwrap(),
                &Calendar::official(),
                &Ruleset::default(),
            )
            .unwrap();
        assert_eq!(s.state, ApplicationState::Deregistered);
        assert!(s.obligations.is_empty());
        assert_eq!(s.corrections.len(), 1);
        let json = serde_json::to_value(&s).unwrap();
        assert!(json.get("warnings").is_none());
    }

    #[test]
    fn catalog_until_deregistered_and_read_by_projects() {
        let mut a = app();
        a.apply_json(r#"{"type": "catalog_completed", "date": "2025-05-20"}"#)
            .unwrap();
        a.apply_json(r#"{"type": "catalog_updated", "date": "2025-06-03"}"#)
            .unwrap();
        // A project approved on Tue 2025-05-06: due Thu 05-15 (7 working days: 05-07, 08, 09,
        // 12, 13, 14, 15); the application's completion of 05-20 meets it late.
        let json = r#"{"schema": 2, "id": "P", "kind": "om", "application_id": "APP-1", "events": [
            {"type": "om_plan_submitted", "date": "2025-05-06"}, {"type": "lead_department_reviewed", "date": "2025-05-06"},
            {"type": "joint_review_organised", "date": "2025-05-06"}, {"type": "approved", "date": "2025-05-06"},
            {"type": "om_started", "date": "2025-05-06", "mode": "procurement"}]}"#;
        let (cal, rules) = (Calendar::official(), Ruleset::default());
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let mut p = crate::Project::from_json_str_for(json, &a, &rules, &cal).unwrap();
        let s = p.status(d("2025-06-04"), &cal, &rules).unwrap();
        assert_eq!((s.met_late.len(), s.obligations.len()), (1, 0));
        assert_eq!(
            (s.met_late[0].due, s.met_late[0].met_on),
            (d("2025-05-15"), d("2025-05-20"))
        );
        // 第三十七条: the update of 06-03 allows one iteration; a refused second one leaves the
        // project byte-identical.
        p.apply_json(r#"{"type": "major_iteration_started", "date": "2025-06-04"}"#)
            .unwrap();
        let before = p.to_json();
        let err = p
            .apply_json(r#"{"type": "major_iteration_started", "date": "2025-06-05"}"#)
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::CatalogUpdateRequired);
        assert_eq!(p.to_json(), before);
        // A correction of the application's completion date moves the project's answer.
        a.apply_json(r#"{"type": "correction", "date": "2025-06-05", "replaces": 0, "reason": "日期录错", "event": {"type": "catalog_completed", "date": "2025-05-14"}}"#).unwrap();
        let s = p.status_with(&a, d("2025-06-05"), &cal, &rules).unwrap();
        assert!(s.met_late.is_empty() && s.obligations.is_empty());
        // 第七条: maintained until the application is deregistered, not after.
        a.apply_json(r#"{"type": "deregistration_applied", "date": "2025-09-19", "reason": "no_longer_needed", "disposal": {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}}"#).unwrap();
        a.apply_json(r#"{"type": "catalog_updated", "date": "2025-09-22"}"#)
            .unwrap();
        a.apply_json(r#"{"type": "deregistration_approved", "date": "2025-09-26"}"#)
            .unwrap();
        a.apply_json(r#"{"type": "deregistered", "date": "2025-09-29"}"#)
            .unwrap();
        let before = a.to_json();
        let err = a
            .apply_json(r#"{"type": "catalog_updated", "date": "2025-09-30"}"#)
            .unwrap_err();
        assert_eq!(
            (err.code(), err.article()),
            (ErrorCode::TransitionNotAllowed, Some(Art::new(37)))
        );
        assert_eq!(a.to_json(), before);
    }

    #[test]
    fn unknown_event_and_wrong_state() {
        assert_eq!(
            ApplicationEvent::from_json_str(r#"{"type": "x", "date": "2025-10-09"}"#)
                .unwrap_err()
                .code(),
            ErrorCode::InvalidInput
        );
        let mut a = app();
        a.apply_json(r#"{"type": "released", "date": "2025-03-05"}"#)
            .unwrap_err();
        a.application.secret = true;
        a.apply_json(r#"{"type": "released", "date": "2025-03-05"}"#).unwrap();
    }
}
