import type { Timex } from "../envelope/types.js";
import type { Candidate, Sem } from "./sem.js";
import type { Tense } from "./tense.js";
import {
  addDays,
  dayNumber,
  daysInMonth,
  isoWeekString,
  isoWeekday,
  lunarToSolar,
  pad,
  validDay,
  ymdString,
  type Ymd,
} from "./calendar.js";

/** A reference date as precise as known: year, year-month or a day. */
export interface Ref {
  y: number;
  m?: number;
  d?: number;
}

export function refString(r: Ref): string {
  if (r.m === undefined) return String(r.y);
  if (r.d === undefined) return `${r.y}-${pad(r.m)}`;
  return ymdString(r as Ymd);
}

export function parseRef(s: string | null | undefined): Ref | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return null;
  const r: Ref = { y: +m[1]! };
  if (m[2]) r.m = +m[2];
  if (m[3]) r.d = +m[3];
  if (r.m !== undefined && (r.m < 1 || r.m > 12)) return null;
  if (r.d !== undefined && !validDay(r.y, r.m!, r.d)) return null;
  return r;
}

export interface Located extends Candidate {
  tense: Tense;
  /** A bound of something else ("trước ngày 15/3", "từ ngày 13/7"): no day that "cùng ngày" refers to. */
  noAnchor?: boolean;
  /** Where its sentence starts. */
  sentStart?: number;
}

export interface Resolved {
  value: string;
  type: Timex["type"];
  /** The year is unknown (value starts with XXXX). */
  yearUnknown?: boolean;
}

/**
 * How much worse a date on the wrong side of the reference date is than one on the side its
 * tense implies: "sẽ … 10/1" in late December is next January, but "sẽ … sau cuộc gọi ngày
 * 20-10" written on 21 October is still yesterday, not next year.
 */
const WRONG_WAY = 4;
const WRONG_WAY_DAYS = 14;

/** The year for a yearless month-day, given the tense and the reference date. */
export function chooseYear(m: number, d: number | undefined, ref: Ref, tense: Tense): number {
  const rd = ref.m === undefined ? null : { y: ref.y, m: ref.m, d: ref.d ?? 15 };
  if (!rd) return ref.y;
  const refN = dayNumber(rd);
  let best = ref.y;
  let bestScore = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const day = d ?? (ref.d === undefined ? 15 : Math.min(15, daysInMonth(y, m)));
    if (d !== undefined && !validDay(y, m, d)) continue;
    const n = dayNumber({ y, m, d: Math.min(day, daysInMonth(y, m)) });
    // Month precision: compare months, not days.
    const diff = d === undefined ? (y - rd.y) * 12 + (m - rd.m) : n - refN;
    let score = Math.abs(diff);
    if ((tense === "past" && diff > 0) || (tense === "future" && diff < 0)) {
      // A month on the wrong side is simply wrong; a day may be a little off (a late fetch).
      score = d === undefined ? score + 1e6 : score * WRONG_WAY + WRONG_WAY_DAYS;
    }
    if (score < bestScore || (score === bestScore && y < best)) {
      best = y;
      bestScore = score;
    }
  }
  return best;
}

function seasonValue(y: number, code: string): string {
  return `${y}-${code}`;
}

/** The month each season code starts in (TIMEX3 seasons; winter is the one starting in December of its year). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "mùa đông tới", "mùa hè vừa qua": the next season of its kind begun after the reference month, or the last one begun before it. */
function seasonOnSide(code: string, dir: "past" | "future", ref: Ref | null): Resolved | null {
  const start = SEASON_START[code];
  if (!ref || ref.m === undefined || start === undefined) return null;
  const y = dir === "future" ? (start > ref.m ? ref.y : ref.y + 1) : start < ref.m ? ref.y : ref.y - 1;
  return { value: seasonValue(y, code), type: "DATE" };
}

/** Day `d` of a month: the first one after the reference day ("ngày 15 tới"), or the last one up to it ("ngày 20 vừa qua"). */
function dayOnSide(d: number, dir: "past" | "future", ref: Ref | null): Resolved | null {
  if (!ref || ref.m === undefined || ref.d === undefined) return null;
  let t = ref.y * 12 + ref.m - 1;
  if (dir === "future" ? d <= ref.d : d > ref.d) t += dir === "future" ? 1 : -1;
  // a month that lacks the day (31 in a 30-day month): the next or previous one that has it
  for (let k = 0; k < 3; k++, t += dir === "future" ? 1 : -1) {
    const y = Math.floor(t / 12);
    const m = (t % 12) + 1;
    if (validDay(y, m, d)) return { value: ymdString({ y, m, d }), type: "DATE" };
  }
  return null;
}

/**
 * Resolves tagged expressions against a reference date (null: unknown). Returns one entry
 * per candidate (null when no value can be given without inventing precision).
 */
export function resolveAll(cands: Located[], ref: Ref | null, yearKnown = true): Array<Resolved | null> {
  const out = resolveWith(cands, ref);
  if (yearKnown || !ref) return out;
  // The reference year is a guess: whatever takes its year from it keeps XXXX. What changes when
  // the guess moves by a year depends on it.
  const shifted = resolveWith(cands, { ...ref, y: ref.y + 1 });
  return out.map((r, i) => {
    const o = shifted[i];
    if (!r || !o || r.value === o.value || !/^\d{4}/.test(r.value)) return r;
    return { ...r, value: `XXXX${r.value.slice(4)}`, yearUnknown: true };
  });
}

function resolveWith(cands: Located[], ref: Ref | null): Array<Resolved | null> {
  const out: Array<Resolved | null> = [];
  let lastYear: number | null = null;
  // The last calendar date the text named (a day, month or year), for "cùng ngày", "một ngày trước đó".
  let lastDate: Ref | null = null;
  let lastDay: Ref | null = null;
  let lastDaySent: number | undefined;
  let lastYearSent: number | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    let sem: Sem = c.sem;
    if (sem.k === "rel" && sem.anchor) {
      // Days and weeks count from the last day named ("ngày 16/5 … tháng 3/2022 … một ngày trước đó").
      const from = sem.unit === "D" || sem.unit === "W" || sem.unit === "WE" ? lastDay : lastDate;
      // "Ngày 27/3, ông kêu gọi ..., một ngày sau khi ông Machar bị bắt": counted from a happening, it
      // tells when the act of its sentence was, the day that sentence named
      if (sem.anchor === "event" && sem.unit === "D" && lastDay && c.sentStart !== undefined && lastDaySent === c.sentStart) {
        out.push({ value: ymdString(lastDay as Ymd), type: "DATE" });
        continue;
      }
      out.push(sem.anchor === "prev" && from ? resolveOne({ k: "rel", unit: sem.unit, n: sem.n }, c.tense, from) : null);
      continue;
    }
    // A day in a list takes month and year from the next date: "ngày 5 và 6-10".
    if (sem.k === "day") {
      const j = cands.findIndex((x, k) => k > i && k <= i + 2 && x.sem.k === "date" && x.sem.m !== undefined);
      const next: Resolved | null = j >= 0 ? resolveOne(cands[j]!.sem, cands[j]!.tense, ref, lastYear) : null;
      const mm: RegExpExecArray | null = next ? /^(\d{4}|XXXX)-(\d{2})/.exec(next.value) : null;
      if (!mm) {
        out.push(null);
        continue;
      }
      sem = { k: "date", y: mm[1] === "XXXX" ? undefined : +mm[1]!, m: +mm[2]!, d: sem.d };
    }
    // "từ 22/1 - 12/2/2025": the first date of a range takes the year of the second.
    if (sem.k === "date" && sem.y === undefined && sem.yRel === undefined && !sem.yThat && sem.m !== undefined) {
      const next = cands[i + 1];
      if (next && next.sem.k === "date" && next.sem.y !== undefined && next.start - c.end <= 12 && next.start > c.end) {
        sem = { ...sem, y: next.sem.y };
      }
    }
    // "Tháng 10/2021, … vào tháng 8 năm sau": the year after the year its sentence named
    if ((sem.k === "date" || sem.k === "season") && sem.yNext && lastYear !== null && c.sentStart !== undefined && lastYearSent === c.sentStart) {
      sem = { ...sem, y: lastYear + 1, yRel: undefined, yNext: undefined };
    }
    const r = resolveOne(sem, c.tense, ref, lastYear);
    if (c.noAnchor && r && /^\d{4}-\d{2}-\d{2}$/.test(r.value)) {
      // (a day that bounds something else is no day the text goes on about; a year or month still is: "từ năm 2004 ... năm sau đó")
    } else if (r && r.type === "DATE" && /^\d{4}(?:-\d{2}){0,2}$/.test(r.value)) {
      lastDate = parseRef(r.value) ?? lastDate;
      if (lastDate?.d !== undefined) {
        lastDay = lastDate;
        lastDaySent = c.sentStart;
      }
    } else if (r && r.type === "TIME" && sem.k === "clock" && sem.date && /^\d{4}-\d{2}-\d{2}T/.test(r.value)) {
      // "lúc 14h ngày 20/7 … cùng ngày": the day of a clock time written with its day is the day last named too
      lastDate = lastDay = parseRef(r.value.slice(0, 10)) ?? lastDate;
    }
    if (r && (sem.k === "date" || sem.k === "season" || sem.k === "holiday") && sem.y !== undefined) {
      lastYear = sem.y;
      lastYearSent = c.sentStart;
    }
    out.push(r);
  }
  return out;
}

function yearOf(s: { y?: number; yRel?: number; yThat?: boolean }, ref: Ref | null, lastYear: number | null): number | null {
  if (s.y !== undefined) return s.y;
  if (s.yThat) return lastYear ?? ref?.y ?? null;
  if (s.yRel !== undefined) return ref ? ref.y + s.yRel : null;
  return null;
}

export function resolveOne(sem: Sem, tense: Tense, ref: Ref | null, lastYear: number | null = null): Resolved | null {
  switch (sem.k) {
    case "duration":
      return { value: sem.value, type: "DURATION" };
    case "fixed":
      return { value: sem.value, type: "DATE" };
    case "day":
      return null;
    case "date": {
      let y = yearOf(sem, ref, lastYear);
      // "ngày 15 tới", "ngày 20 vừa qua": the day of the month on the side the word says.
      if (sem.m === undefined && sem.d !== undefined) return dayOnSide(sem.d, sem.dir ?? (tense === "future" ? "future" : "past"), ref);
      if (sem.m === undefined) return y === null ? null : { value: String(y), type: "DATE" };
      if (y === null) {
        if (ref) y = chooseYear(sem.m, sem.d, ref, sem.dir ?? tense);
        else {
          const v = sem.d === undefined ? `XXXX-${pad(sem.m)}` : `XXXX-${pad(sem.m)}-${pad(sem.d)}`;
          return { value: v, type: "DATE", yearUnknown: true };
        }
      }
      if (sem.d === undefined) return { value: `${y}-${pad(sem.m)}`, type: "DATE" };
      if (!validDay(y, sem.m, sem.d)) return null;
      return { value: ymdString({ y, m: sem.m, d: sem.d }), type: "DATE" };
    }
    case "rel": {
      if (!ref || sem.anchor === "event") return null;
      // "vào cuối tuần" in a past sentence written before the weekend: the weekend before.
      let n = sem.n;
      if (sem.tensed && tense === "past" && ref.m !== undefined && ref.d !== undefined && isoWeekday(ref as Ymd) < 6) --n;
      if (sem.unit === "Y") return { value: String(ref.y + n), type: "DATE" };
      // centuries: TIMEX3 "20" for the years 2000–2099
      if (sem.unit === "C") return { value: String(Math.floor(ref.y / 100) + n).padStart(2, "0"), type: "DATE" };
      if (ref.m === undefined) return null;
      if (sem.unit === "Q") {
        const t = ref.y * 4 + Math.floor((ref.m - 1) / 3) + n;
        return { value: `${Math.floor(t / 4)}-Q${(t % 4) + 1}`, type: "DATE" };
      }
      if (sem.unit === "M") {
        const t = ref.y * 12 + (ref.m - 1) + n;
        return { value: `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`, type: "DATE" };
      }
      if (ref.d === undefined) return null;
      const r = ref as Ymd;
      if (sem.unit === "D") return { value: ymdString(addDays(r, n)), type: "DATE" };
      const w = isoWeekString(addDays(r, 7 * n));
      return { value: sem.unit === "WE" ? `${w}-WE` : w, type: "DATE" };
    }
    case "weekday": {
      if (!ref || ref.d === undefined || ref.m === undefined) return null;
      const r = ref as Ymd;
      const wd = isoWeekday(r);
      let day: Ymd;
      if (sem.week !== undefined) day = addDays(r, sem.iso - wd + 7 * sem.week);
      else {
        const dir = sem.dir ?? (tense === "future" ? "future" : "past");
        // The reference day's own weekday is that day, unless "tới" says the next one.
        if (dir === "future") day = addDays(r, ((sem.iso - wd + 7) % 7) || (sem.dir === "future" ? 7 : 0));
        else day = addDays(r, -((wd - sem.iso + 7) % 7));
      }
      return { value: ymdString(day), type: "DATE" };
    }
    case "season": {
      if (sem.dir) return seasonOnSide(sem.code, sem.dir, ref);
      let y = yearOf(sem, ref, lastYear);
      // A bare quarter ("trong quý II") takes its year as a bare month does: by tense, else the nearest.
      const q = /^Q([1-4])$/.exec(sem.code);
      if (y === null && q) {
        if (!ref) return { value: `XXXX-${sem.code}`, type: "DATE", yearUnknown: true };
        y = chooseYear(+q[1]! * 3 - 1, undefined, ref, tense);
      }
      return y === null ? null : { value: seasonValue(y, sem.code), type: "DATE" };
    }
    case "holiday": {
      const explicit = yearOf(sem, ref, lastYear);
      const dateIn = (y: number): Ymd | null => {
        if (sem.solar) return { y, m: sem.solar[0], d: sem.solar[1] };
        if (sem.lunar) return lunarToSolar(y, sem.lunar[0], sem.lunar[1]);
        return null;
      };
      if (explicit !== null) {
        const d = dateIn(explicit);
        return d ? { value: ymdString(d), type: "DATE" } : null;
      }
      if (!ref || ref.m === undefined) {
        if (sem.solar) return { value: `XXXX-${pad(sem.solar[0])}-${pad(sem.solar[1])}`, type: "DATE", yearUnknown: true };
        return null;
      }
      const refN = dayNumber({ y: ref.y, m: ref.m, d: ref.d ?? 15 });
      let best: Ymd | null = null;
      let bestScore = Infinity;
      for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
        const d = dateIn(y);
        if (!d) continue;
        const diff = dayNumber(d) - refN;
        let score = Math.abs(diff);
        if ((tense === "past" && diff > 0) || (tense === "future" && diff < 0)) score = score * WRONG_WAY + WRONG_WAY_DAYS;
        if (score < bestScore) {
          bestScore = score;
          best = d;
        }
      }
      return best ? { value: ymdString(best), type: "DATE" } : null;
    }
    case "clock": {
      const hm = `${pad(sem.h)}:${pad(sem.min)}`;
      if (sem.date) {
        const d = resolveOne(sem.date, tense, ref, lastYear);
        if (!d || !/^(\d{4}|XXXX)-\d{2}-\d{2}$/.test(d.value)) return null;
        return { value: `${d.value}T${hm}`, type: "TIME", yearUnknown: d.yearUnknown };
      }
      if (!ref || ref.d === undefined) return null;
      return { value: `${refString(ref)}T${hm}`, type: "TIME" };
    }
  }
}
