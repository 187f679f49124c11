import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { attr, classId, spaced } from "./dom.js";
import { nameEvidence, type NameEvidence } from "./names.js";
import { CAPTION_CLASS } from "./rules.js";

/**
 * The page analysed once, in linear passes: element order and subtree spans, what is hidden,
 * visible text statistics, the evidence each element's names and tag give, and the page cut
 * into text blocks (one per paragraph-like run of text, `<br>` lines apart) in document order,
 * so that the blocks below any element are one contiguous range.
 */

/** Elements whose content is never text a reader sees. */
export const NON_TEXT = new Set([
  "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "video", "audio", "map",
  "head", "title", "meta", "link", "select", "option", "optgroup", "textarea", "button", "input", "datalist",
  "param", "source", "track", "dialog", "math",
]);

/** Inline elements: they do not start a new text block. Every other element does. */
export const INLINE = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "cite", "code", "data", "del", "dfn", "em", "font",
  "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
  "time", "tt", "u", "var", "wbr", "img", "picture", "br", "output", "meter", "progress",
]);

/** Tags of page furniture: evidence against the text inside them (never a veto on their own). */
export const CHROME_TAGS = new Set(["nav", "aside", "footer", "header", "form", "menu", "fieldset"]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** True when the element itself is hidden from readers (its subtree is then never counted). */
export function hiddenEl(el: Element): boolean {
  const a = el.attribs;
  if (a["hidden"] != null) return true;
  if (a["aria-hidden"] === "true") return true;
  if (a["type"] === "hidden") return true;
  const st = a["style"];
  return !!st && HIDDEN_STYLE.test(st);
}

/** What the passes know about one element. */
export interface Info {
  /** Position in document order (`PageModel.all`). */
  index: number;
  /** Index after the element's last descendant: its subtree is `all[index + 1 .. end)`. */
  end: number;
  depth: number;
  /** Hidden, or a tag that never holds text (script, style, template…): never counted. */
  hidden: boolean;
  /** Its text blocks: `blocks[b0 .. b1)` (approximate for inline elements). */
  b0: number;
  b1: number;
  /** Visible text length, link text length, commas (block boundaries excluded). */
  textLen: number;
  linkLen: number;
  commas: number;
  hasBlockChild: boolean;
  hasImg: boolean;
  names: NameEvidence;
  /**
   * Inside a list or discussion around the article (related, comments, most read, nav, aside):
   * its dates, bylines and headings are not the article's.
   */
  chrome: boolean;
  /** Hidden, or inside an element the evidence marks as page furniture (see `markChrome`). */
  boiler: boolean;
}

/** One block of text: a paragraph-like run, or one `<br>` line of it. */
export interface Block {
  /** The text, white space collapsed (made when first read). */
  readonly text: string;
  /** The nearest block-level element holding it. */
  el: Element;
  len: number;
  linkLen: number;
  boldLen: number;
  italicLen: number;
  commas: number;
  /** An image came before it with no text in between. */
  afterImage: boolean;
  /** Inside a heading (h1–h6). */
  heading: boolean;
  /** Inside a list item. */
  li: boolean;
  /** One of several `<br>` lines of its element. */
  line: boolean;
  /** Inside a figure, a caption element or a table framing one photo. */
  caption: boolean;
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** A block as the page model makes it: its text is collapsed only when something reads it. */
class TextRun implements Block {
  private collapsed: string | null = null;
  line = false;
  constructor(
    private readonly raw: string,
    readonly el: Element,
    readonly len: number,
    readonly linkLen: number,
    readonly boldLen: number,
    readonly italicLen: number,
    readonly commas: number,
    readonly afterImage: boolean,
    readonly heading: boolean,
    readonly li: boolean,
    readonly caption: boolean,
  ) {}

  get text(): string {
    return (this.collapsed ??= this.raw.replace(/\s+/g, " ").trim());
  }
}

const COMMAS = [",", "\uff0c", "\u060c", "\u3001"];

/** Commas of any script (Latin, full-width, Arabic, ideographic). */
export function countCommas(s: string): number {
  let n = 0;
  for (const c of COMMAS) for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** The element's position in `PageModel.all`, kept on the node for O(1) look-ups. */
const IDX = Symbol("thoisu.index");
type Indexed = Element & { [IDX]?: number };

export class PageModel {
  readonly all: Element[];
  readonly blocks: Block[] = [];
  private readonly infos: Info[];
  /** Prefix sums over blocks of the prose length (see `proseLen`). */
  private prose: Float64Array = new Float64Array(1);

  constructor(readonly doc: Document, all: Element[]) {
    this.all = all;
    const n = all.length;
    const infos: Info[] = new Array(n);
    this.infos = infos;
    for (let i = 0; i < n; i++) (all[i] as Indexed)[IDX] = i;
    // top-down (document order puts parents first): depth, hidden, subtree ends, names
    for (let i = 0; i < n; i++) {
      const el = all[i]!;
      const pi = el.parent ? (el.parent as Indexed)[IDX] : undefined;
      const p = pi != null ? infos[pi] : undefined;
      const inf: Info = {
        index: i,
        end: p ? p.end : n,
        depth: p ? p.depth + 1 : 0,
        hidden: !!p?.hidden || NON_TEXT.has(el.name) || hiddenEl(el),
        b0: 0, b1: 0, textLen: 0, linkLen: 0, commas: 0, hasBlockChild: false, hasImg: false,
        names: nameEvidence(el), chrome: false, boiler: false,
      };
      infos[i] = inf;
    }
    // a subtree ends where the next element sibling (or the parent's end) begins
    for (let i = 0; i < n; i++) {
      const ch = all[i]!.children;
      let prev: Info | null = null;
      for (let k = 0; k < ch.length; k++) {
        const c = ch[k]!;
        if (!isTag(c)) continue;
        const ci = (c as Indexed)[IDX]!;
        if (prev) prev.end = ci;
        prev = infos[ci]!;
      }
      if (prev) prev.end = infos[i]!.end;
    }
    this.segment();
    this.markChrome(infos);
  }

  get(el: Element): Info {
    return this.infos[(el as Indexed)[IDX]!]!;
  }

  has(el: AnyNode): el is Element {
    return isTag(el) && (el as Indexed)[IDX] != null && this.all[(el as Indexed)[IDX]!] === el;
  }

  linkDensity(el: Element): number {
    const i = this.get(el);
    return i.textLen ? i.linkLen / i.textLen : 0;
  }

  /** The prose length (see `proseLen`) of the blocks below an element. */
  proseOf(el: Element): number {
    const i = this.get(el);
    return this.prose[i.b1]! - this.prose[i.b0]!;
  }

  /** Prose length of the blocks [b0, b1). */
  proseIn(b0: number, b1: number): number {
    return this.prose[b1]! - this.prose[b0]!;
  }

  /** True when `a` is `b` or one of its ancestors (O(1) with the subtree spans). */
  contains(a: Element, b: Element): boolean {
    const ia = this.get(a);
    const ib = this.get(b).index;
    return ib >= ia.index && ib < ia.end;
  }

  /**
   * Page-wide furniture marks, for what is read outside the body (title, sapo, bylines, dates):
   * names, tags and roles of furniture, unless the element holds half of the page's prose.
   */
  private markChrome(infos: Info[]): void {
    const pageProse = this.proseIn(0, this.blocks.length);
    const all = this.all;
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      const inf = infos[i]!;
      const pi = el.parent ? (el.parent as Indexed)[IDX] : undefined;
      const p = pi != null ? infos[pi] : undefined;
      inf.chrome = !!p?.chrome;
      inf.boiler = !!p?.boiler || inf.hidden;
      if (inf.chrome && inf.boiler) continue;
      const major = pageProse > 0 && this.proseOf(el) >= pageProse * 0.5;
      if (major || inf.names.body >= 2) continue;
      const role = el.attribs["role"];
      const roleChrome = !!role && /^(?:navigation|banner|contentinfo|complementary|search)$/.test(role);
      if (inf.names.against >= 2 || roleChrome || (CHROME_TAGS.has(el.name) && el.name !== "header" && el.name !== "form")) inf.boiler = true;
      if (el.name === "nav" || el.name === "aside" || inf.names.chrome) inf.chrome = true;
    }
  }

  /** A figure, a caption element, or a table that frames one photo: its text is a caption. */
  captionEl(el: Element): boolean {
    if (el.name === "figcaption" || el.name === "figure") return true;
    if (CAPTION_CLASS.test(classId(el))) return true;
    if (el.name === "table") {
      const i = this.get(el);
      return i.hasImg && i.textLen < 400;
    }
    return false;
  }

  /**
   * Cuts the visible page into blocks, in one iterative walk. A block ends at every block-level
   * element's start and end and at every `<br>`.
   */
  private segment(): void {
    const blocks = this.blocks;
    let parts: string[] = [];
    let len = 0, linkLen = 0, boldLen = 0, italicLen = 0, commas = 0;
    let lines = 0;
    let pendingImage = false;
    let owner: Element | null = null;
    const emit = (endOfBlock: boolean): void => {
      if (parts.length) {
        const raw = len ? parts.join("") : "";
        parts = [];
        if (raw && owner) {
          let heading = false, li = false;
          for (let p: AnyNode | null = owner; p && isTag(p); p = p.parent) {
            if (HEADINGS.has(p.name)) heading = true;
            else if (p.name === "li") li = true;
            if (!INLINE.has(p.name) && p !== owner) break;
          }
          blocks.push(new TextRun(raw, owner, len, linkLen, boldLen, italicLen, commas, pendingImage, heading, li, inCaption > 0));
          pendingImage = false;
          lines++;
        }
      }
      len = linkLen = boldLen = italicLen = commas = 0;
      if (endOfBlock) {
        if (lines > 1) for (let k = blocks.length - lines; k < blocks.length; k++) blocks[k]!.line = true;
        lines = 0;
      }
    };
    // inline style depth counters
    let inLink = 0, inBold = 0, inItalic = 0, inCaption = 0;
    const ownerStack: Element[] = [];
    type Frame = { el: Element; inf: Info; i: number; block: boolean; a: boolean; b: boolean; it: boolean; sp: boolean; cap: boolean };
    const stack: Frame[] = [];
    const infos = this.infos;
    const enter = (el: Element): void => {
      const inf = infos[(el as Indexed)[IDX]!]!;
      inf.b0 = blocks.length;
      const name = el.name;
      const parent = stack.length ? stack[stack.length - 1]!.inf : null;
      const img = name === "img" || name === "picture";
      if (img && parent) parent.hasImg = true;
      if (inf.hidden) {
        inf.b1 = blocks.length;
        if (img) pendingImage = true;
        return;
      }
      if (name === "br") {
        emit(false);
        inf.b1 = blocks.length;
        return;
      }
      if (img) {
        pendingImage = true;
        inf.b1 = blocks.length;
        return;
      }
      const block = !INLINE.has(name);
      if (block && parent) parent.hasBlockChild = true;
      const cap = block && this.captionEl(el);
      if (block) {
        emit(true);
        ownerStack.push(el);
        owner = el;
        inf.b0 = blocks.length;
        if (cap) inCaption++;
      }
      const sp = !block && spaced(el);
      if (sp) parts.push(" ");
      const a = name === "a", b = name === "b" || name === "strong", it = name === "em" || name === "i";
      if (a) inLink++;
      if (b) inBold++;
      if (it) inItalic++;
      stack.push({ el, inf, i: 0, block, a, b, it, sp, cap });
    };
    const exit = (f: Frame): void => {
      if (f.sp) parts.push(" ");
      if (f.a) inLink--;
      if (f.b) inBold--;
      if (f.it) inItalic--;
      if (f.block) {
        emit(true);
        if (f.cap) inCaption--;
        ownerStack.pop();
        owner = ownerStack[ownerStack.length - 1] ?? null;
      }
      const inf = f.inf;
      inf.b1 = blocks.length + (!f.block && parts.length ? 1 : 0);
      // the element's text statistics go to its parent
      const parent = stack.length ? stack[stack.length - 1]!.inf : null;
      if (parent) {
        parent.textLen += inf.textLen;
        parent.linkLen += inf.linkLen;
        parent.commas += inf.commas;
        if (inf.hasImg) parent.hasImg = true;
      }
    };
    for (const c of this.doc.children) {
      if (isTag(c)) enter(c);
      else if (isText(c) && owner) parts.push(c.data);
      while (stack.length) {
        const f = stack[stack.length - 1]!;
        const ch = f.el.children;
        if (f.i >= ch.length) {
          stack.pop();
          exit(f);
          continue;
        }
        const c2 = ch[f.i++]!;
        if (isTag(c2)) enter(c2);
        else if (isText(c2)) {
          const d = c2.data;
          parts.push(d);
          const l = trimmedLength(d);
          if (l) {
            const cm = countCommas(d);
            len += l;
            if (inLink) linkLen += l;
            if (inBold) boldLen += l;
            if (inItalic) italicLen += l;
            commas += cm;
            f.inf.textLen += l;
            if (inLink) f.inf.linkLen += l;
            f.inf.commas += cm;
          }
        }
      }
    }
    emit(true);
    const pre = new Float64Array(blocks.length + 1);
    for (let k = 0; k < blocks.length; k++) pre[k + 1] = pre[k]! + proseLen(blocks[k]!);
    this.prose = pre;
  }
}

/** Length of a string without leading and trailing white space, without copying it. */
export function trimmedLength(s: string): number {
  let a = 0, b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return b - a;
}

/**
 * How much of a block is running prose, whatever the page's names say: sentences of some
 * length that are not links, headings or list items of links.
 */
export function proseLen(b: Block): number {
  if (b.len < 30 || (b.heading && b.len < 120)) return 0;
  if (b.linkLen > b.len * 0.4) return 0;
  return b.len - b.linkLen;
}

export { attr, classId };
