/**
 * TIMEX3 date values as the timeline uses them: how precise a value is, a key that sorts
 * chronologically as text, and whether two values can name the same happening.
 */

export type DatePrecision = "time" | "day" | "week" | "month" | "season" | "quarter" | "year" | "decade" | "partial" | "vague" | "reported" | "none";

export interface DateInfo {
  /** Sorts chronologically as a string ("2022-03-29", "2022-03", "2022"); null when not placeable. */
  sort: string | null;
  precision: DatePrecision;
}

const SEASON_MONTH: Record<string, string> = { SP: "03", SU: "06", FA: "09", WI: "12" };

/** Monday of ISO week `w` of `year`, as YYYY-MM-DD. */
export function isoWeekMonday(year: number, w: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // 0 = Monday
  const monday = jan4 - dow * 86400000 + (w - 1) * 7 * 86400000;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Precision and sort key of a TIMEX3 value (or null). */
export function dateInfo(value: string | null | undefined): DateInfo {
  if (value == null || value === "") return { sort: null, precision: "none" };
  const v = value.trim();
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}(?::\d{2}(?::\d{2})?)?)/))) return { sort: `${m[1]}T${m[2]}`, precision: "time" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { sort: v, precision: "day" };
  if ((m = v.match(/^(\d{4})-W(\d{2})(?:-WE)?$/))) return { sort: isoWeekMonday(Number(m[1]), Number(m[2])), precision: "week" };
  if (/^\d{4}-\d{2}$/.test(v)) return { sort: v, precision: "month" };
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|WI)$/))) return { sort: `${m[1]}-${SEASON_MONTH[m[2]!]}`, precision: "season" };
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) return { sort: `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}`, precision: "quarter" };
  if (/^\d{4}$/.test(v)) return { sort: v, precision: "year" };
  if (/^\d{3}X?$/.test(v)) return { sort: v.slice(0, 3) + "0", precision: "decade" };
  if (/X/.test(v)) return { sort: null, precision: "partial" };
  return { sort: null, precision: "vague" };
}

/** Matches TIMEX3 values position by position, "X" matching any digit. */
function wildcardPrefix(short: string, long: string): boolean {
  if (short.length > long.length) return false;
  for (let i = 0; i < short.length; i++) {
    const a = short[i]!;
    const b = long[i]!;
    if (a !== b && a !== "X" && b !== "X") return false;
  }
  // A prefix must stop at a field boundary: "2022-0" is not a month of "2022-03-01".
  return short.length === long.length || /[-T]/.test(long[short.length]!);
}

/**
 * Two dates can name the same happening when they are equal, or one contains the other:
 * "2022-03" contains "2022-03-29", an ISO week contains its days, "XXXX-03-29" can be "2022-03-29".
 * Vague references (PRESENT_REF) and missing dates match only each other.
 */
export function datesCompatible(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (x == null || y == null) return false;
  const ix = dateInfo(x);
  const iy = dateInfo(y);
  if (ix.precision === "vague" || iy.precision === "vague") return false;
  if (ix.precision === "week" || iy.precision === "week") {
    const [w, o] = ix.precision === "week" ? [x, y] : [y, x];
    const start = dateInfo(w).sort!;
    if (dateInfo(o).precision === "week") return false; // two different weeks
    const day = o.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      const end = new Date(Date.parse(start) + 6 * 86400000).toISOString().slice(0, 10);
      return day >= start && day <= end;
    }
    return wildcardPrefix(o, start) || wildcardPrefix(o, w);
  }
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return wildcardPrefix(s, l);
}

/** The more precise of two compatible dates (the one a story event shows). */
export function morePrecise(a: string | null, b: string | null): string | null {
  if (a == null) return b;
  if (b == null) return a;
  const rank = (v: string) => (/X/.test(v) ? 0 : 1) * 100 + v.length;
  return rank(b) > rank(a) ? b : a;
}

/** Days since 1970-01-01 of a YYYY-MM-DD (or a longer ISO value's day), NaN when it is none. */
export function dayNumber(iso: string | null | undefined): number {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return NaN;
  return Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / 86400000);
}

/** YYYY-MM-DD of a day number. */
export function dayString(n: number): string {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

const SEASON_SPAN: Record<string, [number, number]> = { SP: [2, 4], SU: [5, 7], FA: [8, 10], WI: [11, 13] };

/**
 * The days a TIMEX3 value covers, as [first, last] day numbers: a day is one day, a week its
 * seven (a weekend its two), a month, season, quarter, year or decade all its days. Null for
 * values that place nothing on the calendar (an unknown year "XXXX-05-15", PRESENT_REF).
 */
export function dateSpan(value: string | null | undefined): [number, number] | null {
  if (value == null) return null;
  const v = value.trim();
  const utc = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / 86400000);
  let m: RegExpMatchArray | null;
  if ((m = v.match(/^(\d{4})-(\d{2})-(\d{2})/))) {
    const d = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return Number.isNaN(d) ? null : [d, d];
  }
  if ((m = v.match(/^(\d{4})-W(\d{2})(-WE)?$/))) {
    const mon = dayNumber(isoWeekMonday(Number(m[1]), Number(m[2])));
    return m[3] ? [mon + 5, mon + 6] : [mon, mon + 6];
  }
  if ((m = v.match(/^(\d{4})-(\d{2})$/))) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    return mo < 0 || mo > 11 ? null : [utc(y, mo, 1), utc(y, mo + 1, 1) - 1];
  }
  if ((m = v.match(/^(\d{4})-(SP|SU|FA|WI)$/))) {
    const y = Number(m[1]);
    const [a, b] = SEASON_SPAN[m[2]!]!;
    return [utc(y, a, 1), utc(y, b + 1, 1) - 1];
  }
  if ((m = v.match(/^(\d{4})-Q([1-4])$/))) {
    const y = Number(m[1]);
    const q = (Number(m[2]) - 1) * 3;
    return [utc(y, q, 1), utc(y, q + 3, 1) - 1];
  }
  if ((m = v.match(/^(\d{4})$/))) return [utc(Number(m[1]), 0, 1), utc(Number(m[1]) + 1, 0, 1) - 1];
  if ((m = v.match(/^(\d{3})X?$/))) return [utc(Number(m[1]) * 10, 0, 1), utc(Number(m[1]) * 10 + 10, 0, 1) - 1];
  return null;
}

/**
 * A date whose year its article leaves open ("XXXX-09-14", "XXXX-09", "XXXX-W39", "XXXX-SU") read against the
 * article's report date: the latest such day, month, week or season that starts no later than `graceDays`
 * after the report; or, `ahead` (what is planned or proposed), the earliest one that ends no earlier
 * than `graceDays` before it. Other values, and an open year without a report date, are returned unchanged.
 */
export function placedDate(date: string | null, reported: string | null | undefined, graceDays = 3, ahead = false): string | null {
  if (date == null || !/^XXXX-(\d{2}(-\d{2})?|W\d{2}(-WE)?|SP|SU|FA|WI|Q[1-4])$/.test(date)) return date;
  const r = dayNumber(reported);
  if (Number.isNaN(r)) return date;
  const year = Number(reported!.slice(0, 4));
  for (const y of ahead ? [year, year + 1] : [year, year - 1]) {
    const v = String(y) + date.slice(4);
    const span = dateSpan(v);
    if (span && (ahead ? span[1] >= r - graceDays : span[0] <= r + graceDays)) return v;
  }
  return date;
}

/** Whether a value leaves its year open ("XXXX-09-14"). */
export function openYear(date: string | null | undefined): boolean {
  return date != null && date.startsWith("XXXX");
}

/** How finely a precision places a happening: lower is finer. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  season: 4,
  quarter: 4,
  year: 5,
  decade: 6,
  partial: 7,
  vague: 8,
  reported: 9,
  none: 10,
};
