import type { ClauseGroup, Span } from "../envelope/types.js";
import { groupArgs, isPeople, type Arg } from "./args.js";
import type { FrameDef } from "./lexicon.js";
import { syllables } from "./text.js";
import { STATEMENT_TYPES } from "./status.js";
import { byExample, children, clauseAt, groupArgsOf, isParticipant, isSpeaker, peopleSubject, subjectOf, verbIndex, verbOf, type SentCtx, type Trig } from "./sentence.js";

/**
 * Slots: what the clause around a trigger offers as its sides (data/events/frames.json says which
 * slot gives the actor, the recipient and the third party of each frame).
 *   subject     the clause's subject (shared through coordination, purpose, reported speech)
 *   object      the noun group after its verb (for a noun trigger: the names right after it)
 *   complement  the subject of a clause on its object ("cáo buộc [Nga vi phạm]")
 *   <role>      a prepositional group after it: with, between, target, for, to, of, agent …
 *   host        the subject of a hosting verb whose act names its own sides ("tổ chức cuộc gặp giữa A và B")
 */
export type Slots = Map<string, Arg[]>;

function add(sl: Slots, name: string, args: readonly Arg[]): void {
  if (!args.length) return;
  const l = sl.get(name);
  if (l) l.push(...args);
  else sl.set(name, [...args]);
}

/** Roles of a group naming to whom something is given, before the noun of the act it ends with ("cho Ukraine … viện trợ"). */
const GIVEN_TO: ReadonlySet<string> = new Set(["for", "to"]);

/** Roles whose group names one party, described after it: "dưới sự chủ trì của Thổ Nhĩ Kỳ, nước thành viên NATO" is Turkey's chair. */
export const LEADING_ROLES: ReadonlySet<string> = new Set(["chair", "mediator"]);

/** The names a group opens with, joined ("Ai Cập, Qatar và Mỹ"), without those of a description after them. */
export function leadingArgs(ctx: SentCtx, g: Span): Arg[] {
  return groupArgs(ctx.lex, ctx.ix, ctx.lower, groupArgsOf(ctx, g))[0] ?? [];
}

/**
 * The names of a group without the agents of a passive description inside it: "lực lượng Houthi được Iran hậu thuẫn",
 * "nhóm vũ trang bị Mỹ trừng phạt" (data/events/cues.json describedBy, a name of the group before it and a verb after the
 * agent) describe the noun; the agent is no side of the act whose group it is.
 */
export function ownGroupArgs(ctx: SentCtx, g: Span): Arg[] {
  const args = groupArgsOf(ctx, g);
  if (args.length < 2) return args;
  return args.filter((a, i) => i === 0 || !describedAgent(ctx, g, args[i - 1]!, a));
}
function describedAgent(ctx: SentCtx, g: Span, prev: Arg, a: Arg): boolean {
  const m = ctx.lex.describedBy.findIn(ctx.ix, prev.end, a.start).pop();
  if (!m || syllables(ctx.lower.slice(m.end, a.start)) > 2) return false;
  // (the description's verb after the agent, in the group)
  return syllables(ctx.lower.slice(a.end, g.end)) > 0;
}

/** The prepositional groups of clause `c` from group `from` on, by role; a possessor belongs to the group before it. */
function rolesFrom(ctx: SentCtx, groups: readonly ClauseGroup[], from: number, sl: Slots, until: number, first: string | null): void {
  let last: string | null = first;
  // (whether the group before names a side: an origin after it is the act's, "tấn công Ukraine từ Belarus")
  let side = false;
  for (let k = from; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.start >= until) break;
    if (g.kind === "object") {
      const args = ownGroupArgs(ctx, g);
      add(sl, "object", args);
      last = "object";
      side = args.some((a) => isParticipant(ctx, a));
    } else if (g.kind === "prep") {
      const args = ownGroupArgs(ctx, g);
      if (g.role !== null && side && ctx.lex.originRoles.has(g.role)) {
        // the act's own origin: no side, and what follows attaches to nothing before it
        last = null;
        side = false;
        continue;
      }
      // ("các nước như Mỹ và Anh": members named by example after a plural object are objects too)
      const example = last === "object" && k > 0 && groups[k - 1]!.kind === "object" && byExample(ctx, groups[k - 1]!, g);
      const role = example ? "object" : g.role !== null && ctx.lex.attachedRoles.has(g.role) && last ? last : (g.role ?? "");
      add(sl, role, LEADING_ROLES.has(role) ? leadingArgs(ctx, g) : args);
      last = role;
      side = args.some((a) => isParticipant(ctx, a));
    } else break;
  }
}

/**
 * True when the words between a directed act named by "việc" and its verb and a "của" phrase are the
 * act's object noun ("việc tấn công tàu chở dầu của Mỹ"): the possessor owns that object and undergoes
 * the act. Modifiers of the act itself ("việc tấn công mới nhất của Nga", data/events/cues.json
 * actModifiers) leave the possessor the act's own, as does an event noun ("vụ tấn công nhà máy của Nga").
 */
function ownedByObject(ctx: SentCtx, t: Trig, a: number, b: number): boolean {
  if (t.def.frame !== "directed" || t.def.noun) return false;
  const { ix, lex } = ctx;
  // only an act named by its verb ("việc tấn công"): an event noun's possessor is its doer ("vụ tấn công tên lửa của Nga")
  if (!lex.actNominalisers.endsIn(ix, Math.max(ctx.s.start, t.start - 12), t.start)) return false;
  // (the group starts after its preposition, "của")
  const last = ix.firstFrom(b) - 2;
  let words = false;
  for (let k = ix.firstAfter(a); k <= last; k++) {
    const c = ix.text.charCodeAt(ix.starts[k]!);
    if (c >= 48 && c <= 57) continue;
    const m = lex.actModifiers.longestAt(ix, k, last, a, b);
    if (m) {
      k = m.k;
      continue;
    }
    words = true;
    break;
  }
  return words;
}

/**
 * The start of the next trigger after t in its sentence that is no part of it (its group ends where that act's begin).
 * Acts of one type named one after the other, joined by "và" ("các cuộc không kích và tấn công tên lửa nhằm vào X"),
 * share what is named after the last: the group runs on to the act after them.
 */
function nextActStart(ctx: SentCtx, t: Trig): number {
  let cur = t;
  for (let depth = 0; depth < 4; depth++) {
    let end = ctx.s.end;
    let next: Trig | null = null;
    const tail = cur.consumes ?? cur;
    for (const u of ctx.trigs)
      if (u !== cur && u !== cur.consumes && !u.dropped && u.start >= tail.end && u.start < end) {
        end = u.start;
        next = u;
      }
    if (!next || !cur.nominal || !next.nominal || next.def.type !== cur.def.type || next.clause !== cur.clause || !joinedActs(ctx, tail.end, next.start)) return end;
    cur = next;
  }
  return ctx.s.end;
}

/** Whether only a joiner stands between two acts ("… và …"; data/events/cues.json coordination). */
function joinedActs(ctx: SentCtx, from: number, to: number): boolean {
  const j = ctx.lex.joiners.startsWith(ctx.ix, from, to);
  if (!j) return false;
  // (a plural word and a classifier may stand before the second: "các cuộc không kích và các vụ tấn công")
  return syllables(ctx.lower.slice(from, to)) <= j.split(" ").length + 2 && !/[,;:]/u.test(ctx.lower.slice(from, to));
}

/**
 * A noun act ending its clause, joined by "và" to a clause whose verb is an act of the same type ("tiến hành các cuộc
 * không kích và tấn công tên lửa nhằm vào X"): both are aimed at what that verb names after it.
 */
function shareJoinedAct(ctx: SentCtx, t: Trig, sl: Slots): void {
  const c = t.clause;
  const cl = ctx.clauses[c]!;
  const g = cl.groups[t.group];
  const next = ctx.clauses[c + 1];
  if (!g || cl.groups[cl.groups.length - 1] !== g || !next || next.parent !== c || next.kind !== "coordinate" || !next.inherits || next.sentence !== cl.sentence || !next.marker) return;
  const vi = verbIndex(next);
  const v = next.groups[vi];
  if (vi !== 0 || !v || !joinedActs(ctx, (t.consumes ?? t).end, v.start)) return;
  if (!ctx.trigs.some((u) => u !== t && !u.dropped && u.def.type === t.def.type && u.start >= v.start && u.end <= v.end)) return;
  const shared: Slots = new Map();
  rolesFrom(ctx, next.groups, vi + 1, shared, ctx.s.end, null);
  for (const [k, l] of shared) if (!sl.has(k)) add(sl, k, l);
}

/**
 * The addressee a verb with nothing after it shares with the verb coordinated right after it on the same subject
 * ("A lên án và yêu cầu B …"): that verb's object and prepositional groups, and the subject of the clause on its object.
 */
function shareCoordinated(ctx: SentCtx, c: number, sl: Slots): void {
  const cl = ctx.clauses[c]!;
  const next = ctx.clauses[c + 1];
  if (!next || next.parent !== c || next.kind !== "coordinate" || !next.inherits || next.sentence !== cl.sentence) return;
  // (right after it: only the joining word between, no comma)
  if (!next.marker || /[,;:]/u.test(ctx.lower.slice(cl.end, next.marker.start))) return;
  const vi = verbIndex(next);
  if (vi !== 0) return;
  const shared: Slots = new Map();
  rolesFrom(ctx, next.groups, vi + 1, shared, ctx.s.end, null);
  const comp = children(ctx, c + 1, "complement")[0];
  if (comp !== undefined && !ctx.clauses[comp]!.inherits) add(shared, "complement", subjectOf(ctx, comp));
  for (const [k, v] of shared) if (!sl.has(k)) add(sl, k, v);
}

/**
 * The relative clause right after noun group `g`, the last group of clause `c`, whose verb carries the act the noun names
 * (a light verb, "tiến hành", "có", or one imposing or giving it, "áp đặt", "cung cấp": data/clauses/verbs.json light,
 * data/events/cues.json imposing), with a subject of its own; -1 when there is none ("cuộc gọi mà Moscow mô tả là …" is
 * Moscow's account, not its call).
 */
export function carryingRelative(ctx: SentCtx, c: number, g: ClauseGroup): number {
  const cl = ctx.clauses[c]!;
  if (cl.groups[cl.groups.length - 1] !== g) return -1;
  const r = c + 1;
  const rc = ctx.clauses[r];
  if (!rc || rc.parent !== c || rc.kind !== "relative" || rc.sentence !== cl.sentence || !rc.marker || rc.inherits) return -1;
  if (syllables(ctx.lower.slice(g.end, rc.marker.start)) > 0) return -1;
  const v = verbOf(rc);
  if (!v?.head) return -1;
  if (v.role !== "light" && ctx.lex.imposing.startsWith(ctx.ix, v.head.start, v.end) === null) return -1;
  return subjectOf(ctx, r).some((a) => isParticipant(ctx, a)) ? r : -1;
}

/**
 * Where the groups of a verb's act end: at a group bounding it in time that names another act ("điện đàm với Y sau cuộc
 * gặp với Z": the "với" after the meeting is the meeting's, not the call's); the sentence's end when there is none.
 */
export function boundActStart(ctx: SentCtx, t: Trig, from: number): number {
  const cl = ctx.clauses[t.clause]!;
  const m = ctx.lex.motivation;
  for (let k = from; k < cl.groups.length; k++) {
    const g = cl.groups[k]!;
    // (a measure's charge, "bắt giữ … với cáo buộc làm gián điệp cho Israel", ends the measure's groups: frames.json motivation)
    if (g.kind === "prep" && g.role !== null && m.acts.has(t.def.type) && m.roles.has(g.role) && ctx.trigs.some((u) => u !== t && m.types.has(u.def.type) && u.start >= g.start && u.start < g.end)) return g.start;
    if (g.kind !== "prep" || g.role === null || !ctx.lex.dateBoundRoles.has(g.role)) continue;
    if (ctx.trigs.some((u) => u !== t && u !== t.consumes && !u.dropped && u.nominal && u.start >= g.start && u.start < g.end)) return g.start;
  }
  return ctx.s.end;
}

/**
 * The clause whose subject does deed `t`: its own, or, for a clause coordinated with no subject of its own right after the
 * clause a verb of saying or blaming governs ("cáo buộc Nga tấn công và chiếm đóng lãnh thổ Ukraine"), that clause's —
 * the second deed is the same side's; a statement so joined is the speaker's own ("… và kêu gọi Nga rút quân").
 */
function deedClause(ctx: SentCtx, t: Trig): number {
  const c = t.clause;
  const cl = ctx.clauses[c];
  const prev = ctx.clauses[c - 1];
  if (!cl || !prev || c - 1 < ctx.c0 || cl.kind !== "coordinate" || cl.parent === null || STATEMENT_TYPES.has(t.def.type)) return c;
  if (prev.kind !== "complement" || prev.parent !== cl.parent || prev.inherits || cl.groups.some((g) => g.kind === "subject")) return c;
  // (not a deed toward that side itself, "… và áp đặt lệnh trừng phạt đối với Moskva": the speaker's own)
  const doers = new Set(subjectOf(ctx, c - 1).flatMap((a) => a.codes));
  if (!doers.size || cl.groups.some((g) => g.kind !== "verb" && groupArgsOf(ctx, g).some((a) => a.codes.some((x) => doers.has(x))))) return c;
  return c - 1;
}

/** The slots of a trigger: what its clause names around it. */
export function slotsOf(ctx: SentCtx, t: Trig): Slots {
  const sl: Slots = new Map();
  const cl = ctx.clauses[t.clause];
  if (!cl) return sl;
  const g = cl.groups[t.group];
  const vi = verbIndex(cl);
  const tail = t.consumes ?? t;
  if (g && g.kind === "verb") {
    add(sl, "subject", subjectOf(ctx, deedClause(ctx, t)));
    // a people's act: the people named as its subject are their state's side ("người dân Serbia biểu tình")
    // (slot "people", read by the frames that list it: data/events/frames.json)
    if (t.def.byPeople && !sl.has("subject")) add(sl, "people", peopleSubject(ctx, t.clause));
    rolesFrom(ctx, cl.groups, vi + 1, sl, boundActStart(ctx, t, vi + 1), null);
    // a cue running into the clause it governs ("tuyên bố [ngừng bắn với Israel]"): that clause's groups after its verb too
    const ec = clauseAt(ctx, tail.end - 1);
    const ecl = ctx.clauses[ec];
    if (ec !== t.clause && ecl && ecl.parent === t.clause && ecl.inherits) rolesFrom(ctx, ecl.groups, verbIndex(ecl) + 1, sl, ctx.s.end, null);
    // a clause on its object, or what it says ("cảnh báo [Iran sẽ đối mặt …]"): its subject
    const comp = children(ctx, t.clause, "complement")[0] ?? children(ctx, t.clause, "reported")[0];
    if (comp !== undefined && !ctx.clauses[comp]!.inherits) add(sl, "complement", subjectOf(ctx, comp));
    // a threat of the speaker's own act ("cảnh báo sẽ đáp trả Mỹ"): whom that act is aimed at is whom it threatens
    else if (comp !== undefined && t.def.type === "THREATEN" && !t.consumes) {
      const own: Slots = new Map();
      const cc = ctx.clauses[comp]!;
      rolesFrom(ctx, cc.groups, verbIndex(cc) + 1, own, ctx.s.end, null);
      for (const [k, v] of own) if (!sl.has(k)) add(sl, k, v);
    }
    // a verb ending its clause, coordinated with the next verb on its subject ("lên án và yêu cầu Israel rút quân",
    // "chỉ trích và cảnh báo Nhật Bản"): both are addressed to whom the second names
    if (vi === cl.groups.length - 1 && t.def.frame !== "joint") shareCoordinated(ctx, t.clause, sl);
    // a passive verb: its subject undergoes the act, its agent does it
    const v = cl.groups[vi]!;
    if (v.markers.some((m) => m.class === "passive")) {
      const subj = sl.get("subject") ?? [];
      sl.delete("subject");
      const agent = sl.get("agent") ?? [];
      sl.delete("agent");
      add(sl, "subject", agent);
      add(sl, "object", subj);
      // with no agent, the sides it was done between do it ("Thỏa thuận được ký giữa A và B")
      if (!agent.length && sl.has("between") && !sl.has("object")) {
        add(sl, "subject", sl.get("between")!);
        sl.delete("between");
      }
    }
    return sl;
  }
  // a noun trigger heading a relative clause whose verb carries it ("Cuộc tấn công mà Nga tiến hành nhằm vào Kiev", "lệnh
  // trừng phạt mà EU áp đặt lên Nga"): that clause's subject does the act, its groups say on whom
  const rel = g && g.kind !== "verb" ? carryingRelative(ctx, t.clause, g) : -1;
  if (rel >= 0) {
    const rc = ctx.clauses[rel]!;
    add(sl, "subject", subjectOf(ctx, rel));
    rolesFrom(ctx, rc.groups, verbIndex(rc) + 1, sl, ctx.s.end, null);
    return sl;
  }
  // a noun trigger: the names right after it in its group, then the groups after it
  const until = nextActStart(ctx, t);
  if (g && g.kind !== "subject") shareJoinedAct(ctx, t, sl);
  if (g) {
    const own = groupArgsOf(ctx, { start: tail.end, end: Math.min(g.end, until) });
    add(sl, g.kind === "prep" && g.role === "of" ? "of" : "object", own);
    // a noun at the end of the group giving it to someone: "cung cấp [cho Ukraine hàng chục tỷ USD viện trợ quân sự]"
    if (g.kind === "prep" && g.role !== null && GIVEN_TO.has(g.role) && t.start > g.start) add(sl, g.role, groupArgsOf(ctx, { start: g.start, end: t.start }));
    let k = t.group + 1;
    // "cuộc tấn công của Israel": a possessor right after the noun is its own
    if (cl.groups[k]?.kind === "prep" && cl.groups[k]!.role === "of" && cl.groups[k]!.start < until && !ownedByObject(ctx, t, tail.end, cl.groups[k]!.start)) {
      add(sl, "of", groupArgsOf(ctx, cl.groups[k]!));
      k++;
      rolesFrom(ctx, cl.groups, k, sl, until, "of");
    } else rolesFrom(ctx, cl.groups, k, sl, until, cl.groups[k]?.kind === "prep" && cl.groups[k]!.role === "of" && cl.groups[k]!.start < until ? "object" : null);
  }
  if (g && g.kind === "subject" && cl.kind === "complement" && cl.parent !== null) {
    // "duy trì [tư thế sẵn sàng đối phó Triều Tiên]": an act heading the object of a verb is that verb's subject's
    rolesFrom(ctx, cl.groups, vi + 1, sl, until, null);
    add(sl, "subject", subjectOf(ctx, cl.parent));
    return sl;
  }
  if (g && g.kind === "subject" && ![...sl.values()].some((l) => l.some((a) => isParticipant(ctx, a)))) {
    // "Cuộc họp diễn ra tại …, với sự tham dự của A và B": the groups after the verb of an act that is the subject
    for (let k = vi + 1; k < cl.groups.length; k++) {
      const h = cl.groups[k]!;
      if (h.kind === "prep" && h.role !== null && (ctx.lex.ownSideRoles.has(h.role) || h.role === "with")) add(sl, h.role, groupArgsOf(ctx, h));
    }
  }
  // (a noun naming its sides right after it, "hội nghị thượng đỉnh Hàn - Trung - Nhật", names them all)
  const named = new Set((sl.get("object") ?? []).filter((a) => isParticipant(ctx, a)).flatMap((a) => a.codes));
  const ownSides = named.size >= 2 || [...ctx.lex.ownSideRoles].some((r) => (sl.get(r) ?? []).some((a) => isParticipant(ctx, a)));
  // "phản đối [Mỹ bán vũ khí] cho Đài Loan", "lên án [việc Mỹ bán vũ khí]": a side named in its group before the act does it
  const before = g && g.kind === "object" ? groupArgsOf(ctx, { start: g.start, end: t.start }).filter((a) => isParticipant(ctx, a)) : [];
  if (before.length && !sl.has("of")) add(sl, "subject", before);
  else if (g && (g.kind === "object" || (g.kind === "verb" && t.nominal))) {
    // the verb whose object it is: its subject does the act ("có cuộc gặp với", "tiến hành đàm phán"),
    // or hosts it when the act names its own sides ("tổ chức cuộc gặp giữa A và B")
    const v = verbOf(cl);
    const subj = subjectOf(ctx, t.clause);
    const sides = new Set([...sl.values()].flat().filter((a) => isParticipant(ctx, a)).flatMap((a) => a.codes));
    const hosting = !!v && ctx.lex.hosting.startsWith(ctx.ix, v.head?.start ?? v.start, v.end) !== null;
    // (a measure its agent imposed, "lệnh cấm … do Kosovo áp đặt", is the agent's, not the subject's who speaks of it)
    const agent = (sl.get("agent") ?? []).some((a) => isParticipant(ctx, a));
    // a passive verb's object ("Nga bị EU áp đặt thêm lệnh trừng phạt", "Ukraine được Mỹ cung cấp viện trợ"):
    // the agent before it does the act, the subject undergoes it
    const passive = g.kind === "object" && !!v && v.markers.some((m) => m.class === "passive");
    // a receiving verb's object ("Ukraine nhận được gói viện trợ từ Mỹ"): the side it comes from does the act
    const received = g.kind === "object" && !!v && ctx.lex.receiving.startsWith(ctx.ix, v.head?.start ?? v.start, v.end) !== null;
    if (received) {
      add(sl, "object", subj);
      add(sl, "subject", sl.get("from") ?? []);
    } else if (passive) {
      add(sl, "object", subj);
      for (let k = vi + 1; k < t.group; k++) {
        const h = cl.groups[k]!;
        if (h.kind === "prep" && h.role === "agent") add(sl, "subject", groupArgsOf(ctx, h));
      }
    } else if (hosting && sides.size >= 2) add(sl, "host", subj);
    else if (!ownSides && !agent) add(sl, "subject", subj);
  } else if (g && g.kind === "prep" && g.role === "about" && cl.groups[t.group - 1]?.kind === "prep" && cl.groups[t.group - 1]!.role === "of") {
    // "đề xuất của NATO về việc tổ chức đàm phán với Nga", "kỳ vọng của Trump về việc … với Putin": the owner of the noun is a side
    add(sl, "subject", groupArgsOf(ctx, cl.groups[t.group - 1]!));
  } else if (g && g.kind === "prep" && !ownSides && !sl.has("of") && (sl.has("with") || !(ctx.lex.dateBoundRoles.has(g.role ?? "") || ctx.lex.venueRoles.has(g.role ?? ""))) && !warnedAbout(ctx, t, g)) {
    // (an act named as where the clause happens, "bên lề Hội nghị thượng đỉnh ASEAN", is its setting, not the subject's)
    // "sau cuộc gặp với Zelensky", "nói với X trong một cuộc điện đàm": the clause's subject, and whom it speaks with
    // (an act the clause is only after or before, "sau cuộc gặp", names its own counterpart or is another's)
    // (unless the clause's own act is a joint one with a counterpart named before it, "X điện đàm với Y sau cuộc gặp với
    // Z": which of X and Y met Z is not said)
    if (ctx.lex.dateBoundRoles.has(g.role ?? "") && jointWithBefore(ctx, t)) return sl;
    add(sl, "subject", subjectOf(ctx, t.clause));
    const speaking = verbOf(cl)?.role === "report";
    if (!sl.has("with")) for (const h of cl.groups) if (((h.kind === "object" && speaking) || (h.kind === "prep" && h.role === "with")) && h.end <= t.start) add(sl, "with", groupArgsOf(ctx, h));
  }
  return sl;
}

/** True when the verb of t's clause is a joint act ("điện đàm", "gặp") with a counterpart named after "với" before t. */
function jointWithBefore(ctx: SentCtx, t: Trig): boolean {
  const cl = ctx.clauses[t.clause]!;
  const v = verbOf(cl);
  if (!v || !ctx.trigs.some((u) => u !== t && !u.dropped && u.start >= v.start && u.end <= v.end && u.def.frame === "joint")) return false;
  return cl.groups.some((h) => ((h.kind === "prep" && h.role === "with") || h.kind === "object") && h.start > v.start && h.end <= t.start && groupArgsOf(ctx, h).some((a) => isParticipant(ctx, a)));
}

/**
 * An act that a warning or an accusation is about ("cảnh báo Israel về các cuộc tấn công mới", "chỉ trích Mỹ về các
 * vụ không kích"): whoever warns or accuses does not do it, so it takes no side from that clause.
 */
function warnedAbout(ctx: SentCtx, t: Trig, g: ClauseGroup): boolean {
  if (g.role !== "about") return false;
  const v = verbOf(ctx.clauses[t.clause]!);
  if (!v) return false;
  return ctx.trigs.some((u) => u !== t && !u.dropped && u.start >= v.start && u.end <= v.end && (u.def.type === "THREATEN" || u.def.type === "ACCUSE"));
}

/** Applies a frame: the actor, recipient and third party a trigger's slots give (participants only). */
export function applyFrame(ctx: SentCtx, frame: FrameDef, sl: Slots): { actor: Arg[]; recipient: Arg[]; third: Arg[] } {
  // (a person quoted as the speaker may be the subject: "TASS dẫn lời Tổng thống Erdogan cho hay, ông có thể sẽ …")
  // (a state's people in slot "people" were chosen as sides for a people's act: peopleSubject)
  const part = (name: string) => (sl.get(name) ?? []).filter((a) => name === "people" || isParticipant(ctx, a) || (name === "subject" && a.kind === "person" && isSpeaker(ctx, a)));
  const all = (names: readonly string[]) => [...new Set(names.flatMap(part))];
  const first = (names: readonly string[]) => {
    for (const n of names) {
      const l = part(n);
      if (l.length) return [...new Set(l)];
    }
    return [];
  };
  const actor = frame.gather === "all" ? all(frame.actor) : first(frame.actor);
  // (a state's people where the recipient is named are that state's side in some frames: "bắt giữ 3 công dân Mỹ",
  // "viện trợ cho người dân Gaza"; as a subject they are not the state, "người Mỹ ủng hộ kế hoạch")
  let recipient = first(frame.recipient).filter((a) => !actor.includes(a));
  if (!recipient.length && frame.peopleRecipient) {
    const codes = new Set(actor.flatMap((a) => a.codes));
    for (const n of frame.recipient) {
      const l = (sl.get(n) ?? []).filter((a) => a.codes.length > 0 && !a.codes.some((c) => codes.has(c)) && isPeople(ctx.lex, ctx.ix, a));
      if (l.length) {
        recipient = [...new Set(l)];
        break;
      }
    }
  }
  const third = all(frame.third).filter((a) => !actor.includes(a) && !recipient.includes(a));
  return { actor, recipient, third };
}
