/**
 * The recogniser reuses its last analysis of a document analysed again under another reference
 * date only when every decision that read the date comes out the same (src/actors/recognise.ts,
 * `analyse`): the holder of a role named by its title, the ambiguity message with its date, the
 * "no date" message. Table-driven: each row analyses one document (one sentence list) under two
 * dates in turn.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadDictionary } from "../src/actors/dictionary.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));

function doc(text: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  const article = { ...d.article!, title: null, lead: null, paragraphs: [], captions: [], author: null, outlet: null, credits: [], published: null };
  // one sentence list for every analysis of the document (as the pipeline's stages share it)
  return { ...d, text, matchText: canonicalTones(text), article, sentences: [{ start: 0, end: text.length }], referenceDate: { value: null, basis: "none" }, timexes: [] };
}
const on = (d: Doc, date: string | null): Doc => ({ ...d, referenceDate: date ? { value: date, basis: "inferred" } : { value: null, basis: "none" } });
const ids = (d: Doc, date: string | null) => rec.analyse(on(d, date)).actors.map((a) => a.id);

test("an analysis under another date is redone when a date-dependent decision changes", () => {
  const table: Array<[string, string | null, string | null, string | null, string | null]> = [
    // text, first date, second date, an id only the first has, an id only the second has
    ["Tổng thống Mỹ cho biết.", "2022-01-10", "2025-02-05", "Joe_Biden", "Donald_Trump"],
    ["Tổng thống Mỹ cho biết.", "2025-02-05", "2022-01-10", "Donald_Trump", "Joe_Biden"],
    ["Tổng thống Mỹ cho biết.", null, "2025-02-05", null, "Donald_Trump"],
    ["Tổng thống Mỹ cho biết.", "2025-02-05", null, "Donald_Trump", null],
  ];
  for (const [text, a, b, onlyA, onlyB] of table) {
    const d = doc(text);
    const first = ids(d, a);
    const second = ids(d, b);
    if (onlyA) assert.ok(first.includes(onlyA) && !second.includes(onlyA), `${text} ${a} → ${b}: ${first} / ${second}`);
    if (onlyB) assert.ok(second.includes(onlyB) && !first.includes(onlyB), `${text} ${a} → ${b}: ${first} / ${second}`);
  }
  // the "no date" message goes when a date comes
  const d = doc("Tổng thống Mỹ cho biết.");
  const rules = (date: string | null) => rec.analyse(on(d, date)).messages.map((m) => m.rule);
  assert.ok(rules(null).includes("actors/no-date"));
  assert.ok(!rules("2025-02-05").includes("actors/no-date"));
});

test("an analysis under another date that decides the same is reused", () => {
  const table: Array<[string, string, string]> = [
    // text, two dates with the same holders
    ["Tổng thống Mỹ Donald Trump gặp Thủ tướng Ấn Độ.", "2025-02-05", "2025-03-01"],
    ["Nga và Ukraine đàm phán tại Istanbul.", "2022-03-29", "2025-05-16"],
  ];
  for (const [text, a, b] of table) {
    const d = doc(text);
    const first = rec.analyse(on(d, a));
    assert.equal(rec.analyse(on(d, b)), first, text);
    // another document with the same text (a new sentence list) is analysed anew
    assert.notEqual(rec.analyse(on(doc(text), b)), first, text);
  }
});
