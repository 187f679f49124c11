/**
 * The ingest path: inputs → analysis in the worker pool → the store, one transaction per
 * batch. Reading, analysing and writing overlap: while batch k is written, batch k+1 is
 * analysed. Captures whose id is already stored are not analysed again.
 */
import { createReadStream, promises as fs } from "node:fs";
import { createGunzip } from "node:zlib";
import { extname, join } from "node:path";
import type { CallerOptions } from "../envelope/types.js";
import type { InputItem } from "../capture/inputs.js";
import { newDoc } from "../envelope/doc.js";
import { ANALYZER_VERSION } from "../record/record.js";
import { emptyResult, type IngestResult, type PreparedArticle, type Store } from "../store/store.js";
import type { Pool } from "./pool.js";
import type { AnalyseResult } from "./analyse.js";
import { captureOf } from "./prepare.js";
import { settleYears, yearOpen } from "./settle.js";
import { isWarcPath, warcRecords } from "../capture/warc.js";
import { parseContentType } from "../fetch/content.js";

export interface IngestOptions {
  options: CallerOptions;
  batchSize: number;
  pool: Pool;
  /** Called after every batch with the number of inputs handled so far. */
  onProgress?(done: number): void;
  onProblem?(where: string, problem: string): void;
}

export interface IngestSummary extends IngestResult {
  seen: number;
  /** Inputs that could not be read or analysed (the rejected ones included). */
  problems: number;
  /** Captures read but not stored because the analysis found no article in them (empty, binary, no text). */
  rejected: number;
  /** Files in the folders given that are not captures (by their extension), left aside. */
  skippedFiles: number;
  batches: number;
}

export function addResults(a: IngestResult, b: IngestResult): void {
  for (const k of Object.keys(b) as Array<keyof IngestResult>) a[k] += b[k];
}

async function* chunked<T>(it: AsyncIterable<T>, n: number): AsyncGenerator<T[]> {
  let buf: T[] = [];
  for await (const x of it) {
    buf.push(x);
    if (buf.length >= n) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length) yield buf;
}

export async function ingestInputs(store: Store, inputs: AsyncIterable<InputItem>, o: IngestOptions): Promise<IngestSummary> {
  const sum: IngestSummary = { ...emptyResult(), seen: 0, problems: 0, rejected: 0, skippedFiles: 0, batches: 0 };
  // Articles whose year their text leaves open: the dated articles of their stories may settle it.
  const yearOpenIds = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  // A batch whose analysis is under way. The next batch is handed to the pool before this one
  // is awaited, so the workers never wait for the end of a batch (its slowest article) nor for
  // its write: analysing, writing and reading overlap without a barrier between batches.
  let pending: { fresh: Array<{ where: string }>; analysed: Promise<AnalyseResult[]>; skipped: number; handled: number } | null = null;
  const write = async (b: NonNullable<typeof pending>) => {
    const results = await b.analysed;
    for (const r of results) {
      if (r.errors.length) {
        sum.problems++;
        o.onProblem?.(b.fresh[r.n]!.where, r.errors.join("; "));
      }
    }
    await writing;
    // Only articles are stored: a capture the analysis rejects (empty, binary, no article text)
    // is a problem reported above, as `analyze` reports it, not an article.
    const batch = results.filter((r) => r.errors.length === 0).map((r) => r.prepared);
    const rejected = results.length - batch.length;
    for (const p of batch) if (yearOpen(p.record)) yearOpenIds.add(p.record.id);
    writing = store.ingest(batch).then((res) => {
      addResults(sum, res);
      sum.duplicates += b.skipped;
      sum.rejected += rejected;
      sum.seen += b.handled;
      sum.batches++;
      o.onProgress?.(sum.seen);
    });
    // A failed write fails the ingest when it is awaited (below or at the end), not unhandled.
    writing.catch(() => undefined);
  };
  for await (const chunk of chunked(inputs, Math.max(1, o.batchSize))) {
    const todo: Array<{ where: string; item: Extract<InputItem, { ok: true }>; id: string }> = [];
    for (const item of chunk) {
      if (!item.ok) {
        sum.problems++;
        o.onProblem?.(item.where, item.problem);
        continue;
      }
      todo.push({ where: item.where, item, id: newDoc(item.capture, o.options).id });
    }
    // Ids of the batch before are not stored yet: a capture repeated across the two is
    // analysed twice and counted a duplicate when written, as within one batch.
    const known = await store.known(todo.map((t) => t.id));
    const fresh = todo.filter((t) => !known.has(t.id));
    const analysed = Promise.all(fresh.map((t, n) => o.pool.run({ n, capture: t.item.capture, options: o.options })));
    analysed.catch(() => undefined);
    const prev = pending;
    pending = { fresh, analysed, skipped: todo.length - fresh.length, handled: chunk.length };
    if (prev) await write(prev);
  }
  if (pending) await write(pending);
  await writing;
  if (yearOpenIds.size) await settleYears(store, yearOpenIds, { pool: o.pool, batchSize: o.batchSize, onProblem: o.onProblem });
  return sum;
}

/** Re-analyses stored articles written by another analyser version, from their stored captures. */
export async function reanalyzeStore(store: Store, o: Omit<IngestOptions, "options"> & { version?: string }): Promise<IngestSummary> {
  const version = o.version ?? ANALYZER_VERSION;
  const sum: IngestSummary = { ...emptyResult(), seen: 0, problems: 0, rejected: 0, skippedFiles: 0, batches: 0 };
  let after = "";
  for (;;) {
    const stale = await store.staleArticles(version, Math.max(1, o.batchSize), after);
    if (stale.length === 0) break;
    after = stale[stale.length - 1]!.id;
    const results = await Promise.all(stale.map((a, n) => o.pool.run({ n, capture: captureOf(a.capture), options: a.capture.options })));
    const batch: PreparedArticle[] = [];
    for (const r of results) {
      const a = stale[r.n]!;
      if (r.errors.length) {
        sum.problems++;
        o.onProblem?.(a.id, r.errors.join("; "));
      }
      // The id is the hash of the capture: the same article, whatever the analyser.
      if (r.prepared.record.id !== a.id) r.prepared.record = { ...r.prepared.record, id: a.id };
      batch.push(r.prepared);
    }
    addResults(sum, await store.ingest(batch, { replace: true }));
    sum.seen += stale.length;
    sum.batches++;
    o.onProgress?.(sum.seen);
  }
  // The store's clue, over every article whose year is open (dated articles may have come since).
  await settleYears(store, null, { pool: o.pool, batchSize: o.batchSize, onProblem: o.onProblem });
  return sum;
}

const PAGE_EXT = new Set([".txt", ".html", ".htm", ".xhtml", ""]);

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return n + (last !== 10 ? 1 : 0);
}

/** WARC bytes (of the file as stored, compressed or not) read to count its pages, at most. */
export const WARC_COUNT_BUDGET = 64 * 1024 * 1024;

/** A WARC record that is likely a page: a 2xx HTML (or untyped) HTTP response. */
function likelyPage(h: Map<string, string>, head: Buffer): boolean {
  if ((h.get("warc-type") ?? "").toLowerCase() !== "response") return false;
  const ct = (h.get("content-type") ?? "application/http").toLowerCase();
  if (!ct.startsWith("application/http") || /msgtype\s*=\s*request/.test(ct)) return false;
  const text = head.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(text);
  if (status && (Number(status[1]) < 200 || Number(status[1]) > 299)) return false;
  if (end < 0) return true;
  const type = /(?:^|\n)content-type:\s*([^\r\n]*)/i.exec(text.slice(0, end));
  const mt = parseContentType(type?.[1] ?? null).type;
  return mt === "" || mt === "text/html" || mt === "application/xhtml+xml" || mt === "application/octet-stream" || mt === "text/plain";
}

/**
 * The pages (2xx HTML responses) of a WARC file, for progress: the record headers are read and
 * every block skipped unread (a .warc.gz is decompressed, nothing is parsed). A file bigger than
 * `budget` bytes is counted over its first `budget` bytes and the count scaled by its size.
 */
export async function countWarcPages(path: string, budget = WARC_COUNT_BUDGET): Promise<number> {
  const size = (await fs.stat(path)).size;
  const read = Math.min(size, Math.max(1, budget));
  // Only the first `read` bytes: the last record read may be cut (counted or not, one off).
  const file = createReadStream(path, { end: read - 1 });
  const source = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  file.on("error", (e) => source.destroy(e));
  let n = 0;
  try {
    for await (const ev of warcRecords(source as AsyncIterable<Buffer>, (h, head) => {
      if (likelyPage(h, head)) n++;
      return false;
    })) {
      if (!ev.ok && ev.fatal) break;
    }
  } catch {
    // A damaged (or, past the budget, cut) file counts what could be read.
  } finally {
    file.destroy();
    source.destroy();
  }
  return read < size ? Math.round((n * size) / read) : n;
}

/**
 * How many captures the arguments name (for progress and ETA); null when unknown (stdin).
 * A WARC counts its pages (`countWarcPages`: exact up to 64 MB, estimated beyond).
 */
export async function countInputs(args: string[]): Promise<number | null> {
  let n = 0;
  const walk = async (p: string, top: boolean): Promise<void> => {
    const st = await fs.stat(p).catch(() => null);
    if (!st) {
      n++;
      return;
    }
    if (st.isDirectory()) {
      for (const e of await fs.readdir(p)) await walk(join(p, e), false);
      return;
    }
    if (/\.jsonl$/i.test(p)) n += await countLines(p);
    else if (isWarcPath(p)) n += await countWarcPages(p);
    else if (top || PAGE_EXT.has(extname(p).toLowerCase())) n++;
  };
  for (const a of args) {
    if (a === "-") return null;
    await walk(a, true);
  }
  return n;
}
