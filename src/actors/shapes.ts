/**
 * Names the dictionary lacks, found by their shape and by the words around them (no entry needed):
 *
 * - a common noun that introduces a name of a known type (`titles.json` `name_nouns`): "thành phố
 *   Qamishli" (place), "đài truyền hình Masirah" (media), "công ty quốc phòng Mỹ Anduril Industries"
 *   (org, of the state between noun and name);
 * - a name spelled in a foreign way (`src/text/syllable.ts`: some word cannot be a Vietnamese
 *   syllable), two to five capitalised words, anywhere: "thả Paul Whelan và Brittney Griner". Its
 *   last word may tell its type (`type_finals`: "Industries", "Times", "City"), else it is a person;
 *   a name right after a noun for things ("chiến dịch Epic Fury", `thing_nouns`) or in quotes is none;
 * - an organisation spelled out before its acronym, "Quân đội Quốc gia Syria (NSA)", when the
 *   dictionary does not know that name: the acronym names it in this article, even if the dictionary
 *   gives the acronym to something else.
 *
 * Pure functions over the tokens and what the dictionary and title passes found; the recogniser turns
 * the spans into actors (`Recogniser.analyse`).
 */
import type { ActorType } from "../envelope/types.js";
import type { Dictionary } from "./dictionary.js";
import { phraseBefore, type NamedType, type Phrase, type Titles } from "./titles.js";
import { phraseAt, type Token } from "./tokens.js";
import { isVietnameseSyllable, toneless } from "../text/syllable.js";

/** What the earlier passes know about each token. */
export interface ShapeInput {
  toks: readonly Token[];
  /** Per token: index into `hits` of the dictionary hit covering it, or -1. */
  cover: Int32Array;
  hits: readonly { a: number; b: number; entry: number; weak: boolean }[];
  /** Per token: inside a title phrase. */
  titleCover: Uint8Array;
  /** Whether token i is inside an actor the title and context passes found. */
  taken: (i: number) => boolean;
  /** Per token, the name nouns starting with its word (`titles.nameNouns.first`), when the caller has them at hand. */
  nouns?: readonly { nameNoun: Phrase<NamedType>[] | undefined }[];
}

/** A name found by shape: tokens [a, b), its type and the code of a state written before it. */
export interface ShapeName {
  a: number;
  b: number;
  type: ActorType;
  code: string | null;
  /** The type comes from a noun or the name's last word (else it is the default, a person). */
  typed: boolean;
}

const NAME_MAX = 6;

/** A zeroed per-token buffer, reused between calls (the recogniser runs one document at a time). */
let buffer = new Uint8Array(256);
function scratch(n: number): Uint8Array {
  if (buffer.length < n) buffer = new Uint8Array(Math.max(n, buffer.length * 2));
  buffer.fill(0, 0, n);
  return buffer;
}
const QUOTES = /["“”‘’'«»]/;
const LETTERS = /^\p{L}+$/u;
/** A name word: letters, maybe with digits after the first letter ("L3Harris"); "F-35" parts and numbers are none. */
const NAME_WORD = /^\p{L}[\p{L}\p{N}]*$/u;
const DIGIT = /\p{N}/u;

/** A word spelled in a way Vietnamese cannot be (letters only; digits make no name word). */
function foreignWord(t: Token): boolean {
  return t.text.length >= 3 && NAME_WORD.test(t.text) && (DIGIT.test(t.text) ? LETTERS.test(t.text[t.text.length - 1]!) : !isVietnameseSyllable(t.text));
}

/** Letters only Vietnamese writing uses (with any tone mark): ă â ê ô ơ ư đ. */
const VIETNAMESE_LETTER = /[ăâêôơưđĂÂÊÔƠƯĐắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự]/u;

/**
 * A word written with Vietnamese letters that is no syllable of the majority language: a name of
 * Vietnam's minorities ("Đắk Lắk", "Krông Păk", "Y Ngông Niê Kdăm"), so a Vietnamese name, not a foreign one.
 */
function minorityWord(t: Token): boolean {
  // (one syllable's shape, one group of vowels: foreign names with such letters have more, "Jérôme", "Antônio")
  return VIETNAMESE_LETTER.test(t.text) && !isVietnameseSyllable(t.text) && (toneless(t.text).match(VOWEL_GROUPS)?.length ?? 0) === 1;
}
const VOWEL_GROUPS = /[aăâeêioôơuưy]+/g;

/**
 * The capitalised run of a name starting at token p: capitalised words (not acronyms unless
 * `acronym`), name particles before a capitalised word ("bin", "al"), hyphenated parts; it stops at
 * anything the dictionary or a title covers. Returns the end token (exclusive), or p when none.
 */
function runFrom(inp: ShapeInput, T: Titles, p: number, acronym = false): number {
  const { toks, cover, titleCover } = inp;
  const n = toks.length;
  const free = (q: number) => cover[q]! < 0 && !titleCover[q] && !inp.taken(q);
  const t = toks[p];
  if (!t || !t.cap || (t.upper && !acronym) || !free(p)) return p;
  let q = p + 1;
  while (q < n && q - p < NAME_MAX) {
    const x = toks[q]!;
    if (x.gap !== " " || x.spacedDash || !free(q)) break;
    if (x.cap && !x.upper) q++;
    else if (x.upper && q > p && T.typeFinals.has(x.key) && !(toks[q + 1]?.cap && toks[q + 1]!.gap === " ")) {
      q++; // a last word in capitals that tells the kind: "Walf TV"
      break;
    } else if (x.hyphen && !x.spacedDash) q++; // "Ras al-Ayn", "Yoon-joo"
    else if (!x.cap && T.particles.has(x.key) && toks[q + 1]?.cap && toks[q + 1]!.gap === " " && free(q + 1)) q += 2;
    else break;
  }
  while (q > p + 1 && !toks[q - 1]!.cap && !toks[q - 1]!.hyphen) q--;
  return q;
}

/** The words of tokens [a, b) as one key. */
function runKey(toks: readonly Token[], a: number, b: number): string {
  let k = toks[a]!.key;
  for (let m = a + 1; m < b; m++) k += " " + toks[m]!.key;
  return k;
}

/** The state hit covering token j exactly from its start (a gpe entry), or null. */
function stateAt(inp: ShapeInput, D: Dictionary, j: number): { b: number; code: string | null } | null {
  const c = inp.cover[j] ?? -1;
  if (c < 0) return null;
  const h = inp.hits[c]!;
  const e = D.entries[h.entry]!;
  return h.a === j && e.type === "gpe" ? { b: h.b, code: e.code } : null;
}

/**
 * Whether tokens [a, b) lie inside a short quoted phrase (at most 8 words): a slogan or a title
 * ("“Make America Great Again”"), not a name. Quoted speech is longer and may name people.
 */
function shortQuote(toks: readonly Token[], a: number, b: number): boolean {
  let open = -1;
  for (let k = a; k >= Math.max(0, a - 6); k--) {
    if (QUOTES.test(toks[k]!.gap)) {
      open = k;
      break;
    }
    if (toks[k]!.gap !== " ") return false;
  }
  if (open < 0) return false;
  for (let m = b; m <= Math.min(toks.length, b + 6); m++) {
    if (m === toks.length) return false;
    if (QUOTES.test(toks[m]!.gap)) return m - open <= 8;
    if (toks[m]!.gap !== " ") return false;
  }
  return false;
}

/**
 * Names introduced by a noun of `name_nouns`, and names spelled in a foreign way, in one pass over
 * the tokens: at each word, a noun and the name after it, else a foreign-spelled name starting there.
 */
export function namesByShape(inp: ShapeInput, T: Titles, D: Dictionary): ShapeName[] {
  const { toks, cover } = inp;
  const n = toks.length;
  const out: ShapeName[] = [];
  const used = scratch(n);
  const nouns = inp.nouns;
  // names of things the article gave after a noun for things ("tàu chở dầu Eagle S"): no actor later either
  const things = new Set<string>();
  for (let i = 0; i < n; i++) {
    const list = nouns ? nouns[i]!.nameNoun : T.nameNouns.first(toks[i]!.key);
    if (list) {
      const e = afterNoun(inp, T, D, list, i, out, used);
      if (e > i) {
        i = e - 1;
        continue;
      }
    }
    const t = toks[i]!;
    if (!t.cap || used[i] || cover[i]! >= 0) continue;
    const e = foreignAt(inp, T, D, i, out, used, things);
    if (e > i) i = e - 1;
  }
  return out.sort((x, y) => x.a - y.a);
}

/**
 * 1. After a name noun starting at token i, maybe with a state between ("công ty quốc phòng Mỹ
 * Anduril Industries"), and the names listed after it: pushed to `out`; returns the token after
 * them, or i when there is no such name.
 */
function afterNoun(inp: ShapeInput, T: Titles, D: Dictionary, list: Phrase<NamedType>[], i: number, out: ShapeName[], used: Uint8Array): number {
  const { toks, cover, titleCover } = inp;
  const n = toks.length;
  if (cover[i]! >= 0 || titleCover[i]) return i;
  const p = T.nameNouns.match(list, toks, i);
  if (!p) return i;
  // a common noun is written in lower case, but at a sentence's start ("Hồ Chí Minh", "Đài Loan" are names)
  if (toks[i]!.cap && i > 0 && (toks[i]!.gap === " " || toks[i]!.gap === ",")) return i;
  const prev = toks[i - 1];
  if (p.keys.length === 1 && prev && toks[i]!.gap === " " && T.nounBlockers.has(prev.key)) return i;
  let j = i + p.keys.length;
  if (j >= n || toks[j]!.gap !== " ") return i;
  // lower-case words saying what kind it is ("kênh truyền hình tư nhân Walf TV", "đảng đối lập VMRO-DPMNE")
  for (let m = p.value !== "place" ? T.nounQualifiers.at(toks, j) : null; m && !toks[j]!.cap && toks[j]!.gap === " "; m = T.nounQualifiers.at(toks, j)) {
    j += m.keys.length;
    if (j >= n || toks[j]!.gap !== " ") return i;
  }
  let code: string | null = null;
  const st = stateAt(inp, D, j);
  if (st) {
    code = st.code;
    j = st.b;
    if (j >= n || toks[j]!.gap !== " ") return i;
  }
  // media and organisations may be known by an acronym ("kênh NTV")
  if (cover[j]! >= 0 || titleCover[j] || inp.taken(j)) return i;
  const acronym = p.value !== "place" && toks[j]!.upper && toks[j]!.text.length >= 2 && LETTERS.test(toks[j]!.text);
  // (an acronym goes on over parts joined by hyphens: "SPLM-IO", "VMRO-DPMNE")
  let ja = j + 1;
  if (acronym) while (ja < n && toks[ja]!.hyphen && toks[ja]!.upper && LETTERS.test(toks[ja]!.text) && cover[ja]! < 0) ja++;
  const b = acronym && !(toks[ja]?.cap && toks[ja]!.gap === " " && !toks[ja]!.hyphen) ? ja : runFrom(inp, T, j);
  if (b === j) return i;
  // one word must be foreign-spelled or an acronym: a Vietnamese word there is mostly a common one
  if (b - j === 1 && !acronym && !foreignWord(toks[j]!)) return i;
  out.push({ a: j, b, type: p.value, code, typed: true });
  for (let k = j; k < b; k++) used[k] = 1;
  // a list after the noun: "các thị trấn Tell Abyad, Ras al-Ayn và Kobane"
  let e = b;
  for (;;) {
    const sep = toks[e];
    const next = sep && sep.gap === "," ? e : sep && sep.key === "và" && sep.gap === " " ? e + 1 : -1;
    if (next < 0 || next >= n || (next === e + 1 && toks[next]!.gap !== " ")) break;
    const f = runFrom(inp, T, next);
    if (f === next || (f - next === 1 && !foreignWord(toks[next]!))) break;
    out.push({ a: next, b: f, type: p.value, code, typed: true });
    for (let k = next; k < f; k++) used[k] = 1;
    e = f;
  }
  return e;
}

/**
 * 2. A name spelled in a foreign way starting at the capitalised token i (two words or more, or one
 * word after a preposition of place or before a verb of reporting): pushed to `out`; returns the
 * token after the words looked at (the name's, or a run that is none), or i.
 */
function foreignAt(inp: ShapeInput, T: Titles, D: Dictionary, i: number, out: ShapeName[], used: Uint8Array, things: Set<string>): number {
  const { toks, cover } = inp;
  const n = toks.length;
  const t = toks[i]!;
  // (most capitalised words open a sentence or a Vietnamese name: one Vietnamese word alone is no foreign name)
  const nx = toks[i + 1];
  if (!(nx && nx.cap && nx.gap === " ") && !foreignWord(t)) return i;
  const prev = toks[i - 1];
  // inside a longer capitalised run, unless that run is a sentence opener or a known actor
  if (prev && t.gap === " " && prev.cap && !T.sentenceOpeners.has(prev.key) && cover[i - 1]! < 0) return i;
  let a = i;
  let b = runFrom(inp, T, a);
  // (a noun for things opening a sentence is no part of the name after it: "Tuyến Estlink 2", "Tàu Eagle S")
  while (b - a >= 2 && (T.sentenceOpeners.has(toks[a]!.key) || (T.thingNouns.has(toks[a]!.key) && !foreignWord(toks[a]!)))) {
    a++;
    b = runFrom(inp, T, a);
  }
  // what the words around it say: a place after "tại"/"ở", a medium before "đưa tin"
  const before = a > 0 && toks[a]!.gap === " " ? toks[a - 1]! : null;
  const place = !!before && !before.cap && T.placePreps.has(before.key);
  const single = b - a === 1 && foreignWord(toks[a]!);
  if (b - a < 2 && !single) return Math.max(i, b);
  const media = !place && b < n && toks[b]!.gap === " " && phraseAt(toks, b, T.mediaVerbs);
  if (b - a < 2 && !place && !media) return b;
  let foreign = false;
  let ok = true;
  for (let k = a; k < b && ok; k++) {
    if (used[k] || !NAME_WORD.test(toks[k]!.text) || minorityWord(toks[k]!)) ok = false;
    else if (foreignWord(toks[k]!)) foreign = true;
  }
  if (!ok || !foreign) return b;
  const key = runKey(toks, a, b);
  if (phraseBefore(toks, a, T.thingNouns)) things.add(key);
  if (things.has(key) || shortQuote(toks, a, b) || T.noneFinals.has(toks[b - 1]!.key)) return b;
  const final = T.typeFinals.get(toks[b - 1]!.key);
  const type: ActorType = final ?? (place ? "place" : media ? "media" : "person");
  // the rest of a known company's longer name ("Northrop Grumman Systems Corporation"): no name of its own
  const k0 = a > 0 && toks[a]!.gap === " " ? cover[a - 1]! : -1;
  if (final === "org" && k0 >= 0 && inp.hits[k0]!.b === a && D.entries[inp.hits[k0]!.entry]!.type === "org") {
    for (let k = a; k < b; k++) used[k] = 1;
    return b;
  }
  // a state written right before the name: "công dân Mỹ Paul Whelan"
  let code: string | null = null;
  const c = a > 0 && toks[a]!.gap === " " ? cover[a - 1]! : -1;
  if (c >= 0 && inp.hits[c]!.b === a && D.entries[inp.hits[c]!.entry]!.type === "gpe") code = D.entries[inp.hits[c]!.entry]!.code;
  out.push({ a, b, type, code, typed: final !== undefined || place || media });
  for (let k = a; k < b; k++) used[k] = 1;
  return b;
}

/**
 * An acronym defined by the name before it: tokens [a, b) of the name, `at` the acronym's token;
 * `entry`: the dictionary entry that name is (-1 for a name the dictionary lacks).
 */
export interface AcronymDef {
  a: number;
  b: number;
  at: number;
  acronym: string;
  entry: number;
}

/**
 * Organisations spelled out before their acronym ("Quân đội Quốc gia Syria (NSA)") whose name the
 * dictionary does not hold: the name starts with a word that heads bodies (`org_heads`), lies in
 * one stretch of words, and no dictionary entry covers it but states inside it.
 */
export function acronymDefinitions(inp: ShapeInput, T: Titles, D: Dictionary): AcronymDef[] {
  const { toks, cover } = inp;
  const out: AcronymDef[] = [];
  for (let k = 2; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.gap !== "(" || !t.upper || t.text.length < 2 || !LETTERS.test(t.text)) continue;
    if (k + 1 < toks.length && !toks[k + 1]!.gap.startsWith(")")) continue; // "(LNA) tới", "(LNA), tới"
    // a name the dictionary knows, of another entry than the acronym's: the acronym is that name here
    // ("Lực lượng Dân chủ Syria (SDF)" is known; "... (NSA)" after a known body that is not the NSA)
    const before = cover[k - 1]!;
    if (before >= 0) {
      const h = inp.hits[before]!;
      const e = D.entries[h.entry]!;
      const own = cover[k]! >= 0 ? inp.hits[cover[k]!]!.entry : -1;
      // (a place closing the name of a body whose acronym the dictionary knows is part of that name, not what the
      // acronym names: "Tổ chức các Nhà nước châu Mỹ (OAS)")
      const placeInName = e.type === "place" && own >= 0 && (D.entries[own]!.type === "org" || D.entries[own]!.type === "media");
      if (h.b === k && e.type !== "gpe" && e.type !== "person" && !placeInName && own !== h.entry && h.b - h.a >= 2 && !inp.hits[before]!.weak) {
        out.push({ a: h.a, b: h.b, at: k, acronym: t.text, entry: h.entry });
      }
      if (e.type !== "gpe" && !placeInName && !(e.type === "place" && h.b - h.a === 1)) continue;
    }
    // the name: back from the bracket over words joined by spaces, to a capitalised body head
    let head = -1;
    for (let j = k - 1; j >= Math.max(0, k - 9); j--) {
      const x = toks[j]!;
      const c = cover[j]!;
      // (a state or a place may be part of the name: "Công ty Điện lực Tokyo (TEPCO)")
      if (c >= 0 && D.entries[inp.hits[c]!.entry]!.type !== "gpe" && D.entries[inp.hits[c]!.entry]!.type !== "place") break;
      const h = T.orgHeads.at(toks, j);
      // a body's head may close a title that began before it ("chỉ huy Quân đội Quốc gia Libya (LNA)")
      if ((inp.titleCover[j] && !(h && x.cap && j > 0 && inp.titleCover[j - 1])) || inp.taken(j)) break;
      if (h && x.cap && k - j >= 2) {
        head = j;
        break;
      }
      if (x.gap !== " " || x.spacedDash) break;
    }
    if (head < 0) continue;
    // at least two capitalised words in it (a name, not a phrase such as "Lực lượng này (RSF)")
    let caps = 0;
    for (let j = head; j < k; j++) if (toks[j]!.cap) caps++;
    // the last word may be a two-syllable word with its second syllable in lower case ("Dân chủ Đồng minh (ADF)")
    const lastCap = toks[k - 1]!.cap || (k - 2 > head && toks[k - 2]!.cap && toks[k - 1]!.gap === " " && !inp.titleCover[k - 1]);
    if (caps < 2 || !lastCap) continue;
    out.push({ a: head, b: k, at: k, acronym: t.text, entry: -1 });
  }
  return out;
}
