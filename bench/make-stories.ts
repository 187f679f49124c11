/**
 * A synthetic news stream with stories in it, written straight to a store (no analysis): our own
 * random words and names, deterministic. Stories run between two or three sides for weeks to a
 * year, each with its words and a place; their happenings (talks, threats, strikes...) are
 * reported by several outlets over the following days, at different precisions (a day, the
 * month, no date of their own), so the store has lines to merge and threads to keep as articles
 * arrive in time order. Some articles are syndicated copies of others.
 *   node dist/bench/make-stories.js [--db FILE|URL] [--n 1000000]
 */
import type { Actor, EventRecord, Mention } from "../src/envelope/types.js";
import { syntheticPrepared } from "../src/serve/synthetic.js";
import type { PreparedArticle, Store } from "../src/store/store.js";
import { fillStoreCli, rng, VOCAB, writeArticles, zipfWord } from "./make-corpus.js";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const STATUSES: EventRecord["status"][] = ["occurred", "occurred", "occurred", "occurred", "ongoing", "planned", "proposed", "denied"];

/** States with their leader and their capital, named in our own syllables. */
const STATES = 80;
export const STORY_ACTORS: Actor[] = (() => {
  const r = rng(99);
  const name = (k: number) => Array.from({ length: k }, () => VOCAB[Math.floor(r() * 4000)]!.split(" ")[0]!).join(" ");
  const out: Actor[] = [];
  for (let i = 0; i < STATES; i++) {
    const code = "S" + String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26));
    const n = name(2);
    out.push({ id: `State_${i}`, name: `nước ${n}`, type: "gpe", code });
    out.push({ id: `Leader_${i}`, name: `ông ${name(3)}`, type: "person", code });
    out.push({ id: `Capital_${i}`, name: `thủ đô ${n}`, type: "place", code });
  }
  return out;
})();
const state = (i: number) => STORY_ACTORS[i * 3]!;
const leader = (i: number) => STORY_ACTORS[i * 3 + 1]!;
const capital = (i: number) => STORY_ACTORS[i * 3 + 2]!;

const DAY0 = Date.UTC(2015, 0, 1) / 86400000;
const DAYS = 11 * 365;
const dayStr = (d: number) => new Date((DAY0 + d) * 86400000).toISOString().slice(0, 10);

interface SynStory {
  sides: number[];
  words: string[];
  place: number;
  start: number;
  length: number;
  types: string[];
  weight: number;
}

/** The stories of a corpus of `n` articles: about one per 50 articles, popularity long-tailed. */
export function makeStories(n: number): SynStory[] {
  const r = rng(4242);
  const count = Math.max(20, Math.round(n / 50));
  return Array.from({ length: count }, () => {
    const a = Math.floor(r() * STATES);
    let b = Math.floor(r() * STATES);
    if (b === a) b = (a + 1) % STATES;
    const sides = r() < 0.3 ? [a, b, (b + 1 + Math.floor(r() * (STATES - 2))) % STATES] : [a, b];
    const length = 20 + Math.floor(r() ** 2 * 400);
    return {
      sides,
      words: Array.from({ length: 6 }, () => VOCAB[200 + Math.floor(r() * 8000)]!),
      place: sides[Math.floor(r() * sides.length)]!,
      start: Math.floor(r() * (DAYS - length)),
      length,
      types: Array.from({ length: 3 }, () => TYPES[Math.floor(r() * TYPES.length)]!),
      weight: 1 / (0.5 + r() * 10),
    };
  });
}

/** The happenings of a story: one every few days, between two of its sides. */
function happening(s: SynStory, k: number): { day: number; type: string; a: number; b: number; mode: string | null } {
  const r = rng(s.start * 7919 + k * 104729 + s.sides[0]! * 31);
  const day = s.start + Math.min(s.length - 1, Math.floor(k * 4 + r() * 3));
  const i = Math.floor(r() * s.sides.length);
  const j = (i + 1 + Math.floor(r() * (s.sides.length - 1))) % s.sides.length;
  const type = s.types[Math.floor(r() * s.types.length)]!;
  return { day, type, a: s.sides[i]!, b: s.sides[j]!, mode: type === "CONSULT" && r() < 0.3 ? "phone" : null };
}

/**
 * The i-th article of the stream (articles come in time order): a report on one story, of 1–3
 * of its happenings of the last days, in its words; every 40th is a syndicated copy of the one
 * before it.
 */
export function storyArticle(i: number, stories: readonly SynStory[], cumulative: Float64Array, n: number): PreparedArticle {
  const r = rng(i * 2654435761 + 12345);
  const copy = i % 40 === 39;
  const src = copy ? i - 1 : i;
  const rs = copy ? rng(src * 2654435761 + 12345) : r;
  // The story: by popularity among those running on the article's day.
  const day = Math.floor((src / n) * DAYS);
  let s: SynStory | undefined;
  for (let tries = 0; tries < 40 && !s; tries++) {
    const x = rs() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    const c = stories[lo]!;
    if (day >= c.start && day < c.start + c.length + 5) s = c;
  }
  s ??= stories[Math.floor(rs() * stories.length)]!;
  const reportDay = Math.max(day, s.start);
  const k0 = Math.max(0, Math.floor((Math.min(reportDay, s.start + s.length - 1) - s.start) / 4));
  const hs = Array.from({ length: 1 + Math.floor(rs() * 3) }, (_, j) => happening(s!, Math.max(0, k0 - j)));
  const words = (m: number) => Array.from({ length: m }, () => (rs() < 0.35 ? s!.words[Math.floor(rs() * s!.words.length)]! : zipfWord(rs))).join(" ");
  const title = `${words(8)}`;
  const paragraphs: string[] = [];
  const mentions: Mention[] = [];
  const events: EventRecord[] = [];
  const used = new Set<Actor>();
  let at = title.length + 2;
  hs.forEach((h, k) => {
    const a = rs() < 0.5 ? leader(h.a) : state(h.a);
    const b = state(h.b);
    const where = capital(s!.place);
    const dr = rs();
    const date = dr < 0.7 ? dayStr(h.day) : dr < 0.8 ? dayStr(h.day).slice(0, 7) : null;
    const sentence = `${a.name} ${words(3)} ${b.name} tại ${where.name} ${words(6)}`;
    const p = `${sentence}. ${words(30)}.`;
    for (const [act, off] of [
      [a, sentence.indexOf(a.name)],
      [b, sentence.indexOf(b.name, a.name.length)],
      [where, sentence.lastIndexOf(where.name)],
    ] as const) {
      mentions.push({ actor: act.id, text: act.name, start: at + off, end: at + off + act.name.length });
      used.add(act);
    }
    events.push({
      id: `e${k + 1}`,
      type: h.type,
      mode: h.mode,
      actor: [a.id],
      recipient: [b.id],
      third_party: [],
      location: rs() < 0.6 ? where.id : null,
      date: date && (date.length === 7 || h.day <= reportDay) ? date : null,
      status: STATUSES[Math.floor(rs() * STATUSES.length)]!,
      attribution: [],
      text: sentence,
      start: at,
      end: at + sentence.length,
    });
    paragraphs.push(p);
    at += p.length + 2;
  });
  paragraphs.push(`${words(40)}.`);
  if (copy) paragraphs.push(`Theo nguồn tin số ${i}.`);
  const published = `${dayStr(reportDay)}T08:00+07:00`;
  return syntheticPrepared({ recordId: `story${i}`, url: `https://synthetic.example/tin/${i}`, outlet: `Báo ${i % 37}`, title, lead: null, paragraphs, published, actors: [...used], mentions, events });
}

/** Cumulative popularity of the stories, for drawing one. */
export function popularity(stories: readonly SynStory[]): Float64Array {
  const c = new Float64Array(stories.length);
  let acc = 0;
  stories.forEach((s, i) => (c[i] = acc += s.weight));
  return c;
}

/** Writes articles [from, to) of an `n`-article stream in batches; returns articles per second. */
export async function writeStories(store: Store, from: number, to: number, n: number, onBatch?: (k: number) => void, batch = 500): Promise<number> {
  const stories = makeStories(n);
  const cum = popularity(stories);
  return writeArticles(store, from, to, (k) => storyArticle(k, stories, cum, n), onBatch, batch);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await fillStoreCli("make-stories", { db: "/tmp/thoisu-stories.db", n: "1000000" }, "storage, lines and threads", (store, have, n, onBatch) => writeStories(store, have, n, n, onBatch));
}
