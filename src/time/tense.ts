import type { TimeLexicon } from "./lexicon.js";

export type Tense = "past" | "future" | undefined;

const cache = new WeakMap<TimeLexicon, { past: RegExp; future: RegExp; report: RegExp }>();

function cueRes(lex: TimeLexicon): { past: RegExp; future: RegExp; report: RegExp } {
  let c = cache.get(lex);
  if (!c) {
    const alt = (ws: string[]): string =>
      [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
    // (?<![\p{L}\p{M}]) before the words is checked on each match found (see scan below): the
    // engine then does not test a Unicode-property lookbehind at every position.
    const mk = (ws: string[]): RegExp => new RegExp(`(?:${alt(ws)})(?![\\p{L}\\p{M}])`, "gu");
    c = {
      past: mk(lex.words.cues.past),
      future: mk([...lex.words.cues.future, "có thể diễn ra", "có thể họp", "có thể gặp"]),
      report: /^\s*(?:,\s*)?(?:đưa\s+tin|cho\s+biết|tuyên\s+bố|thông\s+báo|công\s+bố|khẳng\s+định|nói|nhấn\s+mạnh|loan\s+tin|xác\s+nhận|dẫn\s+lời|trích\s+dẫn)(?![\p{L}\p{M}])/u,
    };
    cache.set(lex, c);
  }
  return c;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** What (?<![\p{L}\p{M}]) tests at i: no letter or mark (code point) ends just before it. */
function wordStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  if (c < 0x80) return !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  const cp = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.codePointAt(i - 2)! : c;
  return !LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/**
 * The tense a yearless date is used with, from the words around it in its clause: "hôm 27/12",
 * "đã … 15.1" look back; "sẽ … 10/1" looks forward; nothing: undefined (nearest). The nearest
 * cue wins; cues farther than a short window are ignored.
 */
export function tenseAt(lower: string, sentStart: number, sentEnd: number, start: number, end: number, lex: TimeLexicon): Tense {
  const own = lower.slice(start, end);
  if (/^(?:hôm|hồi)(?![\p{L}])/u.test(own)) return "past";
  // "ngày 20/1 tới", "tháng 6 tới": the coming one; "ngày 14/5 vừa qua": the last one.
  // ("ngày 15/5 tới Riyadh" is "arrived in Riyadh on 15/5": only "tới" before punctuation or "sẽ" counts.)
  const next = lower.slice(end, end + 16);
  if (/^\s+tới\s*(?:[,.;:)]|$|sẽ(?![\p{L}]))/u.test(next)) return "future";
  if (/^\s+vừa\s+qua(?![\p{L}])/u.test(next)) return "past";
  const re = cueRes(lex);
  const lo = Math.max(sentStart, start - 60);
  const hi = Math.min(sentEnd, end + 45);
  const before = lower.slice(lo, start);
  const after = lower.slice(end, hi);
  let best: { dist: number; t: Tense } | null = null;
  const scan = (text: string, t: Tense, isBefore: boolean): void => {
    const r = t === "past" ? re.past : re.future;
    r.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(text))) {
      if (!wordStart(text, m.index)) {
        r.lastIndex = m.index + 1; // the full pattern would fail here and try the next position
        continue;
      }
      const dist = isBefore ? text.length - m.index : m.index + 5;
      if (!best || dist < best.dist) best = { dist, t };
    }
  };
  scan(before, "past", true);
  scan(before, "future", true);
  scan(after, "past", false);
  scan(after, "future", false);
  return (best as { dist: number; t: Tense } | null)?.t;
}

/** True when the date reads as the date of a report: "Ngày 2/5, …", "AFP ngày 28/12 đưa tin". */
export function isReportDate(lower: string, sentStart: number, start: number, end: number, lex: TimeLexicon): boolean {
  const re = cueRes(lex);
  // A date that opens its sentence, then a comma: "Ngày 2/5, …", "Chiều 1/11, …" (not "Hôm 20/9, …": see reference.ts).
  if (/^\s*$/.test(lower.slice(sentStart, start)) && /^(?:ngày|sáng|trưa|chiều|tối|đêm|rạng\s+sáng|\d)/u.test(lower.slice(start, end)) && /^\s*,/.test(lower.slice(end, end + 3))) return true;
  return re.report.test(lower.slice(end, end + 30));
}
