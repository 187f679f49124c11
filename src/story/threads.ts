/**
 * Story threads: articles (and the lines their events open) grouped into stories an analyst can
 * follow ("Russia–Ukraine talks", "Israel–Hamas talks"), by who the events are between (pairs of
 * participants' codes), who the article names (actors' codes: Putin, the Kremlin and Moscow are
 * all RUS), what it is about (salient two-syllable terms, weighted by how rare they are in the
 * store), where (places) and when (an article's days: its report date and the days of the events
 * it dates; a story left for months is not resumed by a new article unless that article goes
 * back into it).
 *
 * Pure functions: an article's profile, a thread's profile (the sum of its articles'), the
 * similarity of an article to a thread (or of two threads) with its parts, a name. The store
 * (src/store/threads.ts) keeps threads incrementally: an article joins the most similar thread
 * above `JOIN_AT`, else opens one; a thread that grows close to another is joined to it (the
 * older id stays, the other is kept as an alias); removing an article re-groups its thread, which
 * may split it. `clusterProfiles` is the same grouping over a list, in order (tests, rebuilds).
 */
import { createHash } from "node:crypto";
import type { AnalysisRecord } from "../record/record.js";
import { dateSpan, dayNumber } from "./dates.js";
import type { SourcedEvent } from "./merge.js";
import { stopSyllables, syllables } from "./words.js";

/** Sparse weights of one kind of evidence. */
export type Weights = Record<string, number>;

export interface Profile {
  /** Pairs of participants' codes of the events ("RUS|UKR"), weighted by events. */
  dy: Weights;
  /** Codes of the actors named (a person or a capital by its state's code), by mentions. */
  co: Weights;
  /** Salient two-syllable terms, tf × idf. */
  te: Weights;
  /** Places: events' locations and places named. */
  pl: Weights;
  /** Event types. */
  ty: Weights;
  /** First and last day (YYYY-MM-DD) the article speaks of, or null. */
  first: string | null;
  last: string | null;
  /** Articles summed. */
  n: number;
}

/** Similarity from which an article joins a thread. */
export const JOIN_AT = 0.22;
/** Similarity from which two threads are one. */
export const MERGE_AT = 0.3;
/** Days two spans may lie apart with no penalty; from `GAP_END` days apart they are not one story. */
export const GAP_FREE = 60;
export const GAP_END = 540;
/** Heaviest entries of each kind compared (see `coverage`). */
export const COMPARED = 8;
/** Entries kept per kind of evidence in a thread's profile. */
export const KEEP = 16;
/** Terms of an article kept after weighting. */
export const ARTICLE_TERMS = 10;
/** Paragraphs (after the title and lead), and characters of them, read for terms. */
export const TERM_PARAGRAPHS = 3;
export const TERM_CHARS = 600;
/** Terms of an article whose document frequency is looked up. */
export const CANDIDATE_TERMS = 10;

const WEIGHTS_WITH_SIDES = { dy: 0.3, co: 0.4, te: 0.2, pl: 0.1 };
const WEIGHTS_NO_SIDES = { dy: 0, co: 0.6, te: 0.3, pl: 0.1 };

export function emptyProfile(): Profile {
  return { dy: {}, co: {}, te: {}, pl: {}, ty: {}, first: null, last: null, n: 0 };
}

const bump = (w: Weights, k: string, by = 1) => {
  w[k] = (w[k] ?? 0) + by;
};

/**
 * Candidate terms of an article with their frequency: two-syllable sequences of content
 * syllables outside actor names, the title's and lead's counted three and two times. The
 * `CANDIDATE_TERMS` most frequent.
 */
export function articleTerms(rec: Pick<AnalysisRecord, "title" | "lead" | "paragraphs" | "mentions">): Weights {
  // The article text as the offsets index it; what a story is about is said early, so the
  // title, the lead and the first paragraphs are read.
  const parts: Array<[string, number]> = [];
  if (rec.title) parts.push([rec.title, 3]);
  if (rec.lead) parts.push([rec.lead, 2]);
  let room = TERM_CHARS;
  for (const p of rec.paragraphs.slice(0, TERM_PARAGRAPHS)) {
    if (room <= 0) break;
    parts.push([p.length > room ? p.slice(0, room) : p, 1]);
    room -= p.length;
  }
  const read = parts.map((p) => p[0]).join("\n\n");
  // Actor names are evidence of their own (codes): blank them out.
  const units = read.split("");
  for (const m of rec.mentions) for (let i = Math.max(0, m.start); i < Math.min(units.length, m.end); i++) units[i] = "|";
  const masked = units.join("");
  const stop = stopSyllables();
  const tf: Weights = {};
  let at = 0;
  for (const [p, boost] of parts) {
    const seg = masked.slice(at, at + p.length);
    at += p.length + 2;
    for (const run of seg.split(/[^\p{L}\s]+/u)) {
      const syl = syllables(run);
      for (let i = 0; i + 1 < syl.length; i++) {
        const a = syl[i]!;
        const b = syl[i + 1]!;
        if (a.length < 2 || b.length < 2 || stop.has(a) || stop.has(b)) continue;
        bump(tf, `${a} ${b}`, boost);
      }
    }
  }
  return top(tf, CANDIDATE_TERMS);
}

/** Inverse document frequency of a term seen in `df` of `n` articles. */
export function idf(df: number, n: number): number {
  return Math.log((n + 1) / (df + 1)) + 0.1;
}

/**
 * The days an article speaks of: its report date and the days its events are dated to (a
 * month, a season, a year all count: "the Istanbul talks of 2022" takes a 2025 article back there).
 */
export function articleSpan(reported: string | null, events: ReadonlyArray<Pick<SourcedEvent, "date">>): [string | null, string | null] {
  let lo = Infinity;
  let hi = -Infinity;
  const r = dayNumber(reported);
  if (!Number.isNaN(r)) lo = hi = r;
  for (const e of events) {
    const s = dateSpan(e.date);
    if (!s) continue;
    lo = Math.min(lo, s[0]);
    hi = Math.max(hi, s[1]);
  }
  if (!Number.isFinite(lo)) return [null, null];
  const d = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);
  return [d(lo), d(hi)];
}

/**
 * An article's profile before weighting: events' pairs of sides and types, codes of the actors
 * it names, places, candidate terms (`articleTerms`) and its days. `weighProfile` turns counts
 * into weights.
 */
export function rawProfile(
  rec: Pick<AnalysisRecord, "title" | "lead" | "paragraphs" | "actors" | "mentions" | "reference_date" | "published">,
  events: ReadonlyArray<Pick<SourcedEvent, "participants" | "type" | "location" | "date">>,
): Profile {
  const p = emptyProfile();
  p.n = 1;
  for (const e of events) {
    const codes = e.participants;
    for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) bump(p.dy, `${codes[i]}|${codes[j]}`);
    bump(p.ty, e.type);
    if (e.location) bump(p.pl, e.location, 2);
  }
  const actors = new Map(rec.actors.map((a) => [a.id, a]));
  for (const m of rec.mentions) {
    const a = actors.get(m.actor);
    if (!a) continue;
    if (a.type === "place") bump(p.pl, a.id);
    if (a.code && a.type !== "media") bump(p.co, a.code);
  }
  p.te = articleTerms(rec);
  const reported = rec.reference_date?.value ?? rec.published?.slice(0, 10) ?? null;
  [p.first, p.last] = articleSpan(reported, events);
  return p;
}

/** The kinds of evidence weighted by how rare they are in the store. */
export const WEIGHED = ["dy", "co", "te", "pl"] as const;

/** The document-frequency keys of a raw profile ("co:RUS", "te:đàm phán"). */
export function profileKeys(raw: Profile): string[] {
  return WEIGHED.flatMap((k) => Object.keys(raw[k]).map((x) => `${k}:${x}`));
}

/**
 * Weights of a raw profile: counts (names and terms dampened: 1 + ln(1 + n)) times their
 * inverse document frequency among `n` articles (`df` holds this article already); the
 * `ARTICLE_TERMS` heaviest terms kept.
 */
export function weighProfile(raw: Profile, df: ReadonlyMap<string, number>, n: number): Profile {
  const out: Profile = { ...raw, dy: {}, co: {}, te: {}, pl: {} };
  for (const k of WEIGHED) {
    const w: Weights = {};
    for (const [x, c] of Object.entries(raw[k])) w[x] = (k === "co" || k === "te" ? 1 + Math.log(1 + c) : c) * idf(df.get(`${k}:${x}`) ?? 1, n);
    out[k] = k === "te" ? top(w, ARTICLE_TERMS) : w;
  }
  return out;
}

/** The `n` heaviest entries (ties by key, so the result does not depend on insertion order). */
export function top(w: Weights, n: number): Weights {
  const e = Object.entries(w);
  if (e.length <= n) return { ...w };
  e.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(e.slice(0, n));
}

/** The sum of two profiles, each kind capped to its `KEEP` heaviest entries. */
export function addProfiles(a: Profile, b: Profile): Profile {
  const sum = (x: Weights, y: Weights) => {
    const out: Weights = { ...x };
    for (const [k, v] of Object.entries(y)) out[k] = (out[k] ?? 0) + v;
    return top(out, KEEP);
  };
  const min = (x: string | null, y: string | null) => (x == null ? y : y == null ? x : x < y ? x : y);
  const max = (x: string | null, y: string | null) => (x == null ? y : y == null ? x : x > y ? x : y);
  return { dy: sum(a.dy, b.dy), co: sum(a.co, b.co), te: sum(a.te, b.te), pl: sum(a.pl, b.pl), ty: sum(a.ty, b.ty), first: min(a.first, b.first), last: max(a.last, b.last), n: a.n + b.n };
}

const heaviest = (w: Weights) =>
  Object.entries(w)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map((e) => e[0]);

// The heaviest entries of a weighting, computed once per (immutable) weighting.
const heavyCache = new WeakMap<Weights, Set<string>>();
function heavySet(w: Weights): Set<string> {
  let h = heavyCache.get(w);
  if (!h) heavyCache.set(w, (h = new Set(heaviest(w).slice(0, COMPARED))));
  return h;
}

/** Share of `a`'s weight on the `COMPARED` heaviest entries of `b`. */
function coverage(a: Weights, b: Weights): number {
  const heavy = heavySet(b);
  let all = 0;
  let got = 0;
  for (const [k, v] of Object.entries(a)) {
    all += v;
    if (heavy.has(k)) got += v;
  }
  return all ? got / all : 0;
}

/**
 * How much two weightings are about the same things: the geometric mean of the share of each
 * one's weight that falls on the other's heaviest entries. Unlike a cosine of the sums, a thread
 * of many articles does not dilute what it is mostly about.
 */
function agreement(a: Weights, b: Weights): number {
  return Math.sqrt(coverage(a, b) * coverage(b, a));
}

/** Days between two spans (0 when they overlap); Infinity when either is unknown. */
export function spanGap(a: Pick<Profile, "first" | "last">, b: Pick<Profile, "first" | "last">): number {
  const [a0, a1, b0, b1] = [dayNumber(a.first), dayNumber(a.last), dayNumber(b.first), dayNumber(b.last)];
  if ([a0, a1, b0, b1].some(Number.isNaN)) return Infinity;
  return Math.max(0, b0 - a1, a0 - b1);
}

export interface Similarity {
  score: number;
  dy: number;
  co: number;
  te: number;
  pl: number;
  gap: number;
}

/**
 * How much an article (or thread) belongs with a thread: a weighted sum of how much their pairs
 * of sides, codes, terms and places agree, times a factor that falls from 1 (spans within `GAP_FREE`
 * days) to 0 (`GAP_END` days apart). 0 unless they share sides (a pair, or codes ≥ 0.3).
 */
export function similarity(a: Profile, b: Profile): Similarity {
  const dy = agreement(a.dy, b.dy);
  const co = agreement(a.co, b.co);
  const te = agreement(a.te, b.te);
  const pl = agreement(a.pl, b.pl);
  const gap = spanGap(a, b);
  const w = Object.keys(a.dy).length && Object.keys(b.dy).length ? WEIGHTS_WITH_SIDES : WEIGHTS_NO_SIDES;
  const shareSides = dy > 0 || co >= 0.3;
  const time = gap <= GAP_FREE ? 1 : gap >= GAP_END ? 0 : 1 - (gap - GAP_FREE) / (GAP_END - GAP_FREE);
  const score = shareSides ? (w.dy * dy + w.co * co + w.te * te + w.pl * pl) * time : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { score: r(score), dy: r(dy), co: r(co), te: r(te), pl: r(pl), gap };
}

/** The reasons for a similarity, in words (`stories --explain`). */
export function describeSimilarity(a: Profile, b: Profile, s: Similarity): string {
  const shared = (x: Weights, y: Weights, n: number) =>
    Object.keys(x)
      .filter((k) => y[k])
      .sort((p, q) => (y[q] ?? 0) * (x[q] ?? 0) - (y[p] ?? 0) * (x[p] ?? 0))
      .slice(0, n);
  const bits = [`similarity ${s.score}`];
  const dy = shared(a.dy, b.dy, 3);
  if (dy.length) bits.push(`sides ${dy.map((d) => d.replace("|", "–")).join(", ")} (${s.dy})`);
  const co = shared(a.co, b.co, 4);
  if (co.length) bits.push(`names ${co.join(", ")} (${s.co})`);
  const te = shared(a.te, b.te, 4);
  if (te.length) bits.push(`words ${te.map((t) => `“${t}”`).join(", ")} (${s.te})`);
  const pl = shared(a.pl, b.pl, 3);
  if (pl.length) bits.push(`places ${pl.join(", ")} (${s.pl})`);
  bits.push(Number.isFinite(s.gap) ? (s.gap === 0 ? "same time" : `${s.gap} days apart`) : "time unknown");
  return bits.join("; ");
}

/** A thread's id: from its oldest article, so it stays as articles arrive. */
export function threadId(firstArticle: string): string {
  return "s" + createHash("sha1").update(firstArticle).digest("hex").slice(0, 15);
}

const NOUN: Record<string, string> = {
  AGREE: "agreements",
  CONSULT: "talks",
  SUPPORT: "support",
  CONCEDE: "concessions",
  COOPERATE: "cooperation",
  AID: "aid",
  RETREAT: "de-escalation",
  REQUEST: "demands",
  ACCUSE: "accusations",
  REJECT: "rejections",
  THREATEN: "threats",
  PROTEST: "protests",
  SANCTION: "sanctions",
  MOBILIZE: "mobilisation",
  COERCE: "coercion",
  ASSAULT: "fighting",
};

/** The sides of a thread: codes of its heaviest pairs, then of the names it mentions most. */
export function threadSides(p: Profile, n = 4): string[] {
  const out: string[] = [];
  for (const d of heaviest(p.dy)) for (const c of d.split("|")) if (!out.includes(c)) out.push(c);
  for (const c of heaviest(p.co)) if (!out.includes(c)) out.push(c);
  return out.slice(0, n);
}

/** The heaviest terms of a thread. */
export function threadTerms(p: Profile, n = 5): string[] {
  // Terms are pairs of syllables read across word boundaries too ("ngay lập" beside "lập tức"): a
  // term sharing a syllable with a heavier one shown is a fragment of the same words, left out.
  const out: string[] = [];
  const used = new Set<string>();
  for (const t of heaviest(p.te)) {
    const syl = t.split(" ");
    if (syl.some((x) => used.has(x))) continue;
    out.push(t);
    for (const x of syl) used.add(x);
    if (out.length >= n) break;
  }
  return out;
}

/** A story's heaviest places, as names ("Gaza_Strip" is Gaza Strip). */
export function threadPlaces(p: Profile, n = 3): string[] {
  return heaviest(p.pl)
    .slice(0, n)
    .map((id) => sideName(id.replace(/_/gu, " ")) ?? id);
}

/** A side's name as a story shows it: without a title's disambiguation ("Georgia (country)" is Georgia). */
export function sideName(name: string | null | undefined): string | null {
  const n = name?.replace(/\s*\([^()]*\)$/u, "").trim();
  return n || null;
}

/**
 * A readable name: the two sides of its heaviest pair (else the two most named) and what
 * mostly happens between them: "Russia–Ukraine talks".
 */
export function threadName(p: Profile, nameOf: (code: string) => string = (c) => c): string {
  // The side named most first ("Israel–Hamas", "Russia–Ukraine").
  const named = (c: string) => p.co[c] ?? 0;
  const pair = (heaviest(p.dy)[0]?.split("|") ?? heaviest(p.co).slice(0, 2)).sort((a, b) => named(b) - named(a) || (a < b ? -1 : 1));
  const type = heaviest(p.ty)[0];
  const who = pair.length ? pair.map(nameOf).join("–") : "Unnamed";
  return type ? `${who} ${NOUN[type] ?? type.toLowerCase()}` : who;
}

/**
 * Groups profiles in order, as the store does when articles arrive: each joins the most similar
 * group from `JOIN_AT`, else opens one; then groups as similar as `MERGE_AT` are joined (the
 * older keeps its place). Returns the groups as lists of indexes, oldest first.
 */
export function clusterProfiles(profiles: readonly Profile[], joinAt = JOIN_AT, mergeAt = MERGE_AT): number[][] {
  const groups: Array<{ members: number[]; profile: Profile }> = [];
  profiles.forEach((p, i) => {
    let best = -1;
    let bestScore = -1;
    groups.forEach((g, k) => {
      const s = similarity(p, g.profile).score;
      if (s >= joinAt && s > bestScore) {
        best = k;
        bestScore = s;
      }
    });
    if (best < 0) groups.push({ members: [i], profile: addProfiles(emptyProfile(), p) });
    else {
      const g = groups[best]!;
      g.members.push(i);
      g.profile = addProfiles(g.profile, p);
    }
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < groups.length && !changed; a++)
      for (let b = a + 1; b < groups.length && !changed; b++) {
        if (similarity(groups[a]!.profile, groups[b]!.profile).score < mergeAt) continue;
        groups[a]!.members.push(...groups[b]!.members);
        groups[a]!.profile = addProfiles(groups[a]!.profile, groups[b]!.profile);
        groups.splice(b, 1);
        changed = true;
      }
  }
  return groups.map((g) => g.members.sort((x, y) => x - y));
}
