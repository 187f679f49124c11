import assert from "node:assert/strict";
import { newDoc } from "../../src/envelope/doc.js";
import { assemble } from "../../src/text/assemble.js";
import type { Actor, Doc, Timex } from "../../src/envelope/types.js";
import { splitSentences } from "../../src/events/text.js";
import { buildClauseLexicon } from "../../src/clauses/lexicon.js";
import { parseClauses } from "../../src/clauses/stage.js";

const clauseLexicon = buildClauseLexicon();

/** Test actors named by their id: a state, a place, a person, an organisation with its code. */
export const gpe = (id: string, code: string): Actor => ({ id, name: id, type: "gpe", code });
export const place = (id: string, code: string): Actor => ({ id, name: id, type: "place", code });
export const person = (id: string, code: string): Actor => ({ id, name: id, type: "person", code });
export const org = (id: string, code: string): Actor => ({ id, name: id, type: "org", code });

/** The states most event tables name, by their Vietnamese surface forms (each table adds its own). */
export const COMMON_STATES: Readonly<Record<string, Actor>> = {
  Nga: gpe("Russia", "RUS"),
  Ukraine: gpe("Ukraine", "UKR"),
  Mỹ: gpe("United_States", "USA"),
  Israel: gpe("Israel", "ISR"),
  Qatar: gpe("Qatar", "QAT"),
};

/** Bodies, groups and leaders the event tables name most (one table, shared; a table adds its own beside it). */
export const COMMON_ACTORS: Readonly<Record<string, Actor>> = {
  "Đài Loan": gpe("Taiwan", "TWN"),
  "Ba Lan": gpe("Poland", "POL"),
  Hamas: org("Hamas", "HAMAS"),
  EU: org("European_Union", "EU"),
  NATO: org("NATO", "NATO"),
  "Tổng thống Trump": person("Donald_Trump", "USA"),
  "Tổng thống Putin": person("Vladimir_Putin", "RUS"),
  "Thủ tướng Modi": person("Narendra_Modi", "IND"),
};

/** States of every region the event tables name, beside COMMON_STATES (one table, shared). */
export const WORLD_STATES: Readonly<Record<string, Actor>> = {
  Iran: gpe("Iran", "IRN"),
  "Trung Quốc": gpe("China", "CHN"),
  "Nhật Bản": gpe("Japan", "JPN"),
  "Hàn Quốc": gpe("South_Korea", "KOR"),
  "Triều Tiên": gpe("North_Korea", "PRK"),
  "Ấn Độ": gpe("India", "IND"),
  Pakistan: gpe("Pakistan", "PAK"),
  Pháp: gpe("France", "FRA"),
  Đức: gpe("Germany", "DEU"),
  Anh: gpe("United_Kingdom", "GBR"),
  Philippines: gpe("Philippines", "PHL"),
  "Ai Cập": gpe("Egypt", "EGY"),
  Venezuela: gpe("Venezuela", "VEN"),
};

/**
 * A hand-built envelope for the events stage: the paragraphs assembled as the extract stage would,
 * every surface form of `actors` in the text becomes a mention (longest first, whole words),
 * `timexes` ([text, value]) are placed where their text first stands, and the clauses stage runs. A headline and
 * a lead (`head`) come before the paragraphs when given.
 */
export function envelopeFrom(actors: Record<string, Actor>, paragraphs: string[], timexes: Array<[string, string]> = [], head: { title?: string; lead?: string } = {}): Doc {
  const doc = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: paragraphs.join("\n\n") }, {});
  const a = assemble({ title: head.title ?? null, lead: head.lead ?? null, paragraphs, captions: [], author: null, outlet: null, credits: [], published: null });
  const mentions: Doc["mentions"] = [];
  const used = new Set<string>();
  const taken: boolean[] = new Array(a.text.length).fill(false);
  for (const n of Object.keys(actors).sort((x, y) => y.length - x.length)) {
    for (let i = a.text.indexOf(n); i >= 0; i = a.text.indexOf(n, i + 1)) {
      if (taken.slice(i, i + n.length).some(Boolean)) continue;
      const after = a.text[i + n.length];
      if (after && /\p{L}/u.test(after)) continue;
      for (let k = i; k < i + n.length; k++) taken[k] = true;
      mentions.push({ actor: actors[n]!.id, text: n, start: i, end: i + n.length });
      used.add(n);
    }
  }
  const tx: Timex[] = [];
  for (const [t, value] of timexes) {
    const i = a.text.indexOf(t);
    assert.ok(i >= 0, `timex ${t} not in text`);
    tx.push({ text: t, start: i, end: i + t.length, type: "DATE", value });
  }
  const built: Doc = {
    ...doc,
    ...a,
    sentences: splitSentences(a.text, a.sections),
    actors: [...used].map((n) => actors[n]!),
    mentions: mentions.sort((x, y) => x.start - y.start),
    timexes: tx,
  };
  // the clauses stage, as the pipeline runs it after the actors
  return { ...built, clauses: parseClauses(built, clauseLexicon) };
}

/** What a test expects of one event (fields left out are not checked). */
export interface WantEvent {
  type: string;
  /** Political codes of actor and recipient together, sorted. */
  parts: string[];
  mode?: string | null;
  status?: string;
  date?: string | null;
  third?: string[];
  location?: string | null;
  /** Political codes of the actor side alone, sorted (who acted, for directed acts). */
  actor?: string[];
}

/** One row of a table of own sentences: a name, one sentence, the events it must give (none for a look-alike). */
export interface EventCase {
  name: string;
  text: string;
  want: WantEvent[];
}
export const eventCase = (name: string, text: string, want: WantEvent[]): EventCase => ({ name, text, want });

/** A table row over one or more paragraphs: a name, the paragraphs, the events they must give (none for a look-alike). */
export interface ParagraphsCase {
  name: string;
  text: string[];
  want: WantEvent[];
}
export const paragraphsCase = (name: string, text: string | string[], want: WantEvent[]): ParagraphsCase => ({ name, text: typeof text === "string" ? [text] : text, want });

/** The codes of actor ids in `doc`, sorted. */
export function codesOf(doc: Doc, ids: string[]): Array<string | null | undefined> {
  return ids.map((i) => doc.actors.find((a) => a.id === i)?.code).sort();
}

/** Asserts the document's events, in order, are the wanted ones (each event's text being its span). */
export function assertEvents(doc: Doc, want: WantEvent[]): void {
  const got = doc.events.map((e) => ({ ...e, parts: [...new Set(codesOf(doc, [...e.actor, ...e.recipient]))].sort() }));
  assert.equal(got.length, want.length, JSON.stringify(got.map((e) => [e.type, e.parts, e.status])));
  want.forEach((w, i) => {
    const e = got[i]!;
    assert.equal(e.type, w.type);
    assert.deepEqual(e.parts, w.parts);
    if (w.mode !== undefined) assert.equal(e.mode, w.mode);
    if (w.status !== undefined) assert.equal(e.status, w.status);
    if (w.date !== undefined) assert.equal(e.date, w.date);
    if (w.location !== undefined) assert.equal(e.location, w.location);
    if (w.third !== undefined) assert.deepEqual(codesOf(doc, e.third_party), w.third);
    if (w.actor !== undefined) assert.deepEqual([...new Set(codesOf(doc, e.actor))].sort(), w.actor, `actor of ${e.type}`);
    assert.equal(doc.text.slice(e.start, e.end), e.text);
  });
}
