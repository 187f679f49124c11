// Validates data/events/*.json: trigger entries (cue, PLOVER type, frame, a mode of that type,
// boolean flags, known fields, block lists without repeats) and
// the cue lexicons (non-empty string lists, statuses from the contract).
const TYPES = new Set(["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]);
const FRAMES = new Set(["joint", "directed", "host", "stance", "mediate"]);
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
const FLAGS = ["noun", "weak", "strictNext", "strictAgreement", "onlyConsuming", "needDate", "denial", "inPerson"];
const KNOWN = new Set(["cue", "type", "mode", "frame", "note", "source", "block", "blockAfter", ...FLAGS]);
const norm = (x) => String(x).normalize("NFC").toLowerCase().trim().replace(/\s+/gu, " ");
const STATUSES = new Set(["occurred", "ongoing", "planned", "proposed", "cancelled", "denied", "hypothetical"]);

const strList = (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.trim() === x && x.length > 0);

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
    const st = json.status;
    if (!st || !Array.isArray(st.before) || !Array.isArray(st.after) || !Array.isArray(st.rank)) p.push("status: needs before, after, rank");
    else {
      for (const s of st.rank) if (!STATUSES.has(s)) p.push(`status.rank: unknown status ${s}`);
      for (const c of [...st.before, ...st.after]) {
        if (typeof c.cue !== "string" || !c.cue) p.push("status: cue without text");
        if (!STATUSES.has(c.status)) p.push(`status: ${c.cue}: unknown status ${c.status}`);
      }
    }
    for (const [k, v] of Object.entries(json)) {
      if (k === "note" || k === "status") continue;
      if (typeof v !== "object" || v === null) { p.push(`${k}: must be an object`); continue; }
      if (typeof v.note !== "string") p.push(`${k}: missing note`);
      for (const [kk, vv] of Object.entries(v)) if (kk !== "note" && !strList(vv)) p.push(`${k}.${kk}: must be a non-empty list of strings`);
    }
  }
  return p;
}
