// jsonSchema(name): the shipped JSON Schemas, from the Node entry and the plain ES module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jsonSchema, schemaNames } from '../pkg/node/index.mjs';
import * as standalone from '../pkg/schemas.mjs';

const root = new URL('../../', import.meta.url);

test('every schema the issue names is there and equals the shipped file', () => {
  for (const name of ['planning_dossier', 'joint_review', 'acceptance', 'catalog', 'deregistration',
    'project_events', 'calendar', 'ruleset', 'period']) {
    assert.ok(schemaNames.includes(name), name);
    const file = JSON.parse(readFileSync(new URL(`schemas/${name}.json`, root), 'utf8'));
    assert.deepEqual(jsonSchema(name), file, name);
    assert.deepEqual(standalone.jsonSchema(name), file, name);
  }
});

test('a returned schema is a fresh copy', () => {
  const a = jsonSchema('period');
  a.title = 'changed';
  assert.notEqual(jsonSchema('period').title, 'changed');
});

test('unknown names and wrong types', () => {
  assert.throws(() => jsonSchema('nope'), (e) => e.name === 'RulesError' && e.code === 'unknown_name'
    && typeof e.message_zh === 'string' && typeof e.message_en === 'string');
  assert.throws(() => jsonSchema(42), TypeError);
});
