/**
 * The text captures the pipeline benches read: the seeds and the dev articles of `../shared` (read
 * at run time, never copied), or one sentence of our own when `../shared` is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Capture } from "../src/envelope/types.js";
import { SHARED } from "../test/helpers/shared.js";

export function sharedTextCaptures(fallback: string): Capture[] {
  const captures: Capture[] = [];
  for (const sub of ["corpus/seeds", "corpus/dev"]) {
    const dir = join(SHARED, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
      captures.push({ source: { path: join(dir, f), record_id: null, url: null, fetched_at: null }, bytes: readFileSync(join(dir, f)), kind: "text" });
    }
  }
  if (!captures.length) captures.push({ source: { path: "written.txt", record_id: null, url: null, fetched_at: null }, text: fallback, kind: "text" });
  return captures;
}
