/**
 * Threats held out under a condition (PLOVER THREATEN: "threats and warnings with repercussions"): a side saying it will
 * do an act of conflict ("sẽ áp thuế", "sẽ tấn công", "sẽ bắt giữ") unless or if something happens makes a threat that
 * has occurred, against whom the act would hit; the condition (often without a subject of its own) names no side of its
 * own. The types an act may be held out as are data (data/events/cues.json threat.heldOut). Rows marked "(new)" gave a
 * hypothetical SANCTION/ASSAULT, or nothing, before.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, eventCase, type EventCase, gpe, place, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  "Phần Lan": gpe("Finland", "FIN"),
  Belarus: gpe("Belarus", "BLR"),
  Minsk: place("Minsk", "BLR"),
  Moscow: place("Moscow", "RUS"),
  Tehran: place("Tehran", "IRN"),
  "Bắc Kinh": place("Beijing", "CHN"),
};

const run = (text: string): Doc => analyseEvents(envelopeFrom(ACTORS, [text]), lex);

const CASES: EventCase[] = [
  eventCase("(new) a sanction said as future, under a condition with no subject", "Tổng thống Trump tuyên bố sẽ áp thuế 100% đối với Nga nếu không có thỏa thuận hòa bình trong 50 ngày.", [
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"], mode: "restrict", status: "occurred" },
  ]),
  eventCase("(new) an attack said as future, under a condition on the target", "Israel tuyên bố sẽ tấn công Iran nếu Tehran tiếp tục làm giàu urani.", [
    { type: "THREATEN", parts: ["IRN", "ISR"], actor: ["ISR"], status: "occurred" },
  ]),
  eventCase("(new) an arrest said as future, under a condition", "Mỹ sẽ bắt giữ các nhà ngoại giao Nga nếu Moscow trục xuất nhân viên sứ quán Mỹ.", [
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"], status: "occurred" },
  ]),
  eventCase("'trừ khi' is a condition too", "EU sẽ trừng phạt Belarus trừ khi Minsk thả các tù nhân chính trị.", [
    { type: "THREATEN", parts: ["BLR", "EU"], actor: ["EU"], mode: "restrict", status: "occurred" },
  ]),
  eventCase("a response held out: whom the condition names", "Nga cảnh báo sẽ có biện pháp đáp trả nếu Phần Lan gia nhập NATO.", [
    { type: "THREATEN", parts: ["FIN", "RUS"], actor: ["RUS"], status: "occurred" },
  ]),
  eventCase("look-alike: a future sanction with no condition is planned, not a threat", "EU sẽ áp đặt gói trừng phạt mới đối với Nga vào tuần tới.", [
    { type: "SANCTION", parts: ["EU", "RUS"], status: "planned" },
  ]),
  eventCase("look-alike: a past sanction with a condition on lifting it stays a sanction (and lifting it so is an offer)", "Mỹ đã áp thuế đối với Trung Quốc và nói sẽ dỡ bỏ nếu Bắc Kinh nhượng bộ.", [
    { type: "SANCTION", parts: ["CHN", "USA"], status: "occurred" },
    { type: "AGREE", parts: ["CHN", "USA"], actor: ["USA"], status: "occurred" },
  ]),
];

for (const c of CASES) test(`threats: ${c.name}`, () => assertEvents(run(c.text), c.want));
