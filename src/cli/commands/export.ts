import { csv, ploverRecord, TIMELINE_CSV_HEAD, timelineCsvRow } from "../../store/format.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCommand, withStore } from "../options.js";

export const help = `thoisu export --format plover|ndjson|csv [--db FILE|URL]

Exports the store: plover = one PLOVER-style JSON event record per story event (type, mode,
date and precision, actors, status, claims, every source); ndjson = the stored analysis records
(spec/CONTRACT.md), one per line; csv = the story events as a table.`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      format: { type: "string", default: "plover" },
    },
    help,
    io,
    { positionals: false },
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (!["plover", "ndjson", "csv"].includes(v.format!)) throw new UsageError(`--format takes plover, ndjson or csv, not "${v.format}"`);
  return withStore(v.db, io, async (store) => {
    if (v.format === "ndjson") {
      for await (const a of store.records()) io.out(JSON.stringify(a.record) + "\n");
      return 0;
    }
    const events = await store.timeline({ limit: 0 });
    if (v.format === "csv") io.out(csv(TIMELINE_CSV_HEAD, events.map(timelineCsvRow)));
    else for (const e of events) io.out(JSON.stringify(ploverRecord(e)) + "\n");
    return 0;
  });
}
