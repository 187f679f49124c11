/**
 * Statements: events a speaker states about others with no trigger word of their own: requests said with a modal
 * ("Ukraine phải được mời") and evaluations of another's act ("các lệnh trừng phạt phản tác dụng").
 */
import type { ClauseGroup, Span } from "../envelope/types.js";
import { type Arg, argsIn } from "./args.js";
import { children, clauseAt, groupArgsOf, isParticipant, type Sent, type SentCtx, subjectOf, verbOf } from "./sentence.js";
import { STATEMENT_TYPES } from "./status.js";
import { speechDate } from "./dates.js";
import { untilClause } from "./triggers.js";
import { codesOf } from "./sides.js";
import type { Candidate } from "./candidates.js";

/** Marker labels saying an act was done ("đã phải rút quân"): what another had to do, so did, is no request. */
const DONE_LABELS = new Set(["past", "recent"]);

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
export function modalRequests(ctx: SentCtx, found: Candidate[]): Candidate[] {
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

/** Whether argument `a` stands in clause `c` itself (not in a clause under it). */
function inClause(ctx: SentCtx, c: number, a: Arg): boolean {
  const cl = ctx.clauses[c]!;
  return a.start >= cl.start && a.end <= cl.end && clauseAt(ctx, a.start) === c;
}

export function evaluations(ctx: SentCtx, found: Candidate[]): Candidate[] {
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
      const passive = v.markers.find((m) => m.class === "passive" && m.end <= v.head!.start);
      if (passive) {
        // passive, its speaker as agent: "<what> bị Caracas gọi là “khiêu khích”" (the copula may be part of the head)
        const cop = lex.copula.findIn(ix, v.head.start, end)[0];
        from = argsIn(ctx.args, passive.end, v.head.start).filter((a) => isParticipant(ctx, a));
        const subj = cl.groups.find((g) => g.kind === "subject");
        if (!cop || !from.length || !subj) continue;
        named = { start: subj.start, end: v.start };
        isEnd = cop.end;
      } else {
        const cop = lex.copula.findIn(ix, v.end, end)[0];
        if (!cop) continue;
        from = subjectOf(ctx, c, true);
        named = { start: v.end, end: cop.start };
        isEnd = cop.end;
      }
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
    // (an act named again by a noun for acts, "động thái bị Caracas gọi là khiêu khích": whoever did the act told just
    // before it in the sentence, all sides of a joint one)
    if (!to.length && lex.actAnaphors.hasIn(ix, named.start, named.end)) {
      const prev = found.filter((x) => x.sentence === ctx.s.index && x.trigger.end <= named.start && x.actor.length && !STATEMENT_TYPES.has(x.type)).pop();
      if (prev) to = [{ start: prev.trigger.start, end: prev.trigger.start, ids: prev.actor, codes: [...prev.actorCodes], kind: "anaphor", loc: undefined, attr: undefined, none: undefined }];
    }
    // (else a side the sentence names outside the speaker's clause: "Phản ứng với động thái của EU, X cho rằng các lệnh
    // trừng phạt là bất hợp pháp" is toward the EU)
    if (!to.length) {
      const others = ctx.args.filter((a) => isParticipant(ctx, a) && !from.includes(a) && a.codes.every((k) => !fromCodes.has(k)) && (a.start < named.start || a.start >= isEnd) && !inClause(ctx, c, a) && (cl.parent === null || !inClause(ctx, cl.parent, a)));
      if (others.length && codesOf(others).size === 1) to = others;
    }
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
