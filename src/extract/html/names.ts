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
  against2: RegExp;
  against1: RegExp;
  inside: RegExp;
  insideChrome: RegExp;
  chrome: RegExp;
  body2: RegExp;
  body1: RegExp;
}

let lexicon: Lexicon | null = null;

/** One regular expression matching any of the words as whole tokens ("most-read" also as "most_read"). */
function tokenRe(words: string[]): RegExp {
  if (!words.length) return /(?!)/;
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/-/g, "[^a-z0-9]+"));
  return new RegExp(`(?:^|[^a-z0-9])(?:${alts.join("|")})(?![a-z0-9])`);
}

function load(): Lexicon {
  if (lexicon) return lexicon;
  const j = JSON.parse(readFileSync(join(DATA_DIR, "extract/html-names.json"), "utf8")) as Record<string, string[]>;
  const inside = j["againstInside"] ?? [];
  const chrome = j["chrome"] ?? [];
  const sub = (ws: string[]): RegExp => (ws.length ? new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")) : /(?!)/);
  lexicon = {
    against2: tokenRe(j["against"] ?? []),
    against1: tokenRe(j["againstWeak"] ?? []),
    inside: sub(inside),
    insideChrome: sub(inside.filter((w) => chrome.includes(w))),
    chrome: tokenRe(chrome),
    body2: tokenRe(j["body"] ?? []),
    body1: tokenRe(j["bodyWeak"] ?? []),
  };
  return lexicon;
}

const NONE: NameEvidence = Object.freeze({ against: 0, body: 0, chrome: false });

interface One {
  a: number;
  b: number;
  chrome: boolean;
}

/** A class or id name as the lexicon reads it: camelCase humps cut, lower case. */
function normalName(name: string): string {
  return /[a-z0-9][A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase() : name.toLowerCase();
}

/** Evidence of one class or id name (cached across pages: sites repeat their names). */
function evidenceOfName(name: string, lx: Lexicon): One {
  const hit = nameCache.get(name);
  if (hit) return hit;
  const n = normalName(name);
  let a = lx.against2.test(n) ? 2 : lx.against1.test(n) ? 1 : 0;
  let chrome = lx.chrome.test(n);
  if (a < 2 && lx.inside.test(n)) {
    a = 2;
    if (lx.insideChrome.test(n)) chrome = true;
  }
  const b = lx.body2.test(n) ? 2 : lx.body1.test(n) ? 1 : 0;
  const one = { a, b, chrome };
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(name, one);
  return one;
}
const nameCache = new Map<string, One>();

/** Evidence of a class/id string: each name's strongest word counts, names add up. */
export function evidenceOf(names: string, cache?: Map<string, NameEvidence>): NameEvidence {
  const hit = cache?.get(names);
  if (hit) return hit;
  const lx = load();
  let against = 0;
  let body = 0;
  let chrome = false;
  let any = false;
  for (const name of names.split(/\s+/)) {
    if (!name) continue;
    any = true;
    const one = evidenceOfName(name, lx);
    against += one.a;
    if (one.b > body) body = one.b;
    if (one.chrome) chrome = true;
  }
  const ev: NameEvidence = !any || (!against && !body && !chrome) ? NONE : { against: Math.min(against, 4), body, chrome };
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
  let ev = c ? evidenceOf(c, pageCache) : NONE;
  if (i) {
    const e2 = evidenceOf(i, pageCache);
    if (ev === NONE) ev = e2;
    else if (e2 !== NONE) ev = { against: Math.min(ev.against + e2.against, 4), body: Math.max(ev.body, e2.body), chrome: ev.chrome || e2.chrome };
  }
  if (ip && /^articlebody$/i.test(ip)) return { ...ev, body: 2, against: 0 };
  return ev;
}
