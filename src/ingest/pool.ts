/**
 * A pool of analysis workers (node:worker_threads), one per available core by default.
 * `size` 0 analyses on the calling thread (small inputs, tests).
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { dataStore, type Context } from "../pipeline/stage.js";
import { analyzeOne, type AnalyseResult, type AnalyseTask } from "./analyse.js";

export interface Pool {
  readonly size: number;
  run(task: AnalyseTask): Promise<AnalyseResult>;
  close(): Promise<void>;
}

export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

interface Pending {
  task: AnalyseTask;
  resolve: (r: AnalyseResult) => void;
  reject: (e: Error) => void;
}

/**
 * Tasks handed to a worker ahead of its answers: the next one waits in the worker's own
 * message queue, so a worker never sits idle while the main thread is busy (writing a batch
 * to SQLite, which is synchronous) and cannot hand it work. A worker answers in order.
 */
export const IN_FLIGHT = 2;

export function createPool(size: number, now: Date): Pool {
  if (size <= 0) {
    const ctx: Context = { now, data: dataStore() };
    return { size: 0, run: async (task) => analyzeOne(task, ctx), close: async () => undefined };
  }
  const url = new URL("./worker.js", import.meta.url);
  // The tasks each worker holds, oldest first (its answers come back in this order).
  const held = new Map<Worker, Pending[]>();
  const queue: Pending[] = [];
  let qHead = 0;
  let closed = false;
  const dispatch = () => {
    // The least loaded worker first, so tasks spread over all workers.
    for (let load = 0; load < IN_FLIGHT; load++) {
      for (const [w, ps] of held) {
        if (qHead >= queue.length) break;
        if (ps.length > load) continue;
        const p = queue[qHead++]!;
        ps.push(p);
        w.postMessage(p.task);
      }
    }
    if (qHead >= queue.length) {
      queue.length = 0;
      qHead = 0;
    }
  };
  const spawn = (): Worker => {
    const w = new Worker(url, { workerData: { now: now.toISOString() } });
    held.set(w, []);
    w.on("message", (r: AnalyseResult) => {
      const p = held.get(w)?.shift();
      p?.resolve(r);
      dispatch();
    });
    w.on("error", (e) => {
      const ps = held.get(w) ?? [];
      held.delete(w);
      // The task it was analysing failed; the ones waiting behind it go to another worker.
      ps.shift()?.reject(e);
      if (closed) {
        for (const p of ps) p.reject(e);
        return;
      }
      queue.splice(qHead, 0, ...ps);
      // Replace the dead worker so the pool keeps its size.
      spawn();
      dispatch();
    });
    return w;
  };
  for (let i = 0; i < size; i++) spawn();
  return {
    size,
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({ task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all([...held.keys()].map((w) => w.terminate()));
    },
  };
}
