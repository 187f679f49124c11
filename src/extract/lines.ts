import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";

/**
 * Line-level signals for plain-text captures: shape (length, sentence-final punctuation),
 * Vietnamese function-word density, and whether a line is a caption, an image file name,
 * a section label or page chrome. Data: `data/extract/chrome.json`, `data/extract/function-words.json`.
 */

interface Lexicon {
  sections: Set<string>;
  chrome: Set<string>;
  stops: Set<string>;
  /** Stops that may also head a short box of links between two paragraphs. */
  inlineLinks: Set<string>;
  chromePatterns: RegExp[];
  /** The chrome patterns as one alternation (when none uses a back-reference). */
  chromePattern: { test(k: string): boolean };
  functionWords: Set<string>;
  /** The function words by `unitHash` (for a scan that finds them without cutting words out). */
  functionWordsByHash: Map<number, string[]>;
  /** The longest function word, in UTF-16 units. */
  functionWordMax: number;
  /** Bit (h & 0xffff) set for the `unitHash` h of every function word: most words are ruled out by it. */
  functionWordBits: Uint8Array;
  /** A picture's alt text printed in its place ("<headline> - Ảnh 1"), on a line's key. */
  imageAlt: RegExp;
}

/** A hash of the UTF-16 units of s[start, end). */
function unitHash(s: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

let lexicon: Lexicon | null = null;

/** /[\s•·*\-–—>|]/u as a code unit test. */
const isLeadCode = (c: number): boolean =>
  c === 0x2022 || c === 0xb7 || c === 42 || c === 45 || c === 0x2013 || c === 0x2014 || c === 62 || c === 124 || isSpaceCode(c);
/** /[\s:.…|»>]/u as a code unit test. */
const isTrailCode = (c: number): boolean => c === 58 || c === 46 || c === 0x2026 || c === 124 || c === 0xbb || c === 62 || isSpaceCode(c);
/** Holds white space other than single spaces. (The regular expression beats a scan in JS.) */
// (/[^\S ]| {2}/ with the white space listed: the same units, a faster class.)
const ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
/** ODD_SPACE on a whole page, whose line breaks are not odd (lines are split at them). */
const ODD_SPACE_IN_PAGE = /[\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;
function oddSpace(s: string): boolean {
  return ODD_SPACE.test(s);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** `\s` as a code unit test: WhiteSpace and LineTerminator. */
function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Key a whole line is compared to the lists by: lower case, no bullets, no trailing punctuation. */
export function labelKey(s: string): string {
  return keyOfLower(s.normalize("NFC").toLowerCase());
}

/**
 * `labelKey` of a line already in NFC and lower-cased; `oddSpaces`: false when it is known to
 * hold no white space but single spaces (then there is nothing to collapse).
 */
function keyOfLower(t: string, oddSpaces = true): string {
  // Same result as: NFC, lower case, strip /^[\s•·*\-–—>|]+/ and /[\s:.…|»>]+$/, collapse
  // /\s+/g to " ", trim; written as scans (every character in those classes is one code unit).
  let a = 0;
  let b = t.length;
  while (a < b && isLeadCode(t.charCodeAt(a))) a++;
  while (b > a && isTrailCode(t.charCodeAt(b - 1))) b--;
  const u = a === 0 && b === t.length ? t : t.slice(a, b);
  // the ends are not white space now, so the final trim() changes nothing
  return oddSpaces && oddSpace(u) ? u.replace(/\s+/g, " ").trim() : u;
}

/** The lists, read once per process. */
export function extractLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const chrome = JSON.parse(readFileSync(join(DATA_DIR, "extract/chrome.json"), "utf8")) as {
    sections: string[];
    chrome: string[];
    stops: string[];
    inlineLinkHeadings?: string[];
    chromePatterns: string[];
    imageAltPatterns?: string[];
  };
  const fw = JSON.parse(readFileSync(join(DATA_DIR, "extract/function-words.json"), "utf8")) as { words: string[] };
  const chromePatterns = chrome.chromePatterns.map((p) => new RegExp(p, "iu"));
  const combinable = chrome.chromePatterns.every((p) => !/\\[1-9k]/.test(p));
  const chromePattern = combinable
    ? new RegExp(chrome.chromePatterns.map((p) => `(?:${p})`).join("|") || "(?!)", "iu")
    : { test: (k: string) => chromePatterns.some((re) => re.test(k)) };
  const functionWords = new Set(fw.words.map((w) => w.normalize("NFC").toLowerCase()));
  const functionWordsByHash = new Map<number, string[]>();
  let functionWordMax = 0;
  const functionWordBits = new Uint8Array(8192);
  for (const w of functionWords) {
    const h = unitHash(w, 0, w.length);
    functionWordBits[(h & 0xffff) >> 3]! |= 1 << (h & 7);
    functionWordsByHash.set(h, [...(functionWordsByHash.get(h) ?? []), w]);
    functionWordMax = Math.max(functionWordMax, w.length);
  }
  const alts = chrome.imageAltPatterns ?? [];
  lexicon = {
    imageAlt: new RegExp(alts.map((p) => `(?:${p})`).join("|") || "(?!)", "iu"),
    chromePattern,
    sections: new Set(chrome.sections.map(labelKey)),
    chrome: new Set(chrome.chrome.map(labelKey)),
    stops: new Set(chrome.stops.map(labelKey)),
    inlineLinks: new Set((chrome.inlineLinkHeadings ?? []).map(labelKey)),
    chromePatterns,
    functionWords,
    functionWordsByHash,
    functionWordMax,
    functionWordBits,
  };
  return lexicon;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*/gu;

export function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

/** Share of a line's words that are Vietnamese function words. */
export function functionWordDensity(s: string): number {
  return densityOf(words(s.toLowerCase()));
}

/**
 * Per UTF-16 unit, filled lazily: 0 unknown, else 1 | 2 (starts a word) | 4 (continues one) |
 * 8 (a high surrogate: the class is the pair's, when a low one follows).
 */
const WORD_CLASS = new Uint8Array(65536);
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_CONT = /^[\p{L}\p{N}'’.&/-]$/u;
const wordClass = (ch: string): number => {
  const u = ch.charCodeAt(0);
  const high = ch.length === 1 && u >= 0xd800 && u <= 0xdbff ? 8 : 0;
  return 1 | high | (WORD_START.test(ch) ? 2 : 0) | (WORD_CONT.test(ch) ? 4 : 0);
};

/** Whether s[start, end), whose `unitHash` is h, is one of the function words (no substring made). */
function isFunctionWord(s: string, start: number, end: number, h: number, lex: Lexicon): boolean {
  if (end - start > lex.functionWordMax) return false;
  if (!(lex.functionWordBits[(h & 0xffff) >> 3]! & (1 << (h & 7)))) return false;
  const same = lex.functionWordsByHash.get(h);
  if (!same) return false;
  for (const w of same) if (w.length === end - start && s.startsWith(w, start)) return true;
  return false;
}

/**
 * The words of a lower-cased line as `words()` finds them, counted, with how many are function
 * words: one scan, no array of words and no substrings.
 */
function scanWords(s: string, lex: Lexicon): { count: number; functionWords: number } {
  const n = s.length;
  let count = 0;
  let hits = 0;
  let start = -1; // start of the word being read, -1 between words
  let h = 0; // unitHash of the word so far
  for (let i = 0; i < n; ) {
    // class and width (1 or 2 code units) of the code point at i
    const u = s.charCodeAt(i);
    let c = WORD_CLASS[u]!;
    if (c === 0) WORD_CLASS[u] = c = wordClass(s[i]!);
    let width = 1;
    if (c & 8 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = wordClass(s.slice(i, i + 2)); // a surrogate pair: one code point
      width = 2;
    }
    if (start >= 0 && !(c & 4)) {
      count++;
      if (isFunctionWord(s, start, i, h, lex)) hits++;
      start = -1;
    }
    if (start < 0 && c & 2) {
      start = i;
      h = 0;
    }
    if (start >= 0) {
      h = (Math.imul(h, 31) + u) | 0;
      if (width === 2) h = (Math.imul(h, 31) + s.charCodeAt(i + 1)) | 0;
    }
    i += width;
  }
  if (start >= 0) {
    count++;
    if (isFunctionWord(s, start, n, h, lex)) hits++;
  }
  return { count, functionWords: hits };
}

function densityOf(ws: string[]): number {
  if (!ws.length) return 0;
  const fw = extractLexicon().functionWords;
  let hit = 0;
  for (const w of ws) if (fw.has(w)) hit++;
  return hit / ws.length;
}

/** Punctuation that running text holds somewhere. */
const INNER_PUNCT = /[,.;:!?…]/u;

/** An internal sentence break: punctuation, space, then a capital or opening quote. */
const INNER_BREAK = /[.!?…]["”’'»)]?\s+["“‘'«(]?\p{Lu}/u;

/**
 * Ends like a sentence: . ! ? … : ; possibly followed by closing quotes or brackets, or `".`
 * (/(?:[.!?…;:]["”’'»)\]]*|["”’'»)\]][.!?…])\s*$/u, read from the end: white space, then
 * closing quotes or brackets, then one of .!?…;: — the second form already ends in one of them).
 */
export function endsSentence(s: string): boolean {
  let e = s.length;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  while (e > 0 && CLOSERS.includes(s[e - 1]!)) e--;
  return e > 0 && ENDERS.includes(s[e - 1]!);
}
const CLOSERS = "\"”’'»)]";
const ENDERS = ".!?…;:";

/** A bare image (or media) file name, e.g. `6788244385f5403d487aede8.jpg`. */
export function isFileName(s: string): boolean {
  return /^[\w.~%+-]+\.(?:jpe?g|png|gif|webp|avif|bmp|svg|tiff?|heic|mp4|webm)(?:\?\S*)?$/i.test(s.trim());
}

/** A photo caption or credit: "… Ảnh: Reuters", "(Ảnh: TTXVN)", "(Nguồn: Reuters)", "Ảnh minh họa". */
export function isCaption(s: string): boolean {
  const t = s.trim();
  return captionOf(t, words(t).length);
}

/** `isCaption` of a trimmed line whose word count is known. */
function captionOf(t: string, wordCount: number): boolean {
  if (wordCount > 80) return false;
  // "… Ảnh: Reuters", "Ảnh: Mikhail Metzel/TASS", "Photo: actu.orange.fr": the credit closes the line
  // the first two forms need a colon
  const colon = t.includes(":");
  const m = colon ? /(?:^|[\s.(\-–—|])(?:ảnh|hình|hình ảnh|photo|clip|video|đồ họa|infographic)\s*(?:minh họa|minh hoạ)?\s*:\s*([^:]+)$/iu.exec(t) : null;
  if (m && words(m[1]!).length <= 8) return true;
  // a caption led by its label: "Ảnh: Hai tổng thống tại lễ ký kết ở Brasilia. Nguồn: Reuters"
  if (colon && wordCount <= 50 && /^(?:ảnh|hình ảnh|photo)\s*(?:minh họa|minh hoạ)?\s*:/iu.test(t)) return true;
  if (colon && /\(\s*(?:ảnh|hình|nguồn|photo|source)\s*:[^)]*\)\s*\.?$/iu.test(t)) return true;
  if (/^\(?\s*ảnh minh h[oọ]a\s*\)?\.?$/iu.test(t)) return true;
  if (/\((?:ảnh|photo)\s*(?:minh họa|minh hoạ)?\)\.?$/iu.test(t)) return true;
  return false;
}

/**
 * A caption's text without the credit that closes it ("Tổng thư ký NATO Jens Stoltenberg. (Nguồn:
 * DW)" → its key "tổng thư ký nato jens stoltenberg"), as a label key; "" when nothing is left.
 */
export function captionText(s: string): string {
  const t = s
    .trim()
    .replace(/\s*\(\s*(?:ảnh|hình|nguồn|photo|source)\s*(?:minh họa|minh hoạ)?\s*(?::[^)]*)?\)\s*\.?$/iu, "")
    .replace(/(?:^|[\s.(\-–—|])(?:ảnh|hình|hình ảnh|photo|clip|video|đồ họa|infographic)\s*(?:minh họa|minh hoạ)?\s*:\s*[^:]+$/iu, "");
  return t === s.trim() ? "" : labelKey(t);
}

/** A section or topic label ("Thế giới", "Thế giới 24h", "Quốc tế"). */
export function isSectionLabel(s: string): boolean {
  return sectionKey(labelKey(s));
}

/** `isSectionLabel` of a label key. */
function sectionKey(k: string): boolean {
  if (!k) return false;
  const { sections } = extractLexicon();
  if (sections.has(k)) return true;
  // the suffix /\s*\d+\s*h?$/ needs a digit at the end, or before a final "h" and spaces
  let e = k.length - 1;
  if (k.charCodeAt(e) === 104) e--;
  while (e >= 0 && isSpaceCode(k.charCodeAt(e))) e--;
  const c = k.charCodeAt(e);
  return c >= 48 && c <= 57 && sections.has(k.replace(/\s*\d+\s*h?$/u, ""));
}

/** Interface text: menus, login, comment and share widgets, list headings, footers. */
export function isChrome(s: string): boolean {
  return chromeOf(s, labelKey(s), () => words(s).length);
}

/** `isChrome` of a line with its label key and (lazily) its word count. */
function chromeOf(s: string, k: string, wordCount: () => number): boolean {
  if (!k) return true;
  const lex = extractLexicon();
  if (lex.chrome.has(k) || lex.stops.has(k)) return true;
  if (wordCount() <= 25 && lex.chromePattern.test(k)) return true;
  // "Chia sẻ | Bình luận | In" and similar menu rows
  if (/\|/.test(s) && s.split("|").every((p) => !p.trim() || lex.chrome.has(labelKey(p)) || lex.sections.has(labelKey(p)))) return true;
  return false;
}

/** A heading after which the article is over (related lists, comments, tags). */
export function isStop(s: string): boolean {
  return stopKey(labelKey(s));
}

/** A stop that may also head a short box of links set between two paragraphs ("Xem thêm:"). */
export function inlineLinkKey(key: string): boolean {
  return extractLexicon().inlineLinks.has(key);
}

/** `isStop` of a label key (`LineInfo.key`). */
export function stopKey(key: string): boolean {
  // the suffix /\s*\(\d+\)$/ can only be there when the key ends in ")"
  const k = key.endsWith(")") ? key.replace(/\s*\(\d+\)$/, "") : key;
  return extractLexicon().stops.has(k);
}

export interface LineInfo {
  /** index in the raw line array */
  i: number;
  text: string;
  /** `labelKey(text)` */
  key: string;
  words: number;
  /** blank line (or start of input) before it */
  blankBefore: boolean;
  blankAfter: boolean;
  sentence: boolean;
  /** an image file name, or a picture's alt text printed in its place (see `imageAltPatterns`) */
  file: boolean;
  caption: boolean;
  chrome: boolean;
  section: boolean;
  density: number;
}

/** Non-empty lines with their features. */
export function lineInfos(raw: string): LineInfo[] {
  const rawLines = raw.split("\n");
  const out: LineInfo[] = [];
  const lex = extractLexicon();
  // A page in NFC (as the normalise stage leaves it) has its lines in NFC too: a line break, white
  // space and the characters labelKey strips neither combine with nor reorder their neighbours.
  // Then the label key needs no normalisation of its own.
  const nfc = raw.normalize("NFC") === raw;
  // Most pages hold no white space but single spaces and line breaks: then no line has any.
  const anyOdd = ODD_SPACE_IN_PAGE.test(raw);
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i]!;
    const text = anyOdd && oddSpace(line) ? line.replace(/\s+/g, " ").trim() : line.trim();
    if (!text) continue;
    const prevBlank = i === 0 || !rawLines[i - 1]!.trim();
    const nextBlank = i === rawLines.length - 1 || !rawLines[i + 1]!.trim();
    // Lower-casing maps letters to letters and numbers to numbers: unless it changes the length,
    // the lower-cased line has the same words (so the same count) as the line.
    const lower = text.toLowerCase();
    // (`text` has no white space but single spaces now: the key needs no collapsing either.)
    const key = nfc ? keyOfLower(lower, false) : labelKey(text);
    const scan = scanWords(lower, lex);
    const count = lower.length === text.length ? scan.count : words(text).length;
    out.push({
      i,
      text,
      key,
      words: count,
      blankBefore: prevBlank,
      blankAfter: nextBlank,
      sentence: endsSentence(text),
      // (alt text ends in a number: other lines skip the search)
      file: isFileName(text) || (count <= 40 && isDigitCode(key.charCodeAt(key.length - 1)) && lex.imageAlt.test(key)),
      caption: captionOf(text, count),
      chrome: chromeOf(text, key, () => count),
      section: sectionKey(key),
      density: scan.count ? scan.functionWords / scan.count : 0,
    });
  }
  return out;
}

/**
 * Running prose: a sentence-shaped line of some length, or a long line of Vietnamese text.
 * A short line ending in "?" or "!" is a headline unless it holds more than one sentence.
 */
export function isProse(l: LineInfo): boolean {
  if (l.file || l.chrome) return false;
  // (a long line with no punctuation at all is a menu or a tag row, "Chuyên mục Thời sự __Chính trị __Xã hội ...")
  if (l.words >= 30 && l.density >= 0.05 && INNER_PUNCT.test(l.text)) return true;
  if (!l.sentence || l.words < 5) return false;
  if (/[?!]["”’'»)]*\s*$/u.test(l.text) && l.words < 20 && !INNER_BREAK.test(l.text)) return false;
  // a teaser cut with "..." is still prose; a heading ending in ":" is not
  if (/:\s*$/.test(l.text) && l.words < 12) return false;
  return true;
}

/** Shaped like a headline: a few words up to a long line, not ending with a full stop. */
export function isTitleShaped(l: LineInfo): boolean {
  if (l.file || l.caption || l.chrome || l.section) return false;
  if (l.words < 3 || l.words > 40) return false;
  if (/(?:[^.]\.|…|\.\.\.)["”’'»)]*\s*$/u.test(l.text)) return false;
  if (/^\s*[-–—•]/.test(l.text)) return false;
  return /\p{Lu}/u.test(l.text.slice(0, 3)) || /^["“‘'«(\d]/u.test(l.text);
}
