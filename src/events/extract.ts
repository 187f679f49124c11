import type { Actor, Doc, EventRecord, EventStatus, Span, Timex } from "../envelope/types.js";
import type { Lexicon, TokenIndex, TriggerDef } from "./lexicon.js";
import { lowerSameLength, splitSentences, syllables } from "./text.js";
import { SpanIndex } from "../envelope/spans.js";

/** An argument: a mention of one actor, or an anaphor ("hai bên") standing for several. */
export interface Arg extends Span {
  ids: string[];
  codes: string[];
  kind: Actor["type"] | "anaphor";
  /** Memo: marked as a venue / as a source (computed once per mention). */
  loc?: boolean;
  attr?: boolean;
  /** Memo: a state's people or a place in a document's name (no side at all). */
  none?: boolean;
}

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

interface Trig extends Span {
  def: TriggerDef;
  nominal: boolean;
  consumedBy: Trig | null;
  consumes: Trig | null;
  threat: boolean;
  dropped: boolean;
  /** End of the act before this one in the sentence (a nominal act's subject is not looked for before it). */
  prevEnd: number;
  /** Start of the next act in the sentence. */
  nextStart: number;
}

interface Sent extends Span {
  index: number;
}

const DATE_VALUE = /^(?:\d{4}|XXXX)/;
/** A TIMEX3 value cut to its day ("2025-05-16T13:30" → "2025-05-16"). */
function dayOf(value: string): string {
  const t = value.indexOf("T");
  return t > 0 && /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, t)) ? value.slice(0, t) : value;
}
/** A year named as a target or deadline ("tầm nhìn đến năm 2045", "trước năm 2030") dates no act. */
function isTarget(lower: string, from: number, t: Timex): boolean {
  return /^\d{4}$/.test(t.value) && /(?<![\p{L}])(?:đến|tới|trước|cho tới|cho đến)\s+(?:năm\s+)?$/u.test(lower.slice(Math.max(from, t.start - 14), t.start));
}
/** "ngay sau kỳ nghỉ Tết Dương lịch", "trước ngày 10/1": a date the act is after or before, not its date. */
const BEFORE_AFTER = /(?<![\p{L}])(?:ngay\s+)?(?:sau|trước)(?:\s+(?:kỳ nghỉ|dịp|ngày|lễ|khi))?\s+$/u;
const SINCE = /(?<![\p{L}])(?:kể từ|tính từ)\s*$/u;

/** What a singular anaphor's head noun can stand for. */
const SINGULAR_KINDS: Record<string, Array<Arg["kind"]>> = { nước: ["gpe"], "quốc": ["gpe"], khối: ["org"], "liên": ["org"], "tổ": ["org"] };

const TOPIC_PAIR = /(?<![\p{L}])(?:xung đột|chiến tranh|cuộc chiến|quan hệ|căng thẳng|biên giới|tranh chấp)(?:\s+giữa)?\s*$/u;
function sameSides(a: Arg, b: Arg): boolean {
  return a.codes.length === b.codes.length && a.codes.every((c) => b.codes.includes(c));
}
/** Two codes the article names together in more than one sentence (see `partners`). */
function isArticlePair(p: Partners, g: Arg): boolean {
  if (g.codes.length !== 2) return false;
  const [x, y] = g.codes as [string, string];
  return (p.together.get(x)?.get(y) ?? 0) >= 2;
}

/** The last argument before `pos` that passes `ok` (arguments are in text order). */
/** How many named arguments back `lastNamed` looks for an antecedent. */
const LOOKBACK = 500;

function lastNamed(args: Arg[], pos: number, ok: (a: Arg) => boolean): Arg | null {
  let lo = 0;
  let hi = args.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (args[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  // a capped lookback (an article names a few hundred actors at most): linear time on long documents
  for (let i = lo - 1; i >= Math.max(0, lo - LOOKBACK); i--) if (ok(args[i]!)) return args[i]!;
  return null;
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
}

/** Finds event statements sentence by sentence. Pure: reads the envelope only. */
export function findCandidates(doc: Doc, lex: Lexicon): Analysis {
  const lower = lowerSameLength(doc.matchText || doc.text);
  const ix = lex.vocab.index(lower);
  const spans = doc.sentences.length ? doc.sentences : splitSentences(doc.text, doc.sections);
  const sentences: Sent[] = spans.map((s, index) => ({ start: s.start, end: s.end, index }));
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const mentionArgs = toArgs(doc, actors);
  const stateByCode = new Map(doc.actors.filter((a) => a.type === "gpe" && a.code).map((a) => [a.code!.toUpperCase(), a] as const));
  const candidates: Candidate[] = [];
  const allArgs: Arg[] = [...mentionArgs];
  const mediators: Arg[] = [];
  let lastPair: Arg | null = null;
  let lastEventPair: Arg | null = null;
  let lastAgreement: Arg | null = null;
  let prevTopic: Arg[] = [];
  const partner = partners(lex, doc.text, lower, ix, sentences, mentionArgs);

  // the arguments and timexes of a sentence found by binary search, not a pass over all of them
  const argIndex = new SpanIndex(mentionArgs);
  const timexIndex = new SpanIndex(doc.timexes);
  for (const s of sentences) {
    const inSent = argIndex.within(s.start, s.end);
    // anaphors ("hai bên") stand for the last pair named together
    const anaph: Arg[] = [];
    for (const m of lex.anaphora.find(ix, s.start, s.end)) {
      // before any pair is named, the first pair the article names ("cuộc gặp giữa hai ngoại trưởng" in the lead)
      // (a pair met once, "Trump có thể tới Istanbul", gives way to the pair the article keeps naming together)
      const main = partner.mainPair;
      const ante = lastPair && main && !sameSides(lastPair, main) && !isArticlePair(partner, lastPair) ? main : (lastPair ?? (partner.firstPair && partner.firstPair.start > m.end ? partner.firstPair : null));
      if (!ante || inSent.some((a) => a.start < m.end && m.start < a.end)) continue;
      anaph.push({ start: m.start, end: m.end, ids: ante.ids, codes: ante.codes, kind: "anaphor" });
    }
    // "nước này" (this country), "khối này" (this bloc): the last state / organisation named before
    for (const m of lex.singularAnaphora.find(ix, s.start, s.end)) {
      if (inSent.some((a) => a.start < m.end && m.start < a.end)) continue;
      const kinds = SINGULAR_KINDS[m.cue.split(" ")[0]!] ?? [];
      if (kinds.includes("gpe")) {
        // the last state named, or named through one of its bodies or people ("Văn phòng Thủ tướng Israel")
        const ante = lastNamed(mentionArgs, m.start, (a) => a.codes.length > 0 && stateByCode.has(a.codes[0]!));
        const state = ante && stateByCode.get(ante.codes[0]!)!;
        if (state) anaph.push({ start: m.start, end: m.end, ids: [state.id], codes: [ante.codes[0]!], kind: "anaphor" });
      } else {
        const ante = lastNamed(mentionArgs, m.start, (a) => kinds.includes(a.kind) && a.codes.length > 0);
        if (ante) anaph.push({ start: m.start, end: m.end, ids: ante.ids, codes: ante.codes, kind: "anaphor" });
      }
    }
    const args = [...inSent, ...anaph].sort((a, b) => a.start - b.start);
    allArgs.push(...anaph);
    const ctx: SentCtx = {
      lex,
      text: doc.text,
      lower,
      ix,
      s,
      args,
      // a "since" date ("lần đầu tiên kể từ tháng 3/2022") dates no act of the sentence
      timexes: timexIndex.within(s.start, s.end).filter((t) => DATE_VALUE.test(t.value) && (t.type === "DATE" || t.type === "TIME") && !SINCE.test(lower.slice(Math.max(s.start, t.start - 12), t.start)) && !isTarget(lower, s.start, t) && !BEFORE_AFTER.test(lower.slice(Math.max(s.start, t.start - 24), t.start))),
      trigSpans: [],
      lastPair,
      lastAgreement,
      partner,
      mediators: [],
      roles: new Map(),
    };
    const sentMediators = mediatorsIn(ctx);
    ctx.mediators = sentMediators;
    mediators.push(...sentMediators);
    const trigs = findTriggers(ctx);
    ctx.trigSpans = trigs;
    const found: Candidate[] = [];
    const dates = assignDates(ctx, trigs);
    const orphanDates: Array<{ at: number; value: string }> = [];
    for (const t of trigs) {
      if (t.dropped || t.consumedBy) continue;
      const c = buildCandidate(ctx, t, prevTopic, dates.get(t) ?? null, found);
      if (c) found.push(c);
      else if (dates.has(t)) orphanDates.push({ at: t.start, value: dates.get(t)! });
    }
    // a date that went to an act with no sides ("hội nghị thượng đỉnh ngày 15/8 ..., A và B đã trò chuyện") dates the nearest event
    for (const d of orphanDates) {
      // (only to an event after it: "…, hẹn gặp lại tuần sau" does not date the talks before it)
      const near = found.filter((c) => !c.date && c.trigger.start > d.at).sort((a, b) => Math.abs(a.trigger.start - d.at) - Math.abs(b.trigger.start - d.at))[0];
      if (near) near.date = d.value;
    }
    found.push(...modalRequests(ctx, found), ...evaluations(ctx, found));
    candidates.push(...found);
    // remember the last pair named together and this sentence's topic for the next sentences
    let eventPair: Arg | null = null;
    // "hai bên" stands for two sides: the last act between exactly two
    for (const c of found) if (c.codes.size === 2) eventPair = pairArg(c, actors);
    for (const c of found) if (c.type === "AGREE" && c.codes.size >= 2) lastAgreement = pairArg(c, actors);
    if (eventPair) lastEventPair = eventPair;
    const groups = groupArgs(lower, args.filter((a) => isParticipant(ctx, a) && !sentMediators.includes(a)));
    let groupPair: Arg | null = null;
    for (const g of groups) if (new Set(g.flatMap((a) => a.codes)).size >= 2) groupPair = mergeArgs(g);
    // a pair merely named together ("Đại sứ Mỹ và Đại sứ Trung Quốc cũng có mặt") takes over from the
    // sides of the last act only when it is a pair the article keeps naming together
    if (groupPair && !eventPair && lastEventPair && !sameSides(groupPair, lastEventPair) && !isArticlePair(partner, groupPair)) groupPair = null;
    lastPair = groupPair ?? eventPair ?? lastPair;
    const topic = groups[0];
    if (topic) prevTopic = topic;
  }
  return { candidates, sentences, lower, ix, args: allArgs, mediators };
}

/**
 * For each code, the code the article most often names in the same sentence as a participant
 * (media, venues and the article's mediators left out), when one stands out: the implied other
 * side of a statement or attack that names only its actor ("Hamas chấp thuận đề xuất").
 */
interface Partners {
  partner: Map<string, string>;
  /** For two codes, in how many sentences they are named as participants together. */
  together: Map<string, Map<string, number>>;
  /** The pair of codes the article names together in the most sentences (at least two; no tie). */
  mainPair?: Arg | null;
  /** The first pair the article names together ("A và B"), for an anaphor before any ("hai ngoại trưởng" in the lead). */
  firstPair?: Arg | null;
  /** The first participant mention of each code. */
  first: Map<string, Arg>;
}
function partners(lex: Lexicon, text: string, lower: string, ix: TokenIndex, sentences: Sent[], mentionArgs: Arg[]): Partners {
  const count = new Map<string, Map<string, number>>();
  const first = new Map<string, Arg>();
  const mediatorCodes = new Set<string>();
  const perSentence: string[][] = [];
  let firstPair: Arg | null = null;
  let k = 0;
  for (const s of sentences) {
    while (k < mentionArgs.length && mentionArgs[k]!.start < s.start) k++;
    const args: Arg[] = [];
    for (let j = k; j < mentionArgs.length && mentionArgs[j]!.end <= s.end; j++) args.push(mentionArgs[j]!);
    const ctx: SentCtx = { lex, text, lower, ix, s, args, timexes: [], trigSpans: [], lastPair: null, partner: { partner: new Map(), first: new Map(), together: new Map() }, mediators: [] };
    for (const m of mediatorsIn(ctx)) for (const c of m.codes) mediatorCodes.add(c);
    const codes: string[] = [];
    // (not the sides of a conflict or relation named as a topic: "cuộc xung đột Nga - Ukraine")
    if (!firstPair) for (const g of groupArgs(lower, args.filter((a) => isParticipant(ctx, a)))) if (!firstPair && new Set(g.flatMap((a) => a.codes)).size === 2 && !TOPIC_PAIR.test(lower.slice(Math.max(0, g[0]!.start - 24), g[0]!.start))) firstPair = mergeArgs(g);
    for (const a of args) {
      if (!isParticipant(ctx, a)) continue;
      for (const c of a.codes) {
        if (!first.has(c)) first.set(c, a);
        if (!codes.includes(c)) codes.push(c);
      }
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
      [most, tie, mainPair] = [n, false, { start: 0, end: 0, ids: [...first.get(x)!.ids, ...first.get(y)!.ids], codes: [x, y], kind: "anaphor" }];
    }
  }
  return { partner, first, together: count, firstPair, mainPair: tie ? null : mainPair };
}

/**
 * Acts whose other side may stay implied: stances and attacks ("Hamas chấp thuận đề xuất",
 * "vụ tấn công của Hamas"), unless an addressee that is no actor follows ("đổ lỗi cho phương Tây").
 */
const IMPLIED_SIDE = new Set(["AGREE", "SUPPORT", "REJECT", "REQUEST", "ASSAULT"]);
const ADDRESSEE = /^[\s,]*(?:cho|với|đối với|nhằm vào|vào|lên|tới|đến)(?![\p{L}])/u;

interface SentCtx {
  lex: Lexicon;
  /** The article text, and the same lower-cased (same offsets). */
  text: string;
  lower: string;
  ix: TokenIndex;
  s: Sent;
  args: Arg[];
  timexes: Timex[];
  /** Every trigger found in the sentence (blocked ones excluded): they end an object search. */
  trigSpans: Span[];
  /** The last pair named together before this sentence (for an implied other side). */
  lastPair: Arg | null;
  /** The sides of the last agreement reported before this sentence ("hoan nghênh thỏa thuận"). */
  lastAgreement?: Arg | null;
  /** For a code, the code it is most often named with in the article (for an implied other side). */
  partner: Partners;
  /** The sentence's mediators and hosts (mediatorsIn, computed once). */
  mediators: Arg[];
  /** Subject and objects found for each act of the sentence so far (for coordinated verbs). */
  roles?: Map<Trig, { subj: Arg[]; objs: Arg[] }>;
}

function toArgs(doc: Doc, actors: Map<string, Actor>): Arg[] {
  const ms = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Arg[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue; // nested or overlapping: keep the outer one
    const a = actors.get(m.actor);
    if (!a) continue;
    out.push({ start: m.start, end: m.end, ids: [a.id], codes: a.code ? [a.code.toUpperCase()] : [], kind: a.type });
    lastEnd = m.end;
  }
  return out;
}

function pairArg(c: Candidate, actors: Map<string, Actor>): Arg {
  const ids = [...new Set([...c.actor, ...c.recipient])];
  const codes = [...new Set(ids.map((i) => actors.get(i)?.code?.toUpperCase()).filter((x): x is string => !!x))];
  return { start: c.start, end: c.start, ids, codes, kind: "anaphor" };
}

function mergeArgs(g: Arg[]): Arg {
  return {
    start: g[0]!.start,
    end: g[g.length - 1]!.end,
    ids: [...new Set(g.flatMap((a) => a.ids))],
    codes: [...new Set(g.flatMap((a) => a.codes))],
    kind: "anaphor",
  };
}

/** "A và B", "A, B", "A - B"; an honorific may precede the next name ("ông Rubio và ông Lavrov"). */
const COORD = /^[\s,]*(?:và|với|cùng|cùng với|hoặc|-|–|—|,)?[\s,]*(?:(?:ông|bà|ngài)\s+)?$/u;

/** Splits argument lists into coordinated groups ("A và B", "A-B", "A, B và C"). */
function groupArgs(lower: string, args: Arg[]): Arg[][] {
  const groups: Arg[][] = [];
  for (const a of args) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && COORD.test(lower.slice(prev.end, a.start))) g.push(a);
    else groups.push([a]);
  }
  return groups;
}

/** Where the window of `chars` characters before `pos` starts (within the sentence). */
function startBefore(ctx: SentCtx, pos: number, chars = 40): number {
  return Math.max(ctx.s.start, pos - chars);
}
/** Where the window of `chars` characters after `pos` ends (within the sentence). */
function endAfter(ctx: SentCtx, pos: number, chars = 40): number {
  return Math.min(ctx.s.end, pos + chars);
}
function textBefore(ctx: SentCtx, pos: number, chars = 40): string {
  return ctx.lower.slice(Math.max(ctx.s.start, pos - chars), pos);
}
function textAfter(ctx: SentCtx, pos: number, chars = 40): string {
  return ctx.lower.slice(pos, Math.min(ctx.s.end, pos + chars));
}

function isMedia(a: Arg): boolean {
  return a.kind === "media";
}
function isLocationMarked(ctx: SentCtx, a: Arg): boolean {
  if (a.loc === undefined) a.loc = locationMarked(ctx, a, 0);
  return a.loc;
}
function locationMarked(ctx: SentCtx, a: Arg, depth: number): boolean {
  if (a.kind !== "place" && a.kind !== "gpe") return false;
  if (ctx.lex.location.endsIn(ctx.ix, startBefore(ctx, a.start, 20), a.start)) return true;
  // "ở Trung và Nam Dải Gaza", "tại khu vực biên giới Kursk": a cue two or three words before, nothing else between
  const nearStart = startBefore(ctx, a.start, 24);
  const cue = ctx.lex.location.findIn(ctx.ix, nearStart, a.start).pop();
  if (cue && (cue.cue === "ở" || cue.cue === "tại") && a.kind === "place") {
    const rest = ctx.lower.slice(cue.end, a.start);
    if (syllables(rest) <= 3 && !/[,;:.()"“”]/u.test(rest) && !ctx.lex.triggerSet.hasIn(ctx.ix, cue.end, a.start) && !ctx.args.some((b) => b.end <= a.start && b.start >= cue.end)) return true;
  }
  // apposition: "tại Riyadh, Saudi Arabia", "tới Cairo (Ai Cập)"
  const prev = ctx.args.filter((b) => b.end <= a.start).pop();
  return !!prev && depth < 2 && /^\s*[,(]\s*$/u.test(ctx.lower.slice(prev.end, a.start)) && locationMarked(ctx, prev, depth + 1);
}
function isAttributionMarked(ctx: SentCtx, a: Arg): boolean {
  if (a.attr === undefined) a.attr = ctx.lex.attribution.endsIn(ctx.ix, startBefore(ctx, a.start, 25), a.start);
  return a.attr;
}
function isParticipant(ctx: SentCtx, a: Arg): boolean {
  return !isMedia(a) && !isLocationMarked(ctx, a) && !isAttributionMarked(ctx, a) && a.codes.length > 0 && !isNonParticipant(ctx, a);
}
/**
 * A state's people ("người Mỹ ủng hộ kế hoạch", "người dân Ukraine") are not the state, and a place
 * inside a document's name ("Tuyên bố Kuala Lumpur", "Hiệp định Paris") is no side.
 */
function isNonParticipant(ctx: SentCtx, a: Arg): boolean {
  if (a.kind !== "gpe" && a.kind !== "place") return false;
  return (a.none ??= nonParticipant(ctx, a));
}
function nonParticipant(ctx: SentCtx, a: Arg): boolean {
  const before = ctx.lower.slice(Math.max(0, a.start - 16), a.start);
  if (PEOPLE_OF.test(before)) return true;
  const m = NAMED_DOCUMENT.exec(before);
  return !!m && /\p{Lu}/u.test(ctx.text.charAt(a.start - m[0].length + m[0].search(/\p{L}/u)));
}
const PEOPLE_OF = /(?<![\p{L}])(?:người|người dân|dân chúng|công chúng|cử tri)\s+$/u;
const NAMED_DOCUMENT = /(?<![\p{L}])(?:tuyên bố|hiệp ước|hiệp định|công ước|hiến chương|nghị định thư|thỏa thuận|đồng thuận|tiến trình|định dạng)\s+$/u;

function findTriggers(ctx: SentCtx): Trig[] {
  const { lex, lower, ix, s } = ctx;
  const out: Trig[] = [];
  for (const m of lex.triggerSet.find(ix, s.start, s.end)) {
    const def = lex.triggerByCue.get(m.cue);
    if (!def) continue;
    const before = startBefore(ctx, m.start, 30);
    if (lex.blocks.get(def)?.endsIn(ix, before, m.start)) continue;
    if (lex.blocksAfter.get(def)?.startsWith(ix, m.end, endAfter(ctx, m.end, 30))) continue;
    if (def.strictNext && !ctx.args.some((a) => a.start >= m.end && a.start <= m.end + 2)) continue;
    if (def.strictAgreement && !lex.agreementNouns.hasIn(ix, m.end, endAfter(ctx, m.end, 25))) continue;
    const nominal = !!def.noun || lex.nominal.endsIn(ix, before, m.start);
    out.push({ start: m.start, end: m.end, def, nominal, consumedBy: null, consumes: null, threat: false, dropped: false, prevEnd: s.start, nextStart: s.end });
  }
  // conditional threats: "Nga có thể lựa chọn các phản ứng ... nếu Mỹ từ chối"
  for (const m of lex.threat.find(ix, s.start, s.end)) {
    const unlessRuled = lex.threatEnabling.hasIn(ix, Math.max(s.start, m.start - 40), m.end);
    if (!lex.threatConditional.hasIn(ix, m.end, s.end) && !unlessRuled) continue;
    const def: TriggerDef = { cue: m.cue, type: "THREATEN", mode: /trừng phạt/u.test(lower.slice(m.start, s.end)) ? "restrict" : null, frame: "directed" };
    const t: Trig = { start: m.start, end: m.end, def, nominal: false, consumedBy: null, consumes: null, threat: true, dropped: false, prevEnd: s.start, nextStart: s.end };
    for (const o of out) if (o.start >= m.start - 45) o.dropped = true; // what is threatened, and the condition, are no events
    out.push(t);
    break;
  }
  out.sort((a, b) => a.start - b.start);
  // remove triggers overlapping a longer one
  for (let i = 0; i < out.length; i++) {
    for (let j = 0; j < out.length; j++) {
      if (i === j) continue;
      const a = out[i]!;
      const b = out[j]!;
      if (a.start < b.end && b.start < a.end && b.end - b.start > a.end - a.start) a.dropped = true;
    }
  }
  const live = out.filter((t) => !t.dropped);
  // a stance verb consumes the act noun it governs: "sẵn sàng đàm phán", "cấm các cuộc đàm phán"
  for (let i = 0; i < live.length; i++) {
    const t = live[i]!;
    if (t.def.frame !== "stance") continue;
    const u = live[i + 1];
    if (!u || u.def.frame === "stance") continue;
    const gap = lower.slice(t.end, u.start);
    // an opening quote may stand between ("đồng ý "tiếp tục đối thoại"")
    if (syllables(gap) > 4 || /[,;:.()”]/u.test(gap) || ctx.args.some((a) => a.start >= t.end && a.end <= u.start)) continue;
    u.consumedBy = t;
    t.consumes = u;
  }
  const conds = lex.conditional.find(ix, s.start, s.end);
  const content = lex.content.find(ix, s.start, s.end)[0];
  for (const t of live) {
    if (t.def.onlyConsuming && !t.consumes) t.dropped = true;
    // the condition of a conditional ("nếu Hamas chấp thuận") is no event
    const cond = conds.filter((c) => c.end <= t.start).pop();
    if (cond && !t.threat && !/[,;]/u.test(lower.slice(cond.end, t.start))) t.dropped = true;
    // terms of a deal ("đề xuất này gồm lệnh ngừng bắn, việc trả tự do ...") are no events, nor are
    // stances in the same clause ("dự thảo bao gồm việc Kiev đồng ý ... và chấp nhận ...")
    if (content && content.end <= t.start && (t.def.frame !== "stance" || clauseStart(ctx, t.start).start <= content.start) && t.def.type !== "CONSULT") t.dropped = true;
    const tail = t.consumes ?? t;
    if (lex.negationAfter.startsWith(ix, tail.end, endAfter(ctx, tail.end, 20))) t.dropped = true;
    // negated acts did not happen
    const head = t.consumedBy ?? t;
    // "khó có khả năng đề xuất tổ chức cuộc gặp": up to four syllables between
    const winStart = startBefore(ctx, head.start, 40);
    if (lex.negation.hasIn(ix, winStart, head.start) && !/không loại trừ/u.test(lower.slice(winStart, head.start))) {
      const m = lex.negation.findIn(ix, winStart, head.start).pop();
      // a negation word inside a name is none ("Không quân Israel")
      const inName = !!m && ctx.args.some((a) => a.start < m.end && m.start < a.end);
      if (m && !inName && syllables(lower.slice(m.end, head.start)) <= 4) t.dropped = true;
    }
    // what a speaker hopes another will do is no event: "hy vọng phía Nga sẽ chấp nhận lời mời"
    if (HOPED.test(textBefore(ctx, head.start, 60))) t.dropped = true;
    // what must be done ("các lệnh trừng phạt phải được gỡ bỏ") is a demand, not the act
    if (OBLIGED.test(textBefore(ctx, head.start, 16))) t.dropped = true;
  }
  let prevEnd = s.start;
  const heads = live.filter((t) => !t.dropped && !t.consumedBy);
  heads.forEach((t, i) => {
    t.prevEnd = prevEnd;
    t.nextStart = heads[i + 1]?.start ?? s.end;
    prevEnd = (t.consumes ?? t).end;
  });
  return live;
}

/** Where the clause of a trigger starts: after the last boundary word or reporting verb. */
function clauseStart(ctx: SentCtx, pos: number): { start: number; reporting: Span | null } {
  const { lex, lower, ix, s } = ctx;
  let start = s.start;
  let reporting: Span | null = null;
  for (const m of lex.boundaries.find(ix, s.start, pos)) if (m.end > start) {
    start = m.end;
    reporting = null;
  }
  for (const m of lex.reporting.find(ix, s.start, pos)) if (m.end > start) {
    start = m.end;
    reporting = m;
  }
  const punct = lower.slice(s.start, pos).search(/[;:][^;:]*$/u);
  if (punct >= 0 && s.start + punct + 1 > start) {
    start = s.start + punct + 1;
    reporting = null;
  }
  return { start, reporting };
}

/** The coordinated group of participants that ends nearest before `pos` (after `from`). */
function subjectBefore(ctx: SentCtx, from: number, pos: number, speaker = false): Arg[] {
  const cands = ctx.args.filter((a) => a.start >= from && a.end <= pos && (isParticipant(ctx, a) || (speaker && !isMedia(a) && a.codes.length > 0 && isAttributionMarked(ctx, a))));
  if (!cands.length) return [];
  const groups = groupArgs(ctx.lower, cands);
  // "lập trường về cuộc xung đột giữa Nga - Ukraine": sides or topic of another noun are no subject
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (!SIDES_OF_NOUN.test(textBefore(ctx, g[0]!.start, 12)) || speaker) return g;
  }
  return [];
}
const SIDES_OF_NOUN = /(?<![\p{L}])(?:giữa|về)\s*$/u;

interface ObjArg {
  arg: Arg;
  via: string;
}

/** The participants that follow a trigger: its object or the sides of a nominal act. */
function objectsAfter(ctx: SentCtx, pos: number): ObjArg[] {
  const { lex, lower, s } = ctx;
  const out: ObjArg[] = [];
  let cur = pos;
  for (const a of ctx.args) {
    if (a.start < pos) continue;
    const gap = lower.slice(cur, a.start);
    if (out.length) {
      if (!COORD.test(gap)) break;
    } else {
      // (a decimal comma is none: "giải ngân 3,5 tỷ euro cho Ukraine")
      if (/[;:()"“”]|\.(?!\d)|(?<!\d)\.|,(?!\d)|(?<!\d),/u.test(gap)) break;
      if (isLocationMarked(ctx, a) && syllables(gap) <= 3) {
        // "hội nghị thượng đỉnh tại Budapest với Putin": the venue, then the sides
        cur = a.end;
        continue;
      }
      // "gặp quan chức kinh tế hàng đầu của Trung Quốc": a longer head noun when it ends in "của",
      // or the partner after "với": "có cuộc gặp kéo dài khoảng 50 phút với ông Trump"
      const maxSyl = /(?<![\p{L}])(?:của|với(?:\s+(?:ông|bà|ngài))?)\s*$/u.test(gap) ? 9 : 6;
      if (syllables(gap) > maxSyl || lex.objectStops.has(gap.replace(lex.objectAllowedRe, " ")) || ctx.trigSpans.some((t) => t.start >= cur && t.end <= a.start) || lex.reporting.hasIn(ctx.ix, cur, a.start) || lex.boundaries.hasIn(ctx.ix, cur, a.start)) break;
    }
    if (isLocationMarked(ctx, a)) {
      // a venue between the act and its sides: "hội nghị thượng đỉnh tại Budapest với Putin"
      cur = a.end;
      continue;
    }
    if (isMedia(a) || isAttributionMarked(ctx, a)) break;
    const words = gap.trim().split(/\s+/u);
    // "giữa các nhà đàm phán Moscow và Kiev": the sides of the act, whatever noun heads them
    out.push({ arg: a, via: !out.length && words.includes("giữa") ? "giữa" : (words[words.length - 1] ?? "") });
    cur = a.end;
    if (cur >= s.end) break;
  }
  return out.filter((o) => o.arg.codes.length > 0);
}

function locationOf(ctx: SentCtx, t: Trig): Arg | null {
  const locs = ctx.args.filter((a) => isLocationMarked(ctx, a));
  // "tại X" names a venue; "ở X" is often a topic's place ("an ninh ở châu Âu")
  const strength = (a: Arg) => (/(?:tại|bên lề)[\s\S]{0,25}$/u.test(textBefore(ctx, a.start, 28)) ? 0 : /(?:tới|đến)\s*$/u.test(textBefore(ctx, a.start, 8)) ? 1 : 2);
  const after = locs.filter((a) => a.start >= t.end && a.end <= t.nextStart && a.codes.length);
  const before = locs.filter((a) => a.end <= t.start && a.start >= t.prevEnd && a.codes.length).reverse();
  const ranked = [...after, ...before].sort((a, b) => strength(a) - strength(b));
  return ranked[0] ?? null;
}

const OBLIGED = /(?<![\p{L}])(?:phải|cần|nên|cần phải)\s+được\s+$/u;
const HOPED = /(?<![\p{L}])(?:hy vọng|hi vọng|kỳ vọng|mong|mong muốn|mong đợi)\s+(?:\S+\s+){1,4}sẽ\s+(?:\S+\s+){0,2}$/u;
const TOPIC_OF = /(?<![\p{L}])(?:về việc|về khả năng|về)\s+(?:\S+\s+){0,3}$/u;

function statusOf(ctx: SentCtx, t: Trig, from: number): { status: EventStatus; explicit: boolean } {
  const { lex, lower } = ctx;
  const statement = t.def.frame === "stance" || t.threat || ["ACCUSE", "THREATEN"].includes(t.def.type);
  const found: EventStatus[] = [];
  const head = t.consumedBy ?? t;
  // a cue before an earlier act of the sentence is that act's ("sẽ điện đàm lại, sau cuộc gọi ngày 20-10")
  // an act that is the topic of a noun ("đề xuất của NATO về việc tổ chức đàm phán") takes its status from that noun
  const topic = TOPIC_OF.test(textBefore(ctx, head.start, 40));
  const winStart = Math.max(from, head.start - (statement ? 12 : topic ? 90 : 45), head.prevEnd);
  for (const m of lex.statusBeforeSet.find(ctx.ix, winStart, head.start)) {
    const st = lex.statusBefore.get(m.cue);
    if (st) found.push(st);
  }
  if (!statement) {
    const tail = t.consumes ?? t;
    for (const m of lex.statusAfterSet.find(ctx.ix, tail.end, Math.min(ctx.s.end, tail.end + 80))) {
      const st = lex.statusAfter.get(m.cue);
      if (st) found.push(st);
    }
    if (lex.conditional.hasIn(ctx.ix, tail.end, ctx.s.end)) found.push("hypothetical");
    for (const m of lex.statusNear.find(ctx.ix, tail.end, Math.min(ctx.s.end, tail.end + 30))) {
      const st = lex.statusAfter.get(m.cue) ?? lex.statusBefore.get(m.cue);
      if (st && syllables(lower.slice(tail.end, m.start)) <= 3) found.push(st);
    }
  }
  if (!found.length) return { status: "occurred", explicit: false };
  found.sort((a, b) => lex.rank.indexOf(a) - lex.rank.indexOf(b));
  return { status: found[0]!, explicit: true };
}

/**
 * Each date timex goes to the trigger it follows most closely in its sentence (a fronted
 * date, before every trigger, to the first); a timex attached to a reporting verb ("Tass
 * ngày 28/12 đưa tin") is the report's date and goes to statements only.
 */
function assignDates(ctx: SentCtx, trigs: Trig[]): Map<Trig, string> {
  const out = new Map<Trig, string>();
  const all = trigs.filter((t) => !t.dropped).sort((a, b) => a.start - b.start);
  if (!all.length) return out;
  for (const tx of ctx.timexes) {
    const next = all.find((t) => t.start >= tx.end);
    // "Tass ngày 28/12 đưa tin ...": the report's date; but "vào 15.1, A và B đã xác nhận cuộc trao đổi
    // tù binh" dates the act confirmed right after the verb
    // (so does "Cùng ngày, Bộ Tài chính Mỹ công bố trừng phạt ...": an act announced by the one doing it)
    const gap = next === undefined ? "" : ctx.lower.slice(tx.end, next.start);
    const confirmed = next !== undefined && ((next.nominal && CONFIRMED.test(gap)) || ANNOUNCED.test(gap));
    const reportDate = next !== undefined && !confirmed && ctx.lex.reporting.hasIn(ctx.ix, tx.end, next.start);
    let owner = [...all].reverse().find((t) => t.end <= tx.start) ?? all[0]!;
    if (reportDate) {
      // a report's date dates the statement after it only
      const n = next!;
      const top = n.consumedBy ?? n;
      const statement = top.def.frame === "stance" || top.threat || ["ACCUSE", "THREATEN"].includes(top.def.type);
      if (!statement) continue;
      owner = n;
    }
    const o = owner.consumedBy ?? owner;
    // events are dated to the day: the clock time of an announcement is no part of the talks' date
    const value = dayOf(tx.value);
    if (!out.has(o)) out.set(o, value);
    if (o !== owner && !out.has(owner)) out.set(owner, value);
  }
  // an act named as the means or setting of the one before it shares its date: "thống nhất qua
  // điện đàm hôm 16-10" (agreed on the call of the 16th), "nhất trí trong cuộc gặp ngày 5/3"
  for (let i = all.length - 1; i > 0; i--) {
    const u = all[i]!;
    const t = all[i - 1]!;
    const date = out.get(u);
    if (date === undefined || out.has(t) || t.consumedBy || u.consumedBy) continue;
    if (MEANS.test(ctx.lower.slice(t.end, u.start))) out.set(t, date);
  }
  return out;
}
const SPEAKER_PRONOUN = /^[\s,]*(?:ông|bà|họ|chúng tôi|tôi)\s+(?:(?:sẽ|đã|vừa|đang|sắp|có thể|cũng|vẫn|muốn|luôn)\s+){0,3}$/u;
const SUBJECTLESS = /^[\s,]*(?:(?:sẽ|đã|vừa|đang|sắp|dự kiến|có thể|cũng|vẫn|muốn|mới)\s+){1,3}$/u;
const ANNOUNCE = /^(?:tuyên bố|công bố|thông báo)$/u;
const ANNOUNCED = /(?<![\p{L}])(?:tuyên bố|công bố|thông báo)\s+$/u;
const CONFIRMED = /(?<![\p{L}])(?:xác nhận|công bố|thông báo)\s+(?:(?:về|việc|vụ|các cuộc|cuộc)\s+){0,2}$/u;
/** What stands between an act and the act that is its means or setting ("qua", "trong cuộc", "tại các cuộc"). */
const MEANS = /^\s*(?:qua|trong|tại|bằng)\s+(?:(?:một|các|những)\s+)?(?:cuộc\s+)?$/u;

function mediatorsIn(ctx: SentCtx): Arg[] {
  const { lex, lower } = ctx;
  const out: Arg[] = [];
  const parts = ctx.args.filter((a) => a.codes.length && !isMedia(a));
  for (const g of groupArgs(lower, parts)) {
    const first = g[0]!;
    const last = g[g.length - 1]!;
    const before = textBefore(ctx, first.start, 35);
    const after = textAfter(ctx, last.end, 35);
    const pre = lex.mediatorBefore.endsIn(ctx.ix, startBefore(ctx, first.start, 35), first.start) && !/(?<![\p{L}])do[\s]*$/u.test(before);
    // (every cue of the two patterns after contains "trung gian" or "chủ trì": most windows are skipped)
    const medAfter = after.includes("trung gian") || after.includes("chủ trì");
    const post = medAfter && /^[\s,]*(?:(?:\S+\s+){0,5})(?:làm trung gian|đóng vai trò trung gian|vai trò trung gian|chủ trì)/u.test(after);
    const doMed = medAfter && /(?<![\p{L}])do[\s]*$/u.test(before) && /^[\s,]*(?:làm trung gian|chủ trì)/u.test(after);
    if (pre || post || doMed) out.push(...g);
  }
  return out;
}

function buildCandidate(ctx: SentCtx, t: Trig, prevTopic: Arg[], date: string | null, before: Candidate[]): Candidate | null {
  const { lex, lower, s } = ctx;
  const def = t.def;
  const consumed = t.consumes;
  const cl = clauseStart(ctx, t.start);
  const nested = t.nominal && lex.nested.endsIn(ctx.ix, startBefore(ctx, t.start, 14), t.start);
  const subjFrom = t.nominal ? Math.max(cl.start, t.prevEnd) : cl.start;
  let subj = nested ? nestedOwner(ctx, cl.start, t.start) : subjectBefore(ctx, subjFrom, t.start);
  let speaker: Arg[] = [];
  // "TASS dẫn lời Tổng thống Erdogan cho hay": the one quoted is the speaker
  if (cl.reporting) speaker = subjectBefore(ctx, s.start, cl.reporting.start, true);
  const statement = def.frame === "stance" || t.threat || ["ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "REJECT"].includes(def.type);
  const objTrig = consumed ?? t;
  let objs = objectsAfter(ctx, objTrig.end);
  subj = coordinatedSubject(ctx, t, subj);
  ctx.roles?.set(t, { subj, objs: objs.map((o) => o.arg) });
  if (t.threat) {
    const cond = ctx.lex.threatConditional.find(ctx.ix, t.end, s.end)[0];
    objs = [...objectsAfter(ctx, t.end), ...(cond ? objectsAfter(ctx, cond.end) : [])];
  }
  if (def.type === "CONSULT" && !t.threat) {
    // the attendance names the sides, whatever the noun phrase after the act ("tại dinh thự của ...")
    const att = attendees(ctx, objTrig.end);
    if (att.length) objs = att;
  }
  const third: Arg[] = [...ctx.mediators];
  const between = !t.threat && objs.some((o) => o.via === "giữa");
  if (between && subj.length) {
    // "X tổ chức / chủ trì cuộc gặp giữa A và B": X hosts; otherwise the sides are the ones named
    if (/(?:tổ chức|chủ trì)\s+(?:\S+\s+){0,3}$/u.test(lower.slice(subj[subj.length - 1]!.end, t.start))) third.push(...subj);
    if (def.frame === "joint" || t.nominal) subj = [];
  }
  // (a subject that is no side, "người Mỹ ủng hộ kế hoạch", still keeps the last topic out)
  const anySubjectBefore = ctx.args.some((a) => a.end <= t.start && (isParticipant(ctx, a) || (a.start >= cl.start && isNonParticipant(ctx, a))));
  if (!subj.length && statement && speaker.length) subj = speaker;
  // "Bộ Tài chính Mỹ công bố trừng phạt 8 quan chức Venezuela": who announces an act of its own right
  // after the verb does it
  if (!subj.length && speaker.length && cl.reporting && ANNOUNCE.test(lower.slice(cl.reporting.start, cl.reporting.end)) && syllables(lower.slice(cl.reporting.end, t.start)) <= 1) subj = speaker;
  // "Ông Cho cho biết sẽ thăm Bắc Kinh": a clause opening on its verb ("sẽ", "đã" ...) after a reporting
  // verb has the speaker's subject, dropped as Vietnamese drops it
  if (!subj.length && speaker.length && cl.reporting && !t.nominal && SUBJECTLESS.test(lower.slice(cl.reporting.end, t.start))) subj = speaker;
  // "Zelensky nói rằng ông sẵn sàng gặp Putin", "X cho biết rằng sẽ ...": the same after "rằng"
  if (!subj.length && !cl.reporting && !t.nominal && /(?<![\p{L}])rằng\s*$/u.test(lower.slice(s.start, cl.start))) {
    const verb = lex.reporting.find(ctx.ix, s.start, cl.start).pop();
    const clause = lower.slice(cl.start, t.start);
    if (verb && syllables(lower.slice(verb.end, cl.start)) <= 6 && (SUBJECTLESS.test(clause) || SPEAKER_PRONOUN.test(clause))) subj = subjectBefore(ctx, s.start, verb.start, true);
  }
  if (!nested && speaker.length && def.frame === "joint") {
    const gap = lower.slice(speaker[speaker.length - 1]!.end, cl.start);
    const pronoun = lex.pronouns.startsWith(ctx.ix, cl.start, t.start);
    // "Moscow và Kiev đã xác nhận cuộc trao đổi tù binh": two sides confirming their own joint act
    const confirmsOwn = !subj.length && t.nominal && !objs.length && cl.reporting !== null && new Set(speaker.flatMap((a) => a.codes)).size >= 2 && syllables(lower.slice(cl.reporting.end, t.start)) <= 2;
    if (/nói với\s*$/u.test(gap) || (!subj.length && pronoun) || confirmsOwn) subj = [...speaker, ...subj];
  }
  if (!subj.length && !nested && !between && !anySubjectBefore && (!t.nominal || !objs.length)) subj = prevTopic;

  const loc = locationOf(ctx, t);
  let actor: Arg[];
  let recipient: Arg[];
  let mode = def.mode ?? null;
  const consumedType = consumed?.def.type;
  if (consumed && consumedType === "CONSULT" && (def.type === "REJECT" || def.type === "REQUEST")) mode = mode ?? "meet";
  const joint = def.frame === "joint" || (consumed && consumed.def.frame === "joint" && def.frame !== "stance");
  if (t.threat) {
    actor = subj;
    recipient = objs.map((o) => o.arg);
  } else if (def.frame === "mediate") {
    recipient = [];
    third.push(...subj);
    actor = objs.map((o) => o.arg);
  } else if (def.frame === "host") {
    recipient = subj;
    actor = objs.map((o) => o.arg);
  } else if (joint) {
    recipient = [];
    actor = [...subj, ...objs.map((o) => o.arg)];
  } else {
    // directed and stance: "cuộc xâm nhập của Ukraine vào Nga" names the actor after the noun
    const ofArgs = t.nominal ? objs.filter((o, i) => i === 0 && o.via === "của") : [];
    actor = ofArgs.length ? ofArgs.map((o) => o.arg) : subj;
    recipient = objs.filter((o) => !ofArgs.includes(o)).map((o) => o.arg);
    if (def.type === "ASSAULT" && loc) recipient.push(loc);
    // a visit to a place is a visit to its state: "sẽ thăm Bắc Kinh", "tới Tehran"
    if ((mode ?? def.mode) === "visit" && !recipient.length && loc && loc.codes.some((c) => !actor.some((a) => a.codes.includes(c)))) recipient = [loc];
  }
  // stance with no one addressed: another side named in the sentence
  if (def.frame === "stance" && !recipient.length) {
    const aCodes = new Set(actor.flatMap((a) => a.codes));
    const other = ctx.args.filter((a) => a.start >= t.end && isParticipant(ctx, a) && a.codes.some((c) => !aCodes.has(c)) && !third.includes(a));
    other.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
    if (other[0] && aCodes.size) recipient = [other[0]];
  }
  const thirdCodes = new Set(third.flatMap((a) => a.codes));
  const drop = (l: Arg[]) => (def.type === "CONSULT" ? l.filter((a) => !a.codes.every((c) => thirdCodes.has(c))) : l);
  actor = drop(actor);
  recipient = drop(recipient);
  let codes = new Set([...actor, ...recipient].flatMap((a) => a.codes));
  const prev = before[before.length - 1];
  if (codes.size < 2 && t.nominal && joint && !subj.length && prev && prev.type === def.type && prev.codes.size >= 2 && [...codes].every((c) => prev.codes.has(c))) {
    // "A và B sẽ điện đàm lại, sau cuộc gọi ngày 20-10": an act with no sides of its own, after one of the same kind
    actor = [{ start: t.start, end: t.start, ids: [...prev.actor, ...prev.recipient], codes: [...prev.codes], kind: "anaphor" }];
    codes = new Set(prev.codes);
  }
  if (codes.size === 1 && actor.length && !recipient.length && IMPLIED_SIDE.has(def.type) && !def.denial && !ADDRESSEE.test(textAfter(ctx, (consumed ?? t).end, 12))) {
    // the other side is implied: the one last named with the actor, or its usual counterpart
    const x = [...codes][0]!;
    const pair = ctx.lastPair;
    const deal = ctx.lastAgreement;
    const tail = consumed ?? t;
    if (deal && !deal.codes.includes(x) && def.frame === "stance" && lex.agreementNouns.hasIn(ctx.ix, tail.end, endAfter(ctx, tail.end, 16))) {
      // "Rubio hoan nghênh thỏa thuận": the sides of the agreement last reported
      recipient = [deal];
    } else {
      // the one last named with the actor, or its counterpart in more than one sentence of the article
      const usual = ctx.partner.partner.get(x);
      const y = pair && pair.codes.length === 2 && pair.codes.includes(x) ? pair.codes.find((c) => c !== x) : usual !== undefined && (ctx.partner.together.get(x)?.get(usual) ?? 0) >= 2 ? usual : undefined;
      const o = y === undefined ? undefined : ctx.partner.first.get(y);
      if (o) recipient = [o];
    }
    codes = new Set([...actor, ...recipient].flatMap((a) => a.codes));
  }
  const ids = (l: Arg[]) => [...new Set(l.flatMap((a) => a.ids))];
  const actorIds = ids(actor);
  const recipientIds = ids(recipient).filter((i) => !actorIds.includes(i));
  if (codes.size < 2) return null;
  // sanctions are against someone: "Mỹ và EU áp thêm trừng phạt" names two sanctioning sides and no target
  if (def.type === "SANCTION" && !recipient.length) return null;
  // "Starmer và Modi đều có các cuộc gặp": each met someone, not each other
  if (joint && !objs.length && subj.length > 1 && /(?<![\p{L}])đều\s+(?:\S+\s+){0,3}$/u.test(lower.slice(subj[subj.length - 1]!.end, t.start))) return null;
  // "A trao đổi với B", "hợp tác với B": the act needs its A; the names after "với" alone are one side
  if (/ với$/u.test(def.cue) && !subj.length && !speaker.length) return null;
  if (def.needDate && !date) return null;
  const st = statusOf(ctx, t, cl.start);
  const attribution = attributionOf(ctx, t, cl.reporting ? speaker : []);
  const thirdIds = def.type === "CONSULT" || def.type === "AGREE" ? ids(third).filter((i) => !actorIds.includes(i) && !recipientIds.includes(i)) : [];
  if (!thirdIds.length && def.type === "CONSULT" && t.nominal && prev?.type === "CONSULT" && prev.third_party.length && coordinatedAct(ctx, prev.trigger.end, t.start)) {
    // "X đã tổ chức một cuộc gặp giữa A và B tại Istanbul và một cuộc gặp khác ... tại Antalya": one host for both
    thirdIds.push(...prev.third_party.filter((i) => !actorIds.includes(i) && !recipientIds.includes(i)));
  }
  if (thirdIds.length && mode === null && def.type === "CONSULT") mode = "third-party";
  return {
    start: s.start,
    end: s.end,
    type: def.type,
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
    actorCodes: new Set(actor.flatMap((a) => a.codes)),
    cue: def.cue,
    people: [...actor, ...recipient].filter((a) => a.kind === "person").flatMap((a) => a.ids),
    inPerson: !!def.inPerson,
  };
}

/** An event stated by a speaker about others (no trigger word of its own): occurred, undated. */
function statement(s: Sent, type: string, from: Arg[], to: Arg[], trigger: Span, cue: string): Candidate {
  const actor = [...new Set(from.flatMap((a) => a.ids))];
  const actorCodes = new Set(from.flatMap((a) => a.codes));
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
  const { lower, s } = ctx;
  const out: Candidate[] = [];
  for (const g of groupArgs(lower, ctx.args.filter((a) => isParticipant(ctx, a)))) {
    const first = g[0]!;
    const last = g[g.length - 1]!;
    let from: Arg[];
    let cue: string;
    const modal = MODAL.exec(lower.slice(last.end, Math.min(s.end, last.end + 20)));
    if (modal) {
      // the group must be what the speaker's clause starts with: "X cho rằng <group> nên ..."
      const verb = ctx.lex.reporting.find(ctx.ix, s.start, first.start).pop();
      if (!verb || syllables(lower.slice(verb.end, first.start)) > 3 || /[,;:.]/u.test(lower.slice(verb.end, first.start))) continue;
      from = subjectBefore(ctx, s.start, verb.start, true);
      cue = modal[1]!;
    } else {
      const want = WANT.exec(lower.slice(Math.max(s.start, first.start - 14), first.start));
      if (!want || !/^\s+\p{L}/u.test(lower.slice(last.end, last.end + 3))) continue;
      const at = first.start - want[0].length;
      from = subjectBefore(ctx, clauseStart(ctx, at).start, at);
      cue = want[1]!;
    }
    const fromCodes = new Set(from.flatMap((a) => a.codes));
    const toCodes = new Set(g.flatMap((a) => a.codes));
    if (!fromCodes.size || [...toCodes].some((c) => fromCodes.has(c))) continue;
    const codes = new Set([...fromCodes, ...toCodes]);
    if (found.some((c) => c.type === "REQUEST" && [...codes].every((x) => c.codes.has(x)))) continue;
    out.push(statement(s, "REQUEST", from, g, { start: last.end, end: last.end }, cue));
  }
  return out;
}
/**
 * Naming statements: "Nhà Trắng gọi cuộc gặp là “rất tích cực”" (SUPPORT), "X gọi động thái này là
 * hành động khiêu khích" (ACCUSE), from the speaker to the sides of what is named — the actors named
 * in it, else the pair last named.
 */
function evaluations(ctx: SentCtx, found: Candidate[]): Candidate[] {
  const { lower, s } = ctx;
  const out: Candidate[] = [];
  const sentence = lower.slice(s.start, s.end);
  if (!sentence.includes("là") || !/gọi|mô tả|coi/u.test(sentence)) return out;
  for (const m of sentence.matchAll(NAMING)) {
    const at = s.start + m.index;
    const isEnd = at + m[0].length;
    const named = { start: at + m[0].indexOf(" ") + 1, end: isEnd - m[0].match(/là\s*["“]?\s*(?:(?:rất|hết sức|vô cùng|quá|thật|là)\s+)*$/u)![0].length };
    const evalEnd = Math.min(s.end, isEnd + 40);
    const positive = ctx.lex.evaluationPositive.startsWith(ctx.ix, isEnd, evalEnd);
    const negative = ctx.lex.evaluationNegative.startsWith(ctx.ix, isEnd, evalEnd);
    if (!positive === !negative) continue;
    const cl = clauseStart(ctx, at);
    let from = subjectBefore(ctx, cl.start, at);
    if (!from.length && cl.reporting) from = subjectBefore(ctx, s.start, cl.reporting.start, true);
    const fromCodes = new Set(from.flatMap((a) => a.codes));
    if (!fromCodes.size) continue;
    let to: Arg[] = ctx.args.filter((a) => a.start >= named.start && a.end <= named.end && isParticipant(ctx, a));
    if (!to.length && ctx.lastPair) to = [ctx.lastPair];
    const toCodes = [...new Set(to.flatMap((a) => a.codes))].filter((c) => !fromCodes.has(c));
    if (!toCodes.length) continue;
    const type = positive ? "SUPPORT" : "ACCUSE";
    const codes = new Set([...fromCodes, ...toCodes]);
    if (found.some((c) => c.type === type && [...codes].every((x) => c.codes.has(x)))) continue;
    out.push(statement(s, type, from, to, { start: at, end: isEnd }, "gọi là"));
  }
  return out;
}
/** "gọi <what> là [“][rất]": a naming statement (what is named: at most 12 words). */
const NAMING = /(?<![\p{L}])(?:gọi|mô tả|coi)\s+(?:\S+\s+){1,12}?là\s*["“]?\s*(?:(?:rất|hết sức|vô cùng|quá|thật|là)\s+)*/gu;

/** "... nên / cần phải <verb>": what one should do (a verb follows). */
const MODAL = /^\s*(?:cũng\s+|vẫn\s+)?(nên|cần phải)\s+(?=\p{L})/u;
/** "... muốn / mong muốn <someone> <verb>". */
const WANT = /(?<![\p{L}])(muốn|mong muốn)\s+$/u;

/**
 * The participants of a meeting named as its attendance: "Cuộc họp diễn ra tại ..., với sự tham dự
 * của Thủ tướng Campuchia và Quyền Thủ tướng Thái Lan" (before the next act of the sentence).
 */
function attendees(ctx: SentCtx, pos: number): ObjArg[] {
  const next = ctx.trigSpans.find((t) => t.start >= pos)?.start ?? ctx.s.end;
  const m = ATTENDED.exec(ctx.lower.slice(pos, next));
  if (!m) return [];
  // the list after it: names joined by "và" or commas, each maybe after a title ("và Quyền Thủ tướng Thái Lan ...")
  const out: ObjArg[] = [];
  let cur = pos + m.index + m[0].length;
  for (const a of ctx.args) {
    if (a.start < cur || a.end > next) continue;
    const gap = ctx.lower.slice(cur, a.start);
    if (/[;:.()"“”]/u.test(gap) || syllables(gap) > (out.length ? 6 : 4) || (out.length && !/(?<![\p{L}])và(?![\p{L}])|,/u.test(gap))) break;
    if (isParticipant(ctx, a)) out.push({ arg: a, via: "với" });
    cur = a.end;
  }
  return out;
}
const ATTENDED = /(?<![\p{L}])(?:với|có) sự (?:tham dự|tham gia|có mặt) của\s*/u;

/**
 * The subject of a verb coordinated with an earlier act of the sentence is that act's subject,
 * never its object: "A đã điện đàm với B sau cuộc gặp và chỉ trích C" (A criticised C), "A nhất trí
 * ..., đồng thời kêu gọi ..." (A called).
 */
function coordinatedSubject(ctx: SentCtx, t: Trig, subj: Arg[]): Arg[] {
  if (!ctx.roles?.size || t.nominal || t.consumedBy) return subj;
  // the latest earlier act whose objects the subject found is (or, with no subject found, the latest with a subject)
  let prev: { trig: Trig; subj: Arg[]; objs: Arg[] } | null = null;
  for (const [trig, r] of ctx.roles) {
    if (trig.end > t.start || !r.subj.length || (prev && trig.start < prev.trig.start)) continue;
    if (subj.length && !subj.every((a) => r.objs.includes(a))) continue;
    prev = { trig, ...r };
  }
  if (!prev || prev.subj.some((a) => subj.includes(a))) return subj;
  const from = Math.max(subj.length ? subj[subj.length - 1]!.end : 0, (prev.trig.consumes ?? prev.trig).end);
  const gap = ctx.lower.slice(from, t.start);
  if (!COORDINATED.test(gap) || /[;:.()"“”]/u.test(gap) || ctx.lex.reporting.hasIn(ctx.ix, from, t.start)) return subj;
  return prev.subj;
}
/** A gap that joins a second verb to the first: "... và", ", đồng thời", ", rồi", optionally "cũng/còn/đã". */
const COORDINATED = /(?:^|[\s,])(?:và|rồi|đồng thời|cũng như)\s+(?:(?:cũng|còn|đã|sẽ|vừa|tiếp tục)\s+)*$/u;

/** "..., và một cuộc gặp khác": the act is coordinated with the one before it in the same clause. */
function coordinatedAct(ctx: SentCtx, from: number, to: number): boolean {
  const between = ctx.lower.slice(from, to);
  return /(?<![\p{L}])(?:và|cùng)\s+(?:\S+\s+){0,2}$/u.test(between) && !/[;:.]/u.test(between) && !ctx.lex.boundaries.hasIn(ctx.ix, from, to) && !ctx.lex.reporting.hasIn(ctx.ix, from, to);
}

/**
 * The owner of the noun a nested act hangs on: "kỳ vọng của Tổng thống Trump về việc sớm tổ
 * chức hội nghị thượng đỉnh với Putin" — Trump is a side of the summit.
 */
function nestedOwner(ctx: SentCtx, from: number, pos: number): Arg[] {
  const g = subjectBefore(ctx, from, pos);
  if (!g.length) return [];
  const last = g[g.length - 1]!;
  if (!/(?<![\p{L}])của\s*$/u.test(textBefore(ctx, g[0]!.start, 8))) return [];
  return /^\s*(?:về việc|về khả năng|về)\s+(?:\S+\s+){0,4}$/u.test(ctx.lower.slice(last.end, pos)) ? g : [];
}

/** Who the sentence says reports the event: "theo X", "hãng tin X", the subject of a reporting verb; nearest first. */
function attributionOf(ctx: SentCtx, t: Trig, speaker: Arg[]): string[] {
  const { lex, lower, s } = ctx;
  const found: Arg[] = [];
  for (const a of ctx.args) {
    if (a.kind === "anaphor") continue;
    if (isMedia(a) || isAttributionMarked(ctx, a)) found.push(a);
  }
  found.push(...speaker);
  // "..., hãng tin Bloomberg cho biết": a source after the event
  for (const m of lex.reporting.find(ctx.ix, t.end, s.end)) {
    const g = subjectBefore(ctx, t.end, m.start);
    const last = g[g.length - 1];
    if (last && syllables(lower.slice(last.end, m.start)) <= 1) found.push(...g);
  }
  const ordered = [...new Set(found)].sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start));
  return [...new Set(ordered.flatMap((a) => a.ids))];
}
