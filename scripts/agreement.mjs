// The Node (WASM) side of the three-target agreement test (scripts/agreement.py):
// reads cases as JSON on stdin, prints the WASM binding's answers as JSON on stdout.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fr = require('../bindings-wasm/pkg/node/fuling_rules_wasm.js');
// The reader of notice texts is the package's optional module fuling-rules/notice.
const notice = require('../bindings-wasm/pkg/node/notice.js');

const cases = JSON.parse(readFileSync(0, 'utf8'));
// An error as the three runners write it: its code and both messages (issue 17).
const code = (e) => {
  if (e && e.name === 'RulesError') return { error: e.code, message_zh: e.message_zh, message_en: e.message_en };
  throw e;
};
const pairs = cases.pairs.map(([d, n]) => {
  try {
    return fr.addWorkingDays(d, n);
  } catch (e) {
    return code(e);
  }
});
const projects = cases.projects.map((c) => {
  const p = fr.Project.fromJson(JSON.stringify(c.project));
  const applied = c.events.map((e) => {
    try {
      p.apply(e);
      return null;
    } catch (err) {
      return code(err);
    }
  });
  let status;
  try {
    status = p.status(c.as_of);
  } catch (err) {
    status = code(err);
  }
  let timeline;
  try {
    timeline = p.timelineMermaid();
  } catch (err) {
    timeline = code(err);
  }
  const project = JSON.parse(p.toJson());
  p.free();
  return { applied, status, project, timeline };
});
const notices = cases.notices.map((t) => {
  try {
    return notice.parseNotice(t);
  } catch (e) {
    return code(e);
  }
});
const periods = cases.periods.map((t) => {
  try {
    return fr.dueDate('2025-09-30', t);
  } catch (e) {
    return code(e);
  }
});
process.stdout.write(JSON.stringify({ pairs, projects, notices, periods }));
