/**
 * Which actors a search query names, by their id, name, code or any alias, diacritics optional:
 * "Zelenskyy", "Zelensky", "Volodymyr_Zelenskyy" and "Zelenskyy" all name one person; "Kyiv",
 * "Kiev" and "Kiep" one city. The query is cut, left to right, into the longest runs of words that
 * name actors; the words left over are searched in the text.
 */
import { queryTerms } from "./fold.js";

export interface ActorForms {
  id: string;
  name: string;
  type: string;
  code: string | null;
  aliases?: readonly string[];
}

export interface NamedActor {
  id: string;
  name: string;
  type: string;
  code: string | null;
}

/** A run of query words naming actors. */
export interface ActorSpan {
  /** The query's words (folded) in the run. */
  words: string[];
  /** "whole": the words are a whole name or alias; "part": a part of one (a surname). */
  how: "whole" | "part";
  actors: NamedActor[];
}

/** A run naming more actors than this (and no one whole) is too vague to stand for them. */
export const MAX_PART_MATCHES = 12;
/** A part of a name stands for it only when it has this many letters (no "bo", "thu"). */
export const MIN_PART_LETTERS = 4;
/** Longest name part registered (words). */
const MAX_WORDS = 8;

/**
 * The forms an actor is searched by: id (underscores as spaces), name, aliases, and its code
 * when the code is its own name (a state's ISO code; "NATO"), not an affiliation (Kyiv's UKR).
 */
function formsOf(a: ActorForms): string[] {
  const forms = [a.id.replace(/_/g, " "), a.name, ...(a.aliases ?? [])];
  if (a.code && (a.type === "gpe" || a.code === a.id || a.code === a.name)) forms.push(a.code);
  return forms;
}

/** A part of a name standing for it inside a longer query: a word this long at least (a surname, not a syllable like "phan"). */
export const MIN_PART_IN_QUERY = 5;

export class ActorIndex {
  private readonly actors: NamedActor[] = [];
  private readonly byId = new Map<string, number>();
  /** Folded words joined by spaces → actors it is the whole form of. */
  private readonly whole = new Map<string, Set<number>>();
  /** The same with the forms' own diacritics ("nhà trắng": the White House, not Nha Trang). */
  private readonly wholeRaw = new Map<string, Set<number>>();
  /** Folded words joined by spaces → actors one of whose forms holds it (≥ MIN_PART_LETTERS letters). */
  private readonly part = new Map<string, Set<number>>();

  constructor(entries: Iterable<ActorForms> = []) {
    for (const e of entries) this.add(e);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get size(): number {
    return this.actors.length;
  }

  /** Adds an actor (or more forms of a known id). */
  add(e: ActorForms): void {
    let n = this.byId.get(e.id);
    if (n == null) {
      n = this.actors.length;
      this.actors.push({ id: e.id, name: e.name, type: e.type, code: e.code });
      this.byId.set(e.id, n);
    }
    for (const form of formsOf(e)) {
      const { raw, folded: words } = queryTerms(form);
      if (words.length === 0) continue;
      put(this.whole, words.join(" "), n);
      put(this.wholeRaw, raw.join(" "), n);
      // Its first or last words: "Zelenskyy", "Volodymyr", "Tayyip Erdogan" (not inner words).
      for (let k = 1; k < words.length && k <= MAX_WORDS; k++) {
        for (const sub of [words.slice(0, k), words.slice(words.length - k)]) {
          if (sub.join("").length >= MIN_PART_LETTERS) put(this.part, sub.join(" "), n);
        }
      }
    }
  }

  /**
   * The actors these (folded) words name: whole forms first (those written with the query's own
   * diacritics, `raw`, when it has some and they match), parts only when few enough.
   */
  lookup(words: readonly string[], raw?: readonly string[]): { how: "whole" | "part"; actors: NamedActor[] } | null {
    const key = words.join(" ");
    const w = this.whole.get(key);
    if (w && w.size) {
      const r = raw && raw.join(" ") !== key ? this.wholeRaw.get(raw.join(" ")) : undefined;
      const pick = r && r.size ? [...w].filter((i) => r.has(i)) : [...w];
      return { how: "whole", actors: (pick.length ? pick : [...w]).map((i) => this.actors[i]!) };
    }
    const p = this.part.get(key);
    if (p && p.size && p.size <= MAX_PART_MATCHES) return { how: "part", actors: [...p].map((i) => this.actors[i]!) };
    return null;
  }

  /**
   * The query cut into actor runs (longest first, left to right) and the words left over, for
   * the text search. Words are the query's folded words (src/search/fold.ts `queryTerms`).
   */
  match(query: string): { spans: ActorSpan[]; rest: string[] } {
    const { raw, folded: words } = queryTerms(query);
    const spans: ActorSpan[] = [];
    const rest: string[] = [];
    let i = 0;
    while (i < words.length) {
      let hit: ActorSpan | null = null;
      for (let j = Math.min(words.length, i + MAX_WORDS); j > i && !hit; j--) {
        const r = this.lookup(words.slice(i, j), raw.slice(i, j));
        // Inside a longer query a short part is a common word more often than a name ("đàm phán").
        const whole = i === 0 && j === words.length;
        if (r && (r.how === "whole" || whole || words.slice(i, j).every((w) => w.length >= MIN_PART_IN_QUERY))) hit = { words: words.slice(i, j), ...r };
      }
      if (hit) {
        spans.push(hit);
        i += hit.words.length;
      } else rest.push(words[i++]!);
    }
    return { spans, rest };
  }
}

function put(m: Map<string, Set<number>>, k: string, n: number): void {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(n);
}
