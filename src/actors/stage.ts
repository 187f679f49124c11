import type { Stage } from "../pipeline/stage.js";

/** Placeholder until the actors stage lands: passes the document through unchanged. */
export const actorsStage: Stage = {
  name: "actors",
  after: ["time"],
  run(doc) {
    return doc;
  },
};
