/**
 * Role constraints for the time stage. A title given together with a name tells when the text
 * was written: "Tổng thống Mỹ Donald Trump" ⇒ during one of Trump's terms; "cựu Tổng thống Mỹ
 * Joe Biden" ⇒ after Biden's term ended. The time stage may intersect these intervals with its
 * reference-date evidence (e.g. to pick the year of "ngày 5/2" when the page gives none).
 *
 *   import { roleConstraintsFor } from "../actors/constraints.js";
 *   const cs = roleConstraintsFor(doc, ctx);   // needs doc.text and doc.matchText only
 *   // cs[k].intervals: [{ start: "2017-01-20", end: "2021-01-20" }, { start: "2025-01-20", end: null }]
 */
import type { Doc } from "../envelope/types.js";
import type { Context } from "../pipeline/stage.js";
import type { Recogniser } from "./recognise.js";
import { recogniser } from "./load.js";
import { spanHolding } from "../envelope/spans.js";

export interface DateInterval {
  /** ISO day, inclusive. */
  start: string;
  /** ISO day, inclusive; null = open (still in office). */
  end: string | null;
}

export interface RoleConstraint {
  /** The span "Tổng thống Mỹ Donald Trump" in doc.text. */
  start: number;
  end: number;
  actor: string;
  role: string;
  of: string | null;
  former: boolean;
  /** The text's date lies in one of these intervals (their union). */
  intervals: DateInterval[];
}

type DocText = Pick<Doc, "text" | "matchText"> & Partial<Pick<Doc, "sentences" | "timexes">>;

export function roleConstraints(doc: DocText, rec: Recogniser): RoleConstraint[] {
  const out = rec.analyse({
    text: doc.text,
    matchText: doc.matchText,
    sentences: doc.sentences ?? [],
    timexes: [],
    referenceDate: { value: null, basis: "none" },
    article: null,
    source: { path: null, record_id: null, url: null, fetched_at: null },
  }, true);
  const res: RoleConstraint[] = [];
  // A titled name in a sentence that writes a year of its own ("vào năm 2023, khi Tổng thống Yoon
  // Suk Yeol thăm Tokyo") holds the title in that year, which need not be the article's: no clue.
  const sentences = doc.sentences ?? [];
  const dated = new Set<number>();
  for (const x of doc.timexes ?? []) {
    if (x.type !== "DATE" || !WRITTEN_YEAR.test(x.text)) continue;
    const s = spanHolding(sentences, x.start);
    if (s) dated.add(s.start);
  }
  for (const t of out.titled) {
    const ts = dated.size ? spanHolding(sentences, t.start) : undefined;
    if (ts && dated.has(ts.start)) continue;
    const e = rec.dict.entries[rec.dict.byId.get(t.actor)!]!;
    const terms = (e.roles ?? [])
      .filter((r) => r.role === t.role && (!t.of || !r.of || r.of === t.of) && r.start)
      .map((r) => ({ start: r.start!, end: r.end ?? null }))
      .sort((a, b) => (a.start < b.start ? -1 : 1));
    if (!terms.length) continue;
    let intervals: DateInterval[] = terms;
    if (t.former) {
      intervals = [];
      terms.forEach((r, k) => {
        if (r.end) intervals.push({ start: r.end, end: terms[k + 1]?.start ?? null });
      });
      if (!intervals.length) continue;
    }
    res.push({ start: t.start, end: t.end, actor: t.actor, role: t.role, of: t.of, former: t.former, intervals });
  }
  return res;
}

/** A four-digit year written in a time expression ("năm 2023", "5/3/2022", "mùa hè 2024"). */
const WRITTEN_YEAR = /(?<!\d)(?:1[89]|20|21)\d\d(?!\d)/;

/** The same, with the process's dictionary from `ctx.data` (for use inside the time stage). */
export function roleConstraintsFor(doc: DocText, ctx: Pick<Context, "data">): RoleConstraint[] {
  return roleConstraints(doc, recogniser(ctx));
}

/** The time stage's constraint shape (`src/time/reference.ts` DateConstraint: `to` exclusive). */
export interface PeriodConstraint {
  from: string | null;
  to: string | null;
  source: string;
}

/**
 * Role constraints as the time stage's `refineReferenceDate(doc, constraints)` takes them: one
 * list of alternative periods per titled name (the text was written in one of them).
 */
export function toPeriodConstraints(cs: readonly RoleConstraint[]): PeriodConstraint[][] {
  const out: PeriodConstraint[][] = [];
  const seen = new Set<string>();
  for (const c of cs) {
    const alts = c.intervals.map((i) => ({ from: i.start, to: i.end, source: c.actor }));
    const key = JSON.stringify(alts);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alts);
  }
  return out;
}
