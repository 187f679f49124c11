/**
 * Store benchmark. Prints figures; asserts nothing.
 *   node dist/bench/store.js [--db FILE|postgres://…] [--n 1000000] [--sample 2000] [--jobs N] [--ingest-only] [--no-copy] [--latency-only] [--log-queries FILE]
 * 1. The real ingest path (read → analyse in worker threads → store) on a sample of captures:
 *    the corpus pages from ../shared (each copy made unique by a line of its own), into a fresh
 *    SQLite file, and at the end into the large store below (SQLite: a copy of it; PostgreSQL:
 *    the store itself). 2. Storage: a synthetic news stream of N articles with stories in it
 *    (bench/make-stories.ts), written straight to the store in time order, lines merged and
 *    story threads kept as articles arrive (made once, resumed if cut, reused). 3. Latency on
 *    that store: search, one story's timeline, the list of stories, filtered timelines.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { InputItem } from "../src/capture/inputs.js";
import { captureFromJson } from "../src/capture/inputs.js";
import { openSqlite } from "../src/store/sqlite.js";
import { isPostgresUrl, openStore } from "../src/store/open.js";
import { createPool } from "../src/ingest/pool.js";
import { ingestInputs } from "../src/ingest/ingest.js";
import { rng, VOCAB } from "./make-corpus.js";
import { STORY_ACTORS, writeStories } from "./make-stories.js";
import { foldedForm } from "../src/search/fold.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = resolve(ROOT, "../shared");

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "/tmp/thoisu-bench-stories.db" },
    n: { type: "string", default: "1000000" },
    "no-copy": { type: "boolean", default: false },
    sample: { type: "string", default: "2000" },
    jobs: { type: "string", default: String(availableParallelism()) },
    "ingest-only": { type: "boolean", default: false },
    // Latency only: no ingest measurements (steps 1 and 6), the store as it is.
    "latency-only": { type: "boolean", default: false },
    // Every search query with its time, as NDJSON, to find which queries make the p95.
    "log-queries": { type: "string" },
  },
});

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** Page texts of the corpus (read at run time from ../shared, never copied). */
function corpusTexts(): string[] {
  const out: string[] = [];
  if (!existsSync(join(SHARED, "corpus"))) return out;
  for (const f of readdirSync(join(SHARED, "corpus/seeds"))) out.push(readFileSync(join(SHARED, "corpus/seeds", f), "utf8"));
  for (const line of readFileSync(join(SHARED, "corpus/dev.jsonl"), "utf8").split("\n")) {
    const it = captureFromJson(line, "dev");
    if (line.trim() && it.ok) out.push(it.capture.text!);
  }
  return out;
}

async function* sampleInputs(texts: string[], n: number): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length]!;
    // A line of its own at the end makes a distinct capture (the copies are syndicated-like).
    yield { ok: true, where: `sample:${i}`, capture: { source: { path: null, record_id: `s${i}`, url: `https://bench.example/${i}`, fetched_at: null }, text: `${t}\n\nBản lưu số ${i}.`, kind: "text" } };
  }
}

const jobs = Number(values.jobs);
const lines: string[] = [];
const say = (s: string) => {
  lines.push(s);
  console.log(s);
};

const texts = corpusTexts();

/**
 * A pool warmed outside the timing: data loaded and the optimising compiler settled on every
 * worker (WARM articles each), as in a long ingest, where the first seconds do not count.
 */
const WARM = 150;
async function warmPool() {
  const pool = createPool(jobs, new Date());
  const cap = (i: number) => ({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: `${texts[i % texts.length]!}\n\nBản khởi động ${i}.` });
  await Promise.all(Array.from({ length: Math.max(1, jobs) * WARM }, (_, k) => pool.run({ n: k, capture: cap(k), options: {} })));
  return pool;
}

/** The real ingest path (read → analyse on the worker pool → store) of `n` sample captures into `store`. */
async function measureIngest(store: Awaited<ReturnType<typeof openStore>>, label: string, n: number): Promise<void> {
  const pool = await warmPool();
  // CPU time of the whole process (all threads) and the main thread's busy share: less
  // sensitive than the rate to other processes on a shared machine.
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const sum = await ingestInputs(store, sampleInputs(texts, n), { options: {}, batchSize: 200, pool });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  say(
    `ingest (real path: analysis on ${jobs} worker threads + ${label}): ${n} captures in ${secs.toFixed(2)} s = ${(n / secs).toFixed(0)} articles/s (${sum.added} stored, ${sum.nearDuplicates} linked as syndicated copies); ` +
      `CPU ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/article, main thread busy ${(elu.active / n).toFixed(2)} ms/article (${(elu.utilization * 100).toFixed(0)}%)`,
  );
  await pool.close();
}

// 1. Real ingest path.
if (values["latency-only"]) say("ingest: skipped (--latency-only)");
else if (texts.length) {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-bench-"));
  const store = await openSqlite(join(dir, "ingest.db"));
  const n = Number(values.sample);
  // The same captures through a pool alone (no reading, no store; workers of their own, warmed like
  // the ingest's): the ingest rate if writing cost nothing.
  const alone = await warmPool();
  const t1 = performance.now();
  const tasks: Array<Promise<unknown>> = [];
  for await (const it of sampleInputs(texts, n)) if (it.ok) tasks.push(alone.run({ n: tasks.length, capture: it.capture, options: {} }));
  await Promise.all(tasks);
  const asecs = (performance.now() - t1) / 1000;
  await alone.close();
  await measureIngest(store, "SQLite", n);
  say(`analysis alone (same captures, ${jobs} other warmed workers, no store): ${(n / asecs).toFixed(0)} articles/s`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
} else say("ingest (real path): skipped, ../shared not present");

if (values["ingest-only"]) process.exit(0);

// 2. Storage: the synthetic story stream.
const N = Number(values.n);
const store = await openStore(values.db!);
const have = (await store.stats()).articles;
if (have < N) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The rate over the last tenth: with the store (nearly) at its full size.
  let tenth = { at: 0, t: 0 };
  const rate = await writeStories(store, have, N, N, (k) => {
    process.stderr.write(`\rmake-stories ${k}/${N}`);
    if (k >= N - N / 10 && tenth.at === 0) tenth = { at: k, t: performance.now() };
  });
  process.stderr.write("\n");
  const cpu = process.cpuUsage(cpu0);
  const last = tenth.at ? (N - tenth.at) / ((performance.now() - tenth.t) / 1000) : NaN;
  say(
    `storage (synthetic story stream straight to the store, ${store.backend}; lines merged, story threads kept): ${N - have} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s = ${rate.toFixed(0)} articles/s; ` +
      `the last tenth ${last.toFixed(0)} articles/s; this process's CPU ${((cpu.user + cpu.system) / 1000 / (N - have)).toFixed(2)} ms/article`,
  );
} else say(`storage: ${have} articles already in ${store.location} (delete it to measure again)`);
const st = await store.stats();
say(`store: ${st.articles} articles (${st.nearDuplicates} syndicated copies), ${st.events} events on ${st.stories} story events, ${st.threads} stories, ${st.actors} actors`);
const allStories = await store.stories({ limit: 0 });
const sizes = allStories.map((t) => t.articles).sort((a, b) => b - a);
say(`stories: ${sizes.length}; articles per story p50 ${pct(sizes, 50)}, p90 ${pct(sizes, 90)}, max ${sizes[0] ?? 0}; ${sizes.filter((x) => x === 1).length} of one article`);

// 3. Search latency.
// Query words of every frequency: ranks drawn log-uniformly from 10 to 5000 in the Zipf
// vocabulary; half typed without diacritics.
const wordsFrom = (r: () => number) => () => {
  const w = VOCAB[Math.min(VOCAB.length - 1, Math.floor(Math.exp(Math.log(10) + r() * (Math.log(VOCAB.length) - Math.log(10)))))]!;
  return r() < 0.5 ? foldedForm(w) : w;
};
const qword = wordsFrom(rng(42));
// First, other queries of the same kinds as the store is found after opening it (its pages in
// the OS cache or not: on this VM, pages idle for a while are reclaimed): timed apart, as "first
// queries". They warm the store as a serving process's earlier queries do; the timed runs follow.
const warmWord = wordsFrom(rng(7));
const warm = Array.from({ length: 40 }, (_, i) => Array.from({ length: 1 + (i % 3) }, warmWord).join(" "));
const firstMs: number[] = [];
for (const q of warm) {
  const t = performance.now();
  await store.search(q, { limit: 20 });
  await store.timeline({ query: q, limit: 50 });
  firstMs.push(performance.now() - t);
}
say(`first queries after opening (search + text timeline, untimed below): ${warm.length}, p50 ${pct(firstMs, 50).toFixed(1)} ms, p95 ${pct(firstMs, 95).toFixed(1)} ms, max ${Math.max(...firstMs).toFixed(1)} ms`);
const queries = Array.from({ length: 200 }, (_, i) => Array.from({ length: 1 + (i % 3) }, qword).join(" "));
queries.push("dam phan qatar", "Nhà Trắng", "nha trang");
/**
 * CPU time of a local PostgreSQL server's backends serving this database (nanoseconds, from
 * /proc/PID/schedstat): the server's work per query, less noisy than its wall clock on a shared
 * machine. null when the server is not on this machine (or not Linux).
 */
const pgDbName = isPostgresUrl(values.db!) ? /^postgres(?:ql)?:\/\/[^/]*\/([^?]+)/.exec(values.db!)?.[1] : undefined;
function serverCpuNs(): number | null {
  if (!pgDbName || !existsSync("/proc/self/schedstat")) return null;
  let ns = 0;
  let any = false;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // "postgres: USER DB [local] STATE"
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.startsWith("postgres: ") || !cmd.includes(` ${pgDbName} `)) continue;
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
      any = true;
    } catch {
      // The process ended meanwhile.
    }
  }
  return any ? ns : null;
}
const searchMs: number[] = [];
const serverCpu: number[] = [];
// CPU time of this process per query too: on a shared machine, less noisy than the wall clock
// (SQLite works in this process; PostgreSQL's work is in its server, so the wall clock it is).
const searchCpu: number[] = [];
for (const q of queries) {
  const s0 = serverCpuNs();
  const c = process.cpuUsage();
  const t = performance.now();
  await store.search(q, { limit: 20 });
  searchMs.push(performance.now() - t);
  const u = process.cpuUsage(c);
  searchCpu.push((u.user + u.system) / 1000);
  const s1 = serverCpuNs();
  if (s0 !== null && s1 !== null) serverCpu.push((s1 - s0) / 1e6 + (u.user + u.system) / 1000);
}
say(
  `search: ${queries.length} queries, p50 ${pct(searchMs, 50).toFixed(1)} ms, p95 ${pct(searchMs, 95).toFixed(1)} ms, max ${Math.max(...searchMs).toFixed(1)} ms` +
    (store.backend === "sqlite" ? `; CPU p50 ${pct(searchCpu, 50).toFixed(1)} ms, p95 ${pct(searchCpu, 95).toFixed(1)} ms` : "") +
    (serverCpu.length === queries.length ? `; CPU (server backends + this process) p50 ${pct(serverCpu, 50).toFixed(1)} ms, p95 ${pct(serverCpu, 95).toFixed(1)} ms` : ""),
);
if (values["log-queries"]) writeFileSync(values["log-queries"], queries.map((q, i) => JSON.stringify({ q, ms: +searchMs[i]!.toFixed(2), cpu: +searchCpu[i]!.toFixed(2), serverCpu: serverCpu[i] === undefined ? null : +serverCpu[i]!.toFixed(2) })).join("\n") + "\n");
const slowest = searchMs.map((ms, i) => ({ ms, q: queries[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 5);
say(`  slowest: ${slowest.map((x) => `${JSON.stringify(x.q)} ${x.ms.toFixed(1)} ms`).join(", ")}`);

// 4. One story's timeline (the first page, as `timeline --story` and the page show it), the list of stories.
const pick = rng(11);
const big = allStories.filter((t) => t.articles >= 5);
const sample = Array.from({ length: 100 }, () => big[Math.floor(pick() * big.length)]!).filter(Boolean);
const storyMs: number[] = [];
const storyRowsMs: number[] = [];
for (const t of sample) {
  let t0 = performance.now();
  await store.timeline({ story: t.id, limit: 200 });
  storyMs.push(performance.now() - t0);
  t0 = performance.now();
  await store.timelineRows({ story: t.id, limit: 200 });
  storyRowsMs.push(performance.now() - t0);
}
say(`one story's timeline (${sample.length} stories of 5+ articles, first 200 events with every source): p50 ${pct(storyMs, 50).toFixed(1)} ms, p95 ${pct(storyMs, 95).toFixed(1)} ms, max ${Math.max(...storyMs).toFixed(1)} ms; as API rows p95 ${pct(storyRowsMs, 95).toFixed(1)} ms`);
const listMs: number[] = [];
for (let i = 0; i < 30; i++) {
  const t0 = performance.now();
  await store.stories({ limit: 50, offset: (i % 5) * 50 });
  listMs.push(performance.now() - t0);
}
say(`stories list (50 a page): p50 ${pct(listMs, 50).toFixed(1)} ms, p95 ${pct(listMs, 95).toFixed(1)} ms`);

// 5. Timeline latency.
const TYPES = ["CONSULT", "ASSAULT", "AGREE", "SANCTION"];
const ACTOR_POOL = STORY_ACTORS;
const filters = Array.from({ length: 120 }, (_, i) => {
  const y = 2019 + (i % 7);
  switch (i % 6) {
    case 0:
      return { limit: 50 };
    case 1:
      return { actor: ACTOR_POOL[i % ACTOR_POOL.length]!.id, limit: 50 };
    case 2:
      return { type: TYPES[i % TYPES.length]!, from: `${y}-03`, limit: 50 };
    case 3:
      return { from: `${y}-01-01`, to: `${y}-02-15`, limit: 50 };
    case 4:
      return { actor: ACTOR_POOL[(i * 7) % ACTOR_POOL.length]!.code ?? "SAA", type: TYPES[i % TYPES.length]!, limit: 50 };
    default:
      return { query: queries[i]!, limit: 50 };
  }
});
const tlMs: number[] = [];
for (const f of filters) {
  const t = performance.now();
  await store.timeline(f);
  tlMs.push(performance.now() - t);
}
say(`timeline: ${filters.length} queries (limit 50; actor, type, dates, text filters), p50 ${pct(tlMs, 50).toFixed(1)} ms, p95 ${pct(tlMs, 95).toFixed(1)} ms, max ${Math.max(...tlMs).toFixed(1)} ms`);
// The API's list view: the same filters, first source and counts only.
const rowMs: number[] = [];
for (const f of filters) {
  const t = performance.now();
  await store.timelineRows(f);
  rowMs.push(performance.now() - t);
}
say(`timelineRows (API list): same ${filters.length} queries, p50 ${pct(rowMs, 50).toFixed(1)} ms, p95 ${pct(rowMs, 95).toFixed(1)} ms, max ${Math.max(...rowMs).toFixed(1)} ms`);
await store.close();

// 6. The real ingest path again, into the large store (SQLite: a copy of the file, deleted
// afterwards; PostgreSQL: the store itself).
if (texts.length && !values["no-copy"] && !values["latency-only"]) {
  if (isPostgresUrl(values.db!)) {
    const big = await openStore(values.db!);
    await measureIngest(big, `PostgreSQL holding ${st.articles} articles`, Number(values.sample));
    await big.close();
  } else if (existsSync(values.db!)) {
    const dir = mkdtempSync(join(tmpdir(), "thoisu-bench-big-"));
    try {
      const copy = join(dir, "big.db");
      copyFileSync(values.db!, copy);
      const big = await openSqlite(copy);
      await measureIngest(big, `SQLite holding ${st.articles} articles`, Number(values.sample));
      await big.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
