// Records (docs/records.md): application records, corrections, rules in force, and the
// schema-1 migration replayed on every process scenario's project, as in
// tests/tests/migration.rs and bindings-python/tests/test_records.py.
import { test } from "node:test";
import assert from "node:assert/strict";
import { api, office, scenarios, thrown } from "./helpers.mjs";

// ApplicationRecord and Project.statusIn are in the cargo feature `records` of bindings-wasm.
const records = { skip: api.ApplicationRecord === undefined && "built without the records feature" };

// The feature records is on by default (bindings-wasm/Cargo.toml): the package scripts/test
// builds has the same record API as Rust and Python, so the tests below never skip there. The
// batch migration `migrate` is a back-office operation: the optional module fuling-rules/office,
// not the main module (which still loads one schema-1 record, Project.fromJson).
test("the default package carries the records API; migrate is the office module's", () => {
  assert.equal(typeof api.ApplicationRecord, "function");
  assert.equal(api.migrate, undefined);
  assert.equal(typeof office.migrate, "function");
});

// The deliberate differences of tests/tests/migration.rs (EXPECTED_DIFFERENCES, docs/records.md).
// The list is exact: each listed scenario does differ.
const DIFFERENT = new Set([
  "process-71-deregistration-during-trial-run-refused.json",
]);

function schema1Record(doc) {
  const project = api.Project.fromJson(doc.project);
  const record = structuredClone(doc.project);
  for (const event of doc.events ?? []) {
    if (thrown(() => project.apply(event)) === null) record.events.push(event);
  }
  return record;
}

test("every process scenario's project migrates to the same answers", records, () => {
  const failures = [];
  for (const [name, doc] of scenarios()) {
    // The schema-1 corpus: scenarios with a schema-2 project (process-106 on) are not part of it.
    if (doc.type !== "process" || doc.project.schema !== 1) continue;
    const diffs = [];
    const v1 = schema1Record(doc);
    const old = api.Project.fromJson(v1).status(doc.as_of);
    const report = office.migrate([v1]);
    if (report.refused.length || report.conflicts.length) {
      failures.push(`${name}: ${JSON.stringify(report.refused)} ${JSON.stringify(report.conflicts)}`);
      continue;
    }
    const app = api.ApplicationRecord.fromJson(report.applications[0]);
    const project = api.Project.fromJson(report.projects[0].project, { application: app.toJSON() });
    const now = project.statusWith(app, doc.as_of);
    const appStatus = app.status(doc.as_of);
    const state = appStatus.state === "registered" ? now.state : appStatus.state;
    if (state !== old.state) diffs.push(`${name}: state ${old.state} became ${state}`);
    const key = (o) => `${o.id} ${o.due} ${o.overdue}`;
    const before = old.obligations.map(key).sort();
    const after = [...now.obligations, ...appStatus.obligations].map(key).sort();
    if (JSON.stringify(before) !== JSON.stringify(after)) diffs.push(`${name}: obligations ${before} became ${after}`);
    if (!DIFFERENT.has(name)) failures.push(...diffs);
    else if (diffs.length === 0) failures.push(`${name}: listed as different but is not`);
  }
  assert.deepEqual(failures, []);
});

test("application record: deregistration, refusal leaves it unchanged, corrections", records, () => {
  const app = new api.ApplicationRecord({ id: "APP-RIVER", name: "涪陵区智慧河长" });
  app.apply({ type: "released", date: "2025-03-05", channel: "yu_kuai_ban" });
  const disposal = { shared_data: "done", history_data: "handled", components: "done", channels: "not_applicable" };
  app.apply({ type: "deregistration_applied", date: "2025-09-19", reason: "stagnant", disposal });
  app.apply({ type: "deregistration_approved", date: "2025-09-26" });
  // 第四十二条: 09-28 (Sunday, worked), 09-29, 09-30, 10-09, 10-10.
  let s = app.status("2025-10-11");
  assert.deepEqual([s.state, s.obligations[0].due, s.overdue], ["deregistration_approved", "2025-10-10", ["deregistration_completion"]]);
  app.apply({ type: "correction", date: "2025-10-11", replaces: 2, reason: "日期录错", event: { type: "deregistration_approved", date: "2025-09-30" } });
  s = app.status("2025-10-11");
  assert.equal(s.obligations[0].due, "2025-10-14"); // 10-09, 10-10, Saturday 10-11 (worked), 10-13, 10-14
  assert.equal(s.corrections[0].reason, "日期录错");
  const before = app.toJson();
  const e = thrown(() => app.apply({ type: "deregistered", date: "2025-10-13" }));
  assert.equal(e.code, "conditions_not_met"); // 第四十一条(四): released on 渝快办
  assert.equal(app.toJson(), before);
  app.apply({ type: "deregistered", date: "2025-10-13", disposal: { channels: "done" } });
  assert.equal(app.status("2025-10-13").state, "deregistered");
  assert.equal(api.ApplicationRecord.fromJson(app.toJson()).toJson(), app.toJson());
});

test("project: voids, recorded_by, schema 2", () => {
  const p = new api.Project("FL-2025-030", "development");
  p.apply({ type: "ledgered", date: "2025-09-01", recorded_by: "王五" });
  p.apply({ type: "funding_plan_submitted", date: "2025-09-30", amount: "120万元" });
  const before = p.toJson();
  assert.equal(thrown(() => p.apply({ type: "void", date: "2025-10-09", voids: 0, reason: "x" })).code, "transition_not_allowed");
  assert.equal(p.toJson(), before);
  p.apply({ type: "void", date: "2025-10-09", voids: 1, reason: "重复申报" });
  assert.equal(p.state, "ledgered");
  assert.equal(p.status("2025-10-09").corrections[0].kind, "void");
  const record = p.toJSON();
  assert.equal(record.schema, 2);
  assert.equal(record.events[0].recorded_by, "王五");
});

test("project: rules in force", records, () => {
  const p = new api.Project("FL-2025-030", "development");
  p.apply({ type: "ledgered", date: "2025-09-01" });
  const record = p.toJSON();
  const draft = api.defaultRuleset();
  const final = { ...draft, id: "fuling-final", in_force_from: "2026-03-01" };
  const q = api.Project.fromJson({ ...record, ruleset_id: draft.id });
  const s = q.statusIn("2026-03-02", [draft, final]);
  assert.equal(s.receipt.ruleset_id, "fuling-final");
  assert.deepEqual(s.warnings.map((w) => w.code), ["ruleset_differs", "event_before_in_force"]);
  assert.equal(q.statusIn("2026-02-27", [draft, final]).warnings, undefined);
  // Not an array (an array-like object included): a TypeError naming the argument, as in Python.
  for (const bad of [5, "[]", { length: 1, 0: draft }, null]) {
    const e = thrown(() => q.statusIn("2026-03-02", bad));
    assert.equal(e.name, "TypeError");
    assert.match(e.message, /^rulesets must be an array, got /);
  }
  assert.match(thrown(() => office.migrate({ length: 0 })).message, /^records must be an array, got object$/);
});

test("migrate: refusals and application conflicts", records, () => {
  const a = { schema: 1, id: "FL-1", kind: "om", application: { id: "APP-1", name: "智慧河长" } };
  const b = { schema: 1, id: "FL-2", kind: "om", application: { id: "APP-1", name: "智慧河长应用" } };
  const report = office.migrate([a, b, "{"]);
  assert.deepEqual(report.refused.map((r) => r.code), ["invalid_json"]);
  assert.deepEqual(report.conflicts[0].project_ids, ["FL-1", "FL-2"]);
  assert.deepEqual(report.applications, []);
});
