/** Synthetic records for the store and story tests (our own text; no corpus content). */
import { createHash } from "node:crypto";
import type { Actor, EventRecord, Mention } from "../src/envelope/types.js";
import type { AnalysisRecord } from "../src/record/record.js";
import type { PreparedArticle } from "../src/store/store.js";
import { prepareArticle } from "../src/ingest/prepare.js";

export const ACTORS: Record<string, Actor> = {
  Russia: { id: "Russia", name: "Nga", type: "gpe", code: "RUS" },
  Ukraine: { id: "Ukraine", name: "Ukraine", type: "gpe", code: "UKR" },
  Qatar: { id: "Qatar", name: "Qatar", type: "gpe", code: "QAT" },
  United_States: { id: "United_States", name: "Mỹ", type: "gpe", code: "USA" },
  Vladimir_Putin: { id: "Vladimir_Putin", name: "Vladimir Putin", type: "person", code: "RUS" },
  Istanbul: { id: "Istanbul", name: "Istanbul", type: "place", code: "TUR" },
  Kremlin: { id: "Moscow_Kremlin", name: "Điện Kremlin", type: "org", code: "RUS" },
  Israel: { id: "Israel", name: "Israel", type: "gpe", code: "ISR" },
  Hamas: { id: "Hamas", name: "Hamas", type: "org", code: "HAMAS" },
  Egypt: { id: "Egypt", name: "Ai Cập", type: "gpe", code: "EGY" },
  Cairo: { id: "Cairo", name: "Cairo", type: "place", code: "EGY" },
  China: { id: "China", name: "Trung Quốc", type: "gpe", code: "CHN" },
};

export interface EvSpec {
  type: string;
  actor: string[];
  recipient?: string[];
  date?: string | null;
  status?: EventRecord["status"];
  location?: string | null;
  mode?: string | null;
  attribution?: string[];
  text?: string;
}

export interface RecSpec {
  title: string;
  paragraphs: string[];
  lead?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  actors?: string[];
  events?: EvSpec[];
  version?: string;
  /** Extra bytes so two captures of the same text get different ids. */
  salt?: string;
}

export function mkRecord(s: RecSpec): { record: AnalysisRecord; text: string } {
  const text = [s.title, s.lead ?? "", ...s.paragraphs, s.salt ?? ""].join("\n\n");
  const id = createHash("sha256").update(text, "utf8").digest("hex").slice(0, 24);
  const actors = (s.actors ?? []).map((a) => ACTORS[a]!);
  const body = [s.title, ...(s.lead ? [s.lead] : []), ...s.paragraphs].join("\n\n");
  const mentions: Mention[] = [];
  for (const a of actors) {
    const at = body.indexOf(a.name);
    if (at >= 0) mentions.push({ actor: a.id, text: a.name, start: at, end: at + a.name.length });
    mentions.push({ actor: a.id, text: a.name, start: 0, end: 0 });
  }
  const events: EventRecord[] = (s.events ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    type: e.type,
    mode: e.mode ?? null,
    actor: e.actor,
    recipient: e.recipient ?? [],
    third_party: [],
    location: e.location ?? null,
    date: e.date ?? null,
    status: e.status ?? "occurred",
    attribution: e.attribution ?? [],
    text: e.text ?? s.paragraphs[0] ?? s.title,
    start: 0,
    end: 0,
  }));
  const record: AnalysisRecord = {
    id,
    source: { path: null, record_id: null, url: s.url ?? null, fetched_at: null },
    language: "vi",
    outlet: s.outlet ?? null,
    title: s.title,
    lead: s.lead ?? null,
    paragraphs: s.paragraphs,
    captions: [],
    author: null,
    credits: [],
    published: s.published ?? null,
    reference_date: { value: s.published?.slice(0, 10) ?? null, basis: s.published ? "published" : "none" },
    timexes: [],
    actors,
    mentions,
    events,
    quotes: [],
    messages: [],
    analyzer: { name: "thoisu", version: s.version ?? "0.1.0" },
  };
  return { record, text };
}

export function mkPrepared(s: RecSpec): PreparedArticle {
  const { record, text } = mkRecord(s);
  return prepareArticle(record, { kind: "text", bytes: null, text, source: record.source, options: {} });
}

/** A paragraph of our own words about talks, long enough to fingerprint. */
export const TALKS_PARAS = [
  "Các phái đoàn đàm phán của hai bên đã gặp nhau tại Doha, thủ đô của Qatar, trong một vòng đàm phán mới kéo dài nhiều giờ.",
  "Theo các nhà ngoại giao, cuộc gặp tập trung vào việc trao đổi tù binh, hành lang nhân đạo và các bước tiếp theo để giảm căng thẳng.",
  "Hai bên nhất trí sẽ tiếp tục trao đổi ở cấp chuyên gia trong những tuần tới, trước khi các trưởng đoàn gặp lại nhau.",
];
