/**
 * The API under load and hostile clients, on a store of 10,000 story events: pages never exceed
 * their maximum and their cursors reach every event once; clients that ask for the largest pages
 * and never read the answers neither grow the server's memory nor slow /health past 100 ms;
 * analysis requests wait in a queue one client cannot fill, and take turns by client.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { connect, type Socket } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { syntheticArticles } from "../src/serve/synthetic.js";
import { PAGE } from "../src/serve/schemas.js";
import { FairQueue, Gate } from "../src/serve/limits.js";
import { HttpError } from "../src/serve/paging.js";
import { PINNED_NOW } from "./helpers/shared.js";

let store: Store;
let app: FastifyInstance;
let base: string;

before(async () => {
  store = await openSqlite(":memory:", () => PINNED_NOW);
  const arts = syntheticArticles(10_000);
  for (let i = 0; i < arts.length; i += 1000) await store.ingest(arts.slice(i, i + 1000));
  app = await buildServer({ store, jobs: 0, now: () => PINNED_NOW });
  base = await app.listen({ host: "127.0.0.1", port: 0 });
});

after(async () => {
  await app?.close();
  await store?.close();
});

test("a paged timeline never returns more than the maximum; its cursors reach all 10,000 events once, in order", async () => {
  for (const [url, max] of [
    ["/api/timeline", PAGE.timeline.default],
    [`/api/timeline?limit=${PAGE.timeline.max}`, PAGE.timeline.max],
    [`/api/timeline?limit=${PAGE.timeline.max}&type=CONSULT`, PAGE.timeline.max],
    [`/api/events?limit=${PAGE.events.max}`, PAGE.events.max],
    [`/api/timeline?limit=${PAGE.timeline.max}&offset=9500`, 500],
  ] as Array<[string, number]>) {
    const b = await (await fetch(base + url)).json();
    assert.equal(b.events.length, b.count, url);
    assert.ok(b.count <= max && b.count <= b.limit, `${url}: ${b.count} rows`);
  }
  const refused = await fetch(base + `/api/timeline?limit=${PAGE.timeline.max + 1}`);
  assert.equal(refused.status, 400);
  await refused.arrayBuffer();

  const want = (await store.timelineRows({ limit: 0 })).map((e) => e.id);
  assert.equal(want.length, 10_000);
  const got: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const b = (await (await fetch(`${base}/api/timeline?limit=${PAGE.timeline.max}${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { count: number; next: string | null; events: Array<{ id: string }> };
    assert.ok(b.count <= PAGE.timeline.max);
    for (const e of b.events) got.push(e.id);
    cursor = b.next;
    pages++;
  } while (cursor && pages < 20);
  assert.equal(pages, 10);
  assert.deepEqual(got, want);
});

/** Sends `n` pipelined requests for `path` on one connection and never reads the answers. */
function slowReader(path: string, n: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(base);
    const s = connect({ host: "127.0.0.1", port: Number(port) }, () => {
      s.pause(); // never read: the answers pile up in the socket buffers, then in the server
      s.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`.repeat(n));
      resolve(s);
    });
    s.on("error", reject);
  });
}

// The memory the process holds after a full garbage collection (not the garbage of the moment).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const held = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

test("clients that ask for the largest pages and never read: memory stays bounded, /health stays under 100 ms", async () => {
  const before = held();
  // 50 clients × 4 requests for 1,000-row pages (about 600 KB each: 120 MB if they were all
  // answered at once), none of them read
  let accepted = 0;
  const count = () => accepted++;
  app.server.on("connection", count);
  const sockets = await Promise.all(Array.from({ length: 50 }, () => slowReader(`/api/timeline?limit=${PAGE.timeline.max}`, 4)));
  // (Node accepts one connection per turn of its loop: wait until all of them are in)
  for (let i = 0; i < 200 && accepted < 50; i++) await new Promise((r) => setTimeout(r, 50));
  app.server.off("connection", count);
  // and clients that do read, page after page, while the slow ones hang on
  let stop = false;
  let served = 0;
  const readers = Array.from({ length: 4 }, async () => {
    let cursor: string | null = null;
    while (!stop) {
      const r = await fetch(`${base}/api/timeline?limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      if (r.status === 200) {
        const b = (await r.json()) as { next: string | null };
        cursor = b.next;
        served++;
      } else await r.arrayBuffer();
    }
  });
  let peak = 0;
  const health: number[] = [];
  for (let i = 0; i < 15; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const t = performance.now();
    const r = await fetch(base + "/health");
    health.push(performance.now() - t);
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { ok: boolean }).ok, true);
    peak = Math.max(peak, held() - before);
  }
  stop = true;
  await Promise.all(readers);
  for (const s of sockets) s.destroy();
  const sorted = [...health].sort((a, b) => a - b);
  console.log(`# slow readers: memory held grew by ${(peak / 1048576).toFixed(1)} MB at most; /health ms: median ${sorted[7]!.toFixed(1)}, max ${sorted[14]!.toFixed(1)}; ${served} pages served meanwhile`);
  assert.ok(served > 0, "the clients that read were served");
  assert.ok(peak < 24 * 1048576, `the memory held grew by ${(peak / 1048576).toFixed(1)} MB`);
  // under 100 ms (the median: single samples meet a garbage collection or the machine's other
  // load; before paging and turns, /health waited up to 17 s behind such clients)
  assert.ok(sorted[7]! < 100 && sorted[14]! < 1000, `/health took ${sorted.map((x) => x.toFixed(0)).join(", ")} ms`);
});

test("gate: a client gets 429 past its share, everybody 503 past the total; a slot is freed once", () => {
  const g = new Gate(3, 2);
  const a1 = g.enter("a");
  g.enter("a");
  assert.throws(() => g.enter("a"), (e: HttpError) => e.statusCode === 429 && /from your address \(2, at most 2\)/.test(e.message));
  g.enter("b");
  assert.throws(() => g.enter("c"), (e: HttpError) => e.statusCode === 503 && e.headers["retry-after"] === "1");
  a1();
  a1();
  assert.equal(g.size, 2);
  g.enter("c");
});

test("analysis queue: clients take turns; one client cannot fill it; a waiting request times out", async () => {
  const order: string[] = [];
  // (a long wait limit: on a loaded machine the turns below may take longer than a short one, and nothing here times out)
  const q = new FairQueue(1, 4, 3, 30_000);
  const gates: Array<() => void> = [];
  const job = (name: string) => () =>
    new Promise<string>((res) => {
      gates.push(() => {
        order.push(name);
        res(name);
      });
    });
  const p = [q.run("big", job("big1")), q.run("big", job("big2")), q.run("big", job("big3")), q.run("small", job("small1"))];
  // the big client has 3 waiting or running: a 4th is refused, others still get in
  await assert.rejects(q.run("big", job("big4")), (e: HttpError) => e.statusCode === 429);
  assert.deepEqual(q.stats, { running: 1, waiting: 3 });
  // one at a time: small1 goes right after big1, before big2 and big3
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setImmediate(r));
    gates.shift()!();
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(p);
  assert.deepEqual(order, ["big1", "small1", "big2", "big3"]);
  // full: 503; waiting too long: 503
  const q2 = new FairQueue(1, 1, 5, 50);
  // (the running job ends only when released, so a slow machine cannot end it before the wait times out)
  let release!: () => void;
  const hold = q2.run("a", () => new Promise<void>((r) => (release = r)));
  const waiting = q2.run("b", async () => "late");
  await assert.rejects(q2.run("c", async () => "x"), (e: HttpError) => e.statusCode === 503 && /queue is full/.test(e.message));
  await assert.rejects(waiting, (e: HttpError) => e.statusCode === 503 && /no analysis worker became free/.test(e.message));
  release();
  await hold;
});

test("analysis over HTTP: a capture over the size limit is refused before it waits (413)", async () => {
  const small = await buildServer({ store, jobs: 0, now: () => PINNED_NOW, analysis: { maxBytes: 1024 } });
  try {
    const r = await small.inject({ method: "POST", url: "/api/analyze", payload: { text: "Nga và Mỹ. ".repeat(200) } });
    assert.equal(r.statusCode, 413, r.body);
    assert.match(r.json().message, /the capture is \d+ KB, over the limit of 1 KB per document for analysis over HTTP/);
  } finally {
    await small.close();
  }
});
