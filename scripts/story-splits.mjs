#!/usr/bin/env node
// Which gold happenings a timeline really splits. The story scorer (../shared/eval/story.mjs)
// counts, for each gold happening, every line of its type whose codes overlap (Jaccard >= 0.5) and
// whose date is close (2 days, or the same month / year) as one of its lines; a line that places
// ANOTHER gold happening of the same sides a day away (a call on the 20th, the summit planned on
// the 21st; A→B and B→A; a talk and its month) counts as a split too, so that even a timeline with
// exactly one line per gold happening is "split" (`--oracle` prints that ceiling).
// This script scores the same inputs the same way and adds "own lines": a line counts against a
// happening only when no other gold happening fits it better (exact date first, then the larger
// codes' overlap). A happening on more than one own line is split by the timeline itself.
//
//   node scripts/story-splits.mjs --gold DIR[,DIR] --records FILE.ndjson --timeline FILE.json [--list] [--skip REGEX]
//   node scripts/story-splits.mjs --gold DIR[,DIR] --oracle [--skip REGEX]
//
// --skip leaves out the gold documents whose id matches (held-out documents, never to be listed).
// Exit status: 0 when it scored, 2 on bad arguments.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldDirs = opt("--gold")?.split(",");
const oracle = args.includes("--oracle");
const skip = opt("--skip") ? new RegExp(opt("--skip")) : null;
if (!goldDirs || (!oracle && (!opt("--records") || !opt("--timeline")))) {
  console.error("usage: node scripts/story-splits.mjs --gold DIR[,DIR] (--records FILE --timeline FILE | --oracle) [--list] [--skip REGEX]");
  process.exit(2);
}

const typeOf = (t) => (t === "DEMAND" ? "REQUEST" : t);
const codesOf = (list) => new Set((list ?? []).map((x) => String(x).toUpperCase()));
const jaccard = (a, b) => {
  const inter = [...a].filter((x) => b.has(x)).length;
  const uni = new Set([...a, ...b]).size;
  return uni ? inter / uni : 0;
};

// Gold happenings, one per (type, codes, date); undated ones at their article's reference date.
const golds = new Map();
for (const dir of goldDirs)
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const g = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!skip || !skip.test(g.doc)) golds.set(g.doc, g);
  }
const happenings = new Map();
for (const [doc, g] of golds)
  for (const e of g.events ?? []) {
    const ref = typeof g.reference_date === "string" ? g.reference_date : g.reference_date?.value;
    const date = e.date ?? (ref ? ref.slice(0, 10) : null);
    const codes = codesOf([...(e.actor ?? []), ...(e.recipient ?? [])]);
    if (!date || !codes.size) continue;
    const reported = !e.date;
    const key = [typeOf(e.type), [...codes].sort().join("+"), reported ? "~" + date : date].join("|");
    const h = happenings.get(key) ?? { key, type: typeOf(e.type), codes, date, reported, docs: new Set() };
    h.docs.add(doc);
    happenings.set(key, h);
  }

// Timeline lines (or, with --oracle, one line per gold happening).
let lines;
if (oracle)
  lines = [...happenings.values()].map((h) => ({ id: h.key, type: h.type, codes: h.codes, date: h.reported ? null : h.date, reported: h.date, docs: h.docs }));
else {
  const docOf = new Map();
  for (const line of readFileSync(opt("--records"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    const src = rec.source ?? {};
    const keys = [src.path && basename(src.path).replace(/\.[^.]+$/, ""), src.url, src.record_id && String(src.record_id), rec.id].filter(Boolean);
    for (const [doc, g] of golds) if (keys.includes(doc) || (g.url && keys.includes(g.url))) docOf.set(rec.id, doc);
  }
  const raw = JSON.parse(readFileSync(opt("--timeline"), "utf8"));
  lines = (Array.isArray(raw) ? raw : (raw.events ?? [])).map((l) => ({
    id: l.id,
    type: typeOf(l.type),
    codes: codesOf(l.participants ?? []),
    date: l.date ?? null,
    reported: l.sort ?? null,
    docs: new Set((l.sources ?? []).map((s) => docOf.get(s.articleId)).filter(Boolean)),
  }));
}

const dayDiff = (a, b) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86400000;
const exactDate = (h, l) => (h.reported ? !l.date && !!l.reported && l.reported.startsWith(h.date) : !!l.date && l.date.replace(" ", "T").startsWith(h.date));
function closeDate(gold, l) {
  const d = l.date ?? l.reported;
  if (!d) return false;
  if (gold.length >= 10 && d.length >= 10) return dayDiff(gold, d) <= 2;
  const n = Math.min(gold.length, d.length);
  return gold.slice(0, n) === d.slice(0, n);
}
const near = (h, l) => h.type === l.type && jaccard(h.codes, l.codes) >= 0.5 && closeDate(h.date, l);
// How well a line fits a happening: exact date first, then the codes' overlap, then shared documents.
const fit = (h, l) => (exactDate(h, l) ? 2 : 0) + jaccard(h.codes, l.codes) + (l.docs.size && [...h.docs].some((d) => l.docs.has(d)) ? 0.5 : 0);

const hs = [...happenings.values()];
const nearOf = new Map(hs.map((h) => [h, lines.filter((l) => near(h, l))]));
const bestFit = new Map();
for (const [h, ls] of nearOf) for (const l of ls) bestFit.set(l, Math.max(bestFit.get(l) ?? -1, fit(h, l)));
let placed = 0;
let oneLine = 0;
let ownOne = 0;
const rows = [];
for (const h of hs) {
  const ls = nearOf.get(h);
  if (!ls.length) continue;
  placed++;
  const own = ls.filter((l) => fit(h, l) >= bestFit.get(l));
  if (ls.length === 1) oneLine++;
  if (own.length <= 1) ownOne++;
  rows.push({ h, all: ls.length, own: own.length, ids: own.map((l) => String(l.id).slice(0, 12)) });
}
const f = (x) => (placed ? x / placed : 0).toFixed(3);
console.log(`happenings ${hs.length}  placed ${placed}  one line ${f(oneLine)} (as the story scorer counts)  one own line ${f(ownOne)} (${placed - ownOne} split by the timeline itself)`);
if (args.includes("--list"))
  for (const r of rows.filter((r) => r.all > 1).sort((a, b) => a.h.date.localeCompare(b.h.date)))
    console.log(`${r.own > 1 ? "SPLIT" : "near "}  lines ${r.all} own ${r.own}  ${r.h.reported ? "~" : ""}${r.h.date}  ${r.h.type} ${[...r.h.codes].join("+")}  [${[...r.h.docs].join(",")}]  ${r.ids.join(" ")}`);
