import type { Actor, Doc, Span } from "../envelope/types.js";
import type { TokenIndex } from "../text/cues.js";
import type { Lexicon } from "./lexicon.js";

/** An argument: a mention of one actor, or an anaphor ("hai bên") standing for several. */
export interface Arg extends Span {
  ids: string[];
  codes: string[];
  kind: Actor["type"] | "anaphor";
  /** Memo: named as where something happens or goes (computed once per mention). */
  loc?: boolean;
  /** Memo: named as a source ("theo X", "hãng tin X"). */
  attr?: boolean;
  /** Memo: a state's people, a place in a document's name, the owner of rules said to be broken (no side at all). */
  none?: boolean;
  // (every Arg is made with its three memo fields, undefined until computed: one object shape for
  // the optimising compiler instead of one per order the memos happen to be filled in)
}

/** The actor mentions of a document as arguments, outer mentions only, in text order. */
export function toArgs(doc: Doc, actors: Map<string, Actor>): Arg[] {
  const ms = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Arg[] = [];
  let lastEnd = -1;
  for (const m of ms) {
    if (m.start < lastEnd) continue; // nested or overlapping: keep the outer one
    const a = actors.get(m.actor);
    if (!a) continue;
    out.push({ start: m.start, end: m.end, ids: [a.id], codes: a.code ? [a.code.toUpperCase()] : [], kind: a.type, loc: undefined, attr: undefined, none: undefined });
    lastEnd = m.end;
  }
  return out;
}

/**
 * The weak mentions of a document as arguments, in text order: a state named only after a noun for its
 * people or goods ("áp thuế đối với hàng hóa Canada"). They may be sides of an act of their own sentence,
 * never an antecedent, a partner of the article or a speaker.
 */
export function weakArgs(doc: Doc, actors: Map<string, Actor>): Arg[] {
  const out: Arg[] = [];
  for (const m of doc.weakMentions ?? []) {
    const a = actors.get(m.actor);
    if (a) out.push({ start: m.start, end: m.end, ids: [a.id], codes: a.code ? [a.code.toUpperCase()] : [], kind: a.type, loc: undefined, attr: undefined, none: undefined });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Several arguments as one ("A và B"), standing for all their actors. */
export function mergeArgs(g: readonly Arg[], at?: Span): Arg {
  return {
    start: at ? at.start : g[0]!.start,
    end: at ? at.end : g[g.length - 1]!.end,
    ids: [...new Set(g.flatMap((a) => a.ids))],
    codes: [...new Set(g.flatMap((a) => a.codes))],
    kind: "anaphor",
    loc: undefined,
    attr: undefined,
    none: undefined,
  };
}

/** The arguments lying inside [a, b), from a list sorted by start. */
export function argsIn(args: readonly Arg[], a: number, b: number): Arg[] {
  let lo = 0;
  let hi = args.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (args[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Arg[] = [];
  for (let k = lo; k < args.length && args[k]!.start < b; k++) if (args[k]!.end <= b) out.push(args[k]!);
  return out;
}

/** How many named arguments back `lastBefore` looks for an antecedent. */
const LOOKBACK = 500;

/** The last argument before `pos` that passes `ok` (arguments are in text order). */
export function lastBefore(args: readonly Arg[], pos: number, ok: (a: Arg) => boolean): Arg | null {
  let lo = 0;
  let hi = args.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (args[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  // a capped lookback (an article names a few hundred actors at most): linear time on long documents
  for (let i = lo - 1; i >= Math.max(0, lo - LOOKBACK); i--) if (ok(args[i]!)) return args[i]!;
  return null;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Whether only a joiner stands between two names: "A và B", "A, B", "A - B", "ông A và ông B"
 * (data/events/cues.json coordination).
 */
export function joined(lex: Lexicon, ix: TokenIndex, text: string, from: number, to: number): boolean {
  let i = from;
  const skip = () => {
    while (i < to && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  };
  skip();
  if (i >= to) return true;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 0x2013 || c === 0x2014) {
    i++;
    skip();
  } else {
    const j = lex.joiners.startsWith(ix, i, to);
    if (j) {
      i = ix.ends[ix.firstAfter(i) + j.split(" ").length - 1]!;
      skip();
    }
  }
  if (i >= to) return true;
  const h = lex.honorifics.startsWith(ix, i, to);
  if (h) {
    i = ix.ends[ix.firstAfter(i) + h.split(" ").length - 1]!;
    skip();
  }
  return i >= to;
}

/** Splits arguments into coordinated groups ("A và B", "A-B", "A, B và C"). */
export function groupArgs(lex: Lexicon, ix: TokenIndex, text: string, args: readonly Arg[]): Arg[][] {
  const groups: Arg[][] = [];
  for (const a of args) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && prev.end <= a.start && joined(lex, ix, text, prev.end, a.start)) g.push(a);
    else groups.push([a]);
  }
  return groups;
}

export function isMedia(a: Arg): boolean {
  return a.kind === "media";
}

/** A state named as its people ("công dân Mỹ", "người dân Gaza"): a people word right before it. */
export function isPeople(lex: Lexicon, ix: TokenIndex, a: Arg): boolean {
  return (a.kind === "gpe" || a.kind === "place") && lex.people.endsIn(ix, Math.max(0, a.start - 20), a.start);
}

/**
 * A state's people ("người Mỹ ủng hộ kế hoạch", "người dân Ukraine") are not the state, a
 * place inside a document's name ("Tuyên bố Kuala Lumpur", "Hiệp định Paris") is no side, and neither is
 * the owner of rules said to be broken ("vi phạm các nghị quyết của Hội đồng Bảo an": cues.json brokenRules).
 */
/** A place named as a time zone ("Tối 26-1 (giờ Mỹ)", "theo giờ Washington": cues.json timeZones): no side. */
function timeZone(lex: Lexicon, ix: TokenIndex, text: string, a: Arg): boolean {
  if (lex.timeZones.endsIn(ix, Math.max(0, a.start - 16), a.start)) return true;
  // (the bracket looked for within the few characters before the name only: a long text without one costs no scan)
  const from = Math.max(0, a.start - 12);
  const at = text.slice(from, a.start).lastIndexOf("(");
  const open = at < 0 ? -1 : from + at;
  return open >= 0 && lex.bracketZones.startsWith(ix, open + 1, a.start) !== null && lex.bracketZones.endsIn(ix, open + 1, a.start);
}

/**
 * A state named in brackets right after a name, as where that place lies ("Đài Loan (Trung Quốc)", "Cairo (Ai Cập)",
 * "thành phố Khujand (Tajikistan)"): a locator, no side.
 */
function locator(text: string, a: Arg): boolean {
  let i = a.start - 1;
  while (i >= 0 && text.charAt(i) === " ") i--;
  if (text.charAt(i) !== "(") return false;
  let j = a.end;
  while (j < text.length && text.charAt(j) === " ") j++;
  if (text.charAt(j) !== ")") return false;
  i--;
  while (i >= 0 && text.charAt(i) === " ") i--;
  return i >= 0 && /\p{L}/u.test(text.charAt(i));
}

export function isNonParticipant(lex: Lexicon, ix: TokenIndex, text: string, a: Arg): boolean {
  if (a.none !== undefined) return a.none;
  if (a.kind !== "gpe" && a.kind !== "place") {
    a.none = lex.brokenRules.endsIn(ix, Math.max(0, a.start - 48), a.start);
    return a.none;
  }
  {
    const from = Math.max(0, a.start - 20);
    let none = isPeople(lex, ix, a) || lex.brokenRules.endsIn(ix, Math.max(0, a.start - 48), a.start) || timeZone(lex, ix, text, a) || locator(text, a);
    if (!none && lex.namedDocuments.endsIn(ix, from, a.start)) {
      // only a document's name is capitalised: "Tuyên bố Kuala Lumpur", not "tuyên bố Nga …"
      const k = ix.firstFrom(a.start);
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        if (!lex.namedDocuments.endsIn(ix, ix.starts[j]!, a.start)) continue;
        const first = text.charAt(ix.starts[j]!);
        none = first !== first.toLowerCase();
        break;
      }
    }
    a.none = none;
  }
  return a.none;
}
