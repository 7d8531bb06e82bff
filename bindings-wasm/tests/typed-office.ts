// Type-checked (tsc -p tsconfig.portfolio.json, run by scripts/test-wasm) against the .d.ts of
// the Node build with the feature `portfolio` (pkg/node-portfolio): every call below must
// type-check, and the @ts-expect-error lines must NOT.
import {
  Calendar, Portfolio, Project, defaultRuleset,
  type Agenda, type AgendaItem, type FundView, type PortfolioProblem,
} from "../pkg/node-portfolio/fuling_rules_wasm.js";

export function demo(): string[] {
  const p = new Portfolio([{ schema: 2, application: { id: "APP-1" } }, '{"schema": 2, "id": "FL-1", "kind": "om"}',
    new Project("FL-2", "om")]);
  const q: Portfolio = Portfolio.fromJsonl("");
  const problems: PortfolioProblem[] = p.problems.concat(q.problems);
  const agenda: Agenda = p.agenda("2025-10-15", {
    withinWorkingDays: 5, responsible: "lead_department", department: "区水利局", calendar: Calendar.official(),
    ruleset: [defaultRuleset()],
  });
  const item: AgendaItem | undefined = agenda.items[0];
  const left: number | null | undefined = item?.working_days_left;
  const funds: FundView = p.fundView(2025);
  // @ts-expect-error: responsible is a role name
  p.agenda("2025-10-15", { responsible: "nobody" });
  // @ts-expect-error: the year is a number
  p.fundView("2025");
  return [String(left), funds.rows.map((r) => r.funding_requested).join(), problems.map((x) => x.code).join()];
}
