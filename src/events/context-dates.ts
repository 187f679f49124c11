/**
 * Dates from the telling: a headline's act that no time dates and no dated statement merged with takes the day the
 * lead tells of; a headline's or lead's act the body tells again with its day takes that day (`retoldDates`). A Vietnamese headline restates the news its lead gives with a date ("Mỹ phủ quyết dự thảo …", then
 * "Ngày 8/12 (giờ New York), Mỹ đã phủ quyết …"); when the two statements are not merged (their sides are named
 * differently), the headline's takes the lead's day rather than none. An act in a clause of cause, time, condition
 * or purpose, or on a noun, is the news's background, and keeps what it has.
 */
import type { Doc, Section } from "../envelope/types.js";
import type { Candidate } from "./candidates.js";
import type { Sent } from "./sentence.js";

/** Statuses of an act told as done or under way: a headline's act still to come or denied keeps no day of the lead. */
const DONE: ReadonlySet<string> = new Set(["occurred", "ongoing"]);
/** A calendar day (the lead's day is a day: a month or a year it names may be background). */
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Gives each undated headline event told as done (of `merged`, after merging) the one day the acts told as done in
 * the first sentence after the headline that names a time are dated with — in the lead, or the first paragraph when
 * the page has none, among its first three sentences. A sentence naming a time that dates no such act, or acts of
 * several days, gives none.
 */
export function headlineDates(doc: Doc, merged: Candidate[], cands: readonly Candidate[], sentences: readonly Sent[]): void {
  const title = doc.sections.find((x) => x.kind === "title");
  if (!title) return;
  // (an act in a clause of cause, time, condition, purpose or on a noun is the news's background: "… trừng phạt các
  // công ty Mỹ vì bán vũ khí cho Đài Loan")
  const open = merged.filter((e) => !e.date && DONE.has(e.status) && inside(sentences[e.sentence], title) && !background(doc, e));
  if (!open.length) return;
  const next = doc.sections.find((x) => x.kind !== "title" && x.start >= title.end);
  if (!next) return;
  const day = leadDay(doc, next, cands, sentences);
  if (day) for (const e of open) e.date = day;
}

/** How many sentences of the lead are read for its day (a lead is a sentence or two; a page of one line is no lead). */
const LEAD_SENTENCES = 3;

/** The day the first sentence of section `sec` that names a time dates its acts told as done with, or null. */
function leadDay(doc: Doc, sec: Section, cands: readonly Candidate[], sentences: readonly Sent[]): string | null {
  let read = 0;
  for (const s of sentences) {
    if (!inside(s, sec)) continue;
    if (read++ >= LEAD_SENTENCES) return null;
    const days = new Set(cands.filter((c) => c.sentence === s.index && c.date && DAY.test(c.date) && DONE.has(c.status)).map((c) => c.date!));
    if (days.size === 1) return [...days][0]!;
    if (days.size > 1 || doc.timexes.some((x) => x.start >= s.start && x.end <= s.end && (x.type === "DATE" || x.type === "TIME"))) return null;
  }
  return null;
}

/** Kinds of clause whose act is not the news a sentence tells but its background. */
const BACKGROUND: ReadonlySet<string> = new Set(["cause", "concession", "temporal", "condition", "purpose", "relative"]);

/** Whether the clause event `e`'s trigger stands in (its innermost) is one of background. */
function background(doc: Doc, e: Candidate): boolean {
  let kind: string | null = null;
  let len = Infinity;
  for (const c of doc.clauses) if (c.start <= e.trigger.start && e.trigger.start < c.end && c.end - c.start < len) { kind = c.kind; len = c.end - c.start; }
  return kind !== null && BACKGROUND.has(kind);
}

function inside(s: Sent | undefined, sec: Section): boolean {
  return !!s && s.start >= sec.start && s.start < sec.end;
}

/**
 * An undated act told as done in the headline or the lead that the body tells again with its day, as an event merging
 * kept apart (its sides named otherwise: "Mỹ phủ quyết …" in the lead, "Ngày 8/12, Washington bỏ phiếu phủ quyết …"
 * later): the day of the one later event of its type, told as done and dated to the day, whose doer shares a state
 * with its own. Later events of that type on several days give none; an act of a clause of background keeps what it has.
 */
export function retoldDates(doc: Doc, merged: Candidate[], sentences: readonly Sent[]): void {
  const top = doc.sections.filter((x) => x.kind === "title" || x.kind === "lead");
  if (!top.length) return;
  for (const e of merged) {
    if (e.date || !DONE.has(e.status) || !top.some((x) => inside(sentences[e.sentence], x)) || background(doc, e)) continue;
    const later = merged.filter((f) => f !== e && f.type === e.type && f.date && DAY.test(f.date) && DONE.has(f.status) && f.sentence > e.sentence && [...e.actorCodes].some((c) => f.actorCodes.has(c)));
    const days = new Set(later.map((f) => f.date!));
    if (days.size === 1) e.date = [...days][0]!;
  }
}

