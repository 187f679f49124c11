/**
 * Real headless Chromium for the web tests (Debian's /usr/bin/chromium, driven by playwright-core).
 * Absent Chromium skips those tests with a message, except in CI (CI=true), where it must run.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const HAVE = existsSync(CHROMIUM);
/** The `skip` option of a web test: a reason when Chromium is missing outside CI, else false. */
export const browserSkip: string | false = !HAVE && process.env.CI !== "true" ? "Chromium is not installed at /usr/bin/chromium (bash scripts/setup-system.sh as root installs it)" : false;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A fresh browser profile in a temporary folder, removed again by `close`. */
export async function launchBrowser(viewport = { width: 1366, height: 900 }): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  assert.ok(HAVE, `CI=true but ${CHROMIUM} is missing: run bash scripts/setup-system.sh as root`);
  const profile = mkdtempSync(join(tmpdir(), "thoisu-web-"));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page whose script errors, console errors and (with `requests`) failed requests are collected in `problems`. */
export async function watchedPage(browser: BrowserContext, o: { requests?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  if (o.requests) page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  return { page, problems };
}
