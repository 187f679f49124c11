/**
 * Pipeline bench: the whole `analyze` pipeline (every registered stage) on text captures, in
 * articles per second on one core, with the time each stage takes. Captures come from
 * ../shared/corpus (seeds and dev) when present, else from one written article. Short by
 * design (about two seconds of work).
 *
 *   npm run build && node dist/bench/pipeline.js [seconds]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Capture, Doc } from "../src/envelope/types.js";
import { newDoc } from "../src/envelope/doc.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { STAGES } from "../src/pipeline/stages.js";
import { SHARED, PINNED_NOW } from "../test/helpers/shared.js";

const seconds = Number(process.argv[2] ?? 2);

/** CPU time of this (main) thread alone in ms, from /proc (Linux); null elsewhere. */
function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}
const captures: Capture[] = [];
for (const sub of ["corpus/seeds", "corpus/dev"]) {
  const dir = join(SHARED, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    captures.push({ source: { path: join(dir, f), record_id: null, url: null, fetched_at: null }, bytes: readFileSync(join(dir, f)), kind: "text" });
  }
}
if (!captures.length) {
  const text = "Nga và Mỹ sẽ đàm phán tại Geneva\n\nHãng tin Tass ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán về tình hình Ukraine tại Geneva vào ngày 10/1. Thổ Nhĩ Kỳ đã tổ chức một cuộc gặp giữa Nga và Ukraine tại Istanbul.";
  captures.push({ source: { path: "written.txt", record_id: null, url: null, fetched_at: null }, text, kind: "text" });
}
const bytes = captures.reduce((n, c) => n + (c.bytes?.length ?? Buffer.byteLength(c.text ?? "")), 0);

const ctx: Context = { now: PINNED_NOW, data: dataStore() };
function runOnce(c: Capture): number {
  let doc = newDoc(c, {});
  for (const s of STAGES) doc = s.run(doc, ctx);
  return doc.events.length;
}

// warm-up: loads every data set once (not counted)
const tw = performance.now();
let events = 0;
for (const c of captures) events += runOnce(c);
const warm = performance.now() - tw;
// then a second of warm-up so the optimising compiler has settled (not counted either)
const tj = performance.now();
while (performance.now() - tj < 1000) for (const c of captures) runOnce(c);

let n = 0;
const cpu0 = process.cpuUsage();
const main0 = mainThreadCpuMs();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (const c of captures) runOnce(c);
  n += captures.length;
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const main1 = mainThreadCpuMs();
const mainMs = main0 !== null && main1 !== null ? main1 - main0 : null;
console.log(`captures: ${captures.length} text captures, ${(bytes / 1024).toFixed(0)} KiB, ${events} events; first pass incl. data loading ${warm.toFixed(0)} ms`);
console.log(
  `analyze pipeline: ${n} articles in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU = ${((n * 1000) / cpuMs).toFixed(0)} articles per CPU-second ` +
    `(${(cpuMs / n).toFixed(2)} ms CPU/article; ${((n * 1000) / ms).toFixed(0)}/s wall)   target ≥ 500/s per core`,
);
if (mainMs !== null) {
  console.log(`main thread alone: ${mainMs.toFixed(0)} ms CPU = ${((n * 1000) / mainMs).toFixed(0)} articles per main-thread CPU-second (${(mainMs / n).toFixed(2)} ms/article)`);
}
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
  while (performance.now() - ts < Math.max(300, (seconds * 1000) / 8)) {
    for (const d of docs) s.run(d, ctx);
    k += docs.length;
  }
  const used = (mainThreadCpuMs() ?? performance.now()) - c0;
  return [s.name, used / k];
});
const total = perStageMs.reduce((a, [, v]) => a + v, 0);
console.log(
  `per stage, each alone (${mainMs !== null ? "main-thread CPU" : "wall"} ms/article, sum ${total.toFixed(2)}): ` +
    perStageMs.map(([k, v]) => `${k} ${v.toFixed(3)} (${((100 * v) / total).toFixed(0)}%)`).join(", "),
);
