import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { attr, classId, clean, spaced, textOf } from "./dom.js";
import { BLOCK_TAGS, CAPTION_CLASS, HARD_TAGS, STRONG_POS, classWeight, negativeName } from "./rules.js";

/** What the analysis passes know about one element. */
export interface Info {
  index: number;
  /** Page chrome: never article text (nav, ads, related boxes, comments, share bars…). */
  boiler: boolean;
  /** Inside a related list, comments, nav or aside: never a source of dates or bylines either. */
  chrome: boolean;
  /** Holds the h1 or an element named like the article body (protects wrappers from removal). */
  keep: boolean;
  textLen: number;
  linkLen: number;
  commas: number;
  hasBlockChild: boolean;
  hasImg: boolean;
}

const CHROME_NAME = /related|relate[ds]|lienquan|lien-quan|tin-?khac|comment|binh-?luan|binhluan|sidebar|most-?read|most-?view|xem-?nhieu|doc-?nhieu|recommend|box-?tin|tin-?moi|xem-?them|read-?more|see-?also|news-?list|list-?news|box-?news|other-?news/;

function hiddenEl(el: Element): boolean {
  if (el.attribs["hidden"] != null) return true;
  const st = el.attribs["style"];
  return !!st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st);
}

/** The page analysed once: element order, chrome marking and text statistics (linear passes). */
export class PageModel {
  readonly all: Element[];
  readonly info = new Map<Element, Info>();

  constructor(readonly doc: Document, all: Element[]) {
    this.all = all;
    const n = all.length;
    for (let i = 0; i < n; i++) {
      this.info.set(all[i]!, { index: i, boiler: false, chrome: false, keep: false, textLen: 0, linkLen: 0, commas: 0, hasBlockChild: false, hasImg: false });
    }
    // keep: bottom-up
    for (let i = n - 1; i >= 0; i--) {
      const el = all[i]!;
      const inf = this.info.get(el)!;
      if (el.name === "h1" || attr(el, "itemprop").toLowerCase() === "articlebody" || STRONG_POS.test(classId(el))) inf.keep = true;
      if (inf.keep && el.parent && isTag(el.parent)) this.info.get(el.parent)!.keep = true;
    }
    // boiler / chrome: top-down
    for (let i = 0; i < n; i++) {
      const el = all[i]!;
      const inf = this.info.get(el)!;
      const p = el.parent && isTag(el.parent) ? this.info.get(el.parent) : undefined;
      if (p?.boiler) inf.boiler = true;
      if (p?.chrome) inf.chrome = true;
      if (inf.boiler && inf.chrome) continue;
      const ci = classId(el);
      const extra = `${attr(el, "type")} ${attr(el, "data-type")} ${attr(el, "data-role")} ${attr(el, "role")}`;
      if (HARD_TAGS.has(el.name) || (el.name === "footer" && !inf.keep)) inf.boiler = true;
      else if (!inf.keep && (hiddenEl(el) || negativeName(ci, extra) || /^(?:navigation|banner|contentinfo|complementary|search)$/.test(attr(el, "role")))) inf.boiler = true;
      if (el.name === "nav" || el.name === "aside" || (!inf.keep && (CHROME_NAME.test(ci) || /related|comment/i.test(extra)))) inf.chrome = true;
    }
    // text statistics: bottom-up, chrome excluded
    for (let i = n - 1; i >= 0; i--) {
      const el = all[i]!;
      const inf = this.info.get(el)!;
      if (inf.boiler) continue;
      for (const c of el.children) {
        if (isText(c)) {
          const t = c.data;
          const l = t.trim().length;
          if (l) {
            inf.textLen += l;
            if (el.name === "a") inf.linkLen += l;
            inf.commas += countCommas(t);
          }
        } else if (isTag(c)) {
          const ci = this.info.get(c)!;
          if (c.name === "img" || c.name === "picture") inf.hasImg = true;
          if (ci.boiler) continue;
          inf.textLen += ci.textLen;
          inf.linkLen += c.name === "a" ? ci.textLen : ci.linkLen;
          inf.commas += ci.commas;
          if (ci.hasImg) inf.hasImg = true;
          if (BLOCK_TAGS.has(c.name)) inf.hasBlockChild = true;
        }
      }
    }
  }

  get(el: Element): Info {
    return this.info.get(el)!;
  }

  linkDensity(el: Element): number {
    const i = this.get(el);
    return i.textLen ? i.linkLen / i.textLen : 0;
  }

  /**
   * The main-content nodes: paragraph scoring propagated to ancestors (text length, commas),
   * damped by link density and class names, then the best node's siblings that read as
   * article text. Empty when the page has no paragraph of text at all.
   */
  mainContent(): { top: Element | null; nodes: Element[] } {
    const scores = new Map<Element, number>();
    const init = (el: Element): number => {
      let s = classWeight(classId(el));
      switch (el.name) {
        case "div": case "article": case "section": case "main": s += 5; break;
        case "pre": case "td": case "blockquote": s += 3; break;
        case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": s -= 3; break;
        case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": s -= 5; break;
      }
      return s;
    };
    for (const el of this.all) {
      const inf = this.get(el);
      if (inf.boiler || el.name === "header") continue;
      const paraLike = el.name === "p" || el.name === "pre" || ((el.name === "div" || el.name === "td" || el.name === "section") && !inf.hasBlockChild);
      if (!paraLike || inf.textLen < 25) continue;
      if (this.insideHeaderOrChrome(el)) continue;
      const s = 1 + inf.commas + Math.min(Math.floor(inf.textLen / 100), 3);
      let level = 0;
      for (let p = el.parent; p && isTag(p) && level < 4; p = p.parent, level++) {
        if (!scores.has(p)) scores.set(p, init(p));
        const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(p, scores.get(p)! + s / div);
      }
    }
    let top: Element | null = null;
    let best = -Infinity;
    for (const [el, s] of scores) {
      if (el.name === "html" || el.name === "body") continue;
      const f = s * (1 - this.linkDensity(el));
      scores.set(el, f);
      if (f > best) {
        best = f;
        top = el;
      }
    }
    if (!top) return { top: null, nodes: [] };
    const parent = top.parent;
    if (!parent || !isTag(parent) || parent.name === "html") return { top, nodes: [top] };
    const threshold = Math.max(10, best * 0.2);
    const topClass = attr(top, "class");
    const out: Element[] = [];
    for (const sib of parent.children) {
      if (!isTag(sib)) continue;
      if (sib === top) {
        out.push(sib);
        continue;
      }
      const inf = this.get(sib);
      if (inf.boiler || sib.name === "header") continue;
      let bonus = 0;
      if (topClass && attr(sib, "class") === topClass) bonus += best * 0.2;
      const sc = scores.get(sib);
      if (sc != null && sc + bonus >= threshold && inf.textLen >= 80) {
        out.push(sib);
        continue;
      }
      if (sib.name === "p") {
        const ld = this.linkDensity(sib);
        const txt = inf.textLen;
        if (txt > 80 && ld < 0.25) out.push(sib);
        else if (txt > 0 && txt <= 80 && ld === 0 && /[.!?…]["”»]?\s*$/u.test(textOf(sib).trim())) out.push(sib);
      }
    }
    return { top, nodes: out };
  }

  private insideHeaderOrChrome(el: Element): boolean {
    for (let p = el.parent; p && isTag(p); p = p.parent) if (p.name === "header") return true;
    return false;
  }
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x060c) n++;
  }
  return n;
}

/** One block of text of the flattened article body. */
export interface Block {
  text: string;
  el: Element;
  len: number;
  linkLen: number;
  boldLen: number;
  italicLen: number;
  afterImage: boolean;
  right: boolean;
}

const MAX_DEPTH = 1200;

/** A figure, a caption element, or a table that frames one photo: its text is a caption. */
function captionEl(el: Element, model: PageModel): boolean {
  if (el.name === "figcaption" || el.name === "figure") return true;
  if (CAPTION_CLASS.test(classId(el))) return true;
  if (el.name === "table" && model.get(el).hasImg && model.get(el).textLen < 400) return true;
  return false;
}

/**
 * Flattens the content nodes into text blocks in document order. Captions (figures, caption
 * classes, photo tables) are collected apart; `skip` holds elements read elsewhere (title, sapo,
 * bylines, dates).
 */
export function flatten(nodes: Element[], model: PageModel, skip: Set<Element>): { blocks: Block[]; captions: string[] } {
  const blocks: Block[] = [];
  const captions: string[] = [];
  let parts: string[] = [];
  let len = 0, linkLen = 0, boldLen = 0, italicLen = 0;
  let pendingImage = false;
  const blockStack: Element[] = [];

  const flush = (): void => {
    if (!parts.length) return;
    const raw = parts.join("");
    parts = [];
    const el = blockStack[blockStack.length - 1]!;
    const style = `${attr(el, "style")} ${attr(el, "align")} ${attr(el, "class")}`.toLowerCase();
    const right = /text-align\s*:\s*right|\bright\b|align-right|text-right/.test(style);
    let any = false;
    for (const line of raw.split("\n")) {
      const text = clean(line);
      if (!text) continue;
      any = true;
      blocks.push({ text, el, len, linkLen, boldLen, italicLen, afterImage: pendingImage, right });
    }
    if (any) pendingImage = false;
    len = linkLen = boldLen = italicLen = 0;
  };

  const visit = (n: AnyNode, inLink: boolean, inBold: boolean, inItalic: boolean, depth: number): void => {
    if (isText(n)) {
      parts.push(n.data);
      const l = n.data.trim().length;
      if (l) {
        len += l;
        if (inLink) linkLen += l;
        if (inBold) boldLen += l;
        if (inItalic) italicLen += l;
      }
      return;
    }
    if (!isTag(n)) return;
    const inf = model.get(n);
    if (inf.boiler || skip.has(n) || n.name === "header") return;
    const name = n.name;
    if (name === "img" || name === "picture") {
      pendingImage = true;
      return;
    }
    if (name === "br") {
      parts.push("\n");
      return;
    }
    if (captionEl(n, model)) {
      flush();
      const t = clean(textOf(n));
      if (t) {
        captions.push(t);
        pendingImage = false;
      } else if (inf.hasImg) pendingImage = true;
      return;
    }
    if (depth > MAX_DEPTH) {
      parts.push(" " + textOf(n) + " ");
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (!block && spaced(n)) parts.push(" ");
    if (block) {
      flush();
      blockStack.push(n);
    }
    const a = inLink || name === "a";
    const b = inBold || name === "b" || name === "strong";
    const i = inItalic || name === "em" || name === "i";
    for (const c of n.children) visit(c, a, b, i, depth + 1);
    if (!block && spaced(n)) parts.push(" ");
    if (block) {
      flush();
      blockStack.pop();
    }
  };
  for (const node of nodes) {
    blockStack.push(node);
    visit(node, false, false, false, 0);
    flush();
    blockStack.pop();
  }
  return { blocks, captions };
}
