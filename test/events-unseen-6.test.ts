/**
 * Acts read wrongly on text nobody tuned for (issue 14, session 14 "ev6"): the false positives and misses of our own set
 * test/fixtures/heldout6 (spent as a development set this session) counted by cause, and the general mechanisms behind the
 * largest classes fixed. These rows are our own sentences, not the captures'; rows marked "(new)" gave no event, or
 * another one, before. Look-alikes stay silent or keep their reading.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, gpe, org, COMMON_ACTORS, COMMON_STATES, WORLD_STATES, paragraphsCase as row, type ParagraphsCase as Row } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  Iraq: gpe("Iraq", "IRQ"),
  Syria: gpe("Syria", "SYR"),
  "Liên Hợp Quốc": org("United_Nations", "UN"),
};

/** Every row's article speaks from 10 March 2025. */
const run = (r: Row): Doc => analyseEvents({ ...envelopeFrom(ACTORS, r.text), referenceDate: { value: "2025-03-10", basis: "published" } }, lex);

const ROWS: Row[] = [
  // a proposal to act together with the speaker is an offer (GOLD.md Proposals), not a request of the other alone
  row("(new) 'A đề nghị B cùng tiến hành …': AGREE of A toward B", "Thổ Nhĩ Kỳ đề nghị Iraq cùng tiến hành một cuộc điều tra chung.", [{ type: "AGREE", parts: ["IRQ", "TUR"], actor: ["TUR"] }]),
  row("'đề xuất B cùng nhau …' (already an offer)", "Pháp đề xuất Đức cùng nhau xây dựng một quỹ quốc phòng.", [{ type: "AGREE", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  row("a proposal that the other act alone stays a request", "Thổ Nhĩ Kỳ đề nghị Iraq tiến hành một cuộc điều tra.", [{ type: "REQUEST", parts: ["IRQ", "TUR"], actor: ["TUR"] }]),
  row("a request with 'cùng' not right after the asked stays a request", "Pháp đề nghị Iran rút quân cùng lúc.", [{ type: "REQUEST", parts: ["FRA", "IRN"], actor: ["FRA"] }]),
];

for (const r of ROWS) test(`unseen mechanisms (heldout6): ${r.name}`, () => assertEvents(run(r), r.want));
