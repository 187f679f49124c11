/**
 * The code an actor acts under on the article's day (src/actors/dictionary.ts `codeOn`, applied by the recogniser):
 * a group that became a government takes the state's code from then (data/actors `codes`), and a person whose code is
 * none of the bodies they hold an office of that day takes that office's (a prime minister who later heads an
 * alliance is the state's side before, the alliance's after). Sentences written for the test; entries of our own
 * for the unit rows, the shipped dictionary for the recogniser rows.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { codeOn, loadDictionary, type Entry } from "../src/actors/dictionary.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";

const group: Entry = { id: "G", name: "G", type: "org", code: "GRP", codes: [{ code: "AAA", start: "2021-08-15", end: null }] };
const envoy: Entry = {
  id: "P",
  name: "P",
  type: "person",
  code: "ORG",
  roles: [
    { role: "head_of_government", of: "AAA", start: "2010-01-01", end: "2019-12-31" },
    { role: "secretary_general", of: "ORG", start: "2020-06-01", end: null },
  ],
};
const monarch: Entry = {
  id: "M",
  name: "M",
  type: "person",
  code: "AAA",
  roles: [
    { role: "head_of_state", of: "AAA", start: "2000-01-01", end: null },
    { role: "head_of_state", of: "BBB", start: "2000-01-01", end: null },
  ],
};
const twoOffices: Entry = {
  id: "T",
  name: "T",
  type: "person",
  code: "ORG",
  roles: [
    { role: "foreign_minister", of: "AAA", start: "2000-01-01", end: null },
    { role: "special_envoy", of: "BBB", start: "2000-01-01", end: null },
  ],
};

test("codeOn: the code of the period, the office held that day, else the entry's code", () => {
  const table: Array<[string, Entry, string | null, string | null]> = [
    ["a group before it governs", group, "2020-05-01", "GRP"],
    ["a group governing from its day on", group, "2021-08-15", "AAA"],
    ["a group on no day", group, null, "GRP"],
    ["a person in a state's office", envoy, "2015-03-01", "AAA"],
    ["a person in the office their code names", envoy, "2024-03-01", "ORG"],
    ["a person between offices keeps the code", envoy, "2020-03-01", "ORG"],
    ["a person holding the code's office among others keeps it", monarch, "2020-03-01", "AAA"],
    ["two other offices at once: no choice, the code", twoOffices, "2020-03-01", "ORG"],
    ["an entry without periods or roles", { id: "S", name: "S", type: "gpe", code: "AAA" }, "2020-03-01", "AAA"],
  ];
  for (const [name, e, day, want] of table) assert.equal(codeOn(e, day), want, name);
});

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));
function doc(text: string, date: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  const article = { ...d.article!, title: null, lead: null, paragraphs: [], captions: [], author: null, outlet: null, credits: [], published: null };
  return { ...d, text, matchText: canonicalTones(text), article, sentences: [{ start: 0, end: text.length }], referenceDate: { value: date, basis: "inferred" }, timexes: [] };
}

test("the recogniser codes each actor on the article's day (and redoes an analysis whose codes change with it)", () => {
  const table: Array<[string, string, string, string]> = [
    // text, day, actor id, code
    ["Ông Mark Rutte chỉ trích Nga.", "2023-03-05", "Mark_Rutte", "NLD"],
    ["Ông Mark Rutte chỉ trích Nga.", "2025-03-05", "Mark_Rutte", "NATO"],
    ["Chính quyền Taliban chỉ trích Pakistan.", "2019-06-01", "Taliban", "TALIBAN"],
    ["Chính quyền Taliban chỉ trích Pakistan.", "2025-10-12", "Taliban", "AFG"],
    ["Ông Muttaqi gặp Ngoại trưởng Pakistan.", "2025-10-12", "Amir_Khan_Muttaqi", "AFG"],
  ];
  for (const [text, day, id, code] of table) {
    const a = rec.analyse(doc(text, day)).actors.find((x) => x.id === id);
    assert.equal(a?.code, code, `${text} ${day}`);
  }
  // one document analysed under two days with other codes: analysed anew
  const d = doc("Ông Mark Rutte chỉ trích Nga.", "2023-03-05");
  const first = rec.analyse(d);
  const second = rec.analyse({ ...d, referenceDate: { value: "2025-03-05", basis: "inferred" } });
  assert.notEqual(second, first);
  assert.equal(second.actors.find((x) => x.id === "Mark_Rutte")?.code, "NATO");
});
