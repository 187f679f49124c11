import { csv, shownDate, sidesText, table, TIMELINE_CSV_HEAD, timelineCsvRow } from "../../store/format.js";
import type { LineExplanation, StoryEvent } from "../../store/store.js";
import { UsageError, type CommandIO } from "../io.js";
import { jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";

export const help = `thoisu timeline [QUERY] [--story ID] [--actor X] [--type T] [--from D] [--to D] [--limit N] [--format table|json|csv] [--db FILE|URL]
thoisu timeline --explain ID [--format table|json] [--db FILE|URL]

Story events (the same happening across articles, once, with all its sources) ordered by
event date: date and precision, type, who acted on whom (actor → recipient codes), status,
source count, first source. QUERY keeps story events whose articles match it (diacritics
optional). --story keeps one story's events (an id from \`thoisu stories\`); --actor takes an
actor id, code or name; --from/--to YYYY[-MM[-DD]]; --limit (default 200, 0 for all).
A date marked "contested" is the one most sources give; others give another.
--explain ID shows one story event (an id or its first characters) and why each source is on it.`;

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function timelineTable(events: StoryEvent[], width: number): string {
  const rows = events.map((e) => {
    const f = e.sources[0];
    const first = f ? [f.outlet ?? "?", f.title ?? f.url ?? f.articleId].join(" — ") : "";
    return [shownDate(e), e.mode ? `${e.type}/${e.mode}` : e.type, sidesText(e) + (e.location ? ` @${e.location}` : ""), e.status, String(e.sourceCount), first];
  });
  return table(["DATE", "TYPE", "WHO → WHOM", "STATUS", "SRC", "FIRST SOURCE"], rows, width);
}

/** A line and why each of its sources is on it, for a terminal. */
export function explainText(x: LineExplanation): string {
  const e = x.line;
  const out: string[] = [];
  out.push(`${e.id}  ${e.mode ? `${e.type}/${e.mode}` : e.type}  ${sidesText(e)}${e.location ? ` @${e.location}` : ""}`);
  out.push(`date ${shownDate(e)}${e.story ? `  story ${e.story}` : ""}`);
  if (e.dates.length > 1 || e.dateContested) for (const d of e.dates) out.push(`  ${d.date ?? "no date of its own"}: ${d.articles.length} source${d.articles.length === 1 ? "" : "s"}`);
  out.push(`status ${e.status}${e.claims.length > 1 ? ` (${e.claims.map((c) => `${c.status}: ${c.sources.map((s) => s.outlet ?? s.articleId).join(", ")}`).join("; ")})` : ""}`);
  out.push(`${e.sourceCount} independent source${e.sourceCount === 1 ? "" : "s"}:`);
  for (const [i, s] of x.sources.entries()) {
    const src = e.sources[i];
    out.push(`${i + 1}. ${s.outlet ?? "?"} (${s.articleId}, event ${s.eventId}) dated ${s.date ?? `~${s.reported ?? "?"} (reported)`}${src?.syndicated ? " [syndicated copy]" : ""}`);
    if (src) out.push(`   “${src.sentence.length > 160 ? src.sentence.slice(0, 159) + "…" : src.sentence}”`);
    if (!s.why) {
      out.push("   (no reason kept)");
      continue;
    }
    out.push(`   ${s.why.decision === "new" ? "opened the line" : `joined (score ${s.why.score})`}: ${s.why.reasons.join("; ")}`);
    for (const c of s.why.considered) out.push(`   not ${c.line} (${c.date ?? "undated"}): ${c.verdict}`);
  }
  return out.join("\n") + "\n";
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      story: { type: "string" },
      explain: { type: "string" },
      actor: { type: "string" },
      type: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
      format: { type: "string", default: "table" },
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  outputFormat(v.format);
  for (const k of ["from", "to"] as const) if (v[k] != null && !DATE.test(v[k]!)) throw new UsageError(`--${k} takes YYYY, YYYY-MM or YYYY-MM-DD, not "${v[k]}"`);
  if (v.explain != null) {
    if (v.format === "csv") throw new UsageError(`--explain writes table or json, not csv`);
    return withStore(v.db, io, async (store) => {
      const x = await store.explainLine(v.explain!.trim());
      if (!x) {
        io.err(`thoisu timeline: no story event with id ${v.explain} (ids are in \`thoisu timeline --format json\`)\n`);
        return 1;
      }
      io.out(v.format === "json" ? JSON.stringify(x, null, 1) + "\n" : explainText(x));
      return 0;
    });
  }
  return withStore(v.db, io, async (store) => {
    const events = await store.timeline({
      query: parsed.positionals.join(" ") || undefined,
      story: v.story,
      actor: v.actor,
      type: v.type,
      from: v.from,
      to: v.to,
      limit: parseCount(v.limit, "--limit", 200),
    });
    if (v.format === "json") io.out(jsonLines(events));
    else if (v.format === "csv") io.out(csv(TIMELINE_CSV_HEAD, events.map(timelineCsvRow)));
    else if (events.length === 0) io.out(v.story ? `no story events in story ${v.story} (ids are in \`thoisu stories\`)\n` : "no story events\n");
    else io.out(timelineTable(events, width(io)));
    return 0;
  });
}
