import type { Stage } from "../pipeline/stage.js";
import type { Clause, Doc } from "../envelope/types.js";
import { indexText, Vocabulary } from "../text/cues.js";
import { buildClauseLexicon, readClauseData, type ClauseLexicon } from "./lexicon.js";
import { parseSentence, type Atom } from "./parse.js";

/**
 * Clauses stage: each sentence split into clauses (coordination, purpose, condition, time,
 * reported speech, relative and complement clauses) and each clause into groups (subject, verb
 * group with its aspect and modality, object, prepositional groups). Actor names and time
 * expressions of the earlier stages are atoms whose words are never function words.
 * Data: data/clauses/*.json.
 */
export const clausesStage: Stage = {
  name: "clauses",
  after: ["sentences", "actors"],
  run(doc, ctx) {
    // (the vocabulary is shared with the events lexicon: a document is indexed once for both)
    const lex = ctx.data.get("clauses/lexicon", () => buildClauseLexicon(readClauseData(), ctx.data.get("text/vocabulary", () => new Vocabulary())));
    return { ...doc, clauses: parseClauses(doc, lex) };
  },
};

/** The clauses of every sentence of `doc`, in text order. */
export function parseClauses(doc: Pick<Doc, "text" | "matchText" | "sentences" | "mentions" | "timexes">, lex: ClauseLexicon): Clause[] {
  if (!doc.text || !doc.sentences.length) return [];
  const { ix } = indexText(doc.matchText || doc.text, lex.vocab);
  const atoms: Atom[] = [
    ...doc.mentions.map((m) => ({ start: m.start, end: m.end, kind: "name" as const })),
    ...doc.timexes.map((t) => ({ start: t.start, end: t.end, kind: "time" as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // nested or overlapping atoms: the outer one
  const flat: Atom[] = [];
  for (const a of atoms) if (!flat.length || a.start >= flat[flat.length - 1]!.end) flat.push(a);
  const out: Clause[] = [];
  let from = 0;
  doc.sentences.forEach((s, i) => {
    while (from < flat.length && flat[from]!.end <= s.start) from++;
    parseSentence(doc.text, ix, lex, s, i, flat, from, out);
  });
  return out;
}
