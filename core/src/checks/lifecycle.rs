//! 第三十四条 (acceptance) and 第四十条、第四十一条 (deregistration).

use super::{given, CheckReport, Collector, FindingCode, Ptr};
use crate::model::grounds::DeregistrationReason;
use crate::model::AcceptanceCondition as A;
use crate::model::{AcceptanceDossier, DeregistrationDossier};

/// Checks acceptance (验收) against 第三十四条: the trial run has passed, and the nine
/// conditions "须同时满足".
///
/// # Properties
/// - One finding per unmet field; its code is `art34_unmet_<condition>` and its article
///   `34(n)`; `report.unmet_conditions` lists the distinct conditions.
/// - A trial run not yet passed gives `art34_trial_run_not_passed` (第三十四条 "试运行合格后").
/// - Secret-related (第二条): 34(3) (built on the platform, its unified standards) does
///   not apply ([`crate::model::AcceptanceCondition::platform_only`]); the rest does.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_acceptance;
/// use fuling_rules::model::{AcceptanceDossier, AcceptanceCondition};
/// let r = check_acceptance(&AcceptanceDossier::default());
/// assert_eq!(r.unmet_conditions.len(), 9);
/// ```
pub fn check_acceptance(d: &AcceptanceDossier) -> CheckReport {
    let mut c = Collector::default();
    let root = Ptr::root();
    c.require_at(
        d.trial_run_passed,
        FindingCode::Art34TrialRunNotPassed,
        &root,
        "trial_run_passed",
    );
    let fields: &[(A, &str, bool)] = &[
        (A::SupervisorConsents, "supervisor_consents", d.supervisor_consents),
        (A::ContentCompleteAndGoalsMet, "content_complete", d.content_complete),
        (
            A::ContentCompleteAndGoalsMet,
            "performance_goals_met",
            d.performance_goals_met,
        ),
        (A::BuiltOnPlatform, "built_on_platform", d.built_on_platform),
        (
            A::BuiltOnPlatform,
            "meets_technical_standards",
            d.meets_technical_standards,
        ),
        (
            A::IrsCatalogMaintained,
            "irs_managed_and_monitored",
            d.irs_managed_and_monitored,
        ),
        (
            A::IrsCatalogMaintained,
            "catalog_accurate_and_maintained",
            d.catalog_accurate_and_maintained,
        ),
        (
            A::TestsAndAssessmentsPassed,
            "technical_indicators_met",
            d.technical_indicators_met,
        ),
        (
            A::TestsAndAssessmentsPassed,
            "third_party_tests_passed",
            d.third_party_tests_passed,
        ),
        (
            A::TestsAndAssessmentsPassed,
            "classified_protection_passed",
            d.classified_protection_passed,
        ),
        (
            A::TestsAndAssessmentsPassed,
            "commercial_crypto_assessment_passed",
            d.commercial_crypto_assessment_passed,
        ),
        (A::TrainingCompleted, "training_completed", d.training_completed),
        (A::TrainingCompleted, "users_independent", d.users_independent),
        (
            A::TechnicalMaterialsHeld,
            "technical_materials_held",
            d.technical_materials_held,
        ),
        (A::RecordsComplete, "records_complete", d.records_complete),
        (
            A::OtherRequirementsMet,
            "other_requirements_met",
            d.other_requirements_met,
        ),
    ];
    for &(cond, key, ok) in fields {
        if !(d.secret_related && cond.platform_only()) {
            c.require_at(ok, FindingCode::from_condition(cond), &root, key);
        }
    }
    c.report()
}

/// Checks a deregistration (注销) against 第四十条 (its grounds) and 第四十一条 (the
/// disposal of digital resources before it).
///
/// # Properties
/// - 第四十条: the reason is stated, as the process requires it on `deregistration_applied`
///   (one rule for both): an item of 第四十条, or `other` described in `other_reason` (the
///   article says when an application must be deregistered; it does not forbid
///   deregistering for another reason). Neither is blocking (`art40_ground_missing`).
/// - 41(1): every data consumer must have agreed the disposal and it must be completed.
/// - 41(2): with the reason `superseded` (第四十条(二)) the history must move to the new
///   application (`history.migrated_to`); otherwise it must be handled under the rules
///   (`history.handled_per_rules`).
/// - 41(3), 41(4): every component and every release on 渝快办/渝快政 must be taken down.
///   A secret-related application has none, so no separate switch is needed.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_deregistration;
/// use fuling_rules::model::DeregistrationDossier;
/// use fuling_rules::process::DeregistrationReason;
/// let mut d = DeregistrationDossier::default();
/// d.grounds.push(DeregistrationReason::Superseded);
/// let r = check_deregistration(&d);
/// assert_eq!(r.findings[0].path, "/history/migrated_to");
/// ```
pub fn check_deregistration(d: &DeregistrationDossier) -> CheckReport {
    let mut c = Collector::default();
    let root = Ptr::root();
    let listed = d.grounds.iter().any(|g| *g != DeregistrationReason::Other);
    let described = given(&d.other_reason);
    if !listed && !described {
        let at = if d.grounds.contains(&DeregistrationReason::Other) {
            root.key("other_reason")
        } else {
            root.key("grounds")
        };
        c.push(FindingCode::Art40GroundMissing, &at);
    }
    let p = root.key("data_consumers");
    for (i, u) in d.data_consumers.iter().enumerate() {
        let p = p.index(i);
        c.require_at(
            u.disposal_agreed,
            FindingCode::Art41SharedDataNotSettled,
            &p,
            "disposal_agreed",
        );
        c.require_at(u.completed, FindingCode::Art41SharedDataNotSettled, &p, "completed");
    }
    let p = root.key("history");
    if d.grounds.contains(&DeregistrationReason::Superseded) {
        c.require_at(
            given(&d.history.migrated_to),
            FindingCode::Art41HistoryNotMigrated,
            &p,
            "migrated_to",
        );
    } else {
        c.require_at(
            d.history.handled_per_rules,
            FindingCode::Art41HistoryNotHandled,
            &p,
            "handled_per_rules",
        );
    }
    let p = root.key("components");
    for (i, comp) in d.components.iter().enumerate() {
        c.require(
            comp.delisted,
            FindingCode::Art41ComponentNotDelisted,
            &p.index(i).key("delisted"),
        );
    }
    let p = root.key("channels");
    for (i, ch) in d.channels.iter().enumerate() {
        c.require(
            ch.delisted,
            FindingCode::Art41ChannelNotDelisted,
            &p.index(i).key("delisted"),
        );
    }
    c.report()
}
