import { matchKey } from "../normalise/tone.js";

/**
 * Cue matching over syllables, shared by the stages that read Vietnamese function words and
 * lexicons (clauses, events). A document's syllables are indexed once against a lexicon's
 * vocabulary (`TokenIndex`); a list of cues is a trie over syllable ids (`CueSet`), so any window
 * of the text is matched without re-tokenising it, and sets searched over whole texts can be
 * matched together in one pass (`CueGroup`).
 */

const NON_WORD = new Set([0xa0, 0xab, 0xbb, 0xd7, 0xf7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2022, 0x3000]);
/** Letters (with Vietnamese marks) and digits: the characters of a syllable. */
export function isWordCode(c: number): boolean {
  return WORD_UNIT[c] === 1;
}
function wordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && !NON_WORD.has(c) && !(c >= 0x2000 && c <= 0x206f);
}
/** `wordCode` of every UTF-16 unit, as a table (1: a syllable's character). */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_UNIT[c] = wordCode(c) ? 1 : 0;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * The syllables of the article text (lower-cased), computed once per document: offsets, the
 * id of each syllable in the lexicon's vocabulary (-1 when no cue uses it), and whether only
 * spaces separate it from the syllable before. Cue sets match over these integer ids, so no
 * window of the text is ever re-tokenised or re-sliced; each cue set's matches over the whole
 * text are memoised here, per document.
 */
export class TokenIndex {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly ids: Int32Array;
  /** 1 when the gap before token k is spaces only (cue syllables are separated by spaces). */
  readonly spaced: Uint8Array;
  readonly memo = new Map<CueSet, Match[]>();
  constructor(
    readonly text: string,
    readonly vocab: Vocabulary,
  ) {
    const n = text.length;
    // one pass into scratch buffers kept between documents (a text of n units has at most
    // ceil(n / 2) syllables), then copied into typed arrays of the exact size
    const cap = (n >> 1) + 1;
    if (SCRATCH.starts.length < cap) {
      const size = Math.max(cap, SCRATCH.starts.length * 2);
      SCRATCH.starts = new Int32Array(size);
      SCRATCH.ends = new Int32Array(size);
      SCRATCH.ids = new Int32Array(size);
      SCRATCH.spaced = new Uint8Array(size);
    }
    const { starts, ends, ids, spaced: sp } = SCRATCH;
    let i = 0;
    let t = 0;
    let prevEnd = -1;
    while (i < n) {
      while (i < n && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= n) break;
      const st = i;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      let spaced = prevEnd >= 0 ? 1 : 0;
      for (let p = prevEnd; spaced && p < st; p++) if (!isSpace(text.charCodeAt(p))) spaced = 0;
      starts[t] = st;
      ends[t] = i;
      ids[t] = vocab.idAt(text, st, i);
      sp[t] = spaced;
      t++;
      prevEnd = i;
    }
    this.starts = starts.slice(0, t);
    this.ends = ends.slice(0, t);
    this.ids = ids.slice(0, t);
    this.spaced = sp.slice(0, t);
  }
  /** Index of the first token ending after `pos`. */
  firstAfter(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Index of the first token starting at or after `pos`. */
  firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /**
   * The id of token k as seen in the window [a, b): a token cut by the window's edge is the
   * piece inside it (what tokenising the slice would give).
   */
  idIn(k: number, a: number, b: number): number {
    const s = this.starts[k]!;
    const e = this.ends[k]!;
    if (s >= a && e <= b) return this.ids[k]!;
    return this.vocab.idAt(this.text, Math.max(s, a), Math.min(e, b));
  }
}

/** The buffers `TokenIndex` fills before copying (one document at a time). */
const SCRATCH = { starts: new Int32Array(1024), ends: new Int32Array(1024), ids: new Int32Array(1024), spaced: new Uint8Array(1024) };

/** The syllables used by a lexicon's cues, numbered. */
export class Vocabulary {
  private readonly map = new Map<string, number>();
  /**
   * The same words in an open-addressing hash table over their characters (FNV-1a), so that a
   * syllable of a text is looked up in place (`idAt`): no slice and no string hashing per token.
   */
  private keys: Array<string | null> = new Array<string | null>(1024).fill(null);
  private vals = new Int32Array(1024);
  /** Each slot's word hash (compared before the word itself: no string read for a slot of another word). */
  private hashes = new Int32Array(1024);
  add(word: string): number {
    let id = this.map.get(word);
    if (id === undefined) {
      id = this.map.size;
      this.map.set(word, id);
      if (this.map.size * 2 > this.keys.length) {
        this.keys = new Array<string | null>(this.keys.length * 2).fill(null);
        this.vals = new Int32Array(this.keys.length);
        this.hashes = new Int32Array(this.keys.length);
        for (const [w, i] of this.map) this.put(w, i);
      } else this.put(word, id);
    }
    return id;
  }
  private put(word: string, id: number): void {
    const mask = this.keys.length - 1;
    const h = hashChars(word, 0, word.length);
    let p = h & mask;
    while (this.keys[p] !== null) p = (p + 1) & mask;
    this.keys[p] = word;
    this.vals[p] = id;
    this.hashes[p] = h;
  }
  idOf(word: string): number {
    return this.idAt(word, 0, word.length);
  }
  /** The id of the word text[s, e), or -1. */
  idAt(text: string, s: number, e: number): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = keys.length - 1;
    const len = e - s;
    const h = hashChars(text, s, e);
    let p = h & mask;
    for (let k = keys[p]; k !== null; k = keys[p]) {
      if (hashes[p] === h && k!.length === len) {
        let i = 0;
        while (i < len && k!.charCodeAt(i) === text.charCodeAt(s + i)) i++;
        if (i === len) return this.vals[p]!;
      }
      p = (p + 1) & mask;
    }
    return -1;
  }
  get size(): number {
    return this.map.size;
  }
  index(text: string): TokenIndex {
    return new TokenIndex(text, this);
  }
}

/** FNV-1a over the characters text[s, e). */
function hashChars(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h | 0;
}

export interface Match {
  start: number;
  end: number;
  cue: string;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** The cue ending here, or null. */
  cue: string | null;
  /** Its index in `CueSet.cues` (-1: none). */
  idx: number;
  /** `next` as sorted syllable ids and their nodes (built once the trie is complete; `childOf` reads them). */
  ks: Int32Array | null;
  kn: TrieNode[] | null;
}

/** The child of `node` for syllable `id` (a scan or a binary search over small integer arrays: no map look-up per syllable). */
function childOf(node: TrieNode, id: number): TrieNode | undefined {
  const ks = node.ks!;
  const n = ks.length;
  if (n <= 8) {
    for (let i = 0; i < n; i++) if (ks[i] === id) return node.kn![i];
    return undefined;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = ks[mid]!;
    if (v === id) return node.kn![mid];
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/** Fills `ks`/`kn` of every node under `root`. */
function seal(root: Map<number, TrieNode>): void {
  for (const node of root.values()) {
    if (!node.next) continue;
    const ids = [...node.next.keys()].sort((x, y) => x - y);
    node.ks = Int32Array.from(ids);
    node.kn = ids.map((i) => node.next!.get(i)!);
    seal(node.next);
  }
}

function insert(root: Map<number, TrieNode>, ids: number[], cue: string, idx: number): void {
  let map = root;
  let node: TrieNode | undefined;
  for (let i = 0; i < ids.length; i++) {
    node = map.get(ids[i]!);
    if (!node) {
      node = { next: null, cue: null, idx: -1, ks: null, kn: null };
      map.set(ids[i]!, node);
    }
    if (i < ids.length - 1) map = node.next ??= new Map();
  }
  node!.cue = cue;
  node!.idx = idx;
}

/**
 * A list of cues (lower-case, canonical tones), matched whole-syllable, longest first, over a
 * document's TokenIndex. Windows [a, b) of the text are matched exactly as if the slice had been
 * tokenised on its own; `find` answers from the whole text's left-to-right matches.
 */
export class CueSet {
  readonly cues: string[];
  private readonly root = new Map<number, TrieNode>();
  /** `root` as an array by syllable id (built on first use, once the vocabulary is complete). */
  private firstNodes: Array<TrieNode | null> | null = null;
  /** The same cues, syllables reversed (for `endsIn`). */
  private readonly rroot = new Map<number, TrieNode>();
  constructor(
    cues: readonly string[],
    readonly vocab: Vocabulary = new Vocabulary(),
  ) {
    this.cues = [...new Set(cues.map((c) => matchKey(c).trim().replace(/\s+/gu, " ")))].sort((a, b) => b.length - a.length);
    this.cues.forEach((c, i) => {
      const ids = c.split(" ").map((w) => vocab.add(w));
      insert(this.root, ids, c, i);
      insert(this.rroot, [...ids].reverse(), c, i);
    });
    seal(this.root);
  }
  private ix(text: string): TokenIndex {
    return new TokenIndex(text, this.vocab);
  }
  /**
   * The longest cue starting at token k within tokens ≤ last (token `last` seen as cut at b):
   * its last token index and cue, or null.
   */
  longestAt(ix: TokenIndex, k: number, last: number, a: number, b: number): { k: number; cue: string } | null {
    const e = this.longestEnd(ix, k, last, a, b);
    return e < 0 ? null : { k: e, cue: this.lastCue };
  }
  /**
   * Builds `firstNodes`. (Apart from `longestEnd`: a closure over `this` there would make every
   * call allocate a context for it, and it is called for most syllables of every document.)
   */
  private buildFirstNodes(): Array<TrieNode | null> {
    const root = this.root;
    return (this.firstNodes = Array.from({ length: this.vocab.size }, (_, i) => root.get(i) ?? null));
  }
  /** The cue of the last match `longestEnd` found. */
  lastCue = "";
  /** Its index in `cues` (for data kept by cue in an array beside them: no string look-up per match). */
  lastIndex = -1;
  /**
   * `longestAt` without an object per match: the last token index of the longest cue starting at
   * token k (its cue then in `lastCue`), or -1.
   */
  longestEnd(ix: TokenIndex, k: number, last: number, a: number, b: number): number {
    const id = ix.idIn(k, a, b);
    if (id < 0) return -1;
    let node = (this.firstNodes ?? this.buildFirstNodes())[id];
    if (!node) return -1;
    // the best so far in two locals: one object for the result, not one per longer cue seen
    let bestK = k;
    let bestCue: string | null = node.cue;
    let bestIdx = node.idx;
    let gapUsed = false;
    for (let j = k + 1; j <= last && node.next; j++) {
      if (!ix.spaced[j]) break;
      let next = childOf(node, j === last ? ix.idIn(j, a, b) : ix.ids[j]!);
      if (!next && this.gap && !gapUsed) {
        // a quantity group between two syllables of a cue ("phóng hơn 100 tên lửa")
        const g = this.skipGap(ix, j, last);
        if (g > j && g <= last && ix.spaced[g]) {
          next = childOf(node, g === last ? ix.idIn(g, a, b) : ix.ids[g]!);
          if (next) {
            gapUsed = true;
            j = g;
          }
        }
      }
      if (!next) break;
      node = next;
      if (node.cue !== null && (!gapUsed || !this.gap!.cues || this.gap!.cues.has(node.cue))) {
        bestK = j;
        bestCue = node.cue;
        bestIdx = node.idx;
      }
    }
    if (bestCue === null) return -1;
    this.lastCue = bestCue;
    this.lastIndex = bestIdx;
    return bestK;
  }
  /** True when the cues step over quantity groups (`allowGap`). */
  get gapped(): boolean {
    return this.gap !== null;
  }
  /** Syllables a cue may step over between two of its own, and how many at most (`allowGap`). */
  private gap: { ids: Set<number>; max: number; cues: Set<string> | null } | null = null;
  /**
   * Lets the cues (those `only` keeps, or all) step over one group of at most `max` syllables from
   * `words` (quantities: numbers, "hơn", "thêm", classifiers) or digits between two of their syllables.
   */
  allowGap(words: readonly string[], max: number, only?: (cue: string) => boolean): this {
    const ids = new Set(words.map((w) => this.vocab.add(matchKey(w).trim())));
    this.gap = { ids, max, cues: only ? new Set(this.cues.filter(only)) : null };
    return this;
  }
  /** The token after the quantity group starting at token j (j itself when there is none). */
  private skipGap(ix: TokenIndex, j: number, last: number): number {
    const { ids, max } = this.gap!;
    let g = j;
    while (g <= last && g - j < max) {
      const digit = isDigitCode(ix.text.charCodeAt(ix.starts[g]!));
      // digits may be joined by a separator ("10.000", "1,5"); anything else is spaced
      if (g > j && !ix.spaced[g] && !(digit && isDigitCode(ix.text.charCodeAt(ix.ends[g - 1]! - 1)))) break;
      if (!digit && !ids.has(ix.ids[g]!)) break;
      g++;
    }
    return g;
  }
  /** Left-to-right, non-overlapping, longest-first matches over the tokens of [a, b). */
  private scan(ix: TokenIndex, a: number, b: number): Match[] {
    const out: Match[] = [];
    const last = ix.firstFrom(b) - 1;
    for (let k = ix.firstAfter(a); k <= last; k++) {
      const e = this.longestEnd(ix, k, last, a, b);
      if (e < 0) continue;
      out.push({ start: Math.max(a, ix.starts[k]!), end: Math.min(b, ix.ends[e]!), cue: this.lastCue });
      k = e;
    }
    return out;
  }
  /** The scan group this set belongs to: the group's sets are matched over a text in one pass. */
  group: CueGroup | null = null;
  /** True when a cue starts with the syllable `id`. */
  startsWithId(id: number): boolean {
    return this.root.has(id);
  }
  /** The matches over the whole text (memoised per document). */
  all(ix: TokenIndex): Match[] {
    let all = ix.memo.get(this);
    if (!all) {
      if (this.group) {
        this.group.scanAll(ix);
        all = ix.memo.get(this)!;
      } else {
        all = this.scan(ix, 0, ix.text.length);
        ix.memo.set(this, all);
      }
    }
    return all;
  }
  /** The whole text's matches that lie between `from` and `to`, left to right. */
  find(ix: TokenIndex, from = 0, to = ix.text.length): Match[] {
    const all = this.all(ix);
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Match[] = [];
    for (let k = lo; k < all.length && all[k]!.end <= to; k++) out.push(all[k]!);
    return out;
  }
  /** The matches in the slice [a, b) of the text, as if it stood alone (absolute offsets). */
  findIn(ix: TokenIndex, a: number, b: number): Match[] {
    return this.scan(ix, a, b);
  }
  /** True when a cue occurs in the slice [a, b). */
  hasIn(ix: TokenIndex, a: number, b: number): boolean {
    const last = ix.firstFrom(b) - 1;
    for (let k = ix.firstAfter(a); k <= last; k++) if (this.longestEnd(ix, k, last, a, b) >= 0) return true;
    return false;
  }
  /** True when the slice [a, b) ends with one of the cues (ignoring trailing spaces and commas). */
  endsIn(ix: TokenIndex, a: number, b: number): boolean {
    const text = ix.text;
    let i = b;
    while (i > a && (isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 44)) i--;
    // the token ending at i (possibly cut by b)
    const k = ix.firstAfter(i - 1);
    if (i <= a || k >= ix.starts.length || ix.starts[k]! >= i) return false;
    let node = this.rroot.get(ix.idIn(k, a, i));
    for (let j = k; node; ) {
      if (node.cue !== null) return true;
      if (j === 0 || !ix.spaced[j] || !node.next) return false;
      j--;
      if (ix.ends[j]! <= a) return false;
      node = node.next.get(ix.idIn(j, a, b));
    }
    return false;
  }
  /** The cue the slice [a, b) starts with (after spaces and commas), or null. */
  startsWith(ix: TokenIndex, a: number, b: number): string | null {
    const text = ix.text;
    let i = a;
    while (i < b && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    const k = ix.firstAfter(i);
    if (i >= b || k >= ix.starts.length || ix.starts[k]! > i || ix.starts[k]! >= b) return null;
    const last = ix.firstFrom(b) - 1;
    return this.longestEnd(ix, k, last, a, b) >= 0 ? this.lastCue : null;
  }
  /** String forms, for text that is no slice of an indexed document. */
  has(text: string): boolean {
    return this.hasIn(this.ix(text), 0, text.length);
  }
  findText(text: string): Match[] {
    return this.scan(this.ix(text), 0, text.length);
  }
}

/**
 * Cue sets searched over whole texts (`find`), matched together in one pass over the tokens: at
 * each token only the sets with a cue starting with its syllable are tried. Each set's matches are
 * the same as its own left-to-right scan (longest first, not overlapping).
 */
export class CueGroup {
  /** For a syllable id, the indexes of the sets with a cue starting with it (built on first use). */
  private byFirst: Array<number[] | null> | null = null;
  constructor(
    readonly sets: readonly CueSet[],
    private readonly vocab: Vocabulary,
  ) {
    for (const set of sets) set.group = this;
  }
  scanAll(ix: TokenIndex): void {
    const byFirst = (this.byFirst ??= Array.from({ length: this.vocab.size }, (_, id) => {
      const l = this.sets.flatMap((set, i) => (set.startsWithId(id) ? [i] : []));
      return l.length ? l : null;
    }));
    const outs: Match[][] = this.sets.map(() => []);
    const next = new Int32Array(this.sets.length);
    const last = ix.ids.length - 1;
    const len = ix.text.length;
    for (let k = 0; k <= last; k++) {
      const id = ix.ids[k]!;
      const list = id >= 0 ? byFirst[id] : null;
      if (!list) continue;
      for (const si of list) {
        if (k < next[si]!) continue;
        const set = this.sets[si]!;
        const e = set.longestEnd(ix, k, last, 0, len);
        if (e < 0) continue;
        outs[si]!.push({ start: ix.starts[k]!, end: ix.ends[e]!, cue: set.lastCue });
        next[si] = e + 1;
      }
    }
    this.sets.forEach((set, i) => ix.memo.set(set, outs[i]!));
  }
}

/**
 * Lower-cases without changing the length (falls back per character when a mapping would). The
 * last two texts' results are kept: the time, actor and clause stages each lower-case the same
 * text, and the time stage lower-cases the article's captions in between.
 */
export function lowerSameLength(s: string): string {
  if (s === lastLowerIn) return lastLowerOut;
  if (s === prevLowerIn) {
    // (the two swap: the one asked for is the last now)
    const out = prevLowerOut;
    prevLowerIn = lastLowerIn;
    prevLowerOut = lastLowerOut;
    lastLowerIn = s;
    lastLowerOut = out;
    return out;
  }
  const l = s.toLowerCase();
  let out = l;
  if (l.length !== s.length) {
    out = "";
    for (const ch of s) {
      const c = ch.toLowerCase();
      out += c.length === ch.length ? c : ch;
    }
  }
  prevLowerIn = lastLowerIn;
  prevLowerOut = lastLowerOut;
  lastLowerIn = s;
  lastLowerOut = out;
  return out;
}
let lastLowerIn: string | null = null;
let lastLowerOut = "";
let prevLowerIn: string | null = null;
let prevLowerOut = "";

/**
 * A document's lower-cased text and its index against a vocabulary, kept for the last documents
 * seen (a batch's: the clause stage indexes each of them before the events stage reads them
 * again): consecutive stages reading one document with lexicons that share a vocabulary
 * (clauses, events) index it once. A vocabulary that has grown since (a lexicon built meanwhile)
 * is indexed anew. At most `INDEXED_MAX` texts are kept, and fewer when they are long.
 */
const INDEXED = new Map<string, { lower: string; byVocab: Map<Vocabulary, { size: number; ix: TokenIndex }> }>();
const INDEXED_MAX = 32;
const INDEXED_MAX_CHARS = 4 * 1024 * 1024;
let indexedChars = 0;
export function indexText(text: string, vocab: Vocabulary): { lower: string; ix: TokenIndex } {
  let e = INDEXED.get(text);
  if (!e) {
    // (the oldest texts make room; the newest stays, however long)
    for (const old of INDEXED.keys()) {
      if (INDEXED.size < INDEXED_MAX && indexedChars + text.length <= INDEXED_MAX_CHARS) break;
      INDEXED.delete(old);
      indexedChars -= old.length;
    }
    INDEXED.set(text, (e = { lower: lowerSameLength(text), byVocab: new Map() }));
    indexedChars += text.length;
  }
  const lower = e.lower;
  const memo = e.byVocab.get(vocab);
  if (memo && memo.size === vocab.size) return { lower, ix: memo.ix };
  const ix = vocab.index(lower);
  e.byVocab.set(vocab, { size: vocab.size, ix });
  return { lower, ix };
}
