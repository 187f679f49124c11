/**
 * Trigger vocabulary from general knowledge of how the Vietnamese press writes world politics (issue 14, session 13):
 * the verbs and verb phrases each PLOVER type is written with that data/events/triggers.json lacked, chosen from
 * the ontology (../shared/spec/PLOVER.md) and common news usage, not from the corpus. Every sentence is our own;
 * each family has a positive row per cue shape and, for a word with other senses, a look-alike that is no act.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, eventCase, type EventCase, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = { ...COMMON_STATES, ...WORLD_STATES, ...COMMON_ACTORS };
const run = (text: string): Doc => analyseEvents(envelopeFrom(ACTORS, [text]), lex);
const one = eventCase;

const CASES: EventCase[] = [
  // ACCUSE: accusing, blaming, rebuking, protesting, suing
  one("'buộc tội' a side", "Nga buộc tội Ukraine phá hoại đường ống dẫn khí.", [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'quy kết' a side", "Trung Quốc quy kết Nhật Bản gây căng thẳng trong khu vực.", [{ type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  one("'đổ tội cho'", "Iran đổ tội cho Israel về vụ nổ.", [{ type: "ACCUSE", parts: ["IRN", "ISR"], actor: ["IRN"] }]),
  one("'khiển trách'", "Đức khiển trách Iran.", [{ type: "ACCUSE", parts: ["DEU", "IRN"], actor: ["DEU"] }]),
  one("'triệu đại sứ': a summoned ambassador's state", "Hàn Quốc đã triệu đại sứ Nhật Bản.", [{ type: "ACCUSE", parts: ["JPN", "KOR"], actor: ["KOR"] }]),
  one("'bày tỏ phản đối … đối với': a protest, not a refusal", "Trung Quốc bày tỏ phản đối đối với Philippines.", [{ type: "ACCUSE", parts: ["CHN", "PHL"], actor: ["CHN"] }]),
  one("'khiếu nại' a side", "Nhật Bản khiếu nại Trung Quốc về các tàu hải cảnh.", [{ type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["JPN"] }]),
  one("'sự kiện' is no lawsuit", "Sự kiện tại Pháp thu hút nhiều quan chức Đức.", []),
  one("'điều kiện' is no lawsuit", "Điều kiện của Nga là Ukraine từ bỏ lãnh thổ.", []),
  one("'nhà phê bình' is a trade", "Một nhà phê bình Pháp viết về văn học Nga.", []),
  one("'đơn khiếu nại' named is no complaint lodged", "Đơn khiếu nại của Philippines vẫn chưa được xem xét.", []),
];

for (const c of CASES) test(`vocab: ${c.name}`, () => assertEvents(run(c.text), c.want));
