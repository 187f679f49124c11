/**
 * The document envelope: one typed object that every pipeline stage reads and extends.
 * Stages never mutate it in place; each returns a new envelope with its own layer added
 * (see `pipeline/stage.ts`). Offsets (`start`, `end`) always index `Doc.text`, the article
 * text `[title, lead, ...paragraphs]` joined by "\n\n" (UTF-16 code units, end exclusive).
 */

export type Severity = "error" | "warning" | "info";

/** A located problem: what a stage reports instead of throwing. */
export interface Message {
  rule: string; // "<stage>/<problem>", e.g. "capture/invalid-utf8"
  severity: Severity;
  text: string;
  start: number | null;
  end: number | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Source {
  path: string | null;
  record_id: string | null;
  url: string | null;
  fetched_at: string | null;
}

/** The content of one capture as it arrived: bytes or already-decoded text. */
export interface Capture {
  source: Source;
  /** Raw bytes when read from a file; strings from JSONL records are passed as `text`. */
  bytes?: Uint8Array;
  text?: string;
  /** "html" or "text" when the container says so (a `.html` file, a JSONL "html" field). */
  kind?: "html" | "text";
}

export type ReferenceBasis = "published" | "fetched" | "given" | "inferred" | "none";

export interface ReferenceDate {
  value: string | null;
  basis: ReferenceBasis;
  /** How sure the time stage is: high (stated, or one reading left), medium, low (the year is a guess). */
  confidence?: "high" | "medium" | "low";
  /** False when the year is a guess: yearless dates then keep XXXX. */
  year_known?: boolean;
  /** Where the reference date lies by the hard evidence (ISO days, inclusive; null: open). */
  interval?: { from: string | null; to: string | null };
  /** The clues that decided, strongest first (src/time/reference.ts `Clue`). */
  clues?: Array<{ kind: string; from: string | null; to: string | null; weight: number; text?: string }>;
}

/** What the extractor found in the page. All strings are NFC, in the article's own spelling. */
export interface Article {
  title: string | null;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  author: string | null;
  outlet: string | null;
  credits: string[];
  /** ISO 8601, as precise as the page states it, or null. */
  published: string | null;
}

export type SectionKind = "title" | "lead" | "paragraph";
export interface Section extends Span {
  kind: SectionKind;
  index: number;
}

export interface Timex extends Span {
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
  /** Optional machine detail (how the value was reached); not part of the contract. */
  anchor?: string;
}

export type ActorType = "person" | "gpe" | "place" | "org" | "media";

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  code: string | null;
}

export interface Mention extends Span {
  actor: string;
  text: string;
}

export type EventStatus =
  | "occurred"
  | "ongoing"
  | "planned"
  | "proposed"
  | "cancelled"
  | "denied"
  | "hypothetical";

export interface EventRecord extends Span {
  id: string;
  type: string;
  mode: string | null;
  actor: string[];
  recipient: string[];
  third_party: string[];
  location: string | null;
  date: string | null;
  status: EventStatus;
  attribution: string[];
  text: string;
}

/**
 * The clause layer (src/clauses/): each sentence split into clauses, each clause into groups.
 * Function words and markers come from data/clauses/*.json.
 */
export type ClauseKind =
  /** a sentence's own clause, or one joined to it by a comma */
  | "main"
  /** joined by và / đồng thời / nhưng …; without a subject of its own it shares its parent's */
  | "coordinate"
  /** what a reporting verb reports ("cho biết / nói rằng / tuyên bố …"); parent: the reporting clause */
  | "reported"
  /** purpose: "để …", "nhằm …"; its subject is its parent's */
  | "purpose"
  /** condition: "nếu …", "trong trường hợp …" */
  | "condition"
  /** time: "khi …", "sau khi …", "trước khi …", "kể từ khi …" */
  | "temporal"
  /** cause or concession: "vì …", "mặc dù …" */
  | "cause"
  | "concession"
  /** a relative clause on the noun before it: "mà …", "vốn …", "do X dẫn đầu" */
  | "relative"
  /** what a verb's object does: "kêu gọi [Nga rút quân]", "muốn [Hamas trao trả con tin]" */
  | "complement"
  /** a fronted clause without subject whose subject is the next clause's: "Phát biểu tại họp báo, X …" */
  | "adjunct";

export type MarkerClass = "aspect" | "modality" | "negation" | "passive" | "adverb";

/** A word of a verb group before its head: aspect (đã, sẽ), modality (có thể, muốn), negation, passive, adverb. */
export interface ClauseMarker extends Span {
  cue: string;
  class: MarkerClass;
  /** What it says, from data/clauses/markers.json ("past", "future", "possible", "refuse" …). */
  label: string;
}

export type GroupKind = "subject" | "verb" | "object" | "prep";

export interface ClauseGroup extends Span {
  kind: GroupKind;
  /** prep: the preposition ("với", "giữa", "tại" …); verb: the head verb as matched (lower-case) or null when unknown. */
  cue: string | null;
  /** prep: its role ("with", "between", "at", "for", "about", "target", "of" …); verb: "report", "light", "copula", "motion" or null. */
  role: string | null;
  /** verb: the head verb (after its markers); null for other groups. */
  head: Span | null;
  /** verb: the markers before the head, in order (a modal word heading the group when no verb follows it is its last marker too); [] for other groups. */
  markers: ClauseMarker[];
}

export interface Clause extends Span {
  /** Index of the sentence in `Doc.sentences`. */
  sentence: number;
  kind: ClauseKind;
  /** Index in `Doc.clauses` of the clause this one depends on (null for a sentence's first main clause). */
  parent: number | null;
  /** The connective or complementiser that opens it ("để", "nếu", "rằng", "và" …), or null. */
  marker: (Span & { cue: string }) | null;
  /** True when it has no subject of its own and shares its parent's (coordinated verbs, purpose, dropped subjects). */
  inherits: boolean;
  /** Its groups in text order, not overlapping; at most one "verb" group. */
  groups: ClauseGroup[];
}

export interface Quote extends Span {
  speaker: string | null;
  text: string;
}

/** Options a caller gives for every document (CLI flags, API fields). */
export interface CallerOptions {
  url?: string | null;
  fetchedAt?: string | null;
  /** `--date`: the reference date to use when the page states none. */
  date?: string | null;
  /**
   * Reference dates of dated articles of the same story (set by the store, src/ingest/settle.ts):
   * a clue to the year of an article whose text leaves it open.
   */
  storyDates?: string[] | null;
}

export interface Doc {
  /** Stable id: hash of the capture's bytes. */
  id: string;
  source: Source;
  /** The capture as it arrived; read by the capture stage, not serialised. */
  capture: Capture;
  options: CallerOptions;
  /** Decoding layer. */
  encoding: string | null;
  /** The decoded, NFC-normalised page content. */
  raw: string;
  rawKind: "html" | "text";
  language: string | null;
  /** Extraction layer. */
  article: Article | null;
  /** The article text every offset refers to, and where each section sits in it. */
  text: string;
  sections: Section[];
  /**
   * `text` with one canonical tone-mark placement and nothing else changed: same length,
   * same offsets. Matchers (time words, actor names, triggers) read this.
   */
  matchText: string;
  /** Understanding layers, added by later stages. */
  sentences: Span[];
  /** Clauses of every sentence, in text order (the clauses stage). */
  clauses: Clause[];
  referenceDate: ReferenceDate;
  timexes: Timex[];
  actors: Actor[];
  mentions: Mention[];
  /**
   * States named only after a noun for their people or goods ("hàng hóa Canada", "các nhà ngoại giao
   * Nga"), with those mentions: not in `actors`/`mentions`, but possible sides of an event (the events
   * stage adds to `actors` and `mentions` those it uses).
   */
  weakActors?: Actor[];
  weakMentions?: Mention[];
  events: EventRecord[];
  quotes: Quote[];
  messages: Message[];
}
