/**
 * Content words of a text for the story stage: the wording of two reports compared (merge) and
 * the terms that tell one story from another (threads). Lower case with canonical tones; function
 * words and the frame words of news reports (data/extract/function-words.json,
 * data/story/stopwords.json) and numbers left out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { rawForm } from "../search/fold.js";

let stop: Set<string> | null = null;

/** Syllables that carry no topic (loaded once per process). */
export function stopSyllables(): Set<string> {
  if (!stop) {
    const fw = JSON.parse(readFileSync(join(DATA_DIR, "extract/function-words.json"), "utf8")) as { words: string[] };
    const sw = JSON.parse(readFileSync(join(DATA_DIR, "story/stopwords.json"), "utf8")) as { words: string[] };
    stop = new Set([...fw.words, ...sw.words].flatMap((w) => rawForm(w).split(/\s+/)));
  }
  return stop;
}

const SYLLABLE = /[\p{L}]+/gu;

/** The syllables of a text in order, lower case with canonical tones (letters only). */
export function syllables(text: string): string[] {
  return rawForm(text).match(SYLLABLE) ?? [];
}

const recent = new Map<string, string[]>();

/** Distinct content syllables of a sentence (the wording a merge compares); the result is shared, not to be changed. */
export function contentWords(text: string): string[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const sw = stopSyllables();
  const out = [...new Set(syllables(text).filter((s) => s.length > 1 && !sw.has(s)))];
  if (recent.size >= 2000) recent.delete(recent.keys().next().value!);
  recent.set(text, out);
  return out;
}

/** Share of the smaller set found in the other (0 when either is empty). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [s, l] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n / s.length;
}
