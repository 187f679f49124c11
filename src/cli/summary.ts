import type { AnalysisRecord } from "../record/record.js";

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
}

export function style(color: boolean): Style {
  const w = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: w("1"), dim: w("2"), red: w("31"), yellow: w("33") };
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

/**
 * Who acted on whom, in the direction the article gives: "A → B" for a directed act, "A & B"
 * for a joint one (talks, an agreement: no recipient), third parties (mediator, host) apart.
 */
export function whoDidWhat(actor: readonly string[], recipient: readonly string[], third: readonly string[], name: (id: string) => string): string {
  const who = (ids: readonly string[]) => ids.map(name).join(" & ");
  let s = who(actor) || "?";
  if (recipient.length) s += " → " + who(recipient);
  if (third.length) s += " (via " + who(third) + ")";
  return s;
}

/** Text cut into lines of at most `width` characters at spaces, at most `max` lines (the last ends in "…" when cut). */
export function wrap(text: string, width: number, max = 3): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let cur = "";
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = "";
    }
    cur = cur ? cur + " " + w : w;
    while (cur.length > width) {
      lines.push(cur.slice(0, width));
      cur = cur.slice(width);
    }
  }
  if (cur) lines.push(cur);
  if (lines.length > max) {
    const kept = lines.slice(0, max);
    kept[max - 1] = clip(kept[max - 1]! + " …", width);
    return kept;
  }
  return lines;
}

/**
 * The reference date as a person reads it: "2025-02-06 (inferred)", or, when the year is a guess,
 * "02-06, year unknown (2025? inferred, between 2025-01-20 and …)".
 */
export function referenceWords(rd: AnalysisRecord["reference_date"]): string {
  if (!rd.value) return `none (${rd.basis}${rd.interval ? `, between ${rd.interval.from ?? "…"} and ${rd.interval.to ?? "…"}` : ""})`;
  if (rd.year_known === false) {
    const between = rd.interval ? `, between ${rd.interval.from ?? "…"} and ${rd.interval.to ?? "…"}` : "";
    return `${rd.value.slice(5) || rd.value}, year unknown (${rd.value.slice(0, 4)}? ${rd.basis}${between})`;
  }
  return `${rd.value} (${rd.basis}${rd.confidence && rd.confidence !== "high" ? `, ${rd.confidence} confidence` : ""})`;
}

/** A person-readable summary of one record, for the terminal. */
export function summarize(rec: AnalysisRecord, where: string, st: Style, width = 100): string {
  const out: string[] = [];
  const head = [rec.outlet ?? "outlet ?", rec.published ?? "date not stated"].join(" · ");
  out.push(st.bold(clip(rec.title ?? "(no title)", width)));
  out.push(st.dim(`${where}  ${head}${rec.author ? " · " + rec.author : ""}`));
  const rd = rec.reference_date;
  out.push(
    st.dim(
      `reference date ${referenceWords(rd)} · ${rec.paragraphs.length} paragraphs · ${rec.captions.length} captions` +
        (rec.credits.length ? ` · credits ${rec.credits.join(", ")}` : ""),
    ),
  );
  if (rec.timexes.length) {
    const seen = new Set<string>();
    const parts = rec.timexes.filter((t) => !seen.has(t.text + t.value) && seen.add(t.text + t.value)).map((t) => `${t.text} → ${t.value}`);
    out.push(`  dates   ${clip(parts.join("; "), width * 2)}`);
  }
  if (rec.actors.length) {
    out.push(`  actors  ${clip(rec.actors.map((a) => a.name + (a.code ? ` [${a.code}]` : "")).join(", "), width * 2)}`);
  }
  if (rec.events.length) {
    out.push("  events");
    const names = new Map(rec.actors.map((a) => [a.id, a.name]));
    const name = (i: string) => names.get(i) ?? i;
    const who = (ids: string[]) => ids.map(name).join(" & ");
    const sorted = [...rec.events].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
    for (const e of sorted) {
      const parts = whoDidWhat(e.actor, e.recipient, e.third_party, name);
      const status = e.status === "occurred" ? e.status : st.yellow(e.status);
      const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
      const src = e.attribution.length ? st.dim(` (per ${who(e.attribution.slice(0, 2)).replace(/ & /g, ", ")})`) : "";
      out.push(`    ${(e.date ?? "date ?").padEnd(10)}  ${kind.padEnd(20)} ${clip(parts, 60)}  ${status}${e.location ? " @ " + (names.get(e.location) ?? e.location) : ""}${src}`);
    }
  }
  for (const m of rec.messages.filter((m) => m.severity !== "info")) {
    out.push(`  ${m.severity === "error" ? st.red("error") : st.yellow("warning")} ${m.rule}: ${m.text}`);
  }
  return out.join("\n");
}
