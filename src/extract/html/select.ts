import { isTag, isText, type AnyNode, type Element } from "domhandler";
import { attr, clean, spaced } from "./dom.js";
import { CHROME_TAGS, INLINE, type Block, type PageModel } from "./model.js";

/**
 * Finding the article's body: a density score over the whole page (the Readability family:
 * paragraphs of prose score their ancestors, damped by link density and weighed by what names
 * say), the best container and the siblings that continue it; then the container read as text
 * blocks, leaving out what evidence inside it marks as furniture.
 */

const PARA_TAGS = new Set(["p", "pre", "td", "th", "dd", "dt", "blockquote", "address", "li", "figcaption"]);
const ROLE_CHROME = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog|alert)$/;

/** The soft bonus a tag gives a candidate container (Readability's tag weights). */
function tagScore(el: Element): number {
  switch (el.name) {
    case "div": case "section": return 5;
    case "article": case "main": return 10;
    case "pre": case "td": case "blockquote": return 3;
    case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": case "address": return -3;
    case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": return -5;
  }
  return 0;
}

/** What names say, as a factor on the score: more for article-body names, less for furniture names. */
function nameFactor(el: Element, model: PageModel): number {
  const inf = model.get(el);
  const ev = inf.names;
  // inside furniture (a comment, a related box) by an ancestor's names: weaker still
  const inside = inf.boiler && el.parent && isTag(el.parent) && model.get(el.parent).boiler ? 0.5 : 1;
  return (1 + 0.25 * ev.body) * (ev.against >= 2 ? 0.6 : ev.against === 1 ? 0.85 : 1) * inside;
}

export interface Density {
  top: Element | null;
  score: number;
  scores: Map<Element, number>;
}

/** Scores every container that holds paragraphs of prose; the best one is `top`. */
export function density(model: PageModel, captionWeight: number): Density {
  const scores = new Map<Element, number>();
  let prev: Element | null = null;
  for (const b of model.blocks) {
    if (b.heading || b.len < 25) continue;
    if (b.linkLen > b.len * 0.8) continue;
    let s = 1 + b.commas + Math.min(Math.floor(b.len / 100), 3);
    if (b.caption) s *= captionWeight;
    if (s <= 0) continue;
    const owner = b.el;
    // a paragraph scores its parent; text lines directly in a container score the container
    let base: AnyNode | null = PARA_TAGS.has(owner.name) || (!b.line && !model.get(owner).hasBlockChild) ? owner.parent : owner;
    if (b.line && owner === prev) s *= 1; // each line of a <br> run counts as a paragraph
    prev = owner;
    for (let level = 0; base && isTag(base) && level < 5; base = base.parent, level++) {
      if (base.name === "html") break;
      let cur = scores.get(base);
      if (cur == null) cur = tagScore(base);
      scores.set(base, cur + s / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  for (const [el, s] of scores) {
    const f = s * nameFactor(el, model) * (1 - model.linkDensity(el));
    scores.set(el, f);
    if (el.name === "body") continue;
    if (f > best) {
      best = f;
      top = el;
    }
  }
  if (top) top = refineTop(model, top, best, scores);
  return { top, score: top ? (scores.get(top) ?? best) : 0, scores };
}

/** Readability's moves up from the best node: to an ancestor shared by close runners-up, while the score rises, past only children. */
function refineTop(model: PageModel, top: Element, best: number, scores: Map<Element, number>): Element {
  const ranked = [...scores.entries()].filter(([el]) => el.name !== "body").sort((a, b) => b[1] - a[1]).slice(1, 6);
  const close = ranked.filter(([, s]) => s >= best * 0.75).map(([el]) => el);
  if (close.length >= 3) {
    for (let p = top.parent; p && isTag(p) && p.name !== "body" && p.name !== "html"; p = p.parent) {
      const shared = close.filter((el) => model.contains(p as Element, el)).length;
      if (shared >= 3) {
        top = p;
        break;
      }
    }
  }
  let last = scores.get(top) ?? best;
  const threshold = last / 3;
  for (let p = top.parent; p && isTag(p) && p.name !== "body" && p.name !== "html"; p = p.parent) {
    const s = scores.get(p);
    if (s == null) continue;
    if (s < threshold) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  for (let p = top.parent; p && isTag(p) && p.name !== "body" && p.name !== "html"; p = p.parent) {
    if (p.children.filter(isTag).length !== 1) break;
    top = p;
  }
  return top;
}

/** The top node and its siblings that read as more of the article, in document order. */
export function withSiblings(model: PageModel, top: Element, score: number, scores: Map<Element, number>, titleEl: Element | null = null): Element[] {
  const parent = top.parent;
  if (!parent || !isTag(parent) || parent.name === "html") return [top];
  const threshold = Math.max(10, score * 0.2);
  const topClass = attr(top, "class");
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isTag(sib)) continue;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    const inf = model.get(sib);
    if (inf.hidden || inf.textLen === 0) continue;
    if (CHROME_TAGS.has(sib.name) || sib.name === "h1" || otherPost(model, sib, titleEl)) continue;
    let bonus = 0;
    if (topClass && attr(sib, "class") === topClass) bonus += score * 0.2;
    const sc = scores.get(sib);
    if (sc != null && sc + bonus >= threshold && inf.textLen >= 80 && junkScore(model, sib) < 2) {
      out.push(sib);
      continue;
    }
    if (sib.name === "p") {
      const ld = model.linkDensity(sib);
      const txt = inf.textLen;
      if (txt > 80 && ld < 0.25) out.push(sib);
      else if (txt > 0 && txt <= 80 && ld === 0 && /[.!?…]["”»]?\s*$/u.test(clean(sibText(sib)))) out.push(sib);
    }
  }
  return out;
}

function sibText(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.data);
    else if (isTag(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join("");
}

/**
 * An element holding a post of its own: it has an h1 that is not the page's title, or it is an
 * `<article>` with a heading of its own (and does not hold the page's title).
 */
export function otherPost(model: PageModel, el: Element, titleEl: Element | null): boolean {
  if (titleEl && model.contains(el, titleEl)) return false;
  const art = el.name === "article" || ARTICLE_TYPE.test(el.attribs["itemtype"] ?? "");
  const inf = model.get(el);
  for (let k = inf.index + 1; k < inf.end; k++) {
    const n = model.all[k]!.name;
    if (n === "h1" || (art && n === "h2")) return !model.get(model.all[k]!).hidden;
  }
  return false;
}

/**
 * Evidence that an element inside the article's container is furniture: its names, its tag and
 * role, its links. 2 or more is furniture.
 */
export function junkScore(model: PageModel, el: Element): number {
  const inf = model.get(el);
  let s = inf.names.against - inf.names.body;
  if (CHROME_TAGS.has(el.name)) s += el.name === "form" || el.name === "fieldset" ? 1 : 2;
  const role = el.attribs["role"];
  if (role && ROLE_CHROME.test(role)) s += 2;
  if (inf.textLen > 0) {
    // a paragraph with a link in its sentence is still prose; a container of links is not
    const ld = inf.linkLen / inf.textLen;
    const [hi, lo] = inf.hasBlockChild ? [0.5, 0.33] : [0.8, 0.6];
    if (ld > hi) s += 2;
    else if (ld > lo) s += 1;
  }
  return s;
}

/** One block of the article's text as read from the chosen nodes. */
export interface TextBlock {
  text: string;
  el: Element;
  len: number;
  linkLen: number;
  boldLen: number;
  italicLen: number;
  afterImage: boolean;
  right: boolean;
  heading: boolean;
  li: boolean;
  /** The share of the block's own line in bold (a line of a `<br>`-cut run has the run's figures above). */
  ownBold?: number;
}

/**
 * Reads the chosen nodes as text blocks in document order. Inside them, an element is left out
 * when the evidence against it adds up (`junkScore`) unless it holds half of the chosen prose;
 * captions (figures, caption names, photo tables) are collected apart; `skip` holds elements read
 * elsewhere (title, sapo, bylines, dates).
 */
export function readBody(nodes: Element[], model: PageModel, skip: Set<Element>, titleEl: Element | null = null): { blocks: TextBlock[]; captions: string[] } {
  const blocks: TextBlock[] = [];
  let stopped = false;
  const captions: string[] = [];
  let total = 0;
  for (const n of nodes) total += model.proseOf(n);
  const guard = total * 0.5;

  let parts: string[] = [];
  let len = 0, linkLen = 0, boldLen = 0, italicLen = 0;
  // the statistics of each finished <br> line of the current run: a link list after the article's
  // lines in one <font> or cell is judged line by line, not by the whole run's share of links
  let lineStats: Array<[number, number, number, number]> = [];
  let pendingImage = false;
  let inLink = 0, inBold = 0, inItalic = 0, inHeading = 0, inLi = 0, inCaption = 0;
  let capParts: string[] = [];
  const owners: Element[] = [];

  const flush = (): void => {
    if (!parts.length) return;
    const raw = parts.join("");
    parts = [];
    const el = owners[owners.length - 1]!;
    const style = `${attr(el, "style")} ${attr(el, "align")} ${attr(el, "class")}`.toLowerCase();
    const right = /text-align\s*:\s*right|\bright\b|align-right|text-right/.test(style);
    let any = false;
    const lines = raw.split(BR);
    const stats = [...lineStats, [len, linkLen, boldLen, italicLen] as [number, number, number, number]];
    lineStats = [];
    // the run's closing lines that are links (two or more, blank lines aside): a list of other
    // articles printed after the text in the same cell; they are judged on their own
    let listFrom = lines.length;
    let listLines = 0;
    for (let k = lines.length - 1; k >= 0; k--) {
      const st = stats[k];
      if (!st) break;
      if (!clean(lines[k]!)) {
        listFrom = k;
        continue;
      }
      if (st[1] <= st[0] * 0.5) break;
      listFrom = k;
      listLines++;
    }
    if (listLines < 2) listFrom = lines.length;
    let runLen = 0, runLink = 0, runBold = 0, runItalic = 0;
    for (let k = 0; k < listFrom && k < stats.length; k++) {
      runLen += stats[k]![0];
      runLink += stats[k]![1];
      runBold += stats[k]![2];
      runItalic += stats[k]![3];
    }
    lines.forEach((line, k) => {
      const text = clean(line);
      if (!text) return;
      any = true;
      const [l, ll, bl, il] = k >= listFrom ? stats[k]! : [runLen, runLink, runBold, runItalic];
      const own = stats[k];
      const ownBold = own && own[0] ? own[2] / own[0] : l ? bl / l : 0;
      blocks.push({ text, el, len: l, linkLen: ll, boldLen: bl, italicLen: il, afterImage: pendingImage, right, heading: inHeading > 0, li: inLi > 0, ownBold });
    });
    if (any) pendingImage = false;
    len = linkLen = boldLen = italicLen = 0;
  };

  type Frame = { el: Element; i: number; block: boolean; blk: boolean; a: boolean; b: boolean; it: boolean; sp: boolean; h: boolean; li: boolean; cap: boolean };
  const stack: Frame[] = [];
  const enter = (el: Element, root: boolean): void => {
    const inf = model.get(el);
    if (inf.hidden || skip.has(el)) return;
    if (!root && el.name === "h1" && titleEl && el !== titleEl && nextArticle(model, el, titleEl, nodes)) {
      // another post appended below the article: the article ends where its title begins
      const post = postOf(model, el, nodes);
      let before = 0;
      for (const b of blocks) if (!model.contains(post, b.el) && b.len >= 80) before += b.len;
      if (before >= 200) {
        while (blocks.length && model.contains(post, blocks[blocks.length - 1]!.el)) blocks.pop();
        parts = [];
        stopped = true;
        return;
      }
    }
    const name = el.name;
    if (name === "img" || name === "picture") {
      pendingImage = true;
      return;
    }
    if (name === "br") {
      if (inCaption) capParts.push("\n");
      else {
        parts.push(BR);
        lineStats.push([len, linkLen, boldLen, italicLen]);
        len = linkLen = boldLen = italicLen = 0;
      }
      return;
    }
    if (!root && !inCaption && !INLINE.has(name) && junkScore(model, el) >= 2 && model.proseOf(el) < guard) return;
    const block = !INLINE.has(name);
    if (block && inCaption) capParts.push(" ");
    const cap = !inCaption && block && model.captionEl(el);
    if (cap) {
      flush();
      capParts = [];
      if (!inf.textLen && inf.hasImg) pendingImage = true;
    }
    if (block && !inCaption) {
      flush();
      owners.push(el);
    }
    const sp = !block && spaced(el);
    if (sp) (inCaption ? capParts : parts).push(" ");
    const a = name === "a", b = name === "b" || name === "strong", it = name === "em" || name === "i";
    const h = /^h[1-6]$/.test(name), li = name === "li";
    if (a) inLink++;
    if (b) inBold++;
    if (it) inItalic++;
    if (h) inHeading++;
    if (li) inLi++;
    if (cap) inCaption++;
    stack.push({ el, i: 0, block: block && !inCaption, blk: block, a, b, it, sp, h, li, cap });
  };
  const exit = (f: Frame): void => {
    if (f.sp || (f.blk && inCaption)) (inCaption ? capParts : parts).push(" ");
    if (f.a) inLink--;
    if (f.b) inBold--;
    if (f.it) inItalic--;
    if (f.h) inHeading--;
    if (f.li) inLi--;
    if (f.cap) {
      inCaption--;
      const t = clean(capParts.join(" "));
      capParts = [];
      if (t) {
        captions.push(t);
        pendingImage = false;
      }
      return;
    }
    if (f.block) {
      flush();
      owners.pop();
    }
  };
  for (const node of nodes) {
    if (stopped) break;
    owners.push(node);
    enter(node, true);
    while (stack.length && !stopped) {
      const f = stack[stack.length - 1]!;
      const ch = f.el.children;
      if (f.i >= ch.length) {
        stack.pop();
        exit(f);
        continue;
      }
      const c = ch[f.i++]!;
      if (isTag(c)) enter(c, false);
      else if (isText(c)) {
        const d = c.data;
        if (inCaption) {
          capParts.push(d);
          continue;
        }
        parts.push(d);
        const l = d.trim().length;
        if (l) {
          len += l;
          if (inLink) linkLen += l;
          if (inBold) boldLen += l;
          if (inItalic) italicLen += l;
        }
      }
    }
    if (!stopped) flush();
    stack.length = 0;
    owners.length = 0;
  }
  return { blocks, captions };
}

/** A `<br>` in a run of text: a line break of the page, unlike a new line of the HTML source. */
const BR = "\u2028";

const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report/;

/**
 * An h1 other than the page's title, inside the body, that opens another post: it links to
 * that post, or it sits in an `<article>` (or a schema.org article) that does not hold the title.
 */
function nextArticle(model: PageModel, h1: Element, titleEl: Element, nodes: Element[]): boolean {
  if (model.get(h1).textLen < 10) return false;
  for (let k = model.get(h1).index + 1; k < model.get(h1).end; k++) if (model.all[k]!.name === "a") return true;
  for (let p = h1.parent; p && isTag(p); p = p.parent) {
    if (nodes.includes(p)) return false;
    if (p.name === "article" || ARTICLE_TYPE.test(p.attribs["itemtype"] ?? "")) return !model.contains(p, titleEl);
  }
  return false;
}

/** The element of the post an h1 opens: its `<article>`, else the h1's parent. */
function postOf(model: PageModel, h1: Element, nodes: Element[]): Element {
  for (let p = h1.parent; p && isTag(p); p = p.parent) {
    if (nodes.includes(p)) break;
    if (p.name === "article" || ARTICLE_TYPE.test(p.attribs["itemtype"] ?? "")) return p;
  }
  return h1.parent && isTag(h1.parent) && !nodes.includes(h1.parent) ? h1.parent : h1;
}

export type { Block };
