//! The acceptance dossier (验收, 第三十四条). The conventions of [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::prelude::*;

/// 第三十四条: acceptance (验收); every condition must hold ("须同时满足").
/// Checked by [`crate::checks::check_acceptance`].
///
/// # Example
/// ```
/// use fuling_rules::checks::check_acceptance;
/// use fuling_rules::model::{AcceptanceDossier, AcceptanceCondition};
/// let d = AcceptanceDossier {
///     trial_run_passed: true, supervisor_consents: true, content_complete: true,
///     performance_goals_met: true, built_on_platform: true, meets_technical_standards: true,
///     irs_managed_and_monitored: true, catalog_accurate_and_maintained: true,
///     technical_indicators_met: true, third_party_tests_passed: true,
///     classified_protection_passed: true, commercial_crypto_assessment_passed: false,
///     training_completed: true, users_independent: true, technical_materials_held: true,
///     records_complete: true, other_requirements_met: true, ..Default::default()
/// };
/// // 第三十四条(五): no 商用密码应用安全性评估 yet, so no acceptance.
/// let r = check_acceptance(&d);
/// assert!(!r.passed);
/// assert_eq!(r.unmet_conditions, [AcceptanceCondition::TestsAndAssessmentsPassed]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AcceptanceDossier {
    /// The application's name (informational).
    pub name: String,
    /// 第二条 涉密: 34(3) (built on the platform) does not apply.
    pub secret_related: bool,
    /// "区级应用试运行合格后……组织验收": the trial run (第三十三条) has passed.
    pub trial_run_passed: bool,
    /// 34(1) 履行监理职责的单位同意应用开展验收工作.
    pub supervisor_consents: bool,
    /// 34(2) 开发方案明确的开发内容已全部完成.
    pub content_complete: bool,
    /// 34(2) 绩效目标已全部实现.
    pub performance_goals_met: bool,
    /// 34(3) 基于一体化智能化公共数据平台进行开发.
    pub built_on_platform: bool,
    /// 34(3) 架构、代码、接口、性能、安全等满足统一技术规范.
    pub meets_technical_standards: bool,
    /// 34(4) 已接入IRS系统进行全生命周期管理并开展实时监测.
    pub irs_managed_and_monitored: bool,
    /// 34(4) 应用编目信息准确、完整、真实且已落实动态维护要求.
    pub catalog_accurate_and_maintained: bool,
    /// 34(5) 功能、性能等技术指标满足需求.
    pub technical_indicators_met: bool,
    /// 34(5) 通过测评机构对功能性、兼容性、易用性、可靠性、安全性等方面测试.
    pub third_party_tests_passed: bool,
    /// 34(5) 通过网络安全等级保护测评.
    pub classified_protection_passed: bool,
    /// 34(5) 通过商用密码应用安全性评估.
    pub commercial_crypto_assessment_passed: bool,
    /// 34(6) 完成使用培训.
    pub training_completed: bool,
    /// 34(6) 使用人员能够独立操作使用.
    pub users_independent: bool,
    /// 34(7) 已掌握可独立开展应用运维或升级迭代所需的技术资料.
    pub technical_materials_held: bool,
    /// 34(8) 文件资料齐全,符合档案管理有关规范.
    pub records_complete: bool,
    /// 34(9) 符合法律法规、标准规定和采购合同约定的其他要求.
    pub other_requirements_met: bool,
}
