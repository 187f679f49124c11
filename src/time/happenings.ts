import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import type { DataStore } from "../pipeline/stage.js";
import type { Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";
import type { Clue } from "./reference.js";
import { dayNumber, fromDayNumber, parseIsoDay, ymdString } from "./calendar.js";
import { Vocabulary } from "../text/cues.js";

/**
 * The catalogue of dated happenings of world politics (`data/time/happenings.json`) and how an
 * article's mentions of them date the article. A happening is described by its structure: the
 * sides (actor ids; an actor of the same political code stands for a state: Putin for Russia),
 * an optional place (actor id), and the words of its kind ("thượng đỉnh", "không kích"). A
 * sentence names it when every side and the place are among the sentence's actors and one of the
 * words is in it. Then:
 *   - a yearless day and month in that sentence that falls on the happening's day(s), or within
 *     PIN_SLACK_DAYS of them (talks on the 18th, a ceasefire agreed overnight on the 19th), takes
 *     the happening's year (a pin: the strongest clue);
 *   - a happening whose description is unique (`once`) bounds the article: written after it when
 *     the sentence tells it as done, before it when the sentence says it is to come;
 *   - every happening named (unique or not) is a day the article is likely written near (`around`):
 *     a reading a few months after it, or a few weeks before it, is likelier than one a year away
 *     (unless the sentence writes a year: then it is told as background of its own time).
 * The place of a happening is named by the place itself or by the country it lies in ("tại Thụy
 * Sĩ" for talks in Geneva: `parentOf`).
 */

export interface Happening {
  id: string;
  /** First day (ISO); `end`: last day, inclusive, for happenings of several days. */
  date: string;
  end?: string;
  /** Actor ids of the sides; all must be named in the sentence. */
  sides: string[];
  /** Actor id of the place, when part of the description. */
  place?: string;
  /** Words of its kind (lower-case, NFC): one must be in the sentence. */
  words: string[];
  /** More words, one of which must also be in the sentence ("không kích" and "hạt nhân"). */
  also?: string[];
  /** The description fits this happening only (in any period): a mention bounds the article. */
  once?: boolean;
  /** PLOVER type(s), for readers of the data. */
  types?: string[];
  source: string;
}

export interface HappeningsData {
  happenings: Happening[];
  /** Words that make a sentence speak of what is to come ("sẽ", "dự kiến"). */
  future: string[];
}

/** A compiled happening: days as numbers. */
interface Compiled extends Happening {
  first: number;
  last: number;
}

export interface HappeningIndex {
  list: Compiled[];
  future: string[];
  /** Actor id → happenings naming it as a side or place (for a look-up by the sentence's actors). */
  byActor: Map<string, number[]>;
  /** Political code of a side → happenings (built on first use with the caller's `codeOf`). */
  byCode?: Map<string, number[]>;
  /**
   * The requirements of the happenings (each side, then the place), built on first use with the
   * caller's `stateCodeOf` (as `byCode`): actor id → [happening, requirement bit] pairs, state
   * code → the same pairs, and per happening the bits of all its requirements. A sentence then
   * marks what its actors satisfy instead of testing every side of every candidate.
   */
  reqs?: { byId: Map<string, number[]>; byCode: Map<string, number[]>; full: Int32Array };
  /** Scratch for one sentence: the sentence number that last added happening i, and its satisfied bits. */
  mark?: Int32Array;
  sat?: Int32Array;
  /**
   * The words of the catalogue (`words`, `also`, `future`) numbered, with each happening's as
   * numbers (built on first use), and scratch for one sentence: the sentence number that last
   * looked word w up, and whether it was there (a word is looked up once per sentence).
   */
  vocab?: {
    words: string[];
    of: Array<{ words: number[]; also: number[] | null }>;
    future: number[];
    askedAt: Int32Array;
    there: Uint8Array;
    /**
     * The words by their leading run of word characters when they have one only ("bầu"), else by
     * their first two runs and what separates them ("thượng đỉnh"): a word is in a sentence only
     * where the sentence's run (or two runs) there are the same, so one pass over the sentence's
     * runs finds every word there (`foundAt`: the sentence number that last found word w). Words
     * that do not start with a word character are looked up one by one (`loose`).
     */
    runs: Vocabulary;
    byRun: number[][];
    /** By the id of a first run in `runs`: 1 when words of several runs start with it (then `pairs` is looked up). */
    opensPair: Uint8Array;
    pairs: Vocabulary;
    byPair: number[][];
    loose: Uint8Array;
    foundAt: Int32Array;
  };
}

export function loadHappenings(): HappeningIndex {
  const raw = JSON.parse(readFileSync(join(DATA_DIR, "time", "happenings.json"), "utf8")) as HappeningsData;
  return compileHappenings(raw);
}

export function compileHappenings(raw: HappeningsData): HappeningIndex {
  const list: Compiled[] = raw.happenings.map((h) => {
    const a = parseIsoDay(h.date)!;
    const b = h.end ? parseIsoDay(h.end)! : a;
    return { ...h, first: dayNumber(a), last: dayNumber(b) };
  });
  const byActor = new Map<string, number[]>();
  list.forEach((h, i) => {
    for (const id of new Set([...h.sides, ...(h.place ? [h.place] : [])])) {
      const l = byActor.get(id);
      if (l) l.push(i);
      else byActor.set(id, [i]);
    }
  });
  return { list, future: raw.future, byActor };
}

export function happeningIndex(data?: DataStore): HappeningIndex {
  return data ? data.get("time/happenings", loadHappenings) : loadHappenings();
}

/** What the matcher reads of a document: its lower-cased text, sentences, actor mentions and timexes. */
export interface HappeningInput {
  /** Lower-cased text (same length as the document's text). */
  lower: string;
  sentences: Span[];
  /** Actor mentions with offsets. */
  mentions: ReadonlyArray<{ start: number; end: number; actor: string }>;
  /** Day and month expressions with offsets (the year is read by the time stage: a written year is never pinned). */
  days: ReadonlyArray<{ start: number; end: number; m: number; d: number }>;
  /** An actor id's political code (null: none). */
  codeOf: (id: string) => string | null;
  /** A side's code when the side is a state (any actor of that code then stands for it), else null. */
  stateCodeOf: (id: string) => string | null;
  /** The country a place lies in (actor id; null: none): naming it names the place of a happening. */
  parentOf?: (id: string) => string | null;
}

/** A yearless day the catalogue gives a year (or several: then the clues disagree). */
export interface Pin {
  start: number;
  years: number[];
  source: string;
}

export interface HappeningEvidence {
  pins: Pin[];
  /** Bounds from happenings told as done (after) or to come (before). */
  clues: Clue[];
  /** Days of happenings the article tells of as done (the article is likely near them). */
  near: string[];
  /** The days (first, last; ISO) of every happening the article names, once each: it is likely written near one of them. */
  around: Array<{ from: string; to: string; id: string; ahead?: boolean; once?: boolean }>;
  /**
   * The sentences that name a happening of a few days (offsets in the text) with its days: a
   * relative day there ("hôm qua", "cuối tuần này") counts from the article's day, so the
   * happening's day tells the article's (see reference.ts, `windowsOf`).
   */
  spans: Array<{ start: number; end: number; from: string; to: string; id: string }>;
}

/** Happenings longer than this (days) give no pins: a day inside a war is no clue to the year. */
const PIN_SPAN_DAYS = 31;
/**
 * A yearless day this many days from a happening's days, in a sentence naming it, still takes its
 * year (news gives the day of the talks or of the signing the night after, or the day in another
 * time zone). One day only: two days from an election day are also two days from another's.
 */
export const PIN_SLACK_DAYS = 1;
/** A year written in a sentence (the sentence's happenings then give no `around` day). */
const WRITTEN_YEAR = /(?<![\p{L}\p{M}\d])(?:19|20)\d\d(?![\p{L}\p{M}\d])/u;

/**
 * Matches the catalogue against the document's sentences. Linear: each sentence looks up only
 * the happenings of the actors it names.
 */
export function matchHappenings(inp: HappeningInput, idx: HappeningIndex): HappeningEvidence {
  const pins = new Map<number, { years: Set<number>; ids: string[] }>();
  const clues: Clue[] = [];
  const near: string[] = [];
  const around: HappeningEvidence["around"] = [];
  const spans: HappeningEvidence["spans"] = [];
  const seen = new Set<string>();
  const named = new Set<string>();
  // Group mentions and days per sentence.
  const bySent = new Map<number, { ids: Set<string>; codes: Set<string>; days: HappeningInput["days"][number][] }>();
  const slot = (pos: number): { ids: Set<string>; codes: Set<string>; days: HappeningInput["days"][number][] } | null => {
    const s = spanHolding(inp.sentences, pos);
    if (!s) return null;
    let e = bySent.get(s.start);
    if (!e) bySent.set(s.start, (e = { ids: new Set(), codes: new Set(), days: [] }));
    return e;
  };
  for (const m of inp.mentions) {
    const e = slot(m.start);
    if (!e) continue;
    e.ids.add(m.actor);
    const c = inp.codeOf(m.actor);
    if (c) e.codes.add(c);
  }
  for (const d of inp.days) slot(d.start)?.days.push(d);
  const byCode = (idx.byCode ??= codeIndex(idx, inp.stateCodeOf));
  const reqs = (idx.reqs ??= requirements(idx, inp.stateCodeOf, inp.parentOf, inp.codeOf));
  // the candidates of one sentence, in the order first added, without duplicates (a mark per
  // happening instead of a Set per sentence; the marks are reset for each call), with the bits of
  // the requirements the sentence's actors satisfy (a side or the place: its id, or its state's code)
  const mark = (idx.mark ??= new Int32Array(idx.list.length));
  const sat = (idx.sat ??= new Int32Array(idx.list.length));
  mark.fill(0);
  const cand: number[] = [];
  let sentNo = 0;
  const add = (l: number[] | undefined): void => {
    if (!l) return;
    for (const i of l) {
      if (mark[i] === sentNo) continue;
      mark[i] = sentNo;
      sat[i] = 0;
      cand.push(i);
    }
  };
  const satisfy = (pairs: number[] | undefined): void => {
    if (!pairs) return;
    for (let k = 0; k < pairs.length; k += 2) sat[pairs[k]!]! |= pairs[k + 1]!;
  };
  // whether one of the words is in the sentence; each word looked up once per sentence (many
  // happenings share words)
  const vocab = (idx.vocab ??= catalogueWords(idx));
  vocab.askedAt.fill(0);
  vocab.foundAt.fill(0);
  let sentence = "";
  let scanned = false;
  const anyIn = (ws: number[]): boolean => {
    for (const w of ws) {
      if (vocab.loose[w]) {
        if (vocab.askedAt[w] !== sentNo) {
          vocab.askedAt[w] = sentNo;
          vocab.there[w] = containsWord(sentence, vocab.words[w]!) ? 1 : 0;
        }
        if (vocab.there[w]) return true;
        continue;
      }
      if (!scanned) {
        const s = spanHolding(inp.sentences, sentStart)!;
        wordsIn(inp.lower, s.start, s.end, vocab, sentNo);
        scanned = true;
      }
      if (vocab.foundAt[w] === sentNo) return true;
    }
    return false;
  };
  let sentStart = 0;
  for (const [start, e] of bySent) {
    const s = spanHolding(inp.sentences, start)!;
    sentNo++;
    cand.length = 0;
    for (const id of e.ids) add(idx.byActor.get(id));
    // sides named through another actor of their code (a president for his state)
    for (const c of e.codes) add(byCode.get(c));
    if (!cand.length) continue;
    for (const id of e.ids) satisfy(reqs.byId.get(id));
    for (const c of e.codes) satisfy(reqs.byCode.get(c));
    sentence = inp.lower.slice(s.start, s.end);
    sentStart = s.start;
    scanned = false;
    // (whether the sentence speaks of what is to come: read only when a happening there needs it)
    let future: boolean | null = null;
    let writesYear: boolean | null = null;
    for (const i of cand) {
      const h = idx.list[i]!;
      if (sat[i] !== reqs.full[i]) continue;
      const w = vocab.of[i]!;
      if (!anyIn(w.words)) continue;
      if (w.also && !anyIn(w.also)) continue;
      const first = ymdString(fromDayNumber(h.first));
      const last = ymdString(fromDayNumber(h.last));
      if (h.last - h.first <= PIN_SPAN_DAYS) {
        spans.push({ start: s.start, end: s.end, from: first, to: last, id: h.id });
        for (const d of e.days) {
          const y = yearOn(h, d.m, d.d);
          if (y === null) continue;
          let p = pins.get(d.start);
          if (!p) pins.set(d.start, (p = { years: new Set(), ids: [] }));
          p.years.add(y);
          p.ids.push(h.id);
        }
      }
      // (a sentence that writes a year tells its happening as background of a known time, not as news)
      // (told as to come, the article lies before it: `ahead`)
      // (and a happening of many days is no day the article is near)
      if (!named.has(h.id) && h.last - h.first <= PIN_SPAN_DAYS && !(writesYear ??= WRITTEN_YEAR.test(sentence))) {
        named.add(h.id);
        future ??= anyIn(vocab.future);
        around.push({ from: first, to: last, id: h.id, ...(future ? { ahead: true } : {}), ...(h.once ? { once: true } : {}) });
      }
      if (!h.once || seen.has(h.id)) continue;
      seen.add(h.id);
      if ((future ??= anyIn(vocab.future))) clues.push({ kind: "event", from: null, to: first, weight: 0.6, text: `${h.id} (${first}) to come` });
      else {
        clues.push({ kind: "event", from: first, to: null, weight: 0.7, text: `${h.id} (${first})` });
        near.push(last);
      }
    }
  }
  return {
    pins: [...pins].map(([start, p]) => ({ start, years: [...p.years].sort((a, b) => a - b), source: [...new Set(p.ids)].join(", ") })),
    clues,
    near,
    around,
    spans,
  };
}

/** See `HappeningIndex.vocab`. */
function catalogueWords(idx: HappeningIndex): NonNullable<HappeningIndex["vocab"]> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const num = (ws: string[]): number[] =>
    ws.map((w) => {
      let n = ids.get(w);
      if (n === undefined) {
        ids.set(w, (n = words.length));
        words.push(w);
      }
      return n;
    });
  const of = idx.list.map((h) => ({ words: num(h.words), also: h.also ? num(h.also) : null }));
  const future = num(idx.future);
  const runs = new Vocabulary();
  const byRun: number[][] = [];
  const pairs = new Vocabulary();
  const byPair: number[][] = [];
  const pairOpeners = new Set<number>();
  const loose = new Uint8Array(words.length);
  words.forEach((w, i) => {
    let r = 0;
    while (r < w.length && isWordUnit(w.charCodeAt(r))) r++;
    if (r === 0) {
      loose[i] = 1;
      return;
    }
    const first = runs.add(w.slice(0, r));
    byRun[first] ??= [];
    // the second run: after what separates it from the first
    let b = r;
    while (b < w.length && !isWordUnit(w.charCodeAt(b))) b++;
    if (b === w.length) {
      byRun[first]!.push(i);
      return;
    }
    pairOpeners.add(first);
    let e = b;
    while (e < w.length && isWordUnit(w.charCodeAt(e))) e++;
    const id = pairs.add(w.slice(0, e));
    (byPair[id] ??= []).push(i);
  });
  const opensPair = new Uint8Array(runs.size);
  for (const id of pairOpeners) opensPair[id] = 1;
  return { words, of, future, askedAt: new Int32Array(words.length), there: new Uint8Array(words.length), runs, byRun, opensPair, pairs, byPair, loose, foundAt: new Int32Array(words.length) };
}

/**
 * Marks (`foundAt[w] = mark`) the words of the catalogue in lower[start, end) as `containsWord`
 * finds them in that slice: at each run of word characters of the slice, the words starting
 * with that run, where each is followed by the slice's end or a character that is no word's.
 */
function wordsIn(lower: string, start: number, end: number, v: NonNullable<HappeningIndex["vocab"]>, mark: number): void {
  // the run [a, i) of the slice, the next run [b, j)
  let i = start;
  while (i < end && !isWordUnit(lower.charCodeAt(i))) i++;
  while (i < end) {
    const a = i;
    while (i < end && isWordUnit(lower.charCodeAt(i))) i++;
    let b = i;
    while (b < end && !isWordUnit(lower.charCodeAt(b))) b++;
    // (no word starts with most runs: one look-up tells)
    const one = v.runs.idAt(lower, a, i);
    if (one >= 0) {
      found(lower, a, end, v, v.byRun[one]!, mark);
      let j = b;
      while (j < end && isWordUnit(lower.charCodeAt(j))) j++;
      if (j > b && v.opensPair[one]) {
        const two = v.pairs.idAt(lower, a, j);
        if (two >= 0) found(lower, a, end, v, v.byPair[two]!, mark);
      }
    }
    i = b;
  }
}

/** Marks the words of `list` that stand at `a` in the slice ending at `end` (whole words). */
function found(lower: string, a: number, end: number, v: NonNullable<HappeningIndex["vocab"]>, list: readonly number[], mark: number): void {
  for (const w of list) {
    const word = v.words[w]!;
    const e = a + word.length;
    if (e <= end && lower.startsWith(word, a) && (e === end || !isWordUnit(lower.charCodeAt(e)))) v.foundAt[w] = mark;
  }
}

/** Per UTF-16 unit, as `containsWord` tests the characters around a word: 0 not yet known, 1 \p{L}, \p{M} or a digit, 2 not. */
const WORD_UNIT = new Uint8Array(0x10000);
function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c]!;
  if (k === 0) WORD_UNIT[c] = k = /[\p{L}\p{M}\d]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** See `HappeningIndex.reqs`. */
function requirements(
  idx: HappeningIndex,
  stateCodeOf: (id: string) => string | null,
  parentOf?: (id: string) => string | null,
  codeOf?: (id: string) => string | null,
): NonNullable<HappeningIndex["reqs"]> {
  const byId = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  const full = new Int32Array(idx.list.length);
  const push = (m: Map<string, number[]>, k: string, i: number, bit: number): void => {
    const l = m.get(k);
    if (l) l.push(i, bit);
    else m.set(k, [i, bit]);
  };
  idx.list.forEach((h, i) => {
    [...h.sides, ...(h.place ? [h.place] : [])].forEach((id, r) => {
      const bit = 1 << r;
      full[i]! |= bit;
      push(byId, id, i, bit);
      const c = stateCodeOf(id);
      if (c !== null) push(byCode, c, i, bit);
      // the place, named by the country it lies in — unless that country is a side's (a summit of
      // Trump's in Alaska is not named by "Mỹ", which names the American side)
      if (r === h.sides.length && h.place !== undefined) {
        const p = parentOf?.(id);
        const pc = p ? stateCodeOf(p) : null;
        if (p && p !== id && !h.sides.some((x) => x === p || (pc !== null && (stateCodeOf(x) ?? codeOf?.(x) ?? null) === pc))) push(byId, p, i, bit);
      }
    });
  });
  return { byId, byCode, full };
}

function codeIndex(idx: HappeningIndex, codeOf: (id: string) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  idx.list.forEach((h, i) => {
    for (const id of [...h.sides, ...(h.place ? [h.place] : [])]) {
      const c = codeOf(id);
      if (!c) continue;
      const l = out.get(c);
      if (l) {
        if (l[l.length - 1] !== i) l.push(i);
      } else out.set(c, [i]);
    }
  });
  return out;
}

/** The year in which (m, d) falls within the happening's days (or within PIN_SLACK_DAYS of them), or null. */
function yearOn(h: Compiled, m: number, d: number): number | null {
  const a = fromDayNumber(h.first).y;
  const b = fromDayNumber(h.last).y;
  let best: number | null = null;
  let bestGap = Infinity;
  for (let y = a - 1; y <= b + 1; y++) {
    const p = parseIsoDay(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    if (!p) continue;
    const n = dayNumber(p);
    const gap = n < h.first ? h.first - n : n > h.last ? n - h.last : 0;
    if (gap <= PIN_SLACK_DAYS && gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** `w` in `s` at word boundaries (letters on neither side). */
export function containsWord(s: string, w: string): boolean {
  for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
    const b = i > 0 ? s[i - 1]! : " ";
    const a = s[i + w.length] ?? " ";
    if (!/[\p{L}\p{M}\d]/u.test(b) && !/[\p{L}\p{M}\d]/u.test(a)) return true;
  }
  return false;
}
