#!/usr/bin/env node
/**
 * Takes the README's screenshot of the web page: analyses our own demo articles
 * (test/fixtures/serve/demo.jsonl) into an in-memory store, serves them on 127.0.0.1, opens the
 * page in headless Chromium, opens an article from the timeline and hovers a highlight.
 *   npm run build && node scripts/screenshot.mjs [--out docs/screenshot.png]
 *   node scripts/screenshot.mjs --view stories --out docs/stories.png   (the stories view: a story's chart and timeline)
 */
import { mkdtempSync, rmSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { out: { type: "string", default: join(ROOT, "docs/screenshot.png") }, view: { type: "string", default: "timeline" } } });
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
  viewport: { width: 1440, height: 900 },
});
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  if (values.view === "stories") {
    await page.goto(base + "/");
    await page.waitForSelector("#story-timeline tbody tr[data-id]");
    mkdirSync(dirname(values.out), { recursive: true });
    await page.screenshot({ path: values.out });
    console.log(`screenshot: wrote ${values.out}`);
  }
  await page.goto(base + "/?view=timeline");
  await page.waitForSelector("#timeline tbody tr[data-id]");
  // The Istanbul talks: a story with two sources.
  await page.locator("#timeline tbody tr", { hasText: "Istanbul" }).first().locator("button[data-article]").click();
  await page.waitForSelector("#reader .hl-event");
  await page.evaluate("window.scrollTo(0, 0)");
  const mark = page.locator("#reader article p mark.hl-date[data-tip]").first();
  await mark.hover();
  await page.waitForSelector("#tip:not([hidden])");
  if (values.view !== "stories") {
    mkdirSync(dirname(values.out), { recursive: true });
    await page.screenshot({ path: values.out });
    console.log(`screenshot: wrote ${values.out}`);
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await app.close();
  await store.close();
}
