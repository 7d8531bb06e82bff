//! States (状态) of a project, and the lifecycle stage (第七条) each belongs to.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::LifecycleStage;

macro_rules! states {
    ($( $(#[$meta:meta])* $variant:ident = $name:literal, $zh:literal, $stage:ident ),* $(,)?) => {
        /// The state of a project: the result of replaying its events.
        ///
        /// # Example
        /// ```
        /// use fuling_rules::{model::LifecycleStage, Project, ProjectKind, State};
        /// let mut p = Project::new("FL-2025-031", ProjectKind::Development);
        /// assert_eq!(p.state(), State::Proposed);
        /// p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; // 第十四条
        /// assert_eq!((p.state().as_str(), p.state().zh()), ("ledgered", "已纳入一本账"));
        /// assert_eq!(p.state().stage(), LifecycleStage::Planning);
        /// # Ok::<(), fuling_rules::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, ToJson, FromJson, schemars::JsonSchema)]
        pub enum State {
            $( $(#[$meta])* #[serde(rename = $name)] $variant, )*
        }

        impl State {
            /// Every state, in the order of the process.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::State;
            /// assert_eq!(State::ALL[0], State::Proposed); // the initial state
            /// assert_eq!(State::ALL.iter().filter(|s| s.is_terminal()).count(), 7);
            /// ```
            pub const ALL: &'static [State] = &[$(State::$variant),*];

            /// The snake_case name (as in JSON).
            ///
            /// # Example
            /// ```
            /// use fuling_rules::State;
            /// assert_eq!(State::TrialRun.as_str(), "trial_run");
            /// assert_eq!(serde_json::to_string(&State::TrialRun).unwrap(), r#""trial_run""#);
            /// ```
            // One copy (in this crate), so its names are stored once in the `.wasm`.
            #[inline(never)]
            pub const fn as_str(self) -> &'static str {
                // The derived writer's table (`json_output::UnitNames`): the names are stored once.
                crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
            }

            /// The Chinese name.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::State;
            /// assert_eq!(State::Rejected.zh(), "未通过联合评审");
            /// assert_eq!(State::InOperation.zh(), "运行中");
            /// ```
            pub const fn zh(self) -> &'static str {
                // One text (`text::Names`), not a `&str` per state.
                const ZH: crate::text::Names = crate::text::Names::new(concat!($($zh, " "),*));
                const _: () = assert!(ZH.len() == State::ALL.len(), "a state's Chinese name has a space");
                crate::json_output::name_at(ZH, self as usize)
            }

            /// The lifecycle stage (第七条) the state belongs to.
            ///
            /// # Example
            /// ```
            /// use fuling_rules::{model::LifecycleStage, State};
            /// assert_eq!(State::Approved.stage(), LifecycleStage::Approval);
            /// assert_eq!(State::TrialRun.stage(), LifecycleStage::Release); // 第三十三条
            /// assert_eq!(State::Deregistered.stage(), LifecycleStage::Deregistration);
            /// ```
            pub const fn stage(self) -> LifecycleStage {
                match self { $(State::$variant => LifecycleStage::$stage),* }
            }
        }
    };
}

states! {
    /// The need is being planned (谋划); no event yet. The initial state of every project.
    #[default]
    Proposed = "proposed", "谋划中", Planning,
    /// 第二十四条: a higher-level declaration (or matching funds) is planned, with its date.
    DeclarationPlanned = "declaration_planned", "拟向上申报", Planning,
    /// 第二十四条: the written preliminary review application has been made.
    PreliminaryReviewApplied = "preliminary_review_applied", "已提出书面初审申请", Planning,
    /// 第二十四条: the higher-level approval has been filed with the Bureau.
    HigherApprovalFiled = "higher_approval_filed", "上级审批文件已备案", Planning,
    /// 第十四条: ledgering by the leading group's exception has been requested.
    ExceptionRequested = "exception_requested", "已申请特别纳入一本账", Planning,
    /// 第十四条: the leading group did not consent to ledgering by exception (terminal).
    ExceptionRefused = "exception_refused", "领导小组未同意纳入一本账", Planning,
    /// 第二十四条: the higher-level authority did not approve (terminal).
    HigherApprovalRefused = "higher_approval_refused", "上级主管部门未予审批", Planning,
    /// 第十四条: in the district ledger (一本账).
    Ledgered = "ledgered", "已纳入一本账", Planning,
    /// 第十九条(一): the funding requirement plan is with the lead department.
    FundingPlanSubmitted = "funding_plan_submitted", "资金需求计划待牵头部门审核", Planning,
    /// 第十九条(二) / 第二十一条(二): the lead department has given its opinion.
    LeadDepartmentReviewed = "lead_department_reviewed", "牵头部门已提出审核意见", Planning,
    /// 第十九条(二)(三): the preliminary funding plan is set; the development plan is being written.
    PreliminaryFundingSet = "preliminary_funding_set", "已确定初步资金计划", Planning,
    /// 第十九条(三): the development plan is with the Bureau.
    DevelopmentPlanSubmitted = "development_plan_submitted", "开发方案已报送", Approval,
    /// 第十九条(四): the Bureau's preliminary review has passed; the joint review is to be organised.
    PreliminaryReviewPassed = "preliminary_review_passed", "初审通过", Approval,
    /// 第十九条(四): the Bureau's preliminary review (初审) has not passed (terminal).
    PreliminaryReviewFailed = "preliminary_review_failed", "初审未通过", Approval,
    /// 第二十一条(一): the O&M plan is with the lead department.
    OmPlanSubmitted = "om_plan_submitted", "运维方案待牵头部门审核", Planning,
    /// 第十九条(四) / 第二十一条(三): the joint review is under way.
    JointReviewOrganised = "joint_review_organised", "联合评审中", Approval,
    /// 第十九条(四) / 第二十一条(三): approved; the joint approval document is issued.
    Approved = "approved", "已取得评审批复文件", Approval,
    /// 第二十三条: not passed by the joint review (terminal).
    Rejected = "rejected", "未通过联合评审", Approval,
    /// 第十九条(三)(五): adjusted by the Bureau with the leading group's consent and taken out
    /// of the plan (terminal). An adjustment that re-plans keeps the project going
    /// (`project_replanned`).
    Adjusted = "adjusted", "已调整", Approval,
    /// Withdrawn by the responsible department before acceptance (O&M: before `om_started`)
    /// (terminal). Not in the text: see `docs/readings.md`.
    Withdrawn = "withdrawn", "已撤回", Approval,
    /// 第十九条(五), 第二十六条: development under way.
    Developing = "developing", "开发中", Development,
    /// 第三十一条: tested and jointly debugged.
    Tested = "tested", "已完成测试联调", Development,
    /// 第三十一条: released through 渝快办/渝快政.
    Released = "released", "已发布", Release,
    /// 第三十三条: in the stable trial run.
    TrialRun = "trial_run", "试运行中", Release,
    /// 第三十三条: the trial run has ended; acceptance is next.
    TrialRunEnded = "trial_run_ended", "试运行已结束", Release,
    /// 第三十四条: the trial run was not passed (不合格); rectification, then a new trial run.
    TrialRunFailed = "trial_run_failed", "试运行不合格,整改中", Release,
    /// 第三十四条 (development) / 第二十一条(三) (O&M): in operation.
    InOperation = "in_operation", "运行中", Operation,
    /// 第三十九条: the evaluation found outstanding problems; rectification (整改) is under way.
    Rectifying = "rectifying", "评价整改中", Evaluation,
    /// 第四十二条: the deregistration application is in IRS.
    DeregistrationApplied = "deregistration_applied", "已申请注销", Deregistration,
    /// 第四十二条: the municipal Bureau has approved the deregistration.
    DeregistrationApproved = "deregistration_approved", "注销已审核通过", Deregistration,
    /// 第四十二条: deregistered (terminal).
    Deregistered = "deregistered", "已注销", Deregistration,
}

impl State {
    /// Whether no event can follow.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::Process, ProjectKind, State};
    /// assert!(State::Rejected.is_terminal()); // 第二十三条: not passed
    /// assert!(!State::InOperation.is_terminal());
    /// assert!(Process::allowed_events(State::Deregistered, ProjectKind::Om).is_empty());
    /// ```
    pub const fn is_terminal(self) -> bool {
        matches!(
            self,
            State::Rejected
                | State::Adjusted
                | State::Deregistered
                | State::Withdrawn
                | State::ExceptionRefused
                | State::HigherApprovalRefused
                | State::PreliminaryReviewFailed
        )
    }
}

impl core::fmt::Display for State {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}
