import { createRequire } from "node:module";

/** Calendar arithmetic on plain (y, m, d) triples in the proleptic Gregorian calendar (UTC). */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
export const pad = pad2;

export function ymdString(v: Ymd): string {
  return `${String(v.y).padStart(4, "0")}-${pad2(v.m)}-${pad2(v.d)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `y` is a plain year for `Date.UTC` (an integer outside 0…99, which Date.UTC reads as
 * 1900…1999, and within its range): the arithmetic below then gives what the Date functions give.
 */
const plainYear = (y: number): boolean => Number.isInteger(y) && (y < 0 || y > 99) && y > -200000 && y < 200000;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  if (plainYear(y) && Number.isInteger(m) && m >= 1 && m <= 12) return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y ?? 2024, m); // leap year when unknown: 29/2 is allowed
}

/** Day number (days since 1970-01-01). */
export function dayNumber(v: Ymd): number {
  const { y, m, d } = v;
  if (plainYear(y) && Number.isInteger(m) && m >= 1 && m <= 12 && Number.isInteger(d) && d >= -400 && d <= 400) {
    // Days from civil (H. Hinnant): linear in d, so an out-of-range day overflows as Date.UTC does.
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  }
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDayNumber(n: number): Ymd {
  if (Number.isInteger(n) && n > -98000000 && n < 98000000) {
    // Civil from days (H. Hinnant).
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
  }
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(v: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(v) + n);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(v: Ymd): number {
  const w = new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week. */
export function isoWeek(v: Ymd): { year: number; week: number } {
  const thursday = addDays(v, 4 - isoWeekday(v));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1;
  return { year: thursday.y, week };
}

export function isoWeekString(v: Ymd): string {
  const { year, week } = isoWeek(v);
  return `${year}-W${pad2(week)}`;
}

export function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const v = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDay(v.y, v.m, v.d) ? v : null;
}

interface LunarLib {
  Lunar: { fromYmd(y: number, m: number, d: number): { getSolar(): { getYear(): number; getMonth(): number; getDay(): number } } };
}
let lunarLib: LunarLib | null = null;

/**
 * The Gregorian date of a lunar (month, day) in lunar year `y`, through the installed
 * `lunar-javascript` package (Chinese calendar, UTC+8; it agrees with the Vietnamese calendar
 * except in rare years).
 */
export function lunarToSolar(y: number, m: number, d: number): Ymd | null {
  try {
    if (!lunarLib) lunarLib = createRequire(import.meta.url)("lunar-javascript") as LunarLib;
    const s = lunarLib.Lunar.fromYmd(y, m, d).getSolar();
    return { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
  } catch {
    return null;
  }
}
