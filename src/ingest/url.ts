/**
 * Canonical URLs: one page reached as http/https, with or without "www.", through its AMP
 * copy, with tracking parameters or a fragment, is one page.
 */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|zarsrc|zacc|cmpid|ref|source|amp)$/i;

export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  let host = u.hostname.toLowerCase().replace(/^(www\d*|m|amp)\./, "");
  if (host.endsWith(".")) host = host.slice(0, -1);
  let path = u.pathname
    .replace(/\/amp(?=\/|$)/g, "")
    .replace(/\.amp(?=\.html?$)/, "")
    .replace(/\/index\.html?$/, "/")
    .replace(/\/{2,}/g, "/");
  if (path.length > 1) path = path.replace(/\/$/, "");
  if (!path) path = "/";
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const q = params.length ? "?" + new URLSearchParams(params).toString() : "";
  const port = u.port && u.port !== "80" && u.port !== "443" ? `:${u.port}` : "";
  return `${host}${port}${path}${q}`;
}
