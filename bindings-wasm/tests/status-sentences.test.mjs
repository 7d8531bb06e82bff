// Project.status(): every explanation carries its rendered sentences, as explainDueDate's do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Project } from '../pkg/node/index.mjs';

test('status explanations carry sentence_zh and sentence_en', () => {
  const p = new Project('S-1', 'development');
  p.apply({ type: 'ledgered', date: '2025-09-01' });
  p.apply({ type: 'funding_plan_submitted', date: '2025-09-30', amount: '520万元' });
  const s = p.status('2025-10-09');
  const o = s.obligations.find((x) => x.id === 'lead_department_opinion');
  // 2025 notice: 10-01..10-08 off, Sat 10-11 worked: 10-09, 10-10, 10-11, 10-13, 10-14.
  assert.equal(o.due, '2025-10-14');
  assert.match(o.explanation.sentence_en, /Saturday 10-11 worked → 2025-10-14$/);
  assert.match(o.explanation.sentence_zh, /第十九条第\(二\)项/);
  p.free();
});
