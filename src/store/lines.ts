/**
 * Story lines (table `stories`) in SQL: finding the lines an event may join (same key, dates
 * that can agree, looked up by the days they cover), adding a source, writing a line back.
 * The decisions are src/story/merge.ts's; this module only reads and writes.
 */
import type { Db } from "./db.js";
import { dateSpan, dayNumber, dayString, placedDate } from "../story/dates.js";
import { COARSE_DAYS, lineDatesMayAgree, sourceDate, extendStory, findStory, lineSpan, lookupKeys, markTaken, newStory, REPORT_WINDOW_DAYS, type MergeWhy, type SourcedEvent, type Story, type Tallies, type Taken } from "../story/merge.js";

/** Stored in place of a null sort key: sorts after every date in both backends ("C" collation). */
export const UNDATED = "~";

export interface LineRow {
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
  detail: string | null;
  first_article: string | null;
  first_seq: number;
  thread_id: string | null;
  words?: string | null;
}

/** What the timeline reads of a line; `LINE_COLS` adds the wording merges compare. */
export const VIEW_COLS = `id, skey, type, mode, participants, date, location, precision, sort_key, status, claims, source_count, first_reported, detail, first_article, first_seq, thread_id`;
export const LINE_COLS = `${VIEW_COLS}, words`;
export const lineCols = (alias: string) =>
  LINE_COLS.split(", ")
    .map((c) => `${alias}.${c}`)
    .join(", ");

interface Detail {
  /** The tallies without their words (kept in their own column). */
  tallies: Tallies;
  dateContested: boolean;
  actorCodes: string[];
  recipientCodes: string[];
}

// Parsed details of the lines last written or read, by id and the JSON they came from (a busy
// line is compared with every new report of its happening; parsing is the costly part).
const parsed = new Map<string, { detail: string; words: string | null; d: Detail }>();
function remember(id: string, detail: string, words: string | null, d: Detail): void {
  parsed.delete(id);
  if (parsed.size >= 20_000) parsed.delete(parsed.keys().next().value!);
  parsed.set(id, { detail, words, d });
}

/** A line's details (a copy: callers may keep what they derive from it). */
export function detailOf(r: Pick<LineRow, "id" | "detail" | "date" | "location" | "mode" | "first_reported" | "words">): Detail {
  if (r.detail) {
    const hit = parsed.get(r.id);
    const words = r.words === undefined ? null : r.words;
    if (hit && hit.detail === r.detail && (words == null || hit.words === words)) return { ...hit.d, tallies: { ...hit.d.tallies, words: words == null ? [] : hit.d.tallies.words } };
    const d = JSON.parse(r.detail) as Detail;
    d.tallies.words = words ? (JSON.parse(words) as string[]) : [];
    if (words != null) remember(r.id, r.detail, words, d);
    return d;
  }
  // A line written before details were kept: what its summary says.
  return {
    tallies: { dates: [{ date: r.date, articles: [] }], places: r.location ? [{ id: r.location, code: null, type: null, articles: [] }] : [], modes: r.mode ? { [r.mode]: 1 } : {}, sides: {}, words: [], reported: r.first_reported },
    dateContested: false,
    actorCodes: [],
    recipientCodes: [],
  };
}

export function lineFromRow(r: LineRow): Story {
  const d = detailOf(r);
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
    dateContested: d.dateContested,
    actorCodes: d.actorCodes,
    recipientCodes: d.recipientCodes,
    tallies: d.tallies,
    sources: [],
  };
}

/** The detail column of a line (its tallies without words) and the words column; remembered parsed. */
function detailJson(s: Story): { detail: string; words: string } {
  const d: Detail = { tallies: { ...s.tallies, words: [] }, dateContested: s.dateContested, actorCodes: s.actorCodes, recipientCodes: s.recipientCodes };
  const out = { detail: JSON.stringify(d), words: JSON.stringify(s.tallies.words) };
  remember(s.id, out.detail, out.words, { ...d, tallies: s.tallies });
  return out;
}

/**
 * Lines sharing a lookup key with the event (its type and a pair of its sides, `lookupKeys`) whose
 * dates can agree with its date: lines covering up to a month and a half (a day, a week, a month,
 * a report date) that start near it, longer ones (a season, a year) that start within ten years
 * before it, and the recent lines no calendar places. Oldest first (by their first article, then
 * id), as `mergeStories` sees them.
 */
export async function candidateLines(db: Db, ev: SourcedEvent): Promise<LineRow[]> {
  // An open year is looked up as the event reads it (`sourceDate`: ahead when planned) and as a
  // line's date reads it (the latest such day before the report: a line written before its sources'
  // open years were placed).
  const own = ev.date != null ? dateSpan(sourceDate(ev)) : null;
  const asLine = ev.date != null ? dateSpan(placedDate(ev.date, ev.reported)) : null;
  const span = own && asLine ? ([Math.min(own[0], asLine[0]), Math.max(own[1], asLine[1])] as const) : (own ?? asLine);
  const r = dayNumber(ev.reported);
  const [lo, hi] = span ?? (ev.date == null && !Number.isNaN(r) ? [r, r] : [NaN, NaN]);
  const keys = lookupKeys(ev.type, ev.participants);
  const inKeys = `key IN (${keys.map(() => "?").join(", ")})`;
  const parts: string[] = [];
  const params: unknown[] = [];
  if (!Number.isNaN(lo)) {
    const pad = REPORT_WINDOW_DAYS + 1;
    parts.push(`SELECT story_id FROM story_keys WHERE ${inKeys} AND coarse = 0 AND span_start >= ? AND span_start <= ?`);
    params.push(...keys, dayString(lo - COARSE_DAYS - pad), dayString(hi + pad));
    // (A line of up to COARSE_DAYS days that starts before lo - COARSE_DAYS - pad ends before it.)
    parts.push(`SELECT story_id FROM story_keys WHERE ${inKeys} AND coarse = 1 AND span_start >= ? AND span_start <= ?`);
    params.push(...keys, dayString(lo - 3700), dayString(hi + pad));
  }
  parts.push(`SELECT * FROM (SELECT story_id FROM story_keys WHERE ${inKeys} AND coarse = 2 ORDER BY first_seq DESC LIMIT ${50 * keys.length}) u`);
  params.push(...keys);
  const rows = await db.all<LineRow>(`SELECT ${LINE_COLS} FROM stories WHERE id IN (${parts.join(" UNION ")})`, params);
  return rows.sort((a, b) => Number(a.first_seq) - Number(b.first_seq) || (a.id < b.id ? -1 : 1));
}

/** Files a line under its lookup keys (the keys it has already are kept, their days updated). */
async function writeKeys(db: Db, s: Pick<Story, "id" | "type" | "participants">, sp: { start: string | null; coarse: number }, firstSeq: number): Promise<void> {
  const keys = lookupKeys(s.type, s.participants);
  await db.run(
    `INSERT INTO story_keys (key, story_id, coarse, span_start, first_seq) VALUES ${keys.map(() => "(?, ?, ?, ?, ?)").join(", ")}
     ON CONFLICT (key, story_id) DO UPDATE SET coarse = excluded.coarse, span_start = excluded.span_start`,
    keys.flatMap((k) => [k, s.id, sp.coarse, sp.start, firstSeq]),
  );
}

export async function insertLine(db: Db, s: Story, o: { count: number; firstArticle: string; firstSeq: number; thread: string | null }): Promise<void> {
  const sp = lineSpan(s);
  const dj = detailJson(s);
  await db.run(
    `INSERT INTO stories (${LINE_COLS}, span_start, span_end, coarse) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      s.id,
      s.key,
      s.type,
      s.mode,
      JSON.stringify(s.participants),
      s.date,
      s.location,
      s.precision,
      s.sort ?? UNDATED,
      s.status,
      JSON.stringify(s.claims),
      o.count,
      s.reported,
      dj.detail,
      o.firstArticle,
      o.firstSeq,
      o.thread,
      dj.words,
      sp.start,
      sp.end,
      sp.coarse,
    ],
  );
  await writeKeys(db, s, sp, o.firstSeq);
}

/**
 * Files every line under its lookup keys, and under the days its date covers as `lineSpan` reads
 * them now (an open year placed by the report date), in one pass over the lines (a store written
 * before the keys). Returns the number of lines.
 */
export async function fillKeys(db: Db): Promise<number> {
  let after = "";
  let n = 0;
  for (;;) {
    const rows = await db.all<{ id: string; type: string; participants: string; date: string | null; first_reported: string | null; span_start: string | null; coarse: number; first_seq: number }>(
      `SELECT id, type, participants, date, first_reported, span_start, coarse, first_seq FROM stories WHERE id > ? ORDER BY id LIMIT 1000`,
      [after],
    );
    if (rows.length === 0) return n;
    for (const r of rows) {
      const sp = lineSpan({ date: r.date, sort: null, reported: r.first_reported });
      if (sp.start !== r.span_start || sp.coarse !== Number(r.coarse)) await db.run(`UPDATE stories SET span_start = ?, span_end = ?, coarse = ? WHERE id = ?`, [sp.start, sp.end, sp.coarse, r.id]);
      await writeKeys(db, { id: r.id, type: r.type, participants: JSON.parse(r.participants) as string[] }, sp, Number(r.first_seq));
    }
    n += rows.length;
    after = rows[rows.length - 1]!.id;
  }
}

/** Removes a line and its lookup keys (its sources are the caller's). */
export async function deleteLine(db: Db, id: string): Promise<void> {
  await db.run(`DELETE FROM story_keys WHERE story_id = ?`, [id]);
  await db.run(`DELETE FROM stories WHERE id = ?`, [id]);
}

/** Writes back what a line derives from its sources (`before`: the line as it was); `added` more independent sources. */
export async function updateLine(db: Db, s: Story, added: number, before: Pick<Story, "date" | "sort" | "reported" | "participants">, firstSeq: number): Promise<void> {
  const sp = lineSpan(s);
  const was = lineSpan(before);
  const dj = detailJson(s);
  await db.run(
    `UPDATE stories SET participants = ?, mode = ?, date = ?, location = ?, precision = ?, sort_key = ?, status = ?, claims = ?, first_reported = ?, detail = ?, words = ?,
       span_start = ?, span_end = ?, coarse = ?, source_count = source_count + ? WHERE id = ?`,
    [JSON.stringify(s.participants), s.mode, s.date, s.location, s.precision, s.sort ?? UNDATED, s.status, JSON.stringify(s.claims), s.reported, dj.detail, dj.words, sp.start, sp.end, sp.coarse, added, s.id],
  );
  if (sp.start !== was.start || sp.coarse !== was.coarse || s.participants.length !== before.participants.length) await writeKeys(db, s, sp, firstSeq);
}

/** Lists an event as a line's next source (`pos`: after those listed); 0 when it is listed already. */
export async function addSourceRow(db: Db, lineId: string, ev: SourcedEvent, why: MergeWhy | null, pos?: number): Promise<number> {
  const at = pos ?? Number((await db.get<{ p: number }>(`SELECT COALESCE(MAX(pos), -1) + 1 AS p FROM story_sources WHERE story_id = ?`, [lineId]))?.p ?? 0);
  return db.run(`INSERT INTO story_sources (article_id, event_id, story_id, pos, data, why) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, [
    ev.articleId,
    ev.eventId,
    lineId,
    at,
    JSON.stringify(ev),
    why ? JSON.stringify(why) : null,
  ]);
}

export async function placeEvent(db: Db, ev: SourcedEvent, o: { taken: Taken; thread: string | null; seq: number }): Promise<{ line: string; joined: boolean }> {
  const rows = await candidateLines(db, ev);
  // Lines whose dates cannot agree are passed over before their details are read.
  const near = rows.filter((r) => lineDatesMayAgree({ date: r.date, reported: r.first_reported }, ev));
  const lines = near.map(lineFromRow);
  const hit = findStory(lines, ev, o.taken);
  let story: Story;
  let why: MergeWhy | null;
  if (hit.index >= 0) {
    const before = lines[hit.index]!;
    story = extendStory(before, ev);
    why = hit.why!;
    // (another report of the same article adds no independent source)
    await updateLine(db, story, o.taken.has(story.id) ? 0 : 1, before, Number(near[hit.index]!.first_seq));
  } else {
    story = newStory(ev);
    why = { decision: "new", line: story.id, reasons: [hit.considered.length ? "no line of this type and these participants agrees" : "first report of this type and these participants at this time"], considered: hit.considered };
    if (hit.considered.length === 0) why = null;
    await insertLine(db, story, { count: 1, firstArticle: ev.articleId, firstSeq: o.seq, thread: o.thread });
  }
  const added = await addSourceRow(db, story.id, ev, why, hit.index >= 0 ? undefined : 0);
  if (!added) throw new Error(`event ${ev.eventId} of article ${ev.articleId} is listed twice`);
  markTaken(o.taken, story.id, ev);
  return { line: story.id, joined: hit.index >= 0 };
}
