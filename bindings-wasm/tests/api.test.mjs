// The JS API: names, shapes, RulesError, BigInt amounts, options objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { api, repo, thrown } from "./helpers.mjs";

test("error codes equal the Rust list (core/src/error.rs) and the TypeScript union", () => {
  const src = readFileSync(join(repo, "core", "src", "error.rs"), "utf8");
  // One row per code in the `error_codes!` table: `Variant = "code", article;`, in ALL order.
  const table = src.slice(src.indexOf("\nerror_codes! {"), src.indexOf("\n}\n", src.indexOf("\nerror_codes! {")));
  const rust = [...table.matchAll(/^\s+[A-Z]\w* = "([a-z_]+)",/gm)].map((m) => m[1]);
  assert.ok(rust.length >= 20);
  assert.deepEqual(api.errorCodes(), rust);
  const dts = readFileSync(new URL("../pkg/node/fuling_rules_wasm.d.ts", import.meta.url), "utf8");
  const union = dts.slice(dts.indexOf("export type ErrorCode ="), dts.indexOf(";", dts.indexOf("export type ErrorCode =")));
  assert.deepEqual([...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]).sort(), [...rust].sort());
});

test("the .d.ts has no `any`", () => {
  // The type `any`, not the word in a doc comment ("the filter applied, if any").
  const dts = readFileSync(new URL("../pkg/node/fuling_rules_wasm.d.ts", import.meta.url), "utf8");
  assert.equal(dts.replace(/\/\*[\s\S]*?\*\//g, "").match(/\bany\b/g), null);
});

test("calendar functions take and return ISO strings", () => {
  assert.equal(api.addWorkingDays("2025-09-30", 5), "2025-10-14");
  assert.equal(api.subWorkingDays("2025-10-14", 5), "2025-09-30");
  assert.equal(api.isWorkingDay("2025-09-28"), true);
  assert.equal(api.nextWorkingDay("2025-10-01"), "2025-10-09");
  assert.equal(api.workingDaysBetween("2025-09-30", "2025-10-14"), 5);
  assert.equal(api.dueDate("2025-09-30", { unit: "working_days", count: 5 }), "2025-10-14");
  assert.equal(api.dueDate("2025-09-30", '{"unit":"working_days","count":5}'), "2025-10-14");
  const e = api.explainDueDate("2025-09-30", { unit: "working_days", count: 5 });
  assert.equal(e.due, "2025-10-14");
  assert.ok(e.sentence_en.includes("Saturday 10-11 worked"), e.sentence_en);
  assert.ok(e.sentence_zh.length > 0);
  assert.ok(e.skipped.every((d) => typeof d.date === "string" && "working" in d));
});

test("Calendar class: official, custom from JSON, passed as an argument and in options", () => {
  const off = api.Calendar.official();
  assert.match(off.coverage.first, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(off.addWorkingDays("2025-09-30", 5), "2025-10-14");
  const local = api.Calendar.fromJson({
    format: 1,
    version: "local-1",
    days: [{ date: "2025-10-13", type: "holiday", name: "区级停工日" }],
  });
  assert.ok(local.version.endsWith("+local-1"));
  assert.equal(local.isWorkingDay("2025-10-13"), false);
  assert.equal(api.addWorkingDays("2025-09-30", 5, local), "2025-10-15");
  assert.equal(api.addWorkingDays("2025-09-30", 5), "2025-10-14");
  assert.equal(local.dayInfo("2025-10-13").kind, "holiday");
  const e = thrown(() => api.Calendar.fromJson({ format: 2 }));
  assert.equal(e.name, "RulesError");
  assert.equal(thrown(() => api.addWorkingDays("2025-09-30", 5, { handle: 1 })).name, "TypeError");
  // A freed Calendar is a TypeError in the module functions (not wasm-bindgen's null pointer error).
  const freed = api.Calendar.official();
  freed.free();
  for (const call of [() => api.addWorkingDays("2025-09-30", 5, freed), () => api.isWorkingDay("2025-09-30", freed)]) {
    const e = thrown(call);
    assert.equal(e.name, "TypeError");
    assert.match(e.message, /^calendar must be a Calendar/);
  }
});

test("RulesError has name, code, article, message_zh, message_en", () => {
  const e = thrown(() => api.addWorkingDays("2099-01-01", 1));
  assert.ok(e instanceof Error);
  assert.equal(e.name, "RulesError");
  assert.equal(e.code, "calendar_out_of_range");
  assert.equal(e.article, null);
  assert.ok(e.message_zh.length > 0 && e.message_en.length > 0);
  assert.equal(thrown(() => api.isWorkingDay("2025-02-30")).code, "invalid_date");
  const p = new api.Project("p1", "development");
  p.apply({ type: "ledgered", date: "2025-09-01" });
  const refused = thrown(() => p.apply({ type: "joint_review_passed", date: "2025-09-02" }));
  assert.equal(refused.name, "RulesError");
  assert.ok(refused.article === null || typeof refused.article.article === "number");
});

test("amounts are BigInt fen or strings, never JS numbers", () => {
  const a = api.Amount.parse("伍佰万元整");
  assert.equal(a.fen, 500000000n);
  assert.equal(a.toYuanString(), "5000000.00");
  assert.equal(a.toChineseUppercase(), "人民币伍佰万元整");
  assert.equal(JSON.stringify({ a }), '{"a":"5000000.00"}');
  assert.equal(api.Amount.fromFen(499999999n).toYuanString(), "4999999.99");
  assert.equal(api.requiresMunicipalFiling("4,999,999.99"), false);
  assert.equal(api.requiresMunicipalFiling("5,000,000"), true);
  assert.equal(api.requiresMunicipalFiling(api.Amount.fromFen(500000000n)), true);
  assert.equal(thrown(() => api.requiresMunicipalFiling(5000000)).name, "TypeError");
  assert.equal(thrown(() => api.Amount.fromFen(5)).name, "TypeError");
  assert.equal(thrown(() => api.Amount.fromFen(-1n)).code, "amount_negative");
  assert.equal(thrown(() => api.Amount.fromFen(2n ** 70n)).code, "amount_overflow");
  assert.equal(thrown(() => api.Amount.parse("")).code, "amount_empty");
  const rules = api.defaultRuleset();
  rules.municipal_filing.threshold = "1000万元";
  assert.equal(api.requiresMunicipalFiling("500万元", rules), false);
});

test("Project: fromJson, apply, status with options, toJson round trip, Mermaid", () => {
  const p = new api.Project("demo", "development");
  p.apply({ type: "ledgered", date: "2025-09-01" });
  p.apply({ type: "funding_plan_submitted", date: "2025-09-30", amount: "520万元" });
  assert.equal(p.state, "funding_plan_submitted");
  const s = p.status("2025-10-15", { calendar: api.Calendar.official(), ruleset: api.defaultRuleset() });
  const o = s.obligations[0];
  assert.equal(o.id, "lead_department_opinion");
  assert.equal(o.due, "2025-10-14");
  assert.equal(o.overdue, true);
  assert.equal(o.explanation.due, "2025-10-14");
  const back = api.Project.fromJson(p.toJson());
  assert.equal(back.toJson(), p.toJson());
  assert.deepEqual(JSON.parse(JSON.stringify(p)), JSON.parse(p.toJson()));
  assert.match(p.timelineMermaid(), /gantt/);
  assert.match(api.processMermaid(), /stateDiagram-v2/);
});

test("checks return findings with paths; unknown names are RulesError", () => {
  const r = api.checkCatalog({ development_completed: false });
  assert.equal(r.findings.length, 5);
  assert.ok(r.findings.every((f) => typeof f.path === "string" && typeof f.code === "string"));
  assert.equal(thrown(() => api.runCheck("nope", {})).code, "unknown_name");
  assert.equal(thrown(() => api.checkCatalog({ development_completed: "yes" })).code, "invalid_input");
  assert.ok(api.checkNames().includes("planning_dossier"));
});
