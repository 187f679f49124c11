/**
 * Sides: who an act is between. The slots a trigger's clause gives (with the topic carried over), the anaphors standing
 * for actors named before ("hai bên", "nước này", "các ngoại trưởng"), the article's partners and mediators, the pair
 * an act without sides is between, and when one side may act alone (bodies of states, acts told aside).
 */
import type { Actor, Clause, Doc, Span } from "../envelope/types.js";
import type { TokenIndex } from "../text/cues.js";
import type { Lexicon } from "./lexicon.js";
import { syllables } from "./text.js";
import { type Arg, argsIn, groupArgs, isNonParticipant, lastBefore, mergeArgs } from "./args.js";
import { children, clauseAt, groupArgsOf, groupAt, isParticipant, offerConditions, type Partners, pronounAt, type Sent, type SentCtx, subjectOf, type Trig } from "./sentence.js";
import { LEADING_ROLES, leadingArgs, type Slots, slotsOf } from "./frames.js";

export function sameSides(a: Arg, b: Arg): boolean {
  return a.codes.length === b.codes.length && a.codes.every((c) => b.codes.includes(c));
}
/** Two codes the article names together in more than one sentence (see `partners`). */
export function isArticlePair(p: Partners, g: Arg): boolean {
  if (g.codes.length !== 2) return false;
  const [x, y] = g.codes as [string, string];
  return (p.together.get(x)?.get(y) ?? 0) >= 2;
}

/** What the anaphors of a sentence read of the document walk's state (extract.ts `DocState`). */
export interface AnaphorState {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly ix: TokenIndex;
  readonly mentionArgs: Arg[];
  readonly stateByCode: Map<string, Actor>;
  readonly clauses: readonly Clause[];
  readonly partner: Partners;
  /** The last pair named together ("A và B") or acting jointly, and whether `lastPair` is instead the pair of a directed act. */
  readonly lastTogether: Arg | null;
  readonly lastPairDirected: boolean;
}

/** The anaphors of sentence `s` ("hai bên", "nước này", "khối này") standing for actors named before. */
export function anaphorsOf(st: AnaphorState, s: Sent, inSent: Arg[], lastPair: Arg | null, c0: number, c1: number): Arg[] {
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
function ownedAfter(st: AnaphorState, c0: number, c1: number, m: Span): boolean {
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

/**
 * For each code, the code the article most often names in the same sentence as a participant
 * (media, venues and the article's mediators left out), when one stands out: the implied other
 * side of a statement or attack that names only its actor ("Hamas chấp thuận đề xuất").
 */
export function partners(lex: Lexicon, doc: Doc, lower: string, ix: TokenIndex, sentences: Sent[], mentionArgs: Arg[]): Partners {
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
  // (what the sentence context holds of the walk over the document is empty here, and only read: one of each for every sentence)
  const noActors: SentCtx["lastActors"] = new Map();
  const noCodes: SentCtx["codeOf"] = new Map();
  for (const s of sentences) {
    while (k < mentionArgs.length && mentionArgs[k]!.start < s.start) k++;
    const args: Arg[] = [];
    for (let j = k; j < mentionArgs.length && mentionArgs[j]!.end <= s.end; j++) args.push(mentionArgs[j]!);
    while (c0 < clauses.length && clauses[c0]!.sentence < s.index) c0++;
    let c1 = c0;
    while (c1 < clauses.length && clauses[c1]!.sentence === s.index) c1++;
    const ctx: SentCtx = { lex, text: doc.text, lower, ix, s, args, timexes: [], allTimexes: [], clauses, c0, c1, trigs: [], lastPair: null, lastAgreement: null, lastActors: noActors, lastAct: null, partner: none, mediators: [], codeOf: noCodes, prevTopic: [], quoteSpeaker: [] };
    const med = mediatorsIn(ctx);
    mediatorsBySentence.push(med);
    for (const m of med) for (const c of m.codes) mediatorCodes.add(c);
    const codes: string[] = [];
    const live = args.filter((a) => isParticipant(ctx, a));
    // (not the sides of a conflict or relation named as a topic: "cuộc xung đột Nga - Ukraine")
    if (!firstPair)
      for (const g of groupArgs(lex, ix, lower, live))
        if (!firstPair && codesOf(g).size === 2 && !lex.pairTopics.endsIn(ix, Math.max(s.start, g[0]!.start - 24), betweenStart(ctx, g[0]!))) firstPair = mergeArgs(g);
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
      // "các cuộc đàm phán giữa A và B tại Riyadh do X tổ chức": hosting what two sides named before it in the clause do
      // (the verb after its agent, or in it: "do X tổ chức")
      const hostedBy = g.kind === "prep" && g.role === "agent" && lex.hosting.hasIn(ix, g.start, g.end) ? g : g.kind === "verb" && prev && prev.kind === "prep" && prev.role === "agent" && lex.hosting.hasIn(ix, g.start, g.end) ? prev : null;
      if (hostedBy) {
        const host = coded(groupArgsOf(ctx, hostedBy));
        const own = codesOf(host);
        const sides = codesOf(coded(argsIn(ctx.args, cl.start, hostedBy.start)).filter((a) => isParticipant(ctx, a) && a.codes.every((c) => !own.has(c))));
        if (host.length && sides.size >= 2) out.push(...host);
      }
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

export function codesOf(l: readonly Arg[]): Set<string> {
  // (the same set, in the same order, as new Set(l.flatMap((a) => a.codes)), without the flat array)
  const out = new Set<string>();
  for (const a of l) for (const c of a.codes) out.add(c);
  return out;
}

/** The slots of trigger `t`, with what a consumed act and a threat's condition add, and the topic carried over as subject. */
export function slotsFor(ctx: SentCtx, t: Trig, prevTopic: Arg[]): Slots {
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
    // the condition's subject is whom the threat is against (or the offer is made to: "… ngay khi Mỹ sẵn sàng")
    // (not the speaker's own side, a condition with no subject of its own: "sẽ áp thuế … đối với Nga nếu không có thỏa thuận")
    const own = codesOf(sl.get("subject") ?? []);
    const cond = (t.def.type === "AGREE" ? offerConditions(ctx, t.clause) : children(ctx, t.clause, "condition")).concat(conditionAfter(ctx, t));
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

/**
 * An act with one coded side that stands as an event (GOLD.md codes them): a type needing no other party
 * ("Triều Tiên phóng tên lửa"), or a body of states meeting, agreeing, backing or calling as one ("Hội nghị
 * G20 kết thúc", "G7 ủng hộ đề xuất"): its actor named, no recipient (data/events/cues.json "alone").
 */
export function alone(ctx: SentCtx, t: Trig, sl: Slots, actor: Arg[], recipient: Arg[], codes: Set<string>): boolean {
  if (codes.size !== 1 || !actor.length || recipient.length) return false;
  // (launched at someone, "phóng tên lửa nhằm vào các tàu", it is an attack on an unnamed other: no event of one side)
  if (ctx.lex.aloneTypes.has(t.def.type)) return !sl.has("target");
  // the other party named, but no actor of its own: "tấn công nhằm vào một con tàu"
  if (unnamedOther(ctx, t)) return true;
  const code = [...codes][0]!;
  // (named, or by its members: "các ngoại trưởng đã nhất trí …")
  if (!ctx.lex.aloneBodies.has(code) || !ctx.lex.aloneBodyTypes.has(t.def.type) || !actor.every((a) => a.kind === "org" || a.kind === "anaphor")) return false;
  // the body itself, not where others meet ("bên lề Hội nghị thượng đỉnh ASEAN", "tại hội nghị của NATO"):
  // no other side named in the sentence, and the act no setting of the clause
  const g = ctx.clauses[t.clause]?.groups[(t.consumedBy ?? t).group];
  if (g && g.kind === "prep" && g.role !== null && (ctx.lex.venueRoles.has(g.role) || ctx.lex.dateBoundRoles.has(g.role))) return false;
  return !ctx.args.some((a) => isParticipant(ctx, a) && a.codes.some((c) => c !== code) && !aside(ctx, t, a));
}

/** Whether act `t`'s object, target or partner after it in its clause names its other party by a noun alone (cues.json alone.unnamed). */
function unnamedOther(ctx: SentCtx, t: Trig): boolean {
  const nouns = ctx.lex.aloneUnnamed.get(t.def.type);
  const cl = ctx.clauses[t.clause];
  if (!nouns || !cl) return false;
  const tail = t.consumes ?? t;
  const g = cl.groups.find((x) => x.start >= tail.end && (x.kind === "object" || (x.kind === "prep" && (x.role === "target" || x.role === "with"))));
  if (!g || argsIn(ctx.args, g.start, g.end).some((a) => a.codes.length > 0)) return false;
  if (nouns.startsWith(ctx.ix, g.start, g.end) !== null) return true;
  // (after a number or a plural word: "một con tàu", "các tàu thuyền")
  const lead = ctx.lex.aloneUnnamedLead.startsWith(ctx.ix, g.start, g.end);
  if (lead === null) return false;
  const k = ctx.ix.firstAfter(g.start);
  const after = ctx.ix.ends[k + lead.split(" ").length - 1];
  return after !== undefined && nouns.startsWith(ctx.ix, after, g.end) !== null;
}

/** The body of states acting alone as the subject of the clause in whose setting group a meeting with no sides stands. */
export function bodySetting(ctx: SentCtx, t: Trig, actor: Arg[], recipient: Arg[]): Arg[] | null {
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

/** The pair an act without sides is between: the last pair named, unless the article keeps naming another. */
export function pairNow(ctx: SentCtx): Arg {
  const last = ctx.lastPair!;
  const main = ctx.partner.mainPair;
  return main && !sameSides(last, main) && !isArticlePair(ctx.partner, last) ? main : last;
}

/** A condition clause later in the sentence (the threat's "nếu Mỹ và NATO từ chối …"). */
function conditionAfter(ctx: SentCtx, t: Trig): number[] {
  for (let c = Math.max(t.clause, ctx.c0); c < ctx.c1; c++) if (ctx.clauses[c]!.kind === "condition" && ctx.clauses[c]!.start >= t.end) return [c];
  return [];
}
