/**
 * Compares the whole pipeline's speed of two builds (e.g. main and a branch), both loaded in this
 * one process and run in alternating rounds over the same captures (seeds and dev texts from
 * ../shared, else one written article), so that both see the same machine load: on the shared
 * 2-core machine, separate runs minutes apart differ by more than most changes do. Prints, per
 * build, the main thread's CPU time per article (mean, median round, best round). Garbage
 * collection is shared by the two and smeared over both: allocation savings show less here.
 * A build with `runBatch` is run as its `thoisu analyze` runs: batches of BATCH_MAX captures, stage
 * by stage (COMPARE_BATCH=1 runs every build one capture at a time).
 *
 *   npm run build && node dist/bench/compare.js SECONDS DIR_A DIR_B
 *   (each DIR a checkout with `dist/` built, e.g. a `git archive main` copy beside the repo)
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Capture, Doc } from "../src/envelope/types.js";
import { sharedTextCaptures } from "./captures.js";
import type { Context, Stage } from "../src/pipeline/stage.js";
import { PINNED_NOW } from "../test/helpers/shared.js";

const [secsArg, ...dirs] = process.argv.slice(2);
const seconds = Number(secsArg);
if (!Number.isFinite(seconds) || dirs.length !== 2) {
  console.error("usage: node dist/bench/compare.js SECONDS DIR_A DIR_B  (two checkouts with dist/ built)");
  process.exit(2);
}
for (const d of dirs) {
  if (!existsSync(join(d, "dist/src/pipeline/stages.js"))) {
    console.error(`${d}: no dist/src/pipeline/stages.js there (build it first: npm run build)`);
    process.exit(2);
  }
}

/** CPU time of this (main) thread alone in ms, from /proc (Linux); process CPU elsewhere. */
function cpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

const captures: Capture[] = sharedTextCaptures(
  "Nga và Mỹ sẽ đàm phán tại Geneva\n\nHãng tin Tass ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán về tình hình Ukraine tại Geneva vào ngày 10/1.",
);

interface Build {
  dir: string;
  run: (cs: Capture[]) => void;
  rounds: number[];
  /** Captures per batch (1: one by one). */
  size: number;
}
const builds: Build[] = [];
for (const dir of dirs) {
  const base = resolve(dir, "dist/src");
  const { newDoc } = (await import(join(base, "envelope/doc.js"))) as { newDoc: (c: Capture, o: object) => Doc };
  const { dataStore } = (await import(join(base, "pipeline/stage.js"))) as { dataStore: () => Context["data"] };
  const { STAGES } = (await import(join(base, "pipeline/stages.js"))) as { STAGES: readonly Stage[] };
  const ctx: Context = { now: PINNED_NOW, data: dataStore() };
  // (a build that runs batches stage by stage, as its `thoisu analyze` does, is run so; COMPARE_BATCH=1: one by one)
  const stage = (await import(join(base, "pipeline/stage.js"))) as { runBatch?: (s: readonly Stage[], d: Doc[], c: Context) => Doc[] };
  const analyze = (await import(join(base, "pipeline/analyze.js"))) as { BATCH_MAX?: number };
  const size = stage.runBatch && analyze.BATCH_MAX ? Number(process.env.COMPARE_BATCH ?? analyze.BATCH_MAX) : 1;
  const run = (cs: Capture[]): void => {
    if (size > 1) {
      for (let i = 0; i < cs.length; i += size) stage.runBatch!(STAGES, cs.slice(i, i + size).map((c) => newDoc(c, {})), ctx);
      return;
    }
    for (const c of cs) {
      let doc = newDoc(c, {});
      for (const s of STAGES) doc = s.run(doc, ctx);
    }
  };
  builds.push({ dir, run, rounds: [], size });
}
// warm-up: data loading and the first compilations (not counted)
for (let k = 0; k < 3; k++) for (const b of builds) b.run(captures);
const t0 = performance.now();
for (let r = 0; performance.now() - t0 < seconds * 1000; r++) {
  // alternate which build goes first
  for (const b of r % 2 ? builds : [...builds].reverse()) {
    const c0 = cpuMs();
    b.run(captures);
    b.rounds.push((cpuMs() - c0) / captures.length);
  }
}
console.log(`${captures.length} captures, ${builds[0]!.rounds.length} rounds each (main-thread CPU ms per article)`);
for (const b of builds) {
  const s = [...b.rounds].sort((x, y) => x - y);
  const mean = s.reduce((a, x) => a + x, 0) / s.length;
  const med = s[s.length >> 1]!;
  console.log(`${b.dir} (${b.size > 1 ? `batches of ${b.size}` : "one by one"}): mean ${mean.toFixed(3)} (${(1000 / mean).toFixed(0)}/s), median round ${med.toFixed(3)} (${(1000 / med).toFixed(0)}/s), best round ${s[0]!.toFixed(3)} (${(1000 / s[0]!).toFixed(0)}/s)`);
}
const [a, b] = builds.map((x) => x.rounds.reduce((p, q) => p + q, 0) / x.rounds.length);
console.log(`B / A mean CPU per article: ${(b! / a!).toFixed(3)}`);
