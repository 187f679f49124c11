/**
 * Acts read wrongly on text nobody tuned for (issue 14, session 14 "ev6"): the false positives and misses of our own set
 * test/fixtures/heldout6 (spent as a development set this session) counted by cause, and the general mechanisms behind the
 * largest classes fixed. These rows are our own sentences, not the captures'; rows marked "(new)" gave no event, or
 * another one, before. Look-alikes stay silent or keep their reading.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, gpe, org, COMMON_ACTORS, COMMON_STATES, WORLD_STATES, paragraphsCase as row, type ParagraphsCase as Row } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  ...COMMON_ACTORS,
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  Iraq: gpe("Iraq", "IRQ"),
  Syria: gpe("Syria", "SYR"),
  Mali: gpe("Mali", "MLI"),
  Niger: gpe("Niger", "NER"),
  Sudan: gpe("Sudan", "SDN"),
  "Burkina Faso": gpe("Burkina_Faso", "BFA"),
  Estonia: gpe("Estonia", "EST"),
  "Phần Lan": gpe("Finland", "FIN"),
  "Liên Hợp Quốc": org("United_Nations", "UN"),
};

/** A row, with the times its text names and their values. */
type TRow = Row & { tx?: Array<[string, string]> };
const timed = (r: Row, tx: Array<[string, string]>): TRow => ({ ...r, tx });

/** Every row's article speaks from 10 March 2025. */
const run = (r: TRow): Doc => analyseEvents({ ...envelopeFrom(ACTORS, r.text, r.tx ?? []), referenceDate: { value: "2025-03-10", basis: "published" } }, lex);

const ROWS: TRow[] = [
  // a proposal to act together with the speaker is an offer (GOLD.md Proposals), not a request of the other alone
  row("(new) 'A đề nghị B cùng tiến hành …': AGREE of A toward B", "Thổ Nhĩ Kỳ đề nghị Iraq cùng tiến hành một cuộc điều tra chung.", [{ type: "AGREE", parts: ["IRQ", "TUR"], actor: ["TUR"] }]),
  row("'đề xuất B cùng nhau …' (already an offer)", "Pháp đề xuất Đức cùng nhau xây dựng một quỹ quốc phòng.", [{ type: "AGREE", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  row("a proposal that the other act alone stays a request", "Thổ Nhĩ Kỳ đề nghị Iraq tiến hành một cuộc điều tra.", [{ type: "REQUEST", parts: ["IRQ", "TUR"], actor: ["TUR"] }]),
  row("a request with 'cùng' not right after the asked stays a request", "Pháp đề nghị Iran rút quân cùng lúc.", [{ type: "REQUEST", parts: ["FRA", "IRN"], actor: ["FRA"] }]),
  // a list a copula opens after an unnamed group goes on past a comma into the next clause's subject
  timed(row("(new) '<group> là A, B và C tuyên bố …': all three are the speakers, the fronted time dates both acts", "Hôm 28/1, ba nước do quân đội cầm quyền là Mali, Burkina Faso và Niger tuyên bố rút quân khỏi Sudan, cáo buộc Sudan vi phạm thỏa thuận.", [{ type: "RETREAT", parts: ["BFA", "MLI", "NER", "SDN"], actor: ["BFA", "MLI", "NER"], date: "2025-01-28" }, { type: "ACCUSE", parts: ["BFA", "MLI", "NER", "SDN"], actor: ["BFA", "MLI", "NER"], date: "2025-01-28" }]), [["Hôm 28/1", "2025-01-28"]]),
  row("(new) without a fronted time", "Các nước láng giềng là Mali, Burkina Faso và Niger tuyên bố rút quân khỏi Sudan.", [{ type: "RETREAT", parts: ["BFA", "MLI", "NER", "SDN"], actor: ["BFA", "MLI", "NER"] }]),
  row("a copula whose subject names a side opens no list of it", "Mục tiêu của Sudan là Mali, Burkina Faso và Niger tuyên bố rút quân khỏi Sudan.", [{ type: "RETREAT", parts: ["BFA", "NER", "SDN"], actor: ["BFA", "NER"] }]),
  row("a list with no copula before it is as it was", "Mali, Burkina Faso và Niger tuyên bố rút quân khỏi Sudan.", [{ type: "RETREAT", parts: ["BFA", "MLI", "NER", "SDN"], actor: ["BFA", "MLI", "NER"] }]),
  // an act described inside a group as done to the noun before it by no one named has no known doer
  row("(new) 'yêu cầu điều tra vụ <people> bị bắn chết': the request alone, no attack by the requesters", "Mỹ, Anh và Pháp yêu cầu điều tra độc lập vụ hai nhà báo của Niger bị bắn chết trên đường phố ở Mali.", [{ type: "REQUEST", parts: ["FRA", "GBR", "NER", "USA"], actor: ["FRA", "GBR", "USA"] }]),
  row("a passive act with its doer named stays the act", "Mali bị Niger tấn công.", [{ type: "ASSAULT", parts: ["MLI", "NER"], actor: ["NER"] }]),
  row("an act in a group with no passive word before it stays read", "Mỹ lên án vụ Nga tấn công Ukraine.", [{ type: "ACCUSE", parts: ["RUS", "UKR", "USA"], actor: ["USA"] }, { type: "ASSAULT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  // an act a side stands on the brink of is a risk, and a warning that it stands there tells that risk
  row("(new) 'cảnh báo B đang đứng bên bờ vực tái diễn nội chiến': no warning event, no war", ["Tổng thư ký Liên Hợp Quốc kêu gọi Sudan ngừng bắn.", "Ông cảnh báo Sudan đang đứng “bên bờ vực” tái diễn nội chiến."], [{ type: "REQUEST", parts: ["SDN", "UN"], actor: ["UN"] }]),
  row("(new) 'A và B đang đứng bên bờ vực giao tranh' is no clash", "Ấn Độ và Pakistan đang đứng bên bờ vực giao tranh ở biên giới.", []),
  row("a warning that another pushes a third to the brink stays an accusation", "Mỹ cảnh báo Nga đang đẩy Ukraine tới bờ vực chiến tranh.", [{ type: "ACCUSE", parts: ["RUS", "USA"], actor: ["USA"] }]),
  row("a clash not said to be on the brink stays an attack", "Ấn Độ và Pakistan giao tranh ở biên giới.", [{ type: "ASSAULT", parts: ["IND", "PAK"] }]),
  // a capitalised title inside the sentence is one word: its syllables are no verb ("Tổng Thư ký" holds no signing)
  timed(row("(new) 'Ngày 27/2, Tổng Thư ký Liên Hợp Quốc kêu gọi B thả tù nhân': the call, dated, the release asked no act", "Ngày 27/2, Tổng Thư ký Liên Hợp Quốc kêu gọi Sudan thả tù nhân.", [{ type: "REQUEST", parts: ["SDN", "UN"], actor: ["UN"], date: "2025-02-27" }]), [["Ngày 27/2", "2025-02-27"]]),
  timed(row("the same in lower case was read so already", "Ngày 27/2, Tổng thư ký Liên Hợp Quốc kêu gọi Sudan thả tù nhân.", [{ type: "REQUEST", parts: ["SDN", "UN"], actor: ["UN"], date: "2025-02-27" }]), [["Ngày 27/2", "2025-02-27"]]),
  timed(row("a verb after a capitalised name stays a verb", "Ngày 27/2, Sudan và Iraq ký thỏa thuận hợp tác.", [{ type: "SUPPORT", parts: ["IRQ", "SDN"] }]), [["Ngày 27/2", "2025-02-27"]]),
  // a counterpart added by "cùng" right after the one named after "với" is in the same group
  row("(new) 'liên lạc với A cùng B': one contact with both", "Phần Lan đã liên lạc với Estonia cùng EU.", [{ type: "CONSULT", parts: ["EST", "EU", "FIN"] }]),
  row("(new) 'hội đàm với A cùng với B': one talk with both", "Phần Lan hội đàm với Estonia cùng với EU.", [{ type: "CONSULT", parts: ["EST", "EU", "FIN"] }]),
  row("'với A và với B' stays one act with each", "Phần Lan hội đàm với Estonia và với EU.", [{ type: "CONSULT", parts: ["EST", "FIN"] }, { type: "CONSULT", parts: ["EU", "FIN"] }]),
  // sending a delegation to a state is a visit of the sender
  row("(new) 'A sẽ cử một phái đoàn cấp cao tới B': a planned visit", "Liên Hợp Quốc sẽ cử một phái đoàn cấp cao tới Sudan trong những ngày tới.", [{ type: "CONSULT", mode: "visit", parts: ["SDN", "UN"], actor: ["UN"], status: "planned" }]),
  row("(new) 'A đã cử phái đoàn tới B'", "Pháp đã cử phái đoàn tới Niger.", [{ type: "CONSULT", mode: "visit", parts: ["FRA", "NER"], actor: ["FRA"] }]),
  row("a delegation sent to talks named after it takes part in them, no visit", "Pháp cử phái đoàn tới Iraq để tham gia đàm phán với Iran.", [{ type: "CONSULT", parts: ["FRA", "IRN"] }]),
  row("the sending named as the topic of a decision is no visit", "Iraq vẫn chưa đưa ra quyết định cuối cùng về việc cử phái đoàn đến Thổ Nhĩ Kỳ.", []),
  // an agreement addressed to a group with no code, past what it is about, leaves no other side implied
  row("(new) 'đạt thỏa thuận ngừng bắn với các thủ lĩnh bộ lạc': no side taken from the sentences before", ["Israel không kích Syria.", "Vài giờ sau, Syria cho biết đã đạt thỏa thuận ngừng bắn với các thủ lĩnh bộ lạc."], [{ type: "ASSAULT", parts: ["ISR", "SYR"] }]),
  row("an agreement with a named side keeps it", ["Israel không kích Syria.", "Vài giờ sau, Syria cho biết đã đạt thỏa thuận ngừng bắn với Iraq."], [{ type: "ASSAULT", parts: ["ISR", "SYR"] }, { type: "AGREE", parts: ["IRQ", "SYR"] }]),
  row("an agreement addressed to no one keeps the implied other side", ["Israel không kích Syria.", "Vài giờ sau, Syria cho biết đã chấp thuận đề xuất ngừng bắn."], [{ type: "ASSAULT", parts: ["ISR", "SYR"] }, { type: "AGREE", parts: ["ISR", "SYR"] }]),
  // "tức thì" (at once) is one word: its "thì" opens no clause, and what follows keeps the subject
  row("(new) 'A thông báo rút đại sứ \"với hiệu lực tức thì\", phản đối việc B …': the opposition is A's", 'Pháp thông báo rút đại sứ tại Iraq "với hiệu lực tức thì", phản đối việc Iraq trục xuất nhà báo.', [{ type: "SANCTION", parts: ["FRA", "IRQ"], actor: ["FRA"] }, { type: "REJECT", parts: ["FRA", "IRQ"], actor: ["FRA"] }]),
];

for (const r of ROWS) test(`unseen mechanisms (heldout6): ${r.name}`, () => assertEvents(run(r), r.want));
