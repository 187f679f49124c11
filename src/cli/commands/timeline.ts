import { csv, shownDate, table, TIMELINE_CSV_HEAD, timelineCsvRow } from "../../store/format.js";
import type { StoryEvent } from "../../store/store.js";
import { UsageError, type CommandIO } from "../io.js";
import { jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";

export const help = `thoisu timeline [QUERY] [--actor X] [--type T] [--from D] [--to D] [--limit N] [--format table|json|csv] [--db FILE|URL]

Story events (the same happening across articles, once, with all its sources) ordered by
event date: date and precision, type, participants, status, source count, first source.
QUERY keeps story events whose articles match it (diacritics optional). --actor takes an actor
id, code or name; --from/--to YYYY[-MM[-DD]]; --limit (default 200, 0 for all).`;

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function timelineTable(events: StoryEvent[], width: number): string {
  const rows = events.map((e) => {
    const f = e.sources[0];
    const first = f ? [f.outlet ?? "?", f.title ?? f.url ?? f.articleId].join(" — ") : "";
    return [shownDate(e), e.mode ? `${e.type}/${e.mode}` : e.type, e.participants.join(" ") + (e.location ? ` @${e.location}` : ""), e.status, String(e.sourceCount), first];
  });
  return table(["DATE", "TYPE", "PARTICIPANTS", "STATUS", "SRC", "FIRST SOURCE"], rows, width);
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
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
  return withStore(v.db, io, async (store) => {
    const events = await store.timeline({
      query: parsed.positionals.join(" ") || undefined,
      actor: v.actor,
      type: v.type,
      from: v.from,
      to: v.to,
      limit: parseCount(v.limit, "--limit", 200),
    });
    if (v.format === "json") io.out(jsonLines(events));
    else if (v.format === "csv") io.out(csv(TIMELINE_CSV_HEAD, events.map(timelineCsvRow)));
    else if (events.length === 0) io.out("no story events\n");
    else io.out(timelineTable(events, width(io)));
    return 0;
  });
}
