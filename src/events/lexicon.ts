import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { matchKey } from "../normalise/tone.js";
import { CueGroup, CueSet, Vocabulary } from "../text/cues.js";
import { QUANTITY_GAP } from "../clauses/lexicon.js";
import type { EventStatus } from "../envelope/types.js";

export type Frame = "joint" | "agree" | "directed" | "visit" | "host" | "stance" | "mediate";

export interface TriggerDef {
  cue: string;
  type: string;
  mode?: string | null;
  frame: Frame;
  noun?: boolean;
  weak?: boolean;
  block?: string[];
  blockAfter?: string[];
  strictNext?: boolean;
  strictAgreement?: boolean;
  onlyConsuming?: boolean;
  needDate?: boolean;
  denial?: boolean;
  /** A face-to-face act (meeting, summit, visit): never the same happening as a phone call. */
  inPerson?: boolean;
  /** The act needs the one doing it named as subject ("trao đổi với", "hợp tác với"): the names after "với" alone are one side. */
  needSubject?: boolean;
  /** One act per counterpart: a call with two leaders is two calls ("điện đàm với A và B"). */
  pairwise?: boolean;
  /** Only as the verb of its clause ("đã đến Malaysia"), never as a preposition or noun. */
  verbOnly?: boolean;
  /** A proposal: REQUEST when another is to act, AGREE when the speaker offers to act with another (GOLD.md). */
  proposal?: boolean;
  /** An invitation: a proposal that is an offer (AGREE) also when the invited is the one to come ("mời B thăm A"). */
  invitation?: boolean;
  /** A measure named as a noun ("lệnh cấm", "các lệnh hạn chế"): an act only where a verb imposes it ("áp đặt lệnh cấm", "lệnh cấm do X áp đặt"). */
  imposedOnly?: boolean;
  /** A people's act (protests, strikes): a state's people as its subject ("người dân Serbia biểu tình") are that state's side. */
  byPeople?: boolean;
  /** With no recipient named, the state of the place the act goes to is its recipient (trade: "xuất khẩu gạo sang Mỹ"). */
  toPlace?: boolean;
  /** Sending someone to talks: no act of its own when talks are named after it in its sentence ("cử phái đoàn tới Doha để tham gia đàm phán"). */
  toTalks?: boolean;
}

interface StatusCue {
  cue: string;
  status: EventStatus;
}

/** How a frame reads a clause (data/events/frames.json). */
export interface FrameDef {
  actor: string[];
  recipient: string[];
  third: string[];
  /** "all": actors from every slot listed (joint acts); "first": from the first slot naming a side. */
  gather: "all" | "first";
  /** A state's people named where its recipient is are that state's side ("bắt giữ 3 công dân Mỹ"): data/events/frames.json. */
  peopleRecipient?: boolean;
}

interface FramesFile {
  frames: Record<Frame, FrameDef>;
  venue: { roles: string[]; movement: string[]; attack: string[]; withdrawal: string[]; withdrawalTypes?: string[]; placeIsRecipient: string[] };
  ownSides: { roles: string[] };
  dateRoles: { roles: string[]; lead: string[]; clauses?: string[]; coincide?: string[]; sameTime?: { joiners: string[]; otherTime: string[] }; then?: { labels: string[] }; deadlines?: { cues: string[] }; spoken?: { before: string[]; frames?: string[] } };
  consumption: { rules: Array<{ stance: string; acts: string[]; type: string; oneSide?: boolean; mutualModes?: string[] }> };
  evaluated: { stances: string[]; acts: string[] };
  praisedOwn: { stances: string[]; acts: string[] };
  agreedActs: { types: string[] };
  warnedConduct?: { types: string[]; labels: string[]; type: string };
  motivation?: { types: string[]; acts: string[]; roles: string[] };
  willing?: { labels: string[]; types: string[]; type: string };
  deescalation?: { labels: string[]; types: string[]; type: string };
  jointProposal?: { words: string[] };
  attached: { roles: string[]; origins?: string[] };
  offsets: { numbers: Record<string, number>; units: Record<string, number>; connectives: Record<string, number> };
}

interface StatusFile {
  rank: EventStatus[];
  labels: Record<string, EventStatus>;
  statements: string[];
  clauses: Record<string, EventStatus>;
  governing: StatusCue[];
  after: StatusCue[];
  relative: StatusCue[];
  nouns: StatusCue[];
  requests: string[];
  wishes: string[];
  demands: string[];
  each: string[];
  negationLifting: string[];
  combined: Array<{ labels: string[]; child?: string; status: EventStatus }>;
  roles: Record<string, EventStatus>;
  refusal: { note: string; labels: string[]; modes: Record<string, string> };
}

/** What cues.json "supplies" lists: giving verbs, and per AID mode the goods that make a gift of them that aid. */
interface Supplies {
  giving: string[];
  [mode: string]: string[] | string;
}

/**
 * The AID triggers a giving verb and the goods it gives make ("gửi xe tăng", mode military), each one not already a
 * trigger of its own (added to `byCue`).
 */
function supplyTriggers(supplies: Supplies, byCue: Map<string, TriggerDef>): TriggerDef[] {
  const out: TriggerDef[] = [];
  for (const [mode, goods] of Object.entries(supplies))
    if (mode !== "giving" && mode !== "note" && Array.isArray(goods)) out.push(...combined(supplies.giving, goods, { type: "AID", mode, frame: "directed" }, "a giving verb and its goods (cues.json supplies)", byCue));
  return out;
}

/** The triggers each verb followed by each noun makes, as `def` says, each one not already a trigger of its own (added to `byCue`). */
function combined(verbs: readonly string[], nouns: readonly string[], def: Omit<TriggerDef, "cue">, note: string, byCue: Map<string, TriggerDef>): TriggerDef[] {
  const out: TriggerDef[] = [];
  for (const v of verbs)
    for (const n of nouns) {
      const t: TriggerDef & { note: string } = { ...def, cue: `${v} ${n}`, note };
      const k = matchKey(t.cue).trim();
      if (byCue.has(k)) continue;
      byCue.set(k, t);
      out.push(t);
    }
  return out;
}

interface CuesFile {
  supplies: Supplies;
  trade: { verbs: string[]; goods: string[]; block: string[] };
  strikes: { verbs: string[]; munitions: string[] };
  negation: { cues: string[]; after: string[] };
  attribution: { prefix: string[] };
  denial: { cues: string[]; revealing: string[] };
  anaphora: { cues: string[] };
  singularAnaphora: { gpe: string[]; org: string[] };
  evaluation: { positive: string[]; negative: string[] };
  mediator: { verbs: string[]; nouns: string[] };
  threat: { cues: string[]; conditional: string[]; enabling: string[]; restrict: string[]; heldOut: string[] };
  offer: { heldOut: string[]; timeCues: string[] };
  nominal: { cues: string[] };
  agreementNouns: { cues: string[] };
  pronouns: { cues: string[] };
  pairTopics: { cues: string[] };
  people: { cues: string[] };
  namedDocuments: { cues: string[] };
  timeZones: { cues: string[]; bracketed: string[] };
  exampleHeads: { cues: string[] };
  speakerPronouns: { cues: string[] };
  indirect: { cues: string[] };
  hosting: { cues: string[] };
  receiving: { cues: string[] };
  coordination: { joiners: string[]; honorifics: string[]; adds?: string[] };
  naming: { verbs: string[]; intensifiers: string[]; copula: string[] };
  reciprocal: { cues: string[] };
  separately: { cues: string[] };
  distributive: { cues: string[] };
  multilateral: { cues: string[] };
  speech: { cues: string[] };
  occurrence: { cues: string[] };
  imposing: { cues: string[] };
  until: { cues: string[] };
  actModifiers: { cues: string[]; nominalisers: string[] };
  reversal: { cues: string[] };
  easing?: { cues: string[] };
  listing?: { verbs: string[]; lists: string[] };
  firstPerson: { cues: string[] };
  blame: { cues: string[] };
  commentators: { cues: string[] };
  question: { opening: string[]; closing: string[] };
  members: { cues: string[] };
  alone: { types: string[]; bodies: string[]; bodyTypes: string[]; unnamed?: Record<string, string[]>; unnamedLead?: string[] };
  spokenInTalks: { types: string[] };
  copulaHeads: { cues: string[] };
  earlier: { cues: string[] };
  demonstratives: { cues: string[] };
  describedBy: { cues: string[] };
  brink?: { cues: string[] };
  brokenRules: { verbs: string[]; nouns: string[] };
  personPairs: { cues: string[] };
  actAnaphors: { cues: string[] };
}

export interface Lexicon {
  /** The syllables of every cue: a document is indexed against it once (`vocab.index(lower)`). */
  vocab: Vocabulary;
  triggers: TriggerDef[];
  triggerByCue: Map<string, TriggerDef>;
  triggerSet: CueSet;
  blocks: Map<TriggerDef, CueSet>;
  blocksAfter: Map<TriggerDef, CueSet>;
  frames: Record<Frame, FrameDef>;
  venueRoles: Set<string>;
  movementRoles: Set<string>;
  attackRoles: Set<string>;
  /** Roles of a group naming where forces withdraw from (frames.json venue.withdrawal: 'khỏi'). */
  withdrawalRoles: Set<string>;
  /** Movement and withdrawal roles together, for the types whose act may be toward where it is taken from (frames.json venue.withdrawalTypes). */
  sentOrTakenRoles: Set<string>;
  withdrawalTypes: Set<string>;
  /** Types (or 'TYPE/mode') whose act, with no recipient named, is toward the state of its place (frames.json venue.placeIsRecipient). */
  placeIsRecipient: Set<string>;
  ownSideRoles: Set<string>;
  dateBoundRoles: Set<string>;
  /** Words that may stand between a bound's preposition and its time ("trước thời hạn ngày 10/1"). */
  dateBoundLead: Set<string>;
  /** Nouns after which a time is a deadline, never an act's date (frames.json dateRoles.deadlines). */
  deadlineNouns: CueSet;
  /** Connectives of a clause of time whose time bounds the act it depends on (frames.json dateRoles.clauses). */
  dateBoundClauses: Set<string>;
  /** Connectives of a clause of time whose act coincides with the act it depends on (frames.json dateRoles.coincide). */
  coincideClauses: Set<string>;
  /** Joiners of a coordinated clause that shares the time told after the act before it, and marker labels of another time (frames.json dateRoles.sameTime). */
  sameTimeJoiners: Set<string>;
  otherTimeMarkers: Set<string>;
  /** Marker labels of a time said before ("khi đó"): the act takes the last time its paragraph named (frames.json dateRoles.then). */
  thenMarkers: Set<string>;
  /** Marker labels that place a statement in its speaker's words before the day they spoke (frames.json dateRoles.spoken). */
  spokenBeforeMarkers: Set<string>;
  /** Frames of acts done the day they are told, not dated after the article's day (frames.json dateRoles.spoken frames). */
  doneNowFrames: Set<string>;
  consumption: Array<{ stance: string; acts: string[]; type: string; oneSide?: boolean; mutualModes?: string[] }>;
  /** Statement types judging an act, and the act types such a judged act is reported as an event of its own (frames.json "evaluated"). */
  evaluatedStances: Set<string>;
  evaluatedActs: Set<string>;
  /** Praising types, and the hostile act types whose praise with no other doer is the speaker's own act (frames.json "praisedOwn"). */
  praisedOwnStances: Set<string>;
  praisedOwnActs: Set<string>;
  /** Types of an act a joint agreement governs that is an event of its own only with its own date or place (frames.json "agreedActs"). */
  agreedActTypes: Set<string>;
  /** Warning types whose reported clause tells another's conduct done or under way, its aspect labels, and the type they become (frames.json "warnedConduct"). */
  warnedConduct: { types: Set<string>; labels: Set<string>; type: string | null };
  /** Accusations named as the charge of a measure of their clause, the measure types, and the group roles (frames.json "motivation"). */
  motivation: { types: Set<string>; acts: Set<string>; roles: Set<string> };
  /** Modal labels making a joint act one side wants a statement of willingness, the act types, and the type (frames.json "willing"). */
  willing: { labels: Set<string>; types: Set<string>; type: string | null };
  /** A hostile act its doer stops ('ngừng tấn công') is a concession (frames.json deescalation). */
  deescalation: { labels: Set<string>; types: Set<string>; type: string | null };
  /** Words after the other side of a proposal that make it an offer to act together (frames.json "jointProposal"). */
  together: CueSet;
  /** Statement types whose act in the purpose clause of talks is said in them (cues.json "spokenInTalks"). */
  spokenInTalks: Set<string>;
  attachedRoles: Set<string>;
  /** Attached roles naming an origin: after a group naming a side, the act's own origin (frames.json attached.origins). */
  originRoles: Set<string>;
  offsetNumbers: Map<string, number>;
  offsetUnits: Map<string, number>;
  offsetConnectives: Map<string, number>;
  rank: EventStatus[];
  statusLabels: Map<string, EventStatus>;
  statementLabels: Set<string>;
  clauseStatus: Map<string, EventStatus>;
  governing: Map<string, EventStatus>;
  governingSet: CueSet;
  statusAfter: Map<string, EventStatus>;
  statusAfterSet: CueSet;
  /** Verbs of a relative clause on an act that set its status ("… vốn đang bị đình trệ"). */
  statusRelative: Map<string, EventStatus>;
  statusRelativeSet: CueSet;
  statusNouns: Map<string, EventStatus>;
  statusNounSet: CueSet;
  requestLabels: Set<string>;
  wishLabels: Set<string>;
  /** Marker labels that make a negated act a refusal ("sẽ không đàm phán"), and the REJECT mode by the act's type. */
  refusalLabels: Set<string>;
  refusalModes: Map<string, string>;
  demandLabels: Set<string>;
  eachLabels: Set<string>;
  negationLifting: CueSet;
  combinedLabels: Array<{ labels: string[]; child?: string; status: EventStatus }>;
  roleStatus: Map<string, EventStatus>;
  negation: CueSet;
  negationAfter: CueSet;
  /** Verbs of saying (data/clauses/verbs.json "reporting"): for quotes and their speakers. */
  reporting: CueSet;
  attribution: CueSet;
  denial: CueSet;
  revealing: CueSet;
  anaphora: CueSet;
  singularGpe: CueSet;
  singularOrg: CueSet;
  /** The members of a body of states, acting as it ("các ngoại trưởng", data/events/cues.json "members"). */
  members: CueSet;
  evaluationPositive: CueSet;
  evaluationNegative: CueSet;
  mediatorVerbs: CueSet;
  mediatorNouns: CueSet;
  threat: CueSet;
  threatConditional: CueSet;
  threatEnabling: CueSet;
  threatRestrict: CueSet;
  /** Types of an act the speaker will do under a condition, which holds it out as a threat. */
  threatHeldOut: ReadonlySet<string>;
  /** Types of an act of cooperation the speaker will do under another's condition, which holds it out as an offer (AGREE). */
  offerHeldOut: ReadonlySet<string>;
  /** Connectives of a clause of time on such an act that make it a condition ("ngay khi Mỹ sẵn sàng …"). */
  offerTimeCues: ReadonlySet<string>;
  nominal: CueSet;
  agreementNouns: CueSet;
  pronouns: CueSet;
  pairTopics: CueSet;
  people: CueSet;
  /** 'ông', 'bà' alone between a quotation and its verb of saying: the person last named (cues.json speakerPronouns). */
  speakerPronouns: CueSet;
  /** 'các', 'nhiều' …: a plural group they head, then 'như A và B', names its members by example (cues.json exampleHeads). */
  exampleHeads: CueSet;
  /** 'theo giờ', 'múi giờ': a place right after one names a time zone, no side (cues.json timeZones). */
  timeZones: CueSet;
  /** 'giờ' right after an opening bracket: "(giờ Mỹ)" names a time zone, no side (cues.json timeZones.bracketed). */
  bracketZones: CueSet;
  namedDocuments: CueSet;
  indirect: CueSet;
  hosting: CueSet;
  /** Verbs whose subject receives the act in their object from the side 'từ' names. */
  receiving: CueSet;
  joiners: CueSet;
  /** Words adding a counterpart to the 'với' group right before them (cues.json coordination.adds). */
  withAdds: ReadonlySet<string>;
  honorifics: CueSet;
  namingVerbs: CueSet;
  intensifiers: CueSet;
  copula: CueSet;
  reciprocal: CueSet;
  separately: CueSet;
  /** Anaphors taking a pair's sides one at a time ("từng nước"). */
  distributive: CueSet;
  multilateral: CueSet;
  speech: CueSet;
  occurrence: CueSet;
  imposing: CueSet;
  until: CueSet;
  /** Words between an act noun and a 'của' phrase still its own ('cuộc tấn công mới nhất của Nga'). */
  actModifiers: CueSet;
  /** Words naming an act by its verb, whose object may follow it ('việc tấn công tàu … của Mỹ'). */
  actNominalisers: CueSet;
  reversal: Set<string>;
  /** Types whose act, called off or suspended, is a concession: restrictions eased (cues.json "easing"). */
  easing: Set<string>;
  /** Verbs placing someone on a list, and the lists of measures (cues.json "listing"): a SANCTION on the object. */
  listingVerbs: CueSet;
  listingLists: CueSet;
  firstPerson: CueSet;
  blame: CueSet;
  commentators: CueSet;
  /** Words opening a yes-no question about an act ("liệu … có …"), and those closing it ("hay không"). */
  questionOpening: CueSet;
  questionClosing: CueSet;
  /** Types an event may have with one coded side (data/events/cues.json "alone"). */
  aloneTypes: Set<string>;
  /** Codes of bodies of states that meet, agree, back or call as one; and the types they do so. */
  aloneBodies: Set<string>;
  aloneBodyTypes: Set<string>;
  /** Per type, nouns opening a group that names the other party without naming an actor ("một con tàu", "các nước châu Âu"). */
  aloneUnnamed: Map<string, CueSet>;
  /** Words that may come before such a noun ("một", "các": cues.json alone.unnamedLead). */
  aloneUnnamedLead: CueSet;
  /** Head nouns of a clause after a copula that stand for the copula's subject ("Mỹ là bên phản đối …"). */
  copulaHeads: CueSet;
  /** Words saying an act was earlier than the one just told ("trước đó"): a sentence with one keeps no carried date. */
  earlier: CueSet;
  /** Words after an act's noun that name an act told before ("cuộc gặp này"). */
  demonstratives: CueSet;
  /** Passive words opening a description of a noun inside a group (cues.json describedBy). */
  describedBy: CueSet;
  /** Words saying a side stands on the brink of the act after them: a risk, no event (cues.json brink). */
  brink: CueSet;
  /** 'vi phạm các nghị quyết của': what ends right before the owner of rules said to be broken (cues.json brokenRules). */
  brokenRules: CueSet;
  /** Anaphors naming the two sides as two persons ('hai nhà lãnh đạo'): a call with them is a call with each (cues.json personPairs). */
  personPairs: CueSet;
  /** Nouns naming again, with a demonstrative, the act told just before ("động thái này"; cues.json actAnaphors). */
  actAnaphors: CueSet;
}

export interface EventsData {
  triggers: TriggerDef[];
  cues: CuesFile;
  frames: FramesFile;
  status: StatusFile;
  reporting: string[];
  /** Words of a quantity group or a manner adverb a trigger steps over (data/clauses/nouns.json "quantity", "manner"). */
  quantity: string[];
}

export function readEventsData(dir: string = join(DATA_DIR, "events")): EventsData {
  const read = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
  const verbs = read<{ reporting: string[] }>(join(dir, "..", "clauses", "verbs.json"));
  const nouns = read<{ quantity: string[]; manner?: string[] }>(join(dir, "..", "clauses", "nouns.json"));
  return {
    triggers: read<{ triggers: TriggerDef[] }>(join(dir, "triggers.json")).triggers,
    cues: read<CuesFile>(join(dir, "cues.json")),
    frames: read<FramesFile>(join(dir, "frames.json")),
    status: read<StatusFile>(join(dir, "status.json")),
    reporting: verbs.reporting,
    quantity: [...nouns.quantity, ...(nouns.manner ?? [])],
  };
}

export function buildLexicon(data: EventsData = readEventsData(), vocab: Vocabulary = new Vocabulary()): Lexicon {
  const { cues, frames, status } = data;
  const cueSet = (l: readonly string[]) => new CueSet(l, vocab);
  const triggerByCue = new Map<string, TriggerDef>();
  for (const t of data.triggers) triggerByCue.set(matchKey(t.cue).trim(), t);
  const triggers = [...data.triggers, ...supplyTriggers(cues.supplies, triggerByCue), ...combined(cues.strikes.verbs, cues.strikes.munitions, { type: "ASSAULT", frame: "directed" }, "a verb of firing and its munition (cues.json strikes)", triggerByCue), ...combined(cues.trade.verbs, cues.trade.goods, { type: "COOPERATE", frame: "directed", block: cues.trade.block, needSubject: true, verbOnly: true, toPlace: true }, "a verb of trade and the goods traded (cues.json trade)", triggerByCue)];
  const blocks = new Map<TriggerDef, CueSet>();
  const blocksAfter = new Map<TriggerDef, CueSet>();
  for (const t of triggers) {
    if (t.block?.length) blocks.set(t, cueSet(t.block));
    if (t.blockAfter?.length) blocksAfter.set(t, cueSet(t.blockAfter));
  }
  const toMap = (l: StatusCue[]) => new Map(l.map((c) => [matchKey(c.cue).trim(), c.status] as const));
  const lex: Lexicon = {
    vocab,
    triggers,
    triggerByCue,
    triggerSet: cueSet(triggers.map((t) => t.cue)).allowGap(data.quantity, QUANTITY_GAP),
    blocks,
    blocksAfter,
    frames: frames.frames,
    venueRoles: new Set(frames.venue.roles),
    movementRoles: new Set(frames.venue.movement),
    attackRoles: new Set(frames.venue.attack),
    withdrawalRoles: new Set(frames.venue.withdrawal),
    sentOrTakenRoles: new Set([...frames.venue.movement, ...frames.venue.withdrawal]),
    withdrawalTypes: new Set(frames.venue.withdrawalTypes ?? []),
    placeIsRecipient: new Set(frames.venue.placeIsRecipient),
    ownSideRoles: new Set(frames.ownSides.roles),
    dateBoundRoles: new Set(frames.dateRoles.roles),
    dateBoundLead: new Set(frames.dateRoles.lead),
    deadlineNouns: cueSet(frames.dateRoles.deadlines?.cues ?? []),
    dateBoundClauses: new Set((frames.dateRoles.clauses ?? []).map((c) => c.normalize("NFC").toLowerCase())),
    coincideClauses: new Set((frames.dateRoles.coincide ?? []).map((c) => c.normalize("NFC").toLowerCase())),
    sameTimeJoiners: new Set((frames.dateRoles.sameTime?.joiners ?? []).map((c) => c.normalize("NFC").toLowerCase())),
    otherTimeMarkers: new Set(frames.dateRoles.sameTime?.otherTime ?? []),
    thenMarkers: new Set(frames.dateRoles.then?.labels ?? []),
    spokenBeforeMarkers: new Set(frames.dateRoles.spoken?.before ?? []),
    doneNowFrames: new Set(frames.dateRoles.spoken?.frames ?? []),
    consumption: frames.consumption.rules,
    evaluatedStances: new Set(frames.evaluated.stances),
    evaluatedActs: new Set(frames.evaluated.acts),
    praisedOwnStances: new Set(frames.praisedOwn.stances),
    praisedOwnActs: new Set(frames.praisedOwn.acts),
    agreedActTypes: new Set(frames.agreedActs.types),
    willing: { labels: new Set(frames.willing?.labels ?? []), types: new Set(frames.willing?.types ?? []), type: frames.willing?.type ?? null },
    deescalation: { labels: new Set(frames.deescalation?.labels ?? []), types: new Set(frames.deescalation?.types ?? []), type: frames.deescalation?.type ?? null },
    together: cueSet(frames.jointProposal?.words ?? []),
    motivation: { types: new Set(frames.motivation?.types ?? []), acts: new Set(frames.motivation?.acts ?? []), roles: new Set(frames.motivation?.roles ?? []) },
    warnedConduct: { types: new Set(frames.warnedConduct?.types ?? []), labels: new Set(frames.warnedConduct?.labels ?? []), type: frames.warnedConduct?.type ?? null },
    attachedRoles: new Set(frames.attached.roles),
    originRoles: new Set(frames.attached.origins ?? []),
    offsetNumbers: new Map(Object.entries(frames.offsets.numbers)),
    offsetUnits: new Map(Object.entries(frames.offsets.units)),
    offsetConnectives: new Map(Object.entries(frames.offsets.connectives)),
    rank: status.rank,
    statusLabels: new Map(Object.entries(status.labels)),
    statementLabels: new Set(status.statements),
    clauseStatus: new Map(Object.entries(status.clauses)),
    governing: toMap(status.governing),
    governingSet: cueSet(status.governing.map((c) => c.cue)),
    statusAfter: toMap(status.after),
    statusAfterSet: cueSet(status.after.map((c) => c.cue)),
    statusRelative: toMap(status.relative),
    statusRelativeSet: cueSet(status.relative.map((c) => c.cue)),
    statusNouns: toMap(status.nouns),
    statusNounSet: cueSet(status.nouns.map((c) => c.cue)),
    requestLabels: new Set(status.requests),
    wishLabels: new Set(status.wishes),
    demandLabels: new Set(status.demands),
    eachLabels: new Set(status.each),
    refusalLabels: new Set(status.refusal.labels),
    refusalModes: new Map(Object.entries(status.refusal.modes)),
    negationLifting: cueSet(status.negationLifting),
    combinedLabels: status.combined,
    roleStatus: new Map(Object.entries(status.roles)),
    negation: cueSet(cues.negation.cues),
    negationAfter: cueSet(cues.negation.after),
    reporting: cueSet(data.reporting),
    attribution: cueSet(cues.attribution.prefix),
    denial: cueSet(cues.denial.cues),
    revealing: cueSet(cues.denial.revealing),
    anaphora: cueSet(cues.anaphora.cues),
    singularGpe: cueSet(cues.singularAnaphora.gpe),
    singularOrg: cueSet(cues.singularAnaphora.org),
    members: cueSet(cues.members.cues),
    evaluationPositive: cueSet(cues.evaluation.positive),
    evaluationNegative: cueSet(cues.evaluation.negative),
    mediatorVerbs: cueSet(cues.mediator.verbs),
    mediatorNouns: cueSet(cues.mediator.nouns),
    threat: cueSet(cues.threat.cues),
    threatConditional: cueSet(cues.threat.conditional),
    threatEnabling: cueSet(cues.threat.enabling),
    threatRestrict: cueSet(cues.threat.restrict),
    threatHeldOut: new Set(cues.threat.heldOut),
    offerHeldOut: new Set(cues.offer.heldOut),
    offerTimeCues: new Set(cues.offer.timeCues.map((c) => c.normalize("NFC").toLowerCase())),
    nominal: cueSet(cues.nominal.cues),
    agreementNouns: cueSet(cues.agreementNouns.cues),
    pronouns: cueSet(cues.pronouns.cues),
    pairTopics: cueSet(cues.pairTopics.cues),
    people: cueSet(cues.people.cues),
    namedDocuments: cueSet(cues.namedDocuments.cues),
    timeZones: cueSet(cues.timeZones.cues),
    exampleHeads: cueSet(cues.exampleHeads.cues),
    speakerPronouns: cueSet(cues.speakerPronouns.cues),
    bracketZones: cueSet(cues.timeZones.bracketed),
    indirect: cueSet(cues.indirect.cues),
    hosting: cueSet(cues.hosting.cues),
    receiving: cueSet(cues.receiving.cues),
    joiners: cueSet(cues.coordination.joiners),
    withAdds: new Set((cues.coordination.adds ?? []).map((c) => c.normalize("NFC").toLowerCase())),
    honorifics: cueSet(cues.coordination.honorifics),
    namingVerbs: cueSet(cues.naming.verbs),
    intensifiers: cueSet(cues.naming.intensifiers),
    copula: cueSet(cues.naming.copula),
    reciprocal: cueSet(cues.reciprocal.cues),
    separately: cueSet(cues.separately.cues),
    distributive: cueSet(cues.distributive.cues),
    multilateral: cueSet(cues.multilateral.cues),
    speech: cueSet(cues.speech.cues),
    occurrence: cueSet(cues.occurrence.cues),
    imposing: cueSet(cues.imposing.cues),
    until: cueSet(cues.until.cues),
    actModifiers: cueSet(cues.actModifiers.cues),
    actNominalisers: cueSet(cues.actModifiers.nominalisers),
    reversal: new Set(cues.reversal.cues),
    easing: new Set(cues.easing?.cues ?? []),
    listingVerbs: cueSet(cues.listing?.verbs ?? []),
    listingLists: cueSet(cues.listing?.lists ?? []),
    firstPerson: cueSet(cues.firstPerson.cues),
    blame: cueSet(cues.blame.cues),
    commentators: cueSet(cues.commentators.cues),
    questionOpening: cueSet(cues.question.opening),
    questionClosing: cueSet(cues.question.closing),
    aloneTypes: new Set(cues.alone.types),
    spokenInTalks: new Set(cues.spokenInTalks.types),
    aloneBodies: new Set(cues.alone.bodies),
    aloneBodyTypes: new Set(cues.alone.bodyTypes),
    aloneUnnamedLead: cueSet(cues.alone.unnamedLead ?? []),
    aloneUnnamed: new Map(Object.entries(cues.alone.unnamed ?? {}).map(([k, v]) => [k, cueSet(v)])),
    copulaHeads: cueSet(cues.copulaHeads.cues),
    earlier: cueSet(cues.earlier.cues),
    demonstratives: cueSet(cues.demonstratives.cues),
    describedBy: cueSet(cues.describedBy.cues),
    brink: cueSet(cues.brink?.cues ?? []),
    personPairs: cueSet(cues.personPairs.cues),
    brokenRules: cueSet(cues.brokenRules.verbs.flatMap((v) => cues.brokenRules.nouns.map((n) => `${v} ${n} của`))),
    actAnaphors: cueSet(cues.actAnaphors.cues),
  };
  // the sets searched over whole texts, matched in one pass a document
  new CueGroup([lex.triggerSet, lex.threat, lex.threatConditional, lex.anaphora, lex.singularGpe, lex.singularOrg, lex.members, lex.statusAfterSet, lex.statusNounSet], vocab);
  return lex;
}
