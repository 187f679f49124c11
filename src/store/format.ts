/** Output formats for what the store returns: terminal tables, CSV, PLOVER-style records. */
import type { StoryEvent } from "./store.js";

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, Math.max(1, n - 1)) + "…" : s);

/** A plain-text table; the last column takes what is left of `width`. */
export function table(head: string[], rows: string[][], width = 120): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fixed = w.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  w[w.length - 1] = Math.max(10, Math.min(w[w.length - 1]!, width - fixed));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? clip(c, w[i]!) : clip(c, w[i]!).padEnd(w[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), line(w.map((n) => "-".repeat(n))), ...rows.map(line)].join("\n") + "\n";
}

function csvCell(v: unknown): string {
  const s = v == null ? "" : Array.isArray(v) ? v.join(";") : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(head: string[], rows: unknown[][]): string {
  return [head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The date a timeline shows: the event's own, else "~" and the report's date; "contested" when sources give others. */
export function shownDate(e: Pick<StoryEvent, "date" | "sort" | "precision"> & { dateContested?: boolean }): string {
  if (e.date) return `${e.date} (${e.precision}${e.dateContested ? ", contested" : ""})`;
  if (e.sort) return `~${e.sort} (reported)`;
  return "undated";
}

/** Who acted on whom: "USA → RUS", or the participants when no direction is known. */
export function sidesText(e: Pick<StoryEvent, "participants" | "actorCodes" | "recipientCodes">): string {
  const a = e.actorCodes ?? [];
  const r = e.recipientCodes ?? [];
  if (a.length === 0) return e.participants.join(" ");
  return r.length ? `${a.join(" ")} → ${r.join(" ")}` : a.join(" ");
}

/**
 * Story event CSV columns. Direction is kept: `actor` acted on `recipient` (actor ids, ";"
 * between several; no recipient: the actors acted jointly), `third_party` mediated or hosted;
 * `participants` are the sides' codes (sorted, no direction); `actor_codes` → `recipient_codes` the
 * direction most sources give; `date_contested` when sources give dates that disagree.
 */
export const TIMELINE_CSV_HEAD = [
  "id",
  "date",
  "precision",
  "date_contested",
  "sort_date",
  "type",
  "mode",
  "actor",
  "recipient",
  "third_party",
  "actor_codes",
  "recipient_codes",
  "participants",
  "location",
  "status",
  "source_count",
  "story",
  "first_outlet",
  "first_url",
  "first_title",
  "first_sentence",
];

/** Actor ids in one role over a story event's independent sources (the first source's first). */
function roleUnion(e: StoryEvent, k: "actor" | "recipient" | "third_party"): string[] {
  const src = e.sources.filter((s) => !s.syndicated);
  return [...new Set((src.length ? src : e.sources).flatMap((s) => s[k]))];
}

export function timelineCsvRow(e: StoryEvent): unknown[] {
  const f = e.sources[0];
  const actor = roleUnion(e, "actor");
  const recipient = roleUnion(e, "recipient").filter((r) => !actor.includes(r));
  const third = roleUnion(e, "third_party").filter((t) => !actor.includes(t) && !recipient.includes(t));
  return [e.id, e.date, e.precision, e.dateContested, e.sort, e.type, e.mode, actor, recipient, third, e.actorCodes, e.recipientCodes, e.participants, e.location, e.status, e.sourceCount, e.story, f?.outlet, f?.url, f?.title, f?.sentence];
}
