import type { Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";
import { dayNumber, fromDayNumber, parseIsoDay, ymdString } from "./calendar.js";
import type { Clue } from "./reference.js";
import type { TimeLexicon } from "./lexicon.js";
import { parseNumber } from "./tagger.js";

/**
 * The ordinal year or day of a long-running happening with a known start (`anchors.starts`):
 * "cuộc xung đột ở Ukraine bước sang năm thứ 4", "ngày thứ 1.000 của cuộc chiến". The year (day)
 * counted from the start puts the article in that year (on that day) of the happening, when the
 * sentence names the happening by the start's words. No tense is needed: "năm thứ 4" is said
 * while it is the fourth year (a retrospective would write the year itself).
 */
const ordinalCache = new WeakMap<TimeLexicon, RegExp | null>();
/** unit word (`words.ordinals.units`) + "thứ" + a number in digits or one word. */
function ordinalRe(lex: TimeLexicon): RegExp | null {
  let re = ordinalCache.get(lex);
  if (re === undefined) {
    const o = lex.words.ordinals;
    const units = Object.keys(o?.units ?? {}).map((w) => w.replace(/ /g, "\\s+"));
    re = o && units.length ? new RegExp(`(?<![\\p{L}\\p{M}])(${units.join("|")})\\s+${o.word}\\s+(\\d{1,3}(?:\\.\\d{3})+|\\d+|[\\p{L}\\p{M}]+)(?![\\p{L}\\p{M}\\d])`, "gu") : null;
    ordinalCache.set(lex, re);
  }
  return re;
}
const YEAR_DAYS = 365.25;
/** Days before the start of the year counted that the phrase may already be written ("sắp bước sang năm thứ 4"). */
const EARLY_DAYS = 14;

const notAfterCache = new WeakMap<TimeLexicon, RegExp>();
function notAfter(lex: TimeLexicon): RegExp {
  let re = notAfterCache.get(lex);
  if (!re) {
    const ws = lex.words.cues.notOrdinalAfter ?? [];
    re = ws.length ? new RegExp(`^\\s+(?:${ws.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{M}])`, "u") : /(?!)/u;
    notAfterCache.set(lex, re);
  }
  return re;
}

export function ordinalClues(lower: string, sentences: readonly Span[], lex: TimeLexicon): Clue[] {
  const starts = lex.anchors.starts ?? [];
  const re = ordinalRe(lex);
  if (!re || !starts.length || !lower.includes(lex.words.ordinals!.word)) return [];
  const out: Clue[] = [];
  const seen = new Set<string>();
  for (const m of lower.matchAll(re)) {
    const raw = m[2]!.replace(/\./g, "");
    const n = /^\d/.test(raw) ? +raw : parseNumber(raw, lex.words.numbers);
    if (n === null || !Number.isInteger(n) || n < 1) continue;
    // "năm thứ hai liên tiếp": the second year running of something else, no count from the start.
    const end = m.index! + m[0].length;
    if (notAfter(lex).test(lower.slice(end, end + 20))) continue;
    const year = lex.words.ordinals!.units[m[1]!.replace(/\s+/g, " ")] === "Y";
    if (year ? n > 80 : n < 30) continue;
    const s = spanHolding(sentences, m.index!);
    const sent = s ? lower.slice(s.start, s.end) : lower.slice(Math.max(0, m.index! - 160), m.index! + 160);
    for (const st of starts) {
      if (!st.all.every((w) => sent.includes(w))) continue;
      if (st.any && !st.any.some((w) => sent.includes(w))) continue;
      const s0 = dayNumber(parseIsoDay(st.start)!);
      const lo = year ? Math.round(s0 + (n - 1) * YEAR_DAYS) - EARLY_DAYS : s0 + n - 2;
      const hi = year ? Math.round(s0 + n * YEAR_DAYS) : s0 + n;
      const key = `${lo}:${hi}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ kind: "duration", from: ymdString(fromDayNumber(lo)), to: ymdString(fromDayNumber(hi)), weight: 0.7, text: `${m[0]} (${st.id}, ${st.start})` });
      }
      break;
    }
  }
  return out;
}
