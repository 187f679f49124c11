import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { isSectionLabel } from "./lines.js";

/** One outlet of `data/extract/outlets.json`. */
export interface OutletEntry {
  domains: string[];
  name: string;
  aliases?: string[];
}

interface OutletTable {
  byHost: Map<string, OutletEntry>;
  /** fold(name or alias) → entry */
  byName: Map<string, OutletEntry>;
}

let table: OutletTable | null = null;

/** Lower-case, no diacritics, letters and digits only: the key names are compared by. */
export function outletKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** The outlet table, read once per process (it is static data, like a lexicon). */
export function outletTable(): OutletTable {
  if (table) return table;
  const json = JSON.parse(readFileSync(join(DATA_DIR, "extract/outlets.json"), "utf8")) as { outlets: OutletEntry[] };
  const byHost = new Map<string, OutletEntry>();
  const byName = new Map<string, OutletEntry>();
  for (const o of json.outlets) {
    for (const d of o.domains) byHost.set(d.toLowerCase(), o);
    for (const n of [o.name, ...(o.aliases ?? []), ...o.domains]) {
      const k = outletKey(n);
      if (k && !byName.has(k)) byName.set(k, o);
    }
  }
  table = { byHost, byName };
  return table;
}

/** The host of a URL (lower case, without "www."), or null when it is not a URL. */
export function hostOf(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol) || !u.hostname) return null;
  return u.hostname.toLowerCase().replace(/^www\d?\./, "").replace(/\.$/, "");
}

/**
 * The outlet that publishes at this URL: the masthead name from the data table (the host or
 * its nearest listed parent domain), else the host name itself (e.g. "example-news.vn"),
 * or null when `url` is not an http(s) URL.
 */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const { byHost } = outletTable();
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = byHost.get(parts.slice(i).join("."));
    if (hit) return hit.name;
  }
  return host;
}

/**
 * The outlet a page belongs to, told by its own links when the page says nothing else (no URL,
 * no canonical link, no site name: pages saved from older sites, whose navigation links are
 * absolute): the listed outlet most of the page's absolute links go to, when it has at least
 * three of them and twice as many as any other listed outlet. Unlisted hosts (share buttons,
 * advertisers, CDNs) count for nothing; null when no outlet stands out.
 */
export function outletFromLinks(hrefs: readonly string[]): string | null {
  const { byHost } = outletTable();
  const counts = new Map<string, number>();
  for (const href of hrefs) {
    if (!/^https?:\/\//i.test(href)) continue;
    const host = hostOf(href);
    if (!host) continue;
    const parts = host.split(".");
    for (let i = 0; i < parts.length - 1; i++) {
      const hit = byHost.get(parts.slice(i).join("."));
      if (hit) {
        counts.set(hit.name, (counts.get(hit.name) ?? 0) + 1);
        break;
      }
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [top, next] = ranked;
  if (!top || top[1] < 3 || (next && top[1] < 2 * next[1])) return null;
  return top[0];
}

/** The table entry whose name, alias or domain is `name` (case and diacritics ignored), if any. */
export function outletByName(name: string): OutletEntry | null {
  const k = outletKey(name);
  return (k && outletTable().byName.get(k)) || null;
}

let masthead: { prefixes: string[]; suffixes: string[]; longest: number } | null = null;
const mastheadSeen = new Map<string, string | null>();

/**
 * The outlet a masthead, site name or footer line names ("Báo Sài Gòn Giải Phóng Online",
 * "Báo Công an Nhân dân điện tử", "© Bản quyền thuộc về Báo Tin tức - TTXVN"): the line cut at
 * dashes and bars, the words of data/extract/mastheads.json stripped from each part's ends; a
 * part that is then exactly a name, alias or domain of the outlet table gives its name. Null
 * otherwise (a headline that mentions an outlet is not a masthead). Menus and footers repeat from
 * page to page of a site: answers are remembered (a few thousand lines).
 */
export function outletInMasthead(line: string): string | null {
  const known = mastheadSeen.get(line);
  if (known !== undefined) return known;
  const found = readMasthead(line);
  if (mastheadSeen.size >= 4096) mastheadSeen.clear();
  mastheadSeen.set(line, found);
  return found;
}

function readMasthead(line: string): string | null {
  if (!masthead) {
    const j = JSON.parse(readFileSync(join(DATA_DIR, "extract/mastheads.json"), "utf8")) as { prefixes: string[]; suffixes: string[] };
    const words = (xs: string[]): string[] => xs.map((x) => x.normalize("NFC").toLowerCase()).sort((a, b) => b.length - a.length);
    let longest = 0;
    for (const o of outletTable().byName.values()) for (const n of [o.name, ...(o.aliases ?? []), ...o.domains]) longest = Math.max(longest, n.length);
    masthead = { prefixes: words(j.prefixes), suffixes: words(j.suffixes), longest };
  }
  const t = line.normalize("NFC").trim();
  if (!t || t.length > 160) return null;
  // a site name written as its address ("https://nld.com.vn"; "Kenh14.vn" is matched as a domain below)
  if (/^https?:\/\/[^\s/]+\/?$/i.test(t)) {
    const host = hostOf(t);
    const hit = host ? outletTable().byHost.get(host) : undefined;
    return hit ? hit.name : null;
  }
  const parts = t.split(/\s+[-–—|:]+\s+|\s*::\s*/u);
  if (parts.length > 1) parts.unshift(t);
  for (const part of parts) {
    let p = part.trim();
    let prefixed = false;
    for (let changed = true; changed && p; ) {
      changed = false;
      p = p.replace(/[\s.,;]+$/u, "");
      const low = p.toLowerCase();
      for (const w of masthead.prefixes) {
        if (low.startsWith(w) && (w.length === low.length || !/[\p{L}\p{N}]/u.test(w.slice(-1)) || !/[\p{L}\p{N}]/u.test(low.charAt(w.length)))) {
          // (and a year after a copyright sign: "© 1997 Báo …", "© 2005-2024 …")
          prefixed = true;
          p = p.slice(w.length).replace(/^[\s:,.]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s:,.]*/u, "").trim();
          changed = true;
          break;
        }
      }
      if (changed) continue;
      for (const w of masthead.suffixes) {
        if (low.endsWith(w) && (w.length === low.length || !/[\p{L}\p{N}]/u.test(low.charAt(low.length - w.length - 1)))) {
          p = p.slice(0, p.length - w.length).replace(/[\s.,-]+$/u, "").trim();
          changed = true;
          break;
        }
      }
    }
    if (!p || p.length > masthead.longest) continue;
    const hit = outletByName(p);
    // (an outlet named like a section, "Tin tức", counts only as "Báo Tin tức", "© … Tin tức")
    if (hit && (prefixed || !isSectionLabel(p))) return hit.name;
  }
  return null;
}
