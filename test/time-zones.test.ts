/**
 * The clock of the place a day was lived in (data/time/zones.json, src/time/zones.ts) as a clue
 * to the day an undated capture was published in Viet Nam: the lag rule itself, the clock read
 * from a sentence (a written clock, its places, its sides when they share a clock, a Vietnamese
 * side), and through the whole pipeline on our own sentences.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../src/envelope/types.js";
import { splitSentences } from "../src/sentences/split.js";
import { dayZones, reportLag, zonesOf, type ZoneInput } from "../src/time/zones.js";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { PINNED_NOW } from "./helpers/shared.js";

const data = dataStore();

test("zones: the lag from a place's clock and the part of the day", () => {
  const cases: Array<[string, number, number | undefined, number]> = [
    ["Hanoi, no part of the day: the same day", 7, undefined, 0],
    ["Beijing, the same day", 8, undefined, 0],
    ["New Delhi (+5.5), the same day", 5.5, undefined, 0],
    ["Tehran (+3.5), mid-afternoon there is the Vietnamese evening: the next day", 3.5, undefined, 1],
    ["Tehran early in the morning: the same day", 3.5, 6, 0],
    ["Moscow late in the evening: the next day", 3, 22, 1],
    ["Washington, the next day", -5, undefined, 1],
    ["Washington in the morning is the Vietnamese night: the next day", -5, 9, 1],
    ["Paris in the morning: the Vietnamese afternoon, the same day", 1, 9, 0],
    ["Tokyo in the evening: 18:00 in Hanoi, the next day", 9, 20, 1],
  ];
  for (const [what, offset, hour, lag] of cases) assert.equal(reportLag(offset, hour), lag, what);
});

const Z = zonesOf({
  states: { AAA: 7, BBB: 8, CCC: -5, DDD: 3, VNM: 7 },
  markers: [{ word: "giờ việt nam", offset: 7 }],
  placeWords: ["tại", "đến"],
});
const ENTRIES: Record<string, { type: string; code: string | null }> = {
  A: { type: "gpe", code: "AAA" },
  B: { type: "gpe", code: "BBB" },
  C: { type: "gpe", code: "CCC" },
  Dcity: { type: "place", code: "DDD" },
  Cleader: { type: "person", code: "CCC" },
  V: { type: "person", code: "VNM" },
  Org: { type: "org", code: "ORG" },
};

function input(text: string, actors: Record<string, string>): ZoneInput {
  const mentions: ZoneInput["mentions"][number][] = [];
  for (const [form, id] of Object.entries(actors)) for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) mentions.push({ start: i, end: i + form.length, actor: id, text: form });
  const days: ZoneInput["days"][number][] = [];
  for (const m of text.matchAll(/\d{1,2}\/\d{1,2}/g)) days.push({ start: m.index, end: m.index + m[0].length });
  return { lower: text.toLowerCase(), sentences: splitSentences(text), mentions: mentions.sort((a, b) => a.start - b.start), days, entryOf: (id) => ENTRIES[id] ?? null };
}

test("zones: the clock of the sentence that names a day", () => {
  const cases: Array<{ what: string; text: string; actors: Record<string, string>; offset: number | null }> = [
    { what: "sides sharing a clock", text: "Ngày 2/7, A và B ký thỏa thuận.", actors: { A: "A", B: "B" }, offset: 7.5 },
    { what: "sides far apart: no clock", text: "Ngày 2/7, A và C ký thỏa thuận.", actors: { A: "A", C: "C" }, offset: null },
    { what: "a place decides over the sides", text: "Ngày 2/7, A và C gặp nhau ở Dcity.", actors: { A: "A", C: "C", Dcity: "Dcity" }, offset: 3 },
    { what: "a state after a word of place is the place", text: "Ngày 2/7, lãnh đạo C đến B.", actors: { C: "C", B: "B" }, offset: 8 },
    { what: "a Vietnamese side: Viet Nam's clock", text: "Ngày 2/7, V điện đàm với Cleader.", actors: { V: "V", Cleader: "Cleader" }, offset: 7 },
    { what: "a clock written after the date", text: "Rạng sáng 9/1 (giờ Việt Nam), C phóng tên lửa.", actors: { C: "C" }, offset: 7 },
    { what: "a person stands for his state's clock", text: "Ngày 2/7, Cleader phát biểu.", actors: { Cleader: "Cleader" }, offset: -5 },
    { what: "an organisation without a state's code: no clock", text: "Ngày 2/7, Org họp.", actors: { Org: "Org" }, offset: null },
    { what: "no actor: no clock", text: "Ngày 2/7, trời mưa.", actors: {}, offset: null },
  ];
  for (const c of cases) {
    const zs = dayZones(input(c.text, c.actors), Z);
    assert.equal(zs.length ? zs[0]!.offset : null, c.offset, `${c.what}: ${JSON.stringify(zs)}`);
  }
});

test("pipeline: an undated capture is dated on the day its place's clock tells (our own sentences)", () => {
  const ctx = { now: PINNED_NOW, data };
  const run = (text: string): Doc => analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, bytes: Buffer.from(text), kind: "text" }, {}, ctx);
  const day = (d: Doc): string | undefined => d.referenceDate.value?.slice(5);
  const cases: Array<{ what: string; text: string; day: string }> = [
    {
      what: "a call of a Vietnamese leader: the same day",
      text: "Điện đàm cấp cao\n\nTổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hàn Quốc Lee Jae-myung ngày 14/8. Hai bên nhất trí thúc đẩy hợp tác.",
      day: "08-14",
    },
    {
      what: "a visit to an Asian state: the same day",
      text: "Chuyến thăm châu Á\n\nThủ tướng Nhật Bản Shigeru Ishiba đã đến Indonesia ngày 11/3 và hội đàm với Tổng thống Indonesia Prabowo Subianto.",
      day: "03-11",
    },
    {
      what: "a meeting in an American city: the next day",
      text: "Cuộc gặp tại New York\n\nNgoại trưởng Nga Sergey Lavrov đã gặp người đồng cấp Mỹ tại New York ngày 24/9 bên lề Đại hội đồng Liên hợp quốc.",
      day: "09-25",
    },
    {
      what: "sides far apart, no place: the next day, as before",
      text: "Điện đàm Mỹ - Trung\n\nTổng thống Mỹ và Chủ tịch Trung Quốc Tập Cận Bình đã điện đàm ngày 5/6.",
      day: "06-06",
    },
  ];
  for (const c of cases) {
    const d = run(c.text);
    assert.equal(day(d), c.day, `${c.what}: ${JSON.stringify(d.referenceDate)}`);
  }
});

test("zones: every state of the actor data has its clock (historical ones excepted)", async () => {
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { DATA_DIR } = await import("../src/data/paths.js");
  const states = JSON.parse(readFileSync(join(DATA_DIR, "actors", "states.json"), "utf8")) as { entries: Array<{ code: string }> };
  const zs = JSON.parse(readFileSync(join(DATA_DIR, "time", "zones.json"), "utf8")) as { states: Record<string, number> };
  const historical = new Set(["SUN", "YUG", "CSK", "DDR"]);
  const missing = states.entries.map((e) => e.code).filter((c) => !historical.has(c) && zs.states[c] === undefined);
  assert.deepEqual(missing, []);
});
