/**
 * A coarse language guess: Vietnamese is recognised by its letters with tone marks and its
 * function words; anything else is "und" (undetermined) unless clearly English.
 */
const VI_LETTERS = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu;
const VI_WORDS = /(?:^|\s)(?:của|và|là|các|những|được|trong|cho|với|không|này|đã|người|một)(?=\s|$)/giu;
const EN_WORDS = /(?:^|\s)(?:the|and|of|to|in|is|that|for|with|was|on)(?=\s|$)/giu;

const LETTER = /^\p{L}$/u;
const VI_LETTER = new RegExp(`^${VI_LETTERS.source}$`, "iu");
/** Per UTF-16 unit, filled lazily: 0 unknown, else 1 | 2 (a letter) | 4 (a Vietnamese letter). */
const CLASS = new Uint8Array(65536);

function classOf(ch: string): number {
  return 1 | (LETTER.test(ch) ? 2 : 0) | (VI_LETTER.test(ch) ? 4 : 0);
}

/**
 * Letters (code points in \p{L}) and Vietnamese letters (matches of VI_LETTERS) in `s`, counted
 * by one scan with a per-character table instead of arrays of matches. Returned packed in one
 * small integer, `letters * LETTERS_UNIT + vi` (both at most the sample's 20,000 units), not as
 * an object: the function is called once per document on up to 20,000 characters, so V8
 * optimises it in the middle of its first loop (on-stack replacement) before its return has ever
 * run, and in a long batch an object literal at the return left that optimised code through a
 * deoptimisation ("insufficient type feedback for generic named access") on every document, a
 * fifth of the pipeline's time. A number needs no property feedback.
 */
const LETTERS_UNIT = 32768;
function countLetters(s: string): number {
  let letters = 0;
  let vi = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    let c: number;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = classOf(s.slice(i, i + 2)); // a surrogate pair: one code point
      i++;
    } else {
      c = CLASS[u]!;
      if (c === 0) CLASS[u] = c = classOf(s[i]!);
    }
    if (c & 2) letters++;
    if (c & 4) vi++;
  }
  return letters * LETTERS_UNIT + vi;
}
// Run once at load on every path (a plain letter, a Vietnamese one, a surrogate pair).
countLetters("aă\u{1D400}");

const wordsOf = (re: RegExp): string => re.source.replace("(?:^|\\s)", "").replace("(?=\\s|$)", "");
const VI_WORD = new RegExp(`^${wordsOf(VI_WORDS)}$`, "iu");
const EN_WORD = new RegExp(`^${wordsOf(EN_WORDS)}$`, "iu");
/**
 * Per UTF-16 unit, filled lazily: 0 unknown, 2 when a token starting with it may match VI_WORD or
 * EN_WORD (it matches, with the same flags, the first letter of one of the words), else 1. Other
 * tokens need not be tested.
 */
const FIRST = new Uint8Array(65536);
const FIRST_LETTER = new RegExp(
  `^[${[...new Set([VI_WORDS, EN_WORDS].flatMap((re) => wordsOf(re).replace(/^\(\?:|\)$/g, "").split("|").map((w) => w[0]!)))].join("")}]$`,
  "iu",
);
function mayStartWord(u: number): boolean {
  let f = FIRST[u]!;
  if (f === 0) FIRST[u] = f = FIRST_LETTER.test(String.fromCharCode(u)) ? 2 : 1;
  return f === 2;
}
/** The longest word of both lists, in UTF-16 units. */
const WORD_MAX = Math.max(...[VI_WORDS, EN_WORDS].flatMap((re) => wordsOf(re).replace(/^\(\?:|\)$/g, "").split("|").map((w) => w.length)));

const isSpaceCode = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Matches of VI_WORDS and EN_WORDS, counted without running them at every position: a match is
 * exactly a white-space-delimited token that is one of the words (the leading \s is consumed,
 * the trailing one only looked at), so short tokens are tested against the anchored lists.
 */
function countFunctionWords(s: string): { vi: number; en: number } {
  let vi = 0;
  let en = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    if (i > start && i - start <= WORD_MAX && mayStartWord(s.charCodeAt(start))) {
      const t = s.slice(start, i);
      if (VI_WORD.test(t)) vi++;
      if (EN_WORD.test(t)) en++;
    }
  }
  return { vi, en };
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const packed = countLetters(sample);
  const letters = Math.floor(packed / LETTERS_UNIT);
  const vi = packed % LETTERS_UNIT;
  if (letters < 20) return null;
  // (letters with Vietnamese marks settle it: the function words are counted only when they do not)
  if (vi / letters > 0.05) return "vi";
  const { vi: viWords, en: enWords } = countFunctionWords(sample);
  if (viWords > enWords) return "vi";
  if (enWords > 3) return "en";
  return "und";
}
