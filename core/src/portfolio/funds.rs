//! The fund view (资金视图, 第十九条, 第二十条, 第二十一条, 第二十五条): the amounts at each
//! stage per year and lead department, the plans that need the municipal filing, the
//! 第二十五条 exceptions, adjustments and withdrawals.
//!
//! The year of an amount is the year of the event that set it (the latest event setting that
//! stage's amount for the project): a plan submitted in December 2025 and approved in January
//! 2026 counts as 2025 in `development_plan` and as 2026 in `approved`.

use super::Portfolio;
use crate::citation::{Art, Citation};
use crate::json_output::ToJson;
use crate::model::ProjectKind;
use crate::money::Amount;
use crate::prelude::*;
use crate::process::{Event, Project};
use crate::ruleset::Ruleset;
use alloc::collections::BTreeMap;
use chrono::{Datelike, NaiveDate};

/// The amounts of one year and one lead department (sums over the projects; a sum saturates
/// at [`Amount::MAX`], far beyond any plan).
///
/// # Example
/// ```
/// use fuling_rules::{portfolio::Portfolio, Amount};
/// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "development", "events": [{"type": "ledgered", "date": "2025-09-01"}, {"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}]}"#);
/// let row = &p.fund_view(Some(2025)).rows[0];
/// assert_eq!((row.year, row.funding_requested, row.projects), (2025, Amount::from_yuan(1_200_000)?, 1));
/// # Ok::<(), fuling_rules::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct FundRow {
    /// The year of the events that set the amounts.
    pub year: i32,
    /// The applications' lead department (应用牵头部门, 第三条(五)); `None` when not named.
    pub lead_department: Option<String>,
    /// 资金需求计划 (第十九条(一), `funding_plan_submitted`).
    #[schemars(with = "String")]
    pub funding_requested: Amount,
    /// 初步资金计划 (第十九条(二), `preliminary_funding_plan_set`; without an amount, the
    /// requested one; re-planned by `project_replanned` for 第十九条(三)).
    #[schemars(with = "String")]
    pub preliminary_funding: Amount,
    /// 应用开发资金计划 (第十九条(三), 第二十条, `development_plan_submitted`).
    #[schemars(with = "String")]
    pub development_plan: Amount,
    /// The O&M plan's amount (第二十一条(一), `om_plan_submitted`).
    #[schemars(with = "String")]
    pub om_plan: Amount,
    /// The approved amount (批复金额, `approved`; re-planned by `project_replanned` for
    /// 第十九条(五)).
    #[schemars(with = "String")]
    pub approved: Amount,
    /// The projects with an amount set this year.
    pub projects: u32,
    /// Plans of 500万元 (含) or more set this year ([`FundView::large_plans`]).
    pub large_plans: u32,
    /// Of those, the ones without a recorded municipal filing (第二十条).
    pub large_plans_unfiled: u32,
    /// 第二十五条 exceptions recorded this year.
    pub outside_budget: u32,
    /// Adjustments (第十九条(三)(五): taken out of the plan, or re-planned) recorded this year.
    pub adjustments: u32,
    /// Withdrawals recorded this year.
    pub withdrawals: u32,
}

/// A development plan of 500万元 (含) or more (第二十条) and whether its municipal filing is
/// recorded.
///
/// # Example
/// ```
/// use fuling_rules::portfolio::Portfolio;
/// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-1", "kind": "development", "events": [{"type": "ledgered", "date": "2025-09-01"}, {"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "500万元"}, {"type": "lead_department_reviewed", "date": "2025-09-02"}, {"type": "preliminary_funding_plan_set", "date": "2025-09-03"}, {"type": "development_plan_submitted", "date": "2025-10-09", "amount": "500万元"}]}"#);
/// let plan = &p.fund_view(None).large_plans[0];
/// assert_eq!((plan.project_id.as_str(), plan.filed), ("FL-1", false)); // 500万元 is inclusive
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct LargePlan {
    /// The year of the plan's submission.
    pub year: i32,
    /// The lead department, when named.
    pub lead_department: Option<String>,
    /// The project.
    pub project_id: String,
    /// The application.
    pub application_id: String,
    /// The plan's amount (应用开发资金计划).
    #[schemars(with = "String")]
    pub amount: Amount,
    /// The date the plan was submitted.
    pub plan_date: NaiveDate,
    /// Whether `municipal_filing_submitted` is recorded.
    pub filed: bool,
    /// The date of the filing, when recorded.
    pub filed_on: Option<NaiveDate>,
    /// 第二十条.
    pub article: Citation,
}

/// What a [`FundEvent`] records.
///
/// # Example
/// ```
/// use fuling_rules::portfolio::FundEventKind;
/// assert_eq!(serde_json::to_string(&FundEventKind::OutsideAnnualBudget).unwrap(), r#""outside_annual_budget""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FundEventKind {
    /// 第二十五条: funding arranged outside the department's annual budget.
    OutsideAnnualBudget,
    /// 第十九条(三)(五): taken out of the plan (`project_adjusted`).
    Adjusted,
    /// 第十九条(三)(五): re-planned (`project_replanned`).
    Replanned,
    /// Withdrawn by the responsible department (`withdrawn`; not in the text).
    Withdrawn,
}

/// An event that changes the funding picture: an exception, an adjustment or a withdrawal.
///
/// # Example
/// ```
/// use fuling_rules::{portfolio::{FundEventKind, Portfolio}, Art};
/// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-OM-1", "kind": "om", "events": [{"type": "outside_budget_funding_arranged", "date": "2025-03-03", "basis": "纳入市级考核的续建项目"}]}"#);
/// let x = &p.fund_view(None).exceptions[0];
/// assert_eq!((x.kind, x.article, x.basis.as_deref()), (FundEventKind::OutsideAnnualBudget, Some(Art::new(25)), Some("纳入市级考核的续建项目")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct FundEvent {
    /// The year of the event.
    pub year: i32,
    /// The lead department, when named.
    pub lead_department: Option<String>,
    /// The project.
    pub project_id: String,
    /// The application.
    pub application_id: String,
    /// What it records.
    pub kind: FundEventKind,
    /// The event's date.
    pub date: NaiveDate,
    /// The amount concerned: a re-planning's new amount; for the others the project's latest
    /// amount then (approved, else planned, else requested); `None` when none was recorded.
    #[schemars(with = "Option<String>")]
    pub amount: Option<Amount>,
    /// The basis (第二十五条), the leading group's consent (adjustments) or the reason
    /// (withdrawals), as recorded.
    pub basis: Option<String>,
    /// The article (none for a withdrawal, which the text does not provide for).
    pub article: Option<Citation>,
}

/// The fund view of a portfolio ([`Portfolio::fund_view`]).
///
/// # Example
/// ```
/// use fuling_rules::portfolio::Portfolio;
/// let v = Portfolio::new().fund_view(Some(2025));
/// assert_eq!(v.year, Some(2025));
/// assert!(v.rows.is_empty() && v.large_plans.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct FundView {
    /// The year asked for; `None`: every year.
    pub year: Option<i32>,
    /// The ruleset whose 第二十条 threshold decided `large_plans`.
    pub ruleset_id: String,
    /// One row per year and lead department, by year then department (unnamed first).
    pub rows: Vec<FundRow>,
    /// Plans of 500万元 (含) or more, by date then project.
    pub large_plans: Vec<LargePlan>,
    /// 第二十五条 exceptions, by date then project.
    pub exceptions: Vec<FundEvent>,
    /// Adjustments and re-plannings, by date then project.
    pub adjustments: Vec<FundEvent>,
    /// Withdrawals, by date then project.
    pub withdrawals: Vec<FundEvent>,
}

/// The latest amount of each stage of one project, with the date of the event that set it.
#[derive(Default)]
struct Stages {
    requested: Option<(Amount, NaiveDate)>,
    preliminary: Option<(Amount, NaiveDate)>,
    plan: Option<(Amount, NaiveDate)>,
    om: Option<(Amount, NaiveDate)>,
    approved: Option<(Amount, NaiveDate)>,
    filed_on: Option<NaiveDate>,
}

impl Stages {
    fn current(&self) -> Option<Amount> {
        self.approved
            .or(self.plan)
            .or(self.om)
            .or(self.preliminary)
            .or(self.requested)
            .map(|(a, _)| a)
    }
}

fn add(sum: &mut Amount, a: Amount) {
    *sum = sum.checked_add(a).unwrap_or(Amount::MAX);
}

struct Walk<'a> {
    project: &'a Project,
    lead: Option<String>,
    stages: Stages,
    events: Vec<FundEvent>,
}

impl Walk<'_> {
    fn event(
        &mut self,
        kind: FundEventKind,
        date: NaiveDate,
        amount: Option<Amount>,
        basis: Option<&str>,
        article: Option<Citation>,
    ) {
        self.events.push(FundEvent {
            year: date.year(),
            lead_department: self.lead.clone(),
            project_id: self.project.id().to_owned(),
            application_id: self.project.application().id.clone(),
            kind,
            date,
            amount,
            basis: basis.map(str::to_owned),
            article,
        });
    }

    fn step(&mut self, e: &Event) {
        use crate::process::AdjustmentReason as Why;
        let date = e.date();
        let s = &mut self.stages;
        match e {
            Event::FundingPlanSubmitted { amount, .. } => s.requested = Some((*amount, date)),
            Event::PreliminaryFundingPlanSet { amount, .. } => {
                // Without an amount the preliminary plan keeps the latest one (the requested).
                let latest = s.preliminary.or(s.requested).map(|(a, _)| a);
                s.preliminary = amount.or(latest).map(|a| (a, date));
            }
            Event::DevelopmentPlanSubmitted { amount, .. } => s.plan = Some((*amount, date)),
            Event::OmPlanSubmitted { amount, .. } => {
                if let Some(a) = amount {
                    s.om = Some((*a, date));
                }
            }
            Event::Approved { amount, .. } => {
                if let Some(a) = amount {
                    s.approved = Some((*a, date));
                }
            }
            Event::MunicipalFilingSubmitted { .. } => s.filed_on = Some(date),
            Event::OutsideBudgetFundingArranged { basis, .. } => {
                let amount = s.current();
                self.event(
                    FundEventKind::OutsideAnnualBudget,
                    date,
                    amount,
                    Some(basis),
                    Some(Art::new(25)),
                );
            }
            Event::ProjectAdjusted {
                reason,
                leading_group_consent,
                ..
            } => {
                let amount = s.current();
                self.event(
                    FundEventKind::Adjusted,
                    date,
                    amount,
                    Some(leading_group_consent),
                    Some(reason.article()),
                );
            }
            Event::ProjectReplanned {
                reason,
                leading_group_consent,
                amount,
                ..
            } => {
                if let Some(a) = amount {
                    // As the replay (effects.rs): 第十九条(三) re-plans the funding before the
                    // development plan, 第十九条(五) the approved amount.
                    match reason {
                        Why::DevelopmentPlanOverdue => s.preliminary = Some((*a, date)),
                        Why::DevelopmentStartOverdue => s.approved = Some((*a, date)),
                    }
                }
                self.event(
                    FundEventKind::Replanned,
                    date,
                    *amount,
                    Some(leading_group_consent),
                    Some(reason.article()),
                );
            }
            Event::Withdrawn { reason, .. } => {
                let amount = s.current();
                self.event(FundEventKind::Withdrawn, date, amount, reason.as_deref(), None);
            }
            Event::DeclarationPlanned { .. }
            | Event::PreliminaryReviewApplied { .. }
            | Event::HigherApprovalFiled { .. }
            | Event::LedgerExceptionRequested { .. }
            | Event::Ledgered { .. }
            | Event::LedgerExceptionRefused { .. }
            | Event::HigherApprovalRefused { .. }
            | Event::LeadDepartmentReviewed { .. }
            | Event::PreliminaryReviewPassed { .. }
            | Event::PreliminaryReviewReturned { .. }
            | Event::PreliminaryReviewFailed { .. }
            | Event::JointReviewOrganised { .. }
            | Event::Rejected { .. }
            | Event::CatalogCompleted { .. }
            | Event::CatalogUpdated { .. }
            | Event::DevelopmentStarted { .. }
            | Event::OmStarted { .. }
            | Event::TestingCompleted { .. }
            | Event::Released { .. }
            | Event::TrialRunStarted { .. }
            | Event::TrialRunEnded { .. }
            | Event::TrialRunFailed { .. }
            | Event::TrialRunReportSubmitted { .. }
            | Event::MajorFaultOccurred { .. }
            | Event::FaultReportSubmitted { .. }
            | Event::Accepted { .. }
            | Event::MajorIterationStarted { .. }
            | Event::LabelMarked { .. }
            | Event::Evaluated { .. }
            | Event::RectificationRequired { .. }
            | Event::Rectified { .. }
            | Event::DeregistrationApplied { .. }
            | Event::DeregistrationApproved { .. }
            | Event::DeregistrationRefused { .. }
            | Event::Deregistered { .. } => {}
        }
    }
}

impl Portfolio {
    /// The fund view with [`Ruleset::default`]'s 第二十条 threshold; see
    /// [`Portfolio::fund_view_with`].
    ///
    /// # Example
    /// ```
    /// use fuling_rules::portfolio::Portfolio;
    /// assert_eq!(Portfolio::new().fund_view(None).ruleset_id, fuling_rules::ruleset::DEFAULT_RULESET_ID);
    /// ```
    pub fn fund_view(&self, year: Option<i32>) -> FundView {
        self.fund_view_with(year, &Ruleset::default())
    }

    /// Per year and per lead department: the amounts at each stage (资金需求计划, 初步资金计划,
    /// 应用开发资金计划 or the O&M plan, the approved amount), the plans of 500万元 (含) or more
    /// under `rules` (第二十条) and whether their municipal filing is recorded, 第二十五条
    /// exceptions, adjustments and withdrawals; only `year` when given.
    ///
    /// # Properties
    /// - The year of an amount is the year of the event that set it (the latest event setting
    ///   that stage for the project).
    /// - Stage sums include every project that recorded the amount, whatever happened to it
    ///   since (adjusted, withdrawn, rejected): `adjustments` and `withdrawals` list those.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{portfolio::Portfolio, Amount, Ruleset};
    /// let p = Portfolio::from_jsonl(r#"{"schema": 2, "id": "FL-OM-1", "kind": "om", "events": [{"type": "om_plan_submitted", "date": "2025-12-29", "amount": "36万元"}, {"type": "lead_department_reviewed", "date": "2025-12-30"}, {"type": "joint_review_organised", "date": "2026-01-05"}, {"type": "approved", "date": "2026-01-06", "amount": "30万元"}]}"#);
    /// let v = p.fund_view_with(None, &Ruleset::default());
    /// // The plan counts in 2025, the approval in 2026: the year of the event that set each.
    /// assert_eq!((v.rows[0].year, v.rows[0].om_plan), (2025, Amount::from_yuan(360_000)?));
    /// assert_eq!((v.rows[1].year, v.rows[1].approved), (2026, Amount::from_yuan(300_000)?));
    /// # Ok::<(), fuling_rules::Error>(())
    /// ```
    pub fn fund_view_with(&self, year: Option<i32>, rules: &Ruleset) -> FundView {
        let mut rows: BTreeMap<(i32, Option<String>), FundRow> = BTreeMap::new();
        let mut large_plans = Vec::new();
        let (mut exceptions, mut adjustments, mut withdrawals) = (Vec::new(), Vec::new(), Vec::new());
        let wanted = |y: i32| year.is_none_or(|w| w == y);
        for project in &self.projects {
            let lead = Portfolio::department(self.metadata_of(project), crate::model::Role::LeadDepartment);
            let mut walk = Walk {
                project,
                lead: lead.clone(),
                stages: Stages::default(),
                events: Vec::new(),
            };
            for e in project.events() {
                walk.step(e);
            }
            let Walk { stages, events, .. } = walk;
            let mut years: Vec<i32> = Vec::new();
            type Field = fn(&mut FundRow) -> &mut Amount;
            let stage_list: [(Option<(Amount, NaiveDate)>, Field); 5] = [
                (stages.requested, |r| &mut r.funding_requested),
                (stages.preliminary, |r| &mut r.preliminary_funding),
                (stages.plan, |r| &mut r.development_plan),
                (stages.om, |r| &mut r.om_plan),
                (stages.approved, |r| &mut r.approved),
            ];
            for (stage, field) in stage_list {
                let Some((amount, date)) = stage else { continue };
                let y = date.year();
                if !wanted(y) {
                    continue;
                }
                let r = rows
                    .entry((y, lead.clone()))
                    .or_insert_with(|| empty_row(y, lead.clone()));
                let sum = field(r);
                add(sum, amount);
                if !years.contains(&y) {
                    years.push(y);
                    r.projects += 1;
                }
            }
            if let Some((amount, date)) = stages.plan {
                if project.kind() == ProjectKind::Development
                    && rules.requires_municipal_filing(amount)
                    && wanted(date.year())
                {
                    let r = rows
                        .entry((date.year(), lead.clone()))
                        .or_insert_with(|| empty_row(date.year(), lead.clone()));
                    r.large_plans += 1;
                    r.large_plans_unfiled += u32::from(stages.filed_on.is_none());
                    large_plans.push(LargePlan {
                        year: date.year(),
                        lead_department: lead.clone(),
                        project_id: project.id().to_owned(),
                        application_id: project.application().id.clone(),
                        amount,
                        plan_date: date,
                        filed: stages.filed_on.is_some(),
                        filed_on: stages.filed_on,
                        article: rules.municipal_filing.article,
                    });
                }
            }
            for e in events.into_iter().filter(|e| wanted(e.year)) {
                let r = rows
                    .entry((e.year, lead.clone()))
                    .or_insert_with(|| empty_row(e.year, lead.clone()));
                match e.kind {
                    FundEventKind::OutsideAnnualBudget => {
                        r.outside_budget += 1;
                        exceptions.push(e);
                    }
                    FundEventKind::Adjusted | FundEventKind::Replanned => {
                        r.adjustments += 1;
                        adjustments.push(e);
                    }
                    FundEventKind::Withdrawn => {
                        r.withdrawals += 1;
                        withdrawals.push(e);
                    }
                }
            }
        }
        large_plans.sort_by(|a, b| (a.plan_date, &a.project_id).cmp(&(b.plan_date, &b.project_id)));
        for list in [&mut exceptions, &mut adjustments, &mut withdrawals] {
            list.sort_by(|a, b| (a.date, &a.project_id).cmp(&(b.date, &b.project_id)));
        }
        FundView {
            year,
            ruleset_id: rules.id.clone(),
            rows: rows.into_values().collect(),
            large_plans,
            exceptions,
            adjustments,
            withdrawals,
        }
    }
}

fn empty_row(year: i32, lead_department: Option<String>) -> FundRow {
    FundRow {
        year,
        lead_department,
        funding_requested: Amount::ZERO,
        preliminary_funding: Amount::ZERO,
        development_plan: Amount::ZERO,
        om_plan: Amount::ZERO,
        approved: Amount::ZERO,
        projects: 0,
        large_plans: 0,
        large_plans_unfiled: 0,
        outside_budget: 0,
        adjustments: 0,
        withdrawals: 0,
    }
}
