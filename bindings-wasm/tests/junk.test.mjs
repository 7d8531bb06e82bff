// Random junk into every export: only RulesError or TypeError may be thrown, and the
// instance must still answer correctly afterwards (a Rust panic would abort it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { api, notice } from "./helpers.mjs";

let seed = 20251001;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function deep(n) {
  let o = {};
  for (let i = 0; i < n; i++) o = i % 2 ? { a: o } : [o];
  return o;
}
const cyclic = {};
cyclic.self = cyclic;

const JUNK = [
  undefined, null, true, 0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 32, 2 ** 53, 1e308, -0,
  10n, -10n, 2n ** 80n, "", " ", "2025-02-30", "2025-13-01", "9999-12-31", "0000-01-01", "2025-1-1",
  "２０２５-01-01", "2025-01-01T00:00:00Z", "\u0000", "\ud800", "x".repeat(100000), "{", "[]", "{}",
  '{"unit":"working_days","count":99999999}', '{"unit":"months","count":4294967295}',
  "null", "500万元", "-5", "伍佰佰万", "9".repeat(400), [], [1, 2], {}, { unit: "days", count: -1 },
  { unit: "working_days", count: 1e12 }, { format: 1, first: "0001-01-01", last: "9999-12-31", base: "none" },
  { schema: 1, id: "x", kind: "om", events: Array(20000).fill({ type: "ledgered", date: "2025-01-01" }) },
  { type: "ledgered", date: 20250101 }, deep(50), deep(200), deep(5000), cyclic, () => 1, Symbol("s"),
  new Date(), new Uint8Array(4), Object.create(null), { fen: -1n }, { fen: 1 }, { calendar: 5, ruleset: "{" },
];

const probes = () => {
  const cal = api.Calendar.official();
  const amount = api.Amount.parse("1");
  const project = new api.Project("p", "development");
  const fns = [
    (a, b, c) => api.isWorkingDay(a, b),
    (a, b, c) => api.addWorkingDays(a, b, c),
    (a, b, c) => api.subWorkingDays(a, b, c),
    (a, b, c) => api.workingDaysBetween(a, b, c),
    (a, b) => api.nextWorkingDay(a, b),
    (a, b, c) => api.dueDate(a, b, c),
    (a, b, c) => api.explainDueDate(a, b, c),
    (a, b) => api.requiresMunicipalFiling(a, b),
    (a) => api.Amount.parse(a),
    (a) => api.Amount.fromFen(a),
    (a) => api.Calendar.fromJson(a),
    (a, b) => cal.addWorkingDays(a, b),
    (a, b) => cal.dueDate(a, b),
    (a) => cal.dayInfo(a),
    (a) => api.parseRuleset(a),
    (a) => api.articleText(a),
    (a, b) => new api.Project(a, b),
    (a, b) => api.Project.fromJson(a, b),
    (a, b) => project.apply(a, b),
    (a, b) => project.status(a, b),
    (a) => project.timelineMermaid(a),
    (a, b) => api.runCheck(a, b),
    (a) => api.checkPlanningDossier(a),
    (a) => api.checkJointReview(a),
    (a) => api.checkAcceptance(a),
    (a) => api.checkCatalog(a),
    (a) => api.checkDeregistration(a),
    (a) => api.labelActions(a),
    (a) => api.priorityCategories(a),
    (a) => cal.withNotice(a),
    (a, b) => notice.parseNotice(a, b),
    (a, b) => notice.parseNotice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日放假。", { calendar: a, notices: b }),
  ];
  return { fns, amount };
};

function show(v) {
  try {
    return String(v).slice(0, 40);
  } catch {
    return typeof v;
  }
}

function stillWorks() {
  assert.equal(api.addWorkingDays("2025-09-30", 5), "2025-10-14");
  assert.equal(api.requiresMunicipalFiling("500万元"), true);
  assert.equal(api.checkCatalog({ development_completed: false }).findings.length, 5);
  assert.equal(notice.parseNotice("国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日放假。").holidays[0].date, "2027-01-01");
}

test("junk never throws anything but RulesError or TypeError, and the instance keeps working", () => {
  const { fns } = probes();
  let calls = 0;
  const kinds = new Set();
  for (const fn of fns) {
    for (const a of JUNK) {
      for (const b of [undefined, pick(JUNK), pick(JUNK)]) {
        calls++;
        try {
          fn(a, b, pick(JUNK));
        } catch (e) {
          kinds.add(e?.name);
          assert.ok(
            e instanceof TypeError || e?.name === "RulesError",
            `${fn} with ${show(a)}: threw ${e?.name}: ${String(e?.message).slice(0, 200)}`,
          );
          if (e.name === "RulesError") {
            assert.equal(typeof e.code, "string");
            assert.ok(api.errorCodes().includes(e.code), e.code);
          }
        }
      }
    }
    stillWorks();
  }
  assert.ok(calls > 1000);
  assert.ok(kinds.has("RulesError") && kinds.has("TypeError"));
  stillWorks();
});

test("huge n and out-of-range dates are RulesError", () => {
  // A count that fits in 32 bits runs past the calendar; one that does not is invalid input
  // (as in Python and Rust).
  for (const [n, code] of [[2 ** 31, "calendar_out_of_range"], [2 ** 32 - 1, "calendar_out_of_range"],
    [2 ** 32, "invalid_input"], [1e15, "invalid_input"]]) {
    const e = (() => { try { api.addWorkingDays("2025-01-01", n); } catch (x) { return x; } })();
    assert.equal(e.name, "RulesError");
    assert.equal(e.code, code);
  }
  stillWorks();
});
