import { test } from "node:test";
import assert from "node:assert/strict";
import { closeness } from "../src/search/near.js";

test("closeness of query words from their token positions (PostgreSQL's search tiers)", () => {
  const cases: Array<[number[][], number, string]> = [
    [[[3]], 4, "phrase"],
    [[[1, 9], [10]], 4, "phrase"],
    [[[10], [9]], 4, "near"], // reversed order: together, not the phrase
    [[[1], [3], [4]], 4, "near"],
    [[[1], [6], [7]], 4, "near"], // 4 other tokens between: still near
    [[[1], [7], [8]], 4, "all"], // 5: too far apart
    [[[1, 50], [53], [52]], 4, "near"], // the second occurrence of the first word is the close one
    [[[1], []], 4, "all"],
    [[[2, 5], [2, 5]], 0, "near"], // a repeated query word needs one occurrence
  ];
  for (const [pos, gap, want] of cases) assert.equal(closeness(pos, gap), want, JSON.stringify(pos));
});
