/**
 * API benchmark. Prints figures; asserts nothing.
 *   node dist/bench/serve.js [--events 10000] [--concurrency 8,32] [--seconds 10] [--max 20000] [--db FILE]
 * Builds a store of `--events` synthetic story events (src/serve/synthetic.ts) in a temporary
 * SQLite file (or uses --db as it is), starts `thoisu serve` on 127.0.0.1 in a child process,
 * and drives it with a small closed-loop load generator (fetch, each `--concurrency` in turn:
 * that many requests in flight), bounded by `--seconds` and `--max` requests per endpoint.
 * Latencies per endpoint: p50 / p95 / p99 and requests per second; /health sampled every 100 ms
 * while each load runs; the server's peak memory (VmHWM, Linux) at the end.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openSqlite } from "../src/store/sqlite.js";
import { syntheticArticles } from "../src/serve/synthetic.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "8,32" },
    seconds: { type: "string", default: "10" },
    max: { type: "string", default: "20000" },
    db: { type: "string" },
  },
});
const EVENTS = Number(values.events);
const CONCS = values.concurrency.split(",").map((c) => Math.max(1, Math.min(256, Number(c))));
const SECONDS = Math.max(1, Math.min(60, Number(values.seconds)));
const MAX = Math.max(1, Number(values.max));

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function makeStore(): Promise<{ path: string; cleanup(): void }> {
  if (values.db) return { path: values.db, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), "thoisu-bench-serve-"));
  const path = join(dir, "bench.db");
  const t0 = performance.now();
  const store = await openSqlite(path);
  const arts = syntheticArticles(EVENTS);
  for (let i = 0; i < arts.length; i += 1000) await store.ingest(arts.slice(i, i + 1000));
  const st = await store.stats();
  await store.close();
  console.log(`store: ${st.stories} story events from ${st.articles} synthetic articles in ${((performance.now() - t0) / 1000).toFixed(1)} s (${path})`);
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts `thoisu serve` on 127.0.0.1 and a free port; resolves with its base URL. */
function startServer(db: string): Promise<{ base: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, "dist/src/cli/bin.js"), "serve", "--db", db, "--host", "127.0.0.1", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((ok, fail) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m)
        ok({
          base: m[1]!,
          pid: child.pid!,
          stop: () =>
            new Promise((done) => {
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
    });
    child.once("exit", (code) => fail(new Error(`thoisu serve exited (${code}): ${out}`)));
  });
}

/** The server's memory from /proc (Linux): resident now and its peak, in MB; null elsewhere. */
function memory(pid: number): { rss: number; peak: number } | null {
  try {
    const st = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(st)?.[1] ?? NaN) / 1024;
    return { rss: kb("VmRSS"), peak: kb("VmHWM") };
  } catch {
    return null;
  }
}

async function load(base: string, path: string, CONC: number): Promise<{ n: number; errors: number; lat: number[]; secs: number; bytes: number; health: number[] }> {
  const lat: number[] = [];
  const health: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  const t0 = performance.now();
  const until = t0 + SECONDS * 1000;
  const worker = async () => {
    while (sent < MAX && performance.now() < until) {
      sent++;
      const s = performance.now();
      try {
        const r = await fetch(base + path);
        const body = await r.arrayBuffer();
        if (!r.ok) errors++;
        bytes += body.byteLength;
      } catch {
        errors++;
      }
      lat.push(performance.now() - s);
    }
  };
  let done = false;
  const sampler = (async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 100));
      const s = performance.now();
      await fetch(base + "/health").then((r) => r.arrayBuffer());
      health.push(performance.now() - s);
    }
  })();
  await Promise.all(Array.from({ length: CONC }, worker));
  done = true;
  await sampler;
  return { n: lat.length, errors, lat, secs: (performance.now() - t0) / 1000, bytes, health };
}

const ENDPOINTS = [
  "/api/timeline",
  "/api/timeline?limit=1000",
  "/api/timeline?type=CONSULT&from=2021-01&to=2022-12",
  "/api/timeline?actor=USA",
  "/api/timeline?offset=5000&limit=200",
  "/api/events?limit=50",
  "/api/search?q=ngoai%20giao",
  "/api/actors",
  "/health",
];

const store = await makeStore();
const server = await startServer(store.path);
try {
  console.log(`server: ${server.base} · ≤${SECONDS} s and ≤${MAX} requests per endpoint and load`);
  for (const path of ["/api/timeline", "/api/timeline?limit=1000"]) await fetch(server.base + path).then((r) => r.arrayBuffer()); // warm-up
  const t = performance.now();
  let n = 0;
  let pages = 0;
  for (let cursor: string | null = null, first = true; first || cursor; first = false) {
    const b = (await (await fetch(`${server.base}/api/timeline?limit=1000${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { count: number; next: string | null };
    n += b.count;
    pages++;
    cursor = b.next;
  }
  console.log(`the whole timeline (${n} events) by following cursors, ${pages} pages of at most 1000: ${Math.round(performance.now() - t)} ms`);
  const f = (x: number) => `${x.toFixed(1)}ms`.padStart(8);
  for (const conc of CONCS) {
    console.log(`\n${conc} requests in flight`);
    console.log(`${"endpoint".padEnd(52)} ${"reqs".padStart(6)} ${"req/s".padStart(7)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"p99".padStart(8)}  err  KiB/resp  /health p50 / max meanwhile`);
    for (const path of ENDPOINTS) {
      const r = await load(server.base, path, conc);
      const h = path === "/health" ? "" : `  ${f(pct(r.health, 50))} / ${f(Math.max(...r.health))}`;
      console.log(
        `${path.padEnd(52)} ${String(r.n).padStart(6)} ${(r.n / r.secs).toFixed(0).padStart(7)} ${f(pct(r.lat, 50))} ${f(pct(r.lat, 95))} ${f(pct(r.lat, 99))} ${String(r.errors).padStart(4)}  ${(r.bytes / Math.max(1, r.n) / 1024).toFixed(1).padStart(8)}${h}`,
      );
    }
  }
  const mem = memory(server.pid);
  console.log(mem ? `\nserver memory: ${mem.rss.toFixed(0)} MB resident at the end, peak ${mem.peak.toFixed(0)} MB (VmHWM)` : "\nserver memory: /proc not available");
} finally {
  await server.stop();
  store.cleanup();
}
