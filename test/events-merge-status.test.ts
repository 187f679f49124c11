/**
 * The status of a happening several statements name (src/events/merge.ts): a statement under a
 * condition ("với điều kiện nào thì hội nghị …", "nếu …") does not make a happening that another
 * statement states plainly hypothetical, in either order; cancelled and denied still hold for all.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventStatus } from "../src/envelope/types.js";
import type { Candidate } from "../src/events/extract.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { mergeCandidates } from "../src/events/merge.js";

const lex = buildLexicon();

function cand(status: EventStatus, sentence: number): Candidate {
  return {
    type: "CONSULT",
    mode: null,
    actor: ["NATO", "Ukraine"],
    recipient: [],
    third_party: [],
    location: null,
    date: null,
    status,
    attribution: [],
    start: sentence * 100,
    end: sentence * 100 + 50,
    locationCode: null,
    locationIsState: false,
    explicitStatus: true,
    sentence,
    trigger: { start: sentence * 100, end: sentence * 100 + 5 },
    codes: new Set(["NATO", "UKR"]),
    actorCodes: new Set(["NATO", "UKR"]),
    cue: "hội nghị",
    inPerson: true,
    people: [],
  } as Candidate;
}

const CASES: Array<{ name: string; statuses: EventStatus[]; want: EventStatus[] }> = [
  { name: "planned, then a conditional mention", statuses: ["planned", "hypothetical"], want: ["planned"] },
  { name: "a conditional mention, then planned", statuses: ["hypothetical", "planned"], want: ["planned"] },
  { name: "proposed, conditional, planned", statuses: ["proposed", "hypothetical", "planned"], want: ["proposed"] },
  { name: "conditional alone", statuses: ["hypothetical"], want: ["hypothetical"] },
  { name: "planned, then cancelled", statuses: ["planned", "cancelled"], want: ["cancelled"] },
];

for (const c of CASES) {
  test(`merge status: ${c.name}`, () => {
    const out = mergeCandidates(c.statuses.map((s, i) => cand(s, i)), lex, "2025-06-01");
    assert.deepEqual(out.map((o) => o.status), c.want);
  });
}
