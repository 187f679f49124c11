import type { CallerOptions, Capture, Doc } from "../envelope/types.js";
import { newDoc } from "../envelope/doc.js";
import { dataStore, runBatch, runStages, type Context, type Stage } from "./stage.js";
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

/**
 * Analyses captures together, stage by stage (`runBatch`): the same documents as `analyze` one
 * by one, for less CPU. Callers bound the batch (`BATCH_MAX`, `BATCH_MAX_BYTES`).
 */
export function analyzeBatch(items: ReadonlyArray<{ capture: Capture; options?: CallerOptions }>, ctx: Context = defaultContext(), stages: readonly Stage[] = STAGES): Doc[] {
  return runBatch(stages, items.map((it) => newDoc(it.capture, it.options ?? {})), ctx);
}

/** The most captures analysed together: past a dozen or so, a batch gains nothing more. */
export const BATCH_MAX = 16;
/** The most capture bytes analysed together (a batch of large captures is smaller). */
export const BATCH_MAX_BYTES = 4 * 1024 * 1024;
