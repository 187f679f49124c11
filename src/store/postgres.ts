import pg from "pg";
import { pgDb, type Db } from "./db.js";
import { migrate } from "./migrations.js";
import { SqlStore, TIMELINE_QUERY_ARTICLES, type SearchIndex } from "./sql-store.js";
import type { SearchHit } from "./store.js";
import { NEAR_GAP, RANK_BUDGET, RANK_WINDOW, WEIGH_BUDGET, searchTiers } from "./sqlite.js";
import { closeness } from "../search/near.js";

// COUNT(*) and BIGSERIAL come back as int8: numbers are what the store expects.
pg.types.setTypeParser(20, (v: string) => Number(v));

function tsquery(terms: string[], phrase: boolean): string {
  // Terms are letters and digits only (see queryTerms), so quoting them is enough.
  return terms.map((t) => `'${t}'`).join(phrase ? " <-> " : " & ");
}

/**
 * Below this many articles holding the query's rarest word, its matches are found through the
 * GIN index alone: a bitmap of them all, one visit of the narrow heap per match (migration 5),
 * sorted for the newest. Above it the newest matches are looked for range by range of recent
 * article numbers (see `searchKey`), so a query of common words reads the recent end.
 */
export const GIN_ALL_MATCHES = 20_000;

/**
 * Article numbers per range (as powers of two): a small range, then a large one. Each article's
 * index entry holds, beside its words, a lexeme naming each of its ranges ("~61": seqs 61·2^14
 * to 62·2^14 − 1; "~~7": 7·2^17 …). The lexemes cannot be words: a query's terms and the words
 * of a text are letters and digits only.
 */
export const RANGE_BITS = [14, 17] as const;

/**
 * The indexed expression (migration 6): the column's vector with its ranges' lexemes. Asking
 * GIN for the query's words AND one range's lexeme makes the range's short posting list drive
 * the scan: GIN skips through the common words' long lists to the range's articles (its "fast
 * scan") instead of decoding them whole, as a bitmap of a word ANDed with a range of seqs does
 * (~35 ms for a word in a seventh of a million articles, whatever the range).
 */
export function searchKey(col: "raw" | "fold"): string {
  return `(${col} || array_to_tsvector(ARRAY['~' || (seq >> ${RANGE_BITS[0]})::text, '~~' || (seq >> ${RANGE_BITS[1]})::text]))`;
}

interface ColStats {
  /** Rows in the table when ANALYZE last ran. */
  total: number;
  /** The share of articles holding each of the column's most common lexemes. */
  freq: Map<string, number>;
  /** The least common of them: a lexeme not listed is held by fewer. */
  floor: number;
}
const STATS_TTL_MS = 5 * 60_000;
const statsCache = new WeakMap<Db, Map<string, { at: number; st: ColStats | null }>>();

/** How many articles hold each lexeme, from ANALYZE's statistics (pg_stats.most_common_elems). */
async function colStats(db: Db, col: "raw" | "fold"): Promise<ColStats | null> {
  let byCol = statsCache.get(db);
  if (!byCol) statsCache.set(db, (byCol = new Map()));
  const had = byCol.get(col);
  if (had && Date.now() - had.at < STATS_TTL_MS) return had.st;
  const row = await db.get<{ e: string[] | null; f: number[] | null; n: number | null }>(
    `SELECT array_to_json(s.most_common_elems::text::text[]) AS e, s.most_common_elem_freqs AS f, c.reltuples AS n
     FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = c.relname AND s.attname = ?
     WHERE c.oid = to_regclass('articles_search')`,
    [col],
  );
  const e = row?.e;
  const f = row?.f?.map(Number);
  const total = Number(row?.n ?? -1);
  // The frequencies are followed by their minimum and maximum (tsvector's ANALYZE counts no
  // null elements). Without statistics (a new store, not yet analysed): the GIN bitmap.
  const st = e && f && f.length >= e.length + 2 && total > 0 ? { total, freq: new Map(e.map((w, i) => [w, f[i]!])), floor: f[e.length]! } : null;
  byCol.set(col, { at: Date.now(), st });
  return st;
}

/**
 * The seqs of the `limit` most recently stored articles whose column holds every term, newest
 * first. The plan is chosen from the words' frequencies: a rare word → the GIN bitmap alone;
 * only common words → GIN asked for the words in one range of recent seqs at a time (a small
 * range when the matches expected there fill the rest of the window, else a large one), newest
 * first, until full. Never a scan that reads vectors row by row (the planner does not know a
 * vector out of line costs a fetch and a decompression: it is told not to scan an index in
 * order or the table).
 */
export async function recentMatches(db: Db, col: "raw" | "fold", terms: string[], limit: number, ginAll = GIN_ALL_MATCHES): Promise<number[]> {
  const q = tsquery(terms, false);
  const st = await colStats(db, col);
  const words = [...new Set(terms)];
  // A word not listed is held by fewer articles than the least common listed one: half of it.
  const share = st ? words.map((w) => st.freq.get(w) ?? st.floor / 2) : [];
  const rarest = st ? Math.min(...share) * st.total : 0;
  const ranged = st !== null && rarest > ginAll;
  const top = ranged ? Number((await db.get<{ n: number | null }>(`SELECT MAX(seq) AS n FROM articles_search`))?.n ?? 0) : 0;
  const key = searchKey(col);
  return db.tx(async () => {
    // Parallel workers only add their start to a query of tens of milliseconds on a busy machine.
    await db.exec(`SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexonlyscan = off; SET LOCAL max_parallel_workers_per_gather = 0`);
    if (!ranged) {
      const rows = await db.all<{ seq: number }>(`SELECT seq FROM articles_search WHERE ${key} @@ to_tsquery('simple', ?) ORDER BY seq DESC LIMIT ${limit}`, [q]);
      return rows.map((r) => Number(r.seq));
    }
    // Independent words: the share holding all is the product (corrected by what is found).
    let together = Math.max(share.reduce((a, b) => a * b, 1), 1 / st.total);
    let hi = top + 1;
    let scanned = 0;
    const out: number[] = [];
    while (out.length < limit && hi > 0) {
      const need = limit - out.length;
      // Where the matches still wanted are expected, twice over: past several large ranges, the
      // rest of the store at once (GIN reads the words' whole lists then, as for a rare word).
      const span = (2 * need) / together;
      if (span > 4 * 2 ** RANGE_BITS[1]) {
        const rows = await db.all<{ seq: number }>(`SELECT seq FROM articles_search WHERE ${key} @@ to_tsquery('simple', ?) AND seq < ? ORDER BY seq DESC LIMIT ${need}`, [q, hi]);
        for (const r of rows) out.push(Number(r.seq));
        break;
      }
      const [bits, mark] = span <= 2 ** RANGE_BITS[0] ? [RANGE_BITS[0], "~"] : [RANGE_BITS[1], "~~"];
      const range = Math.floor((hi - 1) / 2 ** bits);
      const rows = await db.all<{ seq: number }>(
        `SELECT seq FROM articles_search WHERE ${key} @@ (to_tsquery('simple', ?) && ?::tsquery) AND seq < ? ORDER BY seq DESC LIMIT ${need}`,
        [q, `'${mark}${range}'`, hi],
      );
      for (const r of rows) out.push(Number(r.seq));
      const lo = range * 2 ** bits;
      scanned += hi - lo;
      hi = lo;
      together = out.length > 0 ? out.length / scanned : together / 4;
    }
    return out;
  });
}

/** The lexemes and positions of a tsvector's text form without weights ("'w':3,17 'v':5"). */
export function positionsOf(text: string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!text) return out;
  for (const m of text.matchAll(/'((?:[^']|'')*)'(?::([0-9,]+))?/g)) {
    out.set(m[1]!.replace(/''/g, "'"), (m[2] ?? "").split(",").filter(Boolean).map(Number).sort((a, b) => a - b));
  }
  return out;
}

const VEC = `setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`;

/**
 * Whether a word is held by more than `budget` articles (ANALYZE's estimate): such a word alone
 * is ordered most recent first, unweighed, as in SQLite (see `weighing`), so its window's
 * vectors are never fetched.
 */
async function heldByMore(db: Db, col: "raw" | "fold", word: string, budget: number): Promise<boolean> {
  const st = await colStats(db, col);
  return st !== null && (st.freq.get(word) ?? 0) * st.total > budget;
}

/** The tsvector/GIN search index; `weighBudget` (WEIGH_BUDGET) and `rankBudget` (RANK_BUDGET) are knobs for tests. */
export function pgSearchIndex(opts: { weighBudget?: number; rankBudget?: number } = {}): SearchIndex {
  const budget = opts.weighBudget ?? WEIGH_BUDGET;
  const rankBudget = opts.rankBudget ?? RANK_BUDGET;
  return {
  async add(db: Db, seq, s) {
    await db.run(`INSERT INTO articles_search (seq, raw, fold) VALUES (?, ${VEC}, ${VEC})`, [seq, s.rawTitle, s.rawBody, s.foldTitle, s.foldBody]);
  },
  async remove(db: Db, seq) {
    await db.run(`DELETE FROM articles_search WHERE seq = ?`, [seq]);
  },
  async search(db: Db, query, limit) {
    // The same tiers as SQLite (exact diacritics before folded; phrase, then near, then
    // anywhere): tsquery has no "within N words", so each article's tier is decided from the
    // positions of the query's words in its vector (src/search/near.ts). Like SQLite, only the
    // RANK_BUDGET most recent matches are ranked; further ones follow most recent first.
    const tiers = searchTiers(query);
    if (tiers.length === 0 || limit <= 0) return [];
    const want = Math.min(RANK_WINDOW, limit);
    const ranked: Array<{ seq: number; tier: number; r: number; unranked?: boolean }> = [];
    const best = new Map<number, number>();
    for (const cols of ["raw", "fold"] as const) {
      // Every exact-diacritics tier ranks before every folded one: enough exact matches, and the
      // folded ones could not reach the page (SQLite does the same).
      if (best.size >= want) break;
      const mine = tiers.filter((t) => t.cols === cols);
      if (mine.length === 0) continue;
      const terms = mine[0]!.terms;
      const col = cols === "raw" ? "raw" : "fold";
      const q = tsquery(terms, false);
      // Two steps: which articles (their seq only: the scan that finds them never carries their
      // vectors along), then the rank and the query words' positions of those alone.
      const found = await recentMatches(db, col, terms, Math.max(rankBudget, want - best.size));
      if (found.length === 0) continue;
      const win = found.slice(0, rankBudget).map((seq) => ({ seq }));
      const words = [...new Set(terms)];
      const rows =
        words.length === 1 && (await heldByMore(db, col, words[0]!, budget))
          ? win.map((w) => ({ seq: w.seq, r: 0, pos: null }))
          : await db.all<{ seq: number; r: number; pos: string | null }>(
        // Each vector fetched and decompressed once (`|| ''` makes it a value in memory that both
        // uses share; each would otherwise detoast it anew). The query words' positions: the
        // vector cut to them in C (the stored vectors weigh every word A or B, so the words set
        // to D are the query's), read as text ("'w':3,17 'v':5"); unnesting a vector of hundreds
        // of words for every article of the window cost several times the rest of the search.
        `SELECT s.seq, ts_rank_cd(s.v, to_tsquery('simple', ?)) AS r,
           ${words.length > 1 ? `ts_filter(setweight(s.v, 'D', ?::text[]), '{d}')::text` : "NULL"} AS pos
         FROM (SELECT seq, ${col} || ''::tsvector AS v FROM articles_search WHERE seq = ANY(?::bigint[]) OFFSET 0) s`,
        words.length > 1 ? [q, words, win.map((w) => w.seq)] : [q, win.map((w) => w.seq)],
      );
      for (const row of rows) {
        const byWord = positionsOf(row.pos);
        const how = closeness(terms.map((t) => byWord.get(t) ?? []), NEAR_GAP);
        const order: Array<"phrase" | "near" | "all"> = how === "phrase" ? ["phrase", "near", "all"] : how === "near" ? ["near", "all"] : ["all"];
        let tier = -1;
        for (const h of order) if (tier < 0) tier = tiers.findIndex((t) => t.cols === cols && t.how === h);
        const seq = Number(row.seq);
        const prev = best.get(seq);
        if (tier < 0 || (prev !== undefined && prev <= tier)) continue;
        best.set(seq, tier);
        ranked.push({ seq, tier, r: Number(row.r) });
      }
      // Beyond the ranked ones: the column set's "anywhere" tier, most recent first.
      const anywhere = tiers.findIndex((t) => t.cols === cols && t.how === "all");
      for (const seq of found.slice(rankBudget)) {
        if (best.has(seq)) continue;
        best.set(seq, anywhere);
        ranked.push({ seq, tier: anywhere, r: 0, unranked: true });
      }
    }
    const top = ranked
      .filter((x) => best.get(x.seq) === x.tier)
      .sort((a, b) => a.tier - b.tier || Number(a.unranked ?? false) - Number(b.unranked ?? false) || b.r - a.r || b.seq - a.seq)
      .slice(0, want);
    if (top.length === 0) return [];
    const arts = await db.all<{ seq: number; id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }>(
      `SELECT seq, id, title, outlet, url, published FROM articles WHERE seq = ANY(?::bigint[])`,
      [top.map((x) => x.seq)],
    );
    const bySeq = new Map(arts.map((a) => [Number(a.seq), a]));
    const out: SearchHit[] = [];
    for (const x of top) {
      const a = bySeq.get(x.seq);
      if (!a) continue;
      const t = tiers[x.tier]!;
      out.push({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, match: t.match, score: x.unranked ? 0 : (tiers.length - x.tier) * 1000 + x.r });
    }
    return out;
  },
  async matchSeqs(db, query) {
    // Found first by the search's own plan (left to the planner inside a larger statement, it
    // scans the newest articles decompressing each one's vector: 1.2 s for two words held
    // together by a twentieth of a million articles).
    const t = searchTiers(query).find((x) => x.cols === "fold" && x.how === "all");
    if (!t) return null;
    return { sql: `SELECT unnest(?::bigint[])`, params: [await recentMatches(db, "fold", t.terms, TIMELINE_QUERY_ARTICLES)] };
  },
  async count(db: Db) {
    return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_search`))?.n ?? 0);
  },
};
}

export const pgSearch: SearchIndex = pgSearchIndex();

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

export async function openPostgres(url: string, now?: () => Date, opts: { create?: boolean } = {}): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = pgDb(pool);
  const store = new SqlStore(db, pgSearch, "postgres", redact(url), now);
  try {
    await migrate(db, opts);
    await store.init();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return store;
}
