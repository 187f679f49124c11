import type { Doc, Quote } from "../envelope/types.js";
import type { Arg } from "./args.js";
import type { Lexicon } from "./lexicon.js";
import type { TokenIndex } from "../text/cues.js";
import { SpanIndex } from "../envelope/spans.js";

// At most 5000 characters inside (a longer "quotation" is a stray mark): an opening mark without
// its closing one costs a bounded look-ahead, not a scan to the end of the text.
const QUOTE = /“([^”]{8,5000}?)”|"([^"\n]{8,5000}?)"/gu;
const SPEAKERS = new Set(["person", "org", "gpe", "anaphor"]);

/**
 * Quotations and their speakers: “…” or "…" with the actor of the speech verb before it
 * ("X nhấn mạnh: “…”") or after it ("“…”, ông X nói").
 */
export function findQuotes(doc: Doc, lower: string, ix: TokenIndex, args: Arg[], lex: Lexicon): Quote[] {
  const out: Quote[] = [];
  const text = doc.text;
  const people = new SpanIndex(args.filter((a) => SPEAKERS.has(a.kind) && a.ids.length === 1));
  for (const m of text.matchAll(QUOTE)) {
    const start = m.index;
    const end = start + m[0].length;
    const inner = m[1] ?? m[2] ?? "";
    // a short quoted name ("chế độ an ninh") is no quotation
    if (inner.split(/\s+/u).length < 4) continue;
    let speaker: string | null = null;
    // after: “…”, <speaker> <verb>
    const verbAfter = lex.reporting.findIn(ix, end, Math.min(lower.length, end + 120))[0];
    if (verbAfter) {
      const cands = people.within(end, verbAfter.start);
      if (cands.length && !/[.!?]/u.test(lower.slice(end, cands[0]!.start))) speaker = cands[cands.length - 1]!.ids[0] ?? null;
      // "“…”, ông cho biết": a person's pronoun alone before the verb is the person last named before the quotation
      else if (!cands.length && pronounOnly(lex, ix, end, verbAfter.start)) speaker = lastPerson(args, start);
    }
    if (!speaker) {
      // before: <speaker> ... <verb>: “…”
      const from = Math.max(0, start - 200);
      const lineStart = from + text.slice(from, start).lastIndexOf("\n") + 1;
      const verbs = lex.reporting.findIn(ix, lineStart, start);
      const v = verbs[verbs.length - 1];
      if (v) {
        const cands = people.within(lineStart, v.start);
        if (cands.length) speaker = cands[cands.length - 1]!.ids[0] ?? null;
      }
    }
    out.push({ speaker, text: inner, start: start + 1, end: end - 1 });
  }
  return out;
}

/** Whether [a, b) holds a person's pronoun and nothing else but spaces and punctuation (cues.json speakerPronouns). */
function pronounOnly(lex: Lexicon, ix: TokenIndex, a: number, b: number): boolean {
  return lex.speakerPronouns.startsWith(ix, a, b) !== null && lex.speakerPronouns.endsIn(ix, a, b) && ix.firstFrom(b) - ix.firstAfter(a) <= 1;
}

/** The person named last before `at` (within a few paragraphs), or null. `args` are in text order. */
function lastPerson(args: readonly Arg[], at: number): string | null {
  // (the last argument starting before `at`, found by halving: a long text with many quotations costs no scan per quotation)
  let lo = 0;
  let hi = args.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (args[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const a = args[k]!;
    if (at - a.start > 1500) break;
    if (a.end <= at && a.kind === "person" && a.ids.length === 1) return a.ids[0]!;
  }
  return null;
}
