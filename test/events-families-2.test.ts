/**
 * Event families of the second round of issue 14 (session 5), as sentences we wrote: a time after a
 * word that is no time in a "trước/sau" group is the act's date, not a bound ("Phát biểu trước báo
 * giới ngày 14/9, …"), while "trước ngày 10/1", "trước thời hạn ngày 10/1" stay bounds; a restriction
 * named as a noun is a SANCTION where a verb imposes it, before it ("áp đặt các biện pháp hạn chế") or
 * after it ("các lệnh hạn chế áp đặt lên X"), even inside the clause of what is awaited ("cho đến khi
 * X gỡ bỏ …"); one merely talked about is none. A side saying it must be granted something ("Ukraine phải được
 * mời tham dự hội nghị NATO") asks it of the one granting it, dated by the day its speaker spoke; a
 * headline's act with no date takes the day a side of it speaks on later in the article.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import assert from "node:assert/strict";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { PINNED_NOW } from "./helpers/shared.js";
import { assertEvents, envelopeFrom, type WantEvent, gpe, org, person } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  Nga: gpe("Russia", "RUS"),
  Mỹ: gpe("United_States", "USA"),
  Israel: gpe("Israel", "ISR"),
  "Trung Quốc": gpe("China", "CHN"),
  "Bắc Kinh": gpe("China", "CHN"),
  "Tổng thống Trump": person("Donald_Trump", "USA"),
  "Tổng thống Zelensky": person("Volodymyr_Zelensky", "UKR"),
  Ukraine: gpe("Ukraine", "UKR"),
  NATO: org("NATO", "NATO"),
};

interface Case {
  name: string;
  text: string | string[];
  timexes?: Array<[string, string]>;
  want: WantEvent[];
}

const CASES: Case[] = [
  {
    name: "'Phát biểu trước báo giới ngày 14/9, …': the time of where the speaker spoke dates the warning",
    text: "Phát biểu trước báo giới ngày 14/9, Tổng thống Trump cảnh báo Israel cần “rất thận trọng”.",
    timexes: [["ngày 14/9", "2025-09-14"]],
    want: [{ type: "THREATEN", parts: ["ISR", "USA"], date: "2025-09-14" }],
  },
  {
    name: "'trước ngày 10/1' is a bound, not the talks' date",
    text: "Nga và Mỹ sẽ đàm phán trước ngày 10/1.",
    timexes: [["ngày 10/1", "2026-01-10"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: null, status: "planned" }],
  },
  {
    name: "'trước thời hạn ngày 10/1': a word of time before the time keeps it a bound",
    text: "Nga và Mỹ sẽ đàm phán trước thời hạn ngày 10/1.",
    timexes: [["ngày 10/1", "2026-01-10"]],
    want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: null, status: "planned" }],
  },
  {
    name: "restrictive measures in the object of an imposing verb are a sanction",
    text: "Mỹ áp đặt các biện pháp hạn chế đối với Nga.",
    want: [{ type: "SANCTION", parts: ["RUS", "USA"], status: "occurred" }],
  },
  {
    name: "restrictions 'áp đặt lên X' in the clause of what is awaited: the sanction stands beside the demand",
    text: "Mỹ tạm hoãn hiệp định với Trung Quốc cho đến khi Bắc Kinh gỡ bỏ các lệnh hạn chế áp đặt lên Mỹ.",
    want: [
      { type: "SANCTION", parts: ["CHN", "USA"], status: "occurred" },
      { type: "REQUEST", parts: ["CHN", "USA"] },
    ],
  },
  {
    name: "restrictions only talked about are no sanction",
    text: "Nga và Mỹ thảo luận về các lệnh hạn chế.",
    want: [{ type: "CONSULT", parts: ["RUS", "USA"] }],
  },
  // a side saying it must be granted something asks it of the one granting it
  {
    name: "'Ukraine phải được mời tham dự hội nghị NATO' said by Ukraine's leader: a request to NATO, on the day he spoke",
    text: ["Hôm 28/5, Tổng thống Zelensky thừa nhận Ukraine chưa được mời.", "Tổng thống Zelensky nói Ukraine phải được mời tham dự hội nghị thượng đỉnh NATO."],
    timexes: [["Hôm 28/5", "2025-05-28"]],
    want: [{ type: "REQUEST", parts: ["NATO", "UKR"], date: "2025-05-28" }],
  },
  {
    name: "'Ukraine phải được bảo vệ trước Nga': what it must be granted against another is no request to that other",
    text: "Tổng thống Zelensky nói Ukraine phải được bảo vệ trước Nga.",
    want: [],
  },
];

for (const c of CASES) {
  test(`events, families (2): ${c.name}`, () => {
    const doc: Doc = analyseEvents(envelopeFrom(ACTORS, typeof c.text === "string" ? [c.text] : c.text, c.timexes ?? []), lex);
    assertEvents(doc, c.want);
  });
}

test("events, families (2): a headline's talks with no date take the day its speaker spoke on, given after it", () => {
  const text = "Họp trực tuyến với Tổng thống Pháp, ông Tập Cận Bình nói muốn hợp tác với châu Âu\n\nHôm 5/7, Chủ tịch Trung Quốc Tập Cận Bình nói ông hy vọng Trung Quốc và Pháp có thể mở rộng hợp tác.\n";
  const doc = analyze({ source: { path: "title.txt", record_id: null, url: null, fetched_at: null }, text, kind: "text" }, {}, { now: PINNED_NOW, data: dataStore() });
  const talks = doc.events.filter((e) => e.type === "CONSULT");
  assert.equal(talks.length, 1, JSON.stringify(doc.events));
  assert.equal(talks[0]!.date, "XXXX-07-05");
});
