import { test } from "node:test";
import assert from "node:assert/strict";
import { functionWordDensity, labelKey, lineInfos, words } from "../src/extract/lines.js";

// lineInfos computes its keys, word counts and function-word densities by fast paths (no
// normalisation of an NFC page's lines, function words found by hash): they must equal the
// plain definitions, on NFC and on decomposed input, with odd white space and astral letters.
const LINES = [
  "  • Thế giới:  ",
  "Tổng thống Mỹ và Thủ tướng Nhật Bản đã có cuộc gặp tại Tokyo.",
  "của và là các những được trong cho với không",
  "Chia sẻ | Bình luận | In",
  "THẾ GIỚI 24H",
  "Ảnh: Reuters",
  "a\u00a0\u00a0b\tc — d …",
  "𝐀𝐁 của 𝐂 và các",
  "đã-được của’s và/hoặc",
  "- Trang chủ >",
];

function check(raw: string): void {
  const infos = lineInfos(raw);
  const nonBlank = raw.split("\n").filter((l) => l.trim());
  assert.equal(infos.length, nonBlank.length);
  for (const info of infos) {
    assert.equal(info.key, labelKey(info.text), `key of ${JSON.stringify(info.text)}`);
    assert.equal(info.words, words(info.text).length, `words of ${JSON.stringify(info.text)}`);
    assert.equal(info.density, functionWordDensity(info.text), `density of ${JSON.stringify(info.text)}`);
  }
}

test("lineInfos: keys, word counts and densities equal their plain definitions (NFC page)", () => {
  const raw = LINES.join("\n\n").normalize("NFC");
  check(raw);
  const infos = lineInfos(raw);
  assert.equal(infos[0]!.key, "thế giới");
  assert.equal(infos[2]!.density, 1);
  assert.equal(infos[6]!.key, "a b c — d");
});

test("lineInfos: the same on a decomposed (NFD) page", () => {
  const raw = LINES.join("\n").normalize("NFD");
  assert.notEqual(raw, raw.normalize("NFC"));
  check(raw);
  assert.equal(lineInfos(raw)[0]!.key, "thế giới".normalize("NFC"));
});
