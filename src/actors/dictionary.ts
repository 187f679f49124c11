/**
 * The actor dictionary (`data/actors/*.json`, schema in docs/ACTORS.md) compiled once into
 * lookup tables: aliases in tries over their words (exact and diacritic-free), one-word aliases by
 * their one-typo variants, role holders by office and state, states by code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ActorType } from "../envelope/types.js";
import { canonicalTones } from "../normalise/tone.js";
import { tokenize } from "./tokens.js";
import { composeInstitutions, INSTITUTIONS_FILE, readInstitutions, type Composition } from "./institutions.js";
import { addToTrie, sortTrie, type Trie } from "./trie.js";

export interface RoleSpan {
  role: string;
  of: string | null;
  start: string | null;
  end: string | null;
}

/** A code an entry acts under from `start` to `end` (ISO days, `end` null while it lasts). */
export interface CodeSpan {
  code: string;
  start: string;
  end: string | null;
}

export interface Entry {
  id: string;
  name: string;
  type: ActorType;
  code: string | null;
  aliases?: string[];
  roles?: RoleSpan[];
  gov?: string | null;
  parent?: string | null;
  leader_role?: string | null;
  adjective?: string[];
  /** An office ("Secretary General of NATO"): an actor only when named without its holder. */
  office?: boolean;
  /** Codes of bodies seated here ("Brussels": EU): the place stands for that body in an article naming it. */
  seat_of?: string[];
  /** Its aliases opening with a lower-case word name it, not its state (composed legislatures: "quốc hội Bulgaria"). */
  lower_names?: boolean;
  /** Aliases knowingly shared with another entry (not reported as collisions). */
  ambiguous?: string[];
  /** The code it acts under in a period, when not `code` ("Taliban": AFG from 2021-08-15): see `codeOn`. */
  codes?: CodeSpan[];
  source?: string;
  note?: string;
}

export interface DictFile {
  description?: string;
  source?: string;
  entries: Entry[];
}

/** One alias, as a sequence of word keys with the separators it needs. */
export interface AliasRec {
  entry: number;
  keys: string[];
  fkeys: string[];
  gaps: string[];
  /** Per word: the alias has a dash before it (only such gaps match a spaced dash in the text). */
  hyphens: boolean[];
  /** Per word: 0 any case, 1 first letter upper case, 2 exact (short acronyms). */
  cases: number[];
  /** Surface form (for tests and debugging). */
  text: string;
  /** The alias is written with Vietnamese diacritics (the folded fallback applies). */
  marked: boolean;
  /** The alias starts with a lower-case word ("quân đội Nga"): a generic reference. */
  generic: boolean;
}

export interface Dictionary {
  entries: Entry[];
  byId: Map<string, number>;
  /** The aliases by their word keys (`trie.ts`), each node's in match order (type, then entry). */
  exact: Trie<AliasRec>;
  /** The marked aliases by their folded keys, the same way. */
  folded: Trie<AliasRec>;
  /** One-word aliases of ≥ 8 letters by their deletion neighbourhood, for typo tolerance. */
  typo: Map<string, AliasRec[]>;
  /** "role|of" → holders with dates. */
  holders: Map<string, { entry: number; start: string; end: string | null }[]>;
  /** State code → gpe entry. */
  states: Map<string, number>;
  /** Person entries by their last name word key (for "ông X" resolution). */
  files: string[];
  loadMs: number;
  /** What the institutions table added at load time (`loadDictionary`), when it was read. */
  composed?: Composition;
}

const TYPE_RANK: Record<ActorType, number> = { gpe: 0, org: 1, place: 2, media: 3, person: 4 };

export function aliasRec(alias: string, entry: number, type: ActorType): AliasRec | null {
  const toks = tokenize(canonicalTones(alias.normalize("NFC")));
  if (!toks.length) return null;
  const multi = toks.length > 1;
  return {
    entry,
    keys: toks.map((t) => t.key),
    fkeys: toks.map((t) => t.fkey),
    gaps: toks.map((t) => t.gap),
    hyphens: toks.map((t) => !!t.hyphen),
    cases: toks.map((t, i) => {
      if (t.upper && t.text.length <= 3) return 2;
      if (!t.cap) return 0;
      // Inside names of bodies ("Bộ ngoại giao", "Liên hợp quốc") later words may be lower case.
      return i > 0 && multi && type !== "person" ? 0 : 1;
    }),
    text: alias,
    marked: toks.some((t) => !t.plain),
    generic: !toks[0]!.cap && /\p{Ll}/u.test(toks[0]!.text),
  };
}

function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Compiles entries (already read from files) into the lookup tables. */
export function compile(entries: Entry[], files: string[] = [], loadMs = 0): Dictionary {
  const byId = new Map<string, number>();
  const exact: Trie<AliasRec> = new Map();
  const folded: Trie<AliasRec> = new Map();
  const typo = new Map<string, AliasRec[]>();
  const holders: Dictionary["holders"] = new Map();
  const states = new Map<string, number>();
  // the word keys of every state's names and adjectives: a lower-case alias is a generic reference
  // ("quân đội Nga", "chính phủ Nga") only when a state's name is all that is capitalised in it;
  // "đảng Cộng hòa", "điện Kremlin", "phong trào Hamas" name the body itself
  const stateForms = new Set<string>();
  for (const e of entries) {
    if (e.type !== "gpe") continue;
    for (const f of [e.name, ...(e.aliases ?? []), ...(e.adjective ?? [])]) if (f) stateForms.add(tokenize(canonicalTones(f.normalize("NFC"))).map((t) => t.key).join(" "));
  }
  entries.forEach((e, i) => {
    if (byId.has(e.id)) return; // the validator reports duplicates; the first one wins
    byId.set(e.id, i);
    if (e.type === "gpe" && e.code && !states.has(e.code)) states.set(e.code, i);
    const forms = new Set<string>([e.name, ...(e.aliases ?? []), ...(e.adjective ?? [])]);
    const seen = new Set<string>();
    for (const f of forms) {
      if (!f || !f.trim()) continue;
      const rec = aliasRec(f, i, e.type);
      if (!rec) continue;
      if (rec.generic && e.lower_names) rec.generic = false;
      if (rec.generic) {
        const toks = tokenize(canonicalTones(f.normalize("NFC")));
        const c = toks.findIndex((t) => t.cap);
        rec.generic = c > 0 && stateForms.has(rec.keys.slice(c).join(" "));
      }
      const sig = rec.keys.join(" ") + "/" + rec.gaps.join("") + "/" + rec.cases.join("");
      if (seen.has(sig)) continue;
      seen.add(sig);
      addToTrie(exact, rec.keys, rec);
      if (rec.marked) addToTrie(folded, rec.fkeys, rec);
      if (rec.keys.length === 1 && rec.keys[0]!.length >= 8) {
        for (const d of new Set(deletions(rec.keys[0]!))) push(typo, d, rec);
      }
    }
    for (const r of e.roles ?? []) {
      if (!r.role || !r.start) continue;
      push(holders, `${r.role}|${r.of ?? ""}`, { entry: i, start: r.start, end: r.end ?? null });
    }
  });
  const order = (a: AliasRec, b: AliasRec) =>
    b.keys.length - a.keys.length || TYPE_RANK[entries[a.entry]!.type] - TYPE_RANK[entries[b.entry]!.type] || a.entry - b.entry;
  for (const l of typo.values()) l.sort(order);
  sortTrie(exact, order);
  sortTrie(folded, order);
  for (const l of holders.values()) l.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { entries, byId, exact, folded, typo, holders, states, files, loadMs };
}

/**
 * Reads every `*.json` in `dir` except `titles.json` and the institutions table (composed by
 * `loadDictionary`); a missing folder or file gives an empty dictionary.
 */
export function readDictionaryFiles(dir: string): { entries: Entry[]; files: string[] } {
  const entries: Entry[] = [];
  const files: string[] = [];
  if (!existsSync(dir)) return { entries, files };
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "titles.json" && n !== INSTITUTIONS_FILE).sort()) {
    try {
      const json = JSON.parse(readFileSync(join(dir, f), "utf8")) as DictFile;
      if (!Array.isArray(json.entries)) continue;
      for (const e of json.entries) if (e && typeof e.id === "string" && typeof e.type === "string") entries.push(e);
      files.push(f);
    } catch {
      // an unreadable file is reported by scripts/validate-data.mjs; analysis goes on without it
    }
  }
  return { entries, files };
}

export function loadDictionary(dir: string): Dictionary {
  const t0 = performance.now();
  const { entries, files } = readDictionaryFiles(dir);
  const table = readInstitutions(join(dir, INSTITUTIONS_FILE));
  const composed = table ? composeInstitutions(entries, table) : undefined;
  const d = compile(entries, table ? [...files, INSTITUTIONS_FILE] : files);
  if (composed) d.composed = composed;
  d.loadMs = performance.now() - t0;
  return d;
}

/** Holders of `role` for `of` on `date` (ISO day), most recently started first. */
export function holdersAt(dict: Dictionary, role: string, of: string | null, date: string): number[] {
  const l = dict.holders.get(`${role}|${of ?? ""}`) ?? [];
  return l
    .filter((h) => h.start <= date && (h.end === null || date <= h.end))
    .sort((a, b) => (a.start < b.start ? 1 : -1))
    .map((h) => h.entry);
}

/**
 * The code an entry acts under on `date` (ISO day): the code of its period in `codes` holding then; for a person,
 * the one body or state whose office they hold then when their `code` is none of those (Rutte is NLD as prime
 * minister until 2024, NATO as its Secretary General; a Taliban minister is AFG from 2021); else `code`.
 */
export function codeOn(e: Entry, date: string | null): string | null {
  const code = e.code ?? null;
  if (!date) return code;
  const during = (x: { start: string | null; end: string | null }) => x.start !== null && x.start <= date && (x.end === null || date <= x.end);
  const span = e.codes?.find(during);
  if (span) return span.code;
  if (e.type !== "person" || !e.roles?.length) return code;
  const held = new Set(e.roles.filter((r) => r.of && during(r)).map((r) => r.of!));
  if (!held.size || (code !== null && held.has(code))) return code;
  return held.size === 1 ? [...held][0]! : code;
}

/** Former holders of `role` for `of` before `date`, most recent first. */
export function formerHoldersAt(dict: Dictionary, role: string, of: string | null, date: string): number[] {
  const l = dict.holders.get(`${role}|${of ?? ""}`) ?? [];
  const cur = new Set(holdersAt(dict, role, of, date));
  const out: number[] = [];
  for (const h of [...l].sort((a, b) => ((a.end ?? "9999") < (b.end ?? "9999") ? 1 : -1))) {
    if (h.end !== null && h.end < date && !cur.has(h.entry) && !out.includes(h.entry)) out.push(h.entry);
  }
  return out;
}
