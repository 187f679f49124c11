import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import pg from "pg";
import { openStore } from "../src/store/open.js";
import { PG_SKIP_REASON, startPostgres, type PgCluster } from "./helpers/postgres.js";
import { canonicalUrl } from "../src/ingest/url.js";
import { hamming, nearDuplicate, simhash } from "../src/ingest/simhash.js";
import { progressText } from "../src/cli/progress.js";
import { openSqlite } from "../src/store/sqlite.js";
import { createPool } from "../src/ingest/pool.js";
import { countInputs, countWarcPages, ingestInputs } from "../src/ingest/ingest.js";
import { readInputs } from "../src/capture/inputs.js";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { mergeStories, sourcedEvents } from "../src/story/merge.js";
import { toRecord } from "../src/record/record.js";
import { newDoc } from "../src/envelope/doc.js";
import { HAVE_SHARED, PINNED_NOW, ROOT, sharedFile } from "./helpers/shared.js";

const BIN = join(ROOT, "dist/src/cli/bin.js");

test("canonical URLs: scheme, www, AMP, tracking and fragments do not make a new page", () => {
  const cases: Array<[string | null, string | null]> = [
    ["https://www.Example.vn/a/b.html", "example.vn/a/b.html"],
    ["http://example.vn/amp/a/b.html?utm_source=x&fbclid=1#c", "example.vn/a/b.html"],
    ["https://m.example.vn/a/b/", "example.vn/a/b"],
    ["https://example.vn/a?id=2&b=1", "example.vn/a?b=1&id=2"],
    ["https://example.vn:8443/a", "example.vn:8443/a"],
    ["ftp://example.vn/a", null],
    ["not a url", null],
    [null, null],
  ];
  for (const [u, want] of cases) assert.equal(canonicalUrl(u), want, String(u));
});

/** Deterministic pseudo-random Vietnamese-looking text (our own words). */
function words(seed: number, n: number): string {
  const vocab = "nga mỹ ukraine hội đàm phái đoàn ngoại giao thỏa thuận lệnh ngừng bắn tù binh trao đổi biên giới an ninh năng lượng kinh tế quân sự hợp tác tuyên bố phát ngôn viên chính phủ quốc hội bầu cử thủ đô thành phố khu vực tổ chức quốc tế".split(" ");
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 3266489917) >>> 0;
    out.push(vocab[x % vocab.length]!);
  }
  return out.join(" ");
}

test("simhash: copies with a changed line stay close; different articles are far apart", () => {
  const a = words(1, 300);
  const copy = a + " theo báo nguồn";
  const other = words(2, 300);
  assert.ok(nearDuplicate(simhash(a), simhash(copy)), `distance ${hamming(simhash(a)!, simhash(copy)!)}`);
  assert.ok(!nearDuplicate(simhash(a), simhash(other)));
  assert.equal(simhash("quá ngắn"), null);
  assert.equal(simhash("Đàm phán " + a), simhash("dam phan " + a));
});

test("progress text: bar, rate and ETA on a terminal; plain figures otherwise", () => {
  assert.equal(progressText("ingest", 50, 200, 10, true, 8), "ingest  [██░░░░░░]  50/200  25%  5.0/s  ETA 0:30");
  assert.equal(progressText("ingest", 50, 200, 10, false), "ingest  50/200  25%  5.0/s  ETA 0:30");
  assert.equal(progressText("ingest", 30, null, 2, false), "ingest  30  15/s  0:02 elapsed");
});

function batchFile(dir: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `Bản tin số ${i}\n\n${words(i + 100, 40)}.\n\n${words(i + 5000, 60)}.`;
    lines.push(JSON.stringify({ id: `r${i}`, url: `https://tin.example.vn/bai-${i}.html`, text }));
  }
  const p = join(dir, "batch.jsonl");
  writeFileSync(p, lines.join("\n") + "\n");
  return p;
}

function run(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stdout!.resume();
  child.stderr!.on("data", (b: Buffer) => void (err += b.toString()));
  const done = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return { child, done, stderr: () => err };
}

test("kill -9 in the middle of an ingest: a re-run leaves a complete, consistent store", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-kill-"));
  try {
    const N = 600;
    const batch = batchFile(dir, N);
    const db = join(dir, "kill.db");
    const first = run(["ingest", "-q", "--db", db, "--batch", "10", "--jobs", "1", batch]);
    let atKill = 0;
    for (let t = 0; t < 3000; t++) {
      await new Promise((r) => setTimeout(r, 10));
      try {
        const ro = new Database(db, { readonly: true, fileMustExist: true });
        try {
          atKill = (ro.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
        } finally {
          ro.close();
        }
      } catch {
        continue; // not created or not migrated yet
      }
      if (atKill >= 30) break;
    }
    first.child.kill("SIGKILL");
    await first.done;
    assert.ok(atKill >= 30 && atKill < N, `killed after ${atKill} of ${N}`);
    const again = run(["ingest", "-q", "--db", db, "--batch", "50", "--jobs", "2", batch]);
    assert.equal(await again.done, 0);
    const store = await openSqlite(db);
    try {
      const st = await store.stats();
      assert.equal(st.articles, N);
      assert.equal(st.nearDuplicates, 0);
      assert.deepEqual(await store.check(), []);
      // Whole batches only: every stored article has its search entry (checked above) and its record.
      for await (const a of store.records()) assert.equal(a.record.id, a.id);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("simhash: fingerprints do not change between versions (stored ones are compared with new ones)", () => {
  // Values of the first implementation (shingle strings joined with spaces, ±1 sums per bit).
  const want: Array<[number, string]> = [
    [1, "cc970da49d0e34a9"],
    [2, "d30d69cbce1abd00"],
    [3, "22c5194ff2450ae6"],
    [4, "87e136fa79517493"],
  ];
  for (const [k, h] of want) assert.equal(simhash(words(k, 14 + k * 40)), h, `words(${k})`);
});

test("pool: each answer reaches its own task with several tasks held per worker", async () => {
  const pool = createPool(2, PINNED_NOW);
  try {
    const caps = Array.from({ length: 9 }, (_, i) => ({ source: { path: null, record_id: `p${i}`, url: null, fetched_at: null }, text: `Tiêu đề số ${i}\n\n${words(i + 10, 40 + i * 7)}` }));
    const res = await Promise.all(caps.map((capture, n) => pool.run({ n, capture, options: {} })));
    res.forEach((r, i) => {
      assert.equal(r.n, i);
      assert.equal(r.prepared.capture.source.record_id, `p${i}`);
      assert.equal(r.prepared.record.id, newDoc(caps[i]!, {}).id);
    });
  } finally {
    await pool.close();
  }
});

test("worker threads give the same stored analysis as the calling thread", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-pool-"));
  try {
    const batch = batchFile(dir, 40);
    const dump = async (jobs: number) => {
      const store = await openSqlite(join(dir, `j${jobs}.db`), () => PINNED_NOW);
      const pool = createPool(jobs, PINNED_NOW);
      try {
        const progress: number[] = [];
        const sum = await ingestInputs(store, readInputs([batch], Readable.from([])), { options: {}, batchSize: 7, pool, onProgress: (n) => progress.push(n) });
        assert.equal(sum.added, 40);
        assert.deepEqual(progress, [7, 14, 21, 28, 35, 40]);
        const out: unknown[] = [];
        for await (const a of store.records()) out.push(a.record);
        return out;
      } finally {
        await pool.close();
        await store.close();
      }
    };
    assert.deepEqual(await dump(2), await dump(0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A throwaway PostgreSQL cluster for the PostgreSQL halves below (null: not installed; under CI
// startPostgres throws instead, so they cannot silently skip).
let cluster: PgCluster | null | undefined;
let dbCount = 0;
async function pgUrl(): Promise<string | null> {
  if (cluster === undefined) cluster = await startPostgres();
  if (!cluster) return null;
  const name = `ingest_${++dbCount}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return cluster.urlFor(name);
}
after(() => cluster?.stop());

for (const backend of ["sqlite", "postgres"] as const)
test(`seeds and dev set (${backend}): search finds seed 000 first; stored stories are the pure merge of the events`, { skip: !HAVE_SHARED && "../shared not present" }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-seeds-"));
  try {
    const url = backend === "postgres" ? await pgUrl() : join(dir, "s.db");
    if (!url) {
      t.skip(PG_SKIP_REASON);
      return;
    }
    const store = await openStore(url, { now: () => PINNED_NOW });
    const pool = createPool(0, PINNED_NOW);
    const inputs = [sharedFile("corpus/seeds"), sharedFile("corpus/dev.jsonl")];
    try {
      const sum = await ingestInputs(store, readInputs(inputs, Readable.from([])), { options: {}, batchSize: 4, pool });
      // one article per seed file and per dev.jsonl line: derived from the corpus, which grows
      const articles = readdirSync(sharedFile("corpus/seeds")).filter((f) => f.endsWith(".txt")).length +
        readFileSync(sharedFile("corpus/dev.jsonl"), "utf8").split("\n").filter((l) => l.trim()).length;
      assert.equal(sum.added, articles);
      const seed0 = readdirSync(sharedFile("corpus/seeds")).find((f) => f.startsWith("000_"))!;
      const ctx = { now: PINNED_NOW, data: dataStore() };
      let seed0Id = "";
      for await (const item of readInputs([join(sharedFile("corpus/seeds"), seed0)])) if (item.ok) seed0Id = analyze(item.capture, {}, ctx).id;
      const hits = await store.search("dam phan qatar");
      assert.equal(hits[0]?.id, seed0Id);
      // The store's incremental merge equals merging every article's events at once.
      const all = [];
      for await (const a of store.records()) all.push(...sourcedEvents(toRecord(analyze({ source: a.capture.source, ...(a.capture.bytes ? { bytes: a.capture.bytes } : { text: a.capture.text! }), ...(a.capture.kind ? { kind: a.capture.kind } : {}) }, a.capture.options, ctx))));
      const expected = mergeStories(all).map((s) => [s.id, new Set(s.sources.map((x) => x.articleId)).size, s.status]).sort();
      const got = (await store.timeline({ limit: 0 })).map((s) => [s.id, s.sourceCount, s.status]).sort();
      assert.deepEqual(got, expected);
      assert.deepEqual(await store.check(), []);
    } finally {
      await pool.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("two ingest processes on one PostgreSQL store with overlapping inputs: each article once, the store consistent", async (t) => {
  const url = await pgUrl();
  if (!url) {
    t.skip(PG_SKIP_REASON);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "thoisu-pg-ingest-"));
  try {
    const N = 80;
    const all = batchFile(dir, N);
    const lines = readFileSync(all, "utf8").trim().split("\n");
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    writeFileSync(a, lines.slice(0, 55).join("\n") + "\n");
    // The second process reads the overlap in the other order, so both meet the same articles at once.
    writeFileSync(b, lines.slice(25).reverse().join("\n") + "\n");
    const p1 = run(["ingest", "-q", "--db", url, "--batch", "5", "--jobs", "1", a]);
    const p2 = run(["ingest", "-q", "--db", url, "--batch", "5", "--jobs", "1", b]);
    assert.deepEqual(await Promise.all([p1.done, p2.done]), [0, 0], `stderr: ${p1.stderr()} | ${p2.stderr()}`);
    const store = await openStore(url);
    try {
      const st = await store.stats();
      assert.equal(st.articles, N);
      const ids: string[] = [];
      for await (const r of store.records()) ids.push(r.id);
      assert.equal(new Set(ids).size, N);
      assert.deepEqual(await store.check(), []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A WARC record of our own (see test/warc.test.ts for the full reader's cases). */
function warcRecord(type: string, contentType: string, block: string): Buffer {
  const body = Buffer.from(block, "utf8");
  const head = [`WARC/1.1`, `WARC-Type: ${type}`, `WARC-Target-URI: https://tin.example.vn/x`, `Content-Type: ${contentType}`, `Content-Length: ${body.length}`].join("\r\n");
  return Buffer.concat([Buffer.from(head + "\r\n\r\n", "latin1"), body, Buffer.from("\r\n\r\n")]);
}
const RESP = "application/http; msgtype=response";
const page = (i: number, status = "200 OK", type = "text/html; charset=utf-8") => warcRecord("response", RESP, `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\n\r\n<html><body><p>${words(i, 200)}</p></body></html>`);

test("progress total: a WARC counts its pages (2xx HTML responses), plain or gzipped, estimated past the budget", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-count-"));
  try {
    const recs = [
      warcRecord("warcinfo", "application/warc-fields", "software: test\r\n"),
      warcRecord("request", "application/http; msgtype=request", "GET /x HTTP/1.1\r\nHost: tin.example.vn\r\n\r\n"),
      page(1),
      page(2, "404 Not Found"),
      page(3, "200 OK", "image/png"),
      page(4),
      warcRecord("metadata", "application/warc-fields", "outlink: y\r\n"),
      page(5, "200 OK", "application/xhtml+xml"),
    ];
    const plain = join(dir, "a.warc");
    writeFileSync(plain, Buffer.concat(recs));
    const gz = join(dir, "b.warc.gz");
    writeFileSync(gz, Buffer.concat(recs.map((r) => gzipSync(r))));
    assert.equal(await countWarcPages(plain), 3);
    assert.equal(await countWarcPages(gz), 3);
    const jsonl = batchFile(dir, 4);
    assert.equal(await countInputs([plain, gz, jsonl]), 3 + 3 + 4);
    assert.equal(await countInputs([dir]), 3 + 3 + 4);
    // A big archive is counted over its first bytes and scaled: close to the true count.
    const many = join(dir, "many.warc");
    const manyRecs = Array.from({ length: 400 }, (_, i) => page(i));
    writeFileSync(many, Buffer.concat(manyRecs));
    const est = await countWarcPages(many, 64 * 1024);
    assert.ok(Math.abs(est - 400) <= 40, `estimated ${est} of 400`);
    assert.equal(await countWarcPages(many), 400);
    const manyGz = join(dir, "many.warc.gz");
    writeFileSync(manyGz, Buffer.concat(manyRecs.map((r) => gzipSync(r))));
    const estGz = await countWarcPages(manyGz, 64 * 1024);
    assert.ok(Math.abs(estGz - 400) <= 60, `estimated ${estGz} of 400 (gzipped)`);
    assert.equal(await countWarcPages(manyGz), 400);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
