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
