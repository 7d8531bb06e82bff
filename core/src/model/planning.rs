//! The planning (or development) dossier (应用谋划/开发方案): the nine elements of
//! 第十六条, the reuse search of 第十七条 and the reuse plans of 第十八条. The
//! conventions of [`crate::model`] apply.

use crate::json_input::FromJson;
use crate::json_output::ToJson;
use crate::model::{DigitalResourceKind, ReleaseChannel, ReuseMode};
use crate::prelude::*;

/// 应用谋划/开发方案: the planning or development dossier of an application, with the
/// nine elements of 第十六条, the reuse search of 第十七条 and the reuse plans of 第十八条.
///
/// Checked by [`crate::checks::check_planning_dossier`].
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::PlanningDossier;
/// let mut d: PlanningDossier = serde_json::from_str("{}").unwrap(); // structurally valid, incomplete
/// assert!(!check_planning_dossier(&d).passed);
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art16ReleaseChannelMissing).count(), 1);
/// d.secret_related = true; // 第二条 涉密: 16(3) does not apply
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art16ReleaseChannelMissing).count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlanningDossier {
    /// The application's name (informational).
    pub name: String,
    /// 第二条 涉密: the application involves state secrets. The platform-only elements
    /// (16(3) release channel, 16(5) resource list, 第十一条) do not apply to it.
    pub secret_related: bool,
    /// 16(1) 应用需求分析: the function requirements.
    pub requirements: Vec<FunctionRequirement>,
    /// 16(2) 横向协同、纵向贯通的关系.
    pub relations: Relations,
    /// 16(3) 与"两端"的关系: 渝快办 or 渝快政.
    pub release_channel: Option<ReleaseChannel>,
    /// 16(4) V模型分析 (第三条(七)).
    pub v_model: VModel,
    /// 16(5) 与一体化智能化公共数据平台的关系.
    pub platform: PlatformRelation,
    /// 16(6) 数据协同关系.
    pub data: DataCollaboration,
    /// 16(7) 网络拓扑关系.
    pub network: NetworkTopology,
    /// 16(8) 接口需求分析. `[]`: the application has no interfaces; absent: not analysed.
    pub interfaces: Option<Vec<Interface>>,
    /// 16(9) 运行绩效体系.
    pub performance: PerformanceSystem,
    /// 第十七条: the IRS search for reusable applications (检索、查重).
    pub reuse_search: Option<ReuseSearch>,
    /// 第十八条: the shared applications this application reuses.
    pub reuse: Vec<ReusePlan>,
}

/// 16(1): one function requirement: "每个功能需求须明确一个具体业务场景,至少解决一项具体问题".
///
/// # Example
/// ```
/// use fuling_rules::checks::check_planning_dossier;
/// use fuling_rules::model::{FunctionRequirement, PlanningDossier};
/// let req = FunctionRequirement {
///     function: "河长巡河".into(),
///     scenario: "河长每日巡查河道并上报问题".into(),
///     problems: vec!["巡河记录依赖纸质台账".into()],
/// };
/// let r = check_planning_dossier(&PlanningDossier { requirements: vec![req], ..Default::default() });
/// assert!(r.findings.iter().all(|f| !f.path.starts_with("/requirements"))); // 16(1) met
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct FunctionRequirement {
    /// The function (功能).
    pub function: String,
    /// The one concrete business scenario (具体业务场景).
    pub scenario: String,
    /// The concrete problems it solves (具体问题); at least one.
    pub problems: Vec<String>,
}

/// 16(2): relations to the department's own, superior, peer and subordinate applications.
/// Each list is optional: absent means not stated, `[]` means "there are none".
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlanningDossier, Relations};
/// // `[]`: the department has no other application; the other three lists are not stated.
/// let relations = Relations { own_department: Some(vec![]), ..Default::default() };
/// let r = check_planning_dossier(&PlanningDossier { relations, ..Default::default() });
/// let paths: Vec<&str> = r.with_code(FindingCode::Art16RelationMissing).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/relations/superior", "/relations/peer", "/relations/subordinate"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Relations {
    /// 本部门已有应用.
    pub own_department: Option<Vec<RelatedApplication>>,
    /// 上级部门应用.
    pub superior: Option<Vec<RelatedApplication>>,
    /// 横向部门应用.
    pub peer: Option<Vec<RelatedApplication>>,
    /// 下级部门应用.
    pub subordinate: Option<Vec<RelatedApplication>>,
}

/// A related application and the nature of the relation (关联关系).
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlanningDossier, RelatedApplication, Relations};
/// let superior = vec![RelatedApplication { name: "重庆市河长制信息系统".into(), relation: "".into() }];
/// let relations = Relations { superior: Some(superior), ..Default::default() };
/// let r = check_planning_dossier(&PlanningDossier { relations, ..Default::default() });
/// let f = r.with_code(FindingCode::Art16RelationUnclear).next().unwrap();
/// assert_eq!(f.path, "/relations/superior/0/relation");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RelatedApplication {
    /// The related application's name.
    pub name: String,
    /// How the two relate (data exchange, shared users, supersedes …).
    pub relation: String,
}

/// 16(4) V模型: "须明确本应用的业务流程、业务单元和业务协同路径,以及与业务相匹配的数据运用模型".
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlanningDossier, VModel};
/// let v_model = VModel {
///     business_processes: vec!["巡河上报".into()],
///     business_units: vec!["区河长办".into()],
///     collaboration_paths: vec!["区—镇街—村".into()],
///     data_model: "".into(),
/// };
/// let r = check_planning_dossier(&PlanningDossier { v_model, ..Default::default() });
/// let paths: Vec<&str> = r.with_code(FindingCode::Art16VModelIncomplete).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/v_model/data_model"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct VModel {
    /// 业务流程.
    pub business_processes: Vec<String>,
    /// 业务单元.
    pub business_units: Vec<String>,
    /// 业务协同路径.
    pub collaboration_paths: Vec<String>,
    /// 与业务相匹配的数据运用模型.
    pub data_model: String,
}

/// 16(5): the technical architecture and the digital resources.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_planning_dossier;
/// use fuling_rules::model::{PlanningDossier, PlatformRelation};
/// let platform = PlatformRelation {
///     architecture: "基于一体化智能化公共数据平台的微服务架构".into(),
///     resources: Some(vec![]),
///     similar_configuration: "同类应用均使用政务云".into(),
/// };
/// let r = check_planning_dossier(&PlanningDossier { platform, ..Default::default() });
/// assert!(r.findings.iter().all(|f| !f.path.starts_with("/platform"))); // 16(5) met
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlatformRelation {
    /// 技术架构.
    pub architecture: String,
    /// 已使用、已共享或者拟申请使用、共享的数字资源清单. `[]`: none; absent: not stated.
    pub resources: Option<Vec<PlannedResource>>,
    /// 相似数字资源的配置情况.
    pub similar_configuration: String,
}

/// One digital resource in the 16(5) list.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlannedResource, PlanningDossier, PlatformRelation};
/// // 16(5): a platform resource must not be put in the funding plan.
/// let cloud = PlannedResource { name: "政务云主机".into(), from_platform: true, in_funding_plan: true, ..Default::default() };
/// let platform = PlatformRelation { resources: Some(vec![cloud]), ..Default::default() };
/// let r = check_planning_dossier(&PlanningDossier { platform, ..Default::default() });
/// let f = r.with_code(FindingCode::Art16PlatformResourceFunded).next().unwrap();
/// assert_eq!(f.path, "/platform/resources/0/in_funding_plan");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PlannedResource {
    /// The kind (第三条(二)); absent when not classified.
    pub kind: Option<DigitalResourceKind>,
    /// A free-text name.
    pub name: String,
    /// Where the application stands with the resource.
    pub status: Option<ResourceStatus>,
    /// Provided centrally by the platform (第八条, 第十一条).
    pub from_platform: bool,
    /// Put into the project's funding plan (资金计划). 16(5): platform resources must not be.
    pub in_funding_plan: bool,
    /// 第十一条: for a resource bought by the department, why the platform catalog cannot supply it
    /// nor a similar one be adapted (目录中没有且不能适配).
    pub catalog_gap_reason: String,
}

/// 16(5): 已使用、已共享、拟申请使用、拟申请共享.
///
/// # Example
/// ```
/// use fuling_rules::model::{PlannedResource, ResourceStatus};
/// let r: PlannedResource = serde_json::from_str(r#"{"name": "视频监控", "status": "to_share"}"#).unwrap();
/// assert_eq!(r.status, Some(ResourceStatus::ToShare)); // 拟申请共享
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ResourceStatus {
    /// 已使用.
    Used,
    /// 已共享.
    Shared,
    /// 拟申请使用.
    ToUse,
    /// 拟申请共享.
    ToShare,
}

/// 16(6) 数据协同关系.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{DataCollaboration, PlanningDossier};
/// let data = DataCollaboration {
///     existing: Some(vec![]), // stated: none yet
///     planned: Some(vec!["河道巡查记录".into()]),
///     sharing_conditions: "按需共享".into(),
///     opening_conditions: "不予开放".into(),
///     cleaning_rules: "去重、补全".into(),
///     algorithm_rules: "".into(),
/// };
/// let r = check_planning_dossier(&PlanningDossier { data, ..Default::default() });
/// let paths: Vec<&str> = r.with_code(FindingCode::Art16DataCollaborationIncomplete).map(|f| f.path.as_str()).collect();
/// assert_eq!(paths, ["/data/algorithm_rules"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct DataCollaboration {
    /// 已采集、加工或者已共享的数据. `[]`: none; absent: not stated.
    pub existing: Option<Vec<String>>,
    /// 拟采集、产生或者拟共享的数据. `[]`: none; absent: not stated.
    pub planned: Option<Vec<String>>,
    /// 数据共享条件.
    pub sharing_conditions: String,
    /// 数据开放条件.
    pub opening_conditions: String,
    /// 数据清洗规则.
    pub cleaning_rules: String,
    /// 算法规则.
    pub algorithm_rules: String,
}

/// 16(7): the interconnection with each of the three networks the article names.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{NetworkRelation, NetworkTopology, PlanningDossier};
/// let network = NetworkTopology {
///     government_extranet: Some(NetworkRelation { connected: false, ..Default::default() }),
///     internet: Some(NetworkRelation { connected: true, boundary: "互联网区".into(), measures: "".into() }),
///     ..Default::default()
/// };
/// let r = check_planning_dossier(&PlanningDossier { network, ..Default::default() });
/// let missing: Vec<&str> = r.with_code(FindingCode::Art16NetworkRelationMissing).map(|f| f.path.as_str()).collect();
/// assert_eq!(missing, ["/network/government_intranet"]);
/// assert_eq!(r.with_code(FindingCode::Art16SecurityBoundaryMissing).next().unwrap().path, "/network/internet/measures");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct NetworkTopology {
    /// 电子政务内网.
    pub government_intranet: Option<NetworkRelation>,
    /// 电子政务外网.
    pub government_extranet: Option<NetworkRelation>,
    /// 互联网.
    pub internet: Option<NetworkRelation>,
}

/// The relation to one network: connected or not and, if connected, the boundary and measures.
///
/// # Example
/// ```
/// use fuling_rules::model::NetworkRelation;
/// let r: NetworkRelation =
///     serde_json::from_str(r#"{"connected": true, "boundary": "电子政务外网边界", "measures": "防火墙、入侵检测"}"#).unwrap();
/// assert!(r.connected && !r.boundary.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct NetworkRelation {
    /// The application's network is interconnected with this one.
    pub connected: bool,
    /// 网络安全防护边界 (required when connected).
    pub boundary: String,
    /// 防护措施 (required when connected).
    pub measures: String,
}

/// 16(8): one interface provided to or needed from others.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{Interface, InterfaceDirection, PlanningDossier};
/// let licence = Interface {
///     name: "电子证照查询".into(),
///     direction: Some(InterfaceDirection::Consumed),
///     purpose: "核验身份".into(),
///     function: "按身份证号查询证照".into(),
///     interop_flow: "请求—鉴权—返回".into(),
///     mechanism: "".into(),
/// };
/// let r = check_planning_dossier(&PlanningDossier { interfaces: Some(vec![licence]), ..Default::default() });
/// let f = r.with_code(FindingCode::Art16InterfaceIncomplete).next().unwrap(); // 16(8)
/// assert_eq!(f.path, "/interfaces/0/mechanism");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Interface {
    /// The interface's name.
    pub name: String,
    /// Provided to others (对外提供) or needed from others (需要外部提供).
    pub direction: Option<InterfaceDirection>,
    /// 作用.
    pub purpose: String,
    /// 功能.
    pub function: String,
    /// 互操作流程.
    pub interop_flow: String,
    /// 技术实现机制.
    pub mechanism: String,
}

/// Whether an interface is provided or consumed.
///
/// # Example
/// ```
/// use fuling_rules::model::{Interface, InterfaceDirection};
/// let i: Interface = serde_json::from_str(r#"{"name": "巡河事件推送", "direction": "provided"}"#).unwrap();
/// assert_eq!(i.direction, Some(InterfaceDirection::Provided)); // 对外提供
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterfaceDirection {
    /// 对外提供.
    Provided,
    /// 需要外部提供.
    Consumed,
}

/// 16(9) 运行绩效体系: indicator groups and mechanisms.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PerformanceSystem, PlanningDossier};
/// let performance = PerformanceSystem { early_warning: "CPU 使用率超过80%告警".into(), ..Default::default() };
/// let r = check_planning_dossier(&PlanningDossier { performance, ..Default::default() });
/// assert_eq!(r.with_code(FindingCode::Art16EarlyWarningMissing).count(), 0);
/// assert_eq!(r.with_code(FindingCode::Art16ScalingMissing).count(), 1); // 16(9) 资源压缩或者扩展机制
/// assert_eq!(r.with_code(FindingCode::Art16PerformanceIncomplete).count(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PerformanceSystem {
    /// 主机、网络、数据库、中间件等使用效率的监测指标.
    pub resource_efficiency: Vec<String>,
    /// 数据质量指标.
    pub data_quality: Vec<String>,
    /// 应用运行的连续性及稳定性指标.
    pub continuity: Vec<String>,
    /// 用户数及活跃度.
    pub users: Vec<String>,
    /// 业务效能指标.
    pub business: Vec<String>,
    /// 预警机制.
    pub early_warning: String,
    /// 资源压缩或者扩展机制.
    pub scaling: String,
}

/// 第十七条: the IRS search (应用检索、查重) and the necessity assessment.
///
/// # Example
/// ```
/// use fuling_rules::checks::check_planning_dossier;
/// use fuling_rules::model::{PlanningDossier, ReuseSearch, SearchDimension};
/// let search = ReuseSearch {
///     performed: true,
///     dimensions: SearchDimension::ALL.to_vec(),
///     candidates: vec![],
///     necessity_assessment: "IRS 中无同类应用,确需新建".into(),
/// };
/// let r = check_planning_dossier(&PlanningDossier { reuse_search: Some(search), ..Default::default() });
/// assert!(r.findings.iter().all(|f| !f.path.starts_with("/reuse_search"))); // 第十七条 met
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReuseSearch {
    /// The search was run in IRS.
    pub performed: bool,
    /// The dimensions searched (应用需求、应用场景、应用功能、资源特征).
    pub dimensions: Vec<SearchDimension>,
    /// Applications the search found.
    pub candidates: Vec<ReuseCandidate>,
    /// 多维分析、综合评估应用开发的必要性.
    pub necessity_assessment: String,
}

/// 第十七条: a dimension of the search.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode, Severity};
/// use fuling_rules::model::{PlanningDossier, ReuseSearch, SearchDimension};
/// let search = ReuseSearch { performed: true, dimensions: vec![SearchDimension::Requirement], ..Default::default() };
/// let r = check_planning_dossier(&PlanningDossier { reuse_search: Some(search), ..Default::default() });
/// let f = r.with_code(FindingCode::Art17SearchDimensionsIncomplete).next().unwrap();
/// assert_eq!(f.severity, Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, ToJson, FromJson, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SearchDimension {
    /// 应用需求.
    Requirement,
    /// 应用场景.
    Scenario,
    /// 应用功能.
    Function,
    /// 资源特征.
    Resource,
}

impl SearchDimension {
    /// The four dimensions 第十七条 names.
    ///
    /// # Example
    /// ```
    /// use fuling_rules::model::SearchDimension;
    /// // 第十七条: 应用需求、应用场景、应用功能、资源特征.
    /// assert_eq!(SearchDimension::ALL.len(), 4);
    /// assert_eq!(serde_json::to_string(&SearchDimension::ALL).unwrap(), r#"["requirement","scenario","function","resource"]"#);
    /// ```
    pub const ALL: [SearchDimension; 4] = [
        SearchDimension::Requirement,
        SearchDimension::Scenario,
        SearchDimension::Function,
        SearchDimension::Resource,
    ];
}

/// An application the search found.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlanningDossier, ReuseCandidate, ReusePlan, ReuseSearch};
/// let found = ReuseCandidate { name: "渝快办预约系统".into(), reusable: true, reason: "".into() };
/// let search = ReuseSearch { performed: true, candidates: vec![found], ..Default::default() };
/// let mut d = PlanningDossier { reuse_search: Some(search), ..Default::default() };
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art17ReusableNotReused).count(), 1);
/// d.reuse.push(ReusePlan { application: "渝快办预约系统".into(), mode: None });
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art17ReusableNotReused).count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReuseCandidate {
    /// Its name; a [`ReusePlan`] reuses it by the same name.
    pub name: String,
    /// It can be reused or shared (能够复用和共享).
    pub reusable: bool,
    /// Why not, when it cannot.
    pub reason: String,
}

/// 第十八条: reuse of a shared application.
///
/// # Example
/// ```
/// use fuling_rules::checks::{check_planning_dossier, FindingCode};
/// use fuling_rules::model::{PlanningDossier, ReusePlan, ReuseMode};
/// let mut d = PlanningDossier::default();
/// d.reuse.push(ReusePlan { application: "渝快办预约系统".into(), mode: None });
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art18ReuseModeMissing).count(), 1);
/// d.reuse[0].mode = Some(ReuseMode::Saas); // 18(1) SaaS化复用
/// assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art18ReuseModeMissing).count(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, ToJson, FromJson, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReusePlan {
    /// The shared application reused.
    pub application: String,
    /// The mode (18(1)–(4)).
    pub mode: Option<ReuseMode>,
}
