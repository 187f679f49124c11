import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadTimeLexicon } from "../src/time/lexicon.js";
import { tagTimes, tagTimesPlain } from "../src/time/tagger.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { HAVE_SHARED, SHARED } from "./helpers/shared.js";

// The tagger runs its patterns by fast paths (the word-start lookbehind checked apart, some
// rules tried only just before a "core": "15/1", "5 tháng", "ngày trước", " nay"). They must
// find exactly what the plain scan of every full pattern finds.
const lex = loadTimeLexicon();

const FRAGMENTS = [
  "ngày", "hôm", "sáng", "chiều tối", "rạng sáng", "tối muộn", "đêm", "cuối", "đầu", "giữa", "muộn", "sớm",
  "15/1", "3.4", "12-10", "1/2/2024", "24/12/2025", "9h30", "10 giờ", "lúc", "7h", "0,5", "2.000", "1990",
  "năm", "năm 2024", "tháng", "tháng 8", "tháng Năm", "tuần", "trước", "sau", "đó", "về", "nay", "qua", "mai", "hôm nay", "hôm qua",
  "hai", "ba", "tư", "một", "mười", "mươi", "lăm", "nửa", "bốn mươi lăm", "5", "30", "3 ngày", "vài",
  "thứ Hai", "chủ nhật", "Tết", "mùng 3", "quý 2", "những năm", "kéo dài", "khoảng", "đến", "và", "từ",
  "Tổng thống", "cho biết", "đã", "sẽ", ",", ".", "(", ")", "–", "-", ":", "\n\n", "  ", "ấy", "x", "a1", "𝐀",
  // (the rules of session 7: bare years after a time word, lists of days, "nữa", "cách đây", halves)
  "2022", "2030", "cuối 2024", "22", "nữa", "cách đây", "hạ tuần", "nửa đầu năm", "6 tháng đầu năm", "quý II",
];

/** A small seeded generator (deterministic test). */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

test("tagger: the fast paths find what the plain scan finds (generated texts)", () => {
  const r = rng(20260522);
  let found = 0;
  for (let k = 0; k < 3000; k++) {
    const n = 3 + Math.floor(r() * 14);
    let text = "";
    for (let i = 0; i < n; i++) {
      const f = FRAGMENTS[Math.floor(r() * FRAGMENTS.length)]!;
      const glue = r() < 0.15 ? "" : " ";
      text += (i ? glue : "") + f;
    }
    const match = canonicalTones(text);
    const fast = tagTimes(text, lex, match);
    assert.deepEqual(fast, tagTimesPlain(text, lex, match), JSON.stringify(text));
    found += fast.length;
  }
  assert.ok(found > 1000, `the texts hold time expressions (${found})`);
});

test("tagger: the fast paths find what the plain scan finds (corpus pages)", { skip: !HAVE_SHARED }, () => {
  let found = 0;
  for (const sub of ["corpus/seeds", "corpus/dev"]) {
    const dir = join(SHARED, sub);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8").normalize("NFC");
      const match = canonicalTones(text);
      const fast = tagTimes(text, lex, match);
      assert.deepEqual(fast, tagTimesPlain(text, lex, match), f);
      found += fast.length;
    }
  }
  assert.ok(found > 50);
});
