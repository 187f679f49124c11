import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { matchKey } from "../normalise/tone.js";
import type { EventStatus } from "../envelope/types.js";

export type Frame = "joint" | "directed" | "host" | "stance" | "mediate";

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
}

interface StatusCue {
  cue: string;
  status: EventStatus;
}

interface CuesFile {
  status: { rank: EventStatus[]; before: StatusCue[]; after: StatusCue[]; sentenceHypothetical: string[]; near: { cues: string[] } };
  negation: { cues: string[]; after: string[] };
  boundaries: { cues: string[] };
  reporting: { cues: string[] };
  attribution: { prefix: string[] };
  denial: { cues: string[]; revealing: string[] };
  anaphora: { cues: string[] };
  location: { cues: string[] };
  mediator: { before: string[]; after: string[] };
  threat: { cues: string[]; conditional: string[]; enabling: string[] };
  nominal: { cues: string[] };
  agreementNouns: { cues: string[] };
  objectStops: { cues: string[] };
  objectAllowed: { cues: string[] };
  content: { cues: string[] };
  pronouns: { cues: string[] };
  nested: { cues: string[] };
}

/** A compiled list of cues: finds them at syllable boundaries, longest first. */
export class CueSet {
  readonly cues: string[];
  private readonly any: RegExp;
  private readonly tail: RegExp;
  private readonly head: RegExp;
  constructor(cues: readonly string[]) {
    this.cues = [...new Set(cues.map((c) => matchKey(c).trim()))].sort((a, b) => b.length - a.length);
    const alt = this.cues.map((c) => c.split(/\s+/).map(escapeRe).join("\\s+")).join("|") || "(?!)";
    this.any = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alt})(?![\\p{L}\\p{M}\\p{N}])`, "gu");
    this.tail = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alt})[\\s,]*$`, "u");
    this.head = new RegExp(`^[\\s,]*(?:${alt})(?![\\p{L}\\p{M}\\p{N}])`, "u");
  }
  /** All matches in `text` between `from` and `to` (absolute offsets). */
  find(text: string, from = 0, to = text.length): Array<{ start: number; end: number; cue: string }> {
    const out: Array<{ start: number; end: number; cue: string }> = [];
    const re = new RegExp(this.any.source, "gu");
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m.index + m[0].length > to) break;
      out.push({ start: m.index, end: m.index + m[0].length, cue: m[0].replace(/\s+/g, " ") });
    }
    return out;
  }
  /** True when `text` ends with one of the cues (ignoring trailing spaces and commas). */
  endsIn(text: string): boolean {
    return this.tail.test(text);
  }
  /** The cue `text` starts with, or null. */
  startsWith(text: string): string | null {
    const m = this.head.exec(text);
    return m ? m[0] : null;
  }
  has(text: string): boolean {
    const re = new RegExp(this.any.source, "u");
    return re.test(text);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface Lexicon {
  triggers: TriggerDef[];
  triggerByCue: Map<string, TriggerDef>;
  triggerSet: CueSet;
  blocks: Map<TriggerDef, CueSet>;
  blocksAfter: Map<TriggerDef, CueSet>;
  rank: EventStatus[];
  statusBefore: Map<string, EventStatus>;
  statusBeforeSet: CueSet;
  statusAfter: Map<string, EventStatus>;
  statusAfterSet: CueSet;
  conditional: CueSet;
  negation: CueSet;
  boundaries: CueSet;
  reporting: CueSet;
  attribution: CueSet;
  denial: CueSet;
  revealing: CueSet;
  anaphora: CueSet;
  location: CueSet;
  mediatorBefore: CueSet;
  mediatorAfter: CueSet;
  threat: CueSet;
  threatConditional: CueSet;
  nominal: CueSet;
  agreementNouns: CueSet;
  objectStops: CueSet;
  objectAllowed: CueSet;
  statusNear: CueSet;
  negationAfter: CueSet;
  threatEnabling: CueSet;
  content: CueSet;
  pronouns: CueSet;
  nested: CueSet;
}

export function readEventsData(dir: string = join(DATA_DIR, "events")): { triggers: TriggerDef[]; cues: CuesFile } {
  const t = JSON.parse(readFileSync(join(dir, "triggers.json"), "utf8")) as { triggers: TriggerDef[] };
  const cues = JSON.parse(readFileSync(join(dir, "cues.json"), "utf8")) as CuesFile;
  return { triggers: t.triggers, cues };
}

export function buildLexicon(data: { triggers: TriggerDef[]; cues: CuesFile } = readEventsData()): Lexicon {
  const { triggers, cues } = data;
  const triggerByCue = new Map<string, TriggerDef>();
  for (const t of triggers) triggerByCue.set(matchKey(t.cue).trim(), t);
  const blocks = new Map<TriggerDef, CueSet>();
  const blocksAfter = new Map<TriggerDef, CueSet>();
  for (const t of triggers) {
    if (t.block?.length) blocks.set(t, new CueSet(t.block));
    if (t.blockAfter?.length) blocksAfter.set(t, new CueSet(t.blockAfter));
  }
  const toMap = (l: StatusCue[]) => new Map(l.map((c) => [matchKey(c.cue).trim(), c.status] as const));
  return {
    triggers,
    triggerByCue,
    triggerSet: new CueSet(triggers.map((t) => t.cue)),
    blocks,
    blocksAfter,
    rank: cues.status.rank,
    statusBefore: toMap(cues.status.before),
    statusBeforeSet: new CueSet(cues.status.before.map((c) => c.cue)),
    statusAfter: toMap(cues.status.after),
    statusAfterSet: new CueSet(cues.status.after.map((c) => c.cue)),
    conditional: new CueSet(cues.status.sentenceHypothetical),
    negation: new CueSet(cues.negation.cues),
    boundaries: new CueSet(cues.boundaries.cues),
    reporting: new CueSet(cues.reporting.cues),
    attribution: new CueSet(cues.attribution.prefix),
    denial: new CueSet(cues.denial.cues),
    revealing: new CueSet(cues.denial.revealing),
    anaphora: new CueSet(cues.anaphora.cues),
    location: new CueSet(cues.location.cues),
    mediatorBefore: new CueSet(cues.mediator.before),
    mediatorAfter: new CueSet(cues.mediator.after),
    threat: new CueSet(cues.threat.cues),
    threatConditional: new CueSet(cues.threat.conditional),
    nominal: new CueSet(cues.nominal.cues),
    agreementNouns: new CueSet(cues.agreementNouns.cues),
    objectStops: new CueSet(cues.objectStops.cues),
    objectAllowed: new CueSet(cues.objectAllowed.cues),
    statusNear: new CueSet(cues.status.near.cues),
    negationAfter: new CueSet(cues.negation.after),
    threatEnabling: new CueSet(cues.threat.enabling),
    content: new CueSet(cues.content.cues),
    pronouns: new CueSet(cues.pronouns.cues),
    nested: new CueSet(cues.nested.cues),
  };
}
