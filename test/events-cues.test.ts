/**
 * Cue sets match over a document's token index; a window [a, b) of the text must match exactly
 * as the slice would on its own (a word cut by the window's edge is the piece inside it). Each
 * method is compared with a plain reference that tokenises the slice, on every cue set of the
 * real lexicon, over many windows (seeded) of our own fixture articles and of written edge cases.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { buildLexicon } from "../src/events/lexicon.js";
import { CueSet, isWordCode, type Match } from "../src/text/cues.js";
import { lowerSameLength } from "../src/events/text.js";
import { matchKey } from "../src/normalise/tone.js";
import { fixture } from "./helpers/shared.js";

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The reference: the slice tokenised on its own, cue keys compared as strings. */
class Reference {
  private readonly set: Set<string>;
  private readonly maxSyl: number;
  constructor(cues: readonly string[]) {
    this.set = new Set(cues);
    this.maxSyl = Math.max(1, ...cues.map((c) => c.split(" ").length));
  }
  private words(text: string): Array<{ s: number; e: number; w: string }> {
    const out: Array<{ s: number; e: number; w: string }> = [];
    for (let i = 0; i < text.length; ) {
      while (i < text.length && !isWordCode(text.charCodeAt(i))) i++;
      if (i >= text.length) break;
      const s = i;
      while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
      out.push({ s, e: i, w: text.slice(s, i) });
    }
    return out;
  }
  private at(text: string, t: Array<{ s: number; e: number; w: string }>, k: number): number {
    let key = "";
    let best = 0;
    for (let j = 0; j < this.maxSyl && k + j < t.length; j++) {
      if (j > 0) {
        for (let p = t[k + j - 1]!.e; p < t[k + j]!.s; p++) if (!isSpace(text.charCodeAt(p))) return best;
        key += " ";
      }
      key += t[k + j]!.w;
      if (this.set.has(key)) best = j + 1;
    }
    return best;
  }
  find(text: string): Match[] {
    const t = this.words(text);
    const out: Match[] = [];
    for (let k = 0; k < t.length; k++) {
      const n = this.at(text, t, k);
      if (!n) continue;
      out.push({ start: t[k]!.s, end: t[k + n - 1]!.e, cue: t.slice(k, k + n).map((x) => x.w).join(" ") });
      k += n - 1;
    }
    return out;
  }
  has(text: string): boolean {
    const t = this.words(text);
    return t.some((_, k) => this.at(text, t, k) > 0);
  }
  endsIn(text: string): boolean {
    const t = this.words(text);
    let i = text.length;
    while (i > 0 && (isSpace(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 44)) i--;
    let k = t.findIndex((x) => x.e === i);
    if (k < 0) return false;
    let key = "";
    for (let n = 0; n < this.maxSyl && k >= 0; n++, k--) {
      key = n ? `${t[k]!.w} ${key}` : t[k]!.w;
      if (this.set.has(key)) return true;
      if (k === 0) return false;
      for (let p = t[k - 1]!.e; p < t[k]!.s; p++) if (!isSpace(text.charCodeAt(p))) return false;
    }
    return false;
  }
  startsWith(text: string): string | null {
    const t = this.words(text);
    let i = 0;
    while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
    const k = t.findIndex((x) => x.s === i);
    if (k < 0) return null;
    const n = this.at(text, t, k);
    return n ? t.slice(k, k + n).map((x) => x.w).join(" ") : null;
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const lex = buildLexicon();
const sets = Object.entries(lex).filter((e): e is [string, CueSet] => e[1] instanceof CueSet);
for (const [def, set] of lex.blocks) sets.push([`block:${def.cue}`, set]);
for (const [def, set] of lex.blocksAfter) sets.push([`blockAfter:${def.cue}`, set]);

const WRITTEN = [
  "ông putin và tổng thống mỹ donald trump đã điện đàm, sau đó hai bên nhất trí sẽ gặp nhau tại budapest.",
  "theo hãng tin tass, nga không loại trừ khả năng đàm phán; phía ukraine bác bỏ,  cáo buộc  nga  tấn công.",
  "“chúng tôi sẵn sàng đối thoại”, ngoại trưởng lavrov nói với báo giới,,  nếu mỹ đề xuất.",
  "cuộc đàm phán-giữa nga–ukraine (tại istanbul) dự kiến diễn ra vào tuần tới, nguồn tin cho biết.\n\nkhông quân israel tiếp tục không kích.",
];

function texts(): string[] {
  const dir = fixture("heldout");
  const out = [...WRITTEN];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) out.push(lowerSameLength(matchKey(readFileSync(`${dir}/${f}`, "utf8")).slice(0, 6000)));
  return out;
}

test("cue sets: windows of an indexed text match as the slice alone would (every method, every cue set)", () => {
  const r = rng(20261122);
  let checked = 0;
  let hits = 0;
  for (const text of texts()) {
    const ix = lex.vocab.index(text);
    // windows: random edges (often inside a word), and edges on word starts and ends
    const edges = [0, text.length, ...ix.starts, ...ix.ends];
    for (let w = 0; w < 120; w++) {
      const a = w % 2 ? Math.floor(r() * text.length) : edges[Math.floor(r() * edges.length)]!;
      const b = Math.min(text.length, a + Math.floor(r() * 90));
      const slice = text.slice(a, b);
      for (const [name, set] of sets) {
        const ref = new Reference(set.cues);
        const where = `${name} on ${JSON.stringify(slice)}`;
        if (set.gapped) {
          // (a set stepping over quantity groups, test/cue-gaps.test.ts: the window matches as the slice indexed alone)
          const alone = set.findText(slice).map((m) => ({ start: m.start + a, end: m.end + a, cue: m.cue }));
          assert.deepEqual(set.findIn(ix, a, b), alone, `findIn: ${where}`);
          checked++;
          continue;
        }
        const want = ref.find(slice).map((m) => ({ start: m.start + a, end: m.end + a, cue: m.cue }));
        assert.deepEqual(set.findIn(ix, a, b), want, `findIn: ${where}`);
        assert.equal(set.hasIn(ix, a, b), ref.has(slice), `hasIn: ${where}`);
        assert.equal(set.endsIn(ix, a, b), ref.endsIn(slice), `endsIn: ${where}`);
        assert.equal(set.startsWith(ix, a, b), ref.startsWith(slice), `startsWith: ${where}`);
        checked++;
        if (want.length) hits++;
      }
    }
    // the whole text's matches, answered for ranges
    for (const [name, set] of sets) {
      const all = set.gapped ? set.findText(text) : new Reference(set.cues).find(text);
      assert.deepEqual(set.find(ix), all, `find (whole text): ${name}`);
      const a = Math.floor(r() * text.length);
      const b = Math.min(text.length, a + 200);
      assert.deepEqual(
        set.find(ix, a, b),
        all.filter((m) => m.start >= a && m.end <= b),
        `find [${a}, ${b}): ${name}`,
      );
    }
  }
  // the comparison means something only if the windows do contain cues
  assert.ok(checked > 10000 && hits > 2000, `windows checked ${checked}, with matches ${hits}`);
});

test("cue sets: string forms agree with the indexed forms", () => {
  const set = lex.reporting;
  for (const s of WRITTEN) {
    assert.equal(set.has(s), set.hasIn(lex.vocab.index(s), 0, s.length));
    assert.deepEqual(set.findText(s), set.findIn(lex.vocab.index(s), 0, s.length));
  }
  assert.equal(lex.negation.has("hai bên chưa đạt được"), true);
  assert.equal(lex.negation.has("hai bên đạt được"), false);
});
