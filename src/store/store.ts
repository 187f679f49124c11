/**
 * The store: analysed articles, their raw captures, story events and a search index, behind
 * one asynchronous interface that SQLite (the default, a file in the user's data directory)
 * and PostgreSQL both implement. Every method returns a Promise so callers (the CLI, the HTTP
 * API) never depend on which backend they talk to.
 *
 * Guarantees every backend keeps (checked by test/store-contract.test.ts on both):
 * - `ingest(batch)` commits the whole batch as ONE transaction, or nothing of it.
 * - Idempotent: an article whose id (hash of the capture's bytes) is already stored, or whose
 *   canonical URL is, is not stored again (`duplicates` / `sameUrl` in the result).
 * - A near-duplicate (SimHash within 3 bits: a syndicated copy) is stored, linked to the
 *   original (`duplicateOf`), and not counted again: no events, mention counts or search hits
 *   of its own. It IS listed among the sources of the original's story events (flagged
 *   `syndicated: true`, `copyOf`): an outlet that reprinted a report reported it, and an
 *   analyst wants to see who carried it; but it is no independent confirmation, so it is not
 *   in `sourceCount`, adds no claim and changes no status or date.
 * - Events of counted articles join story events (lines; see src/story/merge.ts): same type, same
 *   participants' codes, dates, places and modes that agree, never two events of one article.
 *   Statuses in conflict make it "contested"; dates in conflict are kept and shown. Each source
 *   keeps why it joined (`explainLine`).
 * - Counted articles are grouped into story threads as they arrive (src/story/threads.ts): an
 *   article joins the most similar thread or opens one; threads that grow alike are joined (the
 *   older id stays, the other answers as an alias); re-analysing an article re-groups its thread.
 *   A line belongs to the thread of its first source's article.
 * - The raw capture is kept, so `staleArticles` + `ingest(batch, { replace: true })` can
 *   re-analyse records written by an older analyser.
 *
 * Open one with `openStore(location)` from src/store/open.ts: a file path (SQLite), or a
 * `postgres://` / `postgresql://` URL. Keep DB code out of the pipeline stages: stages produce
 * records, `prepareArticle` (src/ingest/prepare.ts) turns them into what the store takes.
 */
import type { CallerOptions, Source } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import type { Claim, DateClaim, MergeWhy, SourcedEvent, StoryStatus } from "../story/merge.js";
import type { DatePrecision } from "../story/dates.js";
import type { Profile } from "../story/threads.js";

/** The capture exactly as it arrived, kept so the article can be analysed again. */
export interface StoredCapture {
  kind: "html" | "text" | null;
  bytes: Uint8Array | null;
  text: string | null;
  source: Source;
  options: CallerOptions;
}

/** An analysis record with everything the store derives from it, computed outside the DB. */
export interface PreparedArticle {
  record: AnalysisRecord;
  capture: StoredCapture;
  canonicalUrl: string | null;
  /** 16 hex digits, or null when the text is too short to fingerprint. */
  simhash: string | null;
  /** Search forms: raw = lower-case with canonical tones; fold = diacritics removed. */
  search: { rawTitle: string; rawBody: string; foldTitle: string; foldBody: string };
  events: SourcedEvent[];
  /** What the story threads compare, before weighting (src/story/threads.ts `rawProfile`); computed from the record when absent. */
  profile?: Profile;
}

export interface IngestResult {
  added: number;
  /** Same id (same capture bytes) already stored. */
  duplicates: number;
  /** Another capture of the same canonical URL already stored. */
  sameUrl: number;
  /** Stored and linked to the original they copy; not counted. */
  nearDuplicates: number;
  /** Replaced by a new analysis (replace mode). */
  replaced: number;
  storiesCreated: number;
  storiesJoined: number;
  /** Story threads opened, and joined into others. */
  threadsCreated: number;
  threadsMerged: number;
}

export interface StoreStats {
  articles: number;
  counted: number;
  nearDuplicates: number;
  events: number;
  /** Story events (lines). */
  stories: number;
  /** Story threads. */
  threads: number;
  actors: number;
  schemaVersion: number;
}

export interface StoredArticle {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  analyzerVersion: string;
  duplicateOf: string | null;
  record: AnalysisRecord;
  capture: StoredCapture;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** "exact" when the query's own diacritics match, "folded" when only the folded form does. */
  match: "exact" | "folded";
  /** Higher is better; comparable within one result list only; 0 for a match past the ranked ones (RANK_BUDGET). */
  score: number;
}

export interface TimelineFilter {
  /**
   * Only story events some of whose source articles match this search query (folded). A query
   * matching a large part of the store looks at its 5000 most recently stored matches.
   */
  query?: string;
  /**
   * The actors `query` names (src/search/search.ts `queryActors`), one list of ids per name in
   * it: story events whose articles name one actor of every list are kept too, however the
   * articles spell the names (a query of names only; words are left to the text match).
   */
  queryActors?: string[][];
  /** Actor id, code or (part of a) name. */
  actor?: string;
  type?: string;
  /** Inclusive bounds on the event date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Only the lines of this story thread (an id, or an old id of a thread joined into another). */
  story?: string;
  /** Default 200; 0 for all. */
  limit?: number;
  offset?: number;
  /**
   * Keyset paging: only story events after this one in timeline order (its `sort`, null when
   * undated, and its `id`), so a page costs the same wherever it starts (the HTTP API's cursors).
   */
  after?: { sort: string | null; id: string };
}

/** A story event as the timeline shows it. */
export interface StoryEvent {
  id: string;
  type: string;
  mode: string | null;
  participants: string[];
  date: string | null;
  precision: DatePrecision;
  sort: string | null;
  location: string | null;
  status: StoryStatus;
  claims: Claim[];
  /** Sources give dates that disagree (the line shows the best supported; `dates` lists them all). */
  dateContested: boolean;
  /** The dates the independent sources give, with the articles giving each (null: none of their own). */
  dates: DateClaim[];
  /** Codes of who acted and on whom, in the direction most sources give. */
  actorCodes: string[];
  recipientCodes: string[];
  /** The story thread the line belongs to (its first source's), null when the store has none yet. */
  story: string | null;
  /** Independent sources (articles that are not syndicated copies). */
  sourceCount: number;
  /**
   * Every source in the order they were stored (the first is the first seen), syndicated
   * copies included (flagged `syndicated: true`; not in `sourceCount`).
   */
  sources: SourcedEvent[];
}

/**
 * A story event as a timeline LIST shows it: counts and the first source only (no claims, no
 * other sources), read without decoding every source (`Store.timelineRows`).
 */
export interface StoryEventHead extends Omit<StoryEvent, "sources" | "claims"> {
  /** The first source (the first seen), null only for a story without sources. */
  first: SourcedEvent | null;
}

/** A story thread as `stories` lists it. */
export interface StoryThread {
  id: string;
  /** "Russia–Ukraine talks": its main pair of sides and what mostly happens between them. */
  name: string;
  /** First and last day its articles speak of. */
  first: string | null;
  last: string | null;
  /** Codes of its main sides, heaviest first, with display names. */
  sides: string[];
  sideNames: Record<string, string>;
  /** Its heaviest words. */
  terms: string[];
  /** Where it happens most: its heaviest places, by name. */
  places: string[];
  /** Story events (lines) and counted articles in it. */
  events: number;
  articles: number;
  /** When an article last joined it (the store's clock). */
  updatedAt: string;
}

/** A story thread with its articles and why each is there (`stories ID`). */
export interface StoryThreadDetail extends StoryThread {
  /** Its articles, the most recently stored first (at most `MEMBERS_SHOWN`; `articles` counts them all). */
  members: Array<{ id: string; title: string | null; outlet: string | null; url: string | null; date: string | null; why: string | null }>;
  /** Its story events per month (of their date, or report date), cooperation and conflict apart. */
  months: Array<{ month: string; cooperation: number; conflict: number }>;
  /** Threads joined into this one, and why. */
  joined: Array<{ id: string; at: string; why: string | null }>;
}

/** Articles a story's detail lists. */
export const MEMBERS_SHOWN = 200;

export interface StoriesFilter {
  /** Only threads with at least this many articles (default 1). */
  minArticles?: number;
  /** Only threads some of whose articles match this search query. */
  query?: string;
  /** Default 100; 0 for all. */
  limit?: number;
  offset?: number;
}

/** A line with why every source is on it (`timeline --explain`). */
export interface LineExplanation {
  line: StoryEvent;
  sources: Array<{ articleId: string; eventId: string; outlet: string | null; date: string | null; reported: string | null; why: MergeWhy | null }>;
}

export interface ActorStat {
  id: string;
  name: string;
  type: string;
  code: string | null;
  mentions: number;
  articles: number;
}

/** A capture put on the shared work queue (`thoisu enqueue`), keyed by its article id. */
export interface QueueItem {
  id: string;
  capture: StoredCapture;
}

export interface QueuedJob extends QueueItem {
  /** Claims so far, this one included. */
  attempts: number;
}

/** Jobs leased to one worker; `token` names this lease (renew, complete and release use it). */
export interface QueueClaim {
  token: string;
  worker: string;
  jobs: QueuedJob[];
}

export interface QueueResult {
  id: string;
  prepared: PreparedArticle;
  /** Analysis errors: the capture holds no article; it is not stored and its job ends 'failed'. */
  error?: string | null;
}

export interface QueueStats {
  pending: number;
  claimed: number;
  done: number;
  failed: number;
}

/** HTTP cache validators and last outcome of a URL the watcher polls (feeds). */
export interface FetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  status: number | null;
  checkedAt: string;
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  /** Where it is (a file path or a URL without password). */
  readonly location: string;
  /** Stores a batch in one transaction. `replace`: re-analysed articles overwrite their old analysis. */
  ingest(batch: PreparedArticle[], opts?: { replace?: boolean }): Promise<IngestResult>;
  /** Which of these article ids are stored already (to skip re-analysing known captures). */
  known(ids: string[]): Promise<Set<string>>;
  article(id: string): Promise<StoredArticle | null>;
  /** Articles analysed by another analyser version than `version`, by id order, after `afterId`. */
  staleArticles(version: string, limit: number, afterId?: string): Promise<StoredArticle[]>;
  stats(): Promise<StoreStats>;
  /** Ranked articles: exact-diacritic matches first, then folded ones. */
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  /**
   * Counted articles naming any of these actors, most mentions first (then the most recently
   * stored), at most `limit`: how search finds "Zelenskyy" in an article that writes "Zelensky".
   */
  articlesWithActors(actorIds: string[], limit: number): Promise<Array<{ id: string; mentions: number }>>;
  /** Story events ordered by date (undated last). */
  timeline(filter?: TimelineFilter): Promise<StoryEvent[]>;
  /** The same story events in the same order, each with its first source only (much lighter). */
  timelineRows(filter?: TimelineFilter): Promise<StoryEventHead[]>;
  /** Story threads, the most recently active first. */
  stories(filter?: StoriesFilter): Promise<StoryThread[]>;
  /** One thread (or the thread an old id was joined into) with its articles and why they are there. */
  story(id: string): Promise<StoryThreadDetail | null>;
  /** The thread an article belongs to (a syndicated copy: its original's). */
  storyOf(articleId: string): Promise<StoryThread | null>;
  /**
   * The sources of the lines of these keys (type|participants, see `storyKey`), and of the lines
   * found by a pair of those participants (a source of that key may sit on a line that names more
   * of the parties), the lines whose dates come last first, at most `limit` lines of each kind per
   * key (default 2000): what other articles report of the same kind of happening, read through an
   * index (src/ingest/settle.ts). Each source once.
   */
  storySources(keys: string[], opts?: { limit?: number }): Promise<SourcedEvent[]>;
  /** A line (by id or unique id prefix) with why each source joined it. */
  explainLine(id: string): Promise<LineExplanation | null>;
  /** Derives every line and thread again from the stored records, in the order they were stored. */
  rebuildStories(): Promise<{ lines: number; stories: number }>;
  /** Actors by mention count (near-duplicates not counted). */
  actors(opts?: { type?: string; limit?: number; offset?: number }): Promise<ActorStat[]>;
  /** Every stored analysis record, in ingestion order. */
  records(): AsyncIterable<StoredArticle>;
  /** Consistency problems (empty when the store is sound). */
  check(): Promise<string[]>;
  /**
   * The shared work queue (many workers, many machines). `enqueue` skips captures stored or
   * queued already. `claim` leases up to `limit` pending jobs (or jobs whose lease expired) for
   * `leaseMs` (PostgreSQL: FOR UPDATE SKIP LOCKED, so workers never take the same job); a job
   * claimed `maxAttempts` times (default 5) without completing is marked failed. `renew` extends
   * the lease (heartbeat); `complete` stores the analyses and marks the jobs done in ONE
   * transaction, only for jobs this lease still holds (a lease that expired and was taken over
   * stores nothing: `lost`). `release` gives unfinished jobs back.
   */
  enqueue(items: QueueItem[]): Promise<{ queued: number; stored: number; alreadyQueued: number }>;
  claim(worker: string, opts: { limit: number; leaseMs: number; maxAttempts?: number }): Promise<QueueClaim | null>;
  renew(token: string, leaseMs: number): Promise<number>;
  complete(token: string, results: QueueResult[]): Promise<{ result: IngestResult; done: number; lost: number }>;
  release(token: string): Promise<number>;
  queueStats(): Promise<QueueStats>;
  /** Validators of a polled URL (conditional GET), remembered between runs. */
  fetchState(url: string): Promise<FetchState | null>;
  saveFetchState(state: FetchState): Promise<void>;
  /** Which of these canonical URLs (src/ingest/url.ts) are stored already. */
  knownUrls(canonicalUrls: string[]): Promise<Set<string>>;
  close(): Promise<void>;
}

/**
 * The store named cannot be used: missing (and the command only reads), not a database, not a
 * thoisu store. Its message names the location and the problem, for the person who gave it.
 */
export class StoreError extends Error {}

export function emptyResult(): IngestResult {
  return { added: 0, duplicates: 0, sameUrl: 0, nearDuplicates: 0, replaced: 0, storiesCreated: 0, storiesJoined: 0, threadsCreated: 0, threadsMerged: 0 };
}
