import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalSyllable, canonicalTones, fold } from "../src/normalise/tone.js";
import { normaliseText } from "../src/normalise/stage.js";
import { decode } from "../src/capture/decode.js";
import iconv from "iconv-lite";

test("tone placement: both styles map to one canonical form", () => {
  const cases: Array<[string, string]> = [
    ["hoà", "hòa"],
    ["hòa", "hòa"],
    ["thuỷ", "thủy"],
    ["Thuỷ", "Thủy"],
    ["khoẻ", "khỏe"],
    ["hoàng", "hoàng"],
    ["quý", "quý"],
    ["người", "người"],
    ["Nguyễn", "Nguyễn"],
    ["gì", "gì"],
    ["mùa", "mùa"],
    ["hoá", "hóa"],
    ["Hoà", "Hòa"],
  ];
  for (const [input, want] of cases) assert.equal(canonicalSyllable(input), want, input);
});

test("canonical tones keep the text's length (offsets stay valid)", () => {
  const s = "Hoà bình, thuỷ lợi và sức khoẻ của người dân ở Thanh Hoá.";
  const c = canonicalTones(s);
  assert.equal(c.length, s.length);
  assert.equal(c, "Hòa bình, thủy lợi và sức khỏe của người dân ở Thanh Hóa.");
});

test("fold removes diacritics including đ/Đ", () => {
  assert.equal(fold("Đàm phán ở Qatar"), "Dam phan o Qatar");
});

test("normaliseText: NFC, line ends, zero-width and NBSP", () => {
  const decomposed = "Hòa".normalize("NFD");
  assert.equal(normaliseText(`a\r\nb\u200B c\u00A0d ${decomposed}`), "a\nb c d Hòa");
});

test("decode: UTF-8, BOM, declared and sniffed legacy codepages", () => {
  const text = "Đàm phán hòa bình giữa Nga và Ukraine";
  assert.equal(decode(Buffer.from(text, "utf8")).text, text);
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
  assert.deepEqual([decode(bom).text, decode(bom).encoding], [text, "utf-8"]);
  // windows-1258 writes tone marks as combining characters after the (hatted) base letter.
  const cp1258Form = text.normalize("NFD").replace(/(\p{L})([\u0302\u0306\u031B])/gu, (_, b: string, m: string) => (b + m).normalize("NFC"));
  const cp = iconv.encode(cp1258Form, "windows-1258");
  const d = decode(cp);
  assert.equal(d.encoding, "windows-1258");
  assert.equal(d.text.normalize("NFC"), text);
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1258"></head><body>'), cp]);
  assert.equal(decode(html).encoding, "windows-1258");
  const viscii = decode(iconv.encode(text, "viscii"));
  assert.deepEqual([viscii.encoding, viscii.text], ["viscii", text]);
});
