/**
 * The seeds and the dev set read blind, as a raw capture gives them: no URL, no fetch date. Each
 * article's analysis is handed over with its gold reference date (null when the gold has none), so a
 * test can count what the text alone settles. Callers print counts only: per-article results of the
 * held-out half are not shown.
 */
import { readFileSync, readdirSync } from "node:fs";
import type { Doc } from "../../src/envelope/types.js";
import { analyze } from "../../src/pipeline/analyze.js";
import type { Context } from "../../src/pipeline/stage.js";
import { captureFromJson } from "../../src/capture/inputs.js";
import { sharedFile } from "./shared.js";

function goldReference(set: string, name: string): string | null {
  try {
    return (JSON.parse(readFileSync(sharedFile(`gold/${set}/${name}.json`), "utf8")) as { reference_date?: string }).reference_date ?? null;
  } catch {
    return null;
  }
}

export function eachBlindArticle(ctx: Context, visit: (doc: Doc, goldReferenceDate: string | null) => void): void {
  for (const f of readdirSync(sharedFile("corpus/seeds")).filter((x) => x.endsWith(".txt"))) {
    const path = sharedFile(`corpus/seeds/${f}`);
    visit(analyze({ source: { path, record_id: null, url: null, fetched_at: null }, bytes: readFileSync(path), kind: "text" }, {}, ctx), goldReference("seeds", f.replace(/\.txt$/, "")));
  }
  for (const line of readFileSync(sharedFile("corpus/dev.jsonl"), "utf8").split("\n").filter(Boolean)) {
    const item = captureFromJson(line, "dev.jsonl");
    if (!item.ok) continue;
    const c = item.capture;
    visit(analyze({ ...c, source: { ...c.source, url: null, fetched_at: null } }, {}, ctx), goldReference("dev", c.source.record_id ?? ""));
  }
}
