/**
 * Names the dictionary lacks, recognised by general mechanisms (src/actors/shapes.ts and the title
 * pass), on the project's real dictionary: foreign-spelled names, names after a noun of their kind,
 * organisations spelled out before an acronym, lower-case qualifiers between a title and its name,
 * words glued by a lost space. Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadDictionary } from "../src/actors/dictionary.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { tokenize } from "../src/actors/tokens.js";
import { isVietnameseSyllable } from "../src/text/syllable.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Actor, Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));

function doc(text: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  const article = { ...d.article!, title: null, lead: null, paragraphs: [], captions: [], author: null, outlet: null, credits: [], published: null };
  return { ...d, text, matchText: canonicalTones(text), article, referenceDate: { value: "2025-10-26", basis: "given" }, timexes: [] };
}
const actors = (text: string): Actor[] => rec.analyse(doc(text)).actors;
const ids = (text: string) => actors(text).map((a) => a.id);

test("Vietnamese syllable shape: Vietnamese and Sino-Vietnamese words are syllables, foreign spellings are not", () => {
  for (const w of ["người", "Nguyễn", "nghiêng", "khuya", "quyết", "gì", "Tập", "Cận", "Bình", "Thành", "Cương", "Hun", "Sen"]) assert.ok(isVietnameseSyllable(w), w);
  for (const w of ["Paul", "Whelan", "Vadim", "Krasikov", "Iranintl", "Qamishli", "Trump", "Lee", "Doha", "Jong", "Ras", "Abyad"]) assert.ok(!isVietnameseSyllable(w), w);
});

test("words glued by a lost space are two tokens ('MacronThủ'), names with inner capitals stay whole", () => {
  assert.deepEqual(tokenize("Emmanuel MacronThủ tướng").map((t) => t.text), ["Emmanuel", "Macron", "Thủ", "tướng"]);
  assert.deepEqual(tokenize("TikTok McDonald DeSantis").map((t) => t.text), ["TikTok", "McDonald", "DeSantis"]);
  const got = ids("Ông Tập điện đàm với Tổng thống Pháp Emmanuel MacronThủ tướng Đức Angela Merkel.");
  for (const id of ["Emmanuel_Macron", "Angela_Merkel"]) assert.ok(got.includes(id), got.join(","));
  assert.ok(!got.some((id) => id.includes("Thủ")), got.join(","));
});

test("names spelled in a foreign way are people without any title or cue; the surname alone then names them", () => {
  const got = actors("Mỹ đề nghị Nga thả Paul Whelan và Brittney Griner. Nga muốn đổi lấy Vadim Krasikov, nhưng việc Krasikov đang bị giam giữ là trở ngại.");
  const byId = new Map(got.map((a) => [a.id, a]));
  for (const id of ["Paul_Whelan", "Brittney_Griner", "Vadim_Krasikov"]) assert.equal(byId.get(id)?.type, "person", `${id}: ${[...byId.keys()].join(",")}`);
  assert.ok(!byId.has("Krasikov"));
  // names of Vietnam's minorities are Vietnamese writing, not foreign names; one foreign letter or two is no name
  // (Đắk Lắk is a province the dictionary knows; Krông Buk, a district, is no foreign name)
  const minority = ids("Nguyễn Thị Tiền (22 tuổi, Krông Buk, Đắk Lắk) lãnh án. Huấn luyện viên Jérôme Boateng có mặt.");
  assert.deepEqual(minority, ["Đắk_Lắk_province", "Jérôme_Boateng"]);
  // a sentence opener is not part of the name
  const opener = ids("Nhưng Paul Whelan vẫn bị giam.");
  assert.ok(opener.includes("Paul_Whelan"), opener.join(","));
});

test("the last word of a foreign-spelled name tells an organisation, a medium or a place", () => {
  const got = actors("Các công ty bị trừng phạt gồm Halvorsen Marine Systems Corporation. Theo Kathimerini Herald, lệnh cấm có hiệu lực ngay.");
  const type = (id: string) => got.find((a) => a.id === id)?.type;
  assert.equal(type("Halvorsen_Marine_Systems_Corporation"), "org", got.map((a) => a.id).join(","));
  assert.equal(type("Kathimerini_Herald"), "media", got.map((a) => a.id).join(","));
  // a known company followed by more of its longer name is that company, and the rest no name of its own
  for (const text of ["Lệnh cấm nhắm vào Northrop Grumman Systems Corporation và các công ty con.", "Hợp đồng được trao cho Rheinmetall Defence Industries."]) {
    const got2 = ids(text);
    assert.equal(got2.length, 1, `${text}: ${got2.join(",")}`);
    assert.ok(["Northrop_Grumman", "Rheinmetall"].includes(got2[0]!), got2.join(","));
  }
  // a digit inside a name word ("L3Harris"); "F-35", "Su-57" are no names
  const more = ids("Các công ty bị trừng phạt gồm L3Harris Maritime Services. Máy bay F-35 và Su-57 bay qua.");
  assert.deepEqual(more, ["L3Harris_Maritime_Services"]);
});

test("a noun of their kind introduces places, media and organisations, with a state between noun and name", () => {
  const table: [string, string, Actor["type"], string | null][] = [
    ["Giao tranh diễn ra gần thị trấn Tal Tamr.", "Tal_Tamr", "place", null],
    ["Quân đội tấn công phía đông sông Euphrates.", "Euphrates", "place", null],
    ["Các thị trấn Tell Abyad và Ras al-Ayn bị pháo kích.", "Ras_al-Ayn", "place", null],
    ["Đài truyền hình Kurdsat cho biết liên minh đã không kích.", "Kurdsat", "media", null],
    ["Trang Grayzone đưa tin hôm 6/9.", "Grayzone", "media", null],
    ["Nhà sáng lập công ty quốc phòng Mỹ Anduril Industries bị cấm nhập cảnh.", "Anduril_Industries", "org", "USA"],
  ];
  for (const [text, id, type, code] of table) {
    const a = actors(text).find((x) => x.id === id);
    assert.ok(a, `${text}: ${ids(text).join(",")}`);
    assert.equal(a.type, type, text);
    assert.equal(a.code, code, text);
  }
  // "Tell Abyad" is found too, as the first of the list
  assert.ok(ids("Các thị trấn Tell Abyad và Ras al-Ayn bị pháo kích.").includes("Tell_Abyad"));
});

test("no actor: a noun made part of a verb, things and operations named in English, quoted phrases, social networks", () => {
  for (const text of [
    "Chính phủ cảnh báo Zintan sẽ bị tấn công.",
    "Mỹ mở chiến dịch Epic Fury nhằm vào các mục tiêu.",
    "Ông kêu gọi xây dựng hệ thống Golden Dome.",
    "Khẩu hiệu “Make America Great Again” được nhắc lại.",
    "Ông đăng trên mạng xã hội Truth Social rằng đàm phán sẽ tiếp tục.",
    "Giải đấu sẽ là kỳ World Cup lớn nhất và Inflation Reduction Act vẫn có hiệu lực.",
  ]) {
    const got = actors(text).filter((a) => a.type !== "gpe");
    assert.deepEqual(got.map((a) => a.id), [], text);
  }
});

test("an organisation spelled out before its acronym is named by the acronym, whatever else the dictionary gives it to", () => {
  // a name the dictionary lacks: the acronym is its id, and every later use of the acronym names it
  const got = ids("Mặt trận Giải phóng Azawad (FLA) tuyên bố kiểm soát thị trấn. FLA cho biết sẽ tiếp tục tấn công.");
  assert.ok(got.includes("FLA"), got.join(","));
  // a name the dictionary knows, of another body than the one it gives the acronym to
  const known = ids("Quân đội Thổ Nhĩ Kỳ và Quân đội Quốc gia Syria (NSA) mở chiến dịch. NSA tiến vào thị trấn.");
  assert.ok(known.includes("Syrian_National_Army"), known.join(","));
  assert.ok(!known.includes("National_Security_Agency"), known.join(","));
  // spelled out as the dictionary knows the acronym's own body: that body
  const same = ids("Cơ quan An ninh Quốc gia Mỹ (NSA) bác bỏ thông tin.");
  assert.ok(same.includes("National_Security_Agency"), same.join(","));
  assert.ok(!same.includes("NSA"), same.join(","));
  // (lead) spelled out in a form the dictionary lacks, of the state the dictionary gives the acronym's body (or of
  // none named): that body, with its code, not a new body with no state
  for (const text of ["Cục Tình báo Trung ương Mỹ (CIA) cho biết.", "Cục Tình báo Trung ương (CIA) cho biết."]) {
    const cia = actors(text);
    assert.ok(cia.some((a) => a.id === "Central_Intelligence_Agency" && a.code === "USA"), `${text}: ${cia.map((a) => a.id).join(",")}`);
    assert.ok(!cia.some((a) => a.id === "CIA"), `${text}: ${cia.map((a) => a.id).join(",")}`);
  }
});

test("a title's lower-case qualifiers stand between it and the name; a verb does not", () => {
  const got = ids("Ông Bessent đã gặp Trưởng đoàn đàm phán thương mại Lý Thành Cương tại Kuala Lumpur.");
  assert.ok(got.includes("Lý_Thành_Cương"), got.join(","));
  const verb = actors("Thủ tướng nói Vladimir Putin đã sai.");
  assert.ok(verb.some((a) => a.id === "Vladimir_Putin"));
});

test("another spelling of a known person's given name before the known surname is that person", () => {
  const got = ids("Tổng thống Serbia Alexander Vucic phát biểu tại Belgrade.");
  assert.ok(got.includes("Aleksandar_Vučić"), got.join(","));
  assert.ok(!got.includes("Alexander"), got.join(","));
});

test("'phong trào Hamas', 'khối NATO': a lower-case alias of a group of no state still names it", () => {
  for (const [text, id] of [
    ["Israel và phong trào Hamas nối lại đàm phán.", "Hamas"],
    ["Các nước khối NATO họp tại Brussels.", "NATO"],
  ] as const) {
    const got = ids(text);
    assert.ok(got.includes(id), `${text}: ${got.join(",")}`);
  }
});

test("the validator checks the name-shape word lists of titles.json", async () => {
  const { pathToFileURL } = await import("node:url");
  const mod = (await import(pathToFileURL(join(ROOT, "scripts/validators/actors.mjs")).href)) as { validate(json: unknown, rel: string): string[] };
  const base = { description: "t", titles: [{ title: "Tổng thống", role: "head_of_state" }] };
  const rel = "data/actors/titles.json";
  assert.deepEqual(mod.validate({ ...base, name_nouns: { note: "n", place: ["thành phố"], media: ["đài"] } }, rel), []);
  const bad = (extra: object) => mod.validate({ ...base, ...extra }, rel).join("\n");
  assert.match(bad({ name_nouns: { place: ["thành phố"] } }), /name_nouns: needs a "note"/);
  assert.match(bad({ name_nouns: { note: "n", place: ["đài"], media: ["đài"] } }), /listed twice/);
  assert.match(bad({ thing_nouns: { note: "n", things: ["x"] } }), /unknown list/);
  assert.match(bad({ type_finals: ["City"] }), /must be an object/);
  assert.match(bad({ sentence_openers: { note: "n", words: [""] } }), /non-empty strings/);
});

test("words around a foreign-spelled name: a place after 'tại'/'ở', a medium before 'đưa tin'; a short form of a place named in full", () => {
  const place = actors("Hai nhà lãnh đạo gặp nhau tại Ketchikan hôm 15/8.").find((a) => a.id === "Ketchikan");
  assert.equal(place?.type, "place");
  const media = actors("Trang Semafork đưa tin hai bên đã đạt thỏa thuận. Grayzonia đưa tin tương tự.").find((a) => a.id === "Grayzonia");
  assert.equal(media?.type, "media");
  const rio = ids("Hội nghị diễn ra tại Rio de Janeiro. Các nhà lãnh đạo rời Rio sau đó, khi ở Rio không còn ai.");
  assert.ok(rio.includes("Rio_de_Janeiro"), rio.join(","));
  assert.ok(!rio.includes("Rio"), rio.join(","));
  // a capitalised noun inside a sentence is part of a name, not a noun introducing one
  const hcm = ids("Đoàn công tác thăm Thành phố Hồ Chí Minh.");
  assert.ok(!hcm.includes("Chí_Minh"), hcm.join(","));
});

test("a capitalised portfolio after a title, then the state, then the name: the name is the state's", () => {
  const a = actors("Bộ trưởng Nội vụ Pháp Laurent Nuñez tuyên bố tăng cường an ninh.").find((x) => x.id === "Laurent_Nuñez");
  assert.equal(a?.code, "FRA", JSON.stringify(actors("Bộ trưởng Nội vụ Pháp Laurent Nuñez tuyên bố tăng cường an ninh.")));
});
