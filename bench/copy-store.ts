/**
 * Copies an SQLite store into a new PostgreSQL store, table by table (the PostgreSQL search
 * index is built from the stored records), so that the store benchmark can measure a
 * PostgreSQL store of a million articles without waiting for a million incremental ingests on
 * a shared 2-core machine. The lines and story threads copied are those the incremental path
 * built in SQLite; `npm run bench:store -- --db postgres://…` then adds articles incrementally
 * on top of it and measures that too.
 *   node dist/bench/copy-store.js --from FILE --to postgres://…
 */
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { openPostgres } from "../src/store/postgres.js";
import { foldedForm, rawForm } from "../src/search/fold.js";
import type { AnalysisRecord } from "../src/record/record.js";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" }, batch: { type: "string", default: "500" } } });
if (!values.from || !values.to) {
  console.error("usage: node dist/bench/copy-store.js --from FILE --to postgres://…");
  process.exit(2);
}
const B = Number(values.batch);
const src = new Database(values.from, { readonly: true });
const dst = await openPostgres(values.to);
const db = dst.db;
if ((await dst.stats()).articles > 0) {
  console.error(`copy-store: ${values.to} is not empty`);
  process.exit(2);
}

const TABLES: Array<{ name: string; order: string }> = [
  { name: "articles", order: "seq" },
  { name: "article_bands", order: "rowid" },
  { name: "actors", order: "rowid" },
  { name: "article_actors", order: "rowid" },
  { name: "stories", order: "rowid" },
  { name: "story_sources", order: "rowid" },
  { name: "story_actors", order: "rowid" },
  { name: "threads", order: "rowid" },
  { name: "thread_members", order: "rowid" },
  { name: "thread_keys", order: "key, thread_id" },
  { name: "thread_aliases", order: "rowid" },
  { name: "term_df", order: "key" },
];

const t0 = performance.now();
// Secondary indexes are built once at the end (faster than kept up row by row); primary keys and
// unique constraints stay.
const indexes = await db.all<{ indexname: string; indexdef: string }>(
  `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
   WHERE i.schemaname = 'public' AND NOT x.indisunique AND NOT x.indisprimary`,
);
for (const i of indexes) await db.exec(`DROP INDEX ${i.indexname}`);
for (const t of TABLES) {
  const cols = (src.prepare(`PRAGMA table_info(${t.name})`).all() as Array<{ name: string }>).map((c) => c.name);
  const total = (src.prepare(`SELECT COUNT(*) AS n FROM ${t.name}`).get() as { n: number }).n;
  const it = src.prepare(`SELECT ${cols.join(", ")} FROM ${t.name} ORDER BY ${t.order}`).raw().iterate() as IterableIterator<unknown[]>;
  let rows: unknown[][] = [];
  let done = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    const sql = `INSERT INTO ${t.name} (${cols.join(", ")}) VALUES ${rows.map(() => `(${cols.map(() => "?").join(", ")})`).join(", ")}`;
    await db.run(sql, rows.flat());
    if (t.name === "articles") {
      // The search index, as the store builds it (src/ingest/prepare.ts): title and body, raw and folded.
      const vals: unknown[] = [];
      for (const r of rows) {
        const rec = JSON.parse(r[cols.indexOf("record")] as string) as AnalysisRecord;
        if (r[cols.indexOf("duplicate_of")] != null) continue;
        const title = rec.title ?? "";
        const body = [rec.lead ?? "", ...rec.paragraphs].join("\n");
        vals.push(r[cols.indexOf("seq")], rawForm(title), rawForm(body), foldedForm(title), foldedForm(body));
      }
      const n = vals.length / 5;
      const v = `(?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'), setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))`;
      if (n) await db.run(`INSERT INTO articles_search (seq, raw, fold) VALUES ${Array.from({ length: n }, () => v).join(", ")}`, vals);
    }
    done += rows.length;
    rows = [];
    process.stderr.write(`\rcopy-store ${t.name} ${done}/${total}`);
  };
  // Each batch commits on its own (a table of a million rows is not one transaction).
  for (const r of it) {
    rows.push(r.map((x) => (x instanceof Uint8Array ? Buffer.from(x) : x)));
    if (rows.length >= B) await flush();
  }
  await flush();
  process.stderr.write("\n");
}
const ti = performance.now();
for (const i of indexes) await db.exec(i.indexdef);
process.stderr.write(`copy-store: ${indexes.length} indexes built in ${((performance.now() - ti) / 1000).toFixed(0)} s\n`);
await db.run(`SELECT setval(pg_get_serial_sequence('articles', 'seq'), (SELECT COALESCE(MAX(seq), 1) FROM articles))`);
await db.run(`UPDATE store_meta SET value = '0' WHERE key = 'rebuild_stories'`);
await db.exec(`ANALYZE`);
const problems = await dst.check();
console.log(`copy-store: ${values.from} → ${dst.location} in ${((performance.now() - t0) / 1000).toFixed(0)} s; check: ${problems.length ? problems.join("; ") : "sound"}`);
await dst.close();
src.close();
