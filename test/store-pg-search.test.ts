/**
 * PostgreSQL search at scale, on small stores: migration 5 (search vectors out of line) upgrades
 * an existing store on open without changing what search finds, and the two plans that find the
 * newest matches (the GIN bitmap alone; GIN asked for the words in one range of recent seqs at a
 * time, migration 6) agree with each other and with the articles' words; the ranking rule
 * (RANK_BUDGET) is the same on both backends. The PostgreSQL parts are skipped when it is not installed.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { pgDb, type Db } from "../src/store/db.js";
import { migrate, SCHEMA_VERSION } from "../src/store/migrations.js";
import { openPostgres, pgSearch, pgSearchIndex, positionsOf, RANGE_BITS, recentMatches, searchKey } from "../src/store/postgres.js";
import { openSqlite, sqliteIndex } from "../src/store/sqlite.js";
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

test("recent matches: the GIN bitmap and the ranges of recent seqs find the same newest articles", async (t) => {
  if (!cluster) return t.skip(PG_SKIP_REASON);
  const url = await fresh("plans");
  const s = await openPostgres(url, now);
  try {
    // Articles on both sides of a small range's end (2^14) and of a large one's (2^17), so the
    // ranged plan walks several ranges of each size.
    const arts = Array.from({ length: 60 }, (_, i) => article(i));
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await s.ingest(arts.slice(0, 20));
    await c.query(`SELECT setval(pg_get_serial_sequence('articles', 'seq'), ${2 ** RANGE_BITS[0] - 8})`);
    await s.ingest(arts.slice(20, 40));
    await c.query(`SELECT setval(pg_get_serial_sequence('articles', 'seq'), ${2 ** RANGE_BITS[1] - 8})`);
    await s.ingest(arts.slice(40));
    await c.query("ANALYZE articles_search");
    const stats = await c.query("SELECT most_common_elems IS NOT NULL AS has FROM pg_stats WHERE tablename = 'articles_search' AND attname = 'fold'");
    assert.equal(stats.rows[0]?.has, true, "ANALYZE gave word frequencies: the ranged plan is the one tested");
    const seqs = (await c.query("SELECT seq FROM articles ORDER BY seq")).rows.map((r) => Number(r.seq));
    assert.equal(seqs.length, 60);
    assert.ok(seqs[59]! > 2 ** RANGE_BITS[1] && seqs[20]! < 2 ** RANGE_BITS[0] && seqs[39]! > 2 ** RANGE_BITS[0], `seqs span the ranges: ${seqs[20]}…${seqs[59]}`);
    // The search reads the range index (migration 6), never a scan decompressing vectors.
    await c.query("BEGIN");
    await c.query("SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off");
    const explain = await c.query(`EXPLAIN SELECT seq FROM articles_search WHERE ${searchKey("fold")} @@ (to_tsquery('simple', 'hoa') && $1::tsquery)`, ["'~0'"]);
    await c.query("ROLLBACK");
    assert.match(explain.rows.map((r) => String(r["QUERY PLAN"])).join("\n"), /Bitmap Index Scan on articles_search_fold_r/);
    await c.end();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const db = pgDb(pool);
    // What each article holds, from its own words (folded), to compare with.
    const holds = arts.map((a) => new Set(foldedForm(`${a.record.title} ${a.record.paragraphs.join(" ")}`).toLowerCase().split(/[^\p{L}\p{N}]+/u)));
    const cases: Array<[string[], number]> = [
      [["hoa"], 10],
      [["hoa"], 45],
      [["hoa", "binh"], 25],
      [["thue", "quan"], 5],
      [["cang", "tau", "thuc"], 40],
      [["tu7x7"], 10],
      [["tu45x7"], 10],
      [["khongco"], 10],
    ];
    try {
      for (const [terms, limit] of cases) {
        const want = seqs.filter((_, i) => terms.every((w) => holds[i]!.has(w))).reverse().slice(0, limit);
        const gin = await recentMatches(db, "fold", terms, limit, Infinity);
        const seen: string[] = [];
        const spy: Db = { ...db, all: (sql, params) => (seen.push(sql), db.all(sql, params)) };
        const ranged = await recentMatches(spy, "fold", terms, limit, 0);
        assert.ok(seen.some((q) => /&& \?::tsquery/.test(q)), `the ranged plan ran for ${terms.join(" ")}`);
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

// Oldest first. Only the oldest holds "cầu sông" as a phrase; the others hold both words apart.
const filler = [
  "Người dân trong xóm thường dậy sớm để chuẩn bị phiên chợ họp mặt đầu tuần.",
  "Mùa gặt năm nay đến muộn hơn mọi năm vì những trận mưa kéo dài suốt tháng trước.",
  "Các em học sinh được nghỉ học hai ngày để nhà trường sửa lại mái tôn bị gió lật.",
  "Chiếc thuyền nhỏ chở đầy rau quả xuôi dòng từ sáng sớm tới tận quá trưa mới cập bến.",
  "Ông trưởng thôn kể rằng con đường đất đỏ này đã được mở từ hơn ba mươi năm trước.",
];
const bridges = [
  { title: "Chuyện bên cầu sông", paragraphs: [filler[0]!, filler[1]!], outlet: "Báo A" },
  { title: "Bến phà vắng khách", paragraphs: ["Người ta đã qua cầu từ sớm.", filler[2]!, "Nước sông lên cao."], outlet: "Báo B" },
  { title: "Đường làng mới mở", paragraphs: ["Xe chở vật liệu đi qua cầu.", filler[3]!, "Bờ sông được kè lại."], outlet: "Báo C" },
  { title: "Vườn cam chín sớm", paragraphs: ["Thương lái chờ ở đầu cầu.", filler[4]!, "Ghe xuôi theo sông."], outlet: "Báo D" },
];

test("the ranking rule, the same on both backends: only the newest matches within the rank budget are ranked, the rest follow newest first", async (t) => {
  type Make = (rankBudget?: number) => Promise<{ s: SqlStore; done: () => Promise<void> }>;
  const backends: Array<[string, Make]> = [
    [
      "sqlite",
      async (rankBudget) => {
        const s = await openSqlite(":memory:", now, { search: sqliteIndex({ rankBudget }) });
        return { s, done: () => s.close() };
      },
    ],
  ];
  if (cluster) {
    let n = 0;
    backends.push([
      "postgres",
      async (rankBudget) => {
        const url = await fresh(`rule${n++}`);
        await (await openPostgres(url, now)).close();
        const pool = new pg.Pool({ connectionString: url, max: 2 });
        const s = new SqlStore(pgDb(pool), pgSearchIndex({ rankBudget }), "postgres", url, now);
        await s.init();
        return { s, done: () => pool.end() };
      },
    ]);
  } else t.diagnostic(`postgres: ${PG_SKIP_REASON}`);
  const cases: Array<[number | undefined, string[], string[]]> = [
    // Every match ranked: the phrase first, however old.
    [undefined, ["Báo A"], []],
    // The newest two ranked (in either order: the backends weigh differently), then the others
    // newest first, unranked: the phrase, the oldest, last.
    [2, [], ["Báo B", "Báo A"]],
  ];
  for (const [name, make] of backends) {
    for (const [budget, head, tail] of cases) {
      const { s, done } = await make(budget);
      try {
        for (const a of bridges) await s.ingest([mkPrepared(a)]);
        const hits = await s.search("cau song");
        const outlets = hits.map((h) => h.outlet);
        const at = `${name}, budget ${budget}: ${outlets.join(", ")}`;
        assert.equal(hits.length, 4, at);
        assert.deepEqual(outlets.slice(0, head.length), head, at);
        if (tail.length) {
          assert.deepEqual(outlets.slice(-tail.length), tail, at);
          assert.deepEqual(new Set(outlets.slice(0, 2)), new Set(["Báo C", "Báo D"]), at);
          assert.deepEqual(hits.slice(-tail.length).map((h) => h.score), [0, 0], at);
          assert.ok(hits.slice(0, 2).every((h) => h.score > 0), at);
        }
        for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score, `${at}: scores fall`);
      } finally {
        await done();
      }
    }
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
