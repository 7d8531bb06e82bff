//! What an accepted event changes: the state, and what the replay derives besides it
//! (origin, amount, obligations opened and met, exceptions, labels, ...).

use super::derived::{Derived, ObligationRecord};
use super::event::{AdjustmentReason, Disposal, Event};
use super::obligation::{ExceptionKind, ExceptionRecord, ObligationId};
use super::state::State;
use super::table::Transition;
use crate::calendar::{due_date, Calendar, Period};
use crate::citation::Art;
use crate::model::{Application, ProjectKind, ProjectOrigin};
use crate::ruleset::Ruleset;
use chrono::NaiveDate;

impl Derived {
    /// The derived state after `event` (guards already checked) of a project of `kind` for
    /// `application`.
    pub(super) fn next(
        &self,
        kind: ProjectKind,
        application: &Application,
        row: &Transition,
        event: &Event,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Derived {
        let mut d = self.clone();
        let date = event.date();
        // 第三十七条: the application's catalog updates count from the project's first event on.
        if d.last_date.is_none() {
            d.catalog_since = Some(date);
        }
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
                period: None,
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
                        period: None,
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
                if self.state == State::ExceptionRequested {
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
                d.amount = Some(*amount);
                d.plan_submitted_on = Some(date);
                meet(&mut d, ObligationId::DevelopmentPlanSubmission);
            }
            Event::MunicipalFilingSubmitted { .. } => d.municipal_filed = true,
            Event::PreliminaryReviewPassed { .. } => open(&mut d, ObligationId::JointReviewOrganisation, date),
            Event::JointReviewOrganised { .. } => meet(&mut d, ObligationId::JointReviewOrganisation),
            Event::Approved {
                in_special_fund_plan,
                amount,
                ..
            } => {
                d.approved_on = Some(date);
                d.approved_amount = *amount;
                d.in_special_fund_plan = *in_special_fund_plan;
                open(&mut d, ObligationId::CatalogCompletion, date);
                if kind == ProjectKind::Development && *in_special_fund_plan {
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
            Event::ProjectReplanned {
                reason,
                new_due,
                amount,
                ..
            } => {
                let id = match reason {
                    AdjustmentReason::DevelopmentPlanOverdue => ObligationId::DevelopmentPlanSubmission,
                    AdjustmentReason::DevelopmentStartOverdue => ObligationId::DevelopmentStart,
                };
                if let Some(o) = d.obligations.iter_mut().find(|o| o.id == id && o.open()) {
                    o.closed_on = Some(date);
                }
                // A new deadline is a day count from the re-planning date (a rest day rolls
                // forward, 民法典 第二百零三条); without one the period runs again.
                let period = new_due.map(|due| Period::days(u32::try_from((due - date).num_days()).unwrap_or(0)));
                d.obligations.push(ObligationRecord {
                    id,
                    trigger: date,
                    met_on: None,
                    closed_on: None,
                    period,
                });
                if let Some(a) = amount {
                    match reason {
                        AdjustmentReason::DevelopmentPlanOverdue => d.amount = Some(*a),
                        AdjustmentReason::DevelopmentStartOverdue => d.approved_amount = Some(*a),
                    }
                }
            }
            Event::Released { channel, .. } => d.released_channel = *channel,
            Event::TrialRunStarted { .. } => {
                d.trial_started_on = Some(date);
                d.trial_passed = false;
            }
            Event::TrialRunFailed { .. } => {
                if self.state == State::TrialRun {
                    open(&mut d, ObligationId::TrialRunReport, date);
                }
                d.trial_passed = false;
            }
            Event::TrialRunEnded { passed, .. } => {
                d.trial_passed = *passed;
                self.trial_end(&mut d, event, date, rules, calendar);
            }
            Event::Accepted { trial_run_passed, .. } => {
                d.trial_passed = d.trial_passed || *trial_run_passed;
                self.trial_end(&mut d, event, date, rules, calendar);
                d.catalog_fresh = false;
                d.catalog_since = Some(date);
            }
            Event::TrialRunReportSubmitted { .. } => meet(&mut d, ObligationId::TrialRunReport),
            Event::MajorFaultOccurred { .. } => open(&mut d, ObligationId::FaultReport, date),
            Event::FaultReportSubmitted { .. } => meet(&mut d, ObligationId::FaultReport),
            Event::MajorIterationStarted { .. } => {
                d.catalog_fresh = false;
                // An update dated on the iteration's day preceded it (迭代前): the next iteration
                // needs a later one.
                d.catalog_since = date.succ_opt();
            }
            Event::LabelMarked { label, .. } => {
                if !d.labels.contains(label) && !application.labels.contains(label) {
                    d.labels.push(*label);
                }
            }
            Event::RectificationRequired { .. } => open(&mut d, ObligationId::Rectification, date),
            Event::Rectified { .. } => meet(&mut d, ObligationId::Rectification),
            Event::DeregistrationApplied { reason, disposal, .. } => {
                d.deregistration_reason = Some(*reason);
                d.disposal = *disposal;
            }
            Event::DeregistrationRefused { .. } => {
                d.deregistration_reason = None;
                d.disposal = Disposal::default();
            }
            Event::DeregistrationApproved { .. } => open(&mut d, ObligationId::DeregistrationCompletion, date),
            Event::Deregistered { disposal, .. } => {
                d.disposal = d.disposal.merged(*disposal);
                meet(&mut d, ObligationId::DeregistrationCompletion);
            }
            Event::HigherApprovalFiled { .. }
            | Event::LedgerExceptionRefused { .. }
            | Event::HigherApprovalRefused { .. }
            | Event::PreliminaryReviewReturned { .. }
            | Event::PreliminaryReviewFailed { .. }
            | Event::Rejected { .. }
            | Event::ProjectAdjusted { .. }
            | Event::OmStarted { .. }
            | Event::TestingCompleted { .. }
            | Event::Evaluated { .. }
            | Event::Withdrawn { .. } => {}
        }
        if row.to.is_terminal() {
            for o in d.obligations.iter_mut().filter(|o| o.open()) {
                o.closed_on = Some(date);
            }
        }
        d
    }

    /// Ending the trial run (`trial_run_ended`, or `accepted` during it): opens the report and
    /// records an exception to the minimum when one was needed.
    fn trial_end(&self, d: &mut Derived, event: &Event, date: NaiveDate, rules: &Ruleset, calendar: &Calendar) {
        let (Event::TrialRunEnded { exception, .. } | Event::Accepted { exception, .. }) = event else {
            return;
        };
        if self.state != State::TrialRun {
            return;
        }
        d.obligations.push(ObligationRecord {
            id: ObligationId::TrialRunReport,
            trigger: date,
            met_on: None,
            closed_on: None,
            period: None,
        });
        // The exception is recorded only when the guard needed it.
        if let (Some(x), Some(start)) = (exception, self.trial_started_on) {
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
}

/// Whether ending the trial on `end` fell short of the minimum (decides whether an
/// exception given with the event is recorded).
fn trial_needed_exception(start: NaiveDate, end: NaiveDate, rules: &Ruleset, calendar: &Calendar) -> bool {
    match due_date(start, rules.trial_run_minimum.period, calendar) {
        Ok(earliest) => end < earliest,
        Err(_) => true,
    }
}
