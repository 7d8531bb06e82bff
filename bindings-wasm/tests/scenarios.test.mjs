// Replays EVERY file in tests/scenarios/ through the JS API with the same
// assertions as the Rust runners in tests/ (calendar_scenarios.rs,
// process_scenarios.rs via tests/src/lib.rs, check_scenarios.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import { api, leak, office, scenarios, thrown } from "./helpers.mjs";

// Issue 17: every result and thrown error of a replay is watched for a message token left
// unrendered (U+E000..U+E002); each scenario's test fails on one.
let leaks = [];
function watch(what, v) {
  const s = leak(v);
  if (s !== null) leaks.push(`${what}: ${JSON.stringify(s).slice(0, 300)}`);
  return v;
}

const KNOWN = new Set(["calendar", "money", "process", "check", "agenda"]);

function calendarCase(c) {
  switch (c.op) {
    case "add_working_days": return api.addWorkingDays(c.date, c.n);
    case "sub_working_days": return api.subWorkingDays(c.date, c.n);
    case "next_working_day": return api.nextWorkingDay(c.date);
    case "is_working_day": return api.isWorkingDay(c.date);
    case "working_days_between": return api.workingDaysBetween(c.start, c.end);
    case "due_date": return api.dueDate(c.date, c.period);
    case "parse_amount": return api.Amount.parse(c.text).fen.toString();
    case "requires_municipal_filing": return api.requiresMunicipalFiling(c.amount);
    default: throw new Error(`unknown op ${c.op}`);
  }
}

function runCases(doc) {
  const failures = [];
  doc.cases.forEach((c, i) => {
    let got;
    let code = null;
    try {
      got = watch(`case ${i}`, calendarCase(c));
    } catch (e) {
      if (e.name !== "RulesError") throw e;
      watch(`case ${i}`, e);
      code = e.code;
    }
    const want = "error" in c ? { error: c.error } : { value: "expect_fen" in c ? c.expect_fen : c.expect };
    const ok = "error" in c ? code === c.error : code === null && got === want.value;
    if (!ok) failures.push(`case ${i} ${JSON.stringify(c)}: got ${code ?? JSON.stringify(got)}`);
  });
  return failures;
}

const key = (o, fields) => JSON.stringify(Object.fromEntries(fields.map((f) => [f, o?.[f] ?? null])));
const multiset = (arr, fields) => (arr ?? []).map((o) => key(o, fields)).sort();

const CHECK_FNS = {
  planning_dossier: api.checkPlanningDossier,
  joint_review: api.checkJointReview,
  acceptance: api.checkAcceptance,
  catalog: api.checkCatalog,
  deregistration: api.checkDeregistration,
  label_actions: api.labelActions,
  priority_categories: api.priorityCategories,
};

function runCheck(doc) {
  const bare = doc.check.replace(/^check_/, "");
  const fn = CHECK_FNS[bare] ?? ((input) => api.runCheck(doc.check, input));
  const expect = doc.expect;
  let got;
  try {
    got = watch("check", fn(doc.input));
  } catch (e) {
    if (e.name !== "RulesError") throw e;
    watch("check", e);
    if (expect.error) return e.code === expect.error.code ? [] : [`expected error ${expect.error.code}, got ${e.code}`];
    return [`unexpected error ${e.code}: ${e.message}`];
  }
  if (expect.error) return [`expected error ${expect.error.code}, got ${JSON.stringify(got)}`];
  const errs = [];
  if (expect.findings) {
    const f = ["code", "severity", "article", "path"];
    assert.deepEqual(multiset(got.findings, f), multiset(expect.findings, f), `${doc.name}: findings`);
    const blocking = expect.findings.some((x) => x.severity === "blocking");
    if (got.passed !== !blocking) errs.push(`passed is ${got.passed}, expected ${!blocking}`);
  }
  if (expect.actions) {
    const f = ["label", "action", "article", "mandatory"];
    assert.deepEqual(multiset(got.actions, f), multiset(expect.actions, f), `${doc.name}: actions`);
  }
  if ("priority" in expect) {
    assert.deepEqual([got.priority, got.categories], [expect.priority, expect.categories], `${doc.name}: priority`);
  }
  return errs;
}

function runProcess(doc) {
  const errs = [];
  // An optional application record: the project is loaded for it and evaluated with it.
  const app = doc.application ? api.ApplicationRecord.fromJson(doc.application) : null;
  const project = app
    ? api.Project.fromJson(doc.project, { application: doc.application })
    : api.Project.fromJson(doc.project);
  const rejected = new Map((doc.rejected ?? []).map((r) => [r.index, r]));
  (doc.events ?? []).forEach((ev, i) => {
    const before = project.toJson();
    const e = thrown(() => project.apply(ev));
    const want = rejected.get(i);
    if (e && e.name !== "RulesError") throw e;
    if (e) watch(`event ${i}`, e);
    if (!want && e) errs.push(`event ${i} refused unexpectedly: [${e.code}] ${e.message_en}`);
    if (want && !e) errs.push(`event ${i} was accepted; expected ${want.code}`);
    if (want && e) {
      if (e.code !== want.code) errs.push(`event ${i}: expected ${want.code}, got ${e.code}`);
      if (want.article != null) assert.deepEqual(e.article, want.article, `event ${i} article`);
      if (project.toJson() !== before) errs.push(`event ${i}: refused but the project changed`);
    }
  });
  const status = watch("status", app ? project.statusWith(app, doc.as_of) : project.status(doc.as_of));
  watch("toJson", project.toJson());
  watch("timelineMermaid", project.timelineMermaid());
  if (app) watch("application status", app.status(doc.as_of));
  const expect = doc.expect;
  if (status.state !== expect.state) errs.push(`state: expected ${expect.state}, got ${status.state}`);
  const got = status.obligations.map((o) => ({ id: o.id, due: o.due ?? null, overdue: o.overdue, article: o.article }));
  const unmatched = [...got];
  for (const w of expect.obligations) {
    const want = { id: w.id, due: w.due ?? null, overdue: w.overdue ?? false, article: w.article ?? null };
    const pos = unmatched.findIndex(
      (g) =>
        g.id === want.id && g.due === want.due && g.overdue === want.overdue &&
        (want.article === null || JSON.stringify(g.article) === JSON.stringify(want.article)),
    );
    if (pos < 0) errs.push(`expected obligation ${JSON.stringify(want)} not found; got ${JSON.stringify(got)}`);
    else unmatched.splice(pos, 1);
  }
  for (const g of unmatched) errs.push(`unexpected obligation ${JSON.stringify(g)}`);
  for (const o of status.obligations) {
    const ok = o.due == null ? o.explanation == null : o.explanation?.due === o.due;
    if (!ok) errs.push(`obligation ${o.id} lacks a matching explanation`);
  }
  if (expect.met_late) {
    const f = (m) => `${m.id}|${m.due}|${m.met_on}`;
    assert.deepEqual(status.met_late.map(f).sort(), expect.met_late.map(f).sort(), "met_late");
  }
  if (expect.exceptions) {
    assert.deepEqual(status.exceptions.map((e) => e.kind).sort(), expect.exceptions.map((e) => e.kind).sort(), "exceptions");
  }
  // The application record's own status, where the scenario states it.
  if (app && expect.application) {
    const a = app.status(doc.as_of);
    assert.equal(a.state, expect.application.state, "application state");
    const o = (x) => JSON.stringify([x.id, x.due ?? null, x.overdue ?? false]);
    assert.deepEqual(a.obligations.map(o).sort(), expect.application.obligations.map(o).sort(), "application obligations");
    // The catalog (Art 7, Art 37), where stated.
    if (expect.application.catalog) assert.deepEqual(a.catalog, expect.application.catalog, "application catalog");
  }
  // Obligations closed by the application's deregistration.
  const c = (x) => JSON.stringify([x.id, x.due ?? null, x.overdue, x.closed_on]);
  assert.deepEqual((status.closed ?? []).map(c).sort(), (expect.closed ?? []).map(c).sort(), "closed");
  if ("origin" in expect) assert.deepEqual(status.origin ?? null, expect.origin, "origin");
  return errs;
}

/** The portfolio is the optional module fuling-rules/office. As the Rust and Python runners (tests/src/lib.rs run_agenda_scenario, test_scenarios.py
 * check_agenda): the records load into a Portfolio, whose problems must be exactly the expected
 * ones; each case's agenda lists exactly the expected items, in order, compared on the keys given
 * (an absent optional field is null). */
function runAgenda(doc) {
  const portfolio = new office.Portfolio(doc.records);
  const failures = [];
  const compare = (what, got, want) => {
    for (const [k, w] of Object.entries(want)) {
      const g = k === "error_code" ? got.error?.code : k === "estimate_due" ? got.estimate?.due : got[k];
      if (!isDeepStrictEqual(g ?? null, w)) failures.push(`${what}.${k}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    }
  };
  const problems = watch("problems", portfolio.problems);
  const wantProblems = doc.problems ?? [];
  if (problems.length !== wantProblems.length) {
    failures.push(`problems: got ${JSON.stringify(problems)}, want ${JSON.stringify(wantProblems)}`);
  } else {
    wantProblems.forEach((w, i) => compare(`problems[${i}]`, problems[i], w));
  }
  doc.cases.forEach((c, n) => {
    const o = c.options;
    const agenda = watch(`case ${n} agenda`, portfolio.agenda(doc.as_of, {
      withinWorkingDays: o.within_working_days,
      responsible: o.responsible,
      department: o.department,
    }));
    if (agenda.items.length !== c.items.length) {
      const got = agenda.items.map((g) => [g.project_id ?? null, g.obligation]);
      failures.push(`case ${n}: got ${JSON.stringify(got)}, want ${c.items.length} items`);
      return;
    }
    c.items.forEach((w, i) => compare(`case ${n} items[${i}]`, agenda.items[i], w));
    if (agenda.problems.length) failures.push(`case ${n}: agenda problems ${JSON.stringify(agenda.problems)}`);
  });
  return failures;
}

const files = scenarios();

test("there are scenario files", () => {
  assert.ok(files.length >= 5, `only ${files.length} scenario files`);
});

for (const [file, doc] of files) {
  test(`scenario ${file}`, () => {
    assert.ok(KNOWN.has(doc.type), `${file}: unknown scenario type ${JSON.stringify(doc.type)}`);
    let failures;
    leaks = [];
    if (doc.type === "calendar" || doc.type === "money") failures = runCases(doc);
    else if (doc.type === "check") failures = runCheck(doc);
    else if (doc.type === "agenda") failures = runAgenda(doc);
    else failures = runProcess(doc);
    assert.deepEqual(failures, []);
    assert.deepEqual(leaks, [], "message tokens left unrendered");
  });
}
