// Validator for data/actors/*.json (the actor dictionary, docs/ACTORS.md) and data/actors/titles.json.
// Called by scripts/validate-data.mjs once per file: validate(json, relPath) -> string[] (failures).
// Cross-file checks (unique ids, `of`/`parent` references, alias collisions) read the sibling files
// once per process; each problem is reported with the file it concerns. Alias collisions between
// entries are printed as warnings; within one file they fail unless the alias is listed in the
// entry's "ambiguous" array.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

export const TYPES = new Set(["person", "gpe", "place", "org", "media"]);
export const ROLES = new Set([
  "head_of_state", "head_of_government", "vice_president", "foreign_minister", "deputy_foreign_minister",
  "defence_minister", "fm_spokesperson", "presidential_spokesperson", "national_security_adviser",
  "security_council_secretary", "chief_of_staff", "special_envoy", "secretary_general",
  "deputy_secretary_general", "un_spokesperson", "intelligence_chief", "chief_of_general_staff",
  "finance_minister", "trade_representative", "ambassador",
]);
const CODE = /^[A-Z][A-Z0-9]{1,9}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

const key = (s) => s.normalize("NFC").toLowerCase().replace(/[\s\-‐–—]+/g, " ").trim();

let all = null; // { byFile: Map<file, entries>, ids: Map<id, file[]>, codes: Set, aliasOwners: Map<key, [{file,id}]> }
function loadAll(dir) {
  if (all && all.dir === dir) return all;
  const byFile = new Map();
  for (const f of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(".json") && n !== "titles.json" && n !== "institutions.json").sort() : []) {
    try {
      const j = JSON.parse(readFileSync(join(dir, f), "utf8"));
      byFile.set(f, Array.isArray(j.entries) ? j.entries.filter((e) => e && typeof e === "object") : []);
    } catch {
      byFile.set(f, []);
    }
  }
  const ids = new Map();
  const codes = new Set();
  const aliasOwners = new Map();
  for (const [f, entries] of byFile) {
    for (const e of entries) {
      if (typeof e.id !== "string") continue;
      ids.set(e.id, [...(ids.get(e.id) ?? []), f]);
      if (typeof e.code === "string") codes.add(e.code);
      const forms = new Set([e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter((a) => typeof a === "string").map(key));
      for (const k of forms) aliasOwners.set(k, [...(aliasOwners.get(k) ?? []), { file: f, id: e.id, ambiguous: (e.ambiguous ?? []).map(key).includes(k) }]);
    }
  }
  all = { dir, byFile, ids, codes, aliasOwners };
  return all;
}

function validDate(s) {
  if (!DATE.test(s)) return false;
  const d = new Date(s + "T00:00:00Z");
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function validateTitles(json) {
  const out = [];
  if (!Array.isArray(json.titles)) return ["titles.json needs a \"titles\" array"];
  const seen = new Set();
  json.titles.forEach((t, i) => {
    const where = `titles[${i}] ${JSON.stringify(t?.title)}`;
    if (!t || typeof t.title !== "string" || !t.title.trim()) return out.push(`${where}: missing title`);
    const k = key(t.title);
    if (seen.has(k)) out.push(`${where}: duplicate title`);
    seen.add(k);
    if (!("role" in t)) out.push(`${where}: needs "role" (a role key or null)`);
    else if (t.role !== null && !ROLES.has(t.role)) out.push(`${where}: unknown role "${t.role}"`);
    if (t.of != null && !CODE.test(t.of)) out.push(`${where}: bad "of" code "${t.of}"`);
    if (t.org != null && (typeof t.org !== "string" || !t.org.includes("{state}"))) out.push(`${where}: "org" must be a phrase with {state}`);
  });
  for (const [k, v] of Object.entries(json.leader_of ?? {})) if (!ROLES.has(v)) out.push(`leader_of.${k}: unknown role "${v}"`);
  // per-state overrides of a title's role: a known title, a state code, a role of the vocabulary, and why
  if (json.state_roles !== undefined && !Array.isArray(json.state_roles)) out.push("state_roles: must be an array");
  (Array.isArray(json.state_roles) ? json.state_roles : []).forEach((r, i) => {
    const where = `state_roles[${i}] ${JSON.stringify(r?.title)}`;
    if (!r || typeof r.title !== "string" || !seen.has(key(r.title))) out.push(`${where}: "title" must be one of the titles`);
    if (!r || !CODE.test(r.of ?? "")) out.push(`${where}: bad "of" code "${r?.of}"`);
    if (!r || !ROLES.has(r.role)) out.push(`${where}: unknown role "${r?.role}"`);
    if (!r || (!r.source && !r.note)) out.push(`${where}: needs a "source" or "note" (why this state's title means another role)`);
  });
  for (const [k, v] of Object.entries(json.short_states ?? {})) if (!CODE.test(v ?? "")) out.push(`short_states.${k}: bad state code "${v}"`);
  for (const f of ["honorifics", "leaders", "counterparts", "former", "plural", "possessive", "org_heads", "name_particles", "not_names", "common_words", "demonym", "bare_bodies", "list_intros", "name_finals", "group_nouns", "group_nouns_sides"]) {
    if (json[f] !== undefined && (!Array.isArray(json[f]) || json[f].some((x) => typeof x !== "string"))) out.push(`${f}: must be an array of strings`);
  }
  // the group nouns whose state may be a side are group nouns themselves
  const groupNouns = new Set(Array.isArray(json.group_nouns) ? json.group_nouns : []);
  for (const w of Array.isArray(json.group_nouns_sides) ? json.group_nouns_sides : []) if (!groupNouns.has(w)) out.push(`group_nouns_sides: ${JSON.stringify(w)} is not one of group_nouns`);
  // word lists of the name-shape pass (src/actors/shapes.ts): { note, <lists of strings> }, each word once
  const groups = { name_nouns: ["place", "media", "org"], type_finals: ["place", "media", "org", "none"], noun_blockers: ["words"], thing_nouns: ["words"], sentence_openers: ["words"], title_qualifiers: ["words"], place_preps: ["words"], post_preps: ["words"], media_verbs: ["words"] };
  for (const [g, lists] of Object.entries(groups)) {
    const v = json[g];
    if (v === undefined) continue;
    if (!v || typeof v !== "object" || Array.isArray(v)) {
      out.push(`${g}: must be an object with a "note" and lists ${lists.join(", ")}`);
      continue;
    }
    if (typeof v.note !== "string" || !v.note.trim()) out.push(`${g}: needs a "note" saying what the lists are for`);
    for (const k of Object.keys(v)) if (k !== "note" && !lists.includes(k)) out.push(`${g}.${k}: unknown list (expected ${lists.join(", ")})`);
    const seen = new Map();
    for (const l of lists) {
      if (v[l] === undefined) continue;
      if (!Array.isArray(v[l]) || v[l].some((x) => typeof x !== "string" || !x.trim())) {
        out.push(`${g}.${l}: must be an array of non-empty strings`);
        continue;
      }
      for (const w of v[l]) {
        const k = g === "type_finals" ? w.toLowerCase() : key(w);
        if (seen.has(k)) out.push(`${g}.${l}: "${w}" is listed twice (also in ${g}.${seen.get(k)})`);
        seen.set(k, l);
      }
    }
  }
  return out;
}

// data/actors/institutions.json: kinds of national bodies with their Vietnamese heads, and per state
// the English Wikipedia title of each body (composed into entries by src/actors/institutions.ts)
function validateInstitutions(json, relPath) {
  const out = [];
  if (!json || typeof json !== "object" || typeof json.kinds !== "object" || typeof json.states !== "object") return ["needs { description, source, kinds: {...}, states: {...} }"];
  if (typeof json.description !== "string" || typeof json.source !== "string") out.push("needs a top-level \"description\" and \"source\"");
  const A = loadAll(join(root, dirname(relPath)));
  const states = new Set();
  for (const es of A.byFile.values()) for (const e of es) if (e.type === "gpe" && typeof e.code === "string") states.add(e.code);
  for (const [k, v] of Object.entries(json.kinds)) {
    if (!/^[a-z_]+$/.test(k)) out.push(`kinds.${k}: kind keys are lower_case words`);
    if (!v || !Array.isArray(v.heads) || !v.heads.length || v.heads.some((h) => typeof h !== "string" || !/^\p{Lu}/u.test(h) || h !== h.trim())) out.push(`kinds.${k}: heads must be trimmed strings starting with a capital`);
  }
  const titles = new Map();
  for (const [c, bodies] of Object.entries(json.states)) {
    if (!states.has(c)) out.push(`states.${c}: no state (gpe entry) has this code`);
    if (!bodies || typeof bodies !== "object") { out.push(`states.${c}: must map kinds to titles`); continue; }
    for (const [k, t] of Object.entries(bodies)) {
      if (!json.kinds[k]) out.push(`states.${c}.${k}: unknown kind`);
      if (typeof t !== "string" || !t.trim() || t !== t.trim() || t.includes("_")) out.push(`states.${c}.${k}: title must be a Wikipedia title with spaces`);
      else {
        const id = t.replace(/ /g, "_");
        const other = A.ids.get(id);
        const e = other ? A.byFile.get(other[0]).find((x) => x.id === id) : null;
        if (e && (e.type !== "org" || e.code !== c)) out.push(`states.${c}.${k}: "${t}" is an entry of ${other[0]} with type ${e.type}, code ${e.code}`);
        const prev = titles.get(t);
        if (prev && prev !== c) out.push(`states.${c}.${k}: "${t}" also a body of ${prev}`);
        titles.set(t, c);
      }
    }
  }
  return out;
}

export function validate(json, relPath) {
  if (basename(relPath) === "titles.json") return validateTitles(json);
  if (basename(relPath) === "institutions.json") return validateInstitutions(json, relPath);
  const out = [];
  if (!json || typeof json !== "object" || !Array.isArray(json.entries)) return ["needs { description, source, entries: [...] }"];
  if (typeof json.description !== "string") out.push("missing top-level \"description\"");
  const file = basename(relPath);
  const A = loadAll(join(root, dirname(relPath)));
  const localAlias = new Map();
  json.entries.forEach((e, i) => {
    const where = `entries[${i}] ${e?.id ?? "(no id)"}`;
    if (!e || typeof e !== "object") return out.push(`entries[${i}]: not an object`);
    if (typeof e.id !== "string" || !e.id || /\s/.test(e.id)) out.push(`${where}: id must be a Wikipedia title with "_" for spaces`);
    else {
      const files = A.ids.get(e.id) ?? [];
      if (files.length > 1 && files.indexOf(file) !== files.lastIndexOf(file)) out.push(`${where}: duplicate id in this file`);
      else if (files.length > 1 && files[0] !== file) out.push(`${where}: id also in ${files[0]}`);
    }
    if (typeof e.name !== "string" || !e.name) out.push(`${where}: missing name`);
    else if (typeof e.id === "string" && e.name !== e.id.replace(/_/g, " ")) out.push(`${where}: name should be the id with spaces ("${e.id.replace(/_/g, " ")}")`);
    if (!TYPES.has(e.type)) out.push(`${where}: unknown type "${e.type}"`);
    if (e.code !== null && (typeof e.code !== "string" || !CODE.test(e.code))) out.push(`${where}: code must be null or upper case letters/digits (ISO alpha-3, IGO acronym, group code), got ${JSON.stringify(e.code)}`);
    if (e.type === "gpe" && typeof e.code === "string" && !/^[A-Z]{3}$/.test(e.code)) out.push(`${where}: a state's code is ISO 3166-1 alpha-3`);
    if (e.aliases !== undefined && (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== "string" || !a.trim() || a !== a.trim()))) out.push(`${where}: aliases must be trimmed non-empty strings`);
    for (const f of ["gov"]) if (e[f] != null && !(typeof e[f] === "string" && CODE.test(e[f]))) out.push(`${where}: bad ${f} code ${JSON.stringify(e[f])}`);
    if (e.gov != null && !A.codes.has(e.gov)) out.push(`${where}: gov "${e.gov}" is no entry's code`);
    if (e.parent != null && !A.ids.has(e.parent)) out.push(`${where}: parent "${e.parent}" is no entry's id`);
    if (e.seat_of !== undefined && (!Array.isArray(e.seat_of) || e.seat_of.some((c) => typeof c !== "string" || !A.codes.has(c)))) out.push(`${where}: seat_of must list codes of entries`);
    if (e.codes !== undefined) {
      if (!Array.isArray(e.codes)) out.push(`${where}: codes must be an array of { code, start, end }`);
      else
        e.codes.forEach((c, k) => {
          const w = `${where} codes[${k}]`;
          if (!c || typeof c.code !== "string" || !CODE.test(c.code) || !A.codes.has(c.code)) out.push(`${w}: code must be an entry's code, got ${JSON.stringify(c?.code)}`);
          if (typeof c?.start !== "string" || !validDate(c.start)) out.push(`${w}: start must be YYYY-MM-DD, got ${JSON.stringify(c?.start)}`);
          if (c?.end != null && (typeof c.end !== "string" || !validDate(c.end))) out.push(`${w}: end must be YYYY-MM-DD or null, got ${JSON.stringify(c.end)}`);
          if (typeof c?.start === "string" && typeof c?.end === "string" && c.start > c.end) out.push(`${w}: start ${c.start} after end ${c.end}`);
        });
    }
    if (e.leader_role != null && !ROLES.has(e.leader_role)) out.push(`${where}: unknown leader_role "${e.leader_role}"`);
    if (e.adjective !== undefined && (!Array.isArray(e.adjective) || e.adjective.some((a) => typeof a !== "string" || !a.trim()))) out.push(`${where}: adjective must be an array of strings`);
    if (e.born !== undefined && (e.type !== "person" || typeof e.born !== "string" || !validDate(e.born))) out.push(`${where}: born must be YYYY-MM-DD on a person, got ${JSON.stringify(e.born)}`);
    if (typeof e.born === "string" && Array.isArray(e.roles) && e.roles.some((r) => typeof r?.start === "string" && r.start < e.born)) out.push(`${where}: a role starts before the day of birth ${e.born}`);
    if (e.roles !== undefined) {
      if (!Array.isArray(e.roles)) out.push(`${where}: roles must be an array`);
      else
        e.roles.forEach((r, k) => {
          const w = `${where} roles[${k}]`;
          if (!r || !ROLES.has(r.role)) out.push(`${w}: unknown role "${r?.role}" (see the vocabulary in docs/ACTORS.md)`);
          if (r?.of != null && !A.codes.has(r.of)) out.push(`${w}: of "${r.of}" is no entry's code`);
          if (typeof r?.start !== "string" || !validDate(r.start)) out.push(`${w}: start must be YYYY-MM-DD, got ${JSON.stringify(r?.start)}`);
          if (r?.end != null && (typeof r.end !== "string" || !validDate(r.end))) out.push(`${w}: end must be YYYY-MM-DD or null, got ${JSON.stringify(r.end)}`);
          if (typeof r?.start === "string" && typeof r?.end === "string" && r.start > r.end) out.push(`${w}: start ${r.start} after end ${r.end}`);
        });
    }
    // alias collisions
    const forms = new Set([e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter((a) => typeof a === "string").map(key));
    const amb = new Set((e.ambiguous ?? []).map(key));
    for (const k of forms) {
      const owners = (A.aliasOwners.get(k) ?? []).filter((o) => o.id !== e.id);
      const prev = localAlias.get(k);
      if (prev && prev !== e.id && !amb.has(k)) out.push(`${where}: alias "${k}" also belongs to ${prev} in this file (list it in "ambiguous" on both if intended)`);
      localAlias.set(k, e.id);
      for (const o of owners) {
        // print each cross-entry collision once, from the entry that sorts later
        if (o.file === file && o.id > e.id) continue;
        if (o.file !== file && o.file > file) continue;
        if (o.file !== file || amb.has(k)) console.warn(`warning: ${relPath}: ${e.id}: alias "${k}" shared with ${o.id} (${o.file})`);
      }
    }
  });
  return out;
}
