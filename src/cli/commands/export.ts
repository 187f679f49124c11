import { delimited, FLAT_HEAD, flatRow, GDELT_HEAD, gdeltRow, ploverRecord, POLECAT_HEAD, polecatRow, type Names } from "../../store/export.js";
import { ANALYZER_VERSION } from "../../record/record.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCommand, withStore } from "../options.js";

export const FORMATS = ["csv", "gdelt", "polecat", "plover", "ndjson"] as const;

export const help = `thoisu export --format csv|gdelt|polecat|plover|ndjson [--story ID] [--db FILE|URL]

Writes the store for other tools, one row or record per story event (a happening once, with
every source), who acted on whom kept (actor and recipient: codes, Wikipedia ids, names):
  csv      flat rows: type, mode, date and precision, actor and recipient, place and its
           country, status, source URLs, outlets and dates (lists joined by ";")
  gdelt    tab-separated GDELT 2.0 event records (the 61 columns in order, then thoisu's:
           PLOVER type, mode, date precision, status, every source); CAMEO codes mapped from
           PLOVER, country codes ISO 3166 alpha-3; tone, Goldstein scale, coordinates empty
  polecat  tab-separated POLECAT (PLOVER) event records, then date precision, status, sources
  plover   one JSON record per story event with its claims and every source
  ndjson   the stored analysis records (spec/CONTRACT.md), one per line
--story keeps one story's events (an id from \`thoisu stories\`).`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(argv, { db: { type: "string" }, format: { type: "string" }, story: { type: "string" } }, help, io, { positionals: false });
  if (!parsed) return 0;
  const v = parsed.values;
  if (v.format == null) throw new UsageError(`--format is required: one of ${FORMATS.join(", ")}`);
  const format = v.format.trim().toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(", ")}, not "${v.format}"`);
  return withStore(v.db, io, async (store) => {
    if (format === "ndjson") {
      for await (const a of store.records()) io.out(JSON.stringify(a.record) + "\n");
      return 0;
    }
    const names: Names = new Map((await store.actors({ limit: 0 })).map((a) => [a.id, { name: a.name, type: a.type, code: a.code }]));
    // A page at a time: a large store is not held in memory.
    const PAGE = 2000;
    for (let offset = 0, first = true; ; offset += PAGE, first = false) {
      const events = await store.timeline({ story: v.story, limit: PAGE, offset });
      if (events.length === 0 && !first) break;
      if (format === "plover") for (const e of events) io.out(JSON.stringify(ploverRecord(e, names)) + "\n");
      else if (format === "csv") io.out(delimited(first ? FLAT_HEAD : null, events.map((e) => flatRow(e, names)), ","));
      else if (format === "gdelt") io.out(delimited(first ? GDELT_HEAD : null, events.map((e) => gdeltRow(e, names)), "\t"));
      else io.out(delimited(first ? POLECAT_HEAD : null, events.map((e) => polecatRow(e, names, ANALYZER_VERSION)), "\t"));
      if (events.length < PAGE) break;
    }
    return 0;
  });
}
