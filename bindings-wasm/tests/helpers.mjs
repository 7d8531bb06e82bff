// Shared helpers for the node --test files: loads the built Node package.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, "..", "..");
export * as api from "../pkg/node/index.mjs";
/** The optional module fuling-rules/notice (the reader of notice texts: parseNotice). */
export * as notice from "../pkg/node/notice.mjs";
/** The Node build with the feature `portfolio` (scripts/test-wasm builds it into
 * pkg/node-portfolio; the shipped package is built without it), or null when not built. */
export const portfolioApi = existsSync(join(here, "..", "pkg", "node-portfolio", "index.mjs"))
  ? await import("../pkg/node-portfolio/index.mjs")
  : null;

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
