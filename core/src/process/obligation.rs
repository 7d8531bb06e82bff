//! The obligations (义务) the regulation sets, one row each (`obligations!`), and the
//! answer types that report them: [`Obligation`], [`MetLate`], [`Unchecked`], the
//! recorded exceptions. The replay (`effects.rs`) records them; `status.rs` computes their
//! due dates.

use crate::calendar::explain::Explanation;
use crate::citation::{Art, Citation};
use crate::error::Error;
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::message::{process as m, Msg};
use crate::model::{ProjectKind, Role};
use crate::prelude::*;
use crate::ruleset::{PeriodRule, Ruleset};
use chrono::NaiveDate;

/// The ruleset rule of an obligation's period: `none`, one field, or one field per project kind.
macro_rules! period_rule {
    ($kind:ident, $rules:ident, none) => {
        None
    };
    ($kind:ident, $rules:ident, $field:ident) => {
        Some((stringify!($field), $rules.$field))
    };
    ($kind:ident, $rules:ident, development: $dev:ident, om: $om:ident) => {
        match $kind {
            ProjectKind::Development => Some((stringify!($dev), $rules.$dev)),
            ProjectKind::Om => Some((stringify!($om), $rules.$om)),
        }
    };
}

/// The obligations, one row each: every fact about an obligation is written in its row, and
/// each accessor is generated as an exhaustive `match`.
macro_rules! obligations {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $name:literal {
            article: $art:expr,
            period: [$($period:tt)*],
            responsible: $role:ident,
            strength: $strength:ident,
            what: $what:ident,
            consequence: $consequence:ident $(,)?
        }
    )*) => {
        /// The stable identifier of an obligation (义务).
        ///
        /// # Example
        /// ```
        /// use chrono::NaiveDate;
        /// use fuling_rules::{model::Role, Calendar, ObligationId, Project, ProjectKind, Ruleset};
        /// let mut p = Project::new("FL-OM-2026-003", ProjectKind::Om);
        /// p.apply_json(r#"{"type": "om_plan_submitted", "date": "2026-02-13"}"#)?; // 第二十一条(一)
        /// let s = p.status(NaiveDate::from_ymd_opt(2026, 2, 24).unwrap(), &Calendar::official(), &Ruleset::default())?;
        /// let o = &s.obligations[0];
        /// assert_eq!((o.id, o.responsible), (ObligationId::LeadDepartmentOpinion, Role::LeadDepartment));
        /// // 5 working days: Saturday 02-14, then 02-24..02-27 after the Spring Festival.
        /// assert_eq!(o.due, NaiveDate::from_ymd_opt(2026, 2, 27));
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema, )]
        pub enum ObligationId {
            $( $(#[$doc])* #[serde(rename = $name)] $variant, )*
        }

        impl ObligationId {
            /// Every obligation, in declaration order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert_eq!(ObligationId::ALL.len(), 11);
            /// assert!(ObligationId::ALL.iter().all(|o| o.article().validate().is_ok()));
            /// ```
            pub const ALL: &'static [ObligationId] = &[ $( ObligationId::$variant, )* ];

            /// The snake_case name.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert_eq!(ObligationId::DeregistrationCompletion.as_str(), "deregistration_completion");
            /// assert_eq!(ObligationId::LeadDepartmentOpinion.to_string(), "lead_department_opinion");
            /// ```
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }

            /// The ruleset rule (field name and rule) that sets the period, if the regulation sets one.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{Art, ObligationId, Period, ProjectKind, Ruleset};
            /// let rules = Ruleset::default();
            /// let (name, rule) = ObligationId::LeadDepartmentOpinion.rule(ProjectKind::Om, &rules).unwrap();
            /// assert_eq!((name, rule.period, rule.article), ("om_lead_department_review", Period::working_days(5), Art::new(21).item(2)));
            /// assert!(ObligationId::FaultReport.rule(ProjectKind::Om, &rules).is_none()); // "及时": no period
            /// ```
            pub fn rule(self, kind: ProjectKind, rules: &Ruleset) -> Option<(&'static str, PeriodRule)> {
                match self { $( ObligationId::$variant => period_rule!(kind, rules, $($period)*), )* }
            }

            /// The article that sets the obligation. Where the obligation has a period, the
            /// status cites the ruleset rule's article instead (a revised ruleset may cite another).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{Art, ObligationId};
            /// assert_eq!(ObligationId::FaultReport.article(), Art::new(33));
            /// assert_eq!(ObligationId::DevelopmentStart.article(), Art::new(19).item(5));
            /// ```
            pub const fn article(self) -> Citation {
                match self { $( ObligationId::$variant => $art, )* }
            }

            /// Who must act.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{model::Role, ObligationId};
            /// assert_eq!(ObligationId::JointReviewOrganisation.responsible(), Role::BigDataBureau); // 第十九条(四)
            /// assert_eq!(ObligationId::CatalogCompletion.responsible(), Role::ResponsibleDepartment); // 第七条
            /// ```
            pub const fn responsible(self) -> Role {
                match self { $( ObligationId::$variant => Role::$role, )* }
            }

            /// How binding the text makes the obligation (应当 or 原则上).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{process::Strength, ObligationId};
            /// assert_eq!(ObligationId::DevelopmentStart.strength(), Strength::InPrinciple); // 第十九条(五) 原则上
            /// assert_eq!(ObligationId::LeadDepartmentOpinion.strength(), Strength::Shall);
            /// ```
            pub const fn strength(self) -> Strength {
                match self { $( ObligationId::$variant => Strength::$strength, )* }
            }

            /// What must be done: its message in the catalogue (`crate::message::process`).
            pub(crate) const fn what(self) -> Msg {
                match self { $( ObligationId::$variant => m::$what, )* }
            }

            /// What follows when the obligation is missed: its message in the catalogue.
            pub(crate) const fn consequence(self) -> Msg {
                match self { $( ObligationId::$variant => m::$consequence, )* }
            }

            /// What must be done, in Chinese (a row of the message catalogue; without the feature
            /// `message-text`, the message's token).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert_eq!(ObligationId::LeadDepartmentOpinion.what_zh(), "应用牵头部门提出审核意见");
            /// ```
            pub fn what_zh(self) -> String {
                self.what().zh(&[])
            }

            /// What must be done, in English (a row of the message catalogue; without the feature
            /// `message-text`, the message's token).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert_eq!(ObligationId::FaultReport.what_en(), "repair the major fault and write the fault report");
            /// ```
            pub fn what_en(self) -> String {
                self.what().en(&[])
            }

            /// What follows when the obligation is missed, in Chinese (a row of the message catalogue; without the feature
            /// `message-text`, the message's token).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert!(ObligationId::DevelopmentStart.consequence_zh().contains("领导小组同意后对相关项目进行调整"));
            /// assert_eq!(ObligationId::LeadDepartmentOpinion.consequence_zh(), "本办法未规定逾期后果");
            /// ```
            pub fn consequence_zh(self) -> String {
                self.consequence().zh(&[])
            }

            /// What follows when the obligation is missed, in English (a row of the message catalogue; without the feature
            /// `message-text`, the message's token).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::ObligationId;
            /// assert!(ObligationId::DevelopmentPlanSubmission.consequence_en().ends_with("(Art. 19(3))"));
            /// ```
            pub fn consequence_en(self) -> String {
                self.consequence().en(&[])
            }
        }
    };
}

obligations! {
    /// 第二十四条: the written preliminary review application, at least 10 working days before the declaration.
    PreliminaryReviewApplication = "preliminary_review_application" {
        article: Art::new(24),
        period: [preliminary_review_application],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_PRELIMINARY_REVIEW_APPLICATION,
        consequence: NO_CONSEQUENCE_FOR_LATENESS,
    }
    /// 第十九条(二) / 第二十一条(二): the lead department's opinion within 5 working days.
    LeadDepartmentOpinion = "lead_department_opinion" {
        article: Art::new(19).item(2),
        period: [development: lead_department_review, om: om_lead_department_review],
        responsible: LeadDepartment,
        strength: Shall,
        what: OBLIGATION_LEAD_DEPARTMENT_OPINION,
        consequence: NO_CONSEQUENCE_FOR_LATENESS,
    }
    /// 第十九条(三): the development plan within 60 working days of the preliminary funding plan.
    DevelopmentPlanSubmission = "development_plan_submission" {
        article: Art::new(19).item(3),
        period: [development_plan_submission],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_DEVELOPMENT_PLAN_SUBMISSION,
        consequence: LATE_DEVELOPMENT_PLAN_ADJUSTMENT,
    }
    /// 第二十条: the municipal filing before the joint review (no period; open while it blocks).
    MunicipalFiling = "municipal_filing" {
        article: Art::new(20),
        period: [none],
        responsible: BigDataBureau,
        strength: Shall,
        what: OBLIGATION_MUNICIPAL_FILING,
        consequence: UNFILED_NO_JOINT_REVIEW,
    }
    /// 第十九条(四): the joint review organised within 10 working days of the preliminary review.
    JointReviewOrganisation = "joint_review_organisation" {
        article: Art::new(19).item(4),
        period: [joint_review_organisation],
        responsible: BigDataBureau,
        strength: Shall,
        what: OBLIGATION_JOINT_REVIEW_ORGANISATION,
        consequence: NO_CONSEQUENCE_FOR_LATENESS,
    }
    /// 第七条: the catalog information completed within 7 working days of the approval document.
    CatalogCompletion = "catalog_completion" {
        article: Art::new(7),
        period: [catalog_completion],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_CATALOG_COMPLETION,
        consequence: LATE_CATALOG_NO_CONSEQUENCE,
    }
    /// 第十九条(五): development started, in principle within 60 working days of the approval document.
    DevelopmentStart = "development_start" {
        article: Art::new(19).item(5),
        period: [development_start],
        responsible: ResponsibleDepartment,
        strength: InPrinciple,
        what: OBLIGATION_DEVELOPMENT_START,
        consequence: LATE_DEVELOPMENT_START_ADJUSTMENT,
    }
    /// 第三十三条: the trial-run report within 1 month after the trial ends.
    TrialRunReport = "trial_run_report" {
        article: Art::new(33),
        period: [trial_run_report],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_TRIAL_RUN_REPORT,
        consequence: LATE_TRIAL_RUN_REPORT_NO_CONSEQUENCE,
    }
    /// 第三十三条: the fault report after a major fault (及时: no period).
    FaultReport = "fault_report" {
        article: Art::new(33),
        period: [none],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_FAULT_REPORT,
        consequence: NO_CONSEQUENCE_FOR_LATENESS,
    }
    /// 第三十九条: the rectification the evaluation's opinion asks for (no period).
    Rectification = "rectification" {
        article: Art::new(39),
        period: [none],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_RECTIFICATION,
        consequence: LATE_RECTIFICATION_NO_CONSEQUENCE,
    }
    /// 第四十二条: the deregistration completed within 5 working days of the municipal approval.
    DeregistrationCompletion = "deregistration_completion" {
        article: Art::new(42),
        period: [deregistration_completion],
        responsible: ResponsibleDepartment,
        strength: Shall,
        what: OBLIGATION_DEREGISTRATION_COMPLETION,
        consequence: NO_CONSEQUENCE_FOR_LATENESS,
    }
}

impl core::fmt::Display for ObligationId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How binding the text makes an obligation.
///
/// # Example
/// ```
/// use fuling_rules::process::Strength;
/// assert_eq!(serde_json::to_string(&Strength::InPrinciple).unwrap(), r#""in_principle""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// 应当 / 须, or a period set without qualification.
    Shall,
    /// 原则上: the rule admits exceptions (第十九条(五)); being late is not by itself a breach.
    InPrinciple,
}

/// An error attached to one obligation (e.g. its due date is outside the calendar data).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-2026-049", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2026-12-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-12-01", "amount": "80万元"}"#)?;
/// p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-12-02"}"#)?;
/// p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-12-03"}"#)?;
/// // 第十九条(三): 60 working days after 12-03 lie beyond the data (it ends 2026-12-31): not guessed.
/// let s = p.status(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// let o = &s.obligations[0];
/// assert_eq!((o.due, o.overdue), (None, false));
/// assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct ObligationError {
    /// The stable error code (e.g. `calendar_out_of_range`).
    pub code: String,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

impl From<&Error> for ObligationError {
    fn from(e: &Error) -> Self {
        ObligationError {
            code: e.code().as_str().to_owned(),
            message_zh: e.message_zh().to_owned(),
            message_en: e.message_en().to_owned(),
        }
    }
}

/// One open obligation (待履行义务).
///
/// # Properties
/// - `due` is the last day on which the act is in time (for `preliminary_review_application`,
///   counted backward from the declaration date: the latest day to apply).
/// - `due: null` with no `error`: the regulation sets no period ("及时", or "before the joint review").
/// - `due: null` with an `error` (`calendar_out_of_range`): the due date lies outside the calendar
///   data; nothing is guessed, `overdue` is false, and the other obligations are unaffected.
/// - `overdue` is `as_of > due`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Art, Calendar, Project, ProjectKind, Ruleset};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let (cal, rules) = (Calendar::official(), Ruleset::default());
/// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
/// let o = p.status(d("2025-10-14"), &cal, &rules)?.obligations[0].clone();
/// assert_eq!((o.trigger_date, o.due, o.article), (d("2025-09-30"), Some(d("2025-10-14")), Art::new(19).item(2)));
/// assert!(!o.overdue); // the due day itself is in time
/// assert!(o.explanation.unwrap().sentence_en().contains("Saturday 10-11 worked"));
/// assert!(p.status(d("2025-10-15"), &cal, &rules)?.obligations[0].overdue);
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Obligation {
    /// Stable identifier.
    pub id: ObligationId,
    /// What must be done, in Chinese.
    pub what_zh: String,
    /// What must be done, in English.
    pub what_en: String,
    /// Who must act.
    pub responsible: Role,
    /// How binding the text makes it (`shall` or `in_principle`): an overdue `in_principle`
    /// obligation is late against a rule the text allows exceptions to.
    pub strength: Strength,
    /// The date that started the period (for Art. 24: the declaration date).
    pub trigger_date: NaiveDate,
    /// The due date, when the regulation sets a period and the calendar covers it.
    pub due: Option<NaiveDate>,
    /// The article.
    pub article: Citation,
    /// Whether `as_of` is after `due`.
    pub overdue: bool,
    /// What follows when missed, in Chinese.
    pub consequence_zh: String,
    /// What follows when missed, in English.
    pub consequence_en: String,
    /// Why the due date is what it is.
    pub explanation: Option<Explanation>,
    /// Why the due date could not be computed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ObligationError>,
    /// On a calendar with provisional years: the due date relies on provisional days.
    /// Absent when false.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub provisional: bool,
    /// With a `calendar_out_of_range` error on a strict calendar: the due date on the
    /// provisional calendar, labelled ([`crate::calendar::Estimate`]). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<crate::calendar::Estimate>,
}

/// An obligation met after its due date (逾期履行).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, ObligationId, Project, ProjectKind, Ruleset};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let mut p = Project::new("FL-2025-030", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?;
/// p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2025-10-15"}"#)?; // due 10-14
/// let s = p.status(d("2025-10-15"), &Calendar::official(), &Ruleset::default())?;
/// let late = &s.met_late[0];
/// assert_eq!((late.id, late.due, late.met_on), (ObligationId::LeadDepartmentOpinion, d("2025-10-14"), d("2025-10-15")));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct MetLate {
    /// The obligation.
    pub id: ObligationId,
    /// Its due date.
    pub due: NaiveDate,
    /// When it was met.
    pub met_on: NaiveDate,
    /// The article.
    pub article: Citation,
}

/// A met obligation whose due date could not be computed, so lateness is unknown.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{Calendar, ObligationId, Project, ProjectKind, Ruleset};
/// let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
/// let mut p = Project::new("FL-2026-049", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledgered", "date": "2026-12-01"}"#)?;
/// p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-12-01", "amount": "80万元"}"#)?;
/// p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-12-02"}"#)?;
/// p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-12-03"}"#)?;
/// p.apply_json(r#"{"type": "development_plan_submitted", "date": "2026-12-21", "amount": "80万元"}"#)?;
/// // Met, but its due date (60 working days after 12-03) is beyond the data: lateness unknown.
/// let s = p.status(d("2026-12-21"), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!((s.unchecked[0].id, s.unchecked[0].met_on), (ObligationId::DevelopmentPlanSubmission, d("2026-12-21")));
/// assert_eq!(s.unchecked[0].error.code, "calendar_out_of_range");
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct Unchecked {
    /// The obligation.
    pub id: ObligationId,
    /// When it was met.
    pub met_on: NaiveDate,
    /// Why the due date is unknown.
    pub error: ObligationError,
}

/// The kinds of exception the regulation allows and the project recorded.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{process::ExceptionKind, Art, Calendar, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-OM-2025-011", ProjectKind::Om);
/// // 第二十五条: funding arranged outside the department's annual budget.
/// p.apply_json(r#"{"type": "outside_budget_funding_arranged", "date": "2025-03-03", "basis": "纳入市级考核的续建项目"}"#)?;
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// assert_eq!((s.exceptions[0].kind, s.exceptions[0].article), (ExceptionKind::OutsideAnnualBudget, Art::new(25)));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionKind {
    /// 第十四条: ledgered with the leading group's consent outside the 三张清单 rules.
    LeadingGroupLedger,
    /// 第三十三条 原则上: the trial run ended before its minimum, with an approved exception.
    TrialRunShortened,
    /// 第二十五条: funded outside the department's annual budget.
    OutsideAnnualBudget,
}

/// An exception recorded by an event, with its basis (例外情形).
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use fuling_rules::{process::ExceptionKind, Calendar, Project, ProjectKind, Ruleset};
/// let mut p = Project::new("FL-2025-017", ProjectKind::Development);
/// p.apply_json(r#"{"type": "ledger_exception_requested", "date": "2025-04-01", "ground": "municipal_assessment", "basis": "纳入2025年市级数字重庆建设考核"}"#)?;
/// p.apply_json(r#"{"type": "ledgered", "date": "2025-04-21", "leading_group_consent": "领导小组2025年第3次会议"}"#)?;
/// let s = p.status(NaiveDate::from_ymd_opt(2025, 4, 21).unwrap(), &Calendar::official(), &Ruleset::default())?;
/// let x = &s.exceptions[0]; // 第十四条
/// assert_eq!(x.kind, ExceptionKind::LeadingGroupLedger);
/// assert_eq!(x.basis, "纳入2025年市级数字重庆建设考核");
/// assert_eq!(x.approved_by.as_deref(), Some("领导小组2025年第3次会议"));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
pub struct ExceptionRecord {
    /// The kind.
    pub kind: ExceptionKind,
    /// The date of the event that recorded it.
    pub date: NaiveDate,
    /// The basis given.
    pub basis: String,
    /// Who approved it (the leading group's consent, the approver of a shortened trial), when given.
    pub approved_by: Option<String>,
    /// The article allowing it.
    pub article: Citation,
}
