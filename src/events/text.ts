import type { Section, Span } from "../envelope/types.js";
export { lowerSameLength } from "../text/cues.js";

/**
 * Fallback sentence splitter for when the sentences stage has produced nothing: splits each
 * section on . ! ? … followed by a space and an upper-case letter, quote or digit, never
 * inside numbers ("15.1", "10.2024").
 */
export function splitSentences(text: string, sections: readonly Section[]): Span[] {
  const spans = sections.length ? sections : text ? [{ start: 0, end: text.length }] : [];
  const out: Span[] = [];
  for (const sec of spans) {
    let start = sec.start;
    const re = /[.!?…]+["”’)]*\s+(?=[\p{Lu}"“‘(\d])/gu;
    const part = text.slice(sec.start, sec.end);
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const end = sec.start + m.index + m[0].trimEnd().length;
      if (end > start) out.push({ start, end });
      start = sec.start + m.index + m[0].length;
    }
    if (sec.end > start) out.push({ start, end: sec.end });
  }
  return out;
}

/**
 * Number of syllables (space-separated words) in a stretch of text: the runs of letters, marks
 * and digits, as /[\p{L}\p{M}\p{N}]+/gu finds them (counted, no array of them made).
 */
export function syllables(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // a surrogate pair is one code point
      w = SYLLABLE_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
      i += 2;
    } else {
      let k = SYLLABLE_UNIT[c]!;
      if (k === 0) SYLLABLE_UNIT[c] = k = SYLLABLE_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      w = k === 1;
      i++;
    }
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
const SYLLABLE_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const SYLLABLE_UNIT = new Uint8Array(0x10000);
