/**
 * The "Hard cases" of ../shared/spec/GOLD.md, each as written sentences and the events the gold
 * would code for them, and the structural misses issue 14 lists (chairs as third parties,
 * proposals, acts held apart, "ban đầu được kỳ vọng", a keyword in a purpose clause, a support
 * with a call, mutual accusations, never one side on both ends). Sentences are our own.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { assertEvents, envelopeFrom, type WantEvent, gpe, place, person, org, COMMON_STATES } from "./helpers/envelope.js";
import { PINNED_NOW } from "./helpers/shared.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  "Ai Cập": gpe("Egypt", "EGY"),
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  "Ấn Độ": gpe("India", "IND"),
  Pakistan: gpe("Pakistan", "PAK"),
  Kiev: place("Kyiv", "UKR"),
  Moscow: place("Moscow", "RUS"),
  Doha: place("Doha", "QAT"),
  Geneva: place("Geneva", "CHE"),
  Istanbul: place("Istanbul", "TUR"),
  Budapest: place("Budapest", "HUN"),
  Hamas: org("Hamas", "HAMAS"),
  G7: org("G7", "G7"),
  NATO: org("NATO", "NATO"),
  "RIA Novosti": { id: "RIA_Novosti", name: "RIA Novosti", type: "media", code: null },
  Bloomberg: { id: "Bloomberg_News", name: "Bloomberg News", type: "media", code: null },
  "Bộ Ngoại giao Thổ Nhĩ Kỳ": org("Ministry_of_Foreign_Affairs_(Turkey)", "TUR"),
  "Tổng thống Putin": person("Vladimir_Putin", "RUS"),
  "Tổng thống Mỹ": person("Donald_Trump", "USA"),
  "Tổng thống Erdogan": person("Recep_Tayyip_Erdoğan", "TUR"),
  Lavrov: person("Sergey_Lavrov", "RUS"),
};

const run = (text: string[], timexes: Array<[string, string]> = []): Doc => analyseEvents(envelopeFrom(ACTORS, text, timexes), lex);

interface Case {
  name: string;
  text: string[];
  timexes?: Array<[string, string]>;
  want: WantEvent[];
}

const CASES: Case[] = [
  // Statement or comment
  { name: "a stance with no other party is no event", text: ["Nga tuyên bố sẵn sàng bảo vệ chủ quyền."], want: [] },
  { name: "not ruling out a ceasefire is a stance, no AGREE", text: ["Nga không loại trừ khả năng ngừng bắn."], want: [] },
  { name: "what experts say will happen is no event", text: ["Các chuyên gia cho rằng Nga sẽ tấn công Ukraine."], want: [] },
  { name: "a statement toward a named other party is an event", text: ["Nga sẵn sàng đàm phán với Ukraine."], want: [{ type: "AGREE", parts: ["RUS", "UKR"], status: "occurred" }] },
  // Proposals
  {
    name: "proposing that the other side act is a REQUEST that occurred",
    text: ["Nga đề xuất Ukraine nối lại đàm phán."],
    want: [{ type: "REQUEST", parts: ["RUS", "UKR"], status: "occurred" }],
  },
  {
    name: "offering to act together is an AGREE; the placed proposed happening is a second event, proposed",
    text: ["Nga đề xuất tổ chức hội nghị với Ukraine tại Istanbul."],
    want: [
      { type: "AGREE", parts: ["RUS", "UKR"], status: "occurred" },
      { type: "CONSULT", parts: ["RUS", "UKR"], status: "proposed", location: "Istanbul" },
    ],
  },
  // Chairs, hosts and mediators
  { name: "who chairs talks between others is third party", text: ["Qatar chủ trì cuộc họp giữa Israel và Hamas."], want: [{ type: "CONSULT", parts: ["HAMAS", "ISR"], third: ["QAT"], mode: "third-party" }] },
  { name: "a chair named by 'dưới sự chủ trì của' is third party", text: ["Israel và Hamas đàm phán tại Doha dưới sự chủ trì của Qatar."], want: [{ type: "CONSULT", parts: ["HAMAS", "ISR"], third: ["QAT"], location: "Doha" }] },
  { name: "a mediator of talks between others is third party", text: ["Thổ Nhĩ Kỳ làm trung gian cho các cuộc đàm phán giữa Nga và Ukraine."], want: [{ type: "CONSULT", parts: ["RUS", "UKR"], third: ["TUR"] }] },
  { name: "the country talks are held in is only their place", text: ["Israel và Hamas đàm phán tại Doha."], want: [{ type: "CONSULT", parts: ["HAMAS", "ISR"], third: [], location: "Doha" }] },
  // Statuses
  { name: "under way: ongoing", text: ["Cuộc đàm phán giữa Nga và Ukraine đang diễn ra."], want: [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "ongoing" }] },
  { name: "begun: occurred", text: ["Nga và Ukraine đã bắt đầu đàm phán."], want: [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "occurred" }] },
  { name: "scheduled: planned", text: ["Nga và Mỹ sẽ đàm phán vào ngày 10/1."], timexes: [["ngày 10/1", "2026-01-10"]], want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "planned", date: "2026-01-10" }] },
  { name: "possible: proposed", text: ["Nga và Mỹ có thể đàm phán tại Geneva."], want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "proposed" }] },
  { name: "called off: cancelled", text: ["Cuộc gặp giữa Nga và Mỹ đã bị hủy."], want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "cancelled" }] },
  { name: "put off: cancelled", text: ["Nga và Mỹ hoãn cuộc gặp tại Geneva."], want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "cancelled" }] },
  { name: "expected at first ('ban đầu được kỳ vọng'): cancelled", text: ["Cuộc gặp giữa Nga và Mỹ ban đầu được kỳ vọng diễn ra tại Budapest."], want: [{ type: "CONSULT", parts: ["RUS", "USA"], status: "cancelled" }] },
  {
    name: "reported, then denied by a party: denied",
    text: ["Bloomberg tiết lộ Nga và Ukraine đang đàm phán tại Qatar.", "Sau đó, Moscow đã bác bỏ báo cáo này."],
    want: [{ type: "CONSULT", parts: ["RUS", "UKR"], status: "denied" }],
  },
  { name: "on a condition ('nếu'): hypothetical", text: ["Nga và Ukraine sẽ trao đổi tù binh nếu Kiev đồng ý."], want: [{ type: "RETREAT", parts: ["RUS", "UKR"], status: "hypothetical" }] },
  // Mutual acts
  {
    name: "both accusing the other is two events",
    text: ["Cả Ấn Độ và Pakistan đều cáo buộc đối phương vi phạm lệnh ngừng bắn."],
    want: [
      { type: "ACCUSE", parts: ["IND", "PAK"] },
      { type: "ACCUSE", parts: ["IND", "PAK"] },
    ],
  },
  { name: "a joint act is one event with both sides as actor", text: ["Nga và Ukraine đã trao đổi tù binh."], want: [{ type: "RETREAT", parts: ["RUS", "UKR"], mode: "release" }] },
  // Dates
  { name: "a bound the act is before is not its date", text: ["Nga và Mỹ sẽ đàm phán trước ngày 10/1."], timexes: [["ngày 10/1", "2026-01-10"]], want: [{ type: "CONSULT", parts: ["RUS", "USA"], date: null }] },
  {
    name: "an exact offset from a dated act is its date ('một ngày sau khi')",
    text: ["Nga và Ukraine đàm phán tại Istanbul, một ngày sau khi Tổng thống Putin điện đàm với Tổng thống Erdogan hôm 10/5."],
    timexes: [["hôm 10/5", "2025-05-10"]],
    want: [
      { type: "CONSULT", parts: ["RUS", "UKR"], date: "2025-05-11" },
      { type: "CONSULT", parts: ["RUS", "TUR"], mode: "phone", date: "2025-05-10" },
    ],
  },
  {
    name: "talks named as where a speaker spoke take the day that speaker spoke on",
    text: ["Tổng thống Erdogan hôm 10/5 cho biết Thổ Nhĩ Kỳ sẵn sàng làm trung gian.", "Phát biểu tại cuộc họp báo chung với Lavrov ở Istanbul, Tổng thống Erdogan nói hòa bình là cần thiết."],
    timexes: [["hôm 10/5", "2025-05-10"]],
    want: [{ type: "CONSULT", parts: ["RUS", "TUR"], date: "2025-05-10" }],
  },
  // Several targets
  { name: "one attack on several sides is one event with each as recipient", text: ["Hamas tấn công tàu của Mỹ và của Israel."], want: [{ type: "ASSAULT", parts: ["HAMAS", "ISR", "USA"] }] },
  { name: "a group with a code of its own is that code", text: ["G7 lên án Nga."], want: [{ type: "ACCUSE", parts: ["G7", "RUS"] }] },
  // People by office
  { name: "a person named by office acts for the state", text: ["Tổng thống Mỹ đã điện đàm với Tổng thống Putin."], want: [{ type: "CONSULT", parts: ["RUS", "USA"], mode: "phone" }] },
  // Issue 14's structural misses
  {
    name: "talks held apart ('riêng rẽ với A và với B') are one event each",
    text: ["Mỹ thảo luận riêng rẽ với Israel và với Qatar."],
    want: [
      { type: "CONSULT", parts: ["ISR", "USA"] },
      { type: "CONSULT", parts: ["QAT", "USA"] },
    ],
  },
  {
    name: "a ceasefire named in a purpose clause is what talks are about, not a ceasefire; the talks gone to are planned",
    text: ["Israel và Hamas đã đàm phán nhiều vòng.", "Israel cử phái đoàn tới Doha để tham gia đàm phán ngừng bắn."],
    want: [
      { type: "CONSULT", parts: ["HAMAS", "ISR"], status: "occurred" },
      { type: "CONSULT", parts: ["HAMAS", "ISR"], status: "planned" },
    ],
  },
  {
    name: "supporting a deal and calling on the sides gives no third, spurious agreement",
    text: ["Israel và Hamas đã đạt được thỏa thuận ngừng bắn.", "Ai Cập ủng hộ thỏa thuận và kêu gọi các bên tôn trọng lệnh ngừng bắn."],
    want: [
      { type: "AGREE", parts: ["HAMAS", "ISR"] },
      { type: "SUPPORT", parts: ["EGY", "HAMAS", "ISR"] },
      { type: "REQUEST", parts: ["EGY", "HAMAS", "ISR"] },
    ],
  },
  { name: "never one side as both actor and recipient ('nước này' is Israel itself)", text: ["Israel chỉ trích nước này."], want: [] },
  { name: "two people of one side meeting is no event between sides", text: ["Tổng thống Putin đã gặp Lavrov."], want: [] },
];

for (const c of CASES) {
  test(`events, hard cases: ${c.name}`, () => {
    assertEvents(run(c.text, c.timexes), c.want);
  });
}

test("events, hard cases: mutual accusation has each side once as actor and once as recipient", () => {
  const doc = run(["Cả Ấn Độ và Pakistan đều cáo buộc đối phương vi phạm lệnh ngừng bắn."]);
  assert.deepEqual(
    doc.events.map((e) => [e.actor, e.recipient]),
    [
      [["India"], ["Pakistan"]],
      [["Pakistan"], ["India"]],
    ],
  );
});

test("events, hard cases: attribution is the nearest source first, then that source's source", () => {
  const doc = run(["RIA Novosti dẫn nguồn tin Bộ Ngoại giao Thổ Nhĩ Kỳ cho biết Nga và Ukraine sẽ đàm phán tại Istanbul."]);
  assert.equal(doc.events.length, 1);
  assert.deepEqual(doc.events[0]!.attribution, ["RIA_Novosti", "Ministry_of_Foreign_Affairs_(Turkey)"]);
});

test("events, hard cases: a photo caption is no article text, so no event comes from it", () => {
  const text = [
    "Nga và Ukraine đàm phán tại Istanbul",
    "",
    "Phái đoàn Nga và Ukraine đã đàm phán tại Istanbul hôm thứ Sáu.",
    "",
    "Tổng thống Putin và Tổng thống Erdogan tại Ankara. Ảnh: AFP",
    "",
    "Hai bên sẽ gặp lại vào tuần tới.",
  ].join("\n");
  const doc = analyze({ source: { path: "caption.txt", record_id: null, url: null, fetched_at: null }, text, kind: "text" }, {}, { now: PINNED_NOW, data: dataStore() });
  assert.ok(!doc.article?.paragraphs.some((p) => p.includes("Ảnh: AFP")), "the caption stays out of the paragraphs");
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) assert.ok(!e.text.includes("Ảnh"), e.text);
  assert.ok(!doc.events.some((e) => e.actor.includes("Recep_Tayyip_Erdoğan") || e.recipient.includes("Recep_Tayyip_Erdoğan")));
});
