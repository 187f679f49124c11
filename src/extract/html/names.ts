import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "domhandler";
import { DATA_DIR } from "../../data/paths.js";

/**
 * What an element's class and id names say about its text, as weighted evidence
 * (data/extract/html-names.json): never a verdict on its own.
 */
export interface NameEvidence {
  /** Evidence of page furniture: 0 none, 1 weak, 2 or more strong. */
  against: number;
  /** Evidence of article text: 0 none, 1 a word often used for it, 2 a name that promises it. */
  body: number;
  /** Names of lists or discussion around an article (related, comments, most read). */
  chrome: boolean;
}

interface Lexicon {
  against: Map<string, number>;
  inside: string[];
  chrome: Set<string>;
  body: Map<string, number>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const j = JSON.parse(readFileSync(join(DATA_DIR, "extract/html-names.json"), "utf8")) as Record<string, string[]>;
  const against = new Map<string, number>();
  for (const w of j["againstWeak"] ?? []) against.set(w, 1);
  for (const w of j["against"] ?? []) against.set(w, 2);
  const body = new Map<string, number>();
  for (const w of j["bodyWeak"] ?? []) body.set(w, 1);
  for (const w of j["body"] ?? []) body.set(w, 2);
  lexicon = { against, inside: j["againstInside"] ?? [], chrome: new Set(j["chrome"] ?? []), body };
  return lexicon;
}

const NONE: NameEvidence = Object.freeze({ against: 0, body: 0, chrome: false });

/** The tokens of a class/id string: cut at non-letters and camelCase humps, lower case, with joined neighbours. */
export function nameTokens(s: string): string[] {
  const base = s
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out = base.slice();
  for (let i = 0; i + 1 < base.length; i++) out.push(`${base[i]}-${base[i + 1]}`, `${base[i]}${base[i + 1]}`);
  return out;
}

/** Evidence of a class/id string (cached: pages repeat the same names). */
export function evidenceOf(names: string, cache?: Map<string, NameEvidence>): NameEvidence {
  if (!names.trim()) return NONE;
  const hit = cache?.get(names);
  if (hit) return hit;
  const lx = load();
  let against = 0;
  let body = 0;
  let chrome = false;
  // each class or id is one name: its strongest word counts, names add up
  for (const name of names.split(/\s+/)) {
    if (!name) continue;
    let a = 0;
    let b = 0;
    for (const t of nameTokens(name)) {
      const w = lx.against.get(t);
      if (w && w > a) a = w;
      const p = lx.body.get(t);
      if (p && p > b) b = p;
      if (lx.chrome.has(t)) chrome = true;
    }
    if (a < 2) {
      const low = name.toLowerCase();
      for (const w of lx.inside) {
        if (low.includes(w)) {
          a = 2;
          if (lx.chrome.has(w)) chrome = true;
          break;
        }
      }
    }
    against += a;
    if (b > body) body = b;
  }
  const ev: NameEvidence = { against: Math.min(against, 4), body, chrome };
  cache?.set(names, ev);
  return ev;
}

const pageCache = new Map<string, NameEvidence>();

/** Evidence of an element's class and id (and `itemprop="articleBody"`). */
export function nameEvidence(el: Element): NameEvidence {
  const a = el.attribs;
  const c = a["class"];
  const i = a["id"];
  const ip = a["itemprop"];
  if (!c && !i && !ip) return NONE;
  if (pageCache.size > 20000) pageCache.clear();
  const ev = evidenceOf(`${c ?? ""} ${i ?? ""}`, pageCache);
  if (ip && /^articlebody$/i.test(ip)) return { ...ev, body: 2, against: 0 };
  return ev;
}
