/**
 * RSS 2.0 and Atom feeds, parsed with htmlparser2 in XML mode and `getFeed`. Parsing is
 * lenient (a truncated or slightly broken feed yields the items it has); a document that is
 * not a feed at all is a problem, not an exception.
 */
import { parseDocument } from "htmlparser2";
import { getFeed, getElementsByTagName, getAttributeValue, textContent } from "domutils";
import type { Element } from "domhandler";
import { decode } from "../capture/decode.js";
import { canonicalFetchUrl } from "../fetch/url.js";

export interface FeedEntry {
  /** Absolute, canonical fetch URL of the article. */
  url: string;
  title: string | null;
  /** ISO 8601 when the feed gives a valid date. */
  published: string | null;
}

export type ParsedFeed = { ok: true; type: string; title: string | null; entries: FeedEntry[]; skipped: number } | { ok: false; problem: string };

/** The link of an Atom entry: rel="alternate" (or no rel) before any other. */
function atomLinks(doc: ReturnType<typeof parseDocument>): Array<string | null> {
  const entries = getElementsByTagName("entry", doc.children, true);
  return entries.map((e) => {
    const links = (e.children.filter((c) => (c as Element).name === "link") as Element[]) ?? [];
    const alt = links.find((l) => !getAttributeValue(l, "rel") || getAttributeValue(l, "rel") === "alternate") ?? links[0];
    return alt ? (getAttributeValue(alt, "href") ?? (textContent(alt).trim() || null)) : null;
  });
}

/** RSS items without <link> but with a permalink <guid>. */
function rssGuids(doc: ReturnType<typeof parseDocument>): Array<string | null> {
  return getElementsByTagName("item", doc.children, true).map((e) => {
    const g = e.children.find((c) => (c as Element).name === "guid") as Element | undefined;
    if (!g || getAttributeValue(g, "isPermaLink") === "false") return null;
    const t = textContent(g).trim();
    return /^https?:\/\//i.test(t) ? t : null;
  });
}

export function parseFeed(body: Uint8Array | string, feedUrl: string, maxEntries = 500): ParsedFeed {
  const text = typeof body === "string" ? body : decode(body).text;
  if (!text.trim()) return { ok: false, problem: "the feed is empty" };
  let doc;
  try {
    doc = parseDocument(text, { xmlMode: true });
  } catch (e) {
    return { ok: false, problem: `not XML: ${e instanceof Error ? e.message : String(e)}` };
  }
  const feed = getFeed(doc.children);
  if (!feed) return { ok: false, problem: "not an RSS or Atom feed" };
  const alt = feed.type === "atom" ? atomLinks(doc) : rssGuids(doc);
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  feed.items.forEach((it, i) => {
    const link = (feed.type === "atom" ? alt[i] : null) ?? it.link?.trim() ?? alt[i] ?? null;
    const url = canonicalFetchUrl(link, feedUrl);
    if (!url) {
      skipped++;
      return;
    }
    if (seen.has(url) || entries.length >= maxEntries) return;
    seen.add(url);
    const d = it.pubDate && !Number.isNaN(it.pubDate.getTime()) ? it.pubDate.toISOString() : null;
    entries.push({ url, title: it.title?.trim() || null, published: d });
  });
  return { ok: true, type: feed.type, title: feed.title?.trim() || null, entries, skipped };
}
