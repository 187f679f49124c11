import type { ExtractInput, ExtractResult } from "./stage.js";

/** Placeholder: first line is the title, the rest paragraphs. Replaced by the real extractor. */
export function extractText(input: ExtractInput): ExtractResult {
  const lines = input.raw.split("\n").map((l) => l.trim()).filter(Boolean);
  return {
    article: {
      title: lines[0] ?? null,
      lead: null,
      paragraphs: lines.slice(1),
      captions: [],
      author: null,
      outlet: null,
      credits: [],
      published: null,
    },
    messages: [],
  };
}
