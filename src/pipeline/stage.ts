import type { Doc, Message } from "../envelope/types.js";
import { message } from "../envelope/doc.js";
import { cutMessage, DEFAULT_LIMITS, overBudget, type Limits } from "./limits.js";

/**
 * Everything a stage may depend on besides the document: no stage reads the system clock,
 * the environment or the file system on its own.
 */
export interface Context {
  /** The wall clock of the run, pinned in tests. Only used for record metadata, never for dates in text. */
  now: Date;
  /** Lexicons and other data, loaded once per process and shared by every document. */
  data: DataStore;
  /** What one document may cost (src/pipeline/limits.ts); defaults for what is not given. */
  limits?: Partial<Limits>;
  /** A monotonic clock in ms for the time budget (default performance.now; pinned in tests). */
  clock?: () => number;
}

/** Loads a named data set once and caches it. Stages ask for what they need by name. */
export interface DataStore {
  get<T>(name: string, load: () => T): T;
}

export function dataStore(): DataStore {
  const cache = new Map<string, unknown>();
  return {
    get<T>(name: string, load: () => T): T {
      if (!cache.has(name)) cache.set(name, load());
      return cache.get(name) as T;
    },
  };
}

export interface Stage {
  /** Folder name of the stage; used as the prefix of its message rules. */
  name: string;
  /** Stages listed here must have run before this one. */
  after?: string[];
  /** Pure: returns a new envelope with this stage's layer added. May throw only on bugs. */
  run(doc: Doc, ctx: Context): Doc;
}

/**
 * Runs the stages in order. A stage that throws is a bug, but one bug must not lose the
 * document or the batch: the exception becomes an error message on the document and the
 * remaining stages still run on what there is. When the document's time budget is spent, the
 * stages left are skipped with an error message. A plain-text capture of which extraction kept
 * only a small part gets a warning saying what was left out.
 */
export function runStages(stages: readonly Stage[], doc: Doc, ctx: Context): Doc {
  let cur = doc;
  const clock = ctx.clock ?? (() => performance.now());
  const budget = ctx.limits?.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
  const t0 = clock();
  for (const [i, stage] of stages.entries()) {
    const spent = clock() - t0;
    if (i > 0 && spent > budget) {
      cur = overBudget(cur, stages[i - 1]!.name, spent, budget, stages.slice(i).map((s) => s.name));
      break;
    }
    try {
      cur = stage.run(cur, ctx);
    } catch (err) {
      const m: Message = message(
        `${stage.name}/internal-error`,
        "error",
        `stage ${stage.name} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      cur = { ...cur, messages: [...cur.messages, m] };
    }
  }
  return cutMessage(cur) ?? cur;
}

/** Checks that every stage's `after` is satisfied by the order given. */
export function checkOrder(stages: readonly Stage[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const s of stages) {
    for (const dep of s.after ?? []) if (!seen.has(dep)) problems.push(`${s.name} must run after ${dep}`);
    seen.add(s.name);
  }
  return problems;
}
