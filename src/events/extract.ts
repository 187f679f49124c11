import type { Actor, Clause, ClauseGroup, Doc, EventRecord, Quote, Span, Timex } from "../envelope/types.js";
import { indexText, type TokenIndex } from "../text/cues.js";
import { SpanIndex } from "../envelope/spans.js";
import type { Lexicon, TriggerDef } from "./lexicon.js";
import { splitSentences, syllables } from "./text.js";
import { argsIn, groupArgs, isNonParticipant, lastBefore, mergeArgs, toArgs, weakArgs, type Arg } from "./args.js";
import {
  children,
  clauseAt,
  groupArgsOf,
  groupAt,
  isAttributionMarked,
  isLocationMarked,
  isParticipant,
  isSpeaker,
  pronounAt,
  subjectOf,
  verbOf,
  type Partners,
  type Sent,
  type SentCtx,
  type Trig,
} from "./sentence.js";
import { applyFrame, boundActStart, carryingRelative, LEADING_ROLES, leadingArgs, slotsOf, type Slots } from "./frames.js";
import { negated, STATEMENT_TYPES, statusOf } from "./status.js";
import { assignDates, datingTimexes, proposedDate, speechDate } from "./dates.js";
import { findQuotes } from "./quotes.js";

export type { Arg } from "./args.js";

/**
 * One statement of an event in one sentence, before merging: the record's fields (but its id and
 * text, given when merged events become records) and what merging and the next sentences need.
 */
export interface Candidate extends Omit<EventRecord, "id" | "text"> {
  locationCode: string | null;
  locationIsState: boolean;
  explicitStatus: boolean;
  sentence: number;
  trigger: Span;
  codes: Set<string>;
  /** The codes of the actor side alone. */
  actorCodes: Set<string>;
  /** The trigger's cue (lexicon key) and whether it names a face-to-face act. */
  cue: string;
  inPerson: boolean;
  /** The people named as its sides (two meetings of different people are different happenings). */
  people: string[];
}

export interface Analysis {
  candidates: Candidate[];
  sentences: Sent[];
  lower: string;
  /** The syllables of `lower`, indexed against the lexicon once. */
  ix: TokenIndex;
  args: Arg[];
  /** States or bodies the article names as mediators or hosts (Qatar làm trung gian). */
  mediators: Arg[];
  /** The article's quotations and their speakers. */
  quotes: Quote[];
}

/** A TIMEX3 value naming a day. */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;

function sameSides(a: Arg, b: Arg): boolean {
  return a.codes.length === b.codes.length && a.codes.every((c) => b.codes.includes(c));
}
/** Two codes the article names together in more than one sentence (see `partners`). */
function isArticlePair(p: Partners, g: Arg): boolean {
  if (g.codes.length !== 2) return false;
  const [x, y] = g.codes as [string, string];
  return (p.together.get(x)?.get(y) ?? 0) >= 2;
}

function pairArg(c: Candidate, actors: Map<string, Actor>): Arg {
  const ids = [...new Set([...c.actor, ...c.recipient])];
  const codes = [...new Set(ids.map((i) => actors.get(i)?.code?.toUpperCase()).filter((x): x is string => !!x))];
  return { start: c.start, end: c.start, ids, codes, kind: "anaphor", loc: undefined, attr: undefined, none: undefined };
}

/** What `findCandidates` can report of each trigger it reads (for tests and debugging). */
export type TraceFn = (t: Trig, slots: Slots | null, found: Candidate[], ctx: SentCtx) => void;

/** Finds event statements sentence by sentence, reading each trigger's clause. Pure: reads the envelope only. */
export function findCandidates(doc: Doc, lex: Lexicon, trace?: TraceFn): Analysis {
  const { lower, ix } = indexText(doc.matchText || doc.text, lex.vocab);
  const spans = doc.sentences.length ? doc.sentences : splitSentences(doc.text, doc.sections);
  const sentences: Sent[] = spans.map((s, index) => ({ start: s.start, end: s.end, index }));
  const actors = new Map([...(doc.weakActors ?? []), ...doc.actors].map((a) => [a.id, a]));
  const mentionArgs = toArgs(doc, actors);
  const weak = weakArgs(doc, actors);
  const stateByCode = new Map(doc.actors.filter((a) => a.type === "gpe" && a.code).map((a) => [a.code!.toUpperCase(), a] as const));
  const candidates: Candidate[] = [];
  const allArgs: Arg[] = [...mentionArgs];
  const mediators: Arg[] = [];
  const clauses = doc.clauses;
  const codeOf = new Map(doc.actors.filter((a) => a.code).map((a) => [a.id, a.code!.toUpperCase()] as const));
  const partner = partners(lex, doc, lower, ix, sentences, mentionArgs);
  // the speaker of a quotation, for the sentences standing inside it
  const allQuotes = findQuotes(doc, lower, ix, mentionArgs, lex);
  const quotes = allQuotes.filter((q) => q.speaker);
  const quoteSpeaker = (s: Sent): Arg[] => {
    const q = quotes.find((x) => x.start <= s.start + 1 && s.start < x.end);
    if (!q) return [];
    const a = lastBefore(mentionArgs, q.start, (x) => x.ids[0] === q.speaker) ?? mentionArgs.find((x) => x.ids[0] === q.speaker && x.start >= q.end);
    return a ? [a] : [];
  };
  const speechDay = new Map<string, string>();
  // the timexes of a sentence found by binary search, not a pass over all of them
  const timexIndex = new SpanIndex(doc.timexes);

  const st: DocState = {
    doc, lex, trace, lower, ix, actors, mentionArgs, weakArgs: weak, stateByCode, candidates, allArgs, mediators, clauses, codeOf, partner, quoteSpeaker, speechDay, timexIndex,
    lastActors: new Map(),
    impliedAt: new Set(),
    hostile: new Set(),
    lastAct: null,
    lastPair: null, lastTogether: null, lastPairDirected: false, lastDated: null, lastEventPair: null, lastAgreement: null, prevTopic: [], c0: 0, a0: 0,
  };
  // one sentence at a time in a function of its own: a short loop here, and a body the optimising
  // compiler handles once rather than as part of one very large function
  for (const s of sentences) sentenceCandidates(st, s);
  impliedTargets(st);
  // a headline's act with no date of its own, by a side who speaks on a day the article gives after it ("Họp thượng
  // đỉnh trực tuyến với Pháp-Đức, ông Tập Cận Bình nói …", then "Hôm 5.7, Chủ tịch Tập Cận Bình nói …"): that day
  const title = doc.sections.find((x) => x.kind === "title");
  if (title)
    for (const c of candidates) {
      const s = sentences[c.sentence];
      if (c.date || c.status !== "occurred" || !s || s.start < title.start || s.end > title.end) continue;
      c.date = [...c.actor, ...c.recipient].map((x) => speechDay.get(x)).find((d) => !!d) ?? null;
    }
  // an act told as done is not dated in a year after the one the article speaks from: that time is its goal's
  // ("đã đồng ý nâng chi tiêu lên 5% GDP vào năm 2035")
  const year = doc.referenceDate.value?.slice(0, 4);
  if (year && /^\d{4}$/u.test(year)) for (const c of candidates) if (c.date && REALIS_DONE.has(c.status) && /^\d{4}/u.test(c.date) && c.date.slice(0, 4) > year) c.date = null;
  return { candidates, sentences, lower, ix, args: allArgs, mediators, quotes: allQuotes };
}

/**
 * An attack whose target the article leaves implied ("Israel tấn công trong đêm") is on the side taken for it only when
 * the article names the two in a hostile act of their own (an attack, a fight, a threat, a sanction …, anywhere in it,
 * or a sentence naming both with a hostile act, even one read as no event): a partner in talks, a mediator or a body met at them ("Nhà Trắng") is no target, and the attack is dropped.
 */
function impliedTargets(st: DocState): void {
  if (!st.impliedAt.size) return;
  const implied = (c: Candidate) => c.type === "ASSAULT" && st.impliedAt.has(c.trigger.start) && c.actorCodes.size === 1;
  const hostile = st.hostile;
  for (const c of st.candidates)
    if (HOSTILE.has(c.type) && !implied(c)) for (const x of c.codes) for (const y of c.codes) if (x !== y) hostile.add(`${x} ${y}`);
  const keep = st.candidates.filter((c) => !implied(c) || [...c.codes].some((y) => !c.actorCodes.has(y) && [...c.actorCodes].some((x) => hostile.has(`${x} ${y}`))));
  st.candidates.splice(0, st.candidates.length, ...keep);
}

/** Statuses of an act already done or under way. */
const REALIS_DONE: ReadonlySet<string> = new Set(["occurred", "ongoing"]);

/** What `findCandidates` keeps from one sentence to the next. */
interface DocState {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly trace: TraceFn | undefined;
  readonly lower: string;
  readonly ix: TokenIndex;
  readonly actors: Map<string, Actor>;
  readonly mentionArgs: Arg[];
  /** Weak mentions (args.ts `weakArgs`): sides of their own sentence's acts only. */
  readonly weakArgs: Arg[];
  readonly stateByCode: Map<string, Actor>;
  readonly candidates: Candidate[];
  readonly allArgs: Arg[];
  readonly mediators: Arg[];
  readonly clauses: readonly Clause[];
  readonly codeOf: Map<string, string>;
  readonly partner: Partners;
  readonly quoteSpeaker: (s: Sent) => Arg[];
  readonly speechDay: Map<string, string>;
  readonly timexIndex: SpanIndex<Timex>;
  readonly lastActors: Map<string, { arg: Arg; sentence: number }>;
  readonly impliedAt: Set<number>;
  /** Pairs of codes ("X Y") named as participants in a sentence with a hostile act, even one read as no event of its own. */
  readonly hostile: Set<string>;
  lastAct: { arg: Arg; sentence: number } | null;
  lastPair: Arg | null;
  /** The last pair named together ("A và B") or acting jointly, and whether `lastPair` is instead the pair of a directed act. */
  lastTogether: Arg | null;
  lastPairDirected: boolean;
  /** The dated acts done of the sentence before, with its index and its section's (see `carryDates`). */
  lastDated: { sentence: number; section: number; cands: Candidate[] } | null;
  lastEventPair: Arg | null;
  lastAgreement: Arg | null;
  prevTopic: Arg[];
  c0: number;
  a0: number;
}

/** The actor side of a candidate as one argument standing for it. */
function actorArg(c: Candidate): Arg {
  return { start: c.trigger.start, end: c.trigger.start, ids: c.actor, codes: [...c.actorCodes], kind: "anaphor", loc: undefined, attr: undefined, none: undefined };
}

/** The candidates of sentence `s` (pushed to `st.candidates`); updates what carries over to the next sentence. */
function sentenceCandidates(st: DocState, s: Sent): void {
  const { doc, lex, lower, ix, actors, mentionArgs, candidates, allArgs, mediators, clauses, codeOf, partner, quoteSpeaker, timexIndex } = st;
  let { lastPair, lastEventPair, lastAgreement, prevTopic, c0, a0 } = st;
  while (c0 < clauses.length && clauses[c0]!.sentence < s.index) c0++;
  let c1 = c0;
  while (c1 < clauses.length && clauses[c1]!.sentence === s.index) c1++;
  while (a0 < mentionArgs.length && mentionArgs[a0]!.start < s.start) a0++;
  const inSent: Arg[] = [];
  for (let k = a0; k < mentionArgs.length && mentionArgs[k]!.start < s.end; k++) if (mentionArgs[k]!.end <= s.end) inSent.push(mentionArgs[k]!);
  if (st.weakArgs.length) {
    inSent.push(...argsIn(st.weakArgs, s.start, s.end));
    inSent.sort((a, b) => a.start - b.start);
  }
  const anaph = anaphorsOf(st, s, inSent, lastPair, c0, c1);
  const args = [...inSent, ...anaph].sort((a, b) => a.start - b.start);
  allArgs.push(...anaph);
  const ctx: SentCtx = { lex, text: doc.text, lower, ix, s, args, timexes: [], allTimexes: [], clauses, c0, c1, trigs: [], lastPair, lastAgreement, lastActors: st.lastActors, lastAct: st.lastAct, partner, impliedAt: st.impliedAt, mediators: [], codeOf, prevTopic, quoteSpeaker: quoteSpeaker(s) };
  ctx.allTimexes = timexIndex.within(s.start, s.end);
  ctx.timexes = datingTimexes(ctx, ctx.allTimexes);
  const sentMediators = partner.mediators[s.index] ?? [];
  ctx.mediators = sentMediators;
  mediators.push(...sentMediators);
  const trigs = findTriggers(ctx);
  ctx.trigs = trigs;
  const found = triggerCandidates(st, ctx, trigs, c0, c1, prevTopic);
  if (trigs.some((t) => HOSTILE.has(t.def.type))) {
    const named = codesOf(args.filter((a) => isParticipant(ctx, a)));
    for (const x of named) for (const y of named) if (x !== y) st.hostile.add(`${x} ${y}`);
  }
  carryDates(st, s, found);
  candidates.push(...found);
  // remember the last pair named together and this sentence's topic for the next sentences
  let eventPair: Arg | null = null;
  // "hai bên" stands for two sides: the last act between exactly two
  let directed = false;
  let jointPair: Arg | null = null;
  for (const c of found)
    if (c.codes.size === 2) {
      eventPair = pairArg(c, actors);
      directed = c.actorCodes.size === 1 && c.recipient.length > 0;
      if (!directed) jointPair = eventPair;
    }
  for (const c of found) if (c.type === "AGREE" && c.codes.size >= 2) lastAgreement = pairArg(c, actors);
  for (const c of found) if (c.actor.length && c.codes.size >= 2 && c.status === "occurred") st.lastAct = { arg: actorArg(c), sentence: s.index };
  for (const c of found)
    if (c.actor.length && c.recipient.length)
      st.lastActors.set(c.type, { arg: { start: c.trigger.start, end: c.trigger.start, ids: c.actor, codes: [...c.actorCodes], kind: "anaphor", loc: undefined, attr: undefined, none: undefined }, sentence: s.index });
  if (eventPair) lastEventPair = eventPair;
  const groups = groupArgs(lex, ix, lower, args.filter((a) => isParticipant(ctx, a) && !sentMediators.includes(a)));
  let groupPair: Arg | null = null;
  for (const g of groups) if (new Set(g.flatMap((a) => a.codes)).size >= 2) groupPair = mergeArgs(g);
  // a pair merely named together ("Đại sứ Mỹ và Đại sứ Trung Quốc cũng có mặt") takes over from the
  // sides of the last act only when it is a pair the article keeps naming together
  if (groupPair && !eventPair && lastEventPair && !sameSides(groupPair, lastEventPair) && !isArticlePair(partner, groupPair)) groupPair = null;
  if (groupPair ?? jointPair) st.lastTogether = groupPair ?? jointPair;
  if (groupPair ?? eventPair) st.lastPairDirected = !groupPair && directed;
  lastPair = groupPair ?? eventPair ?? lastPair;
  const topic = groups[0];
  if (topic) prevTopic = topic;
  st.lastPair = lastPair;
  st.lastEventPair = lastEventPair;
  st.lastAgreement = lastAgreement;
  st.prevTopic = prevTopic;
  st.c0 = c0;
  st.a0 = a0;
}

/**
 * An act named again by its noun and a demonstrative ("cuộc gặp này", "cuộc gặp trên": cues.json "demonstratives") in
 * a clause naming no side is the last act of its type the sentences just before told: its sides (and date, when it has
 * none), so that it joins that one rather than standing between the pair last named.
 */
function namedAgain(st: DocState, ctx: SentCtx, t: Trig, cs: Candidate[], found: readonly Candidate[]): void {
  if (!t.nominal || !cs.length || clauseNames(ctx, t.clause) || !ctx.lex.demonstratives.startsWith(ctx.ix, t.end, Math.min(ctx.s.end, t.end + 12))) return;
  // (the sentence's own acts before it first: "A đã có cuộc gặp B …, song nội dung cuộc gặp trên chưa được công bố")
  const same = (c: Candidate) => c.type === t.def.type && c.trigger.start < t.start;
  const prev = found.findLast(same) ?? st.candidates.findLast((c) => same(c) && c.trigger.start >= ctx.s.start - AGAIN_REACH);
  if (!prev) return;
  for (const c of cs) {
    c.actor = [...prev.actor];
    c.recipient = [...prev.recipient];
    c.codes = new Set(prev.codes);
    c.actorCodes = new Set(prev.actorCodes);
    c.people = [...prev.people];
    c.date = c.date ?? prev.date;
  }
}

/**
 * A sentence that names no time at all and goes on telling of the sides of a dated act the sentence just before
 * reported, in the same paragraph ("… hôm 2/12 nhất trí khôi phục đối thoại. Hai bộ trưởng gặp nhau tại Tokyo …"):
 * its acts done are of that day, unless it says they were earlier ("trước đó": cues.json "earlier").
 */
function carryDates(st: DocState, s: Sent, found: Candidate[]): void {
  const prev = st.lastDated;
  const sectionOf = () => st.doc.sections.find((x) => x.start <= s.start && s.start < x.end)?.index ?? -1;
  const open = found.some((c) => !c.date && c.status === "occurred" && c.codes.size >= 2);
  if (open && prev && prev.sentence === s.index - 1 && prev.section === sectionOf() && st.timexIndex.within(s.start, s.end).length === 0 && !st.lex.earlier.find(st.ix, s.start, s.end).length)
    for (const c of found) {
      if (c.date || c.status !== "occurred" || c.codes.size < 2) continue;
      const from = prev.cands.find((p) => [...c.codes].every((x) => p.codes.has(x)));
      if (from) c.date = from.date;
    }
  const dated = found.filter((c) => c.date && c.status === "occurred" && c.codes.size >= 2 && DAY_VALUE.test(c.date));
  st.lastDated = dated.length ? { sentence: s.index, section: sectionOf(), cands: dated } : null;
}

/** The anaphors of sentence `s` ("hai bên", "nước này", "khối này") standing for actors named before. */
function anaphorsOf(st: DocState, s: Sent, inSent: Arg[], lastPair: Arg | null, c0: number, c1: number): Arg[] {
  const { lex, ix, mentionArgs, stateByCode, partner } = st;
  const overlaps = (m: Span) => inSent.some((a) => a.start < m.end && m.start < a.end);
  // anaphors ("hai bên") stand for the last pair named together
  const anaph: Arg[] = [];
  for (const m of lex.anaphora.find(ix, s.start, s.end)) {
    // before any pair is named, the first pair the article names ("cuộc gặp giữa hai ngoại trưởng" in the lead)
    // (a pair met once, "Trump có thể tới Istanbul", gives way to the pair the article keeps naming together)
    // (the main pair only once the article has named it: "Hai bên nhất trí …" after a visit, before a conflict named later)
    const main = partner.mainPair && (partner.mainPairFrom ?? 0) < m.start ? partner.mainPair : null;
    // (a directed act of a third side on one of a pair named together before, "Mỹ dỡ bỏ hạn chế với Azerbaijan" after
    // "Armenia và Azerbaijan ký …", leaves "hai nước" the pair named together: the third side is not one of the two)
    const tog = st.lastTogether;
    const last = lastPair && st.lastPairDirected && tog && tog.codes.length === 2 && !sameSides(tog, lastPair) && lastPair.codes.filter((c) => tog.codes.includes(c)).length === 1 ? tog : lastPair;
    const ante = last && main && !sameSides(last, main) && !isArticlePair(partner, last) ? main : (last ?? (partner.firstPair && partner.firstPair.start > m.end ? partner.firstPair : null));
    if (!ante || overlaps(m)) continue;
    anaph.push({ start: m.start, end: m.end, ids: ante.ids, codes: ante.codes, kind: "anaphor", loc: undefined, attr: undefined, none: undefined });
  }
  // "nước này" (this country): the last state named, also through its bodies or people; "khối này": the last organisation
  for (const m of lex.singularGpe.find(ix, s.start, s.end)) {
    if (overlaps(m)) continue;
    let ante = lastBefore(mentionArgs, m.start, (a) => a.codes.length > 0 && stateByCode.has(a.codes[0]!));
    // (not the subject of its own clause when it stands after the verb: "Mỹ sẽ tấn công các cơ sở của nước này" is another state)
    const own = ante ? ownSubject(st.clauses, c0, c1, m, ante) : false;
    if (ante && own) {
      const self = ante.codes[0]!;
      ante = lastBefore(mentionArgs, ante.start, (a) => a.codes.length > 0 && a.codes[0] !== self && stateByCode.has(a.codes[0]!));
    }
    const code = ante?.codes[0];
    const state = code !== undefined ? stateByCode.get(code) : undefined;
    if (state && code !== undefined) anaph.push({ start: m.start, end: m.end, ids: [state.id], codes: [code], kind: "anaphor", loc: undefined, attr: undefined, none: undefined });
  }
  for (const m of lex.singularOrg.find(ix, s.start, s.end)) {
    if (overlaps(m)) continue;
    const ante = lastBefore(mentionArgs, m.start, (a) => a.kind === "org" && a.codes.length > 0);
    if (ante) anaph.push({ start: m.start, end: m.end, ids: ante.ids, codes: ante.codes, kind: "anaphor", loc: undefined, attr: undefined, none: undefined });
  }
  // "các ngoại trưởng", "các nước thành viên": the members of the body of states last named, acting as it
  for (const m of lex.members.find(ix, s.start, s.end)) {
    // (not with names of their own right after them: "các nhà lãnh đạo Mỹ và Trung Quốc", "các ngoại trưởng G7")
    // (nor with their owners: "các nhà lãnh đạo của Kosovo và Serbia")
    if (overlaps(m) || inSent.some((a) => a.start >= m.end && a.start <= m.end + 1) || ownedAfter(st, c0, c1, m)) continue;
    const ante = lastBefore(mentionArgs, m.start, (a) => a.kind === "org" && a.codes.length === 1 && lex.aloneBodies.has(a.codes[0]!));
    const from = st.doc.sentences[Math.max(0, s.index - MEMBERS_SENTENCES)]?.start ?? 0;
    if (ante && ante.start >= from) anaph.push({ start: m.start, end: m.end, ids: ante.ids, codes: ante.codes, kind: "anaphor", loc: undefined, attr: undefined, none: undefined });
  }
  return anaph;
}

/** Whether the group after span `m` in its clause is a "của …" naming sides. */
function ownedAfter(st: DocState, c0: number, c1: number, m: Span): boolean {
  for (let k = c0; k < c1; k++) {
    const cl = st.clauses[k]!;
    if (m.start < cl.start || m.end > cl.end) continue;
    const g = cl.groups.find((x) => x.start >= m.end);
    if (g && g.kind === "prep" && g.role === "of" && argsIn(st.mentionArgs, g.start, g.end).some((a) => a.codes.length > 0)) return true;
  }
  return false;
}

/** How many sentences back the body of states that members ("các ngoại trưởng") stand for may be named. */
const MEMBERS_SENTENCES = 3;

/** Whether `ante` is the subject of the clause (of clauses c0 … c1 - 1) in whose later groups the anaphor `m` stands. */
function ownSubject(clauses: readonly Clause[], c0: number, c1: number, m: Span, ante: Arg): boolean {
  for (let k = c0; k < c1; k++) {
    const cl = clauses[k]!;
    if (m.start < cl.start || m.end > cl.end) continue;
    const subj = cl.groups.find((g) => g.kind === "subject");
    const v = cl.groups.find((g) => g.kind === "verb");
    if (subj && v && m.start >= v.end && ante.start >= subj.start && ante.end <= subj.end) return true;
  }
  return false;
}

/** The candidates of the triggers of one sentence (its clauses c0 … c1 - 1), dated where the sentence allows. */
function triggerCandidates(st: DocState, ctx: SentCtx, trigs: Trig[], c0: number, c1: number, prevTopic: Arg[]): Candidate[] {
  const { trace, clauses, speechDay } = st;
  const found: Candidate[] = [];
  const dates = assignDates(ctx, trigs);
  const orphanDates: Array<{ at: number; value: string; type: string; again: boolean }> = [];
  // who speaks in the sentence (actor ids), and the day each first spoke on ("Hôm 28/5, ông Zelensky thừa nhận …")
  const speakers: string[][] = [];
  for (let c = c0; c < c1; c++) {
    if (verbOf(clauses[c]!)?.role !== "report") continue;
    const who = subjectOf(ctx, c, true).flatMap((a) => a.ids);
    if (!who.length) continue;
    speakers.push(who);
    const d = speechDate(ctx, c);
    if (d) for (const x of who) if (!speechDay.has(x)) speechDay.set(x, d);
  }
  for (const t of trigs) {
    if (trace && (t.dropped || t.consumedBy)) trace(t, null, [], ctx);
    if (t.dropped || t.consumedBy) continue;
    const cs = buildCandidates(ctx, t, prevTopic, dates.get(t) ?? null, found);
    namedAgain(st, ctx, t, cs, found);
    if (trace) trace(t, slotsOf(ctx, t), cs, ctx);
    // talks named as where a side spoke ("Phát biểu tại cuộc họp báo chung với …, ông Zelensky …", "trong cuộc điện
    // đàm với …, ông Tập cũng bày tỏ …"), with no date of their own: the day that speaker spoke on
    const tg = t.nominal && t.def.type === "CONSULT" ? ctx.clauses[t.clause]?.groups[groupAt(ctx, t.clause, t.start)] : undefined;
    if (tg && tg.kind === "prep" && tg.role !== null && SETTING_ROLES.has(tg.role)) {
      for (const c of cs) {
        if (c.date || c.status !== "occurred") continue;
        const who = speakers.find((w) => w.some((x) => c.actor.includes(x) || c.recipient.includes(x)));
        const day = who?.map((x) => speechDay.get(x)).find((d) => !!d);
        if (day) c.date = day;
      }
    }
    if (cs.length) found.push(...cs);
    else if (dates.has(t)) orphanDates.push({ at: t.start, value: dates.get(t)!, type: t.def.type, again: t.nominal && takesPlace(ctx, t) });
    // the proposed happening itself, when the text gives it a date or a place, is a second event (proposed)
    const u = t.consumes ?? t.about;
    // a judged act named as a noun with its own doer ("lên án cuộc tấn công của Nga vào Ukraine") is reported too: an event
    // of its own, with both its sides and its own date (not the day of the statement)
    if (u && u.nominal && cs.length && ctx.lex.evaluatedStances.has(t.def.type) && ctx.lex.evaluatedActs.has(u.def.type) && (slotsOf(ctx, u).get("of") ?? []).some((a) => isParticipant(ctx, a))) {
      const was = u.consumedBy;
      u.consumedBy = null;
      const us = buildCandidates(ctx, u, prevTopic, dates.get(u) ?? null, found);
      u.consumedBy = was;
      for (const c of us) if (c.actor.length && c.recipient.length && c.status === cs[0]!.status) found.push(c);
    }
    if (t.def.proposal && u && u === t.consumes && cs.length) {
      u.consumedBy = null;
      const us = buildCandidates(ctx, u, prevTopic, proposedDate(ctx, t, u, dates), found);
      u.consumedBy = t;
      for (const c of us) if (c.date || c.location) found.push({ ...c, status: "proposed", explicitStatus: true, date: c.date });
    }
  }
  // a date that went to an act with no sides ("hội nghị thượng đỉnh ngày 15/8 ..., A và B đã trò chuyện") dates the nearest event after it
  for (const d of orphanDates) {
    const near = found.filter((c) => !c.date && c.trigger.start > d.at).sort((a, b) => Math.abs(a.trigger.start - d.at) - Math.abs(b.trigger.start - d.at))[0];
    if (near) near.date = d.value;
    // an act named again as the subject of a verb of happening ("vụ phóng diễn ra vào sáng 14/1"): the undated act of
    // that type the sentences just before reported
    else if (d.again) {
      const prev = st.candidates.findLast((c) => c.type === d.type && !c.date && c.status === "occurred" && c.trigger.start >= ctx.s.start - AGAIN_REACH);
      if (prev) prev.date = d.value;
    }
  }
  // a request said with no date of its own ("ông Zelensky nói Ukraine phải được mời …"): the day its speaker spoke on
  const requests = modalRequests(ctx, found);
  for (const c of requests) if (!c.date) c.date = c.actor.map((x) => speechDay.get(x)).find((d) => !!d) ?? null;
  found.push(...requests, ...evaluations(ctx, found));
  return found;
}


/**
 * For each code, the code the article most often names in the same sentence as a participant
 * (media, venues and the article's mediators left out), when one stands out: the implied other
 * side of a statement or attack that names only its actor ("Hamas chấp thuận đề xuất").
 */
function partners(lex: Lexicon, doc: Doc, lower: string, ix: TokenIndex, sentences: Sent[], mentionArgs: Arg[]): Partners {
  const count = new Map<string, Map<string, number>>();
  const first = new Map<string, Arg>();
  const mediatorCodes = new Set<string>();
  const perSentence: string[][] = [];
  const mediatorsBySentence: Arg[][] = [];
  let firstPair: Arg | null = null;
  let k = 0;
  let c0 = 0;
  const clauses = doc.clauses;
  const none: Partners = { partner: new Map(), first: new Map(), together: new Map(), mediators: [] };
  for (const s of sentences) {
    while (k < mentionArgs.length && mentionArgs[k]!.start < s.start) k++;
    const args: Arg[] = [];
    for (let j = k; j < mentionArgs.length && mentionArgs[j]!.end <= s.end; j++) args.push(mentionArgs[j]!);
    while (c0 < clauses.length && clauses[c0]!.sentence < s.index) c0++;
    let c1 = c0;
    while (c1 < clauses.length && clauses[c1]!.sentence === s.index) c1++;
    const ctx: SentCtx = { lex, text: doc.text, lower, ix, s, args, timexes: [], allTimexes: [], clauses, c0, c1, trigs: [], lastPair: null, lastAgreement: null, lastActors: new Map(), lastAct: null, partner: none, mediators: [], codeOf: new Map(), prevTopic: [], quoteSpeaker: [] };
    const med = mediatorsIn(ctx);
    mediatorsBySentence.push(med);
    for (const m of med) for (const c of m.codes) mediatorCodes.add(c);
    const codes: string[] = [];
    const live = args.filter((a) => isParticipant(ctx, a));
    // (not the sides of a conflict or relation named as a topic: "cuộc xung đột Nga - Ukraine")
    if (!firstPair)
      for (const g of groupArgs(lex, ix, lower, live))
        if (!firstPair && new Set(g.flatMap((a) => a.codes)).size === 2 && !lex.pairTopics.endsIn(ix, Math.max(s.start, g[0]!.start - 24), betweenStart(ctx, g[0]!))) firstPair = mergeArgs(g);
    for (const a of live)
      for (const c of a.codes) {
        if (!first.has(c)) first.set(c, a);
        if (!codes.includes(c)) codes.push(c);
      }
    perSentence.push(codes);
  }
  for (const codes of perSentence) {
    const live = codes.filter((c) => !mediatorCodes.has(c));
    for (const x of live) {
      let m = count.get(x);
      if (!m) count.set(x, (m = new Map()));
      for (const y of live) if (y !== x) m.set(y, (m.get(y) ?? 0) + 1);
    }
  }
  const partner = new Map<string, string>();
  for (const [x, m] of count) {
    const ranked = [...m].sort((a, b) => b[1] - a[1]);
    const best = ranked[0];
    if (!best || (ranked[1] && ranked[1][1] === best[1])) continue;
    partner.set(x, best[0]);
  }
  let mainPair: Arg | null = null;
  let most = 1;
  let tie = false;
  for (const [x, m] of count) {
    for (const [y, n] of m) {
      if (x >= y || n < 2 || n < most) continue;
      if (n === most && mainPair) {
        tie = true;
        continue;
      }
      [most, tie, mainPair] = [n, false, { start: 0, end: 0, ids: [...first.get(x)!.ids, ...first.get(y)!.ids], codes: [x, y], kind: "anaphor", loc: undefined, attr: undefined, none: undefined }];
    }
  }
  // where the main pair is first named together (an anaphor before it cannot stand for it)
  let mainPairFrom = Infinity;
  if (mainPair && !tie) {
    const [x, y] = mainPair.codes as [string, string];
    const k = perSentence.findIndex((codes) => codes.includes(x) && codes.includes(y));
    if (k >= 0) mainPairFrom = sentences[k]!.start;
  }
  return { partner, first, together: count, firstPair, mainPair: tie ? null : mainPair, mainPairFrom, mediators: mediatorsBySentence };
}
/** Where the text before a group of names stops: before "giữa" when the group is the sides of a noun ("quan hệ giữa A và B"). */
function betweenStart(ctx: SentCtx, a: Arg): number {
  const c = clauseAt(ctx, a.start);
  const g = c >= 0 ? ctx.clauses[c]!.groups[groupAt(ctx, c, a.start)] : undefined;
  if (g && g.kind === "prep" && g.role === "between") {
    // the cue itself stands right before the group's start
    let p = g.start;
    while (p > ctx.s.start && ctx.lower.charCodeAt(p - 1) === 32) p--;
    return Math.max(ctx.s.start, p - (g.cue?.length ?? 0));
  }
  return a.start;
}

/** The triggers a sentence names (before the ones inside others, consumed or no events are set apart). */
function rawTriggers(ctx: SentCtx): Trig[] {
  const { lex, ix, s } = ctx;
  const out: Trig[] = [];
  const place = (start: number) => {
    const c = clauseAt(ctx, start);
    return { clause: c, group: c >= 0 ? groupAt(ctx, c, start) : -1 };
  };
  for (const m of lex.triggerSet.find(ix, s.start, s.end)) {
    const def = lex.triggerByCue.get(m.cue);
    if (!def) continue;
    const before = Math.max(s.start, m.start - 30);
    // (a noun the block makes a modifier is the act in the object of an imposing verb: "thi hành các biện pháp trừng phạt")
    if ((def.imposedOnly || lex.blocks.get(def)?.endsIn(ix, before, m.start)) && !imposed(ctx, m.start, m.end) && !(def.type === "SANCTION" && ownedMeasure(ctx, m.start))) continue;
    if (lex.blocksAfter.get(def)?.startsWith(ix, m.end, Math.min(s.end, m.end + 30))) continue;
    // (or, passive, after its agent: "Thủ tướng Modi được Tổng thống Putin đón tiếp")
    if (def.strictNext && !ctx.args.some((a) => a.start >= m.end && a.start <= m.end + 2) && !passiveAgent(ctx, m.start)) continue;
    if (def.strictAgreement && !lex.agreementNouns.hasIn(ix, m.end, Math.min(s.end, m.end + 25)) && !onAgreement(ctx, m.start)) continue;
    // a word of a name is no act ("Tổng thư ký NATO": no signing)
    // (not a share stepped over inside it: "trao đổi mỗi bên 1.000 tù binh")
    if (ctx.args.some((a) => a.start < m.end && m.start < a.end && a.kind !== "anaphor")) continue;
    const nominal = !!def.noun || lex.nominal.endsIn(ix, before, m.start);
    const at = place(m.start);
    if (def.verbOnly && ctx.clauses[at.clause]?.groups[at.group]?.kind !== "verb") continue;
    out.push({ start: m.start, end: m.end, def, nominal, consumedBy: null, consumes: null, threat: false, dropped: false, ...at });
  }
  // conditional threats: "Nga có thể lựa chọn các phản ứng ... nếu Mỹ từ chối"
  for (const m of lex.threat.find(ix, s.start, s.end)) {
    const unlessRuled = lex.threatEnabling.hasIn(ix, Math.max(s.start, m.start - 40), m.end);
    if (!lex.threatConditional.hasIn(ix, m.end, s.end) && !unlessRuled) continue;
    const def: TriggerDef = { cue: m.cue, type: "THREATEN", mode: lex.threatRestrict.hasIn(ix, m.start, s.end) ? "restrict" : null, frame: "directed" };
    const t: Trig = { start: m.start, end: m.end, def, nominal: false, consumedBy: null, consumes: null, threat: true, dropped: false, ...place(m.start) };
    for (const o of out) if (o.start >= m.start - 45) o.dropped = true; // what is threatened, and the condition, are no events
    out.push(t);
    return out;
  }
  // the speaker's own act said as future and held out under a condition after it: "tuyên bố sẽ áp thuế … nếu không …"
  for (const t of out) {
    if (!lex.threatHeldOut.has(t.def.type) || !futureAct(ctx, t) || !lex.threatConditional.hasIn(ix, t.end, s.end)) continue;
    t.def = { cue: t.def.cue, type: "THREATEN", mode: lex.threatRestrict.hasIn(ix, t.start, s.end) || t.def.type === "SANCTION" ? "restrict" : null, frame: "directed" };
    t.threat = true;
    for (const o of out) if (o !== t && o.start >= t.start - 45) o.dropped = true;
    break;
  }
  return out;
}

/** Whether the verb group of trigger `t`'s clause says it will be done ("sẽ") before the trigger. */
function futureAct(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause];
  if (!cl) return false;
  const g = cl.groups[t.group];
  const v = g?.kind === "verb" ? g : verbOf(cl);
  return !!v && v.start <= t.start && v.markers.some((m) => m.label === "future" && m.end <= t.start);
}

/** Whether the verb group at `pos` is passive with its agent named ("được Tổng thống Putin đón tiếp"). */
function passiveAgent(ctx: SentCtx, pos: number): boolean {
  const c = clauseAt(ctx, pos);
  const cl = ctx.clauses[c];
  const g = cl?.groups[groupAt(ctx, c, pos)];
  if (!cl || !g || g.kind !== "verb" || !g.markers.some((m) => m.class === "passive")) return false;
  return cl.groups.some((h) => h.kind === "prep" && h.role === "agent" && h.start >= g.start && h.end <= pos && groupArgsOf(ctx, h).some((a) => isParticipant(ctx, a)));
}

/** The REJECT mode of a negated act said as a refusal: its own verb, negated after a marker of intent ("sẽ không", "không muốn"). */
function refusal(ctx: SentCtx, t: Trig): string | null {
  if (t.consumedBy || t.consumes) return null;
  const mode = ctx.lex.refusalModes.get(t.def.type);
  const cl = ctx.clauses[t.clause];
  const g = cl?.groups[t.group];
  if (!mode || !g || g.kind !== "verb") return null;
  const neg = g.markers.find((m) => m.class === "negation");
  if (!neg || neg.end > t.start) return null;
  return g.markers.some((m) => ctx.lex.refusalLabels.has(m.label) && m.end <= t.start && (m.start < neg.start || m.start >= neg.end)) ? mode : null;
}

function findTriggers(ctx: SentCtx): Trig[] {
  const out = rawTriggers(ctx);
  out.sort((a, b) => a.start - b.start);
  // a trigger inside a longer one is none
  for (const a of out) for (const b of out) if (a !== b && a.start < b.end && b.start < a.end && b.end - b.start > a.end - a.start) a.dropped = true;
  const live = out.filter((t) => !t.dropped);
  linkTriggers(ctx, live);
  dropNonEvents(ctx, out, live);
  return live;
}

/** A stance consumes the act it governs; an act right after another names what the first is about. */
function linkTriggers(ctx: SentCtx, live: Trig[]): void {
  for (let i = 0; i < live.length; i++) {
    const t = live[i]!;
    const u = live[i + 1];
    if (!u) continue;
    const gap = ctx.lower.slice(t.end, u.start);
    // a stance verb consumes the act it governs: "sẵn sàng đàm phán", "cấm các cuộc đàm phán"
    // (an opening quote may stand between: đồng ý "tiếp tục đối thoại")
    // (a threat governs a statement too: "đe dọa từ chối hợp tác", "dọa phủ quyết" threaten the refusal, which is no act yet)
    // (a statement right after it owned by another, "từ chối yêu cầu của Iran", "đồng ý đề nghị của Mỹ", is what it takes a stance on)
    if (t.def.frame === "stance" && (u.def.frame !== "stance" || (t.def.type === "THREATEN" && u.def.type !== "THREATEN") || (/^\s+$/u.test(gap) && ownedByAnother(ctx, u)))) {
      if (syllables(gap) > 4 || /[,;:.()”]/u.test(gap) || argsIn(ctx.args, t.end, u.start).length) continue;
      u.consumedBy = t;
      t.consumes = u;
      continue;
    }
    // an act right after another names what the first is about: "đàm phán ngừng bắn", "thỏa thuận trao đổi tù binh"
    // (not the verb of its clause: "nhất trí gặp lại")
    // (a measure said to be imposed by someone, "chỉ trích lệnh cấm … do Kosovo áp đặt", is an act of its own)
    // (also through a word making it a noun: "dỡ bỏ lệnh cấm nhập khẩu", "nới lỏng các lệnh hạn chế")
    const nounGap = syllables(gap) <= 2 && !/[,;:.()”"]/u.test(gap) && ctx.lex.nominal.endsIn(ctx.ix, t.end, u.start);
    if (t.def.frame !== "stance" && (/^\s+$/u.test(gap) || nounGap) && !t.threat && ctx.clauses[u.clause]?.groups[u.group]?.kind !== "verb" && !(u.def.type === "SANCTION" && imposedAfter(ctx, u.start, u.end))) {
      u.dropped = true;
      t.about = u;
    }
  }
}

/** Whether trigger `u` ends its group and a possessor naming a side follows it ("yêu cầu của Iran"): a noun, another's act. */
function ownedByAnother(ctx: SentCtx, u: Trig): boolean {
  const cl = ctx.clauses[u.clause];
  const g = cl?.groups[u.group];
  const next = cl?.groups[u.group + 1];
  if (!g || !next || syllables(ctx.lower.slice(u.end, g.end)) > 0) return false;
  return next.kind === "prep" && next.role === "of" && groupArgsOf(ctx, next).some((a) => isParticipant(ctx, a));
}

/** Triggers that are no events: asked of another, conditions, purposes, terms, negated, wished for. */
function dropNonEvents(ctx: SentCtx, out: Trig[], live: Trig[]): void {
  const { lex, ix, s } = ctx;
  for (const t of live) {
    // what a stance asks or wants of another ("hối thúc Điện Kremlin chấp nhận đề xuất") is no act of its own
    if (t.def.frame === "stance" && ctx.clauses[t.clause]?.groups[t.group]?.kind === "verb")
      for (const c of children(ctx, t.clause, "complement")) for (const u of live) if (u.clause === c && u !== t.consumes) u.dropped = true;
    if (t.def.onlyConsuming && !t.consumes) t.dropped = true;
    const cl = ctx.clauses[t.clause];
    if (!cl) continue;
    // what experts or analysts say will happen is comment, not an act ("Các chuyên gia cho rằng Nga sẽ tấn công")
    if (cl.kind === "reported" && cl.parent !== null && commentary(ctx, cl.parent)) t.dropped = true;
    // the condition of a conditional ("nếu Hamas chấp thuận") is no event, nor what is awaited ("cho đến khi Bắc Kinh gỡ bỏ …":
    // a demand), nor a time on which something will be done ("Khi Mỹ sẵn sàng đối thoại, chúng tôi sẽ nối lại đàm phán")
    // (a measure named there as already imposed, "cho đến khi Bắc Kinh gỡ bỏ các lệnh hạn chế áp đặt lên …", stands)
    if ((cl.kind === "condition" || untilClause(ctx, t.clause) || futureCondition(ctx, t.clause)) && !t.threat && !(t.def.type === "SANCTION" && imposedAfter(ctx, t.start, t.end))) t.dropped = true;
    // what a purpose clause aims at is no act, but talks gone to ("tới Cairo để tham dự vòng thương lượng": planned)
    if (cl.kind === "purpose" && t.def.type !== "CONSULT" && !(t.consumes?.def.type === "CONSULT")) t.dropped = true;
    // going somewhere to talk: the talks are the event ("tới Cairo để tham dự vòng thương lượng")
    if (t.def.verbOnly && children(ctx, t.clause, "purpose").some((c) => out.some((u) => u !== t && u.clause === c && !u.dropped && u.def.type === "CONSULT"))) t.dropped = true;
    // terms of a deal ("đề xuất này gồm lệnh ngừng bắn, việc trả tự do …", "dự thảo bao gồm việc Kiev đồng ý … và chấp nhận …")
    if (t.def.type !== "CONSULT" && (includedAt(ctx, t.clause, t.start) || (cl.kind === "coordinate" && cl.parent !== null && includedAt(ctx, cl.parent, cl.start)))) t.dropped = true;
    // the topic of talks is no act of its own ("thảo luận về việc đưa viện trợ vào Gaza", "đàm phán về một lệnh hoãn
    // tấn công"): an act in the topic group of a clause whose act is a consultation
    if (t.def.type !== "CONSULT" && topicOfTalks(ctx, t, live)) t.dropped = true;
    const tail = t.consumes ?? t;
    if (lex.negationAfter.startsWith(ix, tail.end, Math.min(s.end, tail.end + 20))) t.dropped = true;
    // negated acts did not happen, but a side saying it will not act refuses: "Iran sẽ không đàm phán với Mỹ" (REJECT)
    if (negated(ctx, t)) {
      const mode = refusal(ctx, t);
      if (mode) {
        t.def = { cue: t.def.cue, type: "REJECT", mode, frame: "stance" };
        t.refusal = true;
      }
      else t.dropped = true;
    }
    const head0 = t.consumedBy ?? t;
    if (head0.group >= 0 && cl.groups[head0.group]?.kind !== "verb") {
      // a noun act negated in its own group: "nguyên tắc không đàm phán", "không có cuộc gặp nào"
      const g = cl.groups[head0.group]!;
      const neg = lex.negation.findIn(ix, Math.max(g.start, head0.start - 24), head0.start).pop();
      if (neg && syllables(ctx.lower.slice(neg.end, head0.start)) <= 2 && !argsIn(ctx.args, neg.end, head0.start).length) t.dropped = true;
    }
    const head = t.consumedBy ?? t;
    const hc = ctx.clauses[head.clause]!;
    const v = verbOf(hc);
    const labels = v ? v.markers.map((m) => m.label) : [];
    // what must be done ("các lệnh trừng phạt phải được gỡ bỏ") is a demand, not the act
    if (v && labels.some((l) => lex.demandLabels.has(l)) && v.markers.some((m) => m.class === "passive")) t.dropped = true;
    // what a speaker hopes for is no event: "hy vọng phía Nga sẽ chấp nhận lời mời", "kỳ vọng sẽ có một cuộc đối thoại"
    if (labels.some((l) => lex.wishLabels.has(l)) && hc.groups[head.group]?.kind !== "verb") t.dropped = true;
    if (hc.parent !== null && (hc.kind === "complement" || hc.kind === "reported")) {
      const pv = verbOf(ctx.clauses[hc.parent]!);
      if (pv && pv.markers.some((m) => lex.wishLabels.has(m.label) && pv.head && m.start === pv.head.start)) t.dropped = true;
    }
  }
}

/**
 * Whether a measure named at `pos`…`end` is imposed: in the object of an imposing verb ("thi hành", "áp
 * đặt"), or with an imposing verb right after the noun group naming it, a reduced relative clause on it
 * ("các lệnh hạn chế áp đặt lên X", "lệnh cấm … do X áp đặt", "… mà X áp đặt", "… được X áp dụng").
 */
function imposed(ctx: SentCtx, pos: number, end: number): boolean {
  const at = groupHolding(ctx, pos);
  if (!at) return false;
  if (at.cl.groups[at.gi]?.kind === "object") {
    const v = verbOf(at.cl);
    // (or received: "nhận được gói viện trợ từ Mỹ")
    if (v?.head && (ctx.lex.imposing.startsWith(ctx.ix, v.head.start, v.end) !== null || ctx.lex.receiving.startsWith(ctx.ix, v.head.start, v.end) !== null)) return true;
  }
  return imposedAfter(ctx, pos, end);
}

/** The clause holding `pos` and the index of its group there, or null outside every clause. */
function groupHolding(ctx: SentCtx, pos: number): { cl: NonNullable<SentCtx["clauses"][number]>; gi: number } | null {
  const c = clauseAt(ctx, pos);
  const cl = ctx.clauses[c];
  return cl ? { cl, gi: groupAt(ctx, c, pos) } : null;
}

/** A measure at `pos`…`end` with an imposing verb after it in its noun group or agent group: one already imposed ("lệnh cấm … do X áp đặt"). */
function imposedAfter(ctx: SentCtx, pos: number, end: number): boolean {
  const at = groupHolding(ctx, pos);
  if (!at) return false;
  const { cl, gi } = at;
  const g = cl.groups[gi];
  if (!g) return false;
  // the noun group itself and the group right after it (an agent "do X áp đặt")
  const next = cl.groups[gi + 1];
  const stop = Math.min(ctx.s.end, next && next.kind === "prep" && next.role === "agent" ? next.end : g.end, end + 60);
  if (ctx.lex.imposing.hasIn(ctx.ix, end, stop)) return true;
  // a relative clause on it whose verb imposes it ("lệnh trừng phạt mà EU áp đặt lên Nga")
  return carryingRelative(ctx, clauseAt(ctx, pos), g) >= 0;
}

/** A sanction named with its owner and its target right after it: one side's measure on another ("Lệnh trừng phạt của EU đối với Nga"). */
function ownedMeasure(ctx: SentCtx, pos: number): boolean {
  const at = groupHolding(ctx, pos);
  if (!at) return false;
  const next = at.cl.groups[at.gi + 1];
  const target = at.cl.groups[at.gi + 2];
  const named = (h: ClauseGroup | undefined) => !!h && groupArgsOf(ctx, h).some((a) => isParticipant(ctx, a));
  return next?.kind === "prep" && next.role === "of" && named(next) && target?.kind === "prep" && TARGET_ROLES.has(target.role ?? "") && named(target);
}

/** Roles of a group naming whom a measure is aimed at ("đối với", "nhằm vào", "lên"). */
const TARGET_ROLES = new Set(["toward", "target"]);

/** Whether the trigger at `pos` stands in a relative clause on an agreement ("Thỏa thuận mà Mỹ ký với Nhật Bản") or is a passive verb of one. */
function onAgreement(ctx: SentCtx, pos: number): boolean {
  const c = clauseAt(ctx, pos);
  const rc = ctx.clauses[c];
  // a passive verb whose subject is the agreement ("Thỏa thuận … được ký giữa A và B", "được A và B ký kết")
  const g = rc?.groups[groupAt(ctx, c, pos)];
  const subj = rc?.groups.find((h) => h.kind === "subject");
  if (g && subj && g.kind === "verb" && g.markers.some((m) => m.class === "passive" && m.end <= pos) && ctx.lex.agreementNouns.hasIn(ctx.ix, subj.start, subj.end)) return true;
  if (!rc || rc.kind !== "relative" || rc.parent === null || !rc.marker) return false;
  const head = ctx.clauses[rc.parent]!.groups.at(-1);
  if (!head || syllables(ctx.lower.slice(head.end, rc.marker.start)) > 0) return false;
  return ctx.lex.agreementNouns.hasIn(ctx.ix, head.start, head.end);
}

/** A clause of saying whose subject is a commentator with no side named ("các chuyên gia", "giới phân tích"). */
function commentary(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c]!;
  const subj = cl.groups.find((g) => g.kind === "subject");
  return !!subj && !groupArgsOf(ctx, subj).some((a) => a.codes.length) && ctx.lex.commentators.hasIn(ctx.ix, subj.start, subj.end);
}

/** A time clause on a clause saying what will be done then ("Khi Mỹ sẵn sàng …, chúng tôi sẽ nối lại đàm phán"): a condition. */
function futureCondition(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c];
  if (!cl || cl.kind !== "temporal" || cl.parent === null) return false;
  const v = verbOf(ctx.clauses[cl.parent]!);
  return !!v && v.markers.some((m) => m.label === "future");
}

/** A clause saying until when ("cho đến khi …"). */
function untilClause(ctx: SentCtx, c: number): boolean {
  const m = ctx.clauses[c]?.marker;
  return !!m && ctx.lex.until.startsWith(ctx.ix, m.start, m.end) !== null;
}

/** Whether position `pos` of clause `c` comes after a group listing terms ("bao gồm", "gồm"). */
/** Whether `t` stands in the topic group ("về …") of a clause whose act before it is a consultation. */
function topicOfTalks(ctx: SentCtx, t: Trig, live: readonly Trig[]): boolean {
  const cl = ctx.clauses[t.clause];
  const g = cl?.groups[t.group];
  if (!g || g.kind !== "prep" || g.role !== "about") return false;
  return live.some((u) => u !== t && !u.dropped && u.clause === t.clause && u.end <= g.start && u.def.type === "CONSULT");
}

function includedAt(ctx: SentCtx, c: number, pos: number): boolean {
  const cl = ctx.clauses[c];
  return !!cl && cl.groups.some((g) => g.kind === "prep" && g.role === "including" && g.start <= pos);
}

/** The sentence's mediators and hosts: "với vai trò trung gian của Qatar", "Qatar làm trung gian", "các bên trung gian Ai Cập và Qatar". */
function mediatorsIn(ctx: SentCtx): Arg[] {
  const { lex, ix } = ctx;
  const out: Arg[] = [];
  const coded = (l: Arg[]) => l.filter((a) => a.codes.length > 0 && a.kind !== "media");
  for (let c = ctx.c0; c < ctx.c1; c++) {
    const cl = ctx.clauses[c]!;
    let prev: Clause["groups"][number] | null = null;
    for (const g of cl.groups) {
      // (the names joined first: "dưới sự chủ trì của Thủ tướng Malaysia, nước giữ chức Chủ tịch ASEAN" is chaired by Malaysia, not ASEAN)
      if (g.kind === "prep" && g.role !== null && LEADING_ROLES.has(g.role)) out.push(...coded(leadingArgs(ctx, g)));
      if (g.kind === "prep" && g.role === "agent" && lex.mediatorVerbs.hasIn(ix, g.start, g.end)) out.push(...coded(groupArgsOf(ctx, g)));
      if (g.kind === "verb" && lex.mediatorVerbs.hasIn(ix, g.start, g.end)) {
        // "Qatar làm trung gian", and without a subject of its own "với Qatar và Thổ Nhĩ Kỳ làm trung gian"
        const subj = coded(cl.groups.filter((h) => h.kind === "subject" && h.end <= g.start).flatMap((h) => groupArgsOf(ctx, h)));
        if (subj.length) out.push(...subj);
        else if (prev && prev.kind === "prep") out.push(...coded(groupArgsOf(ctx, prev)));
      }
      prev = g;
    }
  }
  for (const m of lex.mediatorNouns.find(ix, ctx.s.start, ctx.s.end)) {
    const after = ctx.args.filter((a) => a.start >= m.end && a.codes.length > 0);
    const g = groupArgs(lex, ix, ctx.lower, after)[0];
    if (g && syllables(ctx.lower.slice(m.end, g[0]!.start)) <= 3) out.push(...g);
  }
  return [...new Set(out)];
}

/** The venue of an act: a place in a group "tại / ở / bên lề" of its clause (after it first), or where its clause's subject went. */
function venueOf(ctx: SentCtx, t: Trig): Arg | null {
  const cands: Array<{ a: Arg; rank: number }> = [];
  const visit = t.def.frame === "visit" || t.def.type === "ASSAULT";
  let c = t.clause;
  // (a cue running into the clause it governs, "tuyên bố [ngừng bắn ở Dải Gaza]", has its venue there)
  const tail = t.consumes ?? t;
  const into = tail.end > (ctx.clauses[c]?.end ?? tail.end) ? clauseAt(ctx, tail.end - 1) : -1;
  for (let depth = 0; c >= 0 && depth < 3; depth++) {
    const cl = ctx.clauses[c]!;
    const groups = depth === 0 && into >= 0 && into !== c ? [...cl.groups, ...ctx.clauses[into]!.groups] : cl.groups;
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      const goal = t.def.type === "ASSAULT" ? ctx.lex.attackRoles : t.def.mode === "withdraw" ? ctx.lex.withdrawalRoles : ctx.lex.movementRoles;
      const movement = (g.kind === "prep" && g.role !== null && goal.has(g.role)) || (g.kind === "object" && verbOf(cl)?.role === "motion");
      const venue = g.kind === "prep" && g.role !== null && ctx.lex.venueRoles.has(g.role);
      if (!venue && !movement) continue;
      if (depth === 0 && g.end <= (t.consumedBy ?? t).start && g.start < ctx.s.start) continue;
      for (const a of groupArgsOf(ctx, g)) {
        if (!a.codes.length || (a.kind !== "place" && a.kind !== "gpe")) continue;
        const strong = g.cue === "tại" || g.cue === "bên lề";
        const after = a.start >= t.end ? 0 : 1;
        // a place right after a topic is the topic's ("thảo luận về một lệnh ngừng bắn mới ở Dải Gaza"): the last resort
        const prev = groups[gi - 1];
        const ofTopic = venue && prev?.kind === "prep" && prev.role === "about";
        cands.push({ a, rank: depth * 10 + (strong ? 0 : movement ? (visit ? 0 : 2) : 3) + after * 4 + (ofTopic ? 40 : 0) });
      }
    }
    // an act in a purpose or coordinated clause happens where its parent's subject went ("tới Cairo để tham dự …")
    if (cands.some((x) => x.rank < 40) || (cl.kind !== "purpose" && cl.kind !== "coordinate" && cl.kind !== "adjunct") || cl.parent === null) break;
    c = cl.parent;
  }
  cands.sort((x, y) => x.rank - y.rank);
  return cands[0]?.a ?? null;
}

/** Who the sentence says reports the event: "theo X", "hãng tin X", the speaker of the clause that reports it; nearest first. */
function attributionOf(ctx: SentCtx, t: Trig): string[] {
  const found: Arg[] = [];
  for (const a of ctx.args) {
    if (a.kind === "anaphor") continue;
    if (a.kind === "media" || isAttributionMarked(ctx, a)) found.push(a);
  }
  // the speakers of the clauses it is reported in
  let c = t.clause;
  for (let depth = 0; c >= 0 && depth < 5; depth++) {
    const cl = ctx.clauses[c];
    if (!cl || cl.parent === null) break;
    if (cl.kind === "reported") found.push(...subjectOf(ctx, cl.parent, true));
    c = cl.parent;
  }
  // the source the article names first reports the one it quotes: "RIA Novosti dẫn nguồn tin Bộ Ngoại giao Thổ Nhĩ Kỳ"
  const ordered = [...new Set(found)].sort((a, b) => a.start - b.start);
  return [...new Set(ordered.flatMap((a) => a.ids))];
}

/** Roles of a group naming where or during what something was said ("tại cuộc họp báo", "trong cuộc điện đàm"). */
const SETTING_ROLES = new Set(["at", "in"]);
/** How far back (characters) an act named again may find the act it names: a few sentences. */
const AGAIN_REACH = 800;
/** Acts whose other side may stay implied: stances and attacks ("Hamas chấp thuận đề xuất", "vụ tấn công của Hamas"). */
const IMPLIED_SIDE = new Set(["AGREE", "SUPPORT", "REJECT", "REQUEST", "ASSAULT", "CONCEDE"]);
/** Marker labels saying an act was done ("đã phải rút quân"): what another had to do, so did, is no request. */
const DONE_LABELS = new Set(["past", "recent"]);
/** Hostile acts: an attack whose target is implied is on a side its actor has had one of these with (not a partner in talks). */
const HOSTILE = new Set(["ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "MOBILIZE", "PROTEST"]);
/** Roles of a group naming whom an act is addressed to ("đổ lỗi cho phương Tây"): an addressee that is no actor leaves no side implied. */
const ADDRESSEE_ROLES = new Set(["for", "with", "toward", "target", "to"]);

function codesOf(l: readonly Arg[]): Set<string> {
  return new Set(l.flatMap((a) => a.codes));
}

/** The candidates of one trigger: usually one; one per counterpart for calls and acts done apart; two for mutual accusations. */
/** The slots of trigger `t`, with what a consumed act and a threat's condition add, and the topic carried over as subject. */
function slotsFor(ctx: SentCtx, t: Trig, prevTopic: Arg[]): Slots {
  const { lex } = ctx;
  const consumed = t.consumes;
  const sl = slotsOf(ctx, t);
  if (consumed) {
    // a stance keeps the sides of the act it governs ("ủng hộ đàm phán giữa A và B", "sẵn sàng gặp B")
    // (whose act it is, "chấp nhận đề xuất hòa đàm của Ấn Độ", is whom the stance is toward, not who takes it)
    for (const [k, v] of slotsOf(ctx, consumed)) {
      if (k === "of" && !t.nominal && (sl.get("subject") ?? []).some((a) => isParticipant(ctx, a))) {
        if (!sl.has("object")) sl.set("object", v);
        // (the same possessor read as the stance's own is the owner of what it takes a stance on: "từ chối yêu cầu của Iran")
        if (consumed.def.frame === "stance" && sl.get("of")?.every((a) => v.includes(a))) sl.delete("of");
      } else if (k !== "subject" && !sl.has(k)) sl.set(k, v);
    }
  }
  if (t.threat) {
    // the condition's subject is whom the threat is against
    // (not the speaker's own side, a condition with no subject of its own: "sẽ áp thuế … đối với Nga nếu không có thỏa thuận")
    const own = codesOf(sl.get("subject") ?? []);
    const cond = children(ctx, t.clause, "condition").concat(conditionAfter(ctx, t));
    for (const c of cond) for (const a of subjectOf(ctx, c)) if (a.codes.some((x) => !own.has(x))) (sl.get("complement") ?? sl.set("complement", []).get("complement")!).push(a);
  }
  const cl = ctx.clauses[t.clause];
  // a clause with no subject, nothing named before the act: the last topic carries over ("Sau đó hai bên tiếp tục đàm phán")
  const anyBefore = ctx.args.some((a) => a.end <= t.start && (isParticipant(ctx, a) || isNonParticipant(lex, ctx.ix, ctx.text, a)));
  const own = [...lex.ownSideRoles, "of", "with", "object"].some((r) => sl.has(r));
  if (!sl.has("subject") && !sl.has("host") && !anyBefore && (!t.nominal || !own) && cl && (cl.kind === "main" || cl.parent === null) && !namedSubject(ctx, t.clause)) sl.set("subject", prevTopic);
  // a pronoun subject ("ông", "chúng tôi") with no one named for it in the sentence: the last topic
  else if (!sl.has("subject") && cl && pronounSubject(ctx, t.clause)) sl.set("subject", prevTopic);
  return sl;
}

function buildCandidates(ctx: SentCtx, t: Trig, prevTopic: Arg[], date: string | null, before: Candidate[]): Candidate[] {
  const { lex, s } = ctx;
  const def = t.def;
  const consumed = t.consumes;
  const sl = slotsFor(ctx, t, prevTopic);
  const cl = ctx.clauses[t.clause];
  const frame = lex.frames[def.frame];
  let { actor, recipient, third } = applyFrame(ctx, frame, sl);
  let mode = def.mode ?? null;
  if (consumed && consumed.def.type === "CONSULT" && (def.type === "REJECT" || def.type === "REQUEST")) mode = mode ?? "meet";
  third = [...new Set([...third, ...ctx.mediators])];
  const thirdCodes = codesOf(third);
  // a mediator is no side, as long as two sides remain
  if (def.type === "CONSULT" || def.type === "AGREE") {
    const sides = codesOf([...actor, ...recipient]);
    const left = [...sides].filter((c) => !thirdCodes.has(c));
    if (left.length >= 2) {
      actor = actor.filter((a) => !a.codes.every((c) => thirdCodes.has(c)));
      recipient = recipient.filter((a) => !a.codes.every((c) => thirdCodes.has(c)));
    }
  }
  const loc = venueOf(ctx, t);
  // an attack on a place is an attack on its state ("không kích nhiều khu vực ở Dải Gaza"), aid sent there aid to it
  if ((lex.placeIsRecipient.has(def.type) || lex.placeIsRecipient.has(`${def.type}/${def.mode ?? ""}`)) && !recipient.length && loc && loc.codes.some((c) => !codesOf(actor).has(c))) recipient = [loc];
  // a visit to a place is a visit to its state: "sẽ thăm Bắc Kinh", "tới Tehran"
  if (def.frame === "visit" && !recipient.length && loc && loc.codes.some((c) => !codesOf(actor).has(c))) recipient = [loc];
  // stance of one side with no one addressed: another side named after it in its clause or the clauses it governs
  // (not the source of a report after it: "…, Bộ Ngoại giao Qatar bổ sung")
  // (not a weak cue, "cảnh báo nạn đói …, trong khi Ai Cập …": a warning names whom it warns)
  if (def.frame === "stance" && !def.weak && !recipient.length && actor.length && codesOf(actor).size < 2) {
    const aCodes = codesOf(actor);
    const own = (a: Arg) => {
      for (let c = clauseAt(ctx, a.start), depth = 0; c >= 0 && depth < 4; depth++) {
        if (c === t.clause) return true;
        // (a coordinated act of the same subject is no part of the stance, nor what that act wants or says: "đã đồng ý nâng chi
        // tiêu …, đáp ứng yêu cầu của Trump", "hoan nghênh sáng kiến này và hy vọng phía Nga sẽ chấp nhận")
        if (ctx.clauses[c]!.kind === "coordinate" && ctx.clauses[c]!.inherits) return false;
        const p = ctx.clauses[c]!.parent;
        if (p === null) return false;
        c = p;
      }
      return false;
    };
    const other = ctx.args.filter((a) => a.start >= t.end && isParticipant(ctx, a) && a.codes.some((c) => !aCodes.has(c)) && !third.includes(a) && own(a));
    other.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
    if (other[0]) recipient = [other[0]];
  }
  // a statement coordinated with a talk it follows, addressing no one of its own ("điện đàm với lãnh đạo hai nước và cảnh
  // báo sẽ …", "gặp Ngoại trưởng Lavrov và kêu gọi …"): it is addressed to the partner of that talk
  // (and a meeting of the same subject with no one named, "điện đàm với B, dự kiến sẽ có cuộc gặp tại …", is with that partner)
  if ((def.frame === "stance" || (def.frame === "joint" && t.nominal && codesOf(actor).size === 1)) && !recipient.length && actor.length && cl && cl.kind === "coordinate" && cl.inherits && cl.parent !== null) {
    const aCodes = codesOf(actor);
    const p = ctx.clauses[cl.parent]!;
    const partner = p.groups.filter((g) => g.kind === "prep" && g.role === "with").flatMap((g) => groupArgsOf(ctx, g)).filter((a) => isParticipant(ctx, a) && a.codes.some((c) => !aCodes.has(c)));
    if (partner.length && before.some((c) => c.type === "CONSULT" && c.trigger.start >= p.start && c.trigger.end <= p.end)) recipient = partner;
  }
  const mediated = third.length > 0 || ctx.mediators.length > 0;
  // (not a meeting led by one side: "cuộc họp do ông Putin chủ trì có sự tham dự của Ngoại trưởng Lavrov, …" is one inside Russia)
  const led = codesOf((sl.get("agent") ?? []).concat(sl.get("chair") ?? []).filter((a) => isParticipant(ctx, a)));
  const ownMeeting = led.size === 1 && !!ctx.lastPair && ctx.lastPair.codes.includes([...led][0]!);
  // (a release taking place, "việc trao trả con tin có thể diễn ra", is between the pair too: PLOVER codes both sides)
  const release = def.mode === "release" && (occurring(ctx, t) || takesPlace(ctx, t));
  if ((def.frame === "joint" || release) && !actor.length && !recipient.length && (ctx.lastPair || release) && !ownMeeting && (occurring(ctx, t) || release || (def.type === "CONSULT" && (mediated || (subjectAct(ctx, t) && !clauseNames(ctx, t.clause, !planned(ctx, t.clause))))))) {
    // "nơi xảy ra đụng độ đầu tiên", "các cuộc thảo luận sẽ tiếp tục vào ngày 11/5": an act naming no side,
    // in a clause naming none, is between the pair last named (or the pair the article keeps naming)
    // (a release, the pair of which a side is named in the sentence: "… nếu Hamas chấp thuận")
    // (or, with none, the two sides the sentence names: the speaker's and the one the release waits on)
    const sides = ctx.args.filter((a) => isParticipant(ctx, a) || isSpeaker(ctx, a));
    const named = codesOf(sides);
    const own = named.size === 2 ? mergeArgs(sides, t) : null;
    const pair = release && (def.frame !== "joint" || !ctx.lastPair) ? ([ctx.lastPair && pairNow(ctx), ctx.partner.mainPair].find((p) => !!p && p.codes.some((c) => named.has(c))) ?? own) : pairNow(ctx);
    if (pair) actor = [pair];
  }
  if (def.verbOnly && def.frame === "visit" && goneForTalks(ctx, t, codesOf([...actor, ...recipient]))) return [];
  // a bare verb of going with no place or side gone to is no visit ("Mỹ và Nga tiến tới ký thỏa thuận": moving toward)
  if (def.verbOnly && def.frame === "visit" && !recipient.length) return [];
  // "Tại hội nghị thượng đỉnh ở La Haye, NATO đã đồng ý …": a meeting naming no side, named as where a body of states acts
  // alone, is that body's own
  const setting = bodySetting(ctx, t, actor, recipient);
  if (setting) actor = setting;
  let codes = codesOf([...actor, ...recipient]);
  const prev = before[before.length - 1];
  // (of the same kind only: a meeting after a call, "điện đàm với Y sau cuộc gặp căng thẳng tại Nhà Trắng", is another one)
  // (one named in a clause of its own, "…, dự kiến sẽ có cuộc gặp tại Budapest", is the pair's next act)
  const tg = cl?.groups[t.group];
  const boundNoun = !!tg && tg.kind === "prep" && tg.role !== null && lex.dateBoundRoles.has(tg.role);
  const sameKind = !!prev && (!boundNoun || !((prev.mode === "phone" && def.inPerson) || (def.mode === "phone" && prev.inPerson)));
  if (codes.size < 2 && t.nominal && def.frame === "joint" && !sl.has("subject") && prev && sameKind && prev.type === def.type && prev.codes.size >= 2 && [...codes].every((c) => prev.codes.has(c))) {
    // "A và B sẽ điện đàm lại, sau cuộc gọi ngày 20-10": an act with no sides of its own, after one of the same kind
    actor = [{ start: t.start, end: t.start, ids: [...prev.actor, ...prev.recipient], codes: [...prev.codes], kind: "anaphor", loc: undefined, attr: undefined, none: undefined }];
    codes = new Set(prev.codes);
  }
  // "Ukraine lên án động thái này", "Mỹ hoan nghênh điều này": a statement about the act told just before, named again by a
  // noun and a demonstrative (cues.json actAnaphors), is toward whoever did it
  if (!recipient.length && actor.length && STATEMENT_TYPES.has(def.type) && (def.frame === "directed" || def.frame === "stance")) {
    const about = actNamedAgain(ctx, t, before);
    if (about && about.codes.some((c) => !codesOf(actor).has(c))) {
      recipient = [about];
      codes = codesOf([...actor, ...recipient]);
    }
  }
  // (talks someone goes to hold, "cử phái đoàn tới Doha để tham gia đàm phán", are with its usual counterpart too)
  // (not after a visit: "chuyến thăm đến Israel … để thảo luận" is that visit's business)
  const goneToTalk = def.type === "CONSULT" && cl?.kind === "purpose" && cl.parent !== null && goesSomewhere(ctx, cl.parent) && !before.some((c) => c.mode === "visit" && c.sentence === ctx.s.index);
  // "Chúng tôi đã thống nhất sẽ gặp nhau": a joint act "with each other" of a side named alone has the other side implied
  const tail0 = consumed ?? t;
  const mutual = def.frame === "joint" && !!cl && lex.reciprocal.hasIn(ctx.ix, tail0.end, Math.min(cl.end, tail0.end + 12));
  // (not for a body of states acting as one: the one named with it most is one of its members, "ASEAN" and its chair)
  if (codes.size === 1 && actor.length && !recipient.length && (IMPLIED_SIDE.has(def.type) || goneToTalk || mutual) && !def.denial && !addressed(ctx, t) && !lex.aloneBodies.has([...codes][0]!)) {
    // the other side is implied: the one last named with the actor, or its usual counterpart
    const x = [...codes][0]!;
    const pair = ctx.lastPair;
    const deal = ctx.lastAgreement;
    const tail = consumed ?? t;
    if (deal && !deal.codes.includes(x) && def.frame === "stance" && lex.agreementNouns.hasIn(ctx.ix, tail.end, Math.min(s.end, tail.end + 16))) {
      // "Rubio hoan nghênh thỏa thuận": the sides of the agreement last reported
      recipient = [deal];
    } else {
      const usual = ctx.partner.partner.get(x);
      const y = pair && pair.codes.length === 2 && pair.codes.includes(x) ? pair.codes.find((c) => c !== x) : usual !== undefined && (ctx.partner.together.get(x)?.get(usual) ?? 0) >= 2 ? usual : undefined;
      // (an attack's implied target is checked against the article's other acts: see `impliedTargets`)
      if (def.type === "ASSAULT" && y !== undefined) ctx.impliedAt?.add(t.start);
      const o = y === undefined ? undefined : ctx.partner.first.get(y);
      if (o) recipient = [o];
    }
    codes = codesOf([...actor, ...recipient]);
  }
  // with no side named nor implied, an act toward a place (triggers.json toPlace) is toward the place's state: goods traded
  // to it ("xuất khẩu gạo sang Mỹ"), a ceasefire declared in it ("tuyên bố ngừng bắn ở Dải Gaza")
  if (def.toPlace && !recipient.length && actor.length && loc && loc.codes.some((c) => !codesOf(actor).has(c))) {
    recipient = [loc];
    codes = codesOf([...actor, ...recipient]);
  }
  // a joint act whose sides are all named after "với" ("trong cuộc điện đàm với Macron, Merkel, ông Tập …" with "ông Tập"
  // unknown) names only its counterpart: who talked is missing
  const withOnly = (sl.get("with") ?? []).filter((a) => isParticipant(ctx, a));
  if (def.frame === "joint" && withOnly.length && actor.every((a) => withOnly.includes(a)) && !recipient.length && actor !== (sl.get("subject") ?? [])) {
    // (said by someone, it is the speaker's side's: "người phát ngôn Bộ Ngoại giao Philippines cho biết vòng tham vấn tiếp theo với Trung Quốc …")
    const speaker = cl?.kind === "reported" && cl.parent !== null ? subjectOf(ctx, cl.parent, true).filter((a) => a.codes.some((c) => !codesOf(withOnly).has(c))) : [];
    if (!speaker.length) return [];
    actor = [...speaker, ...actor];
    codes = codesOf([...actor, ...recipient]);
  }
  // "Pháp lên án vụ tấn công", "phản đối các lệnh trừng phạt này": a statement about an act reported just before that names
  // no side of its own is toward whoever did that act
  if (!recipient.length && actor.length && STATEMENT_TYPES.has(def.type) && (def.frame === "directed" || def.frame === "stance")) {
    const about = earlierAct(ctx, t);
    if (about && about.codes.some((c) => !codesOf(actor).has(c))) {
      recipient = [about];
      codes = codesOf([...actor, ...recipient]);
    }
  }
  // never the same side as actor and recipient
  const aCodes = codesOf(actor);
  if (def.frame !== "joint") recipient = recipient.filter((a) => !a.codes.every((c) => aCodes.has(c)));
  if (codes.size < 2 && !setting && !alone(ctx, t, sl, actor, recipient, codes)) return [];
  // sanctions are against someone: "Mỹ và EU áp thêm trừng phạt" names two sanctioning sides and no target
  if (def.type === "SANCTION" && !recipient.length) return [];
  // "Starmer và Modi đều có các cuộc gặp": each met someone, not each other (with someone named: one act each)
  const v = cl ? verbOf(cl) : null;
  const fromSubjectOnly = !["object", "with", "between", "of", "attended", "complement"].some((r) => (sl.get(r) ?? []).some((a) => isParticipant(ctx, a)));
  const each = def.frame === "joint" && !!v && v.markers.some((m) => lex.eachLabels.has(m.label));
  if (each && fromSubjectOnly) return [];
  // "A trao đổi với B", "hợp tác với B": the act needs its A; the names after "với" alone are one side
  if (def.needSubject && !(sl.get("subject") ?? []).some((a) => isParticipant(ctx, a))) return [];
  // (nor one in a clause of cause with no subject of its own: "áp thuế lên B vì mua dầu của C" is B's purchase, not A's)
  if (def.needSubject && cl?.kind === "cause" && !cl.groups.some((g) => g.kind === "subject")) return [];
  if (def.needDate && !date) return [];
  return finishCandidates(ctx, t, date, { sl, actor, recipient, third, mode, loc, codes, prev, each });
}

/**
 * The side that did the act a statement's object names again by a noun and a demonstrative ("lên án động thái này",
 * "hoan nghênh điều này": cues.json actAnaphors), naming no side of its own: the last act with two sides, earlier in the
 * sentence or in the sentence just before; null when there is none.
 */
function actNamedAgain(ctx: SentCtx, t: Trig, before: readonly Candidate[]): Arg | null {
  const cl = ctx.clauses[t.clause];
  const tail = t.consumes ?? t;
  const g = cl?.groups[t.group + 1];
  if (!cl || t.nominal || cl.groups[t.group]?.kind !== "verb" || !g || g.kind !== "object" || tail.end > g.start) return null;
  if (groupArgsOf(ctx, g).some((a) => isParticipant(ctx, a))) return null;
  // (the noun opens the object, a plural word before it at most: "các động thái này")
  const m = ctx.lex.actAnaphors.findIn(ctx.ix, g.start, g.end)[0];
  if (!m || syllables(ctx.lower.slice(g.start, m.start)) > 1 || !ctx.lex.demonstratives.startsWith(ctx.ix, m.end, Math.min(g.end, m.end + 12))) return null;
  const here = before.findLast((c) => c.actor.length && c.codes.size >= 2 && c.status === "occurred" && c.trigger.end <= t.start);
  if (here) return actorArg(here);
  return ctx.lastAct && ctx.s.index - ctx.lastAct.sentence <= 1 ? ctx.lastAct.arg : null;
}

/** The side that did the act a statement's object names with no side of its own ("lên án vụ tấn công"), reported within the last two sentences. */
function earlierAct(ctx: SentCtx, t: Trig): Arg | null {
  const cl = ctx.clauses[t.clause];
  const g = cl?.groups[t.group + 1];
  if (!cl || cl.groups[t.group]?.kind !== "verb" || !g || g.kind !== "object" || groupArgsOf(ctx, g).some((a) => isParticipant(ctx, a))) return null;
  const u = ctx.trigs.find((x) => x !== t && x.start >= g.start && x.end <= g.end && syllables(ctx.lower.slice(g.start, x.start)) <= 4);
  if (!u) return null;
  const last = ctx.lastActors.get(u.def.type);
  if (!last || ctx.s.index - last.sentence > 2) return null;
  // (no other side named after the act in the sentence: "lên án vụ tấn công của Nga vào …" names its own)
  if (ctx.args.some((a) => a.start >= u.end && isParticipant(ctx, a))) return null;
  return last.arg;
}

/**
 * An act with one coded side that stands as an event (GOLD.md codes them): a type needing no other party
 * ("Triều Tiên phóng tên lửa"), or a body of states meeting, agreeing, backing or calling as one ("Hội nghị
 * G20 kết thúc", "G7 ủng hộ đề xuất"): its actor named, no recipient (data/events/cues.json "alone").
 */
function alone(ctx: SentCtx, t: Trig, sl: Slots, actor: Arg[], recipient: Arg[], codes: Set<string>): boolean {
  if (codes.size !== 1 || !actor.length || recipient.length) return false;
  // (launched at someone, "phóng tên lửa nhằm vào các tàu", it is an attack on an unnamed other: no event of one side)
  if (ctx.lex.aloneTypes.has(t.def.type)) return !sl.has("target");
  const code = [...codes][0]!;
  // (named, or by its members: "các ngoại trưởng đã nhất trí …")
  if (!ctx.lex.aloneBodies.has(code) || !ctx.lex.aloneBodyTypes.has(t.def.type) || !actor.every((a) => a.kind === "org" || a.kind === "anaphor")) return false;
  // the body itself, not where others meet ("bên lề Hội nghị thượng đỉnh ASEAN", "tại hội nghị của NATO"):
  // no other side named in the sentence, and the act no setting of the clause
  const g = ctx.clauses[t.clause]?.groups[(t.consumedBy ?? t).group];
  if (g && g.kind === "prep" && g.role !== null && (ctx.lex.venueRoles.has(g.role) || ctx.lex.dateBoundRoles.has(g.role))) return false;
  return !ctx.args.some((a) => isParticipant(ctx, a) && a.codes.some((c) => c !== code) && !aside(ctx, t, a));
}

/** The body of states acting alone as the subject of the clause in whose setting group a meeting with no sides stands. */
function bodySetting(ctx: SentCtx, t: Trig, actor: Arg[], recipient: Arg[]): Arg[] | null {
  if (t.def.type !== "CONSULT" || !t.nominal || actor.length || recipient.length) return null;
  const g = ctx.clauses[t.clause]?.groups[t.group];
  if (!g || g.kind !== "prep" || g.role === null || !ctx.lex.venueRoles.has(g.role)) return null;
  // (the meeting names no side: "bên lề Hội nghị ASEAN" is named by its body, "tại cuộc gặp với Mỹ" by its partner)
  if (argsIn(ctx.args, g.start, g.end).some((a) => isParticipant(ctx, a))) return null;
  const subj = subjectOf(ctx, t.clause).filter((a) => isParticipant(ctx, a));
  const codes = codesOf(subj);
  if (codes.size !== 1 || !ctx.lex.aloneBodies.has([...codes][0]!)) return null;
  // (no other side in the sentence: the body alone)
  const code = [...codes][0]!;
  return ctx.args.some((a) => isParticipant(ctx, a) && a.codes.some((c) => c !== code) && !aside(ctx, t, a)) ? null : subj;
}

/** Clauses telling an act of their own beside the one a sentence reports ("ngay sau khi Philippines tiếp nhận …", "vì …", "mà …"). */
const ASIDE_CLAUSES: ReadonlySet<string> = new Set(["temporal", "cause", "concession", "relative", "condition"]);

/**
 * Whether a side named in the sentence stands aside from a body's own act: named in a clause of another act
 * ("Ngoại trưởng ASEAN sẽ họp tại Cebu, ngay sau khi Philippines tiếp nhận chức chủ tịch"), or the act in such a clause
 * of its own, or named as the topic
 * ("Hội nghị G20 kết thúc với tuyên bố chung về Gaza và Ukraine").
 */
function aside(ctx: SentCtx, t: Trig, a: Arg): boolean {
  const k = clauseAt(ctx, a.start);
  if (k < 0) return false;
  // (either way: the body's act in such a clause stands aside from the sentence's others, "…, sau khi nhóm G7 ủng hộ đề xuất ngừng bắn")
  if (k !== t.clause && (ASIDE_CLAUSES.has(ctx.clauses[k]!.kind) || ASIDE_CLAUSES.has(ctx.clauses[t.clause]?.kind ?? "main"))) return true;
  // (or in an act of its own coordinated after the body's, on the same subject, named as an owner there: "NATO đã đồng ý
  // tăng chi tiêu …, đáp ứng yêu cầu của Trump")
  const kc = ctx.clauses[k]!;
  if (k > t.clause && kc.kind === "coordinate" && kc.inherits && kc.parent === t.clause) {
    const g0 = kc.groups[groupAt(ctx, k, a.start)];
    if (g0 && g0.kind === "prep" && g0.role === "of") return true;
  }
  const g = ctx.clauses[k]!.groups[groupAt(ctx, k, a.start)];
  return !!g && g.kind === "prep" && g.role === "about";
}

/** What `buildCandidates` found for a trigger before it makes the candidates. */
interface Sides {
  sl: Slots;
  actor: Arg[];
  recipient: Arg[];
  third: Arg[];
  mode: string | null;
  loc: Arg | null;
  codes: Set<string>;
  prev: Candidate | undefined;
  each: boolean;
}

/** The candidates of trigger `t` with its sides found: type, status, attribution, one per side where acts are separate. */
function finishCandidates(ctx: SentCtx, t: Trig, date: string | null, sides: Sides): Candidate[] {
  const { lex, s } = ctx;
  const def = t.def;
  const consumed = t.consumes;
  const { sl, third, loc, codes, prev, each } = sides;
  let { mode, actor, recipient } = sides;
  const st = statusOf(ctx, t);
  // a cooperative act called off or suspended ("tạm hoãn phê chuẩn hiệp định với Trung Quốc") reduces relations: a sanction
  let type = def.type;
  if (def.proposal) {
    // proposing: a REQUEST when another is to act ("đề xuất Ukraine nối lại đàm phán"), an AGREE when the speaker offers
    // to act with another ("đề xuất tổ chức hội nghị với Ukraine")
    const other = (sl.get("complement") ?? []).some((a) => isParticipant(ctx, a) && !a.codes.every((c) => codesOf(actor).has(c)));
    if (other) type = "REQUEST";
    // (or to mediate between others: "đề nghị làm trung gian giữa Iran và Israel" is an offer)
    else if (consumed && (consumed.def.frame === "joint" || consumed.def.frame === "visit" || consumed.def.frame === "mediate")) {
      type = "AGREE";
      mode = null;
    }
  }
  // a stance taking an act of some types is that type ("đồng ý rút tên …": a concession)
  // (one side's: two sides agreeing together, "A và B đồng ý ngừng bắn", is a joint agreement)
  const joint = codesOf(actor).size >= 2 && !recipient.length;
  const conv = consumed ? lex.consumption.find((r) => r.stance === type && r.acts.includes(consumed.def.type) && !(r.oneSide && joint)) : undefined;
  if (conv) type = conv.type;
  // forces mobilised by two sides together ("Hàn Quốc và Mỹ bắt đầu cuộc tập trận thường niên") are joint military
  // cooperation (PLOVER COOPERATE: joint exercises), not a show of force of one side
  if (type === "MOBILIZE" && !recipient.length && codesOf(actor).size >= 2) type = "COOPERATE";
  // (also with a partner named after "với/cùng": "Philippines tập trận với Mỹ" is done together, not aimed at Mỹ)
  const partners = sl.get("with") ?? [];
  if (type === "MOBILIZE" && recipient.length && recipient.every((a) => partners.includes(a))) {
    actor = [...actor, ...recipient];
    recipient = [];
    type = "COOPERATE";
  }
  if (st.status === "cancelled" && lex.reversal.has(type) && !recipient.length && def.frame === "joint") {
    // a joint act one side suspends ("Iran tạm ngừng hợp tác với IAEA"): that side against the others
    const subj = (sl.get("subject") ?? []).filter((a) => actor.includes(a));
    const others = actor.filter((a) => !subj.includes(a) && a.codes.some((c) => !codesOf(subj).has(c)));
    if (subj.length && others.length) {
      actor = subj;
      recipient = others;
    }
  }
  if (st.status === "cancelled" && lex.reversal.has(type) && recipient.length) {
    type = "SANCTION";
    st.status = "occurred";
    mode = null;
  }
  const attribution = attributionOf(ctx, t);
  const ids = (l: Arg[]) => [...new Set(l.flatMap((a) => a.ids))];
  const actorIds = ids(actor);
  const recipientIds = ids(recipient).filter((i) => !actorIds.includes(i));
  const thirdIds = def.type === "CONSULT" || def.type === "AGREE" ? ids(third).filter((i) => !actorIds.includes(i) && !recipientIds.includes(i)) : [];
  if (!thirdIds.length && def.type === "CONSULT" && t.nominal && prev?.type === "CONSULT" && prev.third_party.length && coordinatedAct(ctx, prev.trigger.end, t.start)) {
    // "X đã tổ chức một cuộc gặp giữa A và B tại Istanbul và một cuộc gặp khác ... tại Antalya": one host for both
    thirdIds.push(...prev.third_party.filter((i) => !actorIds.includes(i) && !recipientIds.includes(i)));
  }
  if (thirdIds.length && mode === null && def.type === "CONSULT") mode = "third-party";
  const base: Candidate = {
    start: s.start,
    end: s.end,
    type,
    mode,
    actor: actorIds,
    recipient: recipientIds,
    third_party: thirdIds,
    location: loc ? (loc.ids[0] ?? null) : null,
    locationCode: loc?.codes[0] ?? null,
    locationIsState: loc?.kind === "gpe",
    date,
    status: st.status,
    explicitStatus: st.explicit,
    attribution,
    sentence: s.index,
    trigger: { start: t.start, end: t.end },
    codes,
    actorCodes: codesOf(actor),
    cue: def.cue,
    people: [...actor, ...recipient].filter((a) => a.kind === "person").flatMap((a) => a.ids),
    inPerson: !!def.inPerson,
  };
  if (each) {
    const subj = (sl.get("subject") ?? []).filter((a) => isParticipant(ctx, a));
    const others = actor.filter((a) => !subj.includes(a));
    const subjCodes = [...codesOf(subj)].filter((c) => !codesOf(others).has(c));
    if (subjCodes.length > 1 && others.length) {
      return subjCodes.map((code) => {
        const from = subj.filter((a) => a.codes.includes(code));
        const all = [...from, ...others];
        return { ...base, actor: [...new Set(all.flatMap((a) => a.ids))], recipient: [], codes: codesOf(all), actorCodes: codesOf(all), people: all.filter((a) => a.kind === "person").flatMap((a) => a.ids) };
      });
    }
  }
  return split(ctx, t, base, actor, recipient, sl);
}

/**
 * "Phái đoàn Nga đã đến Thổ Nhĩ Kỳ, sẵn sàng đàm phán với phái đoàn Ukraine": going somewhere for
 * talks with someone else is no visit to the host; the talks are the event.
 */
function goneForTalks(ctx: SentCtx, t: Trig, sides: Set<string>): boolean {
  for (let k = t.clause + 1; k < ctx.c1; k++) {
    const c = ctx.clauses[k]!;
    if (c.parent !== t.clause || !(c.kind === "purpose" || (c.kind === "coordinate" && c.inherits) || c.kind === "main")) continue;
    const talks = ctx.trigs.some((u) => u.clause === k && !u.dropped && (u.def.type === "CONSULT" || u.consumes?.def.type === "CONSULT"));
    if (talks && argsIn(ctx.args, c.start, c.end).some((a) => isParticipant(ctx, a) && a.codes.every((x) => !sides.has(x)))) return true;
  }
  return false;
}

/** Whether a clause goes somewhere: a verb of going, or a group saying where to ("cử phái đoàn tới Doha"). */
function goesSomewhere(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c]!;
  return verbOf(cl)?.role === "motion" || cl.groups.some((g) => g.kind === "prep" && g.role !== null && ctx.lex.movementRoles.has(g.role));
}

/** Whether a clause has a subject of its own that names no side ("Các quy định mới yêu cầu …"): no earlier topic stands in. */
function namedSubject(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c];
  const subj = cl?.groups.find((g) => g.kind === "subject");
  if (!subj || pronounAt(ctx, subj)) return false;
  // (a time alone is no subject: "Hôm qua, …")
  return !onlyTime(ctx, subj);
}
function onlyTime(ctx: SentCtx, g: Span): boolean {
  let rest = ctx.lower.slice(g.start, g.end);
  for (const x of ctx.timexes) if (x.start >= g.start && x.end <= g.end) rest = rest.replace(ctx.lower.slice(x.start, x.end), " ");
  return syllables(rest) === 0;
}

/** Whether a clause's subject is a pronoun, or (subjectless) the pronoun of the clauses it shares it with. */
function pronounSubject(ctx: SentCtx, c: number): boolean {
  for (let k = c, depth = 0; k >= 0 && depth < 5; depth++) {
    const cl = ctx.clauses[k]!;
    const subj = cl.groups.find((g) => g.kind === "subject");
    if (subj) return pronounAt(ctx, subj) && !groupArgsOf(ctx, subj).length;
    if (cl.parent === null) return false;
    k = cl.parent;
  }
  return false;
}

/** Whether a noun act is the subject of a verb of happening ("việc trao trả con tin có thể diễn ra"). */
function takesPlace(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause];
  const v = cl ? verbOf(cl) : null;
  return !!v?.head && subjectAct(ctx, t) && ctx.lex.occurrence.startsWith(ctx.ix, v.head.start, v.end) !== null;
}

/** The pair an act without sides is between: the last pair named, unless the article keeps naming another. */
function pairNow(ctx: SentCtx): Arg {
  const last = ctx.lastPair!;
  const main = ctx.partner.mainPair;
  return main && !sameSides(last, main) && !isArticlePair(ctx.partner, last) ? main : last;
}

/** Whether a noun act is what its clause is about (its subject), in a clause that is no purpose or complement. */
function subjectAct(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause];
  return !!cl && cl.groups[t.group]?.kind === "subject" && cl.kind !== "purpose" && cl.kind !== "complement";
}

/** Whether a clause's verb is marked as planned ("sẽ bắt đầu", "dự kiến diễn ra": status.json labels). */
function planned(ctx: SentCtx, c: number): boolean {
  const v = ctx.clauses[c] ? verbOf(ctx.clauses[c]!) : null;
  return !!v && v.markers.some((m) => ctx.lex.statusLabels.get(m.label) === "planned");
}

/** Whether a clause names any side. */
function clauseNames(ctx: SentCtx, c: number, venues = true): boolean {
  const cl = ctx.clauses[c];
  // (with venues false, a city named as where the act takes place is no side: "các cuộc đàm phán … sẽ bắt đầu tại Doha";
  // said of a planned act only: one told as done there is most often the one just reported, told again)
  return !!cl && argsIn(ctx.args, cl.start, cl.end).some((a) => a.codes.length > 0 && (venues || a.kind !== "place" || !isLocationMarked(ctx, a)));
}

/** Whether a noun act is the object of a verb of happening ("xảy ra đụng độ", "diễn ra cuộc gặp"). */
function occurring(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause];
  const v = cl ? verbOf(cl) : null;
  if (!cl || !v?.head || cl.groups[t.group]?.kind !== "object") return false;
  return ctx.lex.occurrence.startsWith(ctx.ix, v.head.start, v.end) !== null;
}

/** A condition clause later in the sentence (the threat's "nếu Mỹ và NATO từ chối …"). */
function conditionAfter(ctx: SentCtx, t: Trig): number[] {
  for (let c = Math.max(t.clause, ctx.c0); c < ctx.c1; c++) if (ctx.clauses[c]!.kind === "condition" && ctx.clauses[c]!.start >= t.end) return [c];
  return [];
}

/** Whether a group right after the act names whom it is addressed to ("đổ lỗi cho phương Tây"). */
function addressed(ctx: SentCtx, t: Trig): boolean {
  const tail = t.consumes ?? t;
  const c = clauseAt(ctx, tail.start);
  const cl = ctx.clauses[c];
  if (!cl) return false;
  const g = groupAt(ctx, c, tail.start);
  const next = cl.groups[g + 1];
  return !!next && next.kind === "prep" && next.role !== null && ADDRESSEE_ROLES.has(next.role) && syllables(ctx.lower.slice(tail.end, next.start)) <= 1;
}

/** "..., và một cuộc gặp khác": the act is coordinated with the one before it in the same clause. */
function coordinatedAct(ctx: SentCtx, from: number, to: number): boolean {
  const a = clauseAt(ctx, from);
  if (a !== clauseAt(ctx, to)) return false;
  const j = ctx.lex.joiners.findIn(ctx.ix, from, to).pop();
  return !!j && syllables(ctx.lower.slice(j.end, to)) <= 2 && !/[;:.]/u.test(ctx.lower.slice(from, to));
}

/**
 * One act, several happenings: a call with each of two leaders ("điện đàm với A và B"), talks held
 * apart ("thảo luận riêng rẽ với A và với B"), a mutual accusation ("A và B cáo buộc lẫn nhau").
 */
function split(ctx: SentCtx, t: Trig, base: Candidate, actor: Arg[], recipient: Arg[], sl: Slots): Candidate[] {
  const { lex } = ctx;
  const tail = t.consumes ?? t;
  const cl = ctx.clauses[t.clause];
  // (with the clauses on its object: "cáo buộc [nhau vi phạm thỏa thuận]")
  let clauseEnd = cl ? cl.end : ctx.s.end;
  for (const k of children(ctx, t.clause, "complement")) clauseEnd = Math.max(clauseEnd, ctx.clauses[k]!.end);
  const one = (from: Arg[], to: Arg[]): Candidate => {
    const a = [...new Set(from.flatMap((x) => x.ids))];
    const r = [...new Set(to.flatMap((x) => x.ids))].filter((i) => !a.includes(i));
    return { ...base, actor: a, recipient: r, codes: codesOf([...from, ...to]), actorCodes: codesOf(from), people: [...from, ...to].filter((x) => x.kind === "person").flatMap((x) => x.ids) };
  };
  const subj = (sl.get("subject") ?? []).filter((a) => isParticipant(ctx, a));
  const subjCodes = codesOf(subj);
  if (t.def.frame === "joint" && subjCodes.size === 1) {
    // the counterparts, each a group of its own ("với A và với B") or, for a call, each side
    // (up to a group bounding it in time that names another act: "sau cuộc gặp với Z" is that act's)
    const bound = cl ? boundActStart(ctx, t, t.group + 1) : ctx.s.end;
    const withGroups = cl ? cl.groups.filter((g) => g.kind === "prep" && g.role === "with" && g.start >= tail.end && g.start < bound) : [];
    const per = withGroups.map((g) => groupArgsOf(ctx, g).filter((a) => isParticipant(ctx, a) && !a.codes.every((c) => subjCodes.has(c)))).filter((l) => l.length);
    const apart = lex.separately.hasIn(ctx.ix, tail.end, clauseEnd) || per.length > 1;
    const others = actor.filter((a) => !a.codes.every((c) => subjCodes.has(c)));
    const otherCodes = [...codesOf(others)].filter((c) => !subjCodes.has(c));
    if (apart && per.length > 1) return per.map((l) => one(subj, l));
    if (t.def.pairwise && otherCodes.length > 1 && !lex.multilateral.hasIn(ctx.ix, ctx.s.start, ctx.s.end)) {
      // (an anaphor for two, "hai nhà lãnh đạo", is split by code too)
      const part = (code: string): Arg[] =>
        others
          .filter((a) => a.codes.includes(code))
          .map((a) => (a.codes.length === 1 ? a : { ...a, codes: [code], ids: a.ids.filter((i) => ctx.codeOf.get(i) === code) }));
      return otherCodes.map((code) => one(subj, part(code)));
    }
  }
  // "ký thỏa thuận riêng với từng nước", "gặp mỗi nước": an anaphor taking the pair one side at a time (cues.json
  // distributive), not the subject's own, is one act with each side
  const subjAll = codesOf(subj);
  const each = [...actor, ...recipient].filter((a) => a.kind === "anaphor" && a.codes.length === 2 && a.codes.every((c) => !subjAll.has(c)) && lex.distributive.startsWith(ctx.ix, a.start, a.end) !== null);
  if (each.length === 1 && subjAll.size >= 1) {
    const d = each[0]!;
    const own = t.def.frame === "joint" ? actor.filter((a) => a !== d) : actor;
    const rest = t.def.frame === "joint" ? recipient : recipient.filter((a) => a !== d);
    if (own.length && (t.def.frame === "joint" || recipient.includes(d)))
      return d.codes.map((code) => one(own, [...rest, { ...d, codes: [code], ids: d.ids.filter((i) => ctx.codeOf.get(i) === code) }]));
  }
  // "A và B cáo buộc lẫn nhau": each accuses the other
  if ((t.def.frame === "directed" || t.def.frame === "stance") && codesOf(actor).size === 2 && !recipient.length && lex.reciprocal.hasIn(ctx.ix, tail.end, clauseEnd)) {
    const [x, y] = [...codesOf(actor)] as [string, string];
    const ax = actor.filter((a) => a.codes.includes(x));
    const ay = actor.filter((a) => a.codes.includes(y));
    return [one(ax, ay), one(ay, ax)];
  }
  return [base];
}

/** An event stated by a speaker about others (no trigger word of its own): occurred, undated. */
function statement(s: Sent, type: string, from: Arg[], to: Arg[], trigger: Span, cue: string): Candidate {
  const actor = [...new Set(from.flatMap((a) => a.ids))];
  const actorCodes = codesOf(from);
  return {
    start: s.start,
    end: s.end,
    type,
    mode: null,
    actor,
    recipient: [...new Set(to.flatMap((a) => a.ids))].filter((i) => !actor.includes(i)),
    third_party: [],
    location: null,
    locationCode: null,
    locationIsState: false,
    date: null,
    status: "occurred",
    explicitStatus: false,
    attribution: [],
    sentence: s.index,
    trigger,
    codes: new Set([...actorCodes, ...to.flatMap((a) => a.codes)]),
    actorCodes,
    cue,
    inPerson: false,
    people: [],
  };
}

/**
 * Requests said without a request verb: a speaker saying what another should do ("Ông cũng cho
 * rằng Bắc Kinh nên mở cửa thị trường") or wanting another to do something ("Israel muốn Hamas
 * trao trả toàn bộ con tin"): REQUEST from the speaker (or the one wanting) to the other.
 */
function modalRequests(ctx: SentCtx, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let c = ctx.c0; c < ctx.c1; c++) {
    const cl = ctx.clauses[c]!;
    const v = verbOf(cl);
    if (!v) continue;
    // "Các nhà lãnh đạo của Kosovo và Serbia hoàn toàn chịu trách nhiệm …" said by someone: an accusation
    if (v.head && ctx.lex.blame.startsWith(ctx.ix, v.head.start, v.end) && !cl.inherits) {
      const to = subjectOf(ctx, c);
      const from = cl.parent !== null && cl.kind === "reported" ? subjectOf(ctx, cl.parent, true) : ctx.quoteSpeaker;
      const fromCodes = codesOf(from);
      if (fromCodes.size && codesOf(to).size && [...codesOf(to)].every((x) => !fromCodes.has(x))) out.push({ ...statement(ctx.s, "ACCUSE", from, to, { start: v.start, end: v.end }, "chịu trách nhiệm"), date: speechDate(ctx, c) });
    }
    if (cl.parent === null || cl.inherits) continue;
    const parent = ctx.clauses[cl.parent]!;
    const pv = verbOf(parent);
    let wanted = false;
    const quoted = ctx.quoteSpeaker.length > 0;
    // "X cho rằng Y nên …": a reported clause of its own subject with "nên" (or a clause of a quotation: "… là cả Belgrade và
    // Pristina phải thể hiện sự kiềm chế")
    if ((cl.kind === "reported" || (quoted && cl.kind === "complement")) && v.markers.some((m) => ctx.lex.requestLabels.has(m.label) && m.label !== "want")) wanted = true;
    // "X muốn Y …": a clause on the object of a verb of wanting
    if (cl.kind === "complement" && pv?.head && pv.markers.some((m) => ctx.lex.requestLabels.has(m.label) && m.start === pv.head!.start)) wanted = true;
    // "tạm hoãn … cho đến khi Bắc Kinh gỡ bỏ các lệnh hạn chế": what is awaited is asked of its subject; held out
    // as what will go on until then ("sẽ tiếp tục gây sức ép cho tới khi Nga chấm dứt cuộc chiến"), it is a threat
    // "Nga không nên có nỗ lực thiếu thiện chí": what another should not do, said of it, is a reproach
    let type = v.markers.some((m) => m.class === "negation") && v.markers.some((m) => ctx.lex.requestLabels.has(m.label)) ? "ACCUSE" : "REQUEST";
    if (untilClause(ctx, c)) {
      wanted = true;
      if (pv && pv.markers.some((m) => m.label === "future" || m.label === "continue")) type = "THREATEN";
    }
    if (!wanted) continue;
    let to = cl.groups.filter((g) => g.kind === "subject").flatMap((g) => groupArgsOf(ctx, g)).filter((a) => isParticipant(ctx, a));
    let from = subjectOf(ctx, cl.parent, true);
    if (!from.length && cl.kind === "complement") from = ctx.quoteSpeaker;
    const fromCodes = codesOf(from);
    // "Ukraine phải được mời tham dự hội nghị thượng đỉnh NATO" said by Ukraine's side: what it must be granted is
    // asked of the one granting it (a passive's agent), else of the other side named in its object (not "được bảo vệ trước Nga")
    if (fromCodes.size && to.length && [...codesOf(to)].every((x) => fromCodes.has(x)) && v.markers.some((m) => m.class === "passive")) {
      const agent = cl.groups.filter((g) => g.kind === "prep" && g.role === "agent");
      to = (agent.length ? agent : cl.groups.filter((g) => g.kind === "object")).flatMap((g) => groupArgsOf(ctx, g)).filter((a) => isParticipant(ctx, a) && !a.codes.some((x) => fromCodes.has(x)));
    }
    const toCodes = codesOf(to);
    if (!fromCodes.size || !toCodes.size || [...toCodes].some((x) => fromCodes.has(x))) continue;
    const codes = new Set([...fromCodes, ...toCodes]);
    // (a statement already coded between them says it: "cảnh báo Israel cần rất thận trọng" is the warning)
    // what another must do ("Mỹ nói Nga phải rút quân") is asked of it, not done: its act is proposed; what the clause
    // says it had to do and did ("Mỹ nói Nga đã phải rút quân") is no request
    if (v.markers.some((m) => DONE_LABELS.has(m.label))) continue;
    if (type === "REQUEST" && v.markers.some((m) => ctx.lex.demandLabels.has(m.label)))
      for (const x of found) if (x.status === "occurred" && x.trigger.start >= cl.start && x.trigger.end <= cl.end && [...x.actorCodes].some((k) => toCodes.has(k))) x.status = "proposed";
    if (found.some((x) => (x.type === type || STATEMENT_TYPES.has(x.type)) && x.sentence === ctx.s.index && [...codes].every((k) => x.codes.has(k)))) continue;
    out.push({ ...statement(ctx.s, type, from, to, { start: v.start, end: v.start }, v.cue ?? "nên"), date: speechDate(ctx, c) });
  }
  return out;
}

/**
 * Naming statements: "Nhà Trắng gọi cuộc gặp là “rất tích cực”" (SUPPORT), "X coi động thái này là
 * hành động khiêu khích" (ACCUSE), from the speaker to the sides of what is named — the actors named
 * in it, else the pair last named.
 */
/** Whether a verb group opens with an evaluation, the predicate of its clause ("không đáng tin cậy", "phản tác dụng"). */
function evaluative(ctx: SentCtx, v: ClauseGroup): boolean {
  const end = Math.min(ctx.s.end, v.end + 24);
  return ctx.lex.evaluationNegative.startsWith(ctx.ix, v.start, end) !== null || ctx.lex.evaluationPositive.startsWith(ctx.ix, v.start, end) !== null;
}

/** The side that did the act a judged span names with no side of its own ("các lệnh trừng phạt"), told within the last three sentences. */
function doerOfNamed(ctx: SentCtx, named: Span): Arg[] {
  // (not talks, whose sides the speaker's is one of: "mô tả các cuộc thảo luận là mang tính xây dựng" is toward the partner)
  // (the cue, also where it is no act of its own: "các lệnh trừng phạt" judged)
  const m = ctx.lex.triggerSet.find(ctx.ix, named.start, named.end)[0];
  const def = m ? ctx.lex.triggerByCue.get(m.cue) : undefined;
  if (!def || def.frame === "joint") return [];
  const last = ctx.lastActors.get(def.type);
  return last && ctx.s.index - last.sentence <= 3 ? [last.arg] : [];
}

function evaluations(ctx: SentCtx, found: Candidate[]): Candidate[] {
  const { lex, ix } = ctx;
  const out: Candidate[] = [];
  for (let c = ctx.c0; c < ctx.c1; c++) {
    const cl = ctx.clauses[c]!;
    const v = verbOf(cl);
    if (!v?.head) continue;
    let from: Arg[];
    let named: Span;
    let isEnd: number;
    // (no copula: the evaluation is the predicate itself)
    let bare = false;
    if (lex.namingVerbs.startsWith(ix, v.head.start, v.end)) {
      // "gọi <what> là …" in one clause
      // (the named thing may have become a clause of its own: "gọi [cảnh các con tin bị đưa lên bục] là …")
      let end = cl.end;
      for (const k of children(ctx, c)) if (ctx.clauses[k]!.kind === "complement") end = Math.max(end, ctx.clauses[k]!.end);
      const cop = lex.copula.findIn(ix, v.end, end)[0];
      if (!cop) continue;
      from = subjectOf(ctx, c, true);
      named = { start: v.end, end: cop.start };
      isEnd = cop.end;
    } else if (cl.parent !== null && (lex.copula.startsWith(ix, v.head.start, v.end) || evaluative(ctx, v))) {
      // "<speaker> đánh giá [Qatar là …]", and with the evaluation as the predicate itself: "cho rằng [Washington không đáng tin cậy]"
      const pv = verbOf(ctx.clauses[cl.parent]!);
      if (!pv?.head || !(lex.namingVerbs.startsWith(ix, pv.head.start, pv.end) || pv.role === "report")) continue;
      from = subjectOf(ctx, cl.parent, true);
      named = { start: cl.start, end: v.start };
      bare = !lex.copula.startsWith(ix, v.head.start, v.end);
      // (a bare predicate judges the subject of its own clause, "Washington không đáng tin cậy"; none, nothing judged)
      if (bare && !cl.groups.some((g) => g.kind === "subject")) continue;
      isEnd = bare ? v.start : v.end;
    } else continue;
    // the evaluation: after quotes and intensifiers ("là “rất tích cực”", "là một hành động khiêu khích")
    let p = isEnd;
    for (let guard = 0; guard < 4; guard++) {
      while (p < ctx.s.end && /[\s"“”]/u.test(ctx.lower.charAt(p))) p++;
      const w = lex.intensifiers.startsWith(ix, p, ctx.s.end);
      if (!w) break;
      p += w.length;
    }
    // (the evaluation may follow its noun: "là bước đầu tiên quan trọng")
    const win = Math.min(ctx.s.end, p + 36);
    const pos = lex.evaluationPositive.findIn(ix, p, win)[0];
    const neg = lex.evaluationNegative.findIn(ix, p, win)[0];
    const positive = pos && (!neg || pos.start < neg.start);
    const negative = neg && (!pos || neg.start < pos.start);
    if (!positive === !negative) continue;
    const fromCodes = codesOf(from);
    if (!fromCodes.size) continue;
    let to: Arg[] = argsIn(ctx.args, named.start, named.end).filter((a) => isParticipant(ctx, a));
    // (an act named with no side of its own, "các lệnh trừng phạt là bất hợp pháp": whoever did the last such act)
    if (!to.length) to = doerOfNamed(ctx, named);
    // (a bare predicate on talks judges them, not a side: "cho rằng các cuộc đàm phán mang tính xây dựng")
    if (!to.length && ctx.lastPair && !(bare && ctx.trigs.some((x) => x.start >= named.start && x.end <= named.end && x.def.frame === "joint"))) to = [ctx.lastPair];
    const toCodes = [...codesOf(to)].filter((x) => !fromCodes.has(x));
    if (!toCodes.length) continue;
    const type = positive ? "SUPPORT" : "ACCUSE";
    const codes = new Set([...fromCodes, ...toCodes]);
    // (a statement already coded between them says it: "cảnh báo Israel cần rất thận trọng" is the warning; by the same
    // speaker: "Trump cảnh báo Iran …, trong khi Khamenei cho rằng Washington không đáng tin cậy" is two)
    if (found.some((x) => (x.type === type || STATEMENT_TYPES.has(x.type)) && x.sentence === ctx.s.index && [...codes].every((k) => x.codes.has(k)) && [...fromCodes].every((k) => x.actorCodes.has(k)))) continue;
    out.push({ ...statement(ctx.s, type, from, to, { start: v.start, end: isEnd }, "gọi là"), date: speechDate(ctx, c) });
  }
  return out;
}
