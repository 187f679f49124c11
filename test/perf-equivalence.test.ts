/**
 * The speed rewrites must not change results: each fast function is compared with the plain
 * reference version it replaced, on written inputs chosen for the edge cases (odd white space,
 * bullets, trailing punctuation, tone placements, control characters).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { labelKey } from "../src/extract/lines.js";
import { normaliseText } from "../src/normalise/stage.js";
import { canonicalTones, canonicalSyllable, matchKey } from "../src/normalise/tone.js";

const refLabelKey = (s: string): string =>
  s
    .normalize("NFC")
    .toLowerCase()
    .replace(/^[\s•·*\-–—>|]+/u, "")
    .replace(/[\s:.…|»>]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();

const refNormalise = (s: string): string =>
  s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");

const LINES = [
  "",
  "   ",
  "Thế giới",
  "  • Thế   giới 24h : ",
  "— Xem thêm »",
  "Bình luận (12)",
  "THỜI SỰ QUỐC TẾ...",
  "|Chia sẻ | Bình luận|",
  "> >> Tin liên quan >",
  "Tổng\u00A0thống\tMỹ\u3000nói:",
  "Hoà bình…",
  "-",
  "İstanbul — Türkiye:",
  "a\u2028b\u2029c",
  "\uFEFFĐăng nhập",
];

test("labelKey equals the regex chain it replaced", () => {
  for (const s of LINES) assert.equal(labelKey(s), refLabelKey(s), JSON.stringify(s));
});

test("normaliseText equals the chain of replaces it replaced", () => {
  const cases = [
    "a\r\nb\rc\nd",
    "x\r\u200B\ny",
    "so\u00ADft\u200Bhy\u200Cphen\u200D\u2060\uFEFF",
    "ctl\u0000\u0001\u0008\t\u000B\u000C\u000E\u001F\u007F end",
    "nb\u00A0sp\u00A0\u00A0",
    "Hoa\u0300 bi\u0300nh", // NFD input → NFC
    "plain text without anything odd",
    "",
  ];
  for (const s of cases) assert.equal(normaliseText(s), refNormalise(s), JSON.stringify(s));
});

test("canonicalTones: same length, canonical placement, stable on repeat (memo)", () => {
  const cases: Array<[string, string]> = [
    ["Hoà bình, thuỷ lợi, khoẻ mạnh", "Hòa bình, thủy lợi, khỏe mạnh"],
    ["HOÀ THUỶ", "HÒA THỦY"],
    ["quý giá, già", "quý giá, già"],
    ["Washington hoà", "Washington hòa"],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [input, want] of cases) {
      const got = canonicalTones(input);
      assert.equal(got, want);
      assert.equal(got.length, input.length);
    }
  }
  assert.equal(canonicalSyllable("hoà"), "hòa");
  assert.equal(canonicalSyllable("thuỷ"), "thủy");
  assert.equal(matchKey("Hoà Bình"), "hòa bình");
});

test("detectLanguage counts letters like the array-building version did", async () => {
  const { detectLanguage } = await import("../src/normalise/language.js");
  const ref = (text: string): string | null => {
    const sample = text.slice(0, 20000);
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 20) return null;
    const vi = sample.match(/[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/giu)?.length ?? 0;
    const viWords = sample.match(/(?:^|\s)(?:của|và|là|các|những|được|trong|cho|với|không|này|đã|người|một)(?=\s|$)/giu)?.length ?? 0;
    const enWords = sample.match(/(?:^|\s)(?:the|and|of|to|in|is|that|for|with|was|on)(?=\s|$)/giu)?.length ?? 0;
    if (vi / letters > 0.05 || viWords > enWords) return "vi";
    if (enWords > 3) return "en";
    return "und";
  };
  const cases = [
    "Tổng thống Mỹ và Thủ tướng Nhật Bản đã gặp nhau tại Hà Nội",
    "The president and the prime minister met in Tokyo on the first day of the summit, and that was it",
    "𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏𝐐𝐑𝐒𝐓𝐔𝐕 mathematical letters then ĂẮẰ upper case Vietnamese",
    "short",
    "Ελληνικά κείμενα χωρίς βιετναμέζικα γράμματα καθόλου εδώ",
    "lone \uD800 surrogate letters aaaaaaaaaaaaaaaaaaaaaaa",
    "the and of to in is that for with was on the and of Hoà bình của và là các những được trong cho với không này đã",
    "THE AND OF TO IN, the. and of to in is that for with was on — CỦA VÀ LÀ của và là các những và là các",
    "the\u00A0and\u2003of\tto\nin\u3000is that for with was on của\u00A0và là",
  ];
  for (const c of cases) assert.equal(detectLanguage(c), ref(c), c);
});

test("canonicalTones by scan equals the word-by-word replace", () => {
  const ref = (text: string): string => text.replace(/[\p{L}\p{M}]+/gu, (w) => (w.length > 7 ? w : canonicalSyllable(w)));
  const cases = [
    "Thuỷ thủ hoà giải xoà khoẻ, Hoà Bình, THUỶ, quý, giá, gìn, Nguyễn Phú Trọng",
    "đầu tiên: 12/1/2025 — “Hoà” (hòa) hoà-bình hoà.bình",
    "dài: khoẻkhoẻkhoẻ, hoàhoà, ǹg ḿ ẁ, cafe\u0301 hoa\u0300", // long words; precomposed consonants; combining marks
    "𝐀𝐁 𝐂à hoà𝐀 \uD800hoà \uDC00thuỷ",
    "",
    "no tones at all here",
  ];
  for (const c of cases) assert.equal(canonicalTones(c), ref(c), c);
});

test("line word counts: lower-cased words stand for the line's words", async () => {
  const { words, lineInfos } = await import("../src/extract/lines.js");
  const lines = ["Ⅻ Olympic İstanbul ÇAĞ", "ΟΔΟΣ:ΑΘΗΝΑ và Ⓐ Ⓑ", "Tổng thống Mỹ nói: “Hoà bình” là của các bên", "A.B.C D&E O’Neil 1.000,5"];
  for (const l of lines) {
    const info = lineInfos(l)[0]!;
    assert.equal(info.words, words(l.replace(/\s+/g, " ").trim()).length, l);
  }
});

test("line density by scan equals functionWordDensity; section labels with counters", async () => {
  const { functionWordDensity, lineInfos, isSectionLabel } = await import("../src/extract/lines.js");
  const lines = [
    "Tổng thống Mỹ nói rằng của các bên và những người đã đến",
    "CỦA VÀ LÀ các NHỮNG được",
    "𝐀𝐁 và 𝐂 của O’Neil's A.B.C-D/E & là",
    "1.000,5 người và 20% của",
    "—",
  ];
  for (const l of lines) assert.equal(lineInfos(l)[0]?.density ?? 0, functionWordDensity(l.replace(/\s+/g, " ").trim()), l);
  assert.equal(isSectionLabel("Thế giới 24h"), true);
  assert.equal(isSectionLabel("Thế giới 24 h"), true);
  assert.equal(isSectionLabel("Thế giới"), true);
  assert.equal(isSectionLabel("Thế giới bình"), false);
});

test("streamLines splits a byte stream as readline does, whatever the chunking", async () => {
  const { Readable } = await import("node:stream");
  const { createInterface } = await import("node:readline");
  const { streamLines } = await import("../src/capture/jsonl.js");
  const inputs = [
    '{"a":1}\n{"b":"Hoà"}\n',
    '{"a":1}\r\n\r\n{"b":2}',
    "one\rtwo\r\nthree\n\nfour\r",
    "\n\n",
    "",
    "tail without end",
    "x\r\n",
    "Tổng thống\nMỹ\r\nNga\rTrung",
  ];
  const collect = async (it: AsyncIterable<string>): Promise<string[]> => {
    const out: string[] = [];
    for await (const l of it) out.push(l);
    return out;
  };
  for (const s of inputs) {
    const bytes = Buffer.from(s, "utf8");
    for (const size of [1, 2, 3, 5, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const ref = await collect(createInterface({ input: Readable.from(chunks), crlfDelay: Infinity }));
      const got = await collect(streamLines(Readable.from(chunks)));
      assert.deepEqual(got, ref, `${JSON.stringify(s)} in chunks of ${size}`);
    }
  }
});

test("readJsonl gives the same items as reading lines with readline and JSON.parse", async () => {
  const { Readable } = await import("node:stream");
  const { createInterface } = await import("node:readline");
  const { readJsonl, captureFromJson } = await import("../src/capture/inputs.js");
  const text = [
    '{"html":"<p>Hoà</p>\\n","url":"https://x.vn/a","id":"1"}',
    "",
    "   ",
    '{"text":"Tổng thống Mỹ","id":7,"fetched_at":"2025-01-02"}',
    "not json",
    "[1]",
    '{"content":"nội dung","url":null}',
    '{"other":"x"}',
    '{"text":"lone \\ud800 surrogate"}',
  ].join("\r\n");
  const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  };
  const got = await collect(readJsonl(Readable.from([Buffer.from(text, "utf8")]), "b.jsonl", "b.jsonl"));
  const ref: unknown[] = [];
  let n = 0;
  for await (const line of createInterface({ input: Readable.from([Buffer.from(text, "utf8")]), crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const item = captureFromJson(line, `b.jsonl:${n}`);
    if (item.ok) item.capture.source.path = "b.jsonl";
    ref.push(item);
  }
  assert.deepEqual(got, ref);
});

test("events' syllables counts the runs of letters, marks and digits like the matching version did", async () => {
  const { syllables } = await import("../src/events/text.js");
  const ref = (s: string): number => s.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
  const cases = [
    "",
    "   ",
    "hai bên",
    " đã ký kết  hiệp định, ngày 12/3 ",
    "Hoa\u0300 bi\u0300nh (combining marks) và 3,5 tỷ",
    "𝐀𝐁𝐂 mathematical letters then 😀 an emoji between words😀here",
    "lone \uD800 high and \uDC00 low surrogates\uD800",
    "٣ أرقام عربية ٤٥ and ½ ² digits",
    "a-b c.d e’f — g…h",
  ];
  for (const c of cases) assert.equal(syllables(c), ref(c), JSON.stringify(c));
});
