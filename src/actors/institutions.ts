/**
 * A state's national institutions composed from a table (`data/actors/institutions.json`) instead of
 * hand-written entries: for each kind of body (foreign ministry, parliament, armed forces, ...) the
 * Vietnamese heads outlets write ("Bộ Ngoại giao", "Quốc hội"), and per state (ISO alpha-3) the English
 * Wikipedia title of each body it has. At load time every state × kind gives one org entry (id = the
 * title, code = the state) with the aliases "<head> <each name of the state>" from `states.json`.
 * Entries the dictionary already has win: a title that is already an entry's id only lends that entry
 * the aliases it lacks, and an alias some entry already has is left to that entry.
 */
import { existsSync, readFileSync } from "node:fs";
import { canonicalTones } from "../normalise/tone.js";

/** The fields of a dictionary entry (`Entry` in dictionary.ts, which imports this module) composition reads and writes. */
export interface InstEntry {
  id: string;
  name: string;
  type: string;
  code: string | null;
  aliases?: string[];
  adjective?: string[];
  /** Its aliases opening with a lower-case head ("quốc hội Bulgaria") name the body itself, not its state. */
  lower_names?: boolean;
  source?: string;
}

export const INSTITUTIONS_FILE = "institutions.json";

export interface InstitutionKind {
  /** Vietnamese heads of the body's name, capitalised as outlets write them ("Bộ Ngoại giao"). */
  heads: string[];
  /** The heads written in lower case name the body too ("quốc hội Bulgaria", "hạ viện Mỹ"), not the state. */
  lower?: boolean;
  note?: string;
}

export interface InstitutionTable {
  description?: string;
  source?: string;
  kinds: Record<string, InstitutionKind>;
  /** State code → kind → English Wikipedia title of that state's body. */
  states: Record<string, Record<string, string>>;
}

export interface Composition {
  /** Entries made from the table (not in the dictionary before). */
  added: number;
  /** Entries of the dictionary (same id) given aliases they lacked. */
  extended: number;
  /** Composed aliases left out because another entry has them. */
  taken: number;
  /** Aliases composed onto new or extended entries. */
  aliases: number;
}

/** The key two aliases share when they are the same words ("Bộ ngoại giao  Nga" = "Bộ Ngoại giao Nga"). */
export function aliasKey(a: string): string {
  return canonicalTones(a.normalize("NFC")).toLowerCase().replace(/[\s\-‐–—]+/g, " ").trim();
}

/**
 * The names of a state a body's name is written with: its adjectives, its Vietnamese names (any
 * alias with a letter outside ASCII) and its first alias (the usual one: "Gabon", "Iraq"); not the
 * lower-case forms ("nước Mỹ") nor the English long forms and acronyms ("United Kingdom", "UK").
 */
export function stateNames(e: InstEntry): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    if (s && /^\p{Lu}/u.test(s) && !out.includes(s)) out.push(s);
  };
  for (const a of e.adjective ?? []) add(a);
  const al = e.aliases ?? [];
  add(al[0]);
  for (const a of al) if (/[^\x00-\x7f]/.test(a)) add(a);
  return out;
}

/** Reads the table; a missing or unreadable file gives none (the validator reports it). */
export function readInstitutions(path: string): InstitutionTable | null {
  if (!existsSync(path)) return null;
  try {
    const t = JSON.parse(readFileSync(path, "utf8")) as InstitutionTable;
    return t && typeof t.kinds === "object" && typeof t.states === "object" ? t : null;
  } catch {
    return null;
  }
}

/** Appends the table's entries to `entries` (and lends existing ones their missing aliases). */
export function composeInstitutions(entries: InstEntry[], table: InstitutionTable): Composition {
  const res: Composition = { added: 0, extended: 0, taken: 0, aliases: 0 };
  const byId = new Map<string, InstEntry>();
  const states = new Map<string, InstEntry>();
  const owner = new Map<string, string>(); // alias key → id of the entry that has it
  // only names that start with a head's first word can be a composed alias: the others are not keyed
  // (keying all ~20,000 names of the dictionary took most of the composition's time)
  const firsts = new Set<string>();
  for (const k of Object.values(table.kinds)) {
    for (const h of k?.heads ?? []) {
      const w = h.normalize("NFC").split(" ")[0]!;
      firsts.add(w.toLowerCase());
      firsts.add(aliasKey(w));
    }
  }
  const mayCompose = (f: string): boolean => {
    const sp = f.indexOf(" ");
    return sp > 0 && firsts.has(f.slice(0, sp).toLowerCase());
  };
  for (const e of entries) {
    if (!byId.has(e.id)) byId.set(e.id, e);
    if (e.type === "gpe" && e.code && !states.has(e.code)) states.set(e.code, e);
    for (const f of e.aliases ?? []) {
      if (typeof f !== "string" || !mayCompose(f)) continue;
      const k = aliasKey(f);
      if (!owner.has(k)) owner.set(k, e.id);
    }
  }
  // the key of "<head> <name>" is the heads' key and the name's (each computed once)
  const keys = new Map<string, string>();
  const keyOf = (w: string): string => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = aliasKey(w)));
    return k;
  };
  for (const [code, bodies] of Object.entries(table.states)) {
    const st = states.get(code);
    if (!st || !bodies) continue;
    const names = stateNames(st);
    for (const [kind, title] of Object.entries(bodies)) {
      const heads = table.kinds[kind]?.heads;
      if (!heads || typeof title !== "string" || !title.trim()) continue;
      const id = title.trim().replace(/ /g, "_");
      const have = byId.get(id);
      if (have && have.type !== "org") continue;
      const aliases: string[] = [];
      const lower = !!table.kinds[kind]?.lower;
      for (const h of heads) {
        const hk = keyOf(h);
        for (const n of names) {
          const a = `${h} ${n}`;
          const k = `${hk} ${keyOf(n)}`;
          const o = owner.get(k);
          // (the same name with its head in lower case: "quốc hội Bulgaria", for a kind that is so written)
          if (lower && (o === undefined || o === id)) aliases.push(a.charAt(0).toLowerCase() + a.slice(1));
          if (o !== undefined) {
            if (o !== id) res.taken++;
            continue;
          }
          owner.set(k, id);
          aliases.push(a);
        }
      }
      if (!aliases.length) continue;
      if (have) {
        have.aliases = [...(have.aliases ?? []), ...aliases];
        if (lower) have.lower_names = true;
        res.extended++;
      } else {
        const e: InstEntry = { id, name: id.replace(/_/g, " "), type: "org", code, aliases, source: `data/actors/${INSTITUTIONS_FILE}` };
        if (lower) e.lower_names = true;
        entries.push(e);
        byId.set(id, e);
        res.added++;
      }
      res.aliases += aliases.length;
    }
  }
  return res;
}
