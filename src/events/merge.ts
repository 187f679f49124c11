import { hash } from "node:crypto";
import type { EventRecord, EventStatus } from "../envelope/types.js";
import type { Candidate } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import { isoWeekString, parseIsoDay } from "../time/calendar.js";

const REALIS = new Set<EventStatus>(["occurred", "ongoing", "denied"]);
/** Statuses that hold for the whole happening once any statement says so. */
const OVERRIDE = new Set<EventStatus>(["cancelled", "denied"]);
/**
 * A status one statement gives under a condition ("nếu không được mời tới hội nghị …"): the happening
 * another statement of it says without one ("hội nghị sẽ diễn ra …") has that one's status.
 */
const CONDITIONAL: EventStatus = "hypothetical";

/** Still to come: planned or proposed. */
const TO_COME = new Set<EventStatus>(["planned", "proposed"]);

function compatible(a: Candidate, b: Candidate, reference: string | null): boolean {
  if (a.type !== b.type) return false;
  // an act still to come is not one dated before the day the article speaks from ("sẽ sớm đến thăm Kiev" and
  // "đã lên kế hoạch đến thăm vào tháng trước, nhưng đã hoãn")
  if (reference && ((TO_COME.has(a.status) && !a.date && b.date && b.date < reference.slice(0, b.date.length)) || (TO_COME.has(b.status) && !b.date && a.date && a.date < reference.slice(0, a.date.length)))) return false;
  // (a meeting of a body named alone, "Hội nghị thượng đỉnh NATO … sẽ diễn ra ở The Hague", is the one others attend)
  if (a.codes.size !== b.codes.size || [...a.codes].some((c) => !b.codes.has(c))) if (!oneInside(a, b) && !oneInside(b, a)) return false;
  // a stance or act of one side is not the joint one of both ("Moscow sẵn sàng ..." after "A và B đã đồng ý ...")
  if (a.type !== "CONSULT" && (a.actorCodes.size !== b.actorCodes.size || [...a.actorCodes].some((c) => !b.actorCodes.has(c)))) return false;
  if (a.date && b.date && a.date !== b.date && !within(a.date, b.date) && !within(b.date, a.date)) return false;
  // "tại Riyadh" and "tại Saudi Arabia" are one venue; Istanbul and Antalya are not
  const sameVenue = a.location === b.location || (!!a.locationCode && a.locationCode === b.locationCode && (a.locationIsState || b.locationIsState));
  if (a.location && b.location && !sameVenue) return false;
  if (a.mode && b.mode && a.mode !== b.mode && a.mode !== "third-party" && b.mode !== "third-party") return false;
  if (REALIS.has(a.status) !== REALIS.has(b.status) || (a.status === "denied") !== (b.status === "denied")) return false;
  // the foreign ministers' talks are not the presidents' summit: two people each, none in common
  if (a.people.length >= 2 && b.people.length >= 2 && !a.people.some((p) => b.people.includes(p))) return false;
  // a call is not a meeting ("điện đàm" and "cuộc gặp", "hội nghị thượng đỉnh")
  if ((a.mode === "phone" && b.inPerson) || (b.mode === "phone" && a.inPerson)) return false;
  return true;
}

/** A meeting with one coded side (a body meeting as one) and a meeting of that side with others. */
function oneInside(a: Candidate, b: Candidate): boolean {
  return a.type === "CONSULT" && a.codes.size === 1 && b.codes.size > 1 && b.codes.has([...a.codes][0]!);
}

/** A finer date inside a coarser one: "2025-04-19" within "2025-04", "2025" or "2025-W16". */
export function within(fine: string, coarse: string): boolean {
  if (fine.length <= coarse.length) return false;
  if (/^\d{4}-W\d{2}$/.test(coarse)) {
    const day = parseIsoDay(fine.slice(0, 10));
    return !!day && isoWeekString(day) === coarse;
  }
  return /^\d{4}(?:-\d{2})?$/.test(coarse) && fine.startsWith(coarse + "-");
}

function sameWord(a: Candidate, b: Candidate): boolean {
  return a.cue === b.cue;
}


const uniq = (l: string[]) => [...new Set(l)];

/** Sentence clarity: a statement naming date, place and both sides is the clearest. */
function clarity(c: Candidate): number {
  return (c.date ? 2 : 0) + (c.location ? 1 : 0) + c.codes.size + (c.explicitStatus ? 1 : 0);
}

/**
 * One event per happening: statements of the same type between the same sides whose dates,
 * places and realis agree are merged; the merged event keeps what any statement says.
 */
export function mergeCandidates(cands: Candidate[], lex: Lexicon, reference: string | null = null): Candidate[] {
  const out: Candidate[] = [];
  // the statements merged into each event of `out` (beside it: the events are returned as they are, no copy without them)
  const parts: Candidate[][] = [];
  for (const c of cands) {
    // of the compatible events, the one with the same status, then the one named by the same word
    let m: Candidate | undefined;
    let mk = -1;
    let best = -1;
    for (let k = 0; k < out.length; k++) {
      const o = out[k]!;
      if (!compatible(o, c, reference)) continue;
      const score = (o.status === c.status ? 2 : 0) + (parts[k]!.some((p) => sameWord(p, c)) ? 1 : 0);
      if (score > best) {
        best = score;
        m = o;
        mk = k;
      }
    }
    if (!m) {
      out.push({ ...c, codes: new Set(c.codes), actorCodes: new Set(c.actorCodes) });
      parts.push([c]);
      continue;
    }
    parts[mk]!.push(c);
    for (const x of c.codes) m.codes.add(x);
    for (const x of c.actorCodes) m.actorCodes.add(x);
    m.inPerson = m.inPerson || c.inPerson;
    m.people = uniq([...m.people, ...c.people]);
    const clearer = clarity(c) > clarity(m);
    m.actor = uniq([...m.actor, ...c.actor]);
    m.recipient = uniq([...m.recipient, ...c.recipient]).filter((i) => !m.actor.includes(i));
    m.third_party = uniq([...m.third_party, ...c.third_party]);
    m.attribution = uniq([...m.attribution, ...c.attribution]);
    // the finer of two dates of one happening ("tuần sau" and "ngày 19.4")
    m.date = m.date && c.date && within(c.date, m.date) ? c.date : (m.date ?? c.date);
    m.location = m.location ?? c.location;
    m.mode = m.mode ?? c.mode;
    if (c.third_party.length && m.type === "CONSULT" && (m.mode === null || m.mode === "third-party")) m.mode = "third-party";
    if (c.explicitStatus && (!m.explicitStatus || (OVERRIDE.has(c.status) && lex.rank.indexOf(c.status) < lex.rank.indexOf(m.status)) || (m.status === CONDITIONAL && c.status !== CONDITIONAL))) {
      m.status = c.status;
      m.explicitStatus = true;
    }
    if (clearer) {
      m.start = c.start;
      m.end = c.end;
      m.sentence = c.sentence;
    }
  }
  return out;
}

/** Stable event id from the document id and what the event is. */
export function toRecord(docId: string, c: Candidate, text: string, n: number): EventRecord {
  const h = hash("sha1", `${docId}|${n}|${c.type}|${[...c.codes].sort().join(",")}|${c.date ?? ""}`, "hex").slice(0, 12);
  return {
    id: `ev_${h}`,
    type: c.type,
    mode: c.mode,
    actor: c.actor,
    recipient: c.recipient,
    third_party: c.third_party,
    location: c.location,
    date: c.date,
    status: c.status,
    attribution: c.attribution,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  };
}
