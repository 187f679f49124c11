import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES } from "../src/pipeline/stages.js";
import { checkOrder, dataStore, runStages, type Stage } from "../src/pipeline/stage.js";
import { newDoc } from "../src/envelope/doc.js";
import { analyze } from "../src/pipeline/analyze.js";
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
