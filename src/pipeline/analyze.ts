import type { CallerOptions, Capture, Doc } from "../envelope/types.js";
import { newDoc } from "../envelope/doc.js";
import { dataStore, runStages, type Context, type Stage } from "./stage.js";
import { STAGES } from "./stages.js";

let shared: Context | null = null;

/** The process-wide context: data loaded once. `now` is the run's start, pinned by tests. */
export function defaultContext(now: Date = new Date()): Context {
  if (!shared) shared = { now, data: dataStore() };
  return shared;
}

/** Analyses one capture through every stage. Never throws for bad input: problems are messages. */
export function analyze(capture: Capture, options: CallerOptions = {}, ctx: Context = defaultContext(), stages: readonly Stage[] = STAGES): Doc {
  return runStages(stages, newDoc(capture, options), ctx);
}
