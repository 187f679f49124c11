import { isText, type Element } from "domhandler";
import { attr, decodeMetaString, parseHtml, textOf } from "./dom.js";

/** What the page's metadata says about the article (JSON-LD first, then OpenGraph / meta). */
export interface PageMeta {
  /** True when a JSON-LD object typed as an article was found. */
  ldArticle: boolean;
  ldHeadline: string | null;
  ldDescription: string | null;
  /** The JSON-LD `articleBody`, as given (tags stripped, line breaks kept), when long enough to be a body. */
  ldBody: string | null;
  ldModified: string | null;
  ldPublished: string | null;
  ldAuthors: string[];
  ldPublisher: string | null;
  ogTitle: string | null;
  ogSiteName: string | null;
  description: string | null;
  metaPublished: string | null;
  metaAuthor: string | null;
  titleTag: string | null;
  canonical: string | null;
  lang: string | null;
  /** Problems met on the way (broken JSON-LD). */
  problems: string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|Report|WebPage)$/;

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

function str(v: unknown): string | null {
  if (typeof v === "string") return decodeMetaString(v) || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v["name"] ?? v["@value"]);
  return null;
}

/** A long text field (articleBody) with its line breaks kept: entities decoded, tags dropped. */
function bodyText(v: unknown): string | null {
  const s = Array.isArray(v) ? v.filter((x) => typeof x === "string").join("\n") : typeof v === "string" ? v : null;
  if (!s || s.length < 200) return null;
  const t = /[&<]/.test(s) ? textOf(parseHtml(s.replace(/<\/?(?:p|div|br|li|h[1-6])\b[^>]*>/gi, "\n"))) : s;
  return t.replace(/\r\n?/g, "\n").trim() || null;
}

function types(o: Json): string[] {
  const t = o["@type"];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === "string") : typeof t === "string" ? [t] : [];
}

/** Flattens JSON-LD: arrays, @graph, and nested objects stay reachable. */
function ldObjects(v: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6) return out;
  if (Array.isArray(v)) for (const x of v) ldObjects(x, out, depth + 1);
  else if (isObj(v)) {
    out.push(v);
    if (Array.isArray(v["@graph"])) ldObjects(v["@graph"], out, depth + 1);
    if (isObj(v["mainEntity"])) ldObjects(v["mainEntity"], out, depth + 1);
  }
  return out;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const out: string[] = [];
  for (const x of list) {
    const n = str(x);
    if (n) out.push(...n.split(/\s*[,;]\s*/).filter(Boolean));
  }
  return out;
}

/** Parses JSON-LD text, repairing the usual breakage (raw line breaks in strings, trailing commas). */
function parseLd(text: string): { value: unknown; ok: boolean } {
  const t = text.trim().replace(/^<!--|-->$/g, "").replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, "");
  try {
    return { value: JSON.parse(t), ok: true };
  } catch {
    /* fall through to the repairs */
  }
  const fixed = t.replace(/[\u0000-\u001F]+/g, " ").replace(/,\s*([}\]])/g, "$1");
  try {
    return { value: JSON.parse(fixed), ok: false };
  } catch {
    /* salvage below */
  }
  // Salvage the plain string fields of an article object from text that is not JSON at all.
  const field = (k: string): string | undefined => {
    const m = new RegExp(`"${k}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(fixed);
    if (!m) return undefined;
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return m[1];
    }
  };
  const type = field("@type");
  if (!type || !ARTICLE_TYPES.test(type)) return { value: null, ok: false };
  const o: Json = { "@type": type };
  for (const k of ["headline", "description", "datePublished"]) {
    const v = field(k);
    if (v != null) o[k] = v;
  }
  return { value: o, ok: false };
}

function metaMap(metas: Element[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of metas) {
    const key = (attr(el, "property") || attr(el, "name") || attr(el, "itemprop")).toLowerCase().trim();
    const content = el.attribs["content"];
    if (!key || content == null) continue;
    if (!m.has(key) && content.trim()) m.set(key, content);
  }
  return m;
}

/** Reads JSON-LD, OpenGraph and meta tags. `all` is every element of the page in order. */
export function readMeta(all: Element[]): PageMeta {
  const problems: string[] = [];
  const metas: Element[] = [];
  const ld: Json[] = [];
  let titleTag: string | null = null;
  let canonical: string | null = null;
  let lang: string | null = null;
  for (const el of all) {
    switch (el.name) {
      case "meta":
        metas.push(el);
        break;
      case "script":
        if (/ld\+json/i.test(attr(el, "type"))) {
          const { value, ok } = parseLd(el.children.map((c) => (isText(c) ? c.data : "")).join(""));
          if (!ok) problems.push(value ? "JSON-LD block is not valid JSON (repaired)" : "JSON-LD block is not valid JSON (ignored)");
          if (value) ldObjects(value, ld);
        }
        break;
      case "title":
        if (titleTag == null) titleTag = decodeMetaString(textOf(el)) || null;
        break;
      case "link":
        if (canonical == null && /\bcanonical\b/i.test(attr(el, "rel")) && attr(el, "href")) canonical = attr(el, "href");
        break;
      case "html":
        lang = attr(el, "lang") || null;
        break;
    }
  }
  const article =
    ld.find((o) => types(o).some((t) => t !== "WebPage" && ARTICLE_TYPES.test(t))) ??
    ld.find((o) => types(o).includes("WebPage") && (o["headline"] != null || o["datePublished"] != null));
  const mm = metaMap(metas);
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = mm.get(k);
      if (v != null) {
        const d = decodeMetaString(v);
        if (d) return d;
      }
    }
    return null;
  };
  const ldAuthors = article ? names(article["author"] ?? article["creator"]) : [];
  const pub = article?.["publisher"] ?? article?.["sourceOrganization"];
  let ldPublisher = str(pub);
  if (!ldPublisher) {
    const org = ld.find((o) => types(o).some((t) => /^(?:NewsMediaOrganization|Organization)$/.test(t)));
    if (org) ldPublisher = str(org["name"]);
  }
  return {
    ldArticle: !!article,
    ldHeadline: article ? str(article["headline"]) ?? str(article["name"]) : null,
    ldDescription: article ? str(article["description"]) : null,
    ldBody: article ? bodyText(article["articleBody"] ?? article["text"]) : null,
    ldModified: article ? str(article["dateModified"]) : null,
    ldPublished: article ? str(article["datePublished"]) ?? str(article["dateCreated"]) : null,
    ldAuthors,
    ldPublisher,
    ogTitle: get("og:title", "twitter:title"),
    ogSiteName: get("og:site_name", "application-name", "al:android:app_name"),
    description: get("description", "og:description", "twitter:description"),
    metaPublished: get("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "date"),
    metaAuthor: get("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"),
    titleTag,
    canonical: canonical ?? get("og:url"),
    lang,
    problems,
  };
}
