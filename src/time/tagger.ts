import type { RelUnit, TimeLexicon } from "./lexicon.js";
import type { Candidate, Sem } from "./sem.js";
import { validDay } from "./calendar.js";
import { lowerSameLength } from "../text/cues.js";

/** Lower-cases without changing the length (the offsets must stay valid); see text/cues.ts. */
export { lowerSameLength };

/**
 * The table-driven tagger: finds time expressions in a text and says what each means,
 * without resolving it (see resolve.ts). Works on the lower-cased canonical-tone text
 * (`doc.matchText`); `orig` (same length) is read only for capitalisation ("tháng Năm",
 * "thứ Tư", "Tết"). Returns non-overlapping candidates sorted by start.
 */

const B = "(?<![\\p{L}\\p{N}\\p{M}])";
const E = "(?![\\p{L}\\p{N}\\p{M}])";

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(esc).join("|");

interface Rule {
  name: string;
  /** A cheap test the text must pass for the rule to be tried. */
  need: RegExp;
  re: RegExp;
  priority: number;
  make(m: RegExpExecArray, ctx: TagContext): Candidate | Candidate[] | null;
  /**
   * Optional, for speed only: `re` is tried only just before the matches of `core`. Every match
   * of `re` must contain a match of `core`, and its characters before that match must all be
   * `prefix` characters (white space, digits and the characters of the words given). The
   * leftmost matches stay the same (see `nextByCore`).
   */
  core?: { re: RegExp; prefix: Uint8Array };
}

/** Membership table of the characters a match may hold before its core: \s, digits, `chars`. */
function prefixTable(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (let u = 0; u < 65536; u++) if (/\s/u.test(String.fromCharCode(u))) t[u] = 1;
  for (let d = 48; d <= 57; d++) t[d] = 1;
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/**
 * A rule as the tagger runs it. A pattern that begins with the word-start lookbehind `B` is
 * run without it (`scan`) and the lookbehind is checked on each match found (`wordStart`):
 * the same leftmost matches, but the engine no longer evaluates a Unicode-property
 * lookbehind at every position of the text (about four times faster on article text).
 */
interface RunRule {
  rule: Rule;
  scan: RegExp;
  wordStart: boolean;
  /** `scan` made sticky, for the tries at given positions (rules with a core). */
  sticky: RegExp | null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether no letter, digit or mark ends just before `i` (what the lookbehind `B` tests). */
function atWordStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));
  // A low surrogate: the code point starts one unit earlier (the u-flag lookbehind reads code points).
  const cp = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.codePointAt(i - 2)! : c;
  return !WORD_CHAR.test(String.fromCodePoint(cp));
}

/** Splits the leading `B` off a rule's pattern (see RunRule). */
function runRule(rule: Rule): RunRule {
  const src = rule.re.source;
  const stripped = src.startsWith(B) && !hasTopLevelAlternation(src.slice(B.length));
  const scan = stripped ? new RegExp(src.slice(B.length), rule.re.flags) : rule.re;
  const sticky = rule.core ? new RegExp(scan.source, scan.flags.replace("g", "") + "y") : null;
  return { rule, scan, wordStart: stripped, sticky };
}

/** The leftmost match of the rule (with its word-start condition) starting at `from` or later. */
function nextMatch(r: RunRule, lower: string, from: number): RegExpExecArray | null {
  if (r.sticky) return nextByCore(r, r.sticky, lower, from);
  const scan = r.scan;
  scan.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(lower))) {
    // Where the word-start condition fails the full pattern fails: it would try the next position.
    if (r.wordStart && !atWordStart(lower, m.index)) scan.lastIndex = m.index + 1;
    else return m;
  }
  return null;
}

/**
 * `nextMatch` for a rule with a core: the pattern is tried (sticky) only at the positions from
 * which the characters up to a match of the core are all prefix characters, in increasing order.
 * The same leftmost match: a match starting at s ≥ from contains a core match at some a ≥ s with
 * only prefix characters in [s, a), so s is among the positions tried for a, and every position
 * before s that could start a match is tried before s.
 */
function nextByCore(r: RunRule, sticky: RegExp, lower: string, from: number): RegExpExecArray | null {
  const { re: core, prefix } = r.rule.core!;
  let tried = from; // positions before it are ruled out
  core.lastIndex = from;
  let c: RegExpExecArray | null;
  while ((c = core.exec(lower))) {
    const a = c.index;
    let s = a;
    while (s > tried && prefix[lower.charCodeAt(s - 1)]) s--;
    for (; s <= a; s++) {
      if (r.wordStart && !atWordStart(lower, s)) continue;
      sticky.lastIndex = s;
      const m = sticky.exec(lower);
      if (m) return m;
    }
    tried = a + 1;
    core.lastIndex = a + 1; // overlapping core matches count too
  }
  return null;
}

/** Whether a pattern has a `|` outside every group (then a prefix would not apply to all of it). */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
}

interface TagContext {
  lower: string;
  orig: string;
  lex: CompiledLexicon;
}

interface CompiledLexicon {
  rules: RunRule[];
  months: Map<string, { month: number; capital: boolean }>;
  weekdays: Map<string, number>;
  seasons: Map<string, string>;
  relative: Map<string, { unit: RelUnit; offset: number; anchor?: "prev"; tensed?: boolean; bare?: boolean }>;
  daypartOffsets: Record<string, number>;
  units: Map<string, { designator: string; time: boolean }>;
  holidays: Map<string, { solar?: [number, number]; lunar?: [number, number]; capital: boolean }>;
  numUnits: Record<string, number>;
  numbers: TimeLexicon["words"]["numbers"];
  prefilter: RegExp;
}

const compiled = new WeakMap<TimeLexicon, CompiledLexicon>();

function isUpperAt(orig: string, i: number): boolean {
  const c = orig[i];
  return c !== undefined && c !== c.toLowerCase();
}

/** Parses a Vietnamese number (digits or words); null when it is not one. */
export function parseNumber(s: string, numbers: TimeLexicon["words"]["numbers"]): number | null {
  const t = s.trim().replace(/\s+/g, " ");
  if (/^\d+([.,]\d+)?$/.test(t)) {
    // "1.000" is a thousand in Vietnamese; "1,5" is one and a half.
    if (/^\d{1,3}\.\d{3}$/.test(t)) return Number(t.replace(".", ""));
    return Number(t.replace(",", "."));
  }
  if (t === numbers.half) return 0.5;
  const w = t.split(" ");
  const u = numbers.units;
  let total: number;
  let i = 0;
  if (w[i] === numbers.ten) {
    total = 10;
    i++;
  } else if (w[i] !== undefined && u[w[i]!] !== undefined && w[i + 1] === numbers.tens) {
    total = u[w[i]!]! * 10;
    i += 2;
  } else if (w.length === 1 && u[w[0]!] !== undefined && !["lăm", "nhăm", "mốt"].includes(w[0]!)) {
    return u[w[0]!]!;
  } else return null;
  if (i < w.length) {
    const v = u[w[i]!];
    if (v === undefined) return null;
    total += v;
    i++;
  }
  return i === w.length ? total : null;
}

function compile(lex: TimeLexicon): CompiledLexicon {
  const w = lex.words;
  const months = new Map(w.months.entries.map((e) => [e.word, { month: e.month, capital: !!e.capital }]));
  const weekdays = new Map(w.weekdays.entries.map((e) => [e.word, e.iso]));
  const seasons = new Map(w.seasons.entries.map((e) => [e.word, e.code]));
  const relative = new Map(w.relative.entries.map((e) => [e.phrase, { unit: e.unit, offset: e.offset, anchor: e.anchor, tensed: e.tensed, bare: e.bare }]));
  const EVENT_HEAD = new RegExp(`^\\s+(?:${alt(w.relative.eventHeads ?? ["khi"])})${E}`, "u");
  const units = new Map(w.durationUnits.entries.map((e) => [e.word, { designator: e.designator, time: e.time }]));
  const holidays = new Map<string, { solar?: [number, number]; lunar?: [number, number]; capital: boolean }>();
  for (const h of lex.holidays) {
    const md = (s?: string): [number, number] | undefined => (s ? [+s.slice(0, 2), +s.slice(3, 5)] : undefined);
    for (const n of h.names) holidays.set(n, { solar: md(h.solar), lunar: md(h.lunar), capital: !!h.capital });
  }
  const DAYPART = alt(w.dayparts.entries.map((e) => e.word));
  const MONTHW = alt(w.months.entries.map((e) => e.word));
  const digitsW = Object.keys(w.numbers.units).filter((k) => !["lăm", "nhăm", "mốt"].includes(k));
  const UNITW = alt(digitsW);
  const NUMW = `(?:(?:${UNITW})\\s+${w.numbers.tens}(?:\\s+(?:${alt(Object.keys(w.numbers.units))}))?|${w.numbers.ten}(?:\\s+(?:${alt(Object.keys(w.numbers.units).filter((k) => k !== "mốt"))}))?|${UNITW}|${w.numbers.half})`;
  const NUM = `(?:\\d+(?:[.,]\\d+)?|${NUMW})`;
  const DURU = alt(w.durationUnits.entries.map((e) => e.word));
  const REL = alt(w.relative.entries.map((e) => e.phrase));
  const DPO = alt(Object.keys(w.relative.daypartOffsets));
  const HOL = alt([...holidays.keys()]);
  const SEAS = alt([...seasons.keys()]);
  const MONTH_PART = alt(w.monthParts?.words ?? ["đầu", "giữa", "cuối", "hồi"]);
  const halves = new Map((w.halves?.entries ?? []).map((e) => [e.phrase, e.code]));
  const HALF = alt([...halves.keys()]);
  const YREL = "nay|ngoái|trước|tới|sau|đó|ấy";
  const DATE_TAIL = "(?:\\s*[,(]?\\s*(?:ngày\\s+)?(?<d>\\d{1,2})(?<sp>[/.\\-])(?<m>\\d{1,2})(?:\\k<sp>(?<y>\\d{4}))?\\)?(?![\\d%]|[.,/\\-]\\d))?";
  const yRelOf = (s: string | undefined): { yRel?: number; yThat?: boolean; yNext?: boolean } => {
    if (!s) return {};
    if (s === "đó" || s === "ấy") return { yThat: true };
    // "năm sau": the year after a year its sentence named ("Tháng 10/2021 … vào tháng 8 năm sau"), else next year
    if (s === "sau") return { yRel: 1, yNext: true };
    return { yRel: s === "nay" ? 0 : s === "ngoái" || s === "trước" ? -1 : 1 };
  };
  const monthOf = (word: string, at: number, c: TagContext): number | null => {
    if (/^\d+$/.test(word)) {
      const n = +word;
      return n >= 1 && n <= 12 ? n : null;
    }
    const e = months.get(word.replace(/\s+/g, " "));
    if (!e) return null;
    if (e.capital && !isUpperAt(c.orig, at)) return null;
    return e.month;
  };
  const year = (s: string | undefined): number | undefined => {
    if (!s) return undefined;
    const y = +s;
    return y >= 1000 && y <= 2199 ? y : undefined;
  };
  const cand = (m: RegExpExecArray, sem: Sem, rule: string): Candidate => ({
    start: m.index,
    end: m.index + m[0].length,
    sem,
    rule,
  });
  const groupStart = (m: RegExpExecArray, name: string): number => {
    const g = m.groups?.[name];
    return g === undefined ? -1 : m.index + m[0].indexOf(g);
  };
  // Cores (see Rule.core): what each of these rules' matches must contain, and the characters
  // the match may hold before it.
  const daypartChars = w.dayparts.entries.map((e) => e.word).join("");
  const numberChars = [...Object.keys(w.numbers.units), w.numbers.tens, w.numbers.ten, w.numbers.half].join("") + ".,";
  const NUMERIC_DATE_CORE = { re: /\d[/.-]\d/gu, prefix: prefixTable(`cuốiđầugiữa${daypartChars}muộnsớmhômngày`) };
  const DAY_MONTH_CORE = { re: /\d\s+tháng/gu, prefix: prefixTable(`cuốiđầugiữa${daypartChars}hômngày`) };
  const LATER = w.relative.laterAfter?.length ? alt(w.relative.laterAfter) : "(?!)";
  const LATER_NOT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${w.relative.laterNotBefore?.length ? alt(w.relative.laterNotBefore) : "(?!)"})\\s+$`, "u");
  const AGO_CORE = { re: new RegExp(`(?:ngày|tuần|tháng|năm)\\s+(?:(?:về\\s+)?(?:trước|sau)|${LATER})`, "gu"), prefix: prefixTable(numberChars) };
  const DAYPART_REL_CORE = { re: new RegExp(`\\s(?:${DPO})`, "gu"), prefix: prefixTable(daypartChars) };
  const DURATION_QUAL = "hơn|gần|khoảng|chừng|chưa\\s+đầy|chưa\\s+tới|tròn|suốt|trong|mất|kéo\\s+dài|ít\\s+nhất|tối\\s+đa|thêm|cả";
  // A duration's number ends with a digit or a number word right before the unit.
  const numberWords = [...Object.keys(w.numbers.units), w.numbers.tens, w.numbers.ten, w.numbers.half];
  const DURATION_CORE = {
    re: new RegExp(`(?:\\d|${alt(numberWords)})\\s+(?:${DURU})`, "gu"),
    prefix: prefixTable(DURATION_QUAL.replace(/\\s\+|\|/g, "") + numberChars),
  };
  // "15 giờ ngày 22/7", "8 giờ tối qua": an hour followed by its day or part of the day is a clock time.
  const CLOCK_DAY_AFTER = new RegExp(`^\\s+(?:${DAYPART}|ngày|hôm)${E}`, "u");
  const BARE_NOT_BEFORE = new RegExp(`^\\s*(?:\\d|(?:${MONTHW}|${alt(w.relative.bareNotBefore ?? [])})${E})`, "u");
  const AGO_BEFORE = w.relative.agoBefore?.length ? alt(w.relative.agoBefore) : null;
  // Speed only (see Rule.core): what the matches of these rules hold, and the characters before it.
  const HALF_NEED = new RegExp([...new Set([...halves.keys()].map((p) => p.split(" ").slice(-2).join("\\s+")))].join("|") || "(?!)", "u");
  const BARE_YEAR_CORE = { re: /(?:19|20)\d\d/gu, prefix: prefixTable((w.relative.bareYearBefore ?? []).join("")) };
  const DAY_LIST_CORE = { re: /\d/gu, prefix: prefixTable(`ngàytừ${daypartChars}`) };
  const NOT_A_YEAR_AFTER = "(?!\\s*(?:%|đồng|usd|euro|người|km|tấn|ha|tỷ|triệu|nghìn)(?![\\p{L}]))";
  const DAY_LIST_BEFORE = /(?:ngày|từ)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|và|-|–|đến|tới)\s*$/u;
  const fixedNonDates = new Set(w.fixedNonDates?.forms ?? []);
  const idioms = new Set(w.idioms?.phrases ?? []);
  const IDIOM_BEFORE = w.idioms?.before.length ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(w.idioms.before)})\\s+$`, "u") : null;
  const DATE_BRACKET_BEFORE = /\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\(\s*$/u;
  const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:\\d|${NUMW}|${alt(w.relative.countWords ?? ["vài", "mấy", "nhiều"])})\\s+$`, "u");
  const DATE_CUE_BEFORE = /(?:^|[^\p{L}])(?:vào|từ|đến|tới|và|hôm|ngày|sau|trước|hồi|kể từ|cho đến|tính đến|hôm nay|hôm qua|ngày mai|[(–-])\s*[,(]?\s*$/u;
  const fr = w.fractions ?? { after: ["số", "dân", "tổng", "phiếu", "lượng", "diện", "trong số"], before: [] };
  const FRACTION_AFTER = new RegExp(`^\\s*(?:${alt(fr.after)})(?![\\p{L}])`, "u");
  const FRACTION_BEFORE = fr.before.length ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(fr.before)})\\s*$`, "u") : null;
  const FRACTION_APPROX = fr.approx?.length ? new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(fr.approx)})\\s*$`, "u") : null;
  // "ngày 15 tới", "tháng 2 vừa qua": the side of the reference date a day or month lies on.
  const dirs = new Map(Object.entries(w.relative.dayDirections ?? {}));
  // (a bare "tới" also means "went to": "ngày 5/3 tới Bắc Kinh"; it says "next" only before a stop, "sẽ" or "đây")
  const dirWords = [...dirs.keys()].filter((k) => k !== "tới");
  const DIRW = dirs.size ? `(?:${dirWords.length ? `${alt(dirWords)}|` : ""}${dirs.has("tới") ? "tới(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:sẽ|đây)(?![\\p{L}]))" : "(?!)"})` : "(?!)";
  const DIR_NOT_AFTER = "(?!\\s*(?:ngày|hôm|tháng|năm|đời|đi|khỏi|lại|được|\\d))";
  const dirOf = (s: string | undefined): { dir?: "past" | "future" } => {
    const d = s ? dirs.get(s.replace(/\s+/g, " ")) : undefined;
    return d ? { dir: d } : {};
  };
  const YEAR_KIND = w.relative.yearKinds?.length ? `(?:(?:${alt(w.relative.yearKinds)})\\s+)?` : "";
  const RANGE_BEFORE = alt(w.relative.yearRangeBefore ?? ["từ"]);
  const YEAR_NEED = new RegExp(`năm\\s+(?:\\d${w.relative.yearKinds?.length ? `|${alt(w.relative.yearKinds)}` : ""})`, "u");
  const ROMAN: Record<string, number> = { xv: 15, xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20, xxi: 21, xxii: 22 };

  // "Cách mạng tháng Tám", "vụ 11/9": names of past happenings whose time is of their own year (`namedDays`).
  const named = new Map((w.namedDays?.entries ?? []).map((e) => [e.phrase, e]));
  const NAMED = named.size ? alt([...named.keys()]) : "(?!)";
  const rules: Rule[] = [
    {
      name: "named-day",
      need: new RegExp(`(?:${NAMED})`, "u"),
      priority: 7,
      re: new RegExp(`${B}(?<ph>${NAMED})${E}(?![./\\-]\\d)(?!\\s*[./\\-]?\\s*(?:năm\\s+)?\\d{4})`, "gu"),
      make(m) {
        const e = named.get(m.groups!.ph!.replace(/\s+/g, " "));
        if (!e) return null;
        const at = m[0].lastIndexOf(e.time.split(" ")[0]!);
        if (at < 0) return null;
        const start = m.index + at;
        return { start, end: m.index + m[0].length, sem: { k: "fixed", value: e.value }, rule: "named-day" };
      },
    },
    {
      name: "numeric-date",
      core: NUMERIC_DATE_CORE,
      need: /\d[/.-]\d/,
      priority: 5,
      re: new RegExp(
        `${B}(?<pre>(?:(?:cuối|đầu|giữa)\\s+)?(?:(?:${DAYPART})\\s+)?(?:(?:muộn|sớm)\\s+)?(?:(?:hôm|ngày)\\s+)?)(?<d>\\d{1,2})(?<sp>[/.\\-])(?<m>\\d{1,2})(?:\\k<sp>(?<y>\\d{4})|\\s+năm\\s+(?:(?<y2>\\d{4})|(?<yr>nay|ngoái|tới|trước|sau)(?![\\p{L}]))|\\s+(?<nx>${DIRW})(?![\\p{L}])${DIR_NOT_AFTER})?(?![\\d%]|[.,/]\\d|-(?!\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?(?![\\d/]))\\d|\\p{L})`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        const d = +g.d!;
        const mo = +g.m!;
        const y = year(g.y ?? g.y2);
        if ((g.y || g.y2) && y === undefined) return null;
        if (!validDay(y, mo, d)) return null;
        const before = c.lower.slice(Math.max(0, m.index - 14), m.index);
        if (/(?:lúc|tỷ số|tỉ số|thắng|thua|hòa)\s*$/u.test(before)) return null;
        if (!y && !g.pre && !g.yr) {
          const after = c.lower.slice(m.index + m[0].length, m.index + m[0].length + 14);
          if (g.sp !== "/" && !DATE_CUE_BEFORE.test(before)) return null;
          if (g.sp === "/" && FRACTION_AFTER.test(after)) return null;
          // "vòng 1/8", "số 3/2", "khoảng 2/3": a share or a number, not a day
          if (g.sp === "/" && FRACTION_BEFORE?.test(before)) return null;
          if (g.sp === "/" && d < mo && FRACTION_APPROX?.test(before)) return null;
          if (fixedNonDates.has(c.lower.slice(m.index, m.index + m[0].length)) && !DATE_CUE_BEFORE.test(before)) return null;
        }
        return cand(m, { k: "date", y, m: mo, d, ...yRelOf(g.yr), ...dirOf(g.nx) }, "numeric-date");
      },
    },
    {
      // "2025-07-20": an ISO date as printed by some outlets.
      name: "iso-date",
      need: /\d{4}-\d\d-\d\d/,
      priority: 6,
      re: new RegExp(`${B}(?:(?:hôm|ngày)\\s+)?(?<y>(?:19|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)${E}(?![-.:/]\\d)`, "gu"),
      make(m) {
        const g = m.groups!;
        const y = +g.y!;
        if (!validDay(y, +g.m!, +g.d!)) return null;
        return cand(m, { k: "date", y, m: +g.m!, d: +g.d! }, "iso-date");
      },
    },
    {
      // "ngày 15 tới", "hôm 20 vừa qua": a day of the month on the side of the reference date the word says.
      name: "day-direction",
      need: new RegExp(`(?:hôm|ngày)\\s+\\d{1,2}\\s+(?:${DIRW})`, "u"),
      priority: 5,
      re: new RegExp(`${B}(?:(?:${DAYPART})\\s+)?(?:hôm|ngày)\\s+(?<d>\\d{1,2})\\s+(?<nx>${DIRW})${E}${DIR_NOT_AFTER}`, "gu"),
      make(m) {
        const d = +m.groups!.d!;
        if (d < 1 || d > 31) return null;
        return cand(m, { k: "date", d, ...dirOf(m.groups!.nx) }, "day-direction");
      },
    },
    {
      // "thế kỷ 20", "thế kỷ XXI", "thế kỷ thứ 19": a century (TIMEX3 "19" for the 1900s).
      name: "century",
      need: /thế\s+kỷ\s/u,
      priority: 5,
      re: new RegExp(`${B}thế\\s+kỷ\\s+(?:thứ\\s+)?(?<n>\\d{1,2}|x{1,2}(?:i{1,3}|v|vi{1,3}|ix)?|xv|xix)${E}(?![./\\-]\\d)`, "gu"),
      make(m, c) {
        const s = m.groups!.n!;
        let n: number | undefined;
        if (/^\d+$/.test(s)) n = +s;
        else if (isUpperAt(c.orig, groupStart(m, "n"))) n = ROMAN[s];
        if (n === undefined || n < 1 || n > 22) return null;
        return cand(m, { k: "fixed", value: String(n - 1).padStart(2, "0") }, "century");
      },
    },
    {
      name: "day-in-list",
      core: DAY_LIST_CORE,
      need: /\d[/.-]\d|\d\s+tháng/u,
      priority: 4,
      re: new RegExp(
        `${B}(?:(?:ngày|từ\\s+ngày|từ|${DAYPART})\\s+|(?<=\\d\\s*,\\s*))(?<d>\\d{1,2})(?=(?:\\s*(?:,|và)\\s*\\d{1,2}(?![\\d/.\\-]))*(?:\\s*(?:,|và|-|–|đến|tới)\\s*(?:(?:ngày|${DAYPART})\\s+)?|\\s*,?\\s*(?:${DAYPART})\\s+)\\d{1,2}(?:[/.\\-]\\d{1,2}(?!\\d)|\\s+tháng\\s+(?:\\d{1,2}|${MONTHW})${E}))`,
        "gu",
      ),
      make(m) {
        const d = +m.groups!.d!;
        if (d < 1 || d > 31) return null;
        return cand(m, { k: "day", d }, "day-in-list");
      },
    },
    {
      name: "day-month-words",
      core: DAY_MONTH_CORE,
      need: /tháng/u,
      priority: 6,
      re: new RegExp(
        `${B}(?:(?:(?:cuối|đầu|giữa)\\s+)?(?:(?:${DAYPART})\\s+)?(?:hôm\\s+)?ngày\\s+)?(?<d>\\d{1,2})\\s+tháng\\s+(?<mon>\\d{1,2}|${MONTHW})(?:\\s*,?\\s*(?:năm\\s+)?(?<y>\\d{4})|\\s+năm\\s+(?<yr>${YREL}))?${E}`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        const hasNgay = /ngày\s+\d/u.test(m[0]);
        // "ngày 21 và 22 tháng 7": the last day of a list of days.
        if (!hasNgay && !g.y && !DAY_LIST_BEFORE.test(c.lower.slice(Math.max(0, m.index - 24), m.index))) return null;
        const mo = monthOf(g.mon!, groupStart(m, "mon"), c);
        if (mo === null) return null;
        const y = year(g.y);
        if (g.y && y === undefined) return null;
        if (!validDay(y, mo, +g.d!)) return null;
        return cand(m, { k: "date", y, m: mo, d: +g.d!, ...yRelOf(g.yr) }, "day-month-words");
      },
    },
    {
      // "mùng 5 tháng Giêng", "mồng 10 tháng Chạp", "mùng 3 tháng 3 âm lịch": lunar dates;
      // "mùng 2 tháng 9" with another month and no "âm lịch" is a solar date.
      name: "mung-day",
      need: /m[ùồ]ng\s/u,
      priority: 6,
      re: new RegExp(
        `${B}(?:ngày\\s+)?(?:mùng|mồng)\\s+(?<d>\\d{1,2}|${NUMW})\\s+tháng\\s+(?<mon>\\d{1,2}|${MONTHW})(?<al>\\s+(?:âm\\s+lịch|al)${E})?(?:\\s*,?\\s*(?:năm\\s+)?(?<y>\\d{4}))?${E}`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        const d = parseNumber(g.d!, w.numbers);
        const mo = monthOf(g.mon!, groupStart(m, "mon"), c);
        if (d === null || !Number.isInteger(d) || d < 1 || d > 30 || mo === null) return null;
        const y = year(g.y);
        if (g.y && y === undefined) return null;
        if (g.al || /^(?:giêng|chạp)$/u.test(g.mon!)) return cand(m, { k: "holiday", lunar: [mo, d], y }, "mung-lunar");
        if (!validDay(y, mo, d)) return null;
        return cand(m, { k: "date", y, m: mo, d }, "mung-day");
      },
    },
    {
      name: "month",
      need: /tháng/u,
      priority: 5,
      re: new RegExp(
        `${B}(?:(?:${MONTH_PART})\\s+)?tháng\\s+(?<mon>\\d{1,2}|${MONTHW})(?:(?:\\s*[./]\\s*|-|\\s*,?\\s+năm\\s+)(?<y>\\d{4})|\\s+năm\\s+(?<yr>${YREL})|\\s+(?<nx>${DIRW})${E}${DIR_NOT_AFTER})?${E}(?![./\\-]\\d)`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        const mo = monthOf(g.mon!, groupStart(m, "mon"), c);
        if (mo === null) return null;
        const y = year(g.y);
        if (g.y && y === undefined) return null;
        return cand(m, { k: "date", y, m: mo, ...yRelOf(g.yr), ...dirOf(g.nx) }, "month");
      },
    },
    {
      // "tháng 5 và 6/2025", "tháng 5-6/2025": two months of one year, the second without its "tháng".
      name: "month-list",
      need: /tháng\s+\d{1,2}\s*(?:,|và|-|–|đến|tới)\s*\d{1,2}\s*[./]\s*\d{4}/u,
      priority: 6,
      re: new RegExp(`${B}(?:(?:${MONTH_PART})\\s+)?tháng\\s+(?<m1>\\d{1,2})\\s*(?:,|và|-|–|đến|tới)\\s*(?<m2>\\d{1,2})\\s*[./]\\s*(?<y>\\d{4})${E}(?![./\\-]\\d)`, "gu"),
      make(m) {
        const g = m.groups!;
        const m1 = +g.m1!;
        const m2 = +g.m2!;
        const y = year(g.y);
        if (y === undefined || m1 < 1 || m2 > 12 || m1 >= m2) return null;
        const e1 = m.index + m[0].indexOf(g.m1!, m[0].indexOf("tháng")) + g.m1!.length;
        const s2 = m.index + m[0].lastIndexOf(g.m2!, m[0].lastIndexOf(g.y!) - 1);
        return [
          { start: m.index, end: e1, sem: { k: "date", y, m: m1 }, rule: "month-list" },
          { start: s2, end: m.index + m[0].length, sem: { k: "date", y, m: m2 }, rule: "month-list" },
        ];
      },
    },
    {
      name: "year",
      need: YEAR_NEED,
      priority: 5,
      // "năm 2022-2023", "các năm 2023, 2024 và 2025": a list of years after one "năm", each a year when they rise.
      re: new RegExp(`${B}(?:(?:đầu|giữa|cuối|hồi)\\s+)?năm\\s+${YEAR_KIND}(?<y>\\d{4})(?<rest>(?:\\s*(?:[-–]|,|và)\\s*\\d{4}(?![\\d.,]\\d|\\p{L})${NOT_A_YEAR_AFTER})*)${E}(?![.,]\\d)`, "gu"),
      make(m) {
        const g = m.groups!;
        const y = year(g.y);
        if (y === undefined) return null;
        const s1 = m.index + m[0].indexOf(g.y!) + 4;
        const first: Candidate = { start: m.index, end: s1, sem: { k: "date", y }, rule: "year" };
        if (!g.rest) return first;
        const out: Candidate[] = [first];
        const restStart = s1 + m[0].slice(s1 - m.index).indexOf(g.rest);
        let last = y;
        for (const r of g.rest.matchAll(/\d{4}/gu)) {
          const yy = year(r[0]);
          if (yy === undefined || yy <= last) return first;
          last = yy;
          const s = restStart + r.index;
          out.push({ start: s, end: s + 4, sem: { k: "date", y: yy }, rule: "year" });
        }
        return out;
      },
    },
    {
      // "cuối 2024", "đến 2030", "từ 2022": a bare four-digit year after a time word (`relative.bareYearBefore`).
      name: "bare-year",
      core: BARE_YEAR_CORE,
      need: /(?:19|20)\d\d/,
      priority: 3,
      re: new RegExp(`${B}(?:${alt(w.relative.bareYearBefore ?? [])})\\s+(?<y>(?:19|20)\\d\\d)${E}(?![.,/\\-]\\d)(?!\\s*(?:đến|tới|-|–)\\s*\\d)${NOT_A_YEAR_AFTER}`, "gu"),
      make(m) {
        // (a range "từ 2000 đến 2010" is the year-range rule's, which knows the units after it)
        const y = year(m.groups!.y);
        if (y === undefined) return null;
        const s = m.index + m[0].lastIndexOf(m.groups!.y!);
        return { start: s, end: s + 4, sem: { k: "date", y }, rule: "bare-year" };
      },
    },
    {
      // "từ 2019 đến 2021": bare years in a range.
      name: "year-range",
      need: /(?:19|20)\d\d\s*(?:đến|tới|-|–)\s*(?:năm\s+)?(?:19|20)\d\d/u,
      priority: 4,
      re: new RegExp(`${B}(?:${RANGE_BEFORE})\\s+(?:năm\\s+)?(?<y>(?:19|20)\\d\\d)\\s*(?:đến|tới|-|–)\\s*(?:năm\\s+)?(?<y2>(?:19|20)\\d\\d)${E}(?![.,]\\d)${NOT_A_YEAR_AFTER}`, "gu"),
      make(m) {
        const g = m.groups!;
        const y = +g.y!;
        const y2 = +g.y2!;
        if (y2 <= y) return null;
        const s1 = m.index + m[0].indexOf(g.y!);
        const s2 = m.index + m[0].lastIndexOf(g.y2!);
        return [
          { start: s1, end: s1 + 4, sem: { k: "date", y }, rule: "year-range" },
          { start: s2, end: s2 + 4, sem: { k: "date", y: y2 }, rule: "year-range" },
        ];
      },
    },
    {
      // "quý 2/2025", "quý I năm nay": TIMEX3 quarters (2025-Q2); a bare "quý II" takes its year as a bare month does (tense, nearest).
      name: "quarter",
      need: /quý\s|q[1-4]/u,
      priority: 5,
      re: new RegExp(`${B}(?:quý\\s+(?<q>iv|i{1,3}|[1-4])|q(?<qd>[1-4])(?=\\s*[/.]\\s*\\d{4}))(?:\\s*[/.]\\s*(?<y>\\d{4})|\\s+(?:năm\\s+)?(?<y2>\\d{4})|\\s+năm\\s+(?<yr>${YREL}))?${E}(?![/.]\\d)`, "gu"),
      make(m, c) {
        const g = m.groups!;
        // "Q3/2025": a capital Q and a year
        if (g.qd && !isUpperAt(c.orig, m.index)) return null;
        if (g.q && /[iv]/.test(g.q) && !isUpperAt(c.orig, groupStart(m, "q"))) return null;
        const q = g.qd ? +g.qd : /^\d$/.test(g.q!) ? +g.q! : ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[g.q!]!;
        const y = year(g.y ?? g.y2);
        if ((g.y || g.y2) && y === undefined) return null;
        return cand(m, { k: "season", code: `Q${q}`, y, ...yRelOf(g.yr) }, "quarter");
      },
    },
    {
      // "nửa đầu năm nay", "6 tháng cuối năm 2024": halves of a year (2025-H1); a bare one is this year's.
      name: "half",
      need: HALF_NEED,
      priority: 6,
      re: new RegExp(`${B}(?<h>${HALF})(?:\\s+(?<y>\\d{4})|\\s+(?<yr>${YREL}))?${E}`, "gu"),
      make(m) {
        const g = m.groups!;
        const code = halves.get(g.h!.replace(/\s+/g, " "));
        if (!code) return null;
        const y = year(g.y);
        if (g.y && y === undefined) return null;
        return cand(m, { k: "season", code, y, ...(g.y || g.yr ? yRelOf(g.yr) : { yRel: 0 }) }, "half");
      },
    },
    {
      name: "decade",
      need: /\d0/,
      priority: 5,
      re: new RegExp(`${B}(?:những|các|thập\\s+niên|thập\\s+kỷ)\\s+(?:năm\\s+)?(?:(?<dec>1[5-9]\\d0|20[0-9]0)(?:s)?|(?<dd>[3-9]0))${E}(?![./\\-]\\d)${NOT_A_YEAR_AFTER}`, "gu"),
      make(m) {
        // "thập niên 90", "những năm 80": the 1900s' decade (2000s' ones and the 1920s are ambiguous: left out).
        const g = m.groups!;
        if (g.dd && !/(?:niên|kỷ|năm)\s+\d/u.test(m[0])) return null;
        return cand(m, { k: "fixed", value: g.dec ? g.dec.slice(0, 3) : `19${g.dd!.slice(0, 1)}` }, "decade");
      },
    },
    {
      name: "year-part",
      need: /(?:đầu|giữa|cuối)\s+năm/u,
      priority: 3,
      re: new RegExp(`${B}(?:đầu|giữa|cuối)\\s+năm${E}(?!\\s+(?:\\d|nay|ngoái|trước|tới|sau|đó|ấy|qua|học|tài|mới))`, "gu"),
      make(m) {
        return cand(m, { k: "date", yRel: 0 }, "year-part");
      },
    },
    {
      name: "year-that",
      need: /năm\s+(?:đó|ấy)/u,
      priority: 3,
      re: new RegExp(`${B}(?:(?:đầu|giữa|cuối|trong|vào)\\s+)?năm\\s+(?:đó|ấy)${E}`, "gu"),
      make(m) {
        return cand(m, { k: "date", yThat: true }, "year-that");
      },
    },
    {
      name: "relative",
      need: /(?:hôm|ngày|tuần|tháng|năm|quý|kỷ)\s+(?:nay|qua|mai|kia|này|trước|tới|sau|ngoái|hôm|đó|vừa)|sang\s+năm|cùng\s+ngày|(?:đầu|giữa|cuối)\s+(?:tuần|tháng)/u,
      priority: 4,
      re: new RegExp(`${B}(?:(?:vào|trong|từ)\\s+)?(?<ph>${REL})${E}(?!\\s+(?:${alt(w.relative.notBefore ?? ["đó", "ấy", "nữa", "khi", "đây"])})${E})`, "gu"),
      make(m, c) {
        const ph = m.groups!.ph!.replace(/\s+/g, " ");
        const r = relative.get(ph);
        if (!r) return null;
        // "một năm sau", "vài tuần trước", "hai tuần tới": a count of units, not "next year" (see "ago", durations).
        if (ph === m[0] && COUNT_BEFORE.test(c.lower.slice(Math.max(0, m.index - 10), m.index))) return null;
        // "cuối tháng 3", "cuối tháng tới": a bare phrase is only itself with nothing of a longer one after it.
        if (r.bare && BARE_NOT_BEFORE.test(c.lower.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
        return cand(m, { k: "rel", unit: r.unit, n: r.offset, ...(r.anchor ? { anchor: r.anchor } : {}), ...(r.tensed ? { tensed: true } : {}) }, "relative");
      },
    },
    {
      name: "daypart-relative",
      core: DAYPART_REL_CORE,
      need: /\s(?:nay|qua|mai|hôm)/u,
      priority: 5,
      re: new RegExp(`${B}(?<dp>${DAYPART})\\s+(?<o>${DPO})${E}(?!\\s+(?:đời|đi|khỏi|lại|được))`, "gu"),
      make(m) {
        const o = w.relative.daypartOffsets[m.groups!.o!.replace(/\s+/g, " ")];
        if (o === undefined) return null;
        return cand(m, { k: "rel", unit: "D", n: o }, "daypart-relative");
      },
    },
    {
      name: "ago",
      core: AGO_CORE,
      need: new RegExp(`trước|sau|${LATER}`, "u"),
      priority: 6,
      re: new RegExp(`${B}(?<n>${NUM})\\s+(?<u>ngày|tuần|tháng|năm)\\s+(?:(?:về\\s+)?(?:trước(?:\\s+(?:đây|(?<that>đó)))?|(?<after>sau)(?<afterThat>\\s+đó)?)|(?<later>${LATER}))${E}`, "gu"),
      make(m, c) {
        const n = parseNumber(m.groups!.n!, w.numbers);
        if (n === null || !Number.isInteger(n) || n <= 0) return null;
        const unit = ({ ngày: "D", tuần: "W", tháng: "M", năm: "Y" } as const)[m.groups!.u! as "ngày"];
        // "ba ngày nữa": that long from the reference date ("thêm 30 ngày nữa" is a length: the duration rule's).
        if (m.groups!.later) return LATER_NOT_BEFORE.test(c.lower.slice(Math.max(0, m.index - 12), m.index)) ? null : cand(m, { k: "rel", unit, n }, "later");
        const eventAfter = EVENT_HEAD.test(c.lower.slice(m.index + m[0].length, m.index + m[0].length + 16));
        // "một ngày trước đó", "hai ngày sau (đó)": from the day last named in the text.
        if (m.groups!.that || m.groups!.afterThat || (m.groups!.after && !eventAfter)) return cand(m, { k: "rel", unit, n: m.groups!.after ? n : -n, anchor: "prev" }, "ago-prev");
        // "ba ngày trước lễ nhậm chức", "trước khi": an offset from an event, not from the reference date.
        // Kept as a candidate with no value, so that "ba ngày" is not taken for a duration either.
        if (eventAfter) return cand(m, { k: "rel", unit, n: m.groups!.after ? n : -n, anchor: "event" }, "ago-event");
        return cand(m, { k: "rel", unit, n: -n }, "ago");
      },
    },
    {
      // "cách đây 3 ngày", "cách đây hơn hai năm": that long before the reference date.
      name: "ago-before",
      need: new RegExp(AGO_BEFORE ?? "(?!)", "u"),
      priority: 6,
      re: new RegExp(`${B}(?:${AGO_BEFORE ?? "(?!)"})\\s+(?:(?:hơn|gần|khoảng|chừng|đúng|tròn)\\s+)?(?<n>${NUM})\\s+(?<u>ngày|tuần|tháng|năm)${E}`, "gu"),
      make(m) {
        const n = parseNumber(m.groups!.n!, w.numbers);
        if (n === null || !Number.isInteger(n) || n <= 0) return null;
        const unit = ({ ngày: "D", tuần: "W", tháng: "M", năm: "Y" } as const)[m.groups!.u! as "ngày"];
        return cand(m, { k: "rel", unit, n: -n }, "ago-before");
      },
    },
    {
      // "trước đó một ngày", "sau đó hai ngày": counted from the day last named in the text.
      name: "that-offset",
      need: /(?:trước|sau)\s+đó\s/u,
      priority: 6,
      re: new RegExp(`${B}(?<dir>trước|sau)\\s+đó\\s+(?<n>${NUM})\\s+(?<u>ngày|tuần|tháng|năm)${E}`, "gu"),
      make(m) {
        const n = parseNumber(m.groups!.n!, w.numbers);
        if (n === null || !Number.isInteger(n) || n <= 0) return null;
        const unit = ({ ngày: "D", tuần: "W", tháng: "M", năm: "Y" } as const)[m.groups!.u! as "ngày"];
        return cand(m, { k: "rel", unit, n: m.groups!.dir === "sau" ? n : -n, anchor: "prev" }, "that-offset");
      },
    },
    {
      name: "weekday",
      need: /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật/u,
      priority: 5,
      re: new RegExp(
        `${B}(?:(?:hôm|ngày|vào|${DAYPART})\\s+)?(?:thứ\\s+(?<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?<cn>chủ\\s+nhật))(?:\\s+(?<wk>tuần\\s+(?:này|trước|tới|sau|qua))|\\s+(?<nx>tới|này|vừa\\s+qua|vừa\\s+rồi|trước))?${E}${DATE_TAIL}`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        let iso: number | undefined;
        if (g.cn) iso = 7;
        else {
          iso = weekdays.get(g.wd!);
          const at = groupStart(m, "wd");
          const cue = /^(?:hôm|ngày|vào)/u.test(m[0]) || !!g.wk || !!g.d;
          if (/\d/.test(g.wd!) ? !cue : !isUpperAt(c.orig, at)) return null;
          // "Thứ Hai," at the start of a sentence is also "Secondly": need some date cue then.
          if (!/\d/.test(g.wd!) && at > 0 && isUpperAt(c.orig, at - 4) && !cue && !g.nx) {
            const prev = c.lower.slice(Math.max(0, at - 7), at - 4);
            if (/^\s*$|[.:]\s*$/.test(prev)) return null;
          }
        }
        if (iso === undefined) return null;
        // "ngày 23/7 (thứ Tư)": the weekday in brackets names the date before it (read with it, see reference.ts).
        if (!g.d && DATE_BRACKET_BEFORE.test(c.lower.slice(Math.max(0, m.index - 16), m.index + m[0].length - m[0].trimStart().length))) return null;
        if (g.d) {
          const y = year(g.y);
          if (!validDay(y, +g.m!, +g.d)) return null;
          return cand(m, { k: "date", y, m: +g.m!, d: +g.d, wd: iso }, "weekday-date");
        }
        let week: number | undefined;
        if (g.wk) week = /này/.test(g.wk) ? 0 : /trước|qua/.test(g.wk) ? -1 : 1;
        const dir = g.nx ? (/tới/.test(g.nx) ? "future" : /này/.test(g.nx) ? undefined : "past") : undefined;
        return cand(m, { k: "weekday", iso, week, dir }, "weekday");
      },
    },
    {
      name: "season",
      need: /mùa/u,
      priority: 5,
      re: new RegExp(
        `${B}(?:(?:đầu|giữa|cuối)\\s+)?mùa\\s+(?<s>${SEAS})(?:\\s+(?:năm\\s+)?(?<y>\\d{4})|\\s+năm\\s+(?<yr>${YREL})|\\s+(?<this>này)|\\s+(?<nx>${DIRW}|trước)${E}${DIR_NOT_AFTER})${E}`,
        "gu",
      ),
      make(m) {
        const g = m.groups!;
        const code = seasons.get(g.s!);
        if (!code) return null;
        const y = year(g.y);
        if (g.y && y === undefined) return null;
        if (g.nx) return cand(m, { k: "season", code, dir: g.nx === "trước" ? "past" : (dirOf(g.nx).dir ?? "past") }, "season");
        return cand(m, { k: "season", code, y, ...(g.this ? { yRel: 0 } : yRelOf(g.yr)) }, "season");
      },
    },
    {
      name: "holiday",
      need: /tết|lễ|giáng|noel|quốc khánh|giải phóng|thống nhất|lao động|chiến thắng|giỗ|rằm|trung thu/u,
      priority: 5,
      re: new RegExp(`${B}(?:(?:dịp|kỳ nghỉ|lễ)\\s+)?(?<h>${HOL})(?:\\s+(?:năm\\s+)?(?<hy>\\d{4})|\\s+năm\\s+(?<yr>${YREL}))?${E}${DATE_TAIL}`, "gu"),
      make(m, c) {
        const g = m.groups!;
        const name = g.h!.replace(/\s+/g, " ");
        const h = holidays.get(name);
        if (!h) return null;
        if (h.capital && !isUpperAt(c.orig, groupStart(m, "h"))) return null;
        if (g.d) {
          const y = year(g.y);
          if (!validDay(y, +g.m!, +g.d)) return null;
          return cand(m, { k: "date", y, m: +g.m!, d: +g.d }, "holiday-date");
        }
        const y = year(g.hy);
        return cand(m, { k: "holiday", solar: h.solar, lunar: h.lunar, y, ...yRelOf(g.yr) }, "holiday");
      },
    },
    {
      name: "clock",
      need: /\d\s*(?:h|giờ|:)/u,
      priority: 5,
      re: new RegExp(
        `${B}(?:(?:lúc|vào\\s+lúc)\\s+)?(?<h>\\d{1,2})(?:\\s*(?:h|giờ|:)\\s*(?<min>\\d{2})(?:\\s*phút)?${E}|h(?![\\p{L}\\p{N}])|\\s+giờ(?:(?=\\s+(?:${DAYPART}|ngày|hôm|gmt|utc|địa\\s+phương|theo\\s+giờ|giờ\\s+\\p{L})${E})|(?<=lúc\\s+\\d{1,2}\\s+giờ)${E}))(?:\\s+(?<dp>${DAYPART})${E}(?!\\s+(?:nay|qua|mai|hôm)${E}))?`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        let h = +g.h!;
        const min = g.min ? +g.min : 0;
        if (h > 24 || min > 59) return null;
        const before = c.lower.slice(Math.max(0, m.index - 8), m.index);
        if (/[\d.,/:]\s*$/.test(before)) return null;
        // "trong vòng 24h qua", "mất 3h": hours counted, not a clock time.
        if (!g.min && !g.dp && /h$/.test(m[0]) && (/^\s+(?:qua|tới|liền|liên\s+tiếp|vừa\s+qua)(?![\p{L}])/u.test(c.lower.slice(m.index + m[0].length, m.index + m[0].length + 12)) || /(?:trong|vòng|suốt|mất|kéo\s+dài)\s+$/u.test(c.lower.slice(Math.max(0, m.index - 12), m.index)))) {
          return cand(m, { k: "duration", value: `PT${h}H` }, "duration-h");
        }
        const dp = g.dp?.replace(/\s+/g, " ");
        const shift = dp ? w.dayparts.entries.find((e) => e.word === dp)?.shift : undefined;
        if (shift === "pm" && h < 12) h += 12;
        else if (shift === "night" && h >= 6 && h < 12) h += 12;
        else if (shift === "noon" && h < 4) h += 12;
        let end = m.index + m[0].length;
        // "3h sáng 22/7": the part of the day goes with the date after it ("sáng 22/7"), the clock stops
        // before it (its hour already shifted) and the two are joined again (mergeClockWithDate).
        if (g.dp && /^\s*\d{1,2}[/.-]\d{1,2}(?!\d)/u.test(c.lower.slice(end, end + 8))) end = m.index + m[0].lastIndexOf(g.dp);
        while (end > m.index && /\s/u.test(c.lower[end - 1]!)) end--;
        // Zones: "giờ Moskva", "(giờ GMT)", "giờ địa phương", "GMT+7".
        const z = /^\s*\(?\s*(?:theo\s+)?(?:giờ\s+(?:địa\s+phương|gmt|utc|hà\s+nội|việt\s+nam|\p{L}+(?:\s+\p{L}+)?)(?:\s*[+-]\s*\d{1,2})?|(?:gmt|utc)(?:\s*[+-]\s*\d{1,2})?)\s*\)?/u.exec(c.lower.slice(end, end + 40));
        if (z) {
          const zs = z[0];
          const word = /giờ\s+(\p{L}+(?:\s+\p{L}+)?)/u.exec(zs);
          const fixed = /giờ\s+(?:địa\s+phương|gmt|utc|hà\s+nội|việt\s+nam)|^\s*\(?\s*(?:gmt|utc)/u.test(zs);
          let ok = fixed;
          let len = zs.length;
          if (!fixed && word) {
            // A named zone: "giờ Moskva", "giờ Washington" — capitalised place names only.
            const at = end + zs.indexOf(word[1]!);
            const parts = word[1]!.split(/\s+/);
            ok = isUpperAt(c.orig, at);
            if (ok && parts.length > 1 && !isUpperAt(c.orig, at + word[1]!.lastIndexOf(parts[1]!))) {
              len = zs.indexOf(word[1]!) + parts[0]!.length;
            }
          }
          if (ok) end += zs.slice(0, len).trimEnd().length;
        }
        if (!g.min && !dp && !z && !/lúc/.test(m[0]) && /h$/.test(m[0]) === false && !CLOCK_DAY_AFTER.test(c.lower.slice(end, end + 16))) {
          // "N giờ" without minutes, part of day or zone: leave to durations.
          return null;
        }
        return { start: m.index, end, sem: { k: "clock", h, min }, rule: "clock" };
      },
    },
    {
      name: "clock-dot",
      need: /lúc/u,
      priority: 6,
      re: new RegExp(`${B}(?:lúc|vào\\s+lúc)\\s+(?<h>\\d{1,2})[.:](?<min>\\d{2})${E}(?![.,]\\d)`, "gu"),
      make(m) {
        const h = +m.groups!.h!;
        const min = +m.groups!.min!;
        if (h > 24 || min > 59) return null;
        return cand(m, { k: "clock", h, min }, "clock-dot");
      },
    },
    {
      name: "duration",
      core: DURATION_CORE,
      need: /(?:\d|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|nhăm|nửa)\s+(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|giây|thập|thế)/u,
      priority: 4,
      re: new RegExp(
        `${B}(?:(?:${DURATION_QUAL})\\s+)*(?<n>${NUM})\\s+(?<u>${DURU})${E}(?<half>\\s+rưỡi${E})?(?:\\s+(?:qua|tới|liền|liên\\s+tiếp|vừa\\s+qua)${E})?`,
        "gu",
      ),
      make(m, c) {
        const g = m.groups!;
        const end = m.index + m[0].length;
        const after = c.lower.slice(end, end + 8);
        // "hai ngày 5 và 6-10", "tháng 8 năm 2024": a number after the unit makes it a date.
        if (/^\s*\d/.test(after)) return null;
        const before = c.lower.slice(Math.max(0, m.index - 8), m.index);
        if (/(?:tháng|ngày|thứ|số|[\d.,/:-])\s*$/u.test(before)) return null;
        // "những năm tháng" (the years): a set phrase, no count of months.
        if (IDIOM_BEFORE && idioms.has(c.lower.slice(m.index, end).replace(/\s+/g, " ")) && IDIOM_BEFORE.test(c.lower.slice(Math.max(0, m.index - 16), m.index))) return null;
        const parsed = parseNumber(g.n!, w.numbers);
        if (parsed === null || parsed <= 0) return null;
        // "hai tiếng rưỡi" = two and a half hours
        const n = g.half ? parsed + 0.5 : parsed;
        const unit = units.get(g.u!.replace(/\s+/g, " "));
        if (!unit) return null;
        if (g.u === "tiếng" && isUpperAt(c.orig, end + 1)) return null; // "tiếng Anh"
        // "8 giờ tối qua", "khoảng 9 giờ sáng": an hour of a part of the day is a clock time.
        if (unit.time && unit.designator === "H" && !g.half && n <= 24 && CLOCK_DAY_AFTER.test(c.lower.slice(end, end + 16))) return null;
        return cand(m, { k: "duration", value: durationValue(n, unit.designator, unit.time) }, "duration");
      },
    },
  ];
  const prefilter = /\d|tháng|năm|ngày|tuần|hôm|mùa|thứ|chủ nhật|tết|giờ|tiếng|phút|nay|qua|mai|lễ|noel|quốc khánh|giải phóng|thập|quý|kỷ/u;
  return {
    rules: rules.map(runRule),
    months,
    weekdays,
    seasons,
    relative,
    daypartOffsets: w.relative.daypartOffsets,
    units,
    holidays,
    numUnits: w.numbers.units,
    numbers: w.numbers,
    prefilter,
  };
}

/** Smaller unit for a fractional amount: 2.5 hours = PT2H30M, 1.5 years = P1Y6M, half a day = PT12H. */
const SUBUNIT: Record<string, { unit: string; per: number; time: boolean }> = {
  "H:T": { unit: "M", per: 60, time: true },
  "M:T": { unit: "S", per: 60, time: true },
  "Y:D": { unit: "M", per: 12, time: false },
  "D:D": { unit: "H", per: 24, time: true },
};

/** The TIMEX3 value of a duration of `n` units (`time`: a PT unit). */
export function durationValue(n: number, designator: string, time: boolean): string {
  // "nửa thế kỷ" = P50Y, "1,5 thập kỷ" = P15Y: a part of a decade or century is counted in years
  const years = designator === "CE" ? 100 : designator === "DE" ? 10 : 0;
  if (years && !time && !Number.isInteger(n) && Number.isInteger(Math.round(n * years * 1e6) / 1e6)) return `P${Math.round(n * years)}Y`;
  const whole = Math.floor(n);
  const sub = SUBUNIT[`${designator}:${time ? "T" : "D"}`];
  const part = sub ? (n - whole) * sub.per : 0;
  if (whole === n || !sub || !Number.isInteger(Math.round(part * 1e6) / 1e6)) return time ? `PT${n}${designator}` : `P${n}${designator}`;
  const head = whole ? `${whole}${designator}` : "";
  const tail = `${Math.round(part)}${sub.unit}`;
  if (time) return `PT${head}${tail}`;
  return sub.time ? `P${head}T${tail}` : `P${head}${tail}`;
}

function lexOf(lex: TimeLexicon): CompiledLexicon {
  let c = compiled.get(lex);
  if (!c) {
    c = compile(lex);
    compiled.set(lex, c);
  }
  return c;
}

/**
 * Tags one text (a sentence or a whole article). `match` is the canonical-tone text
 * (same length as `orig`); offsets are relative to the text given.
 */
export function tagTimes(orig: string, lex: TimeLexicon, match: string = orig): Candidate[] {
  return tagLower(orig, lex, lowerSameLength(match));
}

/** `tagTimes` on the already lower-cased match text (`lowerSameLength(match)`). */
export function tagLower(orig: string, lex: TimeLexicon, lower: string): Candidate[] {
  const cl = lexOf(lex);
  if (!cl.prefilter.test(lower)) return [];
  const ctx: TagContext = { lower, orig, lex: cl };
  const all: Array<Candidate & { priority: number }> = [];
  for (const r of cl.rules) {
    const rule = r.rule;
    if (!rule.need.test(lower)) continue;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = nextMatch(r, lower, from))) {
      if (m[0].length === 0) {
        from = m.index + 1;
        continue;
      }
      const made = rule.make(m, ctx);
      if (made) for (const c of Array.isArray(made) ? made : [made]) all.push({ ...c, priority: rule.priority });
      // A rejected match may hide a good one starting inside it: go on from the next character.
      // Dates with a part-of-day prefix are also tried without it ("lúc 10 giờ tối ngày 14/1").
      from = made && rule.name !== "numeric-date" ? m.index + m[0].length : m.index + 1;
    }
  }
  return choose(all, lower);
}

/**
 * The tagger run the plain way: every rule's full pattern scanned over the whole text (no
 * word-start check apart, no cores). The same result as `tagTimes`; kept for the tests that
 * check the fast paths.
 */
export function tagTimesPlain(orig: string, lex: TimeLexicon, match: string = orig): Candidate[] {
  const cl = lexOf(lex);
  const lower = lowerSameLength(match);
  if (!cl.prefilter.test(lower)) return [];
  const ctx: TagContext = { lower, orig, lex: cl };
  const all: Array<Candidate & { priority: number }> = [];
  for (const { rule } of cl.rules) {
    if (!rule.need.test(lower)) continue;
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(lower))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const made = rule.make(m, ctx);
      if (made) for (const c of Array.isArray(made) ? made : [made]) all.push({ ...c, priority: rule.priority });
      rule.re.lastIndex = made && rule.name !== "numeric-date" ? m.index + m[0].length : m.index + 1;
    }
  }
  return choose(all, lower);
}

/** The buffer under `choose`'s cover (grown as needed). */
let coverBuffer = new Int32Array(4096);

/** Longest first, then the rule's priority, then the earliest; merged with neighbours. */
function choose(all: Array<Candidate & { priority: number }>, lower: string): Candidate[] {
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  // cover[i]: 1 + the chosen candidate over character i (0: none), so an overlap test costs the
  // candidate's length, not a pass over every chosen one (linear time on long documents)
  let size = lower.length;
  for (const c of all) size = Math.max(size, c.end + 1);
  // (a view of one buffer kept between calls: no buffer allocated per text)
  if (coverBuffer.length < size) coverBuffer = new Int32Array(Math.max(size, coverBuffer.length * 2));
  const cover = coverBuffer.subarray(0, size);
  cover.fill(0);
  const overlaps = (c: Candidate): boolean => {
    if (c.end <= c.start) return c.start > 0 && cover[c.start]! !== 0 && cover[c.start - 1] === cover[c.start];
    for (let i = c.start; i < c.end; i++) if (cover[i] !== 0) return true;
    return false;
  };
  for (const c of all) {
    if (overlaps(c)) continue;
    chosen.push({ start: c.start, end: c.end, sem: c.sem, rule: c.rule });
    for (let i = c.start; i < c.end; i++) cover[i] = chosen.length;
  }
  chosen.sort((a, b) => a.start - b.start);
  return mergeClockWithDate(chosen, lower);
}

/** "9h30 ngày 15/1", "sáng 15/1 lúc 9h": a clock time next to a date becomes one expression. */
function mergeClockWithDate(cs: Candidate[], lower: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1];
    if (b && a.sem.k === "clock" && isDayish(b.sem) && /^\s*,?\s*(?:ngày\s*)?$/u.test(lower.slice(a.end, b.start))) {
      // "7h tối mai": the part of day moved to the date still says pm.
      const pm = /^(?:chiều|tối)/u.test(lower.slice(b.start, b.end)) && a.sem.h < 12;
      out.push({ start: a.start, end: b.end, sem: { ...a.sem, h: pm ? a.sem.h + 12 : a.sem.h, date: b.sem }, rule: "clock+date" });
      i++;
      continue;
    }
    // "hôm nay 12.4", "hôm qua (14/5)": the written date says which day; one expression.
    if (b && a.sem.k === "rel" && a.sem.unit === "D" && !a.sem.anchor && b.sem.k === "date" && b.sem.d !== undefined && /^\s*,?\s*\(?\s*$/u.test(lower.slice(a.end, b.start))) {
      // "hôm nay (23/7)": the closing bracket too
      const close = /\(/.test(lower.slice(a.end, b.start)) && /^\s*\)/.exec(lower.slice(b.end, b.end + 3));
      out.push({ start: a.start, end: close ? b.end + close[0].length : b.end, sem: b.sem, rule: "relative+date" });
      i++;
      continue;
    }
    if (b && b.sem.k === "clock" && isDayish(a.sem) && /^\s*,?\s*(?:lúc|vào\s+lúc)?\s*$/u.test(lower.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, sem: { ...b.sem, date: a.sem }, rule: "date+clock" });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function isDayish(s: Sem): boolean {
  return (s.k === "date" && s.d !== undefined) || (s.k === "rel" && s.unit === "D") || s.k === "weekday";
}
