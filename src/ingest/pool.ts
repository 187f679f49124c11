/**
 * A pool of analysis workers (node:worker_threads), one per available core by default.
 * `size` 0 analyses on the calling thread (small inputs, tests).
 *
 * The per-document limits (src/pipeline/limits.ts) go to every worker. The time budget is
 * checked between stages; a worker still busy with one document at twice its budget (a stage
 * that never ends) is stopped and replaced, and that document's result is an error.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { dataStore, type Context } from "../pipeline/stage.js";
import { DEFAULT_LIMITS, type Limits } from "../pipeline/limits.js";
import { analyzeOne, failedResult, type AnalyseResult, type AnalyseTask } from "./analyse.js";

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

export function createPool(size: number, now: Date, limits: Partial<Limits> = {}): Pool {
  if (size <= 0) {
    const ctx: Context = { now, data: dataStore(), limits };
    return { size: 0, run: async (task) => analyzeOne(task, ctx), close: async () => undefined };
  }
  const url = new URL("./worker.js", import.meta.url);
  const budget = limits.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
  // The tasks each worker holds, oldest first (its answers come back in this order).
  const held = new Map<Worker, Pending[]>();
  // When each worker began its oldest task, and the timer that stops it at twice the budget.
  const started = new Map<Worker, { at: number; timer: NodeJS.Timeout }>();
  const watch = (w: Worker) => {
    const old = started.get(w);
    if (old) clearTimeout(old.timer);
    started.delete(w);
    if (!held.get(w)?.length || closed) return;
    const timer = setTimeout(() => stop(w), 2 * budget + 1000);
    timer.unref();
    started.set(w, { at: Date.now(), timer });
  };
  const stop = (w: Worker) => {
    const ps = held.get(w) ?? [];
    held.delete(w);
    started.delete(w);
    void w.terminate();
    const p = ps.shift();
    if (p) p.resolve(failedResult(p.task, `analysis stopped: still running after ${((2 * budget) / 1000).toFixed(0)} s, twice the time budget of ${(budget / 1000).toFixed(0)} s per document`));
    if (closed) return;
    queue.splice(qHead, 0, ...ps);
    spawn();
    dispatch();
  };
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
        if (ps.length === 1) watch(w);
      }
    }
    if (qHead >= queue.length) {
      queue.length = 0;
      qHead = 0;
    }
  };
  const spawn = (): Worker => {
    const w = new Worker(url, { workerData: { now: now.toISOString(), limits } });
    held.set(w, []);
    w.on("message", (r: AnalyseResult) => {
      const p = held.get(w)?.shift();
      p?.resolve(r);
      watch(w);
      dispatch();
    });
    w.on("error", (e) => {
      if (!held.has(w)) return; // stopped by the budget: its tasks went elsewhere
      const ps = held.get(w) ?? [];
      held.delete(w);
      const s = started.get(w);
      if (s) clearTimeout(s.timer);
      started.delete(w);
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
      for (const s of started.values()) clearTimeout(s.timer);
      await Promise.all([...held.keys()].map((w) => w.terminate()));
    },
  };
}
