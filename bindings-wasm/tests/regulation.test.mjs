// articleText and regulationTitle: the regulation's text as a JavaScript module of its own
// (pkg/regulation.mjs, outside the .wasm), from the Node entry and the plain ES module.
// Expected substrings are copied from core/data/regulation.zh.md (the source text), not
// from the generated module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { api, thrown } from "./helpers.mjs";
import * as standalone from "../pkg/regulation.mjs";

test("article and item texts", () => {
  for (const m of [api, standalone]) {
    // 第二十条: the 500万元 (inclusive) threshold.
    assert.match(m.articleText({ article: 20 }), /^应用开发资金计划在500万元\(含\)以上/);
    // 第十九条第(二)项: 5 working days for the lead department.
    assert.match(m.articleText({ article: 19, item: 2 }), /区级应用牵头部门应在5个工作日内/);
    assert.match(m.articleText('{"article": 19, "item": 5}'), /根据联合评审批复文件/);
    assert.equal(m.articleText({ article: 19, item: 6 }), null); // 第十九条 has five items
    assert.equal(m.articleText({ article: 46 }), null); // 第四十五条 is the last
    assert.equal(m.articleText({ article: 20, item: null }), m.articleText({ article: 20 }));
    assert.equal(m.regulationTitle, "涪陵区政务数字化应用管理暂行办法(征求意见稿)");
  }
});

test("every article and every item of 第二十三条 and 第三十四条 has a text", () => {
  for (let a = 1; a <= 45; a++) assert.equal(typeof api.articleText({ article: a }), "string", `Art. ${a}`);
  for (let i = 1; i <= 9; i++) assert.equal(typeof api.articleText({ article: 23, item: i }), "string", `Art. 23(${i})`);
  for (let i = 1; i <= 9; i++) assert.equal(typeof api.articleText({ article: 34, item: i }), "string", `Art. 34(${i})`);
});

test("wrong shapes throw RulesError with a code and pointer, others TypeError", () => {
  const cases = [
    ["{", "invalid_json", null],
    ["[]", "invalid_input", '""'],
    [{ article: "20" }, "invalid_input", '"/article"'],
    [{ article: 20.5 }, "invalid_input", '"/article"'],
    [{ article: 300 }, "invalid_input", '"/article"'],
    [{ article: 20, item: -1 }, "invalid_input", '"/item"'],
    [{ article: 20, itme: 1 }, "invalid_input", '"/itme"'],
    [{}, "invalid_input", '"/article"'],
    [null, "invalid_input", '""'],
  ];
  for (const [input, code, pointer] of cases) {
    const e = thrown(() => api.articleText(input));
    assert.ok(e, JSON.stringify(input));
    assert.equal(e.name, "RulesError", JSON.stringify(input));
    assert.equal(e.code, code, JSON.stringify(input));
    if (pointer) assert.ok(e.message_en.includes(`at ${pointer}`), e.message_en);
    assert.ok(e.message_zh.length > 0);
  }
  assert.throws(() => api.articleText(undefined), TypeError);
  assert.throws(() => api.articleText({ article: 10n }), TypeError);
});

test("state and stage names", () => {
  for (const m of [api, standalone]) {
    // Names copied from core/src/process/state.rs and the 第七条 stages (谋划 审批 开发 发布 运行 评价 注销).
    assert.equal(m.stateNames.rejected, "未通过联合评审");
    assert.equal(m.stateNames.in_operation, "运行中");
    assert.equal(m.stateNames.proposed, "谋划中");
    assert.deepEqual(
      ["planning", "approval", "development", "release", "operation", "evaluation", "deregistration"].map((k) => m.stageNames[k]),
      ["谋划", "审批", "开发", "发布", "运行", "评价", "注销"],
    );
    assert.equal(Object.keys(m.stageNames).length, 7);
  }
});
