import type { Article, Section } from "../envelope/types.js";
import { canonicalTones } from "../normalise/tone.js";

/** The contract's article text: [title, lead, ...paragraphs] without nulls, joined by "\n\n". */
export function assemble(article: Article): { text: string; sections: Section[]; matchText: string } {
  const parts: Array<{ kind: Section["kind"]; index: number; s: string }> = [];
  if (article.title) parts.push({ kind: "title", index: 0, s: article.title });
  if (article.lead) parts.push({ kind: "lead", index: 0, s: article.lead });
  article.paragraphs.forEach((s, index) => parts.push({ kind: "paragraph", index, s }));
  const sections: Section[] = [];
  let text = "";
  for (const p of parts) {
    if (text) text += "\n\n";
    sections.push({ kind: p.kind, index: p.index, start: text.length, end: text.length + p.s.length });
    text += p.s;
  }
  return { text, sections, matchText: canonicalTones(text) };
}
