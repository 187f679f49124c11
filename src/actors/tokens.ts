/**
 * Word tokens for actor matching. Tokens are maximal runs of letters, marks and digits in
 * `doc.matchText` (canonical tones); the text between two tokens is classified into a "gap"
 * so that a dictionary alias only matches where the text has the same kind of separator
 * ("Al-Thani" ≈ "Al Thani", "D.C." needs the dots, a comma or line break stops a name).
 */
import { fold } from "../normalise/tone.js";
import { isVietnameseSyllable } from "../text/syllable.js";

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

const UPPER = /^\p{Lu}/u;
const ASCII = /^[a-z0-9]*$/;

/**
 * " " for whitespace or a dash (joins words), "|" for a line break, else the punctuation itself.
 * Texts repeat their separators (", ", ". ", line breaks): each one's class is kept.
 */
export function gapClass(s: string): string {
  // (short ones only: a long slice of a text would keep the whole text alive in the map)
  if (s.length > 8) return classOfGap(s);
  let c = GAPS.get(s);
  if (c === undefined) {
    c = classOfGap(s);
    if (GAPS.size >= 10_000) GAPS.clear();
    GAPS.set(s, c);
  }
  return c;
}
const GAPS = new Map<string, string>();

function classOfGap(s: string): string {
  if (s.includes("\n")) return "|";
  const t = s.replace(/\s+/g, "");
  if (t === "" || /^[-‐‑–—]$/.test(t)) return " ";
  return t.replace(/[’`]/g, "'");
}

/** A word's keys and case, and what a user of the vocabulary attaches to it (`extra`). */
export interface WordInfo<X = null> {
  /** The word as written (one string per distinct word, shared by its tokens). */
  word: string;
  key: string;
  fkey: string;
  cap: boolean;
  upper: boolean;
  plain: boolean;
  extra: X;
  /**
   * Where two words glued by a lost space meet ("MacronThủ", "côngMỹ": a lower-case letter, then
   * a capital starting a Vietnamese syllable written with diacritics), or 0. Names with inner
   * capitals ("McDonald", "TikTok", "DeSantis") are not cut: their second part is no such syllable.
   */
  split: number;
}

/**
 * Word → its keys, computed once per distinct word; the vocabulary of news text is small, so
 * this stays bounded in practice. `extra(key)` attaches data derived from the word's key (the
 * recogniser attaches its lexicon entries, so that one lookup per token serves every pass).
 */
export class Vocabulary<X> {
  /**
   * Open-addressing hash table over the words' characters (FNV-1a), so that a word of a text is
   * looked up in place (`at`): no slice of the text and no string hashing per token. `size`
   * entries in `infos`, `keys[i]` the word of `infos[i]`, `hashes` kept to grow the table.
   */
  private keys: Array<string | null> = new Array<string | null>(1024).fill(null);
  private infos: Array<WordInfo<X> | null> = new Array<WordInfo<X> | null>(1024).fill(null);
  private hashes = new Int32Array(1024);
  private size = 0;
  constructor(
    private readonly extra: (key: string) => X,
    private readonly max = 200_000,
  ) {}

  get(w: string): WordInfo<X> {
    return this.at(w, 0, w.length);
  }

  /** The word text[s, e). */
  at(text: string, s: number, e: number): WordInfo<X> {
    let h = FNV_BASIS;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    return this.hashed(text, s, e, h);
  }

  /** The word text[s, e) whose characters hash (FNV-1a from `FNV_BASIS`) to `h` (computed by the caller's scan). */
  hashed(text: string, s: number, e: number, h: number): WordInfo<X> {
    const keys = this.keys;
    const mask = keys.length - 1;
    const len = e - s;
    let p = h & mask;
    for (let k = keys[p]; k !== null; k = keys[p]) {
      if (this.hashes[p] === h && k!.length === len && sameChars(k!, text, s, len)) return this.infos[p]!;
      p = (p + 1) & mask;
    }
    const w = text.slice(s, e);
    const key = w.toLowerCase();
    const fkey = ASCII.test(key) ? key : fold(key);
    const info: WordInfo<X> = { word: w, key, fkey, cap: UPPER.test(w), upper: w.length > 1 && w === w.toUpperCase() && w !== key, plain: fkey === key, extra: this.extra(key), split: gluedAt(w) };
    if (this.size >= this.max) this.clear(keys.length);
    else if ((this.size + 1) * 2 > keys.length) this.grow();
    this.put(w, h, info);
    return info;
  }

  private put(w: string, h: number, info: WordInfo<X>): void {
    const mask = this.keys.length - 1;
    let p = h & mask;
    while (this.keys[p] !== null) p = (p + 1) & mask;
    this.keys[p] = w;
    this.infos[p] = info;
    this.hashes[p] = h;
    this.size++;
  }

  private clear(cap: number): void {
    this.keys = new Array<string | null>(cap).fill(null);
    this.infos = new Array<WordInfo<X> | null>(cap).fill(null);
    this.hashes = new Int32Array(cap);
    this.size = 0;
  }

  private grow(): void {
    const { keys, infos, hashes } = this;
    this.clear(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== null) this.put(keys[i]!, hashes[i]!, infos[i]!);
  }
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Whether `k` (of length `len`) is text[s, s + len). */
function sameChars(k: string, text: string, s: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (k.charCodeAt(i) !== text.charCodeAt(s + i)) return false;
  return true;
}

const WORDS = new Vocabulary<null>(() => null);

const INNER_CAP = /\p{Ll}\p{Lu}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** See `WordInfo.split`. */
function gluedAt(w: string): number {
  const m = INNER_CAP.exec(w);
  if (!m || m.index < 1) return 0;
  const at = m.index + 1;
  const rest = w.slice(at);
  return NON_ASCII.test(rest) && /^\p{L}+$/u.test(rest) && isVietnameseSyllable(rest) ? at : 0;
}

/** Per UTF-16 unit: 0 not yet known, 1 a word character (\p{L}, \p{M}, \p{N}), 2 not. */
const CLASS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Astral code points' classes (rare in news text). */
const ASTRAL = new Map<number, boolean>();

function isWordUnit(c: number): boolean {
  let k = CLASS[c]!;
  if (k === 0) CLASS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Length (1 or 2 units) of the word character at j, or 0: what `[\p{L}\p{M}\p{N}]` with the u flag matches there. */
function wordCharAt(text: string, j: number): number {
  const c = text.charCodeAt(j);
  if (c < 0xd800 || c > 0xdfff) return isWordUnit(c) ? 1 : 0;
  if (c > 0xdbff || j + 1 >= text.length) return 0; // a lone surrogate
  const d = text.charCodeAt(j + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let w = ASTRAL.get(cp);
  if (w === undefined) ASTRAL.set(cp, (w = WORD_CHAR.test(String.fromCodePoint(cp))));
  return w ? 2 : 0;
}

/**
 * Word tokens of `text`: maximal runs of letters, marks and digits, found by one scan over a
 * class table. With `vocab` and `extras`, each token's `extra` is pushed to `extras`.
 */
export function tokenize(text: string, offset?: number): Token[];
export function tokenize<X>(text: string, offset: number, vocab: Vocabulary<X>, extras: X[]): Token[];
export function tokenize<X>(text: string, offset = 0, vocab?: Vocabulary<X>, extras?: X[]): Token[] {
  const out: Token[] = [];
  const len = text.length;
  let last = 0;
  let j = 0;
  while (j < len) {
    let u = wordCharAt(text, j);
    if (u === 0) {
      j++;
      continue;
    }
    const s = j;
    // (the word's hash for the vocabulary computed on the way: its characters are read once)
    let h = FNV_BASIS;
    do {
      h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
      if (u === 2) h = Math.imul(h ^ text.charCodeAt(j + 1), FNV_PRIME);
      j += u;
    } while (j < len && (u = wordCharAt(text, j)) !== 0);
    const info = vocab ? vocab.hashed(text, s, j, h) : WORDS.hashed(text, s, j, h);
    const w = info.word;
    if (info.split > 0) {
      // two words glued by a lost space: the first one, then the second as if a space stood between
      const a = w.slice(0, info.split);
      pushToken(out, text, last, s, s + info.split, offset, a, vocab ? vocab.get(a) : WORDS.get(a), extras);
      const b = w.slice(info.split);
      pushToken(out, text, s + info.split, s + info.split, j, offset, b, vocab ? vocab.get(b) : WORDS.get(b), extras);
      last = j;
      continue;
    }
    if (extras) extras.push((info as WordInfo<X>).extra);
    const between = out.length ? (s - last === 1 && text.charCodeAt(last) === 32 ? " " : gapClass(text.slice(last, s))) : "";
    // every token has the same fields (one object shape for the code that reads them)
    const tok: Token = { start: s + offset, end: j + offset, text: w, key: info.key, fkey: info.fkey, cap: info.cap, upper: info.upper, plain: info.plain, gap: between, hyphen: false, spacedDash: false };
    if (between === " " && (s - last > 1 || text.charCodeAt(last) !== 32)) {
      const sep = text.slice(last, s);
      if (/[-‐‑–—]/.test(sep)) {
        tok.hyphen = true;
        if (/\s/.test(sep)) tok.spacedDash = true;
      }
    }
    out.push(tok);
    last = j;
  }
  return out;
}

/** Appends the token text[s, e) (word `w`, keys `info`) that follows the token ending at `last`. */
function pushToken<X>(out: Token[], text: string, last: number, s: number, e: number, offset: number, w: string, info: WordInfo<X | unknown>, extras?: X[]): void {
  if (extras) extras.push(info.extra as X);
  const between = out.length ? (s - last === 1 && text.charCodeAt(last) === 32 ? " " : s === last ? " " : gapClass(text.slice(last, s))) : "";
  // every token has the same fields (one object shape for the code that reads them)
  const tok: Token = { start: s + offset, end: e + offset, text: w, key: info.key, fkey: info.fkey, cap: info.cap, upper: info.upper, plain: info.plain, gap: between, hyphen: false, spacedDash: false };
  if (between === " " && (s - last > 1 || (s > last && text.charCodeAt(last) !== 32))) {
    const sep = text.slice(last, s);
    if (/[-‐‑–—]/.test(sep)) {
      tok.hyphen = true;
      if (/\s/.test(sep)) tok.spacedDash = true;
    }
  }
  out.push(tok);
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

/** Whether the words starting at token i (joined by spaces) begin with a phrase of `set` (up to 3 words). */
export function phraseAt(toks: readonly Token[], i: number, set: Set<string>): boolean {
  let key = "";
  for (let k = 0; k < 3 && i + k < toks.length; k++) {
    if (k > 0 && (toks[i + k]!.gap !== " " || toks[i + k]!.spacedDash)) break;
    key = key ? key + " " + toks[i + k]!.key : toks[i + k]!.key;
    if (set.has(key)) return true;
  }
  return false;
}
