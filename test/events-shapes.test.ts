/**
 * Event types in the sentence shapes Vietnamese news writes them in (issue 14, session 8 "ev6"): for each shape,
 * sentences of our own (not the corpus's wording) with the type, the sides and the status the stage must read, and
 * look-alikes that must stay silent. Rows marked "(new)" gave no event or another one before this session's rules:
 * an act noun heading a relative clause "mà" whose verb carries it takes its sides from that clause ("Cuộc tấn công mà
 * Nga tiến hành nhằm vào Kiev", "Thỏa thuận mà Mỹ ký với Nhật Bản"); a measure named with its owner and its target is
 * one in force ("Lệnh trừng phạt của EU đối với Nga"); a verb ending its clause, coordinated by "và" with the next verb
 * on the same subject, shares that verb's addressee ("lên án và yêu cầu Israel …"); names joined by "và" right after
 * "việc" are one subject ("hoan nghênh việc Nga và Ukraine trao đổi tù binh"); "bác tin" denies what it names;
 * suspending a joint act is a sanction ("tạm dừng chia sẻ thông tin tình báo với"); cutting supplies is one too, and a
 * ban or recall toward a place is toward its state ("cấm xuất khẩu sang Mỹ"); another's statement right after a stance is
 * what it takes the stance on ("từ chối yêu cầu của Iran"); a warning of one's own act threatens whom that act aims at; a giving
 * verb with the goods it gives is aid of the goods' mode ("gửi xe tăng cho Ukraine": cues.json supplies); expelling people is COERCE, diplomats SANCTION;
 * forces withdrawn from a place withdraw from its state (frames.json venue.placeIsRecipient "RETREAT/withdraw"); a side that
 * suffers an act ('hứng chịu') undergoes it; firing a munition ('nã tên lửa vào', cues.json strikes) is an attack.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, eventCase, type EventCase, gpe, place, person, org, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  "Thái Lan": gpe("Thailand", "THA"),
  Campuchia: gpe("Cambodia", "KHM"),
  Moskva: place("Moscow", "RUS"),
  Kiev: place("Kyiv", "UKR"),
  Cairo: place("Cairo", "EGY"),
  Washington: place("Washington", "USA"),
  "Dải Gaza": place("Gaza_Strip", "PSE"),
  "Nhà Trắng": org("White_House", "USA"),
  "Ngoại trưởng Lavrov": person("Sergey_Lavrov", "RUS"),
  "Ngoại trưởng Wang Yi": person("Wang_Yi", "CHN"),
};

const run = (text: string): Doc => analyseEvents(envelopeFrom(ACTORS, [text]), lex);

type Case = EventCase;
const one = eventCase;

const CASES: Case[] = [
  // relative clauses on an act noun: the verb that carries the act gives its doer and its target
  one("(new) 'Thỏa thuận mà A ký với B'", "Thỏa thuận mà Mỹ ký với Nhật Bản có giá trị 550 tỷ USD.", [{ type: "SUPPORT", parts: ["JPN", "USA"], actor: ["USA"] }]),
  one("(new) 'Gói viện trợ mà A cung cấp cho B'", "Gói viện trợ mà Đức cung cấp cho Ukraine gồm nhiều xe tăng.", [{ type: "AID", parts: ["DEU", "UKR"], actor: ["DEU"] }]),
  one("(new) 'Cuộc tấn công mà A tiến hành nhằm vào B'", "Cuộc tấn công mà Nga tiến hành nhằm vào Kiev khiến 5 người chết.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("(new) 'Lệnh trừng phạt mà A áp đặt lên B'", "Lệnh trừng phạt mà EU áp đặt lên Nga đã có hiệu lực.", [{ type: "SANCTION", parts: ["EU", "RUS"], actor: ["EU"] }]),
  one("(new) 'Cuộc gặp mà A có với B': a light verb", "Cuộc gặp mà Tổng thống Trump có với Tổng thống Putin diễn ra tại Alaska.", [{ type: "CONSULT", parts: ["RUS", "USA"] }]),
  one("a relative clause of saying gives no doer: 'Cuộc tấn công mà A mô tả là …'", "Cuộc tấn công mà Ukraine mô tả là khủng bố đã làm 3 người chết.", []),
  // a measure named with its owner and its target
  one("(new) 'Lệnh trừng phạt của A đối với B có hiệu lực'", "Lệnh trừng phạt của EU đối với Nga có hiệu lực từ hôm nay.", [{ type: "SANCTION", parts: ["EU", "RUS"], actor: ["EU"] }]),
  one("(new) 'Các lệnh trừng phạt mới của A nhằm vào B'", "Các lệnh trừng phạt mới của Mỹ nhằm vào Nga.", [{ type: "SANCTION", parts: ["RUS", "USA"], actor: ["USA"] }]),
  one("a measure with its owner alone is background", "Lệnh trừng phạt của EU vẫn còn hiệu lực.", []),
  // coordinated verbs on one subject
  one("(new) 'A lên án và yêu cầu B …': two acts toward B", "Pháp lên án và yêu cầu Israel rút quân.", [
    { type: "ACCUSE", parts: ["FRA", "ISR"], actor: ["FRA"] },
    { type: "REQUEST", parts: ["FRA", "ISR"], actor: ["FRA"] },
  ]),
  one("(new) 'A chỉ trích và cảnh báo B'", "Trung Quốc chỉ trích và cảnh báo Nhật Bản.", [
    { type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["CHN"] },
    { type: "THREATEN", parts: ["CHN", "JPN"], actor: ["CHN"] },
  ]),
  one("'gặp và hội đàm với': one meeting", "Tổng thống Putin gặp và hội đàm với Thủ tướng Modi.", [{ type: "CONSULT", parts: ["IND", "RUS"] }]),
  one("a comma parts the verbs: 'A lên án, B không phản hồi'", "Pháp lên án, Israel không phản hồi.", []),
  // an act named by "việc" with two sides before its verb: one subject, not two clauses
  one("(new) 'hoan nghênh việc A và B trao đổi tù binh': support of both, and the exchange", "Pháp hoan nghênh việc Nga và Ukraine trao đổi tù binh.", [
    { type: "SUPPORT", parts: ["FRA", "RUS", "UKR"], actor: ["FRA"] },
    { type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" },
  ]),
  one("(new) 'phản đối việc A và B tập trận chung'", "Trung Quốc phản đối việc Mỹ và Nhật Bản tập trận chung.", [
    { type: "REJECT", parts: ["CHN", "JPN", "USA"], actor: ["CHN"] },
    { type: "COOPERATE", parts: ["JPN", "USA"] },
  ]),
  // passives
  one("'A bị B cáo buộc …'", "Ukraine bị Nga cáo buộc vi phạm lệnh ngừng bắn.", [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'A được B viện trợ'", "Philippines được Nhật Bản viện trợ tàu tuần tra.", [{ type: "AID", parts: ["JPN", "PHL"], actor: ["JPN"] }]),
  one("'A bị B đe dọa tấn công'", "Hàn Quốc bị Triều Tiên đe dọa tấn công.", [{ type: "THREATEN", parts: ["KOR", "PRK"], mode: "violence", actor: ["PRK"] }]),
  // nominalised acts and topic-first clauses
  one("'Việc A áp thuế lên B khiến …'", "Việc Mỹ áp thuế lên Trung Quốc khiến thị trường lao dốc.", [{ type: "SANCTION", parts: ["CHN", "USA"], actor: ["USA"] }]),
  one("'Chuyến thăm B của A'", "Chuyến thăm Trung Quốc của Tổng thống Putin bắt đầu hôm nay.", [{ type: "CONSULT", parts: ["CHN", "RUS"], mode: "visit", actor: ["RUS"] }]),
  one("'Về phía A, <person> chỉ trích B'", "Về phía Nga, Ngoại trưởng Lavrov chỉ trích Mỹ.", [{ type: "ACCUSE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  // serial verbs
  one("'đến <city> hội đàm với'", "Ngoại trưởng Wang Yi đến Moskva hội đàm với Ngoại trưởng Lavrov.", [{ type: "CONSULT", parts: ["CHN", "RUS"] }]),
  // denials
  one("(new) 'A bác tin đã tấn công B': denied", "Nga bác tin đã tấn công Ukraine.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], status: "denied" }]),
  one("'A phủ nhận việc cung cấp vũ khí cho B': denied", "Trung Quốc phủ nhận việc cung cấp vũ khí cho Nga.", [{ type: "AID", parts: ["CHN", "RUS"], status: "denied" }]),
  one("a negated act is none", "Nga không tấn công Ukraine.", []),
  // future and conditional
  one("'dự kiến thăm': planned", "Tổng thống Trump dự kiến thăm Trung Quốc vào tháng 4.", [{ type: "CONSULT", parts: ["CHN", "USA"], status: "planned" }]),
  // (a sanction held out under a condition is the threat made: cues.json threat.heldOut, test/events-threats.test.ts)
  one("'sẽ … nếu …': the sanction held out is a threat", "Mỹ sẽ áp thuế đối với Ấn Độ nếu Ấn Độ tiếp tục mua dầu Nga.", [{ type: "THREATEN", parts: ["IND", "USA"], actor: ["USA"], status: "occurred" }]),
  // which trigger wins: the stance over the act it names
  one("'kêu gọi B ngừng bắn': a request", "Pháp kêu gọi Israel ngừng bắn tại Gaza.", [{ type: "REQUEST", parts: ["FRA", "ISR"], actor: ["FRA"] }]),
  one("'cáo buộc B tấn công': an accusation", "Iran cáo buộc Israel tấn công cơ sở hạt nhân.", [{ type: "ACCUSE", parts: ["IRN", "ISR"], actor: ["IRN"] }]),
  one("'đe dọa trừng phạt B': a threat, mode restrict", "Mỹ đe dọa trừng phạt Ấn Độ.", [{ type: "THREATEN", parts: ["IND", "USA"], mode: "restrict", actor: ["USA"] }]),
  one("'hoan nghênh thỏa thuận giữa B và C': support", "Nhật Bản hoan nghênh thỏa thuận giữa Thái Lan và Campuchia.", [{ type: "SUPPORT", parts: ["JPN", "KHM", "THA"], actor: ["JPN"] }]),
  one("'kêu gọi B trừng phạt C': the request alone", "Ukraine kêu gọi EU trừng phạt Nga.", [{ type: "REQUEST", parts: ["EU", "UKR"], actor: ["UKR"] }]),
  one("(new) 'từ chối yêu cầu của A': another's request is what is refused", "Mỹ từ chối yêu cầu của Iran.", [{ type: "REJECT", parts: ["IRN", "USA"], actor: ["USA"] }]),
  one("'đồng ý đề nghị của A'", "Nga đồng ý đề nghị của Mỹ.", [{ type: "AGREE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'từ chối đề nghị đàm phán của A': one refusal, no offer", "Iran từ chối đề nghị đàm phán của Mỹ.", [{ type: "REJECT", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  // an offer to mediate is an offer (AGREE); asking another to mediate is a request
  one("(new) 'đề nghị làm trung gian giữa B và C': an offer", "Nga đề nghị làm trung gian giữa Iran và Israel.", [{ type: "AGREE", parts: ["IRN", "ISR", "RUS"], mode: null, actor: ["RUS"] }]),
  one("'đề nghị B làm trung gian': a request to B", "Mỹ đề nghị Qatar làm trung gian giữa Israel và Hamas.", [{ type: "REQUEST", parts: ["QAT", "USA"], actor: ["USA"] }]),
  // a threat of one's own act: whom that act aims at
  one("(new) 'cảnh báo sẽ đáp trả B'", "Nga cảnh báo sẽ đáp trả Mỹ.", [{ type: "THREATEN", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'cảnh báo sẽ áp thuế đối với B': the threat, not the tariff", "Tổng thống Trump cảnh báo sẽ áp thuế đối với Ấn Độ.", [{ type: "THREATEN", parts: ["IND", "USA"], actor: ["USA"] }]),
  // reduced relations
  one("(new) 'cấm xuất khẩu … sang B': the state exports go to", "Trung Quốc cấm xuất khẩu đất hiếm sang Mỹ.", [{ type: "SANCTION", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("(new) 'triệu hồi đại sứ tại B'", "Mỹ triệu hồi đại sứ tại Venezuela.", [{ type: "SANCTION", parts: ["USA", "VEN"], actor: ["USA"] }]),
  one("(new) 'tạm dừng chia sẻ thông tin tình báo với B': a sanction", "Mỹ tạm dừng chia sẻ thông tin tình báo với Ukraine.", [{ type: "SANCTION", parts: ["UKR", "USA"], actor: ["USA"] }]),
  one("(new) 'cắt nguồn cung khí đốt cho B': a sanction", "Nga cắt nguồn cung khí đốt cho Ba Lan.", [{ type: "SANCTION", parts: ["POL", "RUS"], actor: ["RUS"] }]),
  // suffering an act: the subject undergoes it, its owner does it (cues.json receiving)
  one("(new) 'A hứng đòn tập kích của B': B attacks A", "Ukraine hứng đòn tập kích lớn nhất của Nga.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("(new) 'A hứng chịu cuộc tấn công của B'", "Ukraine hứng chịu cuộc tấn công của Nga.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'nguồn cảm hứng' is nothing suffered", "Nga là nguồn cảm hứng cho Trung Quốc.", []),
  // firing a munition at a target (cues.json strikes); a duel of fire is joint
  one("(new) 'nã tên lửa vào <city>'", "Nga nã tên lửa vào Kiev.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("(new) 'dội bom <place>'", "Israel dội bom Dải Gaza.", [{ type: "ASSAULT", parts: ["ISR", "PSE"], actor: ["ISR"] }]),
  one("(new) 'A và B đấu pháo'", "Pakistan và Ấn Độ đấu pháo dữ dội.", [{ type: "ASSAULT", parts: ["IND", "PAK"] }]),
  one("(new) 'phản pháo cáo buộc của B': a rebuttal", "Nga phản pháo cáo buộc của Mỹ.", [{ type: "REJECT", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  // expelling: people is coercion, diplomats a sanction (PLOVER)
  one("(new) 'trục xuất nhà báo B': coercion", "Trung Quốc trục xuất nhà báo Mỹ.", [{ type: "COERCE", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("'trục xuất 10 nhà ngoại giao B': a sanction", "Nga trục xuất 10 nhà ngoại giao Đức.", [{ type: "SANCTION", parts: ["DEU", "RUS"], actor: ["RUS"] }]),
  one("'dọa trục xuất đại sứ B': the threat alone", "Nga dọa trục xuất đại sứ Ba Lan.", [{ type: "THREATEN", parts: ["POL", "RUS"], mode: "expel", actor: ["RUS"] }]),
  // withdrawing from a place is toward its state
  one("(new) 'rút quân khỏi <city>'", "Nga rút quân khỏi Kiev.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "withdraw", actor: ["RUS"] }]),
  one("(new) 'rút binh sĩ khỏi <state>'", "Mỹ rút binh sĩ khỏi Philippines.", [{ type: "RETREAT", parts: ["PHL", "USA"], mode: "withdraw", actor: ["USA"] }]),
  one("a release at a place is not toward the place", "Hamas trao trả con tin tại Washington.", []),
  // aid: a giving verb and the goods it gives (data/events/cues.json supplies), the mode by the goods
  one("(new) 'gửi xe tăng … cho B': military aid", "Đức gửi xe tăng Leopard cho Ukraine.", [{ type: "AID", parts: ["DEU", "UKR"], mode: "military", actor: ["DEU"] }]),
  one("(new) 'chuyển giao tiêm kích F-16 cho B'", "Mỹ chuyển giao tiêm kích F-16 cho Ukraine.", [{ type: "AID", parts: ["UKR", "USA"], mode: "military" }]),
  one("(new) 'gửi thêm 10 xe tăng cho B': a quantity stepped over", "Anh gửi thêm 10 xe tăng cho Ukraine.", [{ type: "AID", parts: ["GBR", "UKR"], mode: "military" }]),
  one("(new) 'gửi lương thực tới B': humanitarian", "Nhật Bản gửi lương thực tới Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "humanitarian", actor: ["JPN"] }]),
  one("(new) 'viện trợ vũ khí cho B': the goods give the mode", "Mỹ viện trợ vũ khí cho Israel.", [{ type: "AID", parts: ["ISR", "USA"], mode: "military" }]),
  one("goods sent to a market are no aid", "Nhà máy gửi thực phẩm ra thị trường.", []),
  one("aid said not to be sent is none", "Mỹ sẽ không gửi vũ khí cho Ukraine.", []),
  // look-alikes that stay silent
  one("a trade war as background", "Cuộc chiến thương mại giữa Mỹ và Trung Quốc đã kéo dài nhiều năm.", []),
  one("cyber attacks with no side", "Các cuộc tấn công mạng nhằm vào Mỹ ngày càng gia tăng.", []),
  one("'ủng hộ viên' is no support", "Các ủng hộ viên của Tổng thống Trump tụ tập tại Washington.", []),
  one("sport: 'trận đấu'", "Đội tuyển Việt Nam thắng Thái Lan trong trận đấu tối qua.", []),
  one("'mối đe dọa lớn' is no threat", "Trung Quốc là mối đe dọa lớn đối với Mỹ.", []),
  one("attacks with no sides", "Các cuộc tấn công ngày càng gia tăng.", []),
  one("tension with no act", "Căng thẳng giữa Ấn Độ và Pakistan leo thang.", []),
  // the topic of talks is no act of its own (lead, session 8)
  one("(new) 'thảo luận về việc đưa viện trợ vào B': the talks only", "Mỹ và Ai Cập thảo luận về việc đưa viện trợ nhân đạo vào Dải Gaza.", [{ type: "CONSULT", parts: ["EGY", "USA"] }]),
  one("(new) 'thảo luận về … , hợp tác ba bên với C': the talks only", "Hàn Quốc và Nhật Bản đã thảo luận về chuỗi cung ứng, an ninh kinh tế và hợp tác ba bên với Mỹ.", [{ type: "CONSULT", parts: ["JPN", "KOR"] }]),
  one("'đàm phán về một lệnh hoãn tấn công': the talks only", "Nga và Ukraine đang đàm phán về một lệnh hoãn tấn công cơ sở năng lượng.", [{ type: "CONSULT", parts: ["RUS", "UKR"] }]),
  one("(new) a place right after the topic is the topic's, not the venue ('tới Cairo để thảo luận … về lệnh ngừng bắn ở Dải Gaza')", "Ngoại trưởng Lavrov đã tới Cairo để thảo luận với Ai Cập về một lệnh ngừng bắn mới ở Dải Gaza.", [{ type: "CONSULT", parts: ["EGY", "RUS"], location: "Cairo", status: "planned" }]),
  one("a venue after the partner, before the topic, stays the venue", "Nga và Ai Cập thảo luận tại Cairo về lệnh ngừng bắn.", [{ type: "CONSULT", parts: ["EGY", "RUS"], location: "Cairo" }]),
  one("(new) an act after the topic, in its own clause ('và sau đó'), stands", "Nga và Ukraine thảo luận về tù binh và sau đó trao đổi 100 tù binh.", [{ type: "CONSULT", parts: ["RUS", "UKR"] }, { type: "RETREAT", parts: ["RUS", "UKR"] }]),
];

for (const c of CASES) test(`shapes: ${c.name}`, () => assertEvents(run(c.text), c.want));
