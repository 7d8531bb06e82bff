//! The enumerations that the process and the checks share: the nine grounds
//! on which a joint review is refused (Art. 23), the nine conditions of
//! acceptance (Art. 34) and the reasons for deregistration (Art. 40, re-exported as
//! `process::DeregistrationReason`).

use crate::citation::{Art, Citation};
use crate::json_input::FromJson;
use crate::json_output::ToJson;

/// 第二十三条: the grounds on which a development or O&M project "应当不予通过联合评审".
///
/// # Example
/// ```
/// use fuling_rules::{model::RejectionGround, Art};
/// let g = RejectionGround::NotOnTwoEnds; // 第二十三条(五)
/// assert_eq!(g.article(), Art::new(23).item(5));
/// assert!(g.article().text().unwrap().contains("渝快办"));
/// assert_eq!(serde_json::to_string(&g).unwrap(), r#""not_on_two_ends""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RejectionGround {
    /// (一) 未纳入涪陵区推进数字重庆建设应用"一本账"的.
    NotInLedger,
    /// (二) 新建或扩建机房、私(专)有云平台、数据中心,新增硬件设备,或未明确撤并计划(经评估确需的除外).
    NewInfrastructure,
    /// (三) 应用场景、业务流程和数据模型梳理不清晰,关系不明确,功能重叠.
    UnclearScenarioOrOverlap,
    /// (四) 感知网络、感知设备等数字资源未接入区级数字化城市运行和治理中心共享.
    SensingNotConnected,
    /// (五) 未接入"渝快办"或者"渝快政",或应向基层延伸而未延伸.
    NotOnTwoEnds,
    /// (六) 互联网出口线路租赁、未整合的专网租赁、不能统一监管的终端安全防护项目.
    PrivateLines,
    /// (七) 未依托一体化智能化公共数据平台开展开发运维或数据处理.
    NotOnPlatform,
    /// (八) 不满足网络安全、数据安全、密码应用、自主可控等法律法规和标准规范.
    SecurityNonCompliant,
    /// (九) 开发方案编制不完整、报审程序不规范,或其他违法违规.
    IncompletePlan,
}

impl RejectionGround {
    /// All nine grounds in the order of Art. 23.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::RejectionGround;
    /// let items: Vec<u8> = RejectionGround::ALL.iter().map(|g| g.item()).collect();
    /// assert_eq!(items, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    /// assert!(RejectionGround::ALL.iter().all(|g| g.article().validate().is_ok()));
    /// ```
    pub const ALL: [RejectionGround; 9] = [
        RejectionGround::NotInLedger,
        RejectionGround::NewInfrastructure,
        RejectionGround::UnclearScenarioOrOverlap,
        RejectionGround::SensingNotConnected,
        RejectionGround::NotOnTwoEnds,
        RejectionGround::PrivateLines,
        RejectionGround::NotOnPlatform,
        RejectionGround::SecurityNonCompliant,
        RejectionGround::IncompletePlan,
    ];

    /// The item of Art. 23 (1–9).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::RejectionGround;
    /// assert_eq!(RejectionGround::NotInLedger.item(), 1);
    /// assert_eq!(RejectionGround::IncompletePlan.item(), 9);
    /// ```
    pub const fn item(self) -> u8 {
        self as u8 + 1
    }

    /// The citation, e.g. `Art. 23(5)`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::RejectionGround, Art};
    /// assert_eq!(RejectionGround::SecurityNonCompliant.article(), Art::new(23).item(8));
    /// assert_eq!(RejectionGround::NotInLedger.article().en(), "Art. 23(1)");
    /// ```
    pub const fn article(self) -> Citation {
        Art::new(23).item(self.item())
    }

    /// Whether the ground is one of the platform-only rules (Art. 8–10, Art. 23(4)(5)(6)(7))
    /// that do not apply to secret-related (涉密) applications (Art. 2, Art. 8: the platform
    /// is the sole support of 非涉密 applications). 23(2) is not among them: it has its own
    /// exception (the Bureau's 评估、论证), open to 涉密 applications too. Each waiver is a
    /// reading, written down in `docs/readings.md`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::RejectionGround;
    /// assert!(RejectionGround::NotOnPlatform.platform_only());
    /// assert!(!RejectionGround::NotInLedger.platform_only()); // applies to 涉密 applications too
    /// assert_eq!(RejectionGround::ALL.iter().filter(|g| g.platform_only()).count(), 4);
    /// assert!(!RejectionGround::NewInfrastructure.platform_only()); // 23(2) has its own exception
    /// ```
    pub const fn platform_only(self) -> bool {
        matches!(
            self,
            RejectionGround::SensingNotConnected
                | RejectionGround::NotOnTwoEnds
                | RejectionGround::PrivateLines
                | RejectionGround::NotOnPlatform
        )
    }
}

/// 第三十四条: the conditions that acceptance (验收) must all meet ("须同时满足").
///
/// # Example
/// ```
/// use fuling_rules::{model::AcceptanceCondition, Art};
/// let c = AcceptanceCondition::IrsCatalogMaintained; // 第三十四条(四)
/// assert_eq!(c.article(), Art::new(34).item(4));
/// assert!(c.article().text().unwrap().contains("IRS"));
/// assert_eq!(serde_json::to_string(&c).unwrap(), r#""irs_catalog_maintained""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AcceptanceCondition {
    /// (一) 履行监理职责的单位同意应用开展验收工作.
    SupervisorConsents,
    /// (二) 开发内容已全部完成,绩效目标已全部实现.
    ContentCompleteAndGoalsMet,
    /// (三) 基于一体化智能化公共数据平台开发,满足统一技术规范.
    BuiltOnPlatform,
    /// (四) 已接入IRS系统全生命周期管理并实时监测,编目信息准确完整真实且动态维护.
    IrsCatalogMaintained,
    /// (五) 通过测评机构测试、网络安全等级保护测评、商用密码应用安全性评估.
    TestsAndAssessmentsPassed,
    /// (六) 完成使用培训,使用人员能够独立操作使用.
    TrainingCompleted,
    /// (七) 已掌握独立运维或升级迭代所需的技术资料.
    TechnicalMaterialsHeld,
    /// (八) 文件资料齐全,符合档案管理有关规范.
    RecordsComplete,
    /// (九) 符合法律法规、标准规定和采购合同约定的其他要求.
    OtherRequirementsMet,
}

impl AcceptanceCondition {
    /// All nine conditions in the order of Art. 34.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::AcceptanceCondition;
    /// assert_eq!(AcceptanceCondition::ALL.len(), 9); // "须同时满足" nine conditions
    /// assert!(AcceptanceCondition::ALL.iter().all(|c| c.article().validate().is_ok()));
    /// ```
    pub const ALL: [AcceptanceCondition; 9] = [
        AcceptanceCondition::SupervisorConsents,
        AcceptanceCondition::ContentCompleteAndGoalsMet,
        AcceptanceCondition::BuiltOnPlatform,
        AcceptanceCondition::IrsCatalogMaintained,
        AcceptanceCondition::TestsAndAssessmentsPassed,
        AcceptanceCondition::TrainingCompleted,
        AcceptanceCondition::TechnicalMaterialsHeld,
        AcceptanceCondition::RecordsComplete,
        AcceptanceCondition::OtherRequirementsMet,
    ];

    /// The item of Art. 34 (1–9).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::AcceptanceCondition;
    /// assert_eq!(AcceptanceCondition::SupervisorConsents.item(), 1);
    /// assert_eq!(AcceptanceCondition::OtherRequirementsMet.item(), 9);
    /// ```
    pub const fn item(self) -> u8 {
        self as u8 + 1
    }

    /// The citation, e.g. `Art. 34(3)`.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::AcceptanceCondition, Art};
    /// assert_eq!(AcceptanceCondition::BuiltOnPlatform.article(), Art::new(34).item(3));
    /// ```
    pub const fn article(self) -> Citation {
        Art::new(34).item(self.item())
    }

    /// Whether the condition is platform-only (not applicable to 涉密 applications, Art. 2, 8).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::AcceptanceCondition;
    /// let platform_only: Vec<_> = AcceptanceCondition::ALL.into_iter().filter(|c| c.platform_only()).collect();
    /// assert_eq!(platform_only, [AcceptanceCondition::BuiltOnPlatform]);
    /// ```
    pub const fn platform_only(self) -> bool {
        matches!(self, AcceptanceCondition::BuiltOnPlatform)
    }
}

/// 第四十条: the reasons an application is deregistered.
///
/// # Example
/// ```
/// use fuling_rules::{process::DeregistrationReason, Art};
/// let r: DeregistrationReason = serde_json::from_str(r#""superseded""#).unwrap();
/// assert_eq!(r.article(), Art::new(40).item(2));
/// assert!(r.article().text().unwrap().contains("归并整合"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeregistrationReason {
    /// (一) 应用已无使用必要.
    NoLongerNeeded,
    /// (二) 应用被其他应用覆盖,需要归并整合.
    Superseded,
    /// (三) 应用停滞,内容长期不更新,用户活跃度低、数字资源利用效能差.
    Stagnant,
    /// (四) 应用出现重大舆情、产生重大危害等问题.
    MajorIncident,
    /// Another reason, described in the event's `other_reason`: 第四十条 lists the situations
    /// that oblige deregistration, not the only ones that allow it (see `docs/readings.md`).
    Other,
}

impl DeregistrationReason {
    /// The item of 第四十条.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{process::DeregistrationReason, Art};
    /// assert_eq!(DeregistrationReason::NoLongerNeeded.article(), Art::new(40).item(1));
    /// assert_eq!(DeregistrationReason::MajorIncident.article(), Art::new(40).item(4));
    /// ```
    pub const fn article(self) -> Citation {
        match self {
            DeregistrationReason::NoLongerNeeded => Art::new(40).item(1),
            DeregistrationReason::Superseded => Art::new(40).item(2),
            DeregistrationReason::Stagnant => Art::new(40).item(3),
            DeregistrationReason::MajorIncident => Art::new(40).item(4),
            DeregistrationReason::Other => Art::new(40),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_citations_exist() {
        for (i, g) in RejectionGround::ALL.iter().enumerate() {
            assert_eq!(usize::from(g.item()), i + 1);
            g.article().validate().unwrap();
        }
        for (i, c) in AcceptanceCondition::ALL.iter().enumerate() {
            assert_eq!(usize::from(c.item()), i + 1);
            c.article().validate().unwrap();
        }
        #[cfg(feature = "regulation-text")]
        assert!(RejectionGround::NotOnTwoEnds
            .article()
            .text()
            .unwrap()
            .contains("渝快办"));
        #[cfg(feature = "regulation-text")]
        assert!(AcceptanceCondition::TrainingCompleted
            .article()
            .text()
            .unwrap()
            .contains("培训"));
    }
}
