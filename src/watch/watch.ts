/**
 * One watch pass: poll every feed (conditional GET with the validators the store remembers),
 * list the articles not stored yet (by canonical URL), fetch them politely (robots.txt, per-host
 * rate limit, retries: see src/fetch/http.ts) and ingest them through the usual path (analysis
 * pool → store, one transaction per batch). A feed's validators are saved only once every new
 * article it listed was handled for good, so an article lost to a failing host is tried again
 * on the next pass instead of hiding behind a 304.
 */
import type { CallerOptions } from "../envelope/types.js";
import type { InputItem } from "../capture/inputs.js";
import type { Store } from "../store/store.js";
import type { Pool } from "../ingest/pool.js";
import { ingestInputs, type IngestSummary } from "../ingest/ingest.js";
import { canonicalUrl } from "../ingest/url.js";
import { Fetcher } from "../fetch/http.js";
import { canonicalFetchUrl } from "../fetch/url.js";
import { htmlCapture, isHtml, parseContentType } from "../fetch/content.js";
import { parseFeed } from "./feed.js";

export interface WatchOptions {
  fetcher: Fetcher;
  pool: Pool;
  options: CallerOptions;
  /** Articles per store transaction (default 20). */
  batchSize?: number;
  /** Article fetches in flight at once, across hosts (default 4; one host still waits its rate). */
  concurrency?: number;
  /** Most entries taken from one feed per pass (default 200). */
  maxEntries?: number;
  /** Wall clock for fetched_at and fetch state. */
  now: () => Date;
  /** One line per notable thing (feed polled, article skipped or failed). */
  log?: (line: string) => void;
}

export interface WatchSummary extends IngestSummary {
  feeds: number;
  notModified: number;
  feedProblems: number;
  entries: number;
  alreadyStored: number;
  fetched: number;
  robotsBlocked: number;
  notHtml: number;
  fetchFailed: number;
}

interface FeedJob {
  feed: string;
  validators: { etag: string | null; lastModified: string | null; status: number };
  /** Articles of this feed still to be handled; the feed's state is saved when none failed. */
  transientFailures: number;
}

/** Maps with at most `k` calls in flight, yielding results as they complete. */
async function* mapConcurrent<T, R>(items: T[], k: number, fn: (t: T) => Promise<R>): AsyncGenerator<R> {
  const running = new Map<number, Promise<{ i: number; r: R }>>();
  let next = 0;
  const start = () => {
    const i = next++;
    running.set(
      i,
      fn(items[i]!).then((r) => ({ i, r })),
    );
  };
  while (next < items.length && running.size < k) start();
  while (running.size) {
    const { i, r } = await Promise.race(running.values());
    running.delete(i);
    if (next < items.length) start();
    yield r;
  }
}

export async function watchPass(store: Store, feeds: string[], o: WatchOptions): Promise<WatchSummary> {
  const log = o.log ?? (() => undefined);
  const f = o.fetcher;
  const sum = { feeds: 0, notModified: 0, feedProblems: 0, entries: 0, alreadyStored: 0, fetched: 0, robotsBlocked: 0, notHtml: 0, fetchFailed: 0 };
  const jobs: FeedJob[] = [];
  // The articles of the pass, each once even when several feeds list it, with the feeds it came from.
  const articles = new Map<string, { url: string; feeds: FeedJob[] }>();

  for (const raw of feeds) {
    const feed = canonicalFetchUrl(raw);
    sum.feeds++;
    if (!feed) {
      sum.feedProblems++;
      log(`feed ${raw}: not an http(s) URL`);
      continue;
    }
    const state = await store.fetchState(feed);
    const res = await f.get(feed, state);
    const checkedAt = o.now().toISOString();
    if (res.kind === "not-modified") {
      sum.notModified++;
      await store.saveFetchState({ url: feed, etag: state?.etag ?? null, lastModified: state?.lastModified ?? null, status: 304, checkedAt });
      log(`feed ${feed}: not modified`);
      continue;
    }
    if (res.kind !== "ok") {
      sum.feedProblems++;
      const why = res.kind === "robots" ? (res.unreachable ? "robots.txt unreachable, host skipped for now" : "robots.txt disallows it") : res.kind === "http" ? `HTTP ${res.status}` : res.problem;
      log(`feed ${feed}: ${why}`);
      continue;
    }
    const parsed = parseFeed(res.body, res.url || feed, o.maxEntries ?? 200);
    if (!parsed.ok) {
      sum.feedProblems++;
      log(`feed ${feed}: ${parsed.problem}`);
      continue;
    }
    if (parsed.entries.length === 0 && parsed.skipped > 0) {
      sum.feedProblems++;
      log(`feed ${feed}: ${parsed.skipped} item(s), none with a usable link`);
      continue;
    }
    const job: FeedJob = { feed, validators: { ...res.validators, status: res.status }, transientFailures: 0 };
    jobs.push(job);
    sum.entries += parsed.entries.length;
    const keys = parsed.entries.map((e) => ({ e, key: canonicalUrl(e.url) ?? e.url }));
    const known = await store.knownUrls(keys.map((k) => k.key));
    let fresh = 0;
    for (const { e, key } of keys) {
      if (known.has(key)) {
        sum.alreadyStored++;
        continue;
      }
      const a = articles.get(key);
      if (a) a.feeds.push(job);
      else {
        articles.set(key, { url: e.url, feeds: [job] });
        fresh++;
      }
    }
    log(`feed ${feed}: ${parsed.entries.length} entries, ${fresh} new${parsed.skipped ? `, ${parsed.skipped} without a usable link` : ""}`);
  }

  const fetchOne = async (a: { url: string; feeds: FeedJob[] }): Promise<InputItem | null> => {
    const res = await f.get(a.url);
    if (res.kind === "ok") {
      const mt = parseContentType(res.headers.get("content-type"));
      if (!isHtml(mt, res.body)) {
        sum.notHtml++;
        log(`article ${a.url}: not HTML (${mt.type || "no type"}), skipped`);
        return null;
      }
      sum.fetched++;
      const capture = htmlCapture(res.body, mt, { path: null, record_id: null, url: a.url, fetched_at: o.now().toISOString() });
      return { ok: true, where: a.url, capture };
    }
    if (res.kind === "robots" && !res.unreachable) {
      sum.robotsBlocked++;
      log(`article ${a.url}: robots.txt disallows it, skipped`);
      return null;
    }
    if (res.kind === "http" && res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      sum.fetchFailed++;
      log(`article ${a.url}: HTTP ${res.status}, skipped`);
      return null;
    }
    // 5xx, timeouts, network errors after the retries: the feed is polled again in full next time.
    sum.fetchFailed++;
    for (const j of a.feeds) j.transientFailures++;
    log(`article ${a.url}: ${res.kind === "http" ? `HTTP ${res.status}` : res.kind === "error" ? res.problem : "robots.txt unreachable"} after ${"attempts" in res ? res.attempts : 1} attempt(s); will retry next pass`);
    return null;
  };

  async function* inputs(): AsyncGenerator<InputItem> {
    for await (const item of mapConcurrent([...articles.values()], Math.max(1, o.concurrency ?? 4), fetchOne)) if (item) yield item;
  }

  const ing = await ingestInputs(store, inputs(), {
    options: o.options,
    batchSize: o.batchSize ?? 20,
    pool: o.pool,
    onProblem: (where, problem) => log(`article ${where}: ${problem}`),
  });
  for (const j of jobs) {
    if (j.transientFailures) continue;
    await store.saveFetchState({ url: j.feed, etag: j.validators.etag, lastModified: j.validators.lastModified, status: j.validators.status, checkedAt: o.now().toISOString() });
  }
  return { ...ing, ...sum };
}
