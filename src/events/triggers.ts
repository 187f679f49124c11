/**
 * Triggers: which acts a sentence names (the cues of data/events/triggers.json read in their clauses), which act
 * consumes or is about another, and which are no events of their own: asked of another, conditions, purposes, terms,
 * negated, wished for, imposed measures already in force, commentary.
 */
import type { Clause, ClauseGroup } from "../envelope/types.js";
import type { TriggerDef } from "./lexicon.js";
import { syllables } from "./text.js";
import { argsIn } from "./args.js";
import { children, clauseAt, futureCondition, offerConditions, groupArgsOf, groupAt, isParticipant, type SentCtx, subjectOf, type Trig, verbOf } from "./sentence.js";
import { carryingRelative, slotsOf } from "./frames.js";
import { negated } from "./status.js";

/** Marker labels saying an act was done ("đã áp đặt"): a measure told so is no threat held out. */
const DONE_LABELS: ReadonlySet<string> = new Set(["past", "recent"]);

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
    // an act a side is said to stand on the brink of is a risk ("đứng bên bờ vực tái diễn nội chiến", cues.json brink)
    if (onBrink(ctx, before, m.start)) continue;
    // an act described inside a group as done to the noun before it by no one named ("yêu cầu điều tra vụ hai nhà báo bị
    // bắn chết"): its doer is unknown, not the clause's subject (cues.json describedBy)
    if (ctx.clauses[at.clause]?.groups[at.group]?.kind !== "verb" && lex.describedBy.endsIn(ix, Math.max(s.start, m.start - 6), m.start)) continue;
    out.push({ start: m.start, end: m.end, def, nominal, consumedBy: null, consumes: null, threat: false, dropped: false, ...at });
  }
  // placing a side's firms or people on a list of measures ("Mỹ đưa 5 công ty Trung Quốc vào danh sách trừng phạt"): a SANCTION
  // by the clause's subject on its object, read at the verb; a measure word in the list's name is no act (cues.json listing)
  // (only in a sentence that names such a list at all)
  for (let c = lex.listingLists.hasIn(ix, s.start, s.end) ? ctx.c0 : ctx.c1; c < ctx.c1; c++) {
    const cl = ctx.clauses[c]!;
    const v = verbOf(cl);
    const m = v ? lex.listingVerbs.findIn(ix, v.start, v.end).at(-1) : undefined;
    const list = v && m ? cl.groups.find((g) => g.start >= v.end && g.kind === "prep" && g.role === "target" && lex.listingLists.hasIn(ix, g.start, g.end)) : undefined;
    if (!v || !m || !list || out.some((o) => o.start <= m.start && o.end > m.end)) continue;
    for (const o of out) if (o.start >= list.start && o.end <= list.end) o.dropped = true;
    const def: TriggerDef = { cue: m.cue, type: "SANCTION", mode: null, frame: "directed" };
    out.push({ start: m.start, end: m.end, def, nominal: false, consumedBy: null, consumes: null, threat: false, dropped: false, clause: c, group: cl.groups.indexOf(v) });
  }
  // conditional threats: "Nga có thể lựa chọn các phản ứng ... nếu Mỹ từ chối"
  for (const m of lex.threat.find(ix, s.start, s.end)) {
    const unlessRuled = lex.threatEnabling.hasIn(ix, Math.max(s.start, m.start - 40), m.end);
    // (or vowed, the speaker's own response said as future with no condition: "Iran khẳng định sẽ đáp trả Israel",
    // "Mỹ sẽ phải trả giá")
    // (not a measure a trigger names, "sẽ áp đặt gói trừng phạt mới": that is the measure, planned; nor a response a verb
    // of threatening says, "cảnh báo sẽ đáp trả": that verb is the threat)
    const said = saidBy(ctx, clauseAt(ctx, m.start));
    const vowed =
      !unlessRuled &&
      futureAt(ctx, m.start) &&
      !lex.threatConditional.hasIn(ix, m.end, s.end) &&
      !out.some((o) => (o.start < m.end && m.start < o.end) || (o.def.type === "THREATEN" && o.end <= m.start && said.includes(o.clause)));
    if (!lex.threatConditional.hasIn(ix, m.end, s.end) && !unlessRuled && !vowed) continue;
    // (a response held out is one the condition is on: in the clause the condition depends on, or one reporting it; a
    // word of response elsewhere, "Phản ứng trước đề xuất, Iran cho biết sẵn sàng đàm phán nếu …", holds nothing out)
    if (!unlessRuled && !vowed && !heldUnderCondition(ctx, clauseAt(ctx, m.start), m.end)) continue;
    // (a measure its clause tells as done is no threat, whatever a later clause holds out: "đã áp đặt các biện pháp
    // trừng phạt lên Niger và đe dọa can thiệp quân sự nếu …" imposed the sanctions)
    const held = place(m.start);
    const hv = held.clause >= 0 ? verbOf(ctx.clauses[held.clause]!) : null;
    if (!unlessRuled && hv && hv.start < m.start && hv.markers.some((k) => DONE_LABELS.has(k.label))) continue;
    const mode = lex.threatRestrict.hasIn(ix, m.start, s.end) ? "restrict" : null;
    // (a verb of threatening saying it, "Mỹ cảnh báo Nga sẽ phải trả giá nếu …", "cảnh báo về hậu quả nếu …", is the threat,
    // with its own speaker and the one it warns)
    const holder = out.find((o) => o.def.type === "THREATEN" && o.def.frame === "stance" && o.end <= m.start && said.includes(o.clause));
    if (holder) {
      holder.def = { ...holder.def, mode: holder.def.mode ?? mode };
      holder.threat = true;
      heldOutScope(ctx, out, holder);
      return out;
    }
    const def: TriggerDef = { cue: m.cue, type: "THREATEN", mode, frame: "directed" };
    // (a response named inside a trigger, "áp đặt lệnh trừng phạt", is held out by its whole span: that act is what is threatened)
    const cover = out.find((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    const t: Trig = { start: cover?.start ?? m.start, end: cover?.end ?? m.end, def, nominal: false, consumedBy: null, consumes: null, threat: true, dropped: false, ...place(m.start) };
    // what is threatened, and the condition, are no events, nor the verb holding the threat out in its clause or one
    // reporting it ("cảnh báo sẽ có biện pháp đáp trả"); acts of a clause beside it stand ("điện đàm với B và cảnh báo …")
    heldOutScope(ctx, out, t);
    out.push(t);
    return out;
  }
  // the speaker's own act said as future and held out under a condition after it: "tuyên bố sẽ áp thuế … nếu không …"
  for (const t of out) {
    // (or not ruled out, "không loại trừ khả năng tấn công Iran": held out with no condition said)
    const notRuledOut = lex.threatEnabling.hasIn(ix, Math.max(s.start, t.start - 40), t.start);
    if (!lex.threatHeldOut.has(t.def.type) || (!notRuledOut && (!futureAct(ctx, t) || !lex.threatConditional.hasIn(ix, t.end, s.end) || !heldUnderCondition(ctx, t.clause, t.end)))) continue;
    t.def = { cue: t.def.cue, type: "THREATEN", mode: lex.threatRestrict.hasIn(ix, t.start, s.end) || t.def.type === "SANCTION" ? "restrict" : null, frame: "directed" };
    t.threat = true;
    heldOutScope(ctx, out, t);
    break;
  }
  // the speaker's own act of cooperation said as future under another's condition is an offer (AGREE, PLOVER.md:
  // "promise, say one is willing … to cooperate or negotiate"): "Iran sẽ nối lại đàm phán ngay khi Mỹ sẵn sàng …",
  // "Nếu Kiev rút quân, Nga sẽ ngừng bắn" (cues.json offer); whom it is made to is the condition's subject
  for (const t of out) {
    if (t.threat || !lex.offerHeldOut.has(t.def.type) || !futureAct(ctx, t) || negated(ctx, t)) continue;
    // (whoever offers is named: a pronoun no one in the sentence stands for may be the condition's own subject, "Khi
    // Tổng thống X tới Y, ông sẽ hội đàm …")
    const own = subjectOf(ctx, t.clause).flatMap((a) => a.codes);
    if (!own.length) continue;
    const cond = offerConditions(ctx, t.clause);
    if (!cond.some((c) => subjectOf(ctx, c).some((a) => isParticipant(ctx, a) && a.codes.some((x) => !own.includes(x))))) continue;
    t.def = { cue: t.def.cue, type: "AGREE", mode: null, frame: "directed" };
    t.threat = true;
  }
  return out;
}

/** Drops what a threat `t` holds out and the condition (after it), and the verb holding it out just before it in its own clause or one reporting it. */
function heldOutScope(ctx: SentCtx, out: Trig[], t: Trig): void {
  const own = saidBy(ctx, t.clause);
  for (const o of out) if (o !== t && (o.start >= t.start || (o.start >= t.start - 45 && own.includes(o.clause) && o.def.frame === "stance"))) o.dropped = true;
}

/**
 * Whether clause `c` is what a condition after `pos` is on: the clause the condition clause depends on, or a clause
 * reporting that one ("Nga cảnh báo [sẽ có biện pháp đáp trả] nếu …"), not a clause beside them ("Trung Quốc phản ứng
 * gay gắt và cho biết sẽ đàm phán nếu …"). A conditional the clause layer read as no clause of its own leaves it so.
 */
export function heldUnderCondition(ctx: SentCtx, c: number, pos: number): boolean {
  const on = conditionOn(ctx, c, pos);
  return on === null || on;
}

/** Whether a condition clause after `pos` is on clause `c` (see heldUnderCondition), or null when none follows. */
function conditionOn(ctx: SentCtx, c: number, pos: number): boolean | null {
  let found = false;
  const own = saidBy(ctx, c);
  for (let k = ctx.c0; k < ctx.c1; k++) {
    const cl = ctx.clauses[k]!;
    if (cl.kind !== "condition" || cl.start < pos || cl.parent === null) continue;
    found = true;
    if (saidBy(ctx, cl.parent).some((p) => own.includes(p))) return true;
  }
  return found ? false : null;
}

/** Clause `c` and the clauses saying it: up through the reported and complement clauses it stands in. */
function saidBy(ctx: SentCtx, c: number): number[] {
  const out: number[] = [];
  for (let p: number | null = c, depth = 0; p !== null && p >= 0 && depth < 5; depth++) {
    out.push(p);
    const pc: Clause | undefined = ctx.clauses[p];
    if (!pc || (pc.kind !== "reported" && pc.kind !== "complement")) break;
    p = pc.parent;
  }
  return out;
}

/**
 * Whether the act at `pos` is what its clause says will be done: its verb ("sẽ đáp trả") or the object of a light verb
 * ("sẽ có phản ứng"), marked future before it; not a thing a future verb takes ("sẽ đánh giá hậu quả").
 */
function futureAt(ctx: SentCtx, pos: number): boolean {
  const c = clauseAt(ctx, pos);
  const cl = ctx.clauses[c];
  const v = cl ? verbOf(cl) : null;
  if (!cl || !v || v.start > pos || !v.markers.some((m) => m.label === "future" && m.end <= pos)) return false;
  const g = cl.groups[groupAt(ctx, c, pos)];
  return g === v || (v.role === "light" && g?.kind === "object" && cl.groups.indexOf(g) === cl.groups.indexOf(v) + 1);
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

export function findTriggers(ctx: SentCtx): Trig[] {
  const out = rawTriggers(ctx);
  out.sort((a, b) => a.start - b.start);
  // a trigger inside a longer one is none
  for (const a of out) for (const b of out) if (a !== b && a.start < b.end && b.start < a.end && b.end - b.start > a.end - a.start) a.dropped = true;
  const live = out.filter((t) => !t.dropped);
  linkTriggers(ctx, live);
  passiveStances(ctx, live);
  agreedActs(ctx, live);
  praisedOwnActs(ctx, live);
  warnedConduct(ctx, live);
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
    // (and an act naming the agreement signed or reached, "ký thỏa thuận trao đổi tù binh", "ký kết hiệp định ngừng bắn": its
    // content, not an act done, as "đạt được thỏa thuận ngừng bắn" names none)
    const termsGap = !!t.def.strictAgreement && syllables(gap) <= 4 && !/[,;:.()”"]/u.test(gap) && ctx.lex.agreementNouns.endsIn(ctx.ix, t.end, u.start);
    if (t.def.frame !== "stance" && (/^\s+$/u.test(gap) || nounGap || termsGap) && !t.threat && ctx.clauses[u.clause]?.groups[u.group]?.kind !== "verb" && !(u.def.type === "SANCTION" && imposedAfter(ctx, u.start, u.end))) {
      u.dropped = true;
      t.about = u;
    }
  }
}

/**
 * A stance in the passive with its agent on a statement its subject names with an owner ("Lời kêu gọi ngừng bắn của A bị B
 * bác bỏ", "Đề xuất của A được B hoan nghênh") takes that stance on it, as the active "B bác bỏ lời kêu gọi của A" does:
 * the statement is consumed, no event of its own.
 */
function passiveStances(ctx: SentCtx, live: Trig[]): void {
  for (const t of live) {
    if (t.def.frame !== "stance" || t.consumes || t.consumedBy) continue;
    const cl = ctx.clauses[t.clause];
    const g = cl?.groups[t.group];
    if (!cl || !g || g.kind !== "verb" || !g.markers.some((m) => m.class === "passive" && m.end <= t.start) || !cl.groups.some((h) => h.kind === "prep" && h.role === "agent")) continue;
    const u = live.find((v) => v !== t && v.clause === t.clause && v.end <= g.start && cl.groups[v.group]?.kind === "subject" && !v.consumedBy && v.def.frame === "stance" && ownedByAnother(ctx, v.consumes ?? v));
    if (!u) continue;
    u.consumedBy = t;
    t.consumes = u;
  }
}

/**
 * The happenings a joint agreement governs, after it in its clause or in a clause on it ("A và B nhất trí [nối lại đối
 * thoại an ninh]", "nhất trí [gặp lại vào ngày 19/4]"): what was agreed, an event of its own only when the text gives it a
 * date or a place (GOLD.md, proposals: the proposed happening is a second event then), as a stance consuming it makes
 * none (frames.json agreedActs: the types so read).
 */
function agreedActs(ctx: SentCtx, live: Trig[]): void {
  for (const t of live) {
    if (t.def.frame !== "agree" || t.def.type !== "AGREE" || t.consumedBy) continue;
    // (in its verb group or object, or a clause on it: not talks named as its setting, "sau cuộc đàm phán kéo dài")
    const complements = new Set(children(ctx, t.clause, "complement"));
    const governed = (u: Trig) => complements.has(u.clause) || (u.clause === t.clause && ["verb", "object"].includes(ctx.clauses[u.clause]?.groups[u.group]?.kind ?? ""));
    for (const u of live) if (u !== t && u.start >= t.end && governed(u) && !u.consumedBy && ctx.lex.agreedActTypes.has(u.def.type)) u.agreedBy = t;
  }
}

/**
 * A praise of a hostile act named as a noun with no doer but the speaker's own side ("Iran ca ngợi vụ tấn công tên lửa
 * nhằm vào Israel", "Trump ca ngợi cuộc không kích của Mỹ vào Iran") praises no other party: the act is the speaker's
 * own and the event (frames.json praisedOwn). The praise is no event; the act, no longer consumed, is read on its own.
 */
function praisedOwnActs(ctx: SentCtx, live: Trig[]): void {
  const { lex } = ctx;
  for (const t of live) {
    const u = t.consumes;
    if (!u || !u.nominal || !lex.praisedOwnStances.has(t.def.type) || !lex.praisedOwnActs.has(u.def.type)) continue;
    const speaker = new Set(subjectOf(ctx, t.clause).filter((a) => isParticipant(ctx, a)).flatMap((a) => a.codes));
    if (!speaker.size) continue;
    const doers = (slotsOf(ctx, u).get("of") ?? []).filter((a) => isParticipant(ctx, a));
    if (doers.some((a) => a.codes.some((c) => !speaker.has(c)))) continue;
    t.dropped = true;
    t.consumes = null;
    u.consumedBy = null;
  }
}

/**
 * A warning whose reported clause tells another side's conduct as done or under way ("Mỹ cảnh báo rằng Nga đang kéo dài
 * đàm phán") holds out no repercussion of the speaker: it blames that side (frames.json warnedConduct: ACCUSE). Only a
 * weak warning cue in its clause's verb group, with a subject naming a side, whose first reported clause has its own
 * subject naming another side and a verb told as done or under way (no future or possible marker).
 */
function warnedConduct(ctx: SentCtx, live: Trig[]): void {
  const w = ctx.lex.warnedConduct;
  if (!w.type) return;
  for (const t of live) {
    if (!w.types.has(t.def.type) || !t.def.weak || t.threat || ctx.clauses[t.clause]?.groups[t.group]?.kind !== "verb") continue;
    const speaker = new Set(subjectOf(ctx, t.clause).filter((a) => isParticipant(ctx, a)).flatMap((a) => a.codes));
    if (!speaker.size) continue;
    const c = children(ctx, t.clause).find((k) => ctx.clauses[k]!.kind === "reported" || ctx.clauses[k]!.kind === "complement");
    const rc = c === undefined ? undefined : ctx.clauses[c];
    const v = rc ? verbOf(rc) : null;
    if (!rc || !v || v.start < t.end) continue;
    // (a warning that another stands on the brink of an act, "cảnh báo B đang đứng bên bờ vực nội chiến", tells a risk:
    // no blame and no repercussion, no event; cues.json brink)
    if (ctx.lex.brink.hasIn(ctx.ix, v.end, Math.min(rc.end, v.end + 14))) {
      t.dropped = true;
      continue;
    }
    // (conduct told as done, under way or as a habit: its aspect and modal markers all of those, or an adverb of habit)
    const labels = v.markers.filter((m) => m.class === "aspect" || m.class === "modality").map((m) => m.label);
    const habit = v.markers.some((m) => m.class === "adverb" && w.labels.has(m.label));
    if ((!labels.length && !habit) || !labels.every((l) => w.labels.has(l))) continue;
    const subj = rc.groups.find((g) => g.kind === "subject");
    const others = subj ? groupArgsOf(ctx, subj).filter((a) => isParticipant(ctx, a)) : [];
    if (!others.length || others.some((a) => a.codes.some((k) => speaker.has(k)))) continue;
    t.def = { ...t.def, type: w.type, mode: null };
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
    // a delegation sent to talks named after it ("cử phái đoàn tới Doha để tham gia đàm phán") takes part in them: the
    // talks are the event, the place their venue, not a state visited
    if (t.def.toTalks && live.some((u) => u !== t && u.start >= t.end && u.def.type === "CONSULT" && !u.def.toTalks)) t.dropped = true;
    const cl = ctx.clauses[t.clause];
    if (!cl) continue;
    // what experts or analysts say will happen is comment, not an act ("Các chuyên gia cho rằng Nga sẽ tấn công")
    if (cl.kind === "reported" && cl.parent !== null && commentary(ctx, cl.parent)) t.dropped = true;
    // what a side says it does not say is told by no one ("Chúng tôi không nói rằng các cuộc đàm phán đã bị loại …")
    if (cl.kind === "reported" && cl.parent !== null && notSaid(ctx, cl.parent)) t.dropped = true;
    // … and so is what they themselves warn of, call for or judge, and the act it takes ("Các nhà phân tích cảnh báo
    // nguy cơ xung đột giữa A và B"): their verb is no statement of a side
    if ((cl.groups[t.group]?.kind === "verb" || (!!t.consumedBy && t.consumedBy.clause === t.clause && cl.groups[t.consumedBy.group]?.kind === "verb")) && commentary(ctx, t.clause)) t.dropped = true;
    // the condition of a conditional ("nếu Hamas chấp thuận") is no event, nor what is awaited ("cho đến khi Bắc Kinh gỡ bỏ …":
    // a demand), nor a time on which something will be done ("Khi Mỹ sẵn sàng đối thoại, chúng tôi sẽ nối lại đàm phán")
    // (a measure named there as already imposed, "cho đến khi Bắc Kinh gỡ bỏ các lệnh hạn chế áp đặt lên …", stands)
    if ((cl.kind === "condition" || untilClause(ctx, t.clause) || futureCondition(ctx, t.clause)) && !t.threat && !(t.def.type === "SANCTION" && imposedAfter(ctx, t.start, t.end))) t.dropped = true;
    // what a purpose clause aims at is no act, but talks gone to ("tới Cairo để tham dự vòng thương lượng": planned)
    // (but a statement a call or meeting is held for is said in it: "điện đàm với B để kêu gọi kiềm chế", cues.json spokenInTalks)
    if (cl.kind === "purpose" && t.def.type !== "CONSULT" && !(t.consumes?.def.type === "CONSULT") && !(lex.spokenInTalks.has(t.def.type) && cl.parent !== null && heldTalks(ctx, cl.parent, live))) t.dropped = true;
    // going somewhere to talk: the talks are the event ("tới Cairo để tham dự vòng thương lượng")
    // (talks naming a side of their own: "tới Israel để thảo luận về lệnh ngừng bắn" names none, and the visit stands)
    if (t.def.verbOnly && children(ctx, t.clause, "purpose").some((c) => out.some((u) => u !== t && u.clause === c && !u.dropped && u.def.type === "CONSULT") && argsIn(ctx.args, ctx.clauses[c]!.start, ctx.clauses[c]!.end).some((a) => isParticipant(ctx, a)))) t.dropped = true;
    // terms of a deal ("đề xuất này gồm lệnh ngừng bắn, việc trả tự do …", "dự thảo bao gồm việc Kiev đồng ý … và chấp nhận …")
    if (t.def.type !== "CONSULT" && (includedAt(ctx, t.clause, t.start) || (cl.kind === "coordinate" && cl.parent !== null && includedAt(ctx, cl.parent, cl.start)))) t.dropped = true;
    // the topic of talks is no act of its own ("thảo luận về việc đưa viện trợ vào Gaza", "đàm phán về một lệnh hoãn
    // tấn công"): an act in the topic group of a clause whose act is a consultation
    if (t.def.type !== "CONSULT" && topicOfTalks(ctx, t, live)) t.dropped = true;
    // the charge of a measure ("bắt giữ một nhà báo Mỹ với cáo buộc làm gián điệp"): no accusation of its own (frames.json motivation)
    const mg = cl.groups[t.group];
    if (lex.motivation.types.has(t.def.type) && mg?.kind === "prep" && lex.motivation.roles.has(mg.role ?? "") && live.some((u) => u !== t && u.clause === t.clause && u.end <= mg.start && !u.dropped && lex.motivation.acts.has(u.def.type))) t.dropped = true;
    const tail = t.consumes ?? t;
    if (lex.negationAfter.startsWith(ix, tail.end, Math.min(s.end, tail.end + 20))) t.dropped = true;
    // negated acts did not happen, but a side saying it will not act refuses: "Iran sẽ không đàm phán với Mỹ" (REJECT)
    if (negated(ctx, t)) {
      const mode = refusal(ctx, t);
      // (held out under a condition on it, "Iran sẽ không đàm phán nếu Mỹ tiếp tục gây sức ép", the refusal is a threat to
      // halt the act: THREATEN, as an act the speaker says it will do under a condition, cues.json threat heldOut)
      if (mode && conditionOn(ctx, t.clause, (t.consumes ?? t).end) === true && lex.threatConditional.hasIn(ix, (t.consumes ?? t).end, s.end)) {
        t.def = { cue: t.def.cue, type: "THREATEN", mode: null, frame: "stance" };
        t.threat = true;
      } else if (mode) {
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
  // a reduced relative on an agreement named just before it in its group ("thỏa thuận hợp tác an ninh ký năm 2001")
  if (g && g.kind !== "verb" && ctx.lex.agreementNouns.findIn(ctx.ix, g.start, pos).some((m) => syllables(ctx.lower.slice(m.end, pos)) <= 4 && !/[,;:()]/u.test(ctx.lower.slice(m.end, pos)))) return true;
  if (!rc || rc.kind !== "relative" || rc.parent === null || !rc.marker) return false;
  const head = ctx.clauses[rc.parent]!.groups.at(-1);
  if (!head || syllables(ctx.lower.slice(head.end, rc.marker.start)) > 0) return false;
  return ctx.lex.agreementNouns.hasIn(ctx.ix, head.start, head.end);
}

/** A clause of saying whose subject is a commentator with no side named ("các chuyên gia", "giới phân tích"). */
function commentary(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c]!;
  const subj = cl.groups.find((g) => g.kind === "subject");
  return !!subj && ctx.lex.commentators.hasIn(ctx.ix, subj.start, subj.end) && !groupArgsOf(ctx, subj).some((a) => a.codes.length);
}

/** Whether clause `c` is a clause of saying whose verb is negated ("không nói rằng …"). */
function notSaid(ctx: SentCtx, c: number): boolean {
  const v = verbOf(ctx.clauses[c]!);
  return !!v && v.role === "report" && v.markers.some((m) => m.class === "negation");
}

/** A clause saying until when ("cho đến khi …"). */
export function untilClause(ctx: SentCtx, c: number): boolean {
  const m = ctx.clauses[c]?.marker;
  return !!m && ctx.lex.until.startsWith(ctx.ix, m.start, m.end) !== null;
}

/** Whether clause `c` holds talks (a live consultation trigger: a call, a meeting, a visit) of its own. */
function heldTalks(ctx: SentCtx, c: number, live: readonly Trig[]): boolean {
  return live.some((u) => u.clause === c && !u.dropped && !u.consumedBy && u.def.type === "CONSULT");
}

/** Whether `t` stands in the topic group ("về …") of a clause whose act before it is a consultation. */
function topicOfTalks(ctx: SentCtx, t: Trig, live: readonly Trig[]): boolean {
  const cl = ctx.clauses[t.clause];
  const g = cl?.groups[t.group];
  if (!g || g.kind !== "prep" || g.role !== "about") return false;
  return live.some((u) => u !== t && !u.dropped && u.clause === t.clause && u.end <= g.start && u.def.type === "CONSULT");
}

/** Whether position `pos` of clause `c` comes after a group listing terms ("bao gồm", "gồm"). */
function includedAt(ctx: SentCtx, c: number, pos: number): boolean {
  const cl = ctx.clauses[c];
  return !!cl && cl.groups.some((g) => g.kind === "prep" && g.role === "including" && g.start <= pos);
}

/**
 * Whether words of the brink end the slice [a, b) before an act, quotation marks aside and with at most three words between
 * ("đứng “bên bờ vực” tái diễn nội chiến", "bờ vực một cuộc chiến tranh"): the act is a risk (cues.json brink).
 */
function onBrink(ctx: SentCtx, a: number, b: number): boolean {
  const m = ctx.lex.brink.findIn(ctx.ix, a, b).at(-1);
  return !!m && syllables(ctx.lower.slice(m.end, b)) <= 3;
}
