import { openStore, storeLocation } from "../../store/open.js";
import { createPool } from "../../ingest/pool.js";
import { defaultWorkerName, runWorker } from "../../worker/worker.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCommand, parseCount } from "../options.js";
import { summaryLine } from "./ingest.js";

export const help = `thoisu worker [--db URL|FILE] [--name NAME] [--batch N] [--lease SECONDS] [--poll SECONDS] [--jobs N] [--drain] [--status]

Analyses captures from the store's shared queue (put there by thoisu enqueue). Run any
number of workers on any number of machines against one PostgreSQL store (--db postgres://…
or THOISU_DB): each claims --batch jobs (default 10) under a lease (--lease, default 60 s)
that it renews while it works; a worker that dies loses its lease and another takes its jobs
over, so every capture is stored exactly once. A job whose lease runs out --max-attempts
times (default 5) is marked failed. Without --drain the worker waits for more work until
interrupted (Ctrl-C finishes the batch in hand); with --drain it stops when nothing is left.
--jobs: analysis threads (default 1; 0 analyses on the main thread). --status prints the
queue's counts and exits.`;

function seconds(v: string | undefined, flag: string, dflt: number): number {
  if (v == null) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a positive number of seconds, not "${v}"`);
  return n;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      name: { type: "string" },
      batch: { type: "string" },
      lease: { type: "string" },
      poll: { type: "string" },
      jobs: { type: "string", short: "j" },
      "max-attempts": { type: "string" },
      drain: { type: "boolean", default: false },
      status: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
    },
    help,
    io,
    { positionals: false },
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const batch = Math.max(1, parseCount(v.batch, "--batch", 10));
  const leaseMs = Math.round(seconds(v.lease, "--lease", 60) * 1000);
  const pollMs = Math.round(seconds(v.poll, "--poll", 2) * 1000);
  const jobs = parseCount(v.jobs, "--jobs", 1);
  const maxAttempts = Math.max(1, parseCount(v["max-attempts"], "--max-attempts", 5));
  const name = v.name?.trim() || defaultWorkerName();
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now, create: !v.status });
  if (v.status) {
    try {
      const q = await store.queueStats();
      io.out(`queue: ${q.pending} pending, ${q.claimed} claimed, ${q.done} done, ${q.failed} failed\n`);
      return 0;
    } finally {
      await store.close();
    }
  }
  const pool = createPool(jobs, io.now());
  const ctl = new AbortController();
  let signals = 0;
  const onSignal = () => {
    if (++signals > 1) process.exit(130);
    io.err(`thoisu worker ${name}: stopping after the batch in hand (again to quit now)\n`);
    ctl.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const sum = await runWorker(store, {
      name,
      batch,
      leaseMs,
      pollMs,
      maxAttempts,
      drain: v.drain,
      pool,
      signal: ctl.signal,
      log: v.quiet ? undefined : (l) => io.err(`thoisu worker ${l}\n`),
    });
    const lost = sum.lost ? `, ${sum.lost} taken over by others` : "";
    io.out(`${summaryLine(`worker ${name}: analysed`, { ...sum, seen: sum.jobs, batches: sum.claims })}${lost}\n`);
    return sum.problems ? 1 : 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await pool.close();
    await store.close();
  }
}
