import { hash } from "node:crypto";
import type { Capture, CallerOptions, Doc, Message, Severity } from "./types.js";

/** A fresh envelope for a capture; layers are filled by the stages. */
export function newDoc(capture: Capture, options: CallerOptions): Doc {
  // (one-shot hashing: the same digest as createHash().update().digest(), without a Hash object per document)
  const digest = hash("sha256", capture.bytes ?? capture.text ?? "", "hex");
  return {
    id: digest.slice(0, 24),
    source: {
      ...capture.source,
      url: capture.source.url ?? options.url ?? null,
      fetched_at: capture.source.fetched_at ?? options.fetchedAt ?? null,
    },
    capture,
    options,
    encoding: null,
    raw: "",
    rawKind: capture.kind ?? "text",
    language: null,
    article: null,
    text: "",
    sections: [],
    matchText: "",
    sentences: [],
    clauses: [],
    referenceDate: { value: null, basis: "none" },
    timexes: [],
    actors: [],
    mentions: [],
    events: [],
    quotes: [],
    messages: [],
  };
}

export function message(
  rule: string,
  severity: Severity,
  text: string,
  start: number | null = null,
  end: number | null = null,
): Message {
  return { rule, severity, text, start, end };
}

/** Returns `doc` with messages appended (stages stay pure). */
export function withMessages(doc: Doc, ...messages: Message[]): Doc {
  return messages.length ? { ...doc, messages: [...doc.messages, ...messages] } : doc;
}

/** True when a message of severity "error" says the document could not be analysed. */
export function failed(doc: Doc): boolean {
  return doc.messages.some((m) => m.severity === "error");
}
