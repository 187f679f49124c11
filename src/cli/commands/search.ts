import { parseArgs } from "node:util";
import { openStore, storeLocation } from "../../store/open.js";
import { csv, table } from "../../store/format.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCount } from "./ingest.js";

export const help = `thoisu search QUERY [--limit N] [--format table|json|csv] [--db FILE|URL]

Ranked articles matching QUERY. Diacritics are optional ("dam phan qatar" finds "đàm phán …
Qatar"); typed with its diacritics, exact matches rank first ("Nhà Trắng" before "Nha Trang").`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: "string" },
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
  const q = parsed.positionals.join(" ").trim();
  if (!q) throw new UsageError("no query given");
  if (!["table", "json", "csv"].includes(v.format!)) throw new UsageError(`--format takes table, json or csv, not "${v.format}"`);
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  try {
    const hits = await store.search(q, { limit: parseCount(v.limit, "--limit", 20) });
    if (v.format === "json") io.out("[\n" + hits.map((h) => JSON.stringify(h)).join(",\n") + (hits.length ? "\n" : "") + "]\n");
    else if (v.format === "csv") io.out(csv(["id", "match", "score", "outlet", "published", "title", "url"], hits.map((h) => [h.id, h.match, h.score.toFixed(3), h.outlet, h.published, h.title, h.url])));
    else if (hits.length === 0) io.out("no matching articles\n");
    else
      io.out(
        table(
          ["#", "MATCH", "OUTLET", "PUBLISHED", "TITLE / URL"],
          hits.map((h, i) => [String(i + 1), h.match, h.outlet ?? "?", (h.published ?? "").slice(0, 10), [h.title ?? "(no title)", h.url].filter(Boolean).join("  ")]),
          Number(io.env.COLUMNS) || 120,
        ),
      );
    return hits.length ? 0 : 1;
  } finally {
    await store.close();
  }
}
