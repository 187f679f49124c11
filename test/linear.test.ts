/**
 * Analysis time grows linearly with the input: the whole pipeline on one single-line text of
 * 8 MB costs less than 12 times its CPU time on 1 MB (8 if perfectly linear; a quadratic stage
 * makes it 64). The figures for 1, 2, 4 and 8 MB, per stage and per shape: `npm run bench:linear`.
 * Also the pieces that keep it linear: sentence windows, span look-ups by binary search.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Capture } from "../src/envelope/types.js";
import { newDoc } from "../src/envelope/doc.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { STAGES } from "../src/pipeline/stages.js";
import { MAX_SENTENCE, splitSentences } from "../src/sentences/split.js";
import { firstStartingAt, spanHolding, SpanIndex } from "../src/envelope/spans.js";
import { longText } from "./helpers/longtext.js";
import { PINNED_NOW } from "./helpers/shared.js";

const ctx: Context = { now: PINNED_NOW, data: dataStore() };

/** CPU ms of the whole pipeline on `mb` MB of one-line text, and the document. */
function cpu(mb: number): { ms: number; events: number; mentions: number } {
  const { text, kind } = longText(mb * 1_000_000, "line");
  const capture: Capture = { source: { path: null, record_id: null, url: null, fetched_at: null }, text, kind };
  let doc = newDoc(capture, {});
  const u = process.cpuUsage();
  for (const s of STAGES) doc = s.run(doc, ctx);
  const d = process.cpuUsage(u);
  return { ms: (d.user + d.system) / 1000, events: doc.events.length, mentions: doc.mentions.length };
}

test("analysis of one 8 MB line costs less than 12 times the CPU time of 1 MB", () => {
  cpu(1); // warm-up: lexicons loaded, code compiled
  const one = cpu(1);
  const eight = cpu(8);
  const ratio = eight.ms / one.ms;
  console.log(`# CPU time: 1 MB ${(one.ms / 1000).toFixed(2)} s, 8 MB ${(eight.ms / 1000).toFixed(2)} s: ratio ${ratio.toFixed(1)}`);
  assert.ok(eight.mentions > 7 * one.mentions, "the 8 MB text was analysed in full");
  assert.ok(ratio < 12, `8 MB / 1 MB = ${ratio.toFixed(1)}`);
});

test("sentences: a sentence longer than the window is cut at a clause mark or a space; normal ones are whole", () => {
  const clause = "Ngoại trưởng hai nước đã gặp nhau tại Geneva để bàn về an ninh khu vực, ";
  const long = clause.repeat(60).trim(); // one sentence of 4,400 characters without an end
  const spans = splitSentences(`Mở đầu. ${long}. Kết thúc ở đây.`);
  const text = `Mở đầu. ${long}. Kết thúc ở đây.`;
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), "Mở đầu.");
  assert.equal(text.slice(spans.at(-1)!.start, spans.at(-1)!.end), "Kết thúc ở đây.");
  const windows = spans.slice(1, -1);
  assert.ok(windows.length >= 5);
  for (const w of windows) {
    assert.ok(w.end - w.start <= MAX_SENTENCE, `${w.end - w.start}`);
    assert.match(text.slice(w.start, w.end), /^Ngoại trưởng/); // cut after a comma, not inside a clause
  }
  // the windows cover the sentence, in order, without overlap
  for (let i = 1; i < windows.length; i++) assert.ok(windows[i]!.start >= windows[i - 1]!.end);
  // a text with no space at all is cut hard, not looped over
  const blob = "x".repeat(3 * MAX_SENTENCE + 5);
  assert.deepEqual(
    splitSentences(blob).map((s) => s.end - s.start),
    [MAX_SENTENCE, MAX_SENTENCE, MAX_SENTENCE, 5],
  );
  // ordinary sentences are not touched
  assert.deepEqual(
    splitSentences("Nga và Mỹ gặp nhau. Hai bên nhất trí.").map((s) => [s.start, s.end]),
    [
      [0, 19],
      [20, 37],
    ],
  );
});

test("span look-ups by binary search give what the filters they replaced gave", () => {
  // spans in no particular order, some equal, some empty, some nested
  const spans = [
    { start: 5, end: 9 },
    { start: 0, end: 3 },
    { start: 5, end: 5 },
    { start: 12, end: 20 },
    { start: 7, end: 8 },
    { start: 20, end: 22 },
    { start: 5, end: 9 },
    { start: 15, end: 16 },
  ];
  const ix = new SpanIndex(spans);
  for (let a = 0; a <= 23; a++) {
    for (let b = a; b <= 23; b++) {
      assert.deepEqual(ix.within(a, b), spans.filter((s) => s.start >= a && s.end <= b), `within ${a} ${b}`);
      assert.deepEqual(
        ix.startingIn(a, b),
        spans.flatMap((s, i) => (s.start >= a && s.start < b ? [i] : [])),
        `startingIn ${a} ${b}`,
      );
    }
  }
  const sentences = [
    { start: 0, end: 4 },
    { start: 6, end: 10 },
    { start: 10, end: 15 },
  ];
  for (let at = -1; at <= 16; at++) assert.deepEqual(spanHolding(sentences, at), sentences.find((s) => at >= s.start && at < s.end), `at ${at}`);
  assert.equal(firstStartingAt(sentences, 7), 2);
  assert.equal(firstStartingAt(sentences, 0), 0);
  assert.equal(firstStartingAt(sentences, 99), 3);
});
