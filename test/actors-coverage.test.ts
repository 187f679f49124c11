/**
 * Rules and lexicon coverage found on held-out articles, checked against the real dictionary
 * (data/actors): each row is a sentence written for the test, the actors it must name and those
 * it must not.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadDictionary } from "../src/actors/dictionary.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";
import { checkNames, type NameRow } from "./helpers/names.js";

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));

function doc(text: string, date: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  return { ...d, text, matchText: canonicalTones(text), referenceDate: { value: date, basis: "given" }, timexes: [] };
}
const analyse = (text: string, date = "2025-05-10") => rec.analyse(doc(text, date));
const ids = (text: string, date = "2025-05-10") => analyse(text, date).actors.map((a) => a.id);

/** [text, must name, must not name] */
const check = (rows: NameRow[]): void => checkNames(ids, rows);

test("lexicon: think tanks, consultancies, forums and firms quoted in world news", () => {
  check([
    ["Một chuyên gia của Viện Nghiên cứu Chiến lược và Quốc tế (CSIS) nhận định.", ["Center_for_Strategic_and_International_Studies"], ["Canadian_Security_Intelligence_Service"]],
    ["Theo CSIS, Bắc Kinh xây thêm đảo.", ["Center_for_Strategic_and_International_Studies"], ["Canadian_Security_Intelligence_Service"]],
    ["Cơ quan Tình báo An ninh Canada cảnh báo.", ["Canadian_Security_Intelligence_Service"], []],
    ["Ông Ali Vaez, giám đốc dự án của Nhóm Khủng hoảng quốc tế (ICG), nói.", ["International_Crisis_Group"], []],
    ["Chuyên gia của hãng tư vấn Capital Economics nhận định.", ["Capital_Economics"], []],
    ["Các lãnh đạo dự hội nghị Cộng đồng Chính trị châu Âu tại Tirana.", ["European_Political_Community", "Tirana"], ["Europe"]],
    ["EU loại thêm 13 ngân hàng khỏi hệ thống SWIFT.", ["SWIFT", "European_Union"], []],
    ["Mỹ trừng phạt người đứng đầu công ty dầu khí nhà nước PDVSA.", ["PDVSA"], []],
    ["Brazil khởi động Liên minh toàn cầu chống đói nghèo.", ["Global_Alliance_Against_Hunger_and_Poverty"], []],
    ["Điều 5 của Hiệp ước Bắc Đại Tây Dương được nhắc lại.", ["NATO"], ["Atlantic_Ocean"]],
    ["Báo cáo của Viện Lowy và Viện Brookings.", ["Lowy_Institute", "Brookings_Institution"], []],
  ]);
});

test("lexicon: places of recent conflicts and summits", () => {
  check([
    ["Vụ tấn công tại Pahalgam khiến 26 người chết, cảnh sát ở Srinagar cho biết.", ["Pahalgam", "Srinagar"], []],
    ["Nạn đói lan rộng tại El Fasher và Omdurman.", ["El_Fasher", "Omdurman"], []],
    ["Người dân sơ tán khỏi khu vực quanh đền Ta Muen Thom.", ["Prasat_Ta_Muen_Thom"], []],
    ["Hội nghị khai mạc tại Trung tâm Hội nghị Kuala Lumpur.", ["Kuala_Lumpur_Convention_Centre"], []],
    ["Chủ tịch Quốc hội Venezuela Jorge Rodríguez trao dải băng.", ["National_Assembly_(Venezuela)", "Jorge_Rodríguez_(Venezuelan_politician)"], []],
  ]);
});

test("people named inside a body's name are actors too", () => {
  check([
    ["Văn phòng Thủ tướng Benjamin Netanyahu ra tuyên bố.", ["Prime_Minister's_Office_(Israel)", "Benjamin_Netanyahu"], []],
    ["Văn phòng Thủ tướng Israel ra tuyên bố.", ["Prime_Minister's_Office_(Israel)", "Israel"], ["Benjamin_Netanyahu"]],
  ]);
});

test("codes: the RSF leader is coded by his force", () => {
  const a = analyse("Tướng Mohamed Hamdan Dagalo tuyên bố.").actors.find((x) => x.id === "Mohamed_Hamdan_Dagalo");
  assert.equal(a?.code, "RSF");
});

test("dash lists of states: one-syllable short names are states there only", () => {
  const rows: [string, string[], string[]][] = [
    ["Hợp tác Hàn - Trung - Nhật được nối lại.", ["South_Korea", "China", "Japan"], []],
    ["Quan hệ Mỹ - Trung căng thẳng.", ["United_States", "China"], []],
    ["Thượng đỉnh Mỹ-Trung diễn ra tại Geneva.", ["United_States", "China", "Geneva"], []],
    ["Căng thẳng Thái - Campuchia leo thang.", ["Thailand", "Cambodia"], []],
    ["Hợp tác Trung ương và địa phương.", [], ["China"]],
    ["Ông Hàn - Trung nói.", [], ["South_Korea", "China"]],
    ["Nhà Trung - Hàn Lê Văn phát biểu.", [], ["South_Korea"]],
  ];
  check(rows);
});

test("bodies named without their state take the nearest state of the sentence", () => {
  check([
    ["Tổng thống Hàn Quốc Choi Sang-mok triệu tập cuộc họp Hội đồng An ninh Quốc gia.", ["National_Security_Council_(South_Korea)"], []],
    ["Quân đội Sudan giành lại Phủ Tổng thống tại thủ đô Khartoum.", ["Republican_Palace_(Sudan)"], []],
    ["Chủ tịch Quốc hội Jorge Rodríguez trao dải băng cho ông Maduro.", ["National_Assembly_(Venezuela)", "Jorge_Rodríguez_(Venezuelan_politician)"], []],
    // no state in the sentence: nothing is guessed
    ["Quốc hội thông qua luật mới.", [], ["National_Assembly_(Vietnam)", "United_States_Congress"]],
    // named in full: the dictionary's own match
    ["Quốc hội Mỹ họp, Tổng thống Hàn Quốc theo dõi.", ["United_States_Congress"], ["National_Assembly_(South_Korea)"]],
  ]);
});

test("a seat stands for the body seated there when the article names that body", () => {
  const table: [string, string | null][] = [
    ["EU họp khẩn. Brussels phản đối mức thuế của Washington.", "EU"],
    ["Thủ tướng Bỉ trở về Brussels.", "BEL"],
  ];
  for (const [text, code] of table) {
    const a = analyse(text).actors.find((x) => x.id === "Brussels");
    assert.equal(a?.code, code, text);
  }
});

test("a parent body spelled out inside another body's name before its acronym is no mention", () => {
  check([
    ["Cơ quan Liên Hợp Quốc về cứu trợ và việc làm cho người tị nạn Palestine (UNRWA) cảnh báo.", ["UNRWA"], ["United_Nations"]],
    ["Liên Hợp Quốc và UNRWA cảnh báo.", ["UNRWA", "United_Nations"], []],
    ["Liên Hợp Quốc kêu gọi ngừng bắn, còn Cơ quan Liên Hợp Quốc về cứu trợ (UNRWA) cảnh báo.", ["UNRWA", "United_Nations"], []],
  ]);
});

test("lists of unknown names: after 'gồm' with a noun for people, or after a person and a comma or 'và'", () => {
  check([
    ["Ba con tin được thả gồm Eli Sharabi, Ohad Ben Ami và Or Levy, theo quân đội Israel.", ["Eli_Sharabi", "Ohad_Ben_Ami", "Or_Levy", "Israel"], []],
    ["Ông Trump, Jane Doe và Mary Poe ký văn bản.", ["Donald_Trump", "Jane_Doe", "Mary_Poe"], []],
    // no noun for people before 'gồm', no person before the comma: no names made up
    ["Chương trình gồm Tuần Lễ Vàng và Ngày Hội Lớn.", [], ["Tuần_Lễ_Vàng", "Ngày_Hội_Lớn"]],
    ["Hôm qua, Tuần Lễ Vàng và Ngày Hội Lớn khai mạc.", [], ["Tuần_Lễ_Vàng", "Ngày_Hội_Lớn"]],
  ]);
});

test("dated roles of ASEAN, Gulf and G20 governments fill the gaps of 2020-2026", () => {
  const table: [string, string, string][] = [
    ["Quốc vương Brunei phát biểu.", "2025-05-26", "Hassanal_Bolkiah"],
    ["Quốc vương Campuchia tiếp đoàn.", "2024-03-01", "Norodom_Sihamoni"],
    ["Thủ tướng Lào cho biết.", "2022-06-01", "Phankham_Viphavanh"],
    ["Thủ tướng Lào cho biết.", "2024-06-01", "Sonexay_Siphandone"],
    ["Thủ tướng Kuwait cho biết.", "2023-03-01", "Ahmad_Nawaf_Al-Ahmad_Al-Sabah"],
    ["Thủ tướng Bahrain cho biết.", "2022-03-01", "Salman_bin_Hamad_Al_Khalifa"],
    ["Ngoại trưởng Argentina cho biết.", "2022-06-01", "Santiago_Cafiero"],
    ["Ngoại trưởng Mexico cho biết.", "2024-03-01", "Alicia_Bárcena"],
    ["Ngoại trưởng Myanmar cho biết.", "2022-03-01", "Wunna_Maung_Lwin"],
  ];
  for (const [text, date, want] of table) {
    const got = ids(text, date);
    assert.ok(got.includes(want), `${text} @${date}: ${got.join(", ")}`);
  }
});

test("lexicon: intergovernmental bodies and media", () => {
  check([
    ["Tổ chức Hàng hải Quốc tế (IMO) và Ủy hội sông Mê Công quốc tế họp.", ["International_Maritime_Organization", "Mekong_River_Commission"], []],
    ["Lực lượng Đặc nhiệm Tài chính (FATF) đưa Việt Nam vào danh sách xám.", ["Financial_Action_Task_Force", "Vietnam"], []],
    ["Tạp chí The Diplomat dẫn lời Asia Times.", ["The_Diplomat", "Asia_Times"], []],
  ]);
});

test("a state's representative introduces a name; places of ASEAN meetings and border disputes", () => {
  check([
    ["Đại diện Ấn Độ Chandni Raina gọi khoản tiền này là quá ít.", ["Chandni_Raina", "India"], []],
    ["Nga cử đại diện tới Geneva.", ["Russia", "Geneva"], []],
    ["Ngoại trưởng ASEAN họp không chính thức tại Cebu.", ["Cebu", "Association_of_Southeast_Asian_Nations"], []],
    // (with its COP number after it, the conference of the parties is that year's conference, a UN body too: session 10)
    ["Các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP29) tại Baku.", ["2024_United_Nations_Climate_Change_Conference", "Baku"], []],
    ["Các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu họp tại Baku.", ["United_Nations_Framework_Convention_on_Climate_Change", "Baku"], []],
    ["Theo kênh Al-Qahera News, vòng đàm phán kéo dài 4 giờ.", ["Al-Qahera_News"], []],
  ]);
});

test("hyphenated given names stay whole; a family name alone links to the name given first", () => {
  const table: [string, string, string][] = [
    // [text, mention text, actor it must belong to]
    ["Thứ trưởng Ngoại giao Hàn Quốc Park Yoon-joo gặp đối tác. Ông Park nói.", "Park", "Park_Yoon-joo"],
    ["Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ gặp đối tác. Ông Tôn nói.", "Tôn", "Tôn_Vệ"],
    ["Chủ tịch Trung Quốc Tập Cận Bình gặp Tổng thống Hàn Quốc Lee Jae-myung. Ông Tập nói ông Lee là bạn.", "Tập", "Xi_Jinping"],
    ["Ngoại trưởng Hàn Quốc Cho Hyun gặp người đồng cấp. Ông Cho nói.", "Cho", "Cho_Hyun"],
  ];
  for (const [text, surface, actor] of table) {
    const out = analyse(text);
    const ms = out.mentions.filter((m) => m.text === surface);
    assert.ok(ms.length > 0 && ms.every((m) => m.actor === actor), `${text}: ${JSON.stringify(out.mentions.map((m) => [m.text, m.actor]))}`);
  }
  // a one-word name glued to a hyphenated given name is not the known person of that name
  check([["Thứ trưởng Ngoại giao Hàn Quốc Park Yoon-joo phát biểu.", ["Park_Yoon-joo"], ["Yoon_Suk_Yeol"]]]);
});

test("no title starts inside a state's name ('Trung Quốc Vương Nghị' has no 'Quốc vương')", () => {
  check([
    ["Ngoại trưởng Trung Quốc Vương Nghị nói.", ["Wang_Yi", "China"], ["Xi_Jinping"]],
    ["Đại sứ Hàn Quốc Vương Minh gặp đối tác.", ["South_Korea"], ["Lee_Jae-myung"]],
    ["Quốc vương Anh Charles III phát biểu.", ["Charles_III", "United_Kingdom"], []],
    ["Tiểu vương Qatar phát biểu.", ["Tamim_bin_Hamad_Al_Thani", "Qatar"], []],
  ]);
});

test("lexicon: companies, South China Sea features, commands written with a spaced dash", () => {
  check([
    ["Mỹ cấm Tập đoàn Huawei và hạn chế TikTok.", ["Huawei", "TikTok", "United_States"], []],
    ["Tàu Trung Quốc áp sát đảo Thị Tứ và đá Vành Khăn.", ["Thitu_Island", "Mischief_Reef", "China"], []],
    ["Lực lượng Tuần duyên Trung Quốc phun vòi rồng.", ["China_Coast_Guard"], []],
    ["Bộ Tư lệnh Ấn Độ - Thái Bình Dương của Mỹ cho biết.", ["United_States_Indo-Pacific_Command"], ["Indo-Pacific"]],
  ]);
});

test("a direction word may end a name of two or more words", () => {
  check([
    ["Thứ trưởng Ngoại giao Trung Quốc Tôn Vệ Đông gặp đối tác.", ["Tôn_Vệ_Đông", "China"], ["Tôn_Vệ"]],
    ["Tướng Nguyễn Văn Nam nói.", ["Nguyễn_Văn_Nam"], []],
    ["Đặc phái viên Trung Đông Steve Witkoff nói.", ["Steve_Witkoff", "Middle_East"], []],
    ["Ông Trump tới Tây Ban Nha.", ["Donald_Trump", "Spain"], []],
  ]);
});

test("lexicon: the UN climate conferences by their COP number are UN bodies (session 10 'ev11')", () => {
  check([
    ["COP30 sẽ được tổ chức tại Belém, Brazil vào tháng 11 năm sau.", ["2025_United_Nations_Climate_Change_Conference"], []],
    ["Hội nghị COP29 tại Baku kêu gọi các nước giảm phát thải.", ["2024_United_Nations_Climate_Change_Conference"], []],
    ["Các nước tham dự COP 28 tại Dubai.", ["2023_United_Nations_Climate_Change_Conference"], []],
    ["Mẫu xe COP mới ra mắt tại Paris.", [], ["2024_United_Nations_Climate_Change_Conference", "2025_United_Nations_Climate_Change_Conference"]],
  ]);
  const cop = analyse("Hội nghị COP29 tại Baku bế mạc.").actors.find((a) => a.id === "2024_United_Nations_Climate_Change_Conference");
  assert.equal(cop?.code, "UN");
});
