/**
 * Actor recognition and resolution over one document.
 *
 * 1. Dictionary pass: longest alias match at each word of `matchText` (exact words with the
 *    case of first letters checked, then diacritic-free, then one typo in a long one-word alias).
 * 2. Title pass: titles ("Thứ trưởng Ngoại giao"), honorifics ("ông"), leader phrases ("ông chủ",
 *    "nhà lãnh đạo") and counterparts ("người đồng cấp"), each with the state/body that follows and
 *    the name after it. A name missing from the dictionary becomes an actor with a derived id.
 *    A title without a name is resolved by date against the dictionary's role holders.
 * 3. Surname pass: a bare word equal to the last name of a person named in the article.
 */
import type { Actor, Doc, Mention, Message, Span, Timex } from "../envelope/types.js";
import { type AliasRec, codeOn, type Dictionary, type Entry, formerHoldersAt, holdersAt } from "./dictionary.js";
import { phraseBefore, titleRole, type NamedType, type Phrase, type TitleDef, type Titles } from "./titles.js";
import { editDistance, phraseAt, tokenize, Vocabulary, type Token } from "./tokens.js";
import { acronymDefinitions, namesByShape } from "./shapes.js";
import { isVietnameseSyllable } from "../text/syllable.js";
import { canonicalTones, matchKey } from "../normalise/tone.js";
import { firstStartingAt, SpanIndex } from "../envelope/spans.js";
import { everyBelow, type TrieNode } from "./trie.js";

/** A dictionary match: tokens [a, b). */
interface Hit {
  a: number;
  b: number;
  entry: number;
  weak: boolean;
  /** Matched by a lower-case alias ("quân đội Nga"): stands for the state unless named properly. */
  generic?: boolean;
  /**
   * A state named after a noun for its people or goods ("hàng hóa Canada", "các nhà ngoại giao Nga"):
   * weak, yet a possible side of an event (kept as a weak mention when the state is named nowhere else).
   */
  group?: boolean;
}

/** An actor found by the title/name passes that is not (or not only) a dictionary entry. */
interface Found {
  id: string;
  actor: Actor;
  start: number;
  end: number;
  /** Role the text gives this person here (for "người đồng cấp"). */
  role?: { role: string; of: string | null } | undefined;
}

/**
 * The found actors by token, kept up to date as `found` grows (it is only appended to), so the
 * questions the passes ask about them ("is this token inside a name found so far?") cost one
 * array read instead of a pass over every name found (linear time on long documents). Token k is
 * over a found span when its start lies in [start, end).
 */
class FoundCover {
  private synced = 0;
  /** Per token: the largest end of the found spans over its start (0: none). */
  private readonly maxEnd: Int32Array;
  /** The same for people. */
  private readonly personMaxEnd: Int32Array;
  private readonly personEnds = new Set<number>();
  /** Found indices by start offset / 1024 (nearestState reads one sentence's). */
  private readonly buckets = new Map<number, number[]>();

  constructor(
    private readonly found: readonly Found[],
    private readonly toks: readonly Token[],
  ) {
    this.maxEnd = new Int32Array(toks.length);
    this.personMaxEnd = new Int32Array(toks.length);
  }

  private sync(): void {
    for (; this.synced < this.found.length; this.synced++) {
      const f = this.found[this.synced]!;
      const person = f.actor.type === "person";
      if (person) this.personEnds.add(f.end);
      const b = f.start >> 10;
      let list = this.buckets.get(b);
      if (!list) this.buckets.set(b, (list = []));
      list.push(this.synced);
      for (let k = firstStartingAt(this.toks, f.start); k < this.toks.length && this.toks[k]!.start < f.end; k++) {
        if (f.end > this.maxEnd[k]!) this.maxEnd[k] = f.end;
        if (person && f.end > this.personMaxEnd[k]!) this.personMaxEnd[k] = f.end;
      }
    }
  }

  /** The largest end of the found spans over token k's start (0: none). */
  over(k: number): number {
    this.sync();
    return this.maxEnd[k] ?? 0;
  }

  /** The same for people. */
  personOver(k: number): number {
    this.sync();
    return this.personMaxEnd[k] ?? 0;
  }

  /** Whether a found person ends at offset e. */
  personEndsAt(e: number): boolean {
    this.sync();
    return this.personEnds.has(e);
  }

  /** The found spans starting in [start, end], in the order they were found. */
  startingIn(start: number, end: number): Found[] {
    this.sync();
    const idx: number[] = [];
    for (let b = start >> 10; b <= end >> 10; b++) for (const i of this.buckets.get(b) ?? []) if (this.found[i]!.start >= start && this.found[i]!.start <= end) idx.push(i);
    return idx.sort((x, y) => x - y).map((i) => this.found[i]!);
  }
}

export interface ActorAnalysis {
  actors: Actor[];
  mentions: Mention[];
  messages: Message[];
  /** Titles linked to a named dictionary person (for role constraints on the date). */
  titled: TitledName[];
  /** States named only after a noun for their people or goods, and those mentions (possible event sides). */
  weakActors: Actor[];
  weakMentions: Mention[];
}

export interface TitledName {
  start: number;
  end: number;
  actor: string;
  role: string;
  of: string | null;
  former: boolean;
}

const PERSON_NAME_MAX = 6;

/** A decision of an analysis that read the date at a place of the text (see `Recogniser.analyse`). */
interface DatedDecision {
  sent: Span | undefined;
  at: number;
  /** What the analysis did with the date it got there. */
  key: string;
  decide: (date: string | null) => string;
}

/**
 * What the dictionary and title lexicons hold for one word key, looked up once per distinct
 * word (the per-token passes then read fields instead of querying several maps per token).
 */
interface KeyLex {
  /** The trie node of the aliases starting with this key. */
  exact: TrieNode<AliasRec> | undefined;
  /** The node of the marked aliases whose first word folds to this key (for plain tokens, whose fkey is their key). */
  folded: TrieNode<AliasRec> | undefined;
  title: Phrase<TitleDef>[] | undefined;
  leader: Phrase<true>[] | undefined;
  counterpart: Phrase<true>[] | undefined;
  honorific: Phrase<true>[] | undefined;
  orgHead: Phrase<true>[] | undefined;
  bareBody: Phrase<string>[] | undefined;
  nameNoun: Phrase<NamedType>[] | undefined;
  commonWord: boolean;
  /**
   * Every alias in `exact` wants its first word capitalised (case rule 1): a token in lower case
   * starts none of them (the look-ups by the next words are then spared).
   */
  exactCapOnly: boolean;
  /** The entry one typo away (`typoEntry`), -1 if none; -2 until first needed. */
  typo: number;
}

/** Whether every alias below this node wants its first word capitalised (case rule 1). */
function capOnly(node: TrieNode<AliasRec>): boolean {
  return everyBelow(node, (r) => r.cases[0] === 1);
}

function caseOk(rule: number, t: Token, alias: string): boolean {
  if (rule === 0) return true;
  if (rule === 1) return t.cap;
  return t.text === alias;
}

/** Word keys of an alias as written, for exact-case checks. */
function aliasWords(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}

/** A token that starts with a letter (a word, not a number or a sign). */
const LETTER_FIRST = /^\p{L}/u;
/** Per UTF-16 unit outside the surrogates: 0 not yet known, 1 a letter (\p{L}), 2 not. */
const LETTER_UNIT = new Uint8Array(0x10000);
/** `LETTER_FIRST.test(w)`, with a class table for the first unit (the pattern itself for a surrogate pair). */
function letterFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c !== c || (c >= 0xd800 && c <= 0xdfff)) return LETTER_FIRST.test(w);
  let k = LETTER_UNIT[c]!;
  if (k === 0) LETTER_UNIT[c] = k = LETTER_FIRST.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export class Recogniser {
  private wordsCache = new Map<string, string[]>();
  private surnameKey = new Map<number, string>();
  /** Surname key → the only dictionary person with that last name (-1 when several). */
  private uniqueSurname = new Map<string, number>();
  /** Entry → family-name keys of people whose names start with it ("Tập" of "Tập Cận Bình"). */
  private familyKeys = new Map<number, string[]>();

  constructor(
    readonly dict: Dictionary,
    readonly titles: Titles,
  ) {
    dict.entries.forEach((e, i) => {
      if (e.type !== "person") return;
      const toks = tokenize(matchKey(e.name));
      const last = toks[toks.length - 1];
      if (last && last.key.length > 2) {
        this.surnameKey.set(i, last.key);
        const prior = this.uniqueSurname.get(last.key);
        this.uniqueSurname.set(last.key, prior === undefined ? i : -1);
      }
      if (e.code && titles.familyNameFirst.has(e.code)) {
        const keys = new Set<string>();
        for (const a of [e.name, ...(e.aliases ?? [])]) {
          const at = tokenize(canonicalTones(a.normalize("NFC")));
          if (at.length >= 2 && at[0]!.cap && !at[0]!.upper && at.every((x) => x.gap === " " || x.gap === "")) keys.add(at[0]!.key);
        }
        if (keys.size) this.familyKeys.set(i, [...keys]);
      }
    });
  }

  private lexCache = new Map<string, KeyLex>();
  /** Per token of the document being analysed: inside an actor found so far (a buffer reused between documents). */
  private inside = new Uint8Array(256);
  /** Scratch for the dictionary pass's counts per sentence (a buffer reused between documents). */
  private counts = new Int32Array(256);
  /** Words of the texts seen, with their lexicon entries. */
  private vocab = new Vocabulary<KeyLex>((key) => this.keyLex(key));

  /** The lexicons' entries for word key `key` (cached per key; the cache depends on the lexicons only). */
  private keyLex(key: string): KeyLex {
    let l = this.lexCache.get(key);
    if (l) return l;
    const T = this.titles;
    const exact = this.dict.exact.get(key);
    const folded = this.dict.folded.get(key);
    l = {
      exact,
      folded,
      title: T.titles.first(key),
      leader: T.leaders.first(key),
      counterpart: T.counterparts.first(key),
      honorific: T.honorifics.first(key),
      orgHead: T.orgHeads.first(key),
      bareBody: T.bareBodies.first(key),
      nameNoun: T.nameNouns.first(key),
      commonWord: T.commonWords.has(key),
      exactCapOnly: exact !== undefined && capOnly(exact),
      typo: -2,
    };
    if (this.lexCache.size > 200_000) this.lexCache.clear();
    this.lexCache.set(key, l);
    return l;
  }

  /** The entry whose long one-word alias is one edit away from `key`, or -1 (cached in the key's KeyLex). */
  private typoEntry(key: string): number {
    let found = -1;
    for (let d = 0; d <= key.length && found < 0; d++) {
      const del = d === key.length ? key : key.slice(0, d) + key.slice(d + 1);
      for (const rec of this.dict.typo.get(del) ?? []) {
        if (rec.keys[0]![0] === key[0] && editDistance(rec.keys[0]!, key, 1) <= 1) {
          found = rec.entry;
          break;
        }
      }
    }
    return found;
  }

  private words(text: string): string[] {
    let w = this.wordsCache.get(text);
    if (!w) this.wordsCache.set(text, (w = aliasWords(text)));
    return w;
  }

  /**
   * The first alias of `list` matching at token i (a method, not a closure made per call). The
   * trie node that gave `list` already matched the keys of its first `known` words (and, folded,
   * that they are plain).
   */
  private tryList(toks: readonly Token[], i: number, limit: number, list: AliasRec[] | undefined, folded: boolean, known: number): Hit | null {
    if (!list) return null;
    for (const rec of list) {
      const n = rec.keys.length;
      if (i + n > limit) continue;
      // a name of one or two letters is read only with its diacritics: "Y" of "Bộ Y tế" is no "Ý" (Italy)
      if (folded && n === 1 && rec.keys[0]!.length < 3) continue;
      let ok = true;
      let words: string[] | null = null;
      for (let k = 0; k < n && ok; k++) {
        const x = toks[i + k]!;
        if (k > 0 && (x.gap !== rec.gaps[k] || (x.spacedDash && !rec.hyphens[k]))) ok = false;
        else if (k >= known && (folded ? x.fkey !== rec.fkeys[k] || !x.plain : x.key !== rec.keys[k])) ok = false;
        else if (rec.cases[k] === 2) ok = caseOk(2, x, (words ??= this.words(rec.text))[k] ?? "");
        else ok = caseOk(rec.cases[k]!, x, "");
      }
      if (ok) return { a: i, b: i + n, entry: rec.entry, weak: false, generic: rec.generic && !toks[i]!.cap };
    }
    return null;
  }

  /** Scratch path of `tryTrie`'s walks. */
  private path: TrieNode<AliasRec>[] = [];

  /**
   * The longest alias below `first` (the node of token i's key) matching at token i: the walk goes
   * as far as the next tokens' keys (folded: plain tokens' folded keys) lead, then the aliases
   * ending on the way are tried, deepest first; only tokens before `limit` are read.
   */
  private tryTrie(toks: readonly Token[], i: number, limit: number, first: TrieNode<AliasRec>, folded: boolean): Hit | null {
    // (the walk of `walkTrie`, written out: no closure per call)
    const path = this.path;
    let len = 0;
    path[len++] = first;
    for (let node = first, d = 1; i + d < limit && node.next; d++) {
      const x = toks[i + d]!;
      if (folded && !x.plain) break;
      const c = node.next.get(folded ? x.fkey : x.key);
      if (!c) break;
      path[len++] = node = c;
    }
    for (let d = len - 1; d >= 0; d--) {
      const hit = this.tryList(toks, i, limit, path[d]!.items, folded, d + 1);
      if (hit) return hit;
    }
    return null;
  }

  /** The longest dictionary alias at token i, or null; only tokens before `limit` are read. */
  matchAt(toks: readonly Token[], i: number, initial: boolean, limit: number = toks.length, lx: KeyLex = this.keyLex(toks[i]!.key), fold = true): Hit | null {
    const t = toks[i]!;
    const ex = lx.exact;
    let hit: Hit | null = null;
    if (ex && (t.cap || !lx.exactCapOnly)) hit = this.tryTrie(toks, i, limit, ex, false);
    if (!hit && t.plain && fold) {
      const fo = lx.folded; // t.fkey === t.key for a plain token
      if (fo) hit = this.tryTrie(toks, i, limit, fo, true);
    }
    if (!hit && t.cap && t.key.length >= 7) {
      if (lx.typo === -2) lx.typo = this.typoEntry(t.key);
      const e = lx.typo;
      if (e >= 0) hit = { a: i, b: i + 1, entry: e, weak: false };
    }
    if (hit && hit.b - hit.a === 1 && this.dict.entries[hit.entry]!.type === "person") {
      // a one-word name glued to the next or previous word by a hyphen is part of a longer name ("Park Yoon-joo")
      const nh = hit.b < toks.length ? toks[hit.b]! : undefined;
      if ((nh && nh.hyphen && !nh.spacedDash) || (t.hyphen && !t.spacedDash)) hit = null;
    }
    if (hit && i > 0 && this.dict.entries[hit.entry]!.type === "gpe" && t.gap === " " && (this.titles.demonym.has(toks[i - 1]!.key) || phraseBefore(toks, i, this.titles.groupNouns))) {
      // "người Palestine", "người Nga": the people, not the state (kept if the state is named elsewhere)
      hit.weak = true;
      // "hàng hóa Canada", "các nhà ngoại giao Nga": the state may still be a side of what is done to them
      if (phraseBefore(toks, i, this.titles.groupNounsSides)) hit.group = true;
    }
    if (hit && hit.b - hit.a === 1 && lx.commonWord) {
      // "Anh", "Đức", "Nhật"... also common words and parts of Vietnamese names.
      const prev = toks[i - 1];
      if (initial) hit.weak = !this.trustedInitial(toks, i);
      else if (prev && prev.cap && prev.gap !== "|" && t.gap === " " && !this.titles.notNames.has(prev.key)) hit.weak = true;
    }
    return hit;
  }

  /** A common-word state name that stands for the state at sentence start too ("Nga được mời"), unless a name or compound goes on. */
  private trustedInitial(toks: readonly Token[], i: number): boolean {
    const cont = this.titles.initialTrusted.get(toks[i]!.key);
    if (!cont) return false;
    const nx = toks[i + 1];
    if (!nx || nx.gap !== " " || nx.spacedDash) return true;
    return !nx.cap && !cont.has(nx.key);
  }

  /**
   * Tokens, sentence positions and the dictionary pass depend on the text and its sentences
   * only. The actor stage analyses an undated capture twice (for role constraints on the date,
   * then for real), so the last text's pass is kept; the hits are copied for each analysis since
   * later passes change them. Read-only: `toks`, `sentOf`, `initial`, `cover`.
   */
  private pass: {
    text: string;
    sents: Span[];
    toks: Token[];
    sentOf: Int32Array;
    initial: Uint8Array;
    hits: Hit[];
    cover: Int32Array;
    inner: Hit[];
    /** Per token: the lexicons' entries for its key. */
    lex: KeyLex[];
    /** Per token: the title starting there (titles inside dictionary names excluded), and the tokens titles cover. */
    titleAt: (Phrase<TitleDef> | null)[];
    titleCover: Uint8Array;
  } | null = null;

  private dictionaryPass(text: string, sents: Span[]): NonNullable<Recogniser["pass"]> {
    const p = this.pass;
    if (p && p.sents === sents && p.text === text) return p;
    const T = this.titles;
    const D = this.dict;
    const lex: KeyLex[] = [];
    const toks = tokenize(text, 0, this.vocab, lex);
    const n = toks.length;
    // sentence index per token, and whether it starts its sentence
    const sentOf = new Int32Array(n);
    const initial = new Uint8Array(n);
    {
      let s = 0;
      let lastSent = -1;
      for (let i = 0; i < n; i++) {
        while (s < sents.length - 1 && toks[i]!.start >= sents[s]!.end) s++;
        sentOf[i] = s;
        if (s !== lastSent || toks[i]!.gap === "|") initial[i] = 1;
        lastSent = s;
      }
    }
    // A word written without diacritics is read as a name spelled without them ("Ha Noi") only in a
    // sentence itself written without them: in Vietnamese written with its marks, a plain word is that
    // word ("Bộ Lao động" is no "Lào", "Đảng Lao động Triều Tiên" names no Laos).
    const foldOk = new Uint8Array(Math.max(1, sents.length)).fill(1);
    {
      // (views of buffers kept between documents, cleared here)
      if (this.counts.length < 2 * foldOk.length) this.counts = new Int32Array(Math.max(2 * foldOk.length, 2 * this.counts.length));
      const marked = this.counts.subarray(0, foldOk.length).fill(0);
      const words = this.counts.subarray(foldOk.length, 2 * foldOk.length).fill(0);
      for (let i = 0; i < n; i++) {
        const t = toks[i]!;
        if (!letterFirst(t.text)) continue;
        words[sentOf[i]!]!++;
        if (!t.plain) marked[sentOf[i]!]!++;
      }
      for (let s = 0; s < foldOk.length; s++) if (marked[s]! >= 2 && marked[s]! * 5 >= words[s]!) foldOk[s] = 0;
    }
    // 1. dictionary pass
    const hits: Hit[] = [];
    const cover = new Int32Array(n).fill(-1); // index into hits
    for (let i = 0; i < n; ) {
      const lx = lex[i]!;
      if (lx.exact === undefined && lx.folded === undefined && (lx.typo === -1 || !toks[i]!.cap || toks[i]!.key.length < 7)) {
        // (no alias starts with this word, nor is one a typo away: `matchAt` would find nothing)
        i++;
        continue;
      }
      const h = this.matchAt(toks, i, initial[i] === 1, n, lx, foldOk[sentOf[i]!] === 1);
      if (h && h.b - h.a === 1 && i > 0 && cover[i - 1]! < 0 && D.entries[h.entry]!.type === "person" && toks[i]!.gap === " ") {
        // a known surname after a given name spelled in a foreign way that is not its holder's
        // ("Francesca Albanese" is not Anthony Albanese; "Alexander Vucic" is Aleksandar Vučić): another person
        const prev = toks[i - 1]!;
        if (prev.cap && !prev.upper && !T.notNames.has(prev.key) && !isVietnameseSyllable(prev.text) && !sameInitial(prev.fkey, D.entries[h.entry]!.name)) {
          i++;
          continue;
        }
      }
      if (h && i > 0 && cover[i - 1]! < 0 && D.entries[h.entry]!.type === "media" && toks[i]!.gap === " " && toks[i - 1]!.cap && !foreignName(toks, h.a, h.b)) {
        // an outlet whose name is common Vietnamese words ("Nhân dân", "Lao động") right after a body's
        // head that is no outlet's ("Đảng Nhân dân", "Đảng Lao động"): a part of that body's name
        const head = T.orgHeads.match(lex[i - 1]!.orgHead, toks, i - 1);
        if (head && head.keys.length === 1 && T.nameNouns.match(lex[i - 1]!.nameNoun, toks, i - 1)?.value !== "media") {
          i++;
          continue;
        }
      }
      if (h && h.b - h.a >= 2 && this.longerInside(toks, h, initial, lex, foldOk[sentOf[i]!] === 1)) {
        // a name starting inside this one reaching further ("các nước Mỹ Latin" is no "nước Mỹ"): that name
        i++;
        continue;
      }
      if (h) {
        // prev token rule for common words needs to know whether the previous token was matched
        if (h.weak && !initial[i] && i > 0 && cover[i - 1]! >= 0 && !T.demonym.has(toks[i - 1]!.key)) h.weak = false;
        for (let k = h.a; k < h.b; k++) cover[k] = hits.length;
        hits.push(h);
        i = h.b;
      } else i++;
    }
    this.dashLists(text, toks, hits, cover);
    // states named inside a body's name ("Bộ Ngoại giao Nga", "Văn phòng Thủ tướng Israel") are mentions too,
    // and so are people ("Văn phòng Thủ tướng Benjamin Netanyahu")
    const inner: Hit[] = [];
    // (not in a media outlet's name spelled in its own language, "Times of Israel", "South China Morning Post";
    // a name inside the body's name covers its words, so "châu Mỹ" in "Tổ chức các quốc gia châu Mỹ" is no "Mỹ")
    for (const h of hits) {
      const ht = D.entries[h.entry]!.type;
      if (h.b - h.a < 2 || ht === "gpe" || ht === "person") continue;
      for (let k = h.a + 1; k < h.b; k++) {
        const sub = this.matchAt(toks, k, false, h.b, lex[k], false);
        if (!sub || sub.b > h.b || sub.entry === h.entry) continue;
        const st = D.entries[sub.entry]!.type;
        // (a place of one state named after another is no mention of that other: "bang Georgia" is in the USA; nor is
        // a place of no one state named after one: "châu Mỹ", "Mỹ Latinh" are not the USA)
        const hc = D.entries[h.entry]!.code;
        const otherState = st === "gpe" && ht === "place" && hc !== D.entries[sub.entry]!.code;
        if ((st === "gpe" && !otherState && (ht !== "media" || !foreignName(toks, h.a, k))) || (st === "person" && toks[k]!.cap)) inner.push(sub);
        k = sub.b - 1;
      }
    }
    // 2. titles (the hits are not changed before this point of an analysis, so this is shared too)
    const titleAt = new Array<Phrase<TitleDef> | null>(n).fill(null);
    const titleCover = new Uint8Array(n);
    for (let i = 0; i < n; ) {
      const p = T.titles.match(lex[i]!.title, toks, i);
      const c = cover[i]!;
      // a title inside a dictionary name ("Văn phòng Thủ tướng Israel") is part of that name; one
      // starting inside a state's name is no title either ("Trung Quốc Vương Nghị" has no "Quốc vương")
      if (p && (c < 0 || (hits[c]!.a === i && (hits[c]!.b <= i + p.keys.length || D.entries[hits[c]!.entry]!.type === "gpe")))) {
        titleAt[i] = p;
        for (let k = i; k < i + p.keys.length; k++) titleCover[k] = 1;
        i += p.keys.length;
      } else i++;
    }
    this.pass = { text, sents, toks, sentOf, initial, hits, cover, inner, lex, titleAt, titleCover };
    return this.pass;
  }

  /**
   * Dash lists of state names ("Hàn - Trung - Nhật", "quan hệ Mỹ - Trung"): each member is a state,
   * its one-syllable short name ("Trung", "Hàn") included, and no member is a common word there.
   * A list needs two or more members, each a single capitalised word or a state hit, and no
   * capitalised word right before or after it (a name would go on).
   */
  private dashLists(text: string, toks: readonly Token[], hits: Hit[], cover: Int32Array): void {
    const D = this.dict;
    const short = this.titles.shortStates;
    if (!short.size) return;
    const n = toks.length;
    /** The state of the member starting at token i: [entry, end token, existing hit index] or null. */
    const member = (i: number): [number, number, number] | null => {
      const t = toks[i]!;
      if (!t.cap) return null;
      const c = cover[i]!;
      if (c >= 0) {
        const h = hits[c]!;
        return h.a === i && D.entries[h.entry]!.type === "gpe" ? [h.entry, h.b, c] : null;
      }
      const code = short.get(t.key);
      const st = code ? D.states.get(code) : undefined;
      return st !== undefined ? [st, i + 1, -1] : null;
    };
    const joined = (j: number) => j > 0 && j < n && (toks[j]!.spacedDash || /^[-‐‑–—]$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start)));
    for (let i = 0; i < n; i++) {
      const first = member(i);
      if (!first || !joined(first[1])) continue;
      const list = [[i, ...first] as [number, number, number, number]];
      let j = first[1];
      while (joined(j)) {
        const m = member(j);
        if (!m) break;
        list.push([j, ...m]);
        j = m[1];
      }
      const end = list[list.length - 1]![2];
      const prev = toks[i - 1];
      const next = toks[end];
      const bounded = (!prev || toks[i]!.gap !== " " || !prev.cap) && (!next || next.gap !== " " || next.spacedDash || !next.cap);
      if (list.length >= 2 && bounded && list.some(([, , , c]) => c < 0 || hits[c]!.weak)) {
        for (const [a, entry, b, c] of list) {
          if (c >= 0) hits[c]!.weak = false;
          else {
            for (let k = a; k < b; k++) cover[k] = hits.length;
            hits.push({ a, b, entry, weak: false });
          }
        }
      }
      i = end - 1;
    }
    hits.sort((x, y) => x.a - y.a);
    cover.fill(-1);
    hits.forEach((h, k) => {
      for (let x = h.a; x < h.b; x++) cover[x] = k;
    });
  }

  /**
   * `titledOnly`: stop once the title pass is done and return only `titled` (actors, mentions and
   * messages empty): what the role constraints on an undated capture's date need.
   */
  /**
   * The last analysis, with the decisions in it that depended on the date (the only way the
   * timexes, the reference date and the source reach an analysis is `dateFor`): the actor stage
   * analyses an undated capture again once its reference date changed, and when every such
   * decision comes out the same under the new date, so does the whole analysis. Kept for one
   * document: keyed by its sentence list's identity (a new array per document), its texts and
   * article. The analysis is never mutated once returned, so sharing it is safe.
   */
  private lastAnalysis: {
    text: string;
    matchText: string;
    sents: Span[];
    article: Doc["article"];
    titledOnly: boolean;
    decisions: DatedDecision[];
    out: ActorAnalysis;
  } | null = null;

  analyse(doc: Pick<Doc, "text" | "matchText" | "sentences" | "timexes" | "referenceDate" | "article" | "source">, titledOnly = false): ActorAnalysis {
    const sents = sentenceSpans(doc);
    const last = this.lastAnalysis;
    if (
      last &&
      last.sents === sents &&
      last.titledOnly === titledOnly &&
      last.article === doc.article &&
      last.text === doc.text &&
      last.matchText === doc.matchText &&
      last.decisions.every((d) => d.decide(this.dateFor(doc, d.sent, d.at)) === d.key)
    ) {
      return last.out;
    }
    const decisions: DatedDecision[] = [];
    const out = this.analyseAnew(doc, sents, titledOnly, decisions);
    this.lastAnalysis = doc.sentences.length ? { text: doc.text, matchText: doc.matchText, sents, article: doc.article, titledOnly, decisions, out } : null;
    return out;
  }

  private analyseAnew(
    doc: Pick<Doc, "text" | "matchText" | "sentences" | "timexes" | "referenceDate" | "article" | "source">,
    sents: Span[],
    titledOnly: boolean,
    decisions: DatedDecision[],
  ): ActorAnalysis {
    const T = this.titles;
    const D = this.dict;
    const pass = this.dictionaryPass(doc.matchText, sents);
    const { toks, sentOf, cover, lex, titleAt, titleCover } = pass;
    const n = toks.length;
    // Copies of one object shape, in arrays built by push as before: a spread copy gives the
    // optimiser objects of new shapes, and Array.prototype.map holey arrays, which sent this
    // function into a loop of deoptimisations (at the iteration over `inner`).
    const copy = (h: Hit): Hit => ({ a: h.a, b: h.b, entry: h.entry, weak: h.weak, generic: h.generic, group: h.group });
    const hits: Hit[] = [];
    for (const h of pass.hits) hits.push(copy(h));
    const inner: Hit[] = [];
    for (const h of pass.inner) inner.push(copy(h));
    const entryActor = (i: number): Actor => {
      const e = D.entries[i]!;
      return { id: e.id, name: e.name, type: e.type, code: e.code ?? null };
    };
    // bodies missing from the dictionary, built from a state name: "Bộ Ngoại giao Qatar"
    const bodies: Found[] = [];
    const bodyAt = new Map<number, { b: number; code: string | null }>(); // start token → end token, code
    for (const h of hits) {
      const st = D.entries[h.entry]!;
      if (st.type !== "gpe" || h.weak) continue;
      for (const tpl of T.bodies) {
        const a = h.a - tpl.keys.length;
        if (a < 0 || !toks[a]!.cap || toks[h.a]!.gap !== " ") continue;
        let ok = true;
        for (let k = 0; k < tpl.keys.length && ok; k++) ok = toks[a + k]!.key === tpl.keys[k] && cover[a + k]! < 0 && (k === 0 || toks[a + k]!.gap === " ");
        if (!ok) continue;
        const id = tpl.value.replace("{name}", st.name).replace(/ /g, "_");
        const known = D.byId.get(id);
        const actor: Actor = known !== undefined ? entryActor(known) : { id, name: id.replace(/_/g, " "), type: "org", code: st.code };
        bodies.push({ id, actor, start: toks[a]!.start, end: toks[h.b - 1]!.end });
        bodyAt.set(a, { b: h.b, code: st.code });
        break;
      }
    }
    const named = new Set<number>(hits.filter((h) => !h.weak).map((h) => h.entry));
    // 2. titles (titleAt, titleCover: from the shared pass)
    const found: Found[] = [...bodies];
    const foundCover = new FoundCover(found, toks);
    const derived = new Map<string, Actor>();
    const titled: TitledName[] = [];
    const messages: Message[] = [];
    const surnames = new Map<string, number>(); // surname key → dictionary entry named in the article
    for (const e of named) {
      const k = this.surnameKey.get(e);
      if (k) surnames.set(k, surnames.has(k) && surnames.get(k) !== e ? -1 : e);
    }
    const families = new Map<string, number>(); // family name key → dictionary entry named in the article
    for (const e of named) {
      for (const k of this.familyKeys.get(e) ?? []) families.set(k, families.has(k) && families.get(k) !== e ? -1 : e);
    }
    const derivedSurnames = new Map<string, string>();
    let lastRole: { role: string; of: string | null } | null = null;

    const ofEntity = (e: Entry): string | null => {
      if (e.type === "gpe") return e.code;
      if (e.gov) return e.gov;
      return e.type === "place" ? null : (e.code ?? null);
    };
    /**
     * The date at token i, given to `decide`, which tells what the analysis does with it (a key):
     * recorded, so that a later analysis under another date can tell whether it would decide the same.
     */
    const dated = (i: number, decide: (date: string | null) => string): string | null => {
      const sent = sents[sentOf[i]!];
      const at = toks[i]!.start;
      const date = this.dateFor(doc, sent, at);
      decisions.push({ sent, at, key: decide(date), decide });
      return date;
    };
    const addEntry = (entry: number, start: number, end: number, role?: Found["role"]) => {
      found.push({ id: D.entries[entry]!.id, actor: entryActor(entry), start, end, role });
      named.add(entry);
    };
    /** A name not in the dictionary starting at token p: token range or null. */
    const unknownName = (p: number, strict: boolean): [number, number] | null => {
      const t = toks[p];
      if (!t || !t.cap || t.upper || cover[p]! >= 0 || titleCover[p] || T.notNames.has(t.key)) return null;
      if (T.orgHeads.match(lex[p]!.orgHead, toks, p) || T.honorifics.match(lex[p]!.honorific, toks, p)) return null;
      let q = p + 1;
      while (q < n && q - p < PERSON_NAME_MAX) {
        const x = toks[q]!;
        if (x.gap !== " " || x.spacedDash || cover[q]! >= 0 || titleCover[q]) break;
        if (x.cap && !x.upper && !T.notNames.has(x.key)) q++;
        else if (x.cap && q - p >= 2 && T.nameFinals.has(x.key) && !(toks[q + 1]?.cap && toks[q + 1]!.gap === " ")) {
          // "Tôn Vệ Đông", "Nguyễn Văn Nam": a direction word ending a name of two or more words
          q++;
          break;
        }
        else if (x.hyphen && q > p && toks[q - 1]!.cap) q++; // "Yoon-joo", "Sang-mok"
        else if (!x.cap && T.particles.has(x.key) && toks[q + 1]?.cap && toks[q + 1]!.gap === " ") q += 2;
        else break;
      }
      if (q > p && !toks[q - 1]!.cap && !toks[q - 1]!.hyphen) q--;
      if (strict && q - p === 1 && !(t.plain && t.key.length >= 3)) return null;
      // "Bộ trưởng Kinh tế Thụy Sĩ ...": a capitalised word, a lower-case one, then a state is a department's name
      if (strict && q - p === 1) {
        const lw = toks[q];
        const st = cover[q + 1] ?? -1;
        if (lw && lw.gap === " " && !lw.cap && st >= 0 && hits[st]!.a === q + 1 && toks[q + 1]!.gap === " " && D.entries[hits[st]!.entry]!.type === "gpe") return null;
      }
      return [p, q];
    };
    /** Resolves a name range to a person: a dictionary person by surname, a derived one, or a new derived one. */
    const nameActor = (a: number, b: number, code: string | null): { entry?: number; actor: Actor } => {
      const lastKey = toks[b - 1]!.key;
      const e = surnames.get(lastKey) ?? (b - a === 1 ? (families.get(lastKey) ?? this.uniqueSurname.get(lastKey)) : undefined);
      if (e !== undefined && e >= 0 && !(b - a >= 2 && this.otherPerson(toks, a, b - 1, D.entries[e]!, code))) return { entry: e, actor: entryActor(e) };
      const prior = derivedSurnames.get(lastKey);
      if (prior && b - a === 1) return { actor: derived.get(prior)! };
      const name = doc.text.slice(toks[a]!.start, toks[b - 1]!.end).replace(/\s+/g, " ");
      const id = name.replace(/ /g, "_");
      let actor = derived.get(id);
      if (!actor) {
        actor = { id, name, type: "person", code };
        derived.set(id, actor);
        derivedSurnames.set(lastKey, id);
        // "Thứ trưởng Ngoại giao Hàn Quốc Park Yoon-joo ... ông Park": family name first
        if (code && T.familyNameFirst.has(code) && b - a >= 2 && !derivedSurnames.has(toks[a]!.key)) derivedSurnames.set(toks[a]!.key, id);
      } else if (!actor.code && code) actor.code = code;
      return { actor };
    };
    /** The state/body right after token index p (overlapping or adjacent dictionary hit). */
    const bodyAfter = (endTok: number): Hit | null => {
      const c = cover[endTok - 1]!;
      if (c >= 0 && hits[c]!.b > endTok) return hits[c]!;
      const d = cover[endTok] ?? -1;
      if (d >= 0 && hits[d]!.a === endTok && toks[endTok]!.gap === " ") return hits[d]!;
      return null;
    };
    /** Name right after token p (a dictionary person or an unknown name), with the end token. */
    const nameAfter = (p: number, strict: boolean, afterBracket = false): { a: number; b: number; entry?: number } | null => {
      if (p >= n) return null;
      const g = toks[p]!.gap;
      if (g !== " " && g !== "," && !(afterBracket && g === ")")) return null;
      const c = cover[p]!;
      if (c >= 0) {
        const h = hits[c]!;
        return h.a === p && D.entries[h.entry]!.type === "person" ? { a: h.a, b: h.b, entry: h.entry } : null;
      }
      const r = unknownName(p, strict);
      if (!r) return null;
      // another spelling of a known person's given name before the surname the dictionary knows
      // ("Alexander Vucic" for Aleksandar Vučić): that person
      const after = r[1] < n && toks[r[1]]!.gap === " " ? (cover[r[1]] ?? -1) : -1;
      if (after >= 0 && hits[after]!.a === r[1] && D.entries[hits[after]!.entry]!.type === "person") return { a: r[0], b: hits[after]!.b, entry: hits[after]!.entry };
      // a surname that is a one-word name of a body, ending a name of two words or more ("Thérèse Kayikwamba
      // Wagner" is no Wagner Group): part of the name
      if (after >= 0 && r[1] - r[0] >= 2 && hits[after]!.a === r[1] && hits[after]!.b === r[1] + 1 && toks[r[1]]!.cap && !toks[r[1]]!.upper) {
        const ty = D.entries[hits[after]!.entry]!.type;
        const nx = toks[r[1] + 1];
        if ((ty === "org" || ty === "media") && !(nx && nx.cap && nx.gap === " ")) return { a: r[0], b: r[1] + 1 };
      }
      return { a: r[0], b: r[1] };
    };
    // what a role's resolution reads of the date: the holders (former ones before the filter by the
    // names of the article), and the date itself when it goes in a message (several holders)
    const holdersKey = (role: string, of: string | null, former: boolean, date: string | null): string => {
      if (date === null) return "";
      if (former) return "F" + formerHoldersAt(D, role, of, date).join(",");
      const h = holdersAt(D, role, of, date);
      return h.length > 1 ? `H${h.join(",")}@${date}` : `H${h.join(",")}`;
    };
    const resolveRole = (i: number, role: string, of: string | null, former: boolean, s: number, e: number) => {
      const date = dated(i, (d) => holdersKey(role, of, former, d));
      if (!date) {
        messages.push({ rule: "actors/no-date", severity: "info", text: `no date to resolve "${doc.text.slice(s, e)}"`, start: s, end: e });
        return;
      }
      let who: number[];
      if (former) {
        const f = formerHoldersAt(D, role, of, date);
        who = f.filter((x) => named.has(x)).slice(0, 1);
      } else who = holdersAt(D, role, of, date);
      if (who.length === 1) addEntry(who[0]!, s, e, { role, of });
      else if (who.length > 1)
        messages.push({ rule: "actors/ambiguous-role", severity: "info", text: `${role} of ${of}: ${who.length} holders on ${date}`, start: s, end: e });
    };

    /**
     * Shared handling once a role phrase [a, b) is known: body, name, or resolution by date.
     * `title`: the title phrase's definition, whose role may depend on the state (`state_roles`).
     */
    const handleRole = (i0: number, a: number, b: number, role0: string | null, fixedOf: string | null, org: string | null, strict: boolean, title: TitleDef | null) => {
      const prev = toks[a - 1];
      const former = !!prev && prev.gap !== "|" && T.former.has(prev.key);
      // "Quyền Tổng thống", "nhậm chức Tổng thống Mỹ": an acting office or the office itself, not its holder
      const noHolder = (!!prev && toks[a]!.gap === " " && T.acting.has(prev.key)) || phraseBefore(toks, former ? a - 1 : a, T.officePredicates);
      const before = former ? toks[a - 2] : prev;
      // "Văn phòng Thủ tướng Israel": the title names a body's head inside that body's name
      const inBody = [1, 2].some((k) => a - k >= 0 && (T.orgHeads.match(lex[a - k]!.orgHead, toks, a - k)?.keys.length ?? 0) === k && toks[a]!.gap === " ");
      const plural = (!!before && T.plural.has(before.key)) || inBody;
      const poss = b < n && T.possessive.has(toks[b]!.key) && toks[b]!.gap === " ";
      let body = bodyAfter(b);
      if (!body && b < n && toks[b]!.gap === " " && !toks[b]!.cap && !bodyAt.has(b)) {
        // "Người phát ngôn quân đội Sudan Nabil Abdallah": a lower-case generic body, its state, the name
        let j = b;
        while (j < b + 3 && j < n && !toks[j]!.cap && toks[j]!.gap === " " && cover[j]! < 0) j++;
        const h = j > b && j < n && toks[j]!.gap === " " ? bodyAfter(j) : null;
        if (h && h.a === j && D.entries[h.entry]!.type === "gpe" && nameAfter(h.b, true)) body = h;
      }
      let of = fixedOf ?? null;
      let p = b;
      const tb = !body && b < n && toks[b]!.gap === " " ? bodyAt.get(b) : undefined;
      if (tb) {
        if (!fixedOf) of = tb.code;
        p = tb.b;
      }
      if (body) {
        const e = D.entries[body.entry]!;
        const bodyOf = ofEntity(e);
        if (!fixedOf && bodyOf) of = bodyOf;
        p = body.b;
        // a person hit right after the title is the name, not the body
        if (e.type === "person") p = b;
      }
      if (!body && !tb) {
        // lower-case words qualifying the title, then maybe a state, then the name: "Trưởng đoàn
        // đàm phán thương mại Lý Thành Cương", "Cố vấn an ninh quốc gia Mỹ Jake Sullivan"
        // (the first may be capitalised, as a portfolio is: "Bộ trưởng Nội vụ Pháp Laurent Nuñez")
        let q = b;
        for (let m = q < n ? T.titleQualifiers.at(toks, q) : null; m && toks[q]!.gap === " " && (q === b || !toks[q]!.cap); m = q < n ? T.titleQualifiers.at(toks, q) : null) q += m.keys.length;
        if (q > b && q < n) {
          const st = bodyAfter(q);
          const stOf = st && st.a === q && D.entries[st.entry]!.type === "gpe" ? D.entries[st.entry]!.code : null;
          const at = stOf ? st!.b : q;
          const nm = nameAfter(at, true);
          // after a capitalised portfolio and no state, a name the dictionary lacks must be spelled in
          // a foreign way: Vietnamese words there may be a state's name the dictionary lacks
          const sure = !!nm && (stOf !== null || nm.entry !== undefined || !toks[b]!.cap || foreignName(toks, nm.a, nm.b));
          if (nm && sure) {
            if (!fixedOf && stOf) of = stOf;
            p = at;
          }
        }
      }
      // "Tổng thống Iran": Iran's president heads its government (the Supreme Leader is head of state)
      const role = title ? titleRole(T, title, of) : role0;
      // "Giám đốc Chương trình Lương thực Thế giới (WFP) Cindy McCain": the body's acronym in brackets
      const bracket = body && p + 1 < n && toks[p]!.gap === "(" && toks[p]!.upper && toks[p + 1]!.gap === ")";
      let name =
        body && D.entries[body.entry]!.type === "person" ? { a: body.a, b: body.b, entry: body.entry } : bracket ? nameAfter(p + 1, strict, true) : nameAfter(p, strict);
      if (!name && body && D.entries[body.entry]!.type === "gpe" && p + 1 < n && toks[p]!.gap === " " && toks[p + 1]!.gap === " " && T.postPreps.has(toks[p]!.key)) {
        // "Đại sứ Bolivia tại Liên hợp quốc Diego Pary": the post's place between the state and the name
        const at = cover[p + 1]!;
        const post = at >= 0 && hits[at]!.a === p + 1 ? hits[at]! : null;
        if (post && D.entries[post.entry]!.type !== "person") name = nameAfter(post.b, strict);
      }
      const s = toks[former ? a - 1 : a]!.start;
      if (org && of) this.impliedOrg(org, of, toks[a]!.start, toks[b - 1]!.end, addEntry);
      if (poss || plural) return;
      if (name) {
        const entry = name.entry;
        if (entry !== undefined && role && !noHolder) {
          const roles = D.entries[entry]!.roles ?? [];
          if (roles.length && !roles.some((r) => r.role === role)) {
            // "đặc phái viên của Tổng thống Mỹ Steve Witkoff": the name is not this office's holder
            if (of) resolveRole(i0, role, of, former, s, toks[(body && body.entry !== entry ? body.b : b) - 1]!.end);
            return;
          }
        }
        const end = toks[name.b - 1]!.end;
        const r = role && !noHolder ? { role, of } : undefined;
        if (entry !== undefined) {
          addEntry(entry, s, end, r);
          if (r) titled.push({ start: s, end, actor: D.entries[entry]!.id, role: r.role, of, former });
        } else {
          const na = nameActor(name.a, name.b, of);
          if (na.entry !== undefined) addEntry(na.entry, s, end, r);
          else found.push({ id: na.actor.id, actor: na.actor, start: s, end, role: r });
        }
        if (r) lastRole = r;
        return;
      }
      // "cuộc họp ngoại trưởng EU": the members of an organisation meeting, not its own office holder
      const members = !!body && D.entries[body.entry]!.type === "org" && phraseBefore(toks, former ? a - 1 : a, T.gatherings);
      if (role && of && !noHolder && !members) {
        resolveRole(i0, role, of, former, s, toks[(body ? body.b : b) - 1]!.end);
        lastRole = { role, of };
      }
    };

    for (let i = 0; i < n; i++) {
      const hc = cover[i]!;
      if (hc >= 0 && hits[hc]!.a === i && !titleCover[i]) {
        // a person named without a title: the office they hold that day, for "người đồng cấp"
        const e = D.entries[hits[hc]!.entry]!;
        if (e.type === "person" && e.roles?.length) {
          const roleOn = (date: string | null) => (date ? e.roles!.find((x) => x.start && x.start <= date && (!x.end || date <= x.end)) : undefined);
          const r = roleOn(dated(i, (d) => String(e.roles!.indexOf(roleOn(d)!))));
          if (r) lastRole = { role: r.role, of: r.of };
        }
      }
      const tp = titleAt[i];
      if (tp) {
        handleRole(i, i, i + tp.keys.length, tp.value.role, tp.value.of ?? null, tp.value.org ?? null, true, tp.value);
        continue;
      }
      const lx = lex[i]!;
      const lead = T.leaders.match(lx.leader, toks, i);
      if (lead && cover[i]! < 0) {
        const b = i + lead.keys.length;
        const body = bodyAfter(b);
        if (body) {
          const e = D.entries[body.entry]!;
          const role = e.type === "gpe" ? (e.leader_role ?? "head_of_state") : (e.leader_role ?? T.leaderOf.get(e.id) ?? null);
          if (role) handleRole(i, i, b, role, ofEntity(e), null, false, null);
        }
        continue;
      }
      const cp = T.counterparts.match(lx.counterpart, toks, i);
      if (cp && cover[i]! < 0) {
        const b = i + cp.keys.length;
        const body = bodyAfter(b);
        const lr = lastRole as { role: string; of: string | null } | null;
        if (body && D.entries[body.entry]!.type === "gpe") handleRole(i, i, b, lr?.role ?? null, D.entries[body.entry]!.code, null, false, null);
        continue;
      }
      const hon = T.honorifics.match(lx.honorific, toks, i);
      if (hon && !titleCover[i]) {
        const b = i + hon.keys.length;
        const nm = nameAfter(b, false);
        if (nm && nm.entry === undefined && toks[b]!.gap === " ") {
          const na = nameActor(nm.a, nm.b, null);
          const end = toks[nm.b - 1]!.end;
          if (na.entry !== undefined) addEntry(na.entry, toks[nm.a]!.start, end);
          else found.push({ id: na.actor.id, actor: na.actor, start: toks[nm.a]!.start, end });
        }
        continue;
      }
    }
    // every titled name is known now (only handleRole adds them)
    if (titledOnly) return { actors: [], mentions: [], messages: [], titled, weakActors: [], weakMentions: [] };
    // people named by the dictionary carry their role for "người đồng cấp" only through titles (above)
    // 2b. unknown names of two or more words given by their context: after a noun for a person
    // ("lãnh đạo đối lập María Corina Machado"), in apposition ("Ali Vaez, giám đốc ...") or before
    // a speech verb ("... Ali Vaez nói")
    const inFound = (k: number) => foundCover.over(k) > 0;
    /** Whether a person (a dictionary hit or a name found so far) ends right before token p. */
    const personEndsAt = (p: number): boolean => {
      const c = cover[p - 1] ?? -1;
      if (c >= 0) return hits[c]!.b === p && D.entries[hits[c]!.entry]!.type === "person";
      return foundCover.personEndsAt(toks[p - 1]!.end);
    };
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (!t.cap || t.upper || cover[i]! >= 0 || titleCover[i] || inFound(i)) continue;
      if (i > 0 && toks[i - 1]!.cap && toks[i]!.gap === " ") continue; // inside a longer capitalised run
      const r = unknownName(i, false);
      if (!r || r[1] - r[0] < 2) continue;
      const [a, b] = r;
      let cue = false;
      for (let m = 0; m <= 2 && !cue; m++) {
        if (a - m < 1) break;
        if (m > 0 && (toks[a - m]!.cap || toks[a - m + 1]!.gap !== " ")) break;
        if (toks[a - m]!.gap === " " || m > 0) cue = toks[a]!.gap === " " && phraseBefore(toks, a - m, T.personNouns);
      }
      // a list of people: after "gồm" with a noun for people before it in the sentence ("Ba con tin
      // được thả gồm Eli Sharabi, ..."), or after a person and a comma or "và" ("..., Ohad Ben Ami và Or Levy")
      if (!cue && toks[a]!.gap === " ") cue = this.listIntro(toks, a, sentOf);
      if (!cue && toks[a]!.gap === ",") cue = personEndsAt(a);
      if (!cue && toks[a]!.gap === " " && a >= 2 && toks[a - 1]!.key === "và" && toks[a - 1]!.gap === " ") cue = personEndsAt(a - 1);
      const nx = toks[b];
      if (!cue && nx && nx.gap === "," && phraseAt(toks, b, T.personNouns)) cue = true;
      if (!cue && nx && nx.gap === " " && phraseAt(toks, b, T.speechVerbs)) cue = true;
      if (!cue) continue;
      const na = nameActor(a, b, null);
      const end = toks[b - 1]!.end;
      if (na.entry !== undefined) addEntry(na.entry, t.start, end);
      else found.push({ id: na.actor.id, actor: na.actor, start: t.start, end });
      i = b - 1;
    }
    // 2d. names the dictionary lacks, found by their shape and the noun before them (shapes.ts)
    this.namesByShape(doc.text, toks, lex, cover, hits, titleCover, found, derived, nameActor, addEntry);
    let main: string | null | undefined;
    const mainState = (): string | null => {
      if (main !== undefined) return main;
      const count = new Map<string, number>();
      for (const h of hits) {
        const e = D.entries[h.entry]!;
        if (!h.weak && e.type === "gpe" && e.code) count.set(e.code, (count.get(e.code) ?? 0) + 1);
      }
      const top = [...count].sort((x, y) => y[1] - x[1]);
      main = top[0] && top[0][1] >= 2 && (!top[1] || top[0][1] > top[1][1]) ? top[0][0] : null;
      return main;
    };
    // 2c. bodies named without their state ("cuộc họp Hội đồng An ninh Quốc gia", "Phủ Tổng thống"):
    // the state named nearest in the same sentence completes them when the dictionary has that body
    for (let i = 0; i < n; i++) {
      const bb = T.bareBodies.match(lex[i]!.bareBody, toks, i);
      if (!bb || !toks[i]!.cap) continue;
      const b = i + bb.keys.length;
      let free = true;
      // a title inside the body's name ("Phủ Tổng thống") is part of it
      for (let k = i; k < b && free; k++) free = cover[k]! < 0 && (k > i || !titleCover[k]) && !inFound(k);
      // a state or another capitalised word right after: the body is named in full or is something else
      const nx = toks[b];
      const nxHit = nx ? (cover[b] ?? -1) : -1;
      const person = nxHit >= 0 ? D.entries[hits[nxHit]!.entry]!.type === "person" : !!nx && foundCover.personOver(b) > 0;
      // (a state's body in lower case after it is whose body it is: "Bộ Tổng tham mưu quân đội Syria")
      const generic = nxHit >= 0 && hits[nxHit]!.a === b && !!hits[nxHit]!.generic;
      if (!free || (nx && nx.gap === " " && (nx.cap || nxHit >= 0) && !person && !generic)) continue;
      // (none in the sentence: the state the article names most, clearly more than any other)
      const code = this.nearestState(toks, hits, foundCover, sents[sentOf[i]!], i, b) ?? mainState();
      if (code) this.impliedOrg(bb.value + " {state}", code, toks[i]!.start, toks[b - 1]!.end, addEntry);
      i = b - 1;
    }
    // a surname alone that a known person and a person the article introduced share ("Ngoại trưởng Colombia
    // Luis Gilberto Murillo ... Ông Murillo"): the article's person, unless it names the known one in full
    if (derivedSurnames.size) {
      const full = new Set<number>();
      for (const h of hits) if (h.b - h.a >= 2) full.add(h.entry);
      for (const f of found) {
        const e = D.byId.get(f.id);
        if (e !== undefined) full.add(e);
      }
      for (const h of hits) {
        if (h.weak || h.b - h.a !== 1 || full.has(h.entry)) continue;
        // (a body's one-word name after "ông", "bà": "Bà Wagner")
        const ty = D.entries[h.entry]!.type;
        const honoured = h.a > 0 && toks[h.a]!.gap === " " && !!T.honorifics.match(lex[h.a - 1]!.honorific, toks, h.a - 1);
        if (ty !== "person" && !((ty === "org" || ty === "media") && honoured)) continue;
        const d = derivedSurnames.get(toks[h.a]!.key);
        if (!d) continue;
        found.push({ id: d, actor: derived.get(d)!, start: toks[h.a]!.start, end: toks[h.a]!.end });
        h.weak = true;
      }
    }
    // 3. surnames of people named in the article, written alone ("Theo Zakharova")
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (!t.cap || cover[i]! >= 0 || titleCover[i] || t.key.length < 3) continue;
      if (toks[i + 1]?.cap && toks[i + 1]!.gap === " ") continue; // part of a longer name
      const e = surnames.get(t.key);
      if (e !== undefined && e >= 0 && !(foundCover.over(i) >= t.end)) {
        found.push({ id: D.entries[e]!.id, actor: entryActor(e), start: t.start, end: t.end });
        continue;
      }
      const d = derivedSurnames.get(t.key);
      if (d && !(foundCover.over(i) >= t.end)) found.push({ id: d, actor: derived.get(d)!, start: t.start, end: t.end });
    }
    const absorbed = new Set<Hit>();
    // a body's one-word name inside a person's name found so far ("Thérèse Kayikwamba Wagner") is no mention of it
    for (const h of hits) {
      const ty = D.entries[h.entry]!.type;
      // (not the body of the title before the name: "Ngoại trưởng EU Kaja Kallas")
      if (!h.weak && h.b - h.a === 1 && (ty === "org" || ty === "media") && !(h.a > 0 && titleCover[h.a - 1]) && foundCover.personOver(h.a) >= toks[h.a]!.end) absorbed.add(h);
    }
    // an office named with its holder ("Tổng thư ký NATO Mark Rutte") is the person's title, not an actor
    for (const h of hits) {
      if (!D.entries[h.entry]!.office) continue;
      const nx = cover[h.b] ?? -1;
      const personNext = nx >= 0 && hits[nx]!.a === h.b && D.entries[hits[nx]!.entry]!.type === "person";
      // a person found over the office's first word and reaching past its end
      if (personNext || foundCover.personOver(h.a) > toks[h.b - 1]!.end) {
        h.weak = true;
        // the body the office belongs to is named all the same ("Tổng thư ký Liên hợp quốc António Guterres": the UN)
        const par = D.entries[h.entry]!.parent;
        const pe = par ? D.byId.get(par) : undefined;
        if (pe !== undefined) inner.push({ a: h.a, b: h.b, entry: pe, weak: false });
      }
    }
    // the page's own masthead opening the lead ("(Dân trí) -", "VOV.VN -") is a dateline, not a source
    const dl = mastheadDateline(doc);
    if (dl) for (const h of hits) if (D.entries[h.entry]!.type === "media" && toks[h.a]!.start >= dl.start && toks[h.b - 1]!.end <= dl.end) h.weak = true;
    // a body spelled out before its acronym ("Cơ quan Liên Hợp Quốc về cứu trợ ... (UNRWA)"): the
    // parent body named inside that name is part of it, not a mention of its own
    for (const h of hits) {
      const par = D.entries[h.entry]!.parent;
      const pe = par ? D.byId.get(par) : undefined;
      // (a state inside the name stays a mention, as in any body's name: "Đảng ... Venezuela (PSUV)")
      if (pe === undefined || D.entries[pe]!.type === "gpe" || h.a === 0 || toks[h.a]!.gap !== "(" || !(toks[h.b]?.gap.startsWith(")") ?? false)) continue;
      for (const g of hits) {
        if (g.entry !== pe || g.b > h.a || h.a - g.b > 15 || sentOf[g.a] !== sentOf[h.a]) continue;
        let plain = true;
        for (let k = g.b; k < h.a && plain; k++) plain = toks[k]!.gap === " " && !toks[k]!.spacedDash;
        if (plain) g.weak = true;
      }
    }
    // 3b. a person written by one word before the article names them in full ("Phó Tổng thống Machar ...
    // Riek Machar"), or by a surname the dictionary has in an alias only ("Salva Kiir" of Salva Kiir
    // Mayardit, "ông Kiir"): the one person of the article with that surname
    this.mergeSurnames(found, hits, derived);
    // 4. assemble: actors in order of first mention, mentions by position
    const strong = new Set<number>(hits.filter((h) => !h.weak && !h.generic && !absorbed.has(h)).map((h) => h.entry));
    for (const f of found) {
      const e = D.byId.get(f.id);
      if (e !== undefined) strong.add(e);
    }
    // a generic body named only in lower case ("quân Nga", "chính phủ Nga") stands for its state;
    // a group, alliance or organisation of no state is named by it all the same ("phong trào
    // Hamas", "khối NATO", "al-Qaeda")
    for (const h of hits) {
      const e = D.entries[h.entry]!;
      if (!h.generic || strong.has(h.entry) || e.type !== "org") continue;
      const st = e.code ? D.states.get(e.code) : undefined;
      if (st !== undefined) h.entry = st;
    }
    for (const h of hits) if (!h.weak && !absorbed.has(h)) strong.add(h.entry);
    const mentions: Mention[] = [];
    const mentioned = new Set<string>();
    const mention = (actor: string, start: number, end: number) => {
      mentioned.add(`${actor}\u0000${start}\u0000${end}`);
      mentions.push({ actor, text: doc.text.slice(start, end), start, end });
    };
    // a state named only after a noun for its people or goods: a weak mention, which the events stage may
    // take as a side (the record lists the state only then)
    const weakMentions: Mention[] = [];
    const weakActors = new Map<string, Actor>();
    for (const h of hits) {
      if (absorbed.has(h)) continue;
      if (h.weak && !strong.has(h.entry)) {
        if (h.group) {
          const a = entryActor(h.entry);
          weakActors.set(a.id, a);
          weakMentions.push({ actor: a.id, text: doc.text.slice(toks[h.a]!.start, toks[h.b - 1]!.end), start: toks[h.a]!.start, end: toks[h.b - 1]!.end });
        }
        continue;
      }
      mention(D.entries[h.entry]!.id, toks[h.a]!.start, toks[h.b - 1]!.end);
    }
    const actorsById = new Map<string, Actor>();
    for (const h of hits) if ((!h.weak || strong.has(h.entry)) && !absorbed.has(h)) actorsById.set(D.entries[h.entry]!.id, entryActor(h.entry));
    for (const h of inner) {
      actorsById.set(D.entries[h.entry]!.id, entryActor(h.entry));
      mention(D.entries[h.entry]!.id, toks[h.a]!.start, toks[h.b - 1]!.end);
    }
    for (const f of found) {
      actorsById.set(f.id, f.actor);
      if (!mentioned.has(`${f.id}\u0000${f.start}\u0000${f.end}`)) mention(f.id, f.start, f.end);
    }
    // the code each entry acts under on the article's day ("Mark Rutte": NLD as prime minister, NATO as its Secretary General)
    // (a decision: the analysis is reused under another day giving the same codes)
    const onDay: Entry[] = [];
    for (const id of actorsById.keys()) {
      const e = D.byId.get(id);
      if (e !== undefined && (D.entries[e]!.codes?.length || (D.entries[e]!.type === "person" && D.entries[e]!.roles?.length))) onDay.push(D.entries[e]!);
    }
    if (onDay.length) {
      const decide = (d: string | null) => onDay.map((e) => codeOn(e, d) ?? "").join(" ");
      const day = refDay(doc);
      decisions.push({ sent: undefined, at: 0, key: decide(day), decide });
      for (const e of onDay) {
        const a = actorsById.get(e.id)!;
        const code = codeOn(e, day);
        if (code !== null && code !== a.code) actorsById.set(e.id, { ...a, code });
      }
    }
    // a seat standing for the body seated there ("Brussels" in an article naming the EU): the body's code
    const codes = new Set<string>();
    for (const a of actorsById.values()) if (a.code && a.type !== "place") codes.add(a.code);
    for (const [id, a] of actorsById) {
      const e = D.byId.get(id);
      const seat = e !== undefined ? D.entries[e]!.seat_of?.find((c) => codes.has(c)) : undefined;
      if (seat) actorsById.set(id, { ...a, code: seat });
    }
    mentions.sort((x, y) => x.start - y.start || y.end - x.end || (x.actor < y.actor ? -1 : 1));
    const order = new Set<string>();
    for (const m of mentions) order.add(m.actor);
    // (a weak mention inside a mention of another actor, or of a state named after all, is none)
    // (one sweep: both lists are in text order, the furthest end of the mentions begun so far)
    weakMentions.sort((x, y) => x.start - y.start);
    let k = 0;
    let reach = -1;
    const weak = weakMentions.filter((w) => {
      for (; k < mentions.length && mentions[k]!.start <= w.start; k++) reach = Math.max(reach, mentions[k]!.end);
      return !actorsById.has(w.actor) && reach < w.end;
    });
    return { actors: [...order].map((id) => actorsById.get(id)!), mentions, messages, titled, weakActors: [...new Set(weak.map((w) => w.actor))].map((id) => weakActors.get(id)!), weakMentions: weak };
  }

  /**
   * A person the passes made of one word the dictionary lacks ("Machar", "Kiir") is the one person of the
   * article whose surname it is: a name of two words or more found in the text (its last word; its first
   * for a state writing the family name first), or a dictionary person named in it (the last word of its
   * name or of an alias of two words or more). Two such people, or another state, keep it apart.
   */
  private mergeSurnames(found: Found[], hits: readonly Hit[], derived: Map<string, Actor>): void {
    const D = this.dict;
    const single = found.filter((f) => f.actor.type === "person" && D.byId.get(f.id) === undefined && !f.id.includes("_"));
    if (!single.length) return;
    const byKey = new Map<string, Actor | null>();
    const add = (key: string | undefined, a: Actor) => {
      if (!key || key.length < 3) return;
      const prior = byKey.get(key);
      byKey.set(key, prior === undefined || prior?.id === a.id ? a : null);
    };
    const words = (s: string) => tokenize(canonicalTones(s.normalize("NFC"))).filter((t) => t.cap);
    const people = new Map<string, { actor: Actor; names: string[] }>();
    const entryPerson = (i: number) => {
      const e = D.entries[i]!;
      if (e.type === "person") people.set(e.id, { actor: { id: e.id, name: e.name, type: e.type, code: e.code ?? null }, names: [e.name, ...(e.aliases ?? [])] });
    };
    for (const h of hits) if (!h.weak) entryPerson(h.entry);
    for (const f of found) {
      const e = D.byId.get(f.id);
      if (e !== undefined) entryPerson(e);
      else if (f.actor.type === "person" && f.id.includes("_")) people.set(f.id, { actor: f.actor, names: [f.actor.name] });
    }
    for (const { actor, names } of people.values()) {
      for (const nm of names) {
        const w = words(nm);
        if (w.length < 2) continue;
        add(w[w.length - 1]!.key, actor);
        if (actor.code && this.titles.familyNameFirst.has(actor.code)) add(w[0]!.key, actor);
      }
    }
    for (const f of single) {
      const w = words(f.actor.name);
      const to = w.length === 1 ? byKey.get(w[0]!.key) : undefined;
      if (!to || (f.actor.code && to.code && f.actor.code !== to.code)) continue;
      derived.delete(f.id);
      f.id = to.id;
      f.actor = to;
    }
  }

  /**
   * Whether a dictionary name starts inside hit h and ends after it, longer than h ("Tổng thống Mỹ Latin…"),
   * or as long when h opens with a common noun ("các nước Mỹ Latin": "Mỹ Latin", not "nước Mỹ"). Looks at h's
   * own words only.
   */
  private longerInside(toks: readonly Token[], h: Hit, initial: Uint8Array, lex: readonly KeyLex[], fold: boolean): boolean {
    for (let k = h.a + 1; k < h.b; k++) {
      if (toks[k]!.gap !== " ") continue;
      const x = this.matchAt(toks, k, initial[k] === 1, toks.length, lex[k], fold);
      // (as long as h, when h begins with a common noun and the other with a name: "nước Mỹ" / "Mỹ Latin")
      if (x && x.b > h.b && (x.b - x.a > h.b - h.a || (x.b - x.a === h.b - h.a && !toks[h.a]!.cap && toks[k]!.cap))) return true;
    }
    return false;
  }

  /**
   * The state a body's name holds ("Lực lượng Phòng vệ Guyana", "Công ty Điện lực Tokyo"): the one code of
   * the states named inside tokens [a, b), else of the places; null when none or several.
   */
  private codeWithin(hits: readonly Hit[], a: number, b: number): string | null {
    for (const type of ["gpe", "place"] as const) {
      const codes = new Set<string>();
      for (const h of hits) {
        const e = this.dict.entries[h.entry]!;
        if (h.a >= a && h.b <= b && e.type === type && e.code) codes.add(e.code);
      }
      if (codes.size) return codes.size === 1 ? [...codes][0]! : null;
    }
    return null;
  }

  /**
   * Whether a name of two or more words ending in a known person's surname is someone else: a state given
   * with it that is not that person's ("Ngoại trưởng Colombia Luis Gilberto Murillo" is not Rosario Murillo
   * of Nicaragua), or given names in a foreign spelling none of which has the initial of that person's
   * ("Luis Gilberto" / "Rosario"; "Sheikh Mohammed" may be "Mohammed bin Abdulrahman").
   */
  private otherPerson(toks: readonly Token[], a: number, b: number, e: Entry, code: string | null): boolean {
    if (code && e.code && code !== e.code) return true;
    let given = 0;
    for (let k = a; k < b; k++) {
      const t = toks[k]!;
      if (this.titles.particles.has(t.key)) continue; // "Al Thani", "bin", "de"
      if (!t.cap || t.upper || isVietnameseSyllable(t.text) || sameInitial(t.fkey, e.name)) return false;
      given++;
    }
    return given > 0;
  }

  /**
   * Names the dictionary lacks, by their shape and the noun before them (`shapes.ts`), and
   * organisations spelled out before an acronym: added to `found` (people through `nameActor`, so
   * that their surname alone is linked later; others with the id of their written form).
   */
  private namesByShape(
    text: string,
    toks: readonly Token[],
    lex: readonly KeyLex[],
    cover: Int32Array,
    hits: Hit[],
    titleCover: Uint8Array,
    found: Found[],
    derived: Map<string, Actor>,
    nameActor: (a: number, b: number, code: string | null) => { entry?: number; actor: Actor },
    addEntry: (entry: number, start: number, end: number) => void,
  ): void {
    const T = this.titles;
    const D = this.dict;
    // tokens inside the actors found so far (one sweep, instead of a search of `found` per token)
    if (this.inside.length < toks.length) this.inside = new Uint8Array(Math.max(toks.length, this.inside.length * 2));
    const inside = this.inside;
    inside.fill(0, 0, toks.length);
    for (const f of found) {
      let lo = 0;
      let hi = toks.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid]!.start < f.start) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < toks.length && toks[q]!.start < f.end; q++) inside[q] = 1;
    }
    const input = {
      toks,
      cover,
      hits,
      titleCover,
      taken: (q: number) => inside[q] === 1,
      nouns: lex,
    };
    const derive = (name: string, type: Actor["type"], code: string | null): Actor => {
      const id = name.replace(/ /g, "_");
      let actor = derived.get(id);
      if (!actor) derived.set(id, (actor = { id, name, type, code }));
      return actor;
    };
    const defs = acronymDefinitions(input, T, D);
    const names = namesByShape(input, T, D);
    // names whose type a noun or their last word gives first: "gần Tell Abyad ... các thị trấn Tell
    // Abyad" is a place named twice, not a person then a place
    names.sort((x, y) => Number(y.typed) - Number(x.typed) || x.a - y.a);
    for (const s of names) {
      const start = toks[s.a]!.start;
      const end = toks[s.b - 1]!.end;
      const known = s.typed ? undefined : derived.get(text.slice(start, end).replace(/\s+/g, " ").replace(/ /g, "_"));
      if (known && known.type !== "person") found.push({ id: known.id, actor: known, start, end });
      else if (s.type === "person") {
        const na = nameActor(s.a, s.b, s.code);
        if (na.entry !== undefined) addEntry(na.entry, start, end);
        else found.push({ id: na.actor.id, actor: na.actor, start, end });
      } else {
        // a short form of a place or body named in full in the article ("Rio" after "Rio de Janeiro")
        const full = s.b - s.a === 1 ? this.fullFormIn(hits, toks[s.a]!.key, s.type) : -1;
        const actor = full >= 0 ? { id: D.entries[full]!.id, name: D.entries[full]!.name, type: D.entries[full]!.type, code: D.entries[full]!.code ?? null } : derive(text.slice(start, end).replace(/\s+/g, " "), s.type, s.code);
        found.push({ id: actor.id, actor, start, end });
      }
    }
    for (const d of defs) {
      // a name the dictionary lacks before an acronym it knows for a body of the same state, or of none named there
      // ("Cục Tình báo Trung ương Mỹ (CIA)"): that body, not a new one
      let entry = d.entry;
      const at = cover[d.at]!;
      if (entry < 0 && at >= 0 && hits[at]!.b - hits[at]!.a === 1) {
        const k = D.entries[hits[at]!.entry]!;
        const states = hits.filter((h) => h.a >= d.a && h.b <= d.b && D.entries[h.entry]!.type === "gpe").map((h) => D.entries[h.entry]!.code);
        if ((k.type === "org" || k.type === "media") && states.every((c) => c === k.code)) entry = hits[at]!.entry;
      }
      const e = entry >= 0 ? D.entries[entry]! : null;
      const actor: Actor = e ? { id: e.id, name: e.name, type: e.type, code: e.code ?? null } : derive(d.acronym, "org", this.codeWithin(hits, d.a, d.b));
      if (!e) found.push({ id: actor.id, actor, start: toks[d.a]!.start, end: toks[d.b - 1]!.end });
      // names the dictionary knows inside the name being defined are parts of it ("Đảng Cộng hòa" of
      // "Đảng Cộng hòa Nhân dân (CHP)"); states stay mentions
      for (const h of hits) if (h.a >= d.a && h.b <= d.b && h.entry !== d.entry && D.entries[h.entry]!.type !== "gpe") h.weak = true;
      // every use of the acronym in the article names it, whatever the dictionary gives the acronym to
      const c = cover[d.at]!;
      const known = c >= 0 ? hits[c]!.entry : -1;
      for (let k = 0; k < toks.length; k++) {
        if (toks[k]!.text !== d.acronym) continue;
        const h = cover[k]! >= 0 ? hits[cover[k]!]! : null;
        if (h && (h.entry !== known || h.b - h.a !== 1)) continue;
        if (h) h.weak = true;
        found.push({ id: actor.id, actor, start: toks[k]!.start, end: toks[k]!.end });
      }
    }
  }

  /**
   * The entry of the article's dictionary hits of type `type` whose name of two or more words
   * starts with word key `key` ("Rio" → Rio de Janeiro when the article names it), or -1.
   */
  private fullFormIn(hits: readonly Hit[], key: string, type: Actor["type"]): number {
    let found = -1;
    for (const h of hits) {
      if (h.weak || h.entry === found) continue;
      const e = this.dict.entries[h.entry]!;
      if (e.type !== type) continue;
      for (const f of [e.name, ...(e.aliases ?? [])]) {
        const ks = tokenize(matchKey(f));
        if (ks.length >= 2 && ks[0]!.key === key) {
          if (found >= 0) return -1; // two such names: unsure
          found = h.entry;
          break;
        }
      }
    }
    return found;
  }

  /** Whether the words before token a are a list intro ("gồm") after a noun for people in the same sentence. */
  private listIntro(toks: readonly Token[], a: number, sentOf: Int32Array): boolean {
    const T = this.titles;
    let k = -1;
    for (let w = 1; w <= 2 && k < 0; w++) if (phraseBefore(toks, a, T.listIntros, w) && a - w > 0) k = a - w;
    if (k < 0) return false;
    for (let j = k - 1; j >= 0 && j >= k - 8 && sentOf[j] === sentOf[a]; j--) {
      if (toks[j + 1]!.gap !== " ") break;
      if (phraseBefore(toks, j + 1, T.personNouns, 2)) return true;
    }
    return false;
  }

  /**
   * The state named nearest to tokens [a, b) inside sentence `sent`: a state, or the state of a
   * person, body or place named there ("Tổng thống Hàn Quốc Choi Sang-mok", "thủ đô Khartoum").
   */
  private nearestState(toks: readonly Token[], hits: readonly Hit[], found: FoundCover, sent: Span | undefined, a: number, b: number): string | null {
    if (!sent) return null;
    const D = this.dict;
    const from = toks[a]!.start;
    const to = toks[b - 1]!.end;
    let best: string | null = null;
    let bestD = Infinity;
    const consider = (code: string | null | undefined, s: number, e: number) => {
      if (!code || !D.states.has(code) || s < sent.start || e > sent.end) return;
      const d = e <= from ? from - e : s >= to ? s - to : Infinity;
      if (d < bestD) {
        bestD = d;
        best = code;
      }
    };
    // only the hits (sorted by token) and found names starting inside the sentence can count
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (toks[hits[mid]!.a]!.start < sent.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hits.length && toks[hits[k]!.a]!.start <= sent.end; k++) {
      const h = hits[k]!;
      if (h.weak) continue;
      const e = D.entries[h.entry]!;
      consider(e.type === "gpe" ? e.code : (e.gov ?? e.code), toks[h.a]!.start, toks[h.b - 1]!.end);
    }
    for (const f of found.startingIn(sent.start, sent.end)) consider(f.actor.code, f.start, f.end);
    return best;
  }

  /** "Thư ký Hội đồng An ninh" of RUS ⇒ the body "Hội đồng An ninh Nga" if the dictionary has it. */
  private impliedOrg(template: string, of: string, start: number, end: number, add: (e: number, s: number, t: number) => void): void {
    const st = this.dict.states.get(of);
    if (st === undefined) return;
    const e = this.dict.entries[st]!;
    for (const adj of [...(e.adjective ?? []), ...(e.aliases ?? [])]) {
      const phrase = template.replace("{state}", adj);
      const toks = tokenize(matchKey(phrase)).map((t, k) => (k === 0 ? { ...t, cap: true } : t));
      const h = this.matchAt(toks, 0, false);
      if (h && h.b === toks.length) {
        add(h.entry, start, end);
        return;
      }
    }
  }

  private timexIndex: { of: readonly Timex[]; ix: SpanIndex<Timex> } | null = null;

  /** The ISO day governing token offset `at`: a dated timex of its sentence (nearest before, else after), else the reference date. */
  dateFor(doc: Pick<Doc, "timexes" | "referenceDate" | "article" | "source">, sent: Span | undefined, at: number): string | null {
    const ref = refDay(doc);
    if (sent) {
      let best: Timex | null = null;
      let bestD = Infinity;
      // the sentence's timexes, found by binary search (linear time on long documents)
      if (this.timexIndex?.of !== doc.timexes) this.timexIndex = { of: doc.timexes, ix: new SpanIndex(doc.timexes) };
      for (const t of this.timexIndex.ix.within(sent.start, sent.end)) {
        if (t.type !== "DATE" || t.start < sent.start || t.end > sent.end) continue;
        const d = t.start <= at ? at - t.start : (t.start - at) * 2;
        if (d < bestD && dayOf(t.value, ref)) {
          best = t;
          bestD = d;
        }
      }
      if (best) return dayOf(best.value, ref);
    }
    return ref;
  }
}

function refDay(doc: Pick<Doc, "referenceDate" | "article" | "source">): string | null {
  for (const v of [doc.referenceDate?.value, doc.article?.published, doc.source?.fetched_at]) {
    if (v && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  }
  return null;
}

/** A TIMEX3 value as a day: "2022-01" → "2022-01-15", "2022" → "2022-07-01", "XXXX-02-05" → the reference year. */
export function dayOf(value: string, ref: string | null): string | null {
  let v = value;
  if (v.startsWith("XXXX")) {
    if (!ref) return null;
    v = ref.slice(0, 4) + v.slice(4);
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-15`;
  m = /^(\d{4})$/.exec(v);
  if (m) return `${m[1]}-07-01`;
  return null;
}

/** Whether a given name (folded word key) starts as the dictionary name's first word does ("Alexander" / "Aleksandar Vučić"). */
function sameInitial(key: string, name: string): boolean {
  const first = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return !!key && first.startsWith(key[0]!);
}

/** Whether some word of tokens [a, b) cannot be a Vietnamese syllable (a name spelled in a foreign way). */
function foreignName(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (/^\p{L}+$/u.test(toks[k]!.text) && !isVietnameseSyllable(toks[k]!.text)) return true;
  return false;
}

/** Sentence spans: the sentences stage's, else a simple split on end punctuation and line breaks. */
export function sentenceSpans(doc: Pick<Doc, "text" | "sentences">): Span[] {
  if (doc.sentences.length) return doc.sentences;
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of doc.text.matchAll(re)) {
    const base = m.index;
    const para = m[0];
    let s = 0;
    const end = /[.!?…]+["”’»)]*\s+(?=["“‘«(]?\p{Lu})/gu;
    for (const e of para.matchAll(end)) {
      const cut = e.index + e[0].trimEnd().length;
      out.push({ start: base + s, end: base + cut });
      s = e.index + e[0].length;
    }
    if (s < para.length) out.push({ start: base + s, end: base + para.length });
  }
  return out;
}

/**
 * The bare masthead dateline opening the article's first paragraph ("(Dân trí) - ", "VOV.VN - ",
 * "TTO - "), as a span of `doc.text`, or null. A dateline with a place first ("MOSCOW (Sputnik) -")
 * credits an agency's report and is not matched.
 */
export function mastheadDateline(doc: Pick<Doc, "text" | "article">): Span | null {
  const title = doc.article?.title;
  const off = title && doc.text.startsWith(title) ? title.length + 2 : 0;
  const m = /^(?:\(\s*[^()\n]{2,30}?\s*\)|[\p{L}\d.&+]{2,24})\s*[-–—:]\s/u.exec(doc.text.slice(off, off + 60));
  return m ? { start: off, end: off + m[0].length } : null;
}
