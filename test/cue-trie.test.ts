/**
 * The cue trie's look-ups (`CueSet`): a node's children are read from sorted syllable ids (a scan
 * for a few, a binary search for many), and a match tells the index of its cue in `cues`
 * (`lastIndex`), by which the clause lexicon keeps each cue's information (`infoAt`). The
 * matches are the longest cue at each place, whatever the number of cues sharing a syllable.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CueSet, Vocabulary } from "../src/text/cues.js";
import { buildClauseLexicon } from "../src/clauses/lexicon.js";

// "quân" followed by many second syllables (a binary search) and "tàu" by few (a scan)
const MANY = ["đội", "sự", "nhân", "cảng", "khu", "lực", "chủng", "hàm", "y", "phục", "bài", "dụng", "đoàn", "báo"];
const set = new CueSet([...MANY.map((w) => `quân ${w}`), "quân", "tàu chiến", "tàu sân bay", "tàu", "quân đội nhân dân"]);

const CASES: Array<{ text: string; want: string[] }> = [
  { text: "quân đội nhân dân", want: ["quân đội nhân dân"] },
  { text: "quân đội và quân y", want: ["quân đội", "quân y"] },
  { text: "quân báo, quân bài", want: ["quân báo", "quân bài"] },
  { text: "quân ta", want: ["quân"] },
  { text: "tàu sân bay và tàu chiến", want: ["tàu sân bay", "tàu chiến"] },
  { text: "tàu sân", want: ["tàu"] },
  { text: "một con tàu", want: ["tàu"] },
  { text: "quân zzz đội", want: ["quân"] },
];

for (const c of CASES) {
  test(`cue trie: ${c.text}`, () => {
    assert.deepEqual(
      set.findText(c.text).map((m) => m.cue),
      c.want,
    );
  });
}

test("cue trie: every cue found alone, with its index", () => {
  const vocab = new Vocabulary();
  const s = new CueSet(set.cues, vocab);
  for (const [i, cue] of s.cues.entries()) {
    const ix = vocab.index(cue);
    const e = s.longestEnd(ix, 0, ix.starts.length - 1, 0, cue.length);
    assert.equal(e, ix.starts.length - 1, cue);
    assert.equal(s.lastCue, cue);
    assert.equal(s.lastIndex, i, cue);
  }
});

test("cue trie: the clause lexicon's information by index is its information by cue", () => {
  const lex = buildClauseLexicon();
  assert.equal(lex.infoAt.length, lex.cues.cues.length);
  for (const [i, cue] of lex.cues.cues.entries()) assert.equal(lex.infoAt[i], lex.info.get(cue), cue);
});

test("cue vocabulary: words found in place, unknown words -1", () => {
  const v = new Vocabulary();
  const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  const ids = words.map((w) => v.add(w));
  const text = ` ${words.join(" ")} `;
  let at = 1;
  for (const [k, w] of words.entries()) {
    assert.equal(v.idAt(text, at, at + w.length), ids[k]);
    at += w.length + 1;
  }
  assert.equal(v.idOf("khong-co"), -1);
  assert.equal(v.idOf("w"), -1);
});

test("cue index: a document's syllables, their ids and separators, whatever the documents indexed before it", () => {
  const v = new Vocabulary();
  for (const w of ["nga", "và", "mỹ", "hội", "đàm"]) v.add(w);
  const table: Array<[string, Array<[string, number, number]>]> = [
    // text, its syllables: [syllable, id, 1 when only spaces separate it from the one before]
    ["nga và mỹ hội đàm", [["nga", 0, 0], ["và", 1, 1], ["mỹ", 2, 1], ["hội", 3, 1], ["đàm", 4, 1]]],
    ["", []],
    [" ,. ", []],
    ["nga,mỹ  -  hội\nđàm x", [["nga", 0, 0], ["mỹ", 2, 0], ["hội", 3, 0], ["đàm", 4, 1], ["x", -1, 1]]],
    ["a b c d e f g h i k l m n o p q r s t u v x y", "abcdefghiklmnopqrstuvxy".split("").map((c, k) => [c, -1, k ? 1 : 0] as [string, number, number])],
    ["mỹ", [["mỹ", 2, 0]]],
  ];
  // (in this order and back: a long text, then a shorter one, reuse the buffers of the one before)
  for (const rows of [table, [...table].reverse()]) {
    for (const [text, want] of rows) {
      const ix = v.index(text);
      assert.equal(ix.starts.length, want.length, text);
      const got = Array.from(ix.starts, (s, k) => [text.slice(s, ix.ends[k]), ix.ids[k], ix.spaced[k]]);
      assert.deepEqual(got, want, text);
    }
  }
});
