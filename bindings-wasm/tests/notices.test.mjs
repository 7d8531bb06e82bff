// Issue 16 in JS: provisional calendars (Calendar.official({ provisionalUntil })), estimates in
// the status, periods in the regulation's words (parsePeriod, period text wherever a period is
// accepted) and, when the .wasm is built with the feature notice-text, notice texts
// (parseNotice, Calendar.withNotice). Expected dates are worked out by hand in the comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { api, repo, thrown } from "./helpers.mjs";

const notices = join(repo, "tests", "notices");
const read = (f) => readFileSync(join(notices, f), "utf8");
const noticeText = typeof api.parseNotice === "function";

// The feature notice-text is on by default (bindings-wasm/Cargo.toml): the package scripts/test
// builds must read notices, so the tests below never skip there.
test("the default package carries the notice reader (parseNotice, withNotice)", () => {
  assert.equal(noticeText, true);
  assert.equal(typeof api.Calendar.official().withNotice, "function");
});
const N2027 =
  "国务院办公厅关于2027年部分节假日安排的通知\n" +
  "一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n" +
  "二、春节:2月5日至11日放假调休,共7天。2月13日(星期六)上班。";

/** A 第十九条(三) 60-working-day deadline triggered on 2026-10-15 (past 2026-12-31). */
function project() {
  const p = new api.Project("FL-2026-049", "development");
  p.apply({ type: "ledgered", date: "2026-09-01" });
  p.apply({ type: "funding_plan_submitted", date: "2026-09-01", amount: "80万元" });
  p.apply({ type: "lead_department_reviewed", date: "2026-09-02" });
  p.apply({ type: "preliminary_funding_plan_set", date: "2026-10-15" });
  return p;
}

test("status on the strict calendar: due null, calendar_out_of_range and an estimate", () => {
  const o = project().status("2026-10-16").obligations[0];
  assert.equal(o.due, null);
  assert.equal(o.error.code, "calendar_out_of_range");
  // 2026-10-16..12-31 hold 55 working days (Oct 11, Nov 21, Dec 23); then Fri 2027-01-01 元旦
  // (provisional) and the weekend; 01-04..01-08 are the 56th..60th.
  assert.equal(o.estimate.due, "2027-01-08");
  assert.match(o.estimate.basis_en, /may move by up to 3 working days \(10 calendar days\) when the 2027 notice is published/);
  assert.ok(o.estimate.basis_zh.length > 0);
  assert.equal(o.estimate.explanation.provisional_from, "2027-01-01");
  assert.ok(!("provisional" in o) || o.provisional === false);
  // The receipt says a provisional day was used (by the estimate); no notice was loaded.
  const r = project().status("2026-10-16").receipt;
  assert.equal(r.provisional_from, "2027-01-01");
  assert.equal(r.notices_loaded, undefined);
});

test("Calendar.official({ provisionalUntil }) labels provisional days", () => {
  const cal = api.Calendar.official({ provisionalUntil: 2035 });
  assert.equal(cal.provisionalFrom, "2027-01-01");
  assert.equal(api.Calendar.official().provisionalFrom, undefined); // no provisional years
  assert.equal(cal.coverage.last, "2035-12-31");
  assert.ok(cal.version.endsWith("+provisional-2027-2035"));
  // 除夕 2027 is Friday 02-05 (a holiday under the 2024 revision of the 放假办法).
  const info = cal.dayInfo("2027-02-05");
  assert.equal(info.working, false);
  assert.equal(info.provisional, true);
  assert.equal(cal.isWorkingDay("2027-02-13"), false); // no 调休 in a provisional year
  // National Day 2027: Fri 10-01..Sun 10-03; Sat and Sun given back Mon 10-04 and Tue 10-05.
  assert.equal(cal.addWorkingDays("2027-09-30", 1), "2027-10-06");
  const e = cal.explainDueDate("2026-10-15", "60个工作日");
  assert.equal(e.due, "2027-01-08");
  assert.equal(e.provisional_from, "2027-01-01");
  const o = project().status("2026-10-16", { calendar: cal }).obligations[0];
  assert.equal(o.due, "2027-01-08");
  assert.equal(o.provisional, true);
  assert.equal(o.estimate, undefined);
  assert.equal(project().status("2026-10-16", { calendar: cal }).receipt.provisional_from, "2027-01-01");
  assert.equal(api.Calendar.official().withProvisionalUntil(2028).coverage.last, "2028-12-31");
  assert.equal(api.Calendar.official({}).version, api.Calendar.official().version);
  assert.equal(api.Calendar.official({ provisionalUntil: null }).provisionalFrom, undefined);
  for (const bad of [2026, 2036, 0, -1, 1.5, 1e10]) {
    const err = thrown(() => api.Calendar.official({ provisionalUntil: bad }));
    assert.equal(err?.code, "invalid_input", String(bad));
  }
  for (const wrong of ["2035", true, [2035]]) {
    assert.ok(thrown(() => api.Calendar.official({ provisionalUntil: wrong })) instanceof TypeError);
  }
  assert.ok(thrown(() => api.Calendar.official(2035)) instanceof TypeError);
});

test("periods in the regulation's words", () => {
  const cases = [
    ["5个工作日内", { unit: "working_days", count: 5, direction: "after", kind: "deadline" }],
    ["60个工作日", { unit: "working_days", count: 60, direction: "after", kind: "deadline" }],
    ["五个工作日", { unit: "working_days", count: 5, direction: "after", kind: "deadline" }],
    ["1个月内", { unit: "months", count: 1, direction: "after", kind: "deadline" }],
    ["一个月", { unit: "months", count: 1, direction: "after", kind: "deadline" }],
    ["90天", { unit: "days", count: 90, direction: "after", kind: "deadline" }],
    ["不低于90天", { unit: "days", count: 90, direction: "after", kind: "minimum" }],
    ["申报前10个工作日", { unit: "working_days", count: 10, direction: "before", kind: "deadline" }],
  ];
  for (const [text, period] of cases) {
    assert.deepEqual(api.parsePeriod(text), period, text);
    assert.equal(api.dueDate("2025-09-30", text), api.dueDate("2025-09-30", period), text);
  }
  // Over National Day 2025 (10-01..10-08 off, Sat 10-11 worked): 10-09, 10, 11, 13, 14.
  assert.equal(api.dueDate("2025-09-30", "5个工作日内"), "2025-10-14");
  // 10 working days before 2025-10-09: 09-30, 29, 28 (Sunday worked), 26, 25, 24, 23, 22, 19, 18.
  assert.equal(api.dueDate("2025-10-09", "申报前10个工作日"), "2025-09-18");
  // A minimum never rolls: 2025-11-20 + 90 days is 2026-02-18.
  assert.equal(api.dueDate("2025-11-20", "不低于90天"), "2026-02-18");
  assert.equal(api.Calendar.official().dueDate("2025-09-30", "5个工作日内"), "2025-10-14");
  assert.equal(api.dueDate("2025-09-30", '{"unit": "working_days", "count": 5}'), "2025-10-14");
  for (const text of ["尽快", "5个工作周", "", "5", "null", "[]"]) {
    for (const f of [() => api.dueDate("2025-09-30", text), () => api.parsePeriod(text)]) {
      const e = thrown(f);
      assert.equal(e?.code, "invalid_input", text);
      assert.match(e.message_en, /expected text such as 5个工作日内/);
    }
  }
  assert.equal(thrown(() => api.dueDate("2025-09-30", '{"unit": "days",'))?.code, "invalid_json");
  assert.equal(thrown(() => api.parsePeriod("99999天"))?.code, "invalid_period");
  assert.ok(thrown(() => api.parsePeriod(5)) instanceof TypeError);
});

const data = (heading) =>
  ({ "“五一”国际劳动节": "劳动节", "中秋节、国庆节": "国庆节、中秋节", "春节(延长)": "春节" })[heading] ?? heading;

test("every notice file reads into its expected entries", { skip: !noticeText && "built without notice-text" }, () => {
  const expected = JSON.parse(read("expected.json"));
  const files = readdirSync(notices).filter((f) => f.endsWith(".txt") && !f.startsWith("fangjia")).sort();
  assert.equal(files.length, 19);
  for (const file of files) {
    const n = api.parseNotice(read(file));
    const want = { off: {}, work: {} };
    for (const item of expected[file]) {
      const name = data(item.name);
      want.off[name] ??= new Set();
      for (const [a, b] of item.off) {
        for (let d = new Date(`${a}T00:00:00Z`); d <= new Date(`${b}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
          want.off[name].add(d.toISOString().slice(0, 10));
        }
      }
      if (item.work.length) {
        want.work[name] ??= new Set();
        item.work.forEach((w) => want.work[name].add(w));
      }
    }
    const got = { off: {}, work: {} };
    n.holidays.forEach((h) => (got.off[h.name] ??= new Set()).add(h.date));
    n.workdays.forEach((w) => (got.work[w.name] ??= new Set()).add(w.date));
    assert.deepEqual(got, want, file);
    assert.deepEqual(n.regular, [], file);
    assert.deepEqual(Object.keys(n), ["id", "year", "title", "number", "published", "holidays", "workdays", "regular"]);
  }
});

test("withNotice extends the calendar and the receipt", { skip: !noticeText && "built without notice-text" }, () => {
  const cal = api.Calendar.official().withNotice(N2027);
  assert.deepEqual(cal.loadedNotices, ["2027"]);
  assert.ok(cal.version.endsWith("+notice-2027"));
  // Thu 2026-12-31, then 元旦 01-01..01-03 off: the 2nd working day is Mon 2027-01-04.
  assert.equal(cal.addWorkingDays("2026-12-30", 2), "2027-01-04");
  const s = project().status("2026-10-16", { calendar: cal });
  assert.ok(s.receipt.calendar_version.endsWith("+notice-2027"));
  assert.deepEqual(s.receipt.notices_loaded.map((n) => [n.id, n.year, n.title]), [
    ["2027", 2027, "国务院办公厅关于2027年部分节假日安排的通知"],
  ]);
  assert.equal(s.receipt.provisional_from, undefined);
  assert.equal(s.obligations[0].due, "2027-01-08");
  const e = thrown(() => api.parseNotice("国务院办公厅关于2015年部分节假日安排的通知\n三、清明节:4月5日另行安排。"));
  assert.equal(e.code, "notice_unreadable");
  assert.match(e.message_en, /line 2 \(item 3\), sentence 1/);
});
