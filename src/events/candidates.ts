/**
 * Candidates: the event statements one trigger makes once its sides are found: type, status, date, place, mediator,
 * attribution, one per side where acts are done apart, and the context tests they use (planned, occurring, taking
 * place, going somewhere, addressed, an act named again).
 */
import type { ClauseGroup, EventRecord, Span } from "../envelope/types.js";
import { syllables } from "./text.js";
import { type Arg, argsIn, mergeArgs } from "./args.js";
import { children, clauseAt, groupArgsOf, groupAt, isAttributionMarked, isLocationMarked, isParticipant, isSpeaker, type SentCtx, subjectOf, type Trig, verbOf } from "./sentence.js";
import { applyFrame, boundActStart, type Slots } from "./frames.js";
import { STATEMENT_TYPES, statusOf } from "./status.js";
import { alone, bodySetting, codesOf, pairNow, slotsFor } from "./sides.js";

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
  /** The codes of its clause's subject among its sides: who does the act ("X điện đàm với A và B": X). */
  subjectCodes?: Set<string>;
}

/** The actor side of a candidate as one argument standing for it. */
export function actorArg(c: Candidate): Arg {
  return { start: c.trigger.start, end: c.trigger.start, ids: c.actor, codes: [...c.actorCodes], kind: "anaphor", loc: undefined, attr: undefined, none: undefined };
}

/** The recipient side of a candidate as one argument standing for it. */
function recipientArg(c: Candidate): Arg {
  return { start: c.trigger.start, end: c.trigger.start, ids: c.recipient, codes: [...c.codes].filter((x) => !c.actorCodes.has(x)), kind: "anaphor", loc: undefined, attr: undefined, none: undefined };
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
      const goal = t.def.type === "ASSAULT" ? ctx.lex.attackRoles : t.def.mode === "withdraw" ? ctx.lex.withdrawalRoles : ctx.lex.withdrawalTypes.has(t.def.type) ? ctx.lex.sentOrTakenRoles : ctx.lex.movementRoles;
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

/** Whether a place stands in a group right after its clause's subject and before the verb ("X ở Syria tấn công …"): where the doer is. */
function ofSubject(ctx: SentCtx, t: Trig, loc: Arg): boolean {
  const cl = ctx.clauses[t.clause];
  if (!cl) return false;
  const k = cl.groups.findIndex((g) => g.start <= loc.start && loc.end <= g.end);
  const v = cl.groups.findIndex((g) => g.kind === "verb");
  if (k <= 0 || v < 0 || k > v) return false;
  for (let i = k - 1; i >= 0; i--) {
    const g = cl.groups[i]!;
    if (g.kind === "subject") return true;
    if (g.kind !== "prep") return false;
  }
  return false;
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
/** Statements toward the state where what they call for or welcome happens, when they address no one (see buildCandidates). */
const PLACED_STANCES = new Set(["REQUEST", "SUPPORT"]);
/**
 * Acts whose other side may stay implied: stances, attacks, threats ("Hamas chấp thuận đề xuất", "vụ tấn công của Hamas",
 * "ông đe dọa dùng sức ép quân sự"; a threat only as the verb of its clause: "bất chấp nhiều lần cảnh báo" is no act).
 */
const IMPLIED_SIDE = new Set(["AGREE", "SUPPORT", "REJECT", "REQUEST", "ASSAULT", "CONCEDE", "THREATEN"]);
/** Roles of a group naming whom an act is addressed to ("đổ lỗi cho phương Tây"): an addressee that is no actor leaves no side implied. */
const ADDRESSEE_ROLES = new Set(["for", "with", "toward", "target", "to"]);

/** The names of a topic group opening the sentence before its first subject ("Về tình hình Myanmar, …"); none when there is none. */
function frontedTopic(ctx: SentCtx): Arg[] {
  const cl = ctx.clauses[ctx.c0];
  const g = cl?.groups[0];
  if (!cl || ctx.c0 >= ctx.c1 || !g || g.kind !== "prep" || g.role !== "about" || !cl.groups.some((h) => h.kind === "subject" && h.start >= g.end)) return [];
  return groupArgsOf(ctx, g);
}

/** The candidates of one trigger: usually one; one per counterpart for calls and acts done apart; two for mutual accusations. */
export function buildCandidates(ctx: SentCtx, t: Trig, prevTopic: Arg[], date: string | null, before: Candidate[]): Candidate[] {
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
  // (not a place right after the subject, before the verb, where the doer is from: "Lực lượng người Kurd ở Syria giao tranh với …")
  if ((lex.placeIsRecipient.has(def.type) || lex.placeIsRecipient.has(`${def.type}/${def.mode ?? ""}`)) && !recipient.length && loc && loc.codes.some((c) => !codesOf(actor).has(c)) && !ofSubject(ctx, t, loc)) recipient = [loc];
  // a visit to a place is a visit to its state: "sẽ thăm Bắc Kinh", "tới Tehran"
  if (def.frame === "visit" && !recipient.length && loc && loc.codes.some((c) => !codesOf(actor).has(c))) recipient = [loc];
  // stance of one side with no one addressed: another side named after it in its clause or the clauses it governs
  // (not the source of a report after it: "…, Bộ Ngoại giao Qatar bổ sung")
  // (not a weak cue, "cảnh báo nạn đói …, trong khi Ai Cập …": a warning names whom it warns)
  if (def.frame === "stance" && !def.weak && !recipient.length && actor.length) {
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
    // (of one side: two calling together, "A và B kêu gọi …", have named whom they call on, if anyone)
    const other = aCodes.size < 2 ? ctx.args.filter((a) => a.start >= t.end && isParticipant(ctx, a) && a.codes.some((c) => !aCodes.has(c)) && !third.includes(a) && own(a)) : [];
    other.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
    if (other[0]) recipient = [other[0]];
    // (else a call for or welcome of something happening in another state is toward it: "kêu gọi quá trình chuyển giao quyền
    // lực ở Bangladesh diễn ra hòa bình", "hoan nghênh nỗ lực giảm căng thẳng ở biên giới Ấn - Trung")
    else if (PLACED_STANCES.has(def.type)) {
      const placed = ctx.args.filter((a) => a.start >= (consumed ?? t).end && a.codes.length > 0 && a.codes.every((c) => !aCodes.has(c)) && isLocationMarked(ctx, a) && own(a) && a.kind !== "place");
      if (placed.length && placed.every((a) => a.start < (placed[0]!.start + 40))) recipient = placed;
      // (or about a state the sentence opens with as its topic: "Về tình hình Myanmar, các lãnh đạo … kêu gọi gia hạn …")
      else {
        const topic = frontedTopic(ctx).filter((a) => a.kind === "gpe" && a.codes.length > 0 && a.codes.every((c) => !aCodes.has(c)));
        if (topic.length === 1) recipient = topic;
      }
    }
  }
  // a statement coordinated with a talk it follows, addressing no one of its own ("điện đàm với lãnh đạo hai nước và cảnh
  // báo sẽ …", "gặp Ngoại trưởng Lavrov và kêu gọi …"): it is addressed to the partner of that talk
  // (and a meeting of the same subject with no one named, "điện đàm với B, dự kiến sẽ có cuộc gặp tại …", is with that partner)
  // (or a statement the talk is held for: "điện đàm với B để kêu gọi kiềm chế")
  if ((def.frame === "stance" || (def.frame === "joint" && t.nominal && codesOf(actor).size === 1)) && !recipient.length && actor.length && cl && (cl.kind === "coordinate" || (cl.kind === "purpose" && def.frame === "stance")) && cl.inherits && cl.parent !== null) {
    const aCodes = codesOf(actor);
    const p = ctx.clauses[cl.parent]!;
    const partner = p.groups.filter((g) => g.kind === "prep" && g.role === "with").flatMap((g) => groupArgsOf(ctx, g)).filter((a) => isParticipant(ctx, a) && a.codes.some((c) => !aCodes.has(c)));
    if (partner.length && before.some((c) => c.type === "CONSULT" && c.trigger.start >= p.start && c.trigger.end <= p.end)) recipient = partner;
  }
  // a threat held out for a demand not met ("yêu cầu B …, nếu không Mỹ sẽ có biện pháp cần thiết"), naming no one: against
  // whom the same side's demand before it in the sentence was addressed
  if (def.type === "THREATEN" && !recipient.length && actor.length) {
    const aCodes = codesOf(actor);
    const demand = before.filter((c) => c.type === "REQUEST" && c.sentence === ctx.s.index && c.trigger.end <= t.start && c.actorCodes.size > 0 && [...c.actorCodes].every((x) => aCodes.has(x)) && c.recipient.length > 0).at(-1);
    if (demand) recipient = [recipientArg(demand)];
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
  // "ECOWAS áp đặt trừng phạt lên Niger và đe dọa can thiệp quân sự": a threat coordinated after another act of the same
  // subject, naming no one it is against, is against whom that act was (a threat names whom it threatens, else none)
  if (def.type === "THREATEN" && !recipient.length && actor.length && cl?.kind === "coordinate" && cl.inherits && cl.parent !== null) {
    const pc = ctx.clauses[cl.parent]!;
    const aCodes = codesOf(actor);
    const prevAct = [...before].reverse().find((c) => c.trigger.start >= pc.start && c.trigger.start < pc.end && c.recipient.length > 0 && c.actorCodes.size === aCodes.size && [...aCodes].every((k) => c.actorCodes.has(k)));
    const to = prevAct ? [...prevAct.codes].filter((k) => !aCodes.has(k)) : [];
    if (prevAct && to.length) {
      recipient = [{ start: t.start, end: t.start, ids: prevAct.recipient, codes: to, kind: "anaphor", loc: undefined, attr: undefined, none: undefined }];
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
  // (a body of states welcoming "the agreement" welcomes its sides too: "Tổng thư ký LHQ hoan nghênh thỏa thuận")
  const dealOf = (x: string): Arg | null => {
    const deal = ctx.lastAgreement;
    const tail = consumed ?? t;
    return deal && !deal.codes.includes(x) && def.frame === "stance" && lex.agreementNouns.hasIn(ctx.ix, tail.end, Math.min(s.end, tail.end + 16)) ? deal : null;
  };
  // a stance on mediating naming no sides ("cam kết giữ vai trò trung gian hòa giải", "sẵn sàng làm trung gian"): toward the
  // pair it mediates between (the article's main pair, else the last pair named together or agreeing), none of them itself
  if (codes.size === 1 && actor.length && !recipient.length && def.frame === "stance" && lex.mediatorVerbs.hasIn(ctx.ix, (consumed ?? t).start, Math.min(s.end, t.end + 48))) {
    const x = [...codes][0]!;
    const pair = [ctx.partner.mainPair, ctx.lastTogether, ctx.lastAgreement].find((p) => !!p && p.codes.length === 2 && !p.codes.includes(x));
    if (pair) {
      recipient = [pair];
      codes = codesOf([...actor, ...recipient]);
    }
  }
  if (codes.size === 1 && actor.length && !recipient.length && ((IMPLIED_SIDE.has(def.type) && !(def.type === "THREATEN" && !t.threat && ctx.clauses[t.clause]?.groups[t.group]?.kind !== "verb")) || goneToTalk || mutual) && !def.denial && !addressed(ctx, t) && (!lex.aloneBodies.has([...codes][0]!) || dealOf([...codes][0]!))) {
    // the other side is implied: the one last named with the actor, or its usual counterpart
    const x = [...codes][0]!;
    const pair = ctx.lastPair;
    const deal = dealOf(x);
    if (deal) {
      // "Rubio hoan nghênh thỏa thuận": the sides of the agreement last reported
      recipient = [deal];
    } else {
      // (its usual counterpart: the one the article names with it most, in two sentences or more, or in one when the
      // article has named it before this act's sentence, "… Israel và Hamas …" then "Hamas chấp thuận đề xuất mới nhất")
      const usual = ctx.partner.partner.get(x);
      const usualOk = usual !== undefined && ((ctx.partner.together.get(x)?.get(usual) ?? 0) >= 2 || (ctx.partner.first.get(usual)?.start ?? Infinity) < s.start);
      const y = pair && pair.codes.length === 2 && pair.codes.includes(x) ? pair.codes.find((c) => c !== x) : usualOk ? usual : undefined;
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
    const others = (sl.get("complement") ?? []).filter((a) => isParticipant(ctx, a) && !a.codes.every((c) => codesOf(actor).has(c)));
    const other = others.length > 0;
    // (an invitation offers to receive the invited, who is the one to come: "mời B thăm Mỹ" is no request)
    // (asking the other to act together with the speaker is an offer: "đề nghị B cùng tiến hành điều tra", frames.json jointProposal)
    const asked = [...others, ...(sl.get("object") ?? []).filter((a) => isParticipant(ctx, a) && !a.codes.every((c) => codesOf(actor).has(c)))];
    if (asked.length && !def.invitation && asked.some((a) => togetherAfter(ctx, a))) {
      type = "AGREE";
      mode = null;
    } else if (other && !def.invitation) type = "REQUEST";
    else if (def.invitation) mode = null;
    // (or to mediate between others: "đề nghị làm trung gian giữa Iran và Israel" is an offer)
    else if (consumed && (consumed.def.frame === "joint" || consumed.def.frame === "visit" || consumed.def.frame === "mediate")) {
      type = "AGREE";
      mode = null;
    }
  }
  // an offer to mediate said as a stance ("sẵn sàng làm trung gian giữa B và C"): the mediator offers, toward the sides it
  // would mediate between, as the proposal "đề nghị làm trung gian giữa B và C" does (not an agreement of those sides)
  if (type === "AGREE" && consumed?.def.frame === "mediate" && (actor.length || recipient.length)) {
    const mediator = third.filter((a) => isParticipant(ctx, a) && !actor.includes(a));
    if (mediator.length) {
      recipient = [...actor, ...recipient];
      actor = mediator;
    }
  }
  // a stance taking an act of some types is that type ("đồng ý rút tên …": a concession)
  // (one side's: two sides agreeing together, "A và B đồng ý ngừng bắn", is a joint agreement)
  const joint = codesOf(actor).size >= 2 && !recipient.length;
  // (nor an exchange both sides make, "sẵn sàng trao đổi tù binh với B": agreeing to it is an agreement)
  const mutual = (r: { mutualModes?: string[] }) => !!consumed && consumed.def.frame === "joint" && !!r.mutualModes?.includes(consumed.def.mode ?? "");
  // (a proposal offering to do it is an offer, AGREE: "đề xuất thả toàn bộ con tin", GOLD.md Proposals)
  const conv = consumed && !def.proposal ? lex.consumption.find((r) => r.stance === type && r.acts.includes(consumed.def.type) && !(r.oneSide && joint) && !mutual(r)) : undefined;
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
  // (before the reversal below, which makes a stopped cooperation a SANCTION)
  // a hostile act its doer stops ("Nga tuyên bố ngừng tấn công … của Ukraine"): a concession toward its target (frames.json deescalation)
  const de = lex.deescalation;
  if (de.type && de.types.has(type) && recipient.length && ownMarker(ctx, t, de.labels)) {
    type = de.type as typeof type;
    st.status = "occurred";
    mode = null;
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
  // a joint act one side says it wants to do with another ("Putin muốn gặp Trump"): willing, AGREE toward the other (frames.json willing)
  const w = lex.willing;
  if (w.type && w.types.has(type) && !recipient.length && ownMarker(ctx, t, w.labels)) {
    const subj = (sl.get("subject") ?? []).filter((a) => actor.includes(a) && isParticipant(ctx, a));
    const others = actor.filter((a) => !subj.includes(a) && a.codes.some((c) => !codesOf(subj).has(c)));
    if (subj.length && others.length) {
      actor = subj;
      recipient = others;
      type = w.type;
      st.status = "occurred";
      mode = null;
    }
  }
  // a measure its side calls off or suspends ("tạm dừng áp thuế bổ sung đối với hàng hóa Mỹ") eases restrictions: CONCEDE, done
  if (st.status === "cancelled" && lex.easing.has(type) && recipient.length && actor.length) {
    type = "CONCEDE";
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
    subjectCodes: codesOf((sl.get("subject") ?? []).filter((a) => actor.includes(a) || recipient.includes(a))),
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

/** Whether a noun act is the subject of a verb of happening ("việc trao trả con tin có thể diễn ra"). */
export function takesPlace(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause];
  const v = cl ? verbOf(cl) : null;
  return !!v?.head && subjectAct(ctx, t) && ctx.lex.occurrence.startsWith(ctx.ix, v.head.start, v.end) !== null;
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
export function clauseNames(ctx: SentCtx, c: number, venues = true): boolean {
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

/** Whether a group right after the act names whom it is addressed to ("đổ lỗi cho phương Tây"). */
function addressed(ctx: SentCtx, t: Trig): boolean {
  const tail = t.consumes ?? t;
  const c = clauseAt(ctx, tail.start);
  const cl = ctx.clauses[c];
  if (!cl) return false;
  const g = groupAt(ctx, c, tail.start);
  let next = cl.groups[g + 1];
  // (past the object the act runs into, what it is about: "đạt thỏa thuận [ngừng bắn] với các thủ lĩnh Druze")
  let from = tail.end;
  if (next && next.kind === "object" && tail.end > next.start && tail.end <= next.end) {
    from = next.end;
    next = cl.groups[g + 2];
  }
  return !!next && next.kind === "prep" && next.role !== null && ADDRESSEE_ROLES.has(next.role) && syllables(ctx.lower.slice(from, next.start)) <= 1;
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
    // (a group added by "cùng" right after the one before, "với A cùng B", is the same group: cues.json coordination.adds)
    const joinedGroups: ClauseGroup[][] = [];
    for (const g of withGroups) {
      const prev = joinedGroups[joinedGroups.length - 1];
      const cue = (g.cue ?? "").normalize("NFC").toLowerCase();
      if (prev && lex.withAdds.has(cue) && ctx.text.slice(prev[prev.length - 1]!.end, g.start).trim().toLowerCase() === cue) prev.push(g);
      else joinedGroups.push([g]);
    }
    const per = joinedGroups.map((gs) => gs.flatMap((g) => groupArgsOf(ctx, g))).map((l) => l.filter((a) => isParticipant(ctx, a) && !a.codes.every((c) => subjCodes.has(c)))).filter((l) => l.length);
    // (before the act, right before it: "lần lượt gặp A và B")
    const justBefore = lex.separately.findIn(ctx.ix, Math.max(cl ? cl.start : ctx.s.start, t.start - 16), t.start).some((m) => /^\s+$/u.test(ctx.lower.slice(m.end, t.start)));
    const apart = lex.separately.hasIn(ctx.ix, tail.end, clauseEnd) || justBefore || per.length > 1;
    const others = actor.filter((a) => !a.codes.every((c) => subjCodes.has(c)));
    const otherCodes = [...codesOf(others)].filter((c) => !subjCodes.has(c));
    if (apart && per.length > 1) return per.map((l) => one(subj, l));
    // (also any act said to be held apart with several named in one group: "các cuộc gặp song phương riêng với A và B")
    // (a call with an anaphor for the pair of states, "điện đàm với lãnh đạo hai nước", is one call with them: named
    // counterparts and two persons, "hai nhà lãnh đạo", are called each, and an anaphor taking them one at a time, "với từng
    // bên", below)
    const several = others.some((a) => a.kind === "anaphor" && a.codes.length > 1 && lex.personPairs.startsWith(ctx.ix, a.start, a.end) === null);
    if (((t.def.pairwise && !several) || apart) && otherCodes.length > 1 && !lex.multilateral.hasIn(ctx.ix, ctx.s.start, ctx.s.end)) {
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

/** Whether act `t` is its clause's verb (not one another act governs) and a marker before it in its verb group has one of `labels` ("muốn gặp", "ngừng tấn công"). */
function ownMarker(ctx: SentCtx, t: Trig, labels: ReadonlySet<string>): boolean {
  const g = ctx.clauses[t.clause]?.groups[t.group];
  return !t.consumedBy && g?.kind === "verb" && g.markers.some((m) => m.end <= t.start && labels.has(m.label));
}

/**
 * Whether a word of acting together stands right after the other side `a` of a proposal, before the proposed act and not
 * before another name ("đề nghị B cùng tiến hành …", not "đề nghị B cùng C …": a list) (data/events/frames.json jointProposal).
 */
function togetherAfter(ctx: SentCtx, a: Arg): boolean {
  const end = ctx.s.end;
  let i = a.end;
  while (i < end && ctx.text.charCodeAt(i) === 32) i++;
  const w = ctx.lex.together.startsWith(ctx.ix, i, end);
  if (!w) return false;
  const after = ctx.ix.ends[ctx.ix.firstAfter(i) + w.split(" ").length - 1]!;
  let j = after;
  while (j < end && ctx.text.charCodeAt(j) === 32) j++;
  return j < end && !ctx.args.some((b) => b.start === j);
}
