/**
 * One page fetched politely for analysis, as `trafilatura -u URL` does: robots.txt honoured, one
 * request per host per `rate` seconds, retries with back-off (see http.ts), the body kept as bytes
 * for the capture stage to decode (or decoded by the HTTP charset when it is not UTF-8).
 */
import type { Capture } from "../envelope/types.js";
import type { Fetcher } from "./http.js";
import { htmlCapture, isHtml, parseContentType } from "./content.js";

export type PageOutcome = { ok: true; capture: Capture; url: string } | { ok: false; problem: string };

/** True for an argument that is a web address rather than a file. */
export function isWebUrl(arg: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(arg);
}

export async function fetchPage(fetcher: Fetcher, url: string, now: () => Date): Promise<PageOutcome> {
  try {
    new URL(url);
  } catch {
    return { ok: false, problem: "not a valid URL" };
  }
  const res = await fetcher.get(url);
  switch (res.kind) {
    case "ok": {
      const mt = parseContentType(res.headers.get("content-type"));
      const source = { path: null, record_id: null, url: res.url || url, fetched_at: now().toISOString() };
      if (isHtml(mt, res.body)) return { ok: true, url: source.url, capture: htmlCapture(res.body, mt, source) };
      if (mt.type === "text/plain") return { ok: true, url: source.url, capture: { source, bytes: res.body, kind: "text" } };
      return { ok: false, problem: `not a page (${mt.type || "no content type"})` };
    }
    case "robots":
      return { ok: false, problem: res.unreachable ? "robots.txt could not be read (the host is unreachable); not fetched" : "robots.txt disallows fetching it" };
    case "http":
      return { ok: false, problem: `HTTP ${res.status} after ${res.attempts} attempt(s)` };
    case "error":
      return { ok: false, problem: `${res.problem} after ${res.attempts} attempt(s)` };
    case "not-modified":
      return { ok: false, problem: "HTTP 304 without a cached copy" };
  }
}
