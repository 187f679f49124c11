/**
 * Pipeline bench: the whole `analyze` pipeline (every registered stage) on text captures, in
 * articles per second on one core, with the time each stage takes. Captures come from
 * ../shared/corpus (seeds and dev) when present, else from one written article. Two figures:
 * a short run right after a second of warm-up (the optimising compiler still works on the
 * largest functions in its own threads, which process CPU counts), and the steady state a long
 * batch sees, measured once those threads have settled (at most BENCH_MAX_WARM seconds, default
 * 60, of further warm-up). Then each stage alone. The captures go through the pipeline as
 * `thoisu analyze` sends them: in batches of BATCH_MAX, stage by stage (`runBatch`);
 * BENCH_BATCH=1 sends them one by one.
 *
 *   npm run build && node dist/bench/pipeline.js [seconds per measure, default 2]
 */
import { readFileSync } from "node:fs";
import type { Capture, Doc } from "../src/envelope/types.js";
import { sharedTextCaptures } from "./captures.js";
import { newDoc } from "../src/envelope/doc.js";
import { dataStore, runBatch, type Context } from "../src/pipeline/stage.js";
import { BATCH_MAX } from "../src/pipeline/analyze.js";
import { STAGES } from "../src/pipeline/stages.js";
import { PINNED_NOW } from "../test/helpers/shared.js";

const seconds = Number(process.argv[2] ?? 2);

/** CPU time of this (main) thread alone in ms, from /proc (Linux); null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}
const captures: Capture[] = sharedTextCaptures(
  "Nga và Mỹ sẽ đàm phán tại Geneva\n\nHãng tin Tass ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán về tình hình Ukraine tại Geneva vào ngày 10/1. Thổ Nhĩ Kỳ đã tổ chức một cuộc gặp giữa Nga và Ukraine tại Istanbul.",
);
const bytes = captures.reduce((n, c) => n + (c.bytes?.length ?? Buffer.byteLength(c.text ?? "")), 0);

const ctx: Context = { now: PINNED_NOW, data: dataStore() };
const batch = Math.max(1, Number(process.env.BENCH_BATCH ?? BATCH_MAX));
/** Every capture once, in batches; the number of events found. */
function runRound(): number {
  let events = 0;
  for (let i = 0; i < captures.length; i += batch) {
    for (const d of runBatch(STAGES, captures.slice(i, i + batch).map((c) => newDoc(c, {})), ctx)) events += d.events.length;
  }
  return events;
}

// warm-up: loads every data set once (not counted)
const tw = performance.now();
const events = runRound();
const warm = performance.now() - tw;
// then a second of warm-up so the optimising compiler has settled (not counted either)
const coldCpu0 = process.cpuUsage();
const coldMain0 = mainThreadCpuMs();
let coldN = 0;
const tj = performance.now();
while (performance.now() - tj < 1000) {
  runRound();
  coldN += captures.length;
}

/** Runs whole rounds over the captures for at least `secs` seconds; wall, process CPU and main-thread CPU used. */
function measure(secs: number): { n: number; ms: number; cpuMs: number; mainMs: number | null } {
  let n = 0;
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const t0 = performance.now();
  while (performance.now() - t0 < secs * 1000) {
    runRound();
    n += captures.length;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const main1 = mainThreadCpuMs();
  return { n, ms, cpuMs: (cpu.user + cpu.system) / 1000, mainMs: main0 !== null && main1 !== null ? main1 - main0 : null };
}
function report(label: string, r: ReturnType<typeof measure>): void {
  const { n, ms, cpuMs, mainMs } = r;
  console.log(
    `${label}: ${n} articles in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms process CPU = ${((n * 1000) / cpuMs).toFixed(0)} articles per process CPU-second ` +
      `(${(cpuMs / n).toFixed(2)} ms/article; ${((n * 1000) / ms).toFixed(0)}/s wall)`,
  );
  if (mainMs !== null) {
    console.log(`  main thread alone: ${mainMs.toFixed(0)} ms CPU = ${((n * 1000) / mainMs).toFixed(0)} articles per main-thread CPU-second (${(mainMs / n).toFixed(2)} ms/article)   target ≥ 500/s per core`);
  }
}

console.log(`captures: ${captures.length} text captures, ${(bytes / 1024).toFixed(0)} KiB, ${events} events; first pass incl. data loading ${warm.toFixed(0)} ms; ${batch > 1 ? `batches of ${batch}, stage by stage` : "one by one"}`);
// 1. short run, right after the warm-up above: V8's optimising compiler is still at work on the
//    largest functions in its own threads (counted in process CPU), as in a short batch
const short = measure(seconds);
report(`short run (${seconds} s, after 1 s of warm-up)`, short);
{
  // from the end of the first pass: the warm-up second and the short run together, as a short batch from a cold start
  const c = process.cpuUsage(coldCpu0);
  const m1 = mainThreadCpuMs();
  const n = coldN + short.n;
  const cpuMs = (c.user + c.system) / 1000;
  console.log(
    `  from a cold start (first pass excluded, the warm-up second included): ${n} articles, ${cpuMs.toFixed(0)} ms process CPU = ${((n * 1000) / cpuMs).toFixed(0)}/s` +
      (coldMain0 !== null && m1 !== null ? `, ${(m1 - coldMain0).toFixed(0)} ms main thread = ${((n * 1000) / (m1 - coldMain0)).toFixed(0)}/s` : ""),
  );
}

// 2. steady state, as a long batch sees it: keep running until the helper threads (compiler, GC)
//    use under 15 % of the main thread's CPU over a second, at most MAX_WARM seconds, then measure again
const MAX_WARM = Number(process.env.BENCH_MAX_WARM ?? 60);
const tw2 = performance.now();
let settled = false;
while (performance.now() - tw2 < MAX_WARM * 1000) {
  const w = measure(1);
  if (w.mainMs === null) break;
  if (w.cpuMs - w.mainMs < 0.15 * w.mainMs) {
    settled = true;
    break;
  }
}
const warmedS = (performance.now() - tw2) / 1000;
report(
  `steady state (${seconds} s, after ${warmedS.toFixed(0)} s more warm-up${settled ? " once the compiler threads had settled" : ", compiler threads NOT settled"})`,
  measure(seconds),
);
console.log("(process CPU time includes the GC and compiler helper threads; under load the wall figure drops, the CPU ones much less)");
// per stage: each stage alone, on the documents as the stages before it left them (timing every
// stage call inside the pipeline would cost time of its own)
const inputs: Doc[][] = [captures.map((c) => newDoc(c, {}))];
for (const s of STAGES) inputs.push(inputs[inputs.length - 1]!.map((d) => s.run(d, ctx)));
const perStageMs: Array<[string, number]> = STAGES.map((s, i) => {
  const docs = inputs[i]!;
  const ts = performance.now();
  const c0 = mainThreadCpuMs() ?? ts;
  let k = 0;
  // (the time stage keeps its reading of a document with the document's sentence list, for the actor
  // stage: run again on the same document it would find it, so each of its runs gets a list of its own)
  const own = s.name === "time";
  while (performance.now() - ts < Math.max(300, (seconds * 1000) / 8)) {
    for (const d of docs) s.run(own ? { ...d, sentences: d.sentences.slice() } : d, ctx);
    k += docs.length;
  }
  const used = (mainThreadCpuMs() ?? performance.now()) - c0;
  return [s.name, used / k];
});
const total = perStageMs.reduce((a, [, v]) => a + v, 0);
console.log(
  `per stage, each alone, in steady state (${mainThreadCpuMs() !== null ? "main-thread CPU" : "wall"} ms/article, sum ${total.toFixed(2)}): ` +
    perStageMs.map(([k, v]) => `${k} ${v.toFixed(3)} (${((100 * v) / total).toFixed(0)}%)`).join(", "),
);
