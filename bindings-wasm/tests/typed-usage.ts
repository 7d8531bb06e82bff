// Type-checked (tsc --noEmit, run by scripts/test-wasm) against the generated .d.ts:
// every call below must type-check, and the @ts-expect-error lines must NOT.
import init, {
  Amount, Calendar, Project, addWorkingDays, dueDate, explainDueDate, requiresMunicipalFiling,
  checkPlanningDossier, errorCodes, defaultRuleset, processMermaid, parsePeriod,
  type CheckReport, type Explanation, type RulesError, type Status, type ErrorCode, type Finding,
  type PlanningDossier, type ProjectEvent, type Ruleset,
} from "../pkg/web/fuling_rules_wasm.js";
import { articleText, regulationTitle } from "../pkg/regulation.mjs";

// The regulation module beside the .wasm (fuling-rules/regulation).
export const art20: string | null = articleText({ article: 20 });
export const art19item2: string | null = articleText('{"article": 19, "item": 2}');
export const title: string = regulationTitle;
// @ts-expect-error: a citation is an object or JSON text, not a bare number
articleText(20);

export async function demo(): Promise<string[]> {
  await init();
  const due: string = addWorkingDays("2025-09-30", 5);
  const cal: Calendar = Calendar.official();
  const first: string = cal.coverage.first;
  // Issue 16: provisional years, periods in the regulation's words.
  const prov: Calendar = Calendar.official({ provisionalUntil: 2035 });
  const from: string | undefined = prov.provisionalFrom;
  const minimum: string = parsePeriod("不低于90天").kind + dueDate("2025-09-30", "5个工作日内");
  // @ts-expect-error: the option is a year number
  Calendar.official({ provisionalUntil: "2035" });
  const e: Explanation = explainDueDate("2025-09-30", { unit: "working_days", count: 5 });
  const s: string = e.sentence_zh + e.skipped.map((d) => d.kind).join();
  const a = Amount.parse("500万元");
  const fen: bigint = a.fen;
  const filing: boolean = requiresMunicipalFiling(a) && requiresMunicipalFiling("4,999,999.99");
  // @ts-expect-error: a JS number is never an amount
  requiresMunicipalFiling(5000000);
  // @ts-expect-error: periods have a unit
  dueDate("2025-09-30", { count: 5 });
  const rules: Ruleset = defaultRuleset();
  const p = new Project("p1", "development");
  const ev: ProjectEvent = { type: "ledgered", date: "2025-09-01" } as ProjectEvent;
  p.apply(ev);
  const st: Status = p.status("2025-10-15", { calendar: cal, ruleset: rules });
  const dueDates: (string | null | undefined)[] = st.obligations.map((o) => o.due);
  const dossier = {} as PlanningDossier;
  const report: CheckReport = checkPlanningDossier(dossier);
  const paths: string[] = report.findings.map((f: Finding) => f.path);
  const codes: ErrorCode[] = errorCodes();
  try {
    Amount.parse("");
  } catch (err) {
    const r = err as RulesError;
    const m: string = r.message_zh + r.code + (r.article?.article ?? "");
    paths.push(m);
  }
  return [due, first, s, String(from), minimum, prov.version, String(fen), String(filing), ...dueDates.map(String), ...paths, ...codes, processMermaid(), p.timelineMermaid()];
}
