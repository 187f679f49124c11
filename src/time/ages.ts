import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { canonicalTones } from "../normalise/tone.js";
import type { Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";
import { dayNumber, fromDayNumber, parseIsoDay, validDay, ymdString } from "./calendar.js";
import type { Clue } from "./reference.js";
import type { TimeLexicon } from "./lexicon.js";

/**
 * Ages printed with a name: "ông Trump, 79 tuổi", "Tổng thống Putin (72 tuổi)". For a person whose
 * day of birth the dictionary holds (`born` in data/actors/people*.json), the age says in which
 * year of that person's life the article was written: an interval of one year, which with a day
 * and month the text gives leaves one reading. Only names that belong to one person of the
 * dictionary count, and only in a sentence that writes no year of its own ("năm 2017, khi ông
 * Trump 70 tuổi" speaks of then, not of the article's day).
 */

/** A name (lower case, canonical tones) and the day of birth of the one person it names. */
export interface Births {
  /** Lower-cased alias → ISO day of birth; null when the alias names several people. */
  byName: Map<string, string | null>;
  /** The most words an alias has. */
  maxWords: number;
}

interface PersonRow {
  id?: string;
  type?: string;
  born?: string;
  name?: string;
  aliases?: string[];
  ambiguous?: string[];
}

/** The names of the dictionary's people, with their day of birth where it is known. */
export function loadBirths(dir: string = join(DATA_DIR, "actors")): Births {
  const owners = new Map<string, Set<string>>();
  const born = new Map<string, string>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return { byName: new Map(), maxWords: 0 };
  }
  for (const f of files) {
    const json = JSON.parse(readFileSync(join(dir, f), "utf8")) as { entries?: PersonRow[] };
    for (const e of json.entries ?? []) {
      if (e.type !== "person" || !e.id) continue;
      if (e.born) born.set(e.id, e.born);
      for (const a of [e.name, ...(e.aliases ?? [])]) {
        if (!a) continue;
        const k = key(a);
        const set = owners.get(k) ?? new Set<string>();
        set.add(e.id);
        owners.set(k, set);
      }
    }
  }
  const byName = new Map<string, string | null>();
  let maxWords = 0;
  for (const [k, ids] of owners) {
    const days = [...ids].map((id) => born.get(id));
    if (days.every((d) => d === undefined)) continue;
    byName.set(k, ids.size === 1 ? days[0]! : null);
    maxWords = Math.max(maxWords, k.split(" ").length);
  }
  return { byName, maxWords };
}

const key = (s: string): string => canonicalTones(s.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();

/** "79 tuổi" after a comma or an opening bracket that follow a name ("năm nay", "hiện" may come between). */
const AGE = /(?<![\p{L}\p{N}])(\d{2,3})\s+tuổi(?![\p{L}\p{M}])/gu;
const SEP = /(?:,|\()\s*(?:năm\s+nay|hiện\s+nay|hiện|nay)?\s*$/u;
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
/** Days either side of the year of life the age gives (a press age a little early or late). */
const SLACK_DAYS = 10;

/**
 * The clues of the ages printed in `lower` (the lower-cased match text, offsets those of the
 * text; `sentences` sorted). Each is an interval of the article's day.
 */
export function ageClues(lower: string, sentences: readonly Span[], lex: TimeLexicon): Clue[] {
  const births = lex.births;
  if (!births || !births.byName.size || !lower.includes("tuổi")) return [];
  const out: Clue[] = [];
  const seen = new Set<string>();
  for (const m of lower.matchAll(AGE)) {
    const age = +m[1]!;
    if (age < 18 || age > 110) continue;
    const at = m.index!;
    const s = spanHolding(sentences, at);
    const sStart = s?.start ?? Math.max(0, at - 200);
    const sent = lower.slice(sStart, s?.end ?? at + 40);
    if (WRITTEN_YEAR.test(sent)) continue;
    const head = lower.slice(sStart, at);
    const sep = SEP.exec(head);
    if (!sep) continue;
    const name = head.slice(0, sep.index).replace(/\s+$/u, "");
    const day = nameBorn(name, births);
    if (!day) continue;
    const b = parseIsoDay(day);
    if (!b) continue;
    const from = anniversary(b.y + age, b.m, b.d) - SLACK_DAYS;
    const to = anniversary(b.y + age + 1, b.m, b.d) - 1 + SLACK_DAYS;
    const text = `${lower.slice(sStart + Math.max(0, sep.index - 24), at)}${m[0]} (born ${day})`;
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

/** The day of birth of the longest known name that ends `before` at a word boundary. */
function nameBorn(before: string, births: Births): string | null {
  const words = before.split(/\s+/);
  for (let k = Math.min(births.maxWords, words.length); k >= 1; k--) {
    const cand = words.slice(words.length - k).join(" ");
    const hit = births.byName.get(cand);
    if (hit !== undefined) return hit;
  }
  return null;
}
