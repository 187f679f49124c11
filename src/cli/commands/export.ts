import { parseArgs } from "node:util";
import { openStore, storeLocation } from "../../store/open.js";
import { csv, ploverRecord, TIMELINE_CSV_HEAD, timelineCsvRow } from "../../store/format.js";
import { UsageError, type CommandIO } from "../io.js";

export const help = `thoisu export --format plover|ndjson|csv [--db FILE|URL]

Exports the store: plover = one PLOVER-style JSON event record per story event (type, mode,
date and precision, actors, status, claims, every source); ndjson = the stored analysis records
(spec/CONTRACT.md), one per line; csv = the story events as a table.`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        format: { type: "string", default: "plover" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const v = parsed.values;
  if (v.help) {
    io.out(help + "\n");
    return 0;
  }
  if (!["plover", "ndjson", "csv"].includes(v.format!)) throw new UsageError(`--format takes plover, ndjson or csv, not "${v.format}"`);
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  try {
    if (v.format === "ndjson") {
      for await (const a of store.records()) io.out(JSON.stringify(a.record) + "\n");
      return 0;
    }
    const events = await store.timeline({ limit: 0 });
    if (v.format === "csv") io.out(csv(TIMELINE_CSV_HEAD, events.map(timelineCsvRow)));
    else for (const e of events) io.out(JSON.stringify(ploverRecord(e)) + "\n");
    return 0;
  } finally {
    await store.close();
  }
}
