// Shared by the demo page's views (app.js: the planning dossier; forms.js: the other dossiers and
// the event log): DOM helpers, citations, findings and errors, and the status view.
import * as rules from "../pkg/web/fuling_rules_wasm.js";
// The states' and 第七条's stages' Chinese names, generated from the core (State::zh, LifecycleStage::zh).
import { stageNames, stateNames } from "../pkg/regulation.mjs";

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") {
      for (const [dk, dv] of Object.entries(v)) if (dv !== undefined && dv !== null) el.dataset[dk] = dv;
    }
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const CN_DIGITS = "零一二三四五六七八九";
export function cnNumber(n) {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? CN_DIGITS[n % 10] : "");
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? CN_DIGITS[n % 10] : "");
  return String(n);
}
/** `{article: 16, item: 1}` → "第十六条(一)". */
export function citeZh(c) {
  if (!c) return "";
  return `第${cnNumber(c.article)}条` + (c.item ? `(${cnNumber(c.item)})` : "");
}
/** `{article: 16, item: 1}` → "Art. 16(1)". */
export function citeEn(c) {
  if (!c) return "";
  return `Art. ${c.article}` + (c.item ? `(${c.item})` : "");
}
export function citation(c) {
  return c ? h("span", { class: "cite", title: citeEn(c) }, citeZh(c)) : null;
}

export function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Sets `value` at JSON Pointer `ptr` in `obj`, creating objects on the way. */
export function setPtr(obj, ptr, value) {
  const parts = ptr.split("/").slice(1);
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p] ??= {};
  o[parts.at(-1)] = value;
}
export function getPtr(obj, ptr) {
  let o = obj;
  for (const p of ptr.split("/").slice(1)) {
    if (o === undefined || o === null) return undefined;
    o = o[p];
  }
  return o;
}

export function errorText(e) {
  if (e && e.name === "RulesError") return [e.message_zh, e.message_en];
  return [String(e && e.message ? e.message : e), ""];
}


export function findingEl(f, rest, target) {
  // Inside a one-item-per-line field, `/2/relation` is the third line.
  const line = rest.match(/^\/(\d+)(?:\/|$)/);
  const where = line && target.matches?.(".field-lines, .field-pairs")
    ? h("span", { class: "rest" }, `第${Number(line[1]) + 1}行 line ${Number(line[1]) + 1}`)
    : rest ? h("code", { class: "rest" }, rest) : null;
  return h("p", { class: `finding ${f.severity}`, dataset: { code: f.code, path: f.path } },
    h("span", { class: "sev" }, f.severity === "blocking" ? "必须 blocking" : "提示 warning"), " ",
    citation(f.article), " ", f.message_zh, " ",
    h("span", { class: "en" }, f.message_en), where);
}

export function errorEl(e, cls = "error") {
  const [zh, en] = errorText(e);
  return h("p", { class: `finding ${cls}`, dataset: { code: e?.code ?? "error" } },
    h("span", { class: "sev" }, "错误 error"), " ", citation(e?.article), " ", zh, " ", h("span", { class: "en" }, en));
}


export function explanationSentences(ex) {
  if (!ex) return [null, null];
  if (ex.sentence_zh) return [ex.sentence_zh, ex.sentence_en];
  try {
    const full = rules.explainDueDate(ex.start, ex.period);
    return [full.sentence_zh, full.sentence_en];
  } catch {
    return [null, null];
  }
}

export function statusView(s) {
  const out = [h("p", { class: "state" }, "当前状态 state: ", h("b", {}, stateNames[s.state] ?? s.state), " ",
    h("code", {}, s.state), ` · 阶段 stage: ${stageNames[s.stage] ?? ""} ${s.stage} · 截至 as of ${s.as_of}`)];
  if (s.obligations.length === 0) {
    out.push(h("p", { class: "muted" }, "当前没有未履行的期限。", h("span", { class: "en" }, " No open deadlines.")));
  } else {
    const sorted = [...s.obligations].sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999"));
    out.push(h("ol", { class: "obligations" }, sorted.map((o) => {
      const [zh, en] = explanationSentences(o.explanation);
      return h("li", { class: o.overdue ? "overdue" : "", dataset: { id: o.id, due: o.due ?? "", overdue: String(o.overdue) } },
        h("div", { class: "ob-head" },
          h("b", {}, o.what_zh), " ", citation(o.article), " ",
          o.due ? h("span", { class: "due" }, `期限 due ${o.due}`) : h("span", { class: "due none" }, o.error ? "超出日历范围 outside calendar" : "无固定期限 no period"),
          o.overdue ? h("span", { class: "tag overdue" }, "已逾期 overdue") : null),
        h("div", { class: "en" }, o.what_en),
        zh ? h("div", { class: "why" }, "计算:", zh, h("br"), h("span", { class: "en" }, en)) : null,
        o.error ? h("div", { class: "why" }, o.error.message_zh ?? o.error.code) : null,
        h("div", { class: "consequence" }, "后果:", o.consequence_zh, " ", h("span", { class: "en" }, o.consequence_en)));
    })));
  }
  if (s.met_late?.length) {
    out.push(h("p", { class: "late" }, "逾期完成 met late: ",
      s.met_late.map((m) => `${m.id}(期限 ${m.due},完成 ${m.met_on})`).join(";")));
  }
  if (s.exceptions?.length) {
    out.push(h("p", { class: "exceptions" }, "例外 exceptions: ", s.exceptions.map((x) => JSON.stringify(x)).join(";")));
  }
  if (s.labels?.length) out.push(h("p", { class: "labels" }, "标签 labels: ", s.labels.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("、")));
  if (s.corrections?.length) {
    out.push(h("div", { class: "corrections" }, h("p", {}, "更正与撤销 corrections and voids:"),
      h("ul", {}, s.corrections.map((c) => h("li", { dataset: { kind: c.kind, index: String(c.index), target: String(c.target) } },
        `#${c.index} ${c.kind === "void" ? "撤销 void" : "更正 correction"} → #${c.target}`,
        c.event !== c.target ? `(事件 event #${c.event})` : "", ` ${c.date}:${c.reason}`)))));
  }
  if (s.warnings?.length) out.push(h("p", { class: "late" }, "提示 warnings: ", s.warnings.map((w) => w.message_zh ?? w.code ?? JSON.stringify(w)).join(";")));
  return out;
}

/**
 * Renders the library's Mermaid text as SVG into `el` (the source into `sourceEl`); `el.dataset.rendered`
 * is "svg", "none" (no text) or "error". A newer call for the same element supersedes an older one.
 */
let mermaidSeq = 0;
export async function renderMermaid(el, sourceEl, text, emptyNote) {
  if (sourceEl) sourceEl.textContent = text;
  if (el._mermaidText === text) return;
  el._mermaidText = text;
  if (!text) {
    el.dataset.rendered = "none";
    el.replaceChildren(h("p", { class: "muted" }, ...emptyNote));
    return;
  }
  try {
    const { svg } = await window.mermaid.render(`mermaid-svg-${++mermaidSeq}`, forDisplay(text));
    if (el._mermaidText !== text) return;
    el.innerHTML = svg;
    el.dataset.rendered = "svg";
  } catch (e) {
    el.dataset.rendered = "error";
    el.replaceChildren(h("p", { class: "finding error" }, "时间线无法渲染 timeline could not be rendered: ", String(e?.message ?? e)));
  }
}

/**
 * Accessibility wiring: every `.msgs` box gets an id, and the controls it describes (those whose
 * nearest field container is the box's parent) get it in `aria-describedby`.
 */
let msgSeq = 0;
const CONTAINER = ".field, fieldset, .row, .opt";
export function wireDescriptions(root) {
  for (const msgs of root.querySelectorAll(".msgs")) {
    if (!msgs.id) msgs.id = `msgs-${++msgSeq}`;
    const owner = msgs.parentElement;
    for (const c of owner.querySelectorAll("input, select, textarea")) {
      if (c.closest(CONTAINER) !== owner && !(owner.matches("fieldset.field") && c.closest(CONTAINER)?.matches(".opt") && c.closest(".opt").parentElement.closest(CONTAINER) === owner)) continue;
      const ids = new Set((c.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
      ids.add(msgs.id);
      c.setAttribute("aria-describedby", [...ids].join(" "));
    }
  }
}

/** Marks the controls a finding box describes as invalid (aria-invalid), or clears the mark. */
export function markInvalid(root) {
  for (const c of root.querySelectorAll("[aria-invalid]")) c.removeAttribute("aria-invalid");
  for (const msgs of root.querySelectorAll(".msgs")) {
    if (!msgs.querySelector(".finding.blocking, .finding.error")) continue;
    for (const c of root.querySelectorAll(`[aria-describedby~="${msgs.id}"]`)) c.setAttribute("aria-invalid", "true");
  }
}

/**
 * Display only: picks the axis ticks and their format from the time span, so the dates on the
 * axis do not overlap in the narrow panel (the library's text uses `axisFormat %Y-%m-%d` and
 * mermaid's automatic ticks). The text shown under "Mermaid 源码" is the library's, unchanged.
 */
export function forDisplay(text) {
  const dates = (text.match(/\d{4}-\d{2}-\d{2}/g) ?? []).map((d) => Date.parse(d)).filter(Number.isFinite);
  if (dates.length < 2) return text;
  const days = (Math.max(...dates) - Math.min(...dates)) / 86400000;
  const tick = days <= 16 ? "1day" : days <= 70 ? "1week" : days <= 140 ? "2week" : days <= 400 ? "1month" : "3month";
  const format = days <= 400 ? "%m-%d" : "%Y-%m";
  return text.replace(/^(\s*)axisFormat .*$/m, `$1axisFormat ${format}\n$1tickInterval ${tick}`);
}
