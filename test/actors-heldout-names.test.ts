/**
 * Mechanisms found on unseen pages (own sets heldout6/heldout7), each checked on sentences written for
 * this test against the real dictionary (data/actors). Each row: the sentence, the actor ids it must
 * name, the ids it must not.
 */
import { test } from "node:test";
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
const ids = (text: string, date = "2025-03-28") => rec.analyse(doc(text, date)).actors.map((a) => a.id);
const check = (rows: NameRow[]): void => checkNames(ids, rows);

test("a surname written alone is the one person of the article with that surname, wherever the full name comes", () => {
  check([
    // the one-word name first (a title), the full name later
    ["Liên minh châu Phi lo ngại sau vụ bắt giữ Phó Tổng thống Xandor. Phó Tổng thống thứ nhất Belar Xandor bị quản thúc tại nhà.", ["Belar_Xandor"], ["Xandor"]],
    // the full name first, the surname after an honorific
    ["Ứng viên đối lập Dario Quelane bác bỏ kết quả. Hai trợ lý của ông Quelane bị bắn chết.", ["Dario_Quelane"], ["Quelane"]],
    // a surname the dictionary has in an alias only ("Salva Kiir" of Salva Kiir Mayardit)
    ["Tổng thống Salva Kiir triệu tập nội các. Các đại sứ kêu gọi ông Kiir kiềm chế.", ["Salva_Kiir_Mayardit"], ["Kiir"]],
    // two people of the article share it: nobody is guessed
    ["Ông Tomas Verren và bà Alia Verren tới Paris. Phóng viên hỏi ông Verren về chuyến đi.", ["Tomas_Verren", "Alia_Verren"], ["Tomas_Verren_Alia_Verren"]],
  ]);
});
