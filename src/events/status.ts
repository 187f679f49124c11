import type { Clause, EventStatus } from "../envelope/types.js";
import { syllables } from "./text.js";
import { children, clauseAt, groupAt, verbOf, type SentCtx, type Trig } from "./sentence.js";

/** Statement types: what a speaker said happened when said, whatever it promises. */
export const STATEMENT_TYPES = new Set(["ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "REJECT"]);

export function isStatement(t: Trig): boolean {
  const head = t.consumedBy ?? t;
  return head.def.frame === "stance" || head.threat || head.def.type === "ACCUSE" || head.def.type === "THREATEN";
}

/**
 * An act's status (data/events/status.json): the markers of the verb group governing it (its own,
 * or the verb whose subject or object it is), the verb governing it ("hoãn cuộc gặp"), the kind of
 * clause it stands in (condition, purpose), the noun it depends on ("khả năng", "kế hoạch") and the
 * words right after it ("tiềm năng", "sắp tới"). The strongest wins; none: occurred.
 */
export function statusOf(ctx: SentCtx, t: Trig): { status: EventStatus; explicit: boolean } {
  const { lex } = ctx;
  const head = t.consumedBy ?? t;
  const tail = t.consumes ?? t;
  const statement = isStatement(t);
  const found: EventStatus[] = [];
  const cl = ctx.clauses[head.clause];
  if (!statement && deniedBy(ctx, head)) return { status: "denied", explicit: true };
  if (cl) {
    const g = cl.groups[head.group];
    const v = verbOf(cl);
    // the verb group governs the act when the act is its verb, its subject or its object (or stands as its
    // subject in a group right before it: "trước thềm [hội nghị …] dự kiến diễn ra")
    const vi = cl.groups.indexOf(v!);
    const asSubject = !!g && g.kind === "prep" && vi === head.group + 1 && !cl.groups.some((h) => h.kind === "subject");
    if (v && (!g || g.kind === "verb" || g.kind === "object" || g.kind === "subject" || asSubject)) {
      // a threat is made when said, whatever it holds out ("có thể lựa chọn các phản ứng")
      // (not the marker that is the act itself: "nhất trí" agreeing is no plan)
      // (and for a verb, only the markers before it: "đã thống nhất sẽ gặp" agreed, to meet)
      // (nor the intent a refusal is made of: "sẽ không đàm phán" refuses now)
      const labels = head.threat ? [] : v.markers.filter((m) => (m.end <= head.start || (m.start >= head.end && g?.kind !== "verb")) && !(head.refusal && lex.refusalLabels.has(m.label))).map((m) => m.label);
      for (const l of labels) {
        const st = lex.statusLabels.get(l);
        if (st && (!statement || lex.statementLabels.has(l))) found.push(st);
      }
      if (!statement) for (const c of lex.combinedLabels) if (c.labels.every((l) => labels.includes(l)) && (!c.child || children(ctx, head.clause, c.child as Clause["kind"]).length)) found.push(c.status);
      if (g && g.kind !== "verb" && v.cue) {
        const st = lex.governing.get(v.cue);
        if (st && !statement) found.push(st);
      }
      // "Moscow bác bỏ báo cáo …": the act in the object of a verb that says it is planned or called off
      if (g && g.kind === "verb" && head !== t && v.cue) {
        const st = lex.governing.get(v.cue);
        if (st && !statement) found.push(st);
      }
    }
    // "đã lên kế hoạch đến thăm …, nhưng đã hoãn chuyến đi": a clause of the same subject calling it off
    if (!statement)
      for (let k = head.clause + 1; k < ctx.c1; k++) {
        const c = ctx.clauses[k]!;
        const cv = verbOf(c);
        if (c.parent !== head.clause || c.kind !== "coordinate" || !c.inherits || !cv?.cue) continue;
        if (lex.governing.get(cv.cue) === "cancelled") found.push("cancelled");
      }
    // "tiến trình thương lượng giữa A và B vốn đang bị đình trệ": a relative clause after the act saying it stalled,
    // was put off or is under way (only up to the next act of the sentence)
    if (!statement)
      for (let k = head.clause + 1; k < ctx.c1; k++) {
        const c = ctx.clauses[k]!;
        if (c.kind !== "relative" || c.parent !== head.clause || c.start < tail.end) continue;
        if (ctx.trigs.some((u) => u !== t && u !== tail && !u.dropped && u.start >= tail.end && u.start < c.start)) break;
        const cv = verbOf(c);
        if (!cv) continue;
        const m = lex.statusRelativeSet.findIn(ctx.ix, cv.start, cv.end)[0];
        if (m) found.push(lex.statusRelative.get(m.cue)!);
      }
    // "… có thể diễn ra nếu Kiev đồng ý": an act on a condition is hypothetical
    if (!statement && children(ctx, head.clause, "condition").length) found.push("hypothetical");
    // the kind of clause: a condition is hypothetical, a purpose planned
    if (!statement || cl.kind === "condition") {
      const st = lex.clauseStatus.get(cl.kind);
      if (st) found.push(st);
    }
    if (!statement && g) {
      // the noun the act depends on: "khả năng diễn ra cuộc gặp", "kế hoạch đàm phán", "đề xuất … về việc tổ chức đàm phán"
      let from = g.start;
      if (g.kind === "prep" && g.role === "about") {
        // the noun the topic belongs to, before its possessor: "đề xuất của NATO về việc …"
        let k = head.group - 1;
        while (k > 0 && cl.groups[k]!.kind === "prep" && cl.groups[k]!.role === "of") k--;
        if (k >= 0) from = cl.groups[k]!.start;
      }
      for (const m of lex.statusNounSet.findIn(ctx.ix, from, head.start)) {
        const st = lex.statusNouns.get(m.cue);
        if (st) found.push(st);
      }
      // a verb of its group right before it: "lý do hoãn cuộc gặp"
      const gov = lex.governingSet.findIn(ctx.ix, Math.max(g.start, head.start - 16), head.start).pop();
      if (gov && syllables(ctx.lower.slice(gov.end, head.start)) <= 2) found.push(lex.governing.get(gov.cue)!);
      // a topic ("về việc sớm gặp nhau") is to come
      const byRole = g.kind === "prep" && g.role !== null ? lex.roleStatus.get(g.role) : undefined;
      if (byRole && !found.length) found.push(byRole);
    }
  }
  // "Liệu ông Trump có gặp ông Tập hay không …": an act asked about is not told as done
  if (!statement && asked(ctx, head)) found.push("hypothetical");
  if (!statement) {
    for (const m of lex.statusAfterSet.find(ctx.ix, tail.end, Math.min(ctx.s.end, tail.end + 40))) {
      const st = lex.statusAfter.get(m.cue);
      // (in a clause of its own coordinated after the act's, the word is that clause's: "A và B ký thỏa thuận, dự kiến
      // sẽ có hiệu lực …", "đàm phán tại Geneva, dự kiến kéo dài hai ngày")
      if (st && syllables(ctx.lower.slice(tail.end, m.start)) <= 3 && !ownClauseAfter(ctx, head, m.start)) found.push(st);
    }
  }
  if (!found.length) return { status: "occurred", explicit: false };
  found.sort((a, b) => lex.rank.indexOf(a) - lex.rank.indexOf(b));
  return { status: found[0]!, explicit: true };
}

/** Whether a yes-no question opened before the act in its sentence ("liệu … có") is still open at it (no "hay không" between). */
function asked(ctx: SentCtx, head: Trig): boolean {
  const open = ctx.lex.questionOpening.findIn(ctx.ix, ctx.s.start, head.start).pop();
  return !!open && !ctx.lex.questionClosing.hasIn(ctx.ix, open.end, head.start);
}

/** Whether `pos` lies in a clause coordinated after the one holding the act (a clause of its own, not a word on the act). */
function ownClauseAfter(ctx: SentCtx, head: Trig, pos: number): boolean {
  const c = clauseAt(ctx, pos);
  const cl = ctx.clauses[c];
  return c !== head.clause && !!cl && cl.kind === "coordinate" && cl.parent === head.clause;
}

/**
 * "Điện Kremlin bác bỏ thông tin [ông Putin sẽ gặp ông Zelensky]", "Iran phủ nhận việc tấn công …": an act in the
 * object of a denying verb, or in the clause it governs, is denied by the side that speaks (data/events/cues.json "denial").
 */
function deniedBy(ctx: SentCtx, head: Trig): boolean {
  const denies = (c: number) => {
    const v = ctx.clauses[c] ? verbOf(ctx.clauses[c]!) : null;
    return !!v?.head && ctx.lex.denial.startsWith(ctx.ix, v.head.start, Math.min(ctx.s.end, v.head.start + 40)) !== null;
  };
  const cl = ctx.clauses[head.clause];
  if (!cl) return false;
  const g = cl.groups[head.group];
  if (g && g.kind === "object" && denies(head.clause)) return true;
  return (cl.kind === "complement" || cl.kind === "reported") && cl.parent !== null && denies(cl.parent);
}

/** Whether the group holding a trigger's head is governed by a negated verb group ("không tham gia …", "chưa gặp"). */
export function negated(ctx: SentCtx, t: Trig): boolean {
  const head = t.consumedBy ?? t;
  const cl = ctx.clauses[head.clause];
  if (!cl) return false;
  const g = cl.groups[head.group];
  const v = verbOf(cl);
  if (!v || (g && g.kind !== "verb" && g.kind !== "object")) return false;
  // (a cue that holds its negation, "không chấp nhận", "không đồng ý", is the act itself: a refusal)
  if (!v.markers.some((m) => m.class === "negation" && !(m.start >= head.start && m.end <= head.end))) return false;
  // "không loại trừ khả năng …" does not negate what it does not rule out
  if (v.head && ctx.lex.negationLifting.startsWith(ctx.ix, v.head.start, v.end)) return false;
  return groupAt(ctx, head.clause, head.start) >= 0;
}
