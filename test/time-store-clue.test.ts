import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { openSqlite } from "../src/store/sqlite.js";
import { createPool } from "../src/ingest/pool.js";
import { ingestInputs, reanalyzeStore } from "../src/ingest/ingest.js";
import { readInputs } from "../src/capture/inputs.js";
import { PINNED_NOW } from "./helpers/shared.js";

// Two articles of our own on one meeting: the first is dated by its URL; the second's text leaves
// its year open (a four-year term of office, no year written; a meeting the catalogue of
// happenings, data/time/happenings.json, does not have: none of theirs in Singapore, so no day of
// the catalogue is near).
const DATED = {
  id: "dated",
  url: "https://example.vn/the-gioi/20250521/my-trung-hoi-dam.html",
  text: "Mỹ và Trung Quốc hội đàm tại Singapore\n\nNgày 20/5, Bộ trưởng Tài chính Mỹ Scott Bessent đã hội đàm với Phó Thủ tướng Trung Quốc Hà Lập Phong tại Singapore về thuế quan.\n\nHai bên cho biết cuộc hội đàm mang tính xây dựng.",
};
const UNDATED = {
  id: "undated",
  text: "Quan chức Mỹ và Trung Quốc gặp nhau ở Singapore\n\nHôm 20/5, Bộ trưởng Tài chính Mỹ Scott Bessent đã hội đàm với Phó Thủ tướng Trung Quốc Hà Lập Phong tại Singapore về thuế quan.\n\nTổng thống Mỹ Donald Trump nói cuộc gặp rất tốt.",
};

// The clock bounds the readings (an article is written by then): at the tests' pinned clock
// (2026-01-01) the term and the day alone would leave 2025 only; a later clock leaves the year open.
const LATE_NOW = new Date(PINNED_NOW.getTime() + 540 * 86400000);

async function refOf(dir: string, db: string, lines: object[], then?: "reanalyze"): Promise<Record<string, { value: string | null; year_known?: boolean; clues?: Array<{ kind: string }> }>> {
  const file = join(dir, `${db}.jsonl`);
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  const store = await openSqlite(join(dir, `${db}.db`), () => LATE_NOW);
  const pool = createPool(0, LATE_NOW);
  try {
    await ingestInputs(store, readInputs([file], Readable.from([])), { options: {}, batchSize: 10, pool });
    if (then) await reanalyzeStore(store, { batchSize: 10, pool });
    const out: Record<string, { value: string | null; year_known?: boolean; clues?: Array<{ kind: string }> }> = {};
    for await (const a of store.records()) out[a.record.source.record_id ?? ""] = a.record.reference_date;
    return out;
  } finally {
    await pool.close();
    await store.close();
  }
}

test("store clue: a dated article of the same story settles the year of an undated one, on ingest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-story-clue-"));
  try {
    // Alone, the undated article's year is open.
    const alone = await refOf(dir, "alone", [UNDATED]);
    assert.equal(alone.undated?.year_known, false);
    // With the dated one in the same ingest, it is settled by the story.
    const both = await refOf(dir, "both", [DATED, UNDATED]);
    assert.equal(both.dated?.value, "2025-05-21");
    assert.equal(both.undated?.value, "2025-05-21");
    assert.equal(both.undated?.year_known, true);
    assert.ok(both.undated?.clues?.some((c) => c.kind === "story"), JSON.stringify(both.undated));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
