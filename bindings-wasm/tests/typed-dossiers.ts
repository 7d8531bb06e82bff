// Type-checked (tsc --noEmit, run by scripts/test-wasm) against the generated .d.ts: one filled
// example per dossier the library checks (the demo page's forms, bindings-wasm/www/), and the
// project event log's entries. Every call must type-check; the @ts-expect-error lines must NOT.
import init, {
  Project, checkAcceptance, checkCatalog, checkDeregistration, checkJointReview, checkPlanningDossier,
  labelActions, priorityCategories,
  type AcceptanceDossier, type CatalogDossier, type CheckReport, type DeregistrationDossier, type JointReview,
  type LabelInput, type LabelReport, type PlanningDossier, type PriorityInput, type PriorityResult,
  type ProjectEntry, type ProjectRecord, type Status,
} from "../pkg/web/fuling_rules_wasm.js";

// 第十六条至第十八条: the development plan (the planning view).
export const plan: PlanningDossier = {
  name: "智慧河长", secret_related: false,
  requirements: [{ function: "巡河问题上报", scenario: "河长巡河时现场拍照上报", problems: ["问题转办慢且无记录"] }],
  relations: { own_department: [{ name: "水利一张图", relation: "读取河段基础数据" }], superior: [], peer: [], subordinate: [] },
  release_channel: "yu_kuai_zheng",
  v_model: { business_processes: ["巡河—发现—转办—处置—销号"], business_units: ["区河长办"], collaboration_paths: ["区河长办→乡镇(街道)"], data_model: "河流—河段—问题—处置" },
  platform: { architecture: "微服务", resources: [{ kind: "compute", name: "云主机", status: "to_use", from_platform: true, in_funding_plan: false }], similar_configuration: "2 台云主机" },
  data: { existing: [], planned: ["巡河记录"], sharing_conditions: "有条件共享", opening_conditions: "不开放", cleaning_rules: "去重", algorithm_rules: "识别模型" },
  network: { government_intranet: { connected: false }, government_extranet: { connected: true, boundary: "外网区域边界", measures: "防火墙" }, internet: { connected: false } },
  interfaces: [{ name: "转办接口", direction: "provided", purpose: "推送问题", function: "推送、回执", interop_flow: "推送→回执", mechanism: "HTTPS" }],
  performance: { resource_efficiency: ["CPU使用率"], data_quality: ["完整率"], continuity: ["可用率"], users: ["月活"], business: ["处置时长"], early_warning: "短信预警", scaling: "按 CPU 扩缩" },
  reuse_search: { performed: true, dimensions: ["requirement", "scenario", "function", "resource"], candidates: [{ name: "城市综合治理平台", reusable: true }], necessity_assessment: "无可整体复用的应用" },
  reuse: [{ application: "城市综合治理平台", mode: "component" }],
};

// 第二十三条: the joint review, one section per ground; 23(9) may embed the plan.
export const review: JointReview = {
  name: "智慧河长", project_kind: "development", in_ledger: true,
  infrastructure: { builds_machine_room: true, bureau_exemption: "涪数据评〔2025〕3号" },
  design: { scenarios_clear: true, processes_clear: true, data_model_clear: true, coordination_clear: true, development_mode_clear: true, existing_applications_clear: true, overlaps: [] },
  sensing: { has_sensing_resources: true, connected_to_operations_centre: true },
  two_ends: { connected: "yu_kuai_zheng", grassroots_extension_required: true, extended_to_grassroots: true },
  lines: { private_line_lease: false },
  platform: { developed_on_platform: true, data_on_platform: true, data_lawful: true },
  security: { network_security: true, data_security: true, cryptography: true, autonomous_controllable: true },
  plan_complete: null, development_plan: plan, procedure_regular: true, other_violations: [],
};
// @ts-expect-error: the channel is one of the two ends, not free text
export const badEnds: JointReview = { two_ends: { connected: "微信" } };

// 第三十四条: acceptance, the nine conditions.
export const acceptance: AcceptanceDossier = {
  name: "智慧河长", trial_run_passed: true, supervisor_consents: true, content_complete: true, performance_goals_met: true,
  built_on_platform: true, meets_technical_standards: true, irs_managed_and_monitored: true, catalog_accurate_and_maintained: true,
  technical_indicators_met: true, third_party_tests_passed: true, classified_protection_passed: true,
  commercial_crypto_assessment_passed: true, training_completed: true, users_independent: true,
  technical_materials_held: true, records_complete: true, other_requirements_met: true,
};
// @ts-expect-error: a condition is a boolean
export const badAcceptance: AcceptanceDossier = { supervisor_consents: "yes" };

// 第七条: the catalog entry.
export const catalog: CatalogDossier = {
  name: "智慧河长", development_completed: true,
  catalog: {
    basic_info: "智慧河长,区水利局", review_info: "涪数据评〔2025〕12号",
    digital_resources: [{ kind: "compute", name: "云主机", from_platform: true }],
    performance_targets: "处置时长不超过 48 小时", security_protection: "等保二级", vendor_info: "某某科技有限公司",
    hardware_software_info: "云主机 2 台", engineering_staff_info: "开发 4 名", usage_info: "月活跃用户 300",
    other: [{ name: "运维联系人", info: "张三" }],
  },
};
// @ts-expect-error: a digital resource names its kind
export const badCatalog: CatalogDossier = { catalog: { digital_resources: [{ name: "云主机" }] } };

// 第四十条至第四十二条: deregistration and the disposal of resources.
export const deregistration: DeregistrationDossier = {
  name: "旧版河长通", grounds: ["superseded"], other_reason: "",
  data_consumers: [{ unit: "区城市管理局", disposal_agreed: true, completed: true }],
  history: { migrated_to: "智慧河长", handled_per_rules: false },
  components: [{ name: "巡河轨迹组件", delisted: true }],
  channels: [{ channel: "yu_kuai_zheng", delisted: true }],
};
// @ts-expect-error: the grounds are 第四十条's reasons
export const badGround: DeregistrationDossier = { grounds: ["obsolete"] };

// 第二十二条: the priority facts; 第三十八条: the labels.
export const priority: PriorityInput = { digital_functions: ["grassroots_governance"], other_digital_functions: ["数字生态"], integrates_scattered: true };
export const labels: LabelInput = { labels: ["duplicate", "excellent"] };
// @ts-expect-error: not a label of 第三十八条
export const badLabel: LabelInput = { labels: ["legacy"] };

// The event log: events, a correction and a void (docs/events.md, docs/records.md).
export const entries: ProjectEntry[] = [
  { type: "ledgered", date: "2025-09-15" },
  { type: "funding_plan_submitted", date: "2025-09-30", amount: "520万元" },
  { type: "preliminary_review_returned", date: "2025-10-22", opinion: "V模型分析未明确数据运用模型" },
  { type: "rejected", date: "2025-10-30", grounds: ["incomplete_plan"], review },
  { type: "withdrawn", date: "2025-10-31", reason: "需求取消" },
  { type: "correction", date: "2025-10-23", replaces: 1, reason: "金额录错", event: { type: "funding_plan_submitted", date: "2025-09-30", amount: "210万元" } },
  { type: "void", date: "2025-10-24", voids: 2, reason: "录入错误" },
];
// @ts-expect-error: funding_plan_submitted needs its amount
export const badEvent: ProjectEntry = { type: "funding_plan_submitted", date: "2025-09-30" };

export async function fill(): Promise<string[]> {
  await init();
  const reports: CheckReport[] = [checkPlanningDossier(plan), checkJointReview(review), checkAcceptance(acceptance), checkCatalog(catalog), checkDeregistration(deregistration)];
  const grounds: string[] = reports[1].rejection_grounds ?? [];
  const unmet: string[] = reports[2].unmet_conditions ?? [];
  const p: PriorityResult = priorityCategories(priority);
  const l: LabelReport = labelActions(labels);
  const record: ProjectRecord = { schema: 2, id: "P-1", kind: "development", events: entries.slice(0, 2) };
  const project = Project.fromJson(record, { application: { secret: false } });
  const s: Status = project.status("2025-10-20");
  return [...reports.map((r) => String(r.passed)), ...grounds, ...unmet, String(p.priority), ...l.actions.map((a) => a.message_zh), s.state];
}
