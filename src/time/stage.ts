import type { Stage } from "../pipeline/stage.js";

/** Placeholder until the time stage lands: passes the document through unchanged. */
export const timeStage: Stage = {
  name: "time",
  after: ["sentences"],
  run(doc) {
    return doc;
  },
};
