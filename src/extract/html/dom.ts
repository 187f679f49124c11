import { parseDocument } from "htmlparser2";
import { isTag, isText, type AnyNode, type Document, type Element } from "domhandler";

/** Parses a page with htmlparser2 into a domhandler tree (entities decoded, names lower-cased). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? "";
}

/** class and id, lower-cased, space separated: what the class/id heuristics look at. */
export function classId(el: Element): string {
  const c = el.attribs["class"];
  const i = el.attribs["id"];
  if (!c && !i) return "";
  return `${c ?? ""} ${i ?? ""}`.toLowerCase();
}

/** Every element below `root`, in document order (iterative: safe on very deep pages). */
export function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isTag(n)) out.push(n);
    if ("children" in n) {
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return out;
}

const SKIP_TEXT = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const BLOCKISH = new Set([
  "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "header", "footer", "main", "aside", "pre",
]);

/**
 * The text of a node: text nodes joined, `<br>` as a line break, block boundaries as spaces,
 * scripts and styles left out. Not cleaned (see `clean`).
 */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: Array<AnyNode | string> = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") {
      parts.push(n);
      continue;
    }
    if (isText(n)) {
      parts.push(n.data);
      continue;
    }
    if (isTag(n)) {
      if (SKIP_TEXT.has(n.name)) continue;
      if (n.name === "br") {
        parts.push("\n");
        continue;
      }
      if (BLOCKISH.has(n.name) || spaced(n)) {
        parts.push(" ");
        stack.push(" ");
      }
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    } else if ("children" in n) {
      const ch = n.children;
      for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]!);
    }
  }
  return parts.join("");
}

/** Inline elements that sites set apart with CSS (a dateline stamp before the sapo). */
export function spaced(el: Element): boolean {
  const c = el.attribs["class"];
  return !!c && /location|stamp|dateline/i.test(c);
}

/** Collapses whitespace (no-break spaces included), drops zero-width characters, NFC. */
export function clean(s: string): string {
  return s
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

/** Decodes entities and strips tags in a string taken from metadata (JSON-LD values often carry them). */
export function decodeMetaString(s: string): string {
  if (!/[&<]/.test(s)) return clean(s);
  return clean(textOf(parseHtml(s)));
}

export function isAncestor(a: Element, b: AnyNode): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

export function ancestors(n: AnyNode): Element[] {
  const out: Element[] = [];
  for (let p = n.parent; p; p = p.parent) if (isTag(p)) out.push(p);
  return out;
}

/** The lowest common ancestor of two nodes, or null. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const set = new Set<Element>([a, ...ancestors(a)]);
  if (set.has(b)) return b;
  for (const p of ancestors(b)) if (set.has(p)) return p;
  return null;
}
