// Issue 11 §2: the junk cases of tests/junk/cases.json give the same outcome here as in
// Rust (tests/tests/junk_agreement.rs) and Python (bindings-python/tests/test_junk.py):
// "ok", "TypeError" or the same error code, with the same messages (message_zh, message_en: the
// core's, which the file keeps beside the code; issue 17, rendered here from the catalogue).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { api, leak, notice, office, repo } from "./helpers.mjs";

const arg = (v) => {
  if (v && typeof v === "object" && "$repeat" in v) return v.$repeat[0].repeat(v.$repeat[1]);
  if (v && typeof v === "object" && "$big" in v) return BigInt(v.$big);
  return v;
};

const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const calls = {
  amount_parse: (a) => api.Amount.parse(a),
  amount_from_fen: (a) => api.Amount.fromFen(a),
  calendar_from_json: (a) => api.Calendar.fromJson(a),
  ruleset_from_json: (a) => api.parseRuleset(a),
  project_new: (a, b) => new api.Project(a, b),
  project_from_json: (a) => api.Project.fromJson(a),
  project_apply: (e) => new api.Project("junk", "development").apply(e),
  project_status: (d) => new api.Project("junk", "development").status(d),
  project_status_in: (d, rs) => new api.Project("junk", "development").statusIn(d, rs),
  check_label_actions: (a) => api.labelActions(a),
  check_priority_categories: (a) => api.priorityCategories(a),
  period_parse: (a) => api.parsePeriod(a),
  // Notice texts are read by the optional module fuling-rules/notice; the main module applies
  // what it returns (Rust and Python: Calendar::with_notice(text) does both).
  parse_notice: (a) => notice.parseNotice(a),
  calendar_with_notice: (a) => api.Calendar.official().withNotice(notice.parseNotice(a)),
  calendar_official: (y) => api.Calendar.official({ provisionalUntil: y }),
  // The batch migration is the optional module fuling-rules/office's.
  migrate: (a) => office.migrate(a),
};

// Issue 17: the results and errors with a message token left unrendered (U+E000..U+E002).
const leaks = [];

/** The outcome of a case, and the error's messages. */
function outcome(name, raw) {
  const fn = calls[name] ?? api[camel(name)];
  assert.equal(typeof fn, "function", name);
  // A case whose input holds a token character may see it echoed in a message.
  const echoes = leak(raw.map(arg)) !== null;
  try {
    const v = fn(...raw.map(arg));
    if (!echoes && leak(v) !== null) leaks.push(`${name}: ${leak(v).slice(0, 200)}`);
    return ["ok"];
  } catch (e) {
    if (!echoes && leak(e) !== null) leaks.push(`${name}: ${leak(e).slice(0, 200)}`);
    if (e?.name === "RulesError") return [e.code, e.message_zh, e.message_en];
    if (e instanceof TypeError) return ["TypeError"];
    throw e;
  }
}

test("junk gives the same codes and messages as Rust and Python", () => {
  const { cases } = JSON.parse(readFileSync(join(repo, "tests", "junk", "cases.json"), "utf8"));
  assert.ok(cases.length >= 200);
  const wrong = cases
    .map((c, i) => [c, i, outcome(c.call, c.args)])
    .filter(([c, , [got, zh, en]]) => got !== c.expect || zh !== c.message_zh || en !== c.message_en)
    .map(([c, i, got]) => `case ${i} ${c.call}${JSON.stringify(c.args).slice(0, 80)}: expected ${JSON.stringify([c.expect, c.message_zh, c.message_en])}, got ${JSON.stringify(got)}`);
  assert.deepEqual(wrong, []);
  assert.deepEqual(leaks, [], "message tokens left unrendered");
});
