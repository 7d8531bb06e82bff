// Shared helpers for the node --test files: loads the built Node package.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, "..", "..");
export * as api from "../pkg/node/index.mjs";
/** The optional module fuling-rules/notice (the reader of notice texts: parseNotice). */
export * as notice from "../pkg/node/notice.mjs";
/** The optional module fuling-rules/office (the back-office operations: Portfolio, migrate). */
export * as office from "../pkg/node/office.mjs";

/** Every tests/scenarios/*.json as [fileName, parsed], sorted by name. */
export function scenarios() {
  const dir = join(repo, "tests", "scenarios");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]);
}

/** Runs `fn`; returns null, or the thrown error. */
export function thrown(fn) {
  try {
    fn();
    return null;
  } catch (e) {
    return e;
  }
}

/** Issue 17: the first text in `v` (a result, or a thrown error's message and fields) that holds
 * one of the message token characters U+E000..U+E004 (U+E003 and U+E004 mark an argument's
 * language), or null: every message of the core must
 * reach JS rendered (pkg/{web,node}/messages.js). */
export function leak(v) {
  const texts = v instanceof Error ? [v.message, v.message_zh, v.message_en] : [v];
  for (const x of texts) {
    const s = typeof x === "string" ? x : JSON.stringify(x, (_, y) => (typeof y === "bigint" ? String(y) : y));
    if (s !== undefined && /[\uE000-\uE004]/.test(s)) return s;
  }
  return null;
}
