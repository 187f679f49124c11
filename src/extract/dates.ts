/**
 * Publication dates as article headers print them: "26/01/2025 09:00", "Thứ Hai, 26/1/2025 - 09:00 (GMT+7)",
 * "09:24 | 19/01/2025", "26-01-2025", "2025-01-26T09:00:00+07:00", "Cập nhật: 26/01/2025". Only a line
 * that is mostly a date (or a byline with a date) counts, never a date inside a sentence.
 */

const DMY = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;
/** "15 tháng 5 năm 2025", "ngày 15 tháng 05, 2025" */
const WORDY = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|\s)\s*(?:năm\s+)?(\d{4})(?!\d)/iu;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/u;
const TIME = /(?<![\d/.-])(\d{1,2})\s*[:hg]\s*(\d{2})(?![\d/])/u;
const TZ = /\(?\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?/iu;

const DATE_WORDS =
  /(?<![\p{L}\p{N}])(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|cn|ngày|cập\s*nhật|đăng|đăng\s*lúc|xuất\s*bản|lúc|giờ|sáng|chiều|tối|am|pm|gmt|utc|ict|published|updated)(?![\p{L}\p{N}])/giu;

const pad = (n: number | string) => String(n).padStart(2, "0");

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

export interface FoundDate {
  value: string;
  /** what is left of the line once the date, time and date words are removed */
  rest: string;
}

/** The date (and time) printed in a line, as ISO 8601 at the precision shown, or null. */
export function findDate(line: string): FoundDate | null {
  let value: string;
  let rest = line;
  const iso = ISO.exec(line);
  if (iso) {
    const [all, y, m, d, hh, mm, tz] = iso;
    if (!validDay(+y!, +m!, +d!)) return null;
    value = `${y}-${m}-${d}`;
    if (hh && mm) value += `T${hh}:${mm}` + (tz ? (tz === "Z" ? "Z" : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : "");
    rest = rest.replace(all, " ");
  } else {
    const dmy = DMY.exec(line) ?? WORDY.exec(line);
    if (!dmy) return null;
    const [all, d, m, y] = dmy;
    if (!validDay(+y!, +m!, +d!)) return null;
    value = `${y}-${pad(m!)}-${pad(d!)}`;
    rest = rest.replace(all, " ");
    const t = TIME.exec(rest);
    if (t && +t[1]! < 24 && +t[2]! < 60) {
      let h = +t[1]!;
      const after = rest.slice(t.index + t[0].length, t.index + t[0].length + 6);
      if (/^\s*(?:pm|PM|chiều|tối)/u.test(after) && h < 12) h += 12;
      value += `T${pad(h)}:${t[2]}`;
      rest = rest.replace(t[0], " ");
      const tz = TZ.exec(rest);
      if (tz) {
        value += `${tz[1]}${pad(tz[2]!)}:${tz[3] ?? "00"}`;
        rest = rest.replace(tz[0], " ");
      }
    }
  }
  rest = rest
    .replace(TZ, " ")
    .replace(DATE_WORDS, " ")
    .replace(/[\s,;:|()[\]\-–—/•·]+/gu, " ")
    .trim();
  return { value, rest };
}

/** A line that is only a date/time stamp (with weekday, "Cập nhật", time zone and separators). */
export function dateLine(line: string): string | null {
  const f = findDate(line);
  return f && !f.rest ? f.value : null;
}
