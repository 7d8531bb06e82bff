// ---- Hand-written declarations: only what the core's types cannot give. Everything else is
// ---- generated into generated.d.ts (`cargo xtask codegen`); `tsc` (scripts/test-wasm) checks
// ---- these against it.

/**
 * What every function throws for a rule or data error (wrong JS types throw `TypeError`).
 * `name` is `"RulesError"`; `article` is the article the error relates to, or `null`.
 */
export interface RulesError extends Error {
  name: "RulesError";
  code: ErrorCode;
  article: Citation | null;
  message_zh: string;
  message_en: string;
}

/** Options of `Project.status`: the official calendar and default ruleset unless given. */
export interface StatusOptions {
  calendar?: Calendar;
  ruleset?: Ruleset | string;
  /** `Project.fromJson` only: the project's application record (`appRecord.toJSON()`: its guards read
   * secrecy and labels, its status and Art 37's guard the record's catalog), or its metadata alone. */
  application?: ApplicationRecordJson | Application | string;
}

/** Options of `Calendar.official`: provisional years through `provisionalUntil` (2027–2035). */
export interface OfficialOptions {
  provisionalUntil?: number;
}

/** A record given to `new Portfolio(...)` (feature `portfolio`): a project or application record,
 * its JSON text, or a `Project` / `ApplicationRecord` (read through its `toJSON`). */
export type PortfolioRecord = ProjectRecord | ApplicationRecordJson | Project | ApplicationRecord | string;

/** Options of `Portfolio.agenda` (feature `portfolio`): filters, calendar and ruleset. */
export interface AgendaOptions {
  /** Keep items with `working_days_left <= N` (overdue ones included), plus the undated ones. */
  withinWorkingDays?: number;
  /** Keep the items owed by this role. */
  responsible?: Role;
  /** Keep the items whose `department` is this name. */
  department?: string;
  calendar?: Calendar;
  /** One ruleset, or several: the one in force on `asOf` is used (Art 45). */
  ruleset?: Ruleset | string | (Ruleset | string)[];
}

/** Options of `Portfolio.fundView` (feature `portfolio`). */
export interface FundViewOptions {
  ruleset?: Ruleset | string;
}
