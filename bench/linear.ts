/**
 * Linearity bench: CPU time of every analysis stage on one document of 1, 2, 4 and 8 MB, in each
 * shape (one line of sentences, one sentence without an end, paragraphs, an HTML page of <p>),
 * and the ratio of each size's total to the smallest one's. Linear work doubles with the size
 * (ratio 8 at 8 MB / 1 MB); test/linear.test.ts holds the 8 MB / 1 MB ratio under 12.
 * Prints figures; asserts nothing.
 *
 *   npm run build && node dist/bench/linear.js [--sizes 1,2,4,8] [--shapes line,sentence,paras,html] [--source own|shared]
 *
 * `--source shared` builds the inputs from the paragraphs of ../shared/corpus/seeds (real
 * articles, read at run time) instead of our own sentences (test/helpers/longtext.ts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Capture, Doc } from "../src/envelope/types.js";
import { newDoc } from "../src/envelope/doc.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { STAGES } from "../src/pipeline/stages.js";
import { longText, SHAPES, type Shape } from "../test/helpers/longtext.js";
import { PINNED_NOW, SHARED } from "../test/helpers/shared.js";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,2,4,8" },
    shapes: { type: "string", default: SHAPES.join(",") },
    source: { type: "string", default: "own" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const shapes = values.shapes.split(",") as Shape[];

function sharedText(bytes: number, shape: Shape): { text: string; kind: "text" | "html" } | null {
  const dir = join(SHARED, "corpus/seeds");
  if (!existsSync(dir)) return null;
  const paras: string[] = [];
  for (const f of readdirSync(dir).sort()) paras.push(...readFileSync(join(dir, f), "utf8").split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 80));
  const out: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const p = paras[i % paras.length]!;
    out.push(shape === "sentence" ? p.replace(/[.!?…]+(?=\s|$)/gu, ",") : p);
    n += Buffer.byteLength(p) + 2;
  }
  if (shape === "line" || shape === "sentence") return { text: out.join(" "), kind: "text" };
  if (shape === "paras") return { text: out.join("\n\n"), kind: "text" };
  return { text: `<html><body><article><h1>Tin</h1>${out.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`, kind: "html" };
}

const ctx: Context = { now: PINNED_NOW, data: dataStore() };
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function run(c: { text: string; kind: "text" | "html" }): { stages: Map<string, number>; total: number; doc: Doc } {
  const capture: Capture = { source: { path: null, record_id: null, url: null, fetched_at: null }, text: c.text, kind: c.kind };
  let doc = newDoc(capture, {});
  const stages = new Map<string, number>();
  let total = 0;
  for (const s of STAGES) {
    const u = process.cpuUsage();
    doc = s.run(doc, ctx);
    const ms = cpuMs(process.cpuUsage(u));
    stages.set(s.name, ms);
    total += ms;
  }
  return { stages, total, doc };
}

// warm-up: loads the lexicons (not counted)
run(longText(20_000, "paras"));
console.log(`source: ${values.source === "shared" ? "../shared/corpus/seeds" : "our own sentences (test/helpers/longtext.ts)"}; CPU ms per stage, one document per row`);
for (const shape of shapes) {
  let base: { total: number; mb: number } | null = null;
  for (const mb of sizes) {
    const input = values.source === "shared" ? sharedText(mb * 1_000_000, shape) : longText(mb * 1_000_000, shape);
    if (!input) {
      console.log("../shared is absent: nothing to measure with --source shared");
      process.exit(0);
    }
    const r = run(input);
    base ??= { total: r.total, mb };
    const per = [...r.stages].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(" · ");
    console.log(
      `${shape.padEnd(8)} ${String(mb).padStart(3)} MB  total ${(r.total / 1000).toFixed(2).padStart(6)} s  ×${(r.total / base.total).toFixed(1).padStart(5)} for ×${mb / base.mb} the size  | ${per} | sentences ${r.doc.sentences.length} timexes ${r.doc.timexes.length} mentions ${r.doc.mentions.length} events ${r.doc.events.length}`,
    );
  }
}
