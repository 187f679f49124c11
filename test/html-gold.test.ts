/**
 * Floors on ../shared/gold/html: five real Vietnamese pages of 2012–2026 (two old layouts, a photo
 * story, a republished item, a modern page), each analysed with its address from SOURCES.tsv and
 * scored by ../shared/eval/score.mjs as the README's command does. Skipped when ../shared is absent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { toRecord } from "../src/record/record.js";
import { PINNED_NOW, sharedFile } from "./helpers/shared.js";

const SOURCES = sharedFile("corpus/html/SOURCES.tsv");
const SKIP = existsSync(SOURCES) && existsSync(sharedFile("gold/html")) ? false : "../shared/corpus/html is absent";

// Measured (issue 12): token F1 1.000, title 1.000, author 1.000, published 1.000, outlet 1.000, credits 1.000
// (before: 0.447, 0.600, 0.400, 0.400, 1.000, 0.800).
const FLOORS: Record<string, number> = { token_f1: 0.99, title: 1, author: 0.99, published: 0.99, outlet: 1, credits: 0.99 };

test("gold/html: the five Vietnamese pages score above their floors", { skip: SKIP }, () => {
  const rows = readFileSync(SOURCES, "utf8").split("\n").slice(1).filter((l) => l.trim());
  const records = rows.map((line) => {
    const [file, , , , , url] = line.split("\t");
    const path = sharedFile(`corpus/html/${file}`);
    const doc = analyze({ source: { path, record_id: null, url: url ?? null, fetched_at: null }, bytes: readFileSync(path), kind: "html" }, { url: url ?? null }, defaultContext(PINNED_NOW));
    return JSON.stringify(toRecord(doc));
  });
  assert.equal(records.length, 5);
  const dir = mkdtempSync(join(tmpdir(), "thoisu-html-gold-"));
  try {
    const pred = join(dir, "pred.ndjson");
    writeFileSync(pred, records.join("\n") + "\n");
    const res = spawnSync(process.execPath, [sharedFile("eval/score.mjs"), "--gold", sharedFile("gold/html"), "--pred", pred, "--json"], { encoding: "utf8" });
    assert.equal(res.status, 0, res.stderr);
    const scores = JSON.parse(res.stdout) as { missing: number; extraction: Record<string, number> };
    assert.equal(scores.missing, 0);
    for (const [k, floor] of Object.entries(FLOORS)) assert.ok(scores.extraction[k]! >= floor, `${k} ${scores.extraction[k]} < ${floor}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
