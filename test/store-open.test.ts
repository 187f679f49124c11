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
