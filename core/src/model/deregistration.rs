//! The dossiers the checks read after approval: acceptance (验收, 第三十四条), the
//! catalog (编目, 第七条), deregistration (注销, 第四十条、第四十一条) and labels
//! (标签, 第三十八条). The conventions of [`crate::model::dossier`] apply.

use crate::json_input::FromJson;
use crate::model::{CatalogEntry, Label, ReleaseChannel};
use crate::process::DeregistrationReason;
use serde::{Deserialize, Serialize};

/// 第三十四条: acceptance (验收); every condition must hold ("须同时满足").
/// Checked by [`crate::checks::check_acceptance`].
///
/// # Example
/// ```
/// use fuling_rules::checks::check_acceptance;
/// use fuling_rules::model::{lifecycle_dossier::AcceptanceDossier, AcceptanceCondition};
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
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
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

/// 第七条: the catalog information of an application in IRS.
/// Checked by [`crate::checks::check_catalog`].
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_catalog, FindingCode};
/// use fuling_rules::model::lifecycle_dossier::CatalogDossier;
/// // After development (第七条), the four post-development groups are due too.
/// let r = check_catalog(&CatalogDossier { development_completed: true, ..Default::default() });
/// assert_eq!(r.findings.len(), 9);
/// assert_eq!(r.with_code(FindingCode::Art7UsageInfoMissing).count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CatalogDossier {
    /// The application's name (informational).
    pub name: String,
    /// "在应用开发完成后": development is complete, so the vendor, hardware/software,
    /// engineering-staff and usage information are due too.
    pub development_completed: bool,
    /// The catalog entry (基础信息、评审信息、数字资源信息、效能目标信息、安全防护信息 …).
    pub catalog: CatalogEntry,
}

/// 第四十条、第四十一条: deregistration (注销) and the disposal of digital resources before it.
/// Checked by [`crate::checks::check_deregistration`].
///
/// # Example
/// ```
/// use fuling_rules::checks::check_deregistration;
/// use fuling_rules::model::lifecycle_dossier::{DeregistrationDossier, HistoryDisposal};
/// use fuling_rules::process::DeregistrationReason;
/// let d = DeregistrationDossier {
///     grounds: vec![DeregistrationReason::NoLongerNeeded],
///     history: HistoryDisposal { handled_per_rules: true, ..Default::default() },
///     ..Default::default()
/// };
/// assert!(check_deregistration(&d).passed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DeregistrationDossier {
    /// The application's name (informational).
    pub name: String,
    /// 第四十条: the situations that require deregistration (the process's reasons:
    /// `no_longer_needed`, `superseded`, `stagnant`, `major_incident`).
    pub grounds: Vec<DeregistrationReason>,
    /// 41(1): units that use the application's shared or opened data or its interfaces.
    pub data_consumers: Vec<DataConsumer>,
    /// 41(2): the historical data.
    pub history: HistoryDisposal,
    /// 41(3): components the application has in IRS.
    pub components: Vec<ComponentListing>,
    /// 41(4): the ends (渝快办/渝快政) the application is released on.
    pub channels: Vec<ChannelListing>,
}

/// 41(1): a unit using the application's data or interfaces.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::lifecycle_dossier::{DataConsumer, DeregistrationDossier};
/// let d = DeregistrationDossier {
///     data_consumers: vec![DataConsumer { unit: "区民政局".into(), disposal_agreed: true, completed: false }],
///     ..Default::default()
/// };
/// let r = check_deregistration(&d);
/// let f = r.with_code(FindingCode::Art41SharedDataNotSettled).next().unwrap(); // 第四十一条(一)
/// assert_eq!(f.path, "/data_consumers/0/completed");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DataConsumer {
    /// The unit.
    pub unit: String,
    /// 妥善协商处理方式: the disposal is agreed with the unit.
    pub disposal_agreed: bool,
    /// 完成数据归集或者接口注销.
    pub completed: bool,
}

/// 41(2): the historical data.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_deregistration;
/// use fuling_rules::model::lifecycle_dossier::{DeregistrationDossier, HistoryDisposal};
/// use fuling_rules::process::DeregistrationReason;
/// // 第四十条(二) merged into a new application: the history moves there (41(2)).
/// let d = DeregistrationDossier {
///     grounds: vec![DeregistrationReason::Superseded],
///     history: HistoryDisposal { migrated_to: "涪陵区城市运行一网统管".into(), handled_per_rules: false },
///     ..Default::default()
/// };
/// assert!(check_deregistration(&d).passed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct HistoryDisposal {
    /// For a merged application (reason `superseded`, 第四十条(二)): the new application that now owns the history.
    pub migrated_to: String,
    /// Otherwise: the history was handled under the public-data rules.
    pub handled_per_rules: bool,
}

/// 41(3): a component in IRS.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::lifecycle_dossier::{ComponentListing, DeregistrationDossier};
/// let d = DeregistrationDossier {
///     components: vec![ComponentListing { name: "电子证照组件".into(), delisted: false }],
///     ..Default::default()
/// };
/// assert_eq!(check_deregistration(&d).with_code(FindingCode::Art41ComponentNotDelisted).count(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ComponentListing {
    /// The component.
    pub name: String,
    /// Taken down in IRS (下架).
    pub delisted: bool,
}

/// 41(4): a release on one of the two ends.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_deregistration, FindingCode};
/// use fuling_rules::model::{lifecycle_dossier::{ChannelListing, DeregistrationDossier}, ReleaseChannel};
/// let d = DeregistrationDossier {
///     channels: vec![ChannelListing { channel: Some(ReleaseChannel::YuKuaiBan), delisted: false }],
///     ..Default::default()
/// };
/// let r = check_deregistration(&d);
/// assert_eq!(r.with_code(FindingCode::Art41ChannelNotDelisted).next().unwrap().path, "/channels/0/delisted");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ChannelListing {
    /// The end.
    pub channel: Option<ReleaseChannel>,
    /// Taken down from it (下架).
    pub delisted: bool,
}

/// 第三十八条: the labels marked on an application. Read by [`crate::checks::label_actions`].
///
/// # Example
/// ```
/// use fuling_rules::checks::label_actions;
/// use fuling_rules::model::{lifecycle_dossier::LabelInput, Label};
/// let input: LabelInput = serde_json::from_str(r#"{"labels": ["excellent", "high_risk"]}"#).unwrap();
/// assert_eq!(input.labels, [Label::Excellent, Label::HighRisk]);
/// let actions = label_actions(&input.labels);
/// assert!(!actions[0].mandatory && actions[1].mandatory); // 可申报评优; 应当整改
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct LabelInput {
    /// The labels.
    pub labels: Vec<Label>,
}
