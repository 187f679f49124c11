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

export function createPool(size: number, now: Date): Pool {
  if (size <= 0) {
    const ctx: Context = { now, data: dataStore() };
    return { size: 0, run: async (task) => analyzeOne(task, ctx), close: async () => undefined };
  }
  const url = new URL("./worker.js", import.meta.url);
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let closed = false;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const p = queue.shift()!;
      busy.set(w, p);
      w.postMessage(p.task);
    }
  };
  const spawn = (): Worker => {
    const w = new Worker(url, { workerData: { now: now.toISOString() } });
    w.on("message", (r: AnalyseResult) => {
      const p = busy.get(w);
      busy.delete(w);
      idle.push(w);
      p?.resolve(r);
      dispatch();
    });
    w.on("error", (e) => {
      const p = busy.get(w);
      busy.delete(w);
      p?.reject(e);
      // Replace the dead worker so the pool keeps its size.
      if (!closed) {
        idle.push(spawn());
        dispatch();
      }
    });
    return w;
  };
  for (let i = 0; i < size; i++) idle.push(spawn());
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
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
