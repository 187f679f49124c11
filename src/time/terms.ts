import type { Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";
import { dayNumber, fromDayNumber, parseIsoDay, ymdString } from "./calendar.js";
import type { Clue } from "./reference.js";
import type { TimeLexicon } from "./lexicon.js";
import { parseNumber } from "./tagger.js";

/**
 * Terms of office counted by the press: "nhiệm kỳ thứ hai của Tổng thống Trump", "nhiệm kỳ thứ
 * năm của ông Putin" (`anchors.terms`: the day each term of a holder began). A sentence naming the
 * holder and the N-th term (N ≥ 2) is written once that term has begun, or weeks before it (after
 * the election: `lead` days): a lower bound on the article's day, which with a holder's terms of
 * office picks the right one. A sentence that speaks of seeking the term ("tranh cử nhiệm kỳ thứ
 * hai", `notBefore`) says nothing of when.
 */
const termCache = new WeakMap<TimeLexicon, RegExp | null>();
/** A term word (`anchors.terms.words`) + the ordinal word ("thứ") + a number in digits or one word. */
function termRe(lex: TimeLexicon): RegExp | null {
  let re = termCache.get(lex);
  if (re === undefined) {
    const ws = (lex.anchors.terms?.words ?? []).map((w) => w.replace(/ /g, "\\s+"));
    const th = lex.words.ordinals?.word;
    re = ws.length && th ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${ws.join("|")})\\s+${th}\\s+(\\d{1,2}|[\\p{L}\\p{M}]+)(?![\\p{L}\\p{M}\\d])`, "gu") : null;
    termCache.set(lex, re);
  }
  return re;
}

export function termClues(lower: string, sentences: readonly Span[], lex: TimeLexicon): Clue[] {
  const terms = lex.anchors.terms;
  const re = termRe(lex);
  if (!re || !terms?.entries.length || !terms.words.some((w) => lower.includes(w))) return [];
  const out: Clue[] = [];
  const seen = new Set<string>();
  for (const m of lower.matchAll(re)) {
    const n = /^\d/.test(m[1]!) ? +m[1]! : parseNumber(m[1]!, lex.words.numbers);
    if (n === null || !Number.isInteger(n) || n < 2) continue;
    const s = spanHolding(sentences, m.index!);
    const sStart = s?.start ?? Math.max(0, m.index! - 160);
    const sent = lower.slice(sStart, s?.end ?? m.index! + 160);
    const head = lower.slice(Math.max(sStart, m.index! - 40), m.index!);
    if (terms.notBefore.some((w) => hasWord(head, w))) continue;
    for (const t of terms.entries) {
      if (!t.names.some((w) => hasWord(sent, w))) continue;
      const start = t.starts[n - 1];
      if (!start) continue;
      const from = dayNumber(parseIsoDay(start)!) - terms.lead;
      const key = `${t.id}:${n}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ kind: "office", from: ymdString(fromDayNumber(from)), to: null, weight: 0.7, text: `${m[0]} (${t.id}, from ${start})` });
      }
      break;
    }
  }
  return out;
}

function hasWord(s: string, w: string): boolean {
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
    const a = s[i - 1];
    const b = s[i + w.length];
    if ((a === undefined || !/[\p{L}\p{M}]/u.test(a)) && (b === undefined || !/[\p{L}\p{M}]/u.test(b))) return true;
  }
  return false;
}
