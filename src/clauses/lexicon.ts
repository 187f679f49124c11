import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { matchKey } from "../normalise/tone.js";
import { CueSet, Vocabulary } from "../text/cues.js";
import type { ClauseKind, MarkerClass } from "../envelope/types.js";

/** A connective's clause kind; "then" ends a fronted condition ("nếu …, thì …"). */
export type ConnectiveKind = ClauseKind | "then";

/** Everything the clause layer knows about one cue (a cue may be, say, both a preposition and a verb: "tới"). */
export interface CueInfo {
  conn: { kind: ConnectiveKind; initial: boolean; verbal: boolean; elsewhere?: ConnectiveKind } | null;
  /** A complementiser after a reporting verb ("rằng", "là"). */
  comp: boolean;
  marker: { class: MarkerClass; label: string; nounAfter?: readonly string[]; verbal?: boolean } | null;
  /** The role of the group a preposition opens. */
  prep: string | null;
  verb: "verb" | "report" | "light" | "copula" | "motion" | null;
  /** A word that makes the verb after it a noun ("cuộc", "việc", "các"). */
  classifier: boolean;
  /** A verb whose object may be the subject of a clause on it ("kêu gọi [các bên kiềm chế]"). */
  control: boolean;
}

export interface ClauseLexicon {
  vocab: Vocabulary;
  /** Every cue of every list, matched together (longest first). */
  cues: CueSet;
  info: Map<string, CueInfo>;
  /** The same by the cue's index in `cues.cues` (`cues.lastIndex` after a match). */
  infoAt: CueInfo[];
  /** Marker labels of a reduced relative clause of expectation, and of the clause's own verb after it (markers.json "relative"). */
  relative: { first: Set<string>; then: Set<string> };
}

interface Connective {
  cue: string;
  kind: ConnectiveKind;
  initial?: boolean;
  verbal?: boolean;
  /** The kind an initial connective has where it is not initial ("nếu không": otherwise / if not). */
  elsewhere?: ConnectiveKind;
}
export interface ClauseData {
  connectives: { connectives: Connective[]; complementisers: { cues: string[] } };
  markers: { markers: Array<{ cue: string; class: MarkerClass; label: string; nounAfter?: string[] }>; relative?: { first: string[]; then: string[] }; verbal?: { labels: string[] } };
  prepositions: { prepositions: Array<{ cue: string; role: string }> };
  nouns: { classifiers: string[]; nouns: string[]; quantity: string[]; manner?: string[] };
  verbs: { reporting: string[]; light: string[]; copula: string[]; motion: string[]; control: string[]; verbs: string[] };
}

export function readClauseData(dir: string = join(DATA_DIR, "clauses")): ClauseData {
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as T;
  return {
    connectives: read("connectives"),
    markers: read("markers"),
    prepositions: read("prepositions"),
    nouns: read("nouns"),
    verbs: read("verbs"),
  };
}

const key = (cue: string) => matchKey(cue).trim().replace(/\s+/gu, " ");

/** The longest quantity group a verb of several syllables steps over ('hơn 100', 'thêm hai chiếc'). */
export const QUANTITY_GAP = 5;

export function buildClauseLexicon(data: ClauseData = readClauseData(), vocab: Vocabulary = new Vocabulary()): ClauseLexicon {
  const info = new Map<string, CueInfo>();
  const at = (cue: string): CueInfo => {
    const k = key(cue);
    let i = info.get(k);
    if (!i) info.set(k, (i = { conn: null, comp: false, marker: null, prep: null, verb: null, classifier: false, control: false }));
    return i;
  };
  for (const c of data.connectives.connectives) at(c.cue).conn = c.elsewhere ? { kind: c.kind, initial: !!c.initial, verbal: !!c.verbal, elsewhere: c.elsewhere } : { kind: c.kind, initial: !!c.initial, verbal: !!c.verbal };
  for (const c of data.connectives.complementisers.cues) at(c).comp = true;
  const verbal = new Set(data.markers.verbal?.labels ?? []);
  for (const m of data.markers.markers) {
    const mk: NonNullable<CueInfo["marker"]> = m.nounAfter ? { class: m.class, label: m.label, nounAfter: m.nounAfter } : { class: m.class, label: m.label };
    if (verbal.has(m.label)) mk.verbal = true;
    at(m.cue).marker = mk;
  }
  for (const p of data.prepositions.prepositions) at(p.cue).prep = p.role;
  for (const c of data.nouns.classifiers) at(c).classifier = true;
  // compound nouns: matched as one word so that their syllables match nothing else
  for (const c of data.nouns.nouns) at(c);
  // a more specific kind of verb wins over the plain list
  for (const v of data.verbs.verbs) at(v).verb ??= "verb";
  for (const v of data.verbs.light) at(v).verb = "light";
  for (const v of data.verbs.copula) at(v).verb = "copula";
  for (const v of data.verbs.motion) at(v).verb = "motion";
  for (const v of data.verbs.reporting) at(v).verb = "report";
  for (const v of data.verbs.control) {
    const i = at(v);
    i.control = true;
    // (a control verb not listed as a verb or marker is one)
    if (i.verb === null && i.marker === null) i.verb = "verb";
  }
  // a verb of several syllables steps over a quantity group between them ("triển khai thêm 2.000 binh sĩ")
  const cues = new CueSet([...info.keys()], vocab).allowGap([...data.nouns.quantity, ...(data.nouns.manner ?? [])], QUANTITY_GAP, (c) => info.get(c)?.verb != null && c.includes(" "));
  const rel = data.markers.relative;
  const infoAt = cues.cues.map((c) => info.get(c)!);
  return { vocab, cues, info, infoAt, relative: { first: new Set(rel?.first ?? []), then: new Set(rel?.then ?? []) } };
}
