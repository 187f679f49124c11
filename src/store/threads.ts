/**
 * Story threads in SQL: how rare each kind of evidence is (`term_df`), finding the threads an
 * article may join (`thread_keys`: a thread's heaviest pairs, names and words, with its last
 * day), joining or opening one, joining threads that grew alike, re-grouping a thread when an
 * article leaves it. The decisions are src/story/threads.ts's.
 */
import type { Db } from "./db.js";
import type { AnalysisRecord } from "../record/record.js";
import { sourcedEvents } from "../story/merge.js";
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
/** Threads looked at per key of an article (the most recently active). */
const PER_KEY = 6;
/** A thread with more articles than this looks for threads to join only when its keys change. */
const YOUNG = 8;
/** Threads larger than this are not re-grouped when an article leaves (their profile is kept). */
export const REGROUP_MAX = 500;

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

// Parsed thread profiles, by id and the JSON they were parsed from (a thread is read by many
// articles in a row; parsing is the costly part of comparing).
const parsed = new Map<string, { json: string; profile: Profile }>();
function remember(id: string, json: string, profile: Profile): void {
  parsed.delete(id);
  if (parsed.size >= 4096) parsed.delete(parsed.keys().next().value!);
  parsed.set(id, { json, profile });
}
function profileOf(t: Pick<ThreadRow, "id" | "profile">): Profile {
  const hit = parsed.get(t.id);
  if (hit && hit.json === t.profile) return hit.profile;
  const profile = JSON.parse(t.profile) as Profile;
  remember(t.id, t.profile, profile);
  return profile;
}

/** The keys a thread is found by: its heaviest pairs of sides, names and words. */
export function lookupKeys(p: Profile, n = 4): string[] {
  const heavy = (w: Record<string, number>, kind: string, k: number) =>
    Object.entries(w)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([x]) => `${kind}:${x}`);
  return [...heavy(p.dy, "dy", n), ...heavy(p.co, "co", n), ...heavy(p.te, "te", n)];
}

/**
 * How many articles each kind of evidence was seen in (`term_df`), kept in memory as articles
 * arrive and written once per stored batch (`flush`, inside its transaction). Counts read from
 * the store are cached; other writers' counts are seen when a key is first read (a statistic:
 * a little staleness only shifts weights).
 */
export class DocFreq {
  private counts = new Map<string, number>();
  private pending = new Map<string, number>();

  /** Counts an article's evidence and returns its weighted profile (`raw`: before weighting). */
  async weigh(db: Db, raw: Profile): Promise<Profile> {
    const keys = [TOTAL, ...profileKeys(raw)];
    const missing = keys.filter((k) => !this.counts.has(k));
    for (let i = 0; i < missing.length; i += 200) {
      const part = missing.slice(i, i + 200);
      for (const k of part) this.counts.set(k, 0);
      for (const r of await db.all<{ key: string; n: number }>(`SELECT key, n FROM term_df WHERE key IN (${part.map(() => "?").join(", ")})`, part)) this.counts.set(r.key, Number(r.n));
    }
    for (const k of keys) {
      this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
      this.pending.set(k, (this.pending.get(k) ?? 0) + 1);
    }
    return weighProfile(raw, this.counts, this.counts.get(TOTAL) ?? 1);
  }

  /** Weighs a profile with the counts as they are (counting nothing). */
  async weighOnly(db: Db, raw: Profile): Promise<Profile> {
    const keys = [TOTAL, ...profileKeys(raw)].filter((k) => !this.counts.has(k));
    for (let i = 0; i < keys.length; i += 200) {
      const part = keys.slice(i, i + 200);
      for (const k of part) this.counts.set(k, 0);
      for (const r of await db.all<{ key: string; n: number }>(`SELECT key, n FROM term_df WHERE key IN (${part.map(() => "?").join(", ")})`, part)) this.counts.set(r.key, Number(r.n));
    }
    return weighProfile(raw, this.counts, Math.max(1, this.counts.get(TOTAL) ?? 1));
  }

  /** Writes the counts gathered since the last flush. */
  async flush(db: Db): Promise<void> {
    const all = [...this.pending].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    this.pending.clear();
    for (let i = 0; i < all.length; i += 250) {
      const part = all.slice(i, i + 250);
      await db.run(`INSERT INTO term_df (key, n) VALUES ${part.map(() => "(?, ?)").join(", ")} ON CONFLICT (key) DO UPDATE SET n = term_df.n + excluded.n`, part.flat());
    }
    if (this.counts.size > 500_000) this.counts.clear();
  }

  /** Forgets everything (a transaction that wrote counts was rolled back, or the table was emptied). */
  reset(): void {
    this.counts.clear();
    this.pending.clear();
  }
}

function round(p: Profile): Profile {
  const r = (w: Record<string, number>) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return { ...p, dy: r(p.dy), co: r(p.co), te: r(p.te), pl: r(p.pl), ty: r(p.ty) };
}

async function candidates(db: Db, p: Profile, except?: string): Promise<ThreadRow[]> {
  const keys = lookupKeys(p, 2);
  if (keys.length === 0) return [];
  const since = p.first ? dayString(dayNumber(p.first) - GAP_END) : NO_DAY;
  const sql = keys.map(() => `SELECT * FROM (SELECT thread_id FROM thread_keys WHERE key = ? AND last_day >= ? ORDER BY last_day DESC LIMIT ${PER_KEY}) k`).join(" UNION ");
  const ids = (await db.all<{ thread_id: string }>(sql, keys.flatMap((k) => [k, since]))).map((r) => r.thread_id).filter((id) => id !== except);
  if (ids.length === 0) return [];
  const rows = await db.all<ThreadRow>(`SELECT * FROM threads WHERE id IN (${ids.map(() => "?").join(", ")})`, ids);
  return rows.sort((a, b) => Number(a.first_seq) - Number(b.first_seq));
}

/** Days a key's last day may lag behind its thread's (keys are found by "active since"). */
const KEY_DAY_SLACK = 7;

/** The keys a thread is stored under and the last day they carry (column `threads.keys`). */
interface Keys {
  k: string[];
  d: string | null;
}
const keysOf = (t: Pick<ThreadRow, "keys">): Keys => JSON.parse(t.keys) as Keys;

/**
 * The thread's lookup keys, written when they change or its last day moves on by a week. A key
 * stays while it is among the heaviest few more than `lookupKeys` takes (so that keys do not
 * come and go with every article).
 */
async function writeKeys(db: Db, id: string, p: Profile, old: string[], oldDay: string | null): Promise<Keys> {
  const wide = new Set(lookupKeys(p, 7));
  const keys = [...new Set([...old.filter((k) => wide.has(k)), ...lookupKeys(p)])];
  const day = p.last ?? NO_DAY;
  const gone = old.filter((k) => !keys.includes(k));
  const fresh = keys.filter((k) => !old.includes(k));
  const moved = oldDay == null || (day !== oldDay && (oldDay === NO_DAY || dayNumber(day) - dayNumber(oldDay) >= KEY_DAY_SLACK || day < oldDay));
  if (gone.length) await db.run(`DELETE FROM thread_keys WHERE thread_id = ? AND key IN (${gone.map(() => "?").join(", ")})`, [id, ...gone]);
  const write = moved ? keys : fresh;
  if (write.length)
    await db.run(
      `INSERT INTO thread_keys (key, thread_id, last_day) VALUES ${write.map(() => "(?, ?, ?)").join(", ")} ON CONFLICT (key, thread_id) DO UPDATE SET last_day = excluded.last_day`,
      write.flatMap((k) => [k, id, moved ? day : (oldDay ?? day)]),
    );
  return { k: keys, d: moved ? day : oldDay };
}

/** Writes a thread; true when the keys it is found by changed. */
async function saveThread(db: Db, t: { id: string; firstSeq: number; articles: number; profile: Profile; old: Keys | null }, now: string): Promise<boolean> {
  const p = round(t.profile);
  const keys = await writeKeys(db, t.id, p, t.old?.k ?? [], t.old?.d ?? null);
  const changed = !t.old || keys.k.length !== t.old.k.length || keys.k.some((k) => !t.old!.k.includes(k));
  const args = [t.articles, p.first, p.last ?? NO_DAY, JSON.stringify(p), JSON.stringify(keys), now];
  if (t.old) await db.run(`UPDATE threads SET first_seq = ?, articles = ?, first_day = ?, last_day = ?, profile = ?, keys = ?, updated_at = ? WHERE id = ?`, [t.firstSeq, ...args, t.id]);
  else {
    await db.run(`INSERT INTO threads (id, first_seq, articles, first_day, last_day, profile, keys, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [t.id, t.firstSeq, ...args]);
    // A story split off again under the id it had before it was joined: the id is its own again.
    await db.run(`DELETE FROM thread_aliases WHERE old_id = ?`, [t.id]);
  }
  remember(t.id, args[3] as string, p);
  return changed;
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
    const tp = profileOf(c);
    const s = similarity(a.profile, tp);
    if (s.score >= JOIN_AT && s.score > bestScore) {
      best = c;
      bestScore = s.score;
      why = `joined: ${describeSimilarity(a.profile, tp, s)}`;
    }
  }
  let thread: { id: string; firstSeq: number; articles: number; profile: Profile; old: Keys | null };
  let created = 0;
  if (best) {
    thread = { id: best.id, firstSeq: Number(best.first_seq), articles: Number(best.articles) + 1, profile: addProfiles(profileOf(best), a.profile), old: keysOf(best) };
  } else {
    thread = { id: threadId(a.id), firstSeq: a.seq, articles: 1, profile: addProfiles(emptyProfile(), a.profile), old: null };
    why = cands.length ? `opened: no story similar enough (best ${Math.max(0, ...cands.map((c) => similarity(a.profile, profileOf(c)).score))} < ${JOIN_AT})` : "opened: first article on these sides and words";
    created = 1;
  }
  const rekeyed = await saveThread(db, thread, now);
  await db.run(`INSERT INTO thread_members (article_id, thread_id, seq, counted, why) VALUES (?, ?, ?, 1, ?)`, [a.id, thread.id, a.seq, why]);
  // A young thread, or one whose main sides or words just changed, may now be another's twin.
  if (!rekeyed && thread.articles > YOUNG) return { thread: thread.id, created, merged: 0 };
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
    const mp = profileOf(me);
    let other: ThreadRow | null = null;
    let why = "";
    for (const c of await candidates(db, mp, into)) {
      const cp = profileOf(c);
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
  const profile = addProfiles(profileOf(keep), profileOf(gone));
  await db.run(`UPDATE thread_members SET thread_id = ? WHERE thread_id = ?`, [keep.id, gone.id]);
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
  await saveThread(db, { id: keep.id, firstSeq: Math.min(Number(keep.first_seq), Number(gone.first_seq)), articles: Number(keep.articles) + Number(gone.articles), profile, old: keysOf(keep) }, now);
}

/**
 * Takes an article out of its thread (before it is analysed again) and groups the articles left
 * as `clusterProfiles` would, from their stored records: the group holding the oldest article
 * keeps the id, the others become threads of their own (a split). A thread left empty is deleted.
 */
export async function leaveThread(db: Db, df: DocFreq, articleId: string, now: string): Promise<void> {
  const a = await db.get<{ thread_id: string }>(`SELECT thread_id FROM thread_members WHERE article_id = ?`, [articleId]);
  if (!a) return;
  const id = a.thread_id;
  await db.run(`DELETE FROM thread_members WHERE article_id = ?`, [articleId]);
  const t = await db.get<ThreadRow>(`SELECT * FROM threads WHERE id = ?`, [id]);
  if (!t) return;
  if (Number(t.articles) - 1 > REGROUP_MAX) {
    await db.run(`UPDATE threads SET articles = articles - 1, updated_at = ? WHERE id = ?`, [now, id]);
    return;
  }
  const members = await db.all<{ id: string; seq: number; record: string }>(
    `SELECT m.article_id AS id, m.seq, a.record FROM thread_members m JOIN articles a ON a.id = m.article_id WHERE m.thread_id = ? AND m.counted = 1 ORDER BY m.seq`,
    [id],
  );
  if (members.length === 0) {
    await db.run(`DELETE FROM thread_keys WHERE thread_id = ?`, [id]);
    await db.run(`DELETE FROM threads WHERE id = ?`, [id]);
    await db.run(`DELETE FROM thread_members WHERE thread_id = ?`, [id]);
    await db.run(`UPDATE stories SET thread_id = NULL WHERE thread_id = ?`, [id]);
    return;
  }
  const profiles: Profile[] = [];
  for (const m of members) {
    const rec = JSON.parse(m.record) as AnalysisRecord;
    profiles.push(await df.weighOnly(db, rawProfile(rec, sourcedEvents(rec))));
  }
  const groups = clusterProfiles(profiles);
  for (const [g, idxs] of groups.entries()) {
    const profile = idxs.reduce((p, i) => addProfiles(p, profiles[i]!), emptyProfile());
    const first = members[idxs[0]!]!;
    if (g === 0) {
      await saveThread(db, { id, firstSeq: Number(first.seq), articles: idxs.length, profile, old: keysOf(t) }, now);
      continue;
    }
    const tid = threadId(first.id);
    await saveThread(db, { id: tid, firstSeq: Number(first.seq), articles: idxs.length, profile, old: null }, now);
    const ids = idxs.map((i) => members[i]!.id);
    for (let k = 0; k < ids.length; k += 500) {
      const part = ids.slice(k, k + 500);
      const q = part.map(() => "?").join(", ");
      await db.run(`UPDATE thread_members SET thread_id = ?, why = ? WHERE article_id IN (${q})`, [tid, `split from ${id} when an article left it`, ...part]);
      await db.run(`UPDATE thread_members SET thread_id = ? WHERE article_id IN (SELECT id FROM articles WHERE duplicate_of IN (${q}))`, [tid, ...part]);
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
