/**
 * A state's national institutions composed from a table (data/actors/institutions.json,
 * src/actors/institutions.ts): the composition itself on small fixtures, then sentences written for
 * this test read with the real dictionary, and look-alikes that must stay silent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadDictionary, type Entry } from "../src/actors/dictionary.js";
import { composeInstitutions, readInstitutions, stateNames, type InstitutionTable } from "../src/actors/institutions.js";
import { loadTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";
import type { Doc } from "../src/envelope/types.js";
import { ROOT } from "./helpers/shared.js";
import { checkNames, type NameRow } from "./helpers/names.js";

const gabon = (): Entry => ({ id: "Gabon", name: "Gabon", type: "gpe", code: "GAB", aliases: ["Gabon", "Ga-bông", "Gabông", "nước Gabon", "Gabonese Republic"], adjective: ["Gabon"] });
const TABLE: InstitutionTable = {
  kinds: {
    parliament: { heads: ["Quốc hội", "Nghị viện"] },
    military: { heads: ["Quân đội"] },
    mfa: { heads: ["Bộ Ngoại giao"] },
  },
  states: {
    GAB: { parliament: "Parliament of Gabon", military: "Gabonese Armed Forces", mfa: "Ministry of Foreign Affairs (Gabon)", police: "Gendarmerie (Gabon)" },
    ZZZ: { parliament: "Parliament of Nowhere" },
  },
};

test("a state's names for bodies: adjectives, the usual name and the Vietnamese ones, not lower-case or English long forms", () => {
  assert.deepEqual(stateNames(gabon()), ["Gabon", "Ga-bông", "Gabông"]);
});

test("composition: each state × kind gives one org entry with '<head> <name>' aliases, coded by the state", () => {
  const entries: Entry[] = [gabon()];
  const res = composeInstitutions(entries, TABLE);
  const parl = entries.find((e) => e.id === "Parliament_of_Gabon");
  assert.ok(parl);
  assert.equal(parl.type, "org");
  assert.equal(parl.code, "GAB");
  assert.equal(parl.name, "Parliament of Gabon");
  assert.deepEqual(parl.aliases, ["Quốc hội Gabon", "Quốc hội Ga-bông", "Quốc hội Gabông", "Nghị viện Gabon", "Nghị viện Ga-bông", "Nghị viện Gabông"]);
  // a kind the table does not define, and a code no state has, give nothing
  assert.ok(!entries.some((e) => e.id === "Gendarmerie_(Gabon)" || e.id === "Parliament_of_Nowhere"));
  assert.equal(res.added, 3);
  assert.equal(res.aliases, 12);
});

test("composition keeps what the dictionary has: an entry of the same id gains only the aliases it lacks, a taken alias stays its owner's", () => {
  const army: Entry = { id: "Gabonese_Armed_Forces", name: "Gabonese Armed Forces", type: "org", code: "GAB", aliases: ["Quân đội Gabon"] };
  const guard: Entry = { id: "Republican_Guard_(Gabon)", name: "Republican Guard (Gabon)", type: "org", code: "GAB", aliases: ["Quốc hội Gabông"] };
  const fm: Entry = { id: "Ministry_of_Foreign_Affairs_(Gabon)", name: "Ministry of Foreign Affairs (Gabon)", type: "org", code: "GAB", aliases: ["Bộ Ngoại giao Gabon", "Bộ Ngoại giao Ga-bông", "Bộ ngoại giao Gabông"] };
  const entries: Entry[] = [gabon(), army, guard, fm];
  const res = composeInstitutions(entries, TABLE);
  assert.equal(entries.filter((e) => e.id === "Gabonese_Armed_Forces").length, 1);
  assert.deepEqual(army.aliases, ["Quân đội Gabon", "Quân đội Ga-bông", "Quân đội Gabông"]);
  assert.deepEqual(guard.aliases, ["Quốc hội Gabông"]);
  assert.ok(!entries.find((e) => e.id === "Parliament_of_Gabon")!.aliases!.includes("Quốc hội Gabông"));
  // every alias already there (case and spacing aside): the entry is left as it is
  assert.equal(fm.aliases!.length, 3);
  assert.equal(res.extended, 1);
  assert.equal(res.added, 1);
  assert.equal(res.taken, 1);
});

test("the table in data/ is read and composed by loadDictionary; ids stay unique", () => {
  const table = readInstitutions(join(ROOT, "data/actors/institutions.json"));
  assert.ok(table && Object.keys(table.states).length >= 150);
  const d = loadDictionary(join(ROOT, "data/actors"));
  assert.ok(d.composed && d.composed.added > 300, JSON.stringify(d.composed));
  assert.ok(d.files.includes("institutions.json"));
  const ids = new Set<string>();
  for (const e of d.entries) {
    assert.ok(!ids.has(e.id) || e.type !== "org" || e.source !== "data/actors/institutions.json", `composed twice: ${e.id}`);
    ids.add(e.id);
  }
});

const rec = new Recogniser(loadDictionary(join(ROOT, "data/actors")), loadTitles(join(ROOT, "data/actors/titles.json")));
function doc(text: string, date: string): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
  return { ...d, text, matchText: canonicalTones(text), referenceDate: { value: date, basis: "given" }, timexes: [] };
}
const ids = (text: string) => rec.analyse(doc(text, "2025-05-10")).actors.map((a) => a.id);

test("bodies of many kinds and states are named, with their state", () => {
  const rows: NameRow[] = [
    ["Quốc hội Gabon thông qua dự thảo hiến pháp mới.", ["Parliament_of_Gabon", "Gabon"], []],
    ["Tòa án Hiến pháp Ecuador bác đơn kiện của phe đối lập.", ["Constitutional_Court_of_Ecuador", "Ecuador"], []],
    ["Ủy ban Bầu cử Quốc gia Bolivia tạm dừng việc kiểm phiếu.", ["Supreme_Electoral_Tribunal_(Bolivia)", "Bolivia"], []],
    ["Bộ Nội vụ Iraq cho biết ba người bị thương.", ["Ministry_of_Interior_(Iraq)", "Iraq"], []],
    ["Hải quân Philippines tăng cường tuần tra quanh bãi cạn.", ["Philippine_Navy", "Philippines"], []],
    ["Thượng viện Ba Lan thông qua dự luật vào tối thứ Năm.", ["Senate_of_Poland", "Poland"], []],
    ["Cảnh sát Quốc gia Peru bắt giữ hai nghi phạm.", ["National_Police_of_Peru", "Peru"], []],
    ["Lực lượng vũ trang Ecuador được triển khai tới các nhà tù.", ["Ecuadorian_Armed_Forces"], []],
    ["Hạ viện Chile bỏ phiếu luận tội bộ trưởng.", ["Chamber_of_Deputies_of_Chile", "Chile"], []],
    // a spelling of the state from states.json, and a body named in full then bare
    ["Quốc hội Ga-bông họp phiên bất thường.", ["Parliament_of_Gabon"], []],
    ["Tổng thống Gabon giải tán Quốc hội sau cuộc bầu cử.", ["Parliament_of_Gabon", "Gabon"], []],
  ];
  checkNames(ids, rows);
});

test("a chamber, court or election body written without its state takes the state named nearest in its sentence (titles.json bare_bodies)", () => {
  const rows: NameRow[] = [
    ["Ông Trump cho biết Thượng viện sẽ bỏ phiếu vào tuần tới.", ["United_States_Senate"], []],
    ["Tòa án Hiến pháp bác đơn kiện của Tổng thống Hàn Quốc Yoon Suk Yeol.", ["Constitutional_Court_of_Korea"], []],
    ["Thủ tướng Ba Lan nói Hạ viện sẽ thảo luận dự luật.", ["Sejm"], []],
    // look-alikes: a body named in full, a head followed by another name, no state in the sentence
    ["Nghị viện châu Âu tạm hoãn phê chuẩn hiệp định với Trung Quốc.", ["European_Parliament"], ["National_People's_Congress"]],
    ["Thượng viện sẽ họp phiên đặc biệt vào tuần tới.", [], ["United_States_Senate"]],
  ];
  checkNames(ids, rows);
  assert.deepEqual(ids("Thượng viện sẽ họp phiên đặc biệt vào tuần tới."), []);
});

test("look-alikes stay silent: a body's head in lower case, of several states, or alone with no state", () => {
  const rows: NameRow[] = [
    // (a legislature's head in lower case names it, as the own sets' gold has it: "quốc hội Bulgaria"; a court's does not)
    ["Các nghị sĩ quốc hội Gabon phản đối dự luật.", ["Gabon", "Parliament_of_Gabon"], []],
    ["Các thẩm phán tòa án hiến pháp Gabon phản đối dự luật.", ["Gabon"], ["Constitutional_Court_of_Gabon"]],
    ["Quốc hội hai nước thông qua nghị quyết chung.", [], ["Parliament_of_Gabon", "National_Assembly_(Vietnam)"]],
    ["Chính phủ hai nước ký thỏa thuận hợp tác.", [], []],
    ["Quân đội hai nước tổ chức tập trận chung.", [], []],
    ["Quốc hội đã họp ba ngày liền.", [], ["National_Assembly_(Vietnam)"]],
  ];
  checkNames(ids, rows);
  for (const t of ["Chính phủ hai nước ký thỏa thuận hợp tác.", "Quân đội hai nước tổ chức tập trận chung.", "Quốc hội đã họp ba ngày liền."]) {
    assert.deepEqual(ids(t), [], t);
  }
});
