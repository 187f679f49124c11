import type { Span } from "../envelope/types.js";

/**
 * Sentence splitter for Vietnamese news text. Works on the article text (`doc.text`) and
 * returns spans into it. Rules:
 * - a sentence ends at . ! ? … (possibly repeated) followed by closing quotes/brackets, then
 *   space and something that can start a sentence (capital, digit, opening quote, dash);
 * - abbreviations and initials ("TP.", "Tp.", "PGS.TS.", "ThS.", "Mr.", "P. Bến Nghé") and
 *   numbers with dots ("15.1", "8.2024", "1.000") are not ends;
 * - a line break is a hard boundary, so "\n\n" (a section boundary) is never crossed;
 * - "./." ends the article: nothing after it is split;
 * - a sentence longer than MAX_SENTENCE characters (never seen in news: the longest in our corpus
 *   is under 400) is cut into windows at a clause mark or a space, so that every stage working per
 *   sentence does bounded work on pages without sentence ends (one huge line, a list of names).
 */

/** The longest span the splitter returns; a longer sentence is cut into windows this long at most. */
export const MAX_SENTENCE = 1000;
/** Clause marks a window would rather end after (then a space, then a hard cut). */
const CLAUSE_ENDS = new Set([0x2c, 0x3b, 0x3a, 0x2e, 0x21, 0x3f, 0x2026]); // , ; : . ! ? …

const ABBREVIATIONS = new Set(
  [
    "tp", "tx", "tt", "q", "p", "h", "pgs", "gs", "ts", "ths", "bs", "ks", "ls", "ncs", "cn", "ths",
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp",
    "gen", "col", "lt", "capt", "sgt", "rev", "hon", "pres", "gov", "sen", "rep", "u.s", "e.g", "i.e",
    "đ", "tr", "ng", "nxb", "ubnd", "hđnd", "st", "tps",
  ].map((s) => s.toLowerCase()),
);

const CLOSERS = new Set([..."\"'”’»)]}"]);
const OPENERS = new Set([..."\"'“‘«([{-–—•*"]);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function canStart(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  return isUpperStart(ch) || /\d/.test(ch) || OPENERS.has(ch);
}

/** The word (letters and inner dots) ending right before index `i` (the dot). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && /[\p{L}\p{M}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  if (!w) return false;
  const last = w.split(".").filter(Boolean).pop() ?? "";
  if (!last) return false;
  // A single capital letter: an initial ("P. Bến Nghé", "J. Biden").
  if (last.length === 1 && isUpperStart(last)) return true;
  // Chains like "PGS.TS." are abbreviations when every piece is one.
  const pieces = w.split(".").filter(Boolean);
  if (pieces.every((p) => ABBREVIATIONS.has(p.toLowerCase()))) return true;
  return false;
}

/** Splits one line (no "\n" inside) starting at `base`; pushes spans. */
function splitLine(text: string, from: number, to: number, out: Span[]): boolean {
  let start = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // only . ! ? … matter; other characters are passed over without making a string of them
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) {
      i++;
      continue;
    }
    const ch = text[i]!;
    // "./." ends the article.
    if (ch === "." && text.startsWith("./.", i)) {
      push(text, start, i + 3, out);
      return true;
    }
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < to && /[.!?…]/.test(text[j]!)) j++;
      while (j < to && CLOSERS.has(text[j]!)) j++;
      // A dot between digits or letters without a space is not an end ("15.1", "TP.HCM").
      if (j < to && !/\s/.test(text[j]!)) {
        i = j;
        continue;
      }
      let k = j;
      while (k < to && /\s/.test(text[k]!)) k++;
      const next = k < to ? text[k] : undefined;
      const single = ch === "." && j === i + 1;
      if (single && isAbbreviation(text, i)) {
        i = j;
        continue;
      }
      if (canStart(next)) {
        push(text, start, j, out);
        start = k;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(text, start, to, out);
  return false;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  while (end - start > MAX_SENTENCE) {
    const cut = windowEnd(text, start, start + MAX_SENTENCE);
    push(text, start, cut, out);
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}

/** Where a window of a too-long sentence ends: after the last clause mark in its second half, else at its last space, else at `limit`. */
function windowEnd(text: string, start: number, limit: number): number {
  const half = start + (limit - start) / 2;
  let space = -1;
  for (let i = limit - 1; i > half; i--) {
    const c = text.charCodeAt(i);
    if (CLAUSE_ENDS.has(c) && /\s/.test(text[i + 1] ?? " ")) return i + 1;
    if (space < 0 && (c === 0x20 || c === 0x09 || c === 0xa0)) space = i;
  }
  if (space > start) return space;
  // no space at all: a hard cut, not inside a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let nl = text.indexOf("\n", lineStart);
    if (nl < 0) nl = text.length;
    if (splitLine(text, lineStart, nl, out)) break;
    lineStart = nl + 1;
  }
  return out;
}
