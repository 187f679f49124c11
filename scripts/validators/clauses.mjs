// Validates data/clauses/*.json (the clause layer's function words): connectives with a known
// clause kind, markers with a known class and a label, prepositions with a role, word lists of
// non-empty strings without repeats.
const KINDS = new Set(["main", "coordinate", "reported", "purpose", "condition", "temporal", "cause", "concession", "relative", "complement", "adjunct", "then"]);
const CLASSES = new Set(["aspect", "modality", "negation", "passive", "adverb"]);
const norm = (x) => String(x).normalize("NFC").toLowerCase().trim().replace(/\s+/gu, " ");
const strList = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.trim() === x && x.length > 0);

function noRepeats(list, at, p) {
  const seen = new Set();
  for (const x of list) {
    const k = norm(typeof x === "string" ? x : x.cue);
    if (seen.has(k)) p.push(`${at}: ${k} listed twice`);
    seen.add(k);
  }
}

export function validate(json, rel) {
  const p = [];
  if (typeof json.note !== "string" || !json.note.trim()) p.push("missing note");
  if (rel.endsWith("connectives.json")) {
    if (!Array.isArray(json.connectives)) return [...p, "no 'connectives' list"];
    for (const c of json.connectives) {
      if (typeof c.cue !== "string" || !c.cue.trim()) p.push("connective without cue");
      if (!KINDS.has(c.kind)) p.push(`${c.cue}: unknown clause kind ${c.kind}`);
      if (c.elsewhere !== undefined && !KINDS.has(c.elsewhere)) p.push(`${c.cue}: unknown clause kind ${c.elsewhere} (elsewhere)`);
      for (const k of ["initial", "verbal"]) if (c[k] !== undefined && typeof c[k] !== "boolean") p.push(`${c.cue}: ${k} must be true or false`);
    }
    noRepeats(json.connectives, "connectives", p);
    if (!strList(json.complementisers?.cues)) p.push("complementisers.cues: must be a non-empty list of strings");
  } else if (rel.endsWith("markers.json")) {
    if (!Array.isArray(json.markers)) return [...p, "no 'markers' list"];
    for (const m of json.markers) {
      if (typeof m.cue !== "string" || !m.cue.trim()) p.push("marker without cue");
      if (!CLASSES.has(m.class)) p.push(`${m.cue}: unknown class ${m.class}`);
      if (typeof m.label !== "string" || !/^[a-z-]+$/.test(m.label)) p.push(`${m.cue}: label must be a lower-case word`);
    }
    const labels = new Set(json.markers.map((m) => m.label));
    for (const k of ["first", "then"]) if (!strList(json.relative?.[k]) || json.relative[k].some((l) => !labels.has(l))) p.push(`relative.${k}: must list labels of markers`);
    if (json.verbal !== undefined && (!strList(json.verbal.labels) || json.verbal.labels.some((l) => !labels.has(l)))) p.push("verbal.labels: must list labels of markers");
    for (const m of json.markers)
      if (m.nounAfter !== undefined && (!strList(m.nounAfter) || m.nounAfter.some((l) => !labels.has(l)))) p.push(`${m.cue}: nounAfter must list labels of markers`);
    noRepeats(json.markers, "markers", p);
  } else if (rel.endsWith("prepositions.json")) {
    if (!Array.isArray(json.prepositions)) return [...p, "no 'prepositions' list"];
    for (const x of json.prepositions) if (typeof x.cue !== "string" || typeof x.role !== "string" || !/^[a-z-]+$/.test(x.role)) p.push(`${JSON.stringify(x)}: needs a cue and a lower-case role`);
    noRepeats(json.prepositions, "prepositions", p);
  } else {
    for (const [k, v] of Object.entries(json)) {
      if (k === "note" || k.endsWith("Note")) continue;
      if (!strList(v)) p.push(`${k}: must be a non-empty list of strings`);
      else noRepeats(v, k, p);
    }
  }
  return p;
}
