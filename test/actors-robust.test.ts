/**
 * Actor recognition cases found by the self-made held-out check (test/fixtures/heldout), on the
 * project's real dictionary: generic groups, offices with their holders, family-name-first
 * surnames, acting titles, unknown names from their context, the page's own dateline.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadDictionary } from "../src/actors/dictionary.js";
import { compileTitles, loadTitles, titleRole } from "../src/actors/titles.js";
import { roleConstraints } from "../src/actors/constraints.js";
import { mastheadDateline, Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));

function doc(text: string, title: string | null = null): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  const article = { ...d.article!, title, lead: null, paragraphs: [], captions: [], author: null, outlet: null, credits: [], published: null };
  return { ...d, text, matchText: canonicalTones(text), article, referenceDate: { value: "2025-02-05", basis: "given" }, timexes: [] };
}
const ids = (text: string, title: string | null = null) => rec.analyse(doc(text, title)).actors.map((a) => a.id);
const idsOn = (text: string, date: string) => rec.analyse({ ...doc(text), referenceDate: { value: date, basis: "given" } }).actors.map((a) => a.id);

test("a state after a noun for its people or goods is not named by it", () => {
  const table: [string, string[], string[]][] = [
    // text, must include, must not include
    ["Israel trả tự do cho 183 tù nhân Palestine.", ["Israel"], ["State_of_Palestine"]],
    ["Các chuyên gia Nhật Bản đánh giá cao đề xuất.", [], ["Japan"]],
    ["Nhật Bản cử chuyên gia. Các chuyên gia Nhật Bản đánh giá cao.", ["Japan"], []],
    ["Mỹ áp thuế 145% với hàng hóa Trung Quốc.", ["United_States"], ["China"]],
  ];
  for (const [text, yes, no] of table) {
    const got = ids(text);
    for (const y of yes) assert.ok(got.includes(y), `${text}: ${got.join(",")}`);
    for (const x of no) assert.ok(!got.includes(x), `${text}: ${got.join(",")}`);
  }
});

test("an office named with its holder is the holder's title; named alone it is the office", () => {
  const withHolder = ids("Tổng thư ký NATO Mark Rutte cho biết liên minh mạnh hơn.");
  assert.ok(withHolder.includes("Mark_Rutte"), withHolder.join(","));
  assert.ok(!withHolder.includes("Secretary_General_of_NATO"), withHolder.join(","));
});

test("family name first: 'ông Tập' is Xi Jinping once 'Tập Cận Bình' is named", () => {
  const got = ids("Chủ tịch Trung Quốc Tập Cận Bình gặp Thủ tướng Anh. Hai bên hài lòng, ông Tập nói.");
  assert.ok(got.includes("Xi_Jinping"), got.join(","));
  assert.ok(!got.includes("Tập"), got.join(","));
});

test("a spaced dash joins two names, not the words of one alias", () => {
  const got = ids("Quan hệ Trung - Mỹ được cải thiện.");
  assert.ok(!got.includes("Central_America"), got.join(","));
});

test("acting titles and the office as a predicate are not resolved to the holder by date", () => {
  const acting = ids("Quyền Tổng thống Hàn Quốc Choi Sang-mok triệu tập cuộc họp.");
  assert.ok(acting.includes("Choi_Sang-mok"), acting.join(","));
  assert.ok(!acting.includes("Yoon_Suk_Yeol"), acting.join(","));
  const pred = ids("Vụ phóng diễn ra vài ngày trước khi ông Donald Trump nhậm chức Tổng thống Mỹ.");
  assert.ok(pred.includes("Donald_Trump"), pred.join(","));
  assert.ok(!pred.includes("Joe_Biden"), pred.join(","));
});

test("unknown names from context: person nouns, apposition, speech verbs, bracketed acronyms", () => {
  const table: [string, string][] = [
    ["Ali Vaez, giám đốc dự án của nhóm, nhận định đây là tín hiệu tốt.", "Ali_Vaez"],
    ["Hôm qua, lãnh đạo đối lập María Corina Machado bị bắt giữ.", "María_Corina_Machado"],
    ["Giám đốc điều hành Chương trình Lương thực Thế giới (WFP) Cindy McCain cảnh báo nạn đói.", "Cindy_McCain"],
  ];
  for (const [text, id] of table) {
    const got = ids(text);
    assert.ok(got.includes(id), `${text}: ${got.join(",")}`);
  }
  // a department's name after a title is not a name
  const dept = ids("Bộ trưởng Kinh tế Thụy Sĩ Guy Parmelin hài lòng.");
  assert.ok(!dept.includes("Kinh"), dept.join(","));
  // sentence-initial "Nga" before a verb is the state
  assert.ok(ids("Nga được đại diện bởi Ngoại trưởng.").includes("Russia"));
  assert.ok(!ids("Pháp luật quy định rõ.").includes("France"));
});

test("the page's own masthead dateline is not a media actor; an agency after a place is", () => {
  const title = "Quân đội Sudan giành lại Khartoum";
  const text = `${title}\n\nVOV.VN - Quân đội Sudan tuyên bố kiểm soát thủ đô.`;
  assert.deepEqual(mastheadDateline(doc(text, title)), { start: title.length + 2, end: title.length + 2 + "VOV.VN - ".length });
  assert.ok(!ids(text, title).includes("Voice_of_Vietnam"));
  const wire = `${title}\n\nMOSCOW (Sputnik) - Một vòng đàm phán mới bắt đầu.`;
  assert.equal(mastheadDateline(doc(wire, title)), null);
});

test("a title's role can depend on the state: Iran's President heads its government, the Supreme Leader is head of state", () => {
  const table: [string, string, string, string[]][] = [
    // text, date, must include, must not include
    ["Tổng thống Iran cho biết.", "2025-02-05", "Masoud_Pezeshkian", ["Ali_Khamenei"]],
    ["Tổng thống Iran cho biết.", "2024-09-01", "Masoud_Pezeshkian", ["Ali_Khamenei", "Mohammad_Mokhber"]],
    ["Tổng thống Iran cho biết.", "2023-01-01", "Ebrahim_Raisi", ["Ali_Khamenei", "Masoud_Pezeshkian"]],
    ["Tổng thống Iran cho biết.", "2018-06-01", "Hassan_Rouhani", ["Ali_Khamenei", "Ebrahim_Raisi"]],
    ["Lãnh tụ tối cao Iran cho biết.", "2025-02-05", "Ali_Khamenei", ["Masoud_Pezeshkian"]],
    ["Lãnh tụ Tối cao Iran cho biết.", "2018-06-01", "Ali_Khamenei", ["Hassan_Rouhani"]],
    ["Tổng thống Iran Masoud Pezeshkian nói.", "2025-02-05", "Masoud_Pezeshkian", ["Ali_Khamenei"]],
    // the override is Iran's only: elsewhere "Tổng thống" is the head of state
    ["Tổng thống Mỹ cho biết.", "2025-02-05", "Donald_Trump", []],
  ];
  for (const [text, date, want, not] of table) {
    const got = idsOn(text, date);
    assert.ok(got.includes(want), `${text} @${date}: ${got.join(",")}`);
    for (const x of not) assert.ok(!got.includes(x), `${text} @${date}: ${x} in ${got.join(",")}`);
  }
  // the titled name bounds an undated text's date by the President's (head of government) term
  const undated = { ...doc("Tổng thống Iran Masoud Pezeshkian nói."), referenceDate: { value: null, basis: "none" as const } };
  const cs = roleConstraints(undated, rec);
  assert.equal(cs.length, 1);
  assert.equal(cs[0]!.role, "head_of_government");
  assert.deepEqual(cs[0]!.intervals, [{ start: "2024-07-28", end: null }]);
});

test("state_roles: a per-state override of a title's role, matched like the title; bad rows ignored", () => {
  const t = compileTitles({
    titles: [{ title: "Tổng thống", role: "head_of_state" }],
    state_roles: [
      { of: "XYZ", title: "tổng  thống", role: "head_of_government" },
      { of: "XYZ", title: "Không có", role: "head_of_state" },
    ],
  });
  const def = t.titles.first("tổng")![0]!.value;
  assert.equal(titleRole(t, def, "XYZ"), "head_of_government");
  assert.equal(titleRole(t, def, "USA"), "head_of_state");
  assert.equal(titleRole(t, def, null), "head_of_state");
  assert.equal(t.stateRoles.size, 1);
});

test("a plain word is a name spelled without diacritics only in text written without them", () => {
  const table: [string, string[], string[]][] = [
    // text, must include, must not include
    ["Đảng Lao động Triều Tiên ra tuyên bố phản đối.", ["North_Korea"], ["Laos"]],
    ["Bộ trưởng Lao động Mỹ công bố số liệu việc làm mới.", ["United_States"], ["Laos"]],
    ["Liên đoàn Lao động Hàn Quốc kêu gọi đình công.", ["South_Korea"], ["Laos"]],
    ["Xuất khẩu lao động sang Lào tăng mạnh trong năm nay.", ["Laos"], []],
    // written without diacritics throughout: the folded reading still applies
    ["Tong thong Nga hoi dam voi Thu tuong Lao tai Ha Noi.", ["Russia", "Laos", "Hanoi"], []],
  ];
  for (const [text, yes, no] of table) {
    const got = ids(text);
    for (const y of yes) assert.ok(got.includes(y), `${text}: ${got.join(",")}`);
    for (const x of no) assert.ok(!got.includes(x), `${text}: ${got.join(",")}`);
  }
});
