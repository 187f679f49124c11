import type { Doc, ReferenceDate } from "../envelope/types.js";
import type { TimeLexicon } from "./lexicon.js";
import type { Located, Ref } from "./resolve.js";
import { parseRef, refString } from "./resolve.js";
import { dayNumber, daysInMonth, fromDayNumber, isoWeekday, parseIsoDay, validDay } from "./calendar.js";
import { reportLag, vnHour } from "./zones.js";

/**
 * The reference date every relative or yearless expression is resolved against, weighed from
 * every clue (see `chooseReference` and `inferReference`): the page's printed date, the URL,
 * `fetched_at`, the caller's `--date`, and for undated captures the article's own dates, printed
 * weekdays, well-known events, durations and anniversaries, and terms of office. The record says
 * how sure the date is (confidence, interval, the clues that decided); when the year is not
 * settled, yearless dates keep XXXX.
 */

/** A period the article must have been written in, e.g. from a titled name ("Tổng thống X"). */
export interface DateConstraint {
  /** ISO day, inclusive; null: open. */
  from: string | null;
  /** ISO day, exclusive; null: open. */
  to: string | null;
  /** What says so (for messages): a tenure id, an actor id. */
  source: string;
  /** What kind of clue it is: a term of office (default), or a numbered meeting ("lần thứ 46"). */
  kind?: "office" | "edition";
}

/** A mention the inference reads: the tagged expression plus what the stage knows of it. */
export interface Mention extends Located {
  report: boolean;
  /** Lower-cased sentence the mention is in (anchors match on it), and where it starts. */
  sentence: string;
  sentStart: number;
  /** The mention's own words, lower-cased, and a few words before it. */
  own: string;
  before: string;
  /** The mention's sentence lies inside a paragraph after the lead (a "Ngày 10/3, …" there tells background, not the day). */
  midParagraph?: boolean;
  /** What the inference read off this mention alone (see `memoOf`); set by the inference, null before. */
  memo?: MentionMemo | null;
}

type Interval = [number, number];

function intervalOf(y: number, m?: number, d?: number): Interval {
  if (m === undefined) return [dayNumber({ y, m: 1, d: 1 }), dayNumber({ y, m: 12, d: 31 })];
  if (d === undefined) return [dayNumber({ y, m, d: 1 }), dayNumber({ y, m, d: daysInMonth(y, m) })];
  const n = dayNumber({ y, m, d });
  return [n, n];
}

const distance = (n: number, iv: Interval): number => (n < iv[0] ? iv[0] - n : n > iv[1] ? n - iv[1] : 0);

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

/**
 * Numbered meetings the (lower-cased) text names: "Hội nghị Cấp cao ASEAN lần thứ 46", "khóa họp
 * thứ 80 của Đại hội đồng Liên hợp quốc", "COP30". A number after one of an entry's `before` words,
 * in a sentence with the entry's words, dates the article to the weeks around that meeting.
 */
export function editionConstraints(lower: string, lex: TimeLexicon): DateConstraint[][] {
  const out: DateConstraint[][] = [];
  const eds = lex.anchors.editions ?? [];
  if (!eds.length) return out;
  const DAY = 86400000;
  const shift = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  for (const e of eds) {
    for (const b of e.before) {
      for (let i = lower.indexOf(b); i >= 0; i = lower.indexOf(b, i + 1)) {
        if (i > 0 && /[\p{L}\p{M}]/u.test(lower[i - 1]!)) continue;
        const m = /^\s*(\d{1,3}|[ivxlc]+)(?![\p{L}\p{M}\d])/u.exec(lower.slice(i + b.length, i + b.length + 8));
        if (!m) continue;
        const n = /^\d/.test(m[1]!) ? +m[1]! : roman(m[1]!);
        const day = e.editions[String(n)];
        if (!day) continue;
        // The sentence around the number (a window: sentences are not needed for this).
        const win = lower.slice(Math.max(0, i - 120), i + b.length + 120);
        if (!e.all.every((w) => win.includes(w))) continue;
        if (e.any && !e.any.some((w) => win.includes(w))) continue;
        if (e.not?.some((w) => win.includes(w))) continue;
        out.push([{ from: shift(day, -e.window[0]), to: shift(day, e.window[1] + 1), source: `${e.id} ${n} (${day})`, kind: "edition" }]);
        break;
      }
    }
  }
  return out;
}

function roman(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const a = v[s[k]!]!;
    const b = k + 1 < s.length ? v[s[k + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** The first two words of a name (its title, mostly): a prefix of it. */
function titleOf(n: string): string {
  const sp = n.indexOf(" ");
  const sp2 = sp < 0 ? -1 : n.indexOf(" ", sp + 1);
  return sp2 < 0 ? n : n.slice(0, sp2);
}


/** The date a mention names: its own, or the day written with its clock time ("lúc 14h ngày 20/7"). */
function dayOf(mn: Mention): Mention["sem"] {
  const s = mn.sem;
  return s.k === "clock" && s.date?.k === "date" ? s.date : s;
}

/**
 * What the inference reads off one mention alone (its sentence against the lexicon's anchors),
 * kept with the mention: an undated capture's reference date is inferred up to three times over
 * the same mentions (the time stage, then the actor stage's refinements). Never mutated.
 */
export interface MentionMemo {
  lex: TimeLexicon;
  anchorYears: number[] | undefined;
  /** The duration clue's fields (null: none); a fresh object is made from them per call. */
  duration: Clue | null | undefined;
}
function memoOf(mn: Mention, lex: TimeLexicon): MentionMemo {
  let m = mn.memo;
  if (!m || m.lex !== lex) mn.memo = m = { lex, anchorYears: undefined, duration: undefined };
  return m;
}

/** Years an anchor event gives to a yearless mention in a sentence that names the event. */
function anchorYears(mn: Mention, lex: TimeLexicon): number[] {
  const memo = memoOf(mn, lex);
  return (memo.anchorYears ??= anchorYearsOf(mn, lex));
}

function anchorYearsOf(mn: Mention, lex: TimeLexicon): number[] {
  const s = dayOf(mn);
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

/** How sure the reference date is. */
export type Confidence = "high" | "medium" | "low";

/**
 * One piece of evidence on when the article speaks from: an interval of days (ISO, inclusive;
 * null: open) and a weight (0–1; how much it is trusted), with what says so.
 */
export interface Clue {
  kind:
    | "published"
    | "url"
    | "fetched"
    | "given"
    | "report-date"
    | "past-date"
    | "future-date"
    | "dated-mention"
    | "weekday"
    | "event"
    | "duration"
    | "anniversary"
    | "age"
    | "office"
    | "edition"
    | "story";
  from: string | null;
  to: string | null;
  weight: number;
  /** The words that say so (a timex, a titled name), or the id of the data entry. */
  text?: string;
}

/** What the inference concluded. */
export interface Inference {
  ref: Ref;
  confidence: Confidence;
  /** False when the text leaves the year open: yearless dates then keep XXXX. */
  yearKnown: boolean;
  /** Where the reference date lies, by the hard evidence (ISO days, inclusive; null: open). */
  interval: { from: string | null; to: string | null };
  /** The clues that decided, strongest first. */
  clues: Clue[];
  /** Said when the year rests on a clue the data's horizon limits (see `conclude`). */
  caveat?: string;
}

const iso = (n: number): string => {
  const v = fromDayNumber(n);
  return `${v.y}-${String(v.m).padStart(2, "0")}-${String(v.d).padStart(2, "0")}`;
};
const dayOfIso = (s: string): number => dayNumber(parseIsoDay(s)!);
const YEAR_DAYS = 365.25;

/** A day the text names, with what it says of the article's own day. */
interface DayItem {
  m: number;
  d: number;
  /** Known year (written, or given by an anchor event); undefined: free. */
  y?: number;
  /** Years it can be in (anchor events, a printed weekday); undefined: any. */
  years?: number[];
  /** report: the article's day itself ("Ngày 2/5, …"); past: before it ("hôm 27/12"); future: after it. */
  role: "report" | "past" | "future" | "unknown";
  text: string;
  /** What gave `years`: a printed weekday or a known event. */
  yearsBy?: "weekday" | "event";
  /** The happenings that gave `years` (ids). */
  yearsFrom?: string;
  /** Days from this day to the article's, when the place's clock tells it (see zones.ts). */
  lag?: number;
  /** What told the lag: the clock's source and the part of the day. */
  lagBy?: string;
}

/**
 * Evidence from the catalogue of happenings (`happenings.ts`, matched on the actors the actor
 * stage found): years pinned on yearless days by the mention's start, and the days of
 * happenings the article tells of as done (it is likely written near them).
 */
export interface MoreEvidence {
  pins?: ReadonlyArray<{ start: number; years: number[]; source: string }>;
  near?: readonly string[];
  /**
   * The days (first and last, ISO) of every happening of the catalogue the article names, told as
   * done or not, unique or not: it is likely written a few months after one of them or a few weeks
   * before it (see AROUND_AHEAD_DAYS).
   */
  around?: ReadonlyArray<{ from: string; to: string; ahead?: boolean; id?: string; once?: boolean }>;
  /**
   * The sentences (offsets) that name a happening of a few days, with its days: a relative day
   * there ("hôm qua", "cuối tuần này") puts the article's day next to the happening's (see `windowsOf`).
   */
  spans?: ReadonlyArray<{ start: number; end: number; from: string; to: string; id?: string }>;
  /** The clock (UTC offset) of the place a day mention was lived in, by the mention's start. */
  zones?: ReadonlyArray<{ start: number; offset: number; source: string }>;
  /** The clock (ISO day, ctx.now): the article was written by then, so no reading lies after it. */
  clock?: string;
}

/** A period the text puts the article in, from a duration since a known start or an anniversary. */
function durationClues(mentions: Mention[], lex: TimeLexicon): Clue[] {
  const out: Clue[] = [];
  const starts = lex.anchors.starts ?? [];
  if (!starts.length) return out;
  for (const mn of mentions) {
    if (mn.sem.k !== "duration") continue;
    const memo = memoOf(mn, lex);
    if (memo.duration === undefined) memo.duration = durationClue(mn, starts);
    if (memo.duration) out.push({ ...memo.duration });
  }
  return out;
}

/** The clue one duration mention gives (see durationClues), or null. */
function durationClue(mn: Mention, starts: NonNullable<TimeLexicon["anchors"]["starts"]>): Clue | null {
  if (mn.sem.k !== "duration") return null;
  const m = /^P(\d+(?:\.\d+)?)(Y|M|W|D)$/.exec(mn.sem.value);
  if (!m) return null;
  const n = +m[1]!;
  const unit = m[2] === "Y" ? YEAR_DAYS : m[2] === "M" ? YEAR_DAYS / 12 : m[2] === "W" ? 7 : 1;
  // Days and weeks count the time since a start only when long ("gần 1.000 ngày" of a war; a
  // ceasefire of 60 days is no such count).
  const days = m[2] === "D" || m[2] === "W";
  if (days && n * unit < MIN_ELAPSED_DAYS) return null;
  const own = mn.own ?? "";
  const after = mn.sentence.slice(mn.end - mn.sentStart, mn.end - mn.sentStart + 12);
  // "3 năm tới", "trong 2 năm nữa": ahead, not since.
  if (/^\s+(?:tới|nữa|tiếp\s+theo|sắp\s+tới)(?![\p{L}])/u.test(after)) return null;
  const anniversary = /kỷ\s+niệm\s*(?:tròn\s+)?$/u.test(mn.before ?? "");
  const since = anniversary || /kéo\s+dài|kể\s+từ|bước\s+sang|tròn|đã|qua|sau|hơn|gần/u.test(mn.sentence);
  if (!since) return null;
  for (const st of starts) {
    if (!st.all.every((w) => mn.sentence.includes(w))) continue;
    if (st.any && !st.any.some((w) => mn.sentence.includes(w))) continue;
    const s0 = dayOfIso(st.start);
    let lo: number;
    let hi: number;
    if (anniversary) {
      lo = n * unit - 300;
      hi = n * unit + 120;
    } else if (days) {
      // A count of days or weeks is rounded less than one of years: a tenth either way.
      const q = /^(?:hơn|trên|ngoài)\s/u.test(own) ? [1, 1.12] : /^(?:gần|chưa\s+đầy|chưa\s+tới|chưa\s+đến)\s/u.test(own) ? [0.9, 1] : /^(?:tròn|đúng)\s/u.test(own) ? [1, 1] : [0.95, 1.08];
      lo = n * unit * q[0]! - 3;
      hi = n * unit * q[1]! + 3;
    } else if (/^(?:hơn|trên|ngoài)\s/u.test(own)) {
      lo = n * unit;
      hi = (n + 1) * unit;
    } else if (/^(?:gần|chưa\s+đầy|chưa\s+tới|chưa\s+đến)\s/u.test(own)) {
      lo = (n - 1) * unit;
      hi = n * unit + 7;
    } else if (/^(?:tròn|đúng)\s/u.test(own)) {
      lo = n * unit - 20;
      hi = n * unit + 40;
    } else {
      lo = (n - 0.5) * unit;
      hi = (n + 1) * unit;
    }
    return {
      kind: anniversary ? "anniversary" : "duration",
      from: iso(Math.round(s0 + lo)),
      to: iso(Math.round(s0 + hi)),
      weight: 0.7,
      text: `${own} (${st.id}, ${st.start})`,
    };
  }
  return null;
}

/** The least count of days or weeks read as the time since a known start. */
const MIN_ELAPSED_DAYS = 100;

/** Years (from..to) in which (m, d) falls on ISO weekday `wd`. */
function weekdayYears(m: number, d: number, wd: number, from: number, to: number): number[] {
  const ys: number[] = [];
  for (let y = from; y <= to; y++) if (validDay(y, m, d) && isoWeekday({ y, m, d }) === wd) ys.push(y);
  return ys;
}

/** A weekday printed in brackets after the date: "ngày 23/7 (thứ Tư)", "14/9 (Chủ nhật)". */
function weekdayAfter(mn: Mention, lex: TimeLexicon): number | undefined {
  const after = mn.sentence.slice(mn.end - mn.sentStart, mn.end - mn.sentStart + 24);
  const m = /^\s*\(\s*(?:thứ\s+([\p{L}\d]+)|(chủ\s+nhật))\s*\)/u.exec(after);
  if (!m) return undefined;
  if (m[2]) return 7;
  return lex.words.weekdays.entries.find((e) => e.word === m[1])?.iso;
}

const doneAfterCache = new WeakMap<TimeLexicon, RegExp | null>();

/** The pattern of the words before a day that make it the day of a happening done (`cues.doneAfter`). */
function doneAfterRe(lex: TimeLexicon): RegExp | null {
  let re = doneAfterCache.get(lex);
  if (re === undefined) {
    const d = lex.words.cues.doneAfter;
    const alt = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
    re = d ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(d.before)})\\s+(?:${alt(d.heads)})(?:\\s+[\\p{L}\\p{M}-]+){0,${d.maxWords}}\\s+$`, "u") : null;
    doneAfterCache.set(lex, re);
  }
  return re;
}

/**
 * Whether the text says what day it speaks from only through "hôm qua" (a day told as yesterday,
 * none as today): then the day its lead reports ("Ngày 12/6, …") is yesterday's, and the
 * article is written the day after.
 */
function yesterdayOnly(mentions: Mention[]): boolean {
  let yesterday = false;
  for (const mn of mentions) {
    const s = mn.sem;
    const rel = s.k === "rel" ? s : s.k === "clock" && s.date?.k === "rel" ? s.date : null;
    if (!rel || rel.unit !== "D" || rel.anchor) continue;
    if (rel.n === 0) return false;
    if (rel.n === -1) yesterday = true;
  }
  return yesterday;
}

/** The parts of the day, longest word first (per lexicon, sorted once). */
const daypartsCache = new WeakMap<TimeLexicon, TimeLexicon["words"]["dayparts"]["entries"]>();
function daypartsOf(lex: TimeLexicon): TimeLexicon["words"]["dayparts"]["entries"] {
  let d = daypartsCache.get(lex);
  if (!d) daypartsCache.set(lex, (d = [...lex.words.dayparts.entries].sort((a, b) => b.word.length - a.word.length)));
  return d;
}

/** Day items of the text: every mention with a day and a month. */
function dayItems(mentions: Mention[], lex: TimeLexicon, more: MoreEvidence): DayItem[] {
  const out: DayItem[] = [];
  const done = doneAfterRe(lex);
  const afterYesterday = yesterdayOnly(mentions);
  const pins = new Map((more.pins ?? []).map((p) => [p.start, p]));
  const zones = new Map((more.zones ?? []).map((z) => [z.start, z]));
  const dayparts = daypartsOf(lex);
  for (const mn of mentions) {
    const s = dayOf(mn);
    if (s.k !== "date" || s.m === undefined || s.d === undefined || s.yRel !== undefined || s.yThat) continue;
    const own = mn.own ?? "";
    const hom = /^(?:hôm|hồi)(?![\p{L}])/u.test(own);
    let role: DayItem["role"];
    // A report date without a year is the article's own day; "hôm 5/2" is never today.
    // (a sentence opening "Ngày 10/3, …" inside a paragraph after the lead is background: a day before the article's)
    if (mn.report && !hom && s.y === undefined && !(mn.midParagraph && !mn.sentence.slice(0, mn.start - mn.sentStart).trim())) role = "report";
    else if (mn.report || hom || mn.tense === "past") role = "past";
    else if (done && done.test(mn.sentence.slice(0, mn.start - mn.sentStart))) role = "past";
    else if (mn.tense === "future") role = "future";
    else role = "unknown";
    const item: DayItem = { m: s.m, d: s.d, role, text: own };
    if (role === "report" && afterYesterday) {
      item.lag = 1;
      item.lagBy = `"hôm qua" in the text, no "hôm nay"`;
    }
    // The place's clock: a day lived in Asia is reported that day, elsewhere mostly the next
    // ("hôm 5/2" stays before the article's day, a report date stays its day unless late enough
    // to be the next day in Viet Nam).
    const zone = zones.get(mn.start);
    if (zone && !hom) {
      const part = dayparts.find((p) => own.startsWith(p.word + " "));
      const hour = part?.hour;
      if (role === "report") {
        if (hour !== undefined && vnHour(zone.offset, hour) >= 24) item.lag = 1;
      } else item.lag = reportLag(zone.offset, hour);
      if (item.lag !== undefined) item.lagBy = `UTC${zone.offset >= 0 ? "+" : ""}${zone.offset}: ${zone.source}${part ? `, ${part.word}` : ""}`;
    }
    if (s.y !== undefined) item.y = s.y;
    else {
      const pin = pins.get(mn.start);
      // Known events of the sentence and the catalogue's happenings: when they disagree, every
      // year they give stays possible (the year then stays open).
      const ys = [...new Set([...anchorYears(mn, lex), ...(pin?.years ?? [])])].sort((a, b) => a - b);
      if (ys.length) {
        item.years = ys;
        item.yearsBy = "event";
        if (pin) item.yearsFrom = pin.source;
      } else {
        const wd = s.wd ?? weekdayAfter(mn, lex);
        if (wd !== undefined) {
          item.years = weekdayYears(s.m, s.d, wd, 1990, 2100);
          item.yearsBy = "weekday";
        }
      }
    }
    out.push(item);
  }
  return out;
}

/** A dated mention without a day: a month or a year ("tháng 11.2024", "năm 2019"). */
interface Coarse {
  iv: Interval;
  role: DayItem["role"];
  text: string;
}

function coarseItems(mentions: Mention[]): Coarse[] {
  const out: Coarse[] = [];
  for (const mn of mentions) {
    const s = mn.sem;
    if ((s.k !== "date" && s.k !== "season") || s.y === undefined) continue;
    if (s.k === "date" && s.d !== undefined) continue;
    const iv = s.k === "date" ? intervalOf(s.y, s.m) : seasonInterval(s.y, s.code);
    const role: DayItem["role"] = mn.report || mn.tense === "past" ? "past" : mn.tense === "future" ? "future" : "unknown";
    out.push({ iv, role, text: mn.own ?? "" });
  }
  return out;
}

/**
 * A month, day or season of the article's own year ("tháng 4 năm nay", "mùa hè năm nay"): told as
 * done, the article is written on or after its start; as to come, on or before its end. Its days
 * are those of whichever year a reading puts the article in (`within`), so it tells readings apart
 * by the day of the year only ("Tháng 4 năm nay, … đã tới Jakarta" rules out a February reading).
 */
interface ThisYear {
  within: (y: number) => Interval;
  role: "past" | "future";
  text: string;
}

function thisYearItems(mentions: Mention[]): ThisYear[] {
  const out: ThisYear[] = [];
  for (const mn of mentions) {
    const s = dayOf(mn);
    if (s.k !== "date" && s.k !== "season") continue;
    if (s.yRel !== 0 || s.y !== undefined) continue;
    const role = mn.report || mn.tense === "past" ? "past" : mn.tense === "future" ? "future" : null;
    if (!role) continue;
    let within: ThisYear["within"];
    if (s.k === "season") {
      const code = s.code;
      within = (y) => seasonInterval(y, code);
    } else if (s.m !== undefined) {
      const m = s.m;
      const d = s.d;
      within = (y) => (d !== undefined && validDay(y, m, d) ? intervalOf(y, m, d) : intervalOf(y, m));
    } else continue;
    out.push({ within, role, text: mn.own ?? "" });
  }
  return out;
}

/** Whether an article of day `ref` can say each of `items` of its own year as it does. */
function fitsThisYear(ref: number, items: readonly ThisYear[]): boolean {
  if (!items.length) return true;
  const y = fromDayNumber(ref).y;
  for (const x of items) {
    const [a, b] = x.within(y);
    if (x.role === "past" ? ref < a : ref > b) return false;
  }
  return true;
}

/** The days of a season or quarter of year `y` ("2025-SU": June to August; winter runs into the next year). */
function seasonInterval(y: number, code: string): Interval {
  const months: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], H2: [7, 12] };
  const mm = months[code];
  if (!mm) return intervalOf(y);
  const end = mm[1] > 12 ? { y: y + 1, m: mm[1] - 12 } : { y, m: mm[1] };
  return [dayNumber({ y, m: mm[0], d: 1 }), dayNumber({ y: end.y, m: end.m, d: daysInMonth(end.y, end.m) })];
}

/** The days each hypothesis puts the article on, and how well it agrees with the text. */
interface Hypothesis {
  y: number;
  ref: number;
  /** Days from the article's day to the nearest dated mention (the nearer, the likelier). */
  near: number;
  /** The item that gave the day. */
  by: DayItem | null;
  /**
   * Days from the latest happening told as done to the article's day, or from any happening
   * named when nearer (0 during it; before it, within AROUND_AHEAD_DAYS) (Infinity: none near).
   */
  sinceEvent: number;
  /**
   * The happening named that gave `sinceEvent` when it is nearer than any told as done (its id,
   * first day, and whether it is unique: a kind of happening that recurs may have recurred after the
   * catalogue's horizon, where its silence is no evidence).
   */
  around?: { id: string; from: number; once: boolean };
}

/**
 * Infers the reference date of an undated capture from its own words, weighing every clue:
 *   - the day: the latest day the text reports from ("Ngày 2/5, …", "AFP ngày 28/12 đưa tin":
 *     that day) or as done ("hôm 27/12", "đã … 15.1": the day after it);
 *   - the year: written dates (the article is written after what it reports as done, before
 *     what "sẽ" happen), yearless dates placed near the written ones, a weekday printed with a
 *     day ("thứ Tư 23/7"), well-known dated events, durations from known starts ("hơn 3 năm"
 *     of a war) and anniversaries ("kỷ niệm 80 năm"), terms of office (`constraints`: one list of
 *     alternative periods per titled name), each an interval the article must lie in.
 * Returns null when the text has no dated mention at all. When several years fit equally (or
 * nothing gives a year), the latest reading up to the data's horizon is given with
 * `yearKnown: false` and a low confidence (`recentGuess`).
 */
export function inferReference(mentions: Mention[], lex: TimeLexicon, constraints: DateConstraint[][], extra: Clue[] = [], more: MoreEvidence = {}): Inference | null {
  // three phases in functions of their own (smaller units for the optimising compiler)
  const g = gatherClues(mentions, lex, constraints, extra, more);
  if (!g) return null;
  const hypotheses = hypothesesOf(g);
  if (!hypotheses.length) return null;
  return conclude(g, hypotheses, lex);
}

/** The clues `inferReference` weighs: dated and yearless days, months and years, bounds, intervals. */
interface Gathered {
  free: DayItem[];
  fixed: DayItem[];
  coarse: Coarse[];
  /** Months and days of the article's own year, told as done or to come (checked with the intervals). */
  thisYear: ThisYear[];
  lower: number;
  upper: number;
  bounds: Clue[];
  intervals: Array<{ alts: Array<[number, number]>; clue: Clue }>;
  near: Interval[];
  nearCoarse: Interval[];
  /** Days of happenings told as done (the catalogue's): a reading just after them is likelier. */
  nearEvents: number[];
  /** Days (first, last) of every happening named (the catalogue's): a reading near one of them is likelier (only before it when `ahead`: told as to come). */
  aroundEvents: Array<{ iv: Interval; ahead: boolean; id: string; once: boolean }>;
  /** The year the data's knowledge reaches (`knownUntil`): the readings tried when nothing gives a year. */
  guessYear?: number;
  /** The clock's day (ctx.now): no reading after it (dropped with the intervals when every reading is). */
  clock: number;
  /** Set when the readings tried are only those around `guessYear`: one left then settles nothing. */
  guessOnly?: boolean;
  /** The article's day by a relative day in a sentence naming a happening: one list of alternatives per such day. */
  windows: Array<{ alts: Interval[]; text: string }>;
  /** Set when the readings come from `windows` alone (the text has no day of its own). */
  byWindows?: boolean;
}

/**
 * Where a relative day in a sentence naming a happening of the catalogue puts the article's day:
 * "hôm qua" the day after the happening, "hôm nay" on it, "tuần trước" one or two weeks after it,
 * "cuối tuần này" within a week of it, "tuần tới" one or two weeks before it, a bare weekday
 * within a week. One interval of the article's days per happening the sentence names.
 */
function windowsOf(mentions: Mention[], spans: MoreEvidence["spans"]): Gathered["windows"] {
  const out: Gathered["windows"] = [];
  if (!spans?.length) return out;
  for (const mn of mentions) {
    const s = mn.sem;
    let lo: number;
    let hi: number;
    if (s.k === "rel" && !s.anchor && s.unit === "D" && Math.abs(s.n) <= 3) lo = hi = -s.n;
    else if (s.k === "rel" && !s.anchor && (s.unit === "W" || s.unit === "WE") && Math.abs(s.n) <= 1) [lo, hi] = s.n === 0 ? [-6, 6] : s.n < 0 ? [1, 13] : [-13, -1];
    else if (s.k === "weekday" && s.week === undefined) [lo, hi] = s.dir === "future" ? [-7, 0] : s.dir === "past" ? [0, 7] : [-7, 7];
    else continue;
    const alts: Interval[] = [];
    const ids: string[] = [];
    for (const sp of spans) {
      if (mn.start < sp.start || mn.start >= sp.end) continue;
      alts.push([dayOfIso(sp.from) + lo, dayOfIso(sp.to) + hi]);
      if (sp.id) ids.push(sp.id);
    }
    if (alts.length) out.push({ alts, text: `${mn.own ?? ""} (${ids.join(", ")})` });
  }
  return out;
}

function gatherClues(mentions: Mention[], lex: TimeLexicon, constraints: DateConstraint[][], extra: Clue[], more: MoreEvidence): Gathered | null {
  const items = dayItems(mentions, lex, more);
  const coarse = coarseItems(mentions);
  const thisYear = thisYearItems(mentions);
  const durations = [...durationClues(mentions, lex), ...extra];
  const free = items.filter((x) => x.y === undefined);
  const fixed = items.filter((x) => x.y !== undefined);

  // Hard bounds from written dates: after what is done, before what is to come.
  let lower = -Infinity;
  let upper = Infinity;
  const bounds: Clue[] = [];
  for (const x of fixed) {
    const n = dayNumber({ y: x.y!, m: x.m, d: x.d });
    if (x.role === "past" || x.role === "report") {
      if (n > lower) lower = n;
    } else if (x.role === "future" && n < upper) upper = n;
  }
  for (const c of coarse) {
    if (c.role === "past" && c.iv[0] > lower) lower = c.iv[0];
    else if (c.role === "future" && c.iv[1] < upper) upper = c.iv[1];
  }
  // Intervals: durations and anniversaries, terms of office.
  const intervals: Array<{ alts: Array<[number, number]>; clue: Clue }> = [];
  for (const c of durations) {
    intervals.push({ alts: [[c.from ? dayOfIso(c.from) : -Infinity, c.to ? dayOfIso(c.to) : Infinity]], clue: c });
  }
  const offices = constraints.filter((alts) => alts.length);
  for (const alts of offices) {
    intervals.push({
      alts: alts.map((c) => [c.from ? dayOfIso(c.from) : -Infinity, c.to ? dayOfIso(c.to) - 1 : Infinity] as [number, number]),
      clue: { kind: alts[0]!.kind ?? "office", from: alts[0]!.from, to: alts[alts.length - 1]!.to, weight: 0.8, text: [...new Set(alts.map((a) => a.source))].join(", ") },
    });
  }

  const windows = windowsOf(mentions, more.spans);
  if (!items.length && !coarse.length && !intervals.length && !windows.length) return null;

  // Fine dated mentions (with a year) the article is likely near.
  const near: Interval[] = [
    ...fixed.map((x) => intervalOf(x.y!, x.m, x.d)),
    ...coarse.filter((c) => c.iv[1] - c.iv[0] < 40).map((c) => c.iv),
  ];
  const nearCoarse: Interval[] = coarse.map((c) => c.iv);

  const nearEvents = (more.near ?? []).map((d) => parseIsoDay(d)).filter((d) => d !== null).map((d) => dayNumber(d));
  const aroundEvents: Gathered["aroundEvents"] = [];
  for (const a of more.around ?? []) {
    const f = parseIsoDay(a.from);
    const t = parseIsoDay(a.to);
    if (f && t) aroundEvents.push({ iv: [dayNumber(f), dayNumber(t)], ahead: a.ahead === true, id: a.id ?? `${a.from}`, once: a.once === true });
  }
  const until = lex.anchors.knownUntil ? parseIsoDay(lex.anchors.knownUntil) : null;
  const clockDay = more.clock ? parseIsoDay(more.clock) : null;
  const clock = clockDay ? dayNumber(clockDay) : Infinity;
  const g: Gathered = { free, fixed, coarse, thisYear, lower, upper, bounds, intervals, near, nearCoarse, nearEvents, aroundEvents, clock, windows };
  if (until) g.guessYear = until.y;
  return g;
}

/** The readings of the clues: a reference day per candidate year of the free items' cycle. */
function hypothesesOf(g: Gathered): Hypothesis[] {
  const { free, fixed, coarse, lower, upper, intervals, near, nearCoarse } = g;
  // The day: among the free items, the cycle starts after the widest gap between their days.
  const order = free.map((x) => dayNumber({ y: 2000, m: x.m, d: x.d }));
  let cycleStart = 0;
  if (order.length > 1) {
    const sorted = [...new Set(order)].sort((a, b) => a - b);
    let gap = -1;
    sorted.forEach((n, i) => {
      const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 366;
      if (next - n > gap) {
        gap = next - n;
        cycleStart = next > sorted[sorted.length - 1]! ? sorted[0]! : next;
      }
    });
  }
  const offsetOf = (x: DayItem): number => (dayNumber({ y: 2000, m: x.m, d: x.d }) < cycleStart ? 1 : 0);

  const pool = (xs: DayItem[]): DayItem[] => {
    const pastish = xs.filter((x) => x.role === "report" || x.role === "past");
    return pastish.length ? pastish : xs.filter((x) => x.role !== "future");
  };
  // The article's day: a report date is that day; what it tells of (done, or said without tense) is the day before it.
  // (unless the clock of the place it was lived in tells the lag)
  const estimate = (x: DayItem, n: number): number => n + (x.lag ?? (x.role === "report" ? 0 : 1));

  // Candidate years for the first year of the free items' cycle.
  // (with the intervals' years, or without them once the intervals are dropped)
  const openEnd = Math.max(g.guessYear ?? -Infinity, Number.isFinite(g.clock) ? fromDayNumber(g.clock).y : -Infinity);
  const candidateYears = (withIntervals: boolean): Set<number> => {
    const years = new Set<number>();
    // A year either side: yearless dates are written near the dated ones (the nearness the
    // confidence below weighs).
    const addAround = (y: number): void => {
      for (let k = -1; k <= 1; k++) years.add(y + k);
    };
    for (const x of fixed) addAround(x.y!);
    for (const x of free) for (const y of x.years ?? []) addAround(y);
    for (const c of coarse) addAround(fromDayNumber(c.iv[1]).y);
    if (withIntervals)
      for (const { alts } of intervals) {
        for (const [a, b] of alts) {
          const ya = Number.isFinite(a) ? fromDayNumber(a).y : Number.isFinite(b) ? fromDayNumber(b).y - 8 : NaN;
          // (a term still open runs to the clock's year, or the data's horizon: a long tenure — Putin's
          // since 2000 — leaves this year's readings open too)
          const yb = Number.isFinite(b) ? fromDayNumber(b).y : Number.isFinite(a) ? Math.max(fromDayNumber(a).y + 12, openEnd) : NaN;
          if (Number.isNaN(ya)) continue;
          for (let y = ya - 1; y <= yb; y++) years.add(y);
        }
      }
    if (!years.size && Number.isFinite(lower)) addAround(fromDayNumber(lower).y);
    // Days and nothing that gives a year: the readings of the years the data knows best (the year
    // stays unknown — several fit — and the guess is the latest up to \`knownUntil\`, see conclude).
    if (!years.size && free.length && g.guessYear !== undefined) {
      addAround(g.guessYear);
      g.guessOnly = true;
    }
    return years;
  };
  const years = candidateYears(true);

  const hypotheses: Hypothesis[] = [];
  // What does not depend on the year tried, computed once: the fixed items' days, and the pool
  // (it reads the items' roles only, and every reading places all the free items, then the fixed
  // ones). A set: a look-up per item, not a pass over the pool — linear on long documents.
  const offsets = free.map(offsetOf);
  // The free items' days under the reading tried (one array reused by every reading, no object per
  // item), then the fixed ones' days (the same for every reading).
  const placedDays: number[] = free.map(() => 0);
  let fixedDays: number[] | null = null;
  let p: Set<DayItem> | null = null;
  // `skip`: the index of an interval not checked (the odd one out, see `dropOne`).
  const consider = (y: number, checkIntervals: boolean, checkClock = checkIntervals, skip = -1): void => {
    // Place the free items, check their year sets.
    for (let i = 0; i < free.length; i++) {
      const x = free[i]!;
      const yy = y + (offsets[i] as number);
      if (!validDay(yy, x.m, x.d)) return;
      if (x.years && !x.years.includes(yy)) return;
      placedDays[i] = dayNumber({ y: yy, m: x.m, d: x.d });
    }
    fixedDays ??= fixed.map((x) => dayNumber({ y: x.y!, m: x.m, d: x.d }));
    // (every reading that gets here places all the free items, then the fixed ones, in that order)
    p ??= new Set(pool([...free, ...fixed]));
    let ref = -Infinity;
    let by: DayItem | null = null;
    for (let i = 0; i < free.length; i++) {
      const x = free[i]!;
      if (!p.has(x)) continue;
      const e = estimate(x, placedDays[i]!);
      if (e > ref) {
        ref = e;
        by = x;
      }
    }
    for (let i = 0; i < fixed.length; i++) {
      const x = fixed[i]!;
      if (!p.has(x)) continue;
      const e = estimate(x, fixedDays[i]!);
      if (e > ref) {
        ref = e;
        by = x;
      }
    }
    if (!Number.isFinite(ref)) {
      // No day: the latest month or year mentioned as not future, or the intervals alone.
      if (free.length) return;
      const cs = coarse.filter((c) => c.role !== "future");
      if (cs.length) ref = cs.reduce((m, c) => Math.max(m, c.iv[0]), -Infinity);
      else return;
    }
    if (ref < lower || ref > upper) return;
    // Future free items must not lie before the day (the cycle may have put them a year early).
    for (let i = 0; i < free.length; i++) if (free[i]!.role === "future" && placedDays[i]! < ref - 2) return;
    if (checkClock && ref > g.clock + 1) return;
    if (checkIntervals) for (let k = 0; k < intervals.length; k++) if (k !== skip && !intervals[k]!.alts.some(([a, b]) => ref >= a && ref <= b)) return;
    if (checkIntervals && !fitsThisYear(ref, g.thisYear)) return;
    const dist = near.length ? nearestDays(ref, near) : nearCoarse.length ? nearestDays(ref, nearCoarse) : 0;
    let sinceEvent = Infinity;
    for (const e of g.nearEvents) if (e <= ref && ref - e < sinceEvent) sinceEvent = ref - e;
    // (a happening named, done or to come: after it, or a few weeks before it)
    let around: Hypothesis["around"];
    for (const { iv: [a, b], ahead, id, once } of g.aroundEvents) {
      if (ahead && ref > b) continue;
      const d = ref >= a ? Math.max(0, ref - b) : a - ref <= AROUND_AHEAD_DAYS ? a - ref : Infinity;
      if (d < sinceEvent) {
        sinceEvent = d;
        around = { id, from: a, once };
      }
    }
    hypotheses.push(around ? { y, ref, near: dist, by, sinceEvent, around } : { y, ref, near: dist, by, sinceEvent });
  };
  const ys = [...years].sort((a, b) => a - b);
  // When no reading fits every interval, one that disagrees with several others that agree is the
  // odd one out: the readings that fit all the others are kept (one interval dropped, not all).
  // Two or fewer intervals: no majority, they are dropped together below.
  const dropOne = (run: (skip: number) => void): void => {
    if (intervals.length < 3) return;
    for (let k = 0; k < intervals.length; k++) run(k);
  };
  if (!free.length && fixed.length) {
    consider(0, true);
    if (!hypotheses.length) dropOne((k) => consider(0, true, true, k));
    if (!hypotheses.length) consider(0, false);
  } else if (free.length) {
    for (const y of ys) consider(y, true);
    if (!hypotheses.length) dropOne((k) => ys.forEach((y) => consider(y, true, true, k)));
    // Constraints that contradict every reading of the text's own dates are dropped, and the years
    // they suggested with them (the clock stays, unless nothing is left before it either).
    if (!hypotheses.length && intervals.length) {
      g.guessOnly = false;
      for (const y of [...candidateYears(false)].sort((a, b) => a - b)) consider(y, false, true);
    }
    if (!hypotheses.length && (intervals.length || Number.isFinite(g.clock))) for (const y of ys) consider(y, false, false);
  } else if (coarse.length) {
    consider(0, true);
    if (!hypotheses.length) dropOne((k) => consider(0, true, true, k));
    if (!hypotheses.length) consider(0, false);
  } else if (g.windows.length) {
    // No day of its own: the article's day from a relative day next to a happening (the middle of
    // each alternative of the first such day), checked against the bounds, the clock and the intervals.
    const fromWindows = (checkIntervals: boolean): void => {
      for (const [a, b] of g.windows[0]!.alts) {
        const ref = Math.round((a + b) / 2);
        if (ref < lower || ref > upper || ref > g.clock + 1) continue;
        if (checkIntervals && !intervals.every((iv) => iv.alts.some(([x, y]) => ref >= x && ref <= y))) continue;
        if (g.windows.some((w) => !w.alts.some(([x, y]) => ref >= x - 7 && ref <= y + 7))) continue;
        hypotheses.push({ y: fromDayNumber(ref).y, ref, near: 0, by: null, sinceEvent: 0 });
      }
    };
    fromWindows(true);
    if (!hypotheses.length) fromWindows(false);
    g.byWindows = hypotheses.length > 0;
  }
  // (a reading found with two different intervals left out counts once)
  const seen = new Set<number>();
  return hypotheses.filter((h) => !seen.has(h.ref) && (seen.add(h.ref), true));
}

/** The best reading, its confidence, interval and clues. */
function conclude(g: Gathered, hypotheses: Hypothesis[], lex: TimeLexicon): Inference {
  const { free, fixed, coarse, lower, upper, bounds, intervals, near } = g;
  hypotheses.sort((a, b) => a.near - b.near || a.ref - b.ref);
  let best = hypotheses[0]!;
  const distinct = [...new Set(hypotheses.map((h) => fromDayNumber(h.ref).y))];

  // Certainty: one year left, or the written dates make one year clearly nearer than the others.
  let confidence: Confidence;
  let yearKnown: boolean;
  let decidedBy: Hypothesis["around"];
  let caveat: string | undefined;
  if (g.byWindows) {
    // (a day of the catalogue's, not of the text: never more than medium; readings of several years leave it open)
    yearKnown = distinct.length === 1;
    confidence = yearKnown ? "medium" : "low";
    if (!yearKnown) best = recentGuess(hypotheses, best, lex.anchors.knownUntil);
  } else if (!free.length) {
    confidence = fixed.length ? "high" : "medium";
    yearKnown = true;
  } else if (distinct.length === 1 && !g.guessOnly) {
    confidence = near.length || intervals.length ? "high" : "medium";
    yearKnown = true;
  } else {
    const second = hypotheses.find((h) => fromDayNumber(h.ref).y !== fromDayNumber(best.ref).y);
    // Written dates make a year clearly likelier when one of them is within about a year of it
    // and every other year is at least five months farther from them.
    const byDates = second !== undefined && near.length > 0 && best.near <= 400 && second.near - best.near >= UNCLEAR_DAYS;
    // Or a happening the article tells of as done lies a few months before one reading only
    // (and the written dates do not prefer another one).
    // (the runner-up is the nearest reading of another year: happenings near two readings leave it open)
    const byEvent = [...hypotheses].sort((a, b) => a.sinceEvent - b.sinceEvent || a.ref - b.ref);
    const evFirst = byEvent[0]!;
    const evSecond = byEvent.find((h) => fromDayNumber(h.ref).y !== fromDayNumber(evFirst.ref).y);
    // (a happening of a kind that recurs — talks, strikes, a summit of a series — says nothing of a
    // reading after the data's horizon, where the kind may have recurred unrecorded: the year is
    // still given, at medium confidence, with that caveat said)
    const horizon = lex.anchors.knownUntil ? parseIsoDay(lex.anchors.knownUntil) : null;
    const blindRunnerUp = evFirst.around !== undefined && !evFirst.around.once && horizon !== null && hypotheses.some((h) => fromDayNumber(h.ref).y !== fromDayNumber(evFirst.ref).y && h.ref > dayNumber(horizon));
    const byEvents =
      !byDates &&
      evFirst.sinceEvent <= EVENT_NEAR_DAYS &&
      (!evSecond || evSecond.sinceEvent - evFirst.sinceEvent >= EVENT_APART_DAYS) &&
      evFirst.near - best.near < UNCLEAR_DAYS;
    if (byEvents) best = evFirst;
    decidedBy = byEvents ? evFirst.around : undefined;
    if (byEvents && blindRunnerUp && horizon) caveat = `the year rests on the nearness of ${evFirst.around!.id}, a kind of happening that recurs; a reading after ${lex.anchors.knownUntil}, where the data ends, is not ruled out`;
    const clear = byDates || byEvents;
    confidence = clear ? "medium" : "low";
    yearKnown = clear;
    if (!clear) best = recentGuess(hypotheses, best, lex.anchors.knownUntil);
  }
  const refYmd = fromDayNumber(best.ref);
  const ref: Ref = free.length || fixed.length || g.byWindows ? refYmd : coarseRef(coarse, best.ref);

  // The interval: the hard bounds, and the article's day when the year is known.
  let from = lower;
  let to = upper;
  for (const { alts } of intervals) {
    const hit = alts.find(([a, b]) => best.ref >= a && best.ref <= b);
    if (hit) {
      from = Math.max(from, hit[0]);
      to = Math.min(to, hit[1]);
    }
  }
  // (nothing is written after the clock)
  if (best.ref <= g.clock) to = Math.min(to, g.clock);
  // (what the article's own year says, when the reading agrees with it)
  const ownYear = fitsThisYear(best.ref, g.thisYear) ? g.thisYear.map((x) => ({ x, iv: x.within(refYmd.y) })) : [];
  if (yearKnown)
    for (const { x, iv } of ownYear) {
      if (x.role === "past") from = Math.max(from, iv[0]);
      else to = Math.min(to, iv[1]);
    }
  if (yearKnown && best.by) {
    from = Math.max(from, best.ref);
    if (best.by.role === "report") to = Math.min(to, best.ref);
  }
  if (from > to) from = to;

  const clues: Clue[] = [];
  if (best.by) {
    clues.push({
      kind: best.by.role === "report" ? "report-date" : best.by.role === "past" ? "past-date" : "dated-mention",
      from: iso(best.ref),
      to: best.by.role === "report" ? iso(best.ref) : null,
      weight: best.by.role === "report" ? 0.8 : 0.6,
      text: best.by.lagBy ? `${best.by.text} (${best.by.lag ? "reported the next day" : "reported the same day"}: ${best.by.lagBy})` : best.by.text,
    });
  }
  for (const x of free) {
    if (!x.years) continue;
    const weekday = x.yearsBy === "weekday";
    const ys = x.years.filter((y) => Math.abs(y - refYmd.y) <= 12);
    const from = x.yearsFrom ? `: ${x.yearsFrom}` : "";
    clues.push({ kind: weekday ? "weekday" : "event", from: null, to: null, weight: weekday ? 0.7 : 0.8, text: `${x.text} (${ys.join(", ")}${from})` });
  }
  if (decidedBy) clues.push({ kind: "event", from: null, to: null, weight: 0.6, text: `near ${decidedBy.id} (${iso(decidedBy.from)})` });
  if (g.byWindows) for (const w of g.windows) clues.push({ kind: "event", from: iso(best.ref), to: iso(best.ref), weight: 0.6, text: w.text });
  if (Number.isFinite(lower)) clues.push({ kind: "past-date", from: iso(lower), to: null, weight: 0.9, text: "written after the dates it reports as done" });
  for (const { x, iv } of ownYear)
    clues.push(
      x.role === "past"
        ? { kind: "past-date", from: iso(iv[0]), to: null, weight: 0.7, text: `${x.text} (of its own year, told as done)` }
        : { kind: "future-date", from: null, to: iso(iv[1]), weight: 0.7, text: `${x.text} (of its own year, to come)` },
    );
  if (Number.isFinite(upper)) clues.push({ kind: "future-date", from: null, to: iso(upper), weight: 0.9, text: "written before the dates it says will come" });
  for (const { alts, clue } of intervals) if (alts.some(([a, b]) => best.ref >= a && best.ref <= b)) clues.push(clue);
  clues.push(...bounds);
  return {
    ref,
    confidence,
    yearKnown,
    interval: { from: Number.isFinite(from) ? iso(from) : null, to: Number.isFinite(to) ? iso(to) : null },
    clues,
    ...(caveat ? { caveat } : {}),
  };
}

/**
 * The guess when the text leaves several years open (the year stays unknown: XXXX, low
 * confidence): of the readings the written dates do not tell apart, the latest one up to the day
 * the data's knowledge of offices and events reaches (`knownUntil`): an undated capture is taken
 * to be as recent as what the system knows of the world, not as early as its clues allow (the
 * first year of a term of office that has lasted since). Readings after that day are the system's
 * blind spot; when every reading lies after it, the earliest.
 */
function recentGuess(hypotheses: Hypothesis[], best: Hypothesis, knownUntil: string | undefined): Hypothesis {
  const until = knownUntil ? parseIsoDay(knownUntil) : null;
  if (!until) return best;
  const h = dayNumber(until);
  let pick: Hypothesis | null = null;
  for (const x of hypotheses) {
    if (x.near - best.near >= UNCLEAR_DAYS || x.ref > h) continue;
    if (!pick || x.ref > pick.ref) pick = x;
  }
  return pick ?? best;
}
/** Readings whose distance to the written dates differs by less than this are not told apart. */
const UNCLEAR_DAYS = 150;
/** A reading this close after a happening told as done, the others farther by EVENT_APART_DAYS, settles the year. */
const EVENT_NEAR_DAYS = 120;
const EVENT_APART_DAYS = 240;
/** A happening named this many days after a reading still counts as near it (talks announced for the weeks ahead). */
const AROUND_AHEAD_DAYS = 45;

function nearestDays(n: number, ivs: Interval[]): number {
  let best = Infinity;
  for (const iv of ivs) {
    const d = distance(n, iv);
    if (d < best) best = d;
  }
  return best;
}

/** A month or a year as the reference, from the latest coarse mention. */
function coarseRef(coarse: Coarse[], n: number): Ref {
  const c = coarse.find((x) => x.iv[0] === n);
  const s = fromDayNumber(n);
  if (!c) return s;
  const e = fromDayNumber(c.iv[1]);
  return s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31 ? { y: s.y } : s.d === 1 && e.m === s.m ? { y: s.y, m: s.m } : s;
}

/** What the stage decided: the reference date, its value for the record, and how sure it is. */
export interface Choice {
  ref: Ref | null;
  date: ReferenceDate;
  /** False when the year is not settled: expressions resolved against it keep XXXX. */
  yearKnown: boolean;
  /** Said of a settled year the data's horizon limits (`Inference.caveat`). */
  caveat?: string;
}

/**
 * The reference date by weight of evidence: the page's printed date (`published`); a date in the
 * URL (the publication day, preferred to a later `fetched_at`); `fetched_at`; the caller's
 * `--date`; a date in the URL alone; else the inference from the text. `infer` is only called
 * when needed.
 */
export function chooseReference(doc: Doc, urlDay: string | null, infer: () => Inference | null): Choice {
  const single = (basis: ReferenceDate["basis"], kind: Clue["kind"], v: string, text: string): Choice | null => {
    const r = parseRef(v);
    if (!r) return null;
    const value = refString(r);
    return {
      ref: r,
      yearKnown: true,
      date: { value, basis, confidence: "high", interval: { from: value, to: value }, clues: [{ kind, from: value, to: value, weight: 1, text }] },
    };
  };
  const published = doc.article?.published;
  if (published) {
    const c = single("published", "published", published, published);
    if (c) return c;
  }
  const fetched = doc.source.fetched_at;
  const fetchedRef = parseRef(fetched);
  if (urlDay && fetchedRef && fetchedRef.d !== undefined) {
    // A capture fetched a little after its publication: the URL's day is the article's.
    const f = dayNumber(fetchedRef as { y: number; m: number; d: number });
    const u = dayOfIso(urlDay);
    if (u <= f && f - u <= 7) {
      const c = single("inferred", "url", urlDay, doc.source.url ?? urlDay);
      if (c) {
        c.date.clues!.push({ kind: "fetched", from: null, to: refString(fetchedRef), weight: 1, text: fetched ?? "" });
        return c;
      }
    }
  }
  if (fetched) {
    const c = single("fetched", "fetched", fetched, fetched);
    if (c) return c;
  }
  if (doc.options.date) {
    const c = single("given", "given", doc.options.date, doc.options.date);
    if (c) return c;
  }
  if (urlDay) {
    const c = single("inferred", "url", urlDay, doc.source.url ?? urlDay);
    if (c) return c;
  }
  const inf = infer();
  if (inf) {
    return {
      ref: inf.ref,
      yearKnown: inf.yearKnown,
      ...(inf.caveat ? { caveat: inf.caveat } : {}),
      date: { value: refString(inf.ref), basis: "inferred", confidence: inf.confidence, year_known: inf.yearKnown, interval: inf.interval, clues: inf.clues },
    };
  }
  return { ref: null, yearKnown: false, date: { value: null, basis: "none" } };
}
