//! What the joint review (联合评审, 第二十三条) looks at. The conventions of
//! [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::{PlanningDossier, ReleaseChannel};
use crate::prelude::*;

/// What the joint review (联合评审) of a development or O&M project looks at: one
/// section per ground of 第二十三条. Checked by [`crate::checks::check_joint_review`].
///
/// # Example
/// ```
/// use fuling_rules::checks::check_joint_review;
/// use fuling_rules::model::{JointReview, RejectionGround};
/// let review: JointReview = serde_json::from_str(r#"{"in_ledger": false}"#).unwrap();
/// let report = check_joint_review(&review);
/// assert!(!report.passed); // 不予通过联合评审
/// assert_eq!(report.rejection_grounds[0], RejectionGround::NotInLedger); // 23(1)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct JointReview {
    /// The project's name (informational).
    pub name: String,
    /// Development or O&M project (informational; 第二十三条 applies to both).
    pub project_kind: Option<crate::model::ProjectKind>,
    /// 第二条 涉密: the platform-only grounds 23(2)(4)(5)(6)(7) do not apply; the review procedure does.
    pub secret_related: bool,
    /// 23(1): in the ledger (一本账).
    pub in_ledger: bool,
    /// 23(2) (and 第九条).
    pub infrastructure: Infrastructure,
    /// 23(3).
    pub design: DesignReview,
    /// 23(4).
    pub sensing: Sensing,
    /// 23(5).
    pub two_ends: TwoEnds,
    /// 23(6).
    pub lines: Lines,
    /// 23(7).
    pub platform: PlatformUse,
    /// 23(8).
    pub security: SecurityCompliance,
    /// 23(9): the plan is complete. When absent, the `development_plan` (if given) decides;
    /// with neither, completeness is not confirmed (a finding).
    pub plan_complete: Option<bool>,
    /// 23(9): the procedure was regular (报审程序规范).
    pub procedure_regular: bool,
    /// 23(9): other violations of law or standards the reviewers found.
    pub other_violations: Vec<String>,
    /// 23(9): the development plan itself; its blocking 第十六条至第十八条 findings are reported
    /// under `/development_plan` and make the plan incomplete.
    pub development_plan: Option<PlanningDossier>,
}

/// 23(2): infrastructure the project builds or keeps.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_joint_review;
/// use fuling_rules::model::{Infrastructure, JointReview, RejectionGround};
/// let mut review = JointReview::default();
/// review.infrastructure = Infrastructure { adds_hardware: true, ..Default::default() };
/// assert!(check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure));
/// // 23(2) "经评估确需的除外": the Bureau's assessment lifts the ground.
/// review.infrastructure.bureau_exemption = "涪大数据〔2025〕12号".into();
/// assert!(!check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Infrastructure {
    /// 新建或扩建机房.
    pub builds_machine_room: bool,
    /// 新建或扩建私(专)有云平台.
    pub builds_private_cloud: bool,
    /// 新建或扩建数据中心.
    pub builds_data_centre: bool,
    /// 新增计算、存储、网络等硬件设备.
    pub adds_hardware: bool,
    /// 已有私(专)有云平台、数据中心.
    pub has_private_cloud_or_data_centre: bool,
    /// 已明确撤并计划 for the existing cloud or data centre.
    pub consolidation_plan: bool,
    /// 经区大数据发展局评估、论证后确需保留或者新增: the reference of the Bureau's assessment.
    /// A non-blank reference exempts the project from 23(2).
    pub bureau_exemption: String,
    /// 第九条: builds or runs another non-secret integrated operating platform (原则上不得).
    pub builds_integration_platform: bool,
}

/// 23(3): the reviewers' judgement of the design, and overlaps.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_joint_review, FindingCode};
/// use fuling_rules::model::{DesignReview, JointReview};
/// let design = DesignReview { overlaps: vec!["涪陵区智慧城管".into()], ..Default::default() };
/// let r = check_joint_review(&JointReview { design, ..Default::default() });
/// let overlap = r.with_code(FindingCode::Art23UnclearScenarioOrOverlap).find(|f| f.path == "/design/overlaps/0");
/// assert!(overlap.unwrap().message_zh.contains("涪陵区智慧城管"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DesignReview {
    /// 应用场景梳理清晰.
    pub scenarios_clear: bool,
    /// 业务流程梳理清晰.
    pub processes_clear: bool,
    /// 数据模型梳理清晰.
    pub data_model_clear: bool,
    /// 横向协同、纵向贯通关系明确.
    pub coordination_clear: bool,
    /// 应用开发模式明确.
    pub development_mode_clear: bool,
    /// 存量应用关联关系和统筹计划明确.
    pub existing_applications_clear: bool,
    /// Existing applications whose functions the project overlaps, wholly or in part.
    pub overlaps: Vec<String>,
}

/// 23(4): sensing networks and devices.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_joint_review;
/// use fuling_rules::model::{JointReview, Sensing, RejectionGround};
/// let sensing = Sensing { has_sensing_resources: true, connected_to_operations_centre: false };
/// let r = check_joint_review(&JointReview { sensing, ..Default::default() });
/// assert!(r.rejection_grounds.contains(&RejectionGround::SensingNotConnected)); // 23(4)
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Sensing {
    /// The project involves sensing networks or devices in the district.
    pub has_sensing_resources: bool,
    /// They are connected to the district city operations and governance centre and shared.
    pub connected_to_operations_centre: bool,
}

/// 23(5): 渝快办/渝快政 and the extension to towns and villages.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_joint_review, FindingCode};
/// use fuling_rules::model::{JointReview, TwoEnds, ReleaseChannel};
/// let two_ends = TwoEnds {
///     connected: Some(ReleaseChannel::YuKuaiZheng),
///     grassroots_extension_required: true,
///     extended_to_grassroots: false,
/// };
/// let r = check_joint_review(&JointReview { two_ends, ..Default::default() });
/// let paths: Vec<&str> = r.with_code(FindingCode::Art23NotOnTwoEnds).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/two_ends/extended_to_grassroots"]); // 23(5) 应向基层延伸而未延伸
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct TwoEnds {
    /// The end the application is connected to.
    pub connected: Option<ReleaseChannel>,
    /// It should extend to 乡镇(街道)、村(社区) and 网格员 through the 基层智治平台.
    pub grassroots_extension_required: bool,
    /// It does.
    pub extended_to_grassroots: bool,
}

/// 23(6): line leases and terminal security.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_joint_review, FindingCode};
/// use fuling_rules::model::{JointReview, Lines};
/// let lines = Lines { internet_egress_lease: true, ..Default::default() };
/// let r = check_joint_review(&JointReview { lines, ..Default::default() });
/// assert_eq!(r.with_code(FindingCode::Art23PrivateLines).next().unwrap().path, "/lines/internet_egress_lease");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Lines {
    /// 互联网出口的线路租赁项目.
    pub internet_egress_lease: bool,
    /// 专网租赁项目.
    pub private_line_lease: bool,
    /// The private line is integrated into the unified network (电子政务外网 etc.) or has a consolidation plan.
    pub private_line_integrated_or_planned: bool,
    /// 终端安全防护项目.
    pub terminal_security: bool,
    /// The terminal security can be put under unified supervision in the unified network.
    pub terminal_security_supervisable: bool,
}

/// 23(7): use of the platform.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_joint_review, FindingCode};
/// use fuling_rules::model::{JointReview, PlatformUse};
/// let platform = PlatformUse { developed_on_platform: true, data_on_platform: true, data_lawful: true };
/// let r = check_joint_review(&JointReview { platform, ..Default::default() });
/// assert_eq!(r.with_code(FindingCode::Art23NotOnPlatform).count(), 0); // 23(7) met
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlatformUse {
    /// Development and operation rely on the platform.
    pub developed_on_platform: bool,
    /// Data collection, aggregation, sharing, opening, processing and analysis rely on the platform.
    pub data_on_platform: bool,
    /// … and are lawful (依法依规).
    pub data_lawful: bool,
}

/// 23(8): compliance with security law and standards.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_joint_review, FindingCode};
/// use fuling_rules::model::{JointReview, SecurityCompliance};
/// let security = SecurityCompliance { network_security: true, data_security: true, cryptography: false, autonomous_controllable: true };
/// let r = check_joint_review(&JointReview { security, ..Default::default() });
/// let paths: Vec<&str> = r.with_code(FindingCode::Art23SecurityNonCompliant).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/security/cryptography"]); // 23(8) 密码应用
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SecurityCompliance {
    /// 网络安全.
    pub network_security: bool,
    /// 数据安全.
    pub data_security: bool,
    /// 密码应用.
    pub cryptography: bool,
    /// 自主可控.
    pub autonomous_controllable: bool,
}
