//! Applications (应用), the bodies that manage them, and the vocabulary the
//! process and the checks share: project kinds and origins, funding sources,
//! release channels, lifecycle stages, labels, digital resources, reuse modes
//! and catalog entries.

use crate::citation::{Art, Citation};
use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::prelude::*;

/// 第三条(一) 应用: a digitised system for a business function, developed, operated or bought
/// with fiscal or state-owned-enterprise funds.
///
/// Every field has a default, so `{}` is a valid (anonymous) application. The
/// lifecycle stage (第七条) is not stored here: it follows from the project's
/// events ([`crate::process::State::stage`]), so it cannot contradict them.
///
/// # Example
/// ```
/// use fuling_rules::model::{Application, FundingSource, ReleaseChannel};
/// let app: Application = serde_json::from_str(
///     r#"{"name": "涪陵区智慧停车", "responsible_department": "区交通局", "release_channel": "yu_kuai_ban"}"#,
/// ).unwrap();
/// assert_eq!(app.funding_source, FundingSource::Fiscal); // the default
/// assert_eq!(app.release_channel, Some(ReleaseChannel::YuKuaiBan));
/// assert!(!app.secret);
/// assert_eq!(serde_json::from_str::<Application>("{}").unwrap(), Application::default());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// The application's identifier (e.g. its IRS number), free text.
    #[serde(default)]
    pub id: String,
    /// The application's name (应用名称).
    #[serde(default)]
    pub name: String,
    /// 第三条(六) 应用责任部门: the department responsible for the application.
    #[serde(default)]
    pub responsible_department: String,
    /// 第三条(五) 应用牵头部门: the district lead department of the application's field.
    #[serde(default)]
    pub lead_department: String,
    /// 第二条 涉密: whether the application involves state secrets. Platform-only rules
    /// (第八条, 第二十三条(二)(四)(五)(六)(七), 第三十四条(三)) do not apply to it, and its
    /// release (第三十一条) need not go through 渝快办/渝快政.
    #[serde(default)]
    pub secret: bool,
    /// 第三条(一): the source of the funds.
    #[serde(default)]
    pub funding_source: FundingSource,
    /// 第三条(八), 第十六条(三): the planned release channel, when already chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<ReleaseChannel>,
    /// 第三十八条: labels already marked in IRS when the project was recorded.
    /// Later labels come from `label_marked` events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<Label>,
}

/// 第三条(一): the funds an application is built or run with.
///
/// # Example
/// ```
/// use fuling_rules::model::FundingSource;
/// assert_eq!(FundingSource::default(), FundingSource::Fiscal);
/// let s: FundingSource = serde_json::from_str(r#""state_owned_enterprise""#).unwrap();
/// assert_eq!(s, FundingSource::StateOwnedEnterprise);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FundingSource {
    /// 财政性资金: fiscal funds.
    #[default]
    Fiscal,
    /// 国有企业资金: funds of a state-owned enterprise.
    StateOwnedEnterprise,
}

/// 第三条(八) 两端: the two ends through which applications are released (第三十一条).
///
/// # Example
/// ```
/// use fuling_rules::model::ReleaseChannel;
/// let c: ReleaseChannel = serde_json::from_str(r#""yu_kuai_zheng""#).unwrap();
/// assert_eq!(c.zh(), "渝快政");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReleaseChannel {
    /// 渝快办: the public-service end.
    YuKuaiBan,
    /// 渝快政: the government-work end.
    YuKuaiZheng,
}

impl ReleaseChannel {
    /// The channel's Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::ReleaseChannel;
    /// assert_eq!(ReleaseChannel::YuKuaiBan.zh(), "渝快办");
    /// assert_eq!(ReleaseChannel::YuKuaiZheng.zh(), "渝快政");
    /// ```
    pub const fn zh(self) -> &'static str {
        match self {
            ReleaseChannel::YuKuaiBan => "渝快办",
            ReleaseChannel::YuKuaiZheng => "渝快政",
        }
    }
}

/// The departments and bodies the regulation names, and the two roles a
/// department plays for an application (第三条(五)(六), 第六条, 第十九条, 第二十条).
///
/// Used as the party responsible for an obligation.
///
/// # Example
/// ```
/// use fuling_rules::model::Role;
/// // 第二十条: plans of 500万元 or more are filed with the municipal Bureau.
/// let r = Role::MunicipalBigDataBureau;
/// assert_eq!((r.zh(), r.en()), ("市大数据发展局", "municipal Big Data Development Bureau"));
/// assert_eq!(serde_json::to_string(&r).unwrap(), r#""municipal_big_data_bureau""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 应用责任部门 (第三条(六)): the application's responsible department.
    ResponsibleDepartment,
    /// 应用牵头部门 (第三条(五)): the district lead department of the field.
    LeadDepartment,
    /// 区大数据发展局: the district Big Data Development Bureau (第六条(一)).
    BigDataBureau,
    /// 区委网信办: the district Cyberspace Affairs Office (第六条(三)).
    CyberspaceOffice,
    /// 区委机要局: the district Confidential Bureau (第六条(四)).
    ConfidentialBureau,
    /// 区财政局: the district Finance Bureau (第六条(五)).
    FinanceBureau,
    /// 区电子政务中心: the district E-Government Centre (第六条(二)).
    EGovernmentCentre,
    /// 市大数据发展局: the municipal Big Data Development Bureau (第二十条, 第四十二条).
    MunicipalBigDataBureau,
    /// 涪陵区推进数字重庆建设领导小组: the district leading group (第十四条, 第十九条(三)(五)).
    LeadingGroup,
}

/// A department; an alias of [`Role`] for the fixed bodies the regulation names.
///
/// # Example
/// ```
/// use fuling_rules::model::{Department, Role};
/// let d: Department = Role::FinanceBureau;
/// assert_eq!(d.zh(), "区财政局");
/// ```
pub type Department = Role;

impl Role {
    /// Every role, in declaration order.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::Role;
    /// assert_eq!(Role::ALL.len(), 9);
    /// assert_eq!(Role::ALL[0].zh(), "应用责任部门");
    /// ```
    pub const ALL: [Role; 9] = [
        Role::ResponsibleDepartment,
        Role::LeadDepartment,
        Role::BigDataBureau,
        Role::CyberspaceOffice,
        Role::ConfidentialBureau,
        Role::FinanceBureau,
        Role::EGovernmentCentre,
        Role::MunicipalBigDataBureau,
        Role::LeadingGroup,
    ];

    /// The Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::Role;
    /// assert_eq!(Role::LeadDepartment.zh(), "应用牵头部门");
    /// assert_eq!(Role::LeadingGroup.zh(), "涪陵区推进数字重庆建设领导小组");
    /// ```
    pub const fn zh(self) -> &'static str {
        match self {
            Role::ResponsibleDepartment => "应用责任部门",
            Role::LeadDepartment => "应用牵头部门",
            Role::BigDataBureau => "区大数据发展局",
            Role::CyberspaceOffice => "区委网信办",
            Role::ConfidentialBureau => "区委机要局",
            Role::FinanceBureau => "区财政局",
            Role::EGovernmentCentre => "区电子政务中心",
            Role::MunicipalBigDataBureau => "市大数据发展局",
            Role::LeadingGroup => "涪陵区推进数字重庆建设领导小组",
        }
    }

    /// The English name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::Role;
    /// assert_eq!(Role::BigDataBureau.en(), "district Big Data Development Bureau");
    /// ```
    pub const fn en(self) -> &'static str {
        match self {
            Role::ResponsibleDepartment => "responsible department",
            Role::LeadDepartment => "lead department",
            Role::BigDataBureau => "district Big Data Development Bureau",
            Role::CyberspaceOffice => "district Cyberspace Affairs Office",
            Role::ConfidentialBureau => "district Confidential Bureau",
            Role::FinanceBureau => "district Finance Bureau",
            Role::EGovernmentCentre => "district E-Government Centre",
            Role::MunicipalBigDataBureau => "municipal Big Data Development Bureau",
            Role::LeadingGroup => "district Digital Chongqing leading group",
        }
    }

    /// Whether the body takes part in the joint review (联合评审, 第六条, 第十九条(四)).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::Role;
    /// // 第十九条(四): the Bureau, 区委网信办, 区委机要局 and 区财政局 review jointly.
    /// let reviewers: Vec<&str> = Role::ALL.iter().filter(|r| r.joint_reviewer()).map(|r| r.zh()).collect();
    /// assert_eq!(reviewers, ["区大数据发展局", "区委网信办", "区委机要局", "区财政局"]);
    /// ```
    pub const fn joint_reviewer(self) -> bool {
        matches!(
            self,
            Role::BigDataBureau | Role::CyberspaceOffice | Role::ConfidentialBureau | Role::FinanceBureau
        )
    }
}

/// 第七条: the stages of an application's full lifecycle (全生命周期).
///
/// # Example
/// ```
/// use fuling_rules::{model::LifecycleStage, State};
/// assert_eq!(State::Proposed.stage(), LifecycleStage::Planning);
/// assert_eq!(State::DevelopmentPlanSubmitted.stage(), LifecycleStage::Approval);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LifecycleStage {
    /// 谋划: planning (Chapter 3).
    Planning,
    /// 审批: review and approval (Chapter 4).
    Approval,
    /// 开发: development (Chapter 5).
    Development,
    /// 发布: release and trial run (第三十一条, 第三十三条).
    Release,
    /// 运行: operation (Chapter 6).
    Operation,
    /// 评价: evaluation (第三十九条); an activity during operation, not a state of the process.
    Evaluation,
    /// 注销: deregistration (第四十条至第四十二条).
    Deregistration,
}

impl LifecycleStage {
    /// Every stage, in 第七条's order.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::LifecycleStage;
    /// assert_eq!(LifecycleStage::ALL[0], LifecycleStage::Planning);
    /// // every variant is listed: the JSON Schema derived from the type has as many (one
    /// // `oneOf` entry per documented variant)
    /// let schema = serde_json::to_value(schemars::schema_for!(LifecycleStage)).unwrap();
    /// assert_eq!(schema["oneOf"].as_array().unwrap().len(), LifecycleStage::ALL.len());
    /// ```
    pub const ALL: &'static [LifecycleStage] = &[
        LifecycleStage::Planning,
        LifecycleStage::Approval,
        LifecycleStage::Development,
        LifecycleStage::Release,
        LifecycleStage::Operation,
        LifecycleStage::Evaluation,
        LifecycleStage::Deregistration,
    ];

    /// The Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::LifecycleStage;
    /// assert_eq!(LifecycleStage::Planning.zh(), "谋划");
    /// assert_eq!(LifecycleStage::Deregistration.zh(), "注销");
    /// ```
    pub const fn zh(self) -> &'static str {
        match self {
            LifecycleStage::Planning => "谋划",
            LifecycleStage::Approval => "审批",
            LifecycleStage::Development => "开发",
            LifecycleStage::Release => "发布",
            LifecycleStage::Operation => "运行",
            LifecycleStage::Evaluation => "评价",
            LifecycleStage::Deregistration => "注销",
        }
    }
}

/// The two kinds of project the regulation reviews.
///
/// # Example
/// ```
/// use fuling_rules::{Project, ProjectKind};
/// let p = Project::new("FL-2025-017", ProjectKind::Om);
/// assert_eq!(p.kind().zh(), "运维项目");
/// assert_eq!(serde_json::to_string(&ProjectKind::Development).unwrap(), r#""development""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectKind {
    /// 应用开发项目: a development project (第十九条).
    Development,
    /// 运维项目: an operation-and-maintenance project (第二十一条).
    Om,
}

impl ProjectKind {
    /// The Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::ProjectKind;
    /// assert_eq!(ProjectKind::Development.zh(), "开发项目");
    /// ```
    pub const fn zh(self) -> &'static str {
        match self {
            ProjectKind::Development => "开发项目",
            ProjectKind::Om => "运维项目",
        }
    }

    /// The English name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::ProjectKind;
    /// assert_eq!(ProjectKind::Om.en(), "O&M project");
    /// ```
    pub const fn en(self) -> &'static str {
        match self {
            ProjectKind::Development => "development project",
            ProjectKind::Om => "O&M project",
        }
    }

    /// The snake_case name (as in JSON).
    ///
    /// # Example
    /// ```
    /// use fuling_rules::ProjectKind;
    /// assert_eq!(ProjectKind::Om.as_str(), "om");
    /// assert_eq!(ProjectKind::Development.as_str(), "development");
    /// ```
    pub const fn as_str(self) -> &'static str {
        // The derived writer's table (`json_output::UnitNames`): the names are stored once.
        crate::json_output::name_at(<Self as crate::json_output::UnitNames>::NAMES, self as usize)
    }
}

/// How a development project's need entered the district ledger (一本账).
///
/// # Example
/// ```
/// use fuling_rules::model::{DeclarationReason, ProjectOrigin};
/// // 第二十四条: a project needing district matching funds.
/// assert_eq!(DeclarationReason::MatchingFunds.origin(), ProjectOrigin::MatchingFunds);
/// assert_eq!(serde_json::to_string(&ProjectOrigin::LeadingGroupException).unwrap(), r#""leading_group_exception""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectOrigin {
    /// 第十四条: declared under the 三张清单 rules and ledgered.
    Ledger,
    /// 第十四条 last sentence: not meeting the 三张清单 rules, but ledgered with the leading
    /// group's consent to implement central or municipal decisions or municipal assessments.
    LeadingGroupException,
    /// 第二十四条: national ministries or municipal authorities have the district declare it.
    HigherLevelDeclaration,
    /// 第二十四条: it needs district fiscal matching funds (区级财政资金配套).
    MatchingFunds,
}

/// 第二十四条: why the district declares an application to a higher level.
///
/// # Example
/// ```
/// use fuling_rules::model::{DeclarationReason, ProjectOrigin};
/// let r: DeclarationReason = serde_json::from_str(r#""higher_level_declaration""#).unwrap();
/// assert_eq!(r.origin(), ProjectOrigin::HigherLevelDeclaration);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeclarationReason {
    /// 国家有关部委、市级主管部门组织我区申报.
    HigherLevelDeclaration,
    /// 需要区级财政资金配套投入.
    MatchingFunds,
}

impl DeclarationReason {
    /// The project origin this reason gives.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::{DeclarationReason, ProjectOrigin};
    /// assert_eq!(DeclarationReason::HigherLevelDeclaration.origin(), ProjectOrigin::HigherLevelDeclaration);
    /// assert_eq!(DeclarationReason::MatchingFunds.origin(), ProjectOrigin::MatchingFunds);
    /// ```
    pub const fn origin(self) -> ProjectOrigin {
        match self {
            DeclarationReason::HigherLevelDeclaration => ProjectOrigin::HigherLevelDeclaration,
            DeclarationReason::MatchingFunds => ProjectOrigin::MatchingFunds,
        }
    }
}

/// 第三十八条: the labels the Bureau marks in IRS, and what each requires.
///
/// # Example
/// ```
/// use fuling_rules::{model::Label, Art};
/// let l: Label = serde_json::from_str(r#""high_risk""#).unwrap();
/// assert_eq!((l.zh(), l.article()), ("高风险应用", Art::new(38).item(3)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// 重复应用 (第三十八条(一)): phase out or merge.
    Duplicate,
    /// 孤岛应用 (第三十八条(一)): phase out or merge.
    Island,
    /// 活力共享 (第三十八条(二)): may be nominated for awards.
    VibrantSharing,
    /// 协同共建 (第三十八条(二)): may be nominated for awards.
    CoConstruction,
    /// 优秀应用 (第三十八条(二)): may be nominated for awards.
    Excellent,
    /// 高风险应用 (第三十八条(三)): must be rectified.
    HighRisk,
    /// Another label (第三十八条's lists end in 等); `label_marked` names it and the item it
    /// falls under (`other`).
    Other,
}

impl Label {
    /// The item of 第三十八条 that governs the label.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::Label, Art};
    /// assert_eq!(Label::Island.article(), Art::new(38).item(1)); // phase out or merge
    /// assert_eq!(Label::Excellent.article(), Art::new(38).item(2)); // may apply for awards
    /// ```
    pub const fn article(self) -> Citation {
        match self {
            Label::Duplicate | Label::Island => Art::new(38).item(1),
            Label::VibrantSharing | Label::CoConstruction | Label::Excellent => Art::new(38).item(2),
            Label::HighRisk => Art::new(38).item(3),
            Label::Other => Art::new(38),
        }
    }

    /// The label's Chinese name.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::Label;
    /// assert_eq!(Label::Duplicate.zh(), "重复应用");
    /// assert_eq!(Label::VibrantSharing.zh(), "活力共享");
    /// ```
    pub const fn zh(self) -> &'static str {
        match self {
            Label::Duplicate => "重复应用",
            Label::Island => "孤岛应用",
            Label::VibrantSharing => "活力共享",
            Label::CoConstruction => "协同共建",
            Label::Excellent => "优秀应用",
            Label::HighRisk => "高风险应用",
            Label::Other => "其他标签",
        }
    }
}

/// 第三条(二) 数字资源: the kinds of digital resources an application needs.
///
/// # Example
/// ```
/// use fuling_rules::model::DigitalResourceKind;
/// let k: DigitalResourceKind = serde_json::from_str(r#""knowledge_base""#).unwrap();
/// assert_eq!(k, DigitalResourceKind::KnowledgeBase);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DigitalResourceKind {
    /// 计算.
    Compute,
    /// 网络.
    Network,
    /// 存储.
    Storage,
    /// 安全.
    Security,
    /// 组件.
    Component,
    /// 密码应用.
    Cryptography,
    /// 感知 (sensing networks and devices).
    Sensing,
    /// 数据资源.
    Data,
    /// 知识库.
    KnowledgeBase,
}

/// One digital resource (数字资源) of an application, as catalogued in IRS (第七条, 第十二条).
///
/// # Example
/// ```
/// use fuling_rules::model::{DigitalResource, DigitalResourceKind};
/// let r: DigitalResource =
///     serde_json::from_str(r#"{"kind": "compute", "name": "政务云主机", "from_platform": true}"#).unwrap();
/// assert_eq!(r.kind, DigitalResourceKind::Compute);
/// assert!(r.from_platform); // 第八条: provided by the platform, not bought
/// ```
#[derive(Debug, Clone, PartialEq, Eq, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DigitalResource {
    /// The kind.
    pub kind: DigitalResourceKind,
    /// A free-text name.
    #[serde(default)]
    pub name: String,
    /// Provided by the platform (一体化智能化公共数据平台, 第八条) rather than bought by the department (第十二条).
    #[serde(default)]
    pub from_platform: bool,
}

/// 第十八条: the modes of reusing a shared application.
///
/// # Example
/// ```
/// use fuling_rules::{model::ReuseMode, Art};
/// let m: ReuseMode = serde_json::from_str(r#""saas""#).unwrap();
/// assert_eq!(m.article(), Art::new(18).item(1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReuseMode {
    /// (一) SaaS化复用: used as a tenant, nothing deployed.
    Saas,
    /// (二) 私有化复用: the installation package deployed privately.
    PrivateDeployment,
    /// (三) 组件化复用: components decoupled from the shared application.
    Component,
    /// (四) 源码复用: source code opened through IRS and customised.
    SourceCode,
}

impl ReuseMode {
    /// The item of 第十八条.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::{model::ReuseMode, Art};
    /// assert_eq!(ReuseMode::SourceCode.article(), Art::new(18).item(4));
    /// assert!(ReuseMode::SourceCode.article().validate().is_ok());
    /// ```
    pub const fn article(self) -> Citation {
        match self {
            ReuseMode::Saas => Art::new(18).item(1),
            ReuseMode::PrivateDeployment => Art::new(18).item(2),
            ReuseMode::Component => Art::new(18).item(3),
            ReuseMode::SourceCode => Art::new(18).item(4),
        }
    }
}

/// 第七条 应用编目信息: the catalog information kept in IRS. "包含但不限于": the
/// fields below are the ones the article names; each is free text (or a list)
/// so that a catalog check can tell which are missing.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_catalog;
/// use fuling_rules::model::{CatalogDossier, CatalogEntry};
/// let catalog: CatalogEntry = serde_json::from_str(
///     r#"{"basic_info": "涪陵区智慧停车", "review_info": "联合评审批复", "performance_targets": "日均服务1万人次",
///         "security_protection": "等保三级", "digital_resources": [{"kind": "compute", "from_platform": true}]}"#,
/// ).unwrap();
/// // 第七条: the five groups before development is completed.
/// assert!(check_catalog(&CatalogDossier { catalog, ..Default::default() }).passed);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// 基础信息.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_info: Option<String>,
    /// 评审信息.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_info: Option<String>,
    /// 数字资源信息.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub digital_resources: Vec<DigitalResource>,
    /// 效能目标信息.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance_targets: Option<String>,
    /// 安全防护信息.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_protection: Option<String>,
    /// 开发厂商信息 (after development).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor_info: Option<String>,
    /// 软硬件设备信息 (after development).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hardware_software_info: Option<String>,
    /// 工程人员信息 (after development).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engineering_staff_info: Option<String>,
    /// 使用信息 (after development).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage_info: Option<String>,
    /// Further information, by name (第七条 "包含但不限于"): not checked, but accepted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<OtherCatalogInfo>,
}

/// 第七条 "应用编目信息包含但不限于……": a catalog entry the article does not name.
///
/// # Example
/// ```
/// use fuling_rules::model::OtherCatalogInfo;
/// let o: OtherCatalogInfo = serde_json::from_str(r#"{"name": "适老化信息", "info": "已完成适老化改造"}"#).unwrap();
/// assert_eq!(o.name, "适老化信息");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OtherCatalogInfo {
    /// The entry's name.
    pub name: String,
    /// Its content.
    #[serde(default)]
    pub info: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_exist() {
        for l in [
            Label::Duplicate,
            Label::Island,
            Label::VibrantSharing,
            Label::CoConstruction,
            Label::Excellent,
            Label::HighRisk,
        ] {
            l.article().validate().unwrap();
            #[cfg(feature = "regulation-text")]
            assert!(l.article().text().unwrap().contains(l.zh()));
        }
        for m in [
            ReuseMode::Saas,
            ReuseMode::PrivateDeployment,
            ReuseMode::Component,
            ReuseMode::SourceCode,
        ] {
            m.article().validate().unwrap();
        }
    }

    #[test]
    fn application_defaults_and_round_trip() {
        let a: Application = serde_json::from_str("{}").unwrap();
        assert_eq!(a, Application::default());
        let a: Application = serde_json::from_str(
            r#"{"name":"智慧河长","responsible_department":"区水利局","lead_department":"区水利局","release_channel":"yu_kuai_zheng","labels":["high_risk"]}"#,
        )
        .unwrap();
        let back: Application = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a, back);
        assert!(serde_json::from_str::<Application>(r#"{"nmae":"x"}"#).is_err());
        assert_eq!(Role::ALL.iter().filter(|r| r.joint_reviewer()).count(), 4);
    }
}
