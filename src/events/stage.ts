import type { Stage } from "../pipeline/stage.js";
import type { Doc } from "../envelope/types.js";
import type { TokenIndex } from "../text/cues.js";
import { message } from "../envelope/doc.js";
import { buildClauseLexicon, readClauseData } from "../clauses/lexicon.js";
import { parseClauses } from "../clauses/stage.js";
import { buildLexicon, readEventsData, type Lexicon } from "./lexicon.js";
import { Vocabulary } from "../text/cues.js";
import type { Candidate } from "./candidates.js";
import { findCandidates } from "./extract.js";
import { mergeCandidates, toRecord } from "./merge.js";
import { headlineDates, retoldDates } from "./context-dates.js";

/**
 * Events stage: PLOVER-coded events (type, mode, participants, third party, place, date,
 * status, attribution) from the clauses, actor mentions and timexes of the earlier stages, and
 * the article's quotations with their speakers. Each trigger's frame (data/events/frames.json)
 * says which groups of its clause give its sides. Data: data/events/*.json.
 */
export const eventsStage: Stage = {
  name: "events",
  after: ["clauses", "actors", "time"],
  run(doc, ctx) {
    // (the vocabulary is shared with the clauses lexicon: a document is indexed once for both)
    const lex = ctx.data.get("events/lexicon", () => buildLexicon(readEventsData(), ctx.data.get("text/vocabulary", () => new Vocabulary())));
    // a document that skipped the clauses stage gets its clauses here
    const withClauses = doc.clauses.length || !doc.sentences.length ? doc : { ...doc, clauses: parseClauses(doc, ctx.data.get("clauses/lexicon", () => buildClauseLexicon(readClauseData(), ctx.data.get("text/vocabulary", () => new Vocabulary())))) };
    return analyseEvents(withClauses, lex);
  },
};

export function analyseEvents(doc: Doc, lex: Lexicon): Doc {
  if (!doc.text) return doc;
  const an = findCandidates(doc, lex);
  applyDenials(an.candidates, an.sentences, an.ix, lex);
  applyMediators(doc, an.candidates, an.mediators.map((m) => ({ ids: m.ids, codes: m.codes })), an.ix, lex);
  const merged = mergeCandidates(an.candidates, lex, doc.referenceDate.value);
  headlineDates(doc, merged, an.candidates, an.sentences);
  retoldDates(doc, merged, an.sentences);
  const events = merged.map((c, i) => toRecord(doc.id, c, doc.text, i));
  const quotes = an.quotes;
  const messages = [...doc.messages];
  if (!doc.sentences.length && doc.text) messages.push(message("events/no-sentences", "info", "no sentences from the sentences stage; split on punctuation"));
  if (!doc.mentions.length && doc.text) messages.push(message("events/no-mentions", "info", "no actor mentions: no events could be coded"));
  return { ...withWeakSides(doc, events), events, quotes, messages };
}

/**
 * A state named only after a noun for its people or goods that an event takes as a side ("áp thuế đối
 * với hàng hóa Canada"): listed among the actors, with its mentions, as any state the article names.
 */
function withWeakSides(doc: Doc, events: Doc["events"]): Doc {
  if (!doc.weakActors?.length) return doc;
  const used = new Set(events.flatMap((e) => [...e.actor, ...e.recipient, ...e.third_party]));
  const add = doc.weakActors.filter((a) => used.has(a.id));
  if (!add.length) return doc;
  const ids = new Set(add.map((a) => a.id));
  const mentions = [...doc.mentions, ...(doc.weakMentions ?? []).filter((m) => ids.has(m.actor))];
  mentions.sort((x, y) => x.start - y.start || y.end - x.end || (x.actor < y.actor ? -1 : 1));
  return { ...doc, actors: [...doc.actors, ...add], mentions };
}

/**
 * "Moscow đã bác bỏ báo cáo này": the events of the latest sentence that reported something
 * (tiết lộ, đưa tin, được cho là) within the few sentences before are denied.
 */
function applyDenials(cands: Candidate[], sentences: Array<{ start: number; end: number; index: number }>, ix: TokenIndex, lex: Lexicon): void {
  let bySentence: Map<number, Candidate[]> | null = null;
  for (const s of sentences) {
    if (!lex.denial.hasIn(ix, s.start, s.end)) continue;
    for (let k = s.index - 1; k >= Math.max(0, s.index - 4); k--) {
      const p = sentences[k]!;
      if (!lex.revealing.hasIn(ix, p.start, p.end)) continue;
      if (!bySentence) {
        bySentence = new Map();
        for (const c of cands) {
          let l = bySentence.get(c.sentence);
          if (!l) bySentence.set(c.sentence, (l = []));
          l.push(c);
        }
      }
      const hit = bySentence.get(k) ?? [];
      if (!hit.length) continue;
      for (const c of hit) {
        c.status = "denied";
        c.explicitStatus = true;
      }
      break;
    }
  }
}

/** A talk held in the country of an article's mediator has that mediator as third party. */
function applyMediators(doc: Doc, cands: Candidate[], mediators: Array<{ ids: string[]; codes: string[] }>, ix: TokenIndex, lex: Lexicon): void {
  const byId = new Map(doc.actors.map((a) => [a.id, a]));
  const mediatorCodes = new Set(mediators.flatMap((m) => m.codes));
  for (const c of cands) {
    if (c.type !== "CONSULT") continue;
    // a side the article names as mediator is a third party, as long as two sides remain
    // (not the one doing the act alone: "X điện đàm với A và B" is X's call with them, mediator or not)
    const subj = [...(c.subjectCodes ?? [])];
    if (subj.length && subj.every((x) => mediatorCodes.has(x))) continue;
    const sides = [...c.codes].filter((x) => !mediatorCodes.has(x));
    const codeOf = (id: string) => byId.get(id)?.code?.toUpperCase() ?? "";
    // (nor the host a visit is paid to: "A và B tới Washington" is a visit to the mediator, its recipient)
    if (sides.length >= 2 && sides.length < c.codes.size && !c.recipient.some((i) => mediatorCodes.has(codeOf(i)))) {
      const moved = [...c.actor, ...c.recipient].filter((i) => mediatorCodes.has(codeOf(i)));
      c.actor = c.actor.filter((i) => !moved.includes(i));
      c.recipient = c.recipient.filter((i) => !moved.includes(i));
      c.third_party = [...new Set([...c.third_party, ...moved])];
      c.codes = new Set(sides);
      if (c.mode === null) c.mode = "third-party";
    }
    if (c.third_party.length || !c.location) continue;
    const code = byId.get(c.location)?.code?.toUpperCase();
    if (!code || c.codes.has(code)) continue;
    // indirect talks ("đàm phán gián tiếp tại Oman") are carried by the host
    if (lex.indirect.hasIn(ix, c.start, c.end)) {
      const host = doc.actors.find((a) => a.type === "gpe" && a.code?.toUpperCase() === code);
      if (host) {
        c.third_party = [host.id];
        if (c.mode === null) c.mode = "third-party";
        continue;
      }
    }
    const m = mediators.find((x) => x.codes.includes(code));
    if (!m) continue;
    c.third_party = [m.ids[0]!];
    if (c.mode === null) c.mode = "third-party";
  }
}
