/**
 * Scores a batch of own captures (batch.jsonl: id, text, optional url/fetched_at) against a gold folder with
 * ../shared/eval/score.mjs, analysing in process with a pinned clock. Returns the scorer's --json summary.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../src/pipeline/analyze.js";
import { dataStore } from "../../src/pipeline/stage.js";
import { toRecord } from "../../src/record/record.js";
import { fixture, PINNED_NOW, SHARED } from "./shared.js";

export const SCORER = join(SHARED, "eval/score.mjs");

export interface ScoreSummary {
  docs: number;
  missing: number;
  extraction: Record<string, number>;
  reference_date: Record<string, number>;
  timex: Record<string, number>;
  entities: Record<string, number>;
  events: Record<string, number>;
}

/** Minimum figures per group of the scorer's summary. */
export type Floors = { [K in Exclude<keyof ScoreSummary, "docs" | "missing">]?: Record<string, number> };

/** The floors a summary misses, each said as "<label>: <group> <figure> = <value> < <floor>". */
export function missedFloors(label: string, got: ScoreSummary, floors: Floors): string[] {
  const out: string[] = [];
  for (const [group, mins] of Object.entries(floors))
    for (const [k, min] of Object.entries(mins)) {
      const v = got[group as keyof Floors]?.[k];
      if (!(v !== undefined && v >= min)) out.push(`${label}: ${group} ${k} = ${v?.toFixed(3)} < ${min}`);
    }
  return out;
}

export function scoreBatch(batch: string, gold: string): { records: number; got: ScoreSummary } {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-heldout-"));
  try {
    const ctx = { now: PINNED_NOW, data: dataStore() };
    const lines: string[] = [];
    for (const line of readFileSync(batch, "utf8").split("\n").filter((l) => l.trim())) {
      const r = JSON.parse(line) as { id: string; url?: string; text: string; fetched_at?: string };
      const doc = analyze({ source: { path: null, record_id: r.id, url: r.url ?? null, fetched_at: r.fetched_at ?? null }, text: r.text, kind: "text" }, {}, ctx);
      lines.push(JSON.stringify(toRecord(doc)));
    }
    const pred = join(dir, "pred.ndjson");
    writeFileSync(pred, lines.join("\n") + "\n");
    const res = spawnSync(process.execPath, [SCORER, "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
    if (res.status !== 0) throw new Error(`scorer failed: ${res.stderr}`);
    return { records: lines.length, got: JSON.parse(res.stdout) as ScoreSummary };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One own check set (test/fixtures/<dir>: batch.jsonl and gold/) as a test: all its records analysed and scored,
 * at least `goldEvents` gold events read, and every floor reached (skipped when the set or ../shared is absent).
 */
export function checkSetTest(title: string, dir: string, want: { records: number; goldEvents: number }, floors: Floors): void {
  const batch = fixture(`${dir}/batch.jsonl`);
  const gold = fixture(`${dir}/gold`);
  const ready = existsSync(batch) && existsSync(gold) && existsSync(SCORER);
  test(title, { skip: !ready && `${dir} batch or ../shared scorer absent` }, (t) => {
    const { records, got } = scoreBatch(batch, gold);
    t.diagnostic(JSON.stringify({ extraction: got.extraction, reference_date: got.reference_date, timex: got.timex, entities: got.entities, events: got.events }));
    assert.equal(records, want.records, `expected ${want.records} ${dir} records, got ${records}`);
    assert.equal(got.missing, 0, `${dir} records missing`);
    assert.ok(got.events.gold! >= want.goldEvents, `only ${got.events.gold} ${dir} gold events`);
    assert.deepEqual(missedFloors(dir, got, floors), []);
  });
}
