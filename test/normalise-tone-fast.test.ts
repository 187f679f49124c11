import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalSyllable, canonicalTones } from "../src/normalise/tone.js";

// canonicalTones leaves some words without looking them up (no tone mark; or consonants and one
// toned vowel, whose tone is where canonicalSyllable would put it). It must stay equal to its
// definition: every word of letters and marks up to 7 units through canonicalSyllable.
const reference = (text: string): string => text.replace(/[\p{L}\p{M}]+/gu, (w) => (w.length > 7 ? w : canonicalSyllable(w)));

const VOWELS = [..."aăâeêioôơuưy"];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const toned = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC")));
const ALPHABET = [
  ...toned,
  ...toned.map((c) => c.toUpperCase()),
  ..."bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX",
  "gi", "qu", "Qu", "ng", "nh", "ch", "tr",
  "\u0301", "\u0302", "\u031b", "ö", "ǘ", "ṏ", "ḿ", "İ", "ǹ", "ᄀ", "ᅡ", "𝐀", "1", " ", " ", "-", "ʼ",
];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

test("canonicalTones equals canonicalSyllable word by word (generated text)", () => {
  const r = rng(7);
  let changed = 0;
  for (let k = 0; k < 400; k++) {
    const words: string[] = [];
    for (let i = 0; i < 20; i++) {
      let w = "";
      const len = 1 + Math.floor(r() * 4);
      for (let j = 0; j < len; j++) w += ALPHABET[Math.floor(r() * ALPHABET.length)]!;
      words.push(w);
    }
    let text = words.join(" ");
    text = text.normalize("NFC");
    const got = canonicalTones(text);
    assert.equal(got, reference(text), JSON.stringify(text));
    if (got !== text) changed++;
  }
  assert.ok(changed > 100, `some texts change (${changed})`);
});

test("canonicalTones equals canonicalSyllable for every BMP letter alone and between consonants", () => {
  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue;
    const c = String.fromCharCode(u);
    if (!/[\p{L}\p{M}]/u.test(c)) continue;
    for (const w of [c, `b${c}`, `${c}n`, `tr${c}ng`, `qu${c}`, `g${c}`]) {
      const text = `${w} x`.normalize("NFC");
      assert.equal(canonicalTones(text), reference(text), `U+${u.toString(16)} in ${JSON.stringify(w)}`);
    }
  }
  assert.equal(canonicalTones("hoà thuỷ khoẻ"), "hòa thủy khỏe");
  assert.equal(canonicalTones("là của"), "là của");
});
