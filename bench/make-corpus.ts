/**
 * Writes a synthetic corpus straight to a store (no analysis): N records with actors, mentions
 * and events, our own random words. Never committed; made on demand by bench/store.ts.
 *   node dist/bench/make-corpus.js [--db FILE|URL] [--n 100000]
 */
import { parseArgs } from "node:util";
import type { Actor, EventRecord, Mention } from "../src/envelope/types.js";
import { syntheticPrepared } from "../src/serve/synthetic.js";
import { openStore } from "../src/store/open.js";
import type { PreparedArticle, Store } from "../src/store/store.js";

const SYL = "an anh ba bac ban bao bay ben bien binh bo cac cam cao chau chi chinh cho chu cong cu cuoc dan dang dao dat dau den dien dinh do doan dong du dung gia giai giao ha hai han hanh hien hoa hoan hoc hoi hop huong khi khu kinh lai lam lan le lien linh loi luat luc ly ma mai minh moi nam nang nga ngay nghi ngoai nguoi nha nhan nhat nhieu no noi phan phat phia phu quan quoc sach sau so su tai tam tan the thi thong thu tin toan tong tra trang tren trong truong tu tuyen uy van viec vien vu xa".split(" ");
const MARKS = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const STATUSES: EventRecord["status"][] = ["occurred", "occurred", "occurred", "occurred", "ongoing", "planned", "planned", "proposed", "denied", "hypothetical"];
const CODES = Array.from({ length: 40 }, (_, i) => "C" + String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26)));
const TYPES_A: Actor["type"][] = ["person", "gpe", "org", "place", "media"];

export function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export const ACTOR_POOL: Actor[] = Array.from({ length: 300 }, (_, i) => ({
  id: `Actor_${i}`,
  name: `Nhân vật ${SYL[i % SYL.length]} ${SYL[(i * 7) % SYL.length]} ${i}`,
  type: TYPES_A[i % TYPES_A.length]!,
  code: i % 11 === 0 ? null : CODES[i % CODES.length]!,
}));

// Vietnamese has thousands of distinct syllables: onsets × rimes make a realistic inventory.
const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
const RIMES = "a ai am an ang anh ao au ay e em en eng eo i ia im in inh it iu o oa oai oan oang oc oi om on ong u ua uan uat uc ui um un ung uy uyen uong uoi ươ ươc ương ưa ưng ưu ân âu ây ăn ăng ơi ôi ông ôn êm ên ênh".split(" ");
const SYLLABLES = ONSETS.flatMap((o) => RIMES.map((r) => o + r));

function syllable(r: () => number): string {
  const s = SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  const m = MARKS[Math.floor(r() * MARKS.length)]!;
  const v = s.search(/[aeiouyăâêôơư]/);
  return v < 0 ? s : (s.slice(0, v + 1) + m + s.slice(v + 1)).normalize("NFC");
}

/** A vocabulary of 20000 one- and two-syllable words, drawn with Zipf's law like real text. */
export const VOCAB: string[] = (() => {
  const r = rng(2024);
  const seen = new Set<string>();
  while (seen.size < 20000) seen.add(r() < 0.4 ? syllable(r) : `${syllable(r)} ${syllable(r)}`);
  return [...seen];
})();
const ZIPF_CDF: Float64Array = (() => {
  const c = new Float64Array(VOCAB.length);
  let acc = 0;
  for (let i = 0; i < VOCAB.length; i++) c[i] = acc += 1 / (i + 1);
  for (let i = 0; i < c.length; i++) c[i]! /= acc;
  return c;
})();
export function zipfWord(r: () => number): string {
  const x = r();
  let lo = 0;
  let hi = ZIPF_CDF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF_CDF[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCAB[lo]!;
}
const sentence = (r: () => number, n: number) => Array.from({ length: n }, () => zipfWord(r)).join(" ");

export function syntheticArticle(i: number): PreparedArticle {
  const r = rng(i * 7919 + 17);
  const title = sentence(r, 9);
  const paragraphs = Array.from({ length: 4 }, () => sentence(r, 25) + ".");
  const actors = Array.from({ length: 5 }, () => ACTOR_POOL[Math.floor(r() * ACTOR_POOL.length)]!).filter((a, k, l) => l.indexOf(a) === k);
  const mentions: Mention[] = actors.flatMap((a) => Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ actor: a.id, text: a.name, start: 0, end: 0 })));
  const year = 2019 + Math.floor(r() * 7);
  const day = () => `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
  const events: EventRecord[] = Array.from({ length: 3 }, (_, k) => {
    const d = day();
    return {
      id: `e${k + 1}`,
      type: TYPES[Math.floor(r() * TYPES.length)]!,
      mode: null,
      actor: [actors[0]!.id],
      recipient: actors.length > 1 ? [actors[1 + Math.floor(r() * (actors.length - 1))]!.id] : [],
      third_party: [],
      location: null,
      date: r() < 0.15 ? null : r() < 0.3 ? d.slice(0, 7) : d,
      status: STATUSES[Math.floor(r() * STATUSES.length)]!,
      attribution: [],
      text: paragraphs[k] ?? title,
      start: 0,
      end: 0,
    };
  });
  const published = `${year}-06-15T08:00+07:00`;
  return syntheticPrepared({ recordId: `syn${i}`, url: `https://synthetic.example/${i}`, outlet: `Outlet ${i % 25}`, title, lead: null, paragraphs, published, actors: actors, mentions, events });
}

/** Writes the articles `make(k)` for k in [from, to) in batches of `batch`; returns articles per second of storage. */
export async function writeArticles(store: Store, from: number, to: number, make: (k: number) => PreparedArticle, onBatch?: (n: number) => void, batch = 1000): Promise<number> {
  const t0 = performance.now();
  for (let i = from; i < to; i += batch) {
    const list: PreparedArticle[] = [];
    for (let k = i; k < Math.min(to, i + batch); k++) list.push(make(k));
    await store.ingest(list);
    onBatch?.(Math.min(to, i + batch));
  }
  return (to - from) / ((performance.now() - t0) / 1000);
}

/** Writes articles [from, to) in batches; returns articles per second of storage. */
export async function writeCorpus(store: Store, from: number, to: number, onBatch?: (n: number) => void): Promise<number> {
  return writeArticles(store, from, to, syntheticArticle, onBatch);
}

/**
 * The command line of a store generator: `--db` and `--n`; tops the store up to n articles with `write`
 * (which is given the store, the articles it holds and n), showing progress, and prints `what` with the rate.
 */
export async function fillStoreCli(name: string, defaults: { db: string; n: string }, what: string, write: (store: Store, have: number, n: number, onBatch: (k: number) => void) => Promise<number>): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: "string", default: defaults.db }, n: { type: "string", default: defaults.n } } });
  const store = await openStore(values.db!);
  const have = (await store.stats()).articles;
  const n = Number(values.n);
  const rate = await write(store, have, n, (k) => process.stderr.write(`\r${k}/${n}`));
  process.stderr.write("\n");
  console.log(`${name}: ${n - have} synthetic articles written to ${store.location} at ${rate.toFixed(0)} articles/s (${what})`);
  await store.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await fillStoreCli("make-corpus", { db: "/tmp/thoisu-bench.db", n: "100000" }, "storage only", (store, have, n, onBatch) => writeCorpus(store, have, n, onBatch));
}
