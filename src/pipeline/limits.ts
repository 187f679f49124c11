/**
 * What one document may cost: a size limit (a larger capture is refused with a message, the rest
 * of the batch goes on) and a time budget (the stages after the one that overran are skipped, with
 * a message). Every stage is linear in its input, so the size limit also bounds the time; the
 * budget is the guard for what the limit does not foresee. The readers (src/capture/inputs.ts)
 * apply the size limit before reading, so an oversized file never fills the memory; the worker
 * pool (src/ingest/pool.ts) stops a worker that overruns the budget by far.
 */
import type { Doc } from "../envelope/types.js";
import { message } from "../envelope/doc.js";

export interface Limits {
  /** The largest capture analysed, in bytes (a text capture: its UTF-8 bytes). */
  maxBytes: number;
  /** Analysis time per document in ms; the stages left when it is spent are skipped. */
  timeBudgetMs: number;
}

/** 16 MiB: far above any news page (a few hundred KB with its markup), far below what hurts. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** 60 s: a 16 MiB document takes about 20 s of CPU on one core of the 2-core test machine. */
export const DEFAULT_TIME_BUDGET_MS = 60_000;
export const DEFAULT_LIMITS: Limits = { maxBytes: DEFAULT_MAX_BYTES, timeBudgetMs: DEFAULT_TIME_BUDGET_MS };

/** "200.0 MB", "512 KB", "37 bytes": a size for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** The message of a capture over the size limit (the readers and the capture stage say the same). */
export function tooLarge(size: number, maxBytes: number, what = "the capture"): string {
  return `${what} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} per document: not analysed (give one capture per article, or raise the limit with --max-size MB)`;
}

/** The size a capture counts for: its bytes, or the UTF-8 bytes of its text. */
export function captureSize(c: { bytes?: Uint8Array; text?: string }): number {
  return c.bytes ? c.bytes.length : Buffer.byteLength(c.text ?? "", "utf8");
}

/** The error message of a document whose analysis stopped when the budget was spent. */
export function overBudget(doc: Doc, afterStage: string, elapsedMs: number, budgetMs: number, skipped: string[]): Doc {
  const s = (ms: number) => `${Number((ms / 1000).toPrecision(ms < 1000 ? 1 : 3))} s`;
  const text = `analysis stopped after the ${afterStage} stage: ${s(elapsedMs)} is over the time budget of ${s(budgetMs)} per document${skipped.length ? ` (not run: ${skipped.join(", ")})` : ""}`;
  return { ...doc, messages: [...doc.messages, message("pipeline/time-budget", "error", text)] };
}

/**
 * Says what a plain-text capture lost to extraction when the article kept only a small part of
 * a large capture (a file of many articles gives its first one): how much, and from which line
 * of the capture on. Null when nothing notable was cut.
 */
export function cutMessage(doc: Doc): Doc | null {
  if (doc.rawKind !== "text" || !doc.article || doc.raw.length < 64 * 1024 || doc.text.length * 4 > doc.raw.length) return null;
  const paras = doc.article.paragraphs;
  const last = paras[paras.length - 1];
  const at = last ? doc.raw.indexOf(last) : -1;
  let where = "";
  if (at >= 0) {
    let line = 1;
    for (let i = doc.raw.indexOf("\n"); i >= 0 && i < at; i = doc.raw.indexOf("\n", i + 1)) line++;
    const lines = doc.raw.split("\n").length;
    where = ` the article ends on line ${line} of ${lines}; what follows was left out`;
  }
  const text = `only ${doc.text.length.toLocaleString("en-US")} of the capture's ${doc.raw.length.toLocaleString("en-US")} characters were taken as the article:${where || " the rest was left out"} (a file of many articles: give one capture per article, e.g. a JSONL batch)`;
  return { ...doc, messages: [...doc.messages, message("pipeline/cut", "warning", text)] };
}
