import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import type { DataStore } from "../pipeline/stage.js";
import { loadBirths, type Births } from "./births.js";

/** Units of relative phrases: day, ISO week, weekend, month, quarter, year, century. */
export type RelUnit = "D" | "W" | "WE" | "M" | "Q" | "Y" | "C";

/** The data files of data/time/, typed. */
export interface TimeWords {
  months: { entries: Array<{ word: string; month: number; capital?: boolean }> };
  weekdays: { entries: Array<{ word: string; iso: number }> };
  dayparts: { entries: Array<{ word: string; shift: "none" | "noon" | "pm" | "night"; hour?: number }> };
  seasons: { entries: Array<{ word: string; code: string }> };
  /** Words before "tháng N" naming a part of the month ("hạ tuần tháng 5"): the value stays the month. */
  monthParts?: { words: string[] };
  /** Halves of a year: phrases and their TIMEX3 code (H1, H2). */
  halves?: { entries: Array<{ phrase: string; code: string }> };
  relative: {
    entries: Array<{ phrase: string; unit: RelUnit; offset: number; anchor?: "prev"; tensed?: boolean; bare?: boolean }>;
    /** Words after a relative phrase that make it something else ("năm đó", "sang năm thứ tư"). */
    notBefore?: string[];
    /** Words before a date that make it a bound of something else ("trước ngày 15/3", "từ ngày 13/7"): "cùng ngày" after it is not that day. */
    boundBefore?: string[];
    /** Words before a bare four-digit number that make it a year ("cuối 2024", "đến 2030"). */
    bareYearBefore?: string[];
    /** Words after a count of units that make it that long from now ("ba ngày nữa"), and words before it that make it a length again ("thêm"). */
    laterAfter?: string[];
    laterNotBefore?: string[];
    /** Words before a count of units that make it a time ago ("cách đây 3 ngày"). */
    agoBefore?: string[];
    /** Words after a `bare` phrase ("cuối tháng …") that make it part of a longer expression. */
    bareNotBefore?: string[];
    daypartOffsets: Record<string, number>;
    /** Words after "N ngày trước/sau" that make the offset relative to an event, not a date. */
    eventHeads?: string[];
    /** Words before "năm tới", "ngày qua" that make them a vague span, not a date ("những năm tới"). */
    countWords?: string[];
    /** Words after "ngày N" / "tháng N" that say on which side of the reference date it lies ("ngày 15 tới", "tháng 2 vừa qua"). */
    dayDirections?: Record<string, "past" | "future">;
    /** Words before two bare years joined by "đến/-" that make them a range of years ("giai đoạn 2021–2025"). */
    yearRangeBefore?: string[];
    /** Words between "năm" and a four-digit year that keep it that year ("năm tài khóa 2026"). */
    yearKinds?: string[];
  };
  /** Names of past happenings holding a day or month of their own year ("Cách mạng tháng Tám"): the part that is the time, its value. */
  namedDays?: { entries: Array<{ phrase: string; time: string; value: string }> };
  /** "N/M" with a slash and no date cue that is a share: nouns after it, words before it, words of about-how-many before a proper fraction. */
  fractions?: { after: string[]; before: string[]; approx?: string[] };
  /** Forms that look like a day and month but are set phrases ("24/7"): dates only with a cue or a year. */
  fixedNonDates?: { forms: string[] };
  /** An age printed with a name: the unit word ("tuổi") and the words between the name's comma and the number. */
  ages?: { unit: string[]; between: string[] };
  /** The ordinal year or day of a known start: unit words (their designator) + `word` ("thứ") + a number. */
  ordinals?: { word: string; units: Record<string, "Y" | "D"> };
  /** Set phrases that read as a count of units but are no time ("những năm tháng"): no duration after a word of `before`. */
  idioms?: { phrases: string[]; before: string[] };
  numbers: { units: Record<string, number>; ten: string; tens: string; hundred: string; half: string };
  durationUnits: { entries: Array<{ word: string; designator: string; time: boolean }> };
  cues: {
    past: string[];
    future: string[];
    /** "sau cuộc gọi ngày 20-10": a day in the noun group of a happening after "sau" is of a happening done. */
    doneAfter?: { before: string[]; heads: string[]; maxWords: number };
    /** Words after "năm thứ hai" that make it a year running of something else ("liên tiếp"), no count from a start. */
    notOrdinalAfter?: string[];
  };
}

export interface Holiday {
  id: string;
  names: string[];
  solar?: string;
  lunar?: string;
  capital?: boolean;
}

export interface Anchors {
  events: Array<{ id: string; all: string[]; any?: string[]; dates: string[] }>;
  /** Starts of long-running events and of anniversaries, for durations ("hơn 3 năm") said of them. */
  starts?: Array<{ id: string; all: string[]; any?: string[]; start: string }>;
  tenures: Array<{ id: string; names: string[]; ranges: Array<[string, string | null]> }>;
  /** Numbered meetings: the words before the number, the words of the sentence, the day of each edition, and the days before/after it an article about it is written in. */
  editions?: Array<{ id: string; before: string[]; all: string[]; any?: string[]; not?: string[]; window: [number, number]; editions: Record<string, string> }>;
  /** Terms of office counted by the press ("nhiệm kỳ thứ hai"): the day each term of a holder began. */
  terms?: { words: string[]; notBefore: string[]; lead: number; entries: Array<{ id: string; names: string[]; starts: string[] }> };
  /** The day the lists of offices and events (here and in data/actors) were brought up to (ISO). */
  knownUntil?: string;
}

export interface TimeLexicon {
  words: TimeWords;
  holidays: Holiday[];
  anchors: Anchors;
  urlPatterns: RegExp[];
  /** The dictionary's people by name, with their day of birth (data/actors `born`): ages date a capture. */
  births?: Births;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, "time", name), "utf8")) as T;
}

export function loadTimeLexicon(): TimeLexicon {
  const url = readJson<{ patterns: Array<{ re: string }> }>("url.json");
  return {
    words: readJson<TimeWords>("words.json"),
    holidays: readJson<{ entries: Holiday[] }>("holidays.json").entries,
    anchors: readJson<Anchors>("anchors.json"),
    urlPatterns: url.patterns.map((p) => new RegExp(p.re)),
    births: loadBirths(),
  };
}

/** The lexicon through the shared data store (loaded once per process). */
export function timeLexicon(data?: DataStore): TimeLexicon {
  return data ? data.get("time/lexicon", loadTimeLexicon) : loadTimeLexicon();
}
