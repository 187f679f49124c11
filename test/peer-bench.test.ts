/**
 * The article-extraction benchmark of ../shared/peer (181 English pages, hand-written bodies,
 * its own measure) as a floor: run in-process (bench/peer.ts), skipped when ../shared/peer is
 * absent. The figures match `../shared/peer/extraction-bench` (the benchmark's Python scorer).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { peerPages, peerScore, runPeer, shingleMatch as shingle } from "../bench/peer.js";

const pages = peerPages();
const SKIP = pages ? false : "../shared/peer is absent";

// Measured 2026 (issue 12): F1 0.976, precision 0.969, recall 0.983, no page empty.
// Readability.js 0.947, trafilatura 0.958, rs_trafilatura and AutoExtract 0.970.
const FLOOR = { f1: 0.974, precision: 0.967, recall: 0.98 };

test("peer benchmark: F1, precision and recall above their floors, no page without a body", { skip: SKIP }, () => {
  const res = runPeer(pages!);
  const s = peerScore(
    res.map((r) => r.m),
    res.map((r) => r.body),
  );
  const empty = res.filter((r) => !r.body).map((r) => r.id.slice(0, 12));
  assert.deepEqual(empty, [], "pages with an empty body");
  assert.ok(s.f1 >= FLOOR.f1, `F1 ${s.f1.toFixed(4)} < ${FLOOR.f1}`);
  assert.ok(s.precision >= FLOOR.precision, `precision ${s.precision.toFixed(4)} < ${FLOOR.precision}`);
  assert.ok(s.recall >= FLOOR.recall, `recall ${s.recall.toFixed(4)} < ${FLOOR.recall}`);
});

test("peer benchmark: the in-process measure is the benchmark's own (shingles of 4 words, normalised per page)", () => {
  // a page found whole, half a page, nothing, and extra text: the scorer's arithmetic
  const truth = "one two three four five six seven eight";
  const cases: Array<[string, number, number]> = [
    [truth, 1, 1],
    ["one two three four five", 1, 2 / 5],
    ["", 0, 0],
    [`${truth} nine ten`, 5 / 7, 1],
  ];
  for (const [pred, p, r] of cases) {
    const s = peerScore([shingle(truth, pred)], [pred]);
    assert.ok(Math.abs(s.precision - p) < 1e-9, `${pred}: precision ${s.precision}`);
    assert.ok(Math.abs(s.recall - r) < 1e-9, `${pred}: recall ${s.recall}`);
  }
});
