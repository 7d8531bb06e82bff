//! Status (状态报告): the state, the open obligations with their due dates and
//! explanations, what is overdue, what was met late, and the recorded exceptions —
//! as of a date that is always an input.

use super::derived::Derived;
use super::obligation::{ExceptionRecord, MetLate, Obligation, ObligationError, ObligationId, Unchecked};
use super::project::CatalogHistory;
use super::project::Project;
use super::state::State;
use crate::calendar::explain::{explain_cited, Explanation};
use crate::calendar::Calendar;
use crate::citation::Citation;
use crate::error::{Error, ErrorCode, Result};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::{Label, LifecycleStage, ProjectKind, ProjectOrigin};
use crate::prelude::*;
use crate::records::{AmendmentRecord, Rulesets, Warning};
use crate::ruleset::Ruleset;
use chrono::NaiveDate;
use core::fmt::Write as _;

/// The schema version of [`Status`].
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{process::STATUS_SCHEMA, Calendar, Project, ProjectKind, Ruleset};
/// let p = Project::new("FL-2025-001", ProjectKind::Om);
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 9).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.schema, STATUS_SCHEMA);
/// assert_eq!(serde_json::to_value(&s).unwrap()["schema"], 1);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
pub const STATUS_SCHEMA: u32 = 1;

/// What produced a result, so it can be reproduced and defended later (回执).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{ruleset::DEFAULT_RULESET_ID, Calendar, Project, ProjectKind, Ruleset};
/// let p = Project::new("FL-2025-001", ProjectKind::Development);
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 9).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!(s.receipt.ruleset_id, DEFAULT_RULESET_ID);
/// assert_eq!(s.receipt.calendar_version, Calendar::official().version());
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Receipt {
    /// This library's version.
    pub library_version: String,
    /// The ruleset's id.
    pub ruleset_id: String,
    /// The calendar data's version.
    pub calendar_version: String,
    /// The notices loaded from their text beyond the embedded data
    /// ([`Calendar::with_notice`](crate::Calendar::with_notice)), in the order loaded.
    /// Absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices_loaded: Vec<LoadedNotice>,
    /// The first provisional day a date of this result relies on (a due date on a calendar
    /// with provisional years, or an `estimate`): days from here follow 全国年节及纪念日放假办法,
    /// not a notice. Absent when no provisional day was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisional_from: Option<NaiveDate>,
}

/// A notice a receipt names: loaded from its text beyond the embedded calendar data.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset};
/// let cal = Calendar::official()
///     .with_notice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。")?;
/// let p = Project::new("FL-2026-001", ProjectKind::Development);
/// let s = p.status(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), &cal, &Ruleset::default())?;
/// let n = &s.receipt.notices_loaded[0];
/// assert_eq!((n.id.as_str(), n.year), ("2027", Some(2027)));
/// assert_eq!(n.title, "国务院办公厅关于2027年部分节假日安排的通知");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct LoadedNotice {
    /// The notice's id, e.g. `"2027"` or `"2020-extension"` (the `+notice-<id>` of the calendar version).
    pub id: String,
    /// The year whose days the notice arranges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The notice's title.
    pub title: String,
    /// The document number (文号); absent when the text has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The publication date from the notice's last line; absent when the text has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
}

impl Receipt {
    /// The receipt for a result computed with `rules` and `calendar`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::Receipt, CalendarBuilder, Ruleset};
    /// let cal = CalendarBuilder::official().version("fuling-1").build()?;
    /// let mut rules = Ruleset::default();
    /// rules.id = "fuling-final".into();
    /// let r = Receipt::new(&rules, &cal);
    /// assert_eq!(r.ruleset_id, "fuling-final");
    /// assert!(r.calendar_version.ends_with("+fuling-1"));
    /// assert_eq!(r.library_version, fuling_rules::VERSION);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn new(rules: &Ruleset, calendar: &Calendar) -> Receipt {
        let mut notices_loaded = Vec::new();
        for n in calendar.loaded_notices() {
            notices_loaded.push(LoadedNotice {
                id: n.id.clone(),
                year: n.year,
                title: n.title.clone(),
                number: n.number.clone(),
                published: n.published.as_deref().and_then(crate::text::iso_date),
            });
        }
        Receipt {
            library_version: crate::VERSION.to_owned(),
            ruleset_id: rules.id.clone(),
            calendar_version: calendar.version().to_owned(),
            notices_loaded,
            provisional_from: None,
        }
    }

    /// Notes the first provisional day an explanation of a result (or its estimate's) relies
    /// on. Called per obligation rather than over an iterator: one copy for every caller.
    pub(crate) fn note(&mut self, explanation: Option<&Explanation>, estimate: Option<&crate::calendar::Estimate>) {
        for e in [explanation, estimate.map(|e| &e.explanation)].into_iter().flatten() {
            if let Some(p) = e.provisional_from {
                self.provisional_from = Some(self.provisional_from.map_or(p, |q| q.min(p)));
            }
        }
    }
}

/// The ids of the overdue obligations, in order.
pub(crate) fn overdue_ids(obligations: &[Obligation]) -> Vec<ObligationId> {
    let mut out = Vec::new();
    for o in obligations {
        if o.overdue {
            out.push(o.id);
        }
    }
    out
}

fn event_dates(events: &[crate::process::Event]) -> Vec<NaiveDate> {
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        out.push(e.date());
    }
    out
}

/// A project's status as of a date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{model::LifecycleStage, Calendar, ObligationId, Project, ProjectKind, Ruleset, State};
/// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 20).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!((s.state, s.stage), (State::FundingPlanSubmitted, LifecycleStage::Planning));
/// assert_eq!(s.overdue, [ObligationId::LeadDepartmentOpinion]); // due 2025-10-14
/// assert_eq!(s.project_id, "FL-2025-030");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Status {
    /// Schema version (1).
    pub schema: u32,
    /// What produced the result.
    pub receipt: Receipt,
    /// The project's id.
    pub project_id: String,
    /// The project this one follows (a resubmission after `rejected`), when the record names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<String>,
    /// Development or O&M.
    pub kind: ProjectKind,
    /// The current state.
    pub state: State,
    /// The lifecycle stage (第七条) of the state.
    pub stage: LifecycleStage,
    /// How the need entered the ledger, once known.
    pub origin: Option<ProjectOrigin>,
    /// The date the status is for.
    pub as_of: NaiveDate,
    /// The open obligations, in the order they arose.
    pub obligations: Vec<Obligation>,
    /// The ids of the open obligations that are overdue.
    pub overdue: Vec<ObligationId>,
    /// Obligations met after their due date.
    pub met_late: Vec<MetLate>,
    /// Met obligations whose due date could not be computed (lateness unknown).
    pub unchecked: Vec<Unchecked>,
    /// Exceptions recorded, with their basis.
    pub exceptions: Vec<ExceptionRecord>,
    /// Labels (第三十八条): the application's and those marked since.
    pub labels: Vec<Label>,
    /// Corrections and voids recorded (the audit trail: what was replaced or withdrawn, when,
    /// why, by whom); omitted when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<AmendmentRecord>,
    /// Warnings with stable codes: the record kept under another ruleset, events before the
    /// ruleset's `in_force_from` (第四十五条); omitted when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// Obligations closed without being met because the application was deregistered
    /// (第四十二条; only when evaluated with its application record, [`Project::status_with`]);
    /// omitted when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed: Vec<ClosedObligation>,
}

/// An obligation of a project closed, not met, by its application's deregistration
/// (第四十二条 "完成应用注销"): the application no longer exists, so what the project still owed
/// it (a report, a catalog entry, a rectification) has no object (a reading, `docs/readings.md`).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{records::ApplicationRecord, Art, Calendar, ObligationId, Project, Ruleset};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let app = ApplicationRecord::from_json_str(r#"{"schema": 2, "application": {"id": "APP-1"}, "events": [
///     {"type": "deregistration_applied", "date": "2025-09-10", "reason": "no_longer_needed", "disposal":
///      {"shared_data": "done", "history_data": "handled", "components": "done", "channels": "not_applicable"}},
///     {"type": "deregistration_approved", "date": "2025-09-26"}, {"type": "deregistered", "date": "2025-10-09"}]}"#)?;
/// let mut p = Project::from_json_str_in(r#"{"schema": 2, "id": "FL-1", "kind": "om", "application_id": "APP-1"}"#,
///     app.application(), &Ruleset::default(), &Calendar::official())?;
/// for t in ["om_plan_submitted", "lead_department_reviewed", "joint_review_organised", "approved"] {
///     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-01"}}"#))?;
/// }
/// let s = p.status_with(&app, d("2025-10-13"), &Calendar::official(), &Ruleset::default())?;
/// assert!(s.obligations.is_empty()); // 第七条's catalog entry: closed on 10-09, not met
/// let c = &s.closed[0];
/// assert_eq!((c.id, c.closed_on, c.by), (ObligationId::CatalogCompletion, d("2025-10-09"), Art::new(42)));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct ClosedObligation {
    /// The obligation.
    pub id: ObligationId,
    /// The article that set it.
    pub article: Citation,
    /// When it arose.
    pub trigger_date: NaiveDate,
    /// Its due date, when it has one.
    pub due: Option<NaiveDate>,
    /// Whether it was already overdue when it was closed.
    pub overdue: bool,
    /// The date the application was deregistered.
    pub closed_on: NaiveDate,
    /// What closed it: 第四十二条 (the deregistration completed).
    pub by: Citation,
}

/// One obligation with its due date computed.
pub(crate) struct Computed {
    pub id: ObligationId,
    pub trigger: NaiveDate,
    pub met_on: Option<NaiveDate>,
    pub open: bool,
    pub article: Citation,
    pub explanation: Option<Explanation>,
    pub error: Option<Error>,
    pub estimate: Option<crate::calendar::Estimate>,
}

/// The due date of an obligation triggered on `trigger` under a period rule (`name`, the
/// ruleset field, and its `article`): its explanation, or the error and, for an open obligation
/// whose date lies beyond the calendar, an estimate on the provisional calendar. One computation
/// for projects and application records.
pub(crate) fn due_of(
    trigger: NaiveDate,
    period: crate::calendar::Period,
    article: Citation,
    name: &str,
    calendar: &Calendar,
    open: bool,
) -> (Option<Explanation>, Option<Error>, Option<crate::calendar::Estimate>) {
    match explain_cited(trigger, period, calendar, Some(article)) {
        Ok(e) => (Some(e.with_rule(name)), None, None),
        Err(e) => {
            let estimate = (open && e.code() == ErrorCode::CalendarOutOfRange)
                .then(|| crate::calendar::estimate(trigger, period, calendar, article))
                .flatten()
                .map(|mut x| {
                    x.explanation = x.explanation.with_rule(name);
                    x
                });
            (None, Some(e), estimate)
        }
    }
}

/// A status is asked for on or after the record's last event (`invalid_input` otherwise).
pub(crate) fn check_as_of(as_of: NaiveDate, last: Option<NaiveDate>) -> Result<()> {
    match last {
        Some(last) if as_of < last => Err(Error::msg(
            ErrorCode::InvalidInput,
            crate::message::process::AS_OF_BEFORE_LAST_EVENT,
            &[&as_of, &last],
        )),
        _ => Ok(()),
    }
}

impl Obligation {
    /// An open obligation as a status lists it: the texts, the party and the strength come from
    /// its row of the table; `due`, `overdue` and `provisional` from its explanation on `as_of`.
    pub(crate) fn open(
        id: ObligationId,
        trigger_date: NaiveDate,
        article: Citation,
        as_of: NaiveDate,
        explanation: Option<Explanation>,
        error: Option<ObligationError>,
        estimate: Option<crate::calendar::Estimate>,
    ) -> Obligation {
        let due = explanation.as_ref().map(|e| e.due);
        let (what_zh, what_en) = id.what().pair(&[]);
        let (consequence_zh, consequence_en) = id.consequence().pair(&[]);
        Obligation {
            id,
            what_zh,
            what_en,
            responsible: id.responsible(),
            strength: id.strength(),
            trigger_date,
            due,
            article,
            overdue: due.is_some_and(|due| as_of > due),
            consequence_zh,
            consequence_en,
            provisional: explanation.as_ref().is_some_and(|e| e.provisional_from.is_some()),
            explanation,
            error,
            estimate,
        }
    }
}

/// The obligations of `project` with their due dates. With the application's `catalog` (and
/// the date the status is for), 第七条's `catalog_completion` is met by the application's first
/// catalog completion or update on or after the approval (and before the obligation closed).
pub(crate) fn compute(
    project: &Project,
    calendar: &Calendar,
    rules: &Ruleset,
    catalog: Option<(&CatalogHistory, NaiveDate)>,
) -> Vec<Computed> {
    compute_some(project, calendar, rules, catalog, false)
}

/// As [`compute`]; with `only_open`, the met and closed obligations are skipped (their due
/// dates and explanations are not computed).
fn compute_some(
    project: &Project,
    calendar: &Calendar,
    rules: &Ruleset,
    catalog: Option<(&CatalogHistory, NaiveDate)>,
    only_open: bool,
) -> Vec<Computed> {
    let d: &Derived = project.derived();
    let mut out = Vec::new();
    for rec in &d.obligations {
        let mut met_on = rec.met_on;
        let mut closed_on = rec.closed_on;
        if let (ObligationId::CatalogCompletion, None, Some((history, as_of))) = (rec.id, met_on, catalog) {
            if let Some(on) = history.meets(rec.trigger, closed_on.map_or(as_of, |c| c.min(as_of))) {
                (met_on, closed_on) = (Some(on), None);
            }
        }
        let open = met_on.is_none() && closed_on.is_none();
        if only_open && !open {
            continue;
        }
        let (article, explanation, error, estimate) = match rec.id.rule(project.kind(), rules) {
            Some((name, rule)) => {
                let period = rec.period.unwrap_or(rule.period);
                let (explanation, error, estimate) = due_of(rec.trigger, period, rule.article, name, calendar, open);
                (rule.article, explanation, error, estimate)
            }
            None => (rec.id.article(), None, None, None),
        };
        out.push(Computed {
            id: rec.id,
            trigger: rec.trigger,
            met_on,
            open,
            article,
            explanation,
            error,
            estimate,
        });
    }
    // 第二十条: the filing is open while it blocks the joint review.
    if let (Some(amount), Some(submitted)) = (d.amount, d.plan_submitted_on) {
        if project.kind() == ProjectKind::Development
            && rules.requires_municipal_filing(amount)
            && !d.municipal_filed
            && matches!(
                d.state,
                State::DevelopmentPlanSubmitted | State::PreliminaryReviewPassed
            )
        {
            out.push(Computed {
                id: ObligationId::MunicipalFiling,
                trigger: submitted,
                met_on: None,
                open: true,
                article: rules.municipal_filing.article,
                explanation: None,
                error: None,
                estimate: None,
            });
        }
    }
    out
}

impl Computed {
    /// The open obligation as a status lists it.
    fn into_open(self, as_of: NaiveDate) -> Obligation {
        let error = self.error.as_ref().map(ObligationError::from);
        Obligation::open(
            self.id,
            self.trigger,
            self.article,
            as_of,
            self.explanation,
            error,
            self.estimate,
        )
    }
}

impl Project {
    /// The open obligations of [`Project::status`] (the same computation and the same
    /// objects), without computing the due dates of the obligations already met: what an
    /// agenda needs.
    pub(crate) fn open_obligations(
        &self,
        as_of: NaiveDate,
        calendar: &Calendar,
        rules: &Ruleset,
    ) -> Result<Vec<Obligation>> {
        check_as_of(as_of, self.events().last().map(crate::process::Event::date))?;
        Ok(
            compute_some(self, calendar, rules, self.catalog().map(|c| (c, as_of)), true)
                .into_iter()
                .map(|c| c.into_open(as_of))
                .collect(),
        )
    }

    /// The project's status as of `as_of`, with due dates from `rules` on `calendar`.
    ///
    /// # Properties
    /// - Every open obligation carries its due date and an [`Explanation`], or — when the
    ///   regulation sets no period — `due: null`, or — when the due date falls outside the
    ///   calendar data — `due: null` with an `error` (`calendar_out_of_range`). One
    ///   uncomputable deadline never hides the others, and nothing is guessed.
    /// - In a terminal state ([`State::is_terminal`]: `rejected`, `adjusted`, `withdrawn`,
    ///   `deregistered`, …) no obligation is open.
    ///
    /// # Errors
    /// `invalid_input` when `as_of` is before the last event (the status always reflects
    /// every event recorded).
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{Calendar, ErrorCode, Project, ProjectKind, Ruleset};
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let (cal, rules) = (Calendar::official(), Ruleset::default());
    /// let mut p = Project::new("FL-2026-002", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-12-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-12-31", "amount": "60万元"}"#)?;
    /// // 01-01..01-03 off, Sunday 01-04 worked: 01-04, 05, 06, 07, 08.
    /// assert_eq!(p.status(d("2026-01-05"), &cal, &rules)?.obligations[0].due, Some(d("2026-01-08")));
    /// // The status reflects every event: an as-of date before the last one is refused.
    /// assert_eq!(p.status(d("2025-12-30"), &cal, &rules).unwrap_err().code(), ErrorCode::InvalidInput);
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn status(&self, as_of: NaiveDate, calendar: &Calendar, rules: &Ruleset) -> Result<Status> {
        self.status_for_catalog(as_of, calendar, rules, self.catalog())
    }

    /// As [`Project::status`], with the application's catalog events `catalog` (第七条).
    pub(crate) fn status_for_catalog(
        &self,
        as_of: NaiveDate,
        calendar: &Calendar,
        rules: &Ruleset,
        catalog: Option<&CatalogHistory>,
    ) -> Result<Status> {
        check_as_of(as_of, self.events().last().map(crate::process::Event::date))?;
        let d = self.derived();
        let mut obligations = Vec::new();
        let mut met_late = Vec::new();
        let mut unchecked = Vec::new();
        let computed = compute(self, calendar, rules, catalog.map(|c| (c, as_of)));
        let mut receipt = Receipt::new(rules, calendar);
        for c in &computed {
            receipt.note(c.explanation.as_ref(), c.estimate.as_ref());
        }
        for c in computed {
            let due = c.explanation.as_ref().map(|e| e.due);
            if c.open {
                obligations.push(c.into_open(as_of));
            } else if let Some(met_on) = c.met_on {
                match (due, &c.error) {
                    (Some(due), _) if met_on > due => met_late.push(MetLate {
                        id: c.id,
                        due,
                        met_on,
                        article: c.article,
                    }),
                    (None, Some(err)) => unchecked.push(Unchecked {
                        id: c.id,
                        met_on,
                        error: err.into(),
                    }),
                    _ => {}
                }
            }
        }
        let overdue = overdue_ids(&obligations);
        let mut labels = self.application().labels.clone();
        labels.extend(d.labels.iter().copied());
        Ok(Status {
            schema: STATUS_SCHEMA,
            receipt,
            project_id: self.id().to_owned(),
            follows: self.follows().map(str::to_owned),
            kind: self.kind(),
            state: d.state,
            stage: d.state.stage(),
            origin: d.origin,
            as_of,
            obligations,
            overdue,
            met_late,
            unchecked,
            exceptions: d.exceptions.clone(),
            labels,
            corrections: self.amendments().to_vec(),
            closed: Vec::new(),
            warnings: crate::records::warnings(self.ruleset_id(), &event_dates(self.events()), rules),
        })
    }

    /// The status as of `as_of` under the ruleset of `rulesets` in force on that date
    /// (第四十五条): a project begun under the draft and finished under the final text is
    /// evaluated under the final text, with a warning for each rule it was not recorded under.
    ///
    /// # Errors
    /// `invalid_ruleset` when no ruleset is in force on `as_of`; then as [`Project::status`].
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use fuling_rules::{records::{Rulesets, WarningCode}, ruleset::DEFAULT_RULESET_ID, Calendar, Project, ProjectKind, Ruleset};
    /// let mut fin = Ruleset::default();
    /// fin.id = "fuling-final".into();
    /// fin.in_force_from = NaiveDate::from_ymd_opt(2026, 3, 1);
    /// fin.lead_department_review.period.count = 3; // a hypothetical final text
    /// let sets = Rulesets::new(vec![Ruleset::default(), fin])?;
    /// let mut p = Project::new("FL-2026-010", ProjectKind::Development).with_ruleset_id(DEFAULT_RULESET_ID);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2026-02-02"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-03-02", "amount": "80万元"}"#)?;
    /// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let s = p.status_in(d("2026-03-03"), &Calendar::official(), &sets)?;
    /// assert_eq!(s.receipt.ruleset_id, "fuling-final");
    /// // 3 working days after Monday 03-02: Thursday 03-05.
    /// assert_eq!(s.obligations[0].due, Some(d("2026-03-05")));
    /// let codes: Vec<_> = s.warnings.iter().map(|w| w.code).collect();
    /// assert_eq!(codes, [WarningCode::RulesetDiffers, WarningCode::EventBeforeInForce]);
    /// // Before 03-01 the draft is in force: no warning.
    /// let p2 = Project::new("FL-2026-011", ProjectKind::Development).with_ruleset_id(DEFAULT_RULESET_ID);
    /// assert!(p2.status_in(d("2026-02-27"), &Calendar::official(), &sets)?.warnings.is_empty());
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn status_in(&self, as_of: NaiveDate, calendar: &Calendar, rulesets: &Rulesets) -> Result<Status> {
        self.status(as_of, calendar, rulesets.in_force_on(as_of)?)
    }

    /// The project's timeline as a Mermaid `gantt` chart: every event as a milestone and every
    /// obligation with a period as a bar from its trigger to its due date (`done` when met in
    /// time, `crit` when met late, `active` when open). Obligations whose due date is outside
    /// the calendar data appear as a `%%` comment naming the error.
    ///
    /// # Errors
    /// None in practice; the `Result` leaves room for calendar errors that cannot be shown.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset};
    /// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
    /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
    /// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
    /// let chart = p.timeline_mermaid(&Calendar::official(), &Ruleset::default())?;
    /// assert!(chart.starts_with("gantt\n"));
    /// assert!(chart.contains("    funding_plan_submitted :milestone, e1, 2025-09-30, 0d\n"));
    /// assert!(chart.contains("    lead_department_opinion due 2025-10-14 Art. 19(2) :active, o0, 2025-09-30, 2025-10-14\n"));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn timeline_mermaid(&self, calendar: &Calendar, rules: &Ruleset) -> Result<String> {
        let mut out = String::from("gantt\n");
        let _ = writeln!(out, "    title {} {} timeline", sanitize(self.id()), self.kind().en());
        out.push_str("    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n");
        out.push_str("    section Events\n");
        for (i, e) in self.events().iter().enumerate() {
            let _ = writeln!(
                out,
                "    {} :milestone, e{i}, {}, 0d",
                e.event_type().as_str(),
                e.date()
            );
        }
        out.push_str("    section Obligations\n");
        for (i, c) in compute(self, calendar, rules, self.catalog().map(|c| (c, NaiveDate::MAX)))
            .into_iter()
            .enumerate()
        {
            match (&c.explanation, &c.error) {
                (Some(expl), _) => {
                    let (start, end) = if expl.due < c.trigger {
                        (expl.due, c.trigger)
                    } else {
                        (c.trigger, expl.due)
                    };
                    let tag = match c.met_on {
                        Some(m) if m > expl.due => "crit, ",
                        Some(_) => "done, ",
                        None if c.open => "active, ",
                        None => "",
                    };
                    let _ = writeln!(
                        out,
                        "    {} due {} {} :{tag}o{i}, {start}, {end}",
                        c.id.as_str(),
                        expl.due,
                        c.article.en()
                    );
                }
                (_, Some(err)) => {
                    let _ = writeln!(
                        out,
                        "    %% {}: {} ({})",
                        c.id.as_str(),
                        err.code(),
                        sanitize(err.message_en())
                    );
                }
                _ => {}
            }
        }
        Ok(out)
    }
}

/// Removes characters that end a Mermaid statement or a task name.
fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        out.push(if matches!(c, ':' | ';' | '#' | '\n' | '\r') {
            ' '
        } else {
            c
        });
    }
    out
}
