/**
 * The document walk: sentence by sentence, finds the triggers (triggers.ts), their sides (sides.ts), the candidates
 * they make (candidates.ts) and the statements with no trigger (statements.ts), and keeps what carries over from one
 * sentence to the next (DocState: the last pair, topic, acts and dates named).
 */
import type { Actor, Clause, Doc, Quote, Timex } from "../envelope/types.js";
import { indexText, type TokenIndex } from "../text/cues.js";
import { SpanIndex } from "../envelope/spans.js";
import type { Lexicon } from "./lexicon.js";
import { splitSentences } from "./text.js";
import { type Arg, argsIn, groupArgs, lastBefore, mergeArgs, toArgs, weakArgs } from "./args.js";
import { clauseAt, groupAt, isParticipant, type Partners, type Sent, type SentCtx, subjectOf, type Trig, verbOf } from "./sentence.js";
import { type Slots, slotsOf } from "./frames.js";
import { assignDates, datingTimexes, dayOf, proposedDate, speechDate } from "./dates.js";
import { findQuotes } from "./quotes.js";
import { findTriggers } from "./triggers.js";
import { anaphorsOf, codesOf, isArticlePair, partners, sameSides } from "./sides.js";
import { actorArg, buildCandidates, type Candidate, clauseNames, takesPlace } from "./candidates.js";
import { evaluations, modalRequests } from "./statements.js";
import { isStatement } from "./status.js";

export type { Candidate } from "./candidates.js";

export type { Arg } from "./args.js";

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
/** A TIMEX3 value naming a year, month or day (comparable as text). */
const CALENDAR_DAY = /^\d{4}(?:-\d{2}){0,2}$/;
/** A TIMEX3 value placing something on the calendar (a year known or not). */
const CALENDAR = /^(?:\d{4}|XXXX)/;
/** How far back in its paragraph a sentence saying "khi đó" looks for the time it refers to (characters). */
const PRIOR_WINDOW = 1500;

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
  const spokeOn = new Map<string, Set<string>>();
  const statements = new Set<Candidate>();
  const takingOn = new Set<Candidate>();
  // the timexes of a sentence found by binary search, not a pass over all of them
  const timexIndex = new SpanIndex(doc.timexes);

  const st: DocState = {
    doc, lex, trace, lower, ix, actors, mentionArgs, weakArgs: weak, stateByCode, candidates, allArgs, mediators, clauses, codeOf, partner, quoteSpeaker, speechDay, spokeOn, statements, takingOn, timexIndex,
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
  // ("đã đồng ý nâng chi tiêu lên 5% GDP vào năm 2035"); it may still have the day its speaker spoke on
  const year = doc.referenceDate.value?.slice(0, 4);
  if (year && /^\d{4}$/u.test(year)) for (const c of candidates) if (c.date && REALIS_DONE.has(c.status) && /^\d{4}/u.test(c.date) && c.date.slice(0, 4) > year) c.date = null;
  // nor is a statement, the article's own news, dated after the day the article speaks from: that day is what it is
  // about ("hoan nghênh lời mời … vào ngày 12/1")
  const ref = doc.referenceDate.value?.slice(0, 10);
  // ("nhất trí kết nạp Timor Leste vào tháng 10": nor an act done that takes on another, or agrees to one, which that
  // time dates)
  const late = (c: Candidate) => !!ref && !!c.date && c.status === "occurred" && CALENDAR_DAY.test(c.date) && c.date > ref.slice(0, c.date.length);
  if (ref && DAY_VALUE.test(ref)) for (const c of [...st.statements, ...st.takingOn]) if (late(c)) c.date = null;
  spokenDates(st);
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
export interface DocState {
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
  /** Every day the article says each speaker (actor id) spoke on, and the statements (stances, accusations, threats) it reports. */
  readonly spokeOn: Map<string, Set<string>>;
  readonly statements: Set<Candidate>;
  /** The candidates of acts that take on another act, or agree to one ("nhất trí kết nạp …": frames.json dateRoles.spoken frames). */
  readonly takingOn: Set<Candidate>;
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
  const ctx: SentCtx = { lex, text: doc.text, lower, ix, s, args, timexes: [], allTimexes: [], clauses, c0, c1, trigs: [], lastPair, lastAgreement, lastTogether: st.lastTogether, lastActors: st.lastActors, lastAct: st.lastAct, partner, impliedAt: st.impliedAt, mediators: [], codeOf, prevTopic, quoteSpeaker: quoteSpeaker(s) };
  ctx.allTimexes = timexIndex.within(s.start, s.end);
  ctx.timexes = datingTimexes(ctx, ctx.allTimexes);
  // (only for a sentence whose verbs say "khi đó": the last calendar time of its paragraph before it)
  ctx.priorDate = null;
  if (lex.thenMarkers.size && clauses.slice(c0, c1).some((cl) => cl.groups.some((g) => g.kind === "verb" && g.markers.some((m) => lex.thenMarkers.has(m.label))))) {
    const section = doc.sections.find((x) => x.start <= s.start && s.start < x.end);
    const prior = section ? timexIndex.within(Math.max(section.start, s.start - PRIOR_WINDOW), s.start).filter((x) => (x.type === "DATE" || x.type === "TIME") && CALENDAR.test(x.value)).at(-1) : undefined;
    ctx.priorDate = prior ? dayOf(prior.value) : null;
  }
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
  for (const g of groups) if (codesOf(g).size >= 2) groupPair = mergeArgs(g);
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
 * A sentence that goes on telling of the sides of a dated act the sentence just before reported, in the same
 * paragraph ("… hôm 2/12 nhất trí khôi phục đối thoại. Hai bộ trưởng gặp nhau tại Tokyo …"): its acts done that no
 * time of its own dates are of that day (a time it names only for another of its acts, "…, trước thềm hội nghị dự kiến
 * diễn ra vào tháng 1", leaves them so), unless it says they were earlier ("trước đó": cues.json "earlier").
 */
function carryDates(st: DocState, s: Sent, found: Candidate[]): void {
  const prev = st.lastDated;
  const sectionOf = () => st.doc.sections.find((x) => x.start <= s.start && s.start < x.end)?.index ?? -1;
  const open = found.some((c) => !c.date && c.status === "occurred" && c.codes.size >= 2);
  // (every calendar time the sentence names dates another of its acts: one that dates none, "…, ông Zelensky nói tại
  // cuộc họp báo hôm 14/5", places the sentence's acts on a day of its own)
  const ownTime = st.timexIndex.within(s.start, s.end).some((x) => (x.type === "DATE" || x.type === "TIME") && CALENDAR.test(x.value) && !found.some((c) => c.date === dayOf(x.value)));
  if (open && !ownTime && prev && prev.sentence === s.index - 1 && prev.section === sectionOf() && !st.lex.earlier.find(st.ix, s.start, s.end).length)
    for (const c of found) {
      if (c.date || c.status !== "occurred" || c.codes.size < 2) continue;
      const from = prev.cands.find((p) => [...c.codes].every((x) => p.codes.has(x)));
      if (from) c.date = from.date;
    }
  const dated = found.filter((c) => c.date && c.status === "occurred" && c.codes.size >= 2 && DAY_VALUE.test(c.date));
  st.lastDated = dated.length ? { sentence: s.index, section: sectionOf(), cands: dated } : null;
}

/** The candidates of the triggers of one sentence (its clauses c0 … c1 - 1), dated where the sentence allows. */
function triggerCandidates(st: DocState, ctx: SentCtx, trigs: Trig[], c0: number, c1: number, prevTopic: Arg[]): Candidate[] {
  const { trace, clauses, speechDay } = st;
  const found: Candidate[] = [];
  const dates = assignDates(ctx, trigs);
  const orphanDates: Array<{ at: number; value: string; type: string; again: boolean; clause: number }> = [];
  // who speaks in the sentence (actor ids), and the day each first spoke on ("Hôm 28/5, ông Zelensky thừa nhận …")
  const speakers: string[][] = [];
  for (let c = c0; c < c1; c++) {
    if (verbOf(clauses[c]!)?.role !== "report") continue;
    const who = subjectOf(ctx, c, true).flatMap((a) => a.ids);
    if (!who.length) continue;
    speakers.push(who);
    const d = speechDate(ctx, c);
    if (d) for (const x of who) if (!speechDay.has(x)) speechDay.set(x, d);
    if (d) for (const x of who) st.spokeOn.set(x, (st.spokeOn.get(x) ?? new Set()).add(d));
  }
  for (const t of trigs) {
    if (trace && (t.dropped || t.consumedBy)) trace(t, null, [], ctx);
    if (t.dropped || t.consumedBy) continue;
    const built = buildCandidates(ctx, t, prevTopic, dates.get(t) ?? null, found);
    // (what an agreement governs stands with its own date or place only: "nhất trí gặp lại vào ngày 19/4")
    const cs = t.agreedBy ? built.filter((c) => c.date || c.location) : built;
    namedAgain(st, ctx, t, cs, found);
    if (isStatement(t) && !toldBefore(ctx, t)) for (const c of cs) st.statements.add(c);
    if (t.consumes || ctx.lex.doneNowFrames.has((t.consumedBy ?? t).def.frame ?? "")) for (const c of cs) st.takingOn.add(c);
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
    else if (dates.has(t)) orphanDates.push({ at: t.start, value: dates.get(t)!, type: t.def.type, again: t.nominal && takesPlace(ctx, t), clause: t.clause });
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
  // (not one the clause it stands in reports: "X nói tại cuộc họp báo hôm 4/12 rằng A và B đã ký …" tells of the signing that day)
  for (const d of orphanDates) {
    const told = (c: Candidate) => {
      const k = clauseAt(ctx, c.trigger.start);
      return k >= 0 && clauses[k]!.kind === "reported" && clauses[k]!.parent === d.clause;
    };
    const near = found.filter((c) => !c.date && c.trigger.start > d.at && !told(c)).sort((a, b) => Math.abs(a.trigger.start - d.at) - Math.abs(b.trigger.start - d.at))[0];
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
 * A statement the article reports with no date of its own, by a speaker it says spoke on one day only ("Trong cuộc họp
 * báo hôm 5/2, ông Peskov cho biết …", then "Ông Peskov cho biết Nga vẫn cởi mở …"): that day, wherever in the article
 * the dated speech is told (before or after), when the speaker is one of its sides. A speaker who spoke on several days
 * leaves it undated.
 */
function spokenDates(st: DocState): void {
  if (!st.spokeOn.size) return;
  for (const c of st.statements) {
    if (c.date || c.status !== "occurred") continue;
    // (the speaker who reports it is a side of it speaking for itself: not a third party telling what the sides agreed;
    // and a person or a body, not a state or its capital, which speak through many on many days; or the person who
    // makes it: "Ngoại trưởng Lavrov vừa cảnh báo NATO …", then "Phát biểu hôm 11/3, ông Lavrov cho biết …")
    const said = c.attribution.filter((x) => c.codes.has(st.codeOf.get(x) ?? "") && SPEAKERS.has(st.actors.get(x)?.type ?? ""));
    const own = [...said, ...c.actor.filter((x) => st.actors.get(x)?.type === "person")];
    const days = new Set(own.flatMap((x) => [...(st.spokeOn.get(x) ?? [])]));
    if (days.size === 1) c.date = [...days][0]!;
  }
}

/** A statement in its speaker's words (a quotation, a reported clause, a first-person subject) told as done before they spoke ("Tôi đã hối thúc …"). */
function toldBefore(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[(t.consumedBy ?? t).clause];
  if (!cl || !verbOf(cl)?.markers.some((m) => ctx.lex.spokenBeforeMarkers.has(m.label))) return false;
  // (in the speaker's words: a reported clause, a quotation, or a clause whose subject is "tôi" / "chúng tôi")
  const subj = cl.groups.find((g) => g.kind === "subject");
  return cl.kind === "reported" || ctx.quoteSpeaker.length > 0 || (!!subj && !!ctx.lex.firstPerson.startsWith(ctx.ix, subj.start, subj.end));
}

/** Kinds of actor whose days of speaking date their statements (see `spokenDates`). */
const SPEAKERS: ReadonlySet<string> = new Set(["person", "org"]);
/** Roles of a group naming where or during what something was said ("tại cuộc họp báo", "trong cuộc điện đàm"). */
const SETTING_ROLES = new Set(["at", "in"]);
/** How far back (characters) an act named again may find the act it names: a few sentences. */
const AGAIN_REACH = 800;
/** Hostile acts: an attack whose target is implied is on a side its actor has had one of these with (not a partner in talks). */
const HOSTILE = new Set(["ASSAULT", "FIGHT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "MOBILIZE", "PROTEST"]);
