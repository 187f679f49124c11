import type { Stage } from "../pipeline/stage.js";

/** Placeholder until the sentences stage lands: passes the document through unchanged. */
export const sentencesStage: Stage = {
  name: "sentences",
  after: ["extract"],
  run(doc) {
    return doc;
  },
};
