/**
 * A polite HTTP client on Node's built-in fetch: a clear user agent, robots.txt honoured per
 * host (our group, else `*`), a minimum delay between requests to one host (or the host's
 * Crawl-delay when longer), conditional GET (ETag / Last-Modified), timeouts covering the
 * whole body, a size cap, and retries with exponential back-off on 5xx, 429, timeouts and
 * network errors. Every loop here is bounded (retries, redirects, body size, time).
 */
import { ANALYZER_VERSION } from "../record/record.js";
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from "./robots.js";
import { hostKey } from "./url.js";

/**
 * The user agent names the tool and its version; who runs it adds a way to reach them with
 * `thoisu watch --contact URL|EMAIL` (or THOISU_CONTACT), which site owners will look for.
 */
export const USER_AGENT = `thoisu/${ANALYZER_VERSION} (news monitoring; robots token "thoisu")`;
export function userAgent(contact?: string | null): string {
  return contact ? `thoisu/${ANALYZER_VERSION} (news monitoring; +${contact})` : USER_AGENT;
}
/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = "thoisu";

export interface FetcherOptions {
  /** Minimum seconds between two requests to one host (default 1). */
  rate?: number;
  /** Seconds before a request (headers and body) is abandoned (default 20). */
  timeout?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First back-off in ms, doubled at each retry (default 500). */
  backoffMs?: number;
  /** Largest body read, in bytes (default 10 MB). */
  maxBytes?: number;
  /** Longest Crawl-delay honoured, seconds (default 30). */
  maxCrawlDelay?: number;
  userAgent?: string;
  /** Injected for tests; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: "ok"; status: number; url: string; headers: Headers; body: Uint8Array; validators: Validators; attempts: number }
  | { kind: "not-modified"; status: 304; url: string; attempts: number }
  /** robots.txt forbids it, or (`unreachable`) could not be fetched, which forbids everything for a while. */
  | { kind: "robots"; url: string; unreachable: boolean }
  /** A final HTTP status that is not success (4xx, or 5xx after the retries). */
  | { kind: "http"; status: number; url: string; attempts: number }
  /** Network error, timeout, too large: after the retries. */
  | { kind: "error"; url: string; problem: string; attempts: number };

export interface FetchStats {
  requests: number;
  retries: number;
  robotsBlocked: number;
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

class TooLarge extends Error {}

export class Fetcher {
  readonly stats: FetchStats = { requests: 0, retries: 0, robotsBlocked: 0 };
  private readonly hostChain = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();
  private readonly robots = new Map<string, { until: number; rules: Promise<RobotsRules> }>();
  private readonly o: Required<FetcherOptions>;
  /** Request times per host (ms since epoch), for tests and diagnostics. */
  readonly log: Array<{ host: string; url: string; at: number }> = [];

  constructor(opts: FetcherOptions = {}) {
    this.o = {
      rate: opts.rate ?? 1,
      timeout: opts.timeout ?? 20,
      retries: opts.retries ?? 3,
      backoffMs: opts.backoffMs ?? 500,
      maxBytes: opts.maxBytes ?? 10 * 1024 * 1024,
      maxCrawlDelay: opts.maxCrawlDelay ?? 30,
      userAgent: opts.userAgent ?? USER_AGENT,
      sleep: opts.sleep ?? sleepReal,
    };
  }

  /**
   * Runs one request to a host: one at a time per host, starting at least the delay after the
   * previous one to that host ENDED (so the host sees the gap whatever the network does).
   */
  private async withHost<T>(host: string, rules: RobotsRules | null, fn: () => Promise<T>): Promise<T> {
    const delay = 1000 * Math.max(this.o.rate, Math.min(rules?.crawlDelay ?? 0, this.o.maxCrawlDelay));
    const prev = this.hostChain.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    this.hostChain.set(host, prev.then(() => mine));
    await prev;
    try {
      const wait = (this.lastEnd.get(host) ?? 0) + delay - Date.now();
      if (wait > 0) await this.o.sleep(wait);
      return await fn();
    } finally {
      this.lastEnd.set(host, Date.now());
      release();
    }
  }

  /** The robots.txt rules for a URL's host: kept a day, or a minute when robots.txt was unreachable. */
  async rulesFor(url: string): Promise<RobotsRules> {
    const host = hostKey(url);
    const hit = this.robots.get(host);
    if (hit && hit.until > Date.now()) return hit.rules;
    const rules = this.loadRobots(host);
    const entry = { until: Number.POSITIVE_INFINITY, rules };
    this.robots.set(host, entry);
    const r = await rules;
    entry.until = Date.now() + (r.unreachable ? 60_000 : 86_400_000);
    return r;
  }

  private async loadRobots(host: string): Promise<RobotsRules> {
    const res = await this.request(`${host}/robots.txt`, {}, null, 1);
    if (res.kind === "ok") return parseRobots(Buffer.from(res.body).toString("utf8"), ROBOTS_TOKEN);
    // RFC 9309: unavailable (4xx) means no rules; unreachable (5xx, network) means keep off.
    if (res.kind === "http" && res.status >= 400 && res.status < 500) return ALLOW_ALL;
    return DISALLOW_ALL;
  }

  /** GETs a URL politely; `validators` make it conditional. Never throws for HTTP or network trouble. */
  async get(url: string, validators?: Partial<Validators> | null): Promise<FetchOutcome> {
    const rules = await this.rulesFor(url);
    if (!isAllowed(rules, url)) {
      this.stats.robotsBlocked++;
      return { kind: "robots", url, unreachable: !!rules.unreachable };
    }
    const headers: Record<string, string> = {};
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    return this.request(url, headers, rules, this.o.retries + 1);
  }

  private async request(url: string, extra: Record<string, string>, rules: RobotsRules | null, maxAttempts: number): Promise<FetchOutcome> {
    const host = hostKey(url);
    let last: FetchOutcome = { kind: "error", url, problem: "not attempted", attempts: 0 };
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        this.stats.retries++;
        const retryAfter = last.kind === "http" ? (last as { retryAfter?: number }).retryAfter : undefined;
        await this.o.sleep(Math.max(this.o.backoffMs * 2 ** (attempt - 2), Math.min(retryAfter ?? 0, 60_000)));
      }
      const out = await this.withHost(host, rules, () => this.attempt(url, extra, attempt));
      if (out.kind !== "retry") return out.outcome;
      last = out.outcome;
    }
    return last;
  }

  /** One attempt: the outcome, and whether it is worth another try. */
  private async attempt(url: string, extra: Record<string, string>, attempt: number): Promise<{ kind: "final" | "retry"; outcome: FetchOutcome }> {
    this.stats.requests++;
    this.log.push({ host: hostKey(url), url, at: Date.now() });
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.o.timeout * 1000);
    try {
      const res = await fetch(url, {
        headers: { "user-agent": this.o.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5", ...extra },
        signal: ctl.signal,
        redirect: "follow",
      });
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { kind: "final", outcome: { kind: "not-modified", status: 304, url: res.url || url, attempts: attempt } };
      }
      if (res.status >= 200 && res.status < 300) {
        const body = await readCapped(res, this.o.maxBytes);
        const validators = { etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
        return { kind: "final", outcome: { kind: "ok", status: res.status, url: res.url || url, headers: res.headers, body, validators, attempts: attempt } };
      }
      await res.body?.cancel().catch(() => undefined);
      const out: FetchOutcome & { retryAfter?: number } = { kind: "http", status: res.status, url, attempts: attempt };
      const ra = Number(res.headers.get("retry-after"));
      if (Number.isFinite(ra) && ra > 0) out.retryAfter = ra * 1000;
      return { kind: res.status >= 500 || res.status === 429 || res.status === 408 ? "retry" : "final", outcome: out };
    } catch (e) {
      const problem = e instanceof TooLarge ? e.message : ctl.signal.aborted ? `timed out after ${this.o.timeout}s` : `network error: ${errText(e)}`;
      return { kind: e instanceof TooLarge ? "final" : "retry", outcome: { kind: "error", url, problem, attempts: attempt } };
    } finally {
      clearTimeout(timer);
    }
  }
}

function errText(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as Error & { cause?: unknown }).cause;
    const c = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : null;
    return c ? `${e.message} (${c})` : e.message;
  }
  return String(e);
}

async function readCapped(res: Response, max: number): Promise<Uint8Array> {
  const len = Number(res.headers.get("content-length"));
  if (Number.isFinite(len) && len > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new TooLarge(`body of ${len} bytes is over the ${max}-byte limit`);
  }
  if (!res.body) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += chunk.length;
    if (n > max) throw new TooLarge(`body over the ${max}-byte limit`);
    parts.push(chunk);
  }
  return new Uint8Array(Buffer.concat(parts));
}
