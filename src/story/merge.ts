/**
 * Story events: the same happening reported by several articles becomes one story event that
 * lists every source. Pure functions, independent of any store: the store keeps candidate
 * stories by `storyKey` and asks `findStory` / `addSource` what to do with a new event.
 *
 * Two events are the same happening when they have the same PLOVER type, the same set of
 * participants' codes (actor + recipient, so "A meets B" and "B meets A" agree), compatible
 * dates (equal, or one contains the other: "2022-03" and "2022-03-29") and compatible places
 * (equal, or one of them unknown).
 */
import { createHash } from "node:crypto";
import type { EventRecord, EventStatus } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import { datesCompatible, dateInfo, morePrecise, type DatePrecision } from "./dates.js";

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

/** What a store keeps to decide whether a new event joins a story. */
export interface StoryHead {
  id: string;
  key: string;
  type: string;
  participants: string[];
  date: string | null;
  location: string | null;
  /** The first source's reference date. */
  reported?: string | null;
}

export interface Story extends StoryHead {
  mode: string | null;
  precision: DatePrecision;
  /** Chronological sort key (the event date, else the first source's reference date). */
  sort: string | null;
  status: StoryStatus;
  claims: Claim[];
  /** The first source's reference date (the sort key while the story has no date). */
  reported: string | null;
  sources: SourcedEvent[];
}

/** Participants' codes of an event: actor and recipient, each by its code or else its id. */
export function participantsOf(ev: Pick<EventRecord, "actor" | "recipient">, codeOf: (id: string) => string | null | undefined): string[] {
  const out = new Set<string>();
  for (const id of [...ev.actor, ...ev.recipient]) out.add(codeOf(id) || id);
  return [...out].sort();
}

/** The events of an analysis record as sourced events. */
export function sourcedEvents(rec: Pick<AnalysisRecord, "id" | "outlet" | "source" | "title" | "published" | "actors" | "events" | "reference_date">): SourcedEvent[] {
  const codes = new Map(rec.actors.map((a) => [a.id, a.code]));
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
    participants: participantsOf(e, (id) => codes.get(id)),
    reported: rec.reference_date?.value ?? rec.published?.slice(0, 10) ?? null,
  }));
}

/** The candidate key: type and participants. Stories are looked up by it. */
export function storyKey(ev: Pick<SourcedEvent, "type" | "participants">): string {
  return `${ev.type}|${ev.participants.join(",")}`;
}

export function placesCompatible(a: string | null, b: string | null): boolean {
  return a == null || b == null || a === b;
}

/** Days between two reference dates within which undated reports can be the same happening. */
export const UNDATED_WINDOW_DAYS = 7;

function daysApart(a: string | null, b: string | null): number {
  const x = a ? Date.parse(a.slice(0, 10)) : NaN;
  const y = b ? Date.parse(b.slice(0, 10)) : NaN;
  return Number.isNaN(x) || Number.isNaN(y) ? Infinity : Math.abs(x - y) / 86400000;
}

/**
 * True when the event is the same happening as the story. Undated events say nothing about
 * when: they join an undated story only when both were reported within a week of each other.
 */
export function sameHappening(story: StoryHead, ev: SourcedEvent): boolean {
  if (story.key !== storyKey(ev) || !placesCompatible(story.location, ev.location)) return false;
  if (story.date == null && ev.date == null) return daysApart(story.reported ?? null, ev.reported) <= UNDATED_WINDOW_DAYS;
  return datesCompatible(story.date, ev.date);
}

/** Index of the story (among candidates sharing the key) the event belongs to, or -1. */
export function findStory(candidates: readonly StoryHead[], ev: SourcedEvent): number {
  // Prefer an exact date match over a containing one.
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!sameHappening(c, ev)) continue;
    if (c.date === ev.date && (c.location === ev.location || best < 0)) best = i;
    else if (best < 0) best = i;
  }
  return best;
}

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

export function storyId(key: string, first: Pick<SourcedEvent, "articleId" | "eventId">): string {
  return createHash("sha1").update(`${key}\u0000${first.articleId}\u0000${first.eventId}`).digest("hex").slice(0, 20);
}

/** Recomputes what a story derives from its sources (date, place, mode, status, sort key). */
export function summarizeStory(head: Pick<StoryHead, "id" | "key">, sources: SourcedEvent[]): Story {
  const first = sources[0]!;
  let story: Story = {
    id: head.id,
    key: head.key,
    type: first.type,
    mode: null,
    participants: first.participants,
    date: null,
    location: null,
    precision: "none",
    sort: null,
    status: first.status,
    claims: [],
    reported: first.reported,
    sources: [],
  };
  for (const s of sources) story = extendStory(story, s);
  return story;
}

/**
 * Adds a source to a story (a new value; the input is not changed). Works from the story's
 * summary fields, so a store may pass a story whose `sources` holds only some of them.
 */
export function extendStory(story: Story, ev: SourcedEvent): Story {
  const date = morePrecise(story.date, ev.date);
  const info = dateInfo(date);
  const reported = story.reported;
  const claims = addClaim(story.claims, ev);
  return {
    ...story,
    mode: story.mode ?? ev.mode,
    date,
    location: story.location ?? ev.location,
    precision: info.sort ? info.precision : reported ? "reported" : info.precision,
    sort: info.sort ?? reported ?? null,
    claims,
    status: statusFromClaims(claims),
    sources: [...story.sources, ev],
  };
}

/** Adds a source unless the story already cites that very event. */
export function addSource(story: Story, ev: SourcedEvent): Story {
  if (story.sources.some((s) => s.articleId === ev.articleId && s.eventId === ev.eventId)) return story;
  return extendStory(story, ev);
}

export function newStory(ev: SourcedEvent): Story {
  const key = storyKey(ev);
  return summarizeStory({ id: storyId(key, ev), key }, [ev]);
}

/** Groups events into story events, in input order (the first source is the first seen). */
export function mergeStories(events: Iterable<SourcedEvent>): Story[] {
  const stories: Story[] = [];
  const byKey = new Map<string, number[]>();
  for (const ev of events) {
    const key = storyKey(ev);
    const idx = byKey.get(key) ?? [];
    const hit = findStory(idx.map((i) => stories[i]!), ev);
    if (hit >= 0) stories[idx[hit]!] = addSource(stories[idx[hit]!]!, ev);
    else {
      idx.push(stories.length);
      byKey.set(key, idx);
      stories.push(newStory(ev));
    }
  }
  return stories;
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
