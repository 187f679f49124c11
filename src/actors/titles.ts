/**
 * The title lexicon (`data/actors/titles.json`): Vietnamese titles → role keys, and the small
 * word lists the recogniser needs (honorifics, leader phrases, name particles...).
 */
import { existsSync, readFileSync } from "node:fs";
import { matchKey } from "../normalise/tone.js";
import { tokenize, type Token } from "./tokens.js";

export interface TitleDef {
  title: string;
  role: string | null;
  of?: string | null;
  org?: string | null;
  note?: string;
}

export interface TitlesFile {
  description?: string;
  source?: string;
  titles: TitleDef[];
  honorifics?: string[];
  leaders?: string[];
  leader_of?: Record<string, string>;
  counterparts?: string[];
  former?: string[];
  plural?: string[];
  possessive?: string[];
  org_heads?: string[];
  name_particles?: string[];
  not_names?: string[];
  common_words?: string[];
  demonym?: string[];
  /** Bodies named "<prefix> <state>" that the dictionary may lack: prefix → id template with {name}. */
  bodies?: { prefix: string; id: string }[];
  group_nouns?: string[];
  group_nouns_sides?: string[];
  post_preps?: { note?: string; words: string[] };
  acting?: string[];
  office_predicates?: string[];
  gatherings?: string[];
  person_nouns?: string[];
  speech_verbs?: string[];
  initial_trusted?: Record<string, string[]>;
  family_name_first?: string[];
  /** One-syllable short state names read as the state inside dash lists ("Hàn - Trung - Nhật"): word → state code. */
  short_states?: Record<string, string>;
  /** Bodies named without their state ("Hội đồng An ninh Quốc gia"): the nearest state of the sentence completes them. */
  bare_bodies?: string[];
  /** Words that open a list of names after a noun for people ("Ba con tin được thả gồm ..."). */
  list_intros?: string[];
  /** Words of `not_names` that may still end a name of two or more words ("Tôn Vệ Đông", "Nguyễn Văn Nam"). */
  name_finals?: string[];
  /** Per-state overrides of the role a title means ("Tổng thống" of IRN: head_of_government). */
  state_roles?: StateRole[];
  /** Nouns introducing a name the dictionary may lack, by the type of what they name ("thành phố", "đài truyền hình"). */
  name_nouns?: { note?: string; place?: string[]; media?: string[]; org?: string[] };
  /** Words before a one-syllable name noun that make it part of another word ("cảnh báo"). */
  noun_blockers?: { note?: string; words: string[] };
  /** Nouns for things, operations and events: a name right after them is no actor. */
  thing_nouns?: { note?: string; words: string[] };
  /** Capitalised words opening sentences that never start a foreign name ("Nhưng", "Theo"). */
  sentence_openers?: { note?: string; words: string[] };
  /** Last words of foreign-spelled names telling their type ("Industries", "Times", "City"). */
  type_finals?: { note?: string; org?: string[]; media?: string[]; place?: string[]; none?: string[] };
  /** Lower-case words that may stand between a title and its name ("thương mại"). */
  title_qualifiers?: { note?: string; words: string[] };
  noun_qualifiers?: { note?: string; words: string[] };
  /** Prepositions of place: a foreign-spelled name after them is a place ("tại Anchorage"). */
  place_preps?: { note?: string; words: string[] };
  /** Verbs of news reporting: a foreign-spelled name before them is a medium ("Axios đưa tin"). */
  media_verbs?: { note?: string; words: string[] };
}

/** The type of actor a name noun or a name's last word introduces. */
export type NamedType = "place" | "media" | "org";

export interface StateRole {
  of: string;
  title: string;
  role: string;
  source?: string;
  note?: string;
}

/** A phrase as word keys (lower case, canonical tones). */
export interface Phrase<T> {
  keys: string[];
  value: T;
}

export class PhraseIndex<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  add(text: string, value: T): void {
    const keys = tokenize(matchKey(text)).map((t) => t.key);
    if (!keys.length) return;
    const l = this.byFirst.get(keys[0]!) ?? [];
    l.push({ keys, value });
    l.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, l);
  }
  /** The phrases starting with word key `key` (longest first), or undefined. */
  first(key: string): Phrase<T>[] | undefined {
    return this.byFirst.get(key);
  }
  /** The longest phrase starting at token i (words separated by spaces only), or null. */
  at(toks: readonly Token[], i: number): Phrase<T> | null {
    return this.match(this.byFirst.get(toks[i]?.key ?? ""), toks, i);
  }
  /** The longest of `list` (what `first` gives for token i's key) starting at token i, or null. */
  match(list: Phrase<T>[] | undefined, toks: readonly Token[], i: number): Phrase<T> | null {
    if (!list) return null;
    for (const p of list) {
      if (i + p.keys.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < p.keys.length && ok; k++) {
        const t = toks[i + k]!;
        ok = t.key === p.keys[k] && t.gap === " ";
      }
      if (ok) return p;
    }
    return null;
  }
}

export interface Titles {
  titles: PhraseIndex<TitleDef>;
  honorifics: PhraseIndex<true>;
  leaders: PhraseIndex<true>;
  leaderOf: Map<string, string>;
  counterparts: PhraseIndex<true>;
  former: Set<string>;
  plural: Set<string>;
  possessive: Set<string>;
  orgHeads: PhraseIndex<true>;
  particles: Set<string>;
  notNames: Set<string>;
  commonWords: Set<string>;
  /** Words before a state name that make it mean its people ("người Nga"). */
  demonym: Set<string>;
  bodies: Phrase<string>[];
  /** Nouns for a state's people or goods ("tù nhân", "nhà ngoại giao"): the state after them is weak. */
  groupNouns: Set<string>;
  /** Those of them whose state may be a side of an act done by or to them ("hàng hóa Canada", "nhà ngoại giao Nga"). */
  groupNounsSides: Set<string>;
  acting: Set<string>;
  /** Words naming an office rather than its holder ("nhậm chức", "ghế"), as phrases joined by spaces. */
  officePredicates: Set<string>;
  /** Nouns for a meeting ("cuộc họp", "hội nghị"): a title of a body's members after them is the members, no holder. */
  gatherings: Set<string>;
  personNouns: Set<string>;
  speechVerbs: Set<string>;
  /** Common-word state names trusted at sentence start → next words that make them a common word. */
  initialTrusted: Map<string, Set<string>>;
  familyNameFirst: Set<string>;
  /** Short state name key ("trung") → state code, inside dash lists only. */
  shortStates: Map<string, string>;
  /** Bodies named without their state, as written (for "<body> {state}" templates), by their first word. */
  bareBodies: PhraseIndex<string>;
  listIntros: Set<string>;
  nameFinals: Set<string>;
  /** Title → state code → the role the title means for that state, where it differs from the title's own. */
  stateRoles: Map<TitleDef, Map<string, string>>;
  nameNouns: PhraseIndex<NamedType>;
  nounBlockers: Set<string>;
  thingNouns: Set<string>;
  sentenceOpeners: Set<string>;
  /** Lower-cased last word of a foreign-spelled name → its type. */
  typeFinals: Map<string, NamedType>;
  /** Lower-cased last words of foreign-spelled names that name no actor ("Cup", "Act", "Dome"). */
  noneFinals: Set<string>;
  titleQualifiers: PhraseIndex<true>;
  /** Lower-case words between a name noun and the name ("kênh truyền hình tư nhân Walf TV"). */
  nounQualifiers: PhraseIndex<true>;
  placePreps: Set<string>;
  /** Words between an office's state and the place of the post ("Đại sứ Mỹ tại Liên hợp quốc"). */
  postPreps: Set<string>;
  mediaVerbs: Set<string>;
}

const keySet = (l: string[] | undefined) => new Set((l ?? []).map((w) => matchKey(w)));
/** A phrase as its word keys joined by single spaces. */
const phraseKey = (w: string) => tokenize(matchKey(w)).map((t) => t.key).join(" ");
/** Phrases as their word keys joined by single spaces. */
const phraseSet = (l: string[] | undefined) => new Set((l ?? []).map(phraseKey));

/** Whether the one to three words ending just before token i (joined by spaces) form a phrase of `set`. */
export function phraseBefore(toks: readonly Token[], i: number, set: Set<string>, maxWords = 3): boolean {
  let key = "";
  for (let k = 1; k <= maxWords && i - k >= 0; k++) {
    if (toks[i - k + 1]!.gap !== " " || toks[i - k + 1]!.spacedDash) break;
    key = key ? toks[i - k]!.key + " " + key : toks[i - k]!.key;
    if (set.has(key)) return true;
  }
  return false;
}

export function compileTitles(f: TitlesFile): Titles {
  const idx = <T>(list: string[] | undefined, v: T) => {
    const p = new PhraseIndex<T>();
    for (const s of list ?? []) p.add(s, v);
    return p;
  };
  const titles = new PhraseIndex<TitleDef>();
  const titleByKey = new Map<string, TitleDef>();
  for (const t of f.titles ?? []) {
    titles.add(t.title, t);
    titleByKey.set(phraseKey(t.title), t);
  }
  const stateRoles = new Map<TitleDef, Map<string, string>>();
  for (const o of f.state_roles ?? []) {
    const def = o && typeof o.title === "string" ? titleByKey.get(phraseKey(o.title)) : undefined;
    if (!def || typeof o.of !== "string" || typeof o.role !== "string") continue; // scripts/validate-data.mjs reports these
    let m = stateRoles.get(def);
    if (!m) stateRoles.set(def, (m = new Map()));
    m.set(o.of, o.role);
  }
  return {
    titles,
    honorifics: idx(f.honorifics, true as const),
    leaders: idx(f.leaders, true as const),
    leaderOf: new Map(Object.entries(f.leader_of ?? {})),
    counterparts: idx(f.counterparts, true as const),
    former: keySet(f.former),
    plural: keySet(f.plural),
    possessive: keySet(f.possessive),
    orgHeads: idx(f.org_heads, true as const),
    particles: keySet(f.name_particles),
    notNames: keySet(f.not_names),
    commonWords: keySet(f.common_words),
    demonym: keySet(f.demonym),
    groupNouns: phraseSet(f.group_nouns),
    groupNounsSides: phraseSet(f.group_nouns_sides),
    acting: keySet(f.acting),
    officePredicates: phraseSet(f.office_predicates),
    gatherings: phraseSet(f.gatherings),
    personNouns: phraseSet(f.person_nouns),
    speechVerbs: phraseSet(f.speech_verbs),
    initialTrusted: new Map(Object.entries(f.initial_trusted ?? {}).map(([k, v]) => [matchKey(k), keySet(v)])),
    familyNameFirst: new Set(f.family_name_first ?? []),
    listIntros: phraseSet(f.list_intros),
    nameFinals: keySet(f.name_finals),
    shortStates: new Map(Object.entries(f.short_states ?? {}).map(([k, v]) => [matchKey(k).toLowerCase(), v])),
    bareBodies: (() => {
      const p = new PhraseIndex<string>();
      for (const b of f.bare_bodies ?? []) p.add(b, b);
      return p;
    })(),
    stateRoles,
    nameNouns: (() => {
      const p = new PhraseIndex<NamedType>();
      for (const t of ["place", "media", "org"] as const) for (const w of f.name_nouns?.[t] ?? []) p.add(w, t);
      return p;
    })(),
    nounBlockers: keySet(f.noun_blockers?.words),
    thingNouns: phraseSet(f.thing_nouns?.words),
    sentenceOpeners: keySet(f.sentence_openers?.words),
    typeFinals: new Map(
      (["place", "media", "org"] as const).flatMap((t) => (f.type_finals?.[t] ?? []).map((w) => [w.toLowerCase(), t] as [string, NamedType])),
    ),
    noneFinals: new Set((f.type_finals?.none ?? []).map((w) => w.toLowerCase())),
    titleQualifiers: idx(f.title_qualifiers?.words, true as const),
    nounQualifiers: idx(f.noun_qualifiers?.words, true as const),
    placePreps: keySet(f.place_preps?.words),
    postPreps: keySet(f.post_preps?.words),
    mediaVerbs: phraseSet(f.media_verbs?.words),
    bodies: (f.bodies ?? []).map((b) => ({ keys: tokenize(matchKey(b.prefix)).map((t) => t.key), value: b.id })),
  };
}

export function loadTitles(path: string): Titles {
  if (!existsSync(path)) return compileTitles({ titles: [] });
  return compileTitles(JSON.parse(readFileSync(path, "utf8")) as TitlesFile);
}

/** The role a title means for the state or body `of`: that state's override (`state_roles`), else the title's own role. */
export function titleRole(titles: Titles, def: TitleDef, of: string | null): string | null {
  return (of !== null ? titles.stateRoles.get(def)?.get(of) : undefined) ?? def.role;
}
