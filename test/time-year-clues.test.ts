/**
 * Clues that settle the YEAR of a raw capture (text only: no URL, no fetch date), each on our own
 * sentences: ages of people whose birth day the dictionary holds, ordinal years and days of known
 * starts, long counts of days, counted terms of office, numbered meetings, the clock as the upper
 * bound; and what must NOT settle it (two strong clues that disagree, a guess, a past sentence).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeTime } from "../src/time/stage.js";
import { timeDoc } from "./helpers/time-doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { splitSentences } from "../src/sentences/split.js";
import { ageClues } from "../src/time/ages.js";
import { timeLexicon } from "../src/time/lexicon.js";
import { dataStore } from "../src/pipeline/stage.js";

const data = dataStore();

const docOf = timeDoc;

/** A clock late enough that it settles nothing by itself in these cases (a term of office runs past it). */
const CLOCK = "2026-12-01";

test("raw captures: clues that settle the year (value, settled or not, the clue that decided)", () => {
  const cases: Array<{ what: string; text: string; value?: string; yearKnown: boolean; clue?: string; noClue?: string; clock?: string | null }> = [
    // ages (data/actors "born")
    { what: "an age after a comma", text: "Ngày 24/9, Tổng thống Mỹ Donald Trump, 79 tuổi, đã gặp các nhà lãnh đạo tại New York.", value: "2025-09-24", yearKnown: true, clue: "age" },
    { what: "an age in brackets", text: "Hôm 3/2, Tổng thống Nga Vladimir Putin (72 tuổi) đã tiếp người đồng cấp Belarus.", value: "2025-02-04", yearKnown: true, clue: "age" },
    { what: "an age after 'năm nay'", text: "Ông Narendra Modi, năm nay 74 tuổi, đã tới Washington hôm 10/3.", value: "2025-03-11", yearKnown: true, clue: "age" },
    { what: "an age before the name", text: "Hôm 12/5, Tổng thống 72 tuổi Vladimir Putin đã tiếp các nhà lãnh đạo nước ngoài.", value: "2025-05-13", yearKnown: true, clue: "age" },
    { what: "an age after 'đã'", text: "Hôm 12/5, ông Putin, năm nay đã 72 tuổi, đã tiếp các nhà lãnh đạo nước ngoài.", value: "2025-05-13", yearKnown: true, clue: "age" },
    { what: "an age in a sentence that writes its own year speaks of then", text: "Năm 2017, ông Trump, 70 tuổi, đã nhậm chức. Hôm 5/2, hai bên đã gặp nhau.", yearKnown: false, noClue: "age" },
    { what: "two ages that no one year fits: the year stays open", text: "Ông Trump, 79 tuổi, và ông Putin, 80 tuổi, đã gặp nhau hôm 5/2.", value: "2025-02-06", yearKnown: false },
    // elapsed time from known starts (anchors.json starts)
    { what: "the ordinal year of a war", text: "Ngày 5/3, cuộc xung đột ở Ukraine đã bước sang năm thứ tư.", value: "2025-03-05", yearKnown: true, clue: "duration" },
    { what: "the ordinal day of a war", text: "Hôm 19/11, cuộc xung đột ở Ukraine bước sang ngày thứ 1.000.", value: "2024-11-20", yearKnown: true, clue: "duration" },
    { what: "'năm thứ hai liên tiếp' counts something else", text: "Hôm 9/5, Nga duyệt binh năm thứ hai liên tiếp giữa cuộc xung đột ở Ukraine.", value: "2025-05-10", yearKnown: false, noClue: "duration" },
    { what: "a long count of days since the start", text: "Hôm 19/11, sau gần 1.000 ngày xung đột ở Ukraine, hai bên vẫn giao tranh.", value: "2024-11-20", yearKnown: true, clue: "duration" },
    { what: "a short count of days is no time since the start", text: "Ngày 5/3, lệnh ngừng bắn 60 ngày ở Gaza sau cuộc chiến đã hết hạn.", value: "2025-03-05", yearKnown: false, noClue: "duration" },
    // counted terms of office (anchors.json terms)
    { what: "a counted term picks the holder's term", text: "Tổng thống Mỹ Donald Trump đã ký sắc lệnh vào thứ Tư 5/2, trong nhiệm kỳ thứ hai.", value: "2025-02-06", yearKnown: true, clue: "weekday" },
    { what: "without it, two terms fit the weekday", text: "Tổng thống Mỹ Donald Trump đã ký sắc lệnh vào thứ Tư 5/2.", value: "2025-02-06", yearKnown: false },
    { what: "seeking a term says nothing of when", text: "Tổng thống Mỹ Donald Trump đã ký sắc lệnh vào thứ Tư 5/2, khi tranh cử nhiệm kỳ thứ hai.", value: "2025-02-06", yearKnown: false },
    // numbered meetings (anchors.json editions)
    { what: "'kỳ họp thứ 80' of the UN General Assembly", text: "Hôm 23/9, ông đã phát biểu tại kỳ họp thứ 80 Đại hội đồng LHQ.", value: "2025-09-24", yearKnown: true, clue: "edition" },
    { what: "a numbered G7 summit", text: "Hôm 16/6, các nhà lãnh đạo đã dự Hội nghị thượng đỉnh G7 lần thứ 51 tại Canada.", value: "2025-06-17", yearKnown: true, clue: "edition" },
    { what: "a numbered East Asia Summit", text: "Ngày 27/10, Hội nghị Cấp cao Đông Á lần thứ 20 đã khai mạc tại Kuala Lumpur.", value: "2025-10-27", yearKnown: true, clue: "edition" },
    // the clock
    { what: "the clock is the upper bound of an open term", text: "Thứ Tư 23/7, Tổng thống Ukraine Volodymyr Zelensky đã gặp ông Lukashenko.", value: "2025-07-24", yearKnown: true, clue: "weekday" },
    { what: "with no clock, later years stay possible", text: "Thứ Tư 23/7, Tổng thống Ukraine Volodymyr Zelensky đã gặp ông Lukashenko.", value: "2025-07-24", yearKnown: false, clock: null },
    { what: "a day and the clock alone settle nothing (the years tried are a guess)", text: "Hai bên đã gặp nhau hôm 5/2.", value: "2025-02-06", yearKnown: false, clock: "2025-03-01" },
    // a "Ngày X," inside a paragraph is background
    { what: "a sentence-opening day inside a paragraph after the lead is a past day, not the article's", text: "Đàm phán ở Istanbul\n\nHai phái đoàn đã gặp nhau tại Istanbul.\nCuộc họp diễn ra sau cánh cửa đóng kín.\nCác cuộc đàm phán bắt đầu từ ngày 28/2. Ngày 10/3, hai ngoại trưởng đã gặp nhau ở Antalya.", value: "2025-03-11", yearKnown: false, clue: "past-date", noClue: "report-date" },
    { what: "… in the lead it is the article's (the news after its background)", text: "Đàm phán ở Istanbul\n\nCác cuộc đàm phán bắt đầu từ ngày 28/2. Ngày 10/3, hai ngoại trưởng đã gặp nhau ở Antalya.", value: "2025-03-10", yearKnown: false, clue: "report-date" },
    { what: "a sentence-opening day that opens its paragraph is the article's", text: "Hai phái đoàn đã gặp nhau tại Istanbul.\nNgày 10/3, hai ngoại trưởng đã gặp nhau ở Antalya.", value: "2025-03-10", yearKnown: false, clue: "report-date" },
  ];
  for (const c of cases) {
    const clock = c.clock === undefined ? CLOCK : c.clock;
    const rd = analyzeTime(docOf(c.text), data, [], [], clock ? { clock } : {}).referenceDate;
    const show = `${c.what}: ${JSON.stringify(rd)}`;
    if (c.value) assert.equal(rd.value, c.value, show);
    assert.equal(rd.year_known, c.yearKnown, show);
    if (c.clue) assert.ok(rd.clues?.some((k) => k.kind === c.clue), show);
    if (c.noClue) assert.ok(!rd.clues?.some((k) => k.kind === c.noClue), show);
  }
});

test("ages: only a name of one person with a known birth day counts; the interval is that year of life", () => {
  const lex = timeLexicon(data);
  const sentences = (t: string) => splitSentences(t);
  const lower = (t: string) => canonicalTones(t).toLowerCase();
  const t1 = "Ông Trump, 79 tuổi, đã phát biểu.";
  const got = ageClues(lower(t1), sentences(t1), lex);
  assert.equal(got.length, 1);
  // born 1946-06-14: 79 from 2025-06-14 to 2026-06-13 (ten days either way)
  assert.deepEqual([got[0]!.from, got[0]!.to], ["2025-06-04", "2026-06-23"]);
  // a name the dictionary gives to two people: no clue
  const amb = { ...lex, births: { byName: new Map<string, string | null>([["kim", null]]), maxWords: 1 } };
  const t2 = "Ông Kim, 41 tuổi, đã phát biểu.";
  assert.deepEqual(ageClues(lower(t2), sentences(t2), amb), []);
  // a surname the dictionary knows inside a longer name it lacks: none
  const t3 = "Bà Lara Trump, 42 tuổi, đã phát biểu.";
  assert.deepEqual(ageClues(lower(t3), sentences(t3), lex, canonicalTones(t3)), []);
  // an age that follows no name ("một người đàn ông, 45 tuổi") and implausible ages: none
  for (const t of ["Một người đàn ông, 45 tuổi, bị thương.", "Ông Trump, 7 tuổi, đã phát biểu."]) assert.deepEqual(ageClues(lower(t), sentences(t), lex), [], t);
});

test("time words: 'những năm tháng' (the years) is no duration; 'kéo dài năm tháng' is five months", () => {
  const doc = analyzeTime(docOf("Ngày 3/2, ông nhớ lại những năm tháng chiến tranh. Cuộc vây hãm kéo dài năm tháng."), data);
  const values = doc.timexes.map((t) => `${t.text}=${t.value}`);
  assert.ok(!values.some((v) => v.startsWith("năm tháng")), values.join(" | "));
  assert.ok(values.includes("kéo dài năm tháng=P5M"), values.join(" | "));
});
