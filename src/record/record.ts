import type { Doc } from "../envelope/types.js";

/** The analysis record of spec/CONTRACT.md, built from a finished envelope. */
export interface AnalysisRecord {
  id: string;
  source: Doc["source"];
  language: string | null;
  outlet: string | null;
  title: string | null;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  author: string | null;
  credits: string[];
  published: string | null;
  reference_date: Doc["referenceDate"];
  timexes: Array<{ text: string; start: number; end: number; type: string; value: string }>;
  actors: Doc["actors"];
  mentions: Doc["mentions"];
  events: Doc["events"];
  quotes: Doc["quotes"];
  messages: Doc["messages"];
  analyzer: { name: "thoisu"; version: string };
}

export const ANALYZER_VERSION = "0.1.0";

export function toRecord(doc: Doc): AnalysisRecord {
  const a = doc.article;
  return {
    id: doc.id,
    source: doc.source,
    language: doc.language,
    outlet: a?.outlet ?? null,
    title: a?.title ?? null,
    lead: a?.lead ?? null,
    paragraphs: a?.paragraphs ?? [],
    captions: a?.captions ?? [],
    author: a?.author ?? null,
    credits: a?.credits ?? [],
    published: a?.published ?? null,
    reference_date: doc.referenceDate,
    timexes: doc.timexes.map((t) => ({ text: t.text, start: t.start, end: t.end, type: t.type, value: t.value })),
    actors: doc.actors,
    mentions: doc.mentions,
    events: doc.events,
    quotes: doc.quotes,
    messages: doc.messages,
    analyzer: { name: "thoisu", version: ANALYZER_VERSION },
  };
}
