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
  // RETREAT: forces withdrawn from a place, arms laid down, a truce kept
  one("'rút khỏi' a place: the place's state", "Nga rút khỏi thành phố Kherson của Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "withdraw", actor: ["RUS"] }]),
  one("'rút lui khỏi'", "Quân đội Nga rút lui khỏi Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "withdraw", actor: ["RUS"] }]),
  one("'rút hết quân khỏi'", "Mỹ rút hết quân khỏi Iran.", [{ type: "RETREAT", parts: ["IRN", "USA"], mode: "withdraw", actor: ["USA"] }]),
  one("'rút khỏi thỏa thuận' leaves a treaty, no forces withdrawn", "Mỹ rút khỏi thỏa thuận hạt nhân với Iran.", []),
  one("'giao nộp vũ khí cho': mode disarm", "Hamas giao nộp vũ khí cho Israel.", [{ type: "RETREAT", parts: ["HAMAS", "ISR"], mode: "disarm", actor: ["HAMAS"] }]),
  one("'A và B đình chiến': a truce kept by both", "Nga và Ukraine đình chiến.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "ceasefire" }]),
  // CONCEDE: concessions, regret, measures lifted
  one("'bày tỏ hối tiếc với'", "Nhật Bản bày tỏ hối tiếc với Hàn Quốc.", [{ type: "CONCEDE", parts: ["JPN", "KOR"], actor: ["JPN"] }]),
  one("'dỡ lệnh cấm vận đối với': a lifting, no sanction", "Mỹ dỡ lệnh cấm vận đối với Venezuela.", [{ type: "CONCEDE", parts: ["USA", "VEN"], actor: ["USA"] }]),
  one("'nhân nhượng' a side", "Trung Quốc nhân nhượng Mỹ.", [{ type: "CONCEDE", parts: ["CHN", "USA"], actor: ["CHN"] }]),
  one("'miễn thuế cho' a side's goods", "Mỹ miễn thuế cho hàng hóa Ấn Độ.", [{ type: "CONCEDE", parts: ["IND", "USA"], actor: ["USA"] }]),
  one("'các khoản miễn thuế' named is no act", "Các khoản miễn thuế của Mỹ đã hết hạn.", []),
  // SANCTION: relations cut, missions closed, tariffs, visas, membership suspended
  one("'đình chỉ tư cách thành viên của'", "EU đình chỉ tư cách thành viên của Nga.", [{ type: "SANCTION", parts: ["EU", "RUS"], actor: ["EU"] }]),
  one("'cắt quan hệ với'", "Ukraine cắt quan hệ với Iran.", [{ type: "SANCTION", parts: ["IRN", "UKR"], actor: ["UKR"] }]),
  one("'đóng cửa lãnh sự quán' of a state", "Nga đóng cửa lãnh sự quán Ba Lan.", [{ type: "SANCTION", parts: ["POL", "RUS"], actor: ["RUS"] }]),
  one("'áp mức thuế … đối với': a rate stepped over", "Mỹ áp mức thuế 25% đối với Ấn Độ.", [{ type: "SANCTION", parts: ["IND", "USA"], actor: ["USA"] }]),
  one("'hạn chế nhập khẩu' a side's goods", "Trung Quốc hạn chế nhập khẩu hải sản Nhật Bản.", [{ type: "SANCTION", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  one("'đình chỉ tham gia hiệp ước với'", "Nga đình chỉ tham gia hiệp ước với Mỹ.", [{ type: "SANCTION", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'đóng cửa biên giới với'", "Nga đóng cửa biên giới với Ba Lan.", [{ type: "SANCTION", parts: ["POL", "RUS"], actor: ["RUS"] }]),
  // COERCE: sentences, jail, seizures, searches, bans
  one("'kết án' a state's citizen", "Tòa án Nga kết án một nhà báo Mỹ 16 năm tù.", [{ type: "COERCE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'tống giam' citizens", "Trung Quốc tống giam hai công dân Anh.", [{ type: "COERCE", parts: ["CHN", "GBR"], actor: ["CHN"] }]),
  one("'chiếm giữ' a vessel", "Iran chiếm giữ một tàu chở dầu của Anh.", [{ type: "COERCE", parts: ["GBR", "IRN"], actor: ["IRN"] }]),
  one("'khám xét' premises", "Ấn Độ khám xét trụ sở của một công ty Trung Quốc.", [{ type: "COERCE", parts: ["CHN", "IND"], actor: ["IND"] }]),
  one("'cấm hoạt động của' an organisation", "Nga cấm hoạt động của một tổ chức Mỹ.", [{ type: "COERCE", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  one("'bản kết án' named is no sentence passed", "Bản kết án của Nga đối với công dân Mỹ gây tranh cãi.", []),
  one("'chiếm giữ vị trí' holds a rank", "Trung Quốc chiếm giữ vị trí thứ hai về thương mại với Mỹ.", []),
  // SUPPORT: standing by, praise, thanks, approval of an agreement
  one("'sát cánh cùng'", "Anh sát cánh cùng Ukraine.", [{ type: "SUPPORT", parts: ["GBR", "UKR"], actor: ["GBR"] }]),
  one("'đánh giá tích cực đề xuất của'", "Ấn Độ đánh giá tích cực đề xuất của Nga.", [{ type: "SUPPORT", parts: ["IND", "RUS"], actor: ["IND"] }]),
  one("'phê duyệt hiệp định với'", "Hàn Quốc phê duyệt hiệp định với Nhật Bản.", [{ type: "SUPPORT", parts: ["JPN", "KOR"], actor: ["KOR"] }]),
  one("'biết ơn' a side", "Ukraine biết ơn Ba Lan.", [{ type: "SUPPORT", parts: ["POL", "UKR"], actor: ["UKR"] }]),
  // AGREE: agreements and consensus reached, willingness signalled
  one("'A và B đi đến thỏa thuận'", "Ấn Độ và Pakistan đi đến thỏa thuận về nguồn nước.", [{ type: "AGREE", parts: ["IND", "PAK"] }]),
  one("'A và B đồng thuận' as a verb", "Pakistan và Ấn Độ đồng thuận mở lại đường biên.", [{ type: "AGREE", parts: ["IND", "PAK"] }]),
  one("'nguyên tắc đồng thuận' is a noun", "Pháp và Đức tôn trọng nguyên tắc đồng thuận.", []),
  one("'ngỏ ý đàm phán với': willingness", "Iran ngỏ ý đàm phán với Mỹ.", [{ type: "AGREE", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  // REJECT: calls ignored, recognition refused
  one("'bỏ ngoài tai lời kêu gọi của'", "Israel bỏ ngoài tai lời kêu gọi của Pháp.", [{ type: "REJECT", parts: ["FRA", "ISR"], actor: ["ISR"] }]),
  one("'không thừa nhận' a government", "Trung Quốc không thừa nhận chính quyền Đài Loan.", [{ type: "REJECT", parts: ["CHN", "TWN"], actor: ["CHN"] }]),
  // REQUEST: appeals, petitions, calls for help
  one("'cầu cứu': mode assist", "Ukraine cầu cứu Mỹ.", [{ type: "REQUEST", parts: ["UKR", "USA"], mode: "assist", actor: ["UKR"] }]),
  one("'khẩn cầu B làm': the asked act is no event of its own", "Ukraine khẩn cầu Đức cung cấp thêm vũ khí.", [{ type: "REQUEST", parts: ["DEU", "UKR"], actor: ["UKR"] }]),
  one("'kiến nghị B làm'", "Philippines kiến nghị Trung Quốc rút tàu.", [{ type: "REQUEST", parts: ["CHN", "PHL"], actor: ["PHL"] }]),
  // AID: debt forgiven, rescue teams, training, goods donated
  one("'xóa nợ cho': mode economic", "Pháp xóa nợ cho Ai Cập.", [{ type: "AID", parts: ["EGY", "FRA"], mode: "economic", actor: ["FRA"] }]),
  one("'cử đội cứu hộ tới': mode humanitarian", "Nhật Bản cử đội cứu hộ tới Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "humanitarian", actor: ["JPN"] }]),
  one("'huấn luyện binh sĩ' of another state: mode military", "Anh huấn luyện binh sĩ Ukraine.", [{ type: "AID", parts: ["GBR", "UKR"], mode: "military", actor: ["GBR"] }]),
  one("'huấn luyện viên' is a coach", "Huấn luyện viên người Đức dẫn dắt đội tuyển Nhật Bản.", []),
  one("'tặng vắc xin cho': a giving verb and its goods", "Nhật Bản tặng vắc xin cho Philippines.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "humanitarian", actor: ["JPN"] }]),
  one("'tặng hoa' is no aid", "Nhật Bản tặng hoa cho Thủ tướng Modi.", []),
  // COOPERATE
  one("'chuyển giao công nghệ cho'", "Hàn Quốc chuyển giao công nghệ cho Ấn Độ.", [{ type: "COOPERATE", parts: ["IND", "KOR"], actor: ["KOR"] }]),
  one("'A và B trao đổi tình báo'", "Mỹ và Nhật Bản trao đổi tình báo về Triều Tiên.", [{ type: "COOPERATE", parts: ["JPN", "USA"] }]),
  one("'bắt tay hợp tác với'", "Ấn Độ bắt tay hợp tác với Nhật Bản.", [{ type: "COOPERATE", parts: ["IND", "JPN"] }]),
  // CONSULT: discussions, courtesy calls, phone calls, working sessions
  one("'A và B bàn bạc'", "Pháp và Đức bàn bạc về Ukraine.", [{ type: "CONSULT", parts: ["DEU", "FRA"] }]),
  one("'chào xã giao': the caller visits", "Đại sứ Nhật Bản chào xã giao Thủ tướng Modi.", [{ type: "CONSULT", parts: ["IND", "JPN"], mode: "visit", actor: ["JPN"] }]),
  one("'điện thoại cho': a phone call", "Tổng thống Trump điện thoại cho Tổng thống Putin.", [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "phone" }]),
  one("'có buổi làm việc với': a working session", "Ngoại trưởng Pháp có buổi làm việc với Ngoại trưởng Đức.", [{ type: "CONSULT", parts: ["DEU", "FRA"] }]),
  // ASSAULT: destruction, shooting down, counter-attacks, sieges, fire opened, water cannon, captures
  one("'phá hủy' a side's equipment", "Ukraine phá hủy hai xe tăng của Nga.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["UKR"] }]),
  one("'bắn rơi' a side's drone", "Israel bắn rơi máy bay không người lái của Iran.", [{ type: "ASSAULT", parts: ["IRN", "ISR"], actor: ["ISR"] }]),
  one("'phản công' a side", "Quân đội Ukraine phản công Nga ở miền nam.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["UKR"] }]),
  one("'nổ súng vào' a state's people", "Binh sĩ Israel nổ súng vào người dân Ai Cập.", [{ type: "ASSAULT", parts: ["EGY", "ISR"], actor: ["ISR"] }]),
  one("'ngừng nổ súng' is no shooting", "Ấn Độ và Pakistan ngừng nổ súng.", []),
  one("'phun vòi rồng vào' a vessel", "Tàu hải cảnh Trung Quốc phun vòi rồng vào tàu Philippines.", [{ type: "ASSAULT", parts: ["CHN", "PHL"], actor: ["CHN"] }]),
  one("'bao vây' a side's city", "Nga bao vây thành phố Mariupol của Ukraine.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'chiếm được' a side's town", "Nga chiếm được thị trấn Bakhmut của Ukraine.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'chiếm được đa số ghế' wins seats", "Đảng của ông chiếm được đa số ghế tại Ukraine.", []),
  // MOBILIZE: troops massed, test-firings, drills
  one("'dàn quân gần biên giới' of a side", "Nga dàn quân gần biên giới Ukraine.", [{ type: "MOBILIZE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'bắn thử tên lửa': one side", "Triều Tiên bắn thử tên lửa.", [{ type: "MOBILIZE", parts: ["PRK"] }]),
  one("'diễn tập quân sự quanh' a side", "Trung Quốc diễn tập quân sự quanh Đài Loan.", [{ type: "MOBILIZE", parts: ["CHN", "TWN"], actor: ["CHN"] }]),
  // THREATEN
  one("'hăm dọa' a side", "Iran hăm dọa Israel.", [{ type: "THREATEN", parts: ["IRN", "ISR"], actor: ["IRN"] }]),
  one("'dọa đáp trả': mode violence", "Trung Quốc dọa đáp trả Nhật Bản.", [{ type: "THREATEN", parts: ["CHN", "JPN"], mode: "violence", actor: ["CHN"] }]),
  one("'mối uy hiếp' is a noun", "Triều Tiên là mối uy hiếp đối với Nhật Bản.", []),
  // PROTEST
  one("'người dân A mít tinh phản đối B'", "Người dân Hàn Quốc mít tinh phản đối Nhật Bản.", [{ type: "PROTEST", parts: ["JPN", "KOR"], mode: "demo", actor: ["KOR"] }]),
  one("'mít tinh kỷ niệm' is a commemoration", "Người dân Pháp mít tinh kỷ niệm chiến thắng trước Đức.", []),
  one("'bao vây đại sứ quán': protesters, not a siege", "Người dân Iran bao vây đại sứ quán Anh.", [{ type: "PROTEST", parts: ["GBR", "IRN"], mode: "obstruct", actor: ["IRN"] }]),
  // second pass: lawsuits named, vessels and troops withdrawn, quotas and caps, urging, sinking, hostages
  one("'vụ kiện của A chống lại B': a lawsuit named", "Vụ kiện của Ukraine chống lại Nga được tòa xem xét.", [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["UKR"] }]),
  one("'rút tàu khỏi'", "Trung Quốc rút tàu khỏi Philippines.", [{ type: "RETREAT", parts: ["CHN", "PHL"], mode: "withdraw", actor: ["CHN"] }]),
  one("'giảm quân tại'", "Mỹ giảm quân tại Đức.", [{ type: "RETREAT", parts: ["DEU", "USA"], mode: "withdraw", actor: ["USA"] }]),
  one("'áp giá trần đối với dầu' of a side", "EU áp giá trần đối với dầu Nga.", [{ type: "SANCTION", parts: ["EU", "RUS"], actor: ["EU"] }]),
  one("'giục B làm': a request, the urged act no event of its own", "Mỹ giục Israel ngừng bắn.", [{ type: "REQUEST", parts: ["ISR", "USA"], actor: ["USA"] }]),
  one("'bắn chìm' a side's vessel", "Iran bắn chìm một tàu của Mỹ.", [{ type: "ASSAULT", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  one("'bắt làm con tin' a state's citizens: an assault, no arrest", "Hamas bắt làm con tin hai công dân Israel.", [{ type: "ASSAULT", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("'trang bị vũ khí cho': a giving verb and its goods", "Mỹ trang bị vũ khí cho Ukraine.", [{ type: "AID", parts: ["UKR", "USA"], mode: "military", actor: ["USA"] }]),
  // look-alikes of the second kind: a welcome is a host's, a border opened to tourists is no concession carried out
  one("'chào mừng' a visitor is no endorsement", "Tổng thống Trump chào mừng Thủ tướng Modi tại Nhà Trắng.", []),
  one("'mở cửa biên giới cho du khách' is no act toward a side", "Hàn Quốc mở cửa biên giới cho du khách Trung Quốc.", []),
  one("'tạm đóng cửa đại sứ quán tại' is one's own mission closed for safety", "Mỹ tạm đóng cửa đại sứ quán tại Israel vì lý do an ninh.", []),
  one("'rút khỏi EU' leaves a body, no forces withdrawn", "Anh rút khỏi EU vào năm 2020.", []),
  // session 14 (issue 14, general knowledge): border crossings closed, envoys of every rank, forces sent, membership bids and blocking them, street protests 'để phản đối'
  one("'tạm đóng cửa khẩu trên biên giới với' a side", "Pháp tạm đóng cửa khẩu trên biên giới với Đức.", [{ type: "SANCTION", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  one("'việc đóng cửa khẩu' named is no act", "Việc đóng cửa khẩu khiến nhiều xe tải của Ba Lan mắc kẹt.", []),
  one("'không đóng cửa khẩu': a negated act", "Nga không đóng cửa khẩu với Ba Lan.", []),
  one("'điều binh sĩ tới': forces sent, one side", "Mỹ điều binh sĩ tới Israel.", [{ type: "MOBILIZE", parts: ["USA"], actor: ["USA"] }]),
  one("'khả năng điều lực lượng' is a topic noun", "Khả năng điều lực lượng tới Ukraine vẫn để ngỏ.", []),
  one("'điều binh sĩ tới': forces sent, one side", "Mỹ điều binh sĩ tới Israel.", [{ type: "MOBILIZE", parts: ["USA"], actor: ["USA"] }]),
  one("'khả năng điều lực lượng' is a topic noun", "Khả năng điều lực lượng tới Ukraine vẫn để ngỏ.", []),
  one("'triệu hồi công sứ tại' a state", "Pháp triệu hồi công sứ tại Iran.", [{ type: "SANCTION", parts: ["FRA", "IRN"], actor: ["FRA"] }]),
  one("'trục xuất cao ủy' of a state", "Anh trục xuất cao ủy Ấn Độ.", [{ type: "SANCTION", parts: ["GBR", "IND"], actor: ["GBR"] }]),
  one("'triệu Cao ủy … để phản đối': a summons is an accusation", "Ấn Độ triệu Cao ủy Pakistan để phản đối.", [{ type: "ACCUSE", parts: ["IND", "PAK"], actor: ["IND"] }]),
  one("'nộp đơn xin gia nhập' a body: a request to it", "Ukraine nộp đơn xin gia nhập EU.", [{ type: "REQUEST", parts: ["EU", "UKR"], actor: ["UKR"] }]),
  one("'đơn xin gia nhập' named is no application filed", "Đơn xin gia nhập EU của Ukraine đang được xem xét.", []),
  one("'bị A ngăn cản': a bid blocked", "Hồ sơ của Ukraine vẫn bị Pháp ngăn cản.", [{ type: "REJECT", parts: ["FRA", "UKR"], actor: ["FRA"] }]),
  one("'không ngăn cản': a negated act", "Pháp không ngăn cản Ukraine gia nhập NATO.", []),
  one("'ngăn cản người biểu tình': a domestic act, no other side", "Cảnh sát Pháp ngăn cản người biểu tình.", []),
  one("'xuống đường biểu tình để phản đối' a state", "Người dân Hàn Quốc xuống đường biểu tình để phản đối Nhật Bản.", [{ type: "PROTEST", parts: ["JPN", "KOR"], mode: "demo", actor: ["KOR"] }]),
  one("'xuống đường biểu tình đòi tăng lương': domestic, no other side", "Người dân Hàn Quốc xuống đường biểu tình đòi tăng lương.", []),
  one("'đăng bình luận xúc phạm' a leader: an insult is an accusation", "Ba thứ trưởng Pakistan đăng bình luận xúc phạm Thủ tướng Modi.", [{ type: "ACCUSE", parts: ["IND", "PAK"], actor: ["PAK"] }]),
  one("'lăng mạ' a side", "Triều Tiên lăng mạ Hàn Quốc.", [{ type: "ACCUSE", parts: ["KOR", "PRK"], actor: ["PRK"] }]),
  one("'cảm thấy bị xúc phạm' names no one", "Người dân Ấn Độ cảm thấy bị xúc phạm.", []),
  one("'không xúc phạm': a negated act", "Iran không xúc phạm Israel.", []),
];

for (const c of CASES) test(`vocab: ${c.name}`, () => assertEvents(run(c.text), c.want));
