/**
 * The catalogue of dated happenings (data/time/happenings.json, src/time/happenings.ts) as a
 * clue to the reference date: matching by structure (sides, place, words) on the actors a
 * sentence names, a yearless day pinned to a happening's year, bounds from happenings told as
 * done or to come, disagreement left open; then through the whole pipeline on our own sentences,
 * and over the corpus (no settled year its gold contradicts; counts only).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { newDoc } from "../src/envelope/doc.js";
import type { Doc } from "../src/envelope/types.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { splitSentences } from "../src/sentences/split.js";
import { analyzeTime } from "../src/time/stage.js";
import { compileHappenings, matchHappenings, type Happening, type HappeningInput } from "../src/time/happenings.js";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { eachBlindArticle } from "./helpers/blind-corpus.js";
import { HAVE_SHARED, PINNED_NOW } from "./helpers/shared.js";

const data = dataStore();

/** A small catalogue of our own (the real one is tested through the pipeline below). */
const CATALOGUE: Happening[] = [
  { id: "a-b-summit", date: "2023-05-10", end: "2023-05-11", sides: ["A", "B"], place: "P", words: ["thượng đỉnh"], once: true, source: "x" },
  { id: "a-strikes-q", date: "2025-09-09", sides: ["A"], place: "Q", words: ["không kích"], once: true, source: "x" },
  { id: "a-b-talks-1", date: "2021-09-20", sides: ["A", "B"], words: ["đàm phán"], source: "x" },
  { id: "a-b-talks-2", date: "2023-09-20", sides: ["A", "B"], words: ["hòa đàm"], source: "x" },
  { id: "a-plates", date: "2022-07-31", sides: ["A"], words: ["biển số"], also: ["cấm"], source: "x" },
  { id: "a-q-new-year-talks", date: "2024-01-01", sides: ["A", "Q"], words: ["hội đàm"], source: "x" },
  { id: "alice-bob-talks-in-q", date: "2024-01-01", sides: ["Alice", "Bob"], place: "Q", words: ["hội đàm"], source: "x" },
];
const CODES: Record<string, string> = { A: "AAA", B: "BBB", Alice: "AAA", P: "PPP", Q: "QQQ", Land: "LLL" };
const STATES = new Set(["A", "B"]);
/** The country a place lies in (P, the summit's city, lies in Land). */
const PARENTS: Record<string, string> = { P: "Land", Q: "A" };

/** A one-sentence-per-line text; actors and days located by their surface forms. */
function input(text: string, actors: Record<string, string>): HappeningInput {
  const mentions: HappeningInput["mentions"][number][] = [];
  for (const [form, id] of Object.entries(actors)) for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) mentions.push({ start: i, end: i + form.length, actor: id });
  const days: HappeningInput["days"][number][] = [];
  for (const m of text.matchAll(/(\d{1,2})\/(\d{1,2})/g)) days.push({ start: m.index, end: m.index + m[0].length, d: +m[1]!, m: +m[2]! });
  return {
    lower: text.toLowerCase(),
    sentences: splitSentences(text),
    mentions: mentions.sort((a, b) => a.start - b.start),
    days,
    codeOf: (id) => CODES[id] ?? null,
    stateCodeOf: (id) => (STATES.has(id) ? CODES[id]! : null),
    parentOf: (id) => PARENTS[id] ?? null,
  };
}

test("happenings: each clue from the catalogue (pins, bounds, what does not match)", () => {
  const idx = compileHappenings({ happenings: CATALOGUE, future: ["sẽ"] });
  const cases: Array<{ what: string; text: string; actors: Record<string, string>; pins: Array<[string, number[]]>; bounds: string[] }> = [
    { what: "a day on the happening's day takes its year, and a unique happening bounds from below", text: "Ngày 11/5, Alice và B dự thượng đỉnh tại P.", actors: { Alice: "Alice", B: "B", P: "P" }, pins: [["11/5", [2023]]], bounds: ["from 2023-05-10"] },
    { what: "a side of a state is named by any actor of its code (Alice for A)", text: "Alice và B đã đàm phán hôm 20/9.", actors: { Alice: "Alice", B: "B" }, pins: [["20/9", [2021]]], bounds: [] },
    { what: "the place must be named", text: "Ngày 11/5, A và B dự thượng đỉnh.", actors: { A: "A", B: "B" }, pins: [], bounds: [] },
    { what: "a side must be named", text: "Ngày 11/5, A dự thượng đỉnh tại P.", actors: { A: "A", P: "P" }, pins: [], bounds: [] },
    { what: "the words of its kind must be in the sentence", text: "Ngày 11/5, A và B gặp nhau tại P.", actors: { A: "A", B: "B", P: "P" }, pins: [], bounds: [] },
    { what: "'also' words must be there too", text: "Hôm 31/7, A đổi biển số.", actors: { A: "A" }, pins: [], bounds: [] },
    { what: "… and then it pins", text: "Hôm 31/7, A cấm biển số.", actors: { A: "A" }, pins: [["31/7", [2022]]], bounds: [] },
    { what: "another day (the article's, say): no pin, but a unique happening still bounds", text: "Ngày 3/4, A và B nhắc lại thượng đỉnh tại P.", actors: { A: "A", B: "B", P: "P" }, pins: [], bounds: ["from 2023-05-10"] },
    { what: "a happening that is not unique gives no bound", text: "A và B từng đàm phán.", actors: { A: "A", B: "B" }, pins: [], bounds: [] },
    { what: "named without a day: after it", text: "Sau cuộc không kích của A nhằm vào Q, hai bên gặp nhau.", actors: { A: "A", Q: "Q" }, pins: [], bounds: ["from 2025-09-09"] },
    { what: "said to come: before it", text: "A sẽ không kích Q.", actors: { A: "A", Q: "Q" }, pins: [], bounds: ["to 2025-09-09"] },
    { what: "two happenings of the same day and month in different years: both years (the year stays open)", text: "A và B đàm phán và hòa đàm hôm 20/9.", actors: { A: "A", B: "B" }, pins: [["20/9", [2021, 2023]]], bounds: [] },
    // slack: a day next to the happening's days (the signing the night after) still takes its year
    { what: "a day after the last day of the happening, within the slack: its year", text: "Ngày 12/5, Alice và B dự thượng đỉnh tại P.", actors: { Alice: "Alice", B: "B", P: "P" }, pins: [["12/5", [2023]]], bounds: ["from 2023-05-10"] },
    { what: "a day before the first day, within the slack: its year", text: "A và B đàm phán hôm 19/9.", actors: { A: "A", B: "B" }, pins: [["19/9", [2021]]], bounds: [] },
    { what: "a day farther than the slack: no pin", text: "Ngày 13/5, Alice và B dự thượng đỉnh tại P.", actors: { Alice: "Alice", B: "B", P: "P" }, pins: [], bounds: ["from 2023-05-10"] },
    { what: "the slack reaches across the new year", text: "A và Q hội đàm hôm 31/12.", actors: { A: "A", Q: "Q" }, pins: [["31/12", [2023]]], bounds: [] },
    // the place named by the country it lies in
    { what: "the place named by its country (P lies in Land)", text: "Ngày 11/5, A và B dự thượng đỉnh tại Land.", actors: { A: "A", B: "B", Land: "Land" }, pins: [["11/5", [2023]]], bounds: ["from 2023-05-10"] },
    { what: "a country is no side: a side still must be named", text: "Ngày 11/5, A dự thượng đỉnh tại Land.", actors: { A: "A", Land: "Land" }, pins: [], bounds: [] },
    { what: "a place in a side's own country is not named by that side (Q lies in A)", text: "A không kích ngày 9/9.", actors: { A: "A" }, pins: [], bounds: [] },
    { what: "… nor when the side is a person of that country (Alice, of A; the talks in Q)", text: "Alice và Bob hội đàm ngày 1/1 tại A.", actors: { Alice: "Alice", Bob: "Bob", A: "A" }, pins: [], bounds: [] },
    { what: "… named by the place itself, they pin", text: "Alice và Bob hội đàm ngày 1/1 tại Q.", actors: { Alice: "Alice", Bob: "Bob", Q: "Q" }, pins: [["1/1", [2024]]], bounds: [] },
  ];
  for (const c of cases) {
    const inp = input(c.text, c.actors);
    const ev = matchHappenings(inp, idx);
    const pins = ev.pins.map((p) => [c.text.slice(p.start).match(/^\d{1,2}\/\d{1,2}/)?.[0] ?? "?", p.years]);
    assert.deepEqual(pins, c.pins, c.what);
    assert.deepEqual(ev.clues.map((k) => (k.from ? `from ${k.from}` : `to ${k.to}`)), c.bounds, c.what);
  }
});

test("happenings: every happening named, unique or not, is a day the article is likely near (around), once each", () => {
  const idx = compileHappenings({ happenings: CATALOGUE, future: ["sẽ"] });
  const cases: Array<{ what: string; text: string; actors: Record<string, string>; around: string[] }> = [
    { what: "a happening that is not unique: around, no bound", text: "A và B từng đàm phán.", actors: { A: "A", B: "B" }, around: ["a-b-talks-1 2021-09-20/2021-09-20"] },
    { what: "a unique one told as done: around too", text: "Sau cuộc không kích của A nhằm vào Q, hai bên gặp nhau.", actors: { A: "A", Q: "Q" }, around: ["a-strikes-q 2025-09-09/2025-09-09"] },
    { what: "to come: around too, ahead (the article is before it)", text: "A sẽ không kích Q.", actors: { A: "A", Q: "Q" }, around: ["a-strikes-q 2025-09-09/2025-09-09 ahead"] },
    { what: "named twice: once", text: "A và B dự thượng đỉnh tại P. Thượng đỉnh của A và B tại P kết thúc.", actors: { A: "A", B: "B", P: "P" }, around: ["a-b-summit 2023-05-10/2023-05-11"] },
    { what: "nothing named: nothing", text: "A và B gặp nhau.", actors: { A: "A", B: "B" }, around: [] },
    { what: "a sentence that writes a year tells background: no around", text: "Năm 2021, A và B từng đàm phán.", actors: { A: "A", B: "B" }, around: [] },
    { what: "… but a number that is no year (2500) does", text: "A và B từng đàm phán về 2500 tù nhân.", actors: { A: "A", B: "B" }, around: ["a-b-talks-1 2021-09-20/2021-09-20"] },
  ];
  for (const c of cases) {
    const ev = matchHappenings(input(c.text, c.actors), idx);
    assert.deepEqual(ev.around.map((a) => `${a.id} ${a.from}/${a.to}${a.ahead ? " ahead" : ""}`), c.around, c.what);
  }
});

test("happenings: a word of its kind is in a sentence as a whole word (the sentence's edges, letters, digits and marks around it, its spacing)", () => {
  const idx = compileHappenings({
    happenings: [
      ...CATALOGUE,
      { id: "b-quoted", date: "2022-03-02", sides: ["B"], words: ["“hòa bình”"], source: "x" },
      { id: "b-blast-or-pact", date: "2022-04-04", sides: ["B"], words: ["nổ", "ký hiệp định"], source: "x" },
    ],
    future: ["sẽ"],
  });
  const cases: Array<{ what: string; text: string; actors: Record<string, string>; around: string[] }> = [
    { what: "both words inside the sentence", text: "A cấm biển số mới.", actors: { A: "A" }, around: ["a-plates"] },
    { what: "a word ending the sentence (before its full stop)", text: "A cấm biển số.", actors: { A: "A" }, around: ["a-plates"] },
    { what: "a word opening the sentence", text: "Biển số bị A cấm.", actors: { A: "A" }, around: ["a-plates"] },
    { what: "a letter glued before it: no word", text: "A cấm xbiển số.", actors: { A: "A" }, around: [] },
    { what: "a letter glued after it: no word", text: "A cấm biển sốx.", actors: { A: "A" }, around: [] },
    { what: "a digit glued after it: no word", text: "A cấm biển số7.", actors: { A: "A" }, around: [] },
    { what: "a marked letter glued after it: no word", text: "A cấm biển sốđ.", actors: { A: "A" }, around: [] },
    { what: "a dash after it is no letter", text: "A cấm biển số-xe.", actors: { A: "A" }, around: ["a-plates"] },
    { what: "two spaces inside it: not the word", text: "A cấm biển  số.", actors: { A: "A" }, around: [] },
    { what: "its first syllable alone: not the word", text: "A cấm biển.", actors: { A: "A" }, around: [] },
    { what: "in the next sentence only: not in this one", text: "A cấm. Biển số đẹp.", actors: { A: "A" }, around: [] },
    { what: "a word that opens with a quotation mark", text: "B nói về “hòa bình” hôm nay.", actors: { B: "B" }, around: ["b-quoted"] },
    { what: "… not without it", text: "B nói về hòa bình hôm nay.", actors: { B: "B" }, around: [] },
    { what: "a word of one syllable", text: "B nổ súng.", actors: { B: "B" }, around: ["b-blast-or-pact"] },
    { what: "… not inside a longer one", text: "B nổi giận.", actors: { B: "B" }, around: [] },
    { what: "a word of three syllables", text: "B ký hiệp định với Q.", actors: { B: "B" }, around: ["b-blast-or-pact"] },
    { what: "… not its first two alone", text: "B ký hiệp ước với Q.", actors: { B: "B" }, around: [] },
  ];
  for (const c of cases) {
    const ev = matchHappenings(input(c.text, c.actors), idx);
    assert.deepEqual(ev.around.map((a) => a.id), c.around, c.what);
  }
});

test("reference date: a happening named (any, done or to come) a few months before one reading only, or a few weeks after it, settles the year", () => {
  const text = "Hôm 20/10, hai bên đã gặp nhau.";
  const term = [[{ from: "2022-01-01", to: null, source: "x" }]];
  const cases: Array<{ what: string; around: Array<{ from: string; to: string; ahead?: boolean; once?: boolean; id?: string }>; value: string; yearKnown: boolean; caveat?: boolean }> = [
    { what: "a month after talks of 2023-09-20: 2023", around: [{ from: "2023-09-20", to: "2023-09-20" }], value: "2023-10-21", yearKnown: true },
    { what: "during a happening of several days", around: [{ from: "2024-10-15", to: "2024-10-25" }], value: "2024-10-21", yearKnown: true },
    { what: "a few weeks before talks to come (2024-11-20)", around: [{ from: "2024-11-20", to: "2024-11-20" }], value: "2024-10-21", yearKnown: true },
    { what: "two months before them: too far ahead, the year stays open", around: [{ from: "2024-12-25", to: "2024-12-25" }], value: "2025-10-21", yearKnown: false },
    { what: "long before every reading: open", around: [{ from: "2021-03-01", to: "2021-03-01" }], value: "2025-10-21", yearKnown: false },
    { what: "happenings near two readings a year apart: open", around: [{ from: "2023-10-01", to: "2023-10-01" }, { from: "2024-10-01", to: "2024-10-01" }], value: "2025-10-21", yearKnown: false },
    { what: "… unless one is told as to come: a reading after it is not near it", around: [{ from: "2023-10-01", to: "2023-10-01", ahead: true }, { from: "2024-11-01", to: "2024-11-01", ahead: true }], value: "2024-10-21", yearKnown: true },
    // the record says which happening decided; a kind that recurs leaves a reading after the data's
    // horizon (knownUntil) unjudged: the year is still given, with the caveat said (time/year-horizon)
    { what: "talks (a kind that recurs) a month before: the caveat", around: [{ from: "2025-09-20", to: "2025-09-20", id: "a-b-talks" }], value: "2025-10-21", yearKnown: true, caveat: true },
    { what: "a unique happening a month before: no caveat", around: [{ from: "2025-09-20", to: "2025-09-20", id: "a-strikes-q", once: true }], value: "2025-10-21", yearKnown: true, caveat: false },
  ];
  for (const c of cases) {
    const out = analyzeTime(docOf(text), data, term, [], { around: c.around, clock: "2026-12-07" });
    const rd = out.referenceDate;
    assert.equal(rd.value, c.value, `${c.what}: ${JSON.stringify(rd)}`);
    assert.equal(rd.year_known, c.yearKnown, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.yearKnown && c.around[0]?.id) assert.ok(rd.clues?.some((k) => k.kind === "event" && k.text === `near ${c.around[0]!.id} (${c.around[0]!.from})`), `${c.what}: ${JSON.stringify(rd.clues)}`);
    if (c.caveat !== undefined) assert.equal(out.messages.some((m) => m.rule === "time/year-horizon"), c.caveat, `${c.what}: ${JSON.stringify(out.messages)}`);
  }
});

test("happenings: the sentences naming a happening of a few days, with its days (spans and around; none for long ones)", () => {
  const idx = compileHappenings({ happenings: [...CATALOGUE, { id: "a-long-war", date: "2020-01-01", end: "2022-12-31", sides: ["A"], words: ["chiến tranh"], source: "x" }], future: ["sẽ"] });
  const text = "A và B dự thượng đỉnh tại P.\nHôm qua A cấm biển số.\nA nhắc lại chiến tranh.";
  const ev = matchHappenings(input(text, { A: "A", B: "B", P: "P" }), idx);
  assert.deepEqual(
    ev.spans.map((x) => `${text.slice(x.start, x.end).trim()} ${x.id} ${x.from}/${x.to}`),
    ["A và B dự thượng đỉnh tại P. a-b-summit 2023-05-10/2023-05-11", "Hôm qua A cấm biển số. a-plates 2022-07-31/2022-07-31"],
  );
  // (nor is a happening of many days a day the article is near)
  assert.deepEqual(ev.around.map((a) => a.id), ["a-b-summit", "a-plates"]);
});

test("reference date: a relative day in a sentence naming a happening, and no day of the text's own, gives the article's day (medium at most)", () => {
  const term = [[{ from: "2022-01-01", to: null, source: "x" }]];
  const cases: Array<{ what: string; text: string; spans: Array<{ from: string; to: string }>; value: string | null; yearKnown?: boolean; confidence?: string; terms?: typeof term }> = [
    { what: "'hôm qua': the day after the happening", text: "Hôm qua, hai bên đã gặp nhau.", spans: [{ from: "2023-09-20", to: "2023-09-20" }], value: "2023-09-21", yearKnown: true, confidence: "medium" },
    { what: "'hôm nay' during a happening of two days (the middle, rounded up)", text: "Hôm nay, hai bên gặp nhau.", spans: [{ from: "2024-03-20", to: "2024-03-21" }], value: "2024-03-21", yearKnown: true, confidence: "medium" },
    { what: "'tuần tới': one or two weeks before it (the middle taken)", text: "Tuần tới, hai bên sẽ gặp nhau.", spans: [{ from: "2024-03-20", to: "2024-03-20" }], value: "2024-03-13", yearKnown: true, confidence: "medium" },
    { what: "two happenings of different years in the sentence: the year stays open", text: "Hôm qua, hai bên đã gặp nhau.", spans: [{ from: "2023-09-20", to: "2023-09-20" }, { from: "2024-09-20", to: "2024-09-20" }], value: "2024-09-21", yearKnown: false, confidence: "low" },
    { what: "… unless a term of office rules one out", text: "Hôm qua, hai bên đã gặp nhau.", spans: [{ from: "2021-09-20", to: "2021-09-20" }, { from: "2024-09-20", to: "2024-09-20" }], value: "2024-09-21", yearKnown: true, confidence: "medium", terms: term },
    { what: "no relative day in the sentence: nothing", text: "Hai bên đã gặp nhau.", spans: [{ from: "2023-09-20", to: "2023-09-20" }], value: null },
  ];
  for (const c of cases) {
    const spans = c.spans.map((x) => ({ start: 0, end: c.text.length, ...x }));
    const rd = analyzeTime(docOf(c.text), data, c.terms ?? [], [], { spans, clock: "2026-12-07" }).referenceDate;
    assert.equal(rd.value, c.value, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.yearKnown !== undefined) assert.equal(rd.year_known, c.yearKnown, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.confidence) assert.equal(rd.confidence, c.confidence, `${c.what}: ${JSON.stringify(rd)}`);
  }
});

function docOf(text: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, { date: null });
  return { ...d, text, matchText: canonicalTones(text), sentences: splitSentences(text) };
}

test("reference date: pins settle the year; pins that disagree leave it open; a happening a few months before one reading only settles it", () => {
  const text = "Hôm 20/9, hai bên đã gặp nhau.";
  const start = text.indexOf("Hôm 20/9"); // pins are keyed by the start of the time expression
  const term = [[{ from: "2020-01-01", to: null, source: "x" }]];
  const one = analyzeTime(docOf(text), data, term, [], { pins: [{ start, years: [2021], source: "a" }] });
  assert.equal(one.referenceDate.value, "2021-09-21");
  assert.equal(one.referenceDate.year_known, true);
  assert.deepEqual(one.timexes.map((t) => t.value), ["2021-09-20"]);
  assert.ok(one.referenceDate.clues?.some((c) => c.kind === "event" && /2021: a/.test(c.text ?? "")));
  const two = analyzeTime(docOf(text), data, term, [], { pins: [{ start, years: [2021, 2023], source: "a, b" }] });
  assert.equal(two.referenceDate.year_known, false);
  assert.deepEqual(two.timexes.map((t) => t.value), ["XXXX-09-20"]);
  // Without evidence the year is open (the control).
  const none = analyzeTime(docOf(text), data, term);
  assert.equal(none.referenceDate.year_known, false);
  // A happening told as done on 2023-08-30: of 2023-09-21, 2024-09-21, … only the first is near it.
  const near = analyzeTime(docOf(text), data, term, [{ kind: "event", from: "2023-08-30", to: null, weight: 0.7, text: "h" }], { near: ["2023-08-30"] });
  assert.equal(near.referenceDate.value, "2023-09-21");
  assert.equal(near.referenceDate.year_known, true);
  // … but one long before every reading settles nothing.
  const far = analyzeTime(docOf(text), data, [[{ from: "2022-01-01", to: null, source: "x" }]], [{ kind: "event", from: "2020-08-30", to: null, weight: 0.7, text: "h" }], { near: ["2020-08-30"] });
  assert.equal(far.referenceDate.year_known, false);
});

test("pipeline: happenings of the catalogue date an undated text (our own sentences)", () => {
  const ctx = { now: PINNED_NOW, data };
  const run = (text: string): Doc => analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, bytes: Buffer.from(text), kind: "text" }, {}, ctx);
  const cases: Array<{ what: string; text: string; value: string | null; yearKnown?: boolean; event?: RegExp }> = [
    {
      what: "a day on a happening's day (Kosovo's licence-plate ban, 20 September 2021)",
      text: "Tranh chấp biển số xe\n\nHôm 20/9, người Serbia ở Kosovo đã chặn đường để phản đối lệnh cấm biển số xe do chính quyền Pristina áp đặt. Ngày 26/9, Tổng thống Serbia Aleksandar Vučić nói ông lo ngại.",
      value: "2021-09-26",
      yearKnown: true,
      event: /kosovo-plates-2021/,
    },
    {
      what: "a unique happening told as done, a few days before one reading only (Israel's strike on Doha)",
      text: "Qatar vẫn làm trung gian\n\nNgày 14/9, Thủ tướng Qatar cho biết Doha vẫn giữ vai trò trung gian bất chấp cuộc không kích của Israel nhằm vào Doha. Tổng thống Mỹ Donald Trump đã gặp ông.",
      value: "2025-09-14",
      yearKnown: true,
      event: /israel-strikes-doha/,
    },
    {
      what: "a state named through its officials ('quan chức Ukraine', a weak mention) is a side; a day next to the talks' day takes its year",
      text: "Đàm phán tại Thụy Sĩ\n\nHôm 22/11, Ngoại trưởng Mỹ Marco Rubio và quan chức Ukraine đàm phán tại Geneva về kế hoạch hòa bình.",
      value: "2025-11-23",
      yearKnown: true,
      event: /us-ukraine-geneva-talks/,
    },
    {
      what: "the place named by its country (talks in Geneva, 'tại Thụy Sĩ')",
      text: "Thuế quan\n\nNgày 11/5, Bộ trưởng Tài chính Mỹ Scott Bessent đã hội đàm với Phó Thủ tướng Trung Quốc Hà Lập Phong tại Thụy Sĩ.",
      value: "2025-05-11",
      yearKnown: true,
      event: /us-china-geneva-talks/,
    },
    {
      what: "no day of its own: 'hôm qua' next to a unique meeting (Trump and Xi in Busan) gives the day after it",
      text: "Gặp gỡ thượng đỉnh\n\nHôm qua, Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Donald Trump đã gặp nhau tại Busan.",
      value: "2025-10-31",
      yearKnown: true,
      event: /hôm qua \(trump-xi-busan\)/,
    },
    {
      what: "a day a few weeks after talks that are not unique, the only reading near them (Istanbul, 2025)",
      text: "Nga chuẩn bị đàm phán\n\nNgày 14/5, Tổng thống Nga Vladimir Putin chủ trì cuộc họp chuẩn bị.\n\nPhái đoàn Nga sẽ tới Istanbul để đàm phán với Ukraine.",
      value: "2025-05-14",
      yearKnown: true,
    },
    {
      what: "the same day with no happening named: the year stays open",
      text: "Qatar vẫn làm trung gian\n\nNgày 14/9, Thủ tướng Qatar cho biết nước này vẫn giữ vai trò trung gian. Tổng thống Mỹ Donald Trump đã gặp ông.",
      value: "2025-09-14",
      yearKnown: false,
    },
  ];
  for (const c of cases) {
    const rd = run(c.text).referenceDate;
    assert.equal(rd.value, c.value, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.yearKnown !== undefined) assert.equal(rd.year_known, c.yearKnown, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.event) assert.ok(rd.clues?.some((k) => k.kind === "event" && c.event!.test(k.text ?? "")), `${c.what}: ${JSON.stringify(rd.clues)}`);
  }
});

test("corpus: no article whose year is settled from its text alone (no URL, no fetch date) is given with high confidence a year its gold contradicts", { skip: !HAVE_SHARED }, () => {
  const ctx = { now: PINNED_NOW, data };
  let settled = 0;
  let wrongHigh = 0;
  let wrongMedium = 0;
  const check = (doc: Doc, g: string | null): void => {
    const rd = doc.referenceDate;
    if (!g || !rd.value || rd.basis !== "inferred" || rd.year_known === false) return;
    settled++;
    if (rd.value.slice(0, 4) !== g.slice(0, 4)) {
      if (rd.confidence === "high") wrongHigh++;
      else wrongMedium++;
    }
  };
  eachBlindArticle(ctx, check);
  assert.ok(settled >= 20, `only ${settled} articles had a settled year`);
  // Counts only: the per-article results of the held-out half are not printed. One article is
  // settled, with medium confidence, on a wrong year by the nearness of its written dates (a rule
  // older than the catalogue, measured the same before it): it may not become more.
  assert.equal(wrongHigh, 0, `${wrongHigh} of ${settled} articles were given with high confidence a year their gold contradicts`);
  assert.ok(wrongMedium <= 1, `${wrongMedium} of ${settled} articles were given with medium confidence a year their gold contradicts`);
});
