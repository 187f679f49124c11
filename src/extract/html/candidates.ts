import { isTag, type Element } from "domhandler";
import { proseLen, type PageModel } from "./model.js";
import { density, otherPost, withSiblings } from "./select.js";

/**
 * Candidate bodies of a page and the choice among them, by agreement and confidence (as
 * trafilatura falls back to other algorithms):
 * - the density candidate: the best-scored container (Readability family), widened to the
 *   ancestor of its "chunks" (containers of the same tag and class that split one article), with
 *   the siblings that continue it;
 * - the JSON-LD `articleBody`, which the publisher states: when the page's containers disagree with
 *   it, the container that holds it wins, and when none does, its own text is the body;
 * - the page's prose blocks wherever they are, when no container stands out;
 * - captions, when a photo story has no other prose (decided once the body is read, see html.ts).
 */

export type BodyMethod = "density" | "json-ld-container" | "json-ld-text" | "prose" | "none";

export interface BodyChoice {
  method: BodyMethod;
  /** The nodes to read, in document order (empty for "json-ld-text" and "none"). */
  nodes: Element[];
  /** The main container (null when the body is not read from the page). */
  top: Element | null;
  /** The body as paragraphs when it comes from JSON-LD text. */
  paragraphs: string[];
}

/** Word trigrams of a text (lower case, letters and digits), for agreement between candidates. */
export function trigrams(s: string): string[] {
  const w = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 2 < w.length; i++) out.push(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

export function chooseBody(model: PageModel, ldBody: string | null, titleEl: Element | null = null): BodyChoice {
  const dens = density(model, 0.5);
  let top = dens.top;
  let nodes: Element[] = [];
  if (top) {
    top = widenToChunks(model, top, dens.scores, titleEl);
    nodes = withSiblings(model, top, dens.scores.get(top) ?? dens.score, dens.scores, titleEl);
  }
  const choice: BodyChoice = top ? { method: "density", nodes, top, paragraphs: [] } : { method: "none", nodes: [], top: null, paragraphs: [] };
  if (ldBody) return agreeWithLd(model, choice, ldBody);
  if (!top) return proseFallback(model) ?? choice;
  return choice;
}

/**
 * One article split into several containers of the same kind (`<div class="body">` chunks
 * between ads): the nearest ancestor holding them all, when they are most of its text.
 */
function widenToChunks(model: PageModel, top: Element, scores: Map<Element, number>, titleEl: Element | null): Element {
  const cls = top.attribs["class"];
  if (!cls || otherPost(model, top, titleEl)) return top;
  const best = scores.get(top) ?? 0;
  const chunks = [top];
  for (const [el, s] of scores) {
    if (el === top || el.name !== top.name || el.attribs["class"] !== cls || s < best * 0.2) continue;
    if (model.contains(el, top) || model.contains(top, el)) continue;
    // posts of a list or an infinite scroll are not chunks of one article
    if (otherPost(model, el, titleEl)) return top;
    chunks.push(el);
  }
  if (chunks.length < 2) return top;
  let anc: Element | null = top;
  for (const c of chunks.slice(1)) {
    while (anc && !model.contains(anc, c)) anc = anc.parent && isTag(anc.parent) ? anc.parent : null;
  }
  if (!anc || anc.name === "body" || anc.name === "html") return top;
  let inChunks = 0;
  for (const c of chunks) inChunks += model.get(c).textLen;
  return inChunks >= model.get(anc).textLen * 0.6 ? anc : top;
}

/** When no container stands out: the longest stretch of prose blocks that are not page furniture. */
function proseFallback(model: PageModel): BodyChoice | null {
  let best: Element | null = null;
  let bestProse = 0;
  for (const b of model.blocks) {
    const inf = model.get(b.el);
    if (inf.boiler) continue;
    const p = model.proseOf(b.el);
    if (p > bestProse) {
      bestProse = p;
      best = b.el;
    }
  }
  // paragraphs straight under <body> (a print version): the run of sibling elements holding them
  const run: Element[] = [];
  let runProse = 0;
  let bestRun: Element[] = [];
  let bestRunProse = 0;
  for (const b of model.blocks) {
    const el = b.el;
    const inf = model.get(el);
    const parent = el.parent && isTag(el.parent) ? el.parent : null;
    if (inf.boiler || !parent || parent.name !== "body") continue;
    if (run.length && run[run.length - 1] === el) continue;
    const p = model.proseOf(el);
    if (!run.length && !p) continue; // the run starts at its first prose
    run.push(el);
    runProse += p;
    if (runProse > bestRunProse) {
      bestRunProse = runProse;
      bestRun = [...run];
    }
  }
  if (bestRunProse > bestProse && bestRunProse >= 200) return { method: "prose", nodes: bestRun, top: bestRun[0]!, paragraphs: [] };
  if (!best || bestProse < 200) return null;
  return { method: "prose", nodes: [best], top: best, paragraphs: [] };
}

/**
 * Checks the chosen container against the JSON-LD body: kept when they agree; else the container
 * that holds the JSON-LD text; else the JSON-LD text itself when it is long enough to be the article.
 */
function agreeWithLd(model: PageModel, choice: BodyChoice, ldBody: string): BodyChoice {
  const ld = new Set(trigrams(ldBody));
  if (ld.size < 30) return choice.top ? choice : (proseFallback(model) ?? choice);
  // which blocks of the page carry the JSON-LD text
  const hit = new Uint8Array(model.blocks.length);
  let anyHit = false;
  model.blocks.forEach((b, k) => {
    const t = trigrams(b.text);
    if (t.length < 3) return;
    let n = 0;
    for (const g of t) if (ld.has(g)) n++;
    if (n >= t.length * 0.6) {
      hit[k] = 1;
      anyHit = true;
    }
  });
  const coverage = (b0: number, b1: number): { covered: number; own: number; foreign: number } => {
    const seen = new Set<string>();
    let foreign = 0, own = 0;
    for (let k = b0; k < b1; k++) {
      const b = model.blocks[k]!;
      const p = proseLen(b);
      if (!hit[k]) {
        foreign += p;
        continue;
      }
      own += b.len;
      for (const g of trigrams(b.text)) if (ld.has(g)) seen.add(g);
    }
    return { covered: seen.size / ld.size, own, foreign };
  };
  // the smallest container of the blocks that carry the JSON-LD text
  let anc: Element | null = null;
  let ldStopsShort = false;
  if (anyHit) {
    let first = -1, last = -1;
    for (let k = 0; k < hit.length; k++) {
      if (!hit[k]) continue;
      if (first < 0) first = k;
      last = k;
    }
    for (let k = last + 1; k < model.blocks.length; k++) {
      const b = model.blocks[k]!;
      if (!proseLen(b)) continue;
      ldStopsShort = b.el.parent === model.blocks[last]!.el.parent;
      break;
    }
    anc = model.blocks[first]!.el;
    const lastEl = model.blocks[last]!.el;
    while (anc && !model.contains(anc, lastEl)) anc = anc.parent && isTag(anc.parent) ? anc.parent : null;
    if (anc && anc.name === "html") anc = null;
  }
  const ancCov = anc ? coverage(model.get(anc).b0, model.get(anc).b1) : null;
  if (choice.top) {
    let b0 = Infinity, b1 = -Infinity;
    for (const n of choice.nodes) {
      const i = model.get(n);
      b0 = Math.min(b0, i.b0);
      b1 = Math.max(b1, i.b1);
    }
    const c = coverage(b0, b1);
    // the page's choice agrees with the publisher's text, without much prose the publisher left out
    // (a JSON-LD body that stops where the page's paragraphs go on is a summary: the rest is not foreign)
    const narrower = !!anc && !ldStopsShort && ancCov!.covered >= c.covered - 0.05 && ancCov!.foreign < c.foreign * 0.5;
    if (c.covered >= 0.6 && !(narrower && c.foreign > Math.max(300, c.own * 0.5))) return choice;
  }
  if (anc && ancCov!.covered >= 0.6) return { method: "json-ld-container", nodes: [anc], top: anc, paragraphs: [] };
  const paragraphs = ldBody
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const ldLen = paragraphs.reduce((a, p) => a + p.length, 0);
  let domLen = 0;
  for (const n of choice.nodes) domLen += model.proseOf(n);
  if (ldLen >= 400 && ldLen >= domLen * 0.5) return { method: "json-ld-text", nodes: [], top: null, paragraphs };
  return choice.top ? choice : (proseFallback(model) ?? choice);
}
