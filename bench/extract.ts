/**
 * Extraction benchmark. Prints figures (never asserts):
 *   1. text captures/s per core on ../shared seeds + dev texts (extractor alone, full pipeline)
 *   2. HTML pages/s per core on test/fixtures/html (extractor alone, full pipeline)
 *   3. side by side with @mozilla/readability on linkedom: token F1 etc. from ../shared/eval/score.mjs,
 *      and the speed ratio (each side with its own DOM, and ours paying a linkedom parse too)
 *   3b. the same on the 181 pages of the peer benchmark (../shared/peer, when present): pages per
 *      CPU-second of our HTML extraction and of Readability on linkedom, one run each after a warm-up on ten pages, both measured
 *      (process.cpuUsage, so other load on the machine does not count), and each one's F1 by the
 *      benchmark's measure (bench/peer.ts)
 *   4. peak RSS of `thoisu analyze --json` streaming a synthetic JSONL batch (bench/make-jsonl.ts)
 *
 *   npm run bench:extract -- [--seconds 2] [--mb 300] [--no-rss] [--keep] [--node-flag FLAG]...
 * --node-flag (repeatable) is passed to the node running `thoisu analyze` in 4, e.g.
 * `--node-flag --max-old-space-size=1024` (V8 then grows the heap less eagerly: about 150 MB
 * peak instead of 180–200 MB on 300 MB, with the default limit of a large machine).
 * One process, one core: the figures are per core.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Article } from "../src/envelope/types.js";
import { isTag } from "domhandler";
import { extractHtml } from "../src/extract/html.js";
import { extractText } from "../src/extract/text.js";
import { normaliseText } from "../src/normalise/stage.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { clean, elements, parseHtml, textOf } from "../src/extract/html/dom.js";
import { fixturePages, makeJsonl, repoRoot } from "./make-jsonl.js";
import { peerPages, peerScore, shingleMatch } from "./peer.js";
import { decode } from "../src/capture/decode.js";

const ROOT = repoRoot();
const SHARED = join(ROOT, "../shared");
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SECONDS = Number(arg("--seconds") ?? 2);
const MB = Number(arg("--mb") ?? 300);
const ctx = defaultContext(new Date("2026-01-01T00:00:00Z"));

/** Runs `round` (one pass over n items) until `seconds` have passed; items per second. */
function rate(n: number, round: () => void, seconds = SECONDS): { perSec: number; rounds: number; msPerItem: number } {
  round(); // warm-up
  let rounds = 0;
  const t0 = process.hrtime.bigint();
  let el: number;
  do {
    round();
    rounds++;
    el = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (el < seconds);
  const items = rounds * n;
  return { perSec: items / el, rounds, msPerItem: (el * 1000) / items };
}
const fmt = (x: number): string => x.toLocaleString("en-US", { maximumFractionDigits: 0 });

// ---------- 1. text captures ----------
function benchText(): void {
  console.log("\n## 1. Text captures (../shared seeds + dev), one core");
  if (!existsSync(join(SHARED, "corpus"))) {
    console.log("   ../shared is absent: skipped");
    return;
  }
  const files = [
    ...readdirSync(join(SHARED, "corpus/seeds")).map((f) => join(SHARED, "corpus/seeds", f)),
    ...readdirSync(join(SHARED, "corpus/dev")).map((f) => join(SHARED, "corpus/dev", f)),
  ].filter((f) => f.endsWith(".txt"));
  const texts = files.map((f) => normaliseText(readFileSync(f, "utf8")));
  const bytes = files.map((f) => readFileSync(f));
  const x = rate(texts.length, () => {
    for (const raw of texts) extractText({ raw, url: null });
  });
  console.log(`   extractor alone (extractText):  ${fmt(x.perSec)} captures/s  (${x.msPerItem.toFixed(3)} ms each, ${texts.length} texts × ${x.rounds} rounds)   target ≥ 5,000/s`);
  const p = rate(bytes.length, () => {
    for (const b of bytes) analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, bytes: b, kind: "text" }, {}, ctx);
  });
  console.log(`   full pipeline (analyze):         ${fmt(p.perSec)} captures/s  (${p.msPerItem.toFixed(3)} ms each; bench/pipeline.ts for the pipeline target)`);
}

// ---------- 2 + 3. HTML pages, Readability ----------
interface Rec extends Article {
  source: { path: string; url: string | null };
}

const LEAF_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "dd"]);

/** Readability's article HTML as a paragraph list (scoring only, outside the timings). */
function readabilityParagraphs(content: string): string[] {
  const all = elements(parseHtml(content));
  const out: string[] = [];
  for (const el of all) {
    if (!LEAF_BLOCKS.has(el.name)) continue;
    if (el.children.some((c) => isTag(c) && (LEAF_BLOCKS.has(c.name) || c.name === "div" || c.name === "ul" || c.name === "ol"))) continue;
    const t = clean(textOf(el));
    if (t) out.push(t);
  }
  return out;
}

function runReadability(html: string, url: string | null): ReturnType<Readability["parse"]> {
  const { document } = parseHTML(html);
  void url;
  return new Readability(document as unknown as Document).parse();
}

function score(pred: string): Record<string, number> | null {
  const scorer = join(SHARED, "eval/score.mjs");
  if (!existsSync(scorer)) return null;
  const r = spawnSync(process.execPath, [scorer, "--gold", join(ROOT, "test/fixtures/html/gold"), "--pred", pred, "--json"], { encoding: "utf8" });
  if (r.status !== 0) {
    console.log(`   scorer failed: ${r.stderr}`);
    return null;
  }
  return JSON.parse(r.stdout) as Record<string, number>;
}

function pick(s: Record<string, unknown> | null): string {
  if (!s) return "(scorer unavailable)";
  const ex = (s["extraction"] ?? s) as Record<string, unknown>;
  const keys = ["token_f1", "token_precision", "token_recall", "title", "author", "published", "outlet", "credits"];
  return keys
    .filter((k) => typeof ex[k] === "number")
    .map((k) => `${k} ${(ex[k] as number).toFixed(3)}`)
    .join("  ");
}

function benchHtml(): void {
  const pages = fixturePages(ROOT);
  console.log(`\n## 2. HTML pages (${pages.length} fixtures in test/fixtures/html), one core`);
  const x = rate(pages.length, () => {
    for (const p of pages) extractHtml({ raw: p.html, url: p.url });
  });
  console.log(`   extractor alone (htmlparser2 parse + extractHtml): ${fmt(x.perSec)} pages/s  (${x.msPerItem.toFixed(3)} ms each)   target ≥ 500/s`);
  const full = rate(pages.length, () => {
    for (const p of pages) analyze({ source: { path: null, record_id: null, url: p.url, fetched_at: null }, text: p.html, kind: "html" }, {}, ctx);
  });
  console.log(`   full pipeline (analyze):                            ${fmt(full.perSec)} pages/s  (${full.msPerItem.toFixed(3)} ms each)`);

  console.log(`\n## 3. Versus @mozilla/readability 0.6 on linkedom (same ${pages.length} pages)`);
  const ours: Rec[] = [];
  const theirs: Rec[] = [];
  for (const p of pages) {
    const path = `test/fixtures/html/${p.name}.html`;
    const { article: a } = extractHtml({ raw: p.html, url: p.url });
    ours.push({ source: { path, url: p.url }, ...a });
    const r = runReadability(p.html, p.url);
    theirs.push({
      source: { path, url: p.url },
      title: r?.title ?? null,
      lead: null,
      paragraphs: r?.content ? readabilityParagraphs(r.content) : [],
      captions: [],
      author: r?.byline ?? null,
      outlet: r?.siteName ?? null,
      credits: [],
      published: r?.publishedTime ?? null,
    });
  }
  const po = "/tmp/thoisu-bench-ours.ndjson";
  const pr = "/tmp/thoisu-bench-readability.ndjson";
  writeFileSync(po, ours.map((r) => JSON.stringify(r)).join("\n") + "\n");
  writeFileSync(pr, theirs.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`   accuracy (node ../shared/eval/score.mjs --gold test/fixtures/html/gold --pred FILE --json):`);
  console.log(`     thoisu      ${pick(score(po))}`);
  console.log(`     readability ${pick(score(pr))}`);
  const ro = rate(pages.length, () => {
    for (const p of pages) runReadability(p.html, p.url);
  });
  const lp = rate(pages.length, () => {
    for (const p of pages) parseHTML(p.html);
  });
  console.log(`   speed (pages/s, one core):`);
  console.log(`     thoisu, htmlparser2 + domhandler DOM:          ${fmt(x.perSec)}`);
  console.log(`     readability, linkedom DOM (parse + parse()):    ${fmt(ro.perSec)}`);
  console.log(`     linkedom parse alone:                          ${fmt(lp.perSec)}`);
  const oursPlusLinkedom = 1 / (1 / x.perSec + 1 / lp.perSec);
  console.log(`     thoisu + a linkedom parse of the page (same-DOM-library cost): ${fmt(oursPlusLinkedom)}`);
  console.log(`   speed ratio thoisu / readability: ${(x.perSec / ro.perSec).toFixed(1)}× (own DOMs), ${(oursPlusLinkedom / ro.perSec).toFixed(1)}× (charging ours a linkedom parse too)   target ≥ 3×`);
}

// ---------- 3b. the peer benchmark's pages ----------
/** CPU seconds (user + system) that `fn` takes. */
function cpuSeconds(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1e6;
}

function benchPeer(): void {
  const pages = peerPages();
  console.log(`\n## 3b. The peer benchmark's pages (../shared/peer/article-extraction-benchmark), one core`);
  if (!pages) {
    console.log("   ../shared/peer is absent: skipped");
    return;
  }
  // both sides get the same decoded, normalised string; decoding is not timed
  const html = pages.map((p) => normaliseText(decode(p.html).text));
  const bytes = html.reduce((a, h) => a + h.length, 0);
  const ours: string[] = [];
  const theirs: string[] = [];
  // warm both up on the first ten pages (JIT, data files), then one measured run each
  for (let i = 0; i < 10; i++) {
    extractHtml({ raw: html[i]!, url: pages[i]!.url });
    runReadability(html[i]!, pages[i]!.url);
  }
  const oursCpu = cpuSeconds(() => {
    for (let i = 0; i < pages.length; i++) {
      const { article: a } = extractHtml({ raw: html[i]!, url: pages[i]!.url });
      ours.push([a.lead, ...a.paragraphs].filter((x) => !!x).join("\n"));
    }
  });
  const readCpu = cpuSeconds(() => {
    for (let i = 0; i < pages.length; i++) {
      const r = runReadability(html[i]!, pages[i]!.url);
      theirs.push(r?.textContent ?? "");
    }
  });
  const f1 = (bodies: string[]): string => {
    const s = peerScore(pages.map((p, i) => shingleMatch(p.truth, bodies[i]!)), bodies);
    return `F1 ${s.f1.toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}), ${s.empty} empty`;
  };
  console.log(`   ${pages.length} pages, ${(bytes / 1048576).toFixed(1)} M characters; one run each after a warm-up on 10 pages, CPU seconds (user + system)`);
  console.log(`     thoisu extractHtml (htmlparser2 DOM):       ${(pages.length / oursCpu).toFixed(0)} pages per CPU-second (${oursCpu.toFixed(2)} s)   ${f1(ours)}`);
  console.log(`     readability 0.6 on linkedom (parse + parse()): ${(pages.length / readCpu).toFixed(0)} pages per CPU-second (${readCpu.toFixed(2)} s)   ${f1(theirs)}`);
  console.log(`   speed ratio thoisu / readability: ${(readCpu / oursCpu).toFixed(1)}×   target ≥ 3×`);
}

// ---------- 4. peak RSS streaming a big JSONL ----------
function statusKb(pid: number, key: string): number | null {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function childPid(pid: number): number | null {
  try {
    const c = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return c ? Number(c) : null;
  } catch {
    return null;
  }
}

async function benchRss(): Promise<void> {
  console.log(`\n## 4. Peak RSS of \`thoisu analyze --json\` streaming a ${MB} MB JSONL`);
  const file = `/tmp/thoisu-bench-${MB}mb.jsonl`;
  if (!existsSync(file) || statSync(file).size < MB * 1048576) {
    const r = await makeJsonl(file, MB, fixturePages(ROOT));
    console.log(`   wrote ${file}: ${r.records} records, ${(r.bytes / 1048576).toFixed(0)} MB (bench/make-jsonl.ts)`);
  }
  const bin = join(ROOT, "dist/src/cli/bin.js");
  const haveTime = existsSync("/usr/bin/time");
  const cmd = haveTime ? "/usr/bin/time" : process.execPath;
  const flags: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === "--node-flag" && process.argv[i + 1]) flags.push(process.argv[i + 1]!);
  });
  const args = haveTime ? ["-v", process.execPath, ...flags, bin, "analyze", "--json", file] : [...flags, bin, "analyze", "--json", file];
  console.log(`   ${haveTime ? "/usr/bin/time -v " : ""}node ${flags.map((f) => f + " ").join("")}dist/src/cli/bin.js analyze --json ${file} | (count)`);
  const t0 = Date.now();
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  let outBytes = 0;
  let lines = 0;
  child.stdout.on("data", (b: Buffer) => {
    outBytes += b.length;
    for (let i = 0; i < b.length; i++) if (b[i] === 10) lines++;
  });
  let err = "";
  child.stderr.on("data", (b: Buffer) => {
    err += b.toString();
    if (err.length > 200_000) err = err.slice(-100_000);
  });
  const samples: Array<{ t: number; rss: number; lines: number }> = [];
  let hwm = 0;
  const timer = setInterval(() => {
    const pid = haveTime ? childPid(child.pid!) : child.pid!;
    if (!pid) return;
    const rss = statusKb(pid, "VmRSS");
    const h = statusKb(pid, "VmHWM");
    if (h) hwm = Math.max(hwm, h);
    if (rss) samples.push({ t: (Date.now() - t0) / 1000, rss, lines });
  }, 250);
  const code: number = await new Promise((res) => child.on("close", (c) => res(c ?? -1)));
  clearInterval(timer);
  const secs = (Date.now() - t0) / 1000;
  const timeMax = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(err);
  const peakKb = timeMax ? Number(timeMax[1]) : hwm;
  console.log(`   exit ${code}, ${fmt(lines)} records out (${(outBytes / 1048576).toFixed(0)} MB NDJSON) in ${secs.toFixed(1)} s = ${fmt(lines / secs)} records/s, ${(MB / secs).toFixed(1)} MB/s in`);
  console.log(`   peak RSS: ${(peakKb / 1024).toFixed(0)} MB (${timeMax ? "/usr/bin/time -v" : "/proc VmHWM"})   target < 200 MB on 1 GB`);
  if (samples.length >= 4) {
    const q = (f: number): { t: number; rss: number; lines: number } => samples[Math.min(samples.length - 1, Math.floor(samples.length * f))]!;
    console.log(`   RSS over the run: ${[0.1, 0.3, 0.5, 0.7, 0.9].map((f) => `${q(f).t.toFixed(0)}s ${(q(f).rss / 1024).toFixed(0)} MB @${fmt(q(f).lines)} rec`).join(", ")}`);
    const early = samples[Math.floor(samples.length * 0.25)]!.rss;
    const late = samples[samples.length - 1]!.rss;
    console.log(`   memory ${late > early * 1.5 && late - early > 50_000 ? "GROWS with input (not flat)" : "is flat"}: ${(early / 1024).toFixed(0)} MB at 25% → ${(late / 1024).toFixed(0)} MB at the end`);
  }
  if (code !== 0) console.log(`   stderr tail: ${err.split("\n").filter((l) => !/^\s+[A-Z].*:/.test(l)).slice(-5).join(" | ")}`);
  if (!process.argv.includes("--keep")) rmSync(file, { force: true });
}

console.log(`# thoisu extraction bench  (node ${process.version}, ${SECONDS}s per measure)`);
benchText();
benchHtml();
benchPeer();
if (!process.argv.includes("--no-rss")) await benchRss();
