/**
 * Vietnamese tone-mark placement. The same syllable is written "hoà" or "hòa", "thuỷ" or
 * "thủy" depending on the outlet's style. For matching we rewrite every syllable to one
 * canonical placement (the traditional one: hòa, thủy, khỏe) without changing the length of
 * the text, so offsets found on the canonical text are offsets into the original.
 */

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const VOWELS = new Set([..."aăâeêioôơuưy"]);
// Vowels carrying a hat, breve or horn take the tone mark themselves.
const MARKED = new Set([..."ăâêôơư"]);

function placeTone(base: string, tone: string): string {
  // base: NFC lowercase-or-not syllable without tone mark.
  const lower = base.toLowerCase();
  const chars = [...lower];
  let i = 0;
  // Onsets "qu" and "gi" (before another vowel) are consonants for placement purposes.
  if (lower.startsWith("qu")) i = 2;
  else if (lower.startsWith("gi") && chars.length > 2 && VOWELS.has(chars[2]!)) i = 2;
  while (i < chars.length && !VOWELS.has(chars[i]!)) i++;
  const vStart = i;
  while (i < chars.length && VOWELS.has(chars[i]!)) i++;
  const vEnd = i;
  if (vEnd === vStart) {
    // "gi", "qu" alone: tone on the i/u.
    const j = lower.startsWith("gi") ? 1 : lower.startsWith("qu") ? 1 : -1;
    if (j < 0) return base.normalize("NFD") + tone;
    return addAt(base, j, tone);
  }
  const hasCoda = vEnd < chars.length;
  let target = -1;
  // ươ: tone on ơ; otherwise the marked vowel (the last one if two).
  for (let k = vEnd - 1; k >= vStart; k--) {
    if (MARKED.has(chars[k]!)) {
      target = k;
      break;
    }
  }
  if (target < 0) {
    const len = vEnd - vStart;
    if (len === 1) target = vStart;
    else if (hasCoda) target = vEnd - 1;
    else if (len === 2) target = vStart;
    else target = vStart + 1;
  }
  return addAt(base, target, tone);
}

function addAt(base: string, index: number, tone: string): string {
  const chars = [...base];
  chars[index] = (chars[index]! + tone).normalize("NFC");
  return chars.join("");
}

/** One syllable to canonical tone placement; returns the input when it is not a Vietnamese syllable. */
export function canonicalSyllable(word: string): string {
  const nfd = word.normalize("NFD");
  let tone = "";
  let base = "";
  for (const ch of nfd) {
    if (TONES.has(ch)) {
      if (tone) return word; // two tone marks: not Vietnamese
      tone = ch;
    } else base += ch;
  }
  if (!tone) return word;
  const out = placeTone(base.normalize("NFC"), tone);
  return out.length === word.length ? out : word;
}

/**
 * Syllable → canonical form, memoised: a news vocabulary is a few thousand syllables, so the
 * NFD/NFC round trips run once per syllable per process. Bounded: cleared when full.
 */
const SYLLABLES = new Map<string, string>();
const SYLLABLES_MAX = 50_000;

function canonicalCached(w: string): string {
  if (w.length > 7) return w;
  let c = SYLLABLES.get(w);
  if (c === undefined) {
    c = canonicalSyllable(w);
    if (SYLLABLES.size >= SYLLABLES_MAX) SYLLABLES.clear();
    SYLLABLES.set(w, c);
  }
  return c;
}

const WORD_CH = /^[\p{L}\p{M}]$/u;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
/**
 * Per UTF-16 unit, filled lazily: 0 unknown, else 1 | 2 (in a WORD) | 4 (its NFD holds a tone
 * mark) | PLAIN | SOLE_VOWEL (see below).
 */
const CH = new Uint8Array(65536);
/** A letter that is its own NFD, lower-cases to one unit and is no vowel (a consonant, mostly). */
const PLAIN = 8;
/** A vowel with one tone mark that is the NFC of its toneless vowel and the mark ("á", "ệ", "Ở"). */
const SOLE_VOWEL = 16;
const LETTER = /^\p{L}$/u;

function chClass(ch: string): number {
  const nfd = ch.normalize("NFD");
  let c = 1 | (WORD_CH.test(ch) ? 2 : 0) | (TONE_MARK.test(nfd) ? 4 : 0);
  if (ch.length !== 1 || !LETTER.test(ch)) return c;
  const lower = ch.toLowerCase();
  if (!(c & 4) && nfd === ch && lower.length === 1 && !VOWELS.has(lower)) c |= PLAIN;
  const marks = [...nfd].filter((m) => TONES.has(m));
  if (marks.length === 1) {
    const base = nfd.replace(marks[0]!, "").normalize("NFC");
    if (base.length === 1 && VOWELS.has(base.toLowerCase()) && (base + marks[0]).normalize("NFC") === ch) c |= SOLE_VOWEL;
  }
  return c;
}

/**
 * The whole text with canonical tone placement; same length as the input (NFC input assumed).
 * Same result as `text.replace(WORD, (w) => (w.length > 7 ? w : canonicalSyllable(w)))`, by one
 * scan: a word none of whose characters decomposes to a tone mark is left as it is without
 * being looked at (canonicalSyllable returns such words unchanged), and the text is copied only
 * when a word changes.
 */
export function canonicalTones(text: string): string {
  const n = text.length;
  let out = "";
  let last = 0;
  let ws = -1;
  let toned = false;
  // The word's letters other than PLAIN ones: how many, and whether the last is a SOLE_VOWEL. A
  // word of plain letters and one toned vowel has its tone on its only vowel, where
  // canonicalSyllable puts it: such a word is left as it is without being looked up.
  let others = 0;
  let soleVowel = false;
  for (let i = 0; i <= n; ) {
    let c = 0;
    let w = 1;
    if (i < n) {
      const u = text.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = chClass(text.slice(i, i + 2)); // a surrogate pair: one code point
        w = 2;
      } else {
        c = CH[u]!;
        if (c === 0) CH[u] = c = chClass(text[i]!);
      }
    }
    if (c & 2) {
      if (ws < 0) {
        ws = i;
        toned = false;
        others = 0;
      }
      if (c & 4) toned = true;
      if (!(c & PLAIN)) {
        others++;
        soleVowel = (c & SOLE_VOWEL) !== 0 && w === 1;
      }
    } else if (ws >= 0) {
      if (toned && i - ws <= 7 && !(others === 1 && soleVowel)) {
        const word = text.slice(ws, i);
        const can = canonicalCached(word);
        if (can !== word) {
          out += text.slice(last, ws) + can;
          last = i;
        }
      }
      ws = -1;
    }
    i += w;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Lower-case, canonical tones: the key for dictionary lookups. */
export function matchKey(text: string): string {
  return canonicalTones(text.normalize("NFC")).toLowerCase();
}

/** Diacritic-free fold (đ → d), for fallback matching and search. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}
