//! The guards (守卫条件) checked before an event is accepted: for each [`Guard`] of the
//! transition row, what the project and the event must satisfy. A failing guard is a
//! typed error and the project stays as it was.

use super::event::{AdjustmentReason, Disposal, Event, HistoryData, StepStatus, TestingDocument};
use super::obligation::ObligationId;
use super::project::Project;
use super::state::State;
use super::table::{Guard, Transition};
use crate::calendar::{due_date, Calendar};
use crate::citation::{Art, Citation};
use crate::error::{Error, ErrorCode, Result};
use crate::message::{process as m, Msg};
use crate::model::grounds::DeregistrationReason;
use crate::model::{AcceptanceCondition, Label, ReleaseChannel};
use crate::ruleset::Ruleset;

impl Project {
    pub(super) fn check_guard(
        &self,
        guard: Guard,
        row: &Transition,
        event: &Event,
        rules: &Ruleset,
        calendar: &Calendar,
    ) -> Result<()> {
        let d = &self.derived();
        let article = row.article.unwrap_or(guard.article());
        // One arm per guard (no `_`: a new guard does not compile until it is checked here).
        // A guard that reads the event's fields names the event it concerns; the table
        // never pairs it with another (tested below), and if it did the event is refused.
        match guard {
            Guard::MunicipalFiling => {
                if let Some(amount) = d.amount {
                    if rules.requires_municipal_filing(amount) && !d.municipal_filed {
                        return Err(Error::msg(
                            ErrorCode::MunicipalFilingRequired,
                            m::MUNICIPAL_FILING_REQUIRED,
                            &[
                                &amount.to_yuan_string(),
                                &rules.municipal_filing.threshold.to_yuan_string(),
                            ],
                        )
                        .with_article(rules.municipal_filing.article));
                    }
                }
                Ok(())
            }
            Guard::ExceptionBasis => {
                let Event::LedgerExceptionRequested { basis, .. } = event else {
                    return Err(not_for(row));
                };
                non_empty(basis, Art::new(14), m::EXCEPTION_BASIS_MISSING)
            }
            Guard::LeadingGroupConsent => {
                let Event::Ledgered {
                    leading_group_consent, ..
                } = event
                else {
                    return Err(not_for(row));
                };
                non_empty(
                    leading_group_consent.as_deref().unwrap_or(""),
                    Art::new(14),
                    m::LEADING_GROUP_CONSENT_MISSING,
                )
            }
            Guard::RejectionGrounds => {
                let Event::Rejected { grounds, review, .. } = event else {
                    return Err(not_for(row));
                };
                let found = match review {
                    Some(r) => !crate::checks::check_joint_review(&read_review(r)?)
                        .rejection_grounds
                        .is_empty(),
                    None => false,
                };
                if grounds.is_empty() && !found {
                    return Err(Error::msg(ErrorCode::InvalidInput, m::REJECTION_GROUNDS_MISSING, &[])
                        .with_article(Art::new(23)));
                }
                Ok(())
            }
            Guard::ReviewFindings => {
                let Event::Approved { review, .. } = event else {
                    return Err(not_for(row));
                };
                let Some(review) = review else {
                    return Ok(());
                };
                let report = crate::checks::check_joint_review(&read_review(review)?);
                let Some(first) = report.rejection_grounds.first() else {
                    return Ok(());
                };
                let mut codes: Vec<&str> = Vec::new();
                for f in &report.findings {
                    if f.is_blocking() {
                        codes.push(f.code.as_str());
                    }
                }
                Err(Error::msg(
                    ErrorCode::JointReviewBlocking,
                    m::APPROVAL_WITH_REJECTION_GROUNDS,
                    &[&crate::text::join(&codes, "、"), &crate::text::join(&codes, ", ")],
                )
                .with_article(first.article()))
            }
            Guard::OutsideBudgetBasis => {
                let Event::OutsideBudgetFundingArranged { basis, .. } = event else {
                    return Err(not_for(row));
                };
                non_empty(basis, Art::new(25), m::OUTSIDE_BUDGET_BASIS_MISSING)
            }
            Guard::DeadlineMissed => {
                let (Event::ProjectAdjusted {
                    reason,
                    leading_group_consent,
                    date,
                    ..
                }
                | Event::ProjectReplanned {
                    reason,
                    leading_group_consent,
                    date,
                    ..
                }) = event
                else {
                    return Err(not_for(row));
                };
                let no_deadline =
                    || Error::msg(ErrorCode::TransitionNotAllowed, m::NO_DEADLINE_OPEN, &[]).with_article(article);
                // 第十九条(三) before the plan is submitted, 第十九条(五) after approval; the
                // table has no adjustment row in any other state.
                let (expected, id, rule) = match d.state {
                    State::PreliminaryFundingSet => (
                        AdjustmentReason::DevelopmentPlanOverdue,
                        ObligationId::DevelopmentPlanSubmission,
                        &rules.development_plan_submission,
                    ),
                    State::Approved => (
                        AdjustmentReason::DevelopmentStartOverdue,
                        ObligationId::DevelopmentStart,
                        &rules.development_start,
                    ),
                    State::Proposed
                    | State::DeclarationPlanned
                    | State::PreliminaryReviewApplied
                    | State::HigherApprovalFiled
                    | State::ExceptionRequested
                    | State::Ledgered
                    | State::FundingPlanSubmitted
                    | State::LeadDepartmentReviewed
                    | State::DevelopmentPlanSubmitted
                    | State::PreliminaryReviewPassed
                    | State::OmPlanSubmitted
                    | State::JointReviewOrganised
                    | State::Rejected
                    | State::Adjusted
                    | State::Withdrawn
                    | State::ExceptionRefused
                    | State::HigherApprovalRefused
                    | State::PreliminaryReviewFailed
                    | State::TrialRunFailed
                    | State::Rectifying
                    | State::Developing
                    | State::Tested
                    | State::Released
                    | State::TrialRun
                    | State::TrialRunEnded
                    | State::InOperation
                    | State::DeregistrationApplied
                    | State::DeregistrationApproved
                    | State::Deregistered => return Err(no_deadline()),
                };
                if *reason != expected {
                    return Err(Error::msg(
                        ErrorCode::TransitionNotAllowed,
                        m::ADJUSTMENT_REASON_MISMATCH,
                        &[&d.state.as_str(), &format!("{expected:?}")],
                    )
                    .with_article(article));
                }
                non_empty(leading_group_consent, article, m::ADJUSTMENT_CONSENT_MISSING)?;
                let Some(ob) = self.derived().open_obligation(id) else {
                    return Err(no_deadline());
                };
                let due = due_date(ob.trigger, ob.period.unwrap_or(rule.period), calendar)?;
                if *date <= due {
                    return Err(
                        Error::msg(ErrorCode::TransitionNotAllowed, m::DEADLINE_NOT_PASSED, &[&due, date])
                            .with_article(rule.article),
                    );
                }
                Ok(())
            }
            Guard::TestingDocuments => {
                let Event::TestingCompleted { documents, .. } = event else {
                    return Err(not_for(row));
                };
                let mut missing: Vec<&str> = Vec::new();
                for doc in &TestingDocument::ALL {
                    if !documents.contains(doc) {
                        missing.push(doc.zh());
                    }
                }
                if missing.is_empty() {
                    Ok(())
                } else {
                    Err(Error::msg(
                        ErrorCode::ConditionsNotMet,
                        m::TESTING_DOCUMENTS_MISSING,
                        &[&crate::text::join(&missing, "、"), &crate::text::join(&missing, ", ")],
                    )
                    .with_article(Art::new(31)))
                }
            }
            Guard::ReleaseChannel => {
                let Event::Released { channel, .. } = event else {
                    return Err(not_for(row));
                };
                if channel.is_none() && !self.application().secret {
                    return Err(Error::msg(ErrorCode::ConditionsNotMet, m::RELEASE_CHANNEL_MISSING, &[])
                        .with_article(Art::new(31)));
                }
                Ok(())
            }
            Guard::TrialMinimum => {
                let (Event::TrialRunEnded { exception, date, .. } | Event::Accepted { exception, date, .. }) = event
                else {
                    return Err(not_for(row));
                };
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
                    _ => Err(Error::msg(
                        ErrorCode::ExceptionBasisRequired,
                        m::TRIAL_RUN_TOO_SHORT,
                        &[&start, &days, &rules.trial_run_minimum.period.zh(), &earliest],
                    )
                    .with_article(rules.trial_run_minimum.article)),
                }
            }
            Guard::TrialPassed => {
                let Event::Accepted { trial_run_passed, .. } = event else {
                    return Err(not_for(row));
                };
                if d.trial_passed || *trial_run_passed {
                    Ok(())
                } else {
                    Err(Error::msg(ErrorCode::ConditionsNotMet, m::TRIAL_RUN_NOT_PASSED, &[])
                        .with_article(Art::new(34)))
                }
            }
            Guard::AcceptanceConditions => {
                let Event::Accepted { conditions, .. } = event else {
                    return Err(not_for(row));
                };
                let mut missing: Vec<AcceptanceCondition> = Vec::new();
                let mut names: Vec<String> = Vec::new();
                for &c in &AcceptanceCondition::ALL {
                    let waived = self.application().secret && c.platform_only();
                    if !waived && !conditions.contains(&c) {
                        missing.push(c);
                        names.push(c.article().en());
                    }
                }
                match missing.first() {
                    None => Ok(()),
                    Some(first) => Err(Error::msg(
                        ErrorCode::ConditionsNotMet,
                        m::ACCEPTANCE_CONDITIONS_UNMET,
                        &[&crate::text::join(&names, "、"), &crate::text::join(&names, ", ")],
                    )
                    .with_article(first.article())),
                }
            }
            Guard::ReportPending => {
                if self.derived().open_obligation(ObligationId::TrialRunReport).is_some() {
                    Ok(())
                } else {
                    Err(
                        Error::msg(ErrorCode::TransitionNotAllowed, m::NO_TRIAL_RUN_REPORT_PENDING, &[])
                            .with_article(Art::new(33)),
                    )
                }
            }
            Guard::FaultPending => {
                if self.derived().open_obligation(ObligationId::FaultReport).is_some() {
                    Ok(())
                } else {
                    Err(
                        Error::msg(ErrorCode::TransitionNotAllowed, m::NO_FAULT_REPORT_PENDING, &[])
                            .with_article(Art::new(33)),
                    )
                }
            }
            Guard::CatalogUpdated => {
                // A schema-1 project's own update, or the application's (dated on or after the
                // acceptance or last iteration, and not after this event), when the project was
                // loaded with its application record.
                let updated = self
                    .catalog()
                    .is_some_and(|c| c.updated_between(d.catalog_since, event.date()));
                if d.catalog_fresh || updated {
                    Ok(())
                } else {
                    Err(
                        Error::msg(ErrorCode::CatalogUpdateRequired, m::CATALOG_UPDATE_REQUIRED, &[])
                            .with_article(Art::new(37)),
                    )
                }
            }
            Guard::DeregistrationReason => {
                let Event::DeregistrationApplied {
                    reason, other_reason, ..
                } = event
                else {
                    return Err(not_for(row));
                };
                let described = other_reason.as_deref().is_some_and(|r| !r.trim().is_empty());
                match reason {
                    DeregistrationReason::Other if !described => {
                        Err(Error::msg(ErrorCode::ConditionsNotMet, m::OTHER_REASON_MISSING, &[])
                            .with_article(Art::new(40)))
                    }
                    DeregistrationReason::NoLongerNeeded
                    | DeregistrationReason::Superseded
                    | DeregistrationReason::Stagnant
                    | DeregistrationReason::MajorIncident
                    | DeregistrationReason::Other => Ok(()),
                }
            }
            Guard::OtherLabelNamed => {
                let Event::LabelMarked { label, other, .. } = event else {
                    return Err(not_for(row));
                };
                let named = other
                    .as_ref()
                    .is_some_and(|o| !o.name.trim().is_empty() && o.article().is_some());
                match (label, other) {
                    (Label::Other, _) if !named => {
                        Err(Error::msg(ErrorCode::InvalidInput, m::OTHER_LABEL_UNNAMED, &[]).with_article(Art::new(38)))
                    }
                    (Label::Other, _) | (_, None) => Ok(()),
                    (_, Some(_)) => Err(Error::msg(ErrorCode::InvalidInput, m::OTHER_WITHOUT_OTHER_LABEL, &[])
                        .with_article(Art::new(38))),
                }
            }
            Guard::RectificationOpinion => {
                let Event::RectificationRequired { opinion, .. } = event else {
                    return Err(not_for(row));
                };
                if opinion.trim().is_empty() {
                    Err(
                        Error::msg(ErrorCode::InvalidInput, m::RECTIFICATION_OPINION_MISSING, &[])
                            .with_article(Art::new(39)),
                    )
                } else {
                    Ok(())
                }
            }
            Guard::DisposalSteps => {
                let Event::Deregistered { disposal: now, .. } = event else {
                    return Err(not_for(row));
                };
                let disposal = &d.disposal.merged(*now);
                let reason = d.deregistration_reason.unwrap_or(DeregistrationReason::Other);
                // 第四十一条(四): a development project's release, or — for an O&M project, which
                // maintains a live application — the application's recorded channel.
                let channel = d.released_channel.or(self.application().release_channel);
                check_disposal(reason, disposal, channel)
            }
        }
    }
}

/// 第四十条, 第四十一条: the reason and every disposal step, against the channel the
/// application was released on (shared by projects and application records).
pub(crate) fn check_disposal(
    reason: DeregistrationReason,
    disposal: &Disposal,
    released_channel: Option<ReleaseChannel>,
) -> Result<()> {
    let missing = |item: u8, step: Msg, args: &[&dyn std::fmt::Display]| {
        let (zh, en) = step.pair(args);
        Error::msg(ErrorCode::ConditionsNotMet, m::DISPOSAL_INCOMPLETE, &[&zh, &en])
            .with_article(Art::new(41).item(item))
    };
    if disposal.shared_data.is_none() {
        return Err(missing(1, m::DISPOSAL_SHARED_DATA, &[]));
    }
    match disposal.history_data {
        None => return Err(missing(2, m::DISPOSAL_HISTORY_DATA, &[])),
        Some(HistoryData::Handled) if reason == DeregistrationReason::Superseded => {
            return Err(missing(2, m::DISPOSAL_HISTORY_NOT_MIGRATED, &[]))
        }
        Some(_) => {}
    }
    if disposal.components.is_none() {
        return Err(missing(3, m::DISPOSAL_COMPONENTS, &[]));
    }
    match (disposal.channels, released_channel) {
        (None, _) => Err(missing(4, m::DISPOSAL_CHANNELS, &[])),
        (Some(StepStatus::NotApplicable), Some(ch)) => Err(missing(4, m::DISPOSAL_RELEASED_CHANNEL, &[&ch.zh()])),
        (Some(StepStatus::NotApplicable), None) | (Some(StepStatus::Done), _) => Ok(()),
    }
}

/// A guard the table pairs with an event whose fields it does not read: refused, never
/// passed silently. The table never does this (`every_guard_concerns_its_rows_event`), so the
/// message stays short (no formatting: it would only add to the `.wasm`).
#[cold]
#[inline(never)]
fn not_for(row: &Transition) -> Error {
    let e = Error::msg(ErrorCode::TransitionNotAllowed, m::GUARD_NOT_FOR_EVENT, &[]);
    match row.article {
        Some(a) => e.with_article(a),
        None => e,
    }
}

/// The joint-review dossier an event carries, read as [`crate::model::JointReview`]
/// (`invalid_input` with the pointer under `/review` when it has the wrong shape).
fn read_review(value: &crate::json_read::Value) -> Result<crate::model::JointReview> {
    crate::json_input::from_tree(value).map_err(|e| e.at("review").into_input_error())
}

fn non_empty(text: &str, article: Citation, missing: Msg) -> Result<()> {
    if text.trim().is_empty() {
        Err(Error::msg(ErrorCode::ExceptionBasisRequired, missing, &[]).with_article(article))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::Process;

    /// The fields an event type needs besides `type` and `date` (any valid value will do).
    fn required_fields(ty: crate::process::EventType) -> &'static str {
        use crate::process::EventType as E;
        match ty {
            E::DeclarationPlanned | E::PreliminaryReviewApplied => {
                r#", "declaration_date": "2025-10-17", "reason": "matching_funds""#
            }
            E::LedgerExceptionRequested => r#", "ground": "municipal_assessment", "basis": "x""#,
            E::FundingPlanSubmitted => r#", "amount": "1元""#,
            E::Rejected => r#", "grounds": []"#,
            E::TestingCompleted => r#", "documents": []"#,
            E::ProjectAdjusted => r#", "reason": "development_start_overdue", "leading_group_consent": "x""#,
            E::OutsideBudgetFundingArranged => r#", "basis": "x""#,
            E::DevelopmentStarted | E::OmStarted => r#", "mode": "procurement""#,
            E::Accepted => r#", "conditions": []"#,
            E::LabelMarked => r#", "label": "excellent""#,
            E::DeregistrationApplied => r#", "reason": "stagnant""#,
            E::DevelopmentPlanSubmitted => r#", "amount": "1元""#,
            E::ProjectReplanned => r#", "reason": "development_start_overdue", "leading_group_consent": "x""#,
            E::RectificationRequired => r#", "opinion": "x""#,
            E::HigherApprovalFiled
            | E::Ledgered
            | E::LeadDepartmentReviewed
            | E::PreliminaryFundingPlanSet
            | E::MunicipalFilingSubmitted
            | E::LedgerExceptionRefused
            | E::HigherApprovalRefused
            | E::PreliminaryReviewReturned
            | E::PreliminaryReviewFailed
            | E::TrialRunFailed
            | E::Evaluated
            | E::Rectified
            | E::DeregistrationRefused
            | E::Withdrawn
            | E::PreliminaryReviewPassed
            | E::OmPlanSubmitted
            | E::JointReviewOrganised
            | E::Approved
            | E::CatalogCompleted
            | E::CatalogUpdated
            | E::Released
            | E::TrialRunStarted
            | E::TrialRunEnded
            | E::TrialRunReportSubmitted
            | E::MajorFaultOccurred
            | E::FaultReportSubmitted
            | E::MajorIterationStarted
            | E::DeregistrationApproved
            | E::Deregistered => "",
        }
    }

    #[test]
    fn every_guard_concerns_its_rows_event() {
        let (rules, calendar) = (Ruleset::default(), Calendar::official());
        for row in Process::transitions() {
            let ty = row.event;
            let json = format!(
                r#"{{"type": "{}", "date": "2025-09-01"{}}}"#,
                ty.as_str(),
                required_fields(ty)
            );
            let event = Event::from_json_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
            for kind in row.kinds {
                let project = Project::new("guards", *kind);
                for guard in row.guards {
                    if let Err(e) = project.check_guard(*guard, row, &event, &rules, &calendar) {
                        assert_ne!(e, not_for(row), "{guard:?} on {}", ty.as_str());
                    }
                }
            }
        }
    }
}
