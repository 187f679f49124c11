/**
 * Actors bench: dictionary load (read + compile) and recognition/resolution throughput in
 * sentences per second on one core. Sentences come from the shared gold extractions when
 * ../shared is present, else from a few written ones.
 *
 *   npm run build && node dist/bench/actors.js
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDictionary } from "../src/actors/dictionary.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser, sentenceSpans } from "../src/actors/recognise.js";
import { DATA_DIR } from "../src/data/paths.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { PINNED_NOW, SHARED } from "../test/helpers/shared.js";
import { newDoc } from "../src/envelope/doc.js";
import type { Doc } from "../src/envelope/types.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { STAGES } from "../src/pipeline/stages.js";
import { recogniser } from "../src/actors/load.js";
import { roleConstraints, toPeriodConstraints } from "../src/actors/constraints.js";

const dir = join(DATA_DIR, "actors");
const loads: number[] = [];
let dict = loadDictionary(dir);
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  dict = loadDictionary(dir);
  loads.push(performance.now() - t);
}
const t0 = performance.now();
const titles = loadTitles(join(dir, "titles.json"));
const titlesMs = performance.now() - t0;
console.log(`dictionary: ${dict.entries.length} entries in ${dict.files.length} files; load+compile median ${median(loads).toFixed(1)} ms (min ${Math.min(...loads).toFixed(1)}), titles ${titlesMs.toFixed(1)} ms`);

const rec = new Recogniser(dict, titles);
const sentences: string[] = [];
for (const set of ["seeds", "dev"]) {
  const g = join(SHARED, "gold", set);
  if (!existsSync(g)) continue;
  for (const f of readdirSync(g).filter((x) => x.endsWith(".json"))) {
    const x = (JSON.parse(readFileSync(join(g, f), "utf8")) as { extraction: { title: string; lead: string | null; paragraphs: string[] } }).extraction;
    const text = [x.title, x.lead, ...x.paragraphs].filter(Boolean).join("\n\n");
    for (const s of sentenceSpans({ text, sentences: [] })) sentences.push(text.slice(s.start, s.end));
  }
}
if (!sentences.length)
  sentences.push(
    "Thứ trưởng Ngoại giao Nga Sergey Ryabkov thông báo Mỹ và Nga sẽ đàm phán tại Geneva.",
    "Người phát ngôn Điện Kremlin Dmitry Peskov cho biết ông chủ Điện Kremlin sẵn sàng gặp người đồng cấp Mỹ.",
    "Tổng thống Mỹ đã cử đặc phái viên tới Ai Cập.",
  );
const docs = sentences.map((text) => ({
  text,
  matchText: canonicalTones(text),
  sentences: [],
  timexes: [],
  referenceDate: { value: "2025-02-05", basis: "given" as const },
  article: null,
  source: { path: null, record_id: null, url: null, fetched_at: null },
}));
let mentions = 0;
for (const d of docs) mentions += rec.analyse(d).mentions.length; // warm up
// Rates per wall-clock second and per CPU second of this process (the latter is the per-core
// figure when other processes share the machine).
const rounds: number[] = [];
const cpuRounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const c = process.cpuUsage();
  let n = 0;
  while (performance.now() - t < 400) {
    for (const d of docs) rec.analyse(d);
    n += docs.length;
  }
  const cpu = process.cpuUsage(c);
  rounds.push(n / ((performance.now() - t) / 1000));
  cpuRounds.push(n / ((cpu.user + cpu.system) / 1e6));
}
console.log(
  `recognition+resolution: ${docs.length} sentences (${mentions} mentions); median ${Math.round(median(rounds))} sentences/s wall ` +
    `(best ${Math.round(Math.max(...rounds))}), ${Math.round(median(cpuRounds))} sentences per CPU-second`,
);

// The actors stage on whole captures (the shared corpus), split into its own work (role
// constraints of undated captures + the analysis) and the time stage's re-inference of an undated
// capture's date (refineReferenceDate), which re-tags the whole text unless the time stage's
// one-text memo still holds it: never when the stage runs alone on a rotation of documents (as
// bench:pipeline's per-stage line runs it), always in pipeline order (time, then actors).
const captureDocs: Doc[] = [];
for (const sub of ["corpus/seeds", "corpus/dev"]) {
  const d = join(SHARED, sub);
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d).filter((x) => x.endsWith(".txt")).sort()) {
    captureDocs.push(newDoc({ source: { path: join(d, f), record_id: null, url: null, fetched_at: null }, bytes: readFileSync(join(d, f)), kind: "text" }, {}));
  }
}
if (captureDocs.length) {
  const ctx: Context = { now: PINNED_NOW, data: dataStore() };
  const ai = STAGES.findIndex((st) => st.name === "actors");
  const time = STAGES[ai - 1]!;
  const actors = STAGES[ai]!;
  const beforeTime = captureDocs.map((d) => STAGES.slice(0, ai - 1).reduce((x, st) => st.run(x, ctx), d));
  const afterTime = beforeTime.map((d) => time.run(d, ctx));
  const r = recogniser(ctx);
  const own = (d: Doc) => {
    if (d.referenceDate.basis === "inferred" || d.referenceDate.basis === "none") toPeriodConstraints(roleConstraints(d, r));
    r.analyse(d);
  };
  const perDoc = (f: (d: Doc, k: number) => number | void): number => {
    for (let w = 0; w < 20; w++) afterTime.forEach((d, k) => f(d, k));
    let ms = 0;
    let n = 0;
    const t = performance.now();
    while (performance.now() - t < 700) {
      afterTime.forEach((d, k) => {
        const s0 = cpuMs();
        const extra = f(d, k);
        ms += typeof extra === "number" ? extra : cpuMs() - s0;
      });
      n += afterTime.length;
    }
    return ms / n;
  };
  const alone = perDoc((d) => void actors.run(d, ctx));
  const ownMs = perDoc((d) => own(d));
  const inOrder = perDoc((_d, k) => {
    const x = time.run(beforeTime[k]!, ctx);
    const s0 = cpuMs();
    actors.run(x, ctx);
    return cpuMs() - s0;
  });
  console.log(
    `actors stage on ${afterTime.length} captures (CPU ms/article): alone ${alone.toFixed(3)} (as bench:pipeline's per-stage line), ` +
      `of which actors code ${ownMs.toFixed(3)} and the time stage's refineReferenceDate the rest; in pipeline order (time memo warm) ${inOrder.toFixed(3)}`,
  );
}

/** CPU time of this process in ms (the stage calls are timed one by one). */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
