// Validates data/events/*.json: trigger entries (cue, PLOVER type, frame, a mode of that type,
// boolean flags, known fields, block lists without repeats), the cue lexicons (non-empty string
// lists with a note), the frames (slots per role) and the statuses (statuses from the contract).
const TYPES = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
const FRAMES = new Set(["joint", "agree", "directed", "visit", "host", "stance", "mediate"]);
const MODES = new Set(["visit", "third-party", "multilateral", "phone", "economic", "military", "humanitarian", "asylum", "withdraw", "release", "return", "disarm", "ceasefire", "access", "resign", "assist", "change", "yield", "meet", "restrict", "ban", "arrest", "relations", "expel", "territory", "violence", "demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"]);
// PLOVER modes allowed for each type (spec/PLOVER.md); a type not listed takes no mode
const TYPE_MODES = {
  CONSULT: ["visit", "third-party", "multilateral", "phone"],
  AID: ["economic", "military", "humanitarian", "asylum"],
  RETREAT: ["withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"],
  REQUEST: ["assist", "change", "yield", "meet"],
  REJECT: ["assist", "change", "yield", "meet"],
  THREATEN: ["restrict", "ban", "arrest", "relations", "expel", "territory", "violence"],
  PROTEST: ["demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"],
};
const FLAGS = ["noun", "weak", "strictNext", "strictAgreement", "onlyConsuming", "needDate", "denial", "inPerson", "needSubject", "pairwise", "verbOnly", "proposal", "invitation", "imposedOnly", "byPeople", "toPlace", "toTalks"];
const KNOWN = new Set(["cue", "type", "mode", "frame", "note", "source", "block", "blockAfter", ...FLAGS]);
const norm = (x) => String(x).normalize("NFC").toLowerCase().trim().replace(/\s+/gu, " ");
const STATUSES = new Set(["occurred", "ongoing", "planned", "proposed", "cancelled", "denied", "hypothetical"]);
// the slots a frame may read (src/events/frames.ts) and the roles of data/clauses/prepositions.json
const SLOTS = new Set(["subject", "people", "object", "complement", "host", "with", "between", "at", "to", "from", "for", "about", "target", "toward", "behalf", "of", "agent", "according", "in", "after", "before", "via", "since", "attended", "mediator", "chair", "witness", "despite", "including", "as", "into"]);

const strList = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.trim() === x && x.length > 0);
const statusCues = (l, at, p) => {
  if (!Array.isArray(l)) return p.push(`${at}: must be a list`);
  for (const c of l) {
    if (typeof c.cue !== "string" || !c.cue) p.push(`${at}: cue without text`);
    if (!STATUSES.has(c.status)) p.push(`${at}: ${c.cue}: unknown status ${c.status}`);
  }
};

export function validate(json, rel) {
  const p = [];
  if (rel.endsWith("triggers.json")) {
    if (!Array.isArray(json.triggers)) return ["no 'triggers' list"];
    const seen = new Set();
    json.triggers.forEach((t, i) => {
      const at = `triggers[${i}] (${t.cue})`;
      if (typeof t.cue !== "string" || !t.cue.trim()) p.push(`${at}: missing cue`);
      const key = String(t.cue).normalize("NFC").toLowerCase();
      if (seen.has(key)) p.push(`${at}: duplicate cue`);
      seen.add(key);
      if (!TYPES.has(t.type)) p.push(`${at}: unknown PLOVER type ${t.type}`);
      if (!FRAMES.has(t.frame)) p.push(`${at}: unknown frame ${t.frame}`);
      if (t.mode != null && !MODES.has(t.mode)) p.push(`${at}: unknown mode ${t.mode}`);
      for (const k of ["block", "blockAfter"]) if (t[k] !== undefined && !strList(t[k])) p.push(`${at}: ${k} must be a list of strings`);
      if (t.mode != null && TYPES.has(t.type) && !(TYPE_MODES[t.type] ?? []).includes(t.mode)) p.push(`${at}: mode ${t.mode} is no PLOVER mode of ${t.type}`);
      for (const k of Object.keys(t)) if (!KNOWN.has(k)) p.push(`${at}: unknown field ${k}`);
      for (const k of FLAGS) if (t[k] !== undefined && typeof t[k] !== "boolean") p.push(`${at}: ${k} must be true or false`);
      if (t.note !== undefined && (typeof t.note !== "string" || !t.note.trim())) p.push(`${at}: note must be a non-empty string`);
      // a stance consumes the act after it; other frames never do, so onlyConsuming would drop them always
      if (t.onlyConsuming && t.frame !== "stance") p.push(`${at}: onlyConsuming needs frame stance`);
      for (const k of ["block", "blockAfter"]) {
        const l = Array.isArray(t[k]) ? t[k].map(norm) : [];
        if (new Set(l).size !== l.length) p.push(`${at}: ${k} lists a cue twice`);
      }
    });
  } else if (rel.endsWith("cues.json")) {
    if (typeof json.note !== "string") p.push("missing note");
    for (const [k, v] of Object.entries(json)) {
      if (k === "note") continue;
      if (typeof v !== "object" || v === null) {
        p.push(`${k}: must be an object`);
        continue;
      }
      if (typeof v.note !== "string") p.push(`${k}: missing note`);
      for (const [kk, vv] of Object.entries(v)) {
        if (kk === "note" || kk.endsWith("Note")) continue;
        // (a list per event type: { "ASSAULT": [...], … })
        const lists = vv !== null && typeof vv === "object" && !Array.isArray(vv) ? Object.entries(vv) : [["", vv]];
        for (const [t, l] of lists) if (!strList(l)) p.push(`${k}.${kk}${t ? "." + t : ""}: must be a non-empty list of strings`);
      }
    }
  } else if (rel.endsWith("frames.json")) {
    if (typeof json.note !== "string") p.push("missing note");
    for (const f of FRAMES) if (!json.frames?.[f]) p.push(`frames: no frame ${f}`);
    for (const [name, f] of Object.entries(json.frames ?? {})) {
      if (!FRAMES.has(name)) p.push(`frames.${name}: unknown frame`);
      for (const role of ["actor", "recipient", "third"]) {
        if (!Array.isArray(f[role])) p.push(`frames.${name}.${role}: must be a list`);
        else for (const s of f[role]) if (!SLOTS.has(s)) p.push(`frames.${name}.${role}: unknown slot ${s}`);
      }
      if (f.gather !== "all" && f.gather !== "first") p.push(`frames.${name}.gather: must be all or first`);
      if (f.peopleRecipient !== undefined && typeof f.peopleRecipient !== "boolean") p.push(`frames.${name}.peopleRecipient: must be true or false`);
    }
    for (const r of json.consumption?.rules ?? []) if (!TYPES.has(r.stance) || !TYPES.has(r.type) || !Array.isArray(r.acts) || r.acts.some((a) => !TYPES.has(a))) p.push(`consumption: ${JSON.stringify(r)}: PLOVER types`);
    const ev = json.evaluated;
    if (!ev || !strList(ev.stances) || !strList(ev.acts) || [...ev.stances, ...ev.acts].some((x) => !TYPES.has(x))) p.push("evaluated: stances and acts must be lists of PLOVER types");
    const po = json.praisedOwn;
    if (!po || !strList(po.stances) || !strList(po.acts) || [...po.stances, ...po.acts].some((x) => !TYPES.has(x))) p.push("praisedOwn: stances and acts must be lists of PLOVER types");
    if (!json.agreedActs || !strList(json.agreedActs.types) || json.agreedActs.types.some((x) => !TYPES.has(x))) p.push("agreedActs: types must be a list of PLOVER types");
    for (const r of json.consumption?.rules ?? []) if (r.oneSide !== undefined && typeof r.oneSide !== "boolean") p.push(`consumption: ${JSON.stringify(r)}: oneSide must be true or false`);
    for (const r of json.consumption?.rules ?? []) if (r.mutualModes !== undefined && !strList(r.mutualModes)) p.push(`consumption: ${JSON.stringify(r)}: mutualModes must be a list of modes`);
    for (const k of ["numbers", "units", "connectives"]) for (const [w, n] of Object.entries(json.offsets?.[k] ?? {})) if (typeof n !== "number" || !Number.isInteger(n) || n === 0) p.push(`offsets.${k}.${w}: must be a whole number other than 0`);
    for (const k of ["venue", "ownSides", "dateRoles", "attached"]) {
      if (typeof json[k] !== "object" || json[k] === null) p.push(`${k}: missing`);
      else for (const [kk, vv] of Object.entries(json[k])) if (kk !== "note" && !kk.endsWith("Note") && !(k === "dateRoles" && (kk === "lead" || kk === "leadNote" || kk === "clauses" || kk === "clausesNote" || kk === "sameTime" || kk === "then" || kk === "deadlines" || kk === "spoken" || kk === "coincide")) && !(k === "venue" && (kk === "placeIsRecipient" || kk === "withdrawalTypes"))) for (const s of Array.isArray(vv) ? vv : [vv]) if (!SLOTS.has(s)) p.push(`${k}.${kk}: unknown role ${s}`);
    }
    // a PLOVER type, or "TYPE/mode" for one of its modes ("RETREAT/withdraw")
    const typeOrMode = (x) => TYPES.has(x) || (TYPES.has(x.split("/")[0]) && (TYPE_MODES[x.split("/")[0]] ?? []).includes(x.split("/")[1]));
    if (!strList(json.venue?.placeIsRecipient) || json.venue.placeIsRecipient.some((x) => !typeOrMode(x))) p.push("venue.placeIsRecipient: must be a list of PLOVER types (or TYPE/mode)");
    if (!strList(json.dateRoles?.lead) || typeof json.dateRoles?.leadNote !== "string") p.push("dateRoles.lead: must be a non-empty list of strings, with a leadNote");
    const st = json.dateRoles?.sameTime;
    if (st !== undefined && (typeof st.note !== "string" || !strList(st.joiners) || !Array.isArray(st.otherTime) || !st.otherTime.every((x) => typeof x === "string"))) p.push("dateRoles.sameTime: a note, joiners and otherTime (marker labels)");
    if (json.dateRoles?.coincide !== undefined && (!strList(json.dateRoles.coincide) || typeof json.dateRoles.coincideNote !== "string")) p.push("dateRoles.coincide: must be a non-empty list of connectives, with a coincideNote");
    const sp = json.dateRoles?.spoken;
    if (sp !== undefined && (typeof sp.note !== "string" || !strList(sp.before) || (sp.frames !== undefined && (!strList(sp.frames) || typeof sp.framesNote !== "string")))) p.push("dateRoles.spoken: a note, before (marker labels) and maybe frames with a framesNote");
    if (json.dateRoles?.clauses !== undefined && (!strList(json.dateRoles.clauses) || typeof json.dateRoles.clausesNote !== "string")) p.push("dateRoles.clauses: must be a non-empty list of connectives, with a clausesNote");
  } else if (rel.endsWith("status.json")) {
    if (typeof json.note !== "string") p.push("missing note");
    if (!Array.isArray(json.rank) || new Set(json.rank).size !== json.rank.length || json.rank.some((s) => !STATUSES.has(s))) p.push("rank: must list statuses, each once");
    for (const k of ["labels", "clauses", "roles"]) for (const [kk, s] of Object.entries(json[k] ?? {})) if (!STATUSES.has(s)) p.push(`${k}.${kk}: unknown status ${s}`);
    for (const k of ["governing", "after", "relative", "nouns"]) statusCues(json[k], k, p);
    for (const k of ["statements", "requests", "wishes", "demands", "each", "negationLifting"]) if (!strList(json[k])) p.push(`${k}: must be a non-empty list of strings`);
    for (const c of json.combined ?? []) if (!strList(c.labels) || !STATUSES.has(c.status) || (c.child !== undefined && typeof c.child !== "string")) p.push(`combined: ${JSON.stringify(c)}: labels, a status and maybe a clause kind`);
  }
  return p;
}
