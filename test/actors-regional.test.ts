/**
 * Coverage of the regional files (data/actors/orgs-regional.json, places-regional.json): sentences
 * written for this test, one or more per kind of entry (ministries, armed services, parliaments and
 * courts, parties, armed groups, international bodies, NGOs and companies; cities, provinces,
 * bases, crossings, seas and rivers), and look-alikes that must stay silent. Each row: the sentence,
 * the ids it must name, the ids it must not.
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
const actors = (text: string, date = "2025-06-10") => rec.analyse(doc(text, date)).actors;
const ids = (text: string) => actors(text).map((a) => a.id);
const check = (rows: NameRow[]): void => checkNames(ids, rows);

test("ministries, services and commands of states in every region, with their state's code", () => {
  check([
    ["Bộ Quốc phòng Đài Loan cho biết đã phát hiện 20 máy bay quân sự.", ["Ministry_of_National_Defense_(Taiwan)", "Taiwan"], []],
    ["Bộ Ngoại giao Colombia triệu tập đại sứ Mỹ.", ["Ministry_of_Foreign_Affairs_(Colombia)"], []],
    ["Bộ Quốc phòng Litva đề xuất tăng ngân sách.", ["Ministry_of_National_Defence_(Lithuania)"], []],
    ["Hải quân Ấn Độ điều hai tàu khu trục tới vịnh Bengal.", ["Indian_Navy", "Bay_of_Bengal"], []],
    ["Lực lượng Phòng vệ Biển Nhật Bản tập trận với Hải quân Philippines.", ["Japan_Maritime_Self-Defense_Force", "Philippine_Navy"], []],
    ["Bộ Tư lệnh Chiến khu Miền Đông tuyên bố tập trận quanh Đài Loan.", ["Eastern_Theater_Command", "Taiwan"], []],
    ["Cơ quan Thực thi Di trú và Hải quan Mỹ (ICE) bắt giữ hàng trăm người.", ["U.S._Immigration_and_Customs_Enforcement"], []],
    ["Lực lượng Tuần duyên Mỹ chặn một tàu chở dầu.", ["United_States_Coast_Guard"], []],
    ["Văn phòng Sự vụ Đài Loan của Quốc vụ viện Trung Quốc chỉ trích ông Lại.", ["Taiwan_Affairs_Office"], []],
    ["Cơ quan Biên phòng Quốc gia Ukraine cho biết hàng đợi đã giảm.", ["State_Border_Guard_Service_of_Ukraine"], []],
  ]);
  const a = actors("Không quân Hoàng gia Thái Lan điều chiến đấu cơ F-16.").find((x) => x.id === "Royal_Thai_Air_Force");
  assert.equal(a?.code, "THA");
  const b = actors("Hạm đội Phương Bắc của Nga diễn tập ở biển Barents.").find((x) => x.id === "Northern_Fleet");
  assert.equal(b?.code, "RUS");
});

test("parliaments, courts, parties and armed groups", () => {
  check([
    ["Viện Lập pháp Đài Loan thông qua ngân sách quốc phòng.", ["Legislative_Yuan"], []],
    ["Tòa án Hiến pháp Thái Lan đình chỉ chức vụ của thủ tướng.", ["Constitutional_Court_of_Thailand"], []],
    ["Hội đồng Giám hộ Iran phê chuẩn dự luật.", ["Guardian_Council"], []],
    ["Đảng Dân chủ Xã hội Romania rút khỏi liên minh cầm quyền.", ["Social_Democratic_Party_(Romania)"], []],
    ["Đảng Hành động và Đoàn kết giành đa số tại Moldova.", ["Party_of_Action_and_Solidarity", "Moldova"], []],
    ["Liên minh Dân tộc Karen (KNU) kiểm soát khu vực biên giới.", ["Karen_National_Union"], []],
    ["Hội đồng Chuyển tiếp miền Nam (STC) kiểm soát Aden.", ["Southern_Transitional_Council", "Aden"], []],
    ["Lực lượng Peshmerga phối hợp với quân đội Iraq.", ["Peshmerga"], []],
  ]);
  const stc = actors("Hội đồng Chuyển tiếp miền Nam tuyên bố.").find((x) => x.id === "Southern_Transitional_Council");
  assert.equal(stc?.code, "STC");
});

test("international bodies, NGOs, think tanks and companies", () => {
  check([
    ["Liên minh Viễn thông Quốc tế (ITU) họp tại Geneva.", ["International_Telecommunication_Union", "Geneva"], []],
    ["Cộng đồng Caribe (CARICOM) kêu gọi đối thoại về Haiti.", ["Caribbean_Community", "Haiti"], []],
    ["Ủy ban Nobel Na Uy công bố giải Nobel Hòa bình.", ["Norwegian_Nobel_Committee"], []],
    ["Theo khảo sát của Trung tâm Nghiên cứu Pew, đa số ủng hộ.", ["Pew_Research_Center"], []],
    ["Tập đoàn Rheinmetall sẽ xây nhà máy đạn pháo ở Ukraine.", ["Rheinmetall", "Ukraine"], []],
    ["Nippon Steel hoàn tất thương vụ mua U.S. Steel.", ["Nippon_Steel", "U.S._Steel"], []],
  ]);
  assert.equal(actors("Liên minh Viễn thông Quốc tế ra thông báo.").find((x) => x.id === "International_Telecommunication_Union")?.code, "UN");
});

test("cities, provinces, bases, crossings, seas and rivers", () => {
  check([
    ["Tên lửa Nga đánh trúng Kremenchuk và Vinnytsia.", ["Kremenchuk", "Vinnytsia"], []],
    ["Quân đội Nga tuyên bố kiểm soát Kurakhove ở tỉnh Donetsk.", ["Kurakhove", "Donetsk_Oblast"], []],
    ["Đoàn xe đi qua cửa khẩu Hữu Nghị tỉnh Lạng Sơn.", ["Friendship_Pass", "Lạng_Sơn_province"], []],
    ["Bão đổ bộ vào Quảng Ninh và Hải Phòng.", ["Quảng_Ninh_province", "Haiphong"], []],
    ["Máy bay không người lái tấn công căn cứ không quân Al Udeid ở Qatar.", ["Al_Udeid_Air_Base", "Qatar"], []],
    ["Tàu chiến Trung Quốc đi qua eo biển Miyako và eo biển Bashi.", ["Miyako_Strait", "Bashi_Channel"], []],
    ["Cử tri bang Pennsylvania và bang Georgia đi bỏ phiếu.", ["Pennsylvania", "Georgia_(U.S._state)"], ["Georgia_(country)"]],
    ["Giao tranh ác liệt ở bang Rakhine của Myanmar.", ["Rakhine_State", "Myanmar"], []],
    ["Israel không kích Dahieh ở ngoại ô phía nam Beirut.", ["Dahieh"], []],
    ["Thống đốc bang New York ký luật mới.", ["New_York_(state)"], ["New_York_City"]],
  ]);
  assert.equal(actors("Tàu cá bị bắt gần quần đảo Natuna.").find((x) => x.id === "Natuna_Islands")?.code, "IDN");
  assert.equal(actors("Hàn Quốc phản đối tuyên bố về Dokdo.").find((x) => x.id === "Liancourt_Rocks")?.code, null);
  assert.equal(actors("Ukraine tấn công cảng Feodosia ở Crimea.").find((x) => x.id === "Feodosia")?.code, "UKR");
});

test("look-alikes stay silent: common words, bare bodies, person names and other places", () => {
  check([
    // "hội đồng chuyên gia" is a panel of experts, not Iran's Assembly of Experts
    ["Hội đồng chuyên gia sẽ đánh giá hồ sơ vào tuần tới.", [], ["Assembly_of_Experts"]],
    // "Hòa bình" is peace; "Thái Bình Dương" is the ocean, no province inside it
    ["Hòa bình ở Thái Bình Dương là mục tiêu chung.", ["Pacific_Ocean"], []],
    // the bare Politburo of another party is not Vietnam's
    ["Bộ Chính trị Đảng Cộng sản Trung Quốc họp phiên thường kỳ.", ["Politburo_of_the_Chinese_Communist_Party"], ["Politburo_of_the_Communist_Party_of_Vietnam"]],
    // Virginia Giuffre is a person, not the state; Austin (Lloyd Austin) is no city
    ["Bà Virginia Giuffre và ông Lloyd Austin được nhắc tới.", [], ["Virginia", "Austin,_Texas"]],
    // a person named Erez, not the crossing
    ["Phát ngôn viên Erez Cohen nói với báo chí.", [], ["Erez_Crossing"]],
    // Georgia alone is the country
    ["Georgia và Armenia ký thỏa thuận.", ["Georgia_(country)", "Armenia"], ["Georgia_(U.S._state)"]],
    // Kharkiv city and its oblast keep their own entries; Bryansk alone is still the oblast
    ["Nga pháo kích tỉnh Bryansk.", ["Bryansk_Oblast"], []],
    // a place of no one state named after one is not that state (session 13): "châu Mỹ", "Mỹ Latinh"
    ["Các nước châu Mỹ và Mỹ Latinh họp tại Lima.", ["Lima"], ["United_States"]],
    // a body spelled out before an acronym the dictionary knows, its name ending in a place: the body, not the place
    ["Tổ chức các Nhà nước châu Mỹ (OAS) kêu gọi kiểm toán.", ["Organization_of_American_States"], ["United_States", "Americas"]],
  ]);
});
