import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../src/normalise/language.js";

// detectLanguage counts letters and function words by scans with per-unit tables; it must give
// what the plain regular expressions give (the definition, repeated here).
const VI_LETTERS = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu;
const VI_WORDS = /(?:^|\s)(?:của|và|là|các|những|được|trong|cho|với|không|này|đã|người|một)(?=\s|$)/giu;
const EN_WORDS = /(?:^|\s)(?:the|and|of|to|in|is|that|for|with|was|on)(?=\s|$)/giu;

function reference(text: string): string | null {
  const sample = text.slice(0, 20000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  const vi = (sample.match(VI_LETTERS) ?? []).length;
  const viWords = (sample.match(VI_WORDS) ?? []).length;
  const enWords = (sample.match(EN_WORDS) ?? []).length;
  if (vi / letters > 0.05 || viWords > enWords) return "vi";
  if (enWords > 3) return "en";
  return "und";
}

const TOKENS = ["của", "CỦA", "Và", "là", "the", "THE", "The", "and", "of", "to", "in", "iſ", "ſo", "tháng", "Kinh", "K", "word", "x", "một", "người", "NGƯỜI", "𝐀", "12", "the.", "(and)", "\u212Ahông", "ſ"];

test("detectLanguage: the table scans agree with the regular expressions", () => {
  let x = 12345;
  const r = (): number => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const seen = new Set<string | null>();
  for (let k = 0; k < 1500; k++) {
    const n = 5 + Math.floor(r() * 40);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(TOKENS[Math.floor(r() * TOKENS.length)]!);
    const text = parts.join(r() < 0.5 ? " " : "\n");
    const got = detectLanguage(text);
    assert.equal(got, reference(text), JSON.stringify(text));
    seen.add(got);
  }
  assert.deepEqual([...seen].sort(), ["en", "und", "vi", null].sort());
});
