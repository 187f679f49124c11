import { openStore, storeLocation } from "../../store/open.js";
import { createPool, defaultPoolSize } from "../../ingest/pool.js";
import { reanalyzeStore } from "../../ingest/ingest.js";
import { createProgress } from "../progress.js";
import type { CommandIO } from "../io.js";
import { parseCommand, parseCount } from "../options.js";
import { summaryLine } from "./ingest.js";

export const help = `thoisu reanalyze [--db FILE|URL] [--batch N] [--jobs N] [--quiet]

Re-analyses, from their stored captures, the stored articles written by an older analyser
version, and updates their story events, search entries and actor counts.`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      batch: { type: "string" },
      jobs: { type: "string", short: "j" },
      quiet: { type: "boolean", short: "q", default: false },
    },
    help,
    io,
    { positionals: false },
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now, create: false });
  const pool = createPool(parseCount(v.jobs, "--jobs", defaultPoolSize()), io.now());
  try {
    const bar = createProgress(io, "reanalyze", null, { quiet: v.quiet });
    const sum = await reanalyzeStore(store, { batchSize: Math.max(1, parseCount(v.batch, "--batch", 200)), pool, onProgress: (n) => bar.update(n), onProblem: (id, p) => io.err(`thoisu: ${id}: ${p}\n`) });
    bar.finish(sum.seen);
    io.out(summaryLine("re-analysed", sum) + "\n");
    return sum.problems ? 1 : 0;
  } finally {
    await pool.close();
    await store.close();
  }
}
