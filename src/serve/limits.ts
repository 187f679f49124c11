/**
 * What one client, or everybody at once, may ask of the server: requests in progress (a gate
 * with a global and a per-address count), and analysis jobs (a bounded queue served in turn
 * by client address, so one client cannot fill it or hold the workers while others wait).
 * Refusals are HttpErrors with a message and Retry-After: 503 when the server is full, 429 when
 * this client has too much in progress.
 */
import { HttpError } from "./paging.js";

export interface ServeLimits {
  /** Reads (lists, articles, search) in progress at once; more get 503. */
  maxInFlight: number;
  /** Reads in progress from one client address; more get 429. */
  perClient: number;
  /** A streamed answer not sent in full after this many ms (a client that does not read) is cut. */
  responseTimeoutMs: number;
  /** Analysis requests waiting for a worker, at most (more get 503). */
  analysisQueue: number;
  /** Analysis requests waiting or running for one client address (more get 429). */
  analysisPerClient: number;
  /** The longest an analysis request waits for a worker before a 503. */
  analysisWaitMs: number;
}

export const DEFAULT_SERVE_LIMITS: ServeLimits = {
  maxInFlight: 64,
  perClient: 32,
  responseTimeoutMs: 30_000,
  analysisQueue: 16,
  analysisPerClient: 4,
  analysisWaitMs: 30_000,
};

const RETRY = { "retry-after": "1" };

/** Requests in progress, in all and per client address. */
export class Gate {
  private inFlight = 0;
  private readonly byClient = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly perClient: number,
  ) {}

  /** Takes a slot for `client` (released by calling the function returned, once), or throws 503/429. */
  enter(client: string): () => void {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.perClient) throw new HttpError(429, `too many requests in progress from your address (${mine}, at most ${this.perClient}): wait for their answers, then retry`, RETRY);
    if (this.inFlight >= this.max) throw new HttpError(503, `the server is busy (${this.inFlight} requests in progress): retry in a moment`, RETRY);
    this.inFlight++;
    this.byClient.set(client, mine + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      const n = (this.byClient.get(client) ?? 1) - 1;
      if (n > 0) this.byClient.set(client, n);
      else this.byClient.delete(client);
    };
  }

  get size(): number {
    return this.inFlight;
  }
}

interface Job {
  client: string;
  start: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Analysis jobs: `slots` run at once; the others wait, at most `maxWaiting` in all and
 * `perClient` per client (waiting or running), and are started in turn by client (one job of
 * each waiting client before a second of any), so a client with many jobs delays only itself.
 */
export class FairQueue {
  private running = 0;
  private waiting = 0;
  private readonly queues = new Map<string, Job[]>();
  private readonly busy = new Map<string, number>();
  /** When each client last had a job started (a count of starts): the longest unserved goes first. */
  private readonly lastStart = new Map<string, number>();
  private starts = 0;

  constructor(
    private readonly slots: number,
    private readonly maxWaiting: number,
    private readonly perClient: number,
    private readonly waitMs: number,
  ) {}

  /** Runs `job` when its turn comes; rejects with 429/503 when it cannot wait, or when `signal` aborts first. */
  run<T>(client: string, job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const mine = this.busy.get(client) ?? 0;
    if (mine >= this.perClient) return Promise.reject(new HttpError(429, `too many analysis requests from your address (${mine} waiting or running, at most ${this.perClient}): wait for their answers, then retry`, RETRY));
    const free = this.running < this.slots && this.waiting === 0;
    if (!free && this.waiting >= this.maxWaiting) return Promise.reject(new HttpError(503, `the analysis queue is full (${this.waiting} requests waiting): retry in a moment`, RETRY));
    this.busy.set(client, mine + 1);
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        this.running--;
        const n = (this.busy.get(client) ?? 1) - 1;
        if (n > 0) this.busy.set(client, n);
        else this.busy.delete(client);
        this.next();
      };
      const begin = () => {
        this.running++;
        this.lastStart.set(client, ++this.starts);
        job().then(resolve, reject).finally(finish);
      };
      if (free) return begin();
      const entry: Job = {
        client,
        start: begin,
        timer: setTimeout(() => drop(new HttpError(503, `no analysis worker became free in ${Math.round(this.waitMs / 1000)} s: retry later`, RETRY)), this.waitMs),
      };
      const drop = (e: Error) => {
        const q = this.queues.get(client);
        const i = q ? q.indexOf(entry) : -1;
        if (i < 0) return;
        q!.splice(i, 1);
        if (!q!.length) this.queues.delete(client);
        this.waiting--;
        clearTimeout(entry.timer);
        const n = (this.busy.get(client) ?? 1) - 1;
        if (n > 0) this.busy.set(client, n);
        else this.busy.delete(client);
        reject(e);
      };
      signal?.addEventListener("abort", () => drop(new HttpError(499, "the client went away")), { once: true });
      let q = this.queues.get(client);
      if (!q) this.queues.set(client, (q = []));
      q.push(entry);
      this.waiting++;
    });
  }

  /** Starts the next job: the oldest of the client served longest ago (clients take turns). */
  private next(): void {
    while (this.running < this.slots && this.waiting > 0) {
      let pick: string | null = null;
      for (const c of this.queues.keys()) if (pick === null || (this.lastStart.get(c) ?? 0) < (this.lastStart.get(pick) ?? 0)) pick = c;
      const q = this.queues.get(pick!)!;
      const job = q.shift()!;
      if (!q.length) this.queues.delete(pick!);
      this.waiting--;
      clearTimeout(job.timer);
      job.start();
    }
    // forget clients with nothing left (the map stays as small as the queue)
    for (const c of this.lastStart.keys()) if (!this.busy.has(c)) this.lastStart.delete(c);
  }

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting };
  }
}

/**
 * Turns for work that blocks the event loop (SQLite reads are synchronous): at most `budgetMs`
 * of it per turn of the loop, the rest waits for the next turn, in order of arrival. So each
 * turn stays short and the loop keeps accepting connections and answering small requests
 * (/health) between the chunks of long lists. (Node accepts one new connection per turn: a
 * turn of 400 ms makes a new client wait seconds behind others.)
 */
export class Turns {
  private readonly queue: Array<() => void> = [];
  private busy = false;
  private scheduled = false;
  private turnStart = -Infinity;

  constructor(private readonly budgetMs = 8) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.busy || this.queue.length || performance.now() - this.turnStart >= this.budgetMs) {
      await new Promise<void>((resolve) => {
        this.queue.push(resolve);
        this.schedule();
      });
    } else {
      this.busy = true;
      if (this.turnStart === -Infinity) this.turnStart = performance.now();
    }
    try {
      return await fn();
    } finally {
      this.busy = false;
      this.next();
    }
  }

  /** Lets the next waiter run if this turn has time left, else in the next turn. */
  private next(): void {
    if (!this.queue.length || this.busy) return;
    if (performance.now() - this.turnStart < this.budgetMs) {
      this.busy = true;
      this.queue.shift()!();
    } else this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.turnStart = performance.now();
      this.next();
    });
  }
}
