/**
 * PostgreSQL search at scale, on small stores: migration 5 (search vectors out of line) upgrades
 * an existing store on open without changing what search finds, and the two plans that find the
 * newest matches (the GIN bitmap alone; GIN ANDed with widening ranges of recent seqs) agree
 * with each other and with the articles' words. Skipped when PostgreSQL is not installed.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { pgDb, type Db } from "../src/store/db.js";
import { migrate, SCHEMA_VERSION } from "../src/store/migrations.js";
import { openPostgres, pgSearch, pgSearchIndex, positionsOf, recentMatches } from "../src/store/postgres.js";
import { SqlStore } from "../src/store/sql-store.js";
import { foldedForm } from "../src/search/fold.js";
import { mkPrepared } from "./store-fixtures.js";
import { PG_SKIP_REASON, startPostgres, type PgCluster } from "./helpers/postgres.js";
import { PINNED_NOW } from "./helpers/shared.js";

const now = () => PINNED_NOW;
let cluster: PgCluster | null = null;
let admin: pg.Client | null = null;
before(async () => {
  cluster = await startPostgres();
  if (!cluster) return;
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
});
after(async () => {
  await admin?.end();
  cluster?.stop();
});

// Our own syllables; a seeded generator makes articles long enough that their vectors exceed
// what PostgreSQL keeps in a row by default (~2 kB), with words of every frequency.
const SYL = ["hòa", "bình", "đàm", "phán", "an", "ninh", "kinh", "tế", "biển", "đảo", "hợp", "tác", "thương", "mại", "quốc", "phòng", "ngoại", "giao", "năng", "lượng", "khí", "hậu", "nhân", "đạo", "lương", "thực", "cảng", "tàu", "thuế", "quan"];
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
function article(i: number) {
  const r = rng(1000 + i);
  // Syllable k appears with probability falling with k; plus words of this article alone.
  const words: string[] = [];
  const own = () => Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(26 * r()))).join("");
  for (let n = 0; n < 300; n++) words.push(SYL[Math.floor(SYL.length * r() * r())]!, n === 7 ? `từ${i}x7` : n % 20 === 0 ? own() : SYL[Math.floor(SYL.length * r())]!);
  const paras = [words.slice(0, 300).join(" ") + ".", words.slice(300).join(" ") + "."];
  return mkPrepared({ title: `Bài số ${i} về ${SYL[i % SYL.length]}`, paragraphs: paras, outlet: `Báo ${i}`, published: `2025-01-${String(1 + (i % 28)).padStart(2, "0")}T08:00+07:00` });
}

async function fresh(name: string): Promise<string> {
  await admin!.query(`CREATE DATABASE ${name}`);
  return cluster!.urlFor(name);
}

test("migration 5: a version-4 PostgreSQL store is upgraded on open, vectors moved out of line, search unchanged", async (t) => {
  if (!cluster) return t.skip(PG_SKIP_REASON);
  const url = await fresh("from_v3");
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const db = pgDb(pool);
  assert.equal(await migrate(db, { upTo: 4 }), 4);
  const old = new SqlStore(db, pgSearch, "postgres", url, now);
  await old.init();
  await old.ingest(Array.from({ length: 12 }, (_, i) => article(i)));
  const queries = ["hòa bình", "dam phan", "Bài số 7", "từ3x7", "thuế quan cảng"];
  const before = await Promise.all(queries.map((q) => old.search(q)));
  const heap = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const r = await c.query(`SELECT pg_relation_size('articles_search') AS main, reloptions::text AS opts FROM pg_class WHERE relname = 'articles_search'`);
    await c.end();
    return { main: Number(r.rows[0].main), opts: String(r.rows[0].opts) };
  };
  const v3 = await heap();
  await old.close();
  assert.ok(v3.main >= 2 * 8192, `version 4 keeps vectors in the rows (${v3.main} bytes of heap)`);

  const s = await openPostgres(url, now);
  try {
    assert.equal((await s.stats()).schemaVersion, SCHEMA_VERSION);
    const v4 = await heap();
    assert.match(v4.opts, /toast_tuple_target=128/);
    assert.equal(v4.main, 8192, `12 articles' rows fit one block once their vectors are out of line (${v4.main} bytes)`);
    const afterHits = await Promise.all(queries.map((q) => s.search(q)));
    assert.deepEqual(afterHits, before);
    assert.ok(before.every((h) => h.length > 0), "every query finds something");
    // New articles go out of line too, and are found.
    await s.ingest([article(100)]);
    assert.equal((await s.search("từ100x7"))[0]?.outlet, "Báo 100");
    assert.deepEqual(await s.check(), []);
  } finally {
    await s.close();
  }
});

test("recent matches: the GIN bitmap and the widening recent ranges find the same newest articles", async (t) => {
  if (!cluster) return t.skip(PG_SKIP_REASON);
  const url = await fresh("plans");
  const s = await openPostgres(url, now);
  try {
    const arts = Array.from({ length: 60 }, (_, i) => article(i));
    await s.ingest(arts);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("ANALYZE articles_search");
    const stats = await c.query("SELECT most_common_elems IS NOT NULL AS has FROM pg_stats WHERE tablename = 'articles_search' AND attname = 'fold'");
    assert.equal(stats.rows[0]?.has, true, "ANALYZE gave word frequencies: the ranged plan is the one tested");
    const seqs = (await c.query("SELECT seq FROM articles ORDER BY seq")).rows.map((r) => Number(r.seq));
    await c.end();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const db = pgDb(pool);
    // What each article holds, from its own words (folded), to compare with.
    const holds = arts.map((a) => new Set(foldedForm(`${a.record.title} ${a.record.paragraphs.join(" ")}`).toLowerCase().split(/[^\p{L}\p{N}]+/u)));
    const cases: Array<[string[], number]> = [
      [["hoa"], 10],
      [["hoa", "binh"], 25],
      [["thue", "quan"], 5],
      [["cang", "tau", "thuc"], 40],
      [["tu7x7"], 10],
      [["khongco"], 10],
    ];
    try {
      for (const [terms, limit] of cases) {
        const want = seqs.filter((_, i) => terms.every((w) => holds[i]!.has(w))).reverse().slice(0, limit);
        const gin = await recentMatches(db, "fold", terms, limit, Infinity);
        const seen: string[] = [];
        const spy: Db = { ...db, all: (sql, params) => (seen.push(sql), db.all(sql, params)) };
        const ranged = await recentMatches(spy, "fold", terms, limit, 0);
        if (want.length) assert.ok(seen.some((q) => /seq >= \?/.test(q)), `the ranged plan ran for ${terms.join(" ")}`);
        assert.deepEqual(gin, want, `GIN ${terms.join(" ")}`);
        assert.deepEqual(ranged, want, `ranges ${terms.join(" ")}`);
      }
      // A word held by more articles than the weighing budget is ordered most recent first,
      // unweighed (as SQLite does); within the budget, by ts_rank_cd.
      const ids = new Map(arts.map((a, i) => [a.record.id, seqs[i]!]));
      const newest = seqs.filter((_, i) => holds[i]!.has("hoa")).reverse().slice(0, 5);
      const common = new SqlStore(db, pgSearchIndex({ weighBudget: 0 }), "postgres", url, now);
      assert.deepEqual((await common.search("hoa", { limit: 5 })).map((h) => ids.get(h.id)), newest);
      const weighed = new SqlStore(db, pgSearchIndex({ weighBudget: Infinity }), "postgres", url, now);
      assert.notDeepEqual((await weighed.search("hoa", { limit: 5 })).map((h) => ids.get(h.id)), newest);
    } finally {
      await pool.end();
    }
  } finally {
    await s.close();
  }
});

test("positionsOf reads a weightless tsvector's text form", () => {
  const cases: Array<[string | null, Array<[string, number[]]>]> = [
    [null, []],
    ["", []],
    ["'dua':3,17 'lon':5", [["dua", [3, 17]], ["lon", [5]]]],
    ["'xe':40,2", [["xe", [2, 40]]]],
    ["'it''s':1 'plain'", [["it's", [1]], ["plain", []]]],
  ];
  for (const [text, want] of cases) assert.deepEqual([...positionsOf(text)], want, String(text));
});
