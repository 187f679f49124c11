/**
 * Sides and types in the shapes session 8 left open (issue 14, session 9 "ev9"): sentences of our own (not the corpus's
 * wording), each with the events the stage must read, and look-alikes that must stay silent. Rows marked "(new)" gave
 * another reading before this session's rules:
 * - an act named as a bound of the clause's own act ("sau/trước cuộc gặp …") with no sides of its own is another act: it
 *   takes no sides from the clause, and a call is not lent the sides of a meeting of another kind before it; the groups
 *   after such a bound noun ("sau cuộc gặp với Z") are that noun's, not the clause verb's; and when the clause's own act
 *   is a joint one with its counterpart named, who of the two had the bound act is not said;
 * - an origin ("từ Belarus") after a group naming a side is the act's own origin, not a recipient (frames.json attached.origins);
 * - a passive agreement ("Thỏa thuận … được ký giữa A và B", "được A và B ký kết") is signed by its agent, or with none
 *   named by the sides after "giữa"; names joined by "và" after a passive marker are one agent, and a passive marker
 *   right after a noun that makes verbs nouns ("Thỏa thuận được …") opens the verb group (src/clauses/parse.ts);
 * - an act named again by a noun and a demonstrative ("động thái này", "quyết định đó", "điều này": cues.json
 *   actAnaphors) as the object of a statement naming no side is the last act with two sides, earlier in the sentence or
 *   in the one before: the statement is toward whoever did it;
 * - a ceasefire declared ("tuyên bố ngừng bắn", "ngừng bắn đơn phương") is CONCEDE, toward the side named after it or the
 *   side the article pairs with its actor; a cue running into the clause it governs reads that clause's groups too;
 * - economic aid: a giving verb ("hỗ trợ", "viện trợ", "cung cấp") with economic goods ("kinh tế", "khoản vay") is AID
 *   of mode economic (cues.json supplies);
 * - trade between states ("mua dầu của B", "nhập khẩu khí đốt từ B", "bán dầu cho B": cues.json trade, verb × goods) is
 *   COOPERATE by the subject of its own clause; a ban, a figure or a refusal before it is no trade;
 * - "dự kiến" (planned) in a clause coordinated after the act ("ký thỏa thuận, dự kiến sẽ có hiệu lực …") is that
 *   clause's, not the act's; a meeting named in it with no one ("…, dự kiến sẽ có cuộc gặp tại Budapest") is with the
 *   partner of the talk before it on the same subject (a bound "sau cuộc gặp …" stays another act);
 * - modals of advice and need ("nên", "cần": status.json labels should, need) make the act proposed ("phải" stays open:
 *   "đã phải rút quân" was done); a bare verb of going with no place or side gone to is no visit ("tiến tới ký").
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, gpe, org, person, place, COMMON_ACTORS, COMMON_STATES, WORLD_STATES, paragraphsCase, type ParagraphsCase } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  Belarus: gpe("Belarus", "BLR"),
  "Việt Nam": gpe("Vietnam", "VNM"),
  Houthi: org("Houthi", "HOUTHI"),
  "Tổng thống Macron": person("Emmanuel_Macron", "FRA"),
  "Tổng thống Zelensky": person("Volodymyr_Zelensky", "UKR"),
  "Ngoại trưởng Lavrov": person("Sergey_Lavrov", "RUS"),
  "Ngoại trưởng Wang Yi": person("Wang_Yi", "CHN"),
  "Nhà Trắng": org("White_House", "USA"),
  Kiev: place("Kyiv", "UKR"),
  Washington: place("Washington", "USA"),
  Budapest: place("Budapest", "HUN"),
};

type Case = ParagraphsCase;
const one = paragraphsCase;
const run = (c: Case): Doc => analyseEvents(envelopeFrom(ACTORS, c.text), lex);

const CASES: Case[] = [
  // an act named as a bound of the clause's act, with no sides of its own, is another act
  one("(new) 'A điện đàm với B sau cuộc gặp căng thẳng tại …': the call only", "Tổng thống Macron điện đàm với Tổng thống Zelensky sau cuộc gặp căng thẳng tại Nhà Trắng.", [
    { type: "CONSULT", parts: ["FRA", "UKR"], mode: "phone" },
  ]),
  one("(new) 'A điện đàm với B trước cuộc gặp …': the call only", "Tổng thống Macron điện đàm với Tổng thống Zelensky trước cuộc gặp tại Washington.", [
    { type: "CONSULT", parts: ["FRA", "UKR"], mode: "phone" },
  ]),
  one("'A hội đàm với B sau cuộc gặp tại …': one talk", "Ngoại trưởng Lavrov hội đàm với Ngoại trưởng Wang Yi sau cuộc gặp tại Washington.", [{ type: "CONSULT", parts: ["CHN", "RUS"] }]),
  // the groups after a bound noun are its own, not the clause verb's
  one("(new) 'A điện đàm với B sau cuộc gặp với C': no call with C, and who met C is not said", "Tổng thống Macron điện đàm với Tổng thống Zelensky sau cuộc gặp với Tổng thống Trump.", [
    { type: "CONSULT", parts: ["FRA", "UKR"], mode: "phone" },
  ]),
  one("(new) 'A gặp B sau cuộc đàm phán với C': the meeting only", "Pháp gặp Ukraine sau cuộc đàm phán với Nga.", [{ type: "CONSULT", parts: ["FRA", "UKR"] }]),
  one("(new) 'A gặp B sau cuộc gặp giữa C và D': two meetings", "Pháp gặp Ukraine sau cuộc gặp giữa Mỹ và Nga.", [
    { type: "CONSULT", parts: ["FRA", "UKR"] },
    { type: "CONSULT", parts: ["RUS", "USA"] },
  ]),
  one("'A lên án B sau cuộc gặp với C': the subject met C", "Pháp lên án Israel sau cuộc gặp với Ai Cập.", [
    { type: "ACCUSE", parts: ["FRA", "ISR"] },
    { type: "CONSULT", parts: ["EGY", "FRA"] },
  ]),
  one("'A và B sẽ điện đàm lại, sau cuộc gọi …': the call before is the pair's", "Mỹ và Nga sẽ điện đàm lại, sau cuộc gọi hôm qua.", [
    { type: "CONSULT", parts: ["RUS", "USA"], status: "planned" },
    { type: "CONSULT", parts: ["RUS", "USA"] },
  ]),
  // an origin after a side is the act's own
  one("(new) 'A tấn công B từ C': C is the origin", "Nga tấn công Ukraine từ Belarus.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("(new) 'A phóng tên lửa vào B từ C'", "Nga phóng tên lửa vào Ukraine từ Belarus.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("goods from a side stay the side's ('nhập khẩu dầu từ B')", "Ấn Độ nhận viện trợ từ Nga.", [{ type: "AID", parts: ["IND", "RUS"], actor: ["RUS"] }]),
  // passive agreements: the agent signs, or with none named the sides it was signed between
  one("(new) 'Thỏa thuận … được ký giữa A và B'", "Thỏa thuận ngừng bắn được ký giữa Israel và Hamas.", [{ type: "SUPPORT", parts: ["HAMAS", "ISR"] }]),
  one("(new) 'Thỏa thuận … được A và B ký kết'", "Thỏa thuận thương mại được Mỹ và Nhật Bản ký kết tại Washington.", [{ type: "SUPPORT", parts: ["JPN", "USA"] }]),
  one("(new) 'Thỏa thuận được ký kết giữa A và B': a passive marker right after the noun", "Thỏa thuận được ký kết giữa Mỹ và Nhật Bản.", [{ type: "SUPPORT", parts: ["JPN", "USA"] }]),
  one("(new) 'Hiệp định được A và B ký kết năm …'", "Hiệp định được Việt Nam và Mỹ ký kết năm 2000.", [{ type: "SUPPORT", parts: ["USA", "VNM"] }]),
  one("(new) 'Thỏa thuận này được A ký với B'", "Thỏa thuận này được Mỹ ký với Nhật Bản.", [{ type: "SUPPORT", parts: ["JPN", "USA"], actor: ["USA"] }]),
  one("one side signing, no other: silent", "Hiệp định được Nga ký kết.", []),
  one("no side: silent", "Thỏa thuận đã được ký kết.", []),
  one("a passive act of two agents ('được A và B viện trợ')", "Ukraine được Mỹ và Đức viện trợ.", [{ type: "AID", parts: ["DEU", "UKR", "USA"], actor: ["DEU", "USA"] }]),
  // an act named again by a noun and a demonstrative ("động thái này", "điều này"): a statement about it is toward its doer
  one("(new) 'A tấn công B. C lên án động thái này'", ["Nga tấn công Kiev.", "Ukraine lên án động thái này."], [
    { type: "ASSAULT", parts: ["RUS", "UKR"] },
    { type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["UKR"] },
  ]),
  one("(new) 'A áp đặt lệnh trừng phạt lên B. C chỉ trích quyết định này'", ["Mỹ áp đặt lệnh trừng phạt lên Iran.", "Trung Quốc chỉ trích quyết định này."], [
    { type: "SANCTION", parts: ["IRN", "USA"] },
    { type: "ACCUSE", parts: ["CHN", "USA"], actor: ["CHN"] },
  ]),
  one("(new) 'A và B ký thỏa thuận. C hoan nghênh điều này': toward both signers", ["Israel và Hamas ký thỏa thuận ngừng bắn.", "Mỹ hoan nghênh điều này."], [
    { type: "SUPPORT", parts: ["HAMAS", "ISR"] },
    { type: "SUPPORT", parts: ["HAMAS", "ISR", "USA"], actor: ["USA"] },
  ]),
  one("(new) 'B bác bỏ điều này': the side undergoing the act rejects it", ["Mỹ áp đặt lệnh trừng phạt lên Iran.", "Iran bác bỏ điều này."], [
    { type: "SANCTION", parts: ["IRN", "USA"] },
    { type: "REJECT", parts: ["IRN", "USA"], actor: ["IRN"] },
  ]),
  one("(new) in the same sentence: 'A tấn công B, C lên án hành động này'", "Nga tấn công Kiev, Pháp lên án hành động này.", [
    { type: "ASSAULT", parts: ["RUS", "UKR"] },
    { type: "ACCUSE", parts: ["FRA", "RUS"], actor: ["FRA"] },
  ]),
  one("no act before: silent", "Pháp lên án động thái này.", []),
  one("an act two sentences back is too far", ["Nga tấn công Kiev.", "Trời rất lạnh.", "Pháp lên án động thái này."], [{ type: "ASSAULT", parts: ["RUS", "UKR"] }]),
  one("the act's owner named: 'quyết định của A' is A's, not the act before", ["Nga tấn công Kiev.", "Ukraine phản đối quyết định của Mỹ."], [
    { type: "ASSAULT", parts: ["RUS", "UKR"] },
    { type: "REJECT", parts: ["UKR", "USA"] },
  ]),
  // a ceasefire declared is a concession not yet carried out (CONCEDE); observed, it is RETREAT (PLOVER.md)
  one("(new) 'A tuyên bố ngừng bắn với B': CONCEDE toward B", "Hamas tuyên bố ngừng bắn với Israel.", [{ type: "CONCEDE", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("(new) 'A tuyên bố ngừng bắn đơn phương': toward the side it fights", ["Nga và Ukraine giao tranh ác liệt.", "Nga tuyên bố ngừng bắn đơn phương."], [
    { type: "ASSAULT", parts: ["RUS", "UKR"] },
    { type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] },
  ]),
  one("(new) 'Tổng thống A tuyên bố ngừng bắn nhân dịp …'", ["Nga tấn công Ukraine.", "Tổng thống Putin tuyên bố ngừng bắn nhân dịp lễ Phục sinh."], [
    { type: "ASSAULT", parts: ["RUS", "UKR"] },
    { type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] },
  ]),
  one("(new) 'A và B tuyên bố ngừng bắn': declared by both", "Nga và Ukraine tuyên bố ngừng bắn.", [{ type: "CONCEDE", parts: ["RUS", "UKR"] }]),
  one("a ceasefire kept is RETREAT", "Nga và Ukraine ngừng bắn.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "ceasefire" }]),
  one("a ceasefire declared with no side in the article: silent", "Nga tuyên bố ngừng bắn đơn phương.", []),
  // economic aid (AID, mode economic) by a giving verb and the goods (cues.json supplies "economic")
  one("(new) 'A hỗ trợ kinh tế cho B'", "Nhật Bản hỗ trợ kinh tế cho Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "economic", actor: ["JPN"] }]),
  one("(new) 'A viện trợ kinh tế cho B': the mode", "Nhật Bản viện trợ kinh tế cho Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "economic" }]),
  one("(new) 'A cung cấp khoản vay … cho B'", "Mỹ cung cấp khoản vay 1 tỷ USD cho Ukraine.", [{ type: "AID", parts: ["UKR", "USA"], mode: "economic", actor: ["USA"] }]),
  one("a package of economic aid named is no act", "Gói viện trợ kinh tế vẫn chưa được thông qua.", []),
  one("arms sold stay military aid", "Mỹ bán vũ khí cho Philippines.", [{ type: "AID", parts: ["PHL", "USA"], mode: "military" }]),
  // trade between states is material cooperation (cues.json trade: verb × goods)
  one("(new) 'A mua dầu của B'", "Ấn Độ mua dầu của Nga.", [{ type: "COOPERATE", parts: ["IND", "RUS"], actor: ["IND"] }]),
  one("(new) 'A nhập khẩu khí đốt từ B'", "Trung Quốc nhập khẩu khí đốt từ Nga.", [{ type: "COOPERATE", parts: ["CHN", "RUS"], actor: ["CHN"] }]),
  one("(new) 'A bán dầu cho B'", "Nga bán dầu cho Trung Quốc.", [{ type: "COOPERATE", parts: ["CHN", "RUS"], actor: ["RUS"] }]),
  one("(new) 'A sẽ mua thêm dầu của B': planned", "Ấn Độ sẽ mua thêm dầu của Mỹ.", [{ type: "COOPERATE", parts: ["IND", "USA"], status: "planned" }]),
  one("a ban on trade is a sanction, not trade", "Mỹ cấm nhập khẩu dầu từ Nga.", [{ type: "SANCTION", parts: ["RUS", "USA"], actor: ["USA"] }]),
  one("a figure of trade is no act", "Kim ngạch xuất khẩu gạo của Việt Nam sang Philippines tăng 20%.", []),
  one("trade refused is no trade", "Ấn Độ không mua dầu của Nga.", []),
  one("buyers in general are no side", "Các nước mua dầu của Nga sẽ bị trừng phạt.", []),
  one("a purchase given as the cause of a measure is the target's, not the subject's", "Mỹ áp thuế 25% lên Ấn Độ vì mua dầu của Nga.", [{ type: "SANCTION", parts: ["IND", "USA"], actor: ["USA"] }]),
  // "dự kiến" scoped on what it stands before: a clause of its own after the act plans that clause's act, not the act
  one("(new) 'A và B ký thỏa thuận, dự kiến sẽ có hiệu lực …': the signing occurred", "Mỹ và Nga ký thỏa thuận, dự kiến sẽ có hiệu lực vào tháng tới.", [
    { type: "SUPPORT", parts: ["RUS", "USA"], status: "occurred" },
  ]),
  one("(new) 'A và B đàm phán tại …, dự kiến kéo dài hai ngày': the talks are held", "Mỹ và Trung Quốc đàm phán tại Geneva, dự kiến kéo dài hai ngày.", [
    { type: "CONSULT", parts: ["CHN", "USA"], status: "occurred" },
  ]),
  one("(new) 'A điện đàm với B, dự kiến sẽ có cuộc gặp tại …': the call, and the meeting planned", "Tổng thống Trump điện đàm với Tổng thống Putin, dự kiến sẽ có cuộc gặp tại Budapest.", [
    { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "occurred" },
    { type: "CONSULT", parts: ["RUS", "USA"], status: "planned", location: "Budapest" },
  ]),
  one("(new) 'A đã điện đàm với B và dự kiến sẽ có cuộc gặp …'", "Mỹ đã điện đàm với Nga và dự kiến sẽ có cuộc gặp tại Budapest.", [
    { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "occurred" },
    { type: "CONSULT", parts: ["RUS", "USA"], status: "planned" },
  ]),
  one("'Sau cuộc điện đàm giữa A và B, dự kiến sẽ có cuộc gặp …'", "Sau cuộc điện đàm giữa Tổng thống Trump và Tổng thống Putin, dự kiến sẽ có cuộc gặp tại Budapest.", [
    { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "occurred" },
    { type: "CONSULT", parts: ["RUS", "USA"], status: "planned" },
  ]),
  one("'Cuộc gặp dự kiến giữa A và B': planned", "Cuộc gặp dự kiến giữa Tổng thống Trump và Tổng thống Putin diễn ra tại Budapest.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned" }]),
  one("'A dự kiến gặp B': planned", "Tổng thống Trump dự kiến gặp Tổng thống Putin tại Budapest.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned" }]),
  // words read as acts or as what they are not: modals of advice make an act proposed; a bare verb of going with nowhere
  // to go is no visit; adjectives and compounds whose first syllable is a cue stay silent
  one("(new) 'A nên gặp B': advised, not done", "Tổng thống Trump nên gặp Tổng thống Putin.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "proposed" }]),
  one("(new) 'A cần gặp B': needed, not done", "Tổng thống Trump cần gặp Tổng thống Putin.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "proposed" }]),
  one("'A đã phải rút quân khỏi B': had to, so did", "Nga đã phải rút quân khỏi Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("(new) 'A và B tiến tới ký thỏa thuận': moving toward, no visit", "Mỹ và Nga tiến tới ký thỏa thuận.", []),
  one("'A tới B' is a visit", "Tổng thống Trump đến Nga.", [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "visit" }]),
  one("'mong manh' (fragile) is no hope", "Lệnh ngừng bắn mong manh giữa Israel và Hamas đang bị đe dọa.", []),
  one("'vẫn còn mong manh'", "Hòa bình giữa Nga và Ukraine vẫn còn mong manh.", []),
  one("'mối đe dọa' is no threat", "Mỹ coi Nga là mối đe dọa.", []),
  one("'thăm dò' (probe) is no visit", "Trung Quốc và Nga thăm dò phản ứng của Mỹ.", []),
  one("'cảnh giác' (wary) is no warning", "Mỹ cảnh giác với Trung Quốc.", []),
  one("'rút ra bài học' is no withdrawal", "Mỹ rút ra bài học từ Nga.", []),
  one("'đón nhận tin' is no hosting", "Israel đón nhận tin Hamas thả con tin.", []),
];

for (const c of CASES) test(`open shapes: ${c.name}`, () => assertEvents(run(c), c.want));
