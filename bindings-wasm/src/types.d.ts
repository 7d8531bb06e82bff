// ---- Data objects (hand-written; `ts_check` compares them with the core's JSON Schemas) ----

/** A stable error code (see `errorCodes()`). */
export type ErrorCode =
  | "calendar_out_of_range"
  | "invalid_date"
  | "invalid_calendar_data"
  | "invalid_period"
  | "amount_empty"
  | "amount_negative"
  | "amount_too_precise"
  | "amount_overflow"
  | "amount_malformed"
  | "invalid_json"
  | "invalid_input"
  | "unsupported_schema"
  | "invalid_ruleset"
  | "unknown_article"
  | "event_out_of_order"
  | "transition_not_allowed"
  | "conditions_not_met"
  | "notice_unreadable"
  | "municipal_filing_required"
  | "wrong_project_kind"
  | "exception_basis_required"
  | "catalog_update_required"
  | "input_too_large"
  | "unknown_name";

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

/** A citation of an article (条) and optionally an item (项): `{"article": 19, "item": 2}`. */
export interface Citation {
  article: number;
  item?: number;
}

export type PeriodUnit = "working_days" | "days" | "months";
export type Direction = "after" | "before";
export type PeriodKind = "deadline" | "minimum";

/** A period (期限); `direction` defaults to `"after"`, `kind` to `"deadline"`. */
export interface Period {
  unit: PeriodUnit;
  count: number;
  direction?: Direction;
  kind?: PeriodKind;
}

/** The first and last covered dates (ISO), both inclusive. */
export interface Coverage {
  first: string;
  last: string;
}

export type DayKind = "weekday" | "weekend" | "holiday" | "adjusted_workday";

/** What the calendar says about one day. */
export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  name?: string;
  name_en?: string;
  notice?: string;
  provisional?: boolean;
}

/** Why a due date is what it is; `sentence_zh` and `sentence_en` render it. */
export interface Explanation {
  schema: number;
  rule?: string;
  article?: Citation;
  start: string;
  period: Period;
  raw_end?: string;
  skipped: DayInfo[];
  worked: DayInfo[];
  due: string;
  calendar_version: string;
  provisional_from?: string;
  sentence_zh: string;
  sentence_en: string;
}

/** A notice (通知) calendar entries come from. */
export interface Notice {
  id: string;
  year?: number;
  title: string;
  number?: string;
  published?: string;
}

export type CalendarEntryType = "holiday" | "workday" | "regular";

/** One day entry of calendar data. */
export interface CalendarDay {
  date: string;
  type: CalendarEntryType;
  name?: string;
  name_en?: string;
  notice?: string;
  note?: string;
}

/** Calendar JSON (`Calendar.fromJson`): the official data plus local changes, or a calendar of its own. */
export interface CalendarData {
  format: number;
  base?: "official" | "none";
  version?: string;
  first?: string;
  last?: string;
  note?: string;
  notices?: Notice[];
  days?: CalendarDay[];
}

/** A period the regulation sets, with its article. */
export interface PeriodRule {
  period: Period;
  article: Citation;
}

/** An amount threshold (canonical yuan string such as `"5000000.00"`), with its article. */
export interface AmountRule {
  threshold: string;
  article: Citation;
}

/** Every number the regulation sets (`defaultRuleset()`). */
export interface Ruleset {
  id: string;
  title: string;
  catalog_completion: PeriodRule;
  lead_department_review: PeriodRule;
  development_plan_submission: PeriodRule;
  joint_review_organisation: PeriodRule;
  development_start: PeriodRule;
  municipal_filing: AmountRule;
  om_lead_department_review: PeriodRule;
  preliminary_review_application: PeriodRule;
  trial_run_minimum: PeriodRule;
  trial_run_report: PeriodRule;
  deregistration_completion: PeriodRule;
}

/** Options of `Project.status`: the official calendar and default ruleset unless given. */
export interface StatusOptions {
  calendar?: Calendar;
  ruleset?: Ruleset | string;
}
