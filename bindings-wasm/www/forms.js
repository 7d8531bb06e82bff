// The demo page's other views: one form per dossier the library checks (第二十三条, 第三十四条,
// 第七条, 第四十条至第四十二条, 第二十二条, 第三十八条) and a project's event log (docs/events.md).
//
// One fact in one place: every form is generated from the JSON Schema the package ships
// (`../pkg/schemas.mjs`, generated from the Rust types by `cargo xtask codegen`): the fields, their
// kinds, their order of items, the enumerations and the labels (the schema's descriptions, which
// quote the regulation). Each dossier below adds only what the schema cannot say: its title, the
// check to call, a few labels where the schema's description is English only, and an example.
// The event log is generated the same way from the `Event` variants of `project_events`.
//
// Every view is validated as the user types (debounced): findings are shown next to the field
// their JSON Pointer `path` points into (the longest field path that is a prefix of it), with
// aria-describedby and aria-invalid on the controls and a live region for the summary.
// `section.view[data-busy]` is "1" while an update is pending and "0" once the view is settled.
import * as rules from "../pkg/web/fuling_rules_wasm.js";
import { jsonSchema } from "../pkg/schemas.mjs";
import {
  h, citation, citeZh, errorText, findingEl, errorEl, statusView, renderMermaid, todayIso,
  wireDescriptions, markInvalid,
} from "./common.js";

// ---------------------------------------------------------------------------------------------
// The dossiers: what the schema does not say.

export const DOSSIERS = [
  {
    id: "joint-review", schema: "joint_review", check: "checkJointReview", cite: { article: 23 },
    title: "联合评审", en: "Joint review (Art. 23)",
    lede: "第二十三条所列不予通过联合评审的情形,逐项确认。The Art. 23 grounds for not passing the joint review, one section per ground.",
    labels: {
      "/name": "项目名称 project name", "/project_kind": "项目类型 project kind",
      "/infrastructure": "(二) 机房、云平台、数据中心、硬件设备 infrastructure", "/design": "(三) 场景、流程、数据模型、关系、功能重叠 design",
      "/sensing": "(四) 感知资源 sensing", "/two_ends": "(五) “渝快办”“渝快政”与基层延伸 the two ends",
      "/lines": "(六) 线路租赁与终端安全 lines and terminals", "/platform": "(七) 依托一体化智能化公共数据平台 the platform",
      "/security": "(八) 安全与自主可控 security",
    },
    // 23(9): the development plan itself is the planning view's dossier.
    linked: { PlanningDossier: ["planning", "附上“开发方案”页的开发方案(第十六条至第十八条) attach the dossier of the planning view"] },
    example: {
      name: "智慧河长", project_kind: "development", in_ledger: true,
      design: { scenarios_clear: true, processes_clear: true, data_model_clear: true, coordination_clear: true, development_mode_clear: true, existing_applications_clear: true },
      sensing: { has_sensing_resources: true, connected_to_operations_centre: true },
      two_ends: { connected: "yu_kuai_zheng", grassroots_extension_required: true, extended_to_grassroots: true },
      platform: { developed_on_platform: true, data_on_platform: true, data_lawful: true },
      security: { network_security: true, data_security: true, cryptography: true, autonomous_controllable: true },
      plan_complete: true, procedure_regular: true,
    },
  },
  {
    id: "acceptance", schema: "acceptance", check: "checkAcceptance", cite: { article: 34 },
    title: "验收", en: "Acceptance (Art. 34)",
    lede: "第三十四条:区级应用试运行合格后组织验收,验收须同时满足九项条件。Acceptance follows a passed trial run and needs all nine conditions.",
    labels: { "/name": "应用名称 application name" },
    example: {
      name: "智慧河长", trial_run_passed: true, supervisor_consents: true, content_complete: true, performance_goals_met: true,
      built_on_platform: true, meets_technical_standards: true, irs_managed_and_monitored: true, catalog_accurate_and_maintained: true,
      technical_indicators_met: true, third_party_tests_passed: true, classified_protection_passed: true,
      commercial_crypto_assessment_passed: true, training_completed: true, users_independent: true,
      technical_materials_held: true, records_complete: true, other_requirements_met: true,
    },
  },
  {
    id: "catalog", schema: "catalog", check: "checkCatalog", cite: { article: 7 },
    title: "应用编目", en: "Catalog (Art. 7)",
    lede: "第七条:应用编目信息包含但不限于基础信息、评审信息、数字资源信息、效能目标信息、安全防护信息;应用开发完成后完善开发厂商、软硬件设备、工程人员、使用信息。",
    labels: { "/name": "应用名称 application name", "/catalog/other": "其他编目信息 other entries" },
    // 第七条 names the entries in this order; the schema lists them alphabetically.
    order: { "/catalog": ["basic_info", "review_info", "digital_resources", "performance_targets", "security_protection",
      "vendor_info", "hardware_software_info", "engineering_staff_info", "usage_info", "other"] },
    example: {
      name: "智慧河长", development_completed: true,
      catalog: { basic_info: "智慧河长,区水利局", review_info: "涪数据评〔2025〕12号", digital_resources: [{ kind: "compute", name: "云主机", from_platform: true }],
        performance_targets: "问题平均处置时长不超过 48 小时", security_protection: "等保二级", vendor_info: "某某科技有限公司",
        hardware_software_info: "云主机 2 台,国产数据库", engineering_staff_info: "项目经理 1 名,开发 4 名", usage_info: "月活跃用户 300" },
    },
  },
  {
    id: "deregistration", schema: "deregistration", check: "checkDeregistration", cite: { article: 40 },
    title: "应用注销", en: "Deregistration (Arts. 40–42)",
    lede: "第四十条所列情形应当注销;第四十一条:注销前做好数字资源的处置、释放;第四十二条:报市大数据发展局审核。",
    labels: { "/name": "应用名称 application name", "/other_reason": "其他理由 another reason, described" },
    order: { "": ["name", "grounds", "other_reason", "data_consumers", "history", "components", "channels"] },
    example: {
      name: "旧版河长通", grounds: ["superseded"], data_consumers: [{ unit: "区城市管理局", disposal_agreed: true, completed: true }],
      history: { migrated_to: "智慧河长" }, components: [{ name: "巡河轨迹组件", delisted: true }],
      channels: [{ channel: "yu_kuai_zheng", delisted: true }],
    },
  },
  {
    id: "priority", schema: "priority_categories", check: "priorityCategories", cite: { article: 22 },
    title: "优先实施", en: "Priority (Art. 22)", result: "priority",
    lede: "第二十二条所列八项情形之一的项目优先实施(各项不分先后)。A project in any of the eight items is implemented with priority (not ranked).",
    example: { digital_functions: ["grassroots_governance"], integrates_scattered: true },
  },
  {
    id: "labels", schema: "label_actions", check: "labelActions", cite: { article: 38 },
    title: "应用标签", en: "Labels (Art. 38)", result: "labels",
    lede: "第三十八条:区大数据发展局在IRS系统标记的标签及应用责任部门应当或者可以采取的措施。The labels and what each requires.",
    labels: { "/labels": "标签 labels" },
    example: { labels: ["duplicate", "excellent"] },
  },
];

// ---------------------------------------------------------------------------------------------
// From a JSON Schema node to a field spec

const CN_NUM = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** "四十一" → 41, "十" → 10, "七" → 7. */
function cnInt(t) {
  const [tens, ones] = t.includes("十") ? t.split("十") : ["", t];
  return (t.includes("十") ? (CN_NUM[tens] ?? 1) * 10 : 0) + (CN_NUM[ones] ?? 0);
}

/**
 * Where a field goes, from the article its description cites: "41(1) …" → 4101, "第四十条 …" →
 * 4000, "(二) …" → 2; a description citing nothing (the name, informational fields) goes first.
 */
function itemOf(desc = "") {
  let m = desc.match(/^(\d+)\((\d+)\)/);
  if (m) return Number(m[1]) * 100 + Number(m[2]);
  m = desc.match(/^第([一二三四五六七八九十]+)条/);
  if (m) return cnInt(m[1]) * 100;
  m = desc.match(/^\(([一二三四五六七八九十]+)\)/);
  return m ? cnInt(m[1]) : -1;
}

/** The first line of a description, without Markdown backticks and links. */
function firstLine(desc = "") {
  return desc.split("\n")[0].replace(/\[`?([^\]`]+)`?\]\([^)]*\)/g, "$1").replace(/`/g, "").trim();
}

class Schema {
  constructor(root) {
    this.root = root;
    this.defs = root.$defs ?? {};
  }

  deref(node) {
    if (node?.$ref) {
      const name = node.$ref.split("/").at(-1);
      return [this.defs[name], name];
    }
    return [node, null];
  }

  /** The spec of a node: `{kind, label, nullable, ...}`. */
  spec(node, key, ctx) {
    let nullable = false;
    let desc = node.description;
    let inner = node;
    if (node.anyOf && node.anyOf.length === 2 && node.anyOf.some((x) => x.type === "null")) {
      nullable = true;
      inner = node.anyOf.find((x) => x.type !== "null");
    }
    const [r, refName] = this.deref(inner);
    desc ??= r.description;
    const base = { key, desc, nullable, label: firstLine(desc) || key };
    if (refName && ctx.linked?.[refName]) return { ...base, kind: "link", view: ctx.linked[refName][0], text: ctx.linked[refName][1] };
    if (r.oneOf && r.oneOf.every((o) => "const" in o)) {
      return { ...base, kind: "enum", options: r.oneOf.map((o) => [o.const, firstLine(o.description) || o.const]) };
    }
    if (r.oneOf && r.oneOf.every((o) => o.properties?.type?.const)) {
      return { ...base, kind: "variant", variants: r.oneOf.map((o) => this.variant(o, ctx)) };
    }
    const types = [].concat(r.type ?? []);
    if (types.includes("null")) nullable = true;
    const t = types.find((x) => x !== "null");
    switch (t) {
      case "boolean":
        // A box reads as false when unticked: only where false is the default; else not stated/yes/no.
        return { ...base, nullable, kind: !nullable && r.default === false ? "check" : "tri" };
      case "string":
        return { ...base, nullable, kind: r.format === "date" ? "date" : "text" };
      case "integer":
        return { ...base, nullable, kind: "number", min: r.minimum, max: r.maximum };
      case "array": {
        const item = this.spec(r.items, "", ctx);
        if (item.kind === "enum") return { ...base, kind: "multi", options: item.options };
        if (item.kind === "text") return { ...base, kind: "lines" };
        return { ...base, kind: "rows", item };
      }
      case "object":
        return { ...base, kind: "group", fields: this.fields(r, ctx, ctx.path ?? "") };
      default:
        return { ...base, kind: "json" };
    }
  }

  /** The fields of an object node, ordered by the item they cite (then as the schema lists them). */
  fields(obj, ctx, path = "", skip = []) {
    const entries = Object.entries(obj.properties ?? {}).filter(([k]) => !skip.includes(k));
    const order = ctx.order?.[path];
    const rank = (k, d) => (order ? (order.indexOf(k) + 1 || 999) : itemOf(d.description ?? this.deref(d)[0]?.description));
    const fields = entries.map(([k, d], i) => ({ k, d, i, r: rank(k, d) }))
      .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r - b.r))
      .map(({ k, d }) => this.spec(d, k, { ...ctx, path: `${path}/${k}` }));
    for (const f of fields) f.required = (obj.required ?? []).includes(f.key);
    return fields;
  }

  /** One variant of an internally tagged enum (`{"type": "<const>", ...}`). */
  variant(o, ctx) {
    const type = o.properties.type.const;
    const first = ["date"];
    const last = ["document", "recorded_by"];
    const fields = this.fields(o, ctx, "", ["type"]);
    const pos = (f) => (first.includes(f.key) ? 0 : last.includes(f.key) ? 2 : 1);
    fields.sort((a, b) => pos(a) - pos(b));
    return { type, label: firstLine(o.description) || type, desc: o.description ?? "", fields };
  }
}

// ---------------------------------------------------------------------------------------------
// Components: render(spec, path) → {el, read(), write(v)}; `el` carries data-path = the JSON Pointer.

let uid = 0;
const nextId = (base) => `g-${String(base).replace(/[^a-z0-9]+/gi, "-")}-${++uid}`;
const msgsBox = () => h("div", { class: "msgs" });
const labelText = (f, path, ctx) => ctx.labels?.[path] ?? f.label;

function render(f, path, ctx) {
  switch (f.kind) {
    case "check": {
      const id = nextId(path);
      const input = h("input", { type: "checkbox", id });
      const el = h("div", { class: "field field-check", dataset: { path } },
        input, " ", h("label", { for: id }, labelText(f, path, ctx), " ", h("code", { class: "key" }, f.key)), msgsBox());
      return { el, read: () => input.checked, write: (v) => { input.checked = !!v; } };
    }
    case "tri": {
      const id = nextId(path);
      const sel = h("select", { id },
        h("option", { value: "" }, "— 未说明 not stated"), h("option", { value: "true" }, "是 yes"), h("option", { value: "false" }, "否 no"));
      const el = h("div", { class: "field field-tri", dataset: { path } },
        h("label", { for: id }, labelText(f, path, ctx), " ", h("code", { class: "key" }, f.key)), sel, msgsBox());
      return { el, read: () => (sel.value === "" ? undefined : sel.value === "true"), write: (v) => { sel.value = v == null ? "" : String(!!v); } };
    }
    case "text":
    case "date":
    case "number": {
      const id = nextId(path);
      const long = f.kind === "text" && /info|reason|opinion|basis|description|result|conditions/.test(f.key);
      const input = long ? h("textarea", { id, rows: 2 })
        : h("input", { id, type: f.kind === "text" ? "text" : f.kind, min: f.min, max: f.max, "aria-required": f.required ? "true" : null });
      const el = h("div", { class: `field field-${f.kind}`, dataset: { path } },
        h("label", { for: id }, labelText(f, path, ctx), f.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null,
          " ", h("code", { class: "key" }, f.key)), input, msgsBox());
      const read = () => {
        const v = input.value;
        if (f.kind === "number") return v === "" ? undefined : Number(v);
        if (v.trim() === "") return f.nullable || !f.required ? undefined : "";
        return v;
      };
      return { el, read, write: (v) => { input.value = v ?? ""; } };
    }
    case "enum": {
      const id = nextId(path);
      const sel = h("select", { id }, h("option", { value: "" }, "— 未选 none"),
        f.options.map(([v, t]) => h("option", { value: v }, `${t} (${v})`)));
      const el = h("div", { class: "field field-enum", dataset: { path } },
        h("label", { for: id }, labelText(f, path, ctx), f.required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : null,
          " ", h("code", { class: "key" }, f.key)), sel, msgsBox());
      return { el, read: () => sel.value || (f.nullable ? null : undefined), write: (v) => { sel.value = v ?? ""; } };
    }
    case "multi": {
      const boxes = [];
      const el = h("fieldset", { class: "field field-multi", dataset: { path } },
        h("legend", {}, labelText(f, path, ctx), " ", h("code", { class: "key" }, f.key)), msgsBox(),
        f.options.map(([v, t]) => {
          const id = nextId(`${path}-${v}`);
          const box = h("input", { type: "checkbox", id, value: v });
          boxes.push(box);
          return h("div", { class: "opt", dataset: { value: v } }, box, " ", h("label", { for: id }, t, " ", h("code", { class: "key" }, v)), msgsBox());
        }));
      return { el, read: () => boxes.filter((b) => b.checked).map((b) => b.value), write: (v) => { for (const b of boxes) b.checked = (v ?? []).includes(b.value); } };
    }
    case "lines": {
      const id = nextId(path);
      const ta = h("textarea", { id, rows: 2, placeholder: "每行一项 one per line" });
      const el = h("div", { class: "field field-lines", dataset: { path } },
        h("label", { for: id }, labelText(f, path, ctx), "(每行一项 one per line) ", h("code", { class: "key" }, f.key)), ta, msgsBox());
      return { el, read: () => ta.value.split("\n").map((s) => s.trim()).filter(Boolean), write: (v) => { ta.value = (v ?? []).join("\n"); } };
    }
    case "group": {
      const kids = f.fields.map((sf) => [sf.key, render(sf, `${path}/${sf.key}`, ctx)]);
      const el = h("fieldset", { class: "group", dataset: { path } },
        h("legend", {}, labelText(f, path, ctx), " ", h("code", { class: "key" }, f.key)), msgsBox(), kids.map(([, c]) => c.el));
      const read = () => {
        const o = {};
        for (const [k, c] of kids) {
          const v = c.read();
          if (v !== undefined) o[k] = v;
        }
        // A nullable object left empty is not given.
        if (f.nullable && Object.values(o).every((v) => v === false || v === "" || v === null || (Array.isArray(v) && !v.length))) return undefined;
        return o;
      };
      return { el, read, write: (v) => { for (const [k, c] of kids) c.write(v?.[k]); } };
    }
    case "rows":
      return rowsComponent(f, path, ctx);
    case "variant":
      return variantComponent(f, path, ctx);
    case "link": {
      const id = nextId(path);
      const box = h("input", { type: "checkbox", id });
      const el = h("div", { class: "field field-link", dataset: { path } },
        box, " ", h("label", { for: id }, f.text, " ", h("code", { class: "key" }, f.key)), msgsBox());
      return { el, read: () => (box.checked ? ctx.readView(f.view) : undefined), write: (v) => { box.checked = !!v; } };
    }
    default: {
      const id = nextId(path);
      const ta = h("textarea", { id, rows: 3, placeholder: "JSON" });
      const el = h("div", { class: "field field-json", dataset: { path } },
        h("label", { for: id }, labelText(f, path, ctx), " (JSON) ", h("code", { class: "key" }, f.key)), ta, msgsBox());
      const read = () => {
        if (!ta.value.trim()) return undefined;
        try { return JSON.parse(ta.value); } catch { return ta.value; }
      };
      return { el, read, write: (v) => { ta.value = v === undefined ? "" : JSON.stringify(v); } };
    }
  }
}

function rowsComponent(f, path, ctx) {
  const rows = [];
  const list = h("div", { class: "rows-list" });
  const itemFields = f.item.kind === "group" ? f.item.fields : [{ ...f.item, key: "" }];
  const el = h("fieldset", { class: "field field-rows", dataset: { path } },
    h("legend", {}, labelText(f, path, ctx), " ", h("code", { class: "key" }, f.key)), msgsBox(), list);
  const renumber = () => rows.forEach((r, i) => {
    r.el.dataset.path = `${path}/${i}`;
    r.legend.textContent = `第${i + 1}项 item ${i + 1}`;
    r.remove.textContent = `删除第${i + 1}项 remove item ${i + 1}`;
    for (const [k, c] of r.kids) setPaths(c.el, `${path}/${i}${k ? `/${k}` : ""}`);
  });
  const add = () => {
    const kids = itemFields.map((sf) => [sf.key, render(sf, `${path}/${rows.length}${sf.key ? `/${sf.key}` : ""}`, ctx)]);
    const legend = h("legend", {});
    const remove = h("button", { type: "button", class: "remove-row" });
    const row = { kids, legend, remove, el: h("fieldset", { class: "row" }, legend, msgsBox(), h("div", { class: "row-fields" }, kids.map(([, c]) => c.el)), remove) };
    remove.addEventListener("click", () => {
      rows.splice(rows.indexOf(row), 1);
      row.el.remove();
      renumber();
      ctx.changed();
      addBtn.focus();
    });
    rows.push(row);
    list.append(row.el);
    renumber();
    wireDescriptions(row.el);
    return row;
  };
  const addBtn = h("button", { type: "button", class: "add-row" }, `+ 添加 add (${f.key})`);
  addBtn.addEventListener("click", () => {
    const row = add();
    ctx.changed();
    row.el.querySelector("input, select, textarea")?.focus();
  });
  el.append(addBtn);
  const readRow = (r) => {
    if (f.item.kind !== "group") return r.kids[0][1].read();
    const o = {};
    for (const [k, c] of r.kids) {
      const v = c.read();
      if (v !== undefined) o[k] = v;
    }
    return o;
  };
  return {
    el,
    read: () => rows.map(readRow),
    write: (v) => {
      for (const r of rows.splice(0)) r.el.remove();
      for (const item of v ?? []) {
        const r = add();
        if (f.item.kind === "group") for (const [k, c] of r.kids) c.write(item?.[k]);
        else r.kids[0][1].write(item);
      }
    },
  };
}

/** Moves a rendered field (and the fields inside it) to a new JSON Pointer. */
function setPaths(el, path) {
  const old = el.dataset.path;
  for (const sub of [el, ...el.querySelectorAll("[data-path]")]) {
    if (sub.dataset.path.startsWith(old)) sub.dataset.path = path + sub.dataset.path.slice(old.length);
  }
}

/** A tagged union: a select of the `type`, then the chosen variant's fields. */
function variantComponent(f, path, ctx) {
  const id = nextId(`${path}-type`);
  const sel = h("select", { id, class: "type-select" }, h("option", { value: "" }, "— 选择 choose"),
    f.variants.map((v) => h("option", { value: v.type }, `${v.type} — ${v.label.slice(0, 60)}`)));
  const typeField = h("div", { class: "field field-type", dataset: { path: `${path}/type` } },
    h("label", { for: id }, ctx.typeLabel ?? "类型 type", " ", h("code", { class: "key" }, "type")), sel,
    h("p", { class: "note variant-desc" }), msgsBox());
  const body = h("div", { class: "variant-fields" });
  const el = h("div", { class: "variant", dataset: { path: path || "" } }, typeField, body);
  let kids = [];
  const show = () => {
    const v = f.variants.find((x) => x.type === sel.value);
    typeField.querySelector(".variant-desc").textContent = v ? firstLine(v.desc) : "";
    kids = v ? v.fields.map((sf) => [sf.key, render(sf, `${path}/${sf.key}`, ctx)]) : [];
    body.replaceChildren(...kids.map(([, c]) => c.el));
    wireDescriptions(el);
  };
  sel.addEventListener("change", show);
  return {
    el,
    select: sel,
    read: () => {
      if (!sel.value) return undefined;
      const o = { type: sel.value };
      for (const [k, c] of kids) {
        const v = c.read();
        if (v !== undefined) o[k] = v;
      }
      return o;
    },
    write: (v) => {
      sel.value = v?.type ?? "";
      show();
      for (const [k, c] of kids) c.write(v?.[k]);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Findings next to their fields

function targetFor(root, path, fallback) {
  const targets = new Map([...root.querySelectorAll("[data-path]:not(.finding)")].map((e) => [e.dataset.path, e]));
  let p = path;
  while (p) {
    if (targets.has(p)) return [targets.get(p), path.slice(p.length)];
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return [targets.get("") ?? fallback, path];
}

function put(el, node, cls) {
  // A tagged union (`.variant`) has no box of its own: its type field's box stands for it.
  const msgs = el.matches(".msgs") ? el : el.querySelector(":scope > .msgs") ?? el.querySelector(".msgs");
  msgs.append(node);
  if (cls) el.classList.add(cls);
}

function clear(root) {
  for (const m of root.querySelectorAll(".msgs")) m.replaceChildren();
  for (const f of root.querySelectorAll(".has-blocking, .has-warning, .has-error, .has-match")) {
    f.classList.remove("has-blocking", "has-warning", "has-error", "has-match");
  }
}

// ---------------------------------------------------------------------------------------------
// Views

const views = new Map(); // id → {read, el}

/** Debounced update of one view; section[data-busy] is "1" until it has settled. */
function debounced(section, update, ms = 150) {
  let timer = null;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) { again = true; return; }
    running = true;
    try {
      do { again = false; await update(); } while (again);
    } finally {
      running = false;
      if (timer === null) section.dataset.busy = "0";
    }
  };
  return () => {
    section.dataset.busy = "1";
    clearTimeout(timer);
    timer = setTimeout(() => { timer = null; run(); }, ms);
  };
}

function viewShell(id, title, en, cite, lede) {
  const headingId = `${id}-title`;
  return h("section", { class: "view", id: `view-${id}`, "aria-labelledby": headingId, hidden: true, dataset: { view: id, busy: "1" } },
    h("h2", { id: headingId, tabindex: "-1" }, title, " ", h("small", {}, en), " ", citation(cite)),
    lede ? h("p", { class: "lede" }, lede) : null);
}

function dossierView(d, ctx) {
  const schema = new Schema(jsonSchema(d.schema));
  const section = viewShell(d.id, d.title, d.en, d.cite, d.lede);
  const summary = h("div", { class: "summary", id: `${d.id}-summary`, role: "status", "aria-live": "polite" });
  const general = h("div", { class: "msgs general", dataset: { path: "" } });
  const formEl = h("form", { class: "dossier-form", id: `${d.id}-form`, novalidate: true, autocomplete: "off", "aria-labelledby": `${d.id}-title` });
  const vctx = { ...ctx, labels: d.labels, linked: d.linked, order: d.order };
  const fields = schema.fields(schema.root, vctx).map((f) => [f.key, render(f, `/${f.key}`, vctx)]);
  const read = () => {
    const o = {};
    for (const [k, c] of fields) {
      const v = c.read();
      if (v !== undefined) o[k] = v;
    }
    return o;
  };
  const write = (v) => { for (const [k, c] of fields) c.write(v?.[k]); };
  formEl.append(...fields.map(([, c]) => c.el));
  const update = async () => {
    clear(section);
    let out;
    try {
      out = rules[d.check](read());
    } catch (e) {
      // A wrong shape names its JSON Pointer: shown next to that field.
      const m = String(e?.message_en ?? "").match(/at "(\/[^"]*)"/);
      const [el] = m ? targetFor(formEl, m[1], general) : [general];
      put(el, errorEl(e), "has-error");
      summary.replaceChildren(h("p", { class: "bad" }, "输入无法检查 the input cannot be checked"));
      markInvalid(formEl);
      return;
    }
    if (d.result === "priority") showPriority(out, formEl, summary);
    else if (d.result === "labels") showLabels(out, formEl, summary);
    else showReport(out, formEl, general, summary);
    markInvalid(formEl);
  };
  const schedule = debounced(section, update);
  vctx.changed = schedule;
  formEl.addEventListener("input", schedule);
  formEl.addEventListener("change", schedule);
  formEl.addEventListener("submit", (e) => { e.preventDefault(); schedule(); });
  const buttons = h("p", { class: "actions" },
    h("button", { type: "button", class: "load-example", onclick: () => { write(d.example); wireDescriptions(formEl); schedule(); } }, "填入示例 Load example"),
    " ", h("button", { type: "button", class: "clear-form", onclick: () => { write({}); schedule(); } }, "清空 Clear"));
  section.append(buttons, h("div", { class: "view-grid" }, formEl,
    h("aside", { class: "results" }, h("section", {}, h("h3", {}, "检查结果 ", h("small", {}, "Findings")), summary, general))));
  wireDescriptions(formEl);
  views.set(d.id, { read, write, schedule, el: section });
  return section;
}

function showReport(report, formEl, general, summary) {
  for (const f of report.findings) {
    const [el, rest] = targetFor(formEl, f.path, general);
    put(el, findingEl(f, rest, el), f.severity === "blocking" ? "has-blocking" : "has-warning");
  }
  const blocking = report.findings.filter((f) => f.severity === "blocking").length;
  const warnings = report.findings.length - blocking;
  summary.dataset.passed = String(report.passed);
  summary.dataset.blocking = String(blocking);
  summary.dataset.warnings = String(warnings);
  const extra = [];
  if (report.rejection_grounds?.length) extra.push(h("p", {}, "不予通过的情形 grounds: ", report.rejection_grounds.join(", ")));
  if (report.unmet_conditions?.length) extra.push(h("p", {}, "未满足的验收条件 unmet conditions: ", report.unmet_conditions.join(", ")));
  summary.replaceChildren(report.passed
    ? h("p", { class: "ok" }, "✓ 无阻断性发现", h("br"), h("span", { class: "en" }, `No blocking findings${warnings ? `; ${warnings} warning(s)` : ""}.`))
    : h("p", { class: "bad" }, `✗ ${blocking} 项必须补正`, warnings ? `,${warnings} 项提示` : "", h("br"),
      h("span", { class: "en" }, `${blocking} blocking finding(s)${warnings ? `, ${warnings} warning(s)` : ""} — shown next to the fields.`)), ...extra);
}

function showPriority(res, formEl, summary) {
  for (const m of res.matches) {
    for (const field of m.because) {
      const [el] = targetFor(formEl, `/${field}`, formEl);
      put(el, h("p", { class: "finding match", dataset: { code: `priority_${m.article.item}` } },
        "✓ 优先实施 priority ", citation(m.article)), "has-match");
    }
  }
  summary.dataset.priority = String(res.priority);
  summary.replaceChildren(res.priority
    ? h("p", { class: "ok" }, `✓ 优先实施:${res.categories.map(citeZh).join("、")}`, h("br"), h("span", { class: "en" }, `Priority: ${res.categories.map((c) => `Art. 22(${c.item})`).join(", ")}.`))
    : h("p", { class: "muted" }, "不属于第二十二条所列优先实施的情形。", h("span", { class: "en" }, " No item of Art. 22 applies.")));
}

function showLabels(res, formEl, summary) {
  for (const a of res.actions) {
    const opt = formEl.querySelector(`.opt[data-value="${a.label}"]`);
    put(opt, h("p", { class: `finding ${a.mandatory ? "warning" : "match"}`, dataset: { code: a.action } },
      h("span", { class: "sev" }, a.mandatory ? "应当 shall" : "可以 may"), " ", citation(a.article), " ", a.message_zh, " ",
      h("span", { class: "en" }, a.message_en)), "has-match");
  }
  summary.dataset.actions = String(res.actions.length);
  summary.replaceChildren(res.actions.length
    ? h("p", {}, `${res.actions.length} 项措施 action(s)`, "(", res.actions.filter((a) => a.mandatory).length, " 项应当 mandatory)")
    : h("p", { class: "muted" }, "未选择标签。", h("span", { class: "en" }, " No label chosen.")));
}

// ---------------------------------------------------------------------------------------------
// The event log

/** The fields a refusal without a JSON Pointer is about, by its code (the first the event has). */
const NO_POINTER_FIELDS = {
  event_out_of_order: ["date"],
  exception_basis_required: ["exception", "basis", "leading_group_consent"],
  conditions_not_met: ["conditions", "trial_run_passed", "documents", "channel", "other_reason", "disposal"],
};

/** Where a refusal belongs: the JSON Pointer its message names, else the field its code is about, else the type. */
export function refusalPath(e, fields) {
  const m = String(e?.message_en ?? "").match(/at "(\/[^"]*)"/);
  if (m) return m[1];
  const key = (NO_POINTER_FIELDS[e?.code] ?? []).find((k) => fields.has(k));
  return key ? `/${key}` : "/type";
}

function eventsView(ctx) {
  const root = jsonSchema("project_events");
  const schema = new Schema(root);
  const section = viewShell("events", "项目事件记录", "Project event log", { article: 19 },
    "逐条录入项目事件,每条由流程规则判断是否接受;被拒绝的事件不改变项目(显示代码、条款和原因)。Enter the project's events one by one: each is accepted or refused (code, article, message) and a refused one leaves the project unchanged.");
  const vctx = { ...ctx, typeLabel: "事件类型 event type", linked: { JointReview: ["joint-review", "附上“联合评审”页的评审内容 attach the joint-review view's dossier"], PlanningDossier: ["planning", "附上“开发方案”页的开发方案 attach the planning view's dossier"] } };
  // Events, then corrections and voids (Entry_Event: an event, or a correction or void of an earlier entry).
  const eventSpec = schema.spec(root.$defs.Event, "event", vctx);
  const amendments = root.$defs.Entry_Event.anyOf.filter((x) => x.properties?.type?.const).map((o) => schema.variant(o, vctx));
  const entrySpec = { ...eventSpec, variants: [...eventSpec.variants, ...amendments] };

  // Project settings
  const kindSpec = schema.spec(root.properties.kind, "kind", vctx);
  const idId = nextId("project-id");
  const kindId = nextId("project-kind");
  const secretId = nextId("secret");
  const asOfId = nextId("as-of");
  const setup = h("fieldset", { class: "group project-setup" }, h("legend", {}, "项目 project"),
    h("div", { class: "field field-text", dataset: { key: "id" } }, h("label", { for: idId }, "项目编号 project id"), h("input", { id: idId, type: "text", value: "P-1" })),
    h("div", { class: "field field-enum", dataset: { key: "kind" } }, h("label", { for: kindId }, "项目类型 kind"),
      h("select", { id: kindId }, kindSpec.options.map(([v, t]) => h("option", { value: v }, `${t} (${v})`)))),
    h("div", { class: "field field-check", dataset: { key: "secret" } }, h("input", { type: "checkbox", id: secretId }), " ",
      h("label", { for: secretId }, "涉密应用 secret-related application (第二条)")),
    h("div", { class: "field field-date", dataset: { key: "as_of" } }, h("label", { for: asOfId }, "查询日期 as of"), h("input", { id: asOfId, type: "date", value: todayIso() })));
  const [idIn, kindSel, secretBox, asOfIn] = [idId, kindId, secretId, asOfId].map((i) => setup.querySelector(`#${i}`));

  const entry = variantComponent(entrySpec, "", vctx);
  const preview = h("div", { class: "preview", id: "events-preview", role: "status", "aria-live": "polite" });
  const recordBtn = h("button", { type: "submit", class: "record" }, "记录事件 Record event");
  const formEl = h("form", { class: "event-form", id: "events-form", novalidate: true, autocomplete: "off", "aria-labelledby": "events-form-title" },
    h("h3", { id: "events-form-title" }, "新事件 ", h("small", {}, "New event")), entry.el, preview, h("p", {}, recordBtn));
  const log = h("ol", { class: "event-log", id: "event-log" });
  const logLive = h("div", { class: "summary", id: "events-summary", role: "status", "aria-live": "polite" });
  const statusEl = h("div", { id: "events-status" });
  const timelineEl = h("div", { id: "events-timeline", class: "timeline" });
  const sourceEl = h("pre", { id: "events-timeline-source" });
  const recordEl = h("pre", { id: "events-record" });

  let record = null;
  const application = () => ({ secret: secretBox.checked });
  const reset = () => {
    record = { schema: 2, id: idIn.value.trim() || "P-1", kind: kindSel.value, events: [] };
    log.replaceChildren();
    logLive.replaceChildren(h("p", { class: "muted" }, "尚无事件。", h("span", { class: "en" }, " No events yet.")));
  };
  /** Applies `ev` to a copy of the record: [newRecord, null] or [null, error]. */
  const tryApply = (ev) => {
    let p;
    try {
      p = rules.Project.fromJson(record, { application: application() });
      p.apply(ev);
      return [p.toJSON(), null];
    } catch (e) {
      return [null, e];
    } finally {
      p?.free();
    }
  };
  const fieldsOf = (ev) => new Set(Object.keys(ev ?? {}).concat(
    entrySpec.variants.find((v) => v.type === ev?.type)?.fields.map((f) => f.key) ?? []));

  const validate = async () => {
    clear(formEl);
    const ev = entry.read();
    if (!ev) {
      preview.dataset.answer = "";
      preview.replaceChildren(h("p", { class: "muted" }, "选择事件类型。", h("span", { class: "en" }, " Choose the event type.")));
    } else if (!ev.date) {
      // Not yet dated: nothing to answer yet (an empty date is not an error while filling in).
      preview.dataset.answer = "";
      preview.replaceChildren(h("p", { class: "muted" }, "填写事件日期。", h("span", { class: "en" }, " Enter the event's date.")));
    } else {
      const [, e] = tryApply(ev);
      preview.dataset.answer = e ? "refused" : "accepted";
      if (e) {
        const [el, rest] = targetFor(formEl, refusalPath(e, fieldsOf(ev)), formEl.querySelector('[data-path="/type"]'));
        const node = errorEl(e);
        if (rest) node.append(" ", h("code", { class: "rest" }, rest));
        put(el, node, "has-error");
        preview.replaceChildren(h("p", { class: "bad" }, "将被拒绝 would be refused: ", h("code", {}, e.code ?? "error"), " ", citation(e.article)));
      } else {
        preview.replaceChildren(h("p", { class: "ok" }, "✓ 将被接受 would be accepted"));
      }
    }
    markInvalid(formEl);
  };
  const scheduleValidate = debounced(section, validate);

  const showProject = async () => {
    recordEl.textContent = JSON.stringify(record, null, 1);
    statusEl.dataset.state = "";
    let p;
    try {
      p = rules.Project.fromJson(record, { application: application() });
      const asOf = asOfIn.value;
      if (asOf) {
        const s = p.status(asOf);
        statusEl.dataset.state = s.state;
        statusEl.replaceChildren(...statusView(s));
      } else statusEl.replaceChildren(h("p", { class: "muted" }, "填写查询日期。 Enter the as-of date."));
      const text = record.events.length ? p.timelineMermaid() : "";
      await renderMermaid(timelineEl, sourceEl, text, ["记录事件后显示时间线。", h("span", { class: "en" }, " Record events to see the timeline.")]);
    } catch (e) {
      statusEl.replaceChildren(errorEl(e));
    } finally {
      p?.free();
    }
  };
  const scheduleProject = debounced(section, showProject);

  const submit = () => {
    const ev = entry.read();
    if (!ev) { entry.select.focus(); return; }
    const [next, e] = tryApply(ev);
    const n = log.children.length;
    let li;
    if (e) {
      const [zh, en] = errorText(e);
      li = h("li", { class: "refused", dataset: { answer: "refused", type: ev.type, code: e.code ?? "error" } },
        h("span", { class: "tag refused" }, "拒绝 refused"), " ", h("code", {}, ev.type), " ", ev.date ?? "", " ",
        h("code", { class: "code" }, e.code ?? "error"), " ", citation(e.article), h("br"), zh, " ", h("span", { class: "en" }, en));
      logLive.replaceChildren(h("p", { class: "bad" }, `第${n + 1}条 ${ev.type} 被拒绝 refused: ${e.code ?? "error"} ${citeZh(e.article)}`));
    } else {
      record = next;
      const index = record.events.length - 1;
      li = h("li", { class: "accepted", dataset: { answer: "accepted", type: ev.type, index: String(index) } },
        h("span", { class: "tag accepted" }, "接受 accepted"), " ", h("code", {}, ev.type), " ", ev.date ?? "",
        h("span", { class: "muted" }, ` → 记录 #${index} stored entry #${index}`));
      logLive.replaceChildren(h("p", { class: "ok" }, `第${n + 1}条 ${ev.type} 已接受 accepted (#${index})`));
      // Ready for the next event: same type, same date (events are entered in date order).
      entry.write({ type: ev.type, date: ev.date });
    }
    log.append(li);
    scheduleValidate();
    scheduleProject();
  };
  formEl.addEventListener("submit", (e) => { e.preventDefault(); submit(); });
  formEl.addEventListener("input", scheduleValidate);
  formEl.addEventListener("change", scheduleValidate);
  vctx.changed = scheduleValidate;
  for (const el of [idIn, kindSel]) el.addEventListener("change", () => { reset(); scheduleValidate(); scheduleProject(); });
  secretBox.addEventListener("change", () => { scheduleValidate(); scheduleProject(); });
  asOfIn.addEventListener("input", scheduleProject);
  reset();

  section.append(h("div", { class: "view-grid" },
    h("div", {}, h("form", { class: "setup-form", id: "events-setup", "aria-label": "项目 project", onsubmit: (e) => e.preventDefault() }, setup), formEl),
    h("aside", { class: "results" },
      h("section", {}, h("h3", {}, "记录 ", h("small", {}, "Log (accepted and refused)")), logLive, log),
      h("section", {}, h("h3", {}, "状态与期限 ", h("small", {}, "Status and deadlines")), statusEl),
      h("section", {}, h("h3", {}, "时间线 ", h("small", {}, "Timeline")), timelineEl,
        h("details", {}, h("summary", {}, "Mermaid 源码 source"), sourceEl),
        h("details", {}, h("summary", {}, "项目记录 JSON record"), recordEl)))));
  wireDescriptions(formEl);
  views.set("events", { el: section, schedule: () => { scheduleValidate(); scheduleProject(); }, read: () => record, entry });
  return section;
}

// ---------------------------------------------------------------------------------------------
// Navigation (hash → view) and start-up

export function setupForms({ readPlanning }) {
  const ctx = { readView: (id) => (id === "planning" ? readPlanning() : views.get(id)?.read()) };
  const main = document.querySelector("main");
  for (const d of DOSSIERS) main.append(dossierView(d, ctx));
  main.append(eventsView(ctx));
  const show = (focus) => {
    const id = (location.hash || "#planning").slice(1);
    const target = document.getElementById(`view-${id}`) ? id : "planning";
    for (const v of document.querySelectorAll("section.view")) v.hidden = v.dataset.view !== target;
    for (const a of document.querySelectorAll("nav.views a")) {
      if (a.getAttribute("href") === `#${target}`) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
    views.get(target)?.schedule();
    if (focus) document.getElementById(`view-${target}`)?.querySelector("h2")?.focus();
  };
  window.addEventListener("hashchange", () => show(true));
  show(false);
  for (const id of views.keys()) views.get(id).schedule();
  return { views, DOSSIERS };
}
