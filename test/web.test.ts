/**
 * The web page in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * load, search, filter, open an article and see its highlights, the actor network, and the
 * timeline of a 10,000-event store (its render time is printed). Skipped with a message when
 * Chromium is absent, except in CI (CI=true), where it must run.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import type { BrowserContext, Page } from "playwright-core";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { createPool } from "../src/ingest/pool.js";
import { ingestInputs } from "../src/ingest/ingest.js";
import { readInputs } from "../src/capture/inputs.js";
import { syntheticArticles } from "../src/serve/synthetic.js";
import { fixture, PINNED_NOW } from "./helpers/shared.js";
import { browserSkip as skip, launchBrowser, watchedPage } from "./helpers/browser.js";

if (skip) console.log(`# web tests skipped: ${skip}`);

let demoStore: Store;
let bigStore: Store;
let demo: FastifyInstance;
let big: FastifyInstance;
let demoUrl: string;
let bigUrl: string;
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;

before(async () => {
  if (skip) return;
  demoStore = await openSqlite(":memory:", () => PINNED_NOW);
  const pool = createPool(0, PINNED_NOW);
  await ingestInputs(demoStore, readInputs([fixture("serve/demo.jsonl")]), { options: {}, batchSize: 50, pool });
  await pool.close();
  demo = await buildServer({ store: demoStore, jobs: 0, now: () => PINNED_NOW });
  demoUrl = await demo.listen({ host: "127.0.0.1", port: 0 });

  bigStore = await openSqlite(":memory:", () => PINNED_NOW);
  const arts = syntheticArticles(10_000);
  for (let i = 0; i < arts.length; i += 1000) await bigStore.ingest(arts.slice(i, i + 1000));
  big = await buildServer({ store: bigStore, jobs: 0, now: () => PINNED_NOW });
  bigUrl = await big.listen({ host: "127.0.0.1", port: 0 });

  ({ browser, close: closeBrowser } = await launchBrowser());
});

after(async () => {
  if (skip) return;
  await closeBrowser?.();
  await demo?.close();
  await big?.close();
  await demoStore?.close();
  await bigStore?.close();
});

/** A fresh page that fails the test on any script error or failed request. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await watchedPage(browser, { requests: true });
  // The page opens on the stories (test/web-stories.test.ts); these tests read the timeline.
  await page.goto(/[?&]view=/.test(url) ? url : `${url}${url.includes("?") ? "&" : "?"}view=timeline`);
  await page.waitForFunction(() => (window as unknown as Perf).__thoisu?.renders > 0);
  return { page, problems };
}

const rowTypes = (page: Page) => page.locator("#timeline tbody tr[data-id] .etype").allTextContents();
interface Perf {
  __thoisu: { renders: number; last: { rows: number; fetchMs: number; renderMs: number; totalMs: number } };
}
const perf = (page: Page) => page.evaluate(() => (window as unknown as Perf).__thoisu);
const renders = async (page: Page) => (await perf(page)).renders;
async function nextRender(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k) => (window as unknown as Perf).__thoisu.renders > k, n);
}

test("web: the page loads the timeline from the API", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    const n = await page.locator("#timeline tbody tr[data-id]").count();
    assert.ok(n >= 8, `${n} rows`);
    assert.match((await page.locator("#status").textContent()) ?? "", new RegExp(`^${n} story events`));
    // Every row: a date, a type, a status badge, a source count.
    const first = page.locator("#timeline tbody tr[data-id]").first();
    assert.match((await first.locator(".date").textContent()) ?? "", /^~?\d{4}/);
    assert.ok((await first.locator(".badge").count()) === 1);
    assert.match((await first.locator(".src").textContent()) ?? "", /^\d+$/);
    // The two Geneva reports are one story event with two sources.
    assert.ok(
      (await page.locator("#timeline tbody tr", { hasText: "Antony Blinken" }).locator(".src").allTextContents()).includes("2"),
      "the Lavrov–Blinken meeting has two sources",
    );
    // Filters have accessible labels; the actor list comes from /api/actors.
    for (const id of ["q", "f-actor", "f-type", "f-from", "f-to", "f-limit"]) assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, id);
    assert.ok((await page.locator("#f-actor option").count()) > 5);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: search lists articles and narrows the timeline (diacritics optional)", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    const all = await page.locator("#timeline tbody tr[data-id]").count();
    const n = await renders(page);
    await page.fill("#q", "trao doi tu binh");
    await page.press("#q", "Enter");
    await nextRender(page, n);
    await page.waitForSelector("#results:not([hidden]) #results-list li button");
    const titles = await page.locator("#results-list li button").allTextContents();
    assert.ok(titles.some((t) => t.includes("trao đổi tù binh")), titles.join(" | "));
    const rows = await page.locator("#timeline tbody tr[data-id]").count();
    assert.ok(rows >= 1 && rows < all, `${rows} of ${all}`);
    assert.match(page.url(), /\?q=trao\+doi\+tu\+binh/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

/**
 * Waits until every row of the timeline's `cell` column passes a test (and there is at least one row): equal to
 * `arg`, holding it, or within the month range `arg` ("2022-03-01..2022-03-31"). A render still running for the
 * previous action cannot satisfy it, so a loaded machine cannot make the test read stale rows; a filter that does
 * not work times out.
 */
async function rowsSettle(page: Page, cell: string, how: "eq" | "has" | "range", arg: string): Promise<void> {
  await page.waitForFunction(
    ([sel, kind, want]) => {
      const cells = Array.from(document.querySelectorAll(`#timeline tbody tr[data-id] ${sel}`), (e) => (e.textContent ?? "").replace("~", ""));
      const [from, to] = want.split("..");
      const ok = (c: string) => (kind === "eq" ? c === want : kind === "has" ? c.includes(want) : c >= from!.slice(0, 7) && c <= to! + "~");
      return cells.length > 0 && cells.every(ok);
    },
    [cell, how, arg] as const,
  );
}

test("web: filters by type, actor and date range", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    await renders(page);
    await page.selectOption("#f-type", "CONSULT");
    await rowsSettle(page, ".etype", "eq", "CONSULT");
    const types = await rowTypes(page);
    assert.ok(types.length >= 2 && types.every((t) => t === "CONSULT"), types.join(","));

    await page.selectOption("#f-actor", "Antony_Blinken");
    await rowsSettle(page, ".parts", "has", "Antony Blinken");
    const parts = await page.locator("#timeline tbody tr[data-id] .parts").allTextContents();
    assert.ok(parts.length >= 1 && parts.every((p) => p.includes("Antony Blinken")), parts.join(" | "));

    await page.click("#f-clear");
    await page.fill("#f-from", "2022-03-01");
    await page.dispatchEvent("#f-from", "change");
    await page.fill("#f-to", "2022-03-31");
    await page.dispatchEvent("#f-to", "change");
    await rowsSettle(page, ".date", "range", "2022-03-01..2022-03-31");
    await page.waitForURL(/from=2022-03-01&to=2022-03-31/);
    const dates = (await page.locator("#timeline tbody tr[data-id] .date").allTextContents()).map((d) => d.replace("~", ""));
    assert.ok(dates.length >= 1 && dates.every((d) => d >= "2022-03" && d <= "2022-03-31~"), dates.join(","));
    assert.match(page.url(), /from=2022-03-01&to=2022-03-31/);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: an article opens with dates, actors and events highlighted; hover and focus explain them", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    await page.locator("#timeline tbody tr", { hasText: "Istanbul" }).first().locator("button[data-article]").click();
    await page.waitForSelector("#reader article .hl-event");
    assert.match((await page.locator("#reader-title").textContent()) ?? "", /Istanbul/);
    const body = page.locator("#reader article p");
    assert.ok((await body.locator("mark.hl-date").count()) >= 1);
    assert.ok((await body.locator("mark.hl-actor").count()) >= 3);
    assert.ok((await body.locator(".hl-event").count()) >= 1);
    // The event the row stands for is marked.
    assert.equal(await page.locator("#reader .hl-event.focus").count(), 1);
    // Hover: the normalised date.
    await body.locator("mark.hl-date", { hasText: "29/3" }).first().hover();
    await page.waitForSelector("#tip:not([hidden])");
    assert.equal(await page.locator("#tip").textContent(), "Date: 2022-03-29 (date)");
    // Hover: the identity behind a mention.
    await body.locator("mark.hl-actor", { hasText: "Erdogan" }).first().hover();
    assert.match((await page.locator("#tip").textContent()) ?? "", /^Recep Tayyip Erdoğan — person, TUR \(Recep_Tayyip_Erdo/);
    // Keyboard focus on an event shows the event.
    await page.locator("#reader .hl-event.focus").focus();
    assert.match((await page.locator("#tip").textContent()) ?? "", /^Event: CONSULT/);
    assert.equal(await page.locator("#reader .hl-event.focus").getAttribute("aria-describedby"), "tip");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: the actor network draws who consulted or confronted whom", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    await page.click("#tab-network");
    await page.waitForSelector("#graph canvas");
    assert.equal(await page.locator("#panel-timeline").isHidden(), true);
    const links = await page.locator("#links li").allTextContents();
    assert.ok(links.some((l) => /→ NATO: (REQUEST|REJECT|ACCUSE)/.test(l)), links.join(" | "));
    // Arrow keys move between the tabs.
    await page.keyboard.press("ArrowLeft");
    assert.equal(await page.locator("#panel-timeline").isVisible(), true);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: a 10,000-event store's whole timeline renders (time printed)", { skip }, async () => {
  const { page, problems } = await open(bigUrl + "/?limit=0");
  try {
    const last = (await perf(page)).last;
    assert.equal(last.rows, 10_000);
    assert.equal(await page.locator("#timeline").getAttribute("aria-rowcount"), "10001");
    // Windowed: only the rows in view are in the DOM; scrolling brings the others.
    const inDom = await page.locator("#timeline tbody tr[data-id]").count();
    assert.ok(inDom > 5 && inDom < 200, `${inDom} rows in the DOM`);
    assert.ok((await page.locator("#timeline tbody .contested").count()) > 0);
    await page.locator("#timeline-wrap").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForSelector('#timeline tbody tr[aria-rowindex="10001"]');
    assert.match((await page.locator('#timeline tbody tr[aria-rowindex="10001"] .date').textContent()) ?? "", /^~?\d{4}/);
    console.log(`# timeline of 10,000 story events: request+JSON ${last.fetchMs} ms, DOM+layout ${last.renderMs} ms, total ${last.totalMs} ms`);
    // The default view: the first 200 with a note that there are more.
    const d = await open(bigUrl + "/");
    const first = (await perf(d.page)).last;
    assert.equal(first.rows, 200);
    assert.match((await d.page.locator("#status").textContent()) ?? "", /the first 200/);
    console.log(`# default view (200 of 10,000): total ${first.totalMs} ms`);
    await d.page.close();
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: on a phone (390×844) nothing scrolls sideways, every row shows who did what to whom, the reader opens in view", { skip }, async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(demoUrl + "/?view=timeline");
    await page.waitForFunction(() => (window as unknown as Perf).__thoisu?.renders > 0);
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth }));
    assert.ok(widths.doc <= widths.view && widths.body <= widths.view, `page ${widths.doc} px wide in a ${widths.view} px window`);
    // No element sticks out of the window either (a wide table clipped by an ancestor would hide it).
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("body *"))
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${e.className}`)
        .slice(0, 5),
    );
    assert.deepEqual(wide, []);
    // Every row in view: who did what to whom, visible and readable (not a 0 px column).
    const rows = page.locator("#timeline tbody tr[data-id]");
    assert.ok((await rows.count()) >= 8);
    for (let i = 0; i < 4; i++) {
      const who = rows.nth(i).locator(".who-line");
      const box = await who.boundingBox();
      assert.ok(box && box.width >= 250 && box.height >= 14, `row ${i}: participants ${JSON.stringify(box)}`);
      assert.match((await who.textContent()) ?? "", /\p{L}{3}/u);
      const ev = await rows.nth(i).locator(".sentence").boundingBox();
      assert.ok(ev && ev.width >= 250, `row ${i}: evidence ${JSON.stringify(ev)}`);
    }
    // (which REQUEST comes first, and toward whom, depends on the events stage: "United States → NATO", "United States →
    // Russia" or "Russia → NATO")
    assert.match((await page.locator("#timeline tbody tr", { hasText: "REQUEST" }).first().locator(".who-line").textContent()) ?? "", /(United States|Russia) → (NATO|Russia)/);
    // Tapping a row's source opens the reader where the eye is: in the window, its title on top.
    await page.locator("#timeline tbody tr", { hasText: "Geneva" }).first().locator("button[data-article]").click();
    await page.waitForSelector("#reader article .hl-event");
    const title = await page.locator("#reader-title").boundingBox();
    assert.ok(title && title.y >= 0 && title.y < 844 && title.width > 200, `reader title at ${JSON.stringify(title)}`);
    const focus = await page.locator("#reader .hl-event.focus").boundingBox();
    assert.ok(focus && focus.y >= 0 && focus.y + 10 < 844, `the event is in view: ${JSON.stringify(focus)}`);
    // And back.
    await page.locator("#side-close").click();
    assert.equal(await page.locator("#reader").isVisible(), false);
    assert.equal(await page.locator("#timeline").isVisible(), true);
    // A tap anywhere on a card opens its source too.
    await page.locator("#timeline tbody tr", { hasText: "Istanbul" }).first().locator(".sentence").click();
    await page.waitForFunction(() => /Istanbul/.test(document.querySelector("#reader-title")?.textContent ?? ""));
    assert.equal(await page.locator("#reader").isVisible(), true);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: search on a desktop (1366×900): results with snippets, outlet and date; the reader marks the matches and its layers switch off", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    const n = await renders(page);
    await page.fill("#q", "Zelenskyy");
    await page.press("#q", "Enter");
    await nextRender(page, n);
    await page.waitForSelector("#results:not([hidden]) #results-list li .snippet");
    assert.match((await page.locator("#results-about").textContent()) ?? "", /names Volodymyr Zelenskyy/);
    const first = page.locator("#results-list li").first();
    // The snippet marks how the article spells the name.
    const marks = await first.locator(".snippet mark.hit").allTextContents();
    assert.ok(marks.some((m) => m.includes("Zelensky")), marks.join(" | "));
    // Outlet and a date (the reference date when the page states none).
    assert.match((await first.locator(".meta").textContent()) ?? "", /\.example\.vn · \d{4}-\d{2}-\d{2}( \(ref\.\))? · names Volodymyr Zelenskyy/);
    await first.locator("button[data-article]").click();
    await page.waitForSelector("#reader article .hl-query");
    assert.ok((await page.locator("#reader article p .hl-query").count()) >= 1);
    // The reader's layers: switching dates off leaves the dates unmarked.
    const dateBg = () => page.locator("#reader article p mark.hl-date").first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(await dateBg(), "rgba(0, 0, 0, 0)");
    await page.locator('#reader input[data-layer="date"]').uncheck();
    assert.equal(await dateBg(), "rgba(0, 0, 0, 0)");
    await page.locator('#reader input[data-layer="date"]').check();
    // Kyiv: the articles writing "Kiev".
    const k = await renders(page);
    await page.fill("#q", "Kyiv");
    await page.press("#q", "Enter");
    await nextRender(page, k);
    await page.waitForFunction(() => document.querySelector("#results-q")?.textContent === "Kyiv");
    const kiev = await page.locator("#results-list li .snippet mark.hit").allTextContents();
    assert.ok(kiev.length >= 1 && kiev.every((m) => /Kiev/.test(m)), kiev.join(" | "));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: the network by state; joint talks have no arrow", { skip }, async () => {
  const { page, problems } = await open(demoUrl + "/");
  try {
    await page.click("#tab-network");
    await page.waitForSelector("#graph canvas");
    const links = await page.locator("#links li").allTextContents();
    assert.ok(links.some((l) => / & .*: CONSULT/.test(l)), `joint talks: ${links.join(" | ")}`);
    assert.ok(!links.some((l) => / → .*: CONSULT$/.test(l) && /Lavrov|Blinken/.test(l)), "no arrow between the two sides of talks");
    // Legible: every label drawn at 11 px or more, no two label boxes overlapping.
    await page.waitForFunction(() => typeof (window as unknown as { __thoisu: { labels?: unknown } }).__thoisu.labels === "function");
    const overlaps = async () =>
      page.evaluate(() => {
        type Box = { x1: number; x2: number; y1: number; y2: number };
        const ls = (window as unknown as { __thoisu: { labels(): Array<{ id: string; px: number; box: Box }> } }).__thoisu.labels();
        const out: string[] = [];
        for (let i = 0; i < ls.length; i++)
          for (let j = i + 1; j < ls.length; j++) {
            const a = ls[i]!.box;
            const b = ls[j]!.box;
            if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${ls[i]!.id}/${ls[j]!.id}`);
          }
        return { n: ls.length, small: ls.filter((l) => l.px < 11).map((l) => l.id), out };
      });
    const o = await overlaps();
    assert.ok(o.n >= 5, `${o.n} nodes`);
    assert.deepEqual(o.small, [], "labels too small to read");
    assert.deepEqual(o.out, [], "overlapping labels");
    await page.check('input[name="net-by"][value="state"]');
    await page.waitForFunction(() => /by state/.test(document.querySelector("#graph")?.getAttribute("aria-label") ?? ""));
    const byState = await page.locator("#links li").allTextContents();
    assert.ok(byState.some((l) => /Russia & United States: CONSULT/.test(l)), byState.join(" | "));
    assert.ok(!byState.some((l) => /Lavrov|Blinken|Ryabkov/.test(l)), "people folded into their state");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
