export { DICTIONARY_DATA, TITLES_DATA, RECOGNISER_DATA, recogniser } from "./load.js";
import type { Doc } from "../envelope/types.js";
import type { Context, Stage } from "../pipeline/stage.js";
import { recogniser } from "./load.js";
import { roleConstraints, toPeriodConstraints } from "./constraints.js";
import { refineReferenceDate } from "../time/stage.js";

/**
 * Actors stage: named actors and their mentions (dictionary ids, derived ids for names the
 * dictionary lacks), titles resolved to office holders by date. Reads `doc.matchText`,
 * `doc.sentences`, `doc.timexes`, `doc.referenceDate`; adds `doc.actors`, `doc.mentions`.
 */
export const actorsStage: Stage = {
  name: "actors",
  after: ["time"],
  run(doc: Doc, ctx: Context): Doc {
    if (!doc.matchText) return doc;
    const r = recogniser(ctx);
    let cur = doc;
    if (doc.referenceDate.basis === "inferred" || doc.referenceDate.basis === "none") {
      // an undated capture: titled names bound when it was written ("Tổng thống Mỹ Donald Trump")
      const cs = toPeriodConstraints(roleConstraints(doc, r));
      if (cs.length) cur = refineReferenceDate(doc, cs, ctx.data);
    }
    const out = r.analyse(cur);
    return { ...cur, actors: out.actors, mentions: out.mentions, messages: [...cur.messages, ...out.messages] };
  },
};
