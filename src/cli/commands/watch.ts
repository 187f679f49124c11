import { readFileSync } from "node:fs";
import { openStore, storeLocation } from "../../store/open.js";
import { createPool } from "../../ingest/pool.js";
import { Fetcher, USER_AGENT, userAgent } from "../../fetch/http.js";
import { watchPass, type WatchSummary } from "../../watch/watch.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCommand, parseCount, parseDateOption } from "../options.js";
import { summaryLine } from "./ingest.js";

export const help = `thoisu watch [--feeds FILE] [--once] [--interval SECONDS] [--rate SECONDS] [--db FILE|URL] [--jobs N] FEED_URL...

Polls RSS 2.0 and Atom feeds, fetches the articles not stored yet and ingests them. Polite:
robots.txt is honoured per host, one request per host every --rate seconds (default 1, or
the host's Crawl-delay when longer), feeds are fetched with conditional GET (their ETag and
Last-Modified are remembered in the store), failed requests are retried with exponential
back-off (--retries, default 3), each request times out after --timeout seconds (default 20).
Article URLs are canonicalised (fragments, utm_*/fbclid/gclid and AMP variants dropped).
User agent: ${USER_AGENT}; --contact URL|EMAIL (or THOISU_CONTACT) adds how to reach you.
--feeds FILE: one feed URL per line (# comments). --once: one pass, then exit; otherwise a
pass every --interval seconds (default 900) until interrupted. --jobs: analysis threads
(default 1; 0 analyses on the main thread). --concurrency: article fetches in flight (default 4).`;

function seconds(v: string | undefined, flag: string, dflt: number, min = 0): number {
  if (v == null) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${flag} takes a number of seconds (at least ${min}), not "${v}"`);
  return n;
}

export function passLine(s: WatchSummary): string {
  const feeds = [`${s.feeds} feeds`];
  if (s.notModified) feeds.push(`${s.notModified} not modified`);
  if (s.feedProblems) feeds.push(`${s.feedProblems} failed`);
  const arts = [`${s.entries} entries`, `${s.alreadyStored} already stored`, `${s.fetched} fetched`];
  if (s.robotsBlocked) arts.push(`${s.robotsBlocked} disallowed by robots.txt`);
  if (s.notHtml) arts.push(`${s.notHtml} not HTML`);
  if (s.fetchFailed) arts.push(`${s.fetchFailed} failed`);
  return `watch: ${feeds.join(", ")}; ${arts.join(", ")}; ${summaryLine("ingested", s)}`;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      contact: { type: "string" },
      feeds: { type: "string" },
      once: { type: "boolean", default: false },
      interval: { type: "string" },
      rate: { type: "string" },
      timeout: { type: "string" },
      retries: { type: "string" },
      concurrency: { type: "string" },
      db: { type: "string" },
      jobs: { type: "string", short: "j" },
      batch: { type: "string" },
      date: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const feeds = [...parsed.positionals];
  if (v.feeds) {
    let text: string;
    try {
      text = readFileSync(v.feeds, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read --feeds ${v.feeds}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    for (const line of text.split(/\r?\n/)) {
      const l = line.replace(/#.*$/, "").trim();
      if (l) feeds.push(l);
    }
  }
  if (feeds.length === 0) throw new UsageError("no feed given (FEED_URL arguments or --feeds FILE)");
  const interval = seconds(v.interval, "--interval", 900, 1);
  const fetcher = new Fetcher({
    userAgent: userAgent(v.contact ?? io.env.THOISU_CONTACT),
    rate: seconds(v.rate, "--rate", 1),
    timeout: seconds(v.timeout, "--timeout", 20, 0.001),
    retries: parseCount(v.retries, "--retries", 3),
  });
  const options = { date: v.date != null ? parseDateOption(v.date, "--date") : null };
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  const pool = createPool(parseCount(v.jobs, "--jobs", 1), io.now());
  const ctl = new AbortController();
  const onSignal = () => {
    if (ctl.signal.aborted) process.exit(130);
    io.err("thoisu watch: stopping after this pass (again to quit now)\n");
    ctl.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let failed: boolean;
  try {
    for (;;) {
      const s = await watchPass(store, feeds, {
        fetcher,
        pool,
        options,
        batchSize: Math.max(1, parseCount(v.batch, "--batch", 20)),
        concurrency: Math.max(1, parseCount(v.concurrency, "--concurrency", 4)),
        now: () => new Date(),
        log: v.quiet ? undefined : (l) => io.err(`thoisu watch: ${l}\n`),
      });
      io.out(passLine(s) + "\n");
      failed = s.feedProblems > 0 || s.fetchFailed > 0 || s.problems > 0;
      if (v.once || ctl.signal.aborted) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, interval * 1000);
        ctl.signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
      });
      if (ctl.signal.aborted) break;
    }
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await pool.close();
    await store.close();
  }
  return failed ? 1 : 0;
}
