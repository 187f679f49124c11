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
    cur = runStage(stage, cur, ctx);
  }
  return cutMessage(cur) ?? cur;
}

/** One stage on one document; an exception becomes an error message on the document. */
function runStage(stage: Stage, doc: Doc, ctx: Context): Doc {
  try {
    return stage.run(doc, ctx);
  } catch (err) {
    const m: Message = message(
      `${stage.name}/internal-error`,
      "error",
      `stage ${stage.name} failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return { ...doc, messages: [...doc.messages, m] };
  }
}

/**
 * `runStages` for a batch of documents, stage by stage: each stage runs over every document of
 * the batch before the next stage starts. Each document comes out as `runStages` makes it (the
 * stages are pure; what a stage keeps of a document for a later one is kept per document), but
 * a stage's lexicons and tables stay in the processor's caches from one document to the next
 * instead of being pushed out by the other stages' (about a quarter less CPU per article on news
 * text: `npm run bench:pipeline`). Each document keeps its own time budget: the time its own
 * stages took.
 */
export function runBatch(stages: readonly Stage[], docs: readonly Doc[], ctx: Context): Doc[] {
  if (docs.length <= 1) return docs.map((d) => runStages(stages, d, ctx));
  const clock = ctx.clock ?? (() => performance.now());
  const budget = ctx.limits?.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
  const cur = [...docs];
  const spent = new Float64Array(docs.length);
  const stopped = new Uint8Array(docs.length);
  for (const [i, stage] of stages.entries()) {
    for (let k = 0; k < cur.length; k++) {
      if (stopped[k]) continue;
      if (i > 0 && spent[k]! > budget) {
        cur[k] = overBudget(cur[k]!, stages[i - 1]!.name, spent[k]!, budget, stages.slice(i).map((s) => s.name));
        stopped[k] = 1;
        continue;
      }
      const t0 = clock();
      cur[k] = runStage(stage, cur[k]!, ctx);
      spent[k] = spent[k]! + (clock() - t0);
    }
  }
  return cur.map((d) => cutMessage(d) ?? d);
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
