import type { Stage } from "../pipeline/stage.js";

/** Placeholder until the events stage lands: passes the document through unchanged. */
export const eventsStage: Stage = {
  name: "events",
  after: ["actors"],
  run(doc) {
    return doc;
  },
};
