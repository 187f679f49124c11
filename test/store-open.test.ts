/**
 * Opening a store to read never creates one (issue #16): SQLite and PostgreSQL refuse, with a
 * StoreError naming the store, a location that holds no thoisu store; opening to write creates it.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../src/store/open.js";
import { StoreError } from "../src/store/store.js";
import { PG_SKIP_REASON, startPostgres, type PgCluster } from "./helpers/postgres.js";

const dir = mkdtempSync(join(tmpdir(), "thoisu-open-"));
let cluster: PgCluster | null = null;
after(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("open sqlite: reading refuses what is no store; writing creates one", async () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ["a missing file in a missing folder", () => join(dir, "no/such/x.db"), /does not exist; thoisu ingest/],
    ["an empty file", () => (writeFileSync(join(dir, "empty.db"), ""), join(dir, "empty.db")), /is not a thoisu store \(an empty database\)/],
    ["a text file", () => (writeFileSync(join(dir, "t.txt"), "hello\n".repeat(200)), join(dir, "t.txt")), /is not a thoisu store \(not an SQLite database\)/],
    ["a folder", () => dir, /is a folder/],
  ];
  for (const [name, where, re] of cases) {
    const path = where();
    await assert.rejects(openStore(path, { create: false }), (e: unknown) => e instanceof StoreError && re.test(e.message) && e.message.includes(path), name);
  }
  assert.equal(existsSync(join(dir, "no")), false, "no folder created");
  const s = await openStore(join(dir, "new/x.db"));
  await s.close();
  const r = await openStore(join(dir, "new/x.db"), { create: false });
  assert.equal((await r.stats()).articles, 0);
  await r.close();
});

test("open postgres: reading an empty database refuses and creates no table", async (t) => {
  cluster = await startPostgres();
  if (!cluster) return t.skip(PG_SKIP_REASON);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query("CREATE DATABASE reads_only");
    const url = cluster.urlFor("reads_only");
    await assert.rejects(openStore(url, { create: false }), (e: unknown) => e instanceof StoreError && /is not a thoisu store \(an empty database\): thoisu ingest/.test(e.message));
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
    await c.end();
    assert.equal(rows[0].n, 0, "no table created");
    const s = await openStore(url);
    await s.close();
    const r = await openStore(url, { create: false });
    assert.equal((await r.stats()).articles, 0);
    await r.close();
  } finally {
    await admin.end();
  }
});

test("a store written before the lines' lookup keys (schema 4) gets them on open, lines kept as they are", async () => {
  const { default: Database } = await import("better-sqlite3");
  const { mkPrepared } = await import("./store-fixtures.js");
  const file = join(dir, "keys.db");
  const mk = (i: number, date: string, published: string) =>
    mkPrepared({
      title: `Tin ${i}`,
      paragraphs: [`Đoạn văn riêng số ${i} nói về đàm phán.`],
      url: `https://tin-${i}.example.vn/a`,
      published: `${published}T09:00+07:00`,
      actors: ["Russia", "Ukraine"],
      events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date, text: "Nga và Ukraine đàm phán." }],
    });
  const s = await openStore(file);
  await s.ingest([mk(1, "XXXX-05-16", "2025-05-17")]);
  const before = (await s.timeline()).map((e) => e.id);
  await s.close();
  // What a store of schema 3 holds: no keys, an open year's line not placed by its days.
  const raw = new Database(file);
  raw.exec(`DELETE FROM story_keys; UPDATE stories SET span_start = NULL, span_end = NULL, coarse = 2; UPDATE store_meta SET value = '1' WHERE key = 'fill_story_keys'`);
  raw.close();
  const again = await openStore(file);
  try {
    assert.deepEqual((await again.timeline()).map((e) => e.id), before);
    assert.deepEqual(await again.check(), []);
    // The dated report of the same happening finds the line by its days.
    await again.ingest([mk(2, "2025-05-16", "2025-05-18")]);
    assert.deepEqual((await again.timeline()).map((e) => [e.id, e.sourceCount]), [[before[0], 2]]);
  } finally {
    await again.close();
  }
  const check = new Database(file, { readonly: true });
  assert.equal((check.prepare(`SELECT value FROM store_meta WHERE key = 'fill_story_keys'`).get() as { value: string }).value, "0");
  check.close();
});
