/**
 * URLs as the fetcher requests them: one page reached through its AMP copy, with tracking
 * parameters or a fragment, is requested once, at its plain address. Unlike the store's
 * `canonicalUrl` (src/ingest/url.ts, a dedup key without scheme), this stays a fetchable URL:
 * scheme, `www.` and the order of the remaining parameters are kept.
 */
const TRACKING = /^(?:utm_[a-z0-9_]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|zarsrc|_ga|_gl)$/i;
const AMP_PARAM = /^(?:amp|outputtype)$/i;

export function canonicalFetchUrl(url: string | null | undefined, base?: string): string | null {
  if (!url || !url.trim()) return null;
  let u: URL;
  try {
    u = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, "").replace(/^amp\./, "");
  // AMP copies: /amp/… or …/amp, name.amp.html, ?amp, ?amp=1, ?outputType=amp.
  let path = u.pathname
    .replace(/\/amp(?=\/)/, "")
    .replace(/\/amp\/?$/, "/")
    .replace(/\.amp(?=\.html?$)/, "");
  if (path !== "/" && path.endsWith("/") && !u.pathname.endsWith("/")) path = path.slice(0, -1);
  u.pathname = path || "/";
  const isAmp = (k: string, v: string) => AMP_PARAM.test(k) && (k.toLowerCase() === "amp" || v.toLowerCase() === "amp");
  const keep = [...u.searchParams.entries()].filter(([k, v]) => !TRACKING.test(k) && !isAmp(k, v));
  u.search = keep.length ? "?" + new URLSearchParams(keep).toString() : "";
  return u.toString();
}

/** The `host[:port]` key rate limits and robots.txt rules are kept under. */
export function hostKey(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}
