import { Element as ElementNode, type Element } from "domhandler";
import type { ExtractInput, ExtractResult } from "./types.js";
import type { Article, Message } from "../envelope/types.js";
import { message } from "../envelope/doc.js";
import { hostOf, outletByName, outletFromLinks, outletFromUrl, outletInMasthead } from "./outlet.js";
import { isPersonName, isWireAgency } from "./byline.js";
import { dateLine } from "./dates.js";
import { attr, classId, clean, commonAncestor, decodeMetaString, elements, parseHtml, textOf } from "./html/dom.js";
import { readMeta, type PageMeta } from "./html/meta.js";
import { PageModel } from "./html/model.js";
import { readBody, type TextBlock } from "./html/select.js";
import { chooseBody } from "./html/candidates.js";
import { appArticlePage, readAppArticle, type AppArticle } from "./html/appdata.js";
import { isoFromMachine, isoFromPrinted, pickPublished, type DateCandidate } from "./html/dates.js";
import {
  BYLINE_CLASS, CHROME_LINE, DATE_CLASS, DATE_LINE, SAPO_CLASS, SOURCE_CLASS,
  captionCreditOnly, captionLike, chromeLine, creditLine, nameLike, parseByline, splitCredits, trailingCredit,
} from "./html/rules.js";

/**
 * Extracts the article of an HTML page: title, sapo, body paragraphs, captions, byline,
 * outlet, credits and publication date. Sources, in order: JSON-LD (NewsArticle/Article),
 * OpenGraph and meta tags, `<time datetime>`, then the page itself (main-content scoring on an
 * htmlparser2 tree, chrome removed). Never throws on bad markup; problems become messages.
 */
export function extractHtml(input: ExtractInput): ExtractResult {
  let best = extractPage(input);
  if (proseOf(best.article) >= 200) return best;
  // when the page's own markup gives no article, the page a reader sees may be elsewhere in it:
  // a script-rendered shell's readable version in <noscript> (what a browser without scripts
  // shows), or a wrapper page showing the article in an <iframe srcdoc="…">
  if (NOSCRIPT.test(input.raw)) {
    const shown = extractPage({ raw: input.raw.replace(NOSCRIPT_TAGS, ""), url: input.url });
    if (proseOf(shown.article) > proseOf(best.article)) best = shown;
  }
  if (proseOf(best.article) < 200 && SRCDOC.test(input.raw)) {
    const docs = elements(parseHtml(input.raw))
      .filter((el) => el.name === "iframe")
      .map((el) => attr(el, "srcdoc"))
      .filter((d) => d.length > 200)
      .sort((a, b) => b.length - a.length);
    if (docs.length) {
      const framed = extractPage({ raw: docs[0]!, url: input.url });
      if (proseOf(framed.article) > proseOf(best.article)) {
        framed.article.outlet ??= best.article.outlet;
        best = framed;
      }
    }
  }
  return best;
}

const SRCDOC = /<iframe\b[^>]*\ssrcdoc\s*=/i;
const NOSCRIPT = /<noscript\b/i;
/** Letters only Vietnamese writes (horn, breve, dot below, hook above, đ). */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const NOSCRIPT_TAGS = /<\/?noscript\b[^>]*>/gi;
const proseOf = (a: Article): number => a.paragraphs.reduce((n, p) => n + p.length, 0);

function extractPage(input: ExtractInput): ExtractResult {
  const messages: Message[] = [];
  const doc = parseHtml(input.raw);
  const all = elements(doc);
  const meta = readMeta(all);
  for (const p of meta.problems) messages.push(message("extract/bad-json-ld", "warning", p));
  const model = new PageModel(doc, all);
  const pageUrl = input.url ?? absUrl(meta.canonical);
  const host = pageUrl ? hostOf(pageUrl) : null;
  // (a page without URL or lang attribute: its <title> written with Vietnamese letters)
  const vietnamese = /^vi\b/i.test(meta.lang ?? "") || (!!host && /\.vn$/.test(host)) || VIETNAMESE_LETTER.test(meta.titleTag ?? "");
  const outlet = pickOutlet(meta, pageUrl, host) ?? outletFromLinks(all.filter((el) => el.name === "a").map((el) => attr(el, "href"))) ?? mastheadOutlet(meta, all);

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
  // no h1 is the headline (old layouts print it in <font><b>, a <span class="tieude">, a cell):
  // the page's own line that is the <title> once the site's part is cut, whichever side it is on
  let bodyTitle: string | null = null;
  if (!titleEl) {
    const k = bodyHeadline(model, [meta.ldHeadline, meta.ogTitle, meta.titleTag]);
    if (k >= 0) {
      const b = model.blocks[k]!;
      bodyTitle = b.text;
      const inf = model.get(b.el);
      // the line's element is the headline's own only when it holds nothing else
      if (inf.b1 - inf.b0 === 1 && b.el.name !== "body" && clean(textOf(b.el)) === b.text) titleEl = b.el;
    }
  }

  // ---- main content: candidate bodies, chosen by agreement (candidates.ts)
  const choice = chooseBody(model, meta.ldBody, titleEl);
  const top = choice.top;
  const content = choice.nodes;
  const scope: Element | null = top ? (titleEl ? commonAncestor(titleEl, top) : top.parent && "name" in top.parent ? (top.parent as Element) : top) : titleEl?.parent && "name" in titleEl.parent ? (titleEl.parent as Element) : null;
  const inScope = (el: Element): boolean => !scope || model.contains(scope, el);
  const usable = (el: Element): boolean => {
    const inf = model.get(el);
    if (inf.chrome || inf.hidden || (inf.boiler && !BYLINE_CLASS.test(classId(el)) && !DATE_CLASS.test(classId(el)))) return false;
    for (let p = el.parent; p && "name" in p; p = p.parent) {
      const n = (p as Element).name;
      if (n === "li" || n === "a" || n === "figure" || n === "figcaption") return false;
    }
    return true;
  };
  const skip = new Set<Element>();
  if (titleEl) skip.add(titleEl);
  // what class/id names say about each element, tested once per name: sapo, byline, source, date
  const flags = all.map(nameFlags);
  const isSapo = (i: number): boolean => (flags[i]! & F_SAPO) !== 0;

  // ---- sapo (lead) named as such
  let lead: string | null = null;
  const titleIdx = titleEl ? model.get(titleEl).index : -1;
  const sapoEls = all.filter((el, i) => {
    if (!isSapo(i)) return false;
    if (el.name === "meta" || el.name === "figcaption" || el.name === "figure" || el.name === "img" || el.name === "a" || el.name === "li") return false;
    if (!inScope(el) || !usable(el) || model.get(el).boiler) return false;
    if (titleEl && model.contains(el, titleEl)) return false;
    if (top && model.contains(el, top)) return false;
    const l = model.get(el).textLen;
    return l >= 30 && l <= 1500;
  });
  const sapoEl = sapoEls.find((el) => model.get(el).index > titleIdx) ?? sapoEls[0] ?? null;
  if (sapoEl) {
    lead = clean(textOf(sapoEl)) || null;
    skip.add(sapoEl);
  }

  // ---- bylines, sources and dates printed in the article's header/footer
  let author: string | null = null;
  const credits: string[] = [];
  let printedAuthor: string | null = null;
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
  const person = (a: string | null): string | null => {
    if (!a) return null;
    const m = /^(?:theo|nguồn)\s*:?\s+(.+)$/iu.exec(a.trim());
    if (!m) return a;
    const name = m[1]!.trim();
    if (notOutlet(name) && nameLike(name) && !isWireAgency(name)) return name;
    credits.push(...splitCredits(name));
    return null;
  };
  // the innermost named elements with text: "div.content_source > p.author + p.source"
  const named = flags.map((f) => (f & F_BYLINE ? 1 : f & F_SOURCE ? 2 : 0));
  const namedBelow = new Uint8Array(all.length);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (!named[i] || namedBelow[i]) {
      if ((named[i] || namedBelow[i]) && el.parent && "name" in el.parent) namedBelow[model.get(el.parent as Element).index] = 1;
      continue;
    }
    if (el.parent && "name" in el.parent) namedBelow[model.get(el.parent as Element).index] = 1;
  }
  let sourceSeen = false;
  const bylineDates: string[] = [];
  const pageProse = model.proseIn(0, model.blocks.length);
  for (let i = 0; i < all.length; i++) {
    if (!named[i]) continue;
    const el = all[i]!;
    const inf = model.get(el);
    if (!inScope(el) || !usable(el) || skip.has(el)) continue;
    // a long text is no byline (an author's biography: left out of the body), and a container named
    // "post-author-…" that holds much of the page's prose is not left out for its name
    if (inf.textLen > 200) {
      if (model.proseOf(el) < pageProse * 0.3) skip.add(el);
      continue;
    }
    skip.add(el);
    const t = clean(textOf(el));
    if (namedBelow[i]) {
      // read the inner ones, unless none of them has text
      let innerText = false;
      for (let k = i + 1; k < inf.end && !innerText; k++) if (named[k] && model.get(all[k]!).textLen > 0) innerText = true;
      if (innerText) continue;
    }
    skip.add(el);
    if (!t || t.length > 120) continue;
    if (named[i] === 2) {
      // one source per article: the first element naming it
      const cr = creditLine(t) ?? (t.length <= 60 && !/[.!?]$/u.test(t) ? splitCredits(t.replace(/^(?:nguồn|source|theo)\s*:?\s*/iu, "")) : null);
      if (cr && !sourceSeen) credits.push(...cr);
      if (cr) sourceSeen = true;
      continue;
    }
    let nameEl: Element | null = null;
    for (let k = inf.index + 1; k < inf.end; k++) {
      const c = all[k]!;
      if (/name/.test(classId(c) + attr(c, "itemprop"))) {
        nameEl = c;
        break;
      }
    }
    const bd = isoFromPrinted(t);
    if (bd) bylineDates.push(bd);
    const full = parseByline(stripDate(t));
    let a = nameEl ? parseByline(clean(textOf(nameEl))).author : full.author;
    if (!a && /^(?:theo|nguồn)\b/iu.test(t)) {
      // "Theo Hồ Hương": a person's name after "theo" is the author, an outlet's is a credit
      const before = credits.length;
      a = person(stripDate(t));
      if (a) full.credits = [];
      else credits.length = before;
    }
    if (a && !printedAuthor) printedAuthor = a;
    credits.push(...full.credits);
  }
  const dateEls = all.filter((el, i) => (el.name === "time" || (flags[i]! & F_DATE) !== 0 || el.attribs["itemprop"] === "datePublished") && inScope(el) && usable(el));
  let scripted: Map<string, string> | null = null;
  for (const el of dateEls) if (model.get(el).textLen < 90) skip.add(el);

  // ---- body
  const { blocks, captions } = content.length ? readBody(content, model, skip, titleEl) : { blocks: choice.paragraphs.map(textBlock), captions: [] as string[] };
  const title = titleEl ? clean(textOf(titleEl)) : bodyTitle ?? metaTitles[0] ?? null;
  const paragraphs: string[] = [];
  let kept: TextBlock[] = [];
  let printedDate: string | null = null;
  // kept blocks after which a list of links was left out
  const linksAfter = new Set<TextBlock>();
  for (const b of blocks) {
    const t = b.text;
    if (b.len && (b.linkLen > b.len * 0.8 || (b.linkLen > b.len * 0.5 && b.len - b.linkLen < 30))) {
      if (kept.length) linksAfter.add(kept[kept.length - 1]!);
      continue;
    }
    if (CHROME_LINE.test(t) || chromeLine(t)) continue;
    if (title && t === title) {
      // the article begins at its headline: labels of a menu cell read before it are not text
      if (bodyTitle && !titleEl && kept.reduce((n, k) => n + k.text.length, 0) < 300) kept = [];
      continue;
    }
    if (lead && t === lead) continue;
    if (DATE_LINE.test(t) || (t.length <= 90 && dateLine(t))) {
      if (!kept.length && !printedDate) printedDate = isoFromPrinted(t);
      continue;
    }
    // "Ảnh: Misso" away from any image credits the photos of a byline: neither text nor a caption
    if (!b.afterImage && captionCreditOnly(t)) continue;
    if (captionLike(t, b.afterImage, b.len > 0 && b.italicLen / b.len > 0.8, b.afterImage && photoUnit(model, b.el, t.length))) {
      captions.push(t);
      continue;
    }
    kept.push(b);
  }
  // trailing byline and credit lines ("Minh Anh", "Theo RT")
  let cutUrl = false;
  const trailing = (list: TextBlock[], fromBody: boolean): void => {
    for (let k = 0; k < 3 && list.length; k++) {
      const last = list[list.length - 1]!;
      // a short label left without its list ("Các tin khác:", "Related:"): the links it opened were dropped
      if (fromBody && list.length > 1 && linksAfter.has(last) && last.text.length <= 40 && /:$/u.test(last.text) && !/[.!?]/u.test(last.text)) {
        list.pop();
        continue;
      }
      // a print version's footer: the copyright line, the article's address ("Địa chỉ bài viết: http://…")
      // (a photo credit "© Reuters", "© 2018 Getty" stays: a copyright line goes only beside the address)
      const copyright = /^(?:©|\(c\)\s)/iu.test(last.text);
      const near = list.length > 2 && urlLine(list[list.length - 2]!.text);
      if (fromBody && list.length > 1 && (urlLine(last.text) || (copyright && (near || cutUrl)))) {
        if (urlLine(last.text)) cutUrl = true;
        list.pop();
        continue;
      }
      const cr = creditLine(last.text);
      if (cr) {
        credits.push(...cr);
        list.pop();
        continue;
      }
      const styled = last.right || (last.len > 0 && last.boldLen / last.len > 0.8) || BYLINE_CLASS.test(classId(last.el));
      const by = parseByline(last.text);
      // an unstyled last line that is only a person's name signs a Vietnamese article ("Minh Anh")
      const signed = vietnamese && fromBody && list.length > 1 && !!by.author && by.author === last.text.replace(/[.\s]+$/u, "") && isPersonName(by.author);
      if (by.author && (styled || signed || (printedAuthor && fold(by.author) === fold(printedAuthor)))) {
        if (!printedAuthor) printedAuthor = by.author;
        credits.push(...by.credits);
        list.pop();
        continue;
      }
      if (!fromBody) list.pop();
      else break;
    }
  };
  const keptBefore = kept.length;
  trailing(kept, true);
  // the body's end once its footer lines are cut (a print version's address and copyright)
  const bodyEnd = kept.length < keptBefore && kept.length ? kept[kept.length - 1]!.el : null;
  if (kept.length) {
    const tc = trailingCredit(kept[kept.length - 1]!.text);
    if (tc) credits.push(...tc);
  }
  // a byline printed just after the body's container ("K. Miên", right-aligned), or just
  // after its last paragraph when footer lines were cut below it
  if (!printedAuthor && top && content.length) {
    const after = blocksAfter(model, bodyEnd ?? content[content.length - 1]!, 3, skip);
    trailing(after.reverse(), false);
  }
  // a photo story: the captions are the body when the page has no other prose
  let capList = captions;
  const bodyLen = kept.reduce((a, b) => a + b.text.length, 0);
  const capProse = captions.filter((c) => c.length >= 40 && !captionCreditOnly(c));
  const capLen = capProse.reduce((a, c) => a + c.length, 0);
  if (bodyLen < 200 && capLen >= 200 && capLen > bodyLen * 2) {
    kept = [...kept, ...capProse.map(textBlock)];
    capList = captions.filter((c) => !capProse.includes(c));
  }
  // a sapo printed between the title and the body (a Vietnamese convention: an English page's
  // standfirst is not article text), or as the body's first, bold or heading paragraph
  if (!lead && vietnamese && titleEl && top) {
    const s = sapoBetween(model, titleEl, content[0] ?? top);
    if (s) lead = s;
  }
  if (!lead && kept.length > 1) {
    const first = kept[0]!;
    const desc = meta.ldDescription ?? meta.description;
    const bold = first.text.length >= 60 && (first.boldLen / first.len > 0.9 || (first.ownBold ?? 0) > 0.9);
    const heading = first.heading && first.text.length >= 60 && /[.!?…"”]$/u.test(first.text);
    const same = !!desc && desc.length >= 40 && (fold(first.text) === fold(desc) || fold(first.text).startsWith(fold(desc).replace(/\s*\.\.\.$|…$/u, "").slice(0, 120)));
    if (bold || same || heading) {
      lead = first.text;
      kept.shift();
    }
  }
  for (const b of kept) paragraphs.push(b.text);

  // ---- author: JSON-LD, meta, the printed byline; "Theo X" is X when X is a person, a credit when an outlet
  const ldAuthors = meta.ldAuthors.map(person).filter((a): a is string => !!a && notOutlet(a));
  const metaAuthor = person(meta.metaAuthor);
  const printed = person(printedAuthor);
  if (ldAuthors.length) author = ldAuthors.join(", ");
  else if (metaAuthor && notOutlet(metaAuthor) && nameLike(metaAuthor)) author = metaAuthor;
  else if (printed && notOutlet(printed)) author = printed;
  if (author) {
    const fa = fold(author);
    for (let i = credits.length - 1; i >= 0; i--) if (fold(credits[i]!) === fa) credits.splice(i, 1);
  }

  // ---- published: every source the page gives, cross-checked (dates.ts)
  const local = vietnamese ? 420 : null;
  const found: DateCandidate[] = [];
  for (const [v, src] of [[meta.ldPublished, "json-ld"], [meta.metaPublished, "meta"]] as const) {
    const iso = v ? isoFromMachine(v, local) : null;
    if (iso) found.push({ iso, source: src });
  }
  for (const el of dateEls) {
    const dt = attr(el, "datetime") || (attr(el, "itemprop") === "datePublished" ? attr(el, "content") : "");
    const iso = dt ? isoFromMachine(dt, local) : null;
    if (iso) found.push({ iso, source: "time" });
  }
  for (const el of dateEls) {
    let t = clean(textOf(el));
    if (!t && el.attribs["id"]) {
      scripted ??= scriptWrites(all);
      t = clean(scripted.get(el.attribs["id"]) ?? "");
    }
    if (t && t.length < 90) {
      const iso = isoFromPrinted(t);
      if (iso) found.push({ iso, source: /cập nhật|updated|sửa đổi|modified/iu.test(t) ? "updated" : "printed" });
    }
  }
  if (printedDate) found.push({ iso: printedDate, source: "printed" });
  for (const d of bylineDates) found.push({ iso: d, source: "printed" });
  // a date line printed between the title and the body, in no element named for it
  if (titleEl && content.length) {
    const d = dateBetween(model, titleEl, content[0]!);
    if (d) found.push(d);
  }
  const published = pickPublished(found);
  let appPublished: string | null = null;

  // ---- a script-rendered shell: the article is in the page's application state (appdata.ts)
  let app: AppArticle | null = null;
  let title2 = title;
  const bodyText = paragraphs.reduce((a, p) => a + p.length, 0);
  if (bodyText < 200) {
    app = readAppArticle(all);
    if (app && app.prose >= 200 && app.prose > bodyText * 2) {
      const inner = extractHtml({ raw: appArticlePage(app, meta.lang ?? (vietnamese ? "vi" : null)), url: null }).article;
      paragraphs.splice(0, paragraphs.length, ...inner.paragraphs);
      capList = [...capList, ...inner.captions];
      lead = inner.lead ?? lead;
      credits.push(...inner.credits);
      title2 ??= inner.title;
      if (!author) {
        const a = person(app.author);
        if (a && notOutlet(a)) author = a;
      }
      const d = !published && app.date ? isoFromMachine(app.date, local) : null;
      if (d) appPublished = d;
    } else app = null;
  }

  // ---- an article or not?
  const isArticle = !!app || meta.ldArticle || paragraphs.length > 0 && (!!titleEl || !!bodyTitle || paragraphs.join(" ").length >= 400 || /^article$/i.test(ogType(all)));
  if (!isArticle || paragraphs.length === 0) {
    if (meta.ldArticle || titleEl || bodyTitle) {
      messages.push(message("extract/no-body", "warning", "the page names an article but no body text was found in it"));
    } else {
      return { article: emptyArticle(outlet), messages };
    }
  }

  const article: Article = {
    title: title2 || null,
    lead,
    paragraphs,
    captions: dedupe(capList),
    author,
    outlet,
    credits: dedupe(credits),
    published: published ?? appPublished,
  };
  return { article, messages };
}

const F_SAPO = 1, F_BYLINE = 2, F_SOURCE = 4, F_DATE = 8;
const flagCache = new Map<string, number>();

function flagsOf(name: string): number {
  let f = flagCache.get(name);
  if (f != null) return f;
  const low = name.toLowerCase();
  f = (SAPO_CLASS.test(low) ? F_SAPO : 0) | (BYLINE_CLASS.test(low) ? F_BYLINE : 0) | (SOURCE_CLASS.test(low) ? F_SOURCE : 0) | (DATE_CLASS.test(low) ? F_DATE : 0);
  if (flagCache.size > 50_000) flagCache.clear();
  flagCache.set(name, f);
  return f;
}

/** What an element's class, id and schema.org property say it is (F_SAPO, F_BYLINE, F_SOURCE, F_DATE bits). */
function nameFlags(el: Element): number {
  const c = el.attribs["class"];
  const i = el.attribs["id"];
  const ip = el.attribs["itemprop"];
  const byProp = ip && el.name !== "meta" && /^(?:author|creator)$/i.test(ip) ? F_BYLINE : 0;
  return (c ? flagsOf(c) : 0) | (i ? flagsOf(i) : 0) | byProp;
}

/** A block made from a text that does not come from the page's tree (JSON-LD body, captions). */
function textBlock(text: string): TextBlock {
  return { text, el: EMPTY_EL, len: text.length, linkLen: 0, boldLen: 0, italicLen: 0, afterImage: false, right: false, heading: false, li: false };
}
const EMPTY_EL = new ElementNode("div", {});

/**
 * A block that shares a small wrapper with an image and nothing else: a figure made by hand
 * (`<span><div><img></div><div>caption</div></span>`), as older layouts print captions.
 */
function photoUnit(model: PageModel, el: Element, len: number): boolean {
  let p: Element | null = el;
  for (let k = 0; k < 2 && p; k++) {
    p = p.parent && "name" in p.parent ? (p.parent as Element) : null;
    if (!p || p.name === "blockquote") return false;
    const inf = model.get(p);
    if (inf.textLen > len + 10) return false;
    if (inf.hasImg) return true;
  }
  return false;
}

/** Up to `n` text blocks of the page after an element, before any furniture. */
function blocksAfter(model: PageModel, el: Element, n: number, skip: Set<Element>): TextBlock[] {
  const out: TextBlock[] = [];
  const end = model.get(el).b1;
  for (let k = end; k < model.blocks.length && k < end + 50 && out.length < n; k++) {
    const b = model.blocks[k]!;
    const inf = model.get(b.el);
    if (inf.boiler || inf.chrome) break;
    let skipped = false;
    for (let p: Element | null = b.el; p && !skipped; p = p.parent && "name" in p.parent ? (p.parent as Element) : null) if (skip.has(p)) skipped = true;
    if (skipped) continue;
    const style = `${attr(b.el, "style")} ${attr(b.el, "align")} ${attr(b.el, "class")}`.toLowerCase();
    out.push({ text: b.text, el: b.el, len: b.len, linkLen: b.linkLen, boldLen: b.boldLen, italicLen: b.italicLen, afterImage: b.afterImage, right: /text-align\s*:\s*right|\bright\b|align-right|text-right/.test(style), heading: b.heading, li: b.li });
  }
  return out;
}

/**
 * A sapo printed between the title and the body without a name saying so: the first block after
 * the title that reads as a sentence of 60 to 700 characters (not a date, byline or link).
 */
function sapoBetween(model: PageModel, titleEl: Element, bodyStart: Element): string | null {
  const from = model.get(titleEl).b1;
  const to = model.get(bodyStart).b0;
  if (to <= from || to - from > 12) return null;
  for (let k = from; k < to; k++) {
    const b = model.blocks[k]!;
    const inf = model.get(b.el);
    if (inf.boiler || inf.chrome || b.caption) continue;
    const t = b.text;
    if (t.length < 60 || t.length > 700 || b.linkLen > b.len * 0.3) continue;
    if (DATE_LINE.test(t) || CHROME_LINE.test(t)) continue;
    if (!/[.!?…"”»)]$/u.test(t)) continue;
    return t;
  }
  return null;
}

/** A line that is only a date, between the title and the body ("Thứ Năm, 20/12/2012 16:10 GMT+7"). */
function dateBetween(model: PageModel, titleEl: Element, bodyStart: Element): DateCandidate | null {
  const from = model.get(titleEl).b1;
  const to = Math.min(model.get(bodyStart).b0, from + 12);
  for (let k = from; k < to; k++) {
    const b = model.blocks[k]!;
    if (b.len > 90 || model.get(b.el).chrome) continue;
    const t = b.text;
    const updated = /cập nhật|updated|sửa đổi|modified/iu.test(t);
    const rest = t.replace(/^(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|posted|published|updated)(?:\s+(?:lúc|ngày|on|at))?\s*:?\s*/iu, "");
    const iso = DATE_LINE.test(rest) || dateLine(rest) ? isoFromPrinted(rest) : null;
    if (iso) return { iso, source: updated ? "updated" : "printed" };
  }
  return null;
}

/**
 * Text that inline scripts write into elements by id (`getElementById("x").innerHTML = "…"`,
 * `$("#x").html("…")`): old layouts print their dates this way.
 */
function scriptWrites(all: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of all) {
    if (el.name !== "script" || el.attribs["src"]) continue;
    const code = el.children.map((c) => ("data" in c ? String((c as { data: unknown }).data) : "")).join("");
    if (code.length > 200_000 || !/innerHTML|innerText|textContent|\.html\(|\.text\(/.test(code)) continue;
    const re = /getElementById\(\s*["']([\w:-]+)["']\s*\)\.(?:innerHTML|innerText|textContent)\s*=\s*(["'])((?:\\.|(?!\2).){1,300})\2|\$\(\s*["']#([\w:-]+)["']\s*\)\.(?:html|text)\(\s*(["'])((?:\\.|(?!\5).){1,300})\5/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const id = m[1] ?? m[4]!;
      const raw = (m[3] ?? m[6]!).replace(/\\(["'\\/])/g, "$1");
      if (!out.has(id)) out.set(id, decodeMetaString(raw));
    }
  }
  return out;
}

/** A line that is an address after a short label: "Địa chỉ bài viết: http://…", "URL: https://…" (a bare link may be the article's). */
function urlLine(t: string): boolean {
  const m = /https?:\/\/\S+$/u.exec(t);
  if (!m) return false;
  const label = t.slice(0, m.index).trim();
  return /:$/u.test(label) && label.length <= 40 && !/[.!?]\s/u.test(label);
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

/** "Title - VnExpress", "Báo X - Title", "Title :: Site" → "Title" when the cut part names the site. */
function stripSite(t: string | null, sites: string[]): string | null {
  if (!t) return null;
  let s = t;
  for (let k = 0; k < 2; k++) {
    const m = /^(.*\S)\s+(?:[-|–—:»]|::)\s+([^-|–—»:]+)$/u.exec(s);
    if (!m || !namesSite(m[2]!.trim(), sites)) break;
    s = m[1]!;
  }
  for (let k = 0; k < 2; k++) {
    const m = /^([^-|–—»:]+?)\s+(?:[-|–—»]|::)\s+(.*\S)$/u.exec(s);
    if (!m || !namesSite(m[1]!.trim(), sites)) break;
    s = m[2]!;
  }
  return clean(s);
}

/** True when a part of a `<title>` names the site: its name, its host, an outlet of the table, "Báo …". */
function namesSite(part: string, sites: string[]): boolean {
  const f = fold(part);
  if (!f) return false;
  const tight = f.replace(/ /g, "");
  const hit = sites.some((x) => {
    const fx = fold(x);
    if (!fx) return false;
    return fx === f || (f.includes(fx) && fx.length >= 4) || (tight.length >= 6 && fx.replace(/ /g, "").includes(tight));
  });
  if (hit || /\.(?:vn|com|net|org)\b/i.test(part) || /^báo\s/iu.test(part)) return true;
  try {
    return !!outletByName(part);
  } catch {
    return false;
  }
}

/** The parts of a `<title>` between its separators (" - ", " | ", " :: ", " – ", " — ", " » "). */
function titleParts(t: string): string[] {
  return t.split(/\s+(?:[-|–—»]|::)\s+/u).map((p) => p.trim()).filter(Boolean);
}

/**
 * The page's own headline line when no h1 is it: the text block that reads as the `<title>`
 * (or og:title, the JSON-LD headline), or as a run of its parts: the longest such match, first in
 * the page on ties. Link text, lists and page furniture are never the headline. -1 when none.
 */
function bodyHeadline(model: PageModel, titles: Array<string | null>): number {
  const wanted = new Set<string>();
  const whole: string[] = [];
  for (const t of titles) {
    if (!t) continue;
    const ft = fold(t);
    if (ft) whole.push(ft);
    const parts = titleParts(t);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= parts.length; j++) {
        const f = fold(parts.slice(i, j).join(" - "));
        if (f.split(" ").length >= 3) wanted.add(f);
      }
    }
  }
  if (!wanted.size) return -1;
  // no line longer than the longest title is folded
  let maxLen = 0;
  for (const t of titles) if (t && t.length > maxLen) maxLen = t.length;
  let best = -1;
  let bestLen = 0;
  for (let k = 0; k < model.blocks.length; k++) {
    const b = model.blocks[k]!;
    if (b.len < 10 || b.len > 300 || b.len > maxLen + 5 || b.li || b.caption || b.linkLen > b.len * 0.3) continue;
    const inf = model.get(b.el);
    if (inf.boiler || inf.chrome || inf.hidden) continue;
    const f = fold(b.text);
    if (f.length <= bestLen) continue;
    // the longest common part: the line is the title's beginning or end, most of its words
    // ("In bài viết: Title", "Title (Kỳ 2)"), whatever separates the rest
    const n = f.split(" ").length;
    const part = wanted.has(f) || (n >= 3 && whole.some((w) => (w.startsWith(f + " ") || w.endsWith(" " + f)) && n >= w.split(" ").length * 0.6));
    if (part) {
      best = k;
      bestLen = f.length;
    }
  }
  return best;
}

/**
 * A page without URL or site name: the outlet its <title> names beside the headline, or its
 * footer ("Báo Sài Gòn Giải Phóng Online - …", "© Bản quyền thuộc về Báo Tiền Phong").
 */
function mastheadOutlet(meta: PageMeta, all: Element[]): string | null {
  const fromTitle = meta.titleTag ? outletInMasthead(meta.titleTag) : null;
  if (fromTitle) return fromTitle;
  // (footers close the page: its last few hundred elements are enough)
  for (let i = all.length - 1, seen = 0; i >= Math.max(0, all.length - 300) && seen < 6; i--) {
    const el = all[i]!;
    if (el.name !== "footer" && !/foot|copyright/i.test(classId(el))) continue;
    seen++;
    for (const line of textOf(el).split(/\n|\s{2,}|(?<=[.])\s+/u)) {
      const o = outletInMasthead(clean(line));
      if (o) return o;
    }
  }
  return null;
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
    entry ??= outletInMasthead(named);
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
