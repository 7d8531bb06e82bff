// ---- Process and check types: GENERATED from the core's Rust types (schemars) by
// ---- `cargo test -p fuling-rules-wasm` with UPDATE_TS=1; a test fails when this file is stale.

/** 第三十四条: the conditions that acceptance (验收) must all meet ("须同时满足").  # Example ``` use fuling_rules::{model::AcceptanceCondition, Art}; let c = AcceptanceCondition::IrsCatalogMaintained; // 第三十四条(四) assert_eq!(c.article(), Art::new(34).item(4)); assert!(c.article().text().unwrap().contains("IRS")); assert_eq!(serde_json::to_string(&c).unwrap(), r#""irs_catalog_maintained""#); ``` */
export type AcceptanceCondition = "supervisor_consents" | "content_complete_and_goals_met" | "built_on_platform" | "irs_catalog_maintained" | "tests_and_assessments_passed" | "training_completed" | "technical_materials_held" | "records_complete" | "other_requirements_met";

/** 第三十四条: acceptance (验收); every condition must hold ("须同时满足"). Checked by [`crate::checks::check_acceptance`].  # Example ``` use fuling_rules::checks::check_acceptance; use fuling_rules::model::{lifecycle_dossier::AcceptanceDossier, AcceptanceCondition}; let d = AcceptanceDossier {     trial_run_passed: true, supervisor_consents: true, content_complete: true,     performance_goals_met: true, built_on_platform: true, meets_technical_standards: true,     irs_managed_and_monitored: true, catalog_accurate_and_maintained: true,     technical_indicators_met: true, third_party_tests_passed: true,     classified_protection_passed: true, commercial_crypto_assessment_passed: false,     training_completed: true, users_independent: true, technical_materials_held: true,     records_complete: true, other_requirements_met: true, ..Default::default() }; // 第三十四条(五): no 商用密码应用安全性评估 yet, so no acceptance. let r = check_acceptance(&d); assert!(!r.passed); assert_eq!(r.unmet_conditions, [AcceptanceCondition::TestsAndAssessmentsPassed]); ``` */
export interface AcceptanceDossier {
  /** 34(3) 基于一体化智能化公共数据平台进行开发. */
  built_on_platform?: boolean;
  /** 34(4) 应用编目信息准确、完整、真实且已落实动态维护要求. */
  catalog_accurate_and_maintained?: boolean;
  /** 34(5) 通过网络安全等级保护测评. */
  classified_protection_passed?: boolean;
  /** 34(5) 通过商用密码应用安全性评估. */
  commercial_crypto_assessment_passed?: boolean;
  /** 34(2) 开发方案明确的开发内容已全部完成. */
  content_complete?: boolean;
  /** 34(4) 已接入IRS系统进行全生命周期管理并开展实时监测. */
  irs_managed_and_monitored?: boolean;
  /** 34(3) 架构、代码、接口、性能、安全等满足统一技术规范. */
  meets_technical_standards?: boolean;
  /** The application's name (informational). */
  name?: string;
  /** 34(9) 符合法律法规、标准规定和采购合同约定的其他要求. */
  other_requirements_met?: boolean;
  /** 34(2) 绩效目标已全部实现. */
  performance_goals_met?: boolean;
  /** 34(8) 文件资料齐全,符合档案管理有关规范. */
  records_complete?: boolean;
  /** 第二条 涉密: 34(3) (built on the platform) does not apply. */
  secret_related?: boolean;
  /** 34(1) 履行监理职责的单位同意应用开展验收工作. */
  supervisor_consents?: boolean;
  /** 34(5) 功能、性能等技术指标满足需求. */
  technical_indicators_met?: boolean;
  /** 34(7) 已掌握可独立开展应用运维或升级迭代所需的技术资料. */
  technical_materials_held?: boolean;
  /** 34(5) 通过测评机构对功能性、兼容性、易用性、可靠性、安全性等方面测试. */
  third_party_tests_passed?: boolean;
  /** 34(6) 完成使用培训. */
  training_completed?: boolean;
  /** "区级应用试运行合格后……组织验收": the trial run (第三十三条) has passed. */
  trial_run_passed?: boolean;
  /** 34(6) 使用人员能够独立操作使用. */
  users_independent?: boolean;
}

/** 第十九条(三)(五): the deadline whose miss leads to an adjustment.  # Example ``` use fuling_rules::{ErrorCode, Project, ProjectKind, State}; let mut p = Project::new("FL-2025-042", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-01", "amount": "100万元"}"#)?; for t in ["lead_department_reviewed", "preliminary_funding_plan_set", "development_plan_submitted",           "preliminary_review_passed", "joint_review_organised"] {     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-09-01"}}"#))?; } p.apply_json(r#"{"type": "approved", "date": "2025-09-26"}"#)?; // 第十九条(五): development should start within 60 working days of 09-26, i.e. by 2025-12-25. let adjust = |date: &str| {     format!(r#"{{"type": "project_adjusted", "date": "{date}", "reason": "development_start_overdue", "leading_group_consent": "领导小组2025年第9次会议"}}"#) }; assert_eq!(p.apply_json(&adjust("2025-12-25")).unwrap_err().code(), ErrorCode::TransitionNotAllowed); p.apply_json(&adjust("2025-12-26"))?; assert_eq!(p.state(), State::Adjusted); # Ok::<(), fuling_rules::Error>(()) ``` */
export type AdjustmentReason = "development_plan_overdue" | "development_start_overdue";

/** 第三条(一) 应用: a digitised system for a business function, developed, operated or bought with fiscal or state-owned-enterprise funds.  Every field has a default, so `{}` is a valid (anonymous) application. The lifecycle stage (第七条) is not stored here: it follows from the project's events ([`crate::process::State::stage`]), so it cannot contradict them.  # Example ``` use fuling_rules::model::{Application, FundingSource, ReleaseChannel}; let app: Application = serde_json::from_str(     r#"{"name": "涪陵区智慧停车", "responsible_department": "区交通局", "release_channel": "yu_kuai_ban"}"#, ).unwrap(); assert_eq!(app.funding_source, FundingSource::Fiscal); // the default assert_eq!(app.release_channel, Some(ReleaseChannel::YuKuaiBan)); assert!(!app.secret); assert_eq!(serde_json::from_str::<Application>("{}").unwrap(), Application::default()); ``` */
export interface Application {
  /** 第三条(一): the source of the funds. */
  funding_source?: FundingSource;
  /** The application's identifier (e.g. its IRS number), free text. */
  id?: string;
  /** 第三十八条: labels already marked in IRS when the project was recorded. Later labels come from `label_marked` events. */
  labels?: Label[];
  /** 第三条(五) 应用牵头部门: the district lead department of the application's field. */
  lead_department?: string;
  /** The application's name (应用名称). */
  name?: string;
  /** 第三条(八), 第十六条(三): the planned release channel, when already chosen. */
  release_channel?: ReleaseChannel | null;
  /** 第三条(六) 应用责任部门: the department responsible for the application. */
  responsible_department?: string;
  /** 第二条 涉密: whether the application involves state secrets. Platform-only rules (第八条, 第二十三条(二)(四)(五)(六)(七), 第三十四条(三)) do not apply to it, and its release (第三十一条) need not go through 渝快办/渝快政. */
  secret?: boolean;
}

/** 第七条: the catalog information of an application in IRS. Checked by [`crate::checks::check_catalog`].  # Example ``` use fuling_rules::checks::{check_catalog, FindingCode}; use fuling_rules::model::lifecycle_dossier::CatalogDossier; // After development (第七条), the four post-development groups are due too. let r = check_catalog(&CatalogDossier { development_completed: true, ..Default::default() }); assert_eq!(r.findings.len(), 9); assert_eq!(r.with_code(FindingCode::Art7UsageInfoMissing).count(), 1); ``` */
export interface CatalogDossier {
  /** The catalog entry (基础信息、评审信息、数字资源信息、效能目标信息、安全防护信息 …). */
  catalog?: CatalogEntry;
  /** "在应用开发完成后": development is complete, so the vendor, hardware/software, engineering-staff and usage information are due too. */
  development_completed?: boolean;
  /** The application's name (informational). */
  name?: string;
}

/** 第七条 应用编目信息: the catalog information kept in IRS. "包含但不限于": the fields below are the ones the article names; each is free text (or a list) so that a catalog check can tell which are missing.  # Example ``` use fuling_rules::checks::check_catalog; use fuling_rules::model::{lifecycle_dossier::CatalogDossier, CatalogEntry}; let catalog: CatalogEntry = serde_json::from_str(     r#"{"basic_info": "涪陵区智慧停车", "review_info": "联合评审批复", "performance_targets": "日均服务1万人次",         "security_protection": "等保三级", "digital_resources": [{"kind": "compute", "from_platform": true}]}"#, ).unwrap(); // 第七条: the five groups before development is completed. assert!(check_catalog(&CatalogDossier { catalog, ..Default::default() }).passed); ``` */
export interface CatalogEntry {
  /** 基础信息. */
  basic_info?: string | null;
  /** 数字资源信息. */
  digital_resources?: DigitalResource[];
  /** 工程人员信息 (after development). */
  engineering_staff_info?: string | null;
  /** 软硬件设备信息 (after development). */
  hardware_software_info?: string | null;
  /** 效能目标信息. */
  performance_targets?: string | null;
  /** 评审信息. */
  review_info?: string | null;
  /** 安全防护信息. */
  security_protection?: string | null;
  /** 使用信息 (after development). */
  usage_info?: string | null;
  /** 开发厂商信息 (after development). */
  vendor_info?: string | null;
}

/** 41(4): a release on one of the two ends.  # Example ``` use fuling_rules::checks::{check_deregistration, FindingCode}; use fuling_rules::model::{lifecycle_dossier::{ChannelListing, DeregistrationDossier}, ReleaseChannel}; let d = DeregistrationDossier {     channels: vec![ChannelListing { channel: Some(ReleaseChannel::YuKuaiBan), delisted: false }],     ..Default::default() }; let r = check_deregistration(&d); assert_eq!(r.with_code(FindingCode::Art41ChannelNotDelisted).next().unwrap().path, "/channels/0/delisted"); ``` */
export interface ChannelListing {
  /** The end. */
  channel?: ReleaseChannel | null;
  /** Taken down from it (下架). */
  delisted?: boolean;
}

/** The result of a `check_*` function.  JSON: `{"passed": bool, "findings": [...]}`, plus `rejection_grounds` (joint review) and `unmet_conditions` (acceptance) when not empty.  # Example ``` use fuling_rules::checks::check_joint_review; use fuling_rules::model::{dossier::JointReview, RejectionGround}; let mut review = JointReview::default(); review.lines.internet_egress_lease = true; let report = check_joint_review(&review); assert!(!report.passed); assert!(report.rejection_grounds.contains(&RejectionGround::PrivateLines)); // 23(6) let json = serde_json::to_value(&report).unwrap(); assert!(json.get("unmet_conditions").is_none()); // left out when empty ``` */
export interface CheckReport {
  /** Every finding (collect), in the order of the articles and of the input. */
  findings: Finding[];
  /** No blocking finding. For the joint review: `false` means 不予通过联合评审. */
  passed: boolean;
  /** 第二十三条: the distinct grounds on which the joint review is refused, in the article's order. */
  rejection_grounds?: RejectionGround[];
  /** 第三十四条: the distinct conditions of acceptance not met, in the article's order. */
  unmet_conditions?: AcceptanceCondition[];
}

/** 41(3): a component in IRS.  # Example ``` use fuling_rules::checks::{check_deregistration, FindingCode}; use fuling_rules::model::lifecycle_dossier::{ComponentListing, DeregistrationDossier}; let d = DeregistrationDossier {     components: vec![ComponentListing { name: "电子证照组件".into(), delisted: false }],     ..Default::default() }; assert_eq!(check_deregistration(&d).with_code(FindingCode::Art41ComponentNotDelisted).count(), 1); ``` */
export interface ComponentListing {
  /** Taken down in IRS (下架). */
  delisted?: boolean;
  /** The component. */
  name?: string;
}

/** 16(6) 数据协同关系.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{DataCollaboration, PlanningDossier}; let data = DataCollaboration {     existing: Some(vec![]), // stated: none yet     planned: Some(vec!["河道巡查记录".into()]),     sharing_conditions: "按需共享".into(),     opening_conditions: "不予开放".into(),     cleaning_rules: "去重、补全".into(),     algorithm_rules: "".into(), }; let r = check_planning_dossier(&PlanningDossier { data, ..Default::default() }); let paths: Vec<&str> = r.with_code(FindingCode::Art16DataCollaborationIncomplete).map(|f| f.path.as_str()).collect(); assert_eq!(paths, ["/data/algorithm_rules"]); ``` */
export interface DataCollaboration {
  /** 算法规则. */
  algorithm_rules?: string;
  /** 数据清洗规则. */
  cleaning_rules?: string;
  /** 已采集、加工或者已共享的数据. `[]`: none; absent: not stated. */
  existing?: string[] | null;
  /** 数据开放条件. */
  opening_conditions?: string;
  /** 拟采集、产生或者拟共享的数据. `[]`: none; absent: not stated. */
  planned?: string[] | null;
  /** 数据共享条件. */
  sharing_conditions?: string;
}

/** 41(1): a unit using the application's data or interfaces.  # Example ``` use fuling_rules::checks::{check_deregistration, FindingCode}; use fuling_rules::model::lifecycle_dossier::{DataConsumer, DeregistrationDossier}; let d = DeregistrationDossier {     data_consumers: vec![DataConsumer { unit: "区民政局".into(), disposal_agreed: true, completed: false }],     ..Default::default() }; let r = check_deregistration(&d); let f = r.with_code(FindingCode::Art41SharedDataNotSettled).next().unwrap(); // 第四十一条(一) assert_eq!(f.path, "/data_consumers/0/completed"); ``` */
export interface DataConsumer {
  /** 完成数据归集或者接口注销. */
  completed?: boolean;
  /** 妥善协商处理方式: the disposal is agreed with the unit. */
  disposal_agreed?: boolean;
  /** The unit. */
  unit?: string;
}

/** 第二十四条: why the district declares an application to a higher level.  # Example ``` use fuling_rules::model::{DeclarationReason, ProjectOrigin}; let r: DeclarationReason = serde_json::from_str(r#""higher_level_declaration""#).unwrap(); assert_eq!(r.origin(), ProjectOrigin::HigherLevelDeclaration); ``` */
export type DeclarationReason = "higher_level_declaration" | "matching_funds";

/** 第二十六条: how development or O&M is delivered.  # Example ``` use fuling_rules::{process::DeliveryMode, Event}; let e = Event::from_json(r#"{"type": "development_started", "date": "2026-01-04", "mode": "self_development"}"#)?; assert_eq!(e, Event::DevelopmentStarted { date: e.date(), mode: DeliveryMode::SelfDevelopment }); # Ok::<(), fuling_rules::Error>(()) ``` */
export type DeliveryMode = "self_development" | "procurement";

/** 第四十条、第四十一条: deregistration (注销) and the disposal of digital resources before it. Checked by [`crate::checks::check_deregistration`].  # Example ``` use fuling_rules::checks::check_deregistration; use fuling_rules::model::lifecycle_dossier::{DeregistrationDossier, HistoryDisposal}; use fuling_rules::process::DeregistrationReason; let d = DeregistrationDossier {     grounds: vec![DeregistrationReason::NoLongerNeeded],     history: HistoryDisposal { handled_per_rules: true, ..Default::default() },     ..Default::default() }; assert!(check_deregistration(&d).passed); ``` */
export interface DeregistrationDossier {
  /** 41(4): the ends (渝快办/渝快政) the application is released on. */
  channels?: ChannelListing[];
  /** 41(3): components the application has in IRS. */
  components?: ComponentListing[];
  /** 41(1): units that use the application's shared or opened data or its interfaces. */
  data_consumers?: DataConsumer[];
  /** 第四十条: the situations that require deregistration (the process's reasons: `no_longer_needed`, `superseded`, `stagnant`, `major_incident`). */
  grounds?: DeregistrationReason[];
  /** 41(2): the historical data. */
  history?: HistoryDisposal;
  /** The application's name (informational). */
  name?: string;
}

/** 第四十条: the reasons an application is deregistered.  # Example ``` use fuling_rules::{process::DeregistrationReason, Art}; let r: DeregistrationReason = serde_json::from_str(r#""superseded""#).unwrap(); assert_eq!(r.article(), Art::new(40).item(2)); assert!(r.article().text().unwrap().contains("归并整合")); ``` */
export type DeregistrationReason = "no_longer_needed" | "superseded" | "stagnant" | "major_incident";

/** 23(3): the reviewers' judgement of the design, and overlaps.  # Example ``` use fuling_rules::checks::{check_joint_review, FindingCode}; use fuling_rules::model::dossier::{DesignReview, JointReview}; let design = DesignReview { overlaps: vec!["涪陵区智慧城管".into()], ..Default::default() }; let r = check_joint_review(&JointReview { design, ..Default::default() }); let overlap = r.with_code(FindingCode::Art23UnclearScenarioOrOverlap).find(|f| f.path == "/design/overlaps/0"); assert!(overlap.unwrap().message_zh.contains("涪陵区智慧城管")); ``` */
export interface DesignReview {
  /** 横向协同、纵向贯通关系明确. */
  coordination_clear?: boolean;
  /** 数据模型梳理清晰. */
  data_model_clear?: boolean;
  /** 应用开发模式明确. */
  development_mode_clear?: boolean;
  /** 存量应用关联关系和统筹计划明确. */
  existing_applications_clear?: boolean;
  /** Existing applications whose functions the project overlaps, wholly or in part. */
  overlaps?: string[];
  /** 业务流程梳理清晰. */
  processes_clear?: boolean;
  /** 应用场景梳理清晰. */
  scenarios_clear?: boolean;
}

/** 22(2): the functions named in the item.  # Example ``` use fuling_rules::checks::priority_categories; use fuling_rules::model::dossier::{DigitalFunction, PriorityInput}; use fuling_rules::Art; let input = PriorityInput { digital_functions: vec![DigitalFunction::GrassrootsGovernance], ..Default::default() }; let r = priority_categories(&input); assert_eq!(r.categories, [Art::new(22).item(2)]); // 22(2) 基层智治 assert_eq!(r.matches[0].because, ["digital_functions"]); ``` */
export type DigitalFunction = "party_building" | "government" | "economy" | "society" | "culture" | "rule_of_law" | "grassroots_governance";

/** One digital resource (数字资源) of an application, as catalogued in IRS (第七条, 第十二条).  # Example ``` use fuling_rules::model::{DigitalResource, DigitalResourceKind}; let r: DigitalResource =     serde_json::from_str(r#"{"kind": "compute", "name": "政务云主机", "from_platform": true}"#).unwrap(); assert_eq!(r.kind, DigitalResourceKind::Compute); assert!(r.from_platform); // 第八条: provided by the platform, not bought ``` */
export interface DigitalResource {
  /** Provided by the platform (一体化智能化公共数据平台, 第八条) rather than bought by the department (第十二条). */
  from_platform?: boolean;
  /** The kind. */
  kind: DigitalResourceKind;
  /** A free-text name. */
  name?: string;
}

/** 第三条(二) 数字资源: the kinds of digital resources an application needs.  # Example ``` use fuling_rules::model::DigitalResourceKind; let k: DigitalResourceKind = serde_json::from_str(r#""knowledge_base""#).unwrap(); assert_eq!(k, DigitalResourceKind::KnowledgeBase); ``` */
export type DigitalResourceKind = "compute" | "network" | "storage" | "security" | "component" | "cryptography" | "sensing" | "data" | "knowledge_base";

/** 第四十一条: the disposal and release of digital resources before deregistration. Every step must be stated; a missing one refuses the application citing its item.  # Example ``` use fuling_rules::{ErrorCode, Project, ProjectKind, State}; let mut p = Project::new("FL-OM-2025-006", ProjectKind::Om); for t in ["om_plan_submitted", "lead_department_reviewed", "joint_review_organised", "approved"] {     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-05-06"}}"#))?; } p.apply_json(r#"{"type": "om_started", "date": "2025-05-06", "mode": "procurement"}"#)?; let apply = |history: &str| {     format!(r#"{{"type": "deregistration_applied", "date": "2025-09-10", "reason": "superseded", "disposal":         {{"shared_data": "done", "history_data": "{history}", "components": "done", "channels": "not_applicable"}}}}"#) }; // 第四十一条(二): merged into another application, the history must move there. assert_eq!(p.apply_json(&apply("handled")).unwrap_err().code(), ErrorCode::ConditionsNotMet); p.apply_json(&apply("migrated"))?; assert_eq!(p.state(), State::DeregistrationApplied); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Disposal {
  /** (四) taken down from 渝快办/渝快政 (required as done when the application was released there). */
  channels?: StepStatus | null;
  /** (三) components taken down in IRS (下架组件). */
  components?: StepStatus | null;
  /** (二) historical data migrated (merger) or handled (other reasons). */
  history_data?: HistoryData | null;
  /** (一) shared or opened data and interfaces settled with their users (数据归集或者接口注销). */
  shared_data?: StepStatus | null;
}

/** A provisional due date with what it rests on and how far it may move.  Given by a status beside `due: null` and its `calendar_out_of_range` error, never in place of them: the official answer is still unknown.  # Example ``` use chrono::NaiveDate; use fuling_rules::{Calendar, Project, ProjectKind, Ruleset}; let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(); let mut p = Project::new("FL-2026-049", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2026-09-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-09-01", "amount": "80万元"}"#)?; p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-09-02"}"#)?; p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-10-15"}"#)?; let s = p.status(d("2026-10-16"), &Calendar::official(), &Ruleset::default())?; let o = &s.obligations[0]; // 第十九条(三): 60 working days, past 2026-12-31 assert_eq!(o.due, None); assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range"); let e = o.estimate.as_ref().unwrap(); // 55 working days to 12-31, then Fri 2027-01-01 元旦 (provisional), 01-04..01-08. assert_eq!(e.due, d("2027-01-08")); assert!(e.basis_en.contains("may move by up to 3 working days when the 2027 notice is published")); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Estimate {
  /** The same in English. */
  basis_en: string;
  /** What it rests on and how far it may move, in Chinese. */
  basis_zh: string;
  /** The provisional due date. */
  due: string;
  /** The computation on the provisional calendar (its `provisional_from` says from which day). */
  explanation: Explanation;
}

/** One dated event of a project (the persistence format and public API).  See `docs/events.md` for every type, field and article.  # Example ``` use chrono::NaiveDate; use fuling_rules::{Calendar, Event, EventType, Project, ProjectKind, Ruleset}; let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(); // 第二十四条: the district is to declare the application on Friday 2025-10-17. let e = Event::from_json(     r#"{"type": "declaration_planned", "date": "2025-09-15", "declaration_date": "2025-10-17", "reason": "higher_level_declaration"}"#, )?; assert_eq!((e.event_type(), e.date()), (EventType::DeclarationPlanned, d("2025-09-15"))); let mut p = Project::new("FL-2025-040", ProjectKind::Development); p.apply(e)?; // 10 working days before 10-17, over the National Day holiday: Sunday 09-28 (worked). let s = p.status(d("2025-09-26"), &Calendar::official(), &Ruleset::default())?; assert_eq!(s.obligations[0].due, Some(d("2025-09-28"))); # Ok::<(), fuling_rules::Error>(()) ``` */
export type ProjectEvent = {
  /** The date of the event (事件日期). */
  date: string;
  /** The date of the declaration to the higher level (申报日期). */
  declaration_date: string;
  /** Why the district declares it. */
  reason: DeclarationReason;
  type: "declaration_planned";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** The date of the declaration to the higher level (申报日期). */
  declaration_date: string;
  /** Why the district declares it. */
  reason: DeclarationReason;
  type: "preliminary_review_applied";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** The higher-level approval document's number, if known. */
  document?: string | null;
  type: "higher_approval_filed";
}) | {
  /** The decision or assessment relied on (required, non-empty). */
  basis: string;
  /** The date of the event (事件日期). */
  date: string;
  /** The ground. */
  ground: ExceptionGround;
  type: "ledger_exception_requested";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** The leading group's consent (document or minutes) — required after a `ledger_exception_requested` (第十四条: "报请……领导小组同意后纳入"). */
  leading_group_consent?: string | null;
  type: "ledgered";
}) | {
  /** The development funding requested. */
  amount: string;
  /** The date of the event (事件日期). */
  date: string;
  type: "funding_plan_submitted";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** The opinion, free text. */
  opinion?: string | null;
  type: "lead_department_reviewed";
}) | ({
  /** The preliminary amount, when it differs from the requested one. */
  amount?: string | null;
  /** The date of the event (事件日期). */
  date: string;
  type: "preliminary_funding_plan_set";
}) | ({
  /** The development funding plan of the submitted plan (第二十条's 应用开发资金计划), when it differs. */
  amount?: string | null;
  /** The date of the event (事件日期). */
  date: string;
  type: "development_plan_submitted";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  type: "municipal_filing_submitted";
} | {
  /** The date of the event (事件日期). */
  date: string;
  type: "preliminary_review_passed";
} | ({
  /** The O&M funding requested, if known. */
  amount?: string | null;
  /** The date of the event (事件日期). */
  date: string;
  type: "om_plan_submitted";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  type: "joint_review_organised";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** The approval document's number. */
  document?: string | null;
  /** 第十九条(五): whether the funds are included in the special-fund plan (纳入专项资金安排计划); the 60-working-day start obligation applies only then. Default `true`. */
  in_special_fund_plan?: boolean;
  type: "approved";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  /** The grounds (第二十三条 items). */
  grounds: RejectionGround[];
  type: "rejected";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** The leading group's consent (required, non-empty). */
  leading_group_consent: string;
  /** Which deadline was missed. */
  reason: AdjustmentReason;
  type: "project_adjusted";
} | {
  /** The requirement relied on (central or municipal requirement, assessment, continuation, O&M). */
  basis: string;
  /** The date of the event (事件日期). */
  date: string;
  type: "outside_budget_funding_arranged";
} | {
  /** The date of the event (事件日期). */
  date: string;
  type: "catalog_completed";
} | {
  /** The date of the event (事件日期). */
  date: string;
  type: "catalog_updated";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** 第二十六条: self-development or procurement of third-party services. */
  mode: DeliveryMode;
  type: "development_started";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** 第二十六条: self-operation or procurement of third-party services. */
  mode: DeliveryMode;
  type: "om_started";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** The documents (all four are required). */
  documents: TestingDocument[];
  type: "testing_completed";
} | ({
  /** The channel; may be omitted only for a secret (涉密) application. */
  channel?: ReleaseChannel | null;
  /** The date of the event (事件日期). */
  date: string;
  type: "released";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  type: "trial_run_started";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** The approved exception to the minimum and its basis. */
  exception?: TrialRunException | null;
  type: "trial_run_ended";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  type: "trial_run_report_submitted";
} | ({
  /** The date of the event (事件日期). */
  date: string;
  /** What happened. */
  description?: string | null;
  type: "major_fault_occurred";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  type: "fault_report_submitted";
} | ({
  /** The conditions met. */
  conditions: AcceptanceCondition[];
  /** The date of the event (事件日期). */
  date: string;
  /** When accepting during the trial run before its minimum: the approved exception. */
  exception?: TrialRunException | null;
  type: "accepted";
}) | ({
  /** The date of the event (事件日期). */
  date: string;
  /** What changes. */
  description?: string | null;
  type: "major_iteration_started";
}) | {
  /** The date of the event (事件日期). */
  date: string;
  /** The label. */
  label: Label;
  type: "label_marked";
} | {
  /** The date of the event (事件日期). */
  date: string;
  /** 第四十一条: the disposal steps. */
  disposal?: Disposal;
  /** 第四十条: the reason. */
  reason: DeregistrationReason;
  type: "deregistration_applied";
} | {
  /** The date of the event (事件日期). */
  date: string;
  type: "deregistration_approved";
} | {
  /** The date of the event (事件日期). */
  date: string;
  type: "deregistered";
};

/** 第十四条: the grounds for ledgering a need that does not meet the 三张清单 rules.  # Example ``` use fuling_rules::{ErrorCode, Project, ProjectKind, State}; let mut p = Project::new("FL-2025-017", ProjectKind::Development); let request = |basis: &str| {     format!(r#"{{"type": "ledger_exception_requested", "date": "2025-04-01", "ground": "municipal_assessment", "basis": "{basis}"}}"#) }; // 第十四条: the exception names the assessment it relies on. assert_eq!(p.apply_json(&request(" ")).unwrap_err().code(), ErrorCode::ExceptionBasisRequired); p.apply_json(&request("纳入2025年市级数字重庆建设考核"))?; assert_eq!(p.state(), State::ExceptionRequested); # Ok::<(), fuling_rules::Error>(()) ``` */
export type ExceptionGround = "central_decision" | "municipal_assessment";

/** The kinds of exception the regulation allows and the project recorded.  # Example ``` use chrono::NaiveDate; use fuling_rules::{process::ExceptionKind, Art, Calendar, Project, ProjectKind, Ruleset}; let mut p = Project::new("FL-OM-2025-011", ProjectKind::Om); // 第二十五条: funding arranged outside the department's annual budget. p.apply_json(r#"{"type": "outside_budget_funding_arranged", "date": "2025-03-03", "basis": "纳入市级考核的续建项目"}"#)?; let s = p.status(NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(), &Calendar::official(), &Ruleset::default())?; assert_eq!((s.exceptions[0].kind, s.exceptions[0].article), (ExceptionKind::OutsideAnnualBudget, Art::new(25))); # Ok::<(), fuling_rules::Error>(()) ``` */
export type ExceptionKind = "leading_group_ledger" | "trial_run_shortened" | "outside_annual_budget";

/** An exception recorded by an event, with its basis (例外情形).  # Example ``` use chrono::NaiveDate; use fuling_rules::{process::ExceptionKind, Calendar, Project, ProjectKind, Ruleset}; let mut p = Project::new("FL-2025-017", ProjectKind::Development); p.apply_json(r#"{"type": "ledger_exception_requested", "date": "2025-04-01", "ground": "municipal_assessment", "basis": "纳入2025年市级数字重庆建设考核"}"#)?; p.apply_json(r#"{"type": "ledgered", "date": "2025-04-21", "leading_group_consent": "领导小组2025年第3次会议"}"#)?; let s = p.status(NaiveDate::from_ymd_opt(2025, 4, 21).unwrap(), &Calendar::official(), &Ruleset::default())?; let x = &s.exceptions[0]; // 第十四条 assert_eq!(x.kind, ExceptionKind::LeadingGroupLedger); assert_eq!(x.basis, "纳入2025年市级数字重庆建设考核"); assert_eq!(x.approved_by.as_deref(), Some("领导小组2025年第3次会议")); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface ExceptionRecord {
  /** Who approved it (the leading group's consent, the approver of a shortened trial), when given. */
  approved_by?: string | null;
  /** The article allowing it. */
  article: Citation;
  /** The basis given. */
  basis: string;
  /** The date of the event that recorded it. */
  date: string;
  /** The kind. */
  kind: ExceptionKind;
}

/** One problem found in a dossier.  # Example ``` use fuling_rules::checks::{check_catalog, FindingCode, Severity}; use fuling_rules::model::lifecycle_dossier::CatalogDossier; let r = check_catalog(&CatalogDossier::default()); let f = &r.findings[0]; assert_eq!((f.code, f.severity), (FindingCode::Art7BasicInfoMissing, Severity::Blocking)); assert_eq!(f.article.zh(), "第七条"); assert_eq!(f.path, "/catalog/basic_info"); ``` */
export interface Finding {
  /** The article and item that require the element. */
  article: Citation;
  /** The stable code, e.g. `art16_scenario_missing`. */
  code: FindingCode;
  /** The message in English. */
  message_en: string;
  /** The message in Chinese. */
  message_zh: string;
  /** JSON Pointer (RFC 6901) into the input, e.g. `/requirements/0/problems`; `""` is the whole input. */
  path: string;
  /** `blocking` or `warning`. */
  severity: Severity;
}

/** A stable finding code. See `docs/checks.md` for the full table.  # Example ``` use fuling_rules::checks::{FindingCode, Severity}; use fuling_rules::Art; let c = FindingCode::Art23NotOnTwoEnds; assert_eq!(c.as_str(), "art23_not_on_two_ends"); assert_eq!((c.article(), c.severity()), (Art::new(23).item(5), Severity::Blocking)); ``` */
export type FindingCode = "art16_requirements_missing" | "art16_function_unnamed" | "art16_scenario_missing" | "art16_problem_missing" | "art16_relation_missing" | "art16_relation_unclear" | "art16_release_channel_missing" | "art16_v_model_incomplete" | "art16_architecture_missing" | "art16_resource_list_missing" | "art16_similar_resources_missing" | "art16_platform_resource_funded" | "art16_data_collaboration_incomplete" | "art16_network_relation_missing" | "art16_security_boundary_missing" | "art16_interfaces_missing" | "art16_interface_incomplete" | "art16_performance_incomplete" | "art16_early_warning_missing" | "art16_scaling_missing" | "art11_self_procurement_unjustified" | "art17_reuse_search_missing" | "art17_search_dimensions_incomplete" | "art17_necessity_not_assessed" | "art17_reusable_not_reused" | "art17_candidate_reason_missing" | "art18_reuse_mode_missing" | "art18_reuse_source_missing" | "art23_not_in_ledger" | "art23_new_infrastructure" | "art23_unclear_scenario_or_overlap" | "art23_sensing_not_connected" | "art23_not_on_two_ends" | "art23_private_lines" | "art23_not_on_platform" | "art23_security_non_compliant" | "art23_incomplete_plan" | "art9_own_integration_platform" | "art34_trial_run_not_passed" | "art34_unmet_supervisor_consents" | "art34_unmet_content_complete_and_goals_met" | "art34_unmet_built_on_platform" | "art34_unmet_irs_catalog_maintained" | "art34_unmet_tests_and_assessments_passed" | "art34_unmet_training_completed" | "art34_unmet_technical_materials_held" | "art34_unmet_records_complete" | "art34_unmet_other_requirements_met" | "art7_basic_info_missing" | "art7_review_info_missing" | "art7_resource_info_missing" | "art7_performance_targets_missing" | "art7_security_protection_missing" | "art7_vendor_info_missing" | "art7_hardware_software_info_missing" | "art7_engineering_staff_info_missing" | "art7_usage_info_missing" | "art40_ground_missing" | "art41_shared_data_not_settled" | "art41_history_not_migrated" | "art41_history_not_handled" | "art41_component_not_delisted" | "art41_channel_not_delisted";

/** 16(1): one function requirement: "每个功能需求须明确一个具体业务场景,至少解决一项具体问题".  # Example ``` use fuling_rules::checks::check_planning_dossier; use fuling_rules::model::dossier::{FunctionRequirement, PlanningDossier}; let req = FunctionRequirement {     function: "河长巡河".into(),     scenario: "河长每日巡查河道并上报问题".into(),     problems: vec!["巡河记录依赖纸质台账".into()], }; let r = check_planning_dossier(&PlanningDossier { requirements: vec![req], ..Default::default() }); assert!(r.findings.iter().all(|f| !f.path.starts_with("/requirements"))); // 16(1) met ``` */
export interface FunctionRequirement {
  /** The function (功能). */
  function?: string;
  /** The concrete problems it solves (具体问题); at least one. */
  problems?: string[];
  /** The one concrete business scenario (具体业务场景). */
  scenario?: string;
}

/** 第三条(一): the funds an application is built or run with.  # Example ``` use fuling_rules::model::FundingSource; assert_eq!(FundingSource::default(), FundingSource::Fiscal); let s: FundingSource = serde_json::from_str(r#""state_owned_enterprise""#).unwrap(); assert_eq!(s, FundingSource::StateOwnedEnterprise); ``` */
export type FundingSource = "fiscal" | "state_owned_enterprise";

/** 第四十一条(二): how the historical data was dealt with.  # Example ``` use fuling_rules::process::{Disposal, HistoryData}; let d: Disposal = serde_json::from_str(r#"{"history_data": "migrated"}"#).unwrap(); assert_eq!(d.history_data, Some(HistoryData::Migrated)); // 41(2) after a merger (第四十条(二)) ``` */
export type HistoryData = "migrated" | "handled";

/** 41(2): the historical data.  # Example ``` use fuling_rules::checks::check_deregistration; use fuling_rules::model::lifecycle_dossier::{DeregistrationDossier, HistoryDisposal}; use fuling_rules::process::DeregistrationReason; // 第四十条(二) merged into a new application: the history moves there (41(2)). let d = DeregistrationDossier {     grounds: vec![DeregistrationReason::Superseded],     history: HistoryDisposal { migrated_to: "涪陵区城市运行一网统管".into(), handled_per_rules: false },     ..Default::default() }; assert!(check_deregistration(&d).passed); ``` */
export interface HistoryDisposal {
  /** Otherwise: the history was handled under the public-data rules. */
  handled_per_rules?: boolean;
  /** For a merged application (reason `superseded`, 第四十条(二)): the new application that now owns the history. */
  migrated_to?: string;
}

/** 23(2): infrastructure the project builds or keeps.  # Example ``` use fuling_rules::checks::check_joint_review; use fuling_rules::model::{dossier::{Infrastructure, JointReview}, RejectionGround}; let mut review = JointReview::default(); review.infrastructure = Infrastructure { adds_hardware: true, ..Default::default() }; assert!(check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure)); // 23(2) "经评估确需的除外": the Bureau's assessment lifts the ground. review.infrastructure.bureau_exemption = "涪大数据〔2025〕12号".into(); assert!(!check_joint_review(&review).rejection_grounds.contains(&RejectionGround::NewInfrastructure)); ``` */
export interface Infrastructure {
  /** 新增计算、存储、网络等硬件设备. */
  adds_hardware?: boolean;
  /** 新建或扩建数据中心. */
  builds_data_centre?: boolean;
  /** 第九条: builds or runs another non-secret integrated operating platform (原则上不得). */
  builds_integration_platform?: boolean;
  /** 新建或扩建机房. */
  builds_machine_room?: boolean;
  /** 新建或扩建私(专)有云平台. */
  builds_private_cloud?: boolean;
  /** 经区大数据发展局评估、论证后确需保留或者新增: the reference of the Bureau's assessment. A non-blank reference exempts the project from 23(2). */
  bureau_exemption?: string;
  /** 已明确撤并计划 for the existing cloud or data centre. */
  consolidation_plan?: boolean;
  /** 已有私(专)有云平台、数据中心. */
  has_private_cloud_or_data_centre?: boolean;
}

/** 16(8): one interface provided to or needed from others.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{Interface, InterfaceDirection, PlanningDossier}; let licence = Interface {     name: "电子证照查询".into(),     direction: Some(InterfaceDirection::Consumed),     purpose: "核验身份".into(),     function: "按身份证号查询证照".into(),     interop_flow: "请求—鉴权—返回".into(),     mechanism: "".into(), }; let r = check_planning_dossier(&PlanningDossier { interfaces: Some(vec![licence]), ..Default::default() }); let f = r.with_code(FindingCode::Art16InterfaceIncomplete).next().unwrap(); // 16(8) assert_eq!(f.path, "/interfaces/0/mechanism"); ``` */
export interface Interface {
  /** Provided to others (对外提供) or needed from others (需要外部提供). */
  direction?: InterfaceDirection | null;
  /** 功能. */
  function?: string;
  /** 互操作流程. */
  interop_flow?: string;
  /** 技术实现机制. */
  mechanism?: string;
  /** The interface's name. */
  name?: string;
  /** 作用. */
  purpose?: string;
}

/** Whether an interface is provided or consumed.  # Example ``` use fuling_rules::model::dossier::{Interface, InterfaceDirection}; let i: Interface = serde_json::from_str(r#"{"name": "巡河事件推送", "direction": "provided"}"#).unwrap(); assert_eq!(i.direction, Some(InterfaceDirection::Provided)); // 对外提供 ``` */
export type InterfaceDirection = "provided" | "consumed";

/** What the joint review (联合评审) of a development or O&M project looks at: one section per ground of 第二十三条. Checked by [`crate::checks::check_joint_review`].  # Example ``` use fuling_rules::checks::check_joint_review; use fuling_rules::model::{dossier::JointReview, RejectionGround}; let review: JointReview = serde_json::from_str(r#"{"in_ledger": false}"#).unwrap(); let report = check_joint_review(&review); assert!(!report.passed); // 不予通过联合评审 assert_eq!(report.rejection_grounds[0], RejectionGround::NotInLedger); // 23(1) ``` */
export interface JointReview {
  /** 23(3). */
  design?: DesignReview;
  /** 23(9): the development plan itself; its blocking 第十六条至第十八条 findings are reported under `/development_plan` and make the plan incomplete. */
  development_plan?: PlanningDossier | null;
  /** 23(1): in the ledger (一本账). */
  in_ledger?: boolean;
  /** 23(2) (and 第九条). */
  infrastructure?: Infrastructure;
  /** 23(6). */
  lines?: Lines;
  /** The project's name (informational). */
  name?: string;
  /** 23(9): other violations of law or standards the reviewers found. */
  other_violations?: string[];
  /** 23(9): the plan is complete. When absent, the `development_plan` (if given) decides; with neither, completeness is not confirmed (a finding). */
  plan_complete?: boolean | null;
  /** 23(7). */
  platform?: PlatformUse;
  /** 23(9): the procedure was regular (报审程序规范). */
  procedure_regular?: boolean;
  /** Development or O&M project (informational; 第二十三条 applies to both). */
  project_kind?: ProjectKind | null;
  /** 第二条 涉密: the platform-only grounds 23(2)(4)(5)(6)(7) do not apply; the review procedure does. */
  secret_related?: boolean;
  /** 23(8). */
  security?: SecurityCompliance;
  /** 23(4). */
  sensing?: Sensing;
  /** 23(5). */
  two_ends?: TwoEnds;
}

/** 第三十八条: the labels the Bureau marks in IRS, and what each requires.  # Example ``` use fuling_rules::{model::Label, Art}; let l: Label = serde_json::from_str(r#""high_risk""#).unwrap(); assert_eq!((l.zh(), l.article()), ("高风险应用", Art::new(38).item(3))); ``` */
export type Label = "duplicate" | "island" | "vibrant_sharing" | "co_construction" | "excellent" | "high_risk";

/** The action one label calls for.  # Example ``` use fuling_rules::checks::label_actions; use fuling_rules::{model::Label, Art}; let a = &label_actions(&[Label::Island, Label::Island])[0]; // reported once assert_eq!(a.article, Art::new(38).item(1)); assert!(a.mandatory); assert!(a.message_zh.contains("孤岛应用")); ``` */
export interface LabelAction {
  /** The action. */
  action: LabelActionKind;
  /** The item of 第三十八条. */
  article: Citation;
  /** The label. */
  label: Label;
  /** `true` for "应当" (an obligation), `false` for "可" (an option). */
  mandatory: boolean;
  /** The action in English. */
  message_en: string;
  /** The action in Chinese. */
  message_zh: string;
}

/** What 第三十八条 asks for a label.  # Example ``` use fuling_rules::checks::{label_actions, LabelActionKind}; use fuling_rules::model::Label; let a = label_actions(&[Label::Duplicate, Label::CoConstruction]); assert_eq!(a[0].action, LabelActionKind::PhaseOutOrMerge); // 38(1) 逐步淘汰、整合归并 assert_eq!(a[1].action, LabelActionKind::MayApplyForAward); // 38(2) 可申报评优 ``` */
export type LabelActionKind = "phase_out_or_merge" | "may_apply_for_award" | "rectify";

/** 第三十八条: the labels marked on an application. Read by [`crate::checks::label_actions`].  # Example ``` use fuling_rules::checks::label_actions; use fuling_rules::model::{lifecycle_dossier::LabelInput, Label}; let input: LabelInput = serde_json::from_str(r#"{"labels": ["excellent", "high_risk"]}"#).unwrap(); assert_eq!(input.labels, [Label::Excellent, Label::HighRisk]); let actions = label_actions(&input.labels); assert!(!actions[0].mandatory && actions[1].mandatory); // 可申报评优; 应当整改 ``` */
export interface LabelInput {
  /** The labels. */
  labels?: Label[];
}

/** The JSON result of [`label_actions`]: `{"actions": [...]}`.  # Example ``` use fuling_rules::checks::run_json; let out = run_json("label_actions", &serde_json::json!({"labels": ["high_risk"]}))?; assert_eq!(out["actions"][0]["action"], "rectify"); assert_eq!(out["actions"][0]["article"], serde_json::json!({"article": 38, "item": 3})); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface LabelReport {
  /** One action per distinct label, in the order of the labels given. */
  actions: LabelAction[];
}

/** 第七条: the stages of an application's full lifecycle (全生命周期).  # Example ``` use fuling_rules::{model::LifecycleStage, State}; assert_eq!(State::Proposed.stage(), LifecycleStage::Planning); assert_eq!(State::DevelopmentPlanSubmitted.stage(), LifecycleStage::Approval); ``` */
export type LifecycleStage = "planning" | "approval" | "development" | "release" | "operation" | "evaluation" | "deregistration";

/** 23(6): line leases and terminal security.  # Example ``` use fuling_rules::checks::{check_joint_review, FindingCode}; use fuling_rules::model::dossier::{JointReview, Lines}; let lines = Lines { internet_egress_lease: true, ..Default::default() }; let r = check_joint_review(&JointReview { lines, ..Default::default() }); assert_eq!(r.with_code(FindingCode::Art23PrivateLines).next().unwrap().path, "/lines/internet_egress_lease"); ``` */
export interface Lines {
  /** 互联网出口的线路租赁项目. */
  internet_egress_lease?: boolean;
  /** The private line is integrated into the unified network (电子政务外网 etc.) or has a consolidation plan. */
  private_line_integrated_or_planned?: boolean;
  /** 专网租赁项目. */
  private_line_lease?: boolean;
  /** 终端安全防护项目. */
  terminal_security?: boolean;
  /** The terminal security can be put under unified supervision in the unified network. */
  terminal_security_supervisable?: boolean;
}

/** An obligation met after its due date (逾期履行).  # Example ``` use chrono::NaiveDate; use fuling_rules::{Calendar, ObligationId, Project, ProjectKind, Ruleset}; let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(); let mut p = Project::new("FL-2025-030", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?; p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2025-10-15"}"#)?; // due 10-14 let s = p.status(d("2025-10-15"), &Calendar::official(), &Ruleset::default())?; let late = &s.met_late[0]; assert_eq!((late.id, late.due, late.met_on), (ObligationId::LeadDepartmentOpinion, d("2025-10-14"), d("2025-10-15"))); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface MetLate {
  /** The article. */
  article: Citation;
  /** Its due date. */
  due: string;
  /** The obligation. */
  id: ObligationId;
  /** When it was met. */
  met_on: string;
}

/** The relation to one network: connected or not and, if connected, the boundary and measures.  # Example ``` use fuling_rules::model::dossier::NetworkRelation; let r: NetworkRelation =     serde_json::from_str(r#"{"connected": true, "boundary": "电子政务外网边界", "measures": "防火墙、入侵检测"}"#).unwrap(); assert!(r.connected && !r.boundary.is_empty()); ``` */
export interface NetworkRelation {
  /** 网络安全防护边界 (required when connected). */
  boundary?: string;
  /** The application's network is interconnected with this one. */
  connected?: boolean;
  /** 防护措施 (required when connected). */
  measures?: string;
}

/** 16(7): the interconnection with each of the three networks the article names.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{NetworkRelation, NetworkTopology, PlanningDossier}; let network = NetworkTopology {     government_extranet: Some(NetworkRelation { connected: false, ..Default::default() }),     internet: Some(NetworkRelation { connected: true, boundary: "互联网区".into(), measures: "".into() }),     ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { network, ..Default::default() }); let missing: Vec<&str> = r.with_code(FindingCode::Art16NetworkRelationMissing).map(|f| f.path.as_str()).collect(); assert_eq!(missing, ["/network/government_intranet"]); assert_eq!(r.with_code(FindingCode::Art16SecurityBoundaryMissing).next().unwrap().path, "/network/internet/measures"); ``` */
export interface NetworkTopology {
  /** 电子政务外网. */
  government_extranet?: NetworkRelation | null;
  /** 电子政务内网. */
  government_intranet?: NetworkRelation | null;
  /** 互联网. */
  internet?: NetworkRelation | null;
}

/** One open obligation (待履行义务).  # Properties - `due` is the last day on which the act is in time (for `preliminary_review_application`,   counted backward from the declaration date: the latest day to apply). - `due: null` with no `error`: the regulation sets no period ("及时", or "before the joint review"). - `due: null` with an `error` (`calendar_out_of_range`): the due date lies outside the calendar   data; nothing is guessed, `overdue` is false, and the other obligations are unaffected. - `overdue` is `as_of > due`.  # Example ``` use chrono::NaiveDate; use fuling_rules::{Art, Calendar, Project, ProjectKind, Ruleset}; let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(); let (cal, rules) = (Calendar::official(), Ruleset::default()); let mut p = Project::new("FL-2025-030", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?; let o = p.status(d("2025-10-14"), &cal, &rules)?.obligations[0].clone(); assert_eq!((o.trigger_date, o.due, o.article), (d("2025-09-30"), Some(d("2025-10-14")), Art::new(19).item(2))); assert!(!o.overdue); // the due day itself is in time assert!(o.explanation.unwrap().sentence_en().contains("Saturday 10-11 worked")); assert!(p.status(d("2025-10-15"), &cal, &rules)?.obligations[0].overdue); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Obligation {
  /** The article. */
  article: Citation;
  /** What follows when missed, in English. */
  consequence_en: string;
  /** What follows when missed, in Chinese. */
  consequence_zh: string;
  /** The due date, when the regulation sets a period and the calendar covers it. */
  due?: string | null;
  /** Why the due date could not be computed. */
  error?: ObligationError | null;
  /** With a `calendar_out_of_range` error on a strict calendar: the due date on the provisional calendar, labelled ([`crate::calendar::Estimate`]). Absent otherwise. */
  estimate?: Estimate | null;
  /** Why the due date is what it is. */
  explanation?: Explanation | null;
  /** Stable identifier. */
  id: ObligationId;
  /** Whether `as_of` is after `due`. */
  overdue: boolean;
  /** On a calendar with provisional years: the due date relies on provisional days. Absent when false. */
  provisional?: boolean;
  /** Who must act. */
  responsible: Role;
  /** The date that started the period (for Art. 24: the declaration date). */
  trigger_date: string;
  /** What must be done, in English. */
  what_en: string;
  /** What must be done, in Chinese. */
  what_zh: string;
}

/** An error attached to one obligation (e.g. its due date is outside the calendar data).  # Example ``` use chrono::NaiveDate; use fuling_rules::{Calendar, Project, ProjectKind, Ruleset}; let mut p = Project::new("FL-2026-049", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2026-12-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-12-01", "amount": "80万元"}"#)?; p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-12-02"}"#)?; p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-12-03"}"#)?; // 第十九条(三): 60 working days after 12-03 lie beyond the data (it ends 2026-12-31): not guessed. let s = p.status(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(), &Calendar::official(), &Ruleset::default())?; let o = &s.obligations[0]; assert_eq!((o.due, o.overdue), (None, false)); assert_eq!(o.error.as_ref().unwrap().code, "calendar_out_of_range"); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface ObligationError {
  /** The stable error code (e.g. `calendar_out_of_range`). */
  code: string;
  /** The message in English. */
  message_en: string;
  /** The message in Chinese. */
  message_zh: string;
}

/** The stable identifier of an obligation (义务).  # Example ``` use chrono::NaiveDate; use fuling_rules::{model::Role, Calendar, ObligationId, Project, ProjectKind, Ruleset}; let mut p = Project::new("FL-OM-2026-003", ProjectKind::Om); p.apply_json(r#"{"type": "om_plan_submitted", "date": "2026-02-13"}"#)?; // 第二十一条(一) let s = p.status(NaiveDate::from_ymd_opt(2026, 2, 24).unwrap(), &Calendar::official(), &Ruleset::default())?; let o = &s.obligations[0]; assert_eq!((o.id, o.responsible), (ObligationId::LeadDepartmentOpinion, Role::LeadDepartment)); // 5 working days: Saturday 02-14, then 02-24..02-27 after the Spring Festival. assert_eq!(o.due, NaiveDate::from_ymd_opt(2026, 2, 27)); # Ok::<(), fuling_rules::Error>(()) ``` */
export type ObligationId = "preliminary_review_application" | "lead_department_opinion" | "development_plan_submission" | "municipal_filing" | "joint_review_organisation" | "catalog_completion" | "development_start" | "trial_run_report" | "fault_report" | "deregistration_completion";

/** 16(9) 运行绩效体系: indicator groups and mechanisms.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PerformanceSystem, PlanningDossier}; let performance = PerformanceSystem { early_warning: "CPU 使用率超过80%告警".into(), ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { performance, ..Default::default() }); assert_eq!(r.with_code(FindingCode::Art16EarlyWarningMissing).count(), 0); assert_eq!(r.with_code(FindingCode::Art16ScalingMissing).count(), 1); // 16(9) 资源压缩或者扩展机制 assert_eq!(r.with_code(FindingCode::Art16PerformanceIncomplete).count(), 5); ``` */
export interface PerformanceSystem {
  /** 业务效能指标. */
  business?: string[];
  /** 应用运行的连续性及稳定性指标. */
  continuity?: string[];
  /** 数据质量指标. */
  data_quality?: string[];
  /** 预警机制. */
  early_warning?: string;
  /** 主机、网络、数据库、中间件等使用效率的监测指标. */
  resource_efficiency?: string[];
  /** 资源压缩或者扩展机制. */
  scaling?: string;
  /** 用户数及活跃度. */
  users?: string[];
}

/** One digital resource in the 16(5) list.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PlannedResource, PlanningDossier, PlatformRelation}; // 16(5): a platform resource must not be put in the funding plan. let cloud = PlannedResource { name: "政务云主机".into(), from_platform: true, in_funding_plan: true, ..Default::default() }; let platform = PlatformRelation { resources: Some(vec![cloud]), ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { platform, ..Default::default() }); let f = r.with_code(FindingCode::Art16PlatformResourceFunded).next().unwrap(); assert_eq!(f.path, "/platform/resources/0/in_funding_plan"); ``` */
export interface PlannedResource {
  /** 第十一条: for a resource bought by the department, why the platform catalog cannot supply it nor a similar one be adapted (目录中没有且不能适配). */
  catalog_gap_reason?: string;
  /** Provided centrally by the platform (第八条, 第十一条). */
  from_platform?: boolean;
  /** Put into the project's funding plan (资金计划). 16(5): platform resources must not be. */
  in_funding_plan?: boolean;
  /** The kind (第三条(二)); absent when not classified. */
  kind?: DigitalResourceKind | null;
  /** A free-text name. */
  name?: string;
  /** Where the application stands with the resource. */
  status?: ResourceStatus | null;
}

/** 应用谋划/开发方案: the planning or development dossier of an application, with the nine elements of 第十六条, the reuse search of 第十七条 and the reuse plans of 第十八条.  Checked by [`crate::checks::check_planning_dossier`].  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::PlanningDossier; let mut d: PlanningDossier = serde_json::from_str("{}").unwrap(); // structurally valid, incomplete assert!(!check_planning_dossier(&d).passed); assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art16ReleaseChannelMissing).count(), 1); d.secret_related = true; // 第二条 涉密: 16(3) does not apply assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art16ReleaseChannelMissing).count(), 0); ``` */
export interface PlanningDossier {
  /** 16(6) 数据协同关系. */
  data?: DataCollaboration;
  /** 16(8) 接口需求分析. `[]`: the application has no interfaces; absent: not analysed. */
  interfaces?: Interface[] | null;
  /** The application's name (informational). */
  name?: string;
  /** 16(7) 网络拓扑关系. */
  network?: NetworkTopology;
  /** 16(9) 运行绩效体系. */
  performance?: PerformanceSystem;
  /** 16(5) 与一体化智能化公共数据平台的关系. */
  platform?: PlatformRelation;
  /** 16(2) 横向协同、纵向贯通的关系. */
  relations?: Relations;
  /** 16(3) 与"两端"的关系: 渝快办 or 渝快政. */
  release_channel?: ReleaseChannel | null;
  /** 16(1) 应用需求分析: the function requirements. */
  requirements?: FunctionRequirement[];
  /** 第十八条: the shared applications this application reuses. */
  reuse?: ReusePlan[];
  /** 第十七条: the IRS search for reusable applications (检索、查重). */
  reuse_search?: ReuseSearch | null;
  /** 第二条 涉密: the application involves state secrets. The platform-only elements (16(3) release channel, 16(5) resource list, 第十一条) do not apply to it. */
  secret_related?: boolean;
  /** 16(4) V模型分析 (第三条(七)). */
  v_model?: VModel;
}

/** 16(5): the technical architecture and the digital resources.  # Example ``` use fuling_rules::checks::check_planning_dossier; use fuling_rules::model::dossier::{PlanningDossier, PlatformRelation}; let platform = PlatformRelation {     architecture: "基于一体化智能化公共数据平台的微服务架构".into(),     resources: Some(vec![]),     similar_configuration: "同类应用均使用政务云".into(), }; let r = check_planning_dossier(&PlanningDossier { platform, ..Default::default() }); assert!(r.findings.iter().all(|f| !f.path.starts_with("/platform"))); // 16(5) met ``` */
export interface PlatformRelation {
  /** 技术架构. */
  architecture?: string;
  /** 已使用、已共享或者拟申请使用、共享的数字资源清单. `[]`: none; absent: not stated. */
  resources?: PlannedResource[] | null;
  /** 相似数字资源的配置情况. */
  similar_configuration?: string;
}

/** 23(7): use of the platform.  # Example ``` use fuling_rules::checks::{check_joint_review, FindingCode}; use fuling_rules::model::dossier::{JointReview, PlatformUse}; let platform = PlatformUse { developed_on_platform: true, data_on_platform: true, data_lawful: true }; let r = check_joint_review(&JointReview { platform, ..Default::default() }); assert_eq!(r.with_code(FindingCode::Art23NotOnPlatform).count(), 0); // 23(7) met ``` */
export interface PlatformUse {
  /** … and are lawful (依法依规). */
  data_lawful?: boolean;
  /** Data collection, aggregation, sharing, opening, processing and analysis rely on the platform. */
  data_on_platform?: boolean;
  /** Development and operation rely on the platform. */
  developed_on_platform?: boolean;
}

/** The facts that make a project a priority under 第二十二条 (eight items, not ranked). Read by [`crate::checks::priority_categories`]. This is a dossier of its own rather than the process `Project`, because none of the facts is an event of the process.  # Example ``` use fuling_rules::checks::priority_categories; use fuling_rules::model::dossier::PriorityInput; use fuling_rules::Art; let input: PriorityInput = serde_json::from_str(r#"{"municipal_assessment": true}"#).unwrap(); let r = priority_categories(&input); assert_eq!(r.categories, [Art::new(22).item(2)]); // 纳入市级以上考核的应用 assert!(!priority_categories(&PriorityInput::default()).priority); ``` */
export interface PriorityInput {
  /** (一) 党中央、国务院以及国家有关部委安排部署的应用. */
  central_deployment?: boolean;
  /** (七) 跨部门、跨层级共建共享的其他重大应用. */
  cross_department_major?: boolean;
  /** (八) 满足日常政务服务需要,实施数字化转型的应用. */
  daily_service_transformation?: boolean;
  /** (二) 聚焦履行数字党建、数字政务…基层智治等职能需要的应用. */
  digital_functions?: DigitalFunction[];
  /** (五) 对分散、独立的应用和数字资源进行整合的项目. */
  integrates_scattered?: boolean;
  /** (四) 围绕"互联网+政务服务""互联网+监管",推进"掌上办事""掌上办公"的应用. */
  internet_plus_mobile?: boolean;
  /** (二) 纳入市级以上考核的应用. */
  municipal_assessment?: boolean;
  /** (二) 围绕市委、市政府重大决策部署的应用. */
  municipal_major_decision?: boolean;
  /** (六) 涉及国家关键信息基础设施和公共数据安全,弥补网络安全短板、消除严重安全隐患的项目. */
  security_remediation?: boolean;
  /** (三) 服务全区应用共建共享的基础支撑平台、区域数据仓等项目. */
  shared_support_platform?: boolean;
}

/** One item of 第二十二条 a project matches.  # Example ``` use fuling_rules::checks::priority_categories; use fuling_rules::model::dossier::PriorityInput; use fuling_rules::Art; let input = PriorityInput { municipal_major_decision: true, municipal_assessment: true, ..Default::default() }; let m = &priority_categories(&input).matches[0]; assert_eq!(m.article, Art::new(22).item(2)); assert_eq!(m.because, ["municipal_major_decision", "municipal_assessment"]); ``` */
export interface PriorityMatch {
  /** The item, e.g. `{"article": 22, "item": 2}`. */
  article: Citation;
  /** The input fields that matched it (e.g. `["municipal_assessment"]`). */
  because: string[];
}

/** The result of [`priority_categories`].  JSON: `{"priority": bool, "categories": [citation...], "matches": [...]}`.  # Example ``` use fuling_rules::checks::run_json; let out = run_json("priority_categories", &serde_json::json!({"security_remediation": true}))?; assert_eq!(out["priority"], true); assert_eq!(out["categories"], serde_json::json!([{"article": 22, "item": 6}])); // 22(6) # Ok::<(), fuling_rules::Error>(()) ``` */
export interface PriorityResult {
  /** Every item it matches, in the article's order (which is not a ranking). */
  categories: Citation[];
  /** The same items with the fields that matched. */
  matches: PriorityMatch[];
  /** The project matches at least one item of 第二十二条. */
  priority: boolean;
}

/** The two kinds of project the regulation reviews.  # Example ``` use fuling_rules::{Project, ProjectKind}; let p = Project::new("FL-2025-017", ProjectKind::Om); assert_eq!(p.kind().zh(), "运维项目"); assert_eq!(serde_json::to_string(&ProjectKind::Development).unwrap(), r#""development""#); ``` */
export type ProjectKind = "development" | "om";

/** How a development project's need entered the district ledger (一本账).  # Example ``` use fuling_rules::model::{DeclarationReason, ProjectOrigin}; // 第二十四条: a project needing district matching funds. assert_eq!(DeclarationReason::MatchingFunds.origin(), ProjectOrigin::MatchingFunds); assert_eq!(serde_json::to_string(&ProjectOrigin::LeadingGroupException).unwrap(), r#""leading_group_exception""#); ``` */
export type ProjectOrigin = "ledger" | "leading_group_exception" | "higher_level_declaration" | "matching_funds";

/** The JSON shape of a project (the persistence format): `{"schema": 1, "id": "...", "kind": "development" | "om", "application": {...}, "events": [...]}`.  # Example ``` use fuling_rules::{process::ProjectRecord, Calendar, Project, ProjectKind, Ruleset, State}; let record: ProjectRecord = serde_json::from_str(     r#"{"schema": 1, "id": "FL-OM-2025-006", "kind": "om", "application": {"name": "涪陵区智慧停车"},         "events": [{"type": "om_plan_submitted", "date": "2025-05-06"}]}"#, ).unwrap(); assert_eq!(record.kind, ProjectKind::Om); let p = Project::from_record_with(record, &Ruleset::default(), &Calendar::official())?; assert_eq!(p.state(), State::OmPlanSubmitted); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface ProjectRecord {
  /** The application the project is for. */
  application?: Application;
  /** The events, in date order. */
  events?: ProjectEvent[];
  /** The project's identifier. */
  id: string;
  /** Development or O&M. */
  kind: ProjectKind;
  /** Schema version; must be 1. */
  schema: number;
}

/** What produced a result, so it can be reproduced and defended later (回执).  # Example ``` use chrono::NaiveDate; use fuling_rules::{ruleset::DEFAULT_RULESET_ID, Calendar, Project, ProjectKind, Ruleset}; let p = Project::new("FL-2025-001", ProjectKind::Development); let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 9).unwrap(), &Calendar::official(), &Ruleset::default())?; assert_eq!(s.receipt.ruleset_id, DEFAULT_RULESET_ID); assert_eq!(s.receipt.calendar_version, Calendar::official().version()); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Receipt {
  /** The calendar data's version. */
  calendar_version: string;
  /** This library's version. */
  library_version: string;
  /** The ruleset's id. */
  ruleset_id: string;
}

/** 第二十三条: the grounds on which a development or O&M project "应当不予通过联合评审".  # Example ``` use fuling_rules::{model::RejectionGround, Art}; let g = RejectionGround::NotOnTwoEnds; // 第二十三条(五) assert_eq!(g.article(), Art::new(23).item(5)); assert!(g.article().text().unwrap().contains("渝快办")); assert_eq!(serde_json::to_string(&g).unwrap(), r#""not_on_two_ends""#); ``` */
export type RejectionGround = "not_in_ledger" | "new_infrastructure" | "unclear_scenario_or_overlap" | "sensing_not_connected" | "not_on_two_ends" | "private_lines" | "not_on_platform" | "security_non_compliant" | "incomplete_plan";

/** A related application and the nature of the relation (关联关系).  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PlanningDossier, RelatedApplication, Relations}; let superior = vec![RelatedApplication { name: "重庆市河长制信息系统".into(), relation: "".into() }]; let relations = Relations { superior: Some(superior), ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { relations, ..Default::default() }); let f = r.with_code(FindingCode::Art16RelationUnclear).next().unwrap(); assert_eq!(f.path, "/relations/superior/0/relation"); ``` */
export interface RelatedApplication {
  /** The related application's name. */
  name?: string;
  /** How the two relate (data exchange, shared users, supersedes …). */
  relation?: string;
}

/** 16(2): relations to the department's own, superior, peer and subordinate applications. Each list is optional: absent means not stated, `[]` means "there are none".  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PlanningDossier, Relations}; // `[]`: the department has no other application; the other three lists are not stated. let relations = Relations { own_department: Some(vec![]), ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { relations, ..Default::default() }); let paths: Vec<&str> = r.with_code(FindingCode::Art16RelationMissing).map(|f| f.path.as_str()).collect(); assert_eq!(paths, ["/relations/superior", "/relations/peer", "/relations/subordinate"]); ``` */
export interface Relations {
  /** 本部门已有应用. */
  own_department?: RelatedApplication[] | null;
  /** 横向部门应用. */
  peer?: RelatedApplication[] | null;
  /** 下级部门应用. */
  subordinate?: RelatedApplication[] | null;
  /** 上级部门应用. */
  superior?: RelatedApplication[] | null;
}

/** 第三条(八) 两端: the two ends through which applications are released (第三十一条).  # Example ``` use fuling_rules::model::ReleaseChannel; let c: ReleaseChannel = serde_json::from_str(r#""yu_kuai_zheng""#).unwrap(); assert_eq!(c.zh(), "渝快政"); ``` */
export type ReleaseChannel = "yu_kuai_ban" | "yu_kuai_zheng";

/** 16(5): 已使用、已共享、拟申请使用、拟申请共享.  # Example ``` use fuling_rules::model::dossier::{PlannedResource, ResourceStatus}; let r: PlannedResource = serde_json::from_str(r#"{"name": "视频监控", "status": "to_share"}"#).unwrap(); assert_eq!(r.status, Some(ResourceStatus::ToShare)); // 拟申请共享 ``` */
export type ResourceStatus = "used" | "shared" | "to_use" | "to_share";

/** An application the search found.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PlanningDossier, ReuseCandidate, ReusePlan, ReuseSearch}; let found = ReuseCandidate { name: "渝快办预约系统".into(), reusable: true, reason: "".into() }; let search = ReuseSearch { performed: true, candidates: vec![found], ..Default::default() }; let mut d = PlanningDossier { reuse_search: Some(search), ..Default::default() }; assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art17ReusableNotReused).count(), 1); d.reuse.push(ReusePlan { application: "渝快办预约系统".into(), mode: None }); assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art17ReusableNotReused).count(), 0); ``` */
export interface ReuseCandidate {
  /** Its name; a [`ReusePlan`] reuses it by the same name. */
  name?: string;
  /** Why not, when it cannot. */
  reason?: string;
  /** It can be reused or shared (能够复用和共享). */
  reusable?: boolean;
}

/** 第十八条: the modes of reusing a shared application.  # Example ``` use fuling_rules::{model::ReuseMode, Art}; let m: ReuseMode = serde_json::from_str(r#""saas""#).unwrap(); assert_eq!(m.article(), Art::new(18).item(1)); ``` */
export type ReuseMode = "saas" | "private_deployment" | "component" | "source_code";

/** 第十八条: reuse of a shared application.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::{dossier::{PlanningDossier, ReusePlan}, ReuseMode}; let mut d = PlanningDossier::default(); d.reuse.push(ReusePlan { application: "渝快办预约系统".into(), mode: None }); assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art18ReuseModeMissing).count(), 1); d.reuse[0].mode = Some(ReuseMode::Saas); // 18(1) SaaS化复用 assert_eq!(check_planning_dossier(&d).with_code(FindingCode::Art18ReuseModeMissing).count(), 0); ``` */
export interface ReusePlan {
  /** The shared application reused. */
  application?: string;
  /** The mode (18(1)–(4)). */
  mode?: ReuseMode | null;
}

/** 第十七条: the IRS search (应用检索、查重) and the necessity assessment.  # Example ``` use fuling_rules::checks::check_planning_dossier; use fuling_rules::model::dossier::{PlanningDossier, ReuseSearch, SearchDimension}; let search = ReuseSearch {     performed: true,     dimensions: SearchDimension::ALL.to_vec(),     candidates: vec![],     necessity_assessment: "IRS 中无同类应用,确需新建".into(), }; let r = check_planning_dossier(&PlanningDossier { reuse_search: Some(search), ..Default::default() }); assert!(r.findings.iter().all(|f| !f.path.starts_with("/reuse_search"))); // 第十七条 met ``` */
export interface ReuseSearch {
  /** Applications the search found. */
  candidates?: ReuseCandidate[];
  /** The dimensions searched (应用需求、应用场景、应用功能、资源特征). */
  dimensions?: SearchDimension[];
  /** 多维分析、综合评估应用开发的必要性. */
  necessity_assessment?: string;
  /** The search was run in IRS. */
  performed?: boolean;
}

/** The departments and bodies the regulation names, and the two roles a department plays for an application (第三条(五)(六), 第六条, 第十九条, 第二十条).  Used as the party responsible for an obligation.  # Example ``` use fuling_rules::model::Role; // 第二十条: plans of 500万元 or more are filed with the municipal Bureau. let r = Role::MunicipalBigDataBureau; assert_eq!((r.zh(), r.en()), ("市大数据发展局", "municipal Big Data Development Bureau")); assert_eq!(serde_json::to_string(&r).unwrap(), r#""municipal_big_data_bureau""#); ``` */
export type Role = "responsible_department" | "lead_department" | "big_data_bureau" | "cyberspace_office" | "confidential_bureau" | "finance_bureau" | "e_government_centre" | "municipal_big_data_bureau" | "leading_group";

/** 第十七条: a dimension of the search.  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode, Severity}; use fuling_rules::model::dossier::{PlanningDossier, ReuseSearch, SearchDimension}; let search = ReuseSearch { performed: true, dimensions: vec![SearchDimension::Requirement], ..Default::default() }; let r = check_planning_dossier(&PlanningDossier { reuse_search: Some(search), ..Default::default() }); let f = r.with_code(FindingCode::Art17SearchDimensionsIncomplete).next().unwrap(); assert_eq!(f.severity, Severity::Warning); ``` */
export type SearchDimension = "requirement" | "scenario" | "function" | "resource";

/** 23(8): compliance with security law and standards.  # Example ``` use fuling_rules::checks::{check_joint_review, FindingCode}; use fuling_rules::model::dossier::{JointReview, SecurityCompliance}; let security = SecurityCompliance { network_security: true, data_security: true, cryptography: false, autonomous_controllable: true }; let r = check_joint_review(&JointReview { security, ..Default::default() }); let paths: Vec<&str> = r.with_code(FindingCode::Art23SecurityNonCompliant).map(|f| f.path.as_str()).collect(); assert_eq!(paths, ["/security/cryptography"]); // 23(8) 密码应用 ``` */
export interface SecurityCompliance {
  /** 自主可控. */
  autonomous_controllable?: boolean;
  /** 密码应用. */
  cryptography?: boolean;
  /** 数据安全. */
  data_security?: boolean;
  /** 网络安全. */
  network_security?: boolean;
}

/** 23(4): sensing networks and devices.  # Example ``` use fuling_rules::checks::check_joint_review; use fuling_rules::model::{dossier::{JointReview, Sensing}, RejectionGround}; let sensing = Sensing { has_sensing_resources: true, connected_to_operations_centre: false }; let r = check_joint_review(&JointReview { sensing, ..Default::default() }); assert!(r.rejection_grounds.contains(&RejectionGround::SensingNotConnected)); // 23(4) ``` */
export interface Sensing {
  /** They are connected to the district city operations and governance centre and shared. */
  connected_to_operations_centre?: boolean;
  /** The project involves sensing networks or devices in the district. */
  has_sensing_resources?: boolean;
}

/** How serious a finding is.  # Example ``` use fuling_rules::checks::{FindingCode, Severity}; // 第十七条 asks the search to cover four dimensions only as a matter of degree: a warning. assert_eq!(FindingCode::Art17SearchDimensionsIncomplete.severity(), Severity::Warning); assert_eq!(FindingCode::Art16ScenarioMissing.severity(), Severity::Blocking); ``` */
export type Severity = "blocking" | "warning";

/** The state of a project: the result of replaying its events.  # Example ``` use fuling_rules::{model::LifecycleStage, Project, ProjectKind, State}; let mut p = Project::new("FL-2025-031", ProjectKind::Development); assert_eq!(p.state(), State::Proposed); p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; // 第十四条 assert_eq!((p.state().as_str(), p.state().zh()), ("ledgered", "已纳入一本账")); assert_eq!(p.state().stage(), LifecycleStage::Planning); # Ok::<(), fuling_rules::Error>(()) ``` */
export type State = "proposed" | "declaration_planned" | "preliminary_review_applied" | "higher_approval_filed" | "exception_requested" | "ledgered" | "funding_plan_submitted" | "lead_department_reviewed" | "preliminary_funding_set" | "development_plan_submitted" | "preliminary_review_passed" | "om_plan_submitted" | "joint_review_organised" | "approved" | "rejected" | "adjusted" | "developing" | "tested" | "released" | "trial_run" | "trial_run_ended" | "in_operation" | "deregistration_applied" | "deregistration_approved" | "deregistered";

/** A project's status as of a date.  # Example ``` use chrono::NaiveDate; use fuling_rules::{model::LifecycleStage, Calendar, ObligationId, Project, ProjectKind, Ruleset, State}; let mut p = Project::new("FL-2025-030", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-09-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-09-30", "amount": "120万元"}"#)?; let s = p.status(NaiveDate::from_ymd_opt(2025, 10, 20).unwrap(), &Calendar::official(), &Ruleset::default())?; assert_eq!((s.state, s.stage), (State::FundingPlanSubmitted, LifecycleStage::Planning)); assert_eq!(s.overdue, [ObligationId::LeadDepartmentOpinion]); // due 2025-10-14 assert_eq!(s.project_id, "FL-2025-030"); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Status {
  /** The date the status is for. */
  as_of: string;
  /** Exceptions recorded, with their basis. */
  exceptions: ExceptionRecord[];
  /** Development or O&M. */
  kind: ProjectKind;
  /** Labels (第三十八条): the application's and those marked since. */
  labels: Label[];
  /** Obligations met after their due date. */
  met_late: MetLate[];
  /** The open obligations, in the order they arose. */
  obligations: Obligation[];
  /** How the need entered the ledger, once known. */
  origin?: ProjectOrigin | null;
  /** The ids of the open obligations that are overdue. */
  overdue: ObligationId[];
  /** The project's id. */
  project_id: string;
  /** What produced the result. */
  receipt: Receipt;
  /** Schema version (1). */
  schema: number;
  /** The lifecycle stage (第七条) of the state. */
  stage: LifecycleStage;
  /** The current state. */
  state: State;
  /** Met obligations whose due date could not be computed (lateness unknown). */
  unchecked: Unchecked[];
}

/** Whether a disposal step was done or does not apply.  # Example ``` use fuling_rules::process::{Disposal, StepStatus}; // A secret application was never released on 渝快办/渝快政: step 41(4) does not apply. let d: Disposal = serde_json::from_str(r#"{"channels": "not_applicable", "components": "done"}"#).unwrap(); assert_eq!((d.channels, d.components), (Some(StepStatus::NotApplicable), Some(StepStatus::Done))); ``` */
export type StepStatus = "done" | "not_applicable";

/** 第三十一条: the documents testing and joint debugging must produce.  # Example ``` use fuling_rules::{process::TestingDocument, ErrorCode, Project, ProjectKind, State}; let mut p = Project::new("FL-2025-034", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-01-06"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "100万元"}"#)?; for t in ["lead_department_reviewed", "preliminary_funding_plan_set", "development_plan_submitted",           "preliminary_review_passed", "joint_review_organised", "approved"] {     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-06"}}"#))?; } p.apply_json(r#"{"type": "development_started", "date": "2025-01-10", "mode": "procurement"}"#)?; let tested = |docs: &[TestingDocument]| {     format!(r#"{{"type": "testing_completed", "date": "2025-03-03", "documents": {}}}"#, serde_json::to_string(docs).unwrap()) }; // 第三十一条: no 联调记录, no testing completed. let three = &TestingDocument::ALL[..3]; assert_eq!(p.apply_json(&tested(three)).unwrap_err().code(), ErrorCode::ConditionsNotMet); p.apply_json(&tested(&TestingDocument::ALL))?; assert_eq!(p.state(), State::Tested); # Ok::<(), fuling_rules::Error>(()) ``` */
export type TestingDocument = "test_cases" | "test_plan" | "test_report" | "joint_debugging_record";

/** 第三十三条 "原则上": an approved exception to the trial run's minimum duration.  # Example ``` use chrono::NaiveDate; use fuling_rules::{process::ExceptionKind, Calendar, ErrorCode, Project, ProjectKind, Ruleset}; let mut p = Project::new("FL-2025-029", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2025-01-06"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2025-01-06", "amount": "100万元"}"#)?; for t in ["lead_department_reviewed", "preliminary_funding_plan_set", "development_plan_submitted",           "preliminary_review_passed", "joint_review_organised", "approved", "catalog_completed"] {     p.apply_json(&format!(r#"{{"type": "{t}", "date": "2025-01-10"}}"#))?; } p.apply_json(r#"{"type": "development_started", "date": "2025-01-10", "mode": "procurement"}"#)?; p.apply_json(r#"{"type": "testing_completed", "date": "2025-03-05",     "documents": ["test_cases", "test_plan", "test_report", "joint_debugging_record"]}"#)?; p.apply_json(r#"{"type": "released", "date": "2025-03-05", "channel": "yu_kuai_zheng"}"#)?; p.apply_json(r#"{"type": "trial_run_started", "date": "2025-03-05"}"#)?; // 第三十三条: 76 days is below the 90-day minimum; ending early needs an exception with its basis. let end = |basis: &str| {     format!(r#"{{"type": "trial_run_ended", "date": "2025-05-20", "exception": {{"approved_by": "区大数据发展局", "basis": "{basis}"}}}}"#) }; assert_eq!(p.apply_json(&end("")).unwrap_err().code(), ErrorCode::ExceptionBasisRequired); p.apply_json(&end("防汛期前须上线"))?; let s = p.status(NaiveDate::from_ymd_opt(2025, 5, 21).unwrap(), &Calendar::official(), &Ruleset::default())?; assert_eq!(s.exceptions[0].kind, ExceptionKind::TrialRunShortened); // The report is due 1 month after the end: Friday 2025-06-20. assert_eq!(s.obligations[0].due, NaiveDate::from_ymd_opt(2025, 6, 20)); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface TrialRunException {
  /** Who approved the exception. */
  approved_by?: string;
  /** The basis (required, non-empty). */
  basis: string;
}

/** 23(5): 渝快办/渝快政 and the extension to towns and villages.  # Example ``` use fuling_rules::checks::{check_joint_review, FindingCode}; use fuling_rules::model::{dossier::{JointReview, TwoEnds}, ReleaseChannel}; let two_ends = TwoEnds {     connected: Some(ReleaseChannel::YuKuaiZheng),     grassroots_extension_required: true,     extended_to_grassroots: false, }; let r = check_joint_review(&JointReview { two_ends, ..Default::default() }); let paths: Vec<&str> = r.with_code(FindingCode::Art23NotOnTwoEnds).map(|f| f.path.as_str()).collect(); assert_eq!(paths, ["/two_ends/extended_to_grassroots"]); // 23(5) 应向基层延伸而未延伸 ``` */
export interface TwoEnds {
  /** The end the application is connected to. */
  connected?: ReleaseChannel | null;
  /** It does. */
  extended_to_grassroots?: boolean;
  /** It should extend to 乡镇(街道)、村(社区) and 网格员 through the 基层智治平台. */
  grassroots_extension_required?: boolean;
}

/** A met obligation whose due date could not be computed, so lateness is unknown.  # Example ``` use chrono::NaiveDate; use fuling_rules::{Calendar, ObligationId, Project, ProjectKind, Ruleset}; let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap(); let mut p = Project::new("FL-2026-049", ProjectKind::Development); p.apply_json(r#"{"type": "ledgered", "date": "2026-12-01"}"#)?; p.apply_json(r#"{"type": "funding_plan_submitted", "date": "2026-12-01", "amount": "80万元"}"#)?; p.apply_json(r#"{"type": "lead_department_reviewed", "date": "2026-12-02"}"#)?; p.apply_json(r#"{"type": "preliminary_funding_plan_set", "date": "2026-12-03"}"#)?; p.apply_json(r#"{"type": "development_plan_submitted", "date": "2026-12-21"}"#)?; // Met, but its due date (60 working days after 12-03) is beyond the data: lateness unknown. let s = p.status(d("2026-12-21"), &Calendar::official(), &Ruleset::default())?; assert_eq!((s.unchecked[0].id, s.unchecked[0].met_on), (ObligationId::DevelopmentPlanSubmission, d("2026-12-21"))); assert_eq!(s.unchecked[0].error.code, "calendar_out_of_range"); # Ok::<(), fuling_rules::Error>(()) ``` */
export interface Unchecked {
  /** Why the due date is unknown. */
  error: ObligationError;
  /** The obligation. */
  id: ObligationId;
  /** When it was met. */
  met_on: string;
}

/** 16(4) V模型: "须明确本应用的业务流程、业务单元和业务协同路径,以及与业务相匹配的数据运用模型".  # Example ``` use fuling_rules::checks::{check_planning_dossier, FindingCode}; use fuling_rules::model::dossier::{PlanningDossier, VModel}; let v_model = VModel {     business_processes: vec!["巡河上报".into()],     business_units: vec!["区河长办".into()],     collaboration_paths: vec!["区—镇街—村".into()],     data_model: "".into(), }; let r = check_planning_dossier(&PlanningDossier { v_model, ..Default::default() }); let paths: Vec<&str> = r.with_code(FindingCode::Art16VModelIncomplete).map(|f| f.path.as_str()).collect(); assert_eq!(paths, ["/v_model/data_model"]); ``` */
export interface VModel {
  /** 业务流程. */
  business_processes?: string[];
  /** 业务单元. */
  business_units?: string[];
  /** 业务协同路径. */
  collaboration_paths?: string[];
  /** 与业务相匹配的数据运用模型. */
  data_model?: string;
}

