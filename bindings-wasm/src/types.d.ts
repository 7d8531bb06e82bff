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

/**
 * A calendar described as data, for the optional modules (`fuling-rules/notice`'s `parseNotice`
 * base, `fuling-rules/office`'s `calendar` option): a `Calendar` object cannot cross into another
 * wasm instance. Built as this module builds it: `calendar` (calendar data, what
 * `Calendar.fromJson` read; the official calendar when absent), then each of `notices` added in
 * order (`withNotice`), then `withProvisionalUntil(provisionalUntil)`. So
 * `{ notices: [n2027], provisionalUntil: 2030 }` is
 * `Calendar.official().withNotice(n2027).withProvisionalUntil(2030)`. A page keeps the inputs it
 * built its `Calendar` from (a `Calendar` cannot give back the notices' days or a custom
 * calendar's data). Notice text in `notices` is read only by `fuling-rules/notice`; elsewhere a
 * string there is notice data's JSON text.
 */
export interface CalendarSpec {
  /** Calendar data (or its JSON text); the official calendar when absent. */
  calendar?: CalendarData | string | null;
  /** Notices added in order: what `parseNotice` returned (or its JSON text). */
  notices?: (ParsedNotice | string)[] | null;
  /** The last provisional year (2027–2035), as `Calendar.official({ provisionalUntil })`. */
  provisionalUntil?: number | null;
}

/** Options of `Calendar.official`: provisional years through `provisionalUntil` (2027–2035). */
export interface OfficialOptions {
  provisionalUntil?: number;
}
