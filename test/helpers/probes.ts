/** The type probes' harness (test/events-probes.test.ts): the set, the actors its items name, and how an item is judged. */
import { readFileSync } from "node:fs";
import type { Actor, Doc } from "../../src/envelope/types.js";
import { buildLexicon } from "../../src/events/lexicon.js";
import { analyseEvents } from "../../src/events/stage.js";
import { codesOf, envelopeFrom, gpe, org, person, COMMON_ACTORS, COMMON_STATES, WORLD_STATES, type WantEvent } from "./envelope.js";
import { fixture } from "./shared.js";

const lex = buildLexicon();
export const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  Liban: gpe("Lebanon", "LBN"),
  Syria: gpe("Syria", "SYR"),
  "Thái Lan": gpe("Thailand", "THA"),
  Campuchia: gpe("Cambodia", "KHM"),
  Malaysia: gpe("Malaysia", "MYS"),
  Armenia: gpe("Armenia", "ARM"),
  Azerbaijan: gpe("Azerbaijan", "AZE"),
  Canada: gpe("Canada", "CAN"),
  Ottawa: gpe("Canada", "CAN"),
  Mexico: gpe("Mexico", "MEX"),
  Algeria: gpe("Algeria", "DZA"),
  Oman: gpe("Oman", "OMN"),
  "Ả-rập Xê-út": gpe("Saudi_Arabia", "SAU"),
  Washington: gpe("United_States", "USA"),
  "Nhà Trắng": org("White_House", "USA"),
  "Bắc Kinh": gpe("China", "CHN"),
  Moskva: gpe("Russia", "RUS"),
  "Điện Kremlin": org("Moscow_Kremlin", "RUS"),
  Kiev: gpe("Ukraine", "UKR"),
  "Bình Nhưỡng": gpe("North_Korea", "PRK"),
  Seoul: gpe("South_Korea", "KOR"),
  Tehran: gpe("Iran", "IRN"),
  Hezbollah: org("Hezbollah", "HEZBOLLAH"),
  Houthi: org("Houthis", "HOUTHIS"),
  ICC: org("International_Criminal_Court", "ICC"),
  IAEA: org("International_Atomic_Energy_Agency", "IAEA"),
  "Liên Hợp Quốc": org("United_Nations", "UN"),
  "Tổng thống Zelensky": person("Volodymyr_Zelenskyy", "UKR"),
  "Thủ tướng Israel Netanyahu": person("Benjamin_Netanyahu", "ISR"),
  "ông Lavrov": person("Sergey_Lavrov", "RUS"),
  "Ông Lavrov": person("Sergey_Lavrov", "RUS"),
  "ông Witkoff": person("Steve_Witkoff", "USA"),
  "Ông Witkoff": person("Steve_Witkoff", "USA"),
};

export interface Probe {
  id: string;
  /** The confusion group the item probes ("ASSAULT/AID", "THREATEN/REJECT", "none", "reported", "passive"). */
  pair: string;
  text: string | string[];
  want: Array<WantEvent & { third?: string[] }>;
}

export const PROBES: Probe[] = readFileSync(fixture("probes/types.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Probe);

/** Every probe's article speaks from 10 March 2025. */
const run = (p: Probe): Doc =>
  analyseEvents({ ...envelopeFrom(ACTORS, typeof p.text === "string" ? [p.text] : p.text), referenceDate: { value: "2025-03-10", basis: "published" } }, lex);

interface Got {
  type: string;
  parts: string[];
  actor: string[];
  mode: string | null;
  status: string;
  third: string[];
}

const uniq = (xs: Array<string | null | undefined>): string[] => [...new Set(xs.filter((x): x is string => typeof x === "string"))].sort();

function gotOf(doc: Doc): Got[] {
  return doc.events.map((e) => ({
    type: e.type,
    parts: uniq(codesOf(doc, [...e.actor, ...e.recipient])),
    actor: uniq(codesOf(doc, e.actor)),
    mode: e.mode ?? null,
    status: e.status,
    third: uniq(codesOf(doc, e.third_party)),
  }));
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a given event is the wanted one: type and parts, and the fields the item fixes. */
function fits(g: Got, w: Probe["want"][number]): boolean {
  if (g.type !== w.type || !same(g.parts, [...w.parts].sort())) return false;
  if (w.actor !== undefined && !same(g.actor, [...w.actor].sort())) return false;
  if (w.mode !== undefined && g.mode !== w.mode) return false;
  if (w.status !== undefined && g.status !== w.status) return false;
  if (w.third !== undefined && !same(g.third, [...w.third].sort())) return false;
  return true;
}

export interface ProbeResult {
  probe: Probe;
  pass: boolean;
  got: Got[];
  /** "WANT->GOT" on the same parts, "miss:WANT", "extra:GOT", "detail:WANT" (type and parts right, a fixed field not). */
  issues: string[];
}

export function judge(p: Probe): ProbeResult {
  const got = gotOf(run(p));
  const free = got.map(() => true);
  const unmatched: Probe["want"] = [];
  for (const w of p.want) {
    const i = got.findIndex((g, k) => free[k] && fits(g, w));
    if (i >= 0) free[i] = false;
    else unmatched.push(w);
  }
  const issues: string[] = [];
  for (const w of unmatched) {
    const parts = [...w.parts].sort();
    let i = got.findIndex((g, k) => free[k] && g.type === w.type && same(g.parts, parts));
    if (i >= 0) {
      free[i] = false;
      issues.push(`detail:${w.type}`);
      continue;
    }
    i = got.findIndex((g, k) => free[k] && same(g.parts, parts));
    if (i >= 0) {
      free[i] = false;
      issues.push(`${w.type}->${got[i]!.type}`);
      continue;
    }
    issues.push(`miss:${w.type}`);
  }
  got.forEach((g, k) => {
    if (free[k]) issues.push(`extra:${g.type}`);
  });
  return { probe: p, pass: issues.length === 0, got, issues };
}

