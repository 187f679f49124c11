import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { sqliteDb, type Db } from "./db.js";
import { migrate } from "./migrations.js";
import { SqlStore, TIMELINE_QUERY_ARTICLES, type SearchIndex } from "./sql-store.js";
import type { SearchHit } from "./store.js";
import { hasDiacritics, queryTerms, quoteTerm } from "../search/fold.js";

export interface Tier {
  cols: "raw" | "fold";
  terms: string[];
  /** phrase: the words in order, adjacent; near: all within a few words; all: anywhere. */
  how: "phrase" | "near" | "all";
  match: SearchHit["match"];
}

/** A query matching more articles than this is ranked among its most recent matches this many. */
export const RANK_WINDOW = 2000;

/** Words between query words that still count as "together" (syllables, so ~2 words). */
export const NEAR_GAP = 4;

/**
 * Search tiers, best first: with the query's own diacritics (when it has some) before folded;
 * within each, the words as a phrase, then close together, then anywhere in the article.
 */
export function searchTiers(query: string): Tier[] {
  const { raw, folded } = queryTerms(query);
  if (folded.length === 0) return [];
  const tiers: Tier[] = [];
  const add = (cols: Tier["cols"], terms: string[], match: SearchHit["match"]) => {
    if (terms.length > 1) tiers.push({ cols, terms, how: "phrase", match }, { cols, terms, how: "near", match });
    tiers.push({ cols, terms, how: "all", match });
  };
  if (hasDiacritics(query)) add("raw", raw, "exact");
  add("fold", folded, "folded");
  return tiers;
}

function ftsQuery(t: Tier): string {
  const cols = t.cols === "raw" ? "{raw_title raw_body}" : "{fold_title fold_body}";
  if (t.how === "phrase") return `${cols} : ${quoteTerm(t.terms.join(" "))}`;
  if (t.how === "near") return `${cols} : NEAR(${t.terms.map(quoteTerm).join(" ")}, ${NEAR_GAP})`;
  return `${cols} : (${t.terms.map(quoteTerm).join(" AND ")})`;
}

export const sqliteSearch: SearchIndex = {
  async add(db: Db, seq, s) {
    await db.run(`INSERT INTO articles_fts (rowid, raw_title, raw_body, fold_title, fold_body) VALUES (?, ?, ?, ?, ?)`, [seq, s.rawTitle, s.rawBody, s.foldTitle, s.foldBody]);
  },
  async remove(db: Db, seq) {
    await db.run(`DELETE FROM articles_fts WHERE rowid = ?`, [seq]);
  },
  async search(db: Db, query, limit) {
    const tiers = searchTiers(query);
    const out: SearchHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tiers.length && out.length < limit; i++) {
      const t = tiers[i]!;
      // Ranking scores every match: a query matching a large part of the store is ranked
      // among its RANK_WINDOW most recently stored matches (news search favours the recent),
      // taken in the same pass over the index as their bm25 (the FTS table's rowid order).
      const rows = await db.all<{ id: string; title: string | null; outlet: string | null; url: string | null; published: string | null; r: number }>(
        `SELECT a.id, a.title, a.outlet, a.url, a.published, m.r
         FROM (SELECT rowid AS seq, bm25(articles_fts, 4.0, 1.0, 4.0, 1.0) AS r FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW}) m
         JOIN articles a ON a.seq = m.seq ORDER BY m.r, a.seq LIMIT ?`,
        [ftsQuery(t), limit + seen.size],
      );
      for (const r of rows) {
        if (seen.has(r.id) || out.length >= limit) continue;
        seen.add(r.id);
        out.push({ id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, match: t.match, score: (tiers.length - i) * 1000 - r.r });
      }
    }
    return out;
  },
  matchSeqs(query) {
    const t = searchTiers(query).find((x) => x.cols === "fold" && x.how === "all");
    return t ? { sql: `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${TIMELINE_QUERY_ARTICLES}`, params: [ftsQuery(t)] } : null;
  },
  async count(db: Db) {
    return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_fts_docsize`))?.n ?? 0);
  },
};

/** Opens (creating it and its folder if needed) an SQLite store and brings its schema up to date. */
export async function openSqlite(path: string, now?: () => Date): Promise<SqlStore> {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("busy_timeout = 10000");
  raw.pragma("cache_size = -65536");
  const db = sqliteDb(raw);
  await migrate(db);
  return new SqlStore(db, sqliteSearch, "sqlite", path, now);
}
