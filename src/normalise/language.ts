/**
 * A coarse language guess: Vietnamese is recognised by its letters with tone marks and its
 * function words; anything else is "und" (undetermined) unless clearly English.
 */
const VI_LETTERS = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu;
const VI_WORDS = /(?:^|\s)(?:của|và|là|các|những|được|trong|cho|với|không|này|đã|người|một)(?=\s|$)/giu;
const EN_WORDS = /(?:^|\s)(?:the|and|of|to|in|is|that|for|with|was|on)(?=\s|$)/giu;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return null;
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  const viWords = sample.match(VI_WORDS)?.length ?? 0;
  const enWords = sample.match(EN_WORDS)?.length ?? 0;
  if (vi / letters > 0.05 || viWords > enWords) return "vi";
  if (enWords > 3) return "en";
  return "und";
}
