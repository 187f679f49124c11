/**
 * The store's logic, written once over the `Db` adapter; only the search index differs
 * between SQLite (FTS5) and PostgreSQL (tsvector), see `SearchIndex`.
 */
import type { AnalysisRecord } from "../record/record.js";
import type { Db } from "./db.js";
import { SCHEMA_VERSION } from "./migrations.js";
import {
  emptyResult,
  type ActorStat,
  type IngestResult,
  type PreparedArticle,
  type SearchHit,
  type Store,
  type StoreStats,
  type StoredArticle,
  type StoryEvent,
  type StoryEventHead,
  type TimelineFilter,
  type FetchState,
  type QueueClaim,
  type QueueItem,
  type QueueResult,
  type QueueStats,
  type LineExplanation,
  type StoriesFilter,
  type StoryThread,
  type StoryThreadDetail,
  MEMBERS_SHOWN,
} from "./store.js";
import { lookupKeys, sourcedEvents, summarizeStory, type MergeWhy, type SourcedEvent, type Taken } from "../story/merge.js";
import { sideName, threadName, threadPlaces, threadSides, threadTerms, type Profile } from "../story/threads.js";
import { addSourceRow, deleteLine, fillKeys, insertLine, LINE_COLS, lineCols, lineFromRow, placeEvent, UNDATED, type LineRow } from "./lines.js";
import { assignThread, DocFreq, leaveThread, resolveThread, type ThreadRow } from "./threads.js";
import { rawProfile } from "../story/threads.js";
import { bands, nearDuplicate } from "../ingest/simhash.js";
import { foldedForm, rawForm } from "../search/fold.js";
import * as queue from "./queue.js";

/** The backend-specific part: the full-text index. */
export interface SearchIndex {
  add(db: Db, seq: number, s: PreparedArticle["search"]): Promise<void>;
  remove(db: Db, seq: number, s: PreparedArticle["search"]): Promise<void>;
  search(db: Db, query: string, limit: number): Promise<SearchHit[]>;
  /** SQL for "rowids of articles matching this query" with its parameters, for the timeline. */
  matchSeqs(db: Db, query: string): Promise<{ sql: string; params: unknown[] } | null>;
  count(db: Db): Promise<number>;
}

/** A timeline QUERY looks at this many of the most recently stored matching articles at most. */
export const TIMELINE_QUERY_ARTICLES = 5000;

interface ArticleRow {
  seq: number;
  id: string;
  canonical_url: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  analyzer_version: string;
  simhash: string | null;
  duplicate_of: string | null;
  record: string;
  capture_kind: string | null;
  capture_bytes: Uint8Array | null;
  capture_text: string | null;
  capture_source: string;
  capture_options: string;
}

const toBuffer = (b: Uint8Array | null) => (b == null ? null : Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

function articleFromRow(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    analyzerVersion: r.analyzer_version,
    duplicateOf: r.duplicate_of,
    record: JSON.parse(r.record) as AnalysisRecord,
    capture: {
      kind: (r.capture_kind as "html" | "text" | null) ?? null,
      bytes: r.capture_bytes ? new Uint8Array(r.capture_bytes) : null,
      text: r.capture_text,
      source: JSON.parse(r.capture_source),
      options: JSON.parse(r.capture_options),
    },
  };
}

const viewCols = lineCols("s").replace(", s.words", "");

/** PLOVER's cooperative types (the others are conflict), for a story's chart. */
const COOPERATIVE = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"]);

/** A line as the timeline shows it (without its sources). */
function eventOf(r: LineRow): Omit<StoryEvent, "sources"> {
  const s = lineFromRow(r);
  return {
    id: s.id,
    type: s.type,
    mode: s.mode,
    participants: s.participants,
    date: s.date,
    precision: s.precision,
    sort: s.sort,
    location: s.location,
    status: s.status,
    claims: s.claims,
    dateContested: s.dateContested,
    dates: s.tallies.dates,
    actorCodes: s.actorCodes,
    recipientCodes: s.recipientCodes,
    story: r.thread_id ?? null,
    sourceCount: Number(r.source_count),
  };
}

export class SqlStore implements Store {
  /** Document frequencies of thread evidence, written once per batch. */
  private readonly df = new DocFreq();

  constructor(
    readonly db: Db,
    readonly index: SearchIndex,
    readonly backend: "sqlite" | "postgres",
    readonly location: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async ingest(batch: PreparedArticle[], opts: { replace?: boolean } = {}): Promise<IngestResult> {
    const res = emptyResult();
    if (batch.length === 0) return res;
    await this.db.tx(async () => {
      // Concurrent writers (several `ingest` processes, queue workers) on one PostgreSQL store
      // would race on stories and actors (two stories for one happening, unique-key errors on
      // the same article): one writer at a time, until its transaction ends. Re-entrant when
      // `complete` holds it already. SQLite's BEGIN IMMEDIATE serialises writers by itself.
      if (this.db.dialect === "postgres") await this.db.get(`SELECT pg_advisory_xact_lock(${queue.WRITE_LOCK})`);
      for (const p of batch) await this.ingestOne(p, !!opts.replace, res);
      await this.df.flush(this.db);
    }).catch((e: unknown) => {
      this.df.reset();
      throw e;
    });
    return res;
  }

  private async ingestOne(p: PreparedArticle, replace: boolean, res: IngestResult): Promise<void> {
    const db = this.db;
    const rec = p.record;
    const old = await db.get<{ seq: number; duplicate_of: string | null; analyzer_version: string }>(`SELECT seq, duplicate_of, analyzer_version FROM articles WHERE id = ?`, [rec.id]);
    if (old) {
      if (!replace) {
        res.duplicates++;
        return;
      }
      await this.removeDerived(rec.id, Number(old.seq), old.duplicate_of);
      await db.run(`UPDATE articles SET record = ?, analyzer_version = ?, outlet = ?, title = ?, published = ?, simhash = ? WHERE id = ?`, [
        JSON.stringify(rec),
        rec.analyzer.version,
        rec.outlet,
        rec.title,
        rec.published,
        p.simhash,
        rec.id,
      ]);
      if (old.duplicate_of == null) {
        await this.addDerived(Number(old.seq), p, res);
        // Its syndicated copies follow it into its (new) story events.
        for (const c of await db.all<{ id: string }>(`SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq`, [rec.id])) await this.syndicate(c.id, rec.id);
      } else await this.syndicate(rec.id, old.duplicate_of);
      res.replaced++;
      return;
    }
    if (p.canonicalUrl) {
      const same = await db.get(`SELECT id FROM articles WHERE canonical_url = ?`, [p.canonicalUrl]);
      if (same) {
        res.sameUrl++;
        return;
      }
    }
    let duplicateOf: string | null = null;
    if (p.simhash) {
      const b = bands(p.simhash);
      const cands = await db.all<{ id: string; simhash: string | null; duplicate_of: string | null }>(
        `SELECT a.id, a.simhash, a.duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id
         WHERE (b.band = 0 AND b.value = ?) OR (b.band = 1 AND b.value = ?) OR (b.band = 2 AND b.value = ?) OR (b.band = 3 AND b.value = ?)
         ORDER BY a.seq`,
        b,
      );
      const hit = cands.find((c) => nearDuplicate(c.simhash, p.simhash));
      if (hit) duplicateOf = hit.duplicate_of ?? hit.id;
    }
    const c = p.capture;
    const row = await db.get<{ seq: number }>(
      `INSERT INTO articles (id, canonical_url, url, outlet, title, published, analyzer_version, simhash, duplicate_of, record,
         capture_kind, capture_bytes, capture_text, capture_source, capture_options, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
      [
        rec.id,
        p.canonicalUrl,
        rec.source.url,
        rec.outlet,
        rec.title,
        rec.published,
        rec.analyzer.version,
        p.simhash,
        duplicateOf,
        JSON.stringify(rec),
        c.kind,
        toBuffer(c.bytes),
        c.text,
        JSON.stringify(c.source),
        JSON.stringify(c.options),
        this.now().toISOString(),
      ],
    );
    const seq = Number(row!.seq);
    res.added++;
    if (duplicateOf) {
      res.nearDuplicates++;
      await this.syndicate(rec.id, duplicateOf);
      return;
    }
    if (p.simhash) {
      const b = bands(p.simhash);
      await db.run(`INSERT INTO article_bands (band, value, article_id) VALUES (0, ?, ?), (1, ?, ?), (2, ?, ?), (3, ?, ?) ON CONFLICT DO NOTHING`, [b[0], rec.id, b[1], rec.id, b[2], rec.id, b[3], rec.id]);
    }
    await this.addDerived(seq, p, res);
  }

  /** Search entry, actor counts and story sources of a counted article. */
  private async addDerived(seq: number, p: PreparedArticle, res: IngestResult): Promise<void> {
    const db = this.db;
    const rec = p.record;
    await this.index.add(db, seq, p.search);
    const counts = new Map<string, number>();
    for (const m of rec.mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    // One statement per table for all the article's actors (ids are distinct in a record), in id
    // order so that concurrent writers lock rows alike.
    const actors = [...new Map(rec.actors.map((a) => [a.id, a])).values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    for (let i = 0; i < actors.length; i += 200) {
      const part = actors.slice(i, i + 200);
      await db.run(
        `INSERT INTO actors (id, name, type, code, mentions, articles) VALUES ${part.map(() => "(?, ?, ?, ?, ?, 1)").join(", ")}
         ON CONFLICT (id) DO UPDATE SET mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1`,
        part.flatMap((a) => [a.id, a.name, a.type, a.code, counts.get(a.id) ?? 0]),
      );
      await db.run(
        `INSERT INTO article_actors (article_id, actor_id, mentions) VALUES ${part.map(() => "(?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`,
        part.flatMap((a) => [rec.id, a.id, counts.get(a.id) ?? 0]),
      );
    }
    await this.addToStories(rec.id, seq, rec, p.events, res, p.profile);
  }

  /**
   * The article's thread first (new lines belong to it), then each event on a line: the best
   * agreeing line that cites no other event of this article, or a new one.
   */
  private async addToStories(id: string, seq: number, rec: AnalysisRecord, events: SourcedEvent[], res: IngestResult, raw?: Profile): Promise<void> {
    const db = this.db;
    const now = this.now().toISOString();
    const profile = await this.df.weigh(db, raw ?? rawProfile(rec, events));
    const t = await assignThread(db, { id, seq, profile }, now);
    res.threadsCreated += t.created;
    res.threadsMerged += t.merged;
    const taken: Taken = new Map();
    const actors: Array<[string, SourcedEvent]> = [];
    for (const ev of events) {
      const placed = await placeEvent(db, ev, { taken, thread: t.thread, seq });
      if (placed.joined) res.storiesJoined++;
      else res.storiesCreated++;
      actors.push([placed.line, ev]);
    }
    await this.addStoryActors(actors);
  }

  /** Indexes lines by the actors of their sources (ids, codes), for the actor filter. */
  private async addStoryActors(list: Array<[string, SourcedEvent]>): Promise<void> {
    const pairs = new Set<string>();
    for (const [line, ev] of list) for (const k of [...ev.participants, ...ev.actor, ...ev.recipient, ...ev.third_party]) pairs.add(`${k.toLowerCase()}\u0000${line}`);
    const all = [...pairs].map((p) => p.split("\u0000"));
    for (let i = 0; i < all.length; i += 200) {
      const part = all.slice(i, i + 200);
      await this.db.run(`INSERT INTO story_actors (actor, story_id) VALUES ${part.map(() => "(?, ?)").join(", ")} ON CONFLICT DO NOTHING`, part.flat());
    }
  }



  /**
   * Lists a syndicated copy as a source of every story event of the article it copies: the
   * original's event as the copy's outlet published it, flagged `syndicated` (with `copyOf`).
   * An outlet that reprinted a report did report it, so an analyst sees it among the sources;
   * but it is not an independent report: it is not counted in `sourceCount`, adds no claim
   * (it says what the original says) and changes nothing the story derives (date, status).
   */
  private async syndicate(copyId: string, originalId: string): Promise<void> {
    const db = this.db;
    const copy = await db.get<{ url: string | null; outlet: string | null; title: string | null; published: string | null }>(`SELECT url, outlet, title, published FROM articles WHERE id = ?`, [copyId]);
    if (!copy) return;
    // It is read in the original's story thread (not counted in it).
    await db.run(
      `INSERT INTO thread_members (article_id, thread_id, seq, counted, why)
       SELECT ?, o.thread_id, (SELECT seq FROM articles WHERE id = ?), 0, ? FROM thread_members o WHERE o.article_id = ?
       ON CONFLICT (article_id) DO UPDATE SET thread_id = excluded.thread_id`,
      [copyId, copyId, `a syndicated copy of ${originalId}`, originalId],
    );
    const rows = await db.all<{ story_id: string; event_id: string; data: string }>(`SELECT story_id, event_id, data FROM story_sources WHERE article_id = ? ORDER BY story_id, pos`, [originalId]);
    for (const r of rows) {
      const ev: SourcedEvent = { ...(JSON.parse(r.data) as SourcedEvent), articleId: copyId, outlet: copy.outlet, url: copy.url, title: copy.title, published: copy.published, syndicated: true, copyOf: originalId };
      const why: MergeWhy = { decision: "joined", line: r.story_id, reasons: [`a syndicated copy of ${originalId}: listed where the original is, not counted`], considered: [] };
      await addSourceRow(db, r.story_id, { ...ev, eventId: r.event_id }, why);
    }
  }

  /** Undoes addDerived for an article (before re-analysis). */
  private async removeDerived(id: string, seq: number, duplicateOf: string | null): Promise<void> {
    const db = this.db;
    if (duplicateOf != null) {
      // A syndicated copy: only its listings as a source of the original's story events.
      await db.run(`DELETE FROM story_sources WHERE article_id = ?`, [id]);
      return;
    }
    const old = await db.get<{ record: string }>(`SELECT record FROM articles WHERE id = ?`, [id]);
    const rec = JSON.parse(old!.record) as AnalysisRecord;
    const title = rec.title ?? "";
    const body = [rec.lead ?? "", ...rec.paragraphs].join("\n");
    await this.index.remove(db, seq, { rawTitle: rawForm(title), rawBody: rawForm(body), foldTitle: foldedForm(title), foldBody: foldedForm(body) });
    for (const r of await db.all<{ actor_id: string; mentions: number }>(`SELECT actor_id, mentions FROM article_actors WHERE article_id = ?`, [id])) {
      await db.run(`UPDATE actors SET mentions = mentions - ?, articles = articles - 1 WHERE id = ?`, [Number(r.mentions), r.actor_id]);
    }
    await db.run(`DELETE FROM article_actors WHERE article_id = ?`, [id]);
    await db.run(`DELETE FROM actors WHERE articles <= 0`);
    const touched = await db.all<{ story_id: string }>(`SELECT DISTINCT story_id FROM story_sources WHERE article_id = ?`, [id]);
    await db.run(`DELETE FROM story_sources WHERE article_id = ?`, [id]);
    // Its copies' listings go with it (listed again once it is analysed again).
    await db.run(`DELETE FROM story_sources WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of = ?)`, [id]);
    for (const { story_id } of touched) {
      const head = await db.get<LineRow>(`SELECT ${LINE_COLS} FROM stories WHERE id = ?`, [story_id]);
      const rest = await db.all<{ data: string; why: string | null }>(`SELECT data, why FROM story_sources WHERE story_id = ? ORDER BY pos`, [story_id]);
      await db.run(`DELETE FROM story_actors WHERE story_id = ?`, [story_id]);
      await deleteLine(db, story_id);
      const listed = rest.map((r) => JSON.parse(r.data) as SourcedEvent);
      // The line derives from its independent sources; other originals' copies stay listed.
      const sources = listed.filter((x) => !x.syndicated);
      if (sources.length === 0 || !head) {
        await db.run(`DELETE FROM story_sources WHERE story_id = ?`, [story_id]);
        continue;
      }
      const story = summarizeStory({ id: head.id, key: head.skey }, sources);
      const first = sources[0]!.articleId;
      const fa = await db.get<{ seq: number; thread_id: string | null }>(`SELECT a.seq, m.thread_id FROM articles a LEFT JOIN thread_members m ON m.article_id = a.id WHERE a.id = ?`, [first]);
      await insertLine(db, story, { count: new Set(sources.map((x) => x.articleId)).size, firstArticle: first, firstSeq: Number(fa?.seq ?? head.first_seq), thread: fa?.thread_id ?? head.thread_id });
      for (let i = 0; i < listed.length; i++) await db.run(`UPDATE story_sources SET pos = ? WHERE article_id = ? AND event_id = ?`, [i, listed[i]!.articleId, listed[i]!.eventId]);
      await this.addStoryActors(sources.map((x) => [story.id, x]));
    }
    // Out of its story thread (which may split); it joins one again with its new analysis.
    await leaveThread(db, this.df, id, this.now().toISOString());
  }

  async known(ids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const rows = await this.db.all<{ id: string }>(`SELECT id FROM articles WHERE id IN (${part.map(() => "?").join(",")})`, part);
      for (const r of rows) out.add(r.id);
    }
    return out;
  }

  async article(id: string): Promise<StoredArticle | null> {
    const r = await this.db.get<ArticleRow>(`SELECT * FROM articles WHERE id = ?`, [id]);
    return r ? articleFromRow(r) : null;
  }

  async staleArticles(version: string, limit: number, afterId = ""): Promise<StoredArticle[]> {
    const rows = await this.db.all<ArticleRow>(`SELECT * FROM articles WHERE analyzer_version <> ? AND id > ? ORDER BY id LIMIT ?`, [version, afterId, limit]);
    return rows.map(articleFromRow);
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      articles: await n(`SELECT COUNT(*) AS n FROM articles`),
      counted: await n(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL`),
      nearDuplicates: await n(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL`),
      events: await n(`SELECT COUNT(*) AS n FROM story_sources ss JOIN articles a ON a.id = ss.article_id WHERE a.duplicate_of IS NULL`),
      stories: await n(`SELECT COUNT(*) AS n FROM stories`),
      threads: await n(`SELECT COUNT(*) AS n FROM threads`),
      actors: await n(`SELECT COUNT(*) AS n FROM actors`),
      schemaVersion: await n(`SELECT MAX(version) AS n FROM schema_migrations`),
    };
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    return this.index.search(this.db, query, opts.limit ?? 20);
  }

  async articlesWithActors(actorIds: string[], limit: number): Promise<Array<{ id: string; mentions: number }>> {
    const ids = [...new Set(actorIds)].slice(0, 500);
    if (ids.length === 0 || limit <= 0) return [];
    const rows = await this.db.all<{ id: string; m: number }>(
      `SELECT aa.article_id AS id, SUM(aa.mentions) AS m, MAX(a.seq) AS s FROM article_actors aa JOIN articles a ON a.id = aa.article_id
       WHERE aa.actor_id IN (${ids.map(() => "?").join(",")}) AND a.duplicate_of IS NULL
       GROUP BY aa.article_id ORDER BY m DESC, s DESC LIMIT ?`,
      [...ids, limit],
    );
    return rows.map((r) => ({ id: r.id, mentions: Number(r.m) }));
  }

  /** Actor filter keys: the value itself (id or code) and the ids of actors whose name matches. */
  private async actorKeys(actor: string): Promise<string[]> {
    const x = actor.trim().toLowerCase();
    const keys = new Set([x]);
    const fx = foldedForm(actor.trim());
    for (const r of await this.db.all<{ id: string; name: string; code: string | null }>(`SELECT id, name, code FROM actors`)) {
      const name = foldedForm(r.name);
      if (r.id.toLowerCase() === x || name === fx || name.includes(fx) || foldedForm(r.id.replace(/_/g, " ")).includes(fx)) keys.add(r.id.toLowerCase());
    }
    return [...keys];
  }

  /** WHERE clause of a timeline filter, or null when it can match nothing. */
  private async timelineWhere(f: TimelineFilter): Promise<{ where: string; params: unknown[] } | null> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (f.story) {
      const id = await resolveThread(this.db, f.story);
      if (!id) return null;
      where.push(`s.thread_id = ?`);
      params.push(id);
    }
    if (f.type) {
      where.push(`s.type = ?`);
      params.push(f.type.toUpperCase());
    }
    if (f.from) {
      // A story dated "2025-04" overlaps a range from 2025-04-01: its key is a prefix of the bound.
      const prefixes = [4, 7].filter((n) => f.from!.length > n).map((n) => f.from!.slice(0, n));
      // The plain range on the shortest bound keeps the sort index usable.
      where.push(`s.sort_key >= ? AND s.sort_key < ? AND (s.sort_key >= ?${prefixes.map(() => " OR s.sort_key = ?").join("")})`);
      params.push(prefixes[0] ?? f.from, UNDATED, f.from, ...prefixes);
    }
    if (f.to) {
      where.push(`s.sort_key <= ?`);
      params.push(f.to + UNDATED);
    }
    if (f.after) {
      // keyset: after (sort_key, id) in the timeline's order; the sort index serves it
      // (the plain range on sort_key lets both backends start the index walk at the cursor)
      where.push(`s.sort_key >= ? AND (s.sort_key > ? OR s.id > ?)`);
      const k = f.after.sort ?? UNDATED;
      params.push(k, k, f.after.id);
    }
    if (f.actor) {
      const keys = await this.actorKeys(f.actor);
      where.push(`s.id IN (SELECT story_id FROM story_actors WHERE actor IN (${keys.map(() => "?").join(",")}))`);
      params.push(...keys);
    }
    if (f.query) {
      const m = await this.index.matchSeqs(this.db, f.query);
      const runs = (f.queryActors ?? []).filter((r) => r.length);
      if (!m && !runs.length) return null;
      const or: string[] = [];
      if (m) {
        or.push(`a.seq IN (${m.sql})`);
        params.push(...m.params);
      }
      if (runs.length) {
        or.push(runs.map((r) => `a.id IN (SELECT article_id FROM article_actors WHERE actor_id IN (${r.map(() => "?").join(",")}))`).join(" AND "));
        for (const r of runs) params.push(...r);
      }
      where.push(`s.id IN (SELECT ss.story_id FROM story_sources ss JOIN articles a ON a.id = ss.article_id WHERE ${or.map((x) => `(${x})`).join(" OR ")})`);
    }
    return { where: where.length ? "WHERE " + where.join(" AND ") : "", params };
  }

  /**
   * The stories a timeline filter selects, in order (FROM … ORDER BY … LIMIT). Plain, type and date
   * filters walk an index in timeline order and stop at the page. Actor and text filters select
   * by id, so their matches are sorted: the filter, sort and page then run on ids alone (the
   * sort of thousands of matches carries no columns) and the page's rows are read after.
   */
  private static paged(w: { where: string; params: unknown[] }, f: TimelineFilter): { from: string; params: unknown[] } {
    const params = [...w.params];
    const limit = f.limit ?? 200;
    const order = ` ORDER BY s.sort_key, s.id`;
    if (limit <= 0) return { from: `stories s ${w.where}${order}`, params };
    params.push(limit, f.offset ?? 0);
    if (!(f.actor || f.query)) return { from: `stories s ${w.where}${order} LIMIT ? OFFSET ?`, params };
    return { from: `(SELECT s.id FROM stories s ${w.where}${order} LIMIT ? OFFSET ?) p JOIN stories s ON s.id = p.id${order}`, params };
  }

  async timeline(f: TimelineFilter = {}): Promise<StoryEvent[]> {
    const w = await this.timelineWhere(f);
    if (!w) return [];
    const { from, params } = SqlStore.paged(w, f);
    const rows = await this.db.all<LineRow>(`SELECT ${viewCols} FROM ${from}`, params);
    if (rows.length === 0) return [];
    const sources = await this.sourcesOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...eventOf(r), sources: sources.get(r.id) ?? [] }));
  }

  private async sourcesOf(ids: string[]): Promise<Map<string, SourcedEvent[]>> {
    const sources = new Map<string, SourcedEvent[]>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const src = await this.db.all<{ story_id: string; data: string }>(`SELECT story_id, data FROM story_sources WHERE story_id IN (${part.map(() => "?").join(",")}) ORDER BY story_id, pos`, part);
      for (const s of src) {
        let l = sources.get(s.story_id);
        if (!l) sources.set(s.story_id, (l = []));
        l.push(JSON.parse(s.data) as SourcedEvent);
      }
    }
    return sources;
  }

  async timelineRows(f: TimelineFilter = {}): Promise<StoryEventHead[]> {
    const w = await this.timelineWhere(f);
    if (!w) return [];
    const { from, params } = SqlStore.paged(w, f);
    // The first source comes from the same query (lowest pos): one JSON document per row, not all.
    const sql = `SELECT ${viewCols}, (SELECT ss.data FROM story_sources ss WHERE ss.story_id = s.id ORDER BY ss.pos LIMIT 1) AS first FROM ${from}`;
    const rows = await this.db.all<LineRow & { first: string | null }>(sql, params);
    return rows.map((r) => {
      const { claims: _claims, ...e } = eventOf(r);
      return { ...e, first: r.first == null ? null : (JSON.parse(r.first) as SourcedEvent) };
    });
  }

  // ---------- story threads ----------

  /** Display names of codes: the name of the state (else the most mentioned organisation) with the code. */
  private async codeNames(codes: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    if (codes.length === 0) return out;
    const rows = await this.db.all<{ code: string; id: string; name: string; type: string; mentions: number }>(
      `SELECT code, id, name, type, mentions FROM actors WHERE code IN (${codes.map(() => "?").join(", ")}) AND type IN ('gpe', 'org')`,
      codes,
    );
    const best = new Map<string, { id: string; name: string; type: string; mentions: number }>();
    for (const r of rows) {
      const b = best.get(r.code);
      const score = (x: { type: string; mentions: number }) => (x.type === "gpe" ? 1e9 : 0) + Number(x.mentions);
      if (!b || score(r) > score(b)) best.set(r.code, r);
    }
    for (const c of codes) out[c] = sideName(best.get(c)?.name) ?? c;
    return out;
  }

  private async threadsOut(rows: ThreadRow[]): Promise<StoryThread[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const counts = new Map<string, number>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      for (const c of await this.db.all<{ thread_id: string; n: number }>(`SELECT thread_id, COUNT(*) AS n FROM stories WHERE thread_id IN (${part.map(() => "?").join(", ")}) GROUP BY thread_id`, part))
        counts.set(c.thread_id, Number(c.n));
    }
    const profiles = rows.map((r) => JSON.parse(r.profile) as Profile);
    const sides = profiles.map((p) => threadSides(p));
    const pairCodes = profiles.flatMap((p) => Object.keys(p.dy).flatMap((d) => d.split("|")));
    const names = await this.codeNames([...new Set([...sides.flat(), ...pairCodes, ...profiles.flatMap((p) => Object.keys(p.co).slice(0, 4))])]);
    return rows.map((r, i) => ({
      id: r.id,
      name: threadName(profiles[i]!, (c) => names[c] ?? c),
      first: r.first_day,
      last: r.last_day === "0000-00-00" ? null : r.last_day,
      sides: sides[i]!,
      sideNames: Object.fromEntries(sides[i]!.map((c) => [c, names[c] ?? c])),
      terms: threadTerms(profiles[i]!),
      places: threadPlaces(profiles[i]!),
      events: counts.get(r.id) ?? 0,
      articles: Number(r.articles),
      updatedAt: r.updated_at,
    }));
  }

  async stories(f: StoriesFilter = {}): Promise<StoryThread[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if ((f.minArticles ?? 1) > 1) {
      where.push(`t.articles >= ?`);
      params.push(f.minArticles);
    }
    if (f.query) {
      const m = await this.index.matchSeqs(this.db, f.query);
      if (!m) return [];
      where.push(`t.id IN (SELECT m.thread_id FROM thread_members m JOIN articles a ON a.id = m.article_id WHERE a.seq IN (${m.sql}))`);
      params.push(...m.params);
    }
    let sql = `SELECT t.* FROM threads t ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY t.last_day DESC, t.articles DESC, t.id`;
    const limit = f.limit ?? 100;
    if (limit > 0) {
      sql += ` LIMIT ? OFFSET ?`;
      params.push(limit, f.offset ?? 0);
    }
    return this.threadsOut(await this.db.all<ThreadRow>(sql, params));
  }

  async story(id: string): Promise<StoryThreadDetail | null> {
    const tid = await resolveThread(this.db, id);
    if (!tid) return null;
    const row = await this.db.get<ThreadRow>(`SELECT * FROM threads WHERE id = ?`, [tid]);
    if (!row) return null;
    const [t] = await this.threadsOut([row]);
    const members = await this.db.all<{ id: string; title: string | null; outlet: string | null; url: string | null; record: string; why: string | null }>(
      `SELECT a.id, a.title, a.outlet, a.url, a.record, m.why FROM (SELECT article_id, seq, why FROM thread_members WHERE thread_id = ? AND counted = 1 ORDER BY seq DESC LIMIT ${MEMBERS_SHOWN}) m
       JOIN articles a ON a.id = m.article_id ORDER BY m.seq DESC`,
      [tid],
    );
    const byMonth = new Map<string, { month: string; cooperation: number; conflict: number }>();
    for (const r of await this.db.all<{ m: string; type: string; n: number }>(`SELECT substr(sort_key, 1, 7) AS m, type, COUNT(*) AS n FROM stories WHERE thread_id = ? AND sort_key <> ? GROUP BY substr(sort_key, 1, 7), type`, [tid, UNDATED])) {
      if (!/^\d{4}-\d{2}$/.test(r.m)) continue;
      const b = byMonth.get(r.m) ?? { month: r.m, cooperation: 0, conflict: 0 };
      if (COOPERATIVE.has(r.type)) b.cooperation += Number(r.n);
      else b.conflict += Number(r.n);
      byMonth.set(r.m, b);
    }
    const joined = await this.db.all<{ old_id: string; joined_at: string; why: string | null }>(`SELECT old_id, joined_at, why FROM thread_aliases WHERE thread_id = ? ORDER BY joined_at, old_id`, [tid]);
    return {
      ...t!,
      members: members.map((m) => {
        const rec = JSON.parse(m.record) as AnalysisRecord;
        return { id: m.id, title: m.title, outlet: m.outlet, url: m.url, date: rec.reference_date?.value ?? rec.published?.slice(0, 10) ?? null, why: m.why };
      }),
      joined: joined.map((j) => ({ id: j.old_id, at: j.joined_at, why: j.why })),
      months: [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    };
  }

  async storyOf(articleId: string): Promise<StoryThread | null> {
    const a = await this.db.get<{ thread_id: string }>(`SELECT thread_id FROM thread_members WHERE article_id = ?`, [articleId]);
    if (!a) return null;
    const row = await this.db.get<ThreadRow>(`SELECT * FROM threads WHERE id = ?`, [a.thread_id]);
    return row ? ((await this.threadsOut([row]))[0] ?? null) : null;
  }

  async storySources(keys: string[], opts: { limit?: number } = {}): Promise<SourcedEvent[]> {
    const out: SourcedEvent[] = [];
    const seen = new Set<string>();
    const limit = opts.limit ?? 2000;
    for (const key of [...new Set(keys)]) {
      const bar = key.indexOf("|");
      const pairs = bar < 0 ? [key] : lookupKeys(key.slice(0, bar), key.slice(bar + 1).split(",").filter(Boolean));
      const rows = await this.db.all<{ data: string }>(
        `SELECT ss.data FROM (
           SELECT id FROM (SELECT id FROM stories WHERE skey = ? ORDER BY sort_key DESC LIMIT ?) a
           UNION
           SELECT story_id FROM (SELECT story_id FROM story_keys WHERE key IN (${pairs.map(() => "?").join(", ")}) ORDER BY span_start DESC NULLS LAST LIMIT ?) b
         ) l JOIN story_sources ss ON ss.story_id = l.id ORDER BY ss.story_id, ss.pos`,
        [key, limit, ...pairs, limit],
      );
      for (const r of rows) {
        const ev = JSON.parse(r.data) as SourcedEvent;
        const id = `${ev.articleId}\u0000${ev.eventId}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(ev);
      }
    }
    return out;
  }

  async explainLine(id: string): Promise<LineExplanation | null> {
    let r = await this.db.get<LineRow>(`SELECT ${viewCols} FROM stories s WHERE s.id = ?`, [id]);
    if (!r && /^[0-9a-f]{4,19}$/.test(id)) {
      const hits = await this.db.all<LineRow>(`SELECT ${viewCols} FROM stories s WHERE s.id >= ? AND s.id < ? LIMIT 2`, [id, id + "g"]);
      if (hits.length === 1) r = hits[0];
    }
    if (!r) return null;
    const src = await this.db.all<{ data: string; why: string | null }>(`SELECT data, why FROM story_sources WHERE story_id = ? ORDER BY pos`, [r.id]);
    const sources = src.map((x) => JSON.parse(x.data) as SourcedEvent);
    return {
      line: { ...eventOf(r), sources },
      sources: src.map((x, i) => {
        const e = sources[i]!;
        // The first report of a line with no other candidate keeps no reason: it opened the line.
        const opened: MergeWhy | null = i === 0 ? { decision: "new", line: r!.id, reasons: ["first report of this type and these participants at this time"], considered: [] } : null;
        return { articleId: e.articleId, eventId: e.eventId, outlet: e.outlet, date: e.date, reported: e.reported, why: x.why ? (JSON.parse(x.why) as MergeWhy) : opened };
      }),
    };
  }

  /** Brings lines and threads up to date when the schema asked for it (a store written before threads). */
  async init(): Promise<void> {
    const flag = await this.db.get<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'rebuild_stories'`);
    if (flag?.value === "1") await this.rebuild(true);
    const keys = await this.db.get<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'fill_story_keys'`);
    if (keys?.value === "1") await this.fillStoryKeys();
  }

  /** Files the lines of a store written before schema 4 under their lookup keys (once, under the write lock). */
  private async fillStoryKeys(): Promise<void> {
    const db = this.db;
    await db.tx(async () => {
      if (db.dialect === "postgres") await db.get(`SELECT pg_advisory_xact_lock(${queue.WRITE_LOCK})`);
      if ((await db.get<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'fill_story_keys'`))?.value !== "1") return;
      await fillKeys(db);
      await db.run(`UPDATE store_meta SET value = '0' WHERE key = 'fill_story_keys'`);
    });
  }

  rebuildStories(): Promise<{ lines: number; stories: number }> {
    return this.rebuild(false);
  }

  private async rebuild(onlyIfAsked: boolean): Promise<{ lines: number; stories: number }> {
    const db = this.db;
    await db.tx(async () => {
      if (db.dialect === "postgres") await db.get(`SELECT pg_advisory_xact_lock(${queue.WRITE_LOCK})`);
      // Another process may have done it while this one waited for the lock.
      if (onlyIfAsked && (await db.get<{ value: string }>(`SELECT value FROM store_meta WHERE key = 'rebuild_stories'`))?.value !== "1") return;
      for (const t of ["story_sources", "story_actors", "story_keys", "stories", "threads", "thread_keys", "thread_aliases", "thread_members", "term_df"]) await db.run(`DELETE FROM ${t}`);
      this.df.reset();
      const res = emptyResult();
      let after = 0;
      for (;;) {
        const rows = await db.all<{ seq: number; id: string; record: string; duplicate_of: string | null }>(`SELECT seq, id, record, duplicate_of FROM articles WHERE seq > ? ORDER BY seq LIMIT 500`, [after]);
        if (rows.length === 0) break;
        for (const r of rows) {
          const rec = JSON.parse(r.record) as AnalysisRecord;
          if (r.duplicate_of == null) await this.addToStories(r.id, Number(r.seq), rec, sourcedEvents(rec), res);
        }
        after = Number(rows[rows.length - 1]!.seq);
      }
      for (const c of await db.all<{ id: string; duplicate_of: string }>(`SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL ORDER BY seq`)) await this.syndicate(c.id, c.duplicate_of);
      await this.df.flush(db);
      await db.run(`INSERT INTO store_meta (key, value) VALUES ('rebuild_stories', '0') ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    }).catch((e: unknown) => {
      this.df.reset();
      throw e;
    });
    const st = await this.stats();
    return { lines: st.stories, stories: st.threads };
  }

  async actors(opts: { type?: string; limit?: number; offset?: number } = {}): Promise<ActorStat[]> {
    const params: unknown[] = [];
    let sql = `SELECT id, name, type, code, mentions, articles FROM actors`;
    if (opts.type) {
      sql += ` WHERE type = ?`;
      params.push(opts.type);
    }
    sql += ` ORDER BY mentions DESC, articles DESC, id`;
    if ((opts.limit ?? 0) > 0) {
      sql += ` LIMIT ? OFFSET ?`;
      params.push(opts.limit, opts.offset ?? 0);
    }
    const rows = await this.db.all<ActorStat>(sql, params);
    return rows.map((r) => ({ ...r, mentions: Number(r.mentions), articles: Number(r.articles) }));
  }

  async *records(): AsyncIterable<StoredArticle> {
    let after = 0;
    for (;;) {
      const rows = await this.db.all<ArticleRow>(`SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT 500`, [after]);
      if (rows.length === 0) return;
      for (const r of rows) yield articleFromRow(r);
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async check(): Promise<string[]> {
    const db = this.db;
    const problems: string[] = [];
    const n = async (sql: string) => Number((await db.get<{ n: number }>(sql))?.n ?? 0);
    const v = await n(`SELECT MAX(version) AS n FROM schema_migrations`);
    if (v !== SCHEMA_VERSION) problems.push(`schema version ${v}, expected ${SCHEMA_VERSION}`);
    const badCount = await n(
      `SELECT COUNT(*) AS n FROM stories s WHERE s.source_count <> (SELECT COUNT(DISTINCT ss.article_id) FROM story_sources ss JOIN articles a ON a.id = ss.article_id WHERE ss.story_id = s.id AND a.duplicate_of IS NULL)`,
    );
    if (badCount) problems.push(`${badCount} stories whose source count is wrong`);
    const empty = await n(`SELECT COUNT(*) AS n FROM stories WHERE source_count < 1`);
    if (empty) problems.push(`${empty} stories without sources`);
    const orphan = await n(`SELECT COUNT(*) AS n FROM story_sources ss WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = ss.story_id) OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ss.article_id)`);
    if (orphan) problems.push(`${orphan} story sources without their story or article`);
    // A copy is listed exactly where its original is, once per event of the original.
    const syndicated = await n(
      `SELECT COUNT(*) AS n FROM articles c JOIN story_sources o ON o.article_id = c.duplicate_of
       WHERE NOT EXISTS (SELECT 1 FROM story_sources x WHERE x.article_id = c.id AND x.event_id = o.event_id AND x.story_id = o.story_id)`,
    );
    const stray = await n(
      `SELECT COUNT(*) AS n FROM story_sources x JOIN articles c ON c.id = x.article_id
       WHERE c.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_sources o WHERE o.article_id = c.duplicate_of AND o.event_id = x.event_id AND o.story_id = x.story_id)`,
    );
    if (syndicated || stray) problems.push(`${syndicated} syndicated copies missing from their original's story events, ${stray} listed where the original is not`);
    const dupSrc = await n(`SELECT COUNT(*) AS n FROM articles a WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of AND o.duplicate_of IS NULL)`);
    if (dupSrc) problems.push(`${dupSrc} near-duplicates not linked to a stored original`);
    const noThread = await n(
      `SELECT COUNT(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM thread_members m JOIN threads t ON t.id = m.thread_id WHERE m.article_id = a.id AND m.counted = (CASE WHEN a.duplicate_of IS NULL THEN 1 ELSE 0 END))`,
    );
    if (noThread) problems.push(`${noThread} articles outside any story thread`);
    const badThread = await n(`SELECT COUNT(*) AS n FROM threads t WHERE t.articles <> (SELECT COUNT(*) FROM thread_members m WHERE m.thread_id = t.id AND m.counted = 1)`);
    if (badThread) problems.push(`${badThread} story threads whose article count is wrong`);
    // Every line is found by its sides, under the days it covers now.
    const unkeyed = await n(`SELECT COUNT(*) AS n FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_keys k WHERE k.story_id = s.id)`);
    const staleKeys = await n(
      `SELECT COUNT(*) AS n FROM story_keys k LEFT JOIN stories s ON s.id = k.story_id WHERE s.id IS NULL OR k.coarse <> s.coarse OR k.span_start IS DISTINCT FROM s.span_start`,
    );
    if (unkeyed || staleKeys) problems.push(`${unkeyed} story events without lookup keys, ${staleKeys} lookup keys stale or of no story event`);
    const lineThread = await n(`SELECT COUNT(*) AS n FROM stories s WHERE s.thread_id IS NULL OR NOT EXISTS (SELECT 1 FROM threads t WHERE t.id = s.thread_id)`);
    if (lineThread) problems.push(`${lineThread} story events outside any story thread`);
    const actorSum = await n(`SELECT COUNT(*) AS n FROM actors x WHERE x.mentions <> (SELECT COALESCE(SUM(aa.mentions), 0) FROM article_actors aa WHERE aa.actor_id = x.id) OR x.articles <> (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor_id = x.id)`);
    if (actorSum) problems.push(`${actorSum} actors whose counts disagree with their articles`);
    const counted = await n(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL`);
    const indexed = await this.index.count(db);
    if (indexed !== counted) problems.push(`${indexed} articles in the search index, ${counted} counted articles`);
    if (db.dialect === "sqlite") {
      const rows = await db.all<{ integrity_check: string }>(`PRAGMA integrity_check`);
      if (rows.length !== 1 || rows[0]!.integrity_check !== "ok") problems.push(`sqlite integrity: ${rows.map((r) => r.integrity_check).join("; ")}`);
    }
    return problems;
  }

  // The work queue and fetch state: src/store/queue.ts.
  enqueue(items: QueueItem[]): Promise<{ queued: number; stored: number; alreadyQueued: number }> {
    return queue.enqueue(this.db, items, this.now());
  }

  claim(worker: string, opts: { limit: number; leaseMs: number; maxAttempts?: number }): Promise<QueueClaim | null> {
    return queue.claim(this.db, worker, opts);
  }

  renew(token: string, leaseMs: number): Promise<number> {
    return queue.renew(this.db, token, leaseMs);
  }

  complete(token: string, results: QueueResult[]): Promise<{ result: IngestResult; done: number; lost: number }> {
    return queue.complete(this.db, token, results, this.now(), (batch) => this.ingest(batch));
  }

  release(token: string): Promise<number> {
    return queue.release(this.db, token);
  }

  queueStats(): Promise<QueueStats> {
    return queue.queueStats(this.db);
  }

  fetchState(url: string): Promise<FetchState | null> {
    return queue.fetchState(this.db, url);
  }

  saveFetchState(state: FetchState): Promise<void> {
    return queue.saveFetchState(this.db, state);
  }

  knownUrls(canonicalUrls: string[]): Promise<Set<string>> {
    return queue.knownUrls(this.db, canonicalUrls);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
