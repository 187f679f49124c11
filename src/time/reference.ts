import type { Doc, ReferenceDate } from "../envelope/types.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Located, Ref } from "./resolve.js";
import { parseRef, refString } from "./resolve.js";
import { dayNumber, daysInMonth, fromDayNumber, parseIsoDay, validDay } from "./calendar.js";

/**
 * The reference date every relative or yearless expression is resolved against, with its
 * basis, in the contract's fixed order: published (`doc.article.published`) > fetched
 * (`doc.source.fetched_at`) > given (`doc.options.date`) > inferred > none.
 *
 * Inference (undated captures) looks at the URL (/20250516/, -20250515205220014.htm), then at
 * the article's own dates: yearless day-month mentions are placed in the year that keeps them
 * nearest the fully dated mentions (so "tháng 8.2024 … tháng 11.2024 … 15.1" puts 15.1 in
 * 2025), and the reference is the latest date the text reports as past (a "hôm 27/12", a
 * "Ngày 2/5, …" lead, "AFP ngày 28/12 đưa tin"). World knowledge in data/time/anchors.json
 * (well-known dated events, terms of office) supplies a year when the text has none.
 */

/** A period the article must have been written in, e.g. from a titled name ("Tổng thống X"). */
export interface DateConstraint {
  /** ISO day, inclusive; null: open. */
  from: string | null;
  /** ISO day, exclusive; null: open. */
  to: string | null;
  /** What says so (for messages): a tenure id, an actor id. */
  source: string;
}

/** A mention the inference reads: the tagged expression plus what the stage knows of it. */
export interface Mention extends Located {
  report: boolean;
  /** Lower-cased sentence the mention is in (anchors match on it). */
  sentence: string;
}

type Interval = [number, number];

function intervalOf(y: number, m?: number, d?: number): Interval {
  if (m === undefined) return [dayNumber({ y, m: 1, d: 1 }), dayNumber({ y, m: 12, d: 31 })];
  if (d === undefined) return [dayNumber({ y, m, d: 1 }), dayNumber({ y, m, d: daysInMonth(y, m) })];
  const n = dayNumber({ y, m, d });
  return [n, n];
}

/**
 * Intervals indexed for `nearest`: starts ascending, with the largest end among each prefix, so a
 * distance is two binary searches (linear time overall on documents with thousands of dates).
 */
interface Nearest {
  starts: number[];
  maxEnd: number[];
  nan: boolean;
}

function nearestIndex(xs: ReadonlyArray<{ iv: Interval }>): Nearest {
  const ivs = xs.map((x) => x.iv).sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const iv of ivs) maxEnd.push((m = Math.max(m, iv[1])));
  return { starts: ivs.map((iv) => iv[0]), maxEnd, nan: ivs.some((iv) => Number.isNaN(iv[0]) || Number.isNaN(iv[1])) };
}

/** The distance from day n to the nearest interval (0 inside one), by binary search. */
function nearest(n: number, ix: Nearest): number {
  if (ix.starts.length === 0) return Infinity;
  // (a NaN day or interval is at distance 0, as `distance` has it)
  if (ix.nan || Number.isNaN(n)) return 0;
  // k: how many intervals start at or before n; the farthest-reaching of them is at or past n (0), or
  // n - its end; the first interval starting after n is at its start - n.
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ix.starts[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  if (lo > 0) best = Math.max(0, n - ix.maxEnd[lo - 1]!);
  if (lo < ix.starts.length) best = Math.min(best, ix.starts[lo]! - n);
  return best;
}

export function dateFromUrl(url: string | null | undefined, lex: TimeLexicon): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* not a URL: match on the string */
  }
  for (const re of lex.urlPatterns) {
    const m = re.exec(path);
    if (!m?.groups) continue;
    const y = m.groups.y ? +m.groups.y : m.groups.y2 ? 2000 + +m.groups.y2 : NaN;
    const mo = +m.groups.m!;
    const d = +m.groups.d!;
    if (!Number.isFinite(y) || !validDay(y, mo, d)) continue;
    return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  return null;
}

/** Term-of-office constraints for titled names found in the (lower-cased) text. */
export function tenureConstraints(lower: string, lex: TimeLexicon): DateConstraint[][] {
  const out: DateConstraint[][] = [];
  // The names share a few titles ("tổng thống", "ngoại trưởng"), each a prefix of its names: the
  // title's places in the text are found once, and a name is only looked for at them.
  const titles = new Map<string, number[]>();
  const placesOf = (title: string): number[] => {
    let at = titles.get(title);
    if (!at) {
      at = [];
      for (let i = lower.indexOf(title); i >= 0; i = i < lower.length ? lower.indexOf(title, i + 1) : -1) at.push(i);
      titles.set(title, at);
    }
    return at;
  };
  for (const t of lex.anchors.tenures) {
    const found = t.names.some((n) => {
      for (const i of placesOf(titleOf(n))) {
        if (!lower.startsWith(n, i)) continue;
        const before = lower.slice(Math.max(0, i - 5), i);
        const after = lower[i + n.length];
        if (!/cựu\s*$/u.test(before) && (after === undefined || !/[\p{L}\p{M}]/u.test(after))) return true;
      }
      return false;
    });
    if (found) out.push(t.ranges.map(([from, to]) => ({ from, to, source: t.id })));
  }
  return out;
}

/** The first two words of a name (its title, mostly): a prefix of it. */
function titleOf(n: string): string {
  const sp = n.indexOf(" ");
  const sp2 = sp < 0 ? -1 : n.indexOf(" ", sp + 1);
  return sp2 < 0 ? n : n.slice(0, sp2);
}

function inRanges(n: number, alts: DateConstraint[]): boolean {
  return alts.some((c) => (c.from === null || n >= dayNumber(parseIsoDay(c.from)!)) && (c.to === null || n < dayNumber(parseIsoDay(c.to)!)));
}

/** Years an anchor event gives to a yearless mention in a sentence that names the event. */
function anchorYears(mn: Mention, lex: TimeLexicon): number[] {
  const s = mn.sem;
  if (s.k !== "date" || s.y !== undefined || s.m === undefined || s.d === undefined) return [];
  const years: number[] = [];
  for (const ev of lex.anchors.events) {
    if (!ev.all.every((w) => mn.sentence.includes(w))) continue;
    if (ev.any && !ev.any.some((w) => mn.sentence.includes(w))) continue;
    for (const iso of ev.dates) {
      const d = parseIsoDay(iso)!;
      if (d.m === s.m && d.d === s.d) years.push(d.y);
    }
  }
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Infers the reference date from the article's own dates; null when nothing justifies one. */
export function inferReference(mentions: Mention[], lex: TimeLexicon, constraints: DateConstraint[][]): Ref | null {
  const known: Array<{ iv: Interval; tense: Located["tense"]; report: boolean; day: boolean }> = [];
  const yearless: Array<{ m: number; d: number; mn: Mention }> = [];
  const anchored: Array<{ mn: Mention; years: number[] }> = [];
  for (const mn of mentions) {
    const s = mn.sem;
    if ((s.k === "date" || s.k === "season") && s.y !== undefined) {
      const iv = s.k === "date" ? intervalOf(s.y, s.m, s.d) : intervalOf(s.y);
      known.push({ iv, tense: mn.tense, report: mn.report, day: s.k === "date" && s.d !== undefined });
    } else if (s.k === "date" && s.y === undefined && s.yRel === undefined && !s.yThat && s.m !== undefined && s.d !== undefined) {
      const years = anchorYears(mn, lex);
      if (years.length) anchored.push({ mn, years });
      else yearless.push({ m: s.m, d: s.d, mn });
    }
  }
  // Combinations of anchor readings (few: most anchors have one date).
  let combos: number[][] = [[]];
  for (const a of anchored.slice(0, 4)) combos = combos.flatMap((c) => a.years.map((y) => [...c, y]));
  for (const combo of combos) {
    const k = [...known];
    anchored.forEach((a, i) => {
      const s = a.mn.sem;
      if (s.k === "date" && combo[i] !== undefined) k.push({ iv: intervalOf(combo[i]!, s.m, s.d), tense: a.mn.tense, report: a.mn.report, day: true });
    });
    const placed: Array<{ n: number; tense: Located["tense"]; report: boolean }> = [];
    let ok = true;
    // Compare with the finest dated mentions only: a bare "năm 2022" must not pull a
    // "15.1" into 2022 when "tháng 11.2024" is also mentioned. (The same for every yearless mention.)
    let kk: typeof k = [];
    let candidateYears: number[] = [];
    if (k.length && yearless.length) {
      const width = (x: (typeof k)[number]): number => (x.iv[1] - x.iv[0] > 40 ? 2 : x.iv[1] > x.iv[0] ? 1 : 0);
      const finest = k.reduce((m, x) => Math.min(m, width(x)), Infinity);
      kk = k.filter((x) => width(x) === finest || (finest === 0 && width(x) === 1));
      const years = new Set<number>();
      for (const x of kk) for (const y of [fromDayNumber(x.iv[0]).y - 1, fromDayNumber(x.iv[1]).y, fromDayNumber(x.iv[1]).y + 1]) years.add(y);
      candidateYears = [...years].sort((a, b) => b - a);
    }
    const kkIndex = nearestIndex(kk);
    for (const yl of yearless) {
      let best: number | null = null;
      if (k.length) {
        let bestDist = Infinity;
        for (const y of candidateYears) {
          if (!validDay(y, yl.m, yl.d)) continue;
          const n = dayNumber({ y, m: yl.m, d: yl.d });
          const dist = nearest(n, kkIndex);
          if (dist < bestDist) {
            bestDist = dist;
            best = n;
          }
        }
      } else if (constraints.length) {
        // No dated mention at all: the earliest year the terms of office allow.
        const starts = constraints.flat().map((c) => (c.from ? parseIsoDay(c.from)!.y : 1900));
        const y0 = starts.reduce((m, y) => Math.max(m, y), -Infinity);
        for (let y = y0; y <= y0 + 8 && best === null; y++) {
          if (!validDay(y, yl.m, yl.d)) continue;
          const n = dayNumber({ y, m: yl.m, d: yl.d });
          if (constraints.every((alts) => inRanges(n, alts))) best = n;
        }
      }
      if (best === null) {
        ok = false;
        break;
      }
      placed.push({ n: best, tense: yl.mn.tense, report: yl.mn.report });
    }
    if (!ok) continue;
    const days = [...placed, ...k.filter((x) => x.day).map((x) => ({ n: x.iv[0], tense: x.tense, report: x.report }))];
    const pastish = days.filter((x) => x.report || x.tense === "past");
    const pool = pastish.length ? pastish : days.filter((x) => x.tense !== "future");
    let ref: Ref | null = null;
    if (pool.length) {
      const n = pool.reduce((m, x) => Math.max(m, x.n), -Infinity);
      ref = fromDayNumber(n);
    } else {
      // Only coarse dates: the latest month or year mentioned as not future.
      const coarse = k.filter((x) => x.tense !== "future");
      if (coarse.length) {
        const last = coarse.reduce((a, b) => (b.iv[1] > a.iv[1] ? b : a));
        const s = fromDayNumber(last.iv[0]);
        const e = fromDayNumber(last.iv[1]);
        ref = s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31 ? { y: s.y } : s.d === 1 && e.m === s.m ? { y: s.y, m: s.m } : s;
      }
    }
    if (!ref) continue;
    if (ref.d !== undefined && ref.m !== undefined) {
      const n = dayNumber({ y: ref.y, m: ref.m, d: ref.d });
      if (!constraints.every((alts) => inRanges(n, alts))) continue;
    }
    return ref;
  }
  return null;
}

/** The reference date by the contract's basis order; `infer` is only called when needed. */
export function chooseReference(doc: Doc, infer: () => Ref | null): { ref: Ref | null; date: ReferenceDate } {
  const given: Array<[ReferenceDate["basis"], string | null | undefined]> = [
    ["published", doc.article?.published],
    ["fetched", doc.source.fetched_at],
    ["given", doc.options.date],
  ];
  for (const [basis, v] of given) {
    const r = parseRef(v);
    if (r) return { ref: r, date: { value: refString(r), basis } };
  }
  const r = infer();
  if (r) return { ref: r, date: { value: refString(r), basis: "inferred" } };
  return { ref: null, date: { value: null, basis: "none" } };
}
