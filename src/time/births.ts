import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { canonicalTones } from "../normalise/tone.js";

/**
 * The days of birth of the dictionary's people (data/actors), by the names they go by: what the
 * time stage's age clues ("ông Trump, 79 tuổi", ages.ts) read. Loaded with the time lexicon.
 */

/** A name (lower case, canonical tones) and the day of birth of the one person it names. */
export interface Births {
  /** Lower-cased alias → ISO day of birth; null when the alias names several people. */
  byName: Map<string, string | null>;
  /** The most words an alias has. */
  maxWords: number;
  /** Capitalised words that may stand before a name without being part of it (honorifics, title words, states: "Ông", "Mỹ"), lower case. */
  beforeName?: Set<string>;
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
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return { byName: new Map(), maxWords: 0 };
  }
  const beforeName = new Set<string>();
  for (const f of files) {
    const json = JSON.parse(readFileSync(join(dir, f), "utf8")) as { entries?: PersonRow[]; titles?: Array<{ title?: string }>; honorifics?: unknown; short_states?: unknown; initial_trusted?: unknown };
    if (f === "titles.json") {
      const words = [...(json.titles ?? []).map((t) => t.title ?? ""), ...wordsOf(json.honorifics), ...wordsOf(json.short_states), ...wordsOf(json.initial_trusted)];
      for (const w of words) for (const part of nameKey(w).split(" ")) if (part) beforeName.add(part);
    }
    for (const e of json.entries ?? []) {
      if (e.type !== "person" || !e.id) continue;
      if (e.born) born.set(e.id, e.born);
      for (const a of [e.name, ...(e.aliases ?? [])]) {
        if (!a) continue;
        const k = nameKey(a);
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
  return { byName, maxWords, beforeName };
}

/** The words of a list, or the keys of a map (titles.json keeps both shapes). */
function wordsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return v && typeof v === "object" ? Object.keys(v) : [];
}

/** A name's key: NFC, canonical tones, lower case, single spaces. */
export const nameKey = (s: string): string => canonicalTones(s.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim();
