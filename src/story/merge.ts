/**
 * Story events: the same happening reported by several articles becomes one line that lists
 * every source. Pure functions, independent of any store: the store keeps lines by `storyKey`
 * (type + participants' codes), finds candidates by `lookupKeys` (type + each pair of sides), and
 * asks `findStory` which one a new event joins, with the reasons.
 *
 * An event joins a line when
 * - it has the same PLOVER type and sides that agree: the same participants' codes (actor +
 *   recipient, in any order), or one set holding the other when the smaller names two sides at
 *   least ("the US and Israel struck Iran" and "the US struck Iran"; one side alone is too little
 *   to tell a happening); the line's participants are then all its sources' codes, and an event
 *   whose sides agree with one source's sides agrees too (a line grown by a mediator that one
 *   report names is still joined by a report naming another party: `sourceSides`);
 * - the line cites no other event of the same article (an article's events are distinct
 *   happenings), unless the article tells that event again (`retelling`): the same mode, not the
 *   other way round (A→B, then B→A), and either the very same date or both undated (lead and
 *   body, a recap; two undated mentions still share wording or the place), or, at the same stage
 *   (done, or ahead), one undated and the other dated within a day of the report date: a round of
 *   talks dated in the lead and named again undated in the body, which the article vouches for,
 *   so no shared wording is asked; the title's
 *   event restates one of the body's in fewer words (mode and stage not compared), and binds only
 *   that one;
 * - the dates agree at each one's precision: equal; one contains the other ("2025-05" and
 *   "2025-05-16", a week and its days); two days one day apart; or, for an event the article does
 *   not date, reported within `REPORT_WINDOW_DAYS` of a day-, week- or undated line; a line citing
 *   a source its article leaves undated is also placed by its earliest report date once a dated
 *   report has made its date finer (the order reports arrive in does not split it);
 * - the places agree (equal, one unknown, or a state and a place in it);
 * - the modes agree (equal or one unknown: a phone call is no summit);
 * - an event placed only by its report date shares some wording or the place with the line.
 * Among the lines it agrees with, it joins the best (exact date, place, mode, wording), then the
 * oldest. A line's date is the date most of its sources support (finest first), and a source
 * whose date disagrees is kept and shown (`dateContested`), never averaged away; its place and
 * mode likewise; its status adds up the sources' claims (`contested` when they conflict).
 */
import { createHash } from "node:crypto";
import type { EventRecord, EventStatus } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import { datesCompatible, dateInfo, dateSpan, dayNumber, openYear, placedDate, PRECISION_RANK, type DatePrecision } from "./dates.js";
import { contentWords, overlap } from "./words.js";

/** One article's event with what the story needs to cite it. */
export interface SourcedEvent extends Pick<EventRecord, "type" | "mode" | "actor" | "recipient" | "third_party" | "location" | "date" | "status" | "attribution"> {
  articleId: string;
  eventId: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  /** The sentence that states it. */
  sentence: string;
  /** Sorted, distinct participants' codes (actor id when an actor has no code). */
  participants: string[];
  /** Codes of the actor side and of the recipient side, in the article's direction. */
  actorCodes?: string[];
  recipientCodes?: string[];
  /** The place's code (its state) and type, when the article's actors say. */
  locationCode?: string | null;
  locationType?: string | null;
  /** The article's reference date (the timeline's fallback when the event has no date). */
  reported: string | null;
  /**
   * Set by the store on a syndicated copy (a near-duplicate of `copyOf`) listed as a source:
   * the outlet reprinted the original's report; not an independent source (not counted).
   */
  syndicated?: true;
  copyOf?: string;
}

export type StoryStatus = EventStatus | "contested";

/** Who says what about a story event. */
export interface Claim {
  status: EventStatus;
  sources: Array<{ articleId: string; outlet: string | null; attribution: string[] }>;
}

/** A date the sources of a line give, and which articles give it (null: no date of their own). */
export interface DateClaim {
  date: string | null;
  articles: string[];
}

/** What a line keeps of its sources to decide its date, place, mode and direction. */
export interface Tallies {
  dates: DateClaim[];
  places: Array<{ id: string; code: string | null; type: string | null; articles: string[] }>;
  modes: Record<string, number>;
  /** "A,B>C" (actor codes > recipient codes) → number of sources giving that direction. */
  sides: Record<string, number>;
  /** Content words of the sources' sentences (at most `MAX_WORDS`). */
  words: string[];
  /** Earliest report date of the sources. */
  reported: string | null;
}

/** What a store keeps to decide whether a new event joins a line. */
export interface StoryHead {
  id: string;
  key: string;
  type: string;
  participants: string[];
  date: string | null;
  location: string | null;
  mode?: string | null;
  /** The earliest report date of its sources. */
  reported?: string | null;
  tallies?: Tallies;
}

export interface Story extends StoryHead {
  mode: string | null;
  precision: DatePrecision;
  /** Chronological sort key (the event date, else the earliest report date). */
  sort: string | null;
  status: StoryStatus;
  claims: Claim[];
  /** Sources whose dates disagree (not one containing the other): the line shows the best supported. */
  dateContested: boolean;
  /** Actor and recipient codes in the direction most sources give. */
  actorCodes: string[];
  recipientCodes: string[];
  reported: string | null;
  tallies: Tallies;
  sources: SourcedEvent[];
}

/** Why an event joined a line or opened a new one (`timeline --explain`). */
export interface MergeWhy {
  decision: "new" | "joined";
  line: string;
  score?: number;
  reasons: string[];
  /** Other lines with the same type and participants, and why the event did not join them. */
  considered: Array<{ line: string; date: string | null; verdict: string }>;
}

/** Days around an article's report date within which an event it does not date can be placed. */
export const REPORT_WINDOW_DAYS = 3;
/** Content words a line keeps to compare wordings. */
export const MAX_WORDS = 40;
/** Least share of wording an event placed only by its report date must share with a line. */
export const MIN_REPORTED_WORDING = 0.2;

/** Participants' codes of an event: actor and recipient, each by its code or else its id. */
export function participantsOf(ev: Pick<EventRecord, "actor" | "recipient">, codeOf: (id: string) => string | null | undefined): string[] {
  const out = new Set<string>();
  for (const id of [...ev.actor, ...ev.recipient]) out.add(codeOf(id) || id);
  return [...out].sort();
}

/** The events of an analysis record as sourced events. */
export function sourcedEvents(rec: Pick<AnalysisRecord, "id" | "outlet" | "source" | "title" | "published" | "actors" | "events" | "reference_date">): SourcedEvent[] {
  const actors = new Map(rec.actors.map((a) => [a.id, a]));
  const code = (id: string) => actors.get(id)?.code || id;
  const codes = (ids: string[]) => [...new Set(ids.map(code))].sort();
  return rec.events.map((e) => ({
    articleId: rec.id,
    eventId: e.id,
    outlet: rec.outlet,
    url: rec.source.url,
    title: rec.title,
    published: rec.published,
    sentence: e.text,
    type: e.type,
    mode: e.mode,
    actor: e.actor,
    recipient: e.recipient,
    third_party: e.third_party,
    location: e.location,
    date: e.date,
    status: e.status,
    attribution: e.attribution,
    participants: participantsOf(e, (id) => actors.get(id)?.code),
    actorCodes: codes(e.actor),
    recipientCodes: codes(e.recipient).filter((c) => !e.actor.some((a) => code(a) === c)),
    locationCode: e.location ? (actors.get(e.location)?.code ?? null) : null,
    locationType: e.location ? (actors.get(e.location)?.type ?? null) : null,
    reported: rec.reference_date?.value ?? rec.published?.slice(0, 10) ?? null,
  }));
}

/** The key of an event: type and participants (a line keeps its first source's key, and its id derives from it). */
export function storyKey(ev: Pick<SourcedEvent, "type" | "participants">): string {
  return `${ev.type}|${ev.participants.join(",")}`;
}

/** Sides beyond this many (sorted) give no lookup keys of their own. */
export const MAX_KEYED_SIDES = 8;

/**
 * The keys a line is found by and an event looks lines up with: its type with each pair of its
 * participants (with the one participant when it has one). Two sets of sides that agree (`sidesAgree`)
 * share a key: the smaller set's pairs are all pairs of the larger one.
 */
export function lookupKeys(type: string, participants: readonly string[]): string[] {
  const p = [...new Set(participants)].sort().slice(0, MAX_KEYED_SIDES);
  if (p.length < 2) return [`${type}|${p.join(",")}`];
  const out: string[] = [];
  for (let i = 0; i < p.length; i++) for (let j = i + 1; j < p.length; j++) out.push(`${type}|${p[i]},${p[j]}`);
  return out;
}

export type SidesAgreement = "same" | "within";

/**
 * Whether two sets of participants' codes can be the sides of one happening: the same set, or
 * one holding the other when the smaller has two sides at least ("within": a report that names
 * fewer of the parties). Sets that only overlap are other happenings.
 */
export function sidesAgree(a: readonly string[], b: readonly string[]): SidesAgreement | null {
  const [s, l] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  if (!s.every((x) => l.has(x))) return null;
  if (s.length === l.size) return "same";
  return s.length >= 2 ? "within" : null;
}

/**
 * The sides of one of the line's sources that agree with an event's when the line's own (all its
 * sources' codes) do not: a line grown by a report naming a mediator or another party is still
 * joined by a report naming a party of its own beside the sides another source gave ("Russia and
 * Ukraine talk" + "... with Turkey" on the line, "... with the US" joining). Each source's sides
 * are read from the line's tallied directions; null when none agrees.
 */
export function sourceSides(t: Pick<Tallies, "sides"> | undefined, participants: readonly string[]): string[] | null {
  if (!t) return null;
  for (const dir of Object.keys(t.sides)) {
    const codes = [...new Set(dir.split(/[>,]/).filter(Boolean))].sort();
    if (sidesAgree(codes, participants)) return codes;
  }
  return null;
}

function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  return b.every((x) => a.includes(x)) ? [...a] : [...new Set([...a, ...b])].sort();
}

// ---------- agreement of dates, places, modes ----------

/** Days before the report date within which what is planned or proposed may still fall (a late report of a plan). */
export const PLANNED_GRACE_DAYS = 30;
const AHEAD = new Set<EventStatus>(["planned", "proposed"]);

/** What a date needs to be read: its report date, and for a source its status. */
export interface DatedReport {
  date: string | null;
  reported: string | null | undefined;
  status?: EventStatus | StoryStatus;
}

/**
 * The date a report gives, a year its article leaves open read against the report date
 * (`placedDate`): the latest such day, month or week before it for what was done, the next one
 * for what is planned or proposed. (When the article's own year is a guess, so is this one, as
 * the report date that places its undated events is.)
 */
export function sourceDate(r: DatedReport): string | null {
  const ahead = r.status != null && AHEAD.has(r.status as EventStatus);
  return placedDate(r.date, r.reported, ahead ? PLANNED_GRACE_DAYS : 3, ahead);
}

export type DateAgreement = "same" | "within" | "day-apart" | "reported";

function daysApart(a: string | null | undefined, b: string | null | undefined): number {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return Number.isNaN(x) || Number.isNaN(y) ? Infinity : Math.abs(x - y);
}

/** Day-or-finer and week dates can be placed against a report date; coarser ones cannot. */
function placeable(date: string): boolean {
  const p = dateInfo(date).precision;
  return p === "day" || p === "time" || p === "week";
}

/**
 * Whether two reports' dates can be the same happening, and how: "same" value, one "within" the
 * other, two days "day-apart", or placed by a "reported" date (one or both undated). A date whose
 * year its article leaves open is read against that article's report date (`placedDate`: the
 * latest such day before it); without a report date it agrees only with another open-year date.
 */
export function datesAgree(a: DatedReport, b: DatedReport): DateAgreement | null {
  if (a.date != null && b.date != null) {
    if (a.date === b.date) return "same";
    const x = sourceDate(a);
    const y = sourceDate(b);
    if (openYear(x) !== openYear(y)) return null;
    if (datesCompatible(x, y)) return "within";
    const pa = dateInfo(x).precision;
    const pb = dateInfo(y).precision;
    if ((pa === "day" || pa === "time") && (pb === "day" || pb === "time") && daysApart(x, y) <= 1) return "day-apart";
    return null;
  }
  if (a.date == null && b.date == null) return daysApart(a.reported, b.reported) <= REPORT_WINDOW_DAYS ? "reported" : null;
  const [dated, undated] = a.date != null ? [a, b] : [b, a];
  const placed = sourceDate(dated)!;
  const span = dateSpan(placed);
  const r = dayNumber(undated.reported);
  if (!span || Number.isNaN(r) || !placeable(placed)) return null;
  return span[0] <= r + REPORT_WINDOW_DAYS && span[1] >= r - REPORT_WINDOW_DAYS ? "reported" : null;
}

export interface Place {
  id: string | null;
  code?: string | null;
  type?: string | null;
}

/** Places agree when equal, one is unknown, or one is a state the other lies in. */
export function placesAgree(a: Place, b: Place): "same" | "unknown" | "within" | null {
  if (a.id == null || b.id == null) return "unknown";
  if (a.id === b.id) return "same";
  if (a.type === "gpe" && a.code && a.code === b.code) return "within";
  if (b.type === "gpe" && b.code && b.code === a.code) return "within";
  return null;
}

export function modesAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  return a == null || b == null || a === b;
}

const DATE_SCORE: Record<DateAgreement, number> = { same: 4, within: 3, "day-apart": 2, reported: 1 };

export type Verdict = { ok: true; score: number; reasons: string[] } | { ok: false; why: string };

/**
 * Whether an event can join a line, with its score and reasons (`words`: the event's content words;
 * `retold`: the line cites an event of the same article that this one tells again, see `retelling`).
 */
export function matchLine(line: StoryHead, ev: SourcedEvent, words: readonly string[] = contentWords(ev.sentence), retold?: Retelling): Verdict {
  if (line.type !== ev.type) return { ok: false, why: `other type: ${line.type} vs ${ev.type}` };
  const direct = sidesAgree(line.participants, ev.participants);
  const via = direct ? null : sourceSides(line.tallies, ev.participants);
  const sides: SidesAgreement | null = direct ?? (via ? "within" : null);
  if (!sides) return { ok: false, why: `sides disagree: ${line.participants.join("+")} vs ${ev.participants.join("+")}` };
  const lineDate = { date: line.date, reported: line.reported ?? line.tallies?.reported ?? null };
  const byDate = datesAgree(lineDate, ev);
  // A line that cites a source its article leaves undated is also placed by its report date, as it was
  // before a dated report joined it: the line's date became finer, the undated report still stands.
  const byReport = !byDate && line.date != null && hasUndatedSource(line) ? datesAgree({ date: null, reported: lineDate.reported }, ev) : null;
  const d = byDate ?? byReport;
  if (!d) return { ok: false, why: `dates disagree: ${shown(line.date, lineDate.reported)} vs ${shown(ev.date, ev.reported)}` };
  const linePlace = line.tallies?.places.find((p) => p.id === line.location) ?? { id: line.location, code: null, type: null };
  const p = placesAgree(linePlace, { id: ev.location, code: ev.locationCode, type: ev.locationType });
  if (!p) return { ok: false, why: `places disagree: ${line.location} vs ${ev.location}` };
  if (!modesAgree(line.mode, ev.mode)) return { ok: false, why: `modes disagree: ${line.mode} vs ${ev.mode}` };
  const shared = overlap(line.tallies?.words ?? [], words);
  // An article that dates its act and names it again undated vouches for the undated mention; two
  // undated mentions still need shared wording (two acts of one day the article dates neither of).
  const vouched = retold != null && !retold.endsWith("both undated");
  if (d === "reported" && p !== "same" && shared < MIN_REPORTED_WORDING && !vouched)
    return { ok: false, why: `placed only by report dates (${shown(line.date, lineDate.reported)} vs ${shown(ev.date, ev.reported)}) and the wording shares ${pct(shared)}` };
  const reasons = [
    sides === "same"
      ? `type ${ev.type}, participants ${ev.participants.join("+")}`
      : via
        ? `type ${ev.type}, sides within a source's: ${ev.participants.join("+")} ~ ${via.join("+")} (of ${line.participants.join("+")})`
        : `type ${ev.type}, sides within: ${ev.participants.join("+")} ~ ${line.participants.join("+")}`,
    byReport
      ? `date ${d}: ${shown(ev.date, ev.reported)} ~ ${shown(null, lineDate.reported)}, a source of the line undated (the line dated ${line.date})`
      : `date ${d}: ${shown(ev.date, ev.reported)} ~ ${shown(line.date, lineDate.reported)}`,
  ];
  if (retold) reasons.push(`the article tells its own event again (${retold})`);
  if (p === "same" || p === "within") reasons.push(`place ${p}: ${ev.location} ~ ${line.location}`);
  if (ev.mode && ev.mode === line.mode) reasons.push(`mode ${ev.mode}`);
  reasons.push(`wording shares ${pct(shared)}`);
  const score = DATE_SCORE[d] + (sides === "same" ? 0.5 : 0) + (p === "same" ? 1 : p === "within" ? 0.5 : 0) + (ev.mode && ev.mode === line.mode ? 0.5 : 0) + 2 * shared;
  return { ok: true, score: Math.round(score * 1000) / 1000, reasons };
}

/** Whether a line cites a source its article leaves undated (placed by its report date). */
export function hasUndatedSource(line: Pick<StoryHead, "tallies">): boolean {
  return line.tallies?.dates.some((d) => d.date == null) ?? false;
}

/**
 * Whether an event's date can agree with a line's, before its details are read: by the line's date,
 * or by its earliest report date (a line may cite an undated source; `matchLine` tells).
 */
export function lineDatesMayAgree(line: { date: string | null; reported: string | null | undefined }, ev: DatedReport): boolean {
  return datesAgree(line, ev) != null || (line.date != null && datesAgree({ date: null, reported: line.reported }, ev) != null);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const shown = (date: string | null, reported: string | null | undefined) => date ?? (reported ? `~${reported} (reported)` : "undated");

/** What a line keeps of one article's event on it, to tell a retelling from another happening. */
export type TakenEvent = Pick<SourcedEvent, "date" | "mode" | "status" | "reported"> &
  Partial<Pick<SourcedEvent, "actorCodes" | "recipientCodes">> & {
    /** Stated by the article's title (a headline restates the article's main happening in fewer words). */
    headline?: boolean;
  };

/** One article's events placed so far, by line id (`markTaken`); `has(line)` says the line cites the article. */
export type Taken = Map<string, TakenEvent[]>;

const squash = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** Whether the event is stated by its article's title. */
export function isHeadline(ev: Pick<SourcedEvent, "sentence" | "title">): boolean {
  return ev.title != null && ev.title.trim() !== "" && squash(ev.sentence) === squash(ev.title);
}

/** What `findStory` compares of an article's event. */
export function takenOf(ev: SourcedEvent): TakenEvent {
  return { date: ev.date, mode: ev.mode, status: ev.status, reported: ev.reported, actorCodes: ev.actorCodes, recipientCodes: ev.recipientCodes, headline: isHeadline(ev) };
}

/** Records that an article's event is on line `id`. */
export function markTaken(taken: Taken, id: string, ev: SourcedEvent): void {
  const list = taken.get(id) ?? [];
  list.push(takenOf(ev));
  taken.set(id, list);
}

/** Days from an article's report date within which its dated act and an undated mention of it can be one (`retelling`). */
export const RETELL_WINDOW_DAYS = 1;

export type Retelling =
  | "the same date"
  | "both undated"
  | "undated, the other dated at the report date"
  | "the headline's, the same date"
  | "the headline's, both undated"
  | "the headline's, undated, the other dated at the report date";

const STAGE: Partial<Record<EventStatus, string>> = { occurred: "done", ongoing: "done", planned: "ahead", proposed: "ahead" };
const stageOf = (s: EventStatus) => STAGE[s] ?? s;

/** Whether one event's acting side is the other's receiving side and the reverse (A→B, then B→A). */
export function reversed(a: Partial<Pick<SourcedEvent, "actorCodes" | "recipientCodes">>, b: Partial<Pick<SourcedEvent, "actorCodes" | "recipientCodes">>): boolean {
  const [aa, ar, ba, br] = [a.actorCodes ?? [], a.recipientCodes ?? [], b.actorCodes ?? [], b.recipientCodes ?? []];
  if (!ar.length || !br.length) return false;
  const meets = (x: string[], y: string[]) => x.some((c) => y.includes(c));
  return meets(aa, br) && meets(ba, ar) && !meets(aa, ba);
}

/**
 * Whether `ev` tells again an event `a` of the same article (both of the same type and agreeing
 * sides, as the line checks): the same mode (a call and a meeting of one day are two), not the other
 * way round, and the very same date, or both undated; or one undated and the other dated a day
 * (or a week) that comes within `RETELL_WINDOW_DAYS` of the article's report date, at the same stage (what was done, or what is
 * ahead: "the talks" in the body, "talks on the 5th" in the lead; not "they will meet again").
 */
export function retelling(a: TakenEvent, ev: TakenEvent): { ok: true; how: Retelling } | { ok: false; why: string } {
  const head = !!a.headline !== !!ev.headline;
  if (!head && (a.mode ?? null) !== (ev.mode ?? null)) return { ok: false, why: `another mode: ${a.mode ?? "none"} vs ${ev.mode ?? "none"}` };
  if (reversed(a, ev)) return { ok: false, why: `the other way round: ${(a.actorCodes ?? []).join(",")}→${(a.recipientCodes ?? []).join(",")} vs ${(ev.actorCodes ?? []).join(",")}→${(ev.recipientCodes ?? []).join(",")}` };
  if (a.date != null && a.date === ev.date) return { ok: true, how: head ? "the headline's, the same date" : "the same date" };
  // Both undated: the article places both at its report date alone and tells them apart by no date
  // (the statuses an article's sentences give one act differ often: "talks on resuming talks").
  if (a.date == null && ev.date == null) return { ok: true, how: head ? "the headline's, both undated" : "both undated" };
  if (a.date != null && ev.date != null) return { ok: false, why: `another date: ${a.date} vs ${ev.date}` };
  const [dated, undated] = a.date != null ? [a, ev] : [ev, a];
  const span = dateSpan(sourceDate(dated));
  const r = dayNumber(undated.reported);
  if (!span || Number.isNaN(r) || !(span[0] <= r + RETELL_WINDOW_DAYS && span[1] >= r - RETELL_WINDOW_DAYS) || span[1] - span[0] > 6)
    return { ok: false, why: `another date: ${a.date ?? "undated"} vs ${ev.date ?? "undated"}, not at the report date (${undated.reported ?? "none"})` };
  if (!head && stageOf(a.status) !== stageOf(ev.status)) return { ok: false, why: `one dated, one not, at other stages: ${a.status} vs ${ev.status}` };
  return { ok: true, how: head ? "the headline's, undated, the other dated at the report date" : "undated, the other dated at the report date" };
}

/**
 * The line (among candidates sharing the key, oldest first) the event joins, or -1; `taken`
 * holds the article's events already on lines (`markTaken`): such a line is passed over unless
 * the event tells one of them again (`retelling`).
 */
export function findStory(candidates: readonly StoryHead[], ev: SourcedEvent, taken: Taken = new Map()): { index: number; why: MergeWhy | null; considered: MergeWhy["considered"] } {
  let best = -1;
  let bestV: { score: number; reasons: string[] } | null = null;
  const considered: MergeWhy["considered"] = [];
  const words = candidates.length ? contentWords(ev.sentence) : [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const mine = taken.get(c.id);
    let retold: Retelling | undefined;
    if (mine) {
      // A headline restates one of the body's happenings: a line holding a body event already is
      // joined only by retelling that body event (a headline does not bind two body events).
      const me = takenOf(ev);
      const body = mine.filter((a) => !a.headline);
      const r = (me.headline || body.length === 0 ? mine : body).map((a) => retelling(a, me));
      const yes = r.find((x) => x.ok);
      if (!yes) {
        considered.push({ line: c.id, date: c.date, verdict: `cites another event of the same article (${r.map((x) => (x.ok ? "" : x.why)).join("; ")})` });
        continue;
      }
      retold = yes.how;
    }
    const v = matchLine(c, ev, words, retold);
    if (!v.ok) {
      considered.push({ line: c.id, date: c.date, verdict: v.why });
      continue;
    }
    if (!bestV || v.score > bestV.score) {
      if (bestV) considered.push({ line: candidates[best]!.id, date: candidates[best]!.date, verdict: `agrees, but less (score ${bestV.score} < ${v.score})` });
      best = i;
      bestV = v;
    } else considered.push({ line: c.id, date: c.date, verdict: `agrees, but less (score ${v.score} ≤ ${bestV.score})` });
  }
  const capped = considered.slice(0, 5);
  if (best < 0) return { index: -1, why: null, considered: capped };
  return { index: best, why: { decision: "joined", line: candidates[best]!.id, score: bestV!.score, reasons: bestV!.reasons, considered: capped }, considered: capped };
}

/** True when the event can join the line (type, sides, dates, place, mode; wording if placed by report date). */
export function sameHappening(story: StoryHead, ev: SourcedEvent): boolean {
  return matchLine(story, ev).ok;
}

// ---------- status ----------

const POSITIVE = new Set<EventStatus>(["occurred", "ongoing", "planned", "proposed"]);
const HAPPENED = new Set<EventStatus>(["occurred", "ongoing"]);
// When sources agree it happened in different stages, the most advanced stage wins.
const RANK: EventStatus[] = ["occurred", "ongoing", "cancelled", "planned", "proposed", "denied", "hypothetical"];

/** Adds one source's claim (a new list; the input is not changed). */
export function addClaim(claims: readonly Claim[], s: Pick<SourcedEvent, "status" | "articleId" | "outlet" | "attribution">): Claim[] {
  const out = claims.map((c) => ({ status: c.status, sources: [...c.sources] }));
  let c = out.find((x) => x.status === s.status);
  if (!c) out.push((c = { status: s.status, sources: [] }));
  if (!c.sources.some((x) => x.articleId === s.articleId)) c.sources.push({ articleId: s.articleId, outlet: s.outlet, attribution: s.attribution });
  return out.sort((a, b) => RANK.indexOf(a.status) - RANK.indexOf(b.status));
}

/**
 * The status that claims add up to: `contested` when one source reports the happening and
 * another denies it (or one says it was called off while another says it took place);
 * otherwise the most advanced status.
 */
export function statusFromClaims(claims: readonly Claim[]): StoryStatus {
  const has = (set: Set<EventStatus>) => claims.some((c) => set.has(c.status));
  const is = (st: EventStatus) => claims.some((c) => c.status === st);
  if ((is("denied") && has(POSITIVE)) || (is("cancelled") && has(HAPPENED))) return "contested";
  const sorted = [...claims].sort((a, b) => RANK.indexOf(a.status) - RANK.indexOf(b.status));
  return sorted[0]?.status ?? "occurred";
}

/** Status and who says what, from the sources' statuses. */
export function storyStatus(sources: ReadonlyArray<Pick<SourcedEvent, "status" | "articleId" | "outlet" | "attribution">>): { status: StoryStatus; claims: Claim[] } {
  let claims: Claim[] = [];
  for (const s of sources) claims = addClaim(claims, s);
  return { status: statusFromClaims(claims), claims };
}

// ---------- a line's date, place, mode and direction from its sources ----------

const MAX_LISTED = 50;

function emptyTallies(): Tallies {
  return { dates: [], places: [], modes: {}, sides: {}, words: [], reported: null };
}

/** Adds one source to the tallies (a new value). */
export function tally(t: Tallies, ev: SourcedEvent): Tallies {
  const add = (list: string[]) => (list.includes(ev.articleId) || list.length >= MAX_LISTED ? list : [...list, ev.articleId]);
  // A date whose year the article leaves open counts as the day, month or week it names before its report date.
  const date = sourceDate(ev);
  const dates = t.dates.map((d) => (d.date === date ? { date: d.date, articles: add(d.articles) } : d));
  if (!dates.some((d) => d.date === date)) dates.push({ date, articles: [ev.articleId] });
  let places = t.places;
  if (ev.location) {
    places = places.map((p) => (p.id === ev.location ? { ...p, articles: add(p.articles) } : p));
    if (!places.some((p) => p.id === ev.location)) places = [...places, { id: ev.location, code: ev.locationCode ?? null, type: ev.locationType ?? null, articles: [ev.articleId] }];
  }
  const modes = { ...t.modes };
  if (ev.mode) modes[ev.mode] = (modes[ev.mode] ?? 0) + 1;
  const sides = { ...t.sides };
  const dir = `${(ev.actorCodes ?? ev.participants).join(",")}>${(ev.recipientCodes ?? []).join(",")}`;
  sides[dir] = (sides[dir] ?? 0) + 1;
  const words = t.words.length >= MAX_WORDS ? t.words : [...new Set([...t.words, ...contentWords(ev.sentence)])].slice(0, MAX_WORDS);
  const reported = t.reported == null || (ev.reported != null && ev.reported < t.reported) ? (ev.reported ?? t.reported) : t.reported;
  return { dates, places, modes, sides, words, reported };
}

/**
 * The date most sources support: each dated value counts the sources whose date equals it or
 * contains it (a month supports each of its days, a day does not support its month); the most
 * supported wins, then the finest, then the first given.
 * Contested when a dated source agrees with it only loosely (a day apart) or not at all.
 */
export function bestDate(dates: readonly DateClaim[]): { date: string | null; contested: boolean } {
  const dated = dates.filter((d) => d.date != null);
  if (dated.length === 0) return { date: null, contested: false };
  let best: DateClaim | null = null;
  let bestN = -1;
  for (const c of dated) {
    let n = 0;
    for (const o of dated) if (o.date === c.date || (datesCompatible(o.date, c.date) && PRECISION_RANK[dateInfo(o.date).precision] > PRECISION_RANK[dateInfo(c.date).precision])) n += o.articles.length;
    const finer = best && PRECISION_RANK[dateInfo(c.date).precision] < PRECISION_RANK[dateInfo(best.date).precision];
    if (n > bestN || (n === bestN && finer)) {
      best = c;
      bestN = n;
    }
  }
  const contested = dated.some((o) => o.date !== best!.date && !datesCompatible(o.date, best!.date));
  return { date: best!.date, contested };
}

function bestPlace(places: Tallies["places"]): string | null {
  let best: Tallies["places"][number] | null = null;
  let bestN = -1;
  for (const c of places) {
    let n = 0;
    for (const o of places) if (o.id === c.id || placesAgree(o, c) === "within") n += o.articles.length;
    // A place in a state is finer than the state.
    if (n > bestN || (n === bestN && best?.type === "gpe" && c.type !== "gpe")) {
      best = c;
      bestN = n;
    }
  }
  return best?.id ?? null;
}

function most(counts: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [k, n] of Object.entries(counts)) if (best == null || n > counts[best]!) best = k;
  return best;
}

/** The direction most sources give; on a tie the one naming more sides (a report naming fewer of the parties is not the fuller account). */
function mostSides(counts: Record<string, number>): string | null {
  const size = (k: string) => k.split(/[>,]/).filter(Boolean).length;
  let best: string | null = null;
  for (const [k, n] of Object.entries(counts)) if (best == null || n > counts[best]! || (n === counts[best]! && size(k) > size(best))) best = k;
  return best;
}

export function storyId(key: string, first: Pick<SourcedEvent, "articleId" | "eventId">): string {
  return createHash("sha1").update(`${key}\u0000${first.articleId}\u0000${first.eventId}`).digest("hex").slice(0, 20);
}

/** Derives a line's date, place, mode, direction and sort key from its tallies. */
function derive(story: Story): Story {
  const t = story.tallies;
  const { date, contested } = bestDate(t.dates);
  const info = dateInfo(date);
  const dir = mostSides(t.sides);
  const [a, r] = dir ? dir.split(">") : ["", ""];
  return {
    ...story,
    date,
    dateContested: contested,
    precision: info.sort ? info.precision : t.reported ? "reported" : info.precision,
    sort: info.sort ?? t.reported ?? null,
    location: bestPlace(t.places),
    mode: most(t.modes),
    actorCodes: a ? a.split(",") : [],
    recipientCodes: r ? r.split(",") : [],
    reported: t.reported,
  };
}

/** Recomputes what a line derives from its (independent) sources. */
export function summarizeStory(head: Pick<StoryHead, "id" | "key">, sources: SourcedEvent[]): Story {
  const first = sources[0]!;
  let story: Story = {
    id: head.id,
    key: head.key,
    type: first.type,
    mode: null,
    participants: first.participants,
    date: null,
    dateContested: false,
    location: null,
    precision: "none",
    sort: null,
    status: first.status,
    claims: [],
    actorCodes: [],
    recipientCodes: [],
    reported: first.reported,
    tallies: emptyTallies(),
    sources: [],
  };
  for (const s of sources) story = extendStory(story, s);
  return story;
}

/**
 * Adds a source to a line (a new value; the input is not changed). Works from the line's
 * tallies, so a store may pass a line whose `sources` holds only some of them.
 */
export function extendStory(story: Story, ev: SourcedEvent): Story {
  const claims = addClaim(story.claims, ev);
  return derive({ ...story, participants: unionSorted(story.participants, ev.participants), claims, status: statusFromClaims(claims), tallies: tally(story.tallies, ev), sources: [...story.sources, ev] });
}

/** Adds a source unless the line already cites that very event. */
export function addSource(story: Story, ev: SourcedEvent): Story {
  if (story.sources.some((s) => s.articleId === ev.articleId && s.eventId === ev.eventId)) return story;
  return extendStory(story, ev);
}

export function newStory(ev: SourcedEvent): Story {
  const key = storyKey(ev);
  return summarizeStory({ id: storyId(key, ev), key }, [ev]);
}

/** Groups events into lines, in input order (the first source is the first seen). */
export function mergeStories(events: Iterable<SourcedEvent>): Story[] {
  return mergeExplained(events).stories;
}

/**
 * `mergeStories` with the reason for every source, by "articleId/eventId". Candidates come in the
 * store's order: by their first article's arrival, then id.
 */
export function mergeExplained(events: Iterable<SourcedEvent>): { stories: Story[]; why: Map<string, MergeWhy> } {
  const stories: Story[] = [];
  const firstSeq: number[] = [];
  const why = new Map<string, MergeWhy>();
  const byKey = new Map<string, Set<number>>();
  const byArticle = new Map<string, Taken>();
  const seqOf = new Map<string, number>();
  const index = (i: number) => {
    for (const k of lookupKeys(stories[i]!.type, stories[i]!.participants)) {
      const set = byKey.get(k) ?? new Set<number>();
      set.add(i);
      byKey.set(k, set);
    }
  };
  for (const ev of events) {
    if (!seqOf.has(ev.articleId)) seqOf.set(ev.articleId, seqOf.size);
    const seen = new Set<number>();
    for (const k of lookupKeys(ev.type, ev.participants)) for (const i of byKey.get(k) ?? []) seen.add(i);
    const idx = [...seen].sort((a, b) => firstSeq[a]! - firstSeq[b]! || (stories[a]!.id < stories[b]!.id ? -1 : 1));
    const taken: Taken = byArticle.get(ev.articleId) ?? new Map();
    const hit = findStory(
      idx.map((i) => stories[i]!),
      ev,
      taken,
    );
    let id: string;
    if (hit.index >= 0) {
      const at = idx[hit.index]!;
      stories[at] = addSource(stories[at]!, ev);
      index(at);
      id = stories[at]!.id;
      why.set(`${ev.articleId}/${ev.eventId}`, hit.why!);
    } else {
      const s = newStory(ev);
      stories.push(s);
      firstSeq.push(seqOf.get(ev.articleId)!);
      index(stories.length - 1);
      id = s.id;
      why.set(`${ev.articleId}/${ev.eventId}`, { decision: "new", line: id, reasons: hit.considered.length ? ["no line with this type and these participants agrees"] : ["first report of this type and these participants"], considered: hit.considered });
    }
    markTaken(taken, id, ev);
    byArticle.set(ev.articleId, taken);
  }
  return { stories, why };
}

/** Chronological order: by sort key (undated last), then id for stability. */
export function compareStories(a: Pick<Story, "sort" | "id">, b: Pick<Story, "sort" | "id">): number {
  if (a.sort !== b.sort) {
    if (a.sort == null) return 1;
    if (b.sort == null) return -1;
    return a.sort < b.sort ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The days a line's date covers, for finding candidate lines by date ([report day, report day] when undated). */
export function lineSpan(s: Pick<Story, "date" | "sort" | "reported">): { start: string | null; end: string | null; coarse: number } {
  const span = s.date ? dateSpan(placedDate(s.date, s.reported)) : null;
  if (span) return { start: dayStr(span[0]), end: dayStr(span[1]), coarse: span[1] - span[0] > COARSE_DAYS ? 1 : 0 };
  if (s.date == null && s.reported) return { start: s.reported.slice(0, 10), end: s.reported.slice(0, 10), coarse: 0 };
  return { start: null, end: null, coarse: 2 };
}

/** Lines covering more days than this (a season, a year) are looked up apart. */
export const COARSE_DAYS = 45;

const dayStr = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);
