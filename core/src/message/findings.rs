//! The finding codes' table (发现代码表): one row per finding code — variant, stable code, the
//! article (and item) that requires the element, severity, Chinese and English message.
//!
//! It sits here, at the bottom of the layers with the message catalogue, because two places
//! expand it: `checks/codes.rs` (`finding_codes!`, which makes `FindingCode` and its accessors)
//! and the catalogue's area `checks` (one message row per code). The rows are tokens only; the
//! names they use (`Art`, the severities) are resolved where the table is expanded.

/// The finding codes' table: gives its rows to the macro named (`finding_codes!` here, which
/// makes [`FindingCode`]; the catalogue's area `checks`, which makes a message row of each
/// row's texts).
macro_rules! finding_table {
    ($then:ident) => { $then! {
    // ---- 第十六条 planning dossier ----
    /// 16(1): the dossier lists no function requirement.
    Art16RequirementsMissing = "art16_requirements_missing", Art::new(16).item(1), Blocking,
        "未列出应用的功能需求", "no function requirement is listed";
    /// 16(1): a function requirement has no name.
    Art16FunctionUnnamed = "art16_function_unnamed", Art::new(16).item(1), Blocking,
        "功能需求未写明功能名称", "a function requirement has no name";
    /// 16(1): a function does not name a concrete business scenario.
    Art16ScenarioMissing = "art16_scenario_missing", Art::new(16).item(1), Blocking,
        "功能需求须明确一个具体业务场景", "each function must name a concrete business scenario";
    /// 16(1): a function does not name at least one concrete problem it solves.
    Art16ProblemMissing = "art16_problem_missing", Art::new(16).item(1), Blocking,
        "功能需求须至少解决一项具体问题", "each function must solve at least one concrete problem";
    /// 16(2): the relation to one group of applications (own, superior, peer, subordinate) is not stated.
    Art16RelationMissing = "art16_relation_missing", Art::new(16).item(2), Blocking,
        "须明确本应用与本部门已有应用、上级部门应用、横向部门应用、下级部门应用的关联关系",
        "the relation to the department's own, superior, peer and subordinate applications must be stated";
    /// 16(2): a related application lacks its name or the nature of the relation.
    Art16RelationUnclear = "art16_relation_unclear", Art::new(16).item(2), Blocking,
        "关联应用须写明名称及关联关系", "a related application needs its name and the nature of the relation";
    /// 16(3): no release channel (渝快办 or 渝快政) is chosen. Platform-only.
    Art16ReleaseChannelMissing = "art16_release_channel_missing", Art::new(16).item(3), Blocking,
        "须选择在“渝快办”或者“渝快政”发布应用", "a release channel (Yukuaiban or Yukuaizheng) must be chosen";
    /// 16(4): an element of the V-model (business processes, units, collaboration paths, data model) is missing.
    Art16VModelIncomplete = "art16_v_model_incomplete", Art::new(16).item(4), Blocking,
        "V模型分析须明确业务流程、业务单元、业务协同路径和数据运用模型",
        "the V-model must state business processes, business units, collaboration paths and the data model";
    /// 16(5): the technical architecture is not stated.
    Art16ArchitectureMissing = "art16_architecture_missing", Art::new(16).item(5), Blocking,
        "须明确本应用的技术架构", "the technical architecture must be stated";
    /// 16(5): the list of digital resources used, shared or to be requested is not given. Platform-only.
    Art16ResourceListMissing = "art16_resource_list_missing", Art::new(16).item(5), Blocking,
        "须明确已使用、已共享或者拟申请使用、共享的数字资源清单",
        "the list of digital resources used, shared or to be requested must be given";
    /// 16(5): the configuration of similar digital resources is not stated. Platform-only.
    Art16SimilarResourcesMissing = "art16_similar_resources_missing", Art::new(16).item(5), Blocking,
        "须明确相似数字资源的配置情况", "the configuration of similar digital resources must be stated";
    /// 16(5): a resource the platform provides is put into the project's funding plan. Platform-only.
    Art16PlatformResourceFunded = "art16_platform_resource_funded", Art::new(16).item(5), Blocking,
        "通过一体化智能化公共数据平台集中提供的数字资源不列入项目资金计划",
        "resources the platform provides centrally are not put into the project's funding plan";
    /// 16(6): an element of the data collaboration is missing.
    Art16DataCollaborationIncomplete = "art16_data_collaboration_incomplete", Art::new(16).item(6), Blocking,
        "数据协同关系须明确已有及拟采集、产生、共享的数据,共享和开放条件,以及数据清洗规则、算法规则",
        "data collaboration must state existing and planned data, sharing and opening conditions, cleaning and algorithm rules";
    /// 16(7): the relation to 电子政务内网, 电子政务外网 or 互联网 is not stated.
    Art16NetworkRelationMissing = "art16_network_relation_missing", Art::new(16).item(7), Blocking,
        "须明确本应用所承载的网络与电子政务内网、电子政务外网、互联网的互联关系",
        "the interconnection with the e-government intranet, extranet and the internet must be stated";
    /// 16(7): a connected network lacks its security boundary or measures.
    Art16SecurityBoundaryMissing = "art16_security_boundary_missing", Art::new(16).item(7), Blocking,
        "须明确相应的网络安全防护边界和措施", "the network security boundary and measures must be stated";
    /// 16(8): the interface analysis is missing (use `[]` for an application without interfaces).
    Art16InterfacesMissing = "art16_interfaces_missing", Art::new(16).item(8), Blocking,
        "未进行接口需求分析", "the interface analysis is missing";
    /// 16(8): an interface lacks its purpose, function, interoperation flow or mechanism.
    Art16InterfaceIncomplete = "art16_interface_incomplete", Art::new(16).item(8), Blocking,
        "接口须明确作用、功能、互操作流程、技术实现机制",
        "an interface must state its purpose, function, interoperation flow and technical mechanism";
    /// 16(9): a group of performance indicators is missing.
    Art16PerformanceIncomplete = "art16_performance_incomplete", Art::new(16).item(9), Blocking,
        "运行绩效体系须明确资源使用效率、数据质量、连续性及稳定性、用户数及活跃度、业务效能指标",
        "the performance system must state resource-efficiency, data-quality, continuity, user and business indicators";
    /// 16(9): the early-warning mechanism is missing.
    Art16EarlyWarningMissing = "art16_early_warning_missing", Art::new(16).item(9), Blocking,
        "须明确相应的预警机制", "the early-warning mechanism must be stated";
    /// 16(9): the resource scaling (compression or expansion) mechanism is missing.
    Art16ScalingMissing = "art16_scaling_missing", Art::new(16).item(9), Blocking,
        "须明确资源压缩或者扩展机制", "the resource compression or expansion mechanism must be stated";
    /// 第十一条: a self-procured resource does not say why the platform catalog cannot supply or adapt it. Platform-only.
    Art11SelfProcurementUnjustified = "art11_self_procurement_unjustified", Art::new(11), Blocking,
        "自行采购的数字资源须说明目录中没有且无法以相近资源适配",
        "a self-procured resource must state that the catalog lacks it and nothing similar can be adapted";
    // ---- 第十七条、第十八条 reuse ----
    /// 第十七条: no IRS reuse search (检索、查重) is recorded.
    Art17ReuseSearchMissing = "art17_reuse_search_missing", Art::new(17), Blocking,
        "谋划应用时须利用IRS系统应用检索、查重能力", "the IRS search for reusable applications is not recorded";
    /// 第十七条: the search did not cover all four dimensions (需求、场景、功能、资源特征).
    Art17SearchDimensionsIncomplete = "art17_search_dimensions_incomplete", Art::new(17), Warning,
        "检索应覆盖应用需求、应用场景、应用功能、资源特征等维度",
        "the search should cover requirement, scenario, function and resource dimensions";
    /// 第十七条: the necessity of developing the application is not assessed.
    Art17NecessityNotAssessed = "art17_necessity_not_assessed", Art::new(17), Blocking,
        "须综合评估应用开发的必要性", "the necessity of the development must be assessed";
    /// 第十七条: a reusable application found by the search is not reused.
    Art17ReusableNotReused = "art17_reusable_not_reused", Art::new(17), Blocking,
        "对能够复用和共享的应用不得重复开发", "a reusable application must be reused, not developed again";
    /// 第十七条: a candidate judged not reusable has no reason.
    Art17CandidateReasonMissing = "art17_candidate_reason_missing", Art::new(17), Warning,
        "检索到的应用判定为不能复用的,应说明理由", "a candidate judged not reusable should give the reason";
    /// 第十八条: a reuse plan names no mode (SaaS, private deployment, component, source code).
    Art18ReuseModeMissing = "art18_reuse_mode_missing", Art::new(18), Blocking,
        "复用须明确复用模式", "a reuse must name its mode";
    /// 第十八条: a reuse plan does not name the shared application.
    Art18ReuseSourceMissing = "art18_reuse_source_missing", Art::new(18), Blocking,
        "复用须写明被复用的共享应用", "a reuse must name the shared application";
    // ---- 第二十三条 joint review ----
    /// 23(1): not in the ledger (一本账).
    Art23NotInLedger = "art23_not_in_ledger", Art::new(23).item(1), Blocking,
        "不予通过联合评审:未纳入涪陵区推进数字重庆建设应用“一本账”",
        "joint review not passed: not in the district ledger";
    /// 23(2): new machine rooms, clouds, data centres or hardware, without the Bureau's exemption. Platform-only.
    Art23NewInfrastructure = "art23_new_infrastructure", Art::new(23).item(2), Blocking,
        "不予通过联合评审:新建或扩建机房、私(专)有云平台、数据中心,新增硬件设备,或已有私(专)有云平台、数据中心未明确撤并计划",
        "joint review not passed: new or extended machine rooms, private clouds, data centres or hardware, or no consolidation plan";
    /// 23(3): scenarios, processes or data model unclear, relations or mode unclear, or overlap.
    Art23UnclearScenarioOrOverlap = "art23_unclear_scenario_or_overlap", Art::new(23).item(3), Blocking,
        "不予通过联合评审:应用场景、业务流程、数据模型梳理不清晰,关系或开发模式不明确,或功能与现有应用重叠",
        "joint review not passed: scenarios, processes or data model unclear, relations or mode unclear, or overlapping functions";
    /// 23(4): sensing resources not connected to the district city operations centre. Platform-only.
    Art23SensingNotConnected = "art23_sensing_not_connected", Art::new(23).item(4), Blocking,
        "不予通过联合评审:感知网络、感知设备等数字资源未接入区级数字化城市运行和治理中心共享",
        "joint review not passed: sensing resources not connected to the district city operations centre";
    /// 23(5): not on 渝快办/渝快政, or not extended to towns and villages where required. Platform-only.
    Art23NotOnTwoEnds = "art23_not_on_two_ends", Art::new(23).item(5), Blocking,
        "不予通过联合评审:未接入“渝快办”或者“渝快政”,或应向乡镇(街道)、村(社区)和网格员延伸而未延伸",
        "joint review not passed: not on Yukuaiban/Yukuaizheng, or not extended to towns, villages and grid workers";
    /// 23(6): internet egress line leases, unintegrated private lines, unsupervisable terminal security. Platform-only.
    Art23PrivateLines = "art23_private_lines", Art::new(23).item(6), Blocking,
        "不予通过联合评审:互联网出口线路租赁、未整合或无撤并计划的专网租赁、不能统一监管的终端安全防护项目",
        "joint review not passed: internet egress leases, unintegrated private lines, or unsupervisable terminal security";
    /// 23(7): not developed or run on the platform, or data not handled on it or lawfully. Platform-only.
    Art23NotOnPlatform = "art23_not_on_platform", Art::new(23).item(7), Blocking,
        "不予通过联合评审:未依托一体化智能化公共数据平台开展应用开发、运维或数据采集、汇聚、共享、开放、处理、分析",
        "joint review not passed: development, operation or data handling not on the platform or not lawful";
    /// 23(8): network security, data security, cryptography or 自主可控 requirements not met.
    Art23SecurityNonCompliant = "art23_security_non_compliant", Art::new(23).item(8), Blocking,
        "不予通过联合评审:不满足网络安全、数据安全、密码应用、自主可控等法律法规和标准规范",
        "joint review not passed: network security, data security, cryptography or autonomy requirements not met";
    /// 23(9): the plan is incomplete, the procedure irregular, or another violation.
    Art23IncompletePlan = "art23_incomplete_plan", Art::new(23).item(9), Blocking,
        "不予通过联合评审:开发方案编制不完整、报审程序不规范,或其他违反法律法规、标准规范",
        "joint review not passed: incomplete plan, irregular procedure, or another violation";
    /// 第九条: the department builds or runs its own integrated operating platform (原则上不得). Platform-only.
    Art9OwnIntegrationPlatform = "art9_own_integration_platform", Art::new(9), Warning,
        "区级应用责任部门原则上不得建设和运维其他非涉密的集成运行平台",
        "departments should not, in principle, build or run another non-secret integrated operating platform";
    // ---- 第三十四条 acceptance ----
    /// 第三十四条: the trial run has not passed (试运行合格后 is the precondition of acceptance).
    Art34TrialRunNotPassed = "art34_trial_run_not_passed", Art::new(34), Blocking,
        "区级应用试运行合格后方可组织验收", "acceptance follows a passed trial run";
    /// 34(1) unmet.
    Art34UnmetSupervisorConsents = "art34_unmet_supervisor_consents", Art::new(34).item(1), Blocking,
        "验收条件未满足:履行监理职责的单位同意应用开展验收工作", "acceptance condition unmet: the supervisor consents";
    /// 34(2) unmet.
    Art34UnmetContentCompleteAndGoalsMet = "art34_unmet_content_complete_and_goals_met", Art::new(34).item(2), Blocking,
        "验收条件未满足:开发内容已全部完成,绩效目标已全部实现",
        "acceptance condition unmet: all planned content done and all performance goals met";
    /// 34(3) unmet. Platform-only.
    Art34UnmetBuiltOnPlatform = "art34_unmet_built_on_platform", Art::new(34).item(3), Blocking,
        "验收条件未满足:基于一体化智能化公共数据平台开发,满足统一技术规范",
        "acceptance condition unmet: built on the platform and meeting its unified technical standards";
    /// 34(4) unmet.
    Art34UnmetIrsCatalogMaintained = "art34_unmet_irs_catalog_maintained", Art::new(34).item(4), Blocking,
        "验收条件未满足:已接入IRS系统全生命周期管理并实时监测,编目信息准确、完整、真实且动态维护",
        "acceptance condition unmet: managed and monitored in IRS, catalog accurate, complete, true and maintained";
    /// 34(5) unmet.
    Art34UnmetTestsAndAssessmentsPassed = "art34_unmet_tests_and_assessments_passed", Art::new(34).item(5), Blocking,
        "验收条件未满足:技术指标满足需求,通过测评机构测试、网络安全等级保护测评和商用密码应用安全性评估",
        "acceptance condition unmet: indicators met, tests, classified-protection and commercial-crypto assessments passed";
    /// 34(6) unmet.
    Art34UnmetTrainingCompleted = "art34_unmet_training_completed", Art::new(34).item(6), Blocking,
        "验收条件未满足:完成使用培训,使用人员能够独立操作使用",
        "acceptance condition unmet: training done and users can work independently";
    /// 34(7) unmet.
    Art34UnmetTechnicalMaterialsHeld = "art34_unmet_technical_materials_held", Art::new(34).item(7), Blocking,
        "验收条件未满足:已掌握可独立开展应用运维或升级迭代所需的技术资料",
        "acceptance condition unmet: technical materials for independent O&M or iteration held";
    /// 34(8) unmet.
    Art34UnmetRecordsComplete = "art34_unmet_records_complete", Art::new(34).item(8), Blocking,
        "验收条件未满足:文件资料齐全,符合档案管理有关规范", "acceptance condition unmet: records complete and archived";
    /// 34(9) unmet.
    Art34UnmetOtherRequirementsMet = "art34_unmet_other_requirements_met", Art::new(34).item(9), Blocking,
        "验收条件未满足:符合法律法规、标准规定和采购合同约定的其他要求",
        "acceptance condition unmet: other legal, standard and contractual requirements met";
    // ---- 第七条 catalog ----
    /// 第七条: 基础信息 missing.
    Art7BasicInfoMissing = "art7_basic_info_missing", Art::new(7), Blocking,
        "应用编目信息缺少基础信息", "the catalog lacks the basic information";
    /// 第七条: 评审信息 missing.
    Art7ReviewInfoMissing = "art7_review_info_missing", Art::new(7), Blocking,
        "应用编目信息缺少评审信息", "the catalog lacks the review information";
    /// 第七条: 数字资源信息 missing.
    Art7ResourceInfoMissing = "art7_resource_info_missing", Art::new(7), Blocking,
        "应用编目信息缺少数字资源信息", "the catalog lacks the digital-resource information";
    /// 第七条: 效能目标信息 missing.
    Art7PerformanceTargetsMissing = "art7_performance_targets_missing", Art::new(7), Blocking,
        "应用编目信息缺少效能目标信息", "the catalog lacks the performance targets";
    /// 第七条: 安全防护信息 missing.
    Art7SecurityProtectionMissing = "art7_security_protection_missing", Art::new(7), Blocking,
        "应用编目信息缺少安全防护信息", "the catalog lacks the security-protection information";
    /// 第七条: 开发厂商信息 missing after development.
    Art7VendorInfoMissing = "art7_vendor_info_missing", Art::new(7), Blocking,
        "应用开发完成后须完善开发厂商信息", "after development the vendor information must be completed";
    /// 第七条: 软硬件设备信息 missing after development.
    Art7HardwareSoftwareInfoMissing = "art7_hardware_software_info_missing", Art::new(7), Blocking,
        "应用开发完成后须完善软硬件设备信息", "after development the hardware and software information must be completed";
    /// 第七条: 工程人员信息 missing after development.
    Art7EngineeringStaffInfoMissing = "art7_engineering_staff_info_missing", Art::new(7), Blocking,
        "应用开发完成后须完善工程人员信息", "after development the engineering-staff information must be completed";
    /// 第七条: 使用信息 missing after development.
    Art7UsageInfoMissing = "art7_usage_info_missing", Art::new(7), Blocking,
        "应用开发完成后须完善使用信息", "after development the usage information must be completed";
    // ---- 第四十条、第四十一条 deregistration ----
    /// 第四十条: no deregistration ground is stated.
    Art40GroundMissing = "art40_ground_missing", Art::new(40), Blocking,
        "未写明注销理由(第四十条所列情形,或其他理由及其说明)", "no deregistration reason is stated (an Art. 40 situation, or another reason described)";
    /// 41(1): shared or opened data not settled with a user of the data or interfaces.
    Art41SharedDataNotSettled = "art41_shared_data_not_settled", Art::new(41).item(1), Blocking,
        "须与使用本应用数据或者接口的单位协商处理方式,完成数据归集或者接口注销",
        "the disposal must be agreed with each user of the data or interfaces and the data collected or interface cancelled";
    /// 41(2): history of a merged application not migrated to the new application.
    Art41HistoryNotMigrated = "art41_history_not_migrated", Art::new(41).item(2), Blocking,
        "因归并、整合而注销的应用,须将历史数据归属迁移至新的应用",
        "a merged application's history must move to the new application";
    /// 41(2): history of an application deregistered for another reason not handled under the rules.
    Art41HistoryNotHandled = "art41_history_not_handled", Art::new(41).item(2), Blocking,
        "须按照公共数据资源管理相关规定妥善处理历史数据",
        "the history must be handled under the public-data rules";
    /// 41(3): a component not taken down in IRS.
    Art41ComponentNotDelisted = "art41_component_not_delisted", Art::new(41).item(3), Blocking,
        "须在IRS系统下架相关组件", "each component must be taken down in IRS";
    /// 41(4): not delisted from 渝快办/渝快政.
    Art41ChannelNotDelisted = "art41_channel_not_delisted", Art::new(41).item(4), Blocking,
        "须在“渝快办”或者“渝快政”中下架", "the application must be taken down from Yukuaiban/Yukuaizheng";
    } };
}
pub(crate) use finding_table;
