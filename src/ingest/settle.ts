/**
 * The store's clue to an article's year: an article whose text leaves the year open
 * (`reference_date.year_known === false`) is analysed again with the reference dates of the dated
 * articles that share a story event with it (`CallerOptions.storyDates`, read by the time stage).
 * Run at the end of an ingest for its own undated articles, and by `reanalyze` over the store.
 */
import type { Store } from "../store/store.js";
import type { PreparedArticle } from "../store/store.js";
import type { Pool } from "./pool.js";
import { captureOf } from "./prepare.js";
import { sourcedEvents, storyKey } from "../story/merge.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
/** At most this many dates are handed over (the earliest and latest matter). */
const MAX_DATES = 20;

export interface SettleOptions {
  pool: Pool;
  batchSize: number;
  onProblem?(where: string, problem: string): void;
}

/** Whether a stored record's year is open (the text left it unsettled). */
export function yearOpen(rec: { reference_date?: { year_known?: boolean; basis?: string } }): boolean {
  return rec.reference_date?.year_known === false;
}

/**
 * Re-analyses the year-open articles `ids` (null: every year-open article of the store) that share
 * a story with dated articles. Returns how many were re-analysed.
 */
export async function settleYears(store: Store, ids: Set<string> | null, o: SettleOptions): Promise<number> {
  let open = ids;
  if (!open) {
    open = new Set<string>();
    for await (const a of store.records()) if (yearOpen(a.record)) open.add(a.id);
  }
  if (!open.size) return 0;
  // Dated articles that report the same happening: the same type and participants, and a date
  // that agrees once the open year is set aside ("XXXX-05-10" and "2025-05-10"). Matched here on
  // the stored sources, so that an open year need not have joined the story event already.
  // The open articles' events are read from their records; the other reports of the same kinds of
  // happening from the store's index of lines (`storySources`), not from the whole timeline.
  const dated = new Map<string, Array<{ date: string | null; reported: string }>>();
  const mine: Array<{ article: string; key: string; date: string | null }> = [];
  for (const id of open) {
    const a = await store.article(id);
    if (a) for (const s of sourcedEvents(a.record)) mine.push({ article: id, key: storyKey(s), date: s.date });
  }
  for (const s of await store.storySources([...new Set(mine.map((m) => m.key))])) {
    if (open.has(s.articleId) || !s.reported || !ISO_DAY.test(s.reported) || s.syndicated) continue;
    const key = storyKey(s);
    const list = dated.get(key) ?? [];
    list.push({ date: s.date, reported: s.reported.slice(0, 10) });
    dated.set(key, list);
  }
  const dates = new Map<string, Set<string>>();
  for (const m of mine) {
    for (const d of dated.get(m.key) ?? []) {
      if (!sameDay(m.date, d.date)) continue;
      const set = dates.get(m.article) ?? new Set<string>();
      set.add(d.reported);
      dates.set(m.article, set);
    }
  }
  let done = 0;
  const todo = [...dates.entries()];
  for (let i = 0; i < todo.length; i += Math.max(1, o.batchSize)) {
    const slice = todo.slice(i, i + Math.max(1, o.batchSize));
    const tasks: Array<{ id: string; run: ReturnType<Pool["run"]> }> = [];
    for (const [id, set] of slice) {
      const a = await store.article(id);
      if (!a) continue;
      const sorted = [...set].sort();
      const storyDates = sorted.length > MAX_DATES ? [...sorted.slice(0, MAX_DATES / 2), ...sorted.slice(-MAX_DATES / 2)] : sorted;
      const prev = a.capture.options.storyDates ?? [];
      if (prev.length === storyDates.length && prev.every((d, k) => d === storyDates[k])) continue;
      tasks.push({ id, run: o.pool.run({ n: tasks.length, capture: captureOf(a.capture), options: { ...a.capture.options, storyDates } }) });
    }
    const batch: PreparedArticle[] = [];
    for (const t of tasks) {
      const r = await t.run;
      if (r.errors.length) o.onProblem?.(t.id, r.errors.join("; "));
      // The id is the hash of the capture: the same article, whatever the options.
      if (r.prepared.record.id !== t.id) r.prepared.record = { ...r.prepared.record, id: t.id };
      batch.push(r.prepared);
    }
    if (batch.length) {
      await store.ingest(batch, { replace: true });
      done += batch.length;
    }
  }
  return done;
}

/** Two event dates that can be the same day: both name a day, and the month and day agree (a year may be XXXX). */
function sameDay(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const md = (v: string): string | null => /^(?:\d{4}|XXXX)-(\d{2}-\d{2})/.exec(v)?.[1] ?? null;
  const x = md(a);
  const y = md(b);
  return x !== null && x === y;
}
