import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// Validator for data/time/*.json (called by scripts/validate-data.mjs).
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isLowerNfc(s) {
  return typeof s === "string" && s.length > 0 && s === s.normalize("NFC") && s === s.toLowerCase();
}

function checkEntries(obj, name, fields, problems) {
  if (!obj || !Array.isArray(obj.entries)) {
    problems.push(`${name}: missing entries[]`);
    return;
  }
  const seen = new Set();
  obj.entries.forEach((e, i) => {
    for (const [f, type] of Object.entries(fields)) {
      if (typeof e[f] !== type) problems.push(`${name}[${i}]: field ${f} must be ${type}`);
    }
    const key = e.word ?? e.phrase;
    if (key !== undefined) {
      if (!isLowerNfc(key)) problems.push(`${name}[${i}]: '${key}' must be lower-case NFC`);
      if (seen.has(key)) problems.push(`${name}[${i}]: duplicate '${key}'`);
      seen.add(key);
    }
  });
}

export function validate(json, relPath) {
  const problems = [];
  const file = relPath.split(/[\\/]/).pop();
  if (file === "words.json") {
    checkEntries(json.months, "months", { word: "string", month: "number" }, problems);
    checkEntries(json.weekdays, "weekdays", { word: "string", iso: "number" }, problems);
    checkEntries(json.dayparts, "dayparts", { word: "string", shift: "string", hour: "number" }, problems);
    for (const e of json.dayparts?.entries ?? []) if (!(e.hour >= 0 && e.hour <= 23)) problems.push(`dayparts '${e.word}': hour must be 0–23`);
    checkEntries(json.seasons, "seasons", { word: "string", code: "string" }, problems);
    checkEntries(json.relative, "relative", { phrase: "string", unit: "string", offset: "number" }, problems);
    checkEntries(json.durationUnits, "durationUnits", { word: "string", designator: "string", time: "boolean" }, problems);
    for (const e of json.months?.entries ?? []) if (e.month < 1 || e.month > 12) problems.push(`months: bad month ${e.month}`);
    for (const e of json.weekdays?.entries ?? []) if (e.iso < 1 || e.iso > 7) problems.push(`weekdays: bad iso ${e.iso}`);
    for (const e of json.seasons?.entries ?? []) if (!["SP", "SU", "FA", "WI"].includes(e.code)) problems.push(`seasons: bad code ${e.code}`);
    for (const e of json.relative?.entries ?? []) if (!["D", "W", "WE", "M", "Q", "Y", "C"].includes(e.unit)) problems.push(`relative: bad unit ${e.unit}`);
    if (json.ages !== undefined && (!Array.isArray(json.ages.unit) || !json.ages.unit.length || !json.ages.unit.every(isLowerNfc) || !Array.isArray(json.ages.between) || !json.ages.between.every(isLowerNfc))) problems.push("ages: unit[] and between[] of lower-case NFC words required");
    if (json.ordinals !== undefined && (!isLowerNfc(json.ordinals.word) || !Object.entries(json.ordinals.units ?? {}).every(([w, d]) => isLowerNfc(w) && (d === "Y" || d === "D")))) problems.push("ordinals: word and units { word: Y|D } required");
    if (json.idioms !== undefined && (!Array.isArray(json.idioms.phrases) || !json.idioms.phrases.every(isLowerNfc) || !Array.isArray(json.idioms.before) || !json.idioms.before.every(isLowerNfc))) problems.push("idioms: phrases[] and before[] of lower-case NFC words required");
    if (!json.numbers || typeof json.numbers.units !== "object") problems.push("numbers: missing units");
    if (!json.cues || !Array.isArray(json.cues.past) || !Array.isArray(json.cues.future)) problems.push("cues: past[] and future[] required");
  } else if (file === "holidays.json") {
    const ids = new Set();
    (json.entries ?? []).forEach((e, i) => {
      if (typeof e.id !== "string" || ids.has(e.id)) problems.push(`entries[${i}]: missing or duplicate id`);
      ids.add(e.id);
      if (!Array.isArray(e.names) || !e.names.every(isLowerNfc)) problems.push(`${e.id}: names must be lower-case NFC strings`);
      if (!!e.solar === !!e.lunar) problems.push(`${e.id}: exactly one of solar/lunar`);
      if (e.solar && !MMDD.test(e.solar)) problems.push(`${e.id}: solar must be MM-DD`);
      if (e.lunar && !MMDD.test(e.lunar)) problems.push(`${e.id}: lunar must be MM-DD`);
      if (!e.source && !e.note) problems.push(`${e.id}: needs a source or note`);
    });
  } else if (file === "anchors.json") {
    for (const e of json.events ?? []) {
      if (!Array.isArray(e.all) || !e.all.every(isLowerNfc)) problems.push(`${e.id}: 'all' must be lower-case words`);
      if (!Array.isArray(e.dates) || !e.dates.every((d) => ISO_DAY.test(d))) problems.push(`${e.id}: dates must be YYYY-MM-DD`);
      if (!e.source) problems.push(`${e.id}: needs a source`);
    }
    for (const e of json.starts ?? []) {
      if (!Array.isArray(e.all) || !e.all.every(isLowerNfc)) problems.push(`${e.id}: 'all' must be lower-case words`);
      if (e.any !== undefined && (!Array.isArray(e.any) || !e.any.every(isLowerNfc))) problems.push(`${e.id}: 'any' must be lower-case words`);
      if (!e.all.length && !e.any?.length) problems.push(`${e.id}: needs words in 'all' or 'any'`);
      if (!ISO_DAY.test(e.start ?? "")) problems.push(`${e.id}: start must be YYYY-MM-DD`);
      if (!e.source) problems.push(`${e.id}: needs a source`);
    }
    for (const e of json.editions ?? []) {
      for (const k of ["before", "all", "any", "not"]) {
        if (e[k] !== undefined && (!Array.isArray(e[k]) || !e[k].every(isLowerNfc))) problems.push(`${e.id}: '${k}' must be lower-case words`);
      }
      if (!e.before?.length) problems.push(`${e.id}: needs the words before the number ('before')`);
      if (!Array.isArray(e.window) || e.window.length !== 2 || !e.window.every((n) => Number.isInteger(n) && n >= 0)) problems.push(`${e.id}: window must be [days before, days after]`);
      for (const [n, d] of Object.entries(e.editions ?? {})) if (!/^\d+$/.test(n) || !ISO_DAY.test(d)) problems.push(`${e.id}: bad edition ${n}: ${d}`);
      if (!e.source) problems.push(`${e.id}: needs a source`);
    }
    if (json.knownUntil !== undefined && !ISO_DAY.test(json.knownUntil)) problems.push("knownUntil must be YYYY-MM-DD");
    if (json.terms !== undefined) {
      const t = json.terms;
      if (!Array.isArray(t.words) || !t.words.length || !t.words.every(isLowerNfc)) problems.push("terms: words must be lower-case words");
      if (!Array.isArray(t.notBefore) || !t.notBefore.every(isLowerNfc)) problems.push("terms: notBefore must be lower-case words");
      if (!Number.isInteger(t.lead) || t.lead < 0) problems.push("terms: lead must be a number of days");
      for (const e of t.entries ?? []) {
        if (!Array.isArray(e.names) || !e.names.length || !e.names.every(isLowerNfc)) problems.push(`terms ${e.id}: names must be lower-case NFC`);
        if (!Array.isArray(e.starts) || !e.starts.length || !e.starts.every((d) => ISO_DAY.test(d))) problems.push(`terms ${e.id}: starts must be YYYY-MM-DD`);
        else if (e.starts.some((d, i) => i > 0 && d <= e.starts[i - 1])) problems.push(`terms ${e.id}: starts must be in order`);
        if (!e.source) problems.push(`terms ${e.id}: needs a source`);
      }
    }
    for (const t of json.tenures ?? []) {
      if (!Array.isArray(t.names) || !t.names.every(isLowerNfc)) problems.push(`${t.id}: names must be lower-case NFC`);
      for (const r of t.ranges ?? []) {
        if (!ISO_DAY.test(r[0]) || (r[1] !== null && !ISO_DAY.test(r[1]))) problems.push(`${t.id}: bad range ${JSON.stringify(r)}`);
      }
      if (!t.source) problems.push(`${t.id}: needs a source`);
    }
  } else if (file === "happenings.json") {
    validateHappenings(json, problems);
  } else if (file === "zones.json") {
    if (typeof json.source !== "string" || !json.source) problems.push("zones.json: missing source");
    for (const [code, off] of Object.entries(json.states ?? {})) {
      if (!/^[A-Z]{3}$/.test(code)) problems.push(`zones.json: '${code}' is not an ISO alpha-3 code`);
      if (typeof off !== "number" || off < -12 || off > 14 || Math.round(off * 4) !== off * 4) problems.push(`zones.json: ${code}: offset must be a number of quarter hours in -12..14`);
    }
    if (!Object.keys(json.states ?? {}).length) problems.push("zones.json: no states");
    checkEntries({ entries: json.markers }, "zones.json markers", { word: "string", offset: "number" }, problems);
    if (!Array.isArray(json.placeWords) || !json.placeWords.every(isLowerNfc)) problems.push("zones.json: placeWords must be lower-case NFC words");
  } else if (file === "url.json") {
    for (const p of json.patterns ?? []) {
      try {
        new RegExp(p.re);
      } catch (e) {
        problems.push(`bad regex ${p.re}: ${e.message}`);
      }
      if (!p.note) problems.push(`pattern ${p.re}: needs a note`);
    }
  }
  return problems;
}

const PLOVER = new Set(["AGREE", "ASSAULT", "AID", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE", "FIGHT", "MOBILIZE", "PROTEST", "REJECT", "RETREAT", "SANCTION", "SEIZE", "THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "YIELD"]);
let actorIds = null;
/** Every actor id of data/actors (sides and places of happenings must be among them). */
function knownActorIds() {
  if (actorIds) return actorIds;
  actorIds = new Set();
  const dir = join(dirname(fileURLToPath(import.meta.url)), "../../data/actors");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const j = JSON.parse(readFileSync(join(dir, f), "utf8"));
    for (const e of j.entries ?? []) if (typeof e.id === "string") actorIds.add(e.id);
  }
  return actorIds;
}

function validateHappenings(json, problems) {
  if (!Array.isArray(json.happenings)) {
    problems.push("missing happenings[]");
    return;
  }
  if (!Array.isArray(json.future) || !json.future.every(isLowerNfc)) problems.push("future: lower-case words required");
  const ids = knownActorIds();
  const seen = new Set();
  json.happenings.forEach((h, i) => {
    const name = `happenings[${i}] ${h.id ?? ""}`;
    if (typeof h.id !== "string" || !/^[a-z0-9-]+$/.test(h.id) || seen.has(h.id)) problems.push(`${name}: missing, malformed or duplicate id`);
    seen.add(h.id);
    if (!ISO_DAY.test(h.date ?? "")) problems.push(`${name}: date must be YYYY-MM-DD`);
    if (h.end !== undefined && (!ISO_DAY.test(h.end) || h.end < h.date)) problems.push(`${name}: end must be YYYY-MM-DD, not before date`);
    if (!Array.isArray(h.sides)) problems.push(`${name}: sides[] required`);
    else for (const s of h.sides) if (!ids.has(s)) problems.push(`${name}: side ${s} is not an actor id of data/actors`);
    if (h.place !== undefined && !ids.has(h.place)) problems.push(`${name}: place ${h.place} is not an actor id of data/actors`);
    if (!(h.sides?.length || h.place)) problems.push(`${name}: needs a side or a place (happenings are found through the actors a sentence names)`);
    if (!Array.isArray(h.words) || !h.words.length || !h.words.every(isLowerNfc)) problems.push(`${name}: words[] of lower-case NFC words required`);
    if (h.also !== undefined && (!Array.isArray(h.also) || !h.also.length || !h.also.every(isLowerNfc))) problems.push(`${name}: also must be lower-case NFC words`);
    if (h.once !== undefined && typeof h.once !== "boolean") problems.push(`${name}: once must be a boolean`);
    for (const t of h.types ?? []) if (!PLOVER.has(t)) problems.push(`${name}: ${t} is not a PLOVER type`);
    if (typeof h.source !== "string" || !/^https:\/\/en\.wikipedia\.org\/wiki\//.test(h.source)) problems.push(`${name}: source must be an English Wikipedia URL`);
  });
}
