import type { Doc, Message, Span, Timex } from "../envelope/types.js";
import type { DataStore, Stage } from "../pipeline/stage.js";
import { message } from "../envelope/doc.js";
import { canonicalTones } from "../normalise/tone.js";
import { splitSentences } from "../sentences/split.js";
import { SpanIndex, spanHolding } from "../envelope/spans.js";
import { timeLexicon, type TimeLexicon } from "./lexicon.js";
import { dayNumber, fromDayNumber, parseIsoDay, ymdString } from "./calendar.js";
import { lowerSameLength, tagLower } from "./tagger.js";
import { isReportDate, tenseAt } from "./tense.js";
import { resolveAll, type Located, type Ref } from "./resolve.js";
import { ageClues } from "./ages.js";
import { ordinalClues } from "./elapsed.js";
import { termClues } from "./terms.js";
import {
  chooseReference,
  dateFromUrl,
  editionConstraints,
  inferReference,
  tenureConstraints,
  type Clue,
  type DateConstraint,
  type Mention,
  type MoreEvidence,
} from "./reference.js";

export type { Clue, DateConstraint, MoreEvidence } from "./reference.js";

function sentenceOf(sentences: Span[], start: number, textLength: number): Span {
  // Sentences are sorted and disjoint: found by binary search (linear time on long documents).
  return spanHolding(sentences, start) ?? { start: 0, end: textLength };
}

/** Whether a word of `relative.boundBefore` ends right before the date at `at` ("trước ngày 15/3": the date's "ngày" is its own). */
function boundBefore(lower: string, sentStart: number, at: number, lex: TimeLexicon): boolean {
  const words = lex.words.relative.boundBefore;
  if (!words?.length) return false;
  const head = lower.slice(Math.max(sentStart, at - 24), at).replace(/\s+$/u, "");
  return words.some((w) => head === w || head.endsWith(" " + w) || head.endsWith("(" + w));
}

function locate(text: string, match: string, sentences: Span[], lex: TimeLexicon, lower: string = lowerSameLength(match)): Mention[] {
  const tagged = tagLower(text, lex, lower);
  const paras = tagged.length ? paragraphStarts(lower) : [];
  return tagged.map((c) => {
    const s = sentenceOf(sentences, c.start, text.length);
    return {
      ...c,
      // "ngày 15/8 tới", "tháng 2 vừa qua": the word after the date says its side of the article's day
      tense: (c.sem.k === "date" || c.sem.k === "season") && c.sem.dir ? c.sem.dir : tenseAt(lower, s.start, s.end, c.start, c.end, lex),
      report: isReportDate(lower, s.start, c.start, c.end, lex),
      sentence: lower.slice(s.start, s.end),
      sentStart: s.start,
      own: lower.slice(c.start, c.end),
      before: lower.slice(Math.max(s.start, c.start - 16), c.start),
      noAnchor: boundBefore(lower, s.start, c.start, lex),
      midParagraph: !opensParagraph(lower, s.start) && paragraphsBefore(paras, s.start) > LEAD_PARAGRAPHS,
      memo: null,
    };
  });
}

/** The paragraphs (title lines included) a sentence-opening "Ngày X," may lie in and still be the article's day: the lead. */
const LEAD_PARAGRAPHS = 3;

/** Where each paragraph (a line with words) of `text` starts. */
function paragraphStarts(text: string): number[] {
  const out: number[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    if (/\S/.test(text.slice(lineStart, i))) out.push(lineStart);
    lineStart = i + 1;
  }
  return out;
}

/** How many paragraphs start before `at` (binary search). */
function paragraphsBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the text before `at` ends with a line break (or nothing) once spaces are skipped. */
function opensParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  return i < 0 || text[i] === "\n" || text[i] === "\r";
}

/**
 * Tags and resolves the time expressions of `doc`. `extra` constraints (from the actor stage,
 * see `refineReferenceDate`) narrow the inference of an undated capture.
 */
/**
 * What `analyzeTime` reads off the text alone, kept for the next call on the same text: the
 * actor stage re-runs the time analysis of an undated capture with extra constraints
 * (`refineReferenceDate`), and the tagging, the caption mentions and the tenure constraints are
 * the same the second time. Kept per document, with its sentence list (as long as the document
 * lives: a batch runs the time stage over all its documents before the actor stage), and checked
 * against the identity of the lexicon and the caption list and the texts' values. Mentions are
 * never mutated, so sharing is safe.
 */
interface TextMemo {
  lex: TimeLexicon;
  text: string;
  match: string;
  sentences: Span[];
  lower: string;
  mentions: Mention[];
  captions?: readonly string[] | undefined;
  evidence?: { capMentions: Mention[]; tenures: DateConstraint[][]; ages: Clue[] };
  /**
   * The timexes and their messages resolved against the last reference (they depend on the
   * mentions, the reference day and whether its year is known only): a refinement that keeps the
   * reference re-resolves nothing.
   */
  resolved?: { key: string; timexes: Timex[]; messages: Message[] };
}
const memos = new WeakMap<Span[], TextMemo>();

function textMemo(lex: TimeLexicon, text: string, match: string, sentences: Span[]): TextMemo {
  const memo = memos.get(sentences);
  if (memo && memo.lex === lex && memo.text === text && memo.match === match) return memo;
  const lower = lowerSameLength(match);
  const made: TextMemo = { lex, text, match, sentences, lower, mentions: locate(text, match, sentences, lex, lower) };
  memos.set(sentences, made);
  return made;
}

/**
 * The store's clue: the dated articles of the same story were written within weeks of each other,
 * so their reference dates bound an undated one's (two months either side of them).
 */
function storyClues(doc: Doc): Clue[] {
  const days = (doc.options.storyDates ?? []).map(parseIsoDay).filter((d): d is NonNullable<typeof d> => d !== null).map(dayNumber);
  if (!days.length) return [];
  const lo = Math.min(...days) - STORY_DAYS;
  const hi = Math.max(...days) + STORY_DAYS;
  const iso = (n: number): string => ymdString(fromDayNumber(n));
  return [{ kind: "story", from: iso(lo), to: iso(hi), weight: 0.6, text: `${days.length} dated article(s) of the same story` }];
}
const STORY_DAYS = 60;

export function analyzeTime(doc: Doc, data: DataStore | undefined, extra: DateConstraint[][] = [], clues: Clue[] = [], more: MoreEvidence = {}): Doc {
  const lex = timeLexicon(data);
  const text = doc.text;
  const match = doc.matchText && doc.matchText.length === text.length ? doc.matchText : text;
  const sentences = doc.sentences.length ? doc.sentences : splitSentences(text);
  const tm = textMemo(lex, text, match, sentences);
  const mentions = tm.mentions;

  const infer = () => {
    const captions = doc.article?.captions ?? [];
    if (!tm.evidence || tm.captions !== captions) {
      // The article's captions are article content too (not page chrome): their dates count as evidence.
      const capMentions: Mention[] = [];
      let capLower = "";
      for (const cap of captions) {
        const capMatch = canonicalTones(cap);
        capMentions.push(...locate(cap, capMatch, splitSentences(cap), lex));
        capLower += " " + lowerSameLength(capMatch);
      }
      tm.captions = captions;
      tm.evidence = {
        capMentions,
        tenures: [...tenureConstraints(tm.lower + capLower, lex), ...editionConstraints(tm.lower + capLower, lex)],
        ages: [...ageClues(tm.lower, sentences, lex, tm.match), ...ordinalClues(tm.lower, sentences, lex), ...termClues(tm.lower, sentences, lex)],
      };
    }
    const constraints = [...tm.evidence.tenures, ...extra];
    return inferReference([...mentions, ...tm.evidence.capMentions], lex, constraints, [...clues, ...storyClues(doc), ...tm.evidence.ages], more);
  };
  const { ref, date, yearKnown, caveat } = chooseReference(doc, dateFromUrl(doc.source.url, lex), infer);

  const key = `${ref ? `${ref.y}-${ref.m}-${ref.d}` : "none"} ${yearKnown}`;
  const done = tm.resolved?.key === key ? tm.resolved : (tm.resolved = { key, ...resolveTimexes(text, sentences, mentions, ref, yearKnown) });
  const timexes = [...done.timexes];
  const messages = [...done.messages];
  if (ref && !yearKnown) {
    const guess = String(ref.y);
    const left = date.interval ? ` (between ${date.interval.from ?? "…"} and ${date.interval.to ?? "…"})` : "";
    messages.push(message("time/year-unknown", "warning", `the article's year is not settled${left}: ${guess} is a guess, and dates that take their year from it keep XXXX`, null, null));
  }
  if (ref && yearKnown && caveat) messages.push(message("time/year-horizon", "info", `${ref.y}: ${caveat}`, null, null));
  return { ...doc, referenceDate: date, timexes, messages: [...doc.messages, ...messages] };
}

/** The timexes of the mentions resolved against `ref`, and the warnings of those whose year cannot be justified. */
function resolveTimexes(text: string, sentences: Span[], mentions: Mention[], ref: Ref | null, yearKnown: boolean): { timexes: Timex[]; messages: Message[] } {
  const resolved = resolveAll(mentions as Located[], ref, yearKnown);
  const timexes: Timex[] = [];
  const messages: Message[] = [];
  let byStart: SpanIndex<Mention> | null = null;
  mentions.forEach((c, i) => {
    const r = resolved[i];
    if (!r) return;
    let value = r.value;
    // A clock time belongs to the day named in its sentence, when there is one.
    if (r.type === "TIME" && c.sem.k === "clock" && !c.sem.date) {
      const s = sentenceOf(sentences, c.start, text.length);
      let best: { dist: number; v: string } | null = null;
      for (const j of (byStart ??= new SpanIndex(mentions)).startingIn(s.start, s.end)) {
        const o = mentions[j]!;
        const v = resolved[j]?.value;
        if (j === i || !v || o.start < s.start || o.start >= s.end || !/^\d{4}-\d{2}-\d{2}$/.test(v)) continue;
        const dist = Math.abs(o.start - c.start);
        if (!best || dist < best.dist) best = { dist, v };
      }
      const b = best as { dist: number; v: string } | null;
      if (b) value = `${b.v}${value.slice(value.indexOf("T"))}`;
    }
    timexes.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type, value, anchor: c.rule });
    if (r.yearUnknown && (yearKnown || !ref)) {
      messages.push(message("time/year-unknown", "warning", `no year can be justified for "${text.slice(c.start, c.end)}"`, c.start, c.end));
    }
  });
  return { timexes, messages };
}

/**
 * Hook for a later refinement by actor roles: when the reference date was inferred (or is
 * unknown), re-infers it with extra constraints — each an alternative list of periods the
 * article must have been written in (e.g. the terms of office of "Tổng thống Mỹ" when the
 * actor stage resolved who holds the title) — and re-resolves the timexes. A date the page,
 * the capture or the caller gave is never changed. Pure: returns a new Doc.
 *
 *   refineReferenceDate(doc, [[{ from: "2025-01-20", to: "2029-01-20", source: "Donald_Trump" }]])
 */
export function refineReferenceDate(doc: Doc, constraints: DateConstraint[][], data?: DataStore, clues: Clue[] = [], more: MoreEvidence = {}): Doc {
  if (doc.referenceDate.basis !== "inferred" && doc.referenceDate.basis !== "none") return doc;
  if (doc.referenceDate.clues?.some((c) => c.kind === "url")) return doc;
  const withoutOld = { ...doc, messages: doc.messages.filter((m) => m.rule !== "time/year-unknown") };
  const next = analyzeTime(withoutOld, data, constraints, clues, more);
  // Constraints that contradict every reading of the text's own dates are ignored.
  if (next.referenceDate.value === null && doc.referenceDate.value !== null) return doc;
  return next;
}

/** Tags time expressions and resolves them against the reference date (see reference.ts). */
export const timeStage: Stage = {
  name: "time",
  after: ["sentences"],
  run(doc, ctx) {
    return analyzeTime(doc, ctx.data, [], [], { clock: clockDay(ctx.now) });
  },
};

/** The clock's day (UTC) as the inference takes it (`MoreEvidence.clock`); null for an invalid date. */
export function clockDay(now: Date | undefined): string | undefined {
  const t = now?.getTime();
  if (t === lastClock.t) return lastClock.day;
  const day = t !== undefined && Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
  lastClock = { t, day };
  return day;
}
/** The last clock read and its day (a batch reads one clock for every document). */
let lastClock: { t: number | undefined; day: string | undefined } = { t: undefined, day: undefined };
