// Type-checked (tsc --noEmit, run by scripts/test-wasm) against the .d.ts of the optional module
// fuling-rules/office and of the main module: every call below must type-check, and the lines
// marked to expect an error must NOT.
import init, {
  Calendar, Project, defaultRuleset, type CalendarData, type CalendarSpec, type ParsedNotice, type ProjectRecord,
} from "../pkg/web/fuling_rules_wasm.js";
import initOffice, {
  Portfolio, migrate,
  type Agenda, type AgendaItem, type AgendaOptions, type FundView, type MigrationReport, type PortfolioProblem,
  type PortfolioRecord,
} from "../pkg/web/office.js";

export async function demo(custom: CalendarData, stored: ProjectRecord[], n2027: ParsedNotice): Promise<string[]> {
  await init();
  await initOffice(); // the office module is loaded only by a page that uses it
  const records: PortfolioRecord[] = [{ schema: 2, application: { id: "APP-1" } }, '{"schema": 2, "id": "FL-1", "kind": "om"}',
    new Project("FL-2", "om")];
  const p = new Portfolio(records);
  const q: Portfolio = Portfolio.fromJsonl("");
  const problems: PortfolioProblem[] = p.problems.concat(q.problems);
  const options: AgendaOptions = {
    withinWorkingDays: 5, responsible: "lead_department", department: "区水利局", calendar: custom,
    ruleset: [defaultRuleset()],
  };
  const agenda: Agenda = p.agenda("2025-10-15", options);
  const item: AgendaItem | undefined = agenda.items[0];
  const left: number | null | undefined = item?.working_days_left;
  // A calendar across modules: its description (data, notices added in order, provisional years).
  const spec: CalendarSpec = { calendar: custom, notices: [n2027, JSON.stringify(n2027)], provisionalUntil: 2030 };
  const acrossYearEnd: Agenda = p.agenda("2026-12-30", { calendar: spec });
  p.agenda("2026-12-30", { calendar: { provisionalUntil: 2027 } });
  // @ts-expect-error: provisionalUntil is a year (a number)
  p.agenda("2026-12-30", { calendar: { provisionalUntil: "2027" } });
  const funds: FundView = p.fundView(2025);
  const report: MigrationReport = migrate([...stored, JSON.stringify(stored[0])]);
  // @ts-expect-error: responsible is a role name
  p.agenda("2025-10-15", { responsible: "nobody" });
  // @ts-expect-error: the year is a number
  p.fundView("2025");
  // @ts-expect-error: a Calendar object of the main module does not cross into this module; pass its data
  p.agenda("2025-10-15", { calendar: Calendar.official() });
  return [String(left), String(acrossYearEnd.items.length), funds.rows.map((r) => r.funding_requested).join(), problems.map((x) => x.code).join(),
    String(report.projects.length)];
}
