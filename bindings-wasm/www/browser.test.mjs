// Browser test of the demo page (node --test): serves bindings-wasm/www with serve.mjs on
// 127.0.0.1, drives Debian's Chromium headless through playwright-core, fills the form the way a
// user does, and asserts what the page shows. Screenshots go to <repo>/test-output/browser/.
//
// Needs: bindings-wasm/build.sh (pkg/web and pkg/node), npm ci in bindings-wasm (playwright-core,
// mermaid), /usr/bin/chromium. Run through ./bindings-wasm/www/run-browser-test.sh.
import { test, before, after } from "node:test";
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
  page.setDefaultTimeout(10000);
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(`${m.text()} @ ${m.location().url}`); });
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
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

const field = (p) => page.locator(`.field[data-path="${p}"]`);
const keyed = (k) => page.locator(`.field[data-key="${k}"]`);
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
  const fields = await page.$$eval("fieldset > .field[data-path]", (els) => els.map((e) => [e.dataset.path, e.classList[1]]));
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
  return page.locator(`[data-path="${p}"] > .msgs > .finding`).evaluateAll((els) => els.map((e) => e.dataset.code));
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

test("no console errors and no failed requests", () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(failedRequests, []);
});
