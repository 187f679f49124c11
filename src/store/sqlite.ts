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
    // Per column set (exact diacritics, then folded), as PostgreSQL does: the RANK_WINDOW most
    // recently stored articles holding all the words, with their bm25 for all the words, in one
    // pass over the index (news search favours the recent); then which of them hold the words
    // close together (NEAR) and which as the phrase: membership only, bounded below by the
    // window's oldest article, so these queries read the recent end of the index and pay no
    // ranking (bm25 counts every article holding each word: once per column set, not per tier).
    // A phrase match ranks before a near one before the rest; within a tier, by bm25.
    const tiers = searchTiers(query);
    if (tiers.length === 0 || limit <= 0) return [];
    const top: Array<{ seq: number; tier: number; r: number }> = [];
    const seen = new Set<number>();
    for (const cols of ["raw", "fold"] as const) {
      if (top.length >= limit) break;
      const mine = tiers.map((t, i) => ({ t, i })).filter((x) => x.t.cols === cols);
      const all = mine.find((x) => x.t.how === "all");
      if (!all) continue;
      const win = await db.all<{ seq: number; r: number }>(
        `SELECT rowid AS seq, bm25(articles_fts, 4.0, 1.0, 4.0, 1.0) AS r FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANK_WINDOW}`,
        [ftsQuery(all.t)],
      );
      if (win.length === 0) continue;
      const lo = win[win.length - 1]!.seq;
      const tierOf = new Map<number, number>();
      // Narrowest last: a phrase match is a near match too.
      for (const how of ["near", "phrase"] as const) {
        const x = mine.find((m) => m.t.how === how);
        if (!x || (how === "phrase" && tierOf.size === 0)) continue;
        const rows = await db.all<{ seq: number }>(`SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?`, [ftsQuery(x.t), lo]);
        for (const r of rows) tierOf.set(r.seq, x.i);
      }
      const ranked = win
        .filter((w) => !seen.has(w.seq))
        .map((w) => ({ seq: w.seq, tier: tierOf.get(w.seq) ?? all.i, r: w.r }))
        .sort((a, b) => a.tier - b.tier || a.r - b.r || a.seq - b.seq)
        .slice(0, limit - top.length);
      for (const x of ranked) {
        seen.add(x.seq);
        top.push(x);
      }
    }
    if (top.length === 0) return [];
    const arts = await db.all<{ seq: number; id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }>(
      `SELECT seq, id, title, outlet, url, published FROM articles WHERE seq IN (SELECT value FROM json_each(?))`,
      [JSON.stringify(top.map((x) => x.seq))],
    );
    const bySeq = new Map(arts.map((a) => [Number(a.seq), a]));
    const out: SearchHit[] = [];
    for (const x of top) {
      const a = bySeq.get(x.seq);
      if (!a) continue;
      out.push({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, match: tiers[x.tier]!.match, score: (tiers.length - x.tier) * 1000 - x.r });
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

/**
 * Opens an SQLite store and brings its schema up to date; `create` (the default) creates the file
 * and its folder when missing, otherwise the file must exist and hold a store (src/store/open.ts
 * turns what goes wrong into a StoreError naming the file).
 */
export async function openSqlite(path: string, now?: () => Date, opts: { create?: boolean } = {}): Promise<SqlStore> {
  const create = opts.create !== false;
  if (path !== ":memory:" && create) mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path, { fileMustExist: !create && path !== ":memory:" });
  try {
    raw.pragma("journal_mode = WAL");
    raw.pragma("synchronous = NORMAL");
    raw.pragma("busy_timeout = 10000");
    raw.pragma("cache_size = -65536");
    const db = sqliteDb(raw);
    await migrate(db, { create });
    const store = new SqlStore(db, sqliteSearch, "sqlite", path, now);
    await store.init();
    return store;
  } catch (e) {
    raw.close();
    throw e;
  }
}
