/**
 * Versioned schema migrations, one list for both backends. A migration is applied once, in
 * its own transaction, and recorded in `schema_migrations`; a store opened by an older
 * program version than its schema refuses to write to it.
 */
import type { Db } from "./db.js";
import { StoreError } from "./store.js";

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

// Shared column lists; types differ only where the backends do.
const common = (t: { seq: string; blob: string; sortText: string }) => `
CREATE TABLE articles (
  seq ${t.seq},
  id TEXT NOT NULL UNIQUE,
  canonical_url TEXT UNIQUE,
  url TEXT,
  outlet TEXT,
  title TEXT,
  published TEXT,
  analyzer_version TEXT NOT NULL,
  simhash TEXT,
  duplicate_of TEXT,
  record TEXT NOT NULL,
  capture_kind TEXT,
  capture_bytes ${t.blob},
  capture_text TEXT,
  capture_source TEXT NOT NULL,
  capture_options TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_version ON articles (analyzer_version, id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE TABLE article_bands (
  band INTEGER NOT NULL,
  value INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, value, article_id)
);
CREATE INDEX article_bands_article ON article_bands (article_id);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  skey TEXT NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  participants TEXT NOT NULL,
  date TEXT,
  location TEXT,
  precision TEXT NOT NULL,
  sort_key TEXT ${t.sortText} NOT NULL,
  status TEXT NOT NULL,
  claims TEXT NOT NULL,
  source_count INTEGER NOT NULL,
  first_reported TEXT
);
CREATE INDEX stories_skey ON stories (skey);
CREATE INDEX stories_sort ON stories (sort_key, id);
CREATE INDEX stories_type_sort ON stories (type, sort_key, id);
CREATE TABLE story_sources (
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  story_id TEXT NOT NULL,
  pos INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX story_sources_story ON story_sources (story_id, pos);
CREATE TABLE story_actors (
  actor TEXT NOT NULL,
  story_id TEXT NOT NULL,
  PRIMARY KEY (actor, story_id)
);
CREATE INDEX story_actors_story ON story_actors (story_id);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX actors_mentions ON actors (mentions);
CREATE TABLE article_actors (
  article_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
);
`;

// The work queue (src/store/queue.ts) and the watcher's conditional-GET state.
const queueTables = (t: { seq: string; blob: string }) => `
CREATE TABLE capture_queue (
  seq ${t.seq},
  id TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL,
  capture_kind TEXT,
  capture_bytes ${t.blob},
  capture_text TEXT,
  capture_source TEXT NOT NULL,
  capture_options TEXT NOT NULL,
  enqueued_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  token TEXT,
  worker TEXT,
  lease_until BIGINT,
  done_at TEXT,
  done_by TEXT,
  error TEXT
);
CREATE INDEX capture_queue_state ON capture_queue (state, seq);
CREATE INDEX capture_queue_token ON capture_queue (token);
CREATE TABLE fetch_state (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  status INTEGER,
  checked_at TEXT NOT NULL
);
`;

// Story lines with what decides their date, place and direction (tallies), the days they cover
// (to find candidate lines by date), the reason each source joined; story threads.
const threadTables = (t: { big: string; noRowid: string }) => `
ALTER TABLE stories ADD COLUMN detail TEXT;
ALTER TABLE stories ADD COLUMN words TEXT;
ALTER TABLE stories ADD COLUMN span_start TEXT;
ALTER TABLE stories ADD COLUMN span_end TEXT;
ALTER TABLE stories ADD COLUMN coarse INTEGER NOT NULL DEFAULT 2;
ALTER TABLE stories ADD COLUMN first_article TEXT;
ALTER TABLE stories ADD COLUMN first_seq ${t.big} NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN thread_id TEXT;
CREATE INDEX stories_span ON stories (skey, coarse, span_start);
DROP INDEX stories_skey;
CREATE INDEX stories_skey_sort ON stories (skey, sort_key);
CREATE INDEX stories_thread ON stories (thread_id, sort_key, id);
CREATE INDEX stories_first ON stories (first_article);
ALTER TABLE story_sources ADD COLUMN why TEXT;
CREATE TABLE thread_members (
  article_id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL,
  seq ${t.big} NOT NULL,
  counted INTEGER NOT NULL,
  why TEXT
);
CREATE INDEX thread_members_thread ON thread_members (thread_id, seq);
CREATE TABLE threads (
  id TEXT PRIMARY KEY,
  first_seq ${t.big} NOT NULL,
  articles INTEGER NOT NULL,
  first_day TEXT,
  last_day TEXT NOT NULL,
  profile TEXT NOT NULL,
  keys TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX threads_last ON threads (last_day, id);
CREATE TABLE thread_keys (
  key TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  last_day TEXT NOT NULL,
  PRIMARY KEY (key, thread_id)
)${t.noRowid};
CREATE INDEX thread_keys_day ON thread_keys (key, last_day);
CREATE INDEX thread_keys_thread ON thread_keys (thread_id);
CREATE TABLE thread_aliases (
  old_id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL,
  joined_at TEXT NOT NULL,
  why TEXT
);
CREATE INDEX thread_aliases_thread ON thread_aliases (thread_id);
CREATE TABLE term_df (
  key TEXT PRIMARY KEY,
  n INTEGER NOT NULL
)${t.noRowid};
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('rebuild_stories', '1');
`;

// Lines found by each pair of their sides (type|A,B), so a report naming fewer of a happening's
// parties finds its line; filled on open from the lines as they are (one pass over the lines, not a
// rebuild: a large store keeps its lines and their ids).
const lineKeys = (t: { big: string; noRowid: string }) => `
CREATE TABLE story_keys (
  key TEXT NOT NULL,
  story_id TEXT NOT NULL,
  coarse INTEGER NOT NULL,
  span_start TEXT,
  first_seq ${t.big} NOT NULL,
  PRIMARY KEY (key, story_id)
)${t.noRowid};
CREATE INDEX story_keys_span ON story_keys (key, coarse, span_start);
CREATE INDEX story_keys_story ON story_keys (story_id);
INSERT INTO store_meta (key, value) VALUES ('fill_story_keys', '1');
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, near-duplicate bands, stories, actors, search index",
    sqlite:
      common({ seq: "INTEGER PRIMARY KEY AUTOINCREMENT", blob: "BLOB", sortText: "" }) +
      `CREATE VIRTUAL TABLE articles_fts USING fts5(raw_title, raw_body, fold_title, fold_body, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0");`,
    postgres:
      common({ seq: "BIGSERIAL PRIMARY KEY", blob: "BYTEA", sortText: 'COLLATE "C"' }) +
      `CREATE TABLE articles_search (
  seq BIGINT PRIMARY KEY,
  raw tsvector NOT NULL,
  fold tsvector NOT NULL
);
CREATE INDEX articles_search_raw ON articles_search USING GIN (raw);
CREATE INDEX articles_search_fold ON articles_search USING GIN (fold);`,
  },
  {
    version: 2,
    name: "work queue with leases, fetch state of polled URLs",
    sqlite: queueTables({ seq: "INTEGER PRIMARY KEY AUTOINCREMENT", blob: "BLOB" }),
    postgres: queueTables({ seq: "BIGSERIAL PRIMARY KEY", blob: "BYTEA" }),
  },
  {
    version: 3,
    name: "story lines by date span with their evidence and reasons; story threads; stories rebuilt on open",
    sqlite: threadTables({ big: "INTEGER", noRowid: " WITHOUT ROWID" }),
    postgres: threadTables({ big: "BIGINT", noRowid: "" }),
  },
  {
    version: 4,
    name: "story lines found by each pair of their sides; filled on open",
    sqlite: lineKeys({ big: "INTEGER", noRowid: " WITHOUT ROWID" }),
    postgres: lineKeys({ big: "BIGINT", noRowid: "" }),
  },
  {
    version: 5,
    name: "search vectors out of line (PostgreSQL): a narrow heap under the GIN indexes",
    // SQLite's FTS5 index holds no rows to narrow.
    sqlite: "SELECT 1;",
    // With both vectors inline (compressed), ~6 rows fit a block: a GIN bitmap visits one block
    // per match and a backward scan decompresses every row it passes. Moved out of line (TOAST
    // from 128 bytes on), a row is its seq and two pointers (~110 a block, the heap ~70 MB at a
    // million articles), so finding which articles match reads no vector; only the window's
    // rows are fetched whole to rank them. The table is rewritten because rows already stored
    // keep their layout; the GIN indexes are built once, after the copy. Compressed with lz4
    // where the server has it (a window's 2,000 vectors decompress in less than half the time
    // of pglz); `|| ''` makes each a new value, since a copied one keeps its old compression.
    postgres: `
SET LOCAL maintenance_work_mem = '512MB';
CREATE TABLE articles_search_v5 (seq BIGINT NOT NULL, raw tsvector NOT NULL, fold tsvector NOT NULL) WITH (toast_tuple_target = 128);
DO $$ BEGIN
  EXECUTE 'ALTER TABLE articles_search_v5 ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN fold SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported THEN NULL;
END $$;
INSERT INTO articles_search_v5 (seq, raw, fold) SELECT seq, raw || ''::tsvector, fold || ''::tsvector FROM articles_search ORDER BY seq;
DROP TABLE articles_search;
ALTER TABLE articles_search_v5 RENAME TO articles_search;
ALTER TABLE articles_search ADD CONSTRAINT articles_search_pkey PRIMARY KEY (seq);
CREATE INDEX articles_search_raw ON articles_search USING GIN (raw);
CREATE INDEX articles_search_fold ON articles_search USING GIN (fold);
ANALYZE articles_search;`,
  },
  {
    version: 6,
    name: "search index by ranges of article numbers (PostgreSQL): common words read at the recent end",
    sqlite: "SELECT 1;",
    // Each GIN index is rebuilt over the vector with two lexemes naming the article's ranges of
    // seqs (src/store/postgres.ts, searchKey; the expression must stay the same there): a query
    // of common words asks for them AND one recent range, and GIN skips through the words' long
    // lists to that range instead of decoding them whole. The old indexes are dropped (the new
    // ones hold the same words). IF NOT EXISTS: an index built beforehand by hand is kept.
    postgres: `
SET LOCAL maintenance_work_mem = '512MB';
CREATE INDEX IF NOT EXISTS articles_search_raw_r ON articles_search USING GIN ((raw || array_to_tsvector(ARRAY['~' || (seq >> 14)::text, '~~' || (seq >> 17)::text])));
CREATE INDEX IF NOT EXISTS articles_search_fold_r ON articles_search USING GIN ((fold || array_to_tsvector(ARRAY['~' || (seq >> 14)::text, '~~' || (seq >> 17)::text])));
DROP INDEX IF EXISTS articles_search_raw;
DROP INDEX IF EXISTS articles_search_fold;
ANALYZE articles_search;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Whether the database holds thoisu's schema, and whether it holds other tables (SQLite only). */
async function schemaState(db: Db): Promise<{ ours: boolean; others: boolean }> {
  if (db.dialect === "postgres") {
    const r = await db.get<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
    return { ours: r?.t != null, others: false };
  }
  const names = (await db.all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map((r) => r.name);
  return { ours: names.includes("schema_migrations"), others: names.some((n) => n !== "schema_migrations") };
}

/**
 * Applies the migrations not yet applied; returns the schema version. `create: false` (a command
 * that only reads) refuses a database without thoisu's schema instead of creating it there; an
 * SQLite file holding other tables is never made into a store.
 */
export async function migrate(db: Db, opts: { create?: boolean; /** Tests: stop at this version (an older store). */ upTo?: number } = {}): Promise<number> {
  const state = await schemaState(db);
  if (!state.ours && state.others) throw new StoreError("is an SQLite database of another program (no thoisu schema); give a new file or an existing thoisu store");
  if (!state.ours && opts.create === false) throw new StoreError("is not a thoisu store (an empty database)");
  const lock = db.dialect === "postgres" ? "SELECT pg_advisory_xact_lock(7355608)" : null;
  // Under the lock too: two processes opening a new PostgreSQL store at once would otherwise both
  // run CREATE TABLE IF NOT EXISTS and one would fail on the catalogue's unique index.
  await db.tx(async () => {
    if (lock) await db.get(lock);
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  });
  let current = 0;
  for (const m of MIGRATIONS) {
    if (opts.upTo !== undefined && m.version > opts.upTo) break;
    await db.tx(async () => {
      if (lock) await db.get(lock);
      const done = await db.get(`SELECT version FROM schema_migrations WHERE version = ?`, [m.version]);
      if (done) return;
      await db.exec(db.dialect === "sqlite" ? m.sqlite : m.postgres);
      await db.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [m.version, m.name, new Date().toISOString()]);
    });
    current = m.version;
  }
  const top = await db.get<{ v: number | null }>(`SELECT MAX(version) AS v FROM schema_migrations`);
  const v = Number(top?.v ?? 0);
  if (v > SCHEMA_VERSION) throw new Error(`the store's schema is version ${v}, newer than this thoisu (${SCHEMA_VERSION}); upgrade thoisu`);
  return Math.max(current, v);
}
