/**
 * Where a query matches an article's text, and the snippet a result list shows: a window of the
 * text around the densest group of matches, with the matches' offsets in it. Words match as the
 * search index does (whole words, diacritics optional); actor matches are the article's own
 * mentions of the actors the query names (so "Zelenskyy" marks "ông Zelensky").
 */
import { foldedForm } from "./fold.js";

export interface Snippet {
  text: string;
  /** [start, end) of each match in `text`, in order, not overlapping. */
  marks: Array<[number, number]>;
  /** The text goes on before / after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** A match in the article text; `key` tells which query word or actor it stands for. */
export interface Match {
  start: number;
  end: number;
  key: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const folded = new Map<string, string>();

/** One character folded (lower case, no diacritics), the same length as the original. */
function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    f = foldedForm(c);
    if (f.length !== c.length) f = c.toLowerCase().length === c.length ? c.toLowerCase() : c;
    folded.set(c, f);
  }
  return f;
}

/** The text folded character by character: every offset means the same in both. */
export function foldKeepingOffsets(text: string): string {
  let out = "";
  for (const c of text) out += foldChar(c);
  return out;
}

/** Whole words of `text` equal (folded) to one of `terms` (folded query words). */
export function termMatches(text: string, terms: readonly string[]): Match[] {
  const want = new Set(terms);
  if (want.size === 0) return [];
  const f = foldKeepingOffsets(text);
  const out: Match[] = [];
  for (const m of f.matchAll(WORD)) if (want.has(m[0])) out.push({ start: m.index, end: m.index + m[0].length, key: "w:" + m[0] });
  return out;
}

/** Sorted; overlapping matches, and matches apart by a space only (a phrase: "đàm phán"), merged. */
function merged(text: string, ms: readonly Match[]): Match[] {
  const s = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of s) {
    const last = out[out.length - 1];
    if (last && (m.start <= last.end || /^[ \u00a0]+$/.test(text.slice(last.end, m.start)))) last.end = Math.max(last.end, m.end);
    else out.push({ ...m });
  }
  return out;
}

/**
 * The snippet of `text` around its best group of matches: the window of about `width`
 * characters holding the most different keys (then the most matches, then the earliest),
 * preferring matches from `from` on (the body, past the title). Cut at spaces.
 */
export function snippet(text: string, matches: readonly Match[], opts: { width?: number; from?: number } = {}): Snippet {
  const width = opts.width ?? 240;
  const body = matches.filter((m) => m.start >= (opts.from ?? 0));
  const pool = body.length ? body : matches;
  if (pool.length === 0) {
    const start = Math.min(opts.from ?? 0, text.length);
    return cut(text, start, start + width, []);
  }
  const sorted = [...pool].sort((a, b) => a.start - b.start);
  let best = { i: 0, keys: 0, n: 0 };
  for (let i = 0; i < sorted.length; i++) {
    const lo = sorted[i]!.start;
    const keys = new Set<string>();
    let n = 0;
    for (let j = i; j < sorted.length && sorted[j]!.end <= lo + width * 0.7; j++) {
      keys.add(sorted[j]!.key);
      n++;
    }
    if (keys.size > best.keys || (keys.size === best.keys && n > best.n)) best = { i, keys: keys.size, n };
  }
  const first = sorted[best.i]!;
  // Some words before the first match, so it reads in its sentence.
  const lead = Math.min(60, Math.floor(width / 4));
  let start = Math.max(0, first.start - lead);
  const para = text.lastIndexOf("\n", first.start);
  if (para >= start) start = para + 1;
  return cut(text, start, start + width, matches);
}

function cut(text: string, start: number, end: number, matches: readonly Match[]): Snippet {
  let s = start;
  let e = Math.min(text.length, end);
  if (s > 0 && text[s - 1] !== "\n") {
    const sp = text.indexOf(" ", s);
    if (sp >= 0 && sp < s + 20) s = sp + 1;
  }
  // Stay in the paragraph: a snippet is one passage.
  const nl = text.indexOf("\n", s);
  if (nl >= 0 && nl < e) e = nl;
  if (e < text.length && e > s && text[e] !== "\n") {
    const sp = text.lastIndexOf(" ", e);
    if (sp > s + 20) e = sp;
  }
  const marks: Array<[number, number]> = merged(text, matches)
    .filter((m) => m.start >= s && m.end <= e)
    .map((m) => [m.start - s, m.end - s]);
  return { text: text.slice(s, e), marks, cutStart: s > 0 && text[s - 1] !== "\n", cutEnd: e < text.length && text[e] !== "\n" };
}
