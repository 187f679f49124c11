import { join } from "node:path";
import type { Context } from "../pipeline/stage.js";
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

