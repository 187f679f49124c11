import pg from "pg";
import { pgDb, type Db } from "./db.js";
import { migrate } from "./migrations.js";
import { SqlStore, TIMELINE_QUERY_ARTICLES, type SearchIndex } from "./sql-store.js";
import type { SearchHit } from "./store.js";
import { searchTiers } from "./sqlite.js";

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
    // No "within N words" in tsquery: the near tier is left out and cover density
    // ranking (ts_rank_cd) puts articles with the words close together first.
    const tiers = searchTiers(query).filter((t) => t.how !== "near");
    const out: SearchHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tiers.length && out.length < limit; i++) {
      const t = tiers[i]!;
      const col = t.cols === "raw" ? "s.raw" : "s.fold";
      const q = tsquery(t.terms, t.how === "phrase");
      const rows = await db.all<{ id: string; title: string | null; outlet: string | null; url: string | null; published: string | null; r: number }>(
        `SELECT a.id, a.title, a.outlet, a.url, a.published, ts_rank_cd(${col}, to_tsquery('simple', ?)) AS r
         FROM articles_search s JOIN articles a ON a.seq = s.seq
         WHERE ${col} @@ to_tsquery('simple', ?) ORDER BY r DESC, a.seq LIMIT ?`,
        [q, q, limit + seen.size],
      );
      for (const r of rows) {
        if (seen.has(r.id) || out.length >= limit) continue;
        seen.add(r.id);
        out.push({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, match: t.match, score: (tiers.length - i) * 1000 + Number(r.r) });
      }
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

export async function openPostgres(url: string, now?: () => Date): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = pgDb(pool);
  try {
    await migrate(db);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  return new SqlStore(db, pgSearch, "postgres", redact(url), now);
}
