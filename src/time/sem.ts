import type { RelUnit } from "./lexicon.js";

/** What the tagger understood of a time expression, before resolution against a reference date. */
export type Sem =
  /**
   * A calendar date as precise as written: y, y-m or y-m-d; a missing year is filled by resolution.
   * `wd`: the ISO weekday printed with it ("thứ Tư 23/7"), which narrows the years it can be in.
   */
  | { k: "date"; y?: number; yRel?: number; yThat?: boolean; yNext?: boolean; m?: number; d?: number; wd?: number; dir?: "past" | "future" }
  /** A day number in a list or range that takes its month and year from the next date ("ngày 5 và 6-10"). */
  | { k: "day"; d: number }
  /**
   * Deictic: `n` units from the reference date; with `anchor: "prev"`, from the day last named
   * in the text instead ("một ngày trước đó", "cùng ngày"); `anchor: "event"`: from an event
   * whose date is not known ("ba ngày trước lễ nhậm chức"), which gives no value; `tensed`: a past tense means the
   * previous unit when the current one has not come yet ("vào cuối tuần" said on a Tuesday).
   */
  | { k: "rel"; unit: RelUnit; n: number; anchor?: "prev" | "event"; tensed?: boolean }
  /** A weekday (ISO 1–7), optionally in a given week relative to the reference date. */
  | { k: "weekday"; iso: number; week?: number; dir?: "past" | "future" }
  | { k: "season"; code: string; y?: number; yRel?: number; yThat?: boolean; yNext?: boolean; dir?: "past" | "future" }
  | { k: "holiday"; solar?: [number, number]; lunar?: [number, number]; y?: number; yRel?: number }
  /** A clock time; `date` when the day is written next to it. */
  | { k: "clock"; h: number; min: number; date?: Sem }
  | { k: "duration"; value: string }
  /** A value needing no reference (decades). */
  | { k: "fixed"; value: string };

export interface Candidate {
  start: number;
  end: number;
  sem: Sem;
  rule: string;
}
