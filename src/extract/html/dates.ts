/**
 * Publication dates as the page states them, written as ISO 8601 at the page's own precision:
 * "2025-01-26", "2025-01-26T09:00", "2025-01-26T09:00+07:00". Nothing is invented: no time when
 * the page gives none, no offset when the page gives none.
 */

const pad = (n: number): string => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

function offsetMinutes(tz: string): number | null {
  if (tz === "Z" || tz === "z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz);
  if (!m) return null;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -v : v;
}

function fmtOffset(min: number): string {
  const s = min < 0 ? "-" : "+";
  const a = Math.abs(min);
  return `${s}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/**
 * A machine date (JSON-LD, meta, `<time datetime>`). With `localOffset` (minutes), a time given
 * in another offset (e.g. UTC "Z") is written as the same instant in the outlet's local time.
 */
export function isoFromMachine(raw: string, localOffset: number | null = null): string | null {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (!m) {
    // "2025/01/26 09:00" or a Vietnamese-style date in a machine field
    return isoFromPrinted(s);
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDate(y, mo, d)) return null;
  if (m[4] == null) return `${y}-${pad(mo)}-${pad(d)}`;
  let h = Number(m[4]);
  let mi = Number(m[5]);
  let sec = m[6] != null ? Number(m[6]) : 0;
  if (h > 23 || mi > 59 || sec > 59) return `${y}-${pad(mo)}-${pad(d)}`;
  const tz = m[7] ?? null;
  let off = tz ? offsetMinutes(tz) : null;
  let yy = y, mm = mo, dd = d;
  if (off != null && localOffset != null && off !== localOffset) {
    const t = Date.UTC(y, mo - 1, d, h, mi, sec) - off * 60000 + localOffset * 60000;
    const dt = new Date(t);
    yy = dt.getUTCFullYear();
    mm = dt.getUTCMonth() + 1;
    dd = dt.getUTCDate();
    h = dt.getUTCHours();
    mi = dt.getUTCMinutes();
    sec = dt.getUTCSeconds();
    off = localOffset;
  }
  return `${yy}-${pad(mm)}-${pad(dd)}T${pad(h)}:${pad(mi)}${sec ? ":" + pad(sec) : ""}${off != null ? fmtOffset(off) : ""}`;
}

/**
 * A date as printed in a byline: "Thứ hai, 26/1/2025, 09:00 (GMT+7)", "26-01-2025 - 09:00",
 * "09:00 26/01/2025", "ngày 26 tháng 1 năm 2025", "26/01/2025 09h30". Day first (Vietnamese order).
 */
export function isoFromPrinted(raw: string): string | null {
  const s = raw.normalize("NFC");
  let y: number, mo: number, d: number;
  let rest: string;
  const num = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/.exec(s);
  const words = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,|\/)\s*(\d{4})/iu.exec(s);
  const isoish = /(?<!\d)(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/.exec(s);
  const hit = num ?? words;
  if (hit) {
    d = Number(hit[1]);
    mo = Number(hit[2]);
    y = Number(hit[3]);
    rest = s.slice(0, hit.index) + " " + s.slice(hit.index + hit[0].length);
  } else if (isoish) {
    y = Number(isoish[1]);
    mo = Number(isoish[2]);
    d = Number(isoish[3]);
    rest = s.slice(0, isoish.index) + " " + s.slice(isoish.index + isoish[0].length);
  } else return null;
  if (!validDate(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const t = /(?<!\d)([01]?\d|2[0-3])\s*(?::|h|giờ)\s*([0-5]\d)(?!\d)/iu.exec(rest);
  if (!t) return date;
  let out = `${date}T${pad(Number(t[1]))}:${t[2]}`;
  const tz = /GMT\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(rest);
  if (tz) out += `${tz[1]}${pad(Number(tz[2]))}:${tz[3] ?? "00"}`;
  return out;
}

/** A publication date the page gives, and where. */
export interface DateCandidate {
  iso: string;
  /** "updated": a date printed as the last update, taken only when the page gives no other. */
  source: "json-ld" | "meta" | "time" | "printed" | "updated";
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * The publication date among every one the page gives, cross-checked: the machine-readable ones
 * (JSON-LD, meta, `<time datetime>`) first, unless the date printed in the article's header names
 * another day (more than a day apart: a template's wrong or "modified" date), in which case a
 * machine date of the printed day is taken, else the printed one. A printed date that agrees on
 * the day but gives the time the machine date lacks wins for its precision. A date printed as the
 * last update counts only when the page gives no other.
 */
export function pickPublished(found: DateCandidate[]): string | null {
  const machine = found.filter((f) => f.source !== "printed" && f.source !== "updated");
  const printed = found.filter((f) => f.source === "printed");
  let best = machine[0] ?? printed[0];
  if (!best) return found.find((f) => f.source === "updated")?.iso ?? null;
  const p = printed[0];
  if (machine.length && p) {
    const apart = Math.abs(dayNumber(best.iso) - dayNumber(p.iso));
    if (apart > 1) best = machine.find((m) => m.iso.slice(0, 10) === p.iso.slice(0, 10)) ?? p;
    else if (apart === 0 && !best.iso.includes("T") && p.iso.includes("T")) best = p;
  }
  return best.iso;
}
