// Portfolio (the optional module fuling-rules/office): loading with problems, the agenda, the
// fund view and the errors, as bindings-python/tests/test_portfolio.py; objects of the main
// module given to it (records through their toJSON; a Calendar is refused, its description, a
// CalendarSpec, or its data accepted).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { api, notice, office as pf, repo, thrown } from "./helpers.mjs";

const APP = {
  schema: 2,
  application: { id: "APP-1", responsible_department: "区水利局", lead_department: "区农业农村委" },
};

const dev = (id, submitted, amount = "120万元") => ({
  schema: 2,
  id,
  kind: "development",
  application_id: "APP-1",
  events: [
    { type: "ledgered", date: "2025-09-01" },
    { type: "funding_plan_submitted", date: submitted, amount },
  ],
});

test("the main module has no Portfolio: it is the optional module fuling-rules/office's", () => {
  assert.equal(api.Portfolio, undefined);
  assert.equal(typeof pf.Portfolio, "function");
  assert.deepEqual(Object.keys(pf).sort(), ["Portfolio", "migrate"]);
});

test("objects, JSON text, Project and ApplicationRecord load together", () => {
  // Objects of the main module (another wasm instance) are read through their toJSON.
  const app = api.ApplicationRecord.fromJson(APP);
  const project = api.Project.fromJson(dev("FL-1", "2025-09-30"), { application: APP });
  const p = new pf.Portfolio([project, JSON.stringify(dev("FL-2", "2025-09-30")), dev("FL-2", "2025-09-30")], [app]);
  assert.deepEqual(p.projects.map((x) => x.id), ["FL-1", "FL-2"]);
  assert.deepEqual(p.applications.map((a) => a.application.id), ["APP-1"]);
  const [problem, ...rest] = p.problems;
  assert.equal(rest.length, 0);
  assert.deepEqual([problem.index, problem.kind, problem.record_id, problem.code], [2, "duplicate_id", "FL-2", "invalid_input"]);
  assert.equal(typeof problem.message_en, "string");
  assert.equal(new pf.Portfolio().projects.length, 0);
});

test("one text is not a list of records", () => {
  const e = thrown(() => new pf.Portfolio(JSON.stringify(APP)));
  assert.ok(e instanceof TypeError);
  assert.match(e.message, /fromJsonl/);
  assert.ok(thrown(() => new pf.Portfolio(5)) instanceof TypeError);
  assert.ok(thrown(() => new pf.Portfolio([() => 1])) instanceof TypeError);
});

test("fromJsonl lists a bad line with its number and loads the rest", () => {
  const text = `${JSON.stringify(APP)}\n${JSON.stringify(dev("FL-1", "2025-09-30"))}\nnot json\n`;
  const p = pf.Portfolio.fromJsonl(text);
  assert.deepEqual(p.problems.map((x) => [x.line, x.code, x.kind]), [[3, "invalid_json", "unreadable"]]);
  assert.deepEqual(p.projects.map((x) => x.id), ["FL-1"]);
  assert.ok(thrown(() => pf.Portfolio.fromJsonl(5)) instanceof TypeError);
});

test("a project whose application is missing is a problem, with its code", () => {
  const p = new pf.Portfolio([dev("FL-1", "2025-09-30")]);
  const [x] = p.problems;
  assert.deepEqual([x.index, x.kind, x.record_id], [0, "application_missing", "FL-1"]);
  assert.ok(api.errorCodes().includes(x.code));
});

test("agenda: items as the core's JSON, options, rulesets", () => {
  const p = new pf.Portfolio([APP, dev("FL-1", "2025-09-30")]);
  // Due 10-14: 10-09, 10-10, Saturday 10-11 (worked), 10-13, 10-14; as of 10-15, one working
  // day (10-15) after the due date: -1.
  const agenda = p.agenda("2025-10-15", { ruleset: [api.defaultRuleset()] });
  assert.equal(agenda.as_of, "2025-10-15");
  assert.deepEqual(agenda.problems, []);
  const [item, ...rest] = agenda.items;
  assert.equal(rest.length, 0);
  assert.deepEqual([item.due, item.working_days_left, item.overdue], ["2025-10-14", -1, true]);
  assert.deepEqual([item.responsible, item.department, item.obligation], ["lead_department", "区农业农村委", "lead_department_opinion"]);
  assert.deepEqual(item.article, { article: 19, item: 2 });
  assert.equal(item.explanation.due, "2025-10-14");
  // Filters.
  assert.equal(p.agenda("2025-10-15", { responsible: "big_data_bureau" }).items.length, 0);
  assert.equal(p.agenda("2025-10-15", { department: "区水利局" }).items.length, 0);
  // As of 10-09 the due date 10-14 is 4 working days ahead (10-10, 10-11, 10-13, 10-14).
  assert.equal(p.agenda("2025-10-09", { withinWorkingDays: 3 }).items.length, 0);
  assert.equal(p.agenda("2025-10-09", { withinWorkingDays: 4 }).within_working_days, 4);
  assert.equal(p.agenda("2025-10-09", { withinWorkingDays: 4 }).items[0].working_days_left, 4);
});

test("agenda errors: RulesError codes as in Python, TypeError for wrong JS types", () => {
  const p = new pf.Portfolio([APP, dev("FL-1", "2025-09-30")]);
  const code = (fn) => {
    const e = thrown(fn);
    assert.equal(e?.name, "RulesError", String(e));
    return e.code;
  };
  assert.equal(code(() => p.agenda("2025-10-15", { responsible: "nobody" })), "invalid_input");
  assert.equal(code(() => p.agenda("2025-13-15")), "invalid_date");
  assert.equal(code(() => p.agenda("2025-10-15", { withinWorkingDays: 1.5 })), "invalid_input");
  assert.equal(code(() => p.agenda("2025-10-15", { ruleset: "{" })), "invalid_json");
  for (const fn of [
    () => p.agenda(20251015),
    () => p.agenda("2025-10-15", 5),
    () => p.agenda("2025-10-15", { withinWorkingDays: "5" }),
    () => p.agenda("2025-10-15", { department: 5 }),
    () => p.agenda("2025-10-15", { calendar: 5 }),
    () => p.agenda("2025-10-15", { calendar: [] }),
  ]) {
    assert.ok(thrown(fn) instanceof TypeError, String(fn));
  }
});

test("fund view: exact amounts per year and lead department", () => {
  const p = new pf.Portfolio([APP, dev("FL-1", "2025-09-30", "500万元")]);
  const v = p.fundView();
  assert.equal(v.rows.length, 1);
  const [row] = v.rows;
  assert.deepEqual([row.year, row.lead_department, row.funding_requested], [2025, "区农业农村委", "5000000.00"]);
  assert.deepEqual(v.large_plans, []); // no development plan submitted yet
  assert.deepEqual(p.fundView(2024).rows, []);
  assert.equal(p.fundView(2025, { ruleset: api.defaultRuleset() }).rows.length, 1);
  assert.equal(thrown(() => p.fundView(2025.5))?.code, "invalid_input");
  assert.ok(thrown(() => p.fundView("2025")) instanceof TypeError);
  assert.ok(thrown(() => p.fundView(2025, 5)) instanceof TypeError);
});

test("junk into the Portfolio: only RulesError or TypeError, and it keeps answering", () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const JUNK = [undefined, null, true, 0, -1, 1.5, NaN, 2 ** 53, 10n, "", "{", "[]", "2025-02-30",
    "x".repeat(100000), [], [1, "{", null], {}, [{ schema: 2, id: 5, kind: "om" }], cyclic, [cyclic],
    () => 1, Symbol("s"), { withinWorkingDays: -1e20 }, { ruleset: [5] }, { responsible: {} }];
  const p = new pf.Portfolio([APP, dev("FL-1", "2025-09-30")]);
  const fns = [
    (a, b) => new pf.Portfolio(a, b),
    (a) => pf.Portfolio.fromJsonl(a),
    (a, b) => p.agenda(a, b),
    (a, b) => p.agenda("2025-10-15", a),
    (a, b) => p.fundView(a, b),
    (a) => p.agenda("2025-10-15", { calendar: a }),
    (a) => pf.migrate(a),
  ];
  for (const fn of fns) {
    for (const a of JUNK) {
      for (const b of [undefined, ...JUNK.slice(0, 8)]) {
        try {
          fn(a, b);
        } catch (e) {
          assert.ok(e instanceof TypeError || e?.name === "RulesError", `${fn}: ${e?.name}: ${e?.message}`);
          if (e.name === "RulesError") assert.ok(api.errorCodes().includes(e.code), e.code);
        }
      }
    }
  }
  assert.equal(p.agenda("2025-10-15").items[0].working_days_left, -1);
});

test("agenda calendar: calendar data (an object or its JSON text), not a Calendar object of the main module", () => {
  const p = new pf.Portfolio([APP, dev("FL-1", "2025-09-30")]);
  const e = thrown(() => p.agenda("2025-10-15", { calendar: api.Calendar.official() }));
  assert.ok(e instanceof TypeError);
  assert.match(e.message, /^calendar: a Calendar object of the main module cannot be passed to an optional module/);
  assert.match(e.message, /pass its description, a CalendarSpec .*or calendar data \(CalendarData or its JSON text/);
  // The official calendar's data, given as data, answers as the default (the official calendar).
  const data = readFileSync(join(repo, "core", "data", "holidays.json"), "utf8");
  const item = (calendar) => p.agenda("2025-10-15", { calendar }).items[0];
  for (const calendar of [data, JSON.parse(data)]) {
    assert.deepEqual([item(calendar).due, item(calendar).working_days_left], ["2025-10-14", -1]);
  }
  // A custom calendar (the official one with Monday 2025-10-13 a rest day): the due date moves
  // from 10-14 to 10-15 (10-09, 10-10, Saturday 10-11 (worked), 10-14, 10-15); as of 10-15, due today.
  const custom = { format: 1, version: "custom", days: [{ date: "2025-10-13", type: "holiday", name: "区内停工" }] };
  for (const calendar of [custom, JSON.stringify(custom)]) {
    assert.deepEqual([item(calendar).due, item(calendar).working_days_left, item(calendar).overdue], ["2025-10-15", 0, false]);
  }
  assert.equal(api.Calendar.fromJson(custom).addWorkingDays("2025-09-30", 5), "2025-10-15");
  assert.equal(thrown(() => p.agenda("2025-10-15", { calendar: "{" }))?.code, "invalid_json");
});

test("migrate: stored schema-1 files to schema 2, in the office module", () => {
  const v1 = { schema: 1, id: "FL-1", kind: "om", application: { id: "APP-1", name: "智慧河长" }, events: [] };
  const report = pf.migrate([v1, JSON.stringify({ ...v1, id: "FL-2" })]);
  assert.deepEqual(report.projects.map((x) => [x.project.schema, x.project.id, x.project.application_id]),
    [[2, "FL-1", "APP-1"], [2, "FL-2", "APP-1"]]);
  assert.deepEqual(report.applications.map((a) => a.application.id), ["APP-1"]);
  // The main module still loads one schema-1 record (through the migration of process).
  assert.equal(api.Project.fromJson(v1).toJSON().schema, 2);
  assert.ok(thrown(() => pf.migrate("[]")) instanceof TypeError);
});

// A calendar across modules: a CalendarSpec { calendar, notices, provisionalUntil }, built as the
// main module builds it (data, then notices in order, then provisional years).
test("agenda calendar: a CalendarSpec with notices and provisional years, as the main module's Calendar", () => {
  // Funding plan submitted Monday 2026-12-28: 5 working days (the item due 2025-10-14 above).
  const p = new pf.Portfolio([APP, dev("FL-1", "2026-12-28")]);
  const item = (calendar) => p.agenda("2026-12-30", { calendar }).items[0];
  // Strict official calendar: 2027 is not covered, so no due date, an estimate instead.
  const strict = item(undefined);
  assert.equal(strict.due ?? null, null);
  assert.equal(strict.provisional, false);
  // Provisional 2027 (放假办法 as revised in 2024: 元旦 one day, Friday 2027-01-01, on a working
  // day so nothing is given back; weekends stay ordinary, no 调休): by hand, the 5 working days
  // are Tue 12-29, Wed 12-30, Thu 12-31 (no December entries in the official data), then Mon
  // 2027-01-04 and Tue 2027-01-05 (Fri 01-01 元旦, Sat 01-02 and Sun 01-03 weekend) → 2027-01-05.
  for (const calendar of [{ provisionalUntil: 2027 }, { calendar: null, notices: [], provisionalUntil: 2027 }]) {
    const it = item(calendar);
    assert.deepEqual([it.due, it.provisional], ["2027-01-05", true]);
  }
  assert.equal(api.Calendar.official({ provisionalUntil: 2027 }).addWorkingDays("2026-12-28", 5), "2027-01-05");
  assert.equal(strict.estimate.due, "2027-01-05");
  // A 2027 notice that gives Monday 01-04 off too (a text made up for the test): by hand, 12-29,
  // 12-30, 12-31, Tue 01-05, Wed 01-06 → 2027-01-06, exact (the notice covers 2027), and the
  // same with provisional years after it; the main module agrees.
  const n2027 = notice.parseNotice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至4日(周一)放假,共4天。");
  for (const calendar of [{ notices: [n2027] }, { notices: [JSON.stringify(n2027)] }, { notices: [n2027], provisionalUntil: 2030 }]) {
    const it = item(calendar);
    assert.deepEqual([it.due, it.provisional], ["2027-01-06", false], JSON.stringify(calendar).slice(0, 80));
  }
  const cal = api.Calendar.official().withNotice(n2027).withProvisionalUntil(2030);
  assert.equal(cal.addWorkingDays("2026-12-28", 5), "2027-01-06");
  // Custom data, then the notice, then provisional years: the local rest day (Wed 2026-12-30)
  // moves the date one working day on: 12-29, 12-31, 01-05, 01-06, 01-07.
  const custom = { format: 1, version: "local", days: [{ date: "2026-12-30", type: "holiday", name: "区内停工" }] };
  for (const data of [custom, JSON.stringify(custom)]) {
    assert.equal(item({ calendar: data, notices: [n2027], provisionalUntil: 2028 }).due, "2027-01-07");
  }
  assert.equal(api.Calendar.fromJson(custom).withNotice(n2027).withProvisionalUntil(2028).addWorkingDays("2026-12-28", 5), "2027-01-07");
  // The office module does not read notice texts: they go through parseNotice first.
  const text = thrown(() => item({ notices: ["国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日放假。"] }));
  assert.equal(text?.code, "invalid_input");
  assert.match(text.message_en, /parseNotice of the optional module fuling-rules\/notice/);
  // Wrong parts: typed errors as in the main module.
  assert.equal(thrown(() => item({ provisionalUntil: 2036 }))?.code, "invalid_input");
  assert.equal(thrown(() => item({ provisionalUntil: 2027.5 }))?.code, "invalid_input");
  assert.equal(thrown(() => item({ calendar: { format: 2 } }))?.code, "unsupported_schema");
  // As Calendar.fromJson(5) of the main module: not calendar data.
  assert.equal(thrown(() => item({ calendar: 5 }))?.code, "invalid_calendar_data");
  for (const wrong of [{ provisionalUntil: "2027" }, { notices: n2027 }, { notices: [5] }, [{ provisionalUntil: 2027 }]]) {
    assert.ok(thrown(() => item(wrong)) instanceof TypeError, JSON.stringify(wrong).slice(0, 60));
  }
});
