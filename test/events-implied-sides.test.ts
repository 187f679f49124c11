/**
 * Sides an article implies and statuses of reported musts (issue 14, session 9 "ev10"): sentences of our own (not the
 * corpus's wording), each with the events the stage must read, and look-alikes that must stay silent or keep their
 * reading. Rows marked "(new)" gave another reading before this session's rules:
 * - "hai nước / hai bên" after a directed act of a third side on one of a pair named together before ("A và B ký …",
 *   then "C dỡ bỏ hạn chế với B") stands for the pair named together, not for C and B; with no pair named together
 *   before, the directed act's pair stays the antecedent;
 * - an attack whose target is implied ("X tấn công trong đêm") is on the side taken for it only when the article names
 *   the two in a hostile act (anywhere in it): a partner in talks is no target, and the attack is dropped;
 * - what a speaker says another must or needs to do ("Mỹ nói Nga phải rút quân") is a request and the act is proposed;
 *   said to have been done ("đã phải rút quân") it is done and no request;
 * - a question "phải chăng …?" (data/clauses/markers.json label question) asserts nothing: hypothetical;
 * - an anaphor taking a pair one side at a time ("với từng nước", "gặp mỗi nước": cues.json distributive), not the
 *   subject, gives one act with each side;
 * - with no side named or implied, an act toward a place (triggers.json flag toPlace: trade, "cues.json trade", and a
 *   declared ceasefire) is toward the place's state ("xuất khẩu đất hiếm sang Mỹ", "tuyên bố ngừng bắn ở Dải Gaza"); a cue
 *   running into the clause it governs has its venue there.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, gpe, org, person, place, COMMON_STATES, WORLD_STATES, paragraphsCase, type ParagraphsCase } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  Armenia: gpe("Armenia", "ARM"),
  Azerbaijan: gpe("Azerbaijan", "AZE"),
  "Thái Lan": gpe("Thailand", "THA"),
  Campuchia: gpe("Cambodia", "KHM"),
  Malaysia: gpe("Malaysia", "MYS"),
  Serbia: gpe("Serbia", "SRB"),
  Kosovo: gpe("Kosovo", "XKX"),
  Hamas: org("Hamas", "HAMAS"),
  "Nhà Trắng": org("White_House", "USA"),
  "Ông Trump": person("Donald_Trump", "USA"),
  "Dải Gaza": place("Gaza_Strip", "PSE"),
  Kiev: place("Kyiv", "UKR"),
  "Thượng Hải": place("Shanghai", "CHN"),
};

type Case = ParagraphsCase;
const one = paragraphsCase;
const run = (c: Case): Doc => analyseEvents(envelopeFrom(ACTORS, c.text), lex);

const CASES: Case[] = [
  // "hai nước / hai bên": the pair named together, not a third side's directed act on one of them
  one("(new) 'A và B ký …; C dỡ bỏ hạn chế với B; Hai nước đã giao tranh …': A and B fought", ["Armenia và Azerbaijan ký thỏa thuận hòa bình tại Washington. Ông Trump dỡ bỏ hạn chế hợp tác quốc phòng với Azerbaijan. Hai nước đã giao tranh nhiều lần."], [
    { type: "SUPPORT", parts: ["ARM", "AZE"] },
    { type: "CONCEDE", parts: ["AZE", "USA"], actor: ["USA"] },
    { type: "ASSAULT", parts: ["ARM", "AZE"] },
  ]),
  one("(new) 'A và B đồng ý ngừng bắn; C kêu gọi B kiềm chế; Hai nước đã giao tranh …'", ["Thái Lan và Campuchia đồng ý ngừng bắn. Malaysia kêu gọi Campuchia kiềm chế. Hai nước đã giao tranh dữ dội."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "REQUEST", parts: ["KHM", "MYS"], actor: ["MYS"] },
    { type: "ASSAULT", parts: ["KHM", "THA"] },
  ]),
  one("(new) 'A và B hội đàm; C cáo buộc A …; Hai bên giao tranh …': the pair that met", ["Serbia và Kosovo hội đàm tại Brussels. Nga cáo buộc Kosovo khiêu khích. Hai bên đã giao tranh ở biên giới."], [
    { type: "CONSULT", parts: ["SRB", "XKX"] },
    { type: "ACCUSE", parts: ["RUS", "XKX"], actor: ["RUS"] },
    { type: "ASSAULT", parts: ["SRB", "XKX"] },
  ]),
  // the directed act's pair when no pair was named together before it, or when it is that pair itself
  one("'A cáo buộc B …; Hai nước đã giao tranh …': A and B", ["Trung Quốc cáo buộc Philippines xâm phạm chủ quyền. Hai nước đã giao tranh trên biển."], [
    { type: "ACCUSE", parts: ["CHN", "PHL"], actor: ["CHN"] },
    { type: "ASSAULT", parts: ["CHN", "PHL"] },
  ]),
  one("'A và B hội đàm; A cáo buộc B …; Hai nước …': the same pair", ["Trung Quốc và Philippines hội đàm tại Manila. Trung Quốc cáo buộc Philippines xâm phạm chủ quyền. Hai nước đã giao tranh trên biển."], [
    { type: "CONSULT", parts: ["CHN", "PHL"] },
    { type: "ACCUSE", parts: ["CHN", "PHL"], actor: ["CHN"] },
    { type: "ASSAULT", parts: ["CHN", "PHL"] },
  ]),
  one("'A và B ký …; C trừng phạt D; Hai nước …': a directed act of an unrelated pair is the last pair", ["Armenia và Azerbaijan ký thỏa thuận hòa bình. Mỹ trừng phạt Iran. Hai nước đã giao tranh nhiều lần."], [
    { type: "SUPPORT", parts: ["ARM", "AZE"] },
    { type: "SANCTION", parts: ["IRN", "USA"], actor: ["USA"] },
    { type: "ASSAULT", parts: ["IRN", "USA"] },
  ]),
  // an attack's implied target: a side the article names in conflict with the actor, not a partner in talks
  one("(new) 'A và B đàm phán tại Nhà Trắng; A tấn công …': no target, no attack", ["Mỹ và Nga đàm phán tại Nhà Trắng. Nga tấn công dữ dội trong đêm."], [{ type: "CONSULT", parts: ["RUS", "USA"] }]),
  one("(new) 'A hội đàm với B; A không kích …': no target named, none taken from the talks", ["Israel hội đàm với Qatar. Israel không kích dữ dội trong đêm."], [{ type: "CONSULT", parts: ["ISR", "QAT"] }]),
  one("'A và B giao tranh; A tấn công …': the side it fights", ["Israel và Hamas giao tranh ác liệt. Israel tấn công trong đêm."], [
    { type: "ASSAULT", parts: ["HAMAS", "ISR"] },
    { type: "ASSAULT", parts: ["HAMAS", "ISR"], actor: ["ISR"] },
  ]),
  // what another must do, reported by a speaker, is asked of it: a request, and the act itself proposed
  one("(new) 'A nói B phải rút quân khỏi C': requested, not done", "Mỹ nói Nga phải rút quân khỏi Ukraine.", [
    { type: "RETREAT", parts: ["RUS", "UKR"], status: "proposed" },
    { type: "REQUEST", parts: ["RUS", "USA"], actor: ["USA"], status: "occurred" },
  ]),
  one("(new) 'B phải rút quân khỏi C, A nói'", "Nga phải rút quân khỏi Ukraine, Mỹ nói.", [
    { type: "RETREAT", parts: ["RUS", "UKR"], status: "proposed" },
    { type: "REQUEST", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  one("'A cho rằng B cần rút quân …'", "Mỹ cho rằng Nga cần rút quân khỏi Ukraine.", [
    { type: "RETREAT", parts: ["RUS", "UKR"], status: "proposed" },
    { type: "REQUEST", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  one("(new) 'A nói B phải đàm phán với C': the talks proposed", "Mỹ nói Nga phải đàm phán với Ukraine.", [
    { type: "CONSULT", parts: ["RUS", "UKR"], status: "proposed" },
    { type: "REQUEST", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  one("(new) 'A nói B đã phải rút quân': had to, so did; no request", "Mỹ nói Nga đã phải rút quân khỏi Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("'A nói B đã rút quân': done", "Mỹ nói Nga đã rút quân khỏi Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("'A đã phải rút quân' said of itself: done", "Nga đã phải rút quân khỏi Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("'A yêu cầu B phải rút quân': the request", "Mỹ yêu cầu Nga phải rút quân khỏi Ukraine.", [{ type: "REQUEST", parts: ["RUS", "USA"], actor: ["USA"] }]),
  // a question ("phải chăng": is it that …?) asserts nothing
  one("(new) 'A và B phải chăng sẽ gặp nhau …?': not asserted", "Mỹ và Nga phải chăng sẽ gặp nhau tại Budapest?", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "hypothetical" }]),
  one("(new) 'Phải chăng A sẽ tấn công B?'", "Phải chăng Mỹ sẽ tấn công Iran?", [{ type: "ASSAULT", parts: ["IRN", "USA"], status: "hypothetical" }]),
  one("'A và B sẽ gặp nhau …': planned", "Mỹ và Nga sẽ gặp nhau tại Budapest.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned" }]),
  one("'A phải đối mặt với …' is no act", "Nga phải đối mặt với nhiều khó khăn.", []),
  // an anaphor taking the pair one side at a time: one act with each side
  one("(new) 'A sẽ ký các thỏa thuận riêng với từng nước': one with each", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỹ sẽ ký các thỏa thuận thương mại riêng với từng nước."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "SUPPORT", parts: ["THA", "USA"], status: "planned" },
    { type: "SUPPORT", parts: ["KHM", "USA"], status: "planned" },
  ]),
  one("(new) 'A sẽ gặp riêng mỗi nước'", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỹ sẽ gặp riêng mỗi nước."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "CONSULT", parts: ["THA", "USA"], status: "planned" },
    { type: "CONSULT", parts: ["KHM", "USA"], status: "planned" },
  ]),
  one("(new) 'A đã điện đàm với từng bên'", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỹ đã điện đàm với từng bên."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "CONSULT", parts: ["THA", "USA"], mode: "phone" },
    { type: "CONSULT", parts: ["KHM", "USA"], mode: "phone" },
  ]),
  one("(new) 'A kêu gọi từng bên kiềm chế': a request to each", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỹ kêu gọi từng bên kiềm chế."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "REQUEST", parts: ["THA", "USA"], actor: ["USA"] },
    { type: "REQUEST", parts: ["KHM", "USA"], actor: ["USA"] },
  ]),
  one("'A kêu gọi hai bên kiềm chế': one request to the pair", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỹ kêu gọi hai bên kiềm chế."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "REQUEST", parts: ["KHM", "THA", "USA"], actor: ["USA"] },
  ]),
  one("'Mỗi bên trao trả … tù binh' as subject: the pair's one release", ["Thái Lan và Campuchia đồng ý ngừng bắn. Mỗi bên trao trả 20 tù binh."], [
    { type: "AGREE", parts: ["KHM", "THA"] },
    { type: "RETREAT", parts: ["KHM", "THA"], mode: "release" },
  ]),
  // an act toward a place, with no side named or implied, is toward the place's state: goods traded to it, a ceasefire there
  one("(new) 'A xuất khẩu đất hiếm sang B'", "Trung Quốc xuất khẩu đất hiếm sang Mỹ.", [{ type: "COOPERATE", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("(new) 'A bán dầu sang B'", "Nga bán dầu sang Ấn Độ.", [{ type: "COOPERATE", parts: ["IND", "RUS"], actor: ["RUS"] }]),
  one("(new) 'A xuất khẩu khí đốt tới B'", "Nga xuất khẩu khí đốt tới Trung Quốc.", [{ type: "COOPERATE", parts: ["CHN", "RUS"], actor: ["RUS"] }]),
  one("'A xuất khẩu gạo tại hội chợ ở <own city>': no other side", "Trung Quốc xuất khẩu gạo tại hội chợ ở Thượng Hải.", []),
  one("a ban on exports to B stays a sanction", "Trung Quốc cấm xuất khẩu đất hiếm sang Mỹ.", [{ type: "SANCTION", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("(new) 'A tuyên bố ngừng bắn ở <place of B>'", "Israel tuyên bố ngừng bắn ở Dải Gaza.", [{ type: "CONCEDE", parts: ["ISR", "PSE"], actor: ["ISR"] }]),
  one("(new) 'A tuyên bố ngừng bắn ở <city of B>'", "Nga tuyên bố ngừng bắn ở Kiev.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'A và B giao tranh; A tuyên bố ngừng bắn ở …': toward the side it fights", ["Israel và Hamas giao tranh. Israel tuyên bố ngừng bắn ở Dải Gaza."], [
    { type: "ASSAULT", parts: ["HAMAS", "ISR"] },
    { type: "CONCEDE", parts: ["HAMAS", "ISR"], actor: ["ISR"] },
  ]),
  one("'A tuyên bố ngừng bắn' with no one and nowhere: no other side", "Israel tuyên bố ngừng bắn.", []),
];

for (const c of CASES) test(`implied sides: ${c.name}`, () => assertEvents(run(c), c.want));
