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
            Guard::ExceptionBasis => {
                let Event::LedgerExceptionRequested { basis, .. } = event else {
                    return Err(not_for(row));
                };
                non_empty(
                    basis,
                    Art::new(14),
                    "特别纳入一本账的申请须写明依据",
                    "the exception request must name its basis",
                )
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
                    "不满足三张清单规定的应用需求须报请领导小组同意后纳入一本账,请写明领导小组同意的文件",
                    "a need outside the 三张清单 rules is ledgered only with the leading group's consent: name it",
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
                    return Err(Error::new(
                        ErrorCode::InvalidInput,
                        "不予通过联合评审须列明第二十三条所列情形",
                        "a rejection must name at least one Art. 23 ground",
                    )
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
                Err(Error::new(
                    ErrorCode::JointReviewBlocking,
                    format!(
                        "评审材料有第二十三条不予通过的情形,不能批复:{}",
                        crate::text::join(&codes, "、")
                    ),
                    format!(
                        "the review dossier has Art. 23 grounds to refuse, so it cannot be approved: {}",
                        crate::text::join(&codes, ", ")
                    ),
                )
                .with_article(first.article()))
            }
            Guard::OutsideBudgetBasis => {
                let Event::OutsideBudgetFundingArranged { basis, .. } = event else {
                    return Err(not_for(row));
                };
                non_empty(basis, Art::new(25), "须写明依据", "the basis is required")
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
                let no_deadline = || {
                    Error::new(
                        ErrorCode::TransitionNotAllowed,
                        "没有逾期的期限,不能调整项目",
                        "no deadline is open, so the project cannot be adjusted",
                    )
                    .with_article(article)
                };
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
                    return Err(Error::new(
                        ErrorCode::TransitionNotAllowed,
                        format!("当前状态 {} 下的调整理由应为 {expected:?}", d.state.as_str()),
                        format!(
                            "in state {} the adjustment reason must be {expected:?}",
                            d.state.as_str()
                        ),
                    )
                    .with_article(article));
                }
                non_empty(
                    leading_group_consent,
                    article,
                    "调整项目须报领导小组同意,请写明同意文件",
                    "an adjustment needs the leading group's consent: name it",
                )?;
                let Some(ob) = self.derived().open_obligation(id) else {
                    return Err(no_deadline());
                };
                let due = due_date(ob.trigger, ob.period.unwrap_or(rule.period), calendar)?;
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
                    Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        format!("测试、联调须形成测试用例、测试计划、测试报告、联调记录;缺少:{}", crate::text::join(&missing, "、")),
                        format!(
                            "testing must produce test cases, test plan, test report and joint-debugging record; missing: {}",
                            crate::text::join(&missing, ", ")
                        ),
                    )
                    .with_article(Art::new(31)))
                }
            }
            Guard::ReleaseChannel => {
                let Event::Released { channel, .. } = event else {
                    return Err(not_for(row));
                };
                if channel.is_none() && !self.application().secret {
                    return Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        "非涉密应用须通过“渝快办”或者“渝快政”集成发布,请选择发布渠道",
                        "a non-secret application is released through 渝快办 or 渝快政: name the channel",
                    )
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
                    _ => Err(Error::new(
                        ErrorCode::ExceptionBasisRequired,
                        format!(
                            "试运行自 {start} 起仅 {days} 天,原则上不低于{}(最早 {earliest} 结束);提前结束须记录例外及其依据",
                            rules.trial_run_minimum.period.zh()
                        ),
                        format!(
                            "the trial run started {start} has lasted only {days} days; in principle it lasts until at least {earliest} ({}): ending it earlier needs an exception and its basis",
                            rules.trial_run_minimum.period.zh()
                        ),
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
                    Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        "试运行合格后方可组织验收",
                        "acceptance follows a passed trial run",
                    )
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
                    Some(first) => Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        format!(
                            "验收须同时满足第三十四条各项条件;未满足:{}",
                            crate::text::join(&names, "、")
                        ),
                        format!(
                            "acceptance needs every Art. 34 condition; not met: {}",
                            crate::text::join(&names, ", ")
                        ),
                    )
                    .with_article(first.article())),
                }
            }
            Guard::ReportPending => {
                if self.derived().open_obligation(ObligationId::TrialRunReport).is_some() {
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
            Guard::FaultPending => {
                if self.derived().open_obligation(ObligationId::FaultReport).is_some() {
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
                    Err(Error::new(
                        ErrorCode::CatalogUpdateRequired,
                        "应用的重大功能实施迭代前,应当在IRS系统中动态更新应用编目信息",
                        "before a major-function iteration the catalog information must be updated in IRS",
                    )
                    .with_article(Art::new(37)))
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
                    DeregistrationReason::Other if !described => Err(Error::new(
                        ErrorCode::ConditionsNotMet,
                        "其他注销理由须写明",
                        "another reason must be described (other_reason)",
                    )
                    .with_article(Art::new(40))),
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
                    (Label::Other, _) if !named => Err(Error::new(
                        ErrorCode::InvalidInput,
                        "其他标签须写明名称及所属之项",
                        "an other label needs its name and item (1-3)",
                    )
                    .with_article(Art::new(38))),
                    (Label::Other, _) | (_, None) => Ok(()),
                    (_, Some(_)) => Err(Error::new(
                        ErrorCode::InvalidInput,
                        "仅其他标签写 other",
                        "`other` only with label other",
                    )
                    .with_article(Art::new(38))),
                }
            }
            Guard::RectificationOpinion => {
                let Event::RectificationRequired { opinion, .. } = event else {
                    return Err(not_for(row));
                };
                if opinion.trim().is_empty() {
                    Err(Error::new(
                        ErrorCode::InvalidInput,
                        "须写明整改意见",
                        "the rectification opinion is required",
                    )
                    .with_article(Art::new(39)))
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
        Some(HistoryData::Handled) if reason == DeregistrationReason::Superseded => {
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
    match (disposal.channels, released_channel) {
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
        (Some(StepStatus::NotApplicable), None) | (Some(StepStatus::Done), _) => Ok(()),
    }
}

/// A guard the table pairs with an event whose fields it does not read: refused, never
/// passed silently. The table never does this (`every_guard_concerns_its_rows_event`), so the
/// message stays short (no formatting: it would only add to the `.wasm`).
#[cold]
#[inline(never)]
fn not_for(row: &Transition) -> Error {
    let e = Error::new(
        ErrorCode::TransitionNotAllowed,
        "守卫条件不适用于该事件",
        "the guard does not apply to this event",
    );
    match row.article {
        Some(a) => e.with_article(a),
        None => e,
    }
}

/// The joint-review dossier an event carries, read as [`crate::model::JointReview`]
/// (`invalid_input` with the pointer under `/review` when it has the wrong shape).
fn read_review(value: &serde_json::Value) -> Result<crate::model::JointReview> {
    crate::json_input::from_value(value).map_err(|e| e.at("review").into_input_error())
}

fn non_empty(text: &str, article: Citation, zh: &str, en: &str) -> Result<()> {
    if text.trim().is_empty() {
        Err(Error::new(ErrorCode::ExceptionBasisRequired, zh, en).with_article(article))
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
