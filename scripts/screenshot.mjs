#!/usr/bin/env node
/**
 * Takes the README's screenshots of the web page: analyses our own demo articles
 * (test/fixtures/serve/demo.jsonl) into an in-memory store, serves them on 127.0.0.1 and opens
 * the page in headless Chromium twice:
 * - a desktop (1366×900): a search for "Zelenskyy" (results with snippets), the first result
 *   opened in the reader with the search's matches marked → docs/screenshot.png;
 * - a phone (390×844): the timeline as cards → docs/screenshot-phone.png, and an article opened
 *   from it over the page → docs/screenshot-phone-reader.png.
 * - the stories view (1366×900), where the page opens → docs/stories.png.
 *   npm run build && node scripts/screenshot.mjs [--out docs/screenshot.png] [--phone docs/screenshot-phone.png] [--stories docs/stories.png]
 */
import { mkdtempSync, rmSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(ROOT, "docs/screenshot.png") },
    phone: { type: "string", default: join(ROOT, "docs/screenshot-phone.png") },
    stories: { type: "string", default: join(ROOT, "docs/stories.png") },
  },
});
const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  console.error("screenshot: /usr/bin/chromium is missing (bash scripts/setup-system.sh as root installs it)");
  process.exit(1);
}

const dist = (p) => import(join(ROOT, "dist/src", p));
const { openStore } = await dist("store/open.js");
const { buildServer } = await dist("serve/app.js");
const { ingestInputs } = await dist("ingest/ingest.js");
const { readInputs } = await dist("capture/inputs.js");
const { createPool } = await dist("ingest/pool.js");

const NOW = new Date("2026-01-01T00:00:00Z");
const store = await openStore(":memory:");
const pool = createPool(0, NOW);
await ingestInputs(store, readInputs([join(ROOT, "test/fixtures/serve/demo.jsonl")]), { options: {}, batchSize: 50, pool });
await pool.close();
const app = await buildServer({ store, jobs: 0, now: () => NOW });
const base = await app.listen({ host: "127.0.0.1", port: 0 });

const profile = mkdtempSync(join(tmpdir(), "thoisu-shot-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1366, height: 900 },
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  // The page opens on the stories: the largest recent one's chart of events over time and its timeline.
  await page.goto(base + "/");
  await page.waitForSelector("#story-timeline tbody tr[data-id]");
  mkdirSync(dirname(values.stories), { recursive: true });
  await page.screenshot({ path: values.stories });
  console.log(`screenshot: wrote ${values.stories}`);
  await page.goto(base + "/?view=timeline");
  await page.waitForSelector("#timeline tbody tr[data-id]");
  // A search by a name the articles spell otherwise ("Zelensky"): results with snippets.
  await page.fill("#q", "Zelenskyy");
  await page.press("#q", "Enter");
  await page.waitForSelector("#results:not([hidden]) #results-list li .snippet");
  await page.locator("#results-list li button[data-article]").first().click();
  await page.waitForSelector("#reader article .hl-query");
  await page.evaluate("window.scrollTo(0, 0)");
  await page.mouse.move(0, 0);
  mkdirSync(dirname(values.out), { recursive: true });
  await page.screenshot({ path: values.out });
  console.log(`screenshot: wrote ${values.out}`);

  // A phone: the timeline as cards, then an article opened from a row, over the page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/?view=timeline");
  await page.waitForSelector("#timeline tbody tr[data-id]");
  await page.screenshot({ path: values.phone });
  console.log(`screenshot: wrote ${values.phone}`);
  await page.locator("#timeline tbody tr", { hasText: "Istanbul" }).first().locator("button[data-article]").click();
  await page.waitForSelector("#reader .hl-event.focus");
  const reader = values.phone.replace(/\.png$/, "-reader.png");
  await page.screenshot({ path: reader });
  console.log(`screenshot: wrote ${reader}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await app.close();
  await store.close();
}
