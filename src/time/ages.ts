import type { Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";
import { dayNumber, fromDayNumber, parseIsoDay, validDay, ymdString } from "./calendar.js";
import type { Clue } from "./reference.js";
import type { TimeLexicon } from "./lexicon.js";
import { nameKey as key, type Births } from "./births.js";

/**
 * Ages printed with a name: "ông Trump, 79 tuổi", "Tổng thống Putin (72 tuổi)". For a person whose
 * day of birth the dictionary holds (`born` in data/actors/people*.json), the age says in which
 * year of that person's life the article was written: an interval of one year, which with a day
 * and month the text gives leaves one reading. Only names that belong to one person of the
 * dictionary count, and only in a sentence that writes no year of its own ("năm 2017, khi ông
 * Trump 70 tuổi" speaks of then, not of the article's day).
 */

/** "79 tuổi" (`words.ages.unit`) after a comma or an opening bracket that follow a name (`words.ages.between` words may come between). */
interface AgeRes {
  age: RegExp;
  sep: RegExp;
  unit: string[];
}
const ageCache = new WeakMap<TimeLexicon, AgeRes | null>();
function ageRes(lex: TimeLexicon): AgeRes | null {
  let r = ageCache.get(lex);
  if (r === undefined) {
    const a = lex.words.ages;
    const alt = (ws: string[]): string => [...ws].sort((x, y) => y.length - x.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
    r = a?.unit.length
      ? {
          age: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{2,3})\\s+(?:${alt(a.unit)})(?![\\p{L}\\p{M}])`, "gu"),
          sep: new RegExp(`(?:,|\\()\\s*(?:(?:${alt(a.between)})\\s*)*$`, "u"),
          unit: a.unit,
        }
      : null;
    ageCache.set(lex, r);
  }
  return r;
}
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Days either side of the year of life the age gives (a press age a little early or late). */
const SLACK_DAYS = 10;

/**
 * The clues of the ages printed in `lower` (the lower-cased match text, offsets those of the
 * text; `sentences` sorted). Each is an interval of the article's day.
 */
export function ageClues(lower: string, sentences: readonly Span[], lex: TimeLexicon, cased: string = lower): Clue[] {
  const births = lex.births;
  const re = ageRes(lex);
  if (!re || !births || !births.byName.size || !re.unit.some((u) => lower.includes(u))) return [];
  const out: Clue[] = [];
  const seen = new Set<string>();
  for (const m of lower.matchAll(re.age)) {
    const age = +m[1]!;
    if (age < 18 || age > 110) continue;
    const at = m.index!;
    const s = spanHolding(sentences, at);
    const sStart = s?.start ?? Math.max(0, at - 200);
    const sent = lower.slice(sStart, s?.end ?? at + 40);
    if (WRITTEN_YEAR.test(sent)) continue;
    const head = lower.slice(sStart, at);
    const sep = re.sep.exec(head);
    // "ông Trump, 79 tuổi" (the name before), or "Tổng thống 79 tuổi Donald Trump" (the name right after)
    const day = sep ? nameBorn(head.slice(0, sep.index).replace(/\s+$/u, ""), births, cased.slice(sStart, sStart + sep.index).replace(/\s+$/u, "")) : nameAfter(lower.slice(at + m[0].length, at + m[0].length + 60), births);
    if (!day) continue;
    const b = parseIsoDay(day);
    if (!b) continue;
    const from = anniversary(b.y + age, b.m, b.d) - SLACK_DAYS;
    const to = anniversary(b.y + age + 1, b.m, b.d) - 1 + SLACK_DAYS;
    const from0 = sep ? sStart + Math.max(0, sep.index - 24) : Math.max(sStart, at - 24);
    const text = `${lower.slice(lower.lastIndexOf(" ", from0) + 1, at)}${m[0]} (born ${day})`;
    const k = `${from}:${to}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ kind: "age", from: ymdString(fromDayNumber(from)), to: ymdString(fromDayNumber(to)), weight: 0.7, text: text.replace(/\s+/g, " ").trim() });
  }
  return out;
}

/** The day a person turns a year older in year `y` (29 February: 1 March in a common year). */
function anniversary(y: number, m: number, d: number): number {
  return validDay(y, m, d) ? dayNumber({ y, m, d }) : dayNumber({ y, m: 3, d: 1 });
}

/** The day of birth of the longest known name that opens `after` (after one space). */
function nameAfter(after: string, births: Births): string | null {
  if (!/^\s/.test(after)) return null;
  const words = after.trim().split(/\s+/).map((w) => w.replace(/[,.;:()"“”]+$/u, ""));
  for (let k = Math.min(births.maxWords, words.length); k >= 1; k--) {
    const hit = births.byName.get(words.slice(0, k).join(" "));
    if (hit !== undefined) return hit;
  }
  return null;
}

/**
 * The day of birth of the longest known name that ends `before` at a word boundary (`cased`: the
 * same words as written). A one-word name after a capitalised word is part of a longer name the
 * dictionary lacks ("bà Lara Trump"): none.
 */
function nameBorn(before: string, births: Births, cased: string): string | null {
  const words = before.split(/\s+/);
  const casedWords = cased.split(/\s+/);
  for (let k = Math.min(births.maxWords, words.length); k >= 1; k--) {
    const cand = words.slice(words.length - k).join(" ");
    const hit = births.byName.get(cand);
    if (hit === undefined) continue;
    const prev = casedWords.length === words.length ? casedWords[words.length - k - 1] : undefined;
    if (k === 1 && prev && /^\p{Lu}/u.test(prev) && !births.beforeName?.has(key(prev))) return null;
    return hit;
  }
  return null;
}
