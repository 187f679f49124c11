import { newDoc } from "../../src/envelope/doc.js";
import type { Doc } from "../../src/envelope/types.js";
import { canonicalTones } from "../../src/normalise/tone.js";
import { splitSentences } from "../../src/sentences/split.js";

/** A document of our own text, split into sentences, ready for the time stage (a URL, fetch date or caller date when given). */
export function timeDoc(text: string, opts: { url?: string; fetched?: string; date?: string } = {}): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: opts.url ?? null, fetched_at: opts.fetched ?? null }, text }, { date: opts.date ?? null });
  return { ...d, text, matchText: canonicalTones(text), sentences: splitSentences(text) };
}
