import type { Clause, ClauseGroup, Span, Timex } from "../envelope/types.js";
import type { TokenIndex } from "../text/cues.js";
import type { Lexicon, TriggerDef } from "./lexicon.js";
import { argsIn, isMedia, isNonParticipant, joined, type Arg } from "./args.js";

export interface Sent extends Span {
  index: number;
}

/** A trigger found in a sentence, placed in its clause and group. */
export interface Trig extends Span {
  def: TriggerDef;
  /** A noun use ("cuộc gặp", "vụ tấn công"): not the verb of its clause. */
  nominal: boolean;
  consumedBy: Trig | null;
  consumes: Trig | null;
  threat: boolean;
  /** The act noun right after a statement that is not a stance ("lên án cuộc tấn công …"): what it is about (dropped as an act of its own). */
  about?: Trig;
  /** A negated act said as a refusal ("sẽ không đàm phán"): a REJECT made when said. */
  refusal?: boolean;
  /** The agreement governing this act ("nhất trí [nối lại đối thoại]"): an event of its own only with its own date or place. */
  agreedBy?: Trig;
  dropped: boolean;
  /** Index in `Doc.clauses` of its clause, and of its group in that clause (-1: in none). */
  clause: number;
  group: number;
}

/** The pair of sides named together most, per article (for anaphors and implied sides). */
export interface Partners {
  partner: Map<string, string>;
  /** For two codes, in how many sentences they are named as participants together. */
  together: Map<string, Map<string, number>>;
  /** The pair of codes the article names together in the most sentences (at least two; no tie). */
  mainPair?: Arg | null;
  /** Where the sentence first naming the main pair together starts. */
  mainPairFrom?: number;
  /** The first pair the article names together ("A và B"), for an anaphor before any ("hai ngoại trưởng" in the lead). */
  firstPair?: Arg | null;
  /** The first participant mention of each code. */
  first: Map<string, Arg>;
  /** The mediators and hosts each sentence names (by sentence index). */
  mediators: Arg[][];
}

/** What the events stage knows of one sentence while it reads it. */
export interface SentCtx {
  lex: Lexicon;
  /** The article text, and the same lower-cased with canonical tones (same offsets). */
  text: string;
  lower: string;
  ix: TokenIndex;
  s: Sent;
  /** The sentence's arguments (mentions and resolved anaphors), sorted by start. */
  args: Arg[];
  /** The sentence's timexes that may date an act. */
  timexes: Timex[];
  /** All the sentence's timexes (durations and bounds too). */
  allTimexes: readonly Timex[];
  /** The last calendar time the sentence's paragraph names before it (day-cut TIMEX3 value), for "khi đó". */
  priorDate?: string | null;
  /** Every clause of the document; this sentence's are [c0, c1). */
  clauses: readonly Clause[];
  c0: number;
  c1: number;
  trigs: Trig[];
  /** The last pair named together before this sentence (for an implied other side). */
  lastPair: Arg | null;
  /** The sides of the last agreement reported before this sentence ("hoan nghênh thỏa thuận"). */
  lastAgreement: Arg | null;
  /** The last pair named together ("A và B") or acting jointly (extract.ts DocState.lastTogether); unset outside the walk. */
  lastTogether?: Arg | null;
  /** Who did the last act of each type reported before this sentence, and in which sentence ("lên án vụ tấn công"). */
  lastActors: Map<string, { arg: Arg; sentence: number }>;
  /** Who did the last act with two sides reported before this sentence, and in which sentence ("lên án động thái này"). */
  lastAct: { arg: Arg; sentence: number } | null;
  partner: Partners;
  /** Where (trigger starts) an attack's target was only implied: checked once the article's acts are known (`impliedTargets`). */
  impliedAt?: Set<number>;
  /** The sentence's mediators and hosts. */
  mediators: Arg[];
  /** The political code of each actor id. */
  codeOf: Map<string, string>;
  /** The group of sides the sentence before was about: what a pronoun subject with no one before it stands for. */
  prevTopic: Arg[];
  /** The speaker of the quotation the sentence stands in ("Tôi …" is the speaker), or []. */
  quoteSpeaker: Arg[];
}

/** The clause of this sentence holding `pos` (the last one starting at or before it). */
export function clauseAt(ctx: SentCtx, pos: number): number {
  let found = -1;
  for (let c = ctx.c0; c < ctx.c1; c++) {
    if (ctx.clauses[c]!.start > pos) break;
    found = c;
  }
  return found;
}

/** The index of the group of clause `c` holding `pos`, or -1. */
export function groupAt(ctx: SentCtx, c: number, pos: number): number {
  const gs = ctx.clauses[c]?.groups ?? [];
  for (let g = 0; g < gs.length; g++) if (gs[g]!.start <= pos && pos < gs[g]!.end) return g;
  return -1;
}

export function verbIndex(cl: Clause): number {
  return cl.groups.findIndex((g) => g.kind === "verb");
}

export function verbOf(cl: Clause): ClauseGroup | null {
  return cl.groups.find((g) => g.kind === "verb") ?? null;
}

/** The clauses of this sentence whose parent is `c` (of one kind when given). */
export function children(ctx: SentCtx, c: number, kind?: Clause["kind"]): number[] {
  const out: number[] = [];
  for (let k = c + 1; k < ctx.c1; k++) if (ctx.clauses[k]!.parent === c && (!kind || ctx.clauses[k]!.kind === kind)) out.push(k);
  // a fronted clause depends on a later one: its children may come before it
  for (let k = ctx.c0; k < c; k++) if (ctx.clauses[k]!.parent === c && (!kind || ctx.clauses[k]!.kind === kind)) out.push(k);
  return out;
}

/** A time clause on a clause saying what will be done then ("Khi Mỹ sẵn sàng …, chúng tôi sẽ nối lại đàm phán"): a condition. */
export function futureCondition(ctx: SentCtx, c: number): boolean {
  const cl = ctx.clauses[c];
  if (!cl || cl.kind !== "temporal" || cl.parent === null) return false;
  const v = verbOf(ctx.clauses[cl.parent]!);
  return !!v && v.markers.some((m) => m.label === "future");
}

/**
 * The conditions an offer in clause `c` is made under: its condition clauses, and its time clauses of a connective that
 * makes one ("ngay khi Mỹ sẵn sàng …", cues.json offer timeCues) when it says what will be done then.
 */
export function offerConditions(ctx: SentCtx, c: number): number[] {
  return children(ctx, c).filter((k) => {
    const cl = ctx.clauses[k]!;
    return cl.kind === "condition" || (futureCondition(ctx, k) && ctx.lex.offerTimeCues.has(cl.marker?.cue.normalize("NFC").toLowerCase() ?? ""));
  });
}

/** Whether a clause reports something: a clause of saying whose reported clause depends on it. */
export function reports(ctx: SentCtx, c: number): boolean {
  return children(ctx, c, "reported").length > 0;
}

export function groupArgsOf(ctx: SentCtx, g: Span): Arg[] {
  return argsIn(ctx.args, g.start, g.end);
}

/** The role of the prepositional group holding argument `a` in its clause, or null (the object of a motion verb: "to"). */
export function roleOf(ctx: SentCtx, a: Arg): string | null {
  const c = clauseAt(ctx, a.start);
  if (c < 0) return null;
  const cl = ctx.clauses[c]!;
  const g = groupAt(ctx, c, a.start);
  if (g < 0) return null;
  const grp = cl.groups[g]!;
  if (grp.kind === "prep") {
    // a possessor belongs to the group before it ("tại thủ đô Budapest của Hungary")
    let k = g;
    while (k > 0 && cl.groups[k]!.role === "of" && cl.groups[k - 1]!.kind === "prep") k--;
    return cl.groups[k]!.role === "of" && k > 0 && cl.groups[k - 1]!.kind === "object" ? objectRole(cl) : cl.groups[k]!.role;
  }
  if (grp.kind === "object") return objectRole(cl);
  return null;
}
function objectRole(cl: Clause): string | null {
  const v = verbOf(cl);
  return v?.role === "motion" ? "to" : null;
}

/** Named as a venue or destination: a place or state in a group "tại / ở / tới …" or the object of a motion verb. */
export function isLocationMarked(ctx: SentCtx, a: Arg): boolean {
  if (a.loc === undefined) {
    const r = a.kind === "place" || a.kind === "gpe" ? roleOf(ctx, a) : null;
    a.loc = r !== null && (ctx.lex.venueRoles.has(r) || ctx.lex.movementRoles.has(r));
  }
  return a.loc;
}

/** Named as a source: "theo X", "hãng tin X", "dẫn lời X". */
export function isAttributionMarked(ctx: SentCtx, a: Arg): boolean {
  if (a.attr === undefined) a.attr = roleOf(ctx, a) === "according" || ctx.lex.attribution.endsIn(ctx.ix, Math.max(ctx.s.start, a.start - 25), a.start);
  return a.attr;
}

/** An argument that can be a side of an act: coded, not media, not a venue, not a source, not a people. */
export function isParticipant(ctx: SentCtx, a: Arg): boolean {
  return a.codes.length > 0 && !isMedia(a) && !isLocationMarked(ctx, a) && !isAttributionMarked(ctx, a) && !isNonParticipant(ctx.lex, ctx.ix, ctx.text, a);
}

/** A coded person named as a source ("dẫn lời Tổng thống Erdogan"): may still speak for a side. */
export function isSpeaker(ctx: SentCtx, a: Arg): boolean {
  return a.codes.length > 0 && !isMedia(a) && !isLocationMarked(ctx, a) && isAttributionMarked(ctx, a);
}

/**
 * Whether a group's text starts with a pronoun ("ông", "họ", "chúng tôi"): the speaker or the last topic; a time
 * fronted before it in the same group is stepped over ("Cùng ngày, ông cũng điện đàm …", "Hôm 11/5, bà …").
 */
export function pronounAt(ctx: SentCtx, g: Span): boolean {
  return ctx.lex.pronouns.startsWith(ctx.ix, afterFrontedTime(ctx, g), g.end) !== null;
}

/** Where a group's own words begin: after the times (and their commas) it starts with ("Cùng ngày, ông" → "ông"). */
export function afterFrontedTime(ctx: SentCtx, g: Span): number {
  let at = g.start;
  for (;;) {
    while (at < g.end && /[\s,]/u.test(ctx.text.charAt(at))) at++;
    const tx = ctx.timexes.find((x) => x.start === at && x.end <= g.end);
    if (!tx) return at;
    at = tx.end;
  }
}

/**
 * The subject of clause `c`: the sides named in its subject groups (with their possessors: "phái
 * đoàn của Mỹ"); for a clause without a subject of its own, its parent's (a reported clause's is
 * the speaker's, and a pronoun subject of a reported clause too).
 */
export function subjectOf(ctx: SentCtx, c: number, speaker = false, depth = 0): Arg[] {
  const cl = ctx.clauses[c];
  if (!cl) return [];
  const out: Arg[] = [];
  let named = false;
  let pronoun = false;
  let inSubject = false;
  let subj: ClauseGroup | null = null;
  const co: Arg[] = [];
  for (const g of cl.groups) {
    if (g.kind === "verb") break;
    if (g.kind === "subject") {
      inSubject = true;
      subj = g;
      named = true;
      if (pronounAt(ctx, g) && !groupArgsOf(ctx, g).length) pronoun = true;
      out.push(...groupArgsOf(ctx, g).filter((a) => ok(ctx, a, speaker)));
    } else if (g.kind === "prep" && (g.role === "of" || g.role === "between" || g.role === "with" || g.role === "from" || (subj !== null && byExample(ctx, subj, g))) && inSubject) {
      // "phái đoàn của Mỹ", "căng thẳng giữa A và B", "Nga cùng với Trung Quốc": the subject's own sides
      out.push(...groupArgsOf(ctx, g).filter((a) => ok(ctx, a, speaker)));
    } else if (g.kind === "prep" && g.role === "with" && !subj && cl.inherits) {
      // "… tới Bishkek và cùng Tổng thống X ký hiệp ước": a partner before the verb of a clause sharing its subject acts with it
      co.push(...groupArgsOf(ctx, g).filter((a) => ok(ctx, a, speaker)));
    } else inSubject = false;
  }
  // "Ông cũng cho rằng …": a pronoun subject no clause of the sentence names is the last topic; inside a
  // quotation, "tôi" / "chúng tôi" is its speaker
  if (!out.length && pronoun && cl.parent === null) {
    const subj = cl.groups.find((g) => g.kind === "subject")!;
    if (ctx.quoteSpeaker.length && ctx.lex.firstPerson.startsWith(ctx.ix, subj.start, subj.end)) return ctx.quoteSpeaker;
    return ctx.prevTopic.filter((a) => ok(ctx, a, speaker));
  }
  // "ba nước … là Mali, Burkina Faso và Niger tuyên bố …": a list that a copula opens after an unnamed group and that
  // goes on past a comma into this clause's subject is one subject (the names before the comma are its first members)
  if (out.length && named) out.unshift(...appositionHead(ctx, c, speaker));
  if (out.length || depth > 4 || cl.parent === null) return out;
  // "Mỹ là bên phản đối mời Ukraine": the head noun of a clause after a copula stands for the copula's subject
  if (named && cl.kind === "complement" && verbOf(ctx.clauses[cl.parent]!)?.role === "copula") {
    const subj = cl.groups.find((g) => g.kind === "subject")!;
    if (ctx.lex.copulaHeads.startsWith(ctx.ix, subj.start, subj.end) && !groupArgsOf(ctx, subj).length) return subjectOf(ctx, cl.parent, speaker, depth + 1);
  }
  // "trừng phạt các công ty Mỹ vì bán vũ khí cho Đài Loan": a reason without its subject is about the object
  if (cl.kind === "cause" && !named) {
    const p = ctx.clauses[cl.parent]!;
    const obj = p.groups.filter((g) => g.kind === "object" && g.start < cl.start).flatMap((g) => groupArgsOf(ctx, g).filter((a) => ok(ctx, a, speaker)));
    if (obj.length) return obj;
  }
  if (cl.inherits || pronoun || (!named && cl.kind !== "main")) return [...subjectOf(ctx, cl.parent, speaker || cl.kind === "reported", depth + 1), ...co];
  return out;
}
/**
 * The names a copula after an unnamed group opens ("ba nước do quân đội lãnh đạo là Mali, …") when clause `c` comes right
 * after that copula's clause with only a comma between, its subject going on with the list ("…, Burkina Faso và Niger
 * tuyên bố …"): the first members of `c`'s subject. Empty otherwise.
 */
function appositionHead(ctx: SentCtx, c: number, speaker: boolean): Arg[] {
  const p = appositionOf(ctx, c);
  const obj = p?.groups[p.groups.length - 1];
  return p && obj ? groupArgsOf(ctx, obj).filter((a) => ok(ctx, a, speaker)) : [];
}
/** The copula clause whose list of names clause `c`'s subject goes on (`appositionHead`), or null. */
export function appositionOf(ctx: SentCtx, c: number): Clause | null {
  const cl = ctx.clauses[c];
  const p = ctx.clauses[c - 1];
  if (!cl || !p || c - 1 < ctx.c0 || p.sentence !== cl.sentence || verbOf(p)?.role !== "copula") return null;
  // (only a comma between the two clauses, and the subject first in this one, named)
  if (!/^[\s,]*$/u.test(ctx.text.slice(p.end, cl.start))) return null;
  const subj = cl.groups[0];
  if (subj?.kind !== "subject" || !groupArgsOf(ctx, subj).some((a) => a.codes.length) || !cl.groups.some((g) => g.kind === "verb")) return null;
  const pv = p.groups.findIndex((g) => g.kind === "verb");
  // (the copula's subject names no side: an unnamed group; what follows the copula is one group of names alone)
  if (p.groups.slice(0, pv).some((g) => groupArgsOf(ctx, g).length)) return null;
  const rest = p.groups.slice(pv + 1);
  if (rest.length !== 1 || rest[0]!.kind !== "object") return null;
  const names = groupArgsOf(ctx, rest[0]!);
  return names.length && onlyNames(ctx, rest[0]!, names) ? p : null;
}
/** Whether group `g` holds only the names `names` and what joins them. */
function onlyNames(ctx: SentCtx, g: ClauseGroup, names: Arg[]): boolean {
  let i = g.start;
  for (const a of [...names].sort((x, y) => x.start - y.start)) {
    if (a.start < i) continue;
    if (!joined(ctx.lex, ctx.ix, ctx.text, i, a.start)) return false;
    i = a.end;
  }
  return joined(ctx.lex, ctx.ix, ctx.text, i, g.end);
}
/** Whether group `g` names by example the members of the plural group `head` before it ("các nước phương Tây [như Mỹ và Anh]": cues.json exampleHeads). */
export function byExample(ctx: SentCtx, head: ClauseGroup, g: ClauseGroup): boolean {
  return g.kind === "prep" && g.role === "as" && ctx.lex.exampleHeads.startsWith(ctx.ix, afterFrontedTime(ctx, head), head.end) !== null;
}
/** The states whose people are named in clause `c`'s subject ("người dân Serbia", "người Hàn Quốc"): the side of a people's act. */
export function peopleSubject(ctx: SentCtx, c: number): Arg[] {
  const cl = ctx.clauses[c];
  if (!cl) return [];
  const out: Arg[] = [];
  for (const g of cl.groups) {
    if (g.kind === "verb") break;
    if (g.kind !== "subject") continue;
    for (const a of groupArgsOf(ctx, g))
      if (a.codes.length && !isMedia(a) && !isAttributionMarked(ctx, a) && ctx.lex.people.endsIn(ctx.ix, Math.max(0, a.start - 20), a.start)) out.push(a);
  }
  return out;
}
function ok(ctx: SentCtx, a: Arg, speaker: boolean): boolean {
  if (speaker) return a.codes.length > 0 && !isMedia(a) && !isLocationMarked(ctx, a) && !isNonParticipant(ctx.lex, ctx.ix, ctx.text, a);
  return isParticipant(ctx, a);
}

/** Whether a trigger lies in its clause's verb group (the verb of its clause, or a modal word of it). */
export function inVerbGroup(ctx: SentCtx, t: Trig): boolean {
  const g = ctx.clauses[t.clause]?.groups[t.group];
  return !!g && g.kind === "verb";
}
