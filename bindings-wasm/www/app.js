// The demo page: a development project's dossier (开发方案, 第十六条) and key dates, checked live
// by the fuling-rules WebAssembly package (bindings-wasm/pkg/web, built by build.sh).
//
// - checkPlanningDossier(dossier): findings, each shown next to the field its JSON Pointer
//   `path` points into (the longest field path that is a prefix of it);
// - requiresMunicipalFiling(amount): the 第二十条 filing threshold (500万元, inclusive);
// - Project (events from the key dates) → status(asOf): open obligations with due dates and
//   explanations; timelineMermaid() rendered as SVG by the locally served mermaid package.
import init, * as rules from "../pkg/web/fuling_rules_wasm.js";
import {
  h, citation, todayIso, setPtr, getPtr, errorText, findingEl, errorEl, statusView, renderMermaid,
  wireDescriptions, markInvalid,
} from "./common.js";
import { setupForms } from "./forms.js";

// ---------------------------------------------------------------------------------------------
// The form, as data. `path` is the field's JSON Pointer in the PlanningDossier
// (schemas/planning_dossier.json); `key` names a field that is not part of the dossier.

const RELEASE_CHANNELS = [
  ["yu_kuai_ban", "渝快办", "Yukuaiban (public services)"],
  ["yu_kuai_zheng", "渝快政", "Yukuaizheng (government work)"],
];
const RESOURCE_KINDS = [
  ["compute", "计算 compute"], ["network", "网络 network"], ["storage", "存储 storage"],
  ["security", "安全 security"], ["component", "组件 component"], ["cryptography", "密码应用 cryptography"],
  ["sensing", "感知 sensing"], ["data", "数据资源 data"], ["knowledge_base", "知识库 knowledge base"],
];
const RESOURCE_STATUS = [
  ["used", "已使用 used"], ["shared", "已共享 shared"], ["to_use", "拟申请使用 to use"], ["to_share", "拟共享 to share"],
];
const DIRECTIONS = [["provided", "对外提供 provided"], ["consumed", "需要外部提供 consumed"]];
const REUSE_MODES = [
  ["saas", "SaaS 服务"], ["private_deployment", "私有化部署 private deployment"],
  ["component", "组件复用 component"], ["source_code", "源代码复用 source code"],
];
const DIMENSIONS = [
  ["requirement", "应用需求 requirement"], ["scenario", "应用场景 scenario"],
  ["function", "应用功能 function"], ["resource", "资源特征 resource"],
];

/** Sections of the form. Field types: text, area, lines, pairs, check, radio, select, multi, rows, network. */
const SECTIONS = [
  {
    title: "项目基本信息", en: "Project",
    fields: [
      { type: "text", path: "/name", label: "应用名称", en: "application name", placeholder: "例如:涪陵区智慧河长应用" },
      { type: "text", key: "responsible_department", label: "应用责任部门", en: "responsible department (第三条(六))", placeholder: "例如:区水利局" },
      { type: "text", key: "lead_department", label: "应用牵头部门", en: "lead department (第三条(五))", placeholder: "例如:区水利局" },
      { type: "text", key: "amount", label: "项目资金计划金额", en: "funding plan amount — 500万元, 5,000,000.00 or 伍佰万元整", placeholder: "500万元 / 5,000,000.00 / 伍佰万元整" },
      { type: "check", path: "/secret_related", label: "涉及国家秘密(涉密应用)", en: "involves state secrets (第二条)" },
    ],
  },
  {
    title: "(一)应用需求分析", en: "16(1) requirements", cite: { article: 16, item: 1 },
    fields: [
      { type: "rows", path: "/requirements", label: "功能需求", en: "function requirements", add: "添加功能需求 add function", min: 1,
        fields: [
          { type: "text", rel: "function", label: "功能", en: "function" },
          { type: "text", rel: "scenario", label: "具体业务场景", en: "concrete business scenario" },
          { type: "lines", rel: "problems", label: "解决的具体问题(每行一项)", en: "problems solved, one per line" },
        ] },
    ],
  },
  {
    title: "(二)横向协同、纵向贯通的关系", en: "16(2) relations", cite: { article: 16, item: 2 }, path: "/relations",
    note: "每行一个关联应用,格式“名称:关联关系”;没有的勾选“无”。One related application per line, “name: relation”; tick “无 none” when there are none.",
    fields: [
      { type: "pairs", path: "/relations/own_department", nullable: true, label: "本部门已有应用", en: "own department" },
      { type: "pairs", path: "/relations/superior", nullable: true, label: "上级部门应用", en: "superior departments" },
      { type: "pairs", path: "/relations/peer", nullable: true, label: "横向部门应用", en: "peer departments" },
      { type: "pairs", path: "/relations/subordinate", nullable: true, label: "下级部门应用", en: "subordinate departments" },
    ],
  },
  {
    title: "(三)与“两端”的关系", en: "16(3) release channel", cite: { article: 16, item: 3 },
    fields: [
      { type: "radio", path: "/release_channel", label: "发布渠道", en: "release channel", options: RELEASE_CHANNELS },
    ],
  },
  {
    title: "(四)V模型分析", en: "16(4) V-model", cite: { article: 16, item: 4 }, path: "/v_model",
    fields: [
      { type: "lines", path: "/v_model/business_processes", label: "业务流程(每行一项)", en: "business processes" },
      { type: "lines", path: "/v_model/business_units", label: "业务单元", en: "business units" },
      { type: "lines", path: "/v_model/collaboration_paths", label: "业务协同路径", en: "collaboration paths" },
      { type: "text", path: "/v_model/data_model", label: "数据运用模型", en: "data model" },
    ],
  },
  {
    title: "(五)与一体化智能化公共数据平台的关系", en: "16(5) platform", cite: { article: 16, item: 5 }, path: "/platform",
    fields: [
      { type: "text", path: "/platform/architecture", label: "技术架构", en: "technical architecture" },
      { type: "rows", path: "/platform/resources", nullable: true, label: "数字资源清单", en: "digital resources", add: "添加数字资源 add resource",
        fields: [
          { type: "text", rel: "name", label: "名称", en: "name" },
          { type: "select", rel: "kind", label: "类别", en: "kind", options: RESOURCE_KINDS },
          { type: "select", rel: "status", label: "状态", en: "status", options: RESOURCE_STATUS },
          { type: "check", rel: "from_platform", label: "由平台集中提供", en: "from the platform" },
          { type: "check", rel: "in_funding_plan", label: "列入资金计划", en: "in the funding plan" },
          { type: "text", rel: "catalog_gap_reason", label: "自行采购理由(第十一条)", en: "why the catalog cannot supply it" },
        ] },
      { type: "text", path: "/platform/similar_configuration", label: "相似数字资源的配置情况", en: "similar resources' configuration" },
    ],
  },
  {
    title: "(六)数据协同关系", en: "16(6) data collaboration", cite: { article: 16, item: 6 }, path: "/data",
    fields: [
      { type: "lines", path: "/data/existing", nullable: true, label: "已采集、加工或者已共享的数据", en: "existing data" },
      { type: "lines", path: "/data/planned", nullable: true, label: "拟采集、产生或者拟共享的数据", en: "planned data" },
      { type: "text", path: "/data/sharing_conditions", label: "数据共享条件", en: "sharing conditions" },
      { type: "text", path: "/data/opening_conditions", label: "数据开放条件", en: "opening conditions" },
      { type: "text", path: "/data/cleaning_rules", label: "数据清洗规则", en: "cleaning rules" },
      { type: "text", path: "/data/algorithm_rules", label: "算法规则", en: "algorithm rules" },
    ],
  },
  {
    title: "(七)网络拓扑关系", en: "16(7) network", cite: { article: 16, item: 7 }, path: "/network",
    fields: [
      { type: "network", path: "/network/government_intranet", label: "电子政务内网", en: "e-government intranet" },
      { type: "network", path: "/network/government_extranet", label: "电子政务外网", en: "e-government extranet" },
      { type: "network", path: "/network/internet", label: "互联网", en: "internet" },
    ],
  },
  {
    title: "(八)接口需求分析", en: "16(8) interfaces", cite: { article: 16, item: 8 },
    fields: [
      { type: "rows", path: "/interfaces", nullable: true, label: "接口", en: "interfaces", add: "添加接口 add interface",
        fields: [
          { type: "text", rel: "name", label: "名称", en: "name" },
          { type: "select", rel: "direction", label: "方向", en: "direction", options: DIRECTIONS },
          { type: "text", rel: "purpose", label: "作用", en: "purpose" },
          { type: "text", rel: "function", label: "功能", en: "function" },
          { type: "text", rel: "interop_flow", label: "互操作流程", en: "interoperation flow" },
          { type: "text", rel: "mechanism", label: "技术实现机制", en: "mechanism" },
        ] },
    ],
  },
  {
    title: "(九)运行绩效体系", en: "16(9) performance", cite: { article: 16, item: 9 }, path: "/performance",
    fields: [
      { type: "lines", path: "/performance/resource_efficiency", label: "资源使用效率指标", en: "resource efficiency" },
      { type: "lines", path: "/performance/data_quality", label: "数据质量指标", en: "data quality" },
      { type: "lines", path: "/performance/continuity", label: "连续性及稳定性指标", en: "continuity and stability" },
      { type: "lines", path: "/performance/users", label: "用户数及活跃度", en: "users and activity" },
      { type: "lines", path: "/performance/business", label: "业务效能指标", en: "business effectiveness" },
      { type: "text", path: "/performance/early_warning", label: "预警机制", en: "early warning" },
      { type: "text", path: "/performance/scaling", label: "资源压缩或者扩展机制", en: "scaling" },
    ],
  },
  {
    title: "应用检索与复用", en: "Arts. 17–18 reuse search and reuse", cite: { article: 17 }, path: "/reuse_search",
    fields: [
      { type: "check", path: "/reuse_search/performed", label: "已利用IRS系统检索、查重", en: "IRS search performed" },
      { type: "multi", path: "/reuse_search/dimensions", label: "检索维度", en: "dimensions searched", options: DIMENSIONS },
      { type: "rows", path: "/reuse_search/candidates", label: "检索到的应用", en: "candidates found", add: "添加 add candidate",
        fields: [
          { type: "text", rel: "name", label: "名称", en: "name" },
          { type: "check", rel: "reusable", label: "能够复用和共享", en: "reusable" },
          { type: "text", rel: "reason", label: "不能复用的理由", en: "reason if not" },
        ] },
      { type: "area", path: "/reuse_search/necessity_assessment", label: "应用开发必要性评估", en: "necessity assessment" },
      { type: "rows", path: "/reuse", label: "复用的共享应用(第十八条)", en: "shared applications reused (Art. 18)", add: "添加复用 add reuse",
        fields: [
          { type: "text", rel: "application", label: "被复用的应用", en: "application" },
          { type: "select", rel: "mode", label: "复用模式", en: "mode", options: REUSE_MODES },
        ] },
    ],
  },
];

/** Key dates → project events (docs/events.md), in process order. */
const EVENTS = [
  { type: "ledgered", label: "纳入“一本账”", en: "ledgered", cite: { article: 14 } },
  { type: "funding_plan_submitted", label: "提交资金计划", en: "funding plan submitted", cite: { article: 19, item: 1 } },
  { type: "lead_department_reviewed", label: "牵头部门提出审核意见", en: "lead department opinion", cite: { article: 19, item: 2 } },
  { type: "preliminary_funding_plan_set", label: "确定初步资金计划", en: "preliminary funding plan set", cite: { article: 19, item: 2 } },
  { type: "development_plan_submitted", label: "提交应用开发方案", en: "development plan submitted", cite: { article: 19, item: 3 } },
  { type: "municipal_filing_submitted", label: "报市大数据发展局备案", en: "municipal filing submitted", cite: { article: 20 } },
  { type: "preliminary_review_passed", label: "初审通过", en: "preliminary review passed", cite: { article: 19, item: 4 } },
  { type: "joint_review_organised", label: "组织联合评审", en: "joint review organised", cite: { article: 19, item: 4 } },
  { type: "approved", label: "批复", en: "approved", cite: { article: 19, item: 4 } },
  { type: "catalog_completed", label: "完成应用编目", en: "catalog completed", cite: { article: 7 } },
  { type: "development_started", label: "启动开发", en: "development started", cite: { article: 19, item: 5 } },
];

// ---------------------------------------------------------------------------------------------
// Building the form

const form = () => document.getElementById("dossier");

function fieldLabel(f, forId) {
  return h("label", { for: forId }, f.label, " ", h("span", { class: "en" }, f.en));
}

let uid = 0;
const nextId = (base) => `f-${base.replace(/[^a-z0-9]+/gi, "-")}-${++uid}`;

/** One input control for a field; returns [control-element, id]. */
function control(f, name) {
  const id = nextId(name);
  const common = { id, name, dataset: { kind: f.type } };
  switch (f.type) {
    case "text":
      return [h("input", { type: "text", placeholder: f.placeholder, ...common }), id];
    case "area":
      return [h("textarea", { rows: 2, ...common }), id];
    case "lines":
    case "pairs":
      return [h("textarea", { rows: 2, placeholder: f.type === "pairs" ? "名称:关联关系" : "每行一项 one per line", ...common }), id];
    case "check":
      return [h("input", { type: "checkbox", ...common }), id];
    case "select":
      return [h("select", common, h("option", { value: "" }, "—"), f.options.map(([v, t]) => h("option", { value: v }, t))), id];
    case "radio":
      return [h("span", { class: "radios", id, dataset: { kind: "radio" } },
        h("label", {}, h("input", { type: "radio", name, value: "", checked: true }), " 未选 none"),
        f.options.map(([v, zh, en]) => h("label", {}, h("input", { type: "radio", name, value: v }), ` ${zh} `, h("span", { class: "en" }, en)))), id];
    case "multi":
      return [h("span", { class: "checks", id, dataset: { kind: "multi" } },
        f.options.map(([v, t]) => h("label", {}, h("input", { type: "checkbox", name, value: v }), " ", t))), id];
    default:
      throw new Error(`unknown field type ${f.type}`);
  }
}

function fieldEl(f, path, name) {
  if (f.type === "rows") return rowsEl(f, path);
  if (f.type === "network") return networkEl(f, path);
  const [ctl, id] = control(f, name ?? path ?? f.key);
  const wrap = h("div", { class: `field field-${f.type}`, dataset: { path, key: f.key, rel: f.rel } });
  if (f.type === "check") wrap.append(h("label", { class: "inline" }, ctl, " ", f.label, " ", h("span", { class: "en" }, f.en)));
  else wrap.append(fieldLabel(f, id), ctl);
  if (f.nullable) {
    wrap.append(h("label", { class: "none" }, h("input", { type: "checkbox", class: "none-box" }), " 无 none"));
  }
  if (f.key === "amount") wrap.append(h("div", { class: "amount-info", id: "amount-info" }));
  wrap.append(h("div", { class: "msgs" }));
  return wrap;
}

function networkEl(f, path) {
  const id = nextId(path);
  const sel = h("select", { id, class: "net-connected", dataset: { kind: "network" } },
    h("option", { value: "" }, "未说明 not stated"),
    h("option", { value: "false" }, "不互联 not connected"),
    h("option", { value: "true" }, "互联 connected"));
  const sub = (rel, label, en) => {
    const i = nextId(path + rel);
    return h("div", { class: "field field-text sub", dataset: { path: `${path}/${rel}`, rel } },
      h("label", { for: i }, label, " ", h("span", { class: "en" }, en)),
      h("input", { type: "text", id: i, class: `net-${rel}` }), h("div", { class: "msgs" }));
  };
  return h("div", { class: "field field-network", dataset: { path } },
    h("label", { for: id }, f.label, " ", h("span", { class: "en" }, f.en)), sel,
    h("div", { class: "net-detail" }, sub("boundary", "安全防护边界", "security boundary"), sub("measures", "防护措施", "measures")),
    h("div", { class: "msgs" }));
}

function rowsEl(f, path) {
  const list = h("div", { class: "rows-list" });
  const wrap = h("div", { class: "field field-rows", dataset: { path } },
    h("div", { class: "rows-head" }, h("span", { class: "rows-label" }, f.label, " ", h("span", { class: "en" }, f.en)),
      f.nullable ? h("label", { class: "none" }, h("input", { type: "checkbox", class: "none-box" }), " 无 none") : null),
    h("div", { class: "msgs" }), list,
    h("button", { type: "button", class: "add-row", onclick: () => { addRow(wrap); schedule(); } }, "+ ", f.add));
  wrap._spec = f;
  for (let i = 0; i < (f.min ?? 0); i++) addRow(wrap);
  return wrap;
}

function addRow(wrap) {
  const f = wrap._spec;
  const list = wrap.querySelector(":scope > .rows-list");
  const row = h("div", { class: "row" },
    h("div", { class: "msgs" }),
    h("div", { class: "row-fields" }, f.fields.map((sf) => fieldEl(sf, undefined, `${wrap.dataset.path}-${sf.rel}`))),
    h("button", { type: "button", class: "remove-row", title: "删除 remove", onclick: () => { row.remove(); renumber(wrap); schedule(); } }, "×"));
  list.append(row);
  renumber(wrap);
  wireDescriptions(row);
  return row;
}

/** Keeps every row's and row field's data-path equal to its JSON Pointer. */
function renumber(wrap) {
  [...wrap.querySelectorAll(":scope > .rows-list > .row")].forEach((row, i) => {
    row.dataset.path = `${wrap.dataset.path}/${i}`;
    for (const fe of row.querySelectorAll(":scope > .row-fields > .field")) fe.dataset.path = `${row.dataset.path}/${fe.dataset.rel}`;
  });
}

function buildForm() {
  const f = form();
  f.replaceChildren();
  for (const [i, s] of SECTIONS.entries()) {
    if (i === 1) f.append(datesSection());
    // A section's `path` catches findings about the whole element (e.g. `/reuse_search`).
    f.append(h("fieldset", { class: "section", dataset: { path: s.path } },
      h("legend", {}, s.title, " ", h("span", { class: "en" }, s.en), " ", citation(s.cite)),
      s.note ? h("p", { class: "note" }, s.note) : null,
      s.path ? h("div", { class: "msgs" }) : null,
      s.fields.map((fl) => fieldEl(fl, fl.path))));
  }
  f.addEventListener("input", schedule);
  f.addEventListener("change", schedule);
  wireDescriptions(f);
}

/** The key dates: one date per event of docs/events.md, in process order, and the as-of date. */
function datesSection() {
  const dates = h("fieldset", { class: "section dates" },
    h("legend", {}, "关键日期", " ", h("span", { class: "en" }, "key dates → project events")),
    h("p", { class: "note" }, "按办理顺序填写已发生的日期;查询日期用于计算期限。Fill in the dates of what has happened; deadlines are computed as of the query date."));
  for (const ev of EVENTS) {
    const id = nextId(ev.type);
    const wrap = h("div", { class: "field field-date", dataset: { key: `event:${ev.type}` } },
      h("label", { for: id }, ev.label, " ", h("span", { class: "en" }, ev.en), " ", citation(ev.cite)),
      h("input", { type: "date", id, name: ev.type, min: "2004-01-01", max: "2026-12-31" }));
    if (ev.type === "development_started") {
      wrap.append(h("select", { class: "dev-mode", "aria-label": "开发方式 mode" },
        h("option", { value: "self_development" }, "自行开发 self development"),
        h("option", { value: "procurement" }, "采购 procurement")));
    }
    wrap.append(h("div", { class: "msgs" }));
    dates.append(wrap);
  }
  const asOfId = nextId("as_of");
  dates.append(h("div", { class: "field field-date as-of", dataset: { key: "as_of" } },
    h("label", { for: asOfId }, "查询日期", " ", h("span", { class: "en" }, "as of")),
    h("input", { type: "date", id: asOfId, name: "as_of", value: todayIso() }),
    h("div", { class: "msgs" })));
  return dates;
}

// ---------------------------------------------------------------------------------------------
// Reading and writing the form

const byKey = (key) => form().querySelector(`.field[data-key="${key}"]`);
const byPath = (path) => form().querySelector(`.field[data-path="${path}"]`);

function readField(wrap) {
  const kind = wrap.classList[1].slice("field-".length);
  const none = wrap.querySelector(":scope > .none .none-box")?.checked;
  const ctl = wrap.querySelector("input, textarea, select");
  switch (kind) {
    case "text":
    case "area":
      return ctl.value;
    case "check":
      return ctl.checked;
    case "select":
      return ctl.value || null;
    case "radio":
      return wrap.querySelector("input:checked")?.value || null;
    case "multi":
      return [...wrap.querySelectorAll("input:checked")].map((i) => i.value);
    case "lines": {
      const lines = ctl.value.split("\n").map((s) => s.trim()).filter(Boolean);
      if (lines.length === 0 && wrap.querySelector(":scope > .none")) return none ? [] : undefined;
      return lines;
    }
    case "pairs": {
      const items = ctl.value.split("\n").map((s) => s.trim()).filter(Boolean).map((line) => {
        const m = line.match(/^([^::]*)[::](.*)$/);
        return m ? { name: m[1].trim(), relation: m[2].trim() } : { name: line, relation: "" };
      });
      if (items.length === 0) return none ? [] : undefined;
      return items;
    }
    default:
      throw new Error(`readField: ${kind}`);
  }
}

function readRows(wrap) {
  const rows = [...wrap.querySelectorAll(":scope > .rows-list > .row")].map((row) => {
    const o = {};
    for (const fe of row.querySelectorAll(":scope > .row-fields > .field")) {
      const v = readField(fe);
      if (v !== undefined && v !== null) o[fe.dataset.rel] = v;
    }
    return o;
  }).filter((o) => Object.values(o).some((v) => v !== "" && v !== false && !(Array.isArray(v) && v.length === 0)));
  const none = wrap.querySelector(":scope > .rows-head .none-box")?.checked;
  if (rows.length === 0 && wrap._spec.nullable) return none ? [] : undefined;
  return rows;
}

/** The PlanningDossier the form describes (schemas/planning_dossier.json). */
function readDossier() {
  const d = {};
  for (const wrap of form().querySelectorAll("fieldset > .field[data-path]")) {
    const path = wrap.dataset.path;
    let v;
    if (wrap.classList.contains("field-rows")) v = readRows(wrap);
    else if (wrap.classList.contains("field-network")) {
      const c = wrap.querySelector(".net-connected").value;
      v = c === "" ? undefined : {
        connected: c === "true",
        boundary: wrap.querySelector(".net-boundary").value,
        measures: wrap.querySelector(".net-measures").value,
      };
    } else v = readField(wrap);
    if (v !== undefined && v !== null) setPtr(d, path, v);
  }
  // Art. 17: no search recorded at all → leave it out (the check reports it as missing).
  const rs = d.reuse_search;
  if (rs && !rs.performed && !rs.dimensions?.length && !rs.candidates?.length && !rs.necessity_assessment?.trim()) {
    delete d.reuse_search;
  }
  return d;
}

function readApplication(d) {
  const app = { name: d.name ?? "", secret: !!d.secret_related };
  const rd = readField(byKey("responsible_department")).trim();
  const ld = readField(byKey("lead_department")).trim();
  if (rd) app.responsible_department = rd;
  if (ld) app.lead_department = ld;
  if (d.release_channel) app.release_channel = d.release_channel;
  return app;
}

function setField(wrap, v) {
  const kind = wrap.classList[1].slice("field-".length);
  const ctl = wrap.querySelector("input, textarea, select");
  const noneBox = wrap.querySelector(":scope > .none .none-box");
  if (noneBox) noneBox.checked = Array.isArray(v) && v.length === 0;
  switch (kind) {
    case "text": case "area": case "select": ctl.value = v ?? ""; break;
    case "check": ctl.checked = !!v; break;
    case "radio": for (const r of wrap.querySelectorAll("input")) r.checked = r.value === (v ?? ""); break;
    case "multi": for (const c of wrap.querySelectorAll("input")) c.checked = (v ?? []).includes(c.value); break;
    case "lines": ctl.value = (v ?? []).join("\n"); break;
    case "pairs": ctl.value = (v ?? []).map((p) => `${p.name}:${p.relation}`).join("\n"); break;
  }
}

function writeDossier(d) {
  for (const wrap of form().querySelectorAll("fieldset > .field[data-path]")) {
    const v = getPtr(d, wrap.dataset.path);
    if (wrap.classList.contains("field-rows")) {
      wrap.querySelector(":scope > .rows-list").replaceChildren();
      const none = wrap.querySelector(":scope > .rows-head .none-box");
      if (none) none.checked = Array.isArray(v) && v.length === 0;
      for (const item of v ?? []) {
        const row = addRow(wrap);
        for (const fe of row.querySelectorAll(":scope > .row-fields > .field")) setField(fe, item[fe.dataset.rel]);
      }
      if ((v ?? []).length === 0) for (let i = 0; i < (wrap._spec.min ?? 0); i++) addRow(wrap);
    } else if (wrap.classList.contains("field-network")) {
      wrap.querySelector(".net-connected").value = v ? String(!!v.connected) : "";
      wrap.querySelector(".net-boundary").value = v?.boundary ?? "";
      wrap.querySelector(".net-measures").value = v?.measures ?? "";
    } else setField(wrap, v);
  }
}

// ---------------------------------------------------------------------------------------------
// Showing results

function clearMessages() {
  const view = document.getElementById("view-planning");
  for (const m of view.querySelectorAll(".msgs")) m.replaceChildren();
  for (const f of view.querySelectorAll(".has-blocking, .has-warning, .has-error")) {
    f.classList.remove("has-blocking", "has-warning", "has-error");
  }
}

/** All elements findings can be attached to, by JSON Pointer. */
function pathTargets() {
  const map = new Map();
  for (const el of form().querySelectorAll("[data-path]")) map.set(el.dataset.path, el);
  return map;
}

/** The element for a finding's `path`: the longest field path equal to it or a prefix of it. */
function targetFor(targets, path) {
  let p = path;
  while (p) {
    if (targets.has(p)) return [targets.get(p), path.slice(p.length)];
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return [document.getElementById("general-findings"), path];
}

function showFindings(report) {
  const targets = pathTargets();
  for (const f of report.findings) {
    const [el, rest] = targetFor(targets, f.path);
    const msgs = el.classList.contains("msgs") ? el : el.querySelector(":scope > .msgs");
    msgs.append(findingEl(f, rest, el));
    el.classList.add(f.severity === "blocking" ? "has-blocking" : "has-warning");
  }
  const blocking = report.findings.filter((f) => f.severity === "blocking").length;
  const warnings = report.findings.length - blocking;
  const summary = document.getElementById("summary");
  summary.dataset.passed = String(report.passed);
  summary.dataset.blocking = String(blocking);
  summary.dataset.warnings = String(warnings);
  summary.replaceChildren(report.passed
    ? h("p", { class: "ok" }, "✓ 开发方案要素齐全,无阻断性发现", h("br"), h("span", { class: "en" }, `No blocking findings${warnings ? `; ${warnings} warning(s)` : ""}.`))
    : h("p", { class: "bad" }, `✗ ${blocking} 项必须补正`, warnings ? `,${warnings} 项提示` : "", h("br"),
      h("span", { class: "en" }, `${blocking} blocking finding(s) to fix${warnings ? `, ${warnings} warning(s)` : ""} — shown next to the fields.`)));
}

function showFiling() {
  const text = readField(byKey("amount")).trim();
  const panel = document.getElementById("filing");
  const info = document.getElementById("amount-info");
  const wrap = byKey("amount");
  panel.dataset.required = "";
  info.replaceChildren();
  if (!text) {
    panel.replaceChildren(h("p", { class: "muted" }, "填写项目资金计划金额后判断。", h("span", { class: "en" }, " Enter the amount.")));
    return null;
  }
  let amount;
  try {
    amount = rules.Amount.parse(text);
  } catch (e) {
    wrap.querySelector(":scope > .msgs").append(errorEl(e));
    wrap.classList.add("has-error");
    panel.replaceChildren(h("p", { class: "muted" }, "金额无效,无法判断。", h("span", { class: "en" }, " The amount is invalid.")));
    return null;
  }
  const required = rules.requiresMunicipalFiling(text);
  const threshold = rules.Amount.parse(rules.defaultRuleset().municipal_filing.threshold);
  info.append(`= ${amount.toString()} · ${amount.toChineseUppercase()}`);
  panel.dataset.required = String(required);
  panel.replaceChildren(
    h("p", { class: required ? "badge required" : "badge not-required" },
      required ? "须报市大数据发展局备案" : "无须报市级备案", h("br"),
      h("span", { class: "en" }, required ? "Municipal filing required" : "Municipal filing not required")),
    h("p", {}, `${amount.toString()}(${amount.toChineseUppercase()})`,
      required ? ` 达到 ${threshold.toString()}(含)以上:组织联合评审前,区大数据发展局应当将应用开发方案报市大数据发展局备案。`
        : ` 低于 ${threshold.toString()}。`, " ", citation({ article: 20 }), " ",
      h("span", { class: "en" }, required ? `At or above ${threshold.toString()} (inclusive): the Bureau files the development plan with the municipal Big Data Bureau before the joint review.`
        : `Below ${threshold.toString()}.`)));
  const yuan = amount.toYuanString();
  amount.free();
  threshold.free();
  return yuan;
}

async function showProject(d, amountYuan) {
  const statusEl = document.getElementById("status");
  statusEl.dataset.state = "";
  const record = { schema: 1, id: "DEMO-1", kind: "development", application: readApplication(d), events: [] };
  let project;
  try {
    project = rules.Project.fromJson(record);
  } catch (e) {
    statusEl.replaceChildren(errorEl(e));
    return renderTimeline("");
  }
  const problems = [];
  let applied = 0;
  for (const ev of EVENTS) {
    const wrap = byKey(`event:${ev.type}`);
    const date = wrap.querySelector("input").value;
    if (!date) continue;
    const event = { type: ev.type, date };
    if (ev.type === "funding_plan_submitted" || ev.type === "development_plan_submitted") event.amount = amountYuan ?? readField(byKey("amount")).trim();
    if (ev.type === "development_started") event.mode = wrap.querySelector(".dev-mode").value;
    try {
      project.apply(event);
      applied++;
    } catch (e) {
      // A refused event leaves the project unchanged; show why next to its date.
      wrap.querySelector(":scope > .msgs").append(errorEl(e));
      wrap.classList.add("has-error");
      problems.push([ev, e]);
    }
  }
  const asOfWrap = byKey("as_of");
  const asOf = asOfWrap.querySelector("input").value;
  let status = null;
  if (asOf) {
    try {
      status = project.status(asOf);
    } catch (e) {
      asOfWrap.querySelector(":scope > .msgs").append(errorEl(e));
      asOfWrap.classList.add("has-error");
    }
  }
  const parts = [];
  if (problems.length) {
    parts.push(h("div", { class: "refused" }, problems.map(([ev, e]) => {
      const [zh, en] = errorText(e);
      return h("p", { class: "finding error", dataset: { code: e.code ?? "error" } },
        `未记录“${ev.label}”:`, zh, " ", h("span", { class: "en" }, `${ev.en} not recorded: ${en}`));
    })));
  }
  if (status) parts.push(...statusView(status));
  else if (!asOf) parts.push(h("p", { class: "muted" }, "填写查询日期。", h("span", { class: "en" }, " Enter the as-of date.")));
  statusEl.dataset.state = status?.state ?? "";
  statusEl.replaceChildren(...parts);
  let text = "";
  try {
    text = applied ? project.timelineMermaid() : "";
  } catch (e) {
    statusEl.append(errorEl(e));
  }
  project.free();
  return renderTimeline(text);
}


function renderTimeline(text) {
  return renderMermaid(document.getElementById("timeline"), document.getElementById("timeline-source"), text,
    ["填写关键日期后显示时间线。", h("span", { class: "en" }, " Enter key dates to see the timeline.")]);
}

// ---------------------------------------------------------------------------------------------
// Update loop: every input schedules one update; body[data-busy] is "1" until the page settled.

let timer = null;
let running = false;
let again = false;

function schedule() {
  document.body.dataset.busy = "1";
  clearTimeout(timer);
  timer = setTimeout(() => { timer = null; run(); }, 60);
}

async function run() {
  if (running) { again = true; return; }
  running = true;
  try {
    do {
      again = false;
      await update();
    } while (again);
  } finally {
    running = false;
    if (timer === null) document.body.dataset.busy = "0";
  }
}

async function update() {
  clearMessages();
  const d = readDossier();
  try {
    showFindings(rules.checkPlanningDossier(d));
  } catch (e) {
    document.getElementById("general-findings").append(errorEl(e));
  }
  const yuan = showFiling();
  await showProject(d, yuan);
  markInvalid(form());
}

// ---------------------------------------------------------------------------------------------
// Example (the complete dossier of tests/scenarios/check-01) and start-up

export const EXAMPLE = {
  responsible_department: "区水利局",
  lead_department: "区水利局",
  amount: "520万元",
  dates: { ledgered: "2025-09-15", funding_plan_submitted: "2025-09-30", lead_department_reviewed: "2025-10-10", preliminary_funding_plan_set: "2025-10-13" },
  as_of: "2025-10-20",
  dossier: {
    name: "智慧河长", secret_related: false,
    requirements: [{ function: "巡河问题上报", scenario: "河长巡河时发现河道垃圾,现场拍照上报", problems: ["问题发现后靠电话转办,处置慢且无记录"] }],
    relations: {
      own_department: [{ name: "水利一张图", relation: "读取河段基础数据" }],
      superior: [{ name: "重庆市河长制管理信息系统", relation: "逐级上报巡河数据" }],
      peer: [{ name: "城市综合治理平台", relation: "问题转办至城管部门" }],
      subordinate: [],
    },
    release_channel: "yu_kuai_zheng",
    v_model: { business_processes: ["巡河—发现—转办—处置—销号"], business_units: ["区河长办", "乡镇(街道)"], collaboration_paths: ["区河长办→责任部门→乡镇(街道)"], data_model: "河流—河段—问题—处置 四级数据模型" },
    platform: {
      architecture: "依托一体化智能化公共数据平台的微服务架构",
      resources: [
        { kind: "compute", name: "云主机 4核8G", status: "to_use", from_platform: true, in_funding_plan: false },
        { kind: "sensing", name: "河道视频探头", status: "to_use", from_platform: false, in_funding_plan: true, catalog_gap_reason: "目录中无水面漂浮物识别探头,相近资源无法适配" },
      ],
      similar_configuration: "区级同类应用配置 2 台 4核8G 云主机",
    },
    data: { existing: ["河段基础信息"], planned: ["巡河记录", "问题处置记录"], sharing_conditions: "向区级部门有条件共享", opening_conditions: "不开放", cleaning_rules: "去重、坐标纠偏", algorithm_rules: "漂浮物识别模型" },
    network: {
      government_intranet: { connected: false },
      government_extranet: { connected: true, boundary: "电子政务外网区域边界", measures: "防火墙、入侵检测" },
      internet: { connected: true, boundary: "互联网接入区", measures: "WAF、网闸" },
    },
    interfaces: [{ name: "问题转办接口", direction: "provided", purpose: "向城管部门推送问题", function: "推送、回执", interop_flow: "推送→受理→回执", mechanism: "HTTPS REST" }],
    performance: { resource_efficiency: ["CPU使用率"], data_quality: ["数据完整率"], continuity: ["可用率 99.9%"], users: ["月活跃河长数"], business: ["问题平均处置时长"], early_warning: "可用率低于 99% 时短信预警", scaling: "CPU 持续低于 20% 时压缩配置,高于 80% 时扩容" },
    reuse_search: {
      performed: true, dimensions: ["requirement", "scenario", "function", "resource"],
      candidates: [{ name: "城市综合治理平台", reusable: true }, { name: "水质监测系统", reusable: false, reason: "业务不同" }],
      necessity_assessment: "无可整体复用的巡河应用,转办环节复用城市综合治理平台组件",
    },
    reuse: [{ application: "城市综合治理平台", mode: "component" }],
  },
};

function loadExample(ex = EXAMPLE) {
  writeDossier(ex.dossier);
  setField(byKey("responsible_department"), ex.responsible_department);
  setField(byKey("lead_department"), ex.lead_department);
  setField(byKey("amount"), ex.amount);
  for (const ev of EVENTS) byKey(`event:${ev.type}`).querySelector("input").value = ex.dates[ev.type] ?? "";
  byKey("as_of").querySelector("input").value = ex.as_of;
  schedule();
}

function clearForm() {
  writeDossier({});
  for (const k of ["responsible_department", "lead_department", "amount"]) setField(byKey(k), "");
  for (const ev of EVENTS) byKey(`event:${ev.type}`).querySelector("input").value = "";
  schedule();
}

async function main() {
  await init();
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "default", gantt: { useWidth: 640 } });
  document.getElementById("lib-version").textContent = `v${rules.version()}`;
  buildForm();
  document.getElementById("load-example").addEventListener("click", () => loadExample());
  document.getElementById("clear-form").addEventListener("click", clearForm);
  // For tests and the console: the page's own reading of the form.
  const forms = setupForms({ readPlanning: readDossier });
  window.fulingDemo = { readDossier, loadExample, rules, forms };
  schedule();
}

main().catch((e) => {
  document.body.dataset.busy = "0";
  document.getElementById("dossier").replaceChildren(errorEl(e));
  console.error(e);
});
