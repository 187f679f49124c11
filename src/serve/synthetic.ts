/**
 * Synthetic stored articles for load tests of the API and the page (bench/serve.ts,
 * test/web*.test.ts): deterministic records in our own words with real offsets (mentions,
 * dates, event sentences), `events` distinct story events in all, every tenth also reported by
 * a second article with another status (so some are contested). Not used by the server itself.
 */
import type { Actor, EventRecord, EventStatus, Mention } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import type { PreparedArticle } from "../store/store.js";
import { prepareArticle } from "../ingest/prepare.js";
import { ANALYZER_VERSION } from "../record/record.js";
import { createHash } from "node:crypto";
import { PLOVER_TYPES } from "./schemas.js";

const ACTORS: Actor[] = [
  { id: "Russia", name: "Nga", type: "gpe", code: "RUS" },
  { id: "Ukraine", name: "Ukraine", type: "gpe", code: "UKR" },
  { id: "United_States", name: "Mỹ", type: "gpe", code: "USA" },
  { id: "China", name: "Trung Quốc", type: "gpe", code: "CHN" },
  { id: "Turkey", name: "Thổ Nhĩ Kỳ", type: "gpe", code: "TUR" },
  { id: "Qatar", name: "Qatar", type: "gpe", code: "QAT" },
  { id: "European_Union", name: "Liên minh châu Âu", type: "org", code: "EU" },
  { id: "NATO", name: "NATO", type: "org", code: "NATO" },
  { id: "Iran", name: "Iran", type: "gpe", code: "IRN" },
  { id: "Israel", name: "Israel", type: "gpe", code: "ISR" },
  { id: "India", name: "Ấn Độ", type: "gpe", code: "IND" },
  { id: "Japan", name: "Nhật Bản", type: "gpe", code: "JPN" },
];

const VERB: Record<string, string> = {
  AGREE: "nhất trí hợp tác với",
  CONSULT: "hội đàm với",
  SUPPORT: "ủng hộ",
  CONCEDE: "nhượng bộ",
  COOPERATE: "tập trận chung với",
  AID: "viện trợ cho",
  RETREAT: "trao trả tù binh cho",
  REQUEST: "yêu cầu",
  ACCUSE: "cáo buộc",
  REJECT: "bác bỏ đề xuất của",
  THREATEN: "cảnh báo",
  PROTEST: "phản đối",
  SANCTION: "trừng phạt",
  MOBILIZE: "điều quân gần biên giới với",
  COERCE: "bắt giữ công dân của",
  ASSAULT: "tấn công",
};

const STATUSES: EventStatus[] = ["occurred", "occurred", "occurred", "planned", "ongoing", "proposed", "denied"];
const VOCAB = "phái đoàn ngoại giao thỏa thuận lệnh ngừng bắn biên giới an ninh năng lượng kinh tế quân sự hợp tác tuyên bố phát ngôn viên chính phủ quốc hội bầu cử thủ đô thành phố khu vực tổ chức quốc tế hàng hải thương mại viện trợ nhân đạo".split(" ");

function rnd(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 3266489917) >>> 0;
    x ^= x >>> 13;
    return x;
  };
}

const PAIRS: Array<[number, number]> = [];
for (let i = 0; i < ACTORS.length; i++) for (let j = i + 1; j < ACTORS.length; j++) PAIRS.push([i, j]);

const BASE = Date.UTC(2020, 0, 1);
const DAYS = 2000;

interface Ev {
  k: number;
  status: EventStatus;
}

/** What a synthetic article is made of; the rest of its record is empty. */
export interface SyntheticParts {
  recordId: string;
  url: string;
  outlet: string;
  title: string;
  lead: string | null;
  paragraphs: string[];
  /** ISO date or timestamp; its first ten characters are the reference day. */
  published: string;
  timexes?: AnalysisRecord["timexes"];
  actors: Actor[];
  mentions: Mention[];
  events: EventRecord[];
}

/** A synthetic article as the store takes it: its text is the title, the lead and the paragraphs, its id their hash. */
export function syntheticPrepared(p: SyntheticParts): PreparedArticle {
  const text = [p.title, ...(p.lead ? [p.lead] : []), ...p.paragraphs].join("\n\n");
  const record: AnalysisRecord = {
    id: createHash("sha256").update(text, "utf8").digest("hex").slice(0, 24),
    source: { path: null, record_id: p.recordId, url: p.url, fetched_at: null },
    language: "vi",
    outlet: p.outlet,
    title: p.title,
    lead: p.lead,
    paragraphs: p.paragraphs,
    captions: [],
    author: null,
    credits: [],
    published: p.published,
    reference_date: { value: p.published.slice(0, 10), basis: "published" },
    timexes: p.timexes ?? [],
    actors: p.actors,
    mentions: p.mentions,
    events: p.events,
    quotes: [],
    messages: [],
    analyzer: { name: "thoisu", version: ANALYZER_VERSION },
  };
  return prepareArticle(record, { kind: "text", bytes: null, text, source: record.source, options: {} });
}

function article(n: number, evs: Ev[]): PreparedArticle {
  const r = rnd(n * 7919 + 17);
  const words = (m: number) => Array.from({ length: m }, () => VOCAB[r() % VOCAB.length]).join(" ");
  const title = `Bản tin tổng hợp số ${n + 1}: ${words(6)}`;
  const lead = `Bản tin ghi lại ${evs.length} diễn biến ngoại giao và an ninh, ${words(18)}.`;
  const paragraphs: string[] = [];
  const mentions: Mention[] = [];
  const timexes: AnalysisRecord["timexes"] = [];
  const events: EventRecord[] = [];
  const used = new Set<Actor>();
  let at = title.length + 2 + lead.length + 2;
  for (const [i, e] of evs.entries()) {
    // Distinct (date, participants) for every k below 22 × DAYS: no two events merge by accident.
    const [pi, pj] = PAIRS[(7 * (e.k % DAYS) + 9 * Math.floor(e.k / DAYS)) % PAIRS.length]!;
    const [ai, bi] = (e.k >> 1) & 1 ? [pj, pi] : [pi, pj];
    const a = ACTORS[ai]!;
    const b = ACTORS[bi]!;
    const type = PLOVER_TYPES[e.k % PLOVER_TYPES.length]!;
    const d = new Date(BASE + (e.k % DAYS) * 86400000);
    const dateText = `ngày ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
    const value = d.toISOString().slice(0, 10);
    const sentence = `Theo các nguồn tin, ${a.name} ${VERB[type]} ${b.name} ${dateText}.`;
    const p = `${sentence} ${words(25)}.`;
    const sa = at + sentence.indexOf(a.name + " ");
    mentions.push({ actor: a.id, text: a.name, start: sa, end: sa + a.name.length });
    const sb = at + sentence.indexOf(" " + b.name + " ", sa - at + a.name.length) + 1;
    mentions.push({ actor: b.id, text: b.name, start: sb, end: sb + b.name.length });
    const sd = at + sentence.indexOf(dateText);
    timexes.push({ text: dateText, start: sd, end: sd + dateText.length, type: "DATE", value });
    events.push({ id: `e${i + 1}`, type, mode: null, actor: [a.id], recipient: [b.id], third_party: [], location: null, date: value, status: e.status, attribution: [], text: sentence, start: at, end: at + sentence.length });
    used.add(a).add(b);
    paragraphs.push(p);
    at += p.length + 2;
  }
  const published = new Date(BASE + (evs[0]!.k % DAYS) * 86400000 + 86400000).toISOString().slice(0, 10);
  const outlet = ["Báo Mẫu", "Tin Mẫu", "Thời sự Mẫu"][n % 3]!;
  return syntheticPrepared({ recordId: `synthetic-${n}`, url: `https://synthetic.example/tin/${n}.html`, outlet, title, lead, paragraphs, published, timexes, actors: [...used], mentions, events });
}

/** Articles holding `events` distinct story events (5 per article), plus second reports of every tenth. */
export function syntheticArticles(events: number, perArticle = 5): PreparedArticle[] {
  const out: PreparedArticle[] = [];
  let n = 0;
  for (let k0 = 0; k0 < events; k0 += perArticle) {
    const evs: Ev[] = [];
    for (let k = k0; k < Math.min(events, k0 + perArticle); k++) evs.push({ k, status: STATUSES[k % STATUSES.length]! });
    out.push(article(n++, evs));
    // Every second article: a later report of one of its events, with another status.
    if ((n & 1) === 0) {
      const k = evs[0]!.k;
      out.push(article(n++, [{ k, status: k % 20 === 0 ? "denied" : evs[0]!.status }]));
    }
  }
  return out;
}
