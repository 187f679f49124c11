import pg from "pg";
import { pgDb, type Db } from "./db.js";
import { migrate } from "./migrations.js";
import { SqlStore, TIMELINE_QUERY_ARTICLES, type SearchIndex } from "./sql-store.js";
import type { SearchHit } from "./store.js";
import { NEAR_GAP, RANK_WINDOW, searchTiers } from "./sqlite.js";
import { closeness } from "../search/near.js";

// COUNT(*) and BIGSERIAL come back as int8: numbers are what the store expects.
pg.types.setTypeParser(20, (v: string) => Number(v));

function tsquery(terms: string[], phrase: boolean): string {
  // Terms are letters and digits only (see queryTerms), so quoting them is enough.
  return terms.map((t) => `'${t}'`).join(phrase ? " <-> " : " & ");
}

const VEC = `setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')`;

export const pgSearch: SearchIndex = {
  async add(db: Db, seq, s) {
    await db.run(`INSERT INTO articles_search (seq, raw, fold) VALUES (?, ${VEC}, ${VEC})`, [seq, s.rawTitle, s.rawBody, s.foldTitle, s.foldBody]);
  },
  async remove(db: Db, seq) {
    await db.run(`DELETE FROM articles_search WHERE seq = ?`, [seq]);
  },
  async search(db: Db, query, limit) {
    // The same tiers as SQLite (exact diacritics before folded; phrase, then near, then
    // anywhere): tsquery has no "within N words", so each article's tier is decided from the
    // positions of the query's words in its vector (src/search/near.ts). Like SQLite, a query
    // matching a large part of the store is ranked among its RANK_WINDOW most recent matches.
    const tiers = searchTiers(query);
    if (tiers.length === 0 || limit <= 0) return [];
    const ranked: Array<{ seq: number; tier: number; r: number }> = [];
    const best = new Map<number, number>();
    for (const cols of ["raw", "fold"] as const) {
      // Every exact-diacritics tier ranks before every folded one: enough exact matches, and the
      // folded ones could not reach the page (SQLite does the same).
      if (best.size >= limit) break;
      const mine = tiers.filter((t) => t.cols === cols);
      if (mine.length === 0) continue;
      const terms = mine[0]!.terms;
      const col = cols === "raw" ? "raw" : "fold";
      const q = tsquery(terms, false);
      // Two steps: which articles (their seq only: the scan that finds them never carries their
      // vectors along), then the rank and the query words' positions of those alone.
      const win = await db.all<{ seq: number }>(`SELECT seq FROM articles_search WHERE ${col} @@ to_tsquery('simple', ?) ORDER BY seq DESC LIMIT ${RANK_WINDOW}`, [q]);
      if (win.length === 0) continue;
      const words = [...new Set(terms)];
      const rows = await db.all<{ seq: number; r: number; pos: Array<[string, number[]]> | null }>(
        `SELECT s.seq, ts_rank_cd(s.${col}, to_tsquery('simple', ?)) AS r,
           ${words.length > 1 ? `(SELECT json_agg(json_build_array(u.lexeme, u.positions)) FROM unnest(s.${col}) u WHERE u.lexeme = ANY(?::text[]))` : "NULL"} AS pos
         FROM articles_search s WHERE s.seq = ANY(?::bigint[])`,
        words.length > 1 ? [q, words, win.map((w) => w.seq)] : [q, win.map((w) => w.seq)],
      );
      for (const row of rows) {
        const byWord = new Map((row.pos ?? []).map(([w, p]) => [w, [...p].sort((a, b) => a - b)]));
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
    }
    const top = ranked.filter((x) => best.get(x.seq) === x.tier).sort((a, b) => a.tier - b.tier || b.r - a.r || a.seq - b.seq).slice(0, limit);
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
      out.push({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, match: t.match, score: (tiers.length - x.tier) * 1000 + x.r });
    }
    return out;
  },
  matchSeqs(query) {
    const t = searchTiers(query).find((x) => x.cols === "fold" && x.how === "all");
    return t ? { sql: `SELECT seq FROM articles_search WHERE fold @@ to_tsquery('simple', ?) ORDER BY seq DESC LIMIT ${TIMELINE_QUERY_ARTICLES}`, params: [tsquery(t.terms, false)] } : null;
  },
  async count(db: Db) {
    return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_search`))?.n ?? 0);
  },
};

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
