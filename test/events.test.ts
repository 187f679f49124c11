import { test } from "node:test";
import assert from "node:assert/strict";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, codesOf, envelopeFrom, type WantEvent } from "./helpers/envelope.js";
import { splitSentences } from "../src/events/text.js";

const lex = buildLexicon();

const ACTORS: Record<string, Actor> = {
  Nga: { id: "Russia", name: "Russia", type: "gpe", code: "RUS" },
  Moscow: { id: "Moscow", name: "Moscow", type: "place", code: "RUS" },
  Ukraine: { id: "Ukraine", name: "Ukraine", type: "gpe", code: "UKR" },
  Kiev: { id: "Kyiv", name: "Kyiv", type: "place", code: "UKR" },
  Mỹ: { id: "United_States", name: "United States", type: "gpe", code: "USA" },
  Qatar: { id: "Qatar", name: "Qatar", type: "gpe", code: "QAT" },
  "Thổ Nhĩ Kỳ": { id: "Turkey", name: "Turkey", type: "gpe", code: "TUR" },
  Istanbul: { id: "Istanbul", name: "Istanbul", type: "place", code: "TUR" },
  Geneva: { id: "Geneva", name: "Geneva", type: "place", code: "CHE" },
  Bloomberg: { id: "Bloomberg_News", name: "Bloomberg News", type: "media", code: null },
  "Tổng thống Putin": { id: "Vladimir_Putin", name: "Vladimir Putin", type: "person", code: "RUS" },
  "Tổng thống Trump": { id: "Donald_Trump", name: "Donald Trump", type: "person", code: "USA" },
  Zelensky: { id: "Volodymyr_Zelenskyy", name: "Volodymyr Zelenskyy", type: "person", code: "UKR" },
  "Liên Hợp Quốc": { id: "United_Nations", name: "United Nations", type: "org", code: "UN" },
  NATO: { id: "NATO", name: "NATO", type: "org", code: "NATO" },
  Lavrov: { id: "Sergey_Lavrov", name: "Sergey Lavrov", type: "person", code: "RUS" },
  Rubio: { id: "Marco_Rubio", name: "Marco Rubio", type: "person", code: "USA" },
  "Tổng thống Erdogan": { id: "Recep_Tayyip_Erdoğan", name: "Recep Tayyip Erdoğan", type: "person", code: "TUR" },
  "Trung Quốc": { id: "China", name: "China", type: "gpe", code: "CHN" },
  Israel: { id: "Israel", name: "Israel", type: "gpe", code: "ISR" },
  "Thái Lan": { id: "Thailand", name: "Thailand", type: "gpe", code: "THA" },
  Campuchia: { id: "Cambodia", name: "Cambodia", type: "gpe", code: "KHM" },
  Malaysia: { id: "Malaysia", name: "Malaysia", type: "gpe", code: "MYS" },
  "Kuala Lumpur": { id: "Kuala_Lumpur", name: "Kuala Lumpur", type: "place", code: "MYS" },
  ASEAN: { id: "ASEAN", name: "ASEAN", type: "org", code: "ASEAN" },
  EU: { id: "European_Union", name: "European Union", type: "org", code: "EU" },
  Iran: { id: "Iran", name: "Iran", type: "gpe", code: "IRN" },
  Anh: { id: "United_Kingdom", name: "United Kingdom", type: "gpe", code: "GBR" },
  "Ấn Độ": { id: "India", name: "India", type: "gpe", code: "IND" },
  "Nhà Trắng": { id: "White_House", name: "White House", type: "org", code: "USA" },
  Venezuela: { id: "Venezuela", name: "Venezuela", type: "gpe", code: "VEN" },
  "Nhật Bản": { id: "Japan", name: "Japan", type: "gpe", code: "JPN" },
  "Timor Leste": { id: "East_Timor", name: "East Timor", type: "gpe", code: "TLS" },
  Hamas: { id: "Hamas", name: "Hamas", type: "org", code: "HAMAS" },
  Cairo: { id: "Cairo", name: "Cairo", type: "place", code: "EGY" },
  Budapest: { id: "Budapest", name: "Budapest", type: "place", code: "HUN" },
  Antalya: { id: "Antalya", name: "Antalya", type: "place", code: "TUR" },
  "Không quân Israel": { id: "Israeli_Air_Force", name: "Israeli Air Force", type: "org", code: "ISR" },
  "Dải Gaza": { id: "Gaza_Strip", name: "Gaza Strip", type: "place", code: "PSE" },
};

const envelope = (paragraphs: string[], timexes: Array<[string, string]> = []): Doc => envelopeFrom(ACTORS, paragraphs, timexes);

const codes = codesOf;

interface Case {
  name: string;
  text: string[];
  timexes?: Array<[string, string]>;
  want: WantEvent[];
}

const CASES: Case[] = [
  {
    name: "a pronoun or a dropped subject after 'nói rằng' is the speaker",
    text: ["Zelensky nói rằng ông sẵn sàng gặp Tổng thống Putin."],
    want: [{ type: "AGREE", parts: ["RUS", "UKR"] }],
  },
  {
    name: "stances listed as a draft's terms are no events",
    text: ["Nga và Ukraine đã đàm phán.", "Dự thảo hiệp ước bao gồm việc Kiev đồng ý giữ vị thế trung lập và chấp nhận các hạn chế."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"] }],
  },
  {
    name: "a clause opening on its verb after a reporting verb has the speaker's subject",
    text: ["Tổng thống Erdogan cho biết sẽ thăm Budapest vào tuần tới."],
    want: [{ type: "CONSULT", mode: "visit", parts: ["HUN", "TUR"], status: "planned" }],
  },
  {
    name: "sanctions with no target named are no event",
    text: ["Ông Maduro tuyên thệ nhậm chức, Mỹ và EU áp thêm trừng phạt."],
    want: [],
  },
  {
    name: "sides that each met someone did not meet each other",
    text: ["Anh và Ấn Độ đều có các cuộc gặp song phương bên lề hội nghị."],
    want: [],
  },
  {
    name: "'hai bên' after a pair met once still stands for the pair the article keeps naming together",
    text: ["Nga và Ukraine đã đàm phán.", "Nga và Ukraine sẽ gặp lại.", "Tổng thống Trump sẽ thăm Istanbul.", "Hai bên đã trao đổi tù binh."],
    want: [
      { type: "CONSULT", parts: ["RUS", "UKR"], status: "occurred" },
      { type: "CONSULT", parts: ["RUS", "UKR"], status: "planned" },
      { type: "CONSULT", parts: ["TUR", "USA"] },
      { type: "RETREAT", parts: ["RUS", "UKR"] },
    ],
  },
  {
    name: "'nước này' is the last state named, also through its people or bodies",
    text: ["Thổ Nhĩ Kỳ và Qatar đã đàm phán.", "Tổng thống Erdogan tuyên bố rằng nước này bác bỏ đề xuất của Israel."],
    want: [
      { type: "CONSULT", parts: ["QAT", "TUR"] },
      { type: "REJECT", parts: ["ISR", "TUR"] },
    ],
  },
  {
    name: "what must be done is a demand, not the act",
    text: ["Nga cũng cho rằng, tất cả lệnh trừng phạt nhằm vào quốc gia này phải được gỡ bỏ và trạng thái của Ukraine phải được bảo đảm."],
    want: [],
  },
  {
    name: "a date the act comes after (or before) is not its date",
    text: ["Nga và Mỹ sẽ đàm phán ngay sau kỳ nghỉ Tết Dương lịch."],
    timexes: [["Tết Dương lịch", "2022-01-01"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: null, status: "planned" }],
  },
  {
    name: "calling what two sides did positive supports them; calling an act provocative accuses its doer",
    text: ["Iran và Mỹ đã đàm phán tại Oman.", "Nhà Trắng gọi cuộc gặp là “rất tích cực”.", "Israel gọi động thái của Hamas là hành động khiêu khích."],
    want: [
      { type: "CONSULT", parts: ["IRN", "USA"] },
      { type: "SUPPORT", parts: ["IRN", "USA"] },
      { type: "ACCUSE", parts: ["HAMAS", "ISR"] },
    ],
  },
  {
    name: "a naming without an evaluation is no event",
    text: ["Iran và Mỹ đã đàm phán tại Oman.", "Nhà Trắng gọi cuộc gặp là một vòng đàm phán."],
    want: [{ type: "CONSULT", parts: ["IRN", "USA"] }],
  },
  {
    name: "a speaker saying what another should do requests it",
    text: ["Tổng thống Trump cho rằng Trung Quốc nên mở cửa thị trường."],
    want: [{ type: "REQUEST", parts: ["CHN", "USA"] }],
  },
  {
    name: "wanting another to do something is a request; needing something is not",
    text: ["Israel muốn Hamas trao trả toàn bộ con tin.", "Ukraine cần thêm vũ khí, Zelensky nói."],
    want: [{ type: "REQUEST", parts: ["HAMAS", "ISR"] }],
  },
  {
    name: "a decimal comma does not end the object search",
    text: ["EU sẽ giải ngân 3,5 tỷ euro cho Ukraine."],
    want: [{ type: "AID", parts: ["EU", "UKR"] }],
  },
  {
    name: "who announces an act of its own right after the verb does it, on the announcement's day",
    text: ["Cùng ngày, Mỹ công bố trừng phạt 8 quan chức Venezuela."],
    timexes: [["Cùng ngày", "2025-01-10"]],
    want: [{ type: "SANCTION", parts: ["USA", "VEN"], date: "2025-01-10" }],
  },
  {
    name: "an act 'với' someone needs its subject: the names after 'với' are one side",
    text: ["Quân đội cũng chia sẻ thông tin với Mỹ và Nhật Bản."],
    want: [],
  },
  {
    name: "an anaphor before any pair stands for the first pair the article names (not a conflict's sides)",
    text: ["Cuộc gặp giữa hai ngoại trưởng diễn ra vào ngày 24/9, xoay quanh cuộc xung đột Nga - Ukraine.", "Cuộc hội đàm giữa Lavrov và Rubio kéo dài hai giờ."],
    timexes: [["ngày 24/9", "2025-09-24"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: "2025-09-24" }],
  },
  {
    name: "meetings of different people are different happenings",
    text: ["Lavrov và Rubio đã hội đàm.", "Tổng thống Putin và Tổng thống Trump đã gặp nhau."],
    want: [
      { type: "CONSULT", parts: ["RUS", "USA"] },
      { type: "CONSULT", parts: ["RUS", "USA"] },
    ],
  },
  {
    name: "two sides confirming their own joint act, dated by the fronted date",
    text: ["Trước đó vào 15.1, Moscow và Kiev đã xác nhận cuộc trao đổi tù binh mới nhất."],
    timexes: [["15.1", "2025-01-15"]],
    want: [{ type: "RETREAT", parts: ["RUS", "UKR"], date: "2025-01-15" }],
  },
  {
    name: "a report's date still dates the statement, not a reported act",
    text: ["Hãng tin Bloomberg ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán."],
    timexes: [["ngày 28/12", "2021-12-28"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: null }],
  },
  {
    name: "a state's people are not the state (nor does the last topic stand in for them)",
    text: ["Tổng thống Trump và Hamas đã trao đổi.", "Theo thăm dò, người Mỹ ủng hộ kế hoạch của Israel."],
    want: [{ type: "CONSULT", parts: ["HAMAS", "USA"] }],
  },
  {
    name: "a place in a document's name is no side; a target year dates no act",
    text: ["ASEAN ra Tuyên bố Kuala Lumpur về tầm nhìn đến năm 2045, nhất trí kết nạp Timor Leste."],
    timexes: [["năm 2045", "2045"]],
    want: [{ type: "AGREE", parts: ["ASEAN", "TLS"], date: null }],
  },
  {
    name: "the sides of a meeting named by its attendance (với sự tham dự của)",
    text: ["Cuộc họp diễn ra tại Kuala Lumpur, với sự tham dự của Thủ tướng Campuchia và Quyền Thủ tướng Thái Lan."],
    want: [{ type: "CONSULT", parts: ["KHM", "THA"] }],
  },
  {
    name: "the partner after 'với' at the end of a long noun phrase",
    text: ["Zelensky đã có cuộc gặp kéo dài khoảng 50 phút với Tổng thống Trump."],
    want: [{ type: "CONSULT", parts: ["UKR", "USA"] }],
  },
  {
    name: "welcoming an agreement addresses the agreement's sides; a pair of observers is not 'hai bên'",
    text: [
      "Thái Lan và Campuchia đã nhất trí ngừng bắn.",
      "Đại sứ Mỹ và Trung Quốc cũng có mặt với tư cách quan sát viên.",
      "Rubio hoan nghênh thỏa thuận.",
      "Hai bên sẽ họp vào ngày 29/7.",
    ],
    timexes: [["ngày 29/7", "2025-07-29"]],
    want: [
      { type: "AGREE", parts: ["KHM", "THA"] },
      { type: "SUPPORT", parts: ["KHM", "THA", "USA"] },
      { type: "CONSULT", parts: ["KHM", "THA"], status: "planned", date: "2025-07-29" },
    ],
  },
  {
    name: "a verb coordinated with an earlier act takes that act's subject, not its object",
    text: ["Tổng thống Erdogan đã điện đàm với Tổng thống Putin và chỉ trích Israel."],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"] },
      { type: "ACCUSE", parts: ["ISR", "TUR"] },
    ],
  },
  {
    name: "a visit to a city is a visit to its state",
    text: ["Tổng thống Trump sẽ thăm Budapest vào tuần tới."],
    want: [{ type: "CONSULT", mode: "visit", parts: ["HUN", "USA"], status: "planned" }],
  },
  {
    name: "a 'since' date (kể từ) dates no act",
    text: ["Nga và Ukraine đàm phán trực tiếp lần đầu tiên kể từ tháng 3/2022."],
    timexes: [["tháng 3/2022", "2022-03"]],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], date: null }],
  },
  {
    name: "events are dated to the day, not the clock time",
    text: ["Nga và Mỹ sẽ đàm phán lúc 13:30 ngày 16/5."],
    timexes: [["13:30 ngày 16/5", "2025-05-16T13:30"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: "2025-05-16" }],
  },
  {
    name: "'nước này' stands for the last state named",
    text: ["Israel tiếp tục không kích Dải Gaza.", "Hamas cáo buộc nước này vi phạm thỏa thuận."],
    want: [
      { type: "ASSAULT", parts: ["ISR", "PSE"] },
      { type: "ACCUSE", parts: ["HAMAS", "ISR"] },
    ],
  },
  {
    name: "an act named as the means of another shares its date (agreed on the call of the 16th)",
    text: ["Tổng thống Trump và Tổng thống Putin đã thống nhất qua điện đàm hôm 16-10 về việc sớm gặp nhau tại Geneva."],
    timexes: [["hôm 16-10", "2025-10-16"]],
    want: [
      { type: "AGREE", parts: ["RUS", "USA"], date: "2025-10-16" },
      { type: "CONSULT", parts: ["RUS", "USA"], date: "2025-10-16" },
      { type: "CONSULT", parts: ["RUS", "USA"], status: "planned", date: null },
    ],
  },
  {
    name: "an act that merely follows another keeps its own date",
    text: ["Nga và Ukraine đã nhất trí, sau đó Tổng thống Putin điện đàm với Zelensky hôm 16-10."],
    timexes: [["hôm 16-10", "2025-10-16"]],
    want: [
      { type: "AGREE", parts: ["RUS", "UKR"], date: null },
      { type: "CONSULT", parts: ["RUS", "UKR"], date: "2025-10-16" },
    ],
  },
  {
    name: "joint talks with ongoing status, a place and the source after it",
    text: ["Nga và Ukraine đang tổ chức các cuộc đàm phán tại Qatar, hãng tin Bloomberg cho biết."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "ongoing", location: "Qatar" }],
  },
  {
    name: "planned talks dated by the clause's timex, not the report's",
    text: ["Hãng tin Bloomberg ngày 28/12 đưa tin Mỹ và Nga sẽ đàm phán tại Geneva vào ngày 10/1."],
    timexes: [["ngày 28/12", "2021-12-28"], ["ngày 10/1", "2022-01-10"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned", date: "2022-01-10", location: "Geneva" }],
  },
  {
    name: "a mediator named with 'với vai trò trung gian của' is the third party",
    text: ["Moscow và Kiev đang đàm phán về một thỏa thuận, với vai trò trung gian của Qatar."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], third: ["QAT"], mode: "third-party" }],
  },
  {
    name: "a host organising a meeting 'giữa A và B' is the third party",
    text: ["Thổ Nhĩ Kỳ đã tổ chức một cuộc gặp giữa Nga và Ukraine tại Istanbul."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], third: ["TUR"], location: "Istanbul", status: "occurred" }],
  },
  {
    name: "a ban on talks is REJECT mode meet, not talks",
    text: ["Zelensky đã cấm các cuộc đàm phán với Nga."],
    want: [{ type: "REJECT", parts: ["RUS", "UKR"], mode: "meet" }],
  },
  {
    name: "readiness to negotiate is AGREE",
    text: ["Tổng thống Putin khẳng định Nga sẵn sàng đàm phán với Ukraine."],
    want: [{ type: "AGREE", parts: ["RUS", "UKR"] }],
  },
  {
    name: "support for talks between two others",
    text: ["Liên Hợp Quốc ủng hộ mọi cuộc đàm phán giữa Tổng thống Putin và Tổng thống Trump."],
    want: [{ type: "SUPPORT", parts: ["RUS", "UN", "USA"] }],
  },
  {
    name: "negated and generic talks are no events",
    text: ["Moscow và Kiev đã không tham gia bất kỳ cuộc đàm phán nào."],
    want: [],
  },
  {
    name: "a dropped subject is carried over from the previous sentence",
    text: ["Nga và Ukraine đã gặp nhau tại Istanbul. Sau đó hai bên tiếp tục đàm phán."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], location: "Istanbul" }],
  },
  {
    name: "possible phone call is proposed",
    text: ["Tổng thống Trump có thể sẽ điện đàm với Tổng thống Putin."],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "proposed" }],
  },
  {
    name: "a reported event later denied by a party is denied",
    text: ["Bloomberg tiết lộ Nga và Ukraine đang đàm phán tại Qatar.", "Sau đó, Moscow đã bác bỏ báo cáo này."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "denied" }],
  },
  {
    name: "a conditional threat is THREATEN against the condition's subject",
    text: ["Tổng thống Putin tuyên bố Nga có thể lựa chọn các phản ứng khác nhau nếu Mỹ và NATO từ chối các yêu cầu an ninh."],
    want: [{ type: "THREATEN", parts: ["NATO", "RUS", "USA"], status: "occurred" }],
  },
  {
    name: "an opinion with one side is no event",
    text: ["Qatar ủng hộ mọi nỗ lực nhằm đạt được hòa bình."],
    want: [],
  },
  {
    name: "conditional release is hypothetical",
    text: ["Việc trao trả tù binh giữa Nga và Ukraine có thể diễn ra nếu Kiev đồng ý."],
    want: [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release", status: "hypothetical" }],
  },
  {
    name: "an honorific before the second name keeps the pair together (ông A và ông B)",
    text: ["Bloomberg cho hay, ông Rubio và ông Lavrov có thể sẽ điện đàm lại trong tuần này."],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "proposed" }],
  },
  {
    name: "an act with no sides after one of the same kind in its sentence has its sides",
    text: ["Ông Rubio và ông Lavrov sẽ điện đàm lại trong tuần tới, sau cuộc gọi ngày 20/10."],
    timexes: [["ngày 20/10", "2025-10-20"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", status: "planned", date: null },
      { type: "CONSULT", parts: ["RUS", "USA"], mode: "phone", date: "2025-10-20" },
    ],
  },
  {
    name: "an object with a longer head noun ending in 'của'",
    text: ["Bộ trưởng Rubio sẽ gặp quan chức kinh tế hàng đầu của Trung Quốc vào cuối tuần."],
    want: [{ type: "CONSULT", parts: ["CHN", "USA"], status: "planned" }],
  },
  {
    name: "a venue between the act and its other side",
    text: ["Tổng thống Trump đã có hội nghị thượng đỉnh tại Budapest với Tổng thống Putin."],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], location: "Budapest" }],
  },
  {
    name: "the owner of a hope about an act is a side of it (kỳ vọng của A về việc ... với B)",
    text: ["Kỳ vọng của Tổng thống Trump về việc sớm tổ chức hội nghị thượng đỉnh với Tổng thống Putin đã bị đình trệ."],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned" }],
  },
  {
    name: "a stance naming only its actor gets the side last named with it",
    text: ["Israel và Hamas đã đàm phán tại Cairo.", "Một quan chức Hamas cho biết họ chấp thuận đề xuất mới nhất."],
    want: [
      { type: "CONSULT", parts: ["HAMAS", "ISR"] },
      { type: "AGREE", parts: ["HAMAS", "ISR"] },
    ],
  },
  {
    name: "no implied side when an addressee that is no actor follows",
    text: ["Israel và Hamas đã đàm phán tại Cairo.", "Hamas ủng hộ cho các nước trung gian."],
    want: [{ type: "CONSULT", parts: ["HAMAS", "ISR"] }],
  },
  {
    name: "a journalist's request for comment is no REQUEST",
    text: ["Mỹ và Trung Quốc đã hội đàm tại Geneva.", "Trung Quốc chưa trả lời ngay yêu cầu bình luận."],
    want: [{ type: "CONSULT", parts: ["CHN", "USA"] }],
  },
  {
    name: "'khó có khả năng' (unlikely) negates the act",
    text: ["Ông Rubio khó có khả năng đề xuất tổ chức cuộc gặp với ông Lavrov."],
    want: [],
  },
  {
    name: "the sides of another noun ('xung đột giữa A - B') are not the subject",
    text: ["Tổng thống Trump thay đổi lập trường về cuộc xung đột giữa Nga - Ukraine sau cuộc gặp với Zelensky."],
    want: [{ type: "CONSULT", parts: ["UKR", "USA"] }],
  },
  {
    name: "the one quoted (dẫn lời A cho hay, ông ...) is the speaker and a side",
    text: ["Bloomberg dẫn lời Tổng thống Erdogan cho hay, ông có thể sẽ có các cuộc điện đàm với Tổng thống Putin."],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], mode: "phone", status: "proposed" }],
  },
  {
    name: "the one spoken to in a call (nói với B trong cuộc điện đàm) is a side",
    text: ["Tổng thống Erdogan nói với Tổng thống Putin trong một cuộc điện đàm rằng Thổ Nhĩ Kỳ muốn hòa bình."],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], mode: "phone" }],
  },
  {
    name: "one host for two coordinated meetings",
    text: ["Thổ Nhĩ Kỳ đã tổ chức một cuộc gặp giữa các nhà đàm phán Moscow và Kiev tại Istanbul và một cuộc gặp khác giữa Nga và Ukraine tại Antalya."],
    want: [
      { type: "CONSULT", parts: ["RUS", "UKR"], third: ["TUR"], location: "Istanbul" },
      { type: "CONSULT", parts: ["RUS", "UKR"], third: ["TUR"], location: "Antalya" },
    ],
  },
  {
    name: "an act in quotes after a stance verb is what was agreed, not an event",
    text: ["Ông Lavrov và ông Rubio đã đồng ý \"tiếp tục đối thoại\"."],
    want: [{ type: "AGREE", parts: ["RUS", "USA"] }],
  },
  {
    name: "a place a few words after 'ở' is the venue, and the target of an air strike; 'Không quân' is no negation; 'tiếp tục' is no ongoing cue",
    text: ["Không quân Israel tiếp tục không kích nhiều khu vực ở miền Nam Dải Gaza."],
    want: [{ type: "ASSAULT", parts: ["ISR", "PSE"], status: "occurred", location: "Gaza_Strip" }],
  },
  {
    name: "an act that is the topic of a proposal is proposed",
    text: ["Qatar đã ủng hộ đề xuất của Tổng thống Trump về việc tổ chức đàm phán với Tổng thống Putin."],
    want: [
      { type: "SUPPORT", parts: ["QAT", "USA"] },
      { type: "CONSULT", parts: ["RUS", "USA"], status: "proposed" },
    ],
  },
  {
    name: "what a speaker hopes another will do is no event",
    text: ["Israel và Hamas đã đàm phán tại Cairo.", "Qatar hy vọng Hamas sẽ chấp thuận đề xuất mới."],
    want: [{ type: "CONSULT", parts: ["HAMAS", "ISR"] }],
  },
];

for (const c of CASES) {
  test(`events: ${c.name}`, () => {
    assertEvents(analyseEvents(envelope(c.text, c.timexes), lex), c.want);
  });
}

test("events: mentions of the same talks in an article merge into one event", () => {
  const doc = analyseEvents(envelope(["Nga và Mỹ sẽ đàm phán tại Geneva.", "Mỹ và Nga sẽ hội đàm vào ngày 10/1."], [["ngày 10/1", "2022-01-10"]]), lex);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]!.date, "2022-01-10");
  assert.equal(doc.events[0]!.location, "Geneva");
});

test("events: a phone call and a meeting of the same sides stay two events", () => {
  const doc = analyseEvents(envelope(["Tổng thống Trump đã điện đàm với Tổng thống Putin.", "Tổng thống Trump và Tổng thống Putin đã có cuộc gặp tại Budapest."]), lex);
  assert.deepEqual(doc.events.map((e) => e.mode), ["phone", null]);
});

test("events: a joint agreement and one side's readiness stay two events", () => {
  const doc = analyseEvents(envelope(["Ông Lavrov và ông Rubio đã đồng ý tiếp tục đối thoại.", "Ông Lavrov nhấn mạnh, Nga sẵn sàng đàm phán với Mỹ."]), lex);
  assert.equal(doc.events.length, 2, JSON.stringify(doc.events.map((e) => [e.type, e.actor, e.recipient])));
  assert.deepEqual(codes(doc, doc.events[1]!.actor), ["RUS"]);
});

test("events: a relative clause ('mà Moscow mô tả') gives no side to the act before it", () => {
  const doc = analyseEvents(envelope(["Ông Rubio và ông Lavrov sẽ điện đàm lại, sau cuộc gọi ngày 20/10 mà Moscow mô tả là tích cực."], [["ngày 20/10", "2025-10-20"]]), lex);
  assert.equal(doc.events.length, 2);
  assert.deepEqual([...new Set(codes(doc, doc.events[1]!.actor))], ["RUS", "USA"]);
  assert.equal(doc.events[1]!.date, "2025-10-20");
});

test("events: triggers match either tone-mark placement (thỏa/thoả)", () => {
  for (const s of ["Nga và Ukraine đã đạt được thỏa thuận.", "Nga và Ukraine đã đạt được thoả thuận."]) {
    const doc = analyseEvents(envelope([s]), lex);
    assert.equal(doc.events[0]?.type, "AGREE", s);
  }
});

test("events: quotes get the speaker of the verb before or after them", () => {
  const doc = analyseEvents(envelope(["Tổng thống Putin nhấn mạnh: “Nga chưa bao giờ từ chối liên lạc với Mỹ”.", "“Chúng tôi ủng hộ mọi cuộc đàm phán giữa hai bên”, Zelensky nói."]), lex);
  assert.equal(doc.quotes.length, 2);
  assert.equal(doc.quotes[0]!.speaker, "Vladimir_Putin");
  assert.equal(doc.quotes[1]!.speaker, "Volodymyr_Zelenskyy");
  assert.match(doc.quotes[0]!.text, /^Nga chưa bao giờ/);
});

test("events: a quotation whose verb after it has a person's pronoun ('“…”, ông cho biết') is the person last named (session 13)", () => {
  const doc = analyseEvents(envelope(["Tổng thống Putin phát biểu tại Moskva.", "“Nga chưa bao giờ từ chối liên lạc với Mỹ”, ông cho biết.", "“Chúng tôi ủng hộ mọi cuộc đàm phán giữa hai bên”, họ nói."]), lex);
  assert.equal(doc.quotes.length, 2);
  assert.equal(doc.quotes[0]!.speaker, "Vladimir_Putin");
  // (a plural pronoun names no one person)
  assert.equal(doc.quotes[1]!.speaker, null);
});

test("events: no sentences from the sentences stage: split on punctuation", () => {
  const spans = splitSentences("Ngày 15.1 Nga và Ukraine gặp nhau. Hai bên đàm phán! Xong", [{ kind: "paragraph", index: 0, start: 0, end: 57 }]);
  assert.equal(spans.length, 3);
});

test("events: a finer date lies within a coarser one (day in week, month, year)", async () => {
  const { within } = await import("../src/events/merge.js");
  const rows: Array<[string, string, boolean]> = [
    ["2025-04-19", "2025-W16", true],
    ["2025-04-21", "2025-W16", false],
    ["2021-01-03", "2020-W53", true],
    ["2025-12-29", "2026-W01", true],
    ["2025-04-19", "2025-04", true],
    ["2025-05-01", "2025-04", false],
    ["2025-04", "2025", true],
    ["2025", "2025", false],
    ["2025-04-19", "2025-SU", false],
  ];
  for (const [fine, coarse, want] of rows) assert.equal(within(fine, coarse), want, `${fine} within ${coarse}`);
});

test("events: mentions of one planned meeting dated by its week and by its day merge, keeping the day", () => {
  const doc = analyseEvents(envelope(["Nga và Mỹ sẽ gặp lại tuần sau.", "Nga và Mỹ sẽ gặp lại vào ngày 19/4."], [["tuần sau", "2025-W16"], ["ngày 19/4", "2025-04-19"]]), lex);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.events[0]!.date, "2025-04-19");
});
