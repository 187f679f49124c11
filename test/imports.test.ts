/**
 * Imports run one way (the house rule): no module of src/ reaches itself through its imports,
 * type-only imports included. A cycle is printed with its modules, so a failure says where to cut.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");

/** The relative imports and re-exports of each .ts file below `root` (as paths of .ts files). */
function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) {
        const deps: string[] = [];
        for (const m of readFileSync(p, "utf8").matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g))
          deps.push(normalize(join(dirname(p), m[1]!.replace(/\.js$/, ".ts"))));
        graph.set(normalize(p), deps);
      }
    }
  };
  walk(root);
  return graph;
}

/** The strongly connected groups of more than one module (Tarjan), or a module importing itself. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(group);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

test("the cycle finder finds cycles (a table of small graphs)", () => {
  const cases: Array<[Record<string, string[]>, number]> = [
    [{ a: ["b"], b: ["c"], c: [] }, 0],
    [{ a: ["b"], b: ["a"] }, 1],
    [{ a: ["b"], b: ["c"], c: ["a"], d: ["a"] }, 1],
    [{ a: ["a"] }, 1],
    [{ a: ["b"], b: ["a"], c: ["d"], d: ["c"] }, 2],
  ];
  for (const [g, n] of cases) assert.equal(cyclesOf(new Map(Object.entries(g))).length, n, JSON.stringify(g));
});

test("src/: imports run one way (no import cycle, type imports included)", () => {
  const graph = importGraph(SRC);
  assert.ok(graph.size > 50, `read ${graph.size} modules under ${SRC}`);
  const cycles = cyclesOf(graph).map((c) => c.map((p) => relative(SRC, p)).join(" → "));
  assert.deepEqual(cycles, []);
});
