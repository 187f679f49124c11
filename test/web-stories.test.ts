/**
 * The stories view in real headless Chromium (skipped with a message when Chromium is absent,
 * except in CI): the page opens on the list of stories, shows the first story's chart of events
 * over time and its timeline, switches story on a click, keeps the chosen story in the address,
 * and fits a phone's width.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import type { BrowserContext, Page } from "playwright-core";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { mkPrepared } from "./store-fixtures.js";
import { PINNED_NOW } from "./helpers/shared.js";
import { browserSkip as skip, launchBrowser, watchedPage } from "./helpers/browser.js";


// Talks between Russia and Ukraine over three months; Gaza talks in one week.
const talks = (i: number, date: string) =>
  mkPrepared({
    title: `Nga và Ukraine đàm phán, bản tin ${i}`,
    paragraphs: [`Phái đoàn Nga và Ukraine gặp nhau tại Doha lần thứ ${i} để bàn về trao đổi tù binh và an ninh hàng hải.`, `Vòng gặp số ${i} kết thúc sau ${i + 2} giờ, các bên hẹn trao đổi tiếp ở cấp chuyên gia.`],
    url: `https://talks-${i}.example.vn/doha`,
    outlet: `Báo ${i}`,
    published: `${date}T09:00+07:00`,
    actors: ["Russia", "Ukraine", "Qatar"],
    events: [
      { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date, location: "Qatar", text: `Vòng đàm phán thứ ${i} tại Doha.` },
      ...(i % 3 === 0 ? [{ type: "ACCUSE", actor: ["Ukraine"], recipient: ["Russia"], date, text: `Ukraine cáo buộc Nga vi phạm thỏa thuận lần ${i}.` }] : []),
    ],
  });
const gaza = (i: number, date: string) =>
  mkPrepared({
    title: `Gaza: đàm phán ngừng bắn, bản tin ${i}`,
    paragraphs: [`Israel và Hamas đàm phán ngừng bắn ở Cairo, vòng ${i}, với trung gian Ai Cập.`, `Các nhà trung gian nói vòng ${i} bàn về con tin và hàng cứu trợ.`],
    url: `https://gaza-${i}.example.vn/cairo`,
    outlet: `Báo G${i}`,
    published: `${date}T09:00+07:00`,
    actors: ["Israel", "Hamas", "Egypt", "Cairo"],
    events: [{ type: "CONSULT", actor: ["Israel"], recipient: ["Hamas"], date, location: "Cairo", text: `Israel và Hamas đàm phán vòng ${i} ở Cairo.` }],
  });

let store: Store;
let app: FastifyInstance;
let url = "";
let browser: BrowserContext;
let closeBrowser: (() => Promise<void>) | undefined;

before(async () => {
  if (skip) return;
  store = await openSqlite(":memory:", () => PINNED_NOW);
  const days = ["2025-03-02", "2025-03-20", "2025-04-07", "2025-04-25", "2025-05-13", "2025-05-31"];
  await store.ingest(days.map((d, i) => talks(i + 1, d)));
  await store.ingest([gaza(1, "2025-06-10"), gaza(2, "2025-06-12")]);
  app = await buildServer({ store, jobs: 0, now: () => PINNED_NOW });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
  ({ browser, close: closeBrowser } = await launchBrowser());
});

after(async () => {
  if (skip) return;
  await closeBrowser?.();
  await app?.close();
  await store?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await watchedPage(browser);
  await page.goto(url + path);
  await page.locator("#story-timeline tbody tr[data-id]").first().waitFor();
  return { page, problems };
}

/** A plain page of the given size, on the stories view with its first story's rows drawn. */
async function sized(width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url + "/");
  await page.locator("#story-timeline tbody tr[data-id]").first().waitFor();
  return page;
}

test("web: the page opens on the stories; the first story's chart and timeline; another story on a click", { skip }, async () => {
  const { page, problems } = await open("/");
  try {
    assert.equal(await page.locator("#tab-stories").getAttribute("aria-selected"), "true");
    assert.equal(await page.locator("#panel-timeline").isHidden(), true);
    const names = await page.locator("#stories-list .story-name").allTextContents();
    assert.equal(names.length, 2);
    assert.match(names[0]!, /^(Israel–Hamas|Hamas–Israel) talks$/, "most recently active first");
    assert.equal(names[1], "Nga–Ukraine talks");
    assert.match((await page.locator("#stories-status").textContent()) ?? "", /^2 stories/);
    // The largest recent story is shown: its chart (months, cooperation and conflict apart) and its timeline.
    assert.match((await page.locator("#story-title").textContent()) ?? "", /Nga–Ukraine talks/, "the largest recent story first");
    assert.equal(await page.locator("#story-timeline tbody tr[data-id]").count(), 8);
    const bars = [...new Set(await page.locator("svg.chart rect.bar title").allTextContents())];
    assert.deepEqual(bars, ["2025-03: 2 events (2 cooperation, 0 conflict)", "2025-04: 3 events (2 cooperation, 1 conflict)", "2025-05: 3 events (2 cooperation, 1 conflict)"]);
    assert.equal(await page.locator("svg.chart rect.bar.conf").count(), 2);
    assert.match((await page.locator("svg.chart").getAttribute("aria-label")) ?? "", /^Events per month from 2025-03 to 2025-05/);
    // Another story on a click: its own timeline only.
    await page.locator("[data-story]", { hasText: "Hamas" }).click();
    await page.locator("#story-title", { hasText: "Hamas" }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll("#story-timeline tbody tr[data-id]").length === 2);
    const who = await page.locator("#story-timeline tbody tr[data-id] .who-line").allTextContents();
    assert.ok(who.every((w) => /Israel/.test(w) && !/Nga|Ukraine/.test(w)), who.join(" | "));
    assert.match(page.url(), /\?story=s[0-9a-f]{15}$/);
    // The chosen story is in the address: a reload (or a shared link) opens it.
    await page.reload();
    await page.locator("#story-title", { hasText: "Hamas" }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test("web: the stories view fits a phone's width", { skip }, async () => {
  const page = await sized(390, 844);
  try {
    // Nothing scrolls sideways, no element sticks out of the window; the story's rows are cards.
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    assert.ok(widths.doc <= widths.view, `page ${widths.doc} px wide in a ${widths.view} px window`);
    const wide = await page.evaluate(() =>
      Array.from(document.querySelectorAll("body *"))
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${e.className}`)
        .slice(0, 5),
    );
    assert.deepEqual(wide, []);
    const box = await page.locator("#story-timeline tbody tr[data-id] .who-line").first().boundingBox();
    assert.ok(box && box.width >= 250, `who did what to whom: ${JSON.stringify(box)}`);
    assert.ok(await page.locator("#stories-list .story").first().isVisible());
    assert.ok(await page.locator("svg.chart").isVisible());
  } finally {
    await page.close();
  }
});

test("web: on a desktop (1366×900) beside the reader, the story's table shows who did what to whom without scrolling sideways", { skip }, async () => {
  const page = await sized(1366, 900);
  try {
    // The table is not wider than its frame (the list moves above the story when the pane is narrow).
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector("#story-timeline")!.parentElement!;
      return { scroll: wrap.scrollWidth, client: wrap.clientWidth };
    });
    assert.ok(fit.scroll <= fit.client + 1, `table ${fit.scroll} px in a ${fit.client} px frame`);
    const box = await page.locator("#story-timeline tbody tr[data-id] .who-line").first().boundingBox();
    assert.ok(box && box.width >= 250, `who did what to whom: ${JSON.stringify(box)}`);
    assert.ok(await page.locator("#stories-list .story").first().isVisible());
  } finally {
    await page.close();
  }
});
