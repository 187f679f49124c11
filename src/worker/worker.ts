/**
 * A queue worker: claims captures from the shared store (see `Store.claim`), analyses them in
 * its pool, and stores the analyses while marking the jobs done in one transaction. A lease
 * is renewed (heartbeat) while the batch is analysed; a worker that dies stops renewing, its
 * lease expires and another worker takes the jobs over. Nothing is stored twice: completion
 * only counts for jobs the lease still holds, and the store is idempotent by capture id.
 */
import { hostname } from "node:os";
import type { Store } from "../store/store.js";
import type { Pool } from "../ingest/pool.js";
import { addResults } from "../ingest/ingest.js";
import { captureOf } from "../ingest/prepare.js";
import { emptyResult, type IngestResult } from "../store/store.js";

export interface WorkerOptions {
  name?: string;
  /** Jobs claimed at a time (default 10). */
  batch?: number;
  /** Lease length in ms (default 60 s); renewed every third of it while working. */
  leaseMs?: number;
  /** Wait between polls of an empty queue, ms (default 2 s). */
  pollMs?: number;
  /** Claims after which a job that never completes is marked failed (default 5). */
  maxAttempts?: number;
  /** Stop when nothing is pending or claimed (instead of waiting for more work). */
  drain?: boolean;
  pool: Pool;
  /** Aborted: finish the batch in hand, then stop. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface WorkerSummary extends IngestResult {
  claims: number;
  jobs: number;
  /** Jobs whose lease was taken over before this worker completed them (not stored by it). */
  lost: number;
  problems: number;
}

export function defaultWorkerName(): string {
  return `${hostname()}:${process.pid}`;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

export async function runWorker(store: Store, o: WorkerOptions): Promise<WorkerSummary> {
  const name = o.name ?? defaultWorkerName();
  const leaseMs = o.leaseMs ?? 60_000;
  const log = o.log ?? (() => undefined);
  const sum: WorkerSummary = { ...emptyResult(), claims: 0, jobs: 0, lost: 0, problems: 0 };
  while (!o.signal?.aborted) {
    const claim = await store.claim(name, { limit: o.batch ?? 10, leaseMs, maxAttempts: o.maxAttempts });
    if (!claim) {
      if (o.drain) {
        const q = await store.queueStats();
        if (q.pending === 0 && q.claimed === 0) break;
      }
      await sleep(o.pollMs ?? 2000, o.signal);
      continue;
    }
    sum.claims++;
    sum.jobs += claim.jobs.length;
    log(`${name}: claimed ${claim.jobs.length}`);
    let renewing: Promise<unknown> = Promise.resolve();
    const beat = setInterval(() => {
      renewing = store.renew(claim.token, leaseMs).catch((e: unknown) => log(`${name}: lease renewal failed: ${e instanceof Error ? e.message : String(e)}`));
    }, Math.max(50, Math.floor(leaseMs / 3)));
    try {
      const results = await Promise.all(claim.jobs.map((j, n) => o.pool.run({ n, capture: captureOf(j.capture), options: j.capture.options })));
      const out = results.map((r) => {
        const job = claim.jobs[r.n]!;
        // The id is the hash of the capture: the same article whoever analyses it.
        if (r.prepared.record.id !== job.id) r.prepared.record = { ...r.prepared.record, id: job.id };
        if (r.errors.length) {
          sum.problems++;
          log(`${name}: ${job.capture.source.path ?? job.capture.source.url ?? job.id}: ${r.errors.join("; ")}`);
        }
        return { id: job.id, prepared: r.prepared, error: r.errors.length ? r.errors.join("; ") : null };
      });
      clearInterval(beat);
      await renewing;
      const done = await store.complete(claim.token, out);
      addResults(sum, done.result);
      sum.lost += done.lost;
      if (done.lost) log(`${name}: ${done.lost} job(s) taken over by another worker after the lease expired`);
    } catch (e) {
      clearInterval(beat);
      await renewing;
      // Give the jobs back now rather than when the lease runs out.
      await store.release(claim.token).catch(() => undefined);
      throw e;
    }
  }
  return sum;
}
