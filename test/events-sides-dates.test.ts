/**
 * Who acts on whom, and when (issue 14, session 8 "ev7"): sentences we wrote ourselves, each pinned to the
 * dates the table gives its timexes (no clock read). Sides carried from the sentence before (a pronoun subject
 * after a fronted time: "Cùng ngày, ông …"; a left-out subject: "Sau đó, gặp …"; "hai bên" for the pair named
 * before, not one the article names only later), coordinated and joint sides, a mediator as third party, groups
 * that are no actors; and the date of an act: its clause's own time after it rather than the day it was told
 * ("cho biết hôm nay A sẽ gặp B vào tuần tới"), the day of the act the sentence before told about the same
 * sides when the sentence names no time, none when it says the act came earlier ("Trước đó, …").
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
  Oman: gpe("Oman", "OMN"),
  Yemen: gpe("Yemen", "YEM"),
  "Thái Lan": gpe("Thailand", "THA"),
  Campuchia: gpe("Cambodia", "KHM"),
  Palestine: gpe("Palestine", "PSE"),
  "Thủ tướng Qatar": person("Mohammed_Al_Thani", "QAT"),
  Hamas: org("Hamas", "HAMAS"),
  Ankara: place("Ankara", "TUR"),
  London: place("London", "GBR"),
  Kiev: place("Kyiv", "UKR"),
  "Điện Kremlin": place("Moscow_Kremlin", "RUS"),
  "Tổng thống Zelensky": person("Volodymyr_Zelensky", "UKR"),
  "Thủ tướng Anh Starmer": person("Keir_Starmer", "GBR"),
  "Tổng thống Pháp Macron": person("Emmanuel_Macron", "FRA"),
  "Ngoại trưởng Lavrov": person("Sergey_Lavrov", "RUS"),
  "Ngoại trưởng Fidan": person("Hakan_Fidan", "TUR"),
  "Ngoại trưởng Araghchi": person("Abbas_Araghchi", "IRN"),
  "Ngoại trưởng Cho Hyun": person("Cho_Hyun", "KOR"),
  "Ngoại trưởng Iwaya": person("Takeshi_Iwaya", "JPN"),
};

interface Case {
  name: string;
  text: string[];
  timexes: Array<[string, string]>;
  want: WantEvent[];
}

const CASES: Case[] = [
  // sides carried from the sentence before
  {
    name: "a pronoun subject after a fronted time ('Cùng ngày, ông …') is the last topic, on that day",
    text: ["Ngày 10/5, Tổng thống Zelensky gặp Thủ tướng Anh Starmer tại London. Cùng ngày, ông cũng điện đàm với Tổng thống Pháp Macron."],
    timexes: [["Ngày 10/5", "2025-05-10"], ["Cùng ngày", "2025-05-10"]],
    want: [
      { type: "CONSULT", parts: ["GBR", "UKR"], date: "2025-05-10" },
      { type: "CONSULT", parts: ["FRA", "UKR"], date: "2025-05-10", mode: "phone" },
    ],
  },
  {
    name: "a pronoun subject after a dated time ('Hôm 11/5, ông gặp …') takes its own date",
    text: ["Ngày 10/5, Ngoại trưởng Araghchi đến Oman. Hôm 11/5, ông gặp Ngoại trưởng Lavrov."],
    timexes: [["Ngày 10/5", "2025-05-10"], ["Hôm 11/5", "2025-05-11"]],
    want: [
      { type: "CONSULT", parts: ["IRN", "OMN"], date: "2025-05-10" },
      { type: "CONSULT", parts: ["IRN", "RUS"], date: "2025-05-11" },
    ],
  },
  {
    name: "a left-out subject after 'Sau đó' is the visitor",
    text: ["Ngoại trưởng Lavrov đến Ankara ngày 12/5. Sau đó, gặp Ngoại trưởng Fidan."],
    timexes: [["ngày 12/5", "2025-05-12"]],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-05-12" }],
  },
  {
    name: "'Hai bên' after a visit is the pair just named, not a pair the article names more often later",
    text: [
      "Ngày 12/5, Ngoại trưởng Lavrov hội đàm với Ngoại trưởng Fidan. Hai bên nhất trí thúc đẩy hợp tác kinh tế.",
      "Cùng ngày, Điện Kremlin cáo buộc Kiev phá hoại các cuộc đàm phán. Nga và Ukraine sau đó trao đổi tù binh.",
    ],
    timexes: [["Ngày 12/5", "2025-05-12"], ["Cùng ngày", "2025-05-12"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-05-12" },
      { type: "AGREE", parts: ["RUS", "TUR"] },
      { type: "ACCUSE", parts: ["RUS", "UKR"], actor: ["RUS"], date: "2025-05-12" },
      { type: "RETREAT", parts: ["RUS", "UKR"] },
    ],
  },
  // a clause of time that bounds the act: its time dates no act of another clause
  {
    name: "'lần đầu kể từ khi nhậm chức hồi tháng 6': the inauguration's month does not date the visit",
    text: ["Tổng thống Zelensky đã thăm Thổ Nhĩ Kỳ lần đầu kể từ khi nhậm chức hồi tháng 6."],
    timexes: [["hồi tháng 6", "2025-06"]],
    want: [{ type: "CONSULT", parts: ["TUR", "UKR"], date: null, mode: "visit" }],
  },
  {
    name: "'trước khi rời nhiệm sở vào tháng 1': the visit keeps its own day",
    text: ["Ngoại trưởng Lavrov thăm Ankara hôm 20/2 trước khi rời nhiệm sở vào tháng 1."],
    timexes: [["hôm 20/2", "2025-02-20"], ["vào tháng 1", "2026-01"]],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-02-20", mode: "visit" }],
  },
  // a time told after an act dates the act coordinated right after it, when that one names no other time
  {
    name: "'hội đàm tại Ankara hôm 7/3, nhất trí …': the agreement of the same talks, the same day",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan đã hội đàm tại Ankara hôm 7/3, nhất trí tăng cường hợp tác kinh tế."],
    timexes: [["hôm 7/3", "2025-03-07"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-03-07" },
      { type: "AGREE", parts: ["RUS", "TUR"], date: "2025-03-07" },
    ],
  },
  {
    name: "'hội đàm … hôm 7/9, nhất trí … trước các mối đe dọa': 'trước' with no time is no bound",
    text: ["Ngoại trưởng Lavrov và Ngoại trưởng Fidan đã có cuộc hội đàm tại Ankara hôm 7/9, nhất trí tăng cường hợp tác trước các mối đe dọa."],
    timexes: [["hôm 7/9", "2025-09-07"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-09-07" },
      { type: "AGREE", parts: ["RUS", "TUR"], date: "2025-09-07" },
    ],
  },
  {
    name: "'gặp … hôm 7/3 và sẽ thăm Iran': a future act keeps no date of the meeting",
    text: ["Ngoại trưởng Lavrov gặp Ngoại trưởng Fidan tại Ankara hôm 7/3 và sẽ thăm Iran."],
    timexes: [["hôm 7/3", "2025-03-07"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-03-07" },
      { type: "CONSULT", parts: ["IRN", "RUS"], date: null, mode: "visit" },
    ],
  },
  {
    name: "'nhất trí ngừng bắn từ 28/7, sau 5 ngày giao tranh': fighting placed by its own bound keeps no date of the truce",
    text: ["Thái Lan và Campuchia nhất trí ngừng bắn từ nửa đêm 28/7, sau 5 ngày giao tranh dọc biên giới."],
    timexes: [["nửa đêm 28/7", "2025-07-28"], ["5 ngày", "P5D"]],
    want: [
      { type: "AGREE", parts: ["KHM", "THA"], date: "2025-07-28" },
      { type: "ASSAULT", parts: ["KHM", "THA"], date: null },
    ],
  },
  // coordinated and joint sides, mediators, groups that are no actors
  {
    name: "three coordinated sides sign one agreement",
    text: ["Nga, Trung Quốc và Iran đã ký thỏa thuận hợp tác quân sự ngày 5/5."],
    timexes: [["ngày 5/5", "2025-05-05"]],
    want: [{ type: "SUPPORT", parts: ["CHN", "IRN", "RUS"], date: "2025-05-05" }],
  },
  {
    name: "'do Qatar làm trung gian': the mediator is third party, not a side",
    text: ["Cuộc đàm phán giữa Ấn Độ và Pakistan diễn ra ngày 11/5 do Qatar làm trung gian."],
    timexes: [["ngày 11/5", "2025-05-11"]],
    want: [{ type: "CONSULT", parts: ["IND", "PAK"], third: ["QAT"], date: "2025-05-11" }],
  },
  {
    name: "'phương Tây' is no side: no accusation by it",
    text: ["Phương Tây cáo buộc Iran làm giàu urani vượt mức cho phép."],
    timexes: [],
    want: [],
  },
  {
    name: "'cuộc gặp giữa A với B, C và D đã diễn ra': every side of the list",
    text: ["Cuộc gặp giữa Thủ tướng Qatar với các phe phái Palestine, Bộ trưởng Tình báo Ai Cập và đại diện Hamas đã diễn ra tích cực."],
    timexes: [],
    want: [{ type: "CONSULT", parts: ["EGY", "HAMAS", "PSE", "QAT"] }],
  },
  {
    name: "'cuộc gặp này' is the meeting told just before, not one between the pair last named",
    text: ["Ngày 12/5, Ngoại trưởng Lavrov hội đàm với Ngoại trưởng Fidan. Mỹ và Iran cùng ngày cáo buộc nhau vi phạm thỏa thuận. Báo chí cho biết cuộc hội đàm này diễn ra trong không khí thân thiện."],
    timexes: [["Ngày 12/5", "2025-05-12"], ["cùng ngày", "2025-05-12"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-05-12" },
      { type: "ACCUSE", parts: ["IRN", "USA"], actor: ["USA"] },
      { type: "ACCUSE", parts: ["IRN", "USA"], actor: ["IRN"] },
    ],
  },
  // the date of an act
  {
    name: "'cho biết hôm nay A sẽ gặp B vào tuần tới': the meeting's week, not the day it was told",
    text: ["Ngoại trưởng Araghchi cho biết hôm nay Iran sẽ gặp Mỹ vào tuần tới tại Oman."],
    timexes: [["hôm nay", "2025-05-14"], ["vào tuần tới", "2025-W21"]],
    want: [{ type: "CONSULT", parts: ["IRN", "USA"], date: "2025-W21", status: "planned" }],
  },
  {
    name: "a later year after the act does not undo the day fronted before it",
    text: ["Ngày 10/5, Nga và Trung Quốc ký thỏa thuận hợp tác năng lượng năm 2025."],
    timexes: [["Ngày 10/5", "2025-05-10"], ["năm 2025", "2025"]],
    want: [{ type: "SUPPORT", parts: ["CHN", "RUS"], date: "2025-05-10" }],
  },
  {
    name: "a sentence naming no time goes on telling of the sides of the dated act before it: that day",
    text: ["Ngoại trưởng Cho Hyun và Ngoại trưởng Iwaya hôm 2/12 đã hội đàm tại Tokyo. Hai bên ký thỏa thuận hợp tác an ninh."],
    timexes: [["hôm 2/12", "2025-12-02"]],
    want: [
      { type: "CONSULT", parts: ["JPN", "KOR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["JPN", "KOR"], date: "2025-12-02" },
    ],
  },
  {
    name: "… but not when it says the act came earlier ('Trước đó, …'): no date",
    text: ["Ngoại trưởng Cho Hyun và Ngoại trưởng Iwaya hôm 2/12 đã hội đàm tại Tokyo. Trước đó, hai bên đã ký thỏa thuận hợp tác an ninh."],
    timexes: [["hôm 2/12", "2025-12-02"]],
    want: [
      { type: "CONSULT", parts: ["JPN", "KOR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["JPN", "KOR"], date: null },
    ],
  },
  {
    name: "… nor across paragraphs: no date",
    text: ["Ngoại trưởng Cho Hyun và Ngoại trưởng Iwaya hôm 2/12 đã hội đàm tại Tokyo.", "Hai bên ký thỏa thuận hợp tác an ninh."],
    timexes: [["hôm 2/12", "2025-12-02"]],
    want: [
      { type: "CONSULT", parts: ["JPN", "KOR"], date: "2025-12-02" },
      { type: "SUPPORT", parts: ["JPN", "KOR"], date: null },
    ],
  },
  {
    name: "a proposed happening takes the time after it, not the day it was proposed",
    text: ["Nga ngày 10/5 đề xuất đàm phán trực tiếp với Ukraine tại Istanbul vào ngày 15/5."],
    timexes: [["ngày 10/5", "2025-05-10"], ["vào ngày 15/5", "2025-05-15"]],
    want: [
      { type: "AGREE", parts: ["RUS", "UKR"], date: "2025-05-10" },
      { type: "CONSULT", parts: ["RUS", "UKR"], date: "2025-05-15", status: "proposed" },
    ],
  },
  {
    name: "'A hôm 10/5 …, một ngày sau khi B …': B's act is of the day before",
    text: ["Israel hôm 10/5 không kích Yemen, một ngày sau khi Iran phóng tên lửa vào Israel."],
    timexes: [["hôm 10/5", "2025-05-10"]],
    want: [
      { type: "ASSAULT", parts: ["ISR", "YEM"], date: "2025-05-10" },
      { type: "ASSAULT", parts: ["IRN", "ISR"], date: "2025-05-09" },
    ],
  },
  {
    name: "'Trong cuộc điện đàm hôm 10/5, A và B nhất trí …': the agreement is of the call's day",
    text: ["Trong cuộc điện đàm hôm 10/5, Tổng thống Pháp Macron và Ngoại trưởng Araghchi nhất trí tăng cường hợp tác."],
    timexes: [["hôm 10/5", "2025-05-10"]],
    want: [
      { type: "CONSULT", parts: ["FRA", "IRN"], date: "2025-05-10", mode: "phone" },
      { type: "AGREE", parts: ["FRA", "IRN"], date: "2025-05-10" },
    ],
  },
];

const run = (c: Case): Doc => analyseEvents(envelopeFrom(ACTORS, c.text, c.timexes), lex);
for (const c of CASES) test(`sides and dates: ${c.name}`, () => assertEvents(run(c), c.want));
