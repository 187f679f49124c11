import type { Element } from "domhandler";
import type { ExtractInput, ExtractResult } from "./stage.js";
import type { Article, Message } from "../envelope/types.js";
import { message } from "../envelope/doc.js";
import { hostOf, outletByName, outletFromUrl } from "./outlet.js";
import { attr, classId, clean, commonAncestor, elements, isAncestor, parseHtml, textOf } from "./html/dom.js";
import { readMeta, type PageMeta } from "./html/meta.js";
import { PageModel } from "./html/model.js";
import { density, readBody, withSiblings, type TextBlock } from "./html/select.js";
import { isoFromMachine, isoFromPrinted } from "./html/dates.js";
import {
  BYLINE_CLASS, CHROME_LINE, DATE_CLASS, DATE_LINE, SAPO_CLASS,
  captionLike, creditLine, nameLike, parseByline, trailingCredit,
} from "./html/rules.js";

/**
 * Extracts the article of an HTML page: title, sapo, body paragraphs, captions, byline,
 * outlet, credits and publication date. Sources, in order: JSON-LD (NewsArticle/Article),
 * OpenGraph and meta tags, `<time datetime>`, then the page itself (main-content scoring on an
 * htmlparser2 tree, chrome removed). Never throws on bad markup; problems become messages.
 */
export function extractHtml(input: ExtractInput): ExtractResult {
  const messages: Message[] = [];
  const doc = parseHtml(input.raw);
  const all = elements(doc);
  const meta = readMeta(all);
  for (const p of meta.problems) messages.push(message("extract/bad-json-ld", "warning", p));
  const model = new PageModel(doc, all);
  const pageUrl = input.url ?? absUrl(meta.canonical);
  const host = pageUrl ? hostOf(pageUrl) : null;
  const vietnamese = /^vi\b/i.test(meta.lang ?? "") || (!!host && /\.vn$/.test(host));
  const outlet = pickOutlet(meta, pageUrl, host);

  // ---- title
  const siteNames = [meta.ogSiteName, meta.ldPublisher, outlet, host].filter((x): x is string => !!x);
  const metaTitles = [meta.ldHeadline, stripSite(meta.ogTitle, siteNames), stripSite(meta.titleTag, siteNames)].filter((x): x is string => !!x);
  const h1s = all.filter((el) => el.name === "h1" && !model.get(el).chrome && !model.get(el).boiler);
  let titleEl: Element | null = null;
  let bestSim = 0;
  for (const h of h1s) {
    const t = clean(textOf(h));
    if (!t) continue;
    const sim = Math.max(0, ...metaTitles.map((m) => similarity(t, m)));
    if (sim > bestSim) {
      bestSim = sim;
      titleEl = h;
    }
  }
  if (bestSim < 0.6) titleEl = metaTitles.length ? null : h1s.find((h) => clean(textOf(h)).split(" ").length >= 3) ?? null;

  // ---- main content
  const dens = density(model, 0.5);
  const top = dens.top;
  const content = top ? withSiblings(model, top, dens.score, dens.scores) : [];
  const scope: Element | null = top ? (titleEl ? commonAncestor(titleEl, top) : top.parent && "name" in top.parent ? (top.parent as Element) : top) : titleEl?.parent && "name" in titleEl.parent ? (titleEl.parent as Element) : null;
  const inScope = (el: Element): boolean => !scope || scope === el || isAncestor(scope, el);
  const usable = (el: Element): boolean => {
    const inf = model.get(el);
    if (inf.chrome || (inf.boiler && !BYLINE_CLASS.test(classId(el)) && !DATE_CLASS.test(classId(el)))) return false;
    for (let p = el.parent; p && "name" in p; p = p.parent) {
      const n = (p as Element).name;
      if (n === "li" || n === "a" || n === "figure" || n === "figcaption") return false;
      if (model.get(p as Element).chrome) return false;
    }
    return true;
  };
  const skip = new Set<Element>();
  if (titleEl) skip.add(titleEl);

  // ---- sapo (lead)
  let lead: string | null = null;
  const titleIdx = titleEl ? model.get(titleEl).index : -1;
  const sapoEls = all.filter((el) => {
    if (el.name === "meta" || el.name === "figcaption" || el.name === "figure" || el.name === "img" || el.name === "a" || el.name === "li") return false;
    if (!SAPO_CLASS.test(classId(el))) return false;
    if (!inScope(el) || !usable(el) || model.get(el).boiler) return false;
    if (titleEl && isAncestor(el, titleEl)) return false;
    if (top && (el === top || isAncestor(el, top))) return false;
    const l = model.get(el).textLen;
    return l >= 30 && l <= 1500;
  });
  const sapoEl = sapoEls.find((el) => model.get(el).index > titleIdx) ?? sapoEls[0] ?? null;
  if (sapoEl) {
    lead = clean(textOf(sapoEl)) || null;
    skip.add(sapoEl);
  }

  // ---- bylines and dates printed in the article's header/footer
  let author: string | null = null;
  const credits: string[] = [];
  const bylineEls = all.filter((el) => BYLINE_CLASS.test(classId(el)) && inScope(el) && usable(el) && !skip.has(el));
  let printedAuthor: string | null = null;
  for (const el of bylineEls) {
    if (bylineEls.some((o) => o !== el && isAncestor(o, el))) continue; // outermost only
    skip.add(el);
    const t = clean(textOf(el));
    if (!t || t.length > 120) continue;
    const nameEl = all.find((c) => isAncestor(el, c) && /name/.test(classId(c) + attr(c, "itemprop")));
    const full = parseByline(stripDate(t));
    const a = nameEl ? parseByline(clean(textOf(nameEl))).author : full.author;
    if (a && !printedAuthor) printedAuthor = a;
    credits.push(...full.credits);
  }
  const dateEls = all.filter((el) => (el.name === "time" || DATE_CLASS.test(classId(el)) || attr(el, "itemprop") === "datePublished") && inScope(el) && usable(el));
  for (const el of dateEls) if (model.get(el).textLen < 90) skip.add(el);

  // ---- body
  const { blocks, captions } = top ? readBody(content, model, skip) : { blocks: [], captions: [] };
  const title = titleEl ? clean(textOf(titleEl)) : metaTitles[0] ?? null;
  const paragraphs: string[] = [];
  const kept: TextBlock[] = [];
  let printedDate: string | null = null;
  for (const b of blocks) {
    const t = b.text;
    if (b.len && b.linkLen / b.len > 0.5) continue;
    if (CHROME_LINE.test(t)) continue;
    if (title && t === title) continue;
    if (lead && t === lead) continue;
    if (DATE_LINE.test(t)) {
      if (!kept.length && !printedDate) printedDate = isoFromPrinted(t);
      continue;
    }
    if (captionLike(t, b.afterImage, b.len > 0 && b.italicLen / b.len > 0.8)) {
      captions.push(t);
      continue;
    }
    kept.push(b);
  }
  // trailing byline and credit lines ("Minh Anh", "Theo RT")
  for (let k = 0; k < 3 && kept.length; k++) {
    const last = kept[kept.length - 1]!;
    const cr = creditLine(last.text);
    if (cr) {
      credits.push(...cr);
      kept.pop();
      continue;
    }
    const styled = last.right || (last.len > 0 && last.boldLen / last.len > 0.8) || BYLINE_CLASS.test(classId(last.el));
    const by = parseByline(last.text);
    if (by.author && (styled || (printedAuthor && fold(by.author) === fold(printedAuthor)))) {
      if (!printedAuthor) printedAuthor = by.author;
      credits.push(...by.credits);
      kept.pop();
      continue;
    }
    break;
  }
  if (kept.length) {
    const tc = trailingCredit(kept[kept.length - 1]!.text);
    if (tc) credits.push(...tc);
  }
  // a sapo printed as the first, bold paragraph, or the one the meta description repeats
  if (!lead && kept.length > 1) {
    const first = kept[0]!;
    const desc = meta.ldDescription ?? meta.description;
    const bold = first.len >= 60 && first.boldLen / first.len > 0.9;
    const same = !!desc && desc.length >= 40 && (fold(first.text) === fold(desc) || fold(first.text).startsWith(fold(desc).replace(/\s*\.\.\.$|…$/u, "").slice(0, 120)));
    if (bold || same) {
      lead = first.text;
      kept.shift();
    }
  }
  for (const b of kept) paragraphs.push(b.text);

  // ---- author
  const notOutlet = (a: string): boolean => {
    const f = fold(a);
    if (!f || a.length > 60 || /https?:|www\.|\.(?:vn|com|net|org)\b/i.test(a)) return false;
    if (siteNames.some((s) => fold(s) === f)) return false;
    if (/^(?:báo|tạp chí|đài|cổng thông tin|ban biên tập|tòa soạn|toà soạn)\b/iu.test(a)) return false;
    try {
      if (outletByName(a)) return false;
    } catch {
      /* no outlet table: accept */
    }
    return true;
  };
  const ldAuthors = meta.ldAuthors.filter(notOutlet);
  if (ldAuthors.length) author = ldAuthors.join(", ");
  else if (meta.metaAuthor && notOutlet(meta.metaAuthor) && nameLike(meta.metaAuthor)) author = meta.metaAuthor;
  else if (printedAuthor && notOutlet(printedAuthor)) author = printedAuthor;

  // ---- published: JSON-LD, meta, <time datetime>, itemprop, then the printed byline date
  const local = vietnamese ? 420 : null;
  let published: string | null = null;
  for (const c of [meta.ldPublished, meta.metaPublished]) {
    if (!published && c) published = isoFromMachine(c, local);
  }
  if (!published) {
    for (const el of dateEls) {
      const dt = attr(el, "datetime") || (attr(el, "itemprop") === "datePublished" ? attr(el, "content") : "");
      if (dt) published = isoFromMachine(dt, local);
      if (published) break;
    }
  }
  if (!published) {
    for (const el of dateEls) {
      const t = clean(textOf(el));
      if (t && t.length < 90 && !/cập nhật|updated|sửa đổi/iu.test(t)) published = isoFromPrinted(t);
      if (published) break;
    }
  }
  if (!published) published = printedDate;

  // ---- an article or not?
  const isArticle = meta.ldArticle || paragraphs.length > 0 && (!!titleEl || paragraphs.join(" ").length >= 400 || /^article$/i.test(ogType(all)));
  if (!isArticle || paragraphs.length === 0) {
    if (meta.ldArticle || titleEl) {
      messages.push(message("extract/no-body", "warning", "the page names an article but no body text was found in it"));
    } else {
      return { article: emptyArticle(outlet), messages };
    }
  }

  const article: Article = {
    title: title || null,
    lead,
    paragraphs,
    captions: dedupe(captions),
    author,
    outlet,
    credits: dedupe(credits),
    published,
  };
  return { article, messages };
}

function emptyArticle(outlet: string | null): Article {
  return { title: null, lead: null, paragraphs: [], captions: [], author: null, outlet, credits: [], published: null };
}

function ogType(all: Element[]): string {
  const m = all.find((el) => el.name === "meta" && attr(el, "property") === "og:type");
  return m ? attr(m, "content") : "";
}

function absUrl(u: string | null): string | null {
  return u && /^https?:\/\//i.test(u) ? u : null;
}

/** Lower case, no diacritics, letters and digits separated by single spaces. */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Dice coefficient of the two titles' folded word sets. */
function similarity(a: string, b: string): number {
  const A = new Set(fold(a).split(" ").filter(Boolean));
  const B = new Set(fold(b).split(" ").filter(Boolean));
  if (!A.size || !B.size) return 0;
  let hit = 0;
  for (const w of A) if (B.has(w)) hit++;
  return (2 * hit) / (A.size + B.size);
}

/** "Title - VnExpress" → "Title" when the tail names the site. */
function stripSite(t: string | null, sites: string[]): string | null {
  if (!t) return null;
  let s = t;
  for (let k = 0; k < 2; k++) {
    const m = /^(.*\S)\s+[-|–—:»]\s+([^-|–—»]+)$/u.exec(s);
    if (!m) break;
    const tail = m[2]!.trim();
    const f = fold(tail);
    let site = sites.some((x) => fold(x) === f || f.includes(fold(x)) && fold(x).length >= 4) || /\.(?:vn|com|net|org)\b/i.test(tail) || /^báo\s/iu.test(tail);
    if (!site) {
      try {
        site = !!outletByName(tail);
      } catch {
        site = false;
      }
    }
    if (!site) break;
    s = m[1]!;
  }
  return clean(s);
}

function pickOutlet(meta: PageMeta, url: string | null, host: string | null): string | null {
  let fromUrl: string | null;
  try {
    fromUrl = url ? outletFromUrl(url) : null;
  } catch {
    fromUrl = host;
  }
  const tableHit = fromUrl && fromUrl !== host ? fromUrl : null;
  const named = meta.ogSiteName ?? meta.ldPublisher;
  if (named) {
    let entry: string | null;
    try {
      entry = outletByName(named)?.name ?? null;
    } catch {
      entry = null;
    }
    if (!entry) {
      const bare = named.replace(/\s*\([^)]*\)\s*$/u, "").replace(/^(?:báo(?: điện tử)?|tạp chí|đài|trang tin)\s+/iu, "").trim();
      try {
        entry = bare && bare !== named ? outletByName(bare)?.name ?? null : null;
      } catch {
        entry = null;
      }
    }
    return entry ?? tableHit ?? named;
  }
  return fromUrl;
}

/** A byline element's text without its date part ("Minh Anh | 26/01/2025 09:00"). */
function stripDate(t: string): string {
  return t
    .replace(/(?:thứ\s+\S+|chủ\s+nhật)?\s*,?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}.*$/iu, "")
    .replace(/\s*[|•·-]\s*$/u, "")
    .trim();
}

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = fold(x);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}
