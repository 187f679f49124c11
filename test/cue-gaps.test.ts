/**
 * A quantity group between two syllables of a cue (`CueSet.allowGap`): "phóng hơn 100 tên lửa" is
 * the cue "phóng tên lửa"; only the listed words and digits are stepped over, at most `max` syllables,
 * and only for the cues the set allows.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CueSet } from "../src/text/cues.js";

const QTY = ["hơn", "thêm", "hai", "chiếc", "quả"];
const gapped = new CueSet(["phóng tên lửa", "triển khai tàu", "sau khi"]).allowGap(QTY, 4, (c) => c !== "sau khi");
const plain = new CueSet(["phóng tên lửa", "triển khai tàu", "sau khi"]);

const CASES: Array<{ text: string; want: string[]; plain: string[] }> = [
  { text: "phóng tên lửa", want: ["phóng tên lửa"], plain: ["phóng tên lửa"] },
  { text: "phóng hơn 100 tên lửa", want: ["phóng tên lửa"], plain: [] },
  { text: "phóng thêm 2 quả tên lửa", want: ["phóng tên lửa"], plain: [] },
  { text: "triển khai thêm 10.000 tàu", want: ["triển khai tàu"], plain: [] },
  { text: "triển khai thêm hai chiếc tàu", want: ["triển khai tàu"], plain: [] },
  // more than four syllables, a word not of a quantity, punctuation: no cue
  { text: "triển khai thêm hơn hai chiếc quả tàu", want: [], plain: [] },
  { text: "phóng vệ tinh và tên lửa", want: [], plain: [] },
  { text: "phóng hơn, tên lửa", want: [], plain: [] },
  // a cue the set does not allow a gap
  { text: "sau hai khi", want: [], plain: [] },
];

for (const c of CASES) {
  test(`cue gaps: ${c.text}`, () => {
    assert.deepEqual(gapped.findText(c.text).map((m) => m.cue), c.want);
    assert.deepEqual(plain.findText(c.text).map((m) => m.cue), c.plain);
  });
}

test("cue gaps: the match spans the group", () => {
  const m = gapped.findText("Nga phóng hơn 100 tên lửa vào Kiev")[0]!;
  assert.equal("Nga phóng hơn 100 tên lửa vào Kiev".slice(m.start, m.end), "phóng hơn 100 tên lửa");
});
