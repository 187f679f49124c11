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
 * by one scan with a per-character table instead of arrays of matches.
 */
function countLetters(s: string): { letters: number; vi: number } {
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
  return { letters, vi };
}

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const { letters, vi } = countLetters(sample);
  if (letters < 20) return null;
  const viWords = sample.match(VI_WORDS)?.length ?? 0;
  const enWords = sample.match(EN_WORDS)?.length ?? 0;
  if (vi / letters > 0.05 || viWords > enWords) return "vi";
  if (enWords > 3) return "en";
  return "und";
}
