import type { ExtractInput, ExtractResult } from "./types.js";
import type { Article, Message } from "../envelope/types.js";
import { message } from "../envelope/doc.js";
import { captionText, inlineLinkKey, isProse, isSectionLabel, isTitleShaped, labelKey, lineInfos, stopKey, type LineInfo } from "./lines.js";
import { bylineOf, bylinePrefix, creditOf, datelineOf, followOutlet, isInitials, isPersonName, type Byline } from "./byline.js";
import { isVietnameseSyllable } from "../text/syllable.js";
import { dateLine, findDate } from "./dates.js";
import { outletByName, outletFromUrl, outletInMasthead, outletKey } from "./outlet.js";

/**
 * Article extraction from a plain-text capture of a news page (one text line per block).
 *
 * 1. Related items: a headline printed twice within a few lines, with only labels between
 *    ("Title / Thế giới 24h / Title / teaser"), starts a related item; the page is cut into
 *    segments there, and a line repeating an earlier headline is dropped.
 *    A see-also heading joined to one to three links, with the article going on after it
 *    ("Xem thêm:" / link / link), is a box of links to skip, not the article's end.
 * 2. Body: the heaviest run of prose lines (sentence-shaped, or long Vietnamese text) inside one
 *    segment, bridging captions, image file names and at most two other short lines. Related
 *    cards set into it (a headline and its teaser as one block, on a page that spaces its
 *    paragraphs with blank lines) are left out.
 * 3. Title: the line matching the URL slug when the URL has one; else the headline-shaped line
 *    just above the body, skipping bylines, dates and datelines.
 * 4. Header (title → body) and trailer (just after the body): byline, date, dateline, credits;
 *    a byline with a date or label printed above the title when neither names an author.
 */

/** Slug words of a URL's path ("…/dam-phan-nga-my-post816511.html" → dam phan nga my), or []. */
export function slugTokens(url: string | null): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  let best: string[] = [];
  for (const seg of path.split("/")) {
    const toks = decodeURIComponent(seg)
      .replace(/\.[a-z0-9]{2,5}$/i, "")
      .toLowerCase()
      .split(/[-_+]+/)
      .filter((t) => t && !/^\d{5,}$/.test(t) && !/^(?:post|p|id|news|article|amp)?\d{4,}$/.test(t));
    if (toks.filter((t) => /[a-z]/.test(t)).length > best.length) best = toks;
  }
  return best.filter((t) => /[a-z0-9]/.test(t));
}

/** A line's words as slug words: no diacritics, lower case. */
export function foldTokens(s: string): string[] {
  return outletKeyWords(s);
}

function outletKeyWords(s: string): string[] {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Dice overlap of two word multisets. */
function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const m = new Map<string, number>();
  for (const t of a) m.set(t, (m.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of b) {
    const c = m.get(t) ?? 0;
    if (c > 0) {
      hit++;
      m.set(t, c - 1);
    }
  }
  return (2 * hit) / (a.length + b.length);
}

const sameLine = (a: LineInfo, b: LineInfo) => a.key === b.key;

/** Could head a related item or be a title (for duplicate detection). */
function headlineLike(l: LineInfo): boolean {
  return l.words >= 2 && l.words <= 40 && !endsWithStop(l.text) && !l.caption && !l.file;
}

const STOP_CLOSERS = new Set([..."\"”’'»)"]);

/** `/[^.]\.["”’'»)]*$/u.test(s)` by a scan from the end: one full stop (not "..") before closing quotes. */
function endsWithStop(s: string): boolean {
  let e = s.length;
  while (e > 0 && STOP_CLOSERS.has(s[e - 1]!)) e--;
  return e >= 2 && s[e - 1] === "." && s[e - 2] !== ".";
}

interface Run {
  start: number;
  end: number;
  chars: number;
}

export function extractText(input: ExtractInput): ExtractResult {
  const messages: Message[] = [];
  const urlOutlet = input.url ? outletFromUrl(input.url) : null;
  const article: Article = {
    title: null,
    lead: null,
    paragraphs: [],
    captions: [],
    author: null,
    outlet: urlOutlet,
    credits: [],
    published: null,
  };
  const L = lineInfos(input.raw);
  const n = L.length;
  if (!n) return { article, messages };
  captionRepeats(L);

  // 1. duplicates and related items
  const dupOf = new Array<number>(n).fill(-1);
  const boundary = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k++) {
    if (dupOf[k]! >= 0 || !headlineLike(L[k]!)) continue;
    for (let j = k + 1; j < Math.min(n, k + 4); j++) {
      if (!sameLine(L[k]!, L[j]!)) continue;
      dupOf[j] = k;
      let labelsOnly = true;
      for (let b = k + 1; b < j; b++) if (isProse(L[b]!)) labelsOnly = false;
      // an author's name printed twice (the name and its profile link) is a byline, not a related item
      if (labelsOnly && !bylineOf(L[k]!.text)?.author) boundary[k] = true;
      break;
    }
  }
  // a related item is its headline, the repeat, labels or a date, and one teaser: a headline
  // right after the teaser starts something else (the next item, or the article itself)
  for (let k = 0; k < n; k++) {
    if (!boundary[k]) continue;
    let j = k + 1;
    while (j < n && dupOf[j] !== k) j++;
    let t = j + 1;
    while (t < n && t <= j + 3 && !isProse(L[t]!)) t++;
    const next = t + 1;
    if (t < n && isProse(L[t]!) && next < n && !boundary[next] && isTitleShaped(L[next]!)) boundary[next] = true;
  }
  // a later repeat of a headline seen earlier (image alt text, sticky header) is dropped too
  const seen = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const key = L[k]!.key;
    if (!headlineLike(L[k]!)) continue;
    const first = seen.get(key);
    if (first !== undefined && dupOf[k]! < 0 && !boundary[k]) dupOf[k] = first;
    else if (first === undefined) seen.set(key, k);
  }
  const linkBox = inlineLinkBoxes(L, dupOf, boundary);
  const seg = new Array<number>(n).fill(0);
  for (let k = 0, s = 0; k < n; k++) {
    if (boundary[k] && k > 0) s++;
    seg[k] = s;
  }

  // 2. prose lines and the body run
  const prose = L.map((l, k) => dupOf[k]! < 0 && !l.caption && isProse(l));
  // the capture may stop inside the last paragraph: a long unpunctuated last line after prose
  let truncated = false;
  const last = L[n - 1]!;
  let before = n - 2;
  while (before >= 0 && (L[before]!.caption || L[before]!.file)) before--;
  if (!prose[n - 1] && before >= 0 && prose[before] && last.words >= 8 && last.density >= 0.05 && !last.caption && !last.chrome && !last.file && dupOf[n - 1]! < 0) {
    prose[n - 1] = true;
    truncated = true;
  }
  const runs: Run[] = [];
  let cur: Run | null = null;
  let gap = 0;
  for (let k = 0; k < n; k++) {
    const l = L[k]!;
    if (boundary[k] || (stopKey(l.key) && !linkBox[k])) {
      cur = null;
      continue;
    }
    if (prose[k]) {
      if (cur && seg[cur.end] === seg[k] && gap <= 2) {
        cur.end = k;
        cur.chars += l.text.length;
      } else {
        cur = { start: k, end: k, chars: l.text.length };
        runs.push(cur);
      }
      gap = 0;
      continue;
    }
    if (!cur) continue;
    // (a share row printed inside the article, "Facebook / Zalo / Sao chép link", parts nothing)
    if (l.caption || l.file || dupOf[k]! >= 0 || linkBox[k] || l.chrome) continue;
    if (creditOf(l.text) || bylineOf(l.text)) {
      cur = null;
      continue;
    }
    gap++;
  }
  if (!runs.length) return { article, messages };
  const run = runs.reduce((a, b) => (b.chars > a.chars ? b : a));
  trimTeaserList(L, prose, dupOf, run);
  const card = relatedCards(L, prose, dupOf, run);
  const segStart = seg.indexOf(seg[run.start]!);

  // 3. title
  const titleAt = findTitle(L, prose, dupOf, run, segStart, input.url);
  if (titleAt >= 0) article.title = cleanTitle(L[titleAt]!.text, urlOutlet);

  // 4. header: from the title (or the segment start) to the body
  let datelineOutlet: string | null = null;
  let followed: string | null = null;
  const headFrom = titleAt >= 0 ? titleAt + 1 : Math.max(segStart, run.start - 8);
  // a date stamp printed just above the title: used when the header and trailer give none (a
  // site header's "today" often sits there too, so a stamp under the title or after the body wins)
  let aboveDate: string | null = null;
  // a byline printed above the title (layouts that put the author and date over the headline):
  // taken when it holds a date or a label ("Tác giả:", "Bởi"), or is next to a date stamp line;
  // used when the header and trailer name no author
  let aboveBy: Byline | null = null;
  if (titleAt >= 0) {
    const from = Math.max(segStart, titleAt - 3);
    for (let k = from; k < titleAt; k++) {
      const l = L[k]!;
      aboveDate ??= stampDate(l.text);
      if (dupOf[k]! >= 0 || l.file || l.caption || aboveBy) continue;
      const by = bylineOf(l.text);
      if (!by?.author) continue;
      const stamped =
        by.published !== null ||
        bylinePrefix(l.text) !== "" ||
        (k + 1 < titleAt && stampDate(L[k + 1]!.text) !== null) ||
        (k > from && stampDate(L[k - 1]!.text) !== null);
      if (stamped) aboveBy = by;
    }
  }
  const bodyStart = titleAt === run.start ? run.start + 1 : run.start;
  // the sapo printed between the title and a byline or date that stands above the body
  // ("Title / Sapo / An An (Theo X) / Body"): the one prose line of the header is the lead
  let headLead = -1;
  if (titleAt >= 0) {
    const inHead: number[] = [];
    for (let k = headFrom; k < bodyStart; k++) if (prose[k]) inHead.push(k);
    if (inHead.length === 1) headLead = inHead[0]!;
  }
  for (let k = headFrom; k < bodyStart; k++) {
    const t = L[k]!.text;
    if (dupOf[k]! >= 0 || L[k]!.file) continue;
    if (k === headLead) {
      article.lead = t;
      continue;
    }
    const by = bylineOf(t);
    if (by) {
      article.author ??= by.author;
      article.published ??= by.published;
      for (const c of by.credits) pushUnique(article.credits, c);
      continue;
    }
    const d = stampDate(t);
    if (d) {
      article.published ??= d;
      continue;
    }
    const hc = creditOf(t);
    if (hc) {
      for (const c of hc) pushUnique(article.credits, c);
      continue;
    }
    const dl = datelineOf(t, isKnownOutlet);
    if (dl && dl.rest === "") {
      datelineOutlet ??= dl.outlet;
      continue;
    }
    followed ??= followOutlet(t);
    if (L[k]!.caption) article.captions.push(t);
  }

  // 5. body (a paragraph printed again, as a pull quote or a highlighted box, is kept once)
  followed = readBody(L, article, bodyStart, run, { dupOf, card, linkBox, prose }, followed);

  // 6. trailer: byline, credits, a date stamp, captions just after the body
  const trailerDate = readTrailer(L, article, run, { boundary, prose, dupOf });
  if (aboveBy && !article.author) {
    article.author = aboveBy.author;
    for (const c of aboveBy.credits) pushUnique(article.credits, c);
  }
  article.published ??= trailerDate ?? aboveBy?.published ?? aboveDate;

  // 7. lead: the first paragraph under a title, unless it runs straight on from the title line
  // (in a capture that prints blank lines elsewhere)
  const firstPara = article.paragraphs[0];
  if (article.title && firstPara !== undefined && article.lead === null) {
    const paraAt = L.findIndex((l, k) => k >= bodyStart && l.text === firstPara);
    if (denseCapture(L) || denseArticle(L, titleAt, run.end) || !(paraAt === titleAt + 1 && L[paraAt]!.i === L[titleAt]!.i + 1)) {
      article.lead = article.paragraphs.shift() ?? null;
    }
  }
  if (!article.outlet) {
    const opening = article.lead ?? article.paragraphs[0];
    const dl = opening ? datelineOf(opening, isKnownOutlet) : null;
    article.outlet = dl?.outlet ?? datelineOutlet ?? followed ?? null;
    if (!article.outlet) {
      for (let k = segStart; k < n && !article.outlet; k++) if (seg[k] === seg[run.start]) article.outlet = followOutlet(L[k]!.text);
    }
    // the site's own masthead: a line naming it at the top of the capture, or its footer
    if (!article.outlet) {
      // (prose lines, the article's own or a teaser's, are no masthead)
      for (let e = 0; e < 11 && !article.outlet; e++) {
        const k = e < 3 ? e : n - 1 - (e - 3);
        if (k < 0 || k >= n || (e >= 3 && k < 3) || prose[k] || L[k]!.section || L[k]!.text.length > 120) continue;
        article.outlet = outletInMasthead(L[k]!.text);
      }
    }
  }

  if (!article.title && article.paragraphs.length) {
    messages.push(message("extract/no-title", "info", "no headline found in the capture; title left empty"));
  }
  if (truncated) messages.push(message("extract/truncated", "info", "the capture seems cut off inside the last paragraph"));
  return { article, messages };
}

/** A capture of eight lines or more that prints no blank line at all: its blocks are told apart by their shape only. */
/**
 * An article printed without blank lines from its title to the end of its body (four lines or
 * more), whatever the menus around it do: like a dense capture, its lines are told apart by shape.
 */
function denseArticle(L: LineInfo[], titleAt: number, end: number): boolean {
  if (titleAt < 0 || end - titleAt < 4) return false;
  for (let k = titleAt + 1; k <= end; k++) if (L[k]!.blankBefore) return false;
  return true;
}

function denseCapture(L: LineInfo[]): boolean {
  return L.length >= 8 && L.every((l, k) => k === 0 || !l.blankBefore);
}

/** Step 3 of `extractText`: the headline line above the body run (by the URL's slug, else by its shape), or -1. */
function findTitle(L: LineInfo[], prose: boolean[], dupOf: number[], run: Run, segStart: number, url: string | null): number {
  const slug = slugTokens(url);
  const slugWords = slug.filter((t) => /[a-z]/.test(t));
  let titleAt = -1;
  const byShape = (): number => {
    // one prose line parted from the body by a byline, credit or date line is the sapo
    // ("Title / Sapo / An An (Theo X) / Body"): the headline is above it
    let sapo = false;
    let signed = false;
    for (let k = run.start - 1, steps = 0; k >= segStart && steps < 8; k--, steps++) {
      const l = L[k]!;
      if (prose[k] && signed && !sapo && dupOf[k]! < 0 && !l.caption) {
        sapo = true;
        continue;
      }
      if (prose[k] || stopKey(l.key)) break;
      // (a date stamp, byline or credit: read once per line, for both tests)
      let signs: boolean | undefined;
      if (!sapo && (signs = isSigned(l.text))) signed = true;
      if (dupOf[k]! >= 0 || l.caption || l.file || (signs ?? isSigned(l.text)) || datelineOf(l.text)?.rest === "" || followOutlet(l.text)) continue;
      // the outlet's name on a line of its own between headline and sapo ("Title / SGGP / date / Sapo")
      if (l.words <= 6 && isKnownOutlet(l.text)) continue;
      if (isTitleShaped(l)) return k;
      if (l.chrome || l.section) continue;
      break;
    }
    return -1;
  };
  if (slugWords.length >= 4) {
    let best = 0.5;
    for (let k = Math.max(segStart, run.start - 12); k <= run.start; k++) {
      const l = L[k]!;
      // (a headline never ends in a full stop: a capture that starts with the lead has no title)
      if (dupOf[k]! >= 0 || l.caption || l.file || l.words > 45 || l.words < 2 || endsWithStop(l.text)) continue;
      const s = dice(slug, outletKeyWords(l.text));
      if (s >= best) {
        best = s;
        titleAt = k;
      }
    }
    // an edited headline shares some words with the slug made from its first version
    if (titleAt < 0) {
      const k = byShape();
      if (k >= 0 && dice(slug, outletKeyWords(L[k]!.text)) >= 0.25) titleAt = k;
    }
  } else {
    titleAt = byShape();
  }
  return titleAt;
}

/** A line that signs the article: a date stamp, a byline or a credit. */
function isSigned(text: string): boolean {
  return !!(stampDate(text) || bylineOf(text) || creditOf(text));
}

/** Step 5 of `extractText`: paragraphs, captions, credits and a date stamp of the body run; the outlet followed, if named. */
function readBody(L: LineInfo[], article: Article, bodyStart: number, run: Run, marks: { dupOf: number[]; card: boolean[]; linkBox: boolean[]; prose: boolean[] }, followedBefore: string | null): string | null {
  const { dupOf, card, linkBox, prose } = marks;
  let followed = followedBefore;
  const printed = new Set<string>(article.lead !== null ? [labelKey(article.lead)] : []);
  for (let k = bodyStart; k <= run.end; k++) {
    const l = L[k]!;
    if (dupOf[k]! >= 0 || l.file || card[k] || linkBox[k]) continue;
    if (prose[k]) {
      if (printed.has(l.key)) continue;
      printed.add(l.key);
      article.paragraphs.push(l.text);
      continue;
    }
    if (l.caption) {
      article.captions.push(l.text);
      continue;
    }
    const dated = outletStamp(l.text);
    if (dated) {
      article.published ??= dated;
      continue;
    }
    followed ??= followOutlet(l.text);
    const cr = creditOf(l.text);
    if (cr) {
      for (const c of cr) pushUnique(article.credits, c);
      continue;
    }
    // a short headline-shaped line between paragraphs: a photo caption (or subhead) of the article
    if (!l.chrome && !l.section && l.words >= 3 && isTitleShaped(l)) article.captions.push(l.text);
  }

  return followed;
}

/** Step 6 of `extractText`: byline, credits, captions just after the body; the trailer's date stamp. */
function readTrailer(L: LineInfo[], article: Article, run: Run, marks: { boundary: boolean[]; prose: boolean[]; dupOf: number[] }): string | null {
  const { boundary, prose, dupOf } = marks;
  const n = L.length;
  let trailerDate: string | null = null;
  for (let k = run.end + 1, steps = 0; k < n && steps < 4; k++, steps++) {
    const l = L[k]!;
    if (boundary[k] || stopKey(l.key) || prose[k]) break;
    if (dupOf[k]! >= 0 || l.file) continue;
    // a republished article: "Theo Hồ Hương" / "Đại Đoàn kết", the author and the outlet first printing it
    const rep = article.author ? null : republished(L, k);
    if (rep) {
      article.author = rep.author;
      pushUnique(article.credits, rep.outlet);
      k++;
      steps++;
      continue;
    }
    const cr = creditOf(l.text);
    if (cr) {
      for (const c of cr) pushUnique(article.credits, c);
      continue;
    }
    // initials signing the article ("H.V.")
    if (!article.author && isInitials(l.text) && !inTagList(L, k, prose)) {
      article.author = l.text.trim();
      continue;
    }
    const by = bylineOf(l.text);
    if (by && !inTagList(L, k, prose) && (!article.author || by.credits.length)) {
      // (the author is printed above the body too, the sources only here: "Thu Trang/VTV.vn (Theo AP)")
      article.author ??= by.author;
      for (const c of by.credits) pushUnique(article.credits, c);
      continue;
    }
    const d = stampDate(l.text);
    if (d) {
      trailerDate ??= d;
      continue;
    }
    if (l.caption) {
      article.captions.push(l.text);
      continue;
    }
    if (l.chrome || l.section) continue;
    break;
  }
  return trailerDate;
}

function pushUnique(list: string[], s: string): void {
  if (!list.some((x) => outletKey(x) === outletKey(s))) list.push(s);
}

function isKnownOutlet(name: string): boolean {
  return outletByName(name) !== null;
}

/** Drops a trailing " - VnExpress" / " | Báo X" masthead from a headline. */
function cleanTitle(title: string, urlOutlet: string | null): string {
  const m = /\s+[|–—-]\s+([^|–—-]{2,40})$/u.exec(title);
  if (m) {
    const tail = m[1]!.trim();
    if (isKnownOutlet(tail) || (urlOutlet && outletKey(tail) === outletKey(urlOutlet))) return title.slice(0, m.index).trim();
  }
  return title;
}

/**
 * A date stamp line: only a date (see `dateLine`), or a date followed by the section it is filed
 * under ("28-07-2025 - 21:40 PM | Thời sự quốc tế").
 */
export function stampDate(line: string): string | null {
  // (every form holds a date: a line without one is ruled out by one search)
  const f = findDate(line);
  if (!f) return null;
  if (!f.rest) return f.value;
  const m = /^(.*?\d.*?)\s*\|\s*([^|\d]{2,40})$/u.exec(line.trim());
  if (m && isSectionLabel(m[2]!)) return dateLine(m[1]!);
  return line.length <= 80 && isKnownOutlet(f.rest) ? f.value : null;
}

/** A date and the outlet's name, as some outlets date their articles under the lead ("16.05.2025, Sputnik Việt Nam"). */
function outletStamp(line: string): string | null {
  const f = line.length <= 80 && DIGIT.test(line) ? findDate(line) : null;
  return f && f.rest && isKnownOutlet(f.rest) ? f.value : null;
}
const DIGIT = /\d/;

/**
 * A related-articles list that follows the body without a heading: headline, one-line teaser,
 * headline, teaser... up to the end of the run. Two such pairs or more, one of whose teasers
 * restates its headline, are cut from the run.
 */
function trimTeaserList(L: LineInfo[], prose: boolean[], dupOf: number[], run: Run): void {
  let k = run.end;
  let pairs = 0;
  let echo = false;
  let cut = -1;
  while (k - 1 > run.start) {
    const t = L[k]!;
    const h = L[k - 1]!;
    if (!prose[k] || prose[k - 1] || dupOf[k - 1]! >= 0 || !isTitleShaped(h) || t.words > 60) break;
    if (dice(outletKeyWords(h.text), outletKeyWords(t.text)) >= 0.2) echo = true;
    pairs++;
    cut = k - 1;
    k -= 2;
  }
  if (pairs < 2 || !echo) return;
  let end = cut - 1;
  while (end > run.start && !prose[end]) end--;
  if (!prose[end]) return;
  run.end = end;
}

/**
 * Related-article cards inside the body run: a headline with its one-line teaser printed as one
 * block (no blank line between them), on a page that puts blank lines between its paragraphs.
 * A card is a link box holding a heading and a summary, so a text capture prints its parts on
 * consecutive lines; the article's own blocks (paragraphs, subheads, captions) are separated by
 * blank lines there. ("Hamas nói gì về kế hoạch 20 điểm?" / "Phong trào Hamas cho biết …").
 * The block may also hold the item's date stamp or section label. On pages that print their
 * paragraphs on consecutive lines this tells nothing, so nothing is marked there.
 */
function relatedCards(L: LineInfo[], prose: boolean[], dupOf: number[], run: Run): boolean[] {
  const card = new Array<boolean>(L.length).fill(false);
  // the page's own paragraph breaks: prose lines of the run with a blank line above them, and
  // prose lines printed straight under another prose line
  let spaced = 0;
  let glued = 0;
  for (let k = run.start; k <= run.end; k++) {
    if (!prose[k]) continue;
    if (L[k]!.blankBefore) spaced++;
    else if (k > 0 && prose[k - 1]) glued++;
  }
  const candidates: Array<[number, number]> = [];
  for (let h = run.start + 1; h < run.end; h++) {
    const head = L[h]!;
    if (!head.blankBefore || head.blankAfter || prose[h] || dupOf[h]! >= 0 || !isTitleShaped(head)) continue;
    // the block: from the headline to the next blank line
    let e = h;
    while (e < run.end && !L[e]!.blankAfter) e++;
    if (!L[e]!.blankAfter && e < L.length - 1) continue;
    let teasers = 0;
    let other = false;
    for (let k = h + 1; k <= e; k++) {
      const l = L[k]!;
      if (prose[k] && l.words <= 60) teasers++;
      else if (!(stampDate(l.text) || l.section || l.chrome)) other = true;
    }
    if (teasers === 1 && !other) candidates.push([h, e]);
  }
  // (a card's own line break is not counted: its headline is no prose line)
  if (spaced < 2 || spaced < 3 * glued) return card;
  // cards are set into an article, one or two of them: many such blocks, or blocks holding much
  // of the text, are how the page itself is built (a live blog's entries: heading, then text)
  let all = 0;
  let inCards = 0;
  for (let k = run.start; k <= run.end; k++) if (prose[k]) all += L[k]!.text.length;
  for (const [h, e] of candidates) for (let k = h; k <= e; k++) if (prose[k]) inCards += L[k]!.text.length;
  if (candidates.length > 2 || inCards * 3 > all) return card;
  for (const [h, e] of candidates) for (let k = h; k <= e; k++) card[k] = true;
  return card;
}

/**
 * Boxes of links set between two paragraphs: a see-also heading ("Xem thêm:", "Đọc thêm",
 * "Tin liên quan", see `inlineLinkHeadings` in data/extract/chrome.json) printed as one block with
 * one to three headline lines, after which the article goes on (a paragraph follows; two, maybe
 * with captions or a one-line link such as ">> Đọc thêm: …" between them, after a heading with
 * one plain headline, which could also be the next article's). Such a
 * heading is skipped with its links instead of ending the article. It must be joined to its links
 * (no blank line) or end in a colon; a heading over a list of headlines and teasers, or over the
 * next article, is still a stop.
 */
function inlineLinkBoxes(L: LineInfo[], dupOf: number[], boundary: boolean[]): boolean[] {
  const n = L.length;
  const box = new Array<boolean>(n).fill(false);
  const link = (j: number): boolean => {
    const l = L[j]!;
    return dupOf[j]! < 0 && !boundary[j] && !isProse(l) && (isTitleShaped(l) || (l.chrome && l.words >= 4)) && !stampDate(l.text);
  };
  const proseAt = (j: number): boolean => j < n && dupOf[j]! < 0 && !boundary[j] && isProse(L[j]!);
  // a page that prints every block between blank lines: a box's heading and links are spaced too
  let spacedLines = 0;
  for (const l of L) if (l.blankBefore) spacedLines++;
  const spaced = n >= 8 && spacedLines >= 0.85 * n;
  // a capture that prints no blank line at all (every block on its own line): a box ends where
  // its links end, at the next paragraph
  const dense = denseCapture(L);
  const joinedNext = (j: number): boolean => spaced || !L[j]!.blankAfter;
  // items of a box without a heading: a headline and its date stamp ("ASEAN họp bàn về Myanmar" /
  // "15/6/2025"), one or more, between two paragraphs (the article's own subheads carry no date)
  const stampAt = (j: number): boolean => j < n && L[j]!.words <= 12 && DIGIT.test(L[j]!.text) && stampDate(L[j]!.text) !== null;
  for (let k = 1; k + 1 < n; k++) {
    if (!isTitleShaped(L[k]!) || !stampAt(k + 1) || !link(k)) continue;
    let above = k - 1;
    while (above > 0 && (L[above]!.caption || L[above]!.file)) above--;
    if (!proseAt(above)) continue;
    let j = k + 1;
    while (j + 2 < n && stampAt(j + 2) && link(j + 1)) j += 2;
    let next = j + 1;
    while (next < n && (L[next]!.caption || L[next]!.file)) next++;
    if (!proseAt(next)) continue;
    for (let b = k; b <= j; b++) box[b] = true;
    k = j;
  }
  for (let k = 1; k < n - 3; k++) {
    const head = L[k]!;
    if (!stopKey(head.key) || !inlineLinkKey(head.key)) continue;
    if (head.blankAfter && !spaced && !/:\s*$/u.test(head.text)) continue;
    // prose just above the heading (a caption or image name may sit between)
    let above = k - 1;
    while (above > 0 && (L[above]!.caption || L[above]!.file)) above--;
    if (!proseAt(above)) continue;
    let j = k + 1;
    if (!link(j)) continue;
    while (j + 1 < n && joinedNext(j) && j - k < 3 && link(j + 1)) j++;
    if (!L[j]!.blankAfter && !dense) continue;
    let next = j + 1;
    while (next < n && (L[next]!.caption || L[next]!.file)) next++;
    if (!proseAt(next)) continue;
    // a box that can only be links (a colon after the heading, marked links, several of them)
    // needs one paragraph after it; a heading over one plain headline could also head the next
    // article, so two paragraphs must follow
    const surely = /:\s*$/u.test(head.text) || j > k + 1 || /^\s*(?:>>|»|•|·|-)/u.test(L[k + 1]!.text);
    let after = next + 1;
    while (after < n && (L[after]!.caption || L[after]!.file || (L[after]!.chrome && !stopKey(L[after]!.key)))) after++;
    if (!surely && !proseAt(after)) continue;
    for (let b = k; b <= j; b++) box[b] = true;
  }
  return box;
}

/**
 * A name-shaped line that belongs to a list of tags printed after the body ("Tập Cận Bình",
 * "Donald Trump", "quan hệ Mỹ - Trung"): a neighbouring line, with no blank line between, is
 * another short tag (a name, or a short phrase starting in lower case).
 */
function inTagList(L: LineInfo[], k: number, prose: boolean[]): boolean {
  const tagLike = (j: number): boolean => {
    const l = L[j];
    if (!l || prose[j] || l.chrome || l.caption || l.file || l.words > 6 || creditOf(l.text) || stampDate(l.text)) return false;
    return /^\p{Ll}/u.test(l.text) || bylineOf(l.text) !== null;
  };
  const cur = L[k]!;
  const next = L[k + 1];
  const prev = L[k - 1];
  return (!!next && !cur.blankAfter && tagLike(k + 1)) || (!!prev && !cur.blankBefore && tagLike(k - 1) && !prose[k - 1]);
}

/**
 * A caption printed twice, once with its credit and once without (the picture's caption and its
 * alt text: "Tổng thư ký NATO Jens Stoltenberg. (Nguồn: DW)" / "Tổng thư ký NATO Jens
 * Stoltenberg."): the line next to a caption that is that caption without its credit is a caption too.
 */
function captionRepeats(L: LineInfo[]): void {
  // (a repeat is the caption's beginning: only then is the credit taken off to compare)
  // a caption whose credit is printed on the next line, under a picture: "<file or alt text>" /
  // "Bộ trưởng hai nước tại buổi ký kết." / "ảnh: afp"
  for (let k = 1; k + 1 < L.length; k++) {
    const l = L[k]!;
    const credit = L[k + 1]!;
    if (l.caption || l.file || l.chrome || l.words > 60 || !credit.caption || captionText(credit.text) !== "") continue;
    if (L[k - 1]!.file || (k >= 2 && L[k - 2]!.file && L[k - 1]!.words <= 3)) l.caption = true;
  }
  for (let k = 0; k < L.length; k++) {
    const c = L[k]!;
    if (!c.caption) continue;
    const near = [L[k - 1], L[k + 1]].filter((l) => l && !l.caption && !l.file && l.key.length < c.key.length && c.key.startsWith(l.key));
    if (!near.length) continue;
    const body = captionText(c.text);
    if (!body) continue;
    for (const l of near) if (l!.key === body) l!.caption = true;
  }
}

/**
 * "Theo Hồ Hương" and, on the next line, "Đại Đoàn kết": an article republished from another
 * outlet, signed with its author's name (a Vietnamese name: every word a Vietnamese syllable, so
 * not an agency such as "Theo Al Jazeera") and the outlet that first printed it (a known outlet,
 * or a short capitalised line that is no sentence).
 */
function republished(L: LineInfo[], k: number): { author: string; outlet: string } | null {
  const l = L[k]!;
  const next = L[k + 1];
  const m = /^theo\s+(.{4,40})$/iu.exec(l.text.trim());
  if (!m || !next || next.i - l.i > 2) return null;
  const name = m[1]!.trim();
  if (!isPersonName(name) || !name.split(/\s+/).every(isVietnameseSyllable)) return null;
  const o = next.text.trim();
  const outletShaped = isKnownOutlet(o) || (next.words <= 5 && /^\p{Lu}/u.test(o) && !next.sentence && !next.chrome && !next.section && !next.caption && !bylineOf(o));
  return outletShaped ? { author: name, outlet: o } : null;
}
