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

/** Number of syllables (space-separated words) in a stretch of text. */
export function syllables(s: string): number {
  const m = s.match(/[\p{L}\p{M}\p{N}]+/gu);
  return m ? m.length : 0;
}
