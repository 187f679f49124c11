import type { Clause, ClauseGroup, ClauseKind, ClauseMarker, Span } from "../envelope/types.js";
import type { TokenIndex } from "../text/cues.js";
import type { ClauseLexicon, CueInfo } from "./lexicon.js";

/**
 * The clause parser: one sentence at a time, in one pass over its syllables (plus bounded
 * look-aheads), so its work is linear in the text.
 *
 * 1. Items: the sentence's syllables matched against the clause lexicon (longest cue first);
 *    actor names and time expressions are atoms (their words are never function words), text in
 *    brackets is opaque, and a cue written with a capital inside a sentence is a name's word.
 * 2. Clauses: a connective (để, nếu, khi, nhưng, và + verb …) closes the clause and opens one of
 *    its kind; a reporting verb opens what it reports (after "rằng" when one follows); ";" and ":"
 *    end a clause; a comma ends one when a new verb group follows it. Then a clause of saying after
 *    a comma at the end ("…, hãng tin Bloomberg cho biết") takes the clauses before it as reported,
 *    and a fronted subordinate clause depends on the clause after it.
 * 3. Groups: the verb group (markers of data/clauses/markers.json, then the head verb), the subject
 *    before it, the object after it and the prepositional groups (data/clauses/prepositions.json).
 *    An object followed by a verb of its own is the subject of a complement clause ("kêu gọi [các
 *    bên kiềm chế]").
 */

export interface Atom extends Span {
  kind: "name" | "time";
}

const WORD = 0;
const CUE = 1;
const ATOM = 2;
const PUNCT = 3;

interface Item {
  t: number;
  start: number;
  end: number;
  cue: string | null;
  info: CueInfo | null;
  /** PUNCT: the character; ATOM: 1 for a name, 2 for a time. */
  ch: number;
}

/** A clause is never longer than this many items: a longer run is cut (bounded work per clause). */
const MAX_ITEMS = 160;
/** How far a look-ahead after a comma or connective reaches, in items. */
const LOOKAHEAD = 40;

const COMMA = 44;
const SEMI = 59;
const COLON = 58;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;

/** Characters after which a capitalised word may still be a function word (it starts a sentence or a quote). */
const OPENERS = new Set([0x22, 0x201c, 0x2018, 0x27, 0x28, 0x3a, 0x2d, 0x2013, 0x2014, 0xab, 0x2e, 0x21, 0x3f, 0x2026, 0x0a]);
const QUOTES = new Set([0x22, 0x201c, 0x201d, 0xab, 0xbb]);

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  let k = UPPER_UNIT[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    UPPER_UNIT[c] = k = ch !== ch.toLowerCase() ? 1 : 2;
  }
  return k === 1;
}
/** Per UTF-16 unit: 0 not yet known, 1 changed by lower-casing (a capital), 2 not (no string per character test). */
const UPPER_UNIT = new Uint8Array(0x10000);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/** The sentence's items, left to right. `atoms` are sorted by start; `from` is the first that may lie in the sentence. */
function itemsOf(text: string, ix: TokenIndex, lex: ClauseLexicon, s: Span, atoms: readonly Atom[], from: number): Item[] {
  const out: Item[] = [];
  let depth = 0;
  let a = from;
  while (a < atoms.length && atoms[a]!.end <= s.start) a++;
  const punct = (p: number, q: number) => {
    for (let i = p; i < q; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_PAREN || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_PAREN || c === CLOSE_BRACKET) && depth > 0) depth--;
      else if (depth > 0) continue;
      if (c === COMMA) {
        // a decimal comma ("3,5 tỷ") is none
        if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
        out.push({ t: PUNCT, start: i, end: i + 1, cue: null, info: null, ch: c });
      } else if (c === SEMI || c === COLON || QUOTES.has(c) || c === OPEN_PAREN || c === CLOSE_PAREN) {
        out.push({ t: PUNCT, start: i, end: i + 1, cue: null, info: null, ch: c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb ? QUOTE : c });
      }
    }
  };
  let pos = s.start;
  const last = ix.firstFrom(s.end) - 1;
  for (let k = ix.firstAfter(s.start); k <= last; k++) {
    const st = ix.starts[k]!;
    punct(pos, st);
    while (a < atoms.length && atoms[a]!.end <= st) a++;
    const atom = atoms[a];
    if (atom && atom.start <= st && atom.end > st) {
      out.push({ t: ATOM, start: Math.max(atom.start, s.start), end: Math.min(atom.end, s.end), cue: null, info: null, ch: atom.kind === "name" ? 1 : 2 });
      while (k + 1 <= last && ix.starts[k + 1]! < atom.end) k++;
      pos = Math.max(ix.ends[k]!, Math.min(atom.end, s.end));
      a++;
      continue;
    }
    if (depth === 0) {
      // a cue never runs into the next atom
      let stop = last;
      if (atom && atom.start > st) stop = Math.min(stop, ix.firstFrom(atom.start) - 1);
      const mk = stop >= k ? lex.cues.longestEnd(ix, k, stop, s.start, s.end) : -1;
      const info = mk >= 0 ? (lex.infoAt[lex.cues.lastIndex] ?? null) : null;
      // a compound noun ("điều kiện", "phóng viên") is matched only so that its syllables match nothing else
      const plain = mk >= 0 && (!info || (!info.conn && !info.comp && !info.marker && info.prep === null && info.verb === null && !info.classifier));
      // (capitalised inside the sentence too, as a title before a name is: "Ngày 27/3, Tổng Thư ký …" holds no verb "ký")
      if (mk >= 0 && (plain || !capitalisedInside(text, s.start, st))) {
        const cue = lex.cues.lastCue;
        out.push({ t: plain ? WORD : CUE, start: st, end: ix.ends[mk]!, cue: plain ? null : cue, info: plain ? null : info, ch: 0 });
        pos = ix.ends[mk]!;
        k = mk;
        continue;
      }
    }
    out.push({ t: WORD, start: st, end: ix.ends[k]!, cue: null, info: null, ch: 0 });
    pos = ix.ends[k]!;
  }
  punct(pos, s.end);
  return out;
}

/** A capitalised word inside a sentence (not after an opening quote, bracket, colon or dash) is part of a name. */
function capitalisedInside(text: string, sentenceStart: number, at: number): boolean {
  if (!isUpper(text.charCodeAt(at))) return false;
  let p = at - 1;
  while (p >= sentenceStart && isSpaceCode(text.charCodeAt(p))) p--;
  return p >= sentenceStart && !OPENERS.has(text.charCodeAt(p));
}

const isCue = (it: Item | undefined): it is Item & { info: CueInfo } => !!it && it.t === CUE && it.info !== null;
const isPunct = (it: Item | undefined, ch?: number) => !!it && it.t === PUNCT && (ch === undefined || it.ch === ch);
/** A preposition that is nothing else here ("tới" is also a verb, "cùng" an adverb). */
const isPrepOnly = (it: Item | undefined) => isCue(it) && it.info.prep !== null && it.info.verb === null && it.info.marker === null;

interface VerbGroup {
  /** First item of the group (its first marker, or its head). */
  start: number;
  /** The head item, or -1 when the group is markers alone. */
  head: number;
  markers: number[];
  /** Items of a passive's agent between the markers and the head ("bị [Đức] giam giữ"). */
  agent: [number, number] | null;
}

/** A verb before which a noun-making word stands is a noun: "cuộc đàm phán", "việc ký kết", "tại họp báo". */
function nominalAt(items: Item[], i: number, a: number): boolean {
  const n = items[i + 1];
  // "đồng thời đại diện của Nga …", "kỳ vọng của Trump": a clause-opening verb or a modal word with a possessor is a noun
  const it = items[i]!;
  if ((i === a || (isCue(it) && it.info.marker !== null)) && isCue(n) && n.info.prep === "of") return true;
  if (i <= a) return false;
  // (a marker that is never a noun, markers.json "verbal": "vòng hai sẽ bắt đầu" is "vòng hai" and the verb group "sẽ bắt đầu")
  if (isCue(it) && it.info.verb === null && it.info.marker?.verbal) return false;
  const p = items[i - 1];
  // (a passive marker after a noun is the clause's verb group: "Thỏa thuận được ký kết giữa A và B")
  if (isCue(it) && it.info.marker?.class === "passive" && isCue(p) && p.info.classifier && !isPrepOnly(p)) return false;
  return isCue(p) && (p.info.classifier || isPrepOnly(p));
}
/** "… về tình hình Ukraine, an ninh ở châu Âu và kiểm soát vũ khí": a bare verb after "và" ending a list (after a comma) is a noun. */
function listedAt(items: Item[], i: number, a: number): boolean {
  const p = i > a ? items[i - 1] : undefined;
  if (!isCue(p) || p.info.conn === null || !p.info.conn.verbal || p.info.conn.kind !== "coordinate" || p.info.prep !== null) return false;
  if (items[i]!.info?.verb === "report") return false;
  // (the comma may stand before the stretch looked at: a list goes on across it)
  for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
    if (isPunct(items[k], COMMA)) return true;
    if (isPunct(items[k], SEMI) || isPunct(items[k], COLON) || (isCue(items[k]) && items[k]!.info!.verb !== null && k < a)) return false;
  }
  return false;
}

/** A word opening a noun group: a plain word or a classifier ("gói", "các"), not a verb, a name or a time. */
function nounNext(it: Item | undefined): boolean {
  if (!it) return false;
  if (it.t === WORD) return true;
  return isCue(it) && (it.info.classifier || (it.info.verb === null && it.info.marker === null && it.info.prep === null && it.info.conn === null));
}

/**
 * The verb group of items [a, b): the first marker-led group, or the first verb not made a noun.
 * A bare verb opening a clause that should have a subject ("Đàm phán giữa A và B kéo dài …") gives
 * way to a later one.
 */
function findVerb(items: Item[], a: number, b: number, verbFirst: boolean): VerbGroup | null {
  // a bare verb opening the clause, or one inside a group before any verb: kept in case no better one comes
  // (of the two, the one inside a group: "Thỏa thuận ngừng bắn giữa A và B có hiệu lực …")
  let weak: VerbGroup | null = null;
  let weakInPrep: VerbGroup | null = null;
  // a word that is also a preposition right after a named subject ("Hạ viện Mỹ thông qua gói viện trợ"): its verb when
  // the clause has no other
  let prepVerb: VerbGroup | null = null;
  // inside a prepositional group before any verb ("kỳ vọng của Trump về việc sớm tổ chức …"), a bare verb is a noun's
  let inPrep = false;
  for (let i = a; i < b; i++) {
    const it = items[i]!;
    if (it.t === PUNCT && it.ch !== QUOTE) inPrep = false;
    if (isPrepOnly(it)) inPrep = true;
    if (!isCue(it) || nominalAt(items, i, a)) continue;
    // a quote may open inside a verb group ("Nga “vẫn cởi mở …”"): markers and head are read across it
    if (it.info.marker) {
      const vg = markerLed(items, i, b);
      if (vg) return ownedThenPassive(items, a, i, b) ?? vg;
    }
    // a preposition before a time is no verb ("vào tháng 8", "tới ngày 10/1")
    if (it.info.prep !== null && items[i + 1]?.t === ATOM && items[i + 1]!.ch === 2) continue;
    // a word that is also a preposition ("về", "tới", "cho") is a verb here only opening its clause ("tới Cairo để …"), or
    // going somewhere right after its subject ("nhiều lãnh đạo châu Âu tới Kiev")
    if (it.info.verb && it.info.prep !== null && i > a && !inPrep && it.info.verb !== "motion" && items[i - 1]?.t === ATOM && items[i - 1]!.ch === 1 && nounNext(items[i + 1]))
      prepVerb ??= { start: i, head: i, markers: [], agent: null };
    if (it.info.verb && !listedAt(items, i, a) && !(it.info.prep !== null && i > a && (it.info.verb !== "motion" || inPrep))) {
      const vg: VerbGroup = { start: i, head: i, markers: [], agent: null };
      if (inPrep) {
        weakInPrep ??= vg;
        continue;
      }
      // (a word that is also a noun opening a clause without subject, "cho biết [thỏa thuận giai đoạn một có thể đạt được]", is its
      // subject when a verb group comes after it)
      if (i === a && (!verbFirst || it.info.classifier) && it.info.verb !== "report") {
        weak ??= vg;
        continue;
      }
      return ownedThenPassive(items, a, i, b) ?? vg;
    }
  }
  return weakInPrep ?? weak ?? prepVerb;
}

/**
 * A clause opening on a noun group with no name before its first verb, the group owned ("của …") and followed by a
 * passive with its agent ("Lời kêu gọi ngừng bắn của A bị B bác bỏ", "Đề xuất hòa bình của A được B hoan nghênh"): the
 * passive is the clause's verb group, and the verbs before it are the subject noun's. Null when no such passive follows
 * before a punctuation mark, or a name stands before the verb at `i` (a named subject's own verb: "A bác bỏ đề xuất
 * của B được C ủng hộ").
 */
function ownedThenPassive(items: Item[], a: number, i: number, b: number): VerbGroup | null {
  for (let k = a; k < i; k++) if (items[k]!.t === ATOM && items[k]!.ch === 1) return null;
  let owned = false;
  for (let k = i + 1; k < b; k++) {
    const it = items[k]!;
    if (it.t === PUNCT && it.ch !== QUOTE) return null;
    if (isCue(it) && it.info.prep === "of") owned = true;
    else if (owned && isCue(it) && it.info.marker?.class === "passive") {
      const vg = markerLed(items, k, b);
      return vg?.agent ? vg : null;
    }
  }
  return null;
}

/** A group opened by markers at i: its markers, and the head that follows (or the last modal word). */
function markerLed(items: Item[], i: number, b: number): VerbGroup | null {
  const markers: number[] = [];
  let j = i;
  const skipQuotes = () => {
    while (j < b && isPunct(items[j], QUOTE)) j++;
  };
  while (j < b && isCue(items[j]) && items[j]!.info!.marker && !(items[j]!.info!.verb && markers.length && !isCue(items[j + 1]))) {
    // a word that is also a noun, after a verb taking it as object ("từ chối đề xuất của Israel"), ends the group
    if (markers.length && items[j]!.info!.marker!.nounAfter?.includes(items[markers[markers.length - 1]!]!.info!.marker!.label)) {
      const prev = items[markers[markers.length - 1]!]!;
      if (prev.info!.verb !== null) return { start: i, head: markers[markers.length - 1]!, markers, agent: null };
    }
    markers.push(j);
    j++;
    skipQuotes();
  }
  const last = items[markers[markers.length - 1]!]!;
  const meaningful = markers.some((m) => items[m]!.info!.marker!.class !== "adverb");
  const next = items[j];
  // "thống nhất qua điện đàm": a word that is also a preposition after a modal verb opens a group
  const modalHead = last.info!.marker!.class === "modality" || (last.info!.verb !== null && last.info!.marker!.class !== "adverb");
  // (a modal that is a verb itself: "có thể tới Istanbul" goes, "thống nhất qua điện đàm" agrees by phone)
  if (j < b && isCue(next) && next.info.verb && !(last.info!.verb !== null && next.info.prep !== null)) return { start: i, head: j, markers, agent: null };
  if (j < b && next && next.t === ATOM && markers.some((m) => items[m]!.info!.marker!.class === "passive")) {
    // "bị Đức giam giữ": the agent, then the verb
    for (let k = j + 1; k < Math.min(b, j + 7); k++) {
      const it = items[k]!;
      if (it.t === PUNCT) break;
      if (isCue(it) && it.info.verb) return { start: i, head: k, markers, agent: [j, k] };
    }
  }
  // a modal that is a verb itself heads the group when no verb follows ("đã bắt đầu chuyến thăm")
  // (it stays among the markers too: its label says what it means, "dự kiến" expected, "muốn" want)
  if (modalHead) return { start: i, head: markers[markers.length - 1]!, markers, agent: null };
  if (meaningful && j < b && next && next.t === WORD) return { start: i, head: j, markers, agent: null };
  if (meaningful && !(j < b && next && next.t === ATOM)) return { start: i, head: -1, markers, agent: null };
  return null;
}

interface Draft {
  a: number;
  b: number;
  kind: ClauseKind;
  parent: number | null;
  marker: Item | null;
  /** Ended by a comma (a fronted clause may depend on the next one). */
  comma: boolean;
}

/** Kinds whose clause opens on its verb (no subject of its own expected). */
const VERB_FIRST = new Set<ClauseKind>(["coordinate", "purpose", "reported", "complement", "adjunct", "relative"]);

/** Whether items [a, b) hold something that can be a subject (a name or a noun, not only time or prepositional groups). */
function hasSubject(items: Item[], a: number, b: number): boolean {
  let inPrep = false;
  for (let i = a; i < b; i++) {
    const it = items[i]!;
    if (it.t === PUNCT) {
      if (it.ch === COMMA) inPrep = false;
      continue;
    }
    if (isPrepOnly(it)) {
      inPrep = true;
      continue;
    }
    if (inPrep) continue;
    if (it.t === ATOM && it.ch === 1) return true;
    if (it.t === WORD) return true;
    if (isCue(it) && (it.info.classifier || (it.info.verb === null && it.info.marker === null && it.info.conn === null))) return true;
  }
  return false;
}

/** Parses one sentence into clauses (appended to `out`, parents as indexes into `out`). */
export function parseSentence(text: string, ix: TokenIndex, lex: ClauseLexicon, s: Span, sentence: number, atoms: readonly Atom[], atomFrom: number, out: Clause[]): void {
  const items = itemsOf(text, ix, lex, s, atoms, atomFrom);
  if (!items.length) return;
  const drafts: Draft[] = [];
  let cur: Draft = { a: 0, b: items.length, kind: "main", parent: null, marker: null, comma: false };
  /** Ends the current clause at item `at`: its index, or (when it is empty) its parent's. */
  const close = (at: number, comma = false): number | null => {
    cur.b = at;
    cur.comma = comma;
    if (cur.b <= cur.a && !cur.marker) return cur.parent;
    drafts.push(cur);
    return drafts.length - 1;
  };
  const open = (kind: ClauseKind, parent: number | null, a: number, marker: Item | null) => {
    cur = { a, b: items.length, kind, parent, marker, comma: false };
  };
  const rootOf = (d: number | null): number | null => {
    let r = d;
    while (r !== null && drafts[r]!.parent !== null && drafts[r]!.kind !== "main") r = drafts[r]!.parent;
    return r;
  };
  /** The end of the stretch after i: the next comma, semicolon, colon or connective (bounded). */
  const segmentEnd = (i: number) => {
    const lim = Math.min(items.length, i + LOOKAHEAD);
    for (let j = i; j < lim; j++) {
      const it = items[j]!;
      if (it.t === PUNCT && (it.ch === COMMA || it.ch === SEMI || it.ch === COLON)) return j;
      if (isCue(it) && it.info.conn && !it.info.conn.verbal && !it.info.conn.initial && j > i) return j;
    }
    return lim;
  };
  let reportAt = -1;
  // where an agent relative "do X V" ends: what follows goes on with the clause it describes
  let relEnd = -1;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (i === relEnd && cur.kind === "relative") {
      relEnd = -1;
      if (it.t !== PUNCT) {
        const d = close(i);
        open("coordinate", rootOf(d), i, null);
      }
    }
    if (i - cur.a >= MAX_ITEMS) {
      const d = close(i);
      open("main", rootOf(d), i, null);
    }
    if (it.t === PUNCT) {
      if (it.ch === SEMI) {
        const d = close(i);
        open("coordinate", rootOf(d), i + 1, null);
      } else if (it.ch === COLON) {
        const reporting = reportAt >= cur.a;
        const d = close(i);
        open(reporting ? "reported" : "coordinate", d, i + 1, null);
      } else if (it.ch === COMMA && i + 1 < items.length) {
        const isConn = isCue(items[i + 1]) && items[i + 1]!.info!.conn;
        if (isConn) continue;
        const end = segmentEnd(i + 1);
        const after = findVerb(items, i + 1, end, true);
        if (!after || !findVerb(items, cur.a, i, VERB_FIRST.has(cur.kind))) continue;
        const reports = reportAt >= cur.a && tailIsAdjunct(items, reportAt + 1, i);
        const d = close(i, true);
        const subject = hasSubject(items, i + 1, after.start);
        if (reports && subject) open("reported", d, i + 1, null);
        else if (subject) open("main", null, i + 1, null);
        else open("coordinate", d, i + 1, null);
      }
      continue;
    }
    if (!isCue(it)) continue;
    const inf = it.info;
    if (inf.conn && connectiveHere(items, i, cur, inf.conn)) {
      const kind = inf.conn.elsewhere && !initialAt(items, i, cur) ? inf.conn.elsewhere : inf.conn.kind;
      const d = close(i, isPunct(items[i - 1], COMMA));
      // "…, do Qatar và Ai Cập làm trung gian": names and a verb with nothing after it describe what comes before
      const rel = kind === "cause" ? agentRelative(items, i) : -1;
      if (rel >= 0) {
        open("relative", d, i + 1, it);
        relEnd = rel;
        continue;
      }
      if (kind === "then") {
        // "nếu …, thì …": the condition depends on what follows
        open("main", null, i + 1, null);
        for (let k = drafts.length - 1; k >= 0 && drafts[k]!.kind !== "main"; k--) if (drafts[k]!.kind === "condition") drafts[k]!.parent = drafts.length;
      } else if (kind === "coordinate" && d === null && i === 0) open("main", null, i + 1, it);
      else if (kind === "coordinate") open(kind, rootOf(d), i + 1, it);
      else open(kind, d, i + 1, it);
      continue;
    }
    if (inf.comp && reportAt >= cur.a && onlyAdjunctsBetween(items, reportAt + 1, i)) {
      const d = close(i);
      open("reported", d, i + 1, it);
      reportAt = -1;
      continue;
    }
    if (cur.kind !== "complement" && (inf.verb || inf.marker) && !isPrepOnly(it) && i > cur.a && beforeIsNoun(items, i, cur.a)) {
      // "kêu gọi các bên kiềm chế", "muốn Hamas trao trả con tin": an object with a verb of its own
      const h = complementHead(items, cur, i);
      if (h >= 0) {
        const d = close(h + 1);
        open("complement", d, h + 1, null);
      }
    }
    if (inf.verb === "report" && !nominalAt(items, i, cur.a)) {
      const vg = findVerb(items, cur.a, i + 1, VERB_FIRST.has(cur.kind));
      // "… của người phát ngôn Nhà Trắng cho biết …": a name's verb of saying inside a group
      const embedded = !!vg && vg.head !== i && items[i - 1]?.t === ATOM && items[i - 1]!.ch === 1;
      if (!vg || (vg.head !== i && !embedded)) continue;
      reportAt = i;
      // what it reports starts after "rằng" when one follows in the stretch, else right after the verb
      const end = segmentEnd(i + 1);
      let comp = -1;
      for (let j = i + 1; j < end; j++) if (isCue(items[j]) && items[j]!.info!.comp && items[j]!.info!.verb !== "copula") comp = comp < 0 ? j : comp;
      if (comp >= 0) continue;
      const subject = embedded || hasSubject(items, cur.a, vg.start) || VERB_FIRST.has(cur.kind);
      const next = items[i + 1];
      if (!subject || !next || next.t === PUNCT || isPrepOnly(next) || (isCue(next) && next.info.comp)) continue;
      // an object without a verb of its own is what is said, not a clause ("xác nhận cuộc trao đổi tù binh")
      if (!findVerb(items, i + 1, end, true)) continue;
      const d = close(i + 1);
      open("reported", d, i + 1, null);
      reportAt = -1;
    }
  }
  close(items.length);
  finish(items, drafts, sentence, out, lex);
}

/** Whether a name or a noun stands right before item i (an opening quote may come between: 'phía Mỹ "xử lý …"'). */
function beforeIsNoun(items: Item[], i: number, a: number): boolean {
  let k = i - 1;
  while (k > a && isPunct(items[k], QUOTE)) k--;
  return items[k]!.t === ATOM || items[k]!.t === WORD;
}

/**
 * The head of the current clause when the verb at i starts a complement clause on its object: the
 * head's object runs from it to i with no preposition, connective or punctuation between, and holds a
 * name or a noun. -1 otherwise.
 */
function complementHead(items: Item[], cur: Draft, i: number): number {
  const vg = findVerb(items, cur.a, i, VERB_FIRST.has(cur.kind));
  if (!vg || vg.head < 0 || vg.head >= i - 1) return -1;
  const head = items[vg.head]!;
  // (only after a verb that takes such a clause, or "là": "Nga tấn công Ukraine và Mỹ lên án" is two clauses)
  if (!isCue(head) || head.info.verb === "report" || !(head.info.control || head.info.verb === "copula")) return -1;
  const v = items[i];
  if (!isCue(v) || v.info.prep !== null || !(v.info.verb || markerLed(items, i, Math.min(items.length, i + 6)))) return -1;
  let named = false;
  for (let k = vg.head + 1; k < i; k++) {
    const it = items[k]!;
    if (it.t === PUNCT && it.ch !== QUOTE) return -1;
    // ("và" may join the names: "là cả Belgrade và Pristina phải …")
    if (isCue(it) && (it.info.prep !== null || (it.info.conn && !(it.info.conn.verbal && it.info.conn.kind === "coordinate")) || it.info.comp)) return -1;
    if (it.t === ATOM && it.ch === 1) named = true;
    if (it.t === WORD || (isCue(it) && it.info.classifier)) named = true;
  }
  return named ? vg.head : -1;
}

/**
 * After a comma, "do" then names (a list, words of a title) and one verb with no object is the agent of what the
 * clause before names ("thỏa thuận …, do Qatar, Ai Cập và Mỹ làm trung gian", "đài Masirah, do lực lượng Houthi điều
 * hành hôm qua cho biết …"), not a cause ("do Nga tấn công Ukraine"): the index of the item after its verb, or -1.
 */
function agentRelative(items: Item[], i: number): number {
  let named = false;
  for (let k = i + 1; k < Math.min(items.length, i + 10); k++) {
    const it = items[k]!;
    if (it.t === ATOM && it.ch === 1) {
      named = true;
      continue;
    }
    if (isPunct(it, COMMA) || it.t === WORD) continue;
    if (!isCue(it)) return -1;
    if (it.info.verb === null || it.info.prep !== null || it.info.classifier) {
      // (a joiner of the names, "và", or a word of a title)
      if (it.info.conn?.kind === "coordinate" || (it.info.verb === null && it.info.marker === null && it.info.prep === null)) continue;
      return -1;
    }
    if (!named) return -1;
    const next = items[k + 1];
    return !next || next.t === PUNCT || (next.t === ATOM && next.ch === 2) || (isCue(next) && next.info.verb === "report") ? k + 1 : -1;
  }
  return -1;
}

/** Whether item i stands at the start of its clause or right after punctuation (not a quote or bracket). */
function initialAt(items: Item[], i: number, cur: Draft): boolean {
  const prev = items[i - 1];
  return i === cur.a || (prev !== undefined && prev.t === PUNCT && prev.ch !== QUOTE && prev.ch !== OPEN_PAREN);
}

/** Whether the connective at i opens a clause here (initial ones only after punctuation; verbal ones before a verb). */
function connectiveHere(items: Item[], i: number, cur: Draft, conn: NonNullable<CueInfo["conn"]>): boolean {
  if (conn.initial && !conn.elsewhere && !initialAt(items, i, cur)) return false;
  if (conn.verbal) {
    if (!findVerb(items, cur.a, i, VERB_FIRST.has(cur.kind))) return false;
    // "việc A và B trao đổi tù binh": names right after a word making the act a noun are one subject of that act
    let k0 = i - 1;
    while (k0 > cur.a && items[k0]!.t === ATOM && items[k0]!.ch === 1) k0--;
    if (k0 < i - 1 && isCue(items[k0]) && items[k0]!.info!.classifier) return false;
    // "được A và B ký kết": names right after a passive marker are one agent of the verb after them
    if (k0 < i - 1 && isCue(items[k0]) && items[k0]!.info!.marker?.class === "passive") return false;
    // "giữa A và B": the "và" of a group between two sides joins them (not when both are named: "giữa Nga-Mỹ và kỳ vọng …")
    let names = 0;
    let between = false;
    for (let k = i - 1; k >= cur.a; k--) {
      const it = items[k]!;
      if (it.t === PUNCT && it.ch !== QUOTE) break;
      if (it.t === ATOM && it.ch === 1) names++;
      if (isCue(it) && it.info.prep === "between") {
        between = names < 2;
        break;
      }
      if (isCue(it) && (it.info.verb !== null || it.info.marker !== null) && it.info.prep === null) break;
    }
    // a verb group right after it, or after a short subject naming someone ("và Mỹ lên án")
    const lim = Math.min(items.length, i + 8);
    let end = i + 1;
    while (end < lim && !(items[end]!.t === PUNCT && items[end]!.ch !== QUOTE)) end++;
    const vg = findVerb(items, i + 1, end, true);
    if (!vg) return false;
    // (a verb with its own marker right after "và" is no second member of "giữa …": "các chuyến thăm giữa
    // lãnh đạo hai nước và sẽ tổ chức cuộc gặp …")
    if (between && !(vg.start === i + 1 && vg.markers.length)) return false;
    // "về A, B và kiểm soát vũ khí": a bare verb ending a list after a comma is a noun
    const own = findVerb(items, cur.a, i, VERB_FIRST.has(cur.kind))!;
    if (!vg.markers.length && conn.kind === "coordinate") for (let k = Math.max(own.head, own.start) + 1; k < i; k++) if (isPunct(items[k], COMMA)) return false;
    if (vg.start === i + 1) return true;
    // "và sau đó trao đổi …", "và rồi …": a connective of sequence between the joiner and the verb
    if (vg.start === i + 2 && isCue(items[i + 1]) && items[i + 1]!.info!.conn?.kind === "coordinate") return true;
    // "và cùng Tổng thống X ký …": a partner named after "cùng/với", then the verb, is a second act of the same subject
    if (isCue(items[i + 1]) && items[i + 1]!.info!.prep === "with" && vg.start - (i + 2) <= 3 && vg.start > i + 2) {
      let partner = true;
      for (let k = i + 2; k < vg.start; k++) if (!(items[k]!.t === ATOM && items[k]!.ch === 1)) partner = false;
      if (partner) return true;
    }
    if (vg.start - (i + 1) > 4) return false;
    // (a subject of its own names someone: "và Mỹ lên án"; "phái đoàn Nga và các chuyên gia sẽ đến" is one subject, and
    // after a verb whose object is only a noun phrase, "là cả Belgrade và Pristina phải …" names the subject of a clause on it)
    const ownHead = own.head >= 0 ? items[own.head] : undefined;
    if (isCue(ownHead) && (ownHead.info.control || ownHead.info.verb === "copula") && bareObject(items, own.head + 1, i)) return false;
    // "và Mỹ lên án": a name then its verb; a longer subject needs a marked verb group
    if (!vg.markers.length && !(vg.start === i + 2 && items[i + 1]!.t === ATOM && items[i + 1]!.ch === 1)) return false;
    let named = false;
    for (let k = i + 1; k < vg.start; k++) {
      if (isCue(items[k]) && (items[k]!.info!.prep !== null || items[k]!.info!.conn)) return false;
      if (items[k]!.t === ATOM && items[k]!.ch === 1) named = true;
    }
    return named;
  }
  return true;
}

/** Whether items [a, b) are only a noun phrase: names and words, no preposition, verb, connective or punctuation. */
function bareObject(items: Item[], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) {
    const it = items[k]!;
    if (it.t === PUNCT && it.ch !== QUOTE) return false;
    if (isCue(it) && !it.info.classifier) return false;
  }
  return true;
}

/** Between a reporting verb and "rằng": only its addressee, a time, a place ("nói với X trong cuộc điện đàm rằng"). */
function onlyAdjunctsBetween(items: Item[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const it = items[k]!;
    if ((isCue(it) && it.info.conn && !it.info.conn.verbal) || (it.t === PUNCT && it.ch !== QUOTE && it.ch !== COMMA)) return false;
  }
  return true;
}

/**
 * A reduced relative clause of expectation on an event noun before the clause's own verb ("Cuộc gặp … dự kiến diễn ra
 * tại Budapest đã bị hủy bỏ"): the subject opens with a classifier, the first verb group carries only markers of
 * expectation, and a later group led by a marker of what was done ("đã", "bị"), with no comma or connective between,
 * is the clause's verb (labels: data/clauses/markers.json "relative").
 */
function laterVerb(items: Item[], d: Draft, vg: VerbGroup | null, rel: ClauseLexicon["relative"]): VerbGroup | null {
  if (!vg || !vg.markers.length || !rel.first.size) return null;
  const first = items[d.a];
  if (!isCue(first) || !first.info.classifier) return null;
  if (!vg.markers.every((m) => rel.first.has(items[m]!.info!.marker!.label))) return null;
  for (let k = (vg.head >= 0 ? vg.head : vg.markers[vg.markers.length - 1]!) + 1; k < d.b; k++) {
    const it = items[k]!;
    if (it.t === PUNCT && it.ch !== QUOTE) return null;
    if (isCue(it) && it.info.conn !== null && it.info.prep === null) return null;
    if (isCue(it) && it.info.marker && rel.then.has(it.info.marker.label)) {
      const g = markerLed(items, k, d.b);
      const h = g && g.head >= 0 ? items[g.head] : undefined;
      return g && isCue(h) && h.info.verb !== null ? g : null;
    }
  }
  return null;
}

function finish(items: Item[], drafts: Draft[], sentence: number, out: Clause[], lex: ClauseLexicon): void {
  const base = out.length;
  const vgs = drafts.map((d) => {
    const vg = findVerb(items, d.a, d.b, VERB_FIRST.has(d.kind));
    return laterVerb(items, d, vg, lex.relative) ?? vg;
  });
  // "…, hãng tin Bloomberg cho biết": a clause of saying with nothing after its verb, after a comma,
  // reports the clauses before it
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const vg = vgs[k];
    if (d.parent !== null || d.kind !== "main" || !vg || vg.head < 0 || !isPunct(items[d.a - 1], COMMA)) continue;
    const head = items[vg.head]!;
    if (!isCue(head) || head.info.verb !== "report" || !hasSubject(items, d.a, vg.start) || !tailIsAdjunct(items, vg.head + 1, d.b)) continue;
    if (drafts.some((x, j) => j > k && x.parent === k && (x.kind === "reported" || x.kind === "complement"))) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = drafts[j]!;
      if (p.parent === null) {
        p.parent = k;
        if (p.kind === "main") p.kind = "reported";
      }
      if (isPunct(items[p.a - 1], COLON) || isPunct(items[p.a - 1], SEMI)) break;
    }
  }
  // a fronted subordinate clause (or one without subject) ended by a comma depends on the clause after it
  for (let k = 0; k + 1 < drafts.length; k++) {
    const d = drafts[k]!;
    if (!d.comma) continue;
    const fronted = d.parent === null || (d.parent === k - 1 && d.kind !== "main" && d.kind !== "coordinate" && drafts[k - 1]!.b === d.a - 1 && drafts[k - 1]!.kind !== "main");
    if (!fronted) continue;
    const next = drafts[k + 1]!;
    // (inside a quote a saying clause after it reports: '"Khi …, chúng tôi sẽ …", ông cho biết' — the clause after it
    // is reported by the one the quote's opening is)
    const quoted = next.kind === "reported" && d.parent !== null && drafts[d.parent]!.kind === "reported" && drafts[d.parent]!.parent === next.parent;
    if (!quoted && (next.kind !== "main" || next.parent !== null)) continue;
    const vg = vgs[k];
    if (d.kind === "main" && (!vg || vg.head < 0 || hasSubject(items, d.a, vg.start))) continue;
    if (d.kind === "main") d.kind = "adjunct";
    d.parent = k + 1;
  }
  drafts.forEach((d, k) => {
    let a = d.a;
    let b = d.b;
    while (a < b && items[a]!.t === PUNCT && items[a]!.ch !== QUOTE && items[a]!.ch !== OPEN_PAREN) a++;
    while (b > a && items[b - 1]!.t === PUNCT && items[b - 1]!.ch !== QUOTE && items[b - 1]!.ch !== CLOSE_PAREN) b--;
    d.a = a;
    d.b = b;
    const groups = groupsOf(items, d, vgs[k] ?? null);
    const subject = groups.some((g) => g.kind === "subject" && g.end > g.start && hasSubjectIn(items, g));
    out.push({
      // (an empty clause with no marker, e.g. after a run of stray brackets, sits where its items would)
      start: items[d.a]?.start ?? d.marker?.end ?? items[d.a - 1]?.end ?? items[0]?.start ?? 0,
      end: items[d.b - 1]?.end ?? d.marker?.end ?? items[d.a - 1]?.end ?? items[0]?.start ?? 0,
      sentence,
      kind: d.kind,
      parent: d.parent === null ? null : base + d.parent,
      marker: d.marker ? { cue: d.marker.cue!, start: d.marker.start, end: d.marker.end } : null,
      inherits: !subject && d.kind !== "main" && d.kind !== "relative" && d.kind !== "condition" && d.kind !== "temporal" && d.kind !== "cause" && d.kind !== "concession" ? true : !subject && d.kind === "main" && d.parent !== null,
      groups,
    });
  });
}

function hasSubjectIn(items: Item[], g: ClauseGroup): boolean {
  for (const it of items) if (it.start >= g.start && it.end <= g.end && ((it.t === ATOM && it.ch === 1) || it.t === WORD || (isCue(it) && it.info.classifier))) return true;
  return false;
}

/** After a clause of saying's verb: nothing, or a time, an adverb or a name ("…, ông nói thêm", "…, Reuters đưa tin hôm 27.12"). */
function tailIsAdjunct(items: Item[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const it = items[k]!;
    if (it.t === PUNCT) return true;
    if (it.t === ATOM) continue;
    if (isCue(it) && (it.info.marker || it.info.prep !== null)) continue;
    return false;
  }
  return true;
}

/** Roles of a prepositional group naming the other sides of the subject's act, which may be a list ("với B, C và D"). */
const LIST_ROLES = new Set(["with", "between", "from"]);

/**
 * Whether items a … b-1 are the rest of a list of names: elements each holding a name, parted by commas, the last after
 * a joiner ("và") and ending in a name right before b ("…, Bộ trưởng Tình báo Ai Cập và đại diện Hamas").
 */
function listGoesOn(items: Item[], a: number, b: number): boolean {
  let named = false;
  let joined = false;
  for (let k = a; k < b; k++) {
    const it = items[k]!;
    if (it.t === PUNCT) {
      if (it.ch !== COMMA || !named || joined) return false;
      named = false;
      continue;
    }
    if (it.t === ATOM) named = true;
    else if (it.t === WORD) continue;
    else if (!isCue(it)) return false;
    else if (it.info.conn?.kind === "coordinate" && it.info.conn.verbal && !it.info.conn.initial && it.info.prep === null) {
      if (!named || joined) return false;
      joined = true;
      named = false;
    } else if (!it.info.classifier) return false;
  }
  return joined && named && b > a && items[b - 1]!.t === ATOM;
}

/** The groups of a clause: subject, verb, object and prepositional groups, in text order. */
function groupsOf(items: Item[], d: Draft, vg: VerbGroup | null): ClauseGroup[] {
  const out: ClauseGroup[] = [];
  const verbStart = vg ? vg.start : d.b;
  let g: ClauseGroup | null = null;
  const push = (x: ClauseGroup) => {
    out.push(x);
    g = x;
  };
  const extend = (kind: "subject" | "object", it: Item) => {
    if (g && g.kind === kind) g.end = it.end;
    else if (g && g.kind === "prep" && g.end === g.start) g.end = it.end;
    else if (g && g.kind === "prep") g.end = it.end;
    else push({ kind, start: it.start, end: it.end, cue: null, role: null, head: null, markers: [] });
  };
  // before the verb: the subject, and prepositional groups that end at a comma
  for (let i = d.a; i < verbStart; i++) {
    const it = items[i]!;
    if (it.t === PUNCT) {
      // (after the clause's subject, a list in a prepositional group goes on across its commas to its last joiner: "cuộc
      // gặp giữa A với B, C và D đã diễn ra")
      if (it.ch === COMMA && g && (g as ClauseGroup).kind === "prep" && !(LIST_ROLES.has((g as ClauseGroup).role ?? "") && out.some((x) => x.kind === "subject") && listGoesOn(items, i + 1, verbStart))) g = null;
      continue;
    }
    if (isCue(it) && it.info.prep !== null && !(it.info.verb && i === d.a)) {
      push({ kind: "prep", start: it.end, end: it.end, cue: it.cue, role: it.info.prep, head: null, markers: [] });
      continue;
    }
    if (g && (g as ClauseGroup).kind === "prep") (g as ClauseGroup).end = it.end;
    else extend("subject", it);
  }
  if (!vg) return out;
  const headItem = vg.head >= 0 ? items[vg.head]! : null;
  const markers: ClauseMarker[] = vg.markers.map((m) => {
    const it = items[m]!;
    return { start: it.start, end: it.end, cue: it.cue!, class: it.info!.marker!.class, label: it.info!.marker!.label };
  });
  const vEnd = headItem ? headItem.end : items[vg.markers[vg.markers.length - 1]!]!.end;
  out.push({
    kind: "verb",
    start: items[vg.start]!.start,
    end: vEnd,
    cue: headItem && isCue(headItem) ? headItem.cue : null,
    role: headItem && isCue(headItem) && headItem.info.verb !== "verb" ? headItem.info.verb : null,
    head: headItem ? { start: headItem.start, end: headItem.end } : null,
    markers,
  });
  g = null;
  if (vg.agent) push({ kind: "prep", start: items[vg.agent[0]]!.start, end: items[vg.agent[1] - 1]!.end, cue: null, role: "agent", head: null, markers: [] });
  g = null;
  const after = vg.head >= 0 ? vg.head + 1 : vg.markers[vg.markers.length - 1]! + 1;
  for (let i = after; i < d.b; i++) {
    const it = items[i]!;
    if (it.t === PUNCT) continue;
    if (isCue(it) && it.info.prep !== null) {
      push({ kind: "prep", start: it.end, end: it.end, cue: it.cue, role: it.info.prep, head: null, markers: [] });
      continue;
    }
    if (g) (g as ClauseGroup).end = it.end;
    else push({ kind: "object", start: it.start, end: it.end, cue: null, role: null, head: null, markers: [] });
  }
  return out;
}
