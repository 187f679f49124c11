import { readInputs } from "../../capture/inputs.js";
import { openStore, storeLocation } from "../../store/open.js";
import { createPool, defaultPoolSize } from "../../ingest/pool.js";
import { countInputs, ingestInputs, reanalyzeStore, type IngestSummary } from "../../ingest/ingest.js";
import { createProgress } from "../progress.js";
import { UsageError, type CommandIO } from "../io.js";
import { captureOptions, limitsOf, parseCommand, parseCount, CAPTURE_FLAGS, LIMIT_FLAGS, LIMIT_HELP, NO_INPUT } from "../options.js";

export const help = `thoisu ingest [--db FILE|URL] [--batch N] [--jobs N] [--reanalyze] [--url URL] [--fetched-at DATE] [--date DATE] [--max-size MB] [--time-budget S] FILE|DIR|-...

Analyses captures and stores the articles (files, folders, .jsonl batches, WARC archives, "-"
for standard input); a capture in which no article is found (empty, binary, no text) is reported
and not stored, and files in folders that are not captures by their extension are counted as
skipped.
The store is an SQLite file ($XDG_DATA_HOME/thoisu/thoisu.db by default), or PostgreSQL with
--db postgres://… or THOISU_DB. Each batch (--batch, default 200) is one transaction; the same
capture or page is stored once; syndicated copies are linked to their original. Analysis runs
on --jobs worker threads (default: every core). --reanalyze also re-analyses stored articles
written by an older analyser. Progress goes to standard error; --quiet hides it.
${LIMIT_HELP}`;

export function summaryLine(verb: string, s: Omit<IngestSummary, "rejected" | "skippedFiles"> & Partial<Pick<IngestSummary, "rejected" | "skippedFiles">>): string {
  const parts = [`${s.added} added`];
  if (s.replaced) parts.push(`${s.replaced} re-analysed`);
  parts.push(`${s.duplicates} already stored`);
  if (s.sameUrl) parts.push(`${s.sameUrl} same page`);
  parts.push(`${s.nearDuplicates} syndicated copies linked`);
  parts.push(`story events: ${s.storiesCreated} new, ${s.storiesJoined} joined`);
  if (s.problems) parts.push(`${s.problems} problems${s.rejected ? ` (${s.rejected} not articles, not stored)` : ""}`);
  const skipped = s.skippedFiles ? `; ${s.skippedFiles} file${s.skippedFiles === 1 ? "" : "s"} in the folders skipped (not .txt, .html, .jsonl or WARC)` : "";
  return `${verb} ${s.seen}: ${parts.join(", ")}${skipped}`;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      batch: { type: "string" },
      jobs: { type: "string", short: "j" },
      reanalyze: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
      ...CAPTURE_FLAGS,
      ...LIMIT_FLAGS,
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length === 0 && !v.reanalyze) throw new UsageError(NO_INPUT);
  const options = captureOptions(v);
  const batchSize = Math.max(1, parseCount(v.batch, "--batch", 200));
  const jobs = parseCount(v.jobs, "--jobs", defaultPoolSize());
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  const limits = limitsOf(v);
  const pool = createPool(jobs, io.now(), limits);
  let problems = 0;
  try {
    if (parsed.positionals.length) {
      const total = await countInputs(parsed.positionals);
      const bar = createProgress(io, "ingest", total, { quiet: v.quiet });
      let skippedFiles = 0;
      const sum = await ingestInputs(store, readInputs(parsed.positionals, io.stdin, { ...limits, onSkip: () => void skippedFiles++ }), {
        options,
        batchSize,
        pool,
        onProgress: (n) => bar.update(n),
        onProblem: (where, problem) => io.err(`${io.isTTY ? "\r\x1b[K" : ""}thoisu: ${where}: ${problem}\n`),
      });
      bar.finish(sum.seen);
      problems += sum.problems;
      io.out(summaryLine("ingested", { ...sum, skippedFiles }) + "\n");
    }
    if (v.reanalyze) {
      const bar = createProgress(io, "reanalyze", null, { quiet: v.quiet });
      const sum = await reanalyzeStore(store, { batchSize, pool, onProgress: (n) => bar.update(n), onProblem: (id, p) => io.err(`thoisu: ${id}: ${p}\n`) });
      bar.finish(sum.seen);
      problems += sum.problems;
      io.out(summaryLine("re-analysed", sum) + "\n");
    }
  } finally {
    await pool.close();
    await store.close();
  }
  return problems ? 1 : 0;
}
