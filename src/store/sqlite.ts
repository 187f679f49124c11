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

/** At most this many of a query's most recent matches are returned (per column set). */
export const RANK_WINDOW = 2000;

/**
 * The ranking rule, the same on both backends: per column set, only a query's RANK_BUDGET most
 * recently stored matches are ranked (tier: phrase, near, anywhere; then weight; then the most
 * recent), enough to fill a page of 20 ten times over; further matches, up to the limit asked
 * (at most RANK_WINDOW), follow them most recent first, unranked (the column set's "anywhere"
 * tier, score 0). Ranking costs per article ranked (PostgreSQL fetches and decompresses each
 * one's vector), finding the further ones only an index read.
 */
export const RANK_BUDGET = 200;

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

/**
 * A parameter compared with the FTS5 table's rowid. better-sqlite3 binds every JS number as a
 * REAL, and FTS5 uses a rowid bound only when it is an INTEGER: with a REAL one it reads the
 * whole doclist and SQLite filters afterwards (at a million articles, 100 ms instead of 2 ms for
 * a near/phrase query bounded by the window; a full scan to delete one row).
 */
const INT = "CAST(? AS INTEGER)";

/**
 * The FTS5 query of a tier. `membership`: only which articles match, not how well. A folded
 * word found in a raw column is there as typed (no diacritics, so its folded form is itself)
 * and so also in the folded column at the same place: for the folded tiers, whether an article
 * matches does not depend on the column filter, and leaving it out spares FTS5 reading every
 * match's positions to check its column (a third to half of the time of a query of common
 * words). bm25 counts occurrences per column, so a query it scores keeps the filter.
 */
function ftsQuery(t: Tier, membership = false): string {
  const cols = t.cols === "raw" ? "{raw_title raw_body} : " : membership ? "" : "{fold_title fold_body} : ";
  if (t.how === "phrase") return `${cols}${quoteTerm(t.terms.join(" "))}`;
  if (t.how === "near") return `${cols}NEAR(${t.terms.map(quoteTerm).join(" ")}, ${NEAR_GAP})`;
  return `${cols}(${t.terms.map(quoteTerm).join(" AND ")})`;
}

/**
 * How many articles' index entries bm25 may read to weigh a query's words. bm25 weighs a word
 * by how many articles hold it, and FTS5 counts them anew for every query by reading the word's
 * whole list (at a million articles, ~40 ms for a word in half of them), where the window itself
 * reads only the recent end. A word in more than half the articles weighs nothing in bm25 (FTS5
 * floors its idf), and one in a third of them little, so the rarest words are weighed and the
 * most common ones only select.
 */
export const WEIGH_BUDGET = 200_000;
/** How many rows bm25 over the informative words alone may score (in the span of the ranked matches). */
export const WEIGH_ROWS = 4 * RANK_BUDGET;
/** Articles read from a word's recent end to estimate how many hold it. */
const DF_PROBE = 200;

export type Weighing = { kind: "all" } | { kind: "some"; terms: string[]; rowsPerSeq: number } | { kind: "none" };

/**
 * Which of a tier's words bm25 weighs: all of them when the articles holding them, together,
 * are within WEIGH_BUDGET (bm25 over the query, as before); else the rarest ones within it
 * (bm25 over those, when few enough articles of the window's span hold them); else none (the
 * tier's articles most recent first). How many articles hold a word is estimated from its
 * DF_PROBE most recent ones (exact when fewer hold it): a few hundred index entries per word.
 */
export async function weighing(db: Db, t: Tier, budget = WEIGH_BUDGET): Promise<Weighing> {
  const words = [...new Set(t.terms)];
  const top = Number((await db.get<{ n: number | null }>(`SELECT MAX(seq) AS n FROM articles`))?.n ?? 0);
  const df: Array<{ w: string; n: number }> = [];
  for (const w of words) {
    const rows = await db.all<{ seq: number }>(`SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${DF_PROBE}`, [ftsQuery({ ...t, terms: [w], how: "all" }, true)]);
    df.push({ w, n: rows.length < DF_PROBE ? rows.length : (DF_PROBE * top) / Math.max(1, top - rows[rows.length - 1]!.seq + 1) });
  }
  df.sort((a, b) => a.n - b.n || a.w.localeCompare(b.w));
  let sum = 0;
  const some: typeof df = [];
  for (const d of df) {
    if (sum + d.n > budget) break;
    sum += d.n;
    some.push(d);
  }
  if (some.length === df.length) return { kind: "all" };
  if (some.length === 0) return { kind: "none" };
  // The articles per stored article that hold all the weighed words: at most the rarest's share.
  return { kind: "some", terms: some.map((d) => d.w), rowsPerSeq: some[0]!.n / Math.max(1, top) };
}

/** The FTS5 search index; `weighBudget` (WEIGH_BUDGET) and `rankBudget` (RANK_BUDGET) are knobs for tests. */
export function sqliteIndex(opts: { weighBudget?: number; rankBudget?: number } = {}): SearchIndex {
  const budget = opts.weighBudget ?? WEIGH_BUDGET;
  const rankBudget = opts.rankBudget ?? RANK_BUDGET;
  return {
    async add(db: Db, seq, s) {
      await db.run(`INSERT INTO articles_fts (rowid, raw_title, raw_body, fold_title, fold_body) VALUES (?, ?, ?, ?, ?)`, [seq, s.rawTitle, s.rawBody, s.foldTitle, s.foldBody]);
    },
    async remove(db: Db, seq) {
      await db.run(`DELETE FROM articles_fts WHERE rowid = ${INT}`, [seq]);
    },
    async search(db: Db, query, limit) {
      // Per column set (exact diacritics, then folded), as PostgreSQL does: the RANK_BUDGET most
      // recently stored articles holding all the words, read from the recent end of the index
      // (news search favours the recent), then which of them hold the words close together (NEAR)
      // and which as the phrase: membership only, bounded below by the window's oldest article. A
      // phrase match ranks before a near one before the rest; within a tier, by bm25 over the
      // query's informative words (see weighing), then the most recent first. Further matches up
      // to the limit follow, most recent first, unranked (RANK_BUDGET).
      const tiers = searchTiers(query);
      if (tiers.length === 0 || limit <= 0) return [];
      const want = Math.min(RANK_WINDOW, limit);
      const top: Array<{ seq: number; tier: number; r: number; unranked?: boolean }> = [];
      const seen = new Set<number>();
      for (const cols of ["raw", "fold"] as const) {
        if (top.length >= want) break;
        const mine = tiers.map((t, i) => ({ t, i })).filter((x) => x.t.cols === cols);
        const all = mine.find((x) => x.t.how === "all");
        if (!all) continue;
        const plan = await weighing(db, all.t, budget);
        const bm25 = `bm25(articles_fts, 4.0, 1.0, 4.0, 1.0)`;
        const win = await db.all<{ seq: number; r: number }>(
          `SELECT rowid AS seq, ${plan.kind === "all" ? bm25 : "0"} AS r FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${rankBudget}`,
          [ftsQuery(all.t, plan.kind !== "all")],
        );
        if (win.length === 0) continue;
        const lo = win[win.length - 1]!.seq;
        const score = new Map<number, number>();
        if (plan.kind === "some" && plan.rowsPerSeq * (win[0]!.seq - lo + 1) <= WEIGH_ROWS) {
          // bm25 over the informative words alone, on the articles of the window's span.
          const rows = await db.all<{ seq: number; r: number }>(
            `SELECT rowid AS seq, ${bm25} AS r FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ${INT} ORDER BY rowid DESC`,
            [ftsQuery({ ...all.t, terms: plan.terms }), lo],
          );
          for (const r of rows) score.set(r.seq, r.r);
        }
        const tierOf = new Map<number, number>();
        // Narrowest last: a phrase match is a near match too, so the phrase is looked for only
        // between the oldest and the newest near match (the near ones within the window's).
        let span = [lo, win[0]!.seq];
        for (const how of ["near", "phrase"] as const) {
          const x = mine.find((m) => m.t.how === how);
          if (!x) continue;
          const rows = await db.all<{ seq: number }>(
            `SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ${INT} AND rowid <= ${INT} ORDER BY rowid DESC`,
            [ftsQuery(x.t, true), span[0], span[1]],
          );
          if (rows.length === 0) break;
          for (const r of rows) tierOf.set(r.seq, x.i);
          span = [rows[rows.length - 1]!.seq, rows[0]!.seq];
        }
        const ranked = win
          .filter((w) => !seen.has(w.seq))
          .map((w) => ({ seq: w.seq, tier: tierOf.get(w.seq) ?? all.i, r: score.get(w.seq) ?? w.r }))
          .sort((a, b) => a.tier - b.tier || a.r - b.r || b.seq - a.seq)
          .slice(0, want - top.length);
        for (const x of ranked) {
          seen.add(x.seq);
          top.push(x);
        }
        if (top.length >= want || win.length < rankBudget) continue;
        // Beyond the ranked ones: membership only, older than the oldest ranked.
        const rest = await db.all<{ seq: number }>(
          `SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ${INT} ORDER BY rowid DESC LIMIT ${want - top.length}`,
          [ftsQuery(all.t, true), lo],
        );
        for (const r of rest) {
          if (seen.has(r.seq)) continue;
          seen.add(r.seq);
          top.push({ seq: r.seq, tier: all.i, r: 0, unranked: true });
        }
      }
      if (top.length === 0) return [];
      const arts = await db.all<{ seq: number; id: string; title: string | null; outlet: string | null; url: string | null; published: string | null }>(
        `SELECT seq, id, title, outlet, url, published FROM articles WHERE seq IN (SELECT value FROM json_each(?))`,
        [JSON.stringify(top.map((x) => x.seq))],
      );
      const bySeq = new Map(arts.map((a) => [Number(a.seq), a]));
      const out: SearchHit[] = [];
      for (const x of top.slice(0, limit)) {
        const a = bySeq.get(x.seq);
        if (!a) continue;
        out.push({ id: a.id, title: a.title, outlet: a.outlet, url: a.url, published: a.published, match: tiers[x.tier]!.match, score: x.unranked ? 0 : (tiers.length - x.tier) * 1000 - x.r });
      }
      return out;
    },
    async matchSeqs(_db, query) {
      const t = searchTiers(query).find((x) => x.cols === "fold" && x.how === "all");
      return t ? { sql: `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${TIMELINE_QUERY_ARTICLES}`, params: [ftsQuery(t, true)] } : null;
    },
    async count(db: Db) {
      return Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_fts_docsize`))?.n ?? 0);
    },
  };
}

export const sqliteSearch: SearchIndex = sqliteIndex();

/**
 * Opens an SQLite store and brings its schema up to date; `create` (the default) creates the file
 * and its folder when missing, otherwise the file must exist and hold a store (src/store/open.ts
 * turns what goes wrong into a StoreError naming the file).
 */
export async function openSqlite(path: string, now?: () => Date, opts: { create?: boolean; search?: SearchIndex } = {}): Promise<SqlStore> {
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
    const store = new SqlStore(db, opts.search ?? sqliteSearch, "sqlite", path, now);
    await store.init();
    return store;
  } catch (e) {
    raw.close();
    throw e;
  }
}
