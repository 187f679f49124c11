/**
 * Story threads in SQL: how rare each kind of evidence is (`term_df`), finding the threads an
 * article may join (`thread_keys`: a thread's heaviest pairs, names and words, with its last
 * day), joining or opening one, joining threads that grew alike, re-grouping a thread when an
 * article leaves it. The decisions are src/story/threads.ts's.
 */
import type { Db } from "./db.js";
import type { AnalysisRecord } from "../record/record.js";
import type { SourcedEvent } from "../story/merge.js";
import { dayNumber, dayString } from "../story/dates.js";
import {
  addProfiles,
  clusterProfiles,
  describeSimilarity,
  emptyProfile,
  GAP_END,
  JOIN_AT,
  MERGE_AT,
  profileKeys,
  rawProfile,
  similarity,
  threadId,
  weighProfile,
  type Profile,
} from "../story/threads.js";

/** The key of the number of articles counted in `term_df`. */
const TOTAL = "#articles";
/** Threads looked at per key of an article. */
const PER_KEY = 8;
/** Threads larger than this are not re-grouped when an article leaves (their profile is kept). */
export const REGROUP_MAX = 5000;

export interface ThreadRow {
  id: string;
  first_seq: number;
  articles: number;
  first_day: string | null;
  last_day: string;
  profile: string;
  keys: string;
  updated_at: string;
}

const NO_DAY = "0000-00-00";

/** The keys a thread is found by: its heaviest pairs of sides, names and words. */
export function lookupKeys(p: Profile, n = 4): string[] {
  const heavy = (w: Record<string, number>, kind: string, k: number) =>
    Object.entries(w)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([x]) => `${kind}:${x}`);
  return [...heavy(p.dy, "dy", n), ...heavy(p.co, "co", n), ...heavy(p.te, "te", n)];
}

/** Counts the article's evidence into the document frequencies and returns its weighted profile. */
export async function profileArticle(db: Db, rec: AnalysisRecord, events: SourcedEvent[]): Promise<Profile> {
  const raw = rawProfile(rec, events);
  const keys = [TOTAL, ...profileKeys(raw)];
  const df = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 200) {
    const part = keys.slice(i, i + 200);
    await db.run(`INSERT INTO term_df (key, n) VALUES ${part.map(() => "(?, 1)").join(", ")} ON CONFLICT (key) DO UPDATE SET n = term_df.n + 1`, part);
    for (const r of await db.all<{ key: string; n: number }>(`SELECT key, n FROM term_df WHERE key IN (${part.map(() => "?").join(", ")})`, part)) df.set(r.key, Number(r.n));
  }
  return weighProfile(raw, df, df.get(TOTAL) ?? 1);
}

function round(p: Profile): Profile {
  const r = (w: Record<string, number>) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return { ...p, dy: r(p.dy), co: r(p.co), te: r(p.te), pl: r(p.pl), ty: r(p.ty) };
}

async function candidates(db: Db, p: Profile, except?: string): Promise<ThreadRow[]> {
  const keys = lookupKeys(p, 3);
  if (keys.length === 0) return [];
  const since = p.first ? dayString(dayNumber(p.first) - GAP_END) : NO_DAY;
  const sql = keys.map(() => `SELECT * FROM (SELECT thread_id FROM thread_keys WHERE key = ? AND last_day >= ? ORDER BY last_day DESC LIMIT ${PER_KEY}) k`).join(" UNION ");
  const ids = (await db.all<{ thread_id: string }>(sql, keys.flatMap((k) => [k, since]))).map((r) => r.thread_id).filter((id) => id !== except);
  if (ids.length === 0) return [];
  const rows = await db.all<ThreadRow>(`SELECT * FROM threads WHERE id IN (${ids.map(() => "?").join(", ")})`, ids);
  return rows.sort((a, b) => Number(a.first_seq) - Number(b.first_seq));
}

async function writeKeys(db: Db, id: string, p: Profile, old: string[]): Promise<string[]> {
  const keys = lookupKeys(p);
  const day = p.last ?? NO_DAY;
  const gone = old.filter((k) => !keys.includes(k));
  if (gone.length) await db.run(`DELETE FROM thread_keys WHERE thread_id = ? AND key IN (${gone.map(() => "?").join(", ")})`, [id, ...gone]);
  if (keys.length)
    await db.run(
      `INSERT INTO thread_keys (key, thread_id, last_day) VALUES ${keys.map(() => "(?, ?, ?)").join(", ")} ON CONFLICT (key, thread_id) DO UPDATE SET last_day = excluded.last_day`,
      keys.flatMap((k) => [k, id, day]),
    );
  return keys;
}

async function saveThread(db: Db, t: { id: string; firstSeq: number; articles: number; profile: Profile; oldKeys: string[] | null }, now: string): Promise<void> {
  const p = round(t.profile);
  const keys = await writeKeys(db, t.id, p, t.oldKeys ?? []);
  const args = [t.articles, p.first, p.last ?? NO_DAY, JSON.stringify(p), JSON.stringify(keys), now];
  if (t.oldKeys) await db.run(`UPDATE threads SET first_seq = ?, articles = ?, first_day = ?, last_day = ?, profile = ?, keys = ?, updated_at = ? WHERE id = ?`, [t.firstSeq, ...args, t.id]);
  else await db.run(`INSERT INTO threads (id, first_seq, articles, first_day, last_day, profile, keys, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [t.id, t.firstSeq, ...args]);
}

/**
 * Puts a counted article (already stored, `seq`) in a thread: the most similar from `JOIN_AT`,
 * else a new one; then joins into it (or it into) any thread that has grown as similar as
 * `MERGE_AT`. Returns the article's thread and how many threads were opened and joined.
 */
export async function assignThread(db: Db, a: { id: string; seq: number; profile: Profile }, now: string): Promise<{ thread: string; created: number; merged: number }> {
  const cands = await candidates(db, a.profile);
  let best: ThreadRow | null = null;
  let bestScore = -1;
  let why = "";
  for (const c of cands) {
    const tp = JSON.parse(c.profile) as Profile;
    const s = similarity(a.profile, tp);
    if (s.score >= JOIN_AT && s.score > bestScore) {
      best = c;
      bestScore = s.score;
      why = `joined: ${describeSimilarity(a.profile, tp, s)}`;
    }
  }
  let thread: { id: string; firstSeq: number; articles: number; profile: Profile; oldKeys: string[] | null };
  let created = 0;
  if (best) {
    thread = { id: best.id, firstSeq: Number(best.first_seq), articles: Number(best.articles) + 1, profile: addProfiles(JSON.parse(best.profile) as Profile, a.profile), oldKeys: JSON.parse(best.keys) as string[] };
  } else {
    thread = { id: threadId(a.id), firstSeq: a.seq, articles: 1, profile: addProfiles(emptyProfile(), a.profile), oldKeys: null };
    why = cands.length ? `opened: no story similar enough (best ${Math.max(0, ...cands.map((c) => similarity(a.profile, JSON.parse(c.profile) as Profile).score))} < ${JOIN_AT})` : "opened: first article on these sides and words";
    created = 1;
  }
  await saveThread(db, thread, now);
  await db.run(`UPDATE articles SET thread_id = ?, profile = ?, thread_why = ? WHERE id = ?`, [thread.id, JSON.stringify(round(a.profile)), why, a.id]);
  const merged = await mergeSimilar(db, thread.id, now);
  return { thread: merged.into, created, merged: merged.count };
}

/** Joins threads that have grown as similar as `MERGE_AT` to `id`; the older id stays. */
async function mergeSimilar(db: Db, id: string, now: string): Promise<{ into: string; count: number }> {
  let into = id;
  let count = 0;
  for (let round = 0; round < 5; round++) {
    const me = await db.get<ThreadRow>(`SELECT * FROM threads WHERE id = ?`, [into]);
    if (!me) break;
    const mp = JSON.parse(me.profile) as Profile;
    let other: ThreadRow | null = null;
    let why = "";
    for (const c of await candidates(db, mp, into)) {
      const cp = JSON.parse(c.profile) as Profile;
      const s = similarity(mp, cp);
      if (s.score >= MERGE_AT) {
        other = c;
        why = describeSimilarity(mp, cp, s);
        break;
      }
    }
    if (!other) break;
    const [keep, gone] = Number(other.first_seq) < Number(me.first_seq) || (Number(other.first_seq) === Number(me.first_seq) && other.id < me.id) ? [other, me] : [me, other];
    await joinThreads(db, keep, gone, why, now);
    into = keep.id;
    count++;
  }
  return { into, count };
}

async function joinThreads(db: Db, keep: ThreadRow, gone: ThreadRow, why: string, now: string): Promise<void> {
  const profile = addProfiles(JSON.parse(keep.profile) as Profile, JSON.parse(gone.profile) as Profile);
  await db.run(`UPDATE articles SET thread_id = ? WHERE thread_id = ?`, [keep.id, gone.id]);
  await db.run(`UPDATE stories SET thread_id = ? WHERE thread_id = ?`, [keep.id, gone.id]);
  await db.run(`DELETE FROM thread_keys WHERE thread_id = ?`, [gone.id]);
  await db.run(`DELETE FROM threads WHERE id = ?`, [gone.id]);
  await db.run(`UPDATE thread_aliases SET thread_id = ? WHERE thread_id = ?`, [keep.id, gone.id]);
  await db.run(`INSERT INTO thread_aliases (old_id, thread_id, joined_at, why) VALUES (?, ?, ?, ?) ON CONFLICT (old_id) DO UPDATE SET thread_id = excluded.thread_id, joined_at = excluded.joined_at, why = excluded.why`, [
    gone.id,
    keep.id,
    now,
    why,
  ]);
  await saveThread(db, { id: keep.id, firstSeq: Math.min(Number(keep.first_seq), Number(gone.first_seq)), articles: Number(keep.articles) + Number(gone.articles), profile, oldKeys: JSON.parse(keep.keys) as string[] }, now);
}

/**
 * Takes an article out of its thread (before it is analysed again or removed) and groups the
 * articles left as `clusterProfiles` would: the group holding the oldest article keeps the id,
 * the others become threads of their own (a split). A thread left empty is deleted.
 */
export async function leaveThread(db: Db, articleId: string, now: string): Promise<void> {
  const a = await db.get<{ thread_id: string | null }>(`SELECT thread_id FROM articles WHERE id = ?`, [articleId]);
  const id = a?.thread_id;
  if (!id) return;
  await db.run(`UPDATE articles SET thread_id = NULL, thread_why = NULL WHERE id = ?`, [articleId]);
  const t = await db.get<ThreadRow>(`SELECT * FROM threads WHERE id = ?`, [id]);
  if (!t) return;
  if (Number(t.articles) - 1 > REGROUP_MAX) {
    await db.run(`UPDATE threads SET articles = articles - 1, updated_at = ? WHERE id = ?`, [now, id]);
    return;
  }
  const members = await db.all<{ id: string; seq: number; profile: string | null }>(`SELECT id, seq, profile FROM articles WHERE thread_id = ? AND duplicate_of IS NULL AND profile IS NOT NULL ORDER BY seq`, [id]);
  if (members.length === 0) {
    await db.run(`DELETE FROM thread_keys WHERE thread_id = ?`, [id]);
    await db.run(`DELETE FROM threads WHERE id = ?`, [id]);
    await db.run(`UPDATE articles SET thread_id = NULL WHERE thread_id = ?`, [id]);
    await db.run(`UPDATE stories SET thread_id = NULL WHERE thread_id = ?`, [id]);
    return;
  }
  const profiles = members.map((m) => JSON.parse(m.profile!) as Profile);
  const groups = clusterProfiles(profiles);
  for (const [g, idxs] of groups.entries()) {
    const profile = idxs.reduce((p, i) => addProfiles(p, profiles[i]!), emptyProfile());
    const first = members[idxs[0]!]!;
    const tid = g === 0 ? id : threadId(first.id);
    if (g === 0) {
      await saveThread(db, { id, firstSeq: Number(first.seq), articles: idxs.length, profile, oldKeys: JSON.parse(t.keys) as string[] }, now);
      continue;
    }
    await saveThread(db, { id: tid, firstSeq: Number(first.seq), articles: idxs.length, profile, oldKeys: null }, now);
    const ids = idxs.map((i) => members[i]!.id);
    for (let k = 0; k < ids.length; k += 500) {
      const part = ids.slice(k, k + 500);
      const q = part.map(() => "?").join(", ");
      await db.run(`UPDATE articles SET thread_id = ?, thread_why = ? WHERE id IN (${q}) OR duplicate_of IN (${q})`, [tid, `split from ${id} when an article left it`, ...part, ...part]);
      await db.run(`UPDATE stories SET thread_id = ? WHERE first_article IN (${q})`, [tid, ...part]);
    }
  }
}

/** Resolves an old thread id (joined into another) to the thread it now is. */
export async function resolveThread(db: Db, id: string): Promise<string | null> {
  if (await db.get(`SELECT id FROM threads WHERE id = ?`, [id])) return id;
  const a = await db.get<{ thread_id: string }>(`SELECT thread_id FROM thread_aliases WHERE old_id = ?`, [id]);
  return a?.thread_id ?? null;
}
