//! The transition table (状态转换表) as data, and its Mermaid rendering.

use super::event::EventType;
use super::state::State;
use crate::citation::{Art, Citation};
use crate::json_output::ToJson;
use crate::model::ProjectKind;
use crate::prelude::*;
use core::fmt::Write as _;

/// The guards, one row each (name, article, short English description), generating the
/// enum and each accessor as an exhaustive `match`.
macro_rules! guards {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $art:expr, $en:literal; )*) => {
        /// A condition checked before a transition is taken (守卫条件).
        ///
        /// # Example
        /// ```
        /// use fuling_rules::{process::{Guard, Process}, EventType, ProjectKind, State};
        /// // 第二十条: the joint review of a development project waits for the municipal filing.
        /// let row = Process::find(State::PreliminaryReviewPassed, EventType::JointReviewOrganised, ProjectKind::Development).unwrap();
        /// assert_eq!(row.guards, [Guard::MunicipalFiling]);
        /// assert_eq!(Guard::MunicipalFiling.as_str(), "municipal_filing");
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, schemars::JsonSchema)]
        pub enum Guard {
            $( $(#[$doc])* #[serde(rename = $name)] $variant, )*
        }

        impl Guard {
            /// Every guard, in declaration order.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::process::Guard;
            /// assert!(Guard::ALL.iter().all(|g| g.article().validate().is_ok()));
            /// ```
            pub const ALL: &'static [Guard] = &[ $( Guard::$variant, )* ];

            /// The article the guard enforces.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{process::Guard, Art};
            /// assert_eq!(Guard::MunicipalFiling.article(), Art::new(20));
            /// assert_eq!(Guard::TrialMinimum.article(), Art::new(33));
            /// assert_eq!(Guard::DisposalSteps.article(), Art::new(41));
            /// ```
            pub const fn article(self) -> Citation {
                match self { $( Guard::$variant => $art, )* }
            }

            /// A short English description (used in the diagram and docs).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::process::Guard;
            /// assert_eq!(Guard::TrialMinimum.en(), "trial of the minimum duration or an exception with its basis");
            /// ```
            pub const fn en(self) -> &'static str {
                match self { $( Guard::$variant => $en, )* }
            }

            /// The snake_case name.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::process::Guard;
            /// assert_eq!(Guard::AcceptanceConditions.as_str(), "acceptance_conditions"); // 第三十四条
            /// ```
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }
        }
    };
}

guards! {
    /// 第二十条: with a development funding plan at or above the ruleset's threshold (500万元
    /// (含) in the draft), the municipal filing must precede the joint review
    /// (`municipal_filing_required`).
    MunicipalFiling = "municipal_filing", Art::new(20), "plan under the Art. 20 threshold or filed with the municipal Bureau";
    /// 第十四条: the exception request names its basis (`exception_basis_required`).
    ExceptionBasis = "exception_basis", Art::new(14), "basis named";
    /// 第十四条: ledgering by exception names the leading group's consent (`exception_basis_required`).
    LeadingGroupConsent = "leading_group_consent", Art::new(14), "leading group consent";
    /// 第二十三条: a rejection names at least one ground, or its review dossier has a
    /// blocking finding (`invalid_input`).
    RejectionGrounds = "rejection_grounds", Art::new(23), "Art. 23 grounds named";
    /// 第二十三条: an approval's review dossier, when given, has no blocking Art. 23 finding
    /// (`joint_review_blocking`).
    ReviewFindings = "review_findings", Art::new(23), "no blocking Art. 23 finding in the review";
    /// 第二十五条: the outside-budget arrangement names its basis (`exception_basis_required`).
    OutsideBudgetBasis = "outside_budget_basis", Art::new(25), "basis named";
    /// 第十九条(三)(五): an adjustment names the missed deadline, which has passed, and the
    /// leading group's consent (`transition_not_allowed`).
    DeadlineMissed = "deadline_missed", Art::new(19), "deadline missed and leading group consent";
    /// 第三十一条: the four testing documents (`conditions_not_met`).
    TestingDocuments = "testing_documents", Art::new(31), "four testing documents";
    /// 第三十一条: a release channel, unless the application is secret (`conditions_not_met`).
    ReleaseChannel = "release_channel", Art::new(31), "channel 渝快办/渝快政";
    /// 第三十三条: the trial run lasted the minimum (原则上: in principle), or the event records
    /// an exception with its basis (`exception_basis_required`).
    TrialMinimum = "trial_minimum", Art::new(33), "trial of the minimum duration or an exception with its basis";
    /// 第三十四条: the trial run was found satisfactory (试运行合格), on `trial_run_ended` or on
    /// `accepted` (`conditions_not_met`).
    TrialPassed = "trial_passed", Art::new(34), "trial run passed";
    /// 第三十四条: all nine acceptance conditions (`conditions_not_met`).
    AcceptanceConditions = "acceptance_conditions", Art::new(34), "nine Art. 34 conditions";
    /// 第三十三条: a trial-run report is pending (`transition_not_allowed`).
    ReportPending = "report_pending", Art::new(33), "report pending";
    /// 第三十三条: a fault report is pending (`transition_not_allowed`).
    FaultPending = "fault_pending", Art::new(33), "fault report pending";
    /// 第三十七条: the catalog was updated since the last major iteration (`catalog_update_required`).
    CatalogUpdated = "catalog_updated", Art::new(37), "catalog updated first";
    /// 第四十条: the reason is an item of 第四十条 or described (`conditions_not_met`).
    DeregistrationReason = "deregistration_reason", Art::new(40), "Art. 40 item or a described reason";
    /// 第四十一条: every disposal step is done before deregistration completes (`conditions_not_met`).
    DisposalSteps = "disposal_steps", Art::new(41), "every Art. 41 disposal step done";
    /// 第三十八条: an `other` label names itself and its item (`invalid_input`).
    OtherLabelNamed = "other_label_named", Art::new(38), "an other label names itself and its item";
    /// 第三十九条: a rectification opinion is stated (`invalid_input`).
    RectificationOpinion = "rectification_opinion", Art::new(39), "opinion stated";
}

/// One row of the transition table: in state `from`, for a project of one of `kinds`,
/// event `event` leads to state `to` when every guard holds.
///
/// # Example
/// ```
/// use fuling_rules::{process::{Guard, Process}, Art, EventType, ProjectKind, State};
/// let t = Process::find(State::TrialRun, EventType::Accepted, ProjectKind::Development).unwrap();
/// assert_eq!(t.to, State::InOperation);
/// assert_eq!(t.guards, [Guard::TrialMinimum, Guard::TrialPassed, Guard::AcceptanceConditions]);
/// assert_eq!(t.article, Some(Art::new(34)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToJson, schemars::JsonSchema)]
pub struct Transition {
    /// The state before.
    pub from: State,
    /// The event.
    pub event: EventType,
    /// The state after (equal to `from` for events that record a fact without changing state).
    pub to: State,
    /// The guards, checked in order.
    pub guards: &'static [Guard],
    /// The article that sets the step (`None` for a step the text does not set: `withdrawn`).
    pub article: Option<Citation>,
    /// The project kinds the row applies to.
    pub kinds: &'static [ProjectKind],
}

const D: &[ProjectKind] = &[ProjectKind::Development];
const O: &[ProjectKind] = &[ProjectKind::Om];
const B: &[ProjectKind] = &[ProjectKind::Development, ProjectKind::Om];
const NO: &[Guard] = &[];

const fn t(
    from: State,
    event: EventType,
    to: State,
    guards: &'static [Guard],
    article: Citation,
    kinds: &'static [ProjectKind],
) -> Transition {
    Transition {
        from,
        event,
        to,
        guards,
        article: Some(article),
        kinds,
    }
}

/// A row for a step the text does not set (no article).
const fn uncited(from: State, event: EventType, to: State, kinds: &'static [ProjectKind]) -> Transition {
    Transition {
        from,
        event,
        to,
        guards: NO,
        article: None,
        kinds,
    }
}

use EventType as E;
use State as S;

macro_rules! catalog_rows {
    ($($s:ident : $k:expr),*) => {[
        $(
            t(S::$s, E::CatalogCompleted, S::$s, NO, Art::new(7), $k),
            t(S::$s, E::CatalogUpdated, S::$s, NO, Art::new(37), $k),
        )*
    ]};
}

/// 第七条, 第三十七条: the catalog may be completed or updated in every state from approval on.
const CATALOG_ROWS: [Transition; 16] = catalog_rows!(
    Approved: B,
    Developing: D,
    Tested: D,
    Released: D,
    TrialRun: D,
    TrialRunEnded: D,
    TrialRunFailed: D,
    InOperation: B
);

macro_rules! catalog_update_rows {
    ($($s:ident : $k:expr),*) => {[
        $( t(S::$s, E::CatalogUpdated, S::$s, NO, Art::new(7), $k), )*
    ]};
}

/// 第七条 "按照应用谋划、审批、开发、发布、运行、评价、注销等全生命周期管理要求…进行动态维护":
/// the catalog may also be updated before approval and until deregistration.
const CATALOG_UPDATE_ROWS: [Transition; 16] = catalog_update_rows!(
    Proposed: B,
    DeclarationPlanned: D,
    PreliminaryReviewApplied: D,
    HigherApprovalFiled: D,
    ExceptionRequested: D,
    Ledgered: D,
    FundingPlanSubmitted: D,
    OmPlanSubmitted: O,
    LeadDepartmentReviewed: B,
    PreliminaryFundingSet: D,
    DevelopmentPlanSubmitted: D,
    PreliminaryReviewPassed: D,
    JointReviewOrganised: B,
    Rectifying: B,
    DeregistrationApplied: B,
    DeregistrationApproved: B
);

macro_rules! withdrawal_rows {
    ($($s:ident : $k:expr),*) => {[
        $( uncited(S::$s, E::Withdrawn, S::Withdrawn, $k), )*
    ]};
}

/// Withdrawal by the responsible department, from every state before acceptance (O&M: before
/// `om_started`). Not in the text (see `docs/readings.md`): the rows cite no article.
const WITHDRAWAL_ROWS: [Transition; 20] = withdrawal_rows!(
    Proposed: B,
    DeclarationPlanned: D,
    PreliminaryReviewApplied: D,
    HigherApprovalFiled: D,
    ExceptionRequested: D,
    Ledgered: D,
    FundingPlanSubmitted: D,
    OmPlanSubmitted: O,
    LeadDepartmentReviewed: B,
    PreliminaryFundingSet: D,
    DevelopmentPlanSubmitted: D,
    PreliminaryReviewPassed: D,
    JointReviewOrganised: B,
    Approved: B,
    Developing: D,
    Tested: D,
    Released: D,
    TrialRun: D,
    TrialRunEnded: D,
    TrialRunFailed: D
);

/// The main rows (state-changing, plus the self-loops other than the catalog's).
#[rustfmt::skip]
const MAIN_ROWS: [Transition; 69] = [
    // 第二十四条: declared to a higher level or with matching funds.
    t(S::Proposed,                 E::DeclarationPlanned,           S::DeclarationPlanned,       NO,                                                  Art::new(24),         D),
    t(S::Proposed,                 E::PreliminaryReviewApplied,     S::PreliminaryReviewApplied, NO,                                                  Art::new(24),         D),
    t(S::DeclarationPlanned,       E::PreliminaryReviewApplied,     S::PreliminaryReviewApplied, NO,                                                  Art::new(24),         D),
    t(S::PreliminaryReviewApplied, E::HigherApprovalFiled,          S::HigherApprovalFiled,      NO,                                                  Art::new(24),         D),
    t(S::PreliminaryReviewApplied, E::HigherApprovalRefused,        S::HigherApprovalRefused,    NO,                                                  Art::new(24),         D),
    t(S::HigherApprovalFiled,      E::Ledgered,                     S::Ledgered,                 NO,                                                  Art::new(24),         D),
    // 第十四条: the ledger, directly or by the leading group's exception.
    t(S::Proposed,                 E::Ledgered,                     S::Ledgered,                 NO,                                                  Art::new(14),         D),
    t(S::Proposed,                 E::LedgerExceptionRequested,     S::ExceptionRequested,       &[Guard::ExceptionBasis],                            Art::new(14),         D),
    t(S::ExceptionRequested,       E::Ledgered,                     S::Ledgered,                 &[Guard::LeadingGroupConsent],                       Art::new(14),         D),
    t(S::ExceptionRequested,       E::LedgerExceptionRefused,       S::ExceptionRefused,         NO,                                                  Art::new(14),         D),
    // 第十九条: the development project.
    t(S::Ledgered,                 E::FundingPlanSubmitted,         S::FundingPlanSubmitted,     NO,                                                  Art::new(19).item(1), D),
    t(S::FundingPlanSubmitted,     E::LeadDepartmentReviewed,       S::LeadDepartmentReviewed,   NO,                                                  Art::new(19).item(2), D),
    t(S::LeadDepartmentReviewed,   E::PreliminaryFundingPlanSet,    S::PreliminaryFundingSet,    NO,                                                  Art::new(19).item(2), D),
    t(S::PreliminaryFundingSet,    E::DevelopmentPlanSubmitted,     S::DevelopmentPlanSubmitted, NO,                                                  Art::new(19).item(3), D),
    t(S::PreliminaryFundingSet,    E::ProjectAdjusted,              S::Adjusted,                 &[Guard::DeadlineMissed],                            Art::new(19).item(3), D),
    t(S::PreliminaryFundingSet,    E::ProjectReplanned,             S::PreliminaryFundingSet,    &[Guard::DeadlineMissed],                            Art::new(19).item(3), D),
    t(S::DevelopmentPlanSubmitted, E::MunicipalFilingSubmitted,     S::DevelopmentPlanSubmitted, NO,                                                  Art::new(20),         D),
    t(S::DevelopmentPlanSubmitted, E::PreliminaryReviewPassed,      S::PreliminaryReviewPassed,  NO,                                                  Art::new(19).item(4), D),
    t(S::DevelopmentPlanSubmitted, E::PreliminaryReviewReturned,    S::PreliminaryFundingSet,    NO,                                                  Art::new(19).item(4), D),
    t(S::DevelopmentPlanSubmitted, E::PreliminaryReviewFailed,      S::PreliminaryReviewFailed,  NO,                                                  Art::new(19).item(4), D),
    t(S::PreliminaryReviewPassed,  E::MunicipalFilingSubmitted,     S::PreliminaryReviewPassed,  NO,                                                  Art::new(20),         D),
    t(S::PreliminaryReviewPassed,  E::JointReviewOrganised,         S::JointReviewOrganised,     &[Guard::MunicipalFiling],                           Art::new(19).item(4), D),
    t(S::JointReviewOrganised,     E::Approved,                     S::Approved,                 &[Guard::ReviewFindings],                            Art::new(19).item(4), D),
    t(S::JointReviewOrganised,     E::Rejected,                     S::Rejected,                 &[Guard::RejectionGrounds],                          Art::new(23),         D),
    t(S::Approved,                 E::ProjectAdjusted,              S::Adjusted,                 &[Guard::DeadlineMissed],                            Art::new(19).item(5), D),
    t(S::Approved,                 E::ProjectReplanned,             S::Approved,                 &[Guard::DeadlineMissed],                            Art::new(19).item(5), D),
    // 第二十一条: the O&M project.
    t(S::Proposed,                 E::OmPlanSubmitted,              S::OmPlanSubmitted,          NO,                                                  Art::new(21).item(1), O),
    t(S::OmPlanSubmitted,          E::LeadDepartmentReviewed,       S::LeadDepartmentReviewed,   NO,                                                  Art::new(21).item(2), O),
    t(S::LeadDepartmentReviewed,   E::JointReviewOrganised,         S::JointReviewOrganised,     NO,                                                  Art::new(21).item(3), O),
    t(S::JointReviewOrganised,     E::Approved,                     S::Approved,                 &[Guard::ReviewFindings],                            Art::new(21).item(3), O),
    t(S::JointReviewOrganised,     E::Rejected,                     S::Rejected,                 &[Guard::RejectionGrounds],                          Art::new(23),         O),
    t(S::Approved,                 E::OmStarted,                    S::InOperation,              NO,                                                  Art::new(26),         O),
    // 第二十五条: funding outside the annual budget, recorded before approval.
    t(S::Proposed,                 E::OutsideBudgetFundingArranged, S::Proposed,                 &[Guard::OutsideBudgetBasis],                        Art::new(25),         B),
    t(S::Ledgered,                 E::OutsideBudgetFundingArranged, S::Ledgered,                 &[Guard::OutsideBudgetBasis],                        Art::new(25),         D),
    t(S::OmPlanSubmitted,          E::OutsideBudgetFundingArranged, S::OmPlanSubmitted,          &[Guard::OutsideBudgetBasis],                        Art::new(25),         O),
    // Chapter 5: development, testing, release, trial run, acceptance.
    t(S::Approved,                 E::DevelopmentStarted,           S::Developing,               NO,                                                  Art::new(19).item(5), D),
    t(S::Developing,               E::TestingCompleted,             S::Tested,                   &[Guard::TestingDocuments],                          Art::new(31),         D),
    t(S::Tested,                   E::Released,                     S::Released,                 &[Guard::ReleaseChannel],                            Art::new(31),         D),
    t(S::Released,                 E::TrialRunStarted,              S::TrialRun,                 NO,                                                  Art::new(33),         D),
    t(S::TrialRun,                 E::TrialRunEnded,                S::TrialRunEnded,            &[Guard::TrialMinimum],                              Art::new(33),         D),
    t(S::TrialRun,                 E::TrialRunFailed,               S::TrialRunFailed,           NO,                                                  Art::new(34),         D),
    t(S::TrialRunEnded,            E::TrialRunFailed,               S::TrialRunFailed,           NO,                                                  Art::new(34),         D),
    t(S::TrialRunFailed,           E::TrialRunStarted,              S::TrialRun,                 NO,                                                  Art::new(33),         D),
    t(S::TrialRunEnded,            E::TrialRunReportSubmitted,      S::TrialRunEnded,            &[Guard::ReportPending],                             Art::new(33),         D),
    t(S::InOperation,              E::TrialRunReportSubmitted,      S::InOperation,              &[Guard::ReportPending],                             Art::new(33),         D),
    t(S::TrialRun,                 E::Accepted,                     S::InOperation,              &[Guard::TrialMinimum, Guard::TrialPassed, Guard::AcceptanceConditions],Art::new(34),         D),
    t(S::TrialRunEnded,            E::Accepted,                     S::InOperation,              &[Guard::TrialPassed, Guard::AcceptanceConditions],  Art::new(34),         D),
    // 第三十三条: major faults after deployment.
    t(S::Released,                 E::MajorFaultOccurred,           S::Released,                 NO,                                                  Art::new(33),         D),
    t(S::TrialRun,                 E::MajorFaultOccurred,           S::TrialRun,                 NO,                                                  Art::new(33),         D),
    t(S::TrialRunEnded,            E::MajorFaultOccurred,           S::TrialRunEnded,            NO,                                                  Art::new(33),         D),
    t(S::InOperation,              E::MajorFaultOccurred,           S::InOperation,              NO,                                                  Art::new(33),         B),
    t(S::Released,                 E::FaultReportSubmitted,         S::Released,                 &[Guard::FaultPending],                              Art::new(33),         D),
    t(S::TrialRun,                 E::FaultReportSubmitted,         S::TrialRun,                 &[Guard::FaultPending],                              Art::new(33),         D),
    t(S::TrialRunEnded,            E::FaultReportSubmitted,         S::TrialRunEnded,            &[Guard::FaultPending],                              Art::new(33),         D),
    t(S::InOperation,              E::FaultReportSubmitted,         S::InOperation,              &[Guard::FaultPending],                              Art::new(33),         B),
    // Chapter 6: operation, iteration, labels, deregistration.
    t(S::InOperation,              E::MajorIterationStarted,        S::InOperation,              &[Guard::CatalogUpdated],                            Art::new(37),         B),
    t(S::InOperation,              E::LabelMarked,                  S::InOperation,              &[Guard::OtherLabelNamed],                           Art::new(38),         B),
    // 第三十九条: evaluation and rectification.
    t(S::InOperation,              E::Evaluated,                    S::InOperation,              NO,                                                  Art::new(39),         B),
    t(S::InOperation,              E::RectificationRequired,        S::Rectifying,               &[Guard::RectificationOpinion],                      Art::new(39),         B),
    t(S::Rectifying,               E::Rectified,                    S::InOperation,              NO,                                                  Art::new(39),         B),
    // 第四十条 to 第四十二条: deregistration, from release on (第四十条(四) can arise in the trial run).
    t(S::Released,                 E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         D),
    t(S::TrialRun,                 E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         D),
    t(S::TrialRunEnded,            E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         D),
    t(S::TrialRunFailed,           E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         D),
    t(S::InOperation,              E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         B),
    t(S::Rectifying,               E::DeregistrationApplied,        S::DeregistrationApplied,    &[Guard::DeregistrationReason],                      Art::new(42),         B),
    t(S::DeregistrationApplied,    E::DeregistrationApproved,       S::DeregistrationApproved,   NO,                                                  Art::new(42),         B),
    t(S::DeregistrationApplied,    E::DeregistrationRefused,        S::InOperation,              NO,                                                  Art::new(42),         B),
    t(S::DeregistrationApproved,   E::Deregistered,                 S::Deregistered,             &[Guard::DisposalSteps],                             Art::new(41),         B),
];

/// The transition table and the diagram generated from it (流程).
///
/// # Example
/// ```
/// use fuling_rules::{EventType, Process, State};
/// let t = Process::transitions()
///     .iter()
///     .find(|t| t.from == State::PreliminaryReviewPassed && t.event == EventType::JointReviewOrganised)
///     .unwrap();
/// assert_eq!(t.article.unwrap().article, 19);
/// assert!(Process::mermaid().starts_with("stateDiagram-v2"));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Process;

/// Every row: the main rows, then the catalog, catalog-update and withdrawal rows, joined at
/// compile time (no table built at run time, no `OnceLock`).
const ALL_ROWS: [Transition; 121] = {
    let parts: [&[Transition]; 4] = [&MAIN_ROWS, &CATALOG_ROWS, &CATALOG_UPDATE_ROWS, &WITHDRAWAL_ROWS];
    let mut out = [uncited(S::Proposed, E::Withdrawn, S::Withdrawn, NO_KINDS); 121];
    let mut rest: &mut [Transition] = &mut out;
    let mut parts: &[&[Transition]] = &parts;
    while let [part, more @ ..] = parts {
        let mut rows: &[Transition] = part;
        while let [row, tail @ ..] = rows {
            match rest {
                [slot, free @ ..] => {
                    *slot = *row;
                    rest = free;
                }
                [] => panic!("ALL_ROWS is too short"),
            }
            rows = tail;
        }
        parts = more;
    }
    assert!(rest.is_empty(), "ALL_ROWS is too long");
    out
};
const NO_KINDS: &[ProjectKind] = &[];

fn all_rows() -> &'static [Transition] {
    &ALL_ROWS
}

impl Process {
    /// Every row of the transition table.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::Process, Art};
    /// // Every row cites an article the regulation has.
    /// assert!(Process::transitions().iter().flat_map(|t| t.article).all(|a| a.validate().is_ok()));
    /// assert!(Process::transitions().iter().any(|t| t.article == Some(Art::new(19).item(4))));
    /// ```
    pub fn transitions() -> &'static [Transition] {
        all_rows()
    }

    /// The row for `event` in `state` for a project of `kind`, if any.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::Process, Art, EventType, ProjectKind, State};
    /// let om = Process::find(State::Approved, EventType::OmStarted, ProjectKind::Om).unwrap();
    /// assert_eq!((om.to, om.article), (State::InOperation, Some(Art::new(26))));
    /// // A development project starts development instead.
    /// assert!(Process::find(State::Approved, EventType::OmStarted, ProjectKind::Development).is_none());
    /// ```
    pub fn find(state: State, event: EventType, kind: ProjectKind) -> Option<&'static Transition> {
        all_rows()
            .iter()
            .find(|t| t.from == state && t.event == event && t.kinds.contains(&kind))
    }

    /// The events allowed in `state` for a project of `kind` (guards not evaluated).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::Process, EventType, ProjectKind, State};
    /// // 第二十一条(一): an O&M project starts with its plan (or funding outside the budget, 第二十五条).
    /// let events = Process::allowed_events(State::Proposed, ProjectKind::Om);
    /// assert!(events.contains(&EventType::OmPlanSubmitted));
    /// assert!(!events.contains(&EventType::FundingPlanSubmitted));
    /// ```
    pub fn allowed_events(state: State, kind: ProjectKind) -> Vec<EventType> {
        let mut out: Vec<EventType> = Vec::new();
        for t in all_rows() {
            // Consecutive repeats dropped as they come (as `dedup` after the loop).
            if t.from == state && t.kinds.contains(&kind) && out.last() != Some(&t.event) {
                out.push(t.event);
            }
        }
        out
    }

    /// The transition table as a Mermaid `stateDiagram-v2`.
    ///
    /// # Properties
    /// Generated from [`Process::transitions`] only: state-changing rows are edges labelled
    /// `event · article [guards] (kind)`; rows that keep the state are listed in a note beside
    /// the state. `docs/process.md` contains this output verbatim (written by `cargo xtask codegen`).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::process::Process;
    /// let m = Process::mermaid();
    /// assert!(m.starts_with("stateDiagram-v2\n"));
    /// assert!(m.contains("    [*] --> proposed\n"));
    /// assert!(m.contains("    rejected --> [*]\n"));
    /// ```
    pub fn mermaid() -> String {
        let mut out = String::from("stateDiagram-v2\n");
        for s in State::ALL {
            if all_rows().iter().any(|t| t.from == *s || t.to == *s) || *s == State::Proposed {
                let _ = writeln!(out, "    {} : {} {}", s.as_str(), s.as_str(), s.zh());
            }
        }
        out.push_str("    [*] --> proposed\n");
        // Edges, merged when the same (from, event, to) appears for both kinds.
        let mut edges: Vec<(State, EventType, State, Vec<&Transition>)> = Vec::new();
        for row in all_rows() {
            if row.from == row.to {
                continue;
            }
            if let Some(e) = edges
                .iter_mut()
                .find(|e| e.0 == row.from && e.1 == row.event && e.2 == row.to)
            {
                e.3.push(row);
            } else {
                edges.push((row.from, row.event, row.to, vec![row]));
            }
        }
        for (from, event, to, rows) in &edges {
            let mut articles: Vec<String> = Vec::new();
            let mut guards: Vec<&str> = Vec::new();
            for r in rows {
                let article = cite_en(r.article);
                // Consecutive repeats dropped as they come (as `dedup` after the loop).
                if articles.last() != Some(&article) {
                    articles.push(article);
                }
                for g in r.guards {
                    if !guards.contains(&g.en()) {
                        guards.push(g.en());
                    }
                }
            }
            let guard = if guards.is_empty() {
                String::new()
            } else {
                format!(" · if {}", crate::text::join(&guards, " and "))
            };
            let _ = writeln!(
                out,
                "    {} --> {} : {} · {}{}{}",
                from.as_str(),
                to.as_str(),
                event.as_str(),
                crate::text::join(&articles, " / "),
                guard,
                kind_tag(rows)
            );
        }
        for s in State::ALL {
            if s.is_terminal() {
                let _ = writeln!(out, "    {} --> [*]", s.as_str());
            }
        }
        for s in State::ALL {
            let mut loops: Vec<&str> = Vec::new();
            for row in all_rows() {
                if row.from != *s || row.to != *s {
                    continue;
                }
                let name = row.event.as_str();
                if !loops.contains(&name) {
                    loops.push(name);
                }
            }
            if !loops.is_empty() {
                let _ = writeln!(
                    out,
                    "    note right of {} : also {}",
                    s.as_str(),
                    crate::text::join(&loops, ", ")
                );
            }
        }
        out
    }

    /// The transition table as a Markdown table (from, event, to, guards, article, kinds).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::process::Process;
    /// let t = Process::markdown_table();
    /// assert!(t.starts_with("| from | event | to | guards | article | kinds |"));
    /// assert!(t.contains("| preliminary_review_passed | joint_review_organised | joint_review_organised | municipal_filing | Art. 19(4) | development |"));
    /// assert_eq!(t.lines().count(), 2 + Process::transitions().len());
    /// ```
    pub fn markdown_table() -> String {
        let mut out = String::from("| from | event | to | guards | article | kinds |\n|---|---|---|---|---|---|\n");
        for r in all_rows() {
            let guards: Vec<&str> = r.guards.iter().map(|g| g.as_str()).collect();
            let kinds: Vec<&str> = r.kinds.iter().map(|k| k.as_str()).collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                r.from.as_str(),
                r.event.as_str(),
                r.to.as_str(),
                crate::text::join(&guards, ", "),
                cite_en(r.article),
                crate::text::join(&kinds, ", ")
            );
        }
        out
    }
}

/// The English citation of a row, or `no article` for a step the text does not set.
fn cite_en(article: Option<Citation>) -> String {
    article.map_or_else(|| "no article".to_owned(), |a| a.en())
}

fn kind_tag(rows: &[&Transition]) -> &'static str {
    let dev = rows.iter().any(|r| r.kinds.contains(&ProjectKind::Development));
    let om = rows.iter().any(|r| r.kinds.contains(&ProjectKind::Om));
    match (dev, om) {
        (true, false) => "",
        (false, true) => " (om)",
        _ => " (both)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        let rows = Process::transitions();
        for (i, r) in rows.iter().enumerate() {
            if let Some(a) = r.article {
                a.validate().unwrap();
            } else {
                assert_eq!(r.event, EventType::Withdrawn, "row {i} cites no article");
            }
            for g in r.guards {
                g.article().validate().unwrap();
            }
            assert!(!r.from.is_terminal(), "row {i} leaves a terminal state");
            for k in r.kinds {
                assert!(r.event.kinds().contains(k), "row {i}: {:?} not for {:?}", r.event, k);
            }
            // Deterministic: no two rows for the same (from, event, kind).
            for other in rows.iter().skip(i + 1) {
                let overlap = r.kinds.iter().any(|k| other.kinds.contains(k));
                assert!(
                    !(r.from == other.from && r.event == other.event && overlap),
                    "duplicate row {i}"
                );
            }
        }
        // Every event type appears in at least one row; every state is reachable.
        for e in EventType::ALL {
            assert!(rows.iter().any(|r| r.event == *e), "{e:?} unused");
        }
        for s in State::ALL {
            assert!(
                *s == State::Proposed || rows.iter().any(|r| r.to == *s),
                "{s:?} unreachable"
            );
        }
    }

    #[test]
    fn mermaid_is_generated_from_the_table() {
        let m = Process::mermaid();
        assert!(m.contains("preliminary_review_passed --> joint_review_organised : joint_review_organised · Art. 19(4) · if plan under the Art. 20 threshold or filed with the municipal Bureau"));
        assert!(m.contains("rejected --> [*]"));
        assert!(m.contains("note right of in_operation : also "));
    }
}
