/**
 * How the event type is chosen (issue 14, session 11 "types"): which predicate of a sentence gives the type, read
 * against the definitions of ../shared/spec/PLOVER.md and GOLD.md rather than fitted per sentence. Each group of rows
 * is one mechanism, in sentences of our own; rows marked "(new)" gave another type, or another event, before.
 *  - a response held out under a condition is a threat only in the clause the condition is on (or one reporting it), and
 *    it silences only what it holds out and the verb holding it out, not the acts of a clause beside it; a response the
 *    speaker vows as its own future act toward another ("sẽ đáp trả Israel") is a threat with no condition said;
 *  - a refusal held out under a condition ("sẽ không đàm phán … nếu …") is a threat to halt the act, not a REJECT, and a
 *    hostile act not ruled out ("không loại trừ khả năng tấn công …") is held out too: THREATEN, not the act proposed;
 *  - "đe dọa" with an abstract good after it ("đe dọa an ninh khu vực") is the sense "endanger": no threat made to a side;
 *  - a protest made officially ("gửi công hàm phản đối", "kháng nghị với …") is a complaint (ACCUSE), not a REJECT;
 *  - one side agreeing to an exchange both sides make ("sẵn sàng trao đổi tù binh với B") agrees (AGREE); agreeing to its
 *    own ceasefire or withdrawal concedes (CONCEDE, PLOVER.md);
 *  - withholding support ("không ủng hộ đề xuất …") or leave ("không cho phép B …") rejects (REJECT), as "không chấp nhận";
 *  - praise of a hostile act with no doer but the speaker's own side is that act of the speaker's, not a SUPPORT of its target;
 *  - an accusation in the passive with no accuser ("bị cáo buộc …") is a hedge on the act, not an ACCUSE by no one;
 *  - going somewhere to talk: the talks are the event when they name a side of their own, else the visit stands; a
 *    statement a call or meeting is held for ("điện đàm với B để kêu gọi …") is said in it: an act, toward that partner;
 *  - an agreement named with "ký" after it in its group ("thỏa thuận an ninh ký năm 2001", a reduced relative) was signed: SUPPORT;
 *  - an act naming the agreement signed or reached ("ký thỏa thuận trao đổi tù binh") is its content, not an act done;
 *  - talks a joint agreement governs ("nhất trí [nối lại đối thoại]") are a second event only with their own date or
 *    place, as GOLD.md has it for proposals (a stance consuming its act, "đồng ý đối thoại", makes none either);
 * Look-alikes keep their type.
 */
import { test } from "node:test";
import type { Actor } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, eventCase, gpe, place, type EventCase, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  Syria: gpe("Syria", "SYR"),
  Geneva: place("Geneva", "CHE"),
};

const CASES: EventCase[] = [
  // a response held out: in the clause the condition is on
  eventCase("(new) a word of response in a fronted clause beside the condition holds nothing out: the offer stays AGREE", "Phản ứng trước đề xuất này, Iran cho biết sẵn sàng đàm phán với Mỹ nếu Mỹ dỡ bỏ trừng phạt.", [
    { type: "AGREE", parts: ["IRN", "USA"], actor: ["IRN"] },
  ]),
  eventCase("(new) … nor in a clause coordinated before the one the condition is on: talks promised on a condition are an offer", "Pakistan phản ứng gay gắt và cho biết sẽ đàm phán với Ấn Độ nếu Ấn Độ rút quân.", [
    { type: "AGREE", parts: ["IND", "PAK"], actor: ["PAK"], status: "occurred" },
  ]),
  eventCase("a response in the clause a speaker reports, the condition on it: THREATEN", "Tổng thống Putin tuyên bố Nga có thể lựa chọn các phản ứng khác nhau nếu Mỹ từ chối các yêu cầu an ninh.", [
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["RUS"] },
  ]),
  eventCase("consequences in the speaker's own clause, the condition on it: THREATEN", "Đức cảnh báo Pháp về hậu quả nếu tiếp tục trì hoãn.", [{ type: "THREATEN", parts: ["DEU", "FRA"], actor: ["DEU"] }]),
  eventCase("(new) a call in the clause before a threat stands beside it", "Mỹ điện đàm với Nga và cảnh báo về hậu quả nếu Nga tấn công.", [
    { type: "CONSULT", parts: ["RUS", "USA"] },
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  eventCase("(new) an accusation before a threat, the same", "Iran cáo buộc Israel và cảnh báo sẽ đáp trả nếu Israel tấn công.", [
    { type: "ACCUSE", parts: ["IRN", "ISR"], actor: ["IRN"] },
    { type: "THREATEN", parts: ["IRN", "ISR"], actor: ["IRN"] },
  ]),
  eventCase("(new) an offer before a threat, the same", "Iran đồng ý đàm phán với Mỹ nhưng cảnh báo sẽ đáp trả nếu Mỹ tấn công.", [
    { type: "AGREE", parts: ["IRN", "USA"], actor: ["IRN"] },
    { type: "THREATEN", parts: ["IRN", "USA"], actor: ["IRN"] },
  ]),
  eventCase("(new) a warning that the other will pay under a condition: the warner's threat to it, not a demand", "Tại cuộc gặp, Mỹ cảnh báo Nga sẽ phải trả giá nếu tấn công Ukraine.", [
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  eventCase("the warning verb holding a response out is one threat with it", "Nga cảnh báo sẽ có biện pháp đáp trả nếu Ba Lan tấn công.", [{ type: "THREATEN", parts: ["POL", "RUS"], actor: ["RUS"] }]),
  eventCase("(new) a retaliation vowed toward another: THREATEN", "Iran khẳng định sẽ đáp trả Israel.", [{ type: "THREATEN", parts: ["IRN", "ISR"], actor: ["IRN"] }]),
  eventCase("(new) a response vowed as the object of 'sẽ có': THREATEN", "Trung Quốc tuyên bố sẽ có biện pháp đáp trả Nhật Bản.", [{ type: "THREATEN", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  eventCase("look-alike: consequences a future verb takes hold nothing out", "Ấn Độ sẽ đánh giá hậu quả của thỏa thuận với Mỹ.", []),
  eventCase("look-alike: another's response looked at holds nothing out", "Nga sẽ xem xét phản ứng của Mỹ.", []),
  // a refusal held out under a condition
  eventCase("(new) 'sẽ không đàm phán … nếu …': a threat to halt talks", "Iran tuyên bố sẽ không đàm phán với Mỹ nếu Mỹ tiếp tục gây sức ép.", [
    { type: "THREATEN", parts: ["IRN", "USA"], actor: ["IRN"] },
  ]),
  eventCase("(new) 'sẽ từ chối đàm phán … nếu …': the same", "Pháp tuyên bố sẽ từ chối đàm phán với Đức nếu Đức không rút quân.", [{ type: "THREATEN", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  eventCase("(new) 'sẽ phủ quyết … nếu …': a veto held out", "Pháp tuyên bố sẽ phủ quyết đề xuất của Đức nếu Đức không nhượng bộ.", [{ type: "THREATEN", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  eventCase("(new) an attack not ruled out: a threat", "Mỹ không loại trừ khả năng tấn công Iran.", [{ type: "THREATEN", parts: ["IRN", "USA"], actor: ["USA"] }]),
  eventCase("(new) a sanction not ruled out, named by a whole trigger: a threat, mode restrict", "EU không loại trừ khả năng áp đặt lệnh trừng phạt đối với Nga.", [
    { type: "THREATEN", parts: ["EU", "RUS"], actor: ["EU"], mode: "restrict" },
  ]),
  eventCase("(new) … and held out under a condition, the same", "EU cảnh báo sẽ áp đặt lệnh trừng phạt đối với Nga nếu Nga tấn công Ukraine.", [
    { type: "THREATEN", parts: ["EU", "RUS"], actor: ["EU"], mode: "restrict" },
  ]),
  eventCase("look-alike: a ceasefire not ruled out is no event (GOLD.md: a stance with no other party)", "Nga không loại trừ khả năng ngừng bắn.", []),
  // 'đe dọa' meaning endanger
  eventCase("(new) 'đe dọa chủ quyền của B': endangering, no threat", "Trung Quốc đe dọa chủ quyền của Philippines.", []),
  eventCase("an accusation of endangering: the accusation alone", "Ấn Độ cáo buộc Pakistan đe dọa an ninh khu vực.", [{ type: "ACCUSE", parts: ["IND", "PAK"], actor: ["IND"] }]),
  eventCase("look-alike: threatening a side stays THREATEN", "Mỹ đe dọa Venezuela.", [{ type: "THREATEN", parts: ["USA", "VEN"], actor: ["USA"] }]),
  // a protest made officially
  eventCase("(new) 'trao công hàm phản đối cho B': ACCUSE, not REJECT", "Nhật Bản trao công hàm phản đối cho Trung Quốc.", [{ type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["JPN"] }]),
  eventCase("(new) 'kháng nghị với B': ACCUSE", "Trung Quốc đã kháng nghị với Nhật Bản về vụ việc.", [{ type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  eventCase("look-alike: opposing a proposal stays REJECT", "Pháp phản đối đề xuất của Đức.", [{ type: "REJECT", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  // agreeing to a mutual act, and conceding
  eventCase("(new) one side ready for a prisoner exchange: AGREE, not CONCEDE", "Ukraine sẵn sàng trao đổi tù binh với Nga.", [{ type: "AGREE", parts: ["RUS", "UKR"], actor: ["UKR"] }]),
  eventCase("look-alike: agreeing to withdraw is a concession", "Nga đồng ý rút quân khỏi Ukraine.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  eventCase("look-alike: agreeing to a ceasefire with another, one side, is a concession", "Nga đồng ý ngừng bắn với Ukraine.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  // withholding support
  eventCase("(new) 'không ủng hộ đề xuất của B': REJECT", "Trung Quốc không ủng hộ đề xuất của Mỹ.", [{ type: "REJECT", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  eventCase("(new) 'không tán thành kế hoạch của B': REJECT", "Pháp không tán thành kế hoạch của Mỹ.", [{ type: "REJECT", parts: ["FRA", "USA"], actor: ["FRA"] }]),
  eventCase("(new) 'không cho phép B <act>': REJECT", "Trung Quốc không cho phép máy bay Mỹ hạ cánh.", [{ type: "REJECT", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  eventCase("look-alike: a law not allowing something names no side", "Luật pháp không cho phép điều đó.", []),
  eventCase("look-alike: support stays SUPPORT", "Pháp ủng hộ kế hoạch của Mỹ.", [{ type: "SUPPORT", parts: ["FRA", "USA"], actor: ["FRA"] }]),
  eventCase("look-alike: a refusal with no condition stays REJECT", "Iran tuyên bố sẽ không đàm phán với Mỹ.", [{ type: "REJECT", parts: ["IRN", "USA"], mode: "meet" }]),
  eventCase("look-alike: a veto said as future with no condition stays REJECT", "Pháp tuyên bố sẽ phủ quyết đề xuất của Đức.", [{ type: "REJECT", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  // praise of one's own hostile act
  eventCase("(new) praising an attack with no doer named: the speaker's attack, not a SUPPORT of its target", "Iran ca ngợi vụ tấn công tên lửa nhằm vào Israel.", [
    { type: "ASSAULT", parts: ["IRN", "ISR"], actor: ["IRN"] },
  ]),
  eventCase("(new) praising an attack of the speaker's own state: that attack", "Tổng thống Trump ca ngợi cuộc không kích của Mỹ vào Syria.", [{ type: "ASSAULT", parts: ["SYR", "USA"], actor: ["USA"] }]),
  eventCase("(new) welcoming an air strike with no doer named: the same", "Israel hoan nghênh cuộc không kích vào Syria.", [{ type: "ASSAULT", parts: ["ISR", "SYR"], actor: ["ISR"] }]),
  eventCase("look-alike: another's attack praised is a SUPPORT of its doer, and the attack", "Nga hoan nghênh cuộc tấn công của Triều Tiên vào Hàn Quốc.", [
    { type: "SUPPORT", parts: ["PRK", "RUS"], actor: ["RUS"] },
    { type: "ASSAULT", parts: ["KOR", "PRK"], actor: ["PRK"] },
  ]),
  eventCase("look-alike: praising talks stays a SUPPORT of their sides", "Pháp hoan nghênh cuộc gặp giữa Mỹ và Ukraine.", [{ type: "SUPPORT", parts: ["FRA", "UKR", "USA"], actor: ["FRA"] }]),
  // a passive accusation naming no accuser
  eventCase("(new) 'bị cáo buộc' with no accuser: the act alleged, no ACCUSE", "Nga bị cáo buộc tấn công Ukraine.", [{ type: "ASSAULT", parts: ["RUS", "UKR"] }]),
  eventCase("… in a relative on a sanction's target: the sanction alone", "Mỹ áp lệnh trừng phạt đối với các công ty Trung Quốc bị cáo buộc hỗ trợ khủng bố.", [{ type: "SANCTION", parts: ["CHN", "USA"], actor: ["USA"] }]),
  eventCase("'bị chỉ trích' with no critic: no event", "Pháp bị chỉ trích vì chậm trễ.", []),
  eventCase("look-alike: the accuser named after 'bị' keeps the ACCUSE", "Các công ty Trung Quốc bị Mỹ cáo buộc giúp đỡ Iran.", [{ type: "ACCUSE", parts: ["CHN", "IRN", "USA"], actor: ["USA"] }]),
  // a visit and the talks it is for
  eventCase("(new) talks naming no side in the purpose of a visit: the visit stands", "Ngoại trưởng Mỹ tới Israel để thảo luận về lệnh ngừng bắn.", [{ type: "CONSULT", parts: ["ISR", "USA"], mode: "visit", actor: ["USA"] }]),
  eventCase("look-alike: talks naming their own side in the purpose: the talks", "Ngoại trưởng Mỹ tới Ai Cập để thảo luận với Israel.", [{ type: "CONSULT", parts: ["ISR", "USA"] }]),
  eventCase("(new) a call held to urge: the call and the request to its partner", "Ngoại trưởng Mỹ điện đàm với Ngoại trưởng Ấn Độ để kêu gọi kiềm chế.", [
    { type: "CONSULT", parts: ["IND", "USA"], mode: "phone" },
    { type: "REQUEST", parts: ["IND", "USA"], actor: ["USA"] },
  ]),
  eventCase("(new) … with the one urged named", "Mỹ điện đàm với Pakistan nhằm hối thúc Pakistan ngừng bắn.", [
    { type: "CONSULT", parts: ["PAK", "USA"], mode: "phone" },
    { type: "REQUEST", parts: ["PAK", "USA"], actor: ["USA"] },
  ]),
  eventCase("look-alike: an agreement a visit aims at is no act", "Ngoại trưởng Mỹ tới Ai Cập để đạt thỏa thuận với Israel.", [{ type: "CONSULT", parts: ["EGY", "USA"], mode: "visit" }]),
  // what a signing takes
  eventCase("(new) 'ký hòa ước': a treaty signed, SUPPORT", "Nga và Nhật Bản ký hòa ước.", [{ type: "SUPPORT", parts: ["JPN", "RUS"] }]),
  eventCase("(new) 'ký thư ý định': a letter of intent signed, SUPPORT", "Pháp và Ấn Độ ký thư ý định về hợp tác quốc phòng.", [{ type: "SUPPORT", parts: ["FRA", "IND"] }]),
  eventCase("look-alike: signing a name is no agreement", "Pháp ký tên vào bức thư gửi Ấn Độ.", []),
  // the content of an agreement signed
  eventCase("(new) 'ký thỏa thuận trao đổi tù binh': the signing, no exchange done", "Nga và Ukraine đã ký thỏa thuận trao đổi tù binh.", [{ type: "SUPPORT", parts: ["RUS", "UKR"] }]),
  eventCase("(new) 'ký kết hiệp định ngừng bắn': the signing, no ceasefire observed", "Ấn Độ và Pakistan ký kết hiệp định ngừng bắn.", [{ type: "SUPPORT", parts: ["IND", "PAK"] }]),
  eventCase("look-alike: a ceasefire told after the signing in a clause of its own stands", "Ấn Độ và Pakistan ký thỏa thuận, sau đó ngừng bắn.", [
    { type: "SUPPORT", parts: ["IND", "PAK"] },
    { type: "RETREAT", parts: ["IND", "PAK"], mode: "ceasefire" },
  ]),
  // what a joint agreement governs
  eventCase("(new) 'nhất trí nối lại đối thoại' with no date or place: the agreement alone", "Nhật Bản và Hàn Quốc nhất trí nối lại đối thoại an ninh.", [{ type: "AGREE", parts: ["JPN", "KOR"] }]),
  eventCase("(new) 'nhất trí tổ chức hội nghị' with no date or place: the same", "Ấn Độ và Pakistan nhất trí sớm tổ chức hội nghị cấp cao.", [{ type: "AGREE", parts: ["IND", "PAK"] }]),
  eventCase("an agreed meeting with its own place is a second event, planned", "Nhật Bản và Hàn Quốc nhất trí gặp lại tại Geneva.", [
    { type: "AGREE", parts: ["JPN", "KOR"], status: "occurred" },
    { type: "CONSULT", parts: ["JPN", "KOR"], status: "planned", location: "Geneva" },
  ]),
  eventCase("look-alike: a material act agreed stays a planned event of its own", "Nga và Ukraine nhất trí trao đổi tù binh.", [
    { type: "AGREE", parts: ["RUS", "UKR"] },
    { type: "RETREAT", parts: ["RUS", "UKR"], status: "planned" },
  ]),
  eventCase("look-alike: a stance consuming its act, the same", "Nhật Bản và Hàn Quốc đồng ý nối lại đối thoại an ninh.", [{ type: "AGREE", parts: ["JPN", "KOR"] }]),
];

const run = (c: EventCase) => assertEvents(analyseEvents(envelopeFrom(ACTORS, [c.text]), lex), c.want);
for (const c of CASES) test(`type choice: ${c.name}`, () => run(c));

/** Rows with the timexes the time stage would give. */
const DATED: Array<EventCase & { timexes: Array<[string, string]> }> = [
  {
    name: "(new) an agreement named with 'ký' after it in its group was signed: SUPPORT, dated",
    text: "Nhật Bản và Hàn Quốc khôi phục thỏa thuận an ninh ký năm 2001.",
    timexes: [["năm 2001", "2001"]],
    want: [{ type: "SUPPORT", parts: ["JPN", "KOR"], date: "2001" }],
  },
  {
    name: "an agreed meeting with its own date is a second event, planned",
    text: "Nhật Bản và Hàn Quốc nhất trí gặp lại vào ngày 19/4.",
    timexes: [["ngày 19/4", "2025-04-19"]],
    want: [
      { type: "AGREE", parts: ["JPN", "KOR"], status: "occurred" },
      { type: "CONSULT", parts: ["JPN", "KOR"], status: "planned", date: "2025-04-19" },
    ],
  },
];
for (const c of DATED) test(`type choice, dated: ${c.name}`, () => assertEvents(analyseEvents(envelopeFrom(ACTORS, [c.text], c.timexes), lex), c.want));
