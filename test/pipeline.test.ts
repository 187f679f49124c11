import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES } from "../src/pipeline/stages.js";
import { checkOrder, dataStore, runBatch, runStages, type Stage } from "../src/pipeline/stage.js";
import { newDoc } from "../src/envelope/doc.js";
import { analyze, analyzeBatch } from "../src/pipeline/analyze.js";
import type { Doc } from "../src/envelope/types.js";
import { PINNED_NOW } from "./helpers/shared.js";

test("the registered stages are in a valid order", () => {
  assert.deepEqual(checkOrder(STAGES), []);
  assert.deepEqual(
    STAGES.slice(0, 3).map((s) => s.name),
    ["capture", "normalise", "extract"],
  );
});

test("a stage that throws becomes an error message; later stages still run", () => {
  const boom: Stage = { name: "boom", run: () => { throw new Error("kaput"); } };
  const mark: Stage = { name: "mark", run: (d) => ({ ...d, language: "marked" }) };
  const doc = runStages([boom, mark], newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: "x" }, {}), { now: PINNED_NOW, data: dataStore() });
  assert.equal(doc.language, "marked");
  assert.equal(doc.messages[0]?.rule, "boom/internal-error");
  assert.match(doc.messages[0]?.text ?? "", /kaput/);
});

test("analysis is deterministic and the article text matches its sections", () => {
  const cap = { source: { path: "x.txt", record_id: null, url: null, fetched_at: null }, text: "Tiêu đề bài báo về đàm phán\n\nĐoạn văn thứ nhất nói về cuộc đàm phán giữa hai bên tại Geneva hôm qua." };
  const ctx = { now: PINNED_NOW, data: dataStore() };
  const a = analyze(cap, {}, ctx);
  const b = analyze(cap, {}, ctx);
  assert.deepEqual({ ...a, capture: null }, { ...b, capture: null });
  for (const s of a.sections) assert.ok(s.end <= a.text.length && s.start < s.end);
  assert.equal(a.matchText.length, a.text.length);
});

test("data store loads a data set once", () => {
  const ds = dataStore();
  let loads = 0;
  const load = () => ++loads;
  ds.get("x", load);
  ds.get("x", load);
  assert.equal(loads, 1);
});

// our own short articles (undated, dated, with a title and a date to refine, with an error)
const BATCH_TEXTS = [
  "Nga và Mỹ sẽ đàm phán tại Geneva\n\nHãng tin Tass ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán về tình hình Ukraine tại Geneva vào ngày 10/1.",
  "Thủ tướng Nhật Bản thăm Việt Nam\n\nHà Nội, ngày 5/3/2025 - Thủ tướng Nhật Bản đã hội đàm với Thủ tướng Việt Nam tại Hà Nội hôm qua.",
  "Tổng thống Mỹ Donald Trump điện đàm với Tổng thống Nga\n\nHôm thứ Ba 18/3, hai nhà lãnh đạo nhất trí ngừng tấn công các cơ sở năng lượng.",
  "",
  "Trung Quốc phản đối\n\nBộ Ngoại giao Trung Quốc ngày 12/4 lên án việc Philippines tập trận với Mỹ ở Biển Đông.",
];
const capture = (text: string, i: number) => ({ source: { path: `a${i}.txt`, record_id: null, url: null, fetched_at: null }, text });

test("a batch run stage by stage gives every document as one run alone does, in order", () => {
  const ctx = { now: PINNED_NOW, data: dataStore() };
  const alone = BATCH_TEXTS.map((t, i) => analyze(capture(t, i), {}, ctx));
  // (batches of every size, and the same captures again: what a stage keeps of a document stays its own)
  for (const size of [1, 2, 3, BATCH_TEXTS.length]) {
    const got: Doc[] = [];
    for (let i = 0; i < BATCH_TEXTS.length; i += size) got.push(...analyzeBatch(BATCH_TEXTS.slice(i, i + size).map((t, k) => ({ capture: capture(t, i + k) })), ctx));
    assert.equal(got.length, alone.length);
    for (const [k, d] of got.entries()) assert.deepEqual({ ...d, capture: null }, { ...alone[k]!, capture: null }, `batch of ${size}, document ${k}`);
  }
  assert.ok(alone[0]!.events.length > 0 && alone[3]!.text === "");
});

test("in a batch, a stage that throws marks its document only, and each document has its own time budget", () => {
  let t = 0;
  // stage "slow" takes 30 ms on a document whose text says "slow", 1 ms otherwise; "boom" throws on "boom"
  const slow: Stage = { name: "slow", run: (d) => ((t += d.capture.text === "slow" ? 30 : 1), d) };
  const boom: Stage = { name: "boom", run: (d) => { if (d.capture.text === "boom") throw new Error("kaput"); return d; } };
  const mark: Stage = { name: "mark", run: (d) => ({ ...d, language: "marked" }) };
  const ctx = { now: PINNED_NOW, data: dataStore(), limits: { timeBudgetMs: 20 }, clock: () => t };
  const docs = ["a", "slow", "boom", "b"].map((x, i) => newDoc(capture(x, i), {}));
  const table: Array<[string, string[], string | null]> = [
    // text, its messages' rules, its language
    ["a", [], "marked"],
    ["slow", ["pipeline/time-budget"], null],
    ["boom", ["boom/internal-error"], "marked"],
    ["b", [], "marked"],
  ];
  const out = runBatch([slow, boom, mark], docs, ctx);
  for (const [k, [text, rules, language]] of table.entries()) {
    assert.deepEqual(out[k]!.messages.map((m) => m.rule), rules, text);
    assert.equal(out[k]!.language === "marked" ? "marked" : null, language, text);
  }
  assert.equal(out[1]!.messages[0]!.text, "analysis stopped after the slow stage: 0.03 s is over the time budget of 0.02 s per document (not run: boom, mark)");
});
