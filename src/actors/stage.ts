import { join } from "node:path";
import type { Doc } from "../envelope/types.js";
import type { Context, Stage } from "../pipeline/stage.js";
import { DATA_DIR } from "../data/paths.js";
import { loadDictionary, type Dictionary } from "./dictionary.js";
import { loadTitles, type Titles } from "./titles.js";
import { Recogniser } from "./recognise.js";

/** Names under which the actors data is cached in `ctx.data` (tests may pre-load fixtures). */
export const DICTIONARY_DATA = "actors/dictionary";
export const TITLES_DATA = "actors/titles";
export const RECOGNISER_DATA = "actors/recogniser";

export function actorsDir(): string {
  return join(DATA_DIR, "actors");
}

/** The compiled dictionary and titles for this process (loaded once through `ctx.data`). */
export function recogniser(ctx: Pick<Context, "data">): Recogniser {
  return ctx.data.get(RECOGNISER_DATA, () => {
    const dict = ctx.data.get<Dictionary>(DICTIONARY_DATA, () => loadDictionary(actorsDir()));
    const titles = ctx.data.get<Titles>(TITLES_DATA, () => loadTitles(join(actorsDir(), "titles.json")));
    return new Recogniser(dict, titles);
  });
}

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
    const out = r.analyse(doc);
    return { ...doc, actors: out.actors, mentions: out.mentions, messages: [...doc.messages, ...out.messages] };
  },
};
