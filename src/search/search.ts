/**
 * Article search as the CLI and the API answer it: the query's actor names (id, name, code, any
 * alias; see actors.ts) and its words (the store's full-text index, diacritics optional) both
 * find articles; an article that names the actors AND holds the other words ranks first, then
 * the articles naming the actors (most mentions first), then those matching the words only. Each
 * hit carries a snippet with the matches marked, the outlet and a date: the published one, else
 * the article's reference date (marked as such).
 */
import { readDictionaryFiles } from "../actors/dictionary.js";
import { actorsDir } from "../actors/load.js";
import type { ActorStat, SearchHit, Store } from "../store/store.js";
import { ActorIndex, type ActorSpan, type NamedActor } from "./actors.js";
import { queryTerms } from "./fold.js";
import { snippet, termMatches, type Match, type Snippet } from "./snippet.js";

export interface SearchResult {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** The published date, else the reference date the analysis used; null when neither is known. */
  date: string | null;
  dateBasis: "published" | "reference" | null;
  /** How it matched: it names the query's actors ("actor"), or holds its words with their diacritics ("exact") or without ("folded"). */
  match: "actor" | "exact" | "folded";
  /** Ids of the query's actors the article names. */
  actors: string[];
  /** Higher is better; comparable within one result list only. */
  score: number;
  snippet: Snippet;
}

export interface SearchAnswer {
  query: string;
  /** The actors the query names (its words that are names). */
  actors: NamedActor[];
  /** The query's words (folded, lower case), as the text is searched and marked for them. */
  words: string[];
  hits: SearchResult[];
  /** Whether hits follow the last one (a page asked with `offset`/`limit`). */
  more?: boolean;
}

/** How many matches of each kind are looked at before ranking. */
const CANDIDATES = 500;

let dictionaryIndex: ActorIndex | null = null;

/** The actor dictionary (data/actors) as a search index, built once per process. */
export function dictionaryActors(): ActorIndex {
  if (!dictionaryIndex) dictionaryIndex = new ActorIndex(readDictionaryFiles(actorsDir()).entries);
  return dictionaryIndex;
}

/**
 * The query's actor runs, from the dictionary and from the store's own actors (names the
 * dictionary does not hold): a run names the actors of either.
 */
function matchActors(query: string, dict: ActorIndex, stored: readonly ActorStat[]): { spans: ActorSpan[]; rest: string[] } {
  const local = new ActorIndex(stored.filter((a) => !dict.has(a.id)));
  const a = dict.match(query);
  const b = local.size ? local.match(query) : { spans: [], rest: queryTerms(query).folded };
  // The cut that leaves fewer words to the text search wins; the dictionary's on a tie.
  const covered = (x: { rest: string[] }) => -x.rest.length;
  const best = covered(b) > covered(a) ? b : a;
  if (best === a && b.spans.length) {
    // Store-only actors named by the same words join the dictionary's run.
    for (const s of a.spans) {
      const more = b.spans.find((t) => t.words.join(" ") === s.words.join(" "));
      if (more) s.actors = [...s.actors, ...more.actors.filter((x) => !s.actors.some((y) => y.id === x.id))];
    }
  }
  return best;
}

/**
 * The actors a query of names only names, one list of ids per name ("Lavrov Rubio": two lists),
 * for the timeline's query filter (`TimelineFilter.queryActors`); empty when the query has other
 * words too (the text match decides then).
 */
export function queryActors(query: string, index: ActorIndex = dictionaryActors()): string[][] {
  const { spans, rest } = index.match(query);
  return rest.length ? [] : spans.map((s) => s.actors.map((a) => a.id));
}

/** Articles in both maps, their mentions added. */
function both(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, m] of a) {
    const n = b.get(id);
    if (n != null) out.set(id, m + n);
  }
  return out;
}

export async function searchArticles(store: Store, query: string, opts: { limit?: number; offset?: number; index?: ActorIndex; storedActors?: readonly ActorStat[] } = {}): Promise<SearchAnswer> {
  const limit = Math.max(1, opts.limit ?? 20);
  // a page of the ranking: hits offset … offset + limit (the API pages with it)
  const offset = Math.max(0, opts.offset ?? 0);
  const words = queryTerms(query).folded;
  if (words.length === 0) return { query, actors: [], words: [], hits: [] };
  const stored = opts.storedActors ?? (await store.actors({ limit: 0 }));
  const { spans, rest } = matchActors(query, opts.index ?? dictionaryActors(), stored);
  const known = new Set(stored.map((a) => a.id));

  // Text: every word of the query, as the index ranks it.
  const text: SearchHit[] = await store.search(query, { limit: Math.max(offset + limit + 1, CANDIDATES) });
  const textRank = new Map(text.map((h, i) => [h.id, i]));

  // Actors: articles naming one of each run's actors, and the query's other words if any.
  let byActor: Map<string, number> | null = null;
  for (const s of spans) {
    const ids = s.actors.map((a) => a.id).filter((id) => known.has(id));
    const found = new Map((await store.articlesWithActors(ids, CANDIDATES)).map((r) => [r.id, r.mentions] as const));
    byActor = byActor == null ? found : both(byActor, found);
  }
  if (byActor && rest.length && byActor.size) {
    const withRest = new Set((await store.search(rest.join(" "), { limit: 2000 })).map((h) => h.id));
    byActor = new Map([...byActor].filter(([id]) => withRest.has(id)));
  }

  const ids = new Set<string>([...(byActor?.keys() ?? []), ...text.map((h) => h.id)]);
  const ranked = [...ids]
    .map((id) => {
      const m = byActor?.get(id);
      const t = textRank.get(id);
      // Both first, then actors only (by mentions), then words only (by the index's rank).
      const group = m != null && t != null ? 0 : m != null ? 1 : 2;
      return { id, group, m: m ?? 0, t: t ?? Infinity };
    })
    .sort((a, b) => a.group - b.group || b.m - a.m || a.t - b.t || a.id.localeCompare(b.id))
    .slice(offset, offset + limit + 1);
  const more = ranked.length > limit;
  if (more) ranked.length = limit;

  const actorIds = spans.flatMap((s) => s.actors.map((a) => a.id));
  const hits: SearchResult[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const r = ranked[i]!;
    const a = await store.article(r.id);
    if (!a) continue;
    const rec = a.record;
    const body = [rec.title, rec.lead, ...rec.paragraphs].filter((x): x is string => x != null);
    const full = body.join("\n\n");
    const named = new Set(rec.actors.map((x) => x.id));
    const mine = actorIds.filter((id) => named.has(id));
    const matches: Match[] = [
      ...termMatches(full, words),
      ...rec.mentions.filter((m) => mine.includes(m.actor) && m.end > m.start && m.end <= full.length).map((m) => ({ start: m.start, end: m.end, key: "a:" + m.actor })),
    ];
    const t = text[r.t];
    const ref = rec.reference_date?.value ?? null;
    hits.push({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      date: a.published ?? ref,
      dateBasis: a.published ? "published" : ref ? "reference" : null,
      match: r.group < 2 ? "actor" : (t?.match ?? "folded"),
      actors: mine,
      score: ranked.length - i,
      snippet: snippet(full, matches, { from: rec.title != null ? rec.title.length + 2 : 0 }),
    });
  }
  return { query, actors: spans.flatMap((s) => s.actors), words, hits, more };
}
