/**
 * Coverage of the ways Vietnamese news writes each kind of act (issue 14, session 6): for each
 * construction, two or three sentences we wrote ourselves, with different regions and actors, rather
 * than the wording of one article. Light verbs ("tiến hành điện đàm", "đưa ra cảnh báo", "ra tuyên bố lên
 * án"), nominalised acts as subjects and objects ("Cuộc điện đàm giữa A và B diễn ra …"), passives (the
 * side undergoing the act before the verb: "bị … tấn công", "được … đón tiếp", and the act in a passive
 * verb's object: "bị EU áp đặt thêm các lệnh trừng phạt"), receiving ("nhận được viện trợ từ …"),
 * coordinated actors ("A, B và C ký …", "A cùng với B …"), sides given by an earlier sentence ("ông",
 * "nước này", "phía …", "hai bên"), reported speech (the quoted act, not the speaking), denials in the same
 * sentence ("bác bỏ thông tin [A sẽ gặp B]"), refusals ("sẽ không đàm phán với …": REJECT), stances toward
 * another's proposal ("chấp nhận đề xuất … của Ấn Độ"), mediation, and the PLOVER types of material acts.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, type WantEvent, gpe, place, person, org, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  "Thái Lan": gpe("Thailand", "THA"),
  Campuchia: gpe("Cambodia", "KHM"),
  Sudan: gpe("Sudan", "SDN"),
  Hamas: org("Hamas", "HAMAS"),
  IAEA: org("IAEA", "IAEA"),
  Hezbollah: org("Hezbollah", "HEZ"),
  EU: org("European_Union", "EU"),
  NATO: org("NATO", "NATO"),
  "Liên Hợp Quốc": org("United_Nations", "UN"),
  Moskva: place("Moscow", "RUS"),
  "Bắc Kinh": place("Beijing", "CHN"),
  Washington: place("Washington", "USA"),
  Doha: place("Doha", "QAT"),
  "Hà Nội": place("Hanoi", "VNM"),
  Tokyo: place("Tokyo", "JPN"),
  Kiev: place("Kyiv", "UKR"),
  "Tổng thống Putin": person("Vladimir_Putin", "RUS"),
  "Tổng thống Zelensky": person("Volodymyr_Zelensky", "UKR"),
  "Tổng thống Trump": person("Donald_Trump", "USA"),
  "Thủ tướng Modi": person("Narendra_Modi", "IND"),
  "Ngoại trưởng Wang Yi": person("Wang_Yi", "CHN"),
  "Ngoại trưởng Lavrov": person("Sergey_Lavrov", "RUS"),
  "Thủ tướng Netanyahu": person("Benjamin_Netanyahu", "ISR"),
  "Tổng thống Macron": person("Emmanuel_Macron", "FRA"),
  "Ngoại trưởng Rubio": person("Marco_Rubio", "USA"),
  "Tổng thống Erdogan": person("Recep_Erdogan", "TUR"),
  "Thủ tướng Ishiba": person("Shigeru_Ishiba", "JPN"),
  "Tổng thống Lee Jae-myung": person("Lee_Jae_myung", "KOR"),
};

const run = (text: string[]): Doc => analyseEvents(envelopeFrom(ACTORS, text), lex);

interface Case {
  name: string;
  text: string[];
  want: WantEvent[];
}

const one = (name: string, text: string, want: WantEvent[]): Case => ({ name, text: [text], want });

const CASES: Case[] = [
  // light verbs and nouns for talks
  one("'tiến hành điện đàm' by a pair", "Tổng thống Putin và Tổng thống Trump đã tiến hành điện đàm vào tối qua.", [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "phone" }]),
  one("'tiến hành hội đàm với'", "Ngoại trưởng Wang Yi tiến hành hội đàm với Ngoại trưởng Lavrov tại Bắc Kinh.", [{ type: "CONSULT", parts: ["CHN", "RUS"], location: "Beijing" }]),
  one("'có cuộc điện đàm với'", "Thủ tướng Ishiba có cuộc điện đàm với Tổng thống Lee Jae-myung.", [{ type: "CONSULT", parts: ["JPN", "KOR"], mode: "phone" }]),
  one("'có cuộc gặp với' at a place", "Tổng thống Macron đã có cuộc gặp với Tổng thống Zelensky tại Kiev.", [{ type: "CONSULT", parts: ["FRA", "UKR"], location: "Kyiv" }]),
  one("'sẽ có chuyến thăm tới' a city: planned visit to its state", "Ngoại trưởng Rubio sẽ có chuyến thăm tới Hà Nội vào tuần tới.", [{ type: "CONSULT", parts: ["USA", "VNM"], mode: "visit", status: "planned" }]),
  one("'ngồi vào bàn đàm phán'", "Đại diện Thái Lan và Campuchia đã ngồi vào bàn đàm phán tại Kuala Lumpur.", [{ type: "CONSULT", parts: ["KHM", "THA"], status: "occurred" }]),
  one("'quay trở lại bàn đàm phán'", "Hamas và Israel đã quay trở lại bàn đàm phán tại Doha.", [{ type: "CONSULT", parts: ["HAMAS", "ISR"], location: "Doha" }]),
  one("a call to return to the table is a request", "Anh, Pháp và Đức kêu gọi Iran quay lại bàn đàm phán.", [{ type: "REQUEST", parts: ["DEU", "FRA", "GBR", "IRN"] }]),
  // nominalised acts as subjects
  one("'Cuộc điện đàm giữa A và B diễn ra …'", "Cuộc điện đàm giữa Thủ tướng Modi và Tổng thống Trump diễn ra trong bầu không khí thân thiện.", [{ type: "CONSULT", parts: ["IND", "USA"], mode: "phone" }]),
  one("'Cuộc gặp giữa A và B đã diễn ra tại …'", "Cuộc gặp giữa Tổng thống Erdogan và Tổng thống Putin đã diễn ra tại Moskva.", [{ type: "CONSULT", parts: ["RUS", "TUR"], location: "Moscow" }]),
  one("'Vòng đàm phán thứ hai giữa A và B đã kết thúc'", "Vòng đàm phán thứ hai giữa Nga và Ukraine đã kết thúc tại Istanbul.", [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("'Cuộc đàm phán giữa A và B sẽ được tổ chức'", "Cuộc đàm phán giữa Mỹ và Iran sẽ được tổ chức tại Oman.", [{ type: "CONSULT", parts: ["IRN", "USA"], status: "planned" }]),
  one("'Chuyến thăm của A tới B kết thúc'", "Chuyến thăm của Thủ tướng Modi tới Nhật Bản kết thúc tốt đẹp.", [{ type: "CONSULT", parts: ["IND", "JPN"], mode: "visit" }]),
  one("'Việc A áp thuế lên hàng hóa B …'", "Việc Mỹ áp thuế lên hàng hóa Trung Quốc khiến thị trường lo ngại.", [{ type: "SANCTION", parts: ["CHN", "USA"] }]),
  one("'Vụ tấn công của A vào <city of B>'", "Vụ tấn công của Nga vào Kiev khiến 10 người thiệt mạng.", [{ type: "ASSAULT", parts: ["RUS", "UKR"] }]),
  // light verbs for statements
  one("'đưa ra lời kêu gọi'", "Trung Quốc đưa ra lời kêu gọi Mỹ dỡ bỏ thuế quan.", [{ type: "REQUEST", parts: ["CHN", "USA"] }]),
  one("'ra tuyên bố lên án'", "Trung Quốc ra tuyên bố lên án Nhật Bản.", [{ type: "ACCUSE", parts: ["CHN", "JPN"] }]),
  one("'đưa ra cáo buộc nhằm vào'", "Iran đưa ra cáo buộc nhằm vào Israel.", [{ type: "ACCUSE", parts: ["IRN", "ISR"] }]),
  one("'đưa ra cảnh báo với'", "Nga đưa ra cảnh báo với NATO.", [{ type: "THREATEN", parts: ["NATO", "RUS"] }]),
  one("'tiến hành không kích nhằm vào'", "Israel tiến hành không kích nhằm vào Iran.", [{ type: "ASSAULT", parts: ["IRN", "ISR"] }]),
  one("'tiến hành trao đổi tù binh': both sides", "Nga và Ukraine tiến hành trao đổi tù binh.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" }]),
  one("'áp đặt lệnh trừng phạt mới đối với'", "Mỹ áp đặt lệnh trừng phạt mới đối với Iran.", [{ type: "SANCTION", parts: ["IRN", "USA"] }]),
  one("'thông qua gói trừng phạt … nhằm vào'", "EU thông qua gói trừng phạt thứ 19 nhằm vào Nga.", [{ type: "SANCTION", parts: ["EU", "RUS"] }]),
  // passives: the side undergoing the act stands first
  one("'bị A tấn công'", "Ukraine bị Nga tấn công bằng tên lửa.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'<B's plant> bị A không kích'", "Nhà máy điện của Ukraine bị Nga không kích.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'bị A cáo buộc'", "Ukraine bị Nga cáo buộc vi phạm lệnh ngừng bắn.", [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'được A viện trợ'", "Ukraine được Mỹ viện trợ thêm vũ khí.", [{ type: "AID", parts: ["UKR", "USA"], actor: ["USA"] }]),
  one("'được A tiếp đón': a visit of the subject to A", "Tổng thống Zelensky được Tổng thống Macron tiếp đón tại Điện Elysee.", [{ type: "CONSULT", parts: ["FRA", "UKR"], mode: "visit", actor: ["UKR"] }]),
  one("'được A đón tiếp' (a host verb wanting a name right after it)", "Thủ tướng Modi được Tổng thống Putin đón tiếp nồng hậu.", [{ type: "CONSULT", parts: ["IND", "RUS"], mode: "visit", actor: ["IND"] }]),
  one("'được A đón tiếp tại <city>'", "Tổng thống Lee Jae-myung được Thủ tướng Ishiba đón tiếp tại Tokyo.", [{ type: "CONSULT", parts: ["JPN", "KOR"], mode: "visit", actor: ["KOR"] }]),
  // the act in a passive verb's object: the agent does it, the subject undergoes it
  one("'bị EU áp đặt thêm các lệnh trừng phạt'", "Nga bị EU áp đặt thêm các lệnh trừng phạt.", [{ type: "SANCTION", parts: ["EU", "RUS"], actor: ["EU"] }]),
  one("'bị Mỹ áp đặt lệnh cấm vận'", "Iran bị Mỹ áp đặt lệnh cấm vận dầu mỏ.", [{ type: "SANCTION", parts: ["IRN", "USA"], actor: ["USA"] }]),
  one("'bị Liên Hợp Quốc áp đặt các biện pháp trừng phạt'", "Triều Tiên bị Liên Hợp Quốc áp đặt các biện pháp trừng phạt mới.", [{ type: "SANCTION", parts: ["PRK", "UN"], actor: ["UN"] }]),
  one("a passive with no agent names no sanctioning side: no event", "Venezuela bị áp đặt thêm lệnh trừng phạt.", []),
  // receiving: the giver acts
  one("'nhận được gói viện trợ quân sự từ A'", "Ukraine nhận được gói viện trợ quân sự từ Mỹ.", [{ type: "AID", parts: ["UKR", "USA"], mode: "military", actor: ["USA"] }]),
  one("'đã nhận viện trợ nhân đạo từ A'", "Sudan đã nhận viện trợ nhân đạo từ Nhật Bản.", [{ type: "AID", parts: ["JPN", "SDN"], mode: "humanitarian", actor: ["JPN"] }]),
  one("'tiếp nhận viện trợ quân sự từ A'", "Philippines tiếp nhận viện trợ quân sự từ Nhật Bản.", [{ type: "AID", parts: ["JPN", "PHL"], mode: "military", actor: ["JPN"] }]),
  // coordinated actors
  one("'A, B và C tổ chức hội đàm'", "Ấn Độ, Pakistan và Trung Quốc tổ chức hội đàm ba bên.", [{ type: "CONSULT", parts: ["CHN", "IND", "PAK"] }]),
  one("'A, B và C ký tuyên bố chung về D'", "Mỹ, Nhật Bản và Hàn Quốc ký tuyên bố chung về Triều Tiên.", [{ type: "SUPPORT", parts: ["JPN", "KOR", "PRK", "USA"] }]),
  one("'A và B áp đặt lệnh trừng phạt đối với C'", "Mỹ và EU áp đặt lệnh trừng phạt đối với Nga.", [{ type: "SANCTION", parts: ["EU", "RUS", "USA"] }]),
  one("'A cáo buộc B và C …'", "Mỹ cáo buộc Nga và Triều Tiên hợp tác quân sự.", [{ type: "ACCUSE", parts: ["PRK", "RUS", "USA"] }]),
  one("'A cùng với B kêu gọi C'", "Pháp cùng với Đức kêu gọi Nga ngừng bắn.", [{ type: "REQUEST", parts: ["DEU", "FRA", "RUS"] }]),
  one("'A cùng B tiến hành tập trận chung'", "Mỹ cùng Nhật Bản tiến hành tập trận chung.", [{ type: "COOPERATE", parts: ["JPN", "USA"] }]),
  one("'A và B cáo buộc lẫn nhau': two accusations", "Israel và Hamas cáo buộc lẫn nhau vi phạm thỏa thuận.", [
    { type: "ACCUSE", parts: ["HAMAS", "ISR"] },
    { type: "ACCUSE", parts: ["HAMAS", "ISR"] },
  ]),
  // the people of a subject named by where they come from, a list after 'từ' (session 13)
  one("'các phái đoàn từ A, B và C' meet: every state of the list is a side", "Các phái đoàn từ Thái Lan, Campuchia và Trung Quốc đã hội đàm tại Bắc Kinh.", [{ type: "CONSULT", parts: ["CHN", "KHM", "THA"], location: "Beijing" }]),
  // a time zone names no side (session 13: cues.json timeZones)
  one("'(giờ Mỹ)' after a day is a time zone, not a side", "Tối 26/1 (giờ Mỹ), Nga và Ukraine đã trao đổi tù binh.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" }]),
  one("… as is 'theo giờ Washington'", "Nga và Ukraine đã trao đổi tù binh lúc 9 giờ sáng theo giờ Washington.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" }]),
  one("… but a state after 'bây giờ' is still a side", "Bây giờ Nga muốn đàm phán với Ukraine.", [{ type: "AGREE", parts: ["RUS", "UKR"] }]),
  // the background an act happens against names no side of it (session 13: connectives.json 'giữa lúc', 'trong bối cảnh')
  one("'trong bối cảnh căng thẳng với C' adds no partner", "Thái Lan và Campuchia ký hiệp định biên giới trong bối cảnh căng thẳng với Trung Quốc gia tăng.", [{ type: "SUPPORT", parts: ["KHM", "THA"] }]),
  one("'giữa lúc C …' is no 'between'", "Thái Lan và Campuchia ký hiệp định biên giới giữa lúc Trung Quốc tăng cường hoạt động quân sự.", [{ type: "SUPPORT", parts: ["KHM", "THA"] }]),
  // members named by example after a plural group are its sides (session 13: cues.json exampleHeads)
  one("'các nước như A và B' as object", "Nga cảnh báo các nước như Thái Lan và Campuchia.", [{ type: "THREATEN", parts: ["KHM", "RUS", "THA"], actor: ["RUS"] }]),
  one("… and as subject", "Các nước như Thái Lan và Campuchia đã lên án Nga.", [{ type: "ACCUSE", parts: ["KHM", "RUS", "THA"], actor: ["KHM", "THA"] }]),
  one("… but 'như' after no plural group names none ('coi A như một phần của B')", "Nga coi Ukraine như một phần của Nga.", []),
  // calls (session 13): the one called after 'cho'; 'qua điện thoại với' keeps its partner
  one("'gọi điện cho' a counterpart", "Tổng thống Macron gọi điện cho Tổng thống Putin.", [{ type: "CONSULT", parts: ["FRA", "RUS"], mode: "phone" }]),
  one("'gọi điện thoại cho' a counterpart", "Tổng thống Macron đã gọi điện thoại cho Tổng thống Putin.", [{ type: "CONSULT", parts: ["FRA", "RUS"], mode: "phone" }]),
  one("'nói chuyện qua điện thoại với' a counterpart", "Tổng thống Macron nói chuyện qua điện thoại với Tổng thống Putin.", [{ type: "CONSULT", parts: ["FRA", "RUS"], mode: "phone" }]),
  // offering a concession is an offer (session 13; GOLD.md Proposals), agreeing to one a concession
  one("'đề xuất thả con tin': an offer, AGREE", "Hamas đề xuất thả toàn bộ con tin cho Israel.", [{ type: "AGREE", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("… but 'đồng ý rút quân khỏi' is a concession", "Nga đồng ý rút quân khỏi Kiev.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  // a hostile act its doer stops is a concession (session 13: frames.json deescalation); one called off stays cancelled
  one("'tuyên bố ngừng tấn công' a side: CONCEDE", "Nga tuyên bố ngừng tấn công các cơ sở năng lượng của Ukraine.", [{ type: "CONCEDE", parts: ["RUS", "UKR"], actor: ["RUS"], status: "occurred" }]),
  one("'ngừng trừng phạt' a side: CONCEDE", "Trung Quốc ngừng trừng phạt Nhật Bản.", [{ type: "CONCEDE", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  one("… but 'hủy cuộc tấn công' is the attack called off", "Mỹ hủy cuộc tấn công vào Iran.", [{ type: "ASSAULT", parts: ["IRN", "USA"], status: "cancelled" }]),
  // contact lost or cut is no contact (session 13: triggers.json 'liên lạc' block)
  one("'mất liên lạc với' is no contact", "Ukraine đã mất liên lạc với Nga.", []),
  one("… but 'duy trì liên lạc' is", "Nga và Ukraine vẫn duy trì liên lạc.", [{ type: "CONSULT", parts: ["RUS", "UKR"] }]),
  // sides given by an earlier sentence
  {
    name: "'Ông' is the person last named",
    text: ["Ngoại trưởng Lavrov có mặt tại Bắc Kinh.", "Ông đã hội đàm với Ngoại trưởng Wang Yi."],
    want: [{ type: "CONSULT", parts: ["CHN", "RUS"] }],
  },
  {
    name: "'Ông cáo buộc …' after a sentence naming him",
    text: ["Thủ tướng Netanyahu phát biểu tại Washington.", "Ông cáo buộc Iran tài trợ cho Hamas."],
    want: [{ type: "ACCUSE", parts: ["IRN", "ISR"] }],
  },
  {
    name: "'Nước này' is the state last named",
    text: ["Nga vừa công bố kế hoạch mới.", "Nước này tuyên bố sẵn sàng đàm phán với Ukraine."],
    want: [{ type: "AGREE", parts: ["RUS", "UKR"] }],
  },
  {
    name: "'Hai bên' is the pair last named",
    text: ["Mỹ và Trung Quốc đã đàm phán tại Geneva.", "Hai bên nhất trí giảm thuế quan."],
    want: [
      { type: "CONSULT", parts: ["CHN", "USA"] },
      { type: "AGREE", parts: ["CHN", "USA"] },
      { type: "CONCEDE", parts: ["CHN", "USA"], status: "planned" },
    ],
  },
  // a statement about an act reported just before, naming no side of its own, is toward whoever did it
  {
    name: "'lên án vụ tấn công' after the attack: toward the attacker",
    text: ["Nga tấn công Kiev bằng tên lửa.", "Pháp lên án vụ tấn công."],
    want: [
      { type: "ASSAULT", parts: ["RUS", "UKR"] },
      { type: "ACCUSE", parts: ["FRA", "RUS"], actor: ["FRA"] },
    ],
  },
  {
    name: "'lên án mạnh mẽ cuộc không kích này'",
    text: ["Israel không kích Qatar hôm 9/9.", "Ai Cập lên án mạnh mẽ cuộc không kích này."],
    want: [
      { type: "ASSAULT", parts: ["ISR", "QAT"] },
      { type: "ACCUSE", parts: ["EGY", "ISR"], actor: ["EGY"] },
    ],
  },
  {
    name: "an act that names its own side keeps it ('lên án vụ tấn công của Hamas')",
    text: ["Nga tấn công Kiev bằng tên lửa.", "Ấn Độ lên án vụ tấn công của Hamas."],
    want: [
      { type: "ASSAULT", parts: ["RUS", "UKR"] },
      { type: "ACCUSE", parts: ["HAMAS", "IND"] },
    ],
  },
  // "nước này" after the verb of a clause is not that clause's own subject
  one("'Nếu A từ chối, B sẽ tấn công … của nước này': nước này is A", "Nếu Iran từ chối, Mỹ sẽ tấn công các cơ sở hạt nhân của nước này.", [{ type: "ASSAULT", parts: ["IRN", "USA"], actor: ["USA"], status: "hypothetical" }]),
  // (held out under a condition, the sanction is a threat: cues.json threat.heldOut)
  one("'B sẽ áp thuế với A nếu nước này …': nước này is A", "Mỹ sẽ áp thuế với Ấn Độ nếu nước này tiếp tục mua dầu của Nga.", [{ type: "THREATEN", parts: ["IND", "USA"], actor: ["USA"], status: "occurred" }]),
  one("'A cho biết nước này sẵn sàng …': a subject 'nước này' is the speaker's state", "Iran cho biết nước này sẵn sàng đàm phán với Mỹ.", [{ type: "AGREE", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  // reported speech: the quoted act is the event
  one("'A cho biết B đã tấn công C'", "Tổng thống Zelensky cho biết Nga đã tấn công Kiev bằng 100 máy bay không người lái.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], status: "occurred" }]),
  one("'A tuyên bố B sẽ tiếp tục tấn công C': planned", "Thủ tướng Netanyahu tuyên bố Israel sẽ tiếp tục tấn công Hamas.", [{ type: "ASSAULT", parts: ["HAMAS", "ISR"], status: "planned" }]),
  one("'A cho hay <capital> sẵn sàng đối thoại với <capital>'", "Bộ Ngoại giao Nga cho hay Moskva sẵn sàng đối thoại với Washington.", [{ type: "AGREE", parts: ["RUS", "USA"] }]),
  {
    name: "a quoted request with its speaker after the quote",
    text: ['"Chúng tôi kêu gọi Israel ngừng bắn ngay lập tức", Tổng thống Macron nói.'],
    want: [{ type: "REQUEST", parts: ["FRA", "ISR"] }],
  },
  // denials in the same sentence
  one("'bác bỏ thông tin [A sẽ gặp B]'", "Nga bác bỏ thông tin Tổng thống Putin sẽ gặp Tổng thống Zelensky.", [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "denied" }]),
  one("'phủ nhận thông tin [A sẽ thăm B]'", "Bộ Ngoại giao Trung Quốc phủ nhận thông tin Ngoại trưởng Wang Yi sẽ thăm Nhật Bản.", [{ type: "CONSULT", parts: ["CHN", "JPN"], status: "denied" }]),
  one("'phủ nhận rằng [A đã tấn công B]'", "Israel phủ nhận rằng Israel đã tấn công Qatar.", [{ type: "ASSAULT", parts: ["ISR", "QAT"], status: "denied" }]),
  // refusals: a negated act said with intent
  one("'sẽ không đàm phán với'", "Iran tuyên bố sẽ không đàm phán với Mỹ.", [{ type: "REJECT", parts: ["IRN", "USA"], mode: "meet", status: "occurred", actor: ["IRN"] }]),
  one("'không muốn đối thoại với'", "Triều Tiên không muốn đối thoại với Hàn Quốc.", [{ type: "REJECT", parts: ["KOR", "PRK"], mode: "meet", actor: ["PRK"] }]),
  one("'sẽ không đối thoại với' reported", "Pakistan tuyên bố sẽ không đối thoại với Ấn Độ.", [{ type: "REJECT", parts: ["IND", "PAK"], mode: "meet" }]),
  one("'sẽ không nhượng bộ'", "Tổng thống Zelensky khẳng định Ukraine sẽ không nhượng bộ Nga.", [{ type: "REJECT", parts: ["RUS", "UKR"], mode: "yield" }]),
  one("'sẽ không rút quân khỏi'", "Nga sẽ không rút quân khỏi Ukraine.", [{ type: "REJECT", parts: ["RUS", "UKR"], mode: "yield" }]),
  one("a quoted refusal", '"Chúng tôi sẽ không đàm phán với Mỹ", Ngoại trưởng Iran tuyên bố.', [{ type: "REJECT", parts: ["IRN", "USA"], mode: "meet" }]),
  one("an act that did not happen ('chưa gặp') is no refusal", "Tổng thống Putin chưa gặp Tổng thống Zelensky.", []),
  // stances toward another's proposal or plan: its owner is the recipient
  one("'chấp nhận đề xuất hòa đàm của A'", "Pakistan chấp nhận đề xuất hòa đàm của Ấn Độ.", [{ type: "AGREE", parts: ["IND", "PAK"], actor: ["PAK"] }]),
  one("'chấp thuận kế hoạch hòa bình của A'", "Hamas chấp thuận kế hoạch hòa bình của Mỹ.", [{ type: "AGREE", parts: ["HAMAS", "USA"], actor: ["HAMAS"] }]),
  one("'ủng hộ sáng kiến hòa bình của A'", "Ukraine ủng hộ sáng kiến hòa bình của Trung Quốc.", [{ type: "SUPPORT", parts: ["CHN", "UKR"], actor: ["UKR"] }]),
  one("'bác bỏ đề xuất của A'", "Ukraine bác bỏ đề xuất của Nga.", [{ type: "REJECT", parts: ["RUS", "UKR"] }]),
  // reducing relations
  one("'cắt đứt quan hệ thương mại với'", "Ấn Độ cắt đứt quan hệ thương mại với Pakistan.", [{ type: "SANCTION", parts: ["IND", "PAK"] }]),
  one("'cắt đứt quan hệ ngoại giao với'", "Venezuela cắt đứt quan hệ ngoại giao với Mỹ.", [{ type: "SANCTION", parts: ["USA", "VEN"], actor: ["VEN"] }]),
  one("'trục xuất nhà ngoại giao <B>'", "Trung Quốc trục xuất nhà ngoại giao Nhật Bản.", [{ type: "SANCTION", parts: ["CHN", "JPN"] }]),
  one("'hủy cuộc gặp với': cancelled talks", "Israel hủy cuộc gặp với Qatar.", [{ type: "CONSULT", parts: ["ISR", "QAT"], status: "cancelled" }]),
  one("'đóng cửa không phận với các hãng hàng không <B>'", "Pakistan đóng cửa không phận với các hãng hàng không Ấn Độ.", [{ type: "SANCTION", parts: ["IND", "PAK"], actor: ["PAK"] }]),
  // a cooperative act one side suspends reduces relations
  one("'tạm ngừng hợp tác với': a sanction of the side suspending", "Iran tạm ngừng hợp tác với IAEA.", [{ type: "SANCTION", parts: ["IAEA", "IRN"], actor: ["IRN"] }]),
  one("'ngừng hợp tác với'", "Nga ngừng hợp tác với NATO.", [{ type: "SANCTION", parts: ["NATO", "RUS"], actor: ["RUS"] }]),
  one("'hợp tác với' itself stays cooperation", "Iran hợp tác với IAEA.", [{ type: "COOPERATE", parts: ["IAEA", "IRN"] }]),
  // forces of two sides together: joint military cooperation
  one("'A và B bắt đầu cuộc tập trận thường niên'", "Hàn Quốc và Mỹ bắt đầu cuộc tập trận thường niên.", [{ type: "COOPERATE", parts: ["KOR", "USA"] }]),
  one("'A và B tiến hành tuần tra chung'", "Trung Quốc và Nga tiến hành tuần tra chung trên Thái Bình Dương.", [{ type: "COOPERATE", parts: ["CHN", "RUS"] }]),
  one("exercises of one side stay a mobilisation", "Trung Quốc tổ chức tập trận quanh Đài Loan.", [{ type: "MOBILIZE", parts: ["CHN"] }]),
  // mediation
  one("'làm trung gian cho cuộc đàm phán giữa A và B'", "Qatar làm trung gian cho cuộc đàm phán giữa Israel và Hamas.", [{ type: "CONSULT", parts: ["HAMAS", "ISR"], third: ["QAT"] }]),
  one("'đứng ra tổ chức vòng đàm phán giữa A và B'", "Thổ Nhĩ Kỳ đứng ra tổ chức vòng đàm phán giữa Nga và Ukraine tại Istanbul.", [{ type: "CONSULT", parts: ["RUS", "UKR"], third: ["TUR"] }]),
  one("'Với sự trung gian của A, B và C đã đạt được thỏa thuận'", "Với sự trung gian của Ai Cập, Israel và Hamas đã đạt được thỏa thuận ngừng bắn.", [{ type: "AGREE", parts: ["HAMAS", "ISR"], third: ["EGY"] }]),
  // an act named as what another is about is no act of its own
  one("'dỡ bỏ lệnh cấm nhập khẩu': the lifted ban is no new sanction", "Trung Quốc dỡ bỏ lệnh cấm nhập khẩu hải sản Nhật Bản.", [{ type: "CONCEDE", parts: ["CHN", "JPN"], actor: ["CHN"] }]),
  one("'gỡ bỏ lệnh cấm nhập khẩu đối với'", "Nhật Bản gỡ bỏ lệnh cấm nhập khẩu đối với Hàn Quốc.", [{ type: "CONCEDE", parts: ["JPN", "KOR"] }]),
  one("'nới lỏng các lệnh hạn chế xuất khẩu đối với'", "Mỹ nới lỏng các lệnh hạn chế xuất khẩu đối với Trung Quốc.", [{ type: "CONCEDE", parts: ["CHN", "USA"] }]),
  one("a warning 'về các cuộc tấn công mới': the attacks are not the warner's", "Iran cảnh báo Israel về các cuộc tấn công mới.", [{ type: "THREATEN", parts: ["IRN", "ISR"] }]),
  one("a warning 'về các cuộc tập trận chung': no exercise of the warner with the warned", "Triều Tiên cảnh báo Hàn Quốc về các cuộc tập trận chung.", [{ type: "THREATEN", parts: ["KOR", "PRK"] }]),
  // material acts
  one("'trả tự do cho con tin <B>'", "Hamas trả tự do cho 20 con tin Israel.", [{ type: "RETREAT", parts: ["HAMAS", "ISR"], mode: "release" }]),
  one("'trao trả tù binh cho B'", "Nga đã trao trả 500 tù binh cho Ukraine.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" }]),
  one("'giao tranh với'", "Lực lượng Israel đã giao tranh với Hezbollah ở miền nam Li-băng.", [{ type: "ASSAULT", parts: ["HEZ", "ISR"] }]),
  one("'A và B đụng độ'", "Quân đội Thái Lan và Campuchia đụng độ tại biên giới.", [{ type: "ASSAULT", parts: ["KHM", "THA"] }]),
  one("'phóng tên lửa đạn đạo': one side mobilises", "Triều Tiên phóng tên lửa đạn đạo ra biển.", [{ type: "MOBILIZE", parts: ["PRK"] }]),
  one("'điều động thêm binh sĩ'", "Nga điều động thêm binh sĩ tới biên giới.", [{ type: "MOBILIZE", parts: ["RUS"] }]),
  one("'bắt giữ tàu chở dầu của B'", "Iran bắt giữ tàu chở dầu của Anh.", [{ type: "COERCE", parts: ["GBR", "IRN"] }]),
  one("'hợp tác với … về'", "Hàn Quốc hợp tác với Mỹ về chip bán dẫn.", [{ type: "COOPERATE", parts: ["KOR", "USA"] }]),
  one("'nới lỏng lệnh trừng phạt đối với'", "Mỹ nới lỏng lệnh trừng phạt đối với Venezuela.", [{ type: "CONCEDE", parts: ["USA", "VEN"] }]),
  // a quantity between a verb and its noun keeps a verb+noun cue whole
  one("'phóng hơn 100 tên lửa vào'", "Nga phóng hơn 100 tên lửa vào Ukraine trong đêm.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'phóng thêm 2 quả tên lửa đạn đạo'", "Triều Tiên phóng thêm 2 quả tên lửa đạn đạo ra biển.", [{ type: "MOBILIZE", parts: ["PRK"] }]),
  one("'triển khai thêm 10.000 binh sĩ tới'", "Nga triển khai thêm 10.000 binh sĩ tới biên giới.", [{ type: "MOBILIZE", parts: ["RUS"] }]),
  one("'triển khai thêm hai tàu sân bay tới'", "Mỹ triển khai thêm hai tàu sân bay tới Trung Đông.", [{ type: "MOBILIZE", parts: ["USA"] }]),
  one("'tăng thêm 10.000 quân tới'", "Nga tăng thêm 10.000 quân tới biên giới.", [{ type: "MOBILIZE", parts: ["RUS"] }]),
  one("'điều thêm 3 tàu chiến tới'", "Trung Quốc điều thêm 3 tàu chiến tới Biển Đông.", [{ type: "MOBILIZE", parts: ["CHN"] }]),
  one("'trao trả hàng trăm tù binh'", "Ukraine đã trao trả hàng trăm tù binh cho Nga.", [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release", actor: ["UKR"] }]),
  // a "của" phrase after the act's object belongs to that object (its owner undergoes the act)
  one("'thừa nhận việc tấn công tàu chở dầu của <B>'", "Iran thừa nhận việc tấn công tàu chở dầu của Anh.", [{ type: "ASSAULT", parts: ["GBR", "IRN"], actor: ["IRN"] }]),
  one("'Việc tấn công tàu chở dầu của <B> …'", "Việc tấn công tàu chở dầu của Nhật Bản khiến giá dầu tăng.", []),
  one("'Vụ tấn công mới nhất của <A> vào <B>': a modifier keeps the possessor the act's own", "Việc tấn công mới nhất của Nga vào Ukraine khiến 3 người chết.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'việc tấn công ngày 7/10 của <A> vào <B>': a date keeps the possessor the act's own", "Israel nhắc lại việc tấn công ngày 7/10 của Hamas vào miền nam Israel.", [{ type: "ASSAULT", parts: ["HAMAS", "ISR"], actor: ["HAMAS"] }]),
  one("'nhất trí trao đổi mỗi bên 1.000 tù binh'", "Nga và Ukraine nhất trí trao đổi mỗi bên 1.000 tù binh.", [
    { type: "AGREE", parts: ["RUS", "UKR"] },
    { type: "RETREAT", parts: ["RUS", "UKR"], status: "planned" },
  ]),
  one("'phản đối việc không kích nhà máy điện của <B>'", "Nga lên tiếng về việc không kích nhà máy điện của Ukraine.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'vụ tấn công tên lửa của <A> vào <B>': an event noun's possessor is its doer", "Vụ tấn công tên lửa của Nga vào Ukraine khiến 5 người chết.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  one("'việc tấn công quân sự của <A> vào <B>': a kind of attack is a modifier", "Việc tấn công quân sự của Nga vào Ukraine khiến giá dầu tăng.", [{ type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  // a conditional mention of a happening another sentence states plainly does not make it hypothetical
  {
    name: "a body's meeting 'sẽ diễn ra', then 'nếu A vắng mặt tại' it: planned",
    text: ["Hội nghị thượng đỉnh NATO sẽ diễn ra tại The Hague vào tháng tới.", "Nếu Ukraine vắng mặt tại hội nghị NATO, đó sẽ là một chiến thắng cho Nga."],
    want: [{ type: "CONSULT", parts: ["NATO"], status: "planned" }],
  },
  {
    name: "'nếu A vắng mặt tại' a body's meeting, then it 'sẽ diễn ra': planned",
    text: ["Nếu Ukraine vắng mặt tại hội nghị NATO, đó sẽ là một chiến thắng cho Nga.", "Hội nghị thượng đỉnh NATO sẽ diễn ra tại The Hague vào tháng tới."],
    want: [{ type: "CONSULT", parts: ["NATO"], status: "planned" }],
  },
  one("'cung cấp viện trợ nhân đạo cho'", "Nhật Bản cung cấp viện trợ nhân đạo cho Sudan.", [{ type: "AID", parts: ["JPN", "SDN"], mode: "humanitarian" }]),
];

for (const c of CASES) test(`constructions: ${c.name}`, () => assertEvents(run(c.text), c.want));
