/**
 * scripts/story-splits.mjs: the story scorer's "one line" counts as a split every line placing
 * another gold happening of the same type and sides a day or two away; the script's "own lines"
 * count only lines that fit no other happening better. Small gold sets written for this test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("../../scripts/story-splits.mjs", import.meta.url));

interface GoldEvent {
  type: string;
  actor: string[];
  recipient: string[];
  date: string | null;
}
interface Line {
  id: string;
  type: string;
  participants: string[];
  date: string | null;
  sort: string;
  docs: string[];
}

const ev = (type: string, actor: string[], recipient: string[], date: string | null): GoldEvent => ({ type, actor, recipient, date });
const line = (id: string, type: string, participants: string[], date: string | null, docs: string[], sort = date ?? "2025-10-21"): Line => ({ id, type, participants, date, sort, docs });

function run(gold: Record<string, GoldEvent[]>, lines: Line[] | null): string {
  const dir = mkdtempSync(join(tmpdir(), "story-splits-"));
  try {
    mkdirSync(join(dir, "gold"));
    for (const [doc, events] of Object.entries(gold)) writeFileSync(join(dir, "gold", `${doc}.json`), JSON.stringify({ doc, reference_date: "2025-10-21", events }));
    const args = [SCRIPT, "--gold", join(dir, "gold")];
    if (lines) {
      writeFileSync(join(dir, "records.ndjson"), Object.keys(gold).map((doc) => JSON.stringify({ id: `a-${doc}`, source: { record_id: doc } })).join("\n") + "\n");
      const tl = lines.map((l) => ({ id: l.id, type: l.type, participants: l.participants, date: l.date, sort: l.sort, sources: l.docs.map((d) => ({ articleId: `a-${d}` })) }));
      writeFileSync(join(dir, "timeline.json"), JSON.stringify(tl));
      args.push("--records", join(dir, "records.ndjson"), "--timeline", join(dir, "timeline.json"), "--list");
    } else args.push("--oracle");
    const res = spawnSync(process.execPath, args, { encoding: "utf8" });
    assert.equal(res.status, 0, res.stderr);
    return res.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One article: a call on the 20th, the summit it announces (undated, at the report date, the 21st),
// and a call of other sides.
const GOLD = {
  d1: [ev("CONSULT", ["USA", "RUS"], [], "2025-10-20"), ev("CONSULT", ["USA", "RUS"], [], null), ev("CONSULT", ["FRA"], ["DEU"], "2025-10-20")],
  d2: [ev("CONSULT", ["RUS"], ["USA"], "2025-10-20")],
};

test("story-splits: the scorer's one line against the timeline's own splits", () => {
  const table: Array<{ name: string; lines: Line[] | null; scorer: string; own: string; split: number; listed?: RegExp }> = [
    // Even one line per gold happening is "split" by the scorer: the call and the summit are a day apart.
    { name: "the ceiling (--oracle)", lines: null, scorer: "0.333", own: "1.000", split: 0 },
    {
      name: "one line per happening",
      lines: [line("call", "CONSULT", ["RUS", "USA"], "2025-10-20", ["d1", "d2"]), line("summit", "CONSULT", ["RUS", "USA"], null, ["d1"]), line("fd", "CONSULT", ["DEU", "FRA"], "2025-10-20", ["d1"])],
      scorer: "0.333",
      own: "1.000",
      split: 0,
    },
    {
      name: "the call on two lines (one per article)",
      lines: [
        line("call", "CONSULT", ["RUS", "USA"], "2025-10-20", ["d1"]),
        line("call2", "CONSULT", ["RUS", "USA"], "2025-10-20", ["d2"]),
        line("summit", "CONSULT", ["RUS", "USA"], null, ["d1"]),
        line("fd", "CONSULT", ["DEU", "FRA"], "2025-10-20", ["d1"]),
      ],
      scorer: "0.333",
      own: "0.667",
      split: 1,
      listed: /SPLIT {2}lines 3 own 2 {2}2025-10-20 {2}CONSULT USA\+RUS {2}\[d1,d2\] {2}call call2/,
    },
    {
      name: "the other sides' call on two lines",
      lines: [line("call", "CONSULT", ["RUS", "USA"], "2025-10-20", ["d1", "d2"]), line("summit", "CONSULT", ["RUS", "USA"], null, ["d1"]), line("fd", "CONSULT", ["DEU", "FRA"], "2025-10-20", ["d1"]), line("fd2", "CONSULT", ["DEU", "FRA"], "2025-10-21", ["d1"])],
      scorer: "0.000",
      own: "0.667",
      split: 1,
      listed: /SPLIT .*CONSULT FRA\+DEU/,
    },
  ];
  for (const t of table) {
    const out = run(GOLD, t.lines);
    assert.match(out, new RegExp(`one line ${t.scorer} \\(as the story scorer counts\\)  one own line ${t.own} \\(${t.split} split`), `${t.name}: ${out}`);
    if (t.listed) assert.match(out, t.listed, t.name);
    else assert.doesNotMatch(out, /^SPLIT/m, t.name);
  }
});

test("story-splits: --skip leaves documents out of the gold", () => {
  const out = run({ ...GOLD, dev13: [ev("ASSAULT", ["ISR"], ["PSE"], "2025-10-20")] }, null);
  assert.match(out, /happenings 4 /);
  const dir = mkdtempSync(join(tmpdir(), "story-splits-"));
  try {
    mkdirSync(join(dir, "gold"));
    writeFileSync(join(dir, "gold", "dev13.json"), JSON.stringify({ doc: "dev13", reference_date: "2025-10-21", events: [ev("ASSAULT", ["ISR"], ["PSE"], "2025-10-20")] }));
    writeFileSync(join(dir, "gold", "dev12.json"), JSON.stringify({ doc: "dev12", reference_date: "2025-10-21", events: [ev("ASSAULT", ["ISR"], ["PSE"], "2025-10-19")] }));
    const res = spawnSync(process.execPath, [SCRIPT, "--gold", join(dir, "gold"), "--oracle", "--skip", "^dev13$"], { encoding: "utf8" });
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /happenings 1 /);
    const bad = spawnSync(process.execPath, [SCRIPT, "--gold", join(dir, "gold")], { encoding: "utf8" });
    assert.equal(bad.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
