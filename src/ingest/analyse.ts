import type { CallerOptions, Capture } from "../envelope/types.js";
import type { PreparedArticle } from "../store/store.js";
import type { Context } from "../pipeline/stage.js";
import { analyze } from "../pipeline/analyze.js";
import { toRecord } from "../record/record.js";
import { failed, message, newDoc, withMessages } from "../envelope/doc.js";
import { canonicalParts, prepareArticle, storedCapture } from "./prepare.js";

export interface AnalyseTask {
  n: number;
  capture: Capture;
  options: CallerOptions;
}

export interface AnalyseResult {
  n: number;
  prepared: PreparedArticle;
  /** Error messages when the capture could not be analysed (no article: callers do not store it). */
  errors: string[];
}

/**
 * The result of a capture whose analysis could not finish (its worker was stopped): the
 * capture's envelope with the error as its only layer, so a batch reports it and goes on.
 */
export function failedResult(task: AnalyseTask, error: string): AnalyseResult {
  const doc = withMessages(newDoc(task.capture, task.options), message("pipeline/time-budget", "error", error));
  return { n: task.n, prepared: prepareArticle(toRecord(doc), storedCapture(task.capture, task.options), canonicalParts(doc)), errors: [error] };
}

/** Analyses one capture and prepares it for the store. */
export function analyzeOne(task: AnalyseTask, ctx: Context): AnalyseResult {
  const doc = analyze(task.capture, task.options, ctx);
  const rec = toRecord(doc);
  const errors = failed(doc) ? doc.messages.filter((m) => m.severity === "error").map((m) => m.text) : [];
  return { n: task.n, prepared: prepareArticle(rec, storedCapture(task.capture, task.options), canonicalParts(doc)), errors };
}
