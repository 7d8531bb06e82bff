// Browser test of the demo page (node --test): serves bindings-wasm/www with serve.mjs on
// 127.0.0.1, drives Debian's Chromium headless through playwright-core, fills the form the way a
// user does, and asserts what the page shows. Screenshots go to <repo>/test-output/browser/.
//
// Needs: bindings-wasm/build.sh (pkg/web and pkg/node), npm ci in bindings-wasm (playwright-core,
// mermaid), /usr/bin/chromium. Run through ./bindings-wasm/www/run-browser-test.sh.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "./serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const outDir = path.join(repo, "test-output", "browser");
const rules = await import(path.join(here, "../pkg/node/index.mjs"));

/** The complete dossier of the shared check scenario (no findings expected). */
const complete = JSON.parse(fs.readFileSync(path.join(repo, "tests/scenarios/check-01-planning-complete.json"), "utf8"));
assert.deepEqual(complete.expect.findings, []);

let server;
let context;
let page;
let profile;
const consoleErrors = [];
let currentTest = "";
beforeEach((t) => { currentTest = t.name; });
const failedRequests = [];

before(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  server = await startServer();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "fuling-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1400, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // 30 s, not 10: on a loaded 2-core machine (a build beside the test) one locator of the first
  // dossier fill once took longer than 10 s; a missing element still fails, only later.
  page.setDefaultTimeout(30000);
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`${m.text()} @ ${m.location().url}`); });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message} ${(e.stack ?? "").split("\n").slice(1, 3).join(" ").trim()} (test: ${currentTest})`));
  page.on("requestfailed", (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) failedRequests.push(`${r.url()}: HTTP ${r.status()}`); });
  // Everything must come from 127.0.0.1: the page works with no network.
  await context.route((url) => !url.href.startsWith(`http://127.0.0.1:${server.port}/`) && !url.href.startsWith("data:"),
    (route) => { failedRequests.push(`off-host request ${route.request().url()}`); return route.abort(); });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

// ---- helpers ---------------------------------------------------------------------------------

async function open() {
  await page.goto(server.url);
  await page.waitForSelector("#dossier .field");
  await settle();
}

/** Waits until the page has processed every input (body[data-busy="0"]). */
async function settle() {
  await page.waitForFunction(() => document.body.dataset.busy === "0", null, { timeout: 15000 });
}

// The planning view's fields (the other views have fields with the same paths).
const field = (p) => page.locator(`#view-planning .field[data-path="${p}"]`);
const keyed = (k) => page.locator(`#view-planning .field[data-key="${k}"]`);
const getPtr = (o, p) => p.split("/").slice(1).reduce((x, k) => (x == null ? undefined : x[k]), o);

/**
 * Ticks or unticks a checkbox like a user. The page re-renders results on every change, and on a
 * busy machine a click can land while that happens ("Clicking the checkbox did not change its
 * state"); the user would simply click again, so the test retries up to three times.
 */
async function setBox(box, on) {
  for (let attempt = 1; ; attempt++) {
    try {
      await box.setChecked(on);
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.waitForTimeout(200);
    }
  }
}

/** Fills one field the way a user would, by the page's field kind. */
async function fillField(loc, kind, v, p) {
  switch (kind) {
    case "field-text":
    case "field-area":
      return loc.locator("input, textarea").first().fill(v ?? "");
    case "field-check":
      return setBox(loc.locator("input"), !!v);
    case "field-select":
      return loc.locator("select").selectOption(v ?? "");
    case "field-radio":
      return loc.locator(`input[value="${v ?? ""}"]`).check();
    case "field-multi":
      for (const box of await loc.locator("input").all()) await setBox(box, (v ?? []).includes(await box.getAttribute("value")));
      return;
    case "field-lines":
    case "field-pairs": {
      const text = (v ?? []).map((x) => (kind === "field-pairs" ? `${x.name}:${x.relation}` : x)).join("\n");
      await loc.locator("textarea").fill(text);
      const none = loc.locator(":scope > .none input");
      if (await none.count()) await setBox(none, Array.isArray(v) && v.length === 0);
      return;
    }
    case "field-network":
      await loc.locator(".net-connected").selectOption(v ? String(!!v.connected) : "");
      if (v?.connected) {
        await loc.locator(".net-boundary").fill(v.boundary ?? "");
        await loc.locator(".net-measures").fill(v.measures ?? "");
      } else {
        assert.equal(await loc.locator(".net-boundary").isVisible(), false, "boundary asked only when connected");
      }
      return;
    case "field-rows": {
      const none = loc.locator(":scope > .rows-head .none-box");
      if (await none.count()) await setBox(none, Array.isArray(v) && v.length === 0);
      const items = v ?? [];
      for (let i = 0; i < items.length; i++) {
        if ((await loc.locator(":scope > .rows-list > .row").count()) <= i) await loc.locator(":scope > .add-row").click();
        for (const [rel, val] of Object.entries(items[i])) {
          const sub = field(`${p}/${i}/${rel}`);
          await fillField(sub, await sub.evaluate((e) => e.classList[1]), val, `${p}/${i}/${rel}`);
        }
      }
      return;
    }
    default:
      throw new Error(`unknown field kind ${kind} at ${p}`);
  }
}

/** Fills every dossier field of the form from a PlanningDossier object. */
async function fillDossier(d) {
  const fields = await page.$$eval("#dossier fieldset > .field[data-path]", (els) => els.map((e) => [e.dataset.path, e.classList[1]]));
  for (const [p, kind] of fields) await fillField(field(p), kind, getPtr(d, p), p);
}

async function fillProject({ responsible, lead, amount, dates = {}, asOf }) {
  await keyed("responsible_department").locator("input").fill(responsible ?? "");
  await keyed("lead_department").locator("input").fill(lead ?? "");
  await keyed("amount").locator("input").fill(amount ?? "");
  for (const [type, date] of Object.entries(dates)) await keyed(`event:${type}`).locator("input").fill(date);
  if (asOf) await keyed("as_of").locator("input").fill(asOf);
}

/** The finding codes shown inside the field (or row, or section) with this data-path. */
async function shownAt(p) {
  await settle();
  return page.locator(`#view-planning [data-path="${p}"] > .msgs > .finding`).evaluateAll((els) => els.map((e) => e.dataset.code));
}

/** Saves the whole page as NAME.png and the results column as NAME-results.png. */
async function shot(name) {
  await settle();
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  await page.locator("#results").screenshot({ path: path.join(outDir, `${name}-results.png`) });
}

// ---- tests -------------------------------------------------------------------------------------

test("the page loads the WASM package and the local mermaid with no network", async () => {
  await open();
  assert.match(await page.locator("#lib-version").textContent(), /^v\d+\.\d+\.\d+/);
  assert.equal(await page.evaluate(() => typeof window.mermaid?.render), "function");
  // The empty form: every Art 16 element and the Art 17 search are missing (check-32).
  assert.equal(await page.locator("#summary").getAttribute("data-passed"), "false");
  assert.deepEqual(await shownAt("/release_channel"), ["art16_release_channel_missing"]);
  assert.deepEqual(await shownAt("/reuse_search"), ["art17_reuse_search_missing"]);
  assert.equal(await page.locator("#timeline").getAttribute("data-rendered"), "none");
  assert.match(await page.locator("#timeline").textContent(), /填写关键日期后显示时间线/);
});

test("a complete dossier: no blocking findings, filing, deadlines with explanations and the timeline", async () => {
  await open();
  await fillDossier(complete.input);
  await fillProject({
    responsible: "区水利局", lead: "区水利局", amount: "520万元", asOf: "2025-10-20",
    dates: { ledgered: "2025-09-15", funding_plan_submitted: "2025-09-30", lead_department_reviewed: "2025-10-10", preliminary_funding_plan_set: "2025-10-13" },
  });
  await settle();
  // The form reads back as the scenario's dossier: the library finds nothing in either.
  const read = await page.evaluate(() => window.fulingDemo.readDossier());
  assert.deepEqual(rules.checkPlanningDossier(read).findings, []);

  const summary = page.locator("#summary");
  assert.equal(await summary.getAttribute("data-passed"), "true");
  assert.equal(await summary.getAttribute("data-blocking"), "0");
  assert.equal(await page.locator("#dossier .finding").count(), 0, "no finding next to any field");
  assert.match(await summary.textContent(), /无阻断性发现/);

  // 520万元 ≥ 500万元: Art. 20 filing required.
  assert.equal(await page.locator("#filing").getAttribute("data-required"), "true");
  assert.match(await page.locator("#amount-info").textContent(), /5,200,000\.00.*伍佰贰拾万元整/);

  // Deadlines: the development plan, 60 working days after the preliminary funding plan (19(3)),
  // and the municipal filing (Art. 20, no period); the lead department's opinion was met.
  const status = page.locator("#status");
  assert.equal(await status.getAttribute("data-state"), "preliminary_funding_set");
  const due = rules.dueDate("2025-10-13", { unit: "working_days", count: 60 });
  const plan = status.locator('li[data-id="development_plan_submission"]');
  assert.equal(await plan.getAttribute("data-due"), due);
  assert.equal(await plan.getAttribute("data-overdue"), "false");
  const why = rules.explainDueDate("2025-10-13", { unit: "working_days", count: 60 });
  assert.ok((await plan.locator(".why").textContent()).includes(why.sentence_zh), "the explanation is shown");
  assert.match(await plan.textContent(), /第十九条\(三\)/);
  assert.equal(await status.locator('li[data-id="lead_department_opinion"]').count(), 0, "met on time: not open");

  // The Mermaid timeline rendered as an SVG picture.
  const timeline = page.locator("#timeline");
  await page.waitForSelector("#timeline[data-rendered=svg] svg");
  assert.ok((await timeline.locator("svg text").count()) > 3);
  assert.match(await timeline.locator("svg").textContent(), /development_plan_submission/);
  await shot("complete");
});

test("an incomplete dossier: the expected findings next to the expected fields", async () => {
  await open();
  const incomplete = structuredClone(complete.input);
  incomplete.requirements = [{ function: "巡河问题上报", scenario: "", problems: [] }];
  delete incomplete.release_channel;
  incomplete.relations.own_department = [{ name: "水利一张图", relation: "" }];
  incomplete.network.internet = { connected: true, boundary: "", measures: "WAF、网闸" };
  incomplete.performance.early_warning = "";
  incomplete.reuse = [{ application: "城市综合治理平台" }];
  delete incomplete.reuse_search;
  await fillDossier(incomplete);
  // Art 20: 600万元 without the municipal filing: the joint review cannot be organised.
  await fillProject({
    responsible: "区水利局", lead: "", amount: "600万元", asOf: "2025-07-11",
    dates: { ledgered: "2025-06-03", funding_plan_submitted: "2025-06-03", lead_department_reviewed: "2025-06-05",
      preliminary_funding_plan_set: "2025-06-06", development_plan_submitted: "2025-07-03",
      preliminary_review_passed: "2025-07-10", joint_review_organised: "2025-07-11" },
  });
  await settle();

  assert.equal(await page.locator("#summary").getAttribute("data-passed"), "false");
  const expected = {
    "/requirements/0/scenario": ["art16_scenario_missing"],
    "/requirements/0/problems": ["art16_problem_missing"],
    "/relations/own_department": ["art16_relation_unclear"], // at /relations/own_department/0/relation
    "/release_channel": ["art16_release_channel_missing"],
    "/network/internet/boundary": ["art16_security_boundary_missing"],
    "/performance/early_warning": ["art16_early_warning_missing"],
    "/reuse/0/mode": ["art18_reuse_mode_missing"],
    "/reuse_search": ["art17_reuse_search_missing"],
  };
  for (const [p, codes] of Object.entries(expected)) assert.deepEqual(await shownAt(p), codes, `findings at ${p}`);
  assert.match(await field("/relations/own_department").locator(".finding").textContent(), /第1行 line 1/);
  // Every finding the library reports is shown exactly once, and nothing else is.
  const report = rules.checkPlanningDossier(await page.evaluate(() => window.fulingDemo.readDossier()));
  const shown = await page.locator("#dossier .finding[data-path], #general-findings .finding").evaluateAll(
    (els) => els.map((e) => `${e.dataset.path} ${e.dataset.code}`).sort());
  assert.deepEqual(shown, report.findings.map((f) => `${f.path} ${f.code}`).sort());
  assert.equal(await page.locator("#summary").getAttribute("data-blocking"),
    String(report.findings.filter((f) => f.severity === "blocking").length));
  // Fields without findings are not marked.
  assert.deepEqual(await shownAt("/name"), []);
  assert.equal(await field("/platform/architecture").getAttribute("class"), "field field-text");

  // The refused event is shown next to its date; the status shows the open obligations.
  assert.deepEqual(await page.locator('[data-key="event:joint_review_organised"] > .msgs > .finding').evaluateAll(
    (els) => els.map((e) => e.dataset.code)), ["municipal_filing_required"]);
  assert.match(await page.locator('[data-key="event:joint_review_organised"]').textContent(), /第二十条/);
  const status = page.locator("#status");
  assert.equal(await status.getAttribute("data-state"), "preliminary_review_passed");
  assert.equal(await status.locator('li[data-id="joint_review_organisation"]').getAttribute("data-due"), "2025-07-24");
  assert.equal(await status.locator('li[data-id="municipal_filing"]').count(), 1);
  await page.waitForSelector("#timeline[data-rendered=svg] svg");
  await shot("incomplete");

  // Filing recorded: the joint review is accepted and the refusal disappears.
  await keyed("event:municipal_filing_submitted").locator("input").fill("2025-07-04");
  await settle();
  assert.equal(await page.locator('[data-key^="event:"] .finding').count(), 0);
  assert.equal(await status.getAttribute("data-state"), "joint_review_organised");
});

test("amount threshold (Art. 20): 4,999,999.99 not required; 5,000,000 and 伍佰万元整 required", async () => {
  await open();
  const amount = keyed("amount").locator("input");
  const filing = page.locator("#filing");
  const cases = [
    ["4,999,999.99", "false", /4,999,999\.99/],
    ["5,000,000", "true", /5,000,000\.00/],
    ["伍佰万元整", "true", /5,000,000\.00/],
    ["500万元", "true", /伍佰万元整/],
    ["4999999.99", "false", /肆佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分/],
  ];
  for (const [text, required, shows] of cases) {
    await amount.fill(text);
    await settle();
    assert.equal(await filing.getAttribute("data-required"), required, `filing flag for ${text}`);
    assert.match(await filing.textContent(), required === "true" ? /须报市大数据发展局备案/ : /无须报市级备案/);
    assert.match(await page.locator("#amount-info").textContent(), shows, `amount shown for ${text}`);
    if (text === "4,999,999.99") await shot("amount-4999999.99");
    if (text === "伍佰万元整") await shot("amount-5000000");
  }
  // An amount the rules cannot read: the RulesError next to the field, no flag.
  await amount.fill("五百万美元");
  await settle();
  assert.equal(await filing.getAttribute("data-required"), "");
  const err = keyed("amount").locator(".finding.error");
  assert.equal(await err.count(), 1);
  assert.equal(await err.getAttribute("data-code"), "amount_malformed");
  // Junk never breaks the page (a Rust panic would abort the WASM instance): each is a
  // RulesError next to the field, and a good amount works again afterwards.
  for (const junk of ["9".repeat(40), "-5万元", "1.001", "万万", "5".repeat(2000)]) {
    await amount.fill(junk);
    await settle();
    assert.equal(await filing.getAttribute("data-required"), "", `no flag for ${junk.slice(0, 20)}`);
    assert.match(await err.getAttribute("data-code"), /^amount_|^input_too_large$/, `error for ${junk.slice(0, 20)}`);
  }
  await amount.fill("500万元");
  await settle();
  assert.equal(await filing.getAttribute("data-required"), "true");
});

test("涉密: the platform-only release channel is not required; dates out of order are refused", async () => {
  await open();
  assert.deepEqual(await shownAt("/release_channel"), ["art16_release_channel_missing"]);
  await field("/secret_related").locator("input").check();
  assert.deepEqual(await shownAt("/release_channel"), [], "16(3) does not apply to a secret application (第二条)");
  await field("/secret_related").locator("input").uncheck();
  assert.deepEqual(await shownAt("/release_channel"), ["art16_release_channel_missing"]);

  await fillProject({ amount: "100万元", asOf: "2025-10-20", dates: { ledgered: "2025-10-10", funding_plan_submitted: "2025-10-09" } });
  await settle();
  assert.deepEqual(await page.locator('[data-key="event:funding_plan_submitted"] > .msgs > .finding').evaluateAll(
    (els) => els.map((e) => e.dataset.code)), ["event_out_of_order"]);
  assert.equal(await page.locator("#status").getAttribute("data-state"), "ledgered");
});

test("the example button fills a complete dossier", async () => {
  await open();
  await page.locator("#load-example").click();
  await settle();
  assert.equal(await page.locator("#summary").getAttribute("data-passed"), "true");
  assert.equal(await page.locator("#filing").getAttribute("data-required"), "true");
  assert.equal(await page.locator('#status li[data-id="development_plan_submission"]').count(), 1);
  await page.waitForSelector("#timeline[data-rendered=svg] svg");
  await page.locator("#clear-form").click();
  await settle();
  assert.equal(await page.locator("#summary").getAttribute("data-passed"), "false");
  assert.equal(await page.locator("#timeline").getAttribute("data-rendered"), "none");
});

// ---- the generated forms (forms.js) ----------------------------------------------------------

const axePath = path.join(here, "../node_modules/axe-core/axe.min.js");
const scenario = (name) => JSON.parse(fs.readFileSync(path.join(repo, "tests/scenarios", `${name}.json`), "utf8"));

/** Opens the page on one view (a fresh load) and waits until it has settled. */
async function openView(id) {
  await page.goto("about:blank");
  await page.goto(`${server.url}#${id}`);
  await page.waitForSelector(`#view-${id}:not([hidden])`);
  await settleView(id);
}

async function settleView(id) {
  await page.waitForFunction((v) => document.getElementById(`view-${v}`)?.dataset.busy === "0", id, { timeout: 15000 });
}

const view = (id) => page.locator(`#view-${id}`);
const vfield = (id, p) => view(id).locator(`[data-path="${p}"]`).first();

/** The finding codes shown in the field (or group) with this data-path, in the given view. */
async function shownIn(id, p) {
  await settleView(id);
  return view(id).locator(`[data-path="${p}"] > .msgs > .finding`).evaluateAll((els) => els.map((e) => e.dataset.code));
}

/**
 * Every finding the library reports for the view's dossier is shown exactly once, next to the
 * field whose data-path is the longest prefix of its path, and nothing else is; the controls it
 * describes are aria-invalid and point at it with aria-describedby.
 */
async function assertFindingsAtFields(id, check) {
  await settleView(id);
  const input = await page.evaluate((v) => window.fulingDemo.forms.views.get(v).read(), id);
  const report = rules[check](input);
  const shown = await view(id).locator("form .finding[data-path], .msgs.general .finding").evaluateAll((els) => els.map((e) => {
    const owner = e.closest(".msgs").parentElement.closest("[data-path]") ?? e.closest("[data-path]");
    const msgs = e.closest(".msgs");
    const described = [...document.querySelectorAll(`[aria-describedby~="${msgs.id}"]`)];
    return { path: e.dataset.path, code: e.dataset.code, owner: owner?.dataset.path ?? "", blocking: e.classList.contains("blocking"),
      described: described.length, invalid: described.every((c) => c.getAttribute("aria-invalid") === "true") };
  }));
  assert.deepEqual(shown.map((x) => `${x.path} ${x.code}`).sort(), report.findings.map((f) => `${f.path} ${f.code}`).sort(), `${id}: the library's findings`);
  const paths = await view(id).locator("form [data-path]:not(.finding)").evaluateAll((els) => els.map((e) => e.dataset.path));
  for (const x of shown) {
    const best = paths.filter((p) => p && (x.path === p || x.path.startsWith(`${p}/`))).sort((a, b) => b.length - a.length)[0] ?? "";
    assert.equal(x.owner, best, `${id}: ${x.code} at ${x.path} is shown next to ${best}`);
    if (x.blocking && x.described) assert.ok(x.invalid, `${id}: the controls of ${x.owner} are aria-invalid`);
  }
  return report;
}

/** Ticks or unticks a checkbox with the keyboard (focus, Space). */
async function keyBox(loc, on) {
  if ((await loc.isChecked()) === on) return;
  await loc.focus();
  await page.keyboard.press("Space");
  assert.equal(await loc.isChecked(), on);
}

/** Fills a generated form from a dossier object, field by field, as a user does. */
async function fillView(id, obj, base = "") {
  for (const [k, v] of Object.entries(obj)) {
    const p = `${base}/${k}`;
    const el = vfield(id, p);
    const cls = await el.getAttribute("class");
    if (/\bgroup\b/.test(cls)) await fillView(id, v, p);
    else if (/field-check/.test(cls) || /field-link/.test(cls)) await keyBox(el.locator("input").first(), !!v);
    else if (/field-tri/.test(cls)) await el.locator("select").first().selectOption(v == null ? "" : String(v));
    else if (/field-enum/.test(cls)) await el.locator("select").first().selectOption(v ?? "");
    else if (/field-multi/.test(cls)) for (const box of await el.locator(".opt input").all()) await keyBox(box, (v ?? []).includes(await box.getAttribute("value")));
    else if (/field-lines/.test(cls)) await el.locator("textarea").first().fill((v ?? []).join("\n"));
    else if (/field-rows/.test(cls)) {
      for (let i = 0; i < v.length; i++) {
        if ((await el.locator(":scope > .rows-list > .row").count()) <= i) await el.locator(":scope > .add-row").click();
        await fillView(id, v[i], `${p}/${i}`);
      }
    } else {
      const input = el.locator("input, textarea").first();
      await input.fill("");
      await input.pressSequentially(String(v ?? ""));
    }
  }
  await settleView(id);
}

/** Runs axe-core (injected into the page) and fails on any violation. */
async function audit(name) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) =>
    `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`));
  assert.deepEqual(violations, [], `axe-core violations in ${name}`);
}

async function viewShot(id, name) {
  await settleView(id);
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
}

test("the views: navigation by keyboard, one package load, axe-clean planning view", async () => {
  await open();
  await page.locator("#load-example").click();
  await settle();
  await audit("planning (example)");
  await page.locator("#clear-form").click();
  await settle();
  await audit("planning (findings)");
  // The view links are reachable with Tab and followed with Enter; the view's heading gets the focus.
  const link = page.locator('nav.views a[href="#acceptance"]');
  await link.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#view-acceptance:not([hidden])");
  assert.equal(await link.getAttribute("aria-current"), "page");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "acceptance-title");
  assert.equal(await page.locator("#view-planning").isHidden(), true);
  const wasm = await page.evaluate(() => performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length);
  assert.equal(wasm, 1, "the package is loaded once for every view");
});

test("joint review (Art. 23): findings next to their fields, cleared when fixed", async () => {
  const ok = scenario("check-35-review-passes");
  await openView("joint-review");
  await assertFindingsAtFields("joint-review", "checkJointReview");
  assert.deepEqual(await shownIn("joint-review", "/in_ledger"), ["art23_not_in_ledger"]);
  assert.deepEqual(await shownIn("joint-review", "/two_ends/connected"), ["art23_not_on_two_ends"]);
  assert.equal(await vfield("joint-review", "/in_ledger").locator("input").getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#joint-review-summary").textContent(), /项必须补正/);
  await audit("joint review (empty)");
  await fillView("joint-review", ok.input);
  assert.equal(await page.locator("#joint-review-summary").getAttribute("data-passed"), "true");
  assert.equal(await view("joint-review").locator("form .finding").count(), 0);
  assert.equal(await vfield("joint-review", "/in_ledger").locator("input").getAttribute("aria-invalid"), null);
  // 23(2): a new machine room, then the Bureau's assessment exempts it.
  await keyBox(vfield("joint-review", "/infrastructure/builds_machine_room").locator("input"), true);
  assert.deepEqual(await shownIn("joint-review", "/infrastructure/builds_machine_room"), ["art23_new_infrastructure"]);
  await vfield("joint-review", "/infrastructure/bureau_exemption").locator("input").pressSequentially("涪数据评〔2025〕3号");
  assert.deepEqual(await shownIn("joint-review", "/infrastructure/builds_machine_room"), []);
  // 23(3): an overlap named on line 1 of the list.
  await vfield("joint-review", "/design/overlaps").locator("textarea").fill("城市综合治理平台");
  assert.deepEqual(await shownIn("joint-review", "/design/overlaps"), ["art23_unclear_scenario_or_overlap"]);
  await assertFindingsAtFields("joint-review", "checkJointReview");
  await viewShot("joint-review", "joint-review-overlap");
  await audit("joint review (overlap)");
  await vfield("joint-review", "/design/overlaps").locator("textarea").fill("");
  await settleView("joint-review");
  assert.equal(await page.locator("#joint-review-summary").getAttribute("data-passed"), "true");
  // 23(9): the planning view's (empty) dossier attached: its findings go next to the attachment.
  await vfield("joint-review", "/plan_complete").locator("select").selectOption("");
  await keyBox(vfield("joint-review", "/development_plan").locator("input"), true);
  const atPlan = await shownIn("joint-review", "/development_plan");
  assert.ok(atPlan.includes("art23_incomplete_plan") && atPlan.includes("art16_requirements_missing"), atPlan.join());
  await assertFindingsAtFields("joint-review", "checkJointReview");
});

test("acceptance (Art. 34): every condition next to its field", async () => {
  await openView("acceptance");
  const report = await assertFindingsAtFields("acceptance", "checkAcceptance");
  assert.equal(report.passed, false);
  assert.deepEqual(await shownIn("acceptance", "/trial_run_passed"), ["art34_trial_run_not_passed"]);
  assert.deepEqual(await shownIn("acceptance", "/supervisor_consents"), ["art34_unmet_supervisor_consents"]);
  await audit("acceptance (empty)");
  await fillView("acceptance", scenario("check-54-acceptance-complete").input);
  assert.equal(await page.locator("#acceptance-summary").getAttribute("data-passed"), "true");
  assert.equal(await view("acceptance").locator("form .finding").count(), 0);
  // 34(5): the commercial-crypto assessment not passed; the summary names the condition.
  await keyBox(vfield("acceptance", "/commercial_crypto_assessment_passed").locator("input"), false);
  assert.deepEqual(await shownIn("acceptance", "/commercial_crypto_assessment_passed"), ["art34_unmet_tests_and_assessments_passed"]);
  assert.match(await page.locator("#acceptance-summary").textContent(), /tests_and_assessments_passed/);
  assert.match(await vfield("acceptance", "/commercial_crypto_assessment_passed").textContent(), /第三十四条\(五\)/);
  await assertFindingsAtFields("acceptance", "checkAcceptance");
  await viewShot("acceptance", "acceptance-crypto");
  await audit("acceptance (one unmet)");
  // 涉密: 34(3) does not apply.
  await keyBox(vfield("acceptance", "/commercial_crypto_assessment_passed").locator("input"), true);
  await keyBox(vfield("acceptance", "/built_on_platform").locator("input"), false);
  assert.deepEqual(await shownIn("acceptance", "/built_on_platform"), ["art34_unmet_built_on_platform"]);
  await keyBox(vfield("acceptance", "/secret_related").locator("input"), true);
  assert.deepEqual(await shownIn("acceptance", "/built_on_platform"), []);
  assert.equal(await page.locator("#acceptance-summary").getAttribute("data-passed"), "true");
});

test("catalog (Art. 7): the entries, and the four due after development", async () => {
  await openView("catalog");
  await assertFindingsAtFields("catalog", "checkCatalog");
  assert.deepEqual(await shownIn("catalog", "/catalog/basic_info"), ["art7_basic_info_missing"]);
  assert.deepEqual(await shownIn("catalog", "/catalog/vendor_info"), [], "not due before development is complete");
  await keyBox(vfield("catalog", "/development_completed").locator("input"), true);
  assert.deepEqual(await shownIn("catalog", "/catalog/vendor_info"), ["art7_vendor_info_missing"]);
  await audit("catalog (empty)");
  await fillView("catalog", scenario("check-67-catalog-complete").input);
  assert.equal(await page.locator("#catalog-summary").getAttribute("data-passed"), "true");
  assert.equal(await view("catalog").locator("form .finding").count(), 0);
  // A digital resource row without its kind: the shape error goes next to that row's field.
  await vfield("catalog", "/catalog/digital_resources").locator(":scope > .add-row").click();
  await settleView("catalog");
  const err = vfield("catalog", "/catalog/digital_resources/1/kind").locator(".finding.error");
  assert.equal(await err.getAttribute("data-code"), "invalid_input");
  await vfield("catalog", "/catalog/digital_resources/1/kind").locator("select").selectOption("storage");
  await settleView("catalog");
  assert.equal(await view("catalog").locator("form .finding").count(), 0);
  // Removing the row by keyboard.
  await vfield("catalog", "/catalog/digital_resources/1").locator(":scope > .remove-row").focus();
  await page.keyboard.press("Enter");
  await settleView("catalog");
  assert.equal(await vfield("catalog", "/catalog/digital_resources").locator(".row").count(), 1);
  await vfield("catalog", "/catalog/security_protection").locator("textarea, input").fill("");
  assert.deepEqual(await shownIn("catalog", "/catalog/security_protection"), ["art7_security_protection_missing"]);
  await viewShot("catalog", "catalog-security");
  await audit("catalog (one missing)");
});

test("deregistration (Arts. 40–42): grounds and the disposal of each resource", async () => {
  const done = scenario("check-78-deregistration-complete").input;
  await openView("deregistration");
  await assertFindingsAtFields("deregistration", "checkDeregistration");
  assert.deepEqual(await shownIn("deregistration", "/grounds"), ["art40_ground_missing"]);
  await audit("deregistration (empty)");
  await fillView("deregistration", done);
  assert.equal(await page.locator("#deregistration-summary").getAttribute("data-passed"), "true");
  // 41(1), 41(3): a unit's data not yet collected; a component still listed.
  await keyBox(vfield("deregistration", "/data_consumers/0/completed").locator("input"), false);
  await keyBox(vfield("deregistration", "/components/0/delisted").locator("input"), false);
  assert.deepEqual(await shownIn("deregistration", "/data_consumers/0/completed"), ["art41_shared_data_not_settled"]);
  assert.deepEqual(await shownIn("deregistration", "/components/0/delisted"), ["art41_component_not_delisted"]);
  // 41(2): merged, but the history not migrated.
  await vfield("deregistration", "/history/migrated_to").locator("input").fill("");
  assert.deepEqual(await shownIn("deregistration", "/history/migrated_to"), ["art41_history_not_migrated"]);
  await assertFindingsAtFields("deregistration", "checkDeregistration");
  await viewShot("deregistration", "deregistration-steps");
  await audit("deregistration (steps missing)");
  await fillView("deregistration", done);
  assert.equal(await view("deregistration").locator("form .finding").count(), 0);
});

test("priority (Art. 22): each item matched next to the fields that match it", async () => {
  await openView("priority");
  assert.equal(await page.locator("#priority-summary").getAttribute("data-priority"), "false");
  await fillView("priority", scenario("check-87-priority-item2-digital-functions").input);
  assert.equal(await page.locator("#priority-summary").getAttribute("data-priority"), "true");
  assert.deepEqual(await shownIn("priority", "/digital_functions"), ["priority_2"]);
  await keyBox(vfield("priority", "/security_remediation").locator("input"), true);
  assert.deepEqual(await shownIn("priority", "/security_remediation"), ["priority_6"]);
  assert.match(await page.locator("#priority-summary").textContent(), /第二十二条\(二\)、第二十二条\(六\)/);
  await viewShot("priority", "priority");
  await audit("priority");
  await keyBox(vfield("priority", "/security_remediation").locator("input"), false);
  await keyBox(vfield("priority", "/digital_functions").locator('.opt[data-value="grassroots_governance"] input'), false);
  await settleView("priority");
  assert.equal(await page.locator("#priority-summary").getAttribute("data-priority"), "false");
  assert.equal(await view("priority").locator("form .finding").count(), 0);
});

test("labels (Art. 38): what each label requires, next to the label", async () => {
  await openView("labels");
  const opt = (v) => vfield("labels", "/labels").locator(`.opt[data-value="${v}"]`);
  await keyBox(opt("duplicate").locator("input"), true);
  await keyBox(opt("high_risk").locator("input"), true);
  await settleView("labels");
  const expected = rules.labelActions({ labels: ["duplicate", "high_risk"] }).actions;
  for (const a of expected) {
    assert.deepEqual(await opt(a.label).locator(".finding").evaluateAll((els) => els.map((e) => e.dataset.code)), [a.action]);
    assert.ok((await opt(a.label).textContent()).includes(a.message_zh));
  }
  assert.equal(await page.locator("#labels-summary").getAttribute("data-actions"), "2");
  await viewShot("labels", "labels");
  await audit("labels");
  await keyBox(opt("duplicate").locator("input"), false);
  await settleView("labels");
  assert.equal(await opt("duplicate").locator(".finding").count(), 0);
});

/** Chooses the event type, fills its fields and records it with Enter; returns the new log entry. */
async function recordEvent(ev, { enter = true } = {}) {
  const form = page.locator("#events-form");
  await form.locator('[data-path="/type"] select').selectOption(ev.type);
  for (const [k, v] of Object.entries(ev)) {
    if (k === "type") continue;
    const f = form.locator(`[data-path="/${k}"]`).first();
    const cls = await f.getAttribute("class");
    if (/field-multi/.test(cls)) for (const box of await f.locator(".opt input").all()) await keyBox(box, v.includes(await box.getAttribute("value")));
    else if (/field-link|field-check/.test(cls)) await keyBox(f.locator("input").first(), !!v);
    else if (/field-enum|field-tri/.test(cls)) await f.locator("select").first().selectOption(String(v));
    else await f.locator("input, textarea").first().fill(String(v));
  }
  await settleView("events");
  const before = await page.locator("#event-log > li").count();
  if (enter) {
    await form.locator('[data-path="/date"] input').focus();
    await page.keyboard.press("Enter");
  } else await form.locator("button.record").click();
  await page.waitForFunction((n) => document.querySelectorAll("#event-log > li").length > n, before);
  await settleView("events");
  return page.locator("#event-log > li").last();
}

test("event log: accepted and refused events, status, timeline, returned, rejected, withdrawn, corrections and voids", async () => {
  await openView("events");
  await page.locator('#view-events [data-key="as_of"] input').fill("2025-10-31");
  const status = page.locator("#events-status");
  let li = await recordEvent({ type: "ledgered", date: "2025-09-15" });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  // Typed as the user goes: the missing amount is shown next to the amount before recording.
  const form = page.locator("#events-form");
  await form.locator('[data-path="/type"] select').selectOption("funding_plan_submitted");
  await form.locator('[data-path="/date"] input').fill("2025-09-30");
  await settleView("events");
  assert.equal(await page.locator("#events-preview").getAttribute("data-answer"), "refused");
  assert.equal(await form.locator('[data-path="/amount"] .finding').getAttribute("data-code"), "invalid_input");
  assert.equal(await form.locator('[data-path="/amount"] input').getAttribute("aria-invalid"), "true");
  await audit("event log (refusal shown)");
  li = await recordEvent({ type: "funding_plan_submitted", date: "2025-09-30" }, { enter: false });
  assert.equal(await li.getAttribute("data-answer"), "refused");
  assert.equal(await li.getAttribute("data-code"), "invalid_input");
  await form.locator('[data-path="/amount"] input').pressSequentially("520万元");
  await settleView("events");
  assert.equal(await page.locator("#events-preview").getAttribute("data-answer"), "accepted");
  assert.equal(await form.locator('[data-path="/amount"] .finding').count(), 0);
  li = await recordEvent({ type: "funding_plan_submitted", date: "2025-09-30", amount: "520万元" });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  // 第十九条(二): the lead department's opinion is due 5 working days later, across National Day:
  // 2025-09-30 + 5 working days, Oct 1–8 being the holiday → 10-09, 10-10, 10-11 (调休 Saturday), 10-13, 10-14.
  assert.equal(await status.locator('li[data-id="lead_department_opinion"]').getAttribute("data-due"), "2025-10-14");
  const why = rules.explainDueDate("2025-09-30", { unit: "working_days", count: 5 });
  assert.ok((await status.locator('li[data-id="lead_department_opinion"] .why').textContent()).includes(why.sentence_zh), "the explanation is shown");
  // Refused: approval in the wrong state, with its code and article in the log.
  li = await recordEvent({ type: "approved", date: "2025-10-09" });
  assert.equal(await li.getAttribute("data-code"), "transition_not_allowed");
  assert.match(await li.textContent(), /第十九条\(四\)/);
  assert.match(await page.locator("#events-summary").textContent(), /transition_not_allowed/);
  // Out of order: next to the date.
  await form.locator('[data-path="/type"] select').selectOption("lead_department_reviewed");
  await form.locator('[data-path="/date"] input').fill("2025-09-01");
  await settleView("events");
  assert.equal(await form.locator('[data-path="/date"] .finding').getAttribute("data-code"), "event_out_of_order");
  await recordEvent({ type: "lead_department_reviewed", date: "2025-10-10" });
  await recordEvent({ type: "preliminary_funding_plan_set", date: "2025-10-13" });
  await recordEvent({ type: "development_plan_submitted", date: "2025-10-20", amount: "520万元" });
  // The preliminary review returns the plan: back to preliminary_funding_set.
  li = await recordEvent({ type: "preliminary_review_returned", date: "2025-10-22", opinion: "V模型分析未明确数据运用模型" });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  assert.equal(await status.getAttribute("data-state"), "preliminary_funding_set");
  // A correction of entry #1 (the amount) and a void of the return (#5).
  li = await recordEvent({ type: "correction", date: "2025-10-23", replaces: 1, reason: "金额录错" });
  assert.equal(await li.getAttribute("data-answer"), "refused", "the corrected event is required");
  assert.equal(await li.getAttribute("data-code"), "invalid_input");
  // The corrected event: its own type and fields, nested under /event.
  await form.locator('[data-path="/event/type"] select').selectOption("funding_plan_submitted");
  await form.locator('[data-path="/event/date"] input').fill("2025-09-30");
  await form.locator('[data-path="/event/amount"] input').fill("210万元");
  await settleView("events");
  assert.equal(await page.locator("#events-preview").getAttribute("data-answer"), "accepted");
  await form.locator("button.record").click();
  await page.waitForFunction(() => document.querySelector("#event-log > li:last-child")?.dataset.type === "correction" && document.querySelector("#event-log > li:last-child").dataset.answer === "accepted");
  await settleView("events");
  assert.equal(await status.locator('.corrections li[data-kind="correction"]').getAttribute("data-target"), "1");
  li = await recordEvent({ type: "void", date: "2025-10-24", voids: 5, reason: "退回意见录入错误" });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  assert.equal(await status.getAttribute("data-state"), "development_plan_submitted");
  assert.equal(await status.locator('.corrections li[data-kind="void"]').getAttribute("data-target"), "5");
  // Withdrawn: terminal; a further event is refused.
  li = await recordEvent({ type: "withdrawn", date: "2025-10-27", reason: "需求取消" });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  assert.equal(await status.getAttribute("data-state"), "withdrawn");
  // The state's Chinese name (core/src/process/state.rs: 已撤回), from the generated module.
  assert.match(await status.locator(".state b").textContent(), /^已撤回$/);
  li = await recordEvent({ type: "preliminary_review_passed", date: "2025-10-28" });
  assert.equal(await li.getAttribute("data-code"), "transition_not_allowed");
  await page.waitForSelector("#events-timeline[data-rendered=svg] svg");
  const record = await page.evaluate(() => window.fulingDemo.forms.views.get("events").read());
  assert.deepEqual(record.events.map((e) => e.type), ["ledgered", "funding_plan_submitted", "lead_department_reviewed",
    "preliminary_funding_plan_set", "development_plan_submitted", "preliminary_review_returned", "correction", "void", "withdrawn"]);
  await viewShot("events", "events-development");
  await audit("event log (development)");

  // An O&M project (changing the kind starts a new log), rejected on the joint review:
  // without grounds refused (第二十三条), then with the joint-review view's dossier attached.
  await page.locator('#view-events [data-key="kind"] select').selectOption("om");
  await settleView("events");
  assert.equal(await page.locator("#event-log > li").count(), 0);
  await recordEvent({ type: "om_plan_submitted", date: "2025-03-03" });
  await recordEvent({ type: "lead_department_reviewed", date: "2025-03-05" });
  await recordEvent({ type: "joint_review_organised", date: "2025-03-10" });
  li = await recordEvent({ type: "rejected", date: "2025-03-20" });
  assert.equal(await li.getAttribute("data-code"), "invalid_input");
  assert.match(await li.textContent(), /第二十三条/);
  li = await recordEvent({ type: "rejected", date: "2025-03-20", review: true });
  assert.equal(await li.getAttribute("data-answer"), "accepted");
  assert.equal(await status.getAttribute("data-state"), "rejected");
  await viewShot("events", "events-om-rejected");
  await audit("event log (O&M rejected)");
});

test("the optional module fuling-rules/notice: loaded only when imported, its notice applied by the main module", async () => {
  await open();
  const wasmFiles = () => page.evaluate(() => performance.getEntriesByType("resource")
    .map((r) => new URL(r.name).pathname).filter((p) => p.endsWith(".wasm")));
  // The form page never imports it, nor the office module (issue 17: their .wasm are not part of
  // the page's size).
  assert.deepEqual(await wasmFiles(), ["/pkg/web/fuling_rules_wasm_bg.wasm"]);
  const text = "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:1月1日(周五)至3日(周日)放假,共3天。";
  const got = await page.evaluate(async (text) => {
    const main = await import("../pkg/web/fuling_rules_wasm.js");
    await main.default();
    const notice = await import("../pkg/web/notice.js");
    await notice.default();
    const parsed = notice.parseNotice(text);
    const cal = main.Calendar.official().withNotice(parsed);
    const code = (f) => { try { f(); return null; } catch (e) { return `${e.name} ${e.code}`; } };
    return {
      id: parsed.id,
      due: cal.addWorkingDays("2026-12-30", 2),
      loaded: cal.loadedNotices,
      text: code(() => main.Calendar.official().withNotice(text)),
      unreadable: code(() => notice.parseNotice("一、元旦:1月1日放假。")),
    };
  }, text);
  // Thu 2026-12-31 is the 1st working day; 元旦 01-01..01-03 off; Mon 2027-01-04 the 2nd.
  assert.deepEqual(got, {
    id: "2027", due: "2027-01-04", loaded: ["2027"],
    text: "RulesError invalid_input", unreadable: "RulesError notice_unreadable",
  });
  assert.deepEqual(await wasmFiles(), ["/pkg/web/fuling_rules_wasm_bg.wasm", "/pkg/web/notice_bg.wasm"]);
});

test("the optional module fuling-rules/office: loaded only when imported, given records and calendar data", async () => {
  await open();
  const wasmFiles = () => page.evaluate(() => performance.getEntriesByType("resource")
    .map((r) => new URL(r.name).pathname).filter((p) => p.endsWith(".wasm")));
  // Every view of the form page used: still only the main module's .wasm.
  await page.locator("#load-example").click();
  await settle();
  for (const id of ["joint-review", "acceptance", "catalog", "deregistration", "priority", "labels", "events"]) {
    await page.locator(`nav.views a[href="#${id}"]`).click();
    await page.waitForSelector(`#view-${id}:not([hidden])`);
    await settleView(id);
  }
  assert.deepEqual(await wasmFiles(), ["/pkg/web/fuling_rules_wasm_bg.wasm"]);
  const got = await page.evaluate(async () => {
    const main = await import("../pkg/web/fuling_rules_wasm.js");
    await main.default();
    const office = await import("../pkg/web/office.js");
    await office.default();
    const app = new main.ApplicationRecord({ id: "APP-1", lead_department: "区农业农村委" });
    const project = new main.Project("FL-1", "development");
    project.apply({ type: "ledgered", date: "2025-09-01" });
    project.apply({ type: "funding_plan_submitted", date: "2025-09-30", amount: "120万元" });
    const record = { ...project.toJSON(), application_id: "APP-1" };
    const p = new office.Portfolio([record], [app]);
    const custom = { format: 1, version: "custom", days: [{ date: "2025-10-13", type: "holiday", name: "区内停工" }] };
    const [item] = p.agenda("2025-10-15").items;
    const [moved] = p.agenda("2025-10-15", { calendar: custom }).items;
    let refused = null;
    try { p.agenda("2025-10-15", { calendar: main.Calendar.official() }); } catch (e) { refused = e.name; }
    const migrated = office.migrate([{ schema: 1, id: "FL-9", kind: "om", application: { id: "APP-9" } }]);
    return { problems: p.problems.length, due: item.due, moved: moved.due, refused, migrated: migrated.projects[0].project.schema };
  });
  // Due 10-14 (10-09, 10-10, Saturday 10-11 (worked), 10-13, 10-14); with Monday 10-13 a rest day, 10-15.
  assert.deepEqual(got, { problems: 0, due: "2025-10-14", moved: "2025-10-15", refused: "TypeError", migrated: 2 });
  assert.deepEqual((await wasmFiles()).sort(), ["/pkg/web/fuling_rules_wasm_bg.wasm", "/pkg/web/office_bg.wasm"]);
});

test("no console errors and no failed requests", () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(failedRequests, []);
});
