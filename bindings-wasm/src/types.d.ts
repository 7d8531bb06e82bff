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
