/**
 * A state named only after a noun for its agents or goods ("hàng hóa Canada", "các nhà ngoại giao Đức") is a weak
 * mention: no entity of the article (the gold lists no group), yet the side of what is done to them. The actors
 * stage keeps it apart (`doc.weakMentions`), the events stage may take it as a side of its own sentence, and the
 * record lists the state only then. Sentences written for this test; whole pipeline, pinned clock.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { toRecord } from "../src/record/record.js";
import { PINNED_NOW } from "./helpers/shared.js";

const ctx = { now: PINNED_NOW, data: dataStore() };

function record(text: string) {
  const doc = analyze({ source: { path: null, record_id: "weak", url: null, fetched_at: null }, text: "Tin thế giới\n\n" + text, kind: "text" }, { date: "2025-03-10" }, ctx);
  return toRecord(doc);
}

/** [sentence, event "TYPE actor>recipient" by codes that must be there or null, states that must be listed, ids never listed] */
type Row = [string, string | null, string[], string[]];

const ROWS: Row[] = [
  // the goods or agents of a state named nowhere else: the state is the recipient, and listed
  ["Ottawa phản ứng sau khi Washington áp thuế 25% đối với hàng hóa Canada.", "SANCTION USA>CAN", ["Canada"], []],
  ["Chính quyền Moskva tuyên bố trục xuất 10 nhà ngoại giao Đức trong vòng một tuần.", "SANCTION RUS>DEU", ["Germany"], []],
  ["Cảnh sát Iran đã bắt giữ hai nhà ngoại giao Anh tại Tehran hôm thứ Hai.", "COERCE IRN>GBR", ["United_Kingdom"], []],
  ["Hải cảnh Trung Quốc bắt giữ 12 ngư dân Philippines gần bãi cạn.", "COERCE CHN>PHL", ["Philippines"], []],
  // journalists of a state detained by another (session 13)
  ["Cơ quan an ninh Belarus đã bắt giữ hai nhà báo Ba Lan tại Minsk.", "COERCE BLR>POL", ["Poland"], []],
  ["Một nhà báo Ba Lan cho biết tình hình ở Minsk vẫn căng thẳng.", null, [], ["Poland"]],
  // look-alikes: a noun whose state is no side (experts, prisoners, refugees, factions), a people word, no act
  ["Các chuyên gia Nga cho rằng giá dầu sẽ còn tăng.", null, [], ["Russia"]],
  ["Nhiều người tị nạn Syria đã trở về từ đầu năm.", null, [], ["Syria"]],
  ["Hàng hóa Canada chiếm một phần năm thị trường gỗ.", null, [], ["Canada"]],
  ["Người Nga đổ xô đi mua vàng.", null, [], ["Russia"]],
];

test("a state named after its agents or goods is a side of the act done to them, and listed only then", () => {
  for (const [text, want, listed, never] of ROWS) {
    const r = record(text);
    const ids = r.actors.map((a) => a.id);
    const code = (id: string) => r.actors.find((a) => a.id === id)?.code ?? "?";
    const events = r.events.map((e) => `${e.type} ${e.actor.map(code).join(",")}>${e.recipient.map(code).join(",")}`);
    if (want) assert.ok(events.includes(want), `${text}\n  want ${want}, got ${JSON.stringify(events)}`);
    for (const id of listed) {
      assert.ok(ids.includes(id), `${text}\n  ${id} not listed: ${JSON.stringify(ids)}`);
      assert.ok(r.mentions.some((m) => m.actor === id), `${text}\n  ${id} listed without its mention`);
    }
    for (const id of never) assert.ok(!ids.includes(id), `${text}\n  ${id} listed: ${JSON.stringify(ids)}`);
  }
});

test("a state named properly elsewhere is an ordinary mention; a group noun's state inside another name is none", () => {
  const r = record("Canada phản đối. Mỹ áp thuế đối với hàng hóa Canada.");
  assert.equal(r.actors.filter((a) => a.id === "Canada").length, 1);
  assert.equal(r.mentions.filter((m) => m.actor === "Canada").length, 2);
});
