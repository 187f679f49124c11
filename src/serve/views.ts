/**
 * What the API returns, shaped from what the store gives: compact timeline rows, an article
 * with its highlight spans, the actor network. Pure functions (tested without a server).
 */
import type { AnalysisRecord } from "../record/record.js";
import type { ActorStat, StoredArticle, StoryEvent, StoryEventHead } from "../store/store.js";
import { COOPERATION } from "./schemas.js";

export interface TimelineRow {
  id: string;
  date: string | null;
  precision: string;
  sort: string | null;
  type: string;
  mode: string | null;
  participants: string[];
  /** Actor ids of the first source's event (who acted, on whom; no recipient: the actors acted jointly). */
  actor: string[];
  recipient: string[];
  /** Mediator or host (not one of the sides). */
  thirdParty: string[];
  location: string | null;
  status: string;
  contested: boolean;
  dateContested: boolean;
  actorCodes: string[];
  recipientCodes: string[];
  story: string | null;
  sourceCount: number;
  sentence: string;
  first: { articleId: string; eventId: string; outlet: string | null; title: string | null; url: string | null; published: string | null } | null;
}

/** A row from a story event, or from the lighter head `Store.timelineRows` gives (the same row). */
export function timelineRow(e: StoryEvent | StoryEventHead): TimelineRow {
  const f = "first" in e ? (e.first ?? undefined) : e.sources[0];
  return {
    id: e.id,
    date: e.date,
    precision: e.precision,
    sort: e.sort,
    type: e.type,
    mode: e.mode,
    participants: e.participants,
    actor: f?.actor ?? [],
    recipient: f?.recipient ?? [],
    thirdParty: f?.third_party ?? [],
    location: e.location,
    status: e.status,
    contested: e.status === "contested",
    dateContested: e.dateContested,
    actorCodes: e.actorCodes,
    recipientCodes: e.recipientCodes,
    story: e.story,
    sourceCount: e.sourceCount,
    sentence: f?.sentence ?? "",
    first: f ? { articleId: f.articleId, eventId: f.eventId, outlet: f.outlet, title: f.title, url: webUrl(f.url), published: f.published } : null,
  };
}

/** Display names of the actor ids the rows mention (ids the store does not know are left out). */
export function namesFor(rows: Array<Pick<TimelineRow, "actor" | "recipient" | "location"> & Partial<Pick<TimelineRow, "thirdParty">>>, names: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    for (const id of [...r.actor, ...r.recipient, ...(r.thirdParty ?? []), ...(r.location ? [r.location] : [])]) {
      const n = names.get(id);
      if (n != null) out[id] = n;
    }
  }
  return out;
}

export interface Section {
  kind: "title" | "lead" | "paragraph";
  start: number;
  end: number;
}

/** The article text every offset indexes ([title, lead, ...paragraphs] joined by "\n\n") and its sections. */
export function articleText(rec: Pick<AnalysisRecord, "title" | "lead" | "paragraphs">): { text: string; sections: Section[] } {
  const parts: Array<[Section["kind"], string]> = [];
  if (rec.title != null) parts.push(["title", rec.title]);
  if (rec.lead != null) parts.push(["lead", rec.lead]);
  for (const p of rec.paragraphs) parts.push(["paragraph", p]);
  const sections: Section[] = [];
  let at = 0;
  for (const [kind, s] of parts) {
    sections.push({ kind, start: at, end: at + s.length });
    at += s.length + 2;
  }
  return { text: parts.map((p) => p[1]).join("\n\n"), sections };
}

export type Span =
  | { kind: "date"; start: number; end: number; text: string; type: string; value: string }
  | { kind: "actor"; start: number; end: number; text: string; actor: string; name: string; type: string | null; code: string | null }
  | {
      kind: "event";
      start: number;
      end: number;
      id: string;
      type: string;
      mode: string | null;
      status: string;
      date: string | null;
      actor: string[];
      recipient: string[];
      thirdParty: string[];
      location: string | null;
    };

/** Highlights of an article, sorted by start then longest first; empty or out-of-text spans dropped. */
export function articleSpans(rec: AnalysisRecord, textLength: number): Span[] {
  const ok = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= textLength;
  const actors = new Map(rec.actors.map((a) => [a.id, a]));
  const spans: Span[] = [];
  for (const t of rec.timexes) if (ok(t)) spans.push({ kind: "date", start: t.start, end: t.end, text: t.text, type: t.type, value: t.value });
  for (const m of rec.mentions) {
    if (!ok(m)) continue;
    const a = actors.get(m.actor);
    spans.push({ kind: "actor", start: m.start, end: m.end, text: m.text, actor: m.actor, name: a?.name ?? m.actor, type: a?.type ?? null, code: a?.code ?? null });
  }
  for (const e of rec.events) {
    if (!ok(e)) continue;
    spans.push({ kind: "event", start: e.start, end: e.end, id: e.id, type: e.type, mode: e.mode, status: e.status, date: e.date, actor: e.actor, recipient: e.recipient, thirdParty: e.third_party ?? [], location: e.location });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A web address a page may link to (http or https), else null: never a `javascript:` link. */
export function webUrl(u: string | null | undefined): string | null {
  return u != null && /^https?:\/\//i.test(u) ? u : null;
}

export function articleView(a: StoredArticle) {
  const { text, sections } = articleText(a.record);
  return {
    id: a.id,
    url: webUrl(a.url),
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    duplicateOf: a.duplicateOf,
    analyzerVersion: a.analyzerVersion,
    text,
    sections,
    spans: articleSpans(a.record, text.length),
    record: a.record,
  };
}

export interface Network {
  events: number;
  /** "actor": a node per actor; "state": people, bodies and places folded into their state's (or organisation's) node. */
  by: "actor" | "state";
  nodes: Array<{ id: string; name: string; type: string | null; code: string | null; events: number }>;
  /** `directed`: source acted on target; otherwise they acted together (talks, an agreement with no recipient). */
  edges: Array<{ source: string; target: string; kind: "cooperation" | "conflict"; directed: boolean; count: number; types: Record<string, number> }>;
}

/**
 * Who consulted or confronted whom: an edge from each actor to each recipient of a story
 * event (over all its sources, once per story event), coloured by PLOVER quad. An event with
 * no recipient (talks with no host, a joint statement) links its sides to each other with an
 * undirected edge: neither acted on the other. `by: "state"` folds every actor into its code's
 * node (Lavrov and the Russian ministry into Russia), so the graph shows states and organisations.
 */
export function actorNetwork(events: StoryEvent[], actors: ReadonlyMap<string, Pick<ActorStat, "name" | "type" | "code">>, opts: { by?: "actor" | "state" } = {}): Network {
  const b = new NetworkBuilder(actors, opts);
  b.add(events);
  return b.result();
}

/** `actorNetwork` fed page by page (the server reads the story events in chunks: flat memory). */
export class NetworkBuilder {
  private readonly by: "actor" | "state";
  private readonly edges = new Map<string, Network["edges"][number]>();
  private readonly nodeEvents = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly actors: ReadonlyMap<string, Pick<ActorStat, "name" | "type" | "code">>,
    opts: { by?: "actor" | "state" } = {},
  ) {
    this.by = opts.by ?? "actor";
  }

  add(events: readonly StoryEvent[]): void {
    const { edges, nodeEvents, actors, by } = this;
    const code = (id: string) => actors.get(id)?.code ?? id;
    const node = by === "state" ? code : (id: string) => id;
    for (const e of events) {
      this.count++;
      const kind = COOPERATION.has(e.type) ? "cooperation" : "conflict";
      const pairs = new Set<string>();
      for (const s of e.sources) {
        if (s.recipient.length) {
          for (const a of s.actor) for (const r of s.recipient) if (node(a) !== node(r)) pairs.add(`${node(a)}\u0000${node(r)}\u00001`);
        } else {
          // No recipient: every side meets every other side; actors of the same side (same code)
          // are not linked to each other.
          const xs = [...new Set(s.actor.map(node))].sort();
          for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (code(xs[i]!) !== code(xs[j]!)) pairs.add(`${xs[i]}\u0000${xs[j]}\u00000`);
        }
      }
      const touched = new Set<string>();
      for (const p of pairs) {
        const [a, r, d] = p.split("\u0000") as [string, string, string];
        const key = `${a}\u0000${r}\u0000${d}\u0000${kind}`;
        let ed = edges.get(key);
        if (!ed) edges.set(key, (ed = { source: a, target: r, kind, directed: d === "1", count: 0, types: {} }));
        ed.count++;
        ed.types[e.type] = (ed.types[e.type] ?? 0) + 1;
        touched.add(a).add(r);
      }
      for (const id of touched) nodeEvents.set(id, (nodeEvents.get(id) ?? 0) + 1);
    }
  }

  result(): Network {
    const { actors, by } = this;
    // A state's node is named after the state (the gpe actor with that code), else the code.
    const stateName = new Map<string, { name: string; type: string }>();
    if (by === "state") for (const [id, a] of actors) if (a.code && (a.type === "gpe" || id === a.code) && !stateName.has(a.code)) stateName.set(a.code, { name: a.name, type: a.type });
    const nodes = [...this.nodeEvents].map(([id, n]) => {
      if (by === "state" && !actors.has(id)) {
        const st = stateName.get(id);
        return { id, name: st?.name ?? id.replace(/_/g, " "), type: st?.type ?? null, code: id, events: n };
      }
      const a = actors.get(id);
      return { id, name: a?.name ?? id.replace(/_/g, " "), type: a?.type ?? null, code: a?.code ?? null, events: n };
    });
    nodes.sort((x, y) => y.events - x.events || x.id.localeCompare(y.id));
    const list = [...this.edges.values()].sort((x, y) => y.count - x.count || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
    return { events: this.count, by, nodes, edges: list };
  }
}
