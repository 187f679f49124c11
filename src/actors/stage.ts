export { DICTIONARY_DATA, TITLES_DATA, RECOGNISER_DATA, recogniser } from "./load.js";
import type { Doc } from "../envelope/types.js";
import type { Context, Stage } from "../pipeline/stage.js";
import { recogniser } from "./load.js";
import type { Recogniser } from "./recognise.js";
import { roleConstraints, toPeriodConstraints } from "./constraints.js";
import { clockDay, refineReferenceDate } from "../time/stage.js";
import { happeningIndex, matchHappenings, type HappeningEvidence } from "../time/happenings.js";
import { dayZones, zones, type DayZone } from "../time/zones.js";
import { lowerSameLength } from "../time/tagger.js";
import { splitSentences } from "../sentences/split.js";

/**
 * Actors stage: named actors and their mentions (dictionary ids, derived ids for names the
 * dictionary lacks), titles resolved to office holders by date. Reads `doc.matchText`,
 * `doc.sentences`, `doc.timexes`, `doc.referenceDate`; adds `doc.actors`, `doc.mentions`.
 * For an undated capture it also dates the text: titled names bound when it was written, and the
 * happenings of the catalogue its sentences name (`src/time/happenings.ts`) pin yearless days
 * and bound the article; the time analysis is then refined, and the actors read again when the
 * reference date changed (roles are resolved by date).
 */
export const actorsStage: Stage = {
  name: "actors",
  after: ["time"],
  run(doc: Doc, ctx: Context): Doc {
    if (!doc.matchText) return doc;
    const r = recogniser(ctx);
    let cur = doc;
    const undated = doc.referenceDate.basis === "inferred" || doc.referenceDate.basis === "none";
    const cs = undated ? toPeriodConstraints(roleConstraints(doc, r)) : [];
    // an undated capture: titled names bound when it was written ("Tổng thống Mỹ Donald Trump")
    const clock = clockDay(ctx.now);
    if (cs.length) cur = refineReferenceDate(doc, cs, ctx.data, [], { clock });
    let out = r.analyse(cur);
    if (undated && !cur.referenceDate.clues?.some((c) => c.kind === "url")) {
      const { happenings: ev, zones: zs } = datingEvidence(cur, out.mentions, out.weakMentions, r, ctx);
      if (ev.pins.length || ev.clues.length || ev.around.length || zs.length) {
        const next = refineReferenceDate(doc, cs, ctx.data, ev.clues, { pins: ev.pins, near: ev.near, around: ev.around, spans: ev.spans, zones: zs, clock });
        const a = next.referenceDate;
        const b = cur.referenceDate;
        if (a.value !== b.value || a.year_known !== b.year_known || JSON.stringify(a.clues) !== JSON.stringify(b.clues)) {
          cur = next;
          if (a.value !== b.value || a.year_known !== b.year_known) out = r.analyse(cur);
        }
      }
    }
    return { ...cur, actors: out.actors, mentions: out.mentions, weakActors: out.weakActors, weakMentions: out.weakMentions, messages: [...cur.messages, ...out.messages] };
  },
};

/** The day mentions of the text. */
function dayMentions(doc: Doc): Array<{ start: number; end: number; m: number; d: number }> {
  const days: Array<{ start: number; end: number; m: number; d: number }> = [];
  for (const t of doc.timexes) {
    // a day, or a clock time with its day ("lúc 14h ngày 20/7")
    if (t.type !== "DATE" && t.type !== "TIME") continue;
    const m = /^(?:\d{4}|XXXX)-(\d{2})-(\d{2})(?:T[\d:]+)?$/.exec(t.value);
    if (m) days.push({ start: t.start, end: t.end, m: +m[1]!, d: +m[2]! });
  }
  return days;
}

/**
 * What dates an undated capture from the actors each sentence names: the catalogue's happenings
 * (`src/time/happenings.ts`) and the clock of the place each named day was lived in
 * (`src/time/zones.ts`). One reading of the text serves both. The happenings read the weak
 * mentions too (a state named through its officials or people).
 */
function datingEvidence(doc: Doc, mentions: Doc["mentions"], weak: Doc["mentions"], r: Recogniser, ctx: Context): { happenings: HappeningEvidence; zones: DayZone[] } {
  const days = dayMentions(doc);
  const entry = (id: string): (typeof r.dict.entries)[number] | undefined => {
    const i = r.dict.byId.get(id);
    return i === undefined ? undefined : r.dict.entries[i];
  };
  const lower = lowerSameLength(doc.matchText ?? doc.text);
  const sentences = doc.sentences.length ? doc.sentences : splitSentences(doc.text);
  // (a state named only through its people — "quan chức Ukraine", "phái đoàn Nga" — is a side of a happening too)
  const happenings = matchHappenings(
    {
      lower,
      sentences,
      mentions: weak.length ? [...mentions, ...weak] : mentions,
      days,
      codeOf: (id) => entry(id)?.code ?? null,
      stateCodeOf: (id) => {
        const e = entry(id);
        return e && e.type === "gpe" ? (e.code ?? null) : null;
      },
      parentOf: (id) => entry(id)?.parent ?? null,
    },
    happeningIndex(ctx.data),
  );
  const entryOf = (id: string): { type: string; code: string | null } | null => {
    const e = entry(id);
    return e ? { type: e.type, code: e.code ?? null } : null;
  };
  const clocks = days.length ? dayZones({ lower, sentences, mentions, days, entryOf }, zones(ctx.data)) : [];
  return { happenings, zones: clocks };
}
