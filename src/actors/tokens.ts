/**
 * Word tokens for actor matching. Tokens are maximal runs of letters, marks and digits in
 * `doc.matchText` (canonical tones); the text between two tokens is classified into a "gap"
 * so that a dictionary alias only matches where the text has the same kind of separator
 * ("Al-Thani" ≈ "Al Thani", "D.C." needs the dots, a comma or line break stops a name).
 */
import { fold } from "../normalise/tone.js";

export interface Token {
  start: number;
  end: number;
  /** As written (from matchText). */
  text: string;
  /** Lower case, canonical tones. */
  key: string;
  /** Lower case, no diacritics. */
  fkey: string;
  /** First character is upper case. */
  cap: boolean;
  /** Every letter upper case (acronyms). */
  upper: boolean;
  /** Text has no Vietnamese diacritics. */
  plain: boolean;
  /** Separator class between the previous token and this one ("" for the first). */
  gap: string;
  /** The separator holds a dash ("Al-Thani", "Nga - Mỹ"). */
  hyphen?: boolean;
  /** The separator is a dash with spaces ("Trung - Mỹ"): it joins two names, not the words of one. */
  spacedDash?: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const ASCII = /^[a-z0-9]*$/;

/** " " for whitespace or a dash (joins words), "|" for a line break, else the punctuation itself. */
export function gapClass(s: string): string {
  if (s.includes("\n")) return "|";
  const t = s.replace(/\s+/g, "");
  if (t === "" || /^[-‐‑–—]$/.test(t)) return " ";
  return t.replace(/[’`]/g, "'");
}

interface WordInfo {
  key: string;
  fkey: string;
  cap: boolean;
  upper: boolean;
  plain: boolean;
}
/** Word → its keys; the vocabulary of news text is small, so this stays bounded in practice. */
const WORDS = new Map<string, WordInfo>();
const WORDS_MAX = 200_000;

function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info) return info;
  const key = w.toLowerCase();
  const fkey = ASCII.test(key) ? key : fold(key);
  info = { key, fkey, cap: UPPER.test(w), upper: w.length > 1 && w === w.toUpperCase() && w !== key, plain: fkey === key };
  if (WORDS.size >= WORDS_MAX) WORDS.clear();
  WORDS.set(w, info);
  return info;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const s = m.index;
    const w = m[0];
    const info = wordInfo(w);
    const between = out.length ? (s - last === 1 && text.charCodeAt(last) === 32 ? " " : gapClass(text.slice(last, s))) : "";
    // every token has the same fields (one object shape for the code that reads them)
    const tok: Token = { start: s + offset, end: s + w.length + offset, text: w, key: info.key, fkey: info.fkey, cap: info.cap, upper: info.upper, plain: info.plain, gap: between, hyphen: false, spacedDash: false };
    if (between === " " && s - last > 1) {
      const sep = text.slice(last, s);
      if (/[-‐‑–—]/.test(sep)) {
        tok.hyphen = true;
        if (/\s/.test(sep)) tok.spacedDash = true;
      }
    }
    out.push(tok);
    last = s + w.length;
  }
  return out;
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}
