import { parseArgs } from "node:util";
import { openStore, storeLocation } from "../../store/open.js";
import { csv, table } from "../../store/format.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCount } from "./ingest.js";

export const help = `thoisu actors [--type person|gpe|place|org|media] [--limit N] [--format table|json|csv] [--db FILE|URL]

Actors of the stored articles by number of mentions (syndicated copies not counted twice).`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        db: { type: "string" },
        type: { type: "string" },
        limit: { type: "string" },
        format: { type: "string", default: "table" },
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
  if (!["table", "json", "csv"].includes(v.format!)) throw new UsageError(`--format takes table, json or csv, not "${v.format}"`);
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  try {
    const list = await store.actors({ type: v.type, limit: parseCount(v.limit, "--limit", 50) });
    if (v.format === "json") io.out("[\n" + list.map((a) => JSON.stringify(a)).join(",\n") + (list.length ? "\n" : "") + "]\n");
    else if (v.format === "csv") io.out(csv(["id", "name", "type", "code", "mentions", "articles"], list.map((a) => [a.id, a.name, a.type, a.code, a.mentions, a.articles])));
    else if (list.length === 0) io.out("no actors\n");
    else io.out(table(["MENTIONS", "ARTICLES", "CODE", "TYPE", "ACTOR"], list.map((a) => [String(a.mentions), String(a.articles), a.code ?? "-", a.type, `${a.name} (${a.id})`]), Number(io.env.COLUMNS) || 120));
    return 0;
  } finally {
    await store.close();
  }
}
