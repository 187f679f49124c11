/**
 * Trigger coverage per PLOVER type and mode (issue 14, session 7): the Vietnamese verbs a news agency uses
 * for the types the lexicon had few cues for (THREATEN, PROTEST, COERCE, COOPERATE, AID, CONCEDE, REJECT),
 * written from the ontology (../shared/spec/PLOVER.md), not from the corpus, each in sentences of our own with
 * different regions and actors. Every case here gave no event, or another type, before its cue was added.
 * A people's act (a protest) takes a state's people as that state's side ("người dân Philippines tuần hành"):
 * trigger flag `byPeople`, slot "people" of the directed frame. A threat governs the statement it threatens
 * ("đe dọa từ chối …", "dọa phủ quyết …"): one THREATEN, no REJECT.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, eventCase, type EventCase, type WantEvent, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
};

const run = (text: string): Doc => analyseEvents(envelopeFrom(ACTORS, [text]), lex);

type Case = EventCase;
const one = eventCase;

const CASES: Case[] = [
  // THREATEN: what is threatened is no act of its own; the mode says what is threatened
  one("'răn đe' a side", "Trung Quốc răn đe Đài Loan bằng các biện pháp cứng rắn.", [{ type: "THREATEN", parts: ["CHN", "TWN"], actor: ["CHN"] }]),
  one("'dọa áp thuế … đối với': mode restrict", "Trung Quốc dọa áp thuế trả đũa đối với Mỹ.", [{ type: "THREATEN", parts: ["CHN", "USA"], mode: "restrict" }]),
  one("'đe dọa tấn công': mode violence", "Triều Tiên đe dọa tấn công Hàn Quốc.", [{ type: "THREATEN", parts: ["KOR", "PRK"], mode: "violence", actor: ["PRK"] }]),
  one("'đe dọa cắt đứt quan hệ với': mode relations", "Mỹ đe dọa cắt đứt quan hệ với Venezuela.", [{ type: "THREATEN", parts: ["USA", "VEN"], mode: "relations" }]),
  one("'dọa trục xuất': mode expel", "Nga dọa trục xuất các nhà ngoại giao Ba Lan.", [{ type: "THREATEN", parts: ["POL", "RUS"], mode: "expel", actor: ["RUS"] }]),
  one("'khả năng răn đe' is a noun: no event", "Nhật Bản tăng cường khả năng răn đe trước Triều Tiên.", []),
  // PROTEST: the protesters are their state's people
  one("'người dân A tuần hành phản đối B'", "Người dân Philippines tuần hành phản đối Trung Quốc.", [{ type: "PROTEST", parts: ["CHN", "PHL"], mode: "demo", actor: ["PHL"] }]),
  one("'người dân A xuống đường phản đối B'", "Người dân Ai Cập xuống đường phản đối Israel.", [{ type: "PROTEST", parts: ["EGY", "ISR"], mode: "demo", actor: ["EGY"] }]),
  one("'hàng nghìn người A biểu tình phản đối B'", "Hàng nghìn người Hàn Quốc biểu tình phản đối Nhật Bản.", [{ type: "PROTEST", parts: ["JPN", "KOR"], mode: "demo", actor: ["KOR"] }]),
  one("a state's people saying something stay no side", "Người dân Philippines ủng hộ Mỹ.", []),
  // COERCE
  one("'chặn bắt' a vessel", "Triều Tiên chặn bắt một tàu cá Hàn Quốc.", [{ type: "COERCE", parts: ["KOR", "PRK"], actor: ["PRK"] }]),
  one("'quản thúc' an official", "Ấn Độ quản thúc một quan chức Pakistan.", [{ type: "COERCE", parts: ["IND", "PAK"], actor: ["IND"] }]),
  one("'phong tỏa' a side's territory", "Israel phong tỏa Dải Gaza của Hamas.", [{ type: "COERCE", parts: ["HAMAS", "ISR"], actor: ["ISR"] }]),
  one("'dỡ bỏ phong tỏa' is no blockade", "Israel dỡ bỏ phong tỏa đối với Hamas.", [{ type: "CONCEDE", parts: ["HAMAS", "ISR"], actor: ["ISR"] }]),
  // COOPERATE
  one("'A và B diễn tập chung'", "Nga và Trung Quốc diễn tập chung trên biển.", [{ type: "COOPERATE", parts: ["CHN", "RUS"] }]),
  one("'tiến hành diễn tập quân sự chung'", "Mỹ và Anh tiến hành diễn tập quân sự chung.", [{ type: "COOPERATE", parts: ["GBR", "USA"] }]),
  one("'chia sẻ thông tin tình báo' without 'với'", "Hàn Quốc và Nhật Bản chia sẻ thông tin tình báo về Triều Tiên.", [{ type: "COOPERATE", parts: ["JPN", "KOR"] }]),
  one("'hợp tác phát triển'", "Ấn Độ và Nhật Bản hợp tác phát triển tàu cao tốc.", [{ type: "COOPERATE", parts: ["IND", "JPN"] }]),
  // AID
  one("'cung cấp hệ thống phòng không cho': mode military", "Đức cung cấp hệ thống phòng không cho Ukraine.", [{ type: "AID", parts: ["DEU", "UKR"], mode: "military", actor: ["DEU"] }]),
  one("'chuyển giao tên lửa tầm xa cho'", "Anh chuyển giao tên lửa tầm xa cho Ukraine.", [{ type: "AID", parts: ["GBR", "UKR"], mode: "military" }]),
  one("'gửi hàng cứu trợ cho': mode humanitarian", "Nhật Bản gửi hàng cứu trợ cho Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "humanitarian", actor: ["JPN"] }]),
  one("'cấp quy chế tị nạn cho': mode asylum", "Pháp cấp quy chế tị nạn cho một nhà báo Nga.", [{ type: "AID", parts: ["FRA", "RUS"], mode: "asylum", actor: ["FRA"] }]),
  // CONCEDE: easings and regret, not the measure eased
  one("'miễn trừ trừng phạt cho': no sanction", "Mỹ miễn trừ trừng phạt cho Ấn Độ.", [{ type: "CONCEDE", parts: ["IND", "USA"], actor: ["USA"] }]),
  one("'tạm hoãn áp thuế đối với': no sanction", "Mỹ tạm hoãn áp thuế đối với Trung Quốc.", [{ type: "CONCEDE", parts: ["CHN", "USA"], actor: ["USA"] }]),
  one("'bày tỏ lấy làm tiếc với'", "Nhật Bản bày tỏ lấy làm tiếc với Hàn Quốc.", [{ type: "CONCEDE", parts: ["JPN", "KOR"], actor: ["JPN"] }]),
  one("'rút lại các biện pháp trả đũa đối với'", "Trung Quốc rút lại các biện pháp trả đũa đối với Mỹ.", [{ type: "CONCEDE", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("'đơn phương ngừng bắn': declared, not observed", "Nga tuyên bố đơn phương ngừng bắn với Ukraine.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'ân xá cho': a release carried out", "Venezuela ân xá cho các tù nhân chính trị Mỹ.", [{ type: "RETREAT", parts: ["USA", "VEN"], mode: "release", actor: ["VEN"] }]),
  // REJECT
  one("'bác đề xuất của A'", "Nga bác đề xuất của Ukraine.", [{ type: "REJECT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'bác tin' is a denial, no rejection", "Nga bác tin Tổng thống Putin sẽ tới Pháp.", []),
  one("'bác sĩ' is no rejection", "Các bác sĩ Pháp điều trị cho thương binh Ukraine.", []),
  one("'phản bác cáo buộc của A': the accusation is what is rejected", "Iran phản bác cáo buộc của Mỹ.", [{ type: "REJECT", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  one("'bỏ phiếu chống nghị quyết của A'", "Mỹ bỏ phiếu chống nghị quyết của Nga.", [{ type: "REJECT", parts: ["RUS", "USA"], actor: ["USA"] }]),
  one("'phớt lờ lời kêu gọi của A'", "Israel phớt lờ lời kêu gọi của Pháp.", [{ type: "REJECT", parts: ["FRA", "ISR"], actor: ["ISR"] }]),
  one("'gạt phăng đề xuất của A'", "Ukraine gạt phăng đề xuất của Nga.", [{ type: "REJECT", parts: ["RUS", "UKR"], actor: ["UKR"] }]),
  // noun uses of the new cues are no acts
  one("'lực lượng cứu trợ' is a noun", "Lực lượng cứu trợ của Nhật Bản đã có mặt tại Philippines.", []),
  one("'lệnh phong tỏa' kept is no new blockade", "Nga duy trì lệnh phong tỏa đối với Ukraine.", []),
  one("'rút lại tuyên bố' takes back words, no concession", "Mỹ rút lại tuyên bố về Ukraine.", []),
  one("'quyền miễn trừ' is a noun", "Quyền miễn trừ ngoại giao của nhà ngoại giao Nga bị Ba Lan tước bỏ.", []),
  one("'trại tạm giữ' is a place", "Trại tạm giữ ở biên giới Mỹ được mở rộng.", []),
  one("'cơ quan kiểm duyệt' is a body", "Cơ quan kiểm duyệt của Trung Quốc chặn các bài viết về Mỹ.", []),
  one("'chính sách răn đe' is a noun", "Chính sách răn đe của Mỹ đối với Trung Quốc không thay đổi.", []),
  // a statement coordinated with a talk, addressing no one of its own, is addressed to the talk's partner
  one("'điện đàm với B và cảnh báo sẽ …': a threat to B", "Tổng thống Trump đã điện đàm với Tổng thống Putin và cảnh báo sẽ không tiếp tục đàm phán thương mại.", [
    { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone" },
    { type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"] },
  ]),
  one("'hội đàm với B và cảnh báo về …'", "Thủ tướng Modi hội đàm với Pakistan và cảnh báo về nguy cơ xung đột.", [
    { type: "CONSULT", parts: ["IND", "PAK"] },
    { type: "THREATEN", parts: ["IND", "PAK"], actor: ["IND"] },
  ]),
  // which trigger wins: a threat governs the statement it threatens, which is no act of its own yet
  one("'đe dọa từ chối hợp tác với': one threat, no refusal", "Iran đe dọa từ chối hợp tác với Mỹ.", [{ type: "THREATEN", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  one("'dọa phủ quyết nghị quyết của A': one threat, no veto", "Mỹ dọa phủ quyết nghị quyết của Nga.", [{ type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"] }]),
  one("'cảnh báo sẽ từ chối yêu cầu của A': one threat", "Iran cảnh báo sẽ từ chối yêu cầu của Mỹ.", [{ type: "THREATEN", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  // a judged act named as a noun with its own doer is reported too
  one("'ủng hộ cuộc tấn công của A vào B': the support and the attack", "Mỹ ủng hộ cuộc tấn công của Israel vào Iran.", [
    { type: "SUPPORT", parts: ["ISR", "USA"], actor: ["USA"] },
    { type: "ASSAULT", parts: ["IRN", "ISR"], actor: ["ISR"] },
  ]),
  one("'ca ngợi các cuộc không kích của A vào B'", "Israel ca ngợi các cuộc không kích của Mỹ vào Iran.", [
    { type: "SUPPORT", parts: ["ISR", "USA"], actor: ["ISR"] },
    { type: "ASSAULT", parts: ["IRN", "USA"], actor: ["USA"] },
  ]),
  one("talks backed are no act reported of their own", "Mỹ ủng hộ cuộc đàm phán giữa Nga và Ukraine.", [{ type: "SUPPORT", parts: ["RUS", "UKR", "USA"] }]),
  // (lead) a statement that is no stance judges the act noun after it too: "lên án cuộc tấn công của A vào B"
  one("'lên án cuộc tấn công của A vào B': the condemnation and the attack", "Pháp lên án cuộc tấn công của Nga vào Ukraine.", [
    { type: "ACCUSE", parts: ["FRA", "RUS"], actor: ["FRA"] },
    { type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] },
  ]),
  one("'lên án vụ không kích của A nhằm vào B'", "Ai Cập lên án vụ không kích của Israel nhằm vào Iran.", [
    { type: "ACCUSE", parts: ["EGY", "ISR"], actor: ["EGY"] },
    { type: "ASSAULT", parts: ["IRN", "ISR"], actor: ["ISR"] },
  ]),
  // (lead) a refusal or acceptance of another's proposal: "đề xuất/đề nghị" after "từ chối/đồng ý" is its object noun
  // (data/clauses/markers.json nounAfter), not a second modal word; a cue holding its negation is the act
  one("'từ chối đề xuất của A'", "Hamas từ chối đề xuất của Israel.", [{ type: "REJECT", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("'từ chối đề xuất ngừng bắn của A'", "Hamas từ chối đề xuất ngừng bắn của Israel.", [{ type: "REJECT", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("'từ chối đề nghị đàm phán của A'", "Iran từ chối đề nghị đàm phán của Mỹ.", [{ type: "REJECT", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  one("'đồng ý đề xuất của A về …'", "Nga đồng ý đề xuất của Mỹ về ngừng bắn.", [{ type: "AGREE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'từ chối tham gia đàm phán với' stays a refusal of talks", "Nga từ chối tham gia đàm phán với Ukraine.", [{ type: "REJECT", parts: ["RUS", "UKR"], mode: "meet", actor: ["RUS"] }]),
  one("'không chấp nhận kế hoạch … của A': the cue holds its negation", "Nga không chấp nhận kế hoạch hòa bình của Ukraine.", [{ type: "REJECT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  // (lead) a state's people where the recipient is named are that state's side; as a subject they are not the state
  one("'bắt giữ 3 công dân A'", "Nga đã bắt giữ 3 công dân Mỹ.", [{ type: "COERCE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'trả tự do cho 5 công dân A'", "Nga đã trả tự do cho 5 công dân Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'viện trợ cho người dân A'", "Nhật Bản viện trợ cho người dân Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], actor: ["JPN"] }]),
  // (lead) a package named as a noun ("gói viện trợ") is the act where a verb gives it; aid sent to a place goes to its state
  one("'công bố gói viện trợ quân sự cho A'", "Mỹ công bố gói viện trợ quân sự cho Ukraine.", [{ type: "AID", parts: ["UKR", "USA"], mode: "military", actor: ["USA"] }]),
  one("'cung cấp gói viện trợ … trị giá 2 tỷ USD cho A'", "Nhật Bản cung cấp gói viện trợ trị giá 2 tỷ USD cho Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], actor: ["JPN"] }]),
  one("a package delayed, with no giver, is no act", "Gói viện trợ cho Ukraine vẫn bị trì hoãn.", []),
  // (lead) drills with a partner are done together; a launch aimed at a side is an attack
  one("'tập trận với A': joint", "Philippines tập trận với Mỹ.", [{ type: "COOPERATE", parts: ["PHL", "USA"] }]),
  one("'tập trận cùng A': joint", "Nhật Bản tập trận cùng Ấn Độ.", [{ type: "COOPERATE", parts: ["IND", "JPN"] }]),
  one("'tập trận quanh A' stays a show of force at A", "Trung Quốc tập trận quanh Đài Loan.", [{ type: "MOBILIZE", parts: ["CHN", "TWN"], actor: ["CHN"] }]),
  one("'phóng tên lửa nhằm vào A': an attack", "Triều Tiên phóng tên lửa nhằm vào Hàn Quốc.", [{ type: "ASSAULT", parts: ["KOR", "PRK"], actor: ["PRK"] }]),
  // (lead) an act a side considers is proposed, not under way ("đang cân nhắc áp đặt …": markers.json "consider")
  one("'đang cân nhắc áp đặt lệnh trừng phạt đối với A': proposed", "Mỹ đang cân nhắc áp đặt thêm lệnh trừng phạt đối với Nga.", [{ type: "SANCTION", parts: ["RUS", "USA"], status: "proposed" }]),
  one("'đang xem xét gói trừng phạt … nhằm vào A': proposed", "EU đang xem xét gói trừng phạt mới nhằm vào Nga.", [{ type: "SANCTION", parts: ["EU", "RUS"], status: "proposed" }]),
  // (lead) a meeting first expected, then called off: cancelled (the clause's verb is the one after the reduced relative)
  one("'Cuộc gặp … dự kiến diễn ra tại … đã bị hủy bỏ': cancelled", "Cuộc gặp giữa Mỹ và Nga dự kiến diễn ra tại Geneva đã bị hủy bỏ.", [{ type: "CONSULT", parts: ["RUS", "USA"], status: "cancelled" }]),
  one("'cảm ơn A': praise", "Tổng thống Putin cảm ơn Trung Quốc vì lập trường khách quan.", [{ type: "SUPPORT", parts: ["CHN", "RUS"], actor: ["RUS"] }]),
  one("'người A ủng hộ …' is no side", "Người Mỹ ủng hộ kế hoạch của Tổng thống Trump.", []),
  one("'không đồng ý với đề xuất của A'", "Ấn Độ không đồng ý với đề xuất của Pakistan.", [{ type: "REJECT", parts: ["IND", "PAK"], actor: ["IND"] }]),
];

for (const c of CASES) test(`types: ${c.name}`, () => assertEvents(run(c.text), c.want));

// (lead) aid sent to a place is aid to the place's state (frames.json venue.placeIsRecipient), as an attack on it is
test("types: 'gửi gói viện trợ nhân đạo tới <place>': the place's state receives it", () => {
  const actors = { ...ACTORS, "Dải Gaza": { id: "Gaza_Strip", name: "Gaza Strip", type: "place", code: "PSE" } as Actor };
  assertEvents(analyseEvents(envelopeFrom(actors, ["Ai Cập gửi gói viện trợ nhân đạo tới Dải Gaza."]), lex), [{ type: "AID", parts: ["EGY", "PSE"], mode: "humanitarian", actor: ["EGY"] }]);
});

// dates: a later date inside the one an act already has refines it; one outside it does not replace it
const DATED: Array<{ name: string; text: string; timexes: Array<[string, string]>; want: WantEvent[] }> = [
  {
    name: "'năm nay … vào ngày 18/2/2025': the day",
    text: "Cuộc gặp giữa Nga và Mỹ trong năm nay sẽ diễn ra tại Riyadh vào ngày 18/2/2025.",
    timexes: [["năm nay", "2025"], ["ngày 18/2/2025", "2025-02-18"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: "2025-02-18" }],
  },
  {
    name: "'tháng 3 … hôm 14/3': the day",
    text: "Trong tháng 3, Ấn Độ và Pakistan đã đàm phán tại Doha hôm 14/3/2025.",
    timexes: [["tháng 3", "2025-03"], ["14/3/2025", "2025-03-14"]],
    want: [{ type: "CONSULT", parts: ["IND", "PAK"], date: "2025-03-14" }],
  },
  {
    name: "a later date outside the first does not replace it",
    text: "Hôm 5/5/2025, Nhật Bản và Hàn Quốc đã đàm phán về thỏa thuận có hiệu lực từ năm 2026.",
    timexes: [["5/5/2025", "2025-05-05"], ["năm 2026", "2026"]],
    want: [{ type: "CONSULT", parts: ["JPN", "KOR"], date: "2025-05-05" }],
  },
  {
    name: "'Tuần trước, mỗi bên trả về …': a distributive anaphor is the pair, dated by its sentence",
    text: "Nga và Ukraine đã nhiều lần trao đổi tù binh. Tuần trước, mỗi bên trả về 25 quân nhân bị thương.",
    timexes: [["Tuần trước", "2025-W19"]],
    want: [{ type: "RETREAT", parts: ["RUS", "UKR"], date: "2025-W19" }],
  },
  {
    name: "'Vụ phóng diễn ra vào sáng 14/1': a launch named again dates the launch reported before",
    text: "Triều Tiên đã phóng nhiều tên lửa đạn đạo ra biển. Vụ phóng diễn ra vào khoảng 9 giờ sáng 14/1.",
    timexes: [["sáng 14/1", "2025-01-14"]],
    want: [{ type: "MOBILIZE", parts: ["PRK"], date: "2025-01-14" }],
  },
  {
    name: "'Vụ tấn công xảy ra vào rạng sáng 5/7': the attack reported before",
    text: "Nga đã tấn công Ukraine bằng tên lửa. Vụ tấn công xảy ra vào rạng sáng 5/7.",
    timexes: [["rạng sáng 5/7", "2025-07-05"]],
    want: [{ type: "ASSAULT", parts: ["RUS", "UKR"], date: "2025-07-05" }],
  },
];
for (const c of DATED) test(`types, dates: ${c.name}`, () => assertEvents(analyseEvents(envelopeFrom(ACTORS, [c.text], c.timexes), lex), c.want));
