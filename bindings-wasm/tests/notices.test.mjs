// Issue 16 in JS: provisional calendars (Calendar.official({ provisionalUntil })), estimates in
// the status, periods in the regulation's words (parsePeriod, period text wherever a period is
// accepted) and notice texts: read by the optional module fuling-rules/notice (parseNotice,
// issue 17), applied by the main module (Calendar.withNotice). Expected dates are worked out by
// hand in the comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { api, notice, repo, thrown } from "./helpers.mjs";

const notices = join(repo, "tests", "notices");
const read = (f) => readFileSync(join(notices, f), "utf8");

// Issue 17: the reader of notice texts is not in the main module, which every form page loads.
test("the main module applies notice data; the text reader is the module fuling-rules/notice", () => {
  assert.equal(api.parseNotice, undefined);
  assert.equal(typeof notice.parseNotice, "function");
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

test("every notice file reads into its expected entries", () => {
  const expected = JSON.parse(read("expected.json"));
  const files = readdirSync(notices).filter((f) => f.endsWith(".txt") && !f.startsWith("fangjia")).sort();
  assert.equal(files.length, 19);
  for (const file of files) {
    const n = notice.parseNotice(read(file));
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

test("withNotice extends the calendar and the receipt", () => {
  const parsed = notice.parseNotice(N2027);
  const cal = api.Calendar.official().withNotice(parsed);
  assert.deepEqual(cal.loadedNotices, ["2027"]);
  assert.ok(cal.version.endsWith("+notice-2027"));
  // Thu 2026-12-31, then 元旦 01-01..01-03 off: the 2nd working day is Mon 2027-01-04.
  assert.equal(cal.addWorkingDays("2026-12-30", 2), "2027-01-04");
  // Sat 2027-02-13 is worked (调休); 02-05..02-11 are off.
  assert.equal(cal.isWorkingDay("2027-02-13"), true);
  assert.equal(cal.isWorkingDay("2027-02-08"), false);
  const s = project().status("2026-10-16", { calendar: cal });
  assert.ok(s.receipt.calendar_version.endsWith("+notice-2027"));
  assert.deepEqual(s.receipt.notices_loaded.map((n) => [n.id, n.year, n.title]), [
    ["2027", 2027, "国务院办公厅关于2027年部分节假日安排的通知"],
  ]);
  assert.equal(s.receipt.provisional_from, undefined);
  assert.equal(s.obligations[0].due, "2027-01-08");
  // The notice's JSON text (e.g. stored by the page) applies the same way.
  assert.equal(api.Calendar.official().withNotice(JSON.stringify(parsed)).version, cal.version);
  // On a provisional calendar the notice ends the provisional years it covers.
  const prov = api.Calendar.official({ provisionalUntil: 2028 }).withNotice(parsed);
  assert.equal(prov.provisionalFrom, "2028-01-01");
  assert.equal(prov.isWorkingDay("2027-02-13"), true);
  const e = thrown(() => notice.parseNotice("国务院办公厅关于2015年部分节假日安排的通知\n三、清明节:4月5日另行安排。"));
  assert.equal(e.name, "RulesError");
  assert.equal(e.code, "notice_unreadable");
  assert.match(e.message_en, /line 2 \(item 3\), sentence 1/);
});

test("withNotice takes notice data, not text: text names the optional module", () => {
  const e = thrown(() => api.Calendar.official().withNotice(N2027));
  assert.equal(e.name, "RulesError");
  assert.equal(e.code, "invalid_input");
  assert.match(e.message_en, /parseNotice of the optional module fuling-rules\/notice/);
  assert.match(e.message_zh, /fuling-rules\/notice/);
  for (const wrong of [2027, null, undefined, [], true]) {
    assert.ok(thrown(() => api.Calendar.official().withNotice(wrong)) instanceof TypeError, String(wrong));
  }
});

test("withNotice refuses notice data the reader would never give (invalid_calendar_data)", () => {
  const good = notice.parseNotice(N2027);
  const day = (date) => ({ date, name: "元旦", name_en: null });
  const cases = [
    // Monday 2027-01-04 cannot be a working day of a notice (only Saturdays and Sundays).
    [{ ...good, workdays: [day("2027-01-04")] }, "/workdays/0"],
    // 2026-11-30 lies before the December before the notice's year.
    [{ ...good, holidays: [day("2026-11-30")] }, "/holidays/0"],
    // Sat 2027-02-13 is a working day already: not also a day off (checked in the later list).
    [{ ...good, holidays: [...good.holidays, day("2027-02-13")] }, "/workdays/0"],
    [{ ...good, holidays: [good.holidays[1], good.holidays[0]] }, "/holidays/1"],
    [{ ...good, extra: 1 }, "/extra"],
    [{ ...good, holidays: [], workdays: [] }, ""],
  ];
  for (const [data, pointer] of cases) {
    const e = thrown(() => api.Calendar.official().withNotice(data));
    assert.equal(e?.code, "invalid_calendar_data", JSON.stringify(data).slice(0, 80));
    assert.ok(e.message_en.includes(`at "${pointer}"`), e.message_en);
  }
  assert.equal(thrown(() => api.Calendar.official().withNotice("{"))?.code, "invalid_json");
  // A 2028 notice on a calendar ending 2026-12-31 leaves 2027 unknown.
  const n2028 = notice.parseNotice("国务院办公厅关于2028年部分节假日安排的通知\n一、元旦:1月1日放假。");
  assert.equal(thrown(() => api.Calendar.official().withNotice(n2028))?.code, "invalid_calendar_data");
});

// A supplementary notice is resolved against a base calendar: the official one by default.
const EXTENSION = "国务院办公厅关于延长2020年春节假期的通知\n一、延长2020年春节假期至2月2日(农历正月初九,星期日),2月3日(星期一)起正常上班。";
const dates = (n) => n.holidays.map((h) => h.date);

test("parseNotice resolves a supplementary notice against the official calendar or the given base", () => {
  // Official: the 2020 Spring Festival ended Thu 01-30, so the extension runs 01-31..02-02
  // (Saturday 02-01, a make-up working day of the 2020 notice, becomes a day off).
  assert.deepEqual(dates(notice.parseNotice(EXTENSION)), ["2020-01-31", "2020-02-01", "2020-02-02"]);
  const cal = api.Calendar.official().withNotice(notice.parseNotice(EXTENSION));
  assert.equal(cal.isWorkingDay("2020-02-01"), false);
  // A custom base whose Spring Festival 2020 ended Sat 02-01 (a local extra day off): the
  // extension adds only Sun 02-02.
  const custom = { format: 1, version: "local", days: [{ date: "2020-02-01", type: "holiday", name: "春节" }] };
  assert.deepEqual(dates(notice.parseNotice(EXTENSION, { calendar: custom })), ["2020-02-02"]);
  assert.deepEqual(dates(notice.parseNotice(EXTENSION, { calendar: JSON.stringify(custom) })), ["2020-02-02"]);
  // Notices already added to the base, in order: data, its JSON text, or a notice's text.
  const n2027 = notice.parseNotice(N2027);
  const ext2027 = "国务院办公厅关于延长2027年春节假期的通知\n一、延长2027年春节假期至2月14日(星期日),2月15日(星期一)起正常上班。";
  // Against the official calendar 2027 is not covered: the Spring Festival it extends is unknown.
  assert.equal(thrown(() => notice.parseNotice(ext2027))?.code, "notice_unreadable");
  // With the 2027 notice (春节 Fri 02-05..Thu 02-11, Sat 02-13 worked) the extension is
  // 02-12..02-14 (Fri, Sat, Sun: the make-up Saturday becomes a day off).
  for (const given of [n2027, JSON.stringify(n2027), N2027]) {
    assert.deepEqual(dates(notice.parseNotice(ext2027, { notices: [given] })), ["2027-02-12", "2027-02-13", "2027-02-14"]);
  }
  const cal2027 = api.Calendar.official().withNotice(n2027).withNotice(notice.parseNotice(ext2027, { notices: [n2027] }));
  assert.equal(cal2027.isWorkingDay("2027-02-13"), false);
  assert.deepEqual(cal2027.loadedNotices, ["2027", "2027-extension"]);
  for (const wrong of [5, [custom]]) {
    assert.ok(thrown(() => notice.parseNotice(EXTENSION, wrong)) instanceof TypeError, String(wrong));
  }
  // The base is read by the reader the office module shares: calendar data alone (an object with
  // `format`, or its JSON text) is a base too, and a text that is not JSON is invalid_json.
  assert.deepEqual(dates(notice.parseNotice(EXTENSION, custom)), ["2020-02-02"]);
  assert.deepEqual(dates(notice.parseNotice(EXTENSION, JSON.stringify(custom))), ["2020-02-02"]);
  assert.equal(thrown(() => notice.parseNotice(EXTENSION, "x"))?.code, "invalid_json");
  // A base with provisional years (`provisionalUntil`, as Calendar.official({ provisionalUntil })).
  // By hand from the 放假办法 (2024): 春节 2027 is 除夕 Fri 02-05 and 初一–初三 Sat 02-06 – Mon
  // 02-08; Sat and Sun are given back on the first free weekdays after it (docs/readings.md,
  // 第六条): Tue 02-09, Wed 02-10, named 春节(补假). The extension runs from the day after the
  // last day named 春节 (Mon 02-08) to Sun 02-14: 02-09 … 02-14.
  assert.deepEqual(dates(notice.parseNotice(ext2027, { provisionalUntil: 2027 })),
    ["2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13", "2027-02-14"]);
  assert.equal(thrown(() => notice.parseNotice(ext2027, { provisionalUntil: 2036 }))?.code, "invalid_input");
  assert.ok(thrown(() => notice.parseNotice(EXTENSION, api.Calendar.official())) instanceof TypeError);
  assert.ok(thrown(() => notice.parseNotice(EXTENSION, { notices: n2027 })) instanceof TypeError);
  assert.ok(thrown(() => notice.parseNotice(EXTENSION, { notices: [2027] })) instanceof TypeError);
  assert.equal(thrown(() => notice.parseNotice(EXTENSION, { calendar: { format: 2 } }))?.code, "unsupported_schema");
});
