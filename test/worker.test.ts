/**
 * Many workers on one PostgreSQL store: two workers plus a third killed (kill -9) while it
 * holds a batch leave every capture analysed and stored exactly once. Also on SQLite, in
 * process: a worker drains the queue. Skipped (with the reason) without PostgreSQL binaries.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ROOT, PINNED_NOW } from "./helpers/shared.js";
import { PG_SKIP_REASON, startPostgres, type PgCluster } from "./helpers/postgres.js";
import { openStore } from "../src/store/open.js";
import { createPool } from "../src/ingest/pool.js";
import { runWorker } from "../src/worker/worker.js";
import { newDoc } from "../src/envelope/doc.js";
import { storedCapture } from "../src/ingest/prepare.js";
import type { Capture } from "../src/envelope/types.js";

const BIN = join(ROOT, "dist/src/cli/bin.js");
const PLACES = ["Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang", "Vinh", "Quy Nhơn", "Lạng Sơn", "Cà Mau", "Sơn La", "Pleiku"];
const TOPICS = ["an ninh hàng hải", "thương mại biên giới", "phòng chống thiên tai", "giáo dục nghề nghiệp", "y tế cơ sở", "giao thông đô thị"];

/** Our own synthetic article, long enough that analysing a batch takes a while. */
function article(i: number, paragraphs: number): { id: string; url: string; text: string } {
  const place = PLACES[i % PLACES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const paras = [`Hội nghị số ${i} về ${topic} tại ${place}`, `Ngày ${(i % 27) + 1}/5, lãnh đạo tỉnh đã gặp đại diện các sở ngành tại ${place} để bàn về ${topic}.`];
  for (let k = 0; k < paragraphs; k++) {
    paras.push(`Đoạn ${k} của bài ${i}: đại biểu thứ ${k + i} phát biểu rằng ${topic} cần thêm ${k * 7 + i} tỷ đồng, và đề nghị ${PLACES[(i + k) % PLACES.length]} phối hợp trong quý ${(k % 4) + 1}.`);
  }
  return { id: String(i), url: `https://bao-thu.example/bai-${i}.html`, text: paras.join("\n\n") };
}

function capture(a: { id: string; url: string; text: string }): Capture {
  return { source: { path: null, record_id: a.id, url: a.url, fetched_at: "2025-05-20T00:00:00Z" }, text: a.text, kind: "text" };
}

function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string; err: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((res) => child.on("close", (code, signal) => res({ code, signal, out, err })));
  return { child, done };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => (t = setTimeout(() => rej(new Error(`${what}: timed out after ${ms} ms`)), ms)))]).finally(() => clearTimeout(t));
}

test("a worker drains an SQLite queue in process; enqueueing again adds nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-worker-"));
  try {
    const store = await openStore(join(dir, "q.db"), { now: () => PINNED_NOW });
    const caps = Array.from({ length: 5 }, (_, i) => capture(article(i, 3)));
    const items = caps.map((c) => ({ id: newDoc(c, {}).id, capture: storedCapture(c, {}) }));
    assert.deepEqual(await store.enqueue(items), { queued: 5, stored: 0, alreadyQueued: 0 });
    const pool = createPool(0, PINNED_NOW);
    const sum = await runWorker(store, { name: "solo", batch: 2, leaseMs: 10_000, pollMs: 10, drain: true, pool });
    await pool.close();
    assert.deepEqual([sum.claims, sum.jobs, sum.added, sum.lost], [3, 5, 5, 0]);
    assert.deepEqual(await store.queueStats(), { pending: 0, claimed: 0, done: 5, failed: 0 });
    assert.deepEqual(await store.enqueue(items), { queued: 0, stored: 5, alreadyQueued: 0 });
    const stored = await store.article(items[2]!.id);
    assert.equal(stored?.url, "https://bao-thu.example/bai-2.html");
    assert.deepEqual(await store.check(), []);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("workers on PostgreSQL", () => {
  let cluster: PgCluster | null = null;
  let skip = "";
  let dir = "";
  before(async () => {
    cluster = await startPostgres();
    if (!cluster) skip = PG_SKIP_REASON;
    dir = mkdtempSync(join(tmpdir(), "thoisu-workers-"));
  });
  after(() => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test("two workers plus a third killed mid-batch: every capture analysed and stored exactly once", { timeout: 180_000 }, async (t) => {
    if (!cluster) return t.skip(skip);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE workers");
    await admin.end();
    const url = cluster.urlFor("workers");
    const N = 30;
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, Array.from({ length: N }, (_, i) => JSON.stringify(article(i, 60))).join("\n") + "\n");

    const enq = await withTimeout(runCli(["enqueue", "--db", url, file]).done, 60_000, "enqueue");
    assert.equal(enq.code, 0, enq.err);
    assert.match(enq.out, new RegExp(`^enqueued ${N}: ${N} queued, 0 already stored, 0 already queued`));

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const common = ["worker", "--db", url, "--lease", "3", "--poll", "0.1", "--jobs", "1", "--drain", "--quiet"];
      // The victim claims a big batch, and is killed while it analyses it.
      const victim = runCli([...common, "--name", "victim", "--batch", "8"]);
      let held: string[] = [];
      const t0 = Date.now();
      while (Date.now() - t0 < 30_000) {
        const r = await db.query<{ id: string }>("SELECT id FROM capture_queue WHERE worker = 'victim' AND state = 'claimed'");
        if (r.rows.length) {
          victim.child.kill("SIGKILL");
          held = r.rows.map((x) => x.id);
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const v = await withTimeout(victim.done, 30_000, "victim");
      assert.equal(v.signal, "SIGKILL", "the victim was killed");
      assert.equal(held.length, 8, "the victim held a batch when it was killed");
      const stillHeld = await db.query("SELECT id FROM capture_queue WHERE worker = 'victim' AND state = 'claimed'");
      assert.equal(stillHeld.rows.length, 8, "the victim had not completed its batch");

      const w1 = runCli([...common, "--name", "w1", "--batch", "3"]);
      const w2 = runCli([...common, "--name", "w2", "--batch", "3"]);
      const [r1, r2] = await withTimeout(Promise.all([w1.done, w2.done]), 150_000, "workers");
      assert.equal(r1.code, 0, r1.err);
      assert.equal(r2.code, 0, r2.err);

      const added = (o: string) => Number(/(\d+) added/.exec(o)?.[1] ?? NaN);
      const dupes = (o: string) => Number(/(\d+) already stored/.exec(o)?.[1] ?? NaN);
      assert.equal(added(r1.out) + added(r2.out), N, r1.out + r2.out);
      assert.equal(dupes(r1.out) + dupes(r2.out), 0);
      assert.ok(added(r1.out) > 0 && added(r2.out) > 0, "both workers took part");

      const q = await db.query<{ state: string; done_by: string; attempts: number; id: string }>("SELECT id, state, done_by, attempts FROM capture_queue ORDER BY seq");
      assert.equal(q.rows.length, N);
      for (const r of q.rows) {
        assert.equal(r.state, "done", r.id);
        assert.ok(r.done_by === "w1" || r.done_by === "w2", `${r.id} done by ${r.done_by}`);
        // Taken over from the victim: claimed twice; every other capture: claimed once.
        assert.equal(r.attempts, held.includes(r.id) ? 2 : 1, r.id);
      }
      const a = await db.query<{ n: number; d: number }>("SELECT COUNT(*)::int AS n, COUNT(DISTINCT canonical_url)::int AS d FROM articles");
      assert.deepEqual(a.rows[0], { n: N, d: N });
      const store = await openStore(url);
      try {
        assert.deepEqual(await store.check(), []);
        assert.deepEqual(await store.queueStats(), { pending: 0, claimed: 0, done: N, failed: 0 });
      } finally {
        await store.close();
      }
    } finally {
      await db.end();
    }
  });
});
