/**
 * What held in the trial under faults and hostile input (issue 17), pinned so it keeps holding:
 * fuzzed captures never crash a stage; two ingests into one SQLite file at once store each
 * article once; ingest while serving loses nothing and errs nowhere; no path traversal, no SQL
 * injection through the API's filters, stored markup comes back as data (JSON, nosniff).
 * (Kill -9 during an ingest, PostgreSQL workers killed holding jobs, auth and oversized bodies:
 * test/ingest.test.ts, test/worker.test.ts, test/serve.test.ts.)
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import iconv from "iconv-lite";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore, type Context } from "../src/pipeline/stage.js";
import { toRecord } from "../src/record/record.js";
import { readJsonl } from "../src/capture/inputs.js";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import { sentence } from "./helpers/longtext.js";
import { fixture, PINNED_NOW, ROOT } from "./helpers/shared.js";

const BIN = join(ROOT, "dist/src/cli/bin.js");
const ctx: Context = { now: PINNED_NOW, data: dataStore() };

/** A deterministic generator (xorshift). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>>= 0);
  };
}

/** An article of our own: a title and paragraphs of sentences. */
function article(n: number): string {
  return [`Bản tin số ${n}: ${sentence(n).slice(0, 60)}`, ...Array.from({ length: 4 }, (_, i) => [sentence(n * 7 + i), sentence(n * 7 + i + 3)].join(" "))].join("\n\n");
}

const HTML = readFileSync(fixture("html/vnexpress-asean.html"), "utf8");

/** Mutations of captures: what a crawler, a broken disk or a hostile client hands over. */
const MUTATIONS: Array<(b: Buffer, r: () => number) => Buffer> = [
  (b, r) => b.subarray(0, r() % (b.length + 1)), // cut anywhere (inside a UTF-8 sequence, a tag)
  (b, r) => Buffer.from(b.map((x) => (r() % 50 === 0 ? r() % 256 : x))), // random bytes flipped
  (b, r) => Buffer.concat([b.subarray(0, r() % b.length), Buffer.alloc(r() % 64), b.subarray(r() % b.length)]), // NULs in the middle
  (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe]), b]), // conflicting marks
  (b) => iconv.encode(b.toString("utf8"), "utf-16le", { addBOM: false }).subarray(1), // UTF-16 off by one byte
  (b) => iconv.encode(b.toString("utf8"), "windows-1258"),
  (b, r) => Buffer.from(b.toString("utf8").replace(/>/g, () => (r() % 3 ? ">" : ""))), // tags left open
  (b, r) => Buffer.from("<div>".repeat(2000 + (r() % 2000)) + b.toString("utf8")), // deep nesting
  (b, r) => Buffer.from(b.toString("utf8").replace(/ /g, () => ["\u200b", "\u0001", "\u00ad", "\ufeff", " ", " "][r() % 6]!)), // invisible and control characters
  (b) => Buffer.from(b.toString("utf8").normalize("NFD")),
  (b, r) => Buffer.from(b.toString("utf8").replace(/\n/g, () => ["\r", "\r\n", "\n\n\n", "\u2028"][r() % 4]!)),
  (b) => Buffer.from(`<html><head><meta charset="x-unknown-charset"></head><body>${b.toString("utf8")}`),
  (b, r) => Buffer.from(`${"(".repeat(r() % 500)}${b.toString("utf8")}${"“".repeat(r() % 500)}`), // stray brackets and quote marks
  (b, r) => Buffer.from(Array.from({ length: 300 + (r() % 300) }, () => String.fromCharCode(r() % 0x2000)).join("")), // noise
];

test("fuzzed captures: every stage survives (no internal error), every capture gives a record", () => {
  const r = rng(17);
  const bases = [Buffer.from(article(1)), Buffer.from(article(2)), Buffer.from(HTML), Buffer.from(`<p>${article(3).replace(/\n\n/g, "</p><p>")}</p>`)];
  let n = 0;
  for (let round = 0; round < 6; round++) {
    for (const base of bases) {
      for (const m of MUTATIONS) {
        const bytes = m(base, r);
        for (const kind of [undefined, "html", "text"] as const) {
          const doc = analyze({ source: { path: `fuzz-${n}`, record_id: null, url: null, fetched_at: null }, bytes, kind }, {}, ctx);
          const crashes = doc.messages.filter((x) => x.rule.endsWith("/internal-error"));
          assert.deepEqual(crashes, [], `case ${n} (${m.toString().slice(0, 60)})`);
          assert.ok(toRecord(doc).id, `case ${n}`);
          n++;
        }
      }
    }
  }
  assert.ok(n >= 1000, `${n} cases`);
});

test("fuzzed JSONL batches: every line gives a capture or a problem naming it; the reader never throws", async () => {
  const r = rng(5);
  const good = JSON.stringify({ id: "ok", text: article(4) });
  const bad = ['{"text": ', "[]", "null", '{"text": 5}', '{"html": {"a": 1}}', '{"text": "\\ud800"}', "\u0000\u0001", '{"id": "x", "text": "' + "a".repeat(1000), good.slice(0, -1), "{}".repeat(50)];
  for (let k = 0; k < 40; k++) {
    const lines = Array.from({ length: 30 }, () => (r() % 3 ? good : bad[r() % bad.length]!));
    const body = Buffer.from(lines.join(["\n", "\r\n", "\r"][k % 3]));
    // chunked at odd places, so lines and characters span chunks
    const chunks: Buffer[] = [];
    for (let i = 0; i < body.length; ) {
      const step = 1 + (r() % 700);
      chunks.push(body.subarray(i, i + step));
      i += step;
    }
    let items = 0;
    for await (const it of readJsonl(Readable.from(chunks), "f.jsonl", null)) {
      items++;
      if (it.ok) assert.equal(typeof (it.capture.text ?? ""), "string");
      else assert.match(it.where, /^f\.jsonl:\d+$/);
    }
    assert.equal(items, lines.length, `batch ${k}`);
  }
});

function run(args: string[]): { done: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  child.stdout!.resume();
  child.stderr!.on("data", (b: Buffer) => void (err += b.toString()));
  return { done: new Promise((res) => child.on("exit", (code) => res(code))), stderr: () => err };
}

test("two ingests into one SQLite file at once, with overlapping inputs: each article once, the store consistent", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-two-ingests-"));
  try {
    const N = 60;
    const lines = Array.from({ length: N }, (_, i) => JSON.stringify({ id: `r${i}`, url: `https://tin.example.vn/bai-${i}.html`, text: article(i + 10) }));
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    writeFileSync(a, lines.slice(0, 40).join("\n") + "\n");
    writeFileSync(b, lines.slice(20).reverse().join("\n") + "\n");
    const db = join(dir, "one.db");
    const p1 = run(["ingest", "-q", "--db", db, "--batch", "5", "--jobs", "1", a]);
    const p2 = run(["ingest", "-q", "--db", db, "--batch", "5", "--jobs", "1", b]);
    assert.deepEqual(await Promise.all([p1.done, p2.done]), [0, 0], `stderr: ${p1.stderr()} | ${p2.stderr()}`);
    const store = await openSqlite(db);
    try {
      assert.equal((await store.stats()).articles, N);
      const ids: string[] = [];
      for await (const x of store.records()) ids.push(x.id);
      assert.equal(new Set(ids).size, N);
      assert.deepEqual(await store.check(), []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ingest while serving: readers get answers throughout (no error), every article is stored once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-serve-ingest-"));
  const store = await openSqlite(join(dir, "s.db"), () => PINNED_NOW);
  const token = "serve-ingest-token-0123";
  const app = await buildServer({ store, token, jobs: 1, now: () => PINNED_NOW });
  try {
    const base = await app.listen({ host: "127.0.0.1", port: 0 });
    let stop = false;
    const statuses = new Map<number, number>();
    const readers = ["/api/timeline", "/api/search?q=ngoai%20giao", "/api/actors", "/health", "/api/events?limit=20"].map(async (path) => {
      while (!stop) {
        const r = await fetch(base + path);
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
    });
    const added: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const captures = Array.from({ length: 10 }, (_, i) => ({ text: article(100 + batch * 10 + i), url: `https://tin.example.vn/s-${batch}-${i}.html` }));
      const r = await fetch(base + "/api/ingest", { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ captures }) });
      assert.equal(r.status, 200, await r.clone().text());
      added.push(((await r.json()) as { added: number }).added);
    }
    stop = true;
    await Promise.all(readers);
    assert.deepEqual(added, [10, 10, 10, 10, 10, 10]);
    assert.deepEqual([...statuses.keys()], [200], JSON.stringify([...statuses]));
    assert.ok((statuses.get(200) ?? 0) > 10);
    assert.equal((await store.stats()).articles, 60);
    assert.deepEqual(await store.check(), []);
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hostile requests: no path traversal, no SQL injection, stored markup comes back as data", async () => {
  const store = await openSqlite(":memory:", () => PINNED_NOW);
  const token = "hostile-token-0123456789";
  const app = await buildServer({ store, token, jobs: 0, now: () => PINNED_NOW });
  try {
    const markup = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    const ing = await app.inject({ method: "POST", url: "/api/ingest", headers: { authorization: `Bearer ${token}` }, payload: { text: article(7).replace("\n\n", `\n\nPhát ngôn viên nói: ${markup} là trò đùa. `) } });
    assert.equal(ing.statusCode, 200, ing.body);
    const id = ing.json().ids[0];
    const before = await store.stats();
    // path traversal: the page's files only
    for (const url of ["/web/../../../../etc/passwd", "/web/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/web/..%2f..%2fpackage.json", "/web/....//....//etc/passwd", "/vendor/../package.json", "/web/%00", "/api/articles/..%2F..%2Fetc%2Fpasswd"]) {
      const r = await app.inject({ url });
      assert.ok([400, 404].includes(r.statusCode), `${url}: ${r.statusCode}`);
      assert.ok(!/root:|"name": "thoisu"/.test(r.body), url);
    }
    // SQL in every filter: an answer (or a 400), never a 500, and the store untouched
    const sql = [`' OR 1=1 --`, `"; DROP TABLE stories; --`, `%' UNION SELECT id, data FROM articles --`, `\\'); DELETE FROM articles; --`];
    for (const s of sql) {
      for (const param of ["q", "actor", "from", "type"]) {
        const r = await app.inject({ url: `/api/timeline?${param}=${encodeURIComponent(s)}` });
        assert.ok(r.statusCode === 200 || r.statusCode === 400, `${param}=${s}: ${r.statusCode} ${r.body.slice(0, 200)}`);
        if (r.statusCode === 200 && param !== "q") assert.equal(r.json().count, 0, `${param}=${s}`);
      }
      for (const url of [`/api/search?q=${encodeURIComponent(s)}`, `/api/network?actor=${encodeURIComponent(s)}`, `/api/articles/${encodeURIComponent(s)}`]) {
        const r = await app.inject({ url });
        assert.ok(r.statusCode < 500, `${url}: ${r.statusCode}`);
      }
    }
    assert.deepEqual(await store.stats(), before);
    assert.deepEqual(await store.check(), []);
    // stored markup is data: JSON (never HTML), nosniff; the page escapes it (web/util.js esc)
    const a = await app.inject({ url: `/api/articles/${id}` });
    assert.equal(a.statusCode, 200);
    assert.match(String(a.headers["content-type"]), /^application\/json/);
    assert.equal(a.headers["x-content-type-options"], "nosniff");
    assert.ok(a.json().text.includes(markup), "the text comes back as it was written");
    const { esc } = (await import(new URL("../../web/util.js", import.meta.url).href)) as { esc: (s: string) => string };
    assert.equal(esc(markup), "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
  } finally {
    await app.close();
    await store.close();
  }
});
