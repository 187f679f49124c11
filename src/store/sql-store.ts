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
} from "./store.js";
import { extendStory, findStory, newStory, storyKey, summarizeStory, type SourcedEvent, type Story, type StoryHead } from "../story/merge.js";
import { bands, nearDuplicate } from "../ingest/simhash.js";
import { foldedForm, rawForm } from "../search/fold.js";
import * as queue from "./queue.js";

/** The backend-specific part: the full-text index. */
export interface SearchIndex {
  add(db: Db, seq: number, s: PreparedArticle["search"]): Promise<void>;
  remove(db: Db, seq: number, s: PreparedArticle["search"]): Promise<void>;
  search(db: Db, query: string, limit: number): Promise<SearchHit[]>;
  /** SQL for "rowids of articles matching this query" with one parameter, for the timeline. */
  matchSeqs(query: string): { sql: string; params: unknown[] } | null;
  count(db: Db): Promise<number>;
}

/** A timeline QUERY looks at this many of the most recently stored matching articles at most. */
export const TIMELINE_QUERY_ARTICLES = 5000;

/** Stored in place of a null sort key: sorts after every date in both backends ("C" collation). */
const UNDATED = "~";

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

interface StoryRow {
  id: string;
  skey: string;
  type: string;
  mode: string | null;
  participants: string;
  date: string | null;
  location: string | null;
  precision: string;
  sort_key: string;
  status: string;
  claims: string;
  source_count: number;
  first_reported: string | null;
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

function storyFromRow(r: StoryRow): Story {
  return {
    id: r.id,
    key: r.skey,
    type: r.type,
    mode: r.mode,
    participants: JSON.parse(r.participants),
    date: r.date,
    location: r.location,
    precision: r.precision as Story["precision"],
    sort: r.sort_key === UNDATED ? null : r.sort_key,
    status: r.status as Story["status"],
    claims: JSON.parse(r.claims),
    reported: r.first_reported,
    sources: [],
  };
}

const STORY_COLS = `id, skey, type, mode, participants, date, location, precision, sort_key, status, claims, source_count, first_reported`;

export class SqlStore implements Store {
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
      for (let i = 0; i < 4; i++) await db.run(`INSERT INTO article_bands (band, value, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [i, b[i], rec.id]);
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
    for (const a of rec.actors) {
      const n = counts.get(a.id) ?? 0;
      await db.run(
        `INSERT INTO actors (id, name, type, code, mentions, articles) VALUES (?, ?, ?, ?, ?, 1)
         ON CONFLICT (id) DO UPDATE SET mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1`,
        [a.id, a.name, a.type, a.code, n],
      );
      await db.run(`INSERT INTO article_actors (article_id, actor_id, mentions) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [rec.id, a.id, n]);
    }
    for (const ev of p.events) {
      const key = storyKey(ev);
      // Candidates in the order they were created (their first source's article, as stored),
      // as the pure merge (mergeStories) sees them: an event compatible with several joins the oldest.
      const rows = await db.all<StoryRow>(
        `SELECT ${STORY_COLS.split(", ").map((c) => `s.${c}`).join(", ")} FROM stories s
         LEFT JOIN story_sources ss ON ss.story_id = s.id AND ss.pos = 0 LEFT JOIN articles a ON a.id = ss.article_id
         WHERE s.skey = ? ORDER BY a.seq, s.id`,
        [key],
      );
      const heads: StoryHead[] = rows.map((r) => ({ id: r.id, key: r.skey, type: r.type, participants: JSON.parse(r.participants), date: r.date, location: r.location, reported: r.first_reported }));
      const hit = findStory(heads, ev);
      let story: Story;
      let pos: number;
      if (hit >= 0) {
        const r = rows[hit]!;
        story = extendStory(storyFromRow(r), ev);
        pos = await this.nextPos(story.id);
        await db.run(
          `UPDATE stories SET mode = ?, date = ?, location = ?, precision = ?, sort_key = ?, status = ?, claims = ?, source_count = source_count + 1 WHERE id = ?`,
          [story.mode, story.date, story.location, story.precision, story.sort ?? UNDATED, story.status, JSON.stringify(story.claims), story.id],
        );
        res.storiesJoined++;
      } else {
        story = newStory(ev);
        pos = 0;
        await this.insertStory(story, 1);
        res.storiesCreated++;
      }
      const added = await db.run(`INSERT INTO story_sources (article_id, event_id, story_id, pos, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, [
        ev.articleId,
        ev.eventId,
        story.id,
        pos,
        JSON.stringify(ev),
      ]);
      if (!added) throw new Error(`event ${ev.eventId} of article ${ev.articleId} is listed twice`);
      await this.addStoryActors(story.id, [ev]);
    }
  }

  private async insertStory(story: Story, count: number): Promise<void> {
    await this.db.run(`INSERT INTO stories (${STORY_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      story.id,
      story.key,
      story.type,
      story.mode,
      JSON.stringify(story.participants),
      story.date,
      story.location,
      story.precision,
      story.sort ?? UNDATED,
      story.status,
      JSON.stringify(story.claims),
      count,
      story.reported,
    ]);
  }

  private async addStoryActors(storyId: string, evs: SourcedEvent[]): Promise<void> {
    const keys = new Set<string>();
    for (const ev of evs) for (const k of [...ev.participants, ...ev.actor, ...ev.recipient, ...ev.third_party]) keys.add(k.toLowerCase());
    for (const k of keys) await this.db.run(`INSERT INTO story_actors (actor, story_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [k, storyId]);
  }

  private async nextPos(storyId: string): Promise<number> {
    const r = await this.db.get<{ p: number }>(`SELECT COALESCE(MAX(pos), -1) + 1 AS p FROM story_sources WHERE story_id = ?`, [storyId]);
    return Number(r?.p ?? 0);
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
    const rows = await db.all<{ story_id: string; event_id: string; data: string }>(`SELECT story_id, event_id, data FROM story_sources WHERE article_id = ? ORDER BY story_id, pos`, [originalId]);
    for (const r of rows) {
      const ev: SourcedEvent = { ...(JSON.parse(r.data) as SourcedEvent), articleId: copyId, outlet: copy.outlet, url: copy.url, title: copy.title, published: copy.published, syndicated: true, copyOf: originalId };
      await db.run(`INSERT INTO story_sources (article_id, event_id, story_id, pos, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, [copyId, r.event_id, r.story_id, await this.nextPos(r.story_id), JSON.stringify(ev)]);
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
      const head = await db.get<StoryRow>(`SELECT ${STORY_COLS} FROM stories WHERE id = ?`, [story_id]);
      const rest = await db.all<{ data: string }>(`SELECT data FROM story_sources WHERE story_id = ? ORDER BY pos`, [story_id]);
      await db.run(`DELETE FROM story_actors WHERE story_id = ?`, [story_id]);
      await db.run(`DELETE FROM stories WHERE id = ?`, [story_id]);
      const listed = rest.map((r) => JSON.parse(r.data) as SourcedEvent);
      // The story derives from its independent sources; other originals' copies stay listed.
      const sources = listed.filter((x) => !x.syndicated);
      if (sources.length === 0 || !head) {
        await db.run(`DELETE FROM story_sources WHERE story_id = ?`, [story_id]);
        continue;
      }
      const story = summarizeStory({ id: head.id, key: head.skey }, sources);
      await this.insertStory(story, sources.length);
      for (let i = 0; i < listed.length; i++) await db.run(`UPDATE story_sources SET pos = ? WHERE article_id = ? AND event_id = ?`, [i, listed[i]!.articleId, listed[i]!.eventId]);
      await this.addStoryActors(story.id, sources);
    }
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
      const m = this.index.matchSeqs(f.query);
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
    const cols = STORY_COLS.split(", ")
      .map((c) => `s.${c}`)
      .join(", ");
    const rows = await this.db.all<StoryRow>(`SELECT ${cols} FROM ${from}`, params);
    if (rows.length === 0) return [];
    const sources = new Map<string, SourcedEvent[]>();
    for (let i = 0; i < rows.length; i += 500) {
      const ids = rows.slice(i, i + 500).map((r) => r.id);
      const src = await this.db.all<{ story_id: string; data: string }>(`SELECT story_id, data FROM story_sources WHERE story_id IN (${ids.map(() => "?").join(",")}) ORDER BY story_id, pos`, ids);
      for (const s of src) {
        let l = sources.get(s.story_id);
        if (!l) sources.set(s.story_id, (l = []));
        l.push(JSON.parse(s.data) as SourcedEvent);
      }
    }
    return rows.map((r) => {
      const s = storyFromRow(r);
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
        sourceCount: Number(r.source_count),
        sources: sources.get(s.id) ?? [],
      };
    });
  }

  async timelineRows(f: TimelineFilter = {}): Promise<StoryEventHead[]> {
    const w = await this.timelineWhere(f);
    if (!w) return [];
    const { from, params } = SqlStore.paged(w, f);
    // The first source comes from the same query (lowest pos): one JSON document per row, not all.
    const cols = STORY_COLS.split(", ")
      .filter((c) => c !== "claims")
      .map((c) => `s.${c}`)
      .join(", ");
    const sql = `SELECT ${cols}, (SELECT ss.data FROM story_sources ss WHERE ss.story_id = s.id ORDER BY ss.pos LIMIT 1) AS first FROM ${from}`;
    const rows = await this.db.all<Omit<StoryRow, "claims"> & { first: string | null }>(sql, params);
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      mode: r.mode,
      participants: JSON.parse(r.participants) as string[],
      date: r.date,
      precision: r.precision as StoryEventHead["precision"],
      sort: r.sort_key === UNDATED ? null : r.sort_key,
      location: r.location,
      status: r.status as StoryEventHead["status"],
      sourceCount: Number(r.source_count),
      first: r.first == null ? null : (JSON.parse(r.first) as SourcedEvent),
    }));
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
      `SELECT COUNT(*) AS n FROM stories s WHERE s.source_count <> (SELECT COUNT(*) FROM story_sources ss JOIN articles a ON a.id = ss.article_id WHERE ss.story_id = s.id AND a.duplicate_of IS NULL)`,
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
