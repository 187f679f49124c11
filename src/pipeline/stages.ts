import type { Stage } from "./stage.js";
import { captureStage } from "../capture/stage.js";
import { normaliseStage } from "../normalise/stage.js";
import { extractStage } from "../extract/stage.js";
import { sentencesStage } from "../sentences/stage.js";
import { timeStage } from "../time/stage.js";
import { actorsStage } from "../actors/stage.js";
import { clausesStage } from "../clauses/stage.js";
import { eventsStage } from "../events/stage.js";

/**
 * The analysis pipeline, in order. This list is the one place a new stage is registered;
 * stages do not know about each other beyond the envelope fields they read.
 */
export const STAGES: readonly Stage[] = [
  captureStage,
  normaliseStage,
  extractStage,
  sentencesStage,
  timeStage,
  actorsStage,
  clausesStage,
  eventsStage,
];
