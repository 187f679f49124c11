/**
 * Floors on the shared corpus, per part, scored by ../shared/eval/score.mjs exactly as the README's
 * `npm run score` does. The parts are kept apart because they say different things:
 *   - seeds (5) and dev01–dev10: the articles the stages were first tuned on (fitted figures);
 *   - dev11 onwards: real articles from every region that no stage was written against.
 * Each floor sits a little under what was measured when it was set; raise them as the stages improve.
 * The documents of each part are read from the gold folder, so the corpus may grow without this
 * test changing (a new dev article joins the "rest" part).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { toRecord } from "../src/record/record.js";
import { captureFromJson } from "../src/capture/inputs.js";
import { HAVE_SHARED, PINNED_NOW, sharedFile } from "./helpers/shared.js";
import { type Floors, missedFloors as floorsMissed, type ScoreSummary } from "./helpers/heldout-score.js";


/** A part of the shared gold: a folder, and which of its documents belong to the part. */
type Part = { name: string; dir: string; keep: (doc: string) => boolean; floors: Floors };
const devNumber = (doc: string): number => Number(/^dev(\d+)$/.exec(doc)?.[1] ?? NaN);

// Measured 2026-12-06 (HEAD 4df81dd): seeds ref. day 0.600 year 1.000, timex 1.000, entities 0.995,
// events 0.776/0.896; dev01–10 ref. day 0.900 year 1.000, timex 1.000, entities 0.989, events 0.820/0.820,
// status 0.880; dev11–34 extraction 0.979 (title 0.833), ref. day 0.500 year 0.708, timex 0.753,
// entities 0.915, events 0.357/0.570, status 0.881.
// Issue #13 (reference date weighed from every clue; XXXX when the year is not settled): seeds ref. day
// 1.000; dev01–10 ref. day 1.000, timex 0.912 (relaxed 1.000: dev08's year is not settled by its text,
// so its dates keep XXXX), events 0.754/0.820; dev11–34 ref. day 0.708 year 0.750, timex 0.688
// (relaxed 0.909), events 0.348/0.570. Strict timex and event figures fell where a year was a guess
// before and is now said to be unknown.
// Generalisation of text extraction and actors (plain-text page structures, names found by shape and by
// the nouns around them, world leaders 2019–2026): dev11–34 extraction token F1 0.979 → 0.984, title
// 0.833 → 1.000, author 0.833 → 0.958, credits 0.958 → 1.000; entities 0.915 → 0.960 (P 0.985, R 0.936).
// Issue #13, second pass (numbered meetings, anniversaries of relations, weekdays in brackets, "những năm
// tới" no date, the guess of an open year the latest reading up to the data's horizon): dev11–34 ref. day
// 0.750 year 0.792, timex 0.697 (relaxed 0.921); seeds and dev01–10 unchanged.
// Issue #14 (clause layer, event frames as data), after merging main: seeds events 0.841/0.957, status
// 0.879; dev01–10 events 0.730/0.825, status 0.923 (0.754 before: fitted rules replaced by structure);
// dev11–34 events 0.486/0.720, status 0.870 (even half 0.526/0.825, odd half held out 0.440/0.600).
// Issue #13, happenings (a catalogue of dated happenings matched by structure; data/time/happenings.json):
// dev11–34 ref. day 0.750 → 0.792, year 0.792 → 0.917, timex 0.697 → 0.882 (relaxed 0.921 → 0.934),
// events 0.486 → 0.551 (even half ref. 1.000/1.000, timex 0.947; odd half held out: day 0.583, year
// 0.667 → 0.833, timex 0.632 → 0.816); seeds and dev01–10 unchanged.
// Issue #14, session 5 (event families: status from a relative clause, one-sided events of bodies of states
// and MOBILIZE, joint agreements, copula heads, meetings led by one side, releases, warnings as threats):
// dev01–10 events 0.730/0.825/0.923 → 0.762/0.857/0.926 (strict/relaxed/status); dev11–34 0.551/0.720/0.870 →
// 0.561/0.738/0.886 (even half 0.649/0.825/0.894 → 0.649/0.842/0.917; odd half held out 0.440/0.600/0.833 →
// 0.460/0.620/0.839); seeds unchanged.
// Issue #14, round 2 (a time after a word of no time in a "trước/sau" group dates the act; restrictions as
// nouns imposed by a verb are SANCTION): dev11–34 events 0.561/0.738/0.886 → 0.586/0.744/0.887 (even half
// 0.649/0.842/0.917 → 0.696/0.852/0.918; odd half held out unchanged 0.460/0.620/0.839); seeds, dev01–10 unchanged.
// Then (requests to be granted something, a headline's act dated by its speaker's day): dev11–34 → 0.602/0.750/0.889
// (even half 0.724/0.862/0.920; odd half unchanged).
// Issue #13, session 6 (the place's clock tells the day an undated capture names; a flagged year guess when
// nothing dates its days): dev11–34 ref. day 0.792 → 0.917, year 0.917 → 0.958 (even half 1.000/1.000
// unchanged; odd half held out 0.583/0.833 → 0.833/0.917); seeds, dev01–10 unchanged.
// Issue #14, session 6 "ev4" (quantity groups inside verb+noun triggers, "việc tấn công X của B", a conditional
// mention no longer makes a happening hypothetical): dev11–34 events 0.602/0.750/0.889 → 0.599/0.756/0.902
// (even half 0.724/0.862/0.920 → 0.724/0.862/0.940; odd half held out 0.460/0.620/0.839 → see the report);
// seeds, dev01–10 unchanged.
// Issue #13, session 7 "tx" (time expressions from the language: a table of our own press sentences; a lead
// date in a text that says "hôm qua" and never "hôm nay" is yesterday's; a clock time with its day is a day clue):
// dev11–34 timex 0.88 → 0.901 (relaxed 0.934 → 0.954; even half unchanged 0.947/1.000, odd half held out
// 0.816/0.868 → 0.853/0.907); ref. date unchanged 0.917/0.958; seeds, dev01–10 unchanged.
// Issue #14, session 7 "ev5" (triggers per PLOVER type from the ontology, a later date inside an act's date refines
// it, distributive anaphors "mỗi bên"): dev11–34 events 0.599/0.756/0.902 → 0.608/0.756/0.902 (even half
// 0.724/0.862/0.940 → 0.741/0.862/0.940; odd half held out: see the report); seeds, dev01–10 unchanged.
// Session 7, lead (proposals as objects of refusals, judged acts, a state's people as recipients, packages of aid,
// acronyms the dictionary knows after a name it lacks): dev11–34 events 0.606/0.752/0.902 → 0.615/0.760/0.905
// (even half unchanged; the odd half as a whole 0.451 → 0.476).
// Issue #14, session 8 "ev7" (sides and dates across sentences; lists after "với"; "cuộc gặp này"): dev01–10 events
// 0.762/0.857/0.926 → 0.794/0.857/0.926; dev11–34 0.615/0.760/0.905 → 0.618/0.755/0.904 (even half unchanged
// 0.741/0.862/0.940; odd half held out, as a whole, 0.476/0.648/0.853 → 0.481/0.635/0.848); seeds unchanged.
// Issue #14, session 11 "types" (how the type is chosen): dev11–34 events 0.613/0.757/0.905 → 0.619/0.771/0.895 (even half
// unchanged 0.735/0.855/0.940; the odd half held out, as a whole, 0.476/0.648/0.853 → 0.491/0.679/0.833: more relaxed
// matches, some with another status); dev01–10 and seeds unchanged. Status floor of dev11– 0.9 → 0.89.
// Raw captures (see RAW_PARTS below), issue 13 session 8 "tx2" (ages of leaders with a known birth day, ordinal
// years and days of known starts, counted terms, more numbered meetings, the clock as the upper bound): measured
// at the end of the session: dev01–10 ref. day 0.700 year 1.000, timex 0.559 (0.471 at the start: the clock and
// the Alaska summit known as unique settle two years), relaxed 0.971, events 0.603 (0.540); dev11–34 day 0.833 year
// 0.875, timex 0.747 (relaxed 0.960), events 0.557 (unchanged). Floors a little under.
const RAW_FLOOR = {
  d0110: { day: 0.69, year: 0.99, timex: 0.54, events: 0.58 },
  rest: { day: 0.82, year: 0.86, timex: 0.73, events: 0.53 },
};
const PARTS: Part[] = [
  {
    name: "seeds",
    dir: "gold/seeds",
    keep: () => true,
    floors: {
      extraction: { token_f1: 0.99, title: 1, author: 1, published: 1, outlet: 1, credits: 1 },
      reference_date: { day: 0.99, year: 1 },
      timex: { f1: 0.97, relaxed_f1: 0.97 },
      entities: { f1: 0.98 },
      events: { f1: 0.85, relaxed_f1: 0.96, status_accuracy: 0.87 },
    },
  },
  {
    name: "dev01-10",
    dir: "gold/dev",
    keep: (doc) => devNumber(doc) <= 10,
    floors: {
      extraction: { token_f1: 0.99, title: 1, author: 1, published: 1, outlet: 1, credits: 1 },
      reference_date: { day: 0.99, year: 1 },
      timex: { f1: 0.89, relaxed_f1: 0.97 },
      entities: { f1: 0.97 },
      events: { f1: 0.78, relaxed_f1: 0.85, status_accuracy: 0.92 },
    },
  },
  {
    name: "dev11-",
    dir: "gold/dev",
    keep: (doc) => devNumber(doc) > 10,
    floors: {
      extraction: { token_f1: 0.98, title: 0.99, author: 0.95, published: 0.99, outlet: 0.95, credits: 0.99 },
      reference_date: { day: 0.9, year: 0.95 },
      timex: { f1: 0.89, relaxed_f1: 0.94 },
      entities: { f1: 0.95 },
      events: { f1: 0.61, relaxed_f1: 0.75, status_accuracy: 0.89 },
    },
  },
];

/** Analysis records of the seeds and dev.jsonl, as `analyze --json` writes them. */
function records(): string[] {
  const ctx = { now: PINNED_NOW, data: dataStore() };
  const lines: string[] = [];
  for (const f of readdirSync(sharedFile("corpus/seeds")).filter((x) => x.endsWith(".txt")).sort()) {
    const path = sharedFile(`corpus/seeds/${f}`);
    const doc = analyze({ source: { path, record_id: null, url: null, fetched_at: null }, bytes: readFileSync(path), kind: "text" }, {}, ctx);
    lines.push(JSON.stringify(toRecord(doc)));
  }
  return [...lines, ...devRecords(ctx, false)];
}

/** Analysis records of dev.jsonl; as raw captures (its `url` and `fetched_at` removed) when `raw`. */
function devRecords(ctx: Context, raw: boolean): string[] {
  const lines: string[] = [];
  for (let line of readFileSync(sharedFile("corpus/dev.jsonl"), "utf8").split("\n").filter((l) => l.trim())) {
    if (raw) {
      const r = JSON.parse(line) as Record<string, unknown>;
      delete r.url;
      delete r.fetched_at;
      line = JSON.stringify(r);
    }
    const item = captureFromJson(line, "dev.jsonl");
    assert.ok(item.ok, "dev.jsonl: a line could not be read");
    lines.push(JSON.stringify(toRecord(analyze(item.capture, {}, ctx))));
  }
  return lines;
}

/** Writes `lines` to a scratch folder and scores them against each part's floors; the floors missed. */
function missedFloors(prefix: string, lines: string[], parts: Part[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const pred = join(dir, "pred.ndjson");
    writeFileSync(pred, lines.join("\n") + "\n");
    return scoreParts(dir, pred, parts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("shared corpus: every part of seeds and dev stays above its floors", { skip: !HAVE_SHARED && "../shared not present" }, () => {
  assert.deepEqual(missedFloors("thoisu-shared-", records(), PARTS), []);
});

/** Scores `pred` against each part's gold (linked into `dir`); the floors missed. */
function scoreParts(dir: string, pred: string, parts: Part[]): string[] {
  const failures: string[] = [];
  for (const part of parts) {
    // the part's gold files, linked (not copied) into a folder of their own
    const gold = join(dir, part.name);
    mkdirSync(gold);
    const docs = readdirSync(sharedFile(part.dir))
      .filter((f) => f.endsWith(".json") && part.keep(f.replace(/\.json$/, "")))
      .sort();
    assert.ok(docs.length > 0, `${part.name}: no gold documents`);
    for (const f of docs) symlinkSync(sharedFile(`${part.dir}/${f}`), join(gold, f));
    const res = spawnSync(process.execPath, [sharedFile("eval/score.mjs"), "--gold", gold, "--pred", pred, "--json"], { encoding: "utf8" });
    assert.equal(res.status, 0, res.stderr);
    const got = JSON.parse(res.stdout) as ScoreSummary;
    assert.equal(got.docs, docs.length, `${part.name}: scored ${got.docs} of ${docs.length} documents`);
    assert.equal(got.missing, 0, `${part.name}: records missing`);
    failures.push(...floorsMissed(part.name, got, part.floors));
  }
  return failures;
}

/**
 * Raw captures (issue 13): dev.jsonl with `url` and `fetched_at` removed, as a text-only capture
 * arrives. The reference date then comes from the words alone; a year the text does not settle
 * stays XXXX, so strict timex and dated events are lost where the year is open. The clock is one
 * of a real run (late 2026), not the pinned one, which would settle more than a user sees.
 */
const RAW_NOW = new Date("2026-12-01T00:00:00Z");
const RAW_PARTS: Part[] = [
  {
    name: "raw-dev01-10",
    dir: "gold/dev",
    keep: (doc) => devNumber(doc) <= 10,
    floors: { reference_date: { day: RAW_FLOOR.d0110.day, year: RAW_FLOOR.d0110.year }, timex: { f1: RAW_FLOOR.d0110.timex, relaxed_f1: 0.95 }, events: { f1: RAW_FLOOR.d0110.events } },
  },
  {
    name: "raw-dev11-",
    dir: "gold/dev",
    keep: (doc) => devNumber(doc) > 10,
    floors: { reference_date: { day: RAW_FLOOR.rest.day, year: RAW_FLOOR.rest.year }, timex: { f1: RAW_FLOOR.rest.timex, relaxed_f1: 0.9 }, events: { f1: RAW_FLOOR.rest.events } },
  },
];

test("shared corpus as raw captures (no URL, no fetch date): every part stays above its floors", { skip: !HAVE_SHARED && "../shared not present" }, () => {
  assert.deepEqual(missedFloors("thoisu-shared-raw-", devRecords({ now: RAW_NOW, data: dataStore() }, true), RAW_PARTS), []);
});

test("shared corpus: the scorer finds a gold file for every dev record", { skip: !HAVE_SHARED && "../shared not present" }, () => {
  const ids = readFileSync(sharedFile("corpus/dev.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id);
  for (const id of ids) assert.ok(existsSync(sharedFile(`gold/dev/${id}.json`)), `no gold for ${id}`);
});
