import type { Stage } from "../pipeline/stage.js";
import { splitSentences } from "./split.js";

/** Splits `doc.text` into sentences (spans into the text); see `split.ts` for the rules. */
export const sentencesStage: Stage = {
  name: "sentences",
  after: ["extract"],
  run(doc) {
    return { ...doc, sentences: splitSentences(doc.text) };
  },
};
