/**
 * Which day an act happened on (issues 14 and 15, session 11 "dates"): sentences we wrote ourselves, each pinned to
 * the dates the table gives its timexes (no clock read). A statement the article tells with no date of its own takes
 * the day its speaker spoke on when the article dates that speaker's speaking once (before or after it), and only
 * when the speaker (who reports it, or the person who makes it) is a side of it: not a third party telling what others
 * agreed, nor a speaker who spoke on two days.
 * A time closing the later of two acts coordinated on one subject dates the first too; the act of a clause of time
 * saying two acts coincide ("Khi gặp B hôm 14/2, A kêu gọi …") dates the act it depends on. A statement quoted before its
 * clause of saying takes the day that clause gives; the day of a sideless meeting where something was said (a press
 * conference) does not date an act told at it. A sentence going on about the sides of the dated act just before gives
 * its undated acts done that day, even when it names a time for another of its acts. A headline's undated act told as
 * done takes the day the lead's first dated sentence tells of (session 13), not an act of its clause of cause.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, type WantEvent, gpe, org, person, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  ...WORLD_STATES,
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  Oman: gpe("Oman", "OMN"),
  Israel: gpe("Israel", "ISR"),
  Palestine: gpe("Palestine", "PSE"),
  "Ngoại trưởng Lavrov": person("Sergey_Lavrov", "RUS"),
  "Ngoại trưởng Fidan": person("Hakan_Fidan", "TUR"),
  "Ngoại trưởng Oman": person("Badr_Albusaidi", "OMN"),
  "Liên hợp quốc": org("United_Nations", "UN"),
  "Hội đồng Bảo an": org("United_Nations_Security_Council", "UN"),
  Syria: gpe("Syria", "SYR"),
};

interface Case {
  name: string;
  text: string[];
  timexes: Array<[string, string]>;
  want: WantEvent[];
  /** The day the article speaks from, when the row needs one. */
  reference?: string;
  /** A headline and a lead before the paragraphs. */
  head?: { title?: string; lead?: string };
}

const CASES: Case[] = [
  // the day a speaker spoke on
  {
    name: "a statement with no date, by a speaker the article dates speaking once before it: that day",
    text: ["Trong cuộc họp báo hôm 5/2, Ngoại trưởng Lavrov cho biết Moskva chưa nhận được đề xuất mới.", "Ngoại trưởng Lavrov cũng cho biết Nga cáo buộc Ukraine phá hoại các cuộc đàm phán."],
    timexes: [["hôm 5/2", "2025-02-05"]],
    want: [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-02-05" }],
  },
  {
    name: "… or after it (the lead tells the statement, the body its day)",
    text: ["Ngoại trưởng Lavrov cho biết Nga cáo buộc Ukraine phá hoại các cuộc đàm phán.", "Phát biểu trong cuộc họp báo hôm 5/2 tại Moskva, Ngoại trưởng Lavrov cho biết Nga chưa nhận được đề xuất mới."],
    timexes: [["hôm 5/2", "2025-02-05"]],
    want: [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-02-05" }],
  },
  {
    name: "a welcome of an invitation for a day to come ('hoan nghênh lời mời … vào ngày 12/1', a year after the article's): the day spoken on, told in a fronted clause after a news agency's",
    text: ["Hãng tin AFP đưa tin, phát biểu tại cuộc họp báo ngày 27/12, Ngoại trưởng Lavrov nhấn mạnh: “Chúng tôi hoan nghênh lời mời của Thổ Nhĩ Kỳ vào ngày 12/1”."],
    timexes: [["ngày 27/12", "2021-12-27"], ["ngày 12/1", "2022-01-12"]],
    reference: "2021-12-28",
    want: [{ type: "SUPPORT", parts: ["RUS", "TUR"], actor: ["RUS"], date: "2021-12-27" }],
  },
  {
    name: "… the same in the article's year: a statement is not dated after the day the article speaks from",
    text: ["Hãng tin AFP đưa tin, phát biểu tại cuộc họp báo ngày 5/1, Ngoại trưởng Lavrov nhấn mạnh: “Chúng tôi hoan nghênh lời mời của Thổ Nhĩ Kỳ vào ngày 12/1”."],
    timexes: [["ngày 5/1", "2025-01-05"], ["ngày 12/1", "2025-01-12"]],
    reference: "2025-01-06",
    want: [{ type: "SUPPORT", parts: ["RUS", "TUR"], actor: ["RUS"], date: "2025-01-05" }],
  },
  {
    name: "an agreement told as done is not dated after the day the article speaks from ('nhất trí kết nạp … vào tháng 10')",
    text: ["Nga và Thổ Nhĩ Kỳ nhất trí về nguyên tắc kết nạp Ukraine vào tháng 10."],
    timexes: [["vào tháng 10", "2025-10"]],
    reference: "2025-05-26",
    want: [{ type: "AGREE", parts: ["RUS", "TUR", "UKR"], date: null }],
  },
  {
    name: "a statement its speaker makes in person with no date ('Ngoại trưởng Lavrov vừa cáo buộc …'): the day the article says that person spoke",
    text: ["Ngoại trưởng Lavrov vừa cáo buộc Ukraine phá hoại các cuộc đàm phán.", "Phát biểu trong cuộc họp báo hôm 11/3, Ngoại trưởng Lavrov cho biết Moskva chưa nhận được đề xuất mới."],
    timexes: [["hôm 11/3", "2025-03-11"]],
    want: [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-03-11" }],
  },
  {
    name: "a speaker the article dates speaking on two days: no date",
    text: [
      "Trong cuộc họp báo hôm 5/2, Ngoại trưởng Lavrov cho biết Moskva chưa nhận được đề xuất mới.",
      "Hôm 3/2, Ngoại trưởng Lavrov cho biết các nhà ngoại giao Nga đã tới Ankara.",
      "Ngoại trưởng Lavrov cũng cho biết Nga cáo buộc Ukraine phá hoại các cuộc đàm phán.",
    ],
    timexes: [["hôm 5/2", "2025-02-05"], ["Hôm 3/2", "2025-02-03"]],
    want: [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: null }],
  },
  {
    name: "a call its speaker tells in their words as done before ('… cho biết Nga đã kêu gọi …'): no date",
    text: ["Phát biểu tại cuộc họp báo hôm 29/7, Ngoại trưởng Lavrov cho biết Moskva chưa nhận được đề xuất mới.", "Ngoại trưởng Lavrov cho biết Nga đã kêu gọi Thổ Nhĩ Kỳ tổ chức đàm phán."],
    timexes: [["hôm 29/7", "2025-07-29"]],
    want: [{ type: "REQUEST", parts: ["RUS", "TUR"], actor: ["RUS"], date: null }],
  },
  {
    name: "… the same call told with no such marker: the day spoken on",
    text: ["Phát biểu tại cuộc họp báo hôm 29/7, Ngoại trưởng Lavrov cho biết Moskva chưa nhận được đề xuất mới.", "Ngoại trưởng Lavrov cho biết Nga kêu gọi Thổ Nhĩ Kỳ tổ chức đàm phán."],
    timexes: [["hôm 29/7", "2025-07-29"]],
    want: [{ type: "REQUEST", parts: ["RUS", "TUR"], actor: ["RUS"], date: "2025-07-29" }],
  },
  {
    name: "a speaker who is no side of it (a third party telling what one side called for): no date",
    text: ["Ngoại trưởng Oman hôm 12/4 cho biết các cuộc đàm phán diễn ra tốt đẹp.", "Iran kêu gọi Mỹ dỡ bỏ các lệnh trừng phạt, Ngoại trưởng Oman cho biết."],
    timexes: [["hôm 12/4", "2025-04-12"]],
    want: [{ type: "REQUEST", parts: ["IRN", "USA"], actor: ["IRN"], date: null }],
  },
  // the time of a clause of saying
  {
    name: "'Ngày 2/5, A tiết lộ thông tin về khả năng diễn ra cuộc gặp …': the day told does not date the meeting told of",
    text: ["Ngày 2/5, Nga tiết lộ thông tin mới về khả năng diễn ra cuộc gặp giữa Ngoại trưởng Lavrov và Ngoại trưởng Fidan."],
    timexes: [["Ngày 2/5", "2025-05-02"]],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], date: null, status: "proposed" }],
  },
  // a time inside a bound, or a relative clause, names when what they describe happened
  {
    name: "'kêu gọi … sau trận động đất hồi cuối tháng 3': the time of what the call came after does not date the call",
    text: ["Nga kêu gọi Ukraine ngừng bắn sau trận động đất hồi cuối tháng 3."],
    timexes: [["cuối tháng 3", "2025-03"]],
    want: [{ type: "REQUEST", parts: ["RUS", "UKR"], actor: ["RUS"], date: null }],
  },
  {
    name: "'kêu gọi phản đối các biện pháp mà Mỹ công bố hồi tháng 4': a relative clause's time dates no act outside it",
    text: ["Ngoại trưởng Lavrov kêu gọi Thổ Nhĩ Kỳ phản đối các biện pháp mà Mỹ công bố hồi tháng 4."],
    timexes: [["hồi tháng 4", "2025-04"]],
    want: [{ type: "REQUEST", parts: ["RUS", "TUR"], actor: ["RUS"], date: null }],
  },
  {
    name: "… but the act it describes when that is named right before it ('cuộc hội đàm mà hai bên tổ chức hôm 5/2')",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan đã có cuộc hội đàm mà hai bên tổ chức hôm 5/2 tại Ankara."],
    timexes: [["hôm 5/2", "2025-02-05"]],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-02-05" }],
  },
  // a time closing the later of two acts coordinated on one subject
  {
    name: "'A không kích B và bắt giữ … hôm 10/5': the time closing the second act dates the first too",
    text: ["Israel không kích Palestine và bắt giữ hàng chục người Palestine hôm 10/5."],
    timexes: [["hôm 10/5", "2025-05-10"]],
    want: [
      { type: "ASSAULT", parts: ["ISR", "PSE"], date: "2025-05-10" },
      { type: "COERCE", parts: ["ISR", "PSE"], date: "2025-05-10" },
    ],
  },
  {
    name: "… not from a second act said to come ('và sẽ … vào tuần tới')",
    text: ["Israel không kích Palestine và sẽ bắt giữ hàng chục người Palestine vào tuần tới."],
    timexes: [["vào tuần tới", "2025-W21"]],
    want: [
      { type: "ASSAULT", parts: ["ISR", "PSE"], date: null },
      { type: "COERCE", parts: ["ISR", "PSE"], date: "2025-W21", status: "planned" },
    ],
  },
  {
    name: "… nor to a first act with a time of its own",
    text: ["Israel không kích Palestine hồi tháng 3 và bắt giữ hàng chục người Palestine hôm 10/5."],
    timexes: [["hồi tháng 3", "2025-03"], ["hôm 10/5", "2025-05-10"]],
    want: [
      { type: "ASSAULT", parts: ["ISR", "PSE"], date: "2025-03" },
      { type: "COERCE", parts: ["ISR", "PSE"], date: "2025-05-10" },
    ],
  },
  // a clause of time whose act coincides with the one it depends on
  {
    name: "'Khi gặp B hôm 14/2, A kêu gọi …': the meeting's day dates the call made at it",
    text: ["Khi gặp Ngoại trưởng Fidan hôm 14/2, Ngoại trưởng Lavrov kêu gọi Ukraine đàm phán."],
    timexes: [["hôm 14/2", "2025-02-14"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-02-14" },
      { type: "REQUEST", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-02-14" },
    ],
  },
  {
    name: "… and a statement said there",
    text: ["Khi gặp Ngoại trưởng Fidan hôm 14/2, Ngoại trưởng Lavrov cho biết Nga cáo buộc Ukraine phá hoại đàm phán."],
    timexes: [["hôm 14/2", "2025-02-14"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-02-14" },
      { type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-02-14" },
    ],
  },
  {
    name: "'Sau khi gặp B hôm 14/2, A kêu gọi …': what follows may be another day",
    text: ["Sau khi gặp Ngoại trưởng Fidan hôm 14/2, Ngoại trưởng Lavrov kêu gọi Ukraine đàm phán."],
    timexes: [["hôm 14/2", "2025-02-14"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-02-14" },
      { type: "REQUEST", parts: ["RUS", "UKR"], actor: ["RUS"], date: null },
    ],
  },
  // a quotation told before its clause of saying
  {
    name: "a statement quoted before its clause of saying ('“…”, X nói tại cuộc họp báo hôm 14/5'): the day said",
    text: ["“Nga cáo buộc Ukraine phá hoại các cuộc đàm phán”, Ngoại trưởng Lavrov nói tại cuộc họp báo hôm 14/5."],
    timexes: [["hôm 14/5", "2025-05-14"]],
    want: [{ type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-05-14" }],
  },
  {
    name: "… and a sentence going on with the same sides after it: that day, not the day the speaker spoke before",
    text: [
      "Ngoại trưởng Lavrov hôm 13/5 cho biết Nga kêu gọi Ukraine tổ chức đàm phán.",
      "“Nga cáo buộc Ukraine phá hoại các cuộc đàm phán”, Ngoại trưởng Lavrov nói tại cuộc họp báo hôm 14/5. Ông cũng cho biết Nga kêu gọi Ukraine trao trả tù binh.",
    ],
    timexes: [["hôm 13/5", "2025-05-13"], ["hôm 14/5", "2025-05-14"]],
    want: [
      { type: "REQUEST", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-05-13" },
      { type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-05-14" },
      { type: "REQUEST", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-05-14" },
    ],
  },
  {
    name: "the day of a press conference ('X nói tại cuộc họp báo hôm 4/12 rằng A và B đã ký …') does not date the act told at it",
    text: ["Ngoại trưởng Oman nói tại cuộc họp báo hôm 4/12 rằng Nga và Thổ Nhĩ Kỳ đã ký thỏa thuận hợp tác an ninh."],
    timexes: [["hôm 4/12", "2025-12-04"]],
    want: [{ type: "SUPPORT", parts: ["RUS", "TUR"], date: null }],
  },
  // the day of the act the sentence before told, for the same sides
  {
    name: "a sentence going on about the sides of the dated act before it, naming a time only for another act: that day",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan hôm 2/12 đã hội đàm tại Ankara. Hai bên ký thỏa thuận hợp tác an ninh, trước thềm hội nghị thượng đỉnh Nga - Thổ Nhĩ Kỳ dự kiến diễn ra vào tháng 1 năm sau."],
    timexes: [["hôm 2/12", "2025-12-02"], ["vào tháng 1 năm sau", "2026-01"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["RUS", "TUR"], date: "2025-12-02" },
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2026-01", status: "planned" },
    ],
  },
  {
    name: "… but not when the sentence names a time dating none of its acts (the day an act was told of, not done)",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan hôm 2/12 đã hội đàm tại Ankara. Ngoại trưởng Oman nói tại cuộc họp báo hôm 4/12 rằng Nga và Thổ Nhĩ Kỳ đã ký thỏa thuận hợp tác an ninh."],
    timexes: [["hôm 2/12", "2025-12-02"], ["hôm 4/12", "2025-12-04"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["RUS", "TUR"], date: null },
    ],
  },
  {
    name: "… but an act of its own time keeps that time",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan hôm 2/12 đã hội đàm tại Ankara. Hai bên từng ký thỏa thuận hợp tác an ninh vào tháng 1 năm 2020."],
    timexes: [["hôm 2/12", "2025-12-02"], ["vào tháng 1 năm 2020", "2020-01"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["RUS", "TUR"], date: "2020-01" },
    ],
  },
  // a headline's act: the day its lead tells of (src/events/context-dates.ts)
  {
    name: "a headline's act the lead tells with other sides (not merged): the lead's day",
    head: { title: "Mỹ phủ quyết nghị quyết của Liên hợp quốc về Syria", lead: "Ngày 8/12, Mỹ đã phủ quyết dự thảo do Pháp soạn thảo về lệnh ngừng bắn ở Syria." },
    text: ["Nga và Trung Quốc lên án quyết định này."],
    timexes: [["Ngày 8/12", "2025-12-08"]],
    want: [
      { type: "REJECT", parts: ["UN", "USA"], date: "2025-12-08" },
      { type: "REJECT", parts: ["FRA", "USA"], date: "2025-12-08" },
      { type: "ACCUSE", parts: ["CHN", "RUS", "USA"], date: null },
    ],
  },
  {
    name: "… but not an act of the headline's clause of cause (the news's background)",
    head: { title: "Trung Quốc trừng phạt Nhật Bản vì viện trợ vũ khí cho Philippines", lead: "Ngày 3/4, Trung Quốc tuyên bố trừng phạt Nhật Bản." },
    text: ["Bộ Ngoại giao Trung Quốc cho biết các biện pháp có hiệu lực ngay."],
    timexes: [["Ngày 3/4", "2025-04-03"]],
    want: [
      { type: "SANCTION", parts: ["CHN", "JPN"], date: "2025-04-03" },
      { type: "AID", parts: ["JPN", "PHL"], date: null },
    ],
  },
  {
    name: "… nor when the lead's first time dates no act told as done (its day is another's)",
    head: { title: "Mỹ phủ quyết nghị quyết của Liên hợp quốc về Syria", lead: "Hội đồng Bảo an sẽ họp lại vào ngày 12/12. Pháp lên án Mỹ hôm 8/12." },
    text: ["Trời hôm đó rất lạnh."],
    timexes: [["vào ngày 12/12", "2025-12-12"], ["hôm 8/12", "2025-12-08"]],
    want: [
      { type: "REJECT", parts: ["UN", "USA"], date: null },
      { type: "CONSULT", parts: ["UN"], date: "2025-12-12", status: "planned" },
      { type: "ACCUSE", parts: ["FRA", "USA"], date: "2025-12-08" },
    ],
  },
  // an act of the lead the body tells again with its day (session 13: retoldDates)
  {
    name: "a lead's undated act told again later with its day (sides named otherwise): that day",
    head: { title: "Căng thẳng leo thang", lead: "Iran đã tấn công Israel và Qatar." },
    text: ["Ngày 3/4, Iran tấn công Israel bằng tên lửa."],
    timexes: [["Ngày 3/4", "2025-04-03"]],
    want: [
      { type: "ASSAULT", parts: ["IRN", "ISR", "QAT"], date: "2025-04-03" },
      { type: "ASSAULT", parts: ["IRN", "ISR"], date: "2025-04-03" },
    ],
  },
  {
    name: "… but not when the body tells acts of that type on two days",
    head: { title: "Căng thẳng leo thang", lead: "Iran đã tấn công Israel và Qatar." },
    text: ["Ngày 3/4, Iran tấn công Israel bằng tên lửa.", "Ngày 5/4, Iran lại tấn công Israel."],
    timexes: [["Ngày 3/4", "2025-04-03"], ["Ngày 5/4", "2025-04-05"]],
    want: [
      { type: "ASSAULT", parts: ["IRN", "ISR", "QAT"], date: null },
      { type: "ASSAULT", parts: ["IRN", "ISR"], date: "2025-04-03" },
      { type: "ASSAULT", parts: ["IRN", "ISR"], date: "2025-04-05" },
    ],
  },
];

const run = (c: Case): Doc => {
  const doc = envelopeFrom(ACTORS, c.text, c.timexes, c.head);
  return analyseEvents(c.reference ? { ...doc, referenceDate: { value: c.reference, basis: "published" } } : doc, lex);
};
for (const c of CASES) test(`dates: ${c.name}`, () => assertEvents(run(c), c.want));
