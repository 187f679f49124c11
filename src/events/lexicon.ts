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
  /** A face-to-face act (meeting, summit, visit): never the same happening as a phone call. */
  inPerson?: boolean;
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

const NON_WORD = new Set([0xa0, 0xab, 0xbb, 0xd7, 0xf7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2022, 0x3000]);
/** Letters (with Vietnamese marks) and digits: the characters of a syllable. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && !NON_WORD.has(c) && !(c >= 0x2000 && c <= 0x206f);
}
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The syllables of a text with their offsets, computed once per text (the last one is cached). */
interface Tokens {
  text: string;
  starts: number[];
  ends: number[];
  words: string[];
}
let cached: Tokens | null = null;
function tokens(text: string): Tokens {
  if (cached && cached.text === text) return cached;
  const t = tokenize(text);
  // keep whole documents, not the short windows also searched in between
  if (text.length > 300) cached = t;
  return t;
}
function tokenize(text: string): Tokens {
  const t: Tokens = { text, starts: [], ends: [], words: [] };
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && !isWordCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const st = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    t.starts.push(st);
    t.ends.push(i);
    t.words.push(text.slice(st, i));
  }
  return t;
}

/** A list of cues (lower-case, canonical tones), matched whole-syllable, longest first. */
export class CueSet {
  readonly cues: string[];
  private readonly set: Set<string>;
  private readonly firsts: Set<string>;
  private readonly maxSyl: number;
  private memo: { tokens: Tokens; all: Array<{ start: number; end: number; cue: string }> } | null = null;
  constructor(cues: readonly string[]) {
    this.cues = [...new Set(cues.map((c) => matchKey(c).trim().replace(/\s+/gu, " ")))].sort((a, b) => b.length - a.length);
    this.set = new Set(this.cues);
    this.firsts = new Set(this.cues.map((c) => c.split(" ")[0]!));
    this.maxSyl = Math.max(1, ...this.cues.map((c) => c.split(" ").length));
  }
  /** Longest cue starting at token k (syllables separated by spaces only), or 0. */
  private matchAt(t: Tokens, k: number, limit: number): number {
    if (!this.firsts.has(t.words[k]!)) return 0;
    let key = "";
    let best = 0;
    for (let j = 0; j < this.maxSyl && k + j < t.words.length && t.ends[k + j]! <= limit; j++) {
      if (j > 0) {
        for (let p = t.ends[k + j - 1]!; p < t.starts[k + j]!; p++) if (!isSpace(t.text.charCodeAt(p))) return best;
        key += " ";
      }
      key += t.words[k + j]!;
      if (this.set.has(key)) best = j + 1;
    }
    return best;
  }
  /** All matches in `text` between `from` and `to` (absolute offsets), left to right, not overlapping. */
  find(text: string, from = 0, to = text.length): Array<{ start: number; end: number; cue: string }> {
    const t = tokens(text);
    if (t === cached) {
      // a whole document: match once, then answer ranges
      if (!this.memo || this.memo.tokens !== t) this.memo = { tokens: t, all: this.scan(t, 0, text.length) };
      const all = this.memo.all;
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (all[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      const out: Array<{ start: number; end: number; cue: string }> = [];
      for (let k = lo; k < all.length && all[k]!.end <= to; k++) out.push(all[k]!);
      return out;
    }
    return this.scan(t, from, to);
  }
  private scan(t: Tokens, from: number, to: number): Array<{ start: number; end: number; cue: string }> {
    const out: Array<{ start: number; end: number; cue: string }> = [];
    let lo = 0;
    let hi = t.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < t.starts.length && t.starts[k]! < to; k++) {
      const len = this.matchAt(t, k, to);
      if (!len) continue;
      const start = t.starts[k]!;
      const end = t.ends[k + len - 1]!;
      out.push({ start, end, cue: t.words.slice(k, k + len).join(" ") });
      k += len - 1;
    }
    return out;
  }
  /** True when `text` ends with one of the cues (ignoring trailing spaces and commas). */
  endsIn(text: string): boolean {
    let i = text.length;
    while (i > 0 && (isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 44)) i--;
    let key = "";
    for (let n = 0; n < this.maxSyl && i > 0; n++) {
      let j = i;
      while (j > 0 && isWordCode(text.charCodeAt(j - 1))) j--;
      if (j === i) break;
      key = n ? text.slice(j, i) + " " + key : text.slice(j, i);
      if (this.set.has(key)) return true;
      i = j;
      if (i === 0 || !isSpace(text.charCodeAt(i - 1))) break;
      while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    }
    return false;
  }
  /** The cue `text` starts with (after spaces and commas), or null. */
  startsWith(text: string): string | null {
    let i = 0;
    while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    let key = "";
    let best: string | null = null;
    for (let n = 0; n < this.maxSyl && i < text.length; n++) {
      let j = i;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      if (j === i) break;
      key = n ? key + " " + text.slice(i, j) : text.slice(i, j);
      if (this.set.has(key)) best = key;
      i = j;
      if (i >= text.length || !isSpace(text.charCodeAt(i))) break;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    }
    return best;
  }
  has(text: string): boolean {
    const t = tokenize(text);
    for (let k = 0; k < t.words.length; k++) if (this.matchAt(t, k, text.length)) return true;
    return false;
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
  objectAllowedRe: RegExp;
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
    objectAllowedRe: new RegExp(cues.objectAllowed.cues.map((c) => `(?<![\\p{L}\\p{M}])${escapeRe(matchKey(c))}(?![\\p{L}\\p{M}])`).join("|"), "gu"),
    statusNear: new CueSet(cues.status.near.cues),
    negationAfter: new CueSet(cues.negation.after),
    threatEnabling: new CueSet(cues.threat.enabling),
    content: new CueSet(cues.content.cues),
    pronouns: new CueSet(cues.pronouns.cues),
    nested: new CueSet(cues.nested.cues),
  };
}
