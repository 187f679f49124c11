import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import type { DataStore } from "../pipeline/stage.js";
import type { Mention, Span } from "../envelope/types.js";
import { spanHolding } from "../envelope/spans.js";

/**
 * Where a day the text names was lived, as a UTC offset: the clock that tells whether an undated
 * capture that names "ngày 2/7" for what it reports was published that day in Viet Nam (UTC+7)
 * or the next. A happening in East, South or Southeast Asia falls within the Vietnamese working
 * day and is reported the same day; one in Europe, Africa, the Middle East or the Americas mostly
 * the next morning (see `reportLag`). The offsets are data (`data/time/zones.json`, by state code,
 * from the IANA time zone database); the place is read from the sentence that names the day: a
 * clock written after the date ("(giờ Việt Nam)"), else the places it names, else its sides'
 * states when they share a clock (a Vietnamese side: Viet Nam's clock, the one the outlet keeps).
 */

export interface ZonesData {
  states: Record<string, number>;
  markers: Array<{ word: string; offset: number }>;
  placeWords: string[];
}

export interface Zones {
  byCode: ReadonlyMap<string, number>;
  /** Longest first. */
  markers: ReadonlyArray<{ word: string; offset: number }>;
  /** Words before a state's name that make it a place ("tại Qatar"), with their trailing space. */
  placeWords: readonly string[];
}

export function loadZones(): Zones {
  const raw = JSON.parse(readFileSync(join(DATA_DIR, "time", "zones.json"), "utf8")) as ZonesData;
  return zonesOf(raw);
}

export function zonesOf(raw: ZonesData): Zones {
  return {
    byCode: new Map(Object.entries(raw.states)),
    markers: [...raw.markers].sort((a, b) => b.word.length - a.word.length),
    placeWords: raw.placeWords.map((w) => w + " "),
  };
}

export function zones(data?: DataStore): Zones {
  return data ? data.get("time/zones", loadZones) : loadZones();
}

/** The clock of a day mention (by the timex's start), and what says so. */
export interface DayZone {
  start: number;
  offset: number;
  source: string;
}

export interface ZoneInput {
  /** Lower-cased text, same length as the document's. */
  lower: string;
  sentences: readonly Span[];
  /** In text order. */
  mentions: readonly Mention[];
  /** Day mentions: where they start and end. */
  days: ReadonlyArray<{ start: number; end: number }>;
  /** An actor's kind and code ("place"/"gpe"/"person"/…, ISO alpha-3 or another code), or null. */
  entryOf: (id: string) => { type: string; code: string | null } | null;
}

/** How far apart (hours) the clocks of a sentence's sides may be and still count as one. */
const ONE_CLOCK_HOURS = 2;
const VIET_NAM = "VNM";
/** Characters after a date a clock marker is looked for in ("ngày 9/1 (giờ Việt Nam)"). */
const MARKER_WINDOW = 24;

export function dayZones(inp: ZoneInput, z: Zones): DayZone[] {
  const out: DayZone[] = [];
  const bySentence = new Map<number, DayZone | null>();
  for (const d of inp.days) {
    const after = inp.lower.slice(d.end, d.end + MARKER_WINDOW);
    const marker = z.markers.find((m) => after.includes(m.word));
    if (marker) {
      out.push({ start: d.start, offset: marker.offset, source: marker.word });
      continue;
    }
    const s = spanHolding(inp.sentences as Span[], d.start);
    if (!s) continue;
    let found = bySentence.get(s.start);
    if (found === undefined) {
      found = sentenceZone(inp, z, s);
      bySentence.set(s.start, found);
    }
    if (found) out.push({ ...found, start: d.start });
  }
  return out;
}

function sentenceZone(inp: ZoneInput, z: Zones, s: Span): DayZone | null {
  const places = new Map<string, number>();
  const sides = new Map<string, number>();
  // (mentions are in text order: the sentence's are found by binary search — linear on long texts)
  let lo = 0;
  let hi = inp.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inp.mentions[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < inp.mentions.length && inp.mentions[k]!.start < s.end; k++) {
    const m = inp.mentions[k]!;
    if (m.end > s.end) continue;
    const e = inp.entryOf(m.actor);
    if (!e?.code) continue;
    const off = z.byCode.get(e.code);
    if (off === undefined) continue;
    const before = inp.lower.slice(Math.max(s.start, m.start - 12), m.start);
    if (e.type === "place" || (e.type === "gpe" && z.placeWords.some((w) => before.endsWith(w)))) places.set(m.actor, off);
    else if (e.type === "gpe" || e.type === "person" || e.type === "org") sides.set(e.code, off);
  }
  const one = (xs: Map<string, number>): DayZone | null => {
    const offs = [...xs.values()];
    if (!offs.length) return null;
    if (Math.max(...offs) - Math.min(...offs) > ONE_CLOCK_HOURS) return null;
    const offset = offs.reduce((a, b) => a + b, 0) / offs.length;
    return { start: s.start, offset, source: [...xs.keys()].join(", ") };
  };
  if (places.size) return one(places);
  if (sides.has(VIET_NAM)) return { start: s.start, offset: z.byCode.get(VIET_NAM)!, source: VIET_NAM };
  return one(sides);
}

/** Viet Nam's offset: the clock the outlets publish on. */
export const PUBLISH_OFFSET = 7;
/** A happening known in Viet Nam before this hour is reported the same day. */
export const SAME_DAY_BEFORE = 17;
/** The local hour of a happening whose part of the day is not written. */
export const DEFAULT_HOUR = 14;

/** The hour in Viet Nam of a local hour (24 and more: the next day there). */
export function vnHour(offset: number, hour: number | undefined): number {
  return (hour ?? DEFAULT_HOUR) + (PUBLISH_OFFSET - offset);
}

/**
 * Days between a day the text names and the day a Vietnamese outlet reports it: 0 when the
 * happening, at its local hour (written "tối", "sáng sớm", or mid-afternoon), is known in Viet
 * Nam before the end of the working day, else 1.
 */
export function reportLag(offset: number, hour: number | undefined): number {
  return vnHour(offset, hour) < SAME_DAY_BEFORE ? 0 : 1;
}
