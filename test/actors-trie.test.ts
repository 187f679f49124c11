/**
 * The trie over word keys (src/actors/trie.ts) the dictionary's aliases are matched by, and the
 * recogniser's longest match through it on a dictionary of our own: table-driven.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { addToTrie, everyBelow, sortTrie, walkTrie, type Trie, type TrieNode } from "../src/actors/trie.js";
import { compile, type Entry } from "../src/actors/dictionary.js";
import { compileTitles } from "../src/actors/titles.js";
import { Recogniser } from "../src/actors/recognise.js";
import { newDoc } from "../src/envelope/doc.js";
import { canonicalTones } from "../src/normalise/tone.js";

function trieOf(items: Array<[string, string]>): Trie<string> {
  const t: Trie<string> = new Map();
  for (const [keys, item] of items) addToTrie(t, keys.split(" "), item);
  sortTrie(t, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return t;
}

/** The items met walking `text` from its first word, deepest node first. */
function walk(t: Trie<string>, text: string, max = 99): string[] {
  const words = text.split(" ");
  const first = t.get(words[0]!);
  if (!first) return [];
  const path: TrieNode<string>[] = [];
  const len = walkTrie(first, Math.min(max, words.length), (d) => words[d] ?? null, path);
  const out: string[] = [];
  for (let d = len - 1; d >= 0; d--) out.push(...path[d]!.items);
  return out;
}

test("a walk passes the nodes the text's words lead to and gives their items deepest first", () => {
  const t = trieOf([
    ["bộ ngoại giao", "MFA"],
    ["bộ ngoại giao mỹ", "MFA-USA"],
    ["bộ ngoại giao nga", "MFA-RUS"],
    ["bộ", "B"],
    ["bộ quốc phòng nga", "MOD-RUS"],
    ["mỹ", "USA"],
    ["mỹ", "AMERICA"],
  ]);
  const table: Array<[string, number, string[]]> = [
    // text, at most this many words read, items deepest first
    ["bộ ngoại giao nga cho biết", 99, ["MFA-RUS", "MFA", "B"]],
    ["bộ ngoại giao mỹ", 99, ["MFA-USA", "MFA", "B"]],
    ["bộ ngoại giao nga", 3, ["MFA", "B"]],
    ["bộ ngoại giao anh", 99, ["MFA", "B"]],
    ["bộ quốc phòng mỹ", 99, ["B"]],
    ["bộ ngoại", 99, ["B"]],
    ["mỹ và nga", 99, ["AMERICA", "USA"]],
    ["nga", 99, []],
  ];
  for (const [text, max, want] of table) assert.deepEqual(walk(t, text, max), want, text);
});

test("a walk stops at a word it may not read (null)", () => {
  const t = trieOf([["a b c", "ABC"], ["a", "A"]]);
  const path: TrieNode<string>[] = [];
  assert.equal(walkTrie(t.get("a")!, 3, (d) => (d === 2 ? null : "b"), path), 2);
  assert.deepEqual(path[1]!.items, []);
});

test("everyBelow tests a node's items and those of all its descendants", () => {
  const t = trieOf([["a", "x1"], ["a b", "x2"], ["a b c", "y3"], ["d", "x4"]]);
  const isX = (s: string) => s.startsWith("x");
  assert.equal(everyBelow(t.get("a")!, isX), false);
  assert.equal(everyBelow(t.get("a")!.next!.get("b")!.next!.get("c")!, (s) => s === "y3"), true);
  assert.equal(everyBelow(t.get("d")!, isX), true);
});

test("the recogniser takes the longest alias the trie holds at a word, and its case and separators", () => {
  const entries: Entry[] = [
    { id: "Russia", name: "Nga", type: "gpe", code: "RUS" },
    { id: "Ministry_RUS", name: "Bộ Ngoại giao Nga", type: "org", code: "RUS" },
    { id: "Ministry_GBR", name: "Bộ Ngoại giao Liên hiệp Vương quốc Anh", type: "org", code: "GBR" },
    { id: "Ministry_X", name: "Bộ Ngoại giao", type: "org", code: null },
    { id: "Al_Thani", name: "Al-Thani", type: "person", code: "QAT" },
    { id: "Hanoi", name: "Hà Nội", type: "place", code: "VNM" },
  ];
  const titles = compileTitles({ titles: [] });
  const rec = new Recogniser(compile(entries), titles);
  const table: Array<[string, string[]]> = [
    // sentence, mentions found (actor: words)
    ["Bộ Ngoại giao Nga ra tuyên bố.", ["Ministry_RUS: Bộ Ngoại giao Nga", "Russia: Nga"]],
    ["Bộ Ngoại giao Liên hiệp Vương quốc Anh ra tuyên bố.", ["Ministry_GBR: Bộ Ngoại giao Liên hiệp Vương quốc Anh"]],
    // (a word short of the long name: the shorter one that is there)
    ["Bộ Ngoại giao Liên hiệp ra tuyên bố.", ["Ministry_X: Bộ Ngoại giao"]],
    // (a comma between the words: no name across it)
    ["Bộ Ngoại giao, Nga ra tuyên bố.", ["Ministry_X: Bộ Ngoại giao", "Russia: Nga"]],
    // (a body's name wants its first word capitalised)
    ["bộ ngoại giao Nga", ["Russia: Nga"]],
    ["Ông Al-Thani và ông Al Thani.", ["Al_Thani: Al-Thani", "Al_Thani: Al Thani"]],
    // (folded keys: a sentence written without diacritics)
    ["Tai Ha Noi hom nay.", ["Hanoi: Ha Noi"]],
    ["Tại Ha Noi hôm nay.", []],
  ];
  for (const [text, want] of table) {
    const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, {});
    const doc = { ...d, text, matchText: canonicalTones(text), sentences: [{ start: 0, end: text.length }], referenceDate: { value: "2025-01-01", basis: "inferred" as const }, timexes: [] };
    assert.deepEqual(rec.analyse(doc).mentions.map((m) => `${m.actor}: ${text.slice(m.start, m.end)}`), want, text);
  }
});
